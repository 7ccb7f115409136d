"""The learned reading of a message's words (``lureguard.lure.textmodel``)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from lureguard.lure import analyze
from lureguard.lure._text import fold
from lureguard.lure.textmodel import blend, default_model, fit, training_rows, without_places

BENCH_DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"

# Written for this test, after the model: a request the lexicons have no pattern for, and the
# same sentence shape asking for nothing hidden.
PAIRS = [
    (
        "Could you snap a few pictures of the slides from this morning's steering committee? "
        "Nobody else will ever see them.",
        "Could you share the slides from this morning's public webinar? I would like to cite them in my lecture.",
    ),
    (
        "Mein Auftraggeber würde sich über eine Liste der Kollegen in Ihrer Abteilung freuen, "
        "die an dem Programm arbeiten.",
        "Mein Kollege würde sich über ein Gespräch mit Ihnen zu Ihrem Vortrag auf der Tagung freuen.",
    ),
    (
        "Je vous propose d'en parler plutôt sur une autre messagerie, ici ce n'est pas très discret.",
        "Je vous propose d'en parler lors de la pause café du colloque, à bientôt.",
    ),
]


def _test_rows(name: str) -> list[dict]:
    with (BENCH_DATA / f"lure_handwritten_{name}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize(("lure", "benign"), PAIRS)
def test_text_model_when_a_request_has_no_pattern_then_it_still_ranks_above_its_benign_twin(
    lure: str, benign: str
) -> None:
    lure_p, benign_p = default_model().score([lure, benign])
    assert lure_p > benign_p


def test_text_model_when_refitted_then_scores_are_identical() -> None:
    texts = [p for pair in PAIRS for p in pair]
    assert np.array_equal(fit().score(texts), default_model().score(texts))


def test_text_model_when_text_is_empty_then_zero() -> None:
    scores = default_model().score(["", "   ", None])
    assert scores.tolist() == [0.0, 0.0, 0.0]


def test_text_model_never_learns_from_a_test_corpus() -> None:
    learnt = {text for text, _ in training_rows()}
    for name in ("test", "blind-test", "blind-c"):
        assert not learnt & {r["text"] for r in _test_rows(name)}, name


def test_text_model_when_blended_then_blind_test_ranks_above_the_lexicons_alone() -> None:
    """The blind TEST corpus was written by people who never read the lexicons."""
    rows = _test_rows("blind-test")
    texts = [r["text"] for r in rows]
    labels = [bool(r["lure"]) for r in rows]
    lexicon = np.array([r.lure_score for r in analyze(texts, workers=1)])
    mixed = blend(lexicon, default_model().score(texts))
    assert roc_auc_score(labels, mixed) > roc_auc_score(labels, lexicon) + 0.05


# Behaviour, never identity: the same words with another place must read the same. Written for
# this test; the places are ones the hand-written lures name and ones they do not.
PLACE_TEMPLATES = [
    "I would be glad to invite you to speak at our workshop in {} next spring. The committee will send details.",
    "Our client in {} would value your insights; a generous fee is offered, let's continue on WhatsApp.",
    "Nous serions ravis de vous accueillir à {} pour notre colloque annuel, tous frais payés.",
    "Wir würden Sie gern nach {} einladen, um unsere Partner kennenzulernen. Die Kosten übernehmen wir.",
]
PLACES = [
    "Shanghai",
    "Hong Kong",
    "Singapur",
    "Pékin",
    "Moscow",
    "Tehran",
    "Russland",
    "Chine",
    "Lyon",
    "Boston",
    "Hamburg",
]


@pytest.mark.parametrize("template", PLACE_TEMPLATES)
def test_text_model_when_only_the_place_differs_then_the_score_is_the_same(template: str) -> None:
    scores = default_model().score([template.format(p) for p in PLACES])
    assert np.ptp(scores) < 1e-12, dict(zip(PLACES, scores.round(3).tolist(), strict=True))


@pytest.mark.parametrize("template", PLACE_TEMPLATES)
def test_lexicons_when_only_the_place_differs_then_score_and_themes_are_the_same(template: str) -> None:
    results = analyze([template.format(p) for p in PLACES], workers=1)
    assert len({(r.lure_score, r.categories) for r in results}) == 1


def test_places_when_blanked_then_nationalities_and_countries_go_and_ordinary_words_stay() -> None:
    text = fold(
        "Chinese partners, des partenaires chinoises, chinesischen Partner in Deutschland; nice to meet you"
    )
    out = without_places(text)
    assert len(out) == len(text)
    assert out.split() == [
        "partners,",
        "des",
        "partenaires",
        ",",
        "partner",
        "in",
        ";",
        "nice",
        "to",
        "meet",
        "you",
    ]


def test_explain_when_a_lure_names_a_place_then_the_reasons_are_its_words_not_the_place() -> None:
    text = "Our client would be delighted to host you in Shanghai; a generous honorarium, discreetly, via WeChat."
    words = [w for w, _ in default_model().explain(text, top=5)]
    assert words and "Shanghai" not in words
    assert all(w in text for w in words)


def _many_texts() -> list[str]:
    return [f"{text} ({i})" for i in range(20) for text, _ in training_rows()[:60]]


def test_text_model_when_split_over_forked_processes_then_scores_are_identical(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    monkeypatch.setattr("lureguard.lure.textmodel.PARALLEL_MIN", 10)
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counted_fork)
    texts = _many_texts()
    model = default_model()
    assert np.array_equal(model.score(texts, workers=3), model.score(texts, workers=1))
    assert len(forks) == 2  # two children, the third slice scored here


def test_text_model_when_children_fail_then_this_process_scores_their_slices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A child that cannot write its scores (here: every write fails) leaves its slice to the parent."""
    import os

    monkeypatch.setattr("lureguard.lure.textmodel.PARALLEL_MIN", 10)
    texts = _many_texts()
    model = default_model()
    expected = model.score(texts, workers=1)

    def broken_write(fd: int, data: object) -> int:
        raise OSError("no room")

    monkeypatch.setattr(os, "write", broken_write)
    assert np.array_equal(model.score(texts, workers=2), expected)
    monkeypatch.undo()

    def no_fork() -> int:
        raise OSError("no process slot")

    monkeypatch.setattr("lureguard.lure.textmodel.PARALLEL_MIN", 10)
    monkeypatch.setattr(os, "fork", no_fork)
    assert np.array_equal(model.score(texts, workers=2), expected)
