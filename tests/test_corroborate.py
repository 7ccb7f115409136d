"""Corroborated alerts: two flagged accounts sharing a face or a staff-less employer claim."""

from __future__ import annotations

from typing import Any

from lureguard.model import NoisyOrModel
from lureguard.watch import replay
from tests.campaigns._world import World, day
from tests.test_watch import MemberContacts

FACE = "8f3a5c7e9b1d2f40"
NEAR_FACE = "8f3a5c7e9b1d2f41"  # one bit apart


class _Model:
    """Risk = members contacted / 3: flagged from the 2nd contact, never alerted on alone."""

    threshold = 0.6
    alert_threshold = 1.01

    def __init__(self) -> None:
        self.inner = NoisyOrModel(weights={"member_contacts": 1.0}, threshold=0.6)

    def predict(self, names: tuple[str, ...], scores: Any) -> Any:
        return self.inner.predict(names, scores)

    def contributions(self, names: tuple[str, ...], scores: Any) -> Any:
        return self.inner.contributions(names, scores)


MODEL = _Model()


def _pair(
    *,
    a: dict[str, Any] | None = None,
    b: dict[str, Any] | None = None,
) -> World:
    """A flagged from day 1, B from day 5 (two members each)."""
    w = World()
    for i in range(6):
        w.member(f"m{i}")
    w.account("A", **{"name": "Anna Li", "phash": FACE, **(a or {})})
    w.account("B", **{"name": "Bo Chen", "phash": NEAR_FACE, **(b or {})})
    w.event("invitation", "A", "m0", day(0))
    w.event("invitation", "A", "m1", day(1))
    w.event("invitation", "B", "m2", day(3))
    w.event("invitation", "B", "m3", day(5))
    return w


def _alerts(w: World, **kw: Any) -> list[dict[str, Any]]:
    return replay(w.con, MODEL, step=None, signals=[MemberContacts()], **kw)


def test_two_flagged_accounts_with_one_face_are_alerted_once_both_are_flagged() -> None:
    w = _pair()
    got = _alerts(w)
    assert [(a["account_id"], a["at"], a["fingerprint"], a["corroborated_by"]) for a in got] == [
        ("A", "2018-03-06T09:00:00Z", "photo", "B"),
        ("B", "2018-03-06T09:00:00Z", "photo", "A"),
    ]
    assert all(abs(a["risk"] - 2 / 3) < 1e-6 for a in got)
    assert _alerts(w, corroborate=False) == []


def test_one_flagged_account_is_not_corroborated_by_an_unflagged_twin() -> None:
    w = World()
    for i in range(3):
        w.member(f"m{i}")
    w.account("A", name="Anna Li", phash=FACE)
    w.account("B", name="Bo Chen", phash=FACE)
    w.event("invitation", "A", "m0", day(0))
    w.event("invitation", "A", "m1", day(1))
    w.event("invitation", "B", "m2", day(3))  # one contact: risk 1/3, never flagged
    assert _alerts(w) == []


def test_same_name_or_blank_or_missing_hashes_link_no_one() -> None:
    assert _alerts(_pair(b={"name": "Anna Li"})) == []  # a duplicate account, not a borrowed face
    assert _alerts(_pair(b={"name": "Ánna  Li."})) == []  # a look-alike spelling is the same name
    blank = "0000000000000000"
    assert _alerts(_pair(a={"phash": blank}, b={"phash": blank})) == []
    assert _alerts(_pair(a={"phash": None}, b={"phash": None})) == []
    assert _alerts(_pair(a={"phash": ""}, b={"phash": ""})) == []


def test_exact_photo_bytes_link_like_a_perceptual_hash() -> None:
    sha = "ab" * 32
    got = _alerts(_pair(a={"phash": None, "sha": sha}, b={"phash": None, "sha": sha}))
    assert {a["account_id"] for a in got} == {"A", "B"}


def test_claimants_of_one_employer_sharing_a_face_share_a_logo_connected_or_not() -> None:
    firm = {"employer": "Acme Talent"}
    assert _alerts(_pair(a=firm, b=firm)) == []
    w = _pair(a=firm, b=firm)
    w.event("connection", "A", "B", day(2))
    assert _alerts(w) == []
    other = _pair(a=firm, b={"employer": "Borealis Consulting"})
    assert [a["fingerprint"] for a in _alerts(other)] == ["photo", "photo"]
    # no position listed, but the headline names the other's employer: the same firm's logo
    named = _pair(a=firm, b={"headline": "Associate Partner at Acme Talent"})
    assert _alerts(named) == []
    unnamed = _pair(a=firm, b={"headline": "Associate Partner at Acme Talentless Ltd"})
    assert [a["fingerprint"] for a in _alerts(unnamed)] == ["photo", "photo"]


def _firm_world(*, tie_a_at: float | None = None, b_seen_at: float | None = 4) -> World:
    """A and B (different faces) claim Nimbus, whose real staff S1, S2 connect on day 7. A's network
    is in view from day 0.5 (a member accepted it), B's from ``b_seen_at`` (None: never)."""
    w = _pair(
        a={"employer": "Nimbus Capital", "phash": None}, b={"employer": "Nimbus Capital", "phash": None}
    )
    w.account("S1", employer="Nimbus Capital")
    w.account("S2", employer="Nimbus Capital")
    w.event("connection", "S1", "S2", day(7))
    w.event("connection", "A", "m0", day(0.5))
    if b_seen_at is not None:
        w.event("connection", "B", "m2", day(b_seen_at))
    if tie_a_at is not None:
        w.event("connection", "A", "S1", day(tie_a_at))
    return w


def test_claiming_an_employer_without_ties_to_its_staff_corroborates_once_staff_exist() -> None:
    got = _alerts(_firm_world())
    assert [(a["account_id"], a["at"], a["fingerprint"]) for a in got] == [
        ("A", "2018-03-08T09:00:00Z", "employer"),
        ("B", "2018-03-08T09:00:00Z", "employer"),
    ]
    # A tied to the staff before the staff existed as such: the claim is not loose at day 7
    assert _alerts(_firm_world(tie_a_at=6)) == []


def test_an_employer_claim_corroborates_only_once_both_networks_are_in_view() -> None:
    """An account that shows no connection at all shows no tie to the staff either: in an
    organisation's view a genuine recruiter's network is often not visible."""
    assert _alerts(_firm_world(b_seen_at=None)) == []
    got = _alerts(_firm_world(b_seen_at=9))  # B's first connection on day 9, after the staff's
    assert [(a["account_id"], a["at"], a["fingerprint"]) for a in got] == [
        ("A", "2018-03-10T09:00:00Z", "employer"),
        ("B", "2018-03-10T09:00:00Z", "employer"),
    ]


def test_later_events_leave_earlier_corroborated_alerts_unchanged() -> None:
    w = _firm_world()
    before = _alerts(w)
    w.event("connection", "A", "S1", day(30))  # A joins the staff's network later
    w.account("C", name="Cy Park", employer="Nimbus Capital")  # a third loose claimant
    w.event("connection", "C", "m4", day(39))
    for i in range(2):
        w.event("invitation", "C", f"m{4 + i}", day(40 + i))
    after = _alerts(w)
    assert [a for a in after if a["at"] <= "2018-03-08T09:00:00Z"] == before
    # C pairs with B (still loose), not with A (tied to the staff since day 30)
    assert [(a["account_id"], a["at"], a["corroborated_by"]) for a in after if a["account_id"] == "C"] == [
        ("C", "2018-04-11T09:00:00Z", "B")
    ]


SCRIPT = "Dear {name}, our institute would welcome your expertise on the energy transition for a paid report."


def _script_world(*, genuine_at: float | None = None, employer: str | None = None) -> World:
    """A and B (different faces) each open with one script: A flagged on day 1, B on day 5."""
    extra = {"phash": None} | ({"employer": employer} if employer else {})
    w = World()
    for i in range(7):
        w.member(f"m{i}")
    w.account("A", name="Anna Li", **extra)
    w.account("B", name="Bo Chen", **extra)
    w.event("message", "A", "m0", day(0), text=SCRIPT.format(name="Marie"))
    w.event("invitation", "A", "m1", day(1))
    w.event("message", "B", "m2", day(3), text=SCRIPT.format(name="Jonas"))
    w.event("invitation", "B", "m3", day(5))
    if genuine_at is not None:  # an ordinary account sends the same text to one member
        w.account("G", name="Gil Ross", phash=None)
        w.event("message", "G", "m6", day(genuine_at), text=SCRIPT.format(name="Paul"))
    return w


def test_one_script_from_two_flagged_accounts_corroborates_them() -> None:
    got = _alerts(_script_world())
    assert [(a["account_id"], a["at"], a["fingerprint"], a["corroborated_by"]) for a in got] == [
        ("A", "2018-03-06T09:00:00Z", "script", "B"),
        ("B", "2018-03-06T09:00:00Z", "script", "A"),
    ]


def test_a_script_ordinary_accounts_also_send_is_boilerplate_from_then_on() -> None:
    assert _alerts(_script_world(genuine_at=2)) == []  # 2 of its 3 senders flagged by day 5
    # the ordinary sender comes after the alert: the alert stands, unchanged
    assert _alerts(_script_world(genuine_at=10)) == _alerts(_script_world())


def test_a_firms_house_template_between_two_of_its_claimants_is_no_fingerprint() -> None:
    assert _alerts(_script_world(employer="Acme Talent")) == []


class _OneLevelModel(_Model):
    """Flag and alert share one level that no account reaches alone (as when training picks one point)."""

    threshold = 1.01
    alert_threshold = None

    def __init__(self, corroborate_threshold: float | None) -> None:
        super().__init__()
        self.corroborate_threshold = corroborate_threshold


def test_a_corroboration_level_below_the_flag_alerts_pairs_the_flag_alone_would_not() -> None:
    w = _pair()
    signals = [MemberContacts()]
    assert replay(w.con, _OneLevelModel(None), step=None, signals=signals) == []
    got = replay(w.con, _OneLevelModel(0.6), step=None, signals=signals)
    assert [(a["account_id"], a["at"], a["fingerprint"]) for a in got] == [
        ("A", "2018-03-06T09:00:00Z", "photo"),
        ("B", "2018-03-06T09:00:00Z", "photo"),
    ]
    # the tuning override wins over the model's own level
    assert replay(w.con, _OneLevelModel(0.6), step=None, signals=signals, corroborate_level=0.9) == []


def test_the_shipped_model_corroborates_below_its_flag_level() -> None:
    """A retrain that drops the level would silently turn corroboration off (flag = alert level)."""
    from lureguard.model import BoostedTreesModel, load_model
    from lureguard.watch import alert_level, corroborate_levels

    model = load_model()
    assert max(corroborate_levels(model).values()) < min(model.threshold, alert_level(model))
    assert isinstance(model, BoostedTreesModel)
    again = BoostedTreesModel.from_json(model.to_json())
    assert again.corroborate_threshold == model.corroborate_threshold


def test_each_fingerprint_kind_has_its_own_level() -> None:
    """A face shared under two names may corroborate at a lower level than the other kinds."""
    w = _pair()
    signals = [MemberContacts()]

    def kinds(levels: dict[str, float]) -> list[tuple[str, str]]:
        got = replay(w.con, _OneLevelModel(None), step=None, signals=signals, corroborate_level=levels)
        return [(a["account_id"], a["fingerprint"]) for a in got]

    assert kinds({"photo": 0.6, "employer": 1.01, "script": 1.01}) == [("A", "photo"), ("B", "photo")]
    assert kinds({"photo": 0.7, "employer": 0.6, "script": 0.6}) == []  # the pair's tie is a face
    # a kind a mapping leaves out keeps the flag level (here out of reach)
    assert kinds({"employer": 0.6}) == []


def test_corroboration_levels_per_kind_round_trip_through_json() -> None:
    from lureguard.model import BoostedTreesModel, load_model
    from lureguard.watch import corroborate_levels

    model = load_model()
    assert isinstance(model, BoostedTreesModel)
    per_kind = model.replace(corroborate_threshold={"photo": 0.5, "script": 0.9})
    again = BoostedTreesModel.from_json(per_kind.to_json())
    assert corroborate_levels(again) == {"photo": 0.5, "employer": model.threshold, "script": 0.9}
    assert corroborate_levels(model.replace(corroborate_threshold=0.7)) == dict.fromkeys(
        ("photo", "employer", "script"), 0.7
    )


def test_a_kind_is_judged_with_the_flags_at_its_own_level() -> None:
    """G (risk 1/3) passes the face's level but not the script's: for the script it is an
    ordinary sender, so the script is boilerplate, as at a single level."""
    levels = {"photo": 0.3, "employer": 0.6, "script": 0.6}

    def alerts(w: World) -> list[tuple[str, str]]:
        got = replay(
            w.con, _OneLevelModel(None), step=None, signals=[MemberContacts()], corroborate_level=levels
        )
        return [(a["account_id"], a["fingerprint"]) for a in got]

    assert alerts(_script_world()) == [("A", "script"), ("B", "script")]
    assert alerts(_script_world(genuine_at=2)) == []
