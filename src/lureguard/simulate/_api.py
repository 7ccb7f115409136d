"""The public entry point: build a world and write it out."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from lureguard.contract import FORMAT_VERSION, INTERACTION_TYPES
from lureguard.simulate import text as tx
from lureguard.simulate._events import CONN
from lureguard.simulate.scenarios import SCENARIOS
from lureguard.simulate.world import World, _iso
from lureguard.simulate.writer import (
    ACCOUNT_SCHEMA,
    LABEL_SCHEMA,
    MEMBER_SCHEMA,
    write_interactions,
    write_table,
)


@dataclass(frozen=True)
class WorldSummary:
    """Counts of what was written; enough for a CLI line or a benchmark."""

    scenario: str
    seed: int
    scale: float
    accounts: int
    members: int
    fake_accounts: int
    campaigns: int
    targets: int
    interactions: int
    texts: int
    lure_texts: int
    by_type: Mapping[str, int]


def simulate(
    scenario: str,
    out: Path,
    *,
    seed: int = 0,
    scale: float = 1.0,
    fmt: Literal["jsonl", "parquet"] = "jsonl",
) -> WorldSummary:
    """Simulate ``scenario`` into folder ``out`` and return its counts.

    Deterministic: the same (scenario, seed, scale, fmt) gives byte-identical files.
    """
    if scenario not in SCENARIOS:
        raise ValueError(f"unknown scenario {scenario!r}; choose from {sorted(SCENARIOS)}")
    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"fmt must be 'jsonl' or 'parquet', not {fmt!r}")
    if not scale > 0:
        raise ValueError("scale must be positive")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    w = World(SCENARIOS[scenario], seed, scale)
    w.build()
    typ, src, dst, t, text_idx, thread = w.ev.finish()
    degree = np.bincount(np.concatenate([src[typ == CONN], dst[typ == CONN]]), minlength=len(w.people))
    accounts = w._finish_profiles(degree)
    ids = w.ids
    order = sorted(range(len(accounts)), key=lambda i: ids[i])
    write_table(out, "accounts", [accounts[i] for i in order], ACCOUNT_SCHEMA, fmt)
    members = [
        {
            "account_id": ids[m["account"]],
            "organization": m["organization"],
            "institution_type": m["institution_type"],
            "sector": m["sector"],
            "role": m["role"],
            "seniority": m["seniority"],
        }
        for m in w.members
    ]
    members.sort(key=lambda m: m["account_id"])
    write_table(out, "members", members, MEMBER_SCHEMA, fmt)
    labels = [
        {"account_id": ids[i], "label": p.label, "campaign": p.campaign, "persona": p.persona}
        for i, p in enumerate(w.people)
    ]
    labels.sort(key=lambda x: str(x["account_id"]))
    write_table(out, "labels", labels, LABEL_SCHEMA, fmt)
    thread_perm = w.rng.permutation(max(1, w.ev.next_thread)).astype(np.int64)
    iid = write_interactions(out, fmt, ids, typ, src, dst, t, text_idx, thread, w.ev.texts, thread_perm)
    lure_of, cats_of = w.ev.text_lure, w.ev.text_cats
    cat_json: dict[int, str] = {}
    with (out / "message_labels.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for i, k in enumerate(text_idx.tolist()):
            if k < 0:
                continue
            m = cats_of[k]
            if m not in cat_json:
                cat_json[m] = json.dumps(tx.categories_from_mask(m))
            lure = "true" if lure_of[k] else "false"
            fh.write(f'{{"interaction_id":"{iid[i]}","lure":{lure},"categories":{cat_json[m]}}}\n')
    world = _world_json(w, scenario, seed, scale, fmt, len(typ))
    (out / "world.json").write_text(json.dumps(world, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    counts = np.bincount(typ, minlength=len(INTERACTION_TYPES))
    n_text = int((text_idx >= 0).sum())
    lure_texts = sum(1 for k in text_idx.tolist() if k >= 0 and lure_of[k])
    return WorldSummary(
        scenario=scenario,
        seed=seed,
        scale=scale,
        accounts=len(accounts),
        members=len(members),
        fake_accounts=sum(1 for p in w.people if p.label == "fake"),
        campaigns=len(w.campaigns),
        targets=len({x for c in w.campaigns for x in c.targets}),
        interactions=len(typ),
        texts=n_text,
        lure_texts=lure_texts,
        by_type={k: int(v) for k, v in zip(INTERACTION_TYPES, counts, strict=True)},
    )


def _world_json(w: World, scenario: str, seed: int, scale: float, fmt: str, n_events: int) -> dict[str, Any]:
    ids = w.ids
    hard: dict[str, int] = {}
    for p in w.people:
        if p.label == "genuine" and p.persona != "member":
            hard[p.persona] = hard.get(p.persona, 0) + 1
    return {
        "format_version": FORMAT_VERSION,
        "scenario": scenario,
        "description": w.sc.description,
        "source": w.sc.source,
        "seed": seed,
        "scale": scale,
        "format": fmt,
        "window": {"start": _iso(w.t0), "end": _iso(w.t1)},
        "counts": {
            "accounts": len(w.people),
            "members": len(w.members),
            "interactions": n_events,
            "organizations": len(w.orgs),
            "fake_accounts": sum(1 for p in w.people if p.label == "fake"),
            "targets": len({x for c in w.campaigns for x in c.targets}),
        },
        "genuine_personas": dict(sorted(hard.items())),
        "recruiter_firms": [
            {"name": name, "staff": sorted(ids[a] for a in staff)} for name, staff in w.firms
        ],
        "campaigns": [
            {
                "id": c.cid,
                "style": c.spec.style,
                "persona": c.spec.persona + (f" -> {c.second_persona}" if c.second_persona else ""),
                "accounts": sorted(ids[a] for a in c.accounts + c.second),
                "handoff_accounts": sorted(ids[a] for a in c.second),
                "start": _iso(c.first_t),
                "end": _iso(c.last_t),
                "targets": len(c.targets),
                "sectors": list(c.spec.sectors),
                "shared_templates": c.templates,
                "impersonates": c.impersonates,
                "lure_city": c.city,
                "preferred_channel": c.channel,
                "funnel": c.funnel,
            }
            for c in w.campaigns
        ],
    }
