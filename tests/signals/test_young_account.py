from __future__ import annotations

import pytest

from lureguard.signals.behaviour.young_account import YoungAccount
from tests.signals._world import World


@pytest.mark.parametrize(
    ("created", "low", "high"),
    [("2023-12-25", 0.9, 1.0), ("2015-01-01", 0.0, 0.01), ("2024-06-01", 0.5, 0.5)],
)
def test_young_account_when_created_just_before_first_contact_then_high(created, low, high) -> None:
    w = World().account("x", created_at=created).member("m").invite("x", "m")
    assert low <= w.score(YoungAccount(), "x") <= high


def test_young_account_when_creation_date_unknown_then_no_evidence() -> None:
    w = World().account("x").member("m").invite("x", "m")
    assert w.run(YoungAccount()) == {}
