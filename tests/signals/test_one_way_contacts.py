from __future__ import annotations

from lureguard.signals.behaviour.one_way_contacts import OneWayContacts
from tests.signals._world import World


def _world(n: int, returned: int) -> World:
    w = World().account("x")
    for k in range(n):
        w.account(f"t{k}").invite("x", f"t{k}", day=k)
        if k < returned:
            w.event("profile_view", f"t{k}", "x", day=k + 1)
    return w


def test_one_way_contacts_when_nobody_returns_contact_then_high() -> None:
    assert _world(20, 0).score(OneWayContacts(), "x") > 0.85


def test_one_way_contacts_when_contacts_reciprocate_then_zero() -> None:
    assert _world(20, 20).score(OneWayContacts(), "x") == 0.0


def test_one_way_contacts_when_connection_only_then_not_counted_as_return() -> None:
    w = World().account("x").account("t").invite("x", "t", accepted=True)
    assert w.run(OneWayContacts())["x"].features["reciprocated"] == 0
