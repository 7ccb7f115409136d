"""Would a learned reading of each lure category beat the lexicons' categories? (Measured: no.)

    .venv/bin/python benchmarks/bench_lure_categories.py [--world WORLD SCAN ...]

``messages.jsonl`` names a message's categories from the lexicons alone. This fits, per
category, a logistic regression over the text model's hashed character n-grams
(``lure.textmodel``: the same features, C = 10, classes balanced) on the two hand-written
DEV corpora that ship with the package (240 rows), and scores three ways of using it beside
the lexicons' tags:

- ``union``: a category is named if the lexicons or the model (P >= 0.5) name it;
- ``fill``: the model's categories only for a message the lexicons give none;
- ``union@0.7``: the union with the model held to P >= 0.7.

Gold is the category as a theme, on lures and genuine look-alikes alike, which is how every
world generator labels its messages (``message_labels.jsonl``: a genuine recruiter's message
carries ``job-offer``); for a world, the lexicons' themes kept only on messages whose
``lure_score`` is 0.5 or more are scored too. Macro F1 over the categories a corpus holds, on: the DEV rows out of
fold (5 folds, 3 repeats), the hand-written TEST corpora, and each ``--world`` pair given (a
world folder with ``message_labels.jsonl`` and the folder its scan wrote). Writes
``benchmarks/results/lure_categories.json`` (a world's figures stay there until a run gives that world).
"""

from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from lureguard.contract import LURE_CATEGORIES
from lureguard.lure import analyze
from lureguard.lure.textmodel import CORPORA, C, default_model

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "lure_categories.json"
TESTS = ("blind-test", "test", "blind-c")
CATS = list(LURE_CATEGORIES)
WAYS = {"union": ("union", 0.5), "fill": ("fill", 0.5), "union@0.7": ("union", 0.7)}


def _rows(path: Path | str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold(rows: list[dict]) -> np.ndarray:
    return np.array([[c in r["categories"] for c in CATS] for r in rows], dtype=bool)


class CategoryModel:
    """One logistic regression per category over the text model's vectors."""

    def __init__(self, rows: list[dict]) -> None:
        self.model = default_model()
        x = self.model.transform([r["text"] for r in rows])
        self.used = np.flatnonzero(np.asarray(x.sum(0)).ravel())
        gold = _gold(rows)
        self.fits = [
            LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x[:, self.used], gold[:, j])
            if gold[:, j].sum() >= 2
            else None
            for j in range(len(CATS))
        ]

    def proba(self, texts: list[str]) -> np.ndarray:
        x = self.model.transform(texts)[:, self.used]
        out = np.zeros((len(texts), len(CATS)))
        for j, f in enumerate(self.fits):
            if f is not None:
                out[:, j] = f.predict_proba(x)[:, 1]
        return out


def combine(lexicon: np.ndarray, proba: np.ndarray, way: str) -> np.ndarray:
    mode, level = WAYS[way]
    model = proba >= level
    if mode == "union":
        return lexicon | model
    return lexicon | (model & ~lexicon.any(axis=1, keepdims=True))


def macro_f1(gold: np.ndarray, tags: np.ndarray) -> float:
    scores = []
    for j in range(gold.shape[1]):
        if not gold[:, j].any():
            continue
        tp = int((gold[:, j] & tags[:, j]).sum())
        wrong = int((gold[:, j] ^ tags[:, j]).sum())
        scores.append(2 * tp / (2 * tp + wrong))
    return round(float(np.mean(scores)), 4)


def _lexicon_tags(texts: list[str]) -> np.ndarray:
    return np.array([[c in r.categories for c in CATS] for r in analyze(texts, workers=1)], dtype=bool)


def _figures(gold: np.ndarray, lexicon: np.ndarray, proba: np.ndarray) -> dict[str, float]:
    return {"lexicons": macro_f1(gold, lexicon)} | {
        w: macro_f1(gold, combine(lexicon, proba, w)) for w in WAYS
    }


def _world(world: Path, scan: Path, model: CategoryModel) -> dict[str, float]:
    truth = {r["interaction_id"]: r for r in _rows(world / "message_labels.jsonl")}
    out = {r["interaction_id"]: r for r in _rows(scan / "messages.jsonl")}
    texts: dict[str, str] = {}
    with (world / "interactions.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in out:
                texts[r["id"]] = r.get("text") or ""
    ids = [i for i in truth if i in out]
    distinct = sorted({texts[i] for i in ids})
    where = {t: k for k, t in enumerate(distinct)}
    proba = model.proba(distinct)[[where[texts[i]] for i in ids]]
    gold = np.array([[c in (truth[i].get("categories") or []) for c in CATS] for i in ids], dtype=bool)
    lexicon = np.array([[c in out[i]["categories"] for c in CATS] for i in ids], dtype=bool)
    verdict = np.array([out[i]["lure_score"] >= 0.5 for i in ids])
    gated = {"lexicons on lures only": macro_f1(gold, lexicon & verdict[:, None])}
    return {"messages": len(ids)} | _figures(gold, lexicon, proba) | gated


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--world", nargs=2, action="append", default=[], metavar=("WORLD", "SCAN"))
    args = ap.parse_args()
    base = resources.files("lureguard.lure").joinpath("data")
    dev = [r for name in CORPORA for r in _rows(str(base.joinpath(name)))]
    report: dict = {}

    gold = _gold(dev)
    lexicon = _lexicon_tags([r["text"] for r in dev])
    proba = np.zeros(gold.shape)
    for repeat in range(3):
        for fit_idx, held in KFold(5, shuffle=True, random_state=repeat).split(dev):
            fitted = CategoryModel([dev[i] for i in fit_idx])
            proba[held] += fitted.proba([dev[i]["text"] for i in held]) / 3
    report["dev out of fold"] = _figures(gold, lexicon, proba)
    print("dev out of fold", report["dev out of fold"], flush=True)

    model = CategoryModel(dev)
    for split in TESTS:
        rows = _rows(HERE / "data" / f"lure_handwritten_{split}.jsonl")
        texts = [r["text"] for r in rows]
        report[split] = _figures(_gold(rows), _lexicon_tags(texts), model.proba(texts))
        print(split, report[split], flush=True)
    for world, scan in args.world:
        report[Path(world).name] = _world(Path(world), Path(scan), model)
        print(Path(world).name, report[Path(world).name], flush=True)
    # a run without --world (benchmarks/run_all.py) keeps the worlds' figures of an earlier run
    kept = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    RESULTS.write_text(json.dumps(kept | report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
