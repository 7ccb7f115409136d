from __future__ import annotations

import pytest

from lureguard.signals.behaviour.cold_outreach import ColdOutreach
from tests.signals._world import World


@pytest.mark.parametrize(
    ("n", "accepted", "low", "high"), [(30, 0, 0.9, 1.0), (30, 30, 0.0, 0.0), (2, 0, 0.1, 0.2)]
)
def test_cold_outreach_when_invitations_to_members_unanswered_then_high(n, accepted, low, high) -> None:
    w = World().account("x")
    for k in range(n):
        w.member(f"m{k}").invite("x", f"m{k}", day=k, accepted=k < accepted)
    assert low <= w.score(ColdOutreach(), "x") <= high


def test_cold_outreach_when_invitations_to_non_members_then_no_row() -> None:
    w = World().account("x").account("y").invite("x", "y")
    assert w.run(ColdOutreach()) == {}
