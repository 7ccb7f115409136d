"""Per-message lure detection: cues found by the lexicons, scored by the combiner.

What it catches: the message-level red flags of CPNI "Think Before You Link", the
2018 DGSI/DGSE note and NCSC guidance (flattery, paid papers, paid trips, vague
clients, discretion, the push to WeChat/WhatsApp/personal e-mail, requests for CV
and non-public details). Every score comes with the phrases that produced it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import marshal
import operator
import os
import re
import select
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import NamedTuple, NoReturn

try:  # Unix only; without it (Windows) batches stay in one process anyway
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

from lureguard.contract import LURE_CATEGORIES
from lureguard.lure._matcher import Scanner, default_scanner
from lureguard.lure._text import MAX_CHARS, clean, fold
from lureguard.lure.combiner import Combiner, fit_cues, load_default
from lureguard.lure.langid import Pending, resolve, vote_all
from lureguard.lure.lexicon import implied

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
#: Distinct texts per chunk of a parallel batch (see :func:`_n_chunks`).
CHUNK_TEXTS = 250
#: Most chunks per batch (chunk numbers are 2 bytes; all must fit a pipe's buffer).
_MAX_CHUNKS = 4_096
#: Pipe buffer asked for a worker's output (Linux allows up to 1 MiB by default).
_PIPE_SIZE = 1 << 20
#: Young tracked objects after a batch from which they skip straight to the oldest
#: generation (see :func:`paused_gc`).
_PROMOTE_MIN = 100_000
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


def _result_maker() -> Callable[
    [float, tuple[str, ...], str | None, tuple[Phrase, ...], tuple[str, ...], bool], LureResult
]:
    """``LureResult(score, categories, language, phrases, cues, sponsored)``, built
    by setting its slots directly.

    Why: a frozen dataclass's ``__init__`` goes through ``object.__setattr__`` once
    per field; this builds the same object in half the time (a batch builds one per
    text with cues). Fields are listed by name, so a new field fails loudly here.
    """
    new = object.__new__
    slots = LureResult.__dict__
    names = ("lure_score", "categories", "language", "phrases", "cues", "sponsored")
    if tuple(f.name for f in fields(LureResult)) != names:  # pragma: no cover - guards edits
        raise TypeError("LureResult fields changed: update _result_maker")
    s0, s1, s2, s3, s4, s5 = (slots[n].__set__ for n in names)

    def make(
        score: float,
        categories: tuple[str, ...],
        language: str | None,
        phrases: tuple[Phrase, ...],
        cues: tuple[str, ...],
        sponsored: bool,
    ) -> LureResult:
        obj = new(LureResult)
        s0(obj, score)
        s1(obj, categories)
        s2(obj, language)
        s3(obj, phrases)
        s4(obj, cues)
        s5(obj, sponsored)
        return obj

    return make


_make_result = _result_maker()


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
            present = implied(found)
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
        distinct texts are split over forked processes (see :func:`_parallel`);
        results are identical either way.
        """
        with paused_gc():
            uniq, where = _distinct(texts)
            parts = min(workers, len(uniq) // PART_MIN)
            if parts > 1 and _can_fork():
                results = _parallel(self, uniq, language, parts)
            else:
                rows, langs, pending = self.rows(uniq, language)
                if pending:
                    resolve(langs, pending)
                results = self.results(rows, langs)
            return [results[j] for j in where]

    def results(
        self, rows: Sequence[Row], langs: Sequence[str | None], plain: bool = False
    ) -> list[LureResult]:
        """:class:`LureResult` objects of :meth:`rows` output; ``plain``: phrases are
        plain tuples (from a forked worker) and become :class:`Phrase` here."""
        empty = self._empty
        make = _make_result
        if plain:
            return [
                empty(row[0], lang, row[1])
                if len(row) == 2
                else make(row[0], row[1], lang, _as_phrases(row[3]), row[2], row[4])  # type: ignore[misc]
                for row, lang in zip(rows, langs, strict=True)
            ]
        return [
            empty(row[0], lang, row[1])
            if len(row) == 2
            else make(row[0], row[1], lang, row[3], row[2], row[4])  # type: ignore[misc]
            for row, lang in zip(rows, langs, strict=True)
        ]

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
        first = operator.itemgetter(0)
        rows: list[Row] = []
        append = rows.append
        for t, c, f in zip(texts, cleaned, folded, strict=True):
            sponsored = isinstance(t, str) and "<" in t and is_sponsored_inmail(t)
            hits = scan(f) if f else None
            if hits:
                score, categories, cues = scored(frozenset(map(first, hits)), sponsored)
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
def paused_gc() -> Iterator[None]:
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
            if gc.get_count()[0] >= _PROMOTE_MIN and not gc.get_freeze_count():
                # Move every tracked object to the oldest generation (a list splice)
                # instead of letting the next allocation walk the whole batch's
                # objects as young ones (~3 µs per text of a 50k batch), and later
                # again as middle-aged ones. Only after big batches, and never when
                # the application froze objects itself (unfreeze would undo that).
                gc.freeze()
                gc.unfreeze()
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


def _bounds(texts: Sequence[object], parts: int) -> list[int]:
    """Start index of each of ``parts`` contiguous parts of about equal work (long
    texts cost more than short ones), then ``len(texts)``; no part is empty."""
    parts = max(1, min(parts, len(texts)))
    weights = [_FIXED_COST + min(len(t), MAX_CHARS) if isinstance(t, str) else _FIXED_COST for t in texts]
    step = sum(weights) / parts
    bounds = [0]
    acc = 0.0
    for i, w in enumerate(weights):
        if acc >= step * len(bounds) and i > bounds[-1] and len(texts) - i >= parts - len(bounds):
            bounds.append(i)
            if len(bounds) == parts:
                break
        acc += w
    while len(bounds) < parts:  # only when the tail holds one text per missing part
        bounds.append(len(texts) - (parts - len(bounds)))
    bounds.append(len(texts))
    return bounds


def _split(texts: Sequence[object], parts: int) -> list[list[object]]:
    """Contiguous parts of about equal work (see :func:`_bounds`)."""
    bounds = _bounds(texts, parts)
    return [list(texts[lo:hi]) for lo, hi in itertools.pairwise(bounds)]


def _n_chunks(n_texts: int, parts: int) -> int:
    """Chunks of a parallel batch: many, so that every process keeps claiming work
    until the batch is done (the processes finish together even when another job
    slows one core down), but each big enough that its fixed costs stay small."""
    return max(parts, min(n_texts // CHUNK_TEXTS, _MAX_CHUNKS))


def _claim(tokens: int) -> int | None:
    """The next unclaimed chunk, or ``None`` when all are taken.

    Why a pipe: every process reads 2-byte chunk numbers from one pipe written
    before the fork; a pipe read is atomic, so each chunk goes to exactly one process.
    """
    got = os.read(tokens, 2)
    return int.from_bytes(got, "little") if len(got) == 2 else None


class _Worker:
    """A forked worker as the parent sees it: its pid and the unread tail of its output."""

    __slots__ = ("buf", "pid")

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.buf = bytearray()


def _parallel(det: Detector, texts: list[object], language: bool, parts: int) -> list[LureResult]:
    """:meth:`Detector.analyze` of distinct ``texts`` over ``parts`` processes.

    Why fork, not a pool: a forked child already holds the compiled scanner and the
    texts (copy-on-write), so nothing is spawned, imported or sent to it. The texts
    are cut into many chunks; this process and ``parts - 1`` children each claim
    the next free chunk (:func:`_claim`) until none is left, so all finish about
    together whatever else runs on the machine. A child sends each chunk's rows
    back as soon as it has them; between its own chunks this process reads them and
    builds their result objects, so little is left to do once the scanning ends.
    Children never call lingua (its Rust thread pool does not survive a fork):
    lingua runs at the end, here, on what every chunk's vote left open, in chunk
    order, exactly as in one process. A chunk a child claimed but never delivered
    (it died or went silent) is redone here, so the result never depends on the
    children.
    """
    bounds = _bounds(texts, _n_chunks(len(texts), parts))
    n_chunks = len(bounds) - 1
    results: list[LureResult] = [EMPTY] * len(texts)
    langs: list[str | None] = [None] * len(texts)
    rows_of: list[Sequence[Row] | None] = [None] * n_chunks
    pending_of: list[list[Pending]] = [[] for _ in range(n_chunks)]
    plain_of = [False] * n_chunks

    def take(
        k: int, rows: Sequence[Row], c_langs: list[str | None], pending: list[Pending], plain: bool
    ) -> None:
        lo, hi = bounds[k], bounds[k + 1]
        rows_of[k], pending_of[k], plain_of[k] = rows, pending, plain
        langs[lo:hi] = c_langs
        results[lo:hi] = det.results(rows, c_langs, plain)

    def own(k: int) -> None:
        take(k, *det.rows(texts[bounds[k] : bounds[k + 1]], language), False)

    tokens, write_end = os.pipe()
    try:
        os.write(write_end, b"".join(k.to_bytes(2, "little") for k in range(n_chunks)))
    finally:
        os.close(write_end)
    workers: dict[int, _Worker] = {}  # read end of its pipe -> worker
    poller = select.poll()
    try:
        for _ in range(parts - 1):
            read_fd, write_fd = os.pipe()
            if hasattr(fcntl, "F_SETPIPE_SZ"):  # Linux: a bigger buffer, the child rarely waits
                with contextlib.suppress(OSError):
                    fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
            try:
                pid = os.fork()
            except OSError:  # no memory or process slot: this process does the rest
                os.close(read_fd)
                os.close(write_fd)
                break
            if pid == 0:  # pragma: no cover - runs in the child, which never returns
                os.close(read_fd)
                _child(det, texts, bounds, language, tokens, write_fd)
            os.close(write_fd)
            workers[read_fd] = _Worker(pid)
            poller.register(read_fd, select.POLLIN | select.POLLHUP)
        while (k := _claim(tokens)) is not None:
            own(k)
            if workers:
                _receive(workers, poller, 0, bounds, rows_of, take)
        while workers:
            if not _receive(workers, poller, CHILD_SILENCE_TIMEOUT, bounds, rows_of, take):
                break  # every remaining child went silent: stopped below, its chunks redone
    finally:
        os.close(tokens)
        for read_fd, worker in workers.items():  # only after a silence or an error
            os.close(read_fd)
            with contextlib.suppress(OSError):
                os.kill(worker.pid, signal.SIGKILL)
                os.waitpid(worker.pid, 0)
        workers.clear()
    for k in range(n_chunks):
        if rows_of[k] is None:
            own(k)
    pending = [(i + bounds[k], cands, key) for k in range(n_chunks) for i, cands, key in pending_of[k]]
    if pending:
        resolve(langs, pending)
        for k in range(n_chunks):
            lo = bounds[k]
            rows = rows_of[k]
            for i, _, _ in pending_of[k]:
                results[lo + i] = det.results([rows[i]], [langs[lo + i]], plain_of[k])[0]  # type: ignore[index]
    return results


def _receive(
    workers: dict[int, _Worker],
    poller: select.poll,
    timeout: float,
    bounds: list[int],
    rows_of: list[Sequence[Row] | None],
    take: Callable[[int, Sequence[Row], list[str | None], list[Pending], bool], None],
) -> bool:
    """Read what the workers have sent (waiting up to ``timeout`` s) and hand every
    complete chunk to ``take``; reap workers that finished. ``False``: nothing came."""
    events = poller.poll(timeout * 1000)
    for fd, _ in events:
        worker = workers[fd]
        data = os.read(fd, _PIPE_SIZE)
        if not data:  # finished (or died): what it sent complete stands, the rest is redone
            poller.unregister(fd)
            os.close(fd)
            del workers[fd]
            with contextlib.suppress(OSError):
                os.waitpid(worker.pid, 0)
            continue
        buf = worker.buf
        buf += data
        start = 0
        while len(buf) - start >= 8:
            size = int.from_bytes(buf[start : start + 8], "little")
            if len(buf) - start - 8 < size:
                break
            with memoryview(buf) as view:
                frame = view[start + 8 : start + 8 + size]
                try:
                    k, rows, c_langs, pending = marshal.loads(frame)  # our own child's output
                except Exception:  # corrupt frame: the chunk stays unclaimed and is redone
                    k = -1
                finally:
                    frame.release()
            start += 8 + size
            if 0 <= k < len(rows_of) and rows_of[k] is None and len(rows) == bounds[k + 1] - bounds[k]:
                take(k, rows, c_langs, pending, True)
        del buf[:start]
    return bool(events)


def _child(
    det: Detector, texts: list[object], bounds: list[int], language: bool, tokens: int, fd: int
) -> NoReturn:  # pragma: no cover - runs in a forked child
    """Body of a forked worker: claim chunks until none is left, write each chunk's rows
    into ``fd`` as one length-prefixed frame, then ``os._exit`` (no atexit handlers,
    no flushing of buffers inherited from the parent)."""
    status = 1
    try:
        gc.disable()  # no collection: finalizers of inherited objects must not run here
        while (k := _claim(tokens)) is not None:
            _send(fd, k, det.rows(texts[bounds[k] : bounds[k + 1]], language, phrase=tuple))  # type: ignore[arg-type]
        status = 0
    except BaseException:  # the parent redoes what was not delivered
        pass
    finally:
        os._exit(status)


def _send(fd: int, k: int, rows: tuple[list[Row], list[str | None], list[Pending]]) -> None:
    """Write chunk ``k``'s rows into ``fd`` as one frame: 8-byte length, then the body.

    marshal, not pickle: rows are plain tuples, and marshal writes them ~5× faster;
    the reader is this same interpreter (forked), so the format always matches.
    """
    blob = marshal.dumps((k, *rows))
    data = memoryview(len(blob).to_bytes(8, "little") + blob)
    while data:
        data = data[os.write(fd, data) :]


def _as_phrases(plain: tuple[tuple[str, str, tuple[int, int]], ...]) -> tuple[Phrase, ...]:
    """Phrases from a worker's plain tuples (``map`` over a C partial: no Python frame)."""
    return tuple(map(_new_phrase, plain))


#: ``Phrase`` from a plain ``(category, text, span)`` tuple, bypassing the named
#: tuple's own ``__new__`` (a slow Python function).
_new_phrase = functools.partial(tuple.__new__, Phrase)


#: Seconds the forked workers may all stay silent before they are killed and their
#: unfinished chunks redone here. Why: a child forked from a threaded process could,
#: in theory, block on a lock some other thread held at the fork; a scan must then
#: slow down, never hang.
CHILD_SILENCE_TIMEOUT = 120.0


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
        cue_sets.append(implied(cue for cue, _, _ in hits))
    combiner = fit_cues(cue_sets, [int(bool(v)) for v in labels], c=c)
    if path is not None:
        combiner.save(path)
    return combiner
