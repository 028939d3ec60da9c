"""The text layer's analysis of one document, built once and shared by every extractor.

A :class:`~urdu_events.Pipeline` builds one :class:`Analysis` per document with
:meth:`Analysis.of` and hands it to each extractor that takes it (see
:class:`~urdu_events.typing.AnalysisExtractor`). :func:`analyze` is the cached
convenience for code that has only the text: it keeps the last few analyses.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import threading
from collections import OrderedDict

import attrs

from ..exceptions import InvalidArgumentError
from ._dates import DateMatch, find_dates_at
from ._normalize import NormalizedText, check_str, normalize, space_glued
from ._numbers import NumberMatch, find_numbers_at
from ._sentences import Sentence, split_sentences
from ._spelling import respell
from ._tokens import Chunks, Token, TokenColumns, WordColumns, chunk, tokens_from_columns
from ._unwrap import unwrap

__all__ = ["Analysis", "analyze"]


@attrs.frozen
class Analysis:
    """The text layer's reading of one document.

    Sentences are computed up front; tokens, numbers and dates on first use,
    each once (dates once per publication date). Build one with :meth:`of`.

    Attributes:
        normalized: The normalized text with its offset map.
        sentences: The sentences, in text order.
    """

    normalized: NormalizedText
    sentences: tuple[Sentence, ...]
    _dates: dict[dt.date | None, tuple[DateMatch, ...]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    @classmethod
    def of(cls, text: str) -> Analysis:
        """Normalize ``text``, fold the spelling habits that need context (:func:`respell`), undo
        hard wrapping (:func:`unwrap`), put a space between words written together
        (:func:`space_glued`) and split it into sentences.

        A new analysis every call, kept by no cache: the caller passes it on
        (a :class:`~urdu_events.Pipeline` builds one per document and hands it
        to its extractors) and it goes when the caller lets it go.

        Args:
            text: A document's original text.

        Returns:
            The analysis.

        Raises:
            InvalidArgumentError: If ``text`` is not a ``str``.

        .. versionadded:: 0.2
        """
        nt = space_glued(unwrap(respell(normalize(check_str(text)))))
        return cls(nt, tuple(split_sentences(nt)))

    @classmethod
    def for_text(cls, text: str, analysis: Analysis | None) -> Analysis:
        """``analysis`` if it is that of ``text``, a new one (:meth:`of`) if it is ``None``.

        What an extractor that takes ``analysis=`` does first (see
        :class:`~urdu_events.typing.AnalysisExtractor`).

        Args:
            text: The document's original text.
            analysis: The analysis handed over, or ``None``.

        Returns:
            The analysis to read.

        Raises:
            InvalidArgumentError: If ``analysis`` is not an :class:`Analysis` of ``text``.

        .. versionadded:: 0.2
        """
        if analysis is None:
            return cls.of(text)
        if not isinstance(analysis, Analysis):
            raise InvalidArgumentError(f"analysis must be an Analysis, got {type(analysis).__name__}")
        if analysis.normalized.original is not text and analysis.normalized.original != text:
            raise InvalidArgumentError("analysis is not the analysis of this document's text")
        return analysis

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
        return self._chunks.token_columns()

    @functools.cached_property
    def _chunks(self) -> Chunks:
        """The text cut at white space, from which its tokens and its words are read."""
        text = self.normalized.text
        return chunk(text, 0, len(text))

    def word_columns(self) -> WordColumns:
        """The words of the text, its runs of word characters (what ``\\w+`` finds), as three
        new lists: texts, starts and ends (normalized offsets); read from the same cut of the
        text at white space as the tokens.
        """
        return self._chunks.word_columns()

    @functools.cached_property
    def numbers(self) -> tuple[NumberMatch, ...]:
        """Every number of the text (see :func:`find_numbers`), computed once on first access."""
        return tuple(find_numbers_at(self.normalized, self.token_columns))  # read among the tokens

    def dates(self, published: dt.date | None) -> list[DateMatch]:
        """The time expressions of the text resolved against ``published`` (see :func:`find_dates`).

        Found once per publication date and remembered, so extractors that ask
        with the same date share the work; each call returns a new list.

        Args:
            published: The publication date, or ``None``.

        Returns:
            The matches in text order.
        """
        found = self._dates.get(published)
        if found is None:
            # The anchors of the patterns are read from the tokens, which the extractors share.
            dates = find_dates_at(self.normalized, published, self.token_columns)
            found = self._dates.setdefault(published, tuple(dates))
        return list(found)

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


class _AnalysisCache:
    """The last few analyses, bounded by count and by the characters they cover.

    The newest analysis is always kept, however long its text, so that the
    extractors of one pipeline run share it; older ones go once there are more
    than ``maxsize`` or their texts add up to more than ``max_chars``
    characters. An analysis takes some 50 to 250 bytes per character, so a
    bound on characters is a bound on memory. :meth:`release` drops a long
    text's analysis as soon as the caller is done with it.
    """

    def __init__(self, maxsize: int, max_chars: int) -> None:
        self.maxsize = maxsize
        self.max_chars = max_chars
        self._entries: OrderedDict[str, Analysis] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def __call__(self, text: str) -> Analysis:
        with self._lock:
            found = self._entries.get(text)
            if found is not None:
                self._entries.move_to_end(text)
                return found
        analysis = Analysis.of(text)
        with self._lock:
            if text not in self._entries:
                self._entries[text] = analysis
                self._chars += len(text)
                while len(self._entries) > 1 and (
                    len(self._entries) > self.maxsize or self._chars > self.max_chars
                ):
                    old, _ = self._entries.popitem(last=False)
                    self._chars -= len(old)
            return self._entries[text]

    def release(self, text: str) -> None:
        """Forget the analysis of ``text`` if the text is longer than ``max_chars``."""
        if len(text) > self.max_chars:
            with self._lock:
                if self._entries.pop(text, None) is not None:
                    self._chars -= len(text)

    def cache_clear(self) -> None:
        """Forget every analysis."""
        with self._lock:
            self._entries.clear()
            self._chars = 0

    def __len__(self) -> int:
        return len(self._entries)


#: The shared cache: 16 analyses, of at most 200,000 characters together.
_analyze = _AnalysisCache(maxsize=16, max_chars=200_000)


def release_analysis(text: str) -> None:
    """Forget the cached analysis of ``text`` if the text is too long to keep (see :func:`analyze`)."""
    _analyze.release(text)


def analyze(text: str) -> Analysis:
    """Normalize ``text``, undo hard wrapping (:func:`unwrap`) and split it into sentences, once per text.

    :meth:`Analysis.of` with a small cache of the last few results, for code
    that has only a text, and for extractors written before pipelines handed
    the analysis over (:class:`~urdu_events.typing.AnalysisExtractor`): those
    that each call ``analyze(document.text)`` share the work. A pipeline does
    not use this cache; the built-in extractors do not either. The cache holds
    up to 16 analyses of at most 200,000 characters together, always including
    the newest; a :class:`~urdu_events.Pipeline` drops the analysis of a text
    longer than that when its run ends, so a huge text's analysis (tens to
    hundreds of bytes per character) is not kept alive after its document is done.

    Args:
        text: A document's original text.

    Returns:
        The analysis.

    Raises:
        InvalidArgumentError: If ``text`` is not a ``str``.
    """
    return _analyze(check_str(text))
