from directory.search import text_query
from directory.synonyms import SYNONYMS, terms


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
    for word in ("dv", "da", "fm", "hbv", "hba", "honour", "fgm", "idva", "isva", "sarc", "refuge", "lgbt", "lgbtq+", "bsl"):
        assert word in SYNONYMS


def test_query_requires_every_term_through_any_synonym():
    assert repr(text_query("dv women")) == (
        "<And <Or <PlainText 'dv' operator='and' boost=1> <PlainText 'domestic abuse' operator='and' boost=1>>"
        " <PlainText 'women' operator='and' boost=1>>"
    )
