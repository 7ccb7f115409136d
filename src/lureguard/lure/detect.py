"""Per-message lure detection: cues found by the lexicons, scored by the combiner.

What it catches: the message-level red flags of CPNI "Think Before You Link", the
2018 DGSI/DGSE note and NCSC guidance (flattery, paid papers, paid trips, vague
clients, discretion, the push to WeChat/WhatsApp/personal e-mail, requests for CV
and non-public details). Every score comes with the phrases that produced it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from multiprocessing import get_context
from typing import NamedTuple

from lureguard.contract import LURE_CATEGORIES
from lureguard.lure._matcher import Scanner, default_scanner
from lureguard.lure._text import clean, fold
from lureguard.lure.combiner import Combiner, fit_cues, load_default
from lureguard.lure.langid import detect as detect_languages
from lureguard.lure.lexicon import CUE_IMPLIES

#: Default operating point: a message with ``lure_score >= DEFAULT_THRESHOLD`` is a lure.
DEFAULT_THRESHOLD = 0.5
#: Sponsored InMail is paid mass mail through the platform, not a 1:1 approach.
SPONSORED_FACTOR = 0.5
#: Phrases kept per message (the score uses every cue; the list is for reading).
MAX_PHRASES = 24
#: Batches at least this large are split over worker processes.
PARALLEL_MIN = 40_000

_SPINMAIL_RE = re.compile(r"spinmail-quill-editor|class=\"?spinmail", re.I)
_PLACEHOLDER_RE = re.compile(
    r"%(?:FIRST_?NAME|LAST_?NAME|FULL_?NAME|NAME|COMPANY|TITLE)%|\{\{\s*first_?name\s*\}\}", re.I
)
_CATEGORY_ORDER = {c: i for i, c in enumerate(LURE_CATEGORIES)}


class Phrase(NamedTuple):
    """One matched cue: ``category`` is a contract category or a sub-cue
    (``messenger``, ``personal-contact``, ``concealment``, ``sensitive-request``,
    ``vague-client``); ``span`` indexes the cleaned text (HTML stripped).

    A named tuple, not a dataclass: messages carry several phrases each and a
    frozen dataclass costs ~5× more to build in the hot path.
    """

    category: str
    text: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class LureResult:
    """Lure assessment of one text."""

    lure_score: float
    categories: tuple[str, ...]
    language: str | None
    phrases: tuple[Phrase, ...]
    #: Sub-cues found (sharper evidence than the category alone).
    cues: tuple[str, ...] = ()
    sponsored: bool = False

    @property
    def reason(self) -> str:
        """A sentence a person can check against the message."""
        if not self.phrases:
            return "no lure cue found"
        shown = "; ".join(f"{p.category}: “{p.text}”" for p in self.phrases[:4])
        more = f" (+{len(self.phrases) - 4} more)" if len(self.phrases) > 4 else ""
        note = " Sponsored InMail (mass mail), score halved." if self.sponsored else ""
        return f"lure score {self.lure_score:.2f} from {shown}{more}.{note}"

    def to_record(self) -> dict[str, object]:
        """The ``messages.jsonl`` fields this module owns (the caller adds ``interaction_id``)."""
        return {
            "lure_score": round(self.lure_score, 4),
            "categories": list(self.categories),
            "language": self.language,
        }


EMPTY = LureResult(0.0, (), None, ())


def is_sponsored_inmail(text: str | None, sender_url: str | None = None) -> bool:
    """Whether a message looks like LinkedIn Sponsored InMail (paid recruiter mass mail).

    Heuristics from the export format: the ``spinmail-quill-editor`` HTML wrapper is
    decisive; an unfilled ``%FIRSTNAME%``-style placeholder counts only when the sender
    URL is known to be empty (a 1:1 sender with a broken mail merge is a campaign, not
    an advertiser).
    """
    if not text:
        return False
    head = text[:4000]
    if _SPINMAIL_RE.search(head):
        return True
    return sender_url is not None and not sender_url.strip() and bool(_PLACEHOLDER_RE.search(head))


class Detector:
    """A scanner plus a combiner; ``analyze`` is this with the packaged defaults."""

    def __init__(self, scanner: Scanner | None = None, combiner: Combiner | None = None) -> None:
        self.scanner = scanner or default_scanner()
        self.combiner = combiner or load_default()
        #: Shared results of cue-free texts, by (has text, language, sponsored).
        self._empties: dict[tuple[bool, str | None, bool], LureResult] = {}
        self._score_cache: dict[
            tuple[frozenset[str], bool], tuple[float, tuple[str, ...], tuple[str, ...]]
        ] = {}

    def cues(self, text: object) -> tuple[str, str, list[tuple[str, int, int]]]:
        """Cleaned text, folded text and raw cue hits of one text."""
        cleaned = clean(text)
        folded = fold(cleaned)
        return cleaned, folded, self.scanner.scan(folded) if folded else []

    def one(self, text: object, language: str | None, sponsored: bool) -> LureResult:
        cleaned, _, hits = self.cues(text)
        return self._result(cleaned, hits, language, sponsored)

    def _result(
        self, cleaned: str, hits: list[tuple[str, int, int]], language: str | None, sponsored: bool
    ) -> LureResult:
        if not hits:
            return LureResult(
                0.0 if not cleaned.strip() else round(self._base, 4), (), language, (), (), sponsored
            )
        scored = self._scored(frozenset([h[0] for h in hits]), sponsored)
        return LureResult(scored[0], scored[1], language, _phrases(cleaned, hits), scored[2], sponsored)

    def _scored(
        self, found: frozenset[str], sponsored: bool
    ) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
        """Score, categories and sub-cues of a set of found cues (cached: a few
        thousand distinct sets cover a whole scan)."""
        key = (found, sponsored)
        hit = self._score_cache.get(key)
        if hit is None:
            present = set(found) | {CUE_IMPLIES[c] for c in found if c in CUE_IMPLIES}
            score = self.combiner.score(present)
            if sponsored:
                score *= SPONSORED_FACTOR
            categories = tuple(
                sorted((c for c in present if c in _CATEGORY_ORDER), key=_CATEGORY_ORDER.__getitem__)
            )
            cues = tuple(sorted(c for c in present if c not in _CATEGORY_ORDER))
            hit = (round(score, 4), categories, cues)
            if len(self._score_cache) < 100_000:
                self._score_cache[key] = hit
        return hit

    @property
    def _base(self) -> float:
        return self.combiner.score(())

    def analyze(self, texts: Sequence[object], *, language: bool = True) -> list[LureResult]:
        """Assess a batch; identical texts are analysed once (mass mail and templates
        repeat) and share one immutable result."""
        slot: dict[object, int] = {}
        where: list[int] = []
        uniq: list[object] = []
        for t in texts:
            try:  # key by type too: 1 and True are equal but clean differently
                j = slot.setdefault(t if type(t) is str else (type(t), t), len(uniq))
            except TypeError:  # unhashable input: analyse on its own
                j = len(uniq)
            if j == len(uniq):
                uniq.append(t)
            where.append(j)
        cleaned = [clean(t) for t in uniq]
        folded = [fold(c) for c in cleaned]
        scan = self.scanner.scan
        hits = [scan(f) if f else [] for f in folded]
        langs = detect_languages(cleaned, folded) if language else [None] * len(uniq)
        empty = self._empty
        results = [
            self._result(c, h, lang, _sponsored(t))
            if h
            else empty(bool(c) and not c.isspace(), lang, _sponsored(t))
            for t, c, h, lang in zip(uniq, cleaned, hits, langs, strict=True)
        ]
        return [results[j] for j in where]

    def _empty(self, text: bool, language: str | None, sponsored: bool) -> LureResult:
        """The shared result of a text without any cue (most messages)."""
        key = (text, language, sponsored)
        hit = self._empties.get(key)
        if hit is None:
            hit = self._empties[key] = LureResult(
                round(self._base, 4) if text else 0.0, (), language, (), (), sponsored
            )
        return hit


def _sponsored(text: object) -> bool:
    return isinstance(text, str) and "<" in text and is_sponsored_inmail(text)


def _phrases(cleaned: str, hits: list[tuple[str, int, int]]) -> tuple[Phrase, ...]:
    """Readable phrases: one per cue and span, nested duplicates of the same cue dropped.

    ``hits`` come ordered by start (longer first), as :meth:`Scanner.scan` returns them.
    """
    new = tuple.__new__  # the named tuple's own __new__ is a slow Python function
    if len(hits) == 1:
        cue, start, end = hits[0]
        return (new(Phrase, (cue, cleaned[start:end], (start, end))),)
    out: list[Phrase] = []
    last: dict[str, int] = {}
    for cue, start, end in hits:
        if start < last.get(cue, -1):
            continue  # inside a longer match of the same cue
        last[cue] = end
        out.append(new(Phrase, (cue, cleaned[start:end], (start, end))))
        if len(out) >= MAX_PHRASES:
            break
    return tuple(out)


@cache
def default_detector() -> Detector:
    """The packaged detector, built on first use (no import-time work)."""
    return Detector()


def _analyze_chunk(texts: Sequence[object]) -> list[LureResult]:
    return default_detector().analyze(texts)


def analyze(texts: Sequence[str | None], *, workers: int | None = None) -> list[LureResult]:
    """Assess a batch of texts; never raises on odd input (None, HTML, bytes, 1 MB).

    With ``workers`` > 1, batches of at least :data:`PARALLEL_MIN` texts are split over
    that many spawned processes (``workers=0``: the CPU count). The default stays
    in-process: spawning and pickling only pay off on long, busy-free batches.
    """
    texts = list(texts)
    n_workers = (os.cpu_count() or 1) if workers == 0 else (workers or 1)
    if n_workers <= 1 or len(texts) < PARALLEL_MIN:
        return default_detector().analyze(texts)
    size = -(-len(texts) // n_workers)
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    # "spawn", not fork: lingua's Rust thread pool does not survive a fork.
    with ProcessPoolExecutor(max_workers=n_workers, mp_context=get_context("spawn")) as pool:
        parts = list(pool.map(_analyze_chunk, chunks))
    return [r for part in parts for r in part]


def analyze_one(text: str | None) -> LureResult:
    """Convenience for a single text."""
    return analyze([text])[0]


def train_combiner(
    texts: Iterable[str | None], labels: Iterable[int | bool], *, c: float = 1.0, path: str | None = None
) -> Combiner:
    """Refit the combiner's weights on labelled texts (1 = lure) and optionally save them.

    The lexicons stay fixed; only the weights move, so the result stays explainable.
    Use a :class:`Detector` with the returned combiner, or save it over
    ``data/combiner.json`` to make it the default.
    """
    det = default_detector()
    cue_sets = []
    for t in texts:
        _, _, hits = det.cues(t)
        present = {cue for cue, _, _ in hits}
        present |= {CUE_IMPLIES[x] for x in present if x in CUE_IMPLIES}
        cue_sets.append(present)
    combiner = fit_cues(cue_sets, [int(bool(v)) for v in labels], c=c)
    if path is not None:
        combiner.save(path)
    return combiner
