"""Hostile or broken archives: a clear ExportError, nothing partial, others still processed."""

from __future__ import annotations

import base64
import os
import stat
import zipfile
from pathlib import Path

import pytest

from lureguard.adapters import ExportError, convert_exports

from ._build import CONN_HEADER, FIXTURES, MSG_HEADER, owner_export, profile, url, write_export, zip_export

GOOD_MSG = f"c1,,Eve,{url('eve')},Ann Owner,,2026-02-01 08:00:00 UTC,,Hi,\n"


def _good(tmp_path: Path) -> Path:
    return zip_export(
        tmp_path / "good.zip", {"Profile.csv": profile("Ann", "Owner"), "messages.csv": MSG_HEADER + GOOD_MSG}
    )


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Profile.csv", profile("Bob", "Bomb"))
        with zf.open("messages.csv", "w") as fh:
            for _ in range(50):
                fh.write(b"\0" * (1 << 20))
    return path


def _symlink(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("messages.csv")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    return path


def _truncated(path: Path) -> Path:
    zip_export(path, {"Profile.csv": profile("T", "Cut"), "messages.csv": MSG_HEADER + GOOD_MSG * 200})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


HOSTILE = {
    "traversal": (lambda p: zip_export(p, {"../../evil.csv": "x", "messages.csv": MSG_HEADER}), "traversal"),
    "absolute": (lambda p: zip_export(p, {"/etc/cron.d/x": "x", "messages.csv": MSG_HEADER}), "absolute"),
    "symlink": (_symlink, "symbolic link"),
    "bomb": (_bomb, "ratio"),
    "truncated": (_truncated, "truncated"),
    "binary-csv": (
        lambda p: zip_export(p, {"Profile.csv": profile("A", "B"), "messages.csv": os.urandom(4096)}),
        "not UTF-8",
    ),
    "nul-bytes": (
        lambda p: zip_export(p, {"Profile.csv": profile("A", "B"), "messages.csv": MSG_HEADER + "a\0b\n"}),
        "NUL",
    ),
    "endless-line": (
        lambda p: zip_export(
            p, {"Profile.csv": profile("A", "B"), "Connections.csv": base64.b64encode(os.urandom(3 << 20))}
        ),
        "line longer",
    ),
    "garbage-text": (
        lambda p: zip_export(p, {"Profile.csv": profile("A", "B"), "messages.csv": "hello\nworld\nfoo\n"}),
        "no header row",
    ),
    "not-an-export": (lambda p: zip_export(p, {"readme.txt": "hi"}), "not a LinkedIn data export"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_convert_when_archive_hostile_then_export_error_names_archive(tmp_path: Path, kind: str) -> None:
    build, message = HOSTILE[kind]
    bad = build(tmp_path / f"{kind}.zip")
    with pytest.raises(ExportError, match=message) as err:
        convert_exports([_good(tmp_path), bad])
    assert err.value.archive == f"{kind}.zip"
    assert f"{kind}.zip" in str(err.value)
    if kind in ("binary-csv", "nul-bytes", "garbage-text"):
        assert err.value.file == "messages.csv"
    assert not (tmp_path / "evil.csv").exists()


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_convert_when_keep_going_then_other_archives_processed(tmp_path: Path, kind: str) -> None:
    build, message = HOSTILE[kind]
    bad = build(tmp_path / f"{kind}.zip")
    ds = convert_exports([bad, _good(tmp_path)], keep_going=True)
    (error,) = ds.stats["errors"]
    assert error["archive"] == f"{kind}.zip" and message in error["message"]
    assert [a["archive"] for a in ds.stats["archives"]] == ["good.zip"]
    assert ds.interaction_count == 1


def test_convert_when_archive_fails_midway_then_none_of_it_is_kept(tmp_path: Path) -> None:
    # Connections parse fine and would add people; messages then fail: nothing of it may remain.
    bad = write_export(
        tmp_path / "half",
        {
            "Profile.csv": profile("Hal", "Half"),
            "Connections.csv": CONN_HEADER + f"Pat,Doe,{url('pat-doe')},,,,08 Feb 2026\n",
            "messages.csv": MSG_HEADER + "c1,,Eve,,Hal Half,,yesterday,,Hi,\n",
        },
    )
    ds = convert_exports([bad, _good(tmp_path)], keep_going=True)
    assert ds.stats["errors"][0]["file"] == "messages.csv"
    assert ds.stats["errors"][0]["line"] == 2
    assert "pat-doe" not in {a["id"] for a in ds.accounts}
    assert len(ds.members) == 1  # only good.zip's owner
    out = tmp_path / "out"
    ds.write(out)
    assert "pat-doe" not in (out / "accounts.jsonl").read_text(encoding="utf-8")


def test_convert_when_error_without_keep_going_then_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        convert_exports([_good(tmp_path), _bomb(tmp_path / "b.zip")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "good.zip"]


def test_convert_when_zip_of_real_fixture_then_same_as_folder(tmp_path: Path) -> None:
    folder = FIXTURES / "Complete_LinkedInDataExport_03-09-2026"
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    zipped = zip_export(tmp_path / f"{folder.name}.zip", files)
    a, b = convert_exports([folder]), convert_exports([zipped])
    assert list(a.interactions) == list(b.interactions)
    assert a.accounts == b.accounts


def test_convert_when_large_csv_then_streamed_with_bounded_lines(tmp_path: Path) -> None:
    # ~12 MB of messages: streamed row by row; a quick sanity check rather than 100 MB in CI.
    row = f"c{{}},,Eve,{url('eve')},Ann Owner,,2026-02-01 08:00:00 UTC,,{'lorem ipsum ' * 80}{{}},\n"
    body = "".join(row.format(i, i) for i in range(12_000))
    export = owner_export("ann-owner", "Ann", "Owner", [body])
    root = write_export(tmp_path / "big", export)
    assert (root / "messages.csv").stat().st_size > 10_000_000
    ds = convert_exports([root])
    assert ds.stats["archives"][0]["rows"]["messages.csv"] == 12_000
    assert ds.interaction_count == 12_000 + 1  # + the outgoing invitation
