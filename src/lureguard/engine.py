"""Run signals over the store and keep every piece of evidence.

Each signal's query becomes a table ``sig_<name>``; the engine then builds one
wide table ``signal_scores`` (account × signal score, 0 where a signal had no
row) that models read, and turns an account's rows back into ``Evidence`` only
when a person will read them. Stages return new objects; nothing is edited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from lureguard.signals.base import Evidence, Signal
from lureguard.store import materialised, text_table

__all__ = ["SignalRun", "evidence_for", "positive_rows", "run_signals", "wide_sql"]

#: The population a scan reports on: every account that sent an interaction.
ACTORS_SQL = "SELECT DISTINCT src AS account_id FROM interactions"


def _ident(name: str) -> str:
    """Signal names become table and column names; allow only safe characters."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"signal name {name!r} must be letters, digits and underscores")
    return name


@dataclass(frozen=True)
class SignalRun:
    """Which signals ran and the matrix of their scores, row-aligned with ``account_ids``."""

    signals: tuple[Signal, ...]
    account_ids: tuple[str, ...]
    scores: np.ndarray  # shape (accounts, signals)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.signals)

    def column(self, name: str) -> np.ndarray:
        return self.scores[:, self.names.index(name)]


def wide_sql(signals: Sequence[Signal]) -> str:
    """SQL: one row per actor, one clipped score per signal (its default where it had no row).

    Reads ``actors`` and each signal's ``sig_<name>``; the same text serves DuckDB and Spark.
    """
    cols = "".join(
        f", coalesce(least(greatest(s{i}.score, 0), 1), {float(sig.default_score)}) AS {_ident(sig.name)}"
        for i, sig in enumerate(signals)
    )
    joins = " ".join(
        f"LEFT JOIN sig_{_ident(sig.name)} s{i} ON s{i}.account_id = a.account_id"
        for i, sig in enumerate(signals)
    )
    return f"SELECT a.account_id{cols} FROM actors a {joins}"


def run_signals(
    con: duckdb.DuckDBPyConnection,
    signals: Sequence[Signal],
    *,
    progress: Callable[[str], None] | None = None,
) -> SignalRun:
    """Materialise every signal, then the wide score table, in the store."""
    con.execute(f"CREATE OR REPLACE TABLE actors AS {ACTORS_SQL}")
    with materialised(con, (v for sig in signals for v in sig.views)):
        for sig in signals:
            if progress:
                progress(sig.name)
            con.execute(f"CREATE OR REPLACE TABLE sig_{_ident(sig.name)} AS {sig.query()}")
    con.execute(f"CREATE OR REPLACE TABLE signal_scores AS {wide_sql(signals)} ORDER BY a.account_id")
    tbl = con.execute("SELECT * FROM signal_scores ORDER BY account_id").to_arrow_table()
    ids = tuple(str(x) for x in tbl.column("account_id").to_pylist())
    if signals:
        mat = np.column_stack(
            [np.nan_to_num(tbl.column(s.name).to_numpy(zero_copy_only=False).astype(float)) for s in signals]
        )
    else:
        mat = np.zeros((len(ids), 0))
    return SignalRun(tuple(signals), ids, mat)


def evidence_for(
    con: duckdb.DuckDBPyConnection, signals: Iterable[Signal], account_ids: Sequence[str]
) -> dict[str, list[Evidence]]:
    """Evidence objects for the given accounts, read back from the signal tables.

    Only rows with a positive score become Evidence: a reason is worth a
    sentence only where the signal found something.
    """

    out: dict[str, list[Evidence]] = {a: [] for a in account_ids}
    if not account_ids:
        return out
    con.register("_wanted", text_table(account_id=list(account_ids)))
    try:
        for sig in signals:
            cols, rows = positive_rows(con, sig)
            for row in rows:
                rec = dict(zip(cols, row, strict=True))
                out[str(rec["account_id"])].append(sig.evidence(rec))
    finally:
        con.unregister("_wanted")
    return out


def positive_rows(con: duckdb.DuckDBPyConnection, sig: Signal) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """A signal's stored rows with a positive score, for the accounts registered as ``_wanted``.

    Column names, then the rows streamed in batches: reasons are read back from
    the signal tables only for the accounts being written.
    """
    rel = con.execute(
        f"SELECT s.* FROM sig_{_ident(sig.name)} s JOIN _wanted w USING (account_id) WHERE s.score > 0"
    )
    cols = [d[0] for d in rel.description]

    def rows() -> Iterator[tuple[Any, ...]]:
        while batch := rel.fetchmany(50_000):
            yield from batch

    return cols, rows()
