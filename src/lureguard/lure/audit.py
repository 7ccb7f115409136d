"""Audit the lure detector against simulated worlds: per-category P/R/F1, ROC AUC, misses.

Why: the lexicons are written from public guidance, so their recall on phrasing they
were not written for is the number that matters. This simulates worlds (training
seeds only while tuning: 1000–1009; seeds 1–99 are the held-out evaluation and
should be run with ``--misses 0`` so no text is read), runs :func:`analyze` and
compares with ``message_labels.jsonl``::

    python -m lureguard.lure.audit --seeds 1000-1009
    python -m lureguard.lure.audit --seeds 41-43 --misses 0

The simulator marks every approach message of a fake as a lure, including openers
without content ("thanks for connecting"); ``roc_auc_content`` therefore also
compares only lures carrying at least one gold lure category with all non-lures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lureguard.contract import LURE_CATEGORIES
from lureguard.lure.combiner import LURE_SIGNS
from lureguard.lure.detect import DEFAULT_THRESHOLD, LureResult, analyze

#: Where simulated worlds are cached between runs (simulation is deterministic).
CACHE = Path("/tmp/lureguard-audit")
HELD_OUT = range(1, 100)


@dataclass(frozen=True, slots=True)
class Labelled:
    """One simulated text and its gold labels."""

    seed: int
    text: str
    lure: bool
    categories: frozenset[str]


def parse_seeds(spec: str) -> list[int]:
    """``"1000-1009,1020"`` → ``[1000, …, 1009, 1020]``."""
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.strip().partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def load_world(scenario: str, seed: int, cache: Path = CACHE) -> list[Labelled]:
    """Texts and gold labels of one simulated world (simulated on first use)."""
    folder = cache / f"{scenario}-{seed}"
    if not (folder / "message_labels.jsonl").is_file():
        from lureguard.simulate import simulate

        simulate(scenario, folder, seed=seed)
    labels = {}
    with (folder / "message_labels.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            labels[d["interaction_id"]] = (bool(d["lure"]), frozenset(d["categories"]))
    out: list[Labelled] = []
    with (folder / "interactions.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("text") and d["id"] in labels:
                lure, cats = labels[d["id"]]
                out.append(Labelled(seed, d["text"], lure, cats))
    return out


def _auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    from sklearn.metrics import roc_auc_score

    if len(set(labels)) < 2:
        return None
    return round(float(roc_auc_score(labels, scores)), 4)


def evaluate(rows: Sequence[Labelled], results: Sequence[LureResult]) -> dict[str, Any]:
    """Per-category precision/recall/F1 and ROC AUC of ``lure_score`` against ``lure``."""
    per: dict[str, dict[str, float]] = {}
    for cat in LURE_CATEGORIES:
        tp = fp = fn = 0
        for row, res in zip(rows, results, strict=True):
            gold, pred = cat in row.categories, cat in res.categories
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per[cat] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3), "support": tp + fn}
    scores = [r.lure_score for r in results]
    labels = [row.lure for row in rows]
    content = [
        i for i, row in enumerate(rows) if not row.lure or any(c in row.categories for c in LURE_SIGNS)
    ]
    flagged = [s >= DEFAULT_THRESHOLD for s in scores]
    tp = sum(1 for f, y in zip(flagged, labels, strict=True) if f and y)
    return {
        "texts": len(rows),
        "lures": sum(labels),
        "macro_f1": round(sum(v["f1"] for v in per.values()) / len(per), 3),
        "categories": per,
        "roc_auc": _auc(scores, labels),
        "roc_auc_content": _auc([scores[i] for i in content], [labels[i] for i in content]),
        "at_threshold": {
            "precision": round(tp / max(1, sum(flagged)), 3),
            "recall": round(tp / max(1, sum(labels)), 3),
        },
    }


def misses(
    rows: Sequence[Labelled], results: Sequence[LureResult], per_cell: int, seed: int = 0
) -> dict[tuple[str, str], list[str]]:
    """A random sample of false negatives per (category, detected language)."""
    cells: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row, res in zip(rows, results, strict=True):
        for cat in row.categories:
            if cat not in res.categories:
                cells[(cat, res.language or "?")].append(row.text)
    rng = random.Random(seed)
    return {k: rng.sample(sorted(set(v)), min(per_cell, len(set(v)))) for k, v in sorted(cells.items())}


def false_positives(
    rows: Sequence[Labelled], results: Sequence[LureResult], per_cat: int, seed: int = 0
) -> dict[str, list[tuple[str, list[str]]]]:
    """A random sample of texts given a category the gold labels do not have."""
    cells: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for row, res in zip(rows, results, strict=True):
        for cat in res.categories:
            if cat not in row.categories:
                shown = [p.text for p in res.phrases if p.category == cat][:3]
                cells[cat].append((row.text, shown))
    rng = random.Random(seed)
    return {k: rng.sample(v, min(per_cat, len(v))) for k, v in sorted(cells.items())}


def load(scenario: str, seeds: Iterable[int]) -> list[Labelled]:
    """Every labelled text of the given worlds."""
    return [row for seed in seeds for row in load_world(scenario, seed)]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m lureguard.lure.audit", description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="1000-1009", help="e.g. 1000-1009 (training) or 41-43 (held out)")
    ap.add_argument("--scenario", default="demo")
    ap.add_argument("--misses", type=int, default=3, help="missed texts shown per category and language")
    ap.add_argument("--false-positives", type=int, default=0, help="false positives shown per category")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    seeds = parse_seeds(args.seeds)
    held = [s for s in seeds if s in HELD_OUT]
    if held and (args.misses or args.false_positives):
        sys.stderr.write(f"seeds {held} are held out for evaluation: showing figures only\n")
        args.misses = args.false_positives = 0
    rows = load(args.scenario, seeds)
    results = analyze([r.text for r in rows])
    report = evaluate(rows, results)
    report.update({"scenario": args.scenario, "seeds": args.seeds})
    out = sys.stdout
    out.write(f"{args.scenario} seeds {args.seeds}: {report['texts']} texts, {report['lures']} lures\n")
    out.write(f"{'category':<22}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}\n")
    for cat, v in report["categories"].items():
        out.write(f"{cat:<22}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['support']:>9}\n")
    out.write(
        f"macro F1 {report['macro_f1']}  ROC AUC {report['roc_auc']}  "
        f"ROC AUC (lures with content) {report['roc_auc_content']}  at {DEFAULT_THRESHOLD}: "
        f"{report['at_threshold']}\n"
    )
    if args.misses:
        for (cat, lang), texts in misses(rows, results, args.misses).items():
            for t in texts:
                out.write(f"MISS {cat} [{lang}] {t!r}\n")
    if args.false_positives:
        for cat, items in false_positives(rows, results, args.false_positives).items():
            for t, shown in items:
                out.write(f"FP {cat} {shown} {t!r}\n")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
