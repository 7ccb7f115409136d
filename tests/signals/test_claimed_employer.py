from __future__ import annotations

from lureguard.signals.profile.claimed_employer import ClaimedEmployer
from tests.signals._world import World

JOB = [{"title": "Recruiter", "organization": "Acme Search", "start": "2020"}]


def _firm(w: World) -> World:
    for k in range(3):
        w.account(f"staff{k}", positions=JOB)
    return w


def test_claimed_employer_when_real_firm_but_no_colleague_connected_then_high() -> None:
    w = _firm(World()).account("imp", positions=JOB)
    assert w.score(ClaimedEmployer(), "imp") >= 0.75


def test_claimed_employer_when_connected_to_a_colleague_then_zero() -> None:
    w = _firm(World()).account("real", positions=JOB).invite("real", "staff1", accepted=True)
    assert w.score(ClaimedEmployer(), "real") == 0.0


def test_claimed_employer_when_employer_unknown_elsewhere_then_moderate() -> None:
    w = World().account(
        "solo", positions=[{"title": "Partner", "organization": "Nowhere Ltd", "start": "2020"}]
    )
    assert 0.3 <= w.score(ClaimedEmployer(), "solo") <= 0.5


def test_claimed_employer_when_member_table_names_the_firm_then_counts_staff() -> None:
    w = World().member("m1", organization="ACME  search").account("imp", positions=JOB)
    assert w.run(ClaimedEmployer())["imp"].features["other_staff"] == 1


def test_claimed_employer_when_verified_then_damped() -> None:
    w = _firm(World()).account("v", positions=JOB, verified=True)
    assert w.score(ClaimedEmployer(), "v") < 0.35


def test_claimed_employer_when_no_current_position_then_no_row() -> None:
    w = World().account("x", positions=[{"title": "A", "organization": "B", "start": "2010", "end": "2012"}])
    assert w.run(ClaimedEmployer()) == {}


def test_claimed_employer_when_the_only_colleague_joined_in_the_same_batch_then_not_vouched() -> None:
    """Personas made together can connect to each other; a firm's staff joined the platform over years."""
    batch = World()
    for k, day in enumerate(("2024-03-01", "2024-03-12")):
        batch.account(f"p{k}", positions=JOB, created_at=day)
    batch.invite("p0", "p1", accepted=True)
    assert batch.score(ClaimedEmployer(), "p0") >= 0.4
    firm = World().account("old", positions=JOB, created_at="2016-05-01")
    firm.account("new", positions=JOB, created_at="2024-03-01").invite("new", "old", accepted=True)
    assert firm.score(ClaimedEmployer(), "new") == 0.0


def test_claimed_employer_when_the_impersonator_adds_a_legal_form_then_still_the_firm() -> None:
    """ "Acme Search Ltd" is Acme Search: a suffix must not turn an impersonator into a firm of one."""
    w = _firm(World()).account(
        "imp", positions=[{"title": "Recruiter", "organization": "Acme Search Ltd.", "start": "2020"}]
    )
    out = w.run(ClaimedEmployer())["imp"]
    assert out.features["other_staff"] == 3
    assert out.score >= 0.75


def test_claimed_employer_matches_names_in_any_script_and_with_accents() -> None:
    """Staff of "Société Générale SA" vouch for one writing "Societe Generale"; a firm written in
    Chinese characters is an employer, not an empty name."""
    sg = [{"title": "Analyste", "organization": "Société Générale SA", "start": "2019"}]
    w = (
        World()
        .account("staff", positions=sg)
        .account("new", positions=[{"title": "Analyst", "organization": "Societe Generale", "start": "2021"}])
    )
    w.invite("new", "staff", accepted=True)
    assert w.score(ClaimedEmployer(), "new") == 0.0
    cn = [{"title": "工程师", "organization": "华为技术有限公司", "start": "2018"}]
    w = World().account("a", positions=cn).account("b", positions=cn)
    assert w.run(ClaimedEmployer())["a"].features["other_staff"] == 1
