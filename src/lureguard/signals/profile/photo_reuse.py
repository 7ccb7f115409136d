"""The same face under different names.

Catches: personas built from one stock or scraped photo (public guidance's
first red flag: "photo reused elsewhere"; BfV's fake profiles used catalogue
photos). Equal image bytes (sha256) or near-equal 64-bit perceptual hashes
(Hamming distance ≤ 6, which survives re-encoding and light crops) link
accounts. To stay near-linear, candidate pairs come from blocking
(``band_keys``): the hash is cut into eight 8-bit bands; two hashes within 6
bits agree exactly on at least two bands, so every pair of bands (28 integer
keys of 16 bits) is a block, and each pair is compared once. Missing,
empty or blank hashes (all zeros / all ones) never link anyone. Two accounts
that name the same current employer and are connected, directly or through a
third account naming that employer, are colleagues sharing a firm's logo, not a
stolen face: such pairs are left out, as are two claimants of one employer
who joined the platform a year or more apart (known from the start, so a new
recruiter is not taken for a persona before its first colleague accepts it),
and every pair of claimants of one employer when an account shares the image
with five or more claimants of its employer who joined a year or more apart
between them: a firm's two new recruiters of the same month show the logo its
staff have shown for years, while an operation's personas on one face are a
handful. In one person's own data (a single protected member) the firm's other
staff and whom they are connected to are out of sight, so neither test can hold:
there two claimants of one employer sharing an image are taken as its logo (on
member views of development worlds every genuine recruiter flagged from one inbox
was flagged on a logo shared with a colleague, docs/results.md).
Why two steps: a firm's fifty recruiters
are not all connected to each other, but nearly every two share a colleague,
while personas sharing a face have never been seen tied to a real staff member
(measured on our worlds and on an independently written generator's).

The face's likely owner is not scored: an account that joined the platform a
year or more before every other account showing its face. Why: an operation
that steals a real member's photo makes its personas later, and the person
robbed of a face is the one a false accusation harms most (two generators
written apart from ours both put the victim in the world, and it was flagged).
An aged persona older than every copy escapes this evidence; the copies do not.

Names are compared as a look-alike copies them (``lureguard.names.name_key_sql``:
no accents, case or punctuation). An impersonator copies a real person's name
with one letter changed ("Antoiné Girard"); compared as raw text, the person
copied had a face "under another name" and scored as a stolen photo. The same
name on one face says one of the two is a copy or a duplicate, not which.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

from lureguard.contract import ONE_INBOX_SQL
from lureguard.names import name_key_sql
from lureguard.signals.base import Signal
from lureguard.signals.behaviour._views import CONNECTED_AT
from lureguard.signals.profile._views import CURRENT_EMPLOYER, band_keys

MAX_HAMMING: Final = 6
#: An account that joined this many days before every other holder of its face is its likely owner.
OWNER_EARLIER_DAYS: Final = 365
#: Two claimants of one employer who joined the platform this many days apart or more share its
#: logo: a firm's staff join over years, an operation's personas are made in batches.
LOGO_JOINED_APART_DAYS: Final = 365
#: An account showing the same image as this many other claimants of its employer, who joined over a
#: year or more, shows the firm's logo: a genuine recruiter firm of an independent world had 43 staff
#: on one logo, hired in batches; an aged operation's invented institute had three personas on a face.
LOGO_MIN_STAFF: Final = 5
#: Score over a group of links (SQL aggregate): another name means a reused face; the same
#: name only a duplicate account.
_SCORE: Final = """CASE WHEN count(*) FILTER (WHERE other_name) > 0
                    THEN 0.85 + 0.15 * (1 - exp(-(count(*) FILTER (WHERE other_name) - 1) / 3.0))
                    ELSE 0.3 END"""
_BLANK_SHA: Final = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


class PhotoReuse(Signal):
    name: ClassVar[str] = "photo_reuse"
    version: ClassVar[str] = "9"
    reads: ClassVar[tuple[str, ...]] = ("accounts", "interactions", "members")
    views: ClassVar[tuple[str, ...]] = ("current_employers", "connected_since")
    summary: ClassVar[str] = (
        "Profile photo shared (same bytes or near-equal perceptual hash) with differently named accounts."
    )
    features: ClassVar[tuple[str, ...]] = ("shared_with", "other_names", "exact_copies", "min_distance")

    def _links(self) -> str:
        """Every photo link (account, other, …) with the time the pair became connected colleagues."""
        return f"""
        WITH ph AS (
            SELECT id, coalesce(name, '') AS nm, try_cast(('0x' || photo_phash) AS UBIGINT) AS h
            FROM accounts
            WHERE length(photo_phash) = 16 AND photo_phash NOT IN ('0000000000000000', 'ffffffffffffffff')
        ),
        -- the blocking join carries small integers, not id strings: at 1 M accounts it forms
        -- about 200 M candidate pairs, and string payloads made it 1.7 times slower
        ph_ok AS MATERIALIZED (
            SELECT row_number() OVER (ORDER BY id)::UINTEGER AS i, id, nm, h FROM ph WHERE h IS NOT NULL
        ),
        blocks AS (
            SELECT i, h, unnest([{band_keys(MAX_HAMMING)}]) AS k FROM ph_ok
        ),
        near_i AS (
            SELECT DISTINCT a.i AS xi, b.i AS yi, bit_count(xor(a.h, b.h)) AS dist
            FROM blocks a JOIN blocks b ON a.k = b.k AND a.i < b.i
            WHERE bit_count(xor(a.h, b.h)) <= {MAX_HAMMING}
        ),
        near_once AS (
            -- names keyed per pair, far fewer than accounts: keying every account's name added 6.5 s
            -- to this signal on a million accounts (scale run Q)
            SELECT a.id AS x, b.id AS y, {name_key_sql("a.nm")} <> {name_key_sql("b.nm")} AS other_name, n.dist
            FROM near_i n JOIN ph_ok a ON a.i = n.xi JOIN ph_ok b ON b.i = n.yi
        ),
        near AS (
            SELECT x AS account_id, y AS other, other_name, dist FROM near_once
            UNION ALL SELECT y, x, other_name, dist FROM near_once
        ),
        sha AS (
            SELECT id, coalesce(name, '') AS nm, photo_sha256 FROM accounts
            WHERE photo_sha256 IS NOT NULL AND length(photo_sha256) >= 16 AND photo_sha256 <> '{_BLANK_SHA}'
        ),
        exact AS (
            SELECT a.id AS account_id, b.id AS other, {name_key_sql("a.nm")} <> {name_key_sql("b.nm")} AS other_name,
                   0 AS dist
            FROM sha a JOIN sha b ON a.photo_sha256 = b.photo_sha256 AND a.id <> b.id
        ),
        pairs AS (
            SELECT account_id, other, bool_or(other_name) AS other_name, min(dist) AS dist,
                   bool_or(dist = 0 AND src = 'sha') AS exact
            FROM (SELECT *, 'ph' AS src FROM near UNION ALL SELECT *, 'sha' AS src FROM exact)
            GROUP BY account_id, other
        ),
        emp AS ({CURRENT_EMPLOYER}),
        keyed AS MATERIALIZED (
            SELECT p.*, CASE WHEN ea.emp_key = eb.emp_key THEN ea.emp_key END AS firm,
                   abs(epoch(xa.created_at) - epoch(xb.created_at)) >= {LOGO_JOINED_APART_DAYS} * 86400 AS apart,
                   coalesce(epoch(xb.created_at) - epoch(xa.created_at) >= {OWNER_EARLIER_DAYS} * 86400, false)
                       AS earlier,
                   epoch(xa.created_at) AS joined, epoch(xb.created_at) AS other_joined
            FROM pairs p
            LEFT JOIN emp ea ON ea.account_id = p.account_id
            LEFT JOIN emp eb ON eb.account_id = p.other
            LEFT JOIN accounts xa ON xa.id = p.account_id
            LEFT JOIN accounts xb ON xb.id = p.other
        ),
        -- colleagues through a third claimant of the firm: tied from when both ties exist
        via AS (
            SELECT k.account_id, k.other, min(greatest(c1.connected_at, c2.connected_at)) AS t
            FROM keyed k
            JOIN ({CONNECTED_AT}) c1 ON c1.a = k.account_id
            JOIN ({CONNECTED_AT}) c2 ON c2.a = c1.b AND c2.b = k.other
            JOIN emp ec ON ec.account_id = c1.b
            WHERE k.firm IS NOT NULL AND ec.emp_key = k.firm
            GROUP BY k.account_id, k.other
        )
        -- the employer test stays out of the join condition: inside it, DuckDB gave up the hash
        -- join (11 s for 8 k pairs on 100 k accounts, 665 s on 1 M)
        SELECT k.* EXCLUDE (firm, apart, joined, other_joined),
               bool_and(k.earlier) OVER (PARTITION BY k.account_id) AS owner,
               CASE WHEN k.firm IS NOT NULL AND (k.apart OR {ONE_INBOX_SQL} OR coalesce(
                        greatest(max(k.other_joined) OVER firm_w, k.joined)
                        - least(min(k.other_joined) OVER firm_w, k.joined) >= {LOGO_JOINED_APART_DAYS} * 86400
                        AND count(*) OVER firm_w >= {LOGO_MIN_STAFF},
                        false))
                    THEN '-infinity'::TIMESTAMPTZ
                    WHEN k.firm IS NOT NULL THEN least(c.connected_at, v.t) END AS colleagues_at
        FROM keyed k
        LEFT JOIN ({CONNECTED_AT}) c ON c.a = k.account_id AND c.b = k.other
        LEFT JOIN via v ON v.account_id = k.account_id AND v.other = k.other
        WINDOW firm_w AS (PARTITION BY k.account_id, k.firm)
        """

    def query(self) -> str:
        return f"""
        WITH links AS (SELECT * FROM ({self._links()}) WHERE colleagues_at IS NULL AND NOT owner)
        SELECT account_id, count(*) AS shared_with, count(*) FILTER (WHERE other_name) AS other_names,
               count(*) FILTER (WHERE exact) AS exact_copies, min(dist) AS min_distance,
               {_SCORE} AS score
        FROM links GROUP BY account_id
        """

    def query_asof(self) -> str:
        # Photos are profile data, known throughout; what changes is a colleague connection,
        # which from its time on turns a shared firm logo from evidence into nothing.
        return f"""
        WITH all_links AS (SELECT * FROM ({self._links()}) WHERE NOT owner),
        times AS (
            SELECT DISTINCT account_id, '-infinity'::TIMESTAMPTZ AS t FROM all_links
            UNION SELECT account_id, colleagues_at FROM all_links WHERE colleagues_at IS NOT NULL
        ),
        links AS (
            SELECT t.account_id, t.t, l.other_name
            FROM times t JOIN all_links l ON l.account_id = t.account_id
            WHERE l.colleagues_at IS NULL OR l.colleagues_at > t.t
        )
        SELECT t.account_id, t.t AS "at", coalesce(s.score, 0.0) AS score
        FROM times t LEFT JOIN (
            SELECT account_id, t, {_SCORE} AS score FROM links GROUP BY account_id, t
        ) s USING (account_id, t)
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        return (
            f"Its profile photo also appears on {f.get('shared_with', 0)} other account(s), "
            f"{f.get('other_names', 0)} of them under a different name "
            f"({f.get('exact_copies', 0)} identical copies; closest perceptual-hash distance {f.get('min_distance')})."
        )
