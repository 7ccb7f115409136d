"""Connections that all lie outside the claimed employer.

Catches: a persona that claims a job at an organisation present in the data
but whose network sits entirely elsewhere — typically among the people it
targets. A genuine employee's network holds colleagues. Only accounts whose
employer has other staff in the data, and that have connections, get a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONNECTED_AT
from lureguard.signals.profile._views import CONNECTED, CURRENT_EMPLOYER, STAFF

#: Accounts whose claimed current employer has other staff in the data; shared by both queries.
_WITH_STAFF = f"""emp AS ({CURRENT_EMPLOYER}),
        staff AS ({STAFF}),
        has_staff AS (
            -- an account is always among its employer's staff: others exist when there are two
            -- (counted per employer, not joined pairwise: big employers made this quadratic)
            SELECT e.account_id, e.emp_key FROM emp e
            JOIN (SELECT emp_key, count(*) AS n FROM staff GROUP BY emp_key) n ON n.emp_key = e.emp_key
            WHERE n.n >= 2
        )"""


class EmployerTies(Signal):
    name: ClassVar[str] = "employer_ties"
    version: ClassVar[str] = "2"
    reads: ClassVar[tuple[str, ...]] = ("accounts", "interactions", "members")
    views: ClassVar[tuple[str, ...]] = (
        "current_employers",
        "employer_staff",
        "connected_pairs",
        "connected_since",
    )
    summary: ClassVar[str] = "Share of the account's connections inside its claimed employer."
    features: ClassVar[tuple[str, ...]] = ("connections", "inside", "inside_share")

    def query(self) -> str:
        return f"""
        WITH {_WITH_STAFF},
        per AS (
            -- one row per connection: has_staff holds an account once, the connections view
            -- each pair once and staff each (account, employer) once, so plain counts do
            -- (DISTINCT cost 1.6 s more on a million accounts)
            SELECT h.account_id, count(*) AS connections,
                   count(*) FILTER (WHERE s.account_id IS NOT NULL) AS inside
            FROM has_staff h JOIN ({CONNECTED}) c ON c.a = h.account_id
            LEFT JOIN staff s ON s.account_id = c.b AND s.emp_key = h.emp_key
            GROUP BY h.account_id
        )
        SELECT account_id, connections, inside, inside / connections AS inside_share,
               (1 - least(inside / connections * 5, 1)) * (1 - exp(-connections / 5.0)) AS score
        FROM per
        """

    def query_asof(self) -> str:
        # Connections count from the time they were made. Who works where is profile data (one
        # snapshot per dataset), so the claimed employer and its staff are taken as known throughout.
        return f"""
        WITH {_WITH_STAFF},
        per_time AS (
            SELECT h.account_id, c.connected_at AS "at", count(*) AS dc,
                   count(*) FILTER (WHERE s.account_id IS NOT NULL) AS di
            FROM has_staff h JOIN ({CONNECTED_AT}) c ON c.a = h.account_id
            LEFT JOIN staff s ON s.account_id = c.b AND s.emp_key = h.emp_key
            GROUP BY h.account_id, c.connected_at
        ),
        run AS (
            SELECT account_id, "at", sum(dc) OVER w AS connections, sum(di) OVER w AS inside
            FROM per_time WINDOW w AS (PARTITION BY account_id ORDER BY "at")
        )
        SELECT account_id, "at",
               (1 - least(inside / connections * 5, 1)) * (1 - exp(-connections / 5.0)) AS score
        FROM run
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        share = f.get("inside_share") or 0.0
        return (
            f"{f.get('inside', 0)} of its {f.get('connections', 0)} connections ({share:.0%}) "
            "work at the employer it claims."
        )
