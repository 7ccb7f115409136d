"""Fit the cluster classifier on simulated worlds and write it as JSON.

    python -m lureguard.campaigns.fit --workdir /tmp/cluster-fit --out src/lureguard/models/cluster_model.json
    python -m lureguard.campaigns.fit --workdir /tmp/cluster-fit --cv 0.1 0.3 1 3 10   # choosing l2

Why these worlds: the features include member risk, so the groups must come from
worlds the account model never trained on (its seeds are 1000–1009), or the fit
would learn to trust in-sample risks. The worlds are tuning seeds 1050–1055
(never held out, never used for the account model), in the mix the tuning
scripts use. Each is simulated and scanned once (reused afterwards); the campaign
step is re-run on the scan's store to collect every group of two or more it
judged, reported or not. A group counts as an operation when more than half
its members are personas.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from lureguard.campaigns._classifier import FEATURES, PRIOR, ClusterModel, fit_cluster_model

#: (scenario, scale, seed) of the fitting worlds.
FIT_WORLDS: tuple[tuple[str, float, int], ...] = (
    *(("demo", 1.0, seed) for seed in (1050, 1051, 1052)),
    *(("france-2018", 0.25, seed) for seed in (1050, 1051, 1052, 1053, 1054, 1055)),
    *(("germany-2017", 0.1, seed) for seed in (1050, 1051, 1052)),
)


def world_groups(world: Path, scan_dir: Path) -> list[dict[str, Any]]:
    """Every group the campaign step judged on a scanned world, with its ground truth."""
    import duckdb

    from lureguard.campaigns._evidence import VIEWS
    from lureguard.campaigns.detect import find_campaigns
    from lureguard.engine import SignalRun
    from lureguard.model import load_model
    from lureguard.scan import Scored
    from lureguard.store import materialised

    labels = {}
    with (world / "labels.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            labels[r["account_id"]] = r
    model = load_model()
    con = duckdb.connect(str(scan_dir / "lureguard.duckdb"))
    try:
        # the scan's own risks before the campaign lift (campaign_scores keeps both)
        ids, risk = zip(
            *con.execute("SELECT account_id, risk FROM campaign_scores ORDER BY account_id").fetchall(),
            strict=True,
        )
        run = SignalRun((), tuple(ids), np.zeros((len(ids), 0)))
        r = np.asarray(risk, dtype=float)
        scored = Scored(run, r, r >= model.threshold, np.zeros((len(ids), 0)), float(model.threshold), model)
        with materialised(con, VIEWS):
            res = find_campaigns(con, scored)
    finally:
        con.close()
    out = []
    for g in res.groups:
        fakes = sum(1 for a in g["accounts"] if labels.get(a, {}).get("label") == "fake")
        # a group is an operation when most of it is personas: half a group genuine would name
        # as many real people as it catches
        out.append({**g, "world": world.name, "campaign": 2 * fakes > len(g["accounts"])})
    return out


def collect(workdir: Path, worlds: Sequence[tuple[str, float, int]] = FIT_WORLDS) -> list[dict[str, Any]]:
    """Simulate and scan each world (once), and gather its groups."""
    from lureguard.scan import scan
    from lureguard.simulate import simulate

    rows: list[dict[str, Any]] = []
    for scenario, scale, seed in worlds:
        name = f"{scenario}-{seed}"
        world = workdir / "worlds" / name
        if not (world / "labels.jsonl").exists():
            simulate(scenario, world, seed=seed, scale=scale)
        out = workdir / "scans" / name
        if not (out / "campaigns.jsonl").exists():
            scan([world], out, report=False, replay=False)
        rows += world_groups(world, out)
    return rows


def fit(rows: Sequence[dict[str, Any]], *, l2: float = 3.0, prior: bool = True) -> ClusterModel:
    """The classifier from collected groups, with where it came from and how well it fits them."""
    x = np.array([[g["features"][f] for f in FEATURES] for g in rows], dtype=float)
    y = np.array([bool(g["campaign"]) for g in rows], dtype=float)
    model = fit_cluster_model(x, y, l2=l2, prior=PRIOR if prior else None)
    p = np.array([model.score(g["features"]) for g in rows])
    info = {
        "worlds": sorted({g["world"] for g in rows}),
        "groups": len(rows),
        "campaign_groups": int(y.sum()),
        "l2": l2,
        "prior": dict(PRIOR) if prior else None,
        "in_sample": {
            "log_loss": round(float(-np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))), 4),
            "campaigns_at_or_above_0.5": int(((p >= 0.5) & (y == 1)).sum()),
            "others_at_or_above_0.5": int(((p >= 0.5) & (y == 0)).sum()),
        },
    }
    return ClusterModel(model.weights, model.intercept, info)


def cross_validate(rows: Sequence[dict[str, Any]], *, l2: float, prior: bool = True) -> dict[str, float]:
    """Leave one world out: log loss, and groups on the wrong side of 0.5, over the held-out groups."""
    losses: list[float] = []
    wrong = {"others_at_or_above_0.5": 0, "operations_below_0.5": 0}
    for world in sorted({g["world"] for g in rows}):
        model = fit([g for g in rows if g["world"] != world], l2=l2, prior=prior)
        for g in (g for g in rows if g["world"] == world):
            p = model.score(g["features"])
            losses.append(-float(np.log(max(p if g["campaign"] else 1.0 - p, 1e-12))))
            if g["campaign"] and p < 0.5:
                wrong["operations_below_0.5"] += 1
            elif not g["campaign"] and p >= 0.5:
                wrong["others_at_or_above_0.5"] += 1
    return {"log_loss": round(float(np.mean(losses)), 4), **wrong}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/cluster-fit"))
    ap.add_argument("--out", type=Path, help="where to write the model JSON")
    ap.add_argument(
        "--cv",
        type=float,
        nargs="+",
        metavar="L2",
        help="instead of fitting, print leave-one-world-out figures for these l2, with and without the prior",
    )
    ap.add_argument("--l2", type=float, default=3.0, help="pull towards the prior (3: the shipped fit)")
    args = ap.parse_args(argv)
    rows = collect(args.workdir)
    if args.cv:
        for prior in (True, False):
            for l2 in args.cv:
                print(json.dumps({"l2": l2, "prior": prior, **cross_validate(rows, l2=l2, prior=prior)}))
        return 0
    if args.out is None:
        ap.error("--out is required unless --cv is given")
    model = fit(rows, l2=args.l2)
    args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model.to_json(), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
