"""Tests for inflection paradigms: lexicon entries that name one get every inflected form."""

from __future__ import annotations

import pytest

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.extractors._incident_lexicon import IncidentLexicons, Paradigm, load_paradigms
from urdu_events.lexicons import Lexicon
from urdu_events.text import fold


class TestParadigm:
    def test_verb_endings_go_on_the_last_word(self) -> None:
        """A verb stem takes each ending on its last word only."""
        paradigm = Paradigm(0, ("ا", "ی", "ے"))
        assert ["گولی مارا", "گولی ماری", "گولی مارے"] == list(paradigm.inflect("گولی مار"))

    def test_strip_drops_final_letters_first(self) -> None:
        """A perfective auxiliary loses "یا" before its other endings ("کر دیا" -> "کر دی")."""
        paradigm = Paradigm(2, ("یا", "ی", "یے"))
        assert ["کر دی", "کر دیے"] == list(paradigm.inflect("کر دیا"))

    def test_nothing_left_after_stripping_gives_nothing(self) -> None:
        """A word no longer than what the paradigm strips has no inflections."""
        assert [] == list(Paradigm(2, ("ی",)).inflect("یا"))

    def test_builtin_paradigms_are_loaded(self) -> None:
        """The built-in paradigms lexicon declares the verb and perfective paradigms."""
        paradigms = load_paradigms(plugins=False)
        assert {"verb", "perfective"} <= set(paradigms)


class TestLexiconsWithParadigms:
    def test_inflected_forms_are_indexed(self) -> None:
        """An entry naming a paradigm matches its inflected forms too."""
        extra = Lexicon(
            "test-triggers",
            "event_triggers",
            "1",
            [{"term": "گھیر", "paradigm": "verb", "sub_event_type": "Armed clash", "kind": "clash"}],
        )
        lexicons = IncidentLexicons.load(fold, plugins=False, extra=[extra])
        assert fold("گھیری") in lexicons.triggers
        assert fold("گھیرتے") in lexicons.triggers

    def test_unknown_paradigm_is_an_error(self) -> None:
        """A misspelled paradigm name is rejected with the names that exist."""
        extra = Lexicon(
            "test-triggers",
            "event_triggers",
            "1",
            [{"term": "گھیر", "paradigm": "verbb", "sub_event_type": "Armed clash", "kind": "clash"}],
        )
        with pytest.raises(InvalidArgumentError, match=r"unknown paradigm 'verbb'.*verb"):
            IncidentLexicons.load(fold, plugins=False, extra=[extra])
