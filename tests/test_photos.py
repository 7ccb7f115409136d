"""Photo analysis: hostile paths and files are refused, bad images give no evidence, geometry scores."""

from __future__ import annotations

import math
import os
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest

from lureguard import photos
from lureguard.photos import (
    MAX_SCORE,
    TEMPLATE_LEFT_EYE,
    TEMPLATE_RIGHT_EYE,
    PhotoRejected,
    analyse_image,
    analyse_photo,
    analyse_photos,
    detect_eyes,
    eye_geometry_score,
    image_header,
    read_photo,
    resolve_photo_path,
)
from lureguard.store import connect

FACES = Path(__file__).parent / "fixtures" / "faces"


def reframe(img: np.ndarray, side: int = 256) -> np.ndarray:
    """Move a face so its eyes land on the generator template: what an unedited download looks like."""
    geo = detect_eyes(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY))
    assert geo is not None and not math.isnan(geo.left_eye[0])
    k = img.shape[1] / geo.width
    src = np.float32([[c * k for c in geo.left_eye], [c * k for c in geo.right_eye]])
    dst = np.float32([[c * side for c in TEMPLATE_LEFT_EYE], [c * side for c in TEMPLATE_RIGHT_EYE]])
    m, _ = cv2.estimateAffinePartial2D(src, dst)
    return cv2.warpAffine(img, m, (side, side), borderMode=cv2.BORDER_REPLICATE)


def jpeg(img: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return buf.tobytes()


def png_header(w: int, h: int) -> bytes:
    """A PNG that is only a header claiming ``w`` x ``h``: a decompression-bomb stand-in."""
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk + b"\x00" * 64


def jpeg_header(w: int, h: int) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, h, w, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x00" * 9 + sof + b"\xff\xd9"


def webp_vp8x_header(w: int, h: int) -> bytes:
    body = b"WEBP" + b"VP8X" + struct.pack("<I", 10) + b"\x00" * 4
    body += (w - 1).to_bytes(3, "little") + (h - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", len(body)) + body


@pytest.fixture
def root(tmp_path: Path) -> Path:
    r = tmp_path / "dataset"
    (r / "photos").mkdir(parents=True)
    (r / "photos" / "ok.jpg").write_bytes((FACES / "gan_photoac_023.jpg").read_bytes())
    (tmp_path / "secret.jpg").write_bytes((FACES / "gan_photoac_023.jpg").read_bytes())
    return r


# --- paths ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rel", "why"),
    [
        ("/etc/passwd", "absolute"),
        ("C:\\Windows\\win.ini", "absolute"),
        ("c:photos/ok.jpg", "absolute"),
        ("../secret.jpg", "'..'"),
        ("photos/../../secret.jpg", "'..'"),
        ("photos\\..\\..\\secret.jpg", "'..'"),
        ("https://example.org/face.jpg", "URL"),
        ("file:///etc/passwd", "URL"),
        ("", "empty"),
        ("   ", "empty"),
        ("photos/ok.jpg\x00.png", "malformed"),
        ("x" * 5000, "malformed"),
        ("photos/none.jpg", "not in the dataset"),
        (".", "empty"),
    ],
)
def test_photo_path_when_hostile_or_missing_then_rejected(root: Path, rel: str, why: str) -> None:
    with pytest.raises(PhotoRejected, match=why):
        resolve_photo_path(root, rel)


def test_photo_path_when_inside_dataset_then_resolved(root: Path) -> None:
    assert resolve_photo_path(root, "photos/ok.jpg") == (root / "photos" / "ok.jpg").resolve()
    assert resolve_photo_path(root, "./photos//ok.jpg") == (root / "photos" / "ok.jpg").resolve()


def test_photo_path_when_symlink_leaves_dataset_then_rejected(root: Path) -> None:
    (root / "photos" / "link.jpg").symlink_to(root.parent / "secret.jpg")
    (root / "outdir").symlink_to(root.parent, target_is_directory=True)
    for rel in ("photos/link.jpg", "outdir/secret.jpg"):
        with pytest.raises(PhotoRejected, match="outside the dataset"):
            resolve_photo_path(root, rel)


def test_photo_path_when_symlink_stays_inside_then_allowed(root: Path) -> None:
    (root / "alias.jpg").symlink_to(root / "photos" / "ok.jpg")
    assert read_photo(root, "alias.jpg") == (root / "photos" / "ok.jpg").read_bytes()


def test_photo_file_when_symlink_loops_then_rejected(root: Path) -> None:
    (root / "loop.jpg").symlink_to(root / "loop.jpg")
    with pytest.raises(PhotoRejected):
        read_photo(root, "loop.jpg")


def test_photo_file_when_directory_then_rejected(root: Path) -> None:
    with pytest.raises(PhotoRejected, match="regular file"):
        read_photo(root, "photos")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_photo_file_when_fifo_then_rejected_without_blocking(root: Path) -> None:
    os.mkfifo(root / "pipe.jpg")
    with pytest.raises(PhotoRejected, match="regular file"):
        read_photo(root, "pipe.jpg")


def test_photo_file_when_over_size_cap_then_rejected(root: Path) -> None:
    with (root / "huge.jpg").open("wb") as f:  # sparse: costs no disk
        f.truncate(photos.MAX_FILE_BYTES + 1)
    with pytest.raises(PhotoRejected, match="larger than 10 MB"):
        read_photo(root, "huge.jpg")
    assert analyse_photo(root, "huge.jpg").synthetic_score == 0.0


# --- headers and bombs ------------------------------------------------------------------


def test_image_header_reads_real_sizes_without_decoding() -> None:
    img = np.full((90, 120, 3), 128, np.uint8)
    for ext, fmt in ((".jpg", "jpeg"), (".png", "png"), (".webp", "webp")):
        ok, buf = cv2.imencode(ext, img)
        assert ok
        assert image_header(buf.tobytes()) == (fmt, 120, 90)
    assert image_header(png_header(7, 9)) == ("png", 7, 9)
    assert image_header(jpeg_header(11, 13)) == ("jpeg", 11, 13)
    assert image_header(webp_vp8x_header(15, 17)) == ("webp", 15, 17)


@pytest.mark.parametrize(
    "data",
    [
        png_header(50_000, 50_000),
        png_header(100_000, 10),
        jpeg_header(65_000, 65_000),
        webp_vp8x_header(16_000_000, 16_000_000),
    ],
    ids=["png-2.5-gigapixel", "png-absurd-width", "jpeg-4-gigapixel", "webp-huge-canvas"],
)
def test_analyse_image_when_header_claims_absurd_size_then_refused_before_decoding(
    data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_decode(*_: object) -> None:
        raise AssertionError("decoded a bomb")

    monkeypatch.setattr(photos, "_decode_gray", no_decode)
    f = analyse_image(data)
    assert f.synthetic_score == 0.0 and not f.face_found and "more than a profile photo" in f.detail


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"GIF89a" + b"\x00" * 64, "not a JPEG, PNG or WebP"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not a JPEG, PNG or WebP"),
        (b"", "not a JPEG, PNG or WebP"),
        (b"\xff\xd8\xff\xe0\x00", "no frame header"),
        (b"\xff\xd8\xff\xe0\x00\x01", "corrupt"),
        (png_header(20, 20), "too small"),
        (png_header(0, 300), "no size"),
        (png_header(300, 300), "could not be decoded"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 \x00", "WebP header is corrupt"),
    ],
)
def test_analyse_image_when_broken_then_no_evidence_with_reason(data: bytes, why: str) -> None:
    f = analyse_image(data)
    assert f.synthetic_score == 0.0 and f.eye_offset is None
    assert why.lower() in f.detail.lower()


def test_analyse_image_when_jpeg_truncated_then_no_crash() -> None:
    data = (FACES / "gan_nyt_019.jpg").read_bytes()
    for cut in (3, 40, 400, len(data) // 2):
        f = analyse_image(data[:cut])
        assert 0.0 <= f.synthetic_score <= MAX_SCORE and f.detail


# --- geometry ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "score"),
    [
        (TEMPLATE_LEFT_EYE, TEMPLATE_RIGHT_EYE, MAX_SCORE),
        ((0.385, 0.48), (0.615, 0.465), MAX_SCORE),
        ((0.375, 0.5225), (0.625, 0.5225), 0.35),
        ((0.30, 0.55), (0.60, 0.55), 0.0),
        ((0.5, 0.3), (0.8, 0.3), 0.0),
        ((math.nan, math.nan), TEMPLATE_RIGHT_EYE, 0.0),
    ],
    ids=["on-template", "within-tolerance", "halfway", "off-template", "far-off", "missing-eye"],
)
def test_eye_geometry_score_when_eyes_near_template_then_high(
    left: tuple[float, float], right: tuple[float, float], score: float
) -> None:
    w, h = 400, 500  # relative to the frame, whatever its shape
    _, got = eye_geometry_score((left[0] * w, left[1] * h), (right[0] * w, right[1] * h), w, h)
    assert got == pytest.approx(score, abs=0.01)
    assert 0.0 <= got <= MAX_SCORE


def test_generated_face_when_reframed_to_generator_alignment_then_high() -> None:
    for name in ("gan_nyt_019.jpg", "gan_photoac_023.jpg"):
        img = cv2.imread(str(FACES / name))
        f = analyse_image(jpeg(reframe(img)))
        assert f.face_found and f.eye_offset is not None and f.eye_offset < 0.03
        assert f.synthetic_score == pytest.approx(MAX_SCORE)


def test_generated_face_when_diffusion_image_off_template_then_zero() -> None:
    f = analyse_photo(FACES, "sd_032.jpg")
    assert f.face_found and f.synthetic_score == 0.0 and "away from" in f.detail


def test_generated_face_score_ignores_brightness_and_tint() -> None:
    """Only geometry counts: a darker or tinted copy of a face gives the same eye offset."""
    img = reframe(cv2.imread(str(FACES / "gan_photoac_023.jpg")))
    base = analyse_image(jpeg(img))
    darker = analyse_image(jpeg((img * 0.55).astype(np.uint8)))
    warm = analyse_image(jpeg(np.clip(img * np.array([0.7, 0.85, 1.1]), 0, 255).astype(np.uint8)))
    for other in (darker, warm):
        assert other.eye_offset is not None and base.eye_offset is not None
        assert abs(other.eye_offset - base.eye_offset) < 0.01


def test_analyse_image_when_no_face_then_face_not_found() -> None:
    ramp = np.tile(np.linspace(0, 255, 200, dtype=np.uint8), (200, 1))
    f = analyse_image(jpeg(cv2.cvtColor(ramp, cv2.COLOR_GRAY2BGR)))
    assert not f.face_found and f.synthetic_score == 0.0 and "no frontal face" in f.detail.lower()


def test_analyse_image_when_large_then_downscaled_and_same_geometry() -> None:
    img = reframe(cv2.imread(str(FACES / "gan_photoac_023.jpg")))
    big = cv2.resize(img, (2600, 2600), interpolation=cv2.INTER_CUBIC)
    f = analyse_image(jpeg(big))
    assert f.synthetic_score > 0.5 and "2600x2600" in f.detail


# --- the table --------------------------------------------------------------------------


def test_analyse_photos_fills_one_row_per_account_and_never_crashes(root: Path) -> None:
    cv2.imwrite(str(root / "photos" / "aligned.jpg"), reframe(cv2.imread(str(FACES / "gan_nyt_019.jpg"))))
    (root / "photos" / "junk.jpg").write_bytes(b"not an image at all")
    con = connect()
    paths = {
        "aligned": "photos/aligned.jpg",
        "aligned2": "photos/aligned.jpg",
        "cropped": "photos/ok.jpg",
        "escape": "../secret.jpg",
        "absolute": str(root.parent / "secret.jpg"),
        "junk": "photos/junk.jpg",
        "gone": "photos/gone.jpg",
        "nophoto": None,
    }
    for aid, p in paths.items():
        con.execute("INSERT INTO accounts (id, photo_path) VALUES (?, ?)", [aid, p])
    assert analyse_photos(con, root) == 7
    rows = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT account_id, synthetic_score, face_found, detail FROM photo_features"
        ).fetchall()
    }
    assert set(rows) == set(paths) - {"nophoto"}
    assert rows["aligned"][0] == pytest.approx(MAX_SCORE) and rows["aligned2"] == rows["aligned"]
    for aid in ("escape", "absolute", "junk", "gone"):
        assert rows[aid][0] == 0.0 and not rows[aid][1] and rows[aid][2]
    assert "secret" not in " ".join(r[2] for r in rows.values())  # paths never reach the detail
    # Running again replaces rather than duplicates.
    analyse_photos(con, root)
    assert con.execute("SELECT count(*) FROM photo_features").fetchone() == (7,)


def test_analyse_photos_when_second_root_lacks_file_then_first_result_kept(
    root: Path, tmp_path: Path
) -> None:
    con = connect()
    con.execute("INSERT INTO accounts (id, photo_path) VALUES ('a', 'photos/ok.jpg')")
    analyse_photos(con, root)
    first = con.execute("SELECT * FROM photo_features").fetchall()
    other = tmp_path / "other"
    other.mkdir()
    analyse_photos(con, other)
    assert con.execute("SELECT * FROM photo_features").fetchall() == first


def test_analyse_photos_when_no_photos_then_empty_table() -> None:
    con = connect()
    assert analyse_photos(con, Path(".")) == 0
    assert con.execute("SELECT count(*) FROM photo_features").fetchone() == (0,)
