"""Every row of every actor table is valid; problems are listed so the lead can fix the tables."""

from __future__ import annotations

import pytest

from rasd.actors import dictionary, validate
from rasd.actors.dictionary import Entry, Role, nisba_keys
from rasd.actors.forms import phrase_key


@pytest.fixture(scope="module")
def compiled(resources):
    return dictionary.load(resources)


def test_actor_tables_have_no_bad_rows(compiled):
    problems = [str(p) for p in compiled.problems]
    assert not problems, "bad rows in the actor tables:\n" + "\n".join(problems)


def test_the_tables_are_not_empty(compiled):
    assert len(compiled.countries) >= 190
    kinds = {e.kind for e in compiled.by_key.values()}
    assert {"person", "organization", "group", "country"} <= kinds


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"iso3": "SYR", "iso2": "SY", "name_ar": "سوريا"}, []),
        ({"iso3": "SYX", "iso2": "SY", "name_ar": "سوريا"}, ["iso3"]),
        ({"iso3": "SYR", "iso2": "SA", "name_ar": "سوريا"}, ["iso2"]),
        ({"iso3": "SYR", "iso2": "SY", "name_ar": "سُوريا"}, ["diacritics"]),
    ],
)
def test_country_checks(row, expected):
    found = list(validate.check_country_row(row, validate.iso_codes()))
    assert len(found) == len(expected)
    for message, word in zip(found, expected):
        assert word in message


def test_role_checks_catch_bad_dates_sectors_and_order():
    codes = validate.iso_codes()
    assert not list(validate.check_role("IRN|GOV|وزير الخارجية|2013-08-15|2021-08-25", codes))
    assert not list(validate.check_role("|IGO|الأمين العام|2017|", codes))
    assert any("sector" in m for m in validate.check_role("IRN|XXX|وزير|2013|2014", codes))
    assert any("does not exist" in m for m in validate.check_role("IRN|GOV|وزير|2013-02-30|", codes))
    assert any("ends before" in m for m in validate.check_role("IRN|GOV|وزير|2015|2013-01", codes))
    assert any("fields" in m for m in validate.check_role("IRN|GOV|وزير|2015", codes))


def test_org_and_person_checks():
    codes = validate.iso_codes()
    good = {"id": "org:hamas", "name_ar": "حماس", "kind": "group", "country": "PSE", "sector": "REB"}
    assert not list(validate.check_org_row(good, codes))
    assert len(list(validate.check_org_row({**good, "id": "org:Hamas", "kind": "party"}, codes))) == 2
    person = {"id": "per:x", "name_ar": "س", "gender": "x", "roles": "", "wikidata": "12"}
    assert len(list(validate.check_person_row(person, codes))) == 2


def test_nisba_inflections_cover_number_gender_and_article():
    forms = {key for key, _ in nisba_keys("سوري")}
    for word in ("سوري", "السوري", "السوريه", "السوريون", "السوريين", "السوريات", "سوريه", "سوريان"):
        assert (word,) in forms
    multi = {key for key, _ in nisba_keys("كوري جنوبي")}
    assert ("الكوريه", "الجنوبيه") in multi and ("كوريون", "جنوبيون") in multi


def test_role_by_date_and_latest_role():
    entry = Entry("per:x", "person", "س", roles=(
        Role("IRN", "GOV", "وزير الدفاع", "1997-08", "2005-08"),
        Role("IRN", "GOV", "أمين المجلس الأعلى للأمن القومي", "2013-09-10", "2023-05-22"),
    ))
    assert entry.role_at("2020-07-24") == (entry.roles[1], True)
    assert entry.role_at("2001-01-01")[0].title == "وزير الدفاع"
    assert entry.role_at(None) == (entry.roles[1], False)
    assert entry.role_at("2010-01-01") == (entry.roles[0], False)


def test_dictionary_names_are_indexed(compiled):
    isis = compiled.names.get(phrase_key("تنظيم الدولة الإسلامية"))
    assert [e.key for e in isis] == ["org:isis"]
    assert compiled.capitals.get(phrase_key("واشنطن"))[0].country == "USA"
