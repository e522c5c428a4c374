"""report.html in headless Chromium (Debian's `chromium`), driven over the DevTools protocol:
no console errors, the seed release's five documents shown, a scraped `<script>` shown as text,
and a screenshot (UPDATE_SCREENSHOT=1 writes docs/report.png for the README)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import websocket  # websocket-client

REPO = Path(__file__).resolve().parents[2]
CORPACK = Path(os.environ.get("CORPACK", REPO / "target/release/corpack")).resolve()
CHROMIUM = os.environ.get("CHROMIUM", "chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking"]


def current_release() -> Path:
    toml = (REPO / "corpus.toml").read_text().splitlines()
    field = lambda k: next(l.split('"')[1] for l in toml if l.startswith(f"{k} ="))
    return REPO / "dist" / f"{field('name')}-{field('version')}"


class Browser:
    """One headless Chromium and one page, over the DevTools protocol."""

    def __init__(self, profile: Path):
        exe = shutil.which(CHROMIUM)
        assert exe, f"{CHROMIUM} is not installed (make test installs Debian's chromium)"
        self.proc = subprocess.Popen(
            [exe, *FLAGS, "--remote-debugging-port=0", f"--user-data-dir={profile}",
             "--window-size=1400,1000", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            self._connect(profile)
        except BaseException:
            self.proc.kill()
            self.proc.wait(timeout=30)
            raise

    def _connect(self, profile: Path):
        port_file = profile / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(
            page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ["Page", "Runtime", "Log"]:
            self.call(f"{domain}.enable")
        # window.alert would block; record calls instead (there must be none).
        self.call("Page.addScriptToEvaluateOnNewDocument", source=(
            "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"))

    def call(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                assert "error" not in msg, msg
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, event: str):
        while not any(e.get("method") == event for e in self.events):
            self.events.append(json.loads(self.ws.recv()))

    def open(self, path: Path):
        self.events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in r, r
        return r["result"].get("value")

    def errors(self) -> list[dict]:
        bad = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown" or m == "Page.javascriptDialogOpening":
                bad.append(e)
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                bad.append(e)
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                bad.append(e)
        return bad

    def screenshot(self, to: Path):
        import base64
        height = self.js("document.documentElement.scrollHeight")
        self.call("Emulation.setDeviceMetricsOverride", width=1400, height=min(height, 2400),
                  deviceScaleFactor=1, mobile=False)
        data = self.call("Page.captureScreenshot", format="png")["data"]
        to.write_bytes(base64.b64decode(data))

    def close(self):
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    b = Browser(tmp_path_factory.mktemp("profile"))
    yield b
    b.close()


def test_seed_report_shows_the_five_documents(browser, tmp_path):
    report = current_release() / "report.html"
    assert report.is_file(), "the committed release has no report.html"
    browser.open(report)
    assert browser.errors() == []
    assert browser.js("document.querySelectorAll('details.doc').length") == 5
    assert browser.js("[...document.querySelectorAll('details.doc')].filter(d => !d.hidden).length") == 5
    assert browser.js("document.querySelectorAll('figure.chart svg rect').length") > 5
    assert browser.js("document.getElementById('shown').textContent") == "5 shown"
    # The language filter works: one French document.
    browser.js("{ const s = document.getElementById('lang'); s.value = 'fr'; s.dispatchEvent(new Event('change')); }")
    assert browser.js("[...document.querySelectorAll('details.doc')].filter(d => !d.hidden).length") == 1
    browser.js("{ const s = document.getElementById('lang'); s.value = ''; s.dispatchEvent(new Event('change')); }")
    # A document opened: the source view labels removed lines with their rule.
    browser.js("document.querySelector('details.doc').open = true")
    assert browser.js("document.querySelector('details.doc[open] ol.src li') !== null")
    assert browser.js("document.querySelectorAll('span.rule').length") > 0
    shot = tmp_path / "report.png"
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOT"):
        (REPO / "docs").mkdir(exist_ok=True)
        shutil.copy(shot, REPO / "docs/report.png")
    assert browser.errors() == []


def test_a_scraped_script_renders_as_text(browser, tmp_path):
    subprocess.run(
        [CORPACK, "build", "--quiet", "--input", REPO / "tests/fixtures/report",
         "--rules", REPO / "rules/boilerplate.toml", "--name", "xss", "--version", "1.0.0",
         "--out", tmp_path],
        check=True, capture_output=True,
    )
    browser.open(tmp_path / "xss-1.0.0/report.html")
    assert browser.errors() == []
    browser.js("document.querySelectorAll('details.doc').forEach(d => d.open = true)")
    assert browser.js("window.__alerts") == []
    # The only script element is the report's own; no injected image.
    assert browser.js("document.scripts.length") == 1
    assert browser.js("document.querySelectorAll('img').length") == 0
    assert browser.js("document.querySelectorAll('.docbody b').length") == 0
    clean = browser.js("[...document.querySelectorAll('pre.clean')].map(p => p.textContent).join('\\n')")
    assert "<script>alert(1)</script>" in clean
    assert "<img src=x onerror=alert(2)>" in clean
    source = browser.js("[...document.querySelectorAll('ol.src')].map(p => p.textContent).join('\\n')")
    assert "<script>alert(1)</script>" in source
    title = browser.js("[...document.querySelectorAll('summary b')].map(b => b.textContent).join('\\n')")
    assert "<b>bold</b>" in title
    assert browser.errors() == []
