"""The signal framework itself: registry, evidence, engine."""

from __future__ import annotations

import pytest

from lureguard.signals import Evidence, available, instantiate
from lureguard.signals.base import clamp01, json_safe
from lureguard.signals.registry import SignalRegistryError


def test_registry_loads_builtins_through_entry_points() -> None:
    names = {c.name for c in available()}
    assert {"protected_share", "org_spread", "sector_spread", "young_account", "cold_outreach"} <= names


def test_registry_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(SignalRegistryError, match="unknown signal"):
        instantiate(["no_such_signal"])


def test_evidence_rejects_out_of_range_score() -> None:
    with pytest.raises(ValueError):
        Evidence("x", 1.5, "r")


@pytest.mark.parametrize(("value", "expected"), [(float("nan"), 0.0), (-1, 0.0), (2, 1.0), (0.25, 0.25)])
def test_clamp01(value: float, expected: float) -> None:
    assert clamp01(value) == expected


def test_json_safe_turns_nan_into_null() -> None:
    assert json_safe(float("nan")) is None
    assert json_safe([1, float("inf")]) == [1, None]
