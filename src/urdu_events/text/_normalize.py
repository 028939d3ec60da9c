"""Offset-preserving normalization of Urdu text.

The character table is urduhack-lite's (``normalize_characters`` and
``remove_diacritics`` applied to every character of the Arabic and Arabic
presentation-form blocks), completed with the folds the scorer and the lexicons
need. Text is normalized with one ``str.translate`` for the 1:1 part and one
compiled regex for the places where the length changes; the offset map records
only those places, as blocks searched with :mod:`bisect`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import repeat
from typing import NamedTuple

import attrs
from urduhack_lite.normalization import normalize_characters, remove_diacritics

from .._lazy_re import lazy_compile
from ..exceptions import InvalidArgumentError, OffsetError
from ..models import Span

__all__ = [
    "NormalizedText",
    "check_normalized",
    "check_str",
    "edit_normalized",
    "fold",
    "normalize",
    "space_glued",
]

# --- the character table -----------------------------------------------------------

_ARABIC = range(0x0600, 0x0700)
_PRESENTATION = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))

#: Line-break characters: a whitespace run containing one becomes "\n".
_LINE_BREAKS = "\n\r\v\f\x85\u2028\u2029"
#: Other whitespace, which becomes " ". \x1c-\x1f are deleted as controls instead.
_SPACES = " \t\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"

_DIGITS = {**{chr(0x06F0 + i): str(i) for i in range(10)}, **{chr(0x0660 + i): str(i) for i in range(10)}}

# Folds on top of urduhack-lite's table; the first group mirrors the scorer.
_EXTRA: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    # The ligature of hamza and barree yeh stands for the two letters "ئے" (گۓ = گئے):
    # folded to ے alone it would turn the past participle گۓ into the future ending گے.
    "ۓ": "ئے",
    "ة": "ۃ",
    "ە": "ہ",
    "ى": "ی",
    "ي": "ی",
    "ك": "ک",
    # Sindhi kaf and Pashto gaf, as Sindhi and Pashto keyboards give Urdu's kaf and gaf: no Urdu
    # word, lexicon entry or word of the word list is written with them.
    "ڪ": "ک",
    "ګ": "گ",
    "ه": "ہ",
    "ۀ": "ۂ",
    "٫": ".",
    "٬": ",",
    # urduhack-lite maps the initial and medial forms of Arabic yeh to barree yeh,
    # which has no such forms; they are the joining forms of ی.
    "\ufef3": "ی",
    "\ufef4": "ی",
    **dict.fromkeys("‘’“”«»‹›„‟", '"'),
    **dict.fromkeys("–—‐‑‒―", "-"),
    **_DIGITS,
    **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
}


def _deleted_codepoints() -> Iterable[int]:
    yield from range(0x0610, 0x061B)  # honorific signs
    yield from range(0x064B, 0x0660)  # harakat, shadda, sukun, hamza marks
    yield 0x0670  # superscript alef
    yield from range(0x06D6, 0x06EE)  # Quranic annotation marks
    yield 0x0640  # tatweel
    yield from range(0x200B, 0x2010)  # zero-width space/joiners, LRM, RLM
    yield from range(0x202A, 0x202F)  # bidi embeddings and overrides
    yield from range(0x2066, 0x206A)  # bidi isolates
    yield 0xFEFF  # byte order mark
    yield 0x00AD  # soft hyphen
    yield from (c for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D))
    yield 0x7F
    yield from (c for c in range(0x80, 0xA0) if c != 0x85)
    yield from range(0xD800, 0xE000)  # lone surrogates


_DELETED = frozenset(map(chr, _deleted_codepoints()))


def _fold_char(ch: str) -> str:
    """What one character becomes, before whitespace runs and compositions."""
    if ch in _DELETED:
        return ""
    if ch in _LINE_BREAKS:
        return "\n"
    if ch in _SPACES:
        return " "
    return _EXTRA.get(ch, ch)


def _map_char(ch: str) -> str:
    cp = ord(ch)
    out = ch
    if cp in _ARABIC or any(cp in r for r in _PRESENTATION):
        out = normalize_characters(remove_diacritics(ch))
        if out == ch and cp not in _ARABIC:
            # Presentation forms urduhack-lite leaves alone: fall back on NFKC,
            # then drop the spaces NFKC puts before isolated marks.
            out = unicodedata.normalize("NFKC", ch)
    for _ in range(4):  # fold to a fixed point (٠ -> ۰ -> 0)
        folded = "".join(_fold_char(c) for c in out)
        if folded == out:
            break
        out = folded
    if ch in _LINE_BREAKS or ch in _SPACES:
        return out
    # NFKC writes isolated marks as space + mark and some ligatures as phrases.
    return " ".join(out.split())


def _build_table() -> dict[str, str]:
    chars: set[str] = set(_EXTRA) | _DELETED | set(_LINE_BREAKS) | set(_SPACES)
    chars.update(map(chr, _ARABIC))
    for r in _PRESENTATION:
        chars.update(map(chr, r))
    return {ch: _map_char(ch) for ch in sorted(chars)}


_TABLE = _build_table()
#: 1:1 part of the table, for ``str.translate``. It keeps identity entries for the
#: Arabic block and printable ASCII: a hit is much cheaper than a KeyError.
_TRANSLATE: dict[int, int] = {ord(k): ord(v) for k, v in _TABLE.items() if len(v) == 1}
for _c in range(0x20, 0x7F):
    _TRANSLATE.setdefault(_c, _c)
del _c
_EXPANDED = {k: v for k, v in _TABLE.items() if len(v) > 1}
_DELETED_ALL = frozenset(k for k, v in _TABLE.items() if not v)

# Base letter + combining mark -> precomposed letter; other marks are deleted.
_MADDA, _HAMZA = "\u0653", "\u0654"
_COMPOSE: dict[tuple[str, str], str] = {}
for _k, _v in _TABLE.items():
    if _v == "ا":
        _COMPOSE[_k, _MADDA] = "آ"
    elif _v == "ی":
        _COMPOSE[_k, _HAMZA] = "ئ"
    elif _v == "ہ":
        _COMPOSE[_k, _HAMZA] = "ۂ"
    elif _v == "ے":
        _COMPOSE[_k, _HAMZA] = "ئے"  # ۓ decomposed (its canonical decomposition)
del _k, _v


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class for ``chars``, written as code-point ranges."""
    cps = sorted(map(ord, chars))
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = cps[i], cps[j]
        parts.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_WS = _char_class(_LINE_BREAKS + _SPACES)
_DEL = _char_class(_DELETED_ALL)
_EXP = _char_class(_EXPANDED)
#: Every place where the normalized length differs from the original: whitespace
#: runs (with deleted characters inside them), runs of deleted characters, and
#: characters that expand. The single leading class lets ``re`` skip ahead with
#: its character-set prefix search instead of trying each branch at each position.
_EDITS = lazy_compile(
    _char_class(set(_LINE_BREAKS + _SPACES) | _DELETED_ALL | set(_EXPANDED))
    + f"(?:(?<={_WS})(?:{_DEL}*{_WS})+|(?<={_DEL}){_DEL}*|(?<={_EXP}))"
)
#: ``_EDITS``'s first characters less the space. A search of ``_EDITS`` stops at every space
#: of the text (about one character in five) and tries its branches there, only to fail unless
#: the next character is white space or deleted; ``_edit_spans`` finds the characters of this
#: class instead, and the spaces only where two are in a row or one stands before such a
#: character.
_EDIT_LEADS = lazy_compile(_char_class((set(_LINE_BREAKS + _SPACES) | _DELETED_ALL | set(_EXPANDED)) - {" "}))
#: The whole table for ``str.translate``: 1:1 entries, deletions (None) and expansions.
_FULL_TABLE: dict[int, int | str | None] = {**_TRANSLATE, **{ord(k): None for k in _DELETED_ALL}}
_FULL_TABLE.update({ord(k): v for k, v in _EXPANDED.items()})
_COMPOSE_RE = lazy_compile("|".join(re.escape(base + mark) for base, mark in _COMPOSE))
#: Whitespace runs left after translation (only where the original had a run). Written with one
#: character first, not as a repeat: ``re`` then skips in C to the next space or line break
#: instead of trying the pattern at every character (the same for ``_DIGIT_RUN``).
_WS_RUN = lazy_compile(r"[ \n][ \n]+")
#: Characters that the table changes; text without them skips ``translate``.
_CHANGED = lazy_compile(
    _char_class({chr(k) for k, v in _TRANSLATE.items() if k != v} | _DELETED_ALL | set(_EXPANDED))
)
#: The same, in a group: ``re.split`` returns each between the stretches of text it leaves alone.
_REPLACED = lazy_compile(f"({_CHANGED.pattern})")


def check_str(value: object, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``, else raise :class:`InvalidArgumentError`."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a str, got {type(value).__name__}")
    return value


def check_normalized(value: object) -> NormalizedText:
    """Return ``value`` if it is a :class:`NormalizedText`, else raise :class:`InvalidArgumentError`."""
    if not isinstance(value, NormalizedText):
        raise InvalidArgumentError(
            f"expected a NormalizedText (from urdu_events.text.normalize), got {type(value).__name__}"
        )
    return value


# --- the offset map ----------------------------------------------------------------


def _index_array() -> array[int]:
    return array("q")


class _Blocks(NamedTuple):
    """The blocks of an offset map (see :class:`NormalizedText`), one list per field."""

    starts: list[int]  # normalized start
    nexts: list[int]  # normalized end (the next block's start)
    origs: list[int]  # original start
    ends: list[int]  # original end
    linear: list[bool]  # same length in both texts

    def source(self, i: int) -> tuple[int, int]:
        """The original ``[start, end)`` that normalized character ``i`` came from."""
        b = bisect_right(self.starts, i) - 1
        if self.linear[b]:
            o = self.origs[b] + i - self.starts[b]
            return o, o + 1
        return self.origs[b], self.ends[b]


@attrs.frozen
class NormalizedText:
    """Normalized text that remembers where each of its characters came from.

    Build it with :func:`normalize`. Extractors search :attr:`text` and report
    :meth:`span`, which always points into :attr:`original`.

    The map is stored as blocks: block ``i`` starts at normalized offset
    ``_norm[i]`` and original offset ``_orig[i]`` and ends (in the original) at
    ``_orig_end[i]``. A block whose original and normalized lengths are equal is
    linear; any other block (a whitespace run, a composed letter, a ligature) is
    collapsed, and each of its normalized characters maps to the whole of it.

    Attributes:
        original: The input, untouched.
        text: The normalized text.
    """

    original: str
    text: str
    _norm: array[int] = attrs.field(factory=_index_array, eq=False, repr=False)
    _orig: array[int] = attrs.field(factory=_index_array, eq=False, repr=False)
    _orig_end: array[int] = attrs.field(factory=_index_array, eq=False, repr=False)

    def __len__(self) -> int:
        return len(self.text)

    @functools.cached_property
    def _blocks(self) -> _Blocks | None:
        """The map as lists (cheaper to index than arrays), or ``None`` when it is the identity."""
        norm = self._norm
        n = len(self.text)
        if len(norm) == 1 and self._orig[0] == 0 and self._orig_end[0] == n == len(self.original):
            return None  # normalization changed no length: offsets are the same
        starts = list(norm)
        nexts = [*starts[1:], n] if starts else []
        origs, ends = list(self._orig), list(self._orig_end)
        linear = [oe - o == n1 - n0 for n0, n1, o, oe in zip(starts, nexts, origs, ends, strict=True)]
        return _Blocks(starts, nexts, origs, ends, linear)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map normalized offsets ``[start, end)`` to original offsets.

        The start maps to where the source of character ``start`` begins and the
        end to where the source of character ``end - 1`` ends, so characters the
        normalization deleted inside the range are included. An empty range maps
        to an empty range at the matching place.

        Args:
            start: Normalized start offset.
            end: Normalized end offset, ``start <= end <= len(text)``.

        Returns:
            The original ``(start, end)``.

        Raises:
            OffsetError: If the offsets are not a range of :attr:`text`.
        """
        n = len(self.text)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
            raise OffsetError(f"[{start!r}, {end!r}) is not a range of a normalized text of length {n}")
        blocks = self._blocks
        if blocks is None:
            return start, end
        if start < end:
            starts, nexts, origs, ends, linear = blocks
            b = bisect_right(starts, start) - 1
            s = origs[b] + start - starts[b] if linear[b] else origs[b]
            last = end - 1
            if last >= nexts[b]:  # the range ends in a later block
                b = bisect_right(starts, last, b + 1) - 1
            return s, (origs[b] + last - starts[b] + 1 if linear[b] else ends[b])
        if start < n:
            s = blocks.source(start)[0]
        elif n:
            s = blocks.source(n - 1)[1]
        else:
            s = 0
        return s, s

    def span(self, start: int, end: int) -> Span:
        """The :class:`~urdu_events.models.Span` of the original text behind ``text[start:end]``.

        Args:
            start: Normalized start offset.
            end: Normalized end offset.

        Returns:
            A span into :attr:`original`; ``original[span.start:span.end] == span.text``.

        Raises:
            OffsetError: If the offsets are not a range of :attr:`text`.
        """
        s, e = self.to_original(start, end)
        return Span(s, e, self.original[s:e])

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map original offsets ``[start, end)`` to the smallest normalized range covering them.

        Args:
            start: Original start offset.
            end: Original end offset, ``start <= end <= len(original)``.

        Returns:
            The normalized ``(start, end)``.

        Raises:
            OffsetError: If the offsets are not a range of :attr:`original`.
        """
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(self.original)):
            raise OffsetError(
                f"[{start!r}, {end!r}) is not a range of an original text of length {len(self.original)}"
            )
        s = self._from_original(start, right=False)
        return s, (max(s, self._from_original(end, right=True)) if end > start else s)

    def _from_original(self, pos: int, *, right: bool) -> int:
        b = bisect_right(self._orig, pos) - 1
        if b < 0:
            return 0
        if not right and b and self._orig[b - 1] == self._orig[b]:
            b = bisect_left(self._orig, self._orig[b])  # ئے from ے + hamza: two blocks, one source
        n0, o0, oe = self._norm[b], self._orig[b], self._orig_end[b]
        n_next = self._norm[b + 1] if b + 1 < len(self._norm) else len(self.text)
        if pos >= oe:
            return n_next
        if oe - o0 == n_next - n0:
            return n0 + pos - o0
        return n_next if right and pos > o0 else n0


def edit_normalized(nt: NormalizedText, edits: dict[int, str]) -> NormalizedText:
    """``nt`` with some of its normalized characters replaced, deleted or expanded, the offset map kept.

    A replaced character maps to the same original characters as before; a
    deleted one maps to nothing, so a span across it still covers its source
    in the original; a character replaced by several (``"ں "``, to put a space
    after it) becomes a collapsed block, each of whose characters maps to the
    original character.

    Args:
        nt: A normalized text.
        edits: Normalized offset -> its new text: one character, ``""`` to delete
            it, or several characters.

    Returns:
        The edited text with its offset map.

    Raises:
        InvalidArgumentError: If an offset is outside the text.
    """
    text = check_normalized(nt).text
    if any(not 0 <= p < len(text) for p in edits):
        raise InvalidArgumentError("edits must map offsets of the text to a string")
    if not edits:
        return nt
    pieces: list[str] = []
    lo = 0
    for p in sorted(edits):
        pieces += (text[lo:p], edits[p])
        lo = p + 1
    pieces.append(text[lo:])
    edited = "".join(pieces)
    changed = sorted(p for p, c in edits.items() if len(c) != 1)
    if not changed:  # same length: the offset map is unchanged
        return NormalizedText(nt.original, edited, nt._norm, nt._orig, nt._orig_end)
    code = nt._norm.typecode
    norm, orig, orig_end = array(code), array(code), array(code)
    n_next = [*nt._norm[1:], len(text)]
    n = 0  # new normalized offset reached
    d = 0  # index into changed
    for n0, n1, o0, oe in zip(nt._norm, n_next, nt._orig, nt._orig_end, strict=True):
        cuts: list[int] = []
        while d < len(changed) and changed[d] < n1:
            cuts.append(changed[d])
            d += 1
        if oe - o0 != n1 - n0:  # a collapsed block: it shrinks or grows, or goes if nothing is left
            length = n1 - n0 + sum(len(edits[c]) - 1 for c in cuts)
            if length:
                norm.append(n)
                orig.append(o0)
                orig_end.append(oe)
                n += length
            continue
        lo = n0
        for hi in [*cuts, n1]:  # the linear pieces between changed characters
            if hi > lo:
                norm.append(n)
                orig.append(o0 + lo - n0)
                orig_end.append(o0 + hi - n0)
                n += hi - lo
            if hi < n1 and edits[hi]:  # an expanded character: a collapsed block of its own
                norm.append(n)
                orig.append(o0 + hi - n0)
                orig_end.append(o0 + hi - n0 + 1)
                n += len(edits[hi])
            lo = hi + 1
    if not norm:
        norm.append(0)
        orig.append(0)
        orig_end.append(len(nt.original))
    return NormalizedText(nt.original, edited, norm, orig, orig_end)


#: Where two words run together: a letter and a digit ("میں11", "30مزدور"), or a letter
#: after barree ye or noon ghunna ("انہوںنے", "کےلیے"), which only end words. The year
#: sign "ء" and ordinal endings ("11ویں", "5واں") belong to their number.
_GLUED = lazy_compile(
    r"[\u0621-\u06d3](?=\d)|\d(?=[\u0622-\u06d3])(?!وا?ی?ں)(?!واں)|[ںےۓ](?=[\u0621-\u06d3])"
)
_DIGIT_RUN = lazy_compile(r"\d\d*")
#: What ``_GLUED`` leaves with the number after its last digit.
_ORDINAL_ENDING = lazy_compile(r"وا?ی?ں|واں")
#: ``_GLUED``'s third branch alone: a letter after barree ye or noon ghunna.
_AFTER_WORD_END = lazy_compile(r"[ںےۓ](?=[\u0621-\u06d3])")


def _glued_edits(text: str) -> dict[int, str]:
    """The edits of :func:`space_glued`: each character that ``_GLUED`` matches, with a space
    after it, in text order."""
    # The same positions, found in two cheaper passes: only the ends of a run of digits can
    # touch a letter, and the third branch starts with one of three letters (the full pattern
    # tries its first branch at every letter of the text). The letter range holds the
    # Arabic-Indic digits, which normalized text no longer has: a text with a run of other
    # than ASCII digits is read with the full pattern.
    found = [m.start() for m in _AFTER_WORD_END.finditer(text)]
    n = len(text)
    for m in _DIGIT_RUN.finditer(text):
        a, b = m.span()
        if not m.group().isascii():
            return {g.start(): g.group() + " " for g in _GLUED.finditer(text)}
        if a and "\u0621" <= text[a - 1] <= "\u06d3":
            found.append(a - 1)
        if b < n and "\u0622" <= text[b] <= "\u06d3" and not _ORDINAL_ENDING.match(text, b):
            found.append(b - 1)
    return {p: text[p] + " " for p in sorted(set(found))}


def space_glued(nt: NormalizedText) -> NormalizedText:
    """Put a space between two words a scraped page ran together ("ضلع میں12 افراد", "انہوںنے").

    Urdu never writes digits inside a word, and barree ye (ے) and noon ghunna (ں) only
    end one, so a letter after them or a digit beside a letter starts a new word; the
    ordinal endings ("11ویں") and the year sign ("2021ء") stay with their number.
    Offsets still point at the original: the inserted space maps to the character
    before it.

    Args:
        nt: A normalized text.

    Returns:
        The text with the spaces added (``nt`` itself when there are none).
    """
    edits = _glued_edits(check_normalized(nt).text)
    return edit_normalized(nt, edits) if edits else nt


def _edit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_EDITS.finditer(text)``, found by trying ``_EDITS`` only where it can match.

    A match starts at a character of ``_EDIT_LEADS`` or at a space followed by white space or
    a deleted character (one of ``_EDIT_LEADS`` or another space): those places, tried in
    order from the end of the last match, are where ``finditer`` finds its matches.
    """
    leads = [m.start() for m in _EDIT_LEADS.finditer(text)]
    tries = [p - 1 for p in leads if p and text[p - 1] == " "]
    p = text.find("  ")
    while p >= 0:
        tries.append(p)
        p = text.find("  ", p + 1)
    if tries:
        leads = sorted({*leads, *tries})
    spans: list[tuple[int, int]] = []
    end = 0
    match = _EDITS.match
    for p in leads:
        if p >= end and (m := match(text, p)) is not None:
            spans.append(m.span())
            end = spans[-1][1]
    return spans


def normalize(text: str) -> NormalizedText:
    """Normalize Urdu text, keeping a map back to the original.

    Letters are folded to their Urdu forms (urduhack-lite's table plus the folds
    listed in ``docs/text.md``), digits become ASCII, diacritics, tatweel,
    zero-width and bidi characters and controls are deleted, quotes become
    ``"``, dashes ``-``, ASCII letters are lowercased, and every run of
    whitespace becomes one ``"\\n"`` (if it holds a line break) or one ``" "``.

    Args:
        text: Any string; nothing in it makes normalization fail.

    Returns:
        The normalized text with its offset map.

    Raises:
        InvalidArgumentError: If ``text`` is not a ``str``.
    """
    check_str(text)
    # The offset map: one pass over the edits, in Python, building only the arrays.
    code = "i" if len(text) < 2**31 else "q"
    norm, orig, orig_end = array(code), array(code), array(code)
    n = o = 0  # normalized and original offsets reached so far
    composes = collapses = False
    for ms, me in _edit_spans(text):
        composed = _COMPOSE.get((text[ms - 1], text[ms])) if ms > o else None
        if composed is not None:
            # The base letter and its mark become one letter; later marks are deleted.
            start, end, length = ms - 1, ms + 1, 1
            composes = True
            if len(composed) == 2:  # ے + hamza, ۓ decomposed, becomes ئے
                # Two letters from two characters would read as a linear block (ئ from ے, ے from
                # the mark): each letter is a collapsed block of its own, mapped to the pair.
                if start > o:
                    norm.append(n)
                    orig.append(o)
                    orig_end.append(start)
                    n += start - o
                norm.append(n)
                orig.append(start)
                orig_end.append(end)
                n += 1
                o = start
        else:
            first = text[ms]
            start, end = ms, me
            if first in _EXPANDED:
                length = len(_EXPANDED[first])
            elif first in _DELETED_ALL:
                length = 0
            else:
                length, collapses = 1, True
        if start > o:
            norm.append(n)
            orig.append(o)
            orig_end.append(start)
            n += start - o
        if length:
            norm.append(n)
            orig.append(start)
            orig_end.append(end)
            n += length
        o = me
    if o < len(text) or not norm:
        norm.append(n)
        orig.append(o)
        orig_end.append(len(text))
    # The text: the same edits, made by C-level passes over the whole string.
    out = _normalized_text(text, compose=composes, collapse=collapses)
    return NormalizedText(text, out, norm, orig, orig_end)


def _normalized_text(
    text: str, *, compose: bool = True, translate: bool = True, collapse: bool = True
) -> str:
    """The normalized text alone: compose, translate (1:1, deletions, expansions), collapse whitespace."""
    if compose:
        text = _COMPOSE_RE.sub(_composed, text)
    if translate or _CHANGED.search(text):
        text = _translated(text)
    if collapse:
        text = _WS_RUN.sub(_collapsed, text)
    return text


def _translated(text: str) -> str:
    """``text.translate(_FULL_TABLE)``, made by replacing only the characters the table changes.

    News text has a few of them per thousand characters; ``str.translate`` looks every
    character of a non-ASCII text up in the table, splitting at the few is several times
    cheaper (and still C-level passes where most characters change).
    """
    pieces = _REPLACED.split(text)
    if len(pieces) == 1:
        return text
    pieces[1::2] = map(str.translate, pieces[1::2], repeat(_FULL_TABLE))  # one character each
    return "".join(pieces)


def _collapsed(m: re.Match[str]) -> str:
    return "\n" if "\n" in m[0] else " "


def _composed(m: re.Match[str]) -> str:
    return _COMPOSE[m[0][0], m[0][1]]


def fold(s: str) -> str:
    """The lookup key of a name: normalized, whitespace collapsed to single spaces, stripped.

    Args:
        s: A word, name or phrase.

    Returns:
        ``normalize(s).text`` with every whitespace run turned into one space and
        no leading or trailing whitespace.

    Raises:
        InvalidArgumentError: If ``s`` is not a ``str``.
    """
    check_str(s, "s")
    # normalize's passes, less the whitespace collapse that split() makes anyway, and
    # the composition only where a combining madda or hamza is there to compose.
    if _MADDA in s or _HAMZA in s:
        s = _COMPOSE_RE.sub(_composed, s)
    # A long phrase (a claim's content) is cheaper to change where the table changes it.
    return " ".join((_translated(s) if len(s) > 64 else s.translate(_FULL_TABLE)).split())
