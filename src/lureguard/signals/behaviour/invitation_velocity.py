"""Invitations sent in bursts.

Catches: campaign personas that fire off dozens of connection requests within
days, then go quiet — the "numerous connection requests" of ATT&CK T1585.001.
A genuine person's invitations trickle in over months. The score reads the
busiest seven-day window, and saturates around 25 invitations in a week.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal

#: Windows over microseconds since the epoch, not ``RANGE INTERVAL … PRECEDING`` over TIMESTAMPTZ:
#: that subtracts each bound through ICU's calendar (5.2 s on a million accounts, 1.9 s this way),
#: and in UTC a day is always 86,400 s, so the windows hold the same rows.
_WINDOWED = """
SELECT src AS account_id, ts,
       count(*) OVER (PARTITION BY src ORDER BY epoch_us(ts) RANGE BETWEEN 604800000000 PRECEDING AND CURRENT ROW) AS week,
       count(*) OVER (PARTITION BY src ORDER BY epoch_us(ts) RANGE BETWEEN 86400000000 PRECEDING AND CURRENT ROW) AS day
FROM interactions WHERE type = 'invitation'
"""


class InvitationVelocity(Signal):
    name: ClassVar[str] = "invitation_velocity"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions",)
    summary: ClassVar[str] = "Most invitations sent in any 24 hours and any 7 days."
    features: ClassVar[tuple[str, ...]] = ("invitations", "max_day", "max_week")

    def query(self) -> str:
        return f"""
        SELECT account_id, count(*) AS invitations, max(day) AS max_day, max(week) AS max_week,
               1 - exp(-greatest(max(week) - 3, 0) / 12.0) AS score
        FROM ({_WINDOWED}) GROUP BY account_id
        """

    def query_asof(self) -> str:
        return f"""
        SELECT account_id, "at", score FROM (
            SELECT account_id, ts AS "at",
                   1 - exp(-greatest(max(week) OVER (PARTITION BY account_id ORDER BY ts
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - 3, 0) / 12.0) AS score
            FROM ({_WINDOWED})
        ) QUALIFY score IS DISTINCT FROM lag(score) OVER (PARTITION BY account_id ORDER BY "at")
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        return (
            f"Sent {f.get('invitations', 0)} invitations, up to {f.get('max_week', 0)} in one week "
            f"and {f.get('max_day', 0)} in one day."
        )
