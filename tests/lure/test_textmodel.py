"""The learned reading of a message's words (``lureguard.lure.textmodel``)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from lureguard.lure import analyze
from lureguard.lure.textmodel import blend, default_model, fit, training_rows

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
    for name in ("test", "blind-test"):
        assert not learnt & {r["text"] for r in _test_rows(name)}, name


def test_text_model_when_blended_then_blind_test_ranks_above_the_lexicons_alone() -> None:
    """The blind TEST corpus was written by people who never read the lexicons."""
    rows = _test_rows("blind-test")
    texts = [r["text"] for r in rows]
    labels = [bool(r["lure"]) for r in rows]
    lexicon = np.array([r.lure_score for r in analyze(texts, workers=1)])
    mixed = blend(lexicon, default_model().score(texts))
    assert roc_auc_score(labels, mixed) > roc_auc_score(labels, lexicon) + 0.05
