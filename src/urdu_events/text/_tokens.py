"""Word tokenization of normalized text."""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

from ..exceptions import InvalidArgumentError
from ._normalize import NormalizedText, check_normalized

__all__ = ["Token", "TokenKind", "tokenize"]


class TokenKind(str, enum.Enum):
    """What a :class:`Token` is."""

    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"


# Digits (with decimal and thousands separators), Latin words, other words (Urdu),
# and runs of one punctuation or symbol character. Splitting Latin from Urdu letters
# separates the joined words that mixed-script text often has ("ISPRکے").
_TOKENS = re.compile(r"(\d+(?:[.,]\d+)*)|([a-zA-Z]+(?:'[a-zA-Z]+)?|[^\W\d_a-zA-Z]+)|(([^\w\s])\4*|_+)")


class Token(NamedTuple):
    """A word, number or punctuation mark of a :class:`NormalizedText`.

    A named tuple rather than an attrs class: documents have hundreds of
    thousands of tokens, and a tuple is several times cheaper to build.

    Attributes:
        start: Normalized offset of the first character.
        end: Normalized offset just past the last character.
        text: The normalized characters.
        kind: Word, number or punctuation.
    """

    start: int
    end: int
    text: str
    kind: TokenKind

    @property
    def is_word(self) -> bool:
        """Whether this is a word."""
        return self.kind is TokenKind.WORD

    @property
    def is_number(self) -> bool:
        """Whether this is a number written in digits."""
        return self.kind is TokenKind.NUMBER

    @property
    def is_punct(self) -> bool:
        """Whether this is punctuation or a symbol."""
        return self.kind is TokenKind.PUNCT


#: Token kind by the number of the last group a match of _TOKENS closed.
_KINDS = (TokenKind.PUNCT, TokenKind.NUMBER, TokenKind.WORD, TokenKind.PUNCT, TokenKind.PUNCT)


def tokenize(nt: NormalizedText, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``nt.text[start:end]`` into words, numbers and punctuation.

    Digits stay together with their separators (``12,500``, ``2.5``), Latin and
    Urdu letters are split apart, and every punctuation mark is its own token
    (a run of the same mark, such as ``۔۔۔``, is one token).

    Args:
        nt: The output of :func:`normalize`.
        start: Normalized offset to start at.
        end: Normalized offset to stop at; the end of the text if ``None``.

    Returns:
        The tokens in text order, with normalized offsets.

    Raises:
        InvalidArgumentError: If ``nt`` is not a :class:`NormalizedText` or the
            offsets are not a range of its text.
    """
    text = check_normalized(nt).text
    stop = len(text) if end is None else end
    if not (isinstance(start, int) and isinstance(stop, int) and 0 <= start <= stop <= len(text)):
        raise InvalidArgumentError(f"[{start!r}, {end!r}) is not a range of a text of length {len(text)}")
    make = Token._make
    return [
        make((*m.span(), m.group(), _KINDS[m.lastindex or 0])) for m in _TOKENS.finditer(text, start, stop)
    ]
