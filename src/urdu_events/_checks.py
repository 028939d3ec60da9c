"""Checks on an extracted document that warn instead of failing (see :func:`document_warnings`)."""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

from .exceptions import NotUrduWarning, UnresolvedDateWarning, UrduEventsWarning
from .models import Document

#: Below this many letters a text is too short to judge its language.
MIN_LETTERS = 20
#: A text whose letters are less than this share Arabic-script is "mostly not Urdu".
MIN_URDU_SHARE = 0.5

_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


_RANGES = "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in _ARABIC_BLOCKS)
#: What is not a letter (``str.isalpha``), and what is not in one of the Arabic-script blocks.
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_ARABIC = re.compile(rf"[^{_RANGES}]+")


#: A long text is judged on four slices of this many characters, spread over it.
SAMPLE = 5_000


def _sample(text: str) -> str:
    if len(text) <= 4 * SAMPLE:
        return text
    step = len(text) // 4
    return "".join(text[i * step : i * step + SAMPLE] for i in range(4))


def urdu_share(text: str) -> float | None:
    """The share of the letters of ``text`` in the Arabic script, or ``None`` for too few letters.

    A text longer than 20,000 characters is judged on four slices of 5,000 spread
    over it, so the check costs the same on a 10 MB text as on a news report.

    Args:
        text: Any text.
    """
    letters = _NOT_LETTER.sub("", _sample(text))  # regex passes: far cheaper than a loop over characters
    if len(letters) < MIN_LETTERS:
        return None
    return len(_NOT_ARABIC.sub("", letters)) / len(letters)


#: The warnings' messages are constant, so Python's default filter shows each once per
#: calling line instead of once per document of a batch; the attributes tell which document.
NOT_URDU = "the text is mostly not in the Urdu script, so finding little or nothing in it means little"
UNRESOLVED_DATES = (
    "incident dates were left empty because the document has no publication date (pass published=)"
)


#: Letters of the Urdu alphabet (all in the Arabic blocks), as ranges for a character class: a
#: range check, no Unicode category (no digits, no marks). The spelling pass and the
#: benchmarks use the same ranges.
URDU_LETTER_RANGES = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5"
_URDU_LETTERS = re.compile(f"[{URDU_LETTER_RANGES}]+")
#: The same letters by their two bytes in UTF-16: a high byte of 0x06 and a low byte in these
#: ranges; each table maps a byte to 1 where it fits, else to 0.
_URDU_HIGH = bytes(int(b == 0x06) for b in range(256))
_URDU_LOW = bytes(
    int(0x21 <= b <= 0x3A or 0x41 <= b <= 0x4A or 0x71 <= b <= 0xD3 or b == 0xD5) for b in range(256)
)


def urdu_letter_count(text: str) -> int:
    """How many characters of ``text`` are letters of the Urdu alphabet (``_URDU_LETTERS``).

    Counted over bytes, in C: the text's UTF-16 code units are split into their high and low
    bytes, each translated to 1 where it fits an Urdu letter, and the two read as integers and
    ANDed, so a unit counts when both its bytes fit (a character outside the Basic Multilingual
    Plane is two surrogate units, neither with a high byte of 0x06). A regex pass costs about
    four times as much: it stops at every word.
    """
    units = text.encode("utf-16-be", "surrogatepass")
    high = int.from_bytes(units[0::2].translate(_URDU_HIGH), "big")
    low = int.from_bytes(units[1::2].translate(_URDU_LOW), "big")
    return (high & low).to_bytes(len(units) // 2, "big").count(1)


#: Letters outside the Arabic blocks (the ranges come first: Urdu text is rejected at once).
_OTHER_LETTERS = re.compile(rf"[^{_RANGES}\W\d_]+")


def _clearly_urdu(text: str) -> bool:
    """Whether ``text`` has enough letters and at least half of them in the Arabic script, shown
    cheaply: the Urdu alphabet's letters (fewer than the script's) outnumber all the others."""
    sample = _sample(text)
    urdu = urdu_letter_count(sample)
    if urdu < MIN_LETTERS:
        return False
    # The other letters are among the other characters: when the Urdu letters are at least
    # half of the text, they outnumber them without counting (news text: its letters are
    # three quarters Urdu).
    return 2 * urdu >= len(sample) or urdu >= sum(map(len, _OTHER_LETTERS.findall(sample)))


def _not_urdu(doc: Document) -> NotUrduWarning | None:
    if _clearly_urdu(doc.text):
        return None  # what urdu_share would show, at a third less cost
    share = urdu_share(doc.text)
    if share is None or share >= MIN_URDU_SHARE:
        return None
    return NotUrduWarning(NOT_URDU, doc_id=doc.id, share=share)


def _unresolved_dates(doc: Document) -> UnresolvedDateWarning | None:
    if doc.published is not None:
        return None
    undated = sum(incident.date.start is None for incident in doc.incidents)
    if not undated:
        return None
    return UnresolvedDateWarning(
        UNRESOLVED_DATES, doc_id=doc.id, unresolved=undated, incidents=len(doc.incidents)
    )


def describe(warning: UrduEventsWarning) -> str:
    """One line about one document's warning, for the command line.

    Args:
        warning: A warning from :func:`document_warnings`.
    """
    if isinstance(warning, NotUrduWarning):
        return (
            f"mostly not Urdu ({warning.share:.0%} of its letters are in the Urdu script), "
            "so finding little or nothing in it means little"
        )
    if isinstance(warning, UnresolvedDateWarning):
        return (
            f"no publication date, so {warning.unresolved} of its {warning.incidents} incident dates "
            "could not be resolved (use --published or a 'published' field)"
        )
    return str(warning)


_PACKAGE = str(Path(__file__).resolve().parent)


@functools.lru_cache(maxsize=256)
def _in_package(filename: str) -> bool:
    """Whether the code of ``filename`` is urdu-events' own (the path resolved once per file)."""
    return str(Path(filename).resolve()).startswith(_PACKAGE)


def caller_stacklevel() -> int:
    """The ``stacklevel`` for :func:`warnings.warn` that points at the first caller outside urdu-events."""
    level, frame = 1, sys._getframe(1)
    while frame.f_back is not None and _in_package(frame.f_code.co_filename):
        frame = frame.f_back
        level += 1
    return level


def document_warnings(doc: Document) -> list[UrduEventsWarning]:
    """What a reader of ``doc``'s results should be warned about, as warning objects (not issued).

    :class:`~urdu_events.Pipeline` issues them with :func:`warnings.warn`; the
    command line prints them as ``urdu-events: SOURCE: warning: ...``.

    Args:
        doc: An extracted document.

    Returns:
        A :class:`~urdu_events.NotUrduWarning` if the text is mostly not in the
        Urdu script (judged on texts of at least 20 letters), and an
        :class:`~urdu_events.UnresolvedDateWarning` if incidents have no date
        because the document has no publication date.

    .. versionadded:: 0.1.0
    """
    found = (_not_urdu(doc), _unresolved_dates(doc))
    return [w for w in found if w is not None]
