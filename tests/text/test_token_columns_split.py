"""The tokenizer's columns, built from the white-space chunks, are those of the split pattern run
over the whole text (property tests against the tokenizer as it was)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_events.text._tokens import _split_columns, chunk, token_columns

_PIECES = ["لاہور", "میں", "دھماکے", "سے", "پانچ", "ہوئے", "ISPR", "کے", "12,500", "2.5", "11", "۲۰", "ویں"]
_PIECES += ["ٔ", "ً", "۔", "،", "۔۔۔", "!!", '"', "(", ")", "_", "__", "'", "don't", "é", "ﷲ", "٪", "%"]
_PIECES += [" ", " ", " ", " ", "\n", "  ", "\t", "\u00a0", "\u2003", "\r\n"]


def _split_throughout(text: str, start: int, stop: int) -> tuple[object, ...]:
    """The tokenizer as it was: the split pattern over the whole range."""
    return _split_columns(text[start:stop], start)


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.data())
def test_columns_match_the_split_pattern_on_news_like_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    stop = data.draw(st.integers(min_value=start, max_value=len(text)))
    assert token_columns(text, start, stop) == _split_throughout(text, start, stop)
    assert token_columns(text, 0, len(text)) == _split_throughout(text, 0, len(text))


@settings(max_examples=500)
@given(st.text(max_size=40))
def test_columns_match_the_split_pattern_on_any_text(text: str) -> None:
    assert token_columns(text, 0, len(text)) == _split_throughout(text, 0, len(text))


def _word_runs_throughout(text: str) -> tuple[list[str], list[int], list[int]]:
    """The runs of word characters of the whole text, found by ``re`` over all of it."""
    found = list(re.finditer(r"\w+", text))
    return [m[0] for m in found], [m.start() for m in found], [m.end() for m in found]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_word_columns_are_the_runs_of_word_characters_on_news_like_text(text: str) -> None:
    """The words read from the chunks (numbers with separators, words run onto Latin letters,
    ``_``, marks, any spacing) are those ``\\w+`` finds; the tokens read from the same cut too."""
    chunks = chunk(text, 0, len(text))
    assert chunks.word_columns() == _word_runs_throughout(text)
    assert chunks.token_columns() == _split_throughout(text, 0, len(text))


@settings(max_examples=500)
@given(st.text(max_size=40))
def test_word_columns_are_the_runs_of_word_characters_on_any_text(text: str) -> None:
    assert chunk(text, 0, len(text)).word_columns() == _word_runs_throughout(text)


#: Chunks of an Urdu word and one mark after it (read without the split pattern), beside near
#: misses: two marks, a mark first, a digit or Latin letter or "_" last, a mark inside.
_MARKED = ["کہا۔", "ہے،", "گئے؟", "تھا!", "میں:", "دیاً", "ہیںٔ", "ب۔", "۔", "،ہے", "ہے۔۔", "ہے،۔"]
_MARKED += ["ہے1", "ہےa", "ہے_", "ہ۔ے", "ہےé", "ISPR۔", "12۔", "ﷲ۔", "ہے٪", "ہے%"]


@settings(max_examples=800)
@given(
    st.lists(st.sampled_from(_MARKED + _PIECES[:12] + [" ", " ", " ", "\n", "  ", "\t"]), max_size=30).map(
        "".join
    )
)
def test_word_and_mark_chunks_read_as_the_split_pattern_reads_them(text: str) -> None:
    """An odd chunk that is an Urdu word and one mark gives the split pattern's two tokens and
    ``\\w+``'s one word, read from the chunk; every other odd chunk is split as before."""
    chunks = chunk(text, 0, len(text))
    assert chunks.token_columns() == _split_throughout(text, 0, len(text))
    assert chunks.word_columns() == _word_runs_throughout(text)
