"""PLOVER and GDELT exports of a document dict."""

from __future__ import annotations

from rasd.exports.gdelt import GDELT_COLUMNS, gdelt_rows, to_tsv
from rasd.exports.plover import plover_records
from tests.events.test_behaviour import EXAMPLE


def test_plover_records(run):
    doc = run(EXAMPLE + "\nولم تقصف الطائرات المدينة.", "2020-07-24").to_json()
    recs = plover_records(doc)
    assert recs and all(r["event"] and r["date"] and r["text_info"]["trigger"]["text"] for r in recs)
    consult = next(r for r in recs if r["event"] == "CONSULT")
    assert consult["actor"] == "Nassif Hitti" and consult["recipient_country"] == "FRA"
    assert consult["event_text"].startswith("بيروت")
    negated = [e for e in doc["events"] if e["negated"]]
    assert negated and not {f"t-{e['id']}" for e in negated} & {r["id"] for r in recs}


def test_gdelt_rows(run):
    doc = run(EXAMPLE, "2020-07-24").to_json()
    rows = gdelt_rows(doc)
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GlobalEventID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    assert rows and all(len(r) == 61 for r in rows)
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    assault = next(r for r in rows if r[col["EventRootCode"]] == "18")
    assert assault[col["QuadClass"]] == "4" and assault[col["Day"]] == "20200719"
    assert assault[col["Actor1CountryCode"]] == "ISR"
    assert to_tsv(rows).count("\n") == len(rows)
