"""The signal framework itself: registry, evidence, engine."""

from __future__ import annotations

import pytest

from lureguard.signals import Evidence, available, instantiate
from lureguard.signals.base import clamp01, json_safe
from lureguard.signals.registry import SignalRegistryError
from lureguard.store import materialised
from tests.signals._world import World


def test_registry_loads_builtins_through_entry_points() -> None:
    names = {c.name for c in available()}
    assert {"protected_share", "org_spread", "sector_spread", "young_account", "cold_outreach"} <= names


def test_registry_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(SignalRegistryError, match="unknown signal"):
        instantiate(["no_such_signal"])


def test_evidence_rejects_out_of_range_score() -> None:
    with pytest.raises(ValueError):
        Evidence("x", 1.5, "r")


@pytest.mark.parametrize(("value", "expected"), [(float("nan"), 0.0), (-1, 0.0), (2, 1.0), (0.25, 0.25)])
def test_clamp01(value: float, expected: float) -> None:
    assert clamp01(value) == expected


def test_json_safe_turns_nan_into_null() -> None:
    assert json_safe(float("nan")) is None
    assert json_safe([1, float("inf")]) == [1, None]


def _contacts_world() -> World:
    w = World().account("x")
    for k in range(4):
        w.member(f"m{k}", organization=f"Org {k % 2}").invite("x", f"m{k}", day=k)
    return w


def test_materialised_view_is_computed_once_for_the_block_then_dropped() -> None:
    w = _contacts_world()
    con = w.con
    assert con.execute("SELECT count(*) FROM contacts").fetchone() == (4,)
    with materialised(con, ["contacts", "contacts"]):
        w.member("late").invite("x", "late", day=9)
        assert con.execute("SELECT count(*) FROM contacts").fetchone() == (4,)  # the table, not the view
        with materialised(con, ["contacts"]):  # nested: the outer block's table stays
            pass
        assert con.execute("SELECT count(*) FROM contacts").fetchone() == (4,)
    assert con.execute("SELECT count(*) FROM contacts").fetchone() == (5,)  # the view again
    with pytest.raises(ValueError, match="not a store view"), materialised(con, ["accounts"]):
        pass


def test_run_signals_with_a_shared_view_gives_each_signal_its_own_query_result() -> None:
    from lureguard.engine import run_signals

    w = _contacts_world()
    w.member("y-colleague", organization="Org 0").invite("m0", "y-colleague", day=2)
    sigs = [s for s in instantiate() if s.views]
    assert {s.name for s in sigs} >= {"org_spread", "sector_spread", "protected_share", "young_account"}
    direct = {s.name: w.run(s) for s in sigs}
    run = run_signals(w.con, sigs)
    for s in sigs:
        got = dict(zip(run.account_ids, run.column(s.name), strict=True))
        want = {a: e.score for a, e in direct[s.name].items()}
        assert {a: got[a] for a in want} == pytest.approx(want), s.name
    held = w.con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = 'contacts'")
    assert held.fetchone() == (0,)
