"""A scan's findings as MISP events, one per campaign and one for personas acting alone.

MISP shares by event, so a campaign is an event: its summary, each persona as a
``user-account`` object (the account to match, its display name, why it was
flagged), the photo hashes, the organisations reached as ``target-org``
attributes with counts (people are never named), the campaign's scripts as ``text``
attributes (words that changed between copies blanked), a TLP tag and ATT&CK galaxy
tags. Each persona's account id carries a MISP sighting by the producer, dated at its
last approach, as the STIX bundle carries a ``sighting``: a CERT counts how many
organisations met an account, and when. UUIDs are derived from what they name, so
importing a later export of the same campaign updates the event instead of adding a
second one.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from pymisp import MISPAttribute, MISPEvent, MISPObject

from lureguard.intel._findings import Findings, Persona
from lureguard.intel._frameworks import ATTACK_SOURCE, Technique, techniques_for
from lureguard.intel.stix import NAMESPACE, STAGE_ORDER, _persona_description, _reach, _text, script_note

#: ATT&CK sub-techniques as MISP's mitre-attack-pattern galaxy names its clusters ("Name - ID").
GALAXY_NAMES = {
    "T1585.001": "Social Media Accounts - T1585.001",
    "T1598.001": "Spearphishing Service - T1598.001",
}

#: MISP's distribution levels, by the name an operator types.
DISTRIBUTION = {"organisation": 0, "community": 1, "connected": 2, "all": 3}

_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_URL = re.compile(r"https?://[^\s\"'<>]{1,500}")


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, chr(31).join(("misp", *parts))))


def _attr(owner: MISPEvent | MISPObject, key: str, *parts: str, **kw: Any) -> None:
    """Add an attribute with a derived uuid (PyMISP would draw a random one)."""
    a = owner.add_attribute(key, **kw)
    if isinstance(a, MISPAttribute):
        a.uuid = _uuid("attribute", *parts, key, str(kw.get("value")))


def _sighting(p: Persona, producer: str, event_uuid: str) -> dict[str, Any] | None:
    """The producer's sighting of a persona: when it last approached someone here, and how many.

    MISP keeps a sighting per organisation and date, not a count, so the count goes in its
    ``source`` text. The uuid is derived, so importing a re-export adds no second sighting
    (MISP skips a sighting whose uuid it holds); the organisation's uuid from its name.
    """
    when = p.last_contact or p.first_contact or p.alerted_at
    if when is None:
        return None
    first = p.first_contact or when
    name = _text(producer, 200) or "lureguard"
    span = f"{first.astimezone(UTC):%Y-%m-%d} to {when.astimezone(UTC):%Y-%m-%d}"
    return {
        "uuid": _uuid("sighting", event_uuid, p.account_id, name),
        "type": "0",
        "date_sighting": str(int(when.timestamp())),
        "source": _text(f"lureguard: approached {p.people_contacted} people here, {span}", 255),
        "Organisation": {"name": name, "uuid": _uuid("organisation", name)},
    }


def _persona_object(p: Persona, platform: str, event_uuid: str, producer: str = "lureguard") -> MISPObject:
    o = MISPObject("user-account", standalone=False)
    o.uuid = _uuid("object", event_uuid, p.account_id)
    o.comment = f"lureguard risk {p.risk:.2f}"
    _attr(o, "account-type", event_uuid, p.account_id, value=platform, to_ids=False)
    _attr(o, "user-id", event_uuid, p.account_id, value=p.account_id, to_ids=True)
    if (seen := _sighting(p, producer, event_uuid)) is not None:
        o.attributes[-1].add_sighting(seen)
    if p.name and (name := _text(p.name)):
        _attr(o, "display-name", event_uuid, p.account_id, value=name, to_ids=False)
    if p.profile_url and _URL.fullmatch(p.profile_url):
        _attr(o, "link", event_uuid, p.account_id, value=p.profile_url, to_ids=True)
    if p.created_at:
        _attr(o, "created", event_uuid, p.account_id, value=p.created_at.astimezone(UTC), to_ids=False)
    _attr(
        o,
        "description",
        event_uuid,
        p.account_id,
        value=_persona_description(p),
        to_ids=False,
        disable_correlation=True,
    )
    return o


def _event(
    key: str,
    info: str,
    personas: list[Persona],
    reached: dict[str, Counter[str]],
    techniques: list[Technique],
    *,
    platform: str,
    tlp: str,
    distribution: int,
    date: datetime | None,
    producer: str,
) -> MISPEvent:
    ev = MISPEvent()
    ev.uuid = _uuid("event", key)
    ev.info = info
    ev.distribution = distribution
    ev.threat_level_id = 2
    ev.analysis = 1
    if date:
        ev.set_date(date.astimezone(UTC).date())
    ev.add_tag(f"tlp:{'clear' if tlp == 'white' else tlp}")
    for t in techniques:
        if t.source == ATTACK_SOURCE and t.external_id in GALAXY_NAMES:
            ev.add_tag(f'misp-galaxy:mitre-attack-pattern="{GALAXY_NAMES[t.external_id]}"')
    _attr(
        ev,
        "text",
        ev.uuid,
        "techniques",
        value="; ".join(f"{t.source} {t.external_id} {t.name}" for t in techniques),
        category="Attribution",
        to_ids=False,
        disable_correlation=True,
        comment="ATT&CK and DISARM techniques, keyed on ID",
    )
    for p in sorted(personas, key=lambda p: p.account_id):
        ev.add_object(_persona_object(p, platform, ev.uuid, producer))
    for digest in sorted(
        {p.photo_sha256.lower() for p in personas if p.photo_sha256 and _SHA256.fullmatch(p.photo_sha256)}
    ):
        wearers = sum(1 for p in personas if (p.photo_sha256 or "").lower() == digest)
        _attr(
            ev,
            "sha256",
            ev.uuid,
            value=digest,
            category="Artifacts dropped",
            to_ids=True,
            comment=f"profile photo of {wearers} fake persona(s)",
        )
    for org, stages in sorted(reached.items()):
        parts = [f"{s} {stages[s]}" for s in STAGE_ORDER if stages.get(s)]
        _attr(
            ev,
            "target-org",
            ev.uuid,
            value=_text(org) or "unnamed organisation",
            to_ids=False,
            comment=f"{sum(stages.values())} member(s) reached; deepest stage: {', '.join(parts)}",
        )
    return ev


def misp_events(
    f: Findings,
    *,
    platform: str = "linkedin",
    tlp: str = "amber",
    distribution: str = "organisation",
    targets: str = "organisations",
    producer: str = "lureguard",
) -> dict[str, dict[str, Any]]:
    """File stem → MISP event JSON (``{"Event": ...}``), one per campaign plus ``lone-personas``.

    ``producer`` names the organisation whose sightings these are (``export --producer``).
    """
    if tlp not in ("clear", "white", "green", "amber", "red"):
        raise ValueError(f"--tlp {tlp!r}: use clear, white, green, amber or red")
    if distribution not in DISTRIBUTION:
        raise ValueError(f"--distribution {distribution!r}: use one of {', '.join(DISTRIBUTION)}")
    level = DISTRIBUTION[distribution]
    reach = _reach(f) if targets == "organisations" else {}
    out: dict[str, dict[str, Any]] = {}
    in_campaign: set[str] = set()
    for n, c in enumerate(f.campaigns, 1):
        members = [f.personas[a] for a in c.accounts if a in f.personas]
        if not members:
            continue
        in_campaign.update(p.account_id for p in members)
        techniques = techniques_for(
            {role for p in members if (role := p.role)}, {k for p in members for k in p.categories}
        )
        ev = _event(
            "campaign:" + chr(31).join(sorted(c.accounts)),
            f"lureguard: {_text(c.summary, 1000)}",
            members,
            reach.get(c.campaign, {}),
            techniques,
            platform=platform,
            tlp=tlp,
            distribution=level,
            date=c.first_seen,
            producer=producer,
        )
        for sc in f.scripts:
            if sc.campaign == c.campaign:
                _attr(
                    ev,
                    "text",
                    ev.uuid,
                    "script",
                    value=script_note(sc),
                    category="Social network",
                    to_ids=False,
                    comment=f"message script sent to {sc.recipients} people by {sc.senders} account(s)",
                )
        # The file name comes from our own campaign id, reduced to safe characters (the scan
        # folder may have been edited); the position keeps it unique and never empty.
        safe = re.sub(r"[^A-Za-z0-9-]", "", c.campaign)[:20]
        out[f"campaign-{n:04d}" + (f"-{safe}" if safe else "")] = {"Event": json.loads(ev.to_json())}
    alone = [p for p in f.personas.values() if p.account_id not in in_campaign]
    if alone:
        firsts = [p.first_contact for p in alone if p.first_contact]
        ev = _event(
            "alone:" + chr(31).join(sorted(p.account_id for p in alone)),
            f"lureguard: {len(alone)} fake persona(s) acting alone",
            alone,
            {},
            techniques_for(
                {role for p in alone if (role := p.role)}, {k for p in alone for k in p.categories}
            ),
            platform=platform,
            tlp=tlp,
            distribution=level,
            date=min(firsts) if firsts else None,
            producer=producer,
        )
        out["lone-personas"] = {"Event": json.loads(ev.to_json())}
    return out
