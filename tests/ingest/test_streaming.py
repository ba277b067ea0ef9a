"""Memory stays bounded: record formats are streamed, never read whole."""

import io
import json
import subprocess
import sys
import tracemalloc

from rasd.ingest import iter_inputs

from .conftest import AR_1, write
from .warc_util import warc_bytes

MB = 1024 * 1024


def _peak_while_consuming(path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_inputs([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


_CHILD = """
import resource, sys
from rasd.ingest import iter_inputs
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
count = sum(1 for _ in iter_inputs([sys.argv[1]]))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(count, (after - before) * 1024)
"""


def test_a_50_mb_jsonl_is_streamed(tmp_path):
    body = (AR_1 + " ") * 450  # about 84 kB of UTF-8 per record
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n in range(640):
            fh.write(json.dumps({"id": f"n{n}", "text": f"{n} {body}"}, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 50 * MB
    # peak resident memory of a fresh process, which tracemalloc would measure far more slowly
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], check=True, capture_output=True, text=True)
    count, growth = map(int, done.stdout.split())
    assert count == 640
    assert growth < 12 * MB, f"memory grew by {growth / MB:.1f} MB while reading a 50 MB file"


def test_large_warc_gz_is_streamed(tmp_path):
    blob = bytes(range(256)) * (4 * 1024)  # 1 MB responses that are not HTML: no extraction cost
    data, _ = warc_bytes([(f"https://a.example/{n}.bin", "application/octet-stream", blob) for n in range(24)])
    path = write(tmp_path / "big.warc.gz", data)
    count, peak = _peak_while_consuming(path)
    assert count == 25
    assert peak < 6 * MB, f"peak {peak / MB:.1f} MB for {24} MB of records"


def test_items_come_before_the_file_is_read_to_its_end(tmp_path):
    path = write(tmp_path / "x.jsonl", "".join(json.dumps({"text": f"{AR_1} {n}"}) + "\n" for n in range(5000)))
    items = iter_inputs([str(path)])
    first = next(items)
    assert first.origin == f"{path}:1"
    items.close()  # a consumer may stop at any point; the file is closed with the generator


def test_iterating_twice_gives_the_same_items(tmp_path):
    write(tmp_path / "a.jsonl", "".join(json.dumps({"text": f"{AR_1} {n}"}) + "\n" for n in range(50)))
    write(tmp_path / "b" / "c.txt", io.StringIO(AR_1).read())
    assert list(iter_inputs([str(tmp_path)])) == list(iter_inputs([str(tmp_path)]))
