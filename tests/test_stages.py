"""Scan stages: messages judged in context of their sender."""

from __future__ import annotations

import pytest

from lureguard.stages import contextualise_messages, message_rows
from lureguard.store import connect


def _store_with(risks: dict[str, float]):
    """Two senders with a history (each has invited three people) writing the same words."""
    con = connect()
    con.execute("INSERT INTO accounts (id) VALUES ('fake'), ('recruiter'), ('member'), ('outsider')")
    for src in ("fake", "recruiter"):
        for k in range(3):
            con.execute(
                "INSERT INTO interactions (id, type, src, dst, ts) VALUES (?, 'invitation', ?, ?, '2019-12-01')",
                [f"inv-{src}-{k}", src, f"someone{k}"],
            )
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


def test_message_context_when_recipient_not_protected_then_judged_the_same() -> None:
    """Who receives a lure is exposure; the words and the sender decide whether it is one."""
    con = _store_with({"fake": 0.95, "recruiter": 0.05})
    contextualise_messages(con)
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["c"]["lure_score"] == rows["a"]["lure_score"] > rows["b"]["lure_score"]


def test_message_context_when_no_members_list_then_lures_still_scored() -> None:
    """A platform scanning without members.jsonl must still see a persona's lure."""
    con = _store_with({"fake": 0.99, "recruiter": 0.05})
    con.execute("DELETE FROM members")
    con.execute("UPDATE message_scores SET lure_score = 0.9 WHERE interaction_id = 'a'")
    contextualise_messages(con)
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["a"]["lure_score"] >= 0.5 > rows["b"]["lure_score"]


def test_message_rows_without_context_use_text_score() -> None:
    con = _store_with({})
    rows = list(message_rows(con))
    assert [r["lure_score"] for r in rows] == [0.3, 0.3, 0.3]


def test_message_stage_scores_every_text_as_the_analysis_does_once_per_distinct_text(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from lureguard import stages
    from lureguard.lure import analyze

    lure = "Our client pays all travel costs; let us continue on WhatsApp, keep this between us."
    texts = [
        lure,
        "Hello, nice to meet you at the conference.",
        lure,
        "  ",
        "",
        None,
        "Bonjour, merci !",
        lure,
    ]
    con = connect()
    con.execute("INSERT INTO accounts (id) VALUES ('s'), ('t')")
    for k, text in enumerate(texts):
        typ = "connection" if k == 6 else "message"  # a connection's text is not a message
        con.execute(
            "INSERT INTO interactions (id, type, src, dst, ts, text) VALUES (?, ?, 's', 't', '2020-01-01', ?)",
            [f"i{k}", typ, text],
        )
    seen: list[list[str]] = []

    def spy(batch):  # type: ignore[no-untyped-def]
        seen.append(list(batch))
        return analyze(batch)

    monkeypatch.setattr("lureguard.lure.analyze", spy)
    monkeypatch.setattr(stages, "MESSAGE_BATCH", 1)  # one distinct text per batch: batches must not matter
    stages.prepare_messages(con)
    rows = con.execute(
        "SELECT interaction_id, lure_score, categories, language, phrases, sponsored FROM message_scores "
        "ORDER BY interaction_id"
    ).fetchall()
    assert [r[0] for r in rows] == ["i0", "i1", "i2", "i7"]  # blanks and non-messages left out
    assert sorted(t for b in seen for t in b) == sorted({lure, texts[1]})  # each distinct text analysed once
    for iid, score, cats, lang, phrases, sponsored in rows:
        ref = analyze([texts[int(iid[1:])]])[0]
        assert (score, cats, lang, sponsored) == (
            ref.lure_score,
            list(ref.categories),
            ref.language,
            ref.sponsored,
        )
        assert json.loads(phrases) == [{"category": p.category, "text": p.text} for p in ref.phrases[:8]]
    assert rows[0][2] and rows[0][1] > rows[1][1]


def test_message_context_when_sender_has_no_history_then_its_words_decide() -> None:
    """One message from a new contact: a low risk there means "not known", so it neither damps nor lifts."""
    con = _store_with({"fake": 0.95, "recruiter": 0.02})
    con.execute("DELETE FROM interactions WHERE id LIKE 'inv-recruiter-%'")
    contextualise_messages(con)
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["b"]["lure_score"] == rows["b"]["text_score"] == 0.3
    assert rows["a"]["lure_score"] != rows["a"]["text_score"]


def _quoting_store(reply_first: bool) -> tuple[object, str]:
    """A persona's lure to a member and the member's answer quoting it (or, with ``reply_first``
    False, the quoting message sent before the other side ever wrote)."""
    lure = "All your travel and hotel costs in Shanghai are covered; please keep this between us."
    quoting = "Thanks, I will think about it.\n\n> " + lure.replace("; ", ";\n> ")
    con = connect()
    con.execute("INSERT INTO accounts (id) VALUES ('persona'), ('member')")
    rows = [
        ("m1", "persona", "member", "2024-01-01", lure),
        ("m2", "member", "persona", "2024-01-02", quoting),
    ]
    if not reply_first:
        rows = [("m2", "member", "persona", "2024-01-01", quoting)]
    for iid, src, dst, ts, text in rows:
        con.execute(
            "INSERT INTO interactions (id, type, src, dst, ts, text) VALUES (?, 'message', ?, ?, ?, ?)",
            [iid, src, dst, ts, text],
        )
    return con, quoting


def test_message_stage_when_a_reply_quotes_the_lure_then_only_its_own_words_are_scored() -> None:
    from lureguard import stages
    from lureguard.lure import analyze

    con, _ = _quoting_store(reply_first=True)
    stages.prepare_messages(con)
    cats = dict(con.execute("SELECT interaction_id, categories FROM message_scores").fetchall())  # type: ignore[attr-defined]
    assert {"paid-travel", "secrecy"} <= set(cats["m1"])  # the persona's own message
    assert cats["m2"] == list(analyze(["Thanks, I will think about it."])[0].categories)
    assert not {"paid-travel", "secrecy"} & set(cats["m2"])


def test_message_stage_when_a_first_message_holds_quote_marks_then_scored_whole() -> None:
    from lureguard import stages
    from lureguard.lure import analyze

    con, quoting = _quoting_store(reply_first=False)
    stages.prepare_messages(con)
    (cats,) = con.execute("SELECT categories FROM message_scores WHERE interaction_id = 'm2'").fetchone()  # type: ignore[attr-defined]
    assert cats == list(analyze([quoting])[0].categories) and {"paid-travel", "secrecy"} <= set(cats)


def test_message_rows_when_the_text_model_scored_then_words_are_the_mean_of_both() -> None:
    """The messages' verdict reads both; ``message_scores`` (what the signals read) stays the lexicons'."""
    con = _store_with({"fake": 0.95, "recruiter": 0.05})
    con.execute("CREATE TABLE message_model_scores (interaction_id VARCHAR, model_score DOUBLE)")
    con.execute("INSERT INTO message_model_scores VALUES ('a', 0.9)")
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["a"]["text_score"] == rows["a"]["lure_score"] == 0.6
    assert rows["b"]["text_score"] == 0.3  # no model row: the lexicons' score alone
    contextualise_messages(con)
    rows = {r["interaction_id"]: r for r in message_rows(con)}
    assert rows["a"]["text_score"] == 0.6
    assert rows["a"]["lure_score"] > rows["c"]["lure_score"]  # same sender, same words, no model row
    assert con.execute("SELECT lure_score FROM message_scores WHERE interaction_id = 'a'").fetchone() == (
        0.3,
    )


def test_message_stage_stores_the_text_models_score_of_each_message() -> None:
    from lureguard import stages
    from lureguard.lure.textmodel import default_model

    con, _ = _quoting_store(reply_first=True)
    stages.prepare_messages(con)
    got = dict(con.execute("SELECT interaction_id, model_score FROM message_model_scores").fetchall())  # type: ignore[attr-defined]
    lure = "All your travel and hotel costs in Shanghai are covered; please keep this between us."
    want = default_model().score([lure, "Thanks, I will think about it."])
    assert got == pytest.approx({"m1": want[0], "m2": want[1]})  # a reply: its own words only
