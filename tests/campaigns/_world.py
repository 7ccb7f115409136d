"""Hand-built small worlds in an in-memory store, for campaign, exposure and watch tests."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import numpy as np

from lureguard.engine import SignalRun
from lureguard.scan import Scored
from lureguard.store import connect

T0 = datetime(2018, 3, 1, 9, 0, tzinfo=UTC)


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


class World:
    """Append accounts, members and events; ``scored`` fakes the account model's output."""

    def __init__(self) -> None:
        self.con: duckdb.DuckDBPyConnection = connect()
        self.con.execute(
            "CREATE OR REPLACE TABLE message_scores (interaction_id VARCHAR, lure_score DOUBLE, "
            "categories VARCHAR[], language VARCHAR, phrases JSON)"
        )
        self.n = 0

    def account(
        self,
        aid: str,
        *,
        headline: str = "",
        employer: str | None = None,
        created: datetime | None = None,
        sha: str | None = None,
        phash: str | None = None,
        name: str | None = None,
    ) -> str:
        positions = json.dumps(
            [{"title": "x", "organization": employer, "end": None}] if employer is not None else []
        )
        self.con.execute(
            "INSERT INTO accounts (id, name, headline, created_at, photo_sha256, photo_phash, positions) "
            "VALUES (?,?,?,?,?,?,?)",
            [aid, name, headline, created, sha, phash, positions],
        )
        return aid

    def member(self, aid: str, org: str = "Org", sector: str = "nuclear", itype: str = "national") -> str:
        self.account(aid)
        self.con.execute(
            "INSERT INTO members (account_id, organization, sector, institution_type) VALUES (?,?,?,?)",
            [aid, org, sector, itype],
        )
        return aid

    def event(
        self,
        typ: str,
        src: str,
        dst: str,
        at: datetime,
        text: str | None = None,
        cats: list[str] | None = None,
    ) -> str:
        self.n += 1
        iid = f"i{self.n:06d}"
        self.con.execute(
            "INSERT INTO interactions (id, type, src, dst, ts, text) VALUES (?,?,?,?,?,?)",
            [iid, typ, src, dst, at, text],
        )
        if cats is not None:
            self.con.execute("INSERT INTO message_scores VALUES (?, 0.9, ?, 'en', '[]')", [iid, cats])
        return iid

    def scored(self, risk: Mapping[str, float], threshold: float = 0.6) -> Scored:
        ids = tuple(
            sorted(r[0] for r in self.con.execute("SELECT DISTINCT src FROM interactions").fetchall())
        )
        r = np.array([risk.get(a, 0.05) for a in ids])
        run = SignalRun((), ids, np.zeros((len(ids), 0)))
        return Scored(run, r, r >= threshold, np.zeros((len(ids), 0)), threshold)


def script(i: int, body: str) -> str:
    """A mail-merged script: same body, a different name in the greeting."""
    names = ["Alice", "Bruno", "Chloe", "David", "Emma", "Farid", "Gaelle", "Hugo", "Ines", "Jules"]
    return f"Dear {names[i % len(names)]}, {body}"


BODY_A = (
    "our consultancy prepares short expert reports for a client in Asia; the work is well paid and we can "
    "cover a trip to present the findings."
)
BODY_B = (
    "our think tank organises a closed seminar on energy policy and would welcome your views in a paid "
    "written contribution, travel covered."
)


def as_rows(x: Any) -> list[dict[str, Any]]:
    return list(x)
