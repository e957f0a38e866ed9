"""The message catalogue: every key in both languages, with the same facts, and every key the code raises."""

import re
import string
from pathlib import Path

import pytest

from graph import errors
from graph.views import messages
from graph.views.messages import MESSAGES, message

from ..conftest import ROOT


def fields(template: str) -> set:
    """The facts a template uses, with the conversion each gets (``name!q``) and its spec (``xs:and``)."""
    return {(name, conversion, spec) for _, name, spec, conversion in string.Formatter().parse(template)
            if name is not None}


def test_every_key_has_both_languages():
    assert set(MESSAGES) == set(messages.LANGS)
    assert set(MESSAGES["en"]) == set(MESSAGES["id"])


@pytest.mark.parametrize("key", sorted(MESSAGES["en"]))
def test_both_languages_use_the_same_facts(key):
    assert fields(MESSAGES["en"][key]) == fields(MESSAGES["id"][key])
    assert MESSAGES["en"][key] != MESSAGES["id"][key] or not re.search("[a-z]{3}", re.sub(r"\{[^}]*\}", "", MESSAGES["en"][key]))


#: Keys the code builds from a name rather than writing them out, or that the catalogue uses itself.
COMPOSED = {"source_avoided", "target_avoided", "limit_timeout", "limit_results", "click_missing_argument",
            "click_missing_option", "click_missing_parameter", "not_utf8_text", "severity_Warning", "severity_Info",
            "count_roles", "count_families", "count_requirements", "count_technologies", "count_activities",
            "count_tasks", "count_links", "count_remapped", "count_skipped"}


def source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "graph").rglob("*.py"))
                     if path.name != "messages.py")


def test_every_key_the_code_raises_is_worded():
    text = source()
    raised = set(re.findall(r'(?:Error|Phrase|Usage|Refused)\(\s*"([a-z][a-z_]+)"', text))
    raised |= set(re.findall(r'\bfail\([^,()]+, "([a-z][a-z_]+)"', text))
    raised |= set(re.findall(r'BadValueError\([^()]*?, "([a-z][a-z_]+)"', text))
    assert len(raised) > 100  # the scan finds the raise sites
    assert raised - set(MESSAGES["en"]) == set()


def test_every_worded_key_is_used():
    literals = set(re.findall(r'"([a-z][a-z0-9_]*)"', source()))
    assert set(MESSAGES["en"]) - literals - COMPOSED == set()


def test_nested_facts_are_worded_in_the_same_language():
    err = errors.DataError("located", where="roles.ttl:3", error=errors.BadValueError(
        "role:x", "https://w3id.org/aijobs/ontology#level", "2.5", "not_whole"))
    assert message(err, "en") == "roles.ttl:3: role:x: level '2.5' is not a whole number"
    assert message(err, "id") == "roles.ttl:3: role:x: nilai level '2.5' bukan bilangan bulat"


def test_labels_and_numbers_follow_the_language():
    cycle = errors.DataError("prerequisite_cycle", cycle=[{"en": "Statistics", "id": "Statistik"},
                                                          {"en": "Programming", "id": "Pemrograman"}])
    assert message(cycle, "id") == "prasyarat berputar: Statistik → Pemrograman"
    big = errors.ViewTooLarge(12345, 1500, focused=False)
    assert "12,345" in message(big, "en") and "12.345" in message(big, "id")


def test_reasons_of_the_system_are_worded_in_indonesian():
    missing = FileNotFoundError(2, "No such file or directory")
    err = errors.DataError("cannot_read", path=Path("x.ttl"), reason=missing)
    assert message(err, "en") == "x.ttl: cannot be read (No such file or directory)"
    assert message(err, "id") == "x.ttl: tidak bisa dibaca (berkas atau folder tidak ada)"


def test_an_error_without_words_says_its_key_and_facts():
    assert str(errors.OptionError("bad_budget", max_step=0)) == "bad_budget(max_step=0)"
