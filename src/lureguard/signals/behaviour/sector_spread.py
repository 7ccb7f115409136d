"""How many sensitive sectors an account's outreach spans.

Catches: elicitation campaigns that target a state's priority technologies
(nuclear, semiconductors, supercomputing, health…) at once; a genuine headhunter
usually recruits for one field. Saturates at four sectors.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONTACTS


class SectorSpread(Signal):
    name: ClassVar[str] = "sector_spread"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "members")
    views: ClassVar[tuple[str, ...]] = ("contacts",)
    summary: ClassVar[str] = "Number of distinct sensitive sectors among the protected members contacted."
    features: ClassVar[tuple[str, ...]] = ("sectors", "sector_list")

    def query(self) -> str:
        return f"""
        SELECT account_id, sectors, sector_list,
               least(greatest(sectors - 1, 0) / 3.0, 1.0) AS score
        FROM (
            SELECT account_id,
                   count(DISTINCT target_sector) FILTER (WHERE to_member AND NOT same_org) AS sectors,
                   list_sort(list_distinct(list(target_sector) FILTER (WHERE to_member AND NOT same_org
                                                                        AND target_sector IS NOT NULL)))
                       AS sector_list
            FROM ({CONTACTS}) GROUP BY account_id
        )
        WHERE sectors > 0
        """

    def query_asof(self) -> str:
        # A pair counts from its first contact; a target_sector counts from its first pair. Only earlier events are read.
        return f"""
        WITH c AS (
            SELECT account_id, first_at, target_sector,
                   target_sector IS NOT NULL AND row_number() OVER (PARTITION BY account_id, target_sector ORDER BY first_at) = 1
                       AS is_new
            FROM ({CONTACTS}) WHERE to_member AND NOT same_org
        ),
        per_time AS (SELECT account_id, first_at AS "at", sum(is_new::INT) AS added FROM c GROUP BY 1, 2)
        SELECT account_id, "at", least(greatest(n - 1, 0) / 3.0, 1.0) AS score FROM (
            SELECT account_id, "at", sum(added) OVER (PARTITION BY account_id ORDER BY "at") AS n FROM per_time
        )
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        sectors = f.get("sector_list") or []
        return f"Its contacts span {f.get('sectors', 0)} sensitive sector(s): {', '.join(map(str, sectors))}."
