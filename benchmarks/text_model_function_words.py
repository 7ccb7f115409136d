"""The text model with function words blanked, against the shipped one.

    .venv/bin/python benchmarks/text_model_function_words.py

On real text that is not espionage (the SMS Spam Collection's genuine messages) the text model's
explanations lean on function words ("nicht", "you"). This refits it with every language's
function words (``langid``'s stop-word lists) blanked before it reads a text, as places are
blanked, and scores both fits on the hand-written TEST corpora (ROC AUC, model alone and blended
with the lexicons) and on the genuine SMS in English, French and German (mean score, and the share
at 0.5 or more). Writes ``benchmarks/results/session15/text-model-function-words.json``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

import lureguard.lure.textmodel as tm
from lureguard.lure import analyze
from lureguard.lure.langid import languages

ROOT = Path(__file__).resolve().parent
SMS = Path("/work/shared/data/external/sms-spam-multilingual-en-hi-de-fr/data-en-hi-de-fr.csv")
OUT = ROOT / "results" / "session15" / "text-model-function-words.json"
CORPORA = ("test", "blind-test", "blind-c")
LANGS = (("en", "text"), ("fr", "text_fr"), ("de", "text_de"))


def _blanking(prepare: Callable[[object], str]) -> Callable[[object], str]:
    words = sorted({w for lang in languages() for w in lang.stopwords}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return lambda text: pattern.sub(" ", prepare(text))


def main() -> int:
    sets = {
        k: [
            json.loads(x)
            for x in (ROOT / "data" / f"lure_handwritten_{k}.jsonl").read_text("utf-8").splitlines()
            if x.strip()
        ]
        for k in CORPORA
    }
    with SMS.open(encoding="utf-8", newline="") as fh:
        ham = [r for r in csv.DictReader(fh) if r["labels"] != "spam"]
    lexicon = {
        k: np.array([x.lure_score for x in analyze([r["text"] for r in rows], workers=1)])
        for k, rows in sets.items()
    }
    lexicon_ham = {
        lang: np.array([x.lure_score for x in analyze([r[col] for r in ham], workers=1)])
        for lang, col in LANGS
    }
    shipped = tm._prepare
    out: dict[str, dict[str, object]] = {}
    try:
        for variant, prepare in (("shipped", shipped), ("function words blanked", _blanking(shipped))):
            tm._prepare = prepare
            model = tm.fit()
            res: dict[str, object] = {}
            for k, rows in sets.items():
                y = [bool(r["lure"]) for r in rows]
                s = model.score([r["text"] for r in rows])
                res[f"{k} roc_auc"] = {
                    "model": round(float(roc_auc_score(y, s)), 3),
                    "blend": round(float(roc_auc_score(y, tm.blend(lexicon[k], s))), 3),
                }
            for lang, col in LANGS:
                s = model.score([r[col] for r in ham])
                res[f"genuine sms {lang}"] = {
                    "model_mean": round(float(s.mean()), 3),
                    "model_at_0.5_pct": round(float((s >= 0.5).mean()) * 100, 2),
                    "blend_at_0.5_pct": round(float((tm.blend(lexicon_ham[lang], s) >= 0.5).mean()) * 100, 2),
                }
            out[variant] = res
    finally:
        tm._prepare = shipped
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
