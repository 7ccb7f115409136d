"""One tiny world per session: every test reads it, none rebuilds it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lureguard.simulate import WorldSummary, simulate


class World:
    """A written world loaded back into plain Python structures."""

    def __init__(self, root: Path, summary: WorldSummary) -> None:
        self.root = root
        self.summary = summary
        self.accounts = _rows(root / "accounts.jsonl")
        self.interactions = _rows(root / "interactions.jsonl")
        self.members = _rows(root / "members.jsonl")
        self.labels = {r["account_id"]: r for r in _rows(root / "labels.jsonl")}
        self.message_labels = {r["interaction_id"]: r for r in _rows(root / "message_labels.jsonl")}
        self.world = json.loads((root / "world.json").read_text(encoding="utf-8"))
        self.member_ids = {m["account_id"] for m in self.members}
        self.by_id = {a["id"]: a for a in self.accounts}


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="session")
def demo_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("demo")
    return World(root, simulate("demo", root, seed=7, scale=0.3))


@pytest.fixture(scope="session")
def france_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("france")
    return World(root, simulate("france-2018", root, seed=3, scale=0.02))
