"""Ingest: round trip, every bad-input case located, the store left untouched, idempotence."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lureguard.ingest import DatasetError, ingest
from lureguard.store import connect, counts


def _snapshot(con) -> dict[str, list]:
    return {
        t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
        for t in ("accounts", "interactions", "members")
    }


def test_ingest_round_trip_keeps_fields_and_unknown_ones(make_dataset: Callable[..., Path]) -> None:
    ds = make_dataset()
    extra = json.loads((ds / "accounts.jsonl").read_text().splitlines()[0])
    extra["favourite_colour"] = "teal"
    lines = (ds / "accounts.jsonl").read_text().splitlines()
    lines[0] = json.dumps(extra)
    (ds / "accounts.jsonl").write_text("\n".join(lines) + "\n")
    con = connect()
    res = ingest(con, ds)
    assert res.added == {"accounts": 10, "interactions": 11, "members": 8}
    raw = con.execute("SELECT raw->>'favourite_colour' FROM accounts WHERE id = 'm0'").fetchone()
    assert raw == ("teal",)
    ts = con.execute("SELECT ts FROM interactions WHERE id = 'c1'").fetchone()[0]
    assert ts.isoformat().startswith("2018-03-01T08:00:00")  # +01:00 normalised to UTC
    created = con.execute("SELECT created_at FROM accounts WHERE id = 'm0'").fetchone()[0]
    assert (created.year, created.month, created.day) == (2012, 1, 1)  # "2012-01" widened
    assert con.execute("SELECT photo_phash FROM accounts WHERE id = 'fake1'").fetchone() == (
        "f0f0f0f0f0f0f0f0",
    )


def test_ingest_when_same_data_twice_then_store_unchanged(make_dataset: Callable[..., Path]) -> None:
    con = connect()
    ds = make_dataset()
    ingest(con, ds)
    before = _snapshot(con)
    res = ingest(con, ds)
    assert res.added == {"accounts": 0, "interactions": 0, "members": 0}
    assert _snapshot(con) == before


def test_ingest_reads_parquet_natively(make_dataset: Callable[..., Path], tmp_path: Path) -> None:
    ds = make_dataset()
    rows = [json.loads(x) for x in (ds / "interactions.jsonl").read_text().splitlines()]
    (ds / "interactions.jsonl").unlink()
    pq.write_table(pa.Table.from_pylist(rows), ds / "interactions.parquet")
    con = connect()
    assert ingest(con, ds).added["interactions"] == 11


def test_ingest_reads_a_zip(make_dataset: Callable[..., Path], tmp_path: Path) -> None:
    ds = make_dataset()
    zpath = tmp_path / "ds.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for f in ds.iterdir():
            zf.write(f, f"world/{f.name}")
    con = connect()
    assert ingest(con, zpath).added["accounts"] == 10


BAD_INTERACTION_LINES = [
    ('{"id": "x1", "type": "message", bad json', None, "invalid JSON"),
    ('{"id": "x1", "type": "message", "from": "m0", "to": "m1"}', "at", "required field is missing"),
    (
        '{"id": 7, "type": "message", "from": "m0", "to": "m1", "at": "2018-01-01T00:00:00Z"}',
        "id",
        "expected a string",
    ),
    (
        '{"id": "x1", "type": "poke", "from": "m0", "to": "m1", "at": "2018-01-01T00:00:00Z"}',
        "type",
        "unknown value",
    ),
    (
        '{"id": "x1", "type": "message", "from": "m0", "to": "ghost", "at": "2018-01-01T00:00:00Z"}',
        "to",
        "unknown account",
    ),
    (
        '{"id": "x1", "type": "message", "from": "m0", "to": "m1", "at": "last tuesday"}',
        "at",
        "unparseable timestamp",
    ),
    (
        '{"id": "x1", "type": "message", "from": "m0", "to": "m1", "at": "2018-01-01T00:00:00"}',
        "at",
        "unparseable timestamp",
    ),
    (
        '{"id": "inv0", "type": "message", "from": "m0", "to": "m1", "at": "2018-01-01T00:00:00Z"}',
        "id",
        "duplicate id",
    ),
    ('["not", "an", "object"]', None, "JSON object"),
]


@pytest.mark.parametrize(("line", "field", "message"), BAD_INTERACTION_LINES)
def test_ingest_when_bad_line_then_error_names_file_line_field_and_store_unchanged(
    make_dataset: Callable[..., Path], line: str, field: str | None, message: str
) -> None:
    con = connect()
    ingest(con, make_dataset("good"))
    before = _snapshot(con)
    bad = make_dataset("bad")
    # A fresh account in the same bad dataset must not be stored either.
    with (bad / "accounts.jsonl").open("a") as fh:
        fh.write(json.dumps({"id": "newcomer", "name": "N"}) + "\n")
    with (bad / "interactions.jsonl").open("a") as fh:
        fh.write(line + "\n")
    with pytest.raises(DatasetError) as err:
        ingest(con, bad)
    assert err.value.file.endswith("interactions.jsonl")
    assert err.value.line == 12
    assert err.value.field == field
    assert message in str(err.value)
    assert _snapshot(con) == before


def test_ingest_when_not_utf8_then_clear_error(make_dataset: Callable[..., Path]) -> None:
    ds = make_dataset()
    (ds / "accounts.jsonl").write_bytes('{"id": "caf\u00e9"}\n'.encode("latin-1"))
    with pytest.raises(DatasetError, match="not UTF-8"):
        ingest(connect(), ds)


def test_ingest_when_file_empty_then_clear_error(make_dataset: Callable[..., Path]) -> None:
    ds = make_dataset()
    (ds / "members.jsonl").write_text("")
    with pytest.raises(DatasetError, match="empty") as err:
        ingest(connect(), ds)
    assert err.value.file.endswith("members.jsonl")


def test_ingest_when_required_file_missing_then_clear_error(make_dataset: Callable[..., Path]) -> None:
    ds = make_dataset()
    (ds / "interactions.jsonl").unlink()
    with pytest.raises(DatasetError, match="required file is missing"):
        ingest(connect(), ds)


def test_ingest_when_account_field_has_wrong_type_then_line_and_field(
    make_dataset: Callable[..., Path],
) -> None:
    ds = make_dataset()
    with (ds / "accounts.jsonl").open("a") as fh:
        fh.write(json.dumps({"id": "z", "connections": "lots"}) + "\n")
    with pytest.raises(DatasetError) as err:
        ingest(connect(), ds)
    assert (err.value.line, err.value.field) == (11, "connections")
    assert "expected an integer, got a string" in str(err.value)


def _zip_with(tmp_path: Path, name: str, data: bytes, *, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    zpath = tmp_path / "evil.zip"
    with zipfile.ZipFile(zpath, "w", compression=compress) as zf:
        zf.writestr(name, data)
    return zpath


@pytest.mark.parametrize("name", ["../escape/accounts.jsonl", "/etc/accounts.jsonl", "C:/accounts.jsonl"])
def test_ingest_when_zip_member_escapes_then_rejected(tmp_path: Path, name: str) -> None:
    zpath = _zip_with(tmp_path, name, b'{"id": "a"}\n')
    with pytest.raises(DatasetError) as err:
        ingest(connect(), zpath)
    assert str(zpath) in str(err.value)
    assert not (tmp_path.parent / "escape").exists()


def test_ingest_when_zip_bomb_then_rejected_and_store_unchanged(
    make_dataset: Callable[..., Path], tmp_path: Path
) -> None:
    con = connect()
    ingest(con, make_dataset())
    before = _snapshot(con)
    buf = io.BytesIO(b"\n" * (30 * 2**20))
    zpath = _zip_with(tmp_path, "world/interactions.jsonl", buf.getvalue())
    with pytest.raises(DatasetError, match=r"ratio|size|bomb"):
        ingest(con, zpath)
    assert _snapshot(con) == before


def test_ingest_when_dataset_missing_then_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no such file"):
        ingest(connect(), tmp_path / "nowhere")


def test_ingest_store_on_disk_survives_a_rejected_dataset(
    make_dataset: Callable[..., Path], tmp_path: Path
) -> None:
    db = tmp_path / "store.duckdb"
    con = connect(db)
    ingest(con, make_dataset("good"))
    bad = make_dataset("bad")
    shutil.copy(bad / "interactions.jsonl", bad / "interactions.bak")
    with (bad / "interactions.jsonl").open("a") as fh:
        fh.write("{broken\n")
    with pytest.raises(DatasetError):
        ingest(con, bad)
    con.close()
    assert counts(connect(db)) == {"accounts": 10, "interactions": 11, "members": 8}


def _to_parquet(ds: Path, stem: str, mutate=None) -> None:
    rows = [json.loads(x) for x in (ds / f"{stem}.jsonl").read_text().splitlines()]
    if mutate:
        rows = mutate(rows)
    # from_pylist takes its columns from the first row: give every row every key.
    keys = list(dict.fromkeys(k for r in rows for k in r))
    rows = [{k: r.get(k) for k in keys} for r in rows]
    (ds / f"{stem}.jsonl").unlink()
    pq.write_table(pa.Table.from_pylist(rows), ds / f"{stem}.parquet")


def test_ingest_parquet_gives_the_same_store_as_jsonl(make_dataset: Callable[..., Path]) -> None:
    js = make_dataset("js")
    pqds = make_dataset("pq")
    for stem in ("accounts", "interactions", "members"):
        _to_parquet(pqds, stem)
    a, b = connect(), connect()
    ingest(a, js)
    ingest(b, pqds)
    for table, cols in (
        ("accounts", "* EXCLUDE (raw, positions, education, skills, languages)"),
        ("interactions", "* EXCLUDE (raw)"),
        ("members", "* EXCLUDE (raw)"),
    ):
        q = f"SELECT {cols} FROM {table} ORDER BY 1"
        assert a.execute(q).fetchall() == b.execute(q).fetchall(), table


def test_ingest_parquet_keeps_unknown_columns_in_raw_and_only_those(
    make_dataset: Callable[..., Path],
) -> None:
    ds = make_dataset()
    _to_parquet(ds, "accounts", lambda rows: [{**r, "favourite_colour": "teal"} for r in rows])
    _to_parquet(ds, "interactions")
    con = connect()
    ingest(con, ds)
    raws = [json.loads(r) if r else None for (r,) in con.execute("SELECT raw FROM accounts").fetchall()]
    assert raws and all(r == {"favourite_colour": "teal"} for r in raws)
    assert con.execute("SELECT count(*) FROM interactions WHERE raw IS NOT NULL").fetchone() == (0,)
    # an adapter's own field (the LinkedIn adapter marks Sponsored InMail) still reaches the campaign step
    from lureguard.campaigns._evidence import sponsored

    sp = make_dataset("sp")
    _to_parquet(sp, "interactions", lambda rows: [{**r, "sponsored": r is rows[0]} for r in rows])
    con = connect()
    ingest(con, sp)
    assert con.execute(f"SELECT count(*) FROM interactions WHERE {sponsored('raw')}").fetchone() == (1,)


def test_ingest_parquet_when_a_column_name_is_hostile_then_it_is_only_a_key_in_raw(
    make_dataset: Callable[..., Path],
) -> None:
    ds = make_dataset()
    evil = 'x" := 1)), (SELECT 1); DROP TABLE members; --'
    _to_parquet(ds, "accounts", lambda rows: [{**r, evil: "v"} for r in rows])
    con = connect()
    ingest(con, ds)
    raws = [json.loads(r) for (r,) in con.execute("SELECT raw FROM accounts").fetchall()]
    assert raws and all(r == {evil: "v"} for r in raws)
    assert counts(con)["members"] == 8


def test_ingest_parquet_when_same_file_twice_then_unchanged_and_a_changed_row_replaced(
    make_dataset: Callable[..., Path],
) -> None:
    ds = make_dataset()
    for stem in ("accounts", "interactions", "members"):
        _to_parquet(ds, stem)
    con = connect()
    ingest(con, ds)
    before = _snapshot(con)
    assert ingest(con, ds).added == {"accounts": 0, "interactions": 0, "members": 0}
    assert _snapshot(con) == before
    table = pq.read_table(ds / "accounts.parquet").to_pylist()
    table[0]["headline"] = "Changed headline"
    pq.write_table(pa.Table.from_pylist(table), ds / "accounts.parquet")
    assert ingest(con, ds).added["accounts"] == 0
    got = con.execute("SELECT headline FROM accounts WHERE id = ?", [table[0]["id"]]).fetchall()
    assert got == [("Changed headline",)]
    assert con.execute("SELECT count(*) FROM accounts").fetchone() == (len(table),)


def test_ingest_parquet_when_column_has_wrong_type_then_named(make_dataset: Callable[..., Path]) -> None:
    ds = make_dataset()
    _to_parquet(ds, "accounts", lambda rows: [{**r, "connections": str(r.get("connections"))} for r in rows])
    with pytest.raises(DatasetError) as err:
        ingest(connect(), ds)
    assert err.value.field == "connections"
    assert "column has type VARCHAR" in str(err.value)


def test_ingest_parquet_when_required_value_null_then_row_named(make_dataset: Callable[..., Path]) -> None:
    ds = make_dataset()

    def drop_type(rows):
        rows[3]["type"] = None
        return rows

    _to_parquet(ds, "interactions", drop_type)
    with pytest.raises(DatasetError) as err:
        ingest(connect(), ds)
    assert (err.value.line, err.value.field) == (4, "type")


def test_ingest_parquet_when_duplicate_id_then_second_row_named(make_dataset: Callable[..., Path]) -> None:
    ds = make_dataset()
    _to_parquet(ds, "interactions", lambda rows: [*rows, rows[0]])
    with pytest.raises(DatasetError, match="duplicate id") as err:
        ingest(connect(), ds)
    assert err.value.line == 12


def test_ingest_parquet_when_timestamp_has_no_zone_then_rejected(
    make_dataset: Callable[..., Path], tmp_path: Path
) -> None:
    ds = make_dataset()
    rows = [json.loads(x) for x in (ds / "interactions.jsonl").read_text().splitlines()]
    (ds / "interactions.jsonl").unlink()
    tbl = pa.Table.from_pylist(rows)
    naive = pa.array([__import__("datetime").datetime(2018, 2, 1)] * len(rows), type=pa.timestamp("us"))
    tbl = tbl.set_column(tbl.schema.get_field_index("at"), "at", naive)
    pq.write_table(tbl, ds / "interactions.parquet")
    with pytest.raises(DatasetError, match="time zone") as err:
        ingest(connect(), ds)
    assert err.value.field == "at"


def test_an_ingest_drops_cached_tables_derived_from_the_events(make_dataset: Callable[..., Path]) -> None:
    from lureguard.campaigns._evidence import script_fingerprints
    from lureguard.store import has_table

    con = connect()
    ingest(con, make_dataset())
    name = script_fingerprints(con)
    before = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
    assert before == 8  # fake1's eight invitations, one script
    script = "thank you for the chat about your research, our partners would like a short paper on it"
    late = {
        "id": "late1",
        "type": "message",
        "from": "m2",
        "to": "m3",
        "at": "2018-05-01T09:00:00Z",
        "text": script,
    }
    ingest(con, make_dataset("more", interactions=[late]))
    assert not has_table(con, name)  # the cache did not outlive the events it was built from
    assert con.execute(f"SELECT count(*) FROM {script_fingerprints(con)}").fetchone()[0] == before + 1
