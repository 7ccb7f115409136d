"""Run every benchmark in this folder, one after the other; each writes benchmarks/results/<name>.json.

``--full`` also runs the scale benchmark at its full size (about an hour).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = []
    for bench in sorted(HERE.glob("bench_*.py")):
        print(f"== {bench.name}", flush=True)
        # The full platform-scale run takes most of an hour on 2 cores; `make bench` runs one
        # tile, and `python benchmarks/bench_scale.py` the headline ten.
        extra = ["--scale", "0.1"] if bench.name == "bench_scale.py" and "--full" not in sys.argv else []
        if subprocess.run([sys.executable, str(bench), *extra], check=False).returncode != 0:
            failed.append(bench.name)
    if failed:
        print("failed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
