from __future__ import annotations

from pathlib import Path

import cv2
import pytest

from lureguard.photos import MAX_SCORE, analyse_photos, ensure_photo_table
from lureguard.signals.profile.generated_face import GeneratedFace
from tests.signals._world import World
from tests.test_photos import FACES, reframe


def _row(w: World, aid: str, offset: float | None, face: bool, score: float, detail: str) -> None:
    w.con.execute("INSERT INTO photo_features VALUES (?, ?, ?, ?, ?)", [aid, offset, face, score, detail])


def test_generated_face_when_photos_never_analysed_then_no_rows() -> None:
    w = World().account("a", photo_path="p.jpg")
    assert w.run(GeneratedFace()) == {}


def test_generated_face_when_table_empty_then_no_rows() -> None:
    w = World().account("a")
    ensure_photo_table(w.con)
    ensure_photo_table(w.con)  # idempotent
    assert w.run(GeneratedFace()) == {}


@pytest.mark.parametrize(
    ("offset", "face", "score", "expect"),
    [
        (0.01, True, 0.7, 0.7),
        (0.05, True, 0.35, 0.35),
        (0.12, True, 0.0, 0.0),
        (None, False, 0.0, 0.0),
    ],
    ids=["aligned", "near", "off-template", "unusable"],
)
def test_generated_face_when_eyes_aligned_then_supporting_score(
    offset: float | None, face: bool, score: float, expect: float
) -> None:
    w = World().account("a")
    ensure_photo_table(w.con)
    _row(w, "a", offset, face, score, "The eyes at (0.38, 0.47) and (0.62, 0.47) of the 256x256 JPEG frame")
    ev = w.run(GeneratedFace())["a"]
    assert ev.score == pytest.approx(expect) and ev.score <= MAX_SCORE
    assert ev.reason.endswith(".")


def test_generated_face_when_unusable_photo_then_reason_says_why() -> None:
    w = World().account("a")
    ensure_photo_table(w.con)
    _row(w, "a", None, False, 0.0, "The photo path climbs out with '..'")
    ev = w.run(GeneratedFace())["a"]
    assert ev.score == 0.0 and ev.reason == "No generated-face evidence: the photo path climbs out with '..'."


def test_generated_face_ignores_rows_for_unknown_accounts() -> None:
    w = World().account("a")
    ensure_photo_table(w.con)
    _row(w, "ghost", 0.01, True, 0.7, "x")
    assert w.run(GeneratedFace()) == {}


def test_generated_face_end_to_end_from_dataset_folder(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    cv2.imwrite(str(tmp_path / "img" / "tpdne.jpg"), reframe(cv2.imread(str(FACES / "gan_photoac_023.jpg"))))
    w = World().account("fake", photo_path="img/tpdne.jpg").account("evil", photo_path="/etc/passwd")
    w.account("plain")
    analyse_photos(w.con, tmp_path)
    evs = w.run(GeneratedFace())
    assert evs["fake"].score == pytest.approx(MAX_SCORE)
    assert "where face generators put them" in evs["fake"].reason
    assert evs["evil"].score == 0.0 and "absolute" in evs["evil"].reason
    assert "plain" not in evs
