import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli.main import cli

from ..conftest import REPO, SAMPLE


def run(args, input=None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def test_plain_text_file_to_jsonl(tmp_path, validator):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    result = run(["extract", str(f), "--date", "2020-07-24"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    validator.validate(doc)
    assert doc["id"] == "a" and doc["meta"]["date"] == "2020-07-24" and doc["text"] == SAMPLE
    assert doc["meta"]["rasd"]["pipeline"][0].startswith("text@")


def test_front_matter_supplies_metadata(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("---\nid: ex-9\ndate: 2019-01-02\ntitle: عنوان\n---\n" + SAMPLE, encoding="utf-8")
    doc = json.loads(run(["extract", str(f)]).stdout)
    assert doc["id"] == "ex-9" and doc["meta"]["date"] == "2019-01-02" and doc["meta"]["title"] == "عنوان"
    assert doc["text"] == SAMPLE


def test_jsonl_records_from_stdin_are_auto_detected():
    records = [{"id": "r1", "text": SAMPLE, "date": "2020-07-24", "source": "x"}, {"id": "r2", "text": "قال الوزير."}]
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    result = run(["extract", "-"], input=stdin)
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["r1", "r2"]
    assert docs[0]["meta"]["source"] == "x"


def test_bad_inputs_are_reported_and_the_rest_still_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    bad_utf8 = tmp_path / "bad.txt"
    bad_utf8.write_bytes(b"\xff\xfe\xfa not utf-8 \xc3")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    directory = tmp_path / "folder"
    directory.mkdir()
    missing = tmp_path / "missing.txt"
    records = tmp_path / "recs.jsonl"
    records.write_text('{"id": "ok1", "text": "قال الوزير."}\n{"id": broken\n{"id": "ok2", "text": "أكد الرئيس."}\n', encoding="utf-8")
    good2 = tmp_path / "good2.txt"
    good2.write_text("أعلنت الوزارة.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "rasd.cli.main", "extract", str(good), str(bad_utf8), str(empty), str(directory),
         str(missing), str(records), str(good2)],
        capture_output=True, text=True, cwd=REPO,
    )
    assert proc.returncode == 1
    ids = [json.loads(line)["id"] for line in proc.stdout.splitlines()]
    assert ids == ["good", "ok1", "ok2", "good2"]
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 5
    for path, reason in [(bad_utf8, "UTF-8"), (empty, "empty"), (directory, "directory"), (missing, "no such file"),
                         (f"{records}:2", "malformed JSON")]:
        line = next((e for e in errors if f"{path}:" in e), None)
        assert line is not None and reason in line, (path, errors)
    assert "Traceback" not in proc.stderr


def test_bad_date_option_is_a_usage_error():
    result = CliRunner().invoke(cli, ["extract", "--date", "2017/13/45", "-"], input="نص")
    assert result.exit_code == 2


def test_pretty_and_json_formats(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    pretty = run(["extract", str(f), "--format", "pretty"]).stdout
    assert pretty.startswith("━━ a") and "sentences" in pretty
    arr = json.loads(run(["extract", str(f), str(f), "--format", "json"]).stdout)
    assert isinstance(arr, list) and len(arr) == 2


@pytest.mark.parametrize("text", ["x" * 100_000, "Hello world only Latin.", "1234567890 42", "مرحبا hello ١٢٣ 😀 \u202e"])
def test_odd_inputs_never_fail(tmp_path, text):
    f = tmp_path / "odd.txt"
    f.write_text(text, encoding="utf-8")
    result = run(["extract", str(f)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == text


def test_version_and_help():
    assert run(["--version"]).stdout.strip() == "rasd, version 0.1.0"
    for args in (["-h"], ["extract", "-h"], ["tag", "--help"], ["eval", "-h"], ["train", "-h"]):
        assert run(args).exit_code == 0


def test_examples_extract(tmp_path, validator):
    files = sorted(str(p) for p in (REPO / "examples" / "articles").glob("*.txt"))
    assert len(files) >= 8
    result = run(["extract", *files])
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == len(files)
    for doc in docs:
        validator.validate(doc)
        assert doc["meta"]["date"] is not None
        for layer in ("entities", "dates"):
            for span in doc[layer]:
                assert doc["text"][span["start"] : span["end"]] == span["text"]
    assert Path(files[0]).exists()


def test_plover_and_gdelt_formats(tmp_path):
    from rasd.exports.gdelt import GDELT_COLUMNS

    f = tmp_path / "a.txt"
    f.write_text("---\ndate: 2019-09-14\n---\nقصفت طائرات حربية سورية أمس بلدة كفرنبل في ريف إدلب.", encoding="utf-8")
    plover = [json.loads(line) for line in run(["extract", str(f), "--format", "plover"]).stdout.splitlines()]
    assert plover and plover[0]["event"] == "ASSAULT" and plover[0]["date"] == "2019-09-13"
    lines = run(["extract", str(f), "--format", "gdelt"]).stdout.splitlines()
    assert lines[0].split("\t") == GDELT_COLUMNS
    assert len(lines) >= 2 and all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines[1:])
