"""Lure detection on hand-written text the simulator never produced (issue #4).

One command: ``python benchmarks/bench_lure_handwritten.py`` scores the frozen TEST corpus
and writes ``benchmarks/results/lure_handwritten.json``. ``--split dev`` scores the DEV
corpus instead (the only split whose misses may be studied: ``--show-misses``).

Why: the lexicons and the simulator's vocabulary were written by the same team, so
simulator figures flatter the text model. These corpora (en/fr/de, ~half lures, ~half
hard negatives: genuine recruiters, organisers who pay speakers' travel, sales, colleagues
sharing a WhatsApp number, academics) were written by hand, the TEST file before the
lexicons were read. Each row: ``text, language, lure, categories, kind``; for a hard
negative ``categories`` lists the lure themes it *looks like* (e.g. a genuine speaker
invitation that pays travel is ``paid-travel``), which is what per-category precision needs.

Scores are words only, no sender history, no thread: by default the pipeline's
``text_score``, the mean of the lexicons' ``analyze(texts)[i].lure_score`` and the text
model's (``lureguard.lure.textmodel``); ``--scorer lexicon`` or ``model`` for either alone.

A second pair, ``blind-dev`` / ``blind-test`` (360 rows, twelfth session), was written by two
writers who never read the lexicons, and split by text hash. The DEV corpora live in the
package (``src/lureguard/lure/data/handwritten_*dev.jsonl``): the text model learns from them.

``blind-c`` (150 rows, 25 lures and 25 genuine look-alikes per language, thirteenth session)
was written by a third blind writer after every setting of the text model was chosen, and
scored once: the clean check of those choices. Its genuine rows list no look-alike
categories (``[]``); its lure categories were mapped onto the contract's names (a money offer
as ``paid-work``). Many of its French and German situations are its English ones, retold.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve

from lureguard.contract import LURE_CATEGORIES
from lureguard.lure import DEFAULT_THRESHOLD, analyze
from lureguard.lure.textmodel import blend, default_model

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
PACKAGE_DATA = ROOT / "src" / "lureguard" / "lure" / "data"
OUT = ROOT / "benchmarks" / "results" / "lure_handwritten.json"


def load(split: str) -> list[dict]:
    """Rows of a corpus: TEST ones here, DEV ones in the package (the text model learns from them)."""
    if split.endswith("dev"):
        path = PACKAGE_DATA / f"handwritten_{split}.jsonl"
    else:
        path = DATA / f"lure_handwritten_{split}.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _auc(labels: list[bool], scores: list[float]) -> float | None:
    if len(set(labels)) < 2:
        return None
    return round(float(roc_auc_score(labels, scores)), 4)


def _recall_at_fpr(labels: list[bool], scores: list[float], max_fpr: float = 0.10) -> float | None:
    """Best recall with at most ``max_fpr`` of hard negatives flagged (threshold chosen on the
    same rows, so optimistic): how much ranking there is beyond the fixed default threshold."""
    if len(set(labels)) < 2:
        return None
    fpr, tpr, _ = roc_curve(labels, scores)
    return round(float(max(t for f, t in zip(fpr, tpr, strict=True) if f <= max_fpr)), 4)


def _block(rows: list[dict], scores: list[float], flags: list[bool], langs: list[str | None]) -> dict:
    """ROC AUC, recall of lures, FPR of hard negatives and language accuracy of one slice."""
    labels = [bool(r["lure"]) for r in rows]
    n_lure = sum(labels)
    n_neg = len(rows) - n_lure
    return {
        "n": len(rows),
        "lures": n_lure,
        "negatives": n_neg,
        "roc_auc": _auc(labels, scores),
        "recall_at_fpr_0.10": _recall_at_fpr(labels, scores),
        "recall": _ratio(sum(f for f, y in zip(flags, labels, strict=True) if y), n_lure),
        "fpr": _ratio(sum(f for f, y in zip(flags, labels, strict=True) if not y), n_neg),
        "language_accuracy": _ratio(
            sum(g == r["language"] for g, r in zip(langs, rows, strict=True)), len(rows)
        ),
    }


def evaluate(rows: list[dict], scorer: str = "blend") -> tuple[dict, list[tuple[dict, object, float]]]:
    """All figures of one corpus, plus (row, result, score) for the caller.

    ``scorer``: ``lexicon`` (the lexicons and their combiner), ``model`` (the text model) or
    ``blend`` (their mean: a message's words in the pipeline since the twelfth session).
    Categories are the lexicons' in every case.
    """
    results = analyze([r["text"] for r in rows], workers=1)
    lexicon = np.array([res.lure_score for res in results])
    model = default_model().score([r["text"] for r in rows])
    chosen = {"lexicon": lexicon, "model": model, "blend": blend(lexicon, model)}[scorer]
    scores = [float(v) for v in chosen]
    flags = [s >= DEFAULT_THRESHOLD for s in scores]
    langs = [res.language for res in results]
    report: dict = {"threshold": DEFAULT_THRESHOLD, "all": _block(rows, scores, flags, langs)}
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_lang[r["language"]].append(i)
    report["by_language"] = {
        lang: _block(
            [rows[i] for i in idx], [scores[i] for i in idx], [flags[i] for i in idx], [langs[i] for i in idx]
        )
        for lang, idx in sorted(by_lang.items())
    }
    cats: dict[str, dict] = {}
    for c in LURE_CATEGORIES:
        gold_lure = [i for i, r in enumerate(rows) if r["lure"] and c in r["categories"]]
        looks = [i for i, r in enumerate(rows) if c in r["categories"]]
        tagged = [i for i, res in enumerate(results) if c in res.categories]
        flagged_slice = [i for i in looks if flags[i]]
        cats[c] = {
            "lures": len(gold_lure),
            "negatives_like": len(looks) - len(gold_lure),
            # Message level: lures of this theme flagged; of the flagged messages
            # with this theme (lures + look-alike negatives), the share that are lures.
            "recall": _ratio(sum(flags[i] for i in gold_lure), len(gold_lure)),
            "precision": _ratio(sum(rows[i]["lure"] for i in flagged_slice), len(flagged_slice)),
            # Category level: does the detector name this category where it should?
            "tag_recall": _ratio(sum(c in results[i].categories for i in gold_lure), len(gold_lure)),
            "tag_precision": _ratio(
                sum(bool(rows[i]["lure"]) and c in rows[i]["categories"] for i in tagged), len(tagged)
            ),
        }
    report["by_category"] = cats
    kinds: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if not r["lure"]:
            kinds[r["kind"]].append(i)
    report["fpr_by_negative_kind"] = {
        k: {"n": len(idx), "fpr": _ratio(sum(flags[i] for i in idx), len(idx))}
        for k, idx in sorted(kinds.items())
    }
    return report, list(zip(rows, results, scores, strict=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["test", "dev", "blind-dev", "blind-test", "blind-c"], default="test")
    ap.add_argument("--label", default="current", help="key the figures are stored under (e.g. before/after)")
    ap.add_argument("--show-misses", action="store_true", help="print misses and false alarms (DEV only)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--scorer", choices=["blend", "lexicon", "model"], default="blend")
    args = ap.parse_args()
    rows = load(args.split)
    report, pairs = evaluate(rows, args.scorer)
    report["scorer"] = args.scorer
    if args.show_misses:
        if args.split not in ("dev", "blind-dev"):
            raise SystemExit("misses are shown for DEV only: TEST must not be tuned on")
        for r, res, score in pairs:
            flagged = score >= DEFAULT_THRESHOLD
            if flagged != bool(r["lure"]):
                tag = "MISS" if r["lure"] else "FP  "
                print(f"{tag} {r['language']} {score:.2f} {list(res.categories)} gold={r['categories']}")
                print(f"     {r['text']}")
    print(json.dumps({"split": args.split, "label": args.label, **report}, indent=1))
    if not args.no_write:
        stored = json.loads(OUT.read_text()) if OUT.exists() else {}
        stored["about"] = (
            "Words-only lure_score on hand-written en/fr/de corpora (benchmarks/data/lure_handwritten_*.jsonl); "
            "'before' = lexicons at HEAD before issue #4, 'after' = with the DEV-driven patterns; "
            "'issue4-before'/'issue4-after' = start/end of the guidance-driven step families, single-step "
            "seed lures and the no-cue combiner feature (docs/lure.md, 'Natural phrasing'); "
            "'everyday-before'/'everyday-after' = before/after the everyday wordings of 2026-11-30 (docs/lure.md); "
            "'offers-before'/'offers-after' = before/after paid travel, deadlines and phone or e-mail moves "
            "in everyday words (eighth session, docs/lure.md); 'negation-before'/'negation-after' = before/after "
            "compliance lines that forbid sharing non-public material cancel the request's cues (same session); "
            "'ordinary-before'/'ordinary-after' = before/after a recruiter's and an organiser's ordinary words "
            "(job offers, invitations; same session; the job offers were reverted afterwards); "
            "'session8-start'/'session8-end' = the code at the start and the end of that session. "
            "TEST was written before the lexicons were read and scored once per label. "
            "recall_at_fpr_0.10 picks its threshold on the same rows (optimistic)."
        )
        stored.setdefault(args.split, {})[args.label] = report
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(stored, indent=1) + "\n")


if __name__ == "__main__":
    main()
