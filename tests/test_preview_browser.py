"""The preview page in a real headless Chromium: the switcher works and hostile titles stay text.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
messages separated by NUL bytes on file descriptors 3 and 4), so the test needs no driver
package and never downloads a browser. It skips where Debian's chromium is not installed,
and leaves a screenshot in tests/artifacts/preview.png.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from cslbridge.render.preview import build_preview, html_page

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
BROWSER = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)

pytestmark = pytest.mark.skipif(BROWSER is None, reason="chromium is not installed")

ITEMS = [
    {"id": "lukin2014", "type": "book", "author": [{"family": "Lukin", "given": "A.V."}],
     "title": "Turning to Asia", "original-title": "Povorot k Azii", "publisher-place": "Moscow",
     "publisher": "Ves' Mir Publ.", "issued": {"date-parts": [[2014]]}, "number-of-pages": "640"},
    {"id": "kazantsev2008", "type": "article-journal", "author": [{"family": "Kazantsev", "given": "Andrei"}],
     "title": "Russian Policy in Central Asia and the Caspian Sea Region",
     "container-title": "Europe-Asia Studies", "volume": "60", "issue": "6", "page": "1073-1088",
     "issued": {"date-parts": [[2008]]}},
    {"id": "hostile", "type": "webpage",
     "title": "<script>window.__xss = 1; document.title = 'pwned'</script>Scraped title",
     "author": [{"literal": "<img src=x onerror=\"window.__xss = 2\">Agency"}],
     "container-title": "News <i>site</i>", "issued": {"date-parts": [[2020, 1, 2]]}},
]


class DevTools:
    """Just enough of the DevTools protocol over --remote-debugging-pipe."""

    def __init__(self, tmp: Path):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp / 'profile'}",
                 "--remote-debugging-pipe", "--window-size=1100,900", "about:blank"]

        def onto_3_and_4():
            """The browser reads commands on fd 3 and writes replies on fd 4."""
            read_end, write_end = os.dup(to_browser_r), os.dup(from_browser_w)  # never clobber
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.proc = subprocess.Popen(
            [BROWSER, *flags], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, pass_fds=(to_browser_r, from_browser_w, 3, 4),
            preexec_fn=onto_3_and_4)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0

    def send(self, method: str, session: str | None = None, timeout: float = 30, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_browser], [], [], left)[0]:
                raise TimeoutError(f"no reply to {method}")
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_browser)
        os.close(self.from_browser)


@pytest.fixture
def page(tmp_path):
    previews = build_preview(ITEMS, ["finance-credit-references", "europe-asia-studies"], output="html")
    path = tmp_path / "preview.html"
    path.write_text(html_page(ITEMS, previews, title="Preview test"), encoding="utf-8")
    browser = DevTools(tmp_path)
    try:
        try:
            target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        except (RuntimeError, TimeoutError) as exc:  # an install that cannot start at all
            pytest.skip(f"chromium did not start: {exc}")
        session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

        def evaluate(expression: str):
            result = browser.send("Runtime.evaluate", session, expression=expression, returnByValue=True)
            if "exceptionDetails" in result:
                raise RuntimeError(result["exceptionDetails"])
            return result["result"].get("value")

        browser.send("Page.enable", session)
        browser.send("Page.navigate", session, url=path.as_uri())
        deadline = time.monotonic() + 30
        while evaluate("document.readyState") != "complete":
            assert time.monotonic() < deadline, "page did not finish loading"
            time.sleep(0.1)

        def screenshot(name: str) -> Path:
            data = browser.send("Page.captureScreenshot", session, format="png")["data"]
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            out = ARTIFACTS / name
            out.write_bytes(base64.b64decode(data))
            return out

        yield evaluate, screenshot
    finally:
        browser.close()


VISIBLE = """Array.from(document.querySelectorAll('section.style'))
  .filter(s => !s.hidden && s.offsetParent !== null).map(s => s.dataset.styleId)"""


def test_switcher_shows_one_style_at_a_time(page):
    evaluate, screenshot = page
    assert evaluate(VISIBLE) == ["finance-credit-references"]
    assert "Povorot k Azii [Turning to Asia]" in evaluate(
        "document.querySelector('#style-1 li[data-item=lukin2014]').textContent")
    evaluate("document.querySelector('button[data-style-id=europe-asia-studies]').click()")
    assert evaluate(VISIBLE) == ["europe-asia-studies"]
    assert evaluate("document.querySelector('#style-1').hidden") is True
    kazantsev = evaluate("document.querySelector('#style-2 li[data-item=kazantsev2008]').innerText")
    assert kazantsev.startswith("Kazantsev, A. (2008) ‘Russian Policy")
    assert evaluate("document.querySelector('#style-2 li[data-item=kazantsev2008] i').textContent") == \
        "Europe-Asia Studies"
    assert evaluate("document.querySelector('button[data-style-id=europe-asia-studies]')"
                    ".getAttribute('aria-pressed')") == "true"
    assert screenshot("preview.png").stat().st_size > 1000


def test_hostile_fields_show_as_text_and_never_run(page):
    evaluate, _ = page
    assert evaluate("typeof window.__xss") == "undefined"
    assert evaluate("document.title") == "Preview test"
    assert evaluate("document.scripts.length") == 1
    assert evaluate("document.querySelectorAll('section img').length") == 0
    text = evaluate("document.querySelector('#style-1 li[data-item=hostile]').textContent")
    assert "<script>window.__xss = 1;" in text and "<img src=x" in text
