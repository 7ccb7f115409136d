"""Invitations to protected members that are mostly left unanswered.

Catches: a persona casting a wide net — many invitations, few accepted, few
replies. Genuine contacts are usually known to the receiver and accepted. The
score needs volume: a handful of ignored invitations is everyday life.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal


class ColdOutreach(Signal):
    name: ClassVar[str] = "cold_outreach"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "members")
    summary: ClassVar[str] = "Invitations sent to protected members and the share accepted."
    features: ClassVar[tuple[str, ...]] = ("invitations", "accepted", "acceptance")

    def query(self) -> str:
        return """
        WITH inv AS (
            SELECT DISTINCT i.src AS account_id, i.dst AS target
            FROM interactions i JOIN members m ON m.account_id = i.dst
            WHERE i.type = 'invitation'
        ),
        conn AS (
            SELECT src AS a, dst AS b FROM interactions WHERE type = 'connection'
            UNION SELECT dst AS a, src AS b FROM interactions WHERE type = 'connection'
        )
        SELECT account_id, invitations, accepted, accepted / invitations AS acceptance,
               (1 - accepted / invitations) * (1 - exp(-invitations / 10.0)) AS score
        FROM (
            SELECT inv.account_id, count(*) AS invitations, count(conn.a) AS accepted
            FROM inv LEFT JOIN conn ON conn.a = inv.account_id AND conn.b = inv.target
            GROUP BY inv.account_id
        )
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        acc = f.get("acceptance") or 0.0
        return (
            f"Sent {f.get('invitations', 0)} invitations to protected members; "
            f"{f.get('accepted', 0)} ({acc:.0%}) were accepted."
        )
