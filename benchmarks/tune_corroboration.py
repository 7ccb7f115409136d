"""Choose the replay's corroboration level on tuning worlds (seeds 1010-1099).

    python benchmarks/compare_models.py --out DIR            # scans of the twelve tuning worlds
    python benchmarks/tune_corroboration.py --scans DIR --out benchmarks/results/corroboration-tuning.json
    python benchmarks/tune_corroboration.py --scans DIR --model PATH --write 0.82   # store the choice
    python benchmarks/tune_corroboration.py --scans DIR --kind photo --levels 0.82,0.6,0.4,0.2
    python benchmarks/tune_corroboration.py --scans DIR --model PATH --kind photo --write 0.6

For each level, the early-warning replay is rerun on every scan's store with
that level as the one two fingerprint-sharing accounts must each pass
(``replay(..., corroborate_level=…)``; ``none`` = the model's ``threshold``, i.e. no
corroboration below the flag),
or, with ``--kind``, as that fingerprint kind's level while the other kinds
keep the model's, and judged against the world's truth: each scenario's mean early-warning
median, campaigns never alerted, and genuine accounts alerted (and which
personas). The model's own alert level is not changed. Why after training:
the replay needs each world's whole store, which training does not keep.
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

from lureguard.corroborate import KINDS
from lureguard.model import BoostedTreesModel, load_model
from lureguard.watch import corroborate_levels, early_warning, replay


def _truth(world: Path) -> tuple[dict[str, dict[str, Any]], dict[str, list[str]]]:
    labels: dict[str, dict[str, Any]] = {}
    with (world / "labels.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            labels[row["account_id"]] = row
    camps: dict[str, list[str]] = collections.defaultdict(list)
    for a, row in labels.items():
        if row.get("label") == "fake" and row.get("campaign"):
            camps[row["campaign"]].append(a)
    return labels, camps


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scans", type=Path, required=True, help="compare_models.py --out: scan-<world> dirs")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/tune"), help="the simulated worlds")
    ap.add_argument("--model", default="shipped", help="model JSON, or 'shipped'")
    ap.add_argument("--levels", default="none,0.95,0.9,0.85,0.8,0.75,0.7,0.6")
    ap.add_argument("--out", type=Path, default=None, help="write per-world results here (JSON)")
    ap.add_argument("--write", type=float, default=None, help="store this level in --model (a path)")
    ap.add_argument("--kind", choices=KINDS, default=None, help="tune or write one fingerprint kind's level")
    args = ap.parse_args()
    model_path = None if args.model == "shipped" else Path(args.model)
    if args.write is not None:
        if model_path is None:
            ap.error("--write needs --model PATH (the shipped model is edited by path too)")
        spec = json.loads(model_path.read_text(encoding="utf-8"))
        if args.kind is None:
            spec["corroborate_threshold"] = args.write
        else:
            levels = corroborate_levels(BoostedTreesModel.from_json(spec))
            spec["corroborate_threshold"] = {**levels, args.kind: args.write}
        model_path.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
        print(f"corroborate_threshold = {spec['corroborate_threshold']} written to {model_path}")
        return 0
    model = load_model(model_path)
    grid = [float(model.threshold) if x == "none" else float(x) for x in args.levels.split(",")]
    own = corroborate_levels(model)
    levels: list[float | dict[str, float]] = (
        list(grid) if args.kind is None else [{**own, args.kind: x} for x in grid]
    )
    per_world: dict[str, dict[str, Any]] = {}
    for scan_dir in sorted(args.scans.glob("scan-*")):
        name = scan_dir.name.removeprefix("scan-")
        labels, camps = _truth(args.workdir / name)
        with tempfile.TemporaryDirectory() as tmp:
            # A copy: the replay writes temporary tables, and the scan's store stays as it was.
            store = Path(tmp) / "store.duckdb"
            shutil.copy(scan_dir / "lureguard.duckdb", store)
            con = duckdb.connect(str(store))
            try:
                for tag, level in zip(grid, levels, strict=True):
                    alerts = replay(con, model, corroborate_level=level)
                    ew = early_warning(con, alerts, camps)
                    genuine = [r for r in alerts if labels.get(r["account_id"], {}).get("label") == "genuine"]
                    row = {
                        "median": statistics.median(v["share"] for v in ew.values()) if ew else 0.0,
                        "never_alerted": sum(v["first_alert"] is None for v in ew.values()),
                        "genuine_alerted": len(genuine),
                        "genuine_alerted_corroborated": sum(1 for r in genuine if r.get("fingerprint")),
                        "at_most_2_percent": sum(v["share"] <= 0.02 for v in ew.values()),
                        "genuine_personas": dict(
                            collections.Counter(str(labels[r["account_id"]].get("persona")) for r in genuine)
                        ),
                    }
                    per_world[f"{name} {tag}"] = row
                    print(name, tag, row, flush=True)
            finally:
                con.close()
    print(
        f"\n{args.kind or 'every'} kind's level: mean median per scenario; campaigns at most 2 %; "
        "never alerted; genuine alerted (corroborated)"
    )
    for tag in grid:
        rows = {k.rsplit(" ", 1)[0]: v for k, v in per_world.items() if k.endswith(f" {tag}")}
        by_scenario: dict[str, list[float]] = collections.defaultdict(list)
        for name, v in rows.items():
            by_scenario[name.rsplit("-", 1)[0]].append(v["median"])
        print(
            tag,
            {s: round(statistics.fmean(m), 3) for s, m in sorted(by_scenario.items())},
            sum(v["at_most_2_percent"] for v in rows.values()),
            sum(v["never_alerted"] for v in rows.values()),
            sum(v["genuine_alerted"] for v in rows.values()),
            f"({sum(v['genuine_alerted_corroborated'] for v in rows.values())})",
        )
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(per_world, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
