"""Conversations in which the account walked the published lure path, step by step, in order.

Catches: the approach the DGSI/DGSE note, NCSC and CPNI describe — flattery, then
a paid offer, then a move off the platform, then a trip, then requests for
non-public material — spread over several harmless-looking messages to one
person. Genuine recruiters also flatter and then ask for a call (two steps), and
organisers lead with the trip they pay for; walking three or more of these steps,
in this order, across separate messages to the same person is the persona's
pattern. Reads the words' categories only (``message_scores``), never the
sender's risk, so it cannot feed back on itself. The chains are the thread
stage's (``lureguard.threads.chain_states_sql``): a message only extends a chain
begun by an earlier message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

from lureguard.signals.base import Signal
from lureguard.threads import chain_states_sql, stage_names_sql

#: Steps in order that make a conversation count as walking the path.
MIN_STEPS = 3


#: Orders chains by length, then by mask: two equally long chains of one account (in different
#: conversations) must not be picked by chance, or the written reason changes from run to run.
_LONGEST: Final = "bit_count(chain)::BIGINT * 64 + chain"


def _score(longest: str, escalated: str) -> str:
    """Three steps 0.6, four 0.8, five 0.9; each further such conversation takes 40 % of the doubt left."""
    return f"1 - 0.4 * pow(0.5, {longest} - {MIN_STEPS}) * pow(0.6, greatest({escalated} - 1, 0))"


class LurePath(Signal):
    name: ClassVar[str] = "lure_path"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "message_scores")
    summary: ClassVar[str] = (
        "Conversations where the account's messages walked three or more lure steps in order "
        "(flattery, paid offer, off-platform, trip, elicitation)."
    )
    features: ClassVar[tuple[str, ...]] = ("escalated", "conversations", "longest", "path")

    def query(self) -> str:
        return f"""
        WITH st AS ({chain_states_sql()}),
        per_conv AS (SELECT src, conv, arg_max(chain, {_LONGEST}) AS chain FROM st GROUP BY src, conv)
        SELECT src AS account_id,
               count(*) FILTER (WHERE bit_count(chain) >= {MIN_STEPS}) AS escalated,
               count(*) AS conversations,
               max(bit_count(chain))::INTEGER AS longest,
               {stage_names_sql(f"arg_max(chain, {_LONGEST})")} AS path,
               {_score("max(bit_count(chain))", f"count(*) FILTER (WHERE bit_count(chain) >= {MIN_STEPS})")}
                   AS score
        FROM per_conv GROUP BY src
        HAVING max(bit_count(chain)) >= {MIN_STEPS}
        """

    def query_asof(self) -> str:
        # A conversation counts from the send time its chain reached MIN_STEPS; the longest chain is a
        # running maximum. Both only grow with later messages, and a chain state at a time reads only
        # messages sent up to then.
        return f"""
        WITH st AS ({chain_states_sql()}),
        s3 AS (SELECT src, conv, ts, bit_count(chain) AS steps FROM st WHERE bit_count(chain) >= {MIN_STEPS}),
        reached AS (SELECT src, min(ts) AS ts FROM s3 GROUP BY src, conv),
        per_time AS (
            SELECT src, ts, max(mx) AS mx, sum(added) AS added FROM (
                SELECT src, ts, max(steps) AS mx, 0 AS added FROM s3 GROUP BY src, ts
                UNION ALL
                SELECT src, ts, NULL AS mx, count(*) AS added FROM reached GROUP BY src, ts
            ) GROUP BY src, ts
        )
        SELECT account_id, "at", score FROM (
            SELECT src AS account_id, ts AS "at",
                   {_score("max(mx) OVER w", "sum(added) OVER w")} AS score
            FROM per_time WINDOW w AS (PARTITION BY src ORDER BY ts)
        ) QUALIFY score IS DISTINCT FROM lag(score) OVER (PARTITION BY account_id ORDER BY "at")
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        path = f.get("path") or []
        n = f.get("escalated", 0)
        return (
            f"In {n} of its {f.get('conversations', 0)} conversation(s) with lure themes, its messages "
            f"walked the lure path step by step (longest: {' → '.join(map(str, path))})."
        )
