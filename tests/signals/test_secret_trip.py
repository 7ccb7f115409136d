from __future__ import annotations

import pytest

from lureguard.signals.behaviour.secret_trip import SecretTrip
from tests.signals._world import World


def _msg(w: World, src: str, dst: str, day: float, *cats: str) -> World:
    """A message with these lure categories (the recipient's account is made on first use)."""
    if not w.con.execute("SELECT 1 FROM accounts WHERE id = ?", [dst]).fetchone():
        w.account(dst)
    return w.event("message", src, dst, day=day, text="...", lure=0.8, categories=list(cats))


def _asof(w: World) -> list[tuple[float, float]]:
    rows = w.con.execute(f'SELECT "at", score FROM ({SecretTrip().query_asof()}) ORDER BY "at"').fetchall()
    return [(round((t - rows[0][0]).total_seconds() / 86400, 3), round(s, 3)) for t, s in rows]


def test_secret_trip_when_one_person_is_offered_a_trip_and_asked_for_discretion_then_high() -> None:
    w = World().account("x", headline="Senior Fellow, Institute for Strategic Dialogue")
    _msg(w, "x", "a", 0, "flattery", "paid-travel")
    _msg(w, "x", "a", 3, "secrecy", "off-platform")
    ev = w.run(SecretTrip())["x"]
    assert ev.score == pytest.approx(0.75)
    assert ev.features["both_people"] == 1
    assert "1 person got both" in ev.reason


def test_secret_trip_when_trip_and_discretion_went_to_different_people_then_lower() -> None:
    w = World().account("x")
    _msg(w, "x", "a", 0, "paid-travel")
    _msg(w, "x", "b", 1, "secrecy")
    assert w.score(SecretTrip(), "x") == pytest.approx(0.5)


def test_secret_trip_when_more_people_got_both_then_higher() -> None:
    w = World().account("x")
    for k, p in enumerate(["a", "b", "c"]):
        _msg(w, "x", p, k, "paid-travel", "secrecy")
    assert w.score(SecretTrip(), "x") == pytest.approx(0.9375)


@pytest.mark.parametrize(
    ("who", "cats"),
    [
        # an organiser: travel and hotel paid, an invitation, a deadline; never discretion
        ("organiser", [["event-invitation", "paid-travel"], ["urgency"], ["paid-travel", "paid-work"]]),
        # a recruiter on a confidential search: discretion, a job, a call; never a paid trip
        ("recruiter", [["job-offer", "secrecy"], ["secrecy", "off-platform"], ["job-offer"]]),
    ],
)
def test_secret_trip_when_the_hard_negatives_do_their_jobs_then_no_evidence(
    who: str, cats: list[list[str]]
) -> None:
    w = World().account(who)
    for k, c in enumerate(cats):
        _msg(w, who, f"p{k}", k, *c)
    assert w.run(SecretTrip()) == {}


def test_secret_trip_counts_only_the_accounts_own_messages() -> None:
    # The member's reply asks for discretion; the trip came from the persona: not both from one sender.
    w = World().account("x").account("a")
    _msg(w, "x", "a", 0, "paid-travel")
    _msg(w, "a", "x", 1, "secrecy")
    assert w.run(SecretTrip()) == {}


def test_secret_trip_asof_starts_at_the_message_that_completes_the_pair_and_grows_per_person() -> None:
    w = World().account("x")
    _msg(w, "x", "a", 0, "paid-travel")  # day 0: a trip, nothing else yet
    _msg(w, "x", "b", 2, "secrecy")  # day 2: trip and discretion, to different people
    _msg(w, "x", "a", 5, "secrecy")  # day 5: a has got both
    _msg(w, "x", "b", 9, "paid-travel")  # day 9: so has b
    assert _asof(w) == [(0.0, 0.5), (3.0, 0.75), (7.0, 0.875)]
    (first,) = w.con.execute(f'SELECT min("at") FROM ({SecretTrip().query_asof()})').fetchone() or (None,)
    (t0,) = w.con.execute("SELECT min(ts) FROM interactions").fetchone() or (None,)
    assert (first - t0).days == 2
