"""Shared off-platform contacts, stock phrases versus scripts, and accounts Leiden would leave alone."""

from __future__ import annotations

import json

import pytest

from lureguard.campaigns import CampaignParams, find_campaigns
from lureguard.campaigns._cluster import ClusterParams, cluster
from tests.campaigns._world import World, day


def _experts(w: World, n: int) -> list[str]:
    return [w.member(f"m{i:02d}", org=f"Org{i % 3}", sector="nuclear") for i in range(n)]


def _write(w: World, src: str, experts: list[str], texts: list[str], start: float = 0) -> None:
    for i, e in enumerate(experts):
        w.event("invitation", src, e, day(start + i))
        for k, t in enumerate(texts):
            w.event("message", src, e, day(start + i + 1 + k), t)


def _one_address(w: World) -> tuple[list[str], str, str]:
    """Two personas giving the same personal address to three experts each."""
    experts = _experts(w, 6)
    a = w.account("pa", sha="aa" * 32)
    b = w.account("pb", sha="bb" * 32)
    _write(w, a, experts[:3], ["Could we continue by email? Mine is Li.Wei88@Gmail.com."])
    _write(w, b, experts[3:], ["Write to me privately: li.wei88@gmail.com, it is easier."], start=20)
    return experts, a, b


def test_contact_when_two_personas_give_the_same_personal_address_then_one_campaign() -> None:
    w = World()
    _, a, b = _one_address(w)
    res = find_campaigns(w.con, w.scored({a: 0.7, b: 0.7}))
    assert res.campaign_of.get(a) == res.campaign_of.get(b) is not None
    assert "contact" in res.rows[0]["evidence"]


def test_contact_when_phone_or_messenger_id_is_written_differently_then_still_matched() -> None:
    w = World()
    experts = _experts(w, 4)
    a, b, c, d = (w.account(x) for x in ("pa", "pb", "pc", "pd"))
    _write(w, a, experts[:2], ["Call me on +33 6 12 34 56 78 this week."])
    _write(w, b, experts[2:], ["My number: +33 612 345 678"])
    _write(w, c, experts[:2], ["Add me on WeChat: @Mr_Zhang2018 please."], start=40)
    _write(w, d, experts[2:], ["wechat ID: mr_zhang2018"], start=40)
    find_campaigns(w.con, w.scored(dict.fromkeys((a, b, c, d), 0.7)))
    pairs = set(w.con.execute("SELECT a, b FROM campaign_evidence WHERE kind = 'contact'").fetchall())
    assert pairs == {("pa", "pb"), ("pc", "pd")}


def test_contact_when_value_is_empty_generic_or_not_a_contact_then_never_linked() -> None:
    w = World()
    experts = _experts(w, 4)
    accs = [w.account(f"p{j}") for j in range(4)]
    for j, acc in enumerate(accs):
        _write(
            w,
            acc,
            experts,
            [
                "Please register with info@summit-energy.org or events@summit-energy.org.",
                "Let's talk on WhatsApp: ",  # the handle is missing
                "WhatsApp is easier for me.",  # a messenger named, no ID given
                "The meeting is on 2018-03-01 at 10:00, from 2017 - 2019 figures.",
                "My WeChat:   ",
            ],
            start=j,
        )
    res = find_campaigns(w.con, w.scored(dict.fromkeys(accs, 0.7)))
    assert res.evidence_counts.get("contact", 0) == 0


def test_contact_when_an_ordinary_account_wrote_the_same_address_then_not_evidence() -> None:
    w = World()
    experts = _experts(w, 4)
    a, b = w.account("pa"), w.account("pb")
    # the target's own address, quoted back to it by two different approachers
    w.event("message", experts[0], a, day(0), "Sure, my address is j.dupont@org0.fr")
    _write(w, a, experts[:1], ["Thanks, I will write to j.dupont@org0.fr tomorrow."], start=1)
    _write(w, b, experts[:1], ["Noted: j.dupont@org0.fr, expect my paper."], start=5)
    res = find_campaigns(w.con, w.scored({a: 0.7, b: 0.7}))
    assert res.evidence_counts.get("contact", 0) == 0


def test_template_when_only_a_stock_sentence_with_different_slots_is_shared_then_not_linked() -> None:
    w = World()
    experts = _experts(w, 6)
    # German capitalises nouns, so folding leaves the same skeleton for every filled-in field
    stock = "Guten Tag {n}, Sie gehören offensichtlich zu den angesehensten Fachleuten für {f}."
    fields = ["Strahlenschutz", "digitale Verwaltung", "strategische Planung"]
    a, b = w.account("pa"), w.account("pb")
    for k, f in enumerate(fields):
        w.event("message", a, experts[k], day(k), stock.format(n="Jonas", f=f))
        w.event(
            "message", b, experts[3 + k], day(k), stock.format(n="Anna", f=f) if k else stock[13:].format(f=f)
        )
    find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    got = w.con.execute("SELECT weight, detail FROM campaign_evidence WHERE kind = 'template'").fetchall()
    assert got and all(weight < 0.5 and detail.startswith("1 ") for weight, detail in got)


def _two_scripts(s1: str, s2: str, score: float | None = None) -> tuple[World, str, str]:
    """Two personas each sending the same two texts (``{n}``: the greeting's name) to two experts.

    ``score``: the words' lure score stored for every message (None: never scored).
    """
    w = World()
    experts = _experts(w, 4)
    a, b = w.account("pa"), w.account("pb")
    for k, (src, n) in enumerate(((a, "Alice"), (b, "Bruno"))):
        for j, text in enumerate((s1, s2)):
            iid = w.event("message", src, experts[2 * k + j], day(3 * k + j), text.format(n=n))
            if score is not None:
                w.con.execute("INSERT INTO message_scores VALUES (?, ?, [], 'en', '[]')", [iid, score])
    return w, a, b


def test_template_when_two_distinct_scripts_are_shared_then_linked() -> None:
    w, a, b = _two_scripts(
        "Dear {n}, our consultancy prepares short expert reports for a client in Asia, well paid.",
        "Dear {n}, we would cover your trip to present the findings to our client next month.",
    )
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.campaign_of.get(a) == res.campaign_of.get(b) is not None


_LONG_LURE = (
    "Dear {n}, our consultancy prepares short confidential reports for a client in Asia who follows "
    "your field closely; a few pages would be enough and the fee would be generous for a few hours of work."
)


def _one_script(cats: list[str] | None, text: str = _LONG_LURE) -> tuple[World, str, str]:
    w = World()
    experts = _experts(w, 4)
    a, b = w.account("pa"), w.account("pb")
    for k, (src, n) in enumerate(((a, "Alice"), (b, "Bruno"))):
        for j in range(2):
            w.event("message", src, experts[2 * k + j], day(3 * k + j), text.format(n=n), cats=cats)
    return w, a, b


def test_template_when_one_long_lure_script_is_shared_then_linked() -> None:
    w, a, b = _one_script(["paid-work"])
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.campaign_of.get(a) == res.campaign_of.get(b) is not None
    assert w.con.execute("SELECT weight FROM campaign_evidence WHERE kind = 'template'").fetchall() == [
        (0.5,)
    ]


def test_template_when_the_one_long_script_is_no_lure_then_not_enough() -> None:
    w, a, b = _one_script(None)  # never scored as a lure (a recruiter's or an organiser's long note)
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.campaign_of.get(a) is None
    assert w.con.execute("SELECT weight FROM campaign_evidence WHERE kind = 'template'").fetchall() == [
        (0.25,)
    ]


def test_template_when_the_one_lure_script_is_short_then_not_enough() -> None:
    w, a, b = _one_script(["paid-work"], "Dear {n}, a client in Asia would pay well for a short report.")
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.campaign_of.get(a) is None


def test_modus_when_a_long_lone_persona_meets_a_short_wave_then_not_linked() -> None:
    w = World()
    experts = _experts(w, 24)
    wave = w.account("wave", headline="Senior Consultant")
    lone = w.account("lone", headline="Senior Consultant")
    for i, e in enumerate(experts[:8]):  # two months
        w.event("message", wave, e, day(200 + 8 * i), "Could we continue on Telegram? It is easier.")
    for i, e in enumerate(experts[8:]):  # eighteen months around it
        w.event("message", lone, e, day(34 * i), "Could we continue on Telegram? It is easier.")
    res = find_campaigns(w.con, w.scored({wave: 0.9, lone: 0.9}))
    assert res.evidence_counts.get("modus", 0) == 0


def test_modus_when_cover_stories_differ_then_not_linked() -> None:
    w = World()
    experts = _experts(w, 12)
    a = w.account("fellow", headline="Senior Fellow at a Policy Institute")
    b = w.account("hunter", headline="Senior Recruiter at Keystone Search")
    for i, e in enumerate(experts):
        w.event("message", a if i % 2 else b, e, day(i), "Could we continue on Telegram? It is easier.")
    for i, e in enumerate(experts):
        w.event("message", b if i % 2 else a, e, day(i + 0.5), "Could we continue on Telegram? It is easier.")
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.evidence_counts.get("modus", 0) == 0


def test_cluster_when_leiden_isolates_a_linked_account_then_it_joins_its_neighbours() -> None:
    big = [f"a{i}" for i in range(20)]
    edges = [(x, y, 3.0) for i, x in enumerate(big) for y in big[i + 1 :]]
    edges.append(("a0", "straggler", 0.6))  # one good link to a large, dense campaign
    groups = cluster(edges, ClusterParams())
    assert [g for g in groups if "straggler" in g] == [sorted([*big, "straggler"])]


def _firm_scripts(real_firm: bool) -> tuple[World, str, str]:
    """Two unconnected recruiters claiming one employer send its two house scripts."""
    w = World()
    experts = _experts(w, 4)
    s1 = "Dear {n}, our firm is retained on a confidential search for a head of reactor safety."
    s2 = "Dear {n}, the mandate includes relocation support; could we arrange a call next week?"
    a = w.account("rec1", employer="Sterling Search")
    b = w.account("rec2", employer="Sterling Search")
    if real_firm:  # two ordinary staff of the firm, connected: the firm exists beyond the two
        s, t = (
            w.account("staff1", employer="Sterling Search"),
            w.account("staff2", employer="Sterling Search"),
        )
        w.event("connection", s, t, day(-100))
    for k, (src, n) in enumerate(((a, "Alice"), (b, "Bruno"))):
        w.event("message", src, experts[2 * k], day(k), s1.format(n=n))
        w.event("message", src, experts[2 * k + 1], day(k + 3), s2.format(n=n))
    return w, a, b


def test_template_when_two_staff_of_a_real_firm_send_its_scripts_then_not_evidence() -> None:
    w, a, b = _firm_scripts(real_firm=True)
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.evidence_counts.get("template", 0) == 0


def test_template_when_the_shared_employer_has_no_staff_beyond_them_then_still_evidence() -> None:
    w, a, b = _firm_scripts(real_firm=False)
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.evidence_counts.get("template", 0) == 1


def test_sponsored_when_raw_spells_the_key_any_way_then_same_answer_as_reading_the_json() -> None:
    import duckdb

    from lureguard.campaigns._evidence import sponsored

    raws = [
        None,
        "{}",
        '{"sponsored": true}',
        '{"sponsored": "1"}',
        '{"sponsored": false}',
        '{"sp\\u006fnsored": true}',  # the key written with an escape: still the key
        '{"note": "sponsored content", "x": 1}',  # the word, not the key
        '{"\\u0073ponsored": "true", "a": "\\u00e9"}',
    ]
    con = duckdb.connect()
    con.execute("CREATE TABLE t (k INTEGER, raw JSON)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(raws)))
    got = con.execute(f"SELECT k FROM t WHERE {sponsored('raw')} ORDER BY k").fetchall()
    plain = con.execute(
        "SELECT k FROM t WHERE coalesce(json_extract_string(raw, '$.sponsored'), 'false') IN ('true', '1') ORDER BY k"
    ).fetchall()
    assert got == plain == [(2,), (3,), (5,), (7,)]


def _two_nudges(score: float) -> tuple[World, str, str]:
    """Two personas sending the same two follow-up lines, their words scored ``score``."""
    return _two_scripts(
        "Dear {n}, just following up on my previous message, did you have a chance to think about it?",
        "Dear {n}, I am writing again in case my last message got lost somewhere in your inbox.",
        score,
    )


def test_template_when_the_shared_lines_carry_no_lure_cue_then_not_evidence() -> None:
    """Follow-up nudges are what every sender writes; an operator's script is its pitch."""
    w, a, b = _two_nudges(0.05)
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.evidence_counts.get("template", 0) == 0 and res.campaign_of.get(a) is None


def test_template_when_the_same_lines_carry_a_cue_then_linked() -> None:
    w, a, b = _two_nudges(0.2)
    res = find_campaigns(w.con, w.scored({a: 0.9, b: 0.9}))
    assert res.campaign_of.get(a) == res.campaign_of.get(b) is not None


def test_campaign_when_no_members_list_then_reach_is_everyone_contacted() -> None:
    """members.jsonl is optional: a platform protects every account, and still sees the campaign."""
    w = World()
    experts, a, b = _one_address(w)
    w.con.execute("DELETE FROM members")
    res = find_campaigns(w.con, w.scored({a: 0.7, b: 0.7}))
    assert res.campaign_of.get(a) == res.campaign_of.get(b) is not None
    assert sorted(res.rows[0]["targets"]) == sorted(experts)


ASK_CV = "Could you send me your updated CV, with the projects you have worked on and your clearance level?"
ASK_DRAFT = (
    "Even an internal draft of the roadmap slides would help; it will not leave our small team, I promise."
)
SIGNED = (
    "Hope the week is going well on your side. Kind regards, Laura Reid, Senior Scientist, M: +66 892 5780741"
)


def _send(w: World, src: str, expert: str, at: float, text: str, phrases: list[tuple[str, str]]) -> None:
    iid = w.event("message", src, expert, day(at), text)
    cats = sorted({c for c, _ in phrases})
    w.con.execute(
        "INSERT INTO message_scores VALUES (?, 0.4, ?, 'en', ?)",
        [iid, cats, json.dumps([{"category": c, "text": t} for c, t in phrases])],
    )


PITCH = {
    ASK_CV: [("information-request", "Could you send")],
    ASK_DRAFT: [("secrecy", "will not leave our small team")],
    SIGNED: [("personal-contact", "+66 892 5780741")],
}


def _playbook(scripts: dict[str, list[str]], risk: dict[str, float], **params: int) -> dict[str, str]:
    """Each account sends its scripts to three experts of its own; returns who is in which campaign."""
    w = World()
    for j, (acc, texts) in enumerate(scripts.items()):
        w.account(acc)
        for i in range(3):
            e = w.member(f"m{j}{i}", org=f"Org{i}", sector="semiconductors")
            w.event("invitation", acc, e, day(10 * j + i))
            for k, t in enumerate(texts):
                _send(w, acc, e, 10 * j + i + 1 + k, f"Dear {'ABC'[i]}x, {t}", PITCH[t])
    res = find_campaigns(w.con, w.scored(risk), params=CampaignParams(**params))
    return res.campaign_of


def test_script_pull_when_a_quiet_persona_sends_two_of_the_flagged_ones_scripts_then_in_their_campaign() -> (
    None
):
    """A blind world's operation: 34 headhunters with one set of lines, 3 flagged, 31 at about 0.001,
    and those never joined the campaign the three formed."""
    scripts = {"f1": [ASK_CV, ASK_DRAFT], "f2": [ASK_CV, ASK_DRAFT], "quiet": [ASK_CV, ASK_DRAFT]}
    risk = {"f1": 0.9, "f2": 0.9, "quiet": 0.001}
    got = _playbook(scripts, risk)
    assert got.get("quiet") == got.get("f1") == got.get("f2") is not None
    assert "quiet" not in _playbook(scripts, risk, script_pull_scripts=0)


@pytest.mark.parametrize(
    ("scripts", "risk"),
    [
        # one shared line is a coincidence, not a playbook
        ({"f1": [ASK_CV, ASK_DRAFT], "f2": [ASK_CV, ASK_DRAFT], "quiet": [ASK_CV]}, {"f1": 0.9, "f2": 0.9}),
        # only one flagged account sends the scripts (it may be a genuine account flagged wrongly)
        ({"f1": [ASK_CV, ASK_DRAFT], "f2": [ASK_CV, ASK_DRAFT], "quiet": [ASK_CV, ASK_DRAFT]}, {"f1": 0.9}),
        # a greeting signed with a phone number carries no pitch
        ({"f1": [SIGNED, ASK_CV], "f2": [SIGNED, ASK_CV], "quiet": [SIGNED, ASK_CV]}, {"f1": 0.9, "f2": 0.9}),
    ],
    ids=["one-script", "one-flagged", "signature"],
)
def test_script_pull_when_less_than_a_playbook_is_shared_then_the_quiet_account_stays_out(
    scripts: dict[str, list[str]], risk: dict[str, float]
) -> None:
    assert "quiet" not in _playbook(scripts, {"quiet": 0.001, **risk})
