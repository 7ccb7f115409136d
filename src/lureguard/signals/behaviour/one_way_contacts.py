"""Outreach that is never returned in any form.

Catches: personas whose whole relationship with their contacts is one-way —
they invite, view, message; the other side never views, invites, endorses or
writes back. Genuine contacts are reciprocal: colleagues and acquaintances
initiate too. Damped for small counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONTACTS, running_answers


class OneWayContacts(Signal):
    name: ClassVar[str] = "one_way_contacts"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions",)
    views: ClassVar[tuple[str, ...]] = ("contacts",)
    summary: ClassVar[str] = "Share of contacted people who never acted towards the account (reciprocity)."
    features: ClassVar[tuple[str, ...]] = ("contacted", "reciprocated", "reciprocity")

    def query(self) -> str:
        return f"""
        WITH outp AS (SELECT account_id, target AS other FROM ({CONTACTS})),
        inp AS (
            SELECT DISTINCT dst AS account_id, src AS other FROM interactions
            WHERE type IN ('invitation', 'message', 'profile_view', 'endorsement')
        ),
        per AS (
            SELECT o.account_id, count(*) AS contacted, count(i.other) AS reciprocated
            FROM outp o LEFT JOIN inp i USING (account_id, other) GROUP BY o.account_id
        )
        SELECT account_id, contacted, reciprocated, reciprocated / contacted AS reciprocity,
               (1 - reciprocated / contacted) * (1 - exp(-contacted / 8.0)) AS score
        FROM per
        """

    def query_asof(self) -> str:
        # A contact counts as reciprocated from the other side's first action towards the account
        # (even one before the contact), and as one-way only after the grace period passed in silence.
        pairs = f"""
        SELECT o.account_id, o.sent, r.answered_at
        FROM (SELECT account_id, target AS other, first_at AS sent FROM ({CONTACTS})) o
        LEFT JOIN (
            SELECT dst AS account_id, src AS other, min(ts) AS answered_at FROM interactions
            WHERE type IN ('invitation', 'message', 'profile_view', 'endorsement') GROUP BY dst, src
        ) r USING (account_id, other)
        """
        return f"""
        SELECT account_id, "at", CASE WHEN n = 0 THEN 0.0 ELSE (1 - k / n) * (1 - exp(-n / 8.0)) END AS score
        FROM ({running_answers(pairs)})
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        rec = f.get("reciprocity") or 0.0
        return (
            f"Of {f.get('contacted', 0)} people it invited or wrote to, {f.get('reciprocated', 0)} ({rec:.0%}) "
            "ever wrote, invited, viewed or endorsed it in return."
        )
