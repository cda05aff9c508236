"""A headless Debian chromium driven by Playwright, with every non-local request blocked and logged.

Skips when /usr/bin/chromium or the playwright package is missing (apt-get install chromium;
never `playwright install`, which downloads a browser).
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL = ("file:", "data:", "about:", "blob:")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Visit:
    """An open page plus what it tried to fetch and every console error and page error."""

    def __init__(self, page):
        self.page = page
        self.outbound: list[str] = []
        self.errors: list[str] = []

    def assert_clean(self):
        assert self.outbound == [], f"requests left the page: {self.outbound}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture
def visit(browser, tmp_path):
    """visit(map) -> Visit: save the map, open it from file:, wait for Leaflet to settle."""
    pages = []

    def open_map(m, name="map.html", viewport=(1200, 800)) -> Visit:
        import maps

        path = maps.save(m, tmp_path / name)
        page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        pages.append(page)
        v = Visit(page)

        def route(r):
            if r.request.url.startswith(LOCAL):
                r.continue_()
            else:
                v.outbound.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda msg: v.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: v.errors.append(f"pageerror: {exc}"))
        page.goto(path.as_uri())
        page.wait_for_function("window.GeoNews && GeoNews.control && GeoNews.map")
        page.wait_for_timeout(300)
        return v

    yield open_map
    for page in pages:
        page.close()
