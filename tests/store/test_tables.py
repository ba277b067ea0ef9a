from rasd.tables import EXPORT_TABLES, TABLES, as_dicts, table_rows, text_sha1

from .docs import ALL, BEIRUT, DAMASCUS


def test_every_row_has_its_table_columns():
    for doc in ALL:
        for name, rows in table_rows(doc).items():
            width = len(TABLES[name].columns)
            assert all(len(row) == width for row in rows), name


def test_column_types_are_known_and_names_unique():
    for table in TABLES.values():
        assert len(set(table.column_names)) == len(table.column_names)
        assert {t for _, t in table.columns} <= {"text", "int", "real", "bool"}
    assert set(EXPORT_TABLES) <= set(TABLES)


def test_document_row_counts_layers_and_hashes_the_text():
    (row,) = as_dicts("documents", TABLES["documents"].rows(BEIRUT))
    assert row["doc_id"] == "beirut-1" and row["source_id"] == "beirut-1"
    assert row["text_sha1"] == text_sha1(BEIRUT["text"])
    assert (row["actors"], row["statements"], row["events"], row["places"]) == (2, 2, 1, 1)
    assert row["date"] == "2020-07-24"


def test_statement_rows_carry_the_speaker_and_the_quoted_text():
    rows = as_dicts("statements", TABLES["statements"].rows(BEIRUT))
    assert [r["statement_id"] for r in rows] == ["S1", "S2"]
    assert rows[0]["speaker"] == "ناصيف حتي" and rows[0]["speaker_code"] == "LBNGOV"
    assert rows[0]["content"] == "سورية شريك أساسي في ملف النازحين"
    assert rows[1]["direct"] is True and rows[1]["cue"] == "وقال"


def test_event_rows_resolve_actors_and_places():
    (ev,) = as_dicts("events", TABLES["events"].rows(DAMASCUS))
    assert (ev["type"], ev["trigger_text"]) == ("CONSULT", "والتقى")
    assert (ev["source"], ev["source_codes"], ev["target_codes"]) == ("فيصل المقداد", "SYRGOV", "JORGOV")
    assert (ev["place"], ev["place_en"], ev["geonameid"], ev["place_country"]) == ("عمان", "Amman", 250441, "JO")


def test_several_sources_are_joined_with_a_bar():
    doc = dict(DAMASCUS, events=[dict(DAMASCUS["events"][0], source=["A1", "A2"], target=[])])
    (ev,) = as_dicts("events", TABLES["events"].rows(doc))
    assert ev["source_ids"] == "A1|A2" and ev["source"] == "فيصل المقداد|أيمن الصفدي"
    assert ev["target_ids"] is None


def test_source_id_comes_from_meta_when_the_store_renamed_the_document():
    doc = dict(BEIRUT, id=text_sha1(BEIRUT["text"]), meta=dict(BEIRUT["meta"], source_id="beirut-1"))
    (row,) = as_dicts("documents", TABLES["documents"].rows(doc))
    assert row["doc_id"] == doc["id"] and row["source_id"] == "beirut-1"
