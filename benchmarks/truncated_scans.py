"""Would a whole scan at each checkpoint have alerted on an operation earlier than the replay?

    python benchmarks/truncated_scans.py WORLD SCAN --work DIR [--days 7] [--out FILE]

The replay (``lureguard.watch``) judges each account on its own as-of evidence and on
shared fingerprints; it does not run the campaign step, whose group verdict lifts the
members of a risky cluster. This measures what that would add, by brute force: the world
is cut at weekly checkpoints (events up to the checkpoint, accounts created by then or
seen in them), each cut is scanned whole (campaign step and lift included, no replay), and
an operation counts as caught at the first checkpoint where one of its accounts that has
acted by then is flagged. Only checkpoints while some operation of two or more accounts
is between its first contact and 15 % of its eventual reach are scanned.

An analysis tool, not a product path: a full scan per checkpoint is what the replay is
built to avoid. The labels (``WORLD/labels.jsonl``) are read only to score. ``SCAN`` is the
world's own finished scan (its ``alerts.jsonl`` is the replay's answer to compare with).
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from lureguard.scan import scan


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _time(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def _cut(
    world: Path, at: str, events: list[dict[str, Any]], accounts: list[dict[str, Any]], out: Path
) -> None:
    """The dataset as it stood at ``at`` (ISO text, compared as the contract's sortable UTC times)."""
    members = [m["account_id"] for m in _rows(world / "members.jsonl")]
    seen = set(members)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "interactions.jsonl").open("w", encoding="utf-8") as fh:
        for e in events:
            if e["at"] <= at:
                seen.update((e["from"], e["to"]))
                fh.write(json.dumps(e) + "\n")
    with (out / "accounts.jsonl").open("w", encoding="utf-8") as fh:
        for a in accounts:
            created = a.get("created_at")
            if created is None or created <= at or a["id"] in seen:
                fh.write(json.dumps(a) + "\n")
    shutil.copyfile(world / "members.jsonl", out / "members.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("world", type=Path)
    ap.add_argument("scan", type=Path)
    ap.add_argument("--work", type=Path, required=True, help="scratch folder (overwritten)")
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--out", type=Path, default=None, help="JSON of per-operation results")
    args = ap.parse_args()
    labels = {r["account_id"]: r for r in _rows(args.world / "labels.jsonl")}
    members = {m["account_id"] for m in _rows(args.world / "members.jsonl")}
    events = list(_rows(args.world / "interactions.jsonl"))
    accounts = list(_rows(args.world / "accounts.jsonl"))
    ops: dict[str, set[str]] = {}
    for a, r in labels.items():
        if r["label"] == "fake" and r.get("campaign"):
            ops.setdefault(r["campaign"], set()).add(a)
    ops = {c: accs for c, accs in ops.items() if len(accs) >= 2}
    op_of = {a: c for c, accs in ops.items() for a in accs}
    first_contact: dict[str, dict[str, str]] = {}
    first_act: dict[str, str] = {}
    for e in events:
        if e["from"] not in first_act or e["at"] < first_act[e["from"]]:
            first_act[e["from"]] = e["at"]
        if e["type"] in ("invitation", "message") and e["to"] in members and e["from"] in op_of:
            reach = first_contact.setdefault(op_of[e["from"]], {})
            if e["to"] not in reach or e["at"] < reach[e["to"]]:
                reach[e["to"]] = e["at"]
    reached = {c: sorted(r.values()) for c, r in first_contact.items()}
    grid: set[datetime] = set()
    for times in reached.values():
        t, end = _time(times[0]), _time(times[max(0, int(0.15 * len(times)) - 1)]) + timedelta(days=args.days)
        while t <= end:
            day = t.replace(hour=23, minute=59, second=59, microsecond=0)
            grid.add(day - timedelta(days=day.toordinal() % args.days))
            t += timedelta(days=args.days)
    flagged_at: dict[str, list[str]] = {}
    for t in sorted(grid):
        at = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        _cut(args.world, at, events, accounts, args.work / "data")
        scan([args.work / "data"], args.work / "scan", report=False, replay=False)
        flagged_at[at] = [
            r["account_id"]
            for r in _rows(args.work / "scan" / "accounts.jsonl")
            if r.get("flagged") and first_act.get(r["account_id"], "~") <= at
        ]
        genuine = sum(1 for a in flagged_at[at] if labels.get(a, {}).get("label") != "fake")
        print(f"{at}: {len(flagged_at[at]) - genuine} fakes flagged, {genuine} genuine", flush=True)
    alerted: dict[str, str] = {}
    for r in _rows(args.scan / "alerts.jsonl"):
        if r["account_id"] not in alerted or r["at"] < alerted[r["account_id"]]:
            alerted[r["account_id"]] = r["at"]
    result = {}
    for c, times in sorted(reached.items()):
        replay = min((alerted[a] for a in ops[c] if a in alerted), default=None)
        cut = next((at for at in sorted(flagged_at) if any(a in ops[c] for a in flagged_at[at])), None)

        def before(t: str | None, times: list[str] = times) -> int:
            return sum(1 for x in times if t is None or x < t)

        result[c] = {
            "accounts": len(ops[c]),
            "reached": len(times),
            "reached_before_replay_alert": before(replay),
            "reached_before_checkpoint_flag": before(cut),
        }
        print(c, result[c])
    if args.out:
        args.out.write_text(json.dumps({"checkpoints": len(grid), "operations": result}, indent=1) + "\n")


if __name__ == "__main__":
    main()
