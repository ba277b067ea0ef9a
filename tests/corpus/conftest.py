import pytest

from ..store.conftest import postgres_server, store_url  # noqa: F401 - fixtures shared with tests/store

# Short wire-style articles invented for these tests.
ARTICLES = {
    "amman-talks.txt": (
        "---\ntitle: الصفدي يستقبل نظيره السوري\ndate: 2021-10-04\nsource: test-wire\n---\n"
        "عمان - استقبل وزير الخارجية الأردني أيمن الصفدي اليوم الاثنين نظيره السوري فيصل المقداد في عمان.\n"
        "وقال الصفدي إن الأردن يدعم كل جهد لإنهاء الأزمة في سورية.\n"
    ),
    "tripoli-clashes.txt": (
        "---\ntitle: اشتباكات في طرابلس\ndate: 2022-08-27\n---\n"
        "طرابلس - اندلعت اشتباكات عنيفة بين مجموعات مسلحة في العاصمة الليبية طرابلس أمس الجمعة.\n"
        "ودعت بعثة الأمم المتحدة في ليبيا جميع الأطراف إلى وقف فوري لإطلاق النار.\n"
    ),
    "cairo-statement.txt": (
        "---\ntitle: شكري يدعو إلى التهدئة\ndate: 2021-05-12\n---\n"
        "القاهرة - دعا وزير الخارجية المصري سامح شكري إسرائيل إلى وقف التصعيد في القدس.\n"
        "وأكد شكري أن مصر تواصل اتصالاتها مع جميع الأطراف.\n"
    ),
}
JSONL_RECORDS = [
    {"id": "w-1", "date": "2022-01-15", "title": "أردوغان يهاتف بوتين",
     "text": "أنقرة - أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين بحثا خلاله الوضع في سوريا."},
    {"id": "w-2", "date": "2022-02-03",
     "text": "بغداد - أعلن رئيس الوزراء العراقي مصطفى الكاظمي أن العراق يرفض أن يكون ساحة لتصفية الحسابات."},
    # The same text as a .txt article: one document in the corpus, the second a duplicate.
    {"id": "w-3", "text": ARTICLES["cairo-statement.txt"].split("---\n", 2)[2]},
    {"id": "w-4", "text": "The minister said on Monday that talks would resume next week in Geneva."},
]


@pytest.fixture
def mini_corpus(tmp_path):
    """Three text articles, a JSONL file (two articles, a duplicate, an English record, a broken
    line) and damaged inputs: empty, invalid UTF-8, binary."""
    import json

    root = tmp_path / "inputs"
    (root / "txt").mkdir(parents=True)
    for name, text in ARTICLES.items():
        (root / "txt" / name).write_text(text, encoding="utf-8")
    lines = [json.dumps(r, ensure_ascii=False) for r in JSONL_RECORDS]
    lines.insert(2, '{"id": "w-broken", "text": "بيروت - ')
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "txt" / "empty.txt").write_bytes(b"  \n")
    (root / "txt" / "latin1.txt").write_bytes("بيروت".encode() + b" \xe9t\xe9 \xff\n")
    (root / "logo.bin").write_bytes(b"\x00\x01\x02\x89PNG" * 50)
    return root
