"""The Urdu text layer: normalization with an offset map, sentences, tokens, numbers and dates.

Every extractor reads Urdu through this package. It searches
:attr:`NormalizedText.text` and reports spans with :meth:`NormalizedText.span`,
which always point into the original text. :func:`analyze` does the shared work
once per document, undoing hard wrapping (:func:`unwrap`) before it splits sentences.
"""

from __future__ import annotations

from ._analysis import Analysis, analyze
from ._dates import DateKind, DateMatch, find_dates
from ._negation import Negation, find_negations
from ._normalize import NormalizedText, fold, normalize
from ._numbers import UNIT_WORDS, NumberMatch, Qualifier, find_numbers, number_to_words, parse_number
from ._sentences import LETTER_NAMES, Sentence, split_sentences
from ._tokens import Token, TokenKind, tokenize
from ._unwrap import is_wrapped, unwrap

__all__ = [
    "LETTER_NAMES",
    "UNIT_WORDS",
    "Analysis",
    "DateKind",
    "DateMatch",
    "Negation",
    "NormalizedText",
    "NumberMatch",
    "Qualifier",
    "Sentence",
    "Token",
    "TokenKind",
    "analyze",
    "find_dates",
    "find_negations",
    "find_numbers",
    "fold",
    "is_wrapped",
    "normalize",
    "number_to_words",
    "parse_number",
    "split_sentences",
    "tokenize",
    "unwrap",
]
