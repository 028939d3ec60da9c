"""Tests for tokenize."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.text import NormalizedText, Token, TokenKind, normalize, tokenize
from urdu_events.text._tokens import token_columns, token_indexes


def tokens(text: str) -> list[tuple[str, TokenKind]]:
    return [(t.text, t.kind) for t in tokenize(normalize(text))]


WORD, NUMBER, PUNCT = TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCT

# The tokenizer's definition as one finditer pass, the kind given by the group that matched.
_REFERENCE = re.compile(r"(\d+(?:[.,]\d+)*)|([a-zA-Z]+(?:'[a-zA-Z]+)?|[^\W\d_a-zA-Z]+)|(([^\w\s])\4*|_+)")
_KIND_BY_GROUP = {1: NUMBER, 2: WORD, 3: PUNCT, 4: PUNCT}


def reference(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens as a plain per-match loop finds them."""
    stop = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), _KIND_BY_GROUP[m.lastindex or 0])
        for m in _REFERENCE.finditer(text, start, stop)
    ]


class TestTokenize:
    def test_words_and_punctuation(self) -> None:
        """Punctuation is split from words."""
        assert [("پولیس", WORD), ("،", PUNCT), ("فوج", WORD), ("۔", PUNCT)] == tokens("پولیس، فوج۔")

    def test_numbers_keep_separators(self) -> None:
        """Digits stay together with decimal and thousands separators."""
        assert [("12,500", NUMBER), ("اور", WORD), ("2.5", NUMBER)] == tokens("۱۲٬۵۰۰ اور ۲٫۵")

    def test_joined_digits_and_words(self) -> None:
        """Digits glued to a word are split off."""
        assert [("25", NUMBER), ("افراد", WORD)] == tokens("25افراد")

    def test_joined_scripts(self) -> None:
        """Latin glued to Urdu is split at the script change."""
        assert [("ispr", WORD), ("کے", WORD), ("مطابق", WORD)] == tokens("ISPRکے مطابق")

    def test_runs_of_one_mark(self) -> None:
        """A run of the same mark is one token."""
        assert [("وہ", WORD), ("...", PUNCT), ("؟", PUNCT)] == tokens("وہ...؟")

    def test_marks_and_invisibles_do_not_split(self) -> None:
        """Diacritics and zero-width characters inside a word are gone after normalization."""
        assert [("پاکستان", WORD)] == tokens("پاکِ\u200cستان")

    def test_token_flags(self) -> None:
        """is_word, is_number and is_punct follow the kind."""
        word, number, punct = tokenize(normalize("حملہ 5 ۔"))
        assert (True, False, False) == (word.is_word, word.is_number, word.is_punct)
        assert (False, True, False) == (number.is_word, number.is_number, number.is_punct)
        assert (False, False, True) == (punct.is_word, punct.is_number, punct.is_punct)

    def test_range(self) -> None:
        """start and end limit tokenization to a slice of the text."""
        nt = normalize("پہلا دوسرا تیسرا")
        assert ["دوسرا"] == [t.text for t in tokenize(nt, 5, 10)]

    @pytest.mark.parametrize(("start", "end"), [(-1, None), (3, 2), (0, 100)])
    def test_bad_range(self, start: int, end: int | None) -> None:
        """Offsets outside the text raise InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            tokenize(normalize("پہلا دوسرا"), start, end)

    @given(st.text(max_size=80))
    def test_tokens_are_the_non_space_text(self, text: str) -> None:
        """Tokens are ordered, point at their text, and cover every non-space character."""
        nt = normalize(text)
        found = tokenize(nt)
        assert "".join(nt.text.split()) == "".join(t.text for t in found)
        for t in found:
            assert nt.text[t.start : t.end] == t.text

    @given(st.text(max_size=120), st.data())
    def test_same_as_one_regex_pass(self, text: str, data: st.DataObject) -> None:
        """The C-level splitting gives exactly the tokens of a per-match loop, on any text and range."""
        nt = NormalizedText(text, text)  # any characters, not only what normalization leaves
        assert reference(text) == tokenize(nt)
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert reference(text, start, end) == tokenize(nt, start, end)

    @pytest.mark.parametrize("text", ["", " ", "a", "\n\n", "x²y", "१२३ ٣", "ⅻ", "__a_", "…", "🙂🙂", "a''b"])
    def test_same_as_one_regex_pass_examples(self, text: str) -> None:
        """Edge cases: empty text, space only, other scripts' digits, symbols outside the kind table."""
        nt = NormalizedText(text, text)
        assert reference(text) == tokenize(nt)


def test_token_indexes() -> None:
    """The tokens of a kind and those of some words, in text order (an invented sentence)."""
    text = "آج 12 افراد، کل 2.5 لاکھ"
    columns = token_columns(text, 0, len(text))
    found = token_indexes(columns, TokenKind.NUMBER, frozenset({"آج", "کل", "غائب"}))
    assert [columns[2][i] for i in found] == ["آج", "12", "کل", "2.5"]
    assert token_indexes(columns, TokenKind.NUMBER, frozenset()) == [1, 5]
