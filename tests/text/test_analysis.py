"""Tests for analyze and Analysis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events import Findings, Pipeline
from urdu_events.exceptions import InvalidArgumentError
from urdu_events.models import Document
from urdu_events.text import Analysis, Token, analyze, tokenize
from urdu_events.text._analysis import _AnalysisCache, _analyze

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


class TestCache:
    """The analyses kept between calls are bounded by count and by characters."""

    def test_bounded_by_count_and_characters(self) -> None:
        """Older analyses go once there are too many or their texts are too long together,
        but the newest stays, however long."""
        cache = _AnalysisCache(maxsize=3, max_chars=90)
        texts = [f"متن نمبر {i} " * 3 for i in range(5)]  # 33 characters each
        kept = [cache(t) for t in texts]
        assert 2 == len(cache)  # 3 × 33 > 90
        assert kept[-1] is cache(texts[-1])
        assert kept[0] is not cache(texts[0])  # recomputed: it had gone
        assert kept[0] == cache(texts[0])
        long_text = "ا" * 500
        first = cache(long_text)
        assert 1 == len(cache) and first is cache(long_text)
        cache.release(long_text)
        assert 0 == len(cache)
        cache(texts[0])
        cache.release(texts[0])  # short texts are kept
        assert 1 == len(cache)

    @given(st.lists(st.text(alphabet="اب پ۔ 1\n", max_size=60), max_size=30), st.integers(1, 5))
    def test_same_analysis_whatever_was_kept(self, texts: list[str], maxsize: int) -> None:
        """A cached analysis equals a fresh one, and the bounds always hold."""
        cache = _AnalysisCache(maxsize=maxsize, max_chars=80)
        for text in texts:
            assert cache(text) == _AnalysisCache(1, 1)(text)
            assert 1 <= len(cache) <= maxsize
            assert len(cache) == 1 or sum(map(len, cache._entries)) <= 80

    def test_pipeline_releases_a_long_texts_analysis(self) -> None:
        """Within a run every extractor gets the same analysis; after the run a long text's
        analysis is dropped (a new one is made), a short text's kept."""
        seen: list[Analysis] = []

        class Spy:
            name = "spy"

            def __call__(self, doc: Document) -> Findings:
                seen.append(analyze(doc.text))
                return Findings()

        pipeline = Pipeline([Spy(), Spy()], link_responsibility=False)
        short = TEXT
        long_text = (TEXT + "\n") * (_analyze.max_chars // len(TEXT) + 1)
        for text, kept in ((short, True), (long_text, False)):
            seen.clear()
            pipeline.extract(text)
            assert seen[0] is seen[1]
            assert (analyze(text) is seen[0]) is kept
