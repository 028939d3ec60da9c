"""Word tokenization of normalized text."""

from __future__ import annotations

import enum
import re
from itertools import accumulate, chain, compress, repeat
from operator import is_, itemgetter
from typing import NamedTuple, cast

from ..exceptions import InvalidArgumentError
from ._normalize import NormalizedText, check_normalized

__all__ = ["Token", "TokenKind", "tokenize"]


class TokenKind(str, enum.Enum):
    """What a :class:`Token` is."""

    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"


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


# Words other than Latin (Urdu), digits (with decimal and thousands separators), Latin
# words, and runs of one punctuation or symbol character. Splitting Latin from Urdu
# letters separates the joined words that mixed-script text often has ("ISPRکے").
# The branches start with disjoint characters, so their order only decides how soon
# re finds the right one: the most common first.
# One group around the whole token, for ``re.split``: its pieces are gap, token, the
# repeated mark's group (or None), gap, ... Splitting builds every string in C, so no
# Python code runs per token.
_SPLIT = re.compile(r"([^\W\d_a-zA-Z]+|\d+(?:[.,]\d+)*|[a-zA-Z]+(?:'[a-zA-Z]+)?|([^\w\s])\2*|_+)")


def _kind_of(first: str) -> TokenKind:
    """The kind of a token that starts with ``first``.

    ``str.isdecimal`` is what ``re`` calls ``\\d``, ``str.isalnum`` plus ``_`` its ``\\w``.
    """
    if first.isdecimal():
        return TokenKind.NUMBER
    if first == "_" or not first.isalnum():
        return TokenKind.PUNCT
    return TokenKind.WORD


#: Token kind by first character, for the characters news text is made of; others go
#: through :func:`_kind_of`.
_KIND_BY_FIRST: dict[str, TokenKind] = {
    chr(c): _kind_of(chr(c))
    for block in (range(0x21, 0x250), range(0x0600, 0x0700), range(0x2010, 0x2070))
    for c in block
}
_first = itemgetter(0)
_new = tuple.__new__


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
    return tokens_from_columns(token_columns(text, start, stop))


#: The tokens of a text as four parallel tuples: starts, ends, texts and kinds.
TokenColumns = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[TokenKind, ...]]


def token_columns(text: str, start: int, stop: int) -> TokenColumns:
    """The tokens of ``text[start:stop]`` (offsets into ``text``) as columns; the caller checks the range."""
    # The pattern has no lookaround and no anchors, so a slice tokenizes as finditer(text, start, stop)
    # would. Every step below is a C-level pass over the pieces: offsets are running sums
    # of the lengths of gaps and tokens, kinds a lookup by first character.
    pieces = _SPLIT.split(text[start:stop] if start or stop < len(text) else text)
    words = pieces[1::3]
    lengths = zip(map(len, pieces[0::3]), map(len, words), strict=False)  # one gap more than tokens
    offsets = tuple(accumulate(chain.from_iterable(lengths), initial=start))
    found = tuple(map(_KIND_BY_FIRST.get, map(_first, words)))
    if None in found:
        found = tuple(k or _kind_of(w[0]) for k, w in zip(found, words, strict=True))
    kinds = cast("tuple[TokenKind, ...]", found)  # no None left
    return offsets[1::2], offsets[2::2], tuple(words), kinds


def tokens_from_columns(columns: TokenColumns) -> list[Token]:
    """The :class:`Token` objects of :func:`token_columns`' columns."""
    return list(map(_new, repeat(Token), zip(*columns, strict=True)))


def token_indexes(columns: TokenColumns, kind: TokenKind, words: frozenset[str]) -> list[int]:
    """The indexes of the tokens of ``kind`` and of those whose text is one of ``words``
    (which are not of ``kind``), in text order; each test runs over the columns in C."""
    texts, kinds = columns[2], columns[3]
    found = list(compress(range(len(kinds)), map(is_, kinds, repeat(kind))))
    present = words.intersection(texts)
    if present:
        found += compress(range(len(texts)), map(present.__contains__, texts))
        found.sort()
    return found
