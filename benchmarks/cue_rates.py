"""How often each kind of sender uses lure words, world by world, generator by generator.

    .venv/bin/python benchmarks/cue_rates.py DATASET=SCAN_OUT [DATASET=SCAN_OUT ...]

Each pair is a labelled dataset (``labels.jsonl``) and the folder a ``lureguard scan`` of it wrote
(its ``lureguard.duckdb``). For fakes and for each genuine persona that writes like a lure
(recruiters, expert networks, event organisers, journalists), the share of senders to protected
members whose messages, taken together, carry each cue combination the account model can learn
from; also over every genuine sender (``genuine (all)``) and over the personas the scan did not
flag (``fakes not flagged``, from its ``account_scores``). Results go to
``benchmarks/results/cue-rates.json`` (``--out`` to keep another file).

Why: the account model is trained on the simulator only. Where the simulator's genuine senders use
a cue more or less often than other generators' do, the model learns a weight for that cue that
does not carry over; this measures it instead of guessing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import duckdb

RESULTS = Path(__file__).resolve().parent / "results" / "cue-rates.json"
GENUINE_GROUPS = ("recruiter", "expert-network", "event-organiser", "journalist")
#: Cue combinations, as the categories a sender's messages to members carry between them.
COMBINATIONS = {
    "secrecy_and_off_platform": ("secrecy", "off-platform"),
    "secrecy": ("secrecy",),
    "off_platform": ("off-platform",),
    "paid_work": ("paid-work",),
    # the pair the ``secret_trip`` signal reads: a paid trip and a request for discretion
    "paid_travel_and_secrecy": ("paid-travel", "secrecy"),
}


def rates(dataset: Path, scan_out: Path) -> dict[str, dict[str, float | int]]:
    """Per group: senders to members, and the share carrying each combination."""
    con = duckdb.connect(str(scan_out / "lureguard.duckdb"), read_only=True)
    try:
        con.execute(
            "CREATE TEMP TABLE lab AS SELECT account_id, label, persona FROM read_json_auto(?)",
            [str(dataset / "labels.jsonl")],
        )
        has_scores = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'account_scores'"
        ).fetchone()
        flagged = (
            "SELECT account_id FROM account_scores WHERE flagged"
            if has_scores and has_scores[0]
            else "SELECT NULL::VARCHAR WHERE false"
        )
        cols = ", ".join(
            f"avg(({' AND '.join(f'list_contains(cats, {c!r})' for c in cats)})::INT) AS {name}"
            for name, cats in COMBINATIONS.items()
        )
        rows = con.execute(
            f"""
            WITH m AS (
                SELECT i.src, unnest(ms.categories) AS cat
                FROM interactions i JOIN message_scores ms ON ms.interaction_id = i.id
                WHERE i.dst IN (SELECT account_id FROM members)
            ),
            s AS (SELECT src, list(DISTINCT cat) AS cats FROM m GROUP BY src),
            g AS (
                SELECT CASE WHEN l.label = 'fake' THEN 'fakes' ELSE l.persona END AS grp, s.cats
                FROM s JOIN lab l ON l.account_id = s.src
                WHERE l.label = 'fake' OR l.persona IN (SELECT unnest(?))
                UNION ALL
                SELECT 'genuine (all)', s.cats FROM s JOIN lab l ON l.account_id = s.src WHERE l.label = 'genuine'
                UNION ALL
                -- the personas this scan's account model did not flag: what a new signal could win
                SELECT 'fakes not flagged', s.cats FROM s JOIN lab l ON l.account_id = s.src
                WHERE l.label = 'fake' AND s.src NOT IN ({flagged})
            )
            SELECT grp, count(*) AS senders, {cols} FROM g GROUP BY grp ORDER BY grp
            """,
            [list(GENUINE_GROUPS)],
        ).fetchall()
    finally:
        con.close()
    names = ("senders", *COMBINATIONS)
    return {
        r[0]: {k: (round(v, 4) if isinstance(v, float) else v) for k, v in zip(names, r[1:], strict=True)}
        for r in rows
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", nargs="+", help="DATASET=SCAN_OUT")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    result = {}
    for pair in args.pairs:
        dataset, _, scan_out = pair.partition("=")
        if not scan_out:
            ap.error(f"{pair!r}: expected DATASET=SCAN_OUT")
        result[Path(dataset).name] = rates(Path(dataset), Path(scan_out))
        print(Path(dataset).name, json.dumps(result[Path(dataset).name]))
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
