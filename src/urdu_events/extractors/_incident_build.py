"""Turning clauses into incidents: filters, splitting by place and day, merging, typing.

The rules, in the order they apply (``docs/incidents.md`` explains each):

1. Clauses in link lines ("یہ بھی پڑھیں") are skipped.
2. A trigger is dropped in a clause with an accident, threat or negation marker,
   or a future verb; a clause with an aggregate marker, or a count right before a
   plural trigger ("175 حملے"), reports no incident and no figure.
3. An *event clause* has a strong trigger, or a weak one with a casualty figure,
   a place or an actor in a role. A clause with a reaction marker ("مذمت") or
   with none of these is a *detail clause* that only adds to the current incident.
4. An event clause joins an earlier incident that shares a place (or, with no
   place of its own, the current incident) unless its date differs; otherwise it
   opens a new incident, one per place and day.
5. An incident opened in a sentence with a background marker ("یاد رہے", "اس سے
   قبل"), an old date, or a past-perfect verb after the main news is background.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Any, SupportsIndex, TypeAlias

import attrs

from .._evolve import evolve
from .._lazy_re import lazy_compile
from ..models import (
    SUB_EVENT_TYPES,
    Actor,
    ActorType,
    Casualties,
    Count,
    DatePrecision,
    DateRange,
    EventType,
    Incident,
    Participant,
    Reason,
    Responsibility,
    ResponsibilityStatus,
    Role,
    Span,
    SubEventType,
    Weapon,
)
from ..text import UNIT_WORDS, DateKind, NormalizedText, find_dates, fold, normalize, parse_number
from ..text._calendar import MONTHS, TIMES_OF_DAY, WEEKDAYS
from ..text._dates import DATE_SIGN, is_last_week_day, is_month_of_named_year, is_past_days, is_spelled_day
from ..text._spelling import respelled_key
from ._grammar import (
    first_words,
    kind_families,
    kind_row,
    kinds_with,
    phrase_trie,
    word_alternation,
    word_class,
    word_classes,
    word_list,
    word_set,
    words_first,
)
from ._grammar import whole_words as _whole_words
from ._incident_index import Hit, TextWords
from ._incident_lexicon import ActorTerm, MarkerTerm, ResponsibilityTerm, TriggerTerm, WeaponTerm
from ._incident_places import _PROVINCE_NOUN, PlaceFinder, PlaceRef, within
from ._incident_places import word_class as place_words
from ._incident_read import (
    _AND_COUNTED,
    _CLAUSE_WORDS,
    _COLLECTIVES,
    _COMMA_COUNTED,
    _COUNT_BEFORE,
    _ERGATIVE,
    _FORCE_OF_PLACE,
    _LATER,
    _NOT_PEOPLE,
    _PLURAL_NOUN_HIT,
    _WEAPON_KINDS,
    LADEN_ANY_VEHICLE,
    OWNED_COUNTED,
    PLACE_OBJECT_FROM,
    ActorRef,
    Clause,
    DocReading,
    Figure,
    SentenceInfo,
    _add,
    _speech,
    _titled,
    all_body_name,
    initials_open_acronym,
    title_before,
    told_happening,
)
from ._incident_read import EVENT_NOUN as _EVENT_NOUN
from ._incident_read import HAPPENED as _HAPPENED
from ._incident_read import TOLD_EVENT as _TOLD_EVENT
from ._incident_read import (
    _points_back as _time_points_back,
)
from ._incident_roundup import (
    SAME_DAY,
    add_list_owner,
    also_there,
    counted_per_place,
    damage_elsewhere,
    fold_region_total,
    listed_with_figure,
    one_more_event,
    placed_by_country,
    protested_dropped,
    province_listed,
    same_day_elsewhere,
    same_kind_share,
    split_list_owner,
    turned_away,
)
from ._prefilter import literal_gate, prefiltered
from ._rules import on

__all__ = ["build_incidents"]

_S = SubEventType
_SUPPRESS = frozenset(("accident", "threat", "negation", "recovered", "exercise"))
#: The markers of a foiled attempt or plot ("منصوبہ ناکام بنا دیا").
_FOILED = frozenset(("negation", "threat"))
#: Counts of events from this number up are tallies, not one incident ("3 ڈرون حملے" is one).
_TALLY_MIN = 10
#: A stretch of time or a habit that makes a vague count of events a tally ("رواں سال کئی حملے").
_TALLY_TIME = lazy_compile(word_class("tally_time"))
_COUNTED = lazy_compile(rf"(?:\d+|{word_alternation('vague_number')})\s$")
#: A count with a multiplier or "more than" before the noun ("22 ہزار سے زائد آپریشن").
#: (Written with its first digit first, "\d(?<!\w\d)\d*" for "(?<!\w)\d+", and that digit taken
#: out of both branches: ``re`` then skips in C to a digit instead of trying the lookbehind at
#: every character.)
_COUNTED_MORE = prefiltered(
    lazy_compile(
        rf"\d(?<!\w\d)(?:\d*(?:\s(?:{word_alternation('count_multiplier')}))?\s(?:{word_alternation('more_than_phrase')})\s$"
        rf"|\d*\s(?:{word_alternation('count_multiplier')})\s$)"
    )
)
#: A multiplier in a count of events: "4 ہزار", "3 لاکھ".
_MULTIPLIER_IN = lazy_compile(rf"(?<!\w)(?:{word_alternation('count_multiplier')})(?!\w)")
_SINCE = lazy_compile(rf"\s?(?:سے|{word_alternation('limit_postposition')}|کے بعد سے)(?!\w)")
_NOT_AFTER = lazy_compile(r"\s?(?:کو بھی|کے بعد)(?!\w)")
#: How many days before publication a dated event counts as background.
_BACKGROUND_DAYS = 7
#: Most distinct places one clause or incident is read with (bounds the work on odd input).
_MAX_PLACES = 12
#: Most actors or weapons one incident lists.
_MAX_NAMES = 12
#: How often a group must be named as acting before incidents with no perpetrator inherit it.
_LEAD_MIN = 2
#: "... قبول کرنے والی تنظیم": a description of a group, not a claim.
_RELATIVE = lazy_compile(r"\s?(?:کی\s)?(?:کرنے|کرتے) وال")
_COORDINATOR = lazy_compile(_whole_words("اور") + "|[،,]")
_CLAUSE_WORD = lazy_compile(rf"(?<!\w)(?:{word_alternation('ergative')}|میں|سے|کو|پر|کہ|جبکہ)(?!\w)")
#: Time words for the present period ("رواں ماہ", "اس سال"): not a recalled past.
_CURRENT = lazy_compile(rf"(?:{word_alternation('current_time')})(?!\w)")
#: A running total ends with a number ("تعداد 3 ہوگئی").
_TOTAL_AFTER = lazy_compile(r"\d")
_OWNED = lazy_compile(r"(?:کے|کی)\s$")
_NO_CLAIM_AFTER = lazy_compile(r"[^۔\n]{0,25}?(?<!\w)نہیں(?!\w)")
_STATE = ActorType.STATE_FORCES
#: "ان میں سے دو کو ... ناکارہ بنا دیا": part of the attack just reported.
_PART_OF = lazy_compile(r"(?<!\w)(?:میں سے|ان میں|جن میں)(?!\w)")
_SCATTERED = lazy_compile(rf"\s(?:کے|کی)\s(?:{word_class('scattered_places')})")
#: An ordinal at the head of a clause, before an event word ("دوسرا دھماکہ").
_ORDINAL = lazy_compile(rf"\s*(?:{word_class('later_ordinal')})\s")
#: "ڈکیتی کی دوسری واردات", "طالبان کی جانب سے دوسرا حملہ": one to three words (no demonstrative:
#: "اس نوعیت کا تیسرا واقعہ" ranks the event told) and a genitive at the head of a clause, then an
#: ordinal; group ``noun`` is an incident noun right after it, if one is.
_GENITIVE_ORDINAL = lazy_compile(
    rf"\s*(?:(?!(?:{word_class('demonstrative')}))[^\s،,۔]+\s){{1,3}}?(?:{word_class('genitive')})\s"
    rf"(?:(?:جانب|طرف)\sسے\s)?(?:{word_class('later_ordinal')})\s"
    rf"(?P<noun>(?:{word_class('ordinal_incident_noun')})(?!\w))?"
)
_LOCATIVE = lazy_compile(r"\s?میں(?!\w)")
#: Reporting verbs: a turn to another speaker ("دوسری جانب X نے بتایا کہ").
_SAYS = lazy_compile(word_class("reporting_verb"))
#: Between a count of events and its event word: a space, or an adjective ("دو مختلف حملوں").
_COUNT_GAP = lazy_compile(rf"\s?(?:(?:{word_class('count_adjective')})\s)?")
#: Words that open a sentence turning to another front ("دوسری جانب", "ادھر", "دریں اثنا"), or
#: telling another event, which is always another incident ("ایک اور واقعے میں": group ``another``).
_TURN = lazy_compile(
    rf"(?:جبکہ\s|تاہم\s)?(?:(?P<another>{word_class('another_event')})|{word_class('turn')})"
)
#: "اسی دوران", "اسی طرح": turn words that, after a comma, tie a clause to the event just told.
_TIED_TURN = lazy_compile(rf"(?:{word_class('tied_turn')})")
#: "اسی علاقے میں", "اسی اڈے کو": the place of the event told before.
_SAME_PLACE = lazy_compile(word_class("same_place"))
#: "یہ دھماکہ", "اس حملے": a demonstrative ending right before an event word.
_THIS_EVENT = lazy_compile(rf"(?:{word_class('this_event')})\s$")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` of ``text`` begins: just after the last full
    stop ("۔") before ``at``, or at 0 in the first sentence."""
    return text.rfind("۔", 0, at) + 1


class _ClauseList(list[Clause]):
    """A draft's clauses: a list that counts its changes other than adding clauses at the end,
    so that what is read off all of them (:meth:`_Draft.first_of_kinds`) is brought up to date
    by reading the clauses that joined, not every clause again."""

    __slots__ = ("edits",)

    def __init__(self, clauses: Iterable[Clause] = ()) -> None:
        super().__init__(clauses)
        #: Changes other than appends (``append``, ``extend`` and ``+=`` add at the end).
        self.edits = 0

    def __setitem__(self, key: Any, value: Any) -> None:
        self.edits += 1
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        self.edits += 1
        super().__delitem__(key)

    def __imul__(self, n: SupportsIndex) -> _ClauseList:
        self.edits += 1
        return super().__imul__(n)

    def insert(self, index: SupportsIndex, clause: Clause) -> None:
        self.edits += 1
        super().insert(index, clause)

    def remove(self, clause: Clause) -> None:
        self.edits += 1
        super().remove(clause)

    def pop(self, index: SupportsIndex = -1) -> Clause:
        self.edits += 1
        return super().pop(index)

    def clear(self) -> None:
        self.edits += 1
        super().clear()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        self.edits += 1
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self.edits += 1
        super().reverse()


@attrs.define
class _Folded:
    """What :meth:`_Draft.first_of_kinds` has read of a draft's clauses: the list and its count
    of edits when read, how many of its clauses were read, and the first event word of each
    kind among them with its place in clause order."""

    clauses: list[Clause]
    #: None for a plain list, which is read whole every time.
    edits: int | None
    count: int = 0
    first: dict[str, tuple[tuple[int, int], Hit[TriggerTerm]]] = attrs.Factory(dict)


# No hooks on setting attributes: a converter run on assignment would hook every attribute set
# on a draft, so a list of clauses assigned later (by the passes after the clause loop) stays a
# plain list, read whole each time.
@attrs.define(on_setattr=attrs.setters.NO_OP)
class _Draft:
    #: A clause's event words are settled before it joins (a filter changes the clause it reads,
    #: never one of an incident's), so what is read off them is kept until the list changes.
    clauses: list[Clause] = attrs.field(converter=_ClauseList)
    main: bool
    date: DateRange | None
    places: list[PlaceRef] = attrs.Factory(list)
    #: Opened by a turn to another front ("دوسری جانب"): never folded into another incident.
    apart: bool = False
    #: Opened by a clause about various parts of a place ("غزہ کے مختلف علاقوں پر"): a
    #: summary when the article tells incidents in that country one by one.
    scattered: bool = False
    #: Split off after an act of violence (a protest against it, a later arrest): an incident
    #: with no place of its own is not folded into it.
    later: bool = False
    #: Totals shared with other incidents (from a clause naming several places).
    shared: list[Clause] = attrs.Factory(list)
    #: The rule that gave ``date`` when it came from outside the event's own clauses.
    date_rule: str | None = None
    #: Figures set aside as totals of several incidents, by the clause's id and the outcome
    #: (:func:`_lead_total_split`).
    set_aside: set[tuple[int, str]] = attrs.Factory(set)
    _folded: _Folded | None = attrs.field(default=None, init=False, repr=False, eq=False)

    def first_of_kinds(self) -> dict[str, tuple[tuple[int, int], Hit[TriggerTerm]]]:
        """The first event word of each kind among the clauses, by kind, with its place (clause
        and word index): read once, then only the clauses that joined at the end since (the
        per-clause checks ask it of the current incident for every clause; scanning every clause
        each time was quadratic on long texts)."""
        clauses, folded = self.clauses, self._folded
        edits = clauses.edits if isinstance(clauses, _ClauseList) else None
        if folded is None or folded.clauses is not clauses or folded.edits != edits:
            folded = _Folded(clauses, edits)
            if edits is not None:
                self._folded = folded
        elif folded.count == len(clauses):
            return folded.first  # no clause joined since
        first = folded.first
        for i in range(folded.count, len(clauses)):
            for j, h in enumerate(clauses[i].triggers):
                first.setdefault(h.value.kind, ((i, j), h))
        folded.count = len(clauses)
        return first

    def first_trigger(self, kinds: frozenset[str]) -> Hit[TriggerTerm] | None:
        """The first event word of the clauses whose kind is one of ``kinds``, if any."""
        found = [at for kind, at in self.first_of_kinds().items() if kind in kinds]
        return min(found, key=lambda at: at[0])[1] if found else None

    @property
    def last_sentence(self) -> int:
        # Clauses are added in document order (earlier ones only ever go in front),
        # so the last of each list is the latest: O(1) instead of a scan per call.
        return max((c[-1].sentence for c in (self.clauses, self.shared) if c), default=-1)


#: The instrument's postposition right before the event noun of an event word ("میزائلوں سے حملہ").
_INSTRUMENT_BEFORE = lazy_compile(rf"\s(?:{word_alternation('instrumental_postposition')})\s\Z")


@functools.lru_cache(maxsize=4096)
def _noun_of_key(key: str) -> tuple[int | None, bool]:
    """Where the event noun of the event word ``key`` starts (``None`` if it has none), and
    whether the word names its weapon first, as the instrument of that noun ("40 میزائلوں سے
    حملہ کیا", "درجنوں راکٹوں سے حملہ"): a count before it counts the weapons of one attack, not
    attacks (non-events.weapons-counted). Read once per key: a document asks of the same few."""
    noun = _EVENT_NOUN.search(key)
    if noun is None:
        return None, False
    return noun.start(), _INSTRUMENT_BEFORE.search(key, 0, noun.start()) is not None


def _counted(hit: Hit[TriggerTerm], text: str, clause: Clause | None = None) -> bool:
    """Whether an event noun is counted ("175 حملے", "رواں سال متعدد دھماکے"): a tally of many
    events. A vague count ("متعدد فضائی حملے کیے") is one only over a stretch of time."""
    noun_at, instrument = _noun_of_key(hit.key)
    if noun_at is None or (instrument and on("non-events.weapons-counted")):
        return False
    m = _COUNTED.search(text, max(0, hit.start - 12), hit.start)
    if m is None and on("non-events.tally-more-than"):
        # "رواں برس 22 ہزار سے زائد آپریشن کیے گئے": a tally too
        m = _COUNTED_MORE.search(text, max(0, hit.start - 30), hit.start)
    if m is None:
        return False
    digits = "".join(ch for ch in m.group() if ch.isdigit())
    if digits and on("non-events.tally-multiplied") and _MULTIPLIER_IN.search(m.group()):
        return True  # "4 ہزار سے زائد آپریشن": thousands, however small the digit
    if digits:
        return int(digits) >= _TALLY_MIN
    if clause is None or not on("non-events.vague-count-needs-time"):
        return True
    return _TALLY_TIME.search(text, clause.start, clause.end) is not None


def _over_time(clause: Clause, text: str, tally_at: Sequence[int] | None = None) -> bool:
    """Whether ``clause`` names a stretch of time or a habit ("رواں سال", "اب تک"), not just
    "during" an event ("ہڑتال کے دوران").

    ``tally_at`` are where the text's words stand that a phrase of ``_TALLY_TIME`` starts
    with (:func:`_tally_starts`), if they were read: a match of the pattern starts at one of
    them, unless the clause's end cuts a word (a phrase may then end there), so the pattern
    is tried only there; the answer is that of the search, which ``re`` tries at every
    character that a phrase's first letter, as common as "ا" and "ر", stands at.
    """
    start, end = clause.start, clause.end
    if tally_at is not None and not _cuts_word(text, end):
        lo = bisect.bisect_left(tally_at, start)
        for at in tally_at[lo : bisect.bisect_left(tally_at, end, lo)]:
            m = _TALLY_TIME.match(text, at, end)
            # A match that finditer would skip overlaps one it found: not "دوران" (one word,
            # in which no other word starts), so the answer is the same.
            if m is not None and m.group() != "دوران":
                return True
        return False
    return any(m.group() != "دوران" for m in _TALLY_TIME.finditer(text, start, end))


#: The first words of the phrases of ``_TALLY_TIME`` (``None`` if it could match elsewhere).
_TALLY_FIRST = first_words("tally_time")


def _tally_starts(words: TextWords | None) -> list[int] | None:
    """Where the words of the text (``words``) stand that a phrase of ``_TALLY_TIME`` starts
    with, in text order; ``None`` if the words were not read or the class has stems."""
    if words is None or _TALLY_FIRST is None:
        return None
    present = _TALLY_FIRST.intersection(words.unique)
    return [words.starts[k] for k in words.indexes(present)] if present else []


def _cuts_word(text: str, at: int) -> bool:
    """Whether offset ``at`` falls inside a run of word characters (``\\w``) of ``text``."""
    return 0 < at < len(text) and _is_word_char(text[at - 1]) and _is_word_char(text[at])


def _is_word_char(ch: str) -> bool:
    """Whether ``ch`` is what ``re`` calls ``\\w`` in a text pattern."""
    return ch.isalnum() or ch == "_"


def _held_place(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger ("پر قبضہ کر لیا", "کا کنٹرول حاصل کر لیا") has a place for
    its object, right before it (or before a noun of a settlement: "قندوز شہر پر قبضہ"):
    ground changes hands, not goods or a building."""
    if any(0 <= hit.start - p.end <= 1 and not p.site for p in clause.places):
        return True
    if on("triggers.seat-taken") and _seat_taken(hit, clause, text):
        return True
    if on("triggers.control-taken-from") and _control_taken_from(hit, clause, text):
        return True
    if on("triggers.place-object-taken-from") and _place_object_taken_from(hit, clause, text):
        return True
    if on("triggers.areas-of-place-taken") and _areas_of_place_taken(hit, clause, text):
        return True
    if on("triggers.stronghold-taken") and _stronghold_taken(hit, clause, text):
        return True
    if on("triggers.level-seat-taken") and _level_seat_taken(hit, clause, text):
        return True
    if on("triggers.time-before-taking") and _held_across_time(hit, clause, text):
        return True
    if on("triggers.taken-after-assault-on-place") and _taken_after_assault(hit, clause, text):
        return True
    if not on("triggers.settlement-taken"):
        return False
    before = _SETTLEMENT_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    if before is None:
        return False
    # the place may be named twice ("صوبے قندوز کے دارالحکومت قندوز شہر"): match it by its name
    return any(not p.site and text.endswith(text[p.start : p.end], 0, before.start()) for p in clause.places)


#: The words of a time adverbial that may stand between "پر" after the place taken and the verb
#: of taking ("X پر پیر کو قبضہ کر لیا", "X پر جمعرات کی صبح دوبارہ قبضہ کر لیا"): weekdays, times
#: of day, and (word class time_gap_word) the words that join them and the adverbs "again", "also", "fully".
_TIME_GAP_WORDS = (*WEEKDAYS, *TIMES_OF_DAY, *word_list("time_gap_word"))
#: "پر" after a place, then one to five words of a time adverbial, up to the verb of taking.
_TIME_GAP = lazy_compile(
    r"\sپر\s(?:(?:"
    + "|".join(map(re.escape, sorted(_TIME_GAP_WORDS, key=len, reverse=True)))
    + r")\s){1,5}\Z"
)
#: How far before the verb of taking the place may end, across "پر" and a time adverbial.
_TIME_GAP_REACH = 48


def _held_across_time(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger has a place for its object before "پر" and a time adverbial
    that stands between them ("گاؤں X پر پیر کو دوبارہ قبضہ کر لیا"): the place was taken
    (triggers.time-before-taking)."""
    return any(
        not p.site
        and 0 < hit.start - p.end <= _TIME_GAP_REACH
        and _TIME_GAP.match(text, p.end, hit.start) is not None
        for p in clause.places
    )


#: The seat of a place in the genitive right before what was done to it ("X کے صدر مقام پر قبضہ").
_SEAT_BEFORE = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('seat_noun')})\s?\Z"
)


def _seat_taken(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger's object is the seat of a place of the clause ("ضلع X کے صدر
    مقام پر قبضہ کر لیا", "صوبے کے دارالحکومت Y پر" is the settlement rule's): the place's
    headquarters town changed hands."""
    before = _SEAT_BEFORE.search(text, max(0, hit.start - 24), hit.start)
    if before is None:
        return False
    return any(not p.site and 0 <= before.start() - p.end <= 1 for p in clause.places)


#: "X کا کنٹرول Y سے": control of a place, then whom it was taken from (a few words).
_CONTROL_FROM = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('control_noun')})(?:\s+\S+){{1,4}}\s*\Z"
)


def _control_taken_from(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger that names whom ground was taken from ("روسی افواج سے واپس لے
    لیا") follows the control of a place of the clause ("قصبے X کا کنٹرول روسی افواج سے واپس لے
    لیا"): the place changed hands."""
    before = _CONTROL_FROM.search(text, max(0, hit.start - 60), hit.start)
    if before is None:
        return False
    return any(not p.site and 0 <= before.start() - p.end <= 1 for p in clause.places)


def _place_object_taken_from(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger that names whom ground was taken from ("سے واپس لے لیا",
    "سے آزاد کرا لیا") has a place of the clause for its object in "کو" a few words before it
    ("گاؤں X کو روسی قبضے سے واپس لے لیا"): the place changed hands."""
    return any(
        not p.site and PLACE_OBJECT_FROM.fullmatch(text, p.end, hit.start) is not None for p in clause.places
    )


#: A military post, base or camp right before what was done to it ("ایک فوجی چوکی پر قبضہ").
_STRONGHOLD_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('stronghold_noun')})\s?\Z")


def _stronghold_taken(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger's object is a military post, base or camp ("قصبے X کے قریب ایک
    فوجی چوکی پر قبضہ کر لیا", "Y میں واقع کیمپ پر قبضہ") in a clause that names a place: a
    position held by force changed hands there, which is ground taken."""
    if _STRONGHOLD_BEFORE.search(text, max(0, hit.start - 16), hit.start) is None:
        return False
    return any(not p.site for p in clause.places)


#: A seat named by the level of its place right before what was done to it ("ضلعی مرکز پر قبضہ").
_LEVEL_SEAT_BEFORE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('seat_level_adjective')})\s(?:{word_alternation('seat_noun')})\s?\Z"
)


def _level_seat_taken(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger's object is a seat named by the level of its place ("ضلع X
    میں ... ضلعی مرکز کا کنٹرول حاصل کر لیا") in a clause that names a town or none (the place
    told before): that place's seat changed hands (triggers.level-seat-taken)."""
    if _LEVEL_SEAT_BEFORE.search(text, max(0, hit.start - 24), hit.start) is None:
        return False
    return not clause.places or any(not p.site for p in clause.places)


#: "X پر ... حملہ کر کے", "X کا محاصرہ کر کے": an attack on or siege of what stands before "پر"
#: or "کا" (word class `assaulted_postposition`; at most four words between), as a conjunctive
#: participle, then up to the taking.
_ASSAULT_BEFORE_TAKING = lazy_compile(
    rf"\s(?:{word_alternation('assaulted_postposition')})\s(?:\S+\s){{0,4}}?(?:{word_alternation('assault_converb')})\s(?:[^۔،\n]{{1,80}})\Z"
)


def _taken_after_assault(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger follows, as the same doers' next act, an attack on or siege
    of a place of the clause or a seat named by its level ("قصبے X کا محاصرہ کر کے آس پاس کے
    گاؤں پر قبضہ کر لیا", "ضلعی مرکز پر حملہ کر کے پولیس ہیڈکوارٹر ... پر قبضہ"): what was
    taken was taken at that place, which changed hands (triggers.taken-after-assault-on-place)."""
    before = _ASSAULT_BEFORE_TAKING.search(text, max(0, clause.start, hit.start - 140), hit.start)
    if before is None:
        return False
    at = before.start()
    if any(not p.site and 0 <= at - p.end <= 1 for p in clause.places):
        return True
    return _LEVEL_SEAT_BEFORE.search(text, max(0, at - 24), at) is not None


#: "X کے بیشتر علاقوں پر", "شہر کے تمام اہم علاقوں کا کنٹرول": areas or parts of a place, in the
#: genitive after it with at most three words between, right before what was done to them.
_AREAS_OF = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})(?:\s+\S+){{0,3}}\s(?:{word_alternation('area_noun')})"
    rf"(?:\s(?:{word_alternation('genitive')})\s(?:{word_alternation('control_noun')}))?\s?\Z"
)
#: A noun of a city or settlement right before a genitive: "شہر کے تمام علاقوں".
_SETTLEMENT_END = lazy_compile(rf"(?<!\w)(?:{word_alternation('settlement_noun')})\Z")


def _areas_of_place_taken(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether a territory trigger's object is areas or parts of a place of the clause ("ضلع X
    کے بیشتر علاقوں پر قبضہ کر لیا", "... X میں کارروائی کر کے شہر کے تمام اہم علاقوں کا کنٹرول
    حاصل کر لیا"): the place in the genitive before them, or the settlement noun that stands
    for it, is the place taken."""
    before = _AREAS_OF.search(text, max(0, hit.start - 60), hit.start)
    if before is None:
        return False
    towns = [p for p in clause.places if not p.site]
    if any(0 <= before.start() - p.end <= 1 for p in towns):
        return True
    return _SETTLEMENT_END.search(text, max(0, before.start() - 12), before.start()) is not None and any(
        p.end <= before.start() for p in towns
    )


#: A noun of a settlement or area right before what was done to it ("قندوز شہر پر قبضہ").
_SETTLEMENT_BEFORE = lazy_compile(rf"\s(?:{word_alternation('settlement_noun')})\s?\Z")


#: An event word that names a body: "گولیوں سے چھلنی لاش", "تشدد زدہ لاشیں".
_BODY = lazy_compile(word_class("body_noun"))
#: A body right after the event word: "گولیوں سے چھلنی چار لاشیں".
_BODY_AFTER = lazy_compile(rf"\s(?:\w+\s)?(?:{word_class('body_noun')})")


#: A body found, then a relative pronoun as the object of the clause it opens, and the words up
#: to an event word, with no full stop: "دو لاشیں برآمد ہوئیں جنہیں گولیاں مار کر".
_BODY_THEN_RELATIVE = lazy_compile(
    rf"(?<!\w)(?:{word_class('body_noun')})[^\s۔]*(?:\s[^\s۔]+){{0,4}}\s(?:{word_alternation('object_relative_pronoun')})"
    r"(?:\s[^\s۔]+){0,8}\s"
)
#: How far back from an event word a body and its relative pronoun are looked for.
_BODY_REACH = 120


def _body_told_after(hit: Hit[TriggerTerm], text: str) -> bool:
    """Whether an event word of killing or shooting is in a relative clause on a body found
    ("نواحی گاؤں سے دو لاشیں برآمد ہوئیں جنہیں گولیاں مار کر قتل کیا گیا تھا"): it tells how the
    body came to be, a killing, and "برآمد" does not make it a seizure
    (non-events.body-killed-relative)."""
    if hit.value.kind not in ("killing", "shooting") or not on("non-events.body-killed-relative"):
        return False
    lo = max(0, hit.start - _BODY_REACH)
    return any(m.end() == hit.start for m in _BODY_THEN_RELATIVE.finditer(text, lo, hit.start))


def _names_body(hit: Hit[TriggerTerm], text: str) -> bool:
    """Whether the event word describes a body ("تشدد زدہ لاش", "گولیوں سے چھلنی چار لاشیں")."""
    return hit.value.kind == "killing" and bool(_BODY.search(hit.key) or _BODY_AFTER.match(text, hit.end))


def _live_triggers(
    clause: Clause, text: str, recalled_next: bool = False, tally_at: Sequence[int] | None = None
) -> list[Hit[TriggerTerm]]:
    """The triggers of ``clause`` that report an event: none in a clause about the future, or
    with a marker that cancels them (an accident, a threat, a negation, weapons seized, a drill,
    a figure of speech), except where a ``non-events.*`` rule says the event happened anyway.
    ``recalled_next`` says the next sentence recalls an earlier event ("یاد رہے کہ ...");
    ``tally_at`` is :func:`_tally_starts` of the text, if read."""
    if clause.future or not clause.triggers:
        return []  # every branch below keeps a subset of the triggers: none from none
    triggers = clause.triggers
    markers = clause.markers
    if arrests_over_time(clause, text):
        # "گزشتہ برس ... سینکڑوں دہشت گرد گرفتار کیے گئے": a running total of arrests
        triggers = [h for h in triggers if h.value.kind != "arrest"]
    triggers = [h for h in triggers if not _arrest_negated(h, clause, text)]
    if "accident" in markers and on("non-events.deliberate-beats-accident"):
        if _accident_in(clause, text):
            # "دو گروپوں میں تصادم میں فائرنگ": a collision word, but nobody shoots by accident
            # ... unless the accident word names the act itself ("ہوائی فائرنگ": shots fired in the air)
            accidents = [m for m in clause.marker_hits if m.value.marker == "accident"]
            triggers = [
                h
                for h in triggers
                if (
                    h.value.kind in _DELIBERATE
                    and not any(m.start <= h.start and h.end <= m.end for m in accidents)
                )
                or _groups_as_sides(h, text)
            ]
            if markers & _SUPPRESS - {"accident"}:
                return []
        markers = markers - {"accident"}
    foiled = markers & _SUPPRESS
    if "negation" in foiled and foiled <= _FOILED and on("non-events.foiled-but-casualties"):
        # "دراندازی کی کوشش ناکام بنا کر دو افراد کو ہلاک کر دیا", "منصوبہ ناکام بنا کر تین دہشت
        # گرد گرفتار": what was foiled is no event, the people killed or arrested in foiling it are.
        if not clause.has_figure:
            return [h for h in triggers if h.value.kind == "arrest" or _defused(h, clause)]
        markers = markers - _FOILED
    elif (
        foiled == {"threat"}
        and clause.has_figure
        and on("non-events.threat-then-casualties")
        and not _TO_KILL.search(text, clause.start, clause.end)
    ):
        # "کالعدم تنظیم نے دھمکی دی تھی اور اتوار کو دھماکے میں دو افراد ہلاک ہو گئے": the threat
        # came true (a future toll is no figure: the clause is read as future)
        markers = markers - {"threat"}
    if markers & _SUPPRESS:
        if markers & _SUPPRESS == {"threat"} and on("non-events.threat-keeps-arrest"):
            # "دہشت گردی کی منصوبہ بندی کے الزام میں گرفتار": the plan was the charge; the arrest was made.
            return [h for h in triggers if h.value.kind == "arrest" or _defused(h, clause)]
        if markers & _SUPPRESS != {"recovered"}:
            return []
        # "... تین دہشت گرد گرفتار کر لیے جن کے قبضے سے اسلحہ برآمد ہوا": the seizure is no
        # event, the arrest is; nor is a body found a seizure ("تشدد زدہ لاش برآمد ہوئی").
        arrests = on("non-events.seizure-keeps-arrest")
        bodies = on("non-events.body-is-not-seized")
        # "بارودی سرنگیں برآمد کر کے ناکارہ بنا دیں": the bombs found were defused, an event
        defused = on("non-events.seizure-keeps-defused")
        return [
            h
            for h in triggers
            if (arrests and h.value.kind == "arrest")
            or (bodies and _names_body(h, text))
            or (defused and _defused(h, clause))
            or _body_told_after(h, text)
            # "... رائفلیں برآمد ہوئیں اور وہ گزشتہ ماہ X میں حملے میں ملوث تھے جس میں دو اہلکار
            # شہید ہوئے تھے": the deed told after the seizure is an earlier event, not a thing seized
            or (on("non-events.seizure-keeps-told-deed") and _charged_deed_told(h, text))
        ]
    if "figurative" in markers and on("non-events.figurative"):
        return []  # "ڈینگی کے حملے", "باکس آفس پر دھماکہ"
    if (
        on("non-events.sport-player-figurative")
        and clause.killed is None
        and clause.injured is None
        and _SPORT_PLAYER.search(text, clause.start, clause.end)
    ):
        return []  # "بولرز کی گولہ باری کے سامنے بلے باز ڈھیر": a figure of play
    live = [
        h
        for h in triggers
        if not _counted(h, text, clause)
        and (
            h.value.kind != "territory"
            or not on("triggers.territory-needs-a-place")
            or _held_place(h, clause, text)
        )
        and (
            h.value.strong
            or h.value.kind != "clash"
            or (_has_sides(clause) and not _QUARREL.fullmatch(h.key))
            or _groups_as_sides(h, text)
        )
    ]
    # Whether one of the other patterns matched right after an event word below (_AFTER_TAIL)
    # matches after one of these: every list below is part of this one, so where none does,
    # each of those filters keeps all.
    tails = any(_AFTER_TAIL.match(text, h.end) for h in live)
    if on("non-events.plural-over-time") and not clause.ongoing and _over_time(clause, text, tally_at):
        # "رواں سال کی پہلی ششماہی میں بم دھماکوں میں 1200 شہری ہلاک و زخمی": many events summed up
        live = [h for h in live if not (_PLURAL_NOUN_HIT.search(h.key) and _EVENT_NOUN.search(h.key))]
        if tails and on("non-events.events-of-kind-over-time"):
            # "رواں ماہ ٹارگٹ کلنگ کے واقعات میں اب تک": events of a kind, counted over the stretch
            live = [h for h in live if not _KIND_EVENTS.match(text, h.end)]
    # The patterns that the calls of _not_followed_by below try after each event word, tried
    # once as one (_AFTER_NO_EVENT): where none matches after any word left, each call keeps all.
    followed = _not_followed_by if any(_AFTER_NO_EVENT.match(text, h.end) for h in live) else _none_followed
    # "کان کنوں کو اغوا کرنے کی کوشش کی": what was only attempted did not happen
    live = followed(live, text, "triggers.attempt-is-no-event", _ATTEMPTED)
    if (
        tails
        and on("non-events.court-case")
        and all(p.site or _court_seat(p, text) for p in clause.places)
        and not recalled_next
    ):
        # "پولیس اہلکاروں کے قتل کے مقدمے میں دو ملزمان کو سزائے موت": a case in court, no event
        # (one named by its place, "پہلگام حملے کے مقدمے میں", still tells where an event was; one
        # the next sentence recalls, "یاد رہے کہ 8 مئی کو ...", is that recalled event)
        live = [h for h in live if not _COURT_CASE.match(text, h.end)]
        # "توڑ پھوڑ اور جلاؤ گھیراؤ کے مقدمات میں": the case names every event word listed before it
        live = followed(live, text, "non-events.court-case-listed", _COURT_CASE_LISTED)
    live = _drop_cases_of_arrested(live, clause, text)
    if on("non-events.case-of-charge"):
        # "واقعے کا مقدمہ قتل اور دہشت گردی کی دفعات کے تحت درج کر لیا": the charge a case is filed
        # under, no event
        live = [h for h in live if _CASE_BEFORE_CHARGE.search(text, max(0, h.start - 12), h.start) is None]
    if tails:
        live = _drop_charge_of_accused(live, text)
    # "قاتلوں کی گرفتاری کا مطالبہ کیا": what is demanded has not happened
    live = followed(live, text, "triggers.demanded-is-no-event", _DEMANDED)
    # "ہوائی فائرنگ پر پابندی ہے", "دھماکوں کی روک تھام کے لیے": what is banned or to be
    # prevented has not happened
    live = followed(live, text, "non-events.banned-is-no-event", _BANNED)
    # "جبری گمشدگی سے متعلق کیس کی سماعت": the topic of a case in court
    live = followed(live, text, "non-events.case-topic", _CASE_ABOUT)
    # "اپوزیشن نے آپریشن کی مخالفت کی": a stance on a policy, no event told
    live = followed(live, text, "non-events.stance-on-event", _STANCE_ON)
    # "حکام نے فضائی حملے پر بات چیت کی": talks or a dispute about an event, none told
    live = followed(live, text, "non-events.topic-of-exchange", _EXCHANGE_ON)
    # "حکومت مذاکرات یا آپریشن کا فیصلہ کرے": force weighed beside talks, a policy option
    live = _drop_talks_option(live, clause, text)
    # "جنگی طیاروں کی مدد سے ٹھکانوں کو نشانہ بنایا": aircraft as the help of the operation told
    live = followed(live, text, "non-events.aircraft-as-support", _AS_SUPPORT, kind="air")
    if on("non-events.every-event") and not clause.has_figure and not clause.actors:
        # "ہر دھماکے کے بعد کمیٹیاں بنتی ہیں": every such event, none told
        live = [h for h in live if _EVERY_BEFORE.search(text, max(0, h.start - 9), h.start) is None]
    # "فدائین حملے سے نمٹنے کے لیے مشق": what one prepares for has not happened
    live = followed(live, text, "non-events.prepared-for", _PREPARED_FOR)
    # "فوجی کارروائیاں فوری طور پر روکیں": what is called to stop is named, not told
    live = followed(live, text, "non-events.stop-called", _STOP_CALLED)
    # "ایسا معاہدہ جس سے لڑائی رک سکے": an end hoped for names the event, tells none
    live = followed(live, text, "non-events.hoped-to-stop", _HOPED_TO_STOP)
    if on("non-events.weapon-range") and not clause.has_figure:
        # "2000 کلومیٹر تک مار کرنے والے نئے بیلسٹک میزائل": a weapon named by its range, no strike
        # ("... مار کرنے والے میزائل داغے": a strike's word that holds more than the weapon stays)
        live = [
            h
            for h in live
            if not (
                any(w.start == h.start and w.end == h.end for w in clause.weapons)
                and _RANGE_BEFORE.search(text, max(0, h.start - 60), h.start)
            )
        ]
    if not clause.has_figure:
        # "ملزمان دستی بم ساتھ رکھتے تھے": what used to be done, no event told
        live = followed(live, text, "non-events.habitual-past", _HABITUAL_PAST)
    else:
        # "چوکیوں پر گولہ باری میں اکثر چار سپاہی شہید ہو جاتے تھے": the toll too used to be
        live = _drop_habitual_toll(live, clause, text)
    live = _drop_habitual_present(live, text)
    # "کئی حملوں میں غیر ملکی ملوث پائے گئے": the deeds someone is charged with, no event told
    live = _keep_told_deeds(live, followed(live, text, "non-events.charged-deed", _CHARGED_DEED), text)
    live = _drop_charge_of_arrested(live, clause, text)
    # "یہ قتل بظاہر ٹارگٹ کلنگ لگتا ہے": the kind of the event told, not another
    live = followed(live, text, "non-events.seems-kind", _SEEMS)
    # "عدالت نے گرفتار کارکنوں کی ضمانت منظور کر لی": the arrest was made before, and the
    # release is no event
    live = followed(live, text, "non-events.released-after-arrest", _RELEASED, kind="arrest")
    live = _drop_arrest_participle(live, text)
    live = _drop_disputed_suicide(live, clause, text)
    live = _drop_retaliation_frame(live, text)
    live = _drop_celebration(live, clause, text)
    live = _drop_civic_drive(live, clause, text)
    live = _drop_festive_fire(live, clause, text)
    live = _drop_abstract_victim(live, clause, text)
    live = _drop_campaign_against(live, clause, text)
    live = _drop_search_under_way(live, clause, text)
    live = _drop_caught_with(live, text)
    live = _drop_weapon_tail(live, clause)
    # "بچوں کے اغوا کی افواہ پر مشتعل ہجوم نے ...": a rumoured event did not happen
    live = followed(live, text, "non-events.rumoured-event", _RUMOUR_OF)
    # "فلم میں بم دھماکوں اور فائرنگ کے مناظر": what a film or a book shows did not happen here
    live = followed(live, text, "non-events.depicted-scene", _DEPICTED)
    # "دھماکے کے بعد اسپتالوں کے مناظر": the scenes after it, what a film or report shows
    live = followed(live, text, "non-events.scenes-after-event", _SCENES_AFTER)
    # "قتل، ڈکیتی یا اغوا جیسے جرائم کے ملزم": kinds of acts, no event told
    live = followed(live, text, "non-events.kinds-such-as", _SUCH_AS)
    live = _drop_without(live, text)
    live = _drop_none_such(live, text)
    # "بڑے حملے کرنے کا اعلان کیا", "حملہ کرنے کا منصوبہ": what was decided or planned is named
    live = followed(live, text, "non-events.decided-act", _DECIDED)
    live = _drop_victim_class(live, clause, text)
    live = _drop_play_as_weapons(live, text)
    live = _drop_missile_into_sea(live, clause, text)
    live = _drop_displayed(live, text)
    live = _drop_words_as_weapons(live, text)
    live = _drop_one_of_several(live, clause, text)
    live = _drop_honoured_deed(live, clause, text)
    live = _drop_meeting_topic(live, clause, text)
    live = _drop_displacement_cause(live, clause, text)
    live = _drop_said_practice(live, clause, text)
    live = _drop_narrated_practice(live, clause, text)
    live = _drop_tally_breakdown(live, clause, text)
    live = _drop_weapon_hazard(live, clause, text)
    # "شدت پسند خودکش حملہ کر سکتے ہیں": what may happen has not happened
    live = followed(live, text, "non-events.possible-event", _POSSIBLE)
    # "راکٹوں کو فضا میں تباہ کرنے کی صلاحیت": what can be done has not happened
    live = followed(live, text, "non-events.capability", _CAPABLE)
    if (
        tails
        and on("triggers.protested-is-grievance")
        and (
            any(h.value.kind == "protest" for h in live)
            or (
                on("non-events.grievance-of-called-protest")
                and any(h.value.kind == "protest" for h in triggers)
            )
        )
    ):
        # "رہنما کی گرفتاری کے خلاف مظاہرہ کیا": the arrest is the grievance, the protest the event
        live = [h for h in live if not (h.value.kind not in _CROWD_KINDS and _AGAINST.match(text, h.end))]
    if not tails:
        return live
    own = [h for h in live if not _REFERENCED.match(text, h.end)]
    if on("segments.follow-up-arrest"):
        # "کار دھماکے کے الزام میں تین ملزمان گرفتار": the blast is the charge, the arrest the news
        own = [h for h in own if not _CHARGED.match(text, h.end)]
    if on("segments.plotter-arrested") and any(h.value.kind == "arrest" for h in own):
        # "دھماکے کے ماسٹر مائنڈ کو گرفتار کر لیا": the blast names whom they arrested
        own = [h for h in own if not _PLOTTER.match(text, h.end)]
    return own or live


def _drop_charge_of_accused(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """``live`` without the event words followed by a genitive and those accused or convicted of
    them ("پلوامہ میں ہونے والے دھماکے کے ملزم کو عمر قید کی سزا سنائی", "حملے کے دو مجرموں کو"):
    the event word names the charge, not an event of the clause, wherever it was
    (non-events.charge-of-accused)."""
    if not on("non-events.charge-of-accused"):
        return live
    return [h for h in live if not _CHARGE_OF_ACCUSED.match(text, h.end)]


#: After an event word: a genitive and those accused or convicted of it, counted or not ("کے
#: ملزم", "کے دو مجرموں", "کے 3 ملزمان"); not "کے بعد ملزمان" (a compound postposition).
_CHARGE_OF_ACCUSED = lazy_compile(
    rf"\s(?:{word_class('genitive')})\s(?:(?:\d+|{word_class('small_count_word')})\s)?"
    rf"(?:{word_class('accused_noun')})"
)


#: Counts of people too large for one arrest: "سینکڑوں", "ہزاروں", "1200".
_MULTITUDE = lazy_compile(rf"{word_class('multitude_number')}|(?<![\w.,])\d{{3,}}(?![\w.,])")
#: A stretch of a year or more, or up to now: "گزشتہ برس", "اب تک".
_LONG_STRETCH = lazy_compile(word_class("long_stretch"))


def _drop_weapon_tail(live: list[Hit[TriggerTerm]], clause: Clause) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but a grenade's word that begins inside a longer weapon name
    read before it ("مظاہرین نے پولیس پر پیٹرول بم پھینکے": "بم پھینکے" ends the name of an
    incendiary, "پیٹرول بم"): that weapon was thrown, not a grenade (types.weapon-name-tail)."""
    if not on("types.weapon-name-tail"):
        return live
    return [
        h
        for h in live
        if h.value.sub_event_type is not _S.GRENADE
        or not any(w.start < h.start < w.end for w in clause.weapons)
    ]


#: The rest of a weapon's name after its first word (no postposition): "دھماکہ [خیز مواد]".
_NAME_REST = rf"(?:\s(?!(?:{word_alternation('place_name_boundary')})(?!\w))[^\W\d]+){{0,2}}"
#: What an arrest was made with, right after a weapon word and maybe more weapons listed with
#: it: "دستی بموں سمیت", "ہینڈ گرنیڈ اور بارودی مواد سمیت", "دھماکہ خیز مواد، ڈیٹونیٹر اور اسلحہ سمیت".
_CAUGHT_WITH = lazy_compile(
    rf"{_NAME_REST}(?:(?:\s?،\s?|\s(?:{word_alternation('conjunction_and')})\s)[^\W\d]+{_NAME_REST}){{0,3}}"
    rf"\s(?:{word_alternation('caught_with_postposition')})(?!\w)"
)


def _drop_caught_with(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but a weapon that people were arrested with ("دو دہشت
    گردوں کو دستی بموں سمیت گرفتار کر لیا"): the weapon was held, not used, and the arrest is
    the event (types.caught-with-weapon); only where the clause has an arrest word left."""
    if not on("types.caught-with-weapon") or not any(h.value.kind == "arrest" for h in live):
        return live
    return [h for h in live if h.value.kind == "arrest" or not _CAUGHT_WITH.match(text, h.end)]


def arrests_over_time(clause: Clause, text: str) -> bool:
    """Whether the arrests of ``clause`` are counted in hundreds or thousands in a sentence that
    names a stretch of a year or more, or up to now ("گزشتہ برس صوبے میں ... سینکڑوں دہشت گرد
    گرفتار کیے گئے"): a running total of many arrests, not one event
    (non-events.arrests-over-time)."""
    if not on("non-events.arrests-over-time") or not any(h.value.kind == "arrest" for h in clause.triggers):
        return False
    if _MULTITUDE.search(text, clause.start, clause.end) is None:
        return False
    start = _sentence_start(text, clause.start)
    end = text.find("۔", clause.end)
    return _LONG_STRETCH.search(text, start, end if end >= 0 else len(text)) is not None


#: Up to three words, then a negation: an arrest word denied ("گرفتار نہیں کیا جا سکا",
#: "گرفتاری عمل میں نہیں آئی").
_NEGATED_AFTER = lazy_compile(rf"(?: [^\W\d]+){{0,3}}? (?:{word_alternation('negation')})(?!\w)")


def _arrest_negated(hit: Hit[TriggerTerm], clause: Clause, text: str) -> bool:
    """Whether the arrest word at ``hit`` is denied in its clause: a negation follows it within
    three words ("ملزمان کو تاحال گرفتار نہیں کیا جا سکا", "کوئی گرفتاری عمل میں نہیں آئی"): no
    arrest was made (non-events.negated-arrest)."""
    if hit.value.kind != "arrest" or not on("non-events.negated-arrest"):
        return False
    return _NEGATED_AFTER.match(text, hit.end, clause.end) is not None


def _defused(hit: Hit[TriggerTerm], clause: Clause) -> bool:
    """Whether ``hit`` tells a bomb defused apart from the plan or attempt the clause says was
    foiled ("بم کو بروقت ناکارہ بنا کر تخریب کاری کا منصوبہ ناکام بنا دیا": the bomb was disrupted, an
    event), not the foiling word itself ("منصوبہ ناکام بنا دیا")."""
    if hit.value.kind != "defuse" or not on("non-events.defused-in-foiled-plan"):
        return False
    return not any(
        m.start < hit.end and hit.start < m.end
        for m in clause.marker_hits
        if m.value.marker in ("negation", "threat")
    )


#: Two groups of people named as the sides of a clash word right after them, with at most one
#: word that qualifies the clash between: "دو برادریوں میں", "قبائل کے درمیان", "قبیلوں کے مابین
#: خونریز", "طلبہ تنظیموں کے مابین ہونے والے".
_GROUPS_AS_SIDES = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('feuding_group')})\s(?:کے\s(?:{word_alternation('between_postposition')})|میں)"
    r"\s(?:ہونے\sوال[ےیا]\s|ہونیوال[ےیا]\s)?"
    rf"(?:(?!(?:{word_alternation('place_name_boundary')})\s)[^\W\d]+\s)?$"
)


def _groups_as_sides(hit: Hit[TriggerTerm], text: str) -> bool:
    """Whether a clash word follows the two groups of people it is between ("دو برادریوں میں
    تصادم", "قبائل کے درمیان تصادم"): the groups are the sides of a fight, so the word tells a
    fight, not a collision of vehicles (triggers.clash-between-groups)."""
    if hit.value.kind != "clash" or not on("triggers.clash-between-groups"):
        return False
    return _GROUPS_AS_SIDES.search(text, max(0, hit.start - 60), hit.start) is not None


def _has_sides(clause: Clause) -> bool:
    """Whether a weak clash word's clause names someone who could fight: an actor other than
    civilians ("فورسز اور شدت پسندوں کا تصادم"), unlike a collision of vehicles ("بس اور ٹرک
    میں تصادم"). Always true with the rule ``triggers.clash-needs-sides`` switched off."""
    if not on("triggers.clash-needs-sides"):
        return True
    return any(a.term.actor_type not in (None, ActorType.CIVILIANS) for a in clause.actors)


#: The article names its event an accident: "یہ حادثہ", "اس حادثے", "حادثہ پیش آیا", "حادثے میں".
#: (Each branch starts with its letter and then looks behind it, which matches what
#: ``(?<!\w)(?:(?:یہ|اس|ایسے|ایسا)\s(?:\S+\s)?حادث[ہے]|حادث[ہے]\s(?:میں|پیش))(?!\w)`` matches;
#: ``re`` then skips in C the characters no branch starts with.)
_FRAMED_ACCIDENT = lazy_compile(
    r"(?:ی(?<!\wی)ہ\s(?:\S+\s)?حادث[ہے]|ا(?<!\wا)(?:س|یسے|یسا)\s(?:\S+\s)?حادث[ہے]"
    r"|ح(?<!\wح)ادث[ہے]\s(?:میں|پیش))(?!\w)"
)
#: Trigger kinds that an accident can produce (a blast, a death, a fire), unlike a clash or a raid.
_ACCIDENT_PRONE = kinds_with("accident_prone")
#: "حملہ کرنے والوں": the doers of an event named, not the event reported.
_DOER_NOUN = lazy_compile(rf"(?:\s?(?:کرنے|ہونے)|نے)?\s?(?:{word_alternation('doer_participle')})(?!\w)")
#: Weak trigger kinds that report an event when they name whom they struck and where.
_STRUCK = kinds_with("struck")
#: A killing named, not told: "تین شہریوں کو ہلاک کرنے کی ویڈیوز", "قتل کرنے کی دھمکی".
_TO_KILL = lazy_compile(rf"(?<!\w)(?:{word_alternation('harm_noun')})\s?کرن[ےا](?!\w)")
#: After an event word: it was only attempted ("اغوا کرنے کی کوشش", "حملے کی کوشش").
_ATTEMPTED = lazy_compile(
    rf"(?:نے|\sکرنے|\sہونے)?\s(?:کی\s)?(?:(?:{word_alternation('attempt_adjective')})\s)?"
    rf"(?:{word_alternation('attempt_noun')})(?!\w)"
)
#: The age of a case between the event word and the case ("قتل کے 15 سال پرانے مقدمے میں").
_OLD_CASE = rf"(?:\S+\s)?(?:{word_alternation('case_age_unit')})\sپران[ےا]\s"
#: After an event word: the case in court about it ("قتل کے مقدمے میں", "دھماکا کیس").
#: Right before an event word, a case noun in the Persian construction "case of X" ("مقدمہ
#: قتل", "مقدمہ اقدام قتل", an attempt of word class `attempted_charge` between): the event word
#: names the charge the case is filed under (non-events.case-of-charge).
_CASE_BEFORE_CHARGE = lazy_compile(
    rf"(?:{words_first(word_alternation('court_case_noun'))})\s(?:(?:{word_alternation('attempted_charge')})\s)?\Z"
)
_COURT_CASE = lazy_compile(
    rf"\s(?:کے\s|کا\s)?(?:{_OLD_CASE})?(?:{word_alternation('court_case_noun')})(?!\w)"
)
#: After an event word, the cases named by it, a quantifier or two between: "قتل کے متعدد مقدمات".
_CASES_OF = lazy_compile(
    rf"\s(?:کے|کا)\s(?:[^\s۔،]+\s){{0,2}}?(?:{word_alternation('court_case_noun')})(?!\w)"
)
#: A relative pronoun: "جو", "جس", "جن".
_RELATIVE_PRONOUN = lazy_compile(rf"(?<!\w)(?:{word_alternation('relative_pronoun')})(?!\w)")


def _drop_cases_of_arrested(
    live: list[Hit[TriggerTerm]], clause: Clause, text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those naming the cases of one arrested, in a relative
    clause after the arrest ("... ایک ملزم کو گرفتار کیا گیا جو قتل کے متعدد مقدمات میں مطلوب
    تھا"): they say who was arrested, they report no event (segments.arrested-relative-no-tally)."""
    if not on("segments.arrested-relative-no-tally"):
        return live
    arrests = [h.end for h in live if h.value.kind == "arrest"]
    if not arrests:
        return live
    m = _RELATIVE_PRONOUN.search(text, min(arrests), clause.end)
    if m is None:
        return live
    return [h for h in live if h.start < m.end() or not _CASES_OF.match(text, h.end)]


#: After an event word and at most three words listed with it, the case in court about them all:
#: "توڑ پھوڑ اور جلاؤ گھیراؤ کے مقدمات", "اغوا اور قتل کے مقدمے".
_COURT_CASE_LISTED = lazy_compile(
    rf"\s(?:اور|و|،)(?:\s[^\s۔،]+){{1,3}}?\s(?:کے|کا)\s(?:{word_alternation('court_case_noun')})(?!\w)"
)
#: After a place, the court it is the seat of: "اسلام آباد ہائی کورٹ", "لاہور کی انسداد دہشت
#: گردی کی عدالت" (at most five words between).
_COURT_AFTER = lazy_compile(rf"(?:\s[^\s۔،]+){{0,5}}?\s(?:{word_alternation('court_body')})(?!\w)")


def _court_seat(place: PlaceRef, text: str) -> bool:
    """Whether a place names the seat of a court right after it ("اسلام آباد ہائی کورٹ نے ...
    کے مقدمے میں"): it is part of the court's name, not where the case's event was
    (non-events.court-seat)."""
    return on("non-events.court-seat") and _COURT_AFTER.match(text, place.end) is not None


#: After an event word: it is what a protest is against ("گرفتاری کے خلاف").
_AGAINST = lazy_compile(r"\s(?:کے\sخلاف|کیخلاف)(?!\w)")
#: After an event word: it is what someone demands or requests ("گرفتاری کا مطالبہ", "رہائی کے
#: مطالبے", "کارروائی کرنے کی درخواست").
_DEMANDED = lazy_compile(
    rf"(?:(?:\sکرنے)?\s(?:{word_alternation('genitive')})\s(?:{word_alternation('demand_noun')})|\s(?:جائے|جائیں))(?!\w)"
)
#: A distance back in years, counted: "تین سال قبل", "2 برس پہلے".
_YEARS_AGO = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:\d+|{'|'.join(map(re.escape, UNIT_WORDS))})\s(?:{word_alternation('year_unit')})"
        rf"\s(?:{word_alternation('ago_word')})(?!\w)"
    )
)


def _drop_years_ago(
    live: list[Hit[TriggerTerm]], clause: Clause, places: Sequence[PlaceRef], info: SentenceInfo, text: str
) -> list[Hit[TriggerTerm]]:
    """No event words, where a past-perfect clause with no place of its own tells an event some
    years back ("وہ تین سال قبل ایک جلسے میں خودکش دھماکے میں جاں بحق ہو گئے تھے"): the event is
    recalled with neither a place nor a day that can be resolved, which the article does not make
    specific (non-events.years-ago-unplaced)."""
    if not live or not clause.past_perfect or places or not on("non-events.years-ago-unplaced"):
        return live
    if _YEARS_AGO.search(text, info.start, info.end) is None:
        return live
    return []


#: Before an event word, a relative participle that puts it years back: "دو سال قبل ہونے والے
#: (بم) ...", "تین برس پہلے پیش آنے والے".
_YEARS_AGO_RELATIVE = lazy_compile(
    rf"(?:{_YEARS_AGO.pattern})\s(?:{word_alternation('happened_participle')})\s"
    rf"(?:{word_alternation('relative_participle')})\s(?:\S+\s){{0,2}}$"
)


def _drop_years_ago_relative(
    live: list[Hit[TriggerTerm]], clause: Clause, places: Sequence[PlaceRef], text: str
) -> list[Hit[TriggerTerm]]:
    """No event words, where each of them is qualified by a relative participle that puts it
    some years back ("دو سال قبل ہونے والے بم دھماکے میں معذور ہونے والے بچوں کی عیادت کی") in
    a clause with no place of its own: the event is named, not told, with neither a place nor
    a day that can be resolved (non-events.years-ago-relative)."""
    if not live or places or not on("non-events.years-ago-relative"):
        return live
    if all(_YEARS_AGO_RELATIVE.search(text, clause.start, h.start) for h in live):
        return []
    return live


#: Cricket players or scoring: "بلے باز", "بولرز", "رنز" (non-events.sport-player-figurative).
_SPORT_PLAYER = lazy_compile(rf"(?:{words_first(word_alternation('sport_player'))})(?!\w)")


#: Right after plural event words, a rise or fall in them: "حملوں میں اضافہ", "بارودی سرنگوں سے
#: ہلاکتوں میں 20 فیصد کمی".
_TREND_AFTER_PLURAL = lazy_compile(
    rf"(?:\s\S+){{0,2}}\sمیں\s(?:\S+\s){{0,2}}(?:{word_alternation('trend_noun')})(?!\w)"
)
#: Right after an event word, a rise or fall in its occurrences: "ٹارگٹ کلنگ کی وارداتوں میں کمی".
_TREND_AFTER_NAMED = lazy_compile(
    rf"\s(?:کی|کے)\s\S+وں\sمیں\s(?:\S+\s){{0,2}}(?:{word_alternation('trend_noun')})(?!\w)"
)


#: Right after an event word, a rise or fall in its occurrences named by a plural of their own,
#: with at most three words between (a share: "60 فیصد تک"): "ٹارگٹ کلنگ کے واقعات میں 60 فیصد تک
#: کمی", "اغوا کی وارداتوں میں نمایاں اضافہ" (non-events.trend-of-occurrences).
_TREND_OF_OCCURRENCES = lazy_compile(
    rf"\s(?:کی|کے)\s(?:{word_alternation('event_plural_noun')})\sمیں\s(?:\S+\s){{0,3}}"
    rf"(?:{word_alternation('trend_noun')})(?!\w)"
)


#: Right after event words (and one or two more coordinated with them), "in" and their
#: escalation or a rise: "جاری لڑائی میں شدت", "لڑائی میں اضافے", "جھڑپوں میں تیزی".
_ESCALATION_AFTER = lazy_compile(
    rf"(?:\s\S+){{0,2}}\sمیں\s(?:\S+\s){{0,2}}"
    rf"(?:{word_alternation('trend_noun')}|{word_alternation('escalation_noun')})(?!\w)"
)
#: Right after an event word, "stepped up" and a form of "کر" or "ہو": "[حملے] تیز کر دیے",
#: "[لڑائی] تیز ہو گئی" (non-events.stepped-up).
_STEPPED_UP = lazy_compile(rf"\s(?:{word_alternation('stepped_up_adjective')})\s?(?:کر|ہو)")
#: Right before an event word, "ongoing": "جاری [لڑائی]".
_ONGOING_ADJ_BEFORE = lazy_compile(r"(?<!\w)جاری\s\Z")
#: Right after an event word, at most one more word of its name and "after": "[پولیس آپریشن] کے بعد"
#: (non-events.trend-since-campaign).
_CAMPAIGN_THEN = lazy_compile(rf"(?:\s[^\W\d]+)?\s(?:{word_alternation('after_postposition')})(?!\w)")
#: Right before an event word, a participle of rising: "بڑھتے ہوئے [اغوا]", "بڑھتی ہوئی
#: [ٹارگٹ کلنگ]" (non-events.rising-violence).
_RISING_BEFORE = lazy_compile(rf"(?:{words_first(word_alternation('rising_participle'))})\s\Z")


def _drop_trend(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """No event words, where each of them is followed by a rise or a fall: a plural noun
    ("بارودی سرنگوں سے ہلاکتوں میں اضافہ ہوا", "حملوں میں کمی آئی") or the occurrences it names
    ("ٹارگٹ کلنگ کی وارداتوں میں کمی"): a trend in many events, not one that happened
    (non-events.trend)."""
    if not live or not on("non-events.trend"):
        return live

    escalation = not clause.has_figure and on("non-events.ongoing-escalation")
    stepped_up = not clause.has_figure and on("non-events.stepped-up")

    def trend(h: Hit[TriggerTerm]) -> bool:
        if _PLURAL_NOUN_HIT.search(h.key) and _TREND_AFTER_PLURAL.match(text, h.end, clause.end):
            return True
        if stepped_up and _STEPPED_UP.match(text, h.end, clause.end):
            return True  # "X نے رواں برس حملے تیز کر رکھے ہیں": events stepped up, none told
        if escalation and _ESCALATION_AFTER.match(text, h.end, clause.end):
            # "خطے میں جاری لڑائی میں اضافے", "حملوں میں تیزی": an ongoing war or many events escalating
            ongoing = _ONGOING_ADJ_BEFORE.search(text, max(0, h.start - 8), h.start)
            if _PLURAL_NOUN_HIT.search(h.key) or ongoing:
                return True
        if on("non-events.trend-of-occurrences") and _TREND_OF_OCCURRENCES.match(
            text, h.end, _sentence_span(clause, text)[1]
        ):
            # the figure of the share ("60 فیصد") may cut the clause before the rise or fall
            return True
        if _TREND_AFTER_NAMED.match(text, h.end, clause.end) is not None:
            return True
        # "شہر میں بڑھتی ہوئی ٹارگٹ کلنگ کے خلاف": violence said to be rising, in no figure's clause
        return (
            not clause.has_figure
            and on("non-events.rising-violence")
            and _RISING_BEFORE.search(text, max(clause.start, h.start - 20), h.start) is not None
        )

    trends = [trend(h) for h in live]
    if all(trends):
        return []
    if any(trends) and on("non-events.trend-since-campaign"):
        # "پولیس آپریشن کے بعد اغوا کی وارداتوں میں کمی": the campaign is where the trend starts
        last = max(h.start for h, t in zip(live, trends, strict=True) if t)
        if all(
            t
            or (
                h.value.kind == "operation"
                and h.end <= last
                and _CAMPAIGN_THEN.match(text, h.end, last) is not None
            )
            for h, t in zip(live, trends, strict=True)
        ):
            return []
    return live


#: A court or judge as the agent of its sentence: "عدالت نے", "ہائی کورٹ نے".
_COURT_AGENT = lazy_compile(rf"(?:{word_class('court_body')})\s{word_alternation('ergative')}(?!\w)")
#: A court's ruling or hearing: "بری کر دیا", "ضمانت کی درخواستیں مسترد", "فیصلہ محفوظ".
_COURT_RULING = lazy_compile(word_class("court_ruling"))
#: An anniversary: "برسی".
_COMMEMORATION = lazy_compile(word_class("commemoration_word"))
#: After an event word: the anniversary of it, with an ordinal or another word between
#: ("حملے کی دسویں برسی", "سانحے کی برسی").
_ANNIVERSARY_OF = lazy_compile(
    rf"(?:\s\S+){{0,2}}?\s(?:کی|کے)\s(?:\S+\s)?(?:{word_class('commemoration_word')})"
)
#: The observing of an anniversary: "منائی گئی", "تقریب".
_OBSERVANCE = lazy_compile(word_class("observance_word"))


def _retold_lead(reading: DocReading) -> str | None:
    """ "case" where the article's lead sentence reports a court's ruling or hearing, with a court
    as its agent ("انسداد دہشت گردی کی عدالت نے ... دو ملزمان کو بری کر دیا", "ہائی کورٹ نے
    ... ضمانت کی درخواستیں مسترد کر دیں"; non-events.court-report), or the observance of an
    anniversary whose every event word it names the anniversary of ("حملے کی دسویں برسی منائی
    گئی"; non-events.commemoration-lead): the news is the ruling or the observance, and the
    acts of violence it recalls in the past perfect are the case or the day remembered, told
    again; "tally" where the lead gives a report's count of events (:func:`_report_tally_lead`);
    ``None`` otherwise."""
    if not reading.sentences:
        return None
    lead = reading.sentences[0]
    text = reading.analysis.text
    if (
        on("non-events.court-report")
        and _COURT_AGENT.search(text, lead.start, lead.end)
        and _COURT_RULING.search(text, lead.start, lead.end)
    ):
        return "case"
    if _report_tally_lead(reading, lead) or _report_tally_second(reading):
        return "tally"
    if not (
        on("non-events.commemoration-lead")
        and _COMMEMORATION.search(text, lead.start, lead.end)
        and _OBSERVANCE.search(text, lead.start, lead.end)
    ):
        return None
    # "... برسی کی تقریب سے واپس آنے والے افسر پر فائرنگ": an act of the lead's own is news
    if all(
        _ANNIVERSARY_OF.match(text, h.end) for c in reading.clauses if c.sentence == 0 for h in c.triggers
    ):
        return "case"
    return None


#: A report or statistics: "سالانہ رپورٹ", "اعداد و شمار".
_STATISTICS_SOURCE = lazy_compile(word_class("statistics_source"))
#: A calendar period or a stretch up to now that a tally counts over: "گزشتہ سال", "رواں ماہ", "اب تک".
_TALLY_PERIOD = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('calendar_period')}|{word_alternation('long_stretch')})(?!\w)"
)


def _report_tally_lead(reading: DocReading, lead: SentenceInfo, index: int = 0) -> bool:
    """Whether the lead sentence gives a report's count of events over a calendar period, and
    no event of its own ("سالانہ رپورٹ کے مطابق گزشتہ سال ملک میں دہشت گردی کے 320 واقعات
    ہوئے"): the article is a statistics report, and the acts of violence it tells after are
    parts of that count ("ان حملوں میں 500 افراد ہلاک", "سب سے زیادہ حملے خیبر پختونخوا میں ہوئے")
    (non-events.report-tally-lead)."""
    if not on("non-events.report-tally-lead"):
        return False
    text = reading.analysis.text
    if not _STATISTICS_SOURCE.search(text, lead.start, lead.end):
        return False
    toll = on("non-events.report-toll-lead")
    if not (_TALLY_PERIOD.search(text, lead.start, lead.end) or (toll and _names_long_period(lead))):
        return False
    return _sums_up_only(reading, index, toll)


def _sums_up_only(reading: DocReading, sentence: int, toll: bool) -> bool:
    """Whether sentence number ``sentence`` sums up events and tells none of its own: a clause of
    it is a tally (or, with ``toll``, a figure with no event word) and every clause with event
    words is a tally."""
    text = reading.analysis.text
    first = [c for c in reading.clauses if c.sentence == sentence]
    # "رپورٹ کے مطابق 2023 کے دوران ... 1900 شہری ہلاک ہوئے": a toll with no event word of its
    # own, over the period, is the report's count too (non-events.report-toll-lead)
    aggregate = [_is_aggregate(c, text) or (toll and c.has_figure and not c.triggers) for c in first]
    return any(aggregate) and not any(c.triggers and not a for c, a in zip(first, aggregate, strict=True))


def _report_tally_second(reading: DocReading) -> bool:
    """Whether the lead sentence only sums up events ("... جھڑپوں میں مارے جانے والوں کی تعداد
    2012ء کے بعد سے سب سے زیادہ ہے") and the sentence after it gives a report's count over a
    period (:func:`_report_tally_lead`): the two open a statistics report together
    (non-events.report-tally-second)."""
    if len(reading.sentences) < 2 or not on("non-events.report-tally-second"):
        return False
    if not (_sums_up_only(reading, 0, False) or _frames_report(reading)):
        return False
    return _report_tally_lead(reading, reading.sentences[1], 1)


def _frames_report(reading: DocReading) -> bool:
    """Whether the lead sentence tells no event of its own before a report's count: it has no
    event word and no figure ("شہر میں گزشتہ برس بھی چوری کی وارداتیں کم نہ ہو سکیں"), or only a
    toll with no event word ("ادارے کا کہنا ہے کہ 2021 کے دوران 900 شہری مارے گئے")
    (non-events.report-tally-after-frame)."""
    if not on("non-events.report-tally-after-frame"):
        return False
    first = [c for c in reading.clauses if c.sentence == 0]
    if any(c.triggers for c in first):
        return False
    return not any(c.has_figure for c in first) or _sums_up_only(reading, 0, True)


def _names_long_period(info: SentenceInfo) -> bool:
    """Whether the sentence names a whole month or a longer stretch ("2023 کے دوران", "مارچ
    میں"): a date whose range spans four weeks or more."""
    return any(
        d.date.start is not None and d.date.end is not None and (d.date.end - d.date.start).days >= 27
        for d in info.dates
    )


def _drop_retold(
    live: list[Hit[TriggerTerm]],
    clause: Clause,
    info: SentenceInfo,
    after: SentenceInfo | None,
    published: dt.date | None,
    frame: str,
) -> list[Hit[TriggerTerm]]:
    """``live`` without its acts of violence, in an article whose lead reports a court's ruling
    or an anniversary's observance (see :func:`_retold_lead`), where the sentence names no single
    day: "اس دھماکے میں گیارہ افراد جاں بحق ہوئے تھے" is the case retold. A crowd's protest or
    march still happened; an event put on its day is told for itself ("یاد رہے کہ 8 مئی 2019 کو
    ..."), but not in the ``lead``, whose day is the ruling's or the observance's ("برسی آج منائی
    جا رہی ہے"), unless the sentence ``after`` it recalls the event on its day: the lead then
    names it, and the recall tells it (dates.referenced-event). After a court's or an
    anniversary's lead (``frame`` "case") only what a clause recalls in the past perfect is the
    case ("... ہلاک ہوئے تھے"): "عدالت سے باہر نکلتے ہی ... فائرنگ کر دی" is fresh news; the parts
    of a report's count ("tally") are told in the simple past ("ان حملوں میں 500 افراد ہلاک ہوئے")."""
    lead = clause.sentence == 0
    if not live or (not lead and frame == "case" and not clause.past_perfect):
        return live
    if lead and after is not None and "background" in after.markers and _names_day(after, published):
        return live
    if not lead and _names_day(info, published):
        return live
    if (
        not lead
        and frame == "case"
        and any(not p.site for p in clause.places)
        and _names_period(info, published)
    ):
        # "ملزمان کو جون 2012 میں لورالائی سے گرفتار کیا تھا": a month or year of its own makes the
        # recalled act specific, as a day does (segments.case-dated-recall)
        return live
    # "... درجنوں اسکول نذر آتش کیے گئے" in a report's count: damage is counted as attacks are
    # (non-events.tally-counts-damage); a protest or march is still an event
    counted = _DAMAGE_KINDS if frame == "tally" and on("non-events.tally-counts-damage") else frozenset()
    return [h for h in live if h.value.kind in _CROWD_KINDS and h.value.kind not in counted]


def _names_period(info: SentenceInfo, published: dt.date | None) -> bool:
    """Whether the sentence names a whole month or year that ended before the publication date
    ("جون 2012 میں", "2016 میں"): a time of its own for an act recalled in a court's case."""
    if published is None or not on("segments.case-dated-recall"):
        return False
    return any(
        d.date.start is not None and d.date.end is not None and d.date.start < d.date.end < published
        for d in info.dates
    )


def _names_day(info: SentenceInfo, published: dt.date | None) -> bool:
    """Whether the sentence names a single day ("8 مئی 2019 کو", "کل رات"), or any time at all
    where the publication date is not known: an event put on its day is made specific, even one
    recalled years back (a background incident)."""
    if published is None:
        return bool(info.dates)
    return any(d.date.start is not None and d.date.start == d.date.end for d in info.dates)


def _before_plural_devices(hit: Hit[TriggerTerm], clause: Clause) -> bool:
    """Whether an event word qualifies a plural weapon noun right after it ("سڑک کنارے نصب
    بموں"): such devices in general, as a plural event noun names such events
    (non-events.generic-plural-devices)."""
    return on("non-events.generic-plural-devices") and any(
        0 <= w.start - hit.end <= 1 and _PLURAL_NOUN_HIT.search(w.key) is not None for w in clause.weapons
    )


def _country_subject_of(place: PlaceRef, live: Sequence[Hit[TriggerTerm]], text: str) -> bool:
    """Whether ``place`` is a country named right before one of the plural event nouns of ``live``
    with no case marker between them ("فلاں ملک ڈرون حملوں کی تصدیق نہیں کرتا"): the subject
    speaking of such events, not their place (non-events.country-subject-of-plural)."""
    return place.level == 0 and any(
        0 < h.start - place.end <= 1 and not text[place.end : h.start].strip() for h in live
    )


def _drop_generic_plural(
    live: list[Hit[TriggerTerm]], clause: Clause, places: Sequence[PlaceRef], info: SentenceInfo, text: str
) -> list[Hit[TriggerTerm]]:
    """No event words, where all of them are plural event nouns ("خودکش حملوں اور بم دھماکوں نے
    معیشت تباہ کر دی", "ڈرون حملوں کی تاریخ") in a clause with no figure, no place of its own,
    no time and nobody said to act: attacks in general, not one that happened
    (non-events.generic-plural)."""
    if not live or not on("non-events.generic-plural"):
        return live
    if not all(
        (_PLURAL_NOUN_HIT.search(h.key) and _EVENT_NOUN.search(h.key)) or _before_plural_devices(h, clause)
        for h in live
    ):
        return live
    if on("non-events.country-subject-of-plural"):
        places = [p for p in places if not _country_subject_of(p, live, text)]
    if clause.has_figure or places or _acted(clause) or clause.several:
        return live
    if _names_date(clause, info):
        return live
    return []


#: A celebration or welcome: "جشن آزادی ریلی", "استقبالیہ ریلی", "جشن منایا".
_CELEBRATION = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('celebration_word')})(?!\w)"))


def _not_followed_by(
    live: list[Hit[TriggerTerm]], text: str, rule: str, after: Any, kind: str | None = None
) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` (of trigger kind ``kind``, if given, and all others) that
    ``after`` does not match right after: the words after an event word that say it did not
    happen (a ban, a demand, a rumour of it, a release after it), when ``rule`` is on."""
    if not on(rule):
        return live
    return [h for h in live if (kind is not None and h.value.kind != kind) or not after.match(text, h.end)]


def _none_followed(
    live: list[Hit[TriggerTerm]], text: str, rule: str, after: Any, kind: str | None = None
) -> list[Hit[TriggerTerm]]:
    """:func:`_not_followed_by` where ``after`` is known to match after none of ``live``: all of it."""
    return live


#: "جوابی کارروائی میں": in retaliation, a frame for the act told after it.
_RETALIATION_IN = lazy_compile(r"جوابی (?:کارروائی|کاروائی) میں")
#: The kinds of a strike from afar or a blast that a retaliation may be told by.
_STRIKE_KINDS = frozenset({"shelling", "air", "explosion"})


def _drop_retaliation_frame(triggers: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``triggers`` but "جوابی کارروائی میں" before a strike or a blast told after
    it in the clause ("حزب اللہ نے جوابی کارروائی میں اسرائیلی فوج کے اڈے کو راکٹوں سے نشانہ بنایا"):
    the retaliation was that strike, which types the event, not an exchange of fire
    (types.retaliation-by-its-means)."""
    if not on("types.retaliation-by-its-means"):
        return triggers
    frames = [h for h in triggers if _RETALIATION_IN.match(text, h.start)]
    if not frames:
        return triggers
    return [
        h
        for h in triggers
        if h not in frames or not any(o.start > h.end and o.value.kind in _STRIKE_KINDS for o in triggers)
    ]


#: Right after a suicide word, what puts it in dispute: a denial or rejection of it or of the
#: claim or reports of it ("خودکش حملے کی تردید", "خودکش حملہ ہونے کے دعوے کو مسترد"), a negated
#: copula ("خودکش حملہ نہیں تھا") or another possibility ("خودکش حملہ تھا یا ...").
_SUICIDE_DISPUTED = lazy_compile(
    r"(?: ہونے)? (?:کی|کے)(?: (?:دعوے|دعووں|اطلاع|اطلاعات|خبر|خبروں|امکان) (?:کی|کو))? (?:تردید|مسترد)(?!\w)"
    r"|(?: [^\W\d]+)? نہیں (?:تھا|تھی|ہے)(?!\w)"
    r"|(?: (?:تھا|تھی|ہے|تھے))? یا(?!\w)"
)
#: A party's claim whose content follows: "دعویٰ کیا کہ".
_CLAIM_THAT = lazy_compile(r"(?<!\w)(?:دعوی|دعویٰ) (?:کیا|کرتے ہوئے کہا)(?: ہے| تھا)? کہ(?!\w)")
#: A suicide word that the sentence calls the event: "اسے خودکش حملہ قرار دیا گیا".
_CALLED = lazy_compile(r" قرار (?:دیا|دی|دیے|دئیے|دیئے)(?!\w)")
#: What then rejects the claim or the name: "اس دعوے کو مسترد", "اس کی تردید", "اسے غلط قرار".
_CLAIM_REJECTED = lazy_compile(
    r"(?<!\w)(?:(?:اس|ان) (?:دعوے|دعووں) (?:کو|کی)|اس کی|اسے) (?:مسترد|تردید|غلط قرار|جھوٹا قرار)(?!\w)"
)


def _drop_disputed_suicide(
    triggers: list[Hit[TriggerTerm]], clause: Clause, text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``triggers`` but a suicide attack put in dispute where it is told: denied
    or rejected ("پولیس نے خودکش حملے کی تردید کی"), said not to have been one ("یہ خودکش حملہ
    نہیں تھا"), told as one possibility of two ("خودکش حملہ تھا یا بم پہلے سے نصب تھا"), or a
    party's claim or a name that its sentence then rejects ("X نے دعویٰ کیا کہ یہ خودکش حملہ تھا
    تاہم پولیس نے اس دعوے کو مسترد کر دیا", "اسے خودکش حملہ قرار دیا گیا تاہم پولیس نے اس کی تردید
    کی"): a disputed suicide attack does not type the event (types.suicide-disputed)."""
    if not on("types.suicide-disputed") or not any(
        h.value.sub_event_type is _S.SUICIDE_BOMB for h in triggers
    ):
        return triggers
    start, end = _sentence_span(clause, text)
    claim = _CLAIM_THAT.search(text, start, end)

    def disputed(h: Hit[TriggerTerm]) -> bool:
        if _SUICIDE_DISPUTED.match(text, h.end):
            return True
        framed = (claim is not None and claim.end() <= h.start) or _CALLED.match(text, h.end) is not None
        return framed and _CLAIM_REJECTED.search(text, h.end, end) is not None

    return [h for h in triggers if h.value.sub_event_type is not _S.SUICIDE_BOMB or not disputed(h)]


def _drop_celebration(triggers: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``triggers`` but the crowd's march, where its sentence calls the march a
    celebration or a welcome ("جشن آزادی ریلی نکالی گئی", "کارکنوں نے جشن منایا اور ریلی نکالی",
    "استقبالیہ ریلی"): people celebrating make no protest (non-events.celebration-is-no-protest)."""
    if not on("non-events.celebration-is-no-protest") or not any(h.value.kind == "protest" for h in triggers):
        return triggers
    if _CELEBRATION.search(text, *_sentence_span(clause, text)) is None:
        return triggers
    return [h for h in triggers if h.value.kind != "protest"]


#: Against a civic offence: "تجاوزات کے خلاف", "بجلی چوروں کے خلاف".
_CIVIC_DRIVE = prefiltered(
    lazy_compile(rf"(?:{_whole_words(word_alternation('civic_offence'))})\s(?:کے\sخلاف|کیخلاف)(?!\w)")
)
#: What an administrative drive does: operate, raid, demolish, arrest.
_DRIVE_KINDS = frozenset({"operation", "looting", "arrest"})


def _sentence_span(clause: Clause, text: str) -> tuple[int, int]:
    """The start and end of the sentence around ``clause``: from the full stop before it to its
    own, which a clause that ends the sentence holds as its last character."""
    start = _sentence_start(text, clause.start)
    end = text.find("۔", max(clause.start, clause.end - 1))
    return start, end if end >= 0 else len(text)


def _drop_civic_drive(triggers: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``triggers`` but operations, demolitions and arrests, where their
    sentence says they were against a civic offence ("تجاوزات کے خلاف آپریشن کرتے ہوئے دکانیں
    مسمار کر دیں", "بجلی چوروں کے خلاف کارروائی"): the administration enforcing its rules, not a
    security operation nor destruction of property (non-events.civic-drive)."""
    if not on("non-events.civic-drive") or not any(h.value.kind in _DRIVE_KINDS for h in triggers):
        return triggers
    start, end = _sentence_span(clause, text)
    if _CIVIC_DRIVE.search(text, start, end) is None:
        return triggers
    return [h for h in triggers if h.value.kind not in _DRIVE_KINDS]


#: Shots fired into the air, right before the shooting word: "ہوائی فائرنگ", "ہوا میں فائرنگ".
_INTO_THE_AIR = lazy_compile(rf"(?<!\w)(?:{word_alternation('into_the_air')})\s$")


def _drop_festive_fire(triggers: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``triggers`` but shots fired into the air, where their sentence calls
    the occasion a celebration ("کامیابی کی خوشی میں کارکنوں نے ہوائی فائرنگ کی", "ہوائی فائرنگ کر
    کے جشن منایا"): festive shooting aims at nobody (non-events.festive-fire)."""
    if not on("non-events.festive-fire"):
        return triggers
    aerial = [
        h
        for h in triggers
        if h.value.kind == "shooting" and _INTO_THE_AIR.search(text[max(0, h.start - 12) : h.start])
    ]
    if not aerial:
        return triggers
    start, end = _sentence_span(clause, text)
    if _CELEBRATION.search(text, start, end) is None:
        return triggers
    return [h for h in triggers if h not in aerial]


#: Right before an event word, an abstraction it befalls: "میرٹ کا قتل", "مینڈیٹ اغوا", "قوم کو یرغمال".
_ABSTRACT_VICTIM = lazy_compile(
    rf"(?:{_whole_words(word_alternation('abstract_victim'))})\s(?:(?:{word_alternation('abstract_case')})\s)?$"
)
#: One of the literals every match of the pattern above holds (:func:`literal_gate`).
_ABSTRACT_VICTIM_GATE = literal_gate(_ABSTRACT_VICTIM)
#: An abstraction as the agent, before an event word in its clause: "مہنگائی نے ... آگ لگا دی".
_ABSTRACT_AGENT = prefiltered(
    lazy_compile(rf"(?<!\w)(?:{word_alternation('abstract_agent')})\s{word_alternation('ergative')}(?!\w)")
)


def _drop_abstract_victim(
    triggers: list[Hit[TriggerTerm]], clause: Clause, text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``triggers`` but those that befall an abstraction ("میرٹ کا قتل عام",
    "ہمارا مینڈیٹ اغوا کیا گیا", "پوری قوم کو یرغمال بنا رکھا ہے") or that an abstraction does
    ("مہنگائی نے غریب کے گھر میں آگ لگا دی"): political speech, no event
    (non-events.abstract-victim)."""
    if not triggers or not on("non-events.abstract-victim"):
        return triggers
    agent = _ABSTRACT_AGENT.search(text, clause.start, clause.end)
    return [
        h
        for h in triggers
        if not (
            _ABSTRACT_VICTIM_GATE.search(text, max(clause.start, h.start - 30), h.start)
            and _ABSTRACT_VICTIM.search(text[max(clause.start, h.start - 30) : h.start])
        )
        and not (agent is not None and agent.end() <= h.start)
    ]


#: Right before an event word, an abstraction and "against", with at most one word between
#: ("دہشت گردی کے خلاف جنگ", "انتہا پسندی کے خلاف جاری لڑائی").
_AGAINST_ABSTRACTION = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('campaign_abstraction')})\sکے\sخلاف\s(?:[^\W\d]+\s)?$"
)


#: Right after an event word, "against" and a law, a bill or a resolution, with at most one word
#: between: "[اغوا] کے خلاف نیا قانون" (non-events.law-against-act).
_AGAINST_LAW_AFTER = lazy_compile(rf"\sکے\sخلاف\s(?:[^\W\d]+\s)?(?:{word_alternation('law_noun')})(?!\w)")


def _drop_campaign_against(
    triggers: list[Hit[TriggerTerm]], clause: Clause, text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``triggers`` but those right after an abstraction and "کے خلاف", in a
    clause with no figure ("دہشت گردی کے خلاف جنگ میں پوری قوم متحد ہے"): the campaign against
    terrorism or extremism is named, no event told (non-events.campaign-against-abstraction)."""
    if not triggers or clause.has_figure:
        return triggers
    if on("non-events.law-against-act"):
        # "اغوا کے خلاف نیا قانون لانے کی اپیل": the kind of act a law is wanted against
        triggers = [h for h in triggers if _AGAINST_LAW_AFTER.match(text, h.end, clause.end) is None]
    if not on("non-events.campaign-against-abstraction"):
        return triggers
    return [
        h
        for h in triggers
        if _AGAINST_ABSTRACTION.search(text[max(clause.start, h.start - 45) : h.start]) is None
    ]


#: A search operation, the whole of an event word: "سرچ آپریشن", "کومبنگ آپریشن".
_SEARCH_WORD = lazy_compile(rf"(?:{word_alternation('search_noun')})")
#: Right after a search word, its beginning, going on or end: "شروع کر دیا", "کا آغاز", "جاری ہے".
_SEARCH_UNDER_WAY = lazy_compile(
    rf"(?:\s(?:کا|کی))?\s(?:{word_alternation('onset_word')}|{word_alternation('went_on_word')})(?!\w)"
)


#: An arrest named as an aim, "گرفتاری کے لیے" (the search for someone, words of `sought`).
_ARREST_SOUGHT = lazy_compile(rf"(?:{word_alternation('sought')})(?!\w)")


def _drop_search_under_way(
    triggers: list[Hit[TriggerTerm]], clause: Clause, text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``triggers`` but a search operation told as begun, going on or ended, in
    a clause with no figure ("واقعے کے بعد پولیس نے ناکہ بندی کر کے سرچ آپریشن شروع کر دیا"): the
    response to the event told, no clash of its own (non-events.search-under-way); an arrest named
    as the search's aim ("ملزمان کی گرفتاری کے لیے") is sought, not made, and goes with it
    (non-events.search-for-arrest)."""
    if not triggers or clause.has_figure or not on("non-events.search-under-way"):
        return triggers
    kept = [
        h
        for h in triggers
        if not (
            h.value.kind == "operation"
            and _SEARCH_WORD.fullmatch(text, h.start, h.end)
            and _SEARCH_UNDER_WAY.match(text, h.end, clause.end)
        )
    ]
    if len(kept) < len(triggers) and on("non-events.search-for-arrest"):
        # "ملزمان کی گرفتاری کے لیے سرچ آپریشن شروع کر دیا گیا": the arrest is the search's aim
        kept = [h for h in kept if not (h.value.kind == "arrest" and _ARREST_SOUGHT.match(text, h.start))]
    return kept


#: After an event word, a rumour of it: "اغوا کی افواہ", "دھماکے کی افواہیں".
_RUMOUR_OF = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('rumour_word')})(?!\w)"
)


#: A scene, story or portrayal of what the event word names, after up to three words
#: coordinated with it: "فائرنگ کے مناظر", "بمباری اور دست بدست لڑائی کے مناظر", "جنگ کی کہانی".
_DEPICTED = lazy_compile(
    rf"(?:\s(?:{word_alternation('conjunction_and')})(?:\s[^\s۔،]+){{1,3}}?)?\s(?:{word_alternation('genitive')})\s(?:{word_alternation('depiction_noun')})(?!\w)"
)


#: After an event word, "کے بعد" and up to two words with their genitive, a scene or story:
#: "دھماکے کے بعد اسپتالوں کے مناظر" (non-events.scenes-after-event).
_SCENES_AFTER = lazy_compile(
    rf"\sکے\sبعد(?:\s[^\s۔،]+){{1,2}}?\s(?:{word_alternation('genitive')})\s(?:{word_alternation('depiction_noun')})(?!\w)"
)


#: After an event word and at most four more words listed with it (commas, "اور", "یا"), "such
#: as" and a noun for kinds of acts: "ڈکیتی اور اغوا جیسے جرائم", "حملوں جیسے واقعات".
_SUCH_AS = lazy_compile(
    rf"(?:\s?[،,]?\s(?:اور\s|یا\s)?[^\W\d]+){{0,6}}?\s(?:جیسی|جیسے|جیسا)\s(?:[^\W\d]+\s)?"
    rf"(?:{word_alternation('kind_noun')})(?!\w)"
)


#: After an event word, the case or petition about it: "جبری گمشدگی سے متعلق کیس", "دھماکے کے
#: بارے میں درخواست" (non-events.case-topic).
_CASE_ABOUT = lazy_compile(
    rf"\s(?:{word_alternation('topic_postposition')})\s(?:[^\W\d]+\s)?"
    rf"(?:{word_alternation('court_case_noun')}|{word_alternation('petition_noun')})(?!\w)"
)
#: After an event word, a stance on it: "آپریشن کی مخالفت", "کارروائی کی حمایت کا اعلان".
_STANCE_ON = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('stance_noun')})(?!\w)"
)
#: Talks, named beside force as the other choice of a policy: "مذاکرات", "بات چیت".
_TALKS = rf"(?:{phrase_trie('talks_noun')})"
#: After an event word, "پر", at most one word and talks, a dispute or a debate: "سرحدی آپریشن پر
#: بات چیت", "فضائی حملے پر تنازع" (non-events.topic-of-exchange).
_EXCHANGE_ON = lazy_compile(rf"[’'\"]?\sپر\s(?:[^\W\d]+\s)?(?:{_TALKS}|{phrase_trie('dispute_noun')})(?!\w)")
#: Between talks and an event word, the words that set them side by side as choices: "اور",
#: "یا", "یا پھر", "کے بجائے", "کی بجائے", "کے ساتھ ساتھ".
_OPTION_JOINT = r"(?:اور|یا|یا\sپھر|یا\sتو|کے\sبجائے|کی\sبجائے|کے\sساتھ\sساتھ)"
#: Right before an event word (with at most one word, "فوجی", between): talks and a joint
#: ("مذاکرات یا فوجی آپریشن", "بات چیت کے بجائے آپریشن") (non-events.talks-or-force).
_TALKS_BEFORE = prefiltered(lazy_compile(rf"(?<!\w){_TALKS}\s{_OPTION_JOINT}\s(?:[^\W\d]+\s)?\Z"))
#: Right after an event word: a joint and talks ("آپریشن یا مذاکرات", "آپریشن اور مذاکرات")
#: (non-events.talks-or-force).
_TALKS_AFTER = lazy_compile(rf"\s{_OPTION_JOINT}\s{_TALKS}(?!\w)")


def _drop_talks_option(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """``live`` without the event words set beside talks as the other choice of a policy, in a
    clause with no figure ("وزیر نے کہا کہ مذاکرات اور آپریشن میں سے ایک راستہ چننا ہو گا", "آپریشن یا
    مذاکرات، دونوں راستے کھلے ہیں"): force weighed as an option is debated, not told
    (non-events.talks-or-force)."""
    if not live or clause.has_figure or not on("non-events.talks-or-force"):
        return live
    return [
        h
        for h in live
        if _TALKS_BEFORE.search(text, max(0, h.start - 30), h.start) is None
        and not _TALKS_AFTER.match(text, h.end)
    ]


#: Right before an event word, "every" (with at most "ایک" between): "ہر دھماکے کے بعد", "ہر
#: حملے میں" (non-events.every-event).
_EVERY_BEFORE = lazy_compile(r"(?<!\w)ہر\s(?:ایک\s)?\Z")
#: After an event word (and up to three words listed with it), what one prepares for: "حملے سے
#: نمٹنے کے لیے", "دہشت گردی کے خطرے سے نمٹنے کیلئے" (non-events.prepared-for).
_PREPARED_FOR = lazy_compile(
    r"(?:\s(?:اور|و|یا|کے|کی)(?:\s[^\s۔،]+){1,2}?)?[’'\"]?\sسے\s"
    rf"(?:{word_alternation('coping_word')})\s?"
    rf"(?:کے\sلیے|کے\sلئے|کیلئے|کیلیے|کی\s(?:{word_alternation('preparation_noun')}))(?!\w)"
)
#: After an event word, a call to stop it: "فوجی کارروائیاں فوری طور پر روکیں", "حملے روکے
#: جائیں", "بمباری روکنے کا مطالبہ" (non-events.stop-called).
_STOP_CALLED = lazy_compile(
    rf"\s(?:(?:{phrase_trie('immediately_adverb')})\s)?(?:{phrase_trie('stop_call_verb')}"
    rf"|روکنے\s(?:{word_alternation('genitive')})\s(?:{word_alternation('demand_noun')}))(?!\w)"
)
#: After an event word, a verb of stopping in the subjunctive, the end hoped for or aimed at:
#: "لڑائی رک سکے", "جنگ ختم ہو جائے", "فائرنگ کا سلسلہ بند ہو سکے" (non-events.hoped-to-stop).
_HOPED_TO_STOP = lazy_compile(rf"\s(?:(?:کا|کی)\sسلسلہ\s)?(?:{word_alternation('hoped_cease_verb')})(?!\w)")
#: After an event word, a verb of seeming: what the event told appears to be ("یہ قتل بظاہر
#: ٹارگٹ کلنگ لگتا ہے", "... دہشت گردی معلوم ہوتی ہے") (non-events.seems-kind).
_SEEMS = lazy_compile(
    r"[’'\"]?\s(?:کا\sشاخسانہ\s|کی\sکارروائی\s)?(?:معلوم\sہوت[اےی]|لگت[اےی]\s(?:ہے|ہیں|تھا|تھی)|دکھائی\sدیت[اےی]|نظر\sآت[اےی])(?!\w)"
)
#: After an event word, at most three words on, its verb in the habitual past: an imperfective
#: participle and a past auxiliary ("دستی بم ساتھ رکھتے تھے", "شہریوں کو لوٹتے تھے").
_HABITUAL_PAST = lazy_compile(r"(?:\s[^\W\d]+){0,3}?\s[^\W\d]+ت(?:ے|ی|ا)\sتھ(?:ے|ی|ا|یں)(?!\w)")
#: After an event word, at most seven words on with no conjunction, relative pronoun or finite
#: verb between, its verb in the habitual present: an imperfective participle and "ہے"/"ہیں"
#: ("قتل کو انسانیت کا قتل قرار دیتا ہے", "حملوں میں بچے زخمی ہوتے ہیں"); the group ``rep``
#: is a participle of saying or deeming before "جاتا" ("تعداد پانچ بتائی جاتی ہے").
_HABITUAL_PRESENT = lazy_compile(
    rf"(?:\s(?!(?:{word_alternation('habitual_present_stop')})(?!\w))[^\W\d]+){{0,7}}?"
    rf"(?:\s(?P<rep>{word_alternation('report_participle')}))?\s[^\W\d]+ت(?:ے|ی|ا)\s(?:ہے|ہیں)(?!\w)"
)

#: After an event word, at most seven words on with no conjunction, relative pronoun or finite
#: verb between, "نہیں" and an imperfective participle with no auxiliary, the negated habitual
#: present: "حملوں کی تصدیق نہیں کرتا", "ایسے حملوں کی حمایت نہیں کرتے"
#: (non-events.habitual-present-negated).
_HABITUAL_NEGATED = prefiltered(
    lazy_compile(
        rf"(?:\s(?!(?:{word_alternation('habitual_present_stop')})(?!\w))[^\W\d]+){{0,7}}?"
        r"\sنہیں\s[^\W\d]+ت(?:ے|ی|ا)(?!\w)(?!\s(?:تھ(?:ے|ی|ا|یں)|ہو|رہ)[^\W\d]*)"
    )
)

#: After an event word, "in" and at most three words on, a predicate of a charge: "حملوں میں ملوث",
#: "کئی خودکش حملوں میں غیر ملکی شہری ملوث پائے گئے", "قتل کی وارداتوں میں مطلوب"; not the
#: verbal noun, "دھماکے میں ملوث ہونے کی تردید", whose denial or admission is of the event told
#: (non-events.charged-deed).
_CHARGED_DEED = lazy_compile(
    rf"\s(?:(?:کی|کے)\s(?:[^\W\d]+\s){{0,2}}?)?میں\s(?:[^\W\d]+\s){{0,3}}?(?:بھی\s)?"
    rf"(?:{word_alternation('charge_predicate')})(?!\w)(?!\sہونے(?!\w))"
)

#: After a charged deed (:data:`_CHARGED_DEED`), its auxiliary, a singular relative phrase
#: ("جس میں") and at most ten words to a past-perfect auxiliary: "... حملے میں ملوث تھے جس میں
#: دو اہلکار شہید ہوئے تھے" tells that one deed and its toll (non-events.charged-deed-told).
_CHARGED_DEED_TOLD = lazy_compile(
    rf"\s(?:(?:{word_alternation('finite_auxiliary')})\s)?(?:{word_alternation('told_event_relative')})"
    rf"\s(?:\S+\s){{1,10}}?(?:{word_alternation('past_perfect_auxiliary')})(?!\w)"
)


def _charged_deed_told(hit: Hit[TriggerTerm], text: str) -> bool:
    """Whether ``hit`` is named as a deed someone is charged with that a singular relative clause
    in the past perfect goes on to tell (:data:`_CHARGED_DEED_TOLD`)."""
    m = _CHARGED_DEED.match(text, hit.end)
    return m is not None and _CHARGED_DEED_TOLD.match(text, m.end()) is not None


def _keep_told_deeds(
    live: list[Hit[TriggerTerm]], kept: list[Hit[TriggerTerm]], text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` that non-events.charged-deed ``kept``, and those it dropped as
    a deed someone is charged with that a singular relative clause in the past perfect right
    after the charge goes on to tell ("وہ گزشتہ ماہ X میں چوکی پر حملے میں ملوث تھے جس میں دو
    اہلکار شہید ہوئے تھے"): an earlier event told, which stays (non-events.charged-deed-told)."""
    if len(kept) == len(live) or not on("non-events.charged-deed-told"):
        return kept
    return [h for h in live if h in kept or _charged_deed_told(h, text)]


#: A relative clause of charge: "جن پر" or "جس پر", at most eight words, and the genitive of a
#: charge noun ("جن پر ہنگامہ آرائی اور توڑ پھوڑ کا الزام ہے"; non-events.charge-of-arrested).
_CHARGE_RELATIVE = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:{word_alternation('relative_pronoun')})\sپر\s(?:[^\W\d]+\s){{1,8}}?"
        rf"(?:{word_alternation('genitive')})\s(?:{word_alternation('charge_noun')})(?!\w)"
    )
)


def _drop_charge_of_arrested(
    live: list[Hit[TriggerTerm]], clause: Clause, text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those in a relative clause of charge after an arrest
    ("پولیس نے 30 نوجوان گرفتار کر لیے جن پر ہنگامہ آرائی کا الزام ہے"): they name what the
    arrested are charged with, not an event told; the arrest stays (non-events.charge-of-arrested)."""
    if len(live) < 2 or not on("non-events.charge-of-arrested"):
        return live
    spans = [m.span() for m in _CHARGE_RELATIVE.finditer(text, clause.start, clause.end)]
    if not spans:
        return live
    inside = [h for h in live if any(a < h.start and h.end <= b for a, b in spans)]
    arrests = [h for h in live if h.value.kind == "arrest" and all(h is not x for x in inside)]
    if not inside or not arrests or any(h.start > a for a, _ in spans for h in arrests):
        return live
    return [h for h in live if all(h is not x for x in inside)]


def _drop_habitual_present(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those whose verb is in the habitual present, with no
    conjunction, relative pronoun or finite verb between ("اسلام ایک انسان کے قتل کو پوری انسانیت
    کا قتل قرار دیتا ہے", "ایسے حملوں میں زیادہ تر عام شہری مارے جاتے ہیں"): a general truth or a
    habit, no event told; a verb of saying or deeming in the passive ("... کی تعداد دس بتائی جاتی
    ہے") reports the event and leaves it (non-events.habitual-present)."""
    if not live or not on("non-events.habitual-present"):
        return live
    kept = []
    for h in live:
        m = _HABITUAL_PRESENT.match(text, h.end)
        if m is not None and not m.group("rep"):
            continue
        if on("non-events.habitual-present-negated") and _HABITUAL_NEGATED.match(text, h.end):
            continue  # "... ان حملوں کی تصدیق نہیں کرتا": what someone never does, no event
        kept.append(h)
    return kept


#: Before a weapon word, its range, with at most three words between: "2000 کلومیٹر تک مار کرنے
#: والے نئے بیلسٹک میزائل", "فضا میں مار کرنے والا" (non-events.weapon-range).
_RANGE_BEFORE = lazy_compile(
    rf"(?:{word_alternation('limit_postposition')}|میں)\sمار\sکرنے\sوال(?:ے|ا|ی)\s(?:[^\W\d]+\s){{0,3}}\Z"
)
#: After an aircraft or artillery word and at most two more listed with it, its help to an
#: operation: "جنگی طیاروں کی مدد سے", "لڑاکا طیاروں اور توپخانے کی مدد بھی حاصل ہے".
_AS_SUPPORT = lazy_compile(
    rf"(?:\s(?:{word_alternation('conjunction_and')})(?:\s[^\s۔،]+){{1,2}}?)?\s(?:کی)\s(?:{word_alternation('support_noun')})(?!\w)"
)


#: "کے بغیر" right after an event word: "لڑائی کے بغیر علاقہ خالی کر دیا".
_WITHOUT_AFTER = lazy_compile(rf"\s(?:کے\s)?(?:{word_alternation('without_word')})(?!\w)")
#: "بغیر" right before an event word, with at most "کسی": "بغیر کسی لڑائی کے".
_WITHOUT_BEFORE = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('without_word')})\s(?:کسی\s)?\Z"))


#: Before an event word, "no" and at most two words that are no postposition or verb of a clause
#: of their own: "کوئی بڑا فوجی [آپریشن]", "کوئی [حملہ]".
_NONE_BEFORE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('none_determiner')})(?:\s(?!(?:{word_alternation('place_name_boundary')})(?!\w))[^\W\d]+){{0,2}}\s\Z"
)
#: After an event word, "not" right after it or after one more word: "نہیں", "نہیں ہوا", "بھی نہیں".
_NONE_NEGATED_AFTER = lazy_compile(rf"(?:\s[^\W\d]+)?\s(?:{word_alternation('negation')})(?!\w)")


#: Between an event word and a casualty figure, no perfective verb: the figure's verb is the first.
_NO_PERFECTIVE = lazy_compile(
    rf"(?:(?!(?<!\w)(?:{word_alternation('perfective_auxiliary')})(?!\w))[^۔،]){{0,48}}\Z"
)
#: Right after a casualty figure, its verb in the habitual past, with no perfective verb or
#: relative word before it: "چار سپاہی شہید ہو جاتے تھے", "تین سپاہی زخمی ہو جاتے تھے".
_HABITUAL_TOLL = lazy_compile(
    rf"\s*(?:(?!(?:{word_alternation('perfective_auxiliary')}|جو|جن|جس|کہ|اور|جبکہ)(?!\w))[^\W\d]+\s){{0,4}}?"
    r"[^\W\d]+ت(?:ے|ی|ا)\sتھ(?:ے|ی|ا|یں)(?!\w)"
)


def _drop_habitual_toll(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but, where every casualty figure of the clause has its verb in
    the habitual past ("سرحدی چوکیوں پر گولہ باری میں اکثر ایک ہی رات میں چار سپاہی شہید ہو
    جاتے تھے"), those the habitual past follows (non-events.habitual-past) or that the figure
    follows with no perfective verb between: the toll too tells what used to happen, no event
    (non-events.habitual-toll)."""
    if not live or not on("non-events.habitual-toll") or not on("non-events.habitual-past"):
        return live
    figures = [f for f in (clause.killed, clause.injured) if f is not None]
    if not figures or not all(_HABITUAL_TOLL.match(text, f.end) for f in figures):
        return live
    first = min(f.start for f in figures)
    return [
        h
        for h in live
        if not (
            _HABITUAL_PAST.match(text, h.end)
            or (h.end <= first and _NO_PERFECTIVE.search(text, h.end, first) is not None)
        )
    ]


#: After an event word (and one more word, "شروع"), an infinitive, its genitive and a decision,
#: plan or announcement: "میزائل حملے کرنے کا فیصلہ", "حملہ کرنے کا منصوبہ", "آپریشن شروع کرنے کا اعلان".
_DECIDED = lazy_compile(
    rf"(?:\s[^\W\d]+)?\s(?:کرنے|کرانے)\s(?:{word_alternation('genitive')})\s(?:{word_alternation('decision_noun')})(?!\w)"
)
#: After an event word, maybe "or"/"and" and another word, "in" and a relative participle of a
#: casualty verb: "حملوں میں شہید ہونے والے", "بم دھماکے یا فائرنگ میں زخمی ہونے والے".
_VICTIMS_OF = lazy_compile(
    rf"(\s(?:یا|اور|و)\s[^\W\d]+)?\sمیں\s(?:{word_alternation('victim_participle')})(?!\w)"
)
#: A decision before "کہ" that opens what follows: "کابینہ نے فیصلہ کیا کہ", "اعلان کیا کہ".
_DECIDED_THAT = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('decision_noun')})\s(?:کیا|کی|کر)(?:\s[^\W\d]+){{0,2}}\sکہ\s"
)
#: Right before an event word, "or"/"and": "دھماکے یا [فائرنگ]".
_OR_BEFORE = lazy_compile(r"(?<!\w)(?:یا|اور|و)\s\Z")
#: A future ending or verb: "دیا جائے گا", "ہوگا".
_FUTURE_WORD = lazy_compile(rf"(?<!\w)(?:{word_alternation('future_auxiliary')})(?!\w)")


def _drop_victim_class(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those that name a class of victims, a plural event word
    or one with another set beside it by "or" or "and" (after it or before it), then "in" and a
    relative participle of a casualty verb ("شدت پسندوں کے حملوں میں شہید ہونے والے سپاہیوں کے
    ورثا کو ... دیے جائیں گے", "بم دھماکے یا فائرنگ میں زخمی ہونے والے شہریوں کو ... ملیں
    گے"), in a sentence that tells the future or opens with a
    decision ("کابینہ نے فیصلہ کیا کہ"): whoever falls in such events, no event told
    (non-events.victim-class)."""
    if not live or not on("non-events.victim-class"):
        return live
    kept = []
    for h in live:
        m = _VICTIMS_OF.match(text, h.end)
        paired = m is not None and (m.group(1) or _OR_BEFORE.search(text, max(0, h.start - 6), h.start))
        if m is not None and (paired or _PLURAL_NOUN_HIT.search(h.key)):
            a, b = _sentence_span(clause, text)
            if _FUTURE_WORD.search(text, m.end(), b) or _DECIDED_THAT.search(text, a, h.start):
                continue
        kept.append(h)
    return kept


#: Before an event word, a thing played, asked or thrown in sport or speech, its genitive and at
#: most two words: "تیز گیندوں کی [بمباری]", "سوالات کی [بوچھاڑ]".
_PLAYED_OWNER = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('played_object')})\s(?:{word_alternation('genitive')})\s(?:[^\W\d]+\s){{0,2}}\Z"
)
#: One of the literals every match of the pattern above holds (:func:`literal_gate`).
_PLAYED_OWNER_GATE = literal_gate(_PLAYED_OWNER)


def _drop_play_as_weapons(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those that a thing played, asked or thrown in sport,
    speech or celebration owns in the genitive ("فاسٹ بولر کی تیز گیندوں کی بمباری کے سامنے
    مہمان ٹیم ڈھیر ہو گئی", "چھکوں اور چوکوں کی بمباری"): a figure for many of them, no
    violence (non-events.play-as-weapons)."""
    return _not_owned_before(live, text, "non-events.play-as-weapons", _PLAYED_OWNER_GATE, _PLAYED_OWNER)


def _not_owned_before(
    live: list[Hit[TriggerTerm]], text: str, rule: str, gate: Any, owner: Any
) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those that ``owner`` finds in the 48 characters before
    them (a genitive owner or an adjective that makes the word a figure of speech), when
    ``rule`` is on; ``gate`` (``literal_gate(owner)``) passes over most words at once."""
    if not on(rule):
        return live
    return [
        h
        for h in live
        if gate.search(text, max(0, h.start - 48), h.start) is None
        or owner.search(text, max(0, h.start - 48), h.start) is None
    ]


#: After a missile's word, in its sentence: the sea it fell into, "مشرقی سمندر میں جا گرے",
#: "ملک کے پانیوں میں گرا".
_INTO_SEA = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('sea_noun')})\sمیں\s(?:{word_alternation('fell_verb', 'start')})"
)
#: What names a target: "نشانہ", "ہدف" (a missile aimed at something).
_TARGET_WORD = lazy_compile(r"(?<!\w)(?:نشانہ|نشانے|ہدف)(?!\w)")


def _drop_missile_into_sea(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but a missile or rocket strike whose sentence says it fell into
    the sea ("دو بیلسٹک میزائل داغے جو مشرقی سمندر میں جا گرے"), with no casualty figure and no target
    named: a launch or a test, no strike (non-events.missile-into-sea)."""
    if not live or clause.has_figure or not on("non-events.missile-into-sea"):
        return live
    kept = []
    for h in live:
        if h.value.kind == "shelling":
            a, b = _sentence_span(clause, text)
            if _INTO_SEA.search(text, h.end, b) and not _TARGET_WORD.search(text, a, b):
                continue
        kept.append(h)
    return kept


def _drop_none_such(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those that "no" and "not" frame ("یہ کوئی بڑا فوجی آپریشن
    نہیں بلکہ ایک مہم ہے", "شہر میں کوئی دھماکہ نہیں ہوا"): the event is said not to be, or not to
    have happened (non-events.none-such-event)."""
    if not on("non-events.none-such-event"):
        return live
    return [
        h
        for h in live
        if not (
            _NONE_NEGATED_AFTER.match(text, h.end)
            and _NONE_BEFORE.search(text, max(0, h.start - 40), h.start)
        )
    ]


def _drop_without(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` that no word for "without" qualifies ("لڑائی کے بغیر علاقہ
    خالی کر دیا", "بغیر کسی مزاحمت کے", "بغیر کسی لڑائی کے قبضہ کر لیا": the fight named did not
    happen, the takeover did) (non-events.without-event)."""
    if not on("non-events.without-event"):
        return live
    return [
        h
        for h in live
        if not _WITHOUT_AFTER.match(text, h.end)
        and not _WITHOUT_BEFORE.search(text, max(0, h.start - 12), h.start)
    ]


#: A meeting's handling of a topic, after its genitive or "پر": "کا تفصیلی جائزہ", "پر بریفنگ".
_DELIBERATED = prefiltered(
    lazy_compile(
        rf"(?:{words_first('کا|کی|پر')})\s(?:تفصیلی\s)?(?:{word_alternation('deliberation_noun')})(?!\w)"
    )
)


def _drop_meeting_topic(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those that name what a meeting reviewed, was briefed on or
    discussed, later in their clause and at most 90 characters on ("اجلاس کو آپریشن X کی
    پیش رفت پر بریفنگ دی گئی", "کانفرنس میں آپریشن X اور ایکشن پلان پر عملدرآمد کا جائزہ لیا
    گیا"): the topic of a meeting, no event told, unless the clause gives a casualty figure
    (non-events.meeting-topic)."""
    if not live or clause.has_figure or not on("non-events.meeting-topic"):
        return live
    topic = _DELIBERATED.search(text, clause.start, clause.end)
    if topic is None:
        return live
    at = topic.start()
    return [h for h in live if not (h.end <= at and at - h.end <= 90)]


#: Right after an event word, a postposition of cause: "کے باعث", "کی وجہ سے".
_CAUSE_OF = lazy_compile(rf"\s(?:{word_alternation('cause_postposition')})(?!\w)")
#: Right after an event word, since it began: "شروع ہونے کے بعد سے", "کے آغاز سے".
_SINCE_BEGUN = lazy_compile(rf"\s(?:{word_alternation('since_begun')})(?!\w)")
#: People driven from their homes: "بے گھر", "نقل مکانی".
_DISPLACED = lazy_compile(rf"(?<!\w)(?:{word_alternation('displaced_word')})(?!\w)")


def _drop_displacement_cause(
    live: list[Hit[TriggerTerm]], clause: Clause, text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those a postposition of cause makes the cause of people
    displaced later in their clause, at most 120 characters on ("فوجی آپریشن کے باعث تین اضلاع سے
    بے گھر ہونے والوں کی تعداد ...", "لڑائی کی وجہ سے ہزاروں خاندان نقل مکانی پر مجبور"): the war or
    campaign that drove them out, no incident of its own (non-events.displacement-cause)."""
    if not live or not on("non-events.displacement-cause"):
        return live
    since = on("non-events.displacement-since")
    kept = []
    for h in live:
        end = clause.end
        cause = _CAUSE_OF.match(text, h.end)
        if cause is None and since:
            # "محاصرہ شروع ہونے کے بعد سے | اب تک ... بے گھر": "since" may end the clause
            cause = _SINCE_BEGUN.match(text, h.end)
            end = _sentence_span(clause, text)[1]
        if cause is None or _DISPLACED.search(text, cause.end(), min(end, cause.end() + 120)) is None:
            kept.append(h)
    return kept


#: After an event word, its verb in the present progressive, at most four words on: "نشانہ
#: بنا رہا ہے", "قتل کیا جا رہا ہے".
_GOING_ON = lazy_compile(r"(?:\s[^\W\d]+){0,4}?\sرہ(?:ا|ی|ے)\s(?:ہے|ہیں)(?!\w)")
#: "کہ" opening what a speaker says.
_THAT = lazy_compile(r"(?<!\w)کہ(?!\w)")


def _drop_said_practice(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those that a speaker says are going on, in the present
    progressive after "کہ" ("صدر نے کہا کہ روس جان بوجھ کر شہریوں کو نشانہ بنا رہا ہے", "رہنماؤں
    نے کہا کہ کارکنوں کو قتل کیا جا رہا ہے"): an accusation of a practice, no event told, unless
    the clause gives a casualty figure or names a weapon (non-events.said-practice)."""
    if not live or clause.has_figure or clause.weapons or not on("non-events.said-practice"):
        return live
    start = _sentence_start(text, clause.start)
    return [h for h in live if not (_GOING_ON.match(text, h.end) and _THAT.search(text, start, h.start))]


def _drop_narrated_practice(
    live: list[Hit[TriggerTerm]], clause: Clause, text: str
) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those of a clause that narrates, in the present progressive
    with no "کہ" before it, what a kind of weapon or force does, its subject a bare noun that names
    no actor ("سستے ڈرونز مہنگے ٹینکوں کو نشانہ بنا رہے ہیں"), in a clause with no casualty figure
    and no place: a practice described, as in an analysis of a war, and no event told; the event
    words up to the progressive verb go (non-events.narrated-practice)."""
    if not live or clause.has_figure or clause.places or not on("non-events.narrated-practice"):
        return live
    start = _sentence_start(text, clause.start)
    for h in live:
        m = _GOING_ON.match(text, h.end)
        if m is None or _THAT.search(text, start, h.start):
            continue
        if any(a.start < h.start and a.role != "target" for a in clause.actors):
            return live  # "پولیس اہلکار ملزمان کو تلاش کر رہے ہیں": a named doer, an event going on
        return [x for x in live if x.start >= m.end()]
    return live


#: Events counted as a tally (ten or more, a multiplier, "more than" or hundreds: "1500 سے زائد
#: کارروائیاں", "سینکڑوں حملے"), at most three words of their verb, and a relative phrase that opens
#: their breakdown ("جن میں").
_TALLY_BREAKDOWN = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:\d+(?:\s(?:{word_alternation('count_multiplier')}))?\s(?:{word_alternation('more_than_phrase')})"
        rf"|\d+\s(?:{word_alternation('count_multiplier')})|\d{{2,}}|{word_alternation('multitude_number')})"
        rf"\s(?:[^\W\d]+\s)?[^\W\d]*(?:{word_class('tallied_event')})[^\s۔،,]*(?:\s[^\s\d۔،,]+){{0,3}}?"
        rf"[،,]?\s(?:{word_alternation('breakdown_relative')})(?!\w)"
    )
)


def _drop_tally_breakdown(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those told in the breakdown of events counted as a tally
    ("رواں برس 1500 سے زائد کارروائیاں کی گئیں جن میں 70 ملزم مارے گئے"): the toll is the
    tally's, of many events, and tells no event of its own (non-events.tally-breakdown-toll)."""
    if not live or not on("non-events.tally-breakdown-toll"):
        return live
    start = _sentence_start(text, clause.start)
    ends = [m.end() for m in _TALLY_BREAKDOWN.finditer(text, start, max(h.start for h in live))]
    if not ends:
        return live
    return [h for h in live if not any(e <= h.start for e in ends)]


#: After a weapon word, at most ten words (others listed with it: "بارودی سرنگوں اور گولہ بارود")
#: and a genitive or "سے" before a noun of clearing, awareness or contamination: "کی صفائی", "سے
#: آگاہی", "سے آلودہ".
_CLEARED_AFTER = lazy_compile(
    rf"(?:\s[^\s\d۔،,:]+){{0,10}}?\s(?:کی|کا|کے|سے)\s(?:{word_alternation('clearance_noun')})(?!\w)"
)


#: After a weapon word, at most ten words (others listed with it) and a genitive before a war
#: noun, with at most a demonstrative between: "بارودی سرنگوں اور توپ خانے کی اس جنگ".
_WAR_OF_AFTER = lazy_compile(
    rf"(?:\s[^\s\d۔،,:]+){{0,10}}?\sکی\s(?:(?:اس|اسی|ایک|یہ)\s)?(?:{word_alternation('war_noun')})(?!\w)"
)


def _drop_weapon_hazard(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """``live`` without the weapon words that name a hazard (:func:`_drop_owned_weapon`,
    non-events.weapon-hazard) or the kind of a war ("خندقوں، بارودی سرنگوں اور توپ خانے کی اس جنگ
    میں پیش قدمی ناممکن ہے": the weapons characterise the war, no blast;
    non-events.weapon-kind-of-war)."""
    live = _drop_owned_weapon(live, clause, text, "non-events.weapon-hazard", _CLEARED_AFTER)
    return _drop_owned_weapon(live, clause, text, "non-events.weapon-kind-of-war", _WAR_OF_AFTER)


def _drop_owned_weapon(
    live: list[Hit[TriggerTerm]], clause: Clause, text: str, rule: str, owner: re.Pattern[str]
) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but weapon words that ``owner``, matched right after them,
    owns: a noun of clearing, awareness or contamination ("سرحدی اضلاع میں بارودی سرنگوں کی صفائی
    کا کام جاری ہے", "بارودی سرنگوں سے آگاہی کا دن", "کھیت بارودی سرنگوں سے آلودہ ہیں"; the weapon
    names a hazard, non-events.weapon-hazard) or a war noun (non-events.weapon-kind-of-war), with
    no other event word between them, in a clause with no casualty figure: no blast (``rule``)."""
    if not live or clause.has_figure or not on(rule):
        return live
    weapon_spans = {(w.start, w.end) for w in clause.weapons}
    acts = [h.start for h in live if (h.start, h.end) not in weapon_spans]
    kept = []
    for h in live:
        m = owner.match(text, h.end) if (h.start, h.end) in weapon_spans else None
        # "بارودی سرنگ پھٹنے سے ... کی صفائی": an act told between them goes off
        if m is None or any(h.end <= a < m.end() for a in acts):
            kept.append(h)
    return kept


#: After an event word, its verb with the modal "سکنا", at most two words on: "حملہ کر سکتے",
#: "نشانہ بنایا جا سکتا", "حملہ ہو سکتا".
#: After an event word, at most two words on, an infinitive and the capability to do it: "تباہ
#: کرنے کی صلاحیت", "نشانہ بنانے کی صلاحیت رکھتا ہے".
_CAPABLE = lazy_compile(
    rf"(?:\s[^\W\d]+){{0,2}}?\s(?:{word_alternation('capable_infinitive')})\sکی\s"
    rf"(?:{word_alternation('capability_noun')})(?!\w)"
)
_POSSIBLE = lazy_compile(rf"(?:\s[^\W\d]+){{0,2}}?\s(?:{word_alternation('modal_auxiliary')})(?!\w)")


#: A display noun and a form of "کرنا" after it: "مظاہرہ کیا", "مظاہرہ کرنے", "مظاہرہ کریں".
_DISPLAY_DONE = rf"(?:{word_alternation('display_noun')})\sک(?:ی|ر|ئ)"
#: After an event word, the display of it: "کارروائی کا مظاہرہ کیا", "کا عملی مظاہرہ کیا".
_DISPLAYED_AFTER = lazy_compile(rf"\s(?:کا|کی)\s(?:[^\W\d]+\s)?{_DISPLAY_DONE}")
#: A genitive before a display noun, with at most one adjective between: "تحمل کا ".
_DISPLAY_OF_BEFORE = lazy_compile(r"(?<!\w)کا\s(?:[^\W\d]+\s)?\Z")
#: The display noun and the form of "کرنا" after it, from the noun's start.
_DISPLAY_DONE_AT = lazy_compile(_DISPLAY_DONE)


def _drop_displayed(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those "X کا مظاہرہ کرنا" reads as a display: "مظاہرہ"
    after a genitive and before a form of "کرنا" shows a quality or a skill ("تحمل کا مظاہرہ
    کرنے کی اپیل"), no protest, and an event word so displayed ("کمانڈوز نے کارروائی کا مظاہرہ
    کیا", at an exercise) is shown, not done (non-events.display-of)."""
    if not on("non-events.display-of"):
        return live
    return [
        h
        for h in live
        if not _DISPLAYED_AFTER.match(text, h.end)
        and not (
            _DISPLAY_DONE_AT.match(text, h.start, h.end + 4)
            and _DISPLAY_OF_BEFORE.search(text, max(0, h.start - 24), h.start)
        )
    ]


#: Before an event word, words of speech owning it in the genitive, with at most two words between
#: ("الزامات کی توپوں سے "), or an adjective of words right before it ("لفظی ", "زبانی ").
_WORDS_AS_WEAPONS = lazy_compile(
    rf"(?<!\w)(?:(?:{word_alternation('verbal_attack_owner')})\s(?:{word_alternation('genitive')})"
    rf"\s(?:[^\W\d]+\s){{0,2}}|(?:{word_alternation('verbal_adjective')})\s)\Z"
)
#: One of the literals every match of the pattern above holds (:func:`literal_gate`).
_WORDS_AS_WEAPONS_GATE = literal_gate(_WORDS_AS_WEAPONS)


def _drop_words_as_weapons(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those that words of speech own ("الزامات کی توپوں سے گولہ
    باری کر رہے ہیں", "تنقید کے تیروں سے حملے") or an adjective of words qualifies ("لفظی گولہ
    باری", "زبانی حملے"): a figure of speech for what was said, no violence
    (non-events.words-as-weapons)."""
    return _not_owned_before(
        live, text, "non-events.words-as-weapons", _WORDS_AS_WEAPONS_GATE, _WORDS_AS_WEAPONS
    )


#: After an event word, "including" and a count of events, with at most two words between: "X
#: حملے سمیت کئی ہلاکت خیز حملوں", "دھماکے سمیت 5 دھماکوں".
_ONE_OF_SEVERAL = lazy_compile(
    rf"\s(?:{word_alternation('including')})\s(?:{word_alternation('vague_number')}|\d+)\s"
    rf"(?:[^\W\d]+\s){{0,2}}?(?:{word_alternation('counted_events_noun')})(?!\w)"
)


def _drop_one_of_several(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but one named as one of a count of events ("X حملے سمیت کئی
    حملوں کی ذمہ داری قبول کی") and the count's own, in a clause naming no place of its own: the
    event word is an item of a tally, told neither where nor when (non-events.one-of-several)."""
    if not on("non-events.one-of-several") or clause.places:
        return live
    tallied: list[tuple[int, int]] = []
    for h in live:
        m = _ONE_OF_SEVERAL.match(text, h.end)
        if m is not None:
            tallied.append((h.start, m.end()))
    return [h for h in live if not any(a <= h.start < b for a, b in tallied)]


#: The one honoured, named after a "-والا" participle, and the award conferred on them: its noun
#: and, a few words on, a verb of conferring ("... والے سپاہی کو بعد از مرگ تمغہ دیا گیا", "...
#: والی ٹیم کے سربراہ کو اعزاز سے نوازا").
_AWARD_GIVEN = lazy_compile(
    rf"\s(?:{word_alternation('relative_participle')})\s(?:[^\W\d]+\s){{1,8}}?کو\s(?:[^\W\d]+\s){{0,3}}?"
    rf"(?:{word_alternation('award_noun')})(?:\s\S+){{0,3}}?\s(?:{word_alternation('award_verb')})(?!\w)"
)
#: One of the literals every match of the pattern above holds (:func:`literal_gate`).
_AWARD_GIVEN_GATE = literal_gate(_AWARD_GIVEN)


#: How far after an event word the award of the one whose deed it tells is looked for, in
#: characters: a participle phrase and a short name, so that a long sentence is read in linear time.
_AWARD_REACH = 240


def _drop_honoured_deed(live: list[Hit[TriggerTerm]], clause: Clause, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of ``live`` but those of a "-والا" participle naming the one an award is
    conferred on later in the sentence ("حملہ آور کو روکتے ہوئے جان دینے والے اہلکار کو بعد از
    مرگ تمغہ دیا گیا"): the deed of the one honoured, no event the article reports
    (non-events.honoured-deed)."""
    if not on("non-events.honoured-deed") or not live:
        return live
    _, end = _sentence_span(clause, text)
    return [
        h
        for h in live
        if _AWARD_GIVEN_GATE.search(text, h.end, min(end, h.end + _AWARD_REACH)) is None
        or _AWARD_GIVEN.search(text, h.end, min(end, h.end + _AWARD_REACH)) is None
    ]


#: A ban on or the prevention of what the event word names: "ہوائی فائرنگ پر پابندی", "حملوں
#: کی روک تھام" (non-events.banned-is-no-event).
_BANNED = lazy_compile(rf"\s(?:پر|کی|کا|کے)\s(?:{word_alternation('ban_noun')})(?!\w)")


#: After an arrest word, the people it qualifies and their bail or release, up to two words
#: (a time) apart: "گرفتار کارکنوں کی ضمانت", "گرفتار کیے گئے افراد کو رات گئے رہا".
_RELEASED = lazy_compile(
    rf"(?:\s(?:{word_alternation('arrested_participle')}))?\s(?:[^\W\d]+\s){{1,3}}?(?:کی|کو|کے)\s"
    rf"(?:[^\W\d]+\s){{0,2}}?(?:{word_alternation('release_noun')})(?!\w)"
)


#: After an arrest word, the rest of its word, a participle ("کیے گئے", "لیے گئے", "شدہ") and the
#: start of the noun it qualifies: "گرفتار کیے گئے دو نوجوانوں کو" (not "گرفتار کیے گئے ہیں").
_HELD_PARTICIPLE_NOUN = lazy_compile(
    rf"[^\s۔،]*\s(?:{word_alternation('held_participle')})"
    rf"\s(?!(?:{word_alternation('held_participle_stop')})(?!\w))[^\s۔،؛:!؟]"
)
#: After an arrest word that is itself an adjective of custody ("زیر حراست", "گرفتار شدہ"), the
#: start of the noun it qualifies: "زیر حراست شخص" (not "زیر حراست ہے", "زیر حراست لے لیا").
_CUSTODY_BEFORE_NOUN = lazy_compile(rf"\s(?!(?:{word_alternation('held_participle_stop')})(?!\w))[^\s۔،؛:!؟]")
#: An arrest word that is an adjective of custody in its own right: "زیر حراست".
_CUSTODY_ADJECTIVE = lazy_compile(rf"(?:{word_alternation('custody_adjective')})")


#: The kinds of event words that, after people an arrest participle qualifies, tell what was done
#: to them or by them: a shooting, an attack or beating, a killing, a mob's or crowd's violence.
_HARM_TO_HELD = frozenset(("shooting", "attack", "killing", "mob", "riot", "abduction", "sexual"))


def _drop_arrest_participle(live: list[Hit[TriggerTerm]], text: str) -> list[Hit[TriggerTerm]]:
    """``live`` without the arrest words that are participles before the noun they qualify
    ("چوری کے شبے میں گرفتار کیے گئے نوجوان کو مشتعل افراد نے تشدد کر کے ہلاک کر دیا", "زیر حراست
    ملزم پولیس تشدد سے جاں بحق ہو گیا") when another event word of the clause follows it: the
    participle says who had been arrested, the event word after it is the clause's verb
    (types.arrest-participle-before-noun). With no other event word after it the arrest stays."""
    if not on("types.arrest-participle-before-noun"):
        return live
    arrests = [h for h in live if h.value.kind == "arrest"]
    if not arrests or len(arrests) == len(live):
        return live

    def qualifies(h: Hit[TriggerTerm]) -> bool:
        m = _HELD_PARTICIPLE_NOUN.match(text, h.end)
        if m is None and _CUSTODY_ADJECTIVE.fullmatch(h.key):
            m = _CUSTODY_BEFORE_NOUN.match(text, h.end)
        if m is None:
            return False
        return any(x.value.kind in _HARM_TO_HELD and x.start >= m.end() - 1 for x in live)

    return [h for h in live if not (h.value.kind == "arrest" and qualifies(h))]


#: Blown up by someone ("دھماکے سے اڑا دیا گیا"): a transitive verb no accident takes.
_BLOWN_UP = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:{word_alternation('blow_up_verb')})\s?(?:{word_alternation('give_perfective')})(?!\w)"
    )
)
#: The patterns :func:`_live_triggers` hands :func:`_not_followed_by`, as one alternation: it
#: matches after an event word where one of them does, so where it matches after none of a
#: clause's words, none of them drops any and they are not tried one by one.
_AFTER_NO_EVENT = lazy_compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            _ATTEMPTED,
            _COURT_CASE_LISTED,
            _DEMANDED,
            _BANNED,
            _CASE_ABOUT,
            _STANCE_ON,
            _EXCHANGE_ON,
            _AS_SUPPORT,
            _PREPARED_FOR,
            _STOP_CALLED,
            _HOPED_TO_STOP,
            _HABITUAL_PAST,
            _SEEMS,
            _RELEASED,
            _RUMOUR_OF,
            _DEPICTED,
            _SCENES_AFTER,
            _SUCH_AS,
            _POSSIBLE,
            _CAPABLE,
            _DECIDED,
            _CHARGED_DEED,
        )
    )
)
#: Trigger kinds no accident produces: shots, clashes, strikes, abductions, crowds' violence.
_DELIBERATE = kinds_with("deliberate")
#: What follows an event word to say that what comes next was its result: "دھماکے کے بعد آگ بھڑک اٹھی".
_RESULT_OF = lazy_compile(rf"\s(?:{word_alternation('result_postposition')})(?!\w)")


#: A negation right after an accident word, with at most a genitive or a postposition of cause
#: between: "دھماکہ گیس سلنڈر کا نہیں بلکہ بم کا تھا", "آگ شارٹ سرکٹ سے نہیں لگی".
_DENIED_AFTER = lazy_compile(
    rf"\s(?:(?:کا|کی|کے|سے|کے باعث|کی وجہ سے)\s)?(?:{word_alternation('negation')})(?!\w)"
)


def _accident_denied(end: int, text: str) -> bool:
    """Whether the accident word ending at ``end`` is denied as the cause: a negation follows it
    ("یہ دھماکہ گیس سلنڈر کا نہیں بلکہ بم کا تھا"), so it tells no accident
    (non-events.accident-denied)."""
    return on("non-events.accident-denied") and _DENIED_AFTER.match(text, end) is not None


#: The noun that tells a collision of vehicles or, in Indian Urdu news, an armed encounter: "تصادم".
_COLLISION_NOUN = lazy_compile(rf"(?<!\w)(?:{word_alternation('collision_noun')})(?!\w)")
#: A vehicle or vessel: "دو گاڑیوں میں تصادم", "ٹرین اور وین میں تصادم".
_VEHICLE = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('vehicle_noun')})(?!\w)"))


def _encounter_not_collision(marker: Hit[MarkerTerm], clause: Clause, text: str) -> bool:
    """Whether the accident word ``marker`` is "تصادم" told of armed people with no vehicle or
    vessel in its sentence or the one before ("پلوامہ میں تصادم میں تین عسکریت پسند مارے گئے",
    "بیجاپور میں تصادم میں چار ماؤنواز ہلاک"): the noun then tells an armed encounter, as Indian
    Urdu news uses it, not a collision ("دو گاڑیوں میں تصادم میں", "فوجی گاڑی ٹرک سے ٹکرا گئی۔
    تصادم میں دو جوان جاں بحق") (non-events.encounter-not-collision)."""
    if not on("non-events.encounter-not-collision") or _COLLISION_NOUN.search(marker.key) is None:
        return False
    if not any(a.term.actor_type is _STATE or a.term.actor_type in _ARMED for a in clause.actors):
        return False
    start, end = _sentence_span(clause, text)
    if start:
        start = _sentence_start(text, start - 1)  # the sentence before may tell the collision
    return _VEHICLE.search(text, start, end) is None


def _accident_in(clause: Clause, text: str) -> bool:
    """Whether the clause's accident word tells how its event came about: not when the clause
    names a weapon ("بم دھماکے کے بعد آگ بھڑک اٹھی") or the accident is the event's result
    ("دھماکے کے بعد چھت گر گئی")."""
    hits = [
        m for m in clause.marker_hits if m.value.marker == "accident" and not _accident_denied(m.end, text)
    ]
    hits = [m for m in hits if not _encounter_not_collision(m, clause, text)]
    if not on("non-events.deliberate-beats-accident"):
        return bool(hits)
    if not hits or clause.weapons or any(h.value.sub_event_type is _S.SUICIDE_BOMB for h in clause.triggers):
        return False
    if _acted(clause) or _BLOWN_UP.search(text, clause.start, clause.end):
        return False  # "کان پر مسلح افراد کے حملے", "پائپ لائن کو دھماکے سے اڑا دیا": someone acted
    return any(not _result(m.start, clause, text) for m in hits)


def _result(pos: int, clause: Clause, text: str) -> bool:
    """Whether what stands at ``pos`` follows an event word of the clause as its result."""
    return any(h.end <= pos and _RESULT_OF.match(text, h.end) for h in clause.triggers)


#: Bursting, right after the thing that burst: "بوائلر پھٹنے سے", "سلنڈر پھٹ گیا".
_BURST = lazy_compile(rf"\s(?:{word_alternation('burst_verb')})(?!\w)")


#: A negation anywhere in a clause: "کوئی بارودی مواد نہیں ملا".
_ANY_NEGATION = lazy_compile(rf"(?<!\w)(?:{word_alternation('negation')})(?!\w)")


def _accident_corrected(clause: Clause, reading: DocReading) -> bool:
    """Whether a later clause of the accident clause's sentence names a weapon, not negated
    ("ابتدائی طور پر دھماکہ سلنڈر پھٹنے کا بتایا گیا تاہم بعد میں پولیس نے تصدیق کی کہ دھماکہ خیز
    مواد سائیکل میں نصب تھا"): the accident first told was corrected, and the blast was a bomb
    (non-events.accident-corrected)."""
    if not on("non-events.accident-corrected"):
        return False
    text = reading.analysis.text
    return any(
        o.weapons and _ANY_NEGATION.search(text, o.start, o.end) is None
        for o in reading.clauses
        if o.sentence == clause.sentence and o.start >= clause.end
    )


def _burst_kinds(reading: DocReading) -> frozenset[str]:
    """The blast kind, where a clause says that the accident word's thing burst ("مل میں بوائلر
    پھٹنے سے چار مزدور ہلاک ہو گئے", not "ٹائر پھٹنے سے گاڑی الٹ گئی") with no event word of its
    own: the bursting is the blast, and the article's other "دھماکے" is that accident
    (non-events.burst-is-accident)."""
    if not on("non-events.burst-is-accident"):
        return frozenset()
    text = reading.analysis.text
    for c in reading.clauses:
        if "accident" not in c.markers or not _accident_in(c, text) or _accident_corrected(c, reading):
            continue
        if any(m.value.marker == "accident" and _BURST.match(text, m.end) for m in c.marker_hits):
            return frozenset({"explosion"})
    return frozenset()


#: A cause of a blast or a fire that no one intends: "شارٹ سرکٹ", "گیس لیکج", "ٹکرا گیا".
_ACCIDENT_CAUSE = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('accident_cause')})(?!\w)"))


def _cause_told_apart(reading: DocReading) -> frozenset[str]:
    """The blast or fire kinds of clauses whose accidental cause a clause with no event word of
    its own tells, in the same sentence or the next ("آئل ٹینکر میں آگ لگنے کے بعد دھماکہ ہوا ...
    حکام کے مطابق آگ شارٹ سرکٹ سے لگی", "ٹینکر میں دھماکے سے چار راہگیر جاں بحق ہو گئے۔ ٹینکر
    ایک ٹرک سے ٹکرا گیا تھا"), in an article that names no weapon and no claim of responsibility
    and whose event clause names no doer (non-events.accident-cause-apart)."""
    if not on("non-events.accident-cause-apart"):
        return frozenset()
    if any(c.weapons or c.responsibility for c in reading.clauses):
        return frozenset()
    text = reading.analysis.text
    causes = [
        c
        for c in reading.clauses
        if not c.triggers
        and any(not _accident_denied(m.end(), text) for m in _ACCIDENT_CAUSE.finditer(text, c.start, c.end))
    ]
    kinds: set[str] = set()
    for cause in causes:
        for c in reading.clauses:
            if c.sentence not in (cause.sentence, cause.sentence - 1) or _acted(c):
                continue
            kinds |= {h.value.kind for h in c.triggers} & _ACCIDENT_PRONE
    return frozenset(kinds)


def _accidental_kinds(reading: DocReading) -> frozenset[str]:
    """The trigger kinds the article puts down to accidents.

    A kind that a clause reports with an accident marker ("سلنڈر دھماکا") is an accident
    in its other mentions too; an article that names its event an accident ("یہ حادثہ
    ... پیش آیا") makes every blast and death in it one, unless someone is said to act.
    """
    if not on("non-events.accident-framing"):
        return frozenset()
    text = reading.analysis.text
    kinds = {
        h.value.kind
        for c in reading.clauses
        if "accident" in c.markers and _accident_in(c, text) and not _accident_corrected(c, reading)
        for h in c.triggers
    }
    kinds |= _burst_kinds(reading)
    kinds |= _cause_told_apart(reading)
    deliberate = on("non-events.deliberate-beats-accident")
    if deliberate:
        kinds &= _ACCIDENT_PRONE
    # Every branch has "حادث": a text without it is not searched (most texts; the pattern's
    # first letters "ی" and "ا" start a try at every other character).
    intent = deliberate and any(c.responsibility or c.weapons for c in reading.clauses)
    if not intent and "حادث" in text and _FRAMED_ACCIDENT.search(text):
        kinds |= _ACCIDENT_PRONE
    return frozenset(kinds)


#: A word that calls a report a rumour or a false alarm: "افواہ", "سونک بوم", "جعلی خبر".
_RUMOUR = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('rumour_word')})(?!\w)"))


def _rumoured_kinds(reading: DocReading) -> frozenset[str]:
    """Every trigger kind of an article that calls what was reported a rumour or a false alarm
    ("دھماکے کی خبر ... پولیس نے اسے افواہ قرار دیا", "یہ لڑاکا طیارے کا سونک بوم تھا") and tells
    no figure, no lack of casualties and no weapon: nothing happened that it tells
    (non-events.rumour-framing). Like an accident, someone said to act still makes an event."""
    if not on("non-events.rumour-framing"):
        return frozenset()
    text = reading.analysis.text
    if _RUMOUR.search(text) is None:
        return frozenset()
    for c in reading.clauses:
        # the aircraft of "یہ لڑاکا طیارے کا سونک بوم تھا" is what the rumour was, no weapon used
        armed = bool(c.weapons) and _RUMOUR.search(text, c.start, c.end) is None
        if c.has_figure or c.no_casualties or armed:
            return frozenset()
    # a crowd's protest or riot after a rumour ("افواہوں کے بعد احتجاج کیا گیا") happened
    return frozenset(h.value.kind for c in reading.clauses for h in c.triggers) - _CROWD_KINDS


#: "This was a drill": "یہ ... ایک ماک ڈرل تھی", "یہ محض مشق تھی", within one sentence (at most
#: forty words between: what the drill was held for may come first, "یہ ... حملے سے نمٹنے کی تیاری
#: جانچنے کے لیے منعقد کی گئی مشترکہ ماک ڈرل تھی").
_WAS_A_DRILL = prefiltered(
    lazy_compile(
        rf"(?<!\w)یہ\s(?:[^\s۔]+\s){{0,40}}?(?:{word_alternation('drill_noun')})\s(?:تھی|تھا|ہے)(?!\w)"
    )
)


def _drilled_kinds(reading: DocReading) -> frozenset[str]:
    """Every trigger kind of an article with a sentence that says what was seen was a drill
    ("بعد میں معلوم ہوا کہ یہ صرف ماک ڈرل تھی"): the gunmen, hostages and blasts it tells were
    staged, no incident (non-events.drill-framing). A crowd's protest still happened."""
    if not on("non-events.drill-framing"):
        return frozenset()
    text = reading.analysis.text
    if _WAS_A_DRILL.search(text) is None:
        return frozenset()
    return frozenset(h.value.kind for c in reading.clauses for h in c.triggers) - _CROWD_KINDS


def _planned_operation(reading: DocReading) -> int | None:
    """Where the article first names an operation as a plan: an operation word in a clause
    whose plan word names it ("مجوزہ آپریشن", "آپریشن کی منظوری دے دی", "آپریشن شروع کرنے کا
    فیصلہ"), with no figure; None if it names none (non-events.planned-operation-stays)."""
    if not on("non-events.planned-operation-stays"):
        return None
    for c in reading.clauses:
        if "threat" not in c.markers or c.has_figure or c.future:
            continue
        plans = [m for m in c.marker_hits if m.value.marker == "threat"]
        for h in c.triggers:
            if h.value.kind != "operation":
                continue
            if any(m.start < h.end and h.start < m.end for m in plans) or any(
                0 <= h.start - m.end <= 2 for m in plans
            ):
                return h.start
    return None


def _not_planned_operation(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without an operation word told after the article has called the operation a plan
    ("قومی اسمبلی میں مجوزہ آپریشن پر بحث ... وزیر نے کہا کہ آپریشن کا مقصد ..."): the later
    mention is the same planned operation, no event, unless its clause gives a figure or a place
    of its own, a beginning follows it ("آپریشن شروع کر دیا گیا"), or its sentence recalls an
    earlier one
    (non-events.planned-operation-stays)."""
    at = prep.planned_at
    clause = step.clause
    if at is None or clause.start <= at or clause.has_figure or step.places:
        return live
    if "background" in step.info.markers:
        return live
    # "آپریشن شروع کر دیا گیا", "آپریشن کا آغاز ہو گیا": the plan carried out
    return [h for h in live if h.value.kind != "operation" or _BEGAN_AFTER.match(prep.text, h.end)]


#: The words of a search for attackers ("سرچ آپریشن", "تلاشی آپریشن"), folded.
_SEARCH_WORDS = word_set("search_noun")


def _ends_search(text: str, start: int, end: int) -> bool:
    """Whether a word of a search (:data:`_SEARCH_WORDS`) ends at ``end``: "سرچ آپریشن", also when
    the event word read is only its last word ("تلاشی آپریشن" read as "آپریشن")."""
    before = fold(text[max(start, end - 40) : end])
    return any(before == w or before.endswith(" " + w) for w in _SEARCH_WORDS)


def _not_search_after_event(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without a search operation's word told after a recalled event in an article that tells no
    main event, in a clause that gives no figure and no arrest ("واضح رہے کہ ... دھماکہ ہوا تھا۔
    واقعے کے بعد علاقے میں سرچ آپریشن جاری ہے"): the forces look for the attackers of the event
    told, which is no event of its own (non-events.search-after-event). After a main event the
    clause joins it, as before."""
    clause = step.clause
    if not on("non-events.search-after-event") or not state.drafts or clause.has_figure:
        return live
    if any(d.main for d in state.drafts):
        return live  # it joins the main event told, as one more of its clauses
    searches = [
        h for h in live if h.value.kind == "operation" and _ends_search(prep.text, clause.start, h.end)
    ]
    if not searches or any(h.value.kind == "arrest" for h in live):
        return live
    return [h for h in live if h not in searches]


def _acted(clause: Clause) -> bool:
    """Whether the clause says who acted (not a lexicon default)."""
    return any(a.role == "perpetrator" and not a.by_default for a in clause.actors)


#: A stretch of time with its length: "گزشتہ تین دنوں میں", "پچھلے 48 گھنٹوں کے دوران". A count
#: over it is a running total of many events, not one event.
_SPAN_OF_TIME = lazy_compile(
    rf"(?:{_whole_words(word_alternation('span_determiner'))})\s(?:\d+|[^\W\d]+)\s(?:{word_alternation('span_unit')})"
    r"\s(?:میں|کے دوران|سے)(?!\w)"
)


#: Words of a running total over many events: "اب تک", "سے اب تک". ("مجموعی", total, is
#: said of one event's toll too: "زخمیوں کی مجموعی تعداد 18 ہے".)
_RUNNING = lazy_compile(rf"(?<!\w)(?:{word_alternation('running_total')})(?!\w)")


def _is_aggregate(clause: Clause, text: str) -> bool:
    if "aggregate" in clause.markers:
        # "حملے کی ذمہ داری اب تک کسی نے قبول نہیں کی": "so far" says when, it sums up nothing
        if _none_of_the_events(clause):
            return False  # "واقعات میں کوئی جانی نقصان نہیں ہوا": of the events told, no tally
        return not (clause.responsibility and not clause.has_figure and on("roles.unclaimed-so-far"))
    if (
        clause.has_figure
        and on("non-events.running-total")
        and _SPAN_OF_TIME.search(text, clause.start, clause.end)
    ):
        return True
    if _period_total(clause, text) or _war_since_total(clause, text):
        return True
    if _recalled_scattered(clause, text):
        return True
    return any(_counted(h, text, clause) for h in clause.triggers)


#: "X کے مختلف شہروں میں", "ملک کے کئی علاقوں میں": events at various places of a region
#: (non-events.recalled-scattered-plural).
_AT_SCATTERED = lazy_compile(
    rf"(?<!\w)(?:کے|کی)\s(?:{word_alternation('scattered_places')})\s(?:میں|پر)(?!\w)"
)


def _recalled_scattered(clause: Clause, text: str) -> bool:
    """Whether a clause in the past perfect whose event words are all plural nouns puts them at
    various places of a region before them ("واضح رہے کہ گزشتہ برس بھی صوبے کے کئی اضلاع میں
    پولیس چوکیوں پر حملوں میں درجنوں اہلکار مارے گئے تھے"): many events recalled together, a
    tally, no incident (non-events.recalled-scattered-plural)."""
    if not clause.triggers or not clause.past_perfect or not on("non-events.recalled-scattered-plural"):
        return False
    if not all(_PLURAL_NOUN_HIT.search(h.key) for h in clause.triggers):
        return False
    return _AT_SCATTERED.search(text, clause.start, min(h.start for h in clause.triggers)) is not None


#: The completive auxiliary, "have already been": "مارے جا چکے ہیں".
_COMPLETIVE = lazy_compile(_whole_words(word_alternation("completive_auxiliary")))
#: The completive written onto its light verb: "کرچکا ہے", "ہوچکے ہیں", "جاچکی ہیں".
_GLUED_COMPLETIVE = lazy_compile(rf"(?<!\w)(?:کر|ہو|جا)(?:{word_alternation('completive_auxiliary')})(?!\w)")


def _completive(text: str, start: int, end: int) -> bool:
    """Whether the completive stands between ``start`` and ``end``, on its own ("مارے جا چکے
    ہیں") or written onto its light verb ("خلاف ورزی کرچکا ہے"; non-events.glued-completive)."""
    if _COMPLETIVE.search(text, start, end) is not None:
        return True
    return on("non-events.glued-completive") and _GLUED_COMPLETIVE.search(text, start, end) is not None


#: A war going on since a month, a year or a stretch of months or years: "مئی 2023 سے جاری",
#: "2011 سے جاری", "تقریباً دو سال سے جاری", "کئی ماہ سے تاحال جاری", with at most six words between
#: "سے" and "جاری" ("مئی 2023 سے دو برادریوں کے درمیان جاری").
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_SINCE_LONG_AGO = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:(?:\d+|[^\W\d]+)\s(?:{word_alternation('long_unit')})|(?:{_MONTH_NAMES})(?:\s\d{{4}})?|\d{{4}})"
        r"\sسے\s(?:[^\s\d۔،]+\s){0,6}?جاری(?!\w)"
    )
)


def _war_since_total(clause: Clause, text: str) -> bool:
    """Whether a clause with a casualty figure tells it of a war or violence going on since a month
    or a year, or for months or years, and ends in the completive ("مئی 2023 سے جاری نسلی تشدد
    میں 250 سے زائد افراد ہلاک ہو چکے ہیں", "دو سال سے جاری لڑائی میں ہزاروں افراد مارے جا چکے
    ہیں"): the war's running total, not the toll of an event (non-events.war-since-total)."""
    return (
        clause.has_figure
        and on("non-events.war-since-total")
        and _SINCE_LONG_AGO.search(text, clause.start, clause.end) is not None
        and _completive(text, clause.start, clause.end)
    )


def _period_total(clause: Clause, text: str) -> bool:
    """Whether a clause with a casualty figure names a calendar period and ends in the completive
    ("رواں سال صوبے میں حملوں میں 300 سے زائد شہری مارے جا چکے ہیں"): a running total of the
    period, not the toll of the event told (non-events.period-total)."""
    return (
        clause.has_figure
        and on("non-events.period-total")
        and _PERIOD.search(text, clause.start, clause.end) is not None
        and _completive(text, clause.start, clause.end)
    )


#: Before an event word, with at most two words that qualify it between ("مورچہ بند"): going on
#: since ("جمعرات سے جاری", "تین روز سے تاحال جاری").
_ONGOING_BEFORE = lazy_compile(
    rf"\sسے\s(?:(?:{word_alternation('ongoing_adverb')})\s)?جاری\s"
    rf"(?:(?!(?:{word_alternation('place_name_boundary')})\s)[^\W\d]+\s){{0,2}}$"
)
#: A stretch of a few days or hours with its length, before "سے جاری": "گزشتہ تین روز", "48 گھنٹوں".
_SHORT_STRETCH = lazy_compile(rf"(?<!\w)(?:\d+|[^\W\d]+)\s(?:{word_alternation('short_stretch_unit')})$")
#: Event kinds that go on as one fight: clashes and operations.
_FIGHT_KINDS = frozenset(("clash", "operation"))
#: Longest stretch of days, back from publication, that one ongoing fight is read over.
_ONGOING_DAYS = 31


#: Units of a long stretch of time, before "سے" (since): "کئی ماہ سے", "دو سال سے".
_LONG_UNIT = lazy_compile(rf"(?<!\w)(?:{word_alternation('long_unit')})\sسے(?!\w)")
#: Counts of people in hundreds or thousands: "سینکڑوں", "ہزاروں".
_MULTITUDE_WORD = lazy_compile(word_class("multitude_number"))


#: A toll so far of this many people or more counts a war or campaign, not one fight.
_WAR_TOLL = 100


def _long_running(clause: Clause, reading: DocReading) -> bool:
    """Whether the sentence of ``clause`` puts its fight over months or years, or counts its dead
    in hundreds or thousands ("گزشتہ سال اپریل سے ... لڑائی جاری ہے جس میں اب تک ہزاروں افراد
    ہلاک", "کئی ماہ سے جاری ہیں"): a war's running total, not the toll of one fight."""
    text = reading.analysis.text
    info = reading.sentences[clause.sentence]
    start = _sentence_start(text, clause.start)
    end = text.find("۔", clause.end)
    end = len(text) if end < 0 else end
    if _LONG_UNIT.search(text, start, end) or _PERIOD.search(text, start, end):
        return True
    if _MULTITUDE_WORD.search(text, start, end):
        return True
    if on("counts.hundreds-so-far") and any(
        f is not None and (f.count.min or 0) >= _WAR_TOLL for f in (clause.killed, clause.injured)
    ):
        return True  # "... کارروائی میں اب تک 340 سے زائد افراد جاں بحق": a war's count
    published = reading.published
    for d in info.dates:
        date = d.date
        if not isinstance(date, DateRange) or date.precision is not DatePrecision.DAY:
            return True
        if published is not None and date.start is not None and (published - date.start).days > _ONGOING_DAYS:
            return True
    return False


#: A counted event noun ("حمل", "دھماک", "واقع"): in the singular, or after "ایک", one event.
_TALLIED_NOUN = lazy_compile(word_class("tallied_event"))
#: "ایک" right before an event word, with at most two words between ("ایک زوردار دھماکے"): one event.
_ONE_EVENT_BEFORE = lazy_compile(r"(?<!\w)ایک\s(?:[^\W\d]+\s){0,2}$")


def _year_total(clause: Clause, reading: DocReading) -> bool:
    """Whether a clause with a casualty figure is dated only by whole years ("سنہ 2019 میں",
    "2022 میں", "گزشتہ برس", "سنہ دو ہزار پندرہ میں": the date reader reads a year in words too,
    dates.spelled-year) and tells no one event: none of its event words is a counted event
    noun in the singular or after "ایک", and they are all plural nouns ("ڈرون حملوں میں") or the
    figure counts a hundred people or more ("... میں 20 ہزار شہری تشدد کا نشانہ بن کر ہلاک
    ہوئے"): the year's total over many events, not the toll of an event (non-events.year-total)."""
    if not clause.has_figure or not clause.triggers or not on("non-events.year-total"):
        return False
    dates = [d for d in reading.sentences[clause.sentence].dates if clause.start <= d.start < clause.end]
    text = reading.analysis.text
    if any(d.kind is not DateKind.YEAR for d in dates):
        return False
    if not dates:
        return False
    plural = True
    for h in clause.triggers:
        word = text[h.start : h.end]
        if _ONE_EVENT_BEFORE.search(text[max(clause.start, h.start - 40) : h.start]):
            return False  # "2019 میں ایک خودکش حملے میں": one event dated by its year
        many = _PLURAL_NOUN_HIT.search(word) is not None
        if _TALLIED_NOUN.search(word) and not many:
            return False  # "گزشتہ سال دھماکے میں": one event
        plural = plural and many
    if plural:
        return True
    return any(f is not None and (f.count.min or 0) >= _WAR_TOLL for f in (clause.killed, clause.injured))


#: Right before a fight's word: it began ("شروع ہونے والی (قبائلی) جھڑپوں", "شروع کی گئی کارروائی").
_BEGUN_BEFORE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('onset_word')})\s(?:ہونے|کی|کیے)\s(?:گئی\s|گئے\s)?(?:والی|والے|والا)\s"
    r"(?:[^\W\d]+\s){0,2}$"
)
#: After a day, the event began then ("منگل کو شروع ہونے والی", "دو روز قبل شروع کی گئی").
_BEGUN_ON = lazy_compile(
    rf"(?:\s[^\W\d]+){{0,2}}?\s(?:{word_alternation('onset_word')})\s(?:ہونے|کی|کیے)\s(?:گئی\s|گئے\s)?"
    r"(?:والی|والے|والا)(?!\w)"
)
#: "So far" ("اب تک", "تاحال"): the toll told is that of an event still going on.
_SO_FAR = lazy_compile(rf"(?<!\w)(?:{word_alternation('ongoing_adverb')})(?!\w)")


def _begun_on(reading: DocReading, dates: Sequence[Any], end: int) -> tuple[Any, int] | None:
    """The first day among ``dates`` that a fight began on ("منگل کو شروع ہونے والی"), within
    the days one ongoing fight is read over, with where the words of its beginning end before
    ``end``; ``None`` if there is none."""
    published = reading.published
    if published is None:
        return None
    for d in dates:
        date = d.date
        if not (
            isinstance(date, DateRange)
            and date.precision is DatePrecision.DAY
            and date.start is not None
            and date.start == date.end
            and 0 < (published - date.start).days <= _ONGOING_DAYS
        ):
            continue
        m = _BEGUN_ON.match(reading.analysis.text, d.end, end)
        if m is not None:
            return d, m.end()
    return None


def _begun_fight_before(h: Hit[TriggerTerm], clause: Clause, reading: DocReading) -> bool:
    """Whether a fight's word follows a day it began on and the clause tells a toll so far
    ("دو روز قبل شروع ہونے والی جھڑپوں میں اب تک آٹھ افراد ہلاک", dates.begun-so-far): one
    fight going on, whose "so far" sums up no several events."""
    if not on("dates.begun-so-far"):
        return False
    text = reading.analysis.text
    if _BEGUN_BEFORE.search(text, max(clause.start, h.start - 60), h.start) is None:
        return False
    if _SO_FAR.search(text, h.end, clause.end) is None:
        return False
    return _begun_on(reading, reading.sentences[clause.sentence].dates, h.start) is not None


def _begun_so_far(reading: DocReading, dates: Sequence[Any]) -> DateRange | None:
    """From the day a fight began to publication, when the sentence after its beginning tells
    a toll so far ("دو روز قبل شروع ہونے والی جھڑپوں میں اب تک آٹھ افراد ہلاک ہو چکے ہیں");
    ``None`` otherwise (dates.begun-so-far)."""
    if not on("dates.begun-so-far") or reading.published is None:
        return None
    text = reading.analysis.text
    found = _begun_on(reading, dates, len(text))
    if found is None:
        return None
    d, after = found
    stop = _SENTENCE_END.search(text, after)
    if _SO_FAR.search(text, after, stop.start() if stop else len(text)) is None:
        return None
    return DateRange(
        d.date.start,
        reading.published,
        DatePrecision.DAY,
        span=reading.analysis.normalized.span(d.start, after),
    )


#: The end of a sentence.
_SENTENCE_END = lazy_compile(r"[۔؟!?\n]")


def _ongoing_fight(clause: Clause, reading: DocReading) -> bool:
    """Whether ``clause`` gives the toll so far of one fight going on since a day or for a few
    days ("کرم میں جمعرات سے جاری جھڑپوں میں اب تک سات افراد ہلاک", "تین روز سے جاری لڑائی
    میں"): the block is one incident with a date range, and its "so far" sums up no several
    events (counts.ongoing-fight-toll)."""
    if not clause.has_figure or not on("counts.ongoing-fight-toll") or _long_running(clause, reading):
        return False
    text, published = reading.analysis.text, reading.published
    for h in clause.triggers:
        if h.value.kind not in _FIGHT_KINDS:
            continue
        if _GOES_ON.match(text, h.end, clause.end):
            return True  # "... جھڑپیں جمعرات کو بھی جاری رہیں جن میں اب تک پانچ افراد ہلاک"
        if _begun_fight_before(h, clause, reading):
            return True  # "دو روز قبل شروع ہونے والی جھڑپوں میں اب تک آٹھ افراد ہلاک"
        m = _ONGOING_BEFORE.search(text, max(clause.start, h.start - 40), h.start)
        if m is None:
            continue
        since = m.start()
        if _SHORT_STRETCH.search(text, max(clause.start, since - 30), since):
            return True
        for d in reading.sentences[clause.sentence].dates:
            date = d.date
            if (
                d.end == since
                and published is not None
                and isinstance(date, DateRange)
                and date.precision is DatePrecision.DAY
                and date.start is not None
                and 0 <= (published - date.start).days <= _ONGOING_DAYS
            ):
                return True
    return False


#: After a fight's event word, with at most three words between: it goes on ("فائرنگ کا تبادلہ جاری
#: ہے", "جھڑپیں تاحال جاری ہیں", "جھڑپیں جمعرات کو بھی جاری رہیں").
_GOES_ON = lazy_compile(
    rf"(?:\s[^\W\d]+){{0,3}}?\s(?:(?:{word_alternation('ongoing_adverb')})\s)?جاری\s"
    r"(?:ہے|ہیں|رہی|رہیں|رہا|رہے)(?!\w)"
)


def _toll_of_fight_going_on(clause: Clause, before: Clause, reading: DocReading) -> bool:
    """Whether ``clause``, with no event word of its own, gives the toll so far ("اب تک تین افراد
    ہلاک ہو چکے ہیں") of the fight the clause before it in the same sentence says is going on
    ("دو قبائل کے درمیان فائرنگ کا تبادلہ جاری ہے"): one fight's toll, no tally of many events
    (counts.ongoing-fight-toll)."""
    if not clause.has_figure or clause.triggers or before.sentence != clause.sentence:
        return False
    if not on("counts.ongoing-fight-toll") or _long_running(clause, reading):
        return False
    text = reading.analysis.text
    return any(
        h.value.kind in _FIGHT_KINDS and _GOES_ON.match(text, h.end, before.end + 1) for h in before.triggers
    )


#: Event kinds of one blow struck on one day (not a fight or operation that goes on, nor unrest).
_ONE_BLOW_KINDS = frozenset(("explosion", "air", "shelling", "attack", "shooting", "killing"))
#: The only tally words a toll so far of one event holds: "اب تک", the toll's "تعداد", "ہو چکے ہیں".
_SO_FAR_WORDS = word_set("toll_so_far_word", folded=False)
_RUNNING_WORDS = word_set("running_total", folded=False)
#: "سے" right before "اب تک": since a day or a start ("کل سے اب تک", "اکتوبر سے اب تک"), a tally.
_SINCE_BEFORE = lazy_compile(r"(?<!\w)سے\s$")


#: "سے اب تک": since a day until now, or, after where bodies were taken from, from there so far.
_SINCE_SO_FAR = "سے اب تک"


def _bodies_so_far(reading: DocReading, clause: Clause, hits: Sequence[Hit[MarkerTerm]]) -> bool:
    """Whether the clause counts bodies taken out "so far" from somewhere ("ملبے سے اب تک 12 لاشیں
    نکالی جا چکی ہیں"): its "سے" says where the bodies came from, not since when, as no day or
    date stands right before it (counts.bodies-so-far)."""
    fig = clause.killed
    if fig is None or not fig.bodies or not on("counts.bodies-so-far"):
        return False
    text = reading.analysis.text
    dates = reading.sentences[clause.sentence].dates
    for m in hits:
        if text[m.start : m.end] == _SINCE_SO_FAR and any(m.start - 3 <= d.end <= m.start for d in dates):
            return False  # "کل سے اب تک": since a day
    return True


#: Who tells what follows: "X نے (...) بتایا کہ", "X کا کہنا ہے کہ", "X کے مطابق".
_TELLER = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('ergative')}\s(?:[^\W\d]+\s){{0,5}}?(?:{word_alternation('said_verb')})(?:\s(?:ہے|تھا))?\sکہ"
    r"|کا کہنا (?:ہے|تھا) کہ|کے مطابق)(?!\w)"
)


#: Who tells what follows with the condition of anonymity between "نے" and the speech verb: "X نے
#: نام ظاہر نہ کرنے کی شرط پر صحافیوں کو بتایا کہ" (counts.anonymity-aside).
_TELLER_ANONYMOUS = lazy_compile(
    rf"(?<!\w){word_alternation('ergative')}\s(?:{word_alternation('anonymity_aside')})\s(?:[^\W\d]+\s){{0,5}}?"
    rf"(?:{word_alternation('said_verb')})(?:\s(?:ہے|تھا))?\sکہ(?!\w)"
)


def _places_told(clause: Clause, text: str) -> bool:
    """Whether a clause with no event word names a place in what it tells, not only in who tells
    it: for bodies counted so far, the places of a speaker ("ٹل کے شفاخانے کے ایک معالج نے بتایا
    کہ یہاں اب تک 17 میتیں پہنچ چکی ہیں") stand before "نے بتایا کہ" or "کے مطابق" and say who the
    speaker is, not where the dead were counted (counts.speaker-place-no-tally)."""
    if not clause.places:
        return False
    if not on("counts.speaker-place-no-tally") or clause.killed is None or not clause.killed.bodies:
        return True
    told = None
    for m in _TELLER.finditer(text, clause.start, clause.killed.start):
        told = m
    if on("counts.anonymity-aside"):
        # "X کے ایک ہسپتال کے اہلکار نے نام ظاہر نہ کرنے کی شرط پر بتایا کہ": the aside parts them
        for m in _TELLER_ANONYMOUS.finditer(text, clause.start, clause.killed.start):
            if told is None or m.end() > told.end():
                told = m
    return told is None or any(p.start >= told.end() for p in clause.places)


def _so_far_of_one_event(reading: DocReading) -> None:
    """Read a toll "so far" of one event as that event's toll, not a tally of many events
    (counts.toll-so-far): "مسجد میں دھماکے میں اب تک 22 افراد جاں بحق ہو چکے ہیں", "دھماکے میں
    جاں بحق افراد کی تعداد اب تک 14 ہو گئی ہے", "حکام کے مطابق اب تک ہلاکتوں کی تعداد 22 ہو چکی
    ہے". The clause's only tally words are "اب تک" and "تعداد", not after "سے" (since); it
    names no calendar period or stretch of time, no counted or plural event ("حملوں میں"), no
    fight that goes on, and no place unless it names the single event itself."""
    if not on("counts.toll-so-far"):
        return
    text = reading.analysis.text
    for c in reading.clauses:
        if "aggregate" not in c.markers or not c.has_figure or c.several or c.ongoing:
            continue
        hits = [m for m in c.marker_hits if m.value.marker == "aggregate"]
        words = {text[m.start : m.end] for m in hits}
        so_far = set(_SO_FAR_WORDS)
        if _bodies_so_far(reading, c, hits):
            so_far.add(_SINCE_SO_FAR)  # "ملبے سے اب تک 12 لاشیں": from the rubble so far
        if not words & (_RUNNING_WORDS | {_SINCE_SO_FAR} & so_far) or not words <= so_far:
            continue
        if any(
            _SINCE_BEFORE.search(text, max(0, m.start - 4), m.start)
            for m in hits
            if text[m.start : m.end] in _RUNNING_WORDS
        ):
            continue
        if any(m.group() not in so_far for m in _TALLY_TIME.finditer(text, c.start, c.end)):
            continue
        if _SPAN_OF_TIME.search(text, c.start, c.end) or _long_running(c, reading):
            continue
        if c.triggers:
            if any(
                h.value.kind not in _ONE_BLOW_KINDS
                or _PLURAL_NOUN_HIT.search(text[h.start : h.end])
                or _counted(h, text, c)
                for h in c.triggers
            ):
                continue
        elif _places_told(c, text):
            continue  # "ملک میں اب تک ...": a place's running total, not the event just told
        elif c.places:
            c.places = []  # the speaker's places: where the teller is, not where the dead fell
        c.markers.discard("aggregate")
        c.ongoing = True  # its "so far" sums up no several events: "دھماکے میں" stays live


#: Right before the plural noun of events, a genitive: "فائرنگ کے واقعات", "پتھراؤ کے واقعات".
_GENITIVE_BEFORE = lazy_compile(r"(?<!\w)(?:کے|کی)\s\Z")
#: Right after an event word, the plural noun of events that makes it a kind ("ٹارگٹ کلنگ کے
#: واقعات", "فائرنگ کی وارداتوں") (non-events.events-of-kind-over-time).
_KIND_EVENTS = lazy_compile(rf"\s(?:کے|کی)\s(?:{word_alternation('event_plural_noun')})(?!\w)")
#: Between an event word and "واقعات": its genitive ("فائرنگ کے واقعات").
_EVENT_OF = lazy_compile(r"\s(?:کے|کی)\s")
#: "اور" before an event word: another kind of event joined to it.
_AND_BEFORE = lazy_compile(r"(?<!\w)اور\s(?:[^\s\d۔،]+\s)?$")
#: Words that spread events over many places or kinds: "مختلف", "متعدد", "کئی", "دیگر".
_SPREAD_WORD = lazy_compile(rf"(?<!\w)(?:{word_alternation('place_quantifier')})(?!\w)")


def _events_of_one_day(reading: DocReading) -> None:
    """Read events told in the plural at one place on one day ("بڑوانی کے قصبے X میں اتوار کو
    جلوس پر پتھراؤ کے واقعات پیش آئے جن میں 4 اہلکار زخمی ہوئے", "لیاری میں پیر کو فائرنگ کے
    واقعات میں دو افراد جاں بحق") as one incident with its toll: one place and one day make one
    incident, so "واقعات" sums up nothing (counts.events-of-one-day). Only where it is the only
    tally word of its sentence, right after an event word's genitive, not counted ("دو واقعات") or
    spread ("مختلف واقعات"), with one day and a place named in the sentence, no places side by side."""
    if not on("counts.events-of-one-day"):
        return
    text = reading.analysis.text
    by_sentence: dict[int, list[Clause]] = {}
    for c in reading.clauses:
        by_sentence.setdefault(c.sentence, []).append(c)
    for sentence, clauses in by_sentence.items():
        hits = [m for c in clauses for m in c.marker_hits if m.value.marker == "aggregate"]
        if not hits or not all(text[m.start : m.end] == "واقعات" for m in hits):
            continue
        if not any(c.has_figure for c in clauses) or any(c.several for c in clauses):
            continue
        info = reading.sentences[sentence]
        first = min(m.start for m in hits)
        if _SPREAD_WORD.search(text, info.start, first):
            continue  # "صوبے کے مختلف اضلاع میں ... کے واقعات": many places
        if not all(_GENITIVE_BEFORE.search(text, max(0, m.start - 4), m.start) for m in hits):
            continue
        named = [t for c in clauses for t in c.triggers if _EVENT_OF.fullmatch(text, t.end, first)]
        if not named or any(_AND_BEFORE.search(text, max(info.start, t.start - 25), t.start) for t in named):
            continue  # "دہشت گردی اور تشدد کے واقعات": events of several kinds
        places = [p for c in clauses for p in c.places if not p.site]
        days = [d for d in info.dates if d.date.start is not None and d.date.start == d.date.end]
        if not places or _is_summary(places, text) or len(days) != 1:
            continue
        for c in clauses:
            c.markers.discard("aggregate")


#: After "اب تک": a genitive and "سب سے", the superlative of all so far ("اب تک کا سب سے بڑا حملہ").
_EVER_SUPERLATIVE = lazy_compile(rf"\s(?:{word_alternation('genitive')})\sسب\sسے(?!\w)")


def _superlative_ever(reading: DocReading) -> None:
    """Read "اب تک کا سب سے بڑا حملہ" (the biggest attack ever) and "حالیہ مہینوں کا سب سے
    ہلاکت خیز حملہ" (the deadliest of recent months) as ranking one event among all of a stretch,
    not as a running total: a clause whose only tally words are such, each followed by a genitive
    and "سب سے", tells one event, recalled with its day and place ("اپریل 2010 میں X میں حملے
    میں 40 مسافر ہلاک ہوئے تھے جو صوبے میں اب تک کا سب سے بڑا حملہ مانا جاتا ہے";
    non-events.superlative-ever)."""
    if not on("non-events.superlative-ever"):
        return
    text = reading.analysis.text
    for c in reading.clauses:
        if "aggregate" not in c.markers:
            continue
        hits = [m for m in c.marker_hits if m.value.marker == "aggregate"]
        if not hits or not all(_EVER_SUPERLATIVE.match(text, m.end) is not None for m in hits):
            continue
        # the event ranked is told with a day of its own ("اپریل 2010 میں", "گزشتہ ہفتے"); one
        # only "recently" told ("حال ہی میں") ranks an event the article makes no more specific
        dates = reading.sentences[c.sentence].dates
        if any(c.start <= d.start < c.end and d.kind is not DateKind.VAGUE for d in dates):
            c.markers.discard("aggregate")


def _toll_only(clause: Clause, text: str) -> bool:
    """Whether an aggregate clause only states the toll of the event just told ("دھماکے میں
    زخمی ہونے والوں کی تعداد 15 ہے"): a toll figure and no stretch of time or running total."""
    tolls = [
        f for f in (clause.killed, clause.injured) if f is not None and f.rule == "counts.toll-statement"
    ]
    if not tolls or _SPAN_OF_TIME.search(text, clause.start, clause.end):
        return False
    return _RUNNING.search(text, clause.start, clause.end) is None


def _block_toll(clause: Clause, current: _Draft | None, text: str) -> bool:
    """Whether a toll over a stretch of days ("لشکر گاہ میں گزشتہ تین دنوں کے دوران لڑائی میں کم از
    کم 40 شہری ہلاک ہوئے") is the toll of the fight just told at the same place ("لشکر گاہ میں
    ... لڑائی جاری ہے"): the clause names only that place and that kind of event, in the
    singular, and counts no events; a block reported whole is one incident."""
    if current is None or not current.main or not clause.has_figure or not on("counts.block-toll"):
        return False
    spans = [m.span() for m in _SPAN_OF_TIME.finditer(text, clause.start, clause.end)]
    if not spans:
        return False
    for m in clause.marker_hits:  # "دنوں کے دوران" is the stretch itself, no other tally word
        if m.value.marker == "aggregate" and not any(a <= m.start and m.end <= b for a, b in spans):
            return False
    kinds = _kinds(current)
    if not clause.triggers or not clause.places:
        return False
    for h in clause.triggers:
        if h.value.kind not in kinds or _PLURAL_NOUN_HIT.search(h.key) or _counted(h, text, clause):
            return False
    return all(any(_same_place(p, q) for q in current.places) for p in clause.places)


#: A calendar period a tally counts over ("رواں سال", "گزشتہ ماہ").
_PERIOD = lazy_compile(rf"(?:{_whole_words(word_alternation('calendar_period'))})(?!\w)")


def _events_counted_at(clause: Clause, text: str, tally: Sequence[int]) -> bool:
    """Whether every tally word of an event clause is a noun for events counted by a small
    number ("دو مختلف واقعات میں") after the clause's event word: the clause sums up the events
    the article tells one by one."""
    if not on("counts.events-counted-by-noun") or not clause.triggers:
        return False
    first = min(clause.trigger_starts)
    for at in tally:
        if at < first or not _COUNTED_EVENTS.match(text, at):
            return False
        if not any(m.end() >= at for m in _ROUND_UP_LEAD.finditer(text, max(first, at - 20), at + 12)):
            return False
    return True


#: Between an event word and a tally word right after it, only a postposition ("لڑائی میں اب
#: تک") or a genitive and at most one word ("تشدد کے دیگر واقعات"): the tally is told of the
#: event word's own phrase (non-events.tally-of-event-phrase).
_TALLY_OF_PHRASE = lazy_compile(rf"\s(?:(?:{word_alternation('genitive')})\s(?:[^\s\d۔،]+\s)?|میں\s)")


def _kinds_of_events(clause: Clause, kept: Sequence[Hit[TriggerTerm]], text: str, cut: int) -> bool:
    """Whether the event words before a tally word are kinds of events listed in the genitive of
    the plural noun of events ("بم دھماکوں، راکٹ حملوں اور ٹارگٹ کلنگ کے واقعات", "فائرنگ اور
    اغوا کے واقعات"): events of several kinds are many events, a tally, not one event with its
    toll (non-events.kinds-of-events-listed; one kind at one place on one day is one incident,
    counts.events-of-one-day)."""
    if not on("non-events.kinds-of-events-listed") or not _KIND_EVENTS.match(text, kept[-1].end):
        return False
    if len({h.value.kind for h in kept}) > 1:
        return True
    return _AND_BEFORE.search(text, max(clause.start, kept[-1].start - 25), kept[-1].start) is not None


def _cut_tally(clause: Clause, text: str) -> bool:
    """Cut a trailing tally ("... کی تعداد 3 ہوگئی") off a clause that reports an event first.

    Returns whether an event report is left.
    """
    tally = [h.start for h in clause.marker_hits if h.value.marker == "aggregate"]
    if not tally:
        return False
    cut = min(tally)
    if not _TOTAL_AFTER.search(text, cut, clause.end):
        return False  # a record ("... میں ملوث رہی ہے"), not a running total
    if _events_counted_at(clause, text, tally):
        # "ٹارگٹ کلنگ کی لہر میں دو مختلف واقعات میں 3 افراد جاں بحق": the events the article
        # then tells, summed up, not a tally to cut off (counts.events-counted-by-noun)
        clause.markers.discard("aggregate")
        return True
    if on("non-events.tally-over-period") and _PERIOD.search(text, cut, clause.end):
        # "فائرنگ سے زخمی ہونے والوں کی تعداد رواں سال 300 سے تجاوز کر گئی": many events summed up
        return False
    kept = [h for h in clause.triggers if h.end <= cut]
    if not kept or _counted(kept[0], text, clause):
        return False
    if (
        on("non-events.tally-of-event-phrase")
        and _TALLY_OF_PHRASE.fullmatch(text, kept[-1].end, cut)
        and _over_time(clause, text)
    ):
        # "حالیہ لڑائی میں اب تک 500 راکٹ", "رواں سال ... تشدد کے دیگر واقعات میں": over a
        # stretch of time the event word only names what the tally counts, with no verb of its own
        return False
    if _kinds_of_events(clause, kept, text, cut):
        # "بم دھماکوں، راکٹ حملوں اور ٹارگٹ کلنگ کے واقعات میں جاں بحق ہونے والے 90 افراد": the
        # kinds of many events, named by the tally word (non-events.kinds-of-events-listed)
        return False
    clause.end = cut
    clause.triggers = kept
    clause.markers.discard("aggregate")
    for outcome in ("killed", "injured"):
        fig = getattr(clause, outcome)
        if (
            fig is not None
            and fig.end > cut
            and fig.rule != "counts.toll-statement"
            and not _after_toll_clause(clause, fig, text)
        ):
            setattr(clause, outcome, None)
    clause.actors = [a for a in clause.actors if a.end <= cut]
    clause.places = [p for p in clause.places if p.end <= cut]
    clause.weapons = [w for w in clause.weapons if w.end <= cut]
    return True


def _period_opens_tally(clause: Clause, text: str) -> bool:
    """Whether the current calendar period stands before the first event word of a clause that
    ends in a tally ("رواں سال شہر میں ڈکیتی کی وارداتوں میں ڈاکوؤں کی فائرنگ سے جاں بحق افراد کی تعداد 61
    ہو گئی"): the tally counts the period's events, not the toll of one
    (non-events.period-opens-tally)."""
    tally = [h.start for h in clause.marker_hits if h.value.marker == "aggregate"]
    if not on("non-events.period-opens-tally") or not tally:
        return False
    first = min((*clause.trigger_starts, min(tally)))
    return _CURRENT_PERIOD.search(text, clause.start, first) is not None


#: The current calendar period up to now: "رواں سال", "اس برس", "رواں ماہ".
_CURRENT_PERIOD = lazy_compile(rf"(?<!\w)(?:{word_alternation('current_period')})(?!\w)")


#: A finite auxiliary, then "اور": the end of one clause and the start of the next.
_CLAUSE_THEN_AND = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('finite_auxiliary')}) (?:{word_alternation('conjunction_and')}) "
)


def _after_toll_clause(clause: Clause, fig: Figure, text: str) -> bool:
    """Whether ``fig`` stands in a clause of its own after the clause's toll statement, joined by
    "اور" after its finite verb ("دھماکے میں جاں بحق افراد کی تعداد 12 ہو گئی ہے اور 30 زخمی
    ہیں"): the event's other outcome, told with the toll, not part of a running total
    (counts.toll-then-other-outcome)."""
    if not on("counts.toll-then-other-outcome"):
        return False
    tolls = [
        f
        for f in (clause.killed, clause.injured)
        if f is not None and f.rule == "counts.toll-statement" and f.end <= fig.start
    ]
    return any(_CLAUSE_THEN_AND.search(text, t.end, fig.start) is not None for t in tolls)


#: How many of the most recent incidents a new mention is compared with. Real articles
#: report far fewer; the bound keeps pathological inputs (thousands of incidents in one
#: text) linear instead of quadratic.
_LOOKBACK = 64


def _same_place(a: PlaceRef, b: PlaceRef) -> bool:
    if a.key == b.key:
        return True
    if a.site != b.site:  # "بیت الخلیل یونیورسٹی" is in "الخلیل", not the same place
        return False
    # "کوبانی (عین العرب)": two names of one place; "شمالی وزیرستان" and "وزیرستان": one within the other
    one = a.place is not None and a.place is b.place and on("places.one-place-one-name")
    if one and _province_form(a) != _province_form(b) and on("places.province-apart-from-city"):
        one = False  # "الحدیدہ صوبے" and "بندرگاہ حدیدہ": the province and its city of that name
    if not (one or _words_within(a.key, b.key)):
        return False
    # Tried only here, where the two would be one place: it can only part them (most pairs
    # asked about are no one place, and need not be tried).
    if other_parts(a.key, b.key):
        return False  # "شمالی کشمیر" and "جنوبی کشمیر": two parts of one region
    return not _finer_namesake(a, b)


def _province_form(p: PlaceRef) -> bool:
    """Whether ``p`` was named as a province by a noun before or after it ("صوبہ X", "X صوبے")."""
    return p.province or p.province_after


def _finer_namesake(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether one of two places the gazetteer knows is a district named by the words that open
    the other's name, a province ("ضلع خیبر" and "خیبر پختونخوا"): a district named like its
    province, which is another place, not the same one (segments.finer-namesake-apart). A name
    that ends the other ("شمالی وزیرستان", "وزیرستان") is a part of it, and a town named like its
    region ("غزہ", "غزہ پٹی") is too often the region itself: both stay the same place."""
    if a.place is None or b.place is None or a.place is b.place or a.site or b.site:
        return False
    short, long_ = (a, b) if len(a.key.split()) < len(b.key.split()) else (b, a)
    if len(short.key.split()) == len(long_.key.split()) or (short.level, long_.level) != (2, 1):
        return False
    if not long_.key.startswith(short.key + " "):
        return False
    return on("segments.finer-namesake-apart")


def _words_within(a: str, b: str) -> bool:
    """Whether the words of one of two place names stand together in the other's."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if short and short[0] not in long_:
        return False  # most pairs: the shorter name's first word is not in the other (a test in C)
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3}
#: Compass words that name a part of the place they stand before ("شمالی غزہ").
_COMPASS = lazy_compile(rf"({word_alternation('compass_adjective')})\s")


def other_parts(a: str, b: str) -> bool:
    """Whether two folded place names name different parts of one place by different compass
    words ("شمالی کشمیر", "جنوبی کشمیر"): they are not one place, even where the gazetteer
    gives both one record (segments.other-compass-part)."""
    if not on("segments.other-compass-part"):
        return False
    ma, mb = _COMPASS.match(a), _COMPASS.match(b)
    return ma is not None and mb is not None and ma.group(1) != mb.group(1)


def _event_date(
    reading: DocReading,
    info: SentenceInfo,
    clause: Clause,
    tallies: Sequence[tuple[int, int]] = (),
    said: bool = True,
) -> DateRange | None:
    """The most precise date of the clause, else of its sentence, that is not a "since"
    date nor the date of a tally in another clause ("... تاہم رواں برس متعدد حملے کیے"); with
    ``said`` false, nor a day that dates a statement (:func:`_statement_day`)."""
    own = _within_period([d for d in info.dates if clause.start <= d.start < clause.end])
    others = [d for d in info.dates if not any(s <= d.start < e for s, e in tallies)]
    if on("dates.contrast-clause-day"):
        cut = _contrast_cut(reading.analysis.text, _first_told(clause), max(info.end, clause.end))
        own = [d for d in own if not _after_cut(cut, d.start)]
        others = [d for d in others if not _after_cut(cut, d.start)]
    if not said and clause.triggers:
        text = reading.analysis.text
        told = [h.start for h in clause.triggers]
        own = [d for d in own if not _statement_day(d, told, text)]
        others = [d for d in others if not _statement_day(d, told, text)]
    return _best_date(reading, own) or _best_date(reading, others)


#: A conjunction of contrast ("لیکن", "مگر"): a day after it dates the clause it opens.
_CONTRAST = prefiltered(lazy_compile(rf"(?:{words_first(word_alternation('contrast_conjunction'))})(?!\w)"))


def _contrast_cut(text: str, first: int, end: int) -> int | None:
    """Where the first conjunction of contrast ("لیکن", "مگر") after ``first`` (the start of a
    clause's first event word) ends: a day told after it dates the clause it opens, not the event
    told before it ("دو اہلکار زخمی ہوئے لیکن ایک منگل کو دم توڑ گیا", dates.contrast-clause-day),
    up to ``end``, the end of the stretch whose days are asked about. Found once per clause, so that
    a clause with many days is read in linear time."""
    m = _CONTRAST.search(text, first, end)
    return None if m is None else m.end()


def _first_told(clause: Clause) -> int:
    """Where the clause's first event word starts, or the clause if it has none."""
    return min((h.start for h in clause.triggers), default=clause.start)


def _after_cut(cut: int | None, at: int) -> bool:
    """Whether a day at ``at`` comes after the contrast that ends at ``cut``."""
    return cut is not None and cut <= at


#: The rule that gave a draft the day of a statement, which the event's own day overrules.
_SAID_DAY = "dates.statement-day"
#: Right after a day, the statement it dates: a word or five ("کو جاری ہونے والے ایک"), then a
#: statement or a verb of saying ("ایک بیان میں", "پریس کانفرنس میں", "نے بتایا"), then "کہ".
_STATEMENT_AFTER_DAY = lazy_compile(
    rf"(?:\s[^\s۔،,:]+){{0,5}}?\s(?:{word_alternation('statement_noun')}|{word_alternation('said_verb')})"
    rf"(?!\w)(?:\s[^\s۔]+){{0,6}}?\sکہ(?!\w)"
)


#: Right after a day, a converb clause of the speaker's doings ("کو صحافیوں سے گفتگو کرتے ہوئے",
#: "کو سرحدی علاقے کا دورہ کرتے ہوئے": up to twelve words, a participle of word class
#: converb_participle and "ہوئے"), then the speaker and a verb of saying or a statement, then "کہ"
#: (dates.converb-statement-day).
_CONVERB_STATEMENT_AFTER_DAY = lazy_compile(
    rf"(?:\s[^\s۔،,:]+){{0,12}}?\s(?:{word_alternation('converb_participle')})\sہوئے"
    rf"(?:\s[^\s۔،,:]+){{0,8}}?\s(?:{word_alternation('statement_noun')}|{word_alternation('said_verb')})"
    rf"(?!\w)(?:\s[^\s۔]+){{0,6}}?\sکہ(?!\w)"
)


def _statement_day(d: Any, told: Sequence[int], text: str) -> bool:
    """Whether the day ``d`` dates a statement, told with no event word of the clause (which
    start at ``told``) between the day and its "کہ": "ترجمان نے ہفتے کی صبح اپنے بیان میں کہا
    کہ حملے میں ...", "بدھ کو جاری ہونے والے بیان میں وزارت نے مانا کہ گاؤں پر حملہ ہوا
    تھا" — the day the source spoke, not the event's (dates.statement-day). So does a day before
    a converb clause of the speaker's doings, then the speaker and the verb of saying: "منگل کو
    صحافیوں سے گفتگو کرتے ہوئے ایس پی نے بتایا کہ ..." (dates.converb-statement-day)."""
    end = min(len(text), d.end + 120)
    m = _STATEMENT_AFTER_DAY.match(text, d.end, end)
    if m is None and on("dates.converb-statement-day"):
        m = _CONVERB_STATEMENT_AFTER_DAY.match(text, d.end, min(len(text), d.end + 200))
    return m is not None and not any(d.end <= t < m.end() for t in told)


#: Days read from a weekday or a prayer, or counted back from publication: resolved to the
#: latest such day, which an earlier month or year named beside them overrules.
_FLOATING_DAYS = frozenset({DateKind.WEEKDAY, DateKind.PRAYER, DateKind.RELATIVE})


def _within_period(dates: list[Any]) -> list[Any]:
    """``dates`` without the days read from a weekday or a prayer that lie outside an earlier
    month or year the same clause names ("گزشتہ سال ... جمعہ کی نماز کے دوران دھماکہ ہوا تھا": a
    Friday of last year, not this week's): the period holds."""
    if not on("dates.day-within-period"):
        return dates
    periods = [
        d.date
        for d in dates
        if d.kind in (DateKind.MONTH, DateKind.YEAR) and d.date.start is not None and d.date.end is not None
    ]
    if not periods:
        return dates
    return [
        d
        for d in dates
        if d.kind not in _FLOATING_DAYS
        or d.date.start is None
        or any(p.start <= d.date.start <= p.end for p in periods)
    ]


def _best_date(reading: DocReading, dates: Sequence[Any]) -> DateRange | None:
    if not dates:
        return None  # most clauses and sentences tell no time: nothing to choose from
    text = reading.analysis.text
    stretch = _from_to(reading, dates) if on("dates.range-until") else None
    if stretch is not None:
        return stretch
    if on("dates.ongoing-since"):
        ongoing = _ongoing_since(reading, dates)
        if ongoing is not None:
            return ongoing
    begun = _begun_then_went_on(reading, dates)
    if begun is not None:
        return begun
    so_far = _begun_so_far(reading, dates)
    if so_far is not None:
        return so_far
    best: DateRange | None = None
    for d in dates:
        if _SINCE.match(text, d.end) and not _closed_range(d, text):
            continue
        if _NOT_AFTER.match(text, d.end) and not _after_prayer(d, text):
            continue
        date = d.date
        if isinstance(date, DateRange) and (best is None or _rank(date) < _rank(best)):
            best = date
    if best is not None and best.precision is DatePrecision.DAY and on("dates.two-days"):
        return _two_days(reading, dates) or best
    return best


def _after_prayer(match: Any, text: str) -> bool:
    """Whether a date is a day named by its prayer and followed by "کے بعد" ("نماز جمعہ کے بعد
    مظاہرہ کیا گیا"): the prayer is an hour of that day, which is the event's day, not a
    date the event came some time after (dates.after-prayer)."""
    return (
        match.kind is DateKind.PRAYER
        and on("dates.after-prayer")
        and _AFTER.match(text, match.end) is not None
    )


#: "کے بعد" right after a date.
_AFTER = lazy_compile(rf"\s?(?:{word_alternation('after_postposition')})(?!\w)")


def _from_to(reading: DocReading, dates: Sequence[Any]) -> DateRange | None:
    """The stretch from one day to another ("پیر سے بدھ تک", "3 مارچ سے 5 مارچ تک"), or ``None``."""
    text = reading.analysis.text
    for a, b, first, last in _day_pairs(dates):
        if text[a.end : b.start] == " سے " and text.startswith(" تک", b.end):
            return DateRange(
                first, last, DatePrecision.DAY, span=reading.analysis.normalized.span(a.start, b.end)
            )
    return None


#: Longest stretch of days read from "X سے Y تک".
_STRETCH_DAYS = 31


def _day_pairs(dates: Sequence[Any]) -> Iterator[tuple[Any, Any, dt.date, dt.date]]:
    """Each two dates of single days next to each other in the text, the second later than the
    first by at most :data:`_STRETCH_DAYS`, with the first's day and the second's: the ends of
    a stretch the words between or after them may tell."""
    days = [d for d in dates if isinstance(d.date, DateRange) and d.date.precision is DatePrecision.DAY]
    for a, b in itertools.pairwise(sorted(days, key=lambda d: d.start)):
        first, last = a.date.start, b.date.end
        if first is None or last is None or not first < last or (last - first).days > _STRETCH_DAYS:
            continue
        yield a, b, first, last


#: "سے جاری": going on since the day before it, up to the report.
_ONGOING = lazy_compile(rf"\sسے\s(?:(?:{word_alternation('ongoing_adverb')})\s)?جاری(?!\w)")
#: After a day and "سے", the words of the clause and then "جاری" with a verb of being or
#: remaining: what goes on since that day ("پیر سے پریس کلب کے سامنے دھرنا جاری ہے").
_ONGOING_APART = lazy_compile(r"\sسے(?:\s[^\s۔،,:؛]+){1,8}?\sجاری\s(?:ہے|ہیں|رہا|رہی|رہے|رہیں)(?!\w)")


def _ongoing_since(reading: DocReading, dates: Sequence[Any]) -> DateRange | None:
    """The stretch from a day to publication that an event "ongoing since" covers ("جمعرات سے جاری
    جھڑپوں میں"), or ``None``: a block with no day-by-day detail is one incident with a range."""
    text, published = reading.analysis.text, reading.published
    if published is None:
        return None
    for d in dates:
        date = d.date
        if not isinstance(date, DateRange) or date.precision is not DatePrecision.DAY or date.start is None:
            continue
        if (
            (
                _ONGOING.match(text, d.end)
                or (on("dates.ongoing-since-apart") and _ONGOING_APART.match(text, d.end, d.end + 90))
            )
            and date.start < published
            and (published - date.start).days <= _STRETCH_DAYS
        ):
            return DateRange(date.start, published, DatePrecision.DAY, span=date.span)
    return None


#: After a day, with at most three words between: the event began then ("بدھ کے روز شروع ہونے
#: والی جھڑپیں", "منگل کی صبح شروع ہونے والا انکاؤنٹر").
_BEGAN_AFTER = lazy_compile(rf"(?:\s[^\W\d]+){{0,3}}?\s(?:{word_alternation('onset_word')})(?!\w)")
#: After a later day, with at most two words between: the event went on or ended then ("جمعہ کو
#: بھی جاری رہیں", "بدھ کو ختم ہوا").
_WENT_ON_AFTER = lazy_compile(rf"(?:\s[^\W\d]+){{0,2}}?\s(?:{word_alternation('went_on_word')})(?!\w)")


def _begun_then_went_on(reading: DocReading, dates: Sequence[Any]) -> DateRange | None:
    """The stretch of an event that began on one day and went on, or ended, on a later one
    ("بدھ کے روز شروع ہونے والی قبائلی جھڑپیں جمعہ کو بھی جاری رہیں": Wednesday to Friday), or
    ``None`` (dates.begun-then-went-on): one fight told as a block is one incident with a range."""
    if not on("dates.begun-then-went-on"):
        return None
    text = reading.analysis.text
    for a, b, first, last in _day_pairs(dates):
        if _BEGAN_AFTER.match(text, a.end, b.start) and _WENT_ON_AFTER.match(text, b.end):
            return DateRange(
                first, last, DatePrecision.DAY, span=reading.analysis.normalized.span(a.start, b.end)
            )
    return None


def _closed_range(match: Any, text: str) -> bool:
    """Whether a date match is a stretch of days closed by "تک" ("3 سے 5 مارچ تک"): the days
    the event lasted, not a "since" or "until" date."""
    date = match.date
    return (
        on("dates.range-until")
        and isinstance(date, DateRange)
        and date.start is not None
        and date.end is not None
        and (
            (date.precision is DatePrecision.DAY and date.start != date.end)
            or (
                # "مارچ سے مئی تک": a stretch of months (dates.month-pair)
                date.precision is DatePrecision.MONTH
                and (date.start.year, date.start.month) != (date.end.year, date.end.month)
                and on("dates.month-pair")
            )
        )
        and text.startswith(" تک", match.end)
    )


#: Between two days told as one stretch: "جمعرات اور جمعے کو", "اتوار اور پیر کی درمیانی شب".
_DAY_AND = lazy_compile(rf"\s?(?:{word_alternation('conjunction_and')}|،|,)\s")


def _two_days(reading: DocReading, dates: Sequence[Any]) -> DateRange | None:
    """The range of two days joined by "اور" ("جمعرات اور جمعے کو"), as the guidelines read
    "Thursday and Friday"; ``None`` if the dates hold no such pair."""
    text = reading.analysis.text
    days = sorted(
        (d for d in dates if isinstance(d.date, DateRange) and d.date.precision is DatePrecision.DAY),
        key=lambda d: d.start,
    )
    for a, b in itertools.pairwise(days):
        if a.date.start is None or b.date.start is None or a.date.start == b.date.start:
            continue
        if _DAY_AND.fullmatch(text, a.end, b.start) is None or abs((b.date.start - a.date.start).days) > 7:
            continue
        first, last = sorted((a.date.start, b.date.start))
        if on("dates.days-in-order") and a.date.start > b.date.start:
            # "جمعہ اور ہفتے کی درمیانی رات" told on a Friday: the Friday before that Saturday
            first, last = a.date.start - dt.timedelta(days=7), b.date.start
        return DateRange(
            first, last, DatePrecision.DAY, span=reading.analysis.normalized.span(a.start, b.end)
        )
    return saturday_and(reading, days)


#: "ہفتے اور " right before a weekday: Saturday, the first of two days.
_SATURDAY_AND = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('saturday_word')})\s(?:{word_alternation('conjunction_and')})\s$"
)
#: Python's number for Saturday (Monday is 0).
_SATURDAY = 5


def saturday_and(reading: DocReading, days: Sequence[Any]) -> DateRange | None:
    """The range from Saturday to the weekday that "ہفتے اور" stands right before ("ہفتے اور
    اتوار کی درمیانی شب"): the word for Saturday, which alone may mean the week, is read as
    the first of two days written in order (dates.days-in-order)."""
    if not on("dates.days-in-order"):
        return None
    text = reading.analysis.text
    for b in days:
        last = b.date.start
        if last is None or b.date.end != last:
            continue
        m = _SATURDAY_AND.search(text, max(0, b.start - 20), b.start)
        if m is None or m.end() != b.start:
            continue
        first = last - dt.timedelta(days=(last.weekday() - _SATURDAY) % 7 or 7)
        return DateRange(
            first, last, DatePrecision.DAY, span=reading.analysis.normalized.span(m.start(), b.end)
        )
    return None


def _rank(date: DateRange) -> int:
    return _PRECISION.get(date.precision.value, 4) if date.precision is not None else 4


def _is_old(date: DateRange | None, published: dt.date | None) -> bool:
    """Whether ``date`` lies well before publication (or names a past month or year)."""
    if date is None:
        return False
    if published is None or date.end is None:
        current = date.span is not None and _CURRENT.match(date.span.text)
        return not current and date.precision is not None and date.precision.value in ("month", "year")
    return (published - date.end).days > _BACKGROUND_DAYS


def _is_event(clause: Clause, live: list[Hit[TriggerTerm]], reactions: bool = False) -> bool:
    """Whether ``clause`` reports an event with its ``live`` triggers: a strong one, or a weak
    one with a figure, or with a place and who acted or was struck (``clause.struck``).
    With ``reactions``, a reaction that names its event (:func:`_named_in_reaction`) does too."""
    if not live or ("reaction" in clause.markers and not (reactions and _named_in_reaction(clause, live))):
        return False
    if any(h.value.strong for h in live):
        return True
    perpetrator = any(a.role == "perpetrator" for a in clause.actors)
    return clause.has_figure or (bool(clause.places) and (perpetrator or clause.struck))


def _dated_happening(
    clause: Clause, live: Sequence[Hit[TriggerTerm]], info: SentenceInfo, published: dt.date | None, text: str
) -> bool:
    """Whether a weak event word follows a participle of happening or doing that a day before
    publication qualifies ("بدھ کو ہونے والے حملے میں زخمی ہونے والے اہلکار کو ... منتقل کر دیا
    گیا", "گزشتہ روز کی گئی فائرنگ"): the sentence names an event that happened on that day,
    though its own verb tells something after it (triggers.dated-happening)."""
    if not live or published is None or "reaction" in clause.markers or not on("triggers.dated-happening"):
        return False
    for h in live:
        m = _HAPPENED_BEFORE.search(text, max(0, h.start - 40), h.start)
        if m is None:
            continue
        for d in info.dates:
            end = d.date.end
            if end is None or end > published or d.end > m.start() or m.start() - d.end > 40:
                continue
            if _DAY_TO_PARTICIPLE.fullmatch(text, d.end, m.start()):
                return True
    return False


#: A participle of happening or doing and at most one word describing the event word after it.
_HAPPENED_BEFORE = lazy_compile(rf"(?:{word_class('happening_participle')})(?:\s[^\s۔،]+)?\s\Z")
#: Between a day and the participle: a postposition of time, and a place in "میں" at most
#: ("بدھ کو ژوب میں ہونے والے").
_DAY_TO_PARTICIPLE = lazy_compile(r"(?:\s(?:کو|کے روز|کے دن|کی شب|کی رات))?(?:(?:\s[^\s۔،]+){1,3}\sمیں)?\s")


def _named_in_reaction(clause: Clause, live: Sequence[Hit[TriggerTerm]]) -> bool:
    """Whether a reaction clause names a specific event it reacts to: a strong event word with a
    place of its own or a toll ("وزیر اعظم نے پشاور میں پولیس لائنز کی مسجد میں ہونے والے خودکش
    دھماکے کی مذمت کی"). A condemnation of violence in general names neither."""
    return any(h.value.strong for h in live) and (clause.has_figure or any(not p.site for p in clause.places))


def _struck(clause: Clause, live: Sequence[Hit[TriggerTerm]], text: str) -> bool:
    """Whether a weak attack word names whom it struck ("تربت میں نیول بیس پر حملہ کیا گیا
    تھا"): the attack is reported as done. Asked only of a clause that names no attacker."""
    if not on("triggers.attack-on-a-named-target"):
        return False
    return any(a.role == "target" for a in clause.actors) and any(
        h.value.kind in _STRUCK and not _DOER_NOUN.match(text, h.end) for h in live
    )


#: Armed groups: an attack they are said to make is an event.
_ARMED = frozenset((ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA))
#: "ہجوم", "مجمع": a crowd as such, the doer of protests and riots only (roles.crowd-struck-no-doer).
_CROWD_NOUN_NAMES = word_set("crowd_noun")


def _crowd_of_owner(actor: Participant, actors: Sequence[Participant], nt: NormalizedText) -> bool:
    """Whether ``actor`` is a bare crowd word that another of ``actors`` owns, right before it
    and "کے" ("X کے ہجوم پر فائرنگ"): the crowd is no actor of its own beside its owner
    (roles.crowd-of-owner-no-party)."""
    if actor.span is None or fold(actor.name) not in _CROWD_NOUN_NAMES:
        return False
    return any(
        o is not actor
        and o.span is not None
        and o.span.end <= actor.span.start
        and _between(nt, o.span.end, actor.span.start).strip() == "کے"
        for o in actors
    )


def _armed_attack(clause: Clause, live: list[Hit[TriggerTerm]]) -> bool:
    """Whether a weak trigger reports an attack that the sentence says an armed group made
    ("بنوں: دہشت گردوں نے تھانے پر حملہ کیا"); its place is the dateline's."""
    if not live or "reaction" in clause.markers:
        return False
    return any(
        a.role == "perpetrator" and not a.by_default and a.term.actor_type in _ARMED for a in clause.actors
    )


def _done_at_dateline(clause: Clause, live: list[Hit[TriggerTerm]]) -> bool:
    """Whether a weak trigger reports an event that the sentence says someone made, with no
    place but the dateline's: an armed group's attack or people's protest."""
    armed = on("triggers.armed-attack-at-dateline") and _armed_attack(clause, live)
    return armed or _protest_at_dateline(clause, live) or _abduction_at_dateline(clause, live)


def _abduction_at_dateline(clause: Clause, live: list[Hit[TriggerTerm]]) -> bool:
    """Whether a weak abduction word ("اٹھا کر لے گئے") tells people the sentence marks as taken
    ("صحافی کو") by others it names as the doers or leaves unmarked as the subject ("کوئٹہ:
    نامعلوم افراد صحافی کو گھر سے اٹھا کر لے گئے", "اہلکار دو نوجوانوں کو اٹھا کر لے گئے"): a
    forced disappearance at the dateline (triggers.abduction-at-dateline)."""
    if not on("triggers.abduction-at-dateline") or "reaction" in clause.markers:
        return False
    if not any(h.value.kind == "abduction" for h in live):
        return False
    people = [a for a in clause.actors if not a.term.site]
    taken = any(a.role == "target" and not a.by_default for a in people)
    takers = any(a.role == "perpetrator" or a.role is None for a in people)
    return taken and takers


def _protest_at_dateline(clause: Clause, live: list[Hit[TriggerTerm]]) -> bool:
    """Whether a weak protest word reports a protest that the sentence says people made
    ("اسلام آباد: اساتذہ نے پریس کلب کے سامنے مظاہرہ کیا"); its place is the dateline's."""
    if not on("triggers.protest-at-dateline") or "reaction" in clause.markers:
        return False
    return any(h.value.kind == "protest" for h in live) and any(
        a.role == "perpetrator" and not a.by_default for a in clause.actors
    )


#: A word saying what someone is charged with or wanted for ("مطلوب", "ملوث").
_CHARGE_WORD = lazy_compile(rf"(?:{word_class('charge_predicate')})")
#: A finite auxiliary right after the charge word: being wanted is what the clause says.
_CHARGE_IS_PREDICATE = lazy_compile(rf"\s(?:{word_class('finite_auxiliary')})(?!\w)")
#: Between an event word and the charge word: at most four words ending in "میں" ("حملوں میں
#: مطلوب", "دہشت گردی کے متعدد مقدمات میں مطلوب"), none of them "میں" or "دوران", which end the
#: phrase of another event ("پولیس مقابلے کے دوران ٹارگٹ کلنگ میں مطلوب").
_TO_CHARGE = lazy_compile(r"(?:\s(?!(?:میں|دوران)\s)[^\s۔،]+){0,4}?\sمیں\s")


def _wanted_is_no_tally(clause: Clause, text: str) -> None:
    """A clause whose only word of a tally is one of being wanted ("دہشت گردی کے مقدمات میں
    مطلوب ملزم کو گرفتار کر لیا", "پولیس مقابلے میں حملوں میں مطلوب دو ملزمان ہلاک") names the
    charge with it, not many events summed up: the event words of the charge, right before it,
    are dropped, and the clause's own arrest or fight after them stays an event
    (triggers.wanted-is-no-tally). With no event word outside the charge it stays a tally."""
    tally = [m for m in clause.marker_hits if m.value.marker == "aggregate"]
    if not tally or not all(_CHARGE_WORD.fullmatch(m.key) for m in tally):
        return
    if any(_CHARGE_IS_PREDICATE.match(text, m.end) for m in tally):
        return  # "... حملوں میں بھی مطلوب تھے": the clause only tells the charges
    charge = [
        h
        for h in clause.triggers
        if any(h.end <= m.start and _TO_CHARGE.fullmatch(text, h.end, m.start) for m in tally)
    ]
    own = [h for h in clause.triggers if h not in charge]
    if not own:
        return
    clause.triggers = own
    clause.markers.discard("aggregate")


#: A finite verb of a death someone inflicted: "شہید ہو گئے", "مارے گئے".
_VIOLENT_DEATH = lazy_compile(rf"(?<!\w)(?:{word_alternation('violent_death_verb')})(?!\w)")


def _violent_death(clause: Clause, info: SentenceInfo, dateline: PlaceRef | None, text: str) -> bool:
    """Whether a clause of an article with no event word at all tells people killed
    with a verb of a death someone inflicted ("ڈیرہ اسماعیل خان: ... تین اہلکار شہید ہو گئے",
    "شمالی وزیرستان میں دو عسکریت پسند مارے گئے") at a place of its own or the dateline's: a
    violent death is an event though the clause names no weapon or act
    (triggers.violent-death-verb). Not in a sentence of background, a reaction, a threat, an
    accident or a denial, and not told in the past perfect."""
    if clause.triggers or clause.killed is None or not on("triggers.violent-death-verb"):
        return False
    if clause.markers and not _death_in_foiling(clause):
        return False
    if clause.future or clause.past_perfect or "background" in info.markers:
        return False
    if not clause.places and dateline is None:
        return False
    return _VIOLENT_DEATH.search(text, clause.start, clause.end) is not None


#: A word that says an attempt was foiled: "ناکام بنا دی".
_FOILING = lazy_compile(word_class("foiling_word"))


def _death_in_foiling(clause: Clause) -> bool:
    """Whether the clause's only markers say that an attempt was foiled ("دراندازی کی کوشش ناکام
    بنانے کا دعویٰ کیا جس میں دو در انداز مارے گئے"): the people it tells killed died in foiling
    it, a violent event (triggers.death-in-foiling); any other negation or marker still stops the
    death from being read as one."""
    if clause.markers != {"negation"} or not on("triggers.death-in-foiling"):
        return False
    return all(m.value.marker != "negation" or _FOILING.fullmatch(m.key) for m in clause.marker_hits)


def _death_as_event(clause: Clause) -> Hit[TriggerTerm]:
    """A weak killing word at the clause's toll, for a violent death told with no event word;
    a fight when the dead named are only members of armed groups ("چار عسکریت پسند مارے گئے"),
    whom a state force or a rival group kills in a clash, not as civilians."""
    figure = clause.killed
    assert figure is not None
    named = [a.term.actor_type for a in clause.actors if a.role == "target"]
    if named and all(t in _ARMED for t in named):
        return Hit(figure.start, figure.end, "", TriggerTerm(_S.ARMED_CLASH, "clash", 30, False))
    return Hit(figure.start, figure.end, "", TriggerTerm(_S.ATTACK, "killing", 30, False))


def _later_figures(clauses: Sequence[Clause], aggregates: Sequence[bool]) -> list[bool]:
    """For each clause, whether a later clause of its sentence with no event word of its own
    gives a casualty figure ("... پر حملہ کیا، دو اہلکار زخمی ہو گئے")."""
    out = [False] * len(clauses)
    seen = False
    for i in range(len(clauses) - 1, -1, -1):
        if i + 1 < len(clauses) and clauses[i + 1].sentence != clauses[i].sentence:
            # The next sentence's first clause still tells this event's toll
            # ("... پر حملہ کیا۔ دو اہلکار زخمی ہو گئے۔").
            nxt = clauses[i + 1]
            seen = nxt.sentence == clauses[i].sentence + 1 and _bare_toll(nxt, aggregates[i + 1])
        out[i] = seen
        if _bare_toll(clauses[i], aggregates[i]):
            seen = True
    return out


#: "جبکہ" or "اور" at the head of a clause, or right before it where the clause was cut there.
_JOINED_OPENS = lazy_compile(r"\s?(?:جبکہ|اور)(?!\w)")
_JOINED_ENDS = lazy_compile(r"(?<!\w)(?:جبکہ|اور)\s*$")


def _joined_to_tally(clauses: Sequence[Clause], aggregates: Sequence[bool], text: str) -> list[bool]:
    """The aggregates, with each clause that gives a figure and no event word, joined by "جبکہ"
    or "اور" to a running or period tally ("اب تک", "رواں سال") with a figure just before it in its
    sentence ("لڑائی شروع ہونے سے اب تک مرنے والوں کی تعداد 12 ہزار سے بڑھ چکی ہے اور 30 ہزار
    سے زیادہ لوگ زخمی ہیں"): the other half of the same tally, no toll of an event
    (counts.joined-to-tally)."""
    out = list(aggregates)
    for i in range(1, len(clauses)):
        c, before = clauses[i], clauses[i - 1]
        if out[i] or not out[i - 1] or c.sentence != before.sentence:
            continue
        if not (c.has_figure and before.has_figure) or c.triggers:
            continue
        if not (
            _RUNNING.search(text, before.start, before.end) or _PERIOD.search(text, before.start, before.end)
        ):
            continue  # "ہلاکتوں کی تعداد 5 ہو گئی جبکہ 10 زخمی ہیں": one event's toll, no tally
        if _JOINED_OPENS.match(text, c.start) or _JOINED_ENDS.search(text, max(0, c.start - 8), c.start):
            out[i] = True
    return out


def _bare_toll(clause: Clause, aggregate: bool) -> bool:
    """Whether a clause gives a casualty figure with no event word or context word of its own."""
    return clause.has_figure and not clause.triggers and not aggregate and not clause.markers & _SUPPRESS


def _weak_report(clause: Clause, live: list[Hit[TriggerTerm]]) -> bool:
    """Whether a weak event word reports an act: it is live and the clause is no reaction."""
    return bool(live) and "reaction" not in clause.markers


#: The live event words of a clause, as the trigger filters pass them on.
_Live: TypeAlias = "list[Hit[TriggerTerm]]"
#: One step of the trigger filters (see :data:`_TRIGGER_FILTERS`).
_TriggerFilter: TypeAlias = "Callable[[_Live, _ClauseStep, _DocPrep, _Segmenting], _Live]"
#: One of the document-level passes after the clause loop (see :data:`_POST_PASSES`).
_PostPass: TypeAlias = "Callable[[list[_Draft], DocReading, _DocPrep, _Segmenting], list[_Draft]]"


@attrs.frozen
class _DocPrep:
    """What the segmentation reads once per article before its clause loop (:func:`_prepare`)."""

    text: str
    published: dt.date | None
    dateline: PlaceRef | None
    #: Per clause: whether it sums up events instead of telling one (:func:`_is_aggregate`).
    aggregates: list[bool]
    #: No clause of the article has an event word: a violent death may tell its event.
    wordless: bool
    #: Per clause: whether a later clause of its sentence gives a bare casualty figure
    #: (:func:`_later_figures`); None with triggers.figure-later-in-sentence off.
    later_figure: list[bool] | None
    #: Event kinds the article tells only as accidents or rumours.
    accidental: frozenset[str]
    #: Event kinds the article says were a drill (:func:`_drilled_kinds`), whoever acted.
    drilled: frozenset[str]
    #: Where the article first calls an operation a plan (:func:`_planned_operation`), or None.
    planned_at: int | None
    #: The frame of a lead that reports a court's ruling or an observance (:func:`_retold_lead`).
    lead_retold: str | None
    #: Where running tallies start, read once for every clause's ``_over_time``.
    tally_at: list[int] | None
    #: The article is built of questions and answers (:func:`_explainer`).
    explainer: bool
    #: Per sentence: the spans of its aggregate clauses.
    tallies: dict[int, list[tuple[int, int]]]


@attrs.define
class _Segmenting:
    """The state of the segmentation loop that crosses clauses: one object, so that no step
    can shadow another's local name."""

    #: The incident drafts opened so far, in document order.
    drafts: list[_Draft] = attrs.Factory(list)
    #: Detail clauses of the first sentences told before any incident opened: the lead.
    pending: list[Clause] = attrs.Factory(list)
    #: The first day a pending clause names, told as a fact of now (dates.pending-lead-day).
    pending_day: DateRange | None = None
    #: Clauses naming an earlier event ("حملے کے مقدمے میں") with no day of their own.
    referencing: list[Clause] = attrs.Factory(list)
    #: The day a clause listing the towns of a round-up names, with those towns' keys: the day of
    #: each town's event told after it with no day of its own (dates.listed-towns-day).
    listed_day: tuple[DateRange, frozenset[str]] | None = None
    #: The incident the last clause joined or opened.
    current: _Draft | None = None


def _mark_ongoing(reading: DocReading) -> None:
    """Mark the aggregate clauses that tell a fight still going on (or its toll right after
    it) as ``ongoing`` and no longer aggregate; with triggers.wanted-is-no-tally, read the
    other aggregate clauses for a wanted notice (:func:`_wanted_is_no_tally`)."""
    text = reading.analysis.text
    for i, c in enumerate(reading.clauses):
        if "aggregate" in c.markers and (
            _ongoing_fight(c, reading)
            or (i > 0 and _toll_of_fight_going_on(c, reading.clauses[i - 1], reading))
        ):
            c.ongoing = True
            c.markers.discard("aggregate")
        elif "aggregate" in c.markers and on("triggers.wanted-is-no-tally"):
            _wanted_is_no_tally(c, text)


#: A clause that is one item of a list: at most four words, a comma before it ("، ایک دستی بم").
_LIST_ITEM_WORDS = 4


def _seized_list_items(reading: DocReading) -> None:
    """Mark as seized ("recovered") the weapon words that stand alone as one item of a list of
    things seized, cut off by the commas of a list too long to read as one ("ملزمان کے قبضے سے دو
    رائفلیں، ایک دستی بم، چوری کیے گئے چار لیپ ٹاپ اور نقدی برآمد کر لی"): an
    item with no verb between clauses of its sentence that tell a seizure is seized with them
    (non-events.seized-list-item)."""
    if not on("non-events.seized-list-item"):
        return
    clauses = reading.clauses
    text = reading.analysis.text
    for i, c in enumerate(clauses):
        if not c.triggers or "recovered" in c.markers or i == 0:
            continue
        before = clauses[i - 1]
        if before.sentence != c.sentence or text[before.end : c.start].strip() not in ("،", ","):
            continue
        words = text[c.start : c.end].split()
        if len(words) > _LIST_ITEM_WORDS or any(w in _CLAUSE_WORDS for w in words):
            continue
        if not all(any(w.start <= h.start < w.end for w in c.weapons) for h in c.triggers):
            continue
        # the seizure is told before the item or after it, in the same sentence
        if any("recovered" in o.markers for o in clauses[max(0, i - 3) : i + 4] if o.sentence == c.sentence):
            c.markers.add("recovered")


def _prepare(reading: DocReading) -> _DocPrep:
    """The per-document stage of the segmentation: ongoing fights marked, then what the clause
    loop reads of the whole article (aggregates, later figures, accidental kinds, a retold
    lead, tally starts), in this order."""
    text = reading.analysis.text
    _mark_ongoing(reading)
    _seized_list_items(reading)
    _so_far_of_one_event(reading)
    _superlative_ever(reading)
    _events_of_one_day(reading)
    aggregates = [_is_aggregate(c, text) or _year_total(c, reading) for c in reading.clauses]
    if on("counts.joined-to-tally"):
        aggregates = _joined_to_tally(reading.clauses, aggregates, text)
    wordless = not any(c.triggers for c in reading.clauses)
    later_figure = (
        _later_figures(reading.clauses, aggregates) if on("triggers.figure-later-in-sentence") else None
    )
    drilled = _drilled_kinds(reading)
    accidental = _accidental_kinds(reading) | _rumoured_kinds(reading) | drilled
    lead_retold = _retold_lead(reading)
    tally_at = _tally_starts(reading.words)
    tallies: dict[int, list[tuple[int, int]]] = {}
    for c, aggregate in zip(reading.clauses, aggregates, strict=True):
        if aggregate:
            tallies.setdefault(c.sentence, []).append((c.start, c.end))
    return _DocPrep(
        text=text,
        published=reading.published,
        dateline=reading.dateline,
        aggregates=aggregates,
        wordless=wordless,
        later_figure=later_figure,
        accidental=accidental,
        drilled=drilled,
        planned_at=_planned_operation(reading),
        lead_retold=lead_retold,
        tally_at=tally_at,
        tallies=tallies,
        explainer=_explainer(reading),
    )


#: How many lines that are questions make an article one of questions and answers.
_EXPLAINER_QUESTIONS = 3


def _explainer(reading: DocReading) -> bool:
    """Whether the article is built of questions and answers: at least three of its lines are
    one question each ("بکتر بند گاڑی کیا ہوتی ہے؟" as a subhead), the answers after them. Such an
    explainer tells what events are like; an event it reports has a figure, a place or a day of
    its own (non-events.explainer)."""
    if not on("non-events.explainer"):
        return False
    text = reading.analysis.text
    asked = 0
    for info in reading.sentences:
        if not _asks(text, info.start, info.end):
            continue
        line_start = info.start == 0 or text[info.start - 1] == "\n"
        rest = text.find("\n", info.end)
        if line_start and not text[info.end : len(text) if rest < 0 else rest].strip():
            asked += 1
    return asked >= _EXPLAINER_QUESTIONS


@attrs.define
class _ClauseStep:
    """One clause as the segmentation loop reads it: its sentence, the next sentence, its
    places (without the dateline's), and what the trigger filters noted of it."""

    index: int
    clause: Clause
    info: SentenceInfo
    after: SentenceInfo | None
    places: list[PlaceRef]
    #: Every live event word names an earlier event ("حملے کے مقدمے میں"): dates.referenced-event.
    named: bool = False


def _own_live(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """The first trigger filter: the clause's own event words that stand (:func:`_live_triggers`);
    it reads the clause, not ``live``."""
    after = step.after
    return _live_triggers(
        step.clause, prep.text, after is not None and "background" in after.markers, prep.tally_at
    )


def _not_protested(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without a protest against the act of violence just told (:func:`protested_dropped`)."""
    current = state.current
    if current is None or not any(h.value.kind == "protest" for h in live):
        return live  # protested_dropped keeps every word of a clause with no protest word
    return protested_dropped(live, _violent_only(current), prep.text)


def _note_referenced(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """No filter: note on ``step`` whether every live event word is the name of an earlier
    event ("... خودکش حملے کے مقدمے میں سزا"; dates.referenced-event), and pass ``live`` on."""
    text = prep.text
    step.named = (
        bool(live) and on("dates.referenced-event") and all(_REFERENCED.match(text, h.end) for h in live)
    )
    return live


def _not_accidental(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without the kinds the article tells only as accidents or rumours, unless someone acted
    in the clause (:func:`_acted`); the kinds of a drill go whoever acted in it."""
    if prep.drilled:
        live = [h for h in live if h.value.kind not in prep.drilled]
    if prep.accidental and not _acted(step.clause) and not _armed(step.clause, step.info, prep.text):
        return [h for h in live if h.value.kind not in prep.accidental]
    return live


#: A verb of bursting, anywhere in a clause: "بم ... دھماکے سے پھٹ گیا".
_BURST_VERB = lazy_compile(rf"(?:{words_first(word_alternation('burst_verb'))})(?!\w)")
#: A plural noun of events: "واقعات", "حملوں" (a clause that sums up several events).
_EVENTS_NOUN = lazy_compile(rf"(?:{words_first(word_alternation('counted_events_noun'))})(?!\w)")


def _armed(clause: Clause, info: SentenceInfo, text: str) -> bool:
    """Whether the clause tells a weapon bursting, or names a device of its own kind of blast
    ("سڑک کنارے نصب بم زوردار دھماکے سے پھٹ گیا", "موبائل کو ریموٹ کنٹرول بم سے نشانہ بنایا
    گیا"), and denies nothing: a bomb's blast is no accident, though the article calls another
    blast one, a gas cylinder's told further down (non-events.weapon-beats-accident). A sentence
    that sums up several events ("فائرنگ اور دستی بم حملے کے مختلف واقعات میں") tells none."""
    return (
        bool(clause.weapons)
        and on("non-events.weapon-beats-accident")
        and (
            any(w.value.sub_event_type is not None for w in clause.weapons)
            or _BURST_VERB.search(text, clause.start, clause.end) is not None
        )
        and _ANY_NEGATION.search(text, clause.start, clause.end) is None
        and _EVENTS_NOUN.search(text, info.start, info.end) is None
    )


def _not_generic_plural(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without a plural event word that names a kind of event (:func:`_drop_generic_plural`)."""
    return _drop_generic_plural(live, step.clause, step.places, step.info, prep.text)


def _not_years_ago(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without an event told years ago (:func:`_drop_years_ago`)."""
    return _drop_years_ago(live, step.clause, step.places, step.info, prep.text)


def _not_years_ago_relative(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without an event told years before another (:func:`_drop_years_ago_relative`)."""
    return _drop_years_ago_relative(live, step.clause, step.places, prep.text)


#: Before a disappearance word, a long stretch and "سے": "کئی برسوں سے [لاپتہ]", "دو سال سے
#: [لاپتہ]" (non-events.missing-for-long).
_LONG_STRETCH_SINCE = lazy_compile(rf"(?<!\w)(?:{word_alternation('long_unit')})\sسے\s(?:\S+\s){{0,2}}\Z")
#: After a disappearance word, a present copula: "[لاپتہ] ہیں", "[لاپتہ] ہے".
_PRESENT_COPULA_AFTER = lazy_compile(r"\s(?:ہیں|ہے)(?!\w)")


def _not_missing_for_long(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without a disappearance word told as a state lasting a long stretch, with a present copula
    ("ان کے رشتہ دار کئی برسوں سے لاپتہ ہیں", "بیٹا دو سال سے لاپتہ ہے"): how long people have been
    missing, with no day the disappearance happened, is no incident (non-events.missing-for-long)."""
    if not live or not on("non-events.missing-for-long"):
        return live
    text, clause = prep.text, step.clause
    return [
        h
        for h in live
        if h.value.kind != "abduction"
        or _PRESENT_COPULA_AFTER.match(text, h.end, clause.end) is None
        or _LONG_STRETCH_SINCE.search(text, clause.start, h.start) is None
    ]


#: After a bare "آپریشن", a room or centre it names: "[آپریشن] سینٹر", "[آپریشن] تھیٹر"
#: (non-events.civil-operation).
_OPERATION_FACILITY_AFTER = lazy_compile(rf"\s(?:{word_alternation('operation_facility')})(?!\w)")
#: Patients, surgeons or surgery: "مریض", "سرجن" (non-events.civil-operation).
_SURGERY_WORD = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('surgery_word')})(?!\w)"))


def _not_civil_operation(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without a bare "آپریشن" that names a facility ("ایمرجنسی آپریشن سینٹر", "آپریشن تھیٹر") or,
    in a clause with no casualty figure that names patients, surgeons or surgery, a surgery
    ("سرجن نے مریض کا آپریشن کیا"): no security operation (non-events.civil-operation)."""
    if not live or not on("non-events.civil-operation"):
        return live
    text, clause = prep.text, step.clause
    surgery = (
        clause.killed is None
        and clause.injured is None
        and _SURGERY_WORD.search(text, clause.start, clause.end) is not None
    )

    def civil(h: Hit[TriggerTerm]) -> bool:
        if h.value.kind != "operation" or " " in h.key:
            return False  # "سرچ آپریشن", "فوجی آپریشن" name a security operation
        return surgery or _OPERATION_FACILITY_AFTER.match(text, h.end, clause.end) is not None

    return [h for h in live if not civil(h)]


#: "خیز" right after a blast word: "دھماکہ خیز مواد" is the explosive, not a blast.
_EXPLOSIVE_ADJECTIVE = lazy_compile(r"\s?خیز(?!\w)")


def _not_explosive_adjective(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without a blast word that "خیز" follows ("دھماکہ خیز مواد موٹر سائیکل میں رکھا گیا تھا"):
    with it the word is the adjective "explosive" of the substance, a weapon, and tells no blast
    unless its clause blows something up with it ("... مواد نصب کر کے پل کو اڑا دیا")
    (triggers.explosive-adjective)."""
    if not live or not on("triggers.explosive-adjective"):
        return live
    text, end = prep.text, step.clause.end
    return [
        h
        for h in live
        if _EXPLOSIVE_ADJECTIVE.match(text, h.end) is None or _BLOWN_UP.search(text, h.end, end) is not None
    ]


def _not_trend(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without a trend in many events (:func:`_drop_trend`)."""
    return _drop_trend(live, step.clause, prep.text)


#: A stretch of years with its length: "پچھلی ایک دہائی میں", "پچھلے دس برسوں کے دوران".
_STRETCH_OF_YEARS = lazy_compile(
    rf"(?:{_whole_words(word_alternation('span_determiner'))})\s(?:[^\s۔]+\s)?(?:{word_alternation('years_unit')})"
    r"\s(?:میں|کے دوران|سے)(?!\w)"
)


#: A superlative: "سب سے بڑا", "سب سے ہلاکت خیز".
_SUPERLATIVE = lazy_compile(r"(?<!\w)سب سے(?!\w)")


def _not_over_years(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without the event words of a clause that tells them over a stretch of years ("فرقہ وارانہ
    تشدد پچھلی ایک دہائی میں کم ہوا ہے", "پچھلے دس برسوں میں حملے کم ہوئے"): many events over
    years, no incident (non-events.over-years), unless the clause gives a figure or a time of
    its own, or sets one event against the years with a superlative ("سب سے بڑا حملہ")."""
    clause = step.clause
    if not on("non-events.over-years") or clause.has_figure:
        return live
    if _STRETCH_OF_YEARS.search(prep.text, clause.start, clause.end) is None:
        return live
    if any(clause.start <= d.start < clause.end for d in step.info.dates):
        return live  # "منگل کو ... دھماکہ ہوا جو گزشتہ دو برسوں میں سب سے بڑا ہے": a day of its own
    if _SUPERLATIVE.search(prep.text, clause.start, clause.end):
        return live  # "دھماکہ گزشتہ دو برسوں میں سب سے بڑا حملہ ہے": one event set against the years
    return []


#: A word that puts what is told before another time: "اس سے پہلے", "ماضی میں".
_EARLIER = lazy_compile(rf"(?<!\w)(?:{word_alternation('earlier_time')})(?!\w)")
#: A vague count of many: "کئی", "متعدد", "سینکڑوں".
_MANY = lazy_compile(rf"(?<!\w)(?:{word_alternation('vague_number')})(?!\w)")


#: "This is the Nth": "یہ تیسرا حملہ ہے", "قتل ہونے والے یہ تیسرے صحافی ہیں", "یہ 12واں دھماکہ ہے".
_NTH_IN_SERIES = lazy_compile(
    rf"(?:{words_first('یہ')})\s(?:[^\W\d]+\s){{0,6}}?(?:(?:{word_alternation('later_ordinal')})|\d+\s?(?:واں|ویں))"
    rf"(?:\s[^\W\d]+){{1,2}}?\s(?:ہے|ہیں)(?!\w)"
)


def _not_nth_in_series(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """No event words in a clause that says "this is the Nth" of them ("رواں سال ڈویژن میں قتل
    ہونے والے یہ تیسرے صحافی ہیں", "یہ اس ماہ ضلع میں پولیس پر تیسرا حملہ ہے"): the event told,
    counted in a series, not one of its own (non-events.nth-in-series)."""
    clause = step.clause
    if not on("non-events.nth-in-series"):
        return live
    return live if _NTH_IN_SERIES.search(prep.text, clause.start, clause.end) is None else []


def _not_many_before(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """No event words in a clause that puts them before another time, counts them or what they
    befell vaguely as many, and ends in the completive, in a sentence that names no day ("ضلع
    میں اس سے پہلے بھی بچیوں کے کئی تعلیمی اداروں کو نشانہ بنایا جا چکا ہے"): earlier events summed
    up, none of them told (non-events.many-before)."""
    clause = step.clause
    text = prep.text
    if (
        not on("non-events.many-before")
        or _COMPLETIVE.search(text, clause.start, clause.end) is None
        or _EARLIER.search(text, clause.start, clause.end) is None
        or _MANY.search(text, clause.start, clause.end) is None
        or _names_day(step.info, prep.published)
    ):
        return live
    return []


#: A share of the dead: "زیادہ تر شہری ہلاکتیں", "بیشتر اموات" (at most one word between).
_SHARE_OF_DEATHS = prefiltered(
    lazy_compile(
        rf"(?:{_whole_words(word_alternation('share_quantifier'))})(?:\s\w+)?\s(?:{word_alternation('deaths_noun')})(?!\w)"
    )
)


def _not_share_of_casualties(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """No event words in a clause with no date and no place of its own that gives a share of the
    dead ("بیشتر شہری ہلاکتیں فضائی بمباری سے ہوئیں"): the dead of many events
    summed up, not one event (non-events.share-of-casualties)."""
    clause = step.clause
    if not on("non-events.share-of-casualties") or any(not p.site for p in step.places):
        return live
    if any(clause.start <= d.start < clause.end for d in step.info.dates):
        return live
    return [] if _SHARE_OF_DEATHS.search(prep.text, clause.start, clause.end) else live


#: What a speaker denies follows: "اس بات کی تردید کی کہ ...".
_DENIAL = prefiltered(lazy_compile(_whole_words(word_alternation("denial_phrase"))))


def _not_denied(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """Without the event words of what a speaker denies ("طالبان ترجمان نے اس بات کی تردید کی کہ
    حملے میں تنظیم کا کوئی اہم کمانڈر مارا گیا"): they name the event told, and the denied did not
    happen (non-events.denied-content)."""
    if not on("non-events.denied-content") or state.current is None:
        return live
    clause = step.clause
    m = _DENIAL.search(prep.text, clause.start, clause.end)
    if m is None:
        return live
    return [h for h in live if h.start < m.end()]


#: What may follow a question mark at the end of a sentence: closing quotes, brackets, spaces.
_AFTER_QUESTION = frozenset("\"'”’)] \n\t")


def _asks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a question mark ("؟", or "?"), closing quotes,
    brackets or spaces after it aside; read back from the end, not searched."""
    i = end - 1
    while i >= start and text[i] in _AFTER_QUESTION:
        i -= 1
    return i >= start and text[i] in "؟?"


def _not_asked(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """No event words in a clause of a question with no figure, no place below a country and no
    day of its own ("بارودی سرنگیں اتنی خطرناک کیوں ہیں؟", "کیا فضائی حملے مسئلے کا حل ہیں؟"): a
    question asks about events, it reports none (non-events.question). In an article of
    questions and answers (``prep.explainer``, non-events.explainer) every clause needs such a
    detail of its own, the answers too."""
    info, clause = step.info, step.clause
    asked = on("non-events.question") and _asks(prep.text, info.start, info.end)
    if not (asked or prep.explainer):
        return live
    if clause.has_figure or any(not p.site and p.level > 0 for p in step.places):
        return live  # a country alone is what the question or the explainer is about
    if _names_date(clause, info):
        return live
    return []


#: A demand whose content follows: "مطالبہ کیا کہ", "اپیل کی ہے کہ", "ہدایت دی کہ".
_DEMAND_THAT = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('demand_noun')})\s(?:کیا|کی|کرتے|دی|دیا|دیں)(?:\s(?:ہے|ہیں|تھا|تھی|ہوئے))?\sکہ(?!\w)"
)
#: The subjunctive passive that ends what should be done: "... کرائی جائے۔", "... کیا جائے"
#: (searched in the clause's last twelve characters).
_TO_BE_DONE = lazy_compile(r"\s(?:جائے|جائیں)[۔\s]*\Z")


def _not_demanded_content(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """No event words in what a demand asks to be done, a clause after "مطالبہ کیا کہ" that
    ends in the subjunctive passive, with no figure, place or day of its own ("مطالبہ کیا کہ
    ہنگاموں کی غیر جانبدار تحقیقات کی جائیں"): what should be done names events, it
    tells none (non-events.demanded-content)."""
    clause, info, text = step.clause, step.info, prep.text
    end = clause.end
    if (
        not on("non-events.demanded-content")
        or _TO_BE_DONE.search(text, max(clause.start, end - 12), end) is None
    ):
        return live
    if _DEMAND_THAT.search(text, info.start, min(h.start for h in live)) is None:
        return live
    if clause.has_figure or any(not p.site for p in step.places):
        return live
    if _names_date(clause, info):
        return live
    return []


def _not_retold(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """In an article whose lead reports a ruling or an observance, without the case retold
    (:func:`_drop_retold`)."""
    if prep.lead_retold:
        return _drop_retold(live, step.clause, step.info, step.after, prep.published, prep.lead_retold)
    return live


def _not_ruled_on(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """No event words but a crowd's, in a clause whose agent is a court and which tells its ruling
    or hearing anywhere in the article ("ایک اور عدالت نے خودکش حملے کے ماسٹر مائنڈ ملزم کے خلاف
    مقدمے کی سماعت ملتوی کر دی"): the court's act is what is told, the violence it names is the
    case (non-events.court-ruling-clause)."""
    clause, text = step.clause, prep.text
    if not on("non-events.court-ruling-clause") or (clause.sentence == 0 and prep.lead_retold):
        return live  # a court report's lead is read by non-events.court-report
    if not _COURT_AGENT.search(text, clause.start, clause.end):
        return live
    if _COURT_RULING.search(text, clause.start, clause.end) is None:
        return live
    return [h for h in live if h.value.kind in _CROWD_KINDS]


def _casualties_borrowed(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """With none left: the current incident's event word for casualties told at another place
    (:func:`_casualties_elsewhere`)."""
    current = state.current
    if (
        not live
        and current is not None
        and _casualties_elsewhere(step.clause, current, step.places, state.drafts, prep.text)
    ):
        return [_borrowed(step.clause, current)]
    return live


def _breakdown_borrowed(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """With none left: the current incident's event word for a toll broken down by the places of
    incidents already told ("طالبان نے ہلمند اور قندھار میں ... 13 اہلکار ہلاک ہوئے۔ وزارت نے کہا کہ
    ہلمند میں 8 اور قندھار میں 5 اہلکار ہلاک ہوئے"): each of them takes its own number
    (segments.toll-breakdown-of-told; :func:`counted_per_place`)."""
    current = state.current
    if live or current is None or not current.main or not on("segments.toll-breakdown-of-told"):
        return live
    clause = step.clause
    if clause.future or clause.markers & (_SUPPRESS | {"figurative", "reaction", "aggregate"}):
        return live
    # The clause's own breakdown first: most clauses have none, and the incident's clauses
    # (every one of a long text's, when it is one incident) are looked at only after it.
    counted = counted_per_place(clause, step.places, prep.text)
    if not counted:
        return live
    told = [c for c in (*current.clauses, *current.shared) if c.triggers]
    drafts = [d for d in state.drafts if d.main]
    if not told or not all(any(_same_place(p, q) for d in drafts for q in d.places) for p, _ in counted):
        return live
    best = _best_trigger(told)
    figure = clause.killed or clause.injured
    assert figure is not None
    return [Hit(figure.start, figure.end, best.key, best.value)]


def _recalled_toll_borrowed(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """With none left: the current incident's event word for a toll recalled of an earlier
    event (:func:`_recalled_toll`)."""
    current = state.current
    if (
        not live
        and current is not None
        and _recalled_toll(step.clause, current, step.info, step.places, prep.text)
    ):
        return [_borrowed(step.clause, current)]
    return live


def _damage_elsewhere(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """With none left: damage at another place after the current incident ("سومی میں ... زخمی
    ہو گئے، چرنیہیف میں ایک صنعتی تنصیب کو نقصان پہنچا": the next strike; :func:`damage_elsewhere`)."""
    current = state.current
    if not live and current is not None:
        return damage_elsewhere(step.clause, current, step.places, state.drafts, prep.text)
    return live


def _death_told(live: _Live, step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """With none left, in an article with no event word at all: a violent death as its event
    (:func:`_violent_death`, :func:`_death_as_event`)."""
    if (
        not live
        and prep.wordless
        and not prep.accidental
        and _violent_death(step.clause, step.info, prep.dateline, prep.text)
    ):
        return [_death_as_event(step.clause)]
    return live


#: The trigger filters, in the order they apply: each takes the live event words left by the
#: one before (the first reads the clause itself) and returns those that stay.
_TRIGGER_FILTERS: tuple[_TriggerFilter, ...] = (
    _own_live,
    _not_protested,
    _note_referenced,
    _not_accidental,
    _not_planned_operation,
    _not_search_after_event,
    _not_generic_plural,
    _not_explosive_adjective,
    _not_years_ago,
    _not_years_ago_relative,
    _not_missing_for_long,
    _not_civil_operation,
    _not_trend,
    _not_over_years,
    _not_many_before,
    _not_nth_in_series,
    _not_share_of_casualties,
    _not_asked,
    _not_demanded_content,
    _not_retold,
    _not_ruled_on,
    _not_denied,
)
#: The trigger fallbacks, in the order they are tried while no event word is left after the
#: filters: each may give the clause an event word (the first that does ends the search).
_TRIGGER_FALLBACKS: tuple[_TriggerFilter, ...] = (
    _casualties_borrowed,
    _breakdown_borrowed,
    _recalled_toll_borrowed,
    _damage_elsewhere,
    _death_told,
)


def _live_of(step: _ClauseStep, prep: _DocPrep, state: _Segmenting) -> _Live:
    """The live event words of a clause: the clause's triggers through :data:`_TRIGGER_FILTERS`,
    then, with none left, :data:`_TRIGGER_FALLBACKS`. A filter after the first only keeps some
    of the words it is given (and notes nothing of none), and a fallback acts only when none is
    left: so each loop stops as soon as more steps could change nothing."""
    live = step.clause.triggers
    for keep in _TRIGGER_FILTERS:
        live = keep(live, step, prep, state)
        if not live:
            break
    for borrow in _TRIGGER_FALLBACKS:
        if live:
            break
        live = borrow(live, step, prep, state)
    return live


def _tally_left_out(
    reading: DocReading, prep: _DocPrep, state: _Segmenting, index: int, clause: Clause
) -> bool:
    """For an aggregate clause: whether it is left out of every incident (a tally, not a toll
    of the event told; counts.toll-statement). A toll kept loses its event words unless it
    opens the report (counts.toll-opens-report): then it tells its event itself."""
    text = prep.text
    if _period_opens_tally(clause, text):
        return True  # "رواں سال شہر میں ڈکیتی کی وارداتوں میں ... افراد کی تعداد 61 ہو گئی"
    if _cut_tally(clause, text):
        return False
    if not (on("counts.toll-statement") and _toll_only(clause, text)) and not _block_toll(
        clause, state.current, text
    ):
        return True
    opens = on("counts.toll-opens-report") and not any(c.triggers for c in reading.clauses[:index])
    if not opens:  # a toll that opens the report tells its event itself
        clause.triggers = []  # the toll of the event just told: a detail of its incident
    return False


def _clause_step(
    reading: DocReading, prep: _DocPrep, index: int, clause: Clause, info: SentenceInfo
) -> _ClauseStep:
    """The clause as the loop reads it. Sets ``clause.places`` to its distinct places without
    the dateline's."""
    dateline = prep.dateline
    places = _distinct([p for p in clause.places if dateline is None or p.start != dateline.start])
    clause.places = places
    after = reading.sentences[clause.sentence + 1] if clause.sentence + 1 < len(reading.sentences) else None
    return _ClauseStep(index, clause, info, after, places)


def _mark_clause(
    reading: DocReading, prep: _DocPrep, state: _Segmenting, step: _ClauseStep, live: _Live
) -> None:
    """Set the clause's ``struck``, ``recalled`` and ``happened`` from its live event words (each
    false without one: every test asks for a live word it names)."""
    clause, info, text = step.clause, step.info, prep.text
    if not live:
        clause.struck = clause.recalled = clause.happened = False
        return
    clause.struck = not any(a.role == "perpetrator" for a in clause.actors) and _struck(clause, live, text)
    clause.recalled = state.current is not None and recalled_struck(clause, live, state.current, info, text)
    clause.happened = _dated_happening(clause, live, info, reading.published, text) or _dated_deed(
        clause, info, reading.published
    )


def _no_event(prep: _DocPrep, state: _Segmenting, step: _ClauseStep, live: _Live, reactions: bool) -> bool:
    """Whether the clause tells no event of its own: it only adds to the current incident. So
    does every clause without a live event word (each test below needs one)."""
    if not live:
        return True
    clause, info, text = step.clause, step.info, prep.text
    dateline, later_figure = prep.dateline, prep.later_figure
    return (
        not _is_event(clause, live, reactions)
        and not (dateline is not None and _done_at_dateline(clause, live))
        and not _crowd_protest(clause, live, text)
        and not (later_figure is not None and later_figure[step.index] and _weak_report(clause, live))
        and not (state.current is not None and _recalled_here(clause, live, state.current, info, text))
        and not clause.recalled
        and not clause.happened
    )


#: A crowd counted in hundreds, thousands or more as the doer: "ہزاروں افراد نے", "لاکھوں لوگوں نے".
_CROWD_DOER = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('multitude_number')})\s(?:[^\s،,۔]+\s){{1,2}}?{word_alternation('ergative')}(?!\w)"
)


def _crowd_protest(clause: Clause, live: Sequence[Hit[TriggerTerm]], text: str) -> bool:
    """Whether a weak protest word is done by a crowd counted in hundreds or more, in a clause with
    a town of its own ("پیرس میں ہزاروں افراد نے مظاہرہ کیا"): only a protest held is told so
    (triggers.crowd-protest)."""
    if "reaction" in clause.markers or not any(not p.site for p in clause.places):
        return False
    first = min((h.start for h in live if h.value.kind == "protest"), default=None)
    if first is None:
        return False
    if on("triggers.crowd-protest") and _CROWD_DOER.search(text, clause.start, first) is not None:
        return True
    # "صادق آباد میں اہل علاقہ نے احتجاج کیا": residents, named by a word for ordinary people
    # rather than counted, protested there (triggers.residents-protest)
    return (
        on("triggers.residents-protest")
        and not clause.future
        and not clause.markers & _SUPPRESS
        and _CROWD_SUBJECT.search(text, clause.start, first) is not None
    )


def _listed_crowd_protest(draft: _Draft, text: str) -> bool:
    """Whether the draft's place is one item of a list of places in a clause it shares, whose weak
    protest word is done by a crowd counted in hundreds or more ("لاہور، ملتان اور پشاور میں
    ہزاروں افراد نے مظاہرہ کیا"): the crowd protested at each listed town, as it would at one
    (triggers.crowd-protest-listed)."""
    if draft.clauses or not draft.shared or not on("triggers.crowd-protest-listed"):
        return False
    return any(
        _crowd_protest(c, c.triggers, text) and any(c.start <= p.start < c.end for p in draft.places)
        for c in draft.shared
    )


def _dated_deed(clause: Clause, info: SentenceInfo, published: dt.date | None) -> bool:
    """Whether a weak event word is done by a doer marked with نے on a day the clause names
    ("منگل کو طلبہ نے وزارت کی عمارت پر دھاوا بول دیا"): a deed done on its day is made specific
    without a place the gazetteer knows (triggers.dated-deed)."""
    if clause.future or clause.markers & _SUPPRESS or "reaction" in clause.markers or published is None:
        return False
    if not any(a.role == "perpetrator" and a.rule == "roles.ergative-agent" for a in clause.actors):
        return False
    if not any(
        clause.start <= d.start < clause.end
        and d.date.start is not None
        and d.date.start == d.date.end
        and d.date.end <= published
        for d in info.dates
    ):
        return False
    return on("triggers.dated-deed")


def _attach_detail(
    reading: DocReading, prep: _DocPrep, state: _Segmenting, step: _ClauseStep, live: _Live
) -> None:
    """The non-event path: a clause with no event of its own loses its event words and joins
    the current incident (or the earlier one at its place) as a detail: the time told later
    (dates.time-told-later) and its detail places. Early detail clauses wait as the lead."""
    clause, info, places, text = step.clause, step.info, step.places, prep.text
    clause.weak_event = bool(live) and "reaction" not in clause.markers
    planned = bool(clause.triggers) and _plans_only(clause)
    clause.triggers = []
    contrast = on("dates.contrast-clause-day")
    cut = _contrast_cut(text, _first_told(clause), clause.end) if contrast else None
    own = _best_date(
        reading,
        [
            d
            for d in info.dates
            if clause.start <= d.start < clause.end
            and not (contrast and _after_cut(cut, d.start))
            and not _announced_day(text, d.end, clause.end)
        ],
    )
    if state.current is None and clause.sentence <= 2:
        state.pending.append(clause)
        if state.pending_day is None and own is not None and _pending_day(clause, own):
            state.pending_day = own
    recalled = "background" in info.markers and state.current is not None and state.current.main
    recalled = recalled and not _note_tells_more(clause, info, places, text)
    earlier = None if recalled else _told_before(places, state.current, state.drafts, own)
    if earlier is not None:
        state.current = earlier  # "کیچ میں ہلاکتوں کا واقعہ ...": back to the incident at کیچ
    current = state.current
    if current is None or planned:
        return  # "... جس کے بعد حکومت نے آپریشن شروع کرنے کا فیصلہ کیا": a plan adds no actor
    if _other_day_scene(clause, current, own, places):
        return
    if (clause.sentence - current.last_sentence <= 1 or earlier) and not recalled:
        current.clauses.append(clause)
        undated = current.date is None or current.date_rule == _SAID_DAY
        if undated and own is not None and _tells_time(clause, info.dates, own, text):
            # "... دو اہلکار شہید ہو گئے۔ واقعہ گزشتہ روز پیش آیا": when it happened
            current.date, current.date_rule = own, "dates.time-told-later"
        elif undated and own is not None and _account_day(clause, current, own, text):
            # "... چھ مزدور اغوا کر لیے۔ لیویز کے مطابق جمعرات کی رات مسلح افراد کیمپ میں داخل ہوئے"
            current.date, current.date_rule = own, "dates.account-day"
        if not (clause.markers & _SUPPRESS or clause.future):
            # A named site is where the event was only in a clause that mentions it.
            # "واقعہ سریاب روڈ پر پیش آیا": the site is where it was (places.told-happening)
            told = [p for p in places if told_happening(text, clause.start, p.start, clause.end)]
            detail = [p for p in places if clause.weak_event or not p.site or p in told]
            # "ادھر ضلع X میں ... نظر بند کر دیا": something else, elsewhere
            detail = turned_away(detail, current.places, _turn(clause, info, text) is not None)
            if clause.weak_event and _towns_of_summed_events(detail, current):
                # "... صوبے کے مختلف شہروں میں 5 دہشت گرد گرفتار۔ X، Y اور Z میں کارروائیاں کی گئیں"
                if own is not None and on("dates.listed-towns-day"):
                    # "یہ کارروائیاں بدھ کی رات X اور Y میں کی گئیں": the day of each town's event
                    state.listed_day = own, frozenset(p.key for p in detail if not p.site)
                detail = [p for p in detail if p.site]
            _add_detail_places(current, _not_abroad(detail, current, prep.dateline, clause, text))


def _towns_of_summed_events(places: Sequence[PlaceRef], current: _Draft) -> bool:
    """Whether a clause with an event word but no event of its own names two or more towns or
    districts, neither within the other, after an incident with no town of its own ("ترجمان کے
    مطابق X، Y اور Z میں کارروائیاں کی گئیں" after "سی ٹی ڈی نے صوبے کے مختلف شہروں میں 5 دہشت گرد
    گرفتار کر لیے"): it says where the events that incident sums up took place, one at each, and
    adds no place to it (rule ``segments.listed-towns-no-detail``)."""
    towns = [p for p in places if not p.site and p.level >= 2]
    if any(not q.site and not _province_holding(q, towns) for q in current.places):
        return False  # the incident told has a town of its own: the towns may be its places
    if len({p.key for p in towns}) < 2:
        return False
    if any(within(p, q) or within(q, p) for p in towns for q in towns if p is not q):
        return False  # "ضلع X کی تحصیل Y میں": one place and the district it lies in
    return on("segments.listed-towns-no-detail")


def _province_holding(place: PlaceRef, towns: Sequence[PlaceRef]) -> bool:
    """Whether a place of a round-up lead is a province that holds every town listed after it
    ("خیبر پختونخوا کے مختلف اضلاع میں ... بنوں، لکی مروت اور ٹانک میں"): no town of the lead's
    own. A country is not one: the country of a lead is mostly a side of a war whose strikes the
    lead tells itself, and its towns told one by one lose the lead's kind
    (segments.listed-towns-region-lead)."""
    if place.level != 1 or not towns or not all(within(t, place) for t in towns):
        return False
    return on("segments.listed-towns-region-lead")


def _other_day_scene(
    clause: Clause, current: _Draft, own: DateRange | None, places: Sequence[PlaceRef]
) -> bool:
    """Whether a clause with no event word names a day of its own other than the incident's
    and a town the incident does not name ("ادھر شہر X میں جمعرات کو فوجیوں نے چھاپہ مارا جس
    کے بعد ..." after an incident of Friday): it sets the scene of another event, and is no
    detail of this one (segments.other-day-scene)."""
    if own is None or not own.is_resolved or current.date is None or not current.date.is_resolved:
        return False
    if own.start is None or current.date.start is None or current.date.end is None:
        return False
    if current.date.start <= own.start <= current.date.end:
        return False
    towns = [p for p in places if not p.site and p.level >= 2]
    if not towns or all(any(_same_place(p, q) for q in current.places) for p in towns):
        return False
    return on("segments.other-day-scene")


#: What a day names when a decision or announcement follows it: "ہفتے کو ہڑتال کا اعلان کیا",
#: "جمعے کو احتجاج کرنے کا فیصلہ کیا" (dates.announced-day).
_ANNOUNCED = lazy_compile(
    rf"(?:{word_alternation('genitive')})\s(?:{word_alternation('decision_noun')})(?!\w)"
)
#: How far after a day the announcement that it belongs to may be read.
_ANNOUNCED_REACH = 80


def _announced_day(text: str, end: int, clause_end: int) -> bool:
    """Whether the day ending at ``end`` is followed, within its clause and a few words, by a
    genitive and a noun of decision or announcement ("تاجروں نے ہفتے کو ہڑتال کا اعلان کیا ہے"):
    the day is when what was announced is to be, not a day of the incident told
    (dates.announced-day). The search reads at most ``_ANNOUNCED_REACH`` characters."""
    if not on("dates.announced-day"):
        return False
    return _ANNOUNCED.search(text, end, min(clause_end, end + _ANNOUNCED_REACH)) is not None


def _plans_only(clause: Clause) -> bool:
    """Whether a clause's event words only name a plan, decision or announcement (a threat
    marker, no figure: "فوجی آپريشن شروع کرنے کا فیصلہ کیا"): it is no detail of the current
    incident, and its actors join none (rule ``non-events.plan-adds-nothing``)."""
    if clause.markers & _SUPPRESS != {"threat"} or clause.has_figure:
        return False
    plans = [m for m in clause.marker_hits if m.value.marker == "threat"]
    named = any(h.start < m.start <= h.end + 1 for m in plans for h in clause.triggers)
    return named and on("non-events.plan-adds-nothing")


def _points_back_here(
    state: _Segmenting, step: _ClauseStep, live: _Live, date: DateRange | None, text: str
) -> bool:
    """Whether the event clause points back at the main event just told ("یہ دھماکہ پیر کو
    پشاور میں ہوا تھا"): then it joins it, and this returns True."""
    current = state.current
    if current is not None and current.main and _points_back(live, text):
        current.clauses.append(step.clause)
        current.date = current.date or date
        _add_places(current, step.places)
        return True
    if current is not None and (
        _claim_of_recalled(state, step, date) or _victims_of_recalled(state, step, live, date, text)
    ):
        named = _recalled_named(state.drafts, step.clause)
        if named is not None:
            named.clauses.append(step.clause)
            state.current = named
            return True
    return False


def _recalled_named(drafts: Sequence[_Draft], clause: Clause) -> _Draft | None:
    """The last recalled incident an event word names: one of its kind, or for a generic word
    ("حملے", "واقعے") the last act of violence, not an arrest or an operation after it."""
    kinds = {h.value.kind for h in clause.triggers}
    for d in reversed(drafts):
        theirs = _kinds(d)
        if not theirs - _FOLLOW_UP:
            continue
        if kinds <= theirs or kinds <= _GENERIC:
            return d
        return None
    return None


def _victims_of_recalled(
    state: _Segmenting, step: _ClauseStep, live: _Live, date: DateRange | None, text: str
) -> bool:
    """Whether every event word of the clause names the event its people fell in ("دھماکے میں
    جاں بحق ہونے والے ایک دکاندار کے بھائی نے فیصلے پر اطمینان کا اظہار کیا"), with no place or
    day of its own, after a recalled incident in an article that tells no main event: they are
    that event's victims, and the clause joins it (segments.victims-of-recalled)."""
    current = state.current
    if not on("segments.victims-of-recalled") or current is None or current.main or not live:
        return False
    if step.places or date is not None or any(d.main for d in state.drafts):
        return False
    return all(_VICTIMS_OF.match(text, h.end) is not None for h in live)


def _claim_of_recalled(state: _Segmenting, step: _ClauseStep, date: DateRange | None) -> bool:
    """Whether the event clause only claims or disowns the event of the recalled incident just
    told, in an article that tells no main event ("واضح رہے کہ منگل کو ... دھماکے میں دو اہلکار
    شہید ہو گئے تھے۔ کسی تنظیم نے دھماکے کی ذمہ داری قبول نہیں کی"): its event word names that
    event, with no figure, place or day of its own (segments.claim-of-recalled)."""
    clause, current = step.clause, state.current
    if not on("segments.claim-of-recalled") or current is None or current.main:
        return False
    if not clause.responsibility or clause.has_figure or step.places or date is not None:
        return False
    return not any(d.main for d in state.drafts)


def _recall_date(
    reading: DocReading, state: _Segmenting, step: _ClauseStep, date: DateRange | None
) -> tuple[DateRange | None, str | None]:
    """An event clause with no day of its own: the day recalled as also that of another event
    (dates.recalled-also-day), or counted back from the current incident's
    (dates.day-before-that). Returns the date and the rule that gave it (None: its own)."""
    clause, info = step.clause, step.info
    dated_by = None
    if date is None and (clause.past_perfect or "background" in info.markers):
        date = _recalled_also_date(reading, info, clause)
        if date is not None:
            dated_by = "dates.recalled-also-day"
    if date is None and state.current is not None and on("dates.day-before-that"):
        date = _counted_from(state.current.date, clause, reading.analysis.normalized)
        if date is not None:
            dated_by = "dates.day-before-that"
    if date is None and (report_day := _report_day(reading, state.current)) is not None:
        date = _counted_from(report_day, clause, reading.analysis.normalized)
        if date is not None:
            dated_by = "dates.counted-from-report-day"
    return date, dated_by


def _report_day(reading: DocReading, current: _Draft | None) -> DateRange | None:
    """The publication day as the day of the current incident, when it is a main incident with
    no time of its own (which takes the publication date): days counted from it ("اس سے ایک
    روز قبل بنوں میں ...") count from that day (dates.counted-from-report-day)."""
    if not on("dates.counted-from-report-day") or current is None or not current.main or current.date:
        return None
    day = reading.published
    return None if day is None else DateRange(day, day, DatePrecision.DAY)


def _background_first(
    reading: DocReading, state: _Segmenting, step: _ClauseStep, date: DateRange | None, text: str
) -> bool:
    """Whether the event clause tells background, read before the retold check: a background
    note that tells no more, an old date, an earlier event named (recorded in
    ``state.referencing``), or a past perfect after a background sentence."""
    clause, info = step.clause, step.info
    noted = "background" in info.markers and not _note_tells_more(clause, info, step.places, text)
    background = noted or _is_old(date, reading.published)
    if step.named and date is None:
        # "... خودکش حملے کے مقدمے میں سزا": an earlier event named, not a new one today
        background = True
        state.referencing.append(clause)
    prev = reading.sentences[clause.sentence - 1] if clause.sentence else None
    if prev is not None and "background" in prev.markers and clause.past_perfect:
        background = True
    return background


_ONE_DAY = dt.timedelta(days=1)


def _recalled_own_time(prep: _DocPrep, state: _Segmenting, step: _ClauseStep) -> bool:
    """Whether a past-perfect clause told after the main news has a time of its own that points
    before the main news's day ("ایک روز قبل ... ہوائی حملہ کیا تھا", "گزشتہ ہفتے ... دھماکہ ہوا
    تھا", "اگست میں ... حملہ کیا تھا"): it recalls an earlier event, a background incident with
    its own toll and places, and is not the main news told again (segments.recalled-own-time).
    The main news's day is its own, or the day before publication when it has none (a report
    written the next day tells yesterday's news in the past perfect too). The clause gives a
    toll of its own: without one it tells more of the story ("بدھ کی رات ... قبضہ کر لیا تھا")."""
    clause, info, current, text = step.clause, step.info, state.current, prep.text
    if current is None or not current.main or not clause.past_perfect or clause.future:
        return False
    if clause.killed is None and clause.injured is None:
        return False  # no toll of its own: more of the story told, or a deed named
    if clause.sentence <= current.last_sentence or not on("segments.recalled-own-time"):
        return False
    main = current.date
    for d in info.dates:
        if not clause.start <= d.start < clause.end:
            continue
        mine = d.date
        if main is not None and main.span is not None and mine.span is not None and main.span == mine.span:
            continue
        if mine.start is not None and mine.end is not None:
            if main is not None and main.start is not None:
                if mine.end < main.start:
                    return True
            elif main is None and prep.published is not None and mine.end < prep.published - _ONE_DAY:
                return True
            continue
        if _time_points_back(text, d):
            return True
        if d.kind in (DateKind.EXPLICIT, DateKind.SPELLED) and main is not None and main.span is not None:
            return True
    return False


def _retold_main(
    state: _Segmenting, step: _ClauseStep, towns: list[PlaceRef], date: DateRange | None
) -> bool:
    """Whether a past-perfect clause tells a main incident again at its town ("پنجگور میں
    ہلاکتوں کا واقعہ گزشتہ روز پیش آیا تھا")."""
    return (
        step.clause.past_perfect
        and _told_before(towns, state.current, [d for d in state.drafts if d.main], date) is not None
    )


def _joins_dateline_news(
    prep: _DocPrep, state: _Segmenting, step: _ClauseStep, towns: list[PlaceRef], date: DateRange | None
) -> bool:
    """Whether the clause tells where the dateline's news happened ("کوئٹہ: گزشتہ شب ہونے والے
    دھماکے میں ...۔ دھماکہ ہزار گنجی کے قریب ہوا تھا"): then it joins the current incident and
    this returns True. Asked only of a clause neither background nor retold."""
    current = state.current
    if current is not None and _retold_in_dateline(step.clause, current, towns, date, prep.dateline):
        current.clauses.append(step.clause)
        _add_places(current, step.places)
        return True
    if current is not None and _lead_told_when_where(step.clause, current, towns, date, prep.text):
        current.clauses.append(step.clause)
        current.date = date
        _add_places(current, step.places)
        return True
    return False


#: "Too" or "more" in a clause: an event like one told before, not the same one told again.
_ADDITIVE_WORD = lazy_compile(rf"(?<!\w)(?:{word_alternation('additive')})(?!\w)")


def _lead_told_when_where(
    clause: Clause, current: _Draft, towns: Sequence[PlaceRef], date: DateRange | None, text: str
) -> bool:
    """Whether the clause right after an undated main lead tells when and where the lead's
    event happened: its own recent day, an event of the lead's kind, no figure of its own, no
    "بھی"/"مزید", and only places inside or beside the lead's town or unknown to the
    gazetteer ("ضلع مردان میں نصب بم پھٹنے سے ...۔ حکام کے مطابق دھماکہ جمعرات کی شام کاٹلنگ
    میں ہوا") — even in a past tense that reads as recalled (segments.lead-told-when-where)."""
    if date is None or not towns or not current.main or current.date is not None or clause.has_figure:
        return False
    if clause.sentence - current.last_sentence != 1 or not on("segments.lead-told-when-where"):
        return False
    own = [q for q in current.places if not q.site and q.level >= 2]
    if not own or any(any(_same_place(p, q) for q in own) for p in towns):
        return False
    if not all(p.place is None or any(_related(p, q) or _near(p, q) for q in own) for p in towns):
        return False
    if not ({h.value.kind for h in clause.triggers} & _kinds(current)):
        return False
    return _ADDITIVE_WORD.search(text, clause.start, clause.end) is None


#: How many sentences after the lead's last one its detail may come (a repeated lead between).
_DETAIL_REACH = 2


def _detail_retells_lead(
    reading: DocReading,
    state: _Segmenting,
    step: _ClauseStep,
    towns: Sequence[PlaceRef],
    date: DateRange | None,
    prep: _DocPrep,
) -> bool:
    """Whether the clause tells the undated lead's event again in detail with its day: a lead that
    names its event only by reference (:func:`_lead_by_reference`: a recovery of one abducted, a
    claim of responsibility) is followed by the event itself told with its day and spot ("... سے
    اغوا کیے گئے بچے کو بازیاب کرا لیا۔ بچے کو گزشتہ ماہ کی 9 تاریخ کو X میں ... اٹھا لیا گیا
    تھا"). The lead is the article's only incident so far, main and with no time of its own; the
    clause comes within :data:`_DETAIL_REACH` sentences, gives a day, tells an event of the
    lead's kind (or the firing of its clash) with no turn, ordinal, "another", "بھی" or "مزید",
    names only the lead's places, places inside or beside them, or villages and places the
    gazetteer does not know, and agrees with the lead (:func:`_detail_agrees`)
    (segments.detail-retells-lead)."""
    clause, text, current = step.clause, prep.text, state.current
    if date is None or current is None or not current.main or current.date is not None:
        return False
    if len(state.drafts) != 1 or state.drafts[0] is not current:
        return False
    if not 0 < clause.sentence - current.last_sentence <= _DETAIL_REACH:
        return False
    if not on("segments.detail-retells-lead"):
        return False
    if not _lead_by_reference(current, text):
        return False
    if not ({h.value.kind for h in clause.triggers} & _kinds(current)) and not _firing_in_clash(
        clause, current
    ):
        return False
    if _ADDITIVE_WORD.search(text, clause.start, clause.end) is not None or _ordinal_event(clause, text):
        return False
    if _turn(clause, step.info, text) is not None or one_more_event(clause, text):
        return False
    own = [q for q in current.places if not q.site and q.level >= 2]
    if prep.dateline is not None:
        own.append(prep.dateline)
    if not own:
        return False
    for p in towns:
        inside = any(_same_place(p, q) or _related(p, q) or _near(p, q) for q in own)
        if not (inside or p.place is None or _after_village_noun(p, text)):
            return False
    rest = [c for c in reading.clauses if c.sentence == clause.sentence and c.start >= clause.start]
    return _detail_agrees(rest, current, step.places, prep.dateline)


#: Right after an event word: a participle that makes it qualify a noun ("اغوا کیے گئے بچے")
#: or the responsibility claimed for it ("دھماکے کی ذمہ داری").
_BY_REFERENCE = lazy_compile(
    rf"\s+(?:{word_alternation('happening_participle')}|{word_alternation('claimed_for_event')})(?!\w)"
)


def _lead_by_reference(lead: _Draft, text: str) -> bool:
    """Whether the first event word of ``lead`` names its event by reference, not as the news:
    a participle after it ("... سے اغوا کیے گئے بچے کو بازیاب کرا لیا", "اغوا ہونے والے ملازمین")
    or the responsibility claimed for it ("خودکش دھماکے کی ذمہ داری ... نے قبول کر لی")."""
    hits = [h for c in lead.clauses for h in c.triggers]
    return bool(hits) and _BY_REFERENCE.match(text, min(hits, key=attrgetter("start")).end) is not None


def _after_village_noun(place: PlaceRef, text: str) -> bool:
    """Whether ``place`` is read right after a noun for a village, or with it ("موضع X", "کلی X"):
    the name of a village, whatever town or district the gazetteer knows by that name."""
    words = text[place.start : place.end].split()
    return _village_noun_before(place, text) or (len(words) > 1 and words[0] in place_words("village_noun"))


def _village_noun_before(place: PlaceRef, text: str) -> bool:
    """Whether the word right before ``place`` is a noun for a village ("موضع X", "گاؤں X")."""
    before = text[max(0, place.start - 12) : place.start].split()
    return bool(before) and before[-1] in place_words("village_noun")


def _detail_agrees(
    told: Sequence[Clause], lead: _Draft, places: Sequence[PlaceRef], dateline: PlaceRef | None
) -> bool:
    """Whether a detail clause, ``told`` with the clauses of its sentence after it, agrees with
    the lead it may retell (:func:`_detail_retells_lead`): a killed or injured figure equal to one
    of the lead's and none unequal; no figure at all; or, with figures the lead does not give, a
    place finer than the dateline's named by both."""
    shared = False
    if all(c.killed is None and c.injured is None for c in told):
        return True  # the detail gives no figure that could differ
    for outcome in ("killed", "injured"):
        mine = {(f.count.min, f.count.max) for c in told if (f := getattr(c, outcome)) is not None}
        theirs = {(f.count.min, f.count.max) for c in lead.clauses if (f := getattr(c, outcome)) is not None}
        if not mine or not theirs:
            continue
        if not mine & theirs or len(mine) > 1:
            return False
        shared = True
    if shared:
        return True
    if any(c.killed is not None or c.injured is not None for c in lead.clauses):
        return False  # the lead's figure is not told again
    finer = [q for q in lead.places if dateline is None or q.key != dateline.key]
    return any(_same_place(p, q) for p in places for q in finer if q.site or q.level >= 3)


def _background_later(
    state: _Segmenting,
    step: _ClauseStep,
    towns: list[PlaceRef],
    date: DateRange | None,
    retold: bool,
    text: str,
) -> bool:
    """Whether an event clause not yet read as background is one after all: a past perfect at
    a new town or recalling an earlier event (unless ``retold``), or an event told as also
    having happened earlier (dates.also-earlier)."""
    clause, info, current = step.clause, step.info, state.current
    background = False
    if clause.past_perfect and current is not None and towns and not retold:
        new_place = not any(_same_place(p, q) for p in towns for q in current.places)
        background = new_place and current.last_sentence != clause.sentence
    if not background and clause.past_perfect and current is not None and not retold:
        background = _recalled(clause, current, info, date)
    if not background and current is not None and _retells_old_lead(state, clause, towns, date):
        return True  # "... نو تاریخ کو اغوا کیے گئے بچے کو بازیاب کرا لیا۔ بچے کو ... اٹھا لیا تھا"
    if not background and current is not None and on("dates.also-earlier"):
        background = _also_earlier(clause, current, info, text)
    return background


def _shared_summary(
    state: _Segmenting, step: _ClauseStep, date: DateRange | None, background: bool, text: str
) -> bool:
    """Whether the event clause sums up several listed places ("غزہ کے علاقوں جبالیہ اور رفح
    میں"): then its totals are shared among their incidents and this returns True."""
    places, clause = step.places, step.clause
    counted = counted_per_place(clause, places, text)
    if counted:
        _share_counted(state, counted, date, not background)
        return True
    if not _is_summary(places, text, clause.has_figure):
        return False
    listed, owners = split_list_owner(places, text)
    before = len(state.drafts)
    state.current = _share(state.drafts, clause, listed, date, not background)
    if (
        on("segments.listed-front")
        and on("segments.another-front")
        and len(state.drafts) > before
        and _turn(clause, step.info, text) is not None
    ):
        # "ادھر X اور Y میں بھی مظاہرے کیے": another front at each listed place, so the
        # dateline's lead with no place of its own is not folded into the first of them
        for d in state.drafts[before:]:
            d.apart = True
    add_list_owner(state.drafts, clause, owners, listed, text)
    return True


def _share_counted(
    state: _Segmenting, counted: Sequence[tuple[PlaceRef, Clause]], date: DateRange | None, main: bool
) -> None:
    """Give each town of a toll broken down by place (:func:`counted_per_place`) an incident of
    its own with its own number: the one told at that town before, or a new one."""
    for place, own in counted:
        target = next(
            (
                d
                for d in state.drafts[-_LOOKBACK:]
                if d.main == main and any(_same_place(place, q) for q in d.places)
            ),
            None,
        )
        if target is None:
            target = _Draft([own], main=main, date=date, places=[place])
            if not state.drafts and state.pending and main:
                target.clauses[:0] = state.pending
            state.drafts.append(target)
        else:
            target.clauses.append(own)
            target.date = target.date or date
        state.current = target


def _turn_of(
    state: _Segmenting, step: _ClauseStep, text: str, date: DateRange | None = None
) -> tuple[bool, bool]:
    """Whether the event clause turns to another event (another front, an ordinal event, one
    more event, the like at another place, a retaliation, a day counted from the event just told
    that no date resolves), and whether it says "another"; ``date`` is the clause's day."""
    clause, info, current = step.clause, step.info, state.current
    front = _turn(clause, info, text) if on("segments.another-front") else None
    if front is not None and front["another"] is None and _claims_told(clause, current, step.places):
        front = None  # "ادھر X کے ترجمان نے بس پر حملے کی ذمہ داری قبول کی": the event just told
    turn = front is not None or (on("segments.ordinal-event") and _ordinal_event(clause, text))
    turn = turn or one_more_event(clause, text)  # "غزہ میں ایک ڈرون حملہ بھی کیا"
    # "چٹاگانگ میں بھی ... جھڑپیں ہوئیں": the like at another place
    turn = turn or (current is not None and also_there(clause, current.places, text))
    # "گرین زون پر بھی مارٹر گولے داغے گئے": the like of another kind at another named site
    turn = turn or (current is not None and _also_at_site(clause, current, text))
    if not turn and current is not None and date is None and _counted_day_apart(clause, current, text):
        # "اس کے اگلے روز X نے Y کا کنٹرول بھی سنبھال لیا": a day counted from the event just told
        return True, True
    if not turn and current is not None and same_day_elsewhere(clause, current.places, text):
        # "اسی رات کیچ کی تحصیل بلیدہ میں ... آگ لگا دی": the same night, at another town
        told = [q for d in state.drafts if d.main == current.main for q in d.places if not q.site]
        return True, not _names_finest(clause, told)
    # "... فضائی حملے میں حزب اللہ کے دو جنگجو مارے گئے۔ جواب میں حزب اللہ نے ... راکٹ داغے"
    turn = turn or (current is not None and retaliation(clause, current, info, text))
    another = front is not None and front["another"] is not None
    return turn, another


def _counted_day_apart(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether a clause with a strong event word tells it on a day counted from the event just
    told ("اس کے اگلے روز", "دو دن بعد", "اس سے ایک روز قبل"), before its first event word, at a
    town or district that the most specific places of ``current`` do not hold: another day at
    another place, so another incident, even where no calendar date can be given for either
    day and the two share a district or province (segments.counted-day-apart)."""
    if not clause.strong or not clause.triggers or not on("segments.counted-day-apart"):
        return False
    towns = [q for q in current.places if not q.site and q.level >= 2]
    if not towns:
        return False
    finest = [q for q in towns if q.level == max(t.level for t in towns)]
    if not any(
        not p.site and p.level >= 2 and not any(p.key == q.key or within(q, p) for q in finest)
        for p in clause.places
    ):
        return False
    first = min(h.start for h in clause.triggers)
    m = _FROM_THAT.search(text, clause.start, first)
    if m is None:
        return False
    if m["next"]:
        return True
    n = parse_number(m["before"] or m["after"])
    return n is not None and n == int(n) and 0 < n < 60


def _claims_told(clause: Clause, current: _Draft | None, places: Sequence[PlaceRef]) -> bool:
    """Whether a clause that opens with a turn word ("ادھر", "دوسری جانب") only claims or disowns
    the event just told ("ادھر تنظیم کے ترجمان نے بس پر حملے کی ذمہ داری قبول کی"), with no
    figure and no place beside that event's: another account of it, not another front
    (segments.claim-after-turn)."""
    if not on("segments.claim-after-turn") or current is None or not clause.responsibility:
        return False
    if clause.has_figure or not _kinds(current):
        return False
    return all(any(_same_place(p, q) for q in current.places) for p in places)


#: After a place: "میں بھی", "پر بھی" (there too).
_THERE_TOO = lazy_compile(r"\s(?:میں|پر)\sبھی(?!\w)")


def _also_at_site(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause`` tells, with strong event words of kinds ``current`` has none of, an
    event at a named site ``current`` does not hold, followed by "پر بھی"/"میں بھی" ("... خودکش
    دھماکے میں 7 افراد ہلاک ہوئے ... گرین زون پر بھی کئی مارٹر گولے داغے گئے"): "also" adds
    another event there, not more of the one told (segments.also-at-site)."""
    if not clause.strong or not on("segments.also-at-site"):
        return False
    mine = {h.value.kind for h in clause.triggers if h.value.strong}
    if mine & _kinds(current):
        return False
    return any(
        (p.site or p.level >= 4)
        and _THERE_TOO.match(text, p.end) is not None
        and not any(_same_place(p, q) for q in current.places)
        for p in clause.places
    )


def _names_finest(clause: Clause, told: Sequence[PlaceRef]) -> bool:
    """Whether ``told`` holds the most specific town or district the clause names."""
    towns = [p for p in clause.places if not p.site and p.level >= 2]
    if not towns:
        return False
    finest = max(p.level for p in towns)
    return any(p.key == q.key for p in towns if p.level == finest for q in told)


def _splits_off(prep: _DocPrep, state: _Segmenting, step: _ClauseStep) -> bool:
    """Whether the event clause is another event after the act of violence ("... قتل کر دیا۔
    واقعے کے خلاف تاجروں نے احتجاج کیا", "... دھماکے کے الزام میں دو ملزمان کو حراست میں
    لیا"), where it was unless it says."""
    current, clause, text = state.current, step.clause, prep.text
    return current is not None and (
        _split_off(clause, current, text)
        or _arrest_elsewhere(clause, current, step.places, prep.dateline, text)
        # "... جھڑپ میں دو جنگجو مارے گئے۔ پولیس نے مظاہرین پر آنسو گیس کے گولے داغے"
        or (not step.places and _crowd_met_after_violence(clause, current, state.drafts))
        # "... جھڑپ میں دو جنگجو مارے گئے۔ بعد ازاں مظاہرین اور فورسز کے درمیان جھڑپیں ہوئیں"
        or (not step.places and _crowd_clash_beside_fight(clause, current, state.drafts))
        # "چار لڑکیوں کو اغوا کر لیا گیا جبکہ دو کسانوں کو قتل کر دیا گیا": others were killed
        or _abduction_apart(clause, current, text)
    )


def _earlier_like_act(
    state: _Segmenting, clause: Clause, places: Sequence[PlaceRef], date: DateRange | None, main: bool
) -> _Draft | None:
    """The earlier incident, before the one just told, that a clause split off from the act of
    violence just told retells: at the same town, of a kind of event it holds and on no other day
    ("رینجرز نے منگھوپیر میں ... گرفتار کر لیا۔ کورنگی میں ... قتل کر دیا۔ دوسری جانب ... منگھوپیر
    میں چھاپہ مار کر ... گرفتار کر لیا گیا": the lead's arrests told again, rule
    ``segments.split-back-to-earlier``)."""
    if not on("segments.split-back-to-earlier"):
        return None
    towns = [p for p in places if not p.site]
    kinds = {h.value.kind for h in clause.triggers if h.value.strong}
    if not towns or not kinds:
        return None
    for d in reversed(state.drafts[-_LOOKBACK:]):
        if d is state.current or d.main != main:
            continue
        if date is not None and d.date is not None and (d.date.start, d.date.end) != (date.start, date.end):
            continue
        theirs = {h.value.kind for c in d.clauses for h in c.triggers if h.value.strong}
        if kinds & theirs and any(_same_place(p, q) for p in towns for q in d.places if not q.site):
            return d
    return None


def _arrest_other_day(
    reading: DocReading, current: _Draft | None, clause: Clause, date: DateRange | None
) -> bool:
    """Whether ``clause`` reports only arrests on a day of its own that is not the day of
    ``current``'s act of violence, or of the report when that act has no day ("... اسپتال پر
    حملہ کیا ...۔ فوج نے پچھلے ہفتے ڈاکٹروں کو حراست میں لیا"): an arrest on another
    day is an Arrests incident of its own (segments.arrest-other-day)."""
    if current is None or date is None:
        return False
    unresolved = not date.is_resolved or date.start is None or date.end is None
    if unresolved and (reading.published is not None or not on("segments.arrest-other-period-unresolved")):
        return False
    if not any(clause.start <= d.start < clause.end for d in reading.sentences[clause.sentence].dates):
        return False
    strong = {h.value.kind for h in clause.triggers if h.value.strong}
    if "arrest" not in strong or not strong <= {"arrest", "operation"}:
        return False
    if not _kinds(current) - {"arrest", "operation", "defuse"}:
        return False
    if date.start is None:
        # No publication date: "اسپتال پر حملہ کیا ... فوج نے گزشتہ ہفتے عملے کو حراست میں لیا":
        # a past week or month is not the day of the act told with no day of its own, which is
        # the report's day (segments.arrest-other-period-unresolved).
        return (
            current.main
            and current.date is None
            and date.precision in (DatePrecision.WEEK, DatePrecision.MONTH)
        )
    if date.end is None:
        return False  # an open range: no day to compare
    theirs = current.date
    if theirs is None and current.main and reading.published is not None:
        theirs = DateRange.day(reading.published)
    if theirs is None or theirs.start is None or theirs.end is None:
        return False
    apart = date.end < theirs.start or theirs.end < date.start
    return apart and on("segments.arrest-other-day")


def _open_draft(
    prep: _DocPrep,
    state: _Segmenting,
    step: _ClauseStep,
    date: DateRange | None,
    background: bool,
    apart: bool,
    split: bool,
    dated_by: str | None,
) -> _Draft:
    """A new incident draft for an event clause that joins none, appended to ``state.drafts``:
    its places, the rule that gave its date (``dated_by``), the recalled event's place, and
    the lead's clauses in front of the first main incident."""
    clause, places, text, current = step.clause, step.places, prep.text, state.current
    scattered = on("segments.scattered-places") and _scattered(places, text)
    target = _Draft([clause], main=not background, date=date, apart=apart, scattered=scattered)
    target.later = split
    if split and current is not None and not any(not p.site for p in places):
        _add_places(target, current.places)
    if dated_by is not None:
        target.date_rule = dated_by
    listed = state.listed_day
    if date is None and not background and listed is not None and any(p.key in listed[1] for p in places):
        # "یہ کارروائیاں بدھ کی رات X اور Y میں کی گئیں۔ X سے دو کارکن گرفتار کیے گئے"
        target.date, target.date_rule = listed[0], "dates.listed-towns-day"
    if background and not places and current is not None:
        # "گزشتہ ماہ بھی اسی اڈے کو نشانہ بنایا گیا تھا": a recalled event at that place
        _add_places(target, _recalled_places(clause, current, prep.dateline, text, step.info))
    if not state.drafts and state.pending and target.main:
        lead = _lead_of(state.pending, places, text)
        target.clauses[:0] = [c for c in lead if not _sums_up_events(c, text, places)]
        target.shared.extend(c for c in lead if _sums_up_events(c, text, places))
        if date is None and state.pending_day is not None:
            # "... جمعرات کی رات ضلع X میں صورتحال کشیدہ رہی۔ مسلح افراد نے چوکی پر حملہ کیا"
            target.date, target.date_rule = state.pending_day, "dates.pending-lead-day"
        if on("places.lead-places") and not any(not p.site for p in places):
            # "برازیل کے شہر ریو ڈی جنیرو میں واقع جیل ... ہنگامہ": the lead sets the scene.
            _add_detail_places(target, [p for c in state.pending for p in c.places if not p.site])
    state.drafts.append(target)
    return target


def _add_city_of_quarter(
    reading: DocReading, state: _Segmenting, step: _ClauseStep, text: str, dateline: PlaceRef | None
) -> None:
    """Add to the clause's places the city meant by a quarter named as a part of "the city" with
    no name before it ("شہر کے علاقے X میں", "شہر کے X ضلعے میں"): the last city or town named
    before it in its sentence, or else the current incident's where the article has no dateline
    or is filed from it (rule ``segments.quarter-of-the-city``). The quarter lies in that city,
    and the event told there is the city's."""
    places = step.places
    if not places:
        return
    quarter = next(
        (
            p
            for p in places
            if not p.site
            and (p.place is None or p.level >= 3)
            and _CITY_AREA.search(text, max(0, p.start - 30), p.start) is not None
        ),
        None,
    )
    if quarter is None or any(p is not quarter and p.level == 3 and not p.site for p in places):
        return
    if not on("segments.quarter-of-the-city"):
        return
    start = step.info.start
    before = [q for q in reading.places if start <= q.start < quarter.start and q.level == 3 and not q.site]
    if before:
        city = before[-1]
    else:
        current = state.current
        towns = [] if current is None else [q for q in current.places if q.level == 3 and not q.site]
        if not towns or (dateline is not None and not _same_place(dateline, towns[0])):
            return  # "کراچی: ... شہر کے علاقے X میں": the dateline's city, told of elsewhere
        city = towns[0]
    step.places = [*places, city]
    step.clause.places = step.places


def _place_event(
    reading: DocReading, prep: _DocPrep, state: _Segmenting, step: _ClauseStep, live: _Live
) -> None:
    """The event path: the clause keeps its live event words; its date, whether it is
    background or the main news retold, whether it turns or splits off; then it joins a draft
    (:func:`_find_draft`) or opens one, and becomes the current incident's."""
    _add_city_of_quarter(reading, state, step, prep.text, prep.dateline)
    clause, info, places, text = step.clause, step.info, step.places, prep.text
    clause.triggers = live
    date = _event_date(reading, info, clause, prep.tallies.get(clause.sentence, ()))
    # "ترجمان نے ہفتے کو ایک بیان میں کہا کہ حملے میں ...": the day of the statement, which is
    # the event's only when nothing else dates it, parts it from no incident (dates.statement-day)
    joining = date
    if date is not None and on("dates.statement-day"):
        joining = _event_date(reading, info, clause, prep.tallies.get(clause.sentence, ()), said=False)
    said_day = date if joining is None else None
    date = joining
    if _points_back_here(state, step, live, date, text):
        return
    date, dated_by = _recall_date(reading, state, step, date)
    background = _background_first(reading, state, step, date, text)
    if not background and _recalled_own_time(prep, state, step):
        # "... حملہ کیا۔ ایک روز قبل X میں ہوائی حملہ کیا تھا جس میں 9 لوگ مارے گئے تھے"
        background = True
    towns = [p for p in places if not p.site]
    own_time = background and on("segments.recalled-own-time")
    retold = False if own_time else _retold_main(state, step, towns, date)
    if _detail_retells_lead(reading, state, step, towns, date, prep):
        current = state.current
        assert current is not None
        current.clauses.append(clause)
        current.date = date
        _add_places(current, places)
        return
    if not (background or retold) and _joins_dateline_news(prep, state, step, towns, date):
        return
    if not background:
        background = _background_later(state, step, towns, date, retold, text)
    if _shared_summary(state, step, date, background, text):
        return
    clause.several = _counts_events(clause, reading) if clause.has_figure else 0
    turn, another = _turn_of(state, step, text, date)
    split = _splits_off(prep, state, step)
    back = split and not another
    earlier = _earlier_like_act(state, clause, places, date, not background) if back else None
    target = (
        earlier
        if split
        else _find_draft(
            state.drafts,
            state.current,
            places,
            joining,
            not background,
            clause,
            text,
            turn,
            another,
            prep.dateline,
        )
    )
    if target is not None and _arrest_other_day(reading, target, clause, date or said_day):
        # "... اسپتال پر حملہ کیا۔ فوج نے گزشتہ ہفتے عملے کو حراست میں لیا": another day's arrests
        target, split = None, True
    said = said_day is not None and date is None
    if target is None:
        target = _open_draft(prep, state, step, date, background, turn or split, split, dated_by)
        if said and target.date is None:
            target.date, target.date_rule = said_day, _SAID_DAY
        towns = [p for p in places if not p.site]
        if another and state.current is not None and not towns and _same_place_again(clause, text):
            # "منگل کو اسی علاقے میں ایک اور کارروائی میں ...": another event at the place just told
            _add_places(target, state.current.places)
    else:
        target.clauses.append(clause)
        if target.date is None and said:
            target.date, target.date_rule = said_day, _SAID_DAY
        elif target.date_rule == _SAID_DAY and joining is not None:
            target.date, target.date_rule = joining, None  # the event's own day over the statement's
        else:
            target.date = target.date or date
    _add_places(target, places)
    state.current = target


def _segment_clause(
    reading: DocReading, prep: _DocPrep, state: _Segmenting, index: int, clause: Clause, reactions: bool
) -> None:
    """One clause through the segmentation: skipped or left out as a tally, its live event
    words (:data:`_TRIGGER_FILTERS`), its marks, then the non-event or the event path."""
    info = reading.sentences[clause.sentence]
    if "skip" in info.markers:
        return
    if prep.aggregates[index] and _tally_left_out(reading, prep, state, index, clause):
        return
    step = _clause_step(reading, prep, index, clause, info)
    live = _live_of(step, prep, state)
    _mark_clause(reading, prep, state, step, live)
    if _no_event(prep, state, step, live, reactions):
        _attach_detail(reading, prep, state, step, live)
    else:
        _place_event(reading, prep, state, step, live)


def _totals_spread(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: a total shared out among the incidents told one by one (:func:`_spread_totals`)."""
    _spread_totals(drafts)
    return drafts


def _plural_toll_spread(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: a plural toll shared among the incidents of one clause's places
    (:func:`_spread_plural_toll`; counts.plural-toll-shared)."""
    if on("counts.plural-toll-shared"):
        _spread_plural_toll(drafts, prep.text)
    if on("counts.none-of-the-events"):
        _spread_none(drafts)
    return drafts


def _referenced_joined(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: the clauses naming an earlier event joined to it (:func:`_join_referenced`)."""
    if state.referencing:
        return _join_referenced(drafts, state.referencing, prep.dateline)
    return drafts


def _same_day_dated(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: the day of an incident told as the same day (:func:`_date_of_same_day`; dates.same-day)."""
    if on("dates.same-day"):
        _date_of_same_day(reading, drafts)
    return drafts


def _lead_dated(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: the day the lead names for the incidents told after it
    (:func:`_date_from_lead`; dates.lead-date)."""
    if on("dates.lead-date"):
        _date_from_lead(reading, drafts)
    return drafts


def _later_dated(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: the day of the incident told before for one told "later"
    (:func:`_date_of_later`; dates.later-same-day)."""
    if on("dates.later-same-day"):
        _date_of_later(reading, drafts)
    return drafts


def _dateline_kept_apart(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: the dateline's placeless news before a turn to another front kept apart
    (:func:`_dateline_front`)."""
    _dateline_front(drafts, prep.dateline)
    return drafts


def _region_total_folded(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: a region's total folded into its incidents (:func:`fold_region_total`)."""
    return fold_region_total(drafts, prep.text)


def _lead_second_placed(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: the lead's second event, told with no place of its own ("..., جبکہ ایک دوسرے
    واقعے میں بارودی سرنگ کے دھماکے سے تین زخمی ہوئے"), is the first later incident of its very
    type and of no figure that differs from its own, told at its place after the first was
    retold: its clauses join that one (segments.retold-lead-kind)."""
    if not on("segments.retold-lead-kind") or len(drafts) < 3:
        return drafts
    out: list[_Draft] = []
    for i, d in enumerate(drafts):
        later = _second_told_at_place(drafts, i)
        if later is None:
            out.append(d)
            continue
        later.clauses = sorted([*d.clauses, *later.clauses], key=lambda c: c.start)
        later.date = later.date or d.date
    return out


def _second_told_at_place(drafts: Sequence[_Draft], i: int) -> _Draft | None:
    """The later incident that tells ``drafts[i]``, the lead's placeless second event, at its
    place (:func:`_lead_second_placed`), if there is one."""
    d = drafts[i]
    if i == 0 or d.places or not d.main or not d.clauses or d.shared:
        return None
    sentence = d.clauses[0].sentence
    first = drafts[i - 1]
    if any(c.sentence != sentence for c in d.clauses) or not first.main or not first.places:
        return None
    if not any(c.sentence == sentence for c in first.clauses):
        return None
    mine = {h.value.sub_event_type for c in d.clauses for h in c.triggers}
    if not mine or mine & {h.value.sub_event_type for c in first.clauses for h in c.triggers}:
        return None
    for x in drafts[i + 1 :]:
        if not x.main or not x.places:
            continue
        theirs = {h.value.sub_event_type for c in x.clauses for h in c.triggers}
        if theirs != mine or _other_figures(d, x):
            return None
        return x
    return None


def _other_figures(draft: _Draft, other: _Draft) -> bool:
    """Whether ``draft`` and ``other`` both give a figure of the killed or the injured and no
    figure of one is a figure of the other (min and max compared, wherever told)."""
    for outcome in ("killed", "injured"):
        mine = {(f.count.min, f.count.max) for c in draft.clauses if (f := getattr(c, outcome)) is not None}
        theirs = {(f.count.min, f.count.max) for c in other.clauses if (f := getattr(c, outcome)) is not None}
        if mine and theirs and not mine & theirs:
            return True
    return False


def _placeless_merged(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: incidents with no place merged into the placed one (:func:`_merge_placeless`;
    segments.placeless-merged)."""
    return _merge_placeless(drafts, prep.dateline, prep.text) if on("segments.placeless-merged") else drafts


#: A participle of happening or doing right after an event word ("اغوا ہونے والے", "اغوا کیے گئے"):
#: the event qualifies the people or things named after it.
_QUALIFIES_AFTER = lazy_compile(rf"\s(?:{word_class('happening_participle')})(?=\s)")


def _participle_lead_folded(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: an undated event told only as a participle qualifying a noun ("خاران سے اغوا
    ہونے والے اساتذہ کی بازیابی") folded into the dated incident of the same kind told later at
    its places (segments.participle-lead-retold)."""
    if not on("segments.participle-lead-retold"):
        return drafts
    text = prep.text
    out: list[_Draft] = []
    for i, d in enumerate(drafts):
        hits = [h for c in d.clauses for h in c.triggers]
        if d.date is None and hits and all(_QUALIFIES_AFTER.match(text, h.end) is not None for h in hits):
            kinds = {h.value.sub_event_type for h in hits}
            target = next(
                (
                    x
                    for x in drafts[i + 1 :]
                    if x.date is not None
                    and any(h.value.sub_event_type in kinds for c in x.clauses for h in c.triggers)
                    and all(any(_same_place(p, q) for q in x.places) for p in d.places)
                ),
                None,
            )
            if target is not None:
                target.clauses[:0] = d.clauses
                continue
        out.append(d)
    return out


def _country_lead_folded(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: a lead that puts its event only in a country ("شام میں ... فضائی حملے میں کم از
    کم چھ ہلاک اور 32 زخمی"), followed within :data:`_COUNTRY_LEAD_REACH` sentences by the main
    incident of its kind told at a town or a place the gazetteer does not know with the same
    figures ("... سکوبہ میں ... حملہ کیا۔ حملے میں چھ لوگ مارے گئے اور 32 زخمی"): the later one
    tells the lead at its place, and the lead's clauses join it (segments.country-lead-retold)."""
    if len(drafts) < 2 or not on("segments.country-lead-retold"):
        return drafts
    lead, later = drafts[0], drafts[1]
    if not (lead.main and later.main) or not lead.places or any(p.level >= 1 for p in lead.places):
        return drafts
    if not any(p.level >= 1 or p.place is None for p in later.places if not p.site):
        return drafts
    if later.clauses[0].sentence - lead.last_sentence > _COUNTRY_LEAD_REACH:
        return drafts
    kinds = {h.value.sub_event_type for c in lead.clauses for h in c.triggers}
    if not kinds & {h.value.sub_event_type for c in later.clauses for h in c.triggers}:
        return drafts
    shared = 0
    for outcome in ("killed", "injured"):
        mine = {f.count.min for c in lead.clauses if (f := getattr(c, outcome)) is not None}
        theirs = {f.count.min for c in later.clauses if (f := getattr(c, outcome)) is not None}
        if mine and theirs:
            if not mine & theirs:
                return drafts
            shared += 1
    if not shared:
        return drafts
    later.clauses[:0] = lead.clauses
    later.date = later.date or lead.date
    return drafts[1:]


#: A lead put only in a country is told again at its place within this many sentences.
_COUNTRY_LEAD_REACH = 3


#: A place's share of a sweep: "سے" and a number right after the place ("کوئٹہ سے 4"), or
#: after a group named in the genitive ("لاہور سے کالعدم تنظیم کے تین").
_FROM_PLACE_COUNT = lazy_compile(
    rf"\s(?:{word_alternation('from_place_postposition')})\s"
    rf"(?:(?:[^\s،,۔]+\s){{1,5}}?(?:{word_alternation('genitive')})\s)?([^\s،,۔]+)"
)
#: What stands between the number of one item of a breakdown by place and the next place:
#: a comma, "اور" or a clause conjunction ("جبکہ").
_BREAKDOWN_GAP = lazy_compile(
    rf"\s?[،,]\s?|\s(?:{word_alternation('conjunction_and')}|{word_alternation('clause_cut')})\s"
)


def _longest_breakdown(
    places: Sequence[PlaceRef], text: str, share: Callable[[PlaceRef], tuple[int, int, int, bool] | None]
) -> tuple[list[PlaceRef], int]:
    """The places of the longest run of two or more towns or districts among ``places`` (in text
    order) that each have a share of a count, and the sum of their numbers. ``share`` gives a
    place's number, where its share starts and ends in ``text``, and whether a run may end with it;
    between the end of one share and the start of the next only a comma, "اور" or "جبکہ" may stand."""
    best: list[PlaceRef] = []
    run: list[PlaceRef] = []
    best_sum = run_sum = 0
    last_end = -1
    for p in places:
        got = None if p.site or p.level < 2 else share(p)
        if got is None:
            run, run_sum, last_end = [], 0, -1
            continue
        value, start, end, closes = got
        if not run or _BREAKDOWN_GAP.fullmatch(text, last_end, start) is None:
            run, run_sum = [], 0
        run.append(p)
        run_sum += value
        last_end = end
        if closes and len(run) > len(best):
            best, best_sum = list(run), run_sum
    return (best, best_sum) if len(best) > 1 else ([], 0)


def _breakdown_places(places: Sequence[PlaceRef], text: str) -> tuple[list[PlaceRef], int]:
    """The places of the longest breakdown by place among ``places`` (in text order), and the
    sum of their numbers: two or more towns or districts in a row, each followed by "سے" and
    a number that counts people ("کوئٹہ سے 4، سبی سے 3 اور خضدار سے 2"), with only a comma,
    "اور" or "جبکہ" between one number and the next place."""

    def share(p: PlaceRef) -> tuple[int, int, int, bool] | None:
        m = _FROM_PLACE_COUNT.match(text, p.end)
        value = None if m is None else parse_number(m.group(1))
        if m is None or value is None or _NOT_PEOPLE.match(text, m.end()):
            return None
        return value, p.start, m.end(), True

    return _longest_breakdown(places, text, share)


#: A place's share of a sweep told before it: a number and "کو" right before the place
#: ("3 کو لاہور، 2 کو ملتان سے گرفتار"; group 1: the number).
_HELD_COUNT_BEFORE = lazy_compile(rf"([^\s،,۔]+)\s(?:{word_alternation('counted_held_marker')})\s$")
#: The "سے" right after the last place of such a breakdown.
_FROM_AFTER_PLACE = lazy_compile(rf"\s(?:{word_alternation('from_place_postposition')})(?=\s)")


def _held_count_places(places: Sequence[PlaceRef], text: str) -> tuple[list[PlaceRef], int]:
    """The places of the longest breakdown by place told number first among ``places`` (in text
    order), and the sum of their numbers: two or more towns or districts in a row, each right
    after a number and "کو", with only a comma, "اور" or "جبکہ" between one place and the next
    number, and "سے" after the last ("3 کو لاہور، 2 کو ملتان اور 2 کو ساہیوال سے گرفتار")."""

    def share(p: PlaceRef) -> tuple[int, int, int, bool] | None:
        m = _HELD_COUNT_BEFORE.search(text, max(0, p.start - 30), p.start)
        value = None if m is None else parse_number(m.group(1))
        if m is None or value is None:
            return None
        return value, m.start(), p.end, _FROM_AFTER_PLACE.match(text, p.end) is not None

    return _longest_breakdown(places, text, share)


def _counts_total(draft: _Draft, reading: DocReading, total: int, outside: tuple[int, int]) -> bool:
    """Whether a clause of ``draft`` gives the number ``total`` outside the span ``outside``
    (the breakdown itself): the count of all those held ("نو مبینہ دہشت گرد")."""
    numbers = reading.analysis.numbers
    for c in draft.clauses:
        first = bisect.bisect_left(numbers, c.start, key=attrgetter("start"))
        last = bisect.bisect_left(numbers, c.end, first, key=attrgetter("start"))
        for number in numbers[first:last]:
            if number.value == total and not outside[0] <= number.start < outside[1]:
                return True
    return False


def _split_by_place(drafts: list[_Draft], reading: DocReading) -> list[_Draft]:
    """An arrest incident whose clauses break those held down by place, the numbers adding up
    to the count it gives ("نو ملزمان گرفتار ...۔ گرفتار افراد میں کوئٹہ سے 4، سبی سے 3 اور
    خضدار سے 2 شامل ہیں"), becomes one incident per listed place: the draft keeps the first
    listed place it names (or takes the first listed), and a copy of it goes to each other
    listed place (segments.arrests-by-place). A breakdown told number first ("3 کو X، 2 کو Y سے")
    splits the same way, once: another arrest draft holding the same breakdown is part of the
    sweep already split (segments.held-count-before-place)."""
    text = reading.analysis.text
    starts = [p.start for p in reading.places]
    out: list[_Draft] = []
    held_split: set[int] = set()
    for d in drafts:
        out.append(d)
        if not {"arrest"} <= _kinds(d) <= {"arrest", "operation"}:
            continue  # an arrest, told perhaps as a raid ("کارروائیاں کرتے ہوئے ... گرفتار")
        listed: list[PlaceRef] = []
        held = False
        for n in sorted({c.sentence for c in d.clauses}):
            info = reading.sentences[n]  # a list of places spans clauses: read its sentence
            lo, hi = bisect.bisect_left(starts, info.start), bisect.bisect_left(starts, info.end)
            listed, total = _breakdown_places(reading.places[lo:hi], text) if hi - lo > 1 else ([], 0)
            held = not listed and hi - lo > 1 and on("segments.held-count-before-place")
            if held:
                listed, total = _held_count_places(reading.places[lo:hi], text)
            if listed and _counts_total(d, reading, total, (listed[0].start, listed[-1].end + 40)):
                break
            listed = []
        if not listed:
            continue
        if held:
            if listed[0].start in held_split:
                out.pop()
                continue
            held_split.add(listed[0].start)
        own = [p for p in listed if any(_same_place(p, q) for q in d.places)]
        first = own[0] if own else listed[0]
        d.places = [first, *(q for q in d.places if q.level < first.level and not q.site)]
        for p in listed:
            if p is not first:
                out.append(evolve(d, clauses=list(d.clauses), places=[p], shared=list(d.shared)))
    return out


def _arrests_split(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: an arrest told with a breakdown of those held by place, one incident per place
    (:func:`_split_by_place`; segments.arrests-by-place)."""
    return _split_by_place(drafts, reading) if on("segments.arrests-by-place") else drafts


#: A collective numeral right before events named in the plural: "دونوں حملوں", "تینوں واقعات"
#: (group 1: the numeral).
_ALL_EVENTS_NAMED = lazy_compile(
    r"(?<!\w)(" + "|".join(_COLLECTIVES) + r")\s"
    rf"(?:{word_class('tallied_event')})\w*(?:وں|ات)(?!\w)"
)


def _named_events_shared(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: a clause with no place and no figure of its own that names the events just
    told with a collective numeral ("دونوں حملوں میں دہشت گردوں نے راکٹ استعمال کیے", "تینوں
    واقعات") tells of each of them: the incidents told right before the one that holds it share
    it, its weapons and actors with them (segments.all-events-named)."""
    if len(drafts) < 2 or not on("segments.all-events-named"):
        return drafts
    text = prep.text
    for i, d in enumerate(drafts):
        for c in d.clauses:
            if c.places or c.has_figure:
                continue
            before = _events_named_before(drafts, i, text, c)
            if before is None:
                continue
            for x in before:
                if not any(y is c for y in x.shared):
                    x.shared.append(c)
    return drafts


def _events_named_before(drafts: list[_Draft], i: int, text: str, clause: Clause) -> list[_Draft] | None:
    """The incidents told right before ``drafts[i]`` (of its kind, main or recalled) that a
    collective numeral in ``clause`` names with it ("دونوں حملوں میں", "تینوں واقعات"), or None
    if the clause has none or fewer incidents were told."""
    m = _ALL_EVENTS_NAMED.search(text, clause.start, clause.end)
    if m is None:
        return None
    others = _COLLECTIVES[m.group(1)] - 1
    before = [x for x in drafts[:i] if x.main == drafts[i].main][-others:]
    return before if len(before) == others else None


def _named_events_toll_shared(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: a toll with no place of its own that names the events just told one by one
    with a collective numeral ("پہلا دھماکہ ... دوسرا دھماکہ ... دونوں دھماکوں میں 7 افراد جاں
    بحق") is their total, not the last one's: each of them gets 0 to the total. Only where none
    of them gives a figure of its own (counts.all-events-toll-shared)."""
    if len(drafts) < 2 or not on("counts.all-events-toll-shared"):
        return drafts
    text = prep.text
    for i, d in enumerate(drafts):
        for c in list(d.clauses):
            if c.places or not c.has_figure or c is d.clauses[0]:
                continue
            before = _events_named_before(drafts, i, text, c)
            if before is None:
                continue
            group = [*before, d]
            if any(y.has_figure for x in group for y in (*x.clauses, *x.shared) if y is not c):
                continue  # a figure of one event's own: the toll may be a sum the reader cannot share
            d.clauses.remove(c)
            c.several = c.several or len(group)  # a total over the events: 0 to it for each
            for x in group:
                x.shared.append(c)
    return drafts


#: The document-level passes after the clause loop, in the order they run: each takes the
#: drafts the one before left and returns the drafts.
def _lead_total_split(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: a lead figure that is the sum of the figures the body gives at this and the
    article's other places ("نکیال اور بٹل سیکٹرز میں ... تین شہری شہید ... نکیال میں دو شہری
    شہید ... بٹل میں ایک شہری شہید") is their total: each incident takes its own figure
    (counts.lead-total-split)."""
    if not on("counts.lead-total-split") or len(drafts) < 2:
        return drafts
    for outcome in ("killed", "injured"):
        for d in drafts:
            own = [c for c in d.clauses if getattr(c, outcome) is not None]
            if len(own) < 2:
                continue
            lead, later = getattr(own[0], outcome), getattr(own[1], outcome)
            total, part = lead.count, later.count
            if not (total.is_exact and part.is_exact and total.min and part.min) or part.min >= total.min:
                continue
            if on("counts.more-no-part-of-lead") and (
                later.more or later.answered or _other_sides(lead, later)
            ):
                continue  # "چھ محافظ شہید ... مقابلے میں دو حملہ آور بھی ہلاک ہوئے": other dead
            others = [_first_exact(x, outcome) for x in drafts if x is not d and x.main == d.main]
            if part.min + sum(others) == total.min:
                # "تین شہری شہید ... نکیال میں دو ... بٹل میں ایک": 3 is the sum of 2 and 1
                d.set_aside.add((id(own[0]), outcome))
    return drafts


def _lead_sum_folded(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: a first main incident whose toll is the sum of the exact tolls of two or more
    main incidents told after it on its day ("حلب میں ... کم از کم 24 افراد ہلاک ... الف میں 18
    ... جبکہ ب میں چھ") is their total, not an incident of its own: its clauses are shared with
    them (segments.lead-sum-of-parts)."""
    if not on("segments.lead-sum-of-parts") or len(drafts) < 3:
        return drafts
    lead = drafts[0]
    if not lead.main or lead.date is None:
        return drafts
    figures = [c.killed for c in lead.clauses if c.killed is not None]
    if len(figures) != 1 or not figures[0].count.min:
        return drafts
    parts = [
        x
        for x in drafts[1:]
        if x.main and x.date is not None and (x.date.start, x.date.end) == (lead.date.start, lead.date.end)
    ]
    sums = [_first_exact(x, "killed") for x in parts]
    if len(parts) < 2 or not all(sums) or sum(sums) != figures[0].count.min:
        return drafts
    for x in parts:
        x.shared.extend(lead.clauses)
        # the lead's town holds the parts it sums up ("حلب میں ... الف میں 18")
        x.places.extend(
            p
            for p in lead.places
            if not p.site and p.level >= 2 and not any(_same_place(p, q) for q in x.places)
        )
    return drafts[1:]


def _range_days_split(
    drafts: list[_Draft], reading: DocReading, prep: _DocPrep, state: _Segmenting
) -> list[_Draft]:
    """Post pass: an incident told over two or more days ("پورٹ سوڈان پر منگل اور بدھ کو ڈرون
    حملے") whose clauses then tell its events day by day ("منگل کی صبح ... بدھ کی صبح ایک بار پھر
    ...") is one incident per day told (segments.days-of-a-range)."""
    if not on("segments.days-of-a-range"):
        return drafts
    out: list[_Draft] = []
    for d in drafts:
        out.extend(_split_days(d, reading))
    return out


def _split_days(draft: _Draft, reading: DocReading) -> list[_Draft]:
    """The incidents of :func:`_range_days_split` for one draft: its clauses grouped by the day
    the first of each group tells with an event word, within the draft's range."""
    span = draft.date
    if not draft.main or span is None or span.precision is not DatePrecision.DAY:
        return [draft]
    first, last = span.start, span.end
    if first is None or last is None or first == last:
        return [draft]
    groups: list[tuple[DateRange, list[Clause]]] = []
    lead: list[Clause] = []
    for c in draft.clauses:
        day = _own_day(reading, c) if c.triggers else None
        if (
            day is not None
            and day.start is not None
            and first <= day.start <= last
            and (not groups or groups[-1][0].start != day.start)
        ):
            groups.append((day, [c]))
        elif groups:
            groups[-1][1].append(c)
        else:
            lead.append(c)
    if len(groups) < 2:
        return [draft]
    groups[0][1][:0] = lead
    return [
        evolve(draft, clauses=cs, date=day, places=list(draft.places), shared=list(draft.shared))
        for day, cs in groups
    ]


def _names_date(clause: Clause, info: SentenceInfo) -> bool:
    """Whether a clause names a date of its own: one of its sentence's dates starts inside it."""
    return any(clause.start <= d.start < clause.end for d in info.dates)


def _own_day(reading: DocReading, clause: Clause) -> DateRange | None:
    """The one resolved day a clause names itself ("منگل کی صبح ..."), if it names one."""
    info = reading.sentences[clause.sentence]
    if not _names_date(clause, info):
        return None
    date = _event_date(reading, info, clause)
    if date is None or not date.is_resolved or date.start != date.end:
        return None
    return date if date.precision is DatePrecision.DAY else None


def _first_exact(draft: _Draft, outcome: str) -> int:
    """The first figure of ``outcome`` the draft's clauses give, if exact, else 0."""
    fig = next((getattr(c, outcome) for c in draft.clauses if getattr(c, outcome) is not None), None)
    return fig.count.min or 0 if fig is not None and fig.count.is_exact else 0


_POST_PASSES: tuple[_PostPass, ...] = (
    _totals_spread,
    _plural_toll_spread,
    _referenced_joined,
    _same_day_dated,
    _lead_dated,
    _later_dated,
    _dateline_kept_apart,
    _region_total_folded,
    _arrests_split,
    _lead_second_placed,
    _placeless_merged,
    _participle_lead_folded,
    _country_lead_folded,
    _lead_total_split,
    _lead_sum_folded,
    _range_days_split,
    _named_events_shared,
    _named_events_toll_shared,
)


def _assign(reading: DocReading, reactions: bool = False) -> list[_Draft]:
    """Segment the clauses of an article into incident drafts: the per-document stage
    (:func:`_prepare`), each clause through :func:`_segment_clause`, then the document-level
    passes."""
    prep = _prepare(reading)
    state = _Segmenting()
    for index, clause in enumerate(reading.clauses):
        _segment_clause(reading, prep, state, index, clause, reactions)
    drafts = state.drafts
    for finish in _POST_PASSES:
        drafts = finish(drafts, reading, prep, state)
    return drafts


def _dateline_front(drafts: Sequence[_Draft], dateline: PlaceRef | None) -> None:
    """Keep the main incidents with no place of their own that come before a turn to another
    front ("بنوں: تھانے پر حملہ ... دریں اثنا لکی مروت میں دھماکہ") apart: they are the
    dateline's news, not part of the other front's incident."""
    if dateline is None or not on("segments.dateline-before-turn"):
        return
    placed = next((d for d in drafts if d.main and d.places and not d.later), None)
    if placed is None or not placed.apart or any(_same_place(dateline, p) for p in placed.places):
        return
    for d in drafts:
        if d is placed:
            break
        if d.main and not d.places and any(c.triggers for c in d.clauses):
            d.apart = True


def _tells_time(clause: Clause, dates: Sequence[Any], date: DateRange, text: str) -> bool:
    """Whether a clause with no event word of its own tells the day of the incident it follows:
    an event noun ("واقعہ", "حملہ", "دھماکہ", "جھڑپ") before its time expression ``date`` (one
    of the sentence's ``dates``) and a verb of happening after it ("واقعہ گزشتہ روز پیش آیا",
    "حملہ اتوار کی رات کیا گیا")."""
    if not on("dates.time-told-later") or clause.future or date.precision is not DatePrecision.DAY:
        return False
    at = _match_of(date, dates, clause)
    return (
        at is not None
        and (
            _EVENT_NOUN.search(text, clause.start, at.start) is not None
            or _TOLD_EVENT.search(text, clause.start, at.start) is not None
        )
        and _HAPPENED.search(text, at.end, clause.end) is not None
    )


#: "مختلف علاقوں میں", "مختلف واقعات میں": a lead that sums up events at various places.
_SUMS_UP = lazy_compile(
    rf"(?<!\w)(?:(?:{word_alternation('scattered_places')})"
    rf"|(?:{word_alternation('separate_adjective')})\s(?:{word_alternation('counted_events_noun')}))(?!\w)"
)


def _clause_sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last full stop or line break before it
    ("... مختلف علاقوں میں ... جاں بحق جبکہ 4 افراد زخمی": the clause after "جبکہ" is of it)."""
    return max(text.rfind("۔", 0, pos), text.rfind("\n", 0, pos)) + 1


def _sums_up_events(clause: Clause, text: str, places: Sequence[PlaceRef]) -> bool:
    """Whether a waiting lead clause gives figures for events at various places or for various
    events ("بلوچستان میں مختلف واقعات میں 9 افراد ہلاک"), before a
    first incident told at a place of its own: its figures are totals that incident shares, from
    none to the total where it gives none of its own (counts.lead-total-shared)."""
    return (
        (clause.killed is not None or clause.injured is not None)
        and any(not p.site for p in places)
        and _SUMS_UP.search(text, _clause_sentence_start(text, clause.start), clause.end) is not None
        and on("counts.lead-total-shared")
    )


def _lead_of(pending: Sequence[Clause], places: Sequence[PlaceRef], text: str) -> list[Clause]:
    """The waiting clauses that lead the first incident, told at ``places``: not one that gives
    figures at a district or town that neither holds nor lies in any of them ("ضلع ہرنائی میں ایک
    کارخانے کا بوائلر پھٹنے سے تین مزدور ہلاک ہوئے۔ ادھر ضلع کیچ میں ... بم سے ...": the
    miners died in another event, whose event word was no violence), since figures told at
    another place are that place's (counts.lead-figures-elsewhere)."""
    towns = [p for p in places if not p.site]
    if not towns or not on("counts.lead-figures-elsewhere"):
        return list(pending)
    out = []
    for c in pending:
        own = [p for p in c.places if not p.site and p.level >= 2]
        if (
            (c.killed is not None or c.injured is not None)
            and own
            and not any(_same_place(p, q) or _related(p, q) for p in c.places for q in towns)
        ):
            continue
        out.append(c)
    return out


def _pending_day(clause: Clause, date: DateRange) -> bool:
    """Whether a clause of the second sentence, told before any event word, gives the day of the
    event the report then tells: a day (not a longer stretch) in a clause neither future, past
    perfect nor recalled; the lead's clauses set the scene of the first main incident, and the
    day they name is its day when its own clause names none (dates.pending-lead-day)."""
    return (
        on("dates.pending-lead-day")
        and clause.sentence == 1
        and not (clause.future or clause.past_perfect or clause.recalled)
        and date.precision is DatePrecision.DAY
    )


def _account_day(clause: Clause, current: _Draft, date: DateRange, text: str) -> bool:
    """Whether a clause with no event word of its own, in the sentence right after the lead of
    a main incident with no time of its own, gives it its day: the second sentence of a news
    report tells the lead's event in detail, and the day it names (``date``) is that event's
    (dates.account-day). A clause in the past perfect or recalled tells an earlier fact
    ("دکان جو 18 اپریل کو کھلی تھی"), not the event's day."""
    return (
        on("dates.account-day")
        and current.main
        and not (clause.future or clause.past_perfect or clause.recalled)
        and date.precision is DatePrecision.DAY
        and bool(current.clauses)
        and (clause.sentence == current.clauses[0].sentence + 1 or _account_after_lead(clause, current, text))
    )


def _account_after_lead(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause`` is in the sentence that tells in detail the lead of ``current``
    when the lead is not the incident's first sentence or not right before it: after a
    headline on a line of its own ("X: بورنو میں خواتین اغوا⏎⏎ ... اغوا کر لیا ہے۔ ... جمعے کی
    شام گاؤں میں داخل ہوئے"), or after a second sentence that only went on telling the lead's
    event ("... بارہ افراد مارے گئے۔ کئی گھنٹوں تک فائرنگ جاری رہی۔ ... جمعے کی رات گاڑی
    ٹکرائی گئی") (dates.account-after-lead). An account names who did it or where: a clause
    with neither ("انتظامیہ نے جمعہ کو سکول بند رکھنے کا فیصلہ کیا") tells what came after."""
    if not (clause.actors or clause.places):
        return False
    told = sorted({c.sentence for c in current.clauses})
    lead = told[0]
    if len(told) > 1 and _headline_line(text, current.clauses[0]):
        lead = told[1]
    if clause.sentence == lead + 1 and lead != told[0]:
        return on("dates.account-after-lead")
    return clause.sentence == lead + 2 and lead + 1 in told and on("dates.account-after-lead")


def _headline_line(text: str, first: Clause) -> bool:
    """Whether the clause ``first`` is a headline: the first clause of the text, on a line of its
    own with no full stop."""
    end = text.find("\n", first.start)
    return end > 0 and "۔" not in text[:end] and not text[: first.start].strip()


def _match_of(date: DateRange, dates: Sequence[Any], clause: Clause) -> Any:
    """The time expression of ``clause`` (one of the sentence's ``dates``) that gives ``date``:
    the one that is it, or the first inside the span of two days joined into it ("منگل اور بدھ
    کی درمیانی شب", "ہفتے اور اتوار کی درمیانی شب"; dates.two-days); ``None`` if there is none."""
    mine = [d for d in dates if clause.start <= d.start < clause.end]
    at = next((d for d in mine if d.date is date), None)
    span = date.span
    if at is None and span is not None:
        at = next(
            (d for d in mine if d.date.span is not None and span.start <= d.date.span.start < span.end), None
        )
    return at


#: After an event word, what makes it the name of an earlier event ("حملے کے مقدمے میں",
#: "دھماکے کی برسی", "دھماکے کو پانچ برس مکمل", "حملے کے متاثرین").
_REFERENCED = lazy_compile(
    rf"(?:\s\S+){{0,2}}?\s(?:کے|کی)\s(?:{word_class('event_reference')})(?!\w)"
    rf"|(?:\s\S+){{0,2}}?\sکو\s\S+\s(?:{word_alternation('anniversary_unit')})\s(?:{word_alternation('elapsed_verb')})"
)


def _join_referenced(
    drafts: list[_Draft], referencing: Sequence[Clause], dateline: PlaceRef | None
) -> list[_Draft]:
    """Join an earlier event named with no date ("کوچہ رسالدار کی مسجد میں ہونے والے خودکش حملے کے
    مقدمے میں") and the recalled incident told after it with a date and no place of its own
    ("یاد رہے کہ 4 مارچ 2022 کو مسجد میں ہونے والے دھماکے میں ..."): one incident, with the places
    of the first (and the dateline's town when they are only sites) and the date of the second."""
    starts = {c.start for c in referencing}
    out: list[_Draft] = []
    named: _Draft | None = None
    for d in drafts:
        if d.clauses and d.clauses[0].start in starts and not d.main and d.date is None:
            named = d
        elif (
            named is not None
            and not d.main
            and d.date is not None
            and not any(not p.site for p in d.places)
            and d.clauses
        ):
            named.clauses.extend(d.clauses)
            named.date, named.date_rule = d.date, None
            _add_places(named, d.places)
            named = None
            continue
        out.append(d)
    for d in out:
        named_here = d.clauses and d.clauses[0].start in starts
        if named_here and dateline is not None and d.places and all(p.site for p in d.places):
            _add_places(d, [dateline])  # "... کی مسجد میں ہونے والے حملے کے مقدمے میں": a site in town
    return out


#: "اس سے ایک روز قبل", "اس سے دو دن پہلے", "اس کے اگلے روز", "ایک روز بعد": days counted from the
#: incident just told.
_FROM_THAT = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:اس سے (?P<before>\S+(?: \S+)?) (?:{word_alternation('day_unit')})"
        rf" (?:{word_alternation('ago_word')})"
        rf"|(?:اس کے )?(?P<next>اگلے) (?:{word_alternation('day_unit')})"
        rf"|(?P<after>\S+) (?:{word_alternation('day_unit')}) بعد)(?!\w)"
    )
)


def _counted_from(previous: DateRange | None, clause: Clause, nt: NormalizedText) -> DateRange | None:
    """The day of a clause that counts days from the incident told before it ("اس سے ایک روز
    قبل جبالیہ میں ..."), from that incident's day; ``None`` when it counts none or that day is
    not known."""
    if previous is None or previous.start is None or previous.start != previous.end:
        return None
    m = _FROM_THAT.search(nt.text, clause.start, clause.end)
    if m is None:
        return None
    if m["next"]:
        days = 1
    else:
        n = parse_number(m["before"] or m["after"])
        if n is None or n != int(n) or not 0 < n < 60:
            return None
        days = -int(n) if m["before"] else int(n)
    try:
        day = previous.start + dt.timedelta(days=days)
    except OverflowError:
        return None  # a day counted back from 1 January of the year 1: no such day
    return DateRange(day, day, DatePrecision.DAY, span=nt.span(m.start(), m.end()))


#: Incidents told within this many sentences after the lead share its day.
_LEAD_REACH = 2
#: A lead that sums up a round-up: events in various parts of a place ("X کے مختلف اضلاع میں"), or
#: a number of events ("چار واقعات", "تین حملوں").
_ROUND_UP_LEAD = lazy_compile(
    rf"(?<!\w)(?:(?:کے|کی)\s(?:{word_class('scattered_places')})"
    rf"|(?:{'|'.join(UNIT_WORDS[2:11])}|[2-9])\s(?:(?:{word_alternation('separate_adjective')})\s)?"
    rf"(?:{word_alternation('counted_events_noun')}))(?!\w)"
)


#: A round-up's lead that counts its events by no number: "فائرنگ کے مختلف واقعات میں", "الگ الگ
#: حملوں میں" (dates.round-up-unnumbered).
_UNNUMBERED_ROUND_UP_LEAD = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('separate_adjective')})\s(?:{word_alternation('counted_events_noun')})(?!\w)"
)


def _round_up_lead(text: str, start: int, end: int) -> bool:
    """Whether the lead sentence from ``start`` to ``end`` sums up a round-up: events in
    various parts of a place, a number of events (dates.round-up-lead), or events counted as
    "various" with no number ("شہر میں گزشتہ روز فائرنگ کے مختلف واقعات میں", dates.round-up-unnumbered)."""
    if not on("dates.round-up-lead"):
        return False
    if _ROUND_UP_LEAD.search(text, start, end):
        return True
    return on("dates.round-up-unnumbered") and _UNNUMBERED_ROUND_UP_LEAD.search(text, start, end) is not None


def _date_of_same_day(reading: DocReading, drafts: Sequence[_Draft]) -> None:
    """Give an incident told "on the same night" ("اسی رات ضلع قلات میں ...") the day of the
    incident told before it."""
    text = reading.analysis.text
    for i, d in enumerate(drafts):
        if d.date is not None or not d.clauses:
            continue
        first = d.clauses[0]
        if SAME_DAY.search(text, first.start, first.end) is None:
            continue
        before = next((x for x in reversed(drafts[:i]) if x.date is not None and x.main == d.main), None)
        if before is None and not d.main and on("dates.same-day-as-main"):
            # "... منگل کی صبح ... ناکارہ بنا دیا۔ ان کا کہنا تھا کہ اسی شام ... گرفتار کر لیا گیا":
            # "the same evening" points at the day just told, however the clause is framed
            before = next((x for x in reversed(drafts[:i]) if x.date is not None), None)
        if before is not None:
            d.date, d.date_rule = before.date, "dates.same-day"


#: A sentence that opens with "later" ("بعد ازاں سی ٹی ڈی نے رات گئے ...", "بعد میں ...").
_LATER_OPENING = lazy_compile(rf"\s*(?:{word_alternation('later_adverb')})(?!\w)")


#: A sentence that opens with a few hours or minutes before or after the event just told ("اس سے
#: چند گھنٹے قبل ...", "کچھ دیر بعد ...", "اس کے دو گھنٹے بعد ..."; dates.hours-from-that).
_HOURS_OPENING = lazy_compile(
    rf"\s*(?:اس (?:سے|کے) )?(?:\S+ )?(?:{word_alternation('short_time_unit')})"
    rf" (?:{word_alternation('ago_word')}|بعد)(?!\w)"
)


#: "واقعے کے بعد", "حملے کے بعد": after the event just told (dates.after-event-told).
_AFTER_EVENT_TOLD = prefiltered(
    lazy_compile(rf"(?<!\w)(?:{word_alternation('told_back_noun')}) کے بعد(?!\w)")
)


def _after_event_told(text: str, draft: _Draft, sentence: int) -> bool:
    """Whether a clause of ``draft`` that tells it, from ``sentence`` on, puts its event after the
    event just told ("واقعے کے بعد سیکیورٹی فورسز نے جوابی کارروائی کرتے ہوئے X میں ... گولہ باری
    کی"; dates.after-event-told)."""
    return any(
        _AFTER_EVENT_TOLD.search(text, c.start, c.end) is not None
        for c in (*draft.clauses, *draft.shared)
        if c.triggers and c.sentence >= sentence
    )


def _date_of_later(reading: DocReading, drafts: Sequence[_Draft]) -> None:
    """Give a main incident with no date of its own, first told in a sentence that opens with
    "later" ("بعد ازاں رات گئے فورسز نے X میں ... گولہ باری کی", "بعد ازاں اتحاد نے کہا کہ اس نے
    جوابی کارروائی میں ... فضائی حملے کیے"), the day of the main incident told before it: the
    article goes on from that day, not from the day of the report (dates.later-same-day); so does
    one first told in a sentence that opens a few hours or minutes before or after it ("اس سے
    چند گھنٹے قبل ...", dates.hours-from-that)."""
    text = reading.analysis.text
    for i, d in enumerate(drafts):
        if d.date is not None or not d.main:
            continue
        told = min((c.sentence for c in (*d.clauses, *d.shared) if c.triggers), default=None)
        if told is None:
            continue
        info = reading.sentences[told]
        if info.dates:
            continue
        if _LATER_OPENING.match(text, info.start) is not None:
            rule = "dates.later-same-day"
        elif on("dates.hours-from-that") and _HOURS_OPENING.match(text, info.start) is not None:
            rule = "dates.hours-from-that"
        elif on("dates.after-event-told") and _after_event_told(text, d, told):
            rule = "dates.after-event-told"
        else:
            continue
        before = next((x for x in reversed(drafts[:i]) if x.date is not None and x.main), None)
        if before is None or before.date is None or before.date.precision is not DatePrecision.DAY:
            continue
        if before.date.start is not None and before.date.start == before.date.end:
            d.date, d.date_rule = before.date, rule


def _date_from_lead(reading: DocReading, drafts: Sequence[_Draft]) -> None:
    """Give the main incidents with no date of their own, told in the lead or the sentences
    right after it, the day the lead names ("بنوں/لکی مروت: جمعرات کو دو واقعات ہوئے۔ بنوں میں
    ... جبکہ لکی مروت میں ..."): a round-up tells its incidents under the lead's day."""
    first = next(
        (c.sentence for c in reading.clauses if "skip" not in reading.sentences[c.sentence].markers), None
    )
    if first is None:
        return
    first = _lead_after_headline(reading, first)
    info = reading.sentences[first]
    told = any(
        c.trigger_starts or (c.has_figure and on("dates.lead-toll-tells"))
        for c in reading.clauses
        if c.sentence == first
    )
    if not told and not _EVENT_NOUN.search(reading.analysis.text, info.start, info.end):
        if _lead_account_day(drafts, first + 1) is None:
            return  # the lead tells no event: its day is not the incidents'
        first, info = first + 1, reading.sentences[first + 1]  # a dateline's line, then the lead
    dates = list(info.dates)
    if on("dates.contrast-clause-day"):
        first_told = min(
            (t for c in reading.clauses if c.sentence == first for t in c.trigger_starts), default=info.start
        )
        cut = _contrast_cut(reading.analysis.text, first_told, info.end)
        dates = [d for d in dates if not _after_cut(cut, d.start)]
    lead = _best_date(reading, dates)
    if lead is None:
        lead = _lead_account_day(drafts, first)
    if lead is None or lead.precision is not DatePrecision.DAY or lead.start is None:
        return
    if _is_old(lead, reading.published):
        return
    reach = first + _LEAD_REACH
    if _round_up_lead(reading.analysis.text, info.start, info.end):
        # "خیبر پختونخوا کے مختلف اضلاع میں بدھ کو دہشت گردی کے تین واقعات": a round-up's lead
        # dates every incident it then tells, however far down
        reach = len(reading.sentences)
    elif on("dates.listed-lead") and _lists_kinds(reading, first):
        # "... بغداد میں جمعے کے روز خودکش دھماکوں، سڑک کنارے نصب بم اور راکٹ حملوں میں ...":
        # a lead listing the day's events of several kinds dates each as the article tells it
        reach = len(reading.sentences)
    elif on("dates.lead-day-only-day") and _day_too(reading, info.dates) and _only_day(drafts, lead):
        reach = len(reading.sentences)
    news_day = on("dates.lead-day-the-news-day") and _only_day(drafts, lead)
    for d in drafts:
        told_at = min((c.sentence for c in (*d.clauses, *d.shared) if c.triggers), default=None)
        if not d.main or d.date is not None or told_at is None:
            continue
        if told_at <= reach:
            d.date, d.date_rule = lead, "dates.lead-date"
        elif news_day:
            # "... پیر کو ... دو افراد ہلاک ہو گئے۔ ... ادھر X میں فائرنگ سے مزید تین افراد جاں بحق":
            # the lead gives the day of the news (dates.lead-day-the-news-day)
            d.date, d.date_rule = lead, "dates.lead-day-the-news-day"


def _lead_account_day(drafts: Sequence[_Draft], first: int) -> DateRange | None:
    """The day the sentence right after a lead that names none gave the lead's event
    (dates.account-day): the day of the news the lead tells, which the main incidents told
    after it with no day of their own share, as they share a day the lead names
    (dates.lead-account-day); ``None`` if there is none."""
    if not on("dates.lead-account-day"):
        return None
    lead = next((d for d in drafts if d.main and d.clauses), None)
    if lead is None or lead.date_rule != "dates.account-day":
        return None
    if min((c.sentence for c in lead.clauses if c.triggers), default=-1) != first:
        return None
    return lead.date


def _lead_after_headline(reading: DocReading, first: int) -> int:
    """The lead sentence when the first told sentence ``first`` is a headline with no date: the
    text's first line, with no full stop ("پشاور میں فائرنگ، تین افراد جاں بحق⏎پشاور (نامہ نگار)
    شہر میں بدھ کو ..."): the report's first told sentence after it, on a later line
    (dates.lead-after-headline); else ``first``."""
    text = reading.analysis.text
    info = reading.sentences[first]
    line_end = text.find("\n")
    if (
        info.dates
        or line_end < 0
        or info.end > line_end + 1
        or text[: info.start].strip()
        or _HEADLINE_STOP.search(text, 0, line_end)
        or not on("dates.lead-after-headline")
    ):
        return first
    return next(
        (
            c.sentence
            for c in reading.clauses
            if reading.sentences[c.sentence].start > line_end
            and "skip" not in reading.sentences[c.sentence].markers
        ),
        first,
    )


#: A full stop: a line with one is a sentence, not a headline.
_HEADLINE_STOP = lazy_compile(r"[۔.!?؟]")


def _only_day(drafts: Sequence[_Draft], lead: DateRange) -> bool:
    """Whether every main incident of ``drafts`` with a date has the lead's day ``lead``."""
    return all(
        d.date is None or d.date.start is None or (d.date.start == lead.start and d.date.end == lead.end)
        for d in drafts
        if d.main
    )


#: After a day: "بھی" ("too"), perhaps after its postposition ("پیر کو بھی", "منگل کے روز بھی").
_DAY_TOO = lazy_compile(r"(?: (?:کو|کے روز|کے دن))? بھی(?!\w)")


def _day_too(reading: DocReading, dates: Sequence[Any]) -> bool:
    """Whether a day of the lead is followed by "بھی" ("وادی میں پیر کو بھی ... جاں بحق"): the
    lead sums up that day of a running story, which the paragraphs after it fill in
    (dates.lead-day-only-day)."""
    text = reading.analysis.text
    return any(_DAY_TOO.match(text, d.end) for d in dates)


def _lists_kinds(reading: DocReading, sentence: int) -> bool:
    """Whether one clause of the lead ``sentence`` names events of two or more kinds in three
    or more event words ("خودکش دھماکوں، سڑک کنارے نصب بم اور راکٹ حملوں میں"): a list that
    sums up the day's events (dates.listed-lead)."""
    return any(
        len(c.triggers) >= 3 and len({h.value.sub_event_type for h in c.triggers}) >= 2
        for c in reading.clauses
        if c.sentence == sentence
    )


#: "دو مختلف واقعات میں", "تین الگ الگ واقعوں میں": a number of events counted by a noun for events.
_COUNTED_EVENTS = lazy_compile(
    rf"(?:(?:{word_alternation('separate_adjective')})\s)?(?:{word_alternation('counted_events_noun')})(?!\w)"
)


def _weapon_launched(hit: Hit[TriggerTerm], clause: Clause) -> bool:
    """Whether the event word ``hit`` is a launch headed by a weapon word of the clause and
    names no event noun ("میزائل داغے", "راکٹ فائر کیے"): a number before it counts the
    weapons of one strike ("دو میزائل داغے"), not strikes (counts.weapons-launched)."""
    return (
        any(w.start == hit.start for w in clause.weapons)
        and _EVENT_NOUN.search(hit.key) is None
        and on("counts.weapons-launched")
    )


def _counts_events(clause: Clause, reading: DocReading) -> int:
    """How many events ``clause`` counts, two or more, before its event word ("یکے بعد دیگرے
    دو دھماکوں میں 8 افراد جاں بحق": 2), so that its figures are totals of several incidents;
    0 if it counts none."""
    if not on("counts.total-of-counted-events"):
        return 0
    text = reading.analysis.text
    people = on("counts.protesters-no-events")
    # "15 مظاہرین زخمی": a number before a word for protesters counts people, not protests
    starts = {
        h.start
        for h in clause.triggers
        if not _weapon_launched(h, clause)
        and not (people and _PROTESTER_NOUN.fullmatch(text, h.start, h.end))
    }
    numbers = reading.analysis.numbers
    first = bisect.bisect_left(numbers, clause.start, key=attrgetter("start"))
    for number in itertools.takewhile(lambda n: n.start < clause.end, numbers[first:]):
        if number.value is not None and number.value >= 2:
            gap = _COUNT_GAP.match(text, number.end)
            if gap is not None and gap.end() in starts:
                return number.value
            if (
                number.end + 1 in starts
                and text.startswith(" ", number.end)
                and on("counts.adjective-in-event-word")
            ):
                return number.value  # "دو مختلف کارروائیوں میں": the adjective is the event word's own
            if (
                starts
                and on("counts.events-counted-by-noun")
                and _COUNTED_EVENTS.match(text, gap.end() if gap is not None else number.end)
            ):
                # "ٹارگٹ کلنگ کی نئی لہر میں دو مختلف واقعات میں 3 افراد جاں بحق": the clause's
                # event word names the kind, "واقعات" counts the events its figures sum up
                return number.value
    return 0


def _apart_in_time(a: DateRange | None, b: DateRange | None) -> bool:
    """Whether two resolved dates share no day."""
    if a is None or b is None or None in (a.start, a.end, b.start, b.end):
        return False
    return a.end < b.start or b.end < a.start  # type: ignore[operator]


def _spread_totals(drafts: list[_Draft]) -> None:
    """Share the totals of a clause counting several events ("دو دھماکوں میں 8 افراد جاں بحق")
    among the incidents the article then tells one by one ("پہلا دھماکہ ... دوسرا دھماکہ"):
    each gets the range from 0 to the total. An incident told after it on a day it does not share
    is none of them: the events counted are then one incident of their own
    (counts.counted-events-apart)."""
    for d in list(drafts):
        summary = next((c for c in d.clauses if c.several), None)
        if summary is None:
            continue
        told = any(c.triggers for c in d.clauses if c is not summary)
        i = drafts.index(d)
        later = [x for x in drafts[i + 1 :] if x.main == d.main and x.clauses][: summary.several - told]
        if not later:
            continue
        if (
            on("counts.counted-events-apart")
            and bool(summary.places)
            and any(_apart_in_time(x.date, d.date) for x in later)
        ):
            continue  # "جنوری میں X پر دو خودکش دھماکوں میں ... فروری میں Y پر ...": not the two
        d.clauses.remove(summary)
        targets = [d, *later] if told else later
        if not told:
            # "دو الگ الگ حملوں میں سات اہلکار ہلاک ... پہلا حملہ ... دوسرا حملہ": the lead only sums up
            drafts.remove(d)
            later[0].shared.extend(d.clauses)
        for x in targets:
            x.shared.append(summary)
            x.date = x.date or d.date


#: A word of the text: the event word that starts at a trigger's start.
_WORD_AT = lazy_compile(r"\w+")


def _names_plural_events(clause: Clause, text: str) -> bool:
    """Whether the clause names its events in the plural ("حملوں میں", "دھماکوں سے")."""
    for start in clause.trigger_starts:
        m = _WORD_AT.match(text, start)
        if m is not None and m.group().endswith("وں") and _EVENT_NOUN.search(m.group()):
            return True
    return False


def _none_of_the_events(clause: Clause) -> bool:
    """Whether a clause rules casualties out and gives no figure ("پولیس کے مطابق واقعات میں کوئی
    جانی نقصان نہیں ہوا"): a plural of events there names the events just told, it sums up
    nothing (counts.none-of-the-events)."""
    return (
        (clause.no_casualties or clause.no_deaths)
        and not clause.has_figure
        and not clause.triggers
        and on("counts.none-of-the-events")
    )


def _spread_groups(drafts: list[_Draft]) -> Iterator[tuple[_Draft, Clause, list[_Draft]]]:
    """For each incident that shares clauses, its last shared clause (the one that spread events
    over several places) and every incident sharing it, read when each is reached (a pass may
    have changed the drafts before)."""
    for d in drafts:
        if d.shared:
            summary = d.shared[-1]
            yield d, summary, [x for x in drafts if any(c is summary for c in x.shared)]


def _spread_none(drafts: list[_Draft]) -> None:
    """Give the incidents that one clause spread over several places ("تانگیر اور داریل میں ...
    دو اسکولوں کو آگ لگا دی") the clause after it that rules casualties out with no place of its
    own ("واقعات میں کوئی جانی نقصان نہیں ہوا"): it holds for each of them, not the last place
    alone (counts.none-of-the-events)."""
    for d, summary, siblings in _spread_groups(drafts):
        nones = [
            c
            for c in d.clauses
            if _none_of_the_events(c) and not c.places and 0 <= c.sentence - summary.sentence <= 1
        ]
        if len(siblings) < 2 or not nones:
            continue
        for x in siblings:
            if x is not d and not any(c.no_casualties or c.has_figure for c in (*x.clauses, *x.shared)):
                x.shared.extend(evolve(c, actors=[]) for c in nones)


def _spread_plural_toll(drafts: list[_Draft], text: str) -> None:
    """Share a toll of events named in the plural ("حملوں میں ان کے پانچ جنگجو ہلاک ہوئے") among
    the incidents that one clause spread over several places just before ("صنعا، حدیدہ اور صعدہ
    میں ... اہداف کو نشانہ بنایا گیا"): the toll covers all of them, so each gets 0 to the total,
    not the last place alone."""
    for d, summary, siblings in _spread_groups(drafts):
        tolls = [c for c in d.clauses if c.has_figure and not c.places and _names_plural_events(c, text)]
        if len(siblings) < 2 or not summary.places or not tolls:
            continue
        if any(c.triggers for c in d.clauses if not any(c is t for t in tolls)):
            continue  # an event of the place's own: the toll may be its
        d.clauses = [c for c in d.clauses if not any(c is t for t in tolls)]
        # the figures hold for all; whom they count is no actor of each place ("ان کے پانچ جنگجو")
        tolls = [evolve(c, actors=[]) for c in tolls]
        for x in siblings:
            x.shared.extend(tolls)


def _told_before(
    places: Sequence[PlaceRef],
    current: _Draft | None,
    drafts: Sequence[_Draft],
    date: DateRange | None = None,
) -> _Draft | None:
    """The earlier incident whose place a clause without an event word names, when that place
    is not the current incident's: the article goes back to it ("... جبکہ خضدار میں تین افراد
    ہلاک ہوئے۔ کیچ میں ہلاکتوں کا واقعہ گزشتہ روز پیش آیا تھا")."""
    if not on("segments.back-to-earlier-place") or current is None:
        return None
    towns = [p for p in places if not p.site]
    if not towns or any(_same_place(p, q) for p in towns for q in current.places):
        return None
    return next(
        (
            d
            for d in reversed(drafts)
            if d is not current
            and any(_same_place(p, q) for p in towns for q in d.places)
            and (date is None or d.date is None or (d.date.start, d.date.end) == (date.start, date.end))
        ),
        None,
    )


#: After a town, a hospital of it: "سرینگر کے صدر ہسپتال", "X کے ایک نجی اسپتال".
_HOSPITAL_OF_TOWN = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:[^\s۔،,]+\s){{0,4}}?(?:{word_alternation('transfer_site')})(?!\w)"
)


#: After a town, the rest of a hospital's name and its hospital word: "حیات آباد میڈیکل کمپلیکس",
#: "تربت ٹیچنگ ہسپتال" (segments.hospital-named-for-town).
_HOSPITAL_NAMED_FOR_TOWN = lazy_compile(
    rf"\s(?:(?!(?:{word_alternation('genitive')}|{word_alternation('conjunction_and')}"
    rf"|{word_alternation('clause_word')})\s)[^\s۔،,]+\s){{0,2}}?"
    rf"(?:{word_alternation('transfer_site')})(?!\w)"
)


def _casualties_elsewhere(
    clause: Clause, current: _Draft, places: Sequence[PlaceRef], drafts: Sequence[_Draft], text: str = ""
) -> bool:
    """Whether ``clause``, with no event word, reports people killed or injured at another
    place than the incident before it ("جمعرات کو پلوامہ میں جھڑپ ... جبکہ جمعے کو شوپیاں میں
    ایک فوجی مارا گیا"): the round-up's next event of the same kind."""
    if not on("segments.casualties-elsewhere") or not clause.has_figure or clause.future:
        return False
    figures = [f for f in (clause.killed, clause.injured) if f is not None]
    if on("counts.among-is-no-new-event") and all(f.part for f in figures):
        return False  # "ہلاک ہونے والوں میں چار بچے شامل ہیں": more of the casualties just told
    if clause.markers & (_SUPPRESS | {"figurative", "reaction", "aggregate"}):
        return False
    if not current.main or not _kinds(current):
        return False
    towns = [p for p in places if not p.site]
    if text and on("segments.hospital-town-no-event"):
        # "سرینگر کے صدر ہسپتال کے ڈاکٹر نے بتایا کہ 30 زخمی لائے گئے": where they were treated
        towns = [p for p in towns if _HOSPITAL_OF_TOWN.match(text, p.end) is None]
    if text and on("segments.hospital-named-for-town"):
        # "زخمیوں کو حیات آباد میڈیکل کمپلیکس منتقل کیا گیا": the town names where they were treated
        towns = [p for p in towns if _HOSPITAL_NAMED_FOR_TOWN.match(text, p.end) is None]
    if any(_same_place(p, q) for d in drafts for p in towns for q in d.places):
        return False  # more about an incident already told
    return bool(towns) and all(_conflicts(p, current, clause) for p in towns)


_DAY_OR_MONTH = frozenset((DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH))


def _recalled_toll(
    clause: Clause, current: _Draft, info: SentenceInfo, places: Sequence[PlaceRef], text: str
) -> bool:
    """Whether ``clause``, with no event word but an event noun ("واقعے", "حملے") and a casualty
    figure in the past perfect, recalls an earlier event of the kind just told at a day or place
    of its own ("واضح رہے کہ 12 فروری کو بھی اسی نوعیت کے واقعے میں دو افراد مارے گئے تھے")."""
    if not on("segments.recalled-toll") or not clause.has_figure or clause.future or not clause.past_perfect:
        return False
    if clause.markers & (_SUPPRESS | {"figurative", "reaction", "aggregate"}):
        return False
    if not current.main or not _kinds(current):
        return False
    if current.last_sentence >= clause.sentence:
        return False
    dated = [d for d in info.dates if clause.start <= d.start < clause.end and d.date.is_resolved]
    also = any(_ALSO.match(text, d.end) for d in info.dates if clause.start <= d.start < clause.end)
    if "background" not in info.markers and not also:
        return False
    if _tally_of_events(clause, dated, text):
        return False
    if _EVENT_NOUN.search(text, clause.start, clause.end) is None:
        # segments.recalled-toll-dated: no event noun, but a day or month of its own "too"
        return (
            on("segments.recalled-toll-dated")
            and also
            and any(isinstance(d.date, DateRange) and d.date.precision in _DAY_OR_MONTH for d in dated)
        )
    return bool(dated) or any(not p.site for p in places)


def _tally_of_events(clause: Clause, dated: Sequence[Any], text: str) -> bool:
    """Whether ``clause`` sums up a toll of many events over a stretch of time: a plural event
    noun ("حملوں", "دھماکوں") and a stretch ("گزشتہ برس", "رواں سال", "اب تک") with no day, week or
    month of its own ("پچھلے سال باغیوں کے حملوں میں دو ہزار سے زیادہ دیہاتی ہلاک ہو گئے تھے"): a
    tally, no earlier incident (segments.recalled-toll-not-tally)."""
    if not on("segments.recalled-toll-not-tally") or not _over_time(clause, text):
        return False
    if any(isinstance(d.date, DateRange) and d.date.precision in _DAY_OR_MONTH for d in dated):
        return False
    return any(
        _PLURAL_NOUN_HIT.search(text[m.start() : _word_end(text, m.end())])
        for m in _EVENT_NOUN.finditer(text, clause.start, clause.end)
    )


def _word_end(text: str, at: int) -> int:
    """Where the word that runs through offset ``at`` of ``text`` ends ("حمل" + "وں")."""
    while at < len(text) and _is_word_char(text[at]):
        at += 1
    return at


#: A note to the reader that opens a sentence ("یاد رہے کہ", "قابل ذکر ہے کہ", "بتا دیں کہ"):
#: it may recall an earlier event or add to the one told.
_NOTE = lazy_compile(rf"\W*(?:{word_alternation('reader_note')})(?!\w)")


def _note_tells_more(clause: Clause, info: SentenceInfo, places: Sequence[PlaceRef], text: str) -> bool:
    """Whether a clause of a sentence that opens with a note to the reader ("قابل ذکر ہے کہ
    حملے میں تین فوجی ہلاک ہو گئے") tells more of the event just told rather than recalling
    another: not in the past perfect, with no time or town of its own and no word of an earlier
    time before it in the sentence."""
    if not on("segments.note-tells-more") or clause.past_perfect:
        return False
    if _NOTE.match(text, info.start) is None or _EARLIER.search(text, info.start, clause.end) is not None:
        return False
    if _names_date(clause, info):
        return False
    return not any(not p.site for p in places)


#: Words that open a clause telling a strike in answer to the one just told ("جواب میں").
_RETALIATION = lazy_compile(rf"\W*(?:{word_alternation('retaliation_opener')})(?!\w)")
#: Kinds of a strike from afar, whose weapons may be stopped on their way (the "remote" family's
#: air strikes and shelling, and blasts).
_REMOTE_KINDS = frozenset(("air", "shelling", "explosion"))


def retaliation(clause: Clause, current: _Draft, info: SentenceInfo, text: str) -> bool:
    """Whether ``clause`` opens with words of an answer ("جواب میں") and tells a strike from afar
    (rockets, shells, an air strike) that those struck by ``current`` made ("... فضائی حملے میں
    حزب اللہ کے دو جنگجو مارے گئے۔ جواب میں حزب اللہ نے شمالی اسرائیل پر راکٹ داغے"): another
    event, by the other side, at the place it struck (segments.retaliation)."""
    if not on("segments.retaliation") or not current.main:
        return False
    start = max(info.start, clause.start)
    if _RETALIATION.match(text, start, clause.end) is None:
        return False
    mine = {h.value.kind for h in clause.triggers if h.value.strong}
    if not mine & _REMOTE_KINDS:
        return False
    struck = {a.key for c in current.clauses for a in c.actors if a.role == "target"}
    return any(a.role == "perpetrator" and a.key in struck for a in clause.actors)


def _recall_after_news(clause: Clause, live: Sequence[Hit[TriggerTerm]], current: _Draft) -> bool:
    """Whether ``clause`` may recall an earlier event after the main news: it has event words,
    is no reaction, is in the past perfect in a later sentence than the main incident's (which
    has an event word), and tells nothing future or suppressed."""
    if not live or "reaction" in clause.markers or not current.main or not clause.past_perfect:
        return False
    if current.last_sentence >= clause.sentence or clause.future or clause.markers & _SUPPRESS:
        return False
    return bool(_kinds(current))


def _recalled_here(
    clause: Clause, live: Sequence[Hit[TriggerTerm]], current: _Draft, info: SentenceInfo, text: str
) -> bool:
    """Whether a weak event word in a past-perfect clause recalls an earlier event at the place
    just told: it is put "at the same place" ("اسی مقام پر", "اسی اسکول کو") and at an earlier
    time "too" ("چند ماہ قبل بھی ... نشانہ بنایا گیا تھا"), so the place is named."""
    if not on("segments.recalled-here") or not _recall_after_news(clause, live, current):
        return False
    also = any(_ALSO.match(text, d.end) for d in info.dates if clause.start <= d.start < clause.end)
    return also and (
        _same_place_again(clause, text) or _SAME_SITE.search(text, clause.start, clause.end) is not None
    )


def recalled_struck(
    clause: Clause, live: Sequence[Hit[TriggerTerm]], current: _Draft, info: SentenceInfo, text: str
) -> bool:
    """Whether a weak attack word in a past-perfect clause after the main news recalls an earlier
    attack on whom it names ("واضح رہے کہ گزشتہ ماہ بھی امن کمیٹی کے ایک رکن کو نشانہ بنایا گیا
    تھا"): the clause is a recall (a note to the reader or a day followed by "بھی") and its own
    day resolves, so the attack is reported even with no place of its own."""
    if not on("segments.recalled-struck") or not _recall_after_news(clause, live, current):
        return False
    if not any(a.role == "target" for a in clause.actors) or not any(h.value.kind in _STRUCK for h in live):
        return False
    own = [d for d in info.dates if clause.start <= d.start < clause.end]
    also = any(_ALSO.match(text, d.end) for d in own)
    resolved = any(d.date.start is not None for d in own)
    # a day "too" likens it to the main news, whose place it takes (segments.like-recalled-here)
    return (also and (resolved or on("segments.like-recalled-here"))) or (
        resolved and "background" in info.markers
    )


#: "اسی اسکول کو", "اسی پائپ لائن پر": the very site just told ("اسی" before a noun and a
#: postposition).
_SAME_SITE = lazy_compile(r"(?<!\w)اسی\s\S+(?:\s\S+)?\s(?:کو|پر|میں)(?!\w)")


def _recalled_places(
    clause: Clause, current: _Draft, dateline: PlaceRef | None, text: str, info: SentenceInfo | None = None
) -> list[PlaceRef]:
    """The places of a recalled event with no place of its own that happened "at the same place"
    ("اسی علاقے میں", and with :func:`_recalled_here` "اسی اسکول کو"): those of the event told
    before it, or the dateline's when that event has no other. A weak event word's clause then
    names them and what was struck, so the event counts as reported there."""
    here = on("segments.recalled-here")
    if (
        not _same_place_again(clause, text)
        and not (here and _SAME_SITE.search(text, clause.start, clause.end) is not None)
        and not (info is not None and like_recalled(clause, current, info, text))
    ):
        return []
    places = list(current.places)
    if here and current.main and dateline is not None and not any(not p.site for p in places):
        places.append(dateline)  # only a site or nothing: the site in the dateline's town
    if here and places and clause.triggers and not any(h.value.strong for h in clause.triggers):
        clause.places, clause.struck = list(places), True
    return places


def like_recalled(clause: Clause, current: _Draft, info: SentenceInfo, text: str) -> bool:
    """Whether a recalled event with no place of its own is likened to the main incident told
    before it by a day followed by "بھی" ("خیال رہے کہ 22 اکتوبر کو بھی وزیراعظم کی رہائش گاہ پر
    ڈرون حملہ کیا گیا تھا"): the like happened there too, so it is at that incident's place
    (segments.like-recalled-here)."""
    if not on("segments.like-recalled-here") or not current.main or not current.places:
        return False
    return any(clause.start <= d.start < clause.end and _ALSO.match(text, d.end) for d in info.dates)


def _borrowed(clause: Clause, current: _Draft) -> Hit[TriggerTerm]:
    """The event word of ``current`` lent to ``clause`` at its casualty figure."""
    best = _best_trigger([c for c in current.clauses if c.triggers])
    figure = clause.killed or clause.injured
    assert figure is not None
    return Hit(figure.start, figure.end, best.key, best.value)


def _points_back(live: Sequence[Hit[TriggerTerm]], text: str) -> bool:
    """Whether every event word of a clause follows a demonstrative ("یہ دھماکہ", "اس حملے"):
    the clause tells more of the event just told, not another one."""
    return (
        bool(live)
        and on("segments.this-event")
        and all(_THIS_EVENT.search(text, max(0, h.start - 8), h.start) for h in live)
    )


def _same_place_again(clause: Clause, text: str) -> bool:
    """Whether ``clause`` puts its event at the place just told ("اسی علاقے میں", "اسی اڈے پر")."""
    return (
        on("segments.same-place-recalled") and _SAME_PLACE.search(text, clause.start, clause.end) is not None
    )


def _retold_in_dateline(
    clause: Clause,
    current: _Draft,
    towns: Sequence[PlaceRef],
    date: DateRange | None,
    dateline: PlaceRef | None,
) -> bool:
    """Whether a past-perfect clause with no time of its own, right after the main news placed
    only at the dateline and dated, tells an event of the same kind at a place inside the
    dateline's town ("کراچی: ہفتے کے روز ہونے والی ٹارگٹ کلنگ میں ...۔ اہلکار کو لیاری میں
    نشانہ بنایا گیا تھا"): it says where the news happened, not an earlier event elsewhere
    (segments.perfect-retells-at-dateline)."""
    if dateline is None or not towns or date is not None:
        return False
    if not (clause.past_perfect and current.main and current.date is not None):
        return False
    if clause.sentence - current.last_sentence != 1 or not on("segments.perfect-retells-at-dateline"):
        return False
    if not all(_same_place(q, dateline) for q in current.places if not q.site):
        return False
    if not all(not _same_place(p, dateline) and (_related(p, dateline) or _near(p, dateline)) for p in towns):
        return False
    return bool({h.value.kind for h in clause.triggers} & _kinds(current))


def _retells_old_lead(
    state: _Segmenting, clause: Clause, towns: Sequence[PlaceRef], date: DateRange | None
) -> bool:
    """Whether a past-perfect clause with no day of its own and no town but the lead's, in the
    sentence right after a lead whose event is dated well back (so read as background), tells
    an event of the lead's own kind with no figure the lead does not give: it retells the lead's
    event, and is no other incident (segments.perfect-retells-old-lead)."""
    current = state.current
    if current is None or current.main or current.date is None or date is not None:
        return False
    if not clause.past_perfect or not state.drafts or state.drafts[0] is not current:
        return False
    if clause.sentence - current.last_sentence != 1 or not on("segments.perfect-retells-old-lead"):
        return False
    if not all(any(_same_place(p, q) for q in current.places) for p in towns):
        return False
    for outcome in ("killed", "injured"):
        mine = getattr(clause, outcome)
        told = (getattr(c, outcome) for c in current.clauses)
        theirs = {(f.count.min, f.count.max) for f in told if f is not None}
        if mine is not None and (mine.count.min, mine.count.max) not in theirs:
            return False
    return bool({h.value.kind for h in clause.triggers} & _kinds(current))


def _recalled(clause: Clause, current: _Draft, info: SentenceInfo, date: DateRange | None) -> bool:
    """Whether a past-perfect clause after the main news recalls another event at the same
    place: it has its own day ("اسے پیر کو اغوا کیا گیا تھا") and another kind of event."""
    if not current.main or current.last_sentence == clause.sentence or date is None:
        return False
    if not _names_date(clause, info):
        return False
    if current.date is not None and (current.date.start, current.date.span) == (date.start, date.span):
        return False
    kinds = _kinds(current)
    mine = {h.value.kind for h in clause.triggers}
    return bool(mine) and not (mine & kinds) and not mine <= _FOLLOW_UP


#: A day "too" ("12 فروری کو بھی"): the day of an event like the one just told.
_ALSO_ON = lazy_compile(r"\sکو بھی(?!\w)")


def _recalled_also_date(reading: DocReading, info: SentenceInfo, clause: Clause) -> DateRange | None:
    """The day of a recalled event that happened "too" on it ("واضح رہے کہ 12 فروری کو بھی ... حملہ
    ہوا تھا"): in a past-perfect or background clause, a date followed by "کو بھی" is the recalled
    event's own, though it is never the date of the news being told."""
    if not on("dates.recalled-also-day"):
        return None
    text = reading.analysis.text
    own = [
        d
        for d in info.dates
        if clause.start <= d.start < clause.end and _ALSO_ON.match(text, d.end) and d.date.is_resolved
    ]
    best: DateRange | None = None
    for d in own:
        if isinstance(d.date, DateRange) and (best is None or _rank(d.date) < _rank(best)):
            best = d.date
    if best is None or best.end is None or reading.published is None or best.end >= reading.published:
        return None
    return best


#: "بھی" after an earlier time: "چند روز قبل بھی", "گزشتہ ماہ بھی".
_ALSO = lazy_compile(r"\s(?:\S+\s){0,2}?بھی(?!\w)")


def _also_earlier(clause: Clause, current: _Draft, info: SentenceInfo, text: str) -> bool:
    """Whether a past-perfect clause told after the main news says the like happened "also" at
    another, earlier time ("اسی مقام پر چند روز قبل بھی دھماکہ ہوا تھا"): a recalled event, even
    of the same kind and even when its time cannot be resolved."""
    if not (current.main and clause.past_perfect) or current.last_sentence == clause.sentence:
        return False
    for d in info.dates:
        if not clause.start <= d.start < clause.end or not _ALSO.match(text, d.end):
            continue
        mine, main = d.date, current.date
        if mine.start is None or main is None or main.start is None or mine.end < main.start:
            return True
    return False


def _distinct(places: Sequence[PlaceRef]) -> list[PlaceRef]:
    """The first mention of each place name, at most :data:`_MAX_PLACES` of them."""
    seen: set[str] = set()
    out = []
    for p in places:
        if p.key not in seen:
            seen.add(p.key)
            out.append(p)
    return out[:_MAX_PLACES]


def _is_summary(places: Sequence[PlaceRef], text: str, figures: bool = False) -> bool:
    """Whether a clause names several places side by side ("کلگام اور سرینگر میں"); places
    of different countries count only with a casualty figure and a locative after them
    ("عراق اور شام میں ... 12 جنگجو ہلاک")."""
    for i, p in enumerate(places):
        for q in places[i + 1 :]:
            if _same_place(p, q):
                continue
            if (p.site or q.site) and on("segments.sites-side-by-side"):
                continue  # "X چوک اور Y روڈ پر جھڑپیں": one event along the sites of a town
            if (p.level < 1 or q.level < 1) and not (
                on("segments.countries-side-by-side")
                and figures
                and p.country
                and q.country
                and p.country != q.country
                and _LOCATIVE.match(text, q.end)
            ):
                continue
            between = text[p.end : q.start]
            if _village_address(p, between, text):
                continue  # "گاؤں X، ضلع Y میں": a village and its district, one place
            if (
                len(between.split()) <= 8
                and _COORDINATOR.search(between)
                and not _CLAUSE_WORD.search(between)
            ):
                return True
            if _each_with_locative(p, q, text):
                return True
    return False


#: A comma and a district's or tehsil's noun between a village and its unit ("، ضلع ").
_ADDRESS_GAP = lazy_compile(rf"\s*[،,]\s*(?:{word_alternation('address_unit_noun')})\s*")


def _village_address(p: PlaceRef, between: str, text: str) -> bool:
    """Whether ``p``, a village named after its noun, is followed by its district or tehsil
    after a comma (``between`` is "، ضلع "): the village's address, not a list of places
    (rule ``places.village-address-comma``)."""
    return (
        _ADDRESS_GAP.fullmatch(between) is not None
        and _after_village_noun(p, text)
        and on("places.village-address-comma")
    )


#: The most words between two places each told with its own "میں" and what was hit there.
_EACH_LOCATIVE_REACH = 14


def _each_with_locative(p: PlaceRef, q: PlaceRef, text: str) -> bool:
    """Whether two places stand side by side each with its own "میں" and what was struck there,
    joined by "اور" ("X میں ایک اسکول اور Y میں ایک مکان پر فضائی حملوں میں ..."): the clause
    sums up an event at each (segments.places-each-with-locative)."""
    first, second = _LOCATIVE.match(text, p.end), _LOCATIVE.match(text, q.end)
    if first is None or second is None or p.site or q.site:
        return False
    between = text[first.end() : q.start]
    words = between.split()
    if not words or len(words) > _EACH_LOCATIVE_REACH or words.count("اور") != 1:
        return False
    return _CLAUSE_WORD.search(between) is None and on("segments.places-each-with-locative")


def _share(
    drafts: list[_Draft], clause: Clause, places: Sequence[PlaceRef], date: DateRange | None, main: bool
) -> _Draft | None:
    """Give each place of a summary clause its own incident, sharing the clause's totals."""
    last = None
    level = min(max(p.level for p in places), 2)
    holds = on("segments.summary-region-holds-listed")
    for p in places:
        if p.level < level and not province_listed(p, places):
            continue
        if holds and not p.site and any(q is not p and not q.site and within(q, p) for q in places):
            continue  # "ضلع خیبر میں باڑہ اور جمرود": the district the places listed lie in
        target = next(
            (
                d
                for d in drafts[-_LOOKBACK:]
                if d.main == main and any(_same_place(p, q) for q in d.places) and same_kind_share(d, clause)
            ),
            None,
        )
        if target is None:
            target = _Draft([], main=main, date=date, places=[p])
            drafts.append(target)
        target.shared.append(clause)
        last = target
    return last


def _merge_placeless(drafts: list[_Draft], dateline: PlaceRef | None = None, text: str = "") -> list[_Draft]:
    """Fold main incidents with no place, or only a country or province that a more
    specific main incident lies in, into the first main incident that has a place; one on
    another day told before it stays the ``dateline``'s news (:func:`_dateline_day_before`).
    A country named only as the owner of a draft's province or town does not reach past it
    (:func:`_reach`)."""
    placed = next((d for d in drafts if d.main and d.places and not d.later), None)
    if placed is None:
        return drafts
    if on("segments.scattered-places"):
        placed = next((d for d in drafts if d.main and d.places and not d.scattered), placed)
    reach = {id(d): _reach(d, text) for d in drafts}
    if (
        on("segments.lead-over-places")
        and sum(_inside(x, placed, reach[id(placed)]) for x in drafts if x is not placed) > 1
    ):
        # "امریکہ نے یمن میں حملے کیے۔ صنعا، حدیدہ اور صعدہ میں ...": the country of the lead
        # holds the incidents that follow; the first of them takes the lead's place
        placed = next(
            (
                d
                for d in drafts
                if d.main and d.places and not d.later and not _covered(d, drafts, reach[id(d)])
            ),
            placed,
        )
    out = []
    for d in drafts:
        summed = d is not placed and d.main and d.scattered and d.places and not d.apart
        if summed and _own_town(d, drafts, text):
            # "یوکرین کے مختلف شہروں پر حملہ کیا جس میں خارکیف میں 11 افراد ہلاک": the town the
            # summing clause names with its toll is an incident of its own
            d.places = [p for p in d.places if not p.site and p.level >= 2] + [p for p in d.places if p.site]
            out.append(d)
            continue
        if d is not placed and d.main and d.scattered and d.places and not d.apart:
            # "غزہ کے مختلف علاقوں پر بمباری" before the strikes it sums up, one by one
            target = next(
                (x for x in drafts if x is not d and x.main and not x.scattered and _same_country(x, d)), None
            )
            if target is not None:
                target.shared.extend(d.clauses)
                target.date = target.date or d.date
                continue
        if d is not placed and d.main and not d.apart and (not d.places or _covered(d, drafts, reach[id(d)])):
            # the main incidents at places within d's (a covered draft has at least one)
            inside = [x for x in drafts if x is not d and _inside(x, d, reach[id(d)])] if d.places else []
            target = inside[0] if inside else placed
            if not d.places:
                target = _none_joins_last_told(d, drafts, target)
            if (
                not d.places
                and on("segments.another-day-same-place")
                and d.date is not None
                and target.date is not None
                and (
                    (
                        d.date.is_resolved
                        and target.date.is_resolved
                        and (d.date.start, d.date.end) != (target.date.start, target.date.end)
                    )
                    or never_same_day(d.date, target.date)
                )
            ):
                # "پیر کو ... جبکہ منگل کو اسی علاقے میں ایک اور کارروائی": another day there
                if not _dateline_day_before(d, target, drafts, dateline):
                    d.places = list(target.places)
                out.append(d)
                continue
            if len(inside) > 1 and on("segments.lead-over-places"):
                for x in inside:  # the lead's actors and day hold for each place it sums up
                    x.shared.extend(d.clauses)
                    x.date = x.date or d.date
                continue
            if d.places and on("segments.covered-joins"):
                target.clauses = sorted([*target.clauses, *d.clauses], key=lambda c: c.start)
            else:
                target.shared.extend(d.clauses)
            target.date = target.date or d.date
        else:
            out.append(d)
    return out


def _none_joins_last_told(d: _Draft, drafts: Sequence[_Draft], target: _Draft) -> _Draft:
    """The incident a main draft with no place of its own that rules casualties out and gives no
    figure ("زیادہ تر راکٹ فضا ہی میں تباہ کر دیے گئے اور کسی جانی نقصان کی اطلاع نہیں ملی") joins:
    the placed main incident told just before it, in its sentence or the one before, rather than
    the first (segments.placeless-none-joins-last-told); ``target`` otherwise."""
    if not any(c.no_casualties or c.no_deaths for c in d.clauses) or any(c.has_figure for c in d.clauses):
        return target
    i = next(k for k, x in enumerate(drafts) if x is d)
    before = next((x for x in reversed(drafts[:i]) if x.main and x.places and not x.later), None)
    if before is None or before is target or not 0 <= d.clauses[0].sentence - before.last_sentence <= 1:
        return target
    return before if on("segments.placeless-none-joins-last-told") else target


def _dateline_day_before(d: _Draft, target: _Draft, drafts: list[_Draft], dateline: PlaceRef | None) -> bool:
    """Whether ``d``, a main incident with no place of its own on another day than ``target``,
    is told before it under a dateline that ``target``'s places do not hold ("اسلام آباد: جمعہ کو
    ... مظاہرہ کیا ...۔ ہفتے کو راولپنڈی میں بھی ... احتجاج کیا"): it is the dateline's news, not
    an event at the other town (segments.dateline-day-before)."""
    if dateline is None or any(_same_place(dateline, p) for p in target.places):
        return False
    return drafts.index(d) < drafts.index(target) and on("segments.dateline-day-before")


#: Seven consecutive days against which :func:`never_same_day` reads two day expressions.
_SOME_WEEK = tuple(dt.date(2001, 1, 1) + dt.timedelta(days=k) for k in range(7))


def never_same_day(a: DateRange, b: DateRange) -> bool:
    """Whether two days that the article gives no publication date to resolve are named in words
    that can never name the same day ("منگل کو" and "جمعرات کو", "گزشتہ روز" and "آج"): read
    against each day of a week, the two never meet (segments.named-days-differ)."""
    if not on("segments.named-days-differ") or a.is_resolved or b.is_resolved:
        return False
    if a.span is None or b.span is None or a.precision is not DatePrecision.DAY:
        return False
    if b.precision is not DatePrecision.DAY:
        return False
    for day in _SOME_WEEK:
        mine, theirs = _day_alone(a.span.text, day), _day_alone(b.span.text, day)
        if mine is None or theirs is None or not (mine[1] < theirs[0] or theirs[1] < mine[0]):
            return False
    return True


def always_same_day(a: DateRange, b: DateRange) -> bool:
    """Whether two days that the article gives no publication date to resolve are named in words
    that always name the same day ("نماز جمعہ کے دوران" and "جمعے کی نماز", "سنیچر کی صبح" and
    "سنیچر کو"): read against each day of a week, the two name the same days
    (segments.named-days-same), as days a publication date resolves are compared by what they
    resolve to, not by their words."""
    if not on("segments.named-days-same") or a.is_resolved or b.is_resolved:
        return False
    if a.span is None or b.span is None:
        return False
    if a.precision is not DatePrecision.DAY or b.precision is not DatePrecision.DAY:
        return False
    for day in _SOME_WEEK:
        mine = _day_alone(a.span.text, day)
        if mine is None or mine != _day_alone(b.span.text, day):
            return False
    return True


@functools.lru_cache(maxsize=4096)
def _day_alone(words: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days that a time expression, read alone, names against ``published``.

    Cached: :func:`always_same_day` asks it about the same few words ("جمعرات کی رات") against
    each day of a week for every pair of drafts it compares, and the answer depends on nothing
    else."""
    for match in find_dates(normalize(words), published):
        if match.date.start is not None and match.date.end is not None:
            return match.date.start, match.date.end
    return None


def _same_country(a: _Draft, b: _Draft) -> bool:
    """Whether ``a`` may lie in the country of ``b``: a place of the same country, or only
    places the gazetteer does not know (names read beside "ضلع", "علاقے")."""
    mine = {p.country for p in a.places if p.country}
    return not mine or any(p.country in mine for p in b.places if p.country)


def _scattered(places: Sequence[PlaceRef], text: str) -> bool:
    """Whether a place is followed by "کے مختلف علاقوں" (various parts of it)."""
    return any(_SCATTERED.match(text, p.end) for p in places)


def _own_town(draft: _Draft, drafts: Sequence[_Draft], text: str) -> bool:
    """Whether a draft that sums up various parts of a place also names, in its one clause, a town
    with a toll of its own that no other main incident names ("یوکرین کے مختلف شہروں پر حملہ کیا جس میں
    خارکیف میں 11 افراد ہلاک"): that town is an incident of its own
    (segments.scattered-names-town)."""
    if not on("segments.scattered-names-town") or len(draft.clauses) != 1:
        return False
    clause = draft.clauses[0]
    if clause.killed is None and clause.injured is None:
        return False
    towns = [p for p in draft.places if not p.site and p.level >= 2]
    if text and on("segments.scattered-part-own-event"):
        # "پشاور کے مختلف علاقوں میں ... 5 افراد زخمی": the town summed up is none of its parts
        towns = [p for p in towns if not _SCATTERED.match(text, p.end)]
    others = [q for x in drafts if x is not draft and x.main for q in x.places]
    return bool(towns) and not any(_same_place(p, q) for p in towns for q in others)


def _inside(specific: _Draft, broad: _Draft, reach: Sequence[PlaceRef] | None = None) -> bool:
    """Whether ``specific`` is a main incident at a place within one of ``broad``'s places
    (or of ``reach``, the places of ``broad`` that reach over others: :func:`_reach`)."""
    return specific.main and any(
        p.level >= 2 and (within(p, q) or (q.level == 0 and p.country == q.country))
        for p in specific.places
        for q in map(_as_province, broad.places if reach is None else reach)
    )


#: "X کے (شمالی) صوبے ", "X کے ضلع ", "X کے شہر ": the genitive of a place before a noun for a
#: part of it (a province, district or town), right before that part's name.
_OWNER_OF_PART = lazy_compile(
    rf"\sکے\s(?:(?:{word_alternation('compass_adjective')})\s)?"
    rf"(?:{word_alternation('province_level_noun')}|{word_alternation('district_level_noun')}"
    rf"|{word_alternation('town_level_noun')})\s"
)


def _reach(draft: _Draft, text: str) -> list[PlaceRef]:
    """The places of ``draft`` that hold the incidents told at places inside them: all of them,
    save a country named only in the genitive as the owner of a province, district or town of
    the draft ("افغانستان کے شمالی صوبے قندوز میں"), where the draft has no casualty figure and
    no plural event noun (a toll or "حملوں" may sum up places all over the country): it says
    where that part lies, it does not put the incident all over the country
    (segments.owner-country-no-reach)."""
    if not text or not any(p.level == 0 for p in draft.places) or not on("segments.owner-country-no-reach"):
        return draft.places
    clauses = [*draft.clauses, *draft.shared]
    if any(c.killed is not None or c.injured is not None for c in clauses):
        return draft.places
    if any(_PLURAL_NOUN_HIT.search(h.key) and _EVENT_NOUN.search(h.key) for c in clauses for h in c.triggers):
        return draft.places
    owners = set()
    for q in draft.places:
        if q.level != 0:
            continue
        named = [r for c in clauses for r in c.places if r.level == 0 and r.key == q.key] or [q]
        if all(_owns_part(r, draft, text) for r in named):
            owners.add(q.key)
    return [p for p in draft.places if p.key not in owners] if owners else draft.places


def _owns_part(country: PlaceRef, draft: _Draft, text: str) -> bool:
    """Whether ``country`` stands in the genitive before a noun for a part and the name of a
    place of ``draft`` in that country ("ایران کے صوبے سیستان میں")."""
    m = _OWNER_OF_PART.match(text, country.end)
    return m is not None and any(
        p.level > 0 and p.start == m.end() and p.country == country.country for p in draft.places
    )


def _as_province(place: PlaceRef) -> PlaceRef:
    """``place``, as the province it names where a noun for a province stands before it ("صوبے
    ادلب میں" where the gazetteer knows a city of that name): a lead there covers the towns of
    that province told after it (rule ``segments.province-named-lead``)."""
    if place.province and place.level > 1 and on("segments.province-named-lead"):
        return evolve(place, level=1)
    return place


def _covered(draft: _Draft, drafts: Sequence[_Draft], reach: Sequence[PlaceRef] | None = None) -> bool:
    """Whether a draft with only broad places (country, province) summarises more specific ones
    (inside ``reach``, its places that reach over others, where given: :func:`_reach`)."""
    if any(_as_province(p).level >= 2 for p in draft.places):
        return False
    if any(p.level >= 2 for p in draft.places):
        # at a province named as a city is ("صوبے X"): it sums up an incident told on its day
        return any(
            other is not draft
            and _inside(other, draft, reach)
            and draft.date is not None
            and _same_day(draft.date, other.date)
            for other in drafts
        )
    return any(other is not draft and _inside(other, draft, reach) for other in drafts)


def _conflicts(place: PlaceRef, draft: _Draft, clause: Clause | None, text: str = "") -> bool:
    """Whether ``place`` (read in ``clause``) cannot be where ``draft`` happened too."""
    if any(_same_place(place, q) for q in draft.places):
        return False
    if place.site:
        return _other_site_own_event(place, draft, clause, text)
    if place.country and any(q.country and q.country != place.country for q in draft.places):
        return True
    figures = clause is not None and clause.has_figure
    if figures and place.level >= 1 and _new_figures(clause, draft):  # type: ignore[arg-type]
        return True
    if (
        place.rule in _NEAR_RULES
        and clause
        and not _own_event(clause, draft)
        and on("segments.near-place-joins")
    ):
        return False  # "واقعہ X کے قریب پیش آیا": where the event clause's incident happened
    if _owner_of_described_area(place, text) and not _own_event(clause, draft):
        return False  # "X کے جنگلاتی علاقے میں" told of the same event: X's size is unknown
    related = [q for q in draft.places if _related(place, q)]
    if related and not (
        on("segments.sibling-places")
        and (
            _own_event(clause, draft)
            or own_toll(clause, draft)
            or _protest_held_there(place, clause)
            or _later_event(clause, text)
        )
        and _beside(place, draft)
    ):
        return _area_named_peer(place, related, draft, text)
    if any(q.level == place.level for q in draft.places):
        return True
    if on("places.other-district") and any(_other_district(place, q) for q in draft.places):
        return True
    if place.level == 0:
        return any(q.country and q.country != place.country for q in draft.places)
    return figures and place.level >= 2 and any(q.level >= 2 for q in draft.places)


#: After a place: its genitive, one or two words, a noun for an area ("X کے جنگلاتی علاقے").
_DESCRIBED_AREA_OF = lazy_compile(
    rf"\s(?:کے|کی)\s((?:[^\W\d]+\s){{1,2}})(?:{word_alternation('area_noun')})(?!\w)"
)
_AREA_ADJECTIVES = word_set("area_adjective", folded=False)


def _owner_of_described_area(place: PlaceRef, text: str) -> bool:
    """Whether ``place``, a name the gazetteer does not know, owns an area the words after its
    genitive describe ("X کے جنگلاتی علاقے", "X کے پہاڑی علاقے"; places.owner-of-described-area):
    the noun gave it the level of an area, but X may be a village, a town or a range, so a
    place of the incident at that level says nothing against it
    (segments.described-area-joins)."""
    if place.place is not None or place.site or not text or not on("segments.described-area-joins"):
        return False
    m = _DESCRIBED_AREA_OF.match(text, place.end)
    return m is not None and all(w in _AREA_ADJECTIVES for w in m.group(1).split())


def _other_site_own_event(site: PlaceRef, draft: _Draft, clause: Clause | None, text: str) -> bool:
    """Whether ``clause`` tells at ``site``, a site other than the one ``draft`` happened at, an
    event with a strong event word and figures of its own ("صبح بازار میں بم پھٹنے سے چار افراد جاں بحق ہو
    گئے، جبکہ رات کو X روڈ پر چوکی پر خودکش حملے میں تین اہلکار شہید ہو گئے"): two events in one
    city, not one (segments.other-site-own-event). A site described as lying on or at the
    incident's own site or quarter ("X روڈ پر واقع تھانے" after an incident on X روڈ) is that
    place, not another site."""
    if clause is None or not clause.strong or not on("segments.other-site-own-event"):
        return False
    finest = any(q.site or q.level >= 4 for q in draft.places)  # a site or quarter of its own
    if not (finest and clause.has_figure and (_new_figures(clause, draft) or own_toll(clause, draft))):
        return False
    return not _situated_at_own_place(site, draft, text)


#: Right before a site: the last words of a place and a postposition with "واقع" (situated):
#: "X روڈ پر واقع", "X میں واقع", "X کے قریب واقع".
_SITUATED_AT_BEFORE = lazy_compile(
    rf"((?:[^\W\d]+\s){{1,4}})(?:{word_alternation('situated_postposition')})\s?\Z"
)


def _situated_at_own_place(site: PlaceRef, draft: _Draft, text: str) -> bool:
    """Whether ``site`` is described as lying on or at one of ``draft``'s sites or quarters
    ("X روڈ پر واقع تھانے", "X میں واقع اسکول", "X کے قریب واقع چوکی"): the words before the
    postposition end with that place's whole name, or with two or more of its last words ("Y X
    روڈ" told again as "X روڈ")."""
    if not text:
        return False
    m = _SITUATED_AT_BEFORE.search(text, max(0, site.start - 80), site.start)
    if m is None:
        return False
    words = fold(m.group(1)).split()
    for q in draft.places:
        if not (q.site or q.level >= 4):
            continue
        key = fold(q.key).split()
        for k in range(min(len(words), len(key)), 0, -1):
            if words[-k:] == key[-k:] and (k == len(key) or k >= 2):
                return True
    return False


def _later_event(clause: Clause | None, text: str) -> bool:
    """Whether ``clause`` opens with "later" ("بعد ازاں", "بعد میں") and tells an event with a
    strong event word ("بعد ازاں رات گئے فورسز نے تحصیل X کے دیہات پر گولہ باری کی"): the article
    has moved on in time, so at a district or town beside the incident's it is another event,
    even of a kind the incident already has (segments.later-beside)."""
    if clause is None or not text or not clause.strong:
        return False
    return _LATER_OPENING.match(text, clause.start) is not None and on("segments.later-beside")


def _protest_held_there(place: PlaceRef, clause: Clause | None) -> bool:
    """Whether ``clause`` tells only a protest, with its own protest word after ``place`` ("کراچی
    میں طلبہ نے ریلی نکالی" after "لاہور میں وکلاء نے جلوس نکالا"): protests held in several towns
    are one incident in each town, even when told with words of one kind
    (segments.protest-in-each-town)."""
    if clause is None or not clause.triggers or place.site or place.level < 2:
        return False
    if any(h.value.kind != "protest" for h in clause.triggers):
        return False
    return place.end <= clause.triggers[0].start and on("segments.protest-in-each-town")


def _area_named_peer(place: PlaceRef, related: Sequence[PlaceRef], draft: _Draft, text: str) -> bool:
    """Whether ``place``, a town the gazetteer knows that ``draft``'s places hold only through
    their country (``related``), is named beside a noun for an area, village or quarter ("علاقے
    X", "گاؤں X") while ``draft`` names a town of its level: like a name read after such a noun
    that no gazetteer knows, it is another place of that level, not the incident's
    (segments.area-named-peer)."""
    if not text or place.site or place.level < 2 or any(q.level > 0 for q in related):
        return False
    if not any(q.level == place.level and not q.site for q in draft.places):
        return False
    return _beside_area_noun(place, text) and on("segments.area-named-peer")


def _other_district(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether the gazetteer puts a district and a town in different districts: "ضلع کیچ" is
    not where an event in کوئٹہ happened."""
    district, town = (a, b) if a.level < b.level else (b, a)
    if district.level != 2 or town.level < 3 or town.site:
        return False
    name = getattr(district.place, "name_en", None)
    admin2 = getattr(town.place, "admin2", None)
    return name is not None and admin2 is not None and name != admin2 and not _related(a, b)


def _province_lead(
    drafts: Sequence[_Draft], current: _Draft, places: Sequence[PlaceRef], main: bool
) -> _Draft | None:
    """The draft of a lead placed only at a province (one of several a lead named: "پنجاب اور
    سندھ میں ... 5 افراد جاں بحق") that the gazetteer puts every district or town of ``places``
    in, when the incident just told (``current``) is at another province: "لاہور میں ..." after
    the lead's "سندھ" is more of the lead at "پنجاب", not of the one at "سندھ"
    (segments.other-province)."""
    if not on("segments.other-province"):
        return None
    towns = [p for p in places if not p.site]
    if not towns or any(p.level < 2 for p in towns):
        return None
    # Names the gazetteer does not know ("X کے علاقے Y") lie where the known ones do.
    homes = {getattr(p.place, "admin1", None) for p in towns if p.place is not None}
    if None in homes or len(homes) != 1:
        return None
    home = homes.pop()
    theirs = {_province_name(q) for q in current.places if q.level == 1 and not q.site}
    if not theirs or None in theirs or home in theirs:
        return None
    for d in reversed(drafts[-_LOOKBACK:]):
        if d is current or d.main != main:
            continue
        own = [q for q in d.places if not q.site]
        if own and all(q.level == 1 for q in own) and any(_province_name(q) == home for q in own):
            return d
    return None


def _province_name(place: PlaceRef) -> str | None:
    """The name the gazetteer gives a province as the province of its places."""
    return getattr(place.place, "admin1", None) or getattr(place.place, "name_en", None)


def own_toll(clause: Clause | None, draft: _Draft) -> bool:
    """Whether ``clause`` tells with a strong event word of its own a toll of an outcome that
    ``draft`` has no figure for ("کوئٹہ میں ... دھماکے میں 26 افراد جاں بحق ... مستونگ میں بم
    پھٹنے سے ایک اہلکار زخمی ہو گیا"): an event of its own beside it, even of the same kind
    (segments.sibling-own-toll)."""
    if clause is None or not on("segments.sibling-own-toll") or not clause.strong:
        return False
    for outcome in ("killed", "injured"):
        if getattr(clause, outcome) is not None and all(getattr(c, outcome) is None for c in draft.clauses):
            return True
    return False


def _own_event(clause: Clause | None, draft: _Draft) -> bool:
    """Whether ``clause`` tells an event of its own beside ``draft``'s: other figures, or
    event words of other kinds (not another account of the same event)."""
    if clause is None:
        return False
    if clause.has_figure and _new_figures(clause, draft):
        return True
    mine = {h.value.kind for h in clause.triggers}
    return bool(mine) and not mine & _kinds(draft)


def _beside(place: PlaceRef, draft: _Draft) -> bool:
    """Whether ``place``, a district or town, lies beside one of ``draft``'s districts or
    towns rather than in it: "بنوں میں حملہ ... جبکہ لکی مروت میں دھماکہ" are two places of
    one province, and the province they share does not make them one."""
    if place.level < 2:
        return False
    return any(q.level >= 2 and not q.site and not _related(place, q) for q in draft.places)


def _related(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether one of two places lies in the other, also a town in the district named after
    the town the gazetteer lists at the same level ("ضلع راولپنڈی" and گوجرخان)."""
    if within(a, b) or within(b, a):
        return True
    name_a, name_b = getattr(a.place, "name_en", None), getattr(b.place, "name_en", None)
    return (name_a is not None and name_a == getattr(b.place, "admin2", None)) or (
        name_b is not None and name_b == getattr(a.place, "admin2", None)
    )


def _new_figures(clause: Clause, draft: _Draft) -> bool:
    """Whether ``clause`` gives a figure that differs from one ``draft`` already has: no figure
    of its outcome there is the same figure told again (:func:`_same_figure`)."""
    for outcome in ("killed", "injured"):
        mine = getattr(clause, outcome)
        theirs = [getattr(c, outcome) for c in draft.clauses if getattr(c, outcome) is not None]
        if mine is not None and theirs and not any(_same_figure(mine, f, clause, draft) for f in theirs):
            return True
    return False


def _same_figure(mine: Figure, theirs: Figure, clause: Clause, draft: _Draft) -> bool:
    """Whether ``mine``, read in ``clause``, is ``theirs``, a figure of the same outcome that
    ``draft`` already has, told again (segments.same-figure-retold): the same value or range, of
    the same people, at the same place. Not when ``mine`` adds to it ("مزید", "بھی"), counts
    another group of people (force members and civilians, attackers and their victims: "تین
    پولیس اہلکار" and "تین شہری"), or its clause names a place that none of ``draft``'s places
    is or holds; where ``draft`` has no place yet, a clause at a place retells its figure only
    with words that refer back and give no number of their own (:data:`_RETOLD_FIGURE_RULES`).
    Without the rule, a figure is the one told before only where it was read (the span is part
    of a count's identity)."""
    if mine.count == theirs.count:
        return True
    if not on("segments.same-figure-retold"):
        return False
    if (mine.count.min, mine.count.max) != (theirs.count.min, theirs.count.max) or mine.more:
        return False
    a, b = _people_group(mine.noun), _people_group(theirs.noun)
    if a is not None and b is not None and a != b:
        return False
    if not draft.places:
        # where the incident has no place yet, a clause at a place retells its figure only with
        # a noun that refers back to people already counted, with no number of its own
        return not clause.places or mine.rule in _RETOLD_FIGURE_RULES
    return all(any(_same_place(p, q) or _related(p, q) for q in draft.places) for p in clause.places)


#: Figures read from words that refer back to people already counted, with no number of their
#: own: a noun alone ("نوجوان کو قتل کر دیا": the young man told of) and a collective numeral
#: ("تینوں افراد": all three) (segments.same-figure-retold).
_RETOLD_FIGURE_RULES = frozenset({"counts.one-person", "counts.collective"})


def _people_group(noun: str | None) -> str | None:
    """The group of people a figure's noun names (a force's members, civilians, attackers), or
    ``None`` for a noun that names no group ("افراد", "لوگ") or no noun."""
    if noun is None:
        return None
    if noun in _FORCE_MEMBER_NOUNS:
        return "force"
    if noun in _CIVILIAN_NOUNS:
        return "civilians"
    return "attackers" if _attackers(noun) else None


def _near_same_day(places: Sequence[PlaceRef], date: DateRange, draft: _Draft, clause: Clause) -> bool:
    """Whether a clause whose places are only what the event happened near ("X کے قریب") tells
    the day of ``draft`` again in other words ("بدھ کو" in the lead, "بدھ کی صبح" later) and no
    event of its own: it tells where that incident happened (segments.near-place-joins)."""
    towns = [p for p in places if not p.site]
    return (
        _same_day(date, draft.date)
        and bool(towns)
        and all(p.rule in _NEAR_RULES for p in towns)
        and not _own_event(clause, draft)
        and on("segments.near-place-joins")
    )


def _same_day(date: DateRange, other: DateRange | None) -> bool:
    """Whether ``date`` and ``other`` resolve to the same stretch (start, end and precision),
    however each was worded ("بدھ کو" in the lead, "بدھ کی صبح" later)."""
    return (
        other is not None
        and date.start is not None
        and (date.start, date.end, date.precision) == (other.start, other.end, other.precision)
    )


def _same_day_other_words(date: DateRange, draft: _Draft, clause: Clause) -> bool:
    """Whether ``clause`` tells ``draft``'s day again in other words ("ہفتے کو" in the lead,
    "ہفتے کی دوپہر" later) and no strong event word of a kind ``draft`` lacks (weak words,
    "حملے" or "کارروائی", only name the event): another account of that incident, not a
    second one (segments.same-day-other-words)."""
    if not _same_day(date, draft.date) or not on("segments.same-day-other-words"):
        return False
    theirs = _kinds(draft)
    if all(h.value.kind in theirs or not h.value.strong for h in clause.triggers):
        return True  # a weak word of another kind ("حملے", "کارروائی") only names the event told
    return _own_kind(clause, draft) or _firing_in_clash(clause, draft)


def _firing_in_clash(clause: Clause, draft: _Draft) -> bool:
    """Whether ``clause`` tells only firing and other words of ``draft``'s kinds, and ``draft``
    is a clash: an exchange of fire is made of firing ("... کے درمیان جھڑپ ہوئی", then "...
    نے چوکی پر فائرنگ کی"), so the firing tells the clash again (segments.firing-in-clash)."""
    theirs = _kinds(draft)
    kinds = {h.value.kind for h in clause.triggers}
    return "clash" in theirs and kinds <= theirs | {"shooting"} and on("segments.firing-in-clash")


#: The rules that read a name before "کے قریب" (places.rare-name-near, places.compound-name-near).
_NEAR_RULES = frozenset({"places.rare-name-near", "places.compound-name-near"})


def _day_in_block(date: DateRange, block: DateRange) -> bool:
    """Whether ``date``, one day, falls within ``block``, an incident's stretch of several days
    (a fight going on since a day: "بدھ سے جاری جھڑپوں میں ... جمعہ کو فریقین نے ... فائرنگ کی"):
    the day's news is part of that block, not another incident (segments.day-within-block)."""
    if not on("segments.day-within-block"):
        return False
    if date.precision is not DatePrecision.DAY or block.precision is not DatePrecision.DAY:
        return False
    if date.start is None or date.start != date.end or block.start is None or block.end is None:
        return False
    return block.start < block.end and block.start <= date.start <= block.end


def _borrowed_day_retold(
    draft: _Draft, date: DateRange | None, clause: Clause, places: Sequence[PlaceRef]
) -> bool:
    """Whether ``clause`` tells ``draft`` again on its own day: ``draft``'s day was lent by
    another clause of its sentence (its words lie outside ``draft``'s clauses), and the clause
    names ``draft``'s town, an event of its kind and a toll that agrees with one it has
    ("خارکیف پر پیر کی رات میزائل حملے کیے، جبکہ ... کرسک میں دو شہری ہلاک" ... "کرسک کے
    گورنر نے کہا کہ منگل کی صبح ... ڈرون نے ... دو شہری ہلاک"; segments.borrowed-day-retold)."""
    if date is None or draft.date is None or draft.date.span is None or not clause.has_figure:
        return False
    at = draft.date.span.start
    if any(c.start <= at < c.end for c in draft.clauses) or not on("segments.borrowed-day-retold"):
        return False
    if not any(not p.site and any(p.key == q.key for q in draft.places) for p in places):
        return False
    if not {h.value.kind for h in clause.triggers} & _kinds(draft):
        return False
    agree = False
    for outcome in ("killed", "injured"):
        mine = getattr(clause, outcome)
        theirs = [getattr(c, outcome) for c in draft.clauses if getattr(c, outcome) is not None]
        if mine is not None and theirs:
            if all((f.count.min, f.count.max) != (mine.count.min, mine.count.max) for f in theirs):
                return False
            agree = True
    return agree


def _places_before_event(clause: Clause, places: list[PlaceRef]) -> list[PlaceRef]:
    """The places of a clause turning to another front that say where its event happened:
    those named before its first event word, when there are any ("ادھر ضلع کچھی میں ... دھماکے
    سے ریلوے پل اڑا دیا جس سے سبی سمیت کئی اسٹیشنوں پر ٹرینیں رک گئیں": کچھی, not the towns it
    affected; segments.turn-place-before-event)."""
    if not clause.triggers or not on("segments.turn-place-before-event"):
        return places
    first = min(h.start for h in clause.triggers)
    before = [p for p in places if p.end <= first]
    return before or places


def _find_draft(
    drafts: list[_Draft],
    current: _Draft | None,
    places: list[PlaceRef],
    date: DateRange | None,
    main: bool,
    clause: Clause,
    reading_text: str = "",
    turn: bool = False,
    another: bool = False,
    dateline: PlaceRef | None = None,
) -> _Draft | None:
    def date_ok(d: _Draft) -> bool:
        return (
            date is None
            or d.date is None
            or d.date == date
            or always_same_day(date, d.date)
            or _day_in_block(date, d.date)
            or _near_same_day(places, date, d, clause)
            or _same_day_other_words(date, d, clause)
        )

    if current is not None and _foils(clause, current, reading_text):
        current = None  # "تین مزید ڈرون طیاروں کو مار گرایا گیا": its own incident
    if another:
        return None  # "ایک اور کارروائی میں ...": another event, wherever it was
    if turn:
        # "دوسری جانب X میں ...": another front; it joins only an incident at the very
        # same place and of the same kind.
        kinds = {h.value.kind for h in clause.triggers}
        where = _places_before_event(clause, places)
        for d in reversed(drafts[-_LOOKBACK:]):
            same = any(p.key == q.key for p in where for q in d.places)
            theirs = {h.value.kind for c in d.clauses for h in c.triggers}
            if not d.clauses and d.shared and on("segments.front-tells-lead-share"):
                # "A اور B میں 4 افراد ہلاک ... ادھر B میں ...": the share of B told at last
                theirs = kinds
            if same and d.main == main and date_ok(d) and kinds & theirs:
                if on("segments.turn-other-quarter") and other_quarter(places, d, clause, reading_text):
                    continue  # "اسی روز X کے علاقے Y میں ..." after an event at a site or quarter of X
                return d
        return None
    if current is not None and current.later and not _own_kind(clause, current):
        # "... واقعے کے خلاف احتجاج کیا ... حملہ آوروں نے دوبارہ فائرنگ کی": not the protest's
        current = next((d for d in reversed(drafts) if not d.later), None)
    if places:
        protest = _protest_only(clause)
        for d in reversed(drafts[-_LOOKBACK:]):
            if d.later and not _own_kind(clause, d):
                continue
            if protest and _violent_only(d):
                continue  # "X میں بھی کارکنوں نے مظاہرہ کیا": no more of the clash at X
            if d.main == main and date_ok(d) and any(_same_place(p, q) for p in places for q in d.places):
                if _part_of_scattered(clause, d, places):
                    continue  # "کراچی کے مختلف علاقوں میں ... نیو کراچی میں فائرنگ سے ایک شخص ہلاک"
                if other_quarter(places, d, clause, reading_text):
                    return None  # "کوئٹہ کے علاقے سریاب میں ..." after "کوئٹہ کے علاقے ہزار گنجی میں ..."
                return d
            if d.main == main and _borrowed_day_retold(d, date, clause, places):
                d.date = date  # the retelling's own day, not the one its first sentence lent it
                return d
        if current is None or current.main != main or not date_ok(current):
            return None
        lead = _province_lead(drafts, current, places, main)
        if lead is not None and date_ok(lead):
            return lead  # "پنجاب اور سندھ میں ... لاہور میں ...": the lead at پنجاب
        if protest and _violent_only(current):
            return None
        if _retells_headline(clause, current, places, dateline):
            return current
        if any(_conflicts(p, current, clause, reading_text) for p in places):
            return None
        if current.scattered and on("segments.scattered-places") and any(not p.site for p in places):
            return None  # "غزہ کے مختلف علاقوں پر بمباری ... رفح میں ایک گھر پر حملے میں": one of them
        if _part_of_scattered(clause, current, places):
            return None  # "کراچی کے مختلف علاقوں میں ... X روڈ پر فائرنگ سے دو افراد جاں بحق"
        if _other_site_other_strike(clause, current, places):
            return None  # "... بازار میں بم پھٹنے سے 6 جاں بحق، جبکہ چوکی پر خودکش حملے میں 2 شہید"
        first = _lead_first_retold(drafts, current, clause, places, reading_text)
        return first if first is not None else current
    if current is not None and current.main == main and date_ok(current):
        return current
    return None


def _part_of_scattered(clause: Clause, draft: _Draft, places: Sequence[PlaceRef]) -> bool:
    """Whether ``clause`` tells, with an event word and a figure of its own, an event at a site or
    a quarter of the town that ``draft`` sums up by its various parts ("کراچی کے مختلف علاقوں میں
    فائرنگ کے واقعات میں 5 افراد ہلاک ہو گئے۔ X روڈ پر ... دو افراد جاں بحق", "... Y ٹاؤن میں ایک
    شخص ہلاک"): one of the events the round-up sums up, not more of its lead; a quarter named like
    the town ("نیو کراچی") is no more the town than any other quarter is
    (segments.scattered-part-own-event). The check is that none of the clause's places is one of
    the places the lead sums up (by gazetteer key): it does not ask whether the place lies inside
    that town, so a clause at another town with its own event and figure gives way here too (as
    the earlier check in :func:`_find_draft` already lets any non-site place do)."""
    if not draft.scattered or not clause.triggers or not clause.has_figure or not places:
        return False
    if any(any(p.key == q.key for q in draft.places) for p in places):
        return False  # the very place summed up, named again
    return on("segments.scattered-part-own-event")


def _lead_first_retold(
    drafts: Sequence[_Draft], current: _Draft, clause: Clause, places: Sequence[PlaceRef], text: str
) -> _Draft | None:
    """The lead's first incident, when ``clause`` retells it at its place: the lead told two
    events in one sentence, the second with no place of its own ("X میں ویگن پر حملے میں چھ
    افراد ہلاک ہو گئے، جبکہ ایک دوسرے واقعے میں بارودی سرنگ کے دھماکے سے تین زخمی ہوئے"), and
    the clause names a place and tells, with a word of its own kind, an event of the first one's
    sub-event type and none of the second's: it is the first retold, not the placeless second
    (segments.retold-lead-kind)."""
    if current.places or not current.clauses or not on("segments.retold-lead-kind"):
        return None
    sentence = current.clauses[0].sentence
    if any(c.sentence != sentence for c in current.clauses) or clause.sentence <= sentence:
        return None
    i = next((k for k, d in enumerate(drafts) if d is current), None)
    if not i:
        return None
    first = drafts[i - 1]
    if not first.main or not first.places or not first.clauses:
        return None
    if any(c.sentence != sentence for c in first.clauses):
        return None  # the first one has been retold already
    own = {h.value.sub_event_type for h in clause.triggers if h.value.kind not in _GENERIC}
    theirs = {h.value.sub_event_type for c in first.clauses for h in c.triggers}
    placeless = {h.value.sub_event_type for c in current.clauses for h in c.triggers}
    if not own or not own <= theirs or own & placeless:
        return None
    if any(_conflicts(p, first, clause, text) for p in places if not p.site):
        return None
    return first


def _other_site_other_strike(clause: Clause, draft: _Draft, places: Sequence[PlaceRef]) -> bool:
    """Whether ``clause``, placed only at sites ``draft`` does not hold, tells with a strong event
    word of another sub-event type than all of ``draft``'s strong ones a toll that differs from its
    own ("صدر بازار میں بم پھٹنے سے 6 افراد جاں بحق ہو گئے، جبکہ پولیس چوکی کو خودکش حملے کا
    نشانہ بنایا گیا جس میں دو اہلکار شہید ہو گئے"): another attack at another site of the town
    (segments.other-site-other-strike)."""
    if not clause.strong or not clause.has_figure or not places or not all(p.site for p in places):
        return False
    if any(_same_place(p, q) for p in places for q in draft.places):
        return False
    theirs = {h.value.sub_event_type for c in draft.clauses for h in c.triggers if h.value.strong}
    mine = {h.value.sub_event_type for h in clause.triggers if h.value.strong}
    return (
        bool(theirs)
        and bool(mine)
        and not mine & theirs
        and _new_figures(clause, draft)
        and on("segments.other-site-other-strike")
    )


def _protest_only(clause: Clause) -> bool:
    """Whether ``clause`` reports only a protest ("X میں کارکنوں نے مظاہرہ کیا"): it joins no
    incident of armed violence with no crowd in it at a place they share, for a protest and an
    act of violence are events of two types (segments.protest-apart-from-violence)."""
    return {h.value.kind for h in clause.triggers} == {"protest"} and on(
        "segments.protest-apart-from-violence"
    )


def other_quarter(places: Sequence[PlaceRef], draft: _Draft, clause: Clause, text: str) -> bool:
    """Whether a clause with an event word of its own tells it at another quarter of the town
    where ``draft`` happened: both name the town and, after it, a quarter of it ("X کے علاقے Y")
    that the other does not hold ("کوئٹہ کے علاقے ہزار گنجی میں دھماکہ ... کوئٹہ کے علاقے سریاب
    میں ایک دکاندار کو گولی مار کر قتل کر دیا گیا"), so the town alone does not make them one
    incident (segments.other-quarter)."""
    if not on("segments.other-quarter") or not clause.strong:
        return False
    towns = [p for p in places if not p.site]
    shared = [p for p in towns if any(_same_place(p, q) for q in draft.places)]
    if not shared or any(p.level != _TOWN_LEVEL for p in shared):
        return False
    theirs_shared = [q for q in draft.places if any(_same_place(q, p) for p in shared)]
    mine = _quarters(shared, [p for p in towns if p not in shared], text)
    theirs = _quarters(
        theirs_shared, [q for q in draft.places if not q.site and q not in theirs_shared], text
    )
    if not mine:
        return False
    if not theirs and on("segments.city-quarter-apart"):
        # "کراچی: شہر کے علاقے لیاری میں ..." then "کراچی کے علاقے اورنگی ٹاؤن میں ...": the first
        # quarter named as one of "the city", the town the incident holds
        theirs = [
            q
            for q in draft.places
            if not q.site
            and q not in theirs_shared
            and _CITY_OF_REGION.search(text, max(0, q.start - 40), q.start) is not None
        ]
    if not theirs and _quarter_than_site(draft, clause):
        # "بغداد میں ... شہر کے مرکزی X بازار میں کار بم دھماکے میں 40 ہلاک" then "بغداد کے علاقے Y
        # میں خودکش حملے میں 9 ہلاک": a site of the town, and a quarter with a toll of its own
        theirs = [q for q in draft.places if q.site]
    if not theirs:
        return False
    return not any(_same_place(m, t) or _related(m, t) for m in mine for t in theirs)


#: "the city" and a quarter noun right before a place: "شہر کے علاقے لیاری میں"
#: (segments.city-quarter-apart).
_CITY_OF_REGION = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('city_noun')})\s(?:کے|کی)\s(?:{word_alternation('region_noun')})\s\Z"
)


def _quarter_than_site(draft: _Draft, clause: Clause) -> bool:
    """Whether ``clause``, naming a quarter of the town ``draft`` happened in, tells there figures
    of its own while ``draft`` is placed at a site of that town and no quarter of it: another
    event at another part of the town (segments.quarter-than-site)."""
    if not on("segments.quarter-than-site") or not clause.has_figure:
        return False
    if not any(q.site for q in draft.places):
        return False
    return _new_figures(clause, draft) or own_toll(clause, draft)


#: Between a town and a quarter of it: "کوئٹہ کے علاقے سریاب", "پشاور کے علاقے".
_OF_REGION = lazy_compile(rf"\s(?:کے|کی)\s(?:{word_alternation('region_noun')})\s")


def _quarters(towns: Sequence[PlaceRef], places: Sequence[PlaceRef], text: str) -> list[PlaceRef]:
    """The ``places`` written as a quarter of one of ``towns`` ("کوئٹہ کے علاقے سریاب")."""
    return [
        p
        for p in places
        if any(t.end < p.start and _OF_REGION.fullmatch(text, t.end, p.start) is not None for t in towns)
    ]


#: The level of a city or town in :class:`PlaceRef`.
_TOWN_LEVEL = 3


def _retells_headline(
    clause: Clause, draft: _Draft, places: Sequence[PlaceRef], dateline: PlaceRef | None
) -> bool:
    """Whether ``clause``, in the report's first sentence after its dateline, retells the
    headline's event (``draft``, told before the dateline): the headline names the dateline's
    town, the report a place in it, and their figures agree ("پشاور میں پولیس موبائل پر حملہ،
    دو اہلکار شہید⏎پشاور: متنی میں ... دو پولیس اہلکار شہید ہو گئے")."""
    if dateline is None or not on("segments.headline-retold") or clause.start < dateline.start:
        return False
    if not draft.clauses or any(c.end > dateline.start for c in draft.clauses):
        return False
    if clause.sentence != draft.last_sentence + 1:
        return False  # only the report's first sentence retells the headline
    if not any(_same_place(dateline, q) for q in draft.places):
        return False
    if not all(
        p.site or p.place is None or _same_place(p, dateline) or _related(p, dateline) or _near(p, dateline)
        for p in places
    ):
        return False
    if _headline_toll_updated(clause, draft):
        return True
    for outcome in ("killed", "injured"):
        mine = getattr(clause, outcome)
        theirs = [getattr(c, outcome) for c in draft.clauses if getattr(c, outcome) is not None]
        if mine is not None and theirs:
            bounds = (mine.count.min, mine.count.max)
            if all((f.count.min, f.count.max) != bounds for f in theirs):
                return False
    return True


def _headline_toll_updated(clause: Clause, draft: _Draft) -> bool:
    """Whether the report's first sentence (``clause``) tells the same kind of event as the
    headline (``draft``), whatever its figures: a headline's toll is often an earlier or rounder
    one ("... فائرنگ، 3 اہلکار شہید⏎... فائرنگ کر دی جس سے چار اہلکار شہید ہو گئے"), and the
    report's figures stand (counts.report-over-headline; segments.headline-toll-updated)."""
    if not on("segments.headline-toll-updated"):
        return False
    mine = {h.value.kind for h in clause.triggers}
    return bool(mine & _kinds(draft))


#: How far (km) from a town's centre a place may lie and still be part of it or its outskirts.
_OUTSKIRTS_KM = 30.0


def _near(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether the gazetteer puts two places within :data:`_OUTSKIRTS_KM` of each other
    (a quarter of a city or a town on its outskirts: "گلشن اقبال" and "کراچی")."""
    km = _km(a.place, b.place)
    return km is not None and km <= _OUTSKIRTS_KM


def _km(a: object, b: object) -> float | None:
    """The distance in kilometres between two gazetteer places, or ``None`` if either has no
    coordinates. An equirectangular approximation is exact enough at tens of kilometres."""
    lat_a, lon_a = getattr(a, "latitude", None), getattr(a, "longitude", None)
    lat_b, lon_b = getattr(b, "latitude", None), getattr(b, "longitude", None)
    if lat_a is None or lon_a is None or lat_b is None or lon_b is None:
        return None
    x = math.radians(lon_b - lon_a) * math.cos(math.radians((lat_a + lat_b) / 2))
    y = math.radians(lat_b - lat_a)
    return 6371.0 * math.hypot(x, y)


#: Trigger kinds of a demonstration, of force against one, or of what a crowd may do (damage).
_CROWD_KINDS = kinds_with("crowd")


#: Damage to property only (burning, looting): a crowd may do it, and so may armed attackers.
_DAMAGE_KINDS = kinds_with("damage_only")


def _violent_only(draft: _Draft) -> bool:
    """Whether ``draft`` reports an act of violence with no crowd in it; property burned or
    looted by those who killed, shot or attacked ("گاؤں پر حملہ کر کے تین افراد کو ہلاک کر دیا
    اور کئی مکانات کو نذر آتش کر دیا") is part of their attack, no crowd's
    (segments.damage-in-attack)."""
    theirs = _kinds(draft)
    crowd = theirs & _CROWD_KINDS
    if not theirs or not crowd:
        return bool(theirs)
    return crowd <= _DAMAGE_KINDS and bool(theirs & _HARM_KINDS) and on("segments.damage-in-attack")


#: Right after an event word: "کے بعد" ("تصادم کے بعد"), which names an event before the clause's.
_AFTER_HIT = lazy_compile(rf"\s(?:{word_alternation('after_postposition')})(?!\w)")


def _crowd_after_event(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether a clause of a later sentence names ``current``'s act of violence with "کے بعد" and
    tells only a crowd's deeds besides ("تصادم کے بعد گاؤں میں نوجوانوں نے فورسز پر پتھراؤ کیا"):
    the protest or riot that followed is an event of its own, the event word only names the
    earlier one (segments.crowd-after-event)."""
    if current.last_sentence >= clause.sentence or not _violent_only(current):
        return False
    named = [h for h in clause.triggers if _AFTER_HIT.match(text, h.end)]
    rest = {h.value.kind for h in clause.triggers if h not in named}
    if not named or not rest or not rest <= _CROWD_KINDS:
        return False
    clause.triggers = [h for h in clause.triggers if h not in named]
    return True


#: A crowd's own violence or the forces breaking a crowd up: the kinds of a clause that tells a
#: crowd met by force or rioting (segments.crowd-met-after-violence).
_CROWD_MET = frozenset({"intervention", "riot"})


def _crowd_met_after_violence(clause: Clause, current: _Draft, drafts: Sequence[_Draft]) -> bool:
    """Whether a clause of a later sentence tells only a crowd's deeds and the forces breaking it
    up, one of them at least ("پولیس نے مظاہرین پر آنسو گیس کے گولے داغے", "نوجوانوں نے فورسز
    پر پتھراؤ کیا"), after ``current``'s act of violence with no crowd in it: the crowd is no side
    of the fight or attack told before, and its protest or riot is an event of its own, where
    that act was (segments.crowd-met-after-violence; the caller asks it of a clause with no
    place of its own, which a place would otherwise join to an incident there)."""
    if not on("segments.crowd-met-after-violence"):
        return False
    if current.last_sentence >= clause.sentence or not _violent_only(current):
        return False
    if any(_kinds(d) & _CROWD_KINDS for d in drafts):
        return False  # a crowd told before: the one the forces met may be that one
    kinds = {h.value.kind for h in clause.triggers}
    return bool(kinds & _CROWD_MET) and kinds <= _CROWD_MET | {"protest", "mob"}


#: The kinds of actor that are a crowd, not an armed side.
_CROWD_ACTORS = frozenset({ActorType.PROTESTERS, ActorType.RIOTERS})


def _crowd_clash_beside_fight(clause: Clause, current: _Draft, drafts: Sequence[_Draft]) -> bool:
    """Whether a clause of a later sentence tells only a clash that a crowd is a side of
    ("بعد ازاں مظاہرین اور حفاظتی دستوں کے درمیان جھڑپیں ہوئیں"), after ``current``'s act of
    violence with no crowd in it: the crowd fought the forces, whatever they are called, in a
    riot of its own, not in the armed fight told before (segments.crowd-clash-beside-fight; the
    caller asks it of a clause with no place of its own)."""
    if not on("segments.crowd-clash-beside-fight"):
        return False
    if current.last_sentence >= clause.sentence or not _violent_only(current):
        return False
    if any(_kinds(d) & _CROWD_KINDS for d in drafts):
        return False  # a crowd told before: the clash may be that crowd's
    kinds = {h.value.kind for h in clause.triggers}
    if "clash" not in kinds or not kinds <= {"clash", "protest"}:
        return False
    return any(a.term.actor_type in _CROWD_ACTORS for a in clause.actors)


def _protest_after(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause`` reports only a protest against ``current``'s act of violence, which has
    no crowd in it: people protesting an attack or a killing ("واقعے کے خلاف", "لاش سڑک پر رکھ
    کر") make an event of their own (one incident per place, day and type), even at the same
    place on the same day."""
    kinds = {h.value.kind for h in clause.triggers}
    if not (kinds == {"protest"} or met_by_force(kinds)) or not _violent_only(current):
        return False
    if _AGAINST_EVENT.search(text, clause.start, clause.end) is not None:
        return True
    return protest_after_event(clause, current, text)


#: "واقعے کے بعد", "قتل کے بعد": after the act of violence just told.
_AFTER_EVENT = lazy_compile(rf"(?<!\w)(?:{word_alternation('protested_event')})\s(?:کے\s)?بعد(?!\w)")


def protest_after_event(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether a clause of a later sentence that reports only a protest says it came after the
    act of violence just told ("واقعے کے بعد تاجروں نے دکانیں بند کر کے احتجاج کیا"): a protest
    of its own, as one "against" it is (segments.protest-after-event)."""
    if not on("segments.protest-after-event") or current.last_sentence >= clause.sentence:
        return False
    first = min(h.start for h in clause.triggers)
    return _AFTER_EVENT.search(text, clause.start, first) is not None


def met_by_force(kinds: set[str]) -> bool:
    """Whether a clause's event words are those of a protest and of the forces breaking it up
    ("ہلاکتوں کے خلاف لوگوں نے احتجاج کیا جس پر فورسز نے آنسو گیس کے گولے داغے"): the protest
    met by force is still the clause's one event, not more of the act of violence it is against."""
    return on("segments.protest-met-by-force") and "protest" in kinds and kinds <= {"protest", "intervention"}


def _protest_after_mob(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause``, a sentence after ``current``'s mob violence, reports only a protest
    against it ("مشتعل ہجوم نے ... ہلاک کر دیا۔ واقعے کے خلاف شہریوں نے مظاہرہ کیا"): the
    protesters are not the mob, and their protest is an event of its own."""
    if not on("segments.protest-after-mob") or current.last_sentence >= clause.sentence:
        return False
    theirs = _kinds(current)
    # "قتل کے خلاف احتجاج": the event protested against is named, not told again
    own = [h for h in clause.triggers if not _PROTESTED.match(text, h.end)]
    if {h.value.kind for h in own} != {"protest"} or not theirs & {"mob"}:
        return False
    if theirs & (_CROWD_KINDS - {"mob", "looting"}):
        return False  # a protest or riot told before: the protest may be the same crowd's
    if _AGAINST_EVENT.search(text, clause.start, clause.end) is None:
        return False
    clause.triggers = own
    return True


def _protest_naming_event(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause`` reports only a protest against ``current``'s act of violence, naming that
    act by its event word ("حملے کے خلاف شہریوں نے امن مارچ کیا"): the event word names what is
    protested, so the protest is still an event of its own."""
    if not on("segments.protested-event-named") or not _violent_only(current):
        return False
    own = [h for h in clause.triggers if not _PROTESTED.match(text, h.end)]
    if len(own) == len(clause.triggers) or {h.value.kind for h in own} != {"protest"}:
        return False
    if _AGAINST_EVENT.search(text, clause.start, clause.end) is None:
        return False
    clause.triggers = own
    return True


#: After an event word: it names what a protest is against ("قتل کے خلاف").
_PROTESTED = lazy_compile(r"\s(?:کے\s)?خلاف(?!\w)")


#: What a protest against an act of violence says: "واقعے کے خلاف", "قتل کے خلاف", "لاش رکھ کر".
_AGAINST_EVENT = lazy_compile(
    rf"(?<!\w)(?:(?:{word_alternation('protested_event')})\s(?:کے\s)?خلاف"
    rf"|(?:{word_alternation('protest_body')})\s(?:\w+\s){{0,3}}رکھ)(?!\w)"
)


#: An arrest told as the outcome of an inquiry into the event, or on another day: "دھماکے کے
#: الزام میں", "واقعے میں ملوث", "حملے کے سہولت کار", "اگلے روز".
_LATER_ARREST = lazy_compile(rf"(?<!\w)(?:{word_alternation('later_arrest')})(?!\w)")
#: After an event word: it is what someone is charged with ("دھماکے کے الزام میں", "حملے میں
#: ملوث", "قتل کے شبے میں"), also through a noun of occurrences ("قتل کی متعدد وارداتوں میں ملوث").
_CHARGED = lazy_compile(
    rf"\s(?:(?:کی|کے)\s(?:[^\W\d]+\s){{0,1}}?(?:{word_alternation('occurrence_noun')})\s)?"
    rf"(?:کے\s(?:{word_alternation('charge_noun')})\sمیں|میں\sملوث)(?!\w)"
)
#: Caught at the scene: part of the attack ("موقع پر گرفتار", "جائے وقوعہ سے", "رنگے ہاتھوں").
#: After an event word: who planned or helped it ("دھماکے کے ماسٹر مائنڈ", "حملے کے سہولت کار").
_PLOTTER = lazy_compile(rf"\s(?:کے|کی)\s(?:{word_alternation('plotter_noun')})(?!\w)")
#: The patterns :func:`_live_triggers` matches right after its event words other than those of
#: :data:`_AFTER_NO_EVENT`, as one alternation: it matches after an event word where one of them
#: does, so where it matches after none of a clause's words, none of them drops any.
_AFTER_TAIL = lazy_compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            _KIND_EVENTS,
            _COURT_CASE,
            _COURT_CASE_LISTED,
            _CHARGE_OF_ACCUSED,
            _AGAINST,
            _REFERENCED,
            _CHARGED,
            _PLOTTER,
        )
    )
)
_AT_SCENE = lazy_compile(rf"(?<!\w)(?:{word_alternation('at_scene')})(?!\w)")


def _split_off(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause`` tells another event after ``current``'s act of violence: a protest
    against it, or an arrest of its suspects made later."""
    if on("segments.protest-after-violence") and _protest_after(clause, current, text):
        return True
    if on("segments.crowd-after-event") and _crowd_after_event(clause, current, text):
        return True
    if _protest_after_mob(clause, current, text) or _protest_naming_event(clause, current, text):
        return True
    if on("segments.follow-up-arrest") and _follow_up_arrest(clause, current, text):
        # "حملے کے سہولت کار کو گرفتار کر لیا": the arrest is the event, the attack only named
        clause.triggers = [h for h in clause.triggers if h.value.kind == "arrest"]
        return True
    return False


def _arrest_elsewhere(
    clause: Clause, current: _Draft, places: Sequence[PlaceRef], dateline: PlaceRef | None, text: str
) -> bool:
    """Whether ``clause`` reports only arrests (made in a raid or search operation) at another
    town than ``current``'s act of violence, or than the dateline's when it has no place of its
    own ("قلعہ عبداللہ: ... دھماکہ ... واقعے کے بعد گلستان میں سرچ آپریشن کر کے تین مشتبہ افراد
    کو گرفتار کر لیا"): a later raid, an Arrests incident of its own."""
    if not on("segments.arrest-elsewhere"):
        return False
    strong = {h.value.kind for h in clause.triggers if h.value.strong}
    if "arrest" not in strong or not strong <= {"arrest", "operation"}:
        return False
    if not _kinds(current) - {"arrest", "operation", "defuse"} or _AT_SCENE.search(
        text, clause.start, clause.end
    ):
        return False
    towns = [p for p in places if not p.site]
    theirs = [p for p in current.places if not p.site]
    if not theirs and current.main and dateline is not None:
        theirs = [dateline]
    if not towns or not theirs:
        return False
    if any(_same_place(p, q) or _related(p, q) for p in towns for q in theirs) and not (
        on("segments.arrest-other-quarter") and _other_quarter_of(towns, theirs)
    ):
        return False
    clause.triggers = [h for h in clause.triggers if h.value.kind == "arrest"]
    return True


def _other_quarter_of(towns: Sequence[PlaceRef], theirs: Sequence[PlaceRef]) -> bool:
    """Whether the raid's places hold, after the town they share with the act of violence, a
    quarter of it that the act's places do not ("کابل کے علاقے خیرخانہ میں چھاپہ مار کر ...
    گرفتار کر لیا" after a blast elsewhere in کابل): a raid somewhere else in the town
    (segments.arrest-other-quarter)."""
    shared = [p for p in towns if any(_same_place(p, q) for q in theirs)]
    return bool(shared) and any(
        p.start > shared[0].start and not any(_same_place(p, q) for q in theirs) for p in towns
    )


#: Event kinds that harm people on the spot: a killing, shots, an attack, a blast.
_HARM_KINDS = frozenset({"killing", "shooting", "attack", "explosion"})
#: The abductors: "اغواکاروں".
_ABDUCTOR = lazy_compile(word_class("abductor_noun"))
#: A word that points back to a captive: "مغوی", "یرغمالیوں".
_CAPTIVE = lazy_compile(word_class("captive_noun"))


def _abduction_apart(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause`` tells an abduction after an incident of killing, shots or an attack
    with no abduction in it, or a killing of people it counts after an incident that is only an
    abduction, with no word for the captives ("تین بچوں کو اغوا کر لیا گیا جبکہ دو افراد کو
    قتل کر دیا گیا"): the one is not the other, and ACLED codes them apart; a captive killed ("اغوا
    کے بعد قتل کر دیا", "مغوی کو قتل کر دیا") is told in one clause or named
    (segments.abduction-apart)."""
    if not on("segments.abduction-apart"):
        return False
    kinds, theirs = {h.value.kind for h in clause.triggers}, _kinds(current)
    if "abduction" in theirs:
        if "abduction" in kinds or not theirs <= {"abduction"} or not kinds & _HARM_KINDS:
            return False
        figure = clause.killed
        if figure is None or figure.noun is None or figure.total:
            return False
        if _LATER.search(text, clause.start, clause.end) or _CAPTIVE.search(text, clause.start, clause.end):
            return False  # "بعد میں دونوں کو قتل کر دیا", "مغوی کو قتل کر دیا": the captives
        if _captives_guard(clause, current, text):
            return False  # "ان کی حفاظت پر مامور اہلکار کو قتل کر دیا": the captives' guard
        # "دو تاجروں کو اغوا کر لیا ... دو تاجروں کو قتل": the captives named again
        noun = figure.noun.split()[-1]
        return not any(_same_word(noun, a.key.split()[-1]) for c in current.clauses for a in c.actors)
    # "اغواکاروں کی تحویل سے فرار": the abductors named tell no abduction
    told = any(not _ABDUCTOR.fullmatch(h.key) for h in clause.triggers)
    return kinds == {"abduction"} and told and bool(theirs & _HARM_KINDS)


#: The owner of a guard named by its duty, before "کی": "ان کی حفاظت پر مامور", "مغویوں کی
#: سیکیورٹی پر تعینات" (the captives' guard, segments.abduction-guard).
_GUARD_OWNER = lazy_compile(
    rf"(?:{word_classes('own_possessor_pronoun', 'captive_noun')})\sکی\s"
    rf"(?:{word_alternation('guard_duty')})(?!\w)"
)
_GUARD_OF = lazy_compile(rf"\sکی\s(?:{word_alternation('guard_duty')})(?!\w)")


def _captives_guard(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause``, after an abduction, names the one it kills or wounds as the guard of
    the captives, owned by a pronoun, a word for the captives or the captives named again ("دو
    انجینئروں کو اغوا کر لیا جبکہ ان کی حفاظت پر مامور اہلکار کو قتل کر دیا"): the guard fell
    in the abduction, one incident (segments.abduction-guard)."""
    if not on("segments.abduction-guard"):
        return False
    if _GUARD_OWNER.search(text, clause.start, clause.end):
        return True
    for m in _GUARD_OF.finditer(text, clause.start, clause.end):
        owner = text[clause.start : m.start()].split()
        if owner and any(_same_word(owner[-1], a.key.split()[-1]) for c in current.clauses for a in c.actors):
            return True
    return False


def _own_kind(clause: Clause, draft: _Draft) -> bool:
    """Whether ``clause``'s event words are all of a kind of ``draft``'s event words; a crowd's
    words ("مظاہرین", "آنسو گیس") all belong to a crowd's event."""
    kinds, theirs = {h.value.kind for h in clause.triggers}, _kinds(draft)
    if kinds <= theirs:
        return True
    return on("segments.crowd-continues") and bool(theirs) and (kinds | theirs) <= _CROWD_KINDS


def _follow_up_arrest(clause: Clause, current: _Draft, text: str) -> bool:
    """Whether ``clause`` reports only an arrest of suspects of ``current``'s act of violence
    made after an inquiry or on another day, not at the scene: an Arrests incident of its own."""
    if {h.value.kind for h in clause.triggers if h.value.strong} != {"arrest"}:
        return False  # a weak event word there only names the event ("حملے کے سہولت کار")
    if not _kinds(current) - {"arrest", "operation", "defuse"}:
        return False
    span = (clause.start, clause.end)
    return _LATER_ARREST.search(text, *span) is not None and _AT_SCENE.search(text, *span) is None


def _kinds(draft: _Draft) -> set[str]:
    """The kinds of the event words of ``draft``'s clauses."""
    return set(draft.first_of_kinds())


def _ordinal_event(clause: Clause, text: str) -> bool:
    """Whether ``clause`` opens with an ordinal and one of its event words: "دوسرا دھماکہ ... میں
    ہوا", the next of several events the article counts."""
    m = _ORDINAL.match(text, clause.start)
    if m is not None and any(h.start == m.end() for h in clause.triggers):
        return True
    if not on("segments.genitive-ordinal-event"):
        return False
    # "ڈکیتی کی دوسری واردات قبولہ روڈ پر ہوئی", "طالبان کی جانب سے دوسرا حملہ قندوز میں کیا گیا"
    g = _GENITIVE_ORDINAL.match(text, clause.start, clause.end)
    if g is None:
        return False
    if g["noun"] is not None:
        return bool(clause.triggers) or bool(clause.places)
    return any(h.start == g.end() for h in clause.triggers)


def _turn(clause: Clause, info: SentenceInfo, text: str) -> re.Match[str] | None:
    """The words with which ``clause`` opens its sentence turning to another front or event,
    if it does (its group ``another`` is set for another event)."""
    start = max(info.start, clause.start)
    while start < clause.end and not text[start].isalnum():
        start += 1
    if text[info.start : start].strip(" \t\n\u200c،,-–—") and not _after_comma(text, info.start, start):
        return another_inside(clause, text)
    turn = _TURN.match(text, start, clause.end) or another_inside(clause, text)
    if turn is not None and turn["another"] is None and on("segments.turn-then-another"):
        # "ادھر X میں ایک اور واقعے میں ...": the turn word opens, the words after it tell another event
        turn = another_inside(clause, text, turn.end()) or turn
    if turn is not None and _TIED_TURN.match(turn.group()) and _after_comma(text, info.start, start):
        return None  # "... فائرنگ کی، اسی دوران ...": during the event just told
    # "دوسری جانب پولیس نے بتایا کہ ...": another account of the same event, not another event.
    return turn if turn is not None and _SAYS.search(text, turn.end(), info.end) is None else None


def _after_comma(text: str, lo: int, start: int) -> bool:
    """Whether the clause opening at ``start`` follows a comma of its sentence (which begins at
    ``lo``): news copy often runs its sentences on with commas ("... شہید ہو گئے، اس کے علاوہ
    آبادکاروں نے ... گاڑیاں جلا دیں"), and a turn word there opens a new front as at the start of
    a sentence (segments.turn-after-comma)."""
    before = text[lo:start].rstrip(" \t\n\u200c")
    return before.endswith(("،", ",")) and on("segments.turn-after-comma")


#: "ایک اور واقعے میں" after the words a clause opens with: another event told.
_ANOTHER_INSIDE = lazy_compile(rf"(?P<another>{word_class('another_event')})\sمیں(?!\w)")


def another_inside(clause: Clause, text: str, lo: int | None = None) -> re.Match[str] | None:
    """The words for another event ("ایک اور واقعے میں") that stand after a place or time the
    clause opens with and before its event words ("اسی علاقے میں ایک اور واقعے میں مسلح افراد نے
    ... قتل کر دیا"), if they do: another event, as when they open the sentence
    (segments.another-event-inside). With ``lo``, they are looked for from there on (after the
    turn word the clause opens with)."""
    if not on("segments.another-event-inside") or not clause.triggers:
        return None
    lo = clause.start if lo is None else lo
    first = min(h.start for h in clause.triggers)
    inside = _ANOTHER_INSIDE.search(text, lo, first)
    if inside is None and on("segments.another-named-event"):
        # "اسی روز X میں ایک اور کارروائی میں فورسز نے ...": the event word is part of the words
        m = _ANOTHER_INSIDE.search(text, lo, clause.end)
        inside = m if m is not None and m.start() < first < m.end() else None
    return inside


def _foils(clause: Clause, draft: _Draft, text: str) -> bool:
    """Whether ``clause`` reports weapons stopped ("مار گرایا", "ناکارہ بنا دیا") after an
    attack that got through: a separate incident, unless they were part of it ("ان میں سے")."""
    if _stopped(clause.triggers) is None or _PART_OF.search(text, clause.start, clause.end):
        return False
    return any(h.value.kind != "defuse" for c in draft.clauses for h in c.triggers)


def _stopped(triggers: Sequence[Hit[TriggerTerm]]) -> Hit[TriggerTerm] | None:
    """The "stopped" trigger of a clause that reports weapons stopped: the other triggers
    all come before it and name what was stopped ("ڈرونز کو ... مار گرایا")."""
    first = next((h for h in triggers if h.value.kind == "defuse"), None)
    if first is None or any(h.value.kind != "defuse" and h.start > first.start for h in triggers):
        return None
    return first


def _not_abroad(
    places: list[PlaceRef], draft: _Draft, dateline: PlaceRef | None, clause: Clause, text: str
) -> list[PlaceRef]:
    """The places of a detail clause but those in another country than the dateline's and the
    incident's, unless the clause names the event ("اقوام متحدہ نے نیویارک میں اجلاس طلب کر لیا"
    tells of a meeting abroad, not where the bombing was)."""
    home = {dateline.country} if dateline is not None and dateline.country else set()
    home |= {q.country for q in draft.places if q.country}
    if not home or not on("places.detail-abroad") or _EVENT_NOUN.search(text, clause.start, clause.end):
        return places
    return [p for p in places if p.country is None or p.country in home]


def _add_detail_places(draft: _Draft, places: Sequence[PlaceRef]) -> None:
    """Add the more specific places of a detail clause that cannot be elsewhere."""
    if not places or any(_conflicts(p, draft, None) for p in places):
        return
    top = max((q.level for q in draft.places), default=-1)
    _add_places(draft, [p for p in places if p.level > top or p.level >= 2])


def _add_places(draft: _Draft, places: Iterable[PlaceRef]) -> None:
    for p in places:
        if len(draft.places) >= _MAX_PLACES:
            return
        if not any(_same_place(p, q) for q in draft.places):
            draft.places.append(p)


# --- finishing an incident -------------------------------------------------------


#: The family of each trigger kind that has one: a later trigger of the same family refines it.
_FAMILY = kind_families()
#: Trigger kinds of an act whose type the actors or the fighting decide.
_FIRED = kinds_with("typed_by_actors")
#: Trigger kinds that a later, more specific trigger may refine.
_GENERIC = kinds_with("generic")
#: What follows an attack (a search operation, arrests) does not retype it.
_FOLLOW_UP = kinds_with("follow_up")
#: Damage to property, which does not retype an act that killed or injured people.
_DAMAGE_ONLY = kinds_with("damage_only")


def _best_trigger(clauses: Sequence[Clause], text: str | None = None) -> Hit[TriggerTerm]:
    """The anchor clause's strongest trigger (a word that reports an event on its own before
    one that only names it: "لاپتہ افراد کے لواحقین نے احتجاجی کیمپ لگایا" is a protest), refined
    by later ones of the same family;
    in "ڈرونز کو مار گرایا" the weapons were stopped. With ``text``, a protest its own sentence
    calls peaceful is not refined by a crowd's violence told in another sentence
    (types.peaceful-protest-kept)."""
    strong_first = on("types.strong-over-weak")
    best = _stopped(clauses[0].triggers) or max(
        clauses[0].triggers, key=lambda h: (strong_first and h.value.strong, h.value.priority)
    )
    family = _FAMILY.get(best.value.kind)
    # "گاؤں پر حملہ کر کے تین افراد کو ہلاک کر دیا۔ ... مکانات کو بھی آگ لگا دی": the harm to people
    # types the incident, the damage done beside it does not
    harmed = on("types.harm-over-damage") and any(c.has_figure for c in clauses)
    for clause in clauses[1:]:
        for h in clause.triggers:
            if text is not None and _peaceful_kept(best, h, text):
                continue
            if h.value.priority > best.value.priority and (
                (
                    best.value.kind in _GENERIC
                    and h.value.kind not in _FOLLOW_UP
                    and not (harmed and h.value.kind in _DAMAGE_ONLY)
                )
                or _FAMILY.get(h.value.kind, "") == family
            ):
                best = h
    return best


#: The kinds of a crowd's own violence or damage (no protest, no force breaking it up).
_CROWD_VIOLENCE = frozenset(("riot", "mob", "looting"))
#: Words that say a protest went off peacefully: "پرامن طور پر", "پرامن رہا".
_PEACEFUL = lazy_compile(rf"(?<!\w)(?:{word_alternation('peaceful_word')})(?!\w)")


def _peaceful_kept(best: Hit[TriggerTerm], later: Hit[TriggerTerm], text: str) -> bool:
    """Whether ``best`` is a protest word whose sentence calls the protest peaceful ("جلوس ...
    پرامن طور پر ختم ہو گیا") and ``later`` a crowd's violence word of another sentence: the
    protest stays peaceful, whatever violence is told elsewhere (types.peaceful-protest-kept)."""
    if best.value.kind != "protest" or later.value.kind not in _CROWD_VIOLENCE:
        return False
    if not on("types.peaceful-protest-kept"):
        return False
    start = text.rfind("۔", 0, best.start) + 1
    end = text.find("۔", best.end)
    end = len(text) if end < 0 else end
    if start <= later.start < end:
        return False
    return _PEACEFUL.search(text, start, end) is not None


#: Right after an event word, a casualty participle that makes it name how someone died or was
#: hurt: "فائرنگ سے " before "جاں بحق ہونے والے طالب علم", "دھماکے میں زخمی ہونے والی".
_VICTIM_PARTICIPLE = lazy_compile(
    rf"\s(?:(?:سے|میں)\s)?(?:{word_alternation('harm_word')})\s(?:ہونے|ہوئے)\s"
    rf"(?:{word_alternation('relative_participle')}|والوں)(?!\w)"
)


def _protest_over_victims(
    clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str
) -> Hit[TriggerTerm] | None:
    """The protest word of an incident whose best word only names how the people it is about
    died or were hurt ("پولیس کی فائرنگ سے جاں بحق ہونے والے طالب علم کے ورثا نے احتجاج کیا"): the
    protest types the incident, not the earlier violence named in the participle
    (types.protest-over-victims); ``None`` otherwise."""
    if not on("types.protest-over-victims") or _VICTIM_PARTICIPLE.match(text, best.end) is None:
        return None
    if not any(h.value.kind == "protest" and h.start > best.end for c in clauses for h in c.triggers):
        return None
    # the incident read without the participle's event word, the protest first
    rest = [evolve(c, triggers=[h for h in c.triggers if h.start > best.end]) for c in clauses]
    rest = [c for c in rest if c.triggers]
    return _best_trigger(rest) if rest else None


def _harm_beside_interception(clauses: Sequence[Clause], best: Hit[TriggerTerm]) -> Hit[TriggerTerm] | None:
    """The strike word of a clause that tells people killed or injured by it, in an incident
    whose best word tells weapons stopped ("... 45 ڈرون مار گرائے گئے۔ ڈرون حملے میں اوڈیسا میں
    دو شہری ہلاک"): weapons stopped harm nobody, the strike that got through did, and it types
    the incident (types.harm-beside-interception); ``None`` otherwise."""
    if best.value.kind != "defuse" or not on("types.harm-beside-interception"):
        return None
    for c in clauses:
        harmed = [f for f in (c.killed, c.injured) if f is not None and f.count.max != 0]
        strikes = [h for h in c.triggers if h.value.kind in _REMOTE_KINDS]
        if harmed and strikes and not any(h.value.kind == "defuse" for h in c.triggers):
            return max(strikes, key=lambda h: h.value.priority)
    return None


#: Kinds of a strike whose weapons are fired from afar (missiles, rockets, shells, aircraft).
_LAUNCH_KINDS = kinds_with("weapon")
#: Between a strike word and a word of weapons stopped: a relative pronoun about the weapons
#: ("راکٹ داغے گئے جنہیں دفاعی نظام نے ناکارہ بنا دیا"), and no sentence end.
_WEAPONS_RELATIVE = lazy_compile(rf"(?<!\w)(?:{word_alternation('weapons_relative')})(?!\w)")
#: How far a word of weapons stopped may stand after the strike word it answers.
_STOPPED_REACH = 80


def _fired_then_stopped(
    clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str
) -> Hit[TriggerTerm] | None:
    """The strike word of a sentence that fires weapons in its main clause and tells, in a
    relative clause about them, that they were stopped ("پانچ راکٹ داغے گئے جنہیں دفاعی نظام نے
    ناکارہ بنا دیا"): the sentence tells the firing, so the strike types the incident
    (types.fired-then-stopped); ``None`` otherwise."""
    if best.value.kind != "defuse" or not on("types.fired-then-stopped"):
        return None
    for c in clauses:
        for h in c.triggers:
            if h.value.kind not in _LAUNCH_KINDS or not 0 <= best.start - h.end <= _STOPPED_REACH:
                continue
            gap = text[h.end : best.start]
            if "۔" not in gap and _WEAPONS_RELATIVE.search(gap) is not None:
                return h
    return None


#: After a bomb or mine word, that it was found before it went off: "بم کا بروقت پتہ لگا کر",
#: "بارودی سرنگ کا سراغ لگا لیا".
_FOUND_AFTER = lazy_compile(
    rf"\s(?:کا|کو)\s(?:[^\W\d]+\s){{0,2}}?(?:{word_alternation('device_found_verb')})(?!\w)"
)


def _found_device(clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str) -> bool:
    """Whether the explosive device that types the incident was found before it went off ("نصب
    بم کا پتہ لگا کر اسے ناکارہ بنا دیا", "... تباہ کر دیا") and nobody was killed or hurt: the
    bomb was disrupted, not exploded (types.device-found)."""
    if not on("types.device-found") or best.value.kind != "explosion":
        return False
    if any(f is not None and f.count.max != 0 for c in clauses for f in (c.killed, c.injured)):
        return False
    return any(
        _FOUND_AFTER.match(text, h.end) is not None
        for c in clauses
        for h in c.triggers
        if h.value.kind == "explosion"
    )


def _arrest_operation(clauses: Sequence[Clause], best: Hit[TriggerTerm]) -> Hit[TriggerTerm] | None:
    """The arrest trigger of an operation that only arrested people ("سی ٹی ڈی نے کارروائی کرتے
    ہوئے تین مبینہ دہشت گردوں کو گرفتار کر لیا"): no fighting, no one killed or injured."""
    if best.value.kind != "operation" or any(c.has_figure for c in clauses):
        return None
    triggers = [h for c in clauses for h in c.triggers]
    if any(h.value.kind not in ("operation", "arrest") for h in triggers):
        return None
    return next((h for h in triggers if h.value.kind == "arrest"), None)


def _killed_captive(clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str) -> Hit[TriggerTerm] | None:
    """The killing of an abduction whose captive was killed ("اغوا کرنے کے بعد قتل کر دیا"):
    an attack, not an abduction. A killing or shots told in a clause of their own that names no
    captive ("... مسافروں کو اغوا کر لیا۔ واردات کے دوران ایک ڈرائیور کو گولی مار کر ہلاک کر دیا گیا"),
    with no more than one killed in the incident, befell others during the abduction, which stays
    one (triggers.harm-during-abduction); several killed make it an attack."""
    if best.value.kind != "abduction":
        return None
    # several killed make the killing an attack of its own weight, whoever the dead were
    apart = on("triggers.harm-during-abduction") and all(
        c.killed is None or (c.killed.count.min or 0) < 2 for c in clauses
    )
    for c in clauses:
        for h in c.triggers:
            if h.value.kind not in ("killing", "shooting"):
                continue
            if not apart or c.start <= best.start < c.end or _CAPTIVE.search(text, c.start, c.end):
                return h
    return None


def _fought_back(kinds: set[str]) -> bool:
    """Whether an incident's event words include return fire or an exchange of fire ("جوابی
    فائرنگ", "فائرنگ کا تبادلہ") beside shots or an attack: both sides fought, a clash
    ("دہشت گردوں نے فائرنگ کر دی ... جوابی فائرنگ میں ایک دہشت گرد مارا گیا")."""
    return "clash" in kinds and on("types.fought-back")


#: "احتجاجی طلبہ", "احتجاج کرنے والے کسانوں": the people after these words were protesting.
_PROTESTING = lazy_compile(rf"(?<!\w)(?:{word_alternation('protesting')})\s$")


def _protesting(clauses: Sequence[Clause], text: str) -> bool:
    """Whether a clause names people, not the state's forces, right after words that say they
    were protesting ("احتجاجی طلبہ پر فائرنگ")."""
    return any(
        a.term.actor_type is not _STATE and _PROTESTING.search(text, max(0, a.start - 40), a.start)
        for c in clauses
        for a in c.actors
    )


#: "مظاہرین": nouns for people at a protest (activists, "کارکن", are not at one by the word).
_PROTESTER_NOUN = lazy_compile(word_class("protester_noun"))


def _at_protest(clauses: Sequence[Clause], targets: Sequence[Participant]) -> bool:
    """Whether the incident's targets include protesters at a protest: named by a noun for
    people protesting ("مظاہرین"), or protesters (activists too) in an incident with a protest
    word."""
    protest = any(h.value.kind == "protest" for c in clauses for h in c.triggers)
    return any(
        t.type is ActorType.PROTESTERS and (protest or _PROTESTER_NOUN.search(fold(t.name)) is not None)
        for t in targets
    )


#: "احتجاج کرنے والوں پر", "مظاہرہ کرنے والوں کو": words for people protesting that head their
#: own noun phrase, followed by the postposition of whom an act struck.
_PROTESTERS_STRUCK = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('protesting')})\s+(?:{word_alternation('struck_postposition')})(?!\w)"
)


def _protesters_struck(clauses: Sequence[Clause], text: str) -> bool:
    """Whether a clause names people protesting as those an act struck, with no noun after the
    participle ("احتجاج کرنے والوں پر فائرنگ")."""
    return any(_PROTESTERS_STRUCK.search(text, c.start, c.end) for c in clauses)


#: Explosive weapons that can be one of the means of a fight ("دستی بموں اور خودکار ہتھیاروں سے").
_FIGHT_WEAPONS = frozenset((_S.GRENADE, _S.SHELLING_ARTILLERY_MISSILE))
#: The sub-event types of explosions and remote violence.
_EXPLOSIVE_EVENT = frozenset(
    sub for sub, event in SUB_EVENT_TYPES.items() if event.value == "Explosions/Remote violence"
)
#: Trigger kinds of an assault by people on the spot: an attack or shots.
_ASSAULT = frozenset(("attack", "shooting"))
#: "راکٹ بھی فائر کیے": an additive particle right after a weapon's words (within a few words).
_ADDITIVE_AFTER = lazy_compile(rf"^(?:\s+\S+){{0,3}}?\s+(?:{word_alternation('additive')})(?!\w)")


def _fight_or_demonstration(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> tuple[SubEventType, str] | None:
    """The type of an assault on the state's forces that was a fight although it used explosives
    (:func:`_explosives_in_fight`), or of a rioting crowd that was protesting
    (:func:`_protesting_crowd`); ``None`` when neither holds."""
    row = kind_row(best.value.kind)
    if on("types.explosives-in-fight") and _explosives_in_fight(clauses, actors, best, text):
        return _S.ARMED_CLASH, "types.explosives-in-fight"
    if (
        row.by_protesters is not None
        and on("types.protesting-crowd")
        and any(a.type is ActorType.RIOTERS for a in actors if a.role is Role.PERPETRATOR)
        and _protesting(clauses, text)
    ):
        # "احتجاج کرنے والے مشتعل افراد نے دفتر میں توڑ پھوڑ کی": a demonstration turned violent
        return row.by_protesters, "types.protesting-crowd"
    if (
        row.crowd
        and row.by_protesters is not None
        and on("types.protest-turned-violent")
        and _protest_turned_violent(clauses, actors, best, text)
    ):
        # "طلبہ نے احتجاج کیا اور گاڑیوں میں توڑ پھوڑ کی": the protest turned violent
        return row.by_protesters, "types.protest-turned-violent"
    return None


#: A word that names a demonstration ("مظاہرے", "احتجاج"), as a riot word may ("پرتشدد مظاہرہ").
_DEMONSTRATION_WORD = lazy_compile(word_class("demonstration_word"))


def _riot_without_demonstration(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm]
) -> bool:
    """Whether a riot word that names no demonstration ("پتھراؤ", "ہنگامہ آرائی") is told with
    no protest word, no protesters and no state force in the incident: ACLED's mob violence, a
    crowd's violence outside a demonstration (types.riot-without-demonstration)."""
    if best.value.kind != "riot" or best.value.sub_event_type is not _S.VIOLENT_DEMONSTRATION:
        return False
    if not on("types.riot-without-demonstration") or _DEMONSTRATION_WORD.search(best.key):
        return False
    if any(h.value.kind == "protest" for c in clauses for h in c.triggers):
        return False
    return not any(a.type is _STATE or a.type is ActorType.PROTESTERS for a in actors)


#: The event kinds of a clash between rival supporters: the clash, and the shots or stones it is
#: told with ("تصادم ... فائرنگ سے ایک شخص ہلاک", "آمنے سامنے آ گئے، پتھراؤ").
_RIVAL_KINDS = frozenset({"clash", "shooting", "riot"})


#: "انتخابی ریلی", "استقبالیہ ریلی": a party's campaign or welcome rally, named by the word before it
#: (word classes `celebration_word` and `campaign_word`).
_CAMPAIGN_RALLY = lazy_compile(rf"(?<!\w)(?:{word_classes('celebration_word', 'campaign_word')})\s$")
#: A rally and its forms ("ریلی", "ریلیاں"), as a protest word starts (word class `rally_noun`).
_RALLY_NOUN = lazy_compile(rf"(?:{word_alternation('rally_noun', 'start')})")


def _campaign_rally(hit: Hit[TriggerTerm], text: str) -> bool:
    """Whether a protest word (``hit``) is a rally ("ریلی") that an adjective right before it
    names a party's campaign or welcome rally ("انتخابی ریلی کے دوران"): no protest, so a clash of
    rival workers as it passes stays a crowd's violence (types.campaign-rally-no-protest)."""
    if not on("types.campaign-rally-no-protest") or _RALLY_NOUN.match(text, hit.start) is None:
        return False
    return _CAMPAIGN_RALLY.search(text, max(0, hit.start - 24), hit.start) is not None


def _rival_supporters_clash(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> bool:
    """Whether a clash (a clash word in the incident; ``best`` the clash, its shots or its stones)
    was fought between the workers or supporters of two parties
    ("پولنگ اسٹیشن کے باہر دو جماعتوں کے کارکنوں میں تصادم", two parties named as its sides), with no
    demonstration or protest word in the incident and no state force among its doers:
    ACLED's mob violence, a crowd's violence outside a demonstration, not a violent demonstration
    (types.rival-supporters-clash). Sides the clause calls armed fight an armed clash
    (types.armed-workers-clash)."""
    if best.value.kind not in _RIVAL_KINDS or not on("types.rival-supporters-clash"):
        return False
    if not any(h.value.kind == "clash" for c in clauses for h in c.triggers):
        return False
    perps = [a for a in actors if a.role is Role.PERPETRATOR]
    if any(p.type is _STATE for p in perps) or _armed_sides_fire(clauses, best, perps, text):
        return False
    if any(h.value.kind == "protest" and not _campaign_rally(h, text) for c in clauses for h in c.triggers):
        return False
    if any(_DEMONSTRATION_WORD.search(text, c.start, c.end) for c in clauses):
        return False
    parties = {fold(a.name) for a in actors if a.type is ActorType.PROTESTERS}
    return len(parties) >= 2


#: Both sides of a fight behind the shots of their clause: "دونوں جانب سے", "فریقین نے", "ایک دوسرے
#: پر" (not after a genitive: "کنٹرول لائن کے دونوں جانب سے" is from both sides of a place), or
#: unnamed groups, counted, "دو خاندانوں میں", "دو قبائل کے مابین" (word classes `genitive`,
#: `among_postposition`).
_BOTH_SIDES_NOT_AFTER = "".join(rf"(?<!{re.escape(w)} )" for w in word_list("genitive"))
_BOTH_SIDES_FIRED = lazy_compile(
    rf"(?<!\w)(?:{_BOTH_SIDES_NOT_AFTER}(?:{word_alternation('both_sides_marker')})"
    rf"|(?:دو|\d+) (?:{word_alternation('feuding_side_noun')}) "
    rf"(?:(?:{word_alternation('among_postposition')})"
    rf"|(?:{word_alternation('genitive')}) (?:{word_alternation('between_postposition')})))(?!\w)"
)
#: Shots and firearms: the arms a side's fire is told with.
_GUNFIRE_AFTER_SIDES = lazy_compile(rf"(?<!\w)(?:{word_alternation('gunfire_word', 'start')})")


def _both_sides_fired(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> bool:
    """Whether shots, an attack or a killing read as an attack (``best``) are told in an incident
    one of whose clauses puts both sides of a fight behind shots or arms ("زمین کے تنازعے پر دونوں
    جانب سے اندھا دھند فائرنگ", "فریقین نے ایک دوسرے پر فائرنگ کی", "دو خاندانوں میں فائرنگ سے"), with
    no party workers or protesters among its doers: a feud in which both sides fired, an armed
    clash (types.both-sides-fired). Party workers who fire are a crowd's violence
    (types.rival-supporters-clash); one side firing on the other ("مخالفین نے فائرنگ کر کے دو
    بھائیوں کو قتل کر دیا") stays an attack."""
    if best.value.sub_event_type is not _S.ATTACK or best.value.kind not in _FIRED:
        return False
    if not on("types.both-sides-fired"):
        return False
    if any(a.type is ActorType.PROTESTERS for a in actors if a.role is Role.PERPETRATOR):
        return False
    for c in clauses:
        # each clause to the end of its sentence: a relative clause after it ("جہاں دونوں طرف
        # سے خودکار اسلحہ استعمال ہوا") names no event of its own
        stop = text.find("۔", c.start)
        end = max(c.end, len(text) if stop < 0 else stop)
        for m in _BOTH_SIDES_FIRED.finditer(text, c.start, end):
            if _GUNFIRE_AFTER_SIDES.search(text, m.end(), end) is not None:
                return True
    return False


def _protest_turned_violent(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> bool:
    """Whether a crowd's violence or damage (``best``) follows a protest word of the same
    incident or is done by people the text says were protesting, by others than the state's
    forces or an armed group: the protesters turned violent (militants burning shops on a strike
    day are no demonstrators)."""
    if best.value.kind == "protest" or any(
        a.type is _STATE or a.type in _ARMED for a in actors if a.role is Role.PERPETRATOR
    ):
        return False
    if any(h.value.kind == "protest" and h.start < best.start for c in clauses for h in c.triggers):
        return True
    # "احتجاج کرنے والے مشتعل شہریوں نے دفتر میں توڑ پھوڑ کی": done by people said to be protesting
    return any(
        _PROTESTING_NEAR.search(text, max(0, a.start - 60), a.start)
        for c in clauses
        for a in c.actors
        if a.term.actor_type is not _STATE
    )


#: "احتجاج کرنے والے مشتعل شہریوں": words that say people were protesting, with at most one word
#: (an adjective) between them and the people.
_PROTESTING_NEAR = lazy_compile(rf"(?<!\w)(?:{word_alternation('protesting')})(?:\s\S+)?\s$")


def _explosives_in_fight(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> bool:
    """Whether an assault ("حملہ", shots) by others than the state on the state's forces used
    grenades, rockets or mortars as one means of a fight: the forces fought back ("جوابی فائرنگ"),
    or the weapons are told as an addition to the assault ("حملہ کر کے ... شہید کر دیا۔ ... راکٹ بھی
    فائر کیے")."""
    if best.value.sub_event_type not in _EXPLOSIVE_EVENT and not kind_row(best.value.kind).weapon_types:
        return False
    perps = [a for a in actors if a.role is Role.PERPETRATOR]
    # "اہلکاروں نے بھرپور مزاحمت کی": forces that fought back beside others who attacked them
    # are the other side of the fight (types.defenders-fought-back), not the assault's doers.
    defended = on("types.defenders-fought-back")
    if not perps or (all if defended else any)(p.type is _STATE for p in perps):
        return False
    if not any(a.type is _STATE for a in actors if a.role is Role.TARGET):
        return False
    triggers = [h for c in clauses for h in c.triggers]
    if not any(h.value.kind in _ASSAULT for h in triggers):
        return False
    explosive: list[Hit[Any]] = [h for h in triggers if h.value.sub_event_type in _EXPLOSIVE_EVENT]
    explosive += [w for c in clauses for w in c.weapons if w.value.sub_event_type in _EXPLOSIVE_EVENT]
    if not explosive or any(h.value.sub_event_type not in _FIGHT_WEAPONS for h in explosive):
        return False
    if "clash" in {h.value.kind for h in triggers}:
        return True
    return any(_ADDITIVE_AFTER.match(text[h.end : h.end + 40]) for h in explosive)


#: The first letters of a firearm's or its bullets' name, as a weapon word of a clause begins:
#: "خودکار ہتھیاروں", "کلاشنکوف", "رائفلیں", "گولیاں".
_FIREARM_WEAPON = lazy_compile(rf"(?:{word_alternation('firearm_word', 'start')})")


def _grenades_with_firearms(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> SubEventType | None:
    """The type of an assault that would be a grenade attack but names firearms among its weapons
    too ("دستی بموں اور خودکار ہتھیاروں سے حملہ کیا", "فائرنگ کی ... کلاشنکوف اور دستی بم"): the grenades
    were one means of an armed assault, which its targets type: an armed clash when the state's
    forces or an armed group were struck or the sides fought, an attack on anyone else
    (types.grenades-with-firearms). ``None`` when the incident is no grenade attack or names no firearm."""
    if not on("types.grenades-with-firearms"):
        return None
    weapons = [w for c in clauses for w in c.weapons]
    row = kind_row(best.value.kind)
    grenade = best.value.sub_event_type is _S.GRENADE or (
        row.weapon_types
        and [w.value.sub_event_type for w in weapons if w.value.sub_event_type in _EXPLOSIVE_EVENT][:1]
        == [_S.GRENADE]
    )
    if not grenade:
        return None
    if not any(_FIREARM_WEAPON.match(text, w.start, w.end) for w in weapons):
        return None
    kinds = {h.value.kind for c in clauses for h in c.triggers}
    targets = [a for a in actors if a.role is Role.TARGET]
    if "clash" in kinds or any(t.type is _STATE or t.type in _ARMED for t in targets):
        return _S.ARMED_CLASH
    return _S.ATTACK


#: The attackers of the event told: "حملہ آور", "حملہ آوروں".
_ASSAILANT_NOUN = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('assailant_noun')})(?!\w)"))
#: Attacks whose attackers the state's forces may fight down: on people, or a suicide assault.
_SIEGED = frozenset((_S.ATTACK, _S.SUICIDE_BOMB))


def _attackers_fought_down(
    clauses: Sequence[Clause],
    actors: Sequence[Participant],
    best: Hit[TriggerTerm],
    sub: SubEventType,
    text: str,
) -> bool:
    """Whether an attack by others than the state (typed ``sub``: an attack on people or a suicide
    assault; ``best`` its event word) has another clause of its own in which the state's forces
    and the attackers are named with a killed figure (the forces, acting, maybe in another
    clause of its sentence) ("سکیورٹی فورسز نے کئی گھنٹے کی کارروائی کے بعد تینوں حملہ آوروں کو ہلاک کر
    دیا", "فورسز اور حملہ آوروں کے درمیان مقابلہ جاری رہا جس کے بعد چاروں حملہ آور مارے گئے"):
    the forces fought the attackers down, which makes the incident an armed clash, as return
    fire does (types.fought-back). A suicide bomber named as the attacker ("خودکش حملہ آور") is
    the blast's, not a fighter's."""
    if sub not in _SIEGED or (sub is _S.SUICIDE_BOMB and on("types.suicide-blast-over-siege")):
        # "بارود سے بھری گاڑی چوکی سے ٹکرا دی ... فورسز نے حملہ آوروں کو ہلاک کر دیا": the suicide
        # blast is the assault's main act, whoever then fought (types.suicide-blast-over-siege)
        return False
    if not any(a.role is Role.PERPETRATOR and a.type is not _STATE for a in actors):
        return False
    forces_in = {
        c.sentence
        for c in clauses
        if any(a.term.actor_type is _STATE and a.role == "perpetrator" for a in c.actors)
    }
    for clause in clauses:
        if (
            clause.killed is None
            or clause.start <= best.start < clause.end
            or clause.sentence not in forces_in
        ):
            continue
        spans = [(h.start, h.end) for h in clause.triggers]
        for m in _ASSAILANT_NOUN.finditer(text, clause.start, clause.end):
            if not any(s <= m.start() < e for s, e in spans):
                return True
    return False


def _deadly_intervention(clauses: Sequence[Clause], sub: SubEventType) -> bool:
    """Whether a protest the forces intervened in (typed ``sub``: tear gas, baton charges, arrests)
    has a clause of its own that gives a killed figure of one or more after the force used
    ("لاٹھی چارج سے ایک کارکن جاں بحق ہو گیا"): force that killed is excessive force, whatever its
    weapon."""
    if sub is not _S.PROTEST_WITH_INTERVENTION:
        return False
    starts = [h.start for c in clauses for h in c.triggers if h.value.kind == "intervention"]
    if not starts:
        return False
    # the dead told before the force used ("جاں بحق ہونے والے کی لاش رکھ کر احتجاج") are why they protested
    return any(
        c.killed is not None and (c.killed.count.min or 0) > 0 and c.killed.start > min(starts)
        for c in clauses
    )


#: "طیاروں نے", "ڈرون سے": an aircraft or drone as the agent or the instrument of a strike.
_LAUNCHER_AFTER = lazy_compile(rf"\s*(?:{word_alternation('launcher_postposition')})(?!\w)")


def _launched_by_summed_strikes(draft: _Draft, best: Hit[TriggerTerm]) -> bool:
    """Whether missiles, rockets or shells fired in an incident (``best``) are among strikes
    that a lead clause sums up, for several incidents, as air or drone strikes ("دو ڈرون
    حملوں میں نو افراد ہلاک ... پہلا حملہ ... دو میزائل داغے گئے"), while the incident's own
    clauses name no aircraft: the lead names the launcher (types.launcher-in-summary)."""
    if best.value.sub_event_type is not _S.SHELLING_ARTILLERY_MISSILE or not on("types.launcher-in-summary"):
        return False
    if any(h.value.sub_event_type is _S.AIR_DRONE_STRIKE for c in draft.clauses for h in c.triggers):
        return False
    return any(
        c.several and any(h.value.sub_event_type is _S.AIR_DRONE_STRIKE for h in c.triggers)
        for c in draft.shared
    )


def _fired_from_aircraft(clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str) -> bool:
    """Whether missiles, rockets, shells or bombs thrown (``best``) were fired or dropped by
    aircraft or drones that the incident names as their agent or instrument ("طیاروں نے ...
    میزائل داغے", "ڈرون سے راکٹ", "کواڈ کاپٹر سے دستی بم پھینکا")."""
    if best.value.sub_event_type not in (_S.SHELLING_ARTILLERY_MISSILE, _S.GRENADE):
        return False
    return any(
        w.value.sub_event_type is _S.AIR_DRONE_STRIKE and _LAUNCHER_AFTER.match(text, w.end)
        for c in clauses
        for w in c.weapons
    )


#: Trigger kinds of a crowd's own violence: rioting, burning and wrecking property.
_CROWD_VIOLENCE_KINDS = frozenset({"riot", "looting"})


#: "بھی" right after a crowd's violent act ("پولیس پر پتھراؤ بھی کیا"): a detail told besides
#: the forces breaking up the protest (types.also-stoned-at-intervention).
_ALSO_RIGHT_AFTER = lazy_compile(rf"\s(?:{word_alternation('additive')})(?!\w)")


def _violent_crowd_dispersed(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> bool:
    """Whether the police broke up (``best``, "لاٹھی چارج", "آنسو گیس"; not shots at a crowd)
    a crowd of protesters that itself rioted or wrecked property in the same incident
    ("مظاہرین نے دفتر میں توڑ پھوڑ کی، پولیس نے لاٹھی چارج کیا"): ACLED codes a demonstration
    whose demonstrators turned violent as a violent demonstration, whatever force met it
    (types.violent-crowd-dispersed)."""
    if best.value.sub_event_type is not _S.PROTEST_WITH_INTERVENTION:
        return False
    if not on("types.violent-crowd-dispersed"):
        return False
    also = on("types.also-stoned-at-intervention")
    if not any(
        h.value.kind in _CROWD_VIOLENCE_KINDS and not (also and _ALSO_RIGHT_AFTER.match(text, h.end))
        for c in clauses
        for h in c.triggers
    ):
        return False
    crowd = (ActorType.PROTESTERS, ActorType.RIOTERS)
    if any(a.type in crowd for a in actors if a.role is Role.PERPETRATOR):
        return True
    # "احتجاج کرنے والے طلبہ نے ... توڑ پھوڑ کی": people said to be protesting
    return any(h.value.kind == "protest" for c in clauses for h in c.triggers) or any(
        _PROTESTING_NEAR.search(text, max(0, a.start - 60), a.start)
        for c in clauses
        for a in c.actors
        if a.term.actor_type is not _STATE
    )


#: The sub-event types of weapons that are no small arms: what they fire is no mere shooting.
_HEAVY_WEAPON_TYPES = frozenset({_S.SHELLING_ARTILLERY_MISSILE, _S.AIR_DRONE_STRIKE})


def _missiles_before_drones(clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str) -> bool:
    """Whether an air or drone word (``best``, "ڈرونز") is the second of a pair whose first is
    missiles, rockets or shells, joined by "اور" ("میزائلوں اور ڈرونز سے حملہ کیا"): the strike
    named by its missiles first is a missile attack (types.missiles-and-drones)."""
    if best.value.sub_event_type is not _S.AIR_DRONE_STRIKE or not on("types.missiles-and-drones"):
        return False
    clause = next((c for c in clauses if c.start <= best.start < c.end), None)
    if clause is None:
        return False
    hits: list[Hit[TriggerTerm] | Hit[WeaponTerm]] = [*clause.triggers, *clause.weapons]
    return any(
        h.value.sub_event_type is _S.SHELLING_ARTILLERY_MISSILE
        and _AND_BETWEEN.fullmatch(text, h.end, best.start)
        for h in hits
    )


#: Only "اور" between two coordinated words.
_AND_BETWEEN = lazy_compile(r"\sاور\s")


#: A retaliation told as an act, with no word of its own for how it was fought: "جوابی کارروائی".
_RETALIATION_ACT = lazy_compile(rf"(?:{word_alternation('retaliation_act')})")


def _retaliation_by_remote_weapon(
    clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str
) -> SubEventType | None:
    """The type of the rockets, missiles, shells, drones or aircraft with which a retaliation
    (``best``, "جوابی کارروائی") was carried out, where those are all the weapons its clauses name
    and no other word of fighting is told ("جوابی کارروائی میں فوجی اڈے کو راکٹوں سے نشانہ بنایا"):
    a strike of that kind, not an armed clash (types.retaliation-by-remote-weapon); ``None``
    otherwise."""
    if (
        not on("types.retaliation-by-remote-weapon")
        or _RETALIATION_ACT.fullmatch(text, best.start, best.end) is None
    ):
        return None
    others = [
        h
        for c in clauses
        for h in c.triggers
        if h.value.kind == "clash" and _RETALIATION_ACT.fullmatch(text, h.start, h.end) is None
    ]
    weapons = [w for c in clauses for w in c.weapons]
    if others or not weapons or any(w.value.sub_event_type not in _HEAVY_WEAPON_TYPES for w in weapons):
        return None
    return weapons[0].value.sub_event_type


def _fired_with_heavy_weapon(
    clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str
) -> SubEventType | None:
    """The type of the weapon that a shooting word (``best``) names as its instrument right
    before it, where that weapon is artillery, a rocket or an aircraft ("توپ خانے سے فائرنگ",
    "راکٹوں سے فائرنگ کی گئی", "ہیلی کاپٹر سے فائرنگ"): the firing was shelling or an air strike,
    not shots (types.fired-with-heavy-weapon); ``None`` otherwise."""
    if best.value.kind != "shooting" or not on("types.fired-with-heavy-weapon"):
        return None
    for c in clauses:
        for w in c.weapons:
            sub = w.value.sub_event_type
            if sub not in _HEAVY_WEAPON_TYPES or w.end >= best.start:
                continue
            if _INSTRUMENT_BEFORE.fullmatch(text, w.end, best.start):
                return sub
    return None


#: Sticks, stones, blades and fists: the weapons of a brawl.
_MELEE = lazy_compile(word_class("melee_weapon"))
#: Shots, firearms and explosives.
_GUNFIRE = lazy_compile(word_class("gunfire_word"))


def _brawl(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> bool:
    """Whether a clash (``best``) was a brawl between two groups of people named as its sides:
    its clauses name sticks, stones or blades and no shots, firearms or explosives, and no state
    force or armed group takes part ("دو برادریوں میں لاٹھیوں اور کلہاڑیوں سے لڑائی"). ACLED codes
    such a fight as mob violence, not an armed clash (types.brawl-without-arms)."""
    if best.value.kind != "clash" or not on("types.brawl-without-arms"):
        return False
    if any(a.type is _STATE or a.type in _ARMED for a in actors):
        return False
    melee = sides = False
    for c in clauses:
        # the whole sentence: "دو خاندانوں میں لڑائی، کلہاڑیوں کے وار سے ..." tells the weapons after a comma
        start = _sentence_start(text, c.start)
        end = text.find("۔", c.end)
        end = len(text) if end < 0 else end
        if _GUNFIRE.search(text, start, end):
            return False
        melee = melee or any(_SCUFFLE.fullmatch(h.key) for h in c.triggers)
        melee = melee or _MELEE.search(text, start, end) is not None
        sides = sides or any(
            h.value.kind == "clash" and _SIDES_NAMED.search(text, c.start, h.start) for h in c.triggers
        )
    return melee and sides


#: Ordinary people as the subject of a verb: "اہل علاقہ نے", "لوگوں نے", "مکینوں نے".
_CROWD_SUBJECT = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('crowd_of_people')})\s{word_alternation('ergative')}(?!\w)"
)
#: Ordinary people as the genitive doers of a verbal noun: "دیہاتیوں کا", "اہل علاقہ کی".
_CROWD_OWNER = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('crowd_of_people')})\s(?:{word_alternation('genitive')})(?!\w)"
)
#: A beating: "تشدد", "مار پیٹ".
_BEATING = lazy_compile(word_class("beating_word"))


def _crowd_beating(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm], text: str
) -> bool:
    """Whether an attack or a killing (``best``) was a beating by ordinary people named as its
    doers ("اہل علاقہ نے ایک مبینہ ڈاکو کو پکڑ کر تشدد کا نشانہ بنایا", "لوگوں نے ... تشدد کر کے
    ہلاک کر دیا"), with no state force or armed group in it: a crowd's violence, which ACLED
    codes as mob violence (types.crowd-beating)."""
    if best.value.kind not in ("attack", "killing") or not on("types.crowd-beating"):
        return False
    if any(a.role is Role.PERPETRATOR and (a.type is _STATE or a.type in _ARMED) for a in actors):
        return False
    for c in clauses:
        if c.start > best.start or best.start >= c.end:
            continue
        start = _sentence_start(text, c.start)
        if _GUNFIRE.search(text, start, c.end):
            return False
        # the doers are the last agent before the event word ("لوگوں نے بتایا کہ نامعلوم افراد
        # نے ...": the people only speak)
        subjects = list(_CROWD_SUBJECT.finditer(text, start, best.start))
        if not subjects and on("types.crowd-beating-genitive"):
            # "مشتعل دیہاتیوں کا مبینہ چوروں پر تشدد": the headline's genitive doers of the beating
            subjects = list(_CROWD_OWNER.finditer(text, c.start, best.start))
        if not subjects or _ERGATIVE.search(text, subjects[-1].end(), best.start):
            continue
        if _BEATING.search(text, subjects[-1].end(), c.end):
            return True
    return False


#: Words for a quarrel or a scuffle ("جھگڑا", "ہاتھا پائی"): a fight only between sides named as groups.
_QUARREL = lazy_compile(word_class("quarrel_noun"))
#: Words for a scuffle with bare hands ("ہاتھا پائی"): a brawl even with no weapon named.
_SCUFFLE = lazy_compile(word_class("scuffle_noun"))


#: Two groups of people named as the sides of a fight told after them in the clause:
#: "دو گروپوں کے درمیان لاٹھیوں اور کلہاڑیوں سے لڑائی".
_SIDES_NAMED = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('feuding_group')})\s(?:کے\s(?:{word_alternation('between_postposition')})|میں)(?!\w)"
)


#: A verb of ramming or storming in: "ٹکرا دی", "ٹکرائی", "گھسا دی", "اندر گھس گئے".
_RAMMING_VERB = lazy_compile(rf"(?<!\w)(?:{word_alternation('ramming_verb', 'start')})")


def _laden_key(key: str) -> bool:
    """Whether the event word ``key`` names a vehicle packed with explosives, of the lexicon's
    words or of any kind (triggers.laden-any-vehicle)."""
    return LADEN_ANY_VEHICLE.fullmatch(key) is not None  # "بارود سے بھری گاڑی" too


def _laden_vehicle_alone(clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str) -> bool:
    """Whether an incident whose event word (``best``) is a vehicle packed with explosives
    ("بارود سے بھری گاڑی کے ذریعے دھماکہ کیا گیا") names no suicide attacker, vest or blast of its
    own, no driver ramming the vehicle into its target ("چوکی سے ٹکرا دی") and no attackers storming
    in after it ("اندر گھس گئے"): a car bomb set off, a remote explosive, not a suicide bombing
    (types.laden-vehicle-not-suicide)."""
    if best.value.sub_event_type is not _S.SUICIDE_BOMB or not _laden_key(best.key):
        return False
    if not on("types.laden-vehicle-not-suicide"):
        return False
    for c in clauses:
        if any(h.value.sub_event_type is _S.SUICIDE_BOMB and not _laden_key(h.key) for h in c.triggers):
            return False
        if any(w.value.sub_event_type is _S.SUICIDE_BOMB for w in c.weapons):
            return False
        if _RAMMING_VERB.search(text, c.start, c.end) is not None:
            return False
    return True


#: The loanword for shelling that the news also uses for tear gas fired at a crowd ("شیلنگ").
_CROWD_SHELLING = word_set("crowd_shelling_word")
#: The police, who fire no artillery: "پولیس", "پولیس اہلکاروں" (the first word of an actor's name).
_POLICE_WORDS = word_set("police_noun")


def _tear_gas_shelling(
    clauses: Sequence[Clause], actors: Sequence[Participant], best: Hit[TriggerTerm]
) -> bool:
    """Whether the incident's event word is the loanword "شیلنگ" (``best``) and the police are among
    its doers, or the people it names are protesters and no one but the state's forces are its
    doers ("پولیس نے مظاہرین پر شیلنگ کی", "دھرنے پر پولیس کی شیلنگ", "فورسز کی جانب سے مظاہرین پر
    شدید شیلنگ"): tear gas fired at a crowd, an intervention in a protest, not shelling
    (types.shelling-at-crowd)."""
    if fold(best.key) not in _CROWD_SHELLING or not on("types.shelling-at-crowd"):
        return False
    perps = [a for a in actors if a.role is Role.PERPETRATOR]
    if any(fold(a.name).split(" ")[0] in _POLICE_WORDS for a in perps):
        return True
    if any(p.type is not _STATE for p in perps):
        return False
    crowd = any(a.type is ActorType.PROTESTERS for a in actors)
    return crowd or any(h.value.kind in _CROWD_KINDS for c in clauses for h in c.triggers)


def _sub_event_type(
    clauses: Sequence[Clause],
    actors: Sequence[Participant],
    best: Hit[TriggerTerm],
    text: str,
    nt: NormalizedText | None = None,
) -> tuple[SubEventType, str | None]:
    """The sub-event type of an incident whose best trigger (:func:`_best_trigger`) is ``best``,
    and the id of the switchable rule that set it (``None`` for the lexicon's or the actors' own
    reading)."""
    if _brawl(clauses, actors, best, text):
        return _S.MOB_VIOLENCE, "types.brawl-without-arms"
    if _crowd_beating(clauses, actors, best, text):
        return _S.MOB_VIOLENCE, "types.crowd-beating"
    if _violent_crowd_dispersed(clauses, actors, best, text):
        return _S.VIOLENT_DEMONSTRATION, "types.violent-crowd-dispersed"
    if _tear_gas_shelling(clauses, actors, best):
        # "پولیس نے دھرنے کے شرکا پر شیلنگ کی": the police's shelling at a crowd is tear gas; force
        # that killed, told after it, is excessive (as types.deadly-intervention)
        killed = any(
            c.killed is not None and (c.killed.count.min or 0) > 0 and c.killed.start > best.start
            for c in clauses
        )
        return (_S.EXCESSIVE_FORCE if killed else _S.PROTEST_WITH_INTERVENTION), "types.shelling-at-crowd"
    if _laden_vehicle_alone(clauses, best, text):
        # "پہلا دھماکہ بارود سے بھری گاڑی کے ذریعے کیا گیا": no bomber, no ramming, a car bomb
        return _S.REMOTE_EXPLOSIVE, "types.laden-vehicle-not-suicide"
    early = _fight_or_demonstration(clauses, actors, best, text)
    if early is not None:
        return early
    armed = _grenades_with_firearms(clauses, actors, best, text)
    if armed is not None:
        # "دستی بموں اور خودکار ہتھیاروں سے حملہ کیا": the grenades were one means of an armed assault
        return armed, "types.grenades-with-firearms"
    if _rival_supporters_clash(clauses, actors, best, text):
        # "پولنگ اسٹیشن کے باہر دو جماعتوں کے کارکنوں میں تصادم": rival supporters, no demonstration
        return _S.MOB_VIOLENCE, "types.rival-supporters-clash"
    if _both_sides_fired(clauses, actors, best, text):
        # "زمین کے تنازعے پر دونوں جانب سے اندھا دھند فائرنگ": both sides of a feud fired
        return _S.ARMED_CLASH, "types.both-sides-fired"
    if _riot_without_demonstration(clauses, actors, best):
        # "جلوس پر پتھراؤ کے بعد دونوں برادریوں کے افراد آمنے سامنے آ گئے": no demonstration, a mob
        return _S.MOB_VIOLENCE, "types.riot-without-demonstration"
    if on("types.fired-from-aircraft") and _fired_from_aircraft(clauses, best, text):
        # "اسرائیلی طیاروں نے ... میزائل داغے": missiles an aircraft fired are an air strike
        return _S.AIR_DRONE_STRIKE, "types.fired-from-aircraft"
    if _missiles_before_drones(clauses, best, text):
        # "میزائلوں اور ڈرونز سے حملہ کیا": the missiles named first lead the strike
        return _S.SHELLING_ARTILLERY_MISSILE, "types.missiles-and-drones"
    retaliation = _retaliation_by_remote_weapon(clauses, best, text)
    if retaliation is not None:
        # "جوابی کارروائی میں فوجی اڈے کو راکٹوں سے نشانہ بنایا": rockets fired in answer
        return retaliation, "types.retaliation-by-remote-weapon"
    heavy = _fired_with_heavy_weapon(clauses, best, text)
    if heavy is not None:
        # "سرحد پار سے توپ خانے سے فائرنگ": the guns fired were artillery
        return heavy, "types.fired-with-heavy-weapon"
    if _forces_fire_on_crowd(actors, best):
        # "جلوس پر تعینات اہلکاروں نے گولیاں چلائیں ... مشتعل ہجوم نے چوکی پر حملہ کیا تھا": the forces fired
        return _S.EXCESSIVE_FORCE, "types.forces-fire-on-crowd"
    sub = _typed(clauses, actors, best, text, nt)
    if sub is not best.value.sub_event_type:
        return sub, None
    row = kind_row(best.value.kind)
    perps = [a for a in actors if a.role is Role.PERPETRATOR]
    targets = [a for a in actors if a.role is Role.TARGET]
    state_acts = any(p.type is _STATE for p in perps)
    if row.on_protesters is not None and state_acts:
        # The forces acting on protesters: "احتجاج کرنے والے طلبہ پر پولیس نے فائرنگ کر دی" (people
        # said to be protesting), "احتجاج کرنے والوں پر ... فائرنگ کی" (the protesters themselves
        # struck), "پولیس نے متعدد مظاہرین کو حراست میں لے لیا" (protesters named at a protest).
        tests: tuple[tuple[str, Callable[[], bool]], ...] = (
            ("types.force-on-protesting", lambda: _protesting(clauses, text)),
            ("types.protesters-struck", lambda: _protesters_struck(clauses, text)),
            ("types.force-on-protesters-named", lambda: _at_protest(clauses, targets)),
        )
        for rule, found in tests:
            if on(rule) and found():
                return row.on_protesters, rule
    if (
        row.state_on_armed is not None
        and on("types.forces-on-armed")
        and state_acts
        and any(t.type in _ARMED or t.type is _STATE for t in targets)
        and not any(t.type is ActorType.CIVILIANS for t in targets)
    ):
        # "سیکیورٹی فورسز نے کارروائی کرتے ہوئے چار دہشت گرد ہلاک کر دیے": a clash
        return row.state_on_armed, "types.forces-on-armed"
    if (
        row.state_on_armed is not None
        and on("types.armed-on-armed")
        and any(p.type in _ARMED for p in perps)
        and any(t.type in _ARMED for t in targets)
        and not any(t.type is ActorType.CIVILIANS for t in targets)
    ):
        # "مزاحمتی محاذ کے جنگجوؤں نے طالبان کی ایک چوکی پر حملہ کیا": armed groups fight each other
        return row.state_on_armed, "types.armed-on-armed"
    if row.state_on_armed is not None and _operation_on_militants(clauses, perps, targets):
        # "کارروائی کے دوران چار عسکریت پسند ہلاک کر دیے گئے": a clash
        return row.state_on_armed, "types.operation-on-militants"
    return sub, None


def _forces_fire_on_crowd(actors: Sequence[Participant], best: Hit[TriggerTerm]) -> bool:
    """Whether shots or a killing (``best``) have the state's forces among their doers beside a
    rioting crowd ("مشتعل ہجوم"), with no protesters named as doers: the forces fired on the crowd,
    force used against protesters, not the crowd's own mob violence (types.forces-fire-on-crowd)."""
    row = kind_row(best.value.kind)
    if best.value.kind not in _FIRED or row.by_rioters is None or row.on_protesters is None:
        return False
    if not on("types.forces-fire-on-crowd"):
        return False
    perps = {a.type for a in actors if a.role is Role.PERPETRATOR}
    return ActorType.RIOTERS in perps and _STATE in perps and ActorType.PROTESTERS not in perps


def _counted_nationals(
    actors: list[Participant], refs: Sequence[ActorRef], nt: NormalizedText
) -> list[Participant]:
    """The actors that type an incident, with those named by a nationality or a state's name
    alone and counted ("2 اسرائیلی ہلاک", "تین افغان زخمی") read as people of that nation, civilians,
    not the state's forces: a force is named by its own word ("اسرائیلی فوجی")
    (types.counted-nationals-are-people)."""
    if not on("types.counted-nationals-are-people"):
        return actors
    text = nt.text
    counted = {
        nt.span(r.start, r.end).start
        for r in refs
        if r.term.actor_type is _STATE
        and not r.term.security
        and _COUNT_BEFORE.search(text, max(0, r.start - 12), r.start)
    }
    if not counted:
        return actors
    return [
        evolve(a, type=ActorType.CIVILIANS)
        if a.type is _STATE and a.role is Role.TARGET and a.span is not None and a.span.start in counted
        else a
        for a in actors
    ]


def _blast_then_gunmen(clauses: Sequence[Clause], best: Hit[TriggerTerm], text: str) -> bool:
    """Whether a blast word with no device named (``best``, "دھماکا ہوا": no bomb, mine or
    suicide word in the incident) is told with attackers ("حملہ آوروں") who fired shots or
    carried firearms ("فائرنگ", "اسالٹ رائفل"): an assault by gunmen that began with a blast,
    not a remote explosive (types.blast-then-gunmen)."""
    if best.value.kind != "explosion" or best.value.sub_event_type is not _S.REMOTE_EXPLOSIVE:
        return False
    weapons = [w for c in clauses for w in c.weapons]
    if any(w.value.sub_event_type is not None for w in weapons):
        return False  # "بم", "بارودی سرنگ", "دستی بم": a device named types the blast
    if not any(_ASSAILANT_NOUN.search(text, c.start, c.end) for c in clauses):
        return False
    return bool(weapons) or any(h.value.kind == "shooting" for c in clauses for h in c.triggers)


#: The devices of a blast set off where it went off: a bomb, mine, suicide vest or grenade.
_DEVICE_TYPES = frozenset((_S.REMOTE_EXPLOSIVE, _S.SUICIDE_BOMB, _S.GRENADE))


#: A blast told by the bare noun, no device named: "دھماکا", "دھماکے".
_BLAST_NOUN = lazy_compile(word_class("blast_noun"))


def _device_named(draft: _Draft) -> bool:
    """Whether the incident names the device of a blast set off where it went off: a bomb,
    mine, suicide vest or grenade, as a weapon or in an event word other than a bare blast."""
    clauses = (*draft.clauses, *draft.shared)
    return any(w.value.sub_event_type in _DEVICE_TYPES for c in clauses for w in c.weapons) or any(
        h.value.sub_event_type in _DEVICE_TYPES and not _BLAST_NOUN.fullmatch(h.key)
        for c in clauses
        for h in c.triggers
    )


def _bare_blast(draft: _Draft, best: Hit[TriggerTerm], incident: Incident) -> bool:
    """Whether an incident typed a remote explosive has a bare blast noun ("دھماکا", "دھماکے")
    as its event word and names no device: told in a report of air strikes or shelling, it is
    one more of them (types.bare-blast-in-strikes)."""
    if incident.sub_event_type is not _S.REMOTE_EXPLOSIVE or not on("types.bare-blast-in-strikes"):
        return False
    return _BLAST_NOUN.fullmatch(best.key) is not None and not _device_named(draft)


def _blast_of_strike(draft: _Draft, best: Hit[TriggerTerm], sub: SubEventType) -> SubEventType | None:
    """The type of the aircraft, drone, missile, rocket or shell that an incident names where
    its event is a blast with no device named ("دھماکے سنے گئے", "زوردار دھماکا ہوا"): the blast is
    the strike's, not a planted bomb's (types.blast-of-strike). An aircraft or drone outranks
    the missiles it fires; ``None`` where the incident names a bomb, mine, suicide vest or
    grenade, or no launcher or projectile."""
    if sub is not _S.REMOTE_EXPLOSIVE or best.value.kind != "explosion" or not on("types.blast-of-strike"):
        return None
    if _device_named(draft):
        return None
    clauses = (*draft.clauses, *draft.shared)
    subs = {w.value.sub_event_type for c in clauses for w in c.weapons}
    subs |= {h.value.sub_event_type for c in clauses for h in c.triggers}
    return next((remote for remote in _REMOTE if remote in subs), None)


def _operation_on_militants(
    clauses: Sequence[Clause], perps: Sequence[Participant], targets: Sequence[Participant]
) -> bool:
    """Whether militants, and only they, are killed or hurt in an operation told with no doer
    named ("خفیہ اطلاع پر کی گئی کارروائی کے دوران پانچ شدت پسند مارے گئے"): an operation is a
    state force's, so the killing is a clash, not violence against civilians
    (``types.operation-on-militants``)."""
    if perps or not targets or not on("types.operation-on-militants"):
        return False
    if not all(t.type in _ARMED for t in targets):
        return False
    return any(h.value.kind == "operation" for c in clauses for h in c.triggers)


#: The adjective that calls a crowd's members armed, before their noun ("مسلح کارکنوں").
_ARMED_ADJECTIVE = rf"(?<!\w)(?:{word_alternation('armed_adjective')})\s"


def _armed_sides_fire(
    clauses: Sequence[Clause], best: Hit[TriggerTerm], perps: Sequence[Participant], text: str
) -> bool:
    """Whether a clash (``best``) is fought by party workers or supporters whom its clause calls
    armed right before their noun ("دو سیاسی جماعتوں کے مسلح کارکنوں کے درمیان اچانک فائرنگ کا تبادلہ"):
    armed sides that fight are in an armed clash, not a violent demonstration
    (types.armed-workers-clash)."""
    if best.value.kind != "clash" or not on("types.armed-workers-clash"):
        return False
    clause = next((c for c in clauses if c.start <= best.start < c.end), None)
    if clause is None:
        return False
    for p in perps:
        if p.type is ActorType.PROTESTERS and p.name:
            head = re.compile(_ARMED_ADJECTIVE + re.escape(fold(p.name).split()[0]) + r"(?!\w)")
            if head.search(text, clause.start, clause.end) is not None:
                return True
    return False


def _gunmen_no_crowd(best: Hit[TriggerTerm], perps: Sequence[Participant], kinds: set[str]) -> bool:
    """Whether shots or an attack (``best``) were made by armed men (unknown gunmen, an armed
    group) in an incident with no word of a protest or of a crowd's act ("امیدوار کے ڈیرے پر نامعلوم
    مسلح افراد کی فائرنگ", a party only accused of backing them): armed men are no crowd, so the
    party named beside them makes no demonstration (types.gunmen-no-demonstration)."""
    if best.value.kind not in _FIRED or kinds & (_CROWD_KINDS | {"clash"}):
        return False
    return on("types.gunmen-no-demonstration") and any(p.type in _ARMED for p in perps)


def _protest_named(
    clauses: Sequence[Clause],
    perps: Sequence[Participant],
    kinds: set[str],
    text: str,
    nt: NormalizedText | None = None,
) -> bool:
    """Whether the incident's protesters protest: a crowd's event word, a word for a
    demonstration, or a noun for people protesting ("مظاہرین"), not party workers or activists
    ("کارکن") alone, who may be shot or hurt anywhere (types.workers-no-protest)."""
    if not on("types.workers-no-protest") or kinds & (_CROWD_KINDS | {"clash"}):
        return True  # a crowd's act, or a clash, whose sides the workers are
    for p in perps:
        if p.type is not ActorType.PROTESTERS:
            continue
        if _WORKER_NOUN.search(fold(p.name)) is None:
            return True  # a party named as the doer: "ایم کیو ایم"
        if p.span is not None:
            # the actor's span points into the original text: its end in ``text`` is read through ``nt``
            end = p.span.end if nt is None else nt.from_original(p.span.start, p.span.end)[1]
            if _DOER_AFTER.match(text, end):
                return True  # "کارکنوں نے پتھراؤ کیا", "کارکنوں کے درمیان تصادم": they acted
    return any(_DEMONSTRATION_WORD.search(text, c.start, c.end) for c in clauses)


#: Party workers or activists: "کارکن", "کارکنوں".
_WORKER_NOUN = lazy_compile(rf"(?<!\w)(?:{word_alternation('party_worker_noun')})(?!\w)")
#: Right after an actor: the mark of the doer or of a side ("کارکنوں نے", "کارکنوں کی فائرنگ",
#: "کارکنوں کے درمیان", "کارکنوں اور پولیس میں").
_DOER_AFTER = lazy_compile(rf"\s(?:{word_alternation('ergative')}|کی|کے|کا|اور|میں)(?!\w)")


#: The event kinds a clash of a civilian crowd with the forces is told with: no shot is fired.
_CROWD_CLASH_KINDS = frozenset({"clash", "protest", "intervention", "riot", "mob", "looting"})


#: Words right before the state's forces that name them as the guard of someone: "ٹیم کی حفاظت
#: پر مامور ", "سیکیورٹی پر تعینات " (a word such as "ایک" may come between).
_GUARD_DUTY = rf"(?<!\w)(?:{word_alternation('guard_duty')})\s(?:[^\W\d]+\s)?"


def _guards_of_civilians(targets: Sequence[Participant], text: str) -> bool:
    """Whether shots that hit the state's forces were aimed at the civilians those forces
    guarded: civilians are among the targets and every force struck is named as their guard
    ("پولیو ورکر جاں بحق جبکہ ٹیم کی حفاظت پر مامور پولیس اہلکار زخمی", types.guarded-civilians).
    Unarmed people attacked under a guard are the target, an attack on civilians, unless the
    guard fought back (types.fought-back)."""
    if not on("types.guarded-civilians") or not any(t.type is ActorType.CIVILIANS for t in targets):
        return False
    forces = [t for t in targets if t.type is _STATE]
    return bool(forces) and all(
        t.span is not None
        and re.search(_GUARD_DUTY + re.escape(normalize(t.span.text).text) + r"(?!\w)", text) is not None
        for t in forces
    )


def _typed(
    clauses: Sequence[Clause],
    actors: Sequence[Participant],
    best: Hit[TriggerTerm],
    text: str,
    nt: NormalizedText | None = None,
) -> SubEventType:
    """The sub-event type the lexicon's trigger and the kind's row give, with the actors."""
    triggers = [h for c in clauses for h in c.triggers]
    sub = best.value.sub_event_type
    kinds = {h.value.kind for h in triggers}
    weapon_subs = [w.value.sub_event_type for c in clauses for w in c.weapons if w.value.sub_event_type]
    perps = [a for a in actors if a.role is Role.PERPETRATOR]
    targets = [a for a in actors if a.role is Role.TARGET]
    # The kind's row of the trigger_kinds table says which actors decide the type, and to what.
    row = kind_row(best.value.kind)
    if row.weapon_types:
        specific = [s for s in weapon_subs if SUB_EVENT_TYPES[s].value == "Explosions/Remote violence"]
        if specific:
            return specific[0]
    if (
        row.by_protesters is not None
        and any(p.type is ActorType.PROTESTERS for p in perps)
        and not _armed_sides_fire(clauses, best, perps, text)
        and not _gunmen_no_crowd(best, perps, kinds)
        and _protest_named(clauses, perps, kinds, text, nt)
    ):
        return row.by_protesters
    if (
        best.value.kind == "clash"
        and row.by_protesters is not None
        and perps
        and all(p.type is ActorType.CIVILIANS for p in perps)
        and any(t.type is _STATE for t in targets)
        and kinds <= _CROWD_CLASH_KINDS
        and on("triggers.crowd-clash-with-forces")
    ):
        return row.by_protesters  # "نوجوانوں اور پولیس کے درمیان جھڑپیں": a crowd, not an armed side
    if best.value.kind in _FIRED:
        if row.by_rioters is not None and any(p.type is ActorType.RIOTERS for p in perps):
            return row.by_rioters
        if "protest" in kinds and any(p.type is _STATE for p in perps):
            return _S.EXCESSIVE_FORCE
        target_forces = any(t.type is _STATE for t in targets)
        perp_forces = any(p.type is _STATE for p in perps)
        if target_forces and not perp_forces and not _guards_of_civilians(targets, text):
            return _S.ARMED_CLASH
        if _fought_back(kinds):
            return _S.ARMED_CLASH
    if sub is _S.NON_VIOLENT_TRANSFER and on("triggers.ground-without-fight"):
        return sub  # "بغیر کسی مزاحمت کے قبضہ کر لیا": ground handed over, whoever takes it
    # Who takes the ground decides: the state regains it, anyone else overtakes it.
    by_perpetrator = row.by_state if any(p.type is _STATE for p in perps) else row.by_non_state
    if by_perpetrator is not None:
        return by_perpetrator
    if row.unless_civilians is not None and not any(t.type is ActorType.CIVILIANS for t in targets):
        return row.unless_civilians
    return sub


def _count(figures: Sequence[Figure], killed: bool = False) -> Count | None:
    """The first figure, unless it is vague and a later exact one fits within it, or a
    collective numeral ("دونوں بھائی") later counts more of them; exact figures that
    different sources give differently make a range from the lowest to the highest, left
    open by a later toll with no upper bound above them all."""
    count = _closed_count(figures, killed)
    if count is None or count.max is None or not on("counts.open-account-above"):
        return count
    for f in figures[1:]:
        c = f.count
        if (
            c.max is None
            and c.min is not None
            and c.min > count.max
            and (f.rule == "counts.toll-statement" or f.given or _contrasted_floor(f))
            and not f.part
            and not f.of_injured
            and (_contrasted_floor(f) or not _other_sides(figures[0], f))
            and not _campaign(Count(count.max, count.max), f)
        ):
            # "سات افراد جاں بحق ... 12 لاشیں ... ہلاکتوں کی تعداد کم از کم 20": 7, no most
            return Count(count.min, None)
    return count


def _contrasted_floor(f: Figure) -> bool:
    """Whether ``f`` is a floor that a source gives in a clause a word of contrast opens ("پانچ
    افراد ہلاک ... تاہم مقامی لوگوں کا کہنا ہے کہ کم از کم نو افراد مارے گئے"): that source's account,
    which leaves the count open above the figure told first, even when it names the dead
    otherwise, as an exact contrasted figure does (counts.contrasted-floor)."""
    return f.contrasted and f.floor and not f.more and on("counts.contrasted-floor")


def _closed_count(figures: Sequence[Figure], killed: bool = False) -> Count | None:
    """The count of :func:`_count` before a later open toll above it is weighed (``killed``: the
    figures count the dead)."""
    if not figures:
        return None
    figures = _past_one_person(figures)
    if on("counts.among-list-alone") and not all(f.part for f in figures):
        # A list of those among the casualties counts them all only where no toll is told: with
        # one, it says at least how many there were.
        figures = [_as_floor(f) for f in figures]
    conflicting = _conflicting(figures)
    if conflicting is not None:
        return conflicting
    reported = _report_and_accounts(figures)
    if reported is not None:
        return reported
    given = _given_range(figures)
    if given is not None:
        return given
    contrasted = _contrasted_range(figures)
    if contrasted is not None:
        return contrasted
    risen = _risen_range(figures)
    if risen is not None:
        return risen
    count = _first_count(figures)
    if count is not None and count.is_exact:
        count = _with_bodies_beyond(count, figures)
    if count is None or not count.is_exact:
        if killed and count is not None and count.max is None and count.min is not None:
            count = _floor_with_more(count, figures)
        if count is None or not (figures[0].noun in _ANYONE or _victims_floor(figures[0])):
            return count
        return _with_answered(count, figures)
    added: set[int] = set()  # the figures already added in, by id: none is added twice
    if on("counts.injured-later-died") and not figures[0].of_injured:
        # "دو اہلکار شہید ... بعد میں دو زخمی اہلکار بھی دم توڑ گئے": four dead
        for f in figures[1:]:
            if (
                f.of_injured
                and f.more
                and f.count.is_exact
                and not _toll_after(figures, f)
                and not _toll_before(figures, f)
            ):
                count = _add(count, f.count)
                added.add(id(f))
    elsewhere = _with_died_elsewhere(count, figures) if figures[0].died == "spot" else count
    if elsewhere != count:
        # "سات افراد موقع پر ہی جاں بحق ... جبکہ دو نے ہسپتال میں دم توڑ دیا": nine dead
        return elsewhere
    if on("counts.graded-injured") and figures[0].grade is not None:
        # "3 افراد شدید زخمی جبکہ 5 معمولی زخمی": each grade counts other people
        grades = {figures[0].grade}
        for f in figures[1:]:
            if f.grade is not None and f.grade not in grades and f.count.is_exact:
                grades.add(f.grade)
                count = _add(count, f.count)
        if len(grades) > 1:
            return count
    # "3 حملہ آور ہلاک ... جبکہ 2 اہلکار بھی شہید": other people killed too.
    nouns = {figures[0].noun}
    if figures[0].noun in _ANYONE:  # "5 افراد" may already include whoever comes next
        return _with_answered(count, figures)
    sides = {_attackers(figures[0].noun)}
    if on("counts.both-sides-restated"):
        # "ایک حملہ آور ہلاک اور دو اہلکار شہید ... دو اہلکاروں نے جام شہادت نوش کیا": both counted
        nouns.update(figures[0].side_nouns)
        sides.update(_attackers(n) for n in figures[0].side_nouns)
    for f in figures[1:]:
        # "چار اہلکار شہید ... جوابی کارروائی میں چھ دہشت گرد ہلاک": the other side's dead too
        other_side = on("counts.other-side-later") and _attackers(f.noun) not in sides
        if id(f) in added:
            continue  # "زخمیوں میں سے ایک نے بعد میں دم توڑ دیا": already counted as injured who died
        if f.confirmed and not f.more and on("counts.confirmed-dead"):
            continue  # "تنظیم نے اپنے تین کارکنوں کی ہلاکت کی تصدیق کر دی": the dead told before
        if _collective_retold(f, figures):
            continue  # "دو ڈاکو ہلاک ... ورثاء کے مطابق دونوں نوجوانوں کو قتل کیا گیا": the two told before
        if _one_more_person(f):
            # "تین ڈاکو مارے گئے جبکہ فائرنگ کی زد میں آ کر راہگیر بھی جاں بحق ہو گیا": four
            count = _add(count, f.count)
        elif (
            (f.more or other_side)
            and f.count.is_exact
            and f.noun not in nouns
            and (f.noun not in _ANYONE or _civilians_too(figures[0], f))
        ):
            nouns.add(f.noun)
            sides.add(_attackers(f.noun))
            count = Count((count.min or 0) + (f.count.min or 0), (count.max or 0) + (f.count.max or 0))
        elif _vague_more(f, nouns):
            # "5 پولیس اہلکار زخمی ... کئی مظاہرین بھی زخمی": at least two more, how many is open
            nouns.add(f.noun)
            count = Count((count.min or 0) + (f.count.min or 0), None)
    return count


def _collective_retold(later: Figure, figures: Sequence[Figure]) -> bool:
    """Whether ``later`` is a collective numeral ("دونوں", "تینوں", "چاروں") that refers back to
    people a figure before it already counted: the same exact number, not added ("مزید",
    "بھی"), and a noun of no group of its own or of that figure's group ("دو ڈاکو ہلاک ... دونوں
    نوجوانوں کو قتل کیا"): it adds nobody to the toll (counts.collective-retold). A collective of
    another group ("پانچ شہری جاں بحق ... دونوں حملہ آوروں کو ہلاک کر دیا") counts people told of,
    not counted: they are added as before."""
    if later.rule != "counts.collective" or later.more or not later.count.is_exact:
        return False
    if not on("counts.collective-retold"):
        return False
    mine = _people_group(later.noun)
    for f in figures:
        if f is later:
            return False
        same = (f.count.min, f.count.max) == (later.count.min, later.count.max) and f.count.is_exact
        if same and (mine is None or mine == _people_group(f.noun)):
            return True
    return False


def _floor_with_more(count: Count, figures: Sequence[Figure]) -> Count:
    """An open count told first ("درجنوں باغی مارے گئے", "کم از کم 30 جنگجو") plus the exact
    figures of other people told dead "too" after it ("... جبکہ سرکاری فورسز کے چار سپاہی بھی ہلاک ہوئے"):
    they are more dead, so the floor rises by them and the count stays open
    (counts.more-beside-floor). Read for the dead only: "کئی افراد زخمی ... دو اہلکار بھی زخمی"
    is as often those same injured named again."""
    if not on("counts.more-beside-floor") or figures[0].noun in _ANYONE:
        return count
    nouns = {figures[0].noun}
    floor = count.min or 0
    for f in figures[1:]:
        c = f.count
        if not (f.more and c.is_exact and c.min) or f.part or f.of_injured or f.noun in _ANYONE:
            continue
        if f.noun in nouns:
            continue
        nouns.add(f.noun)
        floor += c.min
    return count if floor == count.min else Count(floor, None)


def _vague_more(f: Figure, nouns: set[str | None]) -> bool:
    """Whether ``f`` is a vague count ("کئی", "متعدد", "درجنوں") of other people told "too"
    ("بھی") after an exact toll: it adds its floor and leaves the count open
    (counts.vague-more-adds)."""
    return (
        f.more
        and f.count.min is not None
        and f.count.max is None
        and f.noun not in nouns
        and f.noun not in _ANYONE
        and on("counts.vague-more-adds")
    )


def _with_bodies_beyond(count: Count, figures: Sequence[Figure]) -> Count:
    """An exact toll ranged up to the bodies counted or brought in beyond it ("سات افراد جاں
    بحق ... ہسپتال میں نو لاشیں لائی گئیں": 7 to 9), another account of the same dead
    (counts.bodies-beyond-toll)."""
    if not on("counts.bodies-beyond-toll") or count.min is None:
        return count
    bodies = [
        f.count.min
        for f in figures[1:]
        if f.bodies
        and f.count.is_exact
        and f.count.min is not None
        and not f.part
        and f.count.min > count.min
    ]
    return Count(count.min, max(bodies)) if bodies else count


def _victims_floor(first: Figure) -> bool:
    """Whether an open-ended first figure counts victims, not attackers ("کم از کم 15 شہری
    ہلاک"): the attackers killed later ("تمام چار حملہ آور مارے گئے") add to it."""
    return first.noun is not None and not _attackers(first.noun) and on("counts.attackers-killed-later")


def _with_died_elsewhere(count: Count, figures: Sequence[Figure]) -> Count:
    """The dead told at the scene (``figures[0]``) plus the exact figures of others told dead
    after them elsewhere or later ("... جبکہ دو نے ہسپتال جاتے ہوئے دم توڑ دیا"), or who had
    been injured ("دو زخمی ہسپتال میں دم توڑ گئے")."""
    for f in figures[1:]:
        if (
            (f.died == "elsewhere" or f.of_injured)  # injured who died: later than the scene
            and f.count.is_exact
            and not (f.part or f.more)
            and f.rule != "counts.toll-statement"
        ):
            count = _add(count, f.count)
    return count


def _as_floor(fig: Figure) -> Figure:
    """A list of those among the casualties read as a floor ("ہلاک ہونے والوں میں پانچ بچے شامل
    ہیں" beside a toll: at least five), other figures as they are."""
    if not fig.part or not fig.count.is_exact:
        return fig
    return evolve(fig, count=Count(fig.count.min, None))


def _with_answered(count: Count, figures: Sequence[Figure]) -> Count:
    """The count of "5 افراد جاں بحق" plus the attackers that the other side killed later ("پولیس
    نے جوابی فائرنگ میں دونوں حملہ آوروں کو ہلاک کر دیا"): the victims' toll does not hold them."""
    if not on("counts.attackers-killed-in-response"):
        return _with_attackers_vague(count, figures)
    for f in figures[1:]:
        if f.answered and _attackers(f.noun) and f.count.is_exact and not f.of_injured:
            return _add(count, f.count)
    return _with_attackers_vague(count, figures)


def _with_attackers_vague(count: Count, figures: Sequence[Figure]) -> Count:
    """The toll of the victims told first plus the floor of attackers told dead vaguely after it
    ("کم از کم 25 فوجی ہلاک ... جوابی کارروائی میں درجنوں حملہ آور بھی مارے گئے": at least 37, no
    most): the attackers are other dead, and how many is open (counts.attackers-vague-add)."""
    if not on("counts.attackers-vague-add") or _attackers(figures[0].noun) or count.min is None:
        return count
    for f in figures[1:]:
        c = f.count
        if _attackers(f.noun) and c.max is None and c.min and not (f.of_injured or f.part):
            return Count(count.min + c.min, None)
    return count


def _toll_after(figures: Sequence[Figure], died: Figure) -> bool:
    """Whether a toll statement after the injured who died ("... دم توڑ گئے جس کے بعد ہلاکتوں
    کی تعداد 6 ہو گئی") already counts them in."""
    return on("counts.died-later-adds") and any(
        f.rule == "counts.toll-statement" and f.start > died.start for f in figures
    )


def _toll_before(figures: Sequence[Figure], died: Figure) -> bool:
    """Whether a toll statement before the injured named as dying ("ہلاکتوں کی تعداد 6 ہو گئی
    ہے، دو زخمی آج صبح دم توڑ گئے") already counts them: the toll rose by their deaths
    (counts.wounded-subject-adds)."""
    return died.wounded_subject and any(
        f.rule == "counts.toll-statement" and f.start < died.start for f in figures
    )


def _given_range(figures: Sequence[Figure]) -> Count | None:
    """The range from the lowest to the highest of an exact first figure and a different toll
    that a source later gives as its own ("20 افراد ہلاک ہو گئے ... مقامی ذرائع نے ہلاکتوں کی
    تعداد 25 بتائی": 20 to 25)."""
    figures = _past_vague_opening(figures)
    first = figures[0].count
    if not first.is_exact or first.min is None:
        return None
    given = [f for f in figures[1:] if f.given and f.count.is_exact and f.count.min]
    if on("counts.sourced-toll-is-an-account"):
        # a campaign's toll or the toll of the other side is no account of the event's
        given = [f for f in given if not _campaign(first, f) and not _other_sides(figures[0], f)]
    values = {first.min} | {f.count.min for f in given if f.count.min}
    if len(values) < 2:
        return None
    return Count(min(values), max(values))


def _contrasted_range(figures: Sequence[Figure]) -> Count | None:
    """The range from the lowest to the highest of an exact first figure and a different exact
    figure that a source gives in a clause a word of contrast opens ("12 طالبان جنگجو مارے گئے
    ... تاہم علاقے کے قبائلیوں کا کہنا ہے کہ ہلاک ہونے والے سات افراد عام شہری تھے": 7 to 12): the
    source sets its account against the first, it counts no more dead and no other side
    (counts.contrasted-account)."""
    if not on("counts.contrasted-account"):
        return None
    first = figures[0].count
    if not first.is_exact or first.min is None or figures[0].part:
        return None
    for f in figures[1:]:
        c = f.count
        if not f.contrasted or not c.is_exact or c.min is None or c.min == first.min:
            continue
        if f.more or f.part or f.of_injured or f.answered or f.source == figures[0].source:
            continue
        return Count(min(first.min, c.min), max(first.min, c.min))
    return None


def _risen_range(figures: Sequence[Figure]) -> Count | None:
    """The range from an exact first figure to a higher toll statement after it that is another
    account: a toll that rose ("14 افراد جاں بحق ... بعد ازاں ہلاکتوں کی تعداد 20 ہو گئی": 14 to
    20; counts.risen-toll-is-an-account), or any toll after bodies counted first ("اب تک 53
    لاشوں کی شناخت ہو چکی ہے ... مرنے والوں کی تعداد 90 کے قریب ہے": 53 to 90;
    counts.toll-beyond-bodies). A floor ("کم از کم 15") is no conflict, and dead told between
    them (injured who died, dead elsewhere) are what the toll rose by."""
    risen_on, bodies_on = on("counts.risen-toll-is-an-account"), on("counts.toll-beyond-bodies")
    if not (risen_on or bodies_on):
        return None
    figures = _past_vague_opening(figures)
    first = figures[0]
    low = first.count.min
    if low is None or not first.count.is_exact or first.part:
        return None
    for f in figures[1:]:
        if f.of_injured or f.died == "elsewhere" or f.wounded_subject:
            return None  # "دو زخمی دم توڑ گئے جس کے بعد ہلاکتوں کی تعداد 6 ہو گئی": what it rose by
        if not (f.rule == "counts.toll-statement" and f.count.is_exact and f.count.min):
            continue
        if f.grew:
            return None  # "ہلاکتوں کی تعداد بڑھ کر 5 ہو گئی": the same count, told to have grown
        if not ((f.rose and risen_on) or (first.bodies and bodies_on)):
            return None
        if f.count.min <= low or _other_sides(first, f) or _campaign(first.count, f):
            return None
        return Count(low, f.count.min)
    return None


def _past_one_person(figures: Sequence[Figure]) -> Sequence[Figure]:
    """The figures after a first one that names one person with no number ("فائرنگ سے ڈرائیور زخمی
    ہو گیا ... واقعے میں 7 افراد جاں بحق اور 19 زخمی ہو گئے") when an exact count of more than one
    follows that adds nobody ("بھی", "مزید") and lists no part: the person told first is one of the
    people the count tells (counts.one-then-count)."""
    if len(figures) < 2 or figures[0].rule != "counts.one-person" or not on("counts.one-then-count"):
        return figures
    for i, f in enumerate(figures[1:], 1):
        c = f.count
        if c.is_exact and (c.min or 0) > 1 and not (f.more or f.part or f.of_injured or f.answered):
            return figures[i:]
    return figures


def _past_vague_opening(figures: Sequence[Figure]) -> Sequence[Figure]:
    """The figures from the first exact one on when a vague word opens them ("متعدد افراد جاں
    بحق ... پولیس کے مطابق 5 افراد ... مقامی ذرائع نے ہلاکتوں کی تعداد 9 بتائی"): the vague word
    says only that there were several, the exact accounts after it say how many
    (counts.vague-then-accounts)."""
    first = figures[0]
    vague = not first.floor and first.count.max is None
    if not vague or not on("counts.vague-then-accounts"):
        return figures
    for i, f in enumerate(figures[1:], 1):
        if f.count.is_exact and (f.count.min or 0) >= (first.count.min or 0):
            return figures[i:]
    return figures


def _other_sides(first: Figure, later: Figure) -> bool:
    """Whether ``first`` counts attackers and ``later`` does not, or the other way round ("3
    عسکریت پسند ہلاک ... جاں بحق افراد کی تعداد 6 ہے"): two sides, not two accounts."""
    return on("counts.sides-not-sources") and _attackers(first.noun) != _attackers(later.noun)


#: The nouns of a force's members and of civilians, as a figure's noun is written.
_FORCE_MEMBER_NOUNS = (
    word_set("force_member", folded=False)
    | word_set("force_member_oblique", folded=False)
    | word_set("personnel_noun", folded=False)
    | word_set("force_body_feminine", folded=False)  # "تین پولیس اہلکار": the noun read is the force's
)
_CIVILIAN_NOUNS = word_set("civilian_noun", folded=False)


def _one_more_person(later: Figure) -> bool:
    """Whether ``later`` names one person with no number, told dead or hurt "too" ("بھی") after
    a toll of people named for who they are ("چار دہشت گرد مارے گئے ... زیر حراست ملزم بھی مارا
    گیا", "دو اہلکار شہید ... گاڑی کا ڈرائیور بھی جاں بحق ہو گیا"): one more
    (counts.one-more-person)."""
    return (
        later.rule == "counts.one-person"
        and later.also
        and not later.part
        and later.count.is_exact
        and later.count.min == 1
        and on("counts.one-more-person")
    )


def _civilians_too(first: Figure, later: Figure) -> bool:
    """Whether ``later`` counts civilians dead or hurt "too" ("بھی") beside the members of a force
    or the militants ``first`` counts ("چار فوجی ہلاک ... دو شہری بھی مارے گئے"): other people,
    though "شہری" may elsewhere name people in general (counts.civilians-too)."""
    return (
        later.more
        and later.noun in _CIVILIAN_NOUNS
        and (first.noun in _FORCE_MEMBER_NOUNS or _attackers(first.noun))
        and on("counts.civilians-too")
    )


def _attackers(noun: str | None) -> bool:
    """Whether a counted noun names attackers or armed men ("دہشت گرد", "حملہ آور", "ڈاکو")."""
    return noun is not None and _ATTACKER_NOUN.match(noun) is not None


def _first_count(figures: Sequence[Figure]) -> Count | None:
    """The first figure, unless a later one is more precise or counts all of them."""
    first = figures[0].count
    totals = [
        f.count
        for f in figures[1:]
        if f.total and (f.count.min or 0) > (first.max or first.min or 0) and not _campaign(first, f)
    ]
    if totals and first.max is not None:
        top = max(totals, key=lambda c: c.min or 0)
        if top.max is None and first.min is not None and on("counts.open-account-above"):
            return Count(first.min, None)  # "11 شہری ... تعداد 15 سے تجاوز کر چکی ہے": 11, no most
        return top
    if first.max is None:
        for f in figures[1:]:
            c = f.count
            if c.is_exact and c.min is not None and c.min >= (first.min or 0):
                if _another_account(figures[0], f) and first.min is not None and c.min > first.min:
                    # "کم از کم 9 افراد ہلاک ... ہسپتال میں 12 لاشیں لائی گئیں": 9 to 12
                    return Count(first.min, c.min)
                if c.min == first.min and on("counts.floor-restated"):
                    # "کم از کم 9 ہلاک ... 9 جنگجو مارے گئے ... 12 لاشیں نکالی گئیں": 9 to 12
                    later = _later_account(figures, f)
                    if later is not None:
                        return later
                if c.min == first.min and _floor_kept(figures[0], f):
                    return first  # "کم از کم 9 افراد ہلاک ... ہسپتال میں 9 لاشیں لائی گئیں": at least 9
                return c
        if on("counts.larger-minimum"):
            # "درجنوں افراد ہلاک ... کم از کم 30 ہلاکتوں کی تصدیق": at least 30
            floors = [
                f.count
                for f in figures[1:]
                if f.count.max is None
                and (f.count.min or 0) > (first.min or 0)
                and not (f.estimate and on("counts.estimate-no-floor"))
            ]
            if floors:
                return max(floors, key=lambda c: c.min or 0)
    return first


def _later_account(figures: Sequence[Figure], restated: Figure) -> Count | None:
    """The range from the floor ``figures[0]`` to a higher exact toll of another account told
    after ``restated``, a figure that only repeats the floor's number (counts.floor-restated)."""
    first = figures[0].count
    for f in figures[figures.index(restated) + 1 :]:
        c = f.count
        if c.is_exact and c.min is not None and first.min is not None and c.min > first.min:
            return Count(first.min, c.min) if _another_account(figures[0], f) else None
    return None


def _another_account(first: Figure, later: Figure) -> bool:
    """Whether ``later`` is an exact toll from another account than the floor ``first`` ("کم از
    کم 9 افراد ہلاک" and "ہسپتال حکام کے مطابق 12", or "12 لاشیں لائی گئیں"): a toll that rose is
    no other account."""
    if not on("counts.floor-and-account") or not first.floor or later.more or later.part:
        return False
    if later.rule == "counts.toll-statement" and later.rose and not _reached_by_another(first, later):
        return False  # "حکام کے مطابق ہلاکتوں کی تعداد بڑھ کر 14 ہو گئی": the toll rose
    return later.bodies or later.given or (later.source is not None and later.source != first.source)


def _floor_kept(first: Figure, later: Figure) -> bool:
    """Whether ``later`` only repeats the number of the floor ``first`` ("کم از کم 9 افراد ہلاک")
    as bodies counted ("ہسپتال میں 9 لاشیں لائی گئیں") or as a toll that became it ("ہلاکتوں کی
    تعداد 9 ہو گئی ہے"): some of the dead, or the toll so far, so the floor stays open
    (counts.floor-restated-stays-open)."""
    if not first.floor or not on("counts.floor-restated-stays-open"):
        return False
    return later.bodies or (later.rule == "counts.toll-statement" and later.rose)


def _reached_by_another(first: Figure, later: Figure) -> bool:
    """Whether ``later`` is a toll that reached a figure ("ہلاکتوں کی تعداد 25 تک پہنچ گئی") not
    told to have grown ("بڑھ کر"), given by a named source other than the floor's ("مقامی ذرائع کے
    مطابق"): that source's account, so the count ranges from the floor to it
    (counts.reached-toll-is-an-account)."""
    return (
        later.reached
        and not later.grew
        and later.source is not None
        and later.source != first.source
        and on("counts.reached-toll-is-an-account")
    )


#: How many times the event's own figure a toll statement may be and still count the event.
_CAMPAIGN_RATIO = 50


def _campaign(first: Count, later: Figure) -> bool:
    """Whether a later toll statement counts a whole campaign, not the event told first: it is
    many times the event's own exact figure ("حملے میں چار افراد شہید ... ملک بھر میں شہید
    ہونے والوں کی تعداد 2 ہزار 140 ہو گئی")."""
    if not on("counts.campaign-toll") or later.rule != "counts.toll-statement" or not first.is_exact:
        return False
    return (later.count.min or 0) > _CAMPAIGN_RATIO * max(first.min or 0, 1)


#: Words for people in general: a figure of them may count the same people as any other.
#: The first word of a noun that names attackers or armed men (word class ``attacker_noun``).
_ATTACKER_NOUN = lazy_compile(word_class("attacker_noun"))
_ANYONE: frozenset[str | None] = frozenset((None, *word_set("any_person_noun", folded=False)))


def _conflicting(figures: Sequence[Figure]) -> Count | None:
    """The range of exact figures that at least two different sources give differently."""
    sourced = [
        f
        for f in figures
        if f.source is not None
        and f.count.is_exact
        and not f.more
        and not f.part
        and not (on("counts.one-named-not-a-toll") and f.rule == "counts.one-person")
    ]
    values = {f.count.min for f in sourced if f.count.min is not None}
    if len({f.source for f in sourced}) < 2 or len(values) < 2:
        return None
    nouns = {f.noun for f in sourced if f.noun not in _ANYONE}
    if (
        on("counts.sides-not-sources")
        and len({_attackers(f.noun) for f in sourced}) > 1
        and not _claim_renames(sourced)
    ):
        return None  # "2 دہشت گرد ہلاک" and "5 افراد جاں بحق": the two sides, not two accounts
    if len(nouns) > 1:  # "3 حملہ آور" and "2 اہلکار" are different people, not different accounts
        return None
    return Count(min(values), max(values))


#: The rules that read a figure from a number written before its noun or in a toll statement,
#: not from people named one by one ("X اور Y جاں بحق") or a noun for one person.
_NUMBER_READ = frozenset(
    {
        "counts.number",
        "counts.subject-at-clause-head",
        "counts.participle-before-count",
        "counts.toll-statement",
        "counts.gapped-accounts",
    }
)


def _report_and_accounts(figures: Sequence[Figure]) -> Count | None:
    """The range from an exact figure the report tells first with no source to the higher figures
    named sources give of the same people after it ("دھماکے میں 5 افراد ہلاک ... ہسپتال حکام نے بتایا
    کہ 9 افراد ہلاک ہوئے": 5 to 9; "... سرکاری حکام کے مطابق 5 جبکہ مقامی ذرائع کے مطابق 8": 5 to
    8): the report's own figure is an account too (counts.report-figure-is-an-account). Not
    beside a lower sourced figure, nor one of people of another kind (either may be a part of
    the first: "4 افراد موقع پر ہی", those identified), nor beside a later figure that tells
    other dead (more of them, injured who died, the other side's), a toll that rose or a
    party's claim."""
    first = figures[0]
    if (
        not on("counts.report-figure-is-an-account")
        or first.source is not None
        or not first.count.is_exact
        or first.count.min is None
        or first.part
        or first.rule not in _NUMBER_READ
    ):
        return None
    later = figures[1:]
    if any(
        f.rose or f.of_injured or f.wounded_subject or f.died == "elsewhere" or f.early or f.claimed
        for f in later
    ):
        return None
    accounts = [
        f
        for f in later
        if f.source is not None
        and f.count.min is not None
        and f.rule in _NUMBER_READ
        and (f.count.is_exact or f.rule == "counts.gapped-accounts")
        and not (f.more or f.part or f.answered or f.confirmed or f.estimate)
    ]
    low = first.count.min
    if not accounts or any(
        (f.count.min or 0) < low
        or f.died is not None
        or (f.noun not in _ANYONE and f.noun != first.noun)
        or _other_sides(first, f)
        or _campaign(first.count, f)
        for f in accounts
    ):
        return None  # a lower figure is as often a part of the dead ("4 افراد موقع پر ہی ہلاک")
    high = max(f.count.max or f.count.min or 0 for f in accounts)
    return Count(low, high) if high > low else None


def _claim_renames(sourced: Sequence[Figure]) -> bool:
    """Whether the only figures beside a party's claim count people in general ("وزارت صحت کے
    مطابق آٹھ افراد جاں بحق" and "فوج نے چھ عسکریت پسندوں کی ہلاکت کا دعوی کیا"): the claimant
    names the same dead as the other side, so the claim is another account, not other dead
    (counts.claimed-toll-is-an-account)."""
    claimed = [f for f in sourced if f.claimed]
    return (
        on("counts.claimed-toll-is-an-account")
        and bool(claimed)
        and all(f.noun in _ANYONE for f in sourced if not f.claimed)
        and not any(f.answered for f in claimed)
    )


def _outcome(draft: _Draft, outcome: str, headline_end: int = 0) -> Count | None:
    figures = [
        _with_bodies_injured(c, outcome)
        for c in draft.clauses
        if getattr(c, outcome) is not None and (id(c), outcome) not in draft.set_aside
    ]
    if any(f.start >= headline_end for f in figures):
        # "کابل میں خودکش دھماکہ، 20 ہلاک⏎کابل: ... کم از کم 23 افراد ہلاک": the report's figure
        figures = [f for f in figures if f.start >= headline_end]
    own = _count(_past_early(figures), outcome == "killed")
    if own is not None:
        return own
    shared = _count(
        _past_early([getattr(c, outcome) for c in draft.shared if getattr(c, outcome) is not None]),
        outcome == "killed",
    )
    if shared is None or not any(c.places or c.several for c in draft.shared):
        return shared
    if _each_place(draft, outcome):
        return shared
    if shared.max is None and on("counts.open-total-shared"):
        return Count(0, None)  # "20 سے زیادہ" over two places: each 0 to an open total
    return Count(0, shared.max if shared.max is not None else shared.min)


def _past_early(figures: list[Figure]) -> list[Figure]:
    """The figures less those told as an earlier report that was overtaken ("پہلے دن پولیس نے دو
    اموات کی تصدیق کی تھی لیکن ..."), when another figure tells the whole toll: the
    earlier report is no account of its own (counts.earlier-report-overtaken)."""
    if not any(f.early for f in figures):
        return figures
    if not any(not (f.early or f.more or f.part or f.of_injured) for f in figures):
        return figures
    return [f for f in figures if not f.early]


def _with_bodies_injured(clause: Clause, outcome: str) -> Figure:
    """The clause's figure of ``outcome``; the injured told with bodies ("نو لاشیں اور 23 زخمی
    لائے گئے") are that account's injured, marked as bodies are (counts.bodies-beyond-toll)."""
    fig: Figure = getattr(clause, outcome)
    if (
        outcome == "injured"
        and clause.killed is not None
        and clause.killed.bodies
        and on("counts.bodies-beyond-toll")
    ):
        return evolve(fig, bodies=True)
    return fig


def _each_place(draft: _Draft, outcome: str) -> bool:
    """Whether the figure shared by several places is a distributive numeral ("کوئٹہ اور
    مستونگ میں دو دو افراد ہلاک"): that many at each place, not a total to share
    (counts.distributive)."""
    figures = [getattr(c, outcome) for c in draft.shared if getattr(c, outcome) is not None]
    return on("counts.distributive") and len(figures) == 1 and figures[0].each


#: The attacker's own death reported apart from the toll: "خود کو دھماکے سے اڑا لیا".
_BOMBER_DIED = lazy_compile(
    rf"(?:خود|اپنے آپ) کو (?:(?:{word_alternation('explosive_means')}) سے )?اڑا"
    rf"|(?:{word_alternation('suicide_word')}) (?:{word_alternation('bomber_noun')}) "
    rf"(?:بھی |موقع پر |بھی موقع پر )(?:ہی )?(?:{word_alternation('slain_word')})"
    rf"|(?:{word_alternation('bomber_noun')}) موقع پر ہی (?:{word_alternation('slain_word')})"
)
#: The attacker's death told as a participle before him: "دھماکے میں ہلاک ہونے والے خودکش بمبار
#: کی شناخت" (counts.bomber-slain-participle).
_BOMBER_SLAIN_PARTICIPLE = lazy_compile(
    rf"(?:{word_alternation('slain_word')}) (?:ہونے والے|ہونیوالے|ہونے والا|ہونیوالا) "
    rf"(?:{word_alternation('suicide_word')}) (?:{word_alternation('bomber_noun')})(?!\w)"
)
#: The toll already counts the attacker: "حملہ آور سمیت", "بمبار سمیت".
_BOMBER_COUNTED = lazy_compile(rf"(?:{word_alternation('bomber_noun')})\s(?:سمیت|بھی شامل)")


#: "دو خودکش بمباروں نے": how many bombers there were (the count right before the noun).
_BOMBERS = lazy_compile(
    rf"\s(?:{word_alternation('suicide_word')})\s(?:{word_alternation('bombers_noun')})(?!\w)"
)


def _bomber_apart(draft: _Draft, reading: DocReading) -> int:
    """How many suicide bombers the article reports dead apart from the stated toll ("خود کو
    دھماکے سے اڑا لیا": one, "دو خودکش بمباروں نے خود کو ... اڑا لیا": two), 0 if none or if
    the toll already counts them ("حملہ آور سمیت")."""
    if not on("counts.bomber-in-toll"):
        return 0
    text = reading.analysis.text
    said = " ".join(text[c.start : c.end] for c in draft.clauses)
    died = _BOMBER_DIED.search(said) is not None or (
        on("counts.bomber-slain-participle") and _BOMBER_SLAIN_PARTICIPLE.search(said) is not None
    )
    if not died or _BOMBER_COUNTED.search(said) is not None:
        return 0
    if on("counts.bombers-counted"):
        numbers = reading.analysis.numbers
        for c in draft.clauses:
            for m in _BOMBERS.finditer(text, c.start, c.end):
                i = bisect.bisect_left(numbers, m.start(), key=attrgetter("end"))
                n = numbers[i] if i < len(numbers) else None
                if n is not None and n.end == m.start() and n.value is not None and 1 < n.value <= 10:
                    return int(n.value)
    return 1


def _minus_died(draft: _Draft, injured: Count) -> Count | None:
    """The injured less those of them who died later ("8 افراد زخمی ہوئے جن میں سے دو دم توڑ
    گئے": six); none when all of them died."""
    first = min((c.injured.start for c in draft.clauses if c.injured is not None), default=None)
    if first is None or not injured.is_exact or injured.min is None:
        return injured
    died = sum(
        c.killed.count.min or 0
        for c in draft.clauses
        if c.killed is not None and c.killed.of_injured and c.killed.count.is_exact and c.killed.start > first
    )
    if not died or died > injured.min:
        return injured
    if died == injured.min:
        return None
    return evolve(injured, min=injured.min - died, max=injured.min - died)


def _headline_end(reading: DocReading) -> int:
    """Where the headline ends: the start of the dateline when a line of its own stands before it
    ("کابل میں خودکش دھماکہ، 20 ہلاک⏎کابل (ویب ڈیسک) — ..."), else 0 (no headline)."""
    dateline = reading.dateline
    if dateline is None or not on("counts.report-over-headline"):
        return 0
    head = reading.analysis.text[: dateline.start]
    return dateline.start if head.strip() and "\n" in head else 0


def _casualties(draft: _Draft, bombers: int = 0, headline_end: int = 0) -> Casualties:
    """The incident's killed and injured, with the ``bombers`` added to the killed; figures of
    the headline (before ``headline_end``) count only where the report gives none."""
    killed = _outcome(draft, "killed", headline_end)
    if killed is not None and on("counts.deaths-denied-by-source"):
        killed = _with_denied_deaths(killed, draft)
    if bombers and killed is not None:
        killed = evolve(_add(killed, Count(bombers, bombers)), span=killed.span)
    injured = _outcome(draft, "injured", headline_end)
    if on("counts.injured-later-died") and injured is not None:
        injured = _minus_died(draft, injured)
    ruling = list(draft.clauses)
    if on("counts.none-in-folded-clause"):
        # "بم ناکارہ بنا دیا۔ ... اسے وقت پر ناکارہ بنانے کی وجہ سے کوئی جانی نقصان نہیں ہوا"
        ruling.extend(draft.shared)
    else:
        ruling.extend(c for c in draft.shared if _none_of_the_events(c))
    if any(c.no_casualties for c in ruling):
        killed = killed or Count(0, 0)
        injured = injured or Count(0, 0)
    elif any(c.no_deaths for c in ruling):
        killed = killed or Count(0, 0)
    return Casualties(killed=killed, injured=injured)


def _with_denied_deaths(killed: Count, draft: _Draft) -> Count:
    """The range from none to an exact toll that a source denies outright ("فضائی حملے میں 18
    طالبان ہلاک ہوئے ... طالبان کے ترجمان نے کہا کہ حملے میں ان کا کوئی جنگجو ہلاک نہیں ہوا": 0 to
    18): the denial is another account, as a different figure is (counts.deaths-denied-by-source).
    Not when the denial is of the other side's dead ("3 دہشت گرد ہلاک ... پولیس کے مطابق کوئی اہلکار
    شہید نہیں ہوا") or of some of people counted in general ("12 افراد ... کوئی شہری")."""
    if not killed.is_exact or not killed.min:
        return killed
    first = next((c.killed for c in draft.clauses if c.killed is not None), None)
    if first is None:
        return killed
    for c in draft.clauses:
        noun = c.denied_dead
        if noun is None:
            continue
        if noun and (first.noun in _ANYONE or _attackers(noun) != _attackers(first.noun)):
            continue  # the other side's dead, or some of the dead ("کوئی شہری")
        return Count(0, killed.max)
    return killed


def _name_key(key: str) -> tuple[str, ...]:
    return tuple(key.split())


#: Inflectional endings of nouns: "طیارہ", "طیارے", "طیاروں" share the stem "طیار".
_ENDING = lazy_compile(r"(?:وں|یں|ے|ہ|ا)$")


def _same_word(a: str, b: str) -> bool:
    """Equal, or one is the other plus a short inflection ("فوجی", "فوجیوں"), or both are
    forms of one noun ("طیارے", "طیاروں")."""
    short, long_ = sorted((a, b), key=len)
    if a == b or (len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3):
        return True
    stem = _ENDING.sub("", a)
    return len(stem) >= 3 and stem == _ENDING.sub("", b) and on("names.one-noun-once")


def _dup(key: str, seen: Iterable[str]) -> bool:
    """Whether ``key`` names the same thing as one of ``seen`` (word-wise containment)."""
    words = _name_key(key)
    for other in seen:
        ow = _name_key(other)
        short, long_ = sorted((words, ow), key=len)
        n = len(short)
        for i in range(len(long_) - n + 1):
            if all(_same_word(x, y) for x, y in zip(long_[i : i + n], short, strict=True)):
                return True
    return False


def _earlier_of_same_body(a: ActorRef, last_of: dict[tuple[str, ActorTerm], ActorRef]) -> ActorRef | None:
    """The reference before ``a`` to the same body in the same role, if it is another
    reference (a member named apart), else ``None``."""
    if a.role is None:
        return None
    prev = last_of.get((a.role, a.term))
    return prev if prev is not None and prev.key != a.key else None


def _counted_pair(
    text: str, a: ActorRef, last_of: dict[tuple[str, ActorTerm], ActorRef], joint: re.Pattern[str]
) -> bool:
    """Whether ``a`` and the reference before it to the same body in the same role are two
    members counted in one list, with ``joint`` between them and a count before the first."""
    prev = _earlier_of_same_body(a, last_of)
    return (
        prev is not None
        and joint.fullmatch(text, prev.end, a.start) is not None
        and _COUNT_BEFORE.search(text, max(0, prev.start - 12), prev.start) is not None
    )


def _ranks_listed(text: str, a: ActorRef, last_of: dict[tuple[str, ActorTerm], ActorRef]) -> bool:
    """Whether ``a`` and the reference before it to the same body in the same role are two
    members counted in one list ("فوج کا ایک کرنل اور ایک میجر", "ایک کانسٹیبل اور ایک
    اہلکار"): two people, each named by rank or post, not two names of one group
    (``roles.ranks-listed``)."""
    return on("roles.ranks-listed") and _counted_pair(text, a, last_of, _AND_COUNTED)


def _ranks_comma_listed(text: str, a: ActorRef, last_of: dict[tuple[str, ActorTerm], ActorRef]) -> bool:
    """Whether ``a`` and the reference before it to the same body in the same role are members
    counted in one list and joined by a comma ("ایک پولیس افسر، دو کانسٹیبل اور ایک راہگیر"):
    two sets of people, not two names of one group (``roles.listed-casualties``)."""
    return on("roles.listed-casualties") and _counted_pair(text, a, last_of, _COMMA_COUNTED)


def _owned_rank_then_listed(text: str, a: ActorRef, last_of: dict[tuple[str, ActorTerm], ActorRef]) -> bool:
    """Whether ``a`` is counted after "اور" in a list whose first member is named by the body
    that owns him ("فوج کا ایک کرنل اور ایک میجر"): the body and ``a`` are kept, one for the
    first member, one for the next (``roles.owned-ranks-listed``)."""
    prev = _earlier_of_same_body(a, last_of)
    owned = None if prev is None else OWNED_COUNTED.match(text, prev.end, a.start)
    return (
        owned is not None
        and _AND_COUNTED.fullmatch(text, owned.end(), a.start) is not None
        and on("roles.owned-ranks-listed")
    )


def _same_kind_seen(a: ActorRef, seen: Sequence[tuple[str, str | None, bool]]) -> list[str]:
    """The names already kept that may name the same actor as ``a``: an unnamed group in the
    other role is not a named body whose name holds its word ("دہشت گرد" arrested by the
    "محکمہ انسداد دہشت گردی"), nor is that body the group (``roles.word-inside-body-name``)."""
    if not on("roles.word-inside-body-name"):
        return [key for key, _, _ in seen]
    return [key for key, role, unnamed in seen if role == a.role or unnamed == a.term.unnamed]


def _title_of_named(a: ActorRef, out: Sequence[Participant]) -> bool:
    """Whether ``a`` is a bare title ("ملزم") in a role where the incident already names a
    person of the same kind by a personal name ("یاسر نامی ملزم", "ملزم یاسر"): the title
    refers back to that person, who is listed once (``roles.title-after-name``)."""
    if not (a.term.titled and a.term.unnamed) or len(_name_key(a.key)) != 1:
        return False
    if not on("roles.title-after-name"):
        return False
    return any(
        p.role.value == a.role and not p.anonymous and p.english_name is None and p.type is a.term.actor_type
        for p in out
    )


#: "اس کا", "ان کی", "ان کے" and up to two words ("اس کا دس سالہ") right before a companion.
_HIS_OWN = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('own_possessor_pronoun')})\s(?:{word_alternation('genitive')})\s(?:[^\s،۔]+\s){{0,2}}$"
)


def _companion_of_principal(a: ActorRef, refs: Sequence[ActorRef], text: str) -> bool:
    """Whether ``a`` is a companion named by a possessive pronoun ("ان کا بھتیجا", "ان کی بیٹی
    اور ڈرائیور") of a target named before it by office or post, or a member of a force ("امن
    کمیٹی کے رکن ... اور ان کا بھتیجا جاں بحق"): the attack was aimed at the principal, and the
    companion, struck with him, is no target of its own (``roles.companion-of-principal``)."""
    if a.role != "target" or a.term.actor_type is not ActorType.CIVILIANS or a.term.titled or a.term.site:
        return False
    principal = any(
        b.role == "target" and b.start < a.start and (b.term.titled or b.term.actor_type is _STATE)
        for b in refs
        if b is not a
    )
    if not principal:
        return False
    before = text[max(0, a.start - 40) : a.start]
    if _HIS_OWN.search(before):
        return True
    # "ان کی بیٹی اور ڈرائیور": the second of two companions the pronoun owns
    prev = next((b for b in reversed(refs) if b.start < a.start and b is not a), None)
    return (
        prev is not None
        and prev.role == "target"
        and text[prev.end : a.start] in (" اور ", "، ")
        and _HIS_OWN.search(text[max(0, prev.start - 40) : prev.start]) is not None
    )


#: Nouns of kinship ("بیٹا", "بھائی", "شوہر"; word classes kin_noun and relative_noun, the
#: plurals), folded.
_RELATIVE_NOUNS = word_set("kin_noun") | word_set("relative_noun")
#: A genitive, perhaps with a count or an age after it ("اس کا", "ملک اسلم کے", "اس کے دو", "اس کا
#: آٹھ سالہ"), right before a relative.
_OWNER_OF_RELATIVE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('genitive')})\s(?:(?:\d+|{'|'.join(UNIT_WORDS[1:])})\s)?"
    rf"(?:[^\s،۔]+\s(?:{word_alternation('age_adjective')})\s)?$"
)

#: What joins a relative owned by a pronoun to the person listed right before it ("X اور اس کا",
#: "X، ان کے دو"): a comma or "اور", the pronoun and its genitive, perhaps a count or an age.
_LISTED_RELATIVE = lazy_compile(
    rf"\s*(?:[،,]\s*)?(?:(?:{word_alternation('conjunction_and')})\s+)?(?:{word_alternation('own_possessor_pronoun')})\s"
    rf"(?:{word_alternation('genitive')})\s(?:[^\s،۔]+\s){{0,2}}"
)

#: A comma or a word that cuts a sentence into clauses ("جبکہ", "تاہم").
_TOLD_APART = lazy_compile(rf"[،,]|(?<!\w)(?:{word_alternation('clause_cut')})(?!\w)")


def _owned_relative(a: ActorRef, text: str) -> bool:
    """Whether the target ``a`` is named only as someone's relative: a noun of kinship after a
    genitive ("اس کا بیٹا", "ان کے بھائی", "X کا بھتیجا", "اس کا آٹھ سالہ بیٹا")."""
    return (
        a.role == "target"
        and fold(text[a.start : a.end]) in _RELATIVE_NOUNS
        and _OWNER_OF_RELATIVE.search(text, max(0, a.start - 40), a.start) is not None
    )


def _relative_of_victim(a: ActorRef, refs: Sequence[ActorRef], text: str) -> bool:
    """Whether the target ``a`` is named only as someone's relative (``_owned_relative``) where a
    target not so named is told before it ("ڈاکوؤں نے تاجر کو قتل جبکہ اس کے بیٹے کو زخمی کر
    دیا"): the words tell how one of the dead or hurt was related to another, not whom the attack
    struck (``roles.relative-of-victim``). Alone, or after no genitive ("بہن اور بہنوئی کو"), it
    stays."""
    if not _owned_relative(a, text):
        return False
    before = [b for b in refs if b is not a and b.role == "target" and b.start < a.start]
    # "ایک درزی اور اس کا بھتیجا زخمی": listed right beside the one it is related to, both were struck
    if before and _LISTED_RELATIVE.fullmatch(text, max(b.end for b in before), a.start) is not None:
        return False
    # told apart from it, after a comma or "جبکہ" ("X کو قتل جبکہ اس کے بیٹے کو زخمی کر دیا")
    return any(
        not _owned_relative(b, text) and _TOLD_APART.search(text, b.end, a.start) is not None for b in before
    )


#: Posts, stations and vehicles of a force ("چوکی", "موبائل", "تھانے"), the last word of its name.
_FORCE_POSTS = word_set("force_post_noun")
#: Words for a force's people ("اہلکار", "کانسٹیبل"), the last word of its name.
_FORCE_PEOPLE = word_set("personnel_noun") | word_set("police_rank") | frozenset((fold("کانسٹیبل"),))


def _post_named_before(a: ActorRef, out: Sequence[Participant], text: str) -> int | None:
    """The index of the participant that names by a post or vehicle ("پولیس چوکی", "پولیس
    موبائل") the force that ``a`` names by its people ("پولیس اہلکار") in the same role: it was
    the people who were struck, so their name is the force's (``roles.members-over-post``)."""
    if not on("roles.members-over-post") or a.term.english is None:
        return None
    # the participants of the force in the same role first: a few comparisons, no folding
    same = [k for k, p in enumerate(out) if p.role.value == a.role and p.english_name == a.term.english]
    if not same:
        return None
    mine = fold(text[a.start : a.end]).split()
    if len(mine) < 2 or mine[-1] not in _FORCE_PEOPLE:
        return None  # "پولیس اہلکار" names the force too; "کانسٹیبل" alone does not
    for k in same:
        words = fold(out[k].name).split()
        if words and words[-1] in _FORCE_POSTS:
            return k
    return None


def _named_again(a: ActorRef, out: Sequence[Participant]) -> int | None:
    """The index of a participant that ``a`` names more fully: a title given earlier
    alone ("ملزم") and now with the person's name ("ملزم جمیل")."""
    if not a.term.titled:
        return None
    words = _name_key(a.key)
    for j, p in enumerate(out):
        mine = _name_key(fold(p.name))
        if p.role.value == a.role and len(mine) < len(words) and tuple(words[: len(mine)]) == tuple(mine):
            return j
    return None


#: "نے" right after an actor: the ergative subject of its clause's verb.
_ERGATIVE_NEXT = lazy_compile(rf"\s?{word_alternation('ergative')}(?!\w)")


def _ergative_subject(a: ActorRef, text: str) -> bool:
    """Whether ``a`` is the ergative subject of its own clause ("اغوا کاروں نے تاوان طلب کیا"): it
    did something there, so a force's deed elsewhere in the incident did not strike it
    (``roles.ergative-not-struck``)."""
    return bool(text) and on("roles.ergative-not-struck") and _ERGATIVE_NEXT.match(text, a.end) is not None


def _actor_refs(clauses: Sequence[Clause], follow_up: bool = False, text: str = "") -> list[ActorRef]:
    """Actors of the event clauses and of the detail clauses right after them.

    Unless the incident is itself an arrest or an operation (``follow_up``), the
    doers of a follow-up ("پولیس نے حملہ آور کو گرفتار کر لیا") are not its perpetrators.
    """
    refs: list[ActorRef] = []
    later_victims: list[ActorRef] = []
    last_event = -1
    for clause in clauses:
        if clause.triggers or clause.weak_event:
            last_event = clause.sentence
        elif clause.sentence != last_event or "reaction" in clause.markers:
            claimants, victims = _later_parts(clause)
            refs.extend(claimants)
            if clause.sentence == last_event + 1:
                later_victims.extend(victims)
            continue
        after = clause.triggers and all(h.value.kind in _FOLLOW_UP for h in clause.triggers)
        detail = not clause.triggers
        actors = clause.actors
        if detail and clause.future and on("roles.future-detail"):
            # "... اہلکاروں کو کوئی نقصان نہیں پہنچنے دیا جائے گا": no part in what happened; an
            # actor in an earlier part closed by its own finite verb keeps it (future_from)
            actors = [a for a in actors if not clause.future_from <= a.start < clause.future_to]
            if not actors:
                continue
        refs.extend(
            a
            for a in actors
            if not (detail and a.by_default)  # a group merely named next to the report
            and (a.role == "target" or (a.role is not None and (follow_up or not after)))
        )
    if not any(a.role == "target" and not a.term.site and a.rule != "roles.crowd-present" for a in refs):
        # the event's own sentences name no victim, at most a site or the crowd that was there
        # ("جب بازار خریداروں سے بھرا ہوا تھا"), whom a later list of the dead names more closely
        if later_victims:
            refs = [a for a in refs if a.rule != "roles.crowd-present"]
        refs.extend(later_victims)
    if not follow_up and on("roles.arrest-frame"):
        refs = [_in_attack(a) for a in refs if not (a.role == "perpetrator" and a.event == "arrest")]
    state_perpetrator = any(
        a.role == "perpetrator" and not a.by_default and a.term.actor_type is _STATE for a in refs
    )
    if state_perpetrator and on("roles.unnamed-struck-by-force"):
        # "پولیس نے کارروائی کی ... دہشت گرد": unnamed armed men beside the force's deed, named with no
        # part of their own, are whom it struck
        # "شدت پسندوں نے چوکی پر حملہ کیا ... حملہ آور فرار ہو گئے": the attackers the sentences
        # make doers, named again, are the same men, not whom the force struck
        # (roles.told-doers-not-struck)
        doers = (
            {
                a.term
                for a in refs
                if a.role == "perpetrator" and not a.by_default and a.term.actor_type is not _STATE
            }
            if on("roles.told-doers-not-struck")
            else set()
        )
        refs = [
            evolve(a, role="target", rule="roles.unnamed-struck-by-force")
            if a.by_default and a.term.unnamed and not _ergative_subject(a, text) and a.term not in doers
            else a
            for a in refs
        ]
        refs = _group_of_struck_militants(refs)
    return refs


#: Actor types that fight the state's forces: whose men killed in an attack on those forces
#: were its attackers.
_ARMED_SIDES = frozenset((ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA))


def _attackers_killed_answering(refs: list[ActorRef], clauses: Sequence[Clause]) -> list[ActorRef]:
    """In an attack on the state's forces by armed men, with no state force as its doer
    ("دہشت گردوں نے چوکی پر حملہ کیا ... جوابی کارروائی میں تین دہشت گرد بھی مارے گئے"), the
    militants counted among the dead are the attackers killed as the forces answered: its
    perpetrators, not its targets (roles.attackers-killed-answering)."""
    if not on("roles.attackers-killed-answering"):
        return refs
    attacked = any(
        a.role == "target" and not a.by_default and a.term.actor_type is _STATE and not a.term.site
        for a in refs
    )
    attackers = any(
        a.role == "perpetrator" and not a.by_default and a.term.actor_type in _ARMED_SIDES for a in refs
    )
    state_perpetrator = any(
        a.role == "perpetrator" and not a.by_default and a.term.actor_type is _STATE for a in refs
    )
    if state_perpetrator or not (attacked and attackers):
        return refs

    # Where each sentence's first word of a fight is ("جوابی فائرنگ", "فائرنگ کے تبادلے",
    # "مقابلے"), and the clauses by start: read once, not once per actor.
    clash_at: dict[int, int] = {}
    for c in clauses:
        for h in c.triggers:
            if h.value.kind == "clash" and h.start < clash_at.get(c.sentence, h.start + 1):
                clash_at[c.sentence] = h.start
    spans = sorted((c.start, c.end, c.sentence) for c in clauses)

    def in_the_fight(a: ActorRef) -> bool:
        # a word of a fight before them in the sentence of the clause they are in
        i = bisect.bisect_right(spans, (a.start, math.inf)) - 1
        if i < 0 or spans[i][1] <= a.start:
            return False
        return clash_at.get(spans[i][2], a.start) < a.start

    return [
        evolve(a, role="perpetrator", rule="roles.attackers-killed-answering")
        if a.role == "target"
        and a.rule in _VICTIM_RULES
        and a.term.unnamed
        and a.term.role == "perpetrator"
        and a.term.actor_type in _ARMED_SIDES
        and in_the_fight(a)
        else a
        for a in refs
    ]


def _group_of_struck_militants(refs: list[ActorRef]) -> list[ActorRef]:
    """In a state force's operation whose victims are militants ("سیکیورٹی فورسز کی کارروائی
    میں چھ دہشت گرد مارے گئے"), the group a later sentence says they belonged to ("دہشت گردوں
    کا تعلق X سے تھا") was struck with them: it is a target, not the doer."""
    if not on("roles.struck-militants-belong"):
        return refs
    struck = any(
        a.role == "target" and a.term.unnamed and a.term.role == "perpetrator" and not a.term.site
        for a in refs
    )
    if not struck:
        return refs
    # "دہشت گردوں کا تعلق کالعدم تنظیم X کے ... سے ہے": a tie to a group described before its name is
    # read for the attackers only (roles.attackers-belong-described), not for militants struck
    refs = [a for a in refs if a.rule != "roles.attackers-belong-described"]
    return [
        evolve(a, role="target", rule="roles.struck-militants-belong")
        if a.rule in _ATTACKERS_BELONG_RULES and a.role == "perpetrator"
        else a
        for a in refs
    ]


#: Rules that make a group the one the attackers belong to ("حملہ آوروں کا تعلق X سے تھا").
_ATTACKERS_BELONG_RULES = frozenset(
    ("roles.attackers-belong", "roles.attackers-belong-hedged", "roles.attackers-belong-described")
)

#: Rules that make unnamed men the suspects of an attack: those arrested for it, those sought.
_SUSPECT_RULES = frozenset(("roles.arrest-frame", "roles.sought"))

#: Rules that make an actor one of the dead or injured a clause counts.
_VICTIM_RULES = frozenset(
    (
        "roles.casualty-subject",
        "roles.counted-victims",
        "roles.members-counted",
        "roles.victims-belong",
        "roles.victims-were",
        "roles.victims-majority",
        "roles.victims-mostly-which",
    )
)


def _later_parts(clause: Clause) -> tuple[list[ActorRef], list[ActorRef]]:
    """The actors a detail sentence after the event's own gives a part in it: the group that
    claims it ("داعش نے واقعے کی ذمہ داری قبول کر لی"), the attackers who fled or are sought, and the
    dead and injured it counts ("دو اہلکار شہید ہو گئے"), which the incident takes when its
    own sentences name no victim. Anyone else there (who speaks, who responds) is left out."""
    future = clause.future and on("roles.future-detail")
    # "ملزمان کا تعلق X سے تھا اور رپورٹ پیش کی جائے گی": the part before the future one is told
    told = (
        [a for a in clause.actors if not clause.future_from <= a.start < clause.future_to] if future else []
    )
    if "reaction" in clause.markers or (future and not told):
        # "... کے خلاف مقدمہ درج": a reaction to the event that still names its suspects
        return [a for a in clause.actors if a.rule == "roles.case-against"], []
    if future:
        case = [a for a in clause.actors if a.rule == "roles.case-against" and a not in told]
        clause = evolve(clause, actors=told + case)
    claimants = [
        evolve(a, rule="roles.claimant-later")
        for a in clause.actors
        if a.rule in ("roles.claimant", "roles.claimant-spokesman") and on("roles.claimant-later")
    ]
    # "حملہ آور موقع سے فرار ہو گئے": the attackers who fled the scene did it
    claimants += [a for a in clause.actors if a.rule == "roles.fled" and on("roles.fled")]
    # "حملہ آوروں کی تلاش جاری ہے": the attackers searched for did it
    claimants += [a for a in clause.actors if a.rule == "roles.sought" and on("roles.sought")]
    # "حملہ آوروں کا تعلق کالعدم تنظیم سے تھا": the group the attackers belong to did it
    claimants += [a for a in clause.actors if a.rule in _ATTACKERS_BELONG_RULES | {"roles.case-against"}]
    claimants += _attributed_later(clause)
    victims = [
        evolve(a, rule="roles.victims-later")
        for a in clause.actors
        if a.role == "target" and a.rule in _VICTIM_RULES and on("roles.victims-later")
    ]
    # "زخمیوں میں ایک دکاندار بھی شامل ہے": civilians named by a label in a later list of the dead
    victims += [
        evolve(a, rule="roles.listed-victims-later")
        for a in clause.actors
        if a.role == "target"
        and a.rule == "roles.among-the-casualties"
        and a.term.actor_type is ActorType.CIVILIANS
        and on("roles.listed-victims-later")
    ]
    return claimants, victims


def _attributed_later(clause: Clause) -> list[ActorRef]:
    """The actors a detail sentence after the event's own blames for it or names as taking
    part in it ("پولیس نے واقعے کا الزام X پر عائد کیا", "شبہ ہے کہ واقعے میں X ملوث ہیں"):
    the suspected perpetrators, as GUIDELINES has them."""
    if not on("roles.attributed-later"):
        return []
    return [
        evolve(a, rule="roles.attributed-later")
        for a in clause.actors
        if a.role == "perpetrator" and a.rule in ("roles.attributed", "roles.accused-of")
    ]


def _in_attack(a: ActorRef) -> ActorRef:
    """An actor of an attack as the attack sees it: whom the sentence says was arrested,
    described as an attacker ("ملزمان کو حراست میں لیا"), is its suspected perpetrator."""
    if a.role == "target" and a.event == "arrest" and a.term.role == "perpetrator":
        return evolve(a, role="perpetrator", rule="roles.arrest-frame")
    return a


def _participants(
    refs: Sequence[ActorRef],
    nt: NormalizedText,
    sites: set[str] | None = None,
    rules: list[str] | None = None,
    read_only: bool = False,
) -> list[Participant]:
    """The incident's actors, from its actor references (:func:`_actor_refs`, read once per
    incident and not changed here); the names of those that are buildings or sites go into
    ``sites``.

    With ``read_only``, armed groups that only the actor lexicon's usual part made perpetrators
    are left out when the sentences name one (``roles.read-over-default``)."""
    out: list[Participant] = []
    seen: list[tuple[str, str | None, bool]] = []  # each kept name's key, its role, whether unnamed
    text = nt.text
    if on("roles.included-no-actor"):
        refs = [a for a in refs if not _included_in_count(text, a)]
    victims = [a for a in refs if a.role == "target" and not a.term.site]
    if victims:
        refs = [a for a in refs if not (a.term.site and a.role == "target")]
    party = on("roles.unnamed-beside-party")
    if any(
        a.role == "perpetrator"
        and not a.term.unnamed
        and not (party and a.by_default and a.term.actor_type in _CROWDS)
        for a in refs
    ):
        # A named group is known: "حملہ آور", "شدت پسند" are the same people, not more; so are
        # the suspects sought or arrested for it ("مشتبہ افراد کی تلاش"): roles.suspects-not-more
        suspects = _SUSPECT_RULES if on("roles.suspects-not-more") else frozenset()
        if on("roles.case-accused-not-more"):
            # "ملزمان کے خلاف مقدمہ درج": the case's accused are the doers already named
            suspects = suspects | {"roles.case-against"}
        refs = [
            a
            for a in refs
            if not (a.role == "perpetrator" and a.term.unnamed and (a.by_default or a.rule in suspects))
        ]
    if read_only and _read_and_default(refs):
        refs = [a for a in refs if not _default_perpetrator(a)]
    exact: set[str] = set()
    terms: set[tuple[str, ActorTerm]] = set()
    last_of: dict[tuple[str, ActorTerm], ActorRef] = {}  # the last reference to each term in a role
    kept_refs: list[ActorRef] = []  # the reference each participant of ``out`` was read from
    unnamed_perpetrator = False
    for a in refs:
        if a.role is None or a.key in exact or len(out) >= _MAX_NAMES:
            continue
        exact.add(a.key)
        if _title_of_named(a, out):
            continue  # "یاسر نامی ملزم نے ... ملزم کی تلاش": the person already named
        j = _named_again(a, out) if on("roles.title-named-later") else None
        if j is not None:
            # "ملزم ... ملزم جمیل نے": the same person, now named; the name is kept.
            span = nt.span(a.start, a.end)
            out[j] = evolve(out[j], name=span.text, span=span, anonymous=False)
            if rules is not None:
                rules[j] = "roles.title-named-later"
            seen.append((a.key, a.role, a.term.unnamed))
            continue
        if (
            a.term.english is not None
            and (a.role, a.term) in terms
            and not _ranks_listed(text, a, last_of)
            and not _ranks_comma_listed(text, a, last_of)
            and not _owned_rank_then_listed(text, a, last_of)
        ):
            # another name of the same group ("ٹی ایل پی", "تحریک لبیک پاکستان"); its people
            # ("پولیس اہلکار") over a post or vehicle of it ("پولیس چوکی"): roles.members-over-post
            k = _post_named_before(a, out, text)
            if k is not None:
                span = nt.span(a.start, a.end)
                out[k] = evolve(out[k], name=span.text, span=span)
                if rules is not None:
                    rules[k] = "roles.members-over-post"
            continue
        last_of[(a.role, a.term)] = a
        if a.role == "perpetrator" and a.term.unnamed:
            if unnamed_perpetrator:
                continue
            unnamed_perpetrator = True
        terms.add((a.role, a.term))
        if _dup(a.key, _same_kind_seen(a, seen)):
            continue
        owned = a.term.site and _OWNED.search(text, max(0, a.start - 4), a.start) is not None
        if owned:
            continue
        seen.append((a.key, a.role, a.term.unnamed))
        span = nt.span(a.start, a.end)
        if a.term.site and sites is not None:
            sites.add(span.text)
        out.append(
            Participant(
                span.text,
                role=Role(a.role),
                type=a.term.actor_type,
                english_name=a.term.english,
                anonymous=a.term.unnamed,
                span=span,
            )
        )
        if rules is not None:
            rules.append(a.rule)
        kept_refs.append(a)
    if on("roles.companion-of-principal") or on("roles.relative-of-victim"):
        keep = [
            not (on("roles.companion-of-principal") and _companion_of_principal(a, kept_refs, text))
            and not (on("roles.relative-of-victim") and _relative_of_victim(a, kept_refs, text))
            for a in kept_refs
        ]
        if rules is not None:
            rules[:] = [r for r, k in zip(rules, keep, strict=True) if k]
        out = [p for p, k in zip(out, keep, strict=True) if k]
    if on("roles.generic-force-named"):
        keep = [not _generic_beside_named(p, out) and not _rank_beside_force(p, out) for p in out]
        if rules is not None:
            rules[:] = [r for r, k in zip(rules, keep, strict=True) if k]
        out = [p for p, k in zip(out, keep, strict=True) if k]
    if on("roles.accused-is-relative"):
        keep = [not _accused_is_relative(p, out) for p in out]
        if rules is not None:
            rules[:] = [r for r, k in zip(rules, keep, strict=True) if k]
        out = [p for p, k in zip(out, keep, strict=True) if k]
    return out


#: The singular accused ("ملزم", "ملزمہ"), folded: the title a crime report gives its doer.
_ACCUSED_TITLE = word_set("accused_title")


def _kin_doer(p: Participant) -> bool:
    """Whether ``p`` is a perpetrator named by kinship ("بھائی", "شوہر"), not by the accused's
    title."""
    words = fold(p.name).split()
    return (
        p.role is Role.PERPETRATOR
        and bool(words)
        and words[-1] in _RELATIVE_NOUNS
        and words[0] not in _ACCUSED_TITLE
    )


def _accused_is_relative(p: Participant, out: Sequence[Participant]) -> bool:
    """Whether ``p`` is the same doer as another perpetrator of the incident: the singular
    accused's bare title ("ملزم فرار ہو گیا") beside a doer named by kinship ("بھائی نے بہن کو
    قتل کر دیا"), or that relative beside the accused named by title and name ("ملزم اکرم"),
    who is listed instead (``roles.accused-is-relative``)."""
    if p.role is not Role.PERPETRATOR:
        return False
    words = fold(p.name).split()
    if len(words) == 1 and words[0] in _ACCUSED_TITLE:
        return any(_kin_doer(q) for q in out if q is not p)
    if not _kin_doer(p):
        return False
    return any(
        q.role is Role.PERPETRATOR and len(qw) > 1 and qw[0] in _ACCUSED_TITLE
        for q in out
        if q is not p
        for qw in (fold(q.name).split(),)
    )


#: Parties and crowds: their usual part, the doer, is read in protests and riots.
_CROWDS = frozenset((ActorType.PROTESTERS, ActorType.RIOTERS))


def _read_and_default(refs: Sequence[ActorRef]) -> bool:
    """Whether ``refs`` hold a perpetrator the sentence names and an armed group only the
    lexicon's usual part makes one."""
    perpetrators = [a for a in refs if a.role == "perpetrator"]
    return any(_default_perpetrator(a) for a in perpetrators) and any(not a.by_default for a in perpetrators)


def _default_perpetrator(a: ActorRef) -> bool:
    """Whether ``a`` is a perpetrator only by the lexicon's usual part, and no party or crowd
    (their usual part is ``roles.party-default-in-protests``' to decide)."""
    return a.role == "perpetrator" and a.by_default and a.term.actor_type not in _CROWDS


#: The English names of the actors lexicon's generic forces: "سیکیورٹی فورسز" and
#: "قانون نافذ کرنے والے ادارے" name any force, so beside a named one they are that force.
_GENERIC_FORCES = frozenset(("Security forces", "Law enforcement agencies"))


def _generic_beside_named(p: Participant, out: Sequence[Participant]) -> bool:
    """Whether ``p`` is a generic force ("سیکیورٹی فورسز") beside a force the incident names
    by its own name in the same role ("بھارتی فوج", "سی ٹی ڈی"), or only a word for
    personnel ("اہلکار") beside a force in the same role."""
    if _is_personnel(p.name):
        return any(q.role is p.role and q.type is _STATE and not _is_personnel(q.name) for q in out)
    if p.english_name not in _GENERIC_FORCES:
        return False
    return any(
        q.role is p.role and q.type is _STATE and q.english_name not in _GENERIC_FORCES
        for q in out
        if q is not p and q.english_name is not None and not _is_personnel(q.name)
    )


def _state_on_armed(actors: Sequence[Participant]) -> bool:
    """Whether the state's forces are the incident's doers and an armed group its target, with
    no armed group among the doers: an operation or fight the forces waged
    (``roles.own-dead-of-operation``)."""
    doers = [a for a in actors if a.role is Role.PERPETRATOR]
    return (
        bool(doers)
        and all(a.type is _STATE for a in doers)
        and any(a.role is Role.TARGET and a.type in _ARMED for a in actors)
    )


#: Drivers ("ڈرائیور"), and the vehicle words whose driver drove another vehicle ("رکشہ ڈرائیور").
_DRIVER_NOUN = word_set("driver_noun")
_VEHICLE_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('vehicle_noun')})\s$")


def _driver_of_struck(a: Participant, nt: NormalizedText) -> bool:
    """Whether ``a`` is a target named only as a driver, with no vehicle word of his own before
    it ("اہلکار شہید اور ڈرائیور زخمی", "آٹھ اہلکار اور ایک ڈرائیور ہلاک"): beside a state force's
    men he drove their vehicle (``roles.driver-beside-force``); "رکشہ ڈرائیور" drove another."""
    if a.role is not Role.TARGET or fold(a.name) not in _DRIVER_NOUN or a.span is None:
        return False
    return _VEHICLE_BEFORE.search(_between(nt, max(0, a.span.start - 20), a.span.start)) is None


def _armed_doers(actors: Sequence[Participant]) -> bool:
    """Whether an armed non-state group is among the incident's doers and the state's forces are
    not: an attack or fight the group waged (``roles.armed-doers-own-dead``), the mirror of
    :func:`_state_on_armed`."""
    doers = [a for a in actors if a.role is Role.PERPETRATOR]
    return any(a.type in _ARMED for a in doers) and not any(a.type is _STATE for a in doers)


#: "بھی" (also) right after a victim: "دو شہری بھی ہلاک".
_ALSO_AFTER = lazy_compile(r"\sبھی(?!\w)")


def _also_beside_fighters(p: Participant, nt: NormalizedText) -> bool:
    """Whether ``p`` is civilians said to have died or been hurt "also" ("تین شہری بھی ہلاک ہو
    گئے", "X کے علاوہ تین راہگیر بھی مارے گئے") in an incident whose target is an armed
    group: they died beside those it was aimed at and are no target of their own
    (``roles.also-beside-fighters``)."""
    if p.role is not Role.TARGET or p.type is not ActorType.CIVILIANS or p.span is None:
        return False
    _, end = nt.from_original(p.span.start, p.span.end)
    return _ALSO_AFTER.match(nt.text, end) is not None


#: Rank and post words of the police ("ایس ایچ او", "اے ایس آئی"): officers of the force.
_POLICE_RANKS = word_set("police_rank")
#: The force's own name, as a word of an actor's name ("پولیس موبائل").
_POLICE_NAME = fold("پولیس")


def _rank_beside_force(p: Participant, out: Sequence[Participant]) -> bool:
    """Whether ``p`` is an officer named by a police rank or post ("ایس ایچ او", "سب انسپکٹر"),
    beside the police in the same role ("پولیس موبائل پر فائرنگ سے ایک اے ایس آئی زخمی"): one
    of the force's members, so the force is named once (``roles.rank-beside-force``)."""
    if not on("roles.rank-beside-force"):
        return False
    if not any(q is not p and q.role is p.role and q.english_name == "Police" for q in out):
        return False  # no police in the same role: asked first, it needs no folding
    words = respelled_key(p.name).split()
    if not any(" ".join(words[:n]) in _POLICE_RANKS for n in (1, 2, 3)):
        return False
    # the force by its name ("پولیس", "پولیس موبائل"), not another rank listed with it ("ایک سب
    # انسپکٹر، دو کانسٹیبل": each listed is a target, roles.listed-casualties)
    return any(
        q is not p
        and q.role is p.role
        and q.english_name == "Police"
        and _POLICE_NAME in fold(q.name).split()
        for q in out
    )


#: Words for the personnel of any force ("اہلکار"): beside them the generic force is the name.
_PERSONNEL = word_set("personnel_noun", folded=False)


def _is_personnel(name: str) -> bool:
    """Whether an actor's name, as the text writes it, is only a word for personnel ("اہلکار"),
    in whatever spelling the outlet uses (Arabic yeh or kaf, a no-break space)."""
    return name in _PERSONNEL or fold(name) in _PERSONNEL


#: Markers of weapons not used in an attack: drills and tests.
_UNREAL = frozenset(("exercise",))


#: A weapon word, alone or first in a compound ("میزائل تنصیبات", "ڈرون اڈے"), as the object of
#: a verb of targeting: "فوجی ہیلی کاپٹر کو راکٹ سے نشانہ بنایا".
_TARGETED_OBJECT = lazy_compile(
    rf"\s(?:(?!(?:{word_alternation('ergative')}|سے|میں|پر|کے|کی|کا|اور)\s)[^\W\d]+\s)?کو\s(?:[^\W\d]+\s){{0,6}}?"
    rf"(?:{word_alternation('targeted_verb', 'start')})"
)


def _targeted_object(text: str, w: Hit[WeaponTerm], end: int) -> bool:
    """Whether the weapon word at ``w`` names what was targeted ("مسافر طیارے کو ... نشانہ
    بنایا", "ہیلی کاپٹر کو راکٹ سے نشانہ بنایا"), not the instrument: the aircraft struck
    stays in the reading (its roles and type) but is not listed as a weapon."""
    return on("weapons.struck-object") and _TARGETED_OBJECT.match(text, w.end, end) is not None


#: A weapon that is a vehicle with a crew, by its last word: "ٹینک", "طیارے", "ہیلی کاپٹر".
_WAR_VEHICLE_END = lazy_compile(rf"(?<!\w)(?:{word_alternation('war_vehicle')})$")
#: After a war vehicle, at most four words with no ergative, instrument, genitive or place
#: postposition ("و گاڑی", "اور دو بکتر بند گاڑیاں", "کو"), then a verb that tells it destroyed
#: or shot down: "4 ٹینک تباہ ہو گئے", "فوجی ہیلی کاپٹر مار گرایا" (weapons.destroyed-vehicle).
_VEHICLE_DESTROYED_AFTER = lazy_compile(
    rf"(?:\s(?!(?:{word_alternation('ergative')}|سے|کے|کی|کا|میں|پر)(?!\w))[^\W\d]+){{0,4}}?\s?"
    rf"(?:{word_alternation('vehicle_destroyed_verb', 'start')})"
)


def _destroyed_vehicle(text: str, w: Hit[WeaponTerm], end: int) -> bool:
    """Whether the weapon at ``w`` is a war vehicle told destroyed or shot down ("4 ٹینک تباہ ہو
    گئے", "فوجی ہیلی کاپٹر مار گرایا", "کئی طیارے تباہ کر دیے"): it is what the attack struck,
    not its instrument (weapons.destroyed-vehicle); a drone, missile or rocket shot down was fired
    by the other side and stays, and an aircraft that destroyed something ("طیاروں نے ... تباہ کر
    دیا") is the instrument."""
    return (
        on("weapons.destroyed-vehicle")
        and _WAR_VEHICLE_END.search(text, w.start, w.end) is not None
        and _VEHICLE_DESTROYED_AFTER.match(text, w.end, end) is not None
    )


#: Sub-event types that are no use of arms: people taken into custody, ground changing hands (the
#: fight for it is an incident of its own) and a protest that stayed peaceful.
_WEAPONLESS = frozenset(
    {
        _S.ARRESTS,
        _S.GOVERNMENT_REGAINS_TERRITORY,
        _S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        _S.PEACEFUL_PROTEST,
    }
)


def _weaponless(sub: SubEventType) -> bool:
    """Whether an incident of type ``sub`` lists no weapons: an arrest, ground taken or regained
    and a peaceful protest are no use of arms, and a weapon their clauses name is what the
    arrested are suspected of ("بم نصب کرنے کا شبہ"), what was not fired ("کوئی گولی نہیں
    چلی") or the arms of the fight told apart (weapons.no-arms-used)."""
    return sub in _WEAPONLESS and on("weapons.no-arms-used")


#: A condemnation: "حملے کی مذمت کی", "مذمت کرتے ہوئے".
_CONDEMNED = prefiltered(lazy_compile(r"(?<!\w)مذمت(?!\w)"))

#: A site of weapons right after a weapon word: "ڈرون ہینگر", "میزائل تنصیبات", "ڈرون اڈے".
_SITE_AFTER = lazy_compile(rf"\s(?:{word_alternation('weapon_site')})(?!\w)")


#: Right after a weapon word, the kind of several events it names: "دستی بم حملے کے مختلف واقعات",
#: "راکٹ حملوں کے واقعات" (up to two words, the genitive, then a noun for events counted).
_KIND_OF_EVENTS = lazy_compile(
    r"(?:\s[^\W\d]+){0,2}\s(?:کے|کی)\s"
    rf"(?:(?:{word_alternation('separate_adjective')})\s)?(?:{word_alternation('counted_events_noun')})(?!\w)"
)


#: Right after a weapon, the threat it was held as: "اسلحے کے زور پر", "بندوق کی نوک پر"
#: (weapons.at-gunpoint).
_UNDER_THREAT_AFTER = lazy_compile(rf"\s(?:کے|کی)\s(?:{word_alternation('coercion_noun')})\sپر(?!\w)")


#: A word of spying right before an aircraft: "امریکی جاسوس طیاروں" (a drone, as news calls it).
_SPY_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('spy_adjective')})\s$")
#: A weapon named as a drone: "ڈرون", "ڈرونز", "ڈرون طیارے".
_DRONE = lazy_compile(rf"(?:{word_alternation('drone_word', 'start')})")


def _weapons(clauses: Sequence[Clause], nt: NormalizedText, sub: SubEventType) -> list[Weapon]:
    out: list[Weapon] = []
    seen: list[str] = []
    exact: set[str] = set()
    spied: list[int] = []
    drone = False
    for clause in clauses:
        if clause.found_at_scene and sub is not _S.ARMED_CLASH:
            continue  # a gun found where someone was shot may be anyone's; a fight's are its own
        if on("weapons.not-used") and (clause.future or clause.markers & _UNREAL):
            continue  # "میزائل داغے جائیں گے", "میزائل کا تجربہ": a weapon not used in the event
        if _CONDEMNED.search(nt.text, clause.start, clause.end) is not None and on("weapons.condemned"):
            continue  # "دفتر خارجہ نے ڈرون حملوں کی مذمت کی": the kind of attack condemned
        for w in clause.weapons:
            if _targeted_object(nt.text, w, clause.end):
                continue  # "طیارے کو ... نشانہ بنایا": what was struck, not the instrument
            if _destroyed_vehicle(nt.text, w, clause.end):
                continue  # "4 ٹینک تباہ ہو گئے": the vehicle struck, not the instrument
            if _SITE_AFTER.match(nt.text, w.end) is not None and on("weapons.site-of-weapons"):
                continue  # "ڈرون ہینگر کو تباہ کیا": a site of weapons, struck or named, not used
            if _KIND_OF_EVENTS.match(nt.text, w.end) is not None and on("weapons.kind-of-events-summed"):
                continue  # "فائرنگ اور دستی بم حملے کے مختلف واقعات میں": the kinds of the events summed up
            if _UNDER_THREAT_AFTER.match(nt.text, w.end) is not None and on("weapons.at-gunpoint"):
                continue  # "اسلحے کے زور پر نقدی چھین لی": the threat a robbery was made under
            if w.key in exact or len(out) >= _MAX_NAMES:
                continue
            exact.add(w.key)
            if _dup(w.key, seen):
                continue
            seen.append(w.key)
            span = nt.span(w.start, w.end)
            out.append(Weapon(span.text, span=span))
            if _SPY_BEFORE.search(nt.text, max(0, w.start - 12), w.start) is not None:
                spied.append(len(out) - 1)
            drone = drone or _DRONE.match(nt.text, w.start) is not None
    if spied and drone and on("weapons.spy-plane-is-drone"):
        out = [w for i, w in enumerate(out) if i not in spied]  # "امریکی جاسوس طیاروں": the drone
    return out


def _incident_weapons(draft: _Draft, nt: NormalizedText, sub: SubEventType) -> list[Weapon]:
    """The weapons of ``draft``: those of its own clauses, and those of the lead clauses it shares
    with other incidents only when its own clauses name none ("روس نے 40 میزائل اور 60 ڈرون داغے
    ... خارکیف میں ڈرون گرنے سے": the lead's are all the strikes' weapons) or when the lead counts
    the events by their kind ("دو میزائل حملوں میں ... پہلا حملہ": each was a missile strike;
    weapons.own-over-shared-lead)."""
    if draft.shared and on("weapons.own-over-shared-lead") and _weapons(draft.clauses, nt, sub):
        counted = [c for c in draft.shared if c.several]
        return _weapons([*draft.clauses, *counted], nt, sub)
    return _weapons([*draft.clauses, *_lending_shared(draft.shared)], nt, sub)


def _lending_shared(shared: Sequence[Clause]) -> Sequence[Clause]:
    """The clauses of ``shared`` whose weapons go to an incident whose own clauses name none: those
    of a sentence that says where the events were or counts them ("X، Y اور Z میں طیاروں نے ...
    نشانہ بنایا", "دو بم دھماکوں میں"), and those of the opening told before any such sentence
    (a headline or a lead with no place speaks of the news as a whole). A sentence with no place
    and no count told after a shared sentence that names the place ("فوج نے دعویٰ کیا کہ نوجوان
    نے چاقو سے حملہ کیا", "جن میں سے زیادہ تر راکٹوں سے کیے گئے") is a detail of one account,
    and its weapon stays with the event it tells (weapons.placeless-lead-kept)."""
    if not on("weapons.placeless-lead-kept"):
        return shared
    told = {c.sentence for c in shared if c.places or c.several}
    if not told:
        return shared
    first = min(told)
    return [c for c in shared if c.sentence in told or c.sentence < first]


def _responsibility(clauses: Sequence[Clause], text: str, nt: NormalizedText) -> Responsibility:
    for clause in clauses:
        for hit in clause.responsibility:
            if _RELATIVE.match(text, hit.end):
                continue
            status = hit.value.status
            if status is ResponsibilityStatus.CLAIMED and (
                _NO_CLAIM_AFTER.match(text, hit.end) or _split_claim_negated(text, hit, clause.end)
            ):
                status = ResponsibilityStatus.UNCLAIMED
            if status is ResponsibilityStatus.UNCLAIMED:
                return Responsibility(status)
            names = _claimants(clause, hit.start, nt, status is ResponsibilityStatus.CLAIMED)
            state = bool(names) and names[0].type is _STATE
            if state and _OWN_ACT.match(hit.key) and on("roles.state-own-act"):
                continue  # "فوج نے دعویٰ کیا کہ اس نے ...": a state's forces on their own operation
            if status is ResponsibilityStatus.DENIED and (not names or _NO_CLAIM_AFTER.match(text, hit.end)):
                continue
            if status is ResponsibilityStatus.DENIED and _denies_a_report(text, hit):
                continue  # "اپنے بیان کی تردید", "خبروں کی تردید": what was said is denied, not the act
            return Responsibility(status, names)
    return Responsibility()


#: "بیان کی ", "خبروں کی ", "رپورٹ کی ": a statement or a report as the object of a denial.
_REPORT_OBJECT = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('report_noun')}|{word_alternation('statement_noun')})\sکی\s$"
)


def _denies_a_report(text: str, hit: Hit[ResponsibilityTerm]) -> bool:
    """Whether a denial's object is a statement or a report ("پولیس نے اپنے بیان کی تردید کی",
    "وزارت نے ان خبروں کی تردید کی"), with no clause after it telling what the report said:
    what was said is denied, not a part in the attack, so it tells nothing of responsibility
    (roles.report-denied)."""
    if not on("roles.report-denied") or _DENIED_CONTENT.match(text, hit.end):
        return False  # "ان خبروں کی تردید کی کہ وہ ملوث تھے": the content says what is denied
    return _REPORT_OBJECT.search(text[max(0, hit.start - 40) : hit.start]) is not None


#: "... کی تردید کی ہے کہ": a clause right after the denial's verb (and its auxiliaries) that tells
#: what the report said; not after another verb ("تردید کرتے ہوئے کہا کہ").
_DENIED_CONTENT = lazy_compile(rf"(?:\s(?:{word_alternation('finite_auxiliary')}))*\sکہ(?!\w)")


def _split_claim_negated(text: str, hit: Hit[ResponsibilityTerm], end: int) -> bool:
    """Whether a claim split around its doer ("ذمہ داری ... قبول") is negated after the word it
    needs, however far that word stands from the cue ("حملے کی ذمہ داری اب تک کسی بھی تنظیم نے
    قبول نہیں کی"): nobody claimed it (roles.split-claim-negated)."""
    pattern = hit.value.needs_pattern
    if pattern is None or not on("roles.split-claim-negated"):
        return False
    m = pattern.search(text, hit.end, min(end, hit.end + _SPLIT_CLAIM_REACH))
    return m is not None and _NO_CLAIM_AFTER.match(text, m.end()) is not None


#: How far after "ذمہ داری" its verb is looked for (characters): a bound that keeps the
#: search linear on long unpunctuated text.
_SPLIT_CLAIM_REACH = 160


#: A claim read from a group's own account of the attack ("دعویٰ کیا کہ اس نے"), not from a
#: word for responsibility.
_OWN_ACT = lazy_compile(r"دعوی|کہا")


def _claimants(clause: Clause, pos: int, nt: NormalizedText, claimed: bool = False) -> list[Actor]:
    """The group that claims or denies: the nearest one with "نے" before ``pos``, else any.
    ``claimed``: the cue claims (a source that reports a claim is no claimant; a denier speaks)."""
    groups = [a for a in clause.actors if a.term.actor_type not in (None, ActorType.CIVILIANS)]
    groups = [a for a in groups if not a.term.unnamed]
    if not groups:
        return []
    text = nt.text
    agents = [a for a in groups if a.end <= pos and text.startswith(" نے", a.end)]
    if agents:
        a = agents[-1]
    elif on("roles.claimant-after-cue"):
        # "X پر حملے کی ذمہ داری Y نے قبول کی": Y, the agent after the cue, claims; X was struck
        later = [g for g in groups if g.start >= pos and text.startswith(" نے", g.end)]
        others = [g for g in groups if g.role != "target"]
        if claimed and on("roles.claimant-not-source"):
            # "پولیس ذرائع کے مطابق حملے کی ذمہ داری X نامی گروہ نے قبول کی": the source only
            # reports the claim; the doer after the cue made it
            later = later or [g for g in groups if g.start >= pos and g.role == "perpetrator"]
            others = [g for g in others if g.rule not in _SPEAKER_RULES]
        if not later and not others:
            return []
        a = later[0] if later else others[0]
    else:
        a = groups[0]
    span = nt.span(a.start, a.end)
    return [Actor(span.text, type=a.term.actor_type, english_name=a.term.english, span=span)]


def _locations(
    draft: _Draft,
    dateline: PlaceRef | None,
    finder: PlaceFinder,
    nt: NormalizedText,
    mentioned: Sequence[PlaceRef] = (),
    reasons: list[Reason] | None = None,
) -> list[Any]:
    places = list(draft.places)
    abroad = (
        dateline is not None
        and dateline.country is not None
        and any(p.level == 0 and p.country not in (None, dateline.country) for p in places)
        and on("places.dateline-abroad")
    )
    if (
        draft.main
        and dateline is not None
        and not abroad
        and not any(1 <= p.level <= 3 and not _border(p) for p in places)
    ):
        places.append(dateline)
    elif (
        draft.main
        and dateline is not None
        and on("places.dateline-encloses")
        and _in_city(places, dateline, nt.text, held=_dateline_regions(places, dateline, finder))
    ):
        # "پشاور: حیات آباد میں ...": a part of the dateline's city has the city around it.
        towns = [p for p in places if 1 <= p.level <= 3]
        village = any(p.place is None and _village(p, nt.text) for p in towns) and not any(
            p.place is None and _urban_part(p, nt.text) for p in towns
        )
        metropolis = any(_district_of_metropolis(p, dateline) for p in towns)
        metropolis_town = any(_town_of_metropolis_district(p, dateline) for p in towns)
        held = _dateline_regions(places, dateline, finder)
        area = not _in_city(places, dateline, nt.text, areas=False, held=held)
        rule = (
            "places.area-in-dateline-region"
            if held
            else "places.split-district"
            if any(_in_split_district(p, dateline) for p in towns)
            else "places.near-dateline-town"
            if any(_near_dateline_town(p, dateline) for p in towns)
            else "places.rare-name-after-dateline"
            if any(_rare_name_alone(p, nt.text) for p in towns)
            else "places.area-of-local-owner"
            if any(_area_of_local_owner(p, towns, [q is not p for q in towns], nt.text) for p in towns)
            else "places.dateline-encloses-area"
            if area
            else "places.dateline-encloses-village"
            if village
            else "places.districts-of-a-metropolis"
            if metropolis
            else "places.town-of-metropolis-district"
            if metropolis_town
            else "places.dateline-encloses"
        )
        level = min([dateline.level, *(p.level for p in towns)]) if area else dateline.level
        places.append(evolve(dateline, rule=rule, level=level))  # after the area it holds
    elif (
        draft.main
        and dateline is not None
        and on("places.dateline-within")
        and _around_dateline(places, dateline, finder)
    ):
        # "پشاور: خیبر پختونخوا میں ...": the text names only the province the dateline is in.
        region = any(not within(dateline, p) and _region_of_province(p, dateline) for p in places)
        across = any(_region_across_provinces(p, dateline, finder) for p in places)
        rule = (
            "places.region-keeps-dateline"
            if region
            else "places.region-across-provinces"
            if across
            else "places.dateline-within"
        )
        places.append(evolve(dateline, rule=rule))
    elif draft.main and dateline is not None and any(_of_dateline_unit(p, dateline, nt.text) for p in places):
        # "قندھار: صوبے کے ضلع اسپن بولدک میں ...": the province the dateline names holds the event.
        places.append(evolve(dateline, rule="places.bare-noun-is-dateline"))
    if draft.main and dateline is not None and _dateline_named_otherwise(places, dateline):
        if on("places.other-name-yields-to-dateline"):
            # "کراچی: شہر قائد کے علاقے X میں": one place is listed once, by the dateline's name.
            places = [p for p in places if p.place is not dateline.place or p.site]
        places.append(evolve(dateline, rule="places.dateline-by-other-name"))
    if any(p.level >= 1 and not p.site for p in places):
        places = [p for p in places if p.level >= 1]
    places = _without_country_parts(places, nt.text)
    town = any(p.level >= 3 and not p.site and not _border(p) for p in draft.places)
    if on("places.highway-beside-district") and any(
        p.level >= 2 and not p.site and not _border(p) and not _highway(p) for p in places
    ):
        places = [p for p in places if not _highway(p)]  # "X میں انڈس ہائی وے پر": in X
    if town and on("places.border-beside-town"):
        places = [p for p in places if not _border(p)]  # "X سیکٹر میں لائن آف کنٹرول پر": at X
    for q in _enclosing(places, mentioned) if on("places.enclosing-named-elsewhere") else ():
        if on("places.enclosing-named-later-apart") and _named_later_apart(q, draft, nt.text):
            continue
        if _country_part(q) and _town_of_country(q, places):
            continue  # "جنوبی لبنان" beside a town of Lebanon (places.country-part-beside-town)
        if on("places.bare-area-over-placed") and _placed_without_area(q, places, dateline, nt.text):
            continue
        if len(places) < _MAX_PLACES and not any(_same_place(q, p) for p in places):
            places.append(evolve(q, rule="places.enclosing-named-elsewhere"))
    if on("places.town-inside-site-name"):
        places = _outside_site_names(places, dateline)  # after the enclosing places the town tells
    if on("places.held-territory-as-country"):
        places = _without_held_territories(places)
    places.sort(key=lambda p: -p.level)
    out = []
    for p in places:
        span = nt.span(p.start, p.end)
        out.append(finder.to_location(p, span.text, span))
        if reasons is not None:
            reasons.append(Reason("place", span.text, p.rule, span=span))
    return out


def _held_territory(place: PlaceRef) -> bool:
    """Whether ``place`` is a territory named by who holds it ("مقبوضہ کشمیر", "بھارت کے زیر انتظام
    کشمیر", "مقبوضہ مغربی کنارے")."""
    words = place.key.split()
    held = place_words("held_territory_word")
    return any(w in held or " ".join(words[i : i + 2]) in held for i, w in enumerate(words))


def _without_held_territories(places: list[PlaceRef]) -> list[PlaceRef]:
    """``places`` but a territory named by who holds it, where a town or district of it is named:
    the name says whose the land is, as a country's does, and is listed only when the incident has
    no place under it (rule ``places.held-territory-as-country``)."""
    if not any(p.level >= 2 and not p.site and not _held_territory(p) for p in places):
        return places
    return [p for p in places if not _held_territory(p)]


def _outside_site_names(places: list[PlaceRef], dateline: PlaceRef | None) -> list[PlaceRef]:
    """``places`` but a town or country whose name is written inside the name of a site listed
    with it ("X بازار", "X اسپتال"): that mention names the site, which stands for the town;
    the dateline's town is kept ("دمشق: ... دمشق ایئرپورٹ"), where the report puts the event,
    and so is a town when the incident has no other town, district or province ("پشاور
    یونیورسٹی میں"): then it is the site's town (rule ``places.town-inside-site-name``)."""
    sites = [q for q in places if q.site]
    inner = [p for p in places if not p.site and any(q.start <= p.start and p.end <= q.end for q in sites)]
    other = any(p.level >= 1 and not p.site and p not in inner for p in places)
    return [
        p
        for p in places
        if p not in inner or (dateline is not None and p.key == dateline.key) or (p.level >= 1 and not other)
    ]


def _country_part(place: PlaceRef) -> bool:
    """Whether ``place`` is a compass part of a country ("جنوبی شام", "مغربی افغانستان"): the
    gazetteer's country with a compass word before it; or a compass part of a region ("جنوبی
    کشمیر", "جنوبی لبنان", "جنوبی غزہ": rule ``places.region-part-as-region``)."""
    if place.place is None or place.level != 1:
        return False
    kind = getattr(place.place, "kind", None)
    if kind == "country":
        return True
    # The Gaza Strip's compass parts ("شمالی غزہ", "جنوبی غزہ") are the units it is governed by.
    return (
        kind == "region"
        and place.country != "PS"
        and place.key.split(" ", 1)[0] in _COMPASS_FOLDED
        and on("places.region-part-as-region")
    )


_COMPASS_FOLDED = word_set("compass_adjective")


#: What lies between a compass part of a country and the name it owns: a genitive ending and up
#: to three words (a place noun, with a compass word: "کے شہر ", "کے مشرقی صوبے ").
_PART_OWNS = lazy_compile(r"\s(?:کے|کی)\s(?:[^\W\d]+\s){1,3}")


def _without_country_parts(places: list[PlaceRef], text: str) -> list[PlaceRef]:
    """``places`` without a compass part of a country that owns, in the genitive, a town, district
    or province named next ("جنوبی شام کے شہر درعا میں", "مغربی افغانستان کے صوبے ہرات میں"):
    the part says where in the country the named place lies, as the country does, and is no
    place of its own (rule ``places.country-part-as-country``)."""
    if not on("places.country-part-as-country") or not any(_country_part(p) for p in places):
        return places
    owned = [p for p in places if p.level >= 1 and not p.site and not _country_part(p)]

    def owns(part: PlaceRef) -> bool:
        return any(
            q.start > part.end and _PART_OWNS.fullmatch(text, part.end, q.start) is not None for q in owned
        )

    return [p for p in places if not (_country_part(p) and (owns(p) or _town_of_country(p, owned)))]


def _town_of_country(part: PlaceRef, places: Sequence[PlaceRef]) -> bool:
    """Whether ``places`` hold a district or town of the country ``part`` is a compass part of
    ("جنوبی لبنان میں ... ڈرون حملہ ... صور کے قریب قصبے X میں"): the town says where, and the part
    is dropped as the country is (rule ``places.country-part-beside-town``)."""
    return on("places.country-part-beside-town") and any(
        q.level >= 2 and not q.site and q.country == part.country for q in places
    )


def _dateline_named_otherwise(places: Sequence[PlaceRef], dateline: PlaceRef) -> bool:
    """Whether the incident's places name the dateline's town by another of its names ("کراچی: شہر
    قائد میں ...") and not by the dateline's: the dateline's name is listed too, as two names of
    one place are."""
    if not on("places.dateline-by-other-name") or dateline.place is None:
        return False
    if any(p.start == dateline.start or p.key == dateline.key for p in places):
        return False
    return any(p.place is dateline.place and not p.site for p in places)


#: A place noun with no name, in the genitive, before the place noun of a name: "صوبے کے ضلع ",
#: "ضلع کی تحصیل ", "اسی ضلع کے نواحی علاقے ". The bare noun is the dateline's province or district.
_BARE_OWNER = lazy_compile(
    r"(?:^|[:\-—–،,۔)\n]|(?<!\w)(?:اس|اسی|مذکورہ))\s*"
    rf"({word_alternation('owner_unit_noun')})\s(?:کے|کی)\s(?:[^\W\d]+\s){{1,2}}$"
)


def _of_dateline_unit(place: PlaceRef, dateline: PlaceRef, text: str) -> bool:
    """Whether ``place`` is named after a bare province or district noun in the genitive
    ("قندھار: صوبے کے ضلع اسپن بولدک", "بنوں: ضلع کی تحصیل ڈومیل") and the dateline's town
    gives its name to that province or district (by the gazetteer): the event is in the
    dateline's province or district, which stays a place of it."""
    if not on("places.bare-noun-is-dateline") or dateline.place is None or place.site:
        return False
    m = _BARE_OWNER.search(text, max(0, place.start - 40), place.start)
    if m is None:
        return False
    name = getattr(dateline.place, "name_en", None)
    unit = "admin1" if m.group(1).startswith("صوب") else "admin2"
    return name is not None and getattr(dateline.place, unit, None) == name


def _around_dateline(places: Sequence[PlaceRef], dateline: PlaceRef, finder: PlaceFinder) -> bool:
    """Whether the places (not sites) are all districts or provinces that hold the dateline's
    town: the text puts the event in no other town."""
    wider = [p for p in places if not p.site and p.level >= 1 and not _border(p)]
    return bool(wider) and all(
        p.level <= 2
        and (
            within(dateline, p)
            or _region_of_province(p, dateline)
            or _region_across_provinces(p, dateline, finder)
        )
        for p in wider
    )


#: The parts a district was split into, as the gazetteer's district names begin ("Lower Dir",
#: "Upper South Waziristan", "Central Kurram").
_DISTRICT_PARTS = ("Lower ", "Upper ", "Central ")


def _in_split_district(place: PlaceRef, dateline: PlaceRef) -> bool:
    """Whether ``place`` lies in a part of the district the dateline names by its undivided name
    ("جنوبی وزیرستان: وانا بازار میں", Wana in Lower South Waziristan; "کوہستان: داسو کے قریب",
    Dasu in Upper Kohistan): reports go on naming a split district as one, so the dateline holds
    the town (rule ``places.split-district``)."""
    name = getattr(dateline.place, "name_en", None)
    district = str(getattr(place.place, "admin2", None) or "")
    return (
        name is not None
        and any(district == part + name for part in _DISTRICT_PARTS)
        and getattr(place.place, "admin1", None) == getattr(dateline.place, "admin1", None)
        and on("places.split-district")
    )


def _dateline_regions(places: Sequence[PlaceRef], dateline: PlaceRef, finder: PlaceFinder) -> list[PlaceRef]:
    """The regions of no one district among ``places`` that hold the dateline's town ("رحیم یار
    خان: کچے کے علاقے X میں ..."): such a region names no other town, so it and a village or
    area named in it lie at the dateline, as an area named alone does (rule
    ``places.area-in-dateline-region``)."""
    if not on("places.area-in-dateline-region"):
        return []
    held = [
        p
        for p in places
        if p.level == 1
        and not within(dateline, p)
        and (_region_of_province(p, dateline) or _region_across_provinces(p, dateline, finder))
    ]
    others = [p for p in places if 1 <= p.level <= 3 and not any(p is h for h in held)]
    return held if others else []


def _area_named_in(region: PlaceRef, area: PlaceRef, text: str) -> bool:
    """Whether ``area`` is named right after the name of ``region`` that ends in its own area
    noun ("کچے کے علاقے X"): the region owns it, as "ملیر کے علاقے X" has Malir own X (rule
    ``places.area-in-dateline-region``)."""
    return (
        on("places.area-in-dateline-region")
        and region.place is not None
        and not text[region.end : area.start].strip()
        and region.key.split()[-1] in place_words("city_area_noun")
    )


def _region_across_provinces(place: PlaceRef, dateline: PlaceRef, finder: PlaceFinder) -> bool:
    """Whether ``place`` is a region of no one district that runs through several provinces, one
    of them the dateline's ("لاڑکانہ: کچے کے علاقے میں ...": the riverine belt lies in Sindh as
    well as in Punjab): like a region of the dateline's own province, it names no other town,
    district or province, so the report stays at its dateline (rule
    ``places.region-across-provinces``)."""
    town = dateline.place
    return (
        on("places.region-across-provinces")
        and place.country is not None
        and place.country == getattr(town, "country", None)
        and getattr(town, "admin1", None) in finder.region_provinces(place)
    )


def _region_of_province(place: PlaceRef, dateline: PlaceRef) -> bool:
    """Whether ``place`` is a region of no one district in the dateline's province ("رحیم یار خان:
    کچے کے علاقے میں ...", "ملتان: جنوبی پنجاب میں ..."): no other town, district or province,
    so the report stays at its dateline."""
    region, town = place.place, dateline.place
    return (
        on("places.region-keeps-dateline")
        and getattr(region, "kind", None) == "region"
        and not getattr(region, "admin2", None)
        and region.country is not None
        and region.country == getattr(town, "country", None)
        and getattr(region, "admin1", None) is not None
        and region.admin1 == getattr(town, "admin1", None)
    )


def _border(place: PlaceRef) -> bool:
    """Whether ``place`` is a border or a highway ("پاک افغان سرحد", "لائن آف کنٹرول", "شاہراہ
    قراقرم"): a line, so an event on it still happened at the dateline's town."""
    lines = place_words("border_line")
    words = place.key.split()
    return (
        place.place is not None
        and any(w in lines or " ".join(words[i : i + 2]) in lines for i, w in enumerate(words))
        and on("places.border-keeps-dateline")
    )


def _highway(place: PlaceRef) -> bool:
    """Whether ``place`` is named as a highway between towns ("انڈس ہائی وے", "قومی شاہراہ"): its
    last word is both a road's and a line's (``road`` and ``border_line``), unlike a city's road
    ("X روڈ"), known to a gazetteer or not."""
    highway = place_words("road") & place_words("border_line")
    words = place.key.split()
    return bool(words) and (words[-1] in highway or " ".join(words[-2:]) in highway)


def _beside_area_noun(place: PlaceRef, text: str) -> bool:
    """Whether ``place`` is named right beside a noun for an area, village or part of a town ("علاقے
    X", "X کے علاقے", "گاؤں X", "X محلے"), not a town ("شہر X") or district."""
    nouns = (
        place_words("city_area_noun")
        | place_words("village_noun")
        | place_words("urban_part")
        | place_words("numbered_place_noun")
    )
    before = text[max(0, place.start - 20) : place.start].split()[-1:]
    after = [w for w in text[place.end : place.end + 20].split()[:2] if w not in ("کے", "کی", "کا")][:1]
    return any(w in nouns for w in (*before, *after, *place.key.split()[-1:], *place.key.split()[:1]))


def _in_city(
    places: Sequence[PlaceRef],
    dateline: PlaceRef,
    text: str,
    *,
    areas: bool = True,
    held: Sequence[PlaceRef] = (),
) -> bool:
    """Whether every town of ``places`` lies in the dateline's city or district (by the gazetteer,
    or named with a noun for a part of a city: "اورنگی ٹاؤن", "سیکٹر جی نائن", or is a region of
    ``held``, which holds the dateline's town) and the dateline is not among them; with ``areas``,
    also when the others are areas :func:`_areas_in_dateline` puts there."""
    city = getattr(dateline.place, "name_en", None)
    towns = [p for p in places if 1 <= p.level <= 3]
    if not towns or any(_same_place(p, dateline) for p in towns):
        return False
    inside = [
        (city and str(getattr(p.place, "admin2", None) or "").startswith(city))
        or (p.place is None and _urban_part(p, text))
        or (p.place is None and _village(p, text))
        or _district_of_metropolis(p, dateline)
        or _town_of_metropolis_district(p, dateline)
        or any(p is h for h in held)
        or _in_split_district(p, dateline)
        or _near_dateline_town(p, dateline)
        or _rare_name_alone(p, text)
        or p.rule in _STATION_NAMED_RULES  # a police station serves the dateline's district
        for p in towns
    ]
    return all(inside) or (areas and _areas_in_dateline(towns, inside, text))


#: The rules that read a place as the locality a police station is named after, which serves the
#: dateline's district.
_STATION_NAMED_RULES = frozenset({"places.police-station-name", "places.station-limits-locality"})

#: A genitive and up to two place nouns between an owner's name and the area's: "ملیر کے علاقے ",
#: "خیبر کی تحصیل ", "بنوں کے نواحی گاؤں ".
_AREA_OF = lazy_compile(r"\s*(?:کے|کی)\s+(?:\w+\s+){1,2}$")
#: The same with a compass word of two words before the place noun: "کینیا کے شمال مشرقی علاقے ".
_AREA_OF_COMPASS = lazy_compile(rf"\s*(?:کے|کی)\s+(?:{word_alternation('compass_adjective')})\s+\w+\s+$")


#: The rules that read a name beside a place noun (see :func:`_areas_in_dateline`).
_AREA_RULES = frozenset(
    {
        "places.cue",
        "places.area-in-owner-country",
        "places.named-nami",
        "places.name-final-noun",
        "places.numbered-settlement",
        "places.numbered-settlement-code",
        "places.numbered-settlement-word",
    }
)


def _areas_in_dateline(towns: Sequence[PlaceRef], inside: Sequence[bool | str | None], text: str) -> bool:
    """Whether the towns not known to lie in the dateline's city are all areas the gazetteer does
    not know, read beside a place noun, whose owner named right before them ("ملیر کے علاقے X")
    lies there, or that have no owner named at all ("پشاور: X کے علاقے میں"): a report names the
    district of a place in another district, so an area named alone is the dateline's."""
    if not on("places.dateline-encloses-area"):
        return False
    ok = [bool(b) for b in inside]
    for i, p in enumerate(towns):
        if ok[i]:
            continue
        if _area_of_local_owner(p, towns, ok, text):
            ok[i] = True
            continue
        near = p.rule in _NEAR_RULES and on("places.dateline-encloses-near")
        if p.place is not None or p.site or (p.rule not in _AREA_RULES and not near):
            return False
        if not near and not _beside_area_noun(p, text):
            return False  # "ایکواڈور کے شہر X": a town of its own
        owner = next(
            (
                j
                for j, q in enumerate(towns)
                if q.end <= p.start
                and (_AREA_OF.fullmatch(text, q.end, p.start) or _area_named_in(q, p, text))
            ),
            None,
        )
        if owner is None and _owned_before(text, p.start):
            return False  # its owner is no town of the incident's (a country, a region)
        if owner is None and _owned_past_compass(text, p.start):
            return False  # "کینیا کے شمال مشرقی علاقے X": an area of the country, not of the city
        if owner is not None and not ok[owner]:
            return False
        ok[i] = True
    return True


def _owned_before(text: str, start: int) -> bool:
    """Whether a genitive and up to two words right before ``start`` name an owner of the area
    read there ("ملیر کے علاقے X"); a time of day after a day's genitive ("بدھ کی صبح X کے علاقے
    میں") tells when, and owns nothing (places.time-of-day-no-owner)."""
    m = _AREA_OF.search(text, max(0, start - 30), start)
    if m is None:
        return False
    between = " ".join(m.group(0).split()[1:])
    return not (on("places.time-of-day-no-owner") and fold(between) in TIMES_OF_DAY)


def _owned_past_compass(text: str, start: int) -> bool:
    """Whether the area named at ``start`` follows an owner's genitive and a two-word compass word
    before its place noun ("کینیا کے شمال مشرقی علاقے مانڈیرا"): it is the owner's area, as it is
    after a one-word one (rule ``places.area-of-compass-part``)."""
    m = _AREA_OF_COMPASS.search(text, max(0, start - 40), start)
    return m is not None and " " in m.group().strip().split(" ", 1)[1] and on("places.area-of-compass-part")


#: A police station's name, a genitive and an area noun before an area's name: "تھانہ صادق آباد کے
#: علاقے ", "تھانے سٹی کی حدود ".
_POLICE_OWNED = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('police_station')})\s(?:[^\W\d]+\s){{1,3}}"
    rf"(?:{word_alternation('area_after')}|(?:کے|کی)\s(?:{word_alternation('city_area_noun')}))\s$"
)


def _area_of_local_owner(place: PlaceRef, towns: Sequence[PlaceRef], ok: Sequence[bool], text: str) -> bool:
    """Whether ``place`` is named as an area of an owner that lies in the dateline's town: of a
    town or area already found there ("کراچی: منگھوپیر کے علاقے سلطان آباد میں", where the
    gazetteer knows another Sultanabad elsewhere), or of a police station ("راولپنڈی: تھانہ صادق
    آباد کے علاقے X میں"), whose area is the dateline's (rule ``places.area-of-local-owner``)."""
    if place.site or place.level != 3 or not on("places.area-of-local-owner"):
        return False
    start = max(0, place.start - 60)
    if _POLICE_OWNED.search(text, start, place.start) is not None:
        return True
    return any(
        ok[j]
        and q.end <= place.start
        and _AREA_OF.fullmatch(text, q.end, place.start) is not None
        and any(w in place_words("city_area_noun") for w in text[q.end : place.start].split())
        for j, q in enumerate(towns)
    )


#: "شہر کے علاقے X", "شہر کے نواحی علاقے X", "نواحی علاقے X", "شہر کے X علاقے", "صوبائی دارالحکومت
#: کے علاقے X": an area of the city the article is filed from, or of its outskirts.
_CITY_AREA = lazy_compile(
    rf"(?<!\w)(?:(?:(?:{word_alternation('city_seat_noun')}) کے (?:\w+ )?|نواحی )"
    rf"(?:{word_alternation('city_area_noun')}) |شہر (?:کے|کی) )$"
)


#: A city of at least this many people may be divided into districts of its own ("کراچی").
_METROPOLIS = 5_000_000
#: A district of such a city lies within this many kilometres of its centre.
_METROPOLIS_KM = 30.0


def _district_of_metropolis(place: PlaceRef, dateline: PlaceRef) -> bool:
    """Whether ``place`` is a district of the dateline's city: a city of millions divided into
    districts ("کراچی: کورنگی میں ...", "ملیر"), the district in its province and near its centre."""
    district, city = place.place, dateline.place
    if not on("places.districts-of-a-metropolis") or district is None or city is None:
        return False
    if getattr(district, "kind", None) != "district" or getattr(district, "admin1", None) != getattr(
        city, "admin1", None
    ):
        return False
    if (getattr(city, "population", 0) or 0) < _METROPOLIS:
        return False
    km = _km(district, city)
    return km is not None and km <= _METROPOLIS_KM


def _town_of_metropolis_district(place: PlaceRef, dateline: PlaceRef) -> bool:
    """Whether ``place`` is a town the gazetteer puts in a district of the dateline's city of
    millions, a district named otherwise than the city ("کراچی: لانڈھی میں ...", a town of the
    district Korangi): the town lies in the city as its district does, by the test of
    :func:`_district_of_metropolis` (rule ``places.town-of-metropolis-district``)."""
    town, city = place.place, dateline.place
    if town is None or city is None or place.site or not on("places.town-of-metropolis-district"):
        return False
    if getattr(town, "kind", None) != "town" or not getattr(town, "admin2", None):
        return False
    if getattr(town, "admin1", None) != getattr(city, "admin1", None):
        return False
    if (getattr(city, "population", 0) or 0) < _METROPOLIS:
        return False
    km = _km(town, city)
    return km is not None and km <= _METROPOLIS_KM


#: The rules that read a rare word before "میں" as a name no gazetteer knows.
_RARE_NAME_RULES = frozenset({"places.rare-name-before-mein", "places.toponym-final-word"})


def _rare_name_alone(place: PlaceRef, text: str) -> bool:
    """Whether ``place`` is a rare name read before "میں" in the lead sentence, which the
    dateline opens, with no owner named before it in the genitive ("خیرپور: بابرلوئی میں ..."):
    like an area named alone, it lies at the dateline (rule ``places.rare-name-after-dateline``).
    A rare name in a later sentence may be a town of another district."""
    return (
        place.place is None
        and not any(c in text[: place.start] for c in ("۔", "\n"))
        and place.rule in _RARE_NAME_RULES
        and _GENITIVE_END.search(text, max(0, place.start - 6), place.start) is None
        and on("places.rare-name-after-dateline")
    )


#: A genitive ending right before a name: "مستونگ کے X".
_GENITIVE_END = lazy_compile(rf"(?<!\w)(?:{word_alternation('genitive')})\s$")


#: A town the gazetteer gives no district lies in the dateline's when this near its town.
_NEAR_DATELINE_KM = 40.0


def _near_dateline_town(place: PlaceRef, dateline: PlaceRef) -> bool:
    """Whether ``place`` is a town the gazetteer gives no district (a GeoNames town: "دادو: جوہی کے
    علاقے میں") in the dateline's province and within :data:`_NEAR_DATELINE_KM` of its town, which
    gives its district its name: a report is filed from the district's town about the towns
    around it, so the dateline stays (rule ``places.near-dateline-town``)."""
    town, city = place.place, dateline.place
    if town is None or city is None or place.site or getattr(town, "admin2", None):
        return False
    if getattr(town, "kind", None) not in ("town", "city") or getattr(town, "admin1", None) is None:
        return False
    if getattr(town, "admin1", None) != getattr(city, "admin1", None) or not on("places.near-dateline-town"):
        return False
    name = getattr(city, "name_en", None)
    if not name or getattr(city, "admin2", None) != name:
        # the dateline's town gives no district its name: a city of millions still spreads over
        # the towns near its centre ("بغداد: ... کرادہ میں")
        return _metropolis_part(town, city)
    km = _km(town, city)
    return km is not None and km <= _NEAR_DATELINE_KM


def _metropolis_part(town: Any, city: Any) -> bool:
    """Whether ``town``, which the gazetteer gives no district, in the province of the dateline's
    ``city``, is a part of that city: a city of at least :data:`_METROPOLIS` people spreads over
    the towns and quarters within :data:`_METROPOLIS_KM` of its centre (rule
    ``places.metropolis-part``)."""
    if (getattr(city, "population", 0) or 0) < _METROPOLIS or not on("places.metropolis-part"):
        return False
    km = _km(town, city)
    return km is not None and km <= _METROPOLIS_KM


def _village(place: PlaceRef, text: str) -> bool:
    """Whether a name the gazetteer does not know was read after a noun for a village ("موضع
    X", "گاؤں X", "نواحی گاؤں X"): a village around the dateline's town."""
    return on("places.dateline-encloses-village") and _village_noun_before(place, text)


def _urban_part(place: PlaceRef, text: str) -> bool:
    """Whether a name read beside a cue is a part of a city ("اورنگی ٹاؤن", "سیکٹر جی نائن",
    "شہر کے علاقے X")."""
    parts = place_words("urban_part")
    before = text[max(0, place.start - 12) : place.start].split()
    if place.key.split()[-1] in parts or (bool(before) and before[-1] in parts):
        return True
    return _CITY_AREA.search(text, max(0, place.start - 30), place.start) is not None


#: At most this many distinct districts and provinces of an article are tried as enclosing places.
_MAX_WIDER = 32


def _not_owned_elsewhere(
    wider: Sequence[PlaceRef], draft: _Draft, drafts: Sequence[_Draft], reading: DocReading
) -> Sequence[PlaceRef]:
    """``wider`` but the provinces that another incident, at another town, names as its own place
    ("بلوچستان کے ضلع قلات میں حملہ ... مستونگ میں گرفتاریاں"): copy gives the hierarchy with the
    incident it tells, and a later incident in the same province that does not name it is not
    given it; a district holds the towns of both ("سوات کی تحصیل مٹہ ... تحصیل کبل"). A sentence
    that names the province with this incident's place too (a lead that sums up both: "بلوچستان
    سے لاشیں ملیں جبکہ کوئٹہ میں فائرنگ") gives it to both (rule
    ``places.enclosing-owned-elsewhere``)."""
    if len(drafts) < 2 or not wider:
        return wider
    out = []
    for q in wider:
        # Only a province is owned apart (see _owns_apart): the level is asked first, it is cheap.
        if (
            q.level == 1
            and not any(_same_place(q, p) for p in draft.places)
            and any(_owns_apart(q, d, draft, reading) for d in drafts if d is not draft)
        ):
            continue
        out.append(q)
    return tuple(out)


def _owns_apart(q: PlaceRef, owner: _Draft, draft: _Draft, reading: DocReading) -> bool:
    """Whether ``owner`` names the province ``q`` as its own place beside another place (a town or site in it)
    that ``draft`` does not share, and names it in no sentence that names a place of ``draft``."""
    if q.level != 1:
        return False  # a district holds the towns of both: "سوات کی تحصیل مٹہ ... تحصیل کبل"
    mentions = [p for p in owner.places if _same_place(q, p)]
    if not mentions:
        return False
    others = [p for p in owner.places if not _same_place(p, q)]
    if not others or any(_same_place(a, b) for a in others for b in draft.places):
        return False  # the province alone, or both at one town of it: it holds both
    for m in mentions:
        sent = next((x for x in reading.analysis.sentences if x.start <= m.start < x.end), None)
        if sent is None:
            continue
        if any(
            sent.start <= r.start < sent.end and any(_same_place(r, b) for b in draft.places)
            for r in reading.places
        ):
            return False  # a lead that sums up both incidents names the province for both
    return True


def _wider_places(reading: DocReading) -> tuple[PlaceRef, ...]:
    """The first mention of each district, province or region the article names, at most
    :data:`_MAX_WIDER`: the places an incident's own may lie in."""
    seen: set[str] = set()
    out: list[PlaceRef] = []
    text = reading.analysis.text
    body = on("places.force-named-by-place")
    office = on("places.office-encloses-nothing")
    actor_starts = frozenset(a.start for c in reading.clauses for a in c.actors if not a.term.site)
    for q in reading.places:
        if body and _FORCE_OF_PLACE.match(text, q.end):
            continue  # "سندھ حکومت کے ترجمان": a body, no mention of where anything is
        if office and (_titled(text, q, actor_starts) or title_before(text, q)):
            continue  # "مہاراشٹر کے سابق وزیر": an office, no mention of where anything is
        if q.province:  # "صوبہ دیر الزور", "ریاست نائجر": a city's or a country's name for a province
            q = evolve(q, level=1, country=q.country if q.level else None)
        if 1 <= q.level <= 2 and not q.site and q.key not in seen and len(out) < _MAX_WIDER:
            seen.add(q.key)
            out.append(q)
    return tuple(out)


def _article_country(reading: DocReading) -> tuple[str, PlaceRef | None] | None:
    """The one country every place of the article the gazetteer knows lies in, if there is one,
    with the article's first mention of that country by name (if it names it)."""
    # A country named only as one that acts or owns the force ("روس کے جنگی طیاروں نے") is no
    # place of the article (rule ``places.acting-country-not-article``).
    acting = reading.acting_countries
    if on("places.initials-open-acronym"):
        # "یو کے ایم ٹی او": the initials of a body name no country of the article
        acronyms = {
            p.start for p in reading.places if initials_open_acronym(reading.analysis.normalized.text, p)
        }
        acting = acting | acronyms if acronyms else acting
    codes = {
        p.country
        for p in (*reading.places, *reading.round_up)
        if p.place is not None and p.start not in acting
    }
    if len(codes) != 1 or None in codes:
        return None
    code = next(iter(codes))
    assert code is not None
    # "آل انڈیا مجلس": a body's name that spans the country names no place of it (rule
    # ``places.all-body-name``).
    text = reading.analysis.normalized.text
    body = on("places.all-body-name")
    initials = on("places.initials-open-acronym")
    return code, next(
        (
            p
            for p in reading.places
            if p.level == 0
            and p.country == code
            and not p.site
            and not (body and all_body_name(text, p))
            and not (initials and initials_open_acronym(text, p))
        ),
        None,
    )


def _named_later_apart(q: PlaceRef, draft: _Draft, text: str) -> bool:
    """Whether ``q`` is named only after the incident's first clause, in a paragraph that holds
    none of its clauses (rule ``places.enclosing-named-later-apart``): copy gives an incident's
    district or province before it or beside it; one named further on is background."""
    clauses = [*draft.clauses, *draft.shared]
    if not clauses or q.start < min(c.start for c in clauses):
        return False
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    return not any(c.start < end and c.end > start for c in clauses)


#: A province holding the places of this many different incidents is a round-up's scope.
_ROUND_UP_SCOPE = 3


def _without_scopes(wider: Sequence[PlaceRef], drafts: Sequence[_Draft]) -> tuple[PlaceRef, ...]:
    """``wider`` but the provinces the article names over incidents at :data:`_ROUND_UP_SCOPE`
    or more different places of theirs ("خیبرپختونخوا میں حملے: بنوں میں ..., باجوڑ میں ...,
    پشاور میں ..."): the province is the scope of the round-up, no place of each incident (rule
    ``places.province-over-round-up``). One that is a city's name made a province by its noun
    ("صوبہ X", rule ``places.province-noun-before-name``) is kept: bare, the name would be the
    city's, and the copy names the province as the region the whole report is about."""
    out = []
    for q in wider:
        if q.level == 1 and not q.province:
            units = set()
            for d in drafts:
                inside = frozenset(p.key for p in d.places if not p.site and within(p, q))
                if inside:
                    units.add(inside)
            if len(units) >= _ROUND_UP_SCOPE:
                continue
        out.append(q)
    return tuple(out)


def _placed_without_area(
    q: PlaceRef, places: Sequence[PlaceRef], dateline: PlaceRef | None, text: str
) -> bool:
    """Whether ``q``, a district or province named elsewhere, stays off an incident whose places
    already hold a town with its district, or the dateline's town (rule
    ``places.bare-area-over-placed``): news gives an incident's area with it, and one placed at a
    town of a district it names, or at the town the report is filed from, has it; a province the
    article introduces by its noun ("صوبہ X", "ریاست X") is the frame of the whole report and
    still joins. A village the gazetteer does not know is taken to lie in the district named
    with it ("ضلع X کے علاقے Y")."""
    at_dateline = dateline is not None and any(_same_place(p, dateline) for p in places)
    towns = [r for r in places if r.level > 2 and not r.site]
    placed = at_dateline or any(
        p.level == 2 and not p.site and any(r.place is None or within(r, p) for r in towns) for p in places
    )
    if not placed:
        return False
    name = text[q.start : q.end]
    at = text.find(name)
    while at >= 0:
        if _PROVINCE_NOUN.search(text, max(0, at - 8), at) is not None:
            return False  # "صوبہ پنجاب کے تین اضلاع میں": the report's frame
        at = text.find(name, at + len(name))
    return True


def _enclosing(places: Sequence[PlaceRef], mentioned: Sequence[PlaceRef]) -> list[PlaceRef]:
    """The district or province the article names elsewhere that holds one of ``places``
    ("X میں ... دھماکا" where the article also names X's province): news gives the
    hierarchy once, and every incident in it lies there."""
    out: list[PlaceRef] = []
    for q in mentioned:
        inside = q.level >= 1 and not q.site and any(within(p, q) for p in places)
        if inside and not any(_same_place(q, r) for r in out):
            out.append(q)
    return out


def _lead_perpetrator(reading: DocReading) -> ActorRef | None:
    """The named group the whole article most often says acts ("اسرائیلی فوج کی بربریت")."""
    counts: dict[str, int] = {}
    first: dict[str, ActorRef] = {}
    for clause in reading.clauses:
        for a in clause.actors:
            if a.role != "perpetrator" or a.by_default or a.term.unnamed:
                continue
            if a.term.actor_type in (None, ActorType.CIVILIANS, ActorType.PROTESTERS, ActorType.RIOTERS):
                continue
            key = next((k for k in first if _dup(a.key, [k])), a.key)
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, a)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return first[best] if counts[best] >= _LEAD_MIN else None


#: How a target counted only among the dead or hurt is read: those who died, not what was
#: aimed at ("جھڑپ میں دس جنگجو مارے گئے" names no side that was struck).
_ONLY_DEAD = frozenset(("roles.casualty-subject", "roles.people-counted", "roles.counted-victims"))


def _struck_own_kind(lead: ActorRef, actors: Sequence[Participant], rules: Sequence[str]) -> bool:
    """Whether an incident is aimed at armed men of the lead group's own kind, a non-state armed
    group ("شدت پسندوں کے خلاف کارروائی", "شدت پسندوں کے ٹھکانوں کو نشانہ بنایا گیا"): an
    operation against the militants is not the militants' own deed, so the lead group does not
    pass to it (``roles.lead-not-against-own-kind``). Militants only counted among the dead
    name no side that was struck."""
    if not on("roles.lead-not-against-own-kind") or lead.term.actor_type not in _ARMED:
        return False
    return any(
        a.role is Role.TARGET and a.type in _ARMED and r not in _ONLY_DEAD
        for a, r in zip(actors, rules, strict=True)
    )


def _lead_countries(reading: DocReading, lead: ActorRef) -> frozenset[str]:
    """The countries of the places named in the clauses where the lead group acts: where the
    article puts its deeds ("جنوبی لبنان میں حزب اللہ کے حملوں میں")."""
    out: set[str] = set()
    for clause in reading.clauses:
        if any(a.role == "perpetrator" and _dup(a.key, [lead.key]) for a in clause.actors):
            out.update(p.country for p in clause.places if p.country is not None)
    return frozenset(out)


def _dateline_filed_abroad(reading: DocReading) -> tuple[bool, PlaceRef | None]:
    """Whether the dateline's town lies in a country that no place of the article's event clauses
    lies in, while they name places of another ("بیروت (ایجنسیاں) شام کے شہر X میں ..."): the
    agency filed from abroad, and its town is no place of any incident (rule
    ``places.dateline-filed-abroad``); with it, the first city the event clauses name, which
    stands for the dateline's town (``None`` if they name none)."""
    dateline = reading.dateline
    if dateline is None or dateline.country is None:
        return False, None
    named = [
        p
        for c in reading.clauses
        if c.triggers
        for p in c.places
        if p.country is not None and p.start != dateline.start
    ]
    if not named or any(p.country == dateline.country for p in named):
        return False, None
    return True, next((p for p in named if p.level == 3 and not p.site and not p.province), None)


def _between(nt: NormalizedText, start: int, end: int) -> str:
    """The read text between original offsets ``start`` and ``end`` (one span's end and the next
    one's start): normalized and respelled, so that an outlet's spelling habits (a no-break
    space, a zero-width non-joiner, a space before a full stop or none after it) read as the
    text meant; ``""`` where the spans overlap."""
    if end <= start:
        return ""
    s, e = nt.from_original(start, end)
    return nt.text[s:e]


def _joined_crowds(actors: Sequence[Participant], nt: NormalizedText | None) -> frozenset[int]:
    """The places in ``actors`` of doers joined by "اور" or "و" before one case marker ("تاجروں
    اور شہریوں نے ریلی نکالی"): two groups of the crowd, each named (``roles.joined-crowds``).
    Descriptions ("شرپسند عناصر") join nothing: they may be any of the crowd.
    ``nt`` is the document's read text, whose original the actors' spans point into."""
    if nt is None or not on("roles.joined-crowds"):
        return frozenset()
    found: set[int] = set()
    spans = [
        (i, a.span)
        for i, a in enumerate(actors)
        if a.role is Role.PERPETRATOR and a.span is not None and not a.anonymous
    ]
    for (i, a), (j, b) in itertools.pairwise(sorted(spans, key=lambda x: x[1].start)):
        if tuple(_between(nt, a.end, b.start).split()) in _AND_GAPS:
            found.update((i, j))
    return frozenset(found)


#: What joins two coordinated doers: "X اور Y", "X و Y".
_AND_GAPS = frozenset((w,) for w in word_list("conjunction_and"))


#: The rules that read the two sides of a fight named together ("X اور Y کے کارکنوں کے درمیان").
_SIDE_RULES = frozenset(("roles.between-sides", "roles.between-sides-members", "roles.between-sides-place"))


#: After a name, the patient of a beating: "کو ... تشدد کا نشانہ بنایا", "پر تشدد", with at
#: most six words between and no sentence or clause end (roles.beaten-target).
_BEATEN_AFTER = lazy_compile(
    rf"\s(?:{word_alternation('struck_postposition')})\s(?:[^\s۔،]+\s){{0,6}}?(?:{word_class('beating_word')})"
)


def _beaten(
    actors: Sequence[Participant], nt: NormalizedText | None, rules: Sequence[str] = ()
) -> frozenset[int]:
    """The indices of the civilian targets of ``actors`` that a beating takes as its patient
    ("اہل علاقہ نے دو نوجوانوں کو ڈنڈوں سے تشدد کا نشانہ بنایا", "دیہاتیوں کا مبینہ چوروں پر
    تشدد"), or that are its dead or wounded ("..., نوجوان جاں بحق"): in mob violence they are the
    ones beaten, not the crowd (roles.beaten-target)."""
    if nt is None or not on("roles.beaten-target"):
        return frozenset()
    out = set()
    for i, a in enumerate(actors):
        if a.role is not Role.TARGET or a.type is not ActorType.CIVILIANS or a.span is None:
            continue
        if i < len(rules) and rules[i] == "roles.casualty-subject":
            out.add(i)
            continue
        end = nt.from_original(a.span.start, a.span.end)[1]
        if _BEATEN_AFTER.match(nt.text, end):
            out.add(i)
    return frozenset(out)


def _crowd_roles(
    actors: Sequence[Participant],
    sites: Iterable[str] = (),
    nt: NormalizedText | None = None,
    rules: Sequence[str] = (),
    beaten: frozenset[int] = frozenset(),
) -> list[Participant]:
    """In protests and riots the crowd is the perpetrator and the forces it meets the target.
    Civilians beaten by a mob (the indices ``beaten``) stay its target (roles.beaten-target).
    Two crowds named as the sides of a fight ("X اور Y کے کارکنوں میں تصادم") keep the sides'
    roles, the first the doer and the second the target (``roles.crowds-as-sides``)."""
    sided = (
        set()
        if not rules or not on("roles.crowds-as-sides")
        else {i for i, r in enumerate(rules) if r in _SIDE_RULES and actors[i].role is Role.TARGET}
    )
    crowd = (ActorType.PROTESTERS, ActorType.RIOTERS, ActorType.IDENTITY_MILITIA, ActorType.POLITICAL_MILITIA)
    # Civilians are the crowd only when no one else is ("مسلمانوں نے احتجاج کیا"); a
    # mob's victims ("X کی رہائش گاہ پر") stay targets.
    civilians_crowd = not any(a.role is Role.PERPETRATOR and a.type in crowd for a in actors)
    site_names = frozenset(sites)
    out = []
    for i, a in enumerate(actors):
        if a.role is Role.PERPETRATOR and a.type is _STATE:
            a = evolve(a, role=Role.TARGET)
        elif (
            a.role is Role.TARGET
            and i not in sided
            and i not in beaten
            and (
                a.type is ActorType.PROTESTERS
                or (civilians_crowd and a.type is ActorType.CIVILIANS and a.name not in site_names)
            )
        ):
            a = evolve(a, role=Role.PERPETRATOR)
        out.append(a)
    # One crowd: the group it is named by, else its first description ("مشتعل ہجوم",
    # "شرپسند عناصر" and "مظاہرین" are the same people).
    named = any(a.role is Role.PERPETRATOR and a.english_name and not a.anonymous for a in out)
    joined = _joined_crowds(out, nt)
    kept, generic = [], False
    for i, a in enumerate(out):
        # a kind of people joined to another is a group of its own; a description ("شرپسند
        # عناصر") joined to a group is still the same crowd
        if a.role is Role.PERPETRATOR and (a.english_name is None or a.anonymous) and i not in joined:
            if named or generic:
                continue
            generic = True
        kept.append(a)
    return kept


def _finish(
    draft: _Draft,
    reading: DocReading,
    finder: PlaceFinder,
    lead: ActorRef | None = None,
    wider: Sequence[PlaceRef] = (),
    reading_country: tuple[str, PlaceRef | None] | None = None,
    lead_countries: frozenset[str] = frozenset(),
    filed_abroad: tuple[bool, PlaceRef | None] = (False, None),
) -> Incident | None:
    nt = reading.analysis.normalized
    text = nt.text
    events = [c for c in (*draft.clauses, *draft.shared) if c.triggers]
    if not events:
        return None
    if (
        not any(h.value.strong for c in events for h in c.triggers)
        and not any(c.has_figure or _acted_at(c) for c in draft.clauses)
        and not any(_acted_at(c) for c in draft.shared)
        and not any(c.recalled or c.happened for c in draft.clauses)
        and not listed_with_figure(draft)
        and not any(_crowd_protest(c, c.triggers, text) for c in draft.clauses)
        and not _listed_crowd_protest(draft, text)
        and not (
            draft.main
            and reading.dateline is not None
            and any(_done_at_dateline(c, c.triggers) for c in draft.clauses)
        )
    ):
        return None
    reasons: list[Reason] = []
    # "بیروت (ایجنسیاں) شام کے شہر X میں ...": the agency filed from abroad, its town holds nothing;
    # the city of the lead stands for it
    dateline = filed_abroad[1] if filed_abroad[0] else reading.dateline
    locations = _locations(draft, dateline, finder, nt, wider, reasons)
    date = draft.date
    if date is None:
        date = DateRange.day(reading.published) if draft.main and reading.published else DateRange()
    named = reading_country[1] if reading_country is not None and on("places.country-as-place") else None
    if not locations and not date.is_resolved and not placed_by_country(named, draft):
        return None
    if named is not None and not draft.places and not (draft.main and reading.dateline is not None):
        # No place of its own and no dateline: the country is where it was.
        span = nt.span(named.start, named.end)
        locations.append(finder.to_location(named, span.text, span))
        reasons.append(Reason("place", span.text, "places.country-as-place", span=span))
    follow_up = _best_trigger(events).value.kind in _FOLLOW_UP
    sites: set[str] = set()
    rules: list[str] = []
    # Read once: the participants, the test of a named perpetrator and the second reading share them.
    refs = _actor_refs([*draft.clauses, *draft.shared], follow_up, text)
    refs = _attackers_killed_answering(refs, [*draft.clauses, *draft.shared])
    actors = _participants(refs, nt, sites, rules)
    typing = actors  # the event type is read from every actor the sentences name
    if on("roles.read-over-default") and _read_and_default(refs):
        # The sentences name who did it: an armed group that is a perpetrator only by its usual
        # part ("حزب اللہ کے ٹھکانے", "حماس کے زیر انتظام") did not do it.
        sites, rules = set(), []
        actors = _participants(refs, nt, sites, rules, True)
    here = {loc.country for loc in locations if loc.country is not None}
    elsewhere = bool(here) and bool(lead_countries) and not here & lead_countries
    if elsewhere and on("roles.lead-elsewhere"):
        lead = None  # "جنوبی لبنان میں حزب اللہ کے حملے ... رفح میں بمباری": not the lead's deed
    if (
        lead is not None
        and draft.main
        and not any(a.role is Role.PERPETRATOR for a in actors)
        and not _struck_own_kind(lead, actors, rules)
    ):
        span = nt.span(lead.start, lead.end)
        actors.insert(
            0,
            Participant(
                span.text,
                role=Role.PERPETRATOR,
                type=lead.term.actor_type,
                english_name=lead.term.english,
                span=span,
            ),
        )
        rules.insert(0, "roles.lead-perpetrator")
    # The incident's own clauses type it; totals and placeless mentions folded in do not.
    own = [c for c in draft.clauses if c.triggers]
    best = _best_trigger(own or events, text)
    arrest = _arrest_operation(own or events, best) if on("triggers.operation-ending-in-arrest") else None
    killed = _killed_captive(own or events, best, text) if on("triggers.abducted-then-killed") else None
    best = arrest or killed or best
    best = _harm_beside_interception(own or events, best) or best
    best = _fired_then_stopped(own or events, best, text) or best
    best = _protest_over_victims(own or events, best, text) or best
    sub, type_rule = _sub_event_type(own or events, _counted_nationals(typing, refs, nt), best, text, nt)
    if own and _launched_by_summed_strikes(draft, best):
        # "دو ڈرون حملوں میں ... پہلا حملہ ... جس پر دو میزائل داغے گئے": the drones fired them
        sub, type_rule = _S.AIR_DRONE_STRIKE, "types.launcher-in-summary"
    if on("types.attackers-fought-down") and _attackers_fought_down(draft.clauses, typing, best, sub, text):
        # "ہوٹل پر حملے ... سکیورٹی فورسز نے کئی گھنٹے کی کارروائی کے بعد تینوں حملہ آوروں کو ہلاک
        # کر دیا": the forces fought the attackers down, a clash
        sub, type_rule = _S.ARMED_CLASH, "types.attackers-fought-down"
    strike = _blast_of_strike(draft, best, sub)
    if strike is not None:
        # "فضائی اڈے کے قریب چار دھماکے سنے گئے ... طیاروں سے میزائل داغے گئے": the strike's blasts
        sub, type_rule = strike, "types.blast-of-strike"
    if on("types.blast-then-gunmen") and _blast_then_gunmen(draft.clauses, best, text):
        # "زور دار دھماکا ہوا جس کے بعد فائرنگ ... حملہ آوروں کے پاس رائفلیں تھیں": gunmen attacked
        forces = any(a.type is _STATE for a in typing if a.role is Role.TARGET)
        sub, type_rule = (_S.ARMED_CLASH if forces else _S.ATTACK), "types.blast-then-gunmen"
    if _found_device(own or events, best, text):
        # "بم ڈسپوزل اسکواڈ نے نصب بم کا پتہ لگا کر اسے تباہ کر دیا": found first, then destroyed
        sub, type_rule = _S.DISRUPTED_WEAPONS_USE, "types.device-found"
    if on("types.deadly-intervention") and _deadly_intervention(draft.clauses, sub):
        # "پولیس کے لاٹھی چارج سے ایک مظاہرہ کرنے والا جاں بحق": force that killed, excessive
        sub, type_rule = _S.EXCESSIVE_FORCE, "types.deadly-intervention"
    fought_back = best.value.kind in _FIRED and _fought_back(
        {h.value.kind for c in own or events for h in c.triggers}
    )
    if not any(a.role is Role.PERPETRATOR for a in actors) and len(actors) < _MAX_NAMES:
        doers = _people_acting(draft, nt)
        if doers is not None:
            actors = [doers, *actors]
            crowd = _normalized_name(doers, nt).split(" ", 1)[0] in _MULTITUDE_WORDS
            described = on("roles.people-described-acting") and _described(doers)
            rules.insert(
                0,
                "roles.crowd-counted"
                if crowd
                else "roles.people-described-acting"
                if described
                else "roles.people-acting",
            )
    anchor = max(events[0].triggers, key=lambda h: h.value.priority)
    if SUB_EVENT_TYPES[sub] in (EventType.PROTESTS, EventType.RIOTS):
        before = {(a.name, a.span): (a.role, rule) for a, rule in zip(actors, rules, strict=True)}
        beaten = _beaten(actors, nt, rules) if sub is _S.MOB_VIOLENCE else frozenset()
        actors = _crowd_roles(actors, sites, nt, rules, beaten)
        rules = [
            rule if role is a.role else "roles.crowd"
            for a in actors
            for role, rule in [before.get((a.name, a.span), (None, "roles.crowd"))]
        ]
    elif on("roles.party-default-in-protests"):
        # A party or crowd is the usual doer of protests; in an attack its name alone says
        # nothing of its part ("X کے جلسے میں دھماکا").
        kept = [
            not (a.type is ActorType.PROTESTERS and rule == "roles.lexicon-default")
            and not (
                a.type is ActorType.RIOTERS
                and rule == "roles.lexicon-default"
                and a.name in _CROWD_NOUN_NAMES
                and on("roles.crowd-struck-no-doer")
            )
            for a, rule in zip(actors, rules, strict=True)
        ]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    if on("roles.crowd-of-owner-no-party"):
        # "X کے ہجوم پر فائرنگ": the crowd is X's, X stands for it
        kept = [not _crowd_of_owner(a, actors, nt) for a in actors]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    actors, rules = _struck_side(actors, rules)
    if on("roles.one-side-once"):
        sides = {a.english_name for a in actors if a.role is Role.PERPETRATOR and a.english_name is not None}
        kept = [not (a.role is Role.TARGET and a.english_name in sides) for a in actors]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    if on("roles.also-beside-fighters") and any(a.role is Role.TARGET and a.type in _ARMED for a in actors):
        # "آپریشن میں چھ شدت پسند مارے گئے ... دو شہری بھی ہلاک": the fighters were struck, the
        # civilians only died with them
        kept = [
            r == "roles.group-members-among-dead" or not _also_beside_fighters(a, nt)
            for a, r in zip(actors, rules, strict=True)
        ]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    militants = any(a.role is Role.TARGET and a.type in _ARMED for a in actors) or any(
        h.value.kind == "operation" for c in draft.clauses for h in c.triggers
    )
    if sub is _S.ARRESTS and on("roles.arrested-group-default"):
        # "داعش سے تعلق رکھنے والے ... گرفتار": an armed group the sentence gives no part in an
        # arrest is the group of those arrested, not the force that arrests
        actors, rules = _arrested_group(actors, rules)
    if sub is _S.AIR_DRONE_STRIKE and on("roles.aircraft-group-no-doer") and not _drone_told(draft, nt):
        # "طیاروں نے ... بمباری کی ... علاقے میں X موجود تھے": warplanes are a state's; an armed
        # group the sentence gives no part did not fly them
        actors, rules = _aircraft_no_group(actors, rules)
    by_speaker = _WAGED_BY_SPEAKER.get(sub)
    if (
        by_speaker is not None
        # an arrest names those arrested, not always militants: any arrest a force reports
        and (militants or sub is _S.ARRESTS)
        and on(by_speaker)
        and not any(a.role is Role.PERPETRATOR for a in actors)
    ):
        # a fight with militants (roles.operation-by-speaker), or an air strike on them
        # (roles.air-strike-by-speaker), that no one is named as waging: the force reporting it
        force, force_rule = _reporting_force(draft, nt)
        air = sub is _S.AIR_DRONE_STRIKE
        if (
            force is not None
            and not (air and force.english_name in _NO_AIRCRAFT)
            and len(actors) < _MAX_NAMES
        ):
            actors.insert(0, force)
            rules.insert(0, by_speaker if air or sub is _S.ARRESTS else force_rule)
    if on("roles.own-dead-of-operation") and _state_on_armed(actors):
        # "سکیورٹی فورسز کی کارروائی میں 4 دہشت گرد ہلاک جبکہ پاک فوج کا ایک جوان شہید": the
        # soldier fell on the side that acted; only the militants were its target
        kept = [not (a.role is Role.TARGET and a.type is _STATE) for a in actors]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    if on("roles.driver-beside-force") and any(a.role is Role.TARGET and a.type is _STATE for a in actors):
        # "پولیس موبائل بم کی زد میں آ گئی جس سے تین اہلکار شہید اور ڈرائیور زخمی ہو گیا": the
        # driver of the force's vehicle fell with its men, no target of his own
        kept = [not _driver_of_struck(a, nt) for a in actors]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    if on("roles.armed-doers-own-dead") and _armed_doers(actors):
        # "کالعدم تنظیم کے حملے میں دو اہلکار شہید جبکہ جوابی فائرنگ سے تین دہشت گرد مارے گئے":
        # the militants counted dead fell on the side that attacked; they are no target
        kept = [
            not (a.role is Role.TARGET and a.type in _ARMED and a.anonymous and r in _ONLY_DEAD)
            for a, r in zip(actors, rules, strict=True)
        ]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    bomber = _bomber_apart(draft, reading) if sub is _S.SUICIDE_BOMB else 0
    casualties = _casualties(draft, bomber, _headline_end(reading))
    dead = (
        casualties.killed is not None
        and bool(casualties.killed.min)
        # "چیک پوسٹ پر حملہ ... جوابی فائرنگ سے ایک حملہ آور مارا گیا": the dead were its attackers
        and not all(
            _FIGHTERS_NOUN.search(text, c.killed.start, c.killed.end)
            for c in draft.clauses
            if c.killed is not None
        )
    )
    if dead and sites and on("roles.site-gives-way-to-dead"):
        # "رہائشی مکان پر بمباری سے 8 افراد جاں بحق": the building only tells where the dead were
        kept = [
            not (a.role is Role.TARGET and a.name in sites and not _site_of_people(a, draft, nt.text))
            for a in actors
        ]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    if (
        on("roles.people-counted")
        and not any(a.role is Role.TARGET for a in actors)
        and not (sub is _S.ARMED_CLASH and on("roles.clash-people-fighters"))
        and not (sub in _FROM_AFAR and on("roles.strike-people-no-target"))
        and not (sub in _BLASTS and on("roles.blast-people-no-target"))
        # "سینکڑوں افراد نے دھرنا دیا": the people a peaceful protest counts are the protesters
        and not (sub is _S.PEACEFUL_PROTEST and on("roles.protest-people-no-target"))
    ):
        people = _counted_people(draft, nt, clash=sub is _S.ARMED_CLASH)
        if people is not None and len(actors) < _MAX_NAMES:
            actors.append(people)
            rules.append("roles.people-counted")
    if on("roles.crowd-present") and (
        sub is _S.DISRUPTED_WEAPONS_USE
        or any(
            a.role is Role.TARGET and r != "roles.crowd-present" for a, r in zip(actors, rules, strict=True)
        )
    ):
        # "بم ناکارہ بنا دیا جب بازار خریداروں سے بھرا ہوا تھا": a bomb defused struck nobody; and
        # "پولیس موبائل کو نشانہ بنایا جب بازار میں خریداروں کا رش تھا": the crowd only stood by
        kept = [r != "roles.crowd-present" for r in rules]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    if sub is _S.PEACEFUL_PROTEST and on("roles.peaceful-protest-no-target"):
        # "نامزد ملزمان کو گرفتار کیا جائے": whom a peaceful protest's demands name, nobody it met
        kept = [a.role is not Role.TARGET for a in actors]
        actors = [a for a, k in zip(actors, kept, strict=True) if k]
        rules = [r for r, k in zip(rules, kept, strict=True) if k]
    country = next((loc.country for loc in locations if loc.country), None)
    if country is None and reading_country is not None:
        country = reading_country[0]
        reasons.append(Reason("country", country, "places.country-of-article"))
    reasons[:0] = [
        Reason(
            "type",
            sub.value,
            type_rule
            if type_rule is not None
            else "triggers.operation-ending-in-arrest"
            if arrest is not None
            else "triggers.abducted-then-killed"
            if killed is not None
            else "triggers.lexicon"
            if sub is best.value.sub_event_type
            else "types.fought-back"
            if sub is _S.ARMED_CLASH and fought_back
            else "types.by-actors",
            span=nt.span(best.start, best.end),
        )
    ]
    reasons += [
        Reason("actor", f"{a.name} ({a.role.value})", rule, span=a.span)
        for a, rule in zip(actors, rules, strict=True)
    ]
    reasons += _count_reasons(draft, casualties, nt, bomber)
    reasons.append(_date_reason(draft, date, reading))
    return Incident(
        SUB_EVENT_TYPES[sub],
        sub,
        date=date,
        locations=locations,
        country=country,
        actors=actors,
        weapons=[] if _weaponless(sub) else _incident_weapons(draft, nt, sub),
        casualties=casualties,
        responsibility=_responsibility(draft.clauses, text, nt),
        main=draft.main,
        trigger=nt.span(anchor.start, anchor.end),
        evidence=tuple(_evidence(draft, nt)),
        confidence=0.8 if anchor.value.strong else 0.5,
        reasons=reasons,
    )


#: Words for attackers and militants counted dead: "ایک حملہ آور مارا گیا", "پانچ دہشت گرد ہلاک".
_FIGHTERS_NOUN = lazy_compile(
    phrase_trie("bomber_noun", space=" ?") + "|" + phrase_trie("militant_noun", space=" ?")
)
#: Homes, camps, shops and vehicles: sites named for the people in them.
_OCCUPIED = word_set("occupied_site")
_VEHICLES = word_set("vehicle_noun")
#: Sites named for a gathering of many people, markets, camps, tents and convoys ("مویشی
#: بازار پر حملے", "امدادی قافلے پر فائرنگ"): struck where people died, they stay the target,
#: where a home, shop, building or vehicle gives way to the dead (roles.home-gives-way-to-dead).
_GATHERED = word_set("gathering_site")
#: A genitive after a site: "مسجد کے نمازی", "ہوٹل کے محافظ" (roles.site-gives-way-to-dead).
_GENITIVE_AFTER = lazy_compile(rf"\s(?:{word_alternation('genitive')})\s")
#: "بندرگاہ کو نقصان پہنچا", "پل تباہ ہو گیا": the site itself was damaged or destroyed.
_SITE_DAMAGED = lazy_compile(
    rf"\s(?:کو\s(?:[^\s،,۔]+\s)?نقصان|(?:[^\s،,۔]+\s)?(?:{word_alternation('destroyed_word')}))(?!\w)"
)


def _site_of_people(a: Participant, draft: _Draft, text: str) -> bool:
    """Whether the site ``a`` names what was struck though people died: a market, camp, tent or
    convoy (``_GATHERED``; with ``roles.home-gives-way-to-dead`` off, also any other home, shop
    or vehicle of the word classes ``occupied_site``, ``vehicle_noun``), named for the people in it, or
    any site named, in one of the incident's clauses, before a genitive ("مسجد کے نمازیوں پر",
    "ہوٹل کے محافظ") or before its damage ("بندرگاہ کو نقصان پہنچا", "پل تباہ ہو گیا")."""
    name = fold(a.name)  # the name as the text writes it ("مكان" with Arabic kaf)
    if (name in _OCCUPIED or name in _VEHICLES) and (
        name in _GATHERED or not on("roles.home-gives-way-to-dead")
    ):
        return True  # "بازار", "قافلے": named for the many inside, who were struck in it
    return any(
        r.term.site
        and (r.key == a.name or fold(r.key) == name)
        and (_GENITIVE_AFTER.match(text, r.end) is not None or _SITE_DAMAGED.match(text, r.end) is not None)
        for c in draft.clauses
        for r in c.actors
    )


#: "بچوں سمیت 9 ", "4 بچوں اور 3 خواتین سمیت کم از کم ": what follows civilians named as
#: included in a count (roles.included-no-actor); "اپنے بچوں سمیت جاں بحق" counts nothing after.
_INCLUDED_IN_COUNT = lazy_compile(
    rf"(?:\s(?:{word_alternation('conjunction_and')})(?:\s[^\s،,۔]+){{1,2}}?)?\s(?:{word_alternation('including')})\s"
    rf"(?:(?:{word_alternation('floor_phrase')})\s)?"
    rf"(?:\d|(?:{'|'.join(UNIT_WORDS[1:])}|{word_alternation('vague_count')})(?!\w))"
)


_AGE_SEX = word_set("age_sex_noun", folded=False)


def _included_in_count(text: str, a: ActorRef) -> bool:
    """Whether ``a`` is a victim named by age or sex only ("بچوں", "خواتین") as included in
    the count that follows ("3 بچوں اور 2 خواتین سمیت 7 فلسطینی شہید", "دو بچوں سمیت پانچ
    افراد کو"): a detail of who the counted were, never an actor of its own
    (roles.included-no-actor). A label of occupation or kin so named ("دو پولیو ورکرز سمیت",
    "بیوی اور بیٹی سمیت") stays an actor."""
    if a.role != "target" or a.key not in _AGE_SEX:
        return False
    return _INCLUDED_IN_COUNT.match(text, a.end, a.end + 60) is not None


#: Strikes from afar (aircraft, drones, shells, missiles): the people they killed were where
#: the strike fell, not whom it was aimed at (roles.strike-people-no-target).
_FROM_AFAR = frozenset((_S.AIR_DRONE_STRIKE, _S.SHELLING_ARTILLERY_MISSILE))
#: Blasts of a device: a bomb planted or worn, a grenade thrown.
_BLASTS = frozenset((_S.REMOTE_EXPLOSIVE, _S.SUICIDE_BOMB, _S.GRENADE, _S.CHEMICAL_WEAPON))


#: Armed non-state groups: the dead of a force's operation.


def _struck_side(actors: list[Participant], rules: list[str]) -> tuple[list[Participant], list[str]]:
    """Of two doers read for one incident, the one whose own members are its victims
    ("سیکیورٹی فورسز کی کارروائی کے دوران شدت پسندوں کی فائرنگ سے ایک سپاہی شہید", the soldier
    one of the forces) was struck: it becomes the target, and the members named apart go, as
    the same side told once (``roles.own-members-struck``)."""
    perps = [a for a in actors if a.role is Role.PERPETRATOR]
    if len(perps) < 2 or not on("roles.own-members-struck"):
        return actors, rules
    victims = {a.english_name for a in actors if a.role is Role.TARGET and a.english_name is not None}
    struck = {a.english_name for a in perps if a.english_name in victims}
    if not struck or all(a.english_name in struck for a in perps):
        return actors, rules  # the other doer must be of another side
    if on("roles.struck-side-of-other-kind"):
        # "X کے دہشت گردوں کے حملے ... جوابی کارروائی میں 6 خوارج ہلاک ... Y گروپ نے ذمہ داری قبول کی":
        # armed groups named as doers together are one side, whose dead do not make it the target
        armed = {a.english_name for a in perps if a.type in _ARMED}
        other = [a for a in perps if a.english_name not in struck]
        if struck <= armed and all(a.type in _ARMED or a.type is None for a in other):
            return actors, rules
    out: list[Participant] = []
    out_rules: list[str] = []
    for a, rule in zip(actors, rules, strict=True):
        if a.english_name in struck and a.role is Role.TARGET:
            continue  # the members: their body now stands for them
        if a.english_name in struck:
            a, rule = evolve(a, role=Role.TARGET), "roles.own-members-struck"
        out.append(a)
        out_rules.append(rule)
    return out, out_rules


def _arrested_group(actors: list[Participant], rules: list[str]) -> tuple[list[Participant], list[str]]:
    """In an arrest, an armed group whose part only its lexicon gives (the doer, as a group
    usually is) is the group of those arrested: the one who arrests is a force, never a militant
    group named by no case marker (``roles.arrested-group-default``)."""
    out: list[Participant] = []
    out_rules: list[str] = []
    for a, rule in zip(actors, rules, strict=True):
        if a.role is Role.PERPETRATOR and a.type in _ARMED and rule == "roles.lexicon-default":
            a, rule = evolve(a, role=Role.TARGET), "roles.arrested-group-default"
        out.append(a)
        out_rules.append(rule)
    return out, out_rules


def _drone_told(draft: _Draft, nt: NormalizedText) -> bool:
    """Whether the strike's event words or weapons name a drone ("ڈرون حملہ", "کواڈ کاپٹر")."""
    return any(_DRONE.match(nt.text, h.start) is not None for c in draft.clauses for h in c.triggers) or any(
        _DRONE.match(nt.text, w.start) is not None for c in draft.clauses for w in c.weapons
    )


def _aircraft_no_group(actors: list[Participant], rules: list[str]) -> tuple[list[Participant], list[str]]:
    """In a strike from warplanes or gunships, an armed group whose part only its lexicon gives
    (the doer, as a group usually is) is not its doer: the aircraft are a state's
    (``roles.aircraft-group-no-doer``)."""
    out: list[Participant] = []
    out_rules: list[str] = []
    for a, rule in zip(actors, rules, strict=True):
        if a.role is Role.PERPETRATOR and a.type in _ARMED and rule == "roles.lexicon-default":
            continue
        out.append(a)
        out_rules.append(rule)
    return out, out_rules


#: The rules that read an actor as one that only speaks: "X کے مطابق", "X کی جانب سے جاری بیان".
_SPEAKER_RULES = frozenset(("roles.speaker", "roles.statement-from", "roles.officials-speak"))


#: The English names of forces that fly no aircraft: a strike from the air they report is not theirs.
_NO_AIRCRAFT = frozenset(("Police",))
#: The sub-event types whose unnamed doer a force reporting them wages, with the rule that says so.
_WAGED_BY_SPEAKER = {
    _S.ARMED_CLASH: "roles.operation-by-speaker",
    _S.AIR_DRONE_STRIKE: "roles.air-strike-by-speaker",
    _S.ARRESTS: "roles.arrest-by-speaker",
}


#: A force's press office ("آئی ایس پی آر", "شعبہ تعلقات عامہ"): it reports, it does not wage.
_PRESS_OFFICE_WORDS = word_set("press_office", folded=False)


def _press_office(a: ActorRef, nt: NormalizedText) -> bool:
    """Whether ``a`` names a force's press office, which reports its force's operations, arrests
    and strikes and carries out none of them (``roles.press-office-reports``)."""
    return nt.text[a.start : a.end] in _PRESS_OFFICE_WORDS and on("roles.press-office-reports")


def _reporting_force(draft: _Draft, nt: NormalizedText) -> tuple[Participant | None, str]:
    """The state force that acts in, or reports, an operation or a fight with militants no one
    is named as waging, in the event's own sentence: "سیکیورٹی فورسز نے ... گھیرے میں لے لیا،
    فائرنگ کے تبادلے میں ...", "پولیس کے مطابق آپریشن کے دوران دو شدت پسند ہلاک". The force
    that acts is preferred to the one that only reports. With the force, the id of the rule
    that found it."""
    told = {c.sentence for c in draft.clauses if c.triggers}
    found: list[ActorRef] = []
    for clause in draft.clauses:
        if clause.sentence not in told:
            continue
        for a in clause.actors:
            acted = a.rule == "roles.transitive-casualty" and nt.text.startswith(" نے", a.end)
            said = a.rule in _SPEAKER_RULES and bool(clause.triggers) and not _press_office(a, nt)
            if a.term.security and acted:
                found.insert(0, a)
            elif a.term.security and said:
                found.append(a)
    rule = "roles.operation-by-speaker"
    if not found:
        found, rule = _force_speaking_after(draft, nt, told), "roles.operation-by-speaker-after"
    if not found:
        found, rule = _force_acting_next(draft, nt, told), "roles.operation-by-force-next"
    if not found:
        return None, rule
    a = found[0]
    span = nt.span(a.start, a.end)
    force = Participant(
        span.text, role=Role.PERPETRATOR, type=a.term.actor_type, english_name=a.term.english, span=span
    )
    return force, rule


def _force_speaking_after(draft: _Draft, nt: NormalizedText, told: set[int]) -> list[ActorRef]:
    """A state force that reports, in a clause of its own in the same sentence, an operation or
    a fight with militants that names no doer ("جھڑپ کے دوران تین عسکریت پسند مارے گئے، فوج نے
    دعویٰ کیا ہے"): forces report their own fights (``roles.operation-by-speaker-after``)."""
    if not on("roles.operation-by-speaker-after"):
        return []
    return [
        a
        for clause in draft.clauses
        if clause.sentence in told and not clause.triggers
        for a in clause.actors
        if a.term.security and a.rule in _SPEAKER_RULES and not _press_office(a, nt)
    ]


def _force_acting_next(draft: _Draft, nt: NormalizedText, told: set[int]) -> list[ActorRef]:
    """A state force that acts, with the ergative, in the sentence right after one telling an
    operation or a fight with militants that names no doer ("کارروائی میں پانچ شدت پسند مارے
    گئے۔ سیکیورٹی فورسز نے علاقے کو گھیرے میں لے لیا"): the force went on with its own
    operation (``roles.operation-by-force-next``)."""
    if not on("roles.operation-by-force-next"):
        return []
    next_ones = {s + 1 for s in told} - told
    return [
        a
        for clause in draft.clauses
        if clause.sentence in next_ones
        for a in clause.actors
        if a.term.security and nt.text.startswith(" نے", a.end) and not _press_office(a, nt)
    ]


#: Words that count people and say nothing else of them ("5 افراد ہلاک", "کئی لوگ زخمی").
_PEOPLE = word_set("people_count_noun", folded=False)
_MULTITUDE_WORDS = word_set("multitude_number", folded=False)


#: People named only by a count, marked as the doer: "دو افراد نے", "چند لوگوں نے",
#: "سینکڑوں افراد نے" (a crowd counted in hundreds or thousands, with
#: ``roles.crowd-counted``).
_PEOPLE_ACTING = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:\d+|{'|'.join(UNIT_WORDS[1:])}|{word_alternation('small_count_word')}|{word_alternation('vague_count')}"
        rf"|{word_alternation('multitude_number')})\s"
        rf"(?:{word_alternation('people_count_noun')})(?=\s{word_alternation('ergative')}(?!\w))"
    )
)


#: People named only by what they carry, ride in or wear, marked as the doer: "کلاشنکوف بردار
#: افراد نے", "گاڑی میں سوار افراد نے", "اسلحے سے لیس افراد نے", or in the genitive of the event
#: noun: "اسلحہ بردار افراد کی فائرنگ" (``roles.people-described-acting``).
_PEOPLE_DESCRIBED_ACTING = lazy_compile(
    rf"(?<!\w)[^\W\d]+(?:\s(?:میں|سے|پر))?\s(?:{word_alternation('people_descriptor')})\s"
    rf"(?:{word_alternation('people_count_noun')})(?=\s(?:{word_alternation('ergative')}|کی)(?!\w))"
)
#: A word of the class, to look for the pattern only in a clause that has one.
_PEOPLE_DESCRIPTORS_RE = lazy_compile(rf"(?:{words_first(word_alternation('people_descriptor'))})(?!\w)")


def _normalized_name(p: Participant, nt: NormalizedText) -> str:
    """The words of ``p``'s name as the normalized text has them (its span's), for a word set
    of the normalized text's words; its name, respelled, if it has no span."""
    if p.span is None:
        return respelled_key(p.name)
    start, end = nt.from_original(p.span.start, p.span.end)
    return nt.text[start:end]


def _people_acting(draft: _Draft, nt: NormalizedText) -> Participant | None:
    """People the incident's own clause names only by a count, marked with the ergative
    before its event noun ("موٹر سائیکل پر سوار دو افراد نے فائرنگ کر کے ایک وکیل کو قتل کر
    دیا"), when the incident has no other doer: they carried it out, whoever they were
    (``roles.people-acting``). Not when they only speak ("دو افراد نے بتایا کہ")."""
    if not on("roles.people-acting"):
        return None
    described = on("roles.people-described-acting")
    for clause in draft.clauses:
        found: list[re.Match[str]] = []
        if nt.text.find("نے", clause.start, clause.end) >= 0:
            # the pattern's ergative: without one, no search tried at every character
            found += _PEOPLE_ACTING.finditer(nt.text, clause.start, clause.end)
        if described and _PEOPLE_DESCRIPTORS_RE.search(nt.text, clause.start, clause.end):
            # "کلاشنکوف بردار افراد نے فائرنگ کر کے ...": described, not counted, they did it too
            found += _PEOPLE_DESCRIBED_ACTING.finditer(nt.text, clause.start, clause.end)
        for m in found:
            if nt.text.startswith(" کی ", m.end()) and m.end() + 4 not in clause.trigger_starts:
                continue  # "X افراد کی فائرنگ": the genitive only of the event noun right after it
            if m.group().split(" ", 1)[0] in _MULTITUDE_WORDS and (
                not on("roles.crowd-counted") or nt.text.endswith(" کے ", clause.start, m.start())
            ):
                continue  # "X کے سینکڑوں افراد نے": the crowd is X's, named by X
            event = next((t for t in clause.trigger_starts if t > m.end()), None)
            if event is None or _speech(nt.text, m.end(), event) is not None:
                continue
            span = nt.span(m.start(), m.end())
            return Participant(span.text, role=Role.PERPETRATOR, type=ActorType.POLITICAL_MILITIA, span=span)
    return None


#: Words that end a description of people ("بردار", "سوار"), before the people noun.
_PEOPLE_DESCRIPTORS = word_set("people_descriptor")


def _described(doers: Participant) -> bool:
    """Whether ``doers`` were read by ``roles.people-described-acting``: named by a description
    ("کلاشنکوف بردار افراد"), not by a count."""
    words = doers.name.split()
    return len(words) >= 2 and fold(words[-2]) in _PEOPLE_DESCRIPTORS


def _may_be_struck_site(clause: Clause, site: ActorRef, clash: bool) -> bool:
    """Whether the site named in the clause may be what the incident struck: with
    ``roles.aftermath-site`` on, only one the sentence makes a target ("عمارت کو نقصان پہنچا")
    or one in a clause that tells an event or counts the dead or hurt ("لاشیں ہسپتال منتقل کی
    گئیں" names where they were taken, not what was hit). In an armed clash (``clash``) the
    dead may be of either side, so every site still counts."""
    if clash or not on("roles.aftermath-site"):
        return True
    return site.role is not None or bool(clause.triggers) or clause.has_figure


def _counted_people(draft: _Draft, nt: NormalizedText, clash: bool = False) -> Participant | None:
    """The people an incident's own sentences count as dead or injured ("دھماکے میں 5 افراد
    جاں بحق"), when those sentences name no victim and no site: they are its target.
    ``clash`` says the incident is an armed clash."""
    if any(a.term.site and _may_be_struck_site(c, a, clash) for c in draft.clauses for a in c.actors):
        return None  # "بازار میں دھماکے سے 5 افراد": the site named may be what was hit
    for clause in draft.clauses:
        for fig in (clause.killed, clause.injured):
            if fig is None or fig.noun not in _PEOPLE:
                continue
            at = nt.text.find(fig.noun, fig.start, fig.end)
            if at >= 0:
                span = nt.span(at, at + len(fig.noun))
                return Participant(span.text, role=Role.TARGET, type=ActorType.CIVILIANS, span=span)
    return None


def _count_reasons(
    draft: _Draft, casualties: Casualties, nt: NormalizedText, bomber: int = 0
) -> list[Reason]:
    """Why the incident has its killed and injured figures: the rule that read the first
    figure of each outcome, or the phrase that ruled casualties out."""
    out = []
    for outcome, count in (("killed", casualties.killed), ("injured", casualties.injured)):
        if count is None:
            continue
        value = f"{count.min if count.min is not None else ''}-{count.max if count.max is not None else ''}"
        if count.min == count.max and count.min is not None:
            value = str(count.min)
        figures = [getattr(c, outcome) for c in draft.clauses if getattr(c, outcome) is not None]
        shared = [getattr(c, outcome) for c in draft.shared if getattr(c, outcome) is not None]
        if figures:
            fig = figures[0]
            rule = fig.rule
            if outcome == "killed" and bomber:
                rule = "counts.bombers-counted" if bomber > 1 else "counts.bomber-in-toll"
            claim = _claim_in_range(figures, count)
            if claim is not None:
                fig, rule = claim, "counts.claimed-toll-is-an-account"
            out.append(Reason(outcome, value, rule, span=nt.span(fig.start, fig.end)))
        elif shared:
            rule = "counts.distributive" if _each_place(draft, outcome) else "counts.shared-total"
            out.append(Reason(outcome, value, rule, span=nt.span(shared[0].start, shared[0].end)))
        else:
            ruled = (
                c
                for c in (*draft.clauses, *draft.shared)
                if c.no_casualties or (outcome == "killed" and c.no_deaths)
            )
            out.append(Reason(outcome, value, next((c.none_rule for c in ruled), "counts.none-phrase")))
    return out


#: A day word read alone only where it qualifies an act of violence ("کل ہونے والے دھماکے"):
#: with a part of the day ("کل رات") the span is longer. The date reader's classes
#: yesterday_word and two_days_word.
_DAY_QUALIFIER_WORDS = word_set("yesterday_word", folded=False) | word_set("two_days_word", folded=False)


def _claim_in_range(figures: Sequence[Figure], count: Count) -> Figure | None:
    """The claimed figure that bounds the range ``count`` ("فوج نے چھ عسکریت پسندوں کی ہلاکت کا
    دعوی کیا" beside "آٹھ افراد": 6 to 8), if any: the claim set the range
    (counts.claimed-toll-is-an-account)."""
    if count.min == count.max:
        return None
    return next((f for f in figures if f.claimed and f.count.min in (count.min, count.max)), None)


def _date_reason(draft: _Draft, date: DateRange, reading: DocReading) -> Reason:
    """Why the incident has its date: a time expression read, or the publication date."""
    value = "" if date.start is None else date.start.isoformat()
    if date.end is not None and date.end != date.start:
        value += f"/{date.end.isoformat()}"
    if draft.date is not None and draft.date.span is not None:
        rule = "dates.printed-date" if reading.printed else "dates.text"
        span = draft.date.span
        if _prayer_then_after(span, reading):
            rule = "dates.after-prayer"
        elif span.text.strip() in _DAY_QUALIFIER_WORDS:
            rule = "dates.day-qualifies-event"
        elif DATE_SIGN in span.text:
            rule = "dates.date-sign"
        elif draft.date.precision is DatePrecision.DAY and is_spelled_day(span.text):
            rule = "dates.day-in-words"
        elif is_past_days(span.text):
            rule = "dates.past-days"
        elif is_last_week_day(span.text):
            rule = "dates.weekday-of-last-week"
        elif is_month_of_named_year(span.text):
            rule = "dates.month-of-named-year"
        elif _BEGUN_ON.search(span.text) and span.text.rstrip().endswith(("والی", "والے", "والا")):
            rule = "dates.begun-so-far"
        elif draft.date.precision is DatePrecision.DAY and draft.date.start != draft.date.end:
            # read in the normalized text, so that any spelling of the words is one
            nt = reading.analysis.normalized
            start, end = nt.from_original(span.start, span.end)
            closed = "سے" in nt.text[start:end].split() and nt.text.startswith(" تک", end)
            rule = "dates.range-until" if closed else "dates.two-days"
        return Reason("date", value, draft.date_rule or rule, span=draft.date.span)
    if date.start is None:
        return Reason("date", value, "dates.unresolved")
    return Reason("date", value, "dates.printed-date" if reading.printed else "dates.publication-default")


def _prayer_then_after(span: Span, reading: DocReading) -> bool:
    """Whether a date's span names a day by its prayer and "کے بعد" follows it in the text."""
    if not on("dates.after-prayer"):
        return False
    # read in the normalized text (the span's offsets are the original's)
    nt = reading.analysis.normalized
    start, end = nt.from_original(span.start, span.end)
    if _AFTER.match(nt.text, end) is None:
        return False
    return any(m.kind is DateKind.PRAYER for m in find_dates(normalize(nt.text[start:end]), None))


def _acted_at(clause: Clause) -> bool:
    """Whether a weak trigger's clause names a place and who acted ("X نے شہر Y میں ... نشانہ بنایا")."""
    return bool(clause.triggers and clause.places) and (
        clause.struck or any(a.role == "perpetrator" and not a.by_default for a in clause.actors)
    )


def _evidence(draft: _Draft, nt: NormalizedText) -> Iterable[Span]:
    for clause in draft.clauses:
        if clause.triggers:
            yield nt.span(clause.start, clause.end)


#: Most words a headline line holds.
_HEADLINE_WORDS = 14


def _not_headline_retold(incidents: list[Incident], text: str, original: str) -> list[bool]:
    """For each incident, whether it stays: not one whose event word stands in the article's
    headline line (a first line with no full stop and at most 14 words, which the body follows;
    "افغانستان: ڈرون حملے میں چھ شدت پسند ہلاک⏎⏎ننگرہار میں ... ڈرون حملے میں ...") when a later
    incident of the body has its type: the body tells that event, with its own places and day,
    and the headline only names it (segments.headline-line-retold)."""
    keep = [True] * len(incidents)
    line_end = text.find("\n")
    if line_end <= 0 or "۔" in text[:line_end] or not text[line_end:].strip():
        return keep
    if len(text[:line_end].split()) > _HEADLINE_WORDS:
        return keep
    for k, a in enumerate(incidents):
        if a.trigger is None or a.trigger.end > line_end:
            continue
        for b in incidents:
            if (
                b is not a
                and b.sub_event_type is a.sub_event_type
                and b.trigger is not None
                and b.trigger.start > line_end
                and not _body_joined_headline(a, b, original)
            ):
                keep[k] = False
                break
    return keep


#: Most words the line of a related story's headline holds (longer than the article's own
#: headline may be: such lines often run on into a second clause).
_RELATED_LINE_WORDS = 20


def _body_joined_headline(a: Incident, b: Incident, original: str) -> bool:
    """Whether the headline line's incident ``a`` holds a clause of the body told before the
    later incident ``b`` of its type, which a line of its own with no full stop tells (a related
    story's headline between the paragraphs): the body's account joined the headline's event, so
    ``a`` is the body's incident, and ``b`` another story's (segments.headline-holds-body).
    Spans point into the ``original`` text."""
    if not on("segments.headline-holds-body") or b.trigger is None:
        return False
    line_end = original.find("\n")
    later = b.trigger.start
    if not any(line_end < e.start and e.end <= later for e in a.evidence):
        return False
    lo = original.rfind("\n", 0, later) + 1
    hi = original.find("\n", later)
    line = original[lo : hi if hi >= 0 else len(original)]
    return "۔" not in line and len(line.split()) <= _RELATED_LINE_WORDS


def _prose_line(text: str, lo: int, hi: int) -> bool:
    """Whether the line of ``text`` from ``lo`` to ``hi`` ends with a full stop (its prose)."""
    return text[lo:hi].rstrip(" \t\u200c").endswith("۔")


def _on_related_line(incident: Incident, text: str) -> bool:
    """Whether every clause of ``incident`` stands on one short line with no full stop that is
    neither the first line nor the last, between lines of prose that end with one: the headline
    of a related story that a web page prints between the paragraphs ("X میں دہشت گردوں کا پولیس
    پر حملہ، دو اہلکار زخمی"), another article's news, not this one's
    (non-events.related-story-line)."""
    if not incident.evidence:
        return False
    lo = text.rfind("\n", 0, incident.evidence[0].start) + 1
    hi = text.find("\n", lo)
    if lo == 0 or hi < 0 or any(e.start < lo or e.end > hi for e in incident.evidence):
        return False
    line = text[lo:hi]
    if "۔" in line or len(line.split()) > _RELATED_LINE_WORDS:
        return False
    end = lo  # the last character before the line that is no space: a full stop?
    while end > 0 and text[end - 1].isspace():
        end -= 1
    after_lo = hi
    while after_lo < len(text) and text[after_lo].isspace():
        after_lo += 1
    if end == 0 or after_lo >= len(text) or text[end - 1] != "۔":
        return False
    after_hi = text.find("\n", after_lo)
    return _prose_line(text, after_lo, len(text) if after_hi < 0 else after_hi)


def _not_recalled_unplaced(drafts: list[_Draft], reading: DocReading) -> list[_Draft]:
    """``drafts`` without a first incident told after the lead only in the past perfect
    ("استغاثہ نے بتایا کہ دھماکے میں 30 افراد جاں بحق ہوئے تھے"), with no place of its own and
    no day in the sentences that tell it: a recalled event the article makes no more specific,
    neither the dateline (the place of the news, not of what is recalled) nor the publication
    date placing it (non-events.recalled-unplaced)."""
    if not drafts:
        return drafts
    first = drafts[0]
    events = [c for c in first.clauses if c.triggers]
    dateline = reading.dateline
    # "وہ کئی دن پہلے ... زخمی ہوا تھا": a time ago no date resolves places it no more than none
    # (non-events.recalled-vague-time).
    vague = on("non-events.recalled-vague-time")

    def dated(sentence: int) -> bool:
        days = reading.sentences[sentence].dates
        return any(d.kind is not DateKind.VAGUE for d in days) if vague else bool(days)

    if (
        not events
        or (first.date is not None and not (vague and first.date.start is None and first.date.span))
        or any(not c.past_perfect or c.sentence == 0 or dated(c.sentence) for c in events)
        or any(dateline is None or p.start != dateline.start for p in first.places)
    ):
        return drafts
    return drafts[1:]


def build_incidents(reading: DocReading, finder: PlaceFinder) -> list[Incident]:
    """The incidents of a document, in order of first mention.

    Args:
        reading: The document read into clauses.
        finder: The place finder that read its places (turns them into locations).
    """
    out: list[Incident] = []
    generic = []
    bare: list[bool] = []  # a bare blast with no device named (types.bare-blast-in-strikes)
    lead = _lead_perpetrator(reading) if on("roles.lead-perpetrator") else None
    lead_countries = _lead_countries(reading, lead) if lead is not None else frozenset()
    wider = _wider_places(reading)
    country = _article_country(reading) if on("places.country-of-article") else None
    filed_abroad = _dateline_filed_abroad(reading) if on("places.dateline-filed-abroad") else (False, None)
    saved = [c.triggers for c in reading.clauses]
    drafts = _assign(reading)
    if (
        not drafts
        and on("non-events.reaction-names-event")
        and any("reaction" in c.markers for c in reading.clauses)
    ):
        # Nothing but reactions: the article reacts to an event, which it names
        # ("وزیر اعظم نے پشاور میں ... خودکش دھماکے کی مذمت کی"); read again with it.
        for clause, triggers in zip(reading.clauses, saved, strict=True):
            clause.triggers = triggers
        drafts = _assign(reading, reactions=True)
    if on("non-events.recalled-unplaced"):
        drafts = _not_recalled_unplaced(drafts, reading)
    if on("places.province-over-round-up"):
        wider = _without_scopes(wider, drafts)
    plural: list[bool] = []
    owned = on("places.enclosing-owned-elsewhere")
    for draft in drafts:
        mine = _not_owned_elsewhere(wider, draft, drafts, reading) if owned else wider
        incident = _finish(draft, reading, finder, lead, mine, country, lead_countries, filed_abroad)
        if incident is not None:
            out.append(incident)
            plural.append(_said_of_several(draft, reading.analysis.text))
            # Typed by its own clauses, as _finish types it; totals folded in do not count.
            own = [c for c in draft.clauses if c.triggers]
            events = own or [c for c in draft.shared if c.triggers]
            best = _best_trigger(events, reading.analysis.normalized.text)
            generic.append(best.value.kind == "attack")
            bare.append(_bare_blast(draft, best, out[-1]))
            if len(out) > 1 and on("types.same-kind-as-before"):
                out[-1] = _as_kind_before(out[-1], out[-2], best, reading.analysis.text)
            out[-1] = _kind_named_in_reaction(out[-1], reading, saved, best)
    if on("roles.responsibility-of-several"):
        out = _share_responsibility(out, plural)
    if on("segments.headline-line-retold") and len(out) > 1:
        keep = _not_headline_retold(out, reading.analysis.text, reading.analysis.normalized.original)
        out = [i for i, k in zip(out, keep, strict=True) if k]
        generic = [g for g, k in zip(generic, keep, strict=True) if k]
        bare = [b for b, k in zip(bare, keep, strict=True) if k]
    if on("non-events.related-story-line") and len(out) > 1:
        keep = [not _on_related_line(i, reading.analysis.normalized.original) for i in out]
        out = [i for i, k in zip(out, keep, strict=True) if k]
        generic = [g for g, k in zip(generic, keep, strict=True) if k]
        bare = [b for b, k in zip(bare, keep, strict=True) if k]
    if on("non-events.ordinary-arrests"):
        violence = any(i.sub_event_type is not _S.ARRESTS for i in out)
        kept = [(i, g, b) for i, g, b in zip(out, generic, bare, strict=True) if _political(i, violence)]
        out, generic, bare = [i for i, _, _ in kept], [g for _, g, _ in kept], [b for _, _, b in kept]
    if on("roles.weapon-named-doer-as-force"):
        out = _doers_named_as_force(out, reading)
    if on("roles.member-named-by-force"):
        out = _members_named_by_force(out, reading)
    if on("roles.group-held-per-place"):
        out = _groups_held_per_place(out, reading)
    if on("roles.claimant-of-unnamed-deed"):
        out = _claimants_of_unnamed_deeds(out, reading)
    if on("roles.bomber-of-named-group"):
        out = _bombers_of_named_groups(out, reading)
    if on("roles.fighters-of-named-group"):
        out = _fighters_of_named_groups(out, reading)
    if on("roles.targeted-members-of-named-group"):
        out = _targeted_fighters_of_named_groups(out, reading)
    if on("roles.arrested-not-struck"):
        out = _arrested_not_struck(out, reading)
    if on("roles.age-sex-gives-way"):
        out = [_age_sex_giving_way(i, reading) for i in out]
    if on("roles.accused-refers-back"):
        out = [_accused_referring_back(i) if i.sub_event_type is _S.ARRESTS else i for i in out]
    if on("triggers.remote-type-shared"):
        out = _share_remote_type(out, generic, bare)
    return _one_air_force(out) if on("roles.one-air-force") else out


def _named_by_weapon(p: Participant, weapons: Sequence[tuple[int, int]]) -> bool:
    """Whether the perpetrator ``p`` is named only by its nationality, bare or before the
    weapon it struck with ("اسرائیلی ڈرون", "روسی طیاروں", "اسرائیلی"): a force seen through its
    arms."""
    if p.role is not Role.PERPETRATOR or p.type is not _STATE or p.span is None:
        return False
    space = _SPACE.search(p.name)  # a no-break space too: the text is the outlet's
    if space is None:
        return True
    first = p.span.start + space.start()
    return any(first < s and e <= p.span.end for s, e in weapons)


_SPACE = lazy_compile(r"\s")


def _doers_named_as_force(incidents: list[Incident], reading: DocReading) -> list[Incident]:
    """Give a doer named by its weapon or nationality alone ("اسرائیلی ڈرون نے") the name of the
    same body (same english name, same first word) that the article makes a perpetrator elsewhere
    as a force ("اسرائیلی فوج نے"): news names the force once and then its arms
    (roles.weapon-named-doer-as-force)."""
    if not any(p.role is Role.PERPETRATOR and p.type is _STATE for i in incidents for p in i.actors):
        return incidents  # no state force as a doer: nothing to rename, and no spans to read
    nt = reading.analysis.normalized
    weapons = [
        (span.start, span.end)
        for c in reading.clauses
        for span in (
            *(nt.span(w.start, w.end) for w in c.weapons),
            *(nt.span(t.start, t.end) for t in c.triggers if t.value.kind in _WEAPON_KINDS),
        )
    ]
    forces: dict[str, list[Participant]] = {}
    for incident in incidents:
        for p in incident.actors:
            if (
                p.role is Role.PERPETRATOR
                and p.type is _STATE
                and p.english_name is not None
                and not _named_by_weapon(p, weapons)
            ):
                forces.setdefault(p.english_name, []).append(p)
    # "اسرائیلی فوج نے ایک بیان میں کہا": the force may be named only as it speaks of its strikes
    speaking = on("roles.weapon-doer-as-speaking-force")
    for clause in reading.clauses:
        for a in clause.actors:
            if (
                not (a.role == "perpetrator" or (speaking and a.role is None and a.term.security))
                or a.by_default
                or a.term.english is None
                or a.term.actor_type is not _STATE
            ):
                continue
            span = nt.span(a.start, a.end)
            if _SPACE.search(span.text) and not any(span.start < s and e <= span.end for s, e in weapons):
                forces.setdefault(a.term.english, []).append(
                    Participant(
                        span.text, role=Role.PERPETRATOR, type=_STATE, english_name=a.term.english, span=span
                    )
                )
    if not forces:
        return incidents
    # "امریکی ڈرون حملے": a nationality cut off the strike noun names the state itself, and stays
    # (names.strike-noun-nationality)
    by_nationality = {
        (span.start, span.end)
        for c in reading.clauses
        for a in c.actors
        if a.rule == "names.strike-noun-nationality"
        for span in (nt.span(a.start, a.end),)
    }
    out: list[Incident] = []
    for incident in incidents:
        actors = list(incident.actors)
        for j, p in enumerate(actors):
            if not _named_by_weapon(p, weapons) or p.english_name is None:
                continue
            if p.span is not None and (p.span.start, p.span.end) in by_nationality:
                continue
            key = fold(p.name)  # names as the text writes them, compared as words
            head = key.split(" ")[0]
            same = [
                q
                for q in forces.get(p.english_name, [])
                if (q_key := fold(q.name)).split(" ")[0] == head and q_key != key
            ]
            if same:
                names = [q.name for q in same]
                best = max(same, key=lambda q: names.count(q.name))  # the name the article uses most
                actors[j] = evolve(p, name=best.name, span=best.span)
        if actors != list(incident.actors):
            incident = evolve(incident, actors=actors)
        out.append(incident)
    return out


#: A force's members or ranks named without the force ("اہلکار", "جوان", "کانسٹیبل").
_MEMBER_ALONE = word_set("member_alone")


def _member_alone(name: str) -> bool:
    """Whether an actor's name, as the text writes it, is only a member or rank word."""
    return name in _MEMBER_ALONE or respelled_key(name) in _MEMBER_ALONE


#: A rank or office in an actor's name ("کیپٹن", "پولیس افسر"): a person, not the force's name.
_TITLED_FORCE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('military_rank')}|{word_alternation('officer_noun')})(?!\w)"
)
#: How far back a member or rank word looks for its force: to where its sentence starts (a full
#: stop, Urdu or Latin, a question mark, a line break) or turns to another event ("جبکہ", "جب کہ":
#: "X کے 25 جوان ہلاک ہوئے تھے جبکہ ... 76 جوان مارے گئے"); read in normalized text, so that any
#: house spelling of "جبکہ" is one.
_FORCE_REACH_END = lazy_compile(r"[۔؟?!\n]|(?<=[^\W\d])\.(?!\w)|(?<!\w)(?:جبکہ|جب کہ)(?!\w)")


def _same_body(a: str, b: str) -> bool:
    """Whether two actors' names, folded, are one, or one holds the other as whole words."""
    fa, fb = f" {fold(a)} ", f" {fold(b)} "
    return fa in fb or fb in fa


def _members_named_by_force(incidents: list[Incident], reading: DocReading) -> list[Incident]:
    """Give a target named only by a member or rank word ("ایک اہلکار شہید", "کانسٹیبل زخمی")
    the name of the force the article names last before it ("پولیس", "ایف سی", "سیکیورٹی
    فورسز"), unless that force is the incident's doer: news names the force once and then its
    men by rank, and the force is the party attacked (roles.member-named-by-force)."""
    if not any(p.role is Role.TARGET and _member_alone(p.name) for i in incidents for p in i.actors):
        return incidents
    nt = reading.analysis.normalized
    # read in the normalized text, so that any spelling of the words is one
    text = nt.text
    forces = sorted(
        (
            (a.start, nt.span(a.start, a.end), a.term.english)
            for c in reading.clauses
            for a in c.actors
            if a.term.security and a.term.actor_type is _STATE and not a.term.site
            if not _member_alone(text[a.start : a.end]) and not _TITLED_FORCE.search(text, a.start, a.end)
        ),
        key=lambda f: f[0],
    )
    if not forces:
        return incidents
    out: list[Incident] = []
    for incident in incidents:
        doers = [q.name for q in incident.actors if q.role is Role.PERPETRATOR]
        actors: list[Participant] = []
        for p in incident.actors:
            if p.role is Role.TARGET and p.span is not None and _member_alone(p.name):
                at = nt.from_original(p.span.start, p.span.end)[0]
                before = [
                    (span, english)
                    for start, span, english in forces
                    if start < at
                    and _FORCE_REACH_END.search(text, start, at) is None
                    and not any(_same_body(span.text, d) for d in doers)
                ]
                if before:
                    force, english = before[-1]
                    if any(q.role is Role.TARGET and _same_body(q.name, force.text) for q in actors):
                        continue  # the force is already a target of the incident
                    p = evolve(p, name=force.text, span=force, english_name=english)
            actors.append(p)
        if actors != list(incident.actors):
            incident = evolve(incident, actors=actors)
        out.append(incident)
    return out


#: After a place in a breakdown of arrests: "سے" or "میں", where the group's men were held (and
#: "کالعدم", banned, which the group's name may leave out).
_FROM_PLACE = lazy_compile(r"\s(?:سے|میں)\s((?:کالعدم\s)?)")
#: After the group: its men counted, with or without their noun ("X کے 3،", "X کے چار دہشت گرد").
_GROUP_COUNTED = lazy_compile(rf"\s(?:کے|کی)\s(?:\d+|{'|'.join(map(re.escape, UNIT_WORDS[1:]))})(?!\w)")


def _groups_held_per_place(incidents: list[Incident], reading: DocReading) -> list[Incident]:
    """Give each arrest of a breakdown by place ("ملتان سے کالعدم X کے 3، ڈیرہ غازی خان سے کالعدم
    Y کے 4 ... دہشت گرد گرفتار") the armed group the breakdown names for its place as the one
    whose men were held, in place of the words for all of them ("کالعدم تنظیموں", "دہشت گرد"):
    one incident per place, and each place's men are that group's (roles.group-held-per-place)."""
    arrests = [i for i in incidents if i.sub_event_type is _S.ARRESTS and i.locations]
    if len(arrests) < 2:
        return incidents
    nt = reading.analysis.normalized
    # read in the normalized text, so that any house spelling of the words between is one
    text = nt.text
    groups: dict[int, tuple[int, int, ActorTerm]] = {}
    for c in reading.clauses:
        for a in c.actors:
            if a.term.actor_type in _GROUP_TYPES and not a.term.unnamed:
                groups.setdefault(a.start, (a.start, a.end, a.term))
    if not groups:
        return incidents
    refs = reading.places
    out: list[Incident] = []
    for incident in incidents:
        held = None
        if incident.sub_event_type is _S.ARRESTS and incident.locations:
            # every mention of the incident's place, as the text spells it there
            where = incident.locations[0].span
            keys = {p.key for p in refs if where is not None and nt.span(p.start, p.end).start == where.start}
            keys = keys or {fold(incident.locations[0].name)}
            for end in sorted({p.end for p in refs if p.key in keys}):
                after = _FROM_PLACE.match(text, end)
                found = (groups.get(after.start(1)) or groups.get(after.end())) if after is not None else None
                if found is not None and _GROUP_COUNTED.match(text, found[1]):
                    held = found
                    break
        if held is not None:
            start, end, term = held
            span = nt.span(start, end)
            group = Participant(
                span.text,
                role=Role.TARGET,
                type=term.actor_type,
                english_name=term.english,
                span=span,
            )
            actors = [p for p in incident.actors if p.role is not Role.TARGET]
            incident = evolve(incident, actors=[*actors, group])
        out.append(incident)
    return out


#: Armed groups that are no state: whom a claim of an attack names as its doer.
_GROUP_TYPES = frozenset((ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA))
#: The kinds of event a group claims as its attack: fighting, blasts and strikes, violence on people.
_ATTACK_TYPES = frozenset(
    (EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS)
)


#: Words in or right before a doer's name that say how the doers were seen or that they are
#: suspects ("نامعلوم", "مسلح", "سوار", "ملزمان"), not whose men they were.
_UNKNOWN_DOER = word_set("unknown_doer")
#: The word right before a name, as the text has it.
_WORD_BEFORE = lazy_compile(r"(\w+)\s+$")


def _unknown_doer(p: Participant, nt: NormalizedText) -> bool:
    """Whether the perpetrator ``p`` is named as doers seen but not identified, or as suspects
    ("نامعلوم شرپسندوں نے", "موٹر سائیکل سوار مسلح افراد نے", "دو ملزمان نے"): a word of
    ``unknown_doer`` in its name or right before it. Such doers stay an actor of their own beside
    the named group that claims the attack (roles.unknown-doers-stay)."""
    if p.role is not Role.PERPETRATOR or not on("roles.unknown-doers-stay"):
        return False
    key = respelled_key(p.name).split()
    words = set(p.name.split()) | set(key)
    if p.span is not None:  # the word before, in the normalized text (the span's offsets are the original's)
        start = nt.from_original(p.span.start, p.span.end)[0]
        before = _WORD_BEFORE.search(nt.text, max(0, start - 40), start)
        if before is not None:
            words.add(before.group(1))
    return bool(words & _UNKNOWN_DOER) or any(
        " ".join(pair) in _UNKNOWN_DOER
        for pair in itertools.chain(itertools.pairwise(p.name.split()), itertools.pairwise(key))
    )


#: Words of sex or age ("بچے", "خاتون"), folded: a target so named only tells who the dead were like.
_AGE_SEX_FOLDED = word_set("age_sex_noun")
#: What joins two members of one list of people: a comma or "اور", or the reflexive of companions
#: ("X اپنے دو بچوں سمیت"), then perhaps the next member's count ("، دو", "اور تین").
_LIST_JOIN = lazy_compile(
    rf"\s*(?:[،,]\s*)?(?:(?:{word_alternation('conjunction_and')}|اپنے|اپنی)\s+)?"
    rf"(?:(?:\d+|{'|'.join(UNIT_WORDS[1:])}|{word_alternation('vague_count')})\s+)?"
)


def _age_sex_giving_way(incident: Incident, reading: DocReading) -> Incident:
    """Drop a target named only by sex or age ("خاتون", "بچے") from an incident that has a target
    named otherwise, by a group, a role, an office or a nationality, and told apart from it ("X نے
    شہری آبادی پر گولے داغے، ایک خاتون زخمی ہو گئی"): the words tell who among the dead or
    hurt were women or children, not whom the attack struck. Alone, or listed right beside such a
    target, or beside one so listed ("ایک چرواہا، ایک خاتون اور دو بچے", "ایک ٹیچر اپنے دو بچوں
    سمیت"), they stay (roles.age-sex-gives-way)."""
    targets = [p for p in incident.actors if p.role is Role.TARGET]
    named = [p for p in targets if fold(p.name) not in _AGE_SEX_FOLDED]
    if not named or len(named) == len(targets):
        return incident
    nt = reading.analysis.normalized

    def listed(a: Participant, b: Participant) -> bool:
        if a.span is None or b.span is None:
            return False
        first, second = (a.span, b.span) if a.span.start < b.span.start else (b.span, a.span)
        between = _between(nt, first.end, second.start)
        return len(between) < 30 and _LIST_JOIN.fullmatch(between) is not None

    # those of one list with a target named otherwise stay, through the list's other members too
    kept = list(named)
    rest = [p for p in targets if p not in named]
    grew = True
    while grew:
        grew = False
        for p in [p for p in rest if any(listed(p, q) for q in kept)]:
            kept.append(p)
            rest.remove(p)
            grew = True
    gone = rest
    if not gone:
        return incident
    return evolve(incident, actors=[p for p in incident.actors if p not in gone])


def _arrested_not_struck(incidents: list[Incident], reading: DocReading) -> list[Incident]:
    """Drop, from an incident that is no arrest, a target whose next event word in its clause is
    an arrest ("... پانچ مبینہ دہشت گردوں کو گرفتار کر لیا جبکہ ... مقابلے میں تین دہشت گرد مارے
    گئے"), where the incident has another target: those arrested are the arrest's, not struck in
    the fight or the blast (roles.arrested-not-struck)."""
    nt = reading.analysis.normalized
    # each clause as (start, end, [(trigger start, is an arrest)]), in the text's offsets
    clauses = [
        (
            cs.start,
            cs.end,
            sorted((nt.span(t.start, t.end).start, t.value.sub_event_type is _S.ARRESTS) for t in c.triggers),
        )
        for c in reading.clauses
        if any(t.value.sub_event_type is _S.ARRESTS for t in c.triggers)
        for cs in (nt.span(c.start, c.end),)
    ]
    if not clauses:
        return incidents

    def arrested(p: Participant) -> bool:
        if p.span is None:
            return False
        for a, b, triggers in clauses:
            if a <= p.span.start and p.span.end <= b:
                after = [arrest for at, arrest in triggers if at >= p.span.end]
                return bool(after) and after[0]
        return False

    out: list[Incident] = []
    for i in incidents:
        if i.sub_event_type is not _S.ARRESTS:
            targets = [p for p in i.actors if p.role is Role.TARGET]
            gone = [p for p in targets if arrested(p)]
            if gone and len(gone) < len(targets):
                i = evolve(i, actors=[p for p in i.actors if p not in gone])
        out.append(i)
    return out


def _claimants_of_unnamed_deeds(incidents: list[Incident], reading: DocReading) -> list[Incident]:
    """Make the named armed group that claims an incident whose doers the article leaves unnamed
    ("مسلح افراد نے ...", or no doer at all) one of its perpetrators: the claim names who the
    unnamed attackers were (roles.claimant-of-unnamed-deed)."""
    if not any(i.responsibility.status is ResponsibilityStatus.CLAIMED for i in incidents):
        return incidents
    nt = reading.analysis.normalized
    unnamed = {
        (span.start, span.end)
        for c in reading.clauses
        for a in c.actors
        if a.term.unnamed
        for span in (nt.span(a.start, a.end),)
    }
    out: list[Incident] = []
    for i in incidents:
        doers = [p for p in i.actors if p.role is Role.PERPETRATOR]
        if (
            i.responsibility.status is ResponsibilityStatus.CLAIMED
            and i.event_type in _ATTACK_TYPES
            and all(p.span is not None and (p.span.start, p.span.end) in unnamed for p in doers)
        ):
            new = [
                Participant.from_actor(c, Role.PERPETRATOR)
                for c in i.responsibility.claimants
                if c.type in _GROUP_TYPES and not any(c.name == p.name for p in doers)
            ]
            if new:
                rest = list(i.actors)
                if on("roles.claimant-names-unnamed"):
                    # "مسلح افراد نے ... حملہ کیا ... X نے ذمہ داری قبول کر لی": the claim names the
                    # armed men; they are X's men, not a second doer
                    rest = [
                        p
                        for p in i.actors
                        if p.role is not Role.PERPETRATOR or _unknown_doer(p, reading.analysis.normalized)
                    ]
                i = evolve(i, actors=[*new, *rest])
        out.append(i)
    return out


def _one_air_force(incidents: list[Incident]) -> list[Incident]:
    """Give an air or drone strike told with no doer ("بمباری سے 20 افراد مارے گئے") the state
    force the article makes the doer of every other strike from the air, where it names just one:
    news names the force once and then tells its raids (roles.one-air-force)."""
    air = [i for i in incidents if i.sub_event_type is _S.AIR_DRONE_STRIKE]
    if len(air) < 2:
        return incidents
    doers = [p for i in air for p in i.actors if p.role is Role.PERPETRATOR]
    if not doers:
        return incidents
    keys = {p.english_name or p.name for p in doers}
    if len(keys) == 1 and doers[0].type is _STATE:
        names = [p.name for p in doers]
        forces = [max(doers, key=lambda p: names.count(p.name))]
    elif on("roles.allied-air-forces") and _allied(air) is not None:
        forces = _allied(air) or []
    else:
        return incidents
    return [
        evolve(i, actors=[*forces, *i.actors])
        if i.sub_event_type is _S.AIR_DRONE_STRIKE
        and not any(p.role is Role.PERPETRATOR for p in i.actors)
        and not _heard_as_blast(i)
        else i
        for i in incidents
    ]


def _allied(air: Sequence[Incident]) -> list[Participant] | None:
    """The two or three states or state forces the first strike from the air names as its
    doers together ("امریکہ اور برطانیہ نے ... فضائی حملے کیے"), when no other strike of the
    article names a state or force that is not one of them (roles.allied-air-forces)."""
    first = [p for p in air[0].actors if p.role is Role.PERPETRATOR]
    if not 2 <= len(first) <= 3 or any(p.type is not _STATE for p in first):
        return None
    keys = {p.english_name or p.name for p in first}
    for i in air[1:]:
        for p in i.actors:
            if p.role is Role.PERPETRATOR and p.type is _STATE and (p.english_name or p.name) not in keys:
                return None
    return first


def _heard_as_blast(incident: Incident) -> bool:
    """Whether a strike was told only as a blast, typed by the strikes around it
    (types.bare-blast-in-strikes): the text names no one as its doer, and neither does the
    reading."""
    return any(r.field == "type" and r.rule == "types.bare-blast-in-strikes" for r in incident.reasons)


def _drop_members_of_named_groups(
    incidents: list[Incident],
    reading: DocReading,
    member: Callable[[ActorTerm], bool],
    group: Callable[[Participant], bool],
    role: Role = Role.PERPETRATOR,
    seen_stay: bool = True,
) -> list[Incident]:
    """Drop, from each incident, the actors of ``role`` (perpetrators unless told) the text names
    only by an unnamed word that ``member`` accepts, where an actor of that role the text names (a
    ``group``) is also there: the unnamed ones are the group's members, so the group alone plays
    the part. Actors are matched to the reading's actors by their spans."""
    named_at: list[tuple[int, int]] = []
    members_at: list[tuple[int, int]] = []
    for c in reading.clauses:
        for a in c.actors:
            if a.role == role.value or role is Role.TARGET:
                if not a.term.unnamed:
                    named_at.append((a.start, a.end))
                elif member(a.term):
                    members_at.append((a.start, a.end))
    if not members_at or not named_at:
        return incidents
    # Mapped to the original text only here: most texts lack one of the two, and need no mapping.
    to_original = reading.analysis.normalized.to_original
    members = {to_original(s, e) for s, e in members_at}
    named = {to_original(s, e) for s, e in named_at}
    out: list[Incident] = []
    for incident in incidents:
        doers = [(p, (p.span.start, p.span.end)) for p in incident.actors if p.role is role and p.span]
        dropped = [
            p
            for p, at in doers
            if at in members and not (seen_stay and _unknown_doer(p, reading.analysis.normalized))
        ]
        if dropped and any(group(p) and at in named for p, at in doers):
            incident = evolve(incident, actors=[p for p in incident.actors if p not in dropped])
        out.append(incident)
    return out


def _bombers_of_named_groups(incidents: list[Incident], reading: DocReading) -> list[Incident]:
    """Drop the unnamed bomber ("حملہ آور", "خودکش بمبار") from the perpetrators of a suicide
    bombing that a named group also carried out ("الشباب" claimed it, or the text names it as
    the doer): the bomber is the group's member and its weapon, so the group alone is the
    perpetrator (roles.bomber-of-named-group)."""
    bombings = [i for i in incidents if i.sub_event_type is _S.SUICIDE_BOMB]
    if not bombings:
        return incidents
    read = iter(
        _drop_members_of_named_groups(
            bombings,
            reading,
            lambda _: True,
            lambda p: p.type is not _STATE and p.type is not None,
            seen_stay=not on("roles.bomber-seen-is-member"),
        )
    )
    return [next(read) if i.sub_event_type is _S.SUICIDE_BOMB else i for i in incidents]


#: The actor types of armed groups, whose members a generic word for fighters may name.
_ARMED_GROUPS = frozenset((ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA))


def _fighters_of_named_groups(incidents: list[Incident], reading: DocReading) -> list[Incident]:
    """Drop the doers named only by a generic word for fighters or attackers ("شدت پسندوں",
    "حملہ آوروں", "جنگجوؤں") from an incident that a named armed group also carried out (it
    claimed it, or the text names it as the doer): they are the group's members, so the group
    alone is the perpetrator (roles.fighters-of-named-group). Unknown armed men ("مسلح افراد",
    "نامعلوم مسلح افراد") are an actor of their own and stay."""
    return _drop_members_of_named_groups(
        incidents, reading, lambda term: term.english is None, lambda p: p.type in _ARMED_GROUPS
    )


def _targeted_fighters_of_named_groups(incidents: list[Incident], reading: DocReading) -> list[Incident]:
    """Drop the targets named only by a generic word for fighters ("دہشت گردوں", "جنگجو",
    "شدت پسند") from an incident whose targets also hold a named armed group ("خوارج",
    "لشکر جھنگوی"): the fighters hit or arrested are that group's members, so the group alone
    is the target (roles.targeted-members-of-named-group)."""
    return _drop_members_of_named_groups(
        incidents,
        reading,
        lambda term: term.english is None,
        lambda p: p.type in _ARMED_GROUPS,
        Role.TARGET,
    )


#: The bare words for the accused or convicted ("ملزمان", "ملزم", "مجرموں"), without those that
#: name a part in a plot ("سہولت کاروں", "ماسٹر مائنڈ").
_ACCUSED = word_set("accused_noun") - word_set("plotter_noun")


def _accused_referring_back(incident: Incident) -> Incident:
    """Drop an actor named only by a bare word for the accused ("ملزمان", "ملزم") from a role
    that holds another actor too: an arrest report calls by that word those it has already named
    or labelled ("... دہشت گردوں کو گرفتار کر لیا ... ملزمان کے قبضے سے"), so it names that
    actor again, not a second one (roles.accused-refers-back; the caller passes arrests)."""
    dropped = [
        p
        for p in incident.actors
        if fold(p.name) in _ACCUSED
        and any(q.role is p.role and fold(q.name) not in _ACCUSED for q in incident.actors)
    ]
    if not dropped:
        return incident
    return evolve(incident, actors=[p for p in incident.actors if p not in dropped])


#: Events named in the plural right before a word for responsibility: "ان حملوں کی ذمہ داری",
#: "دونوں دھماکوں کی".
_SEVERAL_EVENTS = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('several_events_determiner')})\s(?:\S+\s)?(?:{word_class('tallied_event')})\S*وں\s(?:کی|کا)\s$"
)


def _said_of_several(draft: _Draft, text: str) -> bool:
    """Whether ``draft`` has its responsibility from words about several events ("کسی نے ان
    حملوں کی ذمہ داری قبول نہیں کی")."""
    return any(
        _SEVERAL_EVENTS.search(text, max(c.start, h.start - 30), h.start)
        for c in draft.clauses
        for h in c.responsibility
    )


def _share_responsibility(incidents: list[Incident], plural: Sequence[bool]) -> list[Incident]:
    """Give the main incidents told just before a responsibility said of several events ("ان
    حملوں کی ذمہ داری") that responsibility, where they have none of their own."""
    out = list(incidents)
    for i, (incident, several) in enumerate(zip(incidents, plural, strict=True)):
        if not several or not incident.main or incident.responsibility.status is ResponsibilityStatus.UNKNOWN:
            continue
        for j in range(i - 1, -1, -1):
            other = out[j]
            if not other.main:
                break
            if other.responsibility.status is ResponsibilityStatus.UNKNOWN:
                out[j] = evolve(other, responsibility=incident.responsibility)
    return out


_REMOTE = (_S.AIR_DRONE_STRIKE, _S.SHELLING_ARTILLERY_MISSILE)
#: Words for militants, spies and activists: whom arrests count for.
_POLITICAL_WORDS = lazy_compile(word_class("political_suspect"))
#: Words for ordinary crime: arrests for it are no conflict events.
_CRIME_WORDS = lazy_compile(word_class("ordinary_crime"))
_POLITICAL_TYPES = frozenset(
    (ActorType.REBEL_GROUP, ActorType.IDENTITY_MILITIA, ActorType.PROTESTERS, ActorType.RIOTERS)
)


#: Trigger kinds of a blast or an attack told with no more specific word: a reaction before
#: them may name their kind.
_BARE_BLAST_KINDS = frozenset({"explosion", "attack"})


def _kind_named_in_reaction(
    incident: Incident,
    reading: DocReading,
    saved: Sequence[Sequence[Hit[TriggerTerm]]],
    best: Hit[TriggerTerm],
) -> Incident:
    """The incident typed as the one explosive kind that a reaction told before it names, where
    its own event word is a bare blast or attack with the lexicon's or the actors' reading and
    no weapon
    ("خودکش دھماکے کے شہداء کی نماز جنازہ ادا کی گئی۔ ... دھماکے میں بارہ نمازی جاں بحق ہوئے
    تھے": the funeral names the suicide bombing the next sentence tells; ``saved`` holds each
    clause's event words before the reactions' were dropped) (types.kind-named-in-reaction)."""
    if not on("types.kind-named-in-reaction") or best.value.kind not in _BARE_BLAST_KINDS:
        return incident
    # the lexicon's reading, or the actors' (a bare attack on forces: "حملے میں تین اہلکار شہید")
    if incident.weapons or incident.sub_event_type not in (best.value.sub_event_type, _S.ARMED_CLASH):
        return incident
    named = {
        h.value.sub_event_type
        for c, triggers in zip(reading.clauses, saved, strict=True)
        if "reaction" in c.markers and c.end <= best.start
        for h in triggers
        if h.value.kind in _BARE_BLAST_KINDS
        and SUB_EVENT_TYPES[h.value.sub_event_type] is EventType.EXPLOSIONS_REMOTE_VIOLENCE
    }
    if len(named) != 1:
        return incident
    (sub,) = named
    if sub is incident.sub_event_type:
        return incident
    reasons = tuple(
        evolve(r, value=sub.value, rule="types.kind-named-in-reaction") if r.field == "type" else r
        for r in incident.reasons
    )
    return evolve(incident, event_type=SUB_EVENT_TYPES[sub], sub_event_type=sub, reasons=reasons)


#: "اسی نوعیت کے", "اسی طرح کے" right before an event word: of the same kind as the one told.
_SAME_KIND_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('same_kind')})\s*\Z")


def _as_kind_before(incident: Incident, before: Incident, best: Hit[TriggerTerm], text: str) -> Incident:
    """The incident typed as the incident told before it when its generic event word says it was
    of the same kind ("... مسجد میں خودکش دھماکہ ... قندوز کی ایک مسجد پر اسی نوعیت کے حملے میں")."""
    if best.value.kind != "attack" or incident.sub_event_type is before.sub_event_type:
        return incident
    if _SAME_KIND_BEFORE.search(text, max(0, best.start - 24), best.start) is None:
        return incident
    sub = before.sub_event_type
    reasons = tuple(
        evolve(r, value=sub.value, rule="types.same-kind-as-before") if r.field == "type" else r
        for r in incident.reasons
    )
    return evolve(incident, event_type=SUB_EVENT_TYPES[sub], sub_event_type=sub, reasons=reasons)


def _political(incident: Incident, violence: bool) -> bool:
    """Whether an incident counts: arrests for ordinary crime (drugs, theft, fraud) are no
    conflict events, unless those arrested are militants, spies, protesters or activists,
    or the article reports political violence (``violence``) they may be suspects of."""
    if incident.sub_event_type is not _S.ARRESTS:
        return True
    if violence:
        # suspects of the violence the article reports, unless their own clauses name only an
        # ordinary crime ("منشیات فروش گروہ کے 3 کارندوں کو گرفتار کر کے ... چرس برآمد کر لی")
        return not (on("non-events.crime-arrest-beside-violence") and _crime_only(incident))
    for a in incident.actors:
        if a.role is not Role.TARGET:
            continue
        named = a.english_name is not None and not a.anonymous
        if a.type in _POLITICAL_TYPES or named or _POLITICAL_WORDS.search(fold(a.name)):
            return True
    if on("types.arrest-tied-to-group") and any(
        a.type in _ARMED and a.english_name is not None and not a.anonymous for a in incident.actors
    ):
        return True  # "داعش سے مبینہ تعلق رکھنے والے تین نوجوانوں کو گرفتار کر لیا"
    said = " ".join(fold(e.text) for e in incident.evidence)  # the outlet's text, read folded
    if bool(_POLITICAL_WORDS.search(said)):
        return True
    if on("types.arrest-by-armed-forces") and any(
        a.role is Role.PERPETRATOR and _armed_force(a.english_name) for a in incident.actors
    ):
        return not _CRIME_WORDS.search(said)  # "فوج نے چھاپہ مار کر پانچ افراد کو گرفتار کر لیا"
    if on("non-events.arrest-needs-cause"):
        return False
    return not _CRIME_WORDS.search(said)


def _crime_only(incident: Incident) -> bool:
    """Whether the clauses of an arrest name an ordinary crime and nothing of militancy, spying or
    protest (non-events.crime-arrest-beside-violence)."""
    said = " ".join(fold(e.text) for e in incident.evidence)  # the outlet's text, read folded
    return bool(_CRIME_WORDS.search(said)) and not _POLITICAL_WORDS.search(said)


#: The forces that fight rather than police: an army's, air force's or navy's, a country's
#: military forces, the security forces, paramilitary and counter-terrorism units, the agencies.
_ARMED_FORCES = frozenset(
    (
        "Security forces",
        "Frontier Corps",
        "CTD: Counter Terrorism Department",
        "Intelligence agencies",
        "NATO",
        "Peshmerga",
        "Pakistan Air Force",
        "Pakistan Navy",
    )
)


def _armed_force(english: str | None) -> bool:
    """Whether a state force's English name is one of :data:`_ARMED_FORCES` or a country's
    military forces (not the police, levies or an investigating agency)."""
    return english is not None and (english in _ARMED_FORCES or english.startswith("Military Forces of"))


def _share_remote_type(
    incidents: list[Incident], generic: Sequence[bool], bare: Sequence[bool]
) -> list[Incident]:
    """Type bare "حملہ" incidents like the air strikes or shelling the same article reports.

    In a report of strikes on several places, "ایک گھر پر حملے میں" means one more strike; so
    does a bare blast with no device named, "ایک گھر میں دھماکے سے" (``bare``,
    types.bare-blast-in-strikes).
    """
    remote = [i.sub_event_type for i in incidents if i.sub_event_type in _REMOTE and i.main]
    if not remote:
        return incidents
    most = max(remote, key=remote.count)  # on a tie, the one the article reports first
    # "بنت جبیل میں عمارت پر بمباری ... عیترون میں ایک گھر پر حملے میں": in a report of strikes of
    # several kinds, a bare attack is one more of the strike told last before it
    told = (
        sorted(
            (i.trigger.start, i.sub_event_type)
            for i in incidents
            if i.sub_event_type in _REMOTE and i.main and i.trigger is not None
        )
        if len(set(remote)) > 1 and on("types.bare-attack-like-strike-before")
        else []
    )

    def shared(i: Incident) -> SubEventType:
        before = [t for start, t in told if i.trigger is not None and start < i.trigger.start]
        return before[-1] if before else most

    out = [
        evolve(
            i, event_type=SUB_EVENT_TYPES[shared(i)], sub_event_type=shared(i), reasons=_retyped(i, shared(i))
        )
        if g and i.main and i.sub_event_type is _S.ATTACK
        else evolve(
            i,
            event_type=SUB_EVENT_TYPES[shared(i)],
            sub_event_type=shared(i),
            reasons=_retyped(i, shared(i), "types.bare-blast-in-strikes"),
        )
        if b and i.main
        else i
        for i, g, b in zip(incidents, generic, bare, strict=True)
    ]
    if not on("types.remote-by-same-side"):
        return out
    # "حزب اللہ نے تل ابیب پر میزائل داغے ... اسرائیل کے شمالی علاقوں پر حزب اللہ کے حملے میں ...": the same
    # side's bare attack on forces is one more of its strikes, not a clash
    firing = {
        fold(a.name): i.sub_event_type
        for i in incidents
        if i.sub_event_type in _REMOTE and i.main
        for a in i.actors
        if a.role is Role.PERPETRATOR
    }
    return [
        _retyped_by_side(i, firing)
        if g and i.main and i.sub_event_type is _S.ARMED_CLASH and _typed_by_actors(i)
        else i
        for i, g in zip(out, generic, strict=True)
    ]


def _typed_by_actors(incident: Incident) -> bool:
    """Whether the incident's type came from its actors (forces attacked, or forces or an armed
    group striking armed men: :data:`_ACTOR_TYPING`), not from its words."""
    rules = _ACTOR_TYPING if on("types.strike-on-armed-by-same-side") else _ACTOR_TYPING[:1]
    return any(r.field == "type" and r.rule in rules for r in incident.reasons)


#: The rules that type an incident by its actors: forces attacked; forces or an armed group
#: striking armed men ("حملوں میں ان کے پانچ جنگجو ہلاک", after the side's air strikes).
_ACTOR_TYPING = ("types.by-actors", "types.forces-on-armed", "types.armed-on-armed")


def _retyped_by_side(incident: Incident, firing: dict[str, SubEventType]) -> Incident:
    """The incident typed as the strikes its perpetrator carries out elsewhere in the article
    (``firing``: perpetrator name, folded -> remote sub-event type), if it has any."""
    subs = [
        firing[k] for a in incident.actors if a.role is Role.PERPETRATOR and (k := fold(a.name)) in firing
    ]
    if not subs:
        return incident
    sub = subs[0]
    reasons = tuple(
        evolve(r, value=sub.value, rule="types.remote-by-same-side") if r.field == "type" else r
        for r in incident.reasons
    )
    return evolve(incident, event_type=SUB_EVENT_TYPES[sub], sub_event_type=sub, reasons=reasons)


def _retyped(
    incident: Incident, sub: SubEventType, rule: str = "triggers.remote-type-shared"
) -> tuple[Reason, ...]:
    """The incident's reasons with its type now given by the article's other strikes."""
    return tuple(evolve(r, value=sub.value, rule=rule) if r.field == "type" else r for r in incident.reasons)
