"""The tokenizer's columns, built from the white-space chunks, are those of the split pattern run
over the whole text (property tests against the tokenizer as it was)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_events.text._tokens import _split_columns, token_columns

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
