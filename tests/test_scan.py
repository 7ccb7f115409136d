"""Scan: the contract's four files, valid line by line, and a report safe against hostile text."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lureguard import contract
from lureguard.model import load_model
from lureguard.outputs import OUTPUT_MODELS
from lureguard.scan import scan
from lureguard.signals import available


@pytest.fixture
def scanned(make_dataset: Callable[..., Path], tmp_path: Path) -> Path:
    out = tmp_path / "out"
    scan([make_dataset()], out)
    return out


def test_scan_writes_exactly_the_contract_files_each_line_valid(scanned: Path) -> None:
    for name in contract.SCAN_OUTPUT_FILES:
        path = scanned / name
        assert path.exists(), name
        for line in path.read_text(encoding="utf-8").splitlines():
            OUTPUT_MODELS[name].model_validate_json(line)


def test_scan_accounts_cover_every_sender_once(scanned: Path) -> None:
    rows = [json.loads(x) for x in (scanned / "accounts.jsonl").read_text().splitlines()]
    assert sorted(r["account_id"] for r in rows) == ["colleague", "fake1", "m0", "m2"]


def test_scan_ranks_the_sweeping_persona_above_colleagues(scanned: Path) -> None:
    rows = {
        r["account_id"]: r for r in map(json.loads, (scanned / "accounts.jsonl").read_text().splitlines())
    }
    assert rows["fake1"]["risk"] > max(rows[a]["risk"] for a in ("m0", "m2", "colleague"))
    reasons = rows["fake1"]["reasons"]
    assert 1 <= len(reasons) <= 5 and all(r["detail"] for r in reasons)
    assert {r["signal"] for r in reasons} <= {c.name for c in available()}
    # The sweep across organisations and sectors is among the reasons a person is shown.
    assert {r["signal"] for r in reasons} & {"protected_share", "org_spread", "sector_spread"}


def test_scan_reasons_sorted_by_contribution_not_alphabet(scanned: Path) -> None:
    row = json.loads((scanned / "accounts.jsonl").read_text().splitlines()[0])
    assert row["account_id"] == "fake1"  # highest risk first


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.handlers += [k for k, _ in attrs if k.startswith("on")]


def test_an_organisations_pooled_view_keeps_the_pooled_operating_point(scanned: Path) -> None:
    html = (scanned / "report.html").read_text(encoding="utf-8")
    assert 'id="view-note"' not in html
    assert all(
        r["signal"] != "one_inbox"
        for x in (scanned / "accounts.jsonl").read_text().splitlines()
        for r in json.loads(x)["reasons"]
    )


def test_report_escapes_hostile_profile_name_and_loads_nothing(scanned: Path) -> None:
    html = (scanned / "report.html").read_text(encoding="utf-8")
    parser = _Scripts()
    parser.feed(html)
    assert "script" not in parser.tags
    assert parser.handlers == []
    assert "&lt;script&gt;alert(" in html  # shown, as text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "Content-Security-Policy" in html


def test_report_shows_exposure_by_sector(scanned: Path) -> None:
    html = (scanned / "report.html").read_text(encoding="utf-8")
    assert "nuclear" in html and "defence" in html


def test_scan_default_store_is_fresh_each_run(make_dataset: Callable[..., Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    scan([make_dataset("a")], out)
    other = make_dataset(
        "b",
        accounts=[{"id": "x"}, {"id": "y"}],
        interactions=[{"id": "i", "type": "message", "from": "x", "to": "y", "at": "2020-01-01T00:00:00Z"}],
        members=[{"account_id": "y"}],
    )
    scan([other], out)
    ids = [json.loads(x)["account_id"] for x in (out / "accounts.jsonl").read_text().splitlines()]
    assert ids == ["x"]


def test_scan_with_kept_db_accumulates(make_dataset: Callable[..., Path], tmp_path: Path) -> None:
    db = tmp_path / "keep.duckdb"
    scan([make_dataset("a")], tmp_path / "o1", db=db, report=False)
    other = make_dataset(
        "b",
        accounts=[{"id": "x"}, {"id": "y"}],
        interactions=[{"id": "i", "type": "message", "from": "x", "to": "y", "at": "2020-01-01T00:00:00Z"}],
        members=[{"account_id": "y"}],
    )
    res = scan([other], tmp_path / "o2", db=db, report=False)
    assert res.accounts_scored == 5


def test_scan_with_analyst_verdicts_applies_them_and_says_so(
    make_dataset: Callable[..., Path], tmp_path: Path
) -> None:
    labels = tmp_path / "verdicts.csv"
    labels.write_text("account_id,label\nfake1,genuine\nnobody,fake\n", encoding="utf-8")
    res = scan([make_dataset()], tmp_path / "out", labels=labels, report=False)
    assert res.extra["analyst_labels"] == {"fake": 1, "genuine": 1, "not_scanned": 1}
    rows = {
        r["account_id"]: r
        for r in map(json.loads, (tmp_path / "out" / "accounts.jsonl").read_text().splitlines())
    }
    assert rows["fake1"]["risk"] == 0.0 and not rows["fake1"]["flagged"]
    assert rows["fake1"]["reasons"][0]["signal"] == "analyst_label"


def test_scan_with_a_bad_verdicts_file_writes_nothing(
    make_dataset: Callable[..., Path], tmp_path: Path
) -> None:
    from lureguard.ingest import DatasetError

    labels = tmp_path / "verdicts.csv"
    labels.write_text("fake1,maybe\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"verdicts\.csv, line 1: field 'label'"):
        scan([make_dataset()], tmp_path / "out", labels=labels)
    assert not (tmp_path / "out").exists()


def test_scan_without_replay_claims_no_alert_time(make_dataset: Callable[..., Path], tmp_path: Path) -> None:
    scan([make_dataset()], tmp_path / "out", report=False, replay=False)
    rows = [json.loads(x) for x in (tmp_path / "out" / "accounts.jsonl").read_text().splitlines()]
    assert rows and all("alerted_at" not in r for r in rows)


def test_report_says_when_each_campaign_was_first_alerted_and_whom_it_had_reached(tmp_path: Path) -> None:
    """Checked by hand from the world's events: the earliest alert on a member, the people reached before."""
    from html import unescape

    from lureguard.simulate import simulate

    simulate("france-2018", tmp_path / "world", seed=21, scale=0.02)
    out = tmp_path / "scan"
    scan([tmp_path / "world"], out)

    def rows(path: Path) -> list[dict]:
        return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]

    members = {r["account_id"] for r in rows(tmp_path / "world" / "members.jsonl")}
    alerted = {r["account_id"]: r["at"] for r in rows(out / "alerts.jsonl")}
    contacts = [
        (r["from"], r["to"], r["at"])
        for r in rows(tmp_path / "world" / "interactions.jsonl")
        if r["type"] in ("invitation", "message") and r["to"] in members
    ]
    html = unescape((out / "report.html").read_text(encoding="utf-8"))
    campaigns = rows(out / "campaigns.jsonl")
    assert campaigns and 'id="early-note"' in html
    seen_alerted = False
    for c in campaigns:
        accounts = set(c["accounts"])
        first: dict[str, datetime] = {}
        for src, dst, at in contacts:
            if src in accounts:
                t = datetime.fromisoformat(at.replace("Z", "+00:00"))
                first[dst] = min(first.get(dst, t), t)
        times = [datetime.fromisoformat(alerted[a].replace("Z", "+00:00")) for a in accounts if a in alerted]
        if times:
            seen_alerted = True
            before = sum(1 for t in first.values() if t < min(times))
            cell = f"{min(times):%Y-%m-%d}, after {before} of {len(first)} members reached"
        else:
            cell = f"never, {len(first)} members reached"
        assert f"<td>{c['campaign']}</td>" in html and cell in html, (c["campaign"], cell)
    assert seen_alerted


def test_each_experts_own_inbox_scans_on_its_own(tmp_path: Path) -> None:
    """One person's export: their events, those accounts, themselves the only member. Every contact
    writes to the same one person, so weak co-targeting ties abound and may form no group at all; an
    empty list of group members once reached DuckDB without a type, and the scan failed."""
    from lureguard.simulate import simulate

    simulate("germany-2017", tmp_path / "world", seed=1041, scale=0.1)

    def rows(name: str) -> list[dict]:
        return [json.loads(x) for x in (tmp_path / "world" / name).read_text(encoding="utf-8").splitlines()]

    fakes = {r["account_id"] for r in rows("labels.jsonl") if r["label"] == "fake"}
    members = {r["account_id"] for r in rows("members.jsonl")}
    events = rows("interactions.jsonl")
    approached = sorted({e["to"] for e in events if e["from"] in fakes and e["to"] in members})
    assert len(approached) >= 8
    for member in approached[:8]:
        mine = [e for e in events if member in (e["from"], e["to"])]
        seen = {e["from"] for e in mine} | {e["to"] for e in mine}
        view = tmp_path / member
        view.mkdir()
        for name, keep in (
            ("interactions.jsonl", mine),
            ("accounts.jsonl", [a for a in rows("accounts.jsonl") if a["id"] in seen]),
            ("members.jsonl", [m for m in rows("members.jsonl") if m["account_id"] == member]),
        ):
            (view / name).write_text("".join(json.dumps(r) + "\n" for r in keep), encoding="utf-8")
        res = scan([view], tmp_path / f"{member}-scan", report=member == approached[0], replay=False)
        assert res.accounts_scored >= 1, member
        # One person's data: flagged at the one-inbox operating point, and each flag says so.
        level = res.extra["view"]["flag_level"]
        assert level == load_model().one_inbox_threshold < load_model().threshold
        for row in map(json.loads, (res.out / "accounts.jsonl").read_text().splitlines()):
            assert row["flagged"] == (row["risk"] >= level), row["account_id"]
            noted = bool(row["reasons"]) and row["reasons"][-1]["signal"] == "one_inbox"
            assert noted == row["flagged"], row["account_id"]
        if res.report:
            assert 'id="view-note"' in res.report.read_text(encoding="utf-8")
