"""One cached analysis per document, shared by every extractor."""

from __future__ import annotations

import functools

import attrs

from ._normalize import NormalizedText, check_str, normalize
from ._sentences import Sentence, split_sentences
from ._tokens import Token, tokenize

__all__ = ["Analysis", "analyze"]


@attrs.frozen
class Analysis:
    """The text layer's reading of one document.

    Sentences are computed up front; tokens on first use.

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
        """Every token of the text, computed once on first access."""
        return tuple(tokenize(self.normalized))


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
