"""Text cleaning and length-preserving folding shared by every lure detector.

Why length-preserving: a phrase found in the folded text must point back to the
same characters of the cleaned text a person reads, without building an offset
map per message (that would cost more than the whole regex scan). So folding is a
single ``str.translate`` whose table maps each character to exactly one character.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

#: Longest text the detectors read; the rest of a longer text is ignored. Lure
#: cues sit in the first screens of a message, and the cap bounds the worst case.
MAX_CHARS = 50_000

_TAG_RE = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<!--.*?-->", re.I | re.S)
_BREAK_RE = re.compile(r"<\s*(?:br|/p|/div|/li|/h\d|/tr)\b[^>]{0,200}>", re.I)
_ANY_TAG_RE = re.compile(r"</?[a-zA-Z!][^<>]{0,2000}>")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")

# Characters used to dodge keyword filters: zero-width joiners, soft hyphens and
# non-breaking spaces become plain spaces; look-alike Cyrillic/Greek letters become
# Latin (``WеChat`` with a Cyrillic ``е``). Everything stays one character wide.
_EXTRA_FOLD = {
    "\u200b": " ",
    "\u200c": " ",
    "\u200d": " ",
    "\u2060": " ",
    "\ufeff": " ",
    "\u00ad": " ",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201e": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u0430": "a",
    "\u0435": "e",
    "\u043e": "o",
    "\u0440": "p",
    "\u0441": "c",
    "\u0445": "x",
    "\u0443": "y",
    "\u0456": "i",
    "\u0455": "s",
    "\u0410": "a",
    "\u0415": "e",
    "\u041e": "o",
    "\u0420": "p",
    "\u0421": "c",
    "\u0425": "x",
    "\u03bf": "o",
    "\u039f": "o",
    "\u03b1": "a",
    "\u0391": "a",
    "\u0130": "i",
    "\u0131": "i",
    "\uff20": "@",
    "\uff1a": ":",
}


def _build_fold_table() -> dict[int, str]:
    """Map accented Latin letters and full-width forms to one lowercase base letter."""
    table: dict[int, str] = {}
    ranges = [range(0x80, 0x250), range(0x1E00, 0x1F00), range(0xFF01, 0xFF5F)]
    for rng in ranges:
        for cp in rng:
            ch = chr(cp)
            decomposed = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
            if len(base) == 1 and base != ch and base.isascii():
                table[cp] = base
    for src, dst in _EXTRA_FOLD.items():
        table[ord(src)] = dst
    return table


_FOLD_TABLE = _build_fold_table()


def clean(text: object) -> str:
    """Return the readable plain text of a message body; never raises.

    HTML is stripped (never rendered) and entities unescaped, lone surrogates from
    badly decoded input are replaced, bytes are decoded leniently, and the result is
    capped at :data:`MAX_CHARS`.
    """
    if text is None:
        return ""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = str(text)
    if len(text) > 4 * MAX_CHARS:
        text = text[: 4 * MAX_CHARS]
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
        text = _BREAK_RE.sub("\n", text)
        text = _ANY_TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if not text.isascii() and _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("\ufffd", text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    return text


def fold(text: str) -> str:
    """Lowercase, strip diacritics and fold look-alikes, keeping the length.

    ``ß`` stays ``ß`` (it has no one-letter base); German patterns spell ``(?:ss|ß)``.
    Why lowercase first: the non-ASCII characters of a European message are then
    folded by a 256-byte table over its Latin-1 bytes (three C passes), or, past
    Latin-1, replaced one by one, which is ~2.5× faster than ``str.translate``
    over every character of a non-ASCII string. ASCII characters are never changed
    on these paths.
    """
    low = text.lower()
    if low.isascii():
        if len(low) == len(text):
            return low
    elif len(low) == len(text):
        raw = low.encode("latin-1", "ignore")
        if len(raw) == len(low):  # every character is Latin-1 (French, German, Spanish…)
            return raw.translate(_LATIN1_FOLD).decode("latin-1")
        return _NON_ASCII_RE.sub(_fold_match, low)
    return "".join(_fold_char(c) for c in text)  # a rare letter whose lowercase is longer


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_FOLD_STR = {chr(cp): ch for cp, ch in _FOLD_TABLE.items()}
#: :data:`_FOLD_STR` on Latin-1 bytes: ASCII stays as is (as on every fast path),
#: every other byte becomes its one-character fold (all of them are ASCII).
_LATIN1_FOLD = bytes(b if b < 0x80 else ord(_FOLD_STR.get(chr(b), chr(b))) for b in range(256))


def _fold_match(m: re.Match[str]) -> str:
    ch = m.group()
    return _FOLD_STR.get(ch, ch)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.translate(_FOLD_TABLE).lower()
    return low if len(low) == 1 else ch


def trie_regex(words: Iterable[str], end: Callable[[str], str]) -> str:
    """Alternation of ``words`` factored as a prefix trie; ``end(word)`` is appended
    where ``word`` ends.

    Why: ``re`` tries the branches of ``a|b|…`` one after another at every position;
    factored by prefix it follows one branch per character, so a few hundred
    literal words cost about as much as one.
    """
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {"": word}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(end(node[""][""]))  # type: ignore[arg-type]
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root)
