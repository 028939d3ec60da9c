"""A generic prefilter for compiled patterns: skip a search that cannot match.

Many of the reader's patterns can only match where the text holds one of a few literal
strings: "خلاف" in ``\\s(?:کے\\s)?خلاف(?!\\w)``, one of the settlement nouns of a word
class in a pattern built from it. :func:`required_literals` derives such a set mechanically
from the pattern's parse tree (the ``re`` module's own parser): every string the pattern
matches holds one of the literals. :class:`Prefiltered` wraps a compiled pattern and answers
"no match" at once for a text that holds none of them, found by ``str``'s substring search
(in C) once per text, instead of letting ``re`` try the pattern at every position.

The answers are those of the pattern by construction: the check only rules out texts in
which no match can exist (property test in ``tests/test_prefilter.py``). Nothing about the
reading changes; this is plumbing, and no rule id is involved.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from .._lazy_re import LazyPattern

__all__ = [
    "Prefiltered",
    "first_letter",
    "first_letters",
    "forget_texts",
    "literal_gate",
    "prefiltered",
    "required_literals",
]

# The parser of the ``re`` module: ``re._parser`` since Python 3.11, ``sre_parse`` before
# (importing ``sre_parse`` on 3.11+ warns that it is deprecated).
_parser: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
_c: Any = _parser  # the opcode constants are re-exported by the parser module

#: At most this many strings in a set of literals (products of alternations grow fast).
_MAX_LITERALS = 64

_Literals = frozenset[str]


def _minimal(literals: _Literals) -> _Literals:
    """``literals`` without the strings that hold another of them: a text that holds the
    longer one holds the shorter too, so the shorter alone says as much."""
    return frozenset(a for a in literals if not any(b != a and b in a for b in literals))


def _union(sets: Iterable[_Literals | None]) -> _Literals | None:
    """The union of ``sets`` (a branch: one of its alternatives matches), or ``None`` as soon
    as one of them is ``None`` or the union grows past :data:`_MAX_LITERALS`."""
    out: set[str] = set()
    for one in sets:
        if one is None:
            return None
        out |= one
        if len(out) > _MAX_LITERALS:
            return None
    return frozenset(out)


def _best(candidates: list[_Literals]) -> _Literals | None:
    """The candidate set a text is least likely to hold and that is quick to check: strings
    of three letters or more first, then the fewest strings, then the longest shortest one."""
    usable = [_minimal(c) for c in candidates if c and "" not in c and len(c) <= _MAX_LITERALS]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)) >= 3, -len(c), min(map(len, c))))


def _exact(items: Any) -> _Literals | None:
    """All the strings a sequence of parsed items matches, if it matches only literal strings
    (zero-width assertions aside) and they are few; else ``None``."""
    out: _Literals = frozenset([""])
    for op, av in items:
        if op is _c.LITERAL:
            part: _Literals | None = frozenset([chr(av)])
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width: the matched string is the same with or without it
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None  # a group with its own flags (e.g. ignore case)
            part = _exact(av[3])
        elif op is _c.BRANCH:
            part = _union(_exact(b) for b in av[1])
        elif op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            lo, hi, sub = av
            inner = _exact(sub)
            if inner is None or (lo, hi) not in ((0, 1), (1, 1)):
                return None
            part = inner | {""} if lo == 0 else inner
        else:
            return None
        if part is None:
            return None
        out = frozenset(a + b for a in out for b in part)
        if len(out) > _MAX_LITERALS:
            return None
    return out


def _required(items: Any) -> _Literals | None:
    """A set of strings one of which every match of a sequence of parsed items holds, or
    ``None`` when no such set is found."""
    candidates: list[_Literals] = []
    run: list[Any] = []  # consecutive items that match literal strings only

    def close() -> None:
        if run:
            exact = _exact(run)
            if exact is not None:
                candidates.append(exact)
            run.clear()

    for item in items:
        if _exact([item]) is not None:
            run.append(item)
            continue
        close()
        op, av = item
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            sub = _required(av[3])
        elif op is _c.BRANCH:
            sub = _union(_required(b) for b in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            sub = _required(av[2])
        else:
            sub = None  # a class of characters, any character, a back reference, a lookaround
        if sub is not None:
            candidates.append(sub)
    close()
    return _best(candidates)


def _parse(pattern: re.Pattern[str]) -> Any:
    """The parse tree of ``pattern`` (by the ``re`` module's own parser), or ``None`` when the
    pattern ignores case or is not of text. A pattern made by
    :func:`~urdu_events._lazy_re.lazy_compile` is parsed from its source and the flags given
    with it, and is not compiled: the flags its source sets are in the tree."""
    if not isinstance(pattern.pattern, str):
        return None
    flags = pattern.source_flags if isinstance(pattern, LazyPattern) else pattern.flags
    parsed = _parser.parse(pattern.pattern, flags)
    return None if parsed.state.flags & re.IGNORECASE else parsed


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` holds (sorted), or ``None``
    when none are found: the pattern ignores case, can match a string of single characters
    only, or holds no literal that every match needs.

    >>> required_literals(re.compile(r"\\s(?:کے\\s)?خلاف(?!\\w)"))
    ('خلاف',)
    >>> required_literals(re.compile(r"(?<!\\w)(?:چک|بلاک)\\s\\d+"))
    ('بلاک', 'چک')
    """
    parsed = _parse(pattern)
    if parsed is None:
        return None
    found = _required(list(parsed))
    if found is None or min(map(len, found)) < 2:
        return None  # a single letter is in nearly every text: no use as a filter
    return tuple(sorted(found))


def literal_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""A pattern that finds one of ``pattern``'s :func:`required_literals`, an alternation of
    them whose first letters ``re`` skips to in C: where it finds none between ``pos`` and
    ``endpos``, ``pattern`` matches nowhere there (a match lies in that stretch and holds one of
    them). For a pattern with none, the gate matches everywhere.

    A pattern searched in a short stretch (the 40 characters before a word) that begins with
    a lookbehind or a class of characters is tried by ``re`` at every place; its gate is not.

    >>> gate = literal_gate(re.compile(r"(?<!\w)(?:اقدام|کے\sخلاف)\s?$"))
    >>> gate.pattern
    'اقدام|خلاف'
    """
    literals = required_literals(pattern)
    return re.compile("|".join(map(re.escape, literals)) if literals else "")


#: Every prefiltered pattern, so that :func:`forget_texts` can let go of the last text.
_ALL: list[Prefiltered] = []
_NO_TEXT: tuple[str | None, bool] = (None, True)


class Prefiltered:
    """A compiled pattern searched only in a text that holds one of its required literals.

    The methods take the arguments of :class:`re.Pattern`'s and give the same answers. Whether
    a text holds a literal is found once per text object (the document's text, searched
    clause by clause) and kept with the text itself, so an answer can only be reused for the
    very same string, and let go of at the end of the document (:func:`forget_texts`), so the
    check costs the same per character in a text of any length.
    """

    __slots__ = ("_last", "compiled", "literals")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        literals = required_literals(pattern)
        if literals is None:
            raise ValueError(f"no required literals in {pattern.pattern!r}")
        self.literals = literals
        self._last = _NO_TEXT
        _ALL.append(self)

    @property
    def pattern(self) -> str:
        """The pattern's source, as :attr:`re.Pattern.pattern` gives it, so that a pattern built
        from this one ("(?:{X.pattern})...") reads the same whether X is gated or not."""
        return self.compiled.pattern

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds one of the literals."""
        last = self._last
        if last[0] is text:
            return last[1]
        held = any(map(text.__contains__, self.literals))  # in C: no generator frame
        self._last = (text, held)  # one tuple: threads never see a text with another's answer
        return held

    # Each method tests the last text itself before calling may_match: a call less per search
    # of the same text, which is most of them.

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """:meth:`re.Pattern.search`."""
        last = self._last
        if not (last[1] if last[0] is string else self.may_match(string)):
            return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """:meth:`re.Pattern.match`."""
        last = self._last
        if not (last[1] if last[0] is string else self.may_match(string)):
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """:meth:`re.Pattern.fullmatch`."""
        last = self._last
        if not (last[1] if last[0] is string else self.may_match(string)):
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """:meth:`re.Pattern.finditer`."""
        last = self._last
        if not (last[1] if last[0] is string else self.may_match(string)):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)


def prefiltered(pattern: re.Pattern[str]) -> Prefiltered:
    """``pattern`` wrapped in a :class:`Prefiltered` (raises ``ValueError`` if no literal is
    required by it: such a pattern cannot be prefiltered)."""
    return Prefiltered(pattern)


def forget_texts() -> None:
    """Let every prefiltered pattern go of the last text it checked (at the end of a
    document: its answers are for that text only and nothing is kept beyond it)."""
    for p in _ALL:
        p._last = _NO_TEXT


#: At most this many characters in a class of characters whose members :func:`first_letters`
#: lists one by one (a wider range is given up on).
_MAX_RANGE = 512


def _class_letters(items: Any) -> tuple[frozenset[str], bool] | None:
    """The characters of a class ``[...]`` that are not white space, and whether it holds any
    white space: ``None`` when it cannot be listed (a negated class, a category other than
    ``\\s``, a wide range)."""
    letters: set[str] = set()
    space = False
    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch.isspace():
                space = True
            else:
                letters.add(ch)
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > _MAX_RANGE:
                return None
            for code in range(lo, hi + 1):
                ch = chr(code)
                if ch.isspace():
                    space = True
                else:
                    letters.add(ch)
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            space = True
        else:
            return None  # NEGATE, \\w, \\d, ...
    return frozenset(letters), space


def _first(items: Any) -> tuple[frozenset[str], bool] | None:
    """For a sequence of parsed items: the characters that can be the first character other
    than white space a match consumes, and whether a match can consume white space only (or
    nothing); ``None`` when that cannot be told."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch.isspace():
                continue  # white space only: the first letter comes later
            out.add(ch)
            return frozenset(out), False
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width
        if op is _c.IN:
            found = _class_letters(av)
            if found is None:
                return None
            letters, space = found
            if letters and space:
                return None  # a white space or a letter: the first letter is not told apart
            if not letters:
                continue  # white space only
            out |= letters
            return frozenset(out), False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None  # a group with its own flags (e.g. ignore case)
            sub = _first(av[3])
        elif op is _c.BRANCH:
            sub = _first_of_branches(av[1])
        elif op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            lo, _hi, inner = av
            sub = _first(inner)
            if sub is not None and lo == 0:
                sub = (sub[0], True)
        else:
            return None  # any character, a category, a back reference, ...
        if sub is None:
            return None
        out |= sub[0]
        if not sub[1]:
            return frozenset(out), False
    return frozenset(out), True


def _first_of_branches(branches: Any) -> tuple[frozenset[str], bool] | None:
    out: set[str] = set()
    blank = False
    for b in branches:
        one = _first(b)
        if one is None:
            return None
        out |= one[0]
        blank = blank or one[1]
    return frozenset(out), blank


def first_letters(pattern: re.Pattern[str] | Prefiltered) -> frozenset[str] | None:
    """The characters one of which is the first character other than white space of every
    match of ``pattern`` (``match``, at the position it is asked at), or ``None`` when that
    cannot be told: the pattern ignores case, can match white space alone, or begins with a
    class of characters that holds both white space and letters, a category, or any character.

    A match consumes the white space at its position, then its first letter; so a pattern
    whose letters the first letter after that position (:func:`first_letter`) is not among
    cannot match there, and the ``match`` call can be skipped.

    >>> sorted(first_letters(re.compile(r"\\s*(?:کے|نے)\\s")))
    ['ن', 'ک']
    >>> first_letters(re.compile(r"\\s*\\w+")) is None
    True
    """
    if isinstance(pattern, Prefiltered):
        pattern = pattern.compiled
    parsed = _parse(pattern)
    if parsed is None:
        return None
    found = _first(list(parsed))
    if found is None or found[1]:
        return None
    return found[0]


#: White space, then the first character that is not: what :func:`first_letter` reads.
_FIRST_LETTER = re.compile(r"\s*(\S)")


def first_letter(text: str, pos: int) -> str:
    """The first character of ``text`` from ``pos`` on that is not white space (as ``re``'s
    ``\\s`` tells it, which is :meth:`str.isspace`), or ``""`` if there is none. Whatever the
    end a pattern is matched up to, a match at ``pos`` that consumes a letter consumes this one
    first."""
    m = _FIRST_LETTER.match(text, pos)
    return "" if m is None else m.group(1)
