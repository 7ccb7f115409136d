"""Offline language identification, fast path first.

Why two stages: lingua (Rust, bundled models, no network) runs ~15k short texts/s
on two cores even in low-accuracy mode, below the detector's throughput budget. Most
messages carry enough function words to decide by a stop-word vote over the
registered lexicons; only undecided texts go to lingua, restricted to the registered
languages. The language is informative only: every lexicon runs on every text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from lureguard.lure.lexicon import languages

_WORD_RE = re.compile(r"[^\W\d_]+")
_LATIN_RE = re.compile(r"[a-z]")
#: Characters given to lingua; more adds little and costs linearly.
_LINGUA_CHARS = 300


@cache
def _stopword_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lex in languages():
        for word in lex.stopwords:
            index.setdefault(word, []).append(lex.code)
    return {w: tuple(codes) for w, codes in index.items()}


@cache
def _lingua() -> tuple[Any, dict[Any, str]] | None:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a declared dependency
        return None
    members = {lex.lingua: lex.code for lex in languages() if lex.lingua}
    langs = [getattr(Language, name) for name in members]
    detector = LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()
    return detector, {getattr(Language, name): code for name, code in members.items()}


def vote(folded: str) -> str | None:
    """Decide by stop words when one language clearly leads, else ``None``."""
    index = _stopword_index()
    counts: dict[str, int] = {}
    for word in _WORD_RE.findall(folded[:600]):
        codes = index.get(word)
        if codes:
            for code in codes:
                counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if (n >= 2 and second == 0) or (n >= 3 and n >= 2 * second) or (n >= 5 and 2 * n >= 3 * second):
        return best
    return None


def detect(cleaned: Sequence[str], folded: Sequence[str]) -> list[str | None]:
    """ISO 639-1 code per text (``None`` when there is no Latin-script text to judge)."""
    out: list[str | None] = []
    undecided: list[int] = []
    for i, f in enumerate(folded):
        if not _LATIN_RE.search(f[:_LINGUA_CHARS]):
            out.append(None)
            continue
        code = vote(f)
        out.append(code)
        if code is None:
            undecided.append(i)
    if undecided:
        lingua = _lingua()
        if lingua is not None:
            detector, codes = lingua
            found = detector.detect_languages_in_parallel_of([cleaned[i][:_LINGUA_CHARS] for i in undecided])
            for i, lang in zip(undecided, found, strict=True):
                out[i] = codes.get(lang) if lang is not None else None
    return out
