"""The word classes the text layer reads (text/_word_classes.py), from the word_classes lexicon."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.extractors import _grammar
from urdu_events.text import _dates, fold
from urdu_events.text._word_classes import class_words, starting_words, word_alternation

_DATES_SOURCE = Path(_dates.__file__).read_text(encoding="utf-8")
_READS = re.compile(r"\b(?:word_alternation|class_words|starting_words)\(([^()]*)\)")
#: Every class the date reader names.
DATE_CLASSES = sorted(
    {name for args in _READS.findall(_DATES_SOURCE) for name in re.findall(r"""["']([a-z_]+)["']""", args)}
)


def test_the_date_reader_reads_its_words_from_classes() -> None:
    assert len(DATE_CLASSES) >= 30
    assert {"past_determiner", "year_unit", "day_unit", "ago_word", "ago_unit"} <= set(DATE_CLASSES)


@pytest.mark.parametrize("name", DATE_CLASSES)
def test_a_class_reads_as_the_extractors_read_it(name: str) -> None:
    """The text layer's json-only reading gives what the typed reading of ``_grammar`` gives."""
    assert word_alternation(name) == _grammar.word_alternation(name)
    assert tuple(dict.fromkeys(map(fold, class_words(name)))) == _grammar.word_list(name)


def test_words_are_in_lexicon_order_once() -> None:
    assert class_words("past_determiner")[:2] == ("گزشتہ", "گذشتہ")
    assert word_alternation("next_determiner") == r"آئندہ|اگلے|اگلی|آنے\ والے|ہر"
    assert starting_words("next_determiner") == ("آئندہ", "اگلے", "اگلی", "آنے", "ہر")
    assert starting_words("recently_phrase", "few_word", "while_phrase") == (
        "حال",
        "گزشتہ",
        "گذشتہ",
        "پچھلے",
        "چند",
        "کچھ",
    )


def test_the_patterns_hold_the_class_words() -> None:
    assert _dates._PAST == word_alternation("past_determiner")
    assert set(class_words("past_determiner")) <= _dates._TRIGGER_WORDS
    assert _dates._PAST_VERB.search("دھماکہ ہوا")
    assert _dates._YEAR_AFTER.match(" کے اواخر میں")


def test_an_unknown_class_or_one_not_of_whole_words_raises() -> None:
    with pytest.raises(InvalidArgumentError, match="no word class"):
        class_words("no_such_class")
    with pytest.raises(InvalidArgumentError, match="whole words only"):
        class_words("non_person_unit")  # it has stems (match "start")


def test_the_text_layer_imports_neither_the_lexicons_package_nor_the_extractors() -> None:
    code = (
        "import sys, urdu_events.text; "
        "prefixes = ('urdu_events.lexicons', 'urdu_events.extractors', 'cattrs'); "
        "print(sorted(m for m in sys.modules if m.startswith(prefixes)))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
