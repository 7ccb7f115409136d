"""One check suite over every registered signal (scikit-learn's estimator-checks idea)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lureguard.signals import available
from lureguard.signals.base import Signal
from tests.signals._world import World

SIGNALS = available()
HERE = Path(__file__).parent


def _busy_world(*, sparse: bool = False) -> World:
    """Members, a sweeping persona and a colleague; ``sparse`` leaves every optional field out."""
    w = World()
    rich = (
        {}
        if sparse
        else {
            "headline": "Senior Consultant at Global Strategy Partners",
            "about": "Advising international clients on strategy and policy across many sectors for years now.",
            "created_at": "2023-12-01",
            "connections": 40,
            "verified": False,
            "photo_sha256": "ab" * 32,
            "photo_phash": "0f0f0f0f0f0f0f0f",
            "positions": [
                {"title": "Managing Director", "organization": "Global Strategy Partners", "start": "2022"}
            ],
            "education": [{"school": "X", "degree": "MBA", "start": "2020", "end": "2023"}],
            "skills": ["Strategy"],
            "languages": ["English"],
        }
    )
    w.account("persona", **rich)
    w.account("twin", **{**rich, "name": "Other Name"})
    for k in range(8):
        if sparse:
            w.account(f"m{k}")
            w.con.execute("INSERT INTO members (account_id) VALUES (?)", [f"m{k}"])
        else:
            w.member(
                f"m{k}",
                organization=f"Org {k % 4}",
                sector=["nuclear", "ai", "defence"][k % 3],
                positions=[{"title": "Engineer", "organization": f"Org {k % 4}", "start": "2015"}],
            )
        w.invite("persona", f"m{k}", day=k * 0.3, accepted=k % 3 == 0)
        w.event(
            "message", "persona", f"m{k}", day=k + 1, text="Paid report?", lure=0.8, categories=["paid-work"]
        )
    # two conversations that walk the lure path in order, so that time-dependent message signals change
    for dst, steps in (("m0", ["off-platform", "paid-travel"]), ("m1", ["off-platform", "secrecy"])):
        w.event(
            "message",
            "persona",
            dst,
            day=0.1,
            text="Your work is brilliant",
            lure=0.4,
            categories=["flattery"],
        )
        for j, cat in enumerate(steps):
            w.event(
                "message",
                "persona",
                dst,
                day=9 + j + (dst == "m1") * 2,
                text="...",
                lure=0.7,
                categories=[cat],
            )
    # later, the one offered the trip is asked for discretion too
    w.event("message", "persona", "m0", day=13, text="...", lure=0.6, categories=["secrecy"])
    w.invite("m0", "m1", day=2, accepted=True)
    w.event("message", "m1", "m0", day=3, text="hi")
    return w


@pytest.fixture(params=SIGNALS, ids=lambda c: c.name)
def signal(request: pytest.FixtureRequest) -> Signal:
    return request.param()


def _rows(w: World, sig: Signal) -> list[dict]:
    rel = w.con.execute(sig.query())
    cols = [d[0] for d in rel.description]
    return [dict(zip(cols, r, strict=True)) for r in rel.fetchall()]


def test_signal_declares_metadata(signal: Signal) -> None:
    assert signal.name.replace("_", "").isalnum()
    assert signal.version and signal.summary and signal.reads and signal.features
    assert set(signal.reads) <= {"accounts", "interactions", "members", "message_scores"}


def test_signal_declares_the_store_views_its_queries_read(signal: Signal) -> None:
    """The engine computes only the declared views once; an undeclared one would be recomputed
    per read (slow, not wrong), a declared unread one computed for nothing."""
    import re

    from lureguard.store import VIEWS

    text = signal.query() + (signal.query_asof() or "")
    read = {v for v in VIEWS if re.search(rf"\bFROM {v}\b", text)}
    assert read == set(signal.views)


def test_signal_scores_in_range_with_reasons_and_json_safe_features(signal: Signal) -> None:
    w = _busy_world()
    rows = _rows(w, signal)
    assert "account_id" in rows[0] if rows else True
    for row in rows:
        assert set(signal.features) <= set(row), f"missing feature columns in {signal.name}"
        ev = signal.evidence(row)
        assert 0.0 <= ev.score <= 1.0
        assert ev.reason.strip() and ev.reason.strip()[-1] in ".!?)"
        json.dumps(dict(ev.features), allow_nan=False)


def test_signal_is_deterministic(signal: Signal) -> None:
    a = {k: (e.score, e.reason) for k, e in _busy_world().run(signal).items()}
    b = {k: (e.score, e.reason) for k, e in _busy_world().run(signal).items()}
    assert a == b


def test_signal_runs_on_empty_store(signal: Signal) -> None:
    assert World().run(signal) == {}


def test_signal_copes_when_optional_fields_are_missing(signal: Signal) -> None:
    w = _busy_world(sparse=True)
    for ev in w.run(signal).values():
        assert 0.0 <= ev.score <= 1.0 and ev.reason


def test_signal_asof_form_never_looks_ahead(signal: Signal) -> None:
    sql = signal.query_asof()
    if sql is None:
        pytest.skip("score does not change with time")
    w = _busy_world()
    full = w.con.execute(f'SELECT account_id, "at", score FROM ({sql}) ORDER BY 1, 2').fetchall()
    # Cutting the events at a time must leave every earlier as-of row unchanged.
    cut = sorted({r[1] for r in full})[len({r[1] for r in full}) // 2]
    w.con.execute(
        "DELETE FROM message_scores WHERE interaction_id IN (SELECT id FROM interactions WHERE ts > ?)", [cut]
    )
    w.con.execute("DELETE FROM interactions WHERE ts > ?", [cut])
    part = w.con.execute(f'SELECT account_id, "at", score FROM ({sql}) ORDER BY 1, 2').fetchall()
    assert part == [r for r in full if r[1] <= cut]
    for r in full:
        assert 0.0 <= r[2] <= 1.0


def test_signal_never_reads_location(signal: Signal) -> None:
    sql = (signal.query() + (signal.query_asof() or "")).lower()
    assert "country" not in sql and "location" not in sql


def test_signal_has_its_own_test_file(signal: Signal) -> None:
    assert (HERE / f"test_{signal.name}.py").exists(), f"write tests/signals/test_{signal.name}.py"
