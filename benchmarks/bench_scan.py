"""Scan benchmark: simulate a large world (Parquet), then time ingest + scoring + report and peak memory.

    .venv/bin/python benchmarks/bench_scan.py [--scenario france-2018] [--scale 1.0] [--workdir DIR]

Writes ``benchmarks/results/scan.json``. The target is 1 M accounts / 10 M
interactions in under 5 minutes and 8 GB; that world is ``bench_scale.py``'s
(platform-shaped tiles). This one is an organisation-shaped world of about
1 M interactions and 30 k accounts, so that it runs in minutes on a laptop. Peak RSS is read from the kernel for this
process (the scan runs in-process; the simulation runs in a child so its
memory is not counted against the scan).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import platform
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results" / "scan.json"


def _simulate(scenario: str, out: Path, scale: float, seed: int, q: Any) -> None:
    from lureguard.simulate import simulate

    t = time.perf_counter()
    s = simulate(scenario, out, seed=seed, scale=scale, fmt="parquet")
    q.put(
        {
            "accounts": s.accounts,
            "interactions": s.interactions,
            "fake_accounts": s.fake_accounts,
            "members": s.members,
            "seconds": round(time.perf_counter() - t, 1),
        }
    )


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scenario", default="france-2018")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--no-report", action="store_true", help="skip the HTML report")
    args = ap.parse_args()

    from lureguard.scan import scan

    tmp = None
    root = args.workdir or Path(tmp := tempfile.mkdtemp(prefix="lureguard-bench-"))
    world = Path(root) / f"{args.scenario}-{args.scale}-{args.seed}"
    try:
        q: Any = mp.get_context("spawn").Queue()
        if not (world / "accounts.parquet").exists():
            p = mp.get_context("spawn").Process(
                target=_simulate, args=(args.scenario, world, args.scale, args.seed, q)
            )
            p.start()
            sim = q.get()
            p.join()
        else:
            sim = {"reused": True}
        stages: dict[str, float] = {}
        last = [time.perf_counter(), "start"]

        def progress(stage: str) -> None:
            now = time.perf_counter()
            stages[str(last[1])] = round(stages.get(str(last[1]), 0.0) + now - float(last[0]), 2)
            last[0], last[1] = now, stage.split(" ")[0]

        t0 = time.perf_counter()
        res = scan(world, Path(root) / "out", report=not args.no_report, progress=progress)
        total = time.perf_counter() - t0
        progress("end")
        stages.pop("start", None)
        out: dict[str, Any] = {
            "scenario": args.scenario,
            "scale": args.scale,
            "seed": args.seed,
            "world": sim,
            "ingested": res.ingest.totals,
            "scan_seconds": round(total, 1),
            "stage_seconds": stages,
            "peak_rss_mb": round(_rss_mb(), 0),
            "accounts_scored": res.accounts_scored,
            "accounts_flagged": res.accounts_flagged,
            "interactions_per_second": round(res.ingest.totals.get("interactions", 0) / total, 0),
            "machine": {
                "cpus": mp.cpu_count(),
                "python": platform.python_version(),
                "system": platform.platform(),
            },
            "target": "1M accounts / 10M interactions < 300 s, < 8 GB",
        }
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(out, indent=1))
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
