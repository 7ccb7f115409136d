"""A career history that does not hang together.

Catches: invented personas whose CV was written in one sitting — a senior title
after two years of work, education finished after the person already held a
senior role, or a history with long unexplained gaps or stacked parallel jobs.
Public guidance lists "senior title inconsistent with apparent age / career"
(CPNI "Think Before You Link"). Genuine people have gaps too, so each defect
adds only part of the score; a missing history is 'not observed', not a defect.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal
from lureguard.signals.profile._views import EDUCATION_TYPE, NOW_YEAR, POSITIONS, SENIOR_TITLE_RE, year_of


class CareerCoherence(Signal):
    name: ClassVar[str] = "career_coherence"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("accounts", "interactions")
    views: ClassVar[tuple[str, ...]] = ("positions",)
    summary: ClassVar[str] = (
        "Career timeline defects: seniority vs career length, gaps, overlaps, late education."
    )
    features: ClassVar[tuple[str, ...]] = (
        "positions",
        "career_years",
        "senior_title",
        "gap_years",
        "overlap_years",
        "education_after_senior",
    )

    def query(self) -> str:
        clock = f'SELECT id AS account_id, NULL::TIMESTAMPTZ AS "at", {NOW_YEAR} AS y FROM accounts'
        return f'SELECT * EXCLUDE ("at") FROM ({self._scored(clock)})'

    def query_asof(self) -> str:
        # The profile is one snapshot, but "now" moves: the career is judged against the month of
        # each evaluation. Clock ticks are the first event of each calendar month (so a tick never
        # lies past the data), from the account's first event on; at the last tick "now" is the
        # static query's NOW_YEAR.
        clock = """
        WITH ticks AS (
            SELECT min(ts) AS tick, year(min(ts)) + (month(min(ts)) - 1) / 12.0 AS y
            FROM interactions GROUP BY date_trunc('month', ts)
        ),
        first_ev AS (SELECT src AS account_id, min(ts) AS first_at FROM interactions GROUP BY src)
        SELECT f.account_id, greatest(t.tick, f.first_at) AS "at", t.y
        FROM first_ev f JOIN ticks t ON t.tick >= date_trunc('month', f.first_at)
        """
        return f"""
        SELECT account_id, "at", score FROM ({self._scored(clock)})
        QUALIFY score IS DISTINCT FROM lag(score) OVER (PARTITION BY account_id ORDER BY "at")
        """

    def _scored(self, clock: str) -> str:
        """Features and score per row of ``clock`` (``account_id, at, y``): the career as seen in year ``y``."""
        return f"""
        WITH clock AS ({clock}),
        pos AS (
            SELECT p.*, c."at", c.y, least(coalesce(p.end_y, c.y), c.y) AS stop_y,
                   regexp_matches(lower(coalesce(p.title, '')), '{SENIOR_TITLE_RE}') AS senior
            FROM ({POSITIONS}) p JOIN clock c USING (account_id) WHERE p.start_y IS NOT NULL
        ),
        ordered AS (
            SELECT *, lag(stop_y) OVER (PARTITION BY account_id, "at" ORDER BY start_y, pos_idx) AS prev_stop,
                   max(stop_y) OVER (PARTITION BY account_id, "at" ORDER BY start_y, pos_idx
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS max_prev_stop
            FROM pos
        ),
        per AS (
            SELECT account_id, "at", count(*) AS positions,
                   any_value(y) - min(start_y) AS career_years,
                   bool_or(senior AND is_current) AS senior_title,
                   min(start_y) FILTER (WHERE senior) AS first_senior_y,
                   -- least/greatest skip NULLs in DuckDB, so a first job (no predecessor) is handled explicitly.
                   coalesce(sum(CASE WHEN max_prev_stop IS NOT NULL
                                     THEN greatest(start_y - max_prev_stop - 1, 0) END), 0) AS gap_years,
                   coalesce(sum(CASE WHEN max_prev_stop IS NOT NULL
                                     THEN greatest(least(max_prev_stop, stop_y) - start_y - 0.5, 0) END), 0)
                       AS overlap_years
            FROM ordered GROUP BY account_id, "at"
        ),
        edu AS (
            SELECT account_id, max({year_of("e.end")}) AS edu_end
            FROM (SELECT id AS account_id, unnest(from_json(education, '{EDUCATION_TYPE}')) AS e
                  FROM accounts WHERE education IS NOT NULL AND json_type(education) = 'ARRAY')
            GROUP BY account_id
        ),
        feats AS (
            SELECT per.account_id, per."at", per.positions, round(per.career_years, 1) AS career_years,
                   coalesce(per.senior_title, false) AS senior_title,
                   round(per.gap_years, 1) AS gap_years, round(per.overlap_years, 1) AS overlap_years,
                   coalesce(edu.edu_end > per.first_senior_y + 1, false) AS education_after_senior
            FROM per LEFT JOIN edu USING (account_id)
        )
        SELECT *,
               1 - (1 - CASE WHEN senior_title THEN 0.8 * greatest(0, 1 - career_years / 6.0) ELSE 0 END)
                 * (1 - CASE WHEN education_after_senior THEN 0.5 ELSE 0 END)
                 * (1 - 0.3 * least(gap_years / 4.0, 1))
                 * (1 - 0.3 * least(overlap_years / 4.0, 1)) AS score
        FROM feats
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        parts = [f"{f.get('positions', 0)} position(s) over {f.get('career_years')} years"]
        if f.get("senior_title"):
            parts.append("a senior current title")
        if f.get("education_after_senior"):
            parts.append("education finished after a senior role began")
        if (f.get("gap_years") or 0) > 0:
            parts.append(f"{f.get('gap_years')} years of gaps")
        if (f.get("overlap_years") or 0) > 0:
            parts.append(f"{f.get('overlap_years')} years of overlapping jobs")
        return "Career history: " + "; ".join(parts) + "."
