from __future__ import annotations

import pytest

from lureguard.signals.profile.generic_persona import GenericPersona
from tests.signals._world import World


@pytest.mark.parametrize(
    ("headline", "about", "expect"),
    [
        ("Senior Consultant at Global Strategy Partners", "We serve international clients.", "high"),
        ("Directeur, Cabinet de conseil stratégique", None, "mid"),
        ("Research Fellow, Institute for Eurasian Policy", None, "mid"),
        ("Nuclear engineer at Atom Lab", "I build reactors.", "none"),
    ],
)
def test_generic_persona_when_cover_story_is_generic_then_scored(headline, about, expect) -> None:
    s = World().account("x", headline=headline, about=about).score(GenericPersona(), "x")
    assert {"high": s >= 0.8, "mid": 0.5 <= s < 0.8, "none": s == 0.0}[expect]


def test_generic_persona_when_past_employers_generic_too_then_higher() -> None:
    cur = {"title": "Partner", "organization": "Apex Advisory", "start": "2021"}
    past_generic = {"title": "Analyst", "organization": "Blue Consulting", "start": "2015", "end": "2020"}
    past_real = {"title": "Engineer", "organization": "Siemens", "start": "2015", "end": "2020"}
    w = World().account("g", positions=[cur, past_generic]).account("r", positions=[cur, past_real])
    assert w.score(GenericPersona(), "g") > w.score(GenericPersona(), "r") > 0
