"""Word classes of the reader's grammar, read from the ``word_classes`` lexicons.

The rules of :mod:`._incident_read` and :mod:`._incident_build` name a class
("turn", "non_person_unit") and get a regular-expression pattern for its words
from the lexicon; the structure around the words (what may come before, what
must follow) stays with the rule. The token-based claim reader
(:mod:`._claims_patterns`) gets the words of its closed classes ("genitive",
"copula") as sets, or in lexicon order where order matters. The built-in lexicon is
``urdu_events/lexicons/data/word_classes.json`` (documented in
``docs/linguists.md``). Plugin lexicons of kind ``word_classes`` are not read:
these classes are the grammar the rules were written against, and a rule card
for every rule pins what they do.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..exceptions import InvalidArgumentError
from ..lexicons import lexicons_for
from ..lexicons._load import entry_problems
from ..lexicons.entries import WordClassEntry

__all__ = ["word_class", "word_list", "word_set"]


def _alternation(words: Iterable[str]) -> str:
    """The words as one alternation, longest first so that a longer phrase wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def word_class(name: str) -> str:
    """The pattern matching one word of class ``name``.

    A whole word ("word") and a stem ("start") begin at a word boundary, a whole word
    also ends at one; a "part" may stand anywhere inside a word. A word of the
    ``unless`` list at the same place is not of the class.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class,
            or one of its entries is invalid.
    """
    by_match: dict[str, list[str]] = {"word": [], "start": [], "part": []}
    unless: list[str] = []
    for entry in _entries(name):
        by_match[entry.match].extend(entry.words)
        unless.extend(entry.unless)
    guard = rf"(?!{_alternation(unless)})" if unless else ""
    parts = []
    if by_match["word"]:
        parts.append(_at_word_start(by_match["word"], guard, r"(?!\w)"))
    if by_match["start"]:
        parts.append(_at_word_start(by_match["start"], guard, ""))
    if by_match["part"]:
        parts.append(rf"{guard}(?:{_alternation(by_match['part'])})")
    return "|".join(parts)


def _at_word_start(words: list[str], guard: str, tail: str) -> str:
    r"""Any of ``words`` where a word starts, unless ``guard`` matches there, then ``tail``:
    ``(?<!\w){guard}(?:a|b|...){tail}``.

    Without a guard and when every word starts with a letter, the pattern is written with
    that letter first in every branch (``ک(?<!\wک)(?:ہا|ہنا)``), which matches the same
    text at the same places; ``re`` then skips in C the characters no branch starts with,
    instead of trying the lookbehind at every one.
    """
    if guard or not all(w[:1].isalpha() for w in words):
        return rf"(?<!\w){guard}(?:{_alternation(words)})" + tail
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):  # the order of _alternation
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = (
        rf"{re.escape(c)}(?<!\w{re.escape(c)})(?:{'|'.join(rests)}){tail}" for c, rests in by_first.items()
    )
    return "(?:" + "|".join(branches) + ")"  # one group, as the pattern was: it may stand inside another


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """The words of class ``name`` (entries that match whole words), as written and folded,
    for rules that test one word at a time.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class.
    """
    from ..text import fold  # the text layer loads its tables on first use

    words: set[str] = set()
    for entry in _entries(name):
        if entry.match == "word":
            words.update(entry.words)
            words.update(map(fold, entry.words))
    return frozenset(words)


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The whole words and phrases of class ``name``, folded, in lexicon order, each once,
    for rules that try them in turn or split a phrase into its words.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class.
    """
    from ..text import fold  # the text layer loads its tables on first use

    words: dict[str, None] = {}
    for entry in _entries(name):
        if entry.match == "word":
            words.update(dict.fromkeys(map(fold, entry.words)))
    return tuple(words)


def _entries(name: str) -> list[WordClassEntry]:
    """The entries of class ``name`` in the built-in ``word_classes`` lexicons.

    Raises:
        InvalidArgumentError: If an entry is invalid or no entry has the class.
    """
    found: list[WordClassEntry] = []
    for lexicon in lexicons_for("word_classes", plugins=False):
        entries, problems = entry_problems("word_classes", lexicon.entries)
        if problems:
            raise InvalidArgumentError(f"lexicon {lexicon.name!r}: " + "; ".join(problems))
        found += [entry for entry in entries if entry.term == name]
    if not found:
        raise InvalidArgumentError(f"no word class {name!r} in the word_classes lexicons")
    return found
