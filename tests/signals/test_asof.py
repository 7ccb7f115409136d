"""Point-in-time forms of every registered signal, checked on one small simulated world.

Early warning is only honest if each as-of form (1) ends where the static query
ends, (2) never reads an event later than its own row, and (3) does not call an
invitation ignored the moment it was sent. One suite runs over every signal.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import duckdb
import pytest

from lureguard.ingest import ingest
from lureguard.signals import available
from lureguard.signals.base import Signal
from lureguard.signals.behaviour.cold_outreach import ColdOutreach
from lureguard.signals.behaviour.one_way_contacts import OneWayContacts
from lureguard.signals.behaviour.unanswered_messages import UnansweredMessages
from lureguard.simulate import simulate
from lureguard.store import connect
from lureguard.watch import EVENT_TABLES
from tests.signals._world import World

SIGNALS = available()
CATEGORIES = "['paid-travel', 'paid-work', 'flattery', 'off-platform', 'secrecy']"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    """The demo scenario at 0.3 scale; message scores are synthetic (hash of the id), which is
    enough to compare two forms of one aggregate and saves the text stage's seconds."""
    path = Path(tmp_path_factory.mktemp("asof")) / "world"
    simulate("demo", path, seed=1001, scale=0.3)
    con = connect()
    ingest(con, path)
    con.execute(
        f"""
        CREATE OR REPLACE TABLE message_scores AS
        SELECT id AS interaction_id, (hash(id) % 997) / 996.0 AS lure_score,
               list_slice({CATEGORIES}, 1 + (hash(id) % 5)::INT, 1 + (hash(id) % 7)::INT) AS categories,
               'en' AS language, '[]'::JSON AS phrases
        FROM interactions WHERE type IN ('invitation', 'message')
        """
    )
    yield con
    con.close()


@pytest.fixture(params=SIGNALS, ids=lambda c: c.name)
def signal(request: pytest.FixtureRequest) -> Signal:
    return request.param()


def _static(con: duckdb.DuckDBPyConnection, sig: Signal) -> dict[str, float]:
    return dict(con.execute(f"SELECT account_id, score::DOUBLE FROM ({sig.query()})").fetchall())


def _asof(con: duckdb.DuckDBPyConnection, sig: Signal) -> list[tuple[str, object, float]]:
    sql = sig.query_asof()
    assert sql is not None
    # "-infinity" (known before any event: a profile snapshot) comes back as None.
    return con.execute(
        f'SELECT account_id, CASE WHEN isfinite("at") THEN "at" END, score::DOUBLE FROM ({sql}) ORDER BY 1, 2 NULLS FIRST'
    ).fetchall()


def test_asof_when_events_are_read_then_a_point_in_time_form_exists(signal: Signal) -> None:
    # The replay takes a signal without an as-of form as a profile snapshot known from the
    # account's first event; that is only true when the signal reads no events.
    if signal.query_asof() is None:
        assert not EVENT_TABLES & set(signal.reads), f"{signal.name} reads events but has no query_asof"


def test_asof_when_every_grace_period_ran_out_then_equals_the_static_score(
    world: duckdb.DuckDBPyConnection, signal: Signal
) -> None:
    if signal.query_asof() is None:
        pytest.skip("profile snapshot: known from the account's first event")
    con = world.cursor()
    # A tick between two bystanders 15 days after the last event lets every grace period run out.
    con.execute("BEGIN")
    try:
        con.execute("INSERT INTO accounts (id) VALUES ('zz-clock-a'), ('zz-clock-b')")
        con.execute(
            "INSERT INTO interactions (id, type, src, dst, ts) "
            "SELECT 'zz-clock', 'profile_view', 'zz-clock-a', 'zz-clock-b', max(ts) + INTERVAL 15 DAYS "
            "FROM interactions"
        )
        # Only actors are ever evaluated by the replay; a profile with no events needs no timeline.
        actors = {a for (a,) in con.execute("SELECT DISTINCT src FROM interactions").fetchall()}
        static = {a: s for a, s in _static(con, signal).items() if a in actors}
        last: dict[str, float] = {}
        for acc, _, score in _asof(con, signal):
            if acc in actors:
                last[acc] = score  # rows are ordered by time: the last one wins
    finally:
        con.execute("ROLLBACK")
    assert static, f"{signal.name} found no evidence in the simulated world"
    default = float(signal.default_score)
    diffs = {
        a: (last.get(a, default), static.get(a, default))
        for a in set(static) | set(last)
        if abs(last.get(a, default) - static.get(a, default)) > 1e-9
    }
    assert not diffs, f"{len(diffs)} accounts differ, e.g. {sorted(diffs.items())[:3]}"


def test_asof_when_events_are_cut_then_earlier_rows_are_unchanged(
    world: duckdb.DuckDBPyConnection, signal: Signal
) -> None:
    if signal.query_asof() is None:
        pytest.skip("profile snapshot")
    con = world.cursor()
    full = _asof(con, signal)
    end = con.execute("SELECT max(ts) FROM interactions").fetchone()[0]  # type: ignore[index]
    assert all(r[1] is None or r[1] <= end for r in full), "as-of rows must stop at the data's last event"
    cut = con.execute("SELECT quantile_disc(ts, 0.5) FROM interactions").fetchone()[0]  # type: ignore[index]
    con.execute("BEGIN")
    try:
        con.execute(
            "DELETE FROM message_scores WHERE interaction_id IN (SELECT id FROM interactions WHERE ts > ?)",
            [cut],
        )
        con.execute("DELETE FROM interactions WHERE ts > ?", [cut])
        part = _asof(con, signal)
    finally:
        con.execute("ROLLBACK")
    early = [(a, t, round(s, 12)) for a, t, s in full if t is None or t <= cut]
    assert [(a, t, round(s, 12)) for a, t, s in part] == early


@pytest.mark.parametrize(
    ("signal_cls", "kind"),
    [(ColdOutreach, "invitation"), (OneWayContacts, "invitation"), (UnansweredMessages, "message")],
)
def test_asof_when_just_sent_then_silence_is_not_yet_evidence(signal_cls: type[Signal], kind: str) -> None:
    w = World().account("x").account("late")
    for k in range(12):
        w.member(f"m{k}")
        w.event(kind, "x", f"m{k}", day=k * 0.01)
    w.event("profile_view", "late", "x", day=13)  # the clock moves on, nobody answers
    w.event("profile_view", "late", "m0", day=15)
    rows = w.con.execute(f'SELECT "at", score FROM ({signal_cls().query_asof()}) ORDER BY 1').fetchall()
    start = w.con.execute("SELECT min(ts) FROM interactions").fetchone()[0]  # type: ignore[index]
    assert all(score == 0.0 for at, score in rows if at < start + timedelta(days=14))
    assert rows[-1][1] == pytest.approx(w.score(signal_cls(), "x"))


def test_asof_when_answered_before_the_grace_period_ends_then_counted_as_answered() -> None:
    w = World().account("x").account("late")
    for k in range(12):
        w.member(f"m{k}").invite("x", f"m{k}", day=k * 0.01, accepted=True)
    w.event("profile_view", "late", "m0", day=20)
    rows = w.con.execute(f"SELECT score FROM ({ColdOutreach().query_asof()})").fetchall()
    assert rows and all(score == 0.0 for (score,) in rows)
