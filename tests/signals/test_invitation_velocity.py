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
