"""Moving a conversation off the platform, in words the lexicons missed (found on other generators' worlds)."""

from __future__ import annotations

import pytest

from lureguard.lure import analyze_one


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("Fügen Sie mich bitte auf Line hinzu: kelvinwong67, das ist einfacher.", True),
        ("Add me on Line: kelvin67", True),
        ("See line 5 of the attached report.", False),
        ("The project is on line with the schedule.", False),
        ("Perhaps we could talk somewhere other than here?", True),
        ("Shall we continue this elsewhere?", True),
        ("Elsewhere in the report we discuss the budget.", False),
        ("Continuons plutôt ailleurs, c'est plus discret.", True),
        ("Les résultats publiés ailleurs confirment la tendance.", False),
    ],
)
def test_a_move_off_the_platform_is_read_as_one(text: str, off: bool) -> None:
    assert ("off-platform" in analyze_one(text).categories) is off
