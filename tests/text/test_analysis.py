"""Tests for analyze and Analysis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.text import Token, analyze, tokenize

TEXT = "پشاور: گزشتہ روز تھانے پر حملے میں 3 اہلکار شہید ہو گئے۔\nپولیس نے علاقے کو گھیرے میں لے لیا۔"


class TestAnalyze:
    def test_cached(self) -> None:
        """The same text gives the same Analysis object."""
        assert analyze(TEXT) is analyze(TEXT)

    def test_fields(self) -> None:
        """The analysis holds the original, the normalized text and the sentences."""
        a = analyze(TEXT)
        assert TEXT == a.original
        assert a.normalized.text == a.text
        assert 2 == len(a.sentences)

    def test_lazy_tokens_and_numbers(self) -> None:
        """Tokens and numbers are computed once."""
        a = analyze(TEXT)
        assert a.tokens is a.tokens
        assert [3] == [n.value for n in a.numbers]

    def test_token_columns(self) -> None:
        """token_columns holds the tokens' fields as four parallel tuples, computed once."""
        a = analyze(TEXT)
        assert a.token_columns is a.token_columns
        starts, ends, texts, kinds = a.token_columns
        assert list(a.tokens) == [Token(*fields) for fields in zip(starts, ends, texts, kinds, strict=True)]
        assert "اہلکار" in texts

    @given(st.text(max_size=80))
    def test_tokens_and_columns_are_tokenize(self, text: str) -> None:
        """Analysis.tokens and token_columns agree with tokenize() on any text."""
        a = analyze(text)
        expected = tokenize(a.normalized)
        assert expected == list(a.tokens)
        assert expected == [Token(*fields) for fields in zip(*a.token_columns, strict=True)]

    def test_dates(self) -> None:
        """dates() resolves against the given publication date."""
        (match,) = analyze(TEXT).dates(dt.date(2024, 7, 20))
        assert dt.date(2024, 7, 19) == match.date.start

    def test_sentence_at(self) -> None:
        """sentence_at() finds the sentence around an offset."""
        a = analyze(TEXT)
        second = a.sentences[1]
        assert second == a.sentence_at(second.start + 2)
        assert None is a.sentence_at(a.sentences[0].end)

    def test_rejects_non_str(self) -> None:
        """analyze() rejects unhashable and other non-str arguments."""
        with pytest.raises(InvalidArgumentError):
            analyze(["متن"])  # type: ignore[arg-type]
