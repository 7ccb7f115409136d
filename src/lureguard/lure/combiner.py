"""Logistic combiner: from cue indicators to a calibrated ``lure_score``.

Why a logistic regression over indicators: every weight is one readable number
("off-platform together with a paid offer adds 1.9 to the log-odds"), the score is a
probability on the seed corpus, and refitting on other data (``train_combiner``)
changes numbers, not code. Context is in the features: ``job-offer`` and
``event-invitation`` alone are what genuine recruiters and organisers send, so they
carry their own (low) weight and the lure signature lives in the interaction terms.
Weights are stored as JSON in ``data/combiner.json``; no pickles.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from lureguard.contract import LURE_CATEGORIES
from lureguard.lure.lexicon import AUX_CUES, CONDITIONAL_IMPLIES, MARKER_CUES

#: Categories that make a message a lure; the last two of the contract are context.
LURE_SIGNS: tuple[str, ...] = tuple(c for c in LURE_CATEGORIES if c not in ("job-offer", "event-invitation"))
_OFFER = frozenset({"paid-work", "paid-travel"})
_COVERT = frozenset({"off-platform", "secrecy", "information-request", "vague-client"})
_STRONG = frozenset({"messenger", "personal-contact", "concealment", "sensitive-request"})
#: Cues that only qualify others (a sum, a salary): weightless, and no cue for ``no-cue``.
_QUALIFIERS = frozenset(CONDITIONAL_IMPLIES) | frozenset(MARKER_CUES)

#: Feature names, in the order of the weight vector. ``event-invitation`` enters only
#: through ``context-only``: an invitation is what genuine organisers and personas both
#: send (the paid trip, guidance red flag #9, is its own feature), so once a lure sign is
#: present the invitation itself says nothing either way. A standalone weight learnt the
#: seed corpus's wording instead (organisers invite, its trip lures rarely did) and
#: pushed trip lures phrased as invitations down.
FEATURES: tuple[str, ...] = (
    *(c for c in LURE_CATEGORIES if c != "event-invitation"),
    *AUX_CUES,
    "offer+covert",
    "flattery+offer",
    "flattery+covert",
    "strong+offer",
    "covert>=2",
    "signs>=3",
    "context-only",
    "no-cue",
)

DEFAULT_PATH = "combiner.json"


def features(cues: Iterable[str]) -> tuple[float, ...]:
    """Indicator vector over :data:`FEATURES` for a set of cue names."""
    present = frozenset(cues)
    offer = bool(present & _OFFER)
    covert = present & _COVERT
    signs = sum(1 for c in LURE_SIGNS if c in present)
    derived = {
        "offer+covert": offer and bool(covert),
        "flattery+offer": offer and "flattery" in present,
        "flattery+covert": "flattery" in present and bool(covert),
        "strong+offer": offer and bool(present & _STRONG),
        "covert>=2": len(covert) >= 2,
        "signs>=3": signs >= 3,
        "context-only": signs == 0 and bool(present & {"job-offer", "event-invitation"}),
        # Most genuine messages carry no cue at all: their own weight keeps them low
        # without dragging down the intercept that single-cue messages start from.
        "no-cue": not (present - _QUALIFIERS),
    }
    return tuple(float(derived.get(f, f in present)) for f in FEATURES)


@dataclass(frozen=True, eq=False)
class Combiner:
    """Weights of the logistic combiner; inspect ``weights`` to see what drives a score."""

    intercept: float
    weights: Mapping[str, float]
    #: Where the weights came from (corpus, sizes, regularisation): shown in docs/reports.
    provenance: Mapping[str, object]

    def score(self, cues: Iterable[str]) -> float:
        """Probability-like lure score in [0, 1] for a set of cue names."""
        key = frozenset(cues)
        cache = self._cache
        hit = cache.get(key)
        if hit is None:
            x = features(key)
            z = self.intercept + sum(w * v for w, v in zip(self._vector, x, strict=True) if v)
            hit = 1.0 / (1.0 + math.exp(-z))
            if len(cache) < 100_000:  # cue sets repeat: a few thousand distinct ones
                cache[key] = hit
        return hit

    @cached_property
    def _cache(self) -> dict[frozenset[str], float]:
        return {}

    def contributions(self, cues: Iterable[str]) -> list[tuple[str, float]]:
        """Non-zero ``(feature, weight)`` terms of a score, largest first."""
        x = features(cues)
        terms = [(f, self.weights.get(f, 0.0)) for f, v in zip(FEATURES, x, strict=True) if v]
        return sorted(terms, key=lambda t: -abs(t[1]))

    @cached_property
    def _vector(self) -> tuple[float, ...]:
        return tuple(self.weights.get(f, 0.0) for f in FEATURES)

    def to_json(self) -> str:
        return (
            json.dumps(
                {
                    "intercept": self.intercept,
                    "weights": dict(self.weights),
                    "features": list(FEATURES),
                    "provenance": dict(self.provenance),
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )

    @classmethod
    def from_json(cls, text: str) -> Combiner:
        data = json.loads(text)
        return cls(
            float(data["intercept"]),
            {k: float(v) for k, v in data["weights"].items()},
            data.get("provenance", {}),
        )

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")


def load_default() -> Combiner:
    """The combiner shipped in the package (fitted on the seed corpus)."""
    text = (
        resources.files("lureguard.lure").joinpath("data").joinpath(DEFAULT_PATH).read_text(encoding="utf-8")
    )
    return Combiner.from_json(text)


def fit_cues(
    cue_sets: Sequence[Iterable[str]],
    labels: Sequence[int],
    *,
    c: float = 1.0,
    lure_share: float | None = None,
    provenance: Mapping[str, object] | None = None,
) -> Combiner:
    """Fit the combiner on cue sets already extracted from texts (L2 logistic regression).

    ``lure_share`` reweights the lures so that they count as that share of the corpus:
    the intercept (hence what ``DEFAULT_THRESHOLD`` means) then follows a chosen prior,
    not how many lures happen to have been written.
    """
    from sklearn.linear_model import LogisticRegression

    y = [int(bool(v)) for v in labels]
    if len(set(y)) < 2:
        raise ValueError("train_combiner needs both lure (1) and non-lure (0) examples")
    x = [features(cs) for cs in cue_sets]
    weight = None
    if lure_share is not None:
        n1 = sum(y)
        weight = {0: 1.0, 1: lure_share / (1.0 - lure_share) * (len(y) - n1) / n1}
    model = LogisticRegression(C=c, max_iter=3000, class_weight=weight)
    model.fit(x, y)
    weights = {f: round(float(w), 4) for f, w in zip(FEATURES, model.coef_[0], strict=True)}
    prov: dict[str, object] = {
        "model": "sklearn LogisticRegression L2",
        "C": c,
        "n": len(y),
        "n_lure": sum(y),
    }
    if lure_share is not None:
        prov["lure_share"] = lure_share
    prov.update(provenance or {})
    return Combiner(round(float(model.intercept_[0]), 4), weights, prov)
