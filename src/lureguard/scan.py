"""``lureguard scan``: dataset in, the contract's four files and a report out.

The scan is a short list of stages over one store. Each stage reads tables and
returns new rows; the writer at the end is the only place files are made, and
each file is written whole or not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from lureguard import contract
from lureguard.contract import ONE_INBOX_SQL
from lureguard.engine import SignalRun, positive_rows, run_signals
from lureguard.ingest import IngestResult, ingest
from lureguard.model import RiskModel, load_model, predict_explained
from lureguard.outputs import score6, write_jsonl, write_lines
from lureguard.signals import instantiate
from lureguard.signals.base import clamp01
from lureguard.store import connect, has_table, materialised, text_table

__all__ = ["ScanResult", "account_rows", "iter_account_rows", "scan", "score_store"]

Progress = Callable[[str], None]


@dataclass(frozen=True)
class ScanResult:
    """Where the outputs are and the headline figures a person reads first."""

    out: Path
    db: Path
    ingest: IngestResult
    files: dict[str, int]
    accounts_scored: int
    accounts_flagged: int
    campaigns: int
    members_reached: int
    report: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Scored:
    """Risk for every actor, with the run it came from."""

    run: SignalRun
    risk: np.ndarray
    flagged: np.ndarray
    contributions: np.ndarray
    threshold: float
    model: RiskModel | None = None


def score_store(
    con: duckdb.DuckDBPyConnection,
    *,
    model: RiskModel | None = None,
    signal_names: list[str] | None = None,
    progress: Progress | None = None,
) -> Scored:
    """Run the signals and the model over what the store holds now."""
    from lureguard.stages import prepare_messages

    if progress:
        progress("messages")
    prepare_messages(con, progress=progress)
    signals = instantiate(signal_names)
    run = run_signals(con, signals, progress=(lambda n: progress(f"signal {n}")) if progress else None)
    mdl = model or load_model()
    risk, contrib = predict_explained(mdl, run.names, run.scores)
    risk = np.clip(risk, 0.0, 1.0)
    flagged = risk >= mdl.threshold
    scored = Scored(run, risk, flagged, contrib, mdl.threshold, mdl)
    store_scores(con, scored)
    return scored


def store_scores(con: duckdb.DuckDBPyConnection, scored: Scored) -> None:
    """(Re)write ``account_scores`` so later stages read the current risks."""
    import pyarrow as pa

    con.execute("CREATE OR REPLACE TABLE account_scores (account_id VARCHAR, risk DOUBLE, flagged BOOLEAN)")
    if scored.run.account_ids:
        tbl = pa.table(
            {
                "account_id": list(scored.run.account_ids),
                "risk": scored.risk.astype(float),
                "flagged": scored.flagged.astype(bool),
            }
        )
        con.register("_scores_arrow", tbl)
        con.execute("INSERT INTO account_scores SELECT * FROM _scores_arrow")
        con.unregister("_scores_arrow")


def account_rows(
    con: duckdb.DuckDBPyConnection, scored: Scored, campaign_of: dict[str, str], *, top: int = 5
) -> list[dict[str, Any]]:
    """One contract row per actor; reasons are the strongest contributions, best first."""
    return list(iter_account_rows(con, scored, campaign_of, top=top))


#: Accounts whose evidence is read back from the store at once when writing ``accounts.jsonl``.
ACCOUNT_CHUNK = 50_000


def iter_account_rows(
    con: duckdb.DuckDBPyConnection,
    scored: Scored,
    campaign_of: dict[str, str],
    *,
    top: int = 5,
    chunk: int = ACCOUNT_CHUNK,
    alerted: dict[str, str] | None = None,
    flag_note: dict[str, Any] | None = None,
) -> Iterator[dict[str, Any]]:
    """``account_rows`` streamed in output order, rendering only the reasons that are written.

    At platform scale most of the writing time went into sentences nobody
    reads (an account with twelve positive signals gets five reasons), and
    into holding every row before sorting. The order (risk desc, id) is fixed
    first with numpy on the same rounded risk; then each chunk of accounts
    reads its positive signal rows from the store, ranks them by model
    contribution (a stable sort in signal order, exactly as before) and turns
    only the top ``top`` into ``Evidence``. Same rows, same order.

    With ``alerted`` (account → its first alert's time, from the replay), each row also
    says ``alerted_at`` (``None`` if never): an account whose risk once crossed the flag
    point, or was corroborated, and fell back below it is not flagged now, and its
    row is the first place an analyst looks.

    ``flag_note``: a reason added last to every flagged row (why the flag stands at another
    operating point, ``view_model``).
    """

    run = scored.run
    n = len(run.account_ids)
    if n == 0:
        return
    risk6 = [score6(x) for x in scored.risk.tolist()]
    # analysts' verdicts and what they moved (campaign step; empty without a labels file)
    effect = (
        {
            str(a): (lab, float(b), float(x))
            for a, lab, b, x in con.execute("SELECT * FROM analyst_effect").fetchall()
        }
        if has_table(con, "analyst_effect")
        else {}
    )
    order = sorted(range(n), key=lambda k: (-risk6[k], run.account_ids[k]))
    signals = run.signals
    index = {n_: i for i, n_ in enumerate(run.names)}
    sig_col = [index[s.name] for s in signals]
    for lo in range(0, n, chunk):
        ks = order[lo : lo + chunk]
        pos = {run.account_ids[k]: j for j, k in enumerate(ks)}
        found: list[list[tuple[int, float, tuple[Any, ...], list[str]]]] = [[] for _ in ks]
        con.register("_wanted", text_table(account_id=[run.account_ids[k] for k in ks]))
        try:
            for si, sig in enumerate(signals):
                cols, rows = positive_rows(con, sig)
                a_at = cols.index("account_id")
                s_at = cols.index("score")
                for row in rows:
                    sc = clamp01(float(row[s_at] or 0.0))
                    if sc > 0:
                        found[pos[str(row[a_at])]].append((si, sc, row, cols))
        finally:
            con.unregister("_wanted")
        for j, k in enumerate(ks):
            cand = found[j]
            contrib = scored.contributions[k]
            cand.sort(key=lambda c: -float(contrib[sig_col[c[0]]]))
            reasons = []
            for si, _, row, cols in cand[:top]:
                e = signals[si].evidence(dict(zip(cols, row, strict=True)))
                reasons.append({"signal": e.signal, "score": round(e.score, 6), "detail": e.reason})
            acc = run.account_ids[k]
            if acc in effect:
                from lureguard.campaigns.detect import analyst_reason

                reasons = [analyst_reason(*effect[acc]), *reasons][:top]
            if flag_note is not None and scored.flagged[k]:
                reasons = [*reasons, flag_note]
            line: dict[str, Any] = {
                "account_id": acc,
                "risk": risk6[k],
                "flagged": bool(scored.flagged[k]),
                "reasons": reasons,
                "campaign": campaign_of.get(acc),
            }
            if alerted is not None:
                line["alerted_at"] = alerted.get(acc)
            yield line


def view_model(con: duckdb.DuckDBPyConnection, model: RiskModel) -> tuple[RiskModel, dict[str, Any] | None]:
    """The model at the operating point for what the store holds, and the reason a flag then carries.

    One protected member means one person's own data (an expert's export): a contact's
    reach across an organisation, most of what tells a persona from a recruiter, cannot be
    seen, and the same persona's risk sits far below the pooled view's flag point (on
    member views of tuning worlds 4 of 120 personas reached it). There the model's
    ``one_inbox_threshold`` is the flag and alert level, when it has one.
    """
    level = getattr(model, "one_inbox_threshold", None)
    if level is None or not dataclasses.is_dataclass(model) or isinstance(model, type):
        return model, None
    row = con.execute(f"SELECT {ONE_INBOX_SQL}").fetchone()
    if not row or not row[0]:
        return model, None
    pooled = float(model.threshold)
    note = {
        "signal": "one_inbox",
        "score": round(float(level), 6),
        "detail": f"Judged from one person's data alone, where whom else it approached cannot be seen: flagged "
        f"from risk {float(level):.2f}, not {pooled:.2f} as in an organisation's pooled view. Pool more "
        "people's exports to see its reach.",
    }
    return dataclasses.replace(model, threshold=float(level), alert_threshold=None), note


def scan(
    datasets: Sequence[Path] | Path,
    out: Path,
    *,
    db: Path | None = None,
    model_path: Path | None = None,
    signal_names: list[str] | None = None,
    report: bool = True,
    progress: Progress | None = None,
    alert_step: str = "1 day",
    replay: bool = True,
    labels: Path | None = None,
) -> ScanResult:
    """Ingest, score, group into campaigns, write the contract's files and the report.

    ``replay=False`` skips the early-warning replay, the costliest optional stage at
    platform scale (about a third of the scan): ``alerts.jsonl`` is then not written
    (a stale one is removed) rather than written empty, since "no alerts" would be a
    claim, and ``extra["replay"]`` says it was skipped.

    ``labels``: an analyst's verdicts (``account_id,label`` CSV, see
    ``read_analyst_labels``), read before anything is stored; a confirmed fake raises
    the accounts campaign evidence ties to it, a confirmed genuine account lowers them
    (``accounts.jsonl`` says so in their reasons). The early-warning replay ignores
    them: when a verdict was given is not known, so it cannot be replayed.
    """
    from lureguard import stages

    verdicts: dict[str, str] = {}
    if labels is not None:
        from lureguard.campaigns import read_analyst_labels

        verdicts = read_analyst_labels(labels)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    db_path = Path(db) if db else out / "lureguard.duckdb"
    if db is None:
        # The default store belongs to this run: a stale one from an earlier scan
        # of another dataset must not leak into this one.
        for stale in (db_path, db_path.with_name(db_path.name + ".wal")):
            stale.unlink(missing_ok=True)
    con = connect(db_path)
    try:
        if progress:
            progress("ingest")
        paths = [datasets] if isinstance(datasets, Path | str) else list(datasets)
        result = stages.ingest_inputs(con, [Path(p) for p in paths], ingest)
        stages.analyse_photos(con, [Path(p) for p in paths], progress=progress)
        model, flag_note = view_model(con, load_model(model_path) if model_path else load_model())
        from lureguard.campaigns._evidence import VIEWS as CAMPAIGN_VIEWS

        # the store views the signals and the campaign step both read are computed once for both
        shared = {v for sig in instantiate(signal_names) for v in sig.views} | set(CAMPAIGN_VIEWS)
        if progress:
            progress("signal views")
        with materialised(con, shared):
            scored = score_store(con, model=model, signal_names=signal_names, progress=progress)
            if progress:
                progress("campaigns")
            campaigns, campaign_of = stages.detect_campaigns(con, scored, labels=verdicts, progress=progress)
        scored = stages.lift_by_campaign(con, scored)
        store_scores(con, scored)
        if progress:
            progress("message context")
        stages.contextualise_messages(con)
        if progress:
            progress("threads")
        stages.escalate_threads(con)
        alerts: list[dict[str, Any]] | None = None
        if replay:
            if progress:
                progress("alerts")
            alerts = stages.early_alerts(con, scored, campaign_of, step=alert_step)
        else:
            (out / "alerts.jsonl").unlink(missing_ok=True)
        if progress:
            progress("write")
        files = {
            "accounts.jsonl": write_jsonl(
                out / "accounts.jsonl",
                iter_account_rows(
                    con,
                    scored,
                    campaign_of,
                    alerted=None if alerts is None else {str(r["account_id"]): str(r["at"]) for r in alerts},
                    flag_note=flag_note,
                ),
            ),
            "campaigns.jsonl": write_jsonl(out / "campaigns.jsonl", campaigns),
            "messages.jsonl": write_lines(out / "messages.jsonl", stages.message_lines(con)),
        }
        if alerts is not None:
            files["alerts.jsonl"] = write_jsonl(out / "alerts.jsonl", alerts)
            assert tuple(files) == contract.SCAN_OUTPUT_FILES
        extra = stages.write_extras(con, out, scored, campaigns)
        if flag_note is not None:
            extra["view"] = {"kind": "one-inbox", "flag_level": flag_note["score"]}
        if alerts is None:
            extra["replay"] = "skipped"
        if verdicts:
            scanned = set(scored.run.account_ids)
            extra["analyst_labels"] = {
                "fake": sum(1 for v in verdicts.values() if v == "fake"),
                "genuine": sum(1 for v in verdicts.values() if v == "genuine"),
                # accounts that sent nothing are not scored, so a verdict on them moves no one
                "not_scanned": sum(1 for a in verdicts if a not in scanned),
            }
        reached = con.execute(
            "SELECT count(DISTINCT i.dst) FROM interactions i JOIN members m ON m.account_id = i.dst "
            "JOIN account_scores s ON s.account_id = i.src AND s.flagged "
            "WHERE i.type IN ('invitation', 'message')"
        ).fetchone()
        report_path = None
        if report:
            if progress:
                progress("report")
            from lureguard.report import write_report

            report_path = write_report(
                con,
                out / "report.html",
                campaigns=campaigns,
                source=", ".join(map(str, paths)),
                exposure=extra.get("exposure"),
                alerts=alerts,
                view=extra.get("view"),
            )
        return ScanResult(
            out=out,
            db=db_path,
            ingest=result,
            files=files,
            accounts_scored=len(scored.run.account_ids),
            accounts_flagged=int(scored.flagged.sum()),
            campaigns=len(campaigns),
            members_reached=int(reached[0]) if reached else 0,
            report=report_path,
            extra=extra,
        )
    finally:
        con.close()
