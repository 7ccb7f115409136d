"""Lure lexicons: one module per language, registered in :data:`LANGUAGE_MODULES`.

Every module exposes ``LEXICON``, a :class:`Lexicon`. Patterns are regular
expressions written against *folded* text (lowercase, accents removed, ``ß`` kept,
curly quotes made straight; see :func:`lureguard.lure._text.fold`). All lexicons
run on every message whatever its detected language, because lures mix languages
("Bonjour, add me on WeChat"). The language-neutral module ``common`` holds
transliterations: messenger names, webmail addresses, phone numbers.

To add a language, write ``lexicon/<iso639-1>.py`` modelled on ``fr.py`` and add
its code to :data:`LANGUAGE_MODULES`; nothing else changes (docs/lure.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from lureguard.contract import LURE_CATEGORIES

#: Registered language modules, by ISO 639-1 code. The one place to add a language.
LANGUAGE_MODULES: tuple[str, ...] = ("en", "fr", "de", "it", "es", "nl")

#: Sharper sub-cues the combiner weighs on their own; each implies a category.
AUX_CUES: tuple[str, ...] = (
    "messenger",
    "personal-contact",
    "concealment",
    "sensitive-request",
    "vague-client",
)

#: Category a sub-cue implies (``vague-client`` implies none: recruiters say "my client").
CUE_IMPLIES: Mapping[str, str] = {
    "messenger": "off-platform",
    "personal-contact": "off-platform",
    "concealment": "secrecy",
    "sensitive-request": "information-request",
}

#: Cues that imply a category unless another is present: ``cue -> (implied, unless)``.
#: Why ``pay-terms``: words for pay with no task attached ("attractive remuneration",
#: "Vergütung") are a fee for work from a consultant but a salary in a job offer;
#: recruiters write them in every advert. Why ``money-sum``: a sum ("3 000 €") is a fee
#: unless the message says it is a salary ("per year", "brut", "Gehalt"); "1 000 € for a
#: few hours" inside a job offer is still a fee. A fee for a task ("per report", "paid
#: consultation", "write a short paper") is filed under ``paid-work`` itself and stays so.
CONDITIONAL_IMPLIES: Mapping[str, tuple[str, str]] = {
    "pay-terms": ("paid-work", "job-offer"),
    "money-sum": ("paid-work", "salary-terms"),
}

#: Cues that imply nothing themselves and only qualify others (see ``CONDITIONAL_IMPLIES``).
MARKER_CUES: tuple[str, ...] = ("salary-terms",)

#: Cues that cancel others inside their own span and are then dropped: ``cue -> cancelled``.
#: Why ``disclaimer``: expert networks and compliance-minded firms write "you will not be asked
#: to share confidential information" / "keine vertraulichen Informationen weitergeben"; the
#: words that name non-public material there forbid the request instead of making it.
NEGATING_CUES: Mapping[str, frozenset[str]] = {
    "disclaimer": frozenset({"sensitive-request", "information-request", "secrecy", "concealment"}),
}

#: Every cue name a pattern may be filed under.
CUES: tuple[str, ...] = (
    AUX_CUES + tuple(CONDITIONAL_IMPLIES) + MARKER_CUES + tuple(NEGATING_CUES) + tuple(LURE_CATEGORIES)
)


def implied(found: Iterable[str]) -> set[str]:
    """Found cues plus the categories they imply (plain and conditional)."""
    present = set(found)
    present |= {CUE_IMPLIES[c] for c in present if c in CUE_IMPLIES}
    present |= {
        cat for c, (cat, unless) in CONDITIONAL_IMPLIES.items() if c in present and unless not in present
    }
    return present


@dataclass(frozen=True)
class Lexicon:
    """Cue patterns of one language, plus what language id needs to know about it."""

    code: str
    name: str
    #: Name of the ``lingua.Language`` member, or "" for the language-neutral lexicon.
    lingua: str
    stopwords: frozenset[str] = field(default_factory=frozenset)
    patterns: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.patterns) - set(CUES)
        if unknown:
            raise ValueError(f"lexicon {self.code}: unknown cue names {sorted(unknown)}")


@cache
def languages() -> tuple[Lexicon, ...]:
    """The registered language lexicons, in registration order."""
    return tuple(importlib.import_module(f"{__name__}.{code}").LEXICON for code in LANGUAGE_MODULES)


@cache
def common() -> Lexicon:
    """The language-neutral lexicon (messengers, addresses, phone numbers)."""
    return importlib.import_module(f"{__name__}.common").LEXICON


__all__ = [
    "AUX_CUES",
    "CONDITIONAL_IMPLIES",
    "CUES",
    "CUE_IMPLIES",
    "LANGUAGE_MODULES",
    "MARKER_CUES",
    "NEGATING_CUES",
    "Lexicon",
    "common",
    "implied",
    "languages",
]
