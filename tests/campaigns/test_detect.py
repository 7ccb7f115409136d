"""Campaign detection on hand-built worlds: known failure modes are tests."""

from __future__ import annotations

from typing import Any

import pytest

from lureguard.campaigns import detect_campaigns, find_campaigns, propagate_labels
from lureguard.campaigns._summary import summary
from tests.campaigns._world import BODY_A, BODY_B, World, day, script


def _experts(w: World, n: int = 12) -> list[str]:
    return [
        w.member(f"m{i:02d}", org=f"Org{i % 4}", sector=("nuclear", "semiconductors")[i % 2])
        for i in range(n)
    ]


def _campaign(w: World, prefix: str, experts: list[str], start: float, body: str, k: int = 4) -> list[str]:
    fakes = [
        w.account(f"{prefix}{j}", headline="Senior Consultant at Nova Advisory", created=day(start - 10 + j))
        for j in range(k)
    ]
    for i, e in enumerate(experts):
        a = fakes[i % k]
        w.event("invitation", a, e, day(start + i * 0.5), script(i, body))
        w.event(
            "message",
            a,
            e,
            day(start + i * 0.5 + 1),
            script(i, "please also send your CV and references, " + body),
        )
    return fakes


def test_two_campaigns_hitting_the_same_experts_stay_apart() -> None:
    w = World()
    experts = _experts(w)
    a = _campaign(w, "a", experts, 0, BODY_A)
    b = _campaign(w, "b", experts, 1, BODY_B)  # same people, same weeks: co-targeting everywhere
    rows, campaign_of = detect_campaigns(w.con, w.scored(dict.fromkeys(a + b, 0.8)))
    assert len(rows) == 2
    assert len({campaign_of[x] for x in a}) == 1
    assert len({campaign_of[x] for x in b}) == 1
    assert campaign_of[a[0]] != campaign_of[b[0]]


def _firm(w: World, experts: list[str], *, others: int) -> list[str]:
    """A recruiting firm: eight connected recruiters sending the house note, and ``others`` staff
    who do no outreach (an office manager, researchers), connected to the recruiters."""
    staff = [
        w.account(
            f"r{j}",
            headline="Recruiter at Harbour Search",
            employer="Harbour Search",
            created=day(-3000 + 90 * j),
        )
        for j in range(8)
    ]
    office = [w.account(f"o{j}", employer="Harbour Search", created=day(-2500)) for j in range(others)]
    for j, x in enumerate(staff):  # colleagues are connected to each other
        for y in staff[j + 1 :] + office:
            w.event("connection", x, y, day(-100))
    for o in office:  # an account is in the data once it acts
        w.event("profile_view", o, staff[0], day(-50))
    for i, e in enumerate(experts):
        w.event(
            "invitation",
            staff[i % 8],
            e,
            day(i),
            f"Hello, I recruit for a client in {i}th field, open role number {i}.",
        )
    return staff


def test_a_genuine_recruiter_firm_with_many_recruiters_is_not_a_campaign() -> None:
    w = World()
    staff = _firm(w, _experts(w, 20), others=3)
    # suspects working alike (risk past the candidate and modus levels), each below the flag point
    rows, campaign_of = detect_campaigns(w.con, w.scored(dict.fromkeys(staff, 0.7), threshold=0.75))
    assert rows == [] and campaign_of == {}


def test_personas_connected_only_to_each_other_are_not_colleagues() -> None:
    """Red flag 7 (mutual contacts as proof): personas connect to each other under their cover
    employer. Without any tie to that employer's other, unsuspected staff, the clique is no firm."""
    w = World()
    staff = _firm(w, _experts(w, 20), others=0)
    rows, campaign_of = detect_campaigns(w.con, w.scored(dict.fromkeys(staff, 0.7), threshold=0.75))
    assert rows and all(len(r["accounts"]) >= 2 for r in rows)
    assert set(campaign_of) <= set(staff)


@pytest.mark.parametrize(
    ("connected", "office", "tied"),
    [
        (True, 2, False),  # a real firm: its recruiters show the logo and know its other staff
        (True, 0, True),  # personas of one face, connected only to each other (red flag 7)
        (False, 0, True),  # strangers showing one photo
    ],
)
def test_a_firm_logo_on_colleagues_is_not_a_shared_face(connected: bool, office: int, tied: bool) -> None:
    """Recruiters of one firm showing its logo are colleagues; strangers showing one photo are not,
    nor are suspects whose only colleagues are each other."""
    w = World()
    experts = _experts(w, 12)
    staff = [
        w.account(f"r{j}", headline="Recruiter at Harbour Search", employer="Harbour Search", sha="ab" * 32)
        for j in range(4)
    ]
    others = [w.account(f"o{j}", employer="Harbour Search") for j in range(office)]
    for o in others:
        w.event("profile_view", o, staff[0], day(-50))
    if connected:
        for j, x in enumerate(staff):
            for y in staff[j + 1 :] + others:
                w.event("connection", x, y, day(-100))
    for i, e in enumerate(experts):
        w.event("invitation", staff[i % 4], e, day(i), f"Hello, a role for you, number {i}.")
    # suspects, each below the flag point: only a tie can make them a campaign
    res = find_campaigns(w.con, w.scored(dict.fromkeys(staff, 0.7), threshold=0.75))
    photo = w.con.execute("SELECT count(*) FROM campaign_evidence WHERE kind = 'photo'").fetchone()[0]
    assert (photo > 0) is tied
    assert (res.campaign_of != {}) is tied


def test_colleagues_of_a_real_firm_seen_through_a_narrow_window_are_not_a_campaign() -> None:
    """Two connected recruiters with the firm's logo, one naming the firm only in its headline; the
    firm's other staff are in the data but connected to neither (an organisation's pooled view)."""
    w = World()
    experts = _experts(w, 12)
    logo = "cd" * 32
    a = w.account("r0", employer="Harbour Search", sha=logo)
    b = w.account("r1", headline="HR Recruiter at Harbour Search, London", sha=logo)
    w.event("connection", a, b, day(-100))
    for j in range(3):  # the firm's other, unsuspected staff
        w.event("profile_view", w.account(f"o{j}", employer="Harbour Search"), experts[j], day(-50))
    for i, e in enumerate(experts):
        w.event("invitation", (a, b)[i % 2], e, day(i), f"Hello, a role for you, number {i}.")
    res = find_campaigns(w.con, w.scored({a: 0.7, b: 0.7}, threshold=0.75))
    assert w.con.execute("SELECT count(*) FROM campaign_evidence WHERE kind = 'photo'").fetchone()[0] == 0
    assert res.campaign_of == {}


@pytest.mark.parametrize(
    "claims", [("harbour  search ",) * 3, ("Harbour Search Ltd.", "Harbour Search", "harbour-search GmbH")]
)
def test_impersonators_of_a_real_firm_are_linked_but_its_staff_are_not(claims: tuple[str, ...]) -> None:
    """Spelling and legal form aside ("Harbour Search Ltd."), it is one firm's name they borrow."""
    w = World()
    experts = _experts(w, 12)
    staff = [w.account(f"r{j}", employer="Harbour Search") for j in range(3)]
    w.event("connection", staff[0], staff[1], day(-50))
    w.event("connection", staff[1], staff[2], day(-50))
    fakes = [w.account(f"f{j}", employer=claims[j]) for j in range(3)]
    for i, e in enumerate(experts):
        w.event("invitation", fakes[i % 3], e, day(i))
        w.event("invitation", staff[i % 3], e, day(i + 0.2))
    res = find_campaigns(w.con, w.scored(dict.fromkeys(fakes + staff, 0.7)))
    assert {frozenset(r["accounts"]) for r in res.rows} == {frozenset(fakes)}
    assert "employer" in res.rows[0]["evidence"]


def test_a_hand_off_is_joined() -> None:
    w = World()
    experts = _experts(w, 6)
    opener, closer = w.account("open1"), w.account("close1")
    for i, e in enumerate(experts):
        w.event("invitation", opener, e, day(i))
        w.event("message", e, opener, day(i + 1), "Thanks, tell me more.")
        w.event("message", closer, e, day(i + 2), "My colleague passed me your details.")
    res = find_campaigns(w.con, w.scored({opener: 0.7, closer: 0.7}))
    assert len(res.rows) == 1 and set(res.rows[0]["accounts"]) == {opener, closer}
    assert "handoff" in res.rows[0]["evidence"]


def test_missing_or_empty_photo_hashes_do_not_link_accounts() -> None:
    w = World()
    experts = _experts(w, 8)
    accs = []
    for j in range(40):
        sha, ph = [(None, None), ("", ""), ("  ", "0000000000000000"), (None, "not-a-hash")][j % 4]
        accs.append(w.account(f"x{j}", sha=sha, phash=ph))
        w.event("invitation", accs[-1], experts[j % 8], day(j))
    res = find_campaigns(w.con, w.scored(dict.fromkeys(accs, 0.8)))
    assert res.evidence_counts.get("photo", 0) == 0
    assert all(len(r["accounts"]) == 1 for r in res.rows)


def test_near_identical_photos_link_but_distant_ones_do_not() -> None:
    w = World()
    experts = _experts(w, 6)
    a = w.account("p1", phash="f0f0f0f0f0f0f0f0")
    b = w.account("p2", phash="f0f0f0f0f0f0f0f3")  # 2 bits apart
    c = w.account("p3", phash="0f0f0f0f0f0f0f0f")  # 64 bits apart
    for i, e in enumerate(experts):
        for x in (a, b, c):
            w.event("invitation", x, e, day(i))
    res = find_campaigns(w.con, w.scored({a: 0.5, b: 0.5, c: 0.5}))
    assert res.campaign_of.get(a) == res.campaign_of.get(b) is not None
    assert c not in res.campaign_of


def test_photos_six_bits_apart_in_six_bands_link_seven_do_not() -> None:
    """The blocking keeps every pair within the distance: six flipped bits, one in each of six bands."""
    w = World()
    experts = _experts(w, 6)
    base = 0xF0F0F0F0F0F0F0F0
    six = base ^ sum(1 << (8 * k) for k in range(6))  # only bands 6 and 7 still agree
    seven = base ^ sum(2 << (8 * k) for k in range(7))  # other bits: 13 from p2
    a = w.account("p1", phash=f"{base:016x}")
    b = w.account("p2", phash=f"{six:016x}")
    c = w.account("p3", phash=f"{seven:016x}")
    for i, e in enumerate(experts):
        for x in (a, b, c):
            w.event("invitation", x, e, day(i))
    find_campaigns(w.con, w.scored({a: 0.5, b: 0.5, c: 0.5}))
    linked = {
        tuple(r) for r in w.con.execute("SELECT a, b FROM campaign_evidence WHERE kind = 'photo'").fetchall()
    }
    assert linked == {(a, b)}


def test_cluster_risk_lifts_its_members_and_rows_follow_the_contract() -> None:
    w = World()
    experts = _experts(w)
    fakes = _campaign(w, "a", experts, 0, BODY_A)
    sc = w.scored(dict.fromkeys(fakes, 0.4))
    res = find_campaigns(w.con, sc)
    lifted = dict(zip(res.account_ids, res.lifted_risk, strict=True))
    assert all(lifted[f] > 0.4 for f in fakes)
    row = res.rows[0]
    assert {"campaign", "accounts", "targets", "first_seen", "last_seen", "risk", "summary"} <= set(row)
    assert row["first_seen"].endswith("Z") and row["last_seen"].endswith("Z")
    assert 0.0 <= row["risk"] <= 1.0 and len(row["targets"]) == len(experts)


def _lone_world() -> World:
    """One account, ``lone``, writing to six experts."""
    w = World()
    lone = w.account("lone", headline="Consultant")
    for k, e in enumerate(_experts(w, 6)):
        w.event("message", lone, e, day(k), f"Hello {e}, a question about your work.")
    return w


def test_a_lone_account_is_reported_but_does_not_lift_its_own_risk() -> None:
    """A one-account campaign has no evidence beyond the account's own risk; lifting by it counts that twice."""
    w = _lone_world()
    sc = w.scored({"lone": 0.9})
    res = find_campaigns(w.con, sc)
    assert res.campaign_of.get("lone") is not None  # still reported, for exposure
    lifted = dict(zip(res.account_ids, res.lifted_risk, strict=True))
    assert lifted["lone"] == 0.9


def test_a_lone_account_below_the_flag_point_is_no_campaign() -> None:
    """A one-account campaign names its account: never on a looser rule than the flag itself."""
    w = _lone_world()
    assert find_campaigns(w.con, w.scored({"lone": 0.9}, threshold=0.95)).rows == []
    assert len(find_campaigns(w.con, w.scored({"lone": 0.96}, threshold=0.95)).rows) == 1


def test_a_group_tied_by_a_fingerprint_is_reported_when_its_lift_flags_a_member() -> None:
    """Four personas sharing scripts, each under the flag point: the shared scripts lift them over it."""
    w = World()
    fakes = _campaign(w, "a", _experts(w), 0, BODY_A)
    res = find_campaigns(w.con, w.scored(dict.fromkeys(fakes, 0.7), threshold=0.8))
    assert len(res.rows) == 1 and set(res.campaign_of) == set(fakes)
    assert min(res.lifted_risk) >= 0.8


def test_analyst_labels_propagate_suspicion_and_trust() -> None:
    ids = ["a", "b", "c", "d"]
    edges = [("a", "b", 1.0), ("c", "d", 1.0)]
    out = propagate_labels(
        ids, __import__("numpy").array([0.3, 0.3, 0.3, 0.3]), edges, {"a": "fake", "c": "genuine"}
    )
    assert out[0] == 1.0 and out[1] > 0.3 and out[2] == 0.0 and out[3] < 0.3


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("headhunters", "1 account posing as a headhunter contacted 4 people"),
        ("think-tank researchers", "1 account posing as a think-tank researcher contacted 4 people"),
        ("business representatives", "1 account posing as a business representative contacted 4 people"),
    ],
)
def test_summary_of_a_lone_account_names_one_persona_with_its_article(persona: str, expected: str) -> None:
    text = summary(
        accounts=1,
        persona_counts={persona: 1},
        targets=4,
        sector_counts={"nuclear": 4},
        organizations=2,
        first=day(0),
        last=day(30),
        category_counts={},
        off_platform=0,
        messenger=None,
    )
    assert text.startswith(expected)


def test_summary_is_plain_text_even_with_hostile_sector_names() -> None:
    text = summary(
        accounts=3,
        persona_counts={"consultants": 3},
        targets=12,
        sector_counts={"<script>alert(1)</script>": 5, 'nu"clear': 4},
        organizations=2,
        first=day(0),
        last=day(90),
        category_counts={"paid-travel": 2},
        off_platform=4,
        messenger="WeChat",
    )
    assert not set(text) & set("<>\"'&{}")
    assert text.startswith("3 accounts posing as consultants contacted 12 people")
    assert (
        "between March and May 2018" in text and "offering paid trips" in text and "moved to WeChat" in text
    )


@pytest.mark.parametrize("first", ["WhatsApp", "WeChat"])
def test_summary_names_the_same_messenger_on_every_run_when_two_are_named_equally_often(first: str) -> None:
    w = World()
    experts = _experts(w)
    fakes = _campaign(w, "a", experts, 0, BODY_A)
    second = "WeChat" if first == "WhatsApp" else "WhatsApp"
    for i, app in enumerate((first, first.lower(), second, second.upper())):  # case does not split a name
        w.event(
            "message", fakes[0], experts[i], day(30 + i), f"Let us continue on {app}.", cats=["off-platform"]
        )
    row = find_campaigns(w.con, w.scored(dict.fromkeys(fakes, 0.9))).rows[0]
    # two mentions each: the tie goes to the name that sorts first, whichever was written first
    assert "moved to WeChat" in row["summary"]


def test_naming_when_a_fingerprint_ties_no_suspect_then_it_names_no_one() -> None:
    """A report names its suspects and whoever shares an operator's fingerprint with one, directly
    or through another named member; a template two unsuspected officers of one agency share names
    neither (a blind world's seed 28: nine programme officers named beside one persona)."""
    from lureguard.campaigns.detect import _named

    members = ["persona", "copy", "relay", "officer1", "officer2", "officer3"]
    partners = {
        "persona": {"copy"},
        "copy": {"persona", "relay"},
        "relay": {"copy"},
        "officer1": {"officer2"},
        "officer2": {"officer1", "officer3"},
        "officer3": {"officer2"},
    }
    risk = {"persona": 0.99, "copy": 0.6, "relay": 0.4, "officer1": 0.8, "officer2": 0.7, "officer3": 0.96}
    assert _named(members, partners, risk, 0.95) == members  # officer3 is a suspect: its partners named
    risk["officer3"] = 0.7
    assert _named(members, partners, risk, 0.95) == ["persona", "copy", "relay"]
    risk["persona"] = 0.9  # no suspect at all: every member tied by a fingerprint
    assert _named(members, partners, risk, 0.95) == members
    assert _named(["a", "b"], {}, {"a": 0.5, "b": 0.5}, 0.95) == ["a", "b"]  # nothing ties: all, as before


def _impersonators_connected(w: World, *, staff: int, vouched: bool) -> dict[str, Any]:
    """Four suspects claiming a real firm, connected to each other and sharing one personal address;
    ``staff`` unsuspected claimants connected among themselves (the firm's own network); with
    ``vouched`` one suspect is connected to one of them. Returns the suspects' judged group."""
    experts = _experts(w, 8)
    firm = [w.account(f"s{j}", employer="Harbour Search") for j in range(staff)]
    for j, x in enumerate(firm):
        for y in firm[j + 1 :]:
            w.event("connection", x, y, day(-300))
    fakes = [w.account(f"f{k}", employer="Harbour Search") for k in range(4)]
    for j, x in enumerate(fakes):
        for y in fakes[j + 1 :]:
            w.event("connection", x, y, day(-60))
    if vouched:
        w.event("connection", fakes[0], firm[0], day(-60))
    for i, e in enumerate(experts):
        w.event("invitation", fakes[i % 4], e, day(i))
        w.event("message", fakes[i % 4], e, day(i + 1), "Easier by email: h.search.li@gmail.com")
    res = find_campaigns(w.con, w.scored(dict.fromkeys(fakes, 0.7), threshold=0.75))
    (group,) = [g for g in res.groups if set(fakes) <= set(g["accounts"])]
    return group


@pytest.mark.parametrize(
    ("staff", "vouched", "colleagues"),
    [
        (3, True, True),  # one of them knows the firm's staff: the links may be a firm's
        (3, False, False),  # connected only to each other, never to the firm they claim
        (1, True, False),  # vouched for by one quiet account: four suspects and one claimant is no firm
    ],
)
def test_suspects_linked_only_to_each_other_or_a_sleeper_are_not_colleagues(
    staff: int, vouched: bool, colleagues: bool
) -> None:
    """Red flag 7 at a real firm: impersonators connect to each other, not to its staff (a blind
    world's personas of five consulting firms), and one low-risk account of the operation is no
    firm (a blind world's 30 personas and one sleeper at their invented employer)."""
    group = _impersonators_connected(World(), staff=staff, vouched=vouched)
    assert (group["features"]["colleagues"] > 0) is colleagues
