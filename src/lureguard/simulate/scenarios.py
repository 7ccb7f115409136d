"""Scenario parameters: population sizes, campaign mix and funnel rates.

Each figure that comes from a public statement says so in ``source``; the rest
are assumptions, documented in ``docs/scenarios.md``. ``scale`` multiplies every
population size (members, externals, targets, fake accounts), never rates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

CampaignStyle = Literal["burst", "aged", "impersonation", "low-and-slow", "handoff"]
CAMPAIGN_STYLES: Final[tuple[CampaignStyle, ...]] = (
    "burst",
    "aged",
    "impersonation",
    "low-and-slow",
    "handoff",
)
FAKE_PERSONAS: Final = ("consultant", "headhunter", "think-tank", "business-representative")


@dataclass(frozen=True)
class CampaignSpec:
    """One coordinated approach wave.

    ``accounts`` and ``targets`` are unscaled; ``days`` is how long the wave runs;
    ``start`` is the fraction of the scenario window at which it begins.
    """

    style: CampaignStyle
    persona: str
    accounts: int
    targets: int
    days: int
    start: float
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Funnel:
    """Per-target conversion rates of an approach (stage → next stage)."""

    view_first: float = 0.6  # fake looks at the profile before inviting
    note: float = 0.55  # invitation carries a note (burst campaigns override to 0.9)
    accept: float = 0.5  # invitation accepted
    inmail_if_pending: float = 0.15  # messages despite no connection
    open_message: float = 0.9  # connected → first message
    reply: float = 0.45  # target answers the opener
    lure: float = 0.85  # replied → explicit lure (paid work, CV, details)
    reply_again: float = 0.55
    off_platform: float = 0.75  # lure → push to email / messenger
    gives_contact: float = 0.5  # target answers with an address
    trip: float = 0.5  # off-platform stage → trip offered
    nudge: float = 0.5  # silent target gets a follow-up
    endorse: float = 0.15  # fake endorses the target's skills


@dataclass(frozen=True)
class Scenario:
    """A world to simulate. Sizes are at ``scale=1``."""

    name: str
    description: str
    source: str
    start: str  # first day of the observed window (UTC)
    end: str  # last day
    country: str  # home country of the protected organisations
    languages: tuple[tuple[str, float], ...]  # member language mix
    members: int
    org_size: int  # mean members per organisation
    institution_mix: tuple[tuple[str, float], ...]
    national_target_share: float  # share of targets in national institutions
    externals: int  # genuine non-member accounts (incl. hard negatives)
    hard_negative_mix: tuple[tuple[str, float], ...]  # share of externals per persona
    recruiter_firms: int  # genuine recruiting firms with several staff
    campaigns: tuple[CampaignSpec, ...]
    funnel: Funnel = field(default_factory=Funnel)
    degree_org: float = 14.0  # mean colleague contacts inside one's org
    degree_field: float = 4.0  # mean contacts in same sector, other orgs
    degree_external: float = 5.0  # mean member–external contacts
    degree_ext_ext: float = 6.0  # mean external–external contacts
    chat_share: float = 0.22  # connected pairs that exchange messages
    chat_len: float = 3.0  # mean messages per chatting pair
    views_per_account: float = 10.0
    endorse_share: float = 0.12

    @property
    def targets(self) -> int:
        return sum(c.targets for c in self.campaigns)

    @property
    def fake_accounts(self) -> int:
        return sum(c.accounts for c in self.campaigns)


_INST_FR: Final = (("national", 0.38), ("private", 0.27), ("academic", 0.2), ("health", 0.1), ("other", 0.05))
_HN: Final = (
    ("colleague", 0.43),
    ("alumni", 0.08),
    ("academic-abroad", 0.14),
    ("business-abroad", 0.08),
    ("recruiter", 0.06),
    ("event-organiser", 0.03),
    ("sales", 0.05),
    ("expert-network", 0.02),
    ("new-account", 0.11),
)

FRANCE_2018: Final = Scenario(
    name="france-2018",
    description="French experts approached by fake consultants, think-tank members, headhunters and business representatives.",
    source="DGSE/DGSI note reported Oct 2018 (Le Figaro): ~4,000 people targeted over about four years, ~1,700 of them in "
    "national institutions, several hundred reached off-platform/trip stage, on the order of 500 fake profiles.",
    start="2016-07-01",
    end="2018-06-30",
    country="FR",
    languages=(("fr", 0.88), ("en", 0.12)),
    members=16_000,
    org_size=110,
    institution_mix=_INST_FR,
    national_target_share=1700 / 4000,
    externals=14_000,
    hard_negative_mix=_HN,
    recruiter_firms=6,
    campaigns=(
        CampaignSpec(
            "burst", "consultant", 110, 700, 45, 0.10, ("nuclear", "semiconductors", "supercomputing")
        ),
        CampaignSpec(
            "burst", "think-tank", 90, 600, 40, 0.55, ("public-administration", "economy-finance", "defence")
        ),
        CampaignSpec("aged", "consultant", 60, 650, 300, 0.05, ("green-energy", "nuclear", "ai")),
        CampaignSpec(
            "aged", "business-representative", 50, 500, 260, 0.35, ("semiconductors", "ai", "economy-finance")
        ),
        CampaignSpec("impersonation", "headhunter", 40, 450, 120, 0.45, ("defence", "supercomputing", "ai")),
        CampaignSpec("handoff", "headhunter", 70, 600, 200, 0.25, ("health", "nuclear", "defence")),
        CampaignSpec("burst", "headhunter", 60, 350, 30, 0.78, ()),
        *(
            CampaignSpec("low-and-slow", p, 1, 20, 540, 0.05 + 0.1 * i, ())
            for i, p in enumerate(
                (
                    "think-tank",
                    "consultant",
                    "business-representative",
                    "think-tank",
                    "consultant",
                    "headhunter",
                    "think-tank",
                )
            )
        ),
    ),
)

GERMANY_2017: Final = Scenario(
    name="germany-2017",
    description="German officials, parliament staff and experts contacted by fake headhunters, consultants and think-tank researchers.",
    source="BfV press conference and brochure, Dec 2017: more than 10,000 people in Germany contacted via professional networks "
    "over about nine months; examples of fake headhunter and think-tank profiles (number of fake profiles not published).",
    start="2016-01-01",
    end="2017-11-30",
    country="DE",
    languages=(("de", 0.85), ("en", 0.15)),
    members=40_000,
    org_size=140,
    institution_mix=(
        ("national", 0.42),
        ("private", 0.25),
        ("academic", 0.18),
        ("health", 0.08),
        ("other", 0.07),
    ),
    national_target_share=0.45,
    externals=28_000,
    hard_negative_mix=_HN,
    recruiter_firms=10,
    campaigns=(
        CampaignSpec("burst", "headhunter", 150, 1800, 60, 0.55, ()),
        CampaignSpec(
            "burst",
            "think-tank",
            120,
            1500,
            50,
            0.62,
            ("public-administration", "economy-finance", "defence"),
        ),
        CampaignSpec("aged", "consultant", 80, 1600, 270, 0.58, ("semiconductors", "ai", "green-energy")),
        CampaignSpec("aged", "think-tank", 70, 1400, 270, 0.6, ("public-administration", "defence")),
        CampaignSpec("impersonation", "headhunter", 60, 1300, 150, 0.66, ("defence", "ai", "supercomputing")),
        CampaignSpec(
            "handoff", "business-representative", 80, 1400, 200, 0.6, ("nuclear", "health", "economy-finance")
        ),
        CampaignSpec("burst", "consultant", 60, 900, 40, 0.8, ()),
        *(
            CampaignSpec("low-and-slow", p, 1, 25, 400, 0.3 + 0.05 * i, ())
            for i, p in enumerate(
                (
                    "think-tank",
                    "consultant",
                    "headhunter",
                    "business-representative",
                    "think-tank",
                    "consultant",
                    "think-tank",
                    "headhunter",
                )
            )
        ),
    ),
    degree_org=12.0,
    degree_field=3.5,
    degree_external=4.0,
    degree_ext_ext=5.0,
    chat_share=0.2,
)

DEMO: Final = Scenario(
    name="demo",
    description="Small mixed-language world (French, German, English members) with three campaigns; fast, for tests and `make run`.",
    source="Invented sizes; campaign styles and funnel rates as in france-2018.",
    start="2023-01-01",
    end="2024-06-30",
    country="FR",
    languages=(("fr", 0.45), ("de", 0.3), ("en", 0.25)),
    members=2_000,
    org_size=80,
    institution_mix=_INST_FR,
    national_target_share=0.42,
    externals=1_000,
    hard_negative_mix=_HN,
    recruiter_firms=2,
    degree_org=7.0,
    degree_field=2.0,
    degree_external=2.5,
    degree_ext_ext=2.5,
    views_per_account=3.0,
    chat_len=2.5,
    campaigns=(
        CampaignSpec("burst", "consultant", 18, 160, 40, 0.3, ("nuclear", "semiconductors", "ai")),
        CampaignSpec(
            "aged", "think-tank", 8, 110, 240, 0.15, ("public-administration", "defence", "economy-finance")
        ),
        CampaignSpec("impersonation", "headhunter", 6, 90, 120, 0.55, ()),
        CampaignSpec("handoff", "business-representative", 6, 70, 150, 0.4, ("green-energy", "health")),
    ),
)

SCENARIOS: Final[dict[str, Scenario]] = {s.name: s for s in (FRANCE_2018, GERMANY_2017, DEMO)}
