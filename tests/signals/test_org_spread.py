from __future__ import annotations

from lureguard.signals.behaviour.org_spread import OrgSpread
from tests.signals._world import World


def _world(orgs: int, per_org: int = 2, own: str | None = None) -> World:
    w = World().account("x")
    if own:
        w.con.execute("INSERT INTO members (account_id, organization) VALUES ('x', ?)", [own])
    for o in range(orgs):
        for k in range(per_org):
            w.member(f"m{o}-{k}", organization=f"Org {o}").invite("x", f"m{o}-{k}", day=o + k / 10)
    return w


def test_org_spread_when_many_organisations_then_high() -> None:
    assert _world(10).score(OrgSpread(), "x") > 0.85


def test_org_spread_when_one_organisation_then_zero() -> None:
    assert _world(1, per_org=10).score(OrgSpread(), "x") == 0.0


def test_org_spread_when_writing_to_own_colleagues_then_not_counted() -> None:
    assert _world(1, per_org=5, own="Org 0").run(OrgSpread()) == {}


def test_org_spread_asof_matches_final_score() -> None:
    w = _world(6)
    last = w.con.execute(
        f'SELECT max_by(score, at_) FROM (SELECT score, "at" AS at_ FROM ({OrgSpread().query_asof()}))'
    ).fetchone()
    assert last is not None and abs(last[0] - w.score(OrgSpread(), "x")) < 1e-9
