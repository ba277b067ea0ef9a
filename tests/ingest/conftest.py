import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.ingest import Article, Failed, IngestOptions, Skipped, iter_inputs

from ..conftest import REPO

# Sentences of the kind the readers meet, written for these tests.
AR_1 = "بيروت - أعلن وزير الخارجية اللبناني عبد الله بو حبيب اليوم الاثنين أن بلاده ترفض أي اعتداء على سيادتها."
AR_2 = "وقال المتحدث باسم الحكومة العراقية إن الانتخابات المبكرة ستجرى في موعدها المحدد في تشرين الأول."
AR_3 = "القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي وفدا من صندوق النقد الدولي لبحث برنامج الإصلاح."
AR_4 = "وأكدت وزارة الصحة الأردنية تسجيل انخفاض ملحوظ في عدد الإصابات خلال الأسبوع الماضي."
EN_1 = "The central bank raised interest rates for the third time this year, citing persistent inflation."


def ingest(*paths, **options) -> list:
    return list(iter_inputs([str(p) for p in paths], IngestOptions(**options) if options else None))


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def only(items, kind):
    found = [i for i in items if isinstance(i, kind)]
    assert len(found) == 1, items
    return found[0]


def reasons(items) -> list[str]:
    return [i.reason if isinstance(i, Skipped | Failed) else "ok" for i in items]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if path.suffix == ".gz" and not data.startswith(b"\x1f\x8b"):
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)
    return path


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """A generated corpus of 80 good articles plus every damaged input, with its expected.json."""
    out = tmp_path_factory.mktemp("corpus")
    cmd = [sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), "--out", str(out), "--docs", "80", "--big-mb", "9"]
    subprocess.run(cmd, check=True, capture_output=True)
    return out
