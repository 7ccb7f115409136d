"""Organisation exposure: which protected members each campaign reached, and how far it got.

A member's stage is the deepest of ``contract.EXPOSURE_STAGES`` reached by any
campaign account: contacted (invitation or message), connected, replied (the
member wrote back), lure-received, off-platform and trip-offered (from
``message_scores`` categories; without scored messages those stages are simply
not observed). Stages come from one SQL pass over the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from lureguard.contract import EXPOSURE_STAGES
from lureguard.outputs import write_jsonl
from lureguard.store import text_table

if TYPE_CHECKING:
    from lureguard.scan import Scored

__all__ = ["aggregate_exposure", "exposure_rows", "stage_sql", "write_extras"]

#: Message categories that make a message a lure (the lure-received stage).
LURE_CATEGORIES = ("paid-travel", "paid-work", "job-offer", "information-request", "secrecy", "off-platform")


def stage_sql(categories: str, from_member: str, kind: str) -> str:
    """SQL: the ``EXPOSURE_STAGES`` index one event reaches (NULL: none).

    ``categories`` is the message's category list, ``from_member`` whether the member
    sent it, ``kind`` the interaction type. One definition for the scan and for its
    evaluation against a world's truth (``lureguard.evaluate``).
    """
    lure = ", ".join(f"'{c}'" for c in LURE_CATEGORIES)
    return f"""CASE
                 WHEN NOT {from_member} AND list_contains({categories}, 'paid-travel') THEN 5
                 WHEN list_contains({categories}, 'off-platform') THEN 4
                 WHEN NOT {from_member} AND list_has_any({categories}, [{lure}]) THEN 3
                 WHEN {from_member} AND {kind} = 'message' THEN 2
                 WHEN {kind} = 'connection' THEN 1
                 WHEN NOT {from_member} AND {kind} IN ('invitation', 'message') THEN 0
               END"""


def exposure_rows(
    con: duckdb.DuckDBPyConnection, campaigns: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """One row per exposed member: organisation, sector, type, campaigns, deepest stage, first contact."""
    pairs = [(str(c["campaign"]), str(a)) for c in campaigns for a in c.get("accounts", [])]
    if not pairs:
        return []
    con.register(
        "_exp_c",
        text_table(campaign=[c for c, _ in pairs], account_id=[a for _, a in pairs]),
    )
    try:
        rows = con.execute(
            f"""
            WITH ev AS (
                -- every event between a campaign account and a member, in either direction
                SELECT c.campaign, i.dst AS member, i.id, i.type, i.ts, FALSE AS from_member
                FROM _exp_c c JOIN interactions i ON i.src = c.account_id JOIN members m ON m.account_id = i.dst
                UNION ALL
                SELECT c.campaign, i.src, i.id, i.type, i.ts, TRUE
                FROM _exp_c c JOIN interactions i ON i.dst = c.account_id JOIN members m ON m.account_id = i.src
            ),
            staged AS (
                SELECT e.campaign, e.member, e.ts, e.type,
                       {stage_sql("s.categories", "e.from_member", "e.type")} AS stage
                FROM ev e LEFT JOIN message_scores s ON s.interaction_id = e.id
            ),
            per AS (
                SELECT member, list(DISTINCT campaign ORDER BY campaign) AS campaigns, max(stage) AS stage,
                       min(ts) FILTER (WHERE NOT stage IS NULL AND type IN ('invitation', 'message')) AS first_contact
                FROM staged WHERE stage IS NOT NULL GROUP BY member
            )
            SELECT p.member, m.organization, m.sector, m.institution_type, p.campaigns, p.stage, p.first_contact
            FROM per p JOIN members m ON m.account_id = p.member
            WHERE p.first_contact IS NOT NULL
            ORDER BY p.member
            """
        ).fetchall()
    finally:
        con.unregister("_exp_c")
    return [
        {
            "account_id": member,
            "organization": org,
            "sector": sector,
            "institution_type": itype,
            "campaigns": list(camps),
            "stage": EXPOSURE_STAGES[int(stage)],
            "first_contact": first.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        for member, org, sector, itype, camps, stage, first in rows
    ]


def aggregate_exposure(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Counts of exposed members by organisation, sector and institution type, per deepest stage.

    A member counts once per group, at their deepest stage; ``at_least`` gives
    cumulative counts (reached this stage or a deeper one), which is what a
    report's funnel shows.
    """
    out: dict[str, Any] = {"members": 0, "by_stage": dict.fromkeys(EXPOSURE_STAGES, 0)}
    groups: dict[str, dict[str, dict[str, int]]] = {"organization": {}, "sector": {}, "institution_type": {}}
    for r in rows:
        out["members"] += 1
        out["by_stage"][r["stage"]] += 1
        for key, table in groups.items():
            name = str(r.get(key) or "unknown")
            table.setdefault(name, dict.fromkeys(EXPOSURE_STAGES, 0))[r["stage"]] += 1
    out["at_least"] = {
        s: sum(out["by_stage"][t] for t in EXPOSURE_STAGES[i:]) for i, s in enumerate(EXPOSURE_STAGES)
    }
    for key, table in groups.items():
        out[f"by_{key}"] = {k: table[k] for k in sorted(table, key=lambda k: (-sum(table[k].values()), k))}
    return out


def write_extras(
    con: duckdb.DuckDBPyConnection, out: Path, scored: Scored, campaigns: list[dict[str, Any]]
) -> dict[str, Any]:
    """The scan stage: write ``exposure.jsonl`` (and its aggregate) and say what was written."""
    rows = exposure_rows(con, campaigns)
    n = write_jsonl(Path(out) / "exposure.jsonl", rows)
    agg = aggregate_exposure(rows)
    (Path(out) / "exposure-summary.json").write_text(
        json.dumps(agg, indent=2, ensure_ascii=False) + "\n", "utf-8"
    )
    return {"exposure.jsonl": n, "exposure-summary.json": 1, "exposure": agg}
