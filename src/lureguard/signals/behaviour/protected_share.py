"""Share of an account's outreach that lands on protected members.

Catches: personas built to reach an organisation's experts, whose contact list
is mostly the people lureguard protects (ATT&CK T1585.001 detection text:
"accounts making numerous connection requests to accounts affiliated with your
organization"). Colleagues writing inside their own organisation are left out,
and the share is damped for small counts so that one message is not a pattern.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONTACTS


class ProtectedShare(Signal):
    name: ClassVar[str] = "protected_share"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "members")
    views: ClassVar[tuple[str, ...]] = ("contacts",)
    summary: ClassVar[str] = (
        "Share of outgoing contacts that are protected members outside the sender's own organisation."
    )
    features: ClassVar[tuple[str, ...]] = ("contacts", "member_contacts", "share")

    def query(self) -> str:
        return f"""
        SELECT account_id, contacts, member_contacts, share,
               share * (1 - exp(-member_contacts / 3.0)) AS score
        FROM (
            SELECT account_id, count(*) AS contacts,
                   count(*) FILTER (WHERE to_member AND NOT same_org) AS member_contacts,
                   count(*) FILTER (WHERE to_member AND NOT same_org) / count(*) AS share
            FROM ({CONTACTS}) GROUP BY account_id
        )
        """

    def query_asof(self) -> str:
        # Running counts of pairs by first-contact time; a pair's first contact is never after ``at``.
        return f"""
        WITH per_time AS (
            SELECT account_id, first_at AS "at", count(*) AS n,
                   count(*) FILTER (WHERE to_member AND NOT same_org) AS nm
            FROM ({CONTACTS}) GROUP BY 1, 2
        )
        SELECT account_id, "at", share * (1 - exp(-member_contacts / 3.0)) AS score FROM (
            SELECT account_id, "at", sum(nm) OVER w AS member_contacts, sum(nm) OVER w / sum(n) OVER w AS share
            FROM per_time WINDOW w AS (PARTITION BY account_id ORDER BY "at")
        )
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        share = f.get("share") or 0.0
        return (
            f"{f.get('member_contacts', 0)} of the {f.get('contacts', 0)} people this account wrote to or "
            f"invited ({share:.0%}) are protected members outside its own organisation."
        )
