"""Benchmark the world simulator at a scale giving at least one million interactions.

Run: ``python benchmarks/bench_simulate.py [scenario] [scale] [fmt]``. Prints the
figures and writes ``benchmarks/results/simulate.json``.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

from lureguard.simulate import simulate


def main() -> None:
    scenario = sys.argv[1] if len(sys.argv) > 1 else "france-2018"
    scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    fmt = sys.argv[3] if len(sys.argv) > 3 else "parquet"
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        summary = simulate(scenario, Path(tmp), seed=0, scale=scale, fmt=fmt)  # type: ignore[arg-type]
        seconds = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in Path(tmp).iterdir())
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "scenario": scenario,
        "scale": scale,
        "format": fmt,
        "seconds": round(seconds, 2),
        "interactions": summary.interactions,
        "interactions_per_second": round(summary.interactions / seconds),
        "accounts": summary.accounts,
        "texts": summary.texts,
        "output_mb": round(size / 1e6, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
    }
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "simulate.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
