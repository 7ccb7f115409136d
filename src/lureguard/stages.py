"""The scan's pluggable stages: inputs, message analysis, campaigns, alerts, extras.

Each function reads the store and returns rows; ``scan`` decides where they go.
A capability that does not exist yet returns nothing rather than inventing
output, as the contract asks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from lureguard.ingest import IngestResult
from lureguard.outputs import score6
from lureguard.store import has_table

if TYPE_CHECKING:
    from lureguard.scan import Scored

Progress = Callable[[str], None]


def ingest_inputs(
    con: duckdb.DuckDBPyConnection, paths: Sequence[Path], ingest: Callable[..., IngestResult]
) -> IngestResult:
    """Ingest one or several datasets; the last result carries the store's totals."""
    result: IngestResult | None = None
    rows: dict[str, int] = {}
    added: dict[str, int] = {}
    for p in paths:
        result = ingest(con, p)
        for k, v in result.rows.items():
            rows[k] = rows.get(k, 0) + v
        for k, v in result.added.items():
            added[k] = added.get(k, 0) + v
    assert result is not None, "no input given"
    return IngestResult(source=", ".join(map(str, paths)), rows=rows, added=added, totals=result.totals)


def analyse_photos(
    con: duckdb.DuckDBPyConnection, paths: Sequence[Path], *, progress: Progress | None = None
) -> int:
    """Fill ``photo_features`` from profile images shipped inside the datasets (where any are)."""
    from lureguard.ingest import open_dataset
    from lureguard.photos import analyse_photos as analyse

    has_paths = con.execute("SELECT count(*) FROM accounts WHERE photo_path IS NOT NULL").fetchone()
    if not has_paths or not has_paths[0]:
        return 0
    if progress:
        progress("photos")
    n = 0
    for p in paths:
        with open_dataset(Path(p)) as folder:  # a zip is extracted safely again
            n += analyse(con, folder)
    return n


#: Distinct texts per analysis batch: large enough that forking workers is paid rarely,
#: small enough that a batch's texts and results stay a few hundred MB at most.
MESSAGE_BATCH = 100_000

_TEXT_ROWS = (
    "FROM interactions WHERE type IN ('invitation', 'message') AND text IS NOT NULL AND trim(text) <> ''"
)

#: A line starting with ">" quotes the message being answered, as pasted and forwarded e-mail
#: replies carry it (staff reports, some exports): the other party's words, not the sender's.
QUOTED_LINE = r"(?m)^[ \t]*>[^\n]*(\n|$)"

#: Replies that quote: each message with quoted lines, sent after its recipient had written to or
#: invited its sender, and what is left of it without them (when anything is). Why the condition:
#: a member answering a persona quotes the persona's lure, and those words were scored as the
#: member's own (a blind world's protected members were flagged for the trips and secrecy they
#: quoted back). A first message is not an answer, so it is scored whole: a persona cannot hide
#: its pitch from the words' analysis behind quote marks.
_OWN_WORDS = f"""
WITH q AS (
    SELECT id, src, dst, ts, text FROM interactions
    WHERE type = 'message' AND contains(text, '>') AND regexp_matches(text, '(?m)^[ \t]*>')
),
answered AS (
    SELECT q.id, q.text FROM q
    SEMI JOIN interactions p
      ON p.src = q.dst AND p.dst = q.src AND p.type IN ('invitation', 'message') AND p.ts < q.ts
)
SELECT id, trim(regexp_replace(text, '{QUOTED_LINE}', '', 'g')) AS own FROM answered
"""


def prepare_messages(con: duckdb.DuckDBPyConnection, *, progress: Progress | None = None) -> None:
    """Fill ``message_scores``: one row per invitation or message with text.

    Text analysis is the one stage that must look at each text in Python
    (regular expressions and language identification). Mass mail, templates
    and repeated notes make many texts equal, so the store hands over each
    distinct text once, in Arrow batches; the scores go back as Arrow and one
    join gives every message its text's result. Memory stays bounded by the
    batch, and ``analyze`` splits each batch over forked processes. A reply is
    scored on its own words, without the lines it quotes (``_OWN_WORDS``).
    """
    import pyarrow as pa

    from lureguard.lure import analyze
    from lureguard.lure.detect import paused_gc
    from lureguard.lure.textmodel import default_model

    phrase_type = pa.list_(pa.struct([("category", pa.string()), ("text", pa.string())]))
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _text_scores (text VARCHAR, lure_score DOUBLE, "
        "categories VARCHAR[], language VARCHAR, phrases STRUCT(category VARCHAR, text VARCHAR)[], "
        "sponsored BOOLEAN, model_score DOUBLE)"
    )
    # the reader is its own connection, which sees tables but not this one's temp tables
    own_words = f"SELECT * FROM ({_OWN_WORDS}) WHERE own <> ''"
    reader = con.cursor()
    batches = reader.execute(
        f"SELECT DISTINCT text FROM (SELECT text {_TEXT_ROWS} UNION ALL SELECT own FROM ({own_words}))"
    ).to_arrow_reader(MESSAGE_BATCH)
    done = 0
    for batch in batches:
        texts = batch.column(0)
        plain = texts.to_pylist()
        results = analyze(plain)
        # the learned reading of the words (``lure.textmodel``); a Sponsored InMail is halved as
        # the lexicons' score is
        model = default_model().score(plain)
        model[[r.sponsored for r in results]] *= 0.5
        with paused_gc():  # the columns are a few hundred thousand small objects without cycles
            tbl = pa.table(
                {
                    "text": texts,
                    "lure_score": pa.array([r.lure_score for r in results], pa.float64()),
                    "categories": pa.array([r.categories for r in results], pa.list_(pa.string())),
                    "language": pa.array([r.language for r in results], pa.string()),
                    "phrases": pa.array(
                        [[(p.category, p.text) for p in r.phrases[:8]] for r in results], phrase_type
                    ),
                    "sponsored": pa.array([r.sponsored for r in results], pa.bool_()),
                    "model_score": pa.array(model, pa.float64()),
                }
            )
            del results
        con.register("_msg_batch", tbl)
        con.execute("INSERT INTO _text_scores SELECT * FROM _msg_batch")
        con.unregister("_msg_batch")
        done += len(texts)
        if progress:
            progress(f"messages {done:,} distinct texts")
    reader.close()
    # Unsorted: every reader that writes rows orders them itself (``message_lines`` by id);
    # sorting 2.8 M rows here cost 6 s on a million accounts and served no one.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _scored AS
        SELECT i.id AS interaction_id, t.lure_score, t.categories, t.language,
               to_json(t.phrases) AS phrases, t.sponsored, t.model_score
        FROM (
            SELECT r.id, coalesce(o.own, r.text) AS text
            FROM (SELECT id, text {_TEXT_ROWS}) r LEFT JOIN ({own_words}) o USING (id)
        ) i JOIN _text_scores t ON t.text = i.text
        """
    )
    con.execute("DROP TABLE _text_scores")
    con.execute("CREATE OR REPLACE TABLE message_scores AS SELECT * EXCLUDE (model_score) FROM _scored")
    # Its own table: ``message_scores`` is what the signals read (on Spark too), and they were
    # trained on the lexicons' score; the model's reading only enters the messages' own verdict.
    con.execute(
        "CREATE OR REPLACE TABLE message_model_scores AS SELECT interaction_id, model_score FROM _scored"
    )
    con.execute("DROP TABLE _scored")


#: Context weights, fitted by maximum likelihood with the words' weight held at 1 so that what a
#: message says always counts in full: logit(lure) = logit(text) + RISK_WEIGHT * logit(sender risk) + BIAS.
#: The sender risk is the account model's, so they are refitted with it
#: (``benchmarks/fit_message_context.py``, on tuning seeds 1046-1047, messages to members only). An
#: earlier fit also weighed "to a protected member" (23.4): it learnt the simulator's labelling
#: (a persona's message counts as a lure only when a member receives it), so without
#: ``members.jsonl`` every message scored zero, as did every lure to an outsider.
CONTEXT_RISK_WEIGHT = 1.3263
CONTEXT_BIAS = -3.9174
#: A sender who has written to or invited fewer people than this is judged by its words alone: the
#: account model has nothing to go on, and its low risk for such an account means "not known", not
#: "known genuine" (with it, one obvious lure from a new contact scored near zero: hand-written lures
#: sent each from its own account, recall at the threshold 0.28 by the words, 0 in context).
CONTEXT_MIN_CONTACTS = 3


def escalate_threads(con: duckdb.DuckDBPyConnection) -> None:
    """``message_threads``: each message's conversation escalation so far (``lureguard.threads``)."""
    from lureguard.threads import thread_escalation

    thread_escalation(con)


def _model_join(con: duckdb.DuckDBPyConnection) -> str:
    """The join that brings the text model's score (``mm.model_score``) beside ``ms``, if stored."""
    return _MODEL_JOIN if has_table(con, "message_model_scores") else ""


_MODEL_JOIN = "LEFT JOIN message_model_scores mm USING (interaction_id)"


def _words_sql(with_model: bool) -> str:
    """SQL for a message's word score: the lexicons' and the text model's, averaged
    (``lure.textmodel.blend``); the lexicons' alone in a store made before the model."""
    return (
        "((ms.lure_score + coalesce(mm.model_score, ms.lure_score)) / 2)" if with_model else "ms.lure_score"
    )


def _words_score(con: duckdb.DuckDBPyConnection) -> str:
    return _words_sql(has_table(con, "message_model_scores"))


def message_context_sql(*, with_model: bool = True) -> str:
    """The ``message_context`` query over ``message_scores``, ``message_model_scores`` (when
    ``with_model``), ``interactions`` and ``account_scores``: one text, for DuckDB and, through
    ``spark.to_spark``, for Spark (``spark.spark_message_context``)."""
    clip = "least(greatest({x}, 1e-4), 1 - 1e-4)"
    words = _words_sql(with_model)
    t = clip.format(x=words)
    r = clip.format(x="coalesce(s.risk, 0)")
    return f"""
        WITH reach AS (
            SELECT src, count(DISTINCT dst) AS contacts FROM interactions
            WHERE type IN ('invitation', 'message') GROUP BY src
        )
        SELECT ms.interaction_id, {words} AS text_score, coalesce(s.risk, 0) AS sender_risk,
               CASE WHEN coalesce(r.contacts, 0) < {CONTEXT_MIN_CONTACTS} THEN {words}
                    ELSE 1 / (1 + exp(-(ln({t} / (1 - {t})) + {CONTEXT_RISK_WEIGHT} * ln({r} / (1 - {r}))
                                        + {CONTEXT_BIAS}))) END AS lure_score
        FROM message_scores ms {_MODEL_JOIN if with_model else ""}
        JOIN interactions i ON i.id = ms.interaction_id
        LEFT JOIN account_scores s ON s.account_id = i.src
        LEFT JOIN reach r ON r.src = i.src
        """


def contextualise_messages(con: duckdb.DuckDBPyConnection) -> None:
    """Judge each message in context: what it says, and who sent it.

    The same words ("we cover your travel", "a paid report", "send me your CV")
    come from genuine organisers and recruiters and from personas; the words
    alone cannot tell them apart. ``lure_score`` is therefore the chance that a
    message is part of a persona's approach, combining the words
    (``text_score``, kept beside it for single-message triage) with the
    sender's account risk. Whether the recipient is a protected member does not
    enter: it decides exposure, not whether the words are a lure, and a platform
    scanning without a members list must still see its lures. A sender that has
    contacted fewer than ``CONTEXT_MIN_CONTACTS`` people is judged by its words
    alone: there is no behaviour to weigh them against.
    """
    sql = message_context_sql(with_model=has_table(con, "message_model_scores"))
    con.execute(f"CREATE OR REPLACE TABLE message_context AS {sql}")


def _message_query(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """One row per scored text: contextual score (when the context stage ran), text score, the rest."""
    has_context = has_table(con, "message_context")
    has_threads = has_table(con, "message_threads")
    words = _words_score(con)
    score = "c.lure_score" if has_context else words
    join = _model_join(con)
    join += " LEFT JOIN message_context c USING (interaction_id)" if has_context else ""
    thread = "t.thread_score, t.thread_stages" if has_threads else "NULL::DOUBLE, NULL::VARCHAR[]"
    join += " LEFT JOIN message_threads t USING (interaction_id)" if has_threads else ""
    return con.execute(
        f"SELECT ms.interaction_id, {score}, {words}, ms.categories, ms.language, ms.phrases, ms.sponsored, "
        f"{thread} FROM message_scores ms {join} ORDER BY ms.interaction_id"
    )


def message_rows(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    """Rows of ``messages.jsonl``: contextual score, text-only score, categories, language, phrases."""
    rel = _message_query(con)
    while batch := rel.fetchmany(10_000):
        for iid, final, text_score, cats, lang, phrases, sponsored, t_score, t_stages in batch:
            row = {
                "interaction_id": iid,
                "lure_score": score6(final if final is not None else text_score),
                "categories": list(cats or []),
                "language": lang,
                "text_score": score6(text_score),
                "phrases": json.loads(phrases) if phrases else [],
                "sponsored": bool(sponsored),
            }
            if t_score is not None:
                row["thread_score"] = score6(t_score)
                row["thread_stages"] = list(t_stages or [])
            yield row


def message_lines(con: duckdb.DuckDBPyConnection, *, batch: int = 100_000) -> Iterator[str]:
    """``message_rows`` already serialised: the same bytes ``json.dumps`` gives, built column-wise.

    ``messages.jsonl`` has a line per message (millions on a platform), and
    building a dict per row only to serialise it dominated the write. Each
    field here is encoded exactly as ``json.dumps(row, ensure_ascii=False,
    allow_nan=False)`` encodes it; a test compares the two on a scanned world.
    """
    rel = _message_query(con)
    dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    escape = re.compile(r'["\\\x00-\x1f]').search

    def text(x: str) -> str:
        # json.dumps(ensure_ascii=False) escapes only quotes, backslashes and control characters
        return dumps(x) if escape(x) else f'"{x}"'

    cats_cache: dict[tuple[str, ...], str] = {}

    def stage_list(stages: list[str] | None) -> str:
        key = tuple(stages or ())
        out = cats_cache.get(key)
        if out is None:
            out = cats_cache[key] = dumps(list(key))
        return out

    phrase_cache: dict[str, str] = {}

    def num(x: float) -> str:
        x = score6(x)
        if x != x or x in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {x!r}")
        return float.__repr__(x)

    while rows := rel.fetchmany(batch):
        out = []
        for iid, final, text_score, cats, lang, phrases, sponsored, t_score, t_stages in rows:
            key = tuple(cats or ())
            c = cats_cache.get(key)
            if c is None:
                c = cats_cache[key] = dumps(list(key))
            if phrases:
                p = phrase_cache.get(phrases) if len(phrase_cache) < 4096 else None
                if p is None:
                    p = dumps(json.loads(phrases))
                    if len(phrase_cache) < 4096:
                        phrase_cache[phrases] = p
            else:
                p = "[]"
            out.append(
                f'{{"interaction_id": {text(iid)}, '
                f'"lure_score": {num(final if final is not None else text_score)}, '
                f'"categories": {c}, "language": {"null" if lang is None else text(lang)}, '
                f'"text_score": {num(text_score)}, "phrases": {p}, '
                f'"sponsored": {"true" if sponsored else "false"}'
                + (
                    ""
                    if t_score is None
                    else f', "thread_score": {num(t_score)}, "thread_stages": {stage_list(t_stages)}'
                )
                + "}"
            )
        yield from out


def detect_campaigns(
    con: duckdb.DuckDBPyConnection,
    scored: Scored,
    *,
    labels: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Campaign rows and each member account's campaign id (``lureguard.campaigns``), with analyst verdicts."""
    from lureguard.campaigns import detect_campaigns as detect

    return detect(con, scored, labels=labels, progress=progress)


def lift_by_campaign(con: duckdb.DuckDBPyConnection, scored: Scored) -> Scored:
    """A campaign's risk lifts its members' risk; call after ``detect_campaigns``."""
    from lureguard.campaigns import campaign_risk_lift, lifted_scored

    return lifted_scored(scored, campaign_risk_lift(con, scored))


def early_alerts(
    con: duckdb.DuckDBPyConnection, scored: Scored, campaign_of: dict[str, str], *, step: str = "1 day"
) -> list[dict[str, Any]]:
    """Rows of ``alerts.jsonl``: replayed in time order, no look-ahead (``lureguard.watch``)."""
    from lureguard.watch import early_alerts as replay_alerts

    return replay_alerts(con, scored, campaign_of, model=scored.model, step=step)


def write_extras(
    con: duckdb.DuckDBPyConnection, out: Path, scored: Scored, campaigns: list[dict[str, Any]]
) -> dict[str, Any]:
    """Files beyond the contract's four: ``exposure.jsonl`` and its summary."""
    from lureguard.exposure import write_extras as write_exposure

    return write_exposure(con, out, scored, campaigns)
