"""Hand-off naming, the shared way of working (``modus``) and firm colleagues: one behaviour per test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lureguard.campaigns import CampaignParams, find_campaigns
from lureguard.campaigns.detect import _lifted, _named
from tests.campaigns._world import BODY_A, World, day, script


def _experts(w: World, n: int, sectors: tuple[str, ...] = ("nuclear", "semiconductors")) -> list[str]:
    return [w.member(f"m{i:02d}", org=f"Org{i % 5}", sector=sectors[i % len(sectors)]) for i in range(n)]


def _relay(w: World, opener: str, closer: str, expert: str, at: float, text: str) -> None:
    w.event("invitation", opener, expert, day(at))
    w.event("message", expert, opener, day(at + 1), "Thanks, tell me more.")
    w.event("invitation", closer, expert, day(at + 3))
    w.event("message", closer, expert, day(at + 3.2), text)


def _one_relay(
    opener_name: str, closer_name: str, text: str, closer_risk: float, target: str | None = None
) -> World:
    """One relay of a suspect opener's conversation: the closer writes ``text`` to the target."""
    w = World()
    experts = _experts(w, 3)
    if target:
        w.con.execute("UPDATE accounts SET name = ? WHERE id = ?", [target, experts[0]])
    opener = w.account("open1", name=opener_name)
    closer = w.account("close1", name=closer_name)
    _relay(w, opener, closer, experts[0], 0, text)
    find_campaigns(w.con, w.scored({opener: 0.9, closer: closer_risk}))
    return w


def _handoffs(w: World) -> list[str]:
    return [
        r[0] for r in w.con.execute("SELECT detail FROM campaign_evidence WHERE kind = 'handoff'").fetchall()
    ]


def test_handoff_when_the_closer_names_the_opener_once_then_linked() -> None:
    w = World()
    experts = _experts(w, 3)
    opener = w.account("open1", name="Inès Lambert")
    closer = w.account("close1", name="Vivian Zhu")
    _relay(w, opener, closer, experts[0], 0, "Bonjour, je fais suite à votre échange avec Inès.")
    for i, e in enumerate(experts[1:]):  # the opener's other, unrelayed approaches
        w.event("invitation", opener, e, day(10 + i))
    res = find_campaigns(w.con, w.scored({opener: 0.9, closer: 0.4}))  # the closer is a suspect
    assert res.campaign_of.get(opener) == res.campaign_of.get(closer) is not None
    detail = w.con.execute("SELECT detail FROM campaign_evidence WHERE kind = 'handoff'").fetchone()
    assert detail is not None and "naming" in detail[0]


@pytest.mark.parametrize(("relays", "linked"), [(1, False), (3, True)])
def test_handoff_when_the_closer_looks_harmless_then_relays_and_a_naming_are_both_needed(
    relays: int, linked: bool
) -> None:
    """A closer no one suspects is tied only on both kinds of evidence: its tie would be all that
    names it (genuine recruiters met personas' targets by timing, or thanked one "for the intro to
    Claire")."""
    w = World()
    experts = _experts(w, 6)
    opener = w.account("open1", name="Inès Lambert")
    closer = w.account("close1", name="Vivian Zhu")
    for k in range(relays):
        _relay(w, opener, closer, experts[k], 10 * k, "Bonjour, je fais suite à votre échange avec Inès.")
    for i, e in enumerate(experts[relays:]):  # the opener's other, unrelayed approaches
        w.event("invitation", opener, e, day(50 + i))
    res = find_campaigns(w.con, w.scored({opener: 0.9, closer: 0.1}))
    assert (res.evidence_counts.get("handoff", 0) > 0) is linked


@pytest.mark.parametrize(
    ("closer_name", "target_name", "text"),
    [
        (
            "Inès Moreau",
            None,
            "Bonjour, je vous écris au sujet du colloque. Bien à vous, Inès",
        ),  # a signature
        ("Vivian Zhu", "Inès Dupont", "Chère Inès, je vous écris au sujet du colloque."),  # a greeting
        ("Vivian Zhu", "Dr. Inès Dupont", "Chère Inès, je vous écris au sujet du colloque."),  # a title
        ("Vivian Zhu", "Marie-Inès Roux", "Chère Marie-Inès, je vous écris au sujet du colloque."),
    ],
)
def test_handoff_when_the_openers_name_is_the_closers_own_or_the_targets_then_it_names_no_one(
    closer_name: str, target_name: str | None, text: str
) -> None:
    """A blind world tied a genuine conference producer to a persona: both were called Felix. The
    closer is a suspect here, so a naming alone would tie it."""
    assert _handoffs(_one_relay("Inès Lambert", closer_name, text, 0.4, target_name)) == []


def test_handoff_when_a_single_relay_names_no_one_then_not_linked() -> None:
    w = _one_relay("Inès Lambert", "Vivian Zhu", "Bonjour, je travaille sur les petits réacteurs.", 0.9)
    assert _handoffs(w) == []


def test_handoff_when_names_are_missing_or_empty_then_naming_never_matches() -> None:
    w = World()
    experts = _experts(w, 3)
    opener = w.account("open1", name="")
    opener2 = w.account("open2")  # no name at all
    closer = w.account("close1", name="Vivian Zhu")
    _relay(w, opener, closer, experts[0], 0, "Hello , following your exchange with .")
    _relay(w, opener2, closer, experts[1], 20, "Hello, following up on your exchange.")
    res = find_campaigns(w.con, w.scored({opener: 0.9, opener2: 0.9, closer: 0.9}))
    assert res.evidence_counts.get("handoff", 0) == 0


@pytest.mark.parametrize("placeholder", ["LinkedIn Member", "linkedin member", "Deleted user"])
def test_handoff_when_the_opener_shows_a_placeholder_name_then_it_names_no_one(placeholder: str) -> None:
    """A hidden sender is shown as "LinkedIn Member": a blind world tied a genuine recruiter writing
    "I hardly use LinkedIn" to such a persona. The closer is a suspect: a naming alone would tie it."""
    text = "Hola, casi no uso LinkedIn: ¿seguimos por Skype? Deleted soon."
    assert _handoffs(_one_relay(placeholder, "Carlos Navarro", text, 0.4)) == []


def test_handoff_when_the_opener_writes_a_title_then_its_first_name_still_names_it() -> None:
    w = _one_relay(
        "Prof. Inès Lambert", "Vivian Zhu", "Bonjour, je fais suite à votre échange avec Ines.", 0.4
    )
    assert len(_handoffs(w)) == 1 and "naming" in _handoffs(w)[0]


def test_handoff_when_the_openers_first_name_is_under_three_letters_then_it_names_no_one() -> None:
    w = World()
    experts = _experts(w, 3)
    opener = w.account("open1", name="Al Hassan")
    closer = w.account("close1", name="Vivian Zhu")
    # "al" is a word of this text, but a two-letter first name is too common a token to count
    _relay(w, opener, closer, experts[0], 0, "Hello, I write about al fresco dining events.")
    res = find_campaigns(w.con, w.scored({opener: 0.9, closer: 0.9}))
    assert res.evidence_counts.get("handoff", 0) == 0


def _worker(
    w: World,
    aid: str,
    experts: list[str],
    start: float,
    *,
    headline: str,
    channel: str | None,
    days: float = 60,
) -> str:
    a = w.account(aid, headline=headline, employer=f"{aid} Advisory Ltd")
    for i, e in enumerate(experts):
        t = start + days * i / max(len(experts) - 1, 1)
        w.event("invitation", a, e, day(t))
        text = f"Could we continue on {channel}? It is easier." if channel else "Could we have a call?"
        w.event("message", a, e, day(t + 1), text)
    return a


def _alike(w: World) -> list[str]:
    """Four consultants, each on its own quarter of 24 experts, in one wave, all naming Telegram."""
    experts = _experts(w, 24, ("nuclear", "defence", "ai"))
    return [
        _worker(w, f"aged{j}", experts[j::4], j, headline="Senior Consultant", channel="Telegram")
        for j in range(4)
    ]


def test_modus_when_suspicious_loners_work_alike_then_linked_and_judged_on_their_risk() -> None:
    """Working alike ties the group; whether it is reported is the cluster classifier's call.

    Organisers work alike too (on the fitting worlds most groups tied by working alike
    alone were genuine), so the group is one campaign only when the model is near sure
    of its members, not merely past a loose flag line.
    """
    w = World()
    accs = _alike(w)
    res = find_campaigns(w.con, w.scored(dict.fromkeys(accs, 0.9)))
    [group] = res.groups
    assert sorted(group["accounts"]) == sorted(accs) and group["features"]["modus"] == 1.0
    assert group["score"] < 0.5 and res.campaign_of == {}
    res = find_campaigns(w.con, w.scored(dict.fromkeys(accs, 0.99)))
    assert len({res.campaign_of.get(a) for a in accs}) == 1 and accs[0] in res.campaign_of
    assert "modus" in res.rows[0]["evidence"]


def test_modus_when_no_one_in_the_group_is_flagged_then_linked_but_not_reported() -> None:
    """Working alike is weak evidence: a group it ties is named only if the model flags one of them."""
    w = World()
    accs = _alike(w)
    risks = dict.fromkeys(accs, 0.99)
    res = find_campaigns(w.con, w.scored(risks, threshold=0.995))
    assert res.evidence_counts.get("modus", 0) > 0 and res.rows == [] and res.campaign_of == {}
    assert res.groups[0]["score"] >= 0.5  # the classifier would report it: the flag rule stops it
    risks[accs[2]] = 0.996
    res = find_campaigns(w.con, w.scored(risks, threshold=0.995))
    # reported for its flagged member; the others, alike and near-flagged (≥ name_risk), named with it
    assert len(res.rows) == 1 and set(res.campaign_of) == set(accs)
    strict = CampaignParams(name_risk=1.0)  # named only when flagged or tied by a fingerprint
    res = find_campaigns(w.con, w.scored(risks, threshold=0.995), params=strict)
    assert len(res.rows) == 1 and set(res.campaign_of) == {accs[2]}
    assert res.lifted_risk[list(res.account_ids).index(accs[0])] == 0.99


def _alike_two_scripted() -> tuple[World, list[str]]:
    """``_alike``'s four, two of whom also share a long lure script: an operator's fingerprint."""
    w = World()
    accs = _alike(w)
    script = (
        "Our foundation commissions short confidential assessments from senior experts; the fee is "
        "generous and paid abroad, and we would rather continue on Telegram, away from your employer."
    )
    for a, e in ((accs[0], "m00"), (accs[1], "m01")):
        w.event("message", a, e, day(70), script)
    return w, accs


def test_modus_group_names_members_tied_by_a_fingerprint_and_not_the_merely_alike() -> None:
    """A firm's new recruiters work alike; only an operator's fingerprint or a flag names someone."""
    w, accs = _alike_two_scripted()
    risks = dict.fromkeys(accs, 0.9)  # below name_risk: alike is not enough to be named
    risks[accs[0]] = 0.996
    res = find_campaigns(w.con, w.scored(risks, threshold=0.995))
    assert set(res.campaign_of) == {accs[0], accs[1]}
    # Its reasons describe the group of four it judged, and say that two were left unnamed.
    (row,) = res.rows
    assert (
        row["reasons"][-1]
        == "judged as a group of 4 accounts, 2 of them not named for lack of evidence of their own"
    )


def test_lift_when_a_member_reaches_the_operation_only_through_merely_alike_members_then_not_lifted() -> None:
    """Fourth world seed 36: genuine organisers who work alike, grouped beside two personas, reached
    the personas only through each other; one at 0.9877 was lifted over the flag point."""
    members = ["p1", "p2", "alike", "org1", "org2"]
    partners = {"p1": {"p2"}, "p2": {"p1"}}  # a script: an operator's fingerprint
    ties = {  # every tie in the group, any kind
        "p1": {"p2", "alike"},
        "p2": {"p1"},
        "alike": {"p1", "org1"},
        "org1": {"alike", "org2"},
        "org2": {"org1"},
    }
    assert _lifted(members, partners, ties) == ["p1", "p2", "alike"]
    assert _lifted(members, {}, ties) == []


def test_named_when_a_suspect_reaches_the_fingerprinted_members_only_through_others_then_left_out() -> None:
    """The same web: organisers at 0.96-0.988, past ``name_risk`` but under the flag point, were
    named in the personas' campaign; one who works like a persona still is, and so is a flagged one."""
    members = ["p1", "p2", "near", "web1", "web2", "flagged"]
    partners = {"p1": {"p2"}, "p2": {"p1"}}
    ties = {
        "p1": {"p2", "near"},
        "p2": {"p1"},
        "near": {"p1", "web1"},
        "web1": {"near", "web2", "flagged"},
        "web2": {"web1"},
        "flagged": {"web1"},
    }
    risk = {"p1": 0.995, "p2": 0.5, "near": 0.97, "web1": 0.97, "web2": 0.97, "flagged": 0.995}
    got = _named(members, partners, risk, 0.95, flag_at=0.99, ties=ties)
    assert got == ["p1", "p2", "near", "flagged"]
    assert _named(members, partners, risk, 0.95) == members  # without ties: every suspect, as before


def test_modus_group_lifts_the_members_alike_to_a_fingerprinted_one() -> None:
    w, accs = _alike_two_scripted()
    risks = dict.fromkeys(accs, 0.99)  # past name_risk: all four are named
    risks[accs[0]] = 0.996
    res = find_campaigns(w.con, w.scored(risks, threshold=0.995))
    assert set(res.campaign_of) == set(accs)
    lifted = dict(zip(res.account_ids, res.lifted_risk, strict=True))
    assert min(lifted[a] for a in accs[1:]) > 0.99  # each works like the two the script ties


def test_modus_when_periods_are_apart_or_risk_is_moderate_then_not_linked() -> None:
    w = World()
    experts = _experts(w, 24, ("nuclear", "defence"))
    early = _worker(w, "early", experts[0::3], 0, headline="Senior Consultant", channel="Telegram")
    late = _worker(w, "late", experts[1::3], 400, headline="Senior Consultant", channel="Telegram")
    mild = [
        _worker(w, f"mild{j}", experts[2::3], j, headline="Senior Consultant", channel="Telegram")
        for j in range(2)
    ]
    res = find_campaigns(w.con, w.scored({early: 0.9, late: 0.9, mild[0]: 0.5, mild[1]: 0.5}))
    assert res.evidence_counts.get("modus", 0) == 0


def test_modus_when_sectors_and_channels_are_missing_then_never_linked() -> None:
    w = World()
    experts = _experts(w, 20, ("",))
    accs = [_worker(w, f"x{j}", experts[j::4], j, headline="", channel=None) for j in range(4)]
    res = find_campaigns(w.con, w.scored(dict.fromkeys(accs, 0.9)))
    assert res.evidence_counts.get("modus", 0) == 0


def test_modus_when_recruiters_are_vouched_by_firm_colleagues_then_left_out() -> None:
    w = World()
    experts = _experts(w, 24, ("nuclear", "defence"))
    firm = [w.account(f"colleague{j}", employer="Harbour Search") for j in range(2)]
    staff = [
        _worker(w, f"r{j}", experts[j::4], j, headline="Recruiter", channel="WhatsApp") for j in range(4)
    ]
    for s in staff:
        w.con.execute(
            "UPDATE accounts SET positions = ? WHERE id = ?",
            ['[{"title": "Recruiter", "organization": "Harbour Search", "end": null}]', s],
        )
        w.event("connection", s, firm[0], day(-30))
    res = find_campaigns(w.con, w.scored(dict.fromkeys(staff, 0.9)))
    assert res.evidence_counts.get("modus", 0) == 0
    assert not any(len(r["accounts"]) > 1 for r in res.rows)


def test_shared_logo_when_both_are_vouched_colleagues_then_no_photo_link() -> None:
    w = World()
    experts = _experts(w, 6)
    colleague = w.account("colleague", employer="Harbour Search")
    staff = [w.account(f"r{j}", employer="Harbour Search", sha="ab" * 32) for j in range(2)]
    fakes = [w.account(f"f{j}", sha="cd" * 32) for j in range(2)]
    for s in staff:
        w.event("connection", s, colleague, day(-30))
    for i, e in enumerate(experts):
        for x in staff + fakes:
            w.event("invitation", x, e, day(i))
    res = find_campaigns(w.con, w.scored(dict.fromkeys(staff + fakes, 0.7)))
    assert res.campaign_of.get(fakes[0]) == res.campaign_of.get(fakes[1]) is not None
    assert staff[0] not in res.campaign_of or res.campaign_of[staff[0]] != res.campaign_of.get(staff[1])


def _three_relays(b_own: int) -> tuple[World, str, str]:
    """A wrote to 40 experts; three answered A and B wrote to them days later; B wrote to ``b_own`` others."""
    w = World()
    experts = _experts(w, 40 + b_own)
    a = w.account("rec1", name="Anne Muller")
    b = w.account("rec2", name="Omar Green")
    for i, e in enumerate(experts[:40]):
        w.event("invitation", a, e, day(i))
    for i, e in enumerate(experts[40:]):
        w.event("invitation", b, e, day(i))
    for k, e in enumerate(experts[:3]):
        w.event("message", e, a, day(k + 0.5), "Thanks, tell me more.")
        w.event("invitation", b, e, day(k + 2))
    return w, a, b


def test_handoff_when_busy_senders_share_a_few_experts_by_chance_then_not_linked() -> None:
    """Two recruiters each writing to some 40 experts, who met on 3 of them within days, are no relay."""
    w, a, b = _three_relays(b_own=37)
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.evidence_counts.get("handoff", 0) == 0


def test_handoff_when_the_closer_works_the_openers_leads_then_linked() -> None:
    """The same three relays, from a closer whose contacts are mostly the opener's warmed-up leads."""
    w, a, b = _three_relays(b_own=4)
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.campaign_of.get(a) == res.campaign_of.get(b) is not None
    detail = w.con.execute("SELECT detail FROM campaign_evidence WHERE kind = 'handoff'").fetchone()
    assert detail is not None and "43 % of the closer's contacts" in detail[0]


def test_modus_when_an_account_names_two_messengers_equally_then_its_channel_does_not_depend_on_order() -> (
    None
):
    w = World()
    experts = _experts(w, 24, ("nuclear", "defence", "ai"))
    accs = []
    for j, apps in enumerate((("WhatsApp", "WeChat"), ("WeChat", "WhatsApp"))):
        a = w.account(f"aged{j}", headline="Senior Consultant", employer=f"aged{j} Advisory Ltd")
        for i, e in enumerate(experts[j::2]):  # twelve contacts, six naming each messenger
            w.event("invitation", a, e, day(j + 5 * i))
            w.event("message", a, e, day(j + 5 * i + 1), f"Could we continue on {apps[i % 2]}? It is easier.")
        accs.append(a)
    find_campaigns(w.con, w.scored(dict.fromkeys(accs, 0.9)))
    channels = dict(w.con.execute("SELECT src, channel FROM _prof").fetchall())
    assert channels == {accs[0]: "wechat", accs[1]: "wechat"}  # the tie goes by name


def _kinds(w: World) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for a, b, kind in w.con.execute("SELECT a, b, kind FROM campaign_evidence").fetchall():
        out.setdefault(tuple(sorted((a, b))), set()).add(kind)
    return out


def _face_kinds(w: World, experts: list[str], holders: list[str]) -> dict[tuple[str, str], set[str]]:
    """Each holder of a face invites two experts of its own, all are suspects: the evidence kinds per pair."""
    for k, a in enumerate(holders):
        for e in experts[k * 2 : k * 2 + 2]:
            w.event("invitation", a, e, day(k))
    find_campaigns(w.con, w.scored(dict.fromkeys(holders, 0.9)))
    return _kinds(w)


def test_shared_employer_when_others_claimed_it_a_year_before_then_established_not_made_up() -> None:
    """An organisation sees only its own people's connections: a real agency's staff look unconnected."""
    from datetime import UTC, datetime

    w = World()
    experts = _experts(w, 6)
    jan24 = datetime(2024, 1, 10, tzinfo=UTC)
    for firm, first in (("Hays", datetime(2012, 3, 1, tzinfo=UTC)), ("Orion Strategic Forum", jan24)):
        w.account(f"{firm[:4]}-old", employer=firm, created=first)  # its earliest claimant, not a candidate
        for k in range(2):
            a = w.account(f"{firm[:4]}-{k}", employer=firm, created=jan24)
            for e in experts[k * 3 : k * 3 + 3]:
                w.event("invitation", a, e, day(k))
    find_campaigns(w.con, w.scored({"Hays-0": 0.9, "Hays-1": 0.9, "Orio-0": 0.9, "Orio-1": 0.9}))
    kinds = _kinds(w)
    assert "shared_employer" not in kinds.get(("Hays-0", "Hays-1"), set())
    assert "shared_employer" in kinds.get(("Orio-0", "Orio-1"), set())


def test_photo_when_copies_came_a_year_after_the_face_then_its_owner_is_not_tied_to_them() -> None:
    from datetime import UTC, datetime

    w = World()
    experts = _experts(w, 6)
    ph = "a5a5a5a5a5a5a5a5"
    victim = w.account("victim", name="Claire Dubois", phash=ph, created=datetime(2014, 3, 1, tzinfo=UTC))
    copies = [
        w.account(
            f"copy{k}",
            name=f"Claire Dubóis {k}",
            phash=f"{int(ph, 16) ^ (1 << k):016x}",
            created=datetime(2024, 2, 1 + k, tzinfo=UTC),
        )
        for k in range(2)
    ]
    kinds = _face_kinds(w, experts, [victim, *copies])
    assert "photo" in kinds.get(tuple(sorted(copies)), set())
    assert not any("photo" in v for k, v in kinds.items() if victim in k)


@pytest.mark.parametrize(("days_apart", "linked"), [(3, True), (200, False)])
def test_script_when_shared_by_accounts_made_the_same_week_then_linked(days_apart: int, linked: bool) -> None:
    """One shared short script is half a link (genuine recruiters of different firms share some); two
    accounts created within a week and briefed with one script are a batch."""
    w = World()
    experts = _experts(w, 6)
    pair = [w.account("p0", created=day(-40)), w.account("p1", created=day(-40 + days_apart))]
    for k, a in enumerate(pair):
        for i, e in enumerate(experts[k * 3 : k * 3 + 3]):  # no shared target
            w.event("message", a, e, day(k * 10 + i), script(i, BODY_A))
    # suspects, below the level where their way of working is compared (``modus``)
    res = find_campaigns(w.con, w.scored(dict.fromkeys(pair, 0.5)))
    assert _kinds(w).get(("p0", "p1"), set()) >= ({"template", "burst"} if linked else {"template"})
    assert any(set(pair) <= set(g["accounts"]) for g in res.groups) is linked


def test_script_with_burst_when_switched_off_then_half_a_link_again() -> None:
    w = World()
    experts = _experts(w, 6)
    pair = [w.account("p0", created=day(-40)), w.account("p1", created=day(-37))]
    for k, a in enumerate(pair):
        for i, e in enumerate(experts[k * 3 : k * 3 + 3]):
            w.event("message", a, e, day(k * 10 + i), script(i, BODY_A))
    p = CampaignParams()
    off = replace(p, clustering=replace(p.clustering, script_with_burst=False))
    res = find_campaigns(w.con, w.scored(dict.fromkeys(pair, 0.5)), params=off)
    assert not any(set(pair) <= set(g["accounts"]) for g in res.groups)


def test_photo_when_one_name_is_spelled_two_ways_then_the_person_copied_is_not_tied() -> None:
    """An impersonator copies a real programme officer's face and name with an accent changed. Which
    of the two is the copy is not known from the pair, so the pair ties no one; two copies that
    spell the name the same way are one operator's accounts and stay tied."""
    w = World()
    experts = _experts(w, 6)
    ph = "5a5a5a5a5a5a5a5a"
    real = w.account("real", name="Antoine Girard", phash=ph)
    copies = [
        w.account(f"copy{k}", name="Antoiné Girard", phash=f"{int(ph, 16) ^ (1 << k):016x}") for k in range(2)
    ]
    kinds = _face_kinds(w, experts, [real, *copies])
    assert "photo" in kinds.get(tuple(sorted(copies)), set())
    assert not any("photo" in v for k, v in kinds.items() if real in k)


@pytest.mark.parametrize(("staff", "owner"), [(1, False), (2, True)])
def test_photo_when_the_holder_is_connected_to_its_firms_staff_then_it_owns_the_face(
    staff: int, owner: bool
) -> None:
    """An operation put a real engineer's face on its personas, some made years before her account:
    her connections to unsuspected colleagues at the firm she names are a life the copies lack. Her
    copies stay tied to each other even where two of them are further apart than the distance allows
    (each a few bits from her original)."""
    w = World()
    experts = _experts(w, 8)
    ph = "3c3c3c3c3c3c3c3c"
    real = w.account("amy", name="Amy Hall", employer="SAP", phash=ph)
    for j in range(staff):
        w.event("connection", real, w.account(f"sap{j}", employer="SAP"), day(-100 - j))
    copies = [
        w.account(
            f"copy{k}",
            name=f"Persona {k}",
            employer="World Research Congress",
            phash=f"{int(ph, 16) ^ flips:016x}",
        )
        for k, flips in enumerate((0b1111, 0b1111 << 8, 0b1))  # copy0 and copy1 are 8 bits apart
    ]
    kinds = _face_kinds(w, experts, [real, *copies])
    assert "photo" in kinds.get(tuple(sorted(copies[1:])), set())
    # the two copies 8 bits apart: tied directly once the original is no hub between them
    assert ("photo" in kinds.get(tuple(sorted(copies[:2])), set())) is owner
    assert any("photo" in v for k, v in kinds.items() if real in k) is not owner


@pytest.mark.parametrize(("joined_apart_days", "tied"), [(20, True), (700, False)])
def test_employer_claim_when_claimants_joined_years_apart_then_two_hires_not_a_batch(
    joined_apart_days: int, tied: bool
) -> None:
    """Two unlinked claimants of a firm with connected staff are tied as one operation's cover
    only when they joined the platform within a year of each other: a firm hires over years
    (a blind world: three sales reps of one firm, joined 2020–2022, reported as a campaign)."""
    from datetime import UTC, datetime, timedelta

    w = World()
    experts = _experts(w, 6)
    staff = [
        w.account(f"staff{j}", employer="Keysight", created=datetime(2015, 1, 1, tzinfo=UTC))
        for j in range(2)
    ]
    w.event("connection", staff[0], staff[1], day(-400))
    first = datetime(2020, 6, 1, tzinfo=UTC)
    reps = [
        w.account(f"rep{k}", employer="Keysight", created=first + timedelta(days=k * joined_apart_days))
        for k in range(2)
    ]
    for k, a in enumerate(reps):
        for e in experts[k * 3 : k * 3 + 3]:
            w.event("invitation", a, e, day(k))
    find_campaigns(w.con, w.scored(dict.fromkeys(reps, 0.9)))
    assert ("employer" in _kinds(w).get(("rep0", "rep1"), set())) is tied


@pytest.mark.parametrize(("sleepers", "owner"), [(0, True), (2, False)])
def test_photo_when_the_copies_are_vouched_for_elsewhere_then_no_one_owns_the_face(
    sleepers: int, owner: bool
) -> None:
    """An operation's quiet sleepers, too unsuspicious to be candidates, vouched for its personas at
    their invented employer: with the face on accounts vouched for at two employers, who owns it is
    unclear, and no holder is excused (a blind world's seed 44)."""
    w = World()
    experts = _experts(w, 8)
    ph = "3c3c3c3c3c3c3c3c"
    real = w.account("amy", name="Amy Hall", employer="SAP", phash=ph)
    for j in range(2):
        w.event("connection", real, w.account(f"sap{j}", employer="SAP"), day(-100 - j))
    cover = "Pacific Exchange Center"
    quiet = [w.account(f"sleeper{j}", employer=cover) for j in range(sleepers)]
    copies = [
        w.account(f"copy{k}", name=f"Persona {k}", employer=cover, phash=f"{int(ph, 16) ^ (1 << k):016x}")
        for k in range(2)
    ]
    for c in copies:
        for q in quiet:
            w.event("connection", c, q, day(-50))
    assert (
        any("photo" in v for k, v in _face_kinds(w, experts, [real, *copies]).items() if real in k)
        is not owner
    )


@pytest.mark.parametrize(
    ("employer", "same_file", "tied"),
    [("Egon Zehnder", True, False), ("Orion Forum", True, True), ("Egon Zehnder", False, True)],
)
def test_photo_when_claimants_of_a_real_firm_share_one_image_file_then_it_is_its_logo(
    employer: str, same_file: bool, tied: bool
) -> None:
    """A firm's recruiters upload one logo file and, in an organisation's view, need not be connected
    (a blind world reported five of a search firm's recruiters as a campaign). An employer no one
    outside the suspects claims is no real firm, and a re-encoded copy of a face is no logo file:
    both still tie."""
    w = World()
    experts = _experts(w, 8)
    w.account("staff", employer="Egon Zehnder")  # someone outside the suspects works there
    ph = "6b6b6b6b6b6b6b6b"
    holders = [
        w.account(
            f"r{k}",
            name=f"Recruiter {k}",
            employer=employer,
            sha="ab" * 32 if same_file else None,
            phash=None if same_file else f"{int(ph, 16) ^ (1 << k):016x}",
        )
        for k in range(3)
    ]
    kinds = _face_kinds(w, experts, holders)
    assert ("photo" in kinds.get(("r0", "r1"), set())) is tied
