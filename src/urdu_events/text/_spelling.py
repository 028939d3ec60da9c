"""Spelling habits of Urdu outlets that depend on a letter's place in the word or on the document.

:func:`normalize` folds what one character at a time can fold (Arabic yeh and
kaf, presentation forms, ``ۓ`` to ``ئے``, digits). Some habits of real sites can
only be read with context, and :func:`respell` folds them on the normalized text,
keeping the offset map (every span still points at the original characters):

- a Latin full stop, comma, question mark or semicolon written after an Urdu
  word (``گئے. پولیس``, ``پشاور, کوہاٹ``, ``کیوں? پولیس``, ``گئے; پولیس``) is
  Urdu's ``۔``, ``،``, ``؟`` or ``؛``;
- a space written before one of those marks after a word (``ہو گئے ۔``) is dropped, and a
  space is put after one with a word right after it (``ہو گئے۔پولیس``; the space maps to the
  mark);
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
- the perfectives of "لینا", "دینا", "کرنا" written with hamza (``لئے``, ``دئے``, ``کئے``,
  ``دیئے``, ``دئیے``, ``لیئے``) are ``لیے``, ``دیے``, ``کیے``, as lexicons and the reader write
  them (the ``ئ`` becomes ``ی``, or is dropped beside a ``ی``); ``گئے``, ``ہوئے`` stay;
- a word-initial ``ھ`` is ``ہ`` typed with the key Arabic keyboards give for an
  initial heh (``ھے``, ``ھلاک``): no Urdu word starts with ``ھ``, which only
  aspirates the consonant before it;
- the two hehs confused throughout a document: a text with no ``ھ`` at all writes
  its aspirates with heh goal (``بہی``, ``تہے``, ``ساتہ``), and a text with
  word-initial ``ھ`` writes every heh before a letter with it (``شھر``,
  ``رھا``) if at most one in ``HEH_GOAL_SLIPS`` of the hehs inside its words is heh
  goal (a text with ``اہلکار``, ``رہے`` has only the initial habit, and its ``کھا``
  stays). In such a text each word is read as the spelling of it, among the two
  hehs, that the word list (``data/words-ur.txt.gz``) ranks far above the one
  written (a form the list lacks by the forms of its stem; a place of the curated
  gazetteer lists kept as written, and taken for an unknown word; a two-word time
  of day kept). ``کہ`` and ``کھ``, ``کہا`` and ``کھا`` are both words, so a text
  that spells its hehs correctly is left alone.

- a keyboard without barree yeh or noon ghunna: a text with almost no ``ے`` (``ں``) that writes
  at least ``FINAL_MIN_WORDS`` words ending in ``ی`` (``ن``) whose spelling with ``ے`` (``ں``)
  the word list ranks ``FINAL_RANK_RATIO`` times above (``سی``, ``نی``, ``حملی``; ``مین``,
  ``ہین``), twice as many as the letters it writes, reads each such word so. "کی" and "کے",
  "ہی" and "ہے" are all common words: a pair of neighbouring words of a built-in lexicon's
  phrase written so gives the phrase's spelling (``کی مطابق`` is ``کے مطابق``, ``گولہ باری`` and
  ``جانی نقصان`` stay), "ہی" ending a clause is "ہے", and "کی" before a word in ``ے`` or a
  compound postposition is "کے"; a Latin letter's name beside another stays (``سی ٹی ڈی``). In
  a text without ``ں``, an oblique or feminine plural the list lacks of a word of the list
  (``گروہون``, ``گولیان``) takes ``ں`` too. Every fold is one letter for one: spans are kept.
  A text that writes the letters is left alone after counting them.

(Sindhi ``ڪ`` and Pashto ``ګ`` are kaf and gaf wherever they stand, so :func:`normalize` folds
them with the other one-letter variants.)

``docs/text.md`` ("Outlets' spelling habits") has the details and what each habit
cost before; ``benchmarks/variants.py`` measures them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Container
from typing import NamedTuple

from .._checks import URDU_LETTER_RANGES
from .._lazy_re import lazy_compile
from ._calendar import TIMES_OF_DAY
from ._normalize import NormalizedText, check_normalized, edit_normalized, fold
from ._unwrap import known_words
from ._util import word_set

__all__ = ["drop_old_hamza", "respell", "respelled_key"]

_LETTERS = URDU_LETTER_RANGES
#: A Latin full stop, comma, question mark or semicolon right after an Urdu letter, before a
#: space, a line break, a closing quote or bracket or the end: not a decimal point, not inside
#: a URL.
_LATIN_STOP = lazy_compile(rf"[.,?;](?:(?<=[{_LETTERS}].)|(?<=[{_LETTERS}][\"')\]].))(?![^\s\"')\]])")
#: The Urdu mark for each Latin one.
_URDU_STOP = {".": "۔", ",": "،", "?": "؟", ";": "؛"}
#: A space between an Urdu word and the full stop, comma, question mark or semicolon that ends
#: it ("ہو گئے ۔"): Urdu writes the mark right after the word. (The space comes first and the
#: letter is then looked behind, so ``re`` tries the pattern only at a space.)
_SPACE_BEFORE_STOP = lazy_compile(rf" (?=[۔،؟؛])(?<=[{_LETTERS}] )")
#: An Urdu full stop, comma, question mark or semicolon with the next word right after it
#: ("ہو گئے۔پولیس"): Urdu writes a space there.
_STOP_BEFORE_WORD = lazy_compile(rf"[۔،؟؛](?=[{_LETTERS}])")
#: A bare hamza yeh ending a word.
_FINAL_HAMZA = lazy_compile(rf"ئ(?<=[{_LETTERS}]ئ)(?![{_LETTERS}])")
#: Hamza yeh before waw after a long vowel, inside a word: the older spelling of ؤ.
_OLD_WAW_HAMZA = lazy_compile("ئ(?<=[اآو]ئ)(?=و)")
#: The perfectives "لیے", "دیے", "کیے" written with hamza: "لئے", "دیئے", "دئیے" (group 1: the
#: "ئ" read as "ی"; group 2: a "ئ" beside "ی", dropped). The first letter comes first and the
#: letter before it is then looked behind, so ``re`` tries the pattern only at those three letters.
_LIYE_HAMZA = lazy_compile(rf"[لدک](?<![{_LETTERS}].)(?:(ئ)|ی(ئ)|(ئ)ی)ے(?![{_LETTERS}])")
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
#: Barree ye and noon ghunna before a letter: they only end a word, so a word starts after them
#: (``space_glued`` puts the space there); the words between are read on their own
#: ("کےدیگرعلاقوں" is "کے" and "دیگرعلاقوں").
_WORD_END_INSIDE = lazy_compile(rf"[ںےۓ](?=[{_LETTERS}])")
#: The letters other than those three, as the characters of a class.
_INSIDE_LETTERS = "".join(
    c for c in map(chr, range(0x600, 0x700)) if re.fullmatch(f"[{_LETTERS}]", c) and c not in "ںےۓ"
)
#: A word of four letters or more read on its own (``_glued_runs``): a run of letters is cut after
#: each barree ye or noon ghunna before a letter, so a piece is letters with at most one of those
#: at its end; a shorter piece is skipped whole, since no match can start inside a piece. (The
#: first letter stands outside the alternation, so ``re`` skips in C to the next letter.)
_GLUED_RUN = lazy_compile(
    rf"[{_INSIDE_LETTERS}](?:[{_INSIDE_LETTERS}]{{3,}}[ںےۓ]?|[{_INSIDE_LETTERS}]{{2}}[ںےۓ])"
)
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
#: many most frequent words of the list ("افرادہلاک", "کمانڈرعلی").
GLUED_COMMON_RANK = 3000
#: A word of three letters or more read out of words run together is among this many of the
#: word list's most frequent words.
GLUED_MAX_RANK = 5000
#: A word of the list is read as words run together only if it is no more frequent than this
#: rank (the list, made from web text, holds the commonest of them: "گیاہے", "اورپاکستان") ...
GLUED_KNOWN_MIN_RANK = 5000
#: ... and each of its words is this many times more frequent (by rank) than it.
GLUED_KNOWN_RATIO = 10
#: ... and it ends in a copula, "کہ" or "میں" ("گیاہے", "بتایاکہ", "تعدادمیں") or starts with "اور" or "کا"
#: ("اورپاکستان", "کااظہار"): other splits of its words make words of their own ("بھرنے", "کوبرا").
_GLUED_KNOWN_TAILS = tuple(sorted(word_set("ہے ہیں تھا تھی تھے تھیں کہ میں")))
_GLUED_KNOWN_HEADS = ("اور", "کا")
#: A text runs words together when it has at least this many such words, or as many letters after
#: barree ye or noon ghunna ("کےدیگر"): a word or two may be a name the lists lack ("ہارپر" is
#: no "ہار پر"), and a text that writes its spaces is left alone.
GLUED_MIN_WORDS = 3
#: Rule sentences.glued-function-word: a turn word or postposition run into the word
#: after it is read off on its own even in a text that writes its other spaces (see
#: ``_glued_heads``).
GLUED_HEAD_RULE = "sentences.glued-function-word"
#: The word classes whose one-word entries are read off the front of a word (``_glued_heads``):
#: turn words and the postpositions of what is struck or reached. Conjunctions ("اور": a list of
#: places then splits into incidents of its own) and the genitive ("کا": "کالیا", "کاچن" are names)
#: lowered tuning sets when read so, and are left to the text-wide habit (``GLUED_MIN_WORDS``).
_GLUED_HEAD_CLASSES = (
    "turn",
    "struck_postposition",
    "limit_postposition",
)
#: The word read after a function word run into it (``_head_glued``), a place name or another,
#: has at least this many letters.
GLUED_NAME_MIN_LETTERS = 3
#: Persian plural endings: "تاجران" is the plural of "تاجر", not "تاج ران".
_PERSIAN_PLURALS = ("ان", "ین")
#: The longest word read out of words run together.
_MAX_GLUED_PIECE = 16
#: How many times more frequent (by rank) the other spelling must be to be read instead.
HEH_RANK_RATIO = 3
#: A text with word-initial do-chashmi swaps its other hehs only if at most one in this many of
#: the hehs inside its words before a letter is heh goal.
HEH_GOAL_SLIPS = 10
#: Heh goal and do-chashmi inside a word, before a letter.
_HEH_GOAL_INSIDE = lazy_compile(rf"ہ(?<=[{_LETTERS}]ہ)(?=[{_LETTERS}])")
_DOACHASHMEE_INSIDE = lazy_compile(rf"ھ(?<=[{_LETTERS}]ھ)(?=[{_LETTERS}])")
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


def _liye_edits(text: str) -> dict[int, str]:
    """The folds of "لئے", "دیئے", "دئیے" to "لیے", "دیے" (see the module)."""
    edits: dict[int, str] = {}
    if "ئے" not in text and "ئی" not in text:
        return edits
    for m in _LIYE_HAMZA.finditer(text):
        if m.start(1) >= 0:
            edits[m.start(1)] = "ی"
        else:
            edits[max(m.start(2), m.start(3))] = ""
    return edits


def respelled_key(s: str) -> str:
    """The lookup key of a name or word (:func:`fold`) with the folds of :func:`respell` that
    need only the word itself: a final bare ``ئ`` as ``ئی``, an old hamza on waw dropped, an
    initial ``ھ`` as ``ہ``, "لئے" as "لیے". What the reader compares a name the text wrote with
    a lexicon's words by, as it reads the words of the respelled text."""
    key = fold(s)
    if "ئ" in key:
        key = _FINAL_HAMZA.sub("ئی", key)
        key = _LIYE_HAMZA.sub(lambda m: m.group()[0] + "یے", key)
        key = drop_old_hamza(key)
    if "ھ" in key:
        key = _INITIAL_DOACHASHMEE.sub("ہ", key)
    return key


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


def _writes_doachashmee_inside(text: str) -> bool:
    """Whether ``text`` writes (nearly) every heh inside a word before a letter with do-chashmi:
    at most one in ``HEH_GOAL_SLIPS`` with heh goal. A text that writes "اہلکار", "رہے" with heh
    goal and only its word-initial hehs with do-chashmi ("ھو", "ھلاک") has the initial habit
    alone, and its "کھا" is no "کہا"."""
    goal = len(_HEH_GOAL_INSIDE.findall(text))
    return goal * HEH_GOAL_SLIPS <= len(_DOACHASHMEE_INSIDE.findall(text))


def _heh_edits(text: str, initial: list[int]) -> dict[int, str]:
    """The heh swaps of a document that writes its hehs one way throughout (see the module)."""
    if "ھ" not in text:
        swap = ("ہ", "ھ")  # aspirates written with heh goal
    elif initial and _writes_doachashmee_inside(text):
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


@functools.cache
def _glued_heads() -> frozenset[str]:
    """The function words read off the front of a word on their own (sentences.glued-function-word):
    the one-word entries of the turn-word and postposition classes (``_GLUED_HEAD_CLASSES``) of
    two letters or more that end in a letter that does not join the next one, so that the space
    after them is invisible ("ادھر", "پر", "کو")."""
    from ._word_classes import class_words

    words = {fold(w) for name in _GLUED_HEAD_CLASSES for w in class_words(name) if " " not in w}
    return frozenset(w for w in words if len(w) >= 2 and w[-1] in _NON_JOINING)


@functools.cache
def _curated_places() -> _CuratedPlaces:
    """The gazetteer's curated names, loaded once (only for a text with a word that may be one)."""
    return _CuratedPlaces()


@functools.lru_cache(maxsize=1 << 15)
def _head_glued_name(word: str) -> tuple[str, ...] | None:
    """A function word of ``_glued_heads`` and a place name of the gazetteer's curated lists run
    together ("ادھرکورنگی"), as its two words, or ``None``: a word the list lacks or ranks rare,
    itself no name of the gazetteer, whose rest after the function word is a curated name of
    ``GLUED_NAME_MIN_LETTERS`` letters or more (one word: "ادھرسانگھڑ")."""
    heads = [h for h in _glued_heads() if word.startswith(h) and len(word) - len(h) >= GLUED_NAME_MIN_LETTERS]
    if not heads:
        return None
    from ..gazetteer import default_gazetteer  # loaded only for a text with such a word

    if default_gazetteer(plugins=False).holds_word(word):
        return None
    for head in sorted(heads, key=len, reverse=True):
        if word[len(head) :] in _curated_places():
            return (head, word[len(head) :])
    return None


def _head_glued(word: str, pieces: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The words of ``word`` if it is a function word of ``_glued_heads`` run into one word
    (sentences.glued-function-word): read so in any text, as a writer slips a space more often
    after a short function word than anywhere else and the word list or the gazetteer tells the
    word after it. ``pieces``: what ``_glued_word`` reads it as."""
    if pieces is None:
        return _head_glued_name(word)
    if len(pieces) != 2 or pieces[0] not in _glued_heads():
        return None
    rest = pieces[1]  # a word, not a verb or particle of two letters after a name ("کالیا", "کاکہ")
    return pieces if len(rest) >= GLUED_NAME_MIN_LETTERS and rest not in _FUNCTION_WORDS else None


def _glued_runs(text: str) -> list[tuple[int, str]]:
    """The words of four letters or more of ``text`` with their offsets, a word with barree ye or
    noon ghunna before a letter read as the words after each (``_WORD_END_INSIDE``)."""
    return [(m.start(), m.group()) for m in _GLUED_RUN.finditer(text)]


def _has_word_ends_inside(text: str) -> bool:
    """Whether ``text`` has at least ``GLUED_MIN_WORDS`` letters after barree ye or noon ghunna."""
    it = _WORD_END_INSIDE.finditer(text)
    return all(next(it, None) is not None for _ in range(GLUED_MIN_WORDS))


def _glued_edits(text: str) -> dict[int, str]:
    """A space after each word but the last of words run together (see the module), in a text with
    at least ``GLUED_MIN_WORDS`` of them."""
    # The words are found in C first: most texts have none run together, and need no offsets;
    # nor does a text with too few of them, which is told from the words alone.
    words = _GLUED_RUN.findall(text)
    rare = set(words).difference(_common_words())
    glued = _glued_words(rare)
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    heads = on(GLUED_HEAD_RULE)
    if not glued and not heads:
        return {}
    # as many letters after barree ye or noon ghunna ("کےدیگر") show the habit as well: one or
    # two are slips a text that writes its spaces makes too ("ہونےوالی")
    habit = sum(w in glued for w in words) >= GLUED_MIN_WORDS or _has_word_ends_inside(text)
    if heads:  # a function word run into the next word is read off in any text
        found = {w: h for w in rare if (h := _head_glued(w, glued.get(w))) is not None}
        glued = {**glued, **found} if habit else found
    elif not habit:
        return {}
    if not glued:
        return {}
    edits: dict[int, str] = {}
    for p, word in _glued_runs(text):
        pieces = glued.get(word)
        if pieces is None:
            continue
        for piece in pieces[:-1]:
            p += len(piece)
            edits[p - 1] = text[p - 1] + " "
    return edits


class _FinalHabit(NamedTuple):
    """A word-final letter an outlet writes as another: ``meant`` written ``written``."""

    written: str
    meant: str
    #: A text is looked at only if fewer than one character in this many is ``meant``
    #: (a text that writes the letter as news copy does is left alone at once).
    density: int


#: Final "ے" written "ی" (or Arabic "ي", which normalization folds to "ی"): a keyboard with no
#: barree yeh. Final "ں" written "ن": a keyboard with no noon ghunna.
FINAL_HABITS = (_FinalHabit("ی", "ے", 100), _FinalHabit("ن", "ں", 200))
#: How many times more frequent (by rank + 1) the word with the meant letter must be than the word
#: as written ("سی" is "سے", "مین" is "میں"; "کی" and "کے", "جان" and "جاں" are both words, and
#: a pair of a lexicon's phrase or the words after it decide).
FINAL_RANK_RATIO = 10
#: A text has the habit when at least this many of its words read so ...
FINAL_MIN_WORDS = 3
#: ... and they are at least this many times as many as the meant letters it writes.
FINAL_HABIT_RATIO = 2
#: The words after which a genitive is "کے", never "کی" (compound postpositions: "کے مطابق",
#: "کے خلاف", "کے بعد"): in a text that writes "ے" as "ی", "کی" before them is "کے".
_KE_HEADS = word_set(
    "مطابق خلاف بعد دوران ساتھ لیے لئے لیئے قریب نزدیک باوجود علاوہ پاس اندر باہر درمیان تحت بغیر "
    "اوپر سبب باعث ہاتھوں ذریعے بارے حوالے نتیجے سامنے پیچھے بجائے روز دن وقت موقع"
)
#: The words read from the words after them, not from the word list ("کی" and "کے", "ہی" and
#: "ہے" are all among its commonest words).
_CONTEXT_WORDS = frozenset(("کی", "ہی"))
#: The names of Latin letters, as a text that writes "ے" as "ی" has them ("سی ٹی ڈی", "ایف سی"):
#: a word beside one is a letter of an abbreviation ("سی" is no "سے" there).
_LETTER_NAMES = word_set("بی سی ڈی ٹی پی ای جی ایف ایس ایم این ایل آر ایچ آئی وی زیڈ یو او کیو ڈبلیو ایکس")
#: The endings of oblique and feminine plurals, written with "ن" for "ں" ("حملون", "گولیان").
_NOON_PLURALS = ("ون", "ین", "ان")
#: What ends a clause after a copula: "ہی" there is "ہے" (the emphatic "ہی" stands inside one).
_CLAUSE_END = frozenset('۔؟!،؛:\n")')
#: The words that start the next clause after a copula ("ہے کہ", "ہے اور", "ہے جبکہ").
_CLAUSE_NEXT = word_set("کہ اور جبکہ لیکن مگر تاہم کیونکہ جس")


def _final_word(word: str, habit: _FinalHabit, ranks: dict[str, int]) -> str | None:
    """The spelling of ``word`` (ending in ``habit.written``) with ``habit.meant`` last, if the
    word list ranks it ``FINAL_RANK_RATIO`` times above ``word`` (by rank + 1); else ``None``."""
    other = word[:-1] + habit.meant
    rank = ranks.get(other)
    if rank is None:
        return None
    own = ranks.get(word)
    return other if own is None or own + 1 >= FINAL_RANK_RATIO * (rank + 1) else None


def _plural_word(word: str, ranks: dict[str, int], places: Container[str]) -> str | None:
    """``word``, which the word list lacks, read with final "ں" as an oblique or feminine plural
    of a word of the list ("حملون" of "حملہ", "گولیان" of "گولی", "کانین" of "کان"), in a text
    that writes "ں" as "ن"; else ``None``. A place of the curated gazetteer lists is kept."""
    if word in ranks or not word.endswith(_NOON_PLURALS) or word in places:
        return None
    stem = word[:-2]
    if len(stem) < 2 or (word.endswith("ان") and not stem.endswith("ی")):
        return None
    return word[:-1] + "ں" if stem in ranks or _rank(word[:-1] + "ں", ranks) is not None else None


def _final_edits(text: str, habit: _FinalHabit) -> dict[int, str]:
    """The folds of a document that writes ``habit.meant`` as ``habit.written`` at the end of its
    words (see the module): none unless the text has the habit."""
    meant = text.count(habit.meant)
    if meant * habit.density >= len(text):
        return {}
    ranks = known_words()
    cache: dict[str, str | None] = {}
    words: list[tuple[int, str, str | None]] = []  # start, word, its reading
    found = 0
    for m in _HEH_WORD.finditer(text):
        word = m.group()
        if len(word) < 2 or word[-1] != habit.written:
            words.append((m.start(), word, None))
            continue
        if word not in cache:
            cache[word] = None if word in _CONTEXT_WORDS else _final_word(word, habit, ranks)
        other = cache[word]
        found += other is not None
        words.append((m.start(), word, other))
    if found < FINAL_MIN_WORDS or found < FINAL_HABIT_RATIO * meant:
        return {}
    edits: dict[int, str] = {}
    places = _CuratedPlaces() if habit.meant == "ں" else ()
    phrased = _phrase_words(text, words) if habit.meant == "ے" else {}
    for k, (start, word, other) in enumerate(words):
        end = start + len(word) - 1
        if word[-1] != habit.written:
            continue
        if k in phrased:
            other = phrased[k]
        elif habit.meant == "ں":
            if other is None:
                other = _plural_word(word, ranks, places)
        elif word in _LETTER_NAMES and _beside_letter_name(words, k):
            other = None
        elif other is None:
            other = _ye_in_context(text, word, end, words[k + 1] if k + 1 < len(words) else None)
        if other is not None:
            edits[end] = habit.meant
    return edits


def _phrase_words(text: str, words: list[tuple[int, str, str | None]]) -> dict[int, str | None]:
    """The words of ``words`` that stand in a pair of a lexicon phrase (:func:`_phrase_pairs`),
    by index, with the phrase's spelling (``None`` where it ends in "ی")."""
    pairs = _phrase_pairs()
    found: dict[int, str | None] = {}
    for k in range(len(words) - 1):
        (s0, a, _), (s1, b, _) = words[k], words[k + 1]
        meant = pairs.get((a, b))
        if meant is None or text[s0 + len(a) : s1] != " ":
            continue
        for i, w in ((k, meant[0]), (k + 1, meant[1])):
            if i not in found:
                found[i] = w if w[-1] == "ے" else None
    return found


def _lexicon_strings(value: object) -> list[str]:
    """The strings of a lexicon entry's values, lists and mappings included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _lexicon_strings(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _lexicon_strings(v)]
    return []


@functools.cache
def _phrase_pairs() -> dict[tuple[str, str], tuple[str, str] | None]:
    """The pairs of neighbouring words of the built-in lexicons' phrases one of which ends in "ے"
    or "ی", as a text with no "ے" writes them -> as the phrase writes them ("کی مطابق" ->
    "کے مطابق", "گولہ باری" and "جانی نقصان" as they are); ``None`` where two phrases write the
    same pair differently ("ہو گئی", "ہو گئے")."""
    from ..lexicons import builtin_lexicon, builtin_names  # loaded only for a text with the habit

    pairs: dict[tuple[str, str], tuple[str, str] | None] = {}
    for name in builtin_names():
        for entry in builtin_lexicon(name).entries:
            for phrase in _lexicon_strings(dict(entry)):
                if " " not in phrase or not _HEH_WORD.search(phrase):
                    continue
                words = fold(phrase).split()
                for a, b in itertools.pairwise(words):
                    if a[-1] in "یے" or b[-1] in "یے":
                        key = (a.replace("ے", "ی"), b.replace("ے", "ی"))
                        pairs[key] = (a, b) if pairs.get(key, (a, b)) == (a, b) else None
    return pairs


def _beside_letter_name(words: list[tuple[int, str, str | None]], k: int) -> bool:
    """Whether the ``k``-th word stands before or after the name of a Latin letter, as written in a
    text with no "ے" ("سی ٹی ڈی", "ایف سی"): a letter's name beside one is a letter of an
    abbreviation too."""
    before = k > 0 and words[k - 1][1] in _LETTER_NAMES
    return before or (k + 1 < len(words) and words[k + 1][1] in _LETTER_NAMES)


def _ye_in_context(text: str, word: str, end: int, after: tuple[int, str, str | None] | None) -> str | None:
    """``word`` read with final "ے" from the words after it, in a text that writes "ے" as "ی":
    "ہی" ending a clause is the copula "ہے"; "کی" before a word that ends in "ے" (a masculine
    oblique or plural: "کے حملے") or before a compound postposition or a masculine noun of time
    ("کے مطابق", "کے روز") is "کے"."""
    if word == "ہی":
        rest = text[end + 1 : end + 10].lstrip(" ")
        if not rest or rest[0] in _CLAUSE_END or rest.split(" ", 1)[0] in _CLAUSE_NEXT:
            return "ہے"
    elif word == "کی" and after is not None and text[end + 1 : after[0]] == " ":
        nxt = after[2] or after[1]
        if nxt == "خلاف" and text[after[0] + 5 : after[0] + 9] == "ورزی":  # "کی خلاف ورزی"
            return None
        if nxt in _KE_HEADS or (nxt.endswith("ے") and nxt not in _FUNCTION_WORDS):
            return "کے"
    return None


def _habit_edits(text: str) -> dict[int, str]:
    """The one-letter folds of a document's keyboard: the word-final letters of
    :data:`FINAL_HABITS` in a text that writes them so."""
    edits: dict[int, str] = {}
    for habit in FINAL_HABITS:
        edits.update(_final_edits(text, habit))
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
    habits = _habit_edits(text)
    if habits:  # one letter for one: the offset map is kept; the folds below read the words meant
        nt = edit_normalized(nt, habits)
        text = nt.text
    edits: dict[int, str] = {}
    for m in _LATIN_STOP.finditer(text):
        edits[m.start()] = _URDU_STOP[m.group()]
    edits.update(dict.fromkeys((m.start() for m in _SPACE_BEFORE_STOP.finditer(text)), ""))
    edits.update({m.start(): m.group() + " " for m in _STOP_BEFORE_WORD.finditer(text)})
    for m in _FINAL_HAMZA.finditer(text):
        edits[m.start()] = "ئی"
    if "ئو" in text:
        edits.update(dict.fromkeys((m.start() for m in _OLD_WAW_HAMZA.finditer(text)), ""))
    edits.update(_liye_edits(text))
    edits.update(_glued_edits(text))
    initial = [m.start() for m in _INITIAL_DOACHASHMEE.finditer(text)]
    edits.update(dict.fromkeys(initial, "ہ"))
    edits.update(_heh_edits(text, initial))
    return edit_normalized(nt, edits) if edits else nt
