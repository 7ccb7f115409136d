from __future__ import annotations

import pytest

from lureguard.signals.profile.age_activity import AgeActivity
from tests.signals._world import World


def _world(created: str | None, connections: int | None, n: int) -> World:
    w = World().account("x", created_at=created, connections=connections)
    for k in range(n):
        w.account(f"t{k}").invite("x", f"t{k}", day=k)
    return w


@pytest.mark.parametrize(
    ("created", "connections", "n", "low", "high"),
    [
        ("2023-12-15", 500, 20, 0.8, 1.0),  # two weeks old, twenty invitations
        ("2010-01-01", 500, 20, 0.0, 0.05),  # old, well connected
        (None, 10, 20, 0.5, 0.8),  # age unknown, thin network, busy outbox
        ("2023-12-15", None, 1, 0.0, 0.2),  # young but a single contact
    ],
)
def test_age_activity_when_young_and_busy_then_high(created, connections, n, low, high) -> None:
    assert low <= _world(created, connections, n).score(AgeActivity(), "x") <= high


def test_age_activity_when_age_and_connections_unknown_then_no_evidence() -> None:
    assert _world(None, None, 5).run(AgeActivity()) == {}


def test_days_between_when_compared_with_date_diff_then_the_same_calendar_days() -> None:
    """The epoch form counts UTC midnights exactly as ``date_diff('day', …)`` does, in either
    direction, before 1970, within one day and across one midnight."""
    from lureguard import store
    from lureguard.signals.profile._views import days_between

    con = store.connect()
    pairs = [
        ("2020-01-01 23:00:00+00", "2020-01-02 01:00:00+00"),
        ("2020-01-02 01:00:00+00", "2020-01-01 23:00:00+00"),
        ("2020-01-01 01:00:00+00", "2020-01-01 23:59:59+00"),
        ("1965-03-01 12:00:00+00", "2021-07-15 00:00:00+00"),
        ("1969-12-31 23:59:59+00", "1970-01-01 00:00:00+00"),
        ("2024-02-28 22:00:00+05", "2024-03-01 01:00:00-03"),
        (None, "2020-01-01 00:00:00+00"),
    ]
    con.execute("CREATE TABLE p (a TIMESTAMPTZ, b TIMESTAMPTZ)")
    con.executemany("INSERT INTO p VALUES (?, ?)", pairs)
    got = con.execute(f"SELECT {days_between('a', 'b')}, date_diff('day', a, b) FROM p").fetchall()
    assert [g for g, _ in got] == [d for _, d in got]
    assert [g for g, _ in got][:5] == [1, -1, 0, 20590, 1]
