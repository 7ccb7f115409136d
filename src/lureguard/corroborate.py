"""Corroborated alerts: two flagged accounts that share an operator's fingerprint.

Why: the replay alerts on one account only at a strict level (``alert_threshold``),
because an alert names a person and genuine recruiters get many chances to cross
a lower line over a year. A campaign is several accounts, though, and personas of
one operation leave fingerprints on each other that genuine strangers do not: the
same face under different names, or the same claimed employer with no tie to that
employer's real staff. Two accounts that are each past the flag level
(``threshold``) *and* share such a fingerprint are alerted on together, from the
first moment all three facts held (a face shared by two claimants of one employer
is that firm's logo, and links no one). The third fingerprint is a message script:
the same long text, up to names and numbers, sent by both, as long as the
script's senders so far are mostly flagged accounts (a text that ordinary
accounts also send is boilerplate) and the two do not claim the same employer
(a firm's house template).

No look-ahead: each account's flag comes from its own point-in-time risk; a face
or an employer is profile data, taken as known from the account's first event
(as for every profile signal); the employer's staff count from the time two of
its unflagged claimants connected; an employer pair counts only once both of them
show a connection to anyone (an account whose network is not in view shows no tie
to the staff because it shows none at all: in a blind world's organisation view,
genuine recruiters of two firms with no visible connection were alerted in pairs)
and stops counting from the moment one of them connects to the employer's staff;
a script counts from its second sender's first use, and only while its senders up
to then are mostly accounts flagged by then.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from lureguard.campaigns._evidence import no_employer_keys, script_fingerprints
from lureguard.names import name_key_sql
from lureguard.signals.behaviour._views import CONNECTED_AT
from lureguard.signals.profile._views import CURRENT_EMPLOYER, band_keys, norm_org
from lureguard.store import text_table

__all__ = ["KINDS", "Link", "Timeline", "corroborated", "fingerprint_links"]

#: The fingerprint kinds a link can be of.
KINDS = ("photo", "employer", "script")
#: Perceptual hashes at most this many bits apart are one photo (as ``photo_reuse``).
MAX_HAMMING = 6
#: An employer claimed by more flagged accounts than this is a big real employer's staff
#: falsely flagged, or boilerplate: pairing them all would be quadratic and say nothing.
MAX_CLAIMANTS = 300
#: A text shorter than this, or whose skeleton after folding is (names, digits and
#: punctuation dropped) is a stock phrase, not a script (as the campaign step).
SCRIPT_MIN_CHARS = 60
SCRIPT_MIN_FOLDED_CHARS = 40
#: Share of a script's senders so far that must be flagged accounts; below it the text is boilerplate.
SCRIPT_MIN_FLAGGED_SHARE = 0.8
_BLANK_SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@dataclass(frozen=True)
class Link:
    """A fingerprint shared by two flagged accounts, and when it holds.

    ``since``: first time it is observable (``None``: from the accounts' first
    events); ``until``: first time it stops counting (``None``: never).
    """

    a: str
    b: str
    kind: str
    since: np.datetime64 | None
    until: np.datetime64 | None


@dataclass(frozen=True)
class Timeline:
    """Point-in-time risk of the accounts that ever reach the flag level.

    ``times[k]``/``above[k]``: account ``ids[k]``'s evaluation points in time
    order and whether its risk there is at or above the flag level; a point's
    state holds until the next point.
    """

    ids: tuple[str, ...]
    times: tuple[np.ndarray, ...]
    above: tuple[np.ndarray, ...]
    risk: tuple[np.ndarray, ...]

    def first_flag(self, level: float | None = None) -> dict[str, np.datetime64]:
        """Each account's first point at or above the flag level (or ``level``, which must not be below it)."""
        marks = self.above if level is None else tuple(r >= level for r in self.risk)
        return {a: t[np.argmax(ab)] for a, t, ab in zip(self.ids, self.times, marks, strict=True) if ab.any()}


def fingerprint_links(
    con: duckdb.DuckDBPyConnection, flagged: Mapping[str, np.datetime64], kinds: Sequence[str] = KINDS
) -> list[Link]:
    """Fingerprints of ``kinds`` shared by two of the ``flagged`` accounts (see module doc).

    Who is flagged is part of the evidence, not only who may be linked: an employer's
    staff are its unflagged claimants, a script is boilerplate once unflagged senders
    use it. So each kind is judged with the flags at its own level (the caller's ``flagged``).
    """
    if len(flagged) < 2 or not kinds:
        return []
    con.register("_flag", text_table(account_id=list(flagged)))
    # Only the kinds asked for are selected, so DuckDB never computes the other kind's CTEs.
    wanted = (
        " UNION ALL ".join(
            f"SELECT a, b, kind, epoch_us(since), epoch_us(until) FROM {k}"
            for k in ("photo", "employer")
            if k in kinds
        )
        or "SELECT NULL AS a, NULL AS b, NULL AS kind, NULL, NULL WHERE false"
    )
    try:
        rows = con.execute(
            f"""
            WITH f AS (
                SELECT a.id, {name_key_sql("a.name")} AS nm,
                       ' ' || {norm_org("coalesce(a.headline, '')")} || ' ' AS head,
                       nullif(lower(trim(a.photo_sha256)), '') AS sha,
                       CASE WHEN regexp_full_match(lower(trim(a.photo_phash)), '[0-9a-f]{{16}}')
                                 AND lower(trim(a.photo_phash)) NOT IN ('0000000000000000', 'ffffffffffffffff')
                            THEN ('0x' || lower(trim(a.photo_phash)))::UBIGINT END AS h
                FROM accounts a SEMI JOIN _flag g ON g.account_id = a.id
            ),
            bands AS (SELECT id, h, unnest([{band_keys(MAX_HAMMING)}]) AS k FROM f WHERE h IS NOT NULL),
            same_photo AS (
                SELECT DISTINCT x.id AS a, y.id AS b FROM bands x JOIN bands y ON x.k = y.k AND x.id < y.id
                WHERE bit_count(xor(x.h, y.h)) <= {MAX_HAMMING}
                UNION
                SELECT x.id, y.id FROM f x JOIN f y ON x.sha = y.sha AND x.id < y.id
                WHERE length(x.sha) >= 16 AND x.sha <> '{_BLANK_SHA}'
            ),
            emp AS (SELECT account_id, emp_key FROM ({CURRENT_EMPLOYER}) WHERE emp_key NOT IN ({no_employer_keys()})),
            conn AS ({CONNECTED_AT}),
            photo AS (
                -- one face under two names (a look-alike spelling is one name, ``lureguard.names``);
                -- between two people of one employer (claimed in a current position, or named in the
                -- other's headline) it is the firm's logo, connected or not: recruiters of one agency
                -- often never connect
                SELECT p.a, p.b, 'photo' AS kind, NULL::TIMESTAMPTZ AS since, NULL::TIMESTAMPTZ AS until
                FROM same_photo p JOIN f x ON x.id = p.a JOIN f y ON y.id = p.b
                LEFT JOIN emp ea ON ea.account_id = p.a LEFT JOIN emp eb ON eb.account_id = p.b
                WHERE x.nm <> y.nm AND NOT coalesce(ea.emp_key = eb.emp_key, false)
                  AND NOT coalesce(contains(x.head, ' ' || eb.emp_key || ' '), false)
                  AND NOT coalesce(contains(y.head, ' ' || ea.emp_key || ' '), false)
            ),
            femp AS (
                SELECT * FROM (
                    SELECT e.account_id AS id, e.emp_key, count(*) OVER (PARTITION BY e.emp_key) AS n
                    FROM emp e SEMI JOIN _flag g ON g.account_id = e.account_id
                ) WHERE n <= {MAX_CLAIMANTS}
            ),
            claim AS (SELECT e.account_id, e.emp_key FROM emp e SEMI JOIN femp x ON x.emp_key = e.emp_key),
            -- connections between two claimants of one employer ("same employer" a filter, not a key)
            ties AS (
                SELECT c.a, c.b, c.connected_at, ca.emp_key
                FROM conn c JOIN claim ca ON ca.account_id = c.a JOIN claim cb ON cb.account_id = c.b
                WHERE ca.emp_key = cb.emp_key
            ),
            staff_since AS (
                SELECT emp_key, min(connected_at) AS t FROM ties
                WHERE a NOT IN (SELECT account_id FROM _flag) AND b NOT IN (SELECT account_id FROM _flag)
                GROUP BY emp_key
            ),
            tied_since AS (SELECT a AS id, min(connected_at) AS t FROM ties GROUP BY a),
            -- when each claimant first shows a connection to anyone: before that, its network is not
            -- in view, and no tie to the staff is no evidence
            seen_since AS (
                SELECT c.a AS id, min(c.connected_at) AS t FROM conn c SEMI JOIN femp f ON f.id = c.a
                GROUP BY c.a
            ),
            employer AS (
                SELECT x.id AS a, y.id AS b, 'employer' AS kind, greatest(s.t, sx.t, sy.t) AS since,
                       least(tx.t, ty.t) AS until
                FROM femp x JOIN femp y ON x.emp_key = y.emp_key AND x.id < y.id
                JOIN staff_since s ON s.emp_key = x.emp_key
                JOIN seen_since sx ON sx.id = x.id JOIN seen_since sy ON sy.id = y.id
                LEFT JOIN tied_since tx ON tx.id = x.id LEFT JOIN tied_since ty ON ty.id = y.id
            )
            {wanted}
            ORDER BY a, b, kind
            """
        ).fetchall()
        links = [Link(str(a), str(b), str(k), _np_time(s), _np_time(u)) for a, b, k, s, u in rows]
        if "script" in kinds:
            links += _script_links(con, flagged)
    finally:
        con.unregister("_flag")
    return links


def _script_links(con: duckdb.DuckDBPyConnection, flagged: Mapping[str, np.datetime64]) -> list[Link]:
    """Pairs of flagged accounts that sent one script, for each stretch of time it was no boilerplate.

    A text is fingerprinted as the campaign step does (case folded, capitalised
    words and digits dropped). Whether a script is boilerplate changes with time
    (each new sender, each sender flagged), so it is judged at every such change
    from the events up to then, and a pair gets a link per stretch in which the
    script qualified. ``_flag`` is registered by the caller.
    """
    fps = script_fingerprints(con, min_chars=SCRIPT_MIN_CHARS, min_folded_chars=SCRIPT_MIN_FOLDED_CHARS)
    rows = con.execute(
        f"""
        WITH sent AS (SELECT src, fp, min(ts) AS t FROM {fps} GROUP BY src, fp),
        shared AS (SELECT fp FROM sent SEMI JOIN _flag g ON g.account_id = sent.src GROUP BY fp HAVING count(*) >= 2)
        -- past its first MAX_CLAIMANTS + 1 senders a script is boilerplate for good: the rest never matter
        SELECT fp, src, epoch_us(t) FROM (
            SELECT s.*, row_number() OVER (PARTITION BY s.fp ORDER BY s.t, s.src) AS k
            FROM sent s SEMI JOIN shared USING (fp)
        ) WHERE k <= {MAX_CLAIMANTS + 1}
        ORDER BY fp, t, src
        """
    ).fetchall()
    employer = dict(
        con.execute(
            f"SELECT account_id, emp_key FROM ({CURRENT_EMPLOYER}) e SEMI JOIN _flag g USING (account_id)"
        ).fetchall()
    )
    groups: dict[int, list[tuple[str, int]]] = {}
    for fp, src, t in rows:
        groups.setdefault(int(fp), []).append((str(src), int(t)))
    never = np.datetime64("NaT", "us")
    links: list[Link] = []
    for senders in groups.values():
        sent_at = np.array([t for _, t in senders], dtype="datetime64[us]")
        flag_at = np.array([flagged.get(s, never) for s, _ in senders], dtype="datetime64[us]")
        changes = np.unique(np.concatenate([sent_at, flag_at[~np.isnat(flag_at)]]))
        changes = changes[changes <= sent_at[-1]] if len(senders) > MAX_CLAIMANTS else changes
        so_far = sent_at[None, :] <= changes[:, None]
        n = so_far.sum(axis=1)
        ok = (
            (n >= 2)
            & (n <= MAX_CLAIMANTS)
            & ((so_far & (flag_at[None, :] <= changes[:, None])).sum(axis=1) >= SCRIPT_MIN_FLAGGED_SHARE * n)
        )
        stretches = _stretches(changes, ok)
        mine = [k for k, (s, _) in enumerate(senders) if s in flagged]
        for x, i in enumerate(mine):
            for j in mine[x + 1 :]:
                a, b = sorted((senders[i][0], senders[j][0]))
                ea, eb = employer.get(a), employer.get(b)
                if ea is not None and ea == eb:
                    continue  # the house template of a firm both claim
                lo = max(sent_at[i], sent_at[j])
                for start, end in stretches:
                    if end is None or end > lo:
                        links.append(Link(a, b, "script", max(start, lo), end))
    return links


def _stretches(times: np.ndarray, ok: np.ndarray) -> list[tuple[np.datetime64, np.datetime64 | None]]:
    """Maximal runs of ``ok`` over change points: ``[start, end)``, ``end`` ``None`` when open."""
    out: list[tuple[np.datetime64, np.datetime64 | None]] = []
    start: np.datetime64 | None = None
    for t, good in zip(times, ok, strict=True):
        if good and start is None:
            start = t
        elif not good and start is not None:
            out.append((start, t))
            start = None
    if start is not None:
        out.append((start, None))
    return out


def corroborated(
    timeline: Timeline, links: list[Link], levels: Mapping[str, float] | None = None
) -> dict[str, dict[str, Any]]:
    """Per account, its earliest corroborated alert: ``{"at", "risk", "with", "kind"}``.

    For a link, the alert time is the first moment from ``since`` on (and before
    ``until``) at which both accounts' latest points are at or above the level:
    ``levels[link.kind]`` when given (a kind missing from ``levels`` links no
    one), else the timeline's flag level.
    """
    index = {a: k for k, a in enumerate(timeline.ids)}
    best: dict[str, dict[str, Any]] = {}
    for link in links:
        ka, kb = index.get(link.a), index.get(link.b)
        if ka is None or kb is None:
            continue
        level = None
        if levels is not None:
            if link.kind not in levels:
                continue
            level = float(levels[link.kind])
        at = _first_joint(timeline, ka, kb, link.since, link.until, level)
        if at is None:
            continue
        for me, other, k in ((link.a, link.b, ka), (link.b, link.a, kb)):
            cur = best.get(me)
            if cur is None or at < cur["at"]:
                risk = timeline.risk[k][np.searchsorted(timeline.times[k], at, side="right") - 1]
                best[me] = {"at": at, "risk": float(risk), "with": other, "kind": link.kind}
    return best


def _first_joint(
    tl: Timeline,
    ka: int,
    kb: int,
    since: np.datetime64 | None,
    until: np.datetime64 | None,
    level: float | None = None,
) -> np.datetime64 | None:
    ta, tb = tl.times[ka], tl.times[kb]
    cand = np.union1d(ta, tb)
    if since is not None:
        cand = np.union1d(cand[cand >= since], [since])
    if until is not None:
        cand = cand[cand < until]
    if len(cand) == 0:
        return None
    ia = np.searchsorted(ta, cand, side="right") - 1
    ib = np.searchsorted(tb, cand, side="right") - 1
    ok = (ia >= 0) & (ib >= 0)
    if level is None:
        ok[ok] &= tl.above[ka][ia[ok]] & tl.above[kb][ib[ok]]
    else:
        ok[ok] &= (tl.risk[ka][ia[ok]] >= level) & (tl.risk[kb][ib[ok]] >= level)
    hit = np.flatnonzero(ok)
    return cand[hit[0]] if len(hit) else None


def _np_time(us: int | None) -> np.datetime64 | None:
    """Microseconds since the epoch (UTC), as the replay's timelines hold time."""
    return None if us is None else np.datetime64(int(us), "us")
