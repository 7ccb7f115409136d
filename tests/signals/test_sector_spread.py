from __future__ import annotations

from lureguard.signals.behaviour.sector_spread import SectorSpread
from tests.signals._world import World

SECTORS = ["nuclear", "ai", "defence", "health", "semiconductors"]


def _world(sectors: list[str | None]) -> World:
    w = World().account("x")
    for k, s in enumerate(sectors):
        w.member(f"m{k}", organization=f"Org {k}", sector=s).invite("x", f"m{k}", day=k)
    return w


def test_sector_spread_when_recruiter_works_one_field_then_zero() -> None:
    assert _world(["ai"] * 8).score(SectorSpread(), "x") == 0.0


def test_sector_spread_when_persona_sweeps_sectors_then_high() -> None:
    assert _world(SECTORS).score(SectorSpread(), "x") == 1.0


def test_sector_spread_when_sectors_unknown_then_zero() -> None:
    assert _world([None, None, None]).score(SectorSpread(), "x") == 0.0


def test_sector_spread_asof_matches_final_score() -> None:
    w = _world(SECTORS)
    last = w.con.execute(
        f'SELECT max_by(score, at_) FROM (SELECT score, "at" AS at_ FROM ({SectorSpread().query_asof()}))'
    ).fetchone()
    assert last is not None and last[0] == 1.0
