"""Names in the front matter stay names: YAML 1.1 reads `NO` (Norway), `ON`, `OFF`, `Yes` as
booleans, which would publish "#False" as a hashtag or "True" as an affected service."""

from __future__ import annotations

from generator.reading.yaml_source import load_mapping
from tests.press_support import statement_file, write_statement


def test_country_codes_and_switch_words_in_flow_lists_are_kept_as_written(project, settings):
    text = statement_file(front="hashtags: [NO, Yes]\naffected: [ON, OFF, DNS]\n", title="Login failures in Norway",
                          sections={"Summary": "Since 09:12 CET some customers in Norway cannot log in. We are sorry."})
    statement = write_statement(project, settings, text)
    assert list(statement.hashtags) == ["NO", "Yes"]
    assert list(statement.affected) == ["ON", "OFF", "DNS"]


def test_true_and_false_are_still_booleans_where_a_flag_is_expected(project, settings):
    # A real boolean still reads as one, so a flag written `true` keeps working.
    assert load_mapping("a: true\nb: False\nc: no\n", 1)[0] == {"a": True, "b": False, "c": "no"}
