"""benchmarks/cue_rates.py counts a sender's cues over all its messages to members, and only those."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import duckdb

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "cue_rates.py"


def _module():
    spec = importlib.util.spec_from_file_location("cue_rates", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _world(tmp_path: Path) -> tuple[Path, Path]:
    data, out = tmp_path / "world", tmp_path / "scan"
    data.mkdir()
    out.mkdir()
    labels = [
        {"account_id": "rec", "label": "genuine", "persona": "recruiter"},
        {"account_id": "rec2", "label": "genuine", "persona": "recruiter"},
        {"account_id": "fake", "label": "fake", "persona": "consultant"},
        {"account_id": "col", "label": "genuine", "persona": "colleague"},
    ]
    (data / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in labels), encoding="utf-8")
    con = duckdb.connect(str(out / "lureguard.duckdb"))
    con.execute("CREATE TABLE members (account_id VARCHAR)")
    con.execute("INSERT INTO members VALUES ('m1'), ('m2')")
    con.execute("CREATE TABLE interactions (id VARCHAR, src VARCHAR, dst VARCHAR)")
    con.execute("CREATE TABLE message_scores (interaction_id VARCHAR, categories VARCHAR[])")
    rows = [
        # the recruiter's secrecy and its move off the platform are in two messages: both count
        ("i1", "rec", "m1", ["secrecy", "job-offer"]),
        ("i2", "rec", "m2", ["off-platform"]),
        # the second recruiter moves off the platform with a member, and is secret only with an outsider
        ("i3", "rec2", "m1", ["off-platform"]),
        ("i4", "rec2", "outsider", ["secrecy"]),
        ("i5", "fake", "m1", ["secrecy", "paid-work"]),
        ("i6", "col", "m1", ["secrecy", "off-platform"]),
    ]
    for i, src, dst, cats in rows:
        con.execute("INSERT INTO interactions VALUES (?, ?, ?)", [i, src, dst])
        con.execute("INSERT INTO message_scores VALUES (?, ?)", [i, cats])
    con.close()
    return data, out


def test_cue_rates_combine_a_senders_messages_to_members_only(tmp_path: Path) -> None:
    data, out = _world(tmp_path)
    r = _module().rates(data, out)
    # colleagues are not a group the model confuses with fakes; they count among all genuine senders
    assert set(r) == {"recruiter", "fakes", "genuine (all)", "fakes not flagged"}
    # rec and col combine secrecy and another channel with members; rec2 only with an outsider
    assert r["genuine (all)"]["senders"] == 3 and r["genuine (all)"]["secrecy_and_off_platform"] == 0.6667
    assert r["fakes not flagged"]["senders"] == 1  # no account_scores here: none was flagged
    assert r["recruiter"]["senders"] == 2
    assert r["recruiter"]["secrecy_and_off_platform"] == 0.5
    assert r["recruiter"]["off_platform"] == 1.0
    assert r["fakes"] == {
        "senders": 1,
        "secrecy_and_off_platform": 0.0,
        "secrecy": 1.0,
        "off_platform": 0.0,
        "paid_work": 1.0,
        "paid_travel_and_secrecy": 0.0,
    }


def test_cue_rates_writes_one_entry_per_world(tmp_path: Path) -> None:
    data, out = _world(tmp_path)
    dest = tmp_path / "rates.json"
    assert _module().main([f"{data}={out}", "--out", str(dest)]) == 0
    assert list(json.loads(dest.read_text(encoding="utf-8"))) == ["world"]
