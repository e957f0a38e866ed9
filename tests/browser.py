"""Headless Chromium (Debian's package) driven by Playwright, with the network blocked.

Shared by the browser tests and ``scripts/bench_viz.py``. Playwright never downloads a
browser here: it drives ``/usr/bin/chromium``, which ``scripts/test.sh`` installs.
"""

from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
#: Flags that work as root in a container; Playwright adds --headless and a fresh profile folder.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def launch(playwright):
    """Start headless Chromium; a missing browser is an error, never a reason to skip."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run scripts/test.sh, which installs Debian's chromium package")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)


@dataclass
class Visit:
    """A page opened from disk, with what it logged and every request it tried."""

    page: object
    errors: list = field(default_factory=list)
    requests: list = field(default_factory=list)


def _visit(browser, url: str, allowed: str, width: int, height: int) -> Visit:
    """Open ``url`` in a fresh context that lets through only requests starting with ``allowed``."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    visit = Visit(page)
    page.on("console", lambda message: message.type == "error" and visit.errors.append(message.text))
    page.on("pageerror", lambda error: visit.errors.append(str(error)))

    def route(request_route):
        visit.requests.append(request_route.request.url)
        if request_route.request.url.startswith(allowed):
            request_route.continue_()
        else:
            request_route.abort()

    page.route("**/*", route)
    page.goto(url)
    return visit


def open_page(browser, path: Path, *, width=1400, height=900, timeout=60_000) -> Visit:
    """Open ``path`` from ``file://`` in a fresh context, block any other request, wait until physics stopped."""
    visit = _visit(browser, Path(path).resolve().as_uri(), "file://", width, height)
    visit.page.wait_for_function("() => window.viz && window.viz.stabilized", timeout=timeout)
    return visit


def open_url(browser, url: str, origin: str, *, width=1400, height=900) -> Visit:
    """Open ``url`` in a fresh context, allow requests to ``origin`` only, wait until the page's script ran."""
    visit = _visit(browser, url, origin + "/", width, height)
    visit.page.wait_for_selector("body[data-ready=true]")
    return visit
