"""Word classes of the reader's grammar, read from the word_classes lexicon."""

from __future__ import annotations

import re

import pytest

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.extractors._grammar import word_class
from urdu_events.lexicons._load import entry_problems


def _matches(name: str, text: str) -> bool:
    return re.search(word_class(name), text) is not None


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("non_person_unit", "25 سالہ", True),  # a stem: the start of a word
        ("non_person_unit", "گھنٹوں", True),
        ("non_person_unit", "افراد", False),
        ("event_count", "حملوں", True),
        ("event_count", "حملہ آوروں", False),  # unless: attackers are people
        ("event_count", "تین بار", True),
        ("event_count", "بارودی", False),  # a whole word only
        ("ordinary_crime", "چوری", True),
        ("ordinary_crime", "چورنگی", False),
        ("ordinary_crime", "آئسکریم", False),
        ("political_suspect", "دہشتگردوں", True),  # anywhere in a word
        ("turn", "دوسری جانب", True),
        ("reporting_verb", "کہاں", False),
    ],
)
def test_word_class_matching(name: str, text: str, expected: bool) -> None:
    """Whole words, stems and their exceptions match as the lexicon declares."""
    assert _matches(name, text) is expected


def test_unknown_class_is_an_error() -> None:
    """A class no lexicon has is named in the error."""
    with pytest.raises(InvalidArgumentError, match="no word class 'tunr'"):
        word_class("tunr")


def test_entries_are_checked() -> None:
    """An unknown class, an unknown match and an unknown key are each reported."""
    _, problems = entry_problems(
        "word_classes",
        [
            {"term": "tunr", "words": ["ادھر"]},
            {"term": "turn", "match": "stem", "words": ["ادھر"]},
            {"term": "turn", "words": ["ادھر"], "wrods": []},
        ],
    )
    assert len(problems) == 3
    assert "tunr" in problems[0] and "stem" in problems[1] and "wrods" in problems[2]
