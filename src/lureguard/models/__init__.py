"""Models shipped with lureguard (weights as JSON, never pickles).

``account_model.json`` is written by ``python -m lureguard.train --out
src/lureguard/models/account_model.json``; without it the hand-set
``NoisyOrModel`` baseline is used.
"""

from __future__ import annotations

import json
from importlib import resources

from lureguard.model import BoostedTreesModel, LogisticModel, NoisyOrModel, RiskModel

MODEL_FILE = "account_model.json"


def default_model() -> RiskModel:
    """The trained account model when shipped, else the noisy-or baseline."""
    res = resources.files(__name__).joinpath(MODEL_FILE)
    if not res.is_file():
        return NoisyOrModel()
    spec = json.loads(res.read_text(encoding="utf-8"))
    if spec.get("kind") == "boosted-trees":
        return BoostedTreesModel.from_json(spec)
    if spec.get("kind") == "logistic":
        return LogisticModel.from_json(spec)
    return NoisyOrModel(weights=dict(spec["weights"]), threshold=float(spec["threshold"]))
