"""Per-message lure detection: cues found by the lexicons, scored by the combiner.

What it catches: the message-level red flags of CPNI "Think Before You Link", the
2018 DGSI/DGSE note and NCSC guidance (flattery, paid papers, paid trips, vague
clients, discretion, the push to WeChat/WhatsApp/personal e-mail, requests for CV
and non-public details). Every score comes with the phrases that produced it.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import re
import select
import signal
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, NoReturn

from lureguard.contract import LURE_CATEGORIES
from lureguard.lure._matcher import Scanner, default_scanner
from lureguard.lure._text import MAX_CHARS, clean, fold
from lureguard.lure.combiner import Combiner, fit_cues, load_default
from lureguard.lure.langid import Pending, resolve, vote_all
from lureguard.lure.lexicon import CUE_IMPLIES

#: Default operating point: a message with ``lure_score >= DEFAULT_THRESHOLD`` is a lure.
DEFAULT_THRESHOLD = 0.5
#: Sponsored InMail is paid mass mail through the platform, not a 1:1 approach.
SPONSORED_FACTOR = 0.5
#: Phrases kept per message (the score uses every cue; the list is for reading).
MAX_PHRASES = 24
#: Distinct texts each process must get before a batch is split over forked
#: processes: forking and sending rows back cost a few hundred texts' worth.
PART_MIN = 2_000
#: Smallest batch (distinct texts) split over two processes.
PARALLEL_MIN = 2 * PART_MIN
#: Most processes the default (``workers=None``) uses.
MAX_AUTO_WORKERS = 8
#: Share of an even split the calling process keeps (it also merges the rest).
_OWN_SHARE = 0.92
#: Per-text cost of a split, in characters' worth, on top of the text's length.
_FIXED_COST = 100

#: What :meth:`Detector.rows` yields per text, compact and serialisable:
#: ``(has_text, sponsored)`` for a text without cues, else
#: ``(score, categories, cues, phrases, sponsored)``.
Row = tuple[bool, bool] | tuple[float, tuple[str, ...], tuple[str, ...], tuple["Phrase", ...], bool]

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

    def analyze(
        self, texts: Sequence[object], *, language: bool = True, workers: int = 1
    ) -> list[LureResult]:
        """Assess a batch; identical texts are analysed once (mass mail and templates
        repeat) and share one immutable result.

        With ``workers`` > 1 and at least :data:`PARALLEL_MIN` distinct texts, the
        distinct texts are split over forked processes (see :func:`_forked_rows`);
        results are identical either way.
        """
        with _no_gc():
            uniq, where = _distinct(texts)
            parts = min(workers, len(uniq) // PART_MIN)
            if parts > 1 and _can_fork():
                rows, langs, pending = _forked_rows(self, uniq, language, parts)
            else:
                rows, langs, pending = self.rows(uniq, language)
            if pending:
                resolve(langs, pending)
            empty = self._empty
            results = [
                empty(row[0], lang, row[1])
                if len(row) == 2
                else LureResult(row[0], row[1], lang, row[3], row[2], row[4])
                for row, lang in zip(rows, langs, strict=True)
            ]
            return [results[j] for j in where]

    def rows(
        self, texts: Sequence[object], language: bool = True, *, phrase: type[Phrase] = Phrase
    ) -> tuple[list[Row], list[str | None], list[Pending]]:
        """Everything :meth:`analyze` computes per text except lingua's part, as compact
        tuples (a :data:`Row` each), plus the vote's languages and the texts it left open.

        Why a separate step: it is the part forked workers run; lingua and building
        :class:`LureResult` objects stay in the calling process. Workers pass
        ``phrase=tuple``: plain tuples serialise in C, a named tuple through Python
        calls (that made unpickling cost as much as the scan it saved).
        """
        cleaned = [clean(t) for t in texts]
        folded = [fold(c) for c in cleaned]
        scan = self.scanner.scan
        scored = self._scored
        rows: list[Row] = []
        append = rows.append
        for t, c, f in zip(texts, cleaned, folded, strict=True):
            sponsored = isinstance(t, str) and "<" in t and is_sponsored_inmail(t)
            hits = scan(f) if f else None
            if hits:
                score, categories, cues = scored(frozenset([h[0] for h in hits]), sponsored)
                append((score, categories, cues, _phrases(c, hits, phrase), sponsored))
            else:
                append((bool(c) and not c.isspace(), sponsored))
        if language:
            langs, pending = vote_all(cleaned, folded)
        else:
            langs, pending = [None] * len(texts), []
        return rows, langs, pending

    def _empty(self, text: bool, language: str | None, sponsored: bool) -> LureResult:
        """The shared result of a text without any cue (most messages)."""
        key = (text, language, sponsored)
        hit = self._empties.get(key)
        if hit is None:
            hit = self._empties[key] = LureResult(
                round(self._base, 4) if text else 0.0, (), language, (), (), sponsored
            )
        return hit


def _phrases(
    cleaned: str, hits: list[tuple[str, int, int]], phrase: type[Phrase] = Phrase
) -> tuple[Phrase, ...]:
    """Readable phrases: one per cue and span, nested duplicates of the same cue dropped.

    ``hits`` come ordered by start (longer first), as :meth:`Scanner.scan` returns them.
    """
    new = tuple.__new__  # the named tuple's own __new__ is a slow Python function
    if len(hits) == 1:
        cue, start, end = hits[0]
        return (new(phrase, (cue, cleaned[start:end], (start, end))),)
    out: list[Phrase] = []
    last: dict[str, int] = {}
    for cue, start, end in hits:
        if start < last.get(cue, -1):
            continue  # inside a longer match of the same cue
        last[cue] = end
        out.append(new(phrase, (cue, cleaned[start:end], (start, end))))
        if len(out) >= MAX_PHRASES:
            break
    return tuple(out)


@cache
def default_detector() -> Detector:
    """The packaged detector, built on first use (no import-time work)."""
    return Detector()


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for one batch.

    Why: a batch allocates a few hundred thousand small tuples that hold no cycles,
    and each allocation burst triggers collections that walk every object the batch
    keeps; that cost a quarter of the CPU time. The collector resumes afterwards.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _distinct(texts: Sequence[object]) -> tuple[list[object], list[int]]:
    """Distinct texts in first-seen order, and each input's index among them."""
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
    return uniq, where


def _can_fork() -> bool:
    return hasattr(os, "fork") and hasattr(os, "waitstatus_to_exitcode")


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _split(texts: list[object], parts: int) -> list[list[object]]:
    """Contiguous parts of about equal work (long texts cost more than short ones).

    The first part, run by the calling process, is smaller: that process also
    reads the others' rows, runs lingua and builds the result objects.
    """
    weights = [_FIXED_COST + min(len(t), MAX_CHARS) if isinstance(t, str) else _FIXED_COST for t in texts]
    total = sum(weights)
    own = total / parts * _OWN_SHARE
    rest = (total - own) / (parts - 1)
    bounds = [own + rest * k for k in range(parts - 1)]
    out: list[list[object]] = []
    start = acc = 0
    for i, w in enumerate(weights):
        if len(out) < parts - 1 and acc >= bounds[len(out)]:
            out.append(texts[start:i])
            start = i
        acc += w
    out.append(texts[start:])
    return out


def _forked_rows(
    det: Detector, texts: list[object], language: bool, parts: int
) -> tuple[list[Row], list[str | None], list[Pending]]:
    """:meth:`Detector.rows` of ``texts`` split over ``parts`` processes.

    Why fork, not a pool: a forked child already holds the compiled scanner and the
    texts (copy-on-write), so nothing is spawned, imported or sent to it; it sends
    back compact rows through a pipe and exits. Children never call lingua (its
    Rust thread pool does not survive a fork): lingua runs afterwards in this
    process on what every part's vote left open. A child that fails is redone here,
    so the result never depends on the children.
    """
    chunks = _split(texts, parts)
    children: dict[int, tuple[int, int]] = {}  # chunk index -> (pid, read end of its pipe)
    try:
        for k in range(1, len(chunks)):
            read_fd, write_fd = os.pipe()
            try:
                pid = os.fork()
            except OSError:  # no memory or process slot: this process does the rest
                os.close(read_fd)
                os.close(write_fd)
                break
            if pid == 0:  # pragma: no cover - runs in the child, which never returns
                os.close(read_fd)
                _child(det, chunks[k], language, write_fd)
            os.close(write_fd)
            children[k] = (pid, read_fd)
        rows, langs, pending = det.rows(chunks[0], language)
        for k in range(1, len(chunks)):
            got = _collect(*children.pop(k)) if k in children else None
            if got is not None:
                c_rows, c_langs, c_pending = got
                rows += [r if len(r) == 2 else (*r[:3], _as_phrases(r[3]), r[4]) for r in c_rows]  # type: ignore[misc]
            else:
                c_rows, c_langs, c_pending = det.rows(chunks[k], language)
                rows += c_rows
            offset = len(rows) - len(c_rows)
            langs += c_langs
            pending += [(i + offset, cands, key) for i, cands, key in c_pending]
    finally:
        for pid, read_fd in children.values():  # only after an error: stop and reap the rest
            os.close(read_fd)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
    return rows, langs, pending


def _child(det: Detector, chunk: list[object], language: bool, fd: int) -> NoReturn:  # pragma: no cover
    """Body of a forked worker: rows of ``chunk`` written into ``fd``, then ``os._exit``
    (no atexit handlers, no flushing of buffers inherited from the parent)."""
    status = 1
    try:
        gc.disable()  # no collection: finalizers of inherited objects must not run here
        rows = det.rows(chunk, language, phrase=tuple)  # type: ignore[arg-type]  # same fields, plain
        # marshal, not pickle: rows are plain tuples, and marshal writes them ~5× faster;
        # the reader is this same interpreter (forked), so the format always matches.
        data = memoryview(marshal.dumps(rows))
        while data:
            data = data[os.write(fd, data) :]
        status = 0
    except BaseException:  # the parent redoes the chunk
        pass
    finally:
        os._exit(status)


def _as_phrases(plain: tuple[tuple[str, str, tuple[int, int]], ...]) -> tuple[Phrase, ...]:
    new = tuple.__new__
    return tuple([new(Phrase, p) for p in plain])


#: Seconds a forked worker may stay silent before it is killed and its part redone here.
#: Why: a child forked from a threaded process could, in theory, block on a lock some
#: other thread held at the fork; a scan must then slow down, never hang.
CHILD_SILENCE_TIMEOUT = 120.0


def _read_all(fd: int, timeout: float) -> bytes | None:
    """Everything written to ``fd`` until EOF, or ``None`` if nothing arrived for ``timeout`` s."""
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP)
    parts: list[bytes] = []
    while True:
        if not poller.poll(timeout * 1000):
            return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)


def _collect(pid: int, fd: int) -> tuple[list[Row], list[str | None], list[Pending]] | None:
    """A child's rows, or ``None`` if it failed or went silent (its part is then redone)."""
    try:
        data = _read_all(fd, CHILD_SILENCE_TIMEOUT)
    except BaseException:  # interrupted: the child may be blocked writing, stop it
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        raise
    finally:
        os.close(fd)
    if data is None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return None
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not data:
        return None
    try:
        return marshal.loads(data)  # our own child's output
    except Exception:
        return None


def analyze(texts: Sequence[str | None], *, workers: int | None = None) -> list[LureResult]:
    """Assess a batch of texts; never raises on odd input (None, HTML, bytes, 1 MB).

    ``workers=None`` (default) uses every available core for batches of at least
    :data:`PARALLEL_MIN` distinct texts (``LUREGUARD_LURE_WORKERS`` overrides the
    count); ``workers=1`` stays in this process; ``workers=0`` means the CPU count.
    Results do not depend on the number of workers.
    """
    if workers is None:
        env = os.environ.get("LUREGUARD_LURE_WORKERS", "").strip()
        workers = int(env) if env.isdigit() else 0
    n_workers = workers if workers > 0 else min(_cpus(), MAX_AUTO_WORKERS)
    return default_detector().analyze(list(texts), workers=n_workers)


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
