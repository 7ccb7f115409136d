"""Invitations to protected members that are mostly left unanswered.

Catches: a persona casting a wide net — many invitations, few accepted, few
replies. Genuine contacts are usually known to the receiver and accepted. The
score needs volume: a handful of ignored invitations is everyday life.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONNECTED_AT, running_answers
from lureguard.signals.profile._views import CONNECTED


class ColdOutreach(Signal):
    name: ClassVar[str] = "cold_outreach"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "members")
    views: ClassVar[tuple[str, ...]] = ("connected_pairs", "connected_since")
    summary: ClassVar[str] = "Invitations sent to protected members and the share accepted."
    features: ClassVar[tuple[str, ...]] = ("invitations", "accepted", "acceptance")

    def query(self) -> str:
        return f"""
        WITH inv AS (
            SELECT DISTINCT i.src AS account_id, i.dst AS target
            FROM interactions i JOIN members m ON m.account_id = i.dst
            WHERE i.type = 'invitation'
        ),
        conn AS ({CONNECTED})
        SELECT account_id, invitations, accepted, accepted / invitations AS acceptance,
               (1 - accepted / invitations) * (1 - exp(-invitations / 10.0)) AS score
        FROM (
            SELECT inv.account_id, count(*) AS invitations, count(conn.a) AS accepted
            FROM inv LEFT JOIN conn ON conn.a = inv.account_id AND conn.b = inv.target
            GROUP BY inv.account_id
        )
        """

    def query_asof(self) -> str:
        # An invitation counts once accepted, or as ignored once the grace period passed without
        # acceptance: a request sent an hour ago has not been refused yet.
        pairs = f"""
        SELECT inv.account_id, inv.sent, c.connected_at AS answered_at
        FROM (
            SELECT i.src AS account_id, i.dst AS target, min(i.ts) AS sent
            FROM interactions i JOIN members m ON m.account_id = i.dst
            WHERE i.type = 'invitation' GROUP BY i.src, i.dst
        ) inv
        LEFT JOIN ({CONNECTED_AT}) c ON c.a = inv.account_id AND c.b = inv.target
        """
        return f"""
        SELECT account_id, "at", CASE WHEN n = 0 THEN 0.0 ELSE (1 - k / n) * (1 - exp(-n / 10.0)) END AS score
        FROM ({running_answers(pairs)})
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        acc = f.get("acceptance") or 0.0
        return (
            f"Sent {f.get('invitations', 0)} invitations to protected members; "
            f"{f.get('accepted', 0)} ({acc:.0%}) were accepted."
        )
