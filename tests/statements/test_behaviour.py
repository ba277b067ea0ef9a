"""What the statements stage finds in realistic news sentences (written for these tests)."""

from rasd.document import Actor, Span
from tests.statements.conftest import said


def test_explicit_subject_with_title_gives_the_name(run):
    doc = run("وقال وزير الخارجية المصري سامح شكري أمس إن القاهرة تدعم جهود التهدئة في غزة.")
    assert said(doc) == [("وقال", "سامح شكري", "القاهرة تدعم جهود التهدئة في غزة", False)]


def test_unnamed_speaker_is_its_noun_phrase(run):
    doc = run("وقال مصدر في وزارة الداخلية إن الشرطة اعتقلت أربعة مشتبه بهم.")
    cue, speaker, content, _ = said(doc)[0]
    assert speaker.startswith("مصدر")
    assert content == "الشرطة اعتقلت أربعة مشتبه بهم"


def test_direct_quote_after_colon_and_complementizer_inside_quote(run):
    doc = run("وقال المتحدث باسم الجيش: «إن القوات سيطرت على المعبر بالكامل».")
    (cue, _speaker, content, direct), = said(doc)
    assert (cue, content, direct) == ("وقال", "القوات سيطرت على المعبر بالكامل", True)


def test_partial_quote_is_indirect(run):
    doc = run("وأكد الوزير أن الحكومة «لن تتراجع» عن قرارها.")
    assert said(doc)[0][2:] == ("الحكومة «لن تتراجع» عن قرارها", False)


def test_implicit_subject_resolves_to_last_speaker_across_sentences(run):
    doc = run("قالت رئيسة الوزراء النيوزيلندية جاسيندا أرديرن إن بلادها ستشدد قوانين السلاح.\nوأضافت أن القرار سيطبق خلال أسابيع.")
    st = doc.statements[1]
    assert st.speaker_mention is None
    antecedent = doc.layer("statement_speakers")[1]
    assert doc.text[antecedent.start : antecedent.end] == "جاسيندا أرديرن"


def test_implicit_subject_with_no_antecedent_stays_unresolved(run):
    doc = run("وأوضح أن المعرض سيفتح أبوابه للجمهور الأسبوع المقبل.")
    assert said(doc) == [("وأوضح", None, "المعرض سيفتح أبوابه للجمهور الأسبوع المقبل", False)]
    assert doc.layer("statement_speakers") == (None,)


def test_feminine_verb_skips_a_masculine_speaker(run):
    text = (
        "قالت وزيرة الخارجية الليبية نجلاء المنقوش إن الانتخابات ستجري في موعدها.\n"
        "وقال المبعوث الأممي عبد الله باتيلي إن الحوار مستمر.\n"
        "وأضافت أن الحكومة ستدعم المفوضية."
    )
    doc = run(text)
    antecedent = doc.layer("statement_speakers")[2]
    assert doc.text[antecedent.start : antecedent.end] == "نجلاء المنقوش"


def test_relay_gives_the_innermost_speaker_and_quotation_cue(run):
    doc = run("ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن المحادثات ستستأنف الشهر المقبل.")
    assert said(doc) == [("قوله", "مسؤول أمريكي", "المحادثات ستستأنف الشهر المقبل", False)]


def test_cue_after_the_content(run):
    doc = run("«لن نسمح بعودة الإرهاب إلى المدينة»، قال محافظ نينوى نجم الجبوري.")
    assert said(doc) == [("قال", "نجم الجبوري", "لن نسمح بعودة الإرهاب إلى المدينة", True)]


def test_attributive_bihasab_before_and_after(run):
    doc = run("وبحسب الوكالة، اعتقلت الشرطة ثلاثة متظاهرين في المدينة.")
    assert said(doc) == [("وبحسب", "الوكالة", "اعتقلت الشرطة ثلاثة متظاهرين في المدينة", False)]
    doc = run("وارتفعت أسعار النفط بنسبة اثنين في المئة، حسبما أفاد متعاملون.")
    assert said(doc)[0][:3] == ("أفاد", "متعاملون", "وارتفعت أسعار النفط بنسبة اثنين في المئة")


def test_call_content_leaves_out_addressee_and_preposition(run):
    doc = run("ودعا الرئيس الفرنسي إيمانويل ماكرون الأطراف كافة إلى وقف التصعيد فورا.")
    assert said(doc)[0][2] == "وقف التصعيد فورا"
    doc = run("وطالب المتظاهرون الحكومة بالإفراج عن المعتقلين.")
    assert said(doc)[0][2] == "الإفراج عن المعتقلين"


def test_warning_and_participle_share_the_speaker(run):
    doc = run("وحذر وزير الصحة فراس الأبيض من انتشار الوباء، داعيا المواطنين إلى تلقي اللقاح.")
    got = said(doc)
    assert [g[0] for g in got] == ["وحذر", "داعيا"]
    assert got[0][2] == "انتشار الوباء" and got[1][2] == "تلقي اللقاح"
    assert got[0][1] == got[1][1] == "فراس الأبيض"


def test_negated_future_and_planned_reports_are_not_statements(run):
    for text in (
        "ولم يعلن الجيش أي تفاصيل عن العملية.",
        "وسيعلن الوزير نتائج التحقيق الأسبوع المقبل.",
        "ومن المقرر أن يعلن الرئيس تشكيل الحكومة الجديدة غدا.",
        "وغادر الوزير القاعة من دون الإدلاء بأي تصريح.",
    ):
        assert said(run(text)) == [], text


def test_add_without_content_is_not_a_report(run):
    assert said(run("وأضاف الهجوم صعوبة جديدة إلى المفاوضات المتعثرة.")) == []


def test_multi_sentence_quote_runs_to_its_closing_mark(run):
    doc = run("وقال رئيس البلدية: «لقد دمرت السيول مئات المنازل. ونحتاج إلى مساعدة عاجلة». وغادر بعدها.")
    (_c, _s, content, direct), = said(doc)
    assert content == "لقد دمرت السيول مئات المنازل. ونحتاج إلى مساعدة عاجلة" and direct


def test_statement_date_is_the_clause_date_else_publication(run):
    doc = run("وقال وزير النفط العراقي أمس إن الصادرات ارتفعت.\nوأضاف أن الإنتاج سيزيد، فيما قصفت طائرات مواقع قرب الموصل الأحد.", "2023-05-10")
    assert [s.date for s in doc.statements] == ["2023-05-09", "2023-05-10"]


def test_speaker_is_the_actor_whose_mention_covers_the_span(run):
    from rasd.resourceset import default_resources
    from rasd.statements.stage import make_stage

    doc = run("وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده لن تتفاوض.\nوأضاف أن العقوبات فشلت.")
    start = doc.text.index("محمد جواد ظريف")
    actor = Actor("A1", "محمد جواد ظريف", "person", (Span(start, start + len("محمد جواد ظريف")),))
    doc = make_stage(default_resources())(doc.with_layer("actors", (actor,)))
    assert [s.speaker for s in doc.statements] == ["A1", "A1"]
    assert doc.statements[1].speaker_mention is None
