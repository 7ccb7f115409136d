from __future__ import annotations

from lureguard.signals.behaviour.employer_ties import EmployerTies
from tests.signals._world import World

JOB = [{"title": "Engineer", "organization": "Atom Lab", "start": "2015"}]


def _world(inside: int, outside: int) -> World:
    w = World().account("x", positions=JOB)
    for k in range(max(inside, 1)):
        w.account(f"c{k}", positions=JOB)
    for k in range(inside):
        w.invite("x", f"c{k}", accepted=True)
    for k in range(outside):
        w.account(f"o{k}").invite("x", f"o{k}", accepted=True)
    return w


def test_employer_ties_when_no_connection_at_claimed_employer_then_high() -> None:
    assert _world(0, 20).score(EmployerTies(), "x") > 0.9


def test_employer_ties_when_network_holds_colleagues_then_zero() -> None:
    assert _world(8, 12).score(EmployerTies(), "x") == 0.0


def test_employer_ties_when_employer_has_no_other_staff_then_no_row() -> None:
    w = World().account("x", positions=[{"title": "CEO", "organization": "Solo", "start": "2020"}])
    w.account("o").invite("x", "o", accepted=True)
    assert w.run(EmployerTies()) == {}
