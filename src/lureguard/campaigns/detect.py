"""Campaign detection: suspicious accounts → evidence graph → scored clusters → contract rows.

The stage the scan calls is :func:`detect_campaigns`; :func:`find_campaigns`
returns everything (rows, member map, lifted risks, evidence) for callers that
want more, such as the report or an analyst's re-run with labels.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import numpy as np
import pyarrow as pa

from lureguard.campaigns._classifier import ClusterModel, cluster_features, load_cluster_model, reasons
from lureguard.campaigns._cluster import ClusterParams, cluster, lift, pair_weights, propagate_labels
from lureguard.campaigns._evidence import (
    KINDS,
    EvidenceParams,
    build_evidence,
    protected,
    script_fingerprints,
)
from lureguard.campaigns._summary import MESSENGERS, PERSONA_PATTERNS, summary
from lureguard.signals.profile._views import days_between
from lureguard.store import has_table

if TYPE_CHECKING:
    from lureguard.scan import Scored


#: Evidence that one operator runs the accounts (as opposed to accounts merely behaving alike).
FINGERPRINT_KINDS = ("photo", "contact", "employer", "template", "handoff")


@dataclass(frozen=True)
class CampaignParams:
    """Who is a candidate, what is reported; defaults tuned on simulator seeds 1000–1009."""

    candidate_risk: float = 0.3  # accounts below this join only through strong evidence
    report_risk: float = 0.5  # clusters scoring below this are not reported
    min_targets: int = 2  # protected members a cluster must have reached
    # A lone account is a campaign only at or above this risk; ``None``: the model's flag point.
    singleton_risk: float | None = None
    singleton_min_targets: int = 3
    # A group is reported only if, after its lift, a member is flagged: a report names people as one
    # operation, and no one the account model left unflagged is named on a looser rule than a flag.
    report_needs_flag: bool = True
    # A reported group names a member held only by weak ties (working alike, same targets, same
    # week) when its own risk reaches this (or the flag point, if lower); fingerprint ties always name.
    name_risk: float = 0.95
    # Below ``candidate_risk``, an account still takes part when it sends this many of an operation's
    # scripts (``script_pulled``); 0 turns the rule off.
    script_pull_scripts: int = 2
    # ... each sent by this many flagged accounts too
    script_pull_flagged: int = 2
    evidence: EvidenceParams = field(default_factory=EvidenceParams)
    clustering: ClusterParams = field(default_factory=ClusterParams)
    # The cluster classifier; ``None``: the shipped one (lureguard/models/cluster_model.json).
    cluster_model: ClusterModel | None = None


@dataclass(frozen=True)
class CampaignResult:
    """Contract rows, each member's campaign, and risks lifted by campaign membership."""

    rows: list[dict[str, Any]]
    campaign_of: dict[str, str]
    account_ids: tuple[str, ...]
    lifted_risk: np.ndarray
    evidence_counts: dict[str, int]
    # Every group of two or more judged, reported or not: accounts, features, score (for fitting
    # and auditing the cluster classifier).
    groups: list[dict[str, Any]] = field(default_factory=list)


def read_analyst_labels(path: Path | str) -> dict[str, str]:
    """An analyst's verdicts: CSV ``account_id,label`` (a header row optional), label ``fake`` or ``genuine``.

    Strict, since a verdict moves other accounts' risk: a row that is not two fields, an
    empty id, any other label, or one account given both verdicts is refused with its file,
    line and field, before anything is scanned. Blank lines and lines starting with ``#`` are
    skipped; one record per line (an id cannot hold a line break).
    """
    from lureguard.ingest import DatasetError

    name = str(path)
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(name, None, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    first = True
    for n, line in enumerate(text.splitlines(), start=1):
        # A comment is a line that starts with '#', not a parsed id that does: the dashboard
        # quotes every field, so '"#x","fake"' is a verdict on the account '#x'.
        if line.lstrip().startswith("#"):
            continue
        row = next(csv.reader([line]), [])
        if not row or not "".join(row).strip():
            continue
        header, first = first and [c.strip().lower() for c in row] == ["account_id", "label"], False
        if header:
            continue
        if len(row) != 2:
            raise DatasetError(name, n, None, f"expected 2 fields (account_id,label), got {len(row)}")
        acc, label = row[0].strip(), row[1].strip().lower()
        if not acc:
            raise DatasetError(name, n, "account_id", "empty")
        if label not in ("fake", "genuine"):
            raise DatasetError(name, n, "label", f"{row[1].strip()[:40]!r} is not 'fake' or 'genuine'")
        if out.get(acc, label) != label:
            raise DatasetError(name, n, "label", f"{acc[:80]!r} is {out[acc]} on line {seen[acc]}")
        out[acc] = label
        seen.setdefault(acc, n)
    return out


def _register(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    con.register(f"_{name}_arrow", table)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _{name}_arrow")
    con.unregister(f"_{name}_arrow")


def _persona_sql() -> str:
    cases = " ".join(
        f"WHEN regexp_matches(lower(coalesce(a.headline, '')), '{rx}') THEN '{label}'"
        for label, rx in PERSONA_PATTERNS
    )
    return f"CASE {cases} END"


def find_campaigns(
    con: duckdb.DuckDBPyConnection,
    scored: Scored,
    *,
    labels: Mapping[str, str] | None = None,
    params: CampaignParams | None = None,
    progress: Callable[[str], None] | None = None,
) -> CampaignResult:
    """Group suspicious accounts into campaigns and describe each one."""
    p = params or CampaignParams()
    ids = tuple(scored.run.account_ids)
    risk = np.asarray(scored.risk, dtype=float)
    labels = dict(labels or {})
    _register(
        con,
        "_risk",
        pa.table({"account_id": pa.array(list(ids), pa.string()), "risk": pa.array(risk, pa.float64())}),
    )
    genuine = [a for a, lab in labels.items() if lab == "genuine"]
    fakes = [a for a, lab in labels.items() if lab == "fake"]
    _register(
        con,
        "_lab",
        pa.table(
            {"account_id": genuine + fakes, "label": ["genuine"] * len(genuine) + ["fake"] * len(fakes)},
            schema=pa.schema([("account_id", pa.string()), ("label", pa.string())]),
        ),
    )
    gather_evidence(con, float(scored.threshold), p, progress=progress)
    return group_campaigns(
        con, ids, risk, float(scored.threshold), labels=labels, params=p, progress=progress
    )


def gather_evidence(
    con: duckdb.DuckDBPyConnection,
    flag_at: float,
    p: CampaignParams,
    *,
    progress: Callable[[str], None] | None = None,
) -> None:
    """``_cand`` and ``campaign_evidence`` from the relations ``_risk`` and ``_lab``.

    Separate from the grouping because it is the part that reads the whole graph: on Spark it
    runs where the events are (``lureguard.spark_campaigns``), the grouping on the driver.
    """
    # Candidates: suspicious enough, or given a verdict. A confirmed genuine account takes part in
    # the evidence so that its ties can carry trust to its neighbours; it is never named in a campaign.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _cand AS
        SELECT account_id FROM _risk WHERE risk >= {float(p.candidate_risk)}
        UNION SELECT account_id FROM _lab
        """
    )
    if p.script_pull_scripts > 0:
        script_pulled(con, flag_at, p)
    build_evidence(con, p.evidence, progress=progress)


def group_campaigns(
    con: duckdb.DuckDBPyConnection,
    ids: tuple[str, ...],
    risk: np.ndarray,
    flag_at: float,
    *,
    labels: Mapping[str, str],
    params: CampaignParams,
    population: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> CampaignResult:
    """Cluster the evidence, judge each group and write ``campaign_members`` and ``campaign_scores``.

    Reads only the candidates: their evidence, profiles and what they sent (so a driver-side
    slice of a platform's graph is enough). ``ids`` and ``risk`` must hold every account that
    may be flagged or grouped; ``population`` is how many accounts there are in all when ``ids``
    holds fewer (the analysts' labels walk ``log2(population)`` steps, as on the whole graph).
    """
    p = params
    risk = np.asarray(risk, dtype=float)
    _register(
        con,
        "_risk",
        pa.table({"account_id": pa.array(list(ids), pa.string()), "risk": pa.array(risk, pa.float64())}),
    )
    if progress:
        progress("campaigns: clustering")
    # ordered: Leiden with a fixed seed is deterministic only for a fixed edge order
    tbl = con.execute(
        "SELECT a, b, kind, weight FROM campaign_evidence ORDER BY a, b, kind, weight"
    ).to_arrow_table()
    # columns to Python lists in C, then zipped: row tuples through ``fetchall`` cost 2.6 s per
    # million evidence rows
    ev = list(zip(*(tbl.column(i).to_pylist() for i in range(4)), strict=True))
    edges = pair_weights(ev, p.clustering)
    if labels:
        before = risk
        steps = math.ceil(math.log2(max(population, 2))) if population is not None else None
        risk = propagate_labels(ids, risk, edges, labels, steps=steps)
        _register(
            con,
            "_risk",
            pa.table({"account_id": pa.array(list(ids), pa.string()), "risk": pa.array(risk, pa.float64())}),
        )
        _store_analyst_effect(con, ids, before, risk, labels)
    else:
        _store_analyst_effect(con, ids, risk, risk, {})
    vouched = {a for a, lab in labels.items() if lab == "genuine"}
    clusters = [
        kept_members
        for c in cluster(edges, p.clustering)
        if len(kept_members := [a for a in c if a not in vouched]) >= 2
    ]
    in_cluster = {a for c in clusters for a in c}
    index = {a: i for i, a in enumerate(ids)}
    single_at = flag_at if p.singleton_risk is None else float(p.singleton_risk)
    singles = [[a] for a, r in zip(ids, risk, strict=True) if r >= single_at and a not in in_cluster]
    groups = clusters + singles
    gid = [k for k, c in enumerate(groups) for _ in c]
    _register(
        con,
        "_grp",
        pa.table(
            {
                "g": pa.array(gid, pa.int64()),
                "account_id": pa.array([a for c in groups for a in c], pa.string()),
            }
        ),
    )
    feats = _cluster_features(con)
    model = p.cluster_model or load_cluster_model()
    kept: list[tuple[int, float]] = []
    lifts: set[int] = set()  # groups whose score may lift their members' risk
    judged: list[dict[str, Any]] = []
    why: dict[int, list[str]] = {}
    for k, members in enumerate(groups):
        f = feats.get(k, {})
        targets = int(f.get("targets") or 0)
        r = np.array([risk[index[a]] if a in index else 0.0 for a in members])
        if len(members) == 1:
            score = float(r[0]) if targets >= p.singleton_min_targets else 0.0
        else:
            share = {kind: float(f.get(f"share_{kind}") or 0.0) for kind in KINDS}
            # Only an operator's fingerprint (face, contact, script, employer, relay) says the
            # members are one operation; a group held together by a similar way of working alone
            # may be reported, but does not make its members riskier than the model found them.
            if any(share.get(kind, 0.0) > 0 for kind in FINGERPRINT_KINDS):
                lifts.add(k)
            x = cluster_features(
                r,
                share,
                targets,
                creation_span_days=f.get("creation_span"),
                connection_density=float(f.get("links") or 0) / (len(members) * (len(members) - 1) / 2),
            )
            score = model.score(x)
            why[k] = reasons(model, x, targets)
            judged.append(
                {
                    "accounts": list(members),
                    "features": x,
                    "score": score,
                    "targets": targets,
                    "reported": False,
                }
            )
        if score < p.report_risk or targets < p.min_targets:
            continue
        if p.report_needs_flag:
            top = lift(r, np.full(len(r), score)) if k in lifts else r
            if float(np.max(top)) < flag_at:
                continue
        kept.append((k, score))
        if len(members) > 1:
            judged[-1]["reported"] = True
    # Named: a reported group names the members tied to another member by an operator's
    # fingerprint and those whose own risk reaches ``name_risk``. Working alike (``modus``),
    # hitting the same people or joining in the same week says who might belong, not who does: a
    # firm's new recruiters, seen through an organisation's narrow window, work alike and were
    # merged with an operation's personas that worked like them (a blind generator's world: 37
    # genuine accounts named).
    # One pass over the evidence: fingerprint partners (anywhere) and every tie inside reported groups.
    grouped = {a for k, _ in kept if len(groups[k]) > 1 for a in groups[k]}
    partners: dict[str, set[str]] = {}
    ties: dict[str, set[str]] = {}
    for a, b, kind, _ in ev:
        if kind in FINGERPRINT_KINDS:
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
        if a in grouped and b in grouped:
            ties.setdefault(a, set()).add(b)
            ties.setdefault(b, set()).add(a)
    name_at = min(flag_at, float(p.name_risk))
    judged_size = {k: len(groups[k]) for k, _ in kept}
    for k, _ in kept:
        members = groups[k]
        if len(members) < 2:
            continue
        own = {a: float(risk[index[a]]) for a in members if a in index}
        groups[k] = _named(members, partners, own, name_at, flag_at=flag_at, ties=ties)
    # Stable ids: by first contact, then by first account id.
    kept.sort(key=lambda ks: (str(feats[ks[0]].get("first_seen")), groups[ks[0]][0]))
    names = {k: f"C{n + 1:03d}" for n, (k, _) in enumerate(kept)}
    campaign_of = {a: names[k] for k, _ in kept for a in groups[k]}
    crisk = np.zeros(len(ids))
    for k, score in kept:
        if k not in lifts:
            # A lone account's "campaign" score is its own risk: lifting by it would count the
            # same evidence twice (and push accounts just under the operating point over it).
            continue
        for a in _lifted(groups[k], partners, ties):
            if a in index:
                crisk[index[a]] = score
    lifted = np.where(crisk > 0, lift(risk, crisk), risk)
    _register(
        con,
        "_cm",
        pa.table(
            {
                "campaign": pa.array(list(campaign_of.values()), pa.string()),
                "account_id": pa.array(list(campaign_of), pa.string()),
            }
        ),
    )
    con.execute("CREATE OR REPLACE TABLE campaign_members AS SELECT * FROM _cm")
    _register(
        con,
        "_lift",
        pa.table({"account_id": pa.array(list(ids), pa.string()), "lifted": pa.array(lifted, pa.float64())}),
    )
    con.execute(
        "CREATE OR REPLACE TABLE campaign_scores AS SELECT r.account_id, r.risk, l.lifted AS lifted_risk, "
        "m.campaign FROM _risk r JOIN _lift l USING (account_id) LEFT JOIN campaign_members m USING (account_id)"
    )
    rows = _rows(con, {names[k]: (groups[k], score) for k, score in kept})
    group_of = {name: k for k, name in names.items()}
    for row in rows:
        # a lone account's reasons are its own, in accounts.jsonl
        k = group_of[row["campaign"]]
        row["reasons"] = list(why.get(k, []))
        if row["reasons"] and len(groups[k]) < judged_size[k]:
            # The reasons describe the group as judged; say so when it named fewer accounts.
            row["reasons"].append(
                f"judged as a group of {judged_size[k]} accounts, {judged_size[k] - len(groups[k])} of them "
                "not named for lack of evidence of their own"
            )
    counts = dict(
        con.execute("SELECT kind, count(*) FROM campaign_evidence GROUP BY kind ORDER BY kind").fetchall()
    )
    return CampaignResult(rows, campaign_of, ids, lifted, {str(k): int(v) for k, v in counts.items()}, judged)


#: Words that carry an approach's pitch beyond a greeting: a fee, a trip, another channel, secrecy, a
#: request for material. A contact number or a sum alone is left out: business people sign with
#: their mobile number, and a blind world's genuine accounts signed their stock greetings so.
PITCH_CUES = (
    "paid-work",
    "paid-travel",
    "off-platform",
    "messenger",
    "secrecy",
    "concealment",
    "information-request",
    "sensitive-request",
)


def script_pulled(con: duckdb.DuckDBPyConnection, flag_at: float, p: CampaignParams) -> int:
    """Add to ``_cand`` the accounts sending an operation's scripts, however low their own risk.

    Why: an operation writes one pitch for all its personas, and the account model judges each
    persona alone. A blind world's operation ran 34 headhunters with one set of lines ("send me
    your CV … and your clearance level", "even an internal draft would help"); 3 were flagged, 31
    scored about 0.001 and, never candidates, stayed outside the campaign the three formed. The
    template rule already ties senders once they are candidates; this decides who may be one.

    A script counts when two or more flagged accounts send it (``script_pull_flagged``), when its
    words carry a pitch (``PITCH_CUES``; a greeting signed with a phone number is none) and when it
    is no boilerplate (``max_group`` senders at most). An account is pulled in only when it sends
    ``script_pull_scripts`` such scripts, told apart by their opening words (one stock sentence
    with different slots is one script): one shared line is a coincidence genuine people can
    share; two are a copy of the operation's playbook. Returns how many accounts were added.
    """
    if not has_table(con, "message_scores"):
        return 0
    ep = p.evidence
    fps = script_fingerprints(
        con,
        min_chars=ep.template_min_chars,
        min_folded_chars=ep.template_min_folded_chars,
        script_words=ep.template_script_words,
    )
    cues = ", ".join(f"'{c}'" for c in PITCH_CUES)
    before = con.execute("SELECT count(*) FROM _cand").fetchone()
    con.execute(
        f"""
        INSERT INTO _cand
        WITH g AS (
            SELECT f.fp FROM {fps} f JOIN _risk r ON r.account_id = f.src GROUP BY f.fp
            HAVING count(DISTINCT f.src) <= {int(ep.max_group)}
               AND count(DISTINCT f.src) FILTER (WHERE r.risk >= {float(flag_at)}) >= {int(p.script_pull_flagged)}
        ), pitched AS (
            SELECT DISTINCT f.fp FROM {fps} f JOIN g USING (fp) JOIN message_scores s ON s.interaction_id = f.id
            WHERE list_has_any(
                coalesce(list_transform(from_json(s.phrases, '[{{"category": "VARCHAR"}}]'), p -> p.category), []),
                [{cues}]
            )
        )
        SELECT f.src FROM {fps} f JOIN pitched USING (fp)
        WHERE f.src NOT IN (SELECT account_id FROM _cand)
        GROUP BY f.src HAVING count(DISTINCT f.script) >= {int(p.script_pull_scripts)}
        """
    )
    after = con.execute("SELECT count(*) FROM _cand").fetchone()
    return int(after[0] if after else 0) - int(before[0] if before else 0)


def _lifted(
    members: Sequence[str], partners: Mapping[str, set[str]], ties: Mapping[str, set[str]]
) -> list[str]:
    """The members of a reported group that take its score: those it shows to be the operation's.

    A member sharing an operator's fingerprint with any account is one; so is a member tied by any
    evidence to such a member of the group. A member named for its own risk whose ties in the group
    reach only other such members is judged on its own. Why: on a blind world's seed 36, Leiden put
    a web of genuine recruiters and organisers who work alike beside two personas; an organiser at
    0.9877, just under the flag point, tied to the personas only through that web, was lifted over
    it by the personas' shared employer. (Lifting fingerprint-tied members only cost fakes tied
    to them by working alike: 0.8 points of recall on held-out simulator worlds 154-156.)
    """
    printed = {a for a in members if a in partners}
    return [a for a in members if a in printed or not ties.get(a, set()).isdisjoint(printed)]


def _named(
    members: Sequence[str],
    partners: Mapping[str, set[str]],
    risk: Mapping[str, float],
    name_at: float,
    *,
    flag_at: float = 1.0,
    ties: Mapping[str, set[str]] | None = None,
) -> list[str]:
    """The members a report names: the suspects, and who shares an operator's fingerprint with one.

    Anchors are members whose own risk reaches ``name_at``; a fingerprint names the members
    it ties to an anchor, directly or through other named members. Two accounts that merely
    share a fingerprint with each other are not named on it when no suspect is among them: a
    government agency's programme officers sending the agency's invitation template were grouped
    beside one persona they had in common ways of working with, and nine of them were named
    (a blind world's seed 28). With no anchor at all, every member tied by a fingerprint is named.

    In a group an operator's fingerprint holds, a suspect below the flag point is an anchor only
    when it is tied to the fingerprinted members (``ties``: any evidence), as for the lift
    (``_lifted``): a blind world's genuine organisers and recruiters at 0.96-0.988, in a web of
    others working alike that Leiden put beside two personas, were named in their campaign.
    """
    inside = set(members)
    anchors = {a for a in members if risk.get(a, 0.0) >= name_at}
    if ties is not None and any(a in partners for a in members):
        tied = set(_lifted(members, partners, ties))
        anchors = {a for a in anchors if risk.get(a, 0.0) >= flag_at or a in tied}
    if not anchors:
        named = {a for a in members if not partners.get(a, set()).isdisjoint(inside)}
    else:
        named, frontier = set(anchors), list(anchors)
        while frontier:
            for b in partners.get(frontier.pop(), set()) & inside:
                if b not in named:
                    named.add(b)
                    frontier.append(b)
    return [a for a in members if a in named] or list(members)


#: A propagated change of risk smaller than this is not worth a reason of its own.
ANALYST_EFFECT_MIN = 0.005


def _store_analyst_effect(
    con: duckdb.DuckDBPyConnection,
    ids: tuple[str, ...],
    before: np.ndarray,
    after: np.ndarray,
    labels: Mapping[str, str],
) -> None:
    """``analyst_effect``: labelled accounts and those whose risk their verdicts moved (for the reasons).

    Always rewritten, so a store kept across runs never carries an earlier run's verdicts.
    """
    # without verdicts nothing moved: no pass over a platform's million accounts
    shifted = np.abs(np.asarray(after) - np.asarray(before)) >= ANALYST_EFFECT_MIN if labels else []
    index = {a: k for k, a in enumerate(ids)} if labels else {}
    moved = sorted({*np.flatnonzero(shifted).tolist(), *(index[a] for a in labels if a in index)})
    tbl = pa.table(
        {
            "account_id": pa.array([ids[k] for k in moved], pa.string()),
            "label": pa.array([labels.get(ids[k]) for k in moved], pa.string()),
            "before": pa.array([float(before[k]) for k in moved], pa.float64()),
            "after": pa.array([float(after[k]) for k in moved], pa.float64()),
        }
    )
    con.register("_effect_arrow", tbl)
    try:
        con.execute("CREATE OR REPLACE TABLE analyst_effect AS SELECT * FROM _effect_arrow")
    finally:
        con.unregister("_effect_arrow")


def analyst_reason(label: str | None, before: float, after: float) -> dict[str, Any]:
    """The reason an analyst's verdict, or a neighbour's, gives an account (``accounts.jsonl``)."""
    if label == "fake":
        return {"signal": "analyst_label", "score": 1.0, "detail": "An analyst confirmed this account fake."}
    if label == "genuine":
        return {
            "signal": "analyst_label",
            "score": 0.0,
            "detail": "An analyst confirmed this account genuine; nothing else here overrides that.",
        }
    up = after > before
    return {
        "signal": "analyst_neighbours",
        "score": round(abs(after - before), 6),
        "detail": f"Risk {'raised' if up else 'lowered'} from {before:.2f} to {after:.2f}: campaign evidence "
        f"ties it to accounts an analyst confirmed {'fake' if up else 'genuine'}.",
    }


def _cluster_features(con: duckdb.DuckDBPyConnection) -> dict[int, dict[str, Any]]:
    """Per group: reach, timing and the share of members tied by each evidence kind."""
    kinds = ", ".join(
        f"count(DISTINCT m.account_id) FILTER (WHERE m.kind = '{k}') / any_value(n) AS share_{k}"
        for k in KINDS
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _gfeat AS
        WITH sizes AS (SELECT g, count(*) AS n FROM _grp GROUP BY g),
        ev AS (
            SELECT g.g, m.account_id, e.kind FROM campaign_evidence e
            JOIN _grp g ON g.account_id = e.a JOIN _grp g2 ON g2.account_id = e.b AND g2.g = g.g
            CROSS JOIN LATERAL (SELECT unnest([e.a, e.b]) AS account_id) m
        ),
        shares AS (
            SELECT m.g, {kinds} FROM ev m JOIN sizes s USING (g) GROUP BY m.g
        ),
        reach AS (
            SELECT g.g, count(DISTINCT i.dst) AS targets, min(i.ts) AS first_seen, max(i.ts) AS last_seen
            FROM _grp g JOIN interactions i ON i.src = g.account_id JOIN {protected(con)} mm ON mm.account_id = i.dst
            WHERE i.type IN ('invitation', 'message') GROUP BY g.g
        ),
        -- colleague ties: two members connected who name one real employer (``_colleague_pairs``),
        -- one of them vouched for by an unsuspected colleague at a firm (``_firm_vouched``). Personas
        -- of one operation connect to each other too (mutual contacts as proof of legitimacy): links
        -- among claimants of an employer no one else claims are no sign of a firm (a blind world: 20
        -- personas left unreported), nor are links among suspects that reach none of a real firm's
        -- other staff (a blind world's impersonators of five consulting firms, connected to each
        -- other, many never to the firms' staff, who are woven into their firm's network), nor a
        -- sleeper's links.
        links AS (
            SELECT g.g, count(*) AS links FROM _grp g
            JOIN _colleague_pairs k ON k.a = g.account_id
            JOIN _grp g2 ON g2.account_id = k.b AND g2.g = g.g
            WHERE k.a IN (SELECT id FROM _firm_vouched) OR k.b IN (SELECT id FROM _firm_vouched)
            GROUP BY g.g
        ),
        born AS (
            SELECT g.g, {days_between("min(a.created_at)", "max(a.created_at)")} AS creation_span
            FROM _grp g JOIN accounts a ON a.id = g.account_id GROUP BY g.g
        )
        SELECT s.g, r.targets, r.first_seen, r.last_seen, b.creation_span, l.links, sh.* EXCLUDE (g)
        FROM sizes s LEFT JOIN reach r USING (g) LEFT JOIN born b USING (g) LEFT JOIN links l USING (g) LEFT JOIN shares sh USING (g)
        """
    )
    rel = con.execute("SELECT * FROM _gfeat")
    cols = [d[0] for d in rel.description]
    return {int(r[0]): dict(zip(cols, r, strict=True)) for r in rel.fetchall()}


def _rows(con: duckdb.DuckDBPyConnection, kept: dict[str, tuple[list[str], float]]) -> list[dict[str, Any]]:
    """Contract rows (plus evidence kinds and counts) for the reported campaigns."""
    if not kept:
        return []
    messengers = "|".join(MESSENGERS)
    reach = protected(con)
    stats = con.execute(
        f"""
        WITH cm AS (SELECT * FROM campaign_members),
        out AS (
            SELECT cm.campaign, i.* FROM cm JOIN interactions i ON i.src = cm.account_id
            JOIN {reach} m ON m.account_id = i.dst WHERE i.type IN ('invitation', 'message')
        ),
        tg AS (
            SELECT o.campaign, list(DISTINCT o.dst ORDER BY o.dst) AS targets, min(o.ts) AS first_seen,
                   max(o.ts) AS last_seen, count(DISTINCT m.organization) AS orgs
            FROM out o JOIN {reach} m ON m.account_id = o.dst GROUP BY o.campaign
        ),
        sec AS (
            SELECT campaign, map_from_entries(list({{'k': sector, 'v': n}})) AS sectors FROM (
                SELECT o.campaign, m.sector, count(DISTINCT o.dst) AS n FROM out o
                JOIN {reach} m ON m.account_id = o.dst WHERE nullif(trim(m.sector), '') IS NOT NULL GROUP BY ALL
            ) GROUP BY campaign
        ),
        cat AS (
            SELECT campaign, map_from_entries(list({{'k': c, 'v': n}})) AS cats FROM (
                SELECT campaign, c, count(*) AS n FROM (
                    SELECT o.campaign, unnest(s.categories) AS c FROM out o
                    JOIN message_scores s ON s.interaction_id = o.id
                ) GROUP BY ALL
            ) GROUP BY campaign
        ),
        offp_msg AS (
            SELECT o.campaign, o.src, o.dst,
                   lower(nullif(regexp_extract(o.text, '(?i)({messengers})', 1), '')) AS messenger
            FROM out o JOIN message_scores s ON s.interaction_id = o.id
            WHERE list_contains(s.categories, 'off-platform')
        ),
        top_messenger AS (
            -- the most named messenger, ties broken by name (not by which row came first), so
            -- the summary reads the same on every run
            SELECT campaign, first(messenger ORDER BY n DESC, messenger) AS messenger FROM (
                SELECT campaign, messenger, count(*) AS n FROM offp_msg WHERE messenger IS NOT NULL GROUP BY ALL
            ) GROUP BY campaign
        ),
        offp AS (
            SELECT c.campaign, c.conversations, t.messenger FROM (
                SELECT campaign, count(DISTINCT (src, dst)) AS conversations FROM offp_msg GROUP BY campaign
            ) c LEFT JOIN top_messenger t USING (campaign)
        ),
        -- the members' headlines first: with the persona test in one query, DuckDB pushed
        -- "persona IS NOT NULL" into the scan and ran the regexes on every account (2.9 s at 1 M)
        heads AS MATERIALIZED (SELECT cm.campaign, x.headline FROM cm JOIN accounts x ON x.id = cm.account_id),
        per AS (
            SELECT campaign, map_from_entries(list({{'k': persona, 'v': n}})) AS personas FROM (
                SELECT a.campaign, {_persona_sql()} AS persona, count(*) AS n FROM heads a GROUP BY ALL
            ) WHERE persona IS NOT NULL GROUP BY campaign
        )
        SELECT tg.campaign, tg.targets, tg.first_seen, tg.last_seen, tg.orgs, sec.sectors, cat.cats,
               offp.conversations, offp.messenger, per.personas
        FROM tg LEFT JOIN sec USING (campaign) LEFT JOIN cat USING (campaign)
        LEFT JOIN offp USING (campaign) LEFT JOIN per USING (campaign)
        """
    ).fetchall()
    kinds = dict(
        con.execute(
            """
            SELECT x.campaign, list(DISTINCT kind ORDER BY kind) FROM campaign_evidence e
            JOIN campaign_members x ON x.account_id = e.a JOIN campaign_members y ON y.account_id = e.b
            WHERE x.campaign = y.campaign GROUP BY x.campaign
            """
        ).fetchall()
    )
    by_id = {r[0]: r for r in stats}
    rows: list[dict[str, Any]] = []
    for cid in sorted(kept):
        accounts, score = kept[cid]
        _, targets, first, last, orgs, sectors, cats, offp, messenger, personas = by_id.get(
            cid, (cid, [], None, None, 0, None, None, 0, None, None)
        )
        messenger = next((m for m in MESSENGERS if messenger and m.lower() == str(messenger).lower()), None)
        rows.append(
            {
                "campaign": cid,
                "accounts": sorted(accounts),
                "targets": list(targets or []),
                "first_seen": _iso(first),
                "last_seen": _iso(last),
                "risk": round(float(score), 6),
                "summary": summary(
                    accounts=len(accounts),
                    persona_counts=dict(personas or {}),
                    targets=len(targets or []),
                    sector_counts=dict(sectors or {}),
                    organizations=int(orgs or 0),
                    first=first,
                    last=last,
                    category_counts=dict(cats or {}),
                    off_platform=int(offp or 0),
                    messenger=messenger,
                ),
                "evidence": list(kinds.get(cid, [])),
            }
        )
    return rows


def _iso(t: datetime | None) -> str | None:
    if t is None:
        return None
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def detect_campaigns(
    con: duckdb.DuckDBPyConnection,
    scored: Scored,
    *,
    labels: Mapping[str, str] | None = None,
    params: CampaignParams | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The scan stage: ``campaigns.jsonl`` rows and each member account's campaign id."""
    res = find_campaigns(con, scored, labels=labels, params=params, progress=progress)
    return res.rows, res.campaign_of


def campaign_risk_lift(con: duckdb.DuckDBPyConnection, scored: Scored) -> np.ndarray:
    """Risks lifted by campaign membership, aligned with ``scored.run.account_ids``.

    Reads ``campaign_scores`` written by :func:`find_campaigns`; accounts outside
    any campaign keep their own risk.
    """
    ids = list(scored.run.account_ids)
    got = dict(con.execute("SELECT account_id, lifted_risk FROM campaign_scores").fetchall())
    return np.array([float(got.get(a, r)) for a, r in zip(ids, scored.risk, strict=True)])


def lifted_scored(scored: Scored, risk: np.ndarray) -> Scored:
    """A new ``Scored`` carrying lifted risks (flags re-derived at the same threshold)."""
    return replace(scored, risk=np.asarray(risk, dtype=float), flagged=np.asarray(risk) >= scored.threshold)
