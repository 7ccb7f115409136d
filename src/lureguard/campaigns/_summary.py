"""Plain-language campaign summaries built from counts, never from raw input text.

Only our own words, numbers and a fixed vocabulary (personas, messengers,
categories) go into a summary; sector names come from the members file, so they
are reduced to letters, digits, spaces and hyphens first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime

#: Headline keywords → persona (plural, for a sentence), first match wins.
PERSONA_PATTERNS: tuple[tuple[str, str], ...] = (
    ("headhunters", r"head ?hunter|recruit|talent|executive search|chasseur|personalberat"),
    (
        "think-tank researchers",
        r"think.?tank|research fellow|fellow|policy|institute|forum|chercheur|analyst",
    ),
    ("business representatives", r"business develop|representative|trade|investment|partnership|commercial"),
    ("consultants", r"consult|advis|conseil|berater|expert"),
)

#: Message categories → what the campaign offered or asked.
OFFERS: tuple[tuple[str, str], ...] = (
    ("paid-travel", "paid trips"),
    ("paid-work", "paid work"),
    ("job-offer", "jobs"),
    ("event-invitation", "event invitations"),
)
ASKS: tuple[tuple[str, str], ...] = (("information-request", "asking for information"),)

MESSENGERS = ("WeChat", "WhatsApp", "Telegram", "Signal", "Skype", "Line", "Viber", "email")

_UNSAFE = re.compile(r"[^0-9A-Za-zÀ-ÖØ-öø-ÿ \-]+")


def plain(value: str, limit: int = 40) -> str:
    """Input text reduced to harmless characters for a sentence."""
    return _UNSAFE.sub(" ", value).strip()[:limit].strip()


def _one(plural: str) -> str:
    """'headhunters' -> 'a headhunter': a lone account reads as one person, with its article."""
    noun = plural[:-1] if plural.endswith("s") else plural
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _period(first: datetime | None, last: datetime | None) -> str:
    if first is None or last is None:
        return ""
    f, lst = first.strftime("%B %Y"), last.strftime("%B %Y")
    if f == lst:
        return f" in {f}"
    if first.year == last.year:
        return f" between {first.strftime('%B')} and {lst}"
    return f" between {f} and {lst}"


def summary(
    *,
    accounts: int,
    persona_counts: Mapping[str, int],
    targets: int,
    sector_counts: Mapping[str, int],
    organizations: int,
    first: datetime | None,
    last: datetime | None,
    category_counts: Mapping[str, int],
    off_platform: int,
    messenger: str | None,
) -> str:
    """One sentence a person can read, e.g. '9 accounts posing as consultants contacted 312 people …'."""
    who = f"{accounts} account{'s' if accounts != 1 else ''}"
    if persona_counts:
        top, n = max(sorted(persona_counts.items()), key=lambda kv: kv[1])
        if n * 2 >= accounts:
            who += f" posing as {top if accounts > 1 else _one(top)}"
    sectors = [plain(s) for s, _ in sorted(sector_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    sectors = [s for s in sectors if s]
    text = f"{who} contacted {targets} {'person' if targets == 1 else 'people'}"
    if sectors:
        text += f" in {_join(sectors)}"
    if organizations:
        text += f" across {organizations} organisation{'s' if organizations != 1 else ''}"
    text += _period(first, last)
    offers = [label for key, label in OFFERS if category_counts.get(key, 0) > 0]
    asks = [label for key, label in ASKS if category_counts.get(key, 0) > 0]
    if offers:
        text += f", offering {_join(offers)}"
    if asks:
        text += f", {_join(asks)}"
    text += "."
    if off_platform:
        where = f"to {messenger}" if messenger and messenger != "email" else "off the platform"
        text += f" {off_platform} conversation{'s' if off_platform != 1 else ''} moved {where}."
    return text
