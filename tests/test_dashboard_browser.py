"""The dashboard in a real browser: an analyst searches, opens a hostile profile and records a verdict."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lureguard.campaigns import read_analyst_labels
from lureguard.dashboard import create_app
from lureguard.scan import scan
from tests.conftest import CHROMIUM_ARGS, small_world, write_jsonl

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api")
HOSTILE = '<img src=x onerror="document.title=\'owned\'"><script>document.title="owned"</script>Anna'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    import uvicorn

    world = small_world()
    for acc in world["accounts"]:
        if acc["id"] == "fake1":
            acc["name"] = acc["headline"] = HOSTILE
    for name, rows in world.items():
        write_jsonl(tmp_path / "ds" / f"{name}.jsonl", rows)
    scan([tmp_path / "ds"], tmp_path / "scan", report=False, replay=False)
    verdicts = tmp_path / "verdicts.csv"
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(tmp_path / "scan", verdicts=verdicts), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}", verdicts
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")
def test_search_open_hostile_profile_and_mark_it_fake(served: tuple[str, Path], tmp_path: Path) -> None:
    base, verdicts = served
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page()
            page.goto(f"{base}/accounts")
            page.check("input[name=all]")
            page.fill("input[name=q]", "fake1")
            page.click("button[type=submit]")
            assert page.locator("#count").inner_text().startswith("1 account")
            page.click("#accounts a[href^='/account?id=fake1']")
            assert page.url == f"{base}/account?id=fake1"
            # The hostile name is shown as text; nothing it carries ran or became an element.
            assert page.locator("#name").inner_text() == HOSTILE
            assert page.title().startswith("<img src=x")
            assert page.locator("main img, main script, main iframe").count() == 0
            page.click("#mark-fake")
            assert page.locator("#current").inner_text() == "fake"
            assert read_analyst_labels(verdicts) == {"fake1": "fake"}
            page.click("#clear")
            assert page.locator("#current").inner_text() == "none yet"
            assert read_analyst_labels(verdicts) == {}
        finally:
            browser.close()
