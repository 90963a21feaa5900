"""The `delivery` list of mkdocs.yml: destinations as the issue's example writes them load;
a secret written as a value (an SMTP URL with its password, a webhook address, a token, an
app password) is an error at its line that says to move it into a CI secret and change it;
every other mistake is located and explained, with no traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.core.errors import SettingsError
from generator.reading.settings import load_settings
from tests.conftest import REPO

EXAMPLE = """\
    delivery:
      - channel: email
        to: [subscribers@lists.example.com]
        from: status@example.com
        smtp: ONEVOICE_SMTP_URL          # smtp://user:pass@host:587 or smtps://…
      - channel: webhook
        format: slack                     # slack | teams | discord | json
        url: ONEVOICE_SLACK_WEBHOOK
      - channel: mastodon
        server: https://mastodon.social
        token: ONEVOICE_MASTODON_TOKEN
      - channel: bluesky
        handle: status.example.com
        password: ONEVOICE_BLUESKY_APP_PASSWORD
"""


def site(tmp_path: Path, delivery: str) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    shutil.copytree(REPO / "statements", root / "statements")
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8") + delivery
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    return root


def line_of(root: Path, needle: str) -> int:
    lines = (root / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def problems(root: Path) -> str:
    with pytest.raises(SettingsError) as caught:
        load_settings(root)
    return str(caught.value)


def test_the_issue_example_loads_with_one_destination_each(tmp_path: Path) -> None:
    settings = load_settings(site(tmp_path, EXAMPLE))
    email, webhook, mastodon, bluesky = settings.delivery
    assert (email.channel, email.to, email.sender, email.secret_var, email.lang) == (
        "email", ("subscribers@lists.example.com",), "status@example.com", "ONEVOICE_SMTP_URL", "en")
    assert (webhook.format, webhook.secret_var) == ("slack", "ONEVOICE_SLACK_WEBHOOK")
    assert (mastodon.server, mastodon.secret_var, mastodon.visibility) == (
        "https://mastodon.social", "ONEVOICE_MASTODON_TOKEN", "public")
    assert (bluesky.handle, bluesky.server) == ("status.example.com", "https://bsky.social")
    assert [d.id for d in settings.delivery] == [
        "email-en-subscribers-lists-example-com", "webhook-en-slack-onevoice-slack-webhook",
        "mastodon-en-mastodon-social", "bluesky-en-status-example-com"]


@pytest.mark.parametrize("key, value, why", [
    ("smtp", "smtp://status:hunter2@mail.example.com:587", "is an address with a password in it"),
    ("url", "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXX",
     "is a webhook address, which lets anyone who has it post"),
    ("url", "https://discord.com/api/webhooks/123/abcdef", "is a webhook address"),
    ("token", "kQ9vX2mB7rT4nL1pZ8wY5sD3fG6hJ0aC", "looks like a token"),
    ("password", "abcd-efgh-ijkl-mnop", "looks like an app password"),
])
def test_a_secret_written_as_a_value_is_an_error_at_its_line(tmp_path: Path, key: str, value: str, why: str) -> None:
    variable = {"smtp": "ONEVOICE_SMTP_URL", "url": "ONEVOICE_SLACK_WEBHOOK", "token": "ONEVOICE_MASTODON_TOKEN",
                "password": "ONEVOICE_BLUESKY_APP_PASSWORD"}[key]
    root = site(tmp_path, EXAMPLE.replace(f"{key}: {variable}", f"{key}: {value}"))
    text = problems(root)
    line = line_of(root, value)
    assert f"mkdocs.yml:{line}:1: error: delivery #" in text
    assert why in text and "mkdocs.yml is public, so it must never hold a secret" in text
    assert "change it now: it is in the repository's history" in text
    assert value not in text  # the message never repeats the secret


def test_a_url_with_a_password_is_refused_in_any_key(tmp_path: Path) -> None:
    root = site(tmp_path, EXAMPLE.replace("server: https://mastodon.social",
                                          "server: https://bot:pa55word@mastodon.social"))
    text = problems(root)
    assert f"mkdocs.yml:{line_of(root, 'pa55word')}:1: error: delivery #3: the value of `server` is an address " \
           "with a password in it" in text


def test_a_secret_key_must_name_an_environment_variable(tmp_path: Path) -> None:
    root = site(tmp_path, EXAMPLE.replace("token: ONEVOICE_MASTODON_TOKEN", "token: my token"))
    text = problems(root)
    assert "`token` must name the environment variable that holds the secret, not hold it" in text
    assert "e.g. `token: ONEVOICE_MASTODON_TOKEN`" in text


@pytest.mark.parametrize("change, message", [
    (("channel: mastodon", "channel: mastadon"), "unknown channel 'mastadon'\n    hint: did you mean 'mastodon'?"),
    (("format: slack ", "format: teamz "), "unknown webhook format 'teamz'"),
    (("        to: [subscribers@lists.example.com]\n", ""), "email needs `to`"),
    (("handle: status.example.com", "handle: not a handle"), "`handle` 'not a handle' is not a Bluesky handle"),
    (("server: https://mastodon.social", "server: http://mastodon.social"),
     "`server` must be the https:// address of the server"),
    (("        password: ONEVOICE_BLUESKY_APP_PASSWORD\n",
      "        password: ONEVOICE_BLUESKY_APP_PASSWORD\n        lang: de\n"), "`lang` 'de' is not a site language"),
    (("        token: ONEVOICE_MASTODON_TOKEN\n", "        token: ONEVOICE_MASTODON_TOKEN\n        tokn: x\n"),
     "unknown key `tokn` for mastodon\n    hint: did you mean `token`?"),
])
def test_each_mistake_is_located_and_explained(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    root = site(tmp_path, EXAMPLE.replace(*change))
    assert message in problems(root)


def test_two_destinations_with_the_same_id_are_refused(tmp_path: Path) -> None:
    twice = EXAMPLE + """\
      - channel: mastodon
        server: https://mastodon.social
        token: ONEVOICE_OTHER_TOKEN
"""
    text = problems(site(tmp_path, twice))
    assert "two destinations have the id 'mastodon-en-mastodon-social'" in text
    assert "give one of them its own `id:`" in text


def test_the_cli_reports_a_bad_destination_without_a_traceback(tmp_path: Path) -> None:
    root = site(tmp_path, EXAMPLE.replace("smtp: ONEVOICE_SMTP_URL", "smtp: smtps://u:p4ss@mail.example.com"))
    result = CliRunner().invoke(main, ["send", "--dry-run", "--root", str(root)])
    assert result.exit_code == 1
    assert "is an address with a password in it" in result.output
    assert "Traceback" not in result.output and "p4ss" not in result.output


def test_send_without_destinations_says_so_and_succeeds(tmp_path: Path) -> None:
    # The publish workflow runs `send` for every site: a site without delivery is not an error.
    result = CliRunner().invoke(main, ["send", "--dry-run", "--root", str(site(tmp_path, ""))])
    assert result.exit_code == 0, result.output
    assert "mkdocs.yml has no `extra.onevoice.delivery` destinations: nothing to send" in result.output
    wrong = CliRunner().invoke(main, ["send", "--dry-run", "--only", "email", "--root", str(tmp_path / "site")])
    assert wrong.exit_code == 0
