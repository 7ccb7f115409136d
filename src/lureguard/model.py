"""Account risk models: combine signal scores into one explainable risk.

A model sees only the matrix of signal scores, so every risk can be traced to
signals a person can check. ``contributions`` says how much each signal moved an
account's risk; reasons are ranked by it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

__all__ = ["LogisticModel", "NoisyOrModel", "RiskModel", "fit_isotonic", "fit_monotone_logistic", "load_model"]


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


@dataclass(frozen=True)
class LogisticModel:
    """Logistic regression over signal scores with non-negative weights, then isotonic calibration.

    Why this shape: every signal is built so that a higher score is more
    suspicious, so a fitted weight below zero would only learn a quirk of the
    simulated worlds; the weights are constrained to be ≥ 0 (monotone in every
    signal). The linear log-odds make each reason's share exact:
    ``contributions = coef × score`` (log-odds added by that signal above an
    account with no evidence). The isotonic map turns the raw probability into
    a calibrated one; it is monotone, so it never reorders accounts.
    Signals the model was not trained with are ignored; signals it was trained
    with but that did not run count as 0 (no evidence).
    """

    names: tuple[str, ...]
    coef: np.ndarray
    intercept: float
    calibration: tuple[tuple[float, ...], tuple[float, ...]] | None = None
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def _w(self, names: tuple[str, ...]) -> np.ndarray:
        by = dict(zip(self.names, np.asarray(self.coef, dtype=float), strict=True))
        return np.array([by.get(n, 0.0) for n in names], dtype=float)

    def raw_probability(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        z = self.intercept + np.asarray(scores, dtype=float) @ self._w(names) if scores.shape[1] else (
            np.full(scores.shape[0], self.intercept)
        )
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def predict(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        p = self.raw_probability(names, scores)
        if self.calibration is None:
            return p
        xs, ys = self.calibration
        return np.asarray(np.interp(p, np.asarray(xs), np.asarray(ys)))

    def contributions(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        return np.asarray(np.asarray(scores, dtype=float) * self._w(names))

    def to_json(self, report: dict[str, Any] | None = None) -> dict[str, Any]:
        """Plain data: weights, intercept, calibration points, threshold (no pickle)."""
        out: dict[str, Any] = {
            "kind": "logistic",
            "version": 1,
            "signals": list(self.names),
            "coef": [round(float(c), 8) for c in self.coef],
            "intercept": round(float(self.intercept), 8),
            "calibration": None
            if self.calibration is None
            else {"x": [round(v, 8) for v in self.calibration[0]], "y": [round(v, 8) for v in self.calibration[1]]},
            "threshold": float(self.threshold),
        }
        if report is not None:
            out["training"] = report
        return out

    @classmethod
    def from_json(cls, spec: dict[str, Any]) -> LogisticModel:
        cal = spec.get("calibration")
        return cls(
            names=tuple(spec["signals"]),
            coef=np.asarray(spec["coef"], dtype=float),
            intercept=float(spec["intercept"]),
            calibration=None if not cal else (tuple(map(float, cal["x"])), tuple(map(float, cal["y"]))),
            threshold=float(spec["threshold"]),
            meta=dict(spec.get("training") or {}),
        )


def fit_monotone_logistic(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0) -> tuple[np.ndarray, float]:
    """Class-balanced, L2-penalised logistic regression with every weight ≥ 0 (L-BFGS-B)."""
    from scipy.optimize import minimize  # noqa: PLC0415

    x = np.asarray(x, dtype=float)
    yv = np.asarray(y, dtype=float)
    pos = max(yv.sum(), 1.0)
    neg = max(len(yv) - yv.sum(), 1.0)
    sw = np.where(yv > 0, len(yv) / (2 * pos), len(yv) / (2 * neg))
    n, d = x.shape

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:d], theta[d]
        z = x @ w + b
        # log(1 + e^z) - y z, computed stably
        lse = np.logaddexp(0.0, z)
        val = float(np.sum(sw * (lse - yv * z)) / n + 0.5 * l2 * np.dot(w, w) / n)
        g = sw * (1.0 / (1.0 + np.exp(-z)) - yv) / n
        grad = np.concatenate([x.T @ g + l2 * w / n, [g.sum()]])
        return val, grad

    bounds = [(0.0, None)] * d + [(None, None)]
    res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return np.asarray(res.x[:d]), float(res.x[d])


def fit_isotonic(p: np.ndarray, y: np.ndarray, *, points: int = 64) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Isotonic map from raw to calibrated probability, kept as at most ``points`` (x, y) knots."""
    from sklearn.isotonic import IsotonicRegression  # noqa: PLC0415

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(p, np.asarray(y, dtype=float))
    xs = np.unique(np.concatenate([[0.0, 1.0], np.quantile(p, np.linspace(0, 1, points)), iso.X_thresholds_]))
    ys = iso.predict(xs)
    # Thin the knots: keep where the step changes, plus the ends.
    keep = np.ones(len(xs), dtype=bool)
    keep[1:-1] = (np.diff(ys)[:-1] != 0) | (np.diff(ys)[1:] != 0)
    return tuple(map(float, xs[keep])), tuple(map(float, ys[keep]))


def load_model(path: Path | None = None) -> RiskModel:
    """The shipped default model, or one saved as JSON at ``path``."""
    if path is None:
        from lureguard import models  # noqa: PLC0415  (optional trained model shipped with the package)

        return models.default_model()
    spec = json.loads(Path(path).read_text(encoding="utf-8"))
    if spec.get("kind") == "noisy-or":
        return NoisyOrModel(weights=dict(spec["weights"]), threshold=float(spec["threshold"]))
    if spec.get("kind") == "logistic":
        return LogisticModel.from_json(spec)
    raise ValueError(f"{path}: unknown model kind {spec.get('kind')!r}")
