"""Early warning: when would each account first have been flagged, knowing only the past?

The replay never recomputes the world per day. Each signal with a point-in-time
form (``Signal.query_asof``) gives one row per change of an account's score,
built from running (cumulative) aggregates and never past the data's last
event. All signals' rows and the evaluation points go through one window sort
that carries each signal's latest score forward, and the model scores the
points as they stream out, a batch of whole accounts at a time (after a monotone
bound has ruled out accounts that can never cross). The first point at or above
the alert level (`alert_threshold` if the model sets one, else `threshold`) is
the alert.

A dataset holds one snapshot of each profile, taken at its end: profile edits
over time are not observed. So a signal that reads no events (a profile signal)
is taken as known from the account's first event. A signal that reads events but
cannot say when it knew them is taken as known only at the end of the data, so
it can delay an alert but never make one early.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from statistics import median
from typing import TYPE_CHECKING, Any, Final, TypeVar

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lureguard.corroborate import KINDS, Timeline, corroborated, fingerprint_links
from lureguard.model import BoostedTreesModel, LogisticModel, NoisyOrModel, RiskModel
from lureguard.signals.base import Signal
from lureguard.store import materialised, text_table

if TYPE_CHECKING:
    from lureguard.scan import Scored

__all__ = [
    "alert_level",
    "asof_scores",
    "corroborate_levels",
    "early_alerts",
    "early_warning",
    "median_early_share",
    "replay",
    "timeline_alerts",
]

T = TypeVar("T")

#: Evaluation points handed to the replay's model per batch (8 bytes a score: 160 MB at 20 signals).
POINT_BATCH: Final = 1_000_000

#: Tables whose rows are time-stamped events; a signal reading them changes with time.
EVENT_TABLES = frozenset({"interactions", "message_scores"})


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"signal name {name!r} must be letters, digits and underscores")
    return name


def _asof_source(sig: Signal) -> str:
    """SQL giving ``account_id, t, score`` for one signal, honest about when a score was known."""
    q = sig.query_asof()
    if q is not None:
        return f'SELECT account_id::VARCHAR AS account_id, "at"::TIMESTAMPTZ AS t, score::DOUBLE AS score FROM ({q})'
    static = f"SELECT account_id::VARCHAR AS account_id, score::DOUBLE AS score FROM ({sig.query()})"
    if EVENT_TABLES & set(sig.reads):
        return f"SELECT account_id, (SELECT max(ts) FROM interactions) AS t, score FROM ({static})"
    return f"SELECT account_id, '-infinity'::TIMESTAMPTZ AS t, score FROM ({static})"


def asof_scores(
    con: duckdb.DuckDBPyConnection,
    signals: Sequence[Signal],
    *,
    step: str | None = "1 day",
    cuts: pa.Table | None = None,
    thin: bool = True,
    sink: Callable[[pa.RecordBatchReader], T] | None = None,
    batch_rows: int = POINT_BATCH,
) -> pa.Table | T:
    """Every signal's point-in-time score per account and evaluation point (``account_id, t, c0, c1, …``).

    Shared by the replay and by training (which fits the model on snapshots of
    partial evidence, the state the replay judges). Points are each actor's
    first event and every later change, thinned per ``step``; or, when ``cuts``
    (``account_id, t``) is given, exactly those points (an account's score at a
    cut includes events at that instant). Sorted by (account, t); empty when
    there are no interactions. ``thin=False`` keeps every signal row (same result, slower;
    for tests of the thinning). With ``sink``, the points are not collected: ``sink`` reads
    them as a stream of record batches of about ``batch_rows`` rows (same order) and its
    result is returned, so a platform's millions of points never sit in memory at once.
    """
    for sig in signals:
        _ident(sig.name)
    row = con.execute("SELECT max(ts) FROM interactions").fetchone()
    if not row or row[0] is None:
        empty = pa.table(
            {"account_id": pa.array([], pa.string()), "t": pa.array([], pa.timestamp("us", "UTC"))}
        )
        return sink(pa.RecordBatchReader.from_batches(empty.schema, [])) if sink else empty
    # Only accounts that act can be flagged, and from their first event on (profile-only
    # evidence is a snapshot: taken as known from then, never earlier).
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _start AS SELECT src AS account_id, min(ts) AS t0 FROM interactions GROUP BY src"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _sig (account_id VARCHAR, t TIMESTAMPTZ, k INTEGER, score DOUBLE)"
    )
    if cuts is not None:
        con.register("_cuts_in", cuts)
    try:
        with materialised(con, (v for sig in signals for v in sig.views)):
            _fill_sig(con, signals, step=step, by_cuts=cuts is not None, thin=thin)
        pts = (
            "SELECT c.account_id::VARCHAR AS account_id, c.t::TIMESTAMPTZ AS t FROM _cuts_in c "
            "SEMI JOIN _start USING (account_id)"
            if cuts is not None
            else None
        )
        if sink is not None:
            return sink(_evaluation_points(con, signals, step, pts=pts).to_arrow_reader(batch_rows))
        return _evaluation_points(con, signals, step, pts=pts).to_arrow_table()
    finally:
        if cuts is not None:
            con.unregister("_cuts_in")
        con.execute("DROP TABLE IF EXISTS _sig")
        con.execute("DROP TABLE IF EXISTS _start")


def _fill_sig(
    con: duckdb.DuckDBPyConnection, signals: Sequence[Signal], *, step: str | None, by_cuts: bool, thin: bool
) -> None:
    """``_sig``: every signal's point-in-time rows for acting accounts, thinned per ``step``."""
    for k, sig in enumerate(signals):
        # Rows past the data's end (a grace period still running) are never evaluated.
        src = f"""
            SELECT s.account_id, s.t, {k} AS k, s.score
            FROM ({_asof_source(sig)}) s SEMI JOIN _start USING (account_id)
            WHERE s.t <= (SELECT max(ts) FROM interactions)
        """
        if not by_cuts and step and thin:
            # Thinned points are each (account, step bucket)'s last change, so within a
            # bucket only a signal's last row can ever be read: keep just that one. Exact,
            # and at platform scale it shrinks the one big window sort several-fold.
            src = f"""
                SELECT account_id, max(t) AS t, k, arg_max(score, t) AS score
                FROM ({src}) GROUP BY account_id, k, {_bucket("t", step)}
            """
        con.execute(f"INSERT INTO _sig SELECT account_id, t, k, score FROM ({src})")


def replay(
    con: duckdb.DuckDBPyConnection,
    model: RiskModel,
    *,
    step: str | None = "1 day",
    signals: Sequence[Signal] | None = None,
    corroborate: bool = True,
    corroborate_level: float | Mapping[str, float] | None = None,
) -> list[dict[str, Any]]:
    """``alerts.jsonl`` rows (campaign null): each account's first flag using only earlier events.

    ``step`` thins the evaluation points to the last change of each account in
    each ``step`` bucket (``None`` evaluates every change); the alert time is
    always that change's own event time, so nothing later than ``at`` is read.
    The alert level is the model's ``alert_threshold`` when it has one (an
    operating point chosen for the replay), else its ``threshold``. With
    ``corroborate``, two accounts past the corroboration level of a fingerprint kind
    (:func:`corroborate_levels`) that share such a fingerprint are alerted on together
    earlier (``lureguard.corroborate``); such rows name the other account
    (``corroborated_by``) and the ``fingerprint``. ``corroborate_level`` (one level, or
    one per kind) replaces the model's levels (for tuning).
    """
    if signals is None:
        from lureguard.signals import instantiate

        signals = instantiate()
    level = alert_level(model)
    levels = corroborate_levels(model, corroborate_level)
    flag = min(min(levels.values()), level)
    names = tuple(s.name for s in signals)
    tl = asof_scores(
        con,
        signals,
        step=step,
        sink=lambda points: _timeline(points, model, names, flag if corroborate else level),
    )
    return timeline_alerts(tl, level, con if corroborate else None, levels)


def timeline_alerts(
    tl: Timeline,
    level: float,
    fingerprints: duckdb.DuckDBPyConnection | None = None,
    levels: Mapping[str, float] | None = None,
) -> list[dict[str, Any]]:
    """``alerts.jsonl`` rows from point-in-time risk: each account's first point at ``level``, and,
    given a store to read ``fingerprints`` from, the earlier corroborated alerts (``levels`` per kind).

    Shared by the DuckDB replay and the Spark one, whose store holds only what the links read.
    """
    out: dict[str, dict[str, Any]] = {}
    for a, times, risk in zip(tl.ids, tl.times, tl.risk, strict=True):
        hit = np.flatnonzero(risk >= level)
        if len(hit):
            out[a] = {
                "account_id": a,
                "at": times[hit[0]],
                "risk": round(float(risk[hit[0]]), 6),
                "campaign": None,
            }
    if fingerprints is not None and levels:
        links = []
        for lv in sorted(set(levels.values())):
            kinds = [k for k in KINDS if levels[k] == lv]
            links += fingerprint_links(fingerprints, tl.first_flag(lv), kinds)
        for a, c in corroborated(tl, links, levels).items():
            if a not in out or c["at"] < out[a]["at"]:
                out[a] = {
                    "account_id": a,
                    "at": c["at"],
                    "risk": round(c["risk"], 6),
                    "campaign": None,
                    "corroborated_by": c["with"],
                    "fingerprint": c["kind"],
                }
    rows = [{**r, "at": _iso64(r["at"])} for r in out.values()]
    return sorted(rows, key=lambda r: (r["at"], r["account_id"]))


def alert_level(model: RiskModel) -> float:
    """The replay's operating point: ``alert_threshold`` if the model sets one, else ``threshold``."""
    level = getattr(model, "alert_threshold", None)
    return float(model.threshold if level is None else level)


def corroborate_levels(
    model: RiskModel, override: float | Mapping[str, float] | None = None
) -> dict[str, float]:
    """Per fingerprint kind, the level two accounts sharing it must each pass.

    From ``override`` if given, else the model's ``corroborate_threshold`` (one
    level for every kind, or a level per kind), else its ``threshold``; a kind a
    mapping leaves out keeps ``threshold``. Why its own level: when the flag and
    the alert share one level, a pair each past it would be alerted on anyway, and
    corroboration would add nothing. Why per kind: the same face under two names
    is a far rarer accident between genuine strangers than a shared script.
    """
    spec = override if override is not None else getattr(model, "corroborate_threshold", None)
    base = float(model.threshold)
    if spec is None:
        return dict.fromkeys(KINDS, base)
    if isinstance(spec, Mapping):
        return {k: float(spec.get(k, base)) for k in KINDS}
    return dict.fromkeys(KINDS, float(spec))


#: Models whose risk can never fall when a signal score rises (documented in docs/account-model.md).
_MONOTONE = (BoostedTreesModel, LogisticModel, NoisyOrModel)


def _risk(model: RiskModel, names: tuple[str, ...], mat: np.ndarray) -> np.ndarray:
    return np.asarray(np.clip(np.nan_to_num(model.predict(names, mat)), 0.0, 1.0))


def _timeline(
    points: pa.RecordBatchReader | pa.Table, model: RiskModel, names: tuple[str, ...], level: float
) -> Timeline:
    """Point-in-time risk of every account that ever reaches ``level``; points are sorted by (account, t).

    The points arrive in batches and are judged one group of whole accounts at a
    time (an account cut by a batch boundary waits for the next batch), so memory
    is bounded by a batch plus the accounts kept, not by every point of a platform:
    the same Timeline as judging them all at once, since each account is judged on
    its own points only.
    """
    batches = points.to_batches() if isinstance(points, pa.Table) else points
    parts: list[tuple[list[str], list[np.ndarray], list[np.ndarray], list[np.ndarray]]] = []
    carry: pa.Table | None = None
    for batch in batches:
        if batch.num_rows == 0:
            continue
        chunk = pa.Table.from_batches([batch])
        chunk = chunk if carry is None else pa.concat_tables([carry, chunk])
        # the last account may continue in the next batch: hold its rows back
        last = chunk.column("account_id")[-1]
        cut = pc.index(chunk.column("account_id"), last).as_py()
        carry = chunk.slice(cut)
        if cut:
            parts.append(_judge(chunk.slice(0, cut), model, names, level))
    if carry is not None and carry.num_rows:
        parts.append(_judge(carry, model, names, level))
    return Timeline(
        tuple(a for p in parts for a in p[0]),
        tuple(x for p in parts for x in p[1]),
        tuple(x for p in parts for x in p[2]),
        tuple(x for p in parts for x in p[3]),
    )


def _judge(
    tbl: pa.Table, model: RiskModel, names: tuple[str, ...], level: float
) -> tuple[list[str], list[np.ndarray], list[np.ndarray], list[np.ndarray]]:
    """One group of whole accounts: ids, times, flags and risk of those that ever reach ``level``.

    The model, not SQL, is the slow part. For a monotone model an account whose
    per-signal maxima over its whole history stay below ``level`` can never reach
    it at any single point, so only the points of accounts that pass that bound
    are scored: exact, and most genuine accounts drop out after one prediction each.
    """
    n = tbl.num_rows
    mat = np.empty((n, len(names)))
    for k in range(len(names)):
        mat[:, k] = tbl.column(f"c{k}").to_numpy(zero_copy_only=False)
    np.nan_to_num(mat, copy=False)
    np.clip(mat, 0.0, 1.0, out=mat)
    codes = np.asarray(pc.dictionary_encode(tbl.column("account_id")).combine_chunks().indices)
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    if isinstance(model, _MONOTONE) and names:
        upper = np.maximum.reduceat(mat, starts, axis=0)
        alive = _risk(model, names, upper) >= level
        rows = np.flatnonzero(np.repeat(alive, np.diff(np.r_[starts, n])))
    else:
        rows = np.arange(n)
    risk = _risk(model, names, mat[rows]) if len(rows) else np.zeros(0)
    keep = np.isin(codes[rows], np.unique(codes[rows[risk >= level]]))
    rows, risk = rows[keep], risk[keep]
    if len(rows) == 0:
        return [], [], [], []
    cuts = np.flatnonzero(np.r_[True, codes[rows][1:] != codes[rows][:-1]])
    times = tbl.column("t").to_numpy(zero_copy_only=False).astype("datetime64[us]")[rows]
    ids = tbl.column("account_id").take(pa.array(rows[cuts])).to_pylist()
    return (
        [str(a) for a in ids],
        np.split(times, cuts[1:]),
        np.split(risk >= level, cuts[1:]),
        np.split(risk, cuts[1:]),
    )


def _bucket(col: str, step: str) -> str:
    """SQL for ``col``'s ``step`` bucket.

    Epoch arithmetic, not time_bucket(): bucketing TIMESTAMPTZ goes through time-zone rules
    and is about 50x slower; buckets are aligned to UTC midnight either way.
    """
    return f"epoch_us({col}) // CAST(epoch(INTERVAL '{step}') * 1000000 AS BIGINT)"


def _evaluation_points(
    con: duckdb.DuckDBPyConnection, signals: Sequence[Signal], step: str | None, *, pts: str | None = None
) -> duckdb.DuckDBPyConnection:
    """Every signal's latest score at each evaluation point, in one sort.

    Evaluation points are each actor's first event and every later change of any
    signal, thinned to the last change per ``step`` bucket. Signal rows and points
    go through one window ordered by time (a point after the rows of the same
    instant), and each signal's score is carried forward with
    a running ``arg_max(score, t)``: one sort instead of one as-of join per signal.
    """
    bucket = _bucket("t", step) if step else "t"
    cols = ", ".join(
        f"coalesce(arg_max(score, t) FILTER (WHERE k = {k}) OVER w, {float(sig.default_score)}) AS c{k}"
        for k, sig in enumerate(signals)
    )
    if pts is None:
        pts = f"""
            SELECT account_id, max(t) AS t FROM (
                SELECT account_id, t0 AS t FROM _start
                UNION ALL
                SELECT s.account_id, s.t FROM _sig s JOIN _start st USING (account_id) WHERE s.t >= st.t0
            ) GROUP BY account_id, {bucket}"""
    return con.execute(
        f"""
        WITH pts AS ({pts}),
        rows_ AS (
            SELECT account_id, t, 0 AS mark, k, score FROM _sig
            UNION ALL SELECT account_id, t, 1 AS mark, NULL AS k, NULL AS score FROM pts
        )
        SELECT account_id, t{", " + cols if signals else ""} FROM rows_
        WINDOW w AS (PARTITION BY account_id ORDER BY t, mark ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
        QUALIFY mark = 1
        ORDER BY account_id, t
        """
    )


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso64(t: np.datetime64) -> str:
    return f"{np.datetime_as_string(t, unit='s')}Z"


def early_alerts(
    con: duckdb.DuckDBPyConnection,
    scored: Scored,
    campaign_of: Mapping[str, str],
    *,
    model: RiskModel | None = None,
    step: str | None = "1 day",
) -> list[dict[str, Any]]:
    """The scan stage: replay with the scan's own signals and model, with campaign attribution."""
    if model is None:
        from lureguard.model import load_model

        model = load_model()
    rows = replay(con, model, step=step, signals=scored.run.signals)
    return [{**r, "campaign": campaign_of.get(r["account_id"])} for r in rows]


def early_warning(
    con: duckdb.DuckDBPyConnection,
    alerts: Sequence[Mapping[str, Any]],
    campaigns: Mapping[str, Sequence[str]],
) -> dict[str, dict[str, Any]]:
    """Per campaign: protected members reached before its first alert ÷ all it reached.

    ``campaigns`` maps a campaign id to its accounts (detected, or ground truth
    for evaluation); the first alert is the earliest alert on any of them. A
    campaign never alerted on has share 1.
    """
    ids = [(c, a) for c, accs in campaigns.items() for a in accs]
    con.register(
        "_ew_c",
        text_table(campaign=[c for c, _ in ids], account_id=[a for _, a in ids]),
    )
    con.register(
        "_ew_a",
        pa.table(
            {
                "account_id": pa.array([str(r["account_id"]) for r in alerts], pa.string()),
                "at": pa.array([str(r["at"]) for r in alerts], pa.string()),
            }
        ),
    )
    try:
        got = con.execute(
            """
            WITH fa AS (
                SELECT c.campaign, min(a.at::TIMESTAMPTZ) AS first_alert
                FROM _ew_c c JOIN _ew_a a USING (account_id) GROUP BY c.campaign
            ),
            reach AS (
                SELECT c.campaign, i.dst, min(i.ts) AS first_contact
                FROM _ew_c c JOIN interactions i ON i.src = c.account_id JOIN members m ON m.account_id = i.dst
                WHERE i.type IN ('invitation', 'message') GROUP BY c.campaign, i.dst
            )
            SELECT r.campaign, count(*) AS reached,
                   count(*) FILTER (WHERE fa.first_alert IS NULL OR r.first_contact < fa.first_alert) AS before,
                   any_value(fa.first_alert) AS first_alert
            FROM reach r LEFT JOIN fa USING (campaign) GROUP BY r.campaign
            """
        ).fetchall()
    finally:
        con.unregister("_ew_c")
        con.unregister("_ew_a")
    out: dict[str, dict[str, Any]] = {}
    for cid, reached, before, first in got:
        out[str(cid)] = {
            "reached": int(reached),
            "reached_before_alert": int(before),
            "share": float(before) / float(reached) if reached else 0.0,
            "first_alert": _iso(first) if first is not None else None,
        }
    return out


def median_early_share(per_campaign: Mapping[str, Mapping[str, Any]]) -> float:
    """Median over campaigns of the share reached before the first alert (the issue's target: ≤ 2 %)."""
    shares = [float(v["share"]) for v in per_campaign.values()]
    return float(median(shares)) if shares else 0.0
