from __future__ import annotations

import pytest

from lureguard.signals.profile.photo_reuse import PhotoReuse
from tests.signals._world import World

SHA = "1f" * 32
PH = "a5a5a5a5a5a5a5a5"


def _flip(ph: str, bits: int) -> str:
    return f"{int(ph, 16) ^ ((1 << bits) - 1):016x}"


@pytest.mark.parametrize(
    ("a", "b", "expect_high"),
    [
        ({"photo_sha256": SHA}, {"photo_sha256": SHA}, True),
        ({"photo_phash": PH}, {"photo_phash": _flip(PH, 4)}, True),
        ({"photo_phash": PH}, {"photo_phash": _flip(PH, 6)}, True),
        ({"photo_phash": PH}, {"photo_phash": _flip(PH, 12)}, False),
    ],
)
def test_photo_reuse_when_two_names_share_a_face_then_high(a: dict, b: dict, expect_high: bool) -> None:
    w = World().account("alice", name="Alice Martin", **a).account("bob", name="Bob Chen", **b)
    assert (w.score(PhotoReuse(), "alice") >= 0.85) is expect_high


def test_photo_reuse_when_same_name_then_moderate() -> None:
    w = (
        World()
        .account("a1", name="Ann Lee", photo_sha256=SHA)
        .account("a2", name="Ann Lee", photo_sha256=SHA)
    )
    assert 0 < w.score(PhotoReuse(), "a1") < 0.5


@pytest.mark.parametrize(
    ("copy", "expect_same"),
    [("Antoiné Girard", True), ("ANTOINE  GIRARD.", True), ("Antoine Girardi", False)],
)
def test_photo_reuse_when_a_name_is_spelled_to_look_alike_then_it_is_the_same_name(
    copy: str, expect_same: bool
) -> None:
    """An impersonator copies a real person's name with an accent changed: the face is not "stolen
    under another name" for either of the two, one of whom is the person copied."""
    w = (
        World()
        .account("real", name="Antoine Girard", photo_phash=PH)
        .account("copy", name=copy, photo_phash=_flip(PH, 2))
    )
    assert (w.score(PhotoReuse(), "real") < 0.5) is expect_same


@pytest.mark.parametrize("blank", [None, "", "0000000000000000", "ffffffffffffffff", "not-hex-at-all!!"])
def test_photo_reuse_when_photos_missing_then_no_link(blank: str | None) -> None:
    w = World().account("a", photo_phash=blank, photo_sha256=None).account("b", photo_phash=blank)
    assert w.run(PhotoReuse()) == {}


def test_photo_reuse_reason_counts_other_names() -> None:
    w = World()
    for k in range(3):
        w.account(f"p{k}", name=f"Person {k}", photo_phash=_flip(PH, k))
    ev = w.run(PhotoReuse())["p0"]
    assert ev.features["other_names"] == 2 and "2 of them under a different name" in ev.reason


def _logo_firm(connected: bool, same_employer: bool) -> World:
    firm = [{"title": "Recruiter", "organization": "Sterling Search", "start": "2015-01", "end": None}]
    other = [{"title": "Consultant", "organization": "Nova Advisory", "start": "2015-01", "end": None}]
    w = (
        World()
        .account("r1", name="Anne Muller", photo_sha256=SHA, positions=firm)
        .account("r2", name="Omar Green", photo_sha256=SHA, positions=firm if same_employer else other)
    )
    if connected:
        w.invite("r1", "r2", accepted=True)
    return w


@pytest.mark.parametrize(
    ("connected", "same_employer", "linked"),
    [(True, True, False), (False, True, True), (True, False, True), (False, False, True)],
)
def test_photo_reuse_spares_connected_colleagues_sharing_a_firm_logo(
    connected: bool, same_employer: bool, linked: bool
) -> None:
    """A firm's logo on its connected staff is not a stolen face; the same photo elsewhere still is."""
    w = _logo_firm(connected, same_employer)
    assert ("r1" in w.run(PhotoReuse())) is linked


@pytest.mark.parametrize(
    ("third_org", "both_ties", "linked"),
    [("Sterling Search", True, False), ("Sterling Search", False, True), ("Nova Advisory", True, True)],
)
def test_photo_reuse_spares_logo_staff_tied_through_a_third_colleague(
    third_org: str, both_ties: bool, linked: bool
) -> None:
    """Two recruiters not connected to each other but both to a third of the firm share its logo.

    A go-between who does not claim the firm, or who knows only one of them, vouches for nothing.
    """
    w = _logo_firm(connected=False, same_employer=True)
    w.account(
        "r3", name="Lena Vogt", positions=[{"title": "Recruiter", "organization": third_org, "start": "2016"}]
    )
    w.invite("r1", "r3", accepted=True)
    if both_ties:
        w.invite("r3", "r2", accepted=True)
    assert ("r1" in w.run(PhotoReuse())) is linked


@pytest.mark.parametrize(
    ("created", "linked"),
    [
        (("2014-03-01", "2021-06-01"), False),
        (("2021-05-01", "2021-06-01"), True),
        ((None, "2021-06-01"), True),
    ],
)
def test_photo_reuse_spares_claimants_of_one_firm_who_joined_years_apart(
    created: tuple[str | None, str], linked: bool
) -> None:
    """A firm's staff join over years; an operation makes its personas in a batch. Unknown dates prove nothing."""
    firm = [{"title": "Recruiter", "organization": "Sterling Search", "start": "2015-01", "end": None}]
    w = (
        World()
        .account("r1", name="Anne Muller", photo_sha256=SHA, positions=firm, created_at=created[0])
        .account("r2", name="Omar Green", photo_sha256=SHA, positions=firm, created_at=created[1])
    )
    assert ("r1" in w.run(PhotoReuse())) is linked


def test_photo_reuse_when_joined_years_apart_but_other_employers_then_the_copy_still_scores() -> None:
    w = (
        World()
        .account("r1", name="Anne Muller", photo_sha256=SHA, created_at="2014-03-01")
        .account("r2", name="Omar Green", photo_sha256=SHA, created_at="2021-06-01")
    )
    assert w.score(PhotoReuse(), "r2") >= 0.85


@pytest.mark.parametrize(
    ("others", "owner"),
    [
        (("2021-06-01", "2021-07-15"), True),  # every copy came years later: the face is hers
        (("2021-06-01", "2014-09-01"), False),  # one holder joined within the year: no owner to tell
        (("2021-06-01", None), False),  # a holder's join date unknown: nothing proves she came first
    ],
)
def test_photo_reuse_spares_the_faces_owner_who_joined_a_year_before_every_copy(
    others: tuple[str | None, str | None], owner: bool
) -> None:
    """Personas steal a real member's face; the person robbed of it must not be accused with them."""
    w = World().account("victim", name="Claire Dubois", photo_phash=PH, created_at="2014-03-01")
    for k, created in enumerate(others):
        w.account(f"p{k}", name=f"Persona {k}", photo_phash=_flip(PH, k + 1), created_at=created)
    scored = w.run(PhotoReuse())
    assert ("victim" not in scored) is owner
    assert all(scored[f"p{k}"].score >= 0.85 for k in range(len(others)))


@pytest.mark.parametrize(
    ("staff_joined", "spared"),
    [
        # a firm's logo on staff of twelve years: two recruiters hired the same month show it too
        (("2010-02-01", "2012-05-01", "2014-09-01", "2016-01-01"), True),
        # a handful on one image over the years (an aged operation's invented institute) stays evidence
        (("2010-02-01", "2012-05-01"), False),
        # a batch made within the year is not a firm's staff, however many
        (("2021-01-10", "2021-02-01", "2021-03-01", "2021-03-20"), False),
    ],
)
def test_photo_reuse_spares_new_hires_showing_the_logo_the_firms_staff_showed_for_years(
    staff_joined: tuple[str, ...], spared: bool
) -> None:
    """Two recruiters hired in one month, tied to no colleague yet, show their firm's logo: the logo
    has been on its staff for years. An independent world's recruiter firm put 43 staff on one logo."""
    firm = [{"title": "Recruiter", "organization": "Kestrel Search", "start": "2015-01", "end": None}]
    w = World()
    for k, joined in enumerate(staff_joined):
        w.account(f"s{k}", name=f"Staff Member {k}", photo_sha256=SHA, positions=firm, created_at=joined)
    w.account("new1", name="Anne Muller", photo_sha256=SHA, positions=firm, created_at="2021-04-04")
    w.account("new2", name="Omar Green", photo_sha256=SHA, positions=firm, created_at="2021-04-20")
    scored = w.run(PhotoReuse())
    assert ("new1" not in scored and "new2" not in scored) is spared


def _new_hires(members: int) -> World:
    """Two recruiters of one firm hired the same month on its logo, seen by ``members`` protected people."""
    firm = [{"title": "Recruiter", "organization": "Kestrel Search", "start": "2021-04", "end": None}]
    w = (
        World()
        .account("new1", name="Anne Muller", photo_sha256=SHA, positions=firm, created_at="2021-04-04")
        .account("new2", name="Omar Green", photo_sha256=SHA, positions=firm, created_at="2021-04-20")
    )
    for k in range(members):
        w.account(f"m{k}", name=f"Member {k}").member(f"m{k}")
        w.invite("new1", f"m{k}").invite("new2", f"m{k}")
    return w


@pytest.mark.parametrize(("members", "linked"), [(1, False), (2, True)])
def test_photo_reuse_in_one_persons_data_takes_a_shared_image_of_one_employer_as_its_logo(
    members: int, linked: bool
) -> None:
    """From one inbox the firm's other staff cannot be seen, so the logo tests cannot hold there;
    in a pooled view the same two new hires on one face stay evidence until a colleague shows."""
    assert ("new1" in _new_hires(members).run(PhotoReuse())) is linked


def test_photo_reuse_in_one_persons_data_still_scores_a_face_under_two_employers() -> None:
    other = [{"title": "Consultant", "organization": "Nova Advisory", "start": "2021-04", "end": None}]
    w = _new_hires(1).account("p1", name="Li Wei", photo_sha256=SHA, positions=other, created_at="2021-05-01")
    w.invite("p1", "m0")
    scored = w.run(PhotoReuse())
    assert "p1" in scored and scored["p1"].score >= 0.85
    assert "new1" in scored  # tied to the persona under another employer, not to its colleague
    assert scored["new1"].features["shared_with"] == 1
