"""The signals on Spark give the same scores as on DuckDB, signal by signal, and so the same risk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pytest

from lureguard.engine import run_signals
from lureguard.model import load_model, predict_explained
from lureguard.scan import scan
from lureguard.signals.registry import instantiate
from lureguard.simulate import simulate
from lureguard.spark import INPUT_TABLES, to_spark

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None:  # pragma: no cover - CI installs a JRE (.ci/run)
    pytest.skip("Spark needs a Java runtime", allow_module_level=True)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A world in the contract's Parquet form, and a copy of the store its DuckDB scan left."""
    root = tmp_path_factory.mktemp("spark")
    simulate("france-2018", root / "world", seed=33, scale=0.02, fmt="parquet")
    scan([root / "world"], root / "scan", report=False, replay=False)
    store = root / "reference.duckdb"
    shutil.copy(root / "scan" / "lureguard.duckdb", store)
    return store, root / "world"


@pytest.fixture(scope="module")
def spark() -> Any:
    from lureguard.spark import local_session

    session = local_session(cores=2, memory="2g")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_scores_messages_signals_and_risk_as_duckdb_does(world: tuple[Path, Path], spark: Any) -> None:
    """From the contract's files to each account's risk on Spark, every step compared with the DuckDB scan's."""
    from lureguard.spark import spark_message_scores, spark_risk, spark_signal_scores, spark_store_tables

    store, dataset = world
    signals = instantiate(None)
    with duckdb.connect(str(store)) as con:
        ref_messages = (
            con.execute("SELECT * FROM message_scores").df().set_index("interaction_id").sort_index()
        )
        ref = run_signals(con, signals)
        assert ref.scores[:, ref.names.index("photo_reuse")].max() > 0  # the world exercises the hard ones
        assert ref.scores[:, ref.names.index("lure_path")].max() > 0
        ref_interactions = con.execute(
            "SELECT id, src, strftime(ts, '%Y-%m-%d %H:%M:%S.%f') FROM interactions ORDER BY id"
        ).fetchall()

    # 0. The contract's Parquet files, shaped into the store's tables by the ingest's own SELECT.
    tables = spark_store_tables(spark, dataset)
    assert set(tables) == set(INPUT_TABLES) - {"message_scores"}
    # Both render times in their session's zone, UTC (Python's own zone would not matter).
    rendered = tables["interactions"].selectExpr("id", "src", "date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSSSSS')")
    assert sorted(tuple(r) for r in rendered.collect()) == ref_interactions

    # 1. Messages: the lure detector in a vectorised function, the same SQL around it.
    tables["message_scores"] = spark_message_scores(spark, tables["interactions"]).cache()
    got_messages = tables["message_scores"].toPandas().set_index("interaction_id").sort_index()
    assert list(got_messages.index) == list(ref_messages.index)
    assert np.abs(got_messages.lure_score.to_numpy() - ref_messages.lure_score.to_numpy()).max() < 1e-12
    assert [list(c) for c in got_messages.categories] == [list(c) for c in ref_messages.categories]
    assert (got_messages.language == ref_messages.language).all()
    assert [json.loads(p) for p in got_messages.phrases] == [json.loads(p) for p in ref_messages.phrases]

    # The conversation walk: Spark folds it over an array where DuckDB recurses; the same chains.
    from lureguard.spark import chain_states_fold
    from lureguard.threads import chain_states_sql

    for name, df in tables.items():
        df.createOrReplaceTempView(name)
    folded = sorted(tuple(r) for r in spark.sql(chain_states_fold()).collect())
    recursed = sorted(tuple(r) for r in spark.sql(to_spark(chain_states_sql())).collect())
    assert folded == recursed and any(bin(r[3]).count("1") >= 3 for r in folded)

    # 2. Signals: every score of every account.
    wide, per_signal = spark_signal_scores(spark, tables, signals)
    got = wide.toPandas().set_index("account_id").sort_index()
    assert list(got.index) == list(ref.account_ids)
    for j, name in enumerate(ref.names):
        diff = np.abs(got[name].to_numpy(float) - ref.scores[:, j])
        assert diff.max() < 1e-9, (name, float(diff.max()))
    assert set(per_signal) == set(ref.names)
    # The lure detector ran once, above: no signal's plan runs it again (a cached view read inside a
    # WITH clause is not looked up by Spark, and every signal then re-scored every message).
    plan = wide._jdf.queryExecution().optimizedPlan().toString()
    assert "analyze_texts" not in plan
    assert "analyze_texts" in tables["message_scores"]._jdf.queryExecution().optimizedPlan().toString()

    # 3. Risk and flags through the shipped model, computed beside the data. Sums taken in another
    # order differ in the last bit (1e-16), which can send a score lying exactly on a tree's split
    # the other way: hence a tolerance on risk, and equality on flags.
    model = load_model()
    risk_duck, _ = predict_explained(model, ref.names, ref.scores)
    risk = spark_risk(wide, model).toPandas().set_index("account_id").sort_index()
    assert list(risk.index) == list(ref.account_ids)
    assert np.abs(risk.risk.to_numpy() - np.clip(risk_duck, 0, 1)).max() < 1e-4
    assert (risk.flagged.to_numpy() == (np.clip(risk_duck, 0, 1) >= model.threshold)).all()
    assert risk.flagged.any()


def test_spark_judges_messages_in_context_as_duckdb_does(world: tuple[Path, Path], spark: Any) -> None:
    """The text model's reading and each message's verdict in context, as the DuckDB scan stored them."""
    from lureguard.spark import materialised, spark_message_context, spark_message_scores, spark_store_tables

    store, dataset = world
    with duckdb.connect(str(store)) as con:
        ref_model = dict(
            con.execute("SELECT interaction_id, model_score FROM message_model_scores").fetchall()
        )
        ref = con.execute("SELECT * FROM message_context").df().set_index("interaction_id").sort_index()
        risk = con.execute("SELECT account_id, risk FROM account_scores").df()
    tables = spark_store_tables(spark, dataset)
    scored = materialised(spark_message_scores(spark, tables["interactions"], with_model=True))
    model = dict(scored.select("interaction_id", "model_score").collect())
    assert model.keys() == ref_model.keys()
    assert max(abs(model[k] - ref_model[k]) for k in ref_model) < 1e-12
    # the model's reading is not the lexicons': the mean below would not be tested if it were
    lexicon = dict(scored.select("interaction_id", "lure_score").collect())
    assert max(abs(model[k] - lexicon[k]) for k in model) > 0.1

    # weighed by the same (lifted) risks the scan used, the same verdicts
    got = (
        spark_message_context(
            spark,
            tables["interactions"],
            scored.drop("model_score"),
            spark.createDataFrame(risk),
            scored.select("interaction_id", "model_score"),
        )
        .toPandas()
        .set_index("interaction_id")
        .sort_index()
    )
    assert list(got.index) == list(ref.index)
    for col in ("text_score", "sender_risk", "lure_score"):
        assert np.abs(got[col].to_numpy() - ref[col].to_numpy()).max() < 1e-9, col
    assert (ref.lure_score >= 0.5).sum() > 0 and (ref.lure_score < 0.5).sum() > 0
    # without the model's scores the words are the lexicons' alone, as in a store made before it
    plain = spark_message_context(
        spark, tables["interactions"], scored.drop("model_score"), spark.createDataFrame(risk)
    ).toPandas()
    assert np.allclose(
        plain.set_index("interaction_id").sort_index().text_score, [lexicon[k] for k in ref.index]
    )


def test_spark_walks_threads_as_duckdb_does(world: tuple[Path, Path], spark: Any) -> None:
    """Each message's conversation escalation from the folded walk and the shared SQL, as the scan stored it."""
    from lureguard.spark import (
        materialised,
        spark_message_context,
        spark_message_scores,
        spark_message_threads,
        spark_store_tables,
    )

    store, dataset = world
    with duckdb.connect(str(store)) as con:
        ref = con.execute("SELECT * FROM message_threads").df().set_index("interaction_id").sort_index()
        risk = con.execute("SELECT account_id, risk FROM account_scores").df()
    assert (ref.thread_steps >= 3).sum() > 0  # the world has conversations that walk the path
    tables = spark_store_tables(spark, dataset)
    scored = materialised(spark_message_scores(spark, tables["interactions"], with_model=True))
    messages = scored.drop("model_score")
    context = spark_message_context(
        spark,
        tables["interactions"],
        messages,
        spark.createDataFrame(risk),
        scored.select("interaction_id", "model_score"),
    )
    got = (
        spark_message_threads(spark, tables["interactions"], messages, context)
        .toPandas()
        .set_index("interaction_id")
        .sort_index()
    )
    assert list(got.index) == list(ref.index)
    assert (got.thread_steps.to_numpy() == ref.thread_steps.to_numpy()).all()
    assert [list(s) for s in got.thread_stages] == [list(s) for s in ref.thread_stages]
    assert np.abs(got.thread_score.to_numpy() - ref.thread_score.to_numpy()).max() < 1e-9


def test_spark_replay_alerts_when_the_duckdb_replay_does(world: tuple[Path, Path], spark: Any) -> None:
    """Each account's first alert on its own point-in-time risk: the same accounts, times and risks."""
    from lureguard.spark import materialised, spark_message_scores, spark_replay, spark_store_tables
    from lureguard.watch import replay

    store, dataset = world
    signals = instantiate(None)
    model = load_model()
    with duckdb.connect(str(store)) as con:
        ref = {r["account_id"]: r for r in replay(con, model, signals=signals, corroborate=False)}
    assert ref  # the world has alerts to compare
    tables = spark_store_tables(spark, dataset)
    tables["message_scores"] = materialised(spark_message_scores(spark, tables["interactions"]))
    got = spark_replay(spark, tables, signals, model).toPandas()
    assert sorted(got.account_id) == sorted(ref)
    for a, at, risk in zip(got.account_id, got["at"], got.risk, strict=True):
        assert at.strftime("%Y-%m-%dT%H:%M:%SZ") == ref[a]["at"], a
        assert abs(risk - ref[a]["risk"]) < 1e-4
    with pytest.raises(ValueError, match="step"):
        spark_replay(spark, tables, signals, model, step="1 day'; DROP")


def test_spark_replay_corroborates_as_the_duckdb_replay_does(world: tuple[Path, Path], spark: Any) -> None:
    """Pairs sharing a face or a script are alerted together, from the same moment, on either engine."""
    from lureguard.spark import materialised, spark_message_scores, spark_replay, spark_store_tables
    from lureguard.watch import replay

    store, dataset = world
    signals = instantiate(None)
    model = load_model()
    with duckdb.connect(str(store)) as con:
        ref = {r["account_id"]: r for r in replay(con, model, signals=signals)}
    assert any(r.get("corroborated_by") for r in ref.values())  # the world has pairs to find
    tables = spark_store_tables(spark, dataset)
    tables["message_scores"] = materialised(spark_message_scores(spark, tables["interactions"]))
    got = [r.asDict() for r in spark_replay(spark, tables, signals, model, corroborate=True).collect()]
    assert sorted(r["account_id"] for r in got) == sorted(ref)
    for row in got:
        want = ref[row["account_id"]]
        assert row["at"] == want["at"], row["account_id"]
        assert abs(row["risk"] - want["risk"]) < 1e-4
        assert row["corroborated_by"] == want.get("corroborated_by")
        assert row["fingerprint"] == want.get("fingerprint")


def test_json_lines_files_give_the_tables_the_duckdb_ingest_gives(tmp_path: Path, spark: Any) -> None:
    """The contract's default form: each line's record through the ingest's own expressions, on Spark."""
    import pandas as pd

    from lureguard.ingest import ingest
    from lureguard.spark import spark_store_tables
    from lureguard.store import connect

    simulate("france-2018", tmp_path / "world", seed=33, scale=0.02)
    accounts = tmp_path / "world" / "accounts.jsonl"
    accounts.write_text("\ufeff" + accounts.read_text(encoding="utf-8") + "\n  \n", encoding="utf-8")
    con = connect(None)
    ingest(con, tmp_path / "world")
    tables = spark_store_tables(spark, tmp_path / "world")

    def same(x: Any, y: Any) -> bool:
        if isinstance(x, str) and x[:1] in "[{":  # JSON: DuckDB's spacing, Spark's, the same value
            return bool(json.loads(x) == json.loads(y))
        if isinstance(x, pd.Timestamp):  # DuckDB's carry UTC, Spark's are UTC without saying so
            return bool(x.tz_convert("UTC").tz_localize(None) == y)
        return bool(pd.isna(y)) if pd.isna(x) else bool(x == y)

    for table in ("accounts", "interactions", "members"):
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        ref = con.execute(f"SELECT * FROM {table}").df().set_index(cols[0]).sort_index()
        got = tables[table].toPandas()
        assert list(got.columns) == cols
        got = got.set_index(cols[0]).sort_index()
        assert list(got.index) == list(ref.index), table
        for c in cols[1:]:
            bad = [(x, y) for x, y in zip(ref[c], got[c], strict=True) if not same(x, y)]
            assert not bad, (table, c, bad[:2])


def test_profile_images_are_analysed_on_spark_as_the_scan_analyses_them(tmp_path: Path, spark: Any) -> None:
    """``photo_features`` from the dataset folder's images on the executors, the rows a scan writes."""
    import cv2

    from lureguard.ingest import ingest
    from lureguard.photos import analyse_photos
    from lureguard.signals.profile.generated_face import GeneratedFace
    from lureguard.spark import spark_message_scores, spark_signal_scores, spark_store_tables
    from lureguard.store import connect
    from tests.test_photos import FACES, reframe

    world = tmp_path / "world"
    simulate("france-2018", world, seed=33, scale=0.02)
    (world / "photos").mkdir()
    cv2.imwrite(str(world / "photos" / "aligned.jpg"), reframe(cv2.imread(str(FACES / "gan_nyt_019.jpg"))))
    shutil.copy(FACES / "sd_032.jpg", world / "photos" / "diffusion.jpg")
    (world / "photos" / "junk.jpg").write_bytes(b"not an image at all")
    (tmp_path / "secret.jpg").write_bytes((FACES / "gan_photoac_023.jpg").read_bytes())
    # Paths as a persona's profile might carry them: shared, hostile, broken, absent.
    paths = [
        "photos/aligned.jpg",
        "photos/aligned.jpg",
        "photos/diffusion.jpg",
        "photos/junk.jpg",
        "../secret.jpg",
        str(tmp_path / "secret.jpg"),
        "photos/gone.jpg",
        "https://example.org/f.jpg",
    ]
    lines = (world / "accounts.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    for rec, path in zip(records, paths, strict=False):
        rec["photo"] = {**(rec.get("photo") or {}), "path": path}
    named = {rec["id"] for rec in records[: len(paths)]}
    (world / "accounts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    con = connect(None)
    ingest(con, world)
    assert analyse_photos(con, world) == len(paths)
    ref = sorted(con.execute("SELECT * FROM photo_features").fetchall())
    assert {r[0] for r in ref} == named and max(r[3] for r in ref) > 0.5  # the aligned face scores

    tables = spark_store_tables(spark, world)
    got = sorted(tuple(r) for r in tables["photo_features"].collect())
    assert got == ref
    assert "secret" not in " ".join(r[4] for r in got)  # a path never reaches a sentence
    assert spark_store_tables(spark, world, photos=False)["photo_features"].count() == 0

    # The signal that reads them: the same score and sentence for each account on both engines.
    run_signals(con, [GeneratedFace()])
    cols = "account_id, score, eye_offset, detail"
    duck = sorted(con.execute(f"SELECT {cols} FROM sig_generated_face").fetchall())
    tables["message_scores"] = spark_message_scores(spark, tables["interactions"])
    wide, per_signal = spark_signal_scores(spark, tables, [GeneratedFace()])
    on_spark = sorted(tuple(r) for r in per_signal["generated_face"].selectExpr(*cols.split(", ")).collect())
    assert on_spark == duck and any(r[1] > 0.5 for r in duck)
    scored = {r[0]: r[1] for r in wide.collect() if r[1] > 0}
    assert scored == {r[0]: r[1] for r in duck if r[1] > 0}


def _broken(rows: list[dict[str, Any]], how: str) -> list[dict[str, Any]]:
    """One record of a table broken the way ``how`` says (the file is picked by the caller)."""
    rows = [dict(r) for r in rows]
    k = len(rows) // 2
    if how == "null_required":
        rows[k]["type"] = None
    elif how == "bad_timestamp":
        rows[k]["at"] = "yesterday at noon"
    elif how == "unknown_type":
        rows[k]["type"] = "poke"
    elif how == "duplicate_id":
        rows.insert(k + 3, dict(rows[k]))
    elif how == "unknown_account":
        rows[k]["to"] = "nobody-we-know"
    elif how == "wrong_column_type":
        for r in rows:
            r["connections"] = str(r.get("connections"))
    elif how == "dangling_member":
        rows[k]["account_id"] = "not-an-account"
    return rows


@pytest.mark.parametrize(
    ("stem", "how"),
    [
        ("interactions", "null_required"),
        ("interactions", "bad_timestamp"),
        ("interactions", "unknown_type"),
        ("interactions", "duplicate_id"),
        ("interactions", "unknown_account"),
        ("accounts", "wrong_column_type"),
        ("members", "dangling_member"),
        ("interactions", None),
    ],
)
def test_spark_rejects_a_broken_dataset_as_the_duckdb_ingest_does(
    world: tuple[Path, Path], spark: Any, tmp_path: Path, stem: str, how: str | None
) -> None:
    """Same file, row and field, same words, whichever engine reads the platform's Parquet files."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from lureguard.ingest import DatasetError, ingest
    from lureguard.spark import spark_validate
    from lureguard.store import connect

    _, dataset = world
    ds = tmp_path / "ds"
    shutil.copytree(dataset, ds)
    if how is not None:
        rows = pq.read_table(ds / f"{stem}.parquet").to_pylist()
        pq.write_table(pa.Table.from_pylist(_broken(rows, how)), ds / f"{stem}.parquet")
        with pytest.raises(DatasetError) as duck:
            ingest(connect(None), ds)
        with pytest.raises(DatasetError) as on_spark:
            spark_validate(spark, ds)
        assert (on_spark.value.file, on_spark.value.line, on_spark.value.field, on_spark.value.message) == (
            duck.value.file,
            duck.value.line,
            duck.value.field,
            duck.value.message,
        )
        assert duck.value.file.endswith(f"{stem}.parquet")
        assert (
            how == "wrong_column_type" or duck.value.line
        )  # a row is named unless the whole column is wrong
    else:  # the unbroken world passes, with the ingest's counts
        assert spark_validate(spark, ds) == ingest(connect(None), ds).rows


def test_spark_validates_json_lines_files_through_the_ingest(tmp_path: Path, spark: Any) -> None:
    """An organisation's JSON Lines files are located by line, against accounts read on Spark."""
    from lureguard.ingest import DatasetError
    from lureguard.spark import spark_validate

    simulate("france-2018", tmp_path / "world", seed=33, scale=0.02)
    inter = tmp_path / "world" / "interactions.jsonl"
    lines = inter.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[4])
    record["from"] = "ghost-account"
    lines[4] = json.dumps(record)
    inter.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError) as err:
        spark_validate(spark, tmp_path / "world")
    assert (err.value.line, err.value.field) == (5, "from")
    assert "ghost-account" in err.value.message
    with pytest.raises(DatasetError, match="unpack an archive first"):
        spark_validate(spark, tmp_path / "world.zip")
    (tmp_path / "world" / "accounts.jsonl").unlink()
    with pytest.raises(DatasetError, match="required file is missing"):
        spark_validate(spark, tmp_path / "world")


def test_missing_input_is_named(spark: Any) -> None:
    from lureguard.spark import spark_signal_scores

    with pytest.raises(ValueError, match="'accounts' is missing"):
        spark_signal_scores(spark, {}, instantiate(None))


@pytest.mark.parametrize(
    ("duck", "needle"),
    [
        ("SELECT epoch(ts) FROM t", "UNIX_MICROS(ts) / CAST(1000000.0 AS DOUBLE)"),
        ("SELECT epoch_us(ts) FROM t", "UNIX_MICROS(ts)"),
        ("SELECT 'infinity'::TIMESTAMPTZ", "9999-12-31"),
        ("SELECT x / 3.0 FROM t", "x / CAST(3.0 AS DOUBLE)"),
        ("SELECT json_type(p) = 'ARRAY' FROM t", "NOT JSON_ARRAY_LENGTH(p) IS NULL"),
        ("SELECT regexp_replace(a, '[^[:alpha:]]+', ' ', 'g') FROM t", r"\p{Alpha}"),
        ("SELECT c && ['a'] FROM t", "ARRAYS_OVERLAP(c, ARRAY('a'))"),
        ("SELECT try_cast(('0x' || h) AS UBIGINT) FROM t", "CONV(h, 16, 10)"),
        (
            "SELECT id, unnest(ps) AS p, generate_subscripts(ps, 1) AS i FROM t",
            "POSEXPLODE(ps) AS (i__0, p)",
        ),
    ],
)
def test_duckdb_spellings_are_rewritten(duck: str, needle: str) -> None:
    assert needle in to_spark(duck)


def test_spellings_the_campaign_evidence_uses_give_duckdbs_answers(spark: Any) -> None:
    """Each rewrite the evidence needs, run on both engines over the same rows."""
    rows = (
        "WITH t AS (SELECT * FROM (VALUES ('b', 'x y z w', 2, TIMESTAMP '2020-01-02 00:00:00'), "
        "('a', 'x y q', 1, TIMESTAMP '2020-01-01 00:00:00'), ('a', 'x y z w', 3, TIMESTAMP '2020-01-05 00:00:00')"
        ") v(k, s, n, ts)) "
    )
    queries = [
        # the first words of a text (DuckDB: an inclusive end; Spark: a length)
        f"{rows} SELECT k, s, array_to_string(list_slice(string_split(s, ' '), 2, 3), '|') FROM t",
        # equal texts hash alike, different ones apart
        f"{rows} SELECT x.s, y.s, hash(x.s) = hash(y.s) FROM t x, t y",
        f"{rows} SELECT k, 'gave ' || string_agg(DISTINCT s, ', ' ORDER BY s) FROM t GROUP BY k",
        f"{rows} SELECT s, regexp_full_match(s, 'x y [[:alpha:]]') FROM t",
        f"{rows} SELECT k, ts, ts - INTERVAL (n * 86400) SECOND FROM t",
        f"{rows} SELECT k, arg_min(s, (-n, s)) FROM t GROUP BY k",
        f"{rows} SELECT k, list(DISTINCT s ORDER BY s) FROM t GROUP BY k",
    ]
    for sql in queries:
        want = sorted(map(tuple, duckdb.sql(sql).fetchall()), key=repr)
        got = [tuple(r) for r in spark.sql(to_spark(sql)).collect()]
        got = [tuple(v.replace(tzinfo=None) if hasattr(v, "tzinfo") else v for v in r) for r in got]
        assert sorted(got, key=repr) == want, sql


def test_an_ordered_list_spark_would_not_keep_in_order_is_refused() -> None:
    """sqlglot drops a list's ORDER BY for Spark; only the sorted set has a faithful spelling."""
    assert "ARRAY_SORT(COLLECT_SET(x))" in to_spark("SELECT list(DISTINCT x ORDER BY x) FROM t")
    with pytest.raises(ValueError, match="ordered list"):
        to_spark("SELECT list(x ORDER BY ts) FROM t")


def test_spark_statements_run_the_evidence_forms_as_duckdb_does(spark: Any) -> None:
    """CREATE (columns or a query), positional INSERT, DELETE (with USING, and with a NULL
    condition, which keeps the row), DROP: the same table at the end; other statements refused."""
    from lureguard.spark_campaigns import SparkStatements

    script = """
        CREATE OR REPLACE TABLE ev (a VARCHAR, b VARCHAR, kind VARCHAR, weight DOUBLE, detail VARCHAR);
        CREATE TEMP TABLE IF NOT EXISTS lab (account_id VARCHAR, label VARCHAR);
        CREATE OR REPLACE TEMP TABLE src AS
        SELECT * FROM (VALUES ('a1', 'a2', 'photo'), ('a1', 'a3', 'template'), ('a2', 'a3', NULL)) v(a, b, kind);
        INSERT INTO ev SELECT a, b, kind, 1.0, 'from src' FROM src;
        INSERT INTO ev WITH w AS (SELECT 'a4' AS a) SELECT a, 'a5', 'burst', 0.3, NULL FROM w;
        CREATE OR REPLACE TEMP TABLE gone AS SELECT 'a1' AS a, 'a2' AS b;
        DELETE FROM ev e USING gone g WHERE e.kind = 'photo' AND e.a = g.a AND e.b = g.b;
        DELETE FROM ev WHERE kind = 'template' OR b IN (SELECT a FROM src WHERE kind IS NULL);
        DROP TABLE IF EXISTS gone;
        SELECT * FROM ev
    """
    want = sorted(duckdb.connect().execute(script).fetchall(), key=repr)
    con = SparkStatements(spark)
    got = sorted(con.execute(script).fetchall(), key=repr)
    assert got == want and len(want) == 2  # the NULL-kind row stays, as in DuckDB
    assert not con.has_table("gone") and con.has_table("lab")
    with pytest.raises(ValueError, match="cannot run this statement"):
        con.execute("UPDATE ev SET weight = 0")


def test_spark_finds_the_campaigns_the_duckdb_scan_finds(
    world: tuple[Path, Path], spark: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The evidence on Spark over the whole graph, the grouping on the driver: the same evidence,
    campaigns (rows, members, summaries) and lifted risks as the DuckDB campaign step; then the
    reported accounts' rows and what a CERT gets, from the driver's slice, as from the scan's store."""
    from lureguard.intel import _findings

    # This small world's campaigns send no long script to three people: shorter ones to two are
    # shared here, so the scripts read from the driver's slice are compared too.
    monkeypatch.setattr(_findings, "SCRIPT_MIN_RECIPIENTS", 2)
    monkeypatch.setattr(_findings, "SCRIPT_MIN_FOLDED_CHARS", 40)
    from lureguard.campaigns.detect import campaign_risk_lift, find_campaigns, lifted_scored
    from lureguard.exposure import exposure_rows
    from lureguard.intel import findings_from_rows
    from lureguard.intel.misp import misp_events
    from lureguard.intel.stix import stix_bundle
    from lureguard.scan import iter_account_rows, score_store
    from lureguard.spark import (
        materialised,
        spark_message_scores,
        spark_risk,
        spark_signal_scores,
        spark_store_tables,
    )
    from lureguard.spark_campaigns import spark_campaigns, spark_exposure
    from lureguard.spark_findings import spark_account_rows, spark_findings

    store, dataset = world
    copy = tmp_path / "ref.duckdb"
    shutil.copy(store, copy)
    with duckdb.connect(str(copy)) as con:
        scored = score_store(con)
        # An analyst's verdicts take part: a reported member confirmed fake, a grouped one genuine
        # (their walk over the evidence must take as many steps on the driver's slice as on the graph).
        first = find_campaigns(con, scored)
        grouped = [r["accounts"] for r in first.rows if len(r["accounts"]) > 1]
        labels = {grouped[0][0]: "fake", grouped[-1][-1]: "genuine"}
        ref = find_campaigns(con, scored, labels=labels)
        ref_exposure = exposure_rows(con, ref.rows)
        # what the scan writes for the accounts it reports on, and what the CERT exports read
        ref_rows = list(
            iter_account_rows(con, lifted_scored(scored, campaign_risk_lift(con, scored)), ref.campaign_of)
        )
        ref_reported = [r for r in ref_rows if r["flagged"] or r["campaign"]]
        ref_findings = findings_from_rows(con, ref_rows, ref.rows, ref_exposure)
        ref_evidence = sorted(
            con.execute("SELECT a, b, kind, round(weight, 9), detail FROM campaign_evidence").fetchall()
        )
    # the world exercises the fingerprints and at least one group of several accounts
    assert {"photo", "template", "handoff"} <= set(ref.evidence_counts)
    assert any(len(r["accounts"]) > 1 for r in ref.rows)
    assert not np.allclose(ref.lifted_risk, first.lifted_risk)  # the verdicts moved someone

    tables = spark_store_tables(spark, dataset)
    tables["message_scores"] = materialised(spark_message_scores(spark, tables["interactions"]))
    wide, per_signal = spark_signal_scores(spark, tables, instantiate(None))
    got = spark_campaigns(spark, tables, spark_risk(wide), labels=labels)
    evidence = sorted(
        tuple(r)
        for r in spark.sql("SELECT a, b, kind, round(weight, 9), detail FROM campaign_evidence").collect()
    )
    assert evidence == ref_evidence
    assert got.result.rows == ref.rows
    assert got.result.campaign_of == ref.campaign_of
    assert [g["accounts"] for g in got.result.groups] == [g["accounts"] for g in ref.groups]
    scores = got.scores.toPandas().set_index("account_id")
    assert sorted(scores.index) == sorted(ref.account_ids)  # every account, lifted or not
    lifted = dict(zip(ref.account_ids, ref.lifted_risk, strict=True))
    assert max(abs(scores.lifted_risk[a] - r) for a, r in lifted.items()) < 1e-4
    assert (scores.lifted_risk > scores.risk + 1e-9).any()  # the step lifted someone
    assert {a: c for a, c in scores.campaign.dropna().items()} == ref.campaign_of
    # who each campaign reached and how far, from the whole graph on Spark
    exposed = spark_exposure(spark, tables, got.result.rows)
    assert exposed == ref_exposure
    assert {r["stage"] for r in exposed} >= {"contacted", "lure-received"}

    # The accounts reported on, with their reasons, as the scan writes them (the verdicts' effect first).
    rows = spark_account_rows(spark, wide, per_signal, instantiate(None), got)
    assert [r["account_id"] for r in rows] == [r["account_id"] for r in ref_reported]
    assert any(r["reasons"][0]["signal"] == "analyst_label" for r in rows)
    for mine, theirs in zip(rows, ref_reported, strict=True):
        assert abs(mine["risk"] - theirs["risk"]) < 1e-4
        assert {k: mine[k] for k in ("flagged", "campaign")} == {
            k: theirs[k] for k in ("flagged", "campaign")
        }
        assert [(e["signal"], e["detail"]) for e in mine["reasons"]] == [
            (e["signal"], e["detail"]) for e in theirs["reasons"]
        ]
    # What a CERT gets: the same personas (profiles, contact spans, themes), campaigns, reach and scripts.
    findings = spark_findings(spark, tables, rows, got.result.rows, exposed)
    assert findings.personas.keys() == ref_findings.personas.keys()
    assert findings.scripts and all(p.categories for p in findings.personas.values())
    for a, p in findings.personas.items():
        q = ref_findings.personas[a]
        assert abs(p.risk - q.risk) < 1e-4
        assert {**vars(p), "risk": 0, "reasons": 0} == {**vars(q), "risk": 0, "reasons": 0}, a
    assert (findings.campaigns, findings.reached, findings.scripts, findings.scanned_until) == (
        ref_findings.campaigns,
        ref_findings.reached,
        ref_findings.scripts,
        ref_findings.scanned_until,
    )
    ids = sorted(o.id for o in stix_bundle(findings).objects)
    assert ids == sorted(o.id for o in stix_bundle(ref_findings).objects)
    assert misp_events(findings).keys() == misp_events(ref_findings).keys()
    # Without a members list every account is protected: reach counts everyone contacted, as on DuckDB.
    with duckdb.connect(str(copy)) as con:
        con.execute("DELETE FROM members")
        ref_everyone = find_campaigns(con, scored)
    same_risk = spark.createDataFrame(
        [(a, float(r)) for a, r in zip(scored.run.account_ids, scored.risk, strict=True)],
        "account_id STRING, risk DOUBLE",
    )
    everyone = spark_campaigns(spark, {**tables, "members": tables["members"].limit(0)}, same_risk)
    assert everyone.result.rows == ref_everyone.rows
    assert sum(len(r["targets"]) for r in everyone.result.rows) > sum(len(r["targets"]) for r in first.rows)
