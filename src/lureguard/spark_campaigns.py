"""The campaign step on Apache Spark: the evidence where the events are, the grouping on the driver.

The evidence queries (``campaigns._evidence``) read global counts — how many people write to a
target, who else sends a script, an employer's other claimants, who is connected to whom — so
they run on Spark over the whole graph, the same DuckDB text translated by ``spark.to_spark``.
``SparkStatements`` gives them the one thing they need from a DuckDB connection: ``execute`` of
the statements they use (``CREATE TABLE … AS``, ``INSERT INTO``, ``DELETE … USING``, ``DROP``,
``SELECT``), each table a view over stored rows. What the evidence leaves is small — ties among
the suspicious accounts — and the grouping after it (Leiden, the cluster classifier, the lift,
the naming rules, the summaries) reads only those accounts, their profiles and what they sent.
That slice is copied into a DuckDB store on the driver, where ``campaigns.detect.group_campaigns``
runs unchanged. ``tests/test_spark.py`` requires the same campaigns and lifted risks as a DuckDB
scan's campaign step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import sqlglot
from sqlglot import exp

from lureguard import store
from lureguard.spark import _register, materialised, to_spark

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from lureguard.campaigns.detect import CampaignParams, CampaignResult

__all__ = ["SparkCampaigns", "SparkStatements", "spark_campaigns", "spark_exposure"]

#: DuckDB column types of the tables the evidence step declares, as Spark types.
_TYPES = {
    "VARCHAR": "STRING",
    "TEXT": "STRING",
    "DOUBLE": "DOUBLE",
    "BIGINT": "BIGINT",
    "INTEGER": "INT",
    "BOOLEAN": "BOOLEAN",
}


class SparkStatements:
    """The part of a DuckDB connection the campaign evidence uses, on a Spark session.

    Why not a DataFrame port of the evidence: the queries are the DuckDB scan's own text, so
    the two engines cannot drift apart; a statement form this class does not know is refused
    by name rather than run differently.
    """

    is_spark = True

    def __init__(self, spark: SparkSession) -> None:
        self.spark = spark
        self._last: DataFrame | None = None
        #: every view a statement or ``register`` made, so the caller can drop its scratch tables
        self.created: set[str] = set()

    # -- the connection's surface ------------------------------------------------------------

    def execute(self, sql: str, parameters: Any = None) -> SparkStatements:
        """Run each statement of ``sql`` in order; a query's rows wait for ``fetch*``."""
        if parameters:
            raise ValueError("SparkStatements.execute takes no parameters: the evidence SQL is literal")
        for stmt in sqlglot.parse(sql, read="duckdb"):
            if stmt is not None:
                self._last = self._run(stmt)
        return self

    def fetchone(self) -> tuple[Any, ...] | None:
        rows = _rows(self._result().limit(1))
        return rows[0] if rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return _rows(self._result())

    def to_arrow_table(self) -> Any:
        return self._result().toArrow()

    def register(self, name: str, table: Any) -> None:
        """A pyarrow table as a view (the campaign step registers its risk and labels so)."""
        self.spark.createDataFrame(
            table.to_pandas(), schema=_arrow_ddl(table.schema)
        ).createOrReplaceTempView(name)
        self.created.add(name)

    def unregister(self, name: str) -> None:
        self.spark.catalog.dropTempView(name)

    def has_table(self, name: str) -> bool:
        return bool(self.spark.catalog.tableExists(name))

    # -- statements ----------------------------------------------------------------------------

    def _result(self) -> DataFrame:
        if self._last is None:
            raise ValueError("no query has been run")
        return self._last

    def _query(self, node: Any) -> DataFrame:
        return self.spark.sql(to_spark(node.sql(dialect="duckdb")))

    def _store(self, name: str, df: DataFrame) -> None:
        materialised(df).createOrReplaceTempView(name)
        self.created.add(name)

    def _run(self, stmt: Any) -> DataFrame | None:
        if isinstance(stmt, exp.Query):
            return self._query(stmt)
        if isinstance(stmt, exp.Create) and str(stmt.args.get("kind", "")).upper() == "TABLE":
            self._create(stmt)
            return None
        if isinstance(stmt, exp.Insert):
            self._insert(stmt)
            return None
        if isinstance(stmt, exp.Delete):
            self._delete(stmt)
            return None
        if isinstance(stmt, exp.Drop) and str(stmt.args.get("kind", "")).upper() == "TABLE":
            for table in stmt.args.get("tables") or [stmt.this]:
                if self.has_table(table.name):
                    self.spark.catalog.dropTempView(table.name)
            return None
        raise ValueError(f"SparkStatements cannot run this statement: {stmt.sql(dialect='duckdb')[:120]}")

    def _create(self, stmt: exp.Create) -> None:
        target = stmt.this
        table = target.this if isinstance(target, exp.Schema) else target
        name = table.name
        if stmt.args.get("exists") and self.has_table(name):
            return
        if stmt.expression is not None:
            self._store(name, self._query(stmt.expression))
            return
        if not isinstance(target, exp.Schema):
            raise ValueError(f"CREATE TABLE {name} has neither columns nor a query")
        cols = []
        for col in target.expressions:
            kind = col.args["kind"].sql(dialect="duckdb").upper()
            if kind not in _TYPES:
                raise ValueError(f"CREATE TABLE {name}: column type {kind} is not mapped to Spark")
            cols.append(f"`{col.name}` {_TYPES[kind]}")
        self.spark.createDataFrame([], ", ".join(cols)).createOrReplaceTempView(name)
        self.created.add(name)

    def _insert(self, stmt: exp.Insert) -> None:
        from pyspark.sql import functions as F

        target = stmt.this
        table = target.this if isinstance(target, exp.Schema) else target
        name = table.name
        old = self.spark.table(name)
        new = self._query(stmt.expression)
        # DuckDB inserts by position, into the listed columns or all of them
        cols = [c.name for c in target.expressions] if isinstance(target, exp.Schema) else old.columns
        if len(new.columns) != len(cols):
            raise ValueError(f"INSERT INTO {name}: {len(new.columns)} values for {len(cols)} columns")
        new = new.toDF(*cols)
        types = dict(old.dtypes)
        new = new.select(
            [
                (F.col(c).cast(types[c]) if c in cols else F.lit(None).cast(types[c])).alias(c)
                for c in old.columns
            ]
        )
        self._store(name, old.unionByName(new))

    def _delete(self, stmt: exp.Delete) -> None:
        table = stmt.this
        name = table.name
        alias = table.alias_or_name
        where = stmt.args.get("where")
        using = stmt.args.get("using")
        cond = where.this if where is not None else exp.true()
        if using:
            # a row goes when some row of the USING relation meets the condition with it
            if len(using) != 1:
                raise ValueError(f"DELETE FROM {name} USING more than one relation is not supported")
            sql = (
                f"SELECT {alias}.* FROM {name} AS {alias} ANTI JOIN {using[0].sql(dialect='duckdb')} "
                f"ON {cond.sql(dialect='duckdb')}"
            )
        else:
            sql = f"SELECT {alias}.* FROM {name} AS {alias} WHERE NOT coalesce(({cond.sql(dialect='duckdb')}), false)"
        self._store(name, self.spark.sql(to_spark(sql)))


def _rows(df: DataFrame) -> list[tuple[Any, ...]]:
    """Rows as DuckDB's ``fetchall`` gives them: through Arrow, so times stay in UTC with their zone
    (``collect`` would hand back naive times in the Python process's local zone)."""
    table = df.toArrow()
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    return list(zip(*columns, strict=True)) if columns else []


def _arrow_ddl(schema: Any) -> str:
    """A Spark DDL schema for a pyarrow schema of strings, floats and integers."""
    import pyarrow as pa

    def spark_type(t: Any) -> str:
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            return "STRING"
        if pa.types.is_floating(t):
            return "DOUBLE"
        if pa.types.is_integer(t):
            return "BIGINT"
        if pa.types.is_boolean(t):
            return "BOOLEAN"
        raise ValueError(f"no Spark type for arrow type {t}")

    return ", ".join(f"`{f.name}` {spark_type(f.type)}" for f in schema)


@dataclass(frozen=True)
class SparkCampaigns:
    """The campaign step's result: the contract's rows and the risks it lifted, as a DataFrame."""

    result: CampaignResult
    #: ``account_id, risk, lifted_risk, campaign`` for every account the risk table holds
    scores: DataFrame
    #: ``analyst_effect``'s rows (account, the verdict that moved it, risk before, after): the
    #: first reason of each such account (``spark_findings.spark_account_rows``)
    analyst_effect: tuple[tuple[str, str, float, float], ...] = ()


def spark_campaigns(
    spark: SparkSession,
    tables: Mapping[str, DataFrame],
    risk: DataFrame,
    *,
    threshold: float | None = None,
    labels: Mapping[str, str] | None = None,
    params: CampaignParams | None = None,
    progress: Callable[[str], None] | None = None,
) -> SparkCampaigns:
    """``campaigns.jsonl``'s rows from a platform's tables and ``risk`` (``account_id``, ``risk``, as ``spark_risk``).

    ``threshold`` is the flag point (the shipped model's when not given). ``tables`` are the inputs
    ``spark_signal_scores`` takes, the scored messages among them.
    """
    import pyarrow as pa

    from lureguard.campaigns.detect import CampaignParams, gather_evidence, group_campaigns
    from lureguard.model import load_model

    p = params or CampaignParams()
    flag_at = float(threshold if threshold is not None else load_model().threshold)
    labels = dict(labels or {})
    _register(spark, tables, walk=False)
    for t in spark.catalog.listTables():  # a cache built from an earlier run's tables
        if t.isTemporary and t.name.startswith(store.CACHE_PREFIX):
            spark.catalog.dropTempView(t.name)
    held = materialised(risk.select("account_id", "risk"))  # the model runs once, not per read
    held.createOrReplaceTempView("_risk")
    con = SparkStatements(spark)
    con.register(
        "_lab",
        pa.table(
            {
                "account_id": pa.array(list(labels), pa.string()),
                "label": pa.array(list(labels.values()), pa.string()),
            }
        ),
    )
    local = store.connect(None)
    try:
        gather_evidence(con, flag_at, p, progress=progress)  # type: ignore[arg-type]  # its execute surface
        if progress:
            progress("campaigns: the suspects' slice to the driver")
        ids, scores = _slice(spark, local)
        res = group_campaigns(
            local, ids, scores, flag_at, labels=labels, params=p, population=held.count(), progress=progress
        )
        lifted = local.execute(
            "SELECT account_id, lifted_risk, campaign FROM campaign_scores"
        ).to_arrow_table()
        effect = (
            tuple(
                (str(a), str(lab), float(b), float(x))
                for a, lab, b, x in local.execute("SELECT * FROM analyst_effect").fetchall()
            )
            if store.has_table(local, "analyst_effect")
            else ()
        )
    finally:
        local.close()
        # the evidence's scratch tables go; the evidence itself stays for the caller to read
        for name in ({"_risk", "_cand_out"} | con.created) - {"campaign_evidence"}:
            spark.catalog.dropTempView(name)
    from pyspark.sql import functions as F

    back = spark.createDataFrame(lifted.to_pandas(), "account_id STRING, lifted_risk DOUBLE, campaign STRING")
    out = held.join(back, "account_id", "left").select(
        "account_id", "risk", F.coalesce("lifted_risk", "risk").alias("lifted_risk"), "campaign"
    )
    return SparkCampaigns(res, out, effect)


def spark_exposure(
    spark: SparkSession, tables: Mapping[str, DataFrame], campaigns: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """``exposure.jsonl``'s rows for ``campaigns`` (``spark_campaigns``' rows): each member they reached,
    with the deepest stage, read from the whole graph by ``exposure.exposure_rows``' own SQL on Spark.
    ``exposure.aggregate_exposure`` sums them by organisation, sector and institution type."""
    from lureguard.exposure import exposure_rows

    for name in ("interactions", "members", "message_scores"):
        tables[name].createOrReplaceTempView(name)
    con = SparkStatements(spark)
    try:
        return exposure_rows(con, campaigns)  # type: ignore[arg-type]  # its execute surface
    finally:
        for name in con.created:
            spark.catalog.dropTempView(name)


def _slice(spark: SparkSession, local: Any) -> tuple[tuple[str, ...], np.ndarray]:
    """Into the driver's store: what the grouping reads about the candidates (``_cand``).

    Their risk, profiles and the invitations and messages they sent to protected people (with
    those messages' scores), the people they reached as ``members`` (the protected relation's
    rows, so reach is counted as on the whole graph), every evidence row, and the colleague
    pairs and vouched accounts among them.
    """
    from lureguard.campaigns._evidence import protected

    con = SparkStatements(spark)
    reach = protected(con)  # type: ignore[arg-type]
    materialised(
        spark.sql(
            to_spark(
                """
                SELECT i.* FROM interactions i LEFT SEMI JOIN _cand c ON c.account_id = i.src
                WHERE i.type IN ('invitation', 'message')
                """
            )
        )
    ).createOrReplaceTempView("_cand_out")
    views = {
        "_risk": "SELECT r.account_id, r.risk FROM _risk r LEFT SEMI JOIN _cand c ON c.account_id = r.account_id",
        "accounts": "SELECT a.* FROM accounts a LEFT SEMI JOIN _cand c ON c.account_id = a.id",
        "members": f"SELECT m.* FROM {reach} m WHERE m.account_id IN (SELECT dst FROM _cand_out)",
        "interactions": f"SELECT i.* FROM _cand_out i WHERE i.dst IN (SELECT account_id FROM {reach})",
        "message_scores": f"""
            SELECT s.* FROM message_scores s WHERE s.interaction_id IN (
                SELECT i.id FROM _cand_out i WHERE i.dst IN (SELECT account_id FROM {reach}))
            """,
        "campaign_evidence": "SELECT * FROM campaign_evidence",
        "_colleague_pairs": """
            SELECT k.* FROM _colleague_pairs k
            WHERE k.a IN (SELECT account_id FROM _cand) AND k.b IN (SELECT account_id FROM _cand)
            """,
        "_firm_vouched": "SELECT v.* FROM _firm_vouched v LEFT SEMI JOIN _cand c ON c.account_id = v.id",
    }
    got = {name: spark.sql(to_spark(sql)).toArrow() for name, sql in views.items()}
    spark.catalog.dropTempView("_cand_out")
    for name in ("accounts", "interactions", "members"):
        local.register("_slice", got[name])
        try:
            local.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _slice")
        finally:
            local.unregister("_slice")
    if local.execute("SELECT count(*) FROM members").fetchone() == (0,) and reach == "members":
        # no candidate reached a member: the store must still say members are listed, or the
        # grouping would count everyone as protected
        local.execute("INSERT INTO members (account_id) VALUES ('')")
    for name in ("message_scores", "campaign_evidence", "_colleague_pairs", "_firm_vouched"):
        local.register("_slice", got[name])
        try:
            temp = "TEMP " if name.startswith("_") else ""
            local.execute(f"CREATE {temp}TABLE {name} AS SELECT * FROM _slice")
        finally:
            local.unregister("_slice")
    risk = got["_risk"]
    return tuple(risk.column("account_id").to_pylist()), np.asarray(
        risk.column("risk").to_numpy(), dtype=float
    )
