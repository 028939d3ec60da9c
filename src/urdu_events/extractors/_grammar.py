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

The same holds for the table of trigger kinds (``trigger_kinds.json``): the rules ask
which kinds have a property ("deliberate", "follow_up") with :func:`kinds_with`, and
which family a kind belongs to with :func:`kind_families`, and the typing rules read a
kind's typed columns ("by_protesters", "unless_civilians") from its row, :func:`kind_row`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Literal, cast, get_args

from .._lazy_re import lazy_compile
from ..exceptions import InvalidArgumentError
from ..lexicons import Lexicon, lexicons_for
from ..lexicons._load import entry_problems
from ..lexicons.entries import TriggerKind, TriggerKindEntry, WordClassEntry, WordMatch
from ._incident_lexicon import Paradigm, load_paradigms

__all__ = [
    "KindTrait",
    "case_markers",
    "first_words",
    "kind_families",
    "kind_row",
    "kinds_with",
    "leading_runs",
    "phrase_trie",
    "word_alternation",
    "word_class",
    "word_classes",
    "word_list",
    "word_set",
]

#: The yes-or-no columns of the trigger-kind table (see ``TriggerKindEntry``).
KindTrait = Literal[
    "deliberate",
    "accident_prone",
    "struck",
    "fired",
    "weapon",
    "patient",
    "taken",
    "generic",
    "follow_up",
    "typed_by_actors",
    "crowd",
    "weapon_types",
    "damage_only",
]


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
        by_match[entry.match].extend(_words(entry))
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
    # One group, as the pattern was: it may stand inside another.
    return "(?:" + words_first(_alternation(words), tail) + ")"


def word_classes(*names: str) -> str:
    """The pattern matching one word of any of the classes ``names``: what
    ``word_class(a)|word_class(b)|...`` matches, as one alternation.

    When every class has only whole words, each starting with a letter, and no ``unless``
    list, their words are one alternation written first letter first (each class's words in
    :func:`word_class`'s order, the classes in the order given, so a place tries what the
    joined patterns would, in the same order), and ``re`` skips in C the characters no word
    starts with; the joined patterns are two alternations, and ``re`` has no first letter
    of either to skip to.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has one of the classes,
            or one of its entries is invalid.
    """
    alternations = []
    for name in names:
        entries = _entries(name)
        words = [w for entry in entries for w in _words(entry)]
        if any(entry.match != "word" or entry.unless for entry in entries) or not all(
            w[:1].isalpha() for w in words
        ):
            return "|".join(map(word_class, names))
        alternations.append(_alternation(words))
    return "(?:" + words_first("|".join(alternations), r"(?!\w)") + ")"


@functools.cache
def word_set(name: str, *, folded: bool = True) -> frozenset[str]:
    """The words of class ``name`` (entries that match whole words), as written, as the
    normalized text spells them and folded, for rules that test one word at a time; without
    the folded forms if not ``folded`` (for a rule that tests the words of the normalized text).

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class.
    """
    from ..text import fold  # the text layer loads its tables on first use

    words: set[str] = set()
    for entry in _entries(name):
        if entry.match == "word":
            words.update(_words(entry))
            if folded:
                words.update(map(fold, _words(entry)))
    return frozenset(words)


#: A run of word characters (what ``\\w+`` matches), as the words of a text are.
_WORD_RUN = lazy_compile(r"\w+")


@functools.cache
def first_words(name: str) -> frozenset[str] | None:
    """The first word of each phrase of class ``name``, when every match of
    :func:`word_class` starts with one of them standing as a whole word: every entry matches
    whole words (no stem, no part, no ``unless`` list) and every first word is made of word
    characters. ``None`` otherwise.

    A rule that searches a stretch of text for the class can then try the pattern only
    where such a word starts, instead of letting ``re`` try every character.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class.
    """
    firsts: set[str] = set()
    for entry in _entries(name):
        if entry.match != "word" or entry.unless:
            return None
        for words in _words(entry):
            first = words.split(" ", 1)[0]
            if not _WORD_RUN.fullmatch(first):
                return None
            firsts.add(first)
    return frozenset(firsts)


@functools.cache
def leading_runs(name: str) -> frozenset[str] | None:
    """The first run of word characters of each whole word or phrase of class ``name`` (those
    :func:`word_alternation` gives), or ``None`` if one of them does not start with a word
    character.

    Where the alternation matches after no word character (``(?<!\\w)``), the match starts
    with one of these runs, and that run is a whole word of the text (a run of word characters
    that nothing of the kind adjoins): a text none of whose words is among them holds no match,
    which a rule can tell once per document instead of searching each stretch of the text.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class.
    """
    runs: set[str] = set()
    for entry in _entries(name):
        if entry.match != "word":
            continue
        for words in _words(entry):
            run = _WORD_RUN.match(words)
            if run is None:
                return None
            runs.add(run.group())
    return frozenset(runs)


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
            words.update(dict.fromkeys(map(fold, _words(entry))))
    return tuple(words)


@functools.cache
def word_alternation(name: str, match: WordMatch = "word") -> str:
    """The whole words and phrases of class ``name`` (or its stems, with ``match="start"``)
    as one bare alternation, as written and in lexicon order, for a rule whose pattern puts
    its own boundaries around the words (a space before, a glued postposition after).

    The words are not folded: a class may list a marked spelling ("نمازِ جنازہ") next to
    the plain one, as the normalized text may have either.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class.
    """
    return "|".join(map(re.escape, _class_words(name, match)))


def case_markers(*, limit: bool = False, ergative: bool = False) -> str:
    """The postpositions that end a noun phrase, as one bare alternation: the case markers
    (word class ``case_marker``: "میں", "کے", "کو" ...), with ``limit`` also "تک"
    (``limit_postposition``) and with ``ergative`` also "نے" (``ergative``), ergative first.

    A rule puts its own boundaries around it, as with :func:`word_alternation`.
    """
    names = ("ergative",) * ergative + ("case_marker",) + ("limit_postposition",) * limit
    return "|".join(word_alternation(name) for name in names)


@functools.cache
def phrase_trie(name: str, match: WordMatch = "word", space: str = r"\s") -> str:
    r"""The whole words and phrases of class ``name`` (or its stems, with ``match="start"``) as
    one bare pattern factored by common prefixes, each space between the words of a phrase
    matching ``space``: ``\s`` (any one white-space character, as a rule written with ``\s``
    between the words of its phrase had it) or ``\s?`` (none or one, for abbreviations written
    apart or together: "ایف آئی آر", "ایفآئیآر").

    A pattern factored like this matches the same strings as the alternation of the phrases,
    and ``re`` rejects most places after one character, as it did the phrases the rules spelled
    out factored ("الزام\s(?:بھی\s)?(?:لگا|عائد)"). Where one phrase starts another, the
    longer is tried first, not the one first in the lexicon: for rules that ask whether a phrase
    stands at a place, or whose phrases cannot both match there.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class.
    """
    from ..text._util import trie_branches  # the text layer loads its tables on first use

    return "|".join(trie_branches(_class_words(name, match))).replace(re.escape(" "), space)


def _class_words(name: str, match: WordMatch) -> dict[str, None]:
    """The words of class ``name`` read with ``match``, in lexicon order, each once (as the
    keys of a dict), unfolded.

    Raises:
        InvalidArgumentError: If no built-in ``word_classes`` lexicon has the class.
    """
    words: dict[str, None] = {}
    for entry in _entries(name):
        if entry.match == match:
            words.update(dict.fromkeys(_words(entry)))
    return words


def _words(entry: WordClassEntry) -> tuple[str, ...]:
    """The entry's words, each followed by its inflections when the entry names a paradigm,
    and each form written with marks that normalization removes ("فوراً", "اُدھر") followed by
    its normalized spelling, which is what the rules' texts hold.

    Raises:
        InvalidArgumentError: If the paradigm is not one of the built-in ``paradigms`` lexicon.
    """
    forms: tuple[str, ...]
    if entry.paradigm is None:
        forms = entry.words
    else:
        paradigms = _paradigms()
        paradigm = paradigms.get(entry.paradigm)
        if paradigm is None:
            raise InvalidArgumentError(
                f"word class {entry.term!r} names an unknown paradigm {entry.paradigm!r}; "
                f"known: {', '.join(sorted(paradigms))}"
            )
        forms = tuple(form for word in entry.words for form in (word, *paradigm.inflect(word)))
    return _with_normalized(forms)


def _with_normalized(forms: tuple[str, ...]) -> tuple[str, ...]:
    """``forms``, each followed by its normalized spelling where that differs and is not
    among them already (the words as a linguist writes them, and as the text holds them)."""
    from ..text import normalize  # the text layer loads its tables on first use

    out: dict[str, None] = {}
    for form in forms:
        out[form] = None
        out.setdefault(normalize(form).text, None)
    return tuple(out)


@functools.cache
def _paradigms() -> dict[str, Paradigm]:
    """The built-in paradigms, by name (word classes, like the rules, read no plugin's)."""
    return load_paradigms(plugins=False)


#: The typed entries of each word_classes lexicon read so far, by class name, by the lexicon's
#: id (with the lexicon itself, which keeps the id from being reused): the readers ask for some
#: hundred classes at import, and each would otherwise type and scan every entry of the file again.
_PARSED: dict[int, tuple[Lexicon, dict[str, list[WordClassEntry]]]] = {}


def _parsed(lexicon: Lexicon) -> dict[str, list[WordClassEntry]]:
    """The entries of a ``word_classes`` lexicon, typed once, by class name (in file order).

    A built lexicon of the kind holds them typed already (checked when it was built); others
    are typed here.

    Raises:
        InvalidArgumentError: If an entry is invalid.
    """
    known = _PARSED.get(id(lexicon))
    if known is not None and known[0] is lexicon:
        return known[1]
    typed = lexicon.typed_entries if lexicon.kind == "word_classes" else None
    if typed is None:
        typed, problems = entry_problems("word_classes", lexicon.entries)
        if problems:
            raise InvalidArgumentError(f"lexicon {lexicon.name!r}: " + "; ".join(problems))
    by_class: dict[str, list[WordClassEntry]] = {}
    for entry in cast("tuple[WordClassEntry, ...]", typed):
        by_class.setdefault(entry.term, []).append(entry)
    _PARSED[id(lexicon)] = (lexicon, by_class)
    return by_class


def _entries(name: str) -> list[WordClassEntry]:
    """The entries of class ``name`` in the built-in ``word_classes`` lexicons.

    Raises:
        InvalidArgumentError: If an entry is invalid or no entry has the class.
    """
    found: list[WordClassEntry] = []
    for lexicon in lexicons_for("word_classes", plugins=False):
        found += _parsed(lexicon).get(name, ())
    if not found:
        raise InvalidArgumentError(f"no word class {name!r} in the word_classes lexicons")
    return found


@functools.cache
def kinds_with(trait: KindTrait) -> frozenset[str]:
    """The trigger kinds whose row of the built-in ``trigger_kinds`` table has ``trait``.

    Raises:
        InvalidArgumentError: If the table is invalid or lacks a row for a trigger kind.
    """
    if trait not in get_args(KindTrait):
        raise InvalidArgumentError(
            f"no trigger-kind trait {trait!r}; known: {', '.join(get_args(KindTrait))}"
        )
    return frozenset(row.term for row in _kind_rows() if getattr(row, trait))


def kind_families() -> dict[str, str]:
    """The family of each trigger kind that has one ("explosion", "remote"), by kind.

    Raises:
        InvalidArgumentError: If the table is invalid or lacks a row for a trigger kind.
    """
    return {row.term: row.family for row in _kind_rows() if row.family is not None}


@functools.cache
def kind_row(kind: str) -> TriggerKindEntry:
    """The row of the built-in ``trigger_kinds`` table for ``kind``: what the typing rules read
    of it (which actors decide its sub-event type, and to what).

    Raises:
        InvalidArgumentError: If the table is invalid or has no row for ``kind``.
    """
    for row in _kind_rows():
        if row.term == kind:
            return row
    raise InvalidArgumentError(f"no row for trigger kind {kind!r} in the trigger_kinds table")


@functools.cache
def _kind_rows() -> tuple[TriggerKindEntry, ...]:
    """The rows of the built-in ``trigger_kinds`` lexicons, one per trigger kind.

    Raises:
        InvalidArgumentError: If a row is invalid, a kind has two rows or none.
    """
    rows: list[TriggerKindEntry] = []
    for lexicon in lexicons_for("trigger_kinds", plugins=False):
        entries, problems = entry_problems("trigger_kinds", lexicon.entries)
        if problems:
            raise InvalidArgumentError(f"lexicon {lexicon.name!r}: " + "; ".join(problems))
        rows += entries
    terms = [row.term for row in rows]
    doubled = sorted({t for t in terms if terms.count(t) > 1})
    missing = [k for k in get_args(TriggerKind) if k not in terms]
    if doubled or missing:
        raise InvalidArgumentError(
            "the trigger_kinds table needs one row per trigger kind: "
            + "; ".join(
                ([f"two rows for {', '.join(doubled)}"] if doubled else [])
                + ([f"no row for {', '.join(missing)}"] if missing else [])
            )
        )
    return tuple(rows)


def whole_words(alternatives: str) -> str:
    r"""A pattern for any of ``alternatives`` ("a|b|...") as a whole word: ``(?<!\w)(?:a|b|...)(?!\w)``.

    Each alternative is a regex without ``|`` that starts with a letter. The pattern
    is written with that letter first in every branch (``ج(?<!\wج)(?:بکہ|ب کہ)(?!\w)``),
    which matches the same text; ``re`` then skips in C the characters no branch
    starts with, instead of trying the lookbehind at every one.
    """
    return words_first(alternatives, r"(?!\w)")


def words_first(alternatives: str, tail: str = "") -> str:
    r"""A pattern for any of ``alternatives`` ("a|b|...") where a word starts, each followed by
    ``tail``: ``(?<!\w)(?:a|b|...)`` then ``tail``, as a bare alternation (put a group around it
    to follow it with more).

    Each alternative is a regex without ``|`` that starts with a letter. As in
    :func:`whole_words`, every branch is written with that letter first
    (``ر(?<!\wر)(?:وسی)|ا(?<!\wا)(?:فغان|مریکی)``): the alternatives that may match at one
    place are those of its letter, tried in the order given, so the pattern matches what
    the lookbehind-first one does, and ``re`` skips in C the characters no branch starts with.
    """
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives.split("|"):
        first = alternative[:1]
        if not first.isalpha():
            raise ValueError(f"{alternative!r} does not start with a letter")
        by_first.setdefault(first, []).append(alternative[1:])
    return "|".join(rf"{c}(?<!\w{c})(?:{'|'.join(rests)}){tail}" for c, rests in by_first.items())
