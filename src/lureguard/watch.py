"""Early warning: when would each account first have been flagged, knowing only the past?

The replay never recomputes the world per day. Each signal with a point-in-time
form (``Signal.query_asof``) gives one row per change of an account's score,
built from running (cumulative) aggregates; the replay takes every account's
change points, reads each signal's latest score at or before that point with an
``ASOF JOIN``, and applies the model to all points at once. The first point at
or above the model's threshold is the alert.

Signals without a point-in-time form are handled conservatively: a profile
signal (it reads no events) is taken as known from the account's creation; a
signal that reads events but cannot say when it knew them is taken as known only
at the end of the data, so it can delay an alert but never make one early.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from statistics import median
from typing import TYPE_CHECKING, Any

import duckdb
import numpy as np
import pyarrow as pa

from lureguard.model import RiskModel
from lureguard.signals.base import Signal

if TYPE_CHECKING:
    from lureguard.scan import Scored

__all__ = ["early_alerts", "early_warning", "median_early_share", "replay"]

#: Tables whose rows are time-stamped events; a signal reading them changes with time.
EVENT_TABLES = frozenset({"interactions", "message_scores"})


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"signal name {name!r} must be letters, digits and underscores")
    return name


def _asof_source(sig: Signal, end: str) -> str:
    """SQL giving ``account_id, at, score`` for one signal, honest about when a score was known."""
    q = sig.query_asof()
    if q is not None:
        return f'SELECT account_id::VARCHAR AS account_id, "at"::TIMESTAMPTZ AS t, score::DOUBLE AS score FROM ({q})'
    static = f"SELECT account_id::VARCHAR AS account_id, score::DOUBLE AS score FROM ({sig.query()})"
    if EVENT_TABLES & set(sig.reads):
        return f"SELECT account_id, TIMESTAMPTZ '{end}' AS t, score FROM ({static})"
    return f"SELECT account_id, '-infinity'::TIMESTAMPTZ AS t, score FROM ({static})"


def replay(
    con: duckdb.DuckDBPyConnection,
    model: RiskModel,
    *,
    step: str | None = "1 day",
    signals: Sequence[Signal] | None = None,
) -> list[dict[str, Any]]:
    """``alerts.jsonl`` rows (campaign null): each account's first flag using only earlier events.

    ``step`` thins the evaluation points to the last change of each account in
    each ``step`` bucket (``None`` evaluates every change); the alert time is
    always that change's own event time, so nothing later than ``at`` is read.
    """
    if signals is None:
        from lureguard.signals import instantiate

        signals = instantiate()
    row = con.execute("SELECT max(ts) FROM interactions").fetchone()
    if not row or row[0] is None:
        return []
    end = row[0].strftime("%Y-%m-%d %H:%M:%S.%f+00")
    for k, sig in enumerate(signals):
        _ident(sig.name)
        con.execute(f"CREATE OR REPLACE TEMP TABLE _asof_{k} AS {_asof_source(sig, end)}")
    changes = " UNION ALL ".join(f"SELECT account_id, t FROM _asof_{k}" for k in range(len(signals)))
    bucket = f"time_bucket(INTERVAL '{step}', p.t)" if step else "p.t"
    # Evaluation points: every change of any signal, plus each actor's first event
    # (when profile-only evidence first meets an event), thinned to one per bucket.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _cp AS
        WITH pts AS (
            SELECT src AS account_id, min(ts) AS t FROM interactions GROUP BY src
            {"UNION ALL " + changes if signals else ""}
        )
        SELECT p.account_id, max(p.t) AS t
        FROM pts p JOIN (SELECT DISTINCT src AS account_id FROM interactions) a USING (account_id)
        WHERE isfinite(p.t) AND p.t >= (SELECT min(ts) FROM interactions WHERE src = p.account_id)
        GROUP BY p.account_id, {bucket}
        """
    )
    cols = ", ".join(
        f"coalesce(s{k}.score, {float(sig.default_score)}) AS c{k}" for k, sig in enumerate(signals)
    )
    joins = " ".join(
        f"ASOF LEFT JOIN _asof_{k} s{k} ON s{k}.account_id = cp.account_id AND cp.t >= s{k}.t"
        for k in range(len(signals))
    )
    tbl = con.execute(
        f"SELECT cp.account_id, cp.t{', ' + cols if signals else ''} FROM _cp cp {joins} "
        "ORDER BY cp.account_id, cp.t"
    ).to_arrow_table()
    for k in range(len(signals)):
        con.execute(f"DROP TABLE IF EXISTS _asof_{k}")
    if tbl.num_rows == 0:
        return []
    names = tuple(s.name for s in signals)
    mat = (
        np.column_stack(
            [tbl.column(f"c{k}").to_numpy(zero_copy_only=False).astype(float) for k in range(len(signals))]
        )
        if signals
        else np.zeros((tbl.num_rows, 0))
    )
    risk = np.clip(np.nan_to_num(model.predict(names, np.clip(np.nan_to_num(mat), 0.0, 1.0))), 0.0, 1.0)
    hit = np.flatnonzero(risk >= model.threshold)
    if len(hit) == 0:
        return []
    acc = np.asarray(tbl.column("account_id").to_pylist(), dtype=object)[hit]
    # Rows are sorted by (account, time): the first hit per account is the earliest crossing.
    _, first = np.unique(acc, return_index=True)
    at = tbl.column("t").to_pylist()
    return [
        {
            "account_id": str(acc[i]),
            "at": _iso(at[hit[i]]),
            "risk": round(float(risk[hit[i]]), 6),
            "campaign": None,
        }
        for i in sorted(first, key=lambda j: (at[hit[j]], acc[j]))
    ]


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    con.register("_ew_c", pa.table({"campaign": [c for c, _ in ids], "account_id": [a for _, a in ids]}))
    con.register(
        "_ew_a",
        pa.table(
            {
                "account_id": [str(r["account_id"]) for r in alerts],
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
