"""Would three accounts sharing a fingerprint, each past a lower level, warn earlier? Measured, not shipped.

    .venv/bin/python benchmarks/group_corroboration.py --levels 0.5,0.6,0.7 DATASET=SCAN_OUT [...]

The replay alerts on one account at the alert level, or on two that share a face, an employer
with no tie to its staff, or a script, each past that fingerprint's corroboration level
(``lureguard.corroborate``). This adds a third path, only here: an account is alerted at the
first moment it and two of its fingerprint partners are each at or above ``level`` (links as
the replay finds them at that level). Each pair is a labelled dataset and its scan's folder;
per world and level: the early-warning median share (operations of two or more accounts, and
all), operations never alerted, and genuine accounts alerted, with their personas. Results go
to ``benchmarks/results/session15/group-corroboration.json`` (``--out`` for another file);
``--kinds`` limits which fingerprints may link the three.
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
from tune_corroboration import _truth  # the corroboration tuning's ground truth (a sibling script)

from lureguard.corroborate import Link, Timeline, fingerprint_links
from lureguard.model import load_model
from lureguard.signals import instantiate
from lureguard.watch import (
    _timeline,
    alert_level,
    asof_scores,
    corroborate_levels,
    early_warning,
    timeline_alerts,
)

OUT = Path(__file__).resolve().parent / "results" / "session15" / "group-corroboration.json"


def group_alerts(
    tl: Timeline, links: list[Link], level: float, partners: int = 2
) -> dict[str, np.datetime64]:
    """Each account's first moment at ``level`` with ``partners`` linked accounts there too."""
    idx = {a: k for k, a in enumerate(tl.ids)}
    of: dict[str, list[Link]] = collections.defaultdict(list)
    for link in links:
        if link.a in idx and link.b in idx:
            of[link.a].append(link)
            of[link.b].append(link)
    out = {}
    for a, mine in of.items():
        if len(mine) < partners:
            continue
        ka = idx[a]
        others = [(idx[lk.b if lk.a == a else lk.a], lk) for lk in mine]
        cand = np.union1d(tl.times[ka], np.concatenate([tl.times[kb] for kb, _ in others]))
        since = [lk.since for _, lk in others if lk.since is not None]
        if since:
            cand = np.union1d(cand, np.array(since, dtype=cand.dtype))
        ia = np.searchsorted(tl.times[ka], cand, side="right") - 1
        ok = (ia >= 0) & (tl.risk[ka][np.maximum(ia, 0)] >= level)
        count = np.zeros(len(cand), int)
        for kb, lk in others:
            ib = np.searchsorted(tl.times[kb], cand, side="right") - 1
            there = (ib >= 0) & (tl.risk[kb][np.maximum(ib, 0)] >= level)
            if lk.since is not None:
                there &= cand >= lk.since
            if lk.until is not None:
                there &= cand < lk.until
            count += there
        hit = np.flatnonzero(ok & (count >= partners))
        if len(hit):
            out[a] = cand[hit[0]]
    return out


def _judge(
    con: duckdb.DuckDBPyConnection,
    alerts: list[dict[str, Any]],
    labels: dict[str, dict[str, Any]],
    camps: dict[str, list[str]],
) -> dict[str, Any]:
    ew = early_warning(con, alerts, camps)
    multi = [v["share"] for c, v in ew.items() if len(camps[c]) > 1]
    genuine = [r for r in alerts if labels.get(r["account_id"], {}).get("label") == "genuine"]
    return {
        "median_operations_of_2_or_more": round(statistics.median(multi), 3) if multi else None,
        "median_all": round(statistics.median(v["share"] for v in ew.values()), 3) if ew else None,
        "never_alerted": sum(v["first_alert"] is None for v in ew.values()),
        "genuine_alerted": len(genuine),
        "genuine_personas": dict(
            collections.Counter(str(labels[r["account_id"]].get("persona")) for r in genuine)
        ),
    }


def world(
    dataset: Path, scan_out: Path, grid: list[float], kinds: tuple[str, ...] = ("photo", "employer", "script")
) -> dict[str, dict[str, Any]]:
    """Per setting (the shipped replay, then each level), the figures for one world."""
    model = load_model()
    signals = instantiate()
    names = tuple(s.name for s in signals)
    level, levels = alert_level(model), corroborate_levels(model)
    floor = min(min(levels.values()), level, *grid)
    labels, camps = _truth(dataset)
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store.duckdb"  # a copy: the replay writes temporary tables
        shutil.copy(scan_out / "lureguard.duckdb", store)
        con = duckdb.connect(str(store))
        try:
            tl = asof_scores(con, signals, sink=lambda pts: _timeline(pts, model, names, floor))
            base = timeline_alerts(tl, level, con, levels)
            out["shipped"] = _judge(con, base, labels, camps)
            for lv in grid:
                links = fingerprint_links(con, tl.first_flag(lv), list(kinds))
                merged = {r["account_id"]: dict(r) for r in base}
                for a, t in group_alerts(tl, links, lv).items():
                    if a not in merged or np.datetime64(str(merged[a]["at"]).rstrip("Z")) > t:
                        merged[a] = {"account_id": a, "at": f"{np.datetime_as_string(t, unit='s')}Z"}
                out[f"three at {lv}"] = _judge(con, list(merged.values()), labels, camps)
        finally:
            con.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", nargs="+", help="DATASET=SCAN_OUT")
    ap.add_argument("--levels", default="0.5,0.6,0.7")
    ap.add_argument("--kinds", default="photo,employer,script", help="fingerprint kinds that may link three")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    grid = [float(x) for x in args.levels.split(",")]
    res: dict[str, dict[str, Any]] = collections.defaultdict(dict)
    for pair in args.pairs:
        dataset, _, scan_out = pair.partition("=")
        for tag, row in world(Path(dataset), Path(scan_out), grid, tuple(args.kinds.split(","))).items():
            res[tag][Path(dataset).name] = row
            print(Path(dataset).name, tag, row, flush=True)
    for tag, per in res.items():
        print(
            tag,
            "genuine alerted",
            sum(v["genuine_alerted"] for v in per.values()),
            "never alerted",
            sum(v["never_alerted"] for v in per.values()),
            "medians (2+)",
            [v["median_operations_of_2_or_more"] for v in per.values()],
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
