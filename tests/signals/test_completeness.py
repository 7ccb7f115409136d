from __future__ import annotations

from lureguard.signals.profile.completeness import Completeness
from tests.signals._world import World

FULL = {
    "headline": "Engineer",
    "about": "About me",
    "photo_sha256": "ab" * 32,
    "positions": [{"title": "E", "organization": "O", "start": "2010"}],
    "education": [{"school": "S"}],
    "skills": ["x"],
    "languages": ["en"],
}


def test_completeness_when_profile_empty_among_full_ones_then_high() -> None:
    w = World()
    for k in range(5):
        w.account(f"full{k}", **FULL)
    w.account("thin", headline="Consultant")
    assert w.score(Completeness(), "thin") > 0.8
    assert w.score(Completeness(), "full0") == 0.0


def test_completeness_when_field_never_observed_then_not_counted() -> None:
    w = World()
    no_about = {k: v for k, v in FULL.items() if k not in ("about", "photo_sha256")}
    for k in range(5):
        w.account(f"a{k}", **no_about)
    ev = w.run(Completeness())["a0"]
    assert ev.score == 0.0 and ev.features["observed_fields"] == 5


def test_completeness_when_dataset_has_no_profiles_then_no_rows() -> None:
    w = World().account("a").account("b", headline="x")
    assert w.run(Completeness()) == {}
