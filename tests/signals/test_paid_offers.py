from __future__ import annotations

import pytest

from lureguard.signals.behaviour.paid_offers import PaidOffers
from tests.signals._world import World


def _offers(w: World, sender: str, people: list[str], cats: list[str] | None = None) -> World:
    for k, p in enumerate(people):
        w.account(p).event(
            "message", sender, p, day=k, text="...", lure=0.8, categories=cats or ["paid-work"]
        )
    return w


def _position(title: str, org: str, end: str | None = None) -> list[dict[str, str | None]]:
    return [{"title": title, "organization": org, "start": "2015-01", "end": end}]


def test_paid_offers_when_recruiter_pays_for_reports_then_scores_per_person() -> None:
    w = World().account(
        "x",
        headline="Senior Recruiter at Atlas Search",
        positions=_position("Senior Recruiter", "Atlas Search"),
    )
    _offers(w, "x", ["a", "b"])
    ev = w.run(PaidOffers())["x"]
    assert ev.score == pytest.approx(0.75)
    assert ev.features["recipients"] == 2
    assert "2 people" in ev.reason


def test_paid_offers_when_same_person_offered_twice_then_counted_once() -> None:
    w = World().account("x", headline="Senior Fellow at Institute for Policy")
    _offers(w, "x", ["a"])
    w.event("message", "x", "a", day=3, text="...", lure=0.9, categories=["paid-work", "secrecy"])
    assert w.score(PaidOffers(), "x") == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("headline", "positions"),
    [
        ("Summit Coordinator at Polaris Events", None),
        (None, _position("Conference Producer", "Meridian Media")),
        ("Project Manager at Horizon Expert Network", None),
        ("Chargée de programme, Congrès mondial", None),
        (None, _position("Referentin", "Kongress- und Veranstaltungsbüro")),
        (None, _position("Programme Director", "International EUV Lithography Week")),
        ("Speaker relations, Hydrogen Expo 2024", None),
    ],
)
def test_paid_offers_when_trade_pays_experts_then_no_evidence(
    headline: str | None, positions: list[dict[str, str | None]] | None
) -> None:
    w = World().account("x", headline=headline, positions=positions)
    _offers(w, "x", ["a", "b", "c"])
    assert w.run(PaidOffers()) == {}


def test_paid_offers_when_a_word_only_looks_like_an_event_then_still_scored() -> None:
    # "weekly", "exposure", "Messenger" hold the event words but name no event trade.
    w = World().account("x", headline="Weekly columnist on exposure management, Messenger Partners")
    _offers(w, "x", ["a", "b"])
    assert w.score(PaidOffers(), "x") == pytest.approx(0.75)


def test_paid_offers_when_event_job_is_past_then_it_does_not_explain_the_fee() -> None:
    w = World().account(
        "x",
        headline="Consultant",
        positions=[
            {"title": "Consultant", "organization": "Crossroads Advisory", "start": "2019-01", "end": None},
            {
                "title": "Event Manager",
                "organization": "Polaris Events",
                "start": "2012-01",
                "end": "2018-12",
            },
        ],
    )
    _offers(w, "x", ["a"])
    assert w.score(PaidOffers(), "x") == pytest.approx(0.5)


def test_paid_offers_when_other_lure_words_only_then_no_evidence() -> None:
    w = World().account("x", headline="Senior Recruiter at Atlas Search")
    _offers(w, "x", ["a", "b"], cats=["job-offer", "off-platform", "secrecy"])
    assert w.run(PaidOffers()) == {}


def test_paid_offers_asof_grows_with_each_new_person_from_the_first_offer_to_them() -> None:
    w = World().account("x", headline="Senior Fellow")
    _offers(w, "x", ["a", "b"])
    w.event("message", "x", "a", day=5, text="...", lure=0.9, categories=["paid-work"])
    rows = w.con.execute(f'SELECT "at", score FROM ({PaidOffers().query_asof()}) ORDER BY "at"').fetchall()
    assert [round(s, 3) for _, s in rows] == [0.5, 0.75]
    assert (rows[1][0] - rows[0][0]).days == 1


def test_paid_offers_when_sender_calls_itself_an_expert_network_then_explained() -> None:
    w = World().account("x", headline="Research Associate at Pacific Research Partners")
    _offers(w, "x", ["a", "b"])
    w.event(
        "message", "x", "b", day=0.5, text="Pacific Research Partners is an Expert Network for investors."
    )
    assert w.run(PaidOffers()) == {}


def test_paid_offers_asof_counts_offers_until_the_trade_is_named_then_drops_to_zero() -> None:
    w = World().account("x", headline="Research Associate at Pacific Research Partners")
    _offers(w, "x", ["a", "b"])
    w.event("message", "x", "b", day=1.5, text="We are an expert network: paid calls with our clients.")
    w.account("c").event("message", "x", "c", day=3, text="...", lure=0.8, categories=["paid-work"])
    rows = w.con.execute(f'SELECT "at", score FROM ({PaidOffers().query_asof()}) ORDER BY "at"').fetchall()
    # Offers on day 0 and 1 count; the one on day 3 came after the trade was named on day 1.5.
    assert [round(s, 3) for _, s in rows] == [0.5, 0.75, 0.0]


def test_paid_offers_when_other_accounts_name_the_trade_then_still_unexplained() -> None:
    w = World().account("x", headline="Senior Fellow").account("y", headline="Analyst")
    _offers(w, "x", ["a"])
    w.event("message", "y", "a", text="I work for an expert network.")
    assert w.score(PaidOffers(), "x") == pytest.approx(0.5)
