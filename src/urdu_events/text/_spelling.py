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
- the older house spelling of hamza on waw as hamza and waw after a long vowel
  (``جنگجوئوں``, ``پتھرائو``, ``گائوں``, ``آئو``) is ``ؤ``, which normalization folds to
  ``و`` (``جنگجووں``, ``پتھراو``): the ``ئ`` is dropped, so the word reads as its
  ``ؤ`` spelling everywhere (lexicons, claim cues, the gazetteer, which adds the
  same fold of each of its names written so, GeoNames' "ناسائو"); after a consonant
  ``ئو`` is a vowel break of a foreign name or of "گئو" (cow) and stays ("سئول",
  "لئون");
- a space after a letter that does not join the next one (``ا آ د ڈ ذ ر ڑ ز ژ و``)
  is invisible, and outlets leave it out (``اورپولیس``, ``پرفائرنگ``, ``کوگرفتار``,
  ``افرادہلاک``, ``گیاہے``). A word the word list lacks, that is no inflection of a
  word of the list and no name of the gazetteer, is read as the words of the list it
  splits into after such letters (the split with the fewest, most frequent words;
  words of two letters only among a few short function words, ``کو``, ``پر``,
  ``کا``, ...; no inflectional ending or "یا" last, "ملایا"; no second element of a
  place name, "شیرآباد", "یوسفزئی"), where one of them is a short function word
  (postposition, conjunction, copula, auxiliary, light verb) and the others are among
  the list's ``GLUED_MAX_RANK`` most frequent, or where all of them are among the
  ``GLUED_COMMON_RANK`` most frequent. The list, made from web text, holds the commonest
  words run together: one of them rarer than ``GLUED_KNOWN_MIN_RANK`` is read so only
  after "اور" or "کا" or before a copula or "کہ", its words ``GLUED_KNOWN_RATIO``
  times more frequent. A space is put after each word but the last, only in a text with
  at least ``GLUED_MIN_WORDS`` such words: a word or two may be names the lists lack,
  and a text that writes its spaces is left alone;
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

import bisect
import functools
import math
import re
from collections.abc import Container
from typing import NamedTuple

from .._checks import URDU_LETTER_RANGES
from .._lazy_re import lazy_compile
from ._calendar import TIMES_OF_DAY
from ._normalize import NormalizedText, check_normalized, edit_normalized
from ._unwrap import known_words
from ._util import word_set

__all__ = ["drop_old_hamza", "respell"]

_LETTERS = URDU_LETTER_RANGES
#: A Latin full stop, comma, question mark or semicolon right after an Urdu letter, before a
#: space, a line break, a closing quote or bracket or the end: not a decimal point, not inside
#: a URL.
_LATIN_STOP = lazy_compile(rf"[.,?;](?:(?<=[{_LETTERS}].)|(?<=[{_LETTERS}][\"')\]].))(?![^\s\"')\]])")
#: The Urdu mark for each Latin one.
_URDU_STOP = {".": "۔", ",": "،", "?": "؟", ";": "؛"}
#: A bare hamza yeh ending a word.
_FINAL_HAMZA = lazy_compile(rf"ئ(?<=[{_LETTERS}]ئ)(?![{_LETTERS}])")
#: Hamza yeh before waw after a long vowel, inside a word: the older spelling of ؤ.
_OLD_WAW_HAMZA = lazy_compile("ئ(?<=[اآو]ئ)(?=و)")
#: Do-chashmi heh starting a word.
_INITIAL_DOACHASHMEE = lazy_compile(rf"ھ(?<![{_LETTERS}]ھ)")
#: A word with a heh after its first letter.
_HEH_WORD = lazy_compile(rf"[{_LETTERS}]+")
#: Times of day of two words ("سہ پہر"): the date reader's phrases, kept as written (پہر is
#: a word there, not پھر misspelled).
_TIME_PHRASE = lazy_compile(
    "|".join(rf"(?<![{_LETTERS}]){re.escape(p)}(?![{_LETTERS}])" for p in TIMES_OF_DAY if " " in p)
)
#: Letters that do not join the next one: a space after them is invisible.
_NON_JOINING = frozenset("اآدڈذرڑزژو")
#: A word of four letters or more: words run together, maybe.
_GLUED_CANDIDATE = lazy_compile(rf"[{_LETTERS}]{{4,}}")
#: The words of two letters read as a word run together with the next one ("کوگرفتار").
_SHORT_GLUED = word_set(
    "کو پر کر دو ہو جو تو نو سو اس ان جا آج آپ کا کی کے سے نے ہی ہے یا تک کہ جس جن جب اب سب یہ وہ"
)
#: The short function words that writers run into the word beside them (postpositions,
#: conjunctions, copulas, auxiliaries and light verbs): words run together are read only where one
#: of them is among the words (two content words glued, "غیرمقامی", are a compound as often).
_FUNCTION_WORDS = word_set(
    "اور پر کو کر سے میں نے کا کی کے تک بھی ہی ہے ہیں تھا تھی تھے گیا گئی گئے کیا کیے دیا دی دیے "
    "لیا لی لیے جو تو یا کہ ہو ہوا ہوئے ہوئی جا جائے کرنا کرنے کرتے"
)
#: Words run together with no function word among them are read only where each is among this
#: many most frequent words of the list ("افرادہلاک").
GLUED_COMMON_RANK = 1000
#: A word of three letters or more read out of words run together is among this many of the
#: word list's most frequent words.
GLUED_MAX_RANK = 5000
#: A word of the list is read as words run together only if it is no more frequent than this
#: rank (the list, made from web text, holds the commonest of them: "گیاہے", "اورپاکستان") ...
GLUED_KNOWN_MIN_RANK = 5000
#: ... and each of its words is this many times more frequent (by rank) than it.
GLUED_KNOWN_RATIO = 10
#: ... and it ends in a copula or "کہ" ("گیاہے", "بتایاکہ") or starts with "اور" or "کا"
#: ("اورپاکستان", "کااظہار"): other splits of its words make words of their own ("بھرنے", "کوبرا").
_GLUED_KNOWN_TAILS = tuple(sorted(word_set("ہے ہیں تھا تھی تھے تھیں کہ")))
_GLUED_KNOWN_HEADS = ("اور", "کا")
#: A text runs words together when it has at least this many such words: a word or two may be
#: a name the lists lack ("ہارپر" is no "ہار پر"), and a text that writes its spaces is left alone.
GLUED_MIN_WORDS = 3
#: Persian plural endings: "تاجران" is the plural of "تاجر", not "تاج ران".
_PERSIAN_PLURALS = ("ان", "ین")
#: The longest word read out of words run together.
_MAX_GLUED_PIECE = 16
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


def drop_old_hamza(s: str) -> str:
    """``s`` with the ``ئ`` of each older spelling of hamza on waw after a long vowel dropped
    ("گائوں" -> "گاوں", the fold of "گاؤں"): what :func:`respell` reads, for a folded key
    (the gazetteer adds it to each of its names so written, "ناسائو")."""
    return _OLD_WAW_HAMZA.sub("", s) if "ئو" in s else s


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


@functools.cache
def _name_elements() -> frozenset[str]:
    """The second elements of compound place names, written glued as often as apart ("شیرآباد",
    "نوابپور", "یوسفزئی"): a word that holds one after its first part is a name, not words run
    together (word classes ``place_name_suffix`` and ``toponym_final_word``, and "آباد")."""
    from ..extractors._grammar import word_list  # imported on first use: lexicons load late

    return frozenset({"آباد", *word_list("place_name_suffix"), *word_list("toponym_final_word")})


def _glued_split(word: str, ranks: dict[str, int]) -> list[str] | None:
    """The words of the list that ``word`` splits into after its non-joining letters (see the
    module), the split whose words are the most frequent, or ``None``."""
    n = len(word)
    cuts = [0, *(i + 1 for i in range(n - 1) if word[i] in _NON_JOINING), n]
    if len(cuts) == 2:
        return None
    # best[k]: the cheapest split of word[:cuts[k]] into words (cost, words)
    best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * (len(cuts) - 1)
    for k in range(1, len(cuts)):
        j = cuts[k]
        # only the cuts a piece can start from (no longer than _MAX_GLUED_PIECE): linear in the word
        for h in range(bisect.bisect_left(cuts, j - _MAX_GLUED_PIECE, 0, k), k):
            before = best[h]
            i = cuts[h]
            if before is None:
                continue
            piece = word[i:j]
            if i and j == n and (piece in _ENDINGS or piece == "یا"):  # "جہاد|یوں", "ملا|یا": endings
                continue
            rank = ranks.get(piece)
            if rank is None or (rank >= GLUED_MAX_RANK if len(piece) > 2 else piece not in _SHORT_GLUED):
                continue
            cost = before[0] + math.log(rank + 2) + 3.0  # fewer, more frequent words
            found = best[k]
            if found is None or cost < found[0]:
                best[k] = (cost, [*before[1], piece])
    split = best[-1]
    return split[1] if split is not None and len(split[1]) > 1 else None


@functools.cache
def _common_words() -> frozenset[str]:
    """The words of the list never read as words run together (more frequent than
    ``GLUED_KNOWN_MIN_RANK``): most words of a text, set aside in one set difference."""
    return frozenset(w for w, r in known_words().items() if r < GLUED_KNOWN_MIN_RANK)


def _glued_words(words: set[str]) -> dict[str, tuple[str, ...]]:
    """Of ``words``, those read as words run together (see the module), with their words."""
    glued = {}
    for word in words:
        pieces = _glued_word(word)
        if pieces is not None:
            glued[word] = pieces
    return glued


@functools.lru_cache(maxsize=1 << 15)
def _glued_word(word: str) -> tuple[str, ...] | None:
    """The words ``word`` is read as when written run together (see the module), or ``None``;
    decided once per word and process (a text's rare words recur across documents)."""
    ranks = known_words()
    rank = ranks.get(word)
    if rank is not None and not (word.startswith(_GLUED_KNOWN_HEADS) or word.endswith(_GLUED_KNOWN_TAILS)):
        return None
    pieces = _glued_split(word, ranks)
    if pieces is None or not _name_elements().isdisjoint(pieces[1:]):
        return None
    if rank is None and _rank(word, ranks) is not None:  # an inflection of a word of the list
        return None
    if word.endswith(_PERSIAN_PLURALS) and word[:-2] in ranks:  # "تاجران" of "تاجر"
        return None
    if _FUNCTION_WORDS.isdisjoint(pieces) and max(ranks[p] for p in pieces) >= GLUED_COMMON_RANK:
        return None
    if rank is not None and (
        (pieces[-1] not in _GLUED_KNOWN_TAILS and pieces[0] not in _GLUED_KNOWN_HEADS)
        or max(ranks[p] for p in pieces) * GLUED_KNOWN_RATIO > rank
    ):
        return None  # a word of the list: only a copula or "کہ" after it, "اور" or "کا" before it
    from ..gazetteer import default_gazetteer  # loaded only for a text with such a word

    if default_gazetteer(plugins=False).holds_word(word):
        return None
    return tuple(pieces)


def _glued_edits(text: str) -> dict[int, str]:
    """A space after each word but the last of words run together (see the module), in a text with
    at least ``GLUED_MIN_WORDS`` of them."""
    found = _GLUED_CANDIDATE.findall(text)
    glued = _glued_words(set(found).difference(_common_words()))
    if not glued or sum(w in glued for w in found) < GLUED_MIN_WORDS:
        return {}
    edits: dict[int, str] = {}
    for m in _GLUED_CANDIDATE.finditer(text):
        pieces = glued.get(m.group())
        if pieces is None:
            continue
        p = m.start()
        for piece in pieces[:-1]:
            p += len(piece)
            edits[p - 1] = text[p - 1] + " "
    return edits


def respell(nt: NormalizedText) -> NormalizedText:
    """Fold the spelling habits of real outlets that need context (see the module docstring).

    Args:
        nt: A normalized text.

    Returns:
        The text with ``۔ ، ؟ ؛ ئی ہ ھ`` where the habit wrote otherwise, without the
        ``ئ`` of an old hamza on waw and with a space between words run together (the
        space maps to the letter before it), with its offset map (``nt`` itself when there is
        nothing to fold): a ``ئی`` made from a bare ``ئ`` maps both letters to it, and a
        span across a dropped ``ئ`` still covers it.
    """
    text = check_normalized(nt).text
    edits: dict[int, str] = {}
    for m in _LATIN_STOP.finditer(text):
        edits[m.start()] = _URDU_STOP[m.group()]
    for m in _FINAL_HAMZA.finditer(text):
        edits[m.start()] = "ئی"
    if "ئو" in text:
        edits.update(dict.fromkeys((m.start() for m in _OLD_WAW_HAMZA.finditer(text)), ""))
    edits.update(_glued_edits(text))
    initial = [m.start() for m in _INITIAL_DOACHASHMEE.finditer(text)]
    edits.update(dict.fromkeys(initial, "ہ"))
    edits.update(_heh_edits(text, initial))
    return edit_normalized(nt, edits) if edits else nt
