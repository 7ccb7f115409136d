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
