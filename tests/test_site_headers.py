"""`_headers` as a host that reads it serves the built site: the status API may be read by
any other site (`Access-Control-Allow-Origin: *`), in every language; pages and feeds are not
opened to other sites' scripts, and no response carries the header twice."""

from __future__ import annotations

from urllib.request import Request, urlopen

import pytest

from tests.site_server import serve
from tests.test_site_support import build


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    site = build(tmp_path_factory.mktemp("headers"), headers=True)
    with serve(site) as url:
        yield url


def allowed_origins(url: str) -> list[str]:
    request = Request(url, headers={"Origin": "https://shop.example"})
    with urlopen(request) as response:
        return response.headers.get_all("Access-Control-Allow-Origin") or []


@pytest.mark.parametrize("path", ["api/v2/summary.json", "api/v2/status.json", "api/v2/components.json",
                                  "api/v2/incidents/unresolved.json", "api/v2/scheduled-maintenances/upcoming.json",
                                  "fr/api/v2/summary.json"])
def test_the_api_may_be_read_from_any_site(base_url: str, path: str) -> None:
    assert allowed_origins(base_url + path) == ["*"]


@pytest.mark.parametrize("path", ["", "statements/2026-11-20-card-payments/", "feed.atom", "embed.js"])
def test_pages_and_feeds_are_not_opened_to_other_sites_scripts(base_url: str, path: str) -> None:
    assert allowed_origins(base_url + path) == []
