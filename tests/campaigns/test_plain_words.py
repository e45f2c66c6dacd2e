"""The passive and acronym checks: sentences they must flag, and everyday
sentences they must leave alone, in each language they check."""

import pytest

from campaigns import readability
from campaigns.plain_words import is_passive, passive_checked, unexplained_acronyms

from .helpers import make_campaign, make_index

PASSIVE = [
    ("en", "It means being made to marry."),
    ("en", "You will be believed."),
    ("en", "He was hit by his partner."),
    ("en", "They were told to leave."),
    ("en", "Your phone is checked every day."),
    ("en", "You can get hurt."),
    ("en", "You will not be judged."),
    ("cy", "Mae'n cael ei wneud gan y teulu."),
    ("cy", "Cafodd hi ei tharo."),
    ("pl", "Został zmuszony do ślubu."),
    ("pl", "Telefon jest sprawdzany codziennie."),
    ("ro", "A fost obligată să se mărite."),
    ("ro", "Este controlat de către partener."),
]

ACTIVE = [
    ("en", "People will believe you."),
    ("en", "You are scared."),
    ("en", "I am tired and worried."),
    ("en", "It is against the law."),
    ("en", "It is not your fault."),
    ("en", "This is not OK."),
    ("en", "Is it coercive control?"),
    ("en", "Someone makes you marry."),
    ("cy", "Gallwch chi gael help."),
    ("cy", "Mae'n erbyn y gyfraith."),
    ("pl", "Rozmowa z Childline jest bezpłatna."),
    ("pl", "To jest niezgodne z prawem."),
    ("pl", "Został w domu."),
    ("ro", "Serviciul este gratuit."),
    ("ro", "Poți vorbi cu cineva."),
]


@pytest.mark.parametrize("language, sentence", PASSIVE)
def test_passive_sentences_are_flagged(language, sentence):
    assert is_passive(sentence, language)


@pytest.mark.parametrize("language, sentence", ACTIVE)
def test_active_sentences_and_adjectives_are_not_flagged(language, sentence):
    assert not is_passive(sentence, language)


@pytest.mark.parametrize("language", ["ur", "pa", "bn", "ar", "so", "zh-hans"])
def test_languages_without_a_passive_check_say_so_and_flag_nothing(language):
    assert not passive_checked(language)
    assert not is_passive("You will be believed.", language)


def test_acronyms_need_their_words_in_the_sentence_or_the_next():
    assert unexplained_acronyms(["Refer to MARAC and IDVA services.", "Call the NSPCC."]) == [
        ("MARAC", "Refer to MARAC and IDVA services."),
        ("IDVA", "Refer to MARAC and IDVA services."),
        ("NSPCC", "Call the NSPCC."),
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        # Expanded after, in brackets.
        ["A MARAC (multi-agency risk assessment conference) is a meeting.", "Police go to MARAC."],
        # Its words first, the letters in brackets.
        ["An independent domestic violence adviser (IDVA) helps you.", "Your IDVA listens."],
        # Its words alone spell it.
        ["Ask for an independent domestic violence adviser, or IDVA."],
        # Explained by the next sentence.
        ["Ask them about FGM.", "FGM means cutting a girl's private parts."],
        ["Use the DASH checklist.", "It is a list of questions about risk."],
        # Known to everyone, or no acronym at all.
        ["This is not OK.", "It is a crime in the UK.", "Ask your GP or the NHS."],
    ],
)
def test_explained_and_well_known_acronyms_are_not_flagged(sentences):
    assert unexplained_acronyms(sentences) == []


def test_only_the_first_use_needs_explaining():
    found = unexplained_acronyms(["LGBT+ people can call.", "LGBT+ services are free.", "Ask about BSL."])
    assert [acronym for acronym, _ in found] == ["LGBT", "BSL"]


def test_a_later_sentence_does_not_explain_an_earlier_one():
    found = unexplained_acronyms(["Refer to MARAC.", "Ask first.", "MARAC is a meeting."])
    assert found == [("MARAC", "Refer to MARAC.")]


@pytest.mark.django_db
def test_the_editors_panel_names_passive_sentences_and_unexplained_acronyms(db):
    page = make_campaign(
        make_index(),
        intro="Refer to MARAC when the risk is high.",
        easy_read=[
            {
                "type": "easy_read",
                "value": {"pictogram": "yes", "image": None, "alt": "", "text": "You will be believed."},
            },
            {"type": "easy_read", "value": {"pictogram": "talk", "image": None, "alt": "", "text": "Ask an IDVA."}},
            {
                "type": "easy_read",
                "value": {"pictogram": "home", "image": None, "alt": "", "text": "People will believe you."},
            },
        ],
    )
    report = page.readability_report()
    assert (
        "Easy read block 1: this sentence may be passive: “You will be believed.” Say who does what: "
        "“People will believe you”, not “You will be believed”." in report.warnings
    )
    assert not any("block 3" in warning for warning in report.warnings)
    assert any(w.startswith("Standard version: “MARAC” is not explained") for w in report.warnings)
    assert any(w.startswith("Easy read version: “IDVA” is not explained") for w in report.warnings)
    assert report.easy_read_verdict.hard


def test_chinese_sentences_are_measured_in_characters():
    short = "如果你有危险，请打电话给警察。"
    long = "如果有人让你害怕或者控制你做的事情，你可以和一个会倾听并帮助你保持安全的人谈谈。"
    assert readability.sentence_length(short, "zh-hans") == (13, readability.EASY_READ_MAX_CHARACTERS)
    assert readability.sentence_length(long, "zh-hans")[0] > readability.EASY_READ_MAX_CHARACTERS
    assert readability.sentences(short + short) == [short, short]


@pytest.mark.django_db
def test_easy_read_is_checked_in_the_language_it_is_written_in(db):
    """A Chinese page with no easy read of its own shows the English one:
    it is measured in English words, not in characters."""
    from django.utils import translation

    def block(text):
        return {"type": "easy_read", "value": {"pictogram": "yes", "image": None, "alt": "", "text": text}}

    page = make_campaign(
        make_index(), easy_read=[block("It means someone makes you afraid so they can control your life.")]
    )
    with translation.override("zh-hans"):
        assert page.readability_report().warnings == []

    long_chinese = "如果有人让你害怕或者控制你做的事情，你可以和一个会倾听并帮助你保持安全的人谈谈。"
    page.easy_read_body_zh_hans = [("easy_read", block(long_chinese)["value"])]
    page.save()
    with translation.override("zh-hans"):
        warnings = page.readability_report().warnings
    assert any("个字" in warning and long_chinese in warning for warning in warnings), warnings
