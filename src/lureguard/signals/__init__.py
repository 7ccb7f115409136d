"""Signals: small, separately testable units of evidence about accounts."""

from lureguard.signals.base import Evidence, Signal, clamp01, json_safe
from lureguard.signals.registry import available, instantiate

__all__ = ["Evidence", "Signal", "available", "clamp01", "instantiate", "json_safe"]
