"""A generic consultancy, think-tank or recruitment persona with vague clients.

Catches: the cover stories public guidance keeps naming — the "consultant",
"headhunter", "think-tank fellow" or "business representative" of a firm with a
generic name and unnamed clients (CPNI, BfV, DGSI/DGSE; DISARM T0097.106/.204/.205).
Genuine recruiters and consultants match too, which is why this is one signal
among many: it says what kind of story the profile tells, not that it is false.
Former employers that are also generic firms strengthen it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.profile._views import GENERIC_PERSONA_RE, POSITIONS, VAGUE_CLIENTS_RE


class GenericPersona(Signal):
    name: ClassVar[str] = "generic_persona"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("accounts",)
    views: ClassVar[tuple[str, ...]] = ("positions",)
    summary: ClassVar[str] = (
        "Consultancy / think-tank / recruiter persona with generic employers and vague clients."
    )
    features: ClassVar[tuple[str, ...]] = ("generic_current", "generic_past", "past_positions", "vague_about")

    def query(self) -> str:
        return f"""
        WITH pos AS (
            SELECT account_id, is_current,
                   regexp_matches(lower(coalesce(organization, '') || ' ' || coalesce(title, '')),
                                  '{GENERIC_PERSONA_RE}') AS generic
            FROM ({POSITIONS})
        ),
        per AS (
            SELECT account_id, bool_or(generic AND is_current) AS generic_pos,
                   count(*) FILTER (WHERE generic AND NOT is_current) AS generic_past,
                   count(*) FILTER (WHERE NOT is_current) AS past_positions
            FROM pos GROUP BY account_id
        ),
        feats AS (
            SELECT a.id AS account_id,
                   coalesce(per.generic_pos, false)
                       OR regexp_matches(lower(coalesce(a.headline, '')), '{GENERIC_PERSONA_RE}') AS generic_current,
                   coalesce(per.generic_past, 0) AS generic_past, coalesce(per.past_positions, 0) AS past_positions,
                   regexp_matches(lower(coalesce(a.about, '')), '{VAGUE_CLIENTS_RE}') AS vague_about
            FROM accounts a LEFT JOIN per ON per.account_id = a.id
            WHERE a.headline IS NOT NULL OR per.account_id IS NOT NULL
        )
        SELECT *,
               CASE WHEN generic_current THEN
                   0.5 + 0.3 * CASE WHEN past_positions = 0 THEN 0.5 ELSE generic_past / past_positions END
                       + 0.2 * vague_about::INT
               ELSE 0.0 END AS score
        FROM feats WHERE generic_current
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        text = "Presents as a consultancy / think-tank / recruitment professional"
        if f.get("past_positions"):
            text += f"; {f.get('generic_past')} of {f.get('past_positions')} earlier employers are generic firms too"
        if f.get("vague_about"):
            text += "; the summary talks of clients or organisations without naming any"
        return text + "."
