"""A claimed employer nobody in the data can vouch for.

Catches: personas that borrow a real firm's name (impersonation, DISARM
T0143.003) — the firm has staff in the data, but the persona is connected to
none of them — and personas working for a firm that exists nowhere but on their
own profile. Both are what BfV and CPNI describe as "unverifiable employer".
A genuine employee is usually connected to at least one colleague; a colleague
who joined the platform within three months of the account does not count,
since a batch of personas can connect to each other. Accounts
whose current employer is not observed get no row. A platform-verified
workplace lowers the score.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONNECTED_AT
from lureguard.signals.profile._views import CONNECTED, CURRENT_EMPLOYER, STAFF

#: A colleague who joined the platform within this many days of the account does not vouch for it:
#: personas made in one batch connect to each other to look like a firm's staff (an independently
#: written world's bursts did), while a firm's real staff joined over years. Unknown dates vouch.
VOUCH_JOINED_APART_DAYS = 90
_VOUCHES = (
    "(x.created_at IS NULL OR y.created_at IS NULL "
    f"OR abs(epoch(x.created_at) - epoch(y.created_at)) >= {VOUCH_JOINED_APART_DAYS} * 86400)"
)


class ClaimedEmployer(Signal):
    name: ClassVar[str] = "claimed_employer"
    version: ClassVar[str] = "3"
    reads: ClassVar[tuple[str, ...]] = ("accounts", "interactions", "members")
    views: ClassVar[tuple[str, ...]] = (
        "current_employers",
        "employer_staff",
        "connected_pairs",
        "connected_since",
    )
    summary: ClassVar[str] = (
        "Does the claimed employer have other staff in the data, and is the account connected to any?"
    )
    features: ClassVar[tuple[str, ...]] = ("employer", "other_staff", "connected_staff", "verified")

    def query(self) -> str:
        return f"""
        WITH emp AS ({CURRENT_EMPLOYER}),
        staff AS ({STAFF}),
        conn AS ({CONNECTED}),
        staff_n AS (SELECT emp_key, count(*) AS n FROM staff GROUP BY emp_key),
        -- linear, not one row per pair of colleagues: an account is always among its
        -- employer's staff, so the others are n - 1; connected ones come from its own edges
        linked AS (
            SELECT e.account_id, count(DISTINCT c.b) AS connected_staff
            FROM emp e JOIN conn c ON c.a = e.account_id AND c.b <> e.account_id
            SEMI JOIN staff s ON s.account_id = c.b AND s.emp_key = e.emp_key
            JOIN accounts x ON x.id = e.account_id JOIN accounts y ON y.id = c.b
            WHERE {_VOUCHES}
            GROUP BY e.account_id
        ),
        others AS (
            SELECT e.account_id, n.n - 1 AS other_staff, coalesce(l.connected_staff, 0) AS connected_staff
            FROM emp e JOIN staff_n n ON n.emp_key = e.emp_key
            LEFT JOIN linked l ON l.account_id = e.account_id
            WHERE n.n >= 2
        )
        SELECT e.account_id, e.employer, coalesce(o.other_staff, 0) AS other_staff,
               coalesce(o.connected_staff, 0) AS connected_staff, coalesce(a.verified, false) AS verified,
               (CASE WHEN coalesce(o.connected_staff, 0) > 0 THEN 0.0
                     WHEN coalesce(o.other_staff, 0) = 0 THEN 0.4
                     ELSE 0.6 + 0.4 * (1 - exp(-(o.other_staff - 1) / 3.0)) END)
               * CASE WHEN coalesce(a.verified, false) THEN 0.3 ELSE 1.0 END AS score
        FROM emp e JOIN accounts a ON a.id = e.account_id
        LEFT JOIN others o ON o.account_id = e.account_id
        """

    def query_asof(self) -> str:
        # The claim and the employer's staff are profile data (one snapshot), known throughout; the
        # only thing that changes is the first connection to a colleague, which clears the account.
        return f"""
        WITH emp AS ({CURRENT_EMPLOYER}),
        staff AS ({STAFF}),
        staff_n AS (SELECT emp_key, count(*) AS n FROM staff GROUP BY emp_key),
        vouched AS (
            SELECT e.account_id, min(c.connected_at) AS vouched_at
            FROM emp e JOIN ({CONNECTED_AT}) c ON c.a = e.account_id AND c.b <> e.account_id
            SEMI JOIN staff s ON s.account_id = c.b AND s.emp_key = e.emp_key
            JOIN accounts x ON x.id = e.account_id JOIN accounts y ON y.id = c.b
            WHERE {_VOUCHES}
            GROUP BY e.account_id
        ),
        others AS (
            SELECT e.account_id, n.n - 1 AS other_staff, v.vouched_at
            FROM emp e JOIN staff_n n ON n.emp_key = e.emp_key
            LEFT JOIN vouched v ON v.account_id = e.account_id
            WHERE n.n >= 2
        ),
        base AS (
            SELECT e.account_id, coalesce(o.other_staff, 0) AS other_staff, o.vouched_at,
                   coalesce(a.verified, false) AS verified
            FROM emp e JOIN accounts a ON a.id = e.account_id
            LEFT JOIN others o ON o.account_id = e.account_id
        )
        SELECT account_id, '-infinity'::TIMESTAMPTZ AS "at",
               (CASE WHEN other_staff = 0 THEN 0.4 ELSE 0.6 + 0.4 * (1 - exp(-(other_staff - 1) / 3.0)) END)
               * CASE WHEN verified THEN 0.3 ELSE 1.0 END AS score
        FROM base
        UNION ALL
        SELECT account_id, vouched_at AS "at", 0.0 AS score FROM base WHERE vouched_at IS NOT NULL
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        emp = f.get("employer")
        staff, conn = f.get("other_staff") or 0, f.get("connected_staff") or 0
        if staff == 0:
            text = f"No one else in the data works at its claimed employer {emp!s}"
        else:
            text = f"{staff} other account(s) work at its claimed employer {emp!s}; it is connected to {conn} of them"
        return text + (" (workplace verified by the platform)." if f.get("verified") else ".")
