"""Headline or summary text copied across differently named accounts.

Catches: persona factories that fill profiles from one template (CPNI:
"near-duplicate content with other suspicious profiles"). Texts are normalised
(lower case, letters only, digits dropped) so "12 years of experience" and
"15 years of experience" match. Boilerplate that hundreds of people write
("Open to new opportunities") is damped by how widely it is shared, and short
texts are ignored. An empty text never links accounts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

from lureguard.signals.base import Signal

#: Texts shared by more accounts than this are treated as boilerplate.
BOILERPLATE: Final = 10


def _norm(expr: str) -> str:
    return f"NULLIF(trim(regexp_replace(lower({expr}), '[^[:alpha:]]+', ' ', 'g')), '')"


class TextReuse(Signal):
    name: ClassVar[str] = "text_reuse"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("accounts",)
    summary: ClassVar[str] = (
        "Summary or headline text shared verbatim (after normalising) with differently named accounts."
    )
    features: ClassVar[tuple[str, ...]] = ("about_shared_with", "headline_shared_with")

    def query(self) -> str:
        return f"""
        WITH t AS (
            SELECT id AS account_id, lower(coalesce(name, id)) AS nm,
                   {_norm("about")} AS ab, {_norm("headline")} AS hl
            FROM accounts
        ),
        ab AS (
            SELECT ab, count(DISTINCT nm) AS names FROM t WHERE length(ab) >= 60 GROUP BY ab HAVING count(DISTINCT nm) > 1
        ),
        hl AS (
            SELECT hl, count(DISTINCT nm) AS names FROM t WHERE length(hl) >= 25 GROUP BY hl HAVING count(DISTINCT nm) > 1
        )
        SELECT t.account_id, coalesce(ab.names - 1, 0) AS about_shared_with,
               coalesce(hl.names - 1, 0) AS headline_shared_with,
               greatest(
                   CASE WHEN ab.names IS NULL THEN 0
                        ELSE (1 - exp(-(ab.names - 1) / 1.5)) * CASE WHEN ab.names > {BOILERPLATE}
                             THEN {BOILERPLATE} / ab.names ELSE 1 END END,
                   CASE WHEN hl.names IS NULL THEN 0
                        ELSE 0.5 * (1 - exp(-(hl.names - 1) / 2.0)) * CASE WHEN hl.names > {BOILERPLATE}
                             THEN {BOILERPLATE} / hl.names ELSE 1 END END
               ) AS score
        FROM t LEFT JOIN ab ON ab.ab = t.ab LEFT JOIN hl ON hl.hl = t.hl
        WHERE ab.ab IS NOT NULL OR hl.hl IS NOT NULL
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        return (
            f"Its summary is shared with {f.get('about_shared_with', 0)} and its headline with "
            f"{f.get('headline_shared_with', 0)} differently named account(s)."
        )
