"""Sentence splitting for normalized Urdu news text.

A sentence ends at a line break, or after a run of ``۔ ؟ ! ?`` (with any closing
quotes or brackets that follow it directly), or at ``.`` written after an Urdu
word. It does not end at a decimal point (``2۔5``, ``2.5``), at an ellipsis
inside a line, after a one-letter initial (``م۔ ش``) or inside an abbreviation
spelled with letter names (``ڈی۔ آئی۔ جی``, ``پی۔ ٹی۔ آئی۔``).
"""

from __future__ import annotations

import re

import attrs

from .._lazy_re import lazy_compile
from ._normalize import NormalizedText, check_normalized
from ._util import word_set

__all__ = ["LETTER_NAMES", "Sentence", "split_sentences"]

#: Urdu spellings of the names of Latin letters, as used in abbreviations.
LETTER_NAMES = word_set(
    """اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی کیو آر ایس ٹی یو وی
    ڈبلیو ایکس وائی زیڈ زی"""
)

_CLOSERS = "\"')]}»"
#: Candidate ends: terminator runs with closers after them, dots, and line breaks.
#: (One leading character class, so that ``re`` scans ahead with its prefix search.)
_CANDIDATES = lazy_compile(rf"[۔؟!?.\n](?:(?<=\n)|[۔؟!?.]*[{re.escape(_CLOSERS)}]*)")
_URDU_LETTER = lazy_compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff]")
_WORD_BEFORE = lazy_compile(r"\w+$")
_WORD_AFTER = lazy_compile(r" ?(\w+)")


@attrs.frozen
class Sentence:
    """A sentence of a :class:`NormalizedText`.

    Attributes:
        start: Normalized offset of its first character.
        end: Normalized offset just past its last character.
        text: The normalized text of the sentence, ``nt.text[start:end]``.
    """

    start: int
    end: int
    text: str


def _previous_word(text: str, pos: int) -> str:
    """The word ending at ``pos`` (its last 12 characters at most: enough for every check)."""
    lo = pos - 12 if pos > 12 else 0
    chunk = text[text.rfind(" ", lo, pos) + 1 or lo : pos]
    if chunk.isalnum():
        return chunk
    m = _WORD_BEFORE.search(chunk)
    return m.group() if m else ""


def _is_abbreviation(text: str, pos: int) -> bool:
    """Whether the ``۔`` or ``.`` at ``pos`` follows an initial or a letter of an abbreviation."""
    word = _previous_word(text, pos)
    if not word:
        return False
    start = pos - len(word)
    if word.isdigit():
        # A list number at the start of a line: "1۔ ..."
        return len(word) <= 2 and (start == 0 or text[start - 1] == "\n")
    if len(word) == 1:
        return True  # a one-letter initial
    if word not in LETTER_NAMES:
        return False
    after = _WORD_AFTER.match(text, pos + 1)
    if after and after.group(1) in LETTER_NAMES:
        return True  # inside a chain: the ۔ of ڈی in "ڈی۔ آئی۔ جی"
    # The last letter of a chain: the letter name before this one ends with ۔ too.
    j = start - 1 if text[start - 1 : start] == " " else start
    return text[j - 1 : j] in ("۔", ".") and _previous_word(text, j - 1) in LETTER_NAMES


def _is_end(text: str, m: re.Match[str]) -> bool:
    """Whether the candidate ``m`` really ends a sentence."""
    run = m.group()
    if run == "\n":
        return True
    s, e = m.span()
    run = run.rstrip(_CLOSERS)
    nxt = text[e : e + 1]
    prev = text[s - 1 : s]
    if len(run) == 1 and prev.isdigit() and nxt.isdigit():
        return False  # a decimal point
    if len(run) >= 3 and set(run) <= {".", "۔"}:
        return nxt in ("", "\n")  # an ellipsis ends a sentence only at the end of a line
    if run[0] == ".":
        # A dot ends a sentence only after Urdu text, before a space or the end.
        return bool(_URDU_LETTER.match(prev)) and nxt in ("", " ", "\n") and not _is_abbreviation(text, s)
    if run == "۔":
        return not _is_abbreviation(text, s)
    # ? and ! inside a URL or a Latin word are not sentence ends.
    return not (nxt.isascii() and (nxt.isalnum() or nxt in "=&"))


def split_sentences(nt: NormalizedText) -> list[Sentence]:
    """Split a normalized text into sentences.

    Sentences are stripped of surrounding spaces; empty ones are dropped, and the
    sentences cover every non-space character of the text in order.

    Args:
        nt: The output of :func:`normalize`.

    Returns:
        The sentences, in text order.

    Raises:
        InvalidArgumentError: If ``nt`` is not a :class:`NormalizedText`.
    """
    text = check_normalized(nt).text
    out: list[Sentence] = []
    start = 0
    for m in _CANDIDATES.finditer(text):
        run = m.group()
        if run == "۔":
            # The common case, checked inline: a full stop after a word that is not
            # a letter name, an initial or a number.
            pos = m.start()
            word = _previous_word(text, pos)
            if word.isdigit() and text[pos + 1 : pos + 2].isdigit():
                continue  # a decimal point: 2۔5
            if (len(word) < 2 or word in LETTER_NAMES or word.isdigit()) and _is_abbreviation(text, pos):
                continue
        elif run != "\n" and not _is_end(text, m):
            continue
        end = m.end()
        segment = text[start:end]
        stripped = segment.strip(" \n")
        if stripped:
            first = start + len(segment) - len(segment.lstrip(" \n"))
            out.append(Sentence(first, first + len(stripped), stripped))
        start = end
    _append(out, text, start, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    segment = text[start:end]
    stripped = segment.strip(" \n")
    if stripped:
        start += len(segment) - len(segment.lstrip(" \n"))
        out.append(Sentence(start, start + len(stripped), stripped))
