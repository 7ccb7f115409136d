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


@dataclass(frozen=True, slots=True)
class Phrase:
    """One matched cue: ``category`` is a contract category or a sub-cue
    (``messenger``, ``personal-contact``, ``concealment``, ``sensitive-request``,
    ``vague-client``); ``span`` indexes the cleaned text (HTML stripped)."""

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
        present = {cue for cue, _, _ in hits}
        present |= {CUE_IMPLIES[c] for c in present if c in CUE_IMPLIES}
        score = self.combiner.score(present)
        if sponsored:
            score *= SPONSORED_FACTOR
        categories = tuple(
            sorted((c for c in present if c in _CATEGORY_ORDER), key=_CATEGORY_ORDER.__getitem__)
        )
        cues = tuple(sorted(c for c in present if c not in _CATEGORY_ORDER))
        phrases = _phrases(cleaned, hits)
        return LureResult(round(score, 4), categories, language, phrases, cues, sponsored)

    @property
    def _base(self) -> float:
        return self.combiner.score(())

    def analyze(self, texts: Sequence[object], *, language: bool = True) -> list[LureResult]:
        cleaned: list[str] = []
        folded: list[str] = []
        hits: list[list[tuple[str, int, int]]] = []
        for t in texts:
            c, f, h = self.cues(t)
            cleaned.append(c)
            folded.append(f)
            hits.append(h)
        langs = detect_languages(cleaned, folded) if language else [None] * len(cleaned)
        return [
            self._result(c, h, lang, is_sponsored_inmail(t) if isinstance(t, str) and "<" in t else False)
            for t, c, h, lang in zip(texts, cleaned, hits, langs, strict=True)
        ]


def _phrases(cleaned: str, hits: list[tuple[str, int, int]]) -> tuple[Phrase, ...]:
    """Readable phrases: one per cue and span, nested duplicates of the same cue dropped."""
    out: list[Phrase] = []
    last: dict[str, tuple[int, int]] = {}
    for cue, start, end in sorted(hits, key=lambda h: (h[1], -h[2])):
        prev = last.get(cue)
        if prev is not None and start < prev[1]:
            continue  # inside a longer match of the same cue
        last[cue] = (start, end)
        out.append(Phrase(cue, cleaned[start:end], (start, end)))
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
