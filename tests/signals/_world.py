"""Hand-built stores for signal tests: a few accounts and events, no simulator."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb

from lureguard.signals.base import Evidence, Signal
from lureguard.store import connect

T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)

MESSAGE_SCORES = (
    "CREATE TABLE IF NOT EXISTS message_scores (interaction_id VARCHAR, lure_score DOUBLE, "
    "categories VARCHAR[], language VARCHAR, phrases JSON)"
)

_JSON_FIELDS = ("positions", "education", "skills", "languages")


class World:
    """A tiny store built call by call; ``run`` gives each account's evidence."""

    def __init__(self) -> None:
        self.con: duckdb.DuckDBPyConnection = connect()
        self.con.execute(MESSAGE_SCORES)
        self._n = 0

    def account(self, id: str, **f: Any) -> World:
        cols = {"id": id, "name": f.pop("name", id.replace("-", " ").title())}
        for k, v in f.items():
            cols[k] = json.dumps(v) if k in _JSON_FIELDS and v is not None else v
        names = ", ".join(cols)
        self.con.execute(
            f"INSERT INTO accounts ({names}) VALUES ({', '.join('?' * len(cols))})", list(cols.values())
        )
        return self

    def member(
        self, id: str, organization: str | None = "Atom Lab", sector: str | None = "nuclear", **f: Any
    ) -> World:
        self.account(id, **f)
        self.con.execute(
            "INSERT INTO members (account_id, organization, sector) VALUES (?, ?, ?)",
            [id, organization, sector],
        )
        return self

    def event(
        self,
        type: str,
        src: str,
        dst: str,
        day: float = 0.0,
        text: str | None = None,
        lure: float | None = None,
        categories: list[str] | None = None,
    ) -> World:
        self._n += 1
        iid = f"i{self._n:05d}"
        self.con.execute(
            "INSERT INTO interactions (id, type, src, dst, ts, text) VALUES (?, ?, ?, ?, ?, ?)",
            [iid, type, src, dst, T0 + timedelta(days=day), text],
        )
        if lure is not None:
            self.con.execute(
                "INSERT INTO message_scores VALUES (?, ?, ?, 'en', '[]')", [iid, lure, categories or []]
            )
        return self

    def invite(self, src: str, dst: str, day: float = 0.0, accepted: bool = False) -> World:
        self.event("invitation", src, dst, day)
        if accepted:
            self.event("connection", src, dst, day + 0.5)
        return self

    def run(self, signal: Signal) -> dict[str, Evidence]:
        rel = self.con.execute(signal.query())
        cols = [d[0] for d in rel.description]
        return {str(r[0]): signal.evidence(dict(zip(cols, r, strict=True))) for r in rel.fetchall()}

    def score(self, signal: Signal, account: str) -> float:
        ev = self.run(signal).get(account)
        return ev.score if ev else signal.default_score
