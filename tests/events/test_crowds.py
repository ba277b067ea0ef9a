"""Protest crowds: a gathering told through its protesters is the protest; their other acts are
PROTEST events flagged ``crowd``; a motive accusative after another act is that act's reason."""

from __future__ import annotations


def _protests(doc):
    return [(doc.text[e.trigger.start : e.trigger.end], i.flags) for e, i in zip(doc.events, doc.layer("event_info")) if e.type == "PROTEST"]


def test_a_gathering_of_protesters_is_a_protest(run):
    doc = run("وتجمع مئات المتظاهرين أمام مبنى المحافظة وسط المدينة أمس.")
    found = _protests(doc)
    assert found and all("crowd" not in flags for _, flags in found)


def test_protesters_raising_banners_is_an_act_of_the_protest(run):
    doc = run("ورفع المتظاهرون لافتات تندد بالحكومة أمام البرلمان.")
    found = _protests(doc)
    assert found and all("crowd" in flags for _, flags in found)


def test_a_summons_in_protest_is_no_protest(run):
    doc = run("واستدعت الخارجية البريطانية القائم بالأعمال الإيراني في لندن احتجاجا على احتجاز الناقلة.")
    assert not _protests(doc)


def test_marching_in_rejection_is_a_protest(run):
    doc = run("وخرج آلاف السودانيين إلى الشوارع رفضا للانقلاب العسكري.")
    assert [t for t, _ in _protests(doc)] and not [e for e in doc.events if e.type == "REJECT"]


def test_a_summit_that_brings_him_together_is_no_gathering(run):
    doc = run("ويشارك الملك في القمة الثلاثية التي تجمعه بالرئيس المصري ورئيس الوزراء العراقي الأحد المقبل.")
    assert not _protests(doc)
