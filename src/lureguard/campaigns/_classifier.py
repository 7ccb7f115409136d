"""The cluster classifier: is a group of linked accounts one operation?

Why a fitted model and not hand-set weights: LinkedIn's 2015 approach judges
clusters with a classifier over cluster-level features. Ours is a logistic
regression over a dozen features a person can read (member risk, the share of
members tied by each kind of evidence, a creation burst, reach, how many members
are colleagues of a real firm), so a cluster's score splits into one
contribution per feature. Signs are constrained where the direction is known
(more shared fingerprints never make a group less suspicious; connected
colleagues of a firm others also work at never make it more), so the fit cannot learn an
accident of the worlds it saw. Fitted by ``lureguard.campaigns.fit`` on tuning
worlds whose member risks come from an account model that never saw them.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Final

import numpy as np

#: Features in a fixed order; each is in [0, 1].
FEATURES: Final = (
    "max_risk",
    "mean_risk",
    "photo",
    "contact",
    "employer",
    "template",
    "handoff",
    "modus",
    "co_target",
    "burst",
    "reach",
    "colleagues",
)
#: Sign each weight may take: +1 never negative, -1 never positive, 0 free.
SIGNS: Final = {f: -1 if f == "colleagues" else 1 for f in FEATURES}
#: Where the fit starts from and is pulled back to (log-odds per unit of each feature): the
#: hand-set judgement the classifier replaced. Why a prior: in simulated worlds every
#: fingerprinted group is also made of high-risk accounts, and genuine firms never form
#: candidate groups, so the data cannot tell a shared face from member risk, and has no
#: example at all of colleagues sharing a house template. Where the worlds are silent the
#: weights stay here; where they speak, the data moves them.
PRIOR: Final = {
    "max_risk": 2.0,
    "mean_risk": 2.0,
    "photo": 2.5,
    "contact": 2.5,
    "employer": 2.0,
    "template": 2.0,
    "handoff": 1.5,
    "modus": 0.0,
    "co_target": 0.0,
    "burst": 0.5,
    "reach": 1.0,
    "colleagues": -4.0,
}
#: Plain words for each feature, for the reasons a report shows.
DESCRIBE: Final = {
    "max_risk": "its riskiest member",
    "mean_risk": "its members' average risk",
    "photo": "members sharing a face",
    "contact": "members sharing an off-platform contact",
    "employer": "members claiming an employer without its staff",
    "template": "members sending one script",
    "handoff": "members handing targets to each other",
    "modus": "members working alike",
    "co_target": "members contacting the same people",
    "burst": "accounts created within a month",
    "reach": "protected members the group reached",
    "colleagues": "members connected to each other as colleagues of a firm others also work at",
}


def cluster_features(
    risks: np.ndarray,
    kind_share: Mapping[str, float],
    targets: int,
    *,
    creation_span_days: float | None,
    connection_density: float = 0.0,
) -> dict[str, float]:
    """A group's features in [0, 1] (see :data:`FEATURES`)."""
    r = np.asarray(risks, dtype=float)
    clip = lambda x: min(max(float(x), 0.0), 1.0)  # noqa: E731
    out = {
        "max_risk": clip(np.max(r)) if len(r) else 0.0,
        "mean_risk": clip(np.mean(r)) if len(r) else 0.0,
        **{k: clip(kind_share.get(k, 0.0)) for k in ("photo", "contact", "employer", "template", "handoff")},
        "modus": clip(kind_share.get("modus", 0.0)),
        "co_target": clip(kind_share.get("co_target", 0.0)),
        "burst": 1.0 if creation_span_days is not None and len(r) >= 3 and creation_span_days <= 30 else 0.0,
        "reach": 1.0 - math.exp(-max(int(targets), 0) / 3.0),
        "colleagues": clip(connection_density),
    }
    return out


@dataclass(frozen=True)
class ClusterModel:
    """Logistic regression over :data:`FEATURES`, with where it was fitted."""

    weights: dict[str, float]
    intercept: float
    fitted_on: dict[str, Any] = field(default_factory=dict)

    def logit(self, x: Mapping[str, float]) -> float:
        return self.intercept + sum(w * float(x.get(f, 0.0)) for f, w in self.weights.items())

    def score(self, x: Mapping[str, float]) -> float:
        """Probability that the group is one operation."""
        z = self.logit(x)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def contributions(self, x: Mapping[str, float]) -> list[tuple[str, float]]:
        """Each feature's push on the log-odds, largest first (what a reason sentence reads)."""
        parts = [(f, w * float(x.get(f, 0.0))) for f, w in self.weights.items()]
        return sorted((p for p in parts if p[1] != 0.0), key=lambda p: -abs(p[1]))

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "cluster-logistic",
            "features": list(FEATURES),
            "weights": {f: round(self.weights.get(f, 0.0), 6) for f in FEATURES},
            "intercept": round(self.intercept, 6),
            "fitted_on": self.fitted_on,
        }

    @classmethod
    def from_json(cls, spec: Mapping[str, Any], source: str = "cluster model") -> ClusterModel:
        if spec.get("kind") != "cluster-logistic":
            raise ValueError(f"{source}: kind must be 'cluster-logistic', not {spec.get('kind')!r}")
        weights = {str(k): float(v) for k, v in dict(spec.get("weights", {})).items()}
        unknown = sorted(set(weights) - set(FEATURES))
        if unknown:
            raise ValueError(f"{source}: unknown features {unknown}")
        return cls(weights, float(spec["intercept"]), dict(spec.get("fitted_on", {})))


def load_cluster_model(path: Path | str | None = None) -> ClusterModel:
    """The shipped cluster model, or one saved as JSON at ``path``."""
    if path is None:
        return _shipped()
    return ClusterModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")), str(path))


@functools.cache
def _shipped() -> ClusterModel:
    text = resources.files("lureguard.models").joinpath("cluster_model.json").read_text(encoding="utf-8")
    return ClusterModel.from_json(json.loads(text), "lureguard/models/cluster_model.json")


def fit_cluster_model(
    x: np.ndarray,
    y: np.ndarray,
    *,
    l2: float = 1.0,
    prior: Mapping[str, float] | None = None,
    fitted_on: Mapping[str, Any] | None = None,
) -> ClusterModel:
    """Sign-constrained logistic regression, penalised by ``l2`` × squared distance from ``prior``.

    ``x`` has one column per :data:`FEATURES`; ``y`` is 1 for a group that is
    mostly personas. ``prior`` (default none: plain ridge towards 0) is where
    weights stay when the data says nothing about a feature.
    """
    from lureguard.model import fit_logistic

    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 2 or x.shape[1] != len(FEATURES) or len(x) != len(y):
        raise ValueError(f"need a (n, {len(FEATURES)}) matrix and n labels, got {x.shape} and {y.shape}")
    if len(set(y.tolist())) < 2:
        raise ValueError("need groups of both kinds (campaigns and not) to fit")
    bounds = [
        (0.0, None) if SIGNS[f] > 0 else (None, 0.0) if SIGNS[f] < 0 else (None, None) for f in FEATURES
    ]
    w, b = fit_logistic(
        x, y, l2=l2, bounds=bounds, prior=np.array([float((prior or {}).get(f, 0.0)) for f in FEATURES])
    )
    return ClusterModel({f: float(v) for f, v in zip(FEATURES, w, strict=True)}, b, dict(fitted_on or {}))


def reasons(model: ClusterModel, x: Mapping[str, float], targets: int, top: int = 4) -> list[str]:
    """The features that pushed a group's score up most, as a person would check them."""
    out: list[str] = []
    for f, c in model.contributions(x):
        if c <= 0 or len(out) >= top:
            continue
        v = float(x.get(f, 0.0))
        if f in ("max_risk", "mean_risk"):
            shown = f"{v:.2f}"
        elif f == "burst":
            shown = "yes"
        elif f == "reach":
            shown = str(int(targets))
        else:
            shown = f"{v:.0%}"
        out.append(f"{DESCRIBE[f]}: {shown}")
    return out
