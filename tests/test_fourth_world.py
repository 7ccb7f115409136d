"""Tests for benchmarks/fourth_world.py, the independently written evaluation world."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from lureguard.contract import INTERACTION_TYPES, LURE_CATEGORIES

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "fourth_world.py"
FILES = ["accounts.jsonl", "interactions.jsonl", "members.jsonl", "labels.jsonl", "message_labels.jsonl"]
CATEGORIES = set(LURE_CATEGORIES)  # the contract's, so the generators are held to it
TYPES = set(INTERACTION_TYPES)
ISO_TZ = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def run(out: Path, seed: int = 1, n: int = 400, env: dict | None = None) -> dict:
    res = subprocess.run(
        [sys.executable, str(SCRIPT), "--seed", str(seed), "--out", str(out), "--accounts", str(n)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


def load(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            assert line.endswith("\n")
            rows.append(json.loads(line))
    return rows


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("fw") / "w"
    counts = run(out)
    return out, counts


def parse_created(s: str) -> datetime:
    if "T" in s:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    parts = [int(x) for x in s.split("-")] + [1, 1]
    return datetime.fromisoformat(f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}T00:00:00+00:00")


def test_files_and_counts(world):
    out, counts = world
    for f in FILES:
        assert (out / f).is_file(), f
    assert counts["accounts"] == len(load(out / "accounts.jsonl")) == 400
    assert counts["interactions"] == len(load(out / "interactions.jsonl"))
    assert counts["fake"] > 0 and counts["lures"] > 0


def test_accounts_valid(world):
    out, _ = world
    accounts = load(out / "accounts.jsonl")
    ids = [a["id"] for a in accounts]
    assert len(ids) == len(set(ids))
    for a in accounts:
        assert isinstance(a["id"], str) and a["id"]
        if "created_at" in a:
            assert DATE.match(a["created_at"]) or ISO_TZ.match(a["created_at"]), a["created_at"]
        if "connections" in a:
            assert 0 <= a["connections"] <= 500
        if "country" in a:
            assert re.fullmatch(r"[A-Z]{2}", a["country"])
        if "photo" in a:
            assert set(a["photo"]) <= {"sha256", "phash", "path"}
            if "phash" in a["photo"]:
                assert re.fullmatch(r"[0-9a-f]{16}", a["photo"]["phash"])
        for p in a.get("positions", []):
            for k in ("start", "end"):
                if p.get(k) is not None:
                    assert DATE.match(p[k]), p[k]


def test_interactions_valid(world):
    out, _ = world
    accounts = {a["id"]: a for a in load(out / "accounts.jsonl")}
    inter = load(out / "interactions.jsonl")
    ids = [i["id"] for i in inter]
    assert len(ids) == len(set(ids))
    first: dict[str, datetime] = {}
    for i in inter:
        assert i["type"] in TYPES
        assert i["from"] in accounts and i["to"] in accounts and i["from"] != i["to"]
        assert ISO_TZ.match(i["at"]), i["at"]
        t = datetime.fromisoformat(i["at"].replace("Z", "+00:00"))
        for k in ("from", "to"):
            first[i[k]] = min(first.get(i[k], t), t)
    for aid, t in first.items():
        if "created_at" in accounts[aid]:
            assert parse_created(accounts[aid]["created_at"]) <= t, aid


def test_members_and_labels(world):
    out, _ = world
    accounts = {a["id"] for a in load(out / "accounts.jsonl")}
    members = load(out / "members.jsonl")
    assert members and all(m["account_id"] in accounts for m in members)
    assert {m["institution_type"] for m in members} <= {"national", "private", "academic", "health", "other"}
    assert len({m["organization"] for m in members}) >= 3
    labels = load(out / "labels.jsonl")
    assert {x["account_id"] for x in labels} == accounts and len(labels) == len(accounts)
    personas = {x["persona"] for x in labels if x["label"] == "genuine"}
    assert {"recruiter", "event-organiser"} <= personas
    for x in labels:
        assert x["label"] in ("fake", "genuine")
        if x["label"] == "fake":
            assert x["campaign"], x
            assert "recruiter" not in x["persona"] and "event-organiser" not in x["persona"]
        else:
            assert x["campaign"] is None


def test_message_labels_cover_texted(world):
    out, _ = world
    inter = load(out / "interactions.jsonl")
    texted = {i["id"] for i in inter if i["type"] in ("invitation", "message") and i.get("text")}
    ml = load(out / "message_labels.jsonl")
    assert [m["interaction_id"] for m in ml].__len__() == len({m["interaction_id"] for m in ml})
    assert {m["interaction_id"] for m in ml} == texted
    fake = {x["account_id"] for x in load(out / "labels.jsonl") if x["label"] == "fake"}
    sender = {i["id"]: i["from"] for i in inter}
    for m in ml:
        assert isinstance(m["lure"], bool)
        assert set(m["categories"]) <= CATEGORIES
        if m["lure"]:
            assert sender[m["interaction_id"]] in fake and m["categories"]
        if sender[m["interaction_id"]] not in fake:
            assert not m["lure"]


def test_deterministic_per_seed(tmp_path):
    import os

    env1 = {**os.environ, "PYTHONHASHSEED": "1"}
    env2 = {**os.environ, "PYTHONHASHSEED": "12345"}
    run(tmp_path / "a", seed=7, n=200, env=env1)
    run(tmp_path / "b", seed=7, n=200, env=env2)
    run(tmp_path / "c", seed=8, n=200)
    for f in FILES:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    assert (tmp_path / "a" / "accounts.jsonl").read_bytes() != (
        tmp_path / "c" / "accounts.jsonl"
    ).read_bytes()


def test_lureguard_ingests_it_whole(world):
    # Sparse, messy fields (month-only dates, capped counts, HTML remnants) must all be read.
    from lureguard.ingest import ingest
    from lureguard.store import connect, counts

    out, _ = world
    con = connect()
    ingest(con, out)
    n = counts(con)
    assert n["accounts"] == len(load(out / "accounts.jsonl"))
    assert n["interactions"] == len(load(out / "interactions.jsonl"))
    assert n["members"] == len(load(out / "members.jsonl"))
