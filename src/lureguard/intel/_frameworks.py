"""The ATT&CK and DISARM techniques a finding maps to, keyed on IDs.

Names change between framework versions; IDs are what a CERT's tooling joins
on, so every export carries the ID, the source and the version the IDs were
read from (``../shared/reference/red-flags-and-frameworks.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Where the IDs below were checked. ATT&CK technique IDs are stable across versions
#: (both exist since Enterprise v8); DISARM's persona sub-techniques were read in the
#: generated pages of DISARMFoundation/DISARMframeworks at this commit.
ATTACK_SOURCE = "mitre-attack"
DISARM_SOURCE = "DISARM"
DISARM_COMMIT = "2c4757b429929f9b2617114b65fefd1cb08e2e03"


@dataclass(frozen=True)
class Technique:
    """One technique as an ``attack-pattern`` carries it."""

    source: str
    external_id: str
    name: str

    @property
    def url(self) -> str:
        if self.source == ATTACK_SOURCE:
            return "https://attack.mitre.org/techniques/" + self.external_id.replace(".", "/") + "/"
        return (
            "https://github.com/DISARMFoundation/DISARMframeworks/blob/"
            f"{DISARM_COMMIT}/generated_pages/techniques/{self.external_id}.md"
        )


#: A fake persona on a social network, whatever it then does.
SOCIAL_MEDIA_ACCOUNTS = Technique(ATTACK_SOURCE, "T1585.001", "Establish Accounts: Social Media Accounts")
#: Messages through a third-party service that try to draw information out: the lures.
SPEARPHISHING_SERVICE = Technique(
    ATTACK_SOURCE, "T1598.001", "Phishing for Information: Spearphishing Service"
)
CREATE_PERSONAS = Technique(DISARM_SOURCE, "T0097", "Create Personas")
FABRICATED_PERSONA = Technique(DISARM_SOURCE, "T0143.002", "Fabricated Persona")

#: The persona a headline claims (``campaigns._summary.PERSONA_PATTERNS``) → its DISARM sub-technique.
ROLE_TECHNIQUES: dict[str, Technique] = {
    "headhunters": Technique(DISARM_SOURCE, "T0097.106", "Recruiter Persona"),
    "think-tank researchers": Technique(DISARM_SOURCE, "T0097.204", "Think Tank Persona"),
    "business representatives": Technique(DISARM_SOURCE, "T0097.205", "Business Persona"),
    "consultants": Technique(DISARM_SOURCE, "T0097.108", "Expert Persona"),
}

#: Message categories that make a persona's messages phishing for information, not only contact.
ELICITING = frozenset({"information-request", "off-platform", "secrecy"})


def techniques_for(roles: set[str], categories: set[str]) -> list[Technique]:
    """What a persona (or a campaign's personas) did, in framework terms, in a fixed order.

    Every exported account was judged a fabricated persona on a social network;
    the persona kinds come from headlines, and elicitation only from messages
    that were read as asking for information or moving the talk off the platform.
    """
    out = [SOCIAL_MEDIA_ACCOUNTS, CREATE_PERSONAS, FABRICATED_PERSONA]
    out += [ROLE_TECHNIQUES[r] for r in sorted(roles) if r in ROLE_TECHNIQUES]
    if categories & ELICITING:
        out.append(SPEARPHISHING_SERVICE)
    return out


#: Our sectors (members file, simulator) → STIX 2.1 ``industry-sector-ov``. Unknown sectors are
#: left out of ``sectors`` (an open vocabulary, but a CERT's filters know these values).
STIX_SECTORS: dict[str, tuple[str, ...]] = {
    "nuclear": ("nuclear",),
    "semiconductors": ("technology", "manufacturing"),
    "supercomputing": ("technology",),
    "ai": ("technology",),
    "health": ("healthcare",),
    "healthcare": ("healthcare",),
    "pharmaceuticals": ("pharmaceuticals",),
    "green-energy": ("energy",),
    "energy": ("energy",),
    "defence": ("defense",),
    "defense": ("defense",),
    "aerospace": ("aerospace",),
    "economy-finance": ("financial-services",),
    "finance": ("financial-services",),
    "public-administration": ("government",),
    "government": ("government",),
    "telecommunications": ("telecommunications",),
    "education": ("education",),
}
