"""The real page in a real browser: ``streamlit run app.py`` on the tiny model, driven by Playwright + chromium.

Screenshots go to ``test-artifacts/``; with ``JOBSCAM_SAVE_SCREENSHOT=1`` the single-ad result is also saved as
``docs/screenshot.png`` for the README, and the server runs on the shipped model when there is one.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobscam import config

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)> free flight and visa"
LURE = (
    "URGENT hiring customer service in Myawaddy, salary $4000 per month, no experience needed, "
    "free flight and visa, contact Telegram @hr_amy"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"streamlit did not become healthy within {timeout:.0f} s")


@pytest.fixture(scope="module")
def server_url(tiny_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (bash run.sh test does)")
    port = free_port()
    model = tiny_model_path
    if os.environ.get("JOBSCAM_SAVE_SCREENSHOT") == "1" and config.MODEL_FILE.exists():
        model = config.MODEL_FILE  # the README's picture shows the shipped model's real explanations
    env = {**os.environ, "JOBSCAM_MODEL": str(model), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    log = (tmp_path_factory.mktemp("streamlit") / "server.log").open("wb")
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "app.py"),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", server)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture()
def page(server_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1000, "height": 900})
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.goto(server_url)
            page.get_by_role("button", name="Check this ad").wait_for()
            yield page
        finally:
            browser.close()


def snap(page, name: str) -> None:
    """Screenshot the whole page: Streamlit scrolls an inner element, so grow the viewport to the content first."""
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": max(900, min(int(height) + 40, 6000))})
    page.wait_for_timeout(300)  # re-layout before the picture (not an assertion)
    page.screenshot(path=str(ARTIFACTS / name))
    page.set_viewport_size({"width": width, "height": 900})


def check(page, text: str) -> None:
    page.get_by_label("The job ad").fill(text)
    page.get_by_role("button", name="Check this ad").click()


def test_lure_ad_shows_band_and_highlighted_words(page) -> None:
    check(page, LURE)
    band = page.locator(".jobscam-band")
    band.wait_for()
    assert "risk" in band.inner_text()
    raised = page.locator(".jobscam-ad mark.jobscam-raise")
    raised.first.wait_for()
    assert raised.count() > 0
    assert "the risk:" in (raised.first.get_attribute("title") or "")
    assert page.locator(".jobscam-signal").count() > 0
    snap(page, "single-ad.png")


def test_markup_in_the_ad_never_runs(page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    check(page, HOSTILE)
    ad = page.locator(".jobscam-ad")
    ad.wait_for()
    assert "<script>alert(1)</script><img src=x onerror=alert(1)>" in ad.inner_text()
    assert page.locator(".jobscam-ad img, .jobscam-ad script").count() == 0
    page.locator(".jobscam-signals").wait_for()
    snap(page, "hostile-ad.png")
    assert dialogs == []


def test_example_result_screenshot(page) -> None:
    page.get_by_role("button", name="⚠ lure").first.click()
    page.locator(".jobscam-band").wait_for()
    page.locator("[data-testid='stVegaLiteChart'], .vega-embed").first.wait_for()
    page.wait_for_timeout(500)  # let the chart finish drawing before the picture (not an assertion)
    snap(page, "example-result.png")
    assert page.get_by_label("The job ad").input_value().startswith("URGENT HIRING")
    if os.environ.get("JOBSCAM_SAVE_SCREENSHOT") == "1":
        target = ROOT / "docs" / "screenshot.png"
        target.parent.mkdir(exist_ok=True)
        page.set_viewport_size({"width": 900, "height": 4000})
        page.wait_for_timeout(300)  # re-layout before the picture (not an assertion)
        top = page.locator(".jobscam-verdict").bounding_box()
        bottom = page.locator(".jobscam-signals").bounding_box()
        assert top is not None and bottom is not None
        y = top["y"] - 16
        page.screenshot(
            path=str(target),
            clip={"x": 0, "y": y, "width": 900, "height": bottom["y"] + bottom["height"] - y + 8},
        )
        assert target.stat().st_size < 300_000


def test_chinese_example_is_highlighted_by_character(page) -> None:
    page.get_by_role("button", name="⚠ lure").nth(2).click()  # 繁體中文
    page.locator(".jobscam-band").wait_for()
    assert page.get_by_label("The job ad").input_value().startswith("【海外高薪】")
    marked = page.locator(".jobscam-ad mark").all_inner_texts()
    assert marked and any("薪" in m or "機" in m for m in marked)
    assert "【海外高薪】柬埔寨" in page.locator(".jobscam-ad").inner_text()
    snap(page, "chinese-example.png")


def test_batch_upload_shows_the_results_table(page, tmp_path: Path) -> None:
    upload = tmp_path / "ads.csv"
    upload.write_text(
        f'id,text\nscam-1,"{LURE}"\nok-1,"Remote bookkeeper for Smith & Co, three interviews"\nbad-1,\n'
    )
    page.get_by_role("tab", name="Score a file").click()
    page.locator("input[type='file']").set_input_files(str(upload))
    page.get_by_role("button", name="Score this file").click()
    page.locator("[data-testid='stDataFrame']").first.wait_for()
    metrics = page.locator("[data-testid='stMetric']")
    metrics.first.wait_for()
    texts = " | ".join(metrics.all_inner_texts())
    assert "Not scored (errors)" in texts and "High risk" in texts
    assert page.get_by_role("button", name="Download all 3 scores (CSV, in the file's order)").is_visible()
    snap(page, "batch.png")
