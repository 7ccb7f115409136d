"""A profile photo whose eyes sit exactly where face generators put them.

Catches: personas whose portrait came from a StyleGAN-family generator
("this person does not exist" sites). Those generators learnt from FFHQ, whose
faces were aligned so that the eyes land at fixed coordinates of the frame,
and every generated face keeps that alignment; overlaying the photos of fake
LinkedIn profiles showed it (Stanford Internet Observatory, DiResta and
Goldstein, 2022; landmark positions as a GAN cue: Yang, Li and Lyu, 2019).

The pixels are read once, by ``lureguard.photos.analyse_photos``, into the
``photo_features`` table (derived from ``accounts.photo_path``, hence
``reads = ("accounts",)``); this signal is a query over it. Only geometry is
used. A centred professional headshot can match the template too, and cropped
or re-framed generated photos and diffusion-model images (Midjourney, Stable
Diffusion) do not, so the score is capped at 0.7: supporting evidence for
other signals, not a verdict. Photos that could not be used (missing, refused,
no face) give a row with score 0 and a sentence saying why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

from lureguard.photos import FAR, PHOTO_TABLE
from lureguard.signals.base import Signal

#: The query proper, over ``photo_features``; portable SQL (DuckDB and Spark).
PHOTO_SQL: Final = f"""
SELECT p.account_id,
       max(p.eye_offset) AS eye_offset,
       bool_or(p.face_found) AS face_found,
       max(p.detail) AS detail,
       max(p.synthetic_score) AS score
FROM {PHOTO_TABLE} p JOIN accounts a ON a.id = p.account_id
GROUP BY p.account_id
"""


class GeneratedFace(Signal):
    name: ClassVar[str] = "generated_face"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("accounts",)
    summary: ClassVar[str] = (
        "Profile photo's eyes sit where StyleGAN-type face generators align them (supporting evidence only)."
    )
    features: ClassVar[tuple[str, ...]] = ("eye_offset", "face_found", "detail")

    def query(self) -> str:
        # photo_features is part of the store's schema (empty until photos are
        # analysed), so the plain query always binds, on DuckDB and on Spark.
        return PHOTO_SQL

    def reason(self, f: Mapping[str, Any]) -> str:
        detail = str(f.get("detail") or "The profile photo was not analysed").rstrip(".")
        offset = f.get("eye_offset")
        if offset is None:
            return f"No generated-face evidence: {detail[:1].lower() + detail[1:]}."
        if float(offset) < FAR:
            return f"{detail} (supporting evidence only: a centred genuine headshot can match too)."
        return f"{detail}."
