"""Thread escalation in SQL (``lureguard.threads``) against the Python reference (``lure.thread``)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from lureguard.lure.thread import STAGES, _progression
from lureguard.stages import message_lines, message_rows
from lureguard.store import connect
from lureguard.threads import thread_escalation

STAGE_CATS = [
    sorted(c)[0] for _, c in STAGES
]  # flattery, paid-work, off-platform, paid-travel, information-request


def _store(msgs: list[tuple[str, str, str, str, float, list[str], str | None]]) -> Any:
    """``(id, src, dst, ts, text_score, categories, thread)`` rows in a fresh store."""
    con = connect()
    accounts = sorted({m[1] for m in msgs} | {m[2] for m in msgs})
    con.executemany("INSERT INTO accounts (id) VALUES (?)", [[a] for a in accounts])
    con.executemany(
        "INSERT INTO interactions (id, type, src, dst, ts, text, thread) VALUES (?, 'message', ?, ?, ?, 'x', ?)",
        [[m[0], m[1], m[2], m[3], m[6]] for m in msgs],
    )
    con.execute(
        "CREATE TABLE message_scores (interaction_id VARCHAR, lure_score DOUBLE, categories VARCHAR[], "
        "language VARCHAR, phrases JSON, sponsored BOOLEAN)"
    )
    con.executemany(
        "INSERT INTO message_scores VALUES (?, ?, ?, 'en', '[]', false)", [[m[0], m[4], m[5]] for m in msgs]
    )
    thread_escalation(con)
    return con


def _threads(con: Any) -> dict[str, tuple[int, list[str], float]]:
    return {
        r[0]: (r[1], list(r[2]), r[3])
        for r in con.execute(
            "SELECT interaction_id, thread_steps, thread_stages, thread_score FROM message_threads"
        ).fetchall()
    }


def _day(d: int) -> str:
    return f"2020-01-{d:02d} 10:00:00"


def test_ordered_escalation_scores_above_every_single_message() -> None:
    cats = [["flattery"], ["paid-work"], ["off-platform"], ["paid-travel"]]
    con = _store([(f"m{i}", "p", "t", _day(i + 1), 0.4, c, None) for i, c in enumerate(cats)])
    got = _threads(con)
    assert [got[f"m{i}"][0] for i in range(4)] == [1, 2, 3, 4]
    assert got["m3"][1] == ["flattery", "paid-offer", "off-platform", "trip"]
    assert got["m3"][2] > got["m2"][2] > got["m1"][2] > 0.4  # each step raises the thread above its messages
    assert got["m0"][2] == pytest.approx(0.4)  # one stage: the message itself


def test_same_stages_in_reverse_order_do_not_escalate() -> None:
    cats = [["paid-travel"], ["off-platform"], ["paid-work"], ["flattery"]]
    con = _store([(f"m{i}", "p", "t", _day(i + 1), 0.4, c, None) for i, c in enumerate(cats)])
    got = _threads(con)
    assert max(v[0] for v in got.values()) == 1
    assert got["m3"][2] == pytest.approx(0.4)


def test_all_stages_in_one_message_count_once() -> None:
    con = _store([("m0", "p", "t", _day(1), 0.5, STAGE_CATS, None)])
    assert _threads(con)["m0"][0] == 1  # a chain needs strictly later messages


def test_each_sender_of_a_conversation_is_followed_alone() -> None:
    # p flatters, the target answers with a paid offer of its own: no escalation by anyone
    con = _store(
        [
            ("m0", "p", "t", _day(1), 0.3, ["flattery"], None),
            ("m1", "t", "p", _day(2), 0.3, ["paid-work"], None),
            ("m2", "p", "t", _day(3), 0.3, ["off-platform"], None),
        ]
    )
    got = _threads(con)
    assert got["m2"][1] == ["flattery", "off-platform"]
    assert got["m1"][0] == 1


def test_thread_id_separates_conversations_of_one_pair() -> None:
    con = _store(
        [
            ("m0", "p", "t", _day(1), 0.3, ["flattery"], "th-1"),
            ("m1", "p", "t", _day(2), 0.3, ["paid-work"], "th-2"),
            ("m2", "p", "t", _day(3), 0.3, ["off-platform"], "th-2"),
        ]
    )
    got = _threads(con)
    assert got["m2"][1] == ["paid-offer", "off-platform"]


def test_later_message_never_changes_an_earlier_row() -> None:
    rows = [
        ("m0", "p", "t", _day(1), 0.3, ["flattery"], None),
        ("m1", "p", "t", _day(2), 0.3, ["paid-work"], None),
    ]
    before = _threads(_store(rows))
    after = _threads(_store([*rows, ("m2", "p", "t", _day(3), 0.99, ["off-platform", "paid-travel"], None)]))
    assert {k: after[k] for k in before} == before
    assert after["m2"][0] == 3


def test_matches_python_reference_on_random_conversations() -> None:
    rnd = random.Random(5)
    msgs = []
    for c in range(60):
        src, dst = f"s{c % 7}", f"t{c}"
        for k in range(rnd.randint(1, 9)):
            cats = rnd.sample([*STAGE_CATS, "urgency", "job-offer"], rnd.randint(0, 3))
            msgs.append((f"c{c}-{k}", src, dst, _day(k + 1), round(rnd.random(), 3), cats, None))
    got = _threads(_store(msgs))
    for c in range(60):
        conv = [m for m in msgs if m[2] == f"t{c}"]
        sets = []
        for m in conv:
            sets.append({i for i, (_, cats) in enumerate(STAGES) if cats & set(m[5])})
            chain = _progression(sets)
            assert got[m[0]][1] == [STAGES[s][0] for _, s in chain], m[0]
            base = max(x[4] for x in conv[: len(sets)])
            k = len(chain)
            want = 1 - (1 - base) * 0.6 ** (k - 2) if k >= 3 else base + (1 - base) * 0.1 if k == 2 else base
            assert got[m[0]][2] == pytest.approx(want), m[0]


def test_message_files_carry_the_thread_fields() -> None:
    con = _store(
        [
            ("m0", "p", "t", _day(1), 0.3, ["flattery"], None),
            ("m1", "p", "t", _day(2), 0.3, ["paid-work"], None),
        ]
    )
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["m1"]["thread_stages"] == ["flattery", "paid-offer"]
    assert rows["m1"]["thread_score"] > rows["m1"]["lure_score"]
    assert len(list(message_lines(con))) == 2


def test_report_lists_escalated_conversations_and_escapes_the_sender(tmp_path: Any) -> None:
    from lureguard.report import report_data, write_report

    cats = [["flattery"], ["paid-work"], ["off-platform"]]
    con = _store([(f"m{i}", "p", "t", _day(i + 1), 0.4, c, None) for i, c in enumerate(cats)])
    con.execute("UPDATE accounts SET name = '<img src=x onerror=alert(1)>' WHERE id = 'p'")
    con.execute("INSERT INTO members (account_id, organization, sector) VALUES ('t', 'Org', 'nuclear')")
    con.execute("CREATE TABLE account_scores (account_id VARCHAR, risk DOUBLE, flagged BOOLEAN)")
    rows = report_data(con, [])["escalated"]
    assert [(r["sender"], r["recipient"], r["steps"], r["member"]) for r in rows] == [("p", "t", 3, True)]
    assert rows[0]["stages"] == ["flattery", "paid-offer", "off-platform"]
    html = write_report(con, tmp_path / "report.html", campaigns=[], source="test").read_text(
        encoding="utf-8"
    )
    assert "flattery → paid-offer → off-platform" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html
