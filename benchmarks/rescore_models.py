"""Score scanned worlds' signals with several account models, without rescanning.

    .venv/bin/python benchmarks/rescore_models.py --model shipped --model split=M.json \\
        DATASET=SCAN_OUT [DATASET=SCAN_OUT ...]

Each pair is a labelled dataset (``labels.jsonl``) and the folder a ``lureguard scan`` of it
wrote (its ``lureguard.duckdb``, whose ``signal_scores`` the models read). Per world and model:
flagged recall, operations with a member flagged (all, and lone personas), and genuine
accounts flagged, recruiters, organisers and the other trades that write like lures apart.

Why: a retrained model is first compared on development worlds, and a full scan per model
and world costs minutes; the signals do not depend on the model, so one scan serves all.
This reads the model's own risk before the campaign step lifts it, so campaign figures
here are a lower bound of what a scan reports.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from lureguard.model import load_model

#: Genuine trades that write like lures: the false accusations that matter most.
HARD = (
    "recruiter",
    "event-organiser",
    "programme-officer",
    "expert-network",
    "journalist",
    "independent-consultant",
    "consultancy-staff",
)


def rescore(dataset: Path, scan_out: Path, models: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per model: what it would flag in this world."""
    with duckdb.connect(str(scan_out / "lureguard.duckdb"), read_only=True) as con:
        table = con.execute("SELECT * FROM signal_scores ORDER BY account_id").fetch_arrow_table()
    names = tuple(c for c in table.column_names if c != "account_id")
    ids = table.column("account_id").to_pylist()
    x = np.column_stack([table.column(n).to_numpy(zero_copy_only=False).astype(float) for n in names])
    labels = {}
    with (dataset / "labels.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                labels[row["account_id"]] = row
    known = [i for i, a in enumerate(ids) if a in labels]
    lab = [labels[ids[i]] for i in known]
    fake = np.array([r["label"] == "fake" for r in lab])
    persona = np.array([str(r.get("persona") or "") for r in lab])
    campaign = np.array([str(r.get("campaign") or "") for r in lab])
    sizes: dict[str, int] = {}
    for c in campaign[fake]:
        sizes[c] = sizes.get(c, 0) + 1
    rows = []
    for name, model in models.items():
        flagged = model.predict(names, x[known]) >= model.threshold
        hit = {c: bool(flagged[fake & (campaign == c)].any()) for c in sizes}
        lone = [c for c, n in sizes.items() if n == 1]
        hard = ~fake & np.isin(persona, HARD)
        rows.append(
            {
                "world": dataset.name,
                "model": name,
                "fakes": int(fake.sum()),
                "flagged_recall": round(float(flagged[fake].mean()), 3) if fake.any() else None,
                "operations": len(sizes),
                "operations_detected": sum(hit.values()),
                "lone_personas": len(lone),
                "lone_detected": sum(hit[c] for c in lone),
                "hard_genuine": int(hard.sum()),
                "hard_genuine_flagged": int(flagged[hard].sum()),
                "other_genuine_flagged": int(flagged[~fake & ~hard].sum()),
            }
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", nargs="+", help="DATASET=SCAN_OUT")
    ap.add_argument("--model", action="append", default=[], help="NAME=MODEL.json, or 'shipped' (repeatable)")
    ap.add_argument("--out", type=Path, default=None, help="also write the rows as JSON here")
    args = ap.parse_args()
    models: dict[str, Any] = {}
    for spec in args.model or ["shipped"]:
        name, _, path = spec.partition("=")
        models[name] = load_model(None if name == "shipped" and not path else Path(path or name))
    rows = []
    for pair in args.pairs:
        dataset, _, scan_out = pair.partition("=")
        rows += rescore(Path(dataset), Path(scan_out), models)
    cols = list(rows[0])
    print("\t".join(cols))
    for r in rows:
        print("\t".join(str(r[c]) for c in cols))
    summed = ("fakes", "operations", "operations_detected", "lone_personas", "lone_detected")
    for name in models:
        mine = [r for r in rows if r["model"] == name]
        totals = {k: sum(r[k] for r in mine) for k in (*summed, "hard_genuine", "hard_genuine_flagged")}
        totals["other_genuine_flagged"] = sum(r["other_genuine_flagged"] for r in mine)
        print(name, "total", json.dumps(totals))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
