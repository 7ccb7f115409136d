"""The signals on Apache Spark: the same SQL the DuckDB store runs, translated, for a platform's cluster.

Every signal and every shared view is one SQL text written for DuckDB. ``to_spark``
translates it with sqlglot (DuckDB dialect in, Spark SQL out), then rewrites what
the two engines spell differently or lack: fractional epoch seconds, decimal
literals (Spark would keep six places), infinite timestamps, ``json_type``,
DuckDB's ``from_json`` structures, ``unnest`` beside ``generate_subscripts``,
array overlap, RE2's POSIX classes, hex into unsigned 64 bits, ``strip_accents``
(docs/spark.md has the table and why each one).

``spark_validate`` holds a dataset to the contract as ``lureguard ingest`` does (the
same rules, the same errors naming file, row and field); ``spark_store_tables`` shapes
the contract's Parquet files into the store's tables with the DuckDB ingest's own
SELECT; ``spark_message_scores`` scores the messages as ``stages.prepare_messages`` does
(the lure detector and the text model in a vectorised Python function);
``spark_signal_scores`` runs the views and the signals
and returns the same wide score table as ``lureguard.engine.run_signals``;
``spark_risk`` applies the account model beside the data; ``spark_message_context``
weighs each message by its sender's risk as ``stages.contextualise_messages`` does, and
``spark_message_threads`` gives each its conversation's escalation (``lureguard.threads``).
``tests/test_spark.py`` requires each step to agree with DuckDB's on a simulated
world. The campaign step is ``lureguard.spark_campaigns``: its evidence through
these translations, its grouping on the driver.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import sqlglot
from sqlglot import exp

from lureguard.engine import ACTORS_SQL, _ident, wide_sql
from lureguard.signals.base import Signal
from lureguard.store import VIEWS

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = [
    "INPUT_TABLES",
    "local_session",
    "materialised",
    "spark_message_context",
    "spark_message_scores",
    "spark_message_threads",
    "spark_photo_features",
    "spark_replay",
    "spark_risk",
    "spark_signal_scores",
    "spark_store_tables",
    "spark_validate",
    "to_spark",
]

#: The store tables the views and signals read; a platform provides them as DataFrames.
INPUT_TABLES = ("accounts", "interactions", "members", "message_scores", "photo_features")

_TS_MAX = "TIMESTAMP '9999-12-31 23:59:59.999999'"
_TS_MIN = "TIMESTAMP '0001-01-01 00:00:00'"
_DUCK_TO_SPARK_TYPES = {
    "VARCHAR": "STRING",
    "DOUBLE": "DOUBLE",
    "BIGINT": "BIGINT",
    "INTEGER": "INT",
    "BOOLEAN": "BOOLEAN",
}


def _spark_type(structure: Any) -> str:
    """A DuckDB ``from_json`` structure (``[{"k": "VARCHAR"}]``) as a Spark DDL type."""
    if isinstance(structure, list):
        return f"ARRAY<{_spark_type(structure[0])}>"
    if isinstance(structure, dict):
        return "STRUCT<" + ", ".join(f"`{k}`: {_spark_type(v)}" for k, v in structure.items()) + ">"
    return _DUCK_TO_SPARK_TYPES[str(structure).upper()]


def _micros(arg: exp.Expression) -> exp.Expression:
    return exp.Anonymous(this="UNIX_MICROS", expressions=[arg])


#: RE2's POSIX classes (ASCII, as in DuckDB) in Java's regular-expression syntax.
_POSIX_CLASSES = {
    "[:alpha:]": r"\p{Alpha}",
    "[:upper:]": r"\p{Upper}",
    "[:lower:]": r"\p{Lower}",
    "[:alnum:]": r"\p{Alnum}",
    "[:digit:]": r"\p{Digit}",
    "[:space:]": r"\s",
}
_REGEX_NODES = (exp.RegexpReplace, exp.RegexpLike, exp.RegexpExtract, exp.RegexpILike)


def _hex_to_signed(arg: exp.Expression) -> exp.Expression:
    """``try_cast('0x' || hex AS UBIGINT)`` in Spark: the same 64 bits as a signed BIGINT."""
    u = f"TRY_CAST(CONV({arg.sql('spark')}, 16, 10) AS DECIMAL(20, 0))"
    return cast(
        exp.Expression,
        sqlglot.parse_one(
            f"CAST(CASE WHEN {u} >= 9223372036854775808 THEN {u} - 18446744073709551616 ELSE {u} END AS BIGINT)",
            read="spark",
        ),
    )


def _inner(node: exp.Expression) -> exp.Expression:
    """A rewritten copy of a part a new node takes over (the pass does not enter a replaced node)."""
    return node.copy().transform(_rewrite)


def _sorted_set(order: exp.Order) -> exp.Expression | None:
    """``DISTINCT x ORDER BY x`` inside an aggregate as Spark's sorted set of values (None: another order)."""
    arg, keys = order.this, order.expressions
    if (
        isinstance(arg, exp.Distinct)
        and len(arg.expressions) == 1
        and len(keys) == 1
        and keys[0].this == arg.expressions[0]
        and not keys[0].args.get("desc")
    ):
        values = exp.Anonymous(this="COLLECT_SET", expressions=[_inner(arg.expressions[0])])
        return exp.Anonymous(this="ARRAY_SORT", expressions=[values])
    return None


def _rewrite(node: exp.Expression) -> exp.Expression:
    if isinstance(node, exp.Literal) and not node.is_string and any(c in node.name for c in ".eE"):
        # DuckDB divides by 3.0 in floating point; Spark would keep a DECIMAL with six places.
        return exp.Cast(this=node.copy(), to=exp.DataType.build("DOUBLE"))
    if isinstance(node, _REGEX_NODES):
        pattern = node.args.get("expression")
        if isinstance(pattern, exp.Literal) and pattern.is_string and "[:" in pattern.name:
            text = pattern.name
            for posix, java in _POSIX_CLASSES.items():
                text = text.replace(posix, java)
            pattern.replace(exp.Literal.string(text))  # in place, as for every rewrite here
        return node
    if isinstance(node, exp.Interval) and not isinstance(node.this, exp.Literal):
        # INTERVAL (n * 86400) SECOND: Spark takes only a literal there, and multiplies one unit
        unit = node.args.get("unit")
        one = exp.Interval(this=exp.Literal.string("1"), unit=unit.copy() if unit else None)
        return exp.Paren(this=exp.Mul(this=one, expression=exp.Paren(this=_inner(node.this))))
    if (
        isinstance(node, exp.Bracket)
        and len(node.expressions) == 1
        and isinstance(node.expressions[0], exp.Literal)
        and not node.expressions[0].is_string
    ):
        # l[1] of an empty list: NULL in DuckDB, an error in Spark's ANSI mode; GET gives NULL
        # (sqlglot has already made the literal index 0-based)
        return exp.Anonymous(this="GET", expressions=[_inner(node.this), node.expressions[0]])
    if isinstance(node, exp.Tuple) and isinstance(node.parent, exp.ArgMin | exp.ArgMax):
        # arg_min(x, (t, id)): DuckDB orders row values; Spark orders structs the same way
        return exp.Anonymous(this="STRUCT", expressions=[_inner(e) for e in node.expressions])
    if isinstance(node, exp.RegexpFullMatch) and isinstance(node.expression, exp.Literal):
        text = node.expression.name
        for posix, java in _POSIX_CLASSES.items():
            text = text.replace(posix, java)
        return exp.RegexpLike(this=_inner(node.this), expression=exp.Literal.string(f"^(?:{text})$"))
    if isinstance(node, exp.Anonymous) and node.name.upper() == "HASH":
        # only equality of hashes is read; Spark's HASH has 32 bits, XXHASH64 as many as DuckDB's
        node.set("this", "XXHASH64")  # in place, so the pass goes on into its argument
        return node
    if isinstance(node, exp.Anonymous) and node.name.upper() == "LIST_SLICE" and len(node.expressions) == 3:
        items, begin, end = node.expressions  # DuckDB: 1-based, end inclusive; Spark: start, length
        length = exp.Add(
            this=exp.Sub(this=_inner(end), expression=_inner(begin)), expression=exp.Literal.number(1)
        )
        return exp.Anonymous(this="SLICE", expressions=[_inner(items), _inner(begin), length])
    if isinstance(node, exp.ArrayAgg) and isinstance(node.this, exp.Order):
        # list(DISTINCT x ORDER BY x): sqlglot would drop the order
        ordered = _sorted_set(node.this)
        if ordered is None:
            raise ValueError(f"no Spark spelling for the ordered list {node.sql(dialect='duckdb')}")
        return ordered
    if isinstance(node, exp.GroupConcat) and isinstance(node.this, exp.Order):
        # string_agg(DISTINCT x, sep ORDER BY x): the sorted set of values joined
        ordered = _sorted_set(node.this)
        if ordered is not None:
            return exp.Anonymous(this="ARRAY_JOIN", expressions=[ordered, node.args.get("separator")])
    if isinstance(node, exp.ArrayOverlaps):
        return exp.Anonymous(this="ARRAYS_OVERLAP", expressions=[_inner(node.this), _inner(node.expression)])
    if isinstance(node, exp.CTE) and node.args.get("materialized") is not None:
        node.set("materialized", None)  # in place: a copy's children would escape this pass
        return node
    if (
        isinstance(node, exp.TryCast | exp.Cast)
        and node.to.this == exp.DataType.Type.UBIGINT
        and isinstance(node.this, exp.Paren | exp.DPipe)
    ):
        inner = node.this.this if isinstance(node.this, exp.Paren) else node.this
        if (
            isinstance(inner, exp.DPipe)
            and isinstance(inner.this, exp.Literal)
            and inner.this.name.lower() == "0x"
        ):
            return _hex_to_signed(inner.expression)
    if isinstance(node, exp.Cast) and node.to.is_type(exp.DataType.Type.JSON):
        # Spark has no JSON type: JSON travels as text, which is what from_json reads.
        return exp.Cast(this=node.this, to=exp.DataType.build("STRING"))
    if isinstance(node, exp.TimeToUnix):  # epoch(ts): seconds with their fraction
        return exp.Div(
            this=_micros(node.this),
            expression=exp.Cast(this=exp.Literal.number("1000000.0"), to=exp.DataType.build("DOUBLE")),
        )
    if isinstance(node, exp.Anonymous) and node.name.upper() == "EPOCH_US":
        return _micros(node.expressions[0])
    if isinstance(node, exp.Cast) and isinstance(node.this, exp.Literal) and node.this.is_string:
        value = node.this.name.strip().lower()
        if value in ("infinity", "-infinity") and node.to.is_type(*exp.DataType.TEMPORAL_TYPES):
            return cast(
                exp.Expression, sqlglot.parse_one(_TS_MAX if value == "infinity" else _TS_MIN, read="spark")
            )
    if isinstance(node, exp.DataType) and node.this in (exp.DataType.Type.UBIGINT, exp.DataType.Type.UINT):
        return exp.DataType.build("BIGINT")
    if (
        isinstance(node, exp.EQ)
        and isinstance(node.this, exp.Anonymous | exp.JSONType)
        and (node.this.name.upper() == "JSON_TYPE" or isinstance(node.this, exp.JSONType))
        and node.expression.name.upper() == "ARRAY"
    ):
        arg = node.this.this if isinstance(node.this, exp.JSONType) else node.this.expressions[0]
        return exp.Not(
            this=exp.Is(
                this=exp.Anonymous(this="JSON_ARRAY_LENGTH", expressions=[arg]), expression=exp.Null()
            )
        )
    if isinstance(node, exp.JSONExtract | exp.ParseJSON):
        return node
    if type(node).__name__ == "FromJson" or (
        isinstance(node, exp.Anonymous) and node.name.upper() == "FROM_JSON"
    ):
        args = [node.this, node.expression] if not isinstance(node, exp.Anonymous) else node.expressions
        schema = args[1]
        if isinstance(schema, exp.Literal) and schema.is_string:
            try:
                ddl = _spark_type(json.loads(schema.name))
            except (ValueError, KeyError, IndexError):
                return node
            return exp.Anonymous(this="FROM_JSON", expressions=[args[0], exp.Literal.string(ddl)])
    return node


def _posexplode(select: exp.Select) -> exp.Select:
    """``unnest(l) AS p, generate_subscripts(l, 1) AS i`` → ``posexplode(l) AS (i0, p)``, then ``i0 + 1 AS i``."""
    items = select.expressions
    explode = next(
        (a for a in items if isinstance(a, exp.Alias) and isinstance(a.this, exp.Explode | exp.Unnest)), None
    )
    subs = next(
        (
            a
            for a in items
            if isinstance(a, exp.Alias)
            and isinstance(a.this, exp.Anonymous)
            and a.this.name.upper() == "GENERATE_SUBSCRIPTS"
        ),
        None,
    )
    if explode is None or subs is None:
        return select
    target = explode.this.this if isinstance(explode.this, exp.Explode) else explode.this.expressions[0]
    idx, val = subs.alias, explode.alias
    rest = [a for a in items if a is not explode and a is not subs]
    inner = select.copy()
    inner.set(
        "expressions",
        [
            *(a.copy() for a in rest),
            exp.Alias(
                this=exp.Anonymous(this="POSEXPLODE", expressions=[target.copy()]),
                alias=exp.Tuple(expressions=[exp.to_identifier(f"{idx}__0"), exp.to_identifier(val)]),
            ),
        ],
    )
    outer_cols = [exp.column(a.alias_or_name) for a in rest]
    outer = exp.select(
        *outer_cols,
        exp.column(val),
        exp.Alias(
            this=exp.Add(this=exp.column(f"{idx}__0"), expression=exp.Literal.number(1)),
            alias=exp.to_identifier(idx),
        ),
    ).from_(exp.Subquery(this=inner, alias=exp.TableAlias(this=exp.to_identifier("__posexplode"))))
    return outer


@cache
def to_spark(sql: str) -> str:
    """DuckDB SQL as Spark SQL (see the module text for what is rewritten)."""
    tree = sqlglot.parse_one(sql, read="duckdb")
    tree = tree.transform(_rewrite)
    # A second pass: the posexplode rewrite copies a whole SELECT, which the first pass must have finished.
    tree = tree.transform(lambda n: _posexplode(n) if isinstance(n, exp.Select) else n)
    return tree.sql(dialect="spark")


def _strip_accents_udf(spark: SparkSession) -> None:
    import unicodedata

    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    def strip_accents(s: pd.Series) -> pd.Series:
        return s.map(
            lambda v: "".join(c for c in unicodedata.normalize("NFD", v) if unicodedata.category(c) != "Mn"),
            na_action="ignore",
        )

    # pandas_udf reads the hints as types; this module's postponed annotations are strings.
    strip_accents.__annotations__ = {"s": pd.Series, "return": pd.Series}
    spark.udf.register("strip_accents", pandas_udf(strip_accents, "string"))  # type: ignore[call-overload]


def local_session(*, cores: int = 2, memory: str = "4g") -> SparkSession:
    """A local Spark session in UTC (the store's time zone), for tests and a single machine."""
    import os
    import sys

    from pyspark.sql import SparkSession

    # Python workers (the accent-stripping function) must run this interpreter, which has pandas.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("lureguard")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", memory)
        .config("spark.sql.shuffle.partitions", str(max(2, cores * 2)))
        .getOrCreate()
    )


def materialised(df: DataFrame) -> DataFrame:
    """The rows computed now and held by the executors, with no query plan left to run again.

    Why not ``cache()``: Spark (4.0, 4.1) does not use cached data for a view read inside a
    WITH clause (CTE ids are not canonicalised when the cache is looked up; SPARK-46741,
    SPARK-51068), and most signal queries are WITH clauses. With ``cache()`` each signal
    re-ran its inputs from the Parquet files, the lure detector's Python function included.
    A local checkpoint is a plain scan of stored rows, which no lookup can miss. Like a cache,
    it lives on the executors: an executor lost mid-scan fails the job rather than recomputing.
    """
    try:
        stored = df._jdf.queryExecution().analyzed().getClass().getSimpleName() == "LogicalRDD"
    except AttributeError:  # a Spark Connect DataFrame has no JVM handle: checkpoint it anyway
        stored = False
    if stored:
        return df  # already stored rows (a checkpoint): nothing to run again
    return df.localCheckpoint(eager=True)


def _register(spark: SparkSession, tables: Mapping[str, DataFrame], *, walk: bool = True) -> None:
    """Inputs, the shared relations and (``walk``) the conversation walk as views, each computed once."""
    for name in INPUT_TABLES:
        if name not in tables:
            raise ValueError(
                f"Spark input {name!r} is missing: give a DataFrame for each of {', '.join(INPUT_TABLES)}"
            )
        # Computed once: the signals read each input several times, and an input may itself be a
        # query (spark_store_tables' shaping, the scored messages) that Spark would otherwise run again.
        materialised(tables[name]).createOrReplaceTempView(name)
    _strip_accents_udf(spark)
    for name, sql in VIEWS.items():  # dependency order; computed once, as the DuckDB scan materialises them
        materialised(spark.sql(to_spark(sql))).createOrReplaceTempView(name)
    spark.sql(to_spark(ACTORS_SQL)).createOrReplaceTempView("actors")
    if walk:  # the signals read it; the campaign evidence does not
        # The conversation walk, folded instead of recursed (see chain_states_fold), computed once.
        materialised(spark.sql(chain_states_fold())).createOrReplaceTempView("_chain_states")


def _signal_sql(sql: str) -> str:
    """A signal's DuckDB text for Spark, reading the folded walk where DuckDB recurses."""
    from lureguard.threads import chain_states_sql

    return to_spark(sql.replace(chain_states_sql(), "SELECT * FROM _chain_states"))


def spark_signal_scores(
    spark: SparkSession,
    tables: Mapping[str, DataFrame],
    signals: Sequence[Signal],
) -> tuple[DataFrame, dict[str, DataFrame]]:
    """The wide score table (``account_id`` and one clipped score per signal) and each signal's own rows.

    Each signal's rows are computed here, once, and held: the wide table reads them, and so
    do the reported accounts' reasons later (``spark_findings.spark_account_rows``), which
    otherwise ran all the signals again (176 s against 145 s for the signals at scale 1).
    """
    _register(spark, tables)
    per_signal: dict[str, DataFrame] = {}
    for sig in signals:
        df = materialised(spark.sql(_signal_sql(sig.query())))
        df.createOrReplaceTempView(f"sig_{_ident(sig.name)}")
        per_signal[sig.name] = df
    return spark.sql(to_spark(wide_sql(signals))), per_signal


def spark_replay(
    spark: SparkSession,
    tables: Mapping[str, DataFrame],
    signals: Sequence[Signal],
    model: Any = None,
    *,
    step: str = "1 day",
    corroborate: bool = False,
) -> DataFrame:
    """Early warning on Spark: each account's first alert on its own point-in-time risk.

    The replay of ``watch.replay`` with the same signal SQL: every signal's ``query_asof``
    rows, thinned to each (account, ``step`` bucket)'s last change; evaluation points at
    each actor's first event and its last change per bucket; each signal's latest score
    carried forward by one window sort per account; the model beside the data
    (``mapInPandas``); the first point at or above the alert level is the alert. Accounts
    whose per-signal maxima cannot reach the level are left out before the model runs
    (exact for the monotone models, as on DuckDB). Columns: ``account_id, at, risk``.

    ``corroborate``: also the alerts two suspicious accounts earn together by sharing a
    face, a script or an employer with no staff (``lureguard.corroborate``). Only accounts
    that ever pass the corroboration level take part, a few in a thousand, so their
    timelines come to the driver with what the links read about them (their profiles, their
    employers' claimants, those people's connections, and every long text whose skeleton
    one of them sent), into a small DuckDB store where ``watch.timeline_alerts`` judges
    them as the DuckDB replay does. Adds ``corroborated_by`` and ``fingerprint`` (null for
    an account's own alert); ``at`` is then ISO text, as in ``alerts.jsonl``.
    """
    import numpy as np

    from lureguard.model import load_model
    from lureguard.watch import _MONOTONE, _asof_source, alert_level, corroborate_levels

    mdl = model or load_model()
    level = alert_level(mdl)
    levels = corroborate_levels(mdl) if corroborate else {}
    flag = min([level, *levels.values()])
    names = tuple(_ident(s.name) for s in signals)
    step_us = _step_micros(spark, step)
    _register(spark, tables)
    end = "(SELECT max(ts) FROM interactions)"
    materialised(
        spark.sql("SELECT src AS account_id, min(ts) AS t0 FROM interactions GROUP BY src")
    ).createOrReplaceTempView("_start")
    parts = []
    for k, sig in enumerate(signals):
        # Rows past the data's end (a grace period still running) are never evaluated; within a
        # bucket only a signal's last row can be read at the bucket's evaluation point.
        parts.append(
            f"""
            SELECT account_id, max(t) AS t, {k} AS k, max_by(score, t) AS score FROM (
                SELECT s.account_id, s.t, s.score FROM ({_signal_sql(_asof_source(sig))}) s
                LEFT SEMI JOIN _start st ON st.account_id = s.account_id
                WHERE s.t <= {end}
            ) GROUP BY account_id, unix_micros(t) div {step_us}"""
        )
    materialised(spark.sql(" UNION ALL ".join(parts))).createOrReplaceTempView("_sig")
    carried = ", ".join(
        f"coalesce(last(CASE WHEN k = {k} THEN score END, true) OVER w, {float(sig.default_score)!r}) AS c{k}"
        for k, sig in enumerate(signals)
    )
    points = materialised(
        spark.sql(
            f"""
            WITH pts AS (
                SELECT account_id, max(t) AS t FROM (
                    SELECT account_id, t0 AS t FROM _start
                    UNION ALL
                    SELECT s.account_id, s.t FROM _sig s JOIN _start st ON st.account_id = s.account_id
                    WHERE s.t >= st.t0
                ) GROUP BY account_id, unix_micros(t) div {step_us}
            ),
            rows_ AS (
                SELECT account_id, t, 0 AS mark, k, score FROM _sig
                UNION ALL SELECT account_id, t, 1 AS mark, CAST(NULL AS INT) AS k, CAST(NULL AS DOUBLE) AS score
                FROM pts
            )
            SELECT account_id, t, {", ".join(f"c{k}" for k in range(len(signals)))} FROM (
                SELECT account_id, t, mark, {carried} FROM rows_
                WINDOW w AS (PARTITION BY account_id ORDER BY t, mark
                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
            ) WHERE mark = 1
            """
        )
    )
    cols = [f"c{k}" for k in range(len(signals))]

    def risk_of(frame: Any) -> Any:
        mat = np.clip(np.nan_to_num(frame[cols].to_numpy(float)), 0.0, 1.0)
        return np.clip(np.nan_to_num(mdl.predict(names, mat)), 0.0, 1.0)

    if isinstance(mdl, _MONOTONE) and signals:
        # An account whose per-signal maxima stay under the level can never reach it at one point.
        points.createOrReplaceTempView("_points")
        bound = spark.sql(
            f"SELECT account_id, {', '.join(f'max({c}) AS {c}' for c in cols)} FROM _points GROUP BY account_id"
        )
        can = _with_risk(bound, risk_of).filter(f"risk >= {flag!r}").select("account_id")
        points = points.join(can, "account_id", "left_semi")
    _with_risk(points, risk_of, keep_time=True).createOrReplaceTempView("_risk")
    if corroborate:
        return _corroborated_replay(spark, level, levels, flag)
    return spark.sql(
        f"""
        SELECT account_id, min(t) AS at, min_by(risk, t) AS risk FROM _risk
        WHERE risk >= {level!r} GROUP BY account_id
        """
    )


def _corroborated_replay(
    spark: SparkSession, level: float, levels: dict[str, float], flag: float
) -> DataFrame:
    """``spark_replay``'s alerts with corroboration: the few suspicious accounts judged on the driver."""
    import pandas as pd

    from lureguard.corroborate import Timeline
    from lureguard.store import connect
    from lureguard.watch import timeline_alerts

    rows = (
        spark.sql(
            f"""
            SELECT r.account_id, r.t, r.risk FROM _risk r
            LEFT SEMI JOIN (SELECT DISTINCT account_id FROM _risk WHERE risk >= {flag!r}) k
              ON k.account_id = r.account_id
            ORDER BY r.account_id, r.t
            """
        )
        .toArrow()
        .to_pandas()
    )
    rows["t"] = pd.to_datetime(rows["t"], utc=True).dt.tz_localize(None)
    parts = list(rows.groupby("account_id", sort=True))
    times = [g["t"].to_numpy().astype("datetime64[us]") for _, g in parts]
    risk = [g["risk"].to_numpy(float) for _, g in parts]
    tl = Timeline(tuple(str(a) for a, _ in parts), tuple(times), tuple(r >= flag for r in risk), tuple(risk))
    con = connect(None)
    try:
        _fingerprint_slice(spark, con, list(tl.ids))
        alerts = timeline_alerts(tl, level, con, levels)
    finally:
        con.close()
    schema = "account_id STRING, at STRING, risk DOUBLE, corroborated_by STRING, fingerprint STRING"
    return spark.createDataFrame(
        [
            (r["account_id"], r["at"], float(r["risk"]), r.get("corroborated_by"), r.get("fingerprint"))
            for r in alerts
        ],
        schema,
    )


def _fingerprint_slice(spark: SparkSession, con: Any, ids: list[str]) -> None:
    """Into the local store ``con``: what ``corroborate.fingerprint_links`` reads about ``ids``.

    Their profiles and those of every claimant of an employer one of them claims (who the
    staff are); the connections of those people among themselves and of ``ids`` to anyone
    (a tie to the staff, a network in view); every long invitation or message whose
    skeleton (``campaigns._evidence.script_skeleton``) one of ``ids`` sent, whoever sent it
    (a script the ordinary accounts also send is boilerplate).
    """
    from lureguard.campaigns._evidence import script_skeleton, sponsored
    from lureguard.corroborate import SCRIPT_MIN_CHARS

    spark.createDataFrame([(a,) for a in ids], "account_id STRING").createOrReplaceTempView("_flag")
    materialised(
        spark.sql(
            """
            SELECT account_id FROM _flag
            UNION
            SELECT e.account_id FROM current_employers e LEFT SEMI JOIN (
                SELECT c.emp_key FROM current_employers c LEFT SEMI JOIN _flag f ON f.account_id = c.account_id
            ) k ON k.emp_key = e.emp_key
            """
        )
    ).createOrReplaceTempView("_people")
    texts = to_spark(
        f"""
        SELECT i.*, {script_skeleton("i.text")} AS sk FROM interactions i
        WHERE i.type IN ('invitation', 'message') AND length(i.text) >= {int(SCRIPT_MIN_CHARS)}
          AND NOT {sponsored("i.raw")}
        """
    )
    slices = {
        "accounts": "SELECT a.* FROM accounts a LEFT SEMI JOIN _people p ON p.account_id = a.id",
        "interactions": f"""
            SELECT i.* FROM interactions i
            WHERE i.type = 'connection' AND (
                i.src IN (SELECT account_id FROM _flag) OR i.dst IN (SELECT account_id FROM _flag)
                OR (i.src IN (SELECT account_id FROM _people) AND i.dst IN (SELECT account_id FROM _people)))
            UNION ALL
            SELECT * EXCEPT (sk) FROM ({texts}) t
            WHERE t.sk IN (SELECT x.sk FROM ({texts}) x LEFT SEMI JOIN _flag f ON f.account_id = x.src)
            """,
    }
    for table, sql in slices.items():
        con.register("_slice", spark.sql(sql).toArrow())
        try:
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _slice")
        finally:
            con.unregister("_slice")


def _with_risk(df: DataFrame, risk_of: Any, *, keep_time: bool = False) -> DataFrame:
    """``account_id`` (and ``t``) with the model's risk, computed beside the data."""

    def score(batches: Any) -> Any:
        import pandas as pd

        for frame in batches:
            out = {"account_id": frame["account_id"]}
            if keep_time:
                out["t"] = frame["t"]
            out["risk"] = risk_of(frame)
            yield pd.DataFrame(out)

    schema = "account_id STRING, " + ("t TIMESTAMP, " if keep_time else "") + "risk DOUBLE"
    return df.mapInPandas(score, schema)


def _step_micros(spark: SparkSession, step: str) -> int:
    """Microseconds in a replay ``step`` such as '1 day' or '6 hours', read by Spark's interval parser."""
    if not step or not step.replace(" ", "").isalnum():
        raise ValueError(f"step {step!r}: give an interval such as '1 day' or '6 hours'")
    row = spark.sql(
        f"SELECT unix_micros(TIMESTAMP '2000-01-01 00:00:00' + INTERVAL '{step}') - 946684800000000"
    ).first()
    if row is None or not row[0] or row[0] <= 0:
        raise ValueError(f"step {step!r}: give an interval such as '1 day' or '6 hours'")
    return int(row[0])


#: What the lure detector gives each distinct text, as a Spark type (``stages.prepare_messages``' columns).
TEXT_SCORE_TYPE = (
    "lure_score DOUBLE, categories ARRAY<STRING>, language STRING, "
    "phrases ARRAY<STRUCT<category: STRING, text: STRING>>, sponsored BOOLEAN"
)


def _analyze_udf(with_model: bool = False) -> Any:
    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    def analyze_texts(texts: pd.Series) -> pd.DataFrame:
        from lureguard.lure import analyze
        from lureguard.lure.textmodel import default_model

        plain = texts.tolist()
        results = analyze(plain, workers=1)  # Spark spreads the batches; no forking inside
        out = pd.DataFrame(
            {
                "lure_score": [r.lure_score for r in results],
                "categories": [list(r.categories) for r in results],
                "language": [r.language for r in results],
                "phrases": [
                    [{"category": p.category, "text": p.text} for p in r.phrases[:8]] for r in results
                ],
                "sponsored": [r.sponsored for r in results],
            }
        )
        if with_model:
            # as ``stages.prepare_messages``: a Sponsored InMail's reading is halved, as the lexicons' is
            model = default_model().score(plain, workers=1)
            model[[r.sponsored for r in results]] *= 0.5
            out["model_score"] = model
        return out

    analyze_texts.__annotations__ = {"texts": pd.Series, "return": pd.DataFrame}
    kind = TEXT_SCORE_TYPE + (", model_score DOUBLE" if with_model else "")
    return pandas_udf(analyze_texts, kind)  # type: ignore[call-overload]


def spark_message_scores(
    spark: SparkSession, interactions: DataFrame, *, with_model: bool = False
) -> DataFrame:
    """``message_scores`` from the events, as ``stages.prepare_messages`` fills it, on Spark.

    The same SQL picks the texts (each distinct text once; a reply scored without the
    lines it quotes) and joins the results back; the words go through the lure detector
    in a vectorised Python function, one Arrow batch at a time. ``with_model`` adds the
    text model's ``model_score`` (the store's ``message_model_scores``) from the same pass:
    split it off before the signals read the table, as they read the lexicons' score only.
    """
    from lureguard.stages import _OWN_WORDS, _TEXT_ROWS

    interactions.createOrReplaceTempView("interactions")
    spark.sql(to_spark(f"SELECT * FROM ({_OWN_WORDS}) WHERE own <> ''")).createOrReplaceTempView("_own_words")
    texts = spark.sql(
        to_spark(f"SELECT DISTINCT text FROM (SELECT text {_TEXT_ROWS} UNION ALL SELECT own FROM _own_words)")
    )
    scored = texts.select("text", _analyze_udf(with_model)("text").alias("r")).select("text", "r.*")
    scored.createOrReplaceTempView("_text_scores")
    return spark.sql(
        to_spark(
            f"""
            SELECT i.id AS interaction_id, t.lure_score, t.categories, t.language,
                   to_json(t.phrases) AS phrases, t.sponsored{", t.model_score" if with_model else ""}
            FROM (
                SELECT r.id, coalesce(o.own, r.text) AS text
                FROM (SELECT id, text {_TEXT_ROWS}) r LEFT JOIN _own_words o USING (id)
            ) i JOIN _text_scores t ON t.text = i.text
            """
        )
    )


def spark_message_context(
    spark: SparkSession,
    interactions: DataFrame,
    message_scores: DataFrame,
    risk: DataFrame,
    model_scores: DataFrame | None = None,
) -> DataFrame:
    """Each message judged in context, as ``stages.contextualise_messages`` judges it: one SQL text.

    ``risk`` holds ``account_id, risk``: the risk that weighs a sender. The DuckDB scan uses
    the risk after the campaign step's lift, which runs on one machine; ``spark_risk``'s,
    before the lift, is what Spark alone gives. ``model_scores`` (``interaction_id,
    model_score``, from ``spark_message_scores(..., with_model=True)``) makes the words'
    score the mean of the lexicons and the text model, as in ``messages.jsonl``; without it
    the lexicons' alone, as in a store made before the model. Rows: ``interaction_id,
    text_score, sender_risk, lure_score``.
    """
    from lureguard.stages import message_context_sql

    interactions.createOrReplaceTempView("interactions")
    message_scores.createOrReplaceTempView("message_scores")
    risk.select("account_id", "risk").createOrReplaceTempView("account_scores")
    if model_scores is not None:
        model_scores.select("interaction_id", "model_score").createOrReplaceTempView("message_model_scores")
    return spark.sql(to_spark(message_context_sql(with_model=model_scores is not None)))


def spark_message_threads(
    spark: SparkSession,
    interactions: DataFrame,
    message_scores: DataFrame,
    context: DataFrame | None = None,
) -> DataFrame:
    """Each message's conversation escalation so far, as ``threads.thread_escalation`` stores it.

    The walk along the lure path is the folded one (``chain_states_fold``, held as a
    checkpoint: the query reads it twice); the rest is ``threads.thread_select_sql``, the
    text DuckDB runs. ``context`` (``spark_message_context``'s rows) makes a thread's base
    the contextual score, as in a scan; without it, the lexicons' score. Rows:
    ``interaction_id, thread_steps, thread_stages, thread_score``.
    """
    from lureguard.threads import thread_select_sql

    interactions.createOrReplaceTempView("interactions")
    message_scores.createOrReplaceTempView("message_scores")
    materialised(spark.sql(chain_states_fold())).createOrReplaceTempView("_chain_states")
    if context is not None:
        context.select("interaction_id", "lure_score").createOrReplaceTempView("message_context")
    states = "SELECT conv, src, ts, chain FROM _chain_states"
    return spark.sql(to_spark(thread_select_sql(context is not None, states)))


def spark_risk(wide: DataFrame, model: Any = None) -> DataFrame:
    """Each account's risk and flag from the score table, computed beside the data (``mapInPandas``).

    This is the account model's risk before the campaign step lifts it (``stages.lift_by_campaign``),
    which reads only the accounts that look suspicious and runs on one machine.
    """
    import numpy as np

    from lureguard.model import load_model, predict_explained

    mdl = model or load_model()
    names = tuple(c for c in wide.columns if c != "account_id")

    def score(batches: Any) -> Any:
        import pandas as pd

        for df in batches:
            risk, _ = predict_explained(mdl, names, df[list(names)].to_numpy(float))
            risk = np.clip(risk, 0.0, 1.0)
            yield pd.DataFrame(
                {"account_id": df["account_id"], "risk": risk, "flagged": risk >= mdl.threshold}
            )

    return wide.mapInPandas(score, "account_id STRING, risk DOUBLE, flagged BOOLEAN")


def spark_store_tables(
    spark: SparkSession, dataset: Path | str, *, photos: bool = True
) -> dict[str, DataFrame]:
    """The store's input tables from a dataset folder (JSON Lines or Parquet files), shaped on Spark.

    The same SQL the DuckDB ingest runs is translated and run on Spark over the file: for a
    Parquet file the SELECT it builds from the file's columns (``ingest._parquet_select``:
    blank strings as not observed, partial dates widened, the photo's fields, lists as JSON;
    DuckDB only reads the schema from the footer), for JSON Lines its expressions over each
    record's JSON (``ingest._JSON_COLUMNS``), each line read as text. Unlike ``lureguard
    ingest``, nothing is validated here: at a platform the tables are the platform's own.
    ``photo_features`` holds each account's profile image analysed on the executors
    (``spark_photo_features``, files under the dataset folder, as ``lureguard scan`` reads
    them; ``photos=False`` leaves it empty); a dataset without a members file gets an empty
    ``members``.
    """
    from lureguard import ingest as _ingest
    from lureguard.store import connect

    folder = Path(dataset)
    files = _ingest.dataset_files(folder)
    con = connect(None)
    try:
        out: dict[str, DataFrame] = {}
        for table in ("accounts", "interactions", "members", "photo_features"):
            described = con.execute(f"DESCRIBE {table}").fetchall()
            stored = tuple(str(r[0]) for r in described)
            path = files.get(table)
            if table == "photo_features" or path is None:
                if table in ("accounts", "interactions"):
                    raise FileNotFoundError(f"{folder / table}.jsonl (or .parquet): required for a scan")
                types = ", ".join(
                    f"`{r[0]}` {_DUCK_TO_SPARK_TYPES.get(str(r[1]), 'STRING')}" for r in described
                )
                out[table] = spark.createDataFrame([], types)
                continue
            if path.suffix.lower() == ".parquet":
                src = _ingest._Source(table, path, path.name)
                select = _ingest._parquet_select(table, _ingest._parquet_columns(con, src), path, stored)
                out[table] = spark.sql(to_spark(select)).drop("k")
            else:
                out[table] = _json_lines_table(spark, table, path, stored)
        if photos:
            out["photo_features"] = spark_photo_features(spark, out["accounts"], folder)
        return out
    finally:
        con.close()


#: Distinct image paths per Spark task: decoding is the slow part, so spread it over every core.
PHOTO_PATHS_PER_TASK = 2_000


def spark_photo_features(spark: SparkSession, accounts: DataFrame, root: Path | str) -> DataFrame:
    """``photo_features`` from each account's ``photo_path`` under ``root``, analysed on the executors.

    The rows ``lureguard.photos.analyse_photos`` writes into a new store: each distinct path
    read and analysed once, by the same guarded function (a path leaving ``root``, a missing
    or hostile file, an image bigger than the caps: a score-0 row saying why, never an error),
    then one row per account that names a path. ``root`` must be readable where the
    executors run (a shared or mounted folder): images are too many to pass through the
    driver. Computed now and held (``materialised``): decoding images is the one step here
    worth never running twice.
    """
    from pyspark.sql import functions as F

    folder = str(Path(root).resolve())
    named = accounts.where(F.col("photo_path").isNotNull()).select(
        F.col("id").alias("account_id"), "photo_path"
    )
    paths = named.select("photo_path").distinct()
    tasks = max(spark.sparkContext.defaultParallelism, -(-paths.count() // PHOTO_PATHS_PER_TASK))

    def analyse(batches: Any) -> Any:
        import cv2
        import pandas as pd

        from lureguard.photos import analyse_photo_guarded

        # Spark already runs one task per core: OpenCV's own threads would only contend with them
        cv2.setNumThreads(1)
        for df in batches:
            feats = [analyse_photo_guarded(Path(folder), str(rel)) for rel in df["photo_path"]]
            yield pd.DataFrame(
                {
                    "photo_path": df["photo_path"],
                    "eye_offset": pd.array([f.eye_offset for f in feats], dtype="Float64"),
                    "face_found": [f.face_found for f in feats],
                    "synthetic_score": [float(f.synthetic_score) for f in feats],
                    "detail": [f.detail for f in feats],
                }
            )

    feats = paths.repartition(tasks).mapInPandas(
        analyse,
        "photo_path STRING, eye_offset DOUBLE, face_found BOOLEAN, synthetic_score DOUBLE, detail STRING",
    )
    rows = named.join(feats, "photo_path").select(
        "account_id", "eye_offset", "face_found", "synthetic_score", "detail"
    )
    return materialised(rows)


def spark_validate(spark: SparkSession, dataset: Path | str) -> dict[str, int]:
    """Hold a dataset folder to the contract as ``lureguard ingest`` does; records per file.

    Raises the ingest's own ``DatasetError``, naming the file, the row (line) and the field of
    the first broken record. A Parquet file is checked on Spark by the ingest's own rules
    (``ingest.parquet_row_checks``, translated; a row is ``_metadata.row_index`` + 1, as
    DuckDB's ``file_row_number`` + 1): its schema first from the footer, then every row's
    required fields, timestamps and listed values, then duplicate ids, then whether every
    account an interaction or member names is in the accounts file. Why on Spark: a
    platform's files are too big for one machine, and a bad record found after hours of
    scoring costs the run. A JSON Lines file (an organisation's export, small) is checked
    by the ingest itself on the driver, where lines are numbered.
    """
    from pyspark.sql import functions as F

    from lureguard import ingest as _ingest
    from lureguard.store import connect

    folder = Path(dataset)
    if not folder.is_dir():
        raise _ingest.DatasetError(
            str(folder),
            None,
            None,
            "Spark reads a dataset folder; unpack an archive first (lureguard ingest reads .zip)",
        )
    files = _ingest.required_files(folder)
    sources = {
        stem: _ingest._Source(stem, path, str(path))
        for stem, path in files.items()
        if stem in ("accounts", "interactions", "members")
    }
    con = connect(None)
    try:
        counts = {
            stem: _spark_parquet_rows(spark, con, src, stem)
            if src.is_parquet
            else _ingest._first_error(con, src, stem)
            for stem, src in sources.items()
        }
        acc = sources["accounts"]
        if acc.is_parquet:
            known = spark.read.parquet(str(acc.path)).select(F.expr("nullif(trim(id), '')").alias("id"))
        else:
            known = spark.read.text(str(acc.path)).select(
                F.get_json_object(F.regexp_replace("value", "^\ufeff", ""), "$.id").alias("id")
            )
        known = known.where(F.col("id").isNotNull()).distinct()
        for stem, fields in (("interactions", ("from", "to")), ("members", ("account_id",))):
            src = sources.get(stem)
            if src is None:
                continue
            if src.is_parquet:
                _spark_parquet_references(spark, src, fields, known)
                continue
            # A JSON Lines file is located by the ingest, against the accounts read on Spark.
            con.register("_spark_known", known.toArrow())
            try:
                _ingest._check_references(con, src, stem, fields, "_spark_known")
            finally:
                con.unregister("_spark_known")
        return counts
    finally:
        con.close()


def _parquet_with_rows(spark: SparkSession, path: Path) -> DataFrame:
    """A Parquet file with each row's 1-based number in the file (``_lg_row``)."""
    from pyspark.sql import functions as F

    return spark.read.parquet(str(path)).select("*", (F.col("_metadata.row_index") + 1).alias("_lg_row"))


def _spark_parquet_rows(spark: SparkSession, con: Any, src: Any, table: str) -> int:
    """The ingest's Parquet checks (``ingest._parquet_validate``) run on Spark; the file's row count."""
    from lureguard import ingest as _ingest

    case = _ingest.parquet_row_checks(src, table, _ingest._parquet_columns(con, src))
    key = _ingest._col(_ingest._RULES[table][0][0])
    view = f"_validate_{_ident(table)}"
    _parquet_with_rows(spark, src.path).createOrReplaceTempView(view)
    rows = spark.sql(to_spark(f"SELECT _lg_row AS n, {case} AS err, {key} AS k FROM {view}"))
    stats = rows.selectExpr("count(*)", "count_if(err IS NOT NULL)", "count(DISTINCT k)", "count(k)").first()
    assert stats is not None
    total, bad, distinct_keys, keys = (int(x) for x in stats)
    if total == 0:
        raise _ingest.DatasetError(
            src.display, None, None, "the file is empty; a dataset file holds one record a row"
        )
    if bad:
        first = rows.where("err IS NOT NULL").orderBy("n").select("n", "err").first()
        raise _ingest._located(src, tuple(first) if first else None, " (line = row in the Parquet file)")
    if distinct_keys < keys:
        dup = spark.sql(
            f"SELECT n, k FROM (SELECT _lg_row AS n, {_quote_spark(_ingest._RULES[table][0][0])} AS k, "
            f"row_number() OVER (PARTITION BY {_quote_spark(_ingest._RULES[table][0][0])} ORDER BY _lg_row) "
            f"AS seen FROM {view}) WHERE seen = 2 ORDER BY n LIMIT 1"
        ).first()
        assert dup is not None
        raise _ingest.DatasetError(
            src.display,
            int(dup[0]),
            _ingest._RULES[table][0][0],
            f"duplicate id {dup[1]!r}; ids must be unique",
        )
    return total


def _spark_parquet_references(
    spark: SparkSession, src: Any, fields: tuple[str, ...], known: DataFrame
) -> None:
    """The first row of a Parquet file naming an account the accounts file lacks, as the ingest words it."""
    from pyspark.sql import functions as F

    from lureguard import ingest as _ingest

    rows = _parquet_with_rows(spark, src.path)
    for name in fields:
        missing = (
            rows.select("_lg_row", F.col(_quote_spark(name)).alias("ref"))
            .join(known, F.col("ref") == known["id"], "left_anti")
            .orderBy("_lg_row")
            .first()
        )
        if missing is not None:
            raise _ingest.DatasetError(
                src.display,
                int(missing[0]),
                name,
                f"names unknown account {missing[1]!r}; add it to accounts",
            )


def _quote_spark(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _json_lines_table(spark: SparkSession, table: str, path: Path, stored: tuple[str, ...]) -> DataFrame:
    """One JSON Lines file as a store table: each non-blank line a record, the ingest's expressions over it."""
    from pyspark.sql import functions as F

    from lureguard import ingest as _ingest

    exprs = _ingest._JSON_COLUMNS[table]
    if len(exprs) != len(stored):  # pragma: no cover - a schema change without its expressions
        raise RuntimeError(f"{table}: {len(exprs)} JSON expressions for {len(stored)} store columns")
    lines = (
        spark.read.text(str(path))
        .select(
            F.regexp_replace("value", "^\ufeff", "").alias("j")
        )  # a byte-order mark, as the ingest strips it
        .where(F.trim("j") != "")
    )
    view = f"_lines_{_ident(table)}"
    lines.createOrReplaceTempView(view)
    cols = ", ".join(f'{e} AS "{c}"' for e, c in zip(exprs, stored, strict=True))
    return spark.sql(to_spark(f"SELECT {cols} FROM {view}"))


def _spark_expr(duck_sql: str) -> str:
    return cast(exp.Expression, sqlglot.parse_one(duck_sql, read="duckdb")).transform(_rewrite).sql("spark")


def chain_states_fold() -> str:
    """Spark text of ``threads.chain_states_sql``: each conversation's steps folded over an array.

    DuckDB walks a conversation with a recursive CTE; Spark runs one of those as a job per
    step, which took most of its time on the signals (docs/spark.md). The walk is the same
    here, message by message in ``rn`` order with the same step rule (``threads._step``),
    as an ``aggregate`` over each (conversation, sender)'s sorted steps; tests/test_spark.py
    holds its chains equal to the recursive ones. The fold keeps only the stage masks (the
    previous ones are the last element of the array it builds, which starts with an empty
    state); the chain, the longest of the masks, is picked after the fold, in compiled code,
    because Spark interprets a lambda's body and the picking expression is the larger one.
    """
    from lureguard.threads import STAGES, _first_max, _step, staged_sql

    n = len(STAGES)
    staged = to_spark(staged_sql())
    prev = [f"element_at(acc, -1).b{k}" for k in range(n)]
    new_b = [_spark_expr(f"CAST({e} AS BIGINT)") for e in _step(prev, "x.mask")]
    chain = _spark_expr(f"CAST({_first_max([f's.b{k}' for k in range(n)])} AS BIGINT)")
    fields = ", ".join(f"b{k}: BIGINT" for k in range(n))
    state_type = f"ARRAY<STRUCT<rn: INT, ts: TIMESTAMP, {fields}>>"
    start = ", ".join(f"'b{k}', CAST(0 AS BIGINT)" for k in range(n))
    step = ", ".join(f"'b{k}', {new_b[k]}" for k in range(n))
    return f"""
    WITH staged AS ({staged}),
    grouped AS (
        SELECT conv, src, array_sort(collect_list(struct(CAST(rn AS INT) AS rn, ts, mask))) AS steps
        FROM staged GROUP BY conv, src
    ),
    folded AS (
        SELECT conv, src, aggregate(
            steps,
            CAST(array(named_struct('rn', 0, 'ts', CAST(NULL AS TIMESTAMP), {start})) AS {state_type}),
            (acc, x) -> concat(acc, array(named_struct('rn', x.rn, 'ts', x.ts, {step})))
        ) AS states
        FROM grouped
    )
    SELECT conv, src, s.ts AS ts, max_by({chain}, s.rn) AS chain
    FROM folded LATERAL VIEW explode(states) e AS s
    WHERE s.rn > 0
    GROUP BY conv, src, s.ts
    """
