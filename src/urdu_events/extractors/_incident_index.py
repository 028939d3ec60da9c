"""A linear-time index of lexicon terms over normalized text.

A text is cut once into words (runs of word characters, :class:`TextWords`),
which every lexicon then reads: a term is looked up by its first word in a
dictionary, so nothing is compiled when a lexicon is loaded, and the work per
text is one pass over its words plus a bounded check at each word that starts a
term. Matches start at a word boundary and end at one, optionally followed by a
postposition written without a space ("دھماکےمیں"), which Urdu news often does;
the longest term wins at each place, and a lexicon's matches never overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, chain, compress, repeat
from typing import Generic, TypeVar

import attrs

from .._lazy_re import lazy_compile

__all__ = ["Hit", "TermIndex", "TextWords"]

T = TypeVar("T")

#: Postpositions that are sometimes glued to the preceding word.
_GLUED = ("میں", "کے", "کی", "کا", "سے", "نے", "پر", "کو")
_GLUED2 = frozenset(g for g in _GLUED if len(g) == 2)
_GLUED3 = frozenset(g for g in _GLUED if len(g) == 3)
_WORD = lazy_compile(r"\w+")
_WORD_SPLIT = lazy_compile(r"(\w+)")
#: What may follow a term: a glued postposition, then no word character.
_TAIL = lazy_compile("(?:" + "|".join(_GLUED) + r")?(?!\w)")
_PART = lazy_compile(r"\w+|[^\w\s]+|\s")


# Not ``attrs.frozen``, though nothing changes a hit once made: a frozen class's ``__init__``
# sets each field through ``object.__setattr__``, which makes building one three to four times
# dearer, and the reader builds dozens per document. Equality and hashing are by value, as a
# frozen class's (``unsafe_hash``; the hash values differ, and no reading depends on them).
# The reader's other small records made per document (``Figure``, ``ActorRef``,
# ``SentenceInfo``, ``PlaceRef``, the claim grammar's records, the number parser's ``_Num``)
# are declared the same way for the same reason.
@attrs.define(unsafe_hash=True)
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


class TextWords:
    """The words of a text (or of ``text[start:end]``), read once and shared by lexicons.

    ``stem_of`` maps a word with a postposition glued to its end to the word
    without it ("دھماکےمیں" to "دھماکے"); ``unique`` is the set of words.
    """

    __slots__ = (
        "_positions",
        "end",
        "ends",
        "start",
        "starts",
        "stem_of",
        "stem_set",
        "text",
        "unique",
        "words",
    )

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        stop = len(text) if end is None else end
        # ``re.split`` builds every word in C: its pieces are gap, word, gap, ..., gap, and the
        # offsets are running sums of their lengths (``\w+`` has no lookaround, so splitting
        # the slice reads the words that ``finditer(text, start, stop)`` would).
        pieces = _WORD_SPLIT.split(text[start:stop] if start or stop < len(text) else text)
        words: list[str] = pieces[1::2]
        offsets = list(accumulate(map(len, pieces), initial=start))
        starts = offsets[1:-1:2]
        ends = offsets[2::2]
        if words and start > 0 and starts[0] == start and _WORD.match(text, start - 1):
            del words[0], starts[0], ends[0]  # a word cut by ``start`` does not start there
        self._fill(text, start, stop, words, starts, ends)

    @classmethod
    def from_words(cls, text: str, columns: tuple[list[str], list[int], list[int]]) -> TextWords:
        """The words of the whole ``text`` from ``columns``: its runs of word characters as texts,
        starts and ends (:meth:`~urdu_events.text.Analysis.word_columns`), which the lists become."""
        self = cls.__new__(cls)
        self._fill(text, 0, len(text), *columns)
        return self

    def _fill(
        self, text: str, start: int, stop: int, words: list[str], starts: list[int], ends: list[int]
    ) -> None:
        self.text = text
        self.start = start
        self.end = stop
        self.words = words
        self.starts = starts
        self.ends = ends
        self.unique = unique = frozenset(words)
        glued = compress(unique, map(str.endswith, unique, repeat(_GLUED)))  # in C: few words pass
        self.stem_of = {
            w: w[:-2] if w[-2:] in _GLUED2 else w[:-3]
            for w in glued
            if (len(w) > 2 and w[-2:] in _GLUED2) or (len(w) > 3 and w[-3:] in _GLUED3)
        }
        self.stem_set = frozenset(self.stem_of.values())
        # Each word's indexes, made on the first call of indexes() (lexicons share them).
        self._positions: dict[str, list[int]] | None = None

    def split_front(self, prefixes: tuple[str, ...], firsts: frozenset[str]) -> TextWords:
        """These words with a postposition glued to the front of a word read as two words.

        A word made of one of ``prefixes`` and a word of ``firsts`` that is not itself in
        ``firsts`` ("پرحملہ": "پر" and "حملہ") is split in two; the text is unchanged, so
        the two words touch. Returns ``self`` when no word splits.
        """
        unique = self.unique
        # Only the few words that start with a prefix are tried, and they are picked in C.
        fronted = compress(unique, map(str.startswith, unique, repeat(prefixes)))
        split = {
            w: len(p)
            for w in fronted
            if w not in firsts
            for p in prefixes
            if w.startswith(p) and w[len(p) :] in firsts
        }
        if not split:
            return self
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for w, a, b in zip(self.words, self.starts, self.ends, strict=True):
            cut = split.get(w)
            if cut is None:
                words.append(w)
                starts.append(a)
                ends.append(b)
            else:
                words += [w[:cut], w[cut:]]
                starts += [a, a + cut]
                ends += [a + cut, b]
        other = TextWords.__new__(TextWords)
        other._fill(self.text, self.start, self.end, words, starts, ends)
        return other

    def has_pair(self, firsts: frozenset[str], seconds: frozenset[str]) -> bool:
        """Whether a word of ``firsts`` stands one space before a word of ``seconds`` ("X Y").

        Where every word of both sets is a run of word characters, that pair is there
        wherever a pattern for a word of ``firsts`` at a word start, one space and a word of
        ``seconds`` at a word end (``(?<!\\w)(?:a|b) (?:c|d)(?!\\w)``) matches: so a text
        without one needs no search by such a pattern.
        """
        present = self.unique & firsts
        if not present or self.unique.isdisjoint(seconds):
            return False
        words, starts, ends, text = self.words, self.starts, self.ends, self.text
        last = len(words) - 1
        return any(
            i < last and words[i + 1] in seconds and starts[i + 1] == ends[i] + 1 and text[ends[i]] == " "
            for i in self.indexes(present)
        )

    def indexes(self, present: Iterable[str]) -> list[int]:
        """The indexes of the words that are in ``present``, in text order."""
        positions = self._positions
        if positions is None:
            positions = self._positions = {}
            for i, w in enumerate(self.words):
                positions.setdefault(w, []).append(i)
        return sorted(chain.from_iterable(map(positions.__getitem__, present)))  # in C


@attrs.frozen
class _Term(Generic[T]):
    key: str
    #: The term's words, and what stands between them (" ", " (").
    words: tuple[str, ...]
    gaps: tuple[str, ...]
    #: Non-word characters after the last word (")" in "مسلم لیگ (ن)").
    trail: str
    value: T


def _split(key: str) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    """A key as words, gaps and trail; ``None`` if it does not start with a word."""
    parts = _PART.findall(key)
    words: list[str] = []
    gaps: list[str] = []
    sep = ""
    for part in parts:
        if _WORD.fullmatch(part):
            if words:
                gaps.append(sep)
            elif sep:
                return None
            words.append(part)
            sep = ""
        else:
            sep += part
    return (tuple(words), tuple(gaps), sep) if words else None


def _same_gap(text_gap: str, term_gap: str) -> bool:
    return text_gap == term_gap or text_gap.replace("\n", " ") == term_gap


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
        self._built = False
        self._one: dict[str, _Term[T]] = {}
        self._multi: dict[tuple[str, str], list[_Term[T]]] = {}
        self._firsts: frozenset[str] = frozenset()
        self._single: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, term: object) -> bool:
        return term in self._values

    def terms(self) -> Iterator[str]:
        """Every term (folded, its whitespace collapsed), as ``in`` finds them."""
        return iter(self._values)

    def first_words(self) -> frozenset[str]:
        """The words that a term of the index starts with."""
        if not self._built:
            self._build()
        return self._firsts

    def get(self, term: str) -> T | None:
        """The value of an already folded ``term``, if it is in the index."""
        return self._values.get(" ".join(term.split()))

    def _build(self) -> None:
        one: dict[str, _Term[T]] = {}
        multi: dict[tuple[str, str], list[_Term[T]]] = {}
        for key, value in self._values.items():
            parts = _split(key)
            if parts is None:
                continue
            words, gaps, trail = parts
            term = _Term(key, words, gaps, trail, value)
            if len(words) == 1:
                one.setdefault(words[0], term)
            else:
                multi.setdefault((words[0], words[1]), []).append(term)
        for terms in multi.values():
            terms.sort(key=lambda t: -len(t.key))  # the longest term wins
        self._one = one
        self._multi = multi
        self._firsts = frozenset(one) | frozenset(w for w, _ in multi)
        self._single = frozenset(one)
        self._built = True

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, *, words: TextWords | None = None
    ) -> Iterator[Hit[T]]:
        """Yield non-overlapping hits in ``text[start:end]``, longest term first at each place.

        ``words`` are the words of the whole ``text``, if they were read already.
        """
        if not self._built:
            self._build()
        tw = words if words is not None and start == 0 and end is None else TextWords(text, start, end)
        present = self._firsts & tw.unique
        glued = self._single & tw.stem_set
        if glued:
            present |= {w for w, stem in tw.stem_of.items() if stem in glued}
        if not present:
            return
        places = tw.indexes(present)
        after = -1  # the last word of the previous hit
        texts, starts, ends = tw.words, tw.starts, tw.ends
        one_get, multi, stem_of = self._one.get, self._multi, tw.stem_of
        stem_get = stem_of.get
        last_word = len(texts) - 1
        for i in places:
            if i <= after:
                continue
            word = texts[i]
            if i == last_word or (
                (word, nxt := texts[i + 1]) not in multi
                and ((stem := stem_get(nxt)) is None or (word, stem) not in multi)
            ):
                # No longer term can start here (what _match_at tries first), and the word
                # itself is a term without a trail: read here, without a call ("دھماکہ").
                one = one_get(word)
                if one is not None and not one.trail:
                    after = i
                    yield Hit(starts[i], ends[i], one.key, one.value)
                    continue
                if one is None and word not in stem_of:
                    continue  # nor a one-word term with a postposition glued on: nothing here
            found = self._match_at(tw, i)
            if found is not None:
                term, last, stop = found
                after = last
                yield Hit(starts[i], stop, term.key, term.value)

    def _match_at(self, tw: TextWords, i: int) -> tuple[_Term[T], int, int] | None:
        """The longest term starting at word ``i``: the term, its last word and its end."""
        word = tw.words[i]
        if i + 1 < len(tw.words):
            for term in self._multi.get((word, tw.words[i + 1]), ()):
                found = _fits(tw, i, term)
                if found is not None:
                    return term, found[0], found[1]
            stem = tw.stem_of.get(tw.words[i + 1])  # "ہلاک ہونے": a postposition glued on
            for term in self._multi.get((word, stem), ()) if stem is not None else ():
                found = _fits(tw, i, term) if len(term.words) == 2 else None
                if found is not None:
                    return term, found[0], found[1]
        one = self._one.get(word)
        if one is not None:
            if not one.trail:
                return one, i, tw.ends[i]  # the word itself is the term: nothing more to check
            found = _fits(tw, i, one)
            if found is not None:
                return one, found[0], found[1]
        stem = tw.stem_of.get(word)  # "دھماکےمیں": a one-word term with a postposition glued on
        one = self._one.get(stem) if stem is not None else None
        if one is not None and stem is not None and not one.trail:
            return one, i, tw.starts[i] + len(stem)
        return None


def _fits(tw: TextWords, i: int, term: _Term[T]) -> tuple[int, int] | None:
    """Whether ``term`` stands at word ``i``: its last word and where it ends."""
    n = len(term.words)
    if i + n > len(tw.words):
        return None
    text = tw.text
    for k in range(1, n):
        if not _same_gap(text[tw.ends[i + k - 1] : tw.starts[i + k]], term.gaps[k - 1]):
            return None
    for k in range(n - 1):
        if tw.words[i + k] != term.words[k]:
            return None
    j = i + n - 1
    last = term.words[-1]
    if tw.words[j] == last:
        end = tw.ends[j]
    elif tw.stem_of.get(tw.words[j]) == last and not term.trail:
        return j, tw.starts[j] + len(last)  # "دھماکےمیں": the glued postposition is left out
    else:
        return None
    if term.trail:
        stop = end + len(term.trail)
        if stop > tw.end or text[end:stop] != term.trail or not _TAIL.match(text, stop, tw.end):
            return None
        end = stop
    return j, end
