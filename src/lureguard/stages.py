"""The scan's pluggable stages: inputs, message analysis, campaigns, alerts, extras.

Each function reads the store and returns rows; ``scan`` decides where they go.
A capability that does not exist yet returns nothing rather than inventing
output, as the contract asks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from lureguard.ingest import IngestResult

if TYPE_CHECKING:
    from lureguard.scan import Scored

Progress = Callable[[str], None]


def ingest_inputs(
    con: duckdb.DuckDBPyConnection, paths: Sequence[Path], ingest: Callable[..., IngestResult]
) -> IngestResult:
    """Ingest one or several datasets; the last result carries the store's totals."""
    result: IngestResult | None = None
    rows: dict[str, int] = {}
    added: dict[str, int] = {}
    for p in paths:
        result = ingest(con, p)
        for k, v in result.rows.items():
            rows[k] = rows.get(k, 0) + v
        for k, v in result.added.items():
            added[k] = added.get(k, 0) + v
    assert result is not None, "no input given"
    return IngestResult(source=", ".join(map(str, paths)), rows=rows, added=added, totals=result.totals)


def prepare_messages(con: duckdb.DuckDBPyConnection, *, progress: Progress | None = None) -> None:
    """Create ``message_scores`` (one row per invitation/message with text)."""
    con.execute(
        "CREATE OR REPLACE TABLE message_scores (interaction_id VARCHAR, lure_score DOUBLE, "
        "categories VARCHAR[], language VARCHAR, phrases JSON)"
    )


def message_rows(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    """Rows of ``messages.jsonl`` from ``message_scores``."""
    rel = con.execute(
        "SELECT interaction_id, lure_score, categories, language FROM message_scores ORDER BY interaction_id"
    )
    while batch := rel.fetchmany(10_000):
        for iid, score, cats, lang in batch:
            yield {
                "interaction_id": iid,
                "lure_score": round(float(score), 6),
                "categories": list(cats or []),
                "language": lang,
            }


def detect_campaigns(
    con: duckdb.DuckDBPyConnection, scored: Scored
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Campaign rows and each member account's campaign id."""
    return [], {}


def early_alerts(
    con: duckdb.DuckDBPyConnection, scored: Scored, campaign_of: dict[str, str]
) -> list[dict[str, Any]]:
    """Rows of ``alerts.jsonl``."""
    return []


def write_extras(
    con: duckdb.DuckDBPyConnection, out: Path, scored: Scored, campaigns: list[dict[str, Any]]
) -> dict[str, Any]:
    """Files beyond the contract's four (exposure, exports); returns what was written."""
    return {}
