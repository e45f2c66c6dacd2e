from directory.search.text import text_query
from directory.synonyms import SYNONYMS, Texts, concepts, terms


def test_abbreviations_expand_and_keep_the_original_word():
    assert terms("DV") == [("dv", "domestic abuse")]
    assert terms("FM advice") == [("fm", "forced marriage"), ("advice",)]
    assert terms("HBV") == [("hbv", "honour based abuse")]
    assert terms("honour") == [("honour", "honour based abuse")]
    assert terms("LGBTQ+ support") == [("lgbtq", "lgbt")]
    assert terms("isva") == [("isva", "independent sexual violence adviser")]


def test_phrases_are_matched_before_single_words():
    assert terms("domestic violence refuge") == [("domestic violence", "domestic abuse"), ("refuge",)]
    assert terms("a safe house please") == [("safe house", "refuge")]


def test_stop_words_and_punctuation_are_dropped_so_backends_agree():
    assert terms("I need help with the DA!!") == [("da", "domestic abuse")]
    assert terms("   ") == [] and terms("+++ '' ") == []
    assert text_query("the and of") is None


def test_every_listed_abbreviation_is_there():
    for word in (
        "dv",
        "da",
        "fm",
        "hbv",
        "hba",
        "honour",
        "fgm",
        "idva",
        "isva",
        "sarc",
        "refuge",
        "lgbt",
        "lgbtq+",
        "bsl",
    ):
        assert word in SYNONYMS


def test_query_requires_every_term_through_any_synonym():
    assert repr(text_query("dv women")) == (
        "<And <Or <PlainText 'dv' operator='and' boost=1> <PlainText 'domestic abuse' operator='and' boost=1>>"
        " <PlainText 'women' operator='and' boost=1>>"
    )


def test_texts_are_searched_for_whole_words_as_terms_split_them():
    texts = Texts(
        [
            "Domestic Abuse Helpline",  # 0: any case
            "Support after domestic-abuse",  # 1: punctuation splits words
            "Nondomestic abusers",  # 2: a word inside another is not that word
            "domestic_abuse",  # 3: so does an underscore, as in terms()
            "Pomoc w przemocy domowej",  # 4: letters beyond ASCII
            "24/7 line",  # 5: digits
            "",  # 6: empty
        ]
    )
    assert texts.with_word("domestic") == {0, 1, 3}
    assert texts.with_word("abuse") == {0, 1, 3}
    assert texts.with_word("przemocy") == {4}
    assert texts.with_word("7") == {5}
    assert texts.with_word("line") == {5}
    # A term matches through any alternative, and an alternative needs every word.
    assert texts.holding(("da", "domestic abuse")) == {0, 1, 3}
    assert texts.holding(("helpline", "domestic line")) == {0}


def test_help_seeking_words_name_nothing_so_never_narrow_a_search():
    for query in ("help", "support", "I need help", "please help me", "someone to talk to"):
        assert terms(query) == [] and text_query(query) is None
    assert terms("I need support for men") == [("men",)]


def test_peoples_own_words_for_one_harm_make_one_term_that_names_it():
    (term,) = terms("my boyfriend hits me")
    assert {"boyfriend", "hits", "domestic abuse"} <= set(term)
    assert "role:idva" in concepts(term)
    (raped,) = terms("I was raped")
    assert {"rape", "sexual violence"} <= set(raped) and "role:isva" in concepts(raped)
    assert concepts(("women",)) == {"audience:women"} and concepts(("xylophone",)) == set()
