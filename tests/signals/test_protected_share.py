from __future__ import annotations

import pytest

from lureguard.signals.behaviour.protected_share import ProtectedShare
from tests.signals._world import World


@pytest.mark.parametrize(
    ("members", "others", "low", "high"), [(20, 0, 0.99, 1.0), (2, 18, 0.0, 0.1), (0, 10, 0.0, 0.0)]
)
def test_protected_share_when_outreach_targets_members_then_high(members, others, low, high) -> None:
    w = World().account("x")
    for k in range(members):
        w.member(f"m{k}", organization=f"Org {k}").invite("x", f"m{k}", day=k)
    for k in range(others):
        w.account(f"o{k}").invite("x", f"o{k}", day=k)
    assert low <= w.score(ProtectedShare(), "x") <= high


def test_protected_share_asof_matches_final_score() -> None:
    w = World().account("x")
    for k in range(5):
        w.member(f"m{k}", organization=f"Org {k}").invite("x", f"m{k}", day=k)
    last = w.con.execute(
        f'SELECT max_by(score, at_) FROM (SELECT score, "at" AS at_ FROM ({ProtectedShare().query_asof()}))'
    ).fetchone()
    assert last is not None and abs(last[0] - w.score(ProtectedShare(), "x")) < 1e-9
