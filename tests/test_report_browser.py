"""The report in a real browser: hostile profile text stays text after Chromium parses the page."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lureguard.scan import scan
from tests.conftest import CHROMIUM_ARGS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = '<img src=x onerror="document.title=1"><svg onload=alert(1)><iframe src="https://evil.example">'


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")
def test_report_in_chromium_renders_hostile_names_as_text(
    make_dataset: Callable[..., Path], tmp_path: Path
) -> None:
    from tests.conftest import small_world

    world = small_world()
    for acc in world["accounts"]:
        if acc["id"] == "fake1":
            acc["name"] = HOSTILE
            acc["headline"] = HOSTILE
    out = tmp_path / "out"
    scan([make_dataset(accounts=world["accounts"])], out)
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            *CHROMIUM_ARGS,
            f"--user-data-dir={profile}",
            "--dump-dom",
            (out / "report.html").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    parser = _Tags()
    parser.feed(dom)
    tags = {t for t, _ in parser.tags}
    assert "section" in tags  # the page really rendered
    assert not tags & {"img", "iframe", "script"}
    assert not any(k.startswith("on") for _, attrs in parser.tags for k in attrs)
    assert "<title>lureguard report</title>" in dom  # no injected handler changed the title
    assert "onerror=" in dom  # the hostile text is shown, escaped
