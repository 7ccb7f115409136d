"""What a signal is: a named, versioned query plus a sentence a person can check.

A signal's features and score are one SQL query over the store, so that the
same text runs on DuckDB on a laptop and on Spark SQL for a platform. Python
only turns an account's feature values into a sentence, and only for accounts
that are written out.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

__all__ = ["Evidence", "Signal", "clamp01", "json_safe"]

JSONScalar = str | int | float | bool | None


def clamp01(x: float) -> float:
    """Scores live in [0, 1]; NaN means 'no evidence', which is 0."""
    if x != x:  # NaN
        return 0.0
    return 0.0 if x < 0 else 1.0 if x > 1 else float(x)


def json_safe(value: Any) -> JSONScalar | list[JSONScalar]:
    """Features leave the process as JSON: no NaN, no numpy scalars, no datetimes."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    if hasattr(value, "item"):  # numpy scalar
        return json_safe(value.item())
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]  # type: ignore[misc]
    return str(value)


@dataclass(frozen=True)
class Evidence:
    """One signal's finding about one account: score, the sentence, and its inputs."""

    signal: str
    score: float
    reason: str
    features: Mapping[str, JSONScalar | list[JSONScalar]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"{self.signal}: score {self.score} outside [0, 1]")


class Signal(ABC):
    """A unit of evidence about accounts.

    Subclasses set ``name``, ``version``, ``reads`` (tables the query uses) and
    ``summary`` (one line for ``lureguard signals``), write ``query`` returning
    ``account_id``, ``score`` and the feature columns named in ``features``, and
    ``reason`` turning one account's features into a sentence.
    """

    name: ClassVar[str]
    version: ClassVar[str]
    reads: ClassVar[tuple[str, ...]]
    summary: ClassVar[str]
    features: ClassVar[tuple[str, ...]]
    #: Accounts the query returns no row for get this score (no evidence).
    default_score: ClassVar[float] = 0.0
    #: Store views (``lureguard.store.VIEWS``) the queries read, beside the tables in ``reads``
    #: they derive from; the engine computes each once for all signals that read it.
    views: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def query(self) -> str:
        """SQL over the store giving one row per account with evidence."""

    def query_asof(self) -> str | None:
        """Point-in-time form for early warning, or ``None`` when the score does not change with time.

        When given, SQL returning ``account_id``, ``at`` (event time) and ``score``:
        the account's score using only events up to and including ``at``, one row
        per time the score changes. It must never read an event later than ``at``.
        """
        return None

    @abstractmethod
    def reason(self, f: Mapping[str, Any]) -> str:
        """A sentence a person can check, built only from ``f``."""

    def evidence(self, row: Mapping[str, Any]) -> Evidence:
        """Package one result row; the single place scores are clamped."""
        feats = {k: json_safe(row.get(k)) for k in self.features}
        return Evidence(self.name, clamp01(float(row.get("score") or 0.0)), self.reason(feats), feats)

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "reads": list(self.reads),
            "summary": self.summary,
        }
