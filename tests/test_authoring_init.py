"""`onevoice init`: a site of one's own, as a new user types it. It checks, builds and shows the
organisation's name with no sample in it, in English and in French; press releases work once
their values are given; nothing is ever overwritten; its workflows pass actionlint and zizmor
and their steps, run in order, publish the new site."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.reading.settings import load_settings
from tests.conftest import REPO, SAMPLE_NOW
from tests.test_ci_publish_run import JobRun, commit_all, fresh_python, git
from tests.test_ci_workflows import actionlint, zizmor

PRESS = ("--city", "Lille", "--about", "Acme Rail runs regional trains in the north of France.",
         "--press-email", "press@acme-rail.example", "--press-phone", "+33 3 20 00 00 00")


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ONEVOICE_NOW", SAMPLE_NOW)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return tmp_path


def page_title(path: Path) -> str:
    return html.unescape(re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.DOTALL)[1])


def test_an_english_site_checks_builds_and_carries_the_name_and_no_sample(here: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    result = run("init", "acme", "--name", "Acme Rail", "--url", "https://status.acme-rail.example",
                 "--timezone", "Europe/Paris")
    assert result.exit_code == 0, result.output
    site = here / "acme"
    for name in ("mkdocs.yml", "requirements.txt", ".gitignore", "README.md", ".github/workflows/publish.yml",
                 ".github/workflows/review.yml", ".github/CODEOWNERS", "site_templates/README.md"):
        assert (site / name).is_file(), name
        assert f"acme/{name}" in result.output
    assert list((site / "statements").iterdir()) == [site / "statements" / ".gitkeep"]
    settings = load_settings(site)
    assert (settings.organisation, settings.site_name, settings.site_url) == (
        "Acme Rail", "Acme Rail status", "https://status.acme-rail.example/")
    assert settings.languages == ("en",) and settings.timezone.key == "Europe/Paris"
    # The demo's settings and warnings are not carried over.
    assert "Calypso" not in (site / "mkdocs.yml").read_text(encoding="utf-8")
    # Press releases need a city, an About text and a contact: init says so, once.
    assert "Before your first statement, set `location`, `about`, `media_contact`" in result.output

    monkeypatch.chdir(site)
    check = run("check")
    assert check.exit_code == 0 and "0 statement files checked: 0 errors, 0 warnings: ok" in check.output
    build = run("build")
    assert build.exit_code == 0, build.output
    assert page_title(site / "site" / "index.html").endswith("Acme Rail status")
    assert not any("Calypso" in p.read_text(encoding="utf-8", errors="replace")
                   for p in (site / "site").rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".atom"))
    listing = run("list")
    assert listing.exit_code == 0 and "No statements yet" in listing.output


def test_a_french_first_site_is_french_with_english_under_en(here: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    result = run("init", "rail", "--name", "Rail d'Opale", "--url", "https://etat.rail-opale.example/",
                 "--lang", "fr", "--lang", "en", "--timezone", "Europe/Paris")
    assert result.exit_code == 0, result.output
    site = here / "rail"
    settings = load_settings(site)
    assert settings.languages == ("fr", "en") and settings.site_name == "Rail d'Opale – état des services"
    config = yaml.safe_load((site / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"]["language"] == "fr"
    readme = (site / "README.md").read_text(encoding="utf-8")
    assert "Le site d’état de Rail d'Opale" in readme and "onevoice translate PARTIE-DU-NOM --lang en" in readme
    monkeypatch.chdir(site)
    assert run("check").exit_code == 0
    assert run("build").exit_code == 0
    home = (site / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in home and "Rail d&#39;Opale" in home or "Rail d'Opale" in home
    assert (site / "site" / "en" / "index.html").is_file()
    # Each language's pages carry the site's name in that language.
    assert settings.site_title("fr") == "Rail d'Opale – état des services"
    assert settings.site_title("en") == "Rail d'Opale status"
    assert page_title(site / "site" / "index.html").endswith("Rail d'Opale – état des services")
    assert page_title(site / "site" / "en" / "index.html").endswith("Rail d'Opale status")


def fill_slots(path: Path) -> None:
    """The new statement's [SLOTS] filled as a team would: a signal failure on the coast line."""
    text = path.read_text(encoding="utf-8")
    for slot, words in (("[WHAT IS NOT WORKING, FOR WHOM, SINCE WHEN]", "Trains on the coast line are late"),
                        ("[WHAT HAPPENED, SINCE WHEN, WHO IS AFFECTED]", "A signal failed at 10:50 near Calais."),
                        ("[WHAT WE ARE DOING, AND WHEN WE EXPECT IT TO WORK]", "Our engineers are replacing it."),
                        ("[WHAT PEOPLE SHOULD DO, OR THAT NOTHING IS NEEDED]", "Your ticket is valid on the bus.")):
        text = text.replace(slot, words)
    path.write_text(text, encoding="utf-8")


def test_with_the_press_values_a_statement_is_built_with_its_press_release(here: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    result = run("init", "acme", "--name", "Acme Rail", "--url", "https://status.acme-rail.example/",
                 "--timezone", "Europe/Paris", *PRESS)
    assert result.exit_code == 0, result.output
    assert "Before your first statement" not in result.output
    site = here / "acme"
    settings = load_settings(site)
    assert settings.location == {"en": "Lille"} and settings.media_contact.email == "press@acme-rail.example"
    assert settings.media_contact.name == "Press office"
    monkeypatch.chdir(site)
    assert run("new", "Trains delayed on the coast line", "--severity", "major").exit_code == 0
    path = site / "statements" / "2026-11-20-trains-delayed-on-the-coast-line.md"
    fill_slots(path)
    check = run("check")
    assert check.exit_code == 0, check.output
    build = run("build")
    assert build.exit_code == 0, build.output
    release = (site / "dist" / path.stem / "en" / "press-release.md").read_text(encoding="utf-8")
    assert "LILLE" in release.upper() and "press@acme-rail.example" in release
    assert "Acme Rail runs regional trains" in release
    assert page_title(site / "site" / "statements" / path.stem / "index.html").startswith(
        "Trains delayed on the coast line")


def test_a_site_in_two_languages_names_its_press_office_in_each(here: Path) -> None:
    result = run("init", "acme", "--name", "Acme Rail", "--url", "https://status.acme-rail.example/",
                 "--lang", "fr", "--lang", "en", "--about", "Acme Rail fait rouler des trains.", *PRESS)
    assert result.exit_code == 0, result.output
    contact = load_settings(here / "acme").media_contact
    assert (contact.name_in("fr"), contact.name_in("en")) == ("Service de presse", "Press office")


def test_nothing_is_overwritten_and_bad_values_are_refused_with_a_hint(here: Path) -> None:
    site = here / "existing"
    site.mkdir()
    (site / "mkdocs.yml").write_text("site_name: Ours\n", encoding="utf-8")
    before = sorted(site.rglob("*"))
    taken = run("init", "existing", "--name", "Acme", "--url", "https://status.acme.example/")
    assert taken.exit_code == 1 and "already has mkdocs.yml: nothing was written" in taken.output
    assert sorted(site.rglob("*")) == before
    assert (site / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Ours\n"

    cases = [
        (["--url", "status.acme"], "--url 'status.acme' is not the address of a site"),
        (["--url", "https://s.acme.example/", "--lang", "frr"], "did you mean 'fr'?"),
        (["--url", "https://s.acme.example/", "--lang", "it"], "supported: en, fr, de"),
        (["--url", "https://s.acme.example/", "--timezone", "Europe/Pari"], "did you mean 'Europe/Paris'?"),
        (["--url", "https://s.acme.example/", "--lang", "en", "--lang", "fr", "--about", "One text only."],
         "1 --about for 2 language(s) (en, fr)"),
        (["--url", "https://s.acme.example/", "--press-email", "press@acme.example"],
         "needs both --press-email and --press-phone"),
        (["--url", "https://s.acme.example/", "--press-email", "press", "--press-phone", "0102030405"],
         "'press' is not an e-mail address"),
    ]
    for options, message in cases:
        result = run("init", "fresh", "--name", "Acme", *options)
        assert result.exit_code == 2 and message in result.output, (options, result.output)
        assert "Traceback" not in result.output
        assert not (here / "fresh").exists()
    empty = run("init", "fresh", "--name", "  ", "--url", "https://s.acme.example/")
    assert empty.exit_code == 2 and "--name is empty" in empty.output


def test_a_fresh_repository_keeps_its_readme_and_gitignore(here: Path) -> None:
    repo = here / "status"
    repo.mkdir()
    (repo / "README.md").write_text("# Our status page\n", encoding="utf-8")
    (repo / ".gitignore").write_text("*.log\n", encoding="utf-8")
    result = run("init", "status", "--name", "Acme", "--url", "https://status.acme.example/", "--timezone", "UTC")
    assert result.exit_code == 0, result.output
    assert (repo / "README.md").read_text(encoding="utf-8") == "# Our status page\n"
    assert (repo / ".gitignore").read_text(encoding="utf-8") == "*.log\n"
    assert "kept your status/README.md" in result.output
    assert "kept your status/.gitignore; add /site/, /dist/ and /.onevoice/ to it" in result.output
    assert (repo / "mkdocs.yml").is_file()


def test_the_new_workflows_pass_actionlint_and_zizmor_and_follow_the_projects_own(here: Path) -> None:
    assert run("init", "acme", "--name", "Acme", "--url", "https://status.acme.example/").exit_code == 0
    workflows = here / "acme" / ".github" / "workflows"
    findings = actionlint(workflows / "publish.yml", workflows / "review.yml")
    assert findings == [], findings
    result = subprocess.run([zizmor(), "--offline", "--format", "plain", str(workflows)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "No findings to report" in result.stdout, result.stdout + result.stderr
    for name in ("publish.yml", "review.yml"):
        assert f"completed {workflows / name}" in result.stderr

    ours = yaml.safe_load((REPO / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))["jobs"]
    theirs = yaml.safe_load((workflows / "publish.yml").read_text(encoding="utf-8"))["jobs"]
    # The same history protection, deploy and pinned actions as the project's own publish.
    assert [s.get("uses") for s in theirs["build"]["steps"]] == [s.get("uses") for s in ours["build"]["steps"]]
    assert theirs["deploy"] == ours["deploy"]
    live = [s["run"] for s in theirs["build"]["steps"] if s.get("id") == "live"]
    assert live == [s["run"] for s in ours["build"]["steps"] if s.get("id") == "live"]
    install = next(s["run"] for s in theirs["build"]["steps"] if s["name"] == "Install onevoice")
    assert install == "python -m pip install -r requirements.txt"


def test_installed_from_a_wheel_init_writes_a_site_its_publish_steps_build(tmp_path: Path) -> None:
    python_bin = fresh_python(tmp_path / "python")
    done = subprocess.run([str(python_bin / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                           "--no-deps", str(REPO)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    # The installed onevoice, not this checkout, writes the site: the scaffold ships in the wheel.
    init = subprocess.run([str(python_bin / "onevoice"), "init", "acme", "--name", "Acme Rail",
                           "--url", "https://status.acme-rail.example/", "--timezone", "Europe/Paris", *PRESS],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    site = tmp_path / "acme"
    requirement = (site / "requirements.txt").read_text(encoding="utf-8")
    assert re.search(r"^onevoice==\d+\.\d+\.\d+$", requirement, re.MULTILINE), requirement
    # Where this onevoice comes from in the test: this checkout (the README's way to point it elsewhere).
    (site / "requirements.txt").write_text(requirement.replace(
        re.search(r"^onevoice==.*$", requirement, re.MULTILINE)[0], f"onevoice @ {REPO.as_uri()}"), encoding="utf-8")
    git(site, "init", "-q", "-b", "main")
    commit_all(site, "a status site of our own")

    scratch = tmp_path / "runner"
    scratch.mkdir()
    runner = JobRun(site, scratch, [python_bin], context={"github.token": ""})
    job = yaml.safe_load((site / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))["jobs"]["build"]
    ran = []
    for index, step in enumerate(job["steps"]):
        if "uses" in step:
            continue
        result = runner.run(job, step, index)
        ran.append(step["name"])
        assert result.returncode == 0, f"{step['name']}:\n{result.stdout}\n{result.stderr}"
    assert ran == ["Install onevoice", "Find the commit the live site was built from", "Check the statements",
                   "Build the site and the channel copies"]
    assert page_title(site / "site" / "index.html").endswith("Acme Rail status")
    assert (site / "site" / "api" / "v2" / "summary.json").is_file()
    where = subprocess.run([str(python_bin / "python"), "-c", "import generator; print(generator.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    installed = Path(where.strip()).parent
    assert not installed.is_relative_to(REPO), installed
    # The wheel has every module, every default template and every catalogue of this checkout.
    def files(root: Path, pattern: str) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts}

    modules = {name for name in files(installed, "*.py") if not name.startswith("site_templates/")}
    assert modules == files(REPO / "generator", "*.py")
    assert files(installed / "site_templates", "*") == files(REPO / "site_templates", "*")
    assert files(installed / "locale", "*") == files(REPO / "generator" / "locale", "*")


def test_from_a_clone_the_workflows_install_that_repository_at_its_commit(tmp_path: Path) -> None:
    from generator.authoring.scaffold import onevoice_requirement

    clone = tmp_path / "onevoice"
    clone.mkdir()
    (clone / "pyproject.toml").write_text("[project]\nname = 'onevoice'\n", encoding="utf-8")
    git(clone, "init", "-q", "-b", "main")
    assert onevoice_requirement("0.1.0", clone) == "onevoice==0.1.0"  # no commit, no remote: the index
    commit = commit_all(clone, "onevoice")
    git(clone, "remote", "add", "origin", "git@github.com:acme/onevoice.git")
    assert onevoice_requirement("0.1.0", clone) == f"onevoice @ git+https://github.com/acme/onevoice.git@{commit}"
    git(clone, "remote", "set-url", "origin", "https://gitlab.example/acme/onevoice")
    assert onevoice_requirement("0.1.0", clone) == f"onevoice @ git+https://gitlab.example/acme/onevoice@{commit}"
    assert onevoice_requirement("0.1.0", tmp_path) == "onevoice==0.1.0"  # not a clone


@pytest.fixture
def clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A clone of onevoice that init runs from, and its commit."""
    folder = tmp_path / "onevoice"
    (folder / "generator").mkdir(parents=True)
    (folder / "pyproject.toml").write_text("[project]\nname = 'onevoice'\n", encoding="utf-8")
    git(folder, "init", "-q", "-b", "main")
    commit = commit_all(folder, "onevoice")
    monkeypatch.setattr("generator.core.paths.PACKAGE", folder / "generator")
    return folder, commit


def test_init_says_when_requirements_names_a_version_pypi_does_not_have(here: Path, clone) -> None:  # type: ignore[no-untyped-def]
    folder, commit = clone
    git(folder, "remote", "add", "origin", "/work/main")  # a clone of a clone on this computer
    result = run("init", "acme", "--name", "Acme", "--url", "https://status.acme.example/")
    assert result.exit_code == 0, result.output
    assert "onevoice==" in (here / "acme" / "requirements.txt").read_text(encoding="utf-8")
    assert "requirements.txt names onevoice==" in result.output
    assert "a version not published on PyPI, so the publish workflow cannot install it" in result.output
    assert f"  onevoice @ git+https://github.com/<you>/onevoice@{commit}\n" in result.output


def test_init_says_nothing_of_pypi_when_the_clone_has_a_usable_remote(here: Path, clone) -> None:  # type: ignore[no-untyped-def]
    folder, commit = clone
    git(folder, "remote", "add", "origin", "https://github.com/acme/onevoice")
    result = run("init", "acme", "--name", "Acme", "--url", "https://status.acme.example/")
    assert result.exit_code == 0, result.output
    written = (here / "acme" / "requirements.txt").read_text(encoding="utf-8")
    assert written.endswith(f"\nonevoice @ git+https://github.com/acme/onevoice@{commit}\n")
    assert "PyPI" not in result.output


def test_a_site_whose_empty_statements_folder_was_not_kept_still_works(here: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert run("init", "acme", "--name", "Acme", "--url", "https://status.acme.example/").exit_code == 0
    site = here / "acme"
    (site / "statements" / ".gitkeep").unlink()
    (site / "statements").rmdir()  # a clone of a repository where git kept no empty folder
    monkeypatch.chdir(site)
    check, listing = run("check"), run("list")
    assert check.exit_code == 0 and "0 statement files checked" in check.output
    assert listing.exit_code == 0 and "No statements yet" in listing.output
    update = run("update", "-s", "identified", "-m", "x")
    assert update.exit_code == 2 and "no statement is ongoing" in update.output
    assert run("new", "Trains delayed", "--severity", "minor").exit_code == 0
    assert (site / "statements" / "2026-11-20-trains-delayed.md").is_file()


def test_the_short_name_given_to_init_opens_the_sms_and_a_long_one_is_refused(here: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    long_name = run("init", "long", "--name", "Northern Coast Regional Railways", "--url",
                    "https://status.ncrr.example/", "--timezone", "Europe/Paris", *PRESS)
    assert long_name.exit_code == 0 and "--short-name" in long_name.output
    refused = run("init", "refused", "--name", "Acme Rail", "--url", "https://status.acme-rail.example/",
                  "--short-name", "Northern Coast Regional Railways")
    assert refused.exit_code != 0 and "at most 20" in refused.output and not (here / "refused").exists()
    result = run("init", "acme", "--name", "Northern Coast Regional Railways", "--url",
                 "https://status.ncrr.example/", "--timezone", "Europe/Paris", "--short-name", "NCR Rail", *PRESS)
    assert result.exit_code == 0, result.output
    assert "--short-name" not in result.output
    site = here / "acme"
    monkeypatch.chdir(site)
    assert run("new", "Trains delayed on the coast line", "--severity", "major").exit_code == 0
    path = site / "statements" / "2026-11-20-trains-delayed-on-the-coast-line.md"
    fill_slots(path)
    build = run("build")
    assert build.exit_code == 0, build.output
    sms = (site / "dist" / path.stem / "en" / "sms" / "announcement.txt").read_text(encoding="utf-8")
    assert sms.startswith("NCR Rail"), sms
