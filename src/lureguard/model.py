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

__all__ = [
    "BoostedTreesModel",
    "LogisticModel",
    "NoisyOrModel",
    "RiskModel",
    "fit_isotonic",
    "fit_monotone_logistic",
    "load_model",
]


class RiskModel(Protocol):
    """What the scanner needs from a model (``threshold``: risk at or above it is ``flagged``)."""

    @property
    def threshold(self) -> float: ...

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
        z = (
            self.intercept + np.asarray(scores, dtype=float) @ self._w(names)
            if scores.shape[1]
            else (np.full(scores.shape[0], self.intercept))
        )
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def predict(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        return _calibrate(self.raw_probability(names, scores), self.calibration)

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
            else {
                "x": [round(v, 8) for v in self.calibration[0]],
                "y": [round(v, 8) for v in self.calibration[1]],
            },
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


def _calibrate(p: np.ndarray, calibration: tuple[tuple[float, ...], tuple[float, ...]] | None) -> np.ndarray:
    if calibration is None:
        return p
    xs, ys = calibration
    return np.asarray(np.interp(p, np.asarray(xs), np.asarray(ys)))


@dataclass(frozen=True)
class BoostedTreesModel:
    """Gradient-boosted trees over signal scores, monotone increasing in every signal, then isotonic.

    Why trees: signals combine non-additively (a young account matters more when
    it also sweeps sectors), and a linear model left recall on the table. Why
    monotone: a higher signal score must never lower risk, so the model cannot
    learn a simulator quirk that runs against a signal's meaning.

    Trees are stored as plain arrays (feature, threshold, left, right, value,
    leaf flag). ``contributions`` is the exact path decomposition of the
    log-odds (Saabas): walking an account down a tree, each split adds
    ``value(child) − value(parent)`` to the feature it tested; summed over
    trees, contributions plus the bias equal the raw log-odds. It is a
    per-account attribution, not a global importance, and it can split credit
    between correlated signals unevenly.
    """

    names: tuple[str, ...]
    trees: tuple[dict[str, np.ndarray], ...]
    baseline: float
    calibration: tuple[tuple[float, ...], tuple[float, ...]] | None = None
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)
    #: The early-warning replay's operating point when it must differ from ``threshold`` (risk
    #: at every point of an account's history is judged, so genuine accounts get many chances to
    #: cross); ``None`` = use ``threshold``. Optional in the JSON (older files lack it).
    alert_threshold: float | None = None

    def _x(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        """Reorder the caller's columns to the model's; a signal that did not run is 0 (no evidence)."""
        idx = {n: i for i, n in enumerate(names)}
        x = np.zeros((scores.shape[0], len(self.names)))
        for j, n in enumerate(self.names):
            if n in idx:
                x[:, j] = scores[:, idx[n]]
        return x

    def _walk(self, x: np.ndarray, contrib: np.ndarray | None) -> np.ndarray:
        raw = np.full(x.shape[0], self.baseline)
        rows = np.arange(x.shape[0])
        for t in self.trees:
            node = np.zeros(x.shape[0], dtype=np.int64)
            raw += t["value"][0]
            if contrib is not None:
                contrib[:, -1] += t["value"][0]
            while True:
                active = ~t["leaf"][node]
                if not active.any():
                    break
                n = node[active]
                f = t["feature"][n]
                go_left = x[rows[active], f] <= t["threshold"][n]
                child = np.where(go_left, t["left"][n], t["right"][n])
                delta = t["value"][child] - t["value"][n]
                raw[active] += delta
                if contrib is not None:
                    np.add.at(contrib, (rows[active], f), delta)
                node[active] = child
        return raw

    def raw_probability(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        return np.asarray(1.0 / (1.0 + np.exp(-self._walk(self._x(names, scores), None))))

    def predict(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        return _calibrate(self.raw_probability(names, scores), self.calibration)

    def contributions(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        x = self._x(names, scores)
        c = np.zeros((x.shape[0], len(self.names) + 1))  # last column: bias (baseline + tree roots)
        self._walk(x, c)
        out = np.zeros(scores.shape)
        pos = {n: j for j, n in enumerate(self.names)}
        for i, n in enumerate(names):
            if n in pos:
                out[:, i] = c[:, pos[n]]
        return out

    @classmethod
    def from_sklearn(cls, est: Any, names: tuple[str, ...]) -> BoostedTreesModel:
        """Copy a fitted binary ``HistGradientBoostingClassifier`` into plain arrays."""
        trees = []
        for (pred,) in est._predictors:
            nd = pred.nodes
            trees.append(
                {
                    "feature": nd["feature_idx"].astype(np.int64),
                    "threshold": nd["num_threshold"].astype(float),
                    "left": nd["left"].astype(np.int64),
                    "right": nd["right"].astype(np.int64),
                    "value": nd["value"].astype(float),
                    "leaf": nd["is_leaf"].astype(bool),
                }
            )
        return cls(names=names, trees=tuple(trees), baseline=float(np.ravel(est._baseline_prediction)[0]))

    def replace(self, **kw: Any) -> BoostedTreesModel:
        from dataclasses import replace

        return replace(self, **kw)

    def to_json(self, report: dict[str, Any] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": "boosted-trees",
            "version": 1,
            "signals": list(self.names),
            "baseline": float(self.baseline),
            "trees": [
                {
                    "feature": t["feature"].tolist(),
                    "threshold": [float(v) for v in t["threshold"]],
                    "left": t["left"].tolist(),
                    "right": t["right"].tolist(),
                    "value": [float(v) for v in t["value"]],
                    "leaf": [int(v) for v in t["leaf"]],
                }
                for t in self.trees
            ],
            "calibration": None
            if self.calibration is None
            else {"x": list(self.calibration[0]), "y": list(self.calibration[1])},
            "threshold": float(self.threshold),
        }
        if self.alert_threshold is not None:
            out["alert_threshold"] = float(self.alert_threshold)
        if report is not None:
            out["training"] = report
        return out

    @classmethod
    def from_json(cls, spec: dict[str, Any]) -> BoostedTreesModel:
        cal = spec.get("calibration")
        trees = tuple(
            {
                "feature": np.asarray(t["feature"], dtype=np.int64),
                "threshold": np.asarray(t["threshold"], dtype=float),
                "left": np.asarray(t["left"], dtype=np.int64),
                "right": np.asarray(t["right"], dtype=np.int64),
                "value": np.asarray(t["value"], dtype=float),
                "leaf": np.asarray(t["leaf"], dtype=bool),
            }
            for t in spec["trees"]
        )
        return cls(
            names=tuple(spec["signals"]),
            trees=trees,
            baseline=float(spec["baseline"]),
            calibration=None if not cal else (tuple(map(float, cal["x"])), tuple(map(float, cal["y"]))),
            threshold=float(spec["threshold"]),
            meta=dict(spec.get("training") or {}),
            alert_threshold=None if spec.get("alert_threshold") is None else float(spec["alert_threshold"]),
        )


def fit_monotone_logistic(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0) -> tuple[np.ndarray, float]:
    """Class-balanced, L2-penalised logistic regression with every weight ≥ 0 (L-BFGS-B)."""
    from scipy.optimize import minimize

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


def fit_isotonic(
    p: np.ndarray, y: np.ndarray, *, points: int = 64
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Isotonic map from raw to calibrated probability, kept as at most ``points`` (x, y) knots."""
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(p, np.asarray(y, dtype=float))
    xs = np.unique(np.concatenate([[0.0, 1.0], np.quantile(p, np.linspace(0, 1, points)), iso.X_thresholds_]))
    # A tiny slope breaks the isotonic steps' ties, so accounts keep their order and an operating
    # point can be placed between any two of them; it moves no probability by more than 1e-4.
    ys = np.clip(iso.predict(xs) * (1 - 1e-4) + 1e-4 * xs, 0.0, 1.0)
    return tuple(map(float, xs)), tuple(map(float, ys))


def load_model(path: Path | None = None) -> RiskModel:
    """The shipped default model, or one saved as JSON at ``path``."""
    if path is None:
        from lureguard import models

        return models.default_model()
    spec = json.loads(Path(path).read_text(encoding="utf-8"))
    if spec.get("kind") == "noisy-or":
        return NoisyOrModel(weights=dict(spec["weights"]), threshold=float(spec["threshold"]))
    if spec.get("kind") == "logistic":
        return LogisticModel.from_json(spec)
    if spec.get("kind") == "boosted-trees":
        return BoostedTreesModel.from_json(spec)
    raise ValueError(f"{path}: unknown model kind {spec.get('kind')!r}")
