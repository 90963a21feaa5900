"""Page weight of a built site, as a first-time visitor's browser receives it.

The site is served on 127.0.0.1 by a small static server that gzips text responses (level 6,
the usual server default) when the browser accepts it, and counts the bytes it writes per
request: status line, headers and body. Headless Chromium (Playwright) loads the page in a
fresh context (empty cache) and waits for the network to go idle; every request to another
host is counted and aborted, so the figure never depends on the network.

    python benchmarks/page_weight.py SITE_DIR PATH...      prints one line per page"""

from __future__ import annotations

import gzip
import mimetypes
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml",
                "application/atom+xml", "application/manifest+json")
GZIP_LEVEL = 6


@dataclass(frozen=True)
class PageWeight:
    path: str
    transferred: int  # bytes on the wire from our server: status line + headers + gzip bodies
    requests: int  # to our server
    foreign_requests: tuple[str, ...]  # URLs on other hosts the page tried to load
    by_type: dict[str, int]  # transferred bytes per Content-Type family (html, css, js, font…)


class _Counter:
    """Wraps the handler's output stream to count what it writes."""

    def __init__(self, stream, tally):  # type: ignore[no-untyped-def]
        self.stream, self.tally = stream, tally

    def write(self, data: bytes) -> int:
        self.tally[0] += len(data)
        return self.stream.write(data)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.stream, name)


def _handler(root: Path, log: list[tuple[str, str, int]], lock: threading.Lock):  # type: ignore[no-untyped-def]
    class GzipStatic(BaseHTTPRequestHandler):
        def setup(self) -> None:
            super().setup()
            self.tally = [0]
            self.wfile = _Counter(self.wfile, self.tally)  # type: ignore[assignment]

        def log_message(self, format: str, *args) -> None:  # type: ignore[no-untyped-def]
            pass  # quiet: the benchmark prints its own table

        def do_GET(self) -> None:
            start = self.tally[0]
            path = unquote(urlsplit(self.path).path)
            target = (root / path.lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.is_relative_to(root) or not target.is_file():
                self.send_error(404)
                kind = "missing"
            else:
                kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                body = target.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", kind)
                if kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
                    body = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            self.wfile.flush()
            with lock:
                log.append((path, kind, self.tally[0] - start))

    return GzipStatic


def _family(kind: str) -> str:
    for family, marker in (("html", "html"), ("css", "css"), ("js", "javascript"), ("font", "font"),
                           ("image", "image/"), ("missing", "missing")):
        if marker in kind:
            return family
    return "other"


def measure(site_dir: Path, paths: list[str]) -> list[PageWeight]:
    """Load each site path (e.g. "/", "/statements/<slug>/") as a first visit."""
    from playwright.sync_api import sync_playwright

    root = site_dir.resolve()
    log: list[tuple[str, str, int]] = []
    lock = threading.Lock()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(root, log, lock))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    results = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for path in paths:
                    results.append(_visit(browser, base, path, log, lock))
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return results


def _visit(browser, base: str, path: str, log, lock) -> PageWeight:  # type: ignore[no-untyped-def]
    foreign: list[str] = []

    def route(request_route) -> None:  # type: ignore[no-untyped-def]
        url = request_route.request.url
        if url.startswith((base + "/", "data:", "blob:")):
            request_route.continue_()
        else:
            foreign.append(url)
            request_route.abort()

    context = browser.new_context()  # a fresh profile: nothing cached
    try:
        context.route("**/*", route)
        with lock:
            log.clear()
        page = context.new_page()
        response = page.goto(base + path, wait_until="networkidle")
        if response is None or response.status != 200:
            raise RuntimeError(f"{path}: the server answered {response.status if response else 'nothing'}")
    finally:
        context.close()
    with lock:
        entries = list(log)
    by_type: dict[str, int] = {}
    for _, kind, size in entries:
        by_type[_family(kind)] = by_type.get(_family(kind), 0) + size
    return PageWeight(path, sum(size for _, _, size in entries), len(entries), tuple(foreign), by_type)


if __name__ == "__main__":
    for weight in measure(Path(sys.argv[1]), sys.argv[2:]):
        parts = ", ".join(f"{family} {size / 1000:.1f}" for family, size in sorted(weight.by_type.items()))
        print(f"{weight.path}: {weight.transferred / 1000:.1f} KB in {weight.requests} request(s) ({parts}); "
              f"{len(weight.foreign_requests)} to other hosts")
