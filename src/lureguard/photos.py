"""Profile-photo analysis: safe file access and the eye-alignment geometry of generated faces.

Why a separate step: looking at pixels is per image and slow compared with SQL,
and it needs the dataset folder, which the store does not keep. So
:func:`analyse_photos` runs once after ingest and fills ``photo_features``; the
``generated_face`` signal is then an ordinary query over that table.

Why eye positions: StyleGAN-family generators (thispersondoesnotexist.com and
the "generated.photos" style sites) are trained on FFHQ, whose faces were
aligned so that the eyes sit at fixed coordinates of the frame. Every
generated portrait inherits that alignment; people noticed it by overlaying
fake LinkedIn profile photos (Stanford Internet Observatory, DiResta and
Goldstein, 2022), and landmark position is a published cue for GAN faces
(Yang, Li and Lyu, "Exposing GAN-synthesized faces using landmark locations",
2019; Mundra et al., "Exposing GAN-generated profile photos from compact
embeddings", 2023). Only geometry is measured (where the eyes are), never skin,
hair or any other property of the person; a well-centred professional headshot
can match too, so the score stays modest and is meant to support other
evidence, not to flag on its own.

Why all the checks: ``photo.path`` comes from the dataset, i.e. possibly from an
attacker. It is resolved inside the dataset folder only (no absolute paths, no
``..``, no symlink leaving the folder, regular files only, a size cap), and an
image's dimensions are read from its header before it is decoded, so a small
file that expands to gigapixels is refused. A bad image is never an error: it
becomes a row with score 0 and a sentence saying why.
"""

from __future__ import annotations

import logging
import math
import os
import re
import stat
import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import duckdb

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "MAX_SCORE",
    "TEMPLATE_LEFT_EYE",
    "TEMPLATE_RIGHT_EYE",
    "EyeGeometry",
    "PhotoFeatures",
    "PhotoRejected",
    "analyse_photo",
    "analyse_photo_guarded",
    "analyse_photos",
    "ensure_photo_table",
    "eye_geometry_score",
    "image_header",
    "is_absent",
    "read_photo",
    "resolve_photo_path",
]

log = logging.getLogger(__name__)

#: A profile photo is a few hundred kilobytes; anything this big is not one.
MAX_FILE_BYTES: Final = 10 * 1024 * 1024
#: Header dimensions are checked against these before any pixel is decoded.
MAX_SIDE: Final = 10_000
MAX_PIXELS: Final = 40_000_000
#: Below this a face detector finds nothing worth measuring.
MIN_SIDE: Final = 64
#: Images are shrunk to this longest side before detection: speed, and the
#: geometry is relative to the frame anyway.
WORK_SIDE: Final = 640

#: Eye centres of an FFHQ-aligned portrait as fractions of (width, height).
#: From the FFHQ alignment: the crop side is 4x the eye distance and the crop
#: centre sits 0.1 of the eye-to-mouth vector below the eyes' midpoint, which
#: puts the eyes at x = 0.5 -/+ 0.125 and y ≈ 0.47.
TEMPLATE_LEFT_EYE: Final = (0.375, 0.4725)
TEMPLATE_RIGHT_EYE: Final = (0.625, 0.4725)
#: Offsets (largest eye-to-template distance, in frame fractions) at which the
#: score is full and at which it has fallen to zero. Haar eye boxes are only
#: accurate to a few percent of the frame, hence the width of the band.
NEAR: Final = 0.03
FAR: Final = 0.07
#: Supporting evidence only: a centred genuine headshot can match the template.
MAX_SCORE: Final = 0.7

PHOTO_TABLE: Final = "photo_features"

_DRIVE_RE = re.compile(r"^[A-Za-z]:")
_MAX_PATH_CHARS = 1024
#: The one refusal that may mean "look in another dataset folder", not "bad photo".
_MISSING = "the photo file is not in the dataset folder"


class PhotoRejected(ValueError):
    """The photo cannot be used; ``reason`` is a sentence fragment for the detail."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class EyeGeometry:
    """Where a detector put the face and the two eyes, in pixels of the analysed frame."""

    width: int
    height: int
    left_eye: tuple[float, float]
    right_eye: tuple[float, float]


@dataclass(frozen=True)
class PhotoFeatures:
    """One account's row of ``photo_features``."""

    eye_offset: float | None
    face_found: bool
    synthetic_score: float
    detail: str


# --- safe file access ---------------------------------------------------------------


def resolve_photo_path(root: Path, rel: str) -> Path:
    """The real path of ``rel`` inside ``root``, or :class:`PhotoRejected`.

    Both ``/`` and ``\\`` count as separators so that a Windows-style name cannot
    smuggle a ``..`` past the check; the final ``resolve`` catches symlinks
    (anywhere in the path) that lead out of the folder.
    """
    if not isinstance(rel, str) or not rel.strip() or len(rel) > _MAX_PATH_CHARS or "\x00" in rel:
        raise PhotoRejected("the photo path is empty or malformed")
    if "://" in rel:
        raise PhotoRejected("the photo path is a URL; nothing is fetched")
    norm = rel.replace("\\", "/")
    if norm.startswith("/") or _DRIVE_RE.match(norm):
        raise PhotoRejected("the photo path is absolute")
    parts = [p for p in PurePosixPath(norm).parts if p not in ("", ".")]
    if ".." in parts:
        raise PhotoRejected("the photo path climbs out with '..'")
    if not parts:
        raise PhotoRejected("the photo path is empty or malformed")
    base = Path(root).resolve(strict=True)
    try:
        real = base.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # missing, or a symlink loop
        raise PhotoRejected(_MISSING) from exc
    if not real.is_relative_to(base):
        raise PhotoRejected("the photo path is a link leading outside the dataset folder")
    return real


def read_photo(root: Path, rel: str, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a photo inside ``root``: a regular file no larger than ``max_bytes``.

    The file is opened without following a final symlink and without blocking
    (a FIFO would otherwise hang the scan), and the type and size are checked on
    the open descriptor, so a swap between check and read gains nothing.
    """
    real = resolve_photo_path(root, rel)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(real, flags)
    except OSError as exc:
        raise PhotoRejected("the photo file cannot be opened") from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise PhotoRejected("the photo path is not a regular file")
        if st.st_size > max_bytes:
            raise PhotoRejected(f"the photo file is larger than {max_bytes // (1024 * 1024)} MB")
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise PhotoRejected("the photo file cannot be read") from exc
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise PhotoRejected(f"the photo file is larger than {max_bytes // (1024 * 1024)} MB")
    return data


# --- image headers --------------------------------------------------------------------

_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int]:
    i = 2
    n = len(data)
    while i < n:
        if data[i] != 0xFF:
            raise PhotoRejected("the JPEG header is corrupt")
        while i < n and data[i] == 0xFF:  # fill bytes
            i += 1
        if i >= n:
            break
        marker = data[i]
        i += 1
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame header
            break
        if i + 2 > n:
            break
        (seg,) = struct.unpack(">H", data[i : i + 2])
        if seg < 2:
            raise PhotoRejected("the JPEG header is corrupt")
        if marker in _JPEG_SOF:
            if i + 7 > n:
                break
            h, w = struct.unpack(">HH", data[i + 3 : i + 7])
            return int(w), int(h)
        i += seg
    raise PhotoRejected("the JPEG has no frame header")


def _webp_size(data: bytes) -> tuple[int, int]:
    kind = data[12:16]
    if kind == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        w, h = struct.unpack("<HH", data[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if kind == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8X" and len(data) >= 30:
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return w, h
    raise PhotoRejected("the WebP header is corrupt")


def image_header(data: bytes) -> tuple[str, int, int]:
    """Format, width and height read from the header alone: nothing is decoded.

    Only the formats profile photos come in (JPEG, PNG, WebP) are accepted;
    OpenCV can decode many more, and each extra decoder is extra attack surface.
    """
    if data[:3] == b"\xff\xd8\xff":
        fmt, (w, h) = "jpeg", _jpeg_size(data)
    elif data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        fmt = "png"
        w, h = struct.unpack(">II", data[16:24])
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        fmt, (w, h) = "webp", _webp_size(data)
    else:
        raise PhotoRejected("the photo is not a JPEG, PNG or WebP image")
    return fmt, int(w), int(h)


def _check_dimensions(w: int, h: int) -> None:
    if w <= 0 or h <= 0:
        raise PhotoRejected("the image header gives no size")
    if w > MAX_SIDE or h > MAX_SIDE or w * h > MAX_PIXELS:
        raise PhotoRejected(f"the image claims {w}x{h} pixels, more than a profile photo can have")
    if min(w, h) < MIN_SIDE:
        raise PhotoRejected(f"the image is too small ({w}x{h}) to find a face in")


# --- detection and geometry -----------------------------------------------------------


@cache
def _cascades() -> tuple[Any, Any, Any]:
    """OpenCV's bundled Haar cascades, loaded once; nothing is downloaded."""
    import cv2

    base = Path(cv2.data.haarcascades)  # type: ignore[attr-defined]  # cv2 stubs omit cv2.data
    out = []
    for name in (
        "haarcascade_frontalface_default.xml",
        "haarcascade_eye.xml",
        "haarcascade_eye_tree_eyeglasses.xml",
    ):
        cc = cv2.CascadeClassifier(str(base / name))
        if cc.empty():
            raise RuntimeError(
                f"OpenCV's bundled cascade {name} is missing; install opencv-python-headless<5"
            )
        out.append(cc)
    return out[0], out[1], out[2]


def _decode_gray(data: bytes, w: int, h: int) -> Any:
    """Decode to greyscale, letting libjpeg downscale big images while decoding."""
    import cv2
    import numpy as np

    flag = cv2.IMREAD_GRAYSCALE
    longest = max(w, h)
    if longest >= 8 * WORK_SIDE:
        flag = cv2.IMREAD_REDUCED_GRAYSCALE_8
    elif longest >= 4 * WORK_SIDE:
        flag = cv2.IMREAD_REDUCED_GRAYSCALE_4
    elif longest >= 2 * WORK_SIDE:
        flag = cv2.IMREAD_REDUCED_GRAYSCALE_2
    img = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), flag)
    if img is None or img.ndim != 2 or img.size == 0:
        raise PhotoRejected("the image could not be decoded")
    dh, dw = img.shape
    if dw > w or dh > h:  # the header lied about the size
        raise PhotoRejected("the decoded image is larger than its header says")
    return img


def detect_eyes(gray: Any) -> EyeGeometry | None:
    """The largest frontal face and one eye on each side of it, or ``None`` without a face.

    Returns a geometry with eyes set to NaN when a face is found but not both eyes.
    """
    import cv2

    face_cc, eye_cc, glasses_cc = _cascades()
    h, w = gray.shape
    scale = min(1.0, WORK_SIDE / max(h, w))
    if scale < 1.0:
        gray = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    h, w = gray.shape
    eq = cv2.equalizeHist(gray)
    side = max(24, int(min(w, h) * 0.15))
    faces = face_cc.detectMultiScale(eq, scaleFactor=1.1, minNeighbors=5, minSize=(side, side))
    if len(faces) == 0:
        return None
    fx, fy, fw, fh = (int(v) for v in max(faces, key=lambda f: (int(f[2]) * int(f[3]), -int(f[0]))))
    roi = eq[fy : fy + int(fh * 0.6), fx : fx + fw]
    nan = (math.nan, math.nan)
    for cc in (eye_cc, glasses_cc):
        eyes = cc.detectMultiScale(
            roi, scaleFactor=1.1, minNeighbors=5, minSize=(fw // 12, fw // 12), maxSize=(fw // 3, fw // 3)
        )
        centres = [(fx + ex + ew / 2, fy + ey + eh / 2, float(ew * eh)) for ex, ey, ew, eh in eyes]
        left = [c for c in centres if c[0] < fx + fw / 2]
        right = [c for c in centres if c[0] >= fx + fw / 2]
        if left and right:
            # Brows and nostrils are often found too; real eyes are a level pair of similar size.
            lc, rc = min(
                ((lc, rc) for lc in left for rc in right),
                key=lambda p: (
                    abs(p[0][1] - p[1][1]) / fh + abs(math.sqrt(p[0][2]) - math.sqrt(p[1][2])) / fw,
                    p[0][0],
                    p[1][0],
                ),
            )
            return EyeGeometry(w, h, (lc[0], lc[1]), (rc[0], rc[1]))
    return EyeGeometry(w, h, nan, nan)


def eye_geometry_score(
    left: tuple[float, float], right: tuple[float, float], width: float, height: float
) -> tuple[float, float]:
    """``(eye_offset, score)``: how far the eyes are from the aligned-generator template.

    ``eye_offset`` is the larger of the two eyes' distances from their template
    position, with x as a fraction of the width and y of the height; the score
    is :data:`MAX_SCORE` up to :data:`NEAR` and falls linearly to 0 at :data:`FAR`.
    """
    pts = ((left[0] / width, left[1] / height), (right[0] / width, right[1] / height))
    offset = max(
        math.dist(pts[0], TEMPLATE_LEFT_EYE),
        math.dist(pts[1], TEMPLATE_RIGHT_EYE),
    )
    if offset != offset:  # NaN: an eye is missing
        return math.nan, 0.0
    frac = min(1.0, max(0.0, (FAR - offset) / (FAR - NEAR)))
    return offset, round(MAX_SCORE * frac, 4)


def _rejected(reason: str, *, face_found: bool = False) -> PhotoFeatures:
    return PhotoFeatures(None, face_found, 0.0, reason[:1].upper() + reason[1:])


def analyse_image(data: bytes) -> PhotoFeatures:
    """Features of one image given as bytes (already size-checked)."""
    try:
        fmt, w, h = image_header(data)
        _check_dimensions(w, h)
        gray = _decode_gray(data, w, h)
    except PhotoRejected as exc:
        return _rejected(exc.reason)
    geo = detect_eyes(gray)
    if geo is None:
        return _rejected("no frontal face was found in the photo")
    offset, score = eye_geometry_score(geo.left_eye, geo.right_eye, geo.width, geo.height)
    if offset != offset:
        return _rejected("a face was found but not both eyes", face_found=True)
    lx, ly = geo.left_eye[0] / geo.width, geo.left_eye[1] / geo.height
    rx, ry = geo.right_eye[0] / geo.width, geo.right_eye[1] / geo.height
    where = f"eyes at ({lx:.2f}, {ly:.2f}) and ({rx:.2f}, {ry:.2f}) of the {w}x{h} {fmt.upper()} frame"
    if score > 0:
        detail = f"The {where} sit {offset:.3f} from where face generators put them"
    else:
        detail = f"The {where} are {offset:.3f} away from where face generators put them"
    return PhotoFeatures(round(offset, 4), True, score, detail)


def analyse_photo(root: Path, rel: str) -> PhotoFeatures:
    """Features of the photo at ``rel`` inside ``root``; problems become a score-0 row."""
    try:
        data = read_photo(root, rel)
    except PhotoRejected as exc:
        return _rejected(exc.reason)
    return analyse_image(data)


def analyse_photo_guarded(root: Path, rel: str, *, account_id: str = "") -> PhotoFeatures:
    """:func:`analyse_photo`, but a decoder's own bug becomes a score-0 row instead of ending the scan.

    Shared by the store's step and the Spark one (``spark.spark_photo_features``), so one
    bad image gives the same row on both.
    """
    try:
        return analyse_photo(root, rel)
    except Exception as exc:
        log.warning("photo analysis failed for account %s: %s", account_id, type(exc).__name__)
        return _rejected("the photo could not be analysed")


def is_absent(feats: PhotoFeatures) -> bool:
    """The file is not under this root: another dataset folder may hold it (keep an earlier result)."""
    return feats.detail == _rejected(_MISSING).detail


# --- the table --------------------------------------------------------------------------


def ensure_photo_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``photo_features`` if absent (``store.connect`` already does; kept for other connections)."""
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {PHOTO_TABLE} (account_id VARCHAR, eye_offset DOUBLE, "
        "face_found BOOLEAN, synthetic_score DOUBLE, detail VARCHAR)"
    )


def analyse_photos(con: duckdb.DuckDBPyConnection, dataset_root: Path) -> int:
    """Analyse every account's ``photo_path`` under ``dataset_root``; returns rows written.

    Each distinct path is read once. An account whose file is simply absent
    under this root keeps an earlier result (several datasets may be ingested
    into one store, each with its own folder).
    """
    ensure_photo_table(con)
    rows = con.execute(
        "SELECT id, photo_path FROM accounts WHERE photo_path IS NOT NULL ORDER BY id"
    ).fetchall()
    if not rows:
        return 0
    root = Path(dataset_root)
    done: dict[str, PhotoFeatures] = {}
    out: list[tuple[str, float | None, bool, float, str]] = []
    absent: list[tuple[str, float | None, bool, float, str]] = []
    for account_id, rel in rows:
        feats = done.get(rel)
        if feats is None:
            feats = done[rel] = analyse_photo_guarded(root, rel, account_id=str(account_id))
        row = (str(account_id), feats.eye_offset, feats.face_found, feats.synthetic_score, feats.detail)
        (absent if is_absent(feats) else out).append(row)
    import pyarrow as pa

    def table(rs: list[tuple[str, float | None, bool, float, str]]) -> pa.Table:
        cols: list[tuple[Any, ...]] = list(zip(*rs, strict=True)) if rs else [()] * 5
        return pa.table(
            {
                "account_id": pa.array(cols[0], pa.string()),
                "eye_offset": pa.array(cols[1], pa.float64()),
                "face_found": pa.array(cols[2], pa.bool_()),
                "synthetic_score": pa.array(cols[3], pa.float64()),
                "detail": pa.array(cols[4], pa.string()),
            }
        )

    con.register("_photo_new", table(out))
    con.register("_photo_absent", table(absent))
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(f"DELETE FROM {PHOTO_TABLE} WHERE account_id IN (SELECT account_id FROM _photo_new)")
            con.execute(f"INSERT INTO {PHOTO_TABLE} SELECT * FROM _photo_new")
            con.execute(
                f"INSERT INTO {PHOTO_TABLE} SELECT * FROM _photo_absent n "
                f"WHERE NOT EXISTS (SELECT 1 FROM {PHOTO_TABLE} p WHERE p.account_id = n.account_id)"
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    finally:
        con.unregister("_photo_new")
        con.unregister("_photo_absent")
    return len(out) + len(absent)
