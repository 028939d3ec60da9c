"""Hard-wrapped text: line breaks inside sentences, and words broken across lines.

Text copied from old web pages and PDFs breaks its lines at a fixed width, inside
sentences and sometimes inside words. :func:`unwrap` decides from the whole
document whether its lines were wrapped, and if they were, turns each line break
that the wrapping made into a space (or, inside a broken word, into nothing),
keeping the offset map. Normally formatted text, one paragraph per line, is
returned unchanged.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
import re

from .._files import package_files
from .._lazy_re import lazy_compile
from ..exceptions import UrduEventsError
from ._normalize import _LINE_BREAKS, NormalizedText, check_normalized, edit_normalized, fold
from ._numbers import _AMBIGUOUS, _NUMBER_WORDS, _PERSON_NOUNS
from ._sentences import LETTER_NAMES
from ._util import word_set

__all__ = [
    "NO_END_WORDS",
    "NO_START_WORDS",
    "PARAGRAPH_ENDS_RULE",
    "WRAP_MIN_WIDTH",
    "is_wrapped",
    "known_words",
    "unwrap",
]

#: The narrowest line width read as wrapping: narrower "lines" are lists or verse.
WRAP_MIN_WIDTH = 30
#: A document is wrapped when at least this many of its inner lines are open
#: (end without sentence-final punctuation) ...
_MIN_OPEN = 3
#: ... these make up at least this share of its inner lines ...
_OPEN_SHARE = 0.5
#: ... and this share of them is nearly full (at least ``_FULL`` of the width).
_FULL_SHARE = 0.6
_FULL = 0.7
#: The width is this quantile of the open lines' lengths: robust to a few long lines.
_WIDTH_Q = 0.9
#: A line break is the wrapping's when the line could not have held the next
#: line's first word within this share of the width (slack for proportional fonts).
_FIT = 0.7
#: A line this much longer than the width was not wrapped at it (a paragraph
#: written on one line); nearly full lines are at most ``_LONG`` times it.
_OVERLONG = 1.5
_LONG = 1.15

#: Words that never end an Urdu sentence (postpositions and conjunctions; not
#: ``کی``, which is also the verb "did") ...
NO_END_WORDS = word_set("کا کے میں نے سے کو پر تک اور کہ یا مگر لیکن جبکہ بلکہ")
#: ... and words that never start one (postpositions and auxiliaries). A line
#: break next to one of them is inside a sentence: the evidence, besides line
#: lengths, that a text was wrapped.
NO_START_WORDS = word_set("کا کی کے میں نے سے کو پر تک ہے ہیں تھا تھی تھے گیا گئی گئے")

#: The rule that joins a stray line break of a text that is not wrapped as a whole.
STRAY_BREAK_RULE = "sentences.stray-line-break"

#: The rule that reads a text as wrapped when its paragraphs, one block each, end on short lines.
PARAGRAPH_ENDS_RULE = "sentences.wrapped-paragraph-ends"

#: The rule that joins a stray line break before a participle that continues a verb phrase, or
#: before the casualty word of a number or a person noun (see :func:`_participle_break_inside`).
PARTICIPLE_BREAK_RULE = "sentences.break-before-participle"
#: Participles and auxiliaries that continue a verb phrase and never start a sentence
#: ("زخمی⏎ہوئے", "ہونے⏎والے", "جا⏎چکے").
_NO_START_PARTICIPLES = word_set("ہوئے ہوئی والے والی والا چکے چکی چکا")
#: Words that tell what befell people counted just before them ("دو⏎زخمی", "افراد⏎ہلاک").
_CASUALTY_WORDS = word_set("زخمی ہلاک شہید جاں جانبحق")

#: Sentence-final punctuation, and what may follow it at the end of a line.
_FINAL = "۔؟!?."
#: The same, as a set of single characters (so that "", the end of an empty line, is none of them).
_FINAL_CHARS = frozenset(_FINAL)
_CLOSERS = "\"')]}»"
_FIRST_WORD = lazy_compile(r"\w+")
#: A line that starts a list item: a bullet, or a number of one or two digits and a mark.
_LIST_ITEM = lazy_compile(r"[-•*·▪●◦]|\d{1,2}[).۔-]")
_LAST_WORD = lazy_compile(r"\w+$")
_URDU_WORD = lazy_compile(r"[\u0621-\u063a\u0641-\u064a\u0679-\u06d3\u06d5]+")
#: The built-in lexicon whose ``skip`` entries are the labels of link lines and page furniture
#: ("یہ بھی پڑھیں", "مزید پڑھیں"), inside the ``urdu_events`` package.
_MARKERS_PATH = ("lexicons", "data", "incident_markers.json")
_WORDS_FORMAT = 1


@functools.cache
def known_words() -> dict[str, int]:
    """The Urdu word list (``data/words-ur.txt.gz``): folded word -> frequency rank, 0 the most frequent.

    Derived from wordfreq (CC BY-SA 4.0) by ``scripts/build_wordlist.py``; read
    once, on first use.

    Returns:
        The ranks.

    Raises:
        UrduEventsError: If the packaged file has a format this version cannot read.
    """
    raw = package_files("urdu_events").joinpath("data").joinpath("words-ur.txt.gz").read_bytes()
    header, *words = gzip.decompress(raw).decode("utf-8").split("\n")
    if json.loads(header[1:])["format"] != _WORDS_FORMAT:  # pragma: no cover - a packaging error
        raise UrduEventsError("words-ur.txt.gz has an unknown format; run scripts/build_wordlist.py")
    return {word: rank for rank, word in enumerate(filter(None, words))}


def _line_breaks(original: str) -> int:
    """How many line breaks a whitespace run of the original holds (``\\r\\n`` is one)."""
    if not original.strip(" \n"):
        return original.count("\n")  # the usual case, answered without a pass per kind of break
    return sum(original.replace("\r\n", "\n").count(c) for c in _LINE_BREAKS)


class _Line:
    """One line of a normalized text: its offsets, length and how it ends."""

    __slots__ = ("blank_after", "end", "final", "start")

    def __init__(self, text: str, start: int, end: int, blank_after: bool) -> None:
        self.start = start
        self.end = end
        self.final = text[start:end].rstrip(" ").rstrip(_CLOSERS)[-1:] in _FINAL_CHARS
        self.blank_after = blank_after

    def __len__(self) -> int:
        return self.end - self.start


def _lines(nt: NormalizedText) -> list[_Line]:
    text = nt.text
    lines: list[_Line] = []
    start = 0
    while (nl := text.find("\n", start)) >= 0:
        s, e = nt.to_original(nl, nl + 1)
        lines.append(_Line(text, start, nl, _line_breaks(nt.original[s:e]) > 1))
        start = nl + 1
    lines.append(_Line(text, start, len(text), True))
    return lines


def _inside_sentence(text: str, line: _Line, following: _Line) -> bool:
    """Whether the break after ``line`` is visibly inside a sentence (see :data:`NO_END_WORDS`)."""
    last = _LAST_WORD.search(text, line.start, line.end)
    first = _FIRST_WORD.match(text, following.start)
    return bool(last and last.group() in NO_END_WORDS) or bool(first and first.group() in NO_START_WORDS)


def _width(text: str, lines: list[_Line]) -> int | None:
    """The width the lines were wrapped at, or ``None`` if they do not read as wrapped.

    The evidence is the inner lines (those followed by another line of the same
    paragraph block): most of them end without sentence-final punctuation,
    those open lines are nearly all about as long as the longest of them, and at
    least one break is visibly inside a sentence.
    """
    inner = [line for line in lines if not line.blank_after]
    open_ = sorted(len(line) for line in inner if not line.final)
    if len(open_) < _MIN_OPEN:
        return None
    width = open_[int(len(open_) * _WIDTH_Q)]
    if len(open_) < _OPEN_SHARE * len(inner) and not _paragraph_ends(lines, inner, len(open_), width):
        return None
    if not any(_inside_sentence(text, a, b) for a, b in itertools.pairwise(lines) if not a.blank_after):
        return None
    full = sum(1 for n in open_ if _FULL * width <= n <= _LONG * width)
    if width < WRAP_MIN_WIDTH or full < _FULL_SHARE * len(open_):
        return None
    return width


def _paragraph_ends(lines: list[_Line], inner: list[_Line], n_open: int, width: int) -> bool:
    """Whether a text whose inner lines mostly end a sentence still reads as wrapped (rule
    ``sentences.wrapped-paragraph-ends``).

    Where paragraphs are separated by single line breaks, each paragraph's last line ends
    in "۔" and is an inner line too, so a wrapped text of short paragraphs has as many
    closed inner lines as open ones. Its closed lines are then mostly shorter than the
    width: the lines that count against wrapping are only those nearly as long as the
    open ones, and no line may run far past the width (a paragraph written on one line
    is a text that was not wrapped).
    """
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    if any(len(line) > _OVERLONG * width for line in lines) or not on(PARAGRAPH_ENDS_RULE):
        return False
    return n_open >= _OPEN_SHARE * sum(1 for line in inner if len(line) >= _FULL * width)


def is_wrapped(nt: NormalizedText) -> bool:
    """Whether the lines of ``nt`` read as hard-wrapped at a fixed width (see :func:`unwrap`).

    Args:
        nt: The output of :func:`normalize`.

    Returns:
        ``True`` if the text's line breaks were made by wrapping.

    Raises:
        InvalidArgumentError: If ``nt`` is not a :class:`NormalizedText`.
    """
    return "\n" in check_normalized(nt).text and _width(nt.text, _lines(nt)) is not None


def _heals(before: str, after: str) -> bool:
    """Whether ``before`` + ``after`` is one word broken across a line.

    It is when the joined form is a known word more frequent than the rarer of
    the pieces (an unknown piece is rarer than every known word): ``تر`` and
    ``جمان`` make ``ترجمان``; ``ان`` and ``کی`` stay apart, though ``انکی`` is
    a common misspelling.
    """
    if not (_URDU_WORD.fullmatch(before) and _URDU_WORD.fullmatch(after)):
        return False
    ranks = known_words()
    joined = ranks.get(before + after)
    if joined is None:
        return False
    unknown = len(ranks)
    return joined < max(ranks.get(before, unknown), ranks.get(after, unknown))


def _letter_chain(text: str, end: int, next_start: int) -> bool:
    """Whether a line ending in "۔" ends inside an abbreviation spelt with letter names
    ("ایم۔⏎کیو۔ ایم۔"): the letter name before the ۔ and the first word of the next line are
    both names of letters, as :func:`split_sentences` reads such a chain."""
    if text[end - 1 : end] != "۔":
        return False
    before = _LAST_WORD.search(text, max(0, end - 13), end - 1)
    after = _FIRST_WORD.match(text, next_start)
    return (
        before is not None
        and before.end() == end - 1
        and before.group() in LETTER_NAMES
        and after is not None
        and after.group() in LETTER_NAMES
    )


def unwrap(nt: NormalizedText) -> NormalizedText:
    """Undo hard wrapping: line breaks inside sentences become spaces, broken words are joined.

    The whole text is judged first. Its lines read as wrapped when most lines
    followed by another line end without sentence-final punctuation (``۔ ؟ ! ?
    .``), those lines are nearly all about as long as the longest of them, a
    width of at least :data:`WRAP_MIN_WIDTH` characters, and at least one line
    break is visibly inside a sentence (after a word of :data:`NO_END_WORDS` or
    before one of :data:`NO_START_WORDS`). In anything else, such as normal text
    with one paragraph per line, only single line breaks visibly inside a
    sentence are joined (rule ``sentences.stray-line-break``, see
    :func:`_stray_break_inside`); a text without them is returned unchanged.

    In wrapped text a line break stays a break (a sentence end) after
    sentence-final punctuation, at a blank line, before a list item (a bullet or
    ``1)``), after a line much longer than the width, and after a line that
    reads as a heading: one that could have
    held the next line's first word, so the writer, not the width, ended it (a
    title, a dateline, a short last line of a paragraph). Every other line break
    becomes a space; where the last word of the line and the first word of the
    next make a known word more frequent than the rarer of the two (see
    :func:`known_words`), it is deleted instead (``تر⏎جمان`` is ``ترجمان``).
    Offsets still map to the original characters: a span across a deleted
    line break covers it.

    Args:
        nt: The output of :func:`normalize`.

    Returns:
        ``nt`` itself if nothing was joined, else the unwrapped text with its
        offset map.

    Raises:
        InvalidArgumentError: If ``nt`` is not a :class:`NormalizedText`.
    """
    text = check_normalized(nt).text
    if "\n" not in text:
        return nt
    lines = _lines(nt)
    width = _width(text, lines)
    if width is None:
        return _stray_breaks(nt, lines)
    edits: dict[int, str] = {}
    for line, following in itertools.pairwise(lines):
        final = line.final and not _letter_chain(text, line.end, following.start)
        if line.blank_after or final or len(line) > _OVERLONG * width:
            continue
        if _LIST_ITEM.match(text, following.start):
            continue
        first = _FIRST_WORD.match(text, following.start)
        if len(line) + 1 + (len(first.group()) if first else 0) <= _FIT * width:
            continue  # the next word would have fit: the line was ended on purpose
        last = _LAST_WORD.search(text, line.start, line.end)
        healed = first is not None and last is not None and _heals(last.group(), first.group())
        edits[line.end] = "" if healed else " "
    return edit_normalized(nt, edits)


@functools.cache
def _link_label() -> re.Pattern[str]:
    """A line that opens with the label of a link to another article ("مزید پڑھیں: ...",
    "یہ بھی پڑھیں: ..."), after any bullet or mark: the terms and forms of the ``skip`` entries
    of the built-in ``incident_markers`` lexicon, read with :mod:`json` alone (as
    :mod:`._word_classes` reads its lexicon), folded as the normalized text writes them,
    longest first."""
    path = package_files("urdu_events")
    for part in _MARKERS_PATH:
        path = path.joinpath(part)
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    labels = {
        fold(label)
        for entry in entries
        if entry.get("marker") == "skip"
        for label in (entry["term"], *entry.get("forms", ()))
    }
    alternation = "|".join(
        re.escape(label).replace(r"\ ", " +") for label in sorted(labels, key=lambda w: (-len(w), w))
    )
    return re.compile(rf"[^\w\n]*(?:{alternation})(?!\w)")


def _link_line(text: str, line: _Line) -> bool:
    """Whether ``line`` opens with the label of a link line (see :func:`_link_label`): its text
    is another article's headline, which ends at the line's own break whatever its last word."""
    return _link_label().match(text, line.start, line.end) is not None


def _is_number(word: str) -> bool:
    """Whether ``word`` is a number: digits, or a number word that is no other word (``نو``,
    ``سو``, ``اسی`` ... are not)."""
    return word.isdigit() or (word in _NUMBER_WORDS and word not in _AMBIGUOUS)


def _number_before_noun(last: str, first: str) -> bool:
    """Whether a line ends in a number and the next starts with the people it counts ("پانچ⏎افراد")."""
    return _is_number(last) and first in _PERSON_NOUNS


def _words_across(text: str, line: _Line, following: _Line) -> tuple[str, str] | None:
    """The last word of ``line`` and the first of ``following`` when the break between them is
    open: the line does not end in sentence-final punctuation and no blank line or list item
    follows; else ``None``."""
    if line.blank_after or line.final or _LIST_ITEM.match(text, following.start):
        return None
    last = _LAST_WORD.search(text, line.start, line.end)
    first = _FIRST_WORD.match(text, following.start)
    if last is None or first is None:
        return None
    return last.group(), first.group()


def _stray_break_inside(text: str, line: _Line, following: _Line) -> bool:
    """Whether the single line break after ``line`` is visibly inside a sentence, wherever it is.

    It is when the break is open (see :func:`_words_across`) and the words on either
    side of it cannot be separated by a sentence end: the line's last word never ends
    an Urdu sentence (:data:`NO_END_WORDS`), the next line's first word never starts
    one (:data:`NO_START_WORDS`), or the line ends in a number and the next starts with
    the people it counts. A break after or before a link line (one that opens with a link
    label, :func:`_link_line`) is never inside a sentence: the headline it carries may end
    in a postposition ("... پر باڑ لگانے کا کام آخری مراحل میں").
    """
    words = _words_across(text, line, following)
    if words is None or _link_line(text, line) or _link_line(text, following):
        return False
    before, after = words
    return before in NO_END_WORDS or after in NO_START_WORDS or _number_before_noun(before, after)


def _participle_break_inside(text: str, line: _Line, following: _Line) -> bool:
    """Whether the single line break after ``line`` stands inside a verb phrase or a casualty
    figure (rule ``sentences.break-before-participle``): the break is open (see
    :func:`_words_across`), and the next line starts with a participle that never opens a
    sentence (:data:`_NO_START_PARTICIPLES`), or the line ends in a number or a noun of people
    and the next starts with what befell them (:data:`_CASUALTY_WORDS`).
    """
    words = _words_across(text, line, following)
    if words is None:
        return False
    before, after = words
    if after in _NO_START_PARTICIPLES:
        return True
    return after in _CASUALTY_WORDS and (_is_number(before) or before in _PERSON_NOUNS)


def _stray_breaks(nt: NormalizedText, lines: list[_Line]) -> NormalizedText:
    """Join the line breaks visibly inside a sentence of a text that is not wrapped as a whole.

    Short texts and texts with one or two stray breaks give :func:`_width` too
    little evidence, yet a break after ``نے`` or before ``کو`` cannot end a
    sentence (rule ``sentences.stray-line-break``; see :func:`_stray_break_inside`).
    Each such break becomes a space, or nothing where :func:`_heals` joins the
    words on either side of it; every other break stays a sentence end.
    """
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    text = nt.text
    edits: dict[int, str] = {}
    for line, following in itertools.pairwise(lines):
        if not (
            (_stray_break_inside(text, line, following) and on(STRAY_BREAK_RULE))
            or (_participle_break_inside(text, line, following) and on(PARTICIPLE_BREAK_RULE))
        ):
            continue
        words = _words_across(text, line, following)
        edits[line.end] = "" if words is not None and _heals(*words) else " "
    return edit_normalized(nt, edits)
