"""Resolution of place mentions: the worked example, ambiguous names, cue words, unknown places."""

from pathlib import Path

from rasd.geo.context import GeoContext
from tests.geo.conftest import place_of

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "docs" / "examples" / "example-1.txt"


def test_worked_example_places(run_places):
    text = (
        "بيروت - أعلن وزير الخارجية اللبناني أمس أن بلاده ترفض أي اعتداء، وذلك خلال لقائه نظيره الفرنسي في قصر بسترس. "
        "فيما قصفت طائرات إسرائيلية مساء الأحد مواقع قرب بلدة الخيام جنوب لبنان."
    )
    doc = run_places(text, ["بيروت", "قصر بسترس", "الخيام", "لبنان"])
    beirut = place_of(doc, "بيروت")
    assert (beirut.geonameid, beirut.feature_code, beirut.country) == (276781, "PPLC", "LB")
    unknown = place_of(doc, "قصر بسترس")
    assert unknown.geonameid is None and unknown.lat is None and unknown.lon is None
    assert unknown.country == "LB"  # the document's dominant country
    assert place_of(doc, "الخيام").geonameid == 278915
    lebanon = place_of(doc, "لبنان")
    assert (lebanon.geonameid, lebanon.feature_code) == (272103, "PCLI")


def test_tripoli_follows_the_document(run_places):
    lebanese = run_places("اشتباكات في طرابلس شمال لبنان بعد احتجاجات في بيروت", ["طرابلس", "لبنان", "بيروت"])
    libyan = run_places("قصفت قوات حفتر مطار معيتيقة في طرابلس وسط تصعيد في ليبيا", ["طرابلس", "ليبيا"])
    assert place_of(lebanese, "طرابلس").geonameid == 266826
    assert place_of(libyan, "طرابلس").geonameid == 2210247


def test_hama_spellings_and_deir_ez_zor_variants(geocoder):
    assert geocoder.resolve("حماه").geonameid == geocoder.resolve("حماة").geonameid == 170017
    assert geocoder.resolve("دير الزور").geonameid == geocoder.resolve("ديرالزور").geonameid == 170794
    assert geocoder.resolve("سورية").geonameid == geocoder.resolve("سوريا").geonameid == 163843


def test_governorate_cue_gives_the_division(geocoder):
    city = geocoder.resolve("حلب")
    division = geocoder.resolve("حلب", GeoContext(cue="محافظه"))
    assert city.geonameid == 170063
    assert division.entry is not None and division.entry.feature_code == "ADM1"
    assert division.country == "SY" and division.geonameid is None
    inside = geocoder.resolve("محافظة نينوى")
    assert inside.entry is not None and inside.entry.feature_code == "ADM1" and inside.country == "IQ"


def test_regions_from_the_additions(geocoder):
    for name, code, country in [("الجولان", "RGN", "SY"), ("قطاع غزة", "RGN", "PS"), ("الغوطة الشرقية", "RGN", "SY"),
                                ("ريف دمشق", "ADM1", "SY"), ("إقليم كردستان", "RGN", "IQ")]:
        r = geocoder.resolve(name)
        assert r.entry is not None and r.entry.feature_code == code and r.country == country, name


def test_unknown_places_stay_unknown(geocoder):
    r = geocoder.resolve("قصر بسترس")
    assert r.entry is None and r.geonameid is None
    airport = geocoder.resolve("مطار دمشق الدولي")
    assert airport.entry is None and airport.country == "SY"  # the country of the city named inside


def test_quarter_far_from_the_text_is_not_taken(run_places):
    doc = run_places("اندلعت معارك في حي الميدان وسط دمشق", ["الميدان", "دمشق"])
    assert place_of(doc, "الميدان").geonameid is None


def test_clitics_and_latin_names(geocoder):
    assert geocoder.resolve("والعراق").geonameid == 99237
    assert geocoder.resolve("لعراق").geonameid == 99237
    assert geocoder.resolve("Beirut").geonameid == 276781
    assert geocoder.resolve("Qasr Bustros").entry is None
