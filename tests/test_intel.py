"""Threat-intelligence exports: valid STIX 2.1 and MISP, only what the scan found, no protected person named."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import stix2
from pymisp import MISPEvent
from stix2patterns.v21.pattern import Pattern
from stix2patterns.validator import run_validator
from stix2validator import validate_string
from typer.testing import CliRunner

from lureguard.cli import app
from lureguard.intel import FindingsError, load_findings, write_misp, write_stix
from lureguard.intel.misp import misp_events
from lureguard.intel.stix import account_pattern, stix_bundle
from lureguard.scan import scan
from lureguard.simulate import simulate

runner = CliRunner()
NOW = datetime(2026, 12, 1, tzinfo=UTC)
#: Best-practice warnings the export accepts on purpose (docs/intel.md): derived (uuid5) ids so a
#: re-export updates objects; framework URLs without a hash; the 'linkedin' account type, which
#: the account-type vocabulary lacks.
ACCEPTED_WARNINGS = {"103", "302", "244"}


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("intel")
    world = root / "world"
    simulate("france-2018", world, seed=21, scale=0.02)
    scan([world], root / "scan", report=False)
    return world, root / "scan"


@pytest.fixture(scope="module")
def bundle(scanned: tuple[Path, Path]) -> dict[str, Any]:
    _, out = scanned
    path = out / "findings.stix.json"
    write_stix(load_findings(out), path, now=NOW)
    return json.loads(path.read_text(encoding="utf-8"))


def _by_type(b: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [o for o in b["objects"] if o["type"] == kind]


def test_world_has_something_to_export(scanned: tuple[Path, Path]) -> None:
    _, out = scanned
    assert any(r["flagged"] for r in _rows(out / "accounts.jsonl"))
    assert _rows(out / "campaigns.jsonl")


def test_bundle_is_valid_stix_21(bundle: dict[str, Any]) -> None:
    result = validate_string(json.dumps(bundle))
    assert result.is_valid, [str(e) for e in result.errors]
    codes = {m.group(1) for w in result.warnings or [] if (m := re.search(r"\{(\d+)\}", str(w)))}
    assert codes <= ACCEPTED_WARNINGS, codes - ACCEPTED_WARNINGS
    parsed = stix2.parse(bundle, allow_custom=False)
    assert len(parsed.objects) == len(bundle["objects"])


def test_shares_exactly_the_flagged_accounts_and_campaign_members(
    scanned: tuple[Path, Path], bundle: dict[str, Any]
) -> None:
    _, out = scanned
    expected = {r["account_id"] for r in _rows(out / "accounts.jsonl") if r["flagged"] or r["campaign"]}
    assert {u["user_id"] for u in _by_type(bundle, "user-account")} == expected
    assert len(_by_type(bundle, "observed-data")) == len(expected)
    persona_patterns = [i for i in _by_type(bundle, "indicator") if i["pattern"].startswith("[user-account")]
    assert len(persona_patterns) == len(expected)
    # Confidence follows the scan's risk.
    risk = {r["account_id"]: r["risk"] for r in _rows(out / "accounts.jsonl")}
    for ind in persona_patterns:
        (aid,) = re.findall(r"user_id = '([^']*)'", ind["pattern"])
        assert ind["confidence"] == round(risk[aid] * 100)


def test_the_producer_sights_each_persona_and_campaign_as_often_as_it_approached_people(
    scanned: tuple[Path, Path], bundle: dict[str, Any]
) -> None:
    _, out = scanned
    objects = {o["id"]: o for o in bundle["objects"]}
    (producer,) = [o["id"] for o in _by_type(bundle, "identity") if o["name"] == "lureguard"]
    sightings = {s["sighting_of_ref"]: s for s in _by_type(bundle, "sighting")}
    assert all(s["where_sighted_refs"] == [producer] for s in sightings.values())
    observed = {o["id"]: o for o in _by_type(bundle, "observed-data")}
    persona_sightings = [
        s for s in sightings.values() if objects[s["sighting_of_ref"]]["type"] == "indicator"
    ]
    assert len(persona_sightings) == len(observed)
    for s in persona_sightings:  # as often as the observation says it wrote to people, over the same days
        (seen,) = [observed[r] for r in s["observed_data_refs"]]
        assert s["count"] == seen["number_observed"]
        assert (s["first_seen"], s["last_seen"]) == (seen["first_observed"], seen["last_observed"])
    targets = {
        c["id"]: len(r["targets"])
        for r in _rows(out / "campaigns.jsonl")
        for c in _by_type(bundle, "campaign")
        if c["name"].split(" (")[0] == f"Fake-persona campaign {r['campaign']}"
    }
    assert targets and {k: sightings[k]["count"] for k in targets} == targets


def test_no_protected_person_is_named(scanned: tuple[Path, Path], bundle: dict[str, Any]) -> None:
    world, _ = scanned
    text = json.dumps(bundle)
    members = _rows(world / "members.jsonl")
    names = {a["id"]: a.get("name") for a in _rows(world / "accounts.jsonl")}
    assert members
    for m in members:
        assert f'"{m["account_id"]}"' not in text and f"'{m['account_id']}'" not in text
        name = names.get(m["account_id"])
        assert not name or f'"{name}"' not in text


def test_each_campaign_is_indicated_by_its_members_and_targets_their_organisations(
    scanned: tuple[Path, Path], bundle: dict[str, Any]
) -> None:
    _, out = scanned
    objects = {o["id"]: o for o in bundle["objects"]}
    rels = _by_type(bundle, "relationship")
    campaigns = _rows(out / "campaigns.jsonl")
    stix_campaigns = _by_type(bundle, "campaign")
    assert len(stix_campaigns) == len(campaigns)
    reached: dict[str, Counter[str]] = defaultdict(Counter)
    for r in _rows(out / "exposure.jsonl"):
        for c in r["campaigns"]:
            reached[c][r["organization"]] += 1
    for row in campaigns:
        (camp,) = [c for c in stix_campaigns if f" {row['campaign']} " in c["name"] + " "]
        assert camp["description"].startswith(row["summary"])
        assert camp["first_seen"] == row["first_seen"].replace("+00:00", "Z")
        indicated_by = {
            re.findall(r"user_id = '([^']*)'", objects[r["source_ref"]]["pattern"])[0]
            for r in rels
            if r["relationship_type"] == "indicates"
            and r["target_ref"] == camp["id"]
            and objects[r["source_ref"]]["pattern"].startswith("[user-account")
        }
        assert indicated_by == set(row["accounts"])
        targeted = {
            objects[r["target_ref"]]["name"]: int(re.match(r"Reached (\d+)", r["description"]).group(1))  # type: ignore[union-attr]
            for r in rels
            if r["relationship_type"] == "targets" and r["source_ref"] == camp["id"]
        }
        assert targeted == dict(reached[row["campaign"]])
        uses = {
            objects[r["target_ref"]]["external_references"][0]["external_id"]
            for r in rels
            if r["relationship_type"] == "uses" and r["source_ref"] == camp["id"]
        }
        assert {"T1585.001", "T0097", "T0143.002"} <= uses


def test_targets_none_leaves_organisations_out(scanned: tuple[Path, Path]) -> None:
    _, out = scanned
    b = json.loads(stix_bundle(load_findings(out), targets="none", now=NOW).serialize())
    assert [o["name"] for o in _by_type(b, "identity")] == ["lureguard"]
    assert not [r for r in _by_type(b, "relationship") if r["relationship_type"] == "targets"]


def test_ids_do_not_change_between_exports(scanned: tuple[Path, Path]) -> None:
    _, out = scanned
    f = load_findings(out)
    a = {o.id for o in stix_bundle(f, now=NOW).objects}
    b = {o.id for o in stix_bundle(f, now=datetime(2027, 3, 1, tzinfo=UTC)).objects}
    assert a == b
    assert [e["Event"]["uuid"] for e in misp_events(f).values()] == [
        e["Event"]["uuid"] for e in misp_events(f).values()
    ]


def test_every_object_carries_the_chosen_tlp(scanned: tuple[Path, Path]) -> None:
    _, out = scanned
    b = json.loads(stix_bundle(load_findings(out), tlp="red", now=NOW).serialize())
    (marking,) = _by_type(b, "marking-definition")
    assert marking["name"] == "TLP:RED"
    for o in b["objects"]:
        if o["type"] != "marking-definition":
            assert o["object_marking_refs"] == [marking["id"]], o["type"]
    with pytest.raises(ValueError, match="tlp"):
        stix_bundle(load_findings(out), tlp="purple")


@pytest.mark.parametrize(
    "hostile",
    ["o'brien", "back\\slash", "x'] OR [file:name = 'evil", "'", "\\", "a\\'b", "ünïcödé-名前"],
)
def test_account_pattern_keeps_hostile_ids_as_one_literal(hostile: str) -> None:
    pattern = account_pattern("linkedin", hostile)
    assert run_validator(pattern, stix_version="2.1") == []
    comparisons = Pattern(pattern).inspect().comparisons
    assert list(comparisons) == ["user-account"]
    (typ, uid) = comparisons["user-account"]
    assert typ == (["account_type"], "=", "'linkedin'")
    assert uid[:2] == (["user_id"], "=")
    # STIX string literals escape only quote and backslash: undo that and get the id back.
    assert re.sub(r"\\(.)", r"\1", uid[2][1:-1]) == hostile


def test_misp_events_load_and_hold_each_campaigns_personas(
    scanned: tuple[Path, Path], tmp_path: Path
) -> None:
    _, out = scanned
    files = write_misp(load_findings(out), tmp_path / "misp", tlp="green")
    campaigns = _rows(out / "campaigns.jsonl")
    accounts = _rows(out / "accounts.jsonl")
    lone = {r["account_id"] for r in accounts if r["flagged"] and not r["campaign"]}
    assert len(files) == len(campaigns) + (1 if lone else 0)
    seen: dict[str, set[str]] = {}
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        ev = MISPEvent()
        ev.load(data)
        assert "tlp:green" in {t.name for t in ev.tags}
        assert 'misp-galaxy:mitre-attack-pattern="Social Media Accounts - T1585.001"' in {
            t.name for t in ev.tags
        }
        ids = {
            a.value
            for o in ev.objects
            if o.name == "user-account"
            for a in o.attributes
            if a.object_relation == "user-id"
        }
        seen[path.stem] = ids
        for o in ev.objects:
            for a in o.attributes:
                assert a.object_relation != "user-id" or a.to_ids
    for n, row in enumerate(campaigns, 1):
        (stem,) = [s for s in seen if s.startswith(f"campaign-{n:04d}")]
        assert seen[stem] == set(row["accounts"])
    if lone:
        assert seen["lone-personas"] == lone


def test_misp_sightings_date_each_persona_by_producer_and_do_not_repeat(scanned: tuple[Path, Path]) -> None:
    """Each persona's account id is sighted once by the producer, at its last approach; a re-export's
    sightings keep their uuids, so MISP (which skips a sighting uuid it holds) counts them once."""
    _, out = scanned
    f = load_findings(out)
    events = misp_events(f, producer="CERT-Example")
    sightings: dict[str, dict] = {}
    for event in events.values():
        ev = MISPEvent()
        ev.load(json.dumps(event))  # a copy: PyMISP consumes the dict it loads
        for o in ev.objects:
            (uid,) = [a for a in o.attributes if a.object_relation == "user-id"]
            (s,) = uid.sightings
            sightings[uid.value] = s.to_dict()
            # only the account is sighted, not its name or the platform
            assert all(not a.sightings for a in o.attributes if a is not uid)
    assert set(sightings) == set(f.personas)
    for account, s in sightings.items():
        p = f.personas[account]
        assert s["type"] == "0"
        assert int(s["date_sighting"]) == int(p.last_contact.timestamp())
        assert s["Organisation"]["name"] == "CERT-Example"
        assert f"approached {p.people_contacted} people" in s["source"]
    assert len({s["Organisation"]["uuid"] for s in sightings.values()}) == 1
    assert len({s["uuid"] for s in sightings.values()}) == len(sightings)
    again = misp_events(f, producer="CERT-Example")
    assert json.dumps(again, sort_keys=True).count('"date_sighting"') == len(sightings)
    uuids = lambda evs: sorted(  # noqa: E731
        s["uuid"]
        for e in evs.values()
        for o in e["Event"]["Object"]
        for a in o["Attribute"]
        for s in a.get("Sighting", [])
    )
    assert uuids(again) == uuids(events)
    # another organisation's sightings of the same accounts are its own
    other = misp_events(f, producer="Another Org")
    assert not set(uuids(other)) & set(uuids(events))


def test_misp_target_orgs_count_members_never_name_them(scanned: tuple[Path, Path]) -> None:
    world, out = scanned
    events = misp_events(load_findings(out))
    member_ids = {m["account_id"] for m in _rows(world / "members.jsonl")}
    text = json.dumps(events)
    assert not [m for m in member_ids if f'"{m}"' in text]
    exposure = _rows(out / "exposure.jsonl")
    first = _rows(out / "campaigns.jsonl")[0]
    expected = Counter(r["organization"] for r in exposure if first["campaign"] in r["campaigns"])
    (stem,) = [s for s in events if s.startswith("campaign-0001")]
    got = {
        a["value"]: int(a["comment"].split()[0])
        for a in events[stem]["Event"]["Attribute"]
        if a["type"] == "target-org"
    }
    assert got == dict(expected)


def test_a_broken_result_file_is_named_and_nothing_is_overwritten(
    scanned: tuple[Path, Path], tmp_path: Path
) -> None:
    _, out = scanned
    bad = tmp_path / "scan"
    bad.mkdir()
    for name in ("campaigns.jsonl", "exposure.jsonl"):
        (bad / name).write_text((out / name).read_text(encoding="utf-8"), encoding="utf-8")
    (bad / "lureguard.duckdb").symlink_to(out / "lureguard.duckdb")
    lines = (out / "accounts.jsonl").read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2][:-5]
    (bad / "accounts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = bad / "findings.stix.json"
    target.write_text("previous export\n", encoding="utf-8")
    res = runner.invoke(app, ["export", str(bad)])
    assert res.exit_code == 2
    assert "accounts.jsonl line 3" in res.output
    assert target.read_text(encoding="utf-8") == "previous export\n"
    with pytest.raises(FindingsError, match="store is missing"):
        load_findings(out, db=tmp_path / "nowhere.duckdb")


def test_rows_held_in_memory_give_the_findings_the_scan_folder_gives(scanned: tuple[Path, Path]) -> None:
    """``findings_from_rows`` (what a Spark run calls) reads the same rows as the files, and names a bad one."""
    import duckdb

    from lureguard.intel import findings_from_rows

    _, out = scanned
    rows = {name: _rows(out / f"{name}.jsonl") for name in ("accounts", "campaigns", "exposure")}
    ref = load_findings(out)
    with duckdb.connect(str(out / "lureguard.duckdb"), read_only=True) as con:
        got = findings_from_rows(con, rows["accounts"], rows["campaigns"], rows["exposure"])
        assert got == ref and got.personas and got.campaigns and got.reached
        assert con.execute(
            "SELECT count(*) FROM duckdb_views() WHERE view_name LIKE '_export%'"
        ).fetchone() == (0,)
        later = datetime(2030, 1, 1, tzinfo=UTC)
        assert findings_from_rows(con, [], [], [], scanned_until=later).scanned_until == later
        broken = [*rows["accounts"][:1], {**rows["accounts"][1], "risk": "high"}]
        with pytest.raises(FindingsError, match=r"account row 2: field 'risk'"):
            findings_from_rows(con, broken, [], [])


def test_hostile_profile_text_stays_data(make_dataset: Callable[..., Path], tmp_path: Path) -> None:
    """A display name with markup and control characters is carried as plain, bounded text."""
    ds = make_dataset()
    out = tmp_path / "scan"
    scan([ds], out, report=False, replay=False)
    rows = _rows(out / "accounts.jsonl")
    for r in rows:  # stand in for an analyst's verdict: the persona is flagged
        r["flagged"] = r["account_id"] == "fake1"
    (out / "accounts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    f = load_findings(out)
    f.personas["fake1"].name = "<script>alert('x')</script>Anna\x00\x1b[31m" + "x" * 500
    b = json.loads(stix_bundle(f, now=NOW).serialize())
    (acct,) = _by_type(b, "user-account")
    assert acct["display_name"].startswith("<script>alert('x')</script>Anna")
    assert "\x00" not in acct["display_name"] and "\x1b" not in acct["display_name"]
    assert len(acct["display_name"]) <= 200
    (face,) = [i for i in _by_type(b, "indicator") if i["pattern"].startswith("[file:")]
    assert face["pattern"] == "[file:hashes.'SHA-256' = '" + "ab" * 32 + "']"
    assert validate_string(json.dumps(b)).is_valid


def test_script_template_blanks_what_changed_between_copies_and_keeps_what_every_copy_had() -> None:
    from lureguard.intel._findings import SLOT, script_template

    copies = [
        f"Dear {who}, Oakridge Partners pays 3000 EUR for a short note. Sent {day} May. Best, {sig}"
        for who, day, sig in (("Anna Schmidt", 3, "Kate"), ("Jean Dupont", 9, "Kate"), ("Li", 12, "Tom"))
    ]
    text = script_template(copies)
    assert (
        text
        == f"Dear {SLOT}, Oakridge Partners pays 3000 EUR for a short note. Sent {SLOT} May. Best, {SLOT}"
    )


def test_a_campaigns_script_is_shared_without_its_recipients_once_three_people_got_it(
    make_dataset: Callable[..., Path], tmp_path: Path
) -> None:
    script = (
        "Dear {name}, I lead a research programme at Oakridge Strategy Partners. Our client would value "
        "your views on reactor fuel supply chains and offers a fee of 2,500 EUR for a short report. We "
        "would also cover your flights to Singapore for a workshop. Could we continue on WeChat? "
        "Please keep this between us for now. Regards, {sig}"
    )
    short_lived = "Dear {name}, a quick follow-up on my earlier note about the paid report and the trip. " * 3
    sends = [("p1", "m0", script, "Kate"), ("p2", "m1", script, "Tom"), ("p1", "m2", script, "Kate")]
    sends += [("p2", "m4", short_lived, "Tom"), ("p1", "m5", short_lived, "Kate")]  # two people only
    accounts = [
        {"id": f"m{i}", "name": f"Member{i} Surname{i}", "created_at": "2012-01", "connections": 300}
        for i in range(8)
    ] + [{"id": p, "name": p.upper(), "created_at": "2018-01-10", "connections": 20} for p in ("p1", "p2")]
    interactions = [
        {
            "id": f"s{k}",
            "type": "message",
            "from": src,
            "to": dst,
            "at": f"2018-02-{k + 1:02d}T10:00:00Z",
            "text": text.format(name=f"Member{dst[1:]} Surname{dst[1:]}", sig=sig),
        }
        for k, (src, dst, text, sig) in enumerate(sends)
    ]
    ds = make_dataset(accounts=accounts, interactions=interactions)
    out = tmp_path / "scan"
    scan([ds], out, report=False, replay=False)
    rows = _rows(out / "accounts.jsonl")
    for r in rows:  # stand in for the campaign step: p1 and p2 are one campaign
        r["flagged"], r["campaign"] = (True, "C1") if r["account_id"] in ("p1", "p2") else (False, None)
    (out / "accounts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    camp = {
        "campaign": "C1",
        "accounts": ["p1", "p2"],
        "targets": ["m0", "m1", "m2", "m4", "m5"],
        "first_seen": "2018-02-01T10:00:00Z",
        "last_seen": "2018-02-05T10:00:00Z",
        "risk": 0.9,
        "summary": "2 accounts",
    }
    (out / "campaigns.jsonl").write_text(json.dumps(camp) + "\n", encoding="utf-8")
    f = load_findings(out)
    (sc,) = f.scripts
    assert (sc.campaign, sc.recipients, sc.senders, sc.sends) == ("C1", 3, 2, 3)
    assert "Oakridge Strategy Partners" in sc.text and "2,500 EUR" in sc.text and "Singapore" in sc.text
    b = json.loads(stix_bundle(f, now=NOW).serialize())
    (note,) = _by_type(b, "note")
    (campaign,) = _by_type(b, "campaign")
    assert note["object_refs"] == [campaign["id"]] and "WeChat" in note["content"]
    text = json.dumps(b) + json.dumps(misp_events(f))
    assert not re.search(r"Member\d|Surname\d", text)  # no recipient named, in either format
    assert "Kate" not in note["content"] and "Tom" not in note["content"]  # nor who signed which copy
    assert validate_string(json.dumps(b)).is_valid
    (event,) = [e["Event"] for e in misp_events(f).values()]
    assert [a for a in event["Attribute"] if a["type"] == "text" and "Oakridge" in a["value"]]
    f.scripts = []  # --no-scripts
    assert not _by_type(json.loads(stix_bundle(f, now=NOW).serialize()), "note")


def test_cli_writes_both_formats(scanned: tuple[Path, Path], tmp_path: Path) -> None:
    _, out = scanned
    res = runner.invoke(app, ["export", str(out), "--out", str(tmp_path / "b.json"), "--producer", "CERT-X"])
    assert res.exit_code == 0, res.output
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert "CERT-X" in {o.get("name") for o in _by_type(b, "identity")}
    res = runner.invoke(app, ["export", str(out), "-f", "misp", "--out", str(tmp_path / "m")])
    assert res.exit_code == 0, res.output
    assert sorted(p.suffix for p in (tmp_path / "m").iterdir()) == [".json"] * len(
        list((tmp_path / "m").iterdir())
    )
    res = runner.invoke(app, ["export", str(out), "-f", "yaml"])
    assert res.exit_code == 2 and "--format" in res.output
