"""Messages that the people written to do not answer.

Catches: personas messaging strangers who mostly ignore them. A reply is a
message from the receiver back to the account after the account first wrote.
Genuine conversations are mostly two-way. Needs volume: a few unanswered notes
are normal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import running_answers


class UnansweredMessages(Signal):
    name: ClassVar[str] = "unanswered_messages"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions",)
    summary: ClassVar[str] = "People messaged and the share who wrote back."
    features: ClassVar[tuple[str, ...]] = ("messaged", "replied", "reply_rate")

    def query(self) -> str:
        return """
        WITH sent AS (
            SELECT src AS account_id, dst AS target, min(ts) AS first_at
            FROM interactions WHERE type = 'message' GROUP BY src, dst
        ),
        back AS (
            SELECT src AS target, dst AS account_id, max(ts) AS last_at
            FROM interactions WHERE type = 'message' GROUP BY src, dst
        ),
        per AS (
            SELECT s.account_id, count(*) AS messaged,
                   count(*) FILTER (WHERE b.last_at >= s.first_at) AS replied
            FROM sent s LEFT JOIN back b USING (account_id, target)
            GROUP BY s.account_id
        )
        SELECT account_id, messaged, replied, replied / messaged AS reply_rate,
               (1 - replied / messaged) * (1 - exp(-messaged / 6.0)) AS score
        FROM per
        """

    def query_asof(self) -> str:
        # A reply is the first message back at or after the account first wrote; silence counts
        # only after the grace period, so a message sent an hour ago is not yet "unanswered".
        pairs = """
        SELECT s.account_id, s.sent, min(b.ts) AS answered_at
        FROM (
            SELECT src AS account_id, dst AS target, min(ts) AS sent
            FROM interactions WHERE type = 'message' GROUP BY src, dst
        ) s
        LEFT JOIN (SELECT src, dst, ts FROM interactions WHERE type = 'message') b
            ON b.src = s.target AND b.dst = s.account_id AND b.ts >= s.sent
        GROUP BY s.account_id, s.target, s.sent
        """
        return f"""
        SELECT account_id, "at", CASE WHEN n = 0 THEN 0.0 ELSE (1 - k / n) * (1 - exp(-n / 6.0)) END AS score
        FROM ({running_answers(pairs)})
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        rate = f.get("reply_rate") or 0.0
        return f"Wrote to {f.get('messaged', 0)} people; {f.get('replied', 0)} ({rate:.0%}) wrote back."
