"""Account risk models: combine signal scores into one explainable risk.

A model sees only the matrix of signal scores, so every risk can be traced to
signals a person can check. ``contributions`` says how much each signal moved an
account's risk; reasons are ranked by it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

__all__ = ["NoisyOrModel", "RiskModel", "load_model"]


class RiskModel(Protocol):
    """What the scanner needs from a model."""

    threshold: float

    def predict(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray: ...

    def contributions(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray: ...


@dataclass(frozen=True)
class NoisyOrModel:
    """Each signal is an independent chance of being a fake: ``1 - Π(1 - w·s)``.

    The weights are hand-set, documented priors, not fitted: a baseline until a
    model trained on simulated worlds is available. A signal without a weight
    contributes nothing.
    """

    weights: dict[str, float] = field(
        default_factory=lambda: {
            "protected_share": 0.45,
            "org_spread": 0.35,
            "sector_spread": 0.3,
            "young_account": 0.3,
            "cold_outreach": 0.25,
        }
    )
    threshold: float = 0.6

    def _w(self, names: tuple[str, ...]) -> np.ndarray:
        return np.array([self.weights.get(n, 0.0) for n in names], dtype=float)

    def predict(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        if scores.shape[1] == 0:
            return np.zeros(scores.shape[0])
        keep = np.clip(1.0 - scores * self._w(names), 0.0, 1.0)
        return np.asarray(1.0 - np.prod(keep, axis=1))

    def contributions(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        # -log(1 - w·s) is each signal's additive share of the log-odds-like total.
        return np.asarray(-np.log(np.clip(1.0 - scores * self._w(names), 1e-9, 1.0)))


def load_model(path: Path | None = None) -> RiskModel:
    """The shipped default model, or one saved as JSON at ``path``."""
    if path is None:
        from lureguard import models  # noqa: PLC0415  (optional trained model shipped with the package)

        return models.default_model()
    spec = json.loads(Path(path).read_text(encoding="utf-8"))
    if spec.get("kind") == "noisy-or":
        return NoisyOrModel(weights=dict(spec["weights"]), threshold=float(spec["threshold"]))
    raise ValueError(f"{path}: unknown model kind {spec.get('kind')!r}")
