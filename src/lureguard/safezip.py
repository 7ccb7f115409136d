"""Extract zip archives that may have been built by an attacker.

Datasets and LinkedIn exports arrive from people outside our control, and a zip
is a classic carrier for path traversal, symlink escapes and decompression
bombs. ``zipfile.extractall`` sanitises names silently but trusts header sizes
and follows none of our limits, so every member is validated by name first and
then streamed while the bytes *actually written* are counted.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

__all__ = ["UnsafeArchiveError", "iter_members", "safe_extract"]

_CHUNK = 1 << 20
#: Members smaller than this may exceed ``max_ratio``: tiny files compress
#: extremely well (an empty-ish CSV) without being a bomb.
_RATIO_GRACE_BYTES = 1 << 20
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


class UnsafeArchiveError(ValueError):
    """The archive is malformed or hostile; the message names archive and member."""

    def __init__(self, archive: Path | str, member: str | None, reason: str) -> None:
        self.archive = str(archive)
        self.member = member
        self.reason = reason
        where = f"{self.archive}" + (f" (member {member!r})" if member is not None else "")
        super().__init__(f"unsafe archive {where}: {reason}")


def _is_ignored(name: str) -> bool:
    """macOS resource forks and directory entries carry no data we read."""
    parts = name.replace("\\", "/").split("/")
    return parts[0] == "__MACOSX" or name.endswith(("/", "\\"))


def _check_name(archive: Path, name: str) -> str:
    """Return the member's normalised relative POSIX name or raise."""
    if not name or "\x00" in name:
        raise UnsafeArchiveError(archive, name, "empty name or NUL byte in name")
    if name.startswith(("/", "\\")) or _DRIVE_RE.match(name):
        raise UnsafeArchiveError(archive, name, "absolute member name")
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise UnsafeArchiveError(archive, name, "path traversal ('..') in member name")
    if not parts:
        raise UnsafeArchiveError(archive, name, "member name resolves to nothing")
    if any(_DRIVE_RE.match(p) for p in parts):
        raise UnsafeArchiveError(archive, name, "drive letter inside member name")
    return str(PurePosixPath(*parts))


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode)


def _validated(archive: Path, zf: zipfile.ZipFile, max_members: int) -> list[tuple[zipfile.ZipInfo, str]]:
    """Validate every member's metadata before anything is written."""
    infos = zf.infolist()
    if len(infos) > max_members:
        raise UnsafeArchiveError(archive, None, f"{len(infos)} members exceed the limit of {max_members}")
    seen: set[str] = set()
    out: list[tuple[zipfile.ZipInfo, str]] = []
    for info in infos:
        if _is_ignored(info.filename):
            continue
        rel = _check_name(archive, info.filename)
        if _is_symlink(info):
            raise UnsafeArchiveError(archive, info.filename, "symbolic link member")
        if info.flag_bits & 0x1:
            raise UnsafeArchiveError(archive, info.filename, "encrypted member")
        # Case-folded so that two members cannot collide on a case-insensitive disk.
        key = rel.casefold()
        if key in seen:
            raise UnsafeArchiveError(archive, info.filename, "duplicate member name")
        seen.add(key)
        out.append((info, rel))
    return out


def _open(archive: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except zipfile.BadZipFile as exc:
        raise UnsafeArchiveError(archive, None, f"not a valid zip file or truncated ({exc})") from exc
    except OSError as exc:
        raise UnsafeArchiveError(archive, None, f"cannot read archive ({exc})") from exc


def iter_members(archive: Path, *, max_members: int = 100_000) -> list[str]:
    """Validated, normalised member names (files only), without extracting."""
    archive = Path(archive)
    with _open(archive) as zf:
        return [rel for _, rel in _validated(archive, zf, max_members)]


def safe_extract(
    archive: Path,
    dest: Path,
    *,
    max_total_bytes: int = 20 * 2**30,
    max_ratio: float = 200.0,
    max_members: int = 100_000,
) -> list[Path]:
    """Extract ``archive`` into ``dest`` and return the written file paths.

    Limits are enforced on bytes actually decompressed, not on header sizes a
    forger controls. On any error the files written so far are removed, so a
    caller never sees a half-extracted archive.
    """
    archive = Path(archive)
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    root = dest.resolve()
    written: list[Path] = []
    try:
        with _open(archive) as zf:
            members = _validated(archive, zf, max_members)
            total = 0
            for info, rel in members:
                target = (root / rel).resolve()
                # Belt and braces: a name check could miss something the OS resolves.
                if not target.is_relative_to(root):
                    raise UnsafeArchiveError(
                        archive,
                        info.filename,
                        "member resolves outside the destination",
                    )
                target.parent.mkdir(parents=True, exist_ok=True)
                if target.exists():
                    raise UnsafeArchiveError(
                        archive,
                        info.filename,
                        "member would overwrite an existing file",
                    )
                compressed = max(info.compress_size, 1)
                size = 0
                written.append(target)
                try:
                    with zf.open(info) as src, open(target, "xb") as out:
                        while chunk := src.read(_CHUNK):
                            size += len(chunk)
                            total += len(chunk)
                            if total > max_total_bytes:
                                raise UnsafeArchiveError(
                                    archive,
                                    info.filename,
                                    f"total extracted size exceeds the limit of {max_total_bytes} bytes",
                                )
                            if size > _RATIO_GRACE_BYTES and size / compressed > max_ratio:
                                raise UnsafeArchiveError(
                                    archive,
                                    info.filename,
                                    f"compression ratio exceeds {max_ratio:g} (zip bomb?)",
                                )
                            out.write(chunk)
                except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                    raise UnsafeArchiveError(
                        archive, info.filename, f"corrupt or truncated member ({exc})"
                    ) from exc
                except RuntimeError as exc:
                    # zipfile raises RuntimeError for encryption it cannot handle.
                    raise UnsafeArchiveError(
                        archive, info.filename, f"cannot decompress member ({exc})"
                    ) from exc
                except NotImplementedError as exc:
                    raise UnsafeArchiveError(
                        archive, info.filename, f"unsupported compression ({exc})"
                    ) from exc
    except BaseException:
        for path in reversed(written):
            path.unlink(missing_ok=True)
        raise
    return written
