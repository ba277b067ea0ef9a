"""Actor resolution on realistic sentences with hand-built entity layers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.document import Document, Entity, Meta
from tests.actors.conftest import actor_of

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "docs" / "examples" / "example-1.json"


def test_surname_after_full_name_is_one_actor(run_actors):
    text = "قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده لن تتفاوض. وأضاف ظريف أن العقوبات غير قانونية."
    doc = run_actors(text, [("محمد جواد ظريف", "PER"), ("ظريف", "PER", 1)])
    zarif = actor_of(doc, "محمد جواد ظريف")
    assert actor_of(doc, "ظريف") is zarif
    assert (zarif.kind, zarif.country, zarif.sector, zarif.code) == ("person", "IRN", "GOV", "IRNGOV")
    assert zarif.title == "وزير الخارجية"
    assert actor_of(doc, "وزير الخارجية الإيراني محمد جواد ظريف") is zarif
    assert {e.actor for e in doc.entities} == {zarif.id}


def test_title_alone_with_nisba_is_the_syrian_president(run_actors):
    doc = run_actors("وقال الرئيس السوري في كلمة أمام مجلس الشعب إن الحرب شارفت على نهايتها.", [("مجلس الشعب", "ORG")])
    president = actor_of(doc, "الرئيس السوري")
    assert (president.kind, president.country, president.sector) == ("person", "SYR", "GOV")
    assert president.title == "الرئيس"


def test_title_alone_without_a_dictionary_holder_is_a_new_person(run_actors):
    doc = run_actors("وقال الرئيس السوري إن الحرب شارفت على نهايتها.", date="1990-01-01")
    president = actor_of(doc, "الرئيس السوري")
    assert (president.name, president.country, president.sector) == ("الرئيس السوري", "SYR", "GOV")


def test_isis_names_are_one_actor(run_actors):
    text = "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم، وقالت مصادر محلية إن داعش خسر مواقعه قرب الرقة."
    doc = run_actors(text, [("تنظيم الدولة الإسلامية", "ORG"), ("داعش", "ORG"), ("الرقة", "LOC")])
    isis = actor_of(doc, "داعش")
    assert actor_of(doc, "تنظيم الدولة الإسلامية") is isis
    assert (isis.kind, isis.sector, isis.key) == ("group", "REB", "org:isis")


def test_capital_as_government_but_not_as_destination(run_actors):
    text = "وقالت واشنطن إن العقوبات ستبقى، بينما وصل الوفد الإيراني إلى واشنطن مساء أمس."
    doc = run_actors(text, [("واشنطن", "LOC"), ("واشنطن", "LOC", 1)])
    usa = actor_of(doc, "واشنطن")
    assert (usa.kind, usa.country, usa.sector, usa.code) == ("country", "USA", "GOV", "USAGOV")
    assert len(usa.mentions) == 1
    first, second = doc.entities
    assert (first.type, first.actor, second.actor) == ("LOC", usa.id, None)


def test_country_as_place_is_not_an_actor(run_actors):
    text = "قصفت طائرات إسرائيلية مواقع في جنوب لبنان، ودعت إيران إلى ضبط النفس."
    doc = run_actors(text, [("لبنان", "LOC"), ("إيران", "LOC")])
    assert not any(doc.text[m.start : m.end] == "لبنان" for a in doc.actors for m in a.mentions)
    assert actor_of(doc, "إيران").code == "IRN"
    planes = actor_of(doc, "طائرات إسرائيلية")
    assert (planes.name, planes.country, planes.sector) == ("القوات الجوية الإسرائيلية", "ISR", "MIL")


@pytest.mark.parametrize(
    ("phrase", "name", "country", "sector"),
    [
        ("الحكومة اللبنانية", "الحكومة اللبنانية", "LBN", "GOV"),
        ("الجيش الأمريكي", "الجيش الأمريكي", "USA", "MIL"),
        ("القوات الروسية", "القوات الروسية", "RUS", "MIL"),
        ("السلطات السورية", "السلطات السورية", "SYR", "GOV"),
        ("الشرطة العراقية", "الشرطة العراقية", "IRQ", "COP"),
    ],
)
def test_generic_heads_with_nisba(run_actors, phrase, name, country, sector):
    doc = run_actors(f"وأكد مصدر مطلع أن {phrase} رفضت الاتهامات الموجهة إليها.")
    actor = actor_of(doc, phrase)
    assert (actor.name, actor.kind, actor.country, actor.sector) == (name, "organization", country, sector)
    assert not doc.entities  # a generic head with a nisba is not an entity


def test_head_and_nisba_must_agree(run_actors):
    doc = run_actors("وقال وزير الخارجية اللبناني إن الحوار مستمر.")
    assert [a.kind for a in doc.actors] == ["person"]


def test_ministry_pattern_adds_an_org_entity(run_actors):
    doc = run_actors("وقالت وزارة الخارجية الروسية في بيان إن موسكو تدعم الحوار.", [("موسكو", "LOC")])
    ministry = actor_of(doc, "وزارة الخارجية الروسية")
    assert (ministry.country, ministry.sector) == ("RUS", "GOV")
    org = [e for e in doc.entities if e.type == "ORG"]
    assert len(org) == 1 and org[0].actor == ministry.id


def test_title_gives_an_unknown_name_its_entity(run_actors):
    text = "وقال وزير الخارجية الإيراني سامر حبيقة إن بلاده لن تتراجع."
    doc = run_actors(text)
    per = [e for e in doc.entities if e.type == "PER"]
    assert [doc.text[e.start : e.end] for e in per] == ["سامر حبيقة"]
    actor = actor_of(doc, "سامر حبيقة")
    assert (actor.country, actor.title) == ("IRN", "وزير الخارجية")
    assert actor_of(doc, "بلاده") is actor


def test_name_then_title_after_comma(run_actors):
    text = "قال كريم الساعدي، وزير المالية المصري، إن الحكومة ستخفض العجز. بدوره، أكد الوزير المصري أن الأسعار ستستقر."
    doc = run_actors(text, [("كريم الساعدي", "PER")])
    minister = actor_of(doc, "كريم الساعدي")
    assert (minister.country, minister.sector, minister.title) == ("EGY", "GOV", "وزير المالية")
    assert actor_of(doc, "بدوره") is minister
    assert actor_of(doc, "الوزير المصري") is minister


def test_marker_without_name_takes_last_person_of_its_gender(run_actors):
    text = (
        "التقت وزيرة الخارجية السويدية آن ليندي نظيرها الأردني أيمن الصفدي في عمان. "
        "من جانبها، دعت إلى وقف التصعيد."
    )
    doc = run_actors(text, [("آن ليندي", "PER"), ("أيمن الصفدي", "PER"), ("عمان", "LOC")])
    linde = actor_of(doc, "آن ليندي")
    assert actor_of(doc, "من جانبها") is linde
    safadi = actor_of(doc, "أيمن الصفدي")
    assert (safadi.country, safadi.sector) == ("JOR", "GOV")


def test_counterpart_takes_the_antecedent_title(run_actors):
    text = "بحث وزير الدفاع التركي خلوصي أكار مع نظيره الروسي سيرغي شويغو الوضع في إدلب."
    doc = run_actors(text, [("خلوصي أكار", "PER"), ("سيرغي شويغو", "PER"), ("إدلب", "LOC")])
    shoigu = actor_of(doc, "سيرغي شويغو")
    assert (shoigu.country, shoigu.sector, shoigu.title) == ("RUS", "GOV", "وزير الدفاع")
    assert actor_of(doc, "نظيره الروسي سيرغي شويغو") is shoigu


def test_dictionary_person_missed_by_ner_is_added(run_actors):
    doc = run_actors("وصل بشار الأسد إلى موسكو في زيارة لم يعلن عنها.", [("موسكو", "LOC")])
    per = [e for e in doc.entities if e.type == "PER"]
    assert [doc.text[e.start : e.end] for e in per] == ["بشار الأسد"]
    assert per[0].actor == actor_of(doc, "بشار الأسد").id
    assert [e.id for e in doc.entities] == ["T1", "T2"]


def test_ids_follow_first_mention_and_mentions_are_sorted(run_actors):
    text = "وقالت الحكومة العراقية إن الجيش الأمريكي سينسحب، فيما قال علي شمخاني إن شمخاني لن يتراجع."
    doc = run_actors(text, [("علي شمخاني", "PER"), ("شمخاني", "PER", 1)])
    firsts = [a.mentions[0].start for a in doc.actors]
    assert firsts == sorted(firsts)
    assert [a.id for a in doc.actors] == [f"A{n}" for n in range(1, len(doc.actors) + 1)]
    for a in doc.actors:
        assert list(a.mentions) == sorted(a.mentions, key=lambda m: (m.start, m.end))


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the worked example (../shared/docs) is not present")
def test_worked_example(run_actors, text_stage, actors_stage):
    gold = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    text = gold["text"]
    # The example's own entity T8 points into اللبنانية (228); the name لبنان is at 333.
    ents = [Entity(e["id"], e["start"], e["end"], e["type"]) for e in gold["entities"] if e["start"] != 228]
    ents.append(Entity("T8", 333, 338, "LOC"))
    doc = text_stage(Document("example-1", text, Meta(date=gold["meta"]["date"])))
    doc = actors_stage(doc.with_layer("entities", tuple(sorted(ents, key=lambda e: e.start))))
    got = {a.name: a for a in doc.actors}
    for expected in gold["actors"]:
        actor = got.get(expected["name"])
        assert actor is not None, f"missing actor {expected['name']}"
        assert (actor.kind, actor.country, actor.sector, actor.code, actor.title) == (
            expected["kind"], expected["country"], expected["sector"], expected["code"], expected["title"]
        )
        assert [(m.start, m.end) for m in actor.mentions] == [(m["start"], m["end"]) for m in expected["mentions"]]
    assert len(doc.actors) == len(gold["actors"])
    by_span = {(e.start, e.end): e.actor for e in doc.entities}
    ids = {a.name: a.id for a in doc.actors}
    for e in gold["entities"]:
        if e["type"] == "PER":
            name = next(a["name"] for a in gold["actors"] if a["id"] == e["actor"])
            assert by_span[(e["start"], e["end"])] == ids[name]


def test_surname_missed_by_ner_after_a_verb_is_added(run_actors):
    # حتي is also حتى ("until") once normalised: it is taken as the surname only after a verb.
    text = "أعلن وزير الخارجية اللبناني ناصيف حتي أمس رفض بلاده أي اعتداء. وأضاف حتي أن الحوار مستمر حتى الآن."
    doc = run_actors(text, [("ناصيف حتي", "PER")], date="2020-07-24")
    hitti = actor_of(doc, "ناصيف حتي")
    per = [doc.text[e.start : e.end] for e in doc.entities if e.type == "PER"]
    assert per == ["ناصيف حتي", "حتي"]
    assert all(e.actor == hitti.id for e in doc.entities)
    assert len(hitti.mentions) == 4  # title phrase, name, بلاده, حتي — not حتى الآن


def test_output_is_valid_against_the_schema(run_actors, validator):
    text = "وقال الرئيس السوري إن داعش هزم، فيما قالت واشنطن إن القوات الأمريكية باقية."
    doc = run_actors(text, [("داعش", "ORG"), ("واشنطن", "LOC")])
    validator.validate(doc.to_json())
    assert len(doc.actors) == 4
