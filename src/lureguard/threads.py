"""Thread escalation in the store: how far each conversation has walked the lure path.

Why: an approach is spread over many harmless-looking messages — flattery, then a
paid offer, then a move off the platform, then a trip, then requests for
non-public material (DGSI/DGSE note, NCSC). ``lureguard.lure.score_thread`` scores
one conversation in Python; at platform scale the same escalation must be a
relational query, so this module computes it in SQL over ``message_scores``
for every conversation at once, and each message gets the escalation of its
conversation *up to and including it* (an analyst reading a message sees how
far the approach had gone then; later messages never change an earlier one).

A conversation is the ``thread`` id where the source has one, else the pair of
accounts; each sender of a conversation is followed separately (the persona, not
its target, escalates). Stages and the scoring rule are those of
``lureguard.lure.thread``: the longest chain of stages reached in strictly
increasing message order (``_progression``), and ``k ≥ 3`` stages take away
``STEP_DECAY`` of the remaining doubt per step beyond the second, ``k = 2`` a
``TWO_STEP_BONUS`` nudge. The base is the highest ``lure_score`` the sender's
messages in the conversation had so far (the contextual score when the context
stage ran, else the words' score); the Python API re-scores the union of a
thread's cues instead, which a query cannot do.
"""

from __future__ import annotations

from typing import Final

import duckdb

from lureguard.lure.thread import STAGES, STEP_DECAY, TWO_STEP_BONUS
from lureguard.store import has_table

#: Only the first this-many stage-bearing messages of a (conversation, sender) step the
#: recursive chain; later ones keep the state reached there (the chain is at most
#: ``len(STAGES)`` long, and the recursion depth is the longest conversation).
MAX_STEPS: Final = 64

__all__ = [
    "MAX_STEPS",
    "chain_states_sql",
    "stage_names_sql",
    "staged_sql",
    "thread_escalation",
    "thread_select_sql",
    "thread_sql",
]


def _first_max(cols: list[str]) -> str:
    """The first of ``cols`` (stage masks) with the most stages, as Python's ``max(key=len)``."""
    if not cols:
        return "0"
    best = cols[0]
    for c in cols[1:]:
        best = f"(CASE WHEN bit_count({c}) > bit_count({best}) THEN {c} ELSE {best} END)"
    return best


def _step(prev: list[str], mask: str) -> list[str]:
    """Chain masks after one message: stage ``s`` extends the best chain ending before ``s``."""
    out = []
    for s in range(len(STAGES)):
        cand = f"({_first_max(prev[:s])} | {1 << s})"
        out.append(
            f"(CASE WHEN ({mask} & {1 << s}) <> 0 AND bit_count({cand}) > bit_count({prev[s]}) "
            f"THEN {cand} ELSE {prev[s]} END)"
        )
    return out


def _stage_mask() -> str:
    """A message's stage bits from its lure categories (bit ``i`` = ``STAGES[i]``)."""
    return " | ".join(
        f"(CASE WHEN list_has_any(coalesce(ms.categories, []), {sorted(cats)!r}) THEN {1 << i} ELSE 0 END)"
        for i, (_, cats) in enumerate(STAGES)
    )


def _conversation() -> str:
    """The conversation key: the source's thread id, else the unordered pair of accounts."""
    return "coalesce(nullif(trim(i.thread), ''), least(i.src, i.dst) || chr(31) || greatest(i.src, i.dst))"


def staged_sql() -> str:
    """SQL: each (conversation, sender)'s stage-bearing messages, numbered ``rn`` in send order.

    Columns ``conv, src, ts, id, mask, rn``; the first ``MAX_STEPS`` only. What the chain walks,
    whether recursed (``chain_states_sql``) or folded (``lureguard.spark.chain_states_fold``).
    """
    return f"""
    SELECT * FROM (
        SELECT conv, src, ts, id, mask,
               row_number() OVER (PARTITION BY conv, src ORDER BY ts, id) AS rn
        FROM (
            SELECT ms.interaction_id AS id, i.src, i.ts, {_conversation()} AS conv, {_stage_mask()} AS mask
            FROM message_scores ms JOIN interactions i ON i.id = ms.interaction_id
        ) WHERE mask > 0
    ) WHERE rn <= {MAX_STEPS}
    """


def chain_states_sql() -> str:
    """Per (conversation, sender, send time): the stage chain (a bit mask) reached by then.

    Only messages with a stage step the chain; the words' categories decide the
    stages, so the states do not depend on account risk and can feed the account
    signals as well as the thread scores. Columns: ``conv, src, ts, chain``.
    """
    n = len(STAGES)
    b = [f"b{s}" for s in range(n)]
    base_cols = ", ".join(f"{e} AS b{s}" for s, e in enumerate(_step(["0"] * n, "mask")))
    step_cols = ", ".join(f"{e} AS b{s}" for s, e in enumerate(_step([f"c.{x}" for x in b], "s.mask")))
    return f"""
    WITH RECURSIVE staged AS ({staged_sql()}),
    chain AS (
        SELECT conv, src, ts, id, rn, {base_cols} FROM staged WHERE rn = 1
        UNION ALL
        SELECT s.conv, s.src, s.ts, s.id, s.rn, {step_cols}
        FROM chain c JOIN staged s ON s.conv = c.conv AND s.src = c.src AND s.rn = c.rn + 1
    )
    -- one state per send time: messages sent at the same instant are read together
    SELECT conv, src, ts, arg_max({_first_max(b)}, rn) AS chain FROM chain GROUP BY conv, src, ts
    """


def stage_names_sql(mask: str) -> str:
    """SQL: the names of the stages set in the chain ``mask``, in path order."""
    names = ", ".join(
        f"CASE WHEN ({mask} & {1 << i}) <> 0 THEN '{name}' END" for i, (name, _) in enumerate(STAGES)
    )
    return f"list_filter([{names}], x -> x IS NOT NULL)"


def thread_select_sql(has_context: bool, states: str | None = None) -> str:
    """SQL: per message, its conversation's escalation so far (``message_threads``' rows).

    ``states`` is a query giving ``chain_states_sql``'s rows (default: that query itself);
    Spark passes its folded walk instead (``lureguard.spark.spark_message_threads``), and
    the rest is one text for both engines. Each message takes the chain of the latest
    stage-bearing message its sender sent at or before it: the latest such time is found by
    a running window, then joined on, which both engines run (DuckDB's ASOF join, used here
    before, has no Spark counterpart).
    """
    score = "coalesce(c.lure_score, ms.lure_score)" if has_context else "ms.lure_score"
    join = "LEFT JOIN message_context c USING (interaction_id)" if has_context else ""
    return f"""
    WITH msg AS (
        SELECT ms.interaction_id AS id, i.src, i.ts, {_conversation()} AS conv, {score} AS score
        FROM message_scores ms JOIN interactions i ON i.id = ms.interaction_id {join}
    ),
    state AS ({states or chain_states_sql()}),
    running AS (
        SELECT id, conv, src, ts,
               max(score) OVER (PARTITION BY conv, src ORDER BY ts, id ROWS UNBOUNDED PRECEDING) AS base
        FROM msg
    ),
    events AS (
        -- a state sorts before a message sent at the same instant: it was reached by then
        SELECT conv, src, ts, 0 AS kind, CAST(NULL AS VARCHAR) AS id, CAST(NULL AS DOUBLE) AS base FROM state
        UNION ALL
        SELECT conv, src, ts, 1 AS kind, id, base FROM running
    ),
    marked AS (
        SELECT conv, src, kind, id, base,
               max(CASE WHEN kind = 0 THEN ts END) OVER (
                   PARTITION BY conv, src ORDER BY ts, kind ROWS UNBOUNDED PRECEDING
               ) AS state_ts
        FROM events
    ),
    joined AS (
        SELECT m.id, m.base, coalesce(st.chain, 0) AS chain
        FROM marked m LEFT JOIN state st ON st.conv = m.conv AND st.src = m.src AND st.ts = m.state_ts
        WHERE m.kind = 1
    )
    SELECT id AS interaction_id, CAST(bit_count(chain) AS INTEGER) AS thread_steps,
           {stage_names_sql("chain")} AS thread_stages,
           CASE WHEN bit_count(chain) >= 3
                THEN 1 - (1 - base) * pow({STEP_DECAY}, bit_count(chain) - 2)
                WHEN bit_count(chain) = 2 THEN base + (1 - base) * {TWO_STEP_BONUS}
                ELSE base END AS thread_score
    FROM joined
    """


def thread_sql(has_context: bool) -> str:
    """``CREATE TABLE message_threads``: per message, its conversation's escalation so far."""
    return f"CREATE OR REPLACE TABLE message_threads AS {thread_select_sql(has_context)}"


def thread_escalation(con: duckdb.DuckDBPyConnection) -> None:
    """Fill ``message_threads`` (run after the message stage, and after the context stage if any)."""
    has_context = has_table(con, "message_context")
    con.execute(thread_sql(has_context))
