"""What a platform's Spark run found, as the scan's account rows and the CERT exports' findings.

Why on the driver: the accounts a run reports on with reasons, and shares with a CERT, are
the flagged ones and the campaigns' members, a few per thousand. Their signal rows, wide
scores, profiles and sent messages come to the driver into an in-memory DuckDB store, and
the scan's own code turns them into ``accounts.jsonl``'s rows (``scan.iter_account_rows``:
the strongest contributions as sentences) and into the exports' findings
(``intel.findings_from_rows``), so a reason or a STIX object reads the same on both engines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from lureguard import store

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from lureguard.intel import Findings
    from lureguard.model import RiskModel
    from lureguard.signals.base import Signal
    from lureguard.spark_campaigns import SparkCampaigns

__all__ = ["reported_ids", "spark_account_rows", "spark_findings"]


def reported_ids(campaigns: SparkCampaigns, threshold: float | None = None) -> list[str]:
    """The accounts a run reports on: flagged once campaigns lifted their risk, or named in one."""
    from pyspark.sql import functions as F

    from lureguard.model import load_model

    flag_at = float(threshold if threshold is not None else load_model().threshold)
    rows = (
        campaigns.scores.where((F.col("lifted_risk") >= flag_at) | F.col("campaign").isNotNull())
        .select("account_id")
        .collect()
    )
    return sorted(str(r[0]) for r in rows)


def _semi(df: DataFrame, ids: DataFrame, key: str = "account_id") -> Any:
    """``df``'s rows whose ``key`` is one of ``ids``, as an Arrow table on the driver."""
    return df.join(ids.withColumnRenamed("account_id", key), key, "left_semi").toArrow()


def spark_account_rows(
    spark: SparkSession,
    wide: DataFrame,
    per_signal: Mapping[str, DataFrame],
    signals: Sequence[Signal],
    campaigns: SparkCampaigns,
    *,
    ids: Sequence[str] | None = None,
    model: RiskModel | None = None,
    alerted: Mapping[str, str] | None = None,
    top: int = 5,
) -> list[dict[str, Any]]:
    """``accounts.jsonl``'s rows for ``ids`` (``reported_ids`` when not given), in the scan's order.

    ``wide`` and ``per_signal`` are ``spark_signal_scores``' results, ``campaigns``
    ``spark_campaigns``' (the lifted risk each row says, the campaign, the analysts' effect);
    ``alerted`` maps an account to its first alert's time (``spark_replay``). The risk is the
    lifted one and the reasons the signals that contributed most to the model's own risk,
    as a scan writes them.
    """
    from lureguard.engine import SignalRun, _ident
    from lureguard.model import load_model, predict_explained
    from lureguard.scan import Scored, iter_account_rows

    mdl = model or load_model()
    wanted = sorted(ids) if ids is not None else reported_ids(campaigns, mdl.threshold)
    if not wanted:
        return []
    keys = spark.createDataFrame([(a,) for a in wanted], "account_id STRING")
    names = tuple(s.name for s in signals)
    got = _semi(wide.select("account_id", *names), keys).to_pandas().set_index("account_id")
    lifted = _semi(campaigns.scores, keys).to_pandas().set_index("account_id")
    found = [a for a in wanted if a in got.index]  # an id the run never scored has no row
    x = got.loc[found, list(names)].to_numpy(float) if found else np.zeros((0, len(names)))
    _, contributions = predict_explained(mdl, names, x)
    risk = lifted.loc[found, "lifted_risk"].to_numpy(float)
    campaign_of = {str(a): str(c) for a, c in lifted.loc[found, "campaign"].dropna().items()}
    local = store.connect(None)
    try:
        for sig in signals:
            local.register("_rows", _semi(per_signal[sig.name], keys))
            local.execute(f"CREATE TABLE sig_{_ident(sig.name)} AS SELECT * FROM _rows")
            local.unregister("_rows")
        if campaigns.analyst_effect:
            local.execute(
                "CREATE TABLE analyst_effect (account_id VARCHAR, label VARCHAR, before DOUBLE, after DOUBLE)"
            )
            local.executemany(
                "INSERT INTO analyst_effect VALUES (?, ?, ?, ?)", list(campaigns.analyst_effect)
            )
        scored = Scored(
            run=SignalRun(tuple(signals), tuple(found), x),
            risk=risk,
            flagged=risk >= mdl.threshold,
            contributions=np.asarray(contributions),
            threshold=mdl.threshold,
            model=mdl,
        )
        return list(
            iter_account_rows(
                local, scored, campaign_of, top=top, alerted=None if alerted is None else dict(alerted)
            )
        )
    finally:
        local.close()


def spark_findings(
    spark: SparkSession,
    tables: Mapping[str, DataFrame],
    account_rows: Sequence[Mapping[str, Any]],
    campaign_rows: Sequence[Mapping[str, Any]],
    exposure_rows: Sequence[Mapping[str, Any]],
) -> Findings:
    """The threat-intelligence exports' findings (``intel.write_stix``, ``intel.write_misp``) of a Spark run.

    ``account_rows`` are ``spark_account_rows``', ``campaign_rows`` ``spark_campaigns``'
    (``.result.rows``), ``exposure_rows`` ``spark_exposure``'s; ``tables`` the run's inputs with
    the scored messages. The personas' profiles, every invitation and message they sent (with
    the messages' scores) and the graph's last event come from Spark; the rest is the code
    ``lureguard export`` runs on a scan folder.
    """
    from pyspark.sql import functions as F

    from lureguard.intel import findings_from_rows

    personas = sorted({str(r["account_id"]) for r in account_rows if r.get("flagged") or r.get("campaign")})
    keys = spark.createDataFrame([(a,) for a in personas], "account_id STRING")
    sent = tables["interactions"].join(keys.withColumnRenamed("account_id", "src"), "src", "left_semi")
    sent = sent.select(*tables["interactions"].columns)
    got = {
        "accounts": _semi(tables["accounts"], keys, "id"),
        "interactions": sent.toArrow(),
        "message_scores": tables["message_scores"]
        .join(sent.select(F.col("id").alias("interaction_id")), "interaction_id", "left_semi")
        .toArrow(),
    }
    # through Arrow, which carries the zone (a collected row's time is naive, in the driver's zone)
    until = tables["interactions"].agg(F.max("ts").alias("t")).toArrow().column("t")[0].as_py()
    local = store.connect(None)
    try:
        for name, rows in got.items():
            local.register("_rows", rows)
            make = (
                "CREATE TABLE message_scores AS"
                if name == "message_scores"
                else f"INSERT INTO {name} BY NAME"
            )
            local.execute(f"{make} SELECT * FROM _rows")
            local.unregister("_rows")
        return findings_from_rows(
            local,
            [dict(r) for r in account_rows],
            [dict(r) for r in campaign_rows],
            [dict(r) for r in exposure_rows],
            scanned_until=until,
        )
    finally:
        local.close()
