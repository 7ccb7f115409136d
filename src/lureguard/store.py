"""The embedded DuckDB store every detector reads.

One schema, created idempotently, so that ingest, signals and reports agree on
column names. ``from``, ``to`` and ``at`` are SQL keywords, so interactions keep them as
``src``, ``dst`` and ``ts``. A JSON Lines row also keeps its original object in ``raw``;
a Parquet row, whose fields already sit in typed columns, keeps only the columns
the contract does not name, so unknown fields survive either way.

Ids are unique because the ingest makes them so (a file with a repeated id is
refused, a re-ingested id replaces its row), not by a ``PRIMARY KEY``: the key's
index cost a million-account ingest about 20 s to build and to checkpoint, and
nothing looks rows up by it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

from lureguard.signals.behaviour import _views as _behaviour_views
from lureguard.signals.profile import _views as _profile_views

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id VARCHAR NOT NULL,
    name VARCHAR,
    headline VARCHAR,
    about VARCHAR,
    location VARCHAR,
    country VARCHAR,
    created_at TIMESTAMPTZ,
    connections BIGINT,
    followers BIGINT,
    verified BOOLEAN,
    photo_sha256 VARCHAR,
    photo_phash VARCHAR,
    photo_path VARCHAR,
    positions JSON,
    education JSON,
    skills JSON,
    languages JSON,
    profile_url VARCHAR,
    raw JSON
);
CREATE TABLE IF NOT EXISTS interactions (
    id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    src VARCHAR NOT NULL,
    dst VARCHAR NOT NULL,
    ts TIMESTAMPTZ NOT NULL,
    text VARCHAR,
    thread VARCHAR,
    raw JSON
);
CREATE TABLE IF NOT EXISTS members (
    account_id VARCHAR NOT NULL,
    organization VARCHAR,
    institution_type VARCHAR,
    sector VARCHAR,
    role VARCHAR,
    seniority VARCHAR,
    raw JSON
);
CREATE TABLE IF NOT EXISTS photo_features (
    account_id VARCHAR,
    eye_offset DOUBLE,
    face_found BOOLEAN,
    synthetic_score DOUBLE,
    detail VARCHAR
);
CREATE TABLE IF NOT EXISTS ingests (
    source VARCHAR,
    ingested_at TIMESTAMPTZ,
    accounts BIGINT,
    interactions BIGINT,
    members BIGINT
);
"""

TABLES = ("accounts", "interactions", "members")

#: Relations derived from the events and profiles that several detectors read, in dependency
#: order. Each is a view in every store (so any query, and a test, can read it), and
#: :func:`materialised` holds it as a table for a stage that reads it many times.
VIEWS = {
    "positions": _profile_views.POSITIONS_SQL,
    "current_employers": _profile_views.CURRENT_EMPLOYER_SQL,
    "employer_staff": _profile_views.STAFF_SQL,
    "connected_pairs": _profile_views.CONNECTED_SQL,
    "connected_since": _behaviour_views.CONNECTED_AT_SQL,
    "contacts": _behaviour_views.CONTACTS_SQL,
}


#: Upper bound on DuckDB's own memory unless ``LUREGUARD_MEMORY_LIMIT`` says otherwise (e.g. ``12GB``).
#: DuckDB's default is 80 % of the machine; a platform-scale scan must leave room for the Python
#: stages and for whatever else runs there, so the store spills to disk beyond this instead.
DEFAULT_MEMORY_LIMIT_GB = 5.0


def memory_limit() -> str:
    """The store's memory limit: the environment's choice, else the smaller of 5 GB and 60 % of RAM."""
    env = os.environ.get("LUREGUARD_MEMORY_LIMIT", "").strip()
    if env:
        return env
    try:
        ram_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    except (ValueError, OSError, AttributeError):
        return f"{DEFAULT_MEMORY_LIMIT_GB:g}GB"
    return f"{max(0.5, min(DEFAULT_MEMORY_LIMIT_GB, 0.6 * ram_gb)):.1f}GB"


def connect(path: Path | str | None = None, *, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """Open (or create) a store; ``None`` gives an in-memory one for tests and one-off scans."""
    con = duckdb.connect(str(path) if path is not None else ":memory:")
    con.execute(f"SET memory_limit = '{memory_limit()}'")
    # All times are compared and written in UTC so that outputs do not depend on
    # the machine's time zone.
    con.execute("SET TimeZone = 'UTC'")
    # Progress belongs to the CLI's Rich display; DuckDB's own bar would write to stdout.
    con.execute("SET enable_progress_bar = false")
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    con.execute(SCHEMA)
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
    return con


@contextmanager
def materialised(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> Iterator[None]:
    """Within the block, each named view of :data:`VIEWS` is read from a table computed once.

    Why: at a million accounts, signals read ``contacts`` seven times and each read
    grouped ten million events again (4 s); the claimed employers, their staff and
    the connections were likewise parsed and grouped again by each signal. The table is a temporary one of the same
    name, which DuckDB resolves before the view, so queries stay unchanged (and run
    unchanged where the view is not materialised, e.g. on Spark). It is dropped when
    the block ends, so it never outlives the events it was computed from. A view that
    is already materialised (a nested block) is left to the outer block.
    """
    wanted = set(names)
    unknown = wanted - set(VIEWS)
    if unknown:
        raise ValueError(f"{sorted(unknown)[0]!r} is not a store view")
    if getattr(con, "is_spark", False):  # spark_campaigns: the views are already stored rows there
        yield
        return
    made: list[str] = []
    try:
        for name in (v for v in VIEWS if v in wanted):  # a view's table before the views reading it
            held = con.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = ?", [name]
            ).fetchone()
            if held and held[0]:
                continue
            con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM ({VIEWS[name]})")
            made.append(name)
        yield
    finally:
        for name in made:
            con.execute(f"DROP TABLE IF EXISTS temp.{name}")


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts per table, used to report what an ingest added."""
    out: dict[str, int] = {}
    for table in TABLES:
        row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        out[table] = int(row[0]) if row else 0
    return out


#: Temp tables derived from the events and kept for the rest of a connection (see ``drop_caches``).
CACHE_PREFIX = "_cache_"


def drop_caches(con: duckdb.DuckDBPyConnection) -> None:
    """Forget every cached derived table: called after an ingest, whose new events they do not hold."""
    rows = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE temporary AND starts_with(table_name, ?)",
        [CACHE_PREFIX],
    ).fetchall()
    for (name,) in rows:
        con.execute(f'DROP TABLE IF EXISTS temp."{name}"')


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether an optional stage's table exists (stages run in order, and a partial store lacks the later ones)."""
    if getattr(con, "is_spark", False):  # lureguard.spark_campaigns.SparkStatements
        return bool(con.has_table(name))  # type: ignore[attr-defined]
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchone()
    return bool(row and row[0])


def text_table(**columns: Sequence[str]) -> pa.Table:
    """Columns of ids as an Arrow table typed as text, to register beside the store.

    Why typed: an empty Python list becomes an Arrow column of no type, which DuckDB reads
    as INTEGER, and a join of it with the store's text ids then fails (one expert's own
    inbox, where no campaign group formed, failed to scan that way).
    """
    return pa.table({name: pa.array(list(values), pa.string()) for name, values in columns.items()})
