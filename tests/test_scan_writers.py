"""The scan's fast writers give exactly the bytes of the straightforward ones they replaced.

``accounts.jsonl`` now renders only the reasons that are written and streams in
output order; ``messages.jsonl`` is serialised column-wise. Both are checked
here against the reference (a dict per row through ``json.dumps``) on a small
simulated world, so any drift in ordering, rounding or escaping fails.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pytest

from lureguard import stages
from lureguard.engine import evidence_for
from lureguard.ingest import ingest
from lureguard.outputs import score6
from lureguard.scan import Scored, iter_account_rows, score_store, write_lines
from lureguard.simulate import simulate
from lureguard.store import connect


def _reference_account_rows(
    con: duckdb.DuckDBPyConnection, scored: Scored, campaign_of: dict[str, str], top: int = 5
) -> list[dict[str, Any]]:
    """The implementation ``iter_account_rows`` replaced, kept verbatim as the oracle."""
    run = scored.run
    ev = evidence_for(con, run.signals, run.account_ids)
    index = {n: i for i, n in enumerate(run.names)}
    rows = []
    for k, acc in enumerate(run.account_ids):
        evidence = [e for e in ev[acc] if e.score > 0]
        evidence.sort(key=lambda e: -float(scored.contributions[k, index[e.signal]]))
        rows.append(
            {
                "account_id": acc,
                "risk": score6(scored.risk[k]),
                "flagged": bool(scored.flagged[k]),
                "reasons": [
                    {"signal": e.signal, "score": round(e.score, 6), "detail": e.reason}
                    for e in evidence[:top]
                ],
                "campaign": campaign_of.get(acc),
            }
        )
    rows.sort(key=lambda r: (-r["risk"], r["account_id"]))
    return rows


def _dump(rows: Any) -> list[str]:
    return [json.dumps(r, ensure_ascii=False, allow_nan=False) for r in rows]


@pytest.fixture(scope="module")
def scanned_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    world = tmp_path_factory.mktemp("w") / "demo"
    simulate("demo", world, seed=1012, scale=0.1, fmt="parquet")
    con = connect(None)
    ingest(con, world)
    scored = score_store(con)
    _campaigns, campaign_of = stages.detect_campaigns(con, scored)
    scored = stages.lift_by_campaign(con, scored)
    stages.contextualise_messages(con)
    yield con, scored, campaign_of
    con.close()


def test_account_rows_say_when_each_was_first_alerted(scanned_store: Any) -> None:
    con, scored, campaign_of = scanned_store
    ids = list(scored.run.account_ids)
    alerted = {ids[0]: "2023-05-02T10:00:00Z", ids[-1]: "2024-01-09T08:30:00Z"}
    rows = {
        r["account_id"]: r for r in iter_account_rows(con, scored, campaign_of, alerted=alerted, chunk=50)
    }
    assert {a: r["alerted_at"] for a, r in rows.items() if r["alerted_at"]} == alerted
    assert sum(r["alerted_at"] is None for r in rows.values()) == len(ids) - 2


def test_account_rows_identical_to_reference_in_small_chunks(scanned_store: Any) -> None:
    con, scored, campaign_of = scanned_store
    want = _dump(_reference_account_rows(con, scored, campaign_of))
    # A chunk far smaller than the world exercises the chunk boundaries.
    got = _dump(iter_account_rows(con, scored, campaign_of, chunk=37))
    assert len(want) > 100
    assert any(json.loads(w)["reasons"] for w in want)
    assert got == want


def test_message_lines_identical_to_json_dumps_of_message_rows(scanned_store: Any, tmp_path: Path) -> None:
    con, _, _ = scanned_store
    want = _dump(stages.message_rows(con))
    got = list(stages.message_lines(con, batch=101))
    assert len(want) > 100
    assert got == want
    n = write_lines(tmp_path / "m.jsonl", iter(got))
    assert n == len(want)
    assert (tmp_path / "m.jsonl").read_text(encoding="utf-8") == "".join(w + "\n" for w in want)


def test_message_lines_refuse_nan_like_json_dumps() -> None:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE message_scores AS SELECT 'x' AS interaction_id, 'nan'::DOUBLE AS lure_score, "
        "['flattery'] AS categories, 'en' AS language, NULL::JSON AS phrases, FALSE AS sponsored"
    )
    with pytest.raises(ValueError):
        list(stages.message_lines(con))
    with pytest.raises(ValueError):
        _dump(stages.message_rows(con))


def test_replay_thinning_keeps_every_evaluation_point_and_score(scanned_store: Any) -> None:
    """Keeping only each signal's last row per step bucket changes no point and no carried score."""
    from lureguard.watch import asof_scores

    con, scored, _ = scanned_store
    signals = scored.run.signals
    thin = asof_scores(con, signals, step="1 day")
    full = asof_scores(con, signals, step="1 day", thin=False)
    assert thin.num_rows > 100
    assert thin.to_pylist() == full.to_pylist()


def test_replay_judged_in_small_batches_equals_judged_at_once(scanned_store: Any) -> None:
    """Streaming the points in batches (accounts cut at batch edges held back) changes no account's
    timeline: same accounts, times, flags and risks as one table judged at once."""
    from lureguard.watch import _timeline, asof_scores

    con, scored, _ = scanned_store
    signals, names = scored.run.signals, scored.run.names
    level = 0.02  # far below the flag level, so that many accounts and batch edges are kept
    points = asof_scores(con, signals, step="1 day")
    assert points.num_rows > 10 * 97  # many batch edges, many of them inside an account's points
    whole = _timeline(points, scored.model, names, level)
    parts = asof_scores(
        con, signals, step="1 day", batch_rows=97, sink=lambda r: _timeline(r, scored.model, names, level)
    )
    assert len(whole.ids) >= 10
    assert parts.ids == whole.ids
    for field in ("times", "above", "risk"):
        got, want = getattr(parts, field), getattr(whole, field)
        assert len(got) == len(want) and all(np.array_equal(g, w) for g, w in zip(got, want, strict=True))


def test_message_lines_escape_like_json_dumps() -> None:
    """Ids and languages with quotes, backslashes, control and non-ASCII characters."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE message_scores (interaction_id VARCHAR, lure_score DOUBLE, categories VARCHAR[], "
        "language VARCHAR, phrases JSON, sponsored BOOLEAN)"
    )
    con.executemany(
        "INSERT INTO message_scores VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                'a"b',
                0.1234567,
                ["flattery"],
                "fr",
                '[{"category": "flattery", "text": "très \\"cher\\""}]',
                True,
            ),
            ("c\\d\n\u2028é", 1e-7, [], None, None, False),
            ("e\x1ff", 1.0, ["paid-travel", "secrecy"], 'x"y', "[]", None),
        ],
    )
    assert list(stages.message_lines(con)) == _dump(stages.message_rows(con))


def test_scan_without_replay_writes_no_alerts_file_and_says_so(make_dataset: Any, tmp_path: Path) -> None:
    from lureguard.scan import scan

    out = tmp_path / "out"
    out.mkdir()
    (out / "alerts.jsonl").write_text('{"stale": true}\n', encoding="utf-8")
    res = scan(make_dataset(), out, report=False, replay=False)
    assert not (out / "alerts.jsonl").exists()
    assert res.extra["replay"] == "skipped"
    assert "alerts.jsonl" not in res.files
    for name in ("accounts.jsonl", "campaigns.jsonl", "messages.jsonl"):
        assert (out / name).exists()
    full = scan(make_dataset("again"), tmp_path / "full", report=False)
    assert (tmp_path / "full" / "alerts.jsonl").exists()
    assert "replay" not in full.extra
    # Skipping the replay changes nothing else (accounts only lose the alert time the replay gives).
    for name in ("campaigns.jsonl", "messages.jsonl"):
        assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes()

    def rows(path: Path) -> list[dict[str, Any]]:
        return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]

    with_times = rows(tmp_path / "full" / "accounts.jsonl")
    assert all("alerted_at" in r for r in with_times)
    assert rows(out / "accounts.jsonl") == [
        {k: v for k, v in r.items() if k != "alerted_at"} for r in with_times
    ]


def test_scores_are_written_to_six_significant_digits_so_tiny_risks_keep_their_order() -> None:
    """Six decimals wrote every account with little evidence as 0.0, and their order was lost."""
    assert score6(2.5543e-9) > score6(1.2e-9) > score6(0.0) == 0.0
    assert score6(0.98768531259) == 0.987685 and score6(1.0) == 1.0
    assert json.loads(json.dumps({"risk": score6(3.14159e-12)}))["risk"] == 3.14159e-12
