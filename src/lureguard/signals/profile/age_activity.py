"""A young account with a busy outbox and a thin network.

Catches: personas created shortly before a campaign that then invite and write
to many people, while their own network is small (ATT&CK T1585.001: "recently
created accounts making numerous connection requests"). Age is taken at the
account's first outgoing contact, so an old campaign is judged as it looked then.
An unknown creation date or connection count is 'not observed' and drops out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONTACTS
from lureguard.signals.profile._views import days_between


class AgeActivity(Signal):
    name: ClassVar[str] = "age_activity"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("accounts", "interactions")
    views: ClassVar[tuple[str, ...]] = ("contacts",)
    summary: ClassVar[str] = "Account age at first outreach against outreach volume and connection count."
    features: ClassVar[tuple[str, ...]] = ("age_days", "contacted", "connections")

    def query(self) -> str:
        return f"""
        WITH out AS (
            SELECT account_id, min(first_at) AS first_at, count(*) AS contacted
            FROM ({CONTACTS}) GROUP BY account_id
        ),
        f AS (
            SELECT o.account_id, {days_between("a.created_at", "o.first_at")} AS age_days, o.contacted,
                   a.connections
            FROM out o JOIN accounts a ON a.id = o.account_id
            WHERE a.created_at IS NOT NULL OR a.connections IS NOT NULL
        )
        SELECT *,
               (1 - exp(-contacted / 8.0)) * greatest(
                   CASE WHEN age_days IS NULL THEN 0 WHEN age_days < 0 THEN 0.5 ELSE exp(-age_days / 180.0) END,
                   CASE WHEN connections IS NULL THEN 0
                        ELSE 0.7 * greatest(0, 1 - connections / 150.0) * least(contacted / greatest(connections, 1), 1)
                   END) AS score
        FROM f
        """

    def query_asof(self) -> str:
        # Age is fixed at the first outreach; the number of people contacted grows pair by pair.
        # Creation date and connection count are the profile snapshot, taken as known throughout.
        return f"""
        WITH per_time AS (
            SELECT account_id, first_at AS t, count(*) AS added FROM ({CONTACTS})
            GROUP BY account_id, first_at
        ),
        run AS (
            SELECT account_id, t, sum(added) OVER (PARTITION BY account_id ORDER BY t) AS contacted,
                   min(t) OVER (PARTITION BY account_id) AS first_at
            FROM per_time
        ),
        f AS (
            SELECT r.account_id, r.t, {days_between("a.created_at", "r.first_at")} AS age_days, r.contacted,
                   a.connections
            FROM run r JOIN accounts a ON a.id = r.account_id
            WHERE a.created_at IS NOT NULL OR a.connections IS NOT NULL
        )
        SELECT account_id, t AS "at",
               (1 - exp(-contacted / 8.0)) * greatest(
                   CASE WHEN age_days IS NULL THEN 0 WHEN age_days < 0 THEN 0.5 ELSE exp(-age_days / 180.0) END,
                   CASE WHEN connections IS NULL THEN 0
                        ELSE 0.7 * greatest(0, 1 - connections / 150.0) * least(contacted / greatest(connections, 1), 1)
                   END) AS score
        FROM f
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        age = f.get("age_days")
        age_txt = "of unknown age" if age is None else f"{age} days old"
        conn = f.get("connections")
        conn_txt = "an unknown number of" if conn is None else str(conn)
        return (
            f"The account was {age_txt} at its first outreach, has contacted {f.get('contacted', 0)} people "
            f"and shows {conn_txt} connections."
        )
