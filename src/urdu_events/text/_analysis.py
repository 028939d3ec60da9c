"""One cached analysis per document, shared by every extractor."""

from __future__ import annotations

import bisect
import datetime as dt
import functools

import attrs

from ._dates import DateMatch, find_dates
from ._normalize import NormalizedText, check_str, normalize
from ._numbers import NumberMatch, find_numbers
from ._sentences import Sentence, split_sentences
from ._tokens import Token, TokenColumns, token_columns, tokens_from_columns

__all__ = ["Analysis", "analyze"]


@attrs.frozen
class Analysis:
    """The text layer's reading of one document.

    Sentences are computed up front; tokens and numbers on first use.

    Attributes:
        normalized: The normalized text with its offset map.
        sentences: The sentences, in text order.
    """

    normalized: NormalizedText
    sentences: tuple[Sentence, ...]

    @property
    def original(self) -> str:
        """The document's original text."""
        return self.normalized.original

    @property
    def text(self) -> str:
        """The normalized text."""
        return self.normalized.text

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the text (see :func:`tokenize`), computed once on first access."""
        return tuple(tokens_from_columns(self.token_columns))

    @functools.cached_property
    def token_columns(self) -> TokenColumns:
        """The same tokens as four parallel tuples, computed once on first access.

        ``(starts, ends, texts, kinds)``: the i-th token is ``Token(starts[i],
        ends[i], texts[i], kinds[i])``. Cheaper than :attr:`tokens` when only some
        fields are needed, and searchable in C (``texts.index(word, lo, hi)``,
        ``bisect.bisect_left(starts, pos)``, ``set(texts)``) without building a
        :class:`Token` per word.

        .. versionadded:: 0.1.0
        """
        text = self.normalized.text
        return token_columns(text, 0, len(text))

    @functools.cached_property
    def numbers(self) -> tuple[NumberMatch, ...]:
        """Every number of the text (see :func:`find_numbers`), computed once on first access."""
        return tuple(find_numbers(self.normalized))

    def dates(self, published: dt.date | None) -> list[DateMatch]:
        """The time expressions of the text resolved against ``published`` (see :func:`find_dates`).

        Args:
            published: The publication date, or ``None``.

        Returns:
            The matches in text order.
        """
        return find_dates(self.normalized, published)

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing normalized offset ``pos``, if any.

        Args:
            pos: A normalized offset.

        Returns:
            The sentence, or ``None`` if ``pos`` falls between sentences.
        """
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]


@functools.lru_cache(maxsize=16)
def _analyze(text: str) -> Analysis:
    nt = normalize(text)
    return Analysis(nt, tuple(split_sentences(nt)))


def analyze(text: str) -> Analysis:
    """Normalize ``text`` and split it into sentences, once per distinct text.

    The last few results are cached, so extractors that each call
    ``analyze(document.text)`` share the work.

    Args:
        text: A document's original text.

    Returns:
        The analysis.

    Raises:
        InvalidArgumentError: If ``text`` is not a ``str``.
    """
    return _analyze(check_str(text))
