"""Load a dataset (folder or zip of JSON Lines / Parquet files) into the store.

Validation runs as DuckDB queries over the files, not as a Python loop over
lines, so a multi-gigabyte interactions file streams through bounded memory.
Every check finishes before the first write, and the writes share one
transaction: a dataset is accepted whole or the store is left exactly as it was.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from lureguard import contract
from lureguard.safezip import UnsafeArchiveError, safe_extract
from lureguard.store import counts, drop_caches

__all__ = ["DatasetError", "IngestResult", "dataset_files", "ingest", "open_dataset"]


class DatasetError(ValueError):
    """A dataset that cannot be accepted, located to file, line and field."""

    def __init__(self, file: str, line: int | None, field: str | None, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        where = file + (f", line {line}" if line else "")
        what = f"field '{field}': " if field else ""
        super().__init__(f"{where}: {what}{message}")


@dataclass(frozen=True)
class IngestResult:
    """What one ingest added, and the store's totals afterwards."""

    source: str
    rows: dict[str, int]
    added: dict[str, int]
    totals: dict[str, int] = field(default_factory=dict)


# --- field rules -------------------------------------------------------------
# (field, kind, required). Kinds map to JSON types DuckDB reports with json_type.
_STRING, _INT, _BOOL, _OBJECT, _LIST, _INSTANT, _DATE = (
    "string",
    "integer",
    "boolean",
    "object",
    "list",
    "instant",
    "date",
)

_RULES: dict[str, list[tuple[str, str, bool]]] = {
    "accounts": [
        ("id", _STRING, True),
        ("name", _STRING, False),
        ("headline", _STRING, False),
        ("about", _STRING, False),
        ("location", _STRING, False),
        ("country", _STRING, False),
        ("created_at", _DATE, False),
        ("connections", _INT, False),
        ("followers", _INT, False),
        ("verified", _BOOL, False),
        ("photo", _OBJECT, False),
        ("positions", _LIST, False),
        ("education", _LIST, False),
        ("skills", _LIST, False),
        ("languages", _LIST, False),
        ("profile_url", _STRING, False),
    ],
    "interactions": [
        ("id", _STRING, True),
        ("type", _STRING, True),
        ("from", _STRING, True),
        ("to", _STRING, True),
        ("at", _INSTANT, True),
        ("text", _STRING, False),
        ("thread", _STRING, False),
    ],
    "members": [
        ("account_id", _STRING, True),
        ("organization", _STRING, False),
        ("institution_type", _STRING, False),
        ("sector", _STRING, False),
        ("role", _STRING, False),
        ("seniority", _STRING, False),
    ],
}

_JSON_TYPES = {
    _STRING: ("VARCHAR",),
    _INT: ("BIGINT", "UBIGINT"),
    _BOOL: ("BOOLEAN",),
    _OBJECT: ("OBJECT",),
    _LIST: ("ARRAY",),
    _INSTANT: ("VARCHAR",),
    _DATE: ("VARCHAR",),
}
_TYPE_WORDS = {
    "VARCHAR": "a string",
    "BIGINT": "an integer",
    "UBIGINT": "an integer",
    "DOUBLE": "a number with a fraction",
    "BOOLEAN": "a boolean",
    "OBJECT": "an object",
    "ARRAY": "a list",
}
_EXPECTED = {
    _STRING: "a string",
    _INT: "an integer",
    _BOOL: "true or false",
    _OBJECT: "an object",
    _LIST: "a list",
    _INSTANT: "an ISO 8601 date-time with offset or Z (e.g. 2018-03-01T09:30:00Z)",
    _DATE: "an ISO 8601 date or date-time (2021, 2021-05, 2021-05-17 or 2021-05-17T10:00:00Z)",
}
_ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("interactions", "type"): contract.INTERACTION_TYPES,
    ("members", "institution_type"): contract.INSTITUTION_TYPES,
    ("members", "seniority"): contract.SENIORITIES,
}
_OFFSET_RE = r"(Z|z|[+-][0-9]{2}(:?[0-9]{2})?)$"


def _q(text: str) -> str:
    """Quote a constant for SQL; the only values quoted here are our own names and paths."""
    return "'" + text.replace("'", "''") + "'"


def _path_expr(fieldname: str) -> str:
    return _q("$." + '"' + fieldname + '"')


def _norm_date_sql(expr: str) -> str:
    """Widen a 'Joined' month or year to a full date so it casts."""
    return (
        f"CASE WHEN regexp_matches({expr}, '^[0-9]{{4}}$') THEN {expr} || '-01-01' "
        f"WHEN regexp_matches({expr}, '^[0-9]{{4}}-[0-9]{{2}}$') THEN {expr} || '-01' ELSE {expr} END"
    )


def _error_case(table: str) -> str:
    """One SQL CASE giving 'field|message' for the first broken rule of a line, else NULL.

    It reads ``v``, the list of the table's fields extracted in one parse of the
    line (see ``_parsed``), so each check looks at a small value, not the line.
    """
    whens = [
        "WHEN NOT ok THEN '|invalid JSON: ' || left(line, 80)",
        "WHEN json_type(j) <> 'OBJECT' THEN '|expected a JSON object on each line'",
    ]
    for k, (name, kind, required) in enumerate(_RULES[table], start=1):
        jt = f"json_type(v[{k}])"
        val = f"json_extract_string(v[{k}], '$')"
        if required:
            whens.append(f"WHEN {jt} IS NULL OR {jt} = 'NULL' THEN {_q(name + '|required field is missing')}")
        allowed = ", ".join(_q(t) for t in _JSON_TYPES[kind])
        got = " || ".join(
            [
                _q(f"{name}|expected {_EXPECTED[kind]}, got "),
                "CASE "
                + " ".join(f"WHEN {jt} = {_q(k)} THEN {_q(v)}" for k, v in _TYPE_WORDS.items())
                + f" ELSE lower({jt}) END",
            ]
        )
        whens.append(f"WHEN {jt} IS NOT NULL AND {jt} <> 'NULL' AND {jt} NOT IN ({allowed}) THEN {got}")
        if kind == _INSTANT:
            whens.append(
                f"WHEN {val} IS NOT NULL AND (try_cast({val} AS TIMESTAMPTZ) IS NULL "
                f"OR NOT regexp_matches(trim({val}), {_q(_OFFSET_RE)})) "
                f"THEN {_q(name + '|unparseable timestamp ')} || {val} || "
                f"{_q('; expected ' + _EXPECTED[kind])}"
            )
        if kind == _DATE:
            whens.append(
                f"WHEN {val} IS NOT NULL AND try_cast({_norm_date_sql(val)} AS TIMESTAMPTZ) IS NULL "
                f"THEN {_q(name + '|unparseable date ')} || {val} || {_q('; expected ' + _EXPECTED[kind])}"
            )
        enum = _ENUMS.get((table, name))
        if enum:
            listed = ", ".join(_q(v) for v in enum)
            whens.append(
                f"WHEN {val} IS NOT NULL AND {val} NOT IN ({listed}) THEN "
                f"{_q(name + '|unknown value ')} || {val} || {_q('; expected one of ' + ', '.join(enum))}"
            )
    return "CASE " + " ".join(whens) + " END"


# --- reading files -------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    stem: str
    path: Path
    display: str

    @property
    def is_parquet(self) -> bool:
        return self.path.suffix.lower() == ".parquet"

    def lines_sql(self) -> str:
        """Each record as one JSON text, blank lines as NULL; streams from disk."""
        if self.is_parquet:
            return f"SELECT to_json(t)::VARCHAR AS line FROM read_parquet({_q(str(self.path))}) t"
        return (
            "SELECT ltrim(line, chr(65279)) AS line FROM read_csv("
            f"{_q(str(self.path))}, columns={{'line': 'VARCHAR'}}, delim='\\x1f', quote='', escape='', "
            "header=false, auto_detect=false, strict_mode=false, max_line_size=1073741824, "
            # DuckDB's default buffer is 16 x the line limit (16 GiB), more than a bounded store
            # may allocate (``store.memory_limit``); one line-limit's worth reads the same lines.
            "buffer_size=1073741824)"
        )


def _parsed(lines: str, table: str, *, numbered: bool = False) -> str:
    """Lines with a validity flag, the JSON value (safe even for broken lines) and its fields as ``v``."""
    n = "row_number() OVER () AS n, " if numbered else ""
    paths = ", ".join(_path_expr(name) for name, _, _ in _RULES[table])
    return (
        f"SELECT *, json_extract(j, [{paths}]) AS v FROM ("
        f"SELECT {n}line, json_valid(line) AS ok, "
        "CAST(CASE WHEN json_valid(line) THEN line ELSE 'null' END AS JSON) AS j "
        f"FROM ({lines}))"
    )


_CSV_LINE_RE = re.compile(r"CSV Error on Line: (\d+)")


def _friendly(err: duckdb.Error, src: _Source) -> DatasetError:
    """Turn a reader error into one a person can act on."""
    text = str(err)
    m = _CSV_LINE_RE.search(text)
    line = int(m.group(1)) if m else None
    if "unicode" in text.lower() or "utf-8" in text.lower():
        return DatasetError(src.display, line, None, "the file is not UTF-8 encoded; save it as UTF-8")
    if src.is_parquet:
        return DatasetError(src.display, None, None, f"cannot read Parquet file: {text.splitlines()[0]}")
    first = text.splitlines()[0] if text else "unreadable"
    return DatasetError(src.display, line, None, f"cannot read file: {first}")


def dataset_files(folder: Path) -> dict[str, Path]:
    """The contract files present in ``folder`` (JSON Lines or Parquet), by stem."""
    found: dict[str, Path] = {}
    for stem in contract.DATASET_FILES:
        candidates = [folder / f"{stem}.jsonl", folder / f"{stem}.parquet"]
        present = [c for c in candidates if c.is_file()]
        if len(present) == 2:
            raise DatasetError(
                str(folder), None, None, f"both {stem}.jsonl and {stem}.parquet exist; keep one"
            )
        if present:
            found[stem] = present[0]
    return found


def required_files(folder: Path) -> dict[str, Path]:
    """``dataset_files``, after checking the contract's required files are there (Spark checks so too)."""
    files = dataset_files(folder)
    for stem, required in contract.DATASET_FILES.items():
        if required and stem not in files:
            raise DatasetError(
                str(folder / f"{stem}.jsonl"), None, None, "required file is missing (or use .parquet)"
            )
    return files


def _root_of(folder: Path) -> Path:
    """A zip often wraps the dataset in one top-level folder."""
    if (folder / "accounts.jsonl").exists() or (folder / "accounts.parquet").exists():
        return folder
    subdirs = [p for p in folder.iterdir() if p.is_dir()]
    if len(subdirs) == 1:
        return _root_of(subdirs[0])
    return folder


@contextmanager
def open_dataset(path: Path) -> Iterator[Path]:
    """Yield a folder holding the dataset; a zip is extracted safely to a temporary one."""
    path = Path(path)
    if not path.exists():
        raise DatasetError(str(path), None, None, "no such file or folder")
    if path.is_dir():
        yield path
        return
    if path.suffix.lower() != ".zip":
        raise DatasetError(str(path), None, None, "expected a dataset folder or a .zip of one")
    with tempfile.TemporaryDirectory(prefix="lureguard-") as tmp:
        try:
            safe_extract(path, Path(tmp))
        except UnsafeArchiveError as exc:
            raise DatasetError(str(path), None, exc.member, exc.reason) from exc
        yield _root_of(Path(tmp))


# --- validation ------------------------------------------------------------------


def _first_error(con: duckdb.DuckDBPyConnection, src: _Source, table: str) -> int:
    """Raise the first broken line of a file.

    One streaming pass counts broken lines and distinct keys; lines are only
    numbered (which needs the whole file in order) when something is wrong.
    """
    case = _error_case(table)
    lines = src.lines_sql()
    key = _RULES[table][0][0]
    try:
        stats = con.execute(
            "SELECT count(*) FILTER (WHERE nonblank), "
            "count(*) FILTER (WHERE nonblank AND err IS NOT NULL), "
            "count(DISTINCT k) FILTER (WHERE nonblank AND err IS NULL), "
            "count(*) FILTER (WHERE nonblank AND err IS NULL) "
            f"FROM (SELECT line IS NOT NULL AND trim(line) <> '' AS nonblank, {case} AS err, "
            f"json_extract_string(v[1], '$') AS k FROM ({_parsed(lines, table)}))"
        ).fetchone()
    except duckdb.Error as exc:
        raise _friendly(exc, src) from exc
    assert stats is not None
    nonblank, bad, distinct_keys, good = (int(x) for x in stats)
    if nonblank == 0:
        raise DatasetError(
            src.display, None, None, "the file is empty; a dataset file holds one record a line"
        )
    if bad:
        row = con.execute(
            f"SELECT n, err FROM (SELECT n, line, {case} AS err FROM ({_parsed(lines, table, numbered=True)})) "
            "WHERE line IS NOT NULL AND trim(line) <> '' AND err IS NOT NULL ORDER BY n LIMIT 1"
        ).fetchone()
        raise _located(src, row)
    if distinct_keys < good:
        _locate_duplicate(con, src, key)
    return nonblank


def _located(src: _Source, row: tuple[object, ...] | None, note: str = "") -> DatasetError:
    """The error for a (line, 'field|message') row found by a locating query."""
    assert row is not None, "a counted error must be found again when located"
    fieldname, _, message = str(row[1]).partition("|")
    return DatasetError(src.display, int(str(row[0])), fieldname or None, message + note)


def _locate_duplicate(con: duckdb.DuckDBPyConnection, src: _Source, key: str) -> None:
    """Name the second line that repeats a key."""
    lines = src.lines_sql()
    row = con.execute(
        f"SELECT n, k FROM (SELECT n, k, row_number() OVER (PARTITION BY k ORDER BY n) AS seen FROM "
        f"(SELECT row_number() OVER () AS n, line, json_extract_string(line::JSON, {_path_expr(key)}) AS k "
        f"FROM ({lines})) WHERE line IS NOT NULL AND trim(line) <> '') WHERE seen = 2 ORDER BY n LIMIT 1"
    ).fetchone()
    assert row is not None
    raise DatasetError(src.display, int(row[0]), key, f"duplicate id {row[1]!r}; ids must be unique")


def _check_references(
    con: duckdb.DuckDBPyConnection, src: _Source, table: str, fields: tuple[str, ...], known: str
) -> None:
    """Every account an interaction or member names must exist in the dataset or the store."""
    if src.is_parquet:
        rel = f"read_parquet({_q(str(src.path))}, file_row_number = true)"
        for name in fields:
            row = con.execute(
                f"SELECT file_row_number + 1, {_col(name)} FROM {rel} "
                f"WHERE {_col(name)} NOT IN (SELECT id FROM {known}) ORDER BY file_row_number LIMIT 1"
            ).fetchone()
            if row is not None:
                raise DatasetError(
                    src.display, int(row[0]), name, f"names unknown account {row[1]!r}; add it to accounts"
                )
        return
    lines = src.lines_sql()
    idx = {name: k for k, (name, _, _) in enumerate(_RULES[table], start=1)}
    missing = " OR ".join(
        f"json_extract_string(v[{idx[f]}], '$') NOT IN (SELECT id FROM {known})" for f in fields
    )
    found = con.execute(
        f"SELECT count(*) FROM ({_parsed(lines, table)}) WHERE line IS NOT NULL AND trim(line) <> '' AND ({missing})"
    ).fetchone()
    if not found or not found[0]:
        return
    for name in fields:
        row = con.execute(
            f"SELECT n, v FROM (SELECT n, line, json_extract_string(j, {_path_expr(name)}) AS v "
            f"FROM ({_parsed(lines, table, numbered=True)})) "
            f"WHERE line IS NOT NULL AND trim(line) <> '' "
            f"AND v NOT IN (SELECT id FROM {known}) ORDER BY n LIMIT 1"
        ).fetchone()
        if row is not None:
            raise DatasetError(
                src.display, int(row[0]), name, f"names unknown account {row[1]!r}; add it to accounts"
            )


# --- loading ---------------------------------------------------------------------


def _str(name: str) -> str:
    """A string field, with empty or blank values read as 'not observed'."""
    return f"NULLIF(trim(json_extract_string(j, {_path_expr(name)})), '')"


#: Each store column as SQL over ``j``, a record's JSON, in the store's column order (also read by
#: ``lureguard.spark``, which shapes JSON Lines files with the same expressions).
_JSON_COLUMNS: dict[str, list[str]] = {
    "accounts": [
        _str("id"),
        _str("name"),
        _str("headline"),
        _str("about"),
        _str("location"),
        f"upper({_str('country')})",
        f"CAST({_norm_date_sql(_str('created_at'))} AS TIMESTAMPTZ)",
        "CAST(json_extract_string(j, '$.connections') AS BIGINT)",
        "CAST(json_extract_string(j, '$.followers') AS BIGINT)",
        "CAST(json_extract_string(j, '$.verified') AS BOOLEAN)",
        "NULLIF(lower(trim(json_extract_string(j, '$.photo.sha256'))), '')",
        "NULLIF(lower(trim(json_extract_string(j, '$.photo.phash'))), '')",
        "NULLIF(trim(json_extract_string(j, '$.photo.path')), '')",
        "json_extract(j, '$.positions')",
        "json_extract(j, '$.education')",
        "json_extract(j, '$.skills')",
        "json_extract(j, '$.languages')",
        _str("profile_url"),
        "j",
    ],
    "interactions": [
        _str("id"),
        _str("type"),
        _str("from"),
        _str("to"),
        "CAST(json_extract_string(j, '$.at') AS TIMESTAMPTZ)",
        "json_extract_string(j, '$.text')",
        _str("thread"),
        "j",
    ],
    "members": [
        _str("account_id"),
        _str("organization"),
        _str("institution_type"),
        f"lower({_str('sector')})",
        _str("role"),
        _str("seniority"),
        "j",
    ],
}

_INSERTS = {table: f"INSERT INTO {table} SELECT " + ", ".join(cols) for table, cols in _JSON_COLUMNS.items()}

_KEYS = {"accounts": "id", "interactions": "id", "members": "account_id"}


def ingest(con: duckdb.DuckDBPyConnection, dataset: Path) -> IngestResult:
    """Validate a whole dataset, then load it in one transaction (or not at all).

    Re-ingesting identical records replaces them with themselves, so running the
    same ingest twice changes nothing. ``labels`` files are never loaded: the
    scanner must not see ground truth.
    """
    dataset = Path(dataset)
    with open_dataset(dataset) as folder:
        files = required_files(folder)
        sources = {
            stem: _Source(
                stem,
                path,
                str(dataset / path.relative_to(folder))
                if dataset.is_dir()
                else f"{dataset}!{path.relative_to(folder)}",
            )
            for stem, path in files.items()
            if stem in _INSERTS
        }
        records = {
            stem: _parquet_validate(con, src, stem) if src.is_parquet else _first_error(con, src, stem)
            for stem, src in sources.items()
        }

        before = counts(con)
        accounts_src = sources["accounts"]
        new_ids = (
            f"SELECT NULLIF(trim(id), '') AS id FROM read_parquet({_q(str(accounts_src.path))})"
            if accounts_src.is_parquet
            else f"SELECT json_extract_string(line::JSON, '$.id') AS id FROM ({accounts_src.lines_sql()}) "
            "WHERE line IS NOT NULL AND trim(line) <> ''"
        )
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _known_accounts AS {new_ids} UNION SELECT id FROM accounts"
        )
        try:
            _check_references(con, sources["interactions"], "interactions", ("from", "to"), "_known_accounts")
            if "members" in sources:
                _check_references(con, sources["members"], "members", ("account_id",), "_known_accounts")
        finally:
            con.execute("DROP TABLE IF EXISTS _known_accounts")

        rows: dict[str, int] = {}
        con.execute("BEGIN TRANSACTION")
        try:
            for stem in ("accounts", "interactions", "members"):
                if stem not in sources:
                    continue
                src = sources[stem]
                key = _KEYS[stem]
                pk = "id" if key != "account_id" else "account_id"
                empty = before.get(stem, 0) == 0
                if src.is_parquet:
                    stored = tuple(str(r[0]) for r in con.execute(f"DESCRIBE {stem}").fetchall())
                    select = _parquet_select(stem, _parquet_columns(con, src), src.path, stored)
                    if empty:
                        # A fresh table (every scan's default store): nothing to replace or skip,
                        # so the load is one streaming INSERT without joins against the table.
                        con.execute(f"INSERT INTO {stem} SELECT * EXCLUDE (k) FROM ({select})")
                        rows[stem] = records[stem]
                        continue
                    differs = (
                        f"ROW({', '.join('t.' + c + '::VARCHAR' for c in stored)}) IS DISTINCT FROM "
                        f"ROW({', '.join('s.' + c + '::VARCHAR' for c in stored)})"
                    )
                    con.execute(
                        f"DELETE FROM {stem} WHERE {pk} IN (SELECT s.k FROM ({select}) s "
                        f"JOIN {stem} t ON t.{pk} = s.k WHERE {differs})"
                    )
                    con.execute(
                        f"INSERT INTO {stem} SELECT * EXCLUDE (k) FROM ({select}) WHERE k NOT IN (SELECT {pk} FROM {stem})"
                    )
                    rows[stem] = records[stem]
                    continue
                select = (
                    f"SELECT line::JSON AS j, NULLIF(trim(json_extract_string(line::JSON, {_path_expr(key)})), '') AS k "
                    f"FROM ({src.lines_sql()}) WHERE line IS NOT NULL AND trim(line) <> ''"
                )
                if empty:
                    con.execute(f"{_INSERTS[stem]} FROM ({select})")
                    rows[stem] = records[stem]
                    continue
                # A record already stored unchanged stays as it is (idempotent re-ingest);
                # a changed one is replaced; a new one is added. Both statements stream.
                con.execute(
                    f"DELETE FROM {stem} WHERE {pk} IN (SELECT s.k FROM ({select}) s "
                    f"JOIN {stem} t ON t.{pk} = s.k WHERE t.raw::VARCHAR IS DISTINCT FROM s.j::VARCHAR)"
                )
                con.execute(f"{_INSERTS[stem]} FROM ({select}) WHERE k NOT IN (SELECT {pk} FROM {stem})")
                rows[stem] = records[stem]
            con.execute(
                "INSERT INTO ingests VALUES (?, ?, ?, ?, ?)",
                [
                    str(dataset),
                    datetime.now(UTC),
                    rows.get("accounts", 0),
                    rows.get("interactions", 0),
                    rows.get("members", 0),
                ],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        drop_caches(con)
        after = counts(con)
    added = {t: after[t] - before[t] for t in after}
    return IngestResult(source=str(dataset), rows=rows, added=added, totals=after)


# --- Parquet, read natively ------------------------------------------------------
# A Parquet file already carries types, so it is checked by its schema and then by
# typed-column queries; nothing is turned back into JSON text except ``raw``.

_INT_TYPES = (
    "TINYINT",
    "SMALLINT",
    "INTEGER",
    "BIGINT",
    "HUGEINT",
    "UTINYINT",
    "USMALLINT",
    "UINTEGER",
    "UBIGINT",
)


def _compatible(kind: str, coltype: str) -> bool:
    t = coltype.upper()
    if kind == _STRING:
        return t == "VARCHAR"
    if kind == _INT:
        return t in _INT_TYPES
    if kind == _BOOL:
        return t == "BOOLEAN"
    if kind == _OBJECT:
        return t.startswith(("STRUCT", "MAP")) or t in ("VARCHAR", "JSON")
    if kind == _LIST:
        return t.endswith("[]") or t.startswith("LIST") or t in ("VARCHAR", "JSON")
    if kind == _INSTANT:
        return t in ("TIMESTAMP WITH TIME ZONE", "VARCHAR")
    if kind == _DATE:
        return t in ("DATE", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "VARCHAR")
    return False


def _parquet_columns(con: duckdb.DuckDBPyConnection, src: _Source) -> dict[str, str]:
    try:
        rows = con.execute(f"DESCRIBE SELECT * FROM read_parquet({_q(str(src.path))})").fetchall()
    except duckdb.Error as exc:
        raise _friendly(exc, src) from exc
    return {str(r[0]): str(r[1]) for r in rows}


def _col(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def parquet_row_checks(src: _Source, table: str, cols: dict[str, str]) -> str:
    """A Parquet file's row rules as one SQL CASE giving 'field|message' for a broken row, else NULL.

    The schema (``cols``, from the file's footer) is checked first and raises: a wrong column
    type is one error, not a million. Spark runs the same text (``lureguard.spark.spark_validate``).
    """
    checks: list[str] = []
    for name, kind, required in _RULES[table]:
        coltype = cols.get(name)
        if coltype is None:
            if required:
                raise DatasetError(src.display, None, name, "required column is missing")
            continue
        if not _compatible(kind, coltype):
            hint = (
                " (a time zone is required: write timestamps as UTC-adjusted)"
                if coltype == "TIMESTAMP"
                else ""
            )
            raise DatasetError(
                src.display, None, name, f"column has type {coltype}; expected {_EXPECTED[kind]}{hint}"
            )
        c = _col(name)
        if required:
            checks.append(f"WHEN {c} IS NULL THEN {_q(name + '|required field is missing')}")
        if coltype == "VARCHAR" and kind == _INSTANT:
            checks.append(
                f"WHEN {c} IS NOT NULL AND (try_cast({c} AS TIMESTAMPTZ) IS NULL "
                f"OR NOT regexp_matches(trim({c}), {_q(_OFFSET_RE)})) THEN {_q(name + '|unparseable timestamp ')} "
                f"|| {c} || {_q('; expected ' + _EXPECTED[kind])}"
            )
        if coltype == "VARCHAR" and kind == _DATE:
            checks.append(
                f"WHEN {c} IS NOT NULL AND try_cast({_norm_date_sql(c)} AS TIMESTAMPTZ) IS NULL "
                f"THEN {_q(name + '|unparseable date ')} || {c} || {_q('; expected ' + _EXPECTED[kind])}"
            )
        enum = _ENUMS.get((table, name))
        if enum:
            listed = ", ".join(_q(v) for v in enum)
            checks.append(
                f"WHEN {c} IS NOT NULL AND {c} NOT IN ({listed}) THEN {_q(name + '|unknown value ')} || {c} "
                f"|| {_q('; expected one of ' + ', '.join(enum))}"
            )
    return ("CASE " + " ".join(checks) + " END") if checks else "NULL"


def _parquet_validate(con: duckdb.DuckDBPyConnection, src: _Source, table: str) -> int:
    """Schema first (a wrong column type is one error, not a million), then typed row checks."""
    case = parquet_row_checks(src, table, _parquet_columns(con, src))
    key = _col(_RULES[table][0][0])
    rel = f"read_parquet({_q(str(src.path))}, file_row_number = true)"
    try:
        stats = con.execute(
            f"SELECT count(*), count(*) FILTER (WHERE err IS NOT NULL), count(DISTINCT k), count(k) "
            f"FROM (SELECT {case} AS err, {key} AS k FROM {rel})"
        ).fetchone()
    except duckdb.Error as exc:
        raise _friendly(exc, src) from exc
    assert stats is not None
    total, bad, distinct_keys, keys = (int(x) for x in stats)
    if total == 0:
        raise DatasetError(
            src.display, None, None, "the file is empty; a dataset file holds one record a row"
        )
    if bad:
        row = con.execute(
            f"SELECT file_row_number + 1, err FROM (SELECT file_row_number, {case} AS err FROM {rel}) "
            "WHERE err IS NOT NULL ORDER BY file_row_number LIMIT 1"
        ).fetchone()
        raise _located(src, row, " (line = row in the Parquet file)")
    if distinct_keys < keys:
        row = con.execute(
            f"SELECT n, k FROM (SELECT file_row_number + 1 AS n, {key} AS k, "
            f"row_number() OVER (PARTITION BY {key} ORDER BY file_row_number) AS seen FROM {rel}) "
            "WHERE seen = 2 ORDER BY n LIMIT 1"
        ).fetchone()
        assert row is not None
        raise DatasetError(
            src.display, int(row[0]), _RULES[table][0][0], f"duplicate id {row[1]!r}; ids must be unique"
        )
    return total


def _parquet_select(table: str, cols: dict[str, str], path: Path, stored: tuple[str, ...]) -> str:
    """The same canonical columns as ``_INSERTS`` builds from JSON, from typed Parquet columns."""

    def s(name: str) -> str:
        return f"NULLIF(trim({_col(name)}), '')" if name in cols else "NULL"

    def json_of(name: str) -> str:
        if name not in cols:
            return "NULL::JSON"
        return f"{_col(name)}::JSON" if cols[name] in ("VARCHAR", "JSON") else f"to_json({_col(name)})"

    def photo(field: str) -> str:
        t = cols.get("photo", "")
        if t in ("VARCHAR", "JSON"):
            return f"NULLIF(trim(json_extract_string(photo::JSON, '$.{field}')), '')"
        if t.startswith("STRUCT") and f"{field} " in t:
            return f"NULLIF(trim(photo.{field}), '')"
        return "NULL"

    def ts(name: str, date: bool = False) -> str:
        if name not in cols:
            return "NULL::TIMESTAMPTZ"
        if cols[name] == "VARCHAR":
            inner = _norm_date_sql(s(name)) if date else s(name)
            return f"CAST({inner} AS TIMESTAMPTZ)"
        return f"CAST({_col(name)} AS TIMESTAMPTZ)"

    def num(name: str, sqltype: str) -> str:
        return f"CAST({_col(name)} AS {sqltype})" if name in cols else f"NULL::{sqltype}"

    if table == "accounts":
        parts = [
            s("id"),
            s("name"),
            s("headline"),
            s("about"),
            s("location"),
            f"upper({s('country')})",
            ts("created_at", date=True),
            num("connections", "BIGINT"),
            num("followers", "BIGINT"),
            num("verified", "BOOLEAN"),
            f"lower({photo('sha256')})",
            f"lower({photo('phash')})",
            photo("path"),
            json_of("positions"),
            json_of("education"),
            json_of("skills"),
            json_of("languages"),
            s("profile_url"),
        ]
        key = s("id")
    elif table == "interactions":
        parts = [
            s("id"),
            s("type"),
            s("from"),
            s("to"),
            ts("at"),
            _col("text") if "text" in cols else "NULL",
            s("thread"),
        ]
        key = s("id")
    else:
        parts = [
            s("account_id"),
            s("organization"),
            s("institution_type"),
            f"lower({s('sector')})",
            s("role"),
            s("seniority"),
        ]
        key = s("account_id")
    # Named as the store's columns (``raw`` last), so a re-ingest can compare row to row.
    named = ", ".join(f"{p} AS {c}" for p, c in zip(parts, stored[:-1], strict=True))
    return (
        f"SELECT {named}, {_parquet_extras(table, cols)} AS raw, {key} AS k "
        f"FROM read_parquet({_q(str(path))}) t"
    )


_PHOTO_FIELDS = ("sha256", "phash", "path")


def _parquet_extras(table: str, cols: dict[str, str]) -> str:
    """``raw`` for a Parquet row: the columns the typed ones do not hold, as one JSON object.

    A typed file's contract fields already survive in their own columns; turning
    every row back into JSON text as well cost a platform-sized ingest about 15 s
    and a third of the store. Unknown columns (and a photo with fields of its own)
    still round-trip here; with none, ``raw`` is NULL.
    """
    known = {name for name, _, _ in _RULES[table]}
    extra = [c for c in cols if c not in known]
    photo = cols.get("photo", "")
    if table == "accounts" and photo:
        plain = photo.startswith("STRUCT") and all(
            f.split(" ", 1)[0].strip('"') in _PHOTO_FIELDS for f in photo[len("STRUCT(") : -1].split(", ")
        )
        if not plain:
            extra.append("photo")
    if not extra:
        return "NULL::JSON"
    return "to_json(struct_pack(" + ", ".join(f"{_col(c)} := {_col(c)}" for c in extra) + "))"
