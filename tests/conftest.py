"""Shared fixtures: a small hand-written dataset whose truth is obvious."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

#: Chromium's flags for headless tests on a machine with a closed network: without the
#: background-networking ones it tries Google's hosts at every start.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def small_world() -> dict[str, list[dict[str, Any]]]:
    """Two orgs of members, one colleague pair, one persona sweeping both orgs, one hostile name."""
    accounts = [
        {"id": f"m{i}", "name": f"Member {i}", "created_at": "2012-01", "connections": 300} for i in range(8)
    ]
    accounts += [
        {
            "id": "fake1",
            "name": "<script>alert('x')</script>Anna",
            "headline": "Senior Consultant at Global Insight Partners",
            "created_at": "2018-01-10",
            "connections": 40,
            "photo": {"sha256": "ab" * 32, "phash": "f0f0f0f0f0f0f0f0"},
        },
        {"id": "colleague", "name": "Paul", "created_at": "2010-05", "connections": 500},
    ]
    members = [
        {
            "account_id": f"m{i}",
            "organization": "CEA" if i < 4 else "Thales",
            "institution_type": "national" if i < 4 else "private",
            "sector": "nuclear" if i < 4 else "defence",
        }
        for i in range(8)
    ]
    interactions = []
    for i in range(8):
        interactions.append(
            {
                "id": f"inv{i}",
                "type": "invitation",
                "from": "fake1",
                "to": f"m{i}",
                "at": f"2018-02-{i + 1:02d}T10:00:00Z",
                "text": "Dear expert, I admire your work. Paid consultation? Let's talk on WeChat.",
            }
        )
    interactions.append(
        {
            "id": "c1",
            "type": "message",
            "from": "m0",
            "to": "m1",
            "at": "2018-03-01T09:00:00+01:00",
            "text": "lunch?",
        }
    )
    interactions.append(
        {"id": "c2", "type": "connection", "from": "m2", "to": "fake1", "at": "2018-02-05T12:00:00Z"}
    )
    interactions.append(
        {"id": "p1", "type": "profile_view", "from": "colleague", "to": "m3", "at": "2018-04-01T00:00:00Z"}
    )
    return {"accounts": accounts, "interactions": interactions, "members": members}


@pytest.fixture
def make_dataset(tmp_path: Path) -> Callable[..., Path]:
    """Write the small world (optionally altered) as a dataset folder."""

    def make(name: str = "ds", **override: list[dict[str, Any]]) -> Path:
        world = small_world()
        world.update(override)
        folder = tmp_path / name
        for stem, rows in world.items():
            write_jsonl(folder / f"{stem}.jsonl", rows)
        return folder

    return make
