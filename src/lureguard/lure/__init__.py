"""Lure detection in invitations and messages: multilingual, by category, explained.

The public API (the pipeline and CLI wire it in):

- :func:`analyze` — batch of texts → :class:`LureResult` (score, categories,
  language, the phrases that drove the score);
- :func:`is_sponsored_inmail` — LinkedIn Sponsored InMail heuristics;
- :func:`score_thread` and :func:`aggregate_account` — escalation across a
  conversation and evidence per sending account;
- :func:`find_template_reuse` — near-duplicate texts shared by different senders;
- :func:`train_combiner` — refit the explainable combiner on labelled texts.

See docs/lure.md for categories, cues per language, weights and the threshold.
"""

from lureguard.lure.account import AccountLureEvidence, aggregate_account
from lureguard.lure.combiner import FEATURES, Combiner, load_default
from lureguard.lure.detect import (
    DEFAULT_THRESHOLD,
    Detector,
    LureResult,
    Phrase,
    analyze,
    analyze_one,
    is_sponsored_inmail,
    train_combiner,
)
from lureguard.lure.template import TemplateEdge, find_template_reuse, normalize_template
from lureguard.lure.thread import STAGES, ThreadResult, score_thread

__all__ = [
    "DEFAULT_THRESHOLD",
    "FEATURES",
    "STAGES",
    "AccountLureEvidence",
    "Combiner",
    "Detector",
    "LureResult",
    "Phrase",
    "TemplateEdge",
    "ThreadResult",
    "aggregate_account",
    "analyze",
    "analyze_one",
    "find_template_reuse",
    "is_sponsored_inmail",
    "load_default",
    "normalize_template",
    "score_thread",
    "train_combiner",
]
