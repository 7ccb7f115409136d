"""Benchmark campaign detection, exposure and the early-warning replay on a large simulated world.

Run: ``.venv/bin/python benchmarks/bench_campaigns.py [--scale 1.0] [--seed 1000]``; writes
``benchmarks/results/campaigns.json`` with wall times per stage and peak RSS. Ground-truth
figures (ARI over fake accounts, campaigns detected, median early-warning share) are
computed from the world's labels after the stages ran; the stages never read them.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from lureguard.campaigns import find_campaigns
from lureguard.exposure import write_extras
from lureguard.ingest import ingest
from lureguard.model import load_model
from lureguard.scan import score_store
from lureguard.simulate import simulate
from lureguard.store import connect
from lureguard.watch import early_warning, median_early_share, replay


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scenario", default="france-2018")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "campaigns.json")
    args = ap.parse_args()
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        world = Path(tmp) / "world"
        t = time.perf_counter()
        ws = simulate(args.scenario, world, seed=args.seed, scale=args.scale, fmt="parquet")
        times["simulate"] = time.perf_counter() - t
        con = connect(Path(tmp) / "store.duckdb")
        t = time.perf_counter()
        ingest(con, world)
        times["ingest"] = time.perf_counter() - t
        t = time.perf_counter()
        scored = score_store(con)
        times["score"] = time.perf_counter() - t
        rss_before = _rss_mb()
        t = time.perf_counter()
        res = find_campaigns(con, scored)
        times["campaigns"] = time.perf_counter() - t
        t = time.perf_counter()
        extra = write_extras(con, Path(tmp), scored, res.rows)
        times["exposure"] = time.perf_counter() - t
        t = time.perf_counter()
        alerts = replay(con, load_model(), signals=scored.run.signals)
        times["replay"] = time.perf_counter() - t
        labels = con.execute(
            f"SELECT account_id, label, campaign FROM read_parquet('{world}/labels.parquet')"
        ).fetchall()
        fakes = [(a, c) for a, lab, c in labels if lab == "fake"]
        pred = [res.campaign_of.get(a, f"single:{a}") for a, _ in fakes]
        by: dict[str, list[str | None]] = defaultdict(list)
        truth: dict[str, list[str]] = defaultdict(list)
        for a, c in fakes:
            by[c].append(res.campaign_of.get(a))
            truth[c].append(a)
        detected = sum(
            1
            for v in by.values()
            if (m := Counter(v).most_common(1)[0])[0] is not None and 2 * m[1] >= len(v)
        )
        ew = early_warning(con, alerts, truth)
        result = {
            "scenario": args.scenario,
            "seed": args.seed,
            "scale": args.scale,
            "interactions": ws.interactions,
            "accounts": ws.accounts,
            "seconds": {k: round(v, 2) for k, v in times.items()},
            "peak_rss_mb_before_campaign_stages": round(rss_before, 1),
            "peak_rss_mb": round(_rss_mb(), 1),
            "campaigns_found": len(res.rows),
            "evidence_edges": res.evidence_counts,
            "exposed_members": extra["exposure.jsonl"],
            "alerts": len(alerts),
            "ari_fake_accounts": round(adjusted_rand_score([c for _, c in fakes], pred), 4),
            "campaigns_detected": f"{detected}/{len(by)}",
            "median_early_warning_share": round(median_early_share(ew), 4),
        }
        con.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
