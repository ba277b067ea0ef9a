"""Short wire-style Arabic articles written for these tests (invented events, real public names)."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = [
    {
        "id": "wire-001",
        "date": "2021-03-14",
        "source": "test-wire",
        "title": "عمّان تدعو إلى التهدئة",
        "text": (
            "عمان - قال وزير الخارجية الأردني أيمن الصفدي أمس إن بلاده تدعو جميع الأطراف إلى التهدئة "
            "ووقف التصعيد في القدس.\nوأضاف الصفدي في مؤتمر صحفي: «لا بديل عن حل سياسي يحفظ الحقوق»."
        ),
    },
    {
        "id": "wire-002",
        "date": "2021-03-15",
        "source": "test-wire",
        "text": (
            "القاهرة - أعلنت وزارة الخارجية المصرية اليوم أن الوزير سامح شكري سيزور الخرطوم الأسبوع المقبل "
            "لبحث ملف سد النهضة مع المسؤولين السودانيين.\nوأكد المتحدث باسم الوزارة أن القاهرة متمسكة "
            "بالتوصل إلى اتفاق ملزم."
        ),
    },
    {
        "id": "wire-003",
        "date": "2021-03-16",
        "text": (
            "بغداد - قتل ثلاثة عناصر من الشرطة العراقية وأصيب خمسة آخرون في هجوم بعبوة ناسفة استهدف "
            "دوريتهم قرب مدينة كركوك مساء الثلاثاء، بحسب مصدر أمني.\nولم تعلن أي جهة مسؤوليتها عن الهجوم."
        ),
    },
    {
        "id": "wire-004",
        "date": "2021-03-17",
        "text": (
            "طرابلس - استقبل رئيس المجلس الرئاسي الليبي محمد المنفي في طرابلس وفدا من الاتحاد الأوروبي، "
            "وبحث معه دعم الانتخابات المقررة نهاية العام.\nوقال المنفي إن ليبيا تحتاج إلى مساندة "
            "شركائها لإنجاح المرحلة الانتقالية."
        ),
    },
    {
        "id": "wire-005",
        "date": "2021-03-18",
        "text": (
            "بيروت - تظاهر مئات اللبنانيين أمام مقر البرلمان في بيروت احتجاجا على انهيار سعر الليرة، "
            "وطالبوا الحكومة بإجراءات عاجلة.\nوأعلن الجيش اللبناني أنه فتح الطرق التي أغلقها المحتجون."
        ),
    },
    {
        "id": "wire-006",
        "date": "2021-03-19",
        "text": (
            "الرياض - وقعت المملكة العربية السعودية والإمارات اتفاقية للتعاون في مجال الطاقة المتجددة، "
            "وصرح وزير الطاقة السعودي عبد العزيز بن سلمان بأن الاتفاقية تفتح صفحة جديدة بين البلدين."
        ),
    },
]

ENGLISH = {"id": "wire-en", "date": "2021-03-20", "text": "The minister said on Monday that talks would resume next week."}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def write_parquet(path: Path, records: list[dict]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = ("id", "text", "date", "title", "source", "url")
    table = pa.table({c: [r.get(c) for r in records] for c in columns},
                     schema=pa.schema([(c, pa.string()) for c in columns]))
    pq.write_table(table, path)
    return path
