"""An account that starts reaching protected people soon after it was created.

Catches: burst-created personas (T1585.001 "recently created accounts making
numerous connection requests"). Age is measured at the first contact with a
protected member, not today, so an old campaign is judged as it looked then.
An unknown creation date is 'not observed' and gives no evidence either way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONTACTS
from lureguard.signals.profile._views import days_between


class YoungAccount(Signal):
    name: ClassVar[str] = "young_account"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("accounts", "interactions", "members")
    views: ClassVar[tuple[str, ...]] = ("contacts",)
    summary: ClassVar[str] = "Account age (days) at its first contact with a protected member."
    features: ClassVar[tuple[str, ...]] = ("age_days",)

    def query(self) -> str:
        return f"SELECT account_id, age_days, score FROM ({self._scored()})"

    def _scored(self) -> str:
        return f"""
        SELECT a.id AS account_id, age_days, c.first_at,
               CASE WHEN age_days < 0 THEN 0.5 ELSE exp(-age_days / 120.0) END AS score
        FROM (
            SELECT account_id, min(first_at) AS first_at
            FROM ({CONTACTS}) WHERE to_member AND NOT same_org GROUP BY account_id
        ) c
        JOIN accounts a ON a.id = c.account_id
        CROSS JOIN LATERAL (SELECT {days_between("a.created_at", "c.first_at")} AS age_days)
        WHERE a.created_at IS NOT NULL
        """

    def query_asof(self) -> str:
        # The score is fixed at the first contact with a protected member, so it is known from then on.
        return f'SELECT account_id, first_at AS "at", score FROM ({self._scored()})'

    def reason(self, f: Mapping[str, Any]) -> str:
        age = f.get("age_days")
        if isinstance(age, int | float) and age < 0:
            return "The account's stated creation date is after its first contact: the profile data is inconsistent."
        return f"The account was {age} days old when it first contacted a protected member."
