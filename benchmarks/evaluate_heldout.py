"""Quality on held-out worlds: simulate, scan and evaluate seeds never used for training or tuning.

Training and tuning use seeds 1000-1009 (``lureguard.train``). This script is
the only place the figures quoted in docs/results.md come from:

    python benchmarks/evaluate_heldout.py --seeds 51 52 53 --out benchmarks/results/heldout.json

Each (scenario, scale, seed) world is generated fresh, scanned with the shipped
model, and judged by ``lureguard.evaluate``; the script then prints the
per-world figures and their mean.

``--independent`` swaps the simulator for ``benchmarks/independent_world.py``, a
generator written apart from lureguard's simulator (from the dataset contract and
the published red flags only), so a model that learned our simulator's habits
instead of the behaviour shows it here:

    python benchmarks/evaluate_heldout.py --independent --seeds 16 17 18 --out benchmarks/results/independent-16-18.json

Its seeds are its own: 1-10 were the development worlds, 11-35 are held out (docs/results.md).

``--generator SCRIPT`` does the same with any generator called as ``SCRIPT --seed N --out DIR``:
``benchmarks/third_world.py`` and ``benchmarks/fourth_world.py`` were written blind to lureguard and
to each other (seeds 1-6 and 1-3 for development, 11-20 held out). ``--model PATH`` scores with
another account model than the shipped one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lureguard.evaluate import evaluate, wilson_interval
from lureguard.scan import scan
from lureguard.simulate import simulate

WORLDS = (("demo", 1.0), ("france-2018", 0.25), ("germany-2017", 0.1))
INDEPENDENT = Path(__file__).resolve().parent / "independent_world.py"
TRAINING_SEEDS = range(1000, 1010)


def _pooled(rates: dict[str, dict[str, Any]]) -> float | None:
    n = sum(r["n"] for r in rates.values())
    return sum(r["flagged"] for r in rates.values()) / n if n else None


def _pick(m: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of one evaluation."""
    a, c, e, msg = m["accounts"], m["campaigns"], m["early_warning"], m["messages"]
    hard = {k: v for k, v in m["genuine_fpr_by_persona"].items() if k in ("recruiter", "event-organiser")}
    n_hard = sum(v["n"] for v in hard.values())
    f_hard = sum(v["flagged"] for v in hard.values())
    return {
        "account_roc_auc": a["roc_auc"],
        "recall_at_1pct_fpr": a["recall_at_1pct_fpr"],
        "flagged_precision": a["flagged_precision"],
        "flagged_recall": a["flagged_recall"],
        "flagged_fpr": a["flagged_fpr"],
        "fpr_recruiters_organisers": f_hard / n_hard if n_hard else None,
        "fpr_genuine_cn_hk_sg": m["genuine_fpr_by_country"]["CN/HK/SG"]["fpr"],
        "fpr_genuine_other": m["genuine_fpr_by_country"]["other"]["fpr"],
        "campaign_ari": c["ari_over_fakes"],
        "campaigns_detected": c["detected_share"],
        "campaigns_recovered": c["recovered_share_jaccard_0_5"],
        "campaigns_reported": c["predicted"],
        "campaigns_naming_no_fake": c["reported_naming_no_fake"],
        "genuine_in_campaigns": c["genuine_accounts_in_reported"],
        "early_warning_median_share": e["median_share_reached_before_first_alert"],
        "early_warning_median_share_multi_account": e.get("median_share_multi_account"),
        "early_warning_median_share_lone": e.get("median_share_lone_persona"),
        "early_warning_median_reached_multi_account": e.get(
            "median_reached_before_first_alert_multi_account"
        ),
        "campaigns_within_2pct": e.get("campaigns_within_2pct"),
        "alerts_on_genuine": e["alerts_on_genuine_accounts"],
        "alerts_on_genuine_corroborated": e.get("alerts_on_genuine_accounts_corroborated", 0),
        "campaigns_never_alerted": e["campaigns_never_alerted"],
        "message_roc_auc": msg.get("roc_auc"),
        "message_fpr_hard_negative_senders": _pooled(msg.get("fpr_hard_negative_senders", {})),
        "message_fpr_recruiters_organisers": _pooled(
            {
                k: v
                for k, v in msg.get("fpr_hard_negative_senders", {}).items()
                if k in ("recruiter", "event-organiser")
            }
        ),
        "exposure_recall": m.get("exposure", {}).get("recall"),
        "exposure_precision": m.get("exposure", {}).get("precision"),
        "exposure_stage_exact": m.get("exposure", {}).get("stage_exact"),
        "exposure_deep_recall": m.get("exposure", {}).get("deep_recall"),
        "category_f1": msg.get("category_f1", {}),
        # raw counts, pooled over worlds in the summary (rates of a handful of accounts are noisy)
        "counts": {
            "recruiters_organisers_flagged": [f_hard, n_hard],
            "cn_hk_sg_flagged": [
                m["genuine_fpr_by_country"]["CN/HK/SG"]["flagged"],
                m["genuine_fpr_by_country"]["CN/HK/SG"]["n"],
            ],
            "other_genuine_flagged": [
                m["genuine_fpr_by_country"]["other"]["flagged"],
                m["genuine_fpr_by_country"]["other"]["n"],
            ],
            "cn_hk_sg_expected_within_persona": m.get("fairness_cn_hk_sg", {}).get("expected_within_persona"),
        },
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[51, 52, 53])
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/heldout.json"))
    ap.add_argument("--worlds", nargs="+", default=[f"{s}:{x}" for s, x in WORLDS], help="scenario:scale")
    ap.add_argument(
        "--independent", action="store_true", help="worlds from benchmarks/independent_world.py instead"
    )
    ap.add_argument(
        "--generator",
        type=Path,
        default=None,
        help="worlds from this generator script (called with --seed N --out DIR) instead",
    )
    ap.add_argument("--model", type=Path, default=None, help="account model JSON (default: the shipped one)")
    args = ap.parse_args()
    generator = INDEPENDENT if args.independent else args.generator
    if generator is not None:
        args.worlds = [f"{'independent' if args.independent else generator.stem}:1.0"]
    elif any(s in TRAINING_SEEDS for s in args.seeds):
        ap.error("those seeds are training seeds; held-out figures must come from other seeds")
    results = []
    with tempfile.TemporaryDirectory(prefix="lureguard-heldout-") as tmp:
        for spec in args.worlds:
            scenario, scale = spec.split(":")
            for seed in args.seeds:
                world = Path(tmp) / f"{scenario}-{seed}"
                t0 = time.perf_counter()
                if generator is not None:
                    cmd = [sys.executable, str(generator), "--seed", str(seed), "--out", str(world)]
                    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
                else:
                    simulate(scenario, world, seed=seed, scale=float(scale))
                res = scan(
                    [world], Path(tmp) / f"scan-{scenario}-{seed}", model_path=args.model, report=False
                )
                metrics = evaluate(world, res.out)
                row = {"scenario": scenario, "scale": float(scale), "seed": seed, **_pick(metrics)}
                row["seconds"] = round(time.perf_counter() - t0, 1)
                results.append(row)
                print(json.dumps({k: v for k, v in row.items() if k != "category_f1"}), flush=True)
    keys = [
        k for k in results[0] if k not in ("scenario", "scale", "seed", "category_f1", "seconds", "counts")
    ]
    mean = {
        k: statistics.fmean(vals) if (vals := [r[k] for r in results if r[k] is not None]) else None
        for k in keys
    }
    cats = sorted({c for r in results for c in r["category_f1"]})
    mean["category_f1"] = {
        c: statistics.fmean([r["category_f1"][c] for r in results if r["category_f1"].get(c) is not None])
        for c in cats
    }
    pooled: dict[str, Any] = {}
    for k in ("recruiters_organisers_flagged", "cn_hk_sg_flagged", "other_genuine_flagged"):
        f = sum(r["counts"][k][0] for r in results)
        n = sum(r["counts"][k][1] for r in results)
        pooled[k] = {"flagged": f, "n": n, "rate": f / n if n else None, "ci95": list(wilson_interval(f, n))}
    pooled["cn_hk_sg_expected_within_persona"] = round(
        sum(r["counts"]["cn_hk_sg_expected_within_persona"] or 0.0 for r in results), 3
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"seeds": args.seeds, "worlds": results, "mean": mean, "pooled": pooled}, indent=2) + "\n"
    )
    print(json.dumps({"mean": mean, "pooled": pooled}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
