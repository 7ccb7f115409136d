"""Messages that read like the lures public guidance describes.

Catches: the approach itself — paid reports, trips, moving off-platform,
requests for CVs or details (DGSI/DGSE, NCSC/FBI, CPNI). Reads the per-message
scores that the message stage writes to ``message_scores`` and aggregates them
per sender: strongest message, mean, how many look like lures, how many
distinct lure categories. Empty when no message was scored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal

_PER_MESSAGE = """
SELECT i.src AS account_id, i.ts, s.lure_score, s.categories
FROM message_scores s JOIN interactions i ON i.id = s.interaction_id
WHERE s.lure_score IS NOT NULL
"""


class LureMessages(Signal):
    name: ClassVar[str] = "lure_messages"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "message_scores")
    summary: ClassVar[str] = "Lure-like invitations and messages sent (max/mean score, count, categories)."
    features: ClassVar[tuple[str, ...]] = ("messages", "lure_like", "max_lure", "mean_lure", "categories")

    def query(self) -> str:
        return f"""
        SELECT account_id, count(*) AS messages, count(*) FILTER (WHERE lure_score >= 0.5) AS lure_like,
               round(max(lure_score), 4) AS max_lure, round(avg(lure_score), 4) AS mean_lure,
               list_sort(list_distinct(flatten(list(coalesce(categories, []))))) AS categories,
               least(1.0, 0.6 * max(lure_score)
                          + 0.25 * (1 - exp(-count(*) FILTER (WHERE lure_score >= 0.5) / 2.0))
                          + 0.15 * least(array_length(list_distinct(flatten(list(coalesce(categories, []))))) / 3.0, 1))
                   AS score
        FROM ({_PER_MESSAGE}) GROUP BY account_id
        """

    def query_asof(self) -> str:
        # Running max, lure-like count and distinct categories (each counted from the first message
        # that carries it), aggregated per send time first so that simultaneous messages give one row.
        return f"""
        WITH m AS ({_PER_MESSAGE}),
        first_cat AS (
            SELECT account_id, min(ts) AS ts FROM (
                SELECT account_id, ts, unnest(coalesce(categories, [])) AS cat FROM m
            ) WHERE cat IS NOT NULL GROUP BY account_id, cat
        ),
        per_time AS (
            SELECT account_id, ts, max(mx) AS mx, sum(nl) AS nl, sum(nc) AS nc FROM (
                SELECT account_id, ts, max(lure_score) AS mx, count(*) FILTER (WHERE lure_score >= 0.5) AS nl,
                       0 AS nc
                FROM m GROUP BY account_id, ts
                UNION ALL
                SELECT account_id, ts, NULL AS mx, 0 AS nl, count(*) AS nc FROM first_cat GROUP BY account_id, ts
            ) GROUP BY account_id, ts
        )
        SELECT account_id, "at", score FROM (
            SELECT account_id, ts AS "at",
                   least(1.0, 0.6 * max(mx) OVER w + 0.25 * (1 - exp(-sum(nl) OVER w / 2.0))
                              + 0.15 * least(sum(nc) OVER w / 3.0, 1)) AS score
            FROM per_time WINDOW w AS (PARTITION BY account_id ORDER BY ts)
        ) QUALIFY score IS DISTINCT FROM lag(score) OVER (PARTITION BY account_id ORDER BY "at")
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        cats = f.get("categories") or []
        text = (
            f"{f.get('lure_like', 0)} of its {f.get('messages', 0)} scored messages read like lures "
            f"(strongest {f.get('max_lure') or 0:.2f})"
        )
        return text + (f"; themes: {', '.join(map(str, cats))}." if cats else ".")
