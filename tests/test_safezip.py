"""Hostile archives are refused with an error naming archive and member."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from lureguard.safezip import UnsafeArchiveError, iter_members, safe_extract


def _zip(path: Path, members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


def test_safe_extract_when_archive_is_clean_then_files_written(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "ok.zip",
        {
            "a.csv": b"x,y\n1,2\n",
            "sub/b.csv": b"z\n",
            "sub/": b"",
            "__MACOSX/._a.csv": b"junk",
        },
    )
    out = safe_extract(archive, tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in out) == [
        "a.csv",
        "sub/b.csv",
    ]
    assert (tmp_path / "out" / "a.csv").read_bytes() == b"x,y\n1,2\n"
    assert not (tmp_path / "out" / "__MACOSX").exists()
    assert iter_members(archive) == ["a.csv", "sub/b.csv"]


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../evil.csv", "traversal"),
        ("a/../../evil.csv", "traversal"),
        ("..\\evil.csv", "traversal"),
        ("/etc/evil.csv", "absolute"),
        ("C:\\evil.csv", "absolute"),
        ("C:/evil.csv", "absolute"),
        ("\\\\server\\share\\evil.csv", "absolute"),
    ],
)
def test_safe_extract_when_member_name_escapes_then_rejected(tmp_path: Path, name: str, why: str) -> None:
    archive = _zip(tmp_path / "bad.zip", {"fine.csv": b"1", name: b"pwned"})
    with pytest.raises(UnsafeArchiveError, match=why) as err:
        safe_extract(archive, tmp_path / "out")
    assert "bad.zip" in str(err.value)
    assert name in str(err.value) or repr(name)[1:-1] in str(err.value)
    assert not (tmp_path / "evil.csv").exists()
    # Validation happens before extraction: nothing at all was written.
    assert not any((tmp_path / "out").rglob("*"))


def test_safe_extract_when_member_is_symlink_then_rejected(tmp_path: Path) -> None:
    archive = tmp_path / "link.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        info = zipfile.ZipInfo("link.csv")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(UnsafeArchiveError, match="symbolic link") as err:
        safe_extract(archive, tmp_path / "out")
    assert "link.csv" in str(err.value)


def test_safe_extract_when_names_duplicate_then_rejected(tmp_path: Path) -> None:
    archive = tmp_path / "dup.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.csv", b"1")
        with pytest.warns(UserWarning, match="Duplicate name"):
            zf.writestr("a.csv", b"2")
    with pytest.raises(UnsafeArchiveError, match="duplicate"):
        safe_extract(archive, tmp_path / "out")


def test_safe_extract_when_member_encrypted_then_rejected(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "enc.zip", {"a.csv": b"secret"}, compression=zipfile.ZIP_STORED)
    raw = bytearray(archive.read_bytes())
    # Set the "encrypted" general-purpose flag in both the local and central headers.
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = raw.index(sig)
        raw[pos + off] |= 0x1
    archive.write_bytes(bytes(raw))
    with pytest.raises(UnsafeArchiveError, match="encrypted"):
        safe_extract(archive, tmp_path / "out")


def test_safe_extract_when_ratio_is_a_bomb_then_aborted_and_cleaned(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("small.csv", b"a,b\n1,2\n")
        with zf.open("zeros.csv", "w") as fh:
            block = b"\0" * (1 << 20)
            for _ in range(50):
                fh.write(block)
    with pytest.raises(UnsafeArchiveError, match="ratio") as err:
        safe_extract(archive, tmp_path / "out")
    assert "zeros.csv" in str(err.value)
    # Nothing partial is left behind, not even the member extracted before the bomb.
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file()]


def test_safe_extract_when_total_size_exceeds_limit_then_aborted(
    tmp_path: Path,
) -> None:
    archive = _zip(tmp_path / "big.zip", {f"f{i}.csv": bytes(range(256)) * 40 for i in range(5)})
    with pytest.raises(UnsafeArchiveError, match="total extracted size"):
        safe_extract(archive, tmp_path / "out", max_total_bytes=30_000)
    assert safe_extract(archive, tmp_path / "ok", max_total_bytes=60_000)


def test_safe_extract_when_too_many_members_then_rejected(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "many.zip", {f"{i}.csv": b"x" for i in range(5)})
    with pytest.raises(UnsafeArchiveError, match="members exceed"):
        iter_members(archive, max_members=3)


def test_safe_extract_when_archive_truncated_then_clear_error(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "cut.zip", {"a.csv": b"hello,world\n" * 1000})
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnsafeArchiveError, match="not a valid zip file or truncated") as err:
        safe_extract(archive, tmp_path / "out")
    assert "cut.zip" in str(err.value)


def test_safe_extract_when_member_data_corrupt_then_clear_error(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "crc.zip", {"a.csv": b"hello,world\n" * 1000})
    raw = bytearray(archive.read_bytes())
    start = raw.index(b"PK\x03\x04") + 30 + len("a.csv")
    for i in range(start + 5, start + 25):
        raw[i] ^= 0xFF
    archive.write_bytes(bytes(raw))
    with pytest.raises(UnsafeArchiveError, match=r"a\.csv"):
        safe_extract(archive, tmp_path / "out")
    assert not (tmp_path / "out" / "a.csv").exists()


def test_safe_extract_when_not_a_zip_then_clear_error(tmp_path: Path) -> None:
    archive = tmp_path / "fake.zip"
    archive.write_bytes(b"this is not a zip")
    with pytest.raises(UnsafeArchiveError, match=r"fake\.zip"):
        iter_members(archive)
