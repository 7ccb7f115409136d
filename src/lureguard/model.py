"""Account risk models: combine signal scores into one explainable risk.

A model sees only the matrix of signal scores, so every risk can be traced to
signals a person can check. ``contributions`` says how much each signal moved an
account's risk; reasons are ranked by it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

import numpy as np

__all__ = [
    "BoostedTreesModel",
    "LogisticModel",
    "NoisyOrModel",
    "RiskModel",
    "fit_isotonic",
    "fit_logistic",
    "fit_monotone_logistic",
    "load_model",
]


class RiskModel(Protocol):
    """What the scanner needs from a model (``threshold``: risk at or above it is ``flagged``)."""

    @property
    def threshold(self) -> float: ...

    def predict(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray: ...

    def contributions(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray: ...


def predict_explained(
    model: RiskModel, names: tuple[str, ...], scores: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Risk and per-signal contributions, in one pass where the model can (boosted trees)."""
    both = getattr(model, "predict_explained", None)
    if callable(both):
        risk, contrib = both(names, scores)
        return np.asarray(risk), np.asarray(contrib)
    return model.predict(names, scores), model.contributions(names, scores)


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
        return _logistic(z)

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


#: Accounts per chunk of the table-driven walk: its boolean split matrix stays a few MB.
_CHUNK = 4_096
#: Splits per tree up to which a leaf is found by a table of 2**splits entries.
_MAX_TABLE_BITS = 12


@dataclass(frozen=True)
class _LeafTables:
    """A forest flattened for :meth:`BoostedTreesModel._fast`.

    Split ``j`` of tree ``t`` sits at column ``t * bits + j``; a tree's split
    outcomes, read as a ``bits``-bit number, index ``table`` for the leaf they
    lead to. Leaves are numbered across the forest (``value``), and for every
    feature the trees that split on it with each leaf's summed path delta for
    that feature (Saabas contributions are a function of the leaf alone).
    """

    feature: np.ndarray  # (trees * bits,) feature of each split slot (0 for padding)
    bits: int
    table: np.ndarray  # (trees, 2**bits) global leaf id per outcome code (int32)
    value: np.ndarray  # (leaves,) leaf value (root value plus the path's deltas)
    per_feature: dict[int, tuple[np.ndarray, np.ndarray]]  # feature -> (trees, (leaves,) deltas)
    roots: float
    #: Per feature, its split thresholds sorted (last +inf, the padding's); ``rank`` is each slot's
    #: threshold's position there, so ``x <= threshold`` is ``searchsorted(edges, x) <= rank``.
    edges: tuple[np.ndarray, ...] = ()
    rank: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint16))

    @classmethod
    def build(cls, trees: tuple[dict[str, np.ndarray], ...]) -> _LeafTables | None:
        splits = [np.flatnonzero(~t["leaf"]) for t in trees]
        bits = max((len(s) for s in splits), default=0)
        if not trees or bits > _MAX_TABLE_BITS:
            return None
        bits = max(bits, 1)
        feature = np.zeros((len(trees), bits), dtype=np.int64)
        threshold = np.full((len(trees), bits), np.inf)
        table = np.zeros((len(trees), 2**bits), dtype=np.int32)
        values: list[float] = []
        deltas: dict[int, dict[int, float]] = {}  # feature -> global leaf -> summed delta
        users: dict[int, list[int]] = {}
        for ti, (t, sp) in enumerate(zip(trees, splits, strict=True)):
            slot = {int(n): j for j, n in enumerate(sp)}
            feature[ti, : len(sp)] = t["feature"][sp]
            threshold[ti, : len(sp)] = t["threshold"][sp]
            for f in sorted({int(v) for v in t["feature"][sp]}):
                users.setdefault(f, []).append(ti)
            leaf_id: dict[int, int] = {}
            for code in range(2**bits):
                node, path = 0, []
                while not t["leaf"][node]:
                    child = int(t["left"][node] if code >> slot[node] & 1 else t["right"][node])
                    path.append((int(t["feature"][node]), float(t["value"][child] - t["value"][node])))
                    node = child
                if node not in leaf_id:
                    leaf_id[node] = len(values)
                    values.append(float(t["value"][node]))
                    for f, d in path:
                        per = deltas.setdefault(f, {})
                        per[leaf_id[node]] = per.get(leaf_id[node], 0.0) + d
                table[ti, code] = leaf_id[node]
        per_feature = {}
        for f, per in deltas.items():
            col = np.zeros(len(values))
            for leaf, d in per.items():
                col[leaf] = d
            per_feature[f] = (np.asarray(users[f], dtype=np.int64), col)
        n_features = int(max((int(t["feature"].max()) for t in trees), default=0)) + 1
        edges = tuple(
            np.unique(np.r_[threshold[feature == f], np.inf]).astype(float) for f in range(n_features)
        )
        rank = np.array(
            [np.searchsorted(edges[f], v) for f, v in zip(feature.ravel(), threshold.ravel(), strict=True)],
            dtype=np.uint16,
        )
        return cls(
            feature.ravel(),
            bits,
            table,
            np.asarray(values),
            per_feature,
            float(sum(t["value"][0] for t in trees)),
            edges,
            rank,
        )

    def leaves(self, x: np.ndarray) -> np.ndarray:
        """Global leaf id reached in every tree, shape (trees, accounts).

        Each feature is ranked among its thresholds once (NaN ranks past +inf, so it goes
        right, as ``NaN <= t`` is false); every split slot then compares a row of 16-bit
        ranks instead of gathering 64-bit scores, and the codes build up in one 16-bit
        integer per tree and account.
        """
        return self.leaves_of_ranks(self.ranks(x))

    def ranks(self, x: np.ndarray) -> np.ndarray:
        """Each feature's rank among its split thresholds, shape (features, accounts), uint16."""
        ranked = np.empty((len(self.edges), x.shape[0]), dtype=np.uint16)
        for f, e in enumerate(self.edges):
            ranked[f] = np.searchsorted(e, x[:, f]) if f < x.shape[1] else len(e)
        return ranked

    def leaves_of_ranks(self, ranked: np.ndarray) -> np.ndarray:
        """:meth:`leaves` from :meth:`ranks` (accounts with equal ranks reach equal leaves)."""
        n_trees = self.table.shape[0]
        feature = self.feature.reshape(n_trees, self.bits)
        rank = self.rank.reshape(n_trees, self.bits)
        code = np.zeros((n_trees, ranked.shape[1]), dtype=np.uint16)
        for j in range(self.bits):
            went_left = ranked[feature[:, j]] <= rank[:, j, None]
            code |= went_left.astype(np.uint16) << np.uint16(j)
        return self.table[np.arange(n_trees)[:, None], code]


def _logistic(z: np.ndarray) -> np.ndarray:
    """Log-odds to probability (one definition for every model's raw probability)."""
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


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
    #: The level two accounts that share an operator's fingerprint must each pass for a
    #: corroborated replay alert (``lureguard.corroborate``); ``None`` = ``threshold``. Chosen on
    #: tuning worlds after training (``benchmarks/tune_corroboration.py``): a replay needs the
    #: worlds' whole stores, which training does not keep. Optional in the JSON.
    corroborate_threshold: float | dict[str, float] | None = None
    #: The operating point for one person's own data (a dataset with a single protected member):
    #: there a contact's reach across an organisation cannot be seen, so the risk of the same
    #: persona sits far lower than in a pooled view. ``None`` = ``threshold``. Chosen on member
    #: views of tuning worlds (``benchmarks/bench_individual.py``); a retrain must choose it again.
    one_inbox_threshold: float | None = None

    def _x(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        """Reorder the caller's columns to the model's; a signal that did not run is 0 (no evidence)."""
        idx = {n: i for i, n in enumerate(names)}
        x = np.zeros((scores.shape[0], len(self.names)))
        for j, n in enumerate(self.names):
            if n in idx:
                x[:, j] = scores[:, idx[n]]
        return x

    def _walk(self, x: np.ndarray, contrib: np.ndarray | None) -> np.ndarray:
        """Reference walk, node by node; kept for trees too deep for :meth:`_tables`."""
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

    @cached_property
    def _tables(self) -> _LeafTables | None:
        return _LeafTables.build(self.trees)

    def _fast(self, x: np.ndarray, contrib: np.ndarray | None) -> np.ndarray:
        """Same as :meth:`_walk` (same comparisons, same leaves), table-driven.

        Why: the node-by-node walk costs ~60 µs per account for 200 trees, which
        made scoring 1 M accounts take minutes. Here every split of every tree is
        tested at once per chunk of accounts, the bits of a tree index the leaf it
        reaches, and each leaf's value and path contributions are precomputed.
        """
        tab = self._tables
        if tab is None:
            return self._walk(x, contrib)
        ranked = tab.ranks(x)
        # Accounts whose every feature falls between the same two thresholds reach the same
        # leaves: at 1 M accounts there were ten times fewer distinct rank rows than accounts,
        # so the trees (and, above all, the contributions) are evaluated once per distinct row.
        rows = np.ascontiguousarray(ranked.T)
        keys = rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        distinct = ranked[:, first]
        n = distinct.shape[1]
        raw = np.empty(n)
        part = None if contrib is None else np.zeros((n, contrib.shape[1]))
        for lo in range(0, n, _CHUNK):
            leaf = tab.leaves_of_ranks(distinct[:, lo : lo + _CHUNK])
            raw[lo : lo + leaf.shape[1]] = self.baseline + tab.value[leaf].sum(axis=0)
            if part is not None:
                cc = part[lo : lo + leaf.shape[1]]
                for f, (trees, table) in tab.per_feature.items():
                    cc[:, f] += table[leaf[trees]].sum(axis=0)
                cc[:, -1] += tab.roots
        inverse = inverse.ravel()
        if contrib is not None and part is not None:
            contrib += part[inverse]
        return raw[inverse]

    def raw_probability(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        return _logistic(self._fast(self._x(names, scores), None))

    def predict(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        return _calibrate(self.raw_probability(names, scores), self.calibration)

    def contributions(self, names: tuple[str, ...], scores: np.ndarray) -> np.ndarray:
        return self.predict_explained(names, scores)[1]

    def predict_explained(self, names: tuple[str, ...], scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``predict`` and ``contributions`` from one walk down the trees (a scan needs both;
        walking twice cost 5 s per million accounts)."""
        x = self._x(names, scores)
        c = np.zeros((x.shape[0], len(self.names) + 1))  # last column: bias (tree roots)
        raw = self._fast(x, c)
        risk = _calibrate(_logistic(raw), self.calibration)
        out = np.zeros(scores.shape)
        pos = {n: j for j, n in enumerate(self.names)}
        for i, n in enumerate(names):
            if n in pos:
                out[:, i] = c[:, pos[n]]
        return risk, out

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
        if self.one_inbox_threshold is not None:
            out["one_inbox_threshold"] = float(self.one_inbox_threshold)
        if isinstance(self.corroborate_threshold, dict):
            out["corroborate_threshold"] = {k: float(v) for k, v in self.corroborate_threshold.items()}
        elif self.corroborate_threshold is not None:
            out["corroborate_threshold"] = float(self.corroborate_threshold)
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
            corroborate_threshold=_levels(spec.get("corroborate_threshold")),
            one_inbox_threshold=None
            if spec.get("one_inbox_threshold") is None
            else float(spec["one_inbox_threshold"]),
        )


def _levels(spec: Any) -> float | dict[str, float] | None:
    """``corroborate_threshold`` from JSON: absent, one level, or a level per fingerprint kind."""
    if spec is None:
        return None
    if isinstance(spec, dict):
        return {str(k): float(v) for k, v in spec.items()}
    return float(spec)


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    *,
    l2: float = 1.0,
    bounds: Sequence[tuple[float | None, float | None]] | None = None,
    prior: np.ndarray | None = None,
    sample_weight: np.ndarray | None = None,
) -> tuple[np.ndarray, float]:
    """Logistic regression with per-weight ``bounds``, penalised by ``l2`` × squared distance from ``prior``.

    Minimises ``sum(sample_weight · log-loss) + l2/2 · |w - prior|²`` by L-BFGS-B, from
    ``prior`` (zeros by default); the intercept is free and unpenalised. Why scipy:
    scikit-learn's LogisticRegression has neither bounds on coefficients nor a prior mean.
    """
    from scipy.optimize import minimize

    x = np.asarray(x, dtype=float)
    yv = np.asarray(y, dtype=float)
    d = x.shape[1]
    w0 = np.zeros(d) if prior is None else np.asarray(prior, dtype=float)
    sw = np.ones(len(yv)) if sample_weight is None else np.asarray(sample_weight, dtype=float)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:d], theta[d]
        z = x @ w + b
        # log(1 + e^z) - y z, computed stably
        val = float(np.sum(sw * (np.logaddexp(0.0, z) - yv * z)))
        g = sw * (1.0 / (1.0 + np.exp(-z)) - yv)
        dw = w - w0
        return val + 0.5 * l2 * float(dw @ dw), np.r_[x.T @ g + l2 * dw, g.sum()]

    box = list(bounds) if bounds is not None else [(None, None)] * d
    res = minimize(loss, np.r_[w0, 0.0], jac=True, method="L-BFGS-B", bounds=[*box, (None, None)])
    return np.asarray(res.x[:d]), float(res.x[d])


def fit_monotone_logistic(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0) -> tuple[np.ndarray, float]:
    """Class-balanced, L2-penalised logistic regression with every weight ≥ 0 (L-BFGS-B)."""
    yv = np.asarray(y, dtype=float)
    n = len(yv)
    pos = max(yv.sum(), 1.0)
    neg = max(n - yv.sum(), 1.0)
    sw = np.where(yv > 0, n / (2 * pos), n / (2 * neg))
    # the mean loss, as before: the same objective divided by n
    return fit_logistic(x, yv, l2=l2 / n, bounds=[(0.0, None)] * np.shape(x)[1], sample_weight=sw / n)


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
