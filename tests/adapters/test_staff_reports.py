"""Staff reports: the reporter becomes a member, the approach an account and interaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lureguard.adapters import ExportError, convert_exports, convert_reports

from ._build import FIXTURES


def test_reports_when_csv_then_member_account_interaction(tmp_path: Path) -> None:
    report = tmp_path / "reports.csv"
    report.write_text(
        "reporter,profile_url,name,headline,message,date,organization,sector\n"
        "https://www.linkedin.com/in/kim-lab/,https://www.linkedin.com/in/Dr-Alex-7,"
        'Alex Consult,"Partner, Advisory",'
        '"<p>Paid trip to Vienna &amp; a fee</p>",2026-03-01T09:30:00+01:00,Fusion Lab,nuclear\n',
        encoding="utf-8",
    )
    ds = convert_reports([report])
    assert ds.members == [{"account_id": "kim-lab", "organization": "Fusion Lab", "sector": "nuclear"}]
    (msg,) = list(ds.interactions)
    assert (msg["from"], msg["to"], msg["type"]) == ("dr-alex-7", "kim-lab", "message")
    assert (msg["text"], msg["at"], msg["source"]) == (
        "Paid trip to Vienna & a fee",
        "2026-03-01T09:30:00+01:00",
        "staff-report",
    )
    alex = next(a for a in ds.accounts if a["id"] == "dr-alex-7")
    assert alex["headline"] == "Partner, Advisory"


def test_reports_when_merged_with_exports_then_same_persona_one_account(tmp_path: Path) -> None:
    # Rex Dorn wrote to Jordan Pike (export); a colleague reports him too (by e-mail, mapped).
    org_map = tmp_path / "staff.csv"
    org_map.write_text(
        "archive,profile_url,email,organization,institution_type\n"
        ",https://www.linkedin.com/in/lee-chip,lee@chip.example,Chipworks,private\n",
        encoding="utf-8",
    )
    report = tmp_path / "reports.jsonl"
    report.write_text(
        json.dumps(
            {
                "reporter": "lee@chip.example",
                "profile_url": "linkedin.com/in/rex-dorn-crypto",
                "message": "Guaranteed returns, DM me on Telegram",
                "date": "2026-03-02",
                "type": "invitation",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    ds = convert_exports(
        [FIXTURES / "Basic_LinkedInDataExport_10-21-2023"], org_map=org_map, reports=[report]
    )
    assert {m["account_id"] for m in ds.members} == {"jordanpike", "lee-chip"}
    lee = next(m for m in ds.members if m["account_id"] == "lee-chip")
    assert lee["organization"] == "Chipworks"
    targets = {i["to"] for i in ds.interactions if i["from"] == "rex-dorn-crypto"}
    assert targets == {"jordanpike", "lee-chip"}
    assert [a["id"] for a in ds.accounts].count("rex-dorn-crypto") == 1
    assert ds.stats["reports"] == [{"report": "reports.jsonl", "rows": 1, "duplicate_interactions": 0}]


def test_reports_when_json_array_and_unknown_email_then_email_member(tmp_path: Path) -> None:
    report = tmp_path / "reports.json"
    report.write_text(
        json.dumps([{"reporter": "Sam@Org.example", "name": "Nameless Recruiter", "date": "2026-01-05"}]),
        encoding="utf-8",
    )
    ds = convert_reports([report], timezone="Europe/Paris")
    assert ds.members == [{"account_id": "email:sam@org.example"}]
    (msg,) = list(ds.interactions)
    assert msg["at"] == "2026-01-05T00:00:00+01:00"
    assert next(a for a in ds.accounts if a["id"] == msg["from"])["unresolved"] is True


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("reporter,name,date\nkim,Alex,01/03/2026\n", "not ISO 8601"),
        ("reporter,name,date\n,Alex,2026-03-01\n", "missing reporter"),
        ("reporter,date\nkim,2026-03-01\n", "profile_url or name"),
        ("reporter,name,date,type\nkim,Alex,2026-03-01,email\n", "type"),
    ],
)
def test_reports_when_row_invalid_then_error_with_line(tmp_path: Path, content: str, message: str) -> None:
    report = tmp_path / "r.csv"
    report.write_text(content, encoding="utf-8")
    with pytest.raises(ExportError, match=message) as err:
        convert_reports([report])
    assert (err.value.archive, err.value.line) == ("r.csv", 2)
    ds = convert_reports([report], keep_going=True)
    assert ds.stats["errors"][0]["archive"] == "r.csv" and ds.interaction_count == 0
