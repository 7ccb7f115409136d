"""Compile every registered lexicon into one fast, keyword-gated scanner.

Why gating: Python's ``re`` tries every branch of an alternation at every position,
so one big alternation of ~800 cue patterns scans ~1,500 messages/s. Instead each
pattern is indexed by the keys its matches must start with (the first four letters
of its first word, or the whole word if shorter); a message's own word keys select
the few patterns worth running. Keys are derived from the regex itself with the
standard library's parser, so a lexicon author writes plain regexes.

Why one combined regex: looping over every word of every message in Python costs
more than the cue regexes themselves. So all keys are compiled into one prefix-trie
regex anchored on word starts; where a key ends, a fixed-width look-behind steps
back to the word start and a look-ahead tries that key's cue patterns there. The C
regex engine walks the whole message and returns only actual cue matches; a benign
message leaves after a single ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

try:  # Python ≥ 3.11 keeps the parser private; 3.10 and older call it sre_parse.
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

from lureguard.lure._text import trie_regex
from lureguard.lure.lexicon import CUES, NEGATING_CUES, Lexicon, common, languages

_KEY_LEN = 4
_MAX_KEYS = 400
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Lowest CJK code point: a text whose largest character is below it has none (``max`` is
#: one C loop; European accented text would otherwise pay a regex search).
_CJK_MIN = "\u3400"
_SYMBOLS = ("+", "€", "$", "£", "@")
#: Special keys: a digit starts a word; a CJK character occurs; ``always`` runs always.
_DIGIT, _CJK, _ALWAYS = "#d", "#cjk", "#always"

# Patterns ending on a separator (``vx:``, ``wa.me/``) or a look-around take no
# trailing word boundary; every other pattern must end at a word boundary.
_OPEN_END = re.compile(r"(?:[:：/]\)*|\(\?<?[!=][^)]*\)\)*)$")


class _Unkeyable(Exception):
    """The pattern's start is too open (``\\w``, ``.``) to index by key."""


def _chars_of(item: tuple[object, object]) -> set[str]:
    op, av = item
    if op is _c.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is _c.IN:
        out: set[str] = set()
        for sub_op, sub_av in av:  # type: ignore[attr-defined]
            if sub_op is _c.LITERAL:
                out.add(chr(sub_av))
            elif sub_op is _c.RANGE:
                lo, hi = sub_av
                if hi - lo > 40:
                    raise _Unkeyable
                out.update(chr(x) for x in range(lo, hi + 1))
            elif sub_op is _c.CATEGORY and sub_av is _c.CATEGORY_DIGIT:
                out.add(_DIGIT)
            elif sub_op is _c.CATEGORY and sub_av is _c.CATEGORY_SPACE:
                out.add(" ")
            else:
                raise _Unkeyable
        return out
    raise _Unkeyable


def _keys(seq: list[tuple[object, object]], prefix: str, out: set[str]) -> None:
    """Add to ``out`` every key a match of ``seq`` (after ``prefix``) can start with."""
    if len(out) > _MAX_KEYS:
        raise _Unkeyable
    if len(prefix) >= _KEY_LEN or not seq:
        if not prefix:
            raise _Unkeyable  # an all-optional pattern
        out.add(prefix)
        return
    (op, av), rest = seq[0], seq[1:]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        _keys(rest, prefix, out)
    elif op is _c.SUBPATTERN:
        _keys(list(av[-1]) + rest, prefix, out)  # type: ignore[index]
    elif op is _c.BRANCH:
        for alt in av[1]:  # type: ignore[index]
            _keys(list(alt) + rest, prefix, out)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, sub = av[0], av[2]  # type: ignore[index]
        if lo == 0:
            _keys(rest, prefix, out)
        _keys(list(sub) + rest, prefix, out)
    else:
        for ch in _chars_of((op, av)):
            if ch == _DIGIT or ch.isdigit():
                out.add(prefix or _DIGIT)  # digits end a key: "usd500" is keyed "usd"
            elif ch.isalnum() or ch == "_":
                _keys(rest, prefix + ch, out)
            elif prefix:
                out.add(prefix)
            elif ch in _SYMBOLS:
                out.add(ch)
            else:
                raise _Unkeyable


def pattern_keys(src: str) -> frozenset[str]:
    """Keys that gate a pattern; ``{"#always"}`` when its start cannot be indexed."""
    if _CJK_RE.search(src):
        return frozenset({_CJK})
    out: set[str] = set()
    try:
        _keys(list(_p.parse(src)), "", out)
    except _Unkeyable:
        return frozenset({"@"} if "@" in src else {_ALWAYS})
    return frozenset(out)


@dataclass(frozen=True)
class _Pattern:
    cue: str
    regex: re.Pattern[str]
    #: Must start and end on a word edge (CJK text has no spaces, so CJK cues need not).
    edges: bool = True


@dataclass(frozen=True)
class Scanner:
    """Cue patterns indexed by gating key, compiled into one regex.

    When two patterns of a key match at the same start, the first one registered
    wins (sub-cues are registered before categories).
    """

    patterns: tuple[_Pattern, ...]
    #: Word-start trie of keys, each key's patterns in a look-ahead: matches a key
    #: (a digit for the digit key) exactly where one of its patterns matches.
    locate: re.Pattern[str]
    #: Key → joined regex of the patterns it gates (named groups ``g<pattern id>``).
    by_key: dict[str, re.Pattern[str]]
    #: Non-word keys (symbols, CJK, always) → pattern ids searched over the whole text.
    search: dict[str, tuple[int, ...]]
    #: Group name (``g<pattern id>``) → cue, so the hot loop needs no parsing.
    cue_of: dict[str, str] = field(default_factory=dict)
    #: Finds any character a :attr:`search` key needs (``None``: always look): most
    #: texts hold none, and one C search then replaces a check per key.
    search_gate: re.Pattern[str] | None = None

    def scan(self, folded: str) -> list[tuple[str, int, int]]:
        """Return ``(cue, start, end)`` for every cue match, each starting on a word edge,
        ordered by start (longer first on a tie)."""
        pats = self.patterns
        by_key = self.by_key
        cue_of = self.cue_of
        digit = by_key.get(_DIGIT)
        hits: list[tuple[str, int, int]] = []
        for w in self.locate.finditer(folded):
            at, end = w.span()
            # Word keys hold no digit, so a key missing from by_key is the digit key.
            m = (by_key.get(folded[at:end]) or digit).match(folded, at)  # type: ignore[union-attr]
            if m is not None:
                end = m.end()
                if end > at:
                    hits.append((cue_of[m.lastgroup], at, end))  # type: ignore[index]
        n = len(hits)
        gate = self.search_gate
        if gate is not None and gate.search(folded) is None:
            return _negated(hits)
        for key, ids in self.search.items():
            if key == _ALWAYS or (
                key in folded
                if key != _CJK
                else (not folded.isascii() and max(folded) >= _CJK_MIN and _CJK_RE.search(folded) is not None)
            ):
                for pid in ids:
                    self._search(pats[pid], folded, hits)
        if len(hits) > n:  # word-start hits come in order; searched ones do not
            hits.sort(key=_hit_order)
        return _negated(hits)

    @staticmethod
    def _search(pat: _Pattern, folded: str, hits: list[tuple[str, int, int]]) -> None:
        search = pat.regex.search
        pos = 0
        while (m := search(folded, pos)) is not None:
            start, end = m.span()
            prev = folded[start - 1] if start else " "
            if end > start and not (pat.edges and (prev.isalnum() or prev == "_")):
                hits.append((pat.cue, start, end))
            pos = max(end, start + 1)


def _hit_order(hit: tuple[str, int, int]) -> tuple[int, int]:
    return (hit[1], -hit[2])


def _negated(hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``hits`` without the negating cues, and without the cues they cancel inside their span."""
    spans = [(cue, s, e) for cue, s, e in hits if cue in NEGATING_CUES]
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h[0] not in NEGATING_CUES
        and not any(h[0] in NEGATING_CUES[cue] and s <= h[1] and h[2] <= e for cue, s, e in spans)
    ]


def _locator(joined: dict[str, str]) -> re.Pattern[str]:
    """The key trie with each key's joined patterns in a look-ahead at the word start.

    A short key is a whole word, a full-length key a word prefix, a digit stands
    for the digit key; the look-behind steps back over the key's fixed width.
    """

    def leaf(key: str) -> str:
        return rf"(?<=(?={joined[key]})(?s:.){{{len(key) if key != _DIGIT else 1}}})"

    trie = trie_regex(
        (k for k in joined if k != _DIGIT), lambda k: (r"(?!\w)" if len(k) < _KEY_LEN else "") + leaf(k)
    )
    digit = rf"|\d{leaf(_DIGIT)}" if _DIGIT in joined else ""
    return re.compile(rf"\b(?:{trie}{digit})")


#: A greedy ``\\w+``/``\\w*`` followed by a space or the pattern end, directly or after
#: closing groups (``(?:\\w+ )``, ``(?: \\w+){0,2} ``): safe to make possessive.
_GREEDY_WORD_RUN = re.compile(r"(?<!\\)\\w[+*](?![+?])(?=(?:\)(?:[?*+]|\{\d*,?\d*\})?)*(?: |$))")


def _wrap(src: str) -> str:
    """Add the word-end check; make word runs possessive.

    Why possessive: in the lexicons a ``\\w+``/``\\w*`` run is always followed by a
    space, a look-ahead or the pattern end, so giving characters back can never
    help a match; ``(?:\\w+ ){0,3}`` otherwise backtracks character by character
    at every candidate word start.
    """
    tail = "" if _OPEN_END.search(src) else r"(?!\w)"
    src = _GREEDY_WORD_RUN.sub(r"\g<0>+", src)
    return f"(?:{src}){tail}"


def build_scanner(lexicons: Iterable[Lexicon]) -> Scanner:
    """Compile the given lexicons' patterns and index them by gating key."""
    lexicons = tuple(lexicons)
    patterns: list[_Pattern] = []
    sources: list[str] = []
    index: dict[str, list[int]] = {}
    for cue in CUES:  # cue order decides which pattern wins a shared start
        for lex in lexicons:
            for src in lex.patterns.get(cue, ()):
                pid = len(patterns)
                cjk = _CJK_RE.search(src) is not None
                patterns.append(_Pattern(cue, re.compile(src if cjk else _wrap(src)), not cjk))
                sources.append(src)
                for key in pattern_keys(src):
                    index.setdefault(key, []).append(pid)
    special = (*_SYMBOLS, _CJK, _ALWAYS)
    word_keys = [key for key in index if key not in special]
    by_key = {
        key: re.compile("|".join(f"(?P<g{pid}>{_wrap(sources[pid])})" for pid in index[key]))
        for key in word_keys
    }
    locate = _locator({key: "|".join(_wrap(sources[pid]) for pid in index[key]) for key in word_keys})
    search = {key: tuple(index[key]) for key in special if key in index}
    cue_of = {f"g{pid}": pat.cue for pid, pat in enumerate(patterns)}
    return Scanner(tuple(patterns), locate, by_key, search, cue_of, _search_gate(search))


def _search_gate(search: dict[str, tuple[int, ...]]) -> re.Pattern[str] | None:
    """A character class matching wherever some :attr:`Scanner.search` key applies."""
    if _ALWAYS in search:
        return None
    chars = "".join(re.escape(key) for key in search if key != _CJK)
    if _CJK in search:
        chars += _CJK_RE.pattern[1:-1]
    return re.compile(f"[{chars}]") if chars else re.compile("(?!)")


@cache
def default_scanner() -> Scanner:
    """Scanner over the language-neutral lexicon and every registered language."""
    return build_scanner((common(), *languages()))
