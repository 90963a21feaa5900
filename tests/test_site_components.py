"""Components, as a site owner declares them and a reader sees them: declared in mkdocs.yml
(every mistake located at its line), named by statements (a name that is none is a warning
with a suggestion), shown with the status the statements give them, or, on a site that
declares none, one per name in `affected`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.test_site_support import SERVICES_DOWN, build, build_root, maintenance, make_root, read, statement


def components(site: Path, lang: str = "") -> dict[str, dict]:  # type: ignore[type-arg]
    found = json.loads((site / lang / "api/v2/components.json").read_text("utf-8"))["components"]
    return {c["name"]: c for c in found}


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def services(site: Path, page: str = "index.html") -> str:
    html = read(site, page)
    start = html.index('id="components"')
    return text_of(html[start:html.index("</section>", start)])


def undeclare(config: str) -> str:
    """The sample mkdocs.yml without its declared components: one per `affected` name."""
    start = config.index("    # What the status page lists")
    return config[:start] + config[config.index("    audiences:"):].split("\n", 1)[1]


def test_the_ongoing_incident_gives_its_components_the_status_its_severity_means(tmp_path: Path) -> None:
    site = build(tmp_path, extra=SERVICES_DOWN)
    found = components(site)
    # The major card-payments incident names Checkout and Mobile app: partial outage.
    assert found["Checkout"]["status"] == found["Mobile app"]["status"] == "partial_outage"
    assert found["Online payments"]["status"] == found["Merchant dashboard"]["status"] == "operational"
    # Groups come first, list their components and show the worst of them.
    assert found["Payments"]["group"] is True and found["Payments"]["status"] == "partial_outage"
    assert found["Payments"]["components"] == ["checkout", "payment-terminals", "online-payments", "payouts"]
    assert found["Checkout"]["group_id"] == "payments" and found["Checkout"]["position"] == 2
    assert "Payments Partial outage Checkout Card payments at the till and on payment terminals. Partial outage" \
        in services(site)
    assert "Online payments Operational" in services(site)
    # The French page names them in French, with the same statuses.
    assert "Paiements Panne partielle Paiement en caisse" in services(site, "fr/index.html")
    assert components(site, "fr")["Application mobile"]["status"] == "partial_outage"


@pytest.mark.parametrize(("severity", "extra", "expected"), [
    ("minor", "", "degraded_performance"),
    ("critical", "", "major_outage"),
    ("critical", "component_status: degraded_performance\n", "degraded_performance"),
    ("minor", "component_status: {Payouts: major_outage}\n", "major_outage"),
])
def test_severity_or_component_status_decides_and_the_worst_statement_wins(
        tmp_path: Path, severity: str, extra: str, expected: str) -> None:
    text = statement(title="Payout delays", severity=severity, extra="affected: [Payouts]\n" + extra)
    site = build(tmp_path, extra={"2026-11-19-payouts.md": text, **SERVICES_DOWN})
    assert components(site)["Payouts"]["status"] == expected
    # Payments also holds Checkout, in partial outage from the sample: the group shows the worse.
    ranks = ["operational", "degraded_performance", "partial_outage", "major_outage"]
    assert components(site)["Payments"]["status"] == max(expected, "partial_outage", key=ranks.index)


def test_a_breach_or_a_recall_under_way_does_not_mark_its_services_down(tmp_path: Path) -> None:
    # A data breach names what it concerns; the service works ("come as planned"): its
    # component stays operational and the banner says there is a notice, not an outage.
    text = statement(title="Unauthorised access to payout data", severity="critical", extra="affected: [Payouts]\n",
                     summary="Someone used a stolen login to view the payout details of 3,412 merchants. Payouts "
                             "work normally. We are sorry.")
    site = build(tmp_path, extra={"2026-11-19-breach.md": text},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert components(site)["Payouts"]["status"] == "operational"
    # The API's words agree with the banner: the services work, and a notice is in force.
    status = json.loads((site / "api/v2/status.json").read_text())["status"]
    assert status == {"indicator": "none",
                      "description": "Services Operational; Personal Data Incident Notice in Force"}
    home = text_of(read(site, "index.html"))
    # The notice says what kind it is: people look for "recall" or "data", not "notice".
    assert "Personal data incident: see below" in home and "Payouts Data incident" in home
    # (Its group says so too: never "Payments Operational" above "Payouts Data incident".)
    assert "Payments Operational" not in services(site), services(site)


def test_a_recall_under_way_says_recall_on_the_banner_and_beside_the_product(tmp_path: Path) -> None:
    text = statement(title="Recall of payment terminals T2", severity="major", extra="affected: [Payouts]\n",
                     summary="We are recalling T2 payment terminals of lot 24K118: their battery can overheat. "
                             "Stop using them and unplug them. We are sorry.")
    site = build(tmp_path, extra={"2026-11-19-recall.md": text},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert components(site)["Payouts"]["status"] == "operational"
    summary = json.loads((site / "api/v2/summary.json").read_text())["status"]
    assert summary["description"] == "Services Operational; Product Recall in Force"
    home = text_of(read(site, "index.html"))
    assert "Product recall in force: see below" in home and "Payouts Recall in force" in home
    # The one notice in force gives its news in the banner, not "1 ongoing: see below".
    detail = read(site, "index.html").split('class="ov-banner__detail">', 1)[1].split("<", 1)[0]
    assert detail.startswith("Recall of payment terminals T2"), detail


def test_a_resolved_statement_leaves_its_components_operational(tmp_path: Path) -> None:
    site = build(tmp_path, drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert {c["status"] for c in components(site).values()} == {"operational"}
    status = json.loads((site / "api/v2/status.json").read_text())["status"]
    assert status == {"indicator": "none", "description": "All Systems Operational"}


def test_a_resolved_statement_keeps_what_its_own_component_status_says_is_still_down(tmp_path: Path) -> None:
    # A notice closed while the service stays shut ("the chairlift stays closed until the
    # investigators agree"): never "Operational" beside it.
    closed = statement(title="Payouts stopped after a fire", severity="critical", status="resolved",
                       extra="affected: [Payouts]\ncomponent_status: {Payouts: major_outage}\n")
    site = build(tmp_path, extra={"2026-11-19-payouts.md": closed},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert components(site)["Payouts"]["status"] == "major_outage"
    assert "Payouts Major outage" in services(site), services(site)


def test_an_unknown_name_in_affected_is_a_warning_with_a_suggestion(project: Path) -> None:
    text = statement(extra="affected: [Chekout, Merchants in France and Belgium, Paiement en caisse]\n")
    (project / "statements" / "2026-11-19-typo.md").write_text(text)
    result = CliRunner().invoke(main, ["check", "statements/2026-11-19-typo.md", "--format", "json"])
    found = [p for p in json.loads(result.stdout)["problems"] if p["rule"] == "format/unknown-component"]
    # A typo is caught; an audience and a name in another language are fine.
    assert [(p["line"], p["severity"], p["message"]) for p in found] == [
        (5, "warning", "'Chekout' is not a component of this site: no component will show this statement")]
    assert found[0]["hint"].startswith("did you mean 'Checkout'?")


def test_without_declared_components_every_affected_name_is_one(tmp_path: Path) -> None:
    site = build(tmp_path, config=undeclare, extra=SERVICES_DOWN)
    found = components(site)
    assert set(found) == {"Checkout", "Mobile app", "Merchant dashboard", "Merchants in France and Belgium",
                          "Cartes de fidélité"}
    assert found["Checkout"]["status"] == "partial_outage" and found["Checkout"]["group_id"] is None
    # Each language's pages name them as its own file does (card-payments.fr.md: [Paiement en
    # caisse, Application mobile]), under the one id the API keeps.
    assert "Checkout Partial outage Mobile app Partial outage" in services(site)
    assert "Paiement en caisse Panne partielle Application mobile Panne partielle" in services(site, "fr/index.html")
    assert "Mobile app" not in services(site, "fr/index.html")
    french = components(site, "fr")
    assert french["Application mobile"]["id"] == found["Mobile app"]["id"] == "mobile-app"
    assert french["Cartes de fidélité"]["id"] == found["Cartes de fidélité"]["id"]


def test_a_french_only_statement_naming_a_translated_component_makes_no_second_one(tmp_path: Path) -> None:
    # card-payments.fr.md calls "Mobile app" « Application mobile »: a French-only statement
    # naming « Application mobile » is about the same service, not a new one listed as working.
    text = ("---\ntitle: Lenteurs de l'application\nseverity: minor\nstarted: 2026-11-19 08:00\n"
            "affected: [Application mobile]\n---\n\n## Résumé\nL'application mobile est lente depuis 9 h. "
            "Nous en cherchons la cause.\n\n## Mises à jour\n\n### 2026-11-19 09:00 · analyse\n"
            "Nous cherchons la cause.\n")
    site = build(tmp_path, extra={"2026-11-19-lenteurs.fr.md": text}, config=undeclare)
    found = components(site)
    assert "Application mobile" not in found
    assert "Mobile app" in found
    assert services(site).count("Mobile app") == 1 and "Application mobile" not in services(site)
    assert services(site, "fr/index.html").count("Application mobile") == 1


def test_without_declared_components_an_advert_or_a_fire_lists_no_people_as_services(tmp_path: Path) -> None:
    # A withdrawn advert names its audience, a fire the hotel and its guests: listed as
    # services they would read "Operational" beside a closed hotel. A pair whose languages
    # spell a component alike (SSO) keeps it.
    advert = statement(title="Our advert mocking older drivers", severity="major", status="resolved",
                       extra="affected: [Customers aged 65 and over, TV campaign]\n",
                       summary="Our TV advert made fun of older drivers. It was offensive and we withdrew it. We are "
                               "sorry.")
    fire = statement(title="Fire at our Chamonix hotel", severity="critical", status="resolved",
                     extra="affected: [Chamonix hotel, Hotel guests]\n",
                     summary="A fire broke out in the laundry of our Chamonix hotel. All guests were evacuated.")
    sso = statement(title="Single sign-on down", severity="major", extra="affected: [SSO, EMAIL]\n",
                    summary="Nobody can sign in to e-mail since 8:00. We are restoring the service.")
    sso_fr = ("---\ntitle: Connexion unique en panne\nseverity: major\nstarted: 2026-11-19 08:00\n"
              "affected: [SSO, EMAIL]\n---\n\n## Résumé\nPersonne ne peut se connecter à la messagerie depuis 8 h. "
              "Nous rétablissons le service.\n\n## Mises à jour\n\n### 2026-11-19 09:00 · analyse\n"
              "Nous rétablissons le service.\n")
    # A recall names products: once its statement is closed they would read "Operational"
    # while nobody should eat them.
    recall = statement(title="Recall of Poêlée campagnarde (pieces of blue plastic)", severity="major",
                       status="resolved", extra="affected: [Poêlée campagnarde 750 g, Poêlée campagnarde 1.5 kg]\n",
                       summary="We are recalling Poêlée campagnarde 750 g and 1.5 kg, lots L2611 and L2612. Do not "
                               "eat them. We are sorry.")
    # People and countries are who and where, not services; a withdrawn campaign is no service.
    breach = statement(title="Unauthorised access to our appointment system", severity="critical",
                       extra="affected: [Appointment system, Patients of our seven clinics, United Kingdom]\n",
                       summary="Someone copied the appointment data of 48,312 patients. We apologise.")
    campaign = statement(title='We have withdrawn our "Clean Bowl Challenge" campaign', severity="major",
                         status="resolved", extra="affected: [Clean Bowl Challenge campaign]\n",
                         summary="Our campaign encouraged dogs to eat fast, which is dangerous. We are sorry.")
    site = build(tmp_path, extra={"2026-11-19-advert.md": advert, "2026-11-19-fire.md": fire,
                                  "2026-11-19-sso.md": sso, "2026-11-19-sso.fr.md": sso_fr,
                                  "2026-11-19-recall.md": recall, "2026-11-19-breach.md": breach,
                                  "2026-11-19-campaign.md": campaign}, config=undeclare)
    found = components(site)
    assert not {"Customers aged 65 and over", "TV campaign", "Chamonix hotel", "Hotel guests"} & set(found)
    assert not {"Poêlée campagnarde 750 g", "Poêlée campagnarde 1.5 kg"} & set(found)
    assert not {"Patients of our seven clinics", "United Kingdom", "Clean Bowl Challenge campaign"} & set(found)
    assert "Appointment system" in found
    assert "Poêlée" not in services(site)
    # Its page says the statement has had its last word, never that the recall is over.
    page = text_of(read(site, "statements/2026-11-19-recall/index.html"))
    assert "Final update" in page and "Resolved" not in page
    assert found["SSO"]["status"] == found["EMAIL"]["status"] == "partial_outage"
    assert "SSO Partial outage" in services(site) and "SSO Panne partielle" in services(site, "fr/index.html")


def test_the_samples_name_only_declared_components_and_audiences(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    assert [p for p in json.loads(result.stdout)["problems"] if p["rule"] == "format/unknown-component"] == []


@pytest.mark.parametrize(("block", "line", "message"), [
    ("      - name: Checkout\n        nmes: {fr: Caisse}\n", 2, "unknown component key `nmes`"),
    ("      - group: Payments\n", 1, "this component has no `name`"),
    ("      - name: Checkout\n      - name: checkout\n", 2, "the component 'checkout' is declared twice"),
    ("      - name: A\n        group: {en: Payments, fr: Paiements}\n      - name: B\n"
     "        group: {en: Payments, fr: Règlements}\n", 4, "the group 'Payments' is called 'Paiements' and 'Règlements'"),
    ("      - name: A\n        names: {de: Kasse}\n", 2, "`names` has a text for 'de', which is not a site language"),
])
def test_a_mistake_in_components_is_an_error_at_its_line(project: Path, block: str, line: int, message: str) -> None:
    config = (project / "mkdocs.yml").read_text()
    start = config.index("    components:\n") + len("    components:\n")
    end = config.index("    audiences:")
    (project / "mkdocs.yml").write_text(config[:start] + block + config[end:])
    first = config[:start].count("\n") + 1
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    assert f"mkdocs.yml:{first + line - 1}:" in result.output and message in result.output, result.output
    assert "Traceback" not in result.output


def test_a_logo_and_footer_per_language_replace_the_theme_credit(tmp_path: Path) -> None:
    def brand(config: str) -> str:
        return config.replace("    title:", "    logo: {en: brand/logo-en.svg, fr: brand/logo-fr.svg}\n    title:")

    root = make_root(tmp_path, config=brand)
    (root / "brand").mkdir()
    for lang in ("en", "fr"):
        svg = f'<svg xmlns="http://www.w3.org/2000/svg"><title>{lang.upper()}</title></svg>'
        (root / "brand" / f"logo-{lang}.svg").write_text(svg)
    site = build_root(root, tmp_path / "site")
    home, french = read(site, "index.html"), read(site, "fr/index.html")
    assert '<img src="assets/images/logo.svg"' in home and "<title>EN</title>" in read(site, "assets/images/logo.svg")
    assert "<title>FR</title>" in read(site, "fr/assets/images/logo.svg")
    assert "État des services Calypso Pay" in text_of(french) and "Help for merchants" in text_of(home)
    assert "Aide aux commerçants" in text_of(french)
    assert "Made with" not in text_of(home) and "Made with" not in text_of(french)


def test_a_missing_logo_is_a_settings_error(project: Path) -> None:
    config = (project / "mkdocs.yml").read_text().replace("    title:", "    logo: brand/missing.svg\n    title:")
    (project / "mkdocs.yml").write_text(config)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    line = config.splitlines().index("    logo: brand/missing.svg") + 1
    assert f"mkdocs.yml:{line}:5: error: the logo 'brand/missing.svg' is not a file inside the site root" \
        in result.output


def test_a_statement_page_lists_its_components_with_the_status_it_gives_them(tmp_path: Path) -> None:
    work = maintenance(updates=(("2026-11-20 10:00", "in progress", "Started."),
                                ("2026-11-19 10:00", "scheduled", "Planned.")))
    site = build(tmp_path, extra={"2026-11-19-upgrade.md": work, **SERVICES_DOWN})
    page = text_of(read(site, "statements/2026-11-19-upgrade/index.html"))
    assert "Affected Online payments Under maintenance Payouts Under maintenance" in page
    assert components(site)["Online payments"]["status"] == "under_maintenance"
    # An incident elsewhere is worse than maintenance: the page indicator stays the incident's.
    assert json.loads((site / "api/v2/status.json").read_text())["status"]["indicator"] == "major"


def test_an_overdue_card_says_an_update_was_due_and_does_not_promise_it_again(tmp_path: Path) -> None:
    from tests.test_site_support import SAMPLE_MOMENT

    text = statement(title="Payout delays", severity="major", extra="affected: [Payouts]\nnext_update: 2026-11-19 10:00\n",
                     update="Payouts are delayed by about two hours. Next update by 10:00.")
    site = build(tmp_path, extra={"2026-11-19-payouts.md": text}, now=SAMPLE_MOMENT)
    home = text_of(read(site, "index.html"))
    card = home[home.index("Payout delays"):]
    assert "An update was due by" in card and "Overdue" in card
    assert "Payouts are delayed by about two hours." in card and "Next update by 10:00" not in card
    # The statement page's banner names the promise it speaks of, so it reads alone.
    page = text_of(read(site, "statements/2026-11-19-payouts/index.html"))
    assert "the update promised for 19 November 2026, 10:00 CET has not been posted yet." in page


def test_a_service_down_beside_a_recall_names_both_on_the_banner(tmp_path: Path) -> None:
    text = statement(title="Recall of payment terminals T2", severity="major", extra="affected: [Payouts]\n",
                     summary="We are recalling T2 payment terminals of lot 24K118: their battery can overheat. "
                             "Stop using them and unplug them. We are sorry.")
    site = build(tmp_path, extra={"2026-11-19-recall.md": text, **SERVICES_DOWN})  # the card-payment outage stays on
    home = text_of(read(site, "index.html"))
    assert "Partial outage · Product recall in force: see below" in home, home[:600]


def test_a_boil_water_notice_naming_places_lists_them_under_the_notice_beside_the_services(tmp_path: Path) -> None:
    # "Water supply: Operational" alone beside a boil-water notice for three towns reads as all
    # clear: the towns under the notice are listed with it (the API keeps the services only).
    burst = statement(title="No water in Ravensholme after a burst main", severity="minor", status="resolved",
                      extra="affected: [Ravensholme, Water supply]\n",
                      summary="A burst main cut the water of 640 homes in Ravensholme. It was repaired at 17:00.")
    boil = statement(title="Boil water notice in Kelderby and Thwaite End", severity="critical", status="identified",
                     extra="kind: safety\naffected: [Kelderby, Thwaite End]\n",
                     summary="Boil your tap water before drinking it: a parasite was found at our Kelderby works.")
    site = build(tmp_path, extra={"2026-11-19-burst.md": burst, "2026-11-19-boil.md": boil}, config=undeclare)
    listed = services(site)
    assert "Kelderby Safety notice" in listed and "Thwaite End Safety notice" in listed, listed
    assert "Water supply Operational" in listed, listed
    assert "Kelderby" not in components(site)


def test_a_ferry_route_down_reads_disrupted_never_partial_outage(tmp_path: Path) -> None:
    # "Dover–Calais: Partial outage" is an IT status page's word for a route: travellers read
    # "Disrupted" (« Trafic perturbé »), and the banner "Services disrupted".
    gale = statement(title="Sailings cancelled in a gale", severity="major", status="identified",
                     extra="kind: outage\naffected: [Dover–Calais, Portsmouth–Caen]\n",
                     summary="Since 21:00 a severe gale has stopped all our Dover–Calais sailings and the "
                             "Portsmouth–Caen crossings.")
    site = build(tmp_path, extra={"2026-11-19-gale.md": gale, **SERVICES_DOWN}, config=undeclare)
    listed = services(site)
    assert "Dover–Calais Disrupted" in listed and "Portsmouth–Caen Disrupted" in listed, listed
    assert "Dover–Calais Trafic perturbé" in services(site, "fr/index.html"), services(site, "fr/index.html")
    # (A service keeps its words: the sample's card payments are still a "Partial outage".)
    assert "Checkout Partial outage" in listed, listed
    assert components(site)["Dover–Calais"]["status"] == "partial_outage"  # the API keeps Statuspage's words


def test_the_banner_gives_the_one_notice_in_the_pages_own_language(tmp_path: Path) -> None:
    english = statement(title="Recall of payment terminals T2", severity="major", extra="affected: [Payouts]\n",
                        summary="We are recalling T2 payment terminals of lot 24K118: their battery can overheat. "
                                "Stop using them and unplug them. We are sorry.")
    french = ("---\ntitle: Rappel des terminaux de paiement T2\nseverity: major\nstarted: 2026-11-19 08:00\n"
              "affected: [Payouts]\n---\n\n## Résumé\nNous rappelons les terminaux de paiement T2 du lot 24K118 : "
              "leur batterie peut surchauffer. Cessez de les utiliser et débranchez-les. Nous sommes désolés.\n\n"
              "## Mises à jour\n\n### 2026-11-19 09:00 · analyse\nNous recensons les terminaux concernés.\n")
    site = build(tmp_path, extra={"2026-11-19-recall.md": english, "2026-11-19-recall.fr.md": french},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    for page, title in (("index.html", "Recall of payment terminals T2"),
                        ("fr/index.html", "Rappel des terminaux de paiement T2")):
        detail = read(site, page).split('class="ov-banner__detail">', 1)[1].split("<", 1)[0]
        assert detail.startswith(title), (page, detail)


def test_a_transport_service_is_disrupted_never_in_partial_outage(tmp_path: Path) -> None:
    text = statement(title="Strike by our drivers on 4 December", severity="major",
                     extra="affected: [Intercity lines, School transport]\n",
                     summary="A strike by our drivers disrupts our intercity lines and school transport. We are sorry.")
    site = build(tmp_path, config=undeclare, extra={"2026-11-19-strike.md": text},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    shown = services(site)
    assert "Intercity lines Disrupted" in shown and "School transport Disrupted" in shown, shown
    assert "Partial outage" not in text_of(read(site, "index.html")), shown


def test_an_outage_at_its_monitoring_stage_shows_its_services_restored_and_watched(tmp_path: Path) -> None:
    # The fix is in and the team watches that it holds: an emergency department that is open
    # again is never shown as "Major outage"; the API says operational, as Statuspage does.
    text = statement(title="Payout system failure", severity="critical", status="monitoring",
                     extra="affected: [Payouts]\n",
                     summary="Payouts failed from 08:00 to 10:40. They work again and we are watching them.")
    site = build(tmp_path, extra={"2026-11-19-payouts.md": text},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert components(site)["Payouts"]["status"] == "operational"
    assert "Payouts Restored, monitoring" in services(site)
    assert "Major outage" not in text_of(read(site, "index.html"))
    assert "Services restored · monitoring" in text_of(read(site, "index.html"))
    page = text_of(read(site, "statements/2026-11-19-payouts/index.html"))
    assert "Payouts Restored, monitoring" in page and "Major outage" not in page
    # The same outage while the team still works on it: down, as its severity says.
    site = build(tmp_path / "identified", extra={"2026-11-19-payouts.md": text.replace("· monitoring", "· identified")},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert components(site)["Payouts"]["status"] == "major_outage"
    assert "Payouts Major outage" in services(site)


def test_a_lift_kept_closed_after_its_notice_reads_closed_and_the_banner_says_what_is_still_down(
        tmp_path: Path) -> None:
    # A chairlift shut for the investigators is "Closed" (« Fermé »), never "Major outage"; with
    # every notice closed, the banner names it rather than "No ongoing incident".
    closed = statement(title="Chairlift accident at Pralong", severity="critical", status="resolved",
                       extra="kind: safety\naffected: [Pralong chairlift]\n"
                             "component_status: {Pralong chairlift: major_outage}\n",
                       summary="A skier fell from the Pralong chairlift. The chairlift stays closed until the "
                               "investigation is over. We are sorry.")
    def lift_declared(config: str) -> str:
        return config.replace("    components:\n", "    components:\n      - name: Pralong chairlift\n"
                                                   "        names: {fr: Télésiège de Pralong}\n", 1)

    site = build(tmp_path, config=lift_declared, extra={"2026-11-19-chairlift.md": closed},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    assert "Pralong chairlift Closed" in services(site), services(site)
    assert "Télésiège de Pralong Fermé" in services(site, "fr/index.html"), services(site, "fr/index.html")
    home = text_of(read(site, "index.html"))
    assert "Major outage" not in home and "No ongoing incident" not in home, home
    assert "Still closed or disrupted: Pralong chairlift." in home, home
    assert components(site)["Pralong chairlift"]["status"] == "major_outage"  # the API keeps Statuspage's words


def test_a_ferry_route_between_hyphenated_places_reads_disrupted(tmp_path: Path) -> None:
    # "Porz-Gwenn–Enez-Ruz" (kit 35): each end hyphenated, still a route in a traveller's words.
    crossing = statement(title="Crossings reduced after an accident", severity="major", status="identified",
                         extra="kind: outage\naffected: [Porz-Gwenn–Enez-Ruz]\n",
                         summary="Our ship struck the pontoon at Porz-Gwenn: crossings to Enez-Ruz are reduced.")
    site = build(tmp_path, extra={"2026-11-19-crossing.md": crossing, **SERVICES_DOWN}, config=undeclare)
    assert "Porz-Gwenn–Enez-Ruz Disrupted" in services(site), services(site)


def test_a_breach_that_gives_statuses_part_by_part_leaves_the_others_running_and_its_group_says_notice(
        tmp_path: Path) -> None:
    # A ransomware statement gave the booking site "major_outage" and named the emergency
    # department without a status ("open throughout"): the home page labelled the emergency
    # department "Data incident", and a group whose members had notices read "Operational".
    text = statement(title="Cyber-attack on our systems", severity="critical",
                     extra="kind: breach\naffected: [Merchant dashboard, Checkout, Payouts]\n"
                           "component_status:\n  Merchant dashboard: major_outage\n",
                     summary="A ransomware attack has disabled our merchant dashboard, and payout data has been "
                             "stolen. Checkout has kept working throughout. We are sorry.")
    site = build(tmp_path, extra={"2026-11-19-attack.md": text},
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    home = services(site)
    assert "Checkout Data incident" not in home and "Payouts Data incident" not in home, home
    assert "Merchant dashboard Major outage" in home, home


def test_a_service_a_safety_notice_says_runs_reads_operational(tmp_path: Path) -> None:
    # A cable car stopped after an accident, and the shuttle buses that replace it, which the
    # statement says run ("Shuttle buses: operational"): the page listed the shuttles under
    # "Safety notice", the one service people can use shown as a danger.
    text = statement(title="Cable car stopped after an emergency stop", severity="critical", status="identified",
                     extra="kind: safety\naffected: [Cable car, Shuttle buses]\n"
                           "component_status: {Cable car: major_outage, Shuttle buses: operational}\n",
                     summary="The cable car is closed after its emergency stop; free shuttle buses replace it. We are "
                             "sorry.")
    def lifts(config: str) -> str:
        return config.replace("    components:\n", "    components:\n      - name: Cable car\n        group: Lifts\n"
                                                     "      - name: Shuttle buses\n        group: Transport\n", 1)

    site = build(tmp_path, extra={"2026-12-13-cable-car.md": text}, config=lifts,
                 drop=("2026-11-20-card-payments.md", "2026-11-20-card-payments.fr.md"))
    listed = services(site)
    assert "Shuttle buses Operational" in listed, listed
    assert "Shuttle buses Safety notice" not in listed, listed
