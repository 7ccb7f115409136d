from __future__ import annotations

from lureguard.signals.behaviour.invitation_velocity import InvitationVelocity
from tests.signals._world import World


def _world(n: int, spacing_days: float) -> World:
    w = World().account("x")
    for k in range(n):
        w.account(f"t{k}").invite("x", f"t{k}", day=k * spacing_days)
    return w


def test_invitation_velocity_when_burst_of_invitations_then_high() -> None:
    assert _world(30, 0.1).score(InvitationVelocity(), "x") > 0.85


def test_invitation_velocity_when_invitations_trickle_then_low() -> None:
    assert _world(30, 10).score(InvitationVelocity(), "x") == 0.0


def test_invitation_velocity_asof_rises_with_the_burst() -> None:
    w = _world(20, 0.1)
    rows = w.con.execute(
        f'SELECT "at", score FROM ({InvitationVelocity().query_asof()}) ORDER BY "at"'
    ).fetchall()
    scores = [r[1] for r in rows]
    assert scores == sorted(scores) and scores[-1] > 0.6


def test_invitation_velocity_when_invitations_are_exactly_a_week_or_a_day_apart_then_in_one_window() -> None:
    """Window bounds are inclusive: 7 × 24 h back is still the same week, 24 h back the same day."""
    w = World().account("x").account("y")
    for src, days in (("x", (0.0, 7.0)), ("y", (0.0, 1.0))):
        for k, d in enumerate(days):
            w.account(f"{src}{k}").invite(src, f"{src}{k}", day=d)
    rows = w.con.execute(
        f"SELECT account_id, max_week, max_day FROM ({InvitationVelocity().query()}) ORDER BY account_id"
    ).fetchall()
    assert rows == [("x", 2, 1), ("y", 2, 2)]
