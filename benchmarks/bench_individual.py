"""One expert's own view: how well does lureguard answer "is this contact real?" from one inbox?

    .venv/bin/python benchmarks/bench_individual.py [--seeds 207 208] [--members 30]

An individual expert has only their own data export: the people who invited, wrote to
or connected with them, and what was said; not whom else those accounts approached.
Signals that count an account's reach across an organisation (``protected_share``,
``org_spread``, ``sector_spread``), shared faces and scripts across personas, and the
campaign step see a sliver of what an organisation's pooled view shows.

For each simulated world (``france-2018`` at scale 0.25, seeds never used for tuning; or,
with ``--generator SCRIPT``, a world of an independently written generator),
``--members`` protected members a persona approached and as many others are drawn; each
one's view is cut from the world (every event they sent or received, the accounts in
them, themselves as the only protected member) and scanned on its own, as that person
would. Every contact's risk and flag, pooled over the views, is compared with the same
accounts' risk and flag in the scan of the whole world. Results go to
``benchmarks/results/individual.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
from sklearn.metrics import roc_auc_score

from lureguard.scan import scan
from lureguard.simulate import simulate

RESULTS = Path(__file__).resolve().parent / "results" / "individual.json"


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def member_view(world: Path, member: str, out: Path) -> set[str]:
    """The dataset one member's own export would give: their events, those accounts, themselves."""
    events = [e for e in _rows(world / "interactions.jsonl") if member in (e["from"], e["to"])]
    seen = {member} | {e["from"] for e in events} | {e["to"] for e in events}
    _write(out / "interactions.jsonl", events)
    _write(out / "accounts.jsonl", [a for a in _rows(world / "accounts.jsonl") if a["id"] in seen])
    _write(out / "members.jsonl", [m for m in _rows(world / "members.jsonl") if m["account_id"] == member])
    return {e["from"] for e in events if e["to"] == member and e["type"] in ("invitation", "message")}


def _signal_rows(scan_dir: Path) -> dict[str, dict[str, float]]:
    """Each account's signal scores in a finished scan's store (``signal_scores``), read-only."""
    con = duckdb.connect(str(scan_dir / "lureguard.duckdb"), read_only=True)
    try:
        df = con.execute("SELECT * FROM signal_scores").fetchdf()
    finally:
        con.close()
    cols = [c for c in df.columns if c != "account_id"]
    return {
        str(r["account_id"]): {c: round(float(r[c]), 4) for c in cols if r[c] == r[c] and r[c]}
        for r in df.to_dict("records")
    }


def _figures(y: np.ndarray, risk: np.ndarray, flag: np.ndarray) -> dict[str, Any]:
    fakes, genuine = y == 1, y == 0
    return {
        "contacts": len(y),
        "fakes": int(fakes.sum()),
        "roc_auc": float(roc_auc_score(y, risk)) if fakes.any() and genuine.any() else None,
        "flagged_recall": float(flag[fakes].mean()) if fakes.any() else None,
        "genuine_flagged": int(flag[genuine].sum()),
        "genuine": int(genuine.sum()),
    }


def _sweep(y: np.ndarray, risk: np.ndarray, hard: np.ndarray, levels: list[float]) -> list[dict[str, Any]]:
    """Recall and genuine contacts flagged at each level (what an operating point for one inbox would give)."""
    out = []
    for lv in levels:
        flag = risk >= lv
        out.append(
            {
                "level": lv,
                "recall": float(flag[y == 1].mean()) if (y == 1).any() else None,
                "genuine_flagged": int(flag[y == 0].sum()),
                "recruiters_organisers_flagged": int(flag[(y == 0) & hard].sum()),
                "recruiters_organisers": int(((y == 0) & hard).sum()),
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[207, 208])
    ap.add_argument(
        "--members", type=int, default=30, help="approached members (and as many others) per world"
    )
    ap.add_argument("--scale", type=float, default=0.25)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument(
        "--generator", type=Path, help="worlds from this generator script (--seed N --out DIR) instead"
    )
    ap.add_argument(
        "--dump", type=Path, help="also write every contact's label and risks (.npz), for analysis"
    )
    ap.add_argument(
        "--rows",
        type=Path,
        help="also write one JSON line per (inbox, contact): label, persona, risks and the view's signal scores",
    )
    ap.add_argument(
        "--levels",
        type=float,
        nargs="*",
        default=[0.5, 0.6, 0.7, 0.8, 0.9, 0.95],
        help="one-inbox flag levels to report",
    )
    args = ap.parse_args()
    pooled: dict[str, list[Any]] = {
        "y": [],
        "own": [],
        "own_flag": [],
        "whole": [],
        "whole_flag": [],
        "hard": [],  # a genuine recruiter or event organiser: the hard cases
    }
    per_world = []
    rows_out: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-individual-") as tmp:
        for seed in args.seeds:
            world = Path(tmp) / f"world-{seed}"
            if args.generator is not None:  # a world written apart from lureguard's simulator
                cmd = [sys.executable, str(args.generator), "--seed", str(seed), "--out", str(world)]
                subprocess.run(cmd, check=True, capture_output=True)
            else:
                simulate("france-2018", world, seed=seed, scale=args.scale)
            whole = Path(tmp) / f"whole-{seed}"
            scan([world], whole, report=False, replay=False)
            labels = _rows(world / "labels.jsonl")
            truth = {r["account_id"]: r["label"] == "fake" for r in labels}
            hard = {
                r["account_id"]
                for r in labels
                if r["label"] == "genuine" and r.get("persona") in ("recruiter", "event-organiser")
            }
            scored = {r["account_id"]: r for r in _rows(whole / "accounts.jsonl")}
            persona = {r["account_id"]: r.get("persona") for r in labels}
            members = sorted(m["account_id"] for m in _rows(world / "members.jsonl"))
            approached = sorted(
                {
                    e["to"]
                    for e in _rows(world / "interactions.jsonl")
                    if truth.get(e["from"]) and e["to"] in set(members)
                }
            )
            rng = random.Random(seed)
            picked = rng.sample(approached, min(args.members, len(approached)))
            others = [m for m in members if m not in set(approached)]
            picked += rng.sample(others, min(args.members, len(others)))
            n_before = len(pooled["y"])
            for m in picked:
                view = Path(tmp) / f"view-{seed}-{m}"
                contacts = member_view(world, m, view / "data")
                if not contacts:
                    continue
                scan([view / "data"], view / "scan", report=False, replay=False)
                own = {r["account_id"]: r for r in _rows(view / "scan" / "accounts.jsonl")}
                signals = _signal_rows(view / "scan") if args.rows else {}
                for a in sorted(contacts):
                    if a not in own or a not in scored or a not in truth:
                        continue
                    pooled["y"].append(int(truth[a]))
                    pooled["own"].append(own[a]["risk"])
                    pooled["own_flag"].append(bool(own[a]["flagged"]))
                    pooled["whole"].append(scored[a]["risk"])
                    pooled["whole_flag"].append(bool(scored[a]["flagged"]))
                    pooled["hard"].append(a in hard)
                    if args.rows:
                        rows_out.append(
                            {
                                "seed": seed,
                                "member": m,
                                "account_id": a,
                                "fake": truth[a],
                                "persona": persona.get(a),
                                "own": own[a]["risk"],
                                "own_flag": bool(own[a]["flagged"]),
                                "whole": scored[a]["risk"],
                                "signals": signals.get(a, {}),
                            }
                        )
            sl = slice(n_before, len(pooled["y"]))
            per_world.append(
                {
                    "seed": seed,
                    "views": len(picked),
                    "one_inbox": _figures(
                        np.array(pooled["y"][sl]),
                        np.array(pooled["own"][sl]),
                        np.array(pooled["own_flag"][sl]),
                    ),
                    "whole_world": _figures(
                        np.array(pooled["y"][sl]),
                        np.array(pooled["whole"][sl]),
                        np.array(pooled["whole_flag"][sl]),
                    ),
                }
            )
            print(json.dumps(per_world[-1]), flush=True)
    y = np.array(pooled["y"])
    out = {
        "scenario": args.generator.stem if args.generator else "france-2018",
        "scale": args.scale,
        "seeds": args.seeds,
        "members_per_kind": args.members,
        "note": "each contact counted once per inbox it wrote to; the same accounts judged on the whole world beside",
        "one_inbox": _figures(y, np.array(pooled["own"]), np.array(pooled["own_flag"])),
        "whole_world": _figures(y, np.array(pooled["whole"]), np.array(pooled["whole_flag"])),
        "one_inbox_at": _sweep(y, np.array(pooled["own"]), np.array(pooled["hard"]), args.levels),
        "per_world": per_world,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if args.dump:
        np.savez(args.dump, **{k: np.asarray(v) for k, v in pooled.items()})
    if args.rows:
        _write(args.rows, rows_out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k != "per_world"}, indent=2))


if __name__ == "__main__":
    main()
