"""The hand-written seed corpus and the refit of the packaged combiner.

The corpus (``data/seed_<lang>.tsv``: ``label``, ``kind``, ``text``) was written for
this project from the public guidance cited in the lexicons, not from any
simulator's templates. Lures mix the red flags; negatives are genuine recruiters,
conference organisers who pay speakers' travel, sales, colleagues and near-misses
(a headhunter's "confidential" search, a colleague moving to e-mail).

Refit after editing a lexicon or the corpus::

    python -m lureguard.lure.seed
"""

from __future__ import annotations

import csv
import sys
from importlib import resources

from lureguard.lure._matcher import default_scanner
from lureguard.lure._text import clean, fold
from lureguard.lure.combiner import DEFAULT_PATH, Combiner, fit_cues
from lureguard.lure.lexicon import LANGUAGE_MODULES, implied

#: Ridge strength of the shipped fit; small corpus, so fairly strong regularisation.
SEED_C = 0.5
#: Lures are weighted to count as this share of the corpus (it holds 45 % lures, 37 %
#: before the single-step lures of issue #4 were added): writing more lures must make
#: the weights sharper, not move the operating point of ``DEFAULT_THRESHOLD``; real
#: traffic holds far fewer lures than a corpus written to contain them.
SEED_LURE_SHARE = 0.37


def load_seed() -> list[tuple[str, str, int, str]]:
    """``(language, kind, label, text)`` rows of every seed file present."""
    rows: list[tuple[str, str, int, str]] = []
    base = resources.files("lureguard.lure").joinpath("data")
    for code in LANGUAGE_MODULES:
        f = base.joinpath(f"seed_{code}.tsv")
        if not f.is_file():
            continue
        reader = csv.DictReader(
            f.read_text(encoding="utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        rows.extend((code, r["kind"], int(r["label"]), r["text"]) for r in reader)
    return rows


def cue_set(text: str) -> set[str]:
    """Cues of one text, implied categories included (no combiner needed)."""
    return implied(cue for cue, _, _ in default_scanner().scan(fold(clean(text))))


def fit_seed() -> Combiner:
    """Fit the combiner on the seed corpus."""
    rows = load_seed()
    langs = sorted({r[0] for r in rows})
    return fit_cues(
        [cue_set(r[3]) for r in rows],
        [r[2] for r in rows],
        c=SEED_C,
        lure_share=SEED_LURE_SHARE,
        provenance={"corpus": "lureguard/lure/data/seed_*.tsv", "languages": langs},
    )


def main() -> None:
    combiner = fit_seed()
    target = resources.files("lureguard.lure").joinpath("data").joinpath(DEFAULT_PATH)
    with resources.as_file(target) as path:
        combiner.save(path)
    sys.stdout.write(combiner.to_json())


if __name__ == "__main__":
    main()
