"""``lureguard evaluate``: a scan judged against a world's ground truth.

Only here are ``labels.jsonl`` and ``message_labels.jsonl`` read. Every figure
is defined in one function below so that the closing notes, the docs and the
tests mean the same thing by it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
from rich.table import Table
from sklearn.metrics import adjusted_rand_score, f1_score, roc_auc_score, roc_curve

from lureguard import contract
from lureguard.exposure import stage_sql
from lureguard.ingest import dataset_files, open_dataset
from lureguard.lure import DEFAULT_THRESHOLD

__all__ = ["evaluate", "recall_at_fpr", "render_table"]

#: Genuine personas reported on their own: the people a false accusation would harm.
HARD_NEGATIVE_TAG = "hard-negative"
WATCHED_COUNTRIES = ("CN", "HK", "SG")
#: Genuine senders whose offers, travel and "confidential" searches are the lure detector's hard negatives.
HARD_NEGATIVE_PERSONAS = ("recruiter", "event-organiser", "sales", "expert-network")
#: A message at or above the lure module's default threshold counts as called a lure.
LURE_THRESHOLD = DEFAULT_THRESHOLD


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise FileNotFoundError(f"{path}: missing; run 'lureguard scan' first")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def recall_at_fpr(y: np.ndarray, score: np.ndarray, fpr_max: float = 0.01) -> float:
    """Best recall with a false-positive rate at most ``fpr_max`` (ties kept together)."""
    if y.sum() == 0 or (1 - y).sum() == 0:
        return float("nan")
    fpr, tpr, _ = roc_curve(y, score)
    ok = fpr <= fpr_max + 1e-12
    return float(tpr[ok].max()) if ok.any() else 0.0


def _auc(y: np.ndarray, s: np.ndarray) -> float:
    if len(set(y.tolist())) < 2:
        return float("nan")
    return float(roc_auc_score(y, s))


def _rate(flags: Iterable[bool]) -> dict[str, float | int]:
    f = list(flags)
    return {"n": len(f), "flagged": int(sum(f)), "fpr": (sum(f) / len(f)) if f else float("nan")}


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval for k of n: honest for the handful of false flags a world has."""
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    d = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, mid - half), min(1.0, mid + half)


def fairness(
    flagged: Mapping[str, bool], group_of: Mapping[str, bool], persona_of: Mapping[str, str]
) -> dict[str, Any]:
    """Is the watched group flagged more than others *who do the same job*?

    Why within persona: CN/HK/SG accounts are mostly academics and businesspeople
    abroad, others mostly colleagues; a raw rate mixes who they are with where they
    are. Expected = the watched accounts' flags if each had its persona's rate among
    the others; the Fisher test compares the raw counts.
    """
    from scipy.stats import fisher_exact

    rates: dict[str, list[int]] = {}
    for a, f in flagged.items():
        if not group_of.get(a, False):
            r = rates.setdefault(persona_of.get(a, "ordinary"), [0, 0])
            r[0] += int(f)
            r[1] += 1
    watched = [a for a in flagged if group_of.get(a, False)]
    expected = 0.0
    for a in watched:
        k, n = rates.get(persona_of.get(a, "ordinary"), (0, 0))
        expected += k / n if n else 0.0
    wk, wn = sum(flagged[a] for a in watched), len(watched)
    ok = sum(f for a, f in flagged.items() if not group_of.get(a, False))
    on = len(flagged) - wn
    p = (
        float(fisher_exact([[wk, wn - wk], [ok, on - ok]], alternative="greater")[1])
        if wn and on
        else float("nan")
    )
    return {"watched_flagged": int(wk), "expected_within_persona": round(expected, 3), "fisher_p_greater": p}


def _table(con: duckdb.DuckDBPyConnection, path: Path) -> str:
    p = str(path).replace("'", "''")
    return (
        f"read_parquet('{p}')"
        if path.suffix == ".parquet"
        else f"read_json_auto('{p}', format='newline_delimited')"
    )


def _true_exposure(
    con: duckdb.DuckDBPyConnection,
    inter: str,
    members: str,
    labels: Mapping[str, Mapping[str, Any]],
    msg_truth: list[dict[str, Any]],
) -> dict[str, int]:
    """Each member's deepest stage reached by a campaign's fake accounts, from the world's truth.

    The scan's own rule (``exposure.stage_sql``) over the labelled fakes and the labelled
    message categories: what ``exposure.jsonl`` would say with perfect detection.
    """
    fakes = [a for a, r in labels.items() if r.get("label") == "fake" and r.get("campaign")]
    con.register("_tf", pa.table({"account_id": pa.array(fakes, pa.string())}))
    con.register(
        "_tm",
        pa.table(
            {
                "interaction_id": pa.array([str(t["interaction_id"]) for t in msg_truth], pa.string()),
                "categories": pa.array(
                    [list(t.get("categories") or []) for t in msg_truth], pa.list_(pa.string())
                ),
            }
        ),
    )
    try:
        rows = con.execute(
            f"""
            WITH ev AS (
                SELECT i."to" AS member, i.id, i.type, FALSE AS from_member
                FROM {inter} i JOIN _tf f ON f.account_id = i."from" JOIN {members} m ON m.account_id = i."to"
                UNION ALL
                SELECT i."from", i.id, i.type, TRUE
                FROM {inter} i JOIN _tf f ON f.account_id = i."to" JOIN {members} m ON m.account_id = i."from"
            ),
            staged AS (
                SELECT e.member, e.type, e.from_member,
                       {stage_sql("coalesce(t.categories, [])", "e.from_member", "e.type")} AS stage
                FROM ev e LEFT JOIN _tm t ON t.interaction_id = e.id
            )
            SELECT member, max(stage) FROM staged WHERE stage IS NOT NULL GROUP BY member
            HAVING bool_or(type IN ('invitation', 'message'))
            """
        ).fetchall()
    finally:
        con.unregister("_tf")
        con.unregister("_tm")
    return {str(m): int(st) for m, st in rows}


def _exposure_figures(true_stage: Mapping[str, int], path: Path) -> dict[str, Any]:
    """Who is exposed and how far, as reported (``exposure.jsonl``) against the truth.

    ``recall``: members a campaign's fakes truly contacted that the file names;
    ``precision``: named members truly in touch with a fake; ``stage_exact``: named and
    truly exposed members given their true deepest stage; ``deep_recall``: members
    truly moved off the platform or offered a trip, reported at one of those stages.
    """
    if not path.exists():
        return {"note": f"{path.name} missing"}
    stages = contract.EXPOSURE_STAGES
    reported = {str(r["account_id"]): stages.index(r["stage"]) for r in _read_jsonl(path)}
    both = [m for m in true_stage if m in reported]
    deep = [m for m, st in true_stage.items() if st >= stages.index("off-platform")]
    by_true: dict[str, dict[str, int]] = {}
    for m, st in true_stage.items():
        row = by_true.setdefault(stages[st], {"n": 0, "reported": 0, "exact": 0})
        row["n"] += 1
        row["reported"] += m in reported
        row["exact"] += reported.get(m) == st
    return {
        "members_exposed": len(true_stage),
        "members_reported": len(reported),
        "recall": len(both) / len(true_stage) if true_stage else float("nan"),
        "precision": len(both) / len(reported) if reported else float("nan"),
        "stage_exact": sum(reported[m] == true_stage[m] for m in both) / len(both) if both else float("nan"),
        "deep_recall": (
            sum(reported.get(m, -1) >= stages.index("off-platform") for m in deep) / len(deep)
            if deep
            else float("nan")
        ),
        "by_true_stage": {s: by_true[s] for s in stages if s in by_true},
    }


def evaluate(dataset: Path, scan_dir: Path) -> dict[str, Any]:
    """All figures for one world and one scan of it."""
    scan_dir = Path(scan_dir)
    accounts_out = {r["account_id"]: r for r in _read_jsonl(scan_dir / "accounts.jsonl")}
    campaigns_out = _read_jsonl(scan_dir / "campaigns.jsonl")
    messages_out = {r["interaction_id"]: r for r in _read_jsonl(scan_dir / "messages.jsonl")}
    if not (scan_dir / "alerts.jsonl").exists() and (scan_dir / "accounts.jsonl").exists():
        raise FileNotFoundError(
            f"{scan_dir / 'alerts.jsonl'}: missing; this scan ran without the replay (--no-replay), "
            "so early warning cannot be measured: scan again without --no-replay"
        )
    alerts_out = _read_jsonl(scan_dir / "alerts.jsonl")

    with open_dataset(Path(dataset)) as folder:
        files = dataset_files(folder)
        labels_path = folder / "labels.jsonl"
        if not labels_path.exists():
            raise FileNotFoundError(f"{labels_path}: no ground truth in this dataset")
        labels = {r["account_id"]: r for r in _read_jsonl(labels_path)}
        con = duckdb.connect()
        con.execute("SET TimeZone = 'UTC'")
        inter = _table(con, files["interactions"])
        members = _table(con, files["members"]) if "members" in files else None
        acc = _table(con, files["accounts"])
        contacts = (
            con.execute(
                f'SELECT i."from", i."to", min(CAST(i."at" AS TIMESTAMPTZ)) AS first_at FROM {inter} i '
                f'JOIN {members} m ON m.account_id = i."to" '
                "WHERE i.type IN ('invitation', 'message') GROUP BY 1, 2"
            ).fetchall()
            if members
            else []
        )
        # ``country`` is optional: a dataset may leave it out of every line
        has_country = "country" in {c[0] for c in con.execute(f"DESCRIBE SELECT * FROM {acc}").fetchall()}
        countries = (
            dict(con.execute(f"SELECT id, upper(country) FROM {acc} WHERE country IS NOT NULL").fetchall())
            if has_country
            else {}
        )
        msg_truth_path = folder / "message_labels.jsonl"
        msg_truth = _read_jsonl(msg_truth_path) if msg_truth_path.exists() else []
        sender_of = dict(
            con.execute(
                f"SELECT id, \"from\" FROM {inter} WHERE type IN ('invitation', 'message')"
            ).fetchall()
        )
        true_stage = _true_exposure(con, inter, members, labels, msg_truth) if members else {}

    contacted_member = {a for a, _, _ in contacts}
    result: dict[str, Any] = {"dataset": str(dataset), "scan": str(scan_dir)}

    # --- accounts -------------------------------------------------------------
    pop = [a for a in accounts_out if a in contacted_member and a in labels]
    y = np.array([labels[a]["label"] == "fake" for a in pop], dtype=int)
    risk = np.array([accounts_out[a]["risk"] for a in pop], dtype=float)
    flagged = np.array([accounts_out[a]["flagged"] for a in pop], dtype=bool)
    tp = int((flagged & (y == 1)).sum())
    result["accounts"] = {
        "population": len(pop),
        "fakes": int(y.sum()),
        "roc_auc": _auc(y, risk),
        "recall_at_1pct_fpr": recall_at_fpr(y, risk, 0.01),
        "flagged_precision": tp / flagged.sum() if flagged.sum() else float("nan"),
        "flagged_recall": tp / y.sum() if y.sum() else float("nan"),
        "flagged_fpr": float((flagged & (y == 0)).sum() / max((y == 0).sum(), 1)),
    }
    # False positives on genuine people, by persona and by country (all genuine senders).
    genuine = [a for a in accounts_out if labels.get(a, {}).get("label") == "genuine"]
    by_persona: dict[str, list[bool]] = {}
    for a in genuine:
        by_persona.setdefault(labels[a].get("persona") or "ordinary", []).append(accounts_out[a]["flagged"])
    result["genuine_fpr_by_persona"] = {k: _rate(v) for k, v in sorted(by_persona.items())}
    watched = [accounts_out[a]["flagged"] for a in genuine if countries.get(a) in WATCHED_COUNTRIES]
    others = [accounts_out[a]["flagged"] for a in genuine if countries.get(a) not in WATCHED_COUNTRIES]
    result["genuine_fpr_by_country"] = {"CN/HK/SG": _rate(watched), "other": _rate(others)}
    for r in (*result["genuine_fpr_by_persona"].values(), *result["genuine_fpr_by_country"].values()):
        r["ci95"] = list(wilson_interval(int(r["flagged"]), int(r["n"])))
    result["fairness_cn_hk_sg"] = fairness(
        {a: bool(accounts_out[a]["flagged"]) for a in genuine},
        {a: countries.get(a) in WATCHED_COUNTRIES for a in genuine},
        {a: labels[a].get("persona") or "ordinary" for a in genuine},
    )

    # --- campaigns -------------------------------------------------------------
    fakes = [a for a, lab in labels.items() if lab["label"] == "fake" and lab.get("campaign")]
    true_c = [labels[a]["campaign"] for a in fakes]
    pred_c = [accounts_out.get(a, {}).get("campaign") or f"__single__{a}" for a in fakes]
    truth_sets: dict[str, set[str]] = {}
    for a, c in zip(fakes, true_c, strict=True):
        truth_sets.setdefault(c, set()).add(a)
    detected = {
        c: any(
            accounts_out.get(a, {}).get("flagged") or accounts_out.get(a, {}).get("campaign")
            for a in members_
        )
        for c, members_ in truth_sets.items()
    }
    pred_sets = [set(c["accounts"]) for c in campaigns_out]
    best_jaccard = {
        c: max((len(s & p) / len(s | p) for p in pred_sets), default=0.0) for c, s in truth_sets.items()
    }
    result["campaigns"] = {
        "true": len(truth_sets),
        "predicted": len(campaigns_out),
        "ari_over_fakes": float(adjusted_rand_score(true_c, pred_c)) if fakes else float("nan"),
        "detected_share": (sum(detected.values()) / len(detected)) if detected else float("nan"),
        "recovered_share_jaccard_0_5": (
            sum(j >= 0.5 for j in best_jaccard.values()) / len(best_jaccard) if best_jaccard else float("nan")
        ),
        # A report names its accounts as one operation: genuine people in it are false accusations.
        "reported_naming_no_fake": sum(
            1 for p in pred_sets if not any(labels.get(a, {}).get("label") == "fake" for a in p)
        ),
        "genuine_accounts_in_reported": len(
            {a for p in pred_sets for a in p if labels.get(a, {}).get("label") == "genuine"}
        ),
    }

    # --- early warning -----------------------------------------------------------
    first_alert: dict[str, Any] = {}
    corroborated: set[str] = set()  # accounts whose first alert came from a shared fingerprint
    for al in alerts_out:
        t = np.datetime64(al["at"].replace("Z", "").split("+")[0])
        if al["account_id"] not in first_alert or t < first_alert[al["account_id"]]:
            first_alert[al["account_id"]] = t
            corroborated.discard(al["account_id"])
            if al.get("fingerprint"):
                corroborated.add(al["account_id"])
    reached: dict[str, dict[str, Any]] = {}
    for a, m, at in contacts:
        c = labels.get(a, {}).get("campaign")
        if labels.get(a, {}).get("label") == "fake" and c:
            t = np.datetime64(at.replace(tzinfo=None))
            if m not in reached.setdefault(c, {}) or t < reached[c][m]:
                reached[c][m] = t
    shares: dict[str, float] = {}
    before: dict[str, int] = {}  # people reached before the first alert (all of them if never alerted)
    for c, tgt in reached.items():
        alert_times = [first_alert[a] for a in truth_sets.get(c, ()) if a in first_alert]
        t0 = min(alert_times) if alert_times else None
        before[c] = sum(1 for t in tgt.values() if t0 is None or t < t0)
        shares[c] = before[c] / len(tgt)
    # Why split by size: a lone persona that writes to two people cannot be alerted on within 2 % of
    # its reach without an alert before its first contact, from its profile alone; an operation of
    # many accounts can. One median over both hides which of the two moved.
    multi = {c for c in reached if len(truth_sets.get(c, ())) >= 2}
    genuine_alerted = sum(1 for a in first_alert if labels.get(a, {}).get("label") == "genuine")
    result["early_warning"] = {
        "median_share_reached_before_first_alert": float(np.median(list(shares.values())))
        if shares
        else float("nan"),
        "per_campaign": dict(sorted(shares.items())),
        "multi_account_campaigns": len(multi),
        "median_share_multi_account": _median([shares[c] for c in multi]),
        "median_share_lone_persona": _median([shares[c] for c in reached if c not in multi]),
        "campaigns_within_2pct": sum(1 for v in shares.values() if v <= 0.02),
        "median_reached_before_first_alert_multi_account": _median([before[c] for c in multi]),
        "reached_before_first_alert": dict(sorted(before.items())),
        "campaigns_never_alerted": sum(
            1 for c in reached if not any(a in first_alert for a in truth_sets.get(c, ()))
        ),
        "alerts_on_genuine_accounts": genuine_alerted,
        "alerts_on_genuine_accounts_corroborated": sum(
            1 for a in corroborated if labels.get(a, {}).get("label") == "genuine"
        ),
        "alerts": len(first_alert),
    }

    # --- exposure ------------------------------------------------------------------
    result["exposure"] = _exposure_figures(true_stage, scan_dir / "exposure.jsonl")

    # --- messages ------------------------------------------------------------------
    scored = [t for t in msg_truth if t["interaction_id"] in messages_out]
    if scored:
        ym = np.array([bool(t["lure"]) for t in scored], dtype=int)
        sm = np.array([messages_out[t["interaction_id"]]["lure_score"] for t in scored], dtype=float)
        per_cat = {}
        for cat in contract.LURE_CATEGORIES:
            yt = [cat in t.get("categories", []) for t in scored]
            yp = [cat in messages_out[t["interaction_id"]]["categories"] for t in scored]
            per_cat[cat] = float(f1_score(yt, yp, zero_division=0.0)) if any(yt) else float("nan")
        # False positives on the hard negatives' own words: messages by genuine
        # recruiters and event organisers scored at or above the lure threshold.
        fp_by_persona: dict[str, list[bool]] = {}
        for text, score in zip(scored, sm, strict=True):
            sender = labels.get(sender_of.get(text["interaction_id"], ""), {})
            if sender.get("label") == "genuine" and sender.get("persona") in HARD_NEGATIVE_PERSONAS:
                fp_by_persona.setdefault(sender["persona"], []).append(bool(score >= LURE_THRESHOLD))
        result["messages"] = {
            "n": len(scored),
            "lures": int(ym.sum()),
            "roc_auc": _auc(ym, sm),
            "category_f1": per_cat,
            "fpr_hard_negative_senders": {k: _rate(v) for k, v in sorted(fp_by_persona.items())},
        }
    else:
        result["messages"] = {"n": 0, "note": "no scored messages or no message truth"}
    return _finite(result)


def _finite(obj: Any) -> Any:
    """NaN is not JSON; undefined figures become null."""
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        return None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_finite(v) for v in obj]
    if isinstance(obj, np.floating | np.integer):
        return _finite(obj.item())
    return obj


def _median(values: list[float] | list[int]) -> float | None:
    """None when there is nothing to take the median of (no campaign of that kind in the world)."""
    return float(np.median(values)) if values else None


def _fmt(v: Any) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.4f}"
    return str(v)


def render_table(m: dict[str, Any]) -> Table:
    """The figures as one readable table."""
    t = Table(title=f"lureguard evaluate — {m['dataset']}", show_header=True)
    t.add_column("measure")
    t.add_column("value", justify="right")
    a = m["accounts"]
    rows = [
        ("accounts that contacted a member (fakes)", f"{a['population']} ({a['fakes']})"),
        ("account ROC AUC", _fmt(a["roc_auc"])),
        ("recall at 1% FPR", _fmt(a["recall_at_1pct_fpr"])),
        ("flagged precision / recall", f"{_fmt(a['flagged_precision'])} / {_fmt(a['flagged_recall'])}"),
        ("flagged FPR", _fmt(a["flagged_fpr"])),
    ]
    for persona, r in m["genuine_fpr_by_persona"].items():
        rows.append((f"FPR genuine '{persona}' (n={r['n']})", _fmt(r["fpr"])))
    for group, r in m["genuine_fpr_by_country"].items():
        rows.append((f"FPR genuine located {group} (n={r['n']})", _fmt(r["fpr"])))
    fair = m.get("fairness_cn_hk_sg")
    if fair:
        rows.append(
            (
                "CN/HK/SG flagged vs expected within persona (Fisher p, greater)",
                f"{fair['watched_flagged']} vs {fair['expected_within_persona']} "
                f"(p={_fmt(fair['fisher_p_greater'])})",
            )
        )
    c = m["campaigns"]
    rows += [
        ("campaigns true / predicted", f"{c['true']} / {c['predicted']}"),
        ("campaign ARI over fakes", _fmt(c["ari_over_fakes"])),
        ("campaigns detected", _fmt(c["detected_share"])),
        ("campaigns recovered (Jaccard ≥ 0.5)", _fmt(c["recovered_share_jaccard_0_5"])),
        ("reported campaigns naming no fake", _fmt(c.get("reported_naming_no_fake", 0))),
        ("genuine accounts named in campaigns", _fmt(c.get("genuine_accounts_in_reported", 0))),
    ]
    e = m["early_warning"]
    rows += [
        (
            "median share of targets reached before first alert",
            _fmt(e["median_share_reached_before_first_alert"]),
        ),
        (
            "  over operations of 2+ accounts / lone personas",
            f"{_fmt(e.get('median_share_multi_account'))} / {_fmt(e.get('median_share_lone_persona'))}",
        ),
        (
            "  people an operation reached before its first alert (median)",
            _fmt(e.get("median_reached_before_first_alert_multi_account")),
        ),
        ("campaigns alerted within 2 % of their reach", _fmt(e.get("campaigns_within_2pct"))),
        ("campaigns never alerted", _fmt(e["campaigns_never_alerted"])),
        ("alerts on genuine accounts", _fmt(e["alerts_on_genuine_accounts"])),
        ("  of them through a shared fingerprint", _fmt(e.get("alerts_on_genuine_accounts_corroborated", 0))),
    ]
    x = m.get("exposure", {})
    if "recall" in x:
        rows += [
            (
                "members exposed: truly / reported",
                f"{x['members_exposed']} / {x['members_reported']}",
            ),
            ("exposure recall / precision", f"{_fmt(x['recall'])} / {_fmt(x['precision'])}"),
            ("exposure stage exact (named members)", _fmt(x["stage_exact"])),
            ("moved off-platform or offered a trip, reported so", _fmt(x["deep_recall"])),
        ]
    msg = m["messages"]
    rows.append(("messages scored (lures)", f"{msg.get('n', 0)} ({msg.get('lures', 0)})"))
    if msg.get("n"):
        rows.append(("message lure ROC AUC", _fmt(msg["roc_auc"])))
        for cat, f1 in msg["category_f1"].items():
            rows.append((f"F1 {cat}", _fmt(f1)))
        for persona, r in msg.get("fpr_hard_negative_senders", {}).items():
            rows.append((f"messages by genuine '{persona}' called lures (n={r['n']})", _fmt(r["fpr"])))
    for k, v in rows:
        t.add_row(k, v)
    return t
