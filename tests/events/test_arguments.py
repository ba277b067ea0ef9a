"""Source and target of events on sentences written for rasd: passives, support verbs, unnamed
agents and victims, SVO inside أن-clauses, verbal nouns with counts, targets after على/ضد, result
clauses, protests and coordinated arguments."""

from __future__ import annotations

from tests.events.conftest import coded, spans_text


def _roles(doc, etype: str, trigger: str | None = None) -> list[tuple[str, str]]:
    """(source text, target text) of the events of ``etype`` whose trigger text contains ``trigger``."""
    out = []
    for _, word, _, info in coded(doc, etype):
        triggers = " ".join(doc.text[a:b] for a, b in info.triggers)
        if trigger is None or trigger in word or trigger in triggers:
            out.append((spans_text(doc, info.source_spans), spans_text(doc, info.target_spans)))
    return out


def test_passive_with_a_count_puts_the_victims_in_the_target(run):
    doc = run("قتل 12 شخصا في انفجار سيارة مفخخة في سوق شعبي ببغداد أمس.")
    (source, target), = _roles(doc, "ASSAULT", "قتل")
    assert "شخصا" in target and "شخصا" not in source


def test_passive_only_form(run):
    doc = run("أصيب ثلاثة جنود بجروح في هجوم بقذائف الهاون على قاعدتهم شمال المدينة.")
    (source, target), = _roles(doc, "ASSAULT", "أصيب")
    assert "جنود" in target and source == ""


def test_singular_killing_verb_with_a_victim_is_passive(run):
    doc = run("جرح مدير الشرطة في انفجار عبوة ناسفة استهدفت موكبه صباح أمس.")
    (source, target), = _roles(doc, "ASSAULT", "جرح")
    assert "مدير" in target and "مدير" not in source


def test_vso_with_unnamed_agent_and_victims(run):
    doc = run("وخطفت الجماعة عشرات العمال الأجانب في جنوب البلاد قبل أسبوع.")
    (source, target), = _roles(doc, "ASSAULT", "خطف")
    assert "الجماعة" in source and "العمال" in target


def test_vso_with_a_time_between_subject_and_object(run):
    doc = run("واختطف مسلحون أمس مهندسين أتراك يعملون في شركة للبناء.")
    (source, target), = _roles(doc, "ASSAULT", "اختطف")
    assert source == "مسلحون" and "مهندسين" in target


def test_svo_inside_an_an_clause(run):
    doc = run("وقالت الشرطة إن «مسلحين مجهولين اغتالوا ضابطا في الجيش قرب منزله».")
    (source, target), = _roles(doc, "ASSAULT", "اغتالوا")
    assert "مسلحين مجهولين" in source and "ضابطا" in target


def test_dual_verb_takes_the_subject_before_it_and_no_reflexive_object(run):
    doc = run("وأضاف أن «الانتحاريين فجرا نفسيهما قرب مقر للشرطة في وسط المدينة».")
    (source, target), = _roles(doc, "ASSAULT", "فجرا")
    assert source == "الانتحاريين" and "نفسيهما" not in target


def test_plural_killing_verb_without_object_is_passive(run):
    doc = run("وقال مصدر أمني إن «خمسة أشخاص على الأقل قتلوا في هجوم انتحاري على حاجز للجيش».")
    (source, target), = _roles(doc, "ASSAULT", "قتلوا")
    assert "أشخاص" in target and "أشخاص" not in source


def test_plural_killing_verb_with_object_is_active(run):
    doc = run("وقال الجيش إن جنوده قتلوا أربعة مسلحين خلال اشتباك قرب الحدود.")
    (source, target), = _roles(doc, "ASSAULT", "قتلوا")
    assert "جنوده" in source and "مسلحين" in target


def test_support_verb_lends_its_subject_and_the_genitive_is_the_victim(run):
    doc = run("وقامت مجموعة من الجنود بقتل المدنيين في القرية بعد انفجار لغم.")
    (source, target), = _roles(doc, "ASSAULT", "بقتل")
    assert "مجموعة" in source and "المدنيين" in target


def test_suffering_an_attack_makes_the_target(run):
    doc = run("تعرضت دورية للجيش لهجوم بعبوة ناسفة في الموصل أمس دون وقوع إصابات.")
    (source, target), = _roles(doc, "ASSAULT", "لهجوم")
    assert "دورية" in target and source == ""


def test_verbal_noun_with_a_count(run):
    doc = run("وأعلنت مصادر طبية مقتل عشرة أشخاص وإصابة عشرين آخرين في القصف.")
    roles = _roles(doc, "ASSAULT", "مقتل")
    assert roles and "أشخاص" in roles[0][1] and "أشخاص" not in roles[0][0]


def test_result_clause_names_the_victims_of_an_explosion(run):
    doc = run("انفجرت سيارة مفخخة قرب سوق شعبي في كركوك مساء أمس مما أدى إلى مقتل سبعة مدنيين.")
    targets = [t for _, t in _roles(doc, "ASSAULT")]
    assert any("مدنيين" in t for t in targets)


def test_target_after_ala(run):
    doc = run("وأطلقت فصائل مسلحة قذائف على البلدات الحدودية مساء السبت.")
    targets = [t for _, t in _roles(doc, "ASSAULT")]
    assert any("البلدات" in t for t in targets)


def test_coordinated_victims_stay_one_event_with_a_list(run):
    doc = run("واختطف مسلحون مهندسا أجنبيا وسائقه على الطريق بين المدينتين.")
    roles = _roles(doc, "ASSAULT", "اختطف")
    assert len(roles) == 1
    source, target = roles[0]
    assert source == "مسلحون" and "مهندسا" in target and "سائقه" in target


def test_protest_takes_the_protesters_and_what_they_protest(run):
    doc = run("تظاهر مئات الطلاب أمام مقر وزارة التعليم احتجاجا على قرار رفع الرسوم الجامعية.")
    roles = _roles(doc, "PROTEST")
    assert any("الطلاب" in s for s, _ in roles)
    assert any("قرار" in t for _, t in roles)


def test_protest_noun_takes_protesters_named_later_in_the_sentence(run):
    doc = run("واندلعت مظاهرة حاشدة في وسط العاصمة ضد الحكومة، ورفع المتظاهرون لافتات تطالب بالإصلاح.")
    roles = _roles(doc, "PROTEST", "مظاهرة")
    assert roles and "المتظاهرون" in roles[0][0] and "الحكومة" in roles[0][1]


def test_an_issue_is_no_target_of_a_political_act(run):
    doc = run("ورفض الوزير استئناف المفاوضات قبل وقف الهجمات.")
    for _, target in _roles(doc, "REJECT"):
        assert "المفاوضات" not in target


def test_protest_against_an_issue_targets_the_party_named_in_it(run):
    doc = run("وتظاهر مئات الطلاب أمام مبنى البرلمان احتجاجا على زيارة وزير الدفاع الأميركي إلى البلاد.")
    roles = _roles(doc, "PROTEST", "تظاهر")
    assert roles and "الطلاب" in roles[0][0] and "وزير" in roles[0][1]


def test_protest_against_a_grievance_alone_has_no_target(run):
    doc = run("واعتصم عشرات العمال أمام مقر الشركة احتجاجا على تسريحهم.")
    roles = _roles(doc, "PROTEST", "اعتصم")
    assert roles and "العمال" in roles[0][0] and roles[0][1] == ""


def test_verbal_noun_undergone_by_its_patient_is_coded(run):
    doc = run("وتعرض مسؤول محلي في الحزب لمحاولة اغتيال في وسط المدينة.")
    assert coded(doc, "ASSAULT"), "تعرض ... لمحاولة اغتيال reports an attack"

