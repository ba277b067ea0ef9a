import csv
import importlib.util
import io
import json

import pytest

from rasd.store.export import ExportError, export_file, export_tables
from rasd.tables import EXPORT_TABLES, TABLES

from .docs import ALL


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_export_has_the_rasd_tables_columns(loaded, tmp_path):
    counts = export_tables(loaded, tmp_path / "out", "jsonl")
    assert counts["documents"] == 4 and counts["statements"] == 5 and counts["events"] == 4
    assert counts["corpus_actors"] == 5
    for name in EXPORT_TABLES:
        rows = _jsonl(tmp_path / "out" / f"{name}.jsonl")
        assert len(rows) == counts[name]
        assert all(list(r) == list(TABLES[name].column_names) for r in rows)
    events = _jsonl(tmp_path / "out" / "events.jsonl")
    consult = next(e for e in events if e["type"] == "CONSULT")
    assert consult["source_codes"] == "SYRGOV" and consult["place_en"] == "Amman"


def test_csv_export_has_a_header_and_every_row(loaded, tmp_path):
    export_tables(loaded, tmp_path / "out", "csv")
    with (tmp_path / "out" / "statements.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    assert {r["speaker_en"] for r in rows} == {"Nassif Hitti", "Faisal Mekdad", ""}
    actors = list(csv.DictReader((tmp_path / "out" / "corpus_actors.csv").open(encoding="utf-8")))
    assert {a["name_en"]: a["documents"] for a in actors}["Nassif Hitti"] == "2"


def test_parquet_export_keeps_types(loaded, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is needed for the Parquet export")
    export_tables(loaded, tmp_path / "out", "parquet")
    table = pq.read_table(tmp_path / "out" / "events.parquet")
    assert table.num_rows == 4
    assert str(table.schema.field("negated").type) == "bool"
    assert str(table.schema.field("geonameid").type) == "int64"
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert sorted(d["doc_id"] for d in docs) == sorted(d["id"] for d in ALL)


def test_documents_export_round_trips(loaded):
    out = io.StringIO()
    assert export_file(loaded, out, "documents") == 4
    got = [json.loads(line) for line in out.getvalue().splitlines()]
    assert sorted(got, key=lambda d: d["id"]) == sorted(ALL, key=lambda d: d["id"])


@pytest.mark.parametrize("fmt, module", [("plover", "rasd.exports.plover"), ("gdelt", "rasd.exports.gdelt")])
def test_event_formats_use_rasd_exports_or_say_what_is_missing(loaded, fmt, module):
    out = io.StringIO()
    try:
        present = importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        present = False
    if not present:
        with pytest.raises(ExportError, match=module):
            export_file(loaded, out, fmt)
        return
    n = export_file(loaded, out, fmt)
    lines = out.getvalue().splitlines()
    assert n == len(lines) and n >= 1
    if fmt == "plover":
        assert all(isinstance(json.loads(line), dict) for line in lines)
    else:
        from rasd.exports.gdelt import GDELT_COLUMNS

        assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)
