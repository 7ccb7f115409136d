"""A scan's findings as a STIX 2.1 bundle, for a national CERT's threat-intelligence platform.

What goes in, and why:

- each exported persona as a ``user-account`` inside an ``observed-data`` (what was
  seen, when, how many people it wrote to) and an ``indicator`` whose STIX pattern
  matches the account on the platform, ``based-on`` that observation;
- a profile photo's SHA-256 as its own ``indicator``: operations reuse faces across
  accounts and platforms, so a hash is what another platform can match;
- each campaign as a ``campaign`` with the scan's plain-language summary, the
  persona indicators that ``indicate`` it, the ATT&CK and DISARM techniques it
  ``uses``, and the organisations it ``targets``;
- each campaign's long scripts sent to several people as ``note``s on it, every word that
  changed between copies (a name, a date) blanked: the text another organisation can
  search its own messages for;
- a ``sighting`` of each persona indicator and each campaign by the producer: how many
  people it approached there, first and last (a CERT counts who met an operation, and how often);
- one ``report`` that holds everything, TLP-marked, ``created_by`` the producer.

Protected people are never named: an organisation appears with how many of its
members were reached and how far. Ids are derived from what they name (a
re-export of the same accounts updates the same objects in a CERT's store
instead of duplicating them).
"""

from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Literal

import stix2

from lureguard.intel._findings import SLOT, Campaign, Findings, Persona, Script
from lureguard.intel._frameworks import SOCIAL_MEDIA_ACCOUNTS, STIX_SECTORS, Technique, techniques_for

#: Namespace of every id this module derives (uuid5), so ids are stable across runs and machines.
NAMESPACE = uuid.UUID("6f1f3c1e-8a55-5b8e-9d1e-2f6b9c1a7d42")

TLP = {
    "clear": stix2.TLP_WHITE,
    "white": stix2.TLP_WHITE,
    "green": stix2.TLP_GREEN,
    "amber": stix2.TLP_AMBER,
    "red": stix2.TLP_RED,
}

#: How far an approach went, shallowest first (``exposure.STAGES``' order).
STAGE_ORDER = ("contacted", "connected", "replied", "lure-received", "off-platform", "trip-offered")

_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_CONTROL_KEEP_LINES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]+")
#: Longest script text shared; a lure is a few paragraphs.
SCRIPT_MAX_CHARS = 4000

Targets = Literal["organisations", "none"]


def sid(kind: str, *parts: str) -> str:
    """A STIX id for ``kind`` that depends only on what it names."""
    return f"{kind}--{uuid.uuid5(NAMESPACE, chr(31).join((kind, *parts)))}"


def pattern_string(value: str) -> str:
    """``value`` as a STIX pattern string literal: quotes and backslashes escaped, nothing else read."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def account_pattern(platform: str, account_id: str) -> str:
    return (
        f"[user-account:account_type = {pattern_string(platform)} "
        f"AND user-account:user_id = {pattern_string(account_id)}]"
    )


def _text(value: str | None, limit: int = 200) -> str | None:
    """Adversary-written text (names, headlines) kept as data: no control characters, bounded."""
    if not value:
        return None
    cleaned = _CONTROL.sub(" ", value).strip()
    return cleaned[:limit] or None


def _utc(t: datetime | None) -> datetime | None:
    if t is None:
        return None
    return t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC)


def _persona_description(p: Persona) -> str:
    lines = [
        f"lureguard risk {p.risk:.2f}" + (" (flagged)" if p.flagged else " (member of a flagged campaign)")
    ]
    if p.people_contacted:
        lines.append(f"Invited or wrote to {p.people_contacted} people.")
    if p.categories:
        themes = ", ".join(
            f"{c} ({n})" for c, n in sorted(p.categories.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        lines.append(f"Message themes: {themes}.")
    for r in p.reasons:
        detail = _text(str(r.get("detail") or ""), 400)
        if detail:
            lines.append(f"{r.get('signal', 'signal')}: {detail}")
    return "\n".join(lines)


def _reach(f: Findings) -> dict[str, dict[str, Counter[str]]]:
    """Campaign → organisation → members reached per deepest stage."""
    out: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for r in f.reached:
        if not r.organization:
            continue
        for c in r.campaigns:
            out[c][r.organization][r.stage] += 1
    return out


def _stage_text(stages: Counter[str]) -> str:
    parts = [f"{s} {stages[s]}" for s in STAGE_ORDER if stages.get(s)]
    parts += [f"{s} {n}" for s, n in sorted(stages.items()) if s not in STAGE_ORDER]
    return ", ".join(parts)


def stix_bundle(
    f: Findings,
    *,
    producer: str = "lureguard",
    platform: str = "linkedin",
    tlp: str = "amber",
    targets: Targets = "organisations",
    now: datetime | None = None,
) -> stix2.Bundle:
    """Every exported persona and campaign of one scan as one STIX 2.1 bundle."""
    if tlp not in TLP:
        raise ValueError(f"--tlp {tlp!r}: use one of {', '.join(TLP)}")
    marking = TLP[tlp]
    now = _utc(now) or datetime.now(UTC)
    producer_name = _text(producer) or "lureguard"
    me = stix2.Identity(
        id=sid("identity", "producer", producer_name),
        name=producer_name,
        identity_class="organization",
        created=now,
        modified=now,
        object_marking_refs=[marking],
    )
    common: dict[str, Any] = {
        "created": now,
        "modified": now,
        "created_by_ref": me.id,
        "object_marking_refs": [marking],
    }
    objects: list[Any] = [marking, me]
    patterns: dict[str, stix2.AttackPattern] = {}

    def technique(t: Technique) -> str:
        if t.external_id not in patterns:
            patterns[t.external_id] = stix2.AttackPattern(
                id=sid("attack-pattern", t.source, t.external_id),
                name=t.name,
                external_references=[{"source_name": t.source, "external_id": t.external_id, "url": t.url}],
                **common,
            )
        return patterns[t.external_id].id

    def relate(src: str, kind: str, dst: str, description: str | None = None) -> None:
        extra = {"description": description} if description else {}
        objects.append(
            stix2.Relationship(
                id=sid("relationship", src, kind, dst),
                relationship_type=kind,
                source_ref=src,
                target_ref=dst,
                **extra,
                **common,
            )
        )

    # Personas: observation, account, indicator.
    indicator_of: dict[str, str] = {}
    for p in sorted(f.personas.values(), key=lambda p: p.account_id):
        account = stix2.UserAccount(
            user_id=p.account_id,
            account_type=platform,
            display_name=_text(p.name),
            account_created=_utc(p.created_at),
            object_marking_refs=[marking],
        )
        first = _utc(p.first_contact) or _utc(p.alerted_at) or now
        last = max(_utc(p.last_contact) or first, first)
        seen = stix2.ObservedData(
            id=sid("observed-data", platform, p.account_id),
            first_observed=first,
            last_observed=last,
            number_observed=max(1, p.people_contacted),
            object_refs=[account.id],
            **common,
        )
        display = _text(p.name, 80) or p.account_id[:80]
        ind = stix2.Indicator(
            id=sid("indicator", platform, p.account_id),
            name=f"Fake {platform} persona: {display}",
            description=_persona_description(p),
            indicator_types=["malicious-activity"],
            pattern=account_pattern(platform, p.account_id),
            pattern_type="stix",
            valid_from=first,
            confidence=max(0, min(100, round(p.risk * 100))),
            **common,
        )
        objects += [account, seen, ind]
        relate(ind.id, "based-on", seen.id)
        objects.append(_sighting(ind.id, me.id, first, last, p.people_contacted, common, seen.id))
        indicator_of[p.account_id] = ind.id

    # Faces: one indicator per image hash, whichever accounts wear it.
    faces: dict[str, list[Persona]] = defaultdict(list)
    for p in f.personas.values():
        if p.photo_sha256 and _SHA256.fullmatch(p.photo_sha256):
            faces[p.photo_sha256.lower()].append(p)
    face_of: dict[str, str] = {}
    for digest, wearers in sorted(faces.items()):
        first = min((_utc(p.first_contact) or now for p in wearers), default=now)
        ind = stix2.Indicator(
            id=sid("indicator", "photo", digest),
            name=f"Profile photo of {len(wearers)} fake persona(s)",
            description="SHA-256 of the profile image bytes; the same image on another account is worth a look.",
            indicator_types=["malicious-activity"],
            pattern=f"[file:hashes.'SHA-256' = '{digest}']",
            pattern_type="stix",
            valid_from=first,
            confidence=max(0, min(100, round(max(p.risk for p in wearers) * 100))),
            **common,
        )
        objects.append(ind)
        for p in wearers:
            face_of[p.account_id] = ind.id

    # Campaigns.
    reach = _reach(f) if targets == "organisations" else {}
    sectors_of: dict[str, set[str]] = defaultdict(set)
    kind_of: dict[str, Counter[str]] = defaultdict(Counter)
    for r in f.reached:
        if r.organization:
            if r.sector:
                sectors_of[r.organization].update(STIX_SECTORS.get(r.sector.lower(), ()))
            if r.institution_type:
                kind_of[r.organization][r.institution_type] += 1
    orgs: dict[str, stix2.Identity] = {}
    in_campaign: set[str] = set()
    campaign_ids: dict[str, str] = {}
    for c in f.campaigns:
        members = [f.personas[a] for a in c.accounts if a in f.personas]
        if not members:
            continue
        in_campaign.update(p.account_id for p in members)
        camp = _campaign(c, common, now)
        objects.append(camp)
        campaign_ids[c.campaign] = camp.id
        if c.targets:
            objects.append(
                _sighting(
                    camp.id,
                    me.id,
                    _utc(c.first_seen) or now,
                    _utc(c.last_seen) or now,
                    len(c.targets),
                    common,
                )
            )
        for p in members:
            relate(indicator_of[p.account_id], "indicates", camp.id)
        for ind_id in sorted({face_of[p.account_id] for p in members if p.account_id in face_of}):
            relate(ind_id, "indicates", camp.id)
        roles = {role for p in members if (role := p.role)}
        cats = {k for p in members for k in p.categories}
        for t in techniques_for(roles, cats):
            relate(camp.id, "uses", technique(t))
        for org, stages in sorted(reach.get(c.campaign, {}).items()):
            if org not in orgs:
                kinds = ", ".join(k for k, _ in kind_of[org].most_common())
                orgs[org] = stix2.Identity(
                    id=sid("identity", "organisation", org),
                    name=_text(org) or "unnamed organisation",
                    identity_class="organization",
                    sectors=sorted(sectors_of[org]) or None,
                    description=f"Institution type: {kinds}." if kinds else None,
                    **common,
                )
                objects.append(orgs[org])
            relate(
                camp.id,
                "targets",
                orgs[org].id,
                f"Reached {sum(stages.values())} of its members; deepest stage: {_stage_text(stages)}.",
            )
    # The scripts each campaign sent to several people, with what changed between copies blanked.
    for sc in f.scripts:
        if sc.campaign in campaign_ids:
            objects.append(
                stix2.Note(
                    id=sid("note", campaign_ids[sc.campaign], sc.text),
                    abstract=f"Message script sent to {sc.recipients} people by {sc.senders} account(s)",
                    content=script_note(sc),
                    object_refs=[campaign_ids[sc.campaign]],
                    **common,
                )
            )
    # Personas acting alone: their indicators point at what they did.
    for p in sorted(f.personas.values(), key=lambda p: p.account_id):
        if p.account_id in in_campaign:
            continue
        for t in techniques_for({role} if (role := p.role) else set(), set(p.categories)):
            relate(indicator_of[p.account_id], "indicates", technique(t))
        if p.account_id in face_of:
            relate(face_of[p.account_id], "indicates", technique(SOCIAL_MEDIA_ACCOUNTS))
    objects += patterns.values()

    n_camp = sum(1 for o in objects if getattr(o, "type", None) == "campaign")
    report = stix2.Report(
        id=sid("report", producer_name, *sorted(f.personas)),
        name=f"lureguard findings: {n_camp} campaign(s), {len(f.personas)} fake persona(s)",
        description=_report_description(f, n_camp),
        published=now,
        report_types=["campaign", "indicator"] if n_camp else ["indicator"],
        object_refs=[o.id for o in objects if o is not marking] or [me.id],
        **common,
    )
    objects.append(report)
    return stix2.Bundle(objects=_unique(objects), allow_custom=False)


def script_note(sc: Script) -> str:
    """A script as a person reads it: when and how widely it was sent, then its words."""
    span = ""
    if sc.first_sent and sc.last_sent:
        span = f" between {_utc(sc.first_sent):%Y-%m-%d} and {_utc(sc.last_sent):%Y-%m-%d}"
    return (
        f"Sent {sc.sends} time(s) to {sc.recipients} people by {sc.senders} account(s){span}; "
        f"lureguard's lure score up to {sc.lure_score:.2f}. Words that changed between copies "
        f"(names, dates, signatures) are shown as {SLOT}; the rest is what every recipient got.\n\n"
        + _CONTROL_KEEP_LINES.sub(" ", sc.text)[:SCRIPT_MAX_CHARS]
    )


def _sighting(
    of: str,
    where: str,
    first: datetime,
    last: datetime,
    count: int,
    common: dict[str, Any],
    observed: str | None = None,
) -> stix2.Sighting:
    """The producer saw ``of`` approach ``count`` people between ``first`` and ``last``.

    Why: a CERT learns how far an operation spreads by counting who sighted its indicators
    (and how often); a campaign object alone says it exists, not that this organisation met it.
    """
    last = max(last, first)
    extra = {"observed_data_refs": [observed]} if observed else {}
    return stix2.Sighting(
        id=sid("sighting", of, where),
        sighting_of_ref=of,
        where_sighted_refs=[where],
        first_seen=first,
        last_seen=last,
        count=max(1, min(count, 999_999_999)),
        **extra,
        **common,
    )


def _campaign(c: Campaign, common: dict[str, Any], now: datetime) -> stix2.Campaign:
    first = _utc(c.first_seen)
    last = _utc(c.last_seen)
    if first and last and last < first:
        last = first
    why = "; ".join(_text(r, 200) or "" for r in c.reasons)
    return stix2.Campaign(
        id=sid("campaign", *sorted(c.accounts)),
        name=f"Fake-persona campaign {_text(c.campaign, 40)}" + (f" ({first:%B %Y})" if first else ""),
        description=(_text(c.summary, 2000) or "") + (f" Why one operation: {why}." if why else ""),
        first_seen=first,
        last_seen=last,
        objective="Approach experts through fake professional-network personas to elicit information"
        " or recruit them.",
        confidence=max(0, min(100, round(c.risk * 100))),
        **common,
    )


def _report_description(f: Findings, n_camp: int) -> str:
    until = _utc(f.scanned_until)
    flagged = sum(1 for p in f.personas.values() if p.flagged)
    return (
        f"{flagged} account(s) flagged as fake personas and {len(f.personas) - flagged} more named in a "
        f"campaign, in {n_camp} campaign(s)"
        + (f", from events up to {until:%Y-%m-%d}" if until else "")
        + ". Risks and confidences are lureguard's model probabilities; each indicator's description "
        "gives the reasons a person can check. Protected people are counted per organisation, never named."
    )


def _unique(objects: Iterable[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for o in objects:
        if o.id not in seen:
            seen.add(o.id)
            out.append(o)
    return out
