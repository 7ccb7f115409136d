from __future__ import annotations

import pytest

from lureguard.signals.behaviour.lure_path import LurePath
from tests.signals._world import World

FLATTER, PAID, OFF, TRIP, ASK = "flattery", "paid-work", "off-platform", "paid-travel", "information-request"


def _conversation(w: World, src: str, dst: str, steps: list[list[str]], start: float = 0.0) -> World:
    for k, cats in enumerate(steps):
        w.event("message", src, dst, day=start + k, text="...", lure=0.5, categories=cats)
    return w


def _world(*steps: list[str]) -> World:
    return _conversation(World().account("x").account("t"), "x", "t", list(steps))


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        # three steps in the published order, each in its own message
        ([[FLATTER], [PAID], [OFF]], 0.6),
        ([[FLATTER], [PAID], [OFF], [TRIP]], 0.8),
        ([[FLATTER], [PAID], [OFF], [TRIP], [ASK]], 0.9),
        # a later message repeating an earlier step adds nothing
        ([[FLATTER], [FLATTER], [PAID], [OFF]], 0.6),
    ],
)
def test_lure_path_when_steps_walked_in_order_then_scored_by_length(
    steps: list[list[str]], expected: float
) -> None:
    assert _world(*steps).score(LurePath(), "x") == pytest.approx(expected)


@pytest.mark.parametrize(
    "steps",
    [
        [[FLATTER], [OFF]],  # a recruiter: compliments, then "call me on WhatsApp"
        [[TRIP, FLATTER, PAID, OFF]],  # everything in one message: no walk
        [[TRIP], [OFF], [PAID]],  # an organiser leads with the trip it pays for: out of order
        [[OFF], [PAID], [FLATTER]],  # reversed
    ],
)
def test_lure_path_when_not_three_ordered_steps_then_no_evidence(steps: list[list[str]]) -> None:
    assert LurePath().name not in {ev.signal for ev in _world(*steps).run(LurePath()).values()}


def test_lure_path_when_steps_spread_over_different_people_then_no_walk() -> None:
    w = World().account("x").account("a").account("b").account("c")
    for dst, cats, day in (("a", FLATTER, 0), ("b", PAID, 1), ("c", OFF, 2)):
        w.event("message", "x", dst, day=day, text="...", lure=0.5, categories=[cats])
    assert w.run(LurePath()) == {}


def test_lure_path_when_the_target_writes_the_steps_then_the_sender_is_not_blamed() -> None:
    w = World().account("x").account("t")
    w.event("message", "x", "t", day=0, text="...", lure=0.5, categories=[FLATTER])
    w.event("message", "t", "x", day=1, text="...", lure=0.5, categories=[PAID])
    w.event("message", "x", "t", day=2, text="...", lure=0.5, categories=[OFF])
    assert "x" not in w.run(LurePath())


def test_lure_path_when_several_conversations_escalate_then_higher_and_counted() -> None:
    w = World().account("x").account("a").account("b")
    _conversation(w, "x", "a", [[FLATTER], [PAID], [OFF]])
    _conversation(w, "x", "b", [[FLATTER], [PAID], [OFF]], start=10)
    ev = w.run(LurePath())["x"]
    assert ev.score == pytest.approx(1 - 0.4 * 0.6)
    assert ev.features["escalated"] == 2 and ev.features["conversations"] == 2
    assert "flattery → paid-offer → off-platform" in ev.reason


def test_lure_path_asof_ends_at_the_static_score_and_rises_only_at_the_third_step() -> None:
    w = _world([FLATTER], [PAID], [OFF], [TRIP])
    rows = w.con.execute(f'SELECT * FROM ({LurePath().query_asof()}) ORDER BY "at"').fetchall()
    static = w.score(LurePath(), "x")
    assert [round(r[2], 6) for r in rows] == [0.6, 0.8]
    assert rows[-1][2] == pytest.approx(static)
    first_msgs = w.con.execute("SELECT ts FROM interactions ORDER BY ts").fetchall()
    assert rows[0][1] == first_msgs[2][0]  # the third step's send time, not earlier


@pytest.mark.parametrize("first", ["a", "b"])
def test_lure_path_when_two_walks_are_equally_long_then_the_reason_names_the_same_one_every_time(
    first: str,
) -> None:
    w = World().account("x").account("a").account("b")
    walks = {"a": [[FLATTER], [PAID], [TRIP]], "b": [[FLATTER], [OFF], [TRIP]]}
    second = "b" if first == "a" else "a"
    _conversation(w, "x", first, walks[first], start=0)
    _conversation(w, "x", second, walks[second], start=10)
    ev = w.run(LurePath())["x"]
    # ties are broken by the steps themselves, never by which conversation the query met first
    assert ev.features["path"] == ["flattery", "off-platform", "trip"]
    assert "flattery → off-platform → trip" in ev.reason
