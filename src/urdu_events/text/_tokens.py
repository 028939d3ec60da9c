"""Word tokenization of normalized text."""

from __future__ import annotations

import enum
import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain, compress, repeat
from operator import add, is_, itemgetter, not_, sub
from typing import NamedTuple, cast

from .._lazy_re import lazy_compile
from ..exceptions import InvalidArgumentError
from ._normalize import NormalizedText, _char_class, check_normalized

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
_SPLIT = lazy_compile(r"([^\W\d_a-zA-Z]+|\d+(?:[.,]\d+)*|[a-zA-Z]+(?:'[a-zA-Z]+)?|([^\w\s])\2*|_+)")


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
_WORD = TokenKind.WORD
#: The kinds of the two tokens of an Urdu word and one mark after it.
_WORD_AND_MARK = (TokenKind.WORD, TokenKind.PUNCT)
_new = tuple.__new__
_match_start = re.Match.start


#: The letters of the Arabic block that the split pattern's first branch takes (word
#: characters that are no digit, Latin letter or ``_``): a chunk of only these is one word.
_ARABIC_WORD_CODES = [
    c for c in range(0x0600, 0x0700) if _SPLIT.fullmatch(chr(c)) and _kind_of(chr(c)) is TokenKind.WORD
]
#: A character that may end a word inside a chunk. One class, not a repeat, so ``re``
#: skips to it in C; the space and the line break (normalized text's only gaps) are left out.
_OTHER_CHAR = lazy_compile("[^ \n" + _char_class(map(chr, _ARABIC_WORD_CODES))[1:])


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
    """The tokens of ``text[start:stop]`` (offsets into ``text``) as columns; the caller checks the range.

    Every character that is not white space starts a token (the split pattern's branches
    cover ``\\w`` and ``[^\\w\\s]``), so the gaps are exactly the runs of white space and
    no token crosses one: the tokens are those of the white-space-separated chunks, each
    split on its own. Most chunks of news text are one Urdu word, which is one token:
    ``str.split`` finds the chunks in C, and only the chunks that hold a character other
    than an Urdu-block letter (punctuation, digits, Latin, marks) go through the pattern,
    joined into one string (:class:`Chunks`). Text with a gap longer than one character
    (normalized text has none) is split with the pattern throughout.
    """
    return chunk(text, start, stop).token_columns()


#: The words of a text, its runs of word characters (what ``\\w+`` matches), as three parallel
#: lists: texts, starts and ends.
WordColumns = tuple[list[str], list[int], list[int]]

#: A run of word characters, in a group for ``re.split`` (its pieces are gap, word, gap, ...).
_WORD_RUN = lazy_compile(r"(\w+)")


class Chunks(NamedTuple):
    """A range of a text cut at white space, from which its tokens and its words are read.

    Most chunks of news text are one Urdu word (Arabic-block word letters only), which is one
    token and one word; the other chunks ("odd": punctuation, digits, Latin, marks) are joined
    by single spaces and split in one call, and their pieces put in their places. ``None``
    in ``chunks`` for a range with a gap of more than one character, which is split whole.
    An odd chunk that is an Urdu word and one mark after it is not joined: its pieces are
    its first characters and its last.
    """

    #: The range's text and where it starts in the whole text.
    piece: str
    base: int
    chunks: list[str] | None
    starts: list[int]
    ends: list[int]
    #: The indexes of the odd chunks, and the odd chunks joined by single spaces (but those
    #: ``marked``).
    odd: list[int]
    joined: str
    #: Where each joined odd chunk starts in ``joined`` (and one past its end), and how far it is
    #: from its place in the text.
    joined_starts: list[int]
    shifts: list[int]
    #: For each odd chunk, whether it is an Urdu word and one mark after it ("کہا۔", "ہے،"),
    #: the most common odd chunk: its two tokens and its word are read from it, not split.
    marked: list[bool]

    def token_columns(self) -> TokenColumns:
        """The tokens of the range, as :func:`token_columns` gives them."""
        chunks, starts, ends, odd = self.chunks, self.starts, self.ends, self.odd
        if chunks is None:
            return _split_columns(self.piece, self.base)
        if not odd:
            return tuple(starts), tuple(ends), tuple(chunks), (TokenKind.WORD,) * len(chunks)
        o_starts, o_ends, o_texts, o_kinds = _split_columns(self.joined, 0)
        bounds = list(map(bisect_left, repeat(o_starts), self.joined_starts))
        moved = _moved(self.shifts, bounds)
        p_starts = list(map(add, o_starts, moved))
        p_ends = list(map(add, o_ends, moved))
        # The other chunks' columns and the odd chunks' tokens added in turn, so the work grows
        # with the length of the text, however many chunks are odd.
        t_starts: list[int] = []
        t_ends: list[int] = []
        t_texts: list[str] = []
        t_kinds: list[TokenKind] = []
        prev = n = 0
        for i, marked in zip(odd, self.marked, strict=True):
            t_starts += starts[prev:i]
            t_ends += ends[prev:i]
            t_texts += chunks[prev:i]
            t_kinds += repeat(_WORD, i - prev)
            prev = i + 1
            if marked:  # an Urdu word and one mark after it: two tokens
                end = ends[i]
                piece = chunks[i]
                t_starts += (starts[i], end - 1)
                t_ends += (end - 1, end)
                t_texts += (piece[:-1], piece[-1])
                t_kinds += _WORD_AND_MARK
            else:
                lo, hi = bounds[n], bounds[n + 1]
                n += 1
                t_starts += p_starts[lo:hi]
                t_ends += p_ends[lo:hi]
                t_texts += o_texts[lo:hi]
                t_kinds += o_kinds[lo:hi]
        t_starts += starts[prev:]
        t_ends += ends[prev:]
        t_texts += chunks[prev:]
        t_kinds += repeat(_WORD, len(chunks) - prev)
        return tuple(t_starts), tuple(t_ends), tuple(t_texts), tuple(t_kinds)

    def word_columns(self) -> WordColumns:
        """The words of the range: its runs of word characters (what ``\\w+`` finds in it), each
        whole odd chunk's found by splitting the joined odd chunks (an Urdu word and one mark
        after it: the word)."""
        chunks, starts, ends, odd = self.chunks, self.starts, self.ends, self.odd
        if chunks is None:
            return _word_runs(self.piece, self.base)
        if not odd:
            return chunks.copy(), starts.copy(), ends.copy()
        w_texts, w_starts, w_ends = _word_runs(self.joined, 0)
        bounds = list(map(bisect_left, repeat(w_starts), self.joined_starts))
        moved = _moved(self.shifts, bounds)
        w_starts = list(map(add, w_starts, moved))
        w_ends = list(map(add, w_ends, moved))
        texts: list[str] = []
        wstarts: list[int] = []
        wends: list[int] = []
        prev = n = 0
        for i, marked in zip(odd, self.marked, strict=True):
            texts += chunks[prev:i]
            wstarts += starts[prev:i]
            wends += ends[prev:i]
            prev = i + 1
            if marked:
                texts.append(chunks[i][:-1])
                wstarts.append(starts[i])
                wends.append(ends[i] - 1)
            else:
                lo, hi = bounds[n], bounds[n + 1]
                n += 1
                texts += w_texts[lo:hi]
                wstarts += w_starts[lo:hi]
                wends += w_ends[lo:hi]
        texts += chunks[prev:]
        wstarts += starts[prev:]
        wends += ends[prev:]
        return texts, wstarts, wends


def chunk(text: str, start: int, stop: int) -> Chunks:
    """``text[start:stop]`` cut at white space (:class:`Chunks`); the caller checks the range."""
    piece = text[start:stop] if start or stop < len(text) else text
    chunks = piece.split()
    if not chunks:
        return Chunks(piece, start, [], [], [], [], "", [], [], [])
    lead = len(piece) - len(piece.lstrip()) if piece[0].isspace() else 0
    lengths = list(map(len, chunks))
    if sum(lengths) + len(chunks) - 1 != len(piece.rstrip()) - lead:
        return Chunks(piece, start, None, [], [], [], "", [], [], [])  # a gap of more than one character
    # The chunks' offsets: each gap is one character.
    starts = list(accumulate(map(add, lengths, repeat(1)), initial=start + lead))
    del starts[-1]
    ends = list(map(add, starts, lengths))
    # 1 + the index of each chunk with a character that may not be an Urdu word's (at a
    # gap before the first chunk: 0, dropped; in a later gap: the chunk before, split as is).
    found = map(add, map(_match_start, _OTHER_CHAR.finditer(piece)), repeat(start))
    odd = set(map(bisect_right, repeat(starts), found))
    odd.discard(0)
    if not odd:
        return Chunks(piece, start, chunks, starts, ends, [], "", [], [], [])
    after = [i - 1 for i in sorted(odd)]
    # An Urdu word and one mark after it: Urdu-block word letters only before the last
    # character, which is no word character (the split pattern's first branch, then its run
    # of one mark, are the two pieces; ``\\w+`` finds the first).
    marked = [
        len(c) > 1
        and not (last := c[-1]).isalnum()
        and last != "_"
        and _OTHER_CHAR.search(c, 0, len(c) - 1) is None
        for c in map(chunks.__getitem__, after)
    ]
    joined = list(compress(after, map(not_, marked))) if any(marked) else after
    odd_chunks = [chunks[i] for i in joined]
    joined_starts = list(accumulate(map(add, map(len, odd_chunks), repeat(1)), initial=0))
    shifts = list(map(sub, map(starts.__getitem__, joined), joined_starts))
    return Chunks(
        piece, start, chunks, starts, ends, after, " ".join(odd_chunks), joined_starts, shifts, marked
    )


def _word_runs(piece: str, base: int) -> WordColumns:
    """The runs of word characters of ``piece`` as :data:`WordColumns`, offsets from ``base``."""
    pieces = _WORD_RUN.split(piece)
    offsets = list(accumulate(map(len, pieces), initial=base))
    return pieces[1::2], offsets[1:-1:2], offsets[2::2]


def _moved(shifts: list[int], bounds: list[int]) -> list[int]:
    """The shift of each piece of the joined odd chunks: its chunk's, for the pieces from
    ``bounds[n]`` to ``bounds[n + 1]``."""
    return list(chain.from_iterable(map(repeat, shifts, map(sub, bounds[1:], bounds))))


def _split_columns(piece: str, base: int) -> TokenColumns:
    """The tokens of ``piece`` as columns, with offsets from ``base``: the split pattern over all of it."""
    # Every step below is a C-level pass over the pieces: offsets are running sums of the
    # lengths of gaps and tokens, kinds a lookup by first character.
    pieces = _SPLIT.split(piece)
    words = pieces[1::3]
    lengths = zip(map(len, pieces[0::3]), map(len, words), strict=False)  # one gap more than tokens
    offsets = tuple(accumulate(chain.from_iterable(lengths), initial=base))
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
