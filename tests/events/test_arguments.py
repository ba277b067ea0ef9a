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


def test_protest_at_a_seat_of_power_targets_that_institution(run):
    doc = run("واعتصم عشرات العمال أمس أمام مقر البرلمان احتجاجا على تسريحهم من المصنع.")
    roles = _roles(doc, "PROTEST", "اعتصم")
    assert roles and "العمال" in roles[0][0] and "البرلمان" in roles[0][1] and "تسريح" not in roles[0][1]


def test_protest_at_a_firm_with_a_grievance_alone_has_no_target(run):
    doc = run("واعتصم عشرات العمال أمام مقر الشركة احتجاجا على تسريحهم.")
    roles = _roles(doc, "PROTEST", "اعتصم")
    assert roles and "العمال" in roles[0][0] and roles[0][1] == ""


def test_protest_with_a_grievance_alone_has_no_target(run):
    doc = run("واعتصم عشرات العمال في الساحة العامة احتجاجا على تسريحهم.")
    roles = _roles(doc, "PROTEST", "اعتصم")
    assert roles and "العمال" in roles[0][0] and roles[0][1] == ""


def test_verbal_noun_undergone_by_its_patient_is_coded(run):
    doc = run("وتعرض مسؤول محلي في الحزب لمحاولة اغتيال في وسط المدينة.")
    assert coded(doc, "ASSAULT"), "تعرض ... لمحاولة اغتيال reports an attack"



def test_possessive_soldiers_name_the_army_they_belong_to(run):
    doc = run("وأعلن الجيش الأميركي أمس مقتل اثنين من جنوده في هجوم انتحاري شمال بغداد.")
    (source, target), = _roles(doc, "ASSAULT", "مقتل")
    assert "جنوده" in target and "الجيش الأميركي" in target


def test_subject_after_anna_before_a_relative_clause_is_the_victim_of_a_passive(run):
    doc = run("وقال مصدر في الشرطة إن «موظفا حكوميا يعمل في وزارة الصحة قتل أمس في انفجار عبوة ناسفة».")
    roles = _roles(doc, "ASSAULT", "قتل")
    assert roles and "موظفا" in roles[0][1] and "موظفا" not in roles[0][0]


def test_age_between_commas_does_not_hide_the_victim(run):
    doc = run("وذكرت المصادر أن الطالب سامي عودة، ثلاثين عاما، قتل بينما كان عائدا إلى منزله.")
    roles = _roles(doc, "ASSAULT", "قتل")
    assert roles and "سامي" in roles[0][1]


def test_support_verb_with_object_pronoun_after_the_attack_names_the_agent(run):
    doc = run("أعلنت الشرطة مقتل خمسة مدنيين في هجوم مسلح نفذه شاب مجهول الهوية في سوق المدينة يوم 12 مارس.")
    roles = _roles(doc, "ASSAULT", "مقتل")
    assert roles and "شاب" in roles[0][0] and "مدنيين" in roles[0][1]


def test_claiming_responsibility_names_the_source(run):
    doc = run("وتبنت جماعة أنصار السنة أمس مسؤوليتها عن الهجوم الذي أودى بحياة تسعة جنود.")
    roles = _roles(doc, "ASSAULT", "الهجوم")
    assert roles and "جماعة" in roles[0][0]


def test_the_one_passing_is_the_target_of_an_explosion_without_victims_of_its_own(run):
    doc = run("وقال مصدر أمني إن عبوة ناسفة انفجرت لدى مرور دورية للجيش صباح أمس.")
    roles = _roles(doc, "ASSAULT", "انفجرت")
    assert roles and "دورية" in roles[0][1]


def test_passive_only_form_takes_the_count_of_others_and_no_source(run):
    doc = run("قتل ثلاثة أشخاص وأصيب 12 آخرون بجروح في انفجار سيارة مفخخة في سوق شعبي.")
    roles = _roles(doc, "ASSAULT", "أصيب")
    assert roles and "آخرون" in roles[0][1] and roles[0][0] == ""


def test_feminine_pronoun_after_anna_keeps_the_verb_active(run):
    doc = run("وأعلنت الجماعة في بيان نشر على الإنترنت أنها قتلت أربعة جنود في كمين قرب الحدود.")
    roles = _roles(doc, "ASSAULT", "قتلت")
    assert roles and "جنود" in roles[0][1] and "جنود" not in roles[0][0]


def test_verb_joined_by_wa_shares_the_armed_subject_of_a_non_trigger_verb(run):
    doc = run("وداهم مسلحون مجهولون منزل أحد التجار في المدينة، وقتلوا ابنه الأكبر قبل أن يلوذوا بالفرار.")
    roles = _roles(doc, "ASSAULT", "وقتلوا")
    assert roles and "مسلحون" in roles[0][0] and "ابنه" in roles[0][1]


def test_members_after_baynahum_belong_to_the_subject_before(run):
    doc = run("وقال مصدر في الشرطة إن عشرة أشخاص بينهم ثلاثة أطفال اثنان منهم رضيعان قتلوا أمس في القصف.")
    roles = _roles(doc, "ASSAULT", "قتلوا")
    assert roles and "عشرة أشخاص" in roles[0][1] and "رضيعان" not in roles[0][1]


def test_members_after_baynahum_are_no_object_of_a_passive(run):
    doc = run("قتل خمسة أشخاص، بينهم شرطيان، في انفجار عبوة ناسفة في سوق المدينة أمس.")
    (source, target), = _roles(doc, "ASSAULT", "قتل")
    assert "خمسة أشخاص" in target and source == ""


def test_a_name_before_its_description_is_the_subject(run):
    doc = run("وكانت «سرايا القدس»، الجناح العسكري لحركة الجهاد الإسلامي قد أطلقت صواريخ على مدينة سديروت.")
    roles = _roles(doc, "ASSAULT", "أطلقت")
    assert roles and "سرايا القدس" in roles[0][0]


def test_the_object_of_an_imperfect_verb_describing_the_agent_is_not_the_agent(run):
    doc = run("وقال مصدر أمني إن انتحاريا يقود شاحنة مفخخة فجر نفسه أمام مركز للشرطة.")
    roles = _roles(doc, "ASSAULT", "فجر")
    assert roles and "انتحاريا" in roles[0][0] and "شاحنة" not in roles[0][0]


def test_count_with_most_of_them_names_who_they_are(run):
    doc = run("قتل 20 معظمهم من رجال الشرطة في تفجير انتحاري استهدف مركزا للتطوع أمس.")
    roles = _roles(doc, "ASSAULT", "قتل")
    assert roles and "رجال الشرطة" in roles[0][1] and roles[0][0] == ""


def test_most_of_them_after_the_counted_noun_is_no_object(run):
    doc = run("قتل 20 شخصا معظمهم من رجال الشرطة في تفجير انتحاري استهدف مركزا للتطوع أمس.")
    roles = _roles(doc, "ASSAULT", "قتل")
    assert roles and "20 شخصا" in roles[0][1] and "شخصا" not in roles[0][0]
