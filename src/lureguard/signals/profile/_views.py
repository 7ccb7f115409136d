"""Shared SQL for profile signals: parsed positions, current employer, keyword lists.

Positions are JSON lists in the store; they are parsed once here with DuckDB's
JSON functions so every signal reads the same columns and no row goes through
Python. Dates may be ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; they become
fractional years.
"""

from __future__ import annotations

from typing import Final


def year_of(expr: str) -> str:
    """SQL: a partial ISO date string as a fractional year (NULL when unparseable)."""
    return (
        f"(try_cast(substr({expr}, 1, 4) AS DOUBLE) "
        f"+ coalesce(try_cast(substr({expr}, 6, 2) AS DOUBLE) - 1, 0) / 12.0)"
    )


def days_between(start: str, end: str) -> str:
    """SQL: calendar days (UTC midnights) from ``start`` to ``end``, as ``date_diff('day', …)`` counts them.

    Why not ``date_diff``: on TIMESTAMPTZ it goes through ICU's calendar for every row,
    55 s for ten million rows here; whole-day arithmetic on epoch seconds takes 1.7 s and
    gives the same number (the store's time zone is UTC, which has no daylight saving).
    """
    return f"(floor(epoch({end}) / 86400) - floor(epoch({start}) / 86400))::BIGINT"


#: Legal forms that end a firm's name, as words once punctuation is gone ("S.A." is "s a").
#: Staff write their firm with or without one ("Elbtal Halbleiter GmbH", "Elbtal Halbleiter"),
#: and an impersonator adding "Ltd" must not escape the firm's staff by it.
LEGAL_FORMS: Final = (
    "ltd", "limited", "llc", "l l c", "llp", "lp", "inc", "incorporated", "corp", "corporation", "co",
    "plc", "p l c", "pty", "pte", "bhd", "sdn", "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "e v",
    "sa", "s a", "sas", "s a s", "sasu", "sarl", "s a r l", "eurl", "sca", "spa", "s p a", "srl", "s r l",
    "sl", "s l", "bv", "b v", "nv", "n v", "se", "ab", "asa", "oy", "oyj", "aps", "kft", "sro", "s r o",
    "sp z o o", "ltda",
)  # fmt: skip
_LEGAL_TAIL: Final = "( (" + "|".join(LEGAL_FORMS) + "))+$"
_NOT_WORD: Final = r"[^\pL\pN]+"


def norm_org(expr: str) -> str:
    """SQL: an employer name as a matching key: lower-case words of letters and digits in any script,
    accents dropped, without a leading "the" or the legal forms that end it (``LEGAL_FORMS``).
    NULL when nothing is left. Any script: ``[:alnum:]`` is ASCII, so "华为" was no employer at all
    and "Société" matched "Soci t"."""
    words = f"trim(regexp_replace(strip_accents(lower({expr})), '{_NOT_WORD}', ' ', 'g'))"
    return f"NULLIF(regexp_replace(regexp_replace({words}, '^the ', ''), '{_LEGAL_TAIL}', ''), '')"


#: Observation time of the dataset: its last event (or today for an empty store).
NOW_YEAR: Final = (
    "(SELECT coalesce(year(max(ts)) + (month(max(ts)) - 1) / 12.0, year(current_date)) FROM interactions)"
)

POSITION_TYPE: Final = '[{"title":"VARCHAR","organization":"VARCHAR","start":"VARCHAR","end":"VARCHAR"}]'
EDUCATION_TYPE: Final = '[{"school":"VARCHAR","degree":"VARCHAR","start":"VARCHAR","end":"VARCHAR"}]'

#: One row per listed position: account, index in the list, title, organisation, years.
POSITIONS_SQL: Final = f"""
SELECT account_id, pos_idx, p.title AS title, p.organization AS organization,
       {year_of("p.start")} AS start_y, {year_of("p.end")} AS end_y, p.end IS NULL AS is_current
FROM (
    -- parsed once per account, then unnested with its index (two parses cost 1 s per million)
    SELECT account_id, unnest(ps) AS p, generate_subscripts(ps, 1) AS pos_idx
    FROM (
        SELECT id AS account_id, from_json(positions, '{POSITION_TYPE}') AS ps
        FROM accounts
        WHERE positions IS NOT NULL AND json_type(positions) = 'ARRAY'
    )
)
"""
#: Read through the store's view (``lureguard.store.VIEWS``): parsing every account's JSON
#: positions cost about 1 s per million accounts each time, and four readers parsed them again.
POSITIONS: Final = "SELECT * FROM positions"

#: The employer an account claims now: its first current position with an organisation.
CURRENT_EMPLOYER_SQL: Final = f"""
SELECT account_id, arg_min(organization, pos_idx) AS employer, {norm_org("arg_min(organization, pos_idx)")} AS emp_key
FROM ({POSITIONS})
WHERE is_current AND NULLIF(trim(organization), '') IS NOT NULL
GROUP BY account_id
"""

#: Read through the store's view (``lureguard.store.VIEWS``), computed once while the signals run.
CURRENT_EMPLOYER: Final = "SELECT * FROM current_employers"

#: Everyone known to work at an organisation: current positions plus the members table.
STAFF_SQL: Final = f"""
SELECT account_id, emp_key FROM current_employers
UNION
SELECT account_id, {norm_org("organization")} AS emp_key FROM members WHERE {norm_org("organization")} IS NOT NULL
"""
STAFF: Final = "SELECT * FROM employer_staff"

#: Undirected accepted connections.
CONNECTED_SQL: Final = """
SELECT src AS a, dst AS b FROM interactions WHERE type = 'connection'
UNION SELECT dst AS a, src AS b FROM interactions WHERE type = 'connection'
"""
CONNECTED: Final = "SELECT * FROM connected_pairs"

#: Title words that claim seniority (en, fr, de, es, it), as a regular expression.
SENIOR_TITLE_RE: Final = (
    r"\b(senior|sr|director|directeur|directrice|direktor|direttore|head|chef|leiter|leiterin|partner|"
    r"associ[ée]|principal|chief|vp|vice[- ]president|president|président|präsident|managing|"
    r"gesch[äa]ftsf[üu]hrer|dirigeant|fondateur|founder|ceo|cto|cfo|coo|responsable|lead)\b"
)

#: Employer / headline words of generic consultancy, think-tank and recruitment personas.
GENERIC_PERSONA_RE: Final = (
    r"(consult|advis|conseil|beratung|berater|asesor|strateg|solutions|partners|associates|"
    r"think[- ]?tank|institute|institut|foundation|fondation|stiftung|forum|centre for|center for|"
    r"policy|global|international|executive search|headhunt|talent|recruit|personalberat|"
    r"chasseur|search associates|intelligence|insight|risk)"
)

#: About-text words that talk of clients without naming any.
VAGUE_CLIENTS_RE: Final = (
    r"(clients|customers|organi[sz]ations|partners|decision[- ]makers|governments|leaders|"
    r"entreprises|kunden|unternehmen|clientes|organisations internationales)"
)


def band_keys(max_distance: int) -> str:
    """Blocking keys of a 64-bit hash ``h`` (SQL list items) that two hashes within ``max_distance`` share.

    The hash is cut into eight 8-bit bands. Within distance 6 at least two bands agree
    (pigeonhole), so every pair of bands is a 16-bit key (28 keys): on a million hashes
    a key's bucket holds about 15 accounts. Within distance 7 only one band must agree,
    and single 8-bit bands (8 keys, buckets 256 times fuller) are the fallback.
    """
    if max_distance <= 6:
        pairs = [(i, j) for i in range(8) for j in range(i + 1, 8)]
        return ", ".join(
            f"({n}::UBIGINT << 16) | (((h >> {8 * i}) & 255) << 8) | ((h >> {8 * j}) & 255)"
            for n, (i, j) in enumerate(pairs)
        )
    return ", ".join(f"({k}::UBIGINT << 8) | ((h >> {8 * k}) & 255)" for k in range(8))
