from __future__ import annotations

import pytest

from lureguard.signals.behaviour.unanswered_messages import UnansweredMessages
from tests.signals._world import World


@pytest.mark.parametrize(
    ("n", "replies", "low", "high"), [(12, 0, 0.8, 1.0), (12, 12, 0.0, 0.0), (1, 0, 0.0, 0.2)]
)
def test_unanswered_messages_when_nobody_writes_back_then_high(n, replies, low, high) -> None:
    w = World().account("x")
    for k in range(n):
        w.account(f"t{k}").event("message", "x", f"t{k}", day=k)
        if k < replies:
            w.event("message", f"t{k}", "x", day=k + 0.5)
    assert low <= w.score(UnansweredMessages(), "x") <= high


def test_unanswered_messages_when_reply_predates_first_message_then_not_a_reply() -> None:
    w = World().account("x").account("t").event("message", "t", "x", day=0).event("message", "x", "t", day=1)
    assert w.run(UnansweredMessages())["x"].features["replied"] == 0
