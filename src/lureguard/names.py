"""People's display names as evidence: placeholders, titles, look-alike spellings.

Names are written by the accounts themselves, so every rule here reads them
as text to compare, never as identity. Three things go wrong when a name is
taken at face value, each seen on a blind-written world:

- A placeholder ("LinkedIn Member", shown for hidden or deleted people) is
  no one's name. Taken as a first name, "LinkedIn" in any message
  ("I hardly use LinkedIn") read as naming that account.
- A title ("Dr. Giulia Marino") is no first name: the greeting "Dear Giulia"
  was not recognised as a greeting.
- An impersonator copies a real person's name with one accent changed
  ("Antoiné Girard"): compared as raw text, the real person and the copy had
  "different names" sharing a face, which reads as a stolen photo on both.

The SQL helpers return expressions over a name column, so every query
(DuckDB here, Spark at platform scale) applies the same rules.
"""

from __future__ import annotations

from typing import Final

#: Names LinkedIn shows for hidden or deleted people (case-folded): never one person.
PLACEHOLDER_NAMES: Final = frozenset({"", "linkedin member", "linkedin user", "deleted user"})

#: Titles written before a name, case-folded without dots. Two-letter ones ("dr", "mr") are
#: dropped anyway: a first name under three letters names no one reliably.
# fmt: off
HONORIFICS: Final = frozenset({
    "prof", "professor", "mrs", "miss", "mme", "mlle", "herr", "frau", "sir", "dame", "dipl", "ing",
    "rev", "hon", "dott", "dottssa", "dssa", "sig", "sra", "srta", "doc", "doctor", "lic", "mag",
    "univ", "priv", "doz", "phd",
})
# fmt: on


def _sql_list(values: frozenset[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in sorted(values))


def name_tokens_sql(col: str) -> str:
    """The name's words, lower-cased without accents, titles and words under three letters."""
    return (
        f"list_filter(string_split_regex(lower(strip_accents(coalesce({col}, ''))), '[^\\pL]+'), "
        f"w -> length(w) >= 3 AND w NOT IN ({_sql_list(HONORIFICS)}))"
    )


def first_name_sql(col: str) -> str:
    """The first word of a person's name (see :func:`name_tokens_sql`); NULL for a placeholder."""
    return (
        f"CASE WHEN lower(trim(coalesce({col}, ''))) IN ({_sql_list(PLACEHOLDER_NAMES)}) THEN NULL "
        f"ELSE ({name_tokens_sql(col)})[1] END"
    )


def name_key_sql(col: str) -> str:
    """The name as a look-alike would copy it: letters and digits only, lower-cased, no accents.

    Two names with the same key and different raw text are one name spelled to
    look the same ("Antoiné" / "Antoine"); ``''`` for a missing name.
    """
    return f"regexp_replace(lower(strip_accents(coalesce({col}, ''))), '[^\\pL\\pN]+', '', 'g')"
