from __future__ import annotations

from lureguard.signals.behaviour.lure_messages import LureMessages
from tests.signals._world import World


def _world(scores: list[float], cats: list[str]) -> World:
    w = World().account("x").account("t")
    for k, s in enumerate(scores):
        w.event("message", "x", "t", day=k, text="...", lure=s, categories=cats)
    return w


def test_lure_messages_when_several_strong_lures_then_high() -> None:
    w = _world([0.9, 0.8, 0.95], ["paid-work", "off-platform", "paid-travel"])
    assert w.score(LureMessages(), "x") > 0.9


def test_lure_messages_when_plain_messages_then_low() -> None:
    assert _world([0.05, 0.1], []).score(LureMessages(), "x") < 0.1


def test_lure_messages_when_message_scores_empty_then_no_evidence() -> None:
    w = World().account("x").account("t").event("message", "x", "t", text="hello")
    assert w.run(LureMessages()) == {}


def test_lure_messages_reason_lists_categories() -> None:
    ev = _world([0.9], ["paid-travel"]).run(LureMessages())["x"]
    assert "paid-travel" in ev.reason
