"""Dashboard benchmark: start-up and page times over a scan whose accounts.jsonl has a million rows.

    .venv/bin/python benchmarks/bench_dashboard.py [--accounts 1000000] [--workdir DIR]

A small world (france-2018 at scale 0.25) is simulated and scanned; its
``accounts.jsonl`` is then padded to ``--accounts`` rows by repeating its rows
under new ids (reasons included, so rows keep their real size). That file is
what grows with a platform and what the dashboard loads at start; the store
stays the small world's. Writes ``benchmarks/results/dashboard.json``: start-up
seconds, peak RSS, and the median of five requests per page.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "dashboard.json"


def _pad(src: Path, dst: Path, n: int) -> int:
    dst.mkdir(parents=True, exist_ok=True)
    for name in ("campaigns.jsonl", "exposure.jsonl", "alerts.jsonl"):
        if (src / name).exists():
            shutil.copy(src / name, dst / name)
    (dst / "lureguard.duckdb").symlink_to(src / "lureguard.duckdb")
    rows = [json.loads(x) for x in (src / "accounts.jsonl").read_text(encoding="utf-8").splitlines()]
    written = 0
    with (dst / "accounts.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
            written += 1
        copy = 0
        while written < n:
            copy += 1
            for r in rows:
                if written >= n:
                    break
                fh.write(
                    json.dumps({**r, "account_id": f"{r['account_id']}~{copy}", "campaign": None}) + "\n"
                )
                written += 1
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, default=1_000_000)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from lureguard.dashboard import create_app
    from lureguard.scan import scan
    from lureguard.simulate import simulate

    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    simulate("france-2018", work / "world", seed=7, scale=0.25)
    scan([work / "world"], work / "scan", report=False)
    rows = _pad(work / "scan", work / "padded", args.accounts)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    app = create_app(work / "padded", verdicts=work / "verdicts.csv", allowed_hosts=("testserver",))
    startup = time.perf_counter() - t0
    top = json.loads((work / "padded" / "accounts.jsonl").open(encoding="utf-8").readline())["account_id"]
    pages = {
        "overview": "/",
        "accounts (flagged)": "/accounts",
        "accounts (all, page 1000)": "/accounts?all=1&page=1000",
        "accounts (search)": "/accounts?all=1&q=zhang",
        "account": f"/account?id={top}",
        "campaigns": "/campaigns",
        "exposure": "/exposure",
        "alerts": "/alerts",
    }
    timings = {}
    with TestClient(app) as client:
        for name, url in pages.items():
            times = []
            for _ in range(5):
                t = time.perf_counter()
                assert client.get(url).status_code == 200, url
                times.append(time.perf_counter() - t)
            timings[name] = round(statistics.median(times), 4)
    out = {
        "accounts_rows": rows,
        "accounts_jsonl_mb": round((work / "padded" / "accounts.jsonl").stat().st_size / 1e6, 1),
        "startup_seconds": round(startup, 2),
        "peak_rss_mb_before_start": round(rss0 / 1024),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "median_request_seconds": timings,
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
