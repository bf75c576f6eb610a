"""The API reference site: built from the checkout, served on 127.0.0.1, checked in a real headless browser.

Needs Debian's `chromium` and `chromium-driver` (.ci/run installs them); where neither can be had the
browser test skips and says so, except under CI, where a missing browser fails the run.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATED = sorted(p.parent.name for p in (ROOT / "generated").glob("*/pyproject.toml"))
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for name in ("href", "src"):
            if values.get(name) and not (tag == "link" and values.get("rel") in ("canonical", "alternate")):
                self.links.append(str(values[name]))


def _parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_every_package_has_a_reference_page(site: Path) -> None:
    for name in [*GENERATED, "policy_clients", "testing"]:
        page = site / "reference" / f"{name}.html"
        assert page.exists(), name
    oci = (site / "reference" / "oci_identity_client.html").read_text(encoding="utf-8")
    assert "oci_identity_client.api.policies.update_policy" in oci


def test_no_broken_internal_links(site: Path) -> None:
    pages = {page: _parse(page) for page in site.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        for link in parsed.links:
            url = urlparse(link)
            if url.scheme or url.netloc or link.startswith(("mailto:", "javascript:", "data:")):
                continue
            path, fragment = urldefrag(unquote(link))
            if not path:
                target = page
            elif path.startswith("/"):  # the 404 page links from the site root
                target = (site / path.lstrip("/")).resolve()
            else:
                target = (page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {link}")
            elif fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if fragment not in ids:
                    broken.append(f"{page.relative_to(site)} -> {link} (no #{fragment})")
    assert broken == []


def _browser_paths() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
    )
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    paths = _browser_paths()
    if paths is None:
        message = "no headless browser here: install Debian's chromium and chromium-driver (apt-get install)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the browser test")
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = paths[0]
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=paths[1]), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def test_pages_load_in_a_browser_without_errors(browser: object, served: str) -> None:
    from selenium.webdriver import Chrome
    from selenium.webdriver.common.by import By

    assert isinstance(browser, Chrome)
    for page in ["index.html", "reference/policy_clients.html", "reference/testing.html"] + [
        f"reference/{name}.html" for name in GENERATED
    ]:
        browser.get(f"{served}/{page}")
        assert browser.find_element(By.TAG_NAME, "h1").text.strip(), page
        log = browser.get_log("browser")  # type: ignore[no-untyped-call]  # untyped in selenium
        errors = [entry for entry in log if entry.get("level") == "SEVERE"]
        assert errors == [], (page, errors)


def test_search_finds_update_policy(browser: object, served: str) -> None:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver import Chrome
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, Chrome)
    browser.get(f"{served}/index.html")
    # The result list is re-rendered as the search worker answers: an element read a moment after it was
    # found can be gone (a stale reference), so each read is one poll, repeated until the links are there.
    wait = WebDriverWait(browser, 30, ignored_exceptions=(StaleElementReferenceException,))
    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, label[for='__search']").click()
    box = wait.until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    box.send_keys("update_policy")

    def update_policy_links(driver: Chrome) -> list[str]:
        links = [str(a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, ".md-search-result a")]
        return [link for link in links if link.startswith(served) and "update_policy" in link]

    hits = wait.until(update_policy_links)
    assert hits
    browser.get(hits[0])  # the result leads to the function's own section
    anchor = hits[0].partition("#")[2]
    assert browser.find_element(By.ID, anchor).is_displayed()
