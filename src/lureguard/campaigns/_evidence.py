"""Pairwise evidence that two accounts are run by the same operator.

Each kind is one SQL statement over the store that appends rows
``(a, b, kind, weight, detail)`` with ``a < b`` to ``campaign_evidence``, so that
every link in a campaign can be traced back to what tied the two accounts.
All kinds are computed only among *candidate* accounts (table ``_cand``): a
campaign is a group of suspicious accounts, and restricting early keeps the
self-joins small at platform scale.

Two failure modes shape every query. A missing or empty value (no photo, no
employer, an empty note) is "not observed" and never a shared attribute; and a
value shared by very many accounts (a platform's default avatar, boilerplate
invitation text) says nothing about a common operator, so groups above
``max_group`` are dropped instead of becoming thousands of edges.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

#: Evidence kinds that can tie two accounts on their own.
LINKING_KINDS = ("photo", "template", "employer", "handoff")
#: Kinds that only strengthen a link another kind made: on their own they would
#: merge distinct campaigns that hit the same experts or started the same week.
SUPPORTING_KINDS = ("co_target", "burst", "shared_employer")
KINDS = LINKING_KINDS + SUPPORTING_KINDS

#: Employer strings that name no employer.
_NO_EMPLOYER = (
    "",
    "self-employed",
    "self employed",
    "freelance",
    "freelancer",
    "independent",
    "independant",
    "n/a",
    "na",
    "none",
    "-",
    "confidential",
    "stealth",
    "private",
    "retired",
    "unemployed",
    "student",
)


@dataclass(frozen=True)
class EvidenceParams:
    """Thresholds for the evidence kinds; defaults tuned on simulator seeds 1000–1009."""

    phash_max_distance: int = 6
    max_group: int = 300  # a value shared by more candidates than this is boilerplate
    template_min_chars: int = 60
    template_min_suspicious: float = 0.8  # share of a script's senders that must be candidates
    handoff_days: float = 7.0
    handoff_min_targets: int = 2
    max_senders_per_target: int = 40
    cotarget_window_days: float = 60.0
    cotarget_min_cosine: float = 0.05
    burst_days: float = 7.0


def _create(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE OR REPLACE TABLE campaign_evidence (a VARCHAR, b VARCHAR, kind VARCHAR, weight DOUBLE, detail VARCHAR)"
    )


def photo_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Same image bytes, or perceptual hashes a few bits apart (re-encoded or cropped copies).

    Near matches are found by multi-index hashing: the 64-bit hash is cut into
    eight 8-bit bands, and two hashes within Hamming distance 7 must agree on at
    least one band (pigeonhole), so only accounts sharing a band are compared.
    """
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _ph AS
        SELECT a.id, nullif(lower(trim(a.photo_sha256)), '') AS sha,
               CASE WHEN regexp_full_match(lower(trim(a.photo_phash)), '[0-9a-f]{{16}}')
                         AND lower(trim(a.photo_phash)) NOT IN ('0000000000000000', 'ffffffffffffffff')
                    THEN ('0x' || lower(trim(a.photo_phash)))::UBIGINT END AS h
        FROM accounts a JOIN _cand c ON c.account_id = a.id;
        -- values shared by too many accounts are a default image, not a re-used face
        CREATE OR REPLACE TEMP TABLE _ph_ok AS
        SELECT id,
               CASE WHEN count(*) OVER (PARTITION BY sha) <= {p.max_group} THEN sha END AS sha,
               CASE WHEN count(*) OVER (PARTITION BY h) <= {p.max_group} THEN h END AS h
        FROM _ph;
        INSERT INTO campaign_evidence
        SELECT x.id, y.id, 'photo', 1.0, 'identical profile photo'
        FROM _ph_ok x JOIN _ph_ok y ON x.sha = y.sha AND x.id < y.id
        WHERE x.sha IS NOT NULL;
        INSERT INTO campaign_evidence
        WITH bands AS (
            SELECT id, h, k, (h >> (8 * k)) & 255::UBIGINT AS v
            FROM _ph_ok, range(8) t(k) WHERE h IS NOT NULL
        ),
        cand AS (
            SELECT DISTINCT x.id AS a, y.id AS b, x.h AS ha, y.h AS hb
            FROM bands x JOIN bands y ON x.k = y.k AND x.v = y.v AND x.id < y.id
        )
        SELECT c.a, c.b, 'photo', 0.9, 'profile photos ' || bit_count(xor(ha, hb)) || ' bits apart (perceptual hash)'
        FROM cand c
        WHERE bit_count(xor(ha, hb)) <= {int(p.phash_max_distance)}
          AND NOT EXISTS (SELECT 1 FROM campaign_evidence e WHERE e.kind = 'photo' AND e.a = c.a AND e.b = c.b);
        """
    )


def template_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Different senders sending the same long text up to names and numbers: one script, several personas.

    A text is fingerprinted after folding case, dropping capitalised words (the
    greeting's name, a signature) and digits, so a mail-merged script gives one
    fingerprint. Fingerprints are counted over *every* sender, not only the
    suspicious ones: a text that ordinary accounts also send (a stock phrase, a
    platform default) is boilerplate and ties no one; so is one sent by more than
    ``max_group`` accounts. Sponsored InMail (``raw.sponsored``) is left out.
    """
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _fp AS
        SELECT i.src, i.dst, hash(trim(regexp_replace(lower(regexp_replace(i.text, '\\b[[:upper:]][[:alpha:]]*|[0-9]+', ' ', 'g')),
                                                     '[^[:alpha:]]+', ' ', 'g'))) AS fp
        FROM interactions i
        WHERE i.type IN ('invitation', 'message') AND length(i.text) >= {int(p.template_min_chars)}
          AND coalesce(json_extract_string(i.raw, '$.sponsored'), 'false') NOT IN ('true', '1');
        CREATE OR REPLACE TEMP TABLE _tpl AS
        WITH g AS (
            SELECT fp, count(DISTINCT f.src) AS senders,
                   count(DISTINCT f.src) FILTER (WHERE c.account_id IS NOT NULL) AS suspicious
            FROM _fp f LEFT JOIN _cand c ON c.account_id = f.src GROUP BY fp
        )
        SELECT DISTINCT f.src, f.fp, g.senders FROM _fp f JOIN g USING (fp) JOIN _cand c ON c.account_id = f.src
        WHERE g.senders BETWEEN 2 AND {p.max_group} AND g.suspicious >= {float(p.template_min_suspicious)} * g.senders;
        INSERT INTO campaign_evidence
        SELECT x.src, y.src, 'template', least(1.0, 0.25 * count(*)),
               count(*) || ' identical message script(s) sent by both'
        FROM _tpl x JOIN _tpl y ON x.fp = y.fp AND x.src < y.src GROUP BY x.src, y.src;
        """
    )


def employer_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Claiming the same current employer without any connection to its other claimants.

    Genuine colleagues at a firm are connected to each other; personas that
    impersonate a real firm, or invent one, are not linked to its staff.
    """
    excluded = ", ".join("'" + e.replace("'", "''") + "'" for e in _NO_EMPLOYER)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _emp AS
        SELECT DISTINCT a.id, lower(trim(regexp_replace(json_extract_string(pos.value, '$.organization'),
                                                       '\\s+', ' ', 'g'))) AS org
        FROM accounts a, json_each(coalesce(a.positions, '[]')) pos
        WHERE json_extract_string(pos.value, '$.end') IS NULL
          AND nullif(trim(json_extract_string(pos.value, '$.organization')), '') IS NOT NULL;
        DELETE FROM _emp WHERE org IN ({excluded});
        CREATE OR REPLACE TEMP TABLE _conn AS
        SELECT src AS x, dst AS y FROM interactions WHERE type = 'connection'
        UNION SELECT dst, src FROM interactions WHERE type = 'connection';
        INSERT INTO campaign_evidence
        WITH linked AS (
            SELECT DISTINCT e1.id, e1.org FROM _emp e1
            JOIN _conn c ON c.x = e1.id JOIN _emp e2 ON e2.id = c.y AND e2.org = e1.org
        ),
        staff AS (SELECT org, count(*) AS staff FROM linked GROUP BY org),
        loose AS (
            SELECT e.id, e.org FROM _emp e JOIN _cand c ON c.account_id = e.id
            WHERE NOT EXISTS (SELECT 1 FROM linked l WHERE l.id = e.id AND l.org = e.org)
        ),
        sized AS (SELECT *, count(*) OVER (PARTITION BY org) AS n FROM loose)
        SELECT x.id, y.id, CASE WHEN coalesce(s.staff, 0) > 0 THEN 'employer' ELSE 'shared_employer' END,
               CASE WHEN coalesce(s.staff, 0) > 0 THEN 0.9 ELSE 0.3 END,
               CASE WHEN coalesce(s.staff, 0) > 0
                    THEN 'both claim an employer whose ' || s.staff || ' connected staff neither is linked to'
                    ELSE 'both claim the same employer, which has no connected staff' END
        FROM sized x JOIN sized y ON x.org = y.org AND x.id < y.id
        LEFT JOIN staff s ON s.org = x.org
        WHERE x.n <= {p.max_group}
        """
    )


def _first_contacts(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _fc AS
        WITH f AS (
            SELECT i.src, i.dst, min(i.ts) AS t, arg_min(i.type, i.ts) AS first_type
            FROM interactions i JOIN _cand c ON c.account_id = i.src JOIN members m ON m.account_id = i.dst
            WHERE i.type IN ('invitation', 'message') GROUP BY i.src, i.dst
        )
        SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY dst) AS senders FROM f)
        WHERE senders <= {int(p.max_senders_per_target)}
        """
    )


def handoff_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """A second account writing to the same person shortly after the first, for several people.

    One coincidence is common; the same pair of accounts doing it again and again
    is a relay (one persona opens, a second one "takes over").
    """
    con.execute(
        f"""
        INSERT INTO campaign_evidence
        WITH took AS (
            -- the second account's first contact is a message into an existing conversation:
            -- the target had written to the first account before it
            SELECT x.src AS first, y.src AS second, x.dst
            FROM _fc x JOIN _fc y ON x.dst = y.dst AND x.src <> y.src AND y.t > x.t AND y.first_type = 'message'
            WHERE EXISTS (
                SELECT 1 FROM interactions r
                WHERE r.src = x.dst AND r.dst = x.src AND r.type = 'message' AND r.ts <= y.t
                  AND r.ts >= y.t - INTERVAL ({float(p.handoff_days)} * 86400) SECOND
            )
        ),
        h AS (SELECT * FROM took)
        SELECT least(first, second), greatest(first, second), 'handoff',
               least(1.0, 0.3 * count(DISTINCT dst)),
               'took over ' || count(DISTINCT dst) || ' conversations from one another within '
                 || {int(p.handoff_days)} || ' days'
        FROM h GROUP BY 1, 2 HAVING count(DISTINCT dst) >= {int(p.handoff_min_targets)}
        """
    )


def cotarget_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Overlap of target sets, IDF-weighted so that much-approached people count less.

    Cosine of IDF vectors, counting a shared target only when both contacted it
    within ``cotarget_window_days``. Supporting evidence only.
    """
    con.execute(
        f"""
        INSERT INTO campaign_evidence
        WITH n AS (SELECT count(DISTINCT src) AS n FROM _fc),
        idf AS (SELECT dst, ln((SELECT n FROM n) / count(*)) + 1 AS w FROM _fc GROUP BY dst),
        norm AS (SELECT src, sqrt(sum(w * w)) AS nrm FROM _fc JOIN idf USING (dst) GROUP BY src),
        dot AS (
            SELECT x.src AS a, y.src AS b, sum(i.w * i.w) AS d, count(*) AS shared
            FROM _fc x JOIN _fc y ON x.dst = y.dst AND x.src < y.src
                 AND abs(epoch(y.t) - epoch(x.t)) <= {float(p.cotarget_window_days)} * 86400
            JOIN idf i ON i.dst = x.dst GROUP BY 1, 2
        )
        SELECT a, b, 'co_target', d / (na.nrm * nb.nrm),
               'contacted ' || shared || ' of the same people within ' || {int(p.cotarget_window_days)} || ' days'
        FROM dot JOIN norm na ON na.src = a JOIN norm nb ON nb.src = b
        WHERE d / (na.nrm * nb.nrm) >= {float(p.cotarget_min_cosine)}
        """
    )


def burst_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Accounts created within days of each other — only for pairs already tied by other evidence."""
    con.execute(
        f"""
        INSERT INTO campaign_evidence
        SELECT DISTINCT e.a, e.b, 'burst', 0.3,
               'created ' || abs(date_diff('day', x.created_at, y.created_at)) || ' day(s) apart'
        FROM (SELECT DISTINCT a, b FROM campaign_evidence) e
        JOIN accounts x ON x.id = e.a JOIN accounts y ON y.id = e.b
        WHERE x.created_at IS NOT NULL AND y.created_at IS NOT NULL
          AND abs(epoch(x.created_at) - epoch(y.created_at)) <= {float(p.burst_days)} * 86400
        """
    )


def build_evidence(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Fill ``campaign_evidence`` for the accounts in ``_cand``."""
    _create(con)
    photo_edges(con, p)
    template_edges(con, p)
    employer_edges(con, p)
    _first_contacts(con, p)
    handoff_edges(con, p)
    cotarget_edges(con, p)
    burst_edges(con, p)
