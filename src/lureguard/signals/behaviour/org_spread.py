"""How many protected organisations an account reaches into.

Catches: a campaign persona sweeps sensitive people across many organisations,
while a genuine recruiter or colleague works one employer or one field. The
score grows with the number of distinct organisations contacted and saturates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONTACTS


class OrgSpread(Signal):
    name: ClassVar[str] = "org_spread"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "members")
    views: ClassVar[tuple[str, ...]] = ("contacts",)
    summary: ClassVar[str] = "Number of distinct protected organisations contacted."
    features: ClassVar[tuple[str, ...]] = ("organizations", "member_contacts")

    def query(self) -> str:
        return f"""
        SELECT account_id, organizations, member_contacts,
               1 - exp(-greatest(organizations - 1, 0) / 4.0) AS score
        FROM (
            SELECT account_id,
                   count(DISTINCT target_org) FILTER (WHERE to_member AND NOT same_org) AS organizations,
                   count(*) FILTER (WHERE to_member AND NOT same_org) AS member_contacts
            FROM ({CONTACTS}) GROUP BY account_id
        )
        WHERE member_contacts > 0
        """

    def query_asof(self) -> str:
        # A pair counts from its first contact; a target_org counts from its first pair. Only earlier events are read.
        return f"""
        WITH c AS (
            SELECT account_id, first_at, target_org,
                   target_org IS NOT NULL AND row_number() OVER (PARTITION BY account_id, target_org ORDER BY first_at) = 1
                       AS is_new
            FROM ({CONTACTS}) WHERE to_member AND NOT same_org
        ),
        per_time AS (SELECT account_id, first_at AS "at", sum(is_new::INT) AS added FROM c GROUP BY 1, 2)
        SELECT account_id, "at", 1 - exp(-greatest(n - 1, 0) / 4.0) AS score FROM (
            SELECT account_id, "at", sum(added) OVER (PARTITION BY account_id ORDER BY "at") AS n FROM per_time
        )
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        return (
            f"Contacted {f.get('member_contacts', 0)} protected members in "
            f"{f.get('organizations', 0)} different organisations."
        )
