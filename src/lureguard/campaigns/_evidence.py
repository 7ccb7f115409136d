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

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from lureguard import store
from lureguard.campaigns._summary import MESSENGERS, PERSONA_PATTERNS
from lureguard.names import first_name_sql, name_key_sql, name_tokens_sql
from lureguard.signals.profile._views import POSITIONS, band_keys, days_between, norm_org
from lureguard.signals.profile.photo_reuse import LOGO_JOINED_APART_DAYS, OWNER_EARLIER_DAYS

#: Evidence kinds that can tie two accounts on their own.
LINKING_KINDS = ("photo", "template", "employer", "handoff", "contact", "modus")
#: Kinds that only strengthen a link another kind made: on their own they would
#: merge distinct campaigns that hit the same experts or started the same week.
SUPPORTING_KINDS = ("co_target", "burst", "shared_employer")
KINDS = LINKING_KINDS + SUPPORTING_KINDS
#: Store views (``lureguard.store.VIEWS``) the evidence queries read: computed once for the whole
#: step, or taken from an enclosing block (a scan keeps the signals' for this step).
VIEWS = ("positions", "current_employers", "connected_pairs")

#: Local parts of e-mail addresses that name a desk, not a person (``info@``, ``events@``).
_DESK_MAILBOXES = (
    "info",
    "contact",
    "contacts",
    "hello",
    "office",
    "admin",
    "support",
    "help",
    "noreply",
    "no-reply",
    "donotreply",
    "events",
    "event",
    "jobs",
    "careers",
    "hr",
    "recruiting",
    "recruitment",
    "press",
    "media",
    "privacy",
    "sales",
    "team",
    "mail",
    "postmaster",
    "webmaster",
)

#: A character that is no part of a word, in any script. Why not ``\b``: DuckDB's RE2 reads only
#: ASCII letters as word characters, so the messenger "Line" was found inside "Céline"; Java's
#: regular expressions (Spark) read every letter, and the two engines told different messengers.
_NOT_WORD = r"[^\pL\pN_]"

#: Employer strings that name no employer.
NO_EMPLOYER = (
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


def no_employer_keys() -> str:
    """SQL: the keys (``norm_org``) of ``NO_EMPLOYER``, for ``key NOT IN (…)`` (no NULL among them)."""
    values = ", ".join("('" + e.replace("'", "''") + "')" for e in NO_EMPLOYER)
    return f"SELECT k FROM (SELECT {norm_org('v')} AS k FROM (VALUES {values}) t(v)) WHERE k IS NOT NULL"


def script_skeleton(text: str) -> str:
    """SQL: what is left of a text once a mail merge's variation is gone (case folded, capitalised
    words such as names and greetings, digits and punctuation dropped). Equal skeletons are one script."""
    return (
        f"trim(regexp_replace(lower(regexp_replace({text}, '\\b[[:upper:]][[:alpha:]]*|[0-9]+', ' ', 'g')), "
        "'[^[:alpha:]]+', ' ', 'g'))"
    )


def sponsored(raw: str) -> str:
    """SQL: the interaction is Sponsored InMail (mass mail by design, never a campaign's script).

    Why the ``contains`` gate: parsing every event's ``raw`` JSON cost 2.4 s on ten million
    events, and almost none holds the key. The key's letters can only be written literally
    or as ``\\u`` escapes, so a ``raw`` with neither cannot hold it: the gate changes no answer.
    """
    return (
        f"(({raw})::VARCHAR IS NOT NULL AND (contains(({raw})::VARCHAR, 'sponsored') "
        f"OR contains(({raw})::VARCHAR, '\\u')) "
        f"AND coalesce(json_extract_string({raw}, '$.sponsored'), 'false') IN ('true', '1'))"
    )


def script_fingerprints(
    con: duckdb.DuckDBPyConnection, *, min_chars: int = 60, min_folded_chars: int = 40, script_words: int = 6
) -> str:
    """Name of a temp table ``(id, src, dst, ts, fp, script, flen)``: each long invitation or message's script
    fingerprint (``fp``: its whole skeleton; ``script``: the skeleton's first ``script_words`` words;
    ``flen``: the skeleton's length).

    Why a table: the campaign step and the replay's corroboration both need every text's skeleton,
    and folding 2.5 M texts with regular expressions costs about 25 s at a million accounts; it is
    done once per connection. An ingest drops it (``store.drop_caches``), so it never outlives the
    events it was built from. Sponsored InMail and texts whose skeleton is a stock phrase are left out.
    """
    name = f"{store.CACHE_PREFIX}script_fp_{int(min_chars)}_{int(min_folded_chars)}_{int(script_words)}"
    if not store.has_table(con, name):
        texts = (
            "SELECT i.id, i.src, i.dst, i.ts, i.text FROM interactions i "
            f"WHERE i.type IN ('invitation', 'message') AND length(i.text) >= {int(min_chars)} "
            f"AND NOT {sponsored('i.raw')}"
        )
        # Each distinct text folded once (mail merges and repeated notes make texts repeat), in a
        # statement of its own: with the skeleton's uses in the same statement, DuckDB evaluated
        # its regular expressions once per use (19 s instead of 10 s on a million accounts).
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE _skeletons AS
            SELECT text, {script_skeleton("text")} AS folded FROM (SELECT DISTINCT text FROM ({texts}))
            """
        )
        try:
            con.execute(
                f"""
                CREATE TEMP TABLE {name} AS
                WITH folded AS (
                    SELECT text, hash(folded) AS fp,
                           hash(list_slice(string_split(folded, ' '), 1, {int(script_words)})) AS script,
                           length(folded) AS flen
                    FROM _skeletons WHERE length(folded) >= {int(min_folded_chars)}
                )
                SELECT t.id, t.src, t.dst, t.ts, f.fp, f.script, f.flen FROM ({texts}) t JOIN folded f USING (text)
                """
            )
        finally:
            con.execute("DROP TABLE IF EXISTS _skeletons")
    return name


def protected(con: duckdb.DuckDBPyConnection) -> str:
    """The people whose contact counts as a campaign's reach: the members list, or everyone.

    ``members.jsonl`` is optional: a platform scanning its whole graph protects every
    account, and a campaign step that counted reach on an empty list found no campaign
    at all (an independently written world without its members file: 0 campaigns).
    """
    row = con.execute("SELECT EXISTS (SELECT 1 FROM members)").fetchone()
    if row and row[0]:
        return "members"
    return (
        "(SELECT id AS account_id, NULL::VARCHAR AS organization, NULL::VARCHAR AS institution_type, "
        "NULL::VARCHAR AS sector, NULL::VARCHAR AS role, NULL::VARCHAR AS seniority FROM accounts)"
    )


@dataclass(frozen=True)
class EvidenceParams:
    """Thresholds for the evidence kinds; defaults tuned on simulator seeds 1000–1009."""

    phash_max_distance: int = 6
    max_group: int = 300  # a value shared by more candidates than this is boilerplate
    # an employer someone claimed this many days before two loose claimants joined is established
    employer_established_days: float = 365.0
    template_min_chars: int = 60
    # what is left after dropping names must still be a script, not "Great talk at <Event>!"
    template_min_folded_chars: int = 40
    template_script_words: int = 6  # texts whose skeletons open alike are one script
    template_min_suspicious: float = 0.8  # share of a script's senders that must be candidates
    # a lure script this long after folding is one author's text: one such script shared ties a pair
    template_long_folded_chars: int = 140
    template_long_min_lure: float = 0.5  # its messages' lure score (``message_scores``) must reach this
    # a script none of whose messages carries a lure cue (a follow-up nudge, "I'd like to add you to
    # my network") is what every sender writes, not an operator's fingerprint: the words' score of a
    # text with no cue is 0.05, one lure cue lifts it past this
    template_min_lure: float = 0.1
    handoff_days: float = 7.0
    handoff_min_targets: int = 2
    # a closer works the first persona's leads: relays must be this share of its contacts (two
    # genuine recruiters who wrote to the same popular experts in the same week: 2-7 %)
    handoff_min_share: float = 0.15
    max_senders_per_target: int = 40
    cotarget_window_days: float = 60.0
    cotarget_min_cosine: float = 0.05
    burst_days: float = 7.0
    modus_min_risk: float = 0.6  # only clearly suspicious accounts are compared by behaviour
    modus_min_targets: int = 3  # fewer contacts give no profile to compare
    modus_min_score: float = 0.5  # summed agreement (see modus_edges) needed for an edge
    modus_min_overlap: float = 0.4  # shared share of the two active periods taken together (one wave)
    link_weight: float = 0.5  # summed fingerprint weight that ties a pair (as ClusterParams.min_link)


def _create(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE OR REPLACE TABLE campaign_evidence (a VARCHAR, b VARCHAR, kind VARCHAR, weight DOUBLE, detail VARCHAR);"
        "CREATE TEMP TABLE IF NOT EXISTS _lab (account_id VARCHAR, label VARCHAR)"
    )


def _same_real_employer(pairs: str) -> str:
    """Of the pairs ``(a, b)`` that ``pairs`` selects, those where one names the other's real employer.

    "Names" is a current position, or the employer's words in the headline ("HR Recruiter at
    TSMC"); real is claimed by someone outside the suspects (``_real_orgs``).
    """
    return f"""
        WITH k AS ({pairs}),
        -- each side's real employer, beside the other side (two equi-joins: an IN join condition
        -- would pair every pair with every claim)
        claims AS (
            SELECT * FROM (
                SELECT k.a, k.b, k.b AS other, e.org FROM k JOIN _emp e ON e.id = k.a
                UNION ALL
                SELECT k.a, k.b, k.a AS other, e.org FROM k JOIN _emp e ON e.id = k.b
            ) WHERE org IN (SELECT org FROM _real_orgs)
        )
        SELECT DISTINCT c.a, c.b FROM claims c JOIN accounts x ON x.id = c.other
        WHERE EXISTS (SELECT 1 FROM _emp o WHERE o.id = x.id AND o.org = c.org)
           OR contains(' ' || coalesce({norm_org("x.headline")}, '') || ' ', ' ' || c.org || ' ')
        """


def _employers(con: duckdb.DuckDBPyConnection) -> None:
    """Current employers and the candidates vouched for by a non-suspicious colleague.

    A candidate connected to an ordinary account that claims the same current
    employer is most likely that firm's real staff: a shared logo or mail
    template between two such colleagues is the firm's, not an operator's.
    """
    con.execute(
        f"""
        -- positions parsed once per account into typed structs (``POSITIONS``); walking them
        -- with json_each took 17 s on a million accounts. ``org`` is the employer's key, as the
        -- signals match it ("Elbtal Halbleiter GmbH" is "Elbtal Halbleiter")
        CREATE OR REPLACE TEMP TABLE _emp AS
        SELECT DISTINCT id, org FROM (
            SELECT account_id AS id, {norm_org("organization")} AS org FROM ({POSITIONS}) WHERE is_current
        ) WHERE org IS NOT NULL AND org NOT IN ({no_employer_keys()});
        -- "same employer" is a filter, never a join key: joined on it, DuckDB may pair every two staff
        -- of a large employer first (quadratic; it filled the disk on a million accounts). ``staff``:
        -- how many unsuspected colleagues vouch for the candidate
        CREATE OR REPLACE TEMP TABLE _vouched AS
        SELECT e1.id, e1.org, count(DISTINCT e2.id) AS staff FROM _emp e1 JOIN _cand c ON c.account_id = e1.id
        JOIN connected_pairs k ON k.a = e1.id JOIN _emp e2 ON e2.id = k.b
        WHERE coalesce(e2.org = e1.org, false) AND e2.id NOT IN (SELECT account_id FROM _cand)
        GROUP BY e1.id, e1.org;
        -- employers someone outside the suspects claims: a firm bigger than its suspects
        CREATE OR REPLACE TEMP TABLE _real_orgs AS
        SELECT DISTINCT org FROM _emp WHERE id NOT IN (SELECT account_id FROM _cand);
        -- candidates vouched for at an employer that is more than its suspects: at least a third of
        -- its claimants are outside them. One quiet account is no firm: a blind world's operation
        -- put 30 connected personas and one low-risk sleeper at its invented employer.
        CREATE OR REPLACE TEMP TABLE _firm_vouched AS
        SELECT DISTINCT v.id FROM _vouched v JOIN (
            SELECT org FROM (SELECT org, id IN (SELECT account_id FROM _cand) AS suspect FROM _emp)
            GROUP BY org HAVING 2 * count(*) FILTER (WHERE NOT suspect) >= count(*) FILTER (WHERE suspect)
        ) f USING (org);
        -- colleagues among the candidates: connected, and one names the other's employer (in a
        -- current position or in its headline, "HR Recruiter at TSMC"), an employer that is real.
        -- Connected suspects of an employer no one else claims are not excused: personas connect to
        -- each other to lend themselves mutual contacts (red flag 7).
        CREATE OR REPLACE TEMP TABLE _colleague_pairs AS
        {
            _same_real_employer('''
            SELECT k.a, k.b FROM connected_pairs k
            SEMI JOIN _cand ca ON ca.account_id = k.a SEMI JOIN _cand cb ON cb.account_id = k.b
            WHERE k.a < k.b''')
        };
        """
    )


def _drop_colleagues(con: duckdb.DuckDBPyConnection, kind: str) -> None:
    """Remove ``kind`` edges between two accounts vouched for at the same employer.

    The pairs to drop are found by joining the edges' own ids first. As a correlated
    ``EXISTS``, DuckDB paired the employer lists before applying the ids: 90 s on one
    100 k-account tile, and over 20 minutes and 14 GB of spill on a million accounts.
    A face that is someone else's (``_owned_copies``: its owner works elsewhere) is no
    firm logo between them: an operation's sleepers, too quiet to be suspects, vouched
    for its personas at their invented employer (a blind world's seed 44).
    """
    keep = (
        "AND NOT EXISTS (SELECT 1 FROM _owned_copies o WHERE o.a = c.a AND o.b = c.b)"
        if kind == "photo"
        else ""
    )
    con.execute(
        f"""
        DELETE FROM campaign_evidence e USING (
            SELECT DISTINCT c.a, c.b FROM campaign_evidence c
            JOIN _vouched x ON x.id = c.a JOIN _vouched y ON y.id = c.b
            WHERE c.kind = '{kind}' AND coalesce(x.org = y.org, false) {keep}
        ) d
        WHERE e.kind = '{kind}' AND e.a = d.a AND e.b = d.b
        """
    )


def _drop_firm_templates(con: duckdb.DuckDBPyConnection) -> None:
    """Remove script edges between two claimants of one real firm: its staff's mail template.

    A firm is real when some ordinary (non-suspicious) account claiming it is connected to
    another of its claimants. Two of its recruiters sending the house template is no
    operator's fingerprint, connected to each other or not; an operation impersonating the
    firm is still tied by its claim (``employer_edges``), which this leaves alone.
    """
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _firms AS
        SELECT DISTINCT e1.org FROM _emp e1 JOIN connected_pairs k ON k.a = e1.id JOIN _emp e2 ON e2.id = k.b
        WHERE coalesce(e2.org = e1.org, false) AND e1.id NOT IN (SELECT account_id FROM _cand);
        DELETE FROM campaign_evidence e USING (
            SELECT DISTINCT c.a, c.b FROM campaign_evidence c
            JOIN _emp x ON x.id = c.a JOIN _emp y ON y.id = c.b
            WHERE c.kind = 'template' AND coalesce(x.org = y.org, false) AND x.org IN (SELECT org FROM _firms)
        ) d
        WHERE e.kind = 'template' AND e.a = d.a AND e.b = d.b;
        """
    )


#: An account connected to this many unsuspected claimants of its own employer owns its face.
OWNER_STAFF = 2


def photo_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Same image bytes, or perceptual hashes a few bits apart (re-encoded or cropped copies).

    Near matches are found by multi-index hashing (``band_keys``): only accounts
    sharing a blocking key are compared. With single 8-bit bands, a million-account
    scan spilled over 50 GB to disk here; pairs of bands keep the comparisons near
    linear.
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
        -- a firm's logo on its staff's profiles is no stolen face: not between colleagues of a real
        -- firm (``_colleague_pairs``), nor between colleagues vouched for at one employer (dropped
        -- afterwards, ``_drop_colleagues``)
        INSERT INTO campaign_evidence
        SELECT x.id, y.id, 'photo', 1.0, 'identical profile photo'
        FROM _ph_ok x JOIN _ph_ok y ON x.sha = y.sha AND x.id < y.id
        WHERE x.sha IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM _colleague_pairs k WHERE k.a = x.id AND k.b = y.id);
        INSERT INTO campaign_evidence
        WITH bands AS (SELECT id, h, unnest([{band_keys(p.phash_max_distance)}]) AS k FROM _ph_ok WHERE h IS NOT NULL),
        cand AS (
            SELECT DISTINCT x.id AS a, y.id AS b, x.h AS ha, y.h AS hb
            FROM bands x JOIN bands y ON x.k = y.k AND x.id < y.id
        )
        SELECT c.a, c.b, 'photo', 0.9, 'profile photos ' || bit_count(xor(ha, hb)) || ' bits apart (perceptual hash)'
        FROM cand c
        WHERE bit_count(xor(ha, hb)) <= {int(p.phash_max_distance)}
          AND NOT EXISTS (SELECT 1 FROM campaign_evidence e WHERE e.kind = 'photo' AND e.a = c.a AND e.b = c.b)
          AND NOT EXISTS (SELECT 1 FROM _colleague_pairs k WHERE k.a = c.a AND k.b = c.b);
        -- The same image bytes on two claimants of one real employer (claimed in a current position,
        -- or named in the other's headline) are its logo: a firm's recruiters upload one file and,
        -- seen through an organisation's window, need not be connected (a blind world's five
        -- recruiters of one search firm were reported as a campaign); personas re-encode a face
        CREATE OR REPLACE TEMP TABLE _logo AS
        {_same_real_employer("SELECT a, b FROM campaign_evidence WHERE kind = 'photo' AND detail = 'identical profile photo'")};
        DELETE FROM campaign_evidence e USING _logo l WHERE e.kind = 'photo' AND e.a = l.a AND e.b = l.b;
        -- A face's likely owner is the victim of the copies, not their operator, and is not tied
        -- to them (as in the photo_reuse signal): the account that joined a year before every
        -- candidate showing the face, or one connected to {OWNER_STAFF} or more unsuspected staff of
        -- the employer it claims, a life on the platform the copies do not have (a blind world's
        -- operation put a real engineer's face on 26 personas, some made years before her account).
        -- each photo tie from both ends, as the owner and its copies are found
        CREATE OR REPLACE TEMP TABLE _photo_inc AS
        SELECT a AS id, b AS other FROM campaign_evidence WHERE kind = 'photo'
        UNION ALL SELECT b, a FROM campaign_evidence WHERE kind = 'photo';
        CREATE OR REPLACE TEMP TABLE _face_owner AS
        SELECT i.id FROM _photo_inc i JOIN accounts x ON x.id = i.id JOIN accounts y ON y.id = i.other
        GROUP BY i.id
        HAVING bool_and(coalesce(epoch(y.created_at) - epoch(x.created_at) >= {OWNER_EARLIER_DAYS} * 86400, false))
        UNION
        (
            SELECT DISTINCT v.id FROM _vouched v JOIN _photo_inc i ON i.id = v.id
            WHERE v.staff >= {OWNER_STAFF}
            EXCEPT
            -- not when the face is also on an account vouched for at another employer: who owns it
            -- is then unclear (a blind world's operation had its quiet sleepers vouch for its
            -- personas at their invented employer, and they showed a real banker's face)
            SELECT i.id FROM _photo_inc i JOIN _vouched v ON v.id = i.id JOIN _vouched w ON w.id = i.other
            WHERE w.staff >= {OWNER_STAFF} AND w.org <> v.org
        );
        -- The copies of one owner's face stay tied to each other: each is a few bits from the
        -- original, and two of them may be further apart than the distance allows (a blind world's
        -- 12 personas were held together only through the engineer whose face they show). Being
        -- colleagues excuses no such pair unless the face is their own firm's (the owner claims
        -- their employer too): personas of one cover connect to each other, and the face they
        -- share was taken from someone else.
        CREATE OR REPLACE TEMP TABLE _owned_copies AS
        WITH copies AS (
            SELECT DISTINCT x.id AS owner, x.other AS a, y.other AS b
            FROM _photo_inc x JOIN _photo_inc y ON x.id = y.id AND x.other < y.other
            WHERE x.id IN (SELECT id FROM _face_owner)
              AND x.other NOT IN (SELECT id FROM _face_owner) AND y.other NOT IN (SELECT id FROM _face_owner)
        ),
        logo AS (
            SELECT DISTINCT c.a, c.b FROM copies c
            JOIN _colleague_pairs k ON k.a = c.a AND k.b = c.b
            JOIN _emp o ON o.id = c.owner JOIN _emp m ON m.id = c.a
            WHERE o.org = m.org
        )
        SELECT DISTINCT c.a, c.b FROM copies c WHERE NOT EXISTS (SELECT 1 FROM logo l WHERE l.a = c.a AND l.b = c.b);
        INSERT INTO campaign_evidence
        SELECT c.a, c.b, 'photo', 0.9, 'profile photos copied from one face' FROM _owned_copies c
        WHERE NOT EXISTS (SELECT 1 FROM campaign_evidence e WHERE e.kind = 'photo' AND e.a = c.a AND e.b = c.b);
        DELETE FROM campaign_evidence
        WHERE kind = 'photo' AND (a IN (SELECT id FROM _face_owner) OR b IN (SELECT id FROM _face_owner));
        -- One face under one name spelled two ways ("Antoiné" / "Antoine") is an impersonation:
        -- one account copies the other's profile, and which one is not known here. The copy
        -- is judged by what it does; the pair is no tie of one operation, or the person copied
        -- would be named in its campaign (a blind world: two real programme officers so).
        CREATE OR REPLACE TEMP TABLE _look_alike AS
        SELECT e.a, e.b FROM campaign_evidence e JOIN accounts x ON x.id = e.a JOIN accounts y ON y.id = e.b
        WHERE e.kind = 'photo' AND x.name IS DISTINCT FROM y.name
          AND {name_key_sql("x.name")} <> '' AND {name_key_sql("x.name")} = {name_key_sql("y.name")};
        DELETE FROM campaign_evidence e USING _look_alike l
        WHERE e.kind = 'photo' AND e.a = l.a AND e.b = l.b;
        """
    )


def template_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Different senders sending the same long text up to names and numbers: one script, several personas.

    A text is fingerprinted after folding case, dropping capitalised words (the
    greeting's name, a signature) and digits, so a mail-merged script gives one
    fingerprint. Fingerprints are counted over *every* sender, not only the
    suspicious ones: a text that ordinary accounts also send (a stock phrase, a
    platform default) is boilerplate and ties no one; so is one sent by more than
    ``max_group`` accounts. Sponsored InMail (``raw.sponsored``) is left out. A
    text whose skeleton after folding is short ("Great talk at <Event>!") is a
    stock phrase that different operators, and genuine people, write alike. So is
    a text without a single lure cue (a follow-up nudge, a request to connect):
    what an operator writes for its personas is the pitch. On an independently
    written world, cue-less lines tied personas of eight operations into one.
    """
    fps = script_fingerprints(
        con,
        min_chars=p.template_min_chars,
        min_folded_chars=p.template_min_folded_chars,
        script_words=p.template_script_words,
    )
    # a script's lure score: the highest text score among its messages (none scored: no lure for
    # the long-script rule; kept as a script, since its words were never judged)
    lure = (
        f"SELECT f.fp, max(s.lure_score) AS lure FROM {fps} f JOIN message_scores s ON s.interaction_id = f.id "
        "WHERE f.fp IN (SELECT fp FROM kept) GROUP BY f.fp"
        if store.has_table(con, "message_scores")
        else "SELECT NULL::UBIGINT AS fp, NULL::DOUBLE AS lure WHERE false"
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _tpl AS
        WITH g AS (
            SELECT fp, count(DISTINCT f.src) AS senders, max(f.flen) AS flen,
                   count(DISTINCT f.src) FILTER (WHERE c.account_id IS NOT NULL) AS suspicious
            FROM {fps} f LEFT JOIN _cand c ON c.account_id = f.src GROUP BY fp
        ), kept AS (
            SELECT * FROM g
            WHERE senders BETWEEN 2 AND {p.max_group} AND suspicious >= {float(p.template_min_suspicious)} * senders
        ), lure AS ({lure}), strong AS (
            SELECT k.fp, k.flen >= {int(p.template_long_folded_chars)}
                         AND coalesce(l.lure, 0.0) >= {float(p.template_long_min_lure)} AS strong
            FROM kept k LEFT JOIN lure l USING (fp)
            WHERE l.lure IS NULL OR l.lure >= {float(p.template_min_lure)}
        )
        SELECT DISTINCT f.src, f.fp, f.script, s.strong, g.senders FROM {fps} f JOIN kept g USING (fp) JOIN strong s USING (fp)
        JOIN _cand c ON c.account_id = f.src;
        -- scripts are counted by their opening words: one stock sentence whose slots were filled
        -- differently ("... experts in <field>") is one script, however many fingerprints it left.
        -- A short script (a sentence or two) is something different operators, and genuine people,
        -- write alike, so it takes two to tie a pair; one long lure (a paid offer, a trip) ties it alone.
        INSERT INTO campaign_evidence
        SELECT a, b, 'template', least(1.0, sum(w)), count(*) || ' identical message script(s) sent by both'
        FROM (
            SELECT x.src AS a, y.src AS b, x.script,
                   max(CASE WHEN x.strong THEN 0.5 ELSE 0.25 END) AS w
            FROM _tpl x JOIN _tpl y ON x.fp = y.fp AND x.src < y.src GROUP BY x.src, y.src, x.script
        ) GROUP BY a, b;
        """
    )


def employer_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Claiming the same current employer without any connection to its other claimants.

    Genuine colleagues at a firm are connected to each other; personas that
    impersonate a real firm, or invent one, are not linked to its staff.
    """
    con.execute(
        f"""
        INSERT INTO campaign_evidence
        WITH linked AS (
            SELECT DISTINCT e1.id, e1.org FROM _emp e1
            JOIN connected_pairs c ON c.a = e1.id JOIN _emp e2 ON e2.id = c.b AND e2.org = e1.org
        ),
        staff AS (SELECT org, count(*) AS staff FROM linked GROUP BY org),
        loose AS (
            SELECT e.id, e.org FROM _emp e JOIN _cand c ON c.account_id = e.id
            WHERE NOT EXISTS (SELECT 1 FROM linked l WHERE l.id = e.id AND l.org = e.org)
        ),
        sized AS (SELECT *, count(*) OVER (PARTITION BY org) AS n FROM loose),
        -- when each employer first appears on the platform: its earliest claimant's join date
        since AS (
            SELECT e.org, min(a.created_at) AS first_joined FROM _emp e JOIN accounts a ON a.id = e.id
            WHERE e.org IN (SELECT org FROM sized) GROUP BY e.org
        )
        SELECT x.id, y.id, CASE WHEN coalesce(s.staff, 0) > 0 THEN 'employer' ELSE 'shared_employer' END,
               CASE WHEN coalesce(s.staff, 0) > 0 THEN 0.9 ELSE 0.3 END,
               CASE WHEN coalesce(s.staff, 0) > 0
                    THEN 'both claim an employer whose ' || s.staff || ' connected staff neither is linked to'
                    ELSE 'both claim the same employer, which has no connected staff' END
        FROM sized x JOIN sized y ON x.org = y.org AND x.id < y.id
        LEFT JOIN staff s ON s.org = x.org
        LEFT JOIN since f ON f.org = x.org
        LEFT JOIN accounts ax ON ax.id = x.id
        LEFT JOIN accounts ay ON ay.id = y.id
        WHERE x.n <= {p.max_group}
          -- an employer with no connected staff that someone claimed a year before either joined
          -- is an established one seen through a narrow window (an organisation's pooled view
          -- shows only its own people's connections), not one made up for an operation's personas
          AND NOT (coalesce(s.staff, 0) = 0
                   AND coalesce(epoch(least(ax.created_at, ay.created_at)) - epoch(f.first_joined)
                                >= {float(p.employer_established_days)} * 86400, false))
          -- two claimants of a firm with staff who joined the platform a year or more apart are two
          -- of its hires seen through a narrow window, not one batch of personas (as for a shared
          -- logo in the photo_reuse signal); on our and three blind generators' development worlds
          -- 54 of the 74 such pairs tied two operations or a genuine account
          AND NOT (coalesce(s.staff, 0) > 0
                   AND coalesce(abs(epoch(ax.created_at) - epoch(ay.created_at))
                                >= {LOGO_JOINED_APART_DAYS} * 86400, false))
        """
    )


def _first_contacts(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _fc AS
        WITH f AS (
            SELECT i.src, i.dst, min(i.ts) AS t, arg_min(i.type, (i.ts, i.type)) AS first_type
            FROM interactions i JOIN _cand c ON c.account_id = i.src JOIN {protected(con)} m ON m.account_id = i.dst
            WHERE i.type IN ('invitation', 'message') GROUP BY i.src, i.dst
        )
        SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY dst) AS senders FROM f)
        WHERE senders <= {int(p.max_senders_per_target)}
        """
    )


def handoff_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """A second account taking over a conversation the first one started.

    A relay: the target answers persona A, and within days persona B writes to the
    same target for the first time (an invitation or a message). One such
    coincidence is weak (two recruiters may approach the same person the same
    week), so timing alone links only when it repeats for the same pair and the
    relays are a real share of B's contacts (a closer works A's leads; two busy
    recruiters share a few popular experts by chance); but when
    B's text names A ("my colleague Inès told me about you") a single relay is an
    admission of the hand-off and links on its own. A's side must be a candidate;
    B may be any sender, because closers often write too little to look
    suspicious by themselves (an analyst's ``genuine`` still keeps B out) — but a
    B that is no candidate needs both kinds of evidence, repeated relays and a
    naming: on blind-written worlds busy genuine recruiters met personas' targets
    by timing, or thanked a target "for the intro to Claire", and were named.
    """
    days = float(p.handoff_days)
    con.execute(
        f"""
        -- replies from targets to candidates: only their conversations can be taken over
        CREATE OR REPLACE TEMP TABLE _rep AS
        SELECT i.src AS dst, i.dst AS first, i.ts FROM interactions i JOIN _cand c ON c.account_id = i.dst
        WHERE i.type = 'message' AND i.src IN (SELECT dst FROM _fc);
        CREATE OR REPLACE TEMP TABLE _fc_any AS
        WITH f AS (
            SELECT i.src, i.dst, min(i.ts) AS t, arg_min(i.id, (i.ts, i.id)) AS first_id
            FROM interactions i JOIN {protected(con)} m ON m.account_id = i.dst
            WHERE i.type IN ('invitation', 'message') AND i.dst IN (SELECT dst FROM _rep)
              AND i.src NOT IN (SELECT account_id FROM _lab WHERE label = 'genuine')
            GROUP BY i.src, i.dst
        )
        SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY dst) AS senders FROM f)
        WHERE senders <= {int(p.max_senders_per_target)};
        CREATE OR REPLACE TEMP TABLE _relay AS
        WITH took AS (
            -- the target wrote to A shortly before B's first contact with the target
            SELECT DISTINCT x.src AS first, y.src AS second, x.dst, y.t
            FROM _fc x JOIN _rep r ON r.dst = x.dst AND r.first = x.src
            JOIN _fc_any y ON y.dst = x.dst AND y.src <> x.src AND y.t > x.t
                 AND r.ts <= y.t AND r.ts >= y.t - INTERVAL ({days} * 86400) SECOND
        ),
        names AS (
            -- first names and name words without titles or accents, placeholders ("LinkedIn
            -- Member") naming no one (``lureguard.names``); computed here, outside the LEFT JOIN
            -- below, where a test turned the hash join into a nested loop (88 s at 1 M)
            SELECT a.id, {first_name_sql("a.name")} AS first_name, {name_tokens_sql("a.name")} AS words
            FROM accounts a
            WHERE a.id IN (SELECT first FROM took UNION SELECT second FROM took UNION SELECT dst FROM took)
        ),
        said AS (
            -- B's messages to the target in the days after taking over
            SELECT t.first, t.second, t.dst, any_value(n.first_name) AS a_name,
                   any_value(nb.words) AS b_words, any_value(nt.words) AS t_words,
                   bool_or(list_contains(string_split_regex(lower(strip_accents(i.text)), '[^\\pL]+'),
                                         n.first_name)) AS hit
            FROM took t JOIN names n ON n.id = t.first
            LEFT JOIN names nb ON nb.id = t.second LEFT JOIN names nt ON nt.id = t.dst
            LEFT JOIN interactions i ON i.src = t.second AND i.dst = t.dst AND i.type IN ('invitation', 'message')
                 AND i.ts >= t.t AND i.ts <= t.t + INTERVAL ({days} * 86400) SECOND
            GROUP BY t.first, t.second, t.dst
        )
        -- A's first name in B's text names A only when it is no word of B's own name (a signature:
        -- "Felix") nor of the target's (a greeting: "Dear Susanne", to "Dr. Susanne Roth"); blind
        -- worlds tied genuine accounts so
        SELECT first, second, dst,
               coalesce(hit AND NOT coalesce(list_contains(b_words, a_name), false)
                            AND NOT coalesce(list_contains(t_words, a_name), false), false) AS named
        FROM said;
        INSERT INTO campaign_evidence
        WITH tgt AS (
            SELECT i.src, count(DISTINCT i.dst) AS n FROM interactions i JOIN {protected(con)} m ON m.account_id = i.dst
            WHERE i.type IN ('invitation', 'message') AND i.src IN (SELECT second FROM _relay) GROUP BY i.src
        ),
        dir AS (
            SELECT r.first, r.second, count(DISTINCT r.dst) AS n,
                   count(DISTINCT r.dst) FILTER (WHERE r.named) AS n_named,
                   count(DISTINCT r.dst) / any_value(greatest(t.n, 1)) AS share
            FROM _relay r JOIN tgt t ON t.src = r.second GROUP BY r.first, r.second
        ),
        pair AS (
            SELECT least(first, second) AS a, greatest(first, second) AS b, sum(n) AS n,
                   sum(n_named) AS n_named, max(share) AS share
            FROM dir GROUP BY 1, 2
        ),
        judged AS (
            SELECT *, n >= {int(p.handoff_min_targets)} AND share >= {float(p.handoff_min_share)} AS by_timing,
                   a IN (SELECT account_id FROM _cand) AND b IN (SELECT account_id FROM _cand) AS suspects
            FROM pair
        )
        SELECT a, b, 'handoff',
               least(1.0, 0.3 * CASE WHEN by_timing THEN n ELSE n_named END + 0.6 * n_named),
               'took over ' || n || ' conversation(s) from one another within ' || {int(days)} || ' days ('
                 || round(100 * share)::INTEGER || ' % of the closer''s contacts)'
                 || CASE WHEN n_named > 0 THEN ', naming the first account in ' || n_named ELSE '' END
        -- a closer no one suspects needs both: relays by timing and one naming the opener (the
        -- closer's tie is then the only evidence against it, and the lift would flag it on that tie)
        FROM judged WHERE CASE WHEN suspects THEN by_timing OR n_named > 0 ELSE by_timing AND n_named > 0 END
        """
    )


def contact_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Two suspicious accounts giving the same off-platform contact: one operator behind both.

    A persona moves its target to e-mail or a messenger, and the address or
    handle it writes is where the operator reads the answers; two personas that
    hand out the same personal address, phone number or WeChat/Telegram/... ID
    are run by the same people, whatever their faces and scripts. Values are
    normalised (e-mail lower-cased, phone numbers to their digits, handles
    lower-cased without a leading ``@``). Never evidence: a value any
    non-suspicious account also wrote (an organisation's own or a target's
    address quoted back, a conference desk), desk mailboxes (``info@``,
    ``events@``), digit runs that are not written as a phone number (``+``,
    ``(`` or a leading 0) or have fewer than 9 digits (dates), and a value given by
    more than ``max_group`` accounts.
    """
    desks = ", ".join(f"'{d}'" for d in _DESK_MAILBOXES)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _said AS
        WITH msg AS (
            SELECT i.src, i.text FROM interactions i
            WHERE i.type IN ('invitation', 'message') AND nullif(trim(i.text), '') IS NOT NULL
              AND regexp_matches(i.text, '(?i)@|[0-9]|wechat|weixin|telegram|signal|skype|viber|whatsapp|line')
        ),
        -- each list unnested in a SELECT of its own, then folded: Spark allows no generator
        -- inside another expression
        mail AS (
            SELECT src, 'e-mail address' AS what, lower(found) AS v FROM (
                SELECT src, unnest(regexp_extract_all(
                    text, '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{{2,}}')) AS found
                FROM msg
            )
        ),
        phone AS (
            SELECT src, 'phone number' AS what, regexp_replace(found, '[^0-9]', '', 'g') AS v FROM (
                SELECT src, unnest(regexp_extract_all(text, '(?:\\+|\\(|\\b0)[0-9 ().-]{{7,}}[0-9]')) AS found
                FROM msg
            )
        ),
        handle AS (
            SELECT src, 'messenger ID' AS what, lower(found) AS v FROM (
                SELECT src, unnest(regexp_extract_all(
                    text, '(?i)(?:^|{_NOT_WORD})(?:wechat|weixin|telegram|signal|skype|viber|whatsapp|line)\\s*(?:id|handle)?\\s*[:：]\\s*@?([A-Za-z][A-Za-z0-9_.-]{{3,31}})', 1)) AS found
                FROM msg
            )
        )
        SELECT DISTINCT src, what, v FROM (
            SELECT * FROM mail WHERE split_part(v, '@', 1) NOT IN ({desks})
            UNION ALL SELECT * FROM phone WHERE length(v) BETWEEN 9 AND 15
            UNION ALL SELECT * FROM handle WHERE v NOT LIKE '%@%'
        ) WHERE nullif(trim(v), '') IS NOT NULL;
        INSERT INTO campaign_evidence
        WITH ok AS (
            SELECT what, v FROM _said s LEFT JOIN _cand c ON c.account_id = s.src GROUP BY what, v
            HAVING count(*) FILTER (WHERE c.account_id IS NULL) = 0
               AND count(DISTINCT s.src) BETWEEN 2 AND {int(p.max_group)}
        ),
        own AS (SELECT s.* FROM _said s JOIN ok USING (what, v))
        SELECT x.src, y.src, 'contact', 1.0,
               'both gave the same ' || string_agg(DISTINCT x.what, ', ' ORDER BY x.what) || ' in messages'
        FROM own x JOIN own y ON x.what = y.what AND x.v = y.v AND x.src < y.src
        GROUP BY x.src, y.src
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


def modus_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """The same way of working, for clearly suspicious accounts that no fingerprint tied to anyone.

    An operation that gives every persona its own face, employer and freshly
    written messages still runs them the same way: one cover story (the headline's
    persona), one set of target sectors, one season of activity and one
    off-platform channel to move people to. Each agreement is common on its own,
    so only their sum links (``modus_min_score``), only accounts with risk ≥
    ``modus_min_risk`` are compared, and only "orphans" (no photo, script,
    employer or relay tie): behaviour never merges groups that fingerprints
    already told apart. Accounts vouched for by colleagues (connected to a
    non-suspicious account claiming their current employer) are left out, as
    genuine recruiters in a firm are.
    """
    personas = " ".join(
        f"WHEN regexp_matches(lower(coalesce(a.headline, '')), '{rx}') THEN '{label}'"
        for label, rx in PERSONA_PATTERNS
    )
    messengers = "|".join(m for m in MESSENGERS if m != "email")
    channel = f"(?i)(?:^|{_NOT_WORD})({messengers})(?:{_NOT_WORD}|$)"
    con.execute(
        f"""
        -- tied = a fingerprint strong enough to link on its own; a lone weak tie (one short
        -- shared phrase) leaves the account an orphan
        CREATE OR REPLACE TEMP TABLE _tied AS
        WITH pairs AS (
            SELECT a, b FROM campaign_evidence WHERE kind IN ('photo', 'template', 'employer', 'handoff', 'contact')
            GROUP BY a, b HAVING sum(weight) >= {float(p.link_weight)}
        )
        SELECT a AS id FROM pairs UNION SELECT b FROM pairs;
        CREATE OR REPLACE TEMP TABLE _orph AS
        SELECT r.account_id AS id FROM _risk r JOIN _cand c USING (account_id)
        WHERE r.risk >= {float(p.modus_min_risk)}
          AND r.account_id NOT IN (SELECT id FROM _tied)
          AND r.account_id NOT IN (SELECT id FROM _vouched);
        CREATE OR REPLACE TEMP TABLE _out AS
        SELECT i.src, i.dst, i.ts, i.text, m.sector FROM interactions i
        JOIN _orph o ON o.id = i.src JOIN {protected(con)} m ON m.account_id = i.dst
        WHERE i.type IN ('invitation', 'message');
        CREATE OR REPLACE TEMP TABLE _prof AS
        WITH act AS (
            SELECT src, count(DISTINCT dst) AS targets, epoch(min(ts)) AS t0, epoch(max(ts)) AS t1
            FROM _out GROUP BY src
        ),
        chan AS (
            -- the messenger an account names most often; ties go by name, not by row order, so the
            -- "same messenger" evidence is the same on every run (an ordered first() is DuckDB's alone)
            SELECT src, arg_min(channel, (-n, channel)) AS channel FROM (
                SELECT src, lower(regexp_extract(text, '{channel}', 1)) AS channel, count(*) AS n
                FROM _out WHERE regexp_matches(text, '{channel}') GROUP BY ALL
            ) GROUP BY src
        )
        SELECT act.*, chan.channel, CASE {personas} END AS persona
        FROM act LEFT JOIN chan USING (src) JOIN accounts a ON a.id = act.src
        WHERE act.targets >= {int(p.modus_min_targets)};
        CREATE OR REPLACE TEMP TABLE _sect AS
        SELECT src, sector, count(DISTINCT dst) AS n FROM _out
        WHERE nullif(trim(sector), '') IS NOT NULL AND src IN (SELECT src FROM _prof) GROUP BY ALL;
        INSERT INTO campaign_evidence
        WITH nrm AS (SELECT src, sqrt(sum(n * n)) AS nn FROM _sect GROUP BY src),
        cos AS (
            SELECT x.src AS a, y.src AS b, sum(x.n * y.n) / (any_value(nx.nn) * any_value(ny.nn)) AS c
            FROM _sect x JOIN _sect y ON x.sector = y.sector AND x.src < y.src
            JOIN nrm nx ON nx.src = x.src JOIN nrm ny ON ny.src = y.src GROUP BY 1, 2
        ),
        pair AS (
            SELECT c.a, c.b, c.c AS sector_cos,
                   -- one wave: the two started and stopped together (a persona active for 18
                   -- months does not share the season of one active for 3 of them)
                   greatest(0, least(x.t1, y.t1) - greatest(x.t0, y.t0))
                     / greatest(greatest(x.t1, y.t1) - least(x.t0, y.t0), 86400) AS overlap,
                   x.persona IS NOT NULL AND x.persona = y.persona AS same_persona,
                   x.persona IS NOT NULL AND y.persona IS NOT NULL AND x.persona <> y.persona AS other_persona,
                   x.channel IS NOT NULL AND x.channel = y.channel AS same_channel
            FROM cos c JOIN _prof x ON x.src = c.a JOIN _prof y ON y.src = c.b
        ),
        scored AS (
            SELECT *, 0.4 * least(1.0, greatest(0.0, (sector_cos - 0.5) / 0.4))
                    + 0.3 * least(1.0, overlap) + 0.2 * same_persona::INT + 0.2 * same_channel::INT AS s
            FROM pair
        )
        SELECT a, b, 'modus', 0.5 + 0.5 * least(1.0, (s - {float(p.modus_min_score)}) / 0.5),
               'same way of working: target-sector similarity ' || round(sector_cos, 2)
                 || ', active periods overlapping ' || round(100 * least(1.0, overlap)) || ' % (of both together)'
                 || CASE WHEN same_persona THEN ', same cover persona' ELSE '' END
                 || CASE WHEN same_channel THEN ', same messenger' ELSE '' END
        FROM scored WHERE s >= {float(p.modus_min_score)} AND overlap >= {float(p.modus_min_overlap)}
          AND sector_cos >= 0.5 AND NOT other_persona
        """
    )


def burst_edges(con: duckdb.DuckDBPyConnection, p: EvidenceParams) -> None:
    """Accounts created within days of each other — only for pairs already tied by other evidence."""
    con.execute(
        f"""
        INSERT INTO campaign_evidence
        SELECT DISTINCT e.a, e.b, 'burst', 0.3,
               'created ' || abs({days_between("x.created_at", "y.created_at")}) || ' day(s) apart'
        FROM (SELECT DISTINCT a, b FROM campaign_evidence) e
        JOIN accounts x ON x.id = e.a JOIN accounts y ON y.id = e.b
        WHERE x.created_at IS NOT NULL AND y.created_at IS NOT NULL
          AND abs(epoch(x.created_at) - epoch(y.created_at)) <= {float(p.burst_days)} * 86400
        """
    )


def build_evidence(
    con: duckdb.DuckDBPyConnection, p: EvidenceParams, *, progress: Callable[[str], None] | None = None
) -> None:
    """Fill ``campaign_evidence`` for the accounts in ``_cand``; ``progress`` hears each step's name."""
    steps: list[tuple[str, list[Callable[[], None]]]] = [
        ("employers", [lambda: _create(con), lambda: _employers(con)]),
        ("photos", [lambda: photo_edges(con, p)]),
        ("templates", [lambda: template_edges(con, p)]),
        (
            "colleagues",
            [
                lambda: _drop_colleagues(con, "photo"),
                lambda: _drop_colleagues(con, "template"),
                lambda: _drop_firm_templates(con),
            ],
        ),
        ("employer claims", [lambda: employer_edges(con, p)]),
        ("hand-offs", [lambda: _first_contacts(con, p), lambda: handoff_edges(con, p)]),
        ("contacts", [lambda: contact_edges(con, p)]),
        ("co-targeting", [lambda: cotarget_edges(con, p)]),
        ("modus", [lambda: modus_edges(con, p)]),
        ("bursts", [lambda: burst_edges(con, p)]),
    ]
    with store.materialised(con, VIEWS):
        for name, calls in steps:
            if progress:
                progress(f"campaigns: {name}")
            for call in calls:
                call()
