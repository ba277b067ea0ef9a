"""Hand-made documents for the API tests: invented news, with spans given as the text they cover.

Offsets are computed from the text, never typed, so the documents stay consistent when edited.
"""

from __future__ import annotations

from typing import Any

from rasd.document import SCHEMA_ID

# Script, markup that breaks out of an attribute, and right-to-left override/isolate characters.
HOSTILE_TITLE = 'عنوان <script>window.__pwned = "title"</script>'
HOSTILE_TEXT = (
    "قال المتحدث باسم الحكومة سمير الحداد إن <script>window.__pwned = 1</script> لن يمر.\n"
    'وأضاف الحداد: "><img src=x onerror="window.__pwned = 2"> وتظاهر آلاف في ‮بيروت‬ ضد الغلاء.'
)


def find(text: str, part: str, nth: int = 1) -> dict[str, Any]:
    pos = -1
    for _ in range(nth):
        pos = text.index(part, pos + 1)
    return {"start": pos, "end": pos + len(part), "text": part}


def sentences(text: str) -> list[dict[str, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append({"start": start, "end": start + len(line)})
        start += len(line) + 1
    return out


def actor(aid: str, name: str, name_en: str, kind: str, country: str | None, sector: str | None,
          mentions: list[dict[str, int]], key: str | None = None) -> dict[str, Any]:
    code = ((country or "") + (sector or "")) or None
    out = {"id": aid, "name": name, "name_en": name_en, "kind": kind, "country": country, "sector": sector,
           "code": code, "title": None, "wikidata": None, "mentions": mentions}
    if key:
        out["key"] = key
    return out


def document(doc_id: str, text: str, date: str, title: str, **layers: list[dict[str, Any]]) -> dict[str, Any]:
    doc = {"schema": SCHEMA_ID, "id": doc_id, "text": text,
           "meta": {"date": date, "source": "اختبار", "url": None, "title": title, "language": "ar"},
           "sentences": sentences(text), "entities": [], "actors": [], "places": [], "statements": [],
           "events": [], "dates": []}
    doc.update(layers)
    for ent in doc["entities"]:
        ent.setdefault("score", None)
    return doc


def beirut() -> dict[str, Any]:
    text = ("بيروت - أكد وزير الخارجية اللبناني ناصيف حتي أمس أن لبنان يرفض أي اعتداء على أراضيه.\n"
            "وقصف الجيش الإسرائيلي أطراف بلدة الخيام فجر الثلاثاء.")
    hitti, army = find(text, "ناصيف حتي"), find(text, "الجيش الإسرائيلي")
    return document(
        "beirut-1", text, "2020-07-21", "حتي: لبنان يرفض أي اعتداء",
        entities=[{"id": "T1", **hitti, "type": "PER", "actor": "A1", "place": None},
                  {"id": "T2", **army, "type": "ORG", "actor": "A2", "place": None},
                  {"id": "T3", **find(text, "الخيام"), "type": "LOC", "actor": None, "place": "P1"}],
        actors=[actor("A1", "ناصيف حتي", "Nassif Hitti", "person", "LBN", "GOV", [hitti], key="lbn_fm_hitti"),
                actor("A2", "الجيش الإسرائيلي", "Israel Defense Forces", "organization", "ISR", "MIL", [army])],
        places=[{"id": "P1", "name": "الخيام", "name_en": "Khiam", "geonameid": 278915, "lat": 33.33, "lon": 35.61,
                 "country": "LB", "feature_code": "PPL", "mentions": [find(text, "الخيام")]}],
        statements=[{"id": "S1", "cue": find(text, "أكد"), "speaker": "A1", "speaker_mention": hitti,
                     "content": find(text, "لبنان يرفض أي اعتداء على أراضيه"), "direct": False, "date": "2020-07-20",
                     "score": None}],
        events=[{"id": "V1", "type": "ASSAULT", "mode": None, "trigger": find(text, "وقصف"), "source": ["A2"],
                 "target": [], "place": "P1", "date": None, "statement": None, "negated": False, "score": None}],
        dates=[{**find(text, "أمس"), "value": "2020-07-20"}],
    )


def amman() -> dict[str, Any]:
    text = ("عمان - التقى وزير الخارجية الأردني أيمن الصفدي نظيره السوري فيصل المقداد في عمان.\n"
            "وقال الصفدي إن الأردن يدعم حلا سياسيا يحفظ وحدة سورية.")
    safadi, mekdad = find(text, "أيمن الصفدي"), find(text, "فيصل المقداد")
    return document(
        "amman-1", text, "2021-09-22", "الصفدي يلتقي المقداد",
        entities=[{"id": "T1", **safadi, "type": "PER", "actor": "A1", "place": None},
                  {"id": "T2", **mekdad, "type": "PER", "actor": "A2", "place": None},
                  {"id": "T3", **find(text, "المقداد"), "type": "PER", "actor": "A2", "place": None}],
        actors=[actor("A1", "أيمن الصفدي", "Ayman Safadi", "person", "JOR", "GOV", [safadi, find(text, "الصفدي", 2)]),
                actor("A2", "فيصل المقداد", "Faisal Mekdad", "person", "SYR", "GOV", [mekdad])],
        places=[{"id": "P1", "name": "عمان", "name_en": "Amman", "geonameid": 250441, "lat": 31.95, "lon": 35.93,
                 "country": "JO", "feature_code": "PPLC", "mentions": [find(text, "عمان", 2)]}],
        statements=[{"id": "S1", "cue": find(text, "وقال"), "speaker": "A1", "speaker_mention": find(text, "الصفدي", 2),
                     "content": find(text, "الأردن يدعم حلا سياسيا يحفظ وحدة سورية"), "direct": False, "date": None,
                     "score": None}],
        events=[{"id": "V1", "type": "CONSULT", "mode": None, "trigger": find(text, "التقى"), "source": ["A1"],
                 "target": ["A2"], "place": "P1", "date": None, "statement": None, "negated": False, "score": None}],
    )


def cairo() -> dict[str, Any]:
    text = ("القاهرة - دعا وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي إلى اجتماع عاجل.\n"
            "وانتقد شكري تصريحات فيصل المقداد الأخيرة.")
    shoukry, safadi, mekdad = find(text, "سامح شكري"), find(text, "أيمن الصفدي"), find(text, "فيصل المقداد")
    return document(
        "cairo-1", text, "2021-10-03", "شكري يدعو الصفدي",
        entities=[{"id": "T1", **shoukry, "type": "PER", "actor": "A1", "place": None},
                  {"id": "T2", **safadi, "type": "PER", "actor": "A2", "place": None},
                  {"id": "T3", **mekdad, "type": "PER", "actor": "A3", "place": None}],
        actors=[actor("A1", "سامح شكري", "Sameh Shoukry", "person", "EGY", "GOV", [shoukry]),
                actor("A2", "أيمن الصفدي", "Ayman Safadi", "person", "JOR", "GOV", [safadi]),
                actor("A3", "فيصل المقداد", "Faisal Mekdad", "person", "SYR", "GOV", [mekdad])],
        statements=[{"id": "S1", "cue": find(text, "دعا"), "speaker": "A1", "speaker_mention": shoukry,
                     "content": find(text, "أيمن الصفدي إلى اجتماع عاجل"), "direct": False, "date": None, "score": None}],
        events=[{"id": "V1", "type": "REQUEST", "mode": None, "trigger": find(text, "دعا"), "source": ["A1"],
                 "target": ["A2"], "place": None, "date": None, "statement": "S1", "negated": False, "score": None},
                {"id": "V2", "type": "ACCUSE", "mode": None, "trigger": find(text, "وانتقد"), "source": ["A1"],
                 "target": ["A3"], "place": None, "date": None, "statement": None, "negated": False, "score": None}],
    )


def hostile() -> dict[str, Any]:
    text = HOSTILE_TEXT
    haddad = find(text, "سمير الحداد")
    return document(
        "hostile-1", text, "2022-01-15", HOSTILE_TITLE,
        entities=[{"id": "T1", **haddad, "type": "PER", "actor": "A1", "place": None},
                  {"id": "T2", **find(text, "بيروت"), "type": "LOC", "actor": None, "place": None}],
        actors=[actor("A1", "سمير الحداد <b>", "Samir <img src=x>", "person", "LBN", "GOV", [haddad])],
        statements=[{"id": "S1", "cue": find(text, "قال"), "speaker": "A1", "speaker_mention": haddad,
                     "content": find(text, "<script>window.__pwned = 1</script> لن يمر"), "direct": False,
                     "date": None, "score": None}],
        events=[{"id": "V1", "type": "PROTEST", "mode": None, "trigger": find(text, "وتظاهر"), "source": [],
                 "target": [], "place": None, "date": None, "statement": None, "negated": False, "score": None}],
    )


def filler(i: int) -> dict[str, Any]:
    """Small protest reports on many days (for paging): all share one actor, dates repeat in pairs."""
    text = f"تظاهر {100 + i} شخص في مدينة صور احتجاجا على انقطاع الكهرباء، وقال منظمو الوقفة إن صبرهم نفد."
    group = find(text, "منظمو الوقفة")
    day = 1 + i // 2
    return document(
        f"filler-{i:03d}", text, f"2023-03-{day:02d}", f"وقفة احتجاجية رقم {i}",
        entities=[{"id": "T1", **group, "type": "ORG", "actor": "A1", "place": None}],
        actors=[actor("A1", "منظمو الوقفة", "Organisers", "group", "LBN", "CVL", [group])],
        places=[{"id": "P1", "name": "صور", "name_en": "Tyre", "geonameid": 267008, "lat": 33.27, "lon": 35.2,
                 "country": "LB", "feature_code": "PPLA", "mentions": [find(text, "صور")]}],
        statements=[{"id": "S1", "cue": find(text, "وقال"), "speaker": "A1", "speaker_mention": group,
                     "content": find(text, "صبرهم نفد"), "direct": False, "date": None, "score": None}],
        events=[{"id": "V1", "type": "PROTEST", "mode": None, "trigger": find(text, "تظاهر"), "source": ["A1"],
                 "target": [], "place": "P1", "date": None, "statement": None, "negated": False, "score": None}],
    )


FILLERS = 30


def all_documents() -> list[dict[str, Any]]:
    return [beirut(), amman(), cairo(), hostile(), *(filler(i) for i in range(FILLERS))]


def build_store(path: str) -> str:
    """A SQLite store at ``path`` holding every document above."""
    from rasd.store import open_store
    from rasd.store.payload import payload_from_json

    with open_store(path) as store:
        for doc in all_documents():
            store.write(payload_from_json(doc))
    return path
