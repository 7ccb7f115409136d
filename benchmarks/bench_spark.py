"""Signals on Spark against the same signals on DuckDB: time, and that the scores agree.

    .venv/bin/python benchmarks/bench_spark.py [--scenario france-2018] [--scale 0.25] [--cores 2] [--memory 4g] [--no-replay]
        [--no-campaigns]

Simulates a world in the contract's Parquet form and scans it with DuckDB, then
times message scoring and the signals on DuckDB (``stages.prepare_messages``,
``engine.run_signals``) and on a local Spark
(``local[cores]``: ``spark_validate`` and ``spark_store_tables`` from the same Parquet files,
``spark_message_scores`` with the text model, ``spark_signal_scores``, ``spark_risk``), and compares
every signal score; each message's verdict in context (``spark_message_context``, weighed by the
scan's own lifted risks) against the scan's ``message_context``, and each message's thread
escalation (``spark_message_threads``) against its ``message_threads``; then the early-warning replay on
both, corroborated alerts included
(``watch.replay``, ``spark_replay(corroborate=True)``), and whether they alert on the same
accounts at the same times for the same reasons; then the campaign step (``find_campaigns``,
``spark_campaigns`` on DuckDB's risk, and again on Spark's own) and each campaign's exposure
(``exposure_rows``, ``spark_exposure``), the reported accounts' rows with their reasons and the
threat-intelligence exports' findings (``iter_account_rows``, ``findings_from_rows``;
``spark_account_rows``, ``spark_findings``). Writes ``benchmarks/results/spark.json``. On one machine Spark is
not expected to win; what it buys is that the same SQL runs on a cluster.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

RESULTS = Path(__file__).resolve().parent / "results" / "spark.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenario", default="france-2018")
    ap.add_argument("--scale", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--memory", default="4g", help="Spark's memory (local mode: the driver's)")
    ap.add_argument("--no-replay", action="store_true", help="skip timing the early-warning replay")
    ap.add_argument("--no-campaigns", action="store_true", help="skip timing the campaign step")
    args = ap.parse_args()

    import duckdb

    from lureguard.engine import run_signals
    from lureguard.scan import scan
    from lureguard.signals.registry import instantiate
    from lureguard.simulate import simulate
    from lureguard.spark import (
        local_session,
        materialised,
        spark_message_context,
        spark_message_scores,
        spark_message_threads,
        spark_replay,
        spark_risk,
        spark_signal_scores,
        spark_store_tables,
        spark_validate,
    )
    from lureguard.stages import prepare_messages

    work = Path(tempfile.mkdtemp(prefix="bench-spark-"))
    try:
        simulate(args.scenario, work / "world", seed=args.seed, scale=args.scale, fmt="parquet")
        scan([work / "world"], work / "scan", report=False, replay=False)
        store = work / "scan" / "lureguard.duckdb"
        signals = instantiate(None)
        with duckdb.connect(str(store)) as con:
            (n_acc,) = con.execute("SELECT count(*) FROM accounts").fetchone() or (0,)
            (n_ix,) = con.execute("SELECT count(*) FROM interactions").fetchone() or (0,)
            t0 = time.perf_counter()
            prepare_messages(con)
            duck_msg_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            ref = run_signals(con, signals)
            duck_s = time.perf_counter() - t0
            lifted = con.execute("SELECT account_id, risk FROM account_scores").df()
            ref_context = (
                con.execute("SELECT * FROM message_context").df().set_index("interaction_id").sort_index()
            )
            ref_threads = (
                con.execute("SELECT * FROM message_threads").df().set_index("interaction_id").sort_index()
            )
            duck_campaigns = None
            duck_campaigns_s = None
            if not args.no_campaigns:
                from lureguard.campaigns.detect import find_campaigns
                from lureguard.scan import score_store

                scored_duck = score_store(con)
                t0 = time.perf_counter()
                duck_campaigns = find_campaigns(con, scored_duck)
                duck_campaigns_s = time.perf_counter() - t0
                duck_risk = dict(zip(scored_duck.run.account_ids, scored_duck.risk, strict=True))
            duck_alerts: dict[str, dict] = {}
            duck_replay_s = None
            if not args.no_replay:
                from lureguard.model import load_model
                from lureguard.watch import replay

                t0 = time.perf_counter()
                duck_alerts = {r["account_id"]: r for r in replay(con, load_model(), signals=signals)}
                duck_replay_s = time.perf_counter() - t0
        spark = local_session(cores=args.cores, memory=args.memory)
        spark.sparkContext.setLogLevel("ERROR")
        t0 = time.perf_counter()
        validated = spark_validate(spark, work / "world")
        spark_validate_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        tables = spark_store_tables(spark, work / "world")
        tables["interactions"] = materialised(tables["interactions"])
        n_ix_spark = tables["interactions"].count()
        spark_tables_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        scored = materialised(spark_message_scores(spark, tables["interactions"], with_model=True))
        msgs = tables["message_scores"] = scored.drop("model_score")
        n_msgs = msgs.count()
        spark_msg_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        context_df = materialised(
            spark_message_context(
                spark,
                tables["interactions"],
                msgs,
                spark.createDataFrame(lifted),
                scored.select("interaction_id", "model_score"),
            )
        )
        context = context_df.toPandas().set_index("interaction_id").sort_index()
        spark_context_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        threads = (
            spark_message_threads(spark, tables["interactions"], msgs, context_df)
            .toPandas()
            .set_index("interaction_id")
            .sort_index()
        )
        spark_threads_s = time.perf_counter() - t0
        threads_same = (
            list(threads.index) == list(ref_threads.index)
            and (threads.thread_steps.to_numpy() == ref_threads.thread_steps.to_numpy()).all()
            and [list(x) for x in threads.thread_stages] == [list(x) for x in ref_threads.thread_stages]
        )
        threads_diff = (
            float(np.abs(threads.thread_score.to_numpy() - ref_threads.thread_score.to_numpy()).max())
            if threads_same
            else None
        )
        context_same = list(context.index) == list(ref_context.index)
        context_diff = (
            float(np.abs(context.lure_score.to_numpy() - ref_context.lure_score.to_numpy()).max())
            if context_same
            else None
        )
        t0 = time.perf_counter()
        wide, per_signal = spark_signal_scores(spark, tables, signals)
        got = wide.toPandas().set_index("account_id").sort_index()
        spark_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        flagged = spark_risk(spark.createDataFrame(got.reset_index())).filter("flagged").count()
        spark_risk_s = time.perf_counter() - t0
        campaigns_out: dict = {}
        if duck_campaigns is not None:
            import pandas as pd

            from lureguard.spark_campaigns import spark_campaigns, spark_exposure

            # The step itself is compared on the same input: DuckDB's risk. Risks from the two engines
            # differ where a sum taken in another order (1e-16) sends a score across a tree's split.
            same_risk = materialised(
                spark.createDataFrame(
                    pd.DataFrame(
                        {"account_id": list(duck_risk), "risk": [float(r) for r in duck_risk.values()]}
                    )
                )
            )
            t0 = time.perf_counter()
            found = spark_campaigns(spark, tables, same_risk)
            lifted = found.scores.toPandas().set_index("account_id")
            spark_campaigns_s = time.perf_counter() - t0
            duck_lifted = dict(zip(duck_campaigns.account_ids, duck_campaigns.lifted_risk, strict=True))
            t0 = time.perf_counter()
            exposed = spark_exposure(spark, tables, found.result.rows)
            spark_exposure_s = time.perf_counter() - t0
            # the reported accounts' rows and the CERT exports' findings, from the driver's slice
            from lureguard.spark_findings import spark_account_rows, spark_findings

            t0 = time.perf_counter()
            rows = spark_account_rows(spark, wide, per_signal, signals, found)
            spark_rows_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            findings = spark_findings(spark, tables, rows, found.result.rows, exposed)
            spark_findings_s = time.perf_counter() - t0
            with duckdb.connect(str(store)) as con:
                from lureguard.campaigns.detect import campaign_risk_lift, lifted_scored
                from lureguard.exposure import exposure_rows
                from lureguard.intel import findings_from_rows
                from lureguard.scan import iter_account_rows

                t0 = time.perf_counter()
                duck_exposed = exposure_rows(con, duck_campaigns.rows)
                duck_exposure_s = time.perf_counter() - t0
                lifted_duck = lifted_scored(scored_duck, campaign_risk_lift(con, scored_duck))
                t0 = time.perf_counter()
                duck_rows = list(iter_account_rows(con, lifted_duck, duck_campaigns.campaign_of))
                duck_rows_s = time.perf_counter() - t0
                t0 = time.perf_counter()
                duck_findings = findings_from_rows(con, duck_rows, duck_campaigns.rows, duck_exposed)
                duck_findings_s = time.perf_counter() - t0
            duck_reported = [r for r in duck_rows if r["flagged"] or r["campaign"]]
            # and end to end, each engine with its own risk
            own = spark_campaigns(
                spark, tables, materialised(spark_risk(spark.createDataFrame(got.reset_index())))
            )
            own_risk = own.scores.toPandas().set_index("account_id")
            campaigns_out = {
                "campaign_seconds": {
                    "duckdb": round(duck_campaigns_s or 0, 1),
                    "spark (evidence on Spark, grouping on the driver)": round(spark_campaigns_s, 1),
                },
                "campaigns": len(found.result.rows),
                "evidence_rows": sum(found.result.evidence_counts.values()),
                "candidates_sliced_to_the_driver": len(found.result.account_ids),
                "same_evidence_counts_as_duckdb": found.result.evidence_counts
                == duck_campaigns.evidence_counts,
                "same_campaign_rows_as_duckdb": found.result.rows == duck_campaigns.rows,
                "same_members_as_duckdb": found.result.campaign_of == duck_campaigns.campaign_of,
                "largest_lifted_risk_difference": float(
                    max(abs(lifted.lifted_risk[a] - r) for a, r in duck_lifted.items())
                ),
                "exposure_seconds": {
                    "duckdb": round(duck_exposure_s, 1),
                    "spark": round(spark_exposure_s, 1),
                },
                "exposed_members": len(exposed),
                "same_exposure_as_duckdb": exposed == duck_exposed,
                "reported_accounts": len(rows),
                "account_rows_seconds": {
                    "duckdb (every account)": round(duck_rows_s, 1),
                    "spark (the reported ones, reasons on the driver)": round(spark_rows_s, 1),
                },
                "same_reported_accounts_and_reasons_as_duckdb": [
                    (r["account_id"], r["flagged"], r["campaign"], [e["detail"] for e in r["reasons"]])
                    for r in rows
                ]
                == [
                    (r["account_id"], r["flagged"], r["campaign"], [e["detail"] for e in r["reasons"]])
                    for r in duck_reported
                ],
                "largest_reported_risk_difference": max(
                    (abs(a["risk"] - b["risk"]) for a, b in zip(rows, duck_reported, strict=False)),
                    default=0.0,
                ),
                "findings_seconds": {
                    "duckdb": round(duck_findings_s, 1),
                    "spark": round(spark_findings_s, 1),
                },
                "same_findings_as_duckdb (risk aside)": (
                    findings.personas.keys() == duck_findings.personas.keys()
                    and all(
                        {**vars(p_), "risk": 0} == {**vars(duck_findings.personas[a]), "risk": 0}
                        for a, p_ in findings.personas.items()
                    )
                    and (findings.campaigns, findings.reached, findings.scripts, findings.scanned_until)
                    == (
                        duck_findings.campaigns,
                        duck_findings.reached,
                        duck_findings.scripts,
                        duck_findings.scanned_until,
                    )
                ),
                "scripts_shared": len(findings.scripts),
                "each_engine_with_its_own_risk": {
                    "largest_risk_difference": float(
                        max(abs(own_risk.risk[a] - r) for a, r in duck_risk.items())
                    ),
                    "accounts_flagged_on_one_engine_only": int(
                        sum(
                            (own_risk.risk[a] >= scored_duck.threshold) != (r >= scored_duck.threshold)
                            for a, r in duck_risk.items()
                        )
                    ),
                    "campaigns": len(own.result.rows),
                    "members_in_another_campaign_or_none": sum(
                        1
                        for a in set(own.result.campaign_of) | set(duck_campaigns.campaign_of)
                        if own.result.campaign_of.get(a) != duck_campaigns.campaign_of.get(a)
                    ),
                },
            }
        replay_out: dict = {}
        if not args.no_replay:
            t0 = time.perf_counter()
            alerts = [r.asDict() for r in spark_replay(spark, tables, signals, corroborate=True).collect()]
            spark_replay_s = time.perf_counter() - t0
            same = sorted(r["account_id"] for r in alerts) == sorted(duck_alerts) and all(
                (r["at"], r["corroborated_by"], r["fingerprint"])
                == (
                    duck_alerts[r["account_id"]]["at"],
                    duck_alerts[r["account_id"]].get("corroborated_by"),
                    duck_alerts[r["account_id"]].get("fingerprint"),
                )
                for r in alerts
            )
            replay_out = {
                "replay_seconds": {
                    "duckdb (with corroboration)": round(duck_replay_s or 0, 1),
                    "spark (with corroboration)": round(spark_replay_s, 1),
                },
                "alerts": len(alerts),
                "corroborated_alerts": sum(1 for r in alerts if r["corroborated_by"]),
                "same_alerts_as_duckdb": same,
            }
        spark.stop()
        diffs = {
            name: float(np.abs(got[name].to_numpy(float) - ref.scores[:, j]).max())
            for j, name in enumerate(ref.names)
        }
        out = {
            "scenario": args.scenario,
            "scale": args.scale,
            "accounts": int(n_acc),
            "interactions": int(n_ix),
            "signals": len(signals),
            "messages_scored": int(n_msgs),
            "duckdb_seconds": {"messages": round(duck_msg_s, 1), "signals": round(duck_s, 1)},
            "spark_local_seconds": {
                "validating the dataset's Parquet": round(spark_validate_s, 1),
                "tables from the dataset's Parquet": round(spark_tables_s, 1),
                "messages (lexicons and text model)": round(spark_msg_s, 1),
                "messages in context": round(spark_context_s, 1),
                "thread escalation": round(spark_threads_s, 1),
                "signals": round(spark_s, 1),
                "risk": round(spark_risk_s, 1),
            },
            "flagged_on_spark": int(flagged),
            **campaigns_out,
            **replay_out,
            "spark_cores": args.cores,
            "spark_memory": args.memory,
            "same_accounts": list(got.index) == list(ref.account_ids),
            "same_interaction_count": int(n_ix_spark) == int(n_ix),
            "validated_records": validated,
            "validated_as_many_as_stored": validated.get("accounts") == int(n_acc)
            and validated.get("interactions") == int(n_ix),
            "largest_score_difference": max(diffs.values()),
            "messages_in_context": {
                "same_messages_as_duckdb": context_same,
                "largest_lure_score_difference": context_diff,
                "lures_at_0.5": int((context.lure_score >= 0.5).sum()),
            },
            "message_threads": {
                "same_steps_and_stages_as_duckdb": bool(threads_same),
                "largest_thread_score_difference": threads_diff,
                "messages_three_or_more_steps": int((threads.thread_steps >= 3).sum()),
            },
            "machine": {"python": platform.python_version()},
        }
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(out, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
