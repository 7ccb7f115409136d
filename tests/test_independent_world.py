"""The independent world generator (benchmarks/independent_world.py) keeps to the contract.

It is how transfer is measured (docs/results.md), so a world it writes must ingest
cleanly and carry the truth the evaluation reads: fakes in campaigns, recruiters and
organisers to measure false positives on, and message labels.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from lureguard.ingest import ingest
from lureguard.store import connect, counts

GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "independent_world.py"


def _world(out: Path, seed: int) -> Path:
    cmd = [sys.executable, str(GENERATOR), "--seed", str(seed), "--out", str(out), "--accounts", "600"]
    subprocess.run(cmd, check=True, capture_output=True)
    return out


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_independent_world_ingests_and_carries_its_truth(tmp_path: Path) -> None:
    world = _world(tmp_path / "w", 7)
    con = connect()
    ingest(con, world)
    labels = _jsonl(world / "labels.jsonl")
    n = counts(con)
    assert n["accounts"] == len(_jsonl(world / "accounts.jsonl")) == len(labels)
    personas = Counter(r.get("persona") for r in labels if r["label"] == "genuine")
    assert personas["recruiter"] > 0 and personas["event-organiser"] > 0
    fakes = [r for r in labels if r["label"] == "fake"]
    assert fakes and all(r.get("campaign") for r in fakes)
    texts = {r["id"] for r in _jsonl(world / "interactions.jsonl") if r.get("text")}
    truth = _jsonl(world / "message_labels.jsonl")
    assert {r["interaction_id"] for r in truth} == texts and any(r["lure"] for r in truth)


def test_independent_world_is_deterministic_per_seed(tmp_path: Path) -> None:
    a, b, c = (_world(tmp_path / k, s) for k, s in (("a", 3), ("b", 3), ("c", 4)))
    assert (a / "interactions.jsonl").read_bytes() == (b / "interactions.jsonl").read_bytes()
    assert (a / "interactions.jsonl").read_bytes() != (c / "interactions.jsonl").read_bytes()
