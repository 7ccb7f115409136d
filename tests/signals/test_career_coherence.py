from __future__ import annotations

import pytest

from lureguard.signals.profile.career_coherence import CareerCoherence
from tests.signals._world import World


def _score(positions: list[dict], education: list[dict] | None = None) -> float:
    w = World().account("x", positions=positions, education=education)
    w.event("invitation", "x", "x", 0)  # the store's last event (2024) is 'now'
    return w.score(CareerCoherence(), "x")


@pytest.mark.parametrize(
    ("positions", "education", "low", "high"),
    [
        # a director after two years of work: implausible seniority
        ([{"title": "Managing Director", "organization": "A", "start": "2022-01"}], None, 0.5, 1.0),
        # a long ordinary career, no gaps
        (
            [
                {"title": "Director", "organization": "A", "start": "2015"},
                {"title": "Engineer", "organization": "B", "start": "2005", "end": "2015"},
            ],
            None,
            0.0,
            0.1,
        ),
        # a master's finished years after the senior role began
        (
            [{"title": "Head of Research", "organization": "A", "start": "2008"}],
            [{"school": "S", "degree": "MSc", "start": "2014", "end": "2016"}],
            0.4,
            1.0,
        ),
        # a five-year gap between jobs
        (
            [
                {"title": "Analyst", "organization": "A", "start": "2019"},
                {"title": "Analyst", "organization": "B", "start": "2005", "end": "2013"},
            ],
            None,
            0.2,
            0.5,
        ),
    ],
)
def test_career_coherence_when_timeline_defective_then_scored(positions, education, low, high) -> None:
    assert low <= _score(positions, education) <= high


def test_career_coherence_when_history_missing_then_no_evidence() -> None:
    w = World().account("x").account("y", positions=[])
    assert w.run(CareerCoherence()) == {}


def test_career_coherence_reads_french_and_german_senior_titles() -> None:
    for title in ("Directrice de recherche", "Geschäftsführer"):
        assert _score([{"title": title, "organization": "A", "start": "2023"}]) > 0.5
