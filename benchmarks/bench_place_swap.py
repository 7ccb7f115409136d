"""Does a message's word score change when only the place it names changes?

    python benchmarks/bench_place_swap.py [--label L]

Why: "behaviour, never identity". Many hand-written lures invite to Shanghai or Singapore,
and a model that learns from them can learn the city instead of the invitation. This takes
every hand-written row (all five corpora, DEV and TEST) that names one of ``NAMED``, puts
each of ``CONTROL`` in its place, and reports how far the score moves: the lexicons', the
text model's and their mean (the pipeline's ``text_score``). A second pass does the same with
places no list in the package names (``UNLISTED_*``): what is left once the listed ones are
blanked. Writes ``benchmarks/results/place_swap.json`` under ``--label``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

from lureguard.lure import analyze
from lureguard.lure.textmodel import blend, default_model

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    ROOT / "benchmarks" / "data" / f"lure_handwritten_{n}.jsonl" for n in ("test", "blind-test", "blind-c")
] + [ROOT / "src" / "lureguard" / "lure" / "data" / f"handwritten_{n}.jsonl" for n in ("dev", "blind-dev")]
OUT = ROOT / "benchmarks" / "results" / "place_swap.json"

#: Places the hand-written lures name (in their three languages' spellings).
NAMED = [
    "Shanghai", "Beijing", "Peking", "Pékin", "Shenzhen", "Hong Kong", "Hongkong", "Singapore", "Singapur",
    "Singapour", "Macau", "Macao", "Moscow", "Moskau", "Moscou", "Dubai", "China", "Chine",
]  # fmt: skip
#: Places to put in their stead.
CONTROL = ["Lyon", "Boston", "Hamburg", "Vienna", "Toronto"]
#: Places in no list of the package, in two groups: where campaigns are often said to come
#: from, and not. The text model must not tell them apart either.
UNLISTED_A = ["Ningbo", "Wuxi", "Foshan", "Samara", "Tabriz"]
UNLISTED_B = ["Bologna", "Porto", "Leeds", "Graz", "Aachen"]


def _score(texts: list[str]) -> dict[str, np.ndarray]:
    lexicon = np.array([r.lure_score for r in analyze(texts, workers=1)])
    model = default_model().score(texts)
    return {"lexicon": lexicon, "model": model, "blend": np.asarray(blend(lexicon, model))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--label", default="current")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(x) for p in CORPORA for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    named = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, NAMED)) + r")(?!\w)")
    hits = [r for r in rows if named.search(r["text"])]
    base = _score([r["text"] for r in hits])
    swaps = {c: _score([named.sub(c, r["text"]) for r in hits]) for c in CONTROL + UNLISTED_A + UNLISTED_B}
    lures = np.array([bool(r["lure"]) for r in hits])
    report: dict[str, object] = {
        "rows": len(rows),
        "rows_naming_a_place": len(hits),
        "lures": int(lures.sum()),
    }
    for scorer, before in base.items():
        after = np.stack([swaps[c][scorer] for c in CONTROL])
        crossed = ((before >= 0.5)[None, :] != (after >= 0.5)).any(0)
        a = np.stack([swaps[c][scorer] for c in UNLISTED_A])
        b = np.stack([swaps[c][scorer] for c in UNLISTED_B])
        report[scorer] = {
            "mean_drop_when_the_place_is_a_control": round(float((before[None, :] - after).mean()), 4),
            "max_abs_change": round(float(np.abs(before[None, :] - after).max()), 4),
            "rows_crossing_0.5": int(crossed.sum()),
            "lures_crossing_0.5": int((crossed & lures).sum()),
            "unlisted_mean_a_minus_b": round(float(a.mean() - b.mean()), 4),
        }
    print(json.dumps({"label": args.label, **report}, indent=1))
    if not args.no_write:
        stored = json.loads(OUT.read_text()) if OUT.exists() else {}
        stored[args.label] = report
        OUT.write_text(json.dumps(stored, indent=1) + "\n")


if __name__ == "__main__":
    main()
