"""Spelling habits of Urdu outlets that depend on a letter's place in the word or on the document.

:func:`normalize` folds what one character at a time can fold (Arabic yeh and
kaf, presentation forms, ``ۓ`` to ``ئے``, digits). Some habits of real sites can
only be read with context, and :func:`respell` folds them on the normalized text,
keeping the offset map (every span still points at the original characters):

- a Latin full stop, comma, question mark or semicolon written after an Urdu
  word (``گئے. پولیس``, ``پشاور, کوہاٹ``, ``کیوں? پولیس``, ``گئے; پولیس``) is
  Urdu's ``۔``, ``،``, ``؟`` or ``؛``;
- a word-final ``ئ`` is ``ئی`` with its last letter dropped (``ہوئ``, ``گئ``,
  ``کارروائ``): no Urdu word ends in a bare ``ئ``;
- a word-initial ``ھ`` is ``ہ`` typed with the key Arabic keyboards give for an
  initial heh (``ھے``, ``ھلاک``): no Urdu word starts with ``ھ``, which only
  aspirates the consonant before it;
- the two hehs confused throughout a document: a text with no ``ھ`` at all writes
  its aspirates with heh goal (``بہی``, ``تہے``, ``ساتہ``), and a text with
  word-initial ``ھ`` writes every heh before a letter with it (``شھر``,
  ``رھا``). In such a text each word is read as the spelling of it, among the two
  hehs, that the word list (``data/words-ur.txt.gz``) ranks far above the one
  written (a form the list lacks by the forms of its stem; a place of the curated
  gazetteer lists kept as written, and taken for an unknown word; a two-word time
  of day kept). ``کہ`` and ``کھ``, ``کہا`` and ``کھا`` are both words, so a text
  that spells its hehs correctly is left alone.

``docs/text.md`` ("Outlets' spelling habits") has the details and what each habit
cost before; ``benchmarks/variants.py`` measures them.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import NamedTuple

from .._checks import URDU_LETTER_RANGES
from .._lazy_re import lazy_compile
from ._calendar import TIMES_OF_DAY
from ._normalize import NormalizedText, check_normalized, edit_normalized
from ._unwrap import known_words

__all__ = ["respell"]

_LETTERS = URDU_LETTER_RANGES
#: A Latin full stop, comma, question mark or semicolon right after an Urdu letter, before a
#: space, a line break, a closing quote or bracket or the end: not a decimal point, not inside
#: a URL.
_LATIN_STOP = lazy_compile(rf"[.,?;](?:(?<=[{_LETTERS}].)|(?<=[{_LETTERS}][\"')\]].))(?![^\s\"')\]])")
#: The Urdu mark for each Latin one.
_URDU_STOP = {".": "۔", ",": "،", "?": "؟", ";": "؛"}
#: A bare hamza yeh ending a word.
_FINAL_HAMZA = lazy_compile(rf"ئ(?<=[{_LETTERS}]ئ)(?![{_LETTERS}])")
#: Do-chashmi heh starting a word.
_INITIAL_DOACHASHMEE = lazy_compile(rf"ھ(?<![{_LETTERS}]ھ)")
#: A word with a heh after its first letter.
_HEH_WORD = lazy_compile(rf"[{_LETTERS}]+")
#: Times of day of two words ("سہ پہر"): the date reader's phrases, kept as written (پہر is
#: a word there, not پھر misspelled).
_TIME_PHRASE = lazy_compile(
    "|".join(rf"(?<![{_LETTERS}]){re.escape(p)}(?![{_LETTERS}])" for p in TIMES_OF_DAY if " " in p)
)
#: How many times more frequent (by rank) the other spelling must be to be read instead.
HEH_RANK_RATIO = 3
#: At most this many hehs of a word are swapped (2**n spellings are looked up).
_MAX_HEHS = 3


#: Inflectional endings of nouns, adjectives and verbs ("جتھے", "جتھوں"; "ٹھکانہ", "ٹھکانوں").
_ENDINGS = ("یوں", "وں", "یں", "ے", "ی", "ا")


class _Vocabulary(NamedTuple):
    """What tells a word from a misspelling: the word list's ranks and the gazetteer's names."""

    ranks: dict[str, int]
    places: Container[str]


class _CuratedPlaces:
    """The names of the gazetteer's hand-curated places (those of Urdu news: Pakistan, its
    neighbours, wars abroad), as a container of folded names. GeoNames' Arabic-script names of
    foreign towns collide with Urdu words ("تہانہ", Thane, is "تھانہ" misspelled), so they do not
    count."""

    def __init__(self) -> None:
        from ..gazetteer import default_gazetteer  # loaded only for a text with a heh habit

        self._gazetteer = default_gazetteer(plugins=False)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and any("curated" in p.source for p in self._gazetteer.lookup(word))


def _rank(word: str, ranks: dict[str, int]) -> int | None:
    """The word list's rank of ``word``; for a form the list lacks, the best rank of the forms of its
    stem (``word`` less an inflectional ending, or ``word`` itself, with an ending: "جتھوں" from
    "جتھے") times ``HEH_RANK_RATIO``; ``None`` for an unknown word."""
    rank = ranks.get(word)
    if rank is not None:
        return rank
    stems = [word, *(word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 2)]
    found = [r for stem in stems for e in _ENDINGS if (r := ranks.get(stem + e)) is not None]
    return min(found) * HEH_RANK_RATIO if found else None


def _heh_spelling(word: str, swap: tuple[str, str], vocabulary: _Vocabulary) -> str | None:
    """The spelling of ``word`` with some of its hehs after the first letter swapped (``swap``:
    from, to) that the word list ranks ``HEH_RANK_RATIO`` times above ``word``, or ``None``.

    A place the gazetteer names is kept as written; an unknown word takes the spelling of a place
    the gazetteer names ("امپہال" is "امپھال") or of a word of the list.
    """
    src, dst = swap
    places = [i for i in range(1, len(word)) if word[i] == src][:_MAX_HEHS]
    if not places or word in vocabulary.places:
        return None
    own = _rank(word, vocabulary.ranks)
    best, best_rank = None, None
    for mask in range(1, 1 << len(places)):
        chars = list(word)
        for bit, i in enumerate(places):
            if mask >> bit & 1:
                chars[i] = dst
        other = "".join(chars)
        if own is None and other in vocabulary.places:
            return other
        rank = _rank(other, vocabulary.ranks)
        if rank is not None and (best_rank is None or rank < best_rank):
            best, best_rank = other, rank
    if best_rank is None or (own is not None and best_rank * HEH_RANK_RATIO > own):
        return None
    return best


def _heh_edits(text: str, initial: list[int]) -> dict[int, str]:
    """The heh swaps of a document that writes its hehs one way throughout (see the module)."""
    if "ھ" not in text:
        swap = ("ہ", "ھ")  # aspirates written with heh goal
    elif initial:
        swap = ("ھ", "ہ")  # every heh before a letter written with do-chashmi
    else:
        return {}
    vocabulary = _Vocabulary(known_words(), _CuratedPlaces())
    kept = {i for m in _TIME_PHRASE.finditer(text) for i in range(*m.span())}
    edits: dict[int, str] = {}
    cache: dict[str, str | None] = {}
    for m in _HEH_WORD.finditer(text):
        word = m.group()
        if swap[0] not in word[1:] or m.start() in kept:
            continue
        if word[0] == "ھ":  # its initial heh is folded on its own
            word = "ہ" + word[1:]
        if word not in cache:
            cache[word] = _heh_spelling(word, swap, vocabulary)
        other = cache[word]
        if other is not None:
            start = m.start()
            edits.update((start + i, b) for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b)
    return edits


def respell(nt: NormalizedText) -> NormalizedText:
    """Fold the spelling habits of real outlets that need context (see the module docstring).

    Args:
        nt: A normalized text.

    Returns:
        The text with ``۔ ، ؟ ؛ ئی ہ ھ`` where the habit wrote otherwise, with its offset
        map (``nt`` itself when there is nothing to fold): a ``ئی`` made from a bare
        ``ئ`` maps both letters to it.
    """
    text = check_normalized(nt).text
    edits: dict[int, str] = {}
    for m in _LATIN_STOP.finditer(text):
        edits[m.start()] = _URDU_STOP[m.group()]
    for m in _FINAL_HAMZA.finditer(text):
        edits[m.start()] = "ئی"
    initial = [m.start() for m in _INITIAL_DOACHASHMEE.finditer(text)]
    edits.update(dict.fromkeys(initial, "ہ"))
    edits.update(_heh_edits(text, initial))
    return edit_normalized(nt, edits) if edits else nt
