"""Offline language identification, fast path first.

Why two stages: lingua (Rust, bundled models, no network) runs ~4–6k short texts/s
on this machine even in low-accuracy mode, far below the detector's budget of
20k messages/s. Most messages carry enough function words (or letters such as
``ß``/``ç``/``ñ``) to decide by a weighted vote over the registered lexicons' stop
words; only texts the vote cannot decide go to lingua, restricted to the languages
the vote left in the running, and its answers are cached by text (greetings and
one-liners repeat). The language is informative only: every lexicon runs on every
text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import chain
from typing import Any

from lureguard.lure.lexicon import languages

_LATIN_RE = re.compile(r"[a-z]")
#: Characters given to lingua; more adds little and costs linearly.
_LINGUA_CHARS = 300
#: Characters the stop-word vote reads.
_VOTE_CHARS = 600
#: Letters that (among the registered languages) point to one language; read on the
#: cleaned text, before accents are folded away. Each distinct letter is one vote.
_LETTER_HINTS: dict[str, str] = {
    **dict.fromkeys("äöüßÄÖÜ", "de"),
    **dict.fromkeys("çêâîôûëïœÇÊ", "fr"),
    **dict.fromkeys("ñ¿¡Ñ", "es"),
    **dict.fromkeys("ìòÌÒ", "it"),
}
_HINT_RE = re.compile("[" + "".join(_LETTER_HINTS) + "]")
#: Runs of non-letters; lingua ignores them, so the cache key drops them
#: ("Danke, Anna #1" and "Danke, Anna #2" are one lingua call).
_NON_LETTERS_RE = re.compile(r"[\W\d_]+")
#: Runs of letters: the units stop words are matched against.
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
#: Byte table that blanks every ASCII byte but a letter: on ASCII text,
#: ``translate(...).split()`` gives the runs ``[A-Za-z]+`` finds.
_NON_LETTER_BYTES = bytes(b if chr(b).isascii() and chr(b).isalpha() else 0x20 for b in range(256))
#: Bounded cache of lingua answers by the letters of the text prefix.
_CACHE_MAX = 200_000
_lingua_cache: dict[str, str | None] = {}


def clear_cache() -> None:
    """Forget cached lingua answers (benchmarks; the cache is bounded anyway)."""
    _lingua_cache.clear()


@cache
def _stopword_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lex in languages():
        for word in lex.stopwords:
            index.setdefault(word, []).append(lex.code)
    return {w: tuple(codes) for w, codes in index.items()}


@cache
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Per stop word, the languages it votes for and how much (shared words count less)."""
    return {w: tuple((c, 1.0 / len(codes)) for c in codes) for w, codes in _stopword_index().items()}


@cache
def _byte_weights() -> dict[bytes, tuple[tuple[str, float], ...]]:
    """:func:`_weights` keyed by the ASCII bytes of each word (for :func:`_counts`)."""
    return {w.encode("utf-8"): v for w, v in _weights().items()}


@cache
def _lingua(codes: frozenset[str] | None = None) -> tuple[Any, dict[Any, str]] | None:
    """A lingua detector over ``codes`` (default: every registered language)."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a declared dependency
        return None
    members = {
        lex.lingua: lex.code for lex in languages() if lex.lingua and (codes is None or lex.code in codes)
    }
    if len(members) < 2:
        return None
    langs = [getattr(Language, name) for name in members]
    detector = LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()
    return detector, {getattr(Language, name): code for name, code in members.items()}


def _counts(folded: str, cleaned: str = "") -> dict[str, float]:
    """Stop-word votes per language, in text order (the float sums depend on it).

    Why every letter run and a dict look-up rather than one stop-word regex: the
    same words in the same order, at a fraction of the cost. On ASCII text (most
    folded text) the runs come from ``bytes.translate`` + ``split``, both plain C
    loops: the same runs as ``[A-Za-z]+`` at a third of the cost.
    """
    counts: dict[str, float] = {}
    votes_of: Callable[[Any], tuple[tuple[str, float], ...] | None]
    if folded.isascii():
        votes_of = _byte_weights().get
        runs: list[Any] = folded[:_VOTE_CHARS].encode("ascii").translate(_NON_LETTER_BYTES).split()
    else:
        votes_of = _weights().get
        runs = _LETTER_RUN_RE.findall(folded, 0, _VOTE_CHARS)
    get = counts.get
    for code, w in chain.from_iterable(filter(None, map(votes_of, runs))):
        counts[code] = get(code, 0.0) + w
    if cleaned and not cleaned.isascii():
        for ch in set(_HINT_RE.findall(cleaned[:_VOTE_CHARS])):
            code = _LETTER_HINTS[ch]
            counts[code] = counts.get(code, 0.0) + 1.0
    return counts


def _decide(counts: dict[str, float]) -> str | None:
    if not counts:
        return None
    # The leader (first counted on a tie) and the runner-up's count, in one pass.
    best, n, second = "", -1.0, 0.0
    for code, c in counts.items():
        if c > n:
            if n >= 0:
                second = n
            best, n = code, c
        elif c > second:
            second = c
    if (n >= 1.5 and second == 0) or (n >= 2.5 and n >= 2 * second) or (n >= 5 and 2 * n >= 3 * second):
        return best
    return None


def vote(folded: str, cleaned: str = "") -> str | None:
    """Decide by stop words (and language-specific letters of ``cleaned``) when one
    language clearly leads, else ``None``."""
    return _decide(_counts(folded, cleaned))


def _candidates(counts: dict[str, float]) -> frozenset[str] | None:
    """Languages still in the running after an undecided vote (``None``: all)."""
    if not counts:
        return None
    top = max(counts.values())
    keep = frozenset(c for c, n in counts.items() if n >= top / 2)
    return keep if len(keep) >= 2 else None


#: A text the stop-word vote left open: its index, the languages still in the
#: running (``None``: all) and its lingua cache key.
Pending = tuple[int, frozenset[str] | None, str]


def vote_all(cleaned: Sequence[str], folded: Sequence[str]) -> tuple[list[str | None], list[Pending]]:
    """First stage of :func:`detect`: the vote and cached lingua answers, no new lingua call.

    Why split: this stage is pure Python and runs in forked workers; lingua (whose
    Rust thread pool does not survive a fork) then runs once, in the parent, on the
    texts every worker left open (:func:`resolve`).
    """
    out: list[str | None] = []
    pending: list[Pending] = []
    cache_get = _lingua_cache.get
    latin = _LATIN_RE.search
    for i, f in enumerate(folded):
        if not latin(f, 0, _LINGUA_CHARS):
            out.append(None)
            continue
        counts = _counts(f, cleaned[i])
        code = _decide(counts)
        if code is None:
            key = _NON_LETTERS_RE.sub(" ", cleaned[i][:_LINGUA_CHARS]).strip()
            code = cache_get(key, "")
            if code == "":
                pending.append((i, _candidates(counts), key))
                code = None
        out.append(code)
    return out, pending


def resolve(out: list[str | None], pending: Iterable[Pending]) -> None:
    """Second stage of :func:`detect`: ask lingua about the open texts, in place.

    Texts are grouped by candidate languages, then by cache key, in first-seen
    order, so each distinct key costs one lingua call per candidate set.
    """
    undecided: dict[frozenset[str] | None, dict[str, list[int]]] = {}
    for i, cands, key in pending:
        undecided.setdefault(cands, {}).setdefault(key, []).append(i)
    for cands, by_key in undecided.items():
        lingua = _lingua(cands) or _lingua()
        if lingua is None:
            continue
        detector, codes = lingua
        keys = list(by_key)
        if len(_lingua_cache) + len(keys) > _CACHE_MAX:
            _lingua_cache.clear()
        for key, lang in zip(keys, detector.detect_languages_in_parallel_of(keys), strict=True):
            code = _lingua_cache[key] = codes.get(lang) if lang is not None else None
            for i in by_key[key]:
                out[i] = code


def detect(cleaned: Sequence[str], folded: Sequence[str]) -> list[str | None]:
    """ISO 639-1 code per text (``None`` when there is no Latin-script text to judge)."""
    out, pending = vote_all(cleaned, folded)
    if pending:
        resolve(out, pending)
    return out
