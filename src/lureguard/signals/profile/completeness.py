"""A thin profile, judged against what this dataset shows for everyone else.

Catches: quickly built personas with few filled-in sections. A field counts
only when the dataset observes it for a fair share of accounts (≥ 5 %): an
organisation that sees no 'about' texts at all must not call everyone
incomplete, because a missing field means "not observed", not "empty".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

from lureguard.signals.base import Signal

#: Profile sections and the SQL that says an account has filled them in.
FIELDS: Final[dict[str, str]] = {
    "headline": "headline IS NOT NULL",
    "about": "about IS NOT NULL",
    "photo": "(photo_sha256 IS NOT NULL OR photo_phash IS NOT NULL OR photo_path IS NOT NULL)",
    "positions": "coalesce(json_array_length(positions), 0) > 0",
    "education": "coalesce(json_array_length(education), 0) > 0",
    "skills": "coalesce(json_array_length(skills), 0) > 0",
    "languages": "coalesce(json_array_length(languages), 0) > 0",
}


class Completeness(Signal):
    name: ClassVar[str] = "completeness"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("accounts",)
    summary: ClassVar[str] = "Share of commonly observed profile sections this account leaves empty."
    features: ClassVar[tuple[str, ...]] = ("observed_fields", "missing_fields", "missing")

    def query(self) -> str:
        has = ", ".join(f"({cond}) AS has_{k}" for k, cond in FIELDS.items())
        seen = ", ".join(f"avg(has_{k}::INT) >= 0.05 AS seen_{k}" for k in FIELDS)
        n_obs = " + ".join(f"seen_{k}::INT" for k in FIELDS)
        missing = ", ".join(f"CASE WHEN seen_{k} AND NOT has_{k} THEN '{k}' END" for k in FIELDS)
        return f"""
        WITH f AS (SELECT id AS account_id, {has} FROM accounts),
        seen AS (SELECT {seen} FROM f)
        SELECT account_id, observed_fields, array_length(missing) AS missing_fields, missing,
               array_length(missing) / observed_fields AS score
        FROM (
            SELECT account_id, {n_obs} AS observed_fields,
                   list_filter([{missing}], x -> x IS NOT NULL) AS missing
            FROM f, seen
        )
        WHERE observed_fields >= 2
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        missing = f.get("missing") or []
        if not missing:
            return f"All {f.get('observed_fields')} commonly filled profile sections are present."
        return (
            f"{f.get('missing_fields')} of {f.get('observed_fields')} commonly filled profile sections are empty: "
            f"{', '.join(map(str, missing))}."
        )
