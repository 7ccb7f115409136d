"""The security officer's report: one self-contained, escaped HTML file.

Jinja2 autoescaping is on for every value, because names, headlines and
messages are written by the adversary. Charts are inline SVG computed here from
numbers only; the page loads nothing from anywhere (its CSP forbids it).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from jinja2 import Environment, PackageLoader, select_autoescape

from lureguard import __version__
from lureguard.contract import EXPOSURE_STAGES
from lureguard.store import has_table

__all__ = ["report_data", "write_report"]


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    rel = con.execute(sql, params or [])
    cols = [d[0] for d in rel.description]
    return [dict(zip(cols, r, strict=True)) for r in rel.fetchall()]


def _bars(items: list[tuple[str, float]], width: int = 520, bar_h: int = 22) -> dict[str, Any]:
    """Geometry of a horizontal bar chart; labels stay text for the template to escape."""
    top = max((v for _, v in items), default=0) or 1
    label_w = 190
    return {
        "width": width,
        "height": bar_h * len(items) + 8,
        "bars": [
            {
                "label": label,
                "value": value,
                "y": i * bar_h + 4,
                "w": max(1.0, (width - label_w - 60) * value / top),
                "x": label_w,
            }
            for i, (label, value) in enumerate(items)
        ],
    }


def _timeline(points: list[dict[str, Any]], width: int = 760, height: int = 180) -> dict[str, Any]:
    """Monthly columns: all contacts to members, and those from flagged accounts."""
    n = len(points)
    top = max((p["total"] for p in points), default=0) or 1
    step = (width - 40) / max(n, 1)
    cols = []
    for i, p in enumerate(points):
        h_all = (height - 30) * p["total"] / top
        h_flag = (height - 30) * p["flagged"] / top
        cols.append(
            {
                "x": 30 + i * step,
                "w": max(step - 2, 1),
                "h_all": h_all,
                "y_all": height - 20 - h_all,
                "h_flag": h_flag,
                "y_flag": height - 20 - h_flag,
                "label": p["month"],
                "show_label": i % max(-(-n // 10), 1) == 0,
                "total": p["total"],
                "flagged": p["flagged"],
            }
        )
    return {"width": width, "height": height, "cols": cols, "top": top}


#: Escalated conversations listed in the report.
ESCALATED_ROWS = 20


def report_data(con: duckdb.DuckDBPyConnection, campaigns: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything the report shows, as plain values (also handy for tests and a dashboard)."""
    head = _rows(
        con,
        """
        SELECT (SELECT count(*) FROM account_scores) AS scored,
               (SELECT count(*) FROM account_scores WHERE flagged) AS flagged,
               (SELECT count(*) FROM members) AS members,
               (SELECT count(DISTINCT i.dst) FROM interactions i JOIN members m ON m.account_id = i.dst
                JOIN account_scores s ON s.account_id = i.src AND s.flagged
                WHERE i.type IN ('invitation', 'message')) AS reached,
               (SELECT count(*) FROM message_scores) AS messages,
               (SELECT count(*) FROM message_scores WHERE lure_score >= 0.5) AS lures,
               (SELECT min(ts) FROM interactions) AS start, (SELECT max(ts) FROM interactions) AS stop
        """,
    )[0]
    reached_by = {}
    for dim in ("sector", "institution_type"):
        reached_by[dim] = _rows(
            con,
            f"""
            SELECT coalesce(m.{dim}, 'unknown') AS label, count(DISTINCT m.account_id) AS members,
                   count(DISTINCT m.account_id) FILTER (WHERE s.flagged) AS reached
            FROM members m
            LEFT JOIN interactions i ON i.dst = m.account_id AND i.type IN ('invitation', 'message')
            LEFT JOIN account_scores s ON s.account_id = i.src
            GROUP BY 1 ORDER BY reached DESC, members DESC, label
            """,
        )
    top_accounts = _rows(
        con,
        """
        SELECT s.account_id, s.risk, s.flagged, a.name, a.headline, a.location,
               (SELECT count(DISTINCT i.dst) FROM interactions i JOIN members m ON m.account_id = i.dst
                WHERE i.src = s.account_id AND i.type IN ('invitation', 'message')) AS members_contacted
        FROM account_scores s JOIN accounts a ON a.id = s.account_id
        ORDER BY s.risk DESC, s.account_id LIMIT 25
        """,
    )
    timeline = _rows(
        con,
        """
        SELECT strftime(date_trunc('month', i.ts), '%Y-%m') AS month, count(*) AS total,
               count(*) FILTER (WHERE s.flagged) AS flagged
        FROM interactions i JOIN members m ON m.account_id = i.dst
        LEFT JOIN account_scores s ON s.account_id = i.src
        WHERE i.type IN ('invitation', 'message') GROUP BY 1 ORDER BY 1
        """,
    )
    has_threads = has_table(con, "message_threads")
    # Conversations that walked three or more lure stages in order, most escalated first: the
    # analyst's reading list (one row per conversation and sender, at its furthest point).
    escalated = (
        _rows(
            con,
            f"""
            SELECT i.src AS sender, i.dst AS recipient, a.name AS sender_name, m.account_id IS NOT NULL AS member,
                   t.thread_steps AS steps, t.thread_stages AS stages, t.thread_score AS score,
                   strftime(i.ts, '%Y-%m-%d') AS day
            FROM message_threads t JOIN interactions i ON i.id = t.interaction_id
            LEFT JOIN accounts a ON a.id = i.src LEFT JOIN members m ON m.account_id = i.dst
            WHERE t.thread_steps >= 3
            QUALIFY row_number() OVER (PARTITION BY i.src, i.dst ORDER BY t.thread_steps DESC, i.ts DESC) = 1
            ORDER BY steps DESC, score DESC, sender, recipient LIMIT {ESCALATED_ROWS}
            """,
        )
        if has_threads
        else []
    )
    return {
        "head": head,
        "escalated": escalated,
        "reached_by": reached_by,
        "top_accounts": top_accounts,
        "timeline": timeline,
        "campaigns": sorted(campaigns, key=lambda c: -float(c.get("risk", 0)))[:20],
    }


def write_report(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    *,
    campaigns: list[dict[str, Any]],
    source: str,
    exposure: dict[str, Any] | None = None,
    alerts: list[dict[str, Any]] | None = None,
    view: dict[str, Any] | None = None,
) -> Path:
    """Render the report and write it atomically.

    With ``alerts`` (the replay's), each campaign says when it would first have been
    alerted on and how many protected members it had reached by then: how early, in
    the terms the people reading it act on.
    """
    data = report_data(con, campaigns)
    early: dict[str, dict[str, Any]] | None = None
    if alerts is not None:
        from lureguard.watch import early_warning

        early = early_warning(con, alerts, {str(c["campaign"]): list(c["accounts"]) for c in campaigns})
    reasons: dict[str, list[dict[str, Any]]] = {}
    accounts_file = path.parent / "accounts.jsonl"
    wanted = {a["account_id"] for a in data["top_accounts"]}
    if accounts_file.exists():
        with accounts_file.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["account_id"] in wanted:
                    reasons[rec["account_id"]] = rec["reasons"]
                    if len(reasons) == len(wanted):
                        break
    env = Environment(
        loader=PackageLoader("lureguard.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    html = env.get_template("report.html").render(
        version=__version__,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        source=source,
        d=data,
        reasons=reasons,
        sector_chart=_bars([(r["label"], r["reached"]) for r in data["reached_by"]["sector"]]),
        inst_chart=_bars([(r["label"], r["reached"]) for r in data["reached_by"]["institution_type"]]),
        timeline=_timeline(data["timeline"]),
        exposure=exposure,
        early=early,
        view=view,
        n_alerts=None if alerts is None else len({str(a["account_id"]) for a in alerts}),
        stages=EXPOSURE_STAGES,
        funnel=_bars(list((exposure or {}).get("at_least", {}).items())),
    )
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return path
