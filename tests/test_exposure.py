"""Exposure: the deepest stage each campaign reached with each protected member."""

from __future__ import annotations

import json
from pathlib import Path

from lureguard.contract import EXPOSURE_STAGES
from lureguard.exposure import aggregate_exposure, exposure_rows, write_extras
from tests.campaigns._world import World, day


def _world() -> tuple[World, list[dict[str, object]]]:
    w = World()
    for i, org in enumerate(["A", "A", "B", "B", "C", "C", "D"]):
        w.member(f"m{i}", org=org, sector="nuclear" if i % 2 else "ai")
    w.account("f")
    w.account("friend")
    # m0 contacted only; m1 connected; m2 replied; m3 lure; m4 off-platform; m5 trip offered (no reply needed).
    for i in range(6):
        w.event("invitation", "f", f"m{i}", day(i))
    for i in (1, 2, 3, 4):
        w.event("connection", "f", f"m{i}", day(i + 1))
    w.event("message", "m2", "f", day(5), "Sure, tell me more.")
    w.event("message", "f", "m3", day(6), "A paid report?", cats=["paid-work"])
    w.event("message", "f", "m4", day(6), "Add me on WeChat", cats=["off-platform"])
    w.event("message", "f", "m5", day(7), "We cover your trip", cats=["paid-travel", "flattery"])
    w.event("invitation", "friend", "m6", day(1))  # not a campaign account: m6 is not exposed
    return w, [{"campaign": "C001", "accounts": ["f"]}]


def test_exposure_stage_ordering_takes_the_deepest_stage() -> None:
    w, campaigns = _world()
    rows = {r["account_id"]: r for r in exposure_rows(w.con, campaigns)}
    assert [rows[f"m{i}"]["stage"] for i in range(6)] == list(EXPOSURE_STAGES)
    assert "m6" not in rows
    assert rows["m0"]["first_contact"] == "2018-03-01T09:00:00Z" and rows["m0"]["campaigns"] == ["C001"]


def test_aggregate_counts_each_member_once_per_group(tmp_path: Path) -> None:
    w, campaigns = _world()
    agg = aggregate_exposure(exposure_rows(w.con, campaigns))
    assert agg["members"] == 6 and agg["at_least"]["contacted"] == 6 and agg["at_least"]["trip-offered"] == 1
    assert sum(agg["by_organization"]["A"].values()) == 2
    out = write_extras(w.con, tmp_path, None, campaigns)  # type: ignore[arg-type]
    assert out["exposure.jsonl"] == 6
    first = json.loads((tmp_path / "exposure.jsonl").read_text().splitlines()[0])
    assert set(first) == {
        "account_id",
        "organization",
        "sector",
        "institution_type",
        "campaigns",
        "stage",
        "first_contact",
    }
