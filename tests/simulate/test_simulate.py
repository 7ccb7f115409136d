"""Behavioural tests of the world simulator: contract, truth, and honesty of the world."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from lureguard.contract import (
    INSTITUTION_TYPES,
    INTERACTION_TYPES,
    LABELS,
    LURE_CATEGORIES,
    SECTORS,
    SENIORITIES,
    TEXT_INTERACTION_TYPES,
)
from lureguard.simulate import SCENARIOS, simulate
from tests.simulate.conftest import World

FILES = (
    "accounts.jsonl",
    "interactions.jsonl",
    "members.jsonl",
    "labels.jsonl",
    "message_labels.jsonl",
    "world.json",
)
HEX16 = re.compile(r"^[0-9a-f]{16}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
DATE = re.compile(r"^\d{4}(-\d{2}){0,2}$")


def _digest(root: Path) -> dict[str, str]:
    return {f: hashlib.sha256((root / f).read_bytes()).hexdigest() for f in FILES}


def test_simulate_when_same_seed_then_byte_identical(tmp_path: Path) -> None:
    simulate("demo", tmp_path / "a", seed=11, scale=0.1)
    simulate("demo", tmp_path / "b", seed=11, scale=0.1)
    simulate("demo", tmp_path / "c", seed=12, scale=0.1)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a")["interactions.jsonl"] != _digest(tmp_path / "c")["interactions.jsonl"]


def test_simulate_when_parquet_then_same_columns_and_deterministic(tmp_path: Path) -> None:
    s1 = simulate("demo", tmp_path / "p1", seed=5, scale=0.05, fmt="parquet")
    simulate("demo", tmp_path / "p2", seed=5, scale=0.05, fmt="parquet")
    for stem in ("accounts", "interactions", "members", "labels"):
        a = (tmp_path / "p1" / f"{stem}.parquet").read_bytes()
        assert a == (tmp_path / "p2" / f"{stem}.parquet").read_bytes()
    table = pq.read_table(tmp_path / "p1" / "interactions.parquet")
    assert table.column_names == ["id", "type", "from", "to", "at", "text", "thread"]
    assert table.num_rows == s1.interactions


def test_simulate_when_unknown_scenario_then_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown scenario"):
        simulate("atlantis", tmp_path)


def test_scenarios_when_listed_then_documented() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "scenarios.md").read_text(encoding="utf-8")
    for name, sc in SCENARIOS.items():
        assert f"`{name}`" in doc
        assert sc.source and sc.description


def test_contract_when_world_written_then_fields_types_and_references_valid(demo_world: World) -> None:
    ids = [a["id"] for a in demo_world.accounts]
    assert len(ids) == len(set(ids))
    for a in demo_world.accounts:
        assert isinstance(a["id"], str) and a["id"]
        assert isinstance(a.get("connections", 0), int) and a.get("connections", 0) <= 500
        assert DATE.match(a["created_at"])
        if "photo" in a:
            assert HEX64.match(a["photo"]["sha256"]) and HEX16.match(a["photo"]["phash"])
        for p in a.get("positions", []):
            assert DATE.match(p["start"]) and (p["end"] is None or DATE.match(p["end"]))
    known = set(ids)
    iids = [i["id"] for i in demo_world.interactions]
    assert len(iids) == len(set(iids))
    for i in demo_world.interactions:
        assert i["type"] in INTERACTION_TYPES
        assert i["from"] in known and i["to"] in known and i["from"] != i["to"]
        assert i["at"].endswith("Z")
        datetime.fromisoformat(i["at"].replace("Z", "+00:00"))
        if "text" in i:
            assert i["type"] in TEXT_INTERACTION_TYPES and i["text"].strip()
        if "thread" in i:
            assert i["type"] == "message"
    for m in demo_world.members:
        assert m["account_id"] in known
        assert m["institution_type"] in INSTITUTION_TYPES and m["sector"] in SECTORS
        assert m["seniority"] in SENIORITIES
    assert set(demo_world.labels) == known
    assert {lab["label"] for lab in demo_world.labels.values()} <= set(LABELS)


def test_message_labels_when_text_interaction_then_exactly_one_label(demo_world: World) -> None:
    with_text = {i["id"] for i in demo_world.interactions if "text" in i}
    assert set(demo_world.message_labels) == with_text
    for ml in demo_world.message_labels.values():
        assert set(ml["categories"]) <= set(LURE_CATEGORIES)


def test_labels_when_campaign_account_then_contacts_a_member(france_world: World) -> None:
    fakes = {a for a, lab in france_world.labels.items() if lab["label"] == "fake"}
    assert fakes
    contacted = {i["from"] for i in france_world.interactions if i["to"] in france_world.member_ids}
    assert fakes <= contacted
    for a in fakes:
        assert france_world.labels[a]["campaign"]


def test_lure_truth_when_lure_then_sent_by_fake_to_member(france_world: World) -> None:
    by_id = {i["id"]: i for i in france_world.interactions}
    lures = [by_id[k] for k, ml in france_world.message_labels.items() if ml["lure"]]
    assert lures
    for i in lures:
        assert france_world.labels[i["from"]]["label"] == "fake"
        assert i["to"] in france_world.member_ids


def test_hard_negatives_when_world_built_then_genuine_senders_use_lure_categories(
    france_world: World,
) -> None:
    by_id = {i["id"]: i for i in france_world.interactions}
    cats_by_persona: dict[str, Counter[str]] = defaultdict(Counter)
    for k, ml in france_world.message_labels.items():
        lab = france_world.labels[by_id[k]["from"]]
        if lab["label"] == "genuine":
            cats_by_persona[lab["persona"]].update(ml["categories"])
    personas = {lab["persona"] for lab in france_world.labels.values() if lab["label"] == "genuine"}
    assert {"recruiter", "event-organiser", "sales", "academic-abroad", "new-account"} <= personas
    assert cats_by_persona["recruiter"]["job-offer"] > 0
    assert cats_by_persona["recruiter"]["secrecy"] > 0
    assert cats_by_persona["event-organiser"]["paid-travel"] > 0
    genuine_total: Counter[str] = sum(cats_by_persona.values(), Counter())
    for cat in ("off-platform", "paid-travel", "paid-work", "secrecy", "flattery", "information-request"):
        assert genuine_total[cat] > 0, cat


def test_text_when_genuine_and_lure_then_vocabulary_overlaps(france_world: World) -> None:
    words = re.compile(r"[a-zà-ÿß]+")
    lure_v: Counter[str] = Counter()
    ben_v: Counter[str] = Counter()
    for i in france_world.interactions:
        if "text" in i:
            bag = lure_v if france_world.message_labels[i["id"]]["lure"] else ben_v
            bag.update(set(words.findall(i["text"].lower())))
    shared = set(lure_v) & set(ben_v)
    assert len(shared) / len(set(lure_v)) > 0.5
    for stem in ("confidenti", "frais", "mail", "rémunér"):
        assert any(stem in w for w in ben_v), stem


def test_location_when_fake_or_genuine_then_country_is_no_giveaway(france_world: World) -> None:
    asia = {"CN", "HK", "SG"}
    fake_c = Counter(
        france_world.by_id[a].get("country")
        for a, lab in france_world.labels.items()
        if lab["label"] == "fake"
    )
    gen_asia = sum(
        1
        for a, lab in france_world.labels.items()
        if lab["label"] == "genuine" and france_world.by_id[a].get("country") in asia
    )
    fakes_asia = sum(v for k, v in fake_c.items() if k in asia)
    assert gen_asia > 3 * fakes_asia
    assert sum(v for k, v in fake_c.items() if k not in asia and k is not None) > 0


def _hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def test_photos_when_burst_campaign_then_faces_reused_across_names(france_world: World) -> None:
    bursts = [c for c in france_world.world["campaigns"] if c["style"] == "burst"]
    assert bursts
    found = False
    for c in bursts:
        photos = [(france_world.by_id[a]["name"], france_world.by_id[a].get("photo")) for a in c["accounts"]]
        photos = [(n, p) for n, p in photos if p]
        for i, (n1, p1) in enumerate(photos):
            for n2, p2 in photos[i + 1 :]:
                if n1 != n2 and (p1["sha256"] == p2["sha256"] or _hamming(p1["phash"], p2["phash"]) <= 4):
                    found = True
    assert found
    # absent means absent: no placeholder hash shared by many genuine accounts
    shas = Counter(a["photo"]["sha256"] for a in france_world.accounts if "photo" in a)
    assert "" not in shas


def test_impersonation_when_firm_claimed_then_not_connected_to_real_staff(france_world: World) -> None:
    firms = {f["name"]: set(f["staff"]) for f in france_world.world["recruiter_firms"]}
    imp = [c for c in france_world.world["campaigns"] if c["impersonates"]]
    assert imp
    for c in imp:
        staff = firms[c["impersonates"]]
        assert staff
        fakes = set(c["accounts"])
        for a in fakes:
            assert c["impersonates"] in france_world.by_id[a]["headline"]
        for i in france_world.interactions:
            if i["type"] == "connection":
                assert not ({i["from"], i["to"]} & fakes and {i["from"], i["to"]} & staff)


def test_handoff_when_target_replied_then_second_persona_follows(france_world: World) -> None:
    c = next(c for c in france_world.world["campaigns"] if c["style"] == "handoff")
    second = set(c["handoff_accounts"])
    first = set(c["accounts"]) - second
    assert second and first
    reached_by_first = {i["to"] for i in france_world.interactions if i["from"] in first}
    reached_by_second = {
        i["to"]
        for i in france_world.interactions
        if i["from"] in second and i["to"] in france_world.member_ids
    }
    assert reached_by_second and reached_by_second <= reached_by_first


def test_camouflage_when_fake_then_also_contacts_non_members(france_world: World) -> None:
    fakes = {a for a, lab in france_world.labels.items() if lab["label"] == "fake"}
    outside = {
        i["from"]
        for i in france_world.interactions
        if i["from"] in fakes and i["to"] not in france_world.member_ids
    }
    assert len(outside) > 0.8 * len(fakes)


def test_funnel_when_campaigns_run_then_stages_shrink(france_world: World) -> None:
    for c in france_world.world["campaigns"]:
        f = c["funnel"]
        assert f["contacted"] >= f["connected"] >= 0
        assert f["replied"] >= f["lure-received"] >= f["off-platform"] >= f["trip-offered"]
        assert c["start"] <= c["end"]
