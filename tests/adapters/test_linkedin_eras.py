"""Round trip over each era's fixture: counts come from the CSVs, not from the adapter."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from lureguard.adapters import convert_exports
from lureguard.contract import INTERACTION_TYPES

from ._build import FIXTURES

# Hand-counted from the fixture files. Message interactions are one per
# (message, recipient); drafts are not messages; hidden connection rows are
# counted apart. Accounts include the owner and the unresolved senders.
EXPECTED = {
    "Basic_LinkedInDataExport_05-14-2021": {
        "owner": "maya-lindgren-4a1b2c",
        "message": 7,  # 1 + 1 + 2 (Theo to Maya, Lena) + 2 (Lena to Maya, Theo) + 1 LinkedIn Member
        "accounts": 6,  # Maya, Priya, Theo, Lena, Jonas Berg (no URL), LinkedIn Member
        "sponsored": 0,
        "drafts": 0,
        "endorsement": 0,
    },
    "Complete_LinkedInDataExport_09-18-2022": {
        "owner": "maya-lindgren-4a1b2c",
        "message": 7,  # three 2-recipient group messages + 1
        "accounts": 4,  # Maya, Priya, Ravi, Jane Doe, Ph.D.
        "sponsored": 0,
        "drafts": 0,
        "endorsement": 1,
    },
    "Basic_LinkedInDataExport_10-21-2023": {
        "owner": "jordanpike",
        "message": 9,  # 1 + 1 + 2 + 2 (group) + sponsored + LinkedIn Member + spam
        "accounts": 8,  # Jordan, Ines, Tomás, Wren, Ama, Casey (sponsored), LinkedIn Member, Rex
        "sponsored": 1,
        "drafts": 0,
        "endorsement": 1,
    },
    "Basic_LinkedInDataExport_08-15-2025": {
        "owner": "jordanpike",
        "message": 3,  # 4 rows, one draft
        "accounts": 3,
        "sponsored": 0,
        "drafts": 1,
        "endorsement": 0,
    },
    "Complete_LinkedInDataExport_03-09-2026": {
        "owner": "jordanpike",
        "message": 9,  # 1 + 1 + 3 + 3 (group of four) + sponsored
        "accounts": 5,  # Jordan, Ines, Kofi, Zoë, LinkedIn Member
        "sponsored": 1,
        "drafts": 0,
        "endorsement": 0,
    },
}


def _connections(folder: Path) -> tuple[int, int]:
    """(people, hidden rows) read simply: skip to the header line, split with csv."""
    lines = (folder / "Connections.csv").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
    rows = list(csv.reader(lines[start + 1 :]))
    hidden = sum(1 for r in rows if not any(r[:-1]))
    return len(rows) - hidden, hidden


def _invitations(folder: Path) -> int:
    with open(folder / "Invitations.csv", encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


@pytest.mark.parametrize("era", sorted(EXPECTED))
def test_convert_when_era_fixture_then_counts_match_files(era: str, tmp_path: Path) -> None:
    folder = FIXTURES / era
    expected = EXPECTED[era]
    ds = convert_exports([folder])
    interactions = list(ds.interactions)
    by_type = {t: sum(1 for i in interactions if i["type"] == t) for t in INTERACTION_TYPES}
    people, hidden = _connections(folder)

    assert [m["account_id"] for m in ds.members] == [expected["owner"]]
    assert len(ds.accounts) == expected["accounts"]
    assert by_type["connection"] == people
    assert by_type["invitation"] == _invitations(folder)
    assert by_type["message"] == expected["message"]
    assert by_type["endorsement"] == expected["endorsement"]
    stats = ds.stats["archives"][0]
    assert stats["hidden_profiles"] == hidden
    assert stats["sponsored_inmail"] == expected["sponsored"]
    assert stats["drafts_skipped"] == expected["drafts"]
    assert ds.stats["errors"] == []

    # Contract shape: unique ids, every endpoint is an account, times carry an offset.
    ids = {a["id"] for a in ds.accounts}
    assert len(ids) == len(ds.accounts)
    assert len({i["id"] for i in interactions}) == len(interactions) == ds.interaction_count
    for i in interactions:
        assert i["from"] in ids and i["to"] in ids
        assert i["at"].endswith("Z") or i["at"][-6] in "+-"
        assert i["type"] in INTERACTION_TYPES

    out = ds.write(tmp_path / "dataset")
    lines = (out / "interactions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == interactions
    assert len((out / "accounts.jsonl").read_text(encoding="utf-8").splitlines()) == expected["accounts"]
    assert len((out / "members.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_convert_when_run_twice_then_output_identical() -> None:
    folders = [FIXTURES / era for era in sorted(EXPECTED)]
    first, second = convert_exports(folders), convert_exports(folders)
    assert first.accounts == second.accounts
    assert list(first.interactions) == list(second.interactions)


def test_convert_when_all_eras_pooled_then_shared_threads_counted_once() -> None:
    # Jordan Pike's three exports overlap (the Ines connection appears in 2023,
    # 2025 and 2026): the pooled count is less than the sum of the parts.
    folders = [FIXTURES / era for era in sorted(EXPECTED)]
    alone = sum(convert_exports([f]).interaction_count for f in folders)
    pooled = convert_exports(folders)
    duplicates = sum(a["duplicate_interactions"] for a in pooled.stats["archives"])
    assert duplicates > 0
    assert pooled.interaction_count == alone - duplicates
    assert sorted(m["account_id"] for m in pooled.members) == ["jordanpike", "maya-lindgren-4a1b2c"]


def test_convert_when_same_export_given_twice_then_nothing_doubles() -> None:
    folder = FIXTURES / "Complete_LinkedInDataExport_03-09-2026"
    once = convert_exports([folder])
    twice = convert_exports([folder, folder])
    assert twice.interaction_count == once.interaction_count
    assert twice.accounts == once.accounts


def test_convert_when_silkyrich_volume_fixture_then_streams_all_rows() -> None:
    folder = Path("/work/shared/data/external/linkedin-export-synthetic-silkyrich")
    if not folder.is_dir():
        pytest.skip("shared volume fixture not available")
    ds = convert_exports([folder])
    stats = ds.stats["archives"][0]
    assert stats["rows"]["messages.csv"] == 20_000
    assert stats["rows"]["Connections.csv"] == 2_000
    assert stats["drafts_skipped"] == 41
    assert stats["owner"] == "fake-ada-byron-lovelace"
    assert ds.stats["totals"]["interactions"] >= 20_000 - 41 + 2_000
