"""Does a shorter grace period for unanswered contacts bring alerts forward?

    python benchmarks/replay_grace.py --grace "7 DAYS" --scans /tmp/tune-scans --tune /tmp/tune [--model M]

An invitation or message counts as unanswered only once ``GRACE`` (14 days) has passed in
silence (``lureguard.signals.behaviour._views``), so the as-of scores of ``one_way_contacts``,
``cold_outreach`` and ``unanswered_messages`` lag a contact by up to that long. This replays
finished scans of tuning worlds (``<scans>/scan-<world>`` of ``<tune>/<world>``, e.g. from
``compare_models.py``; their stores are copied, never written) with another grace period
and judges the alerts as ``lureguard evaluate`` does. A tuning tool: the model was trained
on snapshots taken with the shipped grace period.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
from pathlib import Path

import lureguard.signals.behaviour._views as views
from lureguard.evaluate import evaluate
from lureguard.model import load_model
from lureguard.store import connect
from lureguard.watch import replay

WORLDS = (
    *(f"demo-{s}" for s in (1040, 1041, 1042)),
    *(f"france-2018-{s}" for s in range(1040, 1046)),
    *(f"germany-2017-{s}" for s in (1040, 1041, 1042)),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--grace", default=None, help="a DuckDB interval, e.g. '7 DAYS' (default: the shipped one)"
    )
    ap.add_argument("--scans", type=Path, required=True)
    ap.add_argument("--tune", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--worlds", nargs="*", default=list(WORLDS))
    args = ap.parse_args()
    if args.grace:
        views.GRACE = f"INTERVAL {args.grace}"
    model = load_model(args.model) if args.model else load_model()
    keys = (
        "median_share_reached_before_first_alert",
        "median_share_multi_account",
        "alerts_on_genuine_accounts",
    )
    per: dict[str, list[float]] = {k: [] for k in keys}
    with tempfile.TemporaryDirectory() as tmp:
        for w in args.worlds:
            out = Path(tmp) / w
            shutil.copytree(args.scans / f"scan-{w}", out)
            con = connect(out / "lureguard.duckdb")
            try:
                rows = replay(con, model)
            finally:
                con.close()
            (out / "alerts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            ew = evaluate(args.tune / w, out)["early_warning"]
            for k in keys:
                per[k].append(float(ew[k]))
            print(w, {k: round(float(ew[k]), 4) for k in keys}, flush=True)
            shutil.rmtree(out)
    print(
        f"grace {views.GRACE}:",
        {k: round(statistics.fmean(v), 4) for k, v in per.items() if k != "alerts_on_genuine_accounts"},
        "genuine alerted",
        int(sum(per["alerts_on_genuine_accounts"])),
    )


if __name__ == "__main__":
    main()
