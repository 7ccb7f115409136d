"""Compare account models on tuning worlds (seeds 1010-1099: never trained on, never held out).

    python benchmarks/compare_models.py --model PATH --workdir /tmp/tune --out DIR

Each world is simulated into ``--workdir`` once (reused afterwards), scanned with the
given model (``shipped`` for the one in the package) into ``--out``, and judged by
``lureguard.evaluate``. Prints per-world figures and the totals quoted in
docs/account-model.md ("lure_path: what the walk adds"). Tuning figures choose
settings; held-out figures come only from ``evaluate_heldout.py``.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from lureguard.evaluate import evaluate
from lureguard.scan import scan
from lureguard.simulate import simulate

#: (scenario, scale, seed): the twelve tuning worlds of docs/account-model.md.
WORLDS = (
    *(("demo", 1.0, seed) for seed in (1040, 1041, 1042)),
    *(("france-2018", 0.25, seed) for seed in (1040, 1041, 1042, 1043, 1044, 1045)),
    *(("germany-2017", 0.1, seed) for seed in (1040, 1041, 1042)),
)
HARD = ("recruiter", "event-organiser")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="shipped", help="model JSON, or 'shipped'")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/tune"), help="simulated worlds (reused)")
    ap.add_argument("--out", type=Path, required=True, help="scan outputs per world")
    args = ap.parse_args()
    model = None if args.model == "shipped" else Path(args.model)
    totals: dict[str, list[float]] = {}
    hard = [0, 0]
    for scenario, scale, seed in WORLDS:
        name = f"{scenario}-{seed}"
        world = args.workdir / name
        if not (world / "labels.jsonl").exists():
            simulate(scenario, world, seed=seed, scale=scale)
        out = args.out / f"scan-{name}"
        scan([world], out, report=False, model_path=model)
        m = evaluate(world, out)
        for persona in HARD:
            r = m["genuine_fpr_by_persona"].get(persona)
            if r:
                hard[0] += int(r["flagged"])
                hard[1] += int(r["n"])
        a, c, e = m["accounts"], m["campaigns"], m["early_warning"]
        row = {
            "auc": a["roc_auc"],
            "recall_at_1pct_fpr": a["recall_at_1pct_fpr"],
            "flagged_recall": a["flagged_recall"],
            "ari": c["ari_over_fakes"],
            "detected": c["detected_share"],
            "early_share": e["median_share_reached_before_first_alert"],
            "genuine_alerted": e["alerts_on_genuine_accounts"],
            "never_alerted": e["campaigns_never_alerted"],
            "campaigns_reported": c["predicted"],
            "naming_no_fake": c["reported_naming_no_fake"],
            "genuine_in_campaigns": c["genuine_accounts_in_reported"],
        }
        for k, v in row.items():
            totals.setdefault(k, []).append(float(v))
        print(name, {k: round(float(v), 3) for k, v in row.items()}, flush=True)
    print("mean", {k: round(statistics.fmean(v), 4) for k, v in totals.items()})
    print(
        f"genuine alerted {sum(totals['genuine_alerted']):.0f}, never alerted {sum(totals['never_alerted']):.0f}, "
        f"campaigns reported {sum(totals['campaigns_reported']):.0f}, naming no fake "
        f"{sum(totals['naming_no_fake']):.0f}, genuine accounts in them {sum(totals['genuine_in_campaigns']):.0f}, "
        f"recruiters and organisers flagged {hard[0]} of {hard[1]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
