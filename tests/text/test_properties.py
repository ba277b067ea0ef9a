"""Property tests: the text core never raises, spans stay in bounds, sentences tile the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.document import Document
from rasd.pipeline import build_pipeline
from rasd.text.normalize import normalize_with_map
from rasd.text.sentences import split_sentences

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MARKS = st.sampled_from(list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u200c\u200d\u200e\u200f\u202e\ufeff"))
MIXED = st.one_of(
    ARABIC,
    MARKS,
    st.sampled_from(list(" \n\t.؟!؛…«»\"'()،:-/%0123456789٠١٢٣")),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC),
    st.characters(),
)
EMOJI = st.sampled_from(["😀", "🇸🇾", "\U0001f9d1\u200d\U0001f4bb"])
TEXTS = st.lists(st.one_of(st.text(MIXED, max_size=40), EMOJI), max_size=12).map("".join)
PIPELINE = build_pipeline()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_sentences(text):
    sentences = split_sentences(text)
    pos = 0
    for s in sentences:
        assert pos <= s.start < s.end <= len(text)
        assert text[pos : s.start].strip() == ""  # nothing but whitespace between sentences
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        pos = s.end
    assert text[pos:].strip() == ""


@SETTINGS
@given(TEXTS)
def test_sentences_cover_text_in_order(text):
    check_sentences(text)


@SETTINGS
@given(TEXTS)
def test_offset_map_stays_in_bounds(text):
    view = normalize_with_map(text)
    for i in range(len(view.text) + 1):
        assert 0 <= view.to_original(i) <= len(text)
    for i in range(0, len(view.text), 3):
        s, e = view.span_to_original(i, min(len(view.text), i + 4))
        assert 0 <= s <= e <= len(text)


@SETTINGS
@given(TEXTS)
def test_pipeline_never_raises_and_spans_are_in_bounds(text):
    doc = PIPELINE(Document("p", text))
    for tok in doc.layer("tokens"):
        assert 0 <= tok.start <= tok.name_start <= tok.stem_start <= tok.stem_end <= tok.end <= len(text)
        assert tok.start < tok.end
    prev = 0
    for tok in doc.layer("tokens"):
        assert tok.start >= prev
        prev = tok.end
    data = doc.to_json()
    for layer in ("entities", "dates"):
        for span in data[layer]:
            assert span["text"] == text[span["start"] : span["end"]]


def test_one_megabyte_of_text():
    unit = "قال وزير الخارجية الإيراني محمد جواد ظريف أمس إن بلاده ترفض العقوبات. "
    copies = 1_000_000 // len(unit) + 1
    text = unit * copies
    doc = PIPELINE(Document("big", text))
    check_sentences(text)
    assert len(doc.sentences) == copies
    assert doc.layer("tokens")[-1].end <= len(text)


def test_empty_text():
    doc = PIPELINE(Document("e", ""))
    assert doc.sentences == () and doc.layer("tokens") == ()
