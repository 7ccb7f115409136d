"""Scan stages: messages judged in context of sender and recipient."""

from __future__ import annotations

from lureguard.stages import contextualise_messages, message_rows
from lureguard.store import connect


def _store_with(risks: dict[str, float]):
    con = connect()
    con.execute("INSERT INTO accounts (id) VALUES ('fake'), ('recruiter'), ('member'), ('outsider')")
    con.execute("INSERT INTO members (account_id) VALUES ('member')")
    con.execute(
        "INSERT INTO interactions (id, type, src, dst, ts, text) VALUES "
        "('a', 'message', 'fake', 'member', '2020-01-01', 'We cover travel.'),"
        "('b', 'message', 'recruiter', 'member', '2020-01-01', 'We cover travel.'),"
        "('c', 'message', 'fake', 'outsider', '2020-01-01', 'We cover travel.')"
    )
    con.execute(
        "CREATE TABLE message_scores (interaction_id VARCHAR, lure_score DOUBLE, categories VARCHAR[], "
        "language VARCHAR, phrases JSON, sponsored BOOLEAN)"
    )
    con.execute(
        "INSERT INTO message_scores VALUES ('a', 0.3, ['paid-travel'], 'en', '[]', false),"
        "('b', 0.3, ['paid-travel'], 'en', '[]', false), ('c', 0.3, ['paid-travel'], 'en', '[]', false)"
    )
    con.execute("CREATE TABLE account_scores (account_id VARCHAR, risk DOUBLE, flagged BOOLEAN)")
    for k, v in risks.items():
        con.execute("INSERT INTO account_scores VALUES (?, ?, ?)", [k, v, v > 0.5])
    return con


def test_message_context_when_same_words_from_persona_to_member_then_higher() -> None:
    con = _store_with({"fake": 0.95, "recruiter": 0.05})
    contextualise_messages(con)
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["a"]["lure_score"] > rows["b"]["lure_score"]
    assert rows["a"]["text_score"] == rows["b"]["text_score"] == 0.3


def test_message_context_when_genuine_sender_then_below_its_words() -> None:
    con = _store_with({"fake": 0.95, "recruiter": 0.05})
    contextualise_messages(con)
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["b"]["lure_score"] < rows["b"]["text_score"]


def test_message_context_when_recipient_not_protected_then_not_an_approach() -> None:
    con = _store_with({"fake": 0.95, "recruiter": 0.05})
    contextualise_messages(con)
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["c"]["lure_score"] < 0.01 < rows["a"]["lure_score"]


def test_message_rows_without_context_use_text_score() -> None:
    con = _store_with({})
    rows = list(message_rows(con))
    assert [r["lure_score"] for r in rows] == [0.3, 0.3, 0.3]
