"""A linear-time index of lexicon terms over normalized text.

Terms are compiled into one regular expression shaped like a trie: at every
branch the alternatives begin with different characters, so the engine never
tries more than one path per character, and matching costs at most the length
of the longest term per start position. The pattern has no nested quantifiers.
Matches start at a word boundary and end at one, optionally followed by a
postposition written without a space ("دھماکےمیں"), which Urdu news often does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

import attrs

__all__ = ["Hit", "TermIndex", "trie_pattern"]

T = TypeVar("T")

#: Postpositions that are sometimes glued to the preceding word.
_GLUED = ("میں", "کے", "کی", "کا", "سے", "نے", "پر", "کو")
_TAIL = "(?=(?:" + "|".join(_GLUED) + r")?(?!\w))"


@attrs.frozen
class Hit(Generic[T]):
    """One occurrence of a lexicon term in normalized text.

    Args:
        start: Offset of the first character in the normalized text.
        end: Offset just past the last character.
        key: The folded term that matched.
        value: What the lexicon says about the term.
    """

    start: int
    end: int
    key: str
    value: T


def _escape(ch: str) -> str:
    return r"\s" if ch == " " else re.escape(ch)


_Node = dict[str, "_Node"]


def trie_pattern(words: Iterable[str]) -> str:
    """Build a regular expression matching any of ``words``, longest first.

    Args:
        words: Non-empty strings; a space matches one whitespace character.

    Returns:
        A pattern without nested quantifiers in which every alternation
        branches on distinct first characters.
    """
    root: _Node = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(root)


def _render(node: _Node) -> str:
    branches = [_escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


class TermIndex(Generic[T]):
    """Finds the terms of a lexicon in normalized text.

    Args:
        items: ``(term, value)`` pairs; a term may appear several times, the
            first value wins.
        fold: The function that normalizes terms the way the text was
            normalized (letter variants, diacritics, whitespace).
    """

    def __init__(self, items: Iterable[tuple[str, T]], *, fold: Callable[[str], str]) -> None:
        self._values: dict[str, T] = {}
        for term, value in items:
            key = " ".join(fold(term).split())
            if key and key not in self._values:
                self._values[key] = value
        self._pattern: re.Pattern[str] | None = None

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, term: object) -> bool:
        return term in self._values

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (built on first use)."""
        if self._pattern is None:
            body = trie_pattern(self._values) if self._values else "(?!)"
            self._pattern = re.compile(r"(?<!\w)(" + body + ")" + _TAIL)
        return self._pattern

    def get(self, term: str) -> T | None:
        """The value of an already folded ``term``, if it is in the index."""
        return self._values.get(" ".join(term.split()))

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit[T]]:
        """Yield non-overlapping hits in ``text[start:end]``, longest term first at each place."""
        stop = len(text) if end is None else end
        for m in self.pattern.finditer(text, start, stop):
            key = " ".join(m.group(1).split())
            value = self._values.get(key)
            if value is not None:
                yield Hit(m.start(1), m.end(1), key, value)
