"""Hand-made documents (our own invented news) with actors, statements, events and places.

Spans are given as the text they cover (with an occurrence number when the text repeats), so the
offsets are computed rather than typed.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.document import SCHEMA_ID


def _span(text: str, part: str, nth: int = 1) -> dict[str, Any]:
    pos = -1
    for _ in range(nth):
        pos = text.index(part, pos + 1)
    return {"start": pos, "end": pos + len(part), "text": part}


def _sentences(text: str) -> list[dict[str, int]]:
    return [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^.\n]+[.]?", text) if m.group().strip()]


def make_doc(doc_id: str, text: str, date: str, actors=(), statements=(), events=(), places=(), entities=()) -> dict:
    def span(part):
        return _span(text, *part) if isinstance(part, tuple) else _span(text, part)

    doc = {"schema": SCHEMA_ID, "id": doc_id, "text": text,
           "meta": {"date": date, "source": "test", "url": None, "title": f"title of {doc_id}", "language": "ar"},
           "sentences": _sentences(text), "entities": [], "actors": [], "places": [], "statements": [],
           "events": [], "dates": []}
    for i, (name, name_en, kind, country, sector, key, mentions) in enumerate(actors, 1):
        code = (country or "") + (sector or "") or None
        doc["actors"].append({"id": f"A{i}", "name": name, "name_en": name_en, "kind": kind, "country": country,
                              "sector": sector, "code": code, "title": None, "wikidata": None,
                              "mentions": [span(m) for m in mentions], **({"key": key} if key else {})})
    for i, (part, etype, actor) in enumerate(entities, 1):
        s = span(part)
        doc["entities"].append({"id": f"T{i}", "start": s["start"], "end": s["end"], "text": s["text"], "type": etype,
                                "actor": actor, "place": None, "score": None})
    for i, (name, name_en, country, geonameid, mention) in enumerate(places, 1):
        doc["places"].append({"id": f"P{i}", "name": name, "name_en": name_en, "geonameid": geonameid, "lat": None,
                              "lon": None, "country": country, "feature_code": None, "mentions": [span(mention)]})
    for i, (cue, speaker, content, direct, sdate) in enumerate(statements, 1):
        doc["statements"].append({"id": f"S{i}", "cue": span(cue), "speaker": speaker, "speaker_mention": None,
                                  "content": span(content), "direct": direct, "date": sdate, "score": None})
    for i, (etype, trigger, source, target, place, statement) in enumerate(events, 1):
        doc["events"].append({"id": f"V{i}", "type": etype, "mode": None, "trigger": span(trigger),
                              "source": list(source), "target": list(target), "place": place, "date": None,
                              "statement": statement, "negated": False, "score": None})
    return doc


HITTI = ("ناصيف حتي", "Nassif Hitti", "person", "LBN", "GOV", "lbn_fm_hitti")

BEIRUT = make_doc(
    "beirut-1",
    "بيروت - أكد وزير الخارجية اللبناني ناصيف حتي أمس أن سورية شريك أساسي في ملف النازحين.\n"
    "وقال حتي: «نرفض أي تدخل في شؤوننا».\n"
    "وقصفت طائرات إسرائيلية مواقع قرب بلدة الخيام.",
    "2020-07-24",
    actors=[(*HITTI, ["ناصيف حتي", "حتي"]),
            ("القوات الجوية الإسرائيلية", "Israeli Air Force", "organization", "ISR", "MIL", None, ["طائرات إسرائيلية"])],
    entities=[("ناصيف حتي", "PER", "A1"), (("حتي", 2), "PER", "A1")],
    statements=[("أكد", "A1", "سورية شريك أساسي في ملف النازحين", False, "2020-07-23"),
                ("وقال", "A1", "نرفض أي تدخل في شؤوننا", True, None)],
    events=[("ASSAULT", "وقصفت", ["A2"], [], "P1", None)],
    places=[("الخيام", "Khiam", "LB", 278915, "الخيام")],
)

DAMASCUS = make_doc(
    "damascus-1",
    "دمشق - قال وزير الخارجية السوري فيصل المقداد إن سوريا ترحب بعودة العلاقات مع الأردن.\n"
    "والتقى المقداد نظيره الأردني أيمن الصفدي في عمان.",
    "2021-03-02",
    actors=[("فيصل المقداد", "Faisal Mekdad", "person", "SYR", "GOV", None, ["فيصل المقداد", "المقداد"]),
            ("أيمن الصفدي", "Ayman Safadi", "person", "JOR", "GOV", None, ["أيمن الصفدي"])],
    entities=[("فيصل المقداد", "PER", "A1"), ("أيمن الصفدي", "PER", "A2")],
    statements=[("قال", "A1", "سوريا ترحب بعودة العلاقات مع الأردن", False, None)],
    events=[("CONSULT", "والتقى", ["A1"], ["A2"], "P1", None)],
    places=[("عمان", "Amman", "JO", 250441, "عمان")],
)

REFORMS = make_doc(
    "beirut-2",
    "بيروت - دعا ناصيف حتي الحكومة اللبنانية إلى تنفيذ الإصلاحات دون تأخير.",
    "2021-03-05",
    actors=[(*HITTI, ["ناصيف حتي"]),
            ("الحكومة اللبنانية", "Government of Lebanon", "organization", "LBN", "GOV", None, ["الحكومة اللبنانية"])],
    entities=[("ناصيف حتي", "PER", "A1"), ("الحكومة اللبنانية", "ORG", "A2")],
    statements=[("دعا", "A1", "الحكومة اللبنانية إلى تنفيذ الإصلاحات دون تأخير", False, None)],
    events=[("REQUEST", "دعا", ["A1"], ["A2"], None, "S1")],
)

SANCTIONS = make_doc(
    "beirut-3",
    "أعلنت الحكومة اللبنانيّة أنها ستفرض عقوبات على التجار المحتكرين.",
    "2021-03-06",
    actors=[("الحكومة اللبنانيّة", None, "organization", "LBN", "GOV", None, ["الحكومة اللبنانيّة"])],
    entities=[("الحكومة اللبنانيّة", "ORG", "A1")],
    statements=[("أعلنت", "A1", "أنها ستفرض عقوبات على التجار المحتكرين", False, None)],
    events=[("SANCTION", "ستفرض", ["A1"], [], None, "S1")],
)

ALL = (BEIRUT, DAMASCUS, REFORMS, SANCTIONS)
