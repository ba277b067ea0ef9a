from rasd.store.payload import text_tokens
from rasd.store.searchtext import fold_word, fts5_match, parse_query, search_key, tsquery


def test_country_name_spellings_meet():
    assert search_key("سورية") == search_key("سوريا") == search_key("سوريّة")
    assert search_key("تركيا") == search_key("تركية")


def test_short_words_keep_their_last_letter():
    assert fold_word("له") != fold_word("لا")


def test_alef_forms_and_diacritics_fold():
    assert search_key("إسرائيل") == search_key("اسرائيل") == search_key("إسْرائيل")


def test_query_terms_carry_word_and_stem():
    q = parse_query("والحكومة", text_tokens)
    assert q.terms == (("والحكومه", "حكومه"),)
    assert not q.phrases


def test_quoted_parts_become_phrases_of_stems():
    q = parse_query('"ملف النازحين" لبنان', text_tokens)
    assert q.phrases == (("ملف", "نازحين"),)
    assert q.terms == (("لبنان",),)


def test_operators_and_quotes_in_queries_cannot_escape():
    q = parse_query('سوريا OR "x NEAR(y)" ) AND \' -- ;', text_tokens)
    match = fts5_match(q)
    # Every part is quoted: user words are searched, never read as FTS5 or tsquery operators.
    assert '"or"' in match and " OR " not in match.replace('" OR "', "")
    assert "'" not in tsquery(q).replace("'", "") and ";" not in tsquery(q)


def test_a_query_of_punctuation_is_empty():
    assert parse_query("«» ، . !", text_tokens).empty
