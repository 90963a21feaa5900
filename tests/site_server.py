"""A static host for tests, on 127.0.0.1: it serves a built site the way Netlify and
Cloudflare Pages do, applying the site's `_headers` file as both document it (a URL pattern on
its own line, `*` matching any characters, the headers of every matching rule added to the
response). Written here from those hosts' documentation, independently of generator/publishing/hosting.py,
so a test that passes through it checks what a real host would send.

`honour_headers=False` serves the same files without `_headers` (a host that ignores it), the
control case of the cross-origin tests."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar


def read_rules(site: Path) -> list[tuple[re.Pattern[str], list[tuple[str, str]]]]:
    rules: list[tuple[re.Pattern[str], list[tuple[str, str]]]] = []
    path = site / "_headers"
    if not path.is_file():
        return rules
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            name, _, value = line.strip().partition(":")
            rules[-1][1].append((name.strip(), value.strip()))
        else:
            parts = re.split(r"(\*|:[A-Za-z]\w*)", line.strip())
            body = "".join(".*" if p == "*" else "[^/]+" if p.startswith(":") else re.escape(p) for p in parts)
            rules.append((re.compile(body), []))
    return rules


class _Handler(http.server.SimpleHTTPRequestHandler):
    rules: ClassVar[list[tuple[re.Pattern[str], list[tuple[str, str]]]]] = []
    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                                                ".json": "application/json", ".atom": "application/atom+xml",
                                                ".rss": "application/rss+xml", ".js": "text/javascript"}

    def end_headers(self) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        for pattern, headers in self.rules:
            if pattern.fullmatch(path):
                for name, value in headers:
                    self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path, honour_headers: bool = True) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (a free port) for the duration; yields the base URL, ending in '/'."""
    rules = read_rules(folder) if honour_headers else []
    handler = type("Handler", (_Handler,), {"rules": rules})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
