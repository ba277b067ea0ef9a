"""The event coder on realistic sentences: arguments, statements, negation, modality, merging."""

from __future__ import annotations

from tests.conftest import SAMPLE
from tests.events.conftest import coded, spans_text

EXAMPLE = SAMPLE + (
    "من جهته، دعا لودريان الحكومة اللبنانية إلى الإسراع في تنفيذ الإصلاحات، فيما قصفت طائرات إسرائيلية "
    "مساء الأحد مواقع قرب بلدة الخيام جنوب لبنان."
)


def test_worked_example(run):
    doc = run(EXAMPLE, "2020-07-24")
    by_type = {t: (w, e, i) for t, w, e, i in coded(doc)}
    assert set(by_type) >= {"CONSULT", "REQUEST", "ASSAULT", "REJECT"}
    _, consult, info = by_type["CONSULT"]
    assert doc.text[consult.trigger.start : consult.trigger.end] == "لقائه"
    names = {a.id: a.name for a in doc.actors}
    assert [names[a] for a in consult.source] == ["ناصيف حتي"]
    assert [names[a] for a in consult.target] == ["جان إيف لودريان"]
    _, request, _ = by_type["REQUEST"]
    assert request.statement is not None and [names[a] for a in request.source] == ["جان إيف لودريان"]
    assert [names[a] for a in request.target] == ["الحكومة اللبنانية"]
    _, assault, info = by_type["ASSAULT"]
    assert spans_text(doc, info.source_spans) == "طائرات إسرائيلية"
    assert assault.date == "2020-07-19" and assault.statement is None  # فيما ends the call's scope
    _, reject, _ = by_type["REJECT"]
    assert reject.statement == "S1" and reject.date == "2020-07-23"


def test_negation_is_marked(run):
    doc = run("نفى الجيش اللبناني أن تكون وحداته قد أطلقت النار على المحتجين في طرابلس.")
    (_, _, ev, info), = coded(doc, "ASSAULT")
    assert ev.negated and not info.factual and ev.statement is not None


def test_did_not_meet(run):
    doc = run("لم يلتق وزير الخارجية الأمريكي مايك بومبيو بنظيره التركي مولود جاويش أوغلو أمس.")
    (_, word, ev, _), = coded(doc, "CONSULT")
    assert word == "يلتق" and ev.negated


def test_future_and_condition(run):
    doc = run("من المقرر أن يزور ولي العهد السعودي الأمير محمد بن سلمان فرنسا الأسبوع المقبل.")
    (_, _, ev, info), = coded(doc, "CONSULT")
    assert ev.mode == "future" and not info.factual
    doc = run("وقال المسؤول إن إيران سترد إذا هاجمت إسرائيل منشآتها النووية.")
    assaults = coded(doc, "ASSAULT")
    assert assaults and all(not i.factual for _, _, _, i in assaults)


def test_passive_with_a_count_has_a_victim_not_an_agent(run):
    doc = run("بغداد - قتل خمسة جنود عراقيين أمس في هجوم بعبوة ناسفة قرب مدينة سامراء.")
    events = coded(doc, "ASSAULT")
    assert len(events) == 1  # قتل and هجوم are one attack
    _, _, ev, info = events[0]
    assert "جنود" in spans_text(doc, info.target_spans) and not info.source_spans
    assert ev.date == "2023-05-09"


def test_coordinated_sources_stay_one_event(run):
    doc = run("اتفقت مصر والسودان وإثيوبيا على استئناف المفاوضات حول سد النهضة.")
    (_, _, ev, info), = coded(doc, "AGREE")
    assert len(info.source_spans) == 3  # a list, not three dyads


def test_speech_act_source_is_the_speaker(run):
    doc = run("واتهم زعيم جماعة الحوثي عبد الملك الحوثي التحالف بقيادة السعودية بقصف الأحياء السكنية في صنعاء.")
    (_, _, accuse, _), = coded(doc, "ACCUSE")
    names = {a.id: a.name for a in doc.actors}
    assert [names[a] for a in accuse.source] == ["عبد الملك الحوثي"]
    for _, _, _, info in coded(doc, "ASSAULT"):
        assert "alleged" in info.flags and not info.factual  # asserted by the accuser, not a fact


def test_complement_of_a_call_is_no_event(run):
    doc = run("ودعا الأمين العام للأمم المتحدة إسرائيل إلى الانسحاب من المدينة ووقف الغارات.")
    assert {t for t, *_ in coded(doc)} == {"REQUEST"}


def test_participants_and_generic_mentions_are_no_events(run):
    doc = run("وتحدث المتظاهرون إلى الصحافيين عن مطالبهم.")
    assert not coded(doc, "PROTEST")
    doc = run("وأكد الوزير أن بلاده ترفض أي اعتداء على سيادتها.")
    assert not coded(doc, "ASSAULT")


def test_verbs_joined_by_wa_share_the_subject(run):
    doc = run("داهمت قوات الأمن التونسية منزلا في مدينة القصرين أمس وصادرت أسلحة وذخائر.")
    events = coded(doc, "COERCE")
    assert len(events) == 2
    assert all("قوات" in spans_text(doc, i.source_spans) for *_, i in events)


def test_a_name_is_no_trigger(run):
    doc = run("التقى الرئيس الفرنسي إيمانويل ماكرون ولي العهد السعودي الأمير محمد بن سلمان في باريس أمس.")
    assert {t for t, *_ in coded(doc)} == {"CONSULT"}
