"""Profile construction for genuine and fake accounts.

Fakes are built with the same generator as genuine people; a per-account
``incoherent`` switch adds the subtle defects public guidance describes (senior
title with a short career, vague consultancy employers, thin history). Genuine
people get their own defects (career gaps, missing photo, empty about) so that no
single field is a label.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from lureguard.simulate import vocab

EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class Person:
    """Mutable build record of one account before ids and counts are final."""

    culture: str
    country: str
    city: str
    region: str
    lang: str  # language of the profile and of messages written by this person
    first: str
    last: str
    created: int  # epoch seconds
    persona: str
    label: str = "genuine"
    campaign: str | None = None
    org: int = -1  # protected organisation index (members only)
    sector: str = ""
    tz: int = 1  # working-hours offset from UTC
    employer: str = ""
    title: str = ""
    firm_id: int = -1  # genuine recruiting firm, or the firm a fake impersonates
    photo: dict[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def place(rng: random.Random, country: str) -> tuple[str, str]:
    """A city in ``country`` and the location string shown on a profile."""
    city, region = vocab.PLACES[country][rng.randrange(len(vocab.PLACES[country]))]
    return city, region if region.startswith(city) else f"{city}, {region}"


def person_name(rng: random.Random, culture: str) -> tuple[str, str]:
    given, surnames = vocab.NAMES[culture]
    return given[rng.randrange(len(given))], surnames[rng.randrange(len(surnames))]


def new_photo(rng: random.Random) -> dict[str, str]:
    """A unique photo: random image hash and perceptual hash."""
    return {"sha256": hashlib.sha256(rng.randbytes(16)).hexdigest(), "phash": f"{rng.getrandbits(64):016x}"}


def near_copy(rng: random.Random, photo: dict[str, str], exact: bool) -> dict[str, str]:
    """The same face re-used: identical bytes, or re-encoded/cropped (new sha256, phash a few bits away)."""
    if exact:
        return dict(photo)
    ph = int(photo["phash"], 16)
    for bit in rng.sample(range(64), rng.randint(1, 4)):
        ph ^= 1 << bit
    return {"sha256": hashlib.sha256(rng.randbytes(16)).hexdigest(), "phash": f"{ph:016x}"}


def consultancy_name(rng: random.Random, kind: str = "") -> str:
    """A plausible, generic consultancy / search / think-tank employer name."""
    if kind == "think-tank" and rng.random() < 0.7:
        pat = vocab.THINK_TANK_PATTERNS[rng.randrange(len(vocab.THINK_TANK_PATTERNS))]
        return pat.format(a=rng.choice(vocab.CONSULTANCY_WORDS), b=rng.choice(vocab.THINK_TANK_TOPICS))
    word = rng.choice(vocab.CONSULTANCY_WORDS)
    kinds: tuple[str, ...] = vocab.CONSULTANCY_KINDS
    if kind == "headhunter":
        kinds = ("Executive Search", "Talent Solutions", "Partners", "Recruitment", "Search Associates")
    return f"{word} {rng.choice(kinds)}"


def _ym(year: int, rng: random.Random) -> str:
    return f"{year}-{rng.randint(1, 12):02d}" if rng.random() < 0.8 else str(year)


def career(
    rng: random.Random,
    p: Person,
    now_year: int,
    *,
    seniority: str,
    incoherent: bool = False,
    vague_prior: bool = False,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Positions (current first) and education for a person.

    ``incoherent`` (fakes only, sometimes) compresses a senior career into a few
    years or makes the history purely vague consultancies; ``vague_prior``
    (genuine consultants too) fills earlier jobs with generic firms.
    """
    years_exp = {"junior": rng.randint(1, 6), "senior": rng.randint(7, 18), "executive": rng.randint(15, 30)}[
        seniority
    ]
    if incoherent and rng.random() < 0.6:
        years_exp = rng.randint(1, 4)
    start_career = now_year - years_exp
    positions: list[dict[str, Any]] = []
    cur_start = now_year - rng.randint(0, min(years_exp, 6))
    current = {"title": p.title, "organization": p.employer, "start": _ym(cur_start, rng), "end": None}
    if rng.random() < 0.5:
        current["location"] = p.city
    positions.append(current)
    year = cur_start
    n_prior = 0 if incoherent and rng.random() < 0.5 else rng.randint(0, 3)
    for _ in range(n_prior):
        if year <= start_career:
            break
        gap = rng.randint(1, 2) if rng.random() < (0.12 if not incoherent else 0.3) else 0
        end = year - gap
        begin = max(start_career, end - rng.randint(1, 6))
        if vague_prior or (incoherent and rng.random() < 0.7):
            org = consultancy_name(rng)
        else:
            org = f"{rng.choice(vocab.BRANDS)} {rng.choice(('Group', 'Labs', 'SA', 'GmbH', 'Ltd', 'Institute'))}"
        title_pool = vocab.TITLES[p.lang if p.lang in vocab.TITLES else "en"][
            "junior" if begin < start_career + 4 else "senior"
        ]
        positions.append(
            {
                "title": rng.choice(title_pool),
                "organization": org,
                "start": _ym(begin, rng),
                "end": _ym(end, rng),
            }
        )
        year = begin
    education: list[dict[str, Any]] = []
    if rng.random() < 0.8:
        school_pool = {"fr": "fr", "de": "de"}.get(
            p.lang, "asia" if p.country in ("CN", "HK", "SG", "JP") else "en"
        )
        grad = start_career - (0 if rng.random() < 0.85 else rng.randint(1, 3))
        lang_deg = p.lang if p.lang in vocab.DEGREES else "en"
        education.append(
            {
                "school": rng.choice(vocab.SCHOOLS[school_pool]),
                "degree": rng.choice(vocab.DEGREES[lang_deg]),
                "field": p.extra.get("field_en", "Engineering"),
                "start": str(grad - rng.randint(2, 5)),
                "end": str(grad),
            }
        )
        if rng.random() < 0.3:
            education.append(
                {
                    "school": rng.choice(vocab.SCHOOLS[rng.choice(("fr", "de", "en", "asia"))]),
                    "degree": rng.choice(vocab.DEGREES["en"]),
                    "start": str(grad - 7),
                    "end": str(grad - 4),
                }
            )
    return positions, education


def headline(p: Person) -> str:
    at = {"fr": "chez", "de": "bei"}.get(p.lang, "at")
    return f"{p.title} {at} {p.employer}" if p.employer else p.title


ABOUT: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "{years} years of experience in {field}.",
        "Passionate about {field} and international cooperation.",
        "I help organisations make better decisions in {field}.",
        "Connecting people and ideas across Europe and Asia.",
        "Working at the intersection of research and policy on {field}.",
        "Open to new opportunities.",
        "Views are my own.",
        "Specialised in {field}; previously in industry.",
    ),
    "fr": (
        "{years} ans d'expérience dans le domaine {field}.",
        "Passionné par {field} et la coopération internationale.",
        "J'accompagne les organisations dans leurs choix en {field}.",
        "Entre recherche et politiques publiques sur {field}.",
        "Les opinions exprimées n'engagent que moi.",
        "Ouvert aux échanges.",
    ),
    "de": (
        "{years} Jahre Erfahrung im Bereich {field}.",
        "Begeistert von {field} und internationaler Zusammenarbeit.",
        "Ich unterstütze Organisationen bei Entscheidungen rund um {field}.",
        "Zwischen Forschung und Politik im Bereich {field}.",
        "Hier äußere ich meine private Meinung.",
        "Offen für Austausch.",
    ),
}


def about(rng: random.Random, p: Person, field_name: str) -> str:
    pool = ABOUT.get(p.lang, ABOUT["en"])
    k = rng.randint(1, 3)
    return " ".join(rng.choice(pool).format(years=rng.randint(3, 25), field=field_name) for _ in range(k))


def languages_of(rng: random.Random, p: Person) -> list[str]:
    langs = [vocab.SPOKEN.get(p.country, "English")]
    if "English" not in langs:
        langs.append("English")
    for extra in ("French", "German", "Chinese", "Spanish"):
        if extra not in langs and rng.random() < 0.12:
            langs.append(extra)
    return langs


def skills_of(rng: random.Random, p: Person, topics_en: tuple[str, ...]) -> list[str]:
    picks = rng.sample(vocab.GENERIC_SKILLS, rng.randint(2, 6))
    picks += [t.title() for t in rng.sample(topics_en, rng.randint(0, min(3, len(topics_en))))]
    return picks
