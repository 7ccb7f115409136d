"""Models shipped with lureguard (weights as JSON, never pickles)."""

from __future__ import annotations

from lureguard.model import NoisyOrModel, RiskModel


def default_model() -> RiskModel:
    """The model a scan uses when none is named."""
    return NoisyOrModel()
