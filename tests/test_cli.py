"""The command line: help a newcomer can read, clear errors, exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from lureguard import __version__
from lureguard.cli import app

runner = CliRunner()


def test_version() -> None:
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0
    assert __version__ in res.stdout


def test_help_mentions_demo_and_commands() -> None:
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    for word in ("scan", "signals", "simulate", "evaluate", "demo"):
        assert word in res.stdout


def test_signals_lists_registered_signals() -> None:
    res = runner.invoke(app, ["signals"])
    assert res.exit_code == 0
    assert "protected_share" in res.stdout


def test_scan_cli_writes_outputs(make_dataset: Callable[..., Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = runner.invoke(app, ["scan", str(make_dataset()), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert (out / "report.html").exists()
    assert json.loads((out / "accounts.jsonl").read_text().splitlines()[0])["account_id"] == "fake1"


def test_scan_cli_bad_dataset_exits_2_with_location(
    make_dataset: Callable[..., Path], tmp_path: Path
) -> None:
    ds = make_dataset()
    with (ds / "interactions.jsonl").open("a") as fh:
        fh.write("{oops\n")
    res = runner.invoke(app, ["scan", str(ds), "--out", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert "interactions.jsonl, line 12" in res.output


def test_watch_cli_writes_alerts_in_contract_form(make_dataset: Callable[..., Path], tmp_path: Path) -> None:
    out = tmp_path / "w"
    res = runner.invoke(app, ["watch", str(make_dataset()), "--out", str(out)])
    assert res.exit_code == 0, res.output
    from lureguard.outputs import AlertOut

    for line in (out / "alerts.jsonl").read_text().splitlines():
        AlertOut.model_validate_json(line)
    assert not (out / "report.html").exists()


def _zip_folder(folder: Path, target: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(target, "w") as zf:
        for f in sorted(folder.iterdir()):
            zf.write(f, f.name)
    return target


def _evil_zip(target: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("../../escape/messages.csv", "x")
    return target


FIXTURE = Path(__file__).parent / "fixtures" / "linkedin" / "Basic_LinkedInDataExport_05-14-2021"


def test_scan_cli_on_linkedin_exports_with_a_hostile_one_and_keep_going(tmp_path: Path) -> None:
    good = _zip_folder(FIXTURE, tmp_path / "alice.zip")
    evil = _evil_zip(tmp_path / "evil.zip")
    out = tmp_path / "out"
    res = runner.invoke(app, ["scan", str(evil), str(good), "--keep-going", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "skipped" in res.output and "evil.zip" in res.output
    assert (out / "dataset" / "interactions.jsonl").exists()
    assert (out / "accounts.jsonl").read_text().strip()


def test_scan_cli_on_hostile_export_without_keep_going_fails_cleanly(tmp_path: Path) -> None:
    good = _zip_folder(FIXTURE, tmp_path / "alice.zip")
    evil = _evil_zip(tmp_path / "evil.zip")
    out = tmp_path / "out"
    res = runner.invoke(app, ["scan", str(good), str(evil), "--out", str(out)])
    assert res.exit_code == 2
    assert "path traversal" in res.output
    assert not (out / "accounts.jsonl").exists()
    assert not (tmp_path.parent / "escape").exists()
