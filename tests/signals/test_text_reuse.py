from __future__ import annotations

from lureguard.signals.profile.text_reuse import TextReuse
from tests.signals._world import World

ABOUT = (
    "Bridging policy and industry for 12 years, helping leaders navigate complex regulatory change in Europe."
)


def test_text_reuse_when_two_names_share_a_summary_then_high() -> None:
    w = World().account("a", name="Ann", about=ABOUT).account("b", name="Bo", about=ABOUT.replace("12", "15"))
    assert w.score(TextReuse(), "a") > 0.4


def test_text_reuse_when_boilerplate_shared_by_many_then_damped() -> None:
    w = World()
    for k in range(60):
        w.account(f"a{k}", name=f"N{k}", about=ABOUT)
    assert w.score(TextReuse(), "a0") < 0.2


def test_text_reuse_when_text_missing_or_short_then_no_link() -> None:
    w = World().account("a", name="A", about="").account("b", name="B", about="")
    w.account("c", name="C", about="Hi.").account("d", name="D", about="Hi.")
    assert w.run(TextReuse()) == {}


def test_text_reuse_when_same_person_twice_then_no_link() -> None:
    w = World().account("a", name="Ann", about=ABOUT).account("a2", name="Ann", about=ABOUT)
    assert w.run(TextReuse()) == {}
