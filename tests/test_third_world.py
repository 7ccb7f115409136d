"""Tests for benchmarks/third_world.py, the independently written evaluation world generator.

The script is run as a subprocess (it is a standalone tool, not part of the package) and its output
is checked against the dataset contract (dataset-format v1).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from lureguard.contract import INSTITUTION_TYPES, INTERACTION_TYPES, LURE_CATEGORIES

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "third_world.py"
FILES = ["accounts.jsonl", "interactions.jsonl", "members.jsonl", "labels.jsonl", "message_labels.jsonl"]
TYPES = set(INTERACTION_TYPES)
CATEGORIES = set(LURE_CATEGORIES)  # the contract's, so the generators are held to it
SENIORITY = {"junior", "senior", "executive"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
SIZE = 300


def run(seed: int, out: Path, accounts: int = SIZE) -> dict:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--seed", str(seed), "--out", str(out), "--accounts", str(accounts)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def read(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.endswith("\n"), f"{path.name}:{n} not newline-terminated"
            row = json.loads(line)
            assert isinstance(row, dict), f"{path.name}:{n} is not an object"
            rows.append(row)
    return rows


def parse_time(s: str) -> datetime:
    assert ISO_RE.match(s), s
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("third_world") / "seed7"
    stats = run(7, out)
    data = {name: read(out / name) for name in FILES}
    data["stats"] = stats
    data["dir"] = out
    return data


def test_all_files_written(world: dict) -> None:
    for name in FILES:
        assert (world["dir"] / name).is_file()
        assert world[name], f"{name} is empty"


def test_accounts_follow_contract(world: dict) -> None:
    accounts = world["accounts.jsonl"]
    ids = [a["id"] for a in accounts]
    assert len(ids) == SIZE
    assert len(set(ids)) == len(ids)
    for a in accounts:
        assert isinstance(a["id"], str) and a["id"]
        for key in ("name", "headline", "about", "location", "profile_url"):
            if key in a:
                assert isinstance(a[key], str)
        if "country" in a:
            assert re.fullmatch(r"[A-Z]{2}", a["country"])
        assert DATE_RE.match(a["created_at"]) or ISO_RE.match(a["created_at"])
        assert isinstance(a["connections"], int) and 0 <= a["connections"] <= 500
        assert isinstance(a["followers"], int) and a["followers"] >= 0
        if "verified" in a:
            assert isinstance(a["verified"], bool)
        if "photo" in a:
            ph = a["photo"]
            assert set(ph) <= {"sha256", "phash", "path"}
            assert re.fullmatch(r"[0-9a-f]{64}", ph["sha256"])
            assert re.fullmatch(r"[0-9a-f]{16}", ph["phash"])
        for pos in a.get("positions", []):
            assert pos["title"] and pos["organization"]
            assert DATE_RE.match(pos["start"])
            assert pos.get("end") is None or DATE_RE.match(pos["end"])
        for ed in a.get("education", []):
            assert ed["school"]
            assert DATE_RE.match(ed["start"]) and DATE_RE.match(ed["end"])
        for key in ("skills", "languages"):
            if key in a:
                assert all(isinstance(x, str) for x in a[key])


def test_interactions_follow_contract(world: dict) -> None:
    ids = {a["id"] for a in world["accounts.jsonl"]}
    created = {a["id"]: a["created_at"][:10] for a in world["accounts.jsonl"]}
    inter = world["interactions.jsonl"]
    iids = [e["id"] for e in inter]
    assert len(set(iids)) == len(iids)
    assert {e["type"] for e in inter} == TYPES
    for e in inter:
        assert e["type"] in TYPES
        assert e["from"] in ids and e["to"] in ids
        assert e["from"] != e["to"]
        at = parse_time(e["at"])
        # nobody acts, or is contacted, before joining the platform
        assert at.date().isoformat() >= created[e["from"]]
        assert at.date().isoformat() >= created[e["to"]]
        if "text" in e:
            assert isinstance(e["text"], str) and e["text"].strip()
            assert e["type"] in ("invitation", "message")
            if e["type"] == "invitation":
                assert len(e["text"]) <= 300
        if "thread" in e:
            assert isinstance(e["thread"], str)
    times = [e["at"] for e in inter]
    assert times == sorted(times)


def test_members_follow_contract(world: dict) -> None:
    ids = {a["id"] for a in world["accounts.jsonl"]}
    members = world["members.jsonl"]
    mids = [m["account_id"] for m in members]
    assert len(set(mids)) == len(mids)
    assert len({m["organization"] for m in members}) >= 3
    for m in members:
        assert m["account_id"] in ids
        assert m["institution_type"] in INSTITUTION_TYPES
        assert m["seniority"] in SENIORITY
        assert m["sector"] and m["role"] and m["organization"]


def test_labels_cover_every_account(world: dict) -> None:
    ids = {a["id"] for a in world["accounts.jsonl"]}
    labels = world["labels.jsonl"]
    lids = [x["account_id"] for x in labels]
    assert len(set(lids)) == len(lids)
    assert set(lids) == ids
    by = {x["account_id"]: x for x in labels}
    for x in labels:
        assert x["label"] in ("fake", "genuine")
        assert isinstance(x["persona"], str) and x["persona"]
        if x["label"] == "fake":
            assert isinstance(x["campaign"], str) and x["campaign"], "every fake has a campaign"
        else:
            assert x["campaign"] is None
    fakes = [x for x in labels if x["label"] == "fake"]
    assert fakes
    personas = {x["persona"] for x in labels if x["label"] == "genuine"}
    assert {"recruiter", "event-organiser"} <= personas
    for m in world["members.jsonl"]:
        assert by[m["account_id"]]["label"] == "genuine"


def test_message_labels_cover_exactly_texted_invitations_and_messages(world: dict) -> None:
    inter = world["interactions.jsonl"]
    expected = [e["id"] for e in inter if e["type"] in ("invitation", "message") and e.get("text")]
    ml = world["message_labels.jsonl"]
    got = [m["interaction_id"] for m in ml]
    assert len(set(got)) == len(got)
    assert set(got) == set(expected)
    sender = {e["id"]: e["from"] for e in inter}
    label = {x["account_id"]: x["label"] for x in world["labels.jsonl"]}
    lures = 0
    for m in ml:
        assert isinstance(m["lure"], bool)
        assert set(m["categories"]) <= CATEGORIES
        if label[sender[m["interaction_id"]]] == "genuine":
            assert m["lure"] is False, "genuine accounts never send lures"
        if m["lure"]:
            lures += 1
            assert m["categories"], "a lure carries at least one theme"
    assert lures > 0
    # genuine hard cases exist: genuine messages carrying lure-like themes
    genuine_themed = {
        c for m in ml if label[sender[m["interaction_id"]]] == "genuine" for c in m["categories"]
    }
    assert {"paid-travel", "paid-work", "off-platform", "job-offer", "event-invitation"} <= genuine_themed


def test_deterministic_per_seed(world: dict, tmp_path: Path) -> None:
    out = tmp_path / "again"
    run(7, out)
    for name in FILES:
        assert (out / name).read_bytes() == (world["dir"] / name).read_bytes(), name


def test_different_seeds_differ(world: dict, tmp_path: Path) -> None:
    out = tmp_path / "other"
    run(8, out)
    assert (out / "accounts.jsonl").read_bytes() != (world["dir"] / "accounts.jsonl").read_bytes()
    assert (out / "interactions.jsonl").read_bytes() != (world["dir"] / "interactions.jsonl").read_bytes()


def test_lureguard_ingests_it_whole(world: dict) -> None:
    # The world is only a yardstick if the scanner reads all of it, not a tolerant subset.
    from lureguard.ingest import ingest
    from lureguard.store import connect, counts

    con = connect()
    ingest(con, world["dir"])
    n = counts(con)
    assert n["accounts"] == len(world["accounts.jsonl"])
    assert n["interactions"] == len(world["interactions.jsonl"])
    assert n["members"] == len(world["members.jsonl"])
