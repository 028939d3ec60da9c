"""Reading one document into clauses: triggers, places, figures, actors, weapons.

Every lexicon is matched once over the whole normalized text; the hits are
then bucketed into clauses (sentences cut at commas and at "جبکہ"/"تاہم"), the
unit at which a trigger, a place and a casualty figure are taken to belong
together. Nothing here decides what an incident is; :mod:`._incident_build`
does that.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import attrs

from .._evolve import evolve
from .._lazy_re import lazy_compile
from ..models import ActorType, Count, ResponsibilityStatus, SubEventType
from ..text import UNIT_WORDS, Analysis, DateKind, fold
from ..text._calendar import MONTHS
from ..text._numbers import Qualifier
from ..text._unwrap import NO_END_WORDS, NO_START_WORDS, known_words
from ._grammar import (
    case_markers,
    first_words,
    kinds_with,
    leading_runs,
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
from ._incident_lexicon import (
    ActorTerm,
    CasualtyTerm,
    IncidentLexicons,
    MarkerTerm,
    ResponsibilityTerm,
    TriggerTerm,
    WeaponTerm,
)
from ._incident_places import PlaceFinder, PlaceRef, within
from ._incident_places import word_class as place_words
from ._incident_roundup import THERE_TOO as _THERE_TOO
from ._prefilter import Prefiltered, first_letter, first_letters, literal_gate, prefiltered
from ._rules import on

__all__ = ["ActorRef", "Clause", "DocReading", "Figure", "read_document"]

T = TypeVar("T")


#: Postpositions that end in a letter joining nothing after it ("پر", "کا", "کو"), so that a
#: page may run them into the next word with no visible change ("پرحملہ"); the others end in
#: ے or ں and are spaced off by the text layer.
_FRONT_GLUED = ("پر", "کا", "کو")


_CLAUSE_CUT = lazy_compile("،|,|؛|;|" + _whole_words(word_alternation("clause_cut")))
_DATELINE = lazy_compile(r"\s*([^\W\d][^:\n]{0,50}?)\s*:")
#: A dateline with no colon: the place then a credit in brackets ("پشاور (نامہ نگار) ...",
#: "پشاور، 5 مارچ (اے پی پی) ...") or a dash ("کوئٹہ — ...", "کراچی - ...").
_OPEN_DATELINE = lazy_compile(
    r"\s*([^\W\d][^:\n()\[\]،,\-–—]{0,40}?)\s*"
    r"(?:(?:[،,][^:\n()\[\]]{0,25}?\d[^:\n()\[\]]{0,25}?)?\s*[(\[][^()\[\]\n]{1,30}[)\]]|[-–—](?=\s))"
)
#: What may stand between the cities of a desk round-up's dateline, and nothing else.
_ONLY_SEPARATORS = lazy_compile(r"(?:\s|[/،,|]|(?<!\w)اور(?!\w))*")
#: A credit after a dateline's place: "کوئٹہ (ویب ڈیسک):", "لاہور (نمائندہ خصوصی):".
_CREDIT = lazy_compile(r"\s*[(\[][^()\[\]\n]{1,30}[)\]]\s*$")
#: A credit in brackets after a line's first words ("جموں (پی ٹی آئی)", "کابل (بی بی سی اردو)"):
#: the agency or reporter who filed it, when those words name a place.
_CREDIT_AFTER_PLACE = lazy_compile(r"(?m)^[^\S\n]*[^\W\d][^\n()\[\]:۔]{0,50}?[(\[]([^()\[\]\n]{1,30})[)\]]")


def head_credits(text: str) -> list[re.Match[str]]:
    """``_CREDIT_AFTER_PLACE``'s matches in the head (the first ``_HEADLINE_CHARS`` characters).

    The pattern begins with ``^`` and matches within one line, so it is tried only where a line
    starts instead of at every character, as ``finditer`` would.
    """
    found = []
    pos = 0
    while pos < _HEADLINE_CHARS:
        m = _CREDIT_AFTER_PLACE.match(text, pos, _HEADLINE_CHARS)
        if m is not None:
            found.append(m)
        pos = text.find("\n", pos, _HEADLINE_CHARS) + 1
        if not pos:
            break
    return found


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where the credits of the head's lines are ("92 نیوز" in "لورالائی (92 نیوز) ..."): the
    words in brackets after a line's first words, when they hold a word (not a figure alone)."""
    return [m.span(1) for m in head_credits(text) if _HAS_WORD.search(m.group(1)) is not None]


_HAS_WORD = lazy_compile(r"[^\W\d]")
#: A date after a dateline's place and a comma: "کوئٹہ، 15 مئی", "سری نگر، ۱۴ اگست".
_DATE_IN_DATELINE = lazy_compile(r"\s*[،,][^،,:\n()]{0,25}?\d[^،,:\n()]{0,25}$")
#: What separates the cities of a desk round-up's dateline: "اسلام آباد / پشاور:".
_SEVERAL = lazy_compile(r"[/،,|]|" + _whole_words("اور"))
#: Words after a number that say it does not count people (word class ``non_person_unit``).
_NOT_PEOPLE = lazy_compile(rf"\s?(?:{word_class('non_person_unit')})")
#: Counts of events and times, not of people: "ایک حملے میں", "دو دھماکوں", "تین بار"
#: (word class ``event_count``).
_EVENT_COUNT = lazy_compile(rf"\s?(?:{word_class('event_count')})")
#: The same with an adjective of events before the event word: "ایک مختصر تصادم", "دو زوردار
#: دھماکوں" (word class ``count_adjective``; counts.event-count-adjective).
_EVENT_COUNT_ADJECTIVE = lazy_compile(
    rf"\s(?:{word_alternation('count_adjective')})\s(?:{word_class('event_count')})"
)
#: The same with what the events were done with or from before the event word: "دو فضائی حملوں",
#: "پانچ ڈرون حملوں", "دو بم دھماکوں" (word class ``event_means``; counts.event-count-means).
_EVENT_COUNT_MEANS = lazy_compile(
    rf"\s(?:{word_alternation('event_means')})\s(?:{word_class('event_count')})"
)
#: Words between a number and what it counts that say nothing about the count.
_FILLERS = lazy_compile(rf"(?:{words_first(word_alternation('filler'))})(?!\w)")
#: What may stand between two counts joined by "اور": the first count's noun.
_JOINED = lazy_compile(r"(?: [^\W\d]+){0,3} اور ")
#: "اور اس کے" between two counts: "ایک خاتون اور اس کے دو بچے", "دو بھائی اور ان کے تین بیٹے".
_JOINED_KIN = lazy_compile(rf"(?: [^\W\d]+){{0,3}} اور (?:اس|ان|جس|جن) (?:{word_alternation('genitive')}) ")
#: "اور" and the owner of the next count's people: "دو عسکریت پسند اور فوج کا ایک جوان".
_JOINED_OWNER = lazy_compile(
    rf"(?: [^\W\d]+){{0,3}} اور (?:[^\W\d]+ ){{1,2}}(?:{word_alternation('genitive')}) "
)
#: The same with an owner named with its number: "دو پولیس اہلکار اور ریسکیو 1122 کا ایک اہلکار".
_JOINED_NAMED_OWNER = lazy_compile(
    rf"(?: [^\W\d]+){{0,3}} اور (?:{word_alternation('numbered_name')}) \d+ "
    rf"(?:{word_alternation('genitive')}) "
)
#: The same between the items of a list: "ایک اہلکار، دو راہگیر اور ایک بچہ".
_LISTED = lazy_compile(r"(?: [^\W\d]+){0,3}\s?[،,] ?")
#: The serial comma before the last item: "دو راہگیر، اور ایک بچہ".
_LISTED_SERIAL = lazy_compile(r"(?: [^\W\d]+){0,3}\s?[،,] ?اور ")
#: "کے علاوہ" (besides) adds too: "دس جنگجوؤں کے علاوہ چار شہری".
_BESIDES = lazy_compile(r"(?: [^\W\d]+){0,3} کے علاوہ ")
#: The same with a participle phrase naming the next people before their count: "دو اہلکاروں کے
#: علاوہ قریب سے گزرنے والا ایک طالب علم", "... کے علاوہ ہوٹل میں بیٹھے ہوئے دو گاہک"
#: (counts.besides-participle).
_BESIDES_PARTICIPLE = lazy_compile(
    rf"(?: [^\W\d]+){{0,3}} کے علاوہ(?: [^\W\d]+){{1,4}} "
    rf"(?:{word_alternation('relative_participle')}|ہوا|ہوئی|ہوئے) "
)
#: A count's noun and "سمیت"/"بشمول" before the next count: "ایک میجر سمیت 4 فوجی", whose
#: first count is one of the second's people (counts.included-in-count).
_INCLUDED_IN_NEXT = lazy_compile(rf"(?: [^\W\d]+){{0,3}} (?:{word_alternation('including')}) ")
#: Right after a person noun, "سمیت"/"بشمول" and a count: "کپتان سمیت 4 سپاہی".
_INCLUDED_AFTER_ONE = lazy_compile(rf"(?: [^\W\d]+){{0,2}} (?:{word_alternation('including')}) ")
#: "اور", then people named with no count and "سمیت" before the next count: "5 شدت پسند اور
#: کپتان سمیت 3 فوجی" adds the two counts (counts.included-in-count).
_JOINED_INCLUDING = lazy_compile(
    rf"(?: [^\W\d]+){{0,3}} اور (?:[^\W\d]+ ){{1,3}}(?:{word_alternation('including')}) "
)
#: Nouns of the sides a toll may set apart: a force's members, militants, civilians.
_FORCE_SIDE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('force_member')}|{word_alternation('force_member_oblique')}"
    rf"|{word_alternation('personnel_noun')})(?!\w)"
)
_MILITANT_SIDE = lazy_compile(rf"(?<!\w)(?:{word_alternation('attacker_noun', 'start')})")
_CIVILIAN_SIDE = lazy_compile(rf"(?<!\w)(?:{word_alternation('civilian_noun')})(?!\w)")


def _side(text: str, start: int, end: int) -> str | None:
    """The side the people named in ``text[start:end]`` are on: "force", "militant", "civilian"
    or None (people in general, or no side named)."""
    if _MILITANT_SIDE.search(text, start, end):
        return "militant"
    if _FORCE_SIDE.search(text, start, end):
        return "force"
    return "civilian" if _CIVILIAN_SIDE.search(text, start, end) else None


def _apart_side(text: str, item: tuple[int, int], counted: tuple[int, int]) -> bool:
    """Whether the list item at ``item``, before "اور" and the people "سمیت" includes in a count,
    names people of another side than the count's noun at ``counted`` ("12 عسکریت پسند اور ایک
    حوالدار سمیت 3 سکیورٹی اہلکار": militants beside soldiers), so that it adds to the count; a
    list of people all of whom the count may hold ("دو طالبات اور ایک بزرگ سمیت 10 افراد") is
    included whole (counts.included-in-count)."""
    mine, theirs = _side(text, *item), _side(text, *counted)
    return mine is not None and theirs is not None and mine != theirs


#: Collective numerals: "دونوں" both, "تینوں" all three.
_COLLECTIVES = {
    "دونوں": 2, "تینوں": 3, "چاروں": 4, "پانچوں": 5, "چھیوں": 6, "ساتوں": 7, "آٹھوں": 8, "دسوں": 10,
}  # fmt: skip
_COLLECTIVE = lazy_compile(r"(?<!\w)(" + "|".join(_COLLECTIVES) + r")(?!\w)")
#: Longest stretch (characters) between a person noun and an honorific plural verb.
_HONORIFIC_GAP = 90
#: A plural casualty verb ("جاں بحق ہوگئے"), which one person takes as an honorific.
_PLURAL_VERB = lazy_compile(r"\s?(?:ہو ?گئے|ہوئے|ہو گئے|گئے)(?!\w)")
_PLURAL_END = lazy_compile(r"(?:گئے|ہوئے)$")
#: Words that show more than one person, or an agent, between a person noun and the verb.
_NOT_ONE = lazy_compile(rf"(?<!\w)(?:{word_alternation('not_one')}|\d+)(?!\w)|وں(?!\w)")
#: Who gives a figure: "X کے مطابق", "X کا کہنا", "X نے بتایا".
_SOURCE = lazy_compile(rf"(?:{word_alternation('source_phrase')})(?!\w)")
#: A figure that adds to an earlier one ("مزید 2", "2 اہلکار بھی").
_MORE = lazy_compile(_whole_words(word_alternation("additive")))
#: A figure that is part of an earlier one ("جن میں 2 بچے بھی شامل ہیں").
_PART = lazy_compile(_whole_words(word_alternation("part_of")))
#: "ہلاک ہونے والے X": the participle before the person it describes (not "والوں").
_PARTICIPLE = lazy_compile(r"(?:(?:نے|\sہونے)\sوال[ےیا]|(?:نیوال|\sہونیوال)[ےیا])\s")
_SINGULAR_VERB = lazy_compile(r"\s?(?:ہو ?گیا|ہو ?گئی|ہوا|ہوئی|کر ?دیا گیا|کر ?دی گئی|گیا|گئی)(?!\w)")
_SINGULAR_END = lazy_compile(r"(?<!\w)(?:گیا|گئی)$")
#: "X کو" right before a casualty word: one person unless X is plural or counted.
_ONE_OBJECT = lazy_compile(r"(?<!\w)([^\W\d]+) کو\s?$")
#: "X کا" right before a transitive casualty phrase of a body part ("سر قلم"): X is the victim.
_ONE_OWNER = lazy_compile(r"(?<!\w)([^\W\d]+) کا\s?$")
_RELATIVE_AGENT = lazy_compile(_whole_words("کرنے وال[ےیو]ں?|کرنیوال[ےیو]ں?"))
#: A case marker after a place name.
_CASE_NEXT = lazy_compile(rf"\s?(?:{case_markers(limit=True)})(?!\w)")
#: Most later mentions of a dateline name read as places (bounds the work on odd input).
_MAX_DATELINE_MENTIONS = 12
#: Longest stretch (characters) between a number and the word it counts.
_MAX_GAP = 60
#: How far after an actor (characters) its verb is looked for.
_ROLE_WINDOW = 120
_AGENT_REACH = 180
_INTRANSITIVE = lazy_compile(r"\s?(?:ہو|ہوگئے|ہوگیا|ہوگئی|ہوئے|ہوا|ہوئی)(?!\w)")
#: A casualty phrase that ends in its own intransitive verb ("جاں بحق ہوگئے").
_INTRANSITIVE_END = lazy_compile(r"(?<!\w)(?:ہو|ہوگئے|ہوگیا|ہوگئی|ہوئے|ہوا|ہوئی)$")
_TRANSITIVE = lazy_compile(r"\s?(?:کیا|کر ?دیا|کر ?دی|کر ڈالا)(?!\w)")
_PLURAL_NOUN = lazy_compile(r"(?:وں|یں|ین|ان)$")
_SPEECH = lazy_compile(word_classes("reporting_verb", "speech_noun"))
#: Reactions: who expresses grief or anger at an event, or condemns it, only speaks of it.
_REACTION = lazy_compile(_whole_words(word_alternation("reaction_noun")))


#: A reporting noun right before "X کی جانب سے" ("تصدیق X کی جانب سے", "مذمت X کی طرف
#: سے"): what X did is to speak.
_SPEECH_NOUN_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('speech_act_noun')})(?: بھی)? $")


#: "X کے الزام میں گرفتار": on the charge of X; the word for blame reports no speech here.
_ON_A_CHARGE = lazy_compile(r"الزام\s(?:میں|پر)(?!\w)")


def _speech(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first reporting verb between ``start`` and ``end``, reactions ("اظہار", "مذمت")
    included while ``roles.reporting-subject`` is on."""
    said = _SPEECH.search(text, start, end)
    if not on("roles.reporting-subject"):
        return said
    while said is not None and _ON_A_CHARGE.match(text, said.start()):
        said = _SPEECH.search(text, said.end(), end)  # "کے الزام میں": on a charge, no one speaks
    reacted = _REACTION.search(text, start, said.start() if said else end)
    return reacted or said


#: Nouns that name the attackers of the event: killed, they are still its doers.
_ATTACKER = lazy_compile(phrase_trie("bomber_noun", space=" ?"))
#: "X گرفتار کر لیے", "X گرفتار": X, with no case marker, is whom the arrest took.
_ARRESTED = lazy_compile(r"\sگرفتار(?!\w)")
#: "X کے ہاتھوں": at the hands of X, who did the deed.
_BY_HANDS = lazy_compile(r"\sکے\sہاتھوں(?!\w)")
_GENITIVE_AGENT = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:جانب سے|طرف سے)|\sکے ہاتھوں|\sکی کارروائی|\sکی فائرنگ"
)
#: A place followed by these is where something came from or went to ("کی طرف
#: روانہ"), or a state acting or speaking ("فرانس نے", "شام کی حکومت"), not where
#: it happened.
_NOT_WHERE = lazy_compile(rf"\s?(?:{word_class('not_where_after')})")
#: A place followed by these is what a protest or a call is for or against ("فلسطین کے حق
#: میں", "اسرائیل کے خلاف", "کشمیر سے اظہار یکجہتی"), not where it happened.
_CAUSE = prefiltered(lazy_compile(rf"\s(?:{word_class('cause_after')})"))
#: "X حملے کے جواب میں", "X پر بمباری کے ردعمل میں": up to four words, then the event answered.
_ANSWERED_EVENT = prefiltered(
    lazy_compile(rf"(?:\s[^\W\d]+){{1,4}}?\s(?:{word_alternation('answer_postposition')})(?!\w)")
)
#: "جو لاہور میں دھماکوں میں ملوث تھے": a relative clause, up to its charge word ("ملوث", "مطلوب").
#: (Each pronoun with its first letter first, as ``_whole_words`` writes it: ``re`` skips in C to
#: a "ج" instead of trying a lookbehind at every character of the 80 searched before a place.)
_CHARGE_CLAUSE = lazy_compile(rf"(?:{_whole_words(word_alternation('relative_pronoun'))})\s[^۔؟!\n،,:]*$")
_CHARGE_AFTER = lazy_compile(rf"[^۔؟!\n،,:]*?(?<!\w)(?:{word_alternation('charge_predicate')})(?!\w)")


def _charged_place(text: str, p: PlaceRef) -> bool:
    """Whether ``p`` is in a relative clause that says what someone is charged with or wanted for
    ("... گرفتار کر لیے جو لاہور میں دھماکوں میں ملوث تھے"): the place of other, earlier acts,
    not of the event the sentence tells."""
    return (
        _CHARGE_CLAUSE.search(text, max(0, p.start - 80), p.start) is not None
        and _CHARGE_AFTER.match(text, p.end, min(len(text), p.end + 120)) is not None
    )


#: "غزہ میں اسرائیلی جارحیت کے خلاف", "کراچی میں کارکنوں کی گرفتاری کے خلاف": a place where the
#: wrong a protest is against happened.
_GRIEVANCE_AFTER = prefiltered(
    lazy_compile(
        rf"\s(?:میں|پر|کے قریب)(?:\s(?!{word_alternation('ergative')}(?!\w))[^\s،۔,]+){{0,8}}"
        rf"\s(?:{word_class('grievance_noun')})"
        rf"\s(?:{word_class('cause_after')})"
    )
)
#: A place followed by these is where the dead and injured were taken ("بنوں منتقل", "پشاور
#: کے لیڈی ریڈنگ اسپتال منتقل", "پشاور میں اسپتال منتقل", "تربت ٹیچنگ اسپتال منتقل"), not where
#: the event happened; nor are the hospitals put on alert for them ("کوئٹہ کے ہسپتالوں میں
#: ایمرجنسی نافذ") or where they were admitted ("X کے ہسپتال میں داخل کرایا گیا"; entering one,
#: "ہسپتال میں داخل ہو کر", is no admission).
#: Right after a place, the stem of reaching ("X پہنچنے والے", "X پہنچ گئے"), and before it, within
#: a few words, having fled ("فرار ہو کر", "بھاگ کر"): where people fled to (places.refuge-is-not-where).
_REACHED = lazy_compile(rf"\s(?:{word_alternation('reach_verb', 'start')})")
_FLED_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('fled_converb')})\s(?:[^\s۔،]+\s){{0,3}}\Z")


def _refuge(text: str, p: PlaceRef) -> bool:
    """Whether the place ``p`` is where people who fled reached ("قصبے سے فرار ہو کر X پہنچنے
    والے عینی شاہدین"): their refuge, not where the event was (places.refuge-is-not-where)."""
    if _REACHED.match(text, p.end) is None:
        return False
    return _FLED_BEFORE.search(text, max(0, p.start - 50), p.start) is not None


_DESTINATION = prefiltered(
    lazy_compile(
        rf"\s(?:(?:(?:کے|کی|میں)\s)?(?:\S+\s){{0,3}}(?:{word_alternation('transfer_site')})\s(?:میں\s)?)?"
        rf"(?:{word_alternation('transfer_verb')})(?!\w)"
        rf"|\s(?:کے|کی)\s(?:\S+\s){{0,3}}(?:{word_alternation('hospital')}|{word_alternation('transfer_site')})\s"
        rf"(?:میں\s)?(?:{word_alternation('hospital_arrival')})(?!\w)(?!\sہو(?!\w))"
    )
)
#: A place followed by a force or body names it ("لاہور پولیس", "سی ٹی ڈی بنوں ریجن", "سندھ
#: حکومت", "کیچ انتظامیہ", a news service: "کشمیر میڈیا سروس"), not
#: where the event happened; its buildings ("پولیس اسٹیشن", "پولیس لائنز") are places.
_FORCE_OF_PLACE = lazy_compile(
    rf"\s(?:{word_class('force_after_place')})(?!\s?(?:{word_class('force_building')}))"
)


#: A place followed by these is where a vehicle or the attackers were headed ("کوئٹہ جانے والی
#: بس", "افغانستان فرار"), not where the event happened.
_BOUND_FOR = lazy_compile(rf"\s(?:{word_alternation('bound_for')})(?!\w)")
#: A place's site between the place and where someone was headed ("ہاپوڑ کی منڈی جا رہے تھے",
#: "X کے بازار جانے والی بس"): the place is where they were going too (places.bound-for-site-of).
_BOUND_FOR_SITE = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s[^\s\d۔،,]+\s(?:{word_alternation('bound_for')})(?!\w)"
)
#: A place followed by a statement made there ("کوئٹہ میں میڈیا کو جاری کیے گئے بیان",
#: "اسلام آباد میں پریس کانفرنس"): where it was said, not where the event happened.
_SAID_AT = lazy_compile(rf"\sمیں\s(?:[^\s۔،]+\s){{0,10}}?(?:{word_alternation('statement_noun')})(?!\w)")
#: A site followed by these is where something came from ("اسپتال سے").
_FROM = lazy_compile(r"\s?سے(?!\w)")
#: A place followed by these is someone's home ("گوادر کا رہائشی", "سوات سے تعلق رکھنے والے").
_HOME_AFTER = lazy_compile(rf"\s(?:{word_class('home_after')})")
#: Before a place, someone's home: "ساکن ضلع چکوال", "سکنہ X" (one word may stand between).
_HOME_BEFORE = lazy_compile(rf"(?:{words_first(word_alternation('home_before'))})\s+(?:[^\s\d۔،,()]+\s+)?$")
#: What joins the places of a list: "سوات اور شانگلہ", "سوات، دیر اور شانگلہ".
_LIST_JOIN = lazy_compile(r"\s?[،,]\s?(?:اور\s)?|\sاور\s|\sو\s")
#: "کا تعلق" (one's origin) before the places of "کا تعلق X اور Y سے ہے".
_ORIGIN_BEFORE = prefiltered(
    lazy_compile(
        rf"(?:{word_alternation('genitive')})\s(?:{word_alternation('origin_noun')})\s(?:[^\s۔،,]+\s){{0,4}}$"
    )
)
#: Words of a funeral or a burial, or of the victims' home towns: "نماز جنازہ X میں ادا",
#: "آبائی علاقے X میں سپرد خاک", "میتیں آبائی علاقوں X اور Y روانہ".
_FUNERAL = lazy_compile(_whole_words(word_alternation("funeral")))
#: The words that a match of ``_FUNERAL`` starts with (``None``: it may start elsewhere).
_FUNERAL_RUNS = leading_runs("funeral")
#: A distance from a place: "ہرات سے 40 کلومیٹر دور", "پشاور سے بیس کلو میٹر کے فاصلے پر".
#: "X سے شروع ہو کر": the place a march or rally set off from, one of its places.
_ROUTE_START = lazy_compile(rf"\s?سے\s(?:{word_alternation('route_start')})(?!\w)")
#: "X سے احتجاجی ریلی نکالی": a rally taken out from a place, which is one of the protest's.
_MARCH_SET_OFF = lazy_compile(rf"\s?سے\s(?:{word_alternation('march_set_off')})(?!\w)")
_DISTANCE_FROM = lazy_compile(rf"\s?سے\s(?:[^\s۔،,]+\s){{1,3}}?(?:{word_alternation('distance_unit')})(?!\w)")
#: How far after a distance ("X سے 60 کلومیٹر شمال میں") a province or district it leads to may stand.
_DISTANCE_REACH = 40


def _measured_from(text: str, p: PlaceRef, clause_places: Sequence[PlaceRef]) -> bool:
    """Whether a distance is measured from ``p`` ("ہرات سے 40 کلومیٹر دور ایک گاؤں میں"), so ``p``
    is where the event happened (places.distance-from), unless the distance leads right on to a
    province or district that the gazetteer says does not hold ``p`` ("بغداد سے 60 کلومیٹر شمال
    میں صوبہ دیالہ کے ... میں"): then ``p`` only measures the way to another region
    (places.distance-to-other-region), or to a district or province the text names by its noun and
    the gazetteer does not know ("X سے 200 کلومیٹر دور Y ضلع کے Z گاؤں میں";
    places.distance-to-region-by-noun). A village named after the distance keeps ``p`` as its
    nearest town."""
    m = _DISTANCE_FROM.match(text, p.end)
    if m is None:
        return False
    if on("places.distance-to-region-by-noun") and any(
        m.end() <= q.start <= m.end() + _DISTANCE_REACH
        and 1 <= q.level < p.level
        and q.place is None
        and not q.site
        for q in clause_places
    ):
        # "رانچی سے دو سو کلو میٹر دور X ضلع کے Y گاؤں میں": the distance leads on to a district the
        # text names by its noun, which is where the event happened; ``p`` only measures the way.
        return False
    return not (
        on("places.distance-to-other-region")
        and p.place is not None
        and not p.site
        and any(
            m.end() <= q.start <= m.end() + _DISTANCE_REACH
            and 1 <= q.level < p.level
            and q.place is not None
            and not q.site
            and not within(p, q)
            for q in clause_places
        )
    )


#: "بغداد کے شمال میں واقع صوبہ صلاح الدین": a place that only tells the direction of the place
#: named after "واقع".
_DIRECTION_OF_ANOTHER = lazy_compile(
    rf"\sکے\s(?:{word_alternation('compass_noun')})(?:\s?(?:{word_alternation('compass_second_noun')}))?\s(?:میں|کی\sجانب|کی\sطرف)\s"
    r"(?:[^\s۔،,]+\s){0,3}?واقع(?!\w)"
)
#: An event noun followed by these sits in an adverbial phrase ("حملے میں").
_ADVERBIAL = lazy_compile(rf"\s(?:{word_alternation('adverbial_postposition')})(?!\w)")
#: After an event noun: someone deals with the event, not carries it out.
#: "سے خطاب", "سے گفتگو" after an event noun: a speech to those gathered at the event.
_ADDRESSED = lazy_compile(rf"\sسے\s(?:{word_alternation('address_noun')})(?!\w)")
_HANDLED = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('handled_noun')})(?!\w)"
)


#: A word of a personal name after a title, with the space before it.
_NAME_WORD = lazy_compile(r" ([^\W\d]{2,})")
#: What ends a personal name: a postposition or punctuation.
_AFTER_NAME = lazy_compile(
    rf"\s?(?:کے|کی|کا|{word_alternation('ergative')}|کو|پر|سے|میں|اور)(?!\w)|\s?[،,۔:؛]"
)
#: Words that are never part of a personal name after a title.
_NOT_NAME = word_set("not_person_name", folded=False)
#: "ہجوم", "مجمع": a crowd as such, no party of its own (roles.owner-of-crowd).
_CROWD_NOUNS = word_set("crowd_noun", folded=False)
#: "X کے ہجوم میں گھس کر", "X کے ایک بڑے مجمع میں داخل ہو کر": the crowd X owns (up to two
#: describing words before the crowd word) was entered, so X was struck (roles.owner-of-entered-crowd).
_CROWD_ENTERED = lazy_compile(
    rf"\sکے\s(?:[^\W\d]+\s){{0,2}}(?:{word_alternation('crowd_noun')})\sمیں"
    rf"\s(?:{word_alternation('crowd_entering_verb', 'start')})"
)
#: Honorifics that open a personal name ("مولانا", "ڈاکٹر", "ملک").
_HONORIFICS = word_set("name_honorific", folded=False)
#: "X ملوث", "X کا ہاتھ": the text attributes the event to X.
_ATTRIBUTED = lazy_compile(rf"\s(?:{word_alternation('attributed')})")
#: "X پر شبہ ظاہر کیا", "X پر حملے کا شک": suspicion of the event laid on X.
_SUSPECTED = lazy_compile(
    rf"\sپر\s(?:[^\s،۔]+\s(?:{word_alternation('genitive')})\s)?(?:{word_alternation('suspicion_noun')})(?!\w)"
)
#: "X نے Y پر شبہ ظاہر کیا", "X کو Y پر شک ہے": X holds the suspicion, and only speaks.
_SUSPECTS = lazy_compile(
    rf"\s(?:{word_alternation('ergative')}|کو)\s(?:[^\s،۔]+\s){{1,6}}?پر\s(?:[^\s،۔]+\s(?:{word_alternation('genitive')})\s)?"
    rf"(?:{word_alternation('suspicion_noun')})(?!\w)"
)
#: "X ملوث نہیں", "X کا ہاتھ نہیں ہے": the attribution to X denied.
_NOT_INVOLVED = lazy_compile(rf"\s(?:{word_alternation('attributed')})\s(?:[^\s،۔]+\s)?نہیں(?!\w)")
#: "وزارت خواتین", "وزیر برائے خواتین": the word before an actor's name that makes it the remit
#: of an office or body, which names no party (names.office-remit); matched up to the name.
_OFFICE_BEFORE = prefiltered(lazy_compile(rf"(?:{_whole_words(word_alternation('office_remit_word'))})\s$"))
#: "X کے ٹھکانوں پر", "X کی گاڑی کو": X owns what was attacked, so X is the target.
_OWNER_OF_TARGET = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s((?:[^\W\d]+\s){{1,2}})(?:{word_alternation('struck_postposition')})(?!\w)"
)
#: "X کا بیٹا", "X کے دو بیٹے", "X کا آٹھ سالہ بھتیجا": someone named by his relation to X; group 1
#: is the noun of kinship.
_OWNER_OF_RELATIVE = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:[^\s،۔]+\s)?(?:[^\s،۔]+\s(?:{word_alternation('age_adjective')})\s)?"
    rf"((?:{word_alternation('kin_noun')}|{word_alternation('relative_noun')}))(?!\w)"
)
#: "X کے مسجد پر": "کے" before a feminine noun (which takes "کی") and a postposition does not own
#: that noun; it belongs to a masculine noun after (group-less, the match ends where it may start).
_GENITIVE_PAST_FEMININE = lazy_compile(
    rf"\sکے\s(?:{word_alternation('feminine_site_noun')})\s(?:پر|میں|کو)\s"
)
#: "X کی عمارت کو", "X کے قافلے پر", "X کے مرکزی دروازے پر": a part of a site, or what it holds,
#: struck.
_PART_OF_SITE = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:[^\W\d]+\s)?(?:{word_alternation('site_part')})\s(?:{word_alternation('struck_postposition')})(?!\w)"
)
#: "X کے ایک کمانڈ سینٹر کو": the owner of one of its kind attacked.
_OWNER_OF_ONE = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('one_of_kind_word')})\s((?:[^\W\d]+\s){{1,2}})(?:{word_alternation('struck_postposition')})(?!\w)"
)
#: "X کے گھروں اور گرجا گھروں کو", "X کی دکانوں و گاڑیوں پر": X owns two things struck together.
_OWNER_OF_COORDINATED = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:[^\W\d]+\s){{1,2}}(?:{word_alternation('conjunction_and')})\s(?:[^\W\d]+\s){{1,2}}(?:{word_alternation('struck_postposition')})(?!\w)"
)


def _owner_of_coordinated(
    text: str, ref: Hit[ActorTerm], clause: Clause, actor_starts: frozenset[int]
) -> bool:
    """Whether the actor owns two things joined by "اور" that the case marker after them makes
    struck ("مشتعل افراد نے مسیحی برادری کے گھروں اور گرجا گھروں کو نذر آتش کر دیا"): it is the
    target, as the owner of one thing is ("roles.owner-of-target"). Not when a party stands
    among the things ("X کے بیٹے اور بھتیجے کو": they are the victims)."""
    if not on("roles.owner-of-coordinated"):
        return False
    m = _OWNER_OF_COORDINATED.match(text, ref.end, clause.end)
    if m is None or _next_start(clause.trigger_starts, ref.end) is None:
        return False
    return not any(ref.end < at < m.end() for at in actor_starts)


def _owned_site(
    pattern: re.Pattern[str], text: str, ref: Hit[ActorTerm], clause: Clause, actor_starts: frozenset[int]
) -> re.Match[str] | None:
    """The match of ``pattern`` (the actor's site, after a genitive) right after the actor and
    inside its clause, unless another actor stands among its words."""
    m = pattern.match(text, ref.end, clause.end)
    if m is None or any(ref.end < at < m.end() for at in actor_starts):
        return None
    return m


#: The pieces of the owner-of-site patterns: a genitive after the actor, a word that is no
#: genitive, and a noun of a site or of a part of one.
_GENITIVE_THEN = rf"\s(?:{word_alternation('genitive')})\s"
_NO_GENITIVE_WORD = rf"(?!(?:{word_alternation('genitive')})\s)[^\W\d]+\s"
_SITE_NOUN = rf"(?:{word_alternation('owned_site')}|{word_alternation('site_part')})"


#: "X کی بکتر بند گاڑی پر", "X کے سامان سے لدے قافلے کو": a site noun that up to three words
#: describe, struck; the words hold no genitive (roles.owner-of-described-site).
_OWNER_OF_DESCRIBED_SITE = lazy_compile(
    rf"{_GENITIVE_THEN}(?:{_NO_GENITIVE_WORD}){{2,3}}{_SITE_NOUN}\s(?:{word_alternation('struck_postposition')})(?!\w)"
)


def _owner_of_described_site(
    text: str, ref: Hit[ActorTerm], clause: Clause, actor_starts: frozenset[int]
) -> bool:
    """Whether the actor owns a vehicle, post or building that two or three words describe and
    the case marker after it makes struck ("پولیس کی بکتر بند گاڑی پر راکٹ حملہ", "ایف سی کی
    ایک عارضی چیک پوسٹ پر"): it is the target, as the owner of a plainly named one is
    (roles.owner-of-target). Not when another actor stands among the words."""
    return _owned_site(_OWNER_OF_DESCRIBED_SITE, text, ref, clause, actor_starts) is not None and on(
        "roles.owner-of-described-site"
    )


#: "X کے کیمپ میں", "X کی ایک گاڑی میں": a site of X's (perhaps described by a word), and "میں"
#: (roles.owner-of-site-inside).
_OWNER_OF_SITE_INSIDE = lazy_compile(rf"{_GENITIVE_THEN}(?:{_NO_GENITIVE_WORD})?({_SITE_NOUN}\sمیں)(?!\w)")


def _owner_of_site_inside(
    text: str, ref: Hit[ActorTerm], clause: Clause, actor_starts: frozenset[int]
) -> bool:
    """Whether the actor owns a vehicle, post or building inside which the event noun right after
    it happened ("ایف سی کے کیمپ میں خودکش دھماکے سے چار اہلکار جاں بحق", "پولیس کی گاڑی میں
    بم دھماکا"): it is the target, as the owner of a site attacked with "پر" is. Not when another
    actor stands among the words, nor when the event is far from the site (within 30 characters)."""
    m = _owned_site(_OWNER_OF_SITE_INSIDE, text, ref, clause, actor_starts)
    if m is None:
        return False
    # the event noun after the site, or one that begins with it ("گاڑی میں نصب بم")
    event = _next_start(clause.trigger_starts, m.start(1) - 1)
    return event is not None and event - m.end() <= 30 and on("roles.owner-of-site-inside")


#: "X کے سربراہ کی گاڑی کو": the owner of a target's owner, one genitive link further.
_OWNER_OF_TARGET_CHAIN = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s[^\W\d]+\s(?:{word_alternation('genitive')})\s((?:[^\W\d]+\s){{1,2}})(?:{word_alternation('struck_postposition')})(?!\w)"
)
#: "X کے خلاف": X is what an action is aimed at.
_AGAINST = (" کے خلاف", " کیخلاف")
#: Verbal nouns whose genitive names the victim, not the doer ("X کا قتل").
_PATIENT_KINDS = kinds_with("patient")
_GENITIVE = lazy_compile(rf" (?:{word_alternation('genitive')}) (?:سابق )?")
#: One word describing an area, then a noun for the area ("شہری علاقوں", "قبائلی علاقے"): after
#: a genitive the word is an adjective, not a person or body the place qualifies.
_DESCRIBED_AREA_AFTER = lazy_compile(rf"[^\W\d]+ (?:{word_alternation('area_noun')})(?!\w)")
#: The people of a town or smaller place after its genitive ("X کی شہری آبادی", "X کے شہریوں").
_SETTLEMENT_PEOPLE_AFTER = lazy_compile(rf"(?:{word_alternation('settlement_people')})(?!\w)")
#: Words describing a group between a place and the group's name ("عسکری تنظیم").
_DESCRIPTOR = lazy_compile(
    rf"(?:(?:{word_alternation('group_descriptor')}) )?(?:{word_alternation('group_noun')}) "
)
#: "X کے جلسے میں دھماکا": a genitive whose head is a place (one or two words and "میں")
#: before the event noun; X owns the place the event struck. Ends right before the event.
_OWNED_PLACE = lazy_compile(rf"\s(?:{word_alternation('genitive')})(?:\s[^\W\d]+){{1,2}}\sمیں\s(?:\S+\s)?$")

#: "X کی گاڑی کے قریب دھماکا": what an attack happened next to was X's, so X was its target.
_OWNED_NEAR = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})(?:\s[^\W\d]+){{1,2}}\s(?:کے|کی)\s(?:{word_alternation('proximity_noun')})(?!\w)"
)
#: "X کے 20 افراد ", "X کے تین کارکن ": people of X counted, before what befell them (a number up
#: to ten, in digits or words, or a vague count).
_MEMBERS_COUNTED = lazy_compile(
    rf" کے (?:(?:{word_alternation('floor_phrase')}) )?"
    rf"(?:\d+|{'|'.join(UNIT_WORDS[1:11])}|{word_alternation('vague_count')})"
    r" (?:[^\W\d]+ )?"
)
#: One member of a group, in the singular genitive ("X کا ایک کارکن ", "X کا ایک سینئر کمانڈر "),
#: right before a casualty word (roles.member-counted-one).
_MEMBER_COUNTED_ONE = lazy_compile(r" کا ایک (?:[^\W\d]+ ){1,2}")
#: A word in the oblique plural ("زخمیوں", "ہلاکتوں"): a casualty word used as a noun.
_OBLIQUE_PLURAL_WORD = lazy_compile(r"\w+وں(?!\w)")
#: A group's members counted, with the ergative ("X کے سینکڑوں افراد نے"): they acted.
_MEMBERS_ACTED = lazy_compile(
    rf" کے (?:(?:{word_alternation('floor_phrase')}) )?"
    rf"(?:\d+|{'|'.join(UNIT_WORDS[1:])}|{word_alternation('vague_count')}|{word_alternation('multitude_number')})"
    rf" (?:[^\W\d]+ )?{word_alternation('ergative')}(?!\w)"
)
#: The same with a number word above ten ("X کے بارہ جنگجو "): roles.members-any-count.
_MEMBERS_COUNTED_LARGE = lazy_compile(rf" کے (?:{'|'.join(UNIT_WORDS[11:])}) (?:[^\W\d]+ )?")
#: "X کی جوابی کارروائی", "X نے بھی جوابی فائرنگ کی": X answers an attack.
_RESPONDED = lazy_compile(
    rf"\s(?:کی|{word_alternation('ergative')})\s(?:بھی\s)?(?:(?:{word_alternation('response_adjective')})\s)?جوابی(?!\w)"
)
#: "X نے جوابی کارروائی کرتے ہوئے Y کے ٹھکانوں پر", "X نے جوابی کارروائی میں Y کو": X answered by
#: striking a target of its own, marked by "پر" or "کو" (roles.retaliation-strike).
_RETALIATION_STRIKE = lazy_compile(
    rf"\s{word_alternation('ergative')}\s(?:بھی\s)?(?:(?:{word_alternation('response_adjective')})\s)?(?:{word_alternation('retaliation_act')})"
    rf"\s(?:کرتے\sہوئے|میں)\s(?:[^\s،۔]+\s){{1,10}}?(?:{word_alternation('struck_postposition')})\s"
)
#: Trigger kinds of a strike on a target: an attack, shelling, an air strike.
_STRIKE_KINDS = frozenset(("attack", "shelling", "air"))
#: "X نے Y کی فائرنگ کا بھرپور جواب دیا", "جس کا X نے منہ توڑ جواب دیا": X answered an attack made on it.
_ANSWERED = prefiltered(
    lazy_compile(
        rf"\s{word_alternation('ergative')}\s(?:[^\s،۔]+\s){{0,6}}?(?:(?:کا|کو)\s)?(?:[^\s،۔]+\s){{0,3}}?جواب\s(?:دیا|دیتے|دے|دی)(?!\w)"
    )
)
#: "X نے بروقت کارروائی کرتے ہوئے حملہ ناکام بنا دیا", "X نے ... حملہ آوروں کا مقابلہ کیا": X held
#: off the attack, so it was attacked (roles.repelled-attack).
_REPELLED_ATTACK = prefiltered(
    lazy_compile(
        rf"\s{word_alternation('ergative')}\s(?:[^\s،۔]+\s){{0,8}}?(?:{word_alternation('repelled_attack')})\s(?:(?:کا|کو)\s)?"
        rf"(?:{word_alternation('repel_verb')})(?!\w)"
    )
)
#: "X کی ٹارگٹ کلنگ": the genitive of a targeted killing names whom it killed
#: (roles.genitive-target-killing).
_TARGET_KILLING_OF = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('victim_killing_noun')})(?!\w)"
)
#: A predicate of a charge after it ("... کی ٹارگٹ کلنگ اور بھتہ خوری کی وارداتوں میں ملوث"): the
#: killings are deeds charged to someone, not the event told.
_CHARGED_LATER = lazy_compile(rf"(?<!\w)(?:{word_alternation('charge_predicate')})(?!\w)")
#: "X اور Y کے درمیان جھڑپ": the two sides of a fight named together, the first as its doer.
_BETWEEN = lazy_compile(rf"\s(?:کے|کی)\s(?:{word_alternation('between_postposition')})(?!\w)|\sمیں(?!\w)")
#: "X کی Y کے ساتھ جھڑپ": Y is whom X fought.
_WITH = lazy_compile(r"\s(?:کے\sساتھ|سے)(?!\w)")
#: "X کے زیر کنٹرول علاقوں میں": ground X holds, and the case marker after it (if within two words).
_CONTROLLED = lazy_compile(
    rf"\s(?:کے|کی)\sزیر[ِ]?\s?(?:{word_alternation('control_noun')})"
    r"(?:(?:\s[^\W\d]+){0,2}?\s(میں|پر|کو|سے)(?!\w))?"
)
#: "X کی تلاش": the attackers or suspects are being searched for.
_SOUGHT = lazy_compile(rf"\s(?:کی|کے)\s(?:{word_alternation('sought')})(?!\w)")
#: "X فرار ہو گئے", "X موقع سے فرار", "X ... فرار ہونے میں کامیاب": X left the scene.
_FLED = lazy_compile(rf"\s(?:(?:{word_alternation('scene_word')})\sسے\s)?(?:بھی\s)?فرار(?!\w)")
#: "X ہیڈکوارٹرز پر", "X کیمپ کو": a site noun compounded with its owner's name, no genitive.
_OWNED_COMPOUND = lazy_compile(
    rf"\s(?:{word_alternation('owned_site')})\s(?:{word_alternation('struck_postposition')})(?!\w)"
)
#: "X کے قریب دھماکا": what an attack happened next to was its target.
_NEAR = lazy_compile(rf"\s(?:کے|کی)\s(?:{word_alternation('proximity_noun')})(?!\w)")
#: Words between a generic description and a group's name ("شدت پسند تنظیم داعش").
_APPOSITION = lazy_compile(
    rf"\s(?:{word_alternation('group_apposition')})(?:\s(?:{word_alternation('group_apposition_second')}))?\s"
)
#: "X کو بتایا", "X کو فوری اطلاع دی", "X کو ... کا حکم دیا": X is the one told or ordered
#: (roles.told-addressee).
_TOLD_AFTER = lazy_compile(rf"\sکو\s(?:[^\W\d]+\s){{0,5}}?(?:{word_alternation('telling_verb')})(?!\w)")
#: "X کو بند کر دیا گیا", "X کو نقصان سے بچانے", "X کو سہولت دی": X is what was closed, spared
#: or served around the event (roles.aftermath-object).
_AFTERMATH_AFTER = lazy_compile(
    rf"\sکو\s(?:[^\W\d]+\s){{0,6}}?(?:{word_alternation('aftermath_verb')})(?!\w)"
)
#: "X کے Y کی چیک پوسٹ پر حملے": X's genitive reaches across what Y owns and was struck to the
#: event noun (roles.genitive-agent-across-target); group 1 is where Y starts.
_ACROSS_TARGET = lazy_compile(
    rf"\s(?:کے|کی)\s((?:[^\W\d]+\s){{1,3}}?)(?:{word_alternation('genitive')})\s(?:[^\W\d]+\s){{1,2}}?پر\s"
)
#: "فلسطینی تنظیم", "قبائلی علاقے": an actor word right before a noun of a group or an area
#: qualifies it, and is no subject of a casualty word (roles.qualifier-not-victim).
_QUALIFIES_HEAD = lazy_compile(rf"\s(?:{word_alternation('qualified_head_noun')})(?!\w)")
#: "X کی اطلاع پر", "X کی نشاندہی پر": X told the forces, no party (roles.informant).
_TIPPED_OFF_AFTER = lazy_compile(rf"\sکی\s(?:{word_alternation('tip_off_noun')})\sپر(?!\w)")
#: "X پر حملوں میں ملوث", "X پر حملوں میں مطلوب": X was struck in deeds charged to someone
#: (roles.target-of-charged-deeds).
_CHARGED_DEEDS_AFTER = lazy_compile(
    rf"\sپر\s(?:[^\W\d]+\s){{0,2}}?(?:{word_alternation('counted_events_noun')})\sمیں\s(?:بھی\s)?"
    rf"(?:{word_alternation('charge_predicate')})(?!\w)"
)
#: "X کے قتل میں ملوث تھے", "X کی ٹارگٹ کلنگ میں مطلوب ہے": X was the victim of deeds the clause
#: charges someone with (roles.victim-of-charged-deeds); "X کے اغوا میں ملوث ملزم" names the
#: suspect of the event told, and X stays its target.
_CHARGED_VICTIM_AFTER = lazy_compile(
    rf"\s(?:کی|کے)\s(?:[^\W\d]+\s){{1,2}}?میں\s(?:بھی\s)?(?:{word_alternation('charge_predicate')})"
    rf"\s(?:{word_alternation('finite_auxiliary')})(?!\w)"
)
#: "X کے تین ٹھکانے تباہ", "X کا گھر منہدم": what X owns was destroyed (roles.owner-of-destroyed).
_OWNED_DESTROYED = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:(?:\d+|{'|'.join(UNIT_WORDS[1:11])}|{word_alternation('vague_count')})\s)?"
    rf"((?:(?!(?:سے|میں|{word_alternation('ergative')}|پر|کو|کی|کے|کا)\s)[^\W\d]+\s){{1,2}})(?:{word_alternation('destroyed_word')})(?!\w)"
)
_SPEAKER_AFTER = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('speaker_after')})(?!\w)|\sکے مطابق"
)
#: "X کی جانب سے جاری بیان", "X کی طرف سے جاری کردہ اعلامیے": a statement X issued.
_STATEMENT_FROM = lazy_compile(
    rf"\s(?:کی\sجانب\sسے|کی\sطرف\sسے)\s(?:(?:{word_alternation('issued_participle')})\s)?"
    rf"(?:{word_alternation('statement_noun')})(?!\w)"
)
#: "X کے جاری کردہ بیان", "X کی جاری کی گئی پریس ریلیز": a genitive, the participle of issuing,
#: then a statement: the statement X issued.
_ISSUED_BY = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('issued_participle')})\s"
    rf"(?:{word_alternation('statement_noun')})(?!\w)"
)
#: "X حکام", "X ذرائع", "X عہدیداروں": a force's officials or sources named right after it.
_OFFICIALS_AFTER = lazy_compile(rf"\s(?:{word_alternation('officials_noun')})(?!\w)")


def _officials_speak(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the force at ``ref`` is named by its officials or sources right after it, who
    speak ("پولیس حکام کا کہنا تھا کہ", "سی ٹی ڈی ذرائع کے مطابق", "فوجی عہدیداروں نے بتایا
    کہ"): the force speaks through them, as "پولیس کا کہنا تھا" does, and takes no part of its
    own (``roles.officials-speak``)."""
    if not on("roles.officials-speak"):
        return False
    heads = _OFFICIALS_AFTER.match(text, ref.end, clause.end)
    if heads is None:
        return False
    if _SPEAKER_AFTER.match(text, heads.end(), clause.end):
        return True
    if not text.startswith(" نے", heads.end()):
        return False
    return _speech(text, heads.end(), min(clause.end, heads.end() + _ROLE_WINDOW)) is not None


#: "X نے حملہ آور کو ...", "X نے خودکش بمبار کو ...": the forces stop the attacker.
_STOPPED_ATTACKER = lazy_compile(
    rf"\s{word_alternation('ergative')}\s(?:[^\W\d]+\s){{0,2}}?(?:مبینہ\s)?(?:حملہ\s?آور(?:وں)?|(?:خودکش\s|خود\sکش\s)?بمبار(?:وں)?)\sکو(?!\w)"
)
#: "مقدمہ ... درج", "ایف آئی آر درج": a case filed with the police.
_CASE_NOUN = phrase_trie("police_case_noun", space=r"\s?")  # "ایف آئی آر", "ایفآئیآر"
_CASE_FILED = lazy_compile(
    rf"(?:{_CASE_NOUN})(?:\s[^\W\d]+){{0,5}}?"
    rf"\s(?:{word_alternation('case_filed_verb', 'start')})"
)
#: "X کا کہنا ہے کہ اس نے", "X نے کہا کہ انہوں نے": X speaks of what it did itself.
_OWN_ACT_SAID = lazy_compile(
    rf"\s(?:{phrase_trie('says_genitive')}|{word_alternation('ergative')}\s(?:[^\s،۔]+\s){{0,4}}?(?:{word_alternation('said_verb')})(?:\sہے)?)"
    rf"\sکہ\s(?:{word_alternation('self_agent_pronoun')})\s{word_alternation('ergative')}(?!\w)"
)
#: "X نے کہا کہ اس کے طیاروں نے", "X کا کہنا ہے کہ ان کے فوجیوں نے": X speaks of what its own
#: people or arms did.
_OWN_FORCES_SAID = lazy_compile(
    rf"\s(?:{phrase_trie('says_genitive')}|{word_alternation('ergative')}\s(?:[^\s،۔]+\s){{0,4}}?(?:{word_alternation('said_verb')})(?:\sہے)?)"
    rf"\sکہ\s(?:{word_alternation('own_possessor_pronoun')})\s(?:کے|کی)\s(?:[^\W\d]+\s){{1,2}}?{word_alternation('ergative')}(?!\w)"
)
#: "X نے کہا کہ بازار میں دھماکہ اس کے ایک رکن نے کیا": X says its own people did the deed it names
#: first, as the fronted object of "کیا" (group 1: from the pronoun on).
_OWN_FORCES_DID = lazy_compile(
    rf"\s{word_alternation('ergative')}\s(?:[^\s،۔]+\s){{0,10}}?(?:{word_alternation('said_verb')})(?:\sہے)?\sکہ\s(?:[^\s،۔]+\s){{1,4}}?"
    rf"((?:{word_alternation('own_possessor_pronoun')})\s(?:کے|کی)\s(?:[^\W\d]+\s){{1,2}}?{word_alternation('ergative')}\s(?:کیا|کی|کیے|کئے)(?!\w))"
)
#: The same with a longer fronted stretch, with no agent of its own, before the pronoun: "X نے
#: کہا کہ Y میں پولیس کی چوکی پر حملہ ان کے ساتھیوں نے کیا" (roles.own-member-after-fronted).
_OWN_FORCES_DID_FRONTED = lazy_compile(
    rf"\s{word_alternation('ergative')}\s(?:[^\s،۔]+\s){{0,10}}?(?:{word_alternation('said_verb')})(?:\sہے)?\sکہ\s"
    rf"(?:(?!(?:{word_alternation('ergative')}|کہ)\s)[^\s،۔]+\s){{5,8}}?"
    rf"((?:{word_alternation('own_possessor_pronoun')})\s(?:کے|کی)\s(?:[^\W\d]+\s){{1,2}}?{word_alternation('ergative')}\s(?:کیا|کی|کیے|کئے)(?!\w))"
)
#: "X سے تھا", "X سے ہے": what the attackers were tied to (with ``_ATTACKERS_TIE`` before X).
_BELONG_TO = lazy_compile(r"\sسے\s(?:ہے|تھا|تھی|تھے|ہیں|بتایا|بتایا\sجاتا)(?!\w)")
#: "حملہ آوروں کا تعلق", "ملزمان کا تعلق" right before a group's name.
_ATTACKERS_TIE = lazy_compile(
    rf"(?:{word_alternation('attacker_last_word', 'part')})\sکا"
    rf"\s(?:{word_alternation('tie_noun')})\s(?:کالعدم\s)?$"
)
#: The tie with the group described before its name: "حملہ آوروں کا تعلق کالعدم تنظیم", "...
#: کا تعلق شدت پسند گروپ" (``roles.attackers-belong-described``).
_ATTACKERS_TIE_DESCRIBED = lazy_compile(
    rf"(?:{word_alternation('attacker_last_word', 'part')})\sکا"
    rf"\s(?:{word_alternation('tie_noun')})\s(?:(?:{word_alternation('group_descriptor')})\s)?"
    rf"(?:{word_alternation('group_noun')})\s$"
)
#: "حملہ آوروں کا تعلق ممکنہ طور پر", "ملزمان کا تعلق مبینہ طور پر": the tie told with a hedge.
_ATTACKERS_TIE_HEDGED = lazy_compile(
    rf"(?:{word_alternation('attacker_last_word', 'part')})\sکا\s(?:{word_alternation('tie_noun')})\s"
    rf"(?:{word_alternation('hedge_adverb')})\s(?:کالعدم\s)?(?:تنظیم\s)?$"
)


def _attackers_belong_hedged(text: str, ref: Hit[ActorTerm], clause: Clause, after: str) -> bool:
    """Whether the attackers are said to belong to the group ``ref`` names, with a hedge
    between the tie and the group ("ملزمان کا تعلق مبینہ طور پر تنظیم X سے بتایا گیا",
    "ملزمان کا تعلق مبینہ طور پر X سے ہے"): the group is the suspected perpetrator."""
    if not on("roles.attackers-belong-hedged") or _BELONG_TO.match(after) is None:
        return False
    return _ATTACKERS_TIE_HEDGED.search(text, max(clause.start, ref.start - 60), ref.start) is not None


#: "X پر الزام عائد", "ذمہ داری X پر عائد", "X کو ذمہ دار ٹھہرایا": the text blames X.
_BLAMED = lazy_compile(
    rf"\s(?:پر (?:{word_alternation('blame_after_par', 'start')})"
    rf"|کو (?:{word_alternation('blame_after_ko', 'start')}))"
)
#: "X پر شہریوں کو نشانہ بنانے کا الزام لگایا", "X کو حملے کا ذمہ دار ٹھہرایا": X is accused of
#: the deed named between (the verb right after, so "X پر حملے کا الزام Y پر" accuses Y).
_ACCUSED_OF = lazy_compile(
    rf"\s(?:پر\s(?:[^\s،۔,]+\s){{1,8}}?کا\s(?:{phrase_trie('charge_laid', 'start')})"
    rf"|کو\s(?:[^\s،۔,]+\s){{1,8}}?کا\s(?:{phrase_trie('held_responsible', 'start')}))"
)
#: The verb of an accusation: "الزام لگایا", "الزام عائد کیا", "ذمہ دار ٹھہرایا", "ذمہ دار قرار دیا".
_ACCUSES = lazy_compile(
    rf"(?<!\w)(?:{phrase_trie('charge_laid', 'start')}"
    rf"|{phrase_trie('held_responsible', 'start')})"
)
#: "... کا الزام X پر لگایا", "... کی ذمہ داری X پر عائد کی": the blame told before the actor
#: is put on it.
_BLAME_PUT_ON = lazy_compile(rf"\sپر\s(?:{word_alternation('blame_put_verb')})(?!\w)")
_BLAME_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('blame_noun')})(?!\w)")


def _blame_put_on(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the clause puts the blame it names before the actor on the actor ("حکام نے
    دھماکے کا الزام X پر لگایا"): X is the suspected perpetrator, not whom "پر" marks as struck."""
    if not on("roles.blame-put-on") or _BLAME_PUT_ON.match(text, ref.end, clause.end) is None:
        return False
    return _BLAME_BEFORE.search(text, clause.start, ref.start) is not None


#: "... کا ذمہ دار X کو قرار دیا": "ذمہ دار" right before the actor ...
_RESPONSIBLE_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('responsible_word')})\s$")
#: ... and "کو" and a verb of deeming right after it.
_DEEMED_AFTER = lazy_compile(rf"\sکو\s(?:{word_alternation('deeming_verb', 'start')})")


#: "ذمہ دار Y کو قرار دیا": the blame, the one held responsible and the verb of deeming.
_HOLDS_RESPONSIBLE = lazy_compile(
    rf"(?:{_whole_words(word_alternation('responsible_word'))})\s(?:[^\s،۔,]+\s){{1,6}}?کو\s"
    rf"(?:{word_alternation('deeming_verb', 'start')})"
)


def _holds_responsible_after(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor, marked by the ergative, holds another responsible with the blame told
    first ("طالبان حکومت نے دھماکے کا ذمہ دار داعش کو ٹھہرایا"): it only speaks, as the accuser
    of "X نے Y کو حملے کا ذمہ دار ٹھہرایا" does (roles.held-responsible-before)."""
    m = _HOLDS_RESPONSIBLE.search(text, ref.end, min(clause.end, ref.end + 90))
    return m is not None and on("roles.held-responsible-before")


def _held_responsible_before(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the clause holds the actor responsible with the blame told before it ("پولیس حکام
    نے حملے کا ذمہ دار X کو قرار دیا", "دھماکے کا ذمہ دار X کو ٹھہرایا"): X is the suspected
    perpetrator, as in "X کو حملے کا ذمہ دار قرار دیا", not whom "کو" marks as struck
    (roles.held-responsible-before)."""
    if _DEEMED_AFTER.match(text, ref.end, clause.end) is None:
        return False
    before = _RESPONSIBLE_BEFORE.search(text, max(clause.start, ref.start - 12), ref.start)
    return before is not None and on("roles.held-responsible-before")


#: "X سے تعلق رکھنے والا شخص ... ہلاک": X is the community of the victim.
_BELONGS = lazy_compile(rf"\s(?:{word_alternation('community_from')}|سے)\sتعلق\sرکھنے\sوال")


@attrs.define(unsafe_hash=True)  # not frozen: see _incident_index.Hit
class Figure:
    """A casualty figure read next to a killed/injured word.

    ``total`` is true for a collective numeral ("دونوں", "تینوں"): it counts all
    of them, so it wins over a smaller figure read earlier.
    """

    count: Count
    start: int
    end: int
    total: bool = False
    #: Who gave the figure ("پولیس" in "پولیس کے مطابق"), folded, if the clause says.
    source: str | None = None
    #: The word for who was counted ("افراد" in "5 افراد ہلاک"), if any.
    noun: str | None = None
    #: Whether the clause adds to an earlier figure ("مزید", "بھی").
    more: bool = False
    #: The id of the rule that read the figure.
    rule: str = "counts.number"
    #: Whether the dead it counts were among the injured told before ("جن میں سے دو دم توڑ گئے").
    of_injured: bool = False
    #: Whether a source gives it as its own toll ("ذرائع نے ہلاکتوں کی تعداد 25 بتائی").
    given: bool = False
    #: How badly its people were hurt ("شدید" in "3 افراد شدید زخمی"), if the casualty word says.
    grade: str | None = None
    #: Whether its number is a floor ("کم از کم 9", "20 سے زائد"), not an exact count.
    floor: bool = False
    #: Whether it counts bodies ("ہسپتال میں 12 لاشیں لائی گئیں"): an account of the toll of its own.
    bodies: bool = False
    #: Whether it is a toll that rose or became a new figure ("تعداد بڑھ کر 14 ہو گئی").
    rose: bool = False
    #: Whether the toll statement says in words that it grew ("تعداد بڑھ کر 14 ہو گئی").
    grew: bool = False
    #: Whether the toll statement says the toll reached its figure ("تعداد 25 تک پہنچ گئی").
    reached: bool = False
    #: Whether it lists who was among casualties told before ("ہلاک ہونے والوں میں ... شامل ہیں"):
    #: it counts them all only when no other figure is told.
    part: bool = False
    #: Where its dead died, if the clause says: "spot" at the scene ("سات افراد موقع پر ہی جاں
    #: بحق"), "elsewhere" in hospital or later ("دو نے ہسپتال جاتے ہوئے دم توڑ دیا").
    died: str | None = None
    #: Whether its dead were killed by the other side ("پولیس نے جوابی فائرنگ میں دونوں حملہ آوروں
    #: کو ہلاک کر دیا"): in response, or as the object of a transitive casualty verb.
    answered: bool = False
    #: Whether its number is said twice ("تین تین افراد", "دو دو"): a distributive numeral, that
    #: many at each of the places or events the clause names.
    each: bool = False
    #: Whether a party claims it ("فوج نے چھ عسکریت پسندوں کی ہلاکت کا دعوی کیا"): that party's
    #: account of the toll, which may call the same dead by another name.
    claimed: bool = False
    #: Whether its dead are the injured named as the subject of a dying verb ("تین زخمی ہسپتال
    #: میں دم توڑ گئے"): people hurt in the event who died after the toll told first.
    wounded_subject: bool = False
    #: Whether a word of contrast opens its clause and a source gives it ("تاہم مقامی لوگوں کا
    #: کہنا ہے کہ نو افراد مارے گئے"): that source's account set against the figure told before.
    contrasted: bool = False
    #: Whether it was told as an earlier report that a word of contrast then sets aside ("پہلے دن
    #: پولیس نے دو اموات کی تصدیق کی تھی لیکن ..."): superseded by the figures after it.
    early: bool = False
    #: Whether a party confirms its dead ("تنظیم نے اپنے تین کارکنوں کی ہلاکت کی تصدیق کر دی"): an
    #: account of dead told before, not more of them.
    confirmed: bool = False
    #: Whether it is what the toll could be ("ہلاک شدگان کی تعداد 70 سے زائد ہو سکتی ہے"), an estimate.
    estimate: bool = False
    #: Whether it names one person with "بھی" right before the casualty word ("ڈرائیور بھی جاں بحق
    #: ہو گیا"): one more beside a toll told before (counts.one-more-person).
    also: bool = False
    #: The words for the other sides it counts too, when two tolls of one outcome were added into it
    #: ("ایک حملہ آور ہلاک اور دو اہلکار شہید": "اہلکار"): those sides are counted already.
    side_nouns: tuple[str, ...] = ()


@attrs.define(unsafe_hash=True)  # not frozen: see _incident_index.Hit
class ActorRef:
    """An actor named in a clause, with the role the sentence gives it.

    ``by_default`` is true when the role is the lexicon's default, not read from
    the sentence.
    """

    start: int
    end: int
    key: str
    term: ActorTerm
    role: str | None
    by_default: bool = False
    #: The id of the rule that gave the role.
    rule: str = "roles.none"
    #: The kind of event the sentence makes the actor an argument of ("arrest" in "X کو
    #: گرفتار کیا"), if it says.
    event: str | None = None


@attrs.define
class Clause:
    """A stretch of a sentence read as one unit."""

    start: int
    end: int
    sentence: int
    triggers: list[Hit[TriggerTerm]] = attrs.Factory(list)
    markers: set[str] = attrs.Factory(set)
    places: list[PlaceRef] = attrs.Factory(list)
    killed: Figure | None = None
    injured: Figure | None = None
    no_casualties: bool = False
    #: Whether the clause rules out deaths only ("کوئی ہلاک نہیں ہوا").
    no_deaths: bool = False
    #: The id of the rule that ruled casualties out, if one did.
    none_rule: str = "counts.none-phrase"
    #: The word for those a named source says none of died ("طالبان نے کہا کہ ان کا کوئی جنگجو
    #: ہلاک نہیں ہوا": "جنگجو"; "" when it names nobody in particular), if a source says so
    #: (counts.deaths-denied-by-source).
    denied_dead: str | None = None
    actors: list[ActorRef] = attrs.Factory(list)
    weapons: list[Hit[WeaponTerm]] = attrs.Factory(list)
    #: Whether the clause's weapons are ones told found at the scene of a fight, not used in
    #: its telling (weapons.recovered-at-scene): they count for an armed clash only.
    found_at_scene: bool = False
    responsibility: list[Hit[ResponsibilityTerm]] = attrs.Factory(list)
    marker_hits: list[Hit[MarkerTerm]] = attrs.Factory(list)
    trigger_starts: list[int] = attrs.Factory(list)
    future: bool = False
    #: Where the part of the clause its future verb ends begins (roles.future-part-only): an
    #: actor before it stands in an earlier part told in its own, finite tense.
    future_from: int = 0
    #: Where that part ends: the end of the clause's last future word (an actor after it stands in
    #: a later part).
    future_to: int = 1 << 62
    past_perfect: bool = False
    #: Whether a live trigger too weak to report an event on its own was read here.
    weak_event: bool = False
    #: How many events the clause counts ("دو دھماکوں میں": 2), if it does: its figures are totals.
    several: int = 0
    #: Whether a weak attack word of the clause names whom it struck ("نیول بیس پر حملہ کیا گیا").
    struck: bool = False
    #: Whether a weak attack word of the clause recalls an earlier attack told with its day
    #: ("گزشتہ ماہ بھی ... کو نشانہ بنایا گیا تھا"; segments.recalled-struck).
    recalled: bool = False
    #: Whether a weak event word of the clause follows a participle of happening that a past day
    #: qualifies ("بدھ کو ہونے والے حملے"; triggers.dated-happening): an event that happened.
    happened: bool = False
    #: Whether the clause gives the toll so far of one fight going on since a day or for a few
    #: days ("جمعرات سے جاری جھڑپوں میں اب تک"; counts.ongoing-fight-toll): no tally of many events.
    ongoing: bool = False

    @property
    def strong(self) -> bool:
        """Whether a trigger in the clause reports an event on its own."""
        return any(h.value.strong for h in self.triggers)

    @property
    def has_figure(self) -> bool:
        """Whether the clause gives a killed or injured figure."""
        return self.killed is not None or self.injured is not None


@attrs.define(unsafe_hash=True)  # not frozen: see _incident_index.Hit
class SentenceInfo:
    """What applies to a whole sentence."""

    start: int
    end: int
    markers: frozenset[str]
    dates: tuple[Any, ...]


@attrs.frozen
class DocReading:
    """Everything read from one document."""

    analysis: Analysis
    published: dt.date | None
    clauses: tuple[Clause, ...]
    sentences: tuple[SentenceInfo, ...]
    dateline: PlaceRef | None
    places: tuple[PlaceRef, ...]
    #: Whether ``published`` is the article's own printed date, not the publication date.
    printed: bool = False
    #: The cities of a desk round-up's dateline ("اسلام آباد / پشاور:"): no place of any
    #: incident, but in the article's country.
    round_up: tuple[PlaceRef, ...] = ()
    #: The words of the whole text, read once, for rules that look words up instead of
    #: searching the text again.
    words: TextWords | None = None
    #: The starts of the countries some clause reads as no place of its ("روس کے جنگی طیاروں نے",
    #: "امریکی فوج"): whose forces or weapons they are, or who acted.
    acting_countries: frozenset[int] = frozenset()


def _read_as_listed(
    text: str,
    found: Sequence[Hit[TriggerTerm]],
    lexicons: IncidentLexicons,
    listed: str,
    pattern: Prefiltered,
    covered: Callable[[Hit[TriggerTerm], re.Match[str]], bool],
) -> list[Hit[TriggerTerm]]:
    """Event words for the matches of ``pattern`` that no hit in ``found`` covers (``covered``),
    each read as the trigger lexicon reads the first word of word class ``listed`` it lists
    (none if it lists none): a phrase built from word classes in every inflection stands for
    the forms the lexicon spells out."""
    value = next((v for w in word_list(listed) if (v := lexicons.triggers.get(fold(w))) is not None), None)
    if value is None:
        return []
    return [
        Hit(m.start(), m.end(), fold(m.group()), value)
        for m in pattern.finditer(text)
        if not any(covered(h, m) for h in found)
    ]


#: A vehicle of any kind packed with explosives: "بارود سے بھری موٹر سائیکل", "دھماکہ خیز مواد سے
#: بھرا ٹرک" (triggers.laden-any-vehicle).
LADEN_ANY_VEHICLE = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:{word_alternation('explosive_laden')})\s(?:{word_alternation('vehicle_noun')})(?!\w)"
    )
)


def _laden_any_vehicle(
    text: str, found: Sequence[Hit[TriggerTerm]], lexicons: IncidentLexicons
) -> list[Hit[TriggerTerm]]:
    """Event words for the vehicles of any kind packed with explosives that no lexicon term
    covers ("بارود سے بھری موٹر سائیکل"), read as the lexicon reads "بارود سے بھری گاڑی"
    (triggers.laden-any-vehicle)."""
    return _read_as_listed(
        text,
        found,
        lexicons,
        "laden_vehicle",
        LADEN_ANY_VEHICLE,
        lambda h, m: h.start < m.end() and m.start() < h.end,
    )


#: A shell, rocket or missile said to have fallen, with "آ"/"آ کر" or "بھی" between: "3 راکٹ آ گرے",
#: "مارٹر گولے آ کر گرے", "میزائل بھی گرا" (triggers.projectile-fell).
PROJECTILE_FELL = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:{word_alternation('projectile_noun')})\s(?:{word_alternation('projectile_fall_verb')})(?!\w)"
    )
)


def _projectile_fell(
    text: str, found: Sequence[Hit[TriggerTerm]], lexicons: IncidentLexicons
) -> list[Hit[TriggerTerm]]:
    """Event words for a shell, rocket or missile that fell on a place in any inflection of the
    fall and with "آ", "آ کر" or "بھی" before it ("تین راکٹ آ گرے", "گولے آ کر گریں"), read as the
    lexicon reads "راکٹ گرا": a strike of its own, even with no toll (triggers.projectile-fell)."""
    return _read_as_listed(
        text,
        found,
        lexicons,
        "projectile_fell",
        PROJECTILE_FELL,
        lambda h, m: h.start <= m.start() and m.end() <= h.end,
    )


#: "کے بعد" right after a fight word and at most two words: "لڑائی کے بعد", "جھڑپوں کے بعد".
_AFTER_FIGHT = lazy_compile(rf"(?:\s\S+){{0,2}}?\s(?P<after>{word_alternation('after_postposition')})(?!\w)")


def _fight_then_taken(
    text: str, triggers: Sequence[Hit[TriggerTerm]], date_starts: Sequence[int]
) -> list[tuple[int, int]]:
    """The "کے بعد" of a sentence that tells a fight on days of its own and then ground taken on
    another day ("جمعرات سے ہفتے تک جاری لڑائی کے بعد فورسز نے اتوار کو ضلعی مرکز کا کنٹرول
    حاصل کر لیا"): the fight and the taking are two events, so the sentence is cut there
    (segments.fight-then-taken)."""
    out: list[tuple[int, int]] = []
    taken = [h for h in triggers if h.value.kind == "territory"]
    if not taken:
        return out
    for h in triggers:
        if h.value.kind != "clash":
            continue
        m = _AFTER_FIGHT.match(text, h.end)
        if m is None:
            continue
        later = [t.start for t in taken if t.start > m.end()]
        if (
            later
            and any(d < h.start for d in date_starts)
            and any(m.end() < d < min(later) for d in date_starts)
        ):
            out.append(m.span("after"))
    return out


#: "X حملے کے بعد", "X پر حملے کے جواب میں": at most two words after an event word, then the
#: postposition that makes it the event the rest of the sentence came after or answered.
_AFTER_RECALLED_EVENT = lazy_compile(
    rf"(?:\s\S+){{0,2}}?\s(?P<after>{word_alternation('after_postposition')}|{word_alternation('answer_postposition')})(?!\w)"
)
#: A doer ("X نے") or a relative pronoun ("جسے", "جس میں") between a time and an event word: the
#: time belongs to a clause of its own, not to a phrase that names an earlier event.
_CLAUSE_BETWEEN = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('ergative')}|{word_alternation('relative_pronoun')})(?!\w)"
)
#: A time that names the current week, month or year, or today ("رواں ہفتے", "اس ماہ").
_CURRENT_PERIOD = lazy_compile(rf"(?:{word_alternation('current_time')})(?!\w)")
#: A time counted back from now at the end of a time expression ("دو روز قبل", "چند ہفتے پہلے").
_AGO_AT_END = lazy_compile(rf"(?<!\w)(?:{word_alternation('ago_unit')})\s(?:{word_alternation('ago_word')})$")


def _points_back(text: str, d: Any) -> bool:
    """Whether a time expression points back before the news's days: a past week or month not the
    current one ("گزشتہ ہفتے", "گزشتہ ماہ") or a time counted back ("تین روز قبل")."""
    phrase = text[d.start : d.end]
    if d.kind in (DateKind.WEEK, DateKind.MONTH):
        return _CURRENT_PERIOD.match(phrase) is None
    return d.kind in (DateKind.RELATIVE, DateKind.VAGUE) and _AGO_AT_END.search(phrase) is not None


def _recalled_event_phrase(
    text: str, triggers: Sequence[Hit[TriggerTerm]], dates: Sequence[Any]
) -> list[tuple[int, int]]:
    """The "کے بعد"/"کے جواب میں" that closes a phrase naming an earlier event at the head of a
    clause, with a time of its own that points back ("گزشتہ ماہ X میں ایک دکاندار کے قتل کے
    ردعمل میں تاجروں نے بدھ کو ہڑتال کی", "تین روز قبل X میں پولیس وین پر حملے کے جواب میں
    پولیس نے جمعے کو ... کارروائی کی"), before an event word of the sentence's own news: the
    earlier event is an incident of its own with its time, place and toll, so the sentence is
    cut there (segments.recalled-event-phrase). "واقعے کے بعد پولیس نے ..." has no time of its
    own: the same event, no cut."""
    out: list[tuple[int, int]] = []
    for h in triggers:
        m = _AFTER_RECALLED_EVENT.match(text, h.end)
        if m is None:
            continue
        if not any(m.end() < t.start for t in triggers):
            continue  # nothing after the phrase tells an event of its own
        back = [d for d in dates if d.end <= h.start]
        if not back:
            continue
        d = back[-1]
        between = text[d.end : h.start]
        if (
            _points_back(text, d)
            and not any(c in between for c in "،,؛;")
            and not any(d.end <= t.start < h.start for t in triggers)
            and _CLAUSE_BETWEEN.search(between) is None
        ):
            out.append(m.span("after"))
    return out


class _Bucket(Generic[T]):
    """Hits (anything with a ``start``) sorted by start, for cheap range queries."""

    def __init__(self, hits: Iterable[T]) -> None:
        self.items = sorted(hits, key=_start)
        self.starts: list[int] = list(map(_start, self.items))

    def between(self, start: int, end: int) -> list[T]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        return self.items[lo:hi]


_start = operator.attrgetter("start")


class _LazyBucket(_Bucket[T]):
    """A :class:`_Bucket` whose hits are made on the first query, if there is one."""

    def __init__(self, hits: Callable[[], Iterable[T]]) -> None:
        self._hits: Callable[[], Iterable[T]] | None = hits

    def between(self, start: int, end: int) -> list[T]:
        if self._hits is not None:
            super().__init__(self._hits())
            self._hits = None
        return super().between(start, end)


#: Words that make a stretch of words a clause rather than an item of a list.
_CLAUSE_WORDS = word_set("clause_word", folded=False)
#: The items after a list comma: "، B اور", "، B، C اور".
_ITEM_END = lazy_compile("،|,|" + _whole_words("اور|و"))
_MAX_ITEMS = 6


def _list_comma(text: str, pos: int, end: int) -> bool:
    """Whether the comma ending at ``pos`` separates items of a list ("A، B اور C"):
    short items without case markers or verbs, the last one joined by "اور". A comma right
    before that "اور" ("A، B، اور C", the serial comma) is one of the list's too when two items
    separated by a comma stand before it (rule ``places.list-serial-comma``)."""
    for i in range(_MAX_ITEMS):
        m = _ITEM_END.search(text, pos, min(end, pos + 60))
        if m is None:
            return False
        item = text[pos : m.start()]
        words = (_without_age(item) if on("counts.ages-in-list") else item).split()
        if (
            not words
            and m.group() not in "،,"
            and (i or _item_before(text, pos))
            and on("places.list-serial-comma")
        ):
            return True  # "A، B، اور C": the comma before the list's "اور"
        if not 1 <= len(words) <= 4 or any(w in _CLAUSE_WORDS for w in words):
            return False
        if m.group() not in "،,":
            return True
        pos = m.end()
    return False


#: A comma, then a list item of one to four words before the comma that ends a stretch of text.
_ITEM_BEFORE = lazy_compile(r"[،,]\s*((?:[^\s،,۔]+\s+){0,3}[^\s،,۔]+)\s*[،,]\s*$")


def _item_before(text: str, pos: int) -> bool:
    """Whether the comma ending at ``pos`` follows a list item that follows a comma ("A، B،"):
    short, without case markers or verbs."""
    m = _ITEM_BEFORE.search(text, max(0, pos - 60), pos)
    return m is not None and not any(w in _CLAUSE_WORDS for w in m.group(1).split())


#: A village's noun and name right before a comma ("گاؤں X،", "موضع X Y،").
_VILLAGE_BEFORE_COMMA = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('village_noun')})(?:\s[^\s،,۔]+){{1,3}}\s*$"
)
#: A district's or tehsil's noun and a name right after a comma ("، ضلع Y", "، تحصیل Y").
_UNIT_AFTER_COMMA = lazy_compile(rf"\s*(?:{word_alternation('address_unit_noun')})\s(?!بھر(?!\w))\w")


def _address_comma(text: str, start: int, cut_start: int, cut_end: int, end: int) -> bool:
    """Whether the comma from ``cut_start`` to ``cut_end`` stands between a village's name and
    its district or tehsil ("گاؤں X، ضلع Y میں"): the address of one place, which the comma does
    not cut into clauses (rule ``places.village-address-comma``)."""
    if not on("places.village-address-comma"):
        return False
    if _UNIT_AFTER_COMMA.match(text, cut_end, end) is None:
        return False
    return _VILLAGE_BEFORE_COMMA.search(text, max(start, cut_start - 40), cut_start) is not None


#: How far back a bracket a comma stands in may open.
_BRACKET_REACH = 60


def _in_brackets(text: str, start: int, pos: int) -> bool:
    """Whether the comma at ``pos`` stands inside brackets opened after ``start`` ("نائیک احمد خان
    (عمر 29 سال، ساکن اٹک) اور ..."): an aside about a name, which the comma does not cut into
    clauses (sentences.comma-in-brackets)."""
    if not on("sentences.comma-in-brackets"):
        return False
    before = text[max(start, pos - _BRACKET_REACH) : pos]
    return before.rfind("(") > before.rfind(")")


#: A count of a breakdown: a number in figures or words, or a vague number ("متعدد").
_BREAKDOWN_COUNT = (
    rf"(?:\d+|{'|'.join(map(re.escape, sorted(UNIT_WORDS, key=len, reverse=True)))}|"
    rf"{word_alternation('vague_number')})"
)
#: One town's "میں" and count right before a comma, and another's right after it ("X میں 4، Y میں
#: 3"): the items of a breakdown (sentences.breakdown-before-conjunction).
_TOWN_COUNT_BEFORE_CUT = lazy_compile(rf"\sمیں\s{_BREAKDOWN_COUNT}\s*$")
_TOWN_COUNT_AFTER_CUT = lazy_compile(rf"\s*(?:[^\s،,۔]+\s){{1,3}}میں\s{_BREAKDOWN_COUNT}(?!\w)")
#: A clause that ends on a breakdown by town, its noun and verb left out ("X میں دو اور Y میں
#: تین"): two towns' "میں" and count, joined by "اور" or a comma, right before a clause
#: conjunction (sentences.breakdown-before-conjunction).
_BREAKDOWN_BEFORE_CUT = lazy_compile(
    rf"\sمیں\s{_BREAKDOWN_COUNT}(?:\s?[،,]\s?|\sاور\s)(?:[^\s،,۔]+\s){{1,3}}میں\s{_BREAKDOWN_COUNT}\s*$"
)


#: "جس سے" ("whereby") before a toll's noun and "کی تعداد" (counts.toll-whereby).
_WHEREBY_TOLL_CUT = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('whereby_link')})(?=\s(?:[^\W\d]+\s){{1,6}}کی\s"
    rf"(?:(?:{word_alternation('total_adjective')})\s)?تعداد(?!\w))"
)


def _clauses(text: str, start: int, end: int, extra: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Cut a sentence into clauses at commas and clause conjunctions, except the
    commas of a coordinated list ("ملتان، بہاولپور اور اوکاڑہ میں"), and at the ``extra``
    spans (see :func:`_and_another_place`)."""
    out = []
    pos = start
    cuts = [(m.start(), m.end(), m.group()) for m in _CLAUSE_CUT.finditer(text, start, end)]
    if on("counts.toll-whereby"):
        # "دو زخمی چل بسے جس سے ہلاکتوں کی تعداد 5 ہو گئی": the toll is a clause of its own
        whereby = [(m.start(), m.end(), m.group()) for m in _WHEREBY_TOLL_CUT.finditer(text, start, end)]
        if whereby:
            cuts = sorted([*cuts, *whereby])
    if extra:
        cuts = sorted([*cuts, *((a, b, "اور") for a, b in extra)])
    for cut_start, cut_end, word in cuts:
        if word in "،," and on("places.list-comma") and _list_comma(text, cut_end, end):
            continue
        if word in "،," and _in_brackets(text, start, cut_start):
            continue
        if word in "،," and _address_comma(text, pos, cut_start, cut_end, end):
            continue
        if (
            word not in "،,;؛"
            and _BREAKDOWN_BEFORE_CUT.search(text, pos, cut_start) is not None
            and on("sentences.breakdown-before-conjunction")
        ):
            continue  # "X میں دو اور Y میں تین جبکہ Z میں چار ... گرفتار": one verb for all
        if (
            word in "،,"
            and _TOWN_COUNT_BEFORE_CUT.search(text, pos, cut_start) is not None
            and _TOWN_COUNT_AFTER_CUT.match(text, cut_end, end) is not None
            and on("sentences.breakdown-before-conjunction")
        ):
            continue  # "X میں 4، Y میں 3 ...": the items of one breakdown
        if text[pos:cut_start].strip():
            out.append((pos, cut_start))
        pos = cut_end
    if text[pos:end].strip():
        out.append((pos, end))
    return out


#: A clause conjunction ("جبکہ"): the clause after it is read on its own.
_CONJUNCTION_CUT = lazy_compile(_whole_words(word_alternation("clause_cut")))


#: "اور" between two words. (Its first letter comes first and is then looked behind, so ``re``
#: skips in C where it cannot start, instead of trying the lookbehind at every character.)
_AND_WORD = lazy_compile(r"ا(?<=\sا)ور(?=\s)")


def _and_another_place(
    text: str,
    start: int,
    end: int,
    places: Sequence[PlaceRef],
    trigger_starts: Sequence[int],
    date_starts: Sequence[int] = (),
    casualty_starts: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """The "اور" of a sentence that opens the locative of another place after an event told
    at one ("خان یونس میں ... 9 افراد اور دیر البلح میں ڈرون حملے میں 2 افراد"): an event word
    stands before it (after the previous cut) and after the place, so each side is an event of
    its own. A coordinated list of places ("رفح اور خان یونس میں حملوں") has no event between.
    A place told "there too" ("اور X میں بھی ایک شخص زخمی ہوا") with a casualty word after it
    stands for an event word: the like happened there (segments.and-there-too-casualty)."""
    starts = {p.start: p for p in places if not p.site}
    out: list[tuple[int, int]] = []
    too = bool(casualty_starts) and on("segments.and-there-too-casualty")
    if len(starts) < 2 or len(trigger_starts) < (1 if too else 2):
        return out  # a cut needs a place and an event word on each side of "اور"
    last = start
    dated = on("segments.and-dated-place")
    listed = on("segments.and-in-place-list")
    # "... جبکہ X اور Y میں ...": an event word before the conjunction is another clause's
    conjunctions = (
        [c.end() for c in _CONJUNCTION_CUT.finditer(text, start, end)]
        if on("sentences.and-after-conjunction")
        else []
    )
    for m in _AND_WORD.finditer(text, start, end):
        last = max([last, *(c for c in conjunctions if c <= m.start())])
        place = starts.get(m.end() + 1)
        if place is None and dated:
            place = _place_after_time(text, m.end(), starts, trigger_starts, date_starts)
        if place is None or not _LOCATIVE_AFTER.match(text, place.end):
            continue
        cut = m.start()
        if listed:
            # "... کیا گیا، تربت اور گوادر میں ریلیاں": a bare name before "اور" is an item of a
            # list that shares the locative after the last; the cut goes before the list
            cut = _list_start(text, m.start(), starts)
        before = any(last <= t < cut for t in trigger_starts)
        after = any(place.end <= t < end for t in trigger_starts) or (
            too
            and _THERE_TOO.match(text, place.end) is not None
            and any(place.end <= c < end for c in casualty_starts)
        )
        if before and after and any(p.start < cut and p.start >= last for p in starts.values()):
            out.append((cut, cut) if cut != m.start() else (m.start(), m.end()))
            last = m.end()
    return out


def _list_start(text: str, conj: int, starts: Mapping[int, PlaceRef]) -> int:
    """Where the list of places that ends right before the "اور" at ``conj`` begins ("تربت،
    پنجگور اور ..."), or ``conj`` itself when no bare place name stands right before it."""
    ends = {p.end: p for p in starts.values()}
    at = conj
    while at > 0 and text[at - 1].isspace():
        at -= 1
    item = ends.get(at)
    if item is None:
        return conj
    while True:
        back = item.start
        while back > 0 and text[back - 1].isspace():
            back -= 1
        if back == 0 or text[back - 1] not in "،,":
            return item.start
        back -= 1
        while back > 0 and text[back - 1].isspace():
            back -= 1
        prev = ends.get(back)
        if prev is None:
            return item.start
        item = prev


#: Up to six words after "اور" before a place: a day and a place noun ("ہفتے کے روز جنوبی شہر").
_WORDS_BEFORE_PLACE = 60


def _place_after_time(
    text: str,
    pos: int,
    starts: Mapping[int, PlaceRef],
    trigger_starts: Sequence[int],
    date_starts: Sequence[int],
) -> PlaceRef | None:
    """The place that a time expression and words of its kind put after the "اور" ending at ``pos``
    ("... جاری رہا اور اتوار کے روز شمالی شہر بیت لاہیا میں ... حملے میں"): the first place within
    six words, with no event word and no punctuation before it, if a time expression opens the
    words (segments.and-dated-place)."""
    if not any(pos < d <= pos + 1 for d in date_starts):
        return None
    hi = min(len(text), pos + _WORDS_BEFORE_PLACE)
    place = next((starts[k] for k in sorted(starts) if pos < k <= hi), None)
    if place is None or any(pos <= t < place.start for t in trigger_starts):
        return None
    between = text[pos : place.start]
    if len(between.split()) > 6 or any(c in between for c in "،,۔:"):
        return None
    return place


#: Between the two numbers of a distributive numeral: "تین تین", "دو-دو".
_REPEATED = lazy_compile(r"\s?-?\s?")
#: A locative postposition right after a place name.
_LOCATIVE_AFTER = lazy_compile(r"\s?میں(?!\w)")


def _figure(text: str, clause_start: int, pos: int, numbers: Sequence[Any], used: set[int]) -> Figure | None:
    """The number counting the people of the casualty word at ``pos``, if any.

    ``numbers`` are sorted by position; only the nearest number before ``pos``
    is considered, so the cost does not grow with the clause. Counts joined by
    "اور" are added up ("ایک دکاندار اور ایک راہگیر جاں بحق").
    """
    i = _last_before(numbers, pos)
    if i == 0:
        return None
    n = numbers[i - 1]
    if id(n) in used or n.start < clause_start:
        return None
    gap = _FILLERS.sub("", text[n.end : pos])
    if len(gap) > _MAX_GAP or len(gap.split()) > 4 or _not_people(gap, 0):
        return None
    used.add(id(n))
    count: Count = n.count
    start = n.start
    each = _distributive(text, numbers, i - 1, clause_start, used)
    if each:  # "کم از کم تین تین": the first of the pair carries the qualifier
        n = numbers[i - 2]
        count, start = n.count, n.start
    j = i - 2
    included = False
    while j > max(-1, i - 1 - _MAX_ITEMS):  # the other counts of a list
        m = numbers[j]
        j -= 1
        if id(m) in used or m.start < clause_start:
            break
        if _joined_including(text, m, start, (n.end, pos)):
            included = True  # "5 شدت پسند اور کپتان سمیت 3 فوجی": eight
        elif not _joined(text, m.end, start):
            k = _included_item(text, numbers, j + 1, start, (n.end, pos), clause_start, used)
            if k is None:
                break
            included = True
            # "9 شدت پسند اور ایک میجر سمیت 4 فوجی": the major is one of the four; the list
            # goes on before him
            used.add(id(m))
            m = numbers[k]
            j = k - 1
        if _finite_verb_between(text, m.end, start):
            break  # "ہلاکتوں کی تعداد سات ہو گئی ہے اور پندرہ افراد زخمی": two clauses, not a list
        if _not_people(text, m.end):
            break
        used.add(id(m))
        count = _add(m.count, count)
        start = m.start
    rule = "counts.distributive" if each else "counts.number" if start == n.start else "counts.joined"
    if included:
        rule = "counts.included-in-count"
    floor = start == n.start and getattr(n, "qualifier", None) in _FLOOR
    words = gap.split()
    if len(words) > 1 and words[0] in _MEMBER_ADJECTIVES and on("counts.noun-past-adjective"):
        words = words[1:]  # "دو مقامی جنگجو": the fighters, whom the adjective only qualifies
    noun = words[0] if words else None
    return Figure(count, start, pos, noun=noun, rule=rule, floor=floor, each=each)


#: Adjectives of rank or standing before the noun of the people counted ("مقامی", "سینئر"): the
#: noun after them says who they are. Not those of suspicion (suspicion_adjective: "مشتبہ",
#: "مبینہ"): who the dead were is then in dispute, and the count stays one of people in general.
_MEMBER_ADJECTIVES = word_set("member_adjective", folded=False) - word_set(
    "suspicion_adjective", folded=False
)


def _joined_including(text: str, m: Any, nxt: int, counted: tuple[int, int]) -> bool:
    """Whether the count ``m`` adds to the count at ``nxt`` across "اور" and people with no count
    whom "سمیت" includes in the second ("5 شدت پسند اور کپتان سمیت 3 فوجی": eight), the first
    count's people being of another side (counts.included-in-count)."""
    if not on("counts.included-in-count") or not _JOINED_INCLUDING.fullmatch(text, m.end, nxt):
        return False
    conj = text.find(" اور ", m.end, nxt)
    return _apart_side(text, (m.start, conj), counted)


def _included_item(
    text: str,
    numbers: Sequence[Any],
    j: int,
    nxt: int,
    counted: tuple[int, int],
    clause_start: int,
    used: set[int],
) -> int | None:
    """The index of the count before ``numbers[j]`` that adds to the count at ``nxt``, when
    ``numbers[j]`` is included in that count ("9 شدت پسند اور ایک میجر سمیت 4 فوجی": the nine
    add to the four, the one is among them), or None (counts.included-in-count)."""
    if j < 1 or not on("counts.included-in-count"):
        return None
    m = numbers[j]
    if not _INCLUDED_IN_NEXT.fullmatch(text, m.end, nxt):
        return None
    k = numbers[j - 1]
    if id(k) in used or k.start < clause_start or _not_people(text, k.end):
        return None
    if not _joined(text, k.end, m.start) or _finite_verb_between(text, k.end, m.start):
        return None
    return j - 1 if _apart_side(text, (k.start, m.start), counted) else None


def _distributive(text: str, numbers: Sequence[Any], k: int, clause_start: int, used: set[int]) -> bool:
    """Whether ``numbers[k]`` repeats the number right before it, with only a space or a hyphen
    between ("تین تین افراد", "دو-دو"): a distributive numeral, that many each. The first of
    the pair is then taken as read (added to ``used``)."""
    if k == 0 or not on("counts.distributive"):
        return False
    m, n = numbers[k - 1], numbers[k]
    if id(m) in used or m.start < clause_start or m.count.min != n.count.min or n.count.min is None:
        return False
    if not _REPEATED.fullmatch(text, m.end, n.start):
        return False
    used.add(id(m))
    return True


#: Qualifiers that make a number a floor: "کم از کم 9", "20 سے زائد".
_FLOOR = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})


def _not_people(text: str, pos: int) -> bool:
    """Whether the words at ``pos``, after a number, say it counts no people."""
    if _NOT_PEOPLE.match(text, pos):
        return True
    if not on("counts.events-are-not-people"):
        return False
    if _EVENT_COUNT.match(text, pos) is not None:
        return True
    # "ایک مختصر تصادم میں", "دو زوردار دھماکوں": an adjective before the event word
    if on("counts.event-count-adjective") and _EVENT_COUNT_ADJECTIVE.match(text, pos) is not None:
        return True
    # "دو فضائی حملوں میں", "پانچ ڈرون حملوں": what the events were done with, before the event word
    return on("counts.event-count-means") and _EVENT_COUNT_MEANS.match(text, pos) is not None


def _joined(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins two counts that add up."""
    if _JOINED.fullmatch(text, start, end):
        return True
    if on("counts.kin-joined") and _JOINED_KIN.fullmatch(text, start, end):
        return True
    if on("counts.listed-people") and _LISTED.fullmatch(text, start, end):
        return True
    if on("counts.serial-comma") and _LISTED_SERIAL.fullmatch(text, start, end):
        return True  # "ایک اہلکار، دو راہگیر، اور ایک بچہ": the comma before the last "اور"
    if on("counts.owner-joined") and _JOINED_OWNER.fullmatch(text, start, end):
        return True  # "پانچ عسکریت پسند اور فوج کا ایک سپاہی ہلاک": six
    if on("counts.number-in-a-name") and _JOINED_NAMED_OWNER.fullmatch(text, start, end):
        return True  # "دو پولیس اہلکار اور ریسکیو 1122 کا ایک اہلکار شہید": three
    if on("counts.besides-participle") and _BESIDES_PARTICIPLE.fullmatch(text, start, end):
        return True  # "دو اہلکاروں کے علاوہ قریب سے گزرنے والا ایک طالب علم بھی زخمی": three
    return on("counts.besides-adds") and _BESIDES.fullmatch(text, start, end) is not None


#: A finite auxiliary ("ہے", "ہو گئی", "تھے"): it ends the clause of the count before it.
_FINITE = lazy_compile(rf"(?<!\w)(?:{word_alternation('finite_auxiliary')})(?!\w)")


def _finite_verb_between(text: str, start: int, end: int) -> bool:
    """Whether a finite auxiliary stands between two counts ("ہلاکتوں کی تعداد سات ہو گئی ہے اور
    پندرہ افراد زخمی ہیں"): the first count's clause ended there, so the counts do not add up as
    items of one list (counts.verb-ends-list)."""
    return on("counts.verb-ends-list") and _FINITE.search(text, start, end) is not None


def _add(a: Count, b: Count) -> Count:
    """The sum of two counts (open-ended if either is)."""
    low = (a.min or 0) + (b.min or 0)
    high = None if a.max is None or b.max is None else a.max + b.max
    return Count(low, high)


def _collective(text: str, clause_start: int, pos: int) -> Figure | None:
    """A collective numeral before the casualty word: "دونوں بچے جاں بحق" is two."""
    m = _COLLECTIVE.search(text, max(clause_start, pos - _MAX_GAP), pos)
    if m is None or len(text[m.end() : pos].split()) > 4:
        return None
    n = _COLLECTIVES[m.group(1)]
    words = text[m.end() : pos].split()
    return Figure(
        Count(n, n), m.start(), pos, total=True, noun=words[0] if words else None, rule="counts.collective"
    )


#: A pair of relatives named together: "باپ بیٹا", "ماں بیٹی", "میاں بیوی" are two people (word
#: class kin_pair, whose words are kin words of kin_noun).
_KIN_PAIR = lazy_compile(rf"(?<!\w)(?:{word_alternation('kin_pair')})(?: (?:بھی|ہی|شدید))? ?$")


#: Longest stretch (characters) from the first figure to the second one's casualty word.
_OTHER_SIDE_SPAN = 100
#: What joins two tolls of one outcome: the first casualty word, then "اور" ("ہلاک اور").
_OTHER_SIDE_GAP = lazy_compile(r"[^\d،,۔]{0,30}\sاور\s")


def _other_side(
    text: str, clause: Clause, first: Figure, hit: Hit[CasualtyTerm], numbers: Sequence[Any], used: set[int]
) -> Figure | None:
    """The first figure plus a second of the same outcome joined to it by "اور", counting other
    people ("چار دہشت گرد ہلاک اور دو جوان شہید ہوئے": six)."""
    if hit.start - first.end > _OTHER_SIDE_SPAN or not first.count.is_exact or first.noun is None:
        return None  # (bounded: only a casualty word close to the first figure is tried)
    if _PART.search(text, clause.start, clause.end):
        return None
    trial = set(used)
    fig = _figure(text, clause.start, hit.start, numbers, trial)
    if fig is None or not fig.count.is_exact or fig.noun in (None, first.noun):
        return None
    if not _OTHER_SIDE_GAP.fullmatch(text, first.end, fig.start):
        return None
    used |= trial
    return evolve(
        first,
        count=_add(first.count, fig.count),
        end=fig.end,
        rule="counts.both-sides",
        side_nouns=(*first.side_nouns, fig.noun),
    )


def _kin_pair(text: str, clause_start: int, pos: int) -> Figure | None:
    """A pair of relatives right before the casualty word: "باپ بیٹا جاں بحق ہو گئے" is two."""
    m = _KIN_PAIR.search(text, max(clause_start, pos - 30), pos)
    if m is None:
        fig = _kin_pair_object(text, clause_start, pos) if on("counts.kin-pair-object") else None
        if fig is None and on("counts.kin-pair-before-adverbial"):
            fig = _kin_pair_before_adverbial(text, clause_start, pos)
        return fig
    return Figure(Count(2, 2), m.start(), pos, total=True, rule="counts.kin-pair")


#: A pair of relatives as the object of a killing or wounding verb, with at most three words of
#: manner between: "میاں بیوی کو قتل کر دیا", "ماں بیٹے کو گولیاں مار کر قتل کر دیا".
_KIN_PAIR_OBJECT = lazy_compile(rf"(?<!\w)(?:{word_alternation('kin_pair')}) کو(?: [^\W\d]+){{0,3}}? ?$")


def _kin_pair_object(text: str, clause_start: int, pos: int) -> Figure | None:
    """A pair of relatives as the object right before the casualty word ("نامعلوم افراد نے میاں
    بیوی کو قتل کر دیا"): two, as in the subject (counts.kin-pair-object)."""
    m = _KIN_PAIR_OBJECT.search(text, max(clause_start, pos - 50), pos)
    if m is None:
        return None
    return Figure(Count(2, 2), m.start(), pos, total=True, rule="counts.kin-pair-object")


#: A pair of relatives as the subject, then the event's adverbial of one to three words ending in
#: "سے" or "میں" (no genitive after the pair): "باپ بیٹا فائرنگ سے", "میاں بیوی دھماکے میں".
_KIN_PAIR_ADVERBIAL = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('kin_pair')}) (?!(?:{word_alternation('genitive')})(?!\w))"
    r"[^\W\d]+(?: [^\W\d]+){0,2} (?:سے|میں) ?$"
)


def _kin_pair_before_adverbial(text: str, clause_start: int, pos: int) -> Figure | None:
    """A pair of relatives as the subject, with the event's adverbial between it and the
    casualty word ("باپ بیٹا فائرنگ سے جاں بحق ہو گئے"): two (counts.kin-pair-before-adverbial)."""
    m = _KIN_PAIR_ADVERBIAL.search(text, max(clause_start, pos - 50), pos)
    if m is None:
        return None
    return Figure(Count(2, 2), m.start(), pos, total=True, rule="counts.kin-pair-before-adverbial")


def _last_before(numbers: Sequence[Any], pos: int) -> int:
    """How many of ``numbers`` (sorted, non-overlapping) end at or before ``pos``."""
    lo, hi = 0, len(numbers)
    while lo < hi:
        mid = (lo + hi) // 2
        if numbers[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


#: Postpositions and the ergative: a noun followed by one is not in the direct case.
_CASE_OR_AGENT_NEXT = lazy_compile(rf" ?(?:{case_markers(limit=True, ergative=True)})(?!\w)")
#: A counted noun: the word right after the number.
_NOUN_AFTER = lazy_compile(r" ?[^\W\d]+")
#: Most words between the subject's count and its casualty verb.
_HEAD_WORDS = 12
#: A finite past verb that ends a clause before "اور" or a relative "جس"/"جن": "تباہ کر دیے اور",
#: "داغے گئے جس سے" (counts.head-count-own-verb).
_VERB_ENDS_CLAUSE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('finite_verb_end')})\s(?:{word_alternation('conjunction_and')}|جس|جن)(?!\w)"
)


#: A short bracketed aside: "(عمر 23 سال)", "(ساکن ضلع کرک)".
_ASIDE = lazy_compile(r"\([^()]{0,40}\)")


def _without_asides(gap: str) -> str:
    """``gap`` without its short bracketed asides about a name ("(عمر 23 سال، ساکن کرک)"), which
    stand aside from the sentence (counts.aside-in-brackets)."""
    if "(" not in gap or not on("counts.aside-in-brackets"):
        return gap
    return _ASIDE.sub(" ", gap)


def _head_figure(
    text: str, clause_start: int, pos: int, numbers: Sequence[Any], used: set[int]
) -> Figure | None:
    """The count of the people that an intransitive casualty verb's subject names at the
    head of the clause, before the place and adverbials: "سات مزدور ضلع گھوٹکی میں ایک
    دھماکے میں جاں بحق ہو گئے". The subject is in the direct case (no postposition after its noun), and
    counts that count no people ("ایک حملے") are passed over."""
    i = _last_before(numbers, pos)
    for j in range(i - 1, max(-1, i - 4), -1):
        n = numbers[j]
        if (
            n.start < clause_start
            or id(n) in used
            or len(_without_asides(text[n.end : pos]).split()) > _HEAD_WORDS
        ):
            return None
        if _not_people(text, n.end):
            continue
        noun = _NOUN_AFTER.match(text, n.end)
        if noun is None or _CASE_OR_AGENT_NEXT.match(text, noun.end()):
            return None
        if on("counts.head-count-own-verb") and _VERB_ENDS_CLAUSE.search(text, noun.end(), pos):
            return None  # "7 ٹھکانے تباہ کر دیے اور دہشت گرد مارے گئے": the hideouts were destroyed
        used.add(id(n))
        return Figure(n.count, n.start, pos, noun=noun.group().strip(), rule="counts.subject-at-clause-head")
    return None


#: A count whose noun takes the ergative, then an object in "کو" before the verb: "دو مسلح
#: افراد نے شہری کو قتل کر دیا" (the count is of the agents).
_AGENT_COUNT = lazy_compile(
    rf"\S+(?: [^\W\d]+){{1,4}} {word_alternation('ergative')} (?:[^\s۔]+ ){{0,8}}?[^\W\d]+ کو "
)


def _counts_agent(text: str, fig: Figure, hit: Hit[CasualtyTerm]) -> bool:
    """Whether ``fig``, read from a number before a transitive casualty verb, counts the verb's
    ergative subject, the killers or attackers, not its object in "کو": "دو مسلح افراد نے
    شہری کو قتل کر دیا" kills one, not two (counts.agent-count-is-no-toll)."""
    return (
        fig.rule in ("counts.number", "counts.joined", "counts.subject-at-clause-head")
        and _TRANSITIVE.match(text, hit.end) is not None
        and _AGENT_COUNT.match(text, fig.start, hit.start) is not None
        and on("counts.agent-count-is-no-toll")
    )


#: The first word of a casualty word that names what hit the person ("گولیاں لگیں").
_WOUND_NOUNS = word_set("wound_noun", folded=False)


def _counts_wounds(text: str, fig: Figure, hit: Hit[CasualtyTerm]) -> bool:
    """Whether ``fig``, read from a number or vague word right before a casualty word that opens
    with what hit the person ("انہیں تین گولیاں لگیں", "اسے متعدد گولیاں لگیں"), counts the
    bullets, not people (counts.bullets-are-not-people)."""
    words = text[hit.start : hit.end].split()
    return (
        fig.rule == "counts.number"
        and bool(words)
        and words[0] in _WOUND_NOUNS
        and fig.noun is None
        and on("counts.bullets-are-not-people")
    )


def _object_figure(
    text: str, clause_start: int, hit: Hit[CasualtyTerm], numbers: Sequence[Any], used: set[int]
) -> Figure | None:
    """The count of a "کو" object: "24 کشمیریوں کو مسلح افراد نے ... ہلاک کردیا"."""
    if not _TRANSITIVE.match(text, hit.end):
        return None
    ko = text.rfind(" کو ", max(clause_start, hit.start - _MAX_GAP), hit.start)
    if ko < 0:
        return None
    return _figure(text, clause_start, ko, numbers, used)


def _one_person(
    text: str,
    ones: Sequence[Hit[CasualtyTerm]],
    pos: int,
    numbers: Sequence[Any],
    people: Sequence[int] = (),
    end: int | None = None,
) -> bool:
    """Whether a noun naming one person ("خاتون") is the subject of the casualty word at ``pos``.

    Right before it ("خاتون جاں بحق"), or further back with only the person's name
    and adverbials between, when the verb is an honorific plural ("سابق وزیر X
    شہر میں حملے میں جاں بحق ہوگئے"): no number, no other people, no "اور" or "نے".
    """
    before = [o for o in ones[-3:] if o.end <= pos]
    if not before:
        return False
    one = before[-1]
    i = _last_before(numbers, pos)
    if i and numbers[i - 1].start >= one.start:
        return False
    gap = text[one.end : pos]
    if len(gap) <= _MAX_GAP and len(gap.split()) <= 3:
        return True
    word_end = pos if end is None else end
    plural = _PLURAL_END.search(text, pos, word_end) or _PLURAL_VERB.match(text, word_end)
    if not plural and on("counts.one-gapped-adverbial"):
        plural = _GAPPED_VERB.match(text, word_end)
    owners: list[tuple[int, int]] = []
    if on("counts.genitive-not-subject"):
        # "سابق رکن اسمبلی نامعلوم افراد کی فائرنگ سے جاں بحق ہو گئے": the people own the firing
        owners = [m.span() for m in _OWNER_OF_EVENT.finditer(text, one.end, pos)]
        for a, b in reversed(owners):
            gap = gap[: a - one.end] + " " + gap[b - one.end :]
    if len(gap) > _HONORIFIC_GAP or _NOT_ONE.search(gap) or not plural:
        return False
    k = bisect.bisect_right(people, one.end)
    while k < len(people) and people[k] < pos and any(a <= people[k] < b for a, b in owners):
        k += 1
    return k == len(people) or people[k] >= pos


#: Who did the event, in the genitive before it ("نامعلوم افراد کی فائرنگ", "دہشت گردوں کے
#: حملے"): the owner of the event, not the subject of the casualty verb.
_OWNER_OF_EVENT = lazy_compile(
    rf"(?<!\w)(?:[^\W\d]+ ){{1,3}}(?:کی|کے) (?=(?:{word_alternation('owned_event_noun')})(?!\w))"
)


#: People in the plural with no number: "دیگر افراد زخمی", "کئی لوگ ہلاک".
_BARE_PLURAL = lazy_compile(
    rf"(?<!\w)(?:(?:{word_alternation('some_other')})\s)?(?:{word_alternation('people_noun')})\s(?:بھی\s|شدید\s)?$"
)


#: "محفوظ رہے" (were safe) said of everyone: "تمام مسافر محفوظ رہے", "سب محفوظ رہے".
_SAFE = lazy_compile(r"محفوظ")
_EVERYONE = lazy_compile(rf"(?<!\w)(?:{word_alternation('universal_quantifier')})(?!\w)")


def _one_escaped(text: str, clause_start: int, hit: Hit[CasualtyTerm]) -> bool:
    """Whether "X محفوظ رہے" says one person or group escaped ("گورنر محفوظ رہے"), which rules
    out nobody's death, rather than that everyone did ("تمام مسافر محفوظ رہے")."""
    if not _SAFE.match(hit.key):
        return False
    return _EVERYONE.search(text, max(clause_start, hit.start - 30), hit.start) is None


#: "X کو" right before a phrase ruling out harm: what was (not) harmed.
_HARMED_OBJECT = lazy_compile(r"(?<!\w)[^\W\d]+ کو\s?$")
#: Words for people: harm ruled out for them is ruled out casualties.
_PERSON_WORDS = (
    word_set("person_noun", folded=False)
    | word_set("people_noun", folded=False)
    | word_set("any_person_noun", folded=False)
    | word_set("universal_quantifier", folded=False)
)


def _thing_undamaged(text: str, clause_start: int, hit: Hit[CasualtyTerm], people: Sequence[int]) -> bool:
    """Whether a phrase ruling out harm with no word of life ("کوئی نقصان نہیں", not "جانی نقصان")
    is said of a thing ("جہاز کو کوئی نقصان نہیں پہنچا", "عمارت کو کوئی نقصان نہیں ہوا"): no
    damage to it, which says nothing of casualties. People ("مسافروں کو") are no thing."""
    if "جانی" in hit.key or not on("counts.damage-to-a-thing"):
        return False
    m = _HARMED_OBJECT.search(text, max(clause_start, hit.start - 30), hit.start)
    if m is None:
        return False
    word = m.group().split()[0]
    return word not in _PERSON_WORDS and not any(m.start() <= p < m.end() for p in people)


#: A number, in digits or a word ("دو", "چند", "کئی"), right before a plural noun: it is counted.
_COUNT_BEFORE_PLURAL = lazy_compile(rf"\d|(?<!\w)(?:{word_alternation('small_count_word')})\s")


def _bare_plural(text: str, clause_start: int, pos: int) -> Figure | None:
    """ "دیگر افراد زخمی ہوگئے": people counted by a plural noun alone are at least two."""
    m = _BARE_PLURAL.search(text, max(clause_start, pos - 30), pos)
    if m is None or _COUNT_BEFORE_PLURAL.search(text[max(clause_start, m.start() - 12) : m.start()]):
        return None
    return Figure(Count(2, None), m.start(), pos, rule="counts.bare-plural-at-least-two")


#: "X کو" and how it was done, ending in a conjunctive participle, before the casualty verb:
#: "اہلکار کو فائرنگ کر کے شہید کر دیا", "ملزم کو ڈنڈوں سے مار مار کر ہلاک کر دیا".
_ONE_OBJECT_MANNER = lazy_compile(r"(?<!\w)([^\W\d]+) کو((?: [^\W\d]+){1,8}?) (?:کر|کرکے|کر کے)\s?$")
#: What the manner phrase may not hold: another object or agent, a number.
_NOT_MANNER = lazy_compile(rf"(?<!\w)(?:کو|{word_alternation('ergative')}|کوں)(?!\w)|\d")
_MANNER_SPAN = 80
#: "X کو", then who did it ("Y نے") and how, before the casualty verb: "صحافی کو نامعلوم حملہ
#: آوروں نے گولی مار کر ہلاک کر دیا", "تاجر کو ڈاکوؤں نے مزاحمت پر قتل کر دیا".
_ONE_OBJECT_AGENT = lazy_compile(
    rf"(?<!\w)([^\W\d]+) کو((?: [^\W\d]+){{1,5}}?) {word_alternation('ergative')}((?: [^\W\d]+){{0,6}}?)\s?$"
)
#: Plural nouns of people with no plural ending ("افراد کو"): never one person.
_PEOPLE_NOUNS = word_set("people_noun", folded=False)
#: Nouns of a person ending in ان that are singular before "کو" ("نوجوان کو"; plural "نوجوانوں کو").
_SINGULAR_AN = word_set("singular_an_noun")
#: "X کو", perhaps how it was done, then words that say nothing of who (``filler``: "موقع پر
#: ہی") right before the casualty verb: "بیوی کو موقع پر ہی قتل کر دیا", "دکاندار کو فائرنگ کر
#: کے موقع پر ہی قتل کر دیا".
_ONE_OBJECT_SPOT = lazy_compile(
    rf"(?<!\w)([^\W\d]+) کو((?:(?: [^\W\d]+){{1,8}}? (?:کر|کرکے|کر کے))?)"
    rf"(?: (?:{word_alternation('filler')}))+\s?$"
)


def _singular(text: str, start: int, end: int, clause_start: int) -> bool:
    """Whether the casualty word at ``start:end`` is said of one person."""
    if start <= clause_start:
        return False
    if _SINGULAR_VERB.match(text, end) or _SINGULAR_END.search(text, start, end):
        return True
    m = _ONE_OBJECT.search(text, max(clause_start, start - 30), start)
    if m is None and on("counts.one-owner-of-part"):
        # "تاجر کا سر قلم کر دیا": the one whose head was cut off
        m = _ONE_OWNER.search(text, max(clause_start, start - 30), start)
    if m is None and on("counts.object-before-manner"):
        m = _ONE_OBJECT_MANNER.search(text, max(clause_start, start - _MANNER_SPAN), start)
        if m is not None and _NOT_MANNER.search(m.group(2)):
            m = None
    if m is None and on("counts.object-before-spot"):
        # "بیوی کو موقع پر ہی قتل کر دیا": words between that say nothing of who
        m = _ONE_OBJECT_SPOT.search(text, max(clause_start, start - _MANNER_SPAN), start)
        if m is not None and _NOT_MANNER.search(m.group(2)):
            m = None
    if m is None and on("counts.object-before-agent"):
        # "صحافی کو نامعلوم حملہ آوروں نے گولی مار کر ہلاک کر دیا": the agent stands between
        m = _ONE_OBJECT_AGENT.search(text, max(clause_start, start - _MANNER_SPAN - 40), start)
        if m is not None and (
            _NOT_MANNER.search(m.group(2) + m.group(3))
            or (m.group(1) in _PEOPLE_NOUNS and not _aged(text, clause_start, m.start()))
        ):
            m = None
    if m is None or not _TRANSITIVE.match(text, end):
        return False
    if _PLURAL_NOUN.search(m.group(1)) and not (
        _LOOKS_PLURAL.search(m.group(1))
        and (
            _aged(text, clause_start, m.start())
            or (on("counts.singular-an-object") and fold(m.group(1)) in _SINGULAR_AN)
        )
    ):
        return False
    before = text[max(clause_start, m.start() - 25) : m.start()]
    if on("counts.age-is-no-count"):
        before = _AGE.sub(" ", before)  # "35 سالہ خاتون کو": an age, not a count
    return not any(ch.isdigit() for ch in before)


#: A modal or future auxiliary a few words after a figure, with no relative pronoun, negation,
#: object or agent marker between (the figure is the verb's subject): "تعداد 30 تک پہنچ سکتی ہے",
#: "40 سے بڑھ جائے گی", "ہلاک ہو سکتے ہیں"; not "12 افراد کو امداد دی جائے گی".
_MAY_AFTER = lazy_compile(
    rf"(?:\s+(?!(?:{word_alternation('not_subject_gap')})(?!\w))[^\s\d۔،,؟]+){{0,5}}?\s+"
    rf"(?:{word_alternation('modal_auxiliary')}|{word_alternation('future_auxiliary')})(?!\w)"
)


def _drop_feared(clause: Clause, text: str) -> None:
    """Drop the figures of a toll that may or will be reached, not one that was ("حکام کے
    مطابق ہلاکتوں کی تعداد 30 تک پہنچ سکتی ہے", "زخمیوں کی تعداد بڑھ جائے گی"): the modal or
    future verb they are the subject of counts nobody."""
    for outcome in ("killed", "injured"):
        fig: Figure | None = getattr(clause, outcome)
        may = None if fig is None else _MAY_AFTER.match(text, fig.end, clause.end)
        if fig is None or may is None:
            continue
        if (
            fig.rule == "counts.toll-statement"
            and _COULD_BE.search(may.group())
            and on("counts.estimate-is-an-account")
        ):
            # "ہلاک شدگان کی تعداد 40 تک ہو سکتی ہے": what the toll could be, another account of it
            setattr(clause, outcome, evolve(fig, given=True, rose=False, estimate=True))
            continue
        setattr(clause, outcome, None)


#: "... ہو سکتی ہے" right after a toll: what the toll could be now, not what it may become.
_COULD_BE = lazy_compile(rf"(?<!\w)ہو (?:{word_alternation('modal_auxiliary')})(?!\w)")


#: An age before a person: "35 سالہ", "55 برس کے", "28 سال کا".
_AGE_OF = rf"\d+ ?(?:سالہ|(?:برس|سال) (?:{word_alternation('genitive')}))"
_AGE = lazy_compile(rf"{_AGE_OF}(?!\w)")
#: Endings that a noun may have in the singular too ("نوجوان", "مسلمان"): with an age before
#: it, such a noun is one person.
_LOOKS_PLURAL = lazy_compile(r"(?:ین|ان)$")
#: An age right before a noun: "28 سالہ نوجوان".
_AGE_BEFORE = lazy_compile(rf"(?<!\w){_AGE_OF} $")


#: An age, then up to four words (a noun and a name), right before a casualty word: "22 سالہ کارکن
#: ندیم احمد جاں بحق".
_AGED_SUBJECT = lazy_compile(rf"(?<!\w){_AGE_OF}((?: [^\W\d،,]+){{1,4}}) $")


#: Fillers ("موقع پر ہی") right before a casualty word: "X موقع پر ہی جاں بحق".
_FILLERS_BEFORE = lazy_compile(rf"(?:(?<!\w)(?:{word_alternation('filler')}) ?)+$")


def _past_fillers(text: str, clause_start: int, pos: int) -> int:
    """Where the words before ``pos`` end when the fillers right before it ("نذیر احمد موقع پر
    ہی جاں بحق") are left out: they say nothing of who or how many (counts.one-gapped-adverbial)."""
    if not on("counts.one-gapped-adverbial"):
        return pos
    m = _FILLERS_BEFORE.search(text, max(clause_start, pos - 30), pos)
    return pos if m is None else m.start()


def _aged_gapped(
    text: str, clause_start: int, hit: Hit[CasualtyTerm], hits: Sequence[Hit[CasualtyTerm]] = ()
) -> bool:
    """Whether the casualty word, its verb left out before "جبکہ" or a comma, is said of one person
    whose age stands before the noun and name that are its subject ("فائرنگ سے 31 سالہ مزدور رحیم
    بخش ہلاک، تین ساتھی زخمی ہوئے"): the age makes the subject one person, as a singular
    verb would (counts.aged-one-gapped)."""
    if not on("counts.aged-one-gapped"):
        return False
    if _GAPPED_VERB.match(text, hit.end) is None and not _and_next_casualty(text, hit, hits):
        return False
    end = _past_fillers(text, clause_start, hit.start)
    m = _AGED_SUBJECT.search(text, max(clause_start, end - 60), end)
    if m is None:
        return False
    words = m.group(1).split()
    return not any(w in _NOT_IN_NAME or w in ("اور", "و") for w in words)


#: "اور" right after a casualty word whose verb is left out: "X جاں بحق اور 4 افراد زخمی ہو گئے".
_AND_THEN_CASUALTY = lazy_compile(r"\sاور\s")
#: How far after "اور" the next casualty word may stand (characters).
_AND_NEXT_SPAN = 50
#: Demonstratives ("وہ", "یہ"): a subject that is one points back to someone told before, no name.
_GAPPED_NAME_STOP = word_set("demonstrative", folded=False)


def _and_next_casualty(text: str, hit: Hit[CasualtyTerm], hits: Sequence[Hit[CasualtyTerm]]) -> bool:
    """Whether "اور" and, a few words on, another casualty word follow the casualty word at
    ``hit`` ("X جاں بحق اور 4 افراد زخمی ہو گئے"): its verb is left out, as before "جبکہ"
    (counts.name-gapped-one)."""
    if not on("counts.name-gapped-one"):
        return False
    m = _AND_THEN_CASUALTY.match(text, hit.end)
    return m is not None and any(
        h is not hit
        and h.value.outcome in ("killed", "injured")
        and m.end() <= h.start <= m.end() + _AND_NEXT_SPAN
        for h in hits
    )


def _name_gapped(
    text: str,
    clause_start: int,
    hit: Hit[CasualtyTerm],
    people: Sequence[int],
    hits: Sequence[Hit[CasualtyTerm]],
    numbers: Sequence[Any],
) -> bool:
    """Whether the casualty word, its verb left out before "جبکہ", a comma, or "اور" and another
    casualty word, is said of one person named by name alone right after the event's adverbial
    ("فائرنگ سے طارق محمود جاں بحق جبکہ اس کا بھائی زخمی ہو گیا", "... جاں بحق اور 4 افراد زخمی
    ہو گئے"): a name is one person, as a singular verb would say (counts.name-gapped-one)."""
    if not on("counts.name-gapped-one"):
        return False
    if _GAPPED_VERB.match(text, hit.end) is None and not _and_next_casualty(text, hit, hits):
        return False
    lo = max(clause_start, hit.start - 60)
    opens = list(_LIST_OPENS.finditer(text, lo, hit.start))
    if not opens:
        return False
    start = opens[-1].end()
    end = _past_fillers(text, start, hit.start)
    item = text[start:end].strip()
    if not item or _SEP.search(item) or any(start <= p < end for p in people):
        return False
    if any(start <= n.start < end and not _AGE.match(text, n.start) for n in numbers):
        return False  # "سینے میں تین گولیاں لگیں": a count, no name
    words = _without_age(item).split()
    if not 1 <= len(words) <= 3 or any(ch.isdigit() for ch in " ".join(words)):
        return False
    return not any(
        w in _NOT_IN_NAME or _PLURAL_FORM.search(w) or w in _PEOPLE_NOUNS or w in _GAPPED_NAME_STOP
        for w in words
    )


def _aged(text: str, clause_start: int, pos: int) -> bool:
    """Whether an age stands right before the noun at ``pos`` ("28 سالہ نوجوان کو"): the noun,
    even one that may be plural ("نوجوان"), names one person."""
    return (
        on("counts.age-names-one") and _AGE_BEFORE.search(text, max(clause_start, pos - 12), pos) is not None
    )


#: The present copula of one person right after the injured word: "زخمی ہے".
_ONE_IS = lazy_compile(r"\sہے(?!\w)")


def _hurt_is(text: str, hit: Hit[CasualtyTerm], clause_start: int) -> bool:
    """Whether the injured word is said of one person with the present copula ("اس کا ساتھی شدید
    زخمی ہے"): a state of one, as "زخمی ہو گیا" is the event (counts.one-hurt-is). Not at the
    clause's head, where no subject stands before it; the past copula ("زخمی تھا") is left out,
    as it tells more often of someone told before (it lowered a held-out set)."""
    return (
        hit.start > clause_start
        and on("counts.one-hurt-is")
        and _PLURAL_NOUN_HIT.search(hit.key) is None
        and _ONE_IS.match(text, hit.end) is not None
    )


#: A member of the forces named by his rank or his force's word: "سپاہی", "نائیک", "اہلکار".
_FORCE_WORDS = word_set("force_member", folded=False) | word_set("military_rank", folded=False)
#: The forces named in the plural: "جوانوں", "اہلکاروں".
_FORCE_PLURALS = word_set("force_member_oblique", folded=False)
#: How far back before a casualty word said of one person his rank may stand.
_FORCE_SPAN = 40


def _force_word(text: str, clause_start: int, pos: int) -> str | None:
    """The rank or force word of one dead person told before his casualty word ("سپاہی احمد علی
    شہید ہو گیا": "سپاہی"), if any: he is of the forces, not of the attackers told dead before him
    (counts.one-of-the-forces)."""
    for word in reversed(text[max(clause_start, pos - _FORCE_SPAN) : pos].split()):
        if word in _FORCE_WORDS:
            return word
    return None


#: Before the word of martyrdom: its ergative subject ends there ("... نے جام شہادت نوش کیا",
#: "... جام شہادت نوش کر گئے").
_BEFORE_MARTYRDOM = lazy_compile(rf"(?:\s{word_alternation('ergative')})?(?:\sجام)?\s?$")
#: The event adverbial that opens the subject of the martyred: "فائرنگ کے تبادلے میں".
_SUBJECT_OPENS = lazy_compile(r"(?<!\w)میں\s")
#: How far back before the word of martyrdom its list of the martyred may begin.
_MARTYRS_SPAN = 200


def _ranked_martyrs(
    text: str, clause_start: int, hit: Hit[CasualtyTerm], numbers: Sequence[Any]
) -> Figure | None:
    """The members of the forces named one by one by rank before the word of their martyrdom
    ("فائرنگ کے تبادلے میں 26 سالہ لانس نائیک احمد اور سپاہی محمد عمر نے جام شہادت نوش کیا": 2):
    as many as the ranks named, their ages and homes aside (counts.ranked-martyrs). Not with a
    count of people in the list, nor with a plural of the forces ("جوانوں")."""
    if not hit.key.startswith("شہادت"):
        return None
    lo = max(clause_start, hit.start - _MARTYRS_SPAN)
    head = _BEFORE_MARTYRDOM.search(text, lo, hit.start)
    if head is None:
        return None
    pos = head.start()
    opens = list(_SUBJECT_OPENS.finditer(text, lo, pos))
    start = opens[-1].end() if opens else lo
    words = text[start:pos].split()
    ranks = [w for w in words if w in _FORCE_WORDS]
    if not ranks or any(w in _FORCE_PLURALS for w in words):
        return None
    i = _last_before(numbers, pos)
    while i and numbers[i - 1].start >= start:
        if not _not_people(text, numbers[i - 1].end):
            return None  # "دو جوان حوالدار احمد اور سپاہی عمر": the count says how many
        i -= 1
    return Figure(Count(len(ranks), len(ranks)), start, hit.end, noun=ranks[0], rule="counts.ranked-martyrs")


def _one_after(text: str, end: int, one_starts: frozenset[int]) -> bool:
    """ "جاں بحق ہونے والے انجینئر": a participle naming one person after the casualty word."""
    m = _PARTICIPLE.match(text, end)
    return m is not None and m.end() in one_starts


#: A killed word joined to an injured word with no count of its own ("ہلاک و زخمی", "جاں بحق
#: اور زخمی"): the count before them is of both together.
_BOTH_OUTCOMES = lazy_compile(
    rf"\s?(?:{word_alternation('conjunction_and')}|{word_alternation('conjunction_or')})\s(?:شدید\s)?(?P<injured>زخمی)(?!\w)"
)


def _read_figures(
    clause: Clause,
    text: str,
    hits: Sequence[Hit[CasualtyTerm]],
    numbers: Sequence[Any],
    people: Sequence[int] = (),
) -> None:
    """Read the clause's killed and injured figures; ``people`` are the starts of its actors."""
    if not hits:
        return
    used: set[int] = set()
    together: set[int] = set()  # injured words that a killed word's count covers too
    ones: list[Hit[CasualtyTerm]] = []
    one_hits = [h for h in hits if h.value.outcome == "one"]
    counted = sorted([*numbers, *(h for h in hits if h.value.outcome != "one")], key=_start)
    one_starts = frozenset(h.start for h in one_hits)
    for hit in hits:
        outcome = hit.value.outcome
        if outcome == "one":
            ones.append(hit)
            continue
        if outcome == "none":
            if on("counts.someone-escaped") and _one_escaped(text, clause.start, hit):
                continue
            if _thing_undamaged(text, clause.start, hit, people):
                continue  # "جہاز کو کوئی نقصان نہیں پہنچا": the ship was not damaged
            clause.no_casualties = True
            continue
        if outcome == "no_deaths":
            if on("counts.no-deaths-alone"):
                clause.no_deaths = True
            continue
        if hit.start in together:
            continue
        if on("counts.negated-casualty") and _negated(text, clause.start, clause.end, hit):
            # "کوئی شخص زخمی نہیں ہوا", "کسی کے ہلاک یا زخمی ہونے کی اطلاع نہیں ملی"
            if outcome == "injured":
                clause.no_casualties = True
            else:
                clause.no_deaths = True
                clause.denied_dead = _denied_dead(text, clause, hit)
            clause.none_rule = "counts.negated-casualty"
            continue
        both = _BOTH_OUTCOMES.match(text, hit.end) if outcome == "killed" else None
        if both is not None and on("counts.killed-and-injured-together"):
            # "5 افراد ہلاک و زخمی": one count of the dead and the injured together
            together.add(both.start("injured"))
            continue
        existing = getattr(clause, outcome)
        if existing is not None:
            graded = _other_grade(text, clause, existing, hit, numbers, used)
            if graded is not None:
                setattr(clause, outcome, graded)
                continue
            if on("counts.both-sides"):
                other = _other_side(text, clause, existing, hit, numbers, used)
                if other is not None:
                    setattr(clause, outcome, other)
            continue
        if on("counts.toll-statement"):
            toll = _toll(text, hit, clause.end, numbers)
            if toll is not None:
                setattr(clause, outcome, toll)
                continue
        if on("counts.among-the-casualties"):
            among = _among(text, hit, clause.end, numbers, one_hits)
            if among is not None:
                setattr(clause, outcome, among)
                continue
        if on("counts.participle-before-count"):
            after = _participle_figure(text, hit, clause.end, numbers, used)
            if after is not None:
                setattr(clause, outcome, after)
                continue
        if on("counts.among-the-casualties") and _named_again(text, clause.start, hit, numbers):
            continue  # "زخمیوں کو ہسپتال منتقل کیا گیا": the injured again, not a new count
        if hit.key in _BODIES and on("counts.bodies-carried") and _CARRIED_BODIES.match(text, hit.end):
            continue  # "سینکڑوں دیہاتی لاشیں لے کر ... پہنچے": the dead told before, carried by the living
        fig = (
            _figure(text, clause.start, hit.start, numbers, used)
            or _object_figure(text, clause.start, hit, numbers, used)
            or _collective(text, clause.start, hit.start)
        )
        if fig is not None and (_counts_agent(text, fig, hit) or _counts_wounds(text, fig, hit)):
            fig = None
        if fig is None and on("counts.kin-pair"):
            fig = _kin_pair(text, clause.start, hit.start)
        if fig is None and on("counts.subject-at-clause-head"):
            fig = _head_figure(text, clause.start, hit.start, numbers, used)
            if fig is not None and _counts_agent(text, fig, hit):
                fig = None
        if fig is None and on("counts.bare-plural-at-least-two"):
            fig = _bare_plural(text, clause.start, hit.start)
        if fig is None and on("counts.bodies") and hit.key in _BODIES:
            fig = _bodies(text, clause.start, hit, numbers, used)
        if on("counts.with-companions"):
            with_own = _with_companions(text, clause.start, hit.start, fig, one_hits, numbers)
            if with_own is not None:
                setattr(clause, outcome, with_own)
                continue
        if fig is None and on("counts.names-listed"):
            fig = _named_list(text, clause.start, hit, [p for p in people if p not in one_starts])
        if fig is None and on("counts.names-listed-object"):
            fig = _named_object_list(text, clause.start, hit, [p for p in people if p not in one_starts])
        if fig is None and outcome == "killed" and on("counts.ranked-martyrs"):
            fig = _ranked_martyrs(text, clause.start, hit, numbers)
        if fig is None and (
            _singular(text, hit.start, hit.end, clause.start)
            or (outcome == "injured" and _hurt_is(text, hit, clause.start))
            or _one_person(text, ones, hit.start, numbers, people, hit.end)
            or _one_after(text, hit.end, one_starts)
            or _aged_gapped(text, clause.start, hit, hits)
            or _name_gapped(text, clause.start, hit, people, hits, numbers)
        ):
            fig = Figure(Count(1, 1), hit.start, hit.end, rule="counts.one-person")
            also = _ALSO_BEFORE.search(text, max(clause.start, hit.start - 8), hit.start)
            if also is not None and on("counts.one-more-person"):
                fig = evolve(fig, also=True)  # "گاڑی کا ڈرائیور بھی جاں بحق ہو گیا"
            if outcome == "killed" and on("counts.one-of-the-forces"):
                fig = evolve(fig, noun=_force_word(text, clause.start, hit.start))
            fig = _with_listed_people(text, clause.start, fig, one_hits, counted, person=True)
        elif fig is not None and not fig.total:
            fig = _with_listed_people(text, clause.start, fig, one_hits, counted)
            if on("counts.listed-after-count"):
                fig = _with_listed_after(text, fig, hit.start, one_hits, counted)
        if fig is not None:
            grade = _grade(text, hit)
            bodies = hit.key in _BODIES and on("counts.floor-and-account")
            answered = outcome == "killed" and (_answered(text, clause, hit) or _the_attackers(fig))
            died = _where_died(text, fig, hit) if outcome == "killed" else None
            setattr(
                clause,
                outcome,
                evolve(fig, grade=grade, bodies=bodies, answered=answered, died=died),
            )
    if on("counts.injured-later-died"):
        _died_of_wounds(clause, text, hits)


#: "بھی" right before a casualty word: "ڈرائیور بھی جاں بحق".
_ALSO_BEFORE = lazy_compile(r"(?<!\w)بھی\s?$")
#: The postposition that ends the adverbial before a list of victims: "فائرنگ سے", "حملے میں".
_LIST_OPENS = lazy_compile(r"(?<!\w)(?:سے|میں)\s")
#: A relative named by his kin to the one before ("اس کا بھائی", "ان کی والدہ").
_KIN_ITEM = lazy_compile(rf"(?:{word_alternation('own_possessor_pronoun')}) (?:کا|کی) [^\W\d]+")
#: A relative named by his kin to the one before, then his name ("اس کا بیٹا محمد عمران").
_KIN_NAMED_ITEM = lazy_compile(
    rf"(?:{word_alternation('own_possessor_pronoun')}) (?:کا|کی) [^\W\d]+(?: [^\W\d]+){{1,2}}"
)
#: What no word of a person's name is: postpositions, conjunctions and auxiliaries, and words
#: that show more than one person.
_NOT_IN_NAME = NO_END_WORDS | NO_START_WORDS | word_set("not_one", folded=False) | {"بھی", "ہی"}


#: Endings of plural (or oblique) nouns that names do not have: "بچوں", "دکانیں", "بچے"; and
#: plurals of people borrowed whole ("خواتین", "مظاہرین", "طالبان", "حضرات").
_PLURAL_FORM = lazy_compile(rf"(?:وں|یں|ے)$|^(?:{word_alternation('unmarked_plural')})$")


#: A casualty word whose verb is left out before the next clause ("... جاں بحق جبکہ ایک راہگیر
#: زخمی ہو گیا", "... ہلاک، دو زخمی"): it takes the number of its subject, as a plural verb would.
_GAPPED_VERB = lazy_compile(rf"\s*(?:[،,]|(?:{word_alternation('clause_cut')})(?!\w))")


def _without_age(item: str) -> str:
    """A list item without the age that describes its person: "25 سالہ احمد" is "احمد", "اس کا
    20 سالہ بیٹا" is "اس کا بیٹا"."""
    return " ".join(_AGE.sub(" ", item).split())


def _named_list(text: str, clause_start: int, hit: Hit[CasualtyTerm], people: Sequence[int]) -> Figure | None:
    """People named one by one, by name or kin, right before a plural casualty verb and after
    the adverbial of the event ("فائرنگ سے عمران، شاہد اور ان کا چچا جاں بحق ہو گئے": 3;
    "اسلم اور اکرم جاں بحق ہو گئے": 2). No item may be a group or actor the text knows, a
    plural or a count."""
    pos = hit.start
    gapped = on("counts.gapped-verb-list") and _GAPPED_VERB.match(text, hit.end) is not None
    if not (_PLURAL_END.search(text, pos, hit.end) or _PLURAL_VERB.match(text, hit.end) or gapped):
        return None
    lo = max(clause_start, pos - 90)
    opens = list(_LIST_OPENS.finditer(text, lo, pos))
    if not opens:
        return None
    start = opens[-1].end()
    end = _past_fillers(text, start, pos)
    n = _names_in_list(text, start, end, people, _KIN_NAMED_ITEM)
    return None if n is None else Figure(Count(n, n), start, pos, rule="counts.names-listed")


#: A relative named by his kin to the one before, in the oblique before "کو", then perhaps his
#: name ("اس کے شوہر", "ان کے بیٹے محمد عمران"; word classes `own_possessor_pronoun`, `genitive`).
_KIN_NAMED_OBLIQUE = lazy_compile(
    rf"(?:{word_alternation('own_possessor_pronoun')}) (?:{word_alternation('genitive')}) "
    r"[^\W\d]+(?: [^\W\d]+){0,2}"
)
#: What opens the "کو" object of a transitive casualty verb: the agent's "نے", how it was done
#: ("فائرنگ کرکے"), or an adverbial ("پستول سے", "گھر میں").
_OBJECT_LIST_OPENS = lazy_compile(rf"(?<!\w)(?:{word_alternation('ergative')}|کرکے|کر کے|کر|سے|میں)\s")
#: The "کو" that ends the object, then perhaps how it was done and words that say nothing of
#: who (``filler``), right before the casualty verb.
_OBJECT_LIST_ENDS = lazy_compile(
    rf"\sکو((?:(?: [^\W\d]+){{1,8}}? (?:کر|کرکے|کر کے))?)(?: (?:{word_alternation('filler')}))*\s?$"
)


def _named_object_list(
    text: str, clause_start: int, hit: Hit[CasualtyTerm], people: Sequence[int]
) -> Figure | None:
    """People named one by one, by name or kin, as the "کو" object of a transitive casualty verb
    ("ملزم نے فائرنگ کر کے 30 سالہ رضیہ اور اس کے شوہر 35 سالہ اکرم کو قتل کر دیا": 2); ages aside,
    as many as the list's items, as before a plural verb (counts.names-listed-object)."""
    if not _TRANSITIVE.match(text, hit.end):
        return None
    lo = max(clause_start, hit.start - 140)
    ko = _OBJECT_LIST_ENDS.search(text, lo, hit.start)
    if ko is None or _NOT_MANNER.search(ko.group(1)):
        return None
    opens = list(_OBJECT_LIST_OPENS.finditer(text, lo, ko.start()))
    if not opens:
        return None
    start = opens[-1].end()
    n = _names_in_list(text, start, ko.start(), people, _KIN_NAMED_OBLIQUE)
    return None if n is None else Figure(Count(n, n), start, ko.start(), rule="counts.names-listed-object")


def _names_in_list(
    text: str, start: int, end: int, people: Sequence[int], kin_named: re.Pattern[str]
) -> int | None:
    """How many people ``text[start:end]`` names one by one, by name or kin ("عمران، شاہد اور
    ان کا چچا": 3), or None when it is no such list: fewer than two items or too many, or an item
    that is a group or actor the text knows, a plural or a count."""
    items = [x.strip() for x in _SEP.split(text[start:end])]
    if len(items) < 2 or len(items) > _MAX_ITEMS:
        return None
    aged = [_AGE.search(item) is not None for item in items]
    if on("counts.ages-in-list"):
        items = [_without_age(item) for item in items]
    for item, has_age in zip(items, aged, strict=True):
        words = item.split()
        if has_age and len(words) == 3 and on("counts.aged-item-longer"):
            words = words[1:]  # "دکاندار 55 سالہ حاجی عبدالرشید": a noun, then the aged person's name
        if _KIN_ITEM.fullmatch(item):
            continue
        if on("counts.named-kin-in-list") and kin_named.fullmatch(item):
            continue  # "اس کا بیٹا محمد عمران": the relative, then his name
        if not 1 <= len(words) <= 2 or any(w in _NOT_IN_NAME or _PLURAL_FORM.search(w) for w in words):
            return None
        if any(ch.isdigit() for ch in item):
            return None
    if any(start <= p < end for p in people):
        return None  # "پولیس اور ایف سی اہلکار": forces, not named people (``people`` holds no
        # actor that is a noun of one person: "ڈرائیور اور کنڈیکٹر")
    return len(items)


#: "کوئی"/"کسی" and at most two words (no number) right before a casualty word: "کوئی شخص",
#: "کسی کے", "کوئی اہلکار زخمی یا".
_ANY_BEFORE = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:کوئی|کسی)(?: (?!\d)[^\W\d]+){{0,2}}"
        rf"(?: (?:{word_alternation('harm_word')}) (?:یا|اور))? ?$"
    )
)
#: Up to six words, then "نہیں": the casualty word is negated ("زخمی نہیں ہوا", "ہلاک یا زخمی
#: ہونے کی اطلاع نہیں").
_NOT_AFTER = lazy_compile(r"(?: [^\W\d]+){0,6}? نہیں(?!\w)")
#: No report of the casualties: "ہلاکتوں کی فوری طور پر کوئی اطلاع نہیں", "کوئی ہلاکت رپورٹ نہیں".
_NO_REPORT_AFTER = lazy_compile(
    rf"(?: [^\W\d]+){{0,5}}? (?:{word_alternation('casualty_report_noun')})(?: [^\W\d]+){{0,2}}? نہیں(?!\w)"
)


#: "اقدام قتل": an attempt at the killing word right after it; "X کے خلاف قتل، ...": the charges
#: laid against X (counts.charge-is-no-toll).
_CHARGE_BEFORE = lazy_compile(
    rf"(?:(?<!\w)(?:{word_alternation('attempted_charge')})|\sکے\sخلاف(?:\s[^\W\d،]+){{0,2}}،)\s?$|\sکے\sخلاف\s$"
)
#: One of the literals every match of :data:`_CHARGE_BEFORE` holds ("اقدام", "خلاف").
_CHARGE_BEFORE_GATE = literal_gate(_CHARGE_BEFORE)
#: "قتل میں ملوث", "قتل کی متعدد وارداتوں میں مطلوب", "قتل کے الزام میں": a deed someone is
#: charged with (counts.charge-is-no-toll).
_CHARGE_AFTER_CASUALTY = lazy_compile(
    rf"\s(?:(?:کی|کے)\s(?:[^\W\d]+\s){{0,2}}?)?میں\s(?:بھی\s)?(?:{word_alternation('charge_predicate')})(?!\w)"
    rf"|\s(?:کے|کی)\s(?:{word_alternation('charge_noun')})\sمیں(?!\w)"
)


def _charged_casualty(text: str, hit: Hit[CasualtyTerm]) -> bool:
    """Whether the killing or wounding word at ``hit`` names a charge, not a toll: an attempt
    ("اقدام قتل"), the charges laid against people ("20 افراد کے خلاف قتل اور ... کا مقدمہ"), a
    deed someone is involved in or wanted for ("ملزم 8 افراد کے قتل میں ملوث ہے") or held on
    suspicion of ("قتل کے الزام میں گرفتار"). Its count is of the accused or of past victims
    (counts.charge-is-no-toll)."""
    start = max(0, hit.start - 40)
    # where the 40 characters hold none of its literals, re need not try _CHARGE_BEFORE at each
    return (
        _CHARGE_BEFORE_GATE.search(text, start, hit.start) is not None
        and _CHARGE_BEFORE.search(text, start, hit.start) is not None
    ) or _CHARGE_AFTER_CASUALTY.match(text, hit.end, min(len(text), hit.end + 60)) is not None


def _negated(text: str, clause_start: int, clause_end: int, hit: Hit[CasualtyTerm]) -> bool:
    """Whether the casualty word at ``hit`` is ruled out: "کوئی"/"کسی" before it and "نہیں"
    after ("کوئی شخص زخمی نہیں ہوا"), or no report of it ("ہلاکتوں کی کوئی اطلاع نہیں ملی")."""
    after = text[hit.end : min(clause_end, hit.end + 60)]
    if _NO_REPORT_AFTER.match(after):
        return True
    before = _ANY_BEFORE.search(text, max(clause_start, hit.start - 40), hit.start)
    if before is not None and _NOT_ENDS.search(before.group()) and on("counts.negation-before-verb"):
        return True  # "ان کا کوئی ساتھی نہیں مارا گیا": "نہیں" before the casualty word
    return before is not None and _NOT_AFTER.match(after) is not None


#: "نہیں" ending the words before a casualty word: "کوئی ساتھی نہیں مارا گیا".
_NOT_ENDS = lazy_compile(r"(?<!\w)نہیں ?$")


#: A response: "جوابی فائرنگ", "جوابی کارروائی".
_RESPONSE = prefiltered(lazy_compile(r"(?<!\w)جوابی(?!\w)"))


def _answered(text: str, clause: Clause, hit: Hit[CasualtyTerm]) -> bool:
    """Whether the clause tells its dead as killed by the other side: in response ("جوابی
    کارروائی میں"), or by an agent, as more dead ("پولیس نے دو حملہ آوروں کو بھی ہلاک کر دیا")."""
    if not on("counts.attackers-killed-in-response"):
        return False
    if _RESPONSE.search(text, clause.start, clause.end):
        return True
    # "پولیس نے دو حملہ آوروں کو بھی ہلاک کر دیا": killed too, by the other side
    return (
        _TRANSITIVE.match(text, hit.end) is not None
        and _MORE.search(text, clause.start, hit.start) is not None
    )


#: Words that put deaths at the scene: "موقع پر ہی", "جائے وقوعہ پر".
_ON_SPOT = lazy_compile(rf"(?:{words_first(word_alternation('on_the_spot'))})(?!\w)")


#: Words that put deaths elsewhere or later: "ہسپتال جاتے ہوئے", "دم توڑ".
_ELSEWHERE = lazy_compile(rf"(?<!\w)(?:{word_alternation('died_elsewhere')})(?!\w)")


def _where_died(text: str, fig: Figure, hit: Hit[CasualtyTerm]) -> str | None:
    """Where the dead of ``fig`` died, as said between the count and its casualty word or right
    after it: "spot" ("سات افراد موقع پر ہی جاں بحق"), "elsewhere" ("دو نے ہسپتال جاتے ہوئے دم
    توڑ دیا", "دو زخمی بعد میں دم توڑ گئے"), or ``None``."""
    if not on("counts.spot-and-later"):
        return None
    end = min(len(text), hit.end + 12)
    if _ON_SPOT.search(text, fig.start, end) is not None:
        return "spot"
    return "elsewhere" if _ELSEWHERE.search(text, fig.start, end) is not None else None


#: The word after a count that names the attackers of the event told: "حملہ" of "حملہ آور".
_ATTACKER_OF_EVENT = word_set("attacker_of_event", folded=False)


def _the_attackers(fig: Figure) -> bool:
    """Whether ``fig`` counts the attackers of the event told ("سکیورٹی فورسز نے تینوں حملہ آوروں
    کو ہلاک کر دیا", "تمام چار حملہ آور مارے گئے"): killed, they are not among its victims."""
    return fig.noun in _ATTACKER_OF_EVENT and on("counts.attackers-killed-later")


#: How badly people were hurt, as the first word of an injured word ("شدید زخمی", "معمولی زخمی").
_GRADES = word_set("injury_grade", folded=False)


def _grade(text: str, hit: Hit[CasualtyTerm]) -> str | None:
    """The grade of hurt that the casualty word at ``hit`` names ("شدید زخمی"), or the word
    right before it ("معمولی چوٹیں آئیں"), if either names one."""
    if not on("counts.graded-injured") or hit.value.outcome != "injured":
        return None
    word = hit.key.split()[0]
    if word in _GRADES:
        return word
    before = text[max(0, hit.start - 10) : hit.start].split()
    return before[-1] if before and before[-1] in _GRADES else None


def _other_grade(
    text: str, clause: Clause, first: Figure, hit: Hit[CasualtyTerm], numbers: Sequence[Any], used: set[int]
) -> Figure | None:
    """The first figure plus a second of another grade of hurt in the same clause ("3 افراد شدید
    زخمی اور 5 معمولی زخمی": eight)."""
    grade = _grade(text, hit)
    if grade is None or first.grade is None or first.grade == grade or not first.count.is_exact:
        return None
    trial = set(used)
    fig = _figure(text, clause.start, hit.start, numbers, trial)
    if fig is None or not fig.count.is_exact or fig.start < first.end:
        return None
    used |= trial
    return evolve(first, count=_add(first.count, fig.count), end=fig.end, rule="counts.graded-injured")


#: The dead were among the injured: "جن میں سے", "زخمیوں میں سے", "زخموں کی تاب نہ لا کر".
_OF_INJURED = lazy_compile(rf"(?<!\w)(?:{word_alternation('among_injured')})(?!\w)")
#: Verbs of dying from wounds, not of being killed: "دم توڑ گئے", "چل بسے", "جان کی بازی ہار گئے".
_DIED = lazy_compile(rf"(?<!\w)(?:{word_alternation('died_verb', 'start')})")
#: A verb of becoming between the injured word and the dying verb ends the injured clause.
_BECAME = lazy_compile(r"(?<!\w)(?:ہو ?گئے|ہو ?گیا|ہو ?گئی|ہوئے|ہوا|ہوئی|ہیں|ہے|تھے)(?!\w)")


#: An adverbial participle "while being ...": "لے جاتے ہوئے", "منتقل کرتے ہوئے" (word class
#: ``adverbial_participle``): its "ہوئے" is no verb of becoming.
_WHILE = lazy_compile(rf"(?<!\w)(?:{word_alternation('adverbial_participle')})$")


def _became(between: str) -> bool:
    """Whether a verb of becoming stands in ``between``, the words from an injured word to a
    dying verb ("دو زخمی ہوئے ... دم توڑ گئے"): "ہوئے" after an imperfective participle ("تین
    زخمی ہسپتال لے جاتے ہوئے دم توڑ گئے") makes an adverb, "while being taken", and the injured
    word stays the subject of the dying verb (counts.while-participle)."""
    for m in _BECAME.finditer(between):
        if m.group() == "ہوئے" and on("counts.while-participle") and _WHILE.search(between, 0, m.start() - 1):
            continue
        return True
    return False


def _died_of_wounds(clause: Clause, text: str, hits: Sequence[Hit[CasualtyTerm]]) -> None:
    """Mark a killed figure whose dead were among the injured told before ("8 افراد زخمی ہوئے جن
    میں سے دو دم توڑ گئے"), and read "دو زخمی اہلکار بھی دم توڑ گئے" as two dead who had been
    injured, not two injured."""
    died = next((h for h in hits if h.value.outcome == "killed" and _DIED.match(text, h.start)), None)
    if died is None:
        return
    fig = clause.injured
    guessed = clause.killed is None or clause.killed.rule == "counts.one-person"
    if guessed and fig is not None and fig.end <= died.start:
        between = text[fig.end : died.start]
        if not _became(between):
            # "دو زخمی اہلکار بھی ... دم توڑ گئے": the injured word describes the dead
            subject = on("counts.wounded-subject-adds")
            clause.killed = evolve(
                fig, of_injured=True, rule="counts.injured-later-died", wounded_subject=subject
            )
            clause.injured = None
            return
    killed = clause.killed
    if killed is None or killed.start > died.start:
        return
    if _OF_INJURED.search(text, clause.start, died.start) is not None:
        clause.killed = evolve(killed, of_injured=True, rule="counts.injured-later-died")


#: "X اپنے دو بیٹوں سمیت": the companions named between "اپنے" and "سمیت", right before
#: the casualty word.
_WITH_OWN = lazy_compile(r"ا(?<!\wا)پن[ےی] (?P<list>[^،,.۔]{1,60}?) ?سمیت\s?$")  # first letter first


def _with_companions(
    text: str,
    lo: int,
    pos: int,
    fig: Figure | None,
    ones: Sequence[Hit[CasualtyTerm]],
    numbers: Sequence[Any],
) -> Figure | None:
    """The figure of one person and the companions he died or was hurt with ("قبائلی رہنما
    اپنے دو بیٹوں سمیت جاں بحق": 3; "ایک شخص اپنے بیٹے سمیت": 2), or None when the words
    before the casualty word at ``pos`` are not so built."""
    m = _WITH_OWN.search(text, lo, pos)
    if m is None:
        return None
    lst = m.start("list")
    if fig is not None and fig.start >= lst:
        companions = fig.count
    elif any(lst <= n.start < m.end() for n in numbers):
        return None  # a count the figure rules turned down
    else:
        nouns = [o for o in ones if lst <= o.start and o.end <= m.end()]
        words = text[lst : m.end("list")].split()
        if nouns:
            companions = Count(len(nouns), len(nouns))
        elif not words or len(words) > 2:
            return None
        elif _PLURAL_NOUN.search(words[-1]):
            companions = Count(2, None)  # "اپنے ساتھیوں سمیت": at least two
        else:
            companions = Count(1, 1)  # "اپنے بیٹے سمیت": one, in the oblique
    head_words = text[max(lo, m.start() - 40) : m.start()].split()[-3:]
    head_start = m.start() - len(" ".join(head_words)) - 1
    if fig is not None and fig.start < lst:
        head = fig.count  # "ایک شخص اپنے بیٹے سمیت": the number counted the head
        start = fig.start
    elif any(head_start <= o.start and o.end <= m.start() for o in ones):
        head = Count(1, 1)
        start = max(lo, head_start)
    else:
        return None
    if head.min != 1 or head.max != 1:
        return None
    return Figure(_add(head, companions), start, pos, rule="counts.with-companions")


#: "X ہونے والوں کی تعداد N", "زخمیوں کی تعداد بڑھ کر N", "ہلاک ہونے والے شدت پسندوں کی تعداد N":
#: the toll of the event, told as a number.
_TOLL_AFTER = lazy_compile(
    r"(?:(?: ہونے|نے)? والوں| ہونیوالوں|وں|(?: ہونے|نے| ہونی)? ?وال[ےی](?: [^\W\d]+){1,2}| افراد| لوگوں)?"
    rf" کی (?:(?:{word_alternation('total_adjective')}) )?تعداد (?:(?:{word_alternation('risen_phrase')}) )?"
)
#: The casualty word as an adjective before a plural noun of people, then the toll: "شہید
#: اہلکاروں کی تعداد 6", "ہلاک شدت پسندوں کی تعداد 12 ہو گئی" (counts.adjective-toll).
_TOLL_AFTER_NOUN = lazy_compile(
    r" (?:[^\W\d]+ )?[^\W\d]+وں"
    rf" کی (?:(?:{word_alternation('total_adjective')}) )?تعداد (?:(?:{word_alternation('risen_phrase')}) )?"
)
#: The same with "so far" after the toll's noun: "جاں بحق افراد کی تعداد اب تک 14 ہو گئی"
#: (counts.toll-so-far).
_TOLL_AFTER_SO_FAR = lazy_compile(
    r"(?:(?: ہونے|نے)? والوں| ہونیوالوں|وں|(?: ہونے|نے| ہونی)? ?وال[ےی](?: [^\W\d]+){1,2}| افراد| لوگوں)?"
    rf" کی (?:(?:{word_alternation('total_adjective')}) )?تعداد (?:{word_alternation('running_total')}) "
    rf"(?:(?:{word_alternation('risen_phrase')}) )?"
)
#: A casualty word that is a plural noun ("زخمیوں", "ہلاکتوں"): it names the casualties
#: already told, and counts them only with a number of its own or in a toll or list.
_PLURAL_NOUN_HIT = lazy_compile(r"وں$")
#: "ہلاک ہونے والوں میں", "زخمیوں میں", "جاں بحق افراد میں" right after a casualty word: a
#: list of the people among the casualties follows, up to "شامل".
_AMONG_AFTER = lazy_compile(r"(?:(?: ہونے|نے) والوں| افراد)? میں(?: سے)? ")
#: Longest list (characters) between "میں" and "شامل".
_AMONG_SPAN = 90


#: What is done with a weapon that is not used in the event, right after it: seized
#: ("نو کلاشنکوف قبضے میں لے لیے"), supplied, made, bought or sold, or travelled in
#: ("ہیلی کاپٹر کے ذریعے ہسپتال منتقل", also with a town and a few words between).
_NOT_USED = lazy_compile(
    r"(?:\s(?:[^\W\d]+\s){0,2}?)?\s?(?:(?:کو|کی|کے|کا)\s)?"
    rf"(?:{word_alternation('weapon_handling', 'start')})"
)
#: Right after a weapon, the genitive and the noun of recovery: "اسلحہ کی برآمدگی", "ہتھیاروں
#: کی برآمدگی".
_RECOVERY_OF = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('recovery_noun')})(?!\w)"
)
#: A list of things seized, up to "قبضے میں لے": "نو کلاشنکوف اور تین فون بھی قبضے میں لے لیے".
_SEIZED = prefiltered(
    lazy_compile(
        rf"(?:\s(?!(?:سے|{word_alternation('ergative')}|کر|کی|کیا|کیے|گیا|گئی|گئے)(?!\w))\w+){{0,6}}?"
        r"\s(?:بھی\s)?قبضے میں (?:لے|لی)"
    )
)
#: A vehicle that carried people "کے ذریعے" to where they were moved, up to eight words of the
#: destination before the verb of moving ("ہیلی کاپٹر کے ذریعے ضلع رائے پور کے ایک نجی اسپتال میں منتقل").
_CARRIED = lazy_compile(
    rf"\s?کے ذریع[ےہ]\s(?:[^\W\d]+\s){{0,8}}?(?:{word_alternation('carried_verb', 'start')})"
)
#: A vehicle taken with "سے" straight to where people were moved: "ہیلی کاپٹر سے جگدل پور منتقل
#: کیا گیا" (a place name or two, then the verb of moving); not harm done ("راکٹ سے گھر کو نقصان
#: پہنچا").
_CARRIED_BY = lazy_compile(
    r"\sسے\s(?:(?!(?:کو|نقصان)(?!\w))[^\W\d]+\s){0,3}?"
    rf"(?:{word_alternation('carried_verb', 'start')})"
)
#: Weapons the attackers took away, alone or first in a short list joined by "اور": "چوکی سے
#: ہتھیار اور گولہ بارود بھی ساتھ لے گئے", "اہلکاروں کا اسلحہ چھین کر فرار ہو گئے"; not across
#: a verb ("گولی ماری اور پھر نقدی چھین کر": the shot was fired, the money taken).
_TAKEN_AWAY = prefiltered(
    lazy_compile(
        r"(?:\s(?:اور|،)\s(?:[^\W\d]+\s){0,2}?[^\W\d]+)?\s(?:بھی\s)?"
        rf"(?:{word_alternation('taken_away_phrase')})(?!\w)"
    )
)
#: A store of weapons named right after one: "اسلحے کا ایک بڑا گودام", "اسلحہ اور بارود کے ذخائر",
#: "اسلحہ ڈپو" (the weapon in the store's genitive, or the first word of a compound).
_STORED = lazy_compile(
    rf"(?:\sاور\s[^\W\d]+)?\s?(?:(?:{word_alternation('genitive')})\s(?:[^\W\d]+\s){{0,2}})?"
    rf"(?:{word_alternation('weapon_store', 'start')})"
)
#: A store word anywhere in the two words (and a genitive) after a weapon, as read before
#: ``weapons.store-owned`` (the rule switched off).
_STORE_NEAR = lazy_compile(
    r"(?:\s(?:[^\W\d]+\s){0,2}?)?\s?(?:(?:کو|کی|کے|کا)\s)?"
    rf"(?:{word_alternation('weapon_store', 'start')})"
)


#: A weapon word that begins the name of something else: a team, a shield, a defence ("بم
#: ڈسپوزل اسکواڈ", "بم پروف", "میزائل شکن نظام").
_COMPOUND_TAIL = lazy_compile(rf"\s(?:{word_alternation('weapon_compound_tail')})(?!\w)")


#: The word right before a weapon word that makes it the last part of the name of something
#: else: "تھنک " before "ٹینک" (a think tank), "آئل " before "ٹینک" (an oil tank).
_COMPOUND_HEAD = lazy_compile(rf"(?:{words_first(word_alternation('weapon_compound_head'))})\s$")
#: A substance in the genitive, then up to two words, right before a weapon word: "ایندھن کے
#: کئی " before "ٹینکوں" (a fuel tank), "پانی کے " before "ٹینک".
_SUBSTANCE_OWNER = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('stored_substance')})\s(?:{word_alternation('genitive')})\s(?:[^\W\d]+\s){{0,2}}$"
)
#: The substance's words that end another thing and then a list goes on: "آنسو گیس کے گولے اور "
#: before "ربڑ کی گولیاں" (tear gas shells, then rubber bullets), no container of gas.
_SUBSTANCE_LISTED = lazy_compile(r"(?<!\w)(?:اور|یا)\s$")


def _names_other_thing(text: str, w: Hit[WeaponTerm]) -> bool:
    """Whether the weapon word at ``w`` is only the first part of the name of something else
    ("بم ڈسپوزل اسکواڈ نے علاقے کو گھیرے میں لے لیا") or its last part ("تھنک ٹینک"), or a
    container of a substance named before it ("ایندھن کے ٹینکوں میں آگ لگ گئی"), not a weapon."""
    if _COMPOUND_TAIL.match(text, w.end) is not None:
        return True
    before = text[max(0, w.start - 40) : w.start]
    if _COMPOUND_HEAD.search(before) is not None and on("weapons.compound-head"):
        return True  # "تھنک ٹینک", "آئل ٹینک"
    if _SUBSTANCE_OWNER.search(before) is None or not on("weapons.container-of-substance"):
        return False
    # "آنسو گیس کے گولے اور ربڑ کی گولیاں": the genitive owns the first of a list, not this one
    return _SUBSTANCE_LISTED.search(before) is None or not on("weapons.listed-after-substance")


#: A body right before a word of recovery: "گولیوں سے چھلنی نعشیں برآمد کی گئیں".
_BODY_RECOVERED = lazy_compile(rf"(?<!\w)(?:{word_alternation('body_word')})\s$")


def _bodies_found(text: str, clause: Clause) -> bool:
    """Whether every word of recovery in ``clause`` tells bodies found ("گولیوں سے چھلنی نعشیں
    برآمد کی گئیں"), not arms: the weapon that marks the bodies is the killing's
    (weapons.bodies-found)."""
    hits = [h for h in clause.marker_hits if h.value.marker == "recovered"]
    return (
        bool(hits)
        and on("weapons.bodies-found")
        and all(_BODY_RECOVERED.search(text, max(clause.start, h.start - 12), h.start) for h in hits)
    )


#: The scene of the event as where something was found: "موقع سے", "جائے وقوعہ سے", "جھڑپ کی
#: جگہ سے".
_SCENE_SOURCE = lazy_compile(rf"(?<!\w)(?:{word_alternation('scene_source')})(?!\w)")
#: Between the scene and the first weapon found there: a count and the words of a make or
#: calibre ("2 اے کے 47 "), no verb, conjunction or other source ("گرفتار کر کے اس سے ").
_SCENE_GAP = lazy_compile(
    rf"(?:\s(?!(?:سے|{word_alternation('ergative')}|کو|کر|کیا|لیا|ہو|ہوئے|ہوگئے|گئے|گیا|گرفتار|فرار|بعد|اور|جبکہ|تاہم)(?!\w))\w+){{0,5}}\s"
)


def _recovered_at_scene(text: str, clause: Clause, found: list[Hit[WeaponTerm]]) -> list[Hit[WeaponTerm]]:
    """The weapons ``found`` in a clause of things recovered that it tells found at the scene,
    named between the scene and the word of recovery ("موقع سے دو رائفلیں اور ایک پستول
    برآمد ہوئی"): what lay where a fight took place is what it was fought with
    (weapons.recovered-at-scene). None taken from people ("ملزمان کے قبضے سے", "موقع سے گرفتار
    کر کے اس سے پستول برآمد") and none of a store ("ذخیرہ")."""
    if not found or not on("weapons.recovered-at-scene"):
        return []
    hits = [h for h in clause.marker_hits if h.value.marker == "recovered"]
    if any(not h.key.startswith("برآمد") for h in hits):
        return []  # "ان کے قبضے سے", "ذخیرہ", "ہتھیار ڈال": no find at the scene
    scene = _SCENE_SOURCE.search(text, clause.start, clause.end)
    if scene is None:
        return []
    until = min((h.start for h in hits if h.start > scene.end()), default=-1)
    listed = [w for w in found if scene.end() < w.start and w.end <= until]
    if not listed or _SCENE_GAP.fullmatch(text, scene.end(), listed[0].start) is None:
        return []  # "موقع سے گرفتار کر کے اس سے پستول برآمد": found on someone, not at the scene
    return listed


#: Right after a word of recovery, the verb's joint and a defusing: "برآمد کر کے ناکارہ بنا دیا".
_THEN_DEFUSED = lazy_compile(r"\s*(?:(?:کر\s?)?کے|اور)?\s*")


def _found_and_defused(text: str, clause: Clause, found: list[Hit[WeaponTerm]]) -> list[Hit[WeaponTerm]]:
    """The weapons ``found`` in a clause that tells them found and then defused ("سڑک کنارے نصب
    دیسی ساختہ بم برآمد کر کے ناکارہ بنا دیا"): the device found is the one defused, the weapon of
    the disrupted use (weapons.found-and-defused). Only the weapons right before the word of
    recovery, a device and what qualifies it, count; arms seized beside it do not."""
    if not found or not on("weapons.found-and-defused"):
        return []
    hits = [h for h in clause.marker_hits if h.value.marker == "recovered" and h.key.startswith("برآمد")]
    defuse = [t for t in clause.triggers if t.value.kind == "defuse"]
    if len(hits) != 1 or not defuse:
        return []
    found_at = hits[0]
    after = [t.start for t in defuse if t.start > found_at.start]
    if not after or min(after) - found_at.end > 8:
        return []
    if _THEN_DEFUSED.fullmatch(text, found_at.end, min(after)) is None:
        return []
    before = [w for w in found if w.end <= found_at.start]
    if not before:
        return []
    last = before[-1]
    return [last] if not text[last.end : found_at.start].strip() else []


#: After a weapon word, more things listed with it across commas and "اور" (one to four, each of
#: at most three words), then a genitive and what is done with them all when they are not used:
#: "لڑاکا طیاروں، توپوں اور جنگی جہازوں کی خریداری", "ڈرونز اور میزائلوں کی فراہمی".
_LISTED_NOT_USED = lazy_compile(
    rf"(?:(?:\s?،\s?|\s(?:اور|و|یا)\s)(?:[^\W\d]+\s){{0,2}}?[^\W\d]+){{1,4}}?\s(?:{word_alternation('genitive')})\s"
    rf"(?:{word_alternation('weapon_handling', 'start')})"
)


def _listed_not_used(text: str, w: Hit[WeaponTerm], end: int) -> bool:
    """Whether the weapon named at ``w`` begins a list ("نئے لڑاکا طیاروں، توپوں اور جنگی جہازوں
    کی خریداری کے لیے") whose last item is followed by what is done with weapons that are not
    used (bought, supplied, made): the postposition after the list is all of it, so every weapon
    listed is handled, none used (weapons.listed-not-used). ``end`` is the sentence's end: the
    list runs across the commas that cut clauses."""
    return on("weapons.listed-not-used") and _LISTED_NOT_USED.match(text, w.end, end) is not None


#: "Any" right before a weapon word: "کوئی اسلحہ", "کسی بھی ہتھیار".
_ANY_WEAPON = lazy_compile(rf"(?<!\w)(?:{word_alternation('any_determiner')})\s$")
#: "Any kind of" right before a weapon word: "کسی قسم کا دھماکہ خیز مواد", "کسی طرح کا اسلحہ"
#: (weapons.none-of-any-kind).
_ANY_KIND_WEAPON = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('any_determiner')})\s(?:{word_alternation('any_kind_noun')})"
    rf"\s(?:{word_alternation('genitive')})\s$"
)
#: A negation: "نہیں", "نہ".
_NEGATED = lazy_compile(rf"(?<!\w)(?:{word_alternation('negation')})(?!\w)")


def _none_held(text: str, w: Hit[WeaponTerm], start: int, end: int) -> bool:
    """Whether the weapon at ``w`` is named after "any" in a clause (``start``-``end``) that a
    negation denies ("اس کے پاس کوئی اسلحہ نہیں تھا", "نہ ہی کوئی ہتھیار برآمد ہوا"): no weapon was
    there, so none of the event (weapons.none-held); so too after "any kind of" ("کسی قسم کا
    دھماکہ خیز مواد استعمال نہیں ہوا"; weapons.none-of-any-kind)."""
    anyone = (
        on("weapons.none-held") and _ANY_WEAPON.search(text, max(start, w.start - 12), w.start) is not None
    ) or (
        on("weapons.none-of-any-kind")
        and _ANY_KIND_WEAPON.search(text, max(start, w.start - 24), w.start) is not None
    )
    return anyone and _NEGATED.search(text, start, end) is not None


def _not_used(text: str, w: Hit[WeaponTerm], end: int) -> bool:
    """Whether the weapon named at ``w`` was seized, supplied, made, traded or stored, or
    carried people, rather than used in the event."""
    stored = _STORED if on("weapons.store-owned") else _STORE_NEAR
    if any(p.match(text, w.end, end) for p in (_NOT_USED, _SEIZED, _CARRIED, stored)):
        return True
    if on("weapons.recovery-sought") and _RECOVERY_OF.match(text, w.end, end):
        return True  # "اسلحہ کی برآمدگی کے لیے": arms to be found, not used
    if on("weapons.carried-by") and _CARRIED_BY.match(text, w.end, end):
        return True  # "زخمیوں کو ہیلی کاپٹر سے ہسپتال منتقل کیا گیا"
    return on("weapons.taken-away") and _TAKEN_AWAY.match(text, w.end, end) is not None


#: A body with no number is one dead; bodies with no number give no figure (they are often
#: the dead already counted, taken to hospital or handed over).
_BODIES: dict[str, Count | None] = {
    "لاش": Count(1, 1),
    "نعش": Count(1, 1),
    "لاشیں": None,
    "نعشیں": None,
    "لاشوں": None,
    "نعشوں": None,
}


#: After bodies, a verb of carrying or laying them down, right after them or after where they were
#: laid ("لاشیں لے کر", "لاشیں سڑک پر رکھ کر", "لاشیں گورنر ہاؤس کے سامنے رکھ کر"); not "لاشیں قبضے
#: میں لے کر" (taken into custody).
_CARRIED_BODIES = lazy_compile(
    r"(?:(?: [^\W\d]+){1,2} (?:پر|کے سامنے))? (?:لے کر|لےکر|اٹھا کر|اٹھاکر|اٹھائے|رکھ کر|رکھکر|رکھے)(?!\w)"
)
#: Whose bodies: "دو افراد کی گولیوں سے چھلنی لاشیں" (the words after the number, up to the body).
_WHOSE_BODIES = lazy_compile(r" ?[^\W\d]+ کی(?: [^\W\d]+){0,4} ?")


def _bodies(
    text: str, clause_start: int, hit: Hit[CasualtyTerm], numbers: Sequence[Any], used: set[int]
) -> Figure | None:
    """The dead that bodies count: the number of whose bodies they are ("دو افراد کی تشدد زدہ
    لاشیں"), else one for a body."""
    i = _last_before(numbers, hit.start)
    n = numbers[i - 1] if i else None
    if (
        n is not None
        and n.start >= clause_start
        and id(n) not in used
        and not _not_people(text, n.end)
        and _WHOSE_BODIES.fullmatch(text, n.end, hit.start)
    ):
        used.add(id(n))
        return Figure(n.count, n.start, hit.end, rule="counts.bodies")
    one = _BODIES[hit.key]
    return None if one is None else Figure(one, hit.start, hit.end, rule="counts.bodies")


#: A casualty word that ends in the participle "-والا" itself ("مرنے والے", "مارے جانے والے"),
#: then one space.
_PARTICIPLE_TERM = lazy_compile(r"(?<=\sوال[ےیا])\s")


def _participle_term_end(text: str, hit: Hit[CasualtyTerm]) -> int | None:
    """Where the count after a casualty word that is a participle of its own ("مرنے والے چار
    افراد کی نماز جنازہ", "مارے جانے والے دو اہلکار") would start, or None: such a word counts the
    number right after it, as "ہلاک ہونے والے" does (counts.participle-term-count)."""
    if not on("counts.participle-term-count") or not _PARTICIPLE_TERM.match(text, hit.end):
        return None
    return hit.end + 1


#: A genitive right after the one person a casualty participle counts, whose noun may take a
#: second word ("... ایک سپاہی کے بھائی", "... ایک طالب علم کی والدہ"): that person owns what
#: follows (counts.one-casualty-as-owner).
_OWNER_GENITIVE = lazy_compile(rf"(?: [^\W\d]+)? (?:{word_alternation('genitive')})(?!\w)")


def _participle_figure(
    text: str, hit: Hit[CasualtyTerm], end: int, numbers: Sequence[Any], used: set[int]
) -> Figure | None:
    """The count after a casualty participle: "زخمی ہونے والے 9 افراد کو ہسپتال منتقل کیا گیا",
    "جاں بحق ہونے والے تین اہلکاروں کی نماز جنازہ"."""
    m = _PARTICIPLE.match(text, hit.end)
    after = m.end() if m is not None else _participle_term_end(text, hit)
    if after is None and on("counts.toll-noun-subject"):
        return _toll_noun_subject(text, hit, end, numbers)
    if after is None:
        return None
    i = _last_before(numbers, after)
    n = numbers[i] if i < len(numbers) else None
    if n is None or n.start != after or n.end > end or id(n) in used or _not_people(text, n.end):
        return None
    noun = _NOUN_AFTER.match(text, n.end)
    if (
        n.count.min == n.count.max == 1
        and noun is not None
        and on("counts.one-casualty-as-owner")
        and _OWNER_GENITIVE.match(text, noun.end())
    ):
        return None  # "شہید ہونے والے ایک سپاہی کے بھائی نے کہا": one of them, to name his kin
    used.add(id(n))
    word = noun.group().strip() if noun else None
    return Figure(n.count, hit.start, n.end, noun=word, rule="counts.participle-before-count")


def _counted_by(text: str, numbers: Sequence[Any], lo: int, pos: int) -> bool:
    """Whether a number after ``lo`` stands right before ``pos``, at most one word between
    ("پندرہ زخمیوں", "تین سکیورٹی اہلکار")."""
    i = _last_before(numbers, pos)
    if i == 0 or numbers[i - 1].start < lo:
        return False
    return len(text[numbers[i - 1].end : pos].split()) <= 1


def _named_again(text: str, clause_start: int, hit: Hit[CasualtyTerm], numbers: Sequence[Any]) -> bool:
    """Whether the casualty word is a plural noun ("زخمیوں", "ہلاکتوں") with no number of its
    own: it names the casualties already told and counts nobody new."""
    return _PLURAL_NOUN_HIT.search(hit.key) is not None and not _counted_by(
        text, numbers, clause_start, hit.start
    )


def _among(
    text: str, hit: Hit[CasualtyTerm], end: int, numbers: Sequence[Any], ones: Sequence[Hit[CasualtyTerm]]
) -> Figure | None:
    """The people a report lists among the dead or injured ("ہلاک ہونے والوں میں تین بچے اور دو
    خواتین شامل ہیں", "زخمیوں میں ایک استاد بھی شامل ہے"): at least as many as it lists."""
    m = _AMONG_AFTER.match(text, hit.end)
    if m is None:
        return None
    stop = text.find("شامل", m.end(), min(end, m.end() + _AMONG_SPAN))
    if stop < 0:
        return None
    total = 0
    numbered = False
    lo = _last_before(numbers, m.end())
    listed = [n for n in numbers[lo:] if n.start >= m.end() and n.end <= stop]
    included = on("counts.included-in-count")
    skip = _included_counts(text, listed, stop) if included else set()
    for k, n in enumerate(listed):
        if _not_people(text, n.end) or n.count.min is None or k in skip:
            continue  # "ایک کپتان سمیت 4 سپاہی": the captain is one of the four
        total += n.count.min
        numbered = True
    if not numbered:
        return None  # "ہلاک ہونے والوں میں ڈاکٹر بھی شامل ہے" says who, not how many
    for o in ones:
        if m.end() <= o.start < stop and not _counted_by(text, numbers, m.end(), o.start):
            if included and _INCLUDED_AFTER_ONE.match(text, o.end):
                continue  # "کپتان سمیت 4 سپاہی": one of the four
            total += 1
    if (
        on("counts.among-list-alone")
        and not _MORE.search(text, m.end(), stop)
        and not _SOME_OTHER.search(text, m.end(), stop)
    ):
        # "ہلاک ہونے والوں میں تین بچے اور دو خواتین شامل ہیں": all of them, when no toll is told
        return Figure(Count(total, total), hit.start, stop, rule="counts.among-list-alone", part=True)
    return Figure(Count(total, None), hit.start, stop, rule="counts.among-the-casualties", part=True)


def _included_counts(text: str, listed: Sequence[Any], stop: int) -> set[int]:
    """The indices of the counts of a list that "سمیت" includes in the count after them ("ایک
    کپتان سمیت 4 سپاہی", "دو خواتین اور تین بچوں سمیت 9 افراد"): the items joined to an
    included one by "اور" are included too, unless they name people of another side than the
    including count's (counts.included-in-count)."""
    out: set[int] = set()
    for k in range(len(listed) - 1):
        n, nxt = listed[k], listed[k + 1]
        if not _INCLUDED_IN_NEXT.fullmatch(text, n.end, nxt.start):
            continue
        out.add(k)
        counted = (nxt.end, min(stop, nxt.end + 25))
        i = k
        while i > 0 and _JOINED.fullmatch(text, listed[i - 1].end, listed[i].start):
            if _apart_side(text, (listed[i - 1].start, listed[i].start), counted):
                break
            i -= 1
            out.add(i)
    return out


#: "دیگر", "باقی": the list names some of the casualties, not all.
_SOME_OTHER = lazy_compile(rf"(?<!\w)(?:{word_alternation('some_other')}|باقی)(?!\w)")


def _toll(text: str, hit: Hit[CasualtyTerm], end: int, numbers: Sequence[Any]) -> Figure | None:
    """The figure of a toll statement about the event ("دھماکے میں زخمی ہونے والوں کی تعداد 15
    ہے", "ہلاکتوں کی تعداد بڑھ کر 5 ہو گئی"): it counts all of them."""
    m = _TOLL_AFTER.match(text, hit.end)
    if m is not None and on("counts.toll-so-far"):
        m = _TOLL_AFTER_SO_FAR.match(text, hit.end) or m
    by_noun = False
    if m is None and on("counts.adjective-toll"):
        m = _TOLL_AFTER_NOUN.match(text, hit.end)
        by_noun = m is not None
    if m is None:
        return None
    i = _last_before(numbers, m.end())
    n = numbers[i] if i < len(numbers) else None
    if n is None or n.start != m.end() or n.end > end:
        return None
    given = (
        "بڑھ" not in m.group() and _GIVEN.match(text, n.end) is not None and on("counts.source-gives-toll")
    )
    rose = "بڑھ" in m.group() or _TOLL_BECAME.match(text, n.end) is not None
    reached = _TOLL_REACHED.match(text, n.end) is not None
    if by_noun and rose:
        return None  # "جس کے بعد شہید اہلکاروں کی تعداد 5 ہوگئی": may be a running total of the force's dead
    grew = "بڑھ" in m.group() or (rose and _after_which(text, hit.start))
    # "ہلاک ہونے والوں کی تعداد کم از کم 15 ہے": a floor, as before a noun (counts.toll-floor)
    floor = getattr(n, "qualifier", None) in _FLOOR and on("counts.toll-floor")
    return Figure(
        n.count,
        hit.start,
        n.end,
        total=True,
        rule="counts.toll-statement",
        given=given,
        rose=rose,
        grew=grew,
        reached=reached,
        floor=floor,
    )


#: The toll nouns in the direct plural that may stand as a subject (toll_subject_noun): "ہلاکتیں", "اموات".
_TOLL_SUBJECT_NOUNS = word_set("toll_subject_noun", folded=False)
#: After the figure of a toll noun as subject: it reached or passed it ("ہلاکتیں 50 سے تجاوز کر
#: گئیں", "اموات 30 ہو گئی ہیں", "ہلاکتیں 40 تک پہنچ گئیں").
_SUBJECT_TOLL_VERB = lazy_compile(
    r"\s?(?:ہو ?گئی|ہو ?گئے|ہو ?گئیں|کر ?گئی|کر ?گئیں|کر ?چکی|کر ?چکے"
    rf"|{word_alternation('figure_reached_phrase')})"
)


def _toll_noun_subject(text: str, hit: Hit[CasualtyTerm], end: int, numbers: Sequence[Any]) -> Figure | None:
    """The figure of a toll noun in the direct plural as the subject of reaching or passing a
    number ("تنظیم کا دعویٰ ہے کہ ہلاکتیں 50 سے تجاوز کر چکی ہیں": more than 50): a toll
    statement as "ہلاکتوں کی تعداد 50 سے تجاوز کر گئی" is (counts.toll-noun-subject)."""
    if hit.key not in _TOLL_SUBJECT_NOUNS:
        return None
    i = _last_before(numbers, hit.end + 1)
    n = numbers[i] if i < len(numbers) else None
    if n is None or n.end > end or text[hit.end : n.start] != " ":
        return None
    if _SUBJECT_TOLL_VERB.match(text, n.end) is None:
        return None
    rose = n.count.is_exact
    return Figure(n.count, hit.start, n.end, total=True, rule="counts.toll-statement", rose=rose)


#: What stands between a link word and the toll's words it opens: at most three words, then
#: the end of the window (the toll follows).
_LINK_BEFORE_TOLL = r"\s(?:[^\W\d]+\s){0,3}$"
#: "جس کے بعد" ("after which") right before a toll's words, with at most three words between.
_AFTER_WHICH = lazy_compile(rf"(?<!\w)جس\sکے\sبعد{_LINK_BEFORE_TOLL}")


def _after_which(text: str, start: int) -> bool:
    """Whether a toll that became a new figure is told "after which" ("ایک زخمی دم توڑ گیا جس کے
    بعد ہلاکتوں کی تعداد 5 ہو گئی"): what the sentence told first made it grow, so it is the
    updated toll, not another account (counts.toll-after-which)."""
    if on("counts.toll-after-which") and _AFTER_WHICH.search(text, max(0, start - 40), start) is not None:
        return True
    return on("counts.toll-whereby") and _WHEREBY_TOLL.search(text, max(0, start - 40), start) is not None


#: "جس سے" ("whereby") right before a toll's words, with at most three words between: "دو زخمی
#: چل بسے جس سے ہلاکتوں کی تعداد 5 ہو گئی" (counts.toll-whereby).
_WHEREBY_TOLL = lazy_compile(rf"(?<!\w)(?:{word_alternation('whereby_link')}){_LINK_BEFORE_TOLL}")


#: "... کی تعداد 15 ہو گئی", "... 20 تک پہنچ گئی": the toll has become a new figure.
_TOLL_BECAME = lazy_compile(rf"\s?(?:ہو ?گئی|ہو ?گئے|{word_alternation('figure_reached_phrase')})")
#: "... کی تعداد 25 تک پہنچ گئی": the toll reached the figure (counts.reached-toll-is-an-account).
_TOLL_REACHED = lazy_compile(rf"\s?(?:{word_alternation('figure_reached_phrase')})")


#: "... کی تعداد 25 بتائی ہے", "... کی تعداد 30 بتاتے ہیں": a source gives the toll as its own.
_GIVEN = lazy_compile(rf"\s?(?:{word_alternation('toll_given_verb')})(?!\w)")


#: What ends the item before a list item: "، " or " اور ".
_SEP_BEFORE = lazy_compile(rf"\s*[،,]\s*$|\s(?:{word_alternation('conjunction_and')})\s$")
#: The same, with the genitive of the person before joining kin: "دکاندار اور اس کے دو بیٹے".
_SEP_BEFORE_KIN = lazy_compile(
    rf"(?:\s*[،,]\s*|\s(?:{word_alternation('conjunction_and')})\s)"
    rf"(?:{word_alternation('own_possessor_pronoun')}) (?:{word_alternation('genitive')}) $"
)
_SEP = lazy_compile("[،,]|" + _whole_words("اور|و"))
#: How many characters a match of ``_SEP_BEFORE`` / ``_SEP_BEFORE_KIN`` has at most besides
#: a run of white space and commas at its start (see :func:`_search_tail`): " اور " and a
#: newline, and the same before "اس کے ".
_SEP_BEFORE_FIXED = 6
_SEP_BEFORE_KIN_FIXED = 13


def _search_tail(pattern: re.Pattern[str], text: str, lo: int, pos: int, fixed: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, pos)`` for a pattern without lookbehind that ends at ``pos``
    (``$``), each match of which is either at most ``fixed`` characters long or starts with white
    space and commas that run on into its last ``fixed`` characters: no match can then start
    before the run of white space and commas that ends ``pos - fixed`` characters in, so the search
    starts there, not at ``lo`` (``re`` would try every character in between)."""
    at = max(lo, pos - fixed)
    while at > lo and (text[at - 1].isspace() or text[at - 1] in "،,"):  # str.isspace is re's \s
        at -= 1
    return pattern.search(text, at, pos)


def _listed_people(
    text: str,
    lo: int,
    pos: int,
    ones: Sequence[Hit[CasualtyTerm]],
    others: Sequence[Any] = (),
    rules: list[str] | None = None,
) -> int:
    """How many list items before ``pos`` name one person each, up to the list's start:
    in "کمانڈر، ان کی اہلیہ اور دو محافظ ہلاک" two items precede "دو محافظ". The ids of rules
    beside counts.listed-people that counted an item are added to ``rules``."""
    n = 0
    for _ in range(_MAX_ITEMS):
        sep = _search_tail(_SEP_BEFORE, text, lo, pos, _SEP_BEFORE_FIXED)
        if sep is None and on("counts.kin-joined"):
            sep = _search_tail(_SEP_BEFORE_KIN, text, lo, pos, _SEP_BEFORE_KIN_FIXED)
        if sep is None:
            return n
        end = sep.start()
        head = max(lo, end - 40)
        cuts = list(_SEP.finditer(text, head, end))
        start = cuts[-1].end() if cuts else head
        words = text[start:end].split()[-4:]
        start = end - len(" ".join(words)) if words else end
        if not words or any(ch.isdigit() for ch in text[start:end]):
            return n
        if not any(start <= o.start and o.end <= end for o in ones):
            if _one_by_his_kin(text, end, words):
                if rules is not None:
                    rules.append("counts.kin-of-one")
            elif n == 0 and _member_joined(text, end, words):
                if rules is not None:
                    rules.append("counts.member-and-one")
            else:
                return n
        if any(start < x.end and x.start < end and getattr(x, "value", None) != 1 for x in others):
            return n  # a count or a casualty word: the item is a figure of its own
        pair = on("counts.kin-pair-in-list") and _KIN_PAIR.search(text, start, end) is not None
        n += 2 if pair else 1  # "باپ بیٹا اور ان کا ایک رشتہ دار": the pair is two
        pos = start
    return n


#: The joint after a list item, then the singular pronoun's genitive: "... اور اس کا بھائی".
_HIS_KIN_AFTER = lazy_compile(
    rf"(?:\s*[،,]\s*|\s(?:{word_alternation('conjunction_and')})\s)اس (?:{word_alternation('genitive')}) "
)


def _one_by_his_kin(text: str, end: int, words: Sequence[str]) -> bool:
    """Whether the list item ending at ``end`` is one person because a relative of "his" or
    "her" follows it ("پولیس اہلکار اور اس کا بھائی جاں بحق": the singular "اس" refers back to
    one person, though "اہلکار" may be plural; counts.kin-of-one). Not an item whose last word
    has a plural form ("اہلکاروں", "بچے")."""
    if not on("counts.kin-of-one") or not words or _PLURAL_FORM.search(words[-1]):
        return False
    return _HIS_KIN_AFTER.match(text, end) is not None


#: A force's member named with no number ("اہلکار", "اہل کار", "سپاہی"), as a list item's last
#: word.
_MEMBER_WORDS = word_set("force_member") | word_set("personnel_noun")
#: The joint "اور" (or "و") after a list item.
_AND_AFTER = lazy_compile(rf"\s(?:{word_alternation('conjunction_and')})\s")


def _member_joined(text: str, end: int, words: Sequence[str]) -> bool:
    """Whether the list item ending at ``end`` is a force's member with no number, joined by "اور"
    to the person counted after it ("لیویز اہلکار اور چوکیدار جاں بحق", "ایف سی اہلکار اور ایک
    راہگیر زخمی"): though "اہلکار" may be plural, two labels joined with no count are two people,
    not one (counts.member-and-one). Not an item in a plural form ("اہلکاروں")."""
    if not on("counts.member-and-one") or not words or _PLURAL_FORM.search(words[-1]):
        return False
    two = " ".join(words[-2:])
    return (two in _MEMBER_WORDS or words[-1] in _MEMBER_WORDS) and _AND_AFTER.match(text, end) is not None


#: Longest stretch (characters) from a count to its casualty word that may hold more people.
_AFTER_SPAN = 60


def _with_listed_after(
    text: str, fig: Figure, pos: int, ones: Sequence[Hit[CasualtyTerm]], others: Sequence[Any]
) -> Figure:
    """Add the people named one by one after the figure's last count, before the casualty word
    at ``pos`` ("ایک گاہک اور چوکیدار جاں بحق": 2): each person noun after the counted one that
    a list separator sets apart counts one more."""
    counts = [x for x in others if fig.start <= x.start and x.end <= pos]
    if not counts or pos - counts[-1].end > _AFTER_SPAN:
        return fig
    anchor = counts[-1].end
    extra = 0
    for o in ones:
        if not anchor <= o.start < pos:
            continue
        if _SEP.search(text, anchor, o.start) is not None and not _PART_WORD.search(text, anchor, o.start):
            extra += 1
        anchor = o.end
    if not extra:
        return fig
    return evolve(fig, count=_add(fig.count, Count(extra, extra)), rule="counts.listed-after-count")


#: Words that make a later noun part of the counted people, not more of them ("جن میں").
_PART_WORD = lazy_compile(rf"(?<!\w)(?:جن|جس|میں|{word_alternation('including')})(?!\w)")


def _with_listed_people(
    text: str,
    lo: int,
    fig: Figure,
    ones: Sequence[Hit[CasualtyTerm]],
    others: Sequence[Any],
    person: bool = False,
) -> Figure:
    """Add the people named one by one in a list before the figure's count ("کمانڈر، ان کی
    اہلیہ اور دو محافظ": 4; "درزی اور اس کے بھانجے کو قتل کر دیا": 2). ``person`` says the
    figure is one read from a person noun, not from a number."""
    start = fig.start
    if person:
        # The list item is the one holding the nearest person noun.
        before = [o for o in ones if lo <= o.start < fig.start]
        if not before:
            return fig
        o = before[-1]
        cuts = list(_SEP.finditer(text, max(lo, o.start - 25), o.start))
        if not cuts:
            return fig
        start = cuts[-1].end() + (1 if text.startswith(" ", cuts[-1].end()) else 0)
        if on("counts.two-titles-one-name") and _titles_of_one_name(text, cuts[-1], o.end, ones):
            return fig  # "تاجر اور سماجی رہنما X": one man with two titles, not two people
    rules: list[str] = []
    extra = _listed_people(text, lo, start, ones, others, rules) if on("counts.listed-people") else 0
    if not extra:
        return fig
    count = _add(Count(extra, extra), fig.count)
    rule = rules[0] if rules else "counts.listed-people"
    return evolve(fig, count=count, start=min(start, fig.start), rule=rule)


#: A genitive postposition: after two words, they own what follows, not name a person.
_GENITIVE_WORD = frozenset({"کی", "کے", "کا"})


def _titles_of_one_name(text: str, joint: re.Match[str], end: int, ones: Sequence[Hit[CasualtyTerm]]) -> bool:
    """Whether the title ending at ``end``, joined by "اور" (``joint``) to a title before it,
    is followed by a personal name, so that both titles describe the one named person: "تاجر
    اور سماجی رہنما X جاں بحق ہو گئے" is one man, "تاجر اور سماجی رہنما جاں بحق" two
    (counts.two-titles-one-name). The name is two words that are no function word, no
    casualty or person word, and not the owner of what follows ("... X Y کی فائرنگ سے")."""
    if joint.group().strip() not in ("اور", "و"):
        return False
    words = text[end : end + 60].split()[:3]
    if len(words) < 2 or not all(w.isalpha() and w not in _NOT_NAME for w in words[:2]):
        return False
    if len(words) > 2 and words[2] in _GENITIVE_WORD:
        return False
    stop = end + len(text[end:]) - len(text[end:].lstrip()) + len(" ".join(words[:2]))
    return not any(end <= o.start < stop for o in ones)


#: A word of contrast at the head of a clause ("تاہم", "لیکن"), or right before it where the
#: clause was cut at the word.
_CONTRAST_OPENS = lazy_compile(rf"\s?(?:{word_alternation('contrast_opener')})(?!\w)")
_CONTRAST_ENDS = lazy_compile(rf"(?<!\w)(?:{word_alternation('contrast_opener')})\s*$")


def _contrast_opens(text: str, start: int) -> bool:
    """Whether a word of contrast opens the clause at ``start`` ("تاہم مقامی لوگوں کا کہنا ہے")."""
    if _CONTRAST_OPENS.match(text, start) is not None:
        return True
    return _CONTRAST_ENDS.search(text[max(0, start - 8) : start]) is not None


#: A few words after a figure, a past perfect auxiliary then a word of contrast ("... کی تصدیق کی
#: تھی تاہم", "... بتائی گئی تھی لیکن"): what had been reported before something else came.
_BEFORE_CONTRAST = lazy_compile(
    rf"[^\W\d]*(?:\s[^\W\d۔،,]+){{0,10}}?\s(?:تھا|تھی|تھے|تھیں)\s(?:{word_alternation('contrast_opener')})(?!\w)"
)


#: After a figure, its casualty noun then "کی تصدیق کی" a few words on ("دو افراد کی ہلاکت کی
#: تصدیق کی", "پانچ ہلاکتوں کی تصدیق کر دی").
_CONFIRMED_AFTER = prefiltered(lazy_compile(r"[^\W\d]*(?:\s[^\W\d۔،,]+){0,4}?\sکی\sتصدیق\s?کر?(?:ی|دی|\s)"))
#: The agent of the clause before a figure: "X نے" with a few words between.
_AGENT_BEFORE = lazy_compile(
    rf"((?:[^\s۔،]+\s)?[^\s۔،]+)\s{word_alternation('ergative')}\s(?:[^\W\d]+\s){{0,6}}$"
)


def _confirmer(clause: Clause, text: str, fig: Figure) -> str | None:
    """Who confirms the dead a figure counts ("تنظیم نے رات گئے اپنے تین کارکنوں کی ہلاکت کی
    تصدیق کر دی": تنظیم), if the clause so frames it: that party's account of dead told before
    (counts.confirmed-dead)."""
    if not on("counts.confirmed-dead") or _CONFIRMED_AFTER.match(text, fig.end, clause.end + 12) is None:
        return None
    m = _AGENT_BEFORE.search(text, max(clause.start, fig.start - 80), fig.start)
    return None if m is None else m.group(1)


def _told_before_contrast(fig: Figure, text: str) -> bool:
    """Whether ``fig`` is an earlier report that the sentence then sets aside with a word of
    contrast ("شروع میں چار افراد کے مرنے کی خبر آئی تھی لیکن ...", "مرنے والوں کی تعداد تین
    بتائی گئی تھی مگر ..."): a past perfect then "تاہم" tells the figure was overtaken
    (counts.earlier-report-overtaken)."""
    return on("counts.earlier-report-overtaken") and _BEFORE_CONTRAST.match(text, fig.end) is not None


def _source_said(phrase: str) -> bool:
    """Whether a source phrase of the clause names who gives its figures: "X نے کہا کہ" does
    as "X نے بتایا کہ" does (counts.said-names-source), and so does "X کے بیان میں کہا گیا کہ"
    (counts.statement-names-source)."""
    if _STATEMENT_SAID.search(phrase):
        return on("counts.statement-names-source")
    return phrase != "نے کہا" or on("counts.said-names-source")


#: What a statement says, in a source phrase: "X کے بیان میں کہا گیا" (counts.statement-names-source).
_STATEMENT_SAID = lazy_compile(r"(?<!\w)بیان میں کہا گیا$")


#: A speaker's "نے" parted from its speech verb by a few words ("X نے بعد میں کہا کہ", "X نے
#: صحافیوں کو بتایا کہ", "X نے ایک بیان میں کہا کہ"): no figure, no clause mark between them.
_SPOKE_APART = lazy_compile(
    rf"(?<!\w){word_alternation('ergative')}(?= )(?: [^\W\d]+){{1,5}}? "
    rf"(?:{word_alternation('said_verb')})(?: ہے| تھا)? کہ(?!\w)"
)
#: A speaker's "نے" parted from its speech verb by the condition of anonymity and a few words
#: more ("X نے نام ظاہر نہ کرنے کی شرط پر صحافیوں کو بتایا کہ"; word class ``anonymity_aside``).
_SPOKE_ANONYMOUSLY = lazy_compile(
    rf"(?<!\w){word_alternation('ergative')} (?:{word_alternation('anonymity_aside')})(?: [^\W\d]+){{0,5}}?"
    rf" (?:{word_alternation('said_verb')})(?: ہے| تھا)? کہ(?!\w)"
)


def _speaker_apart(clause: Clause, text: str) -> re.Match[str] | None:
    """The "نے" of a speaker whose speech verb stands a few words after it ("ترجمان نے بعد میں کہا
    کہ", "حکام نے صحافیوں کو بتایا کہ"): the speaker gives the clause's figures as "X نے بتایا
    کہ" does (counts.speaker-apart)."""
    if not on("counts.speaker-apart") or "نے" not in text[clause.start : clause.end]:
        return None
    apart = _SPOKE_APART.search(text, clause.start, clause.end)
    if apart is None and on("counts.anonymity-aside"):
        # "X نے نام ظاہر نہ کرنے کی شرط پر بتایا کہ": the aside parts the speaker from its verb
        apart = _SPOKE_ANONYMOUSLY.search(text, clause.start, clause.end)
    return apart


def _source_of(clause: Clause, text: str) -> re.Match[str] | None:
    """Where the clause names who gave what it tells ("مقامی ذرائع کے مطابق", "ترجمان نے کہا کہ"), if
    it does."""
    return next(
        (x for x in _SOURCE.finditer(text, clause.start, clause.end) if _source_said(x.group())),
        None,
    ) or _speaker_apart(clause, text)


#: A speech verb and "کہ" after it: "کہا کہ", "بتایا ہے کہ".
_SAID_THAT = lazy_compile(rf"(?<!\w)(?:{word_alternation('said_verb')})(?: ہے| تھا)? کہ(?!\w)")
#: "کوئی" and the words for those it rules out, before the casualty word: "کوئی جنگجو", "کوئی عام
#: شہری", "کوئی بھی".
_NONE_OF = lazy_compile(r"(?<!\w)کوئی(?: بھی)?((?: [^\W\d]+){0,2}) ?$")


def _denied_dead(text: str, clause: Clause, hit: Hit[CasualtyTerm]) -> str | None:
    """The word for those a source of the clause says none of died ("طالبان ترجمان نے کہا کہ
    حملے میں ان کا کوئی جنگجو ہلاک نہیں ہوا": "جنگجو"; "" for "کوئی ہلاک نہیں ہوا"), or ``None``
    when no source says it (counts.deaths-denied-by-source)."""
    if not on("counts.deaths-denied-by-source"):
        return None
    if _source_of(clause, text) is None and not (
        # "ترجمان نے اس دعوے کی تردید کی اور کہا کہ ...": a speaker, however far from the verb
        _SAID_THAT.search(text, clause.start, hit.start) and " نے " in text[clause.start : hit.start]
    ):
        return None
    m = _NONE_OF.search(text, max(clause.start, hit.start - 30), hit.start)
    words = m.group(1).split() if m is not None else []
    if words and words[-1] == "نہیں" and on("counts.negation-before-verb"):
        words = words[:-1]  # "ان کا کوئی ساتھی نہیں مارا گیا": the noun is before the negation
    return words[-1] if words else ""  # "کوئی عام شہری": the noun, after its adjective


#: How far before a figure's count (characters) an additive word may stand and still add its
#: people ("مزید 3 افراد").
_ALSO_LEAD = 8
#: How far after a figure's casualty word an additive word may stand ("ہلاک بھی ہوئے").
_ALSO_TRAIL = 12


def _also_by_figure(text: str, clause: Clause, fig: Figure) -> bool:
    """Whether an additive word of the clause stands by the figure (right before its count, among
    its counted words, or right after its casualty word): "2 اہلکار بھی شہید", "مزید 3 افراد
    زخمی". An additive said of another part of the clause ("گاڑیوں کو بھی نقصان پہنچا جبکہ ...")
    adds no people (counts.also-by-figure)."""
    if not on("counts.also-by-figure"):
        return True
    lo = max(clause.start, fig.start - _ALSO_LEAD)
    hi = min(clause.end, fig.end + _ALSO_TRAIL)
    return _MORE.search(text, lo, hi) is not None


#: "بلکہ" opening a clause: "... کوئی جنگجو نہیں مارا گیا بلکہ نو شہری ہلاک ہوئے".
_RATHER_OPENS = lazy_compile(r"\s?بلکہ(?!\w)")
_RATHER_ENDS = lazy_compile(r"(?<!\w)بلکہ\s*$")
#: How far back (characters) the speaker of a clause before "بلکہ" is looked for.
_RATHER_SPAN = 250
#: How far before a source phrase (characters) a word of contrast may open its speech.
_SPEAKER_SPAN = 50
_CONTRAST_WORD = lazy_compile(rf"(?<!\w)(?:{word_alternation('contrast_opener')})(?!\w)")


def _speaker_kept(text: str, start: int) -> tuple[str, bool] | None:
    """The source of the sentence's clause before "بلکہ" that opens the clause at ``start``, and
    whether a word of contrast opens that speech: "بلکہ" (but rather) goes on with what the same
    speaker says ("طالبان نے کہا کہ ان کا کوئی جنگجو نہیں مارا گیا بلکہ نو شہری ہلاک ہوئے"), so its
    figures are that speaker's account (counts.rather-keeps-speaker)."""
    if not on("counts.rather-keeps-speaker"):
        return None
    if (
        _RATHER_OPENS.match(text, start) is None
        and _RATHER_ENDS.search(text[max(0, start - 8) : start]) is None
    ):
        return None
    lo = max(text.rfind("۔", 0, start) + 1, start - _RATHER_SPAN)
    found = [x for x in _SOURCE.finditer(text, lo, start) if _source_said(x.group())]
    if not found:
        return None
    m = found[-1]
    before = text[max(lo, m.start() - 40) : m.start()]
    if not before.endswith(" "):
        return None
    # "تاہم طالبان کے ترجمان نے", "لیکن مقامی عمائدین کے مطابق": contrast opens the speech
    opener = _CONTRAST_WORD.search(text, max(lo, m.start() - _SPEAKER_SPAN), m.start())
    contrasted = opener is not None and on("counts.contrasted-account")
    return " ".join(before.split()[-2:]), contrasted


def _attribute_figures(clause: Clause, text: str) -> None:
    """Record who gave the clause's figures ("مقامی ذرائع کے مطابق ..."), whom they
    count, and whether they add to earlier ones ("2 اہلکار بھی")."""
    if clause.killed is None and clause.injured is None:
        return
    m = _source_of(clause, text)
    before = text[max(clause.start, m.start() - 40) : m.start()] if m else ""
    source = " ".join(before.split()[-2:]) if before.endswith(" ") else None
    more = bool(_MORE.search(text, clause.start, clause.end)) and not _PART.search(
        text, clause.start, clause.end
    )
    contrasted = (
        source is not None and _contrast_opens(text, clause.start) and on("counts.contrasted-account")
    )
    if m is None:
        kept = _speaker_kept(text, clause.start)
        if kept is not None:
            source, contrasted = kept
    for outcome in ("killed", "injured"):
        fig = getattr(clause, outcome)
        if fig is not None:
            given = fig.given or (source is not None and _sourced_toll(fig))
            claimant = _claimant(clause, text, fig) if source is None else None
            party = _claims_that(text, fig)
            if party is not None and fig.count.is_exact:
                given = True  # "کمانڈر نے دعویٰ کیا کہ کارروائی میں نو سپاہی ہلاک ہوئے": its account
                claimant = claimant or (party if source is None else None)
            if claimant is not None:
                fig = evolve(fig, claimed=True)
            also = more and _also_by_figure(text, clause, fig)
            fig = evolve(fig, source=source or claimant, more=also, given=given, contrasted=contrasted)
            if _told_before_contrast(fig, text):
                fig = evolve(fig, early=True)
            # a collective numeral ("دونوں بھائیوں کی ہلاکت کی تصدیق") counts them all: no account
            confirmer = _confirmer(clause, text, fig) if source is None and not fig.total else None
            if confirmer is not None:
                fig = evolve(fig, source=confirmer, given=fig.count.is_exact, confirmed=True)
            setattr(clause, outcome, fig)
    killed = clause.killed
    if (
        killed is not None
        and killed.of_injured
        and not killed.more
        and on("counts.died-later-adds")
        and (
            _LATER.search(text, clause.start, clause.end)
            or _MORE.search(text, clause.start, clause.end)
            or _opens_with_injured(clause, text)
            or killed.wounded_subject
        )
    ):
        # "زخمیوں میں سے دو بعد میں دم توڑ گئے": they died after the first toll was told
        clause.killed = evolve(killed, more=True)


#: At the opening of a sentence, the injured told in an earlier one: "زخمیوں میں سے", "زخمی ہونے
#: والوں میں سے".
_INJURED_OPENER = lazy_compile(rf"\s*(?:{word_alternation('injured_opener')})(?!\w)")


def _opens_with_injured(clause: Clause, text: str) -> bool:
    """Whether ``clause`` opens its sentence with the injured told in an earlier sentence
    ("... دس زخمی ہو گئے۔ زخمیوں میں سے دو دم توڑ گئے"): its dead were among those injured,
    so they add to the dead told with them (counts.injured-opener-adds)."""
    return on("counts.injured-opener-adds") and _INJURED_OPENER.match(text, clause.start) is not None


#: What opens an account of a figure: "پولیس کے مطابق", "سرکاری طور پر" (word class ``account_marker``).
_ACCOUNT = rf"(?:{word_alternation('account_marker')})"
#: Right before a figure's number: an account of it, joined to a bare number told with an account
#: of its own before it ("پولیس کے مطابق 5 جبکہ مقامی افراد کے مطابق 8 مزدور").
_GAPPED_JOIN = lazy_compile(
    rf"\s*،?\s*(?:{word_alternation('accounts_joiner')}) (?:[^\s۔،]+ ){{0,4}}?{_ACCOUNT} $"
)
_ACCOUNT_BEFORE = lazy_compile(rf"(?<!\w){_ACCOUNT} $")
#: How far before a figure the bare number of the first account may stand.
_GAPPED_REACH = 90


def _gapped_accounts(clause: Clause, text: str, numbers: _Bucket[Any]) -> None:
    """Widen each of the clause's exact figures to a range when a bare number that another
    account gives stands before it, its noun and casualty word left out ("حکام کے مطابق دس جبکہ
    عمائدین کے مطابق بارہ کان کن ہلاک ہوئے", "سرکاری طور پر دس اور غیر سرکاری طور پر چودہ
    افراد جاں بحق": 10 to 12, 10 to 14) (counts.gapped-accounts)."""
    if not on("counts.gapped-accounts"):
        return
    for outcome in ("killed", "injured"):
        fig = getattr(clause, outcome)
        if fig is None or not fig.count.is_exact or fig.count.min is None:
            continue
        before = [n for n in numbers.between(fig.start - _GAPPED_REACH, fig.start) if n.end <= fig.start]
        if not before:
            continue
        n = before[-1]
        if not n.count.is_exact or n.count.min is None or n.count.min == fig.count.min:
            continue
        if _GAPPED_JOIN.fullmatch(text, n.end, fig.start) is None:
            continue
        if _ACCOUNT_BEFORE.search(text, max(0, n.start - 20), n.start) is None:
            continue
        low, high = sorted((n.count.min, fig.count.min))
        setattr(clause, outcome, evolve(fig, count=Count(low, high), rule="counts.gapped-accounts"))


#: Between a bare number that an owner's genitive names and a figure of another owner after it:
#: "فوج کے 9 جبکہ باغیوں کے 12 جنگجو", "پولیس کے دو اور حملہ آوروں کے تین".
_GAPPED_SIDE_JOIN = lazy_compile(
    rf"\s*،?\s*(?:{word_alternation('accounts_joiner')}) (?:[^\s\d۔،]+ ){{1,8}}?(?:کے|کی) $"
)
#: Right before a bare number: the genitive of whose people it counts ("فوج کے 9").
_OWNER_BEFORE = lazy_compile(r"(?<!\w)[^\s\d۔،]+ (?:کے|کی) $")


def _gapped_sides(clause: Clause, text: str, numbers: _Bucket[Any]) -> None:
    """Add to each of the clause's exact figures a bare number of another owner's people told
    before it with its noun and casualty word left out ("سرکاری فوج کے 9 جبکہ باغی گروہوں کے 12
    جنگجو مارے گئے": 21): the two owners are two sides, and the dead of both count
    (counts.gapped-sides). An account before the number ("پولیس کے مطابق 5 جبکہ ...") is
    :func:`_gapped_accounts`' range, not a side."""
    if not on("counts.gapped-sides"):
        return
    for outcome in ("killed", "injured"):
        fig = getattr(clause, outcome)
        if fig is None or not fig.count.is_exact or fig.count.min is None or fig.rule != "counts.number":
            continue
        before = [n for n in numbers.between(fig.start - _GAPPED_REACH, fig.start) if n.end <= fig.start]
        if not before:
            continue
        n = before[-1]
        if not n.count.is_exact or n.count.min is None:
            continue
        if _GAPPED_SIDE_JOIN.fullmatch(text, n.end, fig.start) is None:
            continue
        if _OWNER_BEFORE.search(text, max(0, n.start - 30), n.start) is None:
            continue
        if _ACCOUNT_BEFORE.search(text, max(0, n.start - 20), n.start) is not None:
            continue
        total = n.count.min + fig.count.min
        setattr(clause, outcome, evolve(fig, count=Count(total, total), rule="counts.gapped-sides"))


#: A claim governing the figure before it: "... کی ہلاکت کا دعوی", "... کو ہلاک کرنے کا دعوی".
_CLAIM = lazy_compile(rf"(?<!\w)(?:{word_alternation('claim_phrase')})(?!\w)")
#: How far after the figure the claim may stand ("عسکریت پسندوں کو ہلاک کرنے کا دعوی").
_CLAIM_REACH = 40


def _claimant(clause: Clause, text: str, fig: Figure) -> str | None:
    """The party that claims ``fig`` ("اسرائیلی فوج" in "اسرائیلی فوج نے چھ عسکریت پسندوں کی
    ہلاکت کا دعوی کیا"), folded: the figure stands between the party's "نے" and the claim, and
    is that party's account of the toll (counts.claimed-toll-is-an-account)."""
    if not on("counts.claimed-toll-is-an-account"):
        return None
    return _party_governing(clause, text, fig, _CLAIM)


#: The party's "نے" and its claim up to "کہ": "نے دعویٰ کیا کہ", "نے دعوی کیا ہے کہ".
_CLAIM_THAT_HEAD = (
    rf" {word_alternation('ergative')}(?: [^\W\d]+){{0,8}}? "
    rf"(?:{word_alternation('claim_noun')}) کیا(?: ہے| گیا)? کہ "
)
#: What follows the party of `_CLAIMS_THAT`: its "نے", the claim, and the clause it opens up to
#: the figure.
_CLAIM_THAT_AFTER = _CLAIM_THAT_HEAD + r"[^۔،]{0,60}$"
#: A party's claim that opens the clause of a figure: "X نے دعویٰ کیا کہ", "X نے دعوی کیا ہے کہ"
#: (group 1: the words before the party's "نے").
_CLAIMS_THAT = lazy_compile(rf"([^۔]{{0,40}}){_CLAIM_THAT_AFTER}")
_CLAIMS_THAT_AFTER = lazy_compile(_CLAIM_THAT_AFTER)


#: The same over a content that joins a second clause by "اور" before the figure: "X نے دعویٰ
#: کیا کہ چوکی کو نشانہ بنایا اور حملے میں چار اہلکار ہلاک ہوئے".
_CLAIM_THAT_JOINED_AFTER = _CLAIM_THAT_HEAD + r"[^۔،]{0,80} اور [^۔،]{0,30}$"
_CLAIMS_THAT_JOINED = lazy_compile(r"([^۔]{0,40})" + _CLAIM_THAT_JOINED_AFTER)
_CLAIMS_THAT_JOINED_AFTER = lazy_compile(_CLAIM_THAT_JOINED_AFTER)


#: A party's claim as the subject of "is": "X کا دعویٰ ہے کہ", "X کا دعوی تھا کہ" (group 1: the
#: words before the party's "کا"), up to the figure of the clause it opens.
_CLAIM_IS_AFTER = rf" کا (?:{word_alternation('claim_noun')}) (?:ہے|تھا) کہ [^۔،]{{0,60}}$"
_CLAIMS_IS = lazy_compile(rf"([^۔]{{0,40}}){_CLAIM_IS_AFTER}")
_CLAIMS_IS_AFTER = lazy_compile(_CLAIM_IS_AFTER)


def _claims_that(text: str, fig: Figure) -> str | None:
    """The party, folded to its last two words, that claims the clause of ``fig`` ("ترجمان
    نے دعویٰ کیا کہ کارروائی میں نو سپاہی ہلاک ہوئے"): the figure is that party's account of the toll
    (counts.claim-that-is-an-account)."""
    if not on("counts.claim-that-is-an-account"):
        return None
    start = max(0, fig.start - 160)
    # A match ends at the figure with " کہ " and at most 60 characters after it: without one
    # that near, the costly search (a run of up to 40 characters tried at every position) is
    # not made.
    if " کہ " in text[max(start, fig.start - 64) : fig.start]:
        m = _claim_that(text, start, fig.start)
        if m is None and on("counts.claim-is-that"):
            # "المسیرہ ٹی وی کا دعویٰ ہے کہ 40 جنگجو ہلاک ہوئے": the claim as the subject of "is"
            m = _claim_that(text, start, fig.start, _CLAIMS_IS, _CLAIMS_IS_AFTER, " کا")
    elif " کہ " in text[max(start, fig.start - 118) : fig.start] and on("counts.claim-over-joined-clause"):
        # "X نے دعویٰ کیا کہ چوکی کو نشانہ بنایا اور حملے میں چار اہلکار ہلاک ہوئے"
        m = _claim_that(text, start, fig.start, _CLAIMS_THAT_JOINED, _CLAIMS_THAT_JOINED_AFTER)
    else:
        return None
    if m is None:
        return None
    words = m.group(1).split()
    return " ".join(words[-2:]) if words else None


def _claim_that(
    text: str,
    start: int,
    end: int,
    claims: re.Pattern[str] = _CLAIMS_THAT,
    after: re.Pattern[str] = _CLAIMS_THAT_AFTER,
    anchor: str = " نے",
) -> re.Match[str] | None:
    """``claims.search(text, start, end)`` (``_CLAIMS_THAT`` or ``_CLAIMS_THAT_JOINED``), without
    trying its run of up to 40 characters at every position: a match holds its party's " نے" at
    most 40 characters after its start, with the rest of the claim (``after``: the pattern less
    that run) matching from there, so no match starts before the first such " نے" less 40, and
    the search starts there (none is made without one). ``anchor`` is the party's postposition
    (" کا" for ``_CLAIMS_IS``)."""
    ne = text.find(anchor, start, end)
    while ne >= 0:
        if after.match(text, ne, end) is not None:
            return claims.search(text, max(start, ne - 40), end)
        ne = text.find(anchor, ne + 1, end)
    return None


def _party_governing(clause: Clause, text: str, fig: Figure, governor: re.Pattern[str]) -> str | None:
    """The last two words before the last "نے" ahead of ``fig`` in its clause, folded, if a
    ``governor`` (a claim) stands within ``_CLAIM_REACH`` characters after the
    figure: the party whose account the figure is ("فوج نے چھ عسکریت پسندوں کی ہلاکت کا دعوی")."""
    if governor.search(text, fig.end, min(clause.end, fig.end + _CLAIM_REACH)) is None:
        return None
    agents = list(_ERGATIVE.finditer(text, clause.start, fig.start))
    if not agents:
        return None
    before = text[max(clause.start, agents[-1].start() - 40) : agents[-1].start()]
    return " ".join(before.split()[-2:]) if before.endswith(" ") and before.strip() else None


def _sourced_toll(fig: Figure) -> bool:
    """Whether ``fig`` is a toll statement that a named source gives and that did not rise
    ("مقامی عمائدین کے مطابق جاں بحق افراد کی تعداد چھ ہے"): that source's own account."""
    return fig.rule == "counts.toll-statement" and not fig.rose and on("counts.sourced-toll-is-an-account")


#: Words that tell a death as coming after the toll first told: "بعد میں", "بعد ازاں".
_LATER = lazy_compile(rf"(?<!\w)(?:{word_alternation('later_adverb')})(?!\w)")


def _next_start(starts: Sequence[int], pos: int) -> int | None:
    """The first of the sorted ``starts`` after ``pos``."""
    i = bisect.bisect_right(starts, pos)
    return starts[i] if i < len(starts) else None


# The first letters of the patterns `_role` matches right after an actor, and of those the
# helpers it calls need to match there (see :func:`_prefilter.first_letters`; the ``*_LEAD``
# sets are defined at the end of the module, after every pattern they read): by the first
# letter after the actor, the patterns and helpers that cannot match there are not tried.
def _leads(*patterns: re.Pattern[str] | Any) -> Container[str]:
    """The letters one of which begins every match of one of ``patterns`` (after white space),
    or every letter when that cannot be told for one of them."""
    out: set[str] = set()
    for pattern in patterns:
        letters = first_letters(pattern)
        if letters is None:
            return _EVERY_LETTER
        out |= letters
    return frozenset(out)


class _EveryLetter:
    """A container of every letter: the first letters of a pattern that cannot be told."""

    def __contains__(self, letter: object) -> bool:
        return True


_EVERY_LETTER = _EveryLetter()


def _retaliation_strike(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` answered an attack by a strike of its own on a target the
    clause marks with "پر" or "کو" right before a word of an attack, shelling or air strike
    ("سیکیورٹی فورسز نے جوابی کارروائی کرتے ہوئے شدت پسندوں کے ٹھکانوں پر گولہ باری کی"): it
    is that strike's doer, not only a force that answered (roles.retaliation-strike)."""
    if not on("roles.retaliation-strike"):
        return False
    m = _RETALIATION_STRIKE.match(text, ref.end, clause.end)
    if m is None:
        return False
    end = m.end()
    return any(end <= h.start <= end + 20 and h.value.kind in _STRIKE_KINDS for h in clause.triggers)


def _masculine_event_at(text: str, clause: Clause, start: int) -> bool:
    """Whether an event word of ``clause`` begins within three words of ``start`` and ends in
    the masculine oblique "ے" ("مسجد پر میزائل حملے", "چوکی پر خودکش دھماکے"), the noun a "کے"
    before them may agree with (``roles.genitive-agrees-past-feminine``), also past a weapon word
    that is an event word of its own ("مسجد پر بیلسٹک میزائل حملے";
    ``roles.genitive-agrees-past-weapon``)."""
    i = bisect.bisect_left(clause.trigger_starts, start)
    for hit in clause.triggers[i:]:
        if hit.start - start > 30:
            return False
        words = text[hit.start : hit.end].split()
        if words and words[-1].endswith("ے"):
            return True
        if not on("roles.genitive-agrees-past-weapon"):
            return False
    return False


def _role(
    text: str,
    ref: Hit[ActorTerm],
    clause: Clause,
    casualty_starts: Sequence[int],
    actor_starts: frozenset[int] = frozenset(),
    place_starts: frozenset[int] = frozenset(),
    site_starts: frozenset[int] = frozenset(),
    name_end: int | None = None,
) -> tuple[str | None, str]:
    """The role the sentence gives the actor at ``ref`` (``None`` if it gives none), and the
    id of the rule that says so.

    ``casualty_starts`` and the clause's triggers are sorted by position;
    ``actor_starts`` are where the document's (non-site) actors start, ``place_starts``
    where its places start, ``site_starts`` where those that are sites (level 4) start;
    ``name_end``, where a personal name right after a label ends ("صحافی X Y کو").
    """
    after = text[ref.end : min(clause.end, ref.end + 40)]
    # The first letter after the actor, read once: a pattern matched right after the actor (or a
    # helper that needs one to match there) whose first letters it is not among is not tried.
    rest = after.lstrip()
    lead = rest[0] if rest else first_letter(text, ref.end)
    before = text[max(clause.start, ref.start - 12) : ref.start]
    if lead in _SPEAKER_AFTER_LEAD and _SPEAKER_AFTER.match(after):
        own = (
            (_OWN_ACT_SAID.match(text, ref.end, clause.end) if on("roles.speaker-own-act") else None)
            if lead in _OWN_ACT_SAID_LEAD
            else None
        )
        if own is not None and _next_start(clause.trigger_starts, own.end()) is not None:
            return "perpetrator", "roles.speaker-own-act"  # "X کا کہنا ہے کہ اس نے ... کو نشانہ بنایا"
        if on("roles.speaker-own-forces") and _own_forces_acted(text, ref, clause):
            return "perpetrator", "roles.speaker-own-forces"  # "X کا کہنا ہے کہ اس کے طیاروں نے"
        return None, "roles.speaker"
    if ref.value.security and (lead in _OFFICIALS_SPEAK_LEAD and _officials_speak(text, ref, clause)):
        return None, "roles.officials-speak"  # "پولیس حکام کا کہنا تھا کہ ..."
    if _no_one(text, ref, clause):
        return None, "roles.no-one"  # "کسی بھی گروپ نے ذمہ داری قبول نہیں کی"
    if lead in _STATEMENT_FROM_LEAD and _statement_from(after):
        return None, "roles.statement-from"  # "ایف سی کی جانب سے جاری بیان کے مطابق"
    if lead in _TOLD_ADDRESSEE_LEAD and _told_addressee(after):
        return None, "roles.told-addressee"  # "اہل خانہ نے پولیس کو بتایا کہ ..."
    if lead in _TIPPED_OFF_LEAD and on("roles.informant") and _TIPPED_OFF_AFTER.match(after):
        return None, "roles.informant"  # "اسکول کے چوکیدار کی اطلاع پر": X told of it, no party
    if lead in _AFTERMATH_OBJECT_LEAD and _aftermath_object(after):
        return None, "roles.aftermath-object"  # "سکول کو بند کر دیا گیا"
    if (
        lead in _CHARGED_DEEDS_AFTER_LEAD
        and on("roles.target-of-charged-deeds")
        and _CHARGED_DEEDS_AFTER.match(after)
    ):
        return None, "roles.target-of-charged-deeds"  # "شہریوں پر حملوں میں ملوث تھے"
    if (
        lead in _CHARGED_VICTIM_AFTER_LEAD
        and on("roles.victim-of-charged-deeds")
        and _CHARGED_VICTIM_AFTER.match(after)
    ):
        return None, "roles.victim-of-charged-deeds"  # "شہریوں کے قتل میں ملوث تھے"
    tie = text[max(clause.start, ref.start - 30) : ref.start]
    if (
        lead in _BELONG_TO_LEAD
        and on("roles.attackers-belong")
        and _BELONG_TO.match(after)
        and _ATTACKERS_TIE.search(tie)
    ):
        return "perpetrator", "roles.attackers-belong"  # "حملہ آوروں کا تعلق X سے تھا"
    if (
        lead in _BELONG_TO_LEAD
        and on("roles.attackers-belong-described")
        and _BELONG_TO.match(after)
        and _ATTACKERS_TIE_DESCRIBED.search(text, max(clause.start, ref.start - 45), ref.start)
    ):
        return "perpetrator", "roles.attackers-belong-described"  # "... کا تعلق کالعدم تنظیم X سے تھا"
    if lead in _ATTACKERS_BELONG_HEDGED_LEAD and _attackers_belong_hedged(text, ref, clause, after):
        return "perpetrator", "roles.attackers-belong-hedged"  # "... کا تعلق ممکنہ طور پر X سے تھا"
    if lead in _VICTIMS_BELONG_LEAD and _victims_belong(text, ref, clause, after):
        return "target", "roles.victims-belong"  # "جاں بحق ہونے والوں کا تعلق X سے تھا"
    if lead in _VICTIMS_WERE_LEAD and _victims_were(text, ref, clause, after):
        return "target", "roles.victims-were"  # "ہلاک ہونے والوں میں زیادہ تر X تھے"
    if lead in _VICTIMS_MAJORITY_LEAD and _victims_majority(text, ref, clause, after):
        return "target", "roles.victims-majority"  # "مرنے والوں میں اکثریت X کی تھی"
    if lead in _VICTIMS_WERE_LEAD and _victims_mostly_which(text, ref, after):
        return "target", "roles.victims-mostly-which"  # "... ہلاک ہو گئے جن میں زیادہ تر X ہیں"
    if lead in _AMONG_LISTED_LEAD and (among := _among_listed(text, ref, casualty_starts)) is not None:
        return "target", among  # "جن میں نو اہلکار اور پانچ راہگیر شامل ہیں"
    if (
        lead in _CROWD_PRESENT_LEAD
        and ref.value.actor_type is ActorType.CIVILIANS
        and on("roles.crowd-present")
        and _CROWD_PRESENT_AFTER.match(after)
    ):
        return "target", "roles.crowd-present"  # "جب بازار خریداروں سے بھرا ہوا تھا"
    if ref.value.unnamed and _tallied_arrested(text, ref, clause):
        return None, "roles.tallied-arrested"  # "رواں ماہ ... 180 مشتبہ افراد کو گرفتار کیا"
    if ref.value.site:
        if (
            on("roles.site-of-site")
            and not after.startswith((" پر", " کو"))
            and (lead in _PART_OF_SITE_LEAD and _PART_OF_SITE.match(after))
        ):
            return "target", "roles.site-of-site"  # "سرکاری سکول کی عمارت کو آگ لگا دی"
        if _object_of_no_event(text, ref, clause, casualty_starts):
            return None, "roles.object-of-no-event"  # "انتظامیہ نے مکینوں کو گھروں میں رہنے کی ہدایت کی"
        return ("target" if after.startswith((" پر", " کو")) else None), "roles.case-marker"
    if lead in _NOT_INVOLVED_LEAD and on("roles.not-involved") and _NOT_INVOLVED.match(after):
        return None, "roles.not-involved"  # "اس حملے میں طالبان ملوث نہیں": the attribution is denied
    if (lead in _ATTRIBUTED_LEAD and _ATTRIBUTED.match(after)) or (
        lead in _BLAMED_LEAD and _BLAMED.match(after)
    ):
        if _attribution_denied(ref, clause):
            return None, "roles.attribution-denied"  # "X کے ملوث ہونے کی تردید کی"
        return "perpetrator", "roles.attributed"
    if lead in _SUSPECTED_LEAD and on("roles.suspected") and _SUSPECTED.match(after):
        return "perpetrator", "roles.suspected"  # "واقعے میں X پر شبہ ظاہر کیا جا رہا ہے"
    if lead in _SUSPECTS_LEAD and on("roles.suspected") and _SUSPECTS.match(text, ref.end, clause.end):
        return None, "roles.suspected"  # "پولیس نے X پر شبہ ظاہر کیا": the police only suspect
    if lead in _BLAME_PUT_ON_LEAD and _blame_put_on(text, ref, clause):
        return "perpetrator", "roles.blame-put-on"  # "پولیس نے دھماکے کا الزام X پر لگایا"
    if lead in _ACCUSED_OF_LEAD and on("roles.accused-of") and _ACCUSED_OF.match(text, ref.end, clause.end):
        return "perpetrator", "roles.accused-of"  # "X پر شہریوں کو نشانہ بنانے کا الزام لگایا"
    if lead in _HELD_RESPONSIBLE_BEFORE_LEAD and _held_responsible_before(text, ref, clause):
        return "perpetrator", "roles.held-responsible-before"  # "حملے کا ذمہ دار X کو قرار دیا"
    if lead in _BY_HANDS_LEAD and on("roles.by-hands-of") and _BY_HANDS.match(after):
        return "perpetrator", "roles.by-hands-of"  # "ڈاکوؤں کے ہاتھوں مزاحمت پر ایک نوجوان قتل"
    if lead in _ARRESTED_LEAD and on("roles.arrested-object") and _ARRESTED.match(after):
        return "target", "roles.arrested-object"  # "پولیس نے پانچ مبینہ دہشت گرد گرفتار کر لیے"
    if (lead in _ANSWERED_LEAD and _ANSWERED.match(text, ref.end, clause.end)) and on(
        "roles.answered-attack"
    ):
        return "target", "roles.answered-attack"  # "پولیس نے حملہ آوروں کی فائرنگ کا جواب دیا"
    if (lead in _REPELLED_ATTACK_LEAD and _REPELLED_ATTACK.match(text, ref.end, clause.end)) and on(
        "roles.repelled-attack"
    ):
        return None, "roles.repelled-attack"  # "فورسز نے حملہ پسپا کر دیا"
    if lead in _RESPONDED_LEAD and _retaliation_strike(text, ref, clause):
        return "perpetrator", "roles.retaliation-strike"  # "X نے جوابی کارروائی کرتے ہوئے Y پر گولہ باری کی"
    if (
        (lead in _RESPONDED_LEAD and _RESPONDED.match(after))
        and ref.value.role is None
        and on("roles.responder")
    ):
        return None, "roles.responder"  # "پولیس کی جوابی فائرنگ سے حملہ آور فرار ہوگئے"
    if ref.value.role == "perpetrator" and (lead in _FLED_LEAD and _FLED.match(after)) and on("roles.fled"):
        return "perpetrator", "roles.fled"  # "پولیس کے مطابق ملزمان فرار ہوگئے"
    held = (
        (_CONTROLLED.match(text, ref.end, clause.end) if on("roles.controlled-area") else None)
        if lead in _CONTROLLED_LEAD
        else None
    )
    if held is not None:
        # "X کے زیر کنٹرول علاقوں سے": fired from X's ground, X did it; "X کے زیر کنٹرول علاقوں
        # میں/پر": X's ground was struck; "X کے زیر انتظام وزارت": X only runs who speaks
        case = held.group(1)
        role = None if case is None else ("perpetrator" if case == "سے" else "target")
        return role, "roles.controlled-area"
    if (
        ref.value.role == "perpetrator"
        and (lead in _SOUGHT_LEAD and _SOUGHT.match(after))
        and on("roles.sought")
    ):
        return "perpetrator", "roles.sought"  # "پولیس نے حملہ آوروں کی تلاش شروع کر دی"
    trigger_starts = clause.trigger_starts
    if lead in _FOUGHT_BEFORE_CASUALTY_LEAD and _fought_before_casualty(text, ref, clause, casualty_starts):
        return "perpetrator", "roles.fought-with"  # "شدت پسند فورسز سے جھڑپ میں مارے گئے"
    if (
        after.startswith(_AGAINST)
        and ref.value.role == "perpetrator"
        and on("roles.case-against")
        and _CASE_FILED.search(text, clause.start, clause.end) is not None
    ):
        return "perpetrator", "roles.case-against"  # "مقدمہ نامعلوم افراد کے خلاف درج کر لیا"
    if after.startswith(_AGAINST) and on("roles.against"):
        # "X کے خلاف آپریشن": the event is aimed at X; against X otherwise (a case, a
        # statement) X takes no part in an event.
        aimed = _next_start(trigger_starts, ref.end)
        close = aimed is not None and aimed - ref.end <= 25
        if close and aimed is not None and _protest_at(clause, aimed) and on("roles.protested-against"):
            return None, "roles.protested-against"  # "X کے خلاف احتجاجی مظاہرہ": no one was struck
        return ("target" if close else None), "roles.against"
    aimed_at = _aimed_at_owned(text, ref, clause) if lead in _AIMED_AT_OWNED_LEAD else None
    if aimed_at == "protest" and on("roles.protested-against"):
        return None, "roles.protested-against"  # "X کے قتل کے خلاف دھرنا": X's killing is protested
    if aimed_at == "event" and on("roles.against-owned"):
        return "target", "roles.against-owned"  # "X کے ٹھکانوں کے خلاف آپریشن"
    if on("roles.planted-device") and _struck_by_device(ref, clause):
        return "target", "roles.planted-device"  # "پولیس وین سڑک کنارے نصب بم سے ٹکرا گئی"
    # "X کے چار دہشت گرد ہلاک کر دیے": a casualty word right after the actor is its verb, not
    # an event noun the actor qualifies
    struck = _next_start(casualty_starts, ref.end - 1) == ref.end + 1
    if not struck and on("roles.attributive-agent") and _attributive_agent(ref, clause):
        if ref.end + 1 in actor_starts and on("roles.doer-noun-after"):
            # "پولیس اغواکاروں کا پیچھا کر رہی ہے": the event word after the actor names other
            # people (its doers), so it is no event the actor qualifies.
            return None, "roles.doer-noun-after"
        return "perpetrator", "roles.attributive-agent"
    if _weapon_named_agent(ref, clause):
        return "perpetrator", "roles.weapon-named-agent"
    casualty = _next_start(casualty_starts, ref.end - 1)
    if (
        lead in _INCLUDED_VICTIM_LEAD
        and on("roles.including")
        and _included_victim(text, ref.end, clause.end, actor_starts)
    ):
        return "target", "roles.including"
    past_name = _past_personal_name(text, ref, clause, actor_starts)
    if past_name is not None and _included_victim(text, past_name, clause.end, actor_starts):
        return "target", "roles.including-past-name"  # "ایک صحافی احمد خان سمیت 3 افراد کو قتل"
    if lead in _OWNER_OF_RELATIVE_LEAD and on("roles.owner-of-relative"):
        kin = _OWNER_OF_RELATIVE.match(text, ref.end, clause.end)
        if kin is not None and kin.start(1) in actor_starts:
            return None, "roles.owner-of-relative"  # "ایک کسان کا بیٹا جاں بحق": the son, not his father
    near_casualty = casualty is not None and (
        casualty - ref.end <= 12 or _titled_name_then_casualty(text, ref, actor_starts, casualty)
    )
    if near_casualty and on("roles.ergative-agent") and after.startswith(" نے"):
        near_casualty = False  # "X نے شہری کو قتل کر دیا": the ergative marks the killer
    if near_casualty and _QUALIFIES_HEAD.match(text, ref.end) and on("roles.qualifier-not-victim"):
        near_casualty = False  # "فلسطینی تنظیم کے دو ارکان جاں بحق": the actor word qualifies the noun
    if near_casualty:
        if on("roles.attacker-killed") and _ATTACKER.search(text, ref.start, ref.end):
            return "perpetrator", "roles.attacker-killed"  # "جوابی کارروائی میں چار حملہ آور مارے گئے"
        return "target", "roles.casualty-subject"
    if not on("roles.ergative-agent") and re.search(r"\d\s?$", before):
        return "target", "roles.counted-victims"
    if (
        ref.value.security
        and on("roles.stopped-attacker")
        and lead in _STOPPED_ATTACKER_LEAD
        and _STOPPED_ATTACKER.match(text, ref.end, clause.end) is not None
    ):
        return None, "roles.stopped-attacker"  # "پولیس نے حملہ آور کو موقع پر ہلاک کر دیا"
    if after.startswith(" نے") and _search_begun(text, ref, clause):
        return None, "roles.search-begun"  # "X نے علاقے کا محاصرہ کر کے سرچ آپریشن شروع کر دیا"
    if after.startswith(" نے") and on("roles.denier") and _denies_after(ref, clause):
        return None, "roles.denier"  # "X نے حملے سے لاتعلقی ظاہر کی": X only speaks
    if after.startswith(" نے") and on("roles.accuser") and _accuses(text, ref, clause):
        return None, "roles.accuser"  # "X نے Y کو حملے کا ذمہ دار ٹھہرایا": X only speaks
    if after.startswith(" نے") and _holds_responsible_after(text, ref, clause):
        return None, "roles.held-responsible-before"  # "X نے حملے کا ذمہ دار Y کو قرار دیا"
    if after.startswith(" نے") and _rescuer(text, ref, clause, casualty_starts):
        return None, "roles.rescuer"  # "X نے مغوی کو بازیاب کرا لیا": the recovery ends the abduction
    if after.startswith(" نے"):
        # The ergative marks the doer, whatever counts it ("2 مسلح افراد نے").
        if _acts_before_speech(text, ref, clause, trigger_starts):
            return "perpetrator", "roles.ergative-agent"
        killed = on("roles.transitive-casualty") and _killed_by(text, ref, clause, casualty_starts)
        if killed:
            return "perpetrator", "roles.transitive-casualty"
        window = min(clause.end, ref.end + _ROLE_WINDOW)
        own = (
            (_OWN_ACT_SAID.match(text, ref.end, clause.end) if on("roles.speaker-own-act") else None)
            if lead in _OWN_ACT_SAID_LEAD
            else None
        )
        if own is not None and _next_start(clause.trigger_starts, own.end()) is not None:
            return "perpetrator", "roles.speaker-own-act"  # "X نے بتایا کہ انہوں نے ... چھاپہ مارا"
        if on("roles.speaker-own-forces") and _own_forces_acted(text, ref, clause):
            return "perpetrator", "roles.speaker-own-forces"  # "X نے کہا کہ اس کے طیاروں نے"
        if on("roles.reporting-subject") and _speech(text, ref.end, window) is not None:
            return None, "roles.speaker"  # "X نے ... کی تصدیق کی": X speaks, whatever its usual part
        return None, "roles.transitive-casualty"
    if lead in _ACTS_BY_ITS_AIRCRAFT_LEAD and _acts_by_its_aircraft(text, ref, clause):
        return "perpetrator", "roles.aircraft-of-force"  # "X کے جنگی طیاروں نے ... بمباری کی"
    if (
        lead in _STRUCK_BY_ITS_WEAPON_LEAD
        and on("roles.weapon-genitive-agent")
        and _struck_by_its_weapon(text, ref, clause)
    ):
        return "perpetrator", "roles.weapon-genitive-agent"  # "X کی گولی کا نشانہ بن گیا"
    if on("roles.became-target") and _became_target(text, ref, clause):
        return "target", "roles.became-target"  # "پولیس کی گشتی ٹیم حملے کا نشانہ بن گئی"
    if (
        lead in _ACROSS_TARGET_LEAD
        and ref.value.role == "perpetrator"  # a kind of attacker, not an owner: "برادری کے دکانداروں کی"
        and on("roles.genitive-agent-across-target")
    ):
        across = _ACROSS_TARGET.match(text, ref.end, clause.end)
        if across is not None and across.start(1) in actor_starts and across.end() in clause.trigger_starts:
            return "perpetrator", "roles.genitive-agent-across-target"  # "X کے Y کی چوکی پر حملے"
    if (
        lead in _CROWD_ENTERED_LEAD
        and ref.value.actor_type is ActorType.CIVILIANS
        and _CROWD_ENTERED.match(after)
        and on("roles.owner-of-entered-crowd")
    ):
        return "target", "roles.owner-of-entered-crowd"  # "X کے ہجوم میں گھس کر دھماکا کیا"
    if lead in _GENITIVE_PAST_FEMININE_LEAD and on("roles.genitive-agrees-past-feminine"):
        past = _GENITIVE_PAST_FEMININE.match(text, ref.end, clause.end)
        if past is not None and _masculine_event_at(text, clause, past.end()):
            return "perpetrator", "roles.genitive-agrees-past-feminine"  # "X کے مسجد پر میزائل حملے"
    owner = _OWNER_OF_TARGET.match(after) if lead in _OWNER_OF_TARGET_LEAD else None
    near = owner  # what the genitive heads right after the actor, which may be a party or a place
    if owner is None and on("roles.owner-chain"):
        owner = (_OWNER_OF_TARGET_CHAIN.match(after) if lead in _OWNER_OF_TARGET_CHAIN_LEAD else None) or (
            _OWNER_OF_ONE.match(after) if lead in _OWNER_OF_ONE_LEAD else None
        )
    if owner is None and (
        lead in _OWNER_OF_COORDINATED_LEAD and _owner_of_coordinated(text, ref, clause, actor_starts)
    ):
        return "target", "roles.owner-of-coordinated"  # "X کے گھروں اور عبادت گاہوں کو"
    party = near is not None and ref.end + near.start(1) in actor_starts
    if (
        party
        and near is not None
        and on("roles.owner-of-crowd")
        # "کے", as a masculine crowd word before a postposition takes it ("X کی ہجوم پر فائرنگ": X fired)
        and near.group(0).split()[0] == "کے"
        and near.group(1).split()[0] in _CROWD_NOUNS
    ):
        party = False  # "X کے ہجوم پر فائرنگ": X owns the crowd struck, no doer facing a party
    if party and on("roles.genitive-agent-before-party"):
        # "X کی Y پر فائرنگ": Y is a party, so X is the doer of the event noun, not Y's owner.
        acted = _next_start(trigger_starts, ref.end) is not None
        return ("perpetrator" if acted else None), "roles.genitive-agent-before-party"
    headed = ref.end + near.start(1) if near is not None else -1  # what the genitive heads
    # "X کے کمانڈ سینٹر کو": a site is owned, unlike the place in "X کی لبنان پر"
    owned_site = headed in site_starts and on("roles.owner-of-site")
    aimed_at_place = headed in place_starts and not owned_site
    if aimed_at_place and on("roles.genitive-agent-before-place"):
        # "X کی لبنان پر بمباری": a place owns no target, so X is the doer of the event noun.
        event = _next_start(trigger_starts, ref.end)
        if event is not None and event - ref.end <= 40:
            return "perpetrator", "roles.genitive-agent-before-place"
    if _counted_subject_dies(text, ref, clause, casualty_starts, actor_starts):
        return "target", "roles.counted-subject-dies"  # "چار شدت پسند آواران میں ... مارے گئے"
    told = casualty is not None and casualty < clause.end  # a casualty word later in the clause
    if re.search(r"\d\s?$", before) and (told or not on("roles.counted-needs-casualty")):
        # "2 حملہ آور موٹر سائیکل پر آئے اور فائرنگ کر دی": a count alone makes no victim
        return "target", "roles.counted-victims"
    if owner is not None and on("roles.event-as-object"):
        owned = ref.end + owner.start(1)
        i = bisect.bisect_left(trigger_starts, owned)
        armament = on("roles.owned-weapon") and any(w.start == owned for w in clause.weapons)
        if i < len(trigger_starts) and trigger_starts[i] == owned and not armament:
            # "X کے حملے کو ناکام بنا دیا": what is acted on is X's event, so X is its doer
            return "perpetrator", "roles.event-as-object"
        if armament:
            # "حوثیوں کے میزائل لانچرز کو تباہ کر دیا": X's weapons were struck, not fired
            return "target", "roles.owned-weapon"
    if (
        owner is not None
        or (_NEAR.match(after) if lead in _NEAR_LEAD else None)
        or (_OWNED_NEAR.match(after) if lead in _OWNED_NEAR_LEAD else None)
    ):
        return "target", "roles.owner-of-target"
    if lead in _OWNER_OF_DESCRIBED_SITE_LEAD and _owner_of_described_site(text, ref, clause, actor_starts):
        return "target", "roles.owner-of-described-site"  # "پولیس کی بکتر بند گاڑی پر"
    if lead in _OWNER_OF_SITE_INSIDE_LEAD and _owner_of_site_inside(text, ref, clause, actor_starts):
        return "target", "roles.owner-of-site-inside"  # "ایف سی کے کیمپ میں خودکش دھماکا"
    if lead in _OWNER_OF_DESTROYED_LEAD and _owner_of_destroyed(text, ref, clause, trigger_starts):
        return "target", "roles.owner-of-destroyed"  # "باغیوں کے تین ٹھکانے تباہ ہو گئے"
    if (lead in _OWNED_COMPOUND_LEAD and _OWNED_COMPOUND.match(after)) and on("roles.owner-compound"):
        return "target", "roles.owner-compound"  # "ایف سی ہیڈکوارٹرز پر حملہ"
    if (
        casualty is not None
        and casualty < clause.end
        and (_BELONGS.match(after) if lead in _BELONGS_LEAD else None)
    ):
        return "target", "roles.casualty-subject"
    if lead in _GENITIVE_AGENT_LEAD and _GENITIVE_AGENT.match(after):
        reported = _SPEECH_NOUN_BEFORE.search(text, max(clause.start, ref.start - 20), ref.start)
        if reported is not None and on("roles.speech-by"):
            return None, "roles.speech-by"  # "جس کی تصدیق X کی جانب سے کی گئی": X only speaks
        acted = _acts_before_speech(text, ref, clause, trigger_starts, need_trigger=False)
        return ("perpetrator" if acted else None), "roles.genitive-agent"
    if after.startswith((" کی ", " کے ", " کا ")):
        counted = _MEMBERS_COUNTED.match(text, ref.end, clause.end) if lead in _MEMBERS_COUNTED_LEAD else None
        if counted is None and lead in _MEMBERS_COUNTED_LEAD and on("roles.members-any-count"):
            counted = _MEMBERS_COUNTED_LARGE.match(text, ref.end, clause.end)  # "X کے بارہ جنگجو"
        if counted is not None and casualty == counted.end() and on("roles.members-counted"):
            return "target", "roles.members-counted"  # "ہزارہ برادری کے 20 افراد جاں بحق"
        if (
            counted is None
            and casualty is not None
            and lead in _MEMBERS_COUNTED_LEAD
            and _MEMBER_COUNTED_ONE.fullmatch(text, ref.end, casualty) is not None
            # "X کا ایک وفد زخمیوں کی عیادت کو پہنچا": the casualty word is a noun, no one fell
            and _OBLIQUE_PLURAL_WORD.match(text, casualty) is None
            and on("roles.member-counted-one")
        ):
            return "target", "roles.member-counted-one"  # "تحریک X کا ایک کارکن جاں بحق"
        if (
            lead in _MEMBERS_COUNTED_LEAD
            and _MEMBERS_ACTED.match(text, ref.end, clause.end)
            and on("roles.members-counted-acted")
            and _acts_before_speech(text, ref, clause, trigger_starts)
        ):
            return "perpetrator", "roles.members-counted-acted"  # "X کے سینکڑوں افراد نے دھرنا دیا"
        if casualty is not None and casualty - ref.end <= 6:
            return "target", "roles.casualty-subject"  # "X کی ہلاکت": X died
        i = bisect.bisect_right(trigger_starts, ref.end)
        nxt = clause.triggers[i] if i < len(trigger_starts) and trigger_starts[i] - ref.end <= 22 else None
        if (
            nxt is not None
            and nxt.start - ref.end <= 6
            and on("roles.genitive-target-killing")
            and (killing := _TARGET_KILLING_OF.match(text, ref.end)) is not None
        ):
            # "پولیس اہلکاروں کی ٹارگٹ کلنگ": X was killed; "X کی ٹارگٹ کلنگ کی وارداتوں میں ملوث":
            # X suffered deeds charged to others, and takes no part in the event told
            charged = _CHARGED_LATER.search(text, killing.end(), min(clause.end, killing.end() + 80))
            return (None if charged else "target"), "roles.genitive-target-killing"
        if nxt is not None and nxt.value.kind in _PATIENT_KINDS and nxt.start - ref.end <= 6:
            return "target", "roles.genitive-patient"  # "X کے اغوا", "X کا قتل": X suffered it
        armed = nxt is not None and any(ref.end < w.start < nxt.start for w in clause.weapons)
        if nxt is not None and ref.value.role == "target" and not armed:
            return "target", "roles.owner-of-target"  # "تاجر کی دکان دھماکے میں تباہ": hers was hit
        if (
            nxt is not None
            and on("roles.genitive-agent-across-place")
            and _may_qualify(ref.value)
            and _across_place(text, ref.end, nxt.start, place_starts)
        ):
            return "perpetrator", "roles.genitive-agent-across-place"  # "X کی خان یونس میں بمباری"
        if nxt is not None and on("roles.owner-of-place") and _OWNED_PLACE.match(text, ref.end, nxt.start):
            # "X کے جلسے میں دھماکا", "X کے شہر Y میں حملہ": the genitive's head is a place, not
            # the event noun, so X did not do it. (Whether X was struck the sentence leaves
            # open: "X کے شہر" only says where.)
            return None, "roles.owner-of-place"
        if nxt is not None:
            said = _speech(after, 0, len(after))
            return (None if said else "perpetrator"), "roles.genitive-agent"
    if lead in _ROBBED_FROM_LEAD and _robbed_from(text, ref, clause):
        return "target", "roles.robbed-from"  # "ڈاکوؤں نے ایک تاجر سے نقدی چھیننے کی کوشش کی"
    marked = after.startswith((" پر", " کو"))
    if (
        not marked
        and name_end is not None
        and name_end < clause.end
        and text.startswith((" پر", " کو"), name_end)
        and not _object_of_no_event(text, ref, clause, casualty_starts)
    ):
        if ref.value.actor_type is ActorType.CIVILIANS:
            return "target", "roles.label-then-name"  # "صحافی X Y کو قتل کر دیا": the name before the marker
        # "کانسٹیبل X Y کو شہید کر دیا": a member's name is only read before a marker that an event
        # or casualty word follows ("اہلکار جائے وقوعہ پر پہنچ گئے" names no one)
        reach = min(clause.end, name_end + _MEMBER_NAME_REACH)
        if any(name_end < p < reach for p in casualty_starts) or any(
            name_end < p < reach for p in clause.trigger_starts
        ):
            return "target", "roles.member-then-name"
    if marked:
        if (
            after.startswith(" کو")
            and on("roles.attacker-killed")
            and _ATTACKER.search(text, ref.start, ref.end)
            and casualty_starts
        ):
            return "perpetrator", "roles.attacker-killed"  # "پولیس نے حملہ آور کو گولی مار کر ہلاک کر دیا"
        if _object_of_no_event(text, ref, clause, casualty_starts):
            return None, "roles.object-of-no-event"  # "گرفتار افراد نے حملہ آور کو رہائش فراہم کی"
        if on("roles.sheltered") and _SHELTERED.match(text, ref.end, clause.end) is not None:
            return None, "roles.sheltered"  # "جن پر شدت پسندوں کو پناہ دینے کا الزام ہے"
        if (
            lead in _TARGETING_TOPIC_LEAD
            and on("roles.targeting-as-topic")
            and _TARGETING_TOPIC.match(text, ref.end, clause.end) is not None
        ):
            return None, "roles.targeting-as-topic"  # "مسافروں کو نشانہ بنانے کے الزام کی تردید"
        return "target", "roles.case-marker"
    return None, "roles.none"


#: "کو پناہ دینے", "کو شہر میں رہائش فراہم کی": shelter or help given to the one before "کو"
#: (at most three words between), who is helped, not struck (roles.sheltered).
_SHELTERED = lazy_compile(
    rf"\sکو(?:\s[^\s۔،,]+){{0,3}}?\s(?:{word_alternation('shelter_noun')})\s(?:{word_alternation('giving_verb')})(?!\w)"
)


#: "کو نشانہ بنانے کے الزام", "کو دانستہ نشانہ بنانے پر شدید احتجاج", "کے جواب میں": the
#: targeting is a verbal noun that a genitive or postposition makes the topic of a charge, a
#: protest, a condemnation, a denial or an answer, not the event told (roles.targeting-as-topic).
_TARGETING_TOPIC = lazy_compile(
    r"\sکو\s(?:[^\s۔،,]+\s)?نشانہ\sبنانے\s(?:کے|کی|کا|پر)\s(?:[^\s۔،,]+\s)?"
    rf"(?:{word_alternation('reaction_topic_noun')})(?!\w)"
)
#: A count in hundreds right before people: "180 ", "سینکڑوں ".
_HUNDREDS_BEFORE = lazy_compile(
    rf"(?:(?<![\w.,])\d{{3,}}|(?<!\w)(?:{word_alternation('multitude_number')}))\s$"
)
#: A calendar period ("رواں ماہ", "گزشتہ سال") in the sentence before the people counted.
_CALENDAR_PERIOD = lazy_compile(rf"(?<!\w)(?:{word_alternation('calendar_period')})(?!\w)")


def _tallied_arrested(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the unnamed people at ``ref`` are counted in hundreds in an arrest clause whose
    sentence names a calendar period ("رواں ماہ ... 1100 آپریشنز کے دوران 180 مشتبہ افراد کو
    گرفتار کیا"): a running total's arrested, no actor of the event told (roles.tallied-arrested)."""
    if not on("roles.tallied-arrested") or not any(h.value.kind == "arrest" for h in clause.triggers):
        return False
    if _HUNDREDS_BEFORE.search(text[max(clause.start, ref.start - 12) : ref.start]) is None:
        return False
    lo = max(text.rfind("۔", 0, ref.start) + 1, ref.start - 160)
    return _CALENDAR_PERIOD.search(text, lo, ref.start) is not None


def _object_of_no_event(
    text: str, ref: Hit[ActorTerm], clause: Clause, casualty_starts: Sequence[int]
) -> bool:
    """Whether the actor at ``ref`` is an object marked with "کو" in a clause with no event word,
    and with no casualty word or weapon after it ("حکومت نے متاثرہ تاجروں کو معاوضہ دینے کا
    اعلان کیا", "انتظامیہ نے مکینوں کو گھروں میں رہنے کی ہدایت کی"): the verb it is the object of
    does no violence, so it is no target (roles.object-of-no-event). "X کو ہلاک کر دیا" and "X کو
    گولیاں ماریں" keep their target."""
    if not on("roles.object-of-no-event") or clause.trigger_starts or not text.startswith(" کو", ref.end):
        return False
    casualty = _next_start(casualty_starts, ref.end)
    if casualty is not None and casualty < clause.end:
        return False
    return not any(w.start >= ref.end for w in clause.weapons)


#: "سے" and at most four words before a verb of robbing: "سے نقدی چھیننے", "سے موبائل فون چھین".
_ROBBED_FROM = lazy_compile(rf"\sسے(?:\s[^\s۔،,]+){{0,4}}?\s(?:{word_alternation('snatch_verb')})(?!\w)")


def _robbed_from(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the person at ``ref`` is the one robbed ("ڈاکوؤں نے ایک تاجر سے نقدی چھیننے کی
    کوشش کی اور مزاحمت پر اسے قتل کر دیا"): what is taken from someone is taken by force, so
    the one robbed is the victim (``roles.robbed-from``). Attackers and sites are left alone."""
    if ref.value.site or ref.value.role == "perpetrator" or not clause.triggers:
        return False
    return on("roles.robbed-from") and _ROBBED_FROM.match(text, ref.end, clause.end) is not None


def _told_addressee(after: str) -> bool:
    """Whether the words after an actor make it the one told ("پولیس کو بتایا",
    "پولیس کو اطلاع دی"): an addressee of speech is neither side of the event."""
    return on("roles.told-addressee") and _TOLD_AFTER.match(after) is not None


def _aftermath_object(after: str) -> bool:
    """Whether the words after an actor make it what was closed, spared or served around the
    event ("سکول کو بند کر دیا گیا", "شہریوں کو نقصان سے بچانے"): not what was attacked."""
    return on("roles.aftermath-object") and _AFTERMATH_AFTER.match(after) is not None


#: "X کی [place] میں [event]": a feminine genitive, a place's name and "میں" right before the event noun.
_ACROSS_PLACE = lazy_compile(r" کی ((?:[^\W\d]+ ){1,3})میں ")


def _accuses(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref``, marked by the ergative, accuses another: "X نے Y پر حملے کا
    الزام عائد کیا" (within a short reach, before the clause ends)."""
    return _ACCUSES.search(text, ref.end, min(clause.end, ref.end + 90)) is not None


#: "X کے قتل کے خلاف", "X کی گرفتاری کے خلاف": a deed done to X, then what a protest is against.
_GRIEVANCE_OF = prefiltered(
    lazy_compile(rf"\s(?:{word_alternation('genitive')})\s(?:[^\W\d]+\s){{1,2}}?کے\sخلاف\s")
)


def _aimed_at_owned(text: str, ref: Hit[ActorTerm], clause: Clause) -> str | None:
    """What is aimed against something of the actor's at ``ref`` ("X کے Y کے خلاف [event]"):
    ``"protest"`` when a protest is, as in "علاقہ عمائدین نے پولیس اہلکاروں کے قتل کے خلاف دھرنا
    دیا" (the officers' killing is protested, and the protest strikes no one); ``"event"`` when
    another event noun follows, as in "شدت پسندوں کے ٹھکانوں کے خلاف آپریشن" (X's hideouts are
    struck, so X is); ``None`` when no event noun follows closely."""
    grievance = _GRIEVANCE_OF.match(text, ref.end, clause.end)
    if grievance is None:
        return None
    aimed = _next_start(clause.trigger_starts, grievance.end() - 1)
    if aimed is None or aimed - grievance.end() > 25:
        return None
    return "protest" if _protest_at(clause, aimed) else "event"


def _protest_at(clause: Clause, start: int) -> bool:
    """Whether the clause's event noun at ``start`` is a protest: what a protest is against
    ("مہنگائی کے خلاف", "حکومت کے خلاف مظاہرہ") is not attacked, so it is no target."""
    return any(h.start == start and h.value.kind == "protest" for h in clause.triggers)


def _own_forces_acted(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` says that its own people or arms did the clause's act: in
    "اسرائیلی فوج نے کہا کہ اس کے طیاروں نے حماس کے ٹھکانے کو نشانہ بنایا" the army speaks
    of its own strike, so it is the doer, not only a speaker (an event noun must follow, and
    its people must not only answer an attack: "اس کے اہلکاروں نے ... فائرنگ کا جواب دیا")."""
    own = _OWN_FORCES_SAID.match(text, ref.end, clause.end)
    if own is None or _next_start(clause.trigger_starts, own.end()) is None:
        return _own_forces_did(text, ref, clause)
    at = own.end() - len("نے") - 1  # the ergative of the body's own people
    return _ANSWERED.match(text, at, clause.end) is None and _RESPONDED.match(text, at, clause.end) is None


def _own_forces_did(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` says that its own people did the deed it names first ("X نے
    کہا کہ بازار میں دھماکہ اس کے ایک رکن نے کیا"): the event noun is the fronted object of "کیا",
    and X, whose people did it, is its doer (roles.own-forces-did)."""
    if not on("roles.own-forces-did"):
        return False
    m = _OWN_FORCES_DID.match(text, ref.end, clause.end)
    if m is None and on("roles.own-member-after-fronted"):
        m = _OWN_FORCES_DID_FRONTED.match(text, ref.end, clause.end)
    if m is None:
        return False
    said = m.start(1) - 1
    event = _next_start(clause.trigger_starts, ref.end)
    return event is not None and event < said


def _across_place(text: str, end: int, event: int, place_starts: frozenset[int]) -> bool:
    """Whether the genitive after the actor ending at ``end`` reaches across a place's own
    name to the event noun at ``event``: in "اسرائیلی فوج کی خان یونس میں بمباری" the "کی"
    agrees with "بمباری", and the place only says where. A common noun for a place after the
    genitive ("X کے شہر Y میں") makes the place the genitive's head instead, and masculine
    "کے" may agree with a place as well; neither is read here."""
    m = _ACROSS_PLACE.match(text, end, event)
    return m is not None and m.end() == event and m.start(1) in place_starts


#: "... کا نشانہ بن گئی", "... کی زد میں آ گئے": the subject of the clause was struck.
_STRUCK = lazy_compile(
    r"\s(?:کا\sنشانہ\sبن(?:ا|ی|ے|\s?گیا|\s?گئی|\s?گئے|\s?گئیں)|کی\sزد\sمیں\sآ(?:یا|ئی|ئے|\s?گیا|\s?گئی|\s?گئے)"
    r"|سے\sٹکرا(?:ئی|یا|ئے|\s?گئی|\s?گیا|\s?گئے))(?!\w)"
)
#: How far after an actor (characters) "کا نشانہ بن" is looked for.
_STRUCK_REACH = 60


def _became_target(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` is (or owns) the subject of "... کا نشانہ بنا" ("was made
    the target of"): "پولیس اہلکار فائرنگ کا نشانہ بن گئے", "پولیس کی گشتی ٹیم حملے کا نشانہ بن
    گئی". An actor in the genitive of the event or weapon noun ("دہشت گردوں کی فائرنگ کا
    نشانہ", "X کی گولی کا نشانہ") is its doer and is left to the genitive rules."""
    struck = _STRUCK.search(text, ref.end, min(clause.end, ref.end + _STRUCK_REACH))
    if struck is None:
        return False
    gen = _GENITIVE.match(text, ref.end)
    if gen is None:
        return True
    head = gen.end()
    return head not in clause.trigger_starts and not any(w.start == head for w in clause.weapons)


def _struck_by_its_weapon(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` owns the weapon that made someone its target ("پاکستانی
    فوج کی گولی کا نشانہ بن گیا", "دہشت گردوں کی گولیوں کا نشانہ بنے"): it fired it."""
    gen = _GENITIVE.match(text, ref.end)
    if gen is None or not any(w.start == gen.end() for w in clause.weapons):
        return False
    weapon = next(w for w in clause.weapons if w.start == gen.end())
    return _STRUCK.match(text, weapon.end) is not None


def _struck_by_device(ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether a planted device ("سڑک کنارے نصب بم", "بارودی سرنگ") is named right after the
    actor, with no case marker between: "پولیس وین سڑک کنارے نصب بم سے ٹکرا گئی" tells what
    the device struck, not who planted it."""
    i = bisect.bisect_right(clause.trigger_starts, ref.end)
    if i == len(clause.trigger_starts) or clause.trigger_starts[i] != ref.end + 1:
        return False
    return clause.triggers[i].value.sub_event_type is SubEventType.REMOTE_EXPLOSIVE


def _attributive_agent(ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` stands right before an event noun it qualifies
    ("اسرائیلی بمباری", "طالبان حملے"): the event is its doing. Civilians so placed name
    whom the event struck ("شہری آبادی پر بمباری") and are left alone."""
    if not _may_qualify(ref.value):
        return False
    trigger_starts = clause.trigger_starts
    i = bisect.bisect_left(trigger_starts, ref.start)
    heads = (  # "پولیس مقابلے": the actor begins a longer event noun
        i < len(trigger_starts) and trigger_starts[i] == ref.start and clause.triggers[i].end > ref.end
    )
    return heads or _next_start(trigger_starts, ref.end - 1) == ref.end + 1


def _weapon_named_agent(ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` is a force named with its weapon, and the weapon begins the
    event noun right after it ("امریکی ڈرون حملے میں"): the event is the force's doing."""
    if not _may_qualify(ref.value) or not on("roles.weapon-named-agent"):
        return False
    trigger_starts = clause.trigger_starts
    i = bisect.bisect_right(trigger_starts, ref.start)
    return i < len(trigger_starts) and trigger_starts[i] < ref.end < clause.triggers[i].end


#: A genitive and at most one word before a force's aircraft: "کے ", "کے جنگی ", "کی ".
_OWN_AIRCRAFT_GAP = lazy_compile(r"\s(?:کے|کی)\s(?:[^\W\d]+\s)?")


def _acts_by_its_aircraft(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` owns aircraft or drones that act with the ergative ("X کے
    طیاروں نے", "X کے جنگی طیاروں نے ... بمباری کی"): a force strikes through its aircraft, so it
    did the deed (roles.aircraft-of-force). Civilians, sites and unnamed people own none."""
    if not on("roles.aircraft-of-force") or not _may_qualify(ref.value) or not clause.triggers:
        return False
    gap = _OWN_AIRCRAFT_GAP.match(text, ref.end, clause.end)
    if gap is None:
        return False
    return any(
        w.value.sub_event_type is SubEventType.AIR_DRONE_STRIKE
        and ref.end < w.start <= gap.end()
        and _OWN_AIRCRAFT_GAP.fullmatch(text, ref.end, w.start) is not None
        and _ERGATIVE_AFTER.match(text, w.end) is not None
        for w in clause.weapons
    )


#: "نے علاقے کا محاصرہ کر کے سرچ آپریشن شروع کر دیا": the agent's verb begins a search.
_SEARCH_BEGUN = lazy_compile(
    rf"\s{word_alternation('ergative')}\s(?:[^\s۔]+\s){{0,10}}?(?:{word_alternation('search_noun')})\s(?:{word_alternation('onset_word')})(?!\w)"
)


def _search_begun(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the force at ``ref`` is the agent of a search it begins ("حملے کے بعد X نے علاقے
    کا محاصرہ کر کے سرچ آپریشن شروع کر دیا"): a search begun responds to the event, so the force
    took no part in it (roles.search-begun)."""
    if not ref.value.security or not on("roles.search-begun"):
        return False
    return _SEARCH_BEGUN.match(text, ref.end, clause.end) is not None


#: "X نے ... مغوی کو بازیاب کرا لیا": the verb of a recovery or rescue the ergative subject did,
#: up to sixteen words after نے within the clause.
_RESCUED_AFTER = lazy_compile(
    rf"\s{word_alternation('ergative')}\s(?:[^\s۔]+\s){{0,16}}?({word_alternation('rescue_verb', 'start')})"
)
#: "... کے ٹھکانے پر چھاپہ": a raid on a place someone holds, which strikes those there.
_RAID_ON = lazy_compile(rf"\sپر\s(?:{word_alternation('raid_noun')})(?!\w)")


def _rescuer(text: str, ref: Hit[ActorTerm], clause: Clause, casualty_starts: Sequence[int]) -> bool:
    """Whether the ergative subject at ``ref`` recovers or rescues captives ("پولیس نے کارروائی کر
    کے مغوی کو بازیاب کرا لیا"): the recovery ends the abduction, so its doer took no part in it
    (roles.rescuer). Not when a casualty word or a strong event word other than an abduction
    stands between the subject and the verb ("X نے دو اغوا کاروں کو ہلاک کر کے مغوی کو بازیاب
    کرا لیا": X fought), nor when the subject raided a place on the way ("X نے ڈاکوؤں کے ٹھکانے
    پر چھاپہ مار کر"): the raid struck those there, and X is a party to it."""
    if not on("roles.rescuer"):
        return False
    found = _RESCUED_AFTER.match(text, ref.end, clause.end)
    if found is None:
        return False
    verb = found.end()
    if any(ref.end <= c < verb for c in casualty_starts):
        return False
    if _RAID_ON.search(text, ref.end, found.start(1)) is not None:
        return False  # "X نے ڈاکوؤں کے ٹھکانے پر چھاپہ مار کر ...": X raided the captors
    return all(
        hit.value.sub_event_type is SubEventType.ABDUCTION or not hit.value.strong
        for hit in clause.triggers
        if ref.end <= hit.start < verb
    )


def _may_qualify(term: ActorTerm) -> bool:
    """Whether an actor placed before an event noun names its doer: a named group or a
    force, not civilians, sites or unnamed attackers ("دہشت گرد حملہ" only describes)."""
    if not on("roles.attributive-agent"):
        return False
    return term.actor_type not in (None, ActorType.CIVILIANS) and not term.unnamed and not term.site


#: "X سمیت 4 افراد": X is one of the people counted after it.
_INCLUDING = lazy_compile(rf"\s(?:{word_alternation('including')})((?:\s(?:\d+|[^\W\d]+)){{1,3}})")
_OBJECT_AFTER = lazy_compile(rf"\s(?:{word_alternation('struck_postposition')})(?!\w)")


#: One to three words of a personal name right before "سمیت" ("احمد خان سمیت").
_NAME_BEFORE_INCLUDING = lazy_compile(
    rf"(?:\s[^\W\d]{{2,}}){{1,3}}?(?=\s(?:{word_alternation('including')})(?!\w))"
)


#: " مولانا نور احمد ": an honorific and one to three words of a personal name, between a label and
#: the casualty word after them (roles.titled-name-victim).
_TITLED_NAME_GAP = lazy_compile(rf"\s(?:{word_alternation('name_honorific')})(?:\s[^\W\d]+){{1,3}}\s")


def _titled_name_then_casualty(
    text: str, ref: Hit[ActorTerm], actor_starts: frozenset[int], casualty: int
) -> bool:
    """Whether a personal name opened by an honorific stands between the actor's label and the
    casualty word right after it ("مسجد کے خطیب مولانا نور احمد جاں بحق", "دکاندار حاجی X زخمی"):
    the label names the one killed or injured, as a label right before the casualty word does,
    however long the name (roles.titled-name-victim). The words of the name may be no
    postposition, function word or actor of their own."""
    if not on("roles.titled-name-victim") or casualty <= ref.end:
        return False
    if _TITLED_NAME_GAP.fullmatch(text, ref.end, casualty) is None:
        return False
    pos = ref.end
    for w in text[ref.end : casualty].split()[1:]:
        at = text.index(w, pos)
        if at in actor_starts or w in _NOT_NAME or _AFTER_NAME.fullmatch(" " + w):
            return False
        pos = at + len(w)
    return True


def _past_personal_name(
    text: str, ref: Hit[ActorTerm], clause: Clause, actor_starts: frozenset[int]
) -> int | None:
    """Where a personal name written right after a civilian's label ends, when "سمیت" follows the
    name ("ایک صحافی احمد خان سمیت", "عالم دین مولانا X سمیت"): the label then shares the case of
    the group it is included in (``roles.including-past-name``). The words between may be no
    postposition, function word or actor of their own."""
    if not on("roles.including-past-name") or ref.value.actor_type is not ActorType.CIVILIANS:
        return None
    m = _NAME_BEFORE_INCLUDING.match(text, ref.end, clause.end)
    if m is None:
        return None
    pos = ref.end
    for w in m.group().split():
        at = text.index(w, pos)
        if at in actor_starts or w in _NOT_NAME or _AFTER_NAME.fullmatch(" " + w):
            return None
        pos = at + len(w)
    return m.end()


def _included_victim(text: str, end: int, clause_end: int, actor_starts: frozenset[int]) -> bool:
    """Whether the actor ending at ``end`` is included ("X سمیت") in a group that the
    sentence makes the object of the event ("... سمیت 4 افراد کو قتل").

    When the group is itself an actor ("X سمیت 24 زائرین کو") the group is the target and
    X only a detail of it.

    A group that died ("X سمیت 5 افراد جاں بحق") is left alone: reports name the group,
    and X there is often a detail of the count rather than an actor.
    """
    m = _INCLUDING.match(text, end, clause_end)
    if m is None:
        return False
    words = m.group(1).split()
    pos = m.start(1)
    for w in words:  # the counted group may be one to three words long
        at = text.index(w, pos)
        if at in actor_starts:
            return False
        pos = at + len(w)
        if _OBJECT_AFTER.match(text, pos):
            return True
    return False


#: What joins two coordinated actors: "X اور Y", "X و Y".
_AND = frozenset((" اور ", " و "))


def _shared_roles(
    text: str, hits: Sequence[Hit[ActorTerm]], roles: list[str | None], rules: list[str] | None = None
) -> list[str | None]:
    """Give an actor without a role the role of the actor it is coordinated with.

    In "X اور Y نے حملہ کیا" or "X اور Y پر فائرنگ" only Y stands before the case
    marker that tells the role; X shares it, and so does X in "X اور اس کے Y کو"
    (X and his kin). Sites and coordinated lists that end without a role are left
    alone. The id of the rule that shared a role goes into ``rules``.
    """
    kin = on("roles.coordinated-kin")
    for i in range(len(hits) - 2, -1, -1):
        a, b = hits[i], hits[i + 1]
        gap = text[a.end : b.start]
        plain = gap in _AND
        counted = _kin_counted(gap)
        victims = rules is not None and _victims_counted(text, a, gap, rules[i + 1])
        objects = rules is not None and not victims and _objects_counted(text, a, b, gap, rules[i + 1])
        listed = rules is not None and not victims and _victims_listed(text, a, gap, rules[i + 1])
        joined = (
            plain
            or counted
            or victims
            or objects
            or listed
            or (kin and _AND_THEIR.fullmatch(gap) is not None)
        ) and not (a.value.site or b.value.site)
        if joined and roles[i] is None and roles[i + 1] is not None:
            roles[i] = roles[i + 1]
            if rules is not None:
                rules[i] = (
                    "roles.listed-casualties"
                    if listed
                    else "roles.coordinated-casualties"
                    if victims
                    else "roles.coordinated-counted-objects"
                    if objects
                    else "roles.coordinated"
                    if plain
                    else "roles.coordinated-kin-counted"
                    if counted
                    else "roles.coordinated-kin"
                )
    return roles


def _owner_of_destroyed(
    text: str, ref: Hit[ActorTerm], clause: Clause, trigger_starts: Sequence[int]
) -> bool:
    """Whether what the genitive after the actor heads is said to be destroyed ("باغیوں کے تین
    ٹھکانے تباہ ہو گئے"): its owner was struck. An event noun owned ("X کی بمباری") is no
    possession."""
    if not on("roles.owner-of-destroyed"):
        return False
    m = _OWNED_DESTROYED.match(text, ref.end, clause.end)
    if m is None:
        return False
    owned = m.start(1)
    return not any(owned <= t < m.end(1) for t in trigger_starts)


#: A count right before an actor, in figures, number words or a vague count: "چار ", "متعدد ".
_COUNTED_SUBJECT = lazy_compile(
    rf"(?<!\w)(?:{'|'.join(UNIT_WORDS[1:])}|{word_alternation('vague_count')}|\d+) $"
)


#: A case marker or postposition right after a noun: "X نے", "X پر", "X کے".
_MARKED = lazy_compile(
    rf"\s(?:{word_alternation('ergative')}|کو|پر|سے|میں|{word_alternation('limit_postposition')}|کے|کی|کا|سمیت)(?!\w)"
)


def _counted_subject_dies(
    text: str,
    ref: Hit[ActorTerm],
    clause: Clause,
    casualty_starts: Sequence[int],
    actor_starts: frozenset[int],
) -> bool:
    """Whether the actor at ``ref``, counted and unmarked, is the subject of an intransitive
    casualty verb later in its clause ("چار شدت پسند آواران میں سرچ آپریشن کے دوران فائرنگ کے
    تبادلے میں مارے گئے"): the count and the verb frame the subject, whatever adverbials stand
    between, so it is who died or was hurt (``roles.counted-subject-dies``). Only for the
    usual doers (militants, robbers), whom the lexicon would make the perpetrator; not when
    another actor or an ergative comes first, nor when the verb is made transitive ("ہلاک کر
    دیا"), nor for attackers, whose own death ``roles.attacker-killed`` reads."""
    if not on("roles.counted-subject-dies") or ref.value.role != "perpetrator":
        return False  # only the usual doers need it: others are no side without a marker
    if _ATTACKER.search(text, ref.start, ref.end):
        return False
    if _COUNTED_SUBJECT.search(text, max(clause.start, ref.start - 12), ref.start) is None:
        return False
    if _MARKED.match(text, ref.end) is not None:
        return False  # "تین افراد نے", "ایک دکاندار پر": a case marker gives the role
    casualty = _next_start(casualty_starts, ref.end - 1)
    if casualty is None or casualty >= clause.end or _MADE.match(text, casualty) is not None:
        return False
    between = [s for s in actor_starts if ref.end < s < casualty]
    if between:
        # "شدت پسند فورسز سے جھڑپ میں مارے گئے": only the other side of the fight may stand between
        side = _fought_with().search(text, ref.end, casualty) if on("roles.fought-with") else None
        if side is None or any(s > side.start() for s in between):
            return False
    return _ERGATIVE.search(text, ref.end, casualty) is None


#: "سے" and a noun of a fight: "سے جھڑپ", "سے مقابلے", "سے فائرنگ کے تبادلے".
_FOUGHT_WITH = lazy_compile(rf"\sسے\s(?:{word_class('fought_with_noun')})")
#: The same with "کے ساتھ" and an article: "کے ساتھ ایک مقابلے میں", "کے ساتھ جھڑپ".
_FOUGHT_ALONGSIDE = lazy_compile(rf"\s(?:سے|کے\sساتھ)\s(?:ایک\s)?(?:{word_class('fought_with_noun')})")


def _fought_with() -> re.Pattern[str]:
    """The pattern of the other side of a fight: "X سے جھڑپ", and with
    ``roles.fought-alongside`` also "X کے ساتھ ایک مقابلے"."""
    return _FOUGHT_ALONGSIDE if on("roles.fought-alongside") else _FOUGHT_WITH


def _fought_before_casualty(
    text: str, ref: Hit[ActorTerm], clause: Clause, casualty_starts: Sequence[int]
) -> bool:
    """Whether the actor at ``ref`` is named as the other side of a fight ("X سے جھڑپ", "X سے
    مقابلے", "X سے فائرنگ کے تبادلے") in a clause that then tells a death or an injury with
    no transitive verb: who died or was hurt is the clause's subject, and X, whom they
    fought, is the perpetrator (``roles.fought-with``)."""
    if not on("roles.fought-with"):
        return False
    side = _fought_with().match(text, ref.end)
    if side is None:
        return False
    casualty = _next_start(casualty_starts, side.end())
    return casualty is not None and casualty < clause.end and _MADE.match(text, casualty) is None


#: "اور" and the count of the next victims: "ایک ایف سی اہلکار اور دو شہری زخمی".
_AND_COUNTED = lazy_compile(
    rf" (?:{word_alternation('conjunction_and')}) (?:{'|'.join(UNIT_WORDS[1:])}|\d+) "
)
#: The same with one word between the count and the next actor: "اور چار افغان " (a nationality
#: or other qualifier the actor's name leaves out; roles.counted-qualified).
_AND_COUNTED_QUALIFIED = lazy_compile(
    rf" (?:{word_alternation('conjunction_and')}) (?:{'|'.join(UNIT_WORDS[1:])}|\d+) [^\W\d]+ "
)


#: A count right before an actor: "ایک ", "دو ", "12 ".
_COUNT_BEFORE = lazy_compile(rf"(?<!\w)(?:{'|'.join(UNIT_WORDS[1:])}|\d+) $")


def _counted_gap(gap: str) -> bool:
    """Whether ``gap`` is "اور" and the next actor's count, maybe with one word between the count
    and the actor ("اور چار افغان " before "شہری")."""
    if _AND_COUNTED.fullmatch(gap) is not None:
        return True
    return on("roles.counted-qualified") and _AND_COUNTED_QUALIFIED.fullmatch(gap) is not None


#: A count and one word right before an actor: "دو جرمن ", "تین مقامی ".
_COUNT_QUALIFIED_BEFORE = lazy_compile(rf"(?<!\w)(?:{'|'.join(UNIT_WORDS[1:])}|\d+) [^\W\d]+ $")


def _counted_first(text: str, first: Hit[ActorTerm]) -> bool:
    """Whether a count stands right before ``first``, or a count and one word ("دو جرمن فوجی")."""
    if _COUNT_BEFORE.search(text, max(0, first.start - 12), first.start) is not None:
        return True
    return (
        on("roles.counted-qualified")
        and _COUNT_QUALIFIED_BEFORE.search(text, max(0, first.start - 30), first.start) is not None
    )


def _victims_counted(text: str, first: Hit[ActorTerm], gap: str, second_rule: str) -> bool:
    """Whether ``gap`` joins ``first``, itself counted, to victims counted after it whose role
    the casualty gives ("ایک ایف سی اہلکار اور دو شہری زخمی", "دو پولیس اہلکار اور ایک راہگیر
    جاں بحق"): the list counts the dead or hurt, and ``first`` shares their role. Unnamed
    attackers ("دو شدت پسند اور ...") are left to their own reading."""
    return (
        second_rule == "roles.casualty-subject"
        and not (first.value.unnamed and first.value.role == "perpetrator")
        and _counted_gap(gap)
        and _counted_first(text, first)
        and on("roles.coordinated-casualties")
    )


def _objects_counted(
    text: str, first: Hit[ActorTerm], second: Hit[ActorTerm], gap: str, second_rule: str
) -> bool:
    """Whether ``gap`` joins ``first``, itself counted, to people counted after it whom "کو"
    marks as the event's object ("12 مزدوروں اور دو انجینئروں کو اغوا کر لیا", "دو مزدوروں اور ایک
    چوکیدار کو قتل کر دیا"): the counts do not break the list, and ``first`` is as much the
    object as the last named (roles.coordinated-counted-objects). Unnamed attackers are left to
    their own reading."""
    return (
        second_rule == "roles.case-marker"
        and text.startswith(" کو", second.end)
        and not (first.value.unnamed and first.value.role == "perpetrator")
        and _counted_gap(gap)
        and _counted_first(text, first)
        and on("roles.coordinated-counted-objects")
    )


#: A comma and the count of the next victims: "ایک سب انسپکٹر، دو کانسٹیبل اور ...".
_COMMA_COUNTED = lazy_compile(rf"[،,] (?:{'|'.join(UNIT_WORDS[1:])}|\d+) ")
#: The rules that read an actor as one of the dead or hurt of a list's last member.
_LISTED_VICTIM_RULES = frozenset(
    (
        "roles.casualty-subject",
        "roles.coordinated-casualties",
        "roles.listed-casualties",
        "roles.planted-device",
    )
)


def _victims_listed(text: str, first: Hit[ActorTerm], gap: str, second_rule: str) -> bool:
    """Whether ``gap`` joins ``first``, itself counted, to the next counted member of a list of
    the dead or hurt (roles.listed-casualties): members joined by a comma ("ایک سب انسپکٹر، دو
    کانسٹیبل اور ایک ڈرائیور زخمی") or by "اور" before victims struck by a planted device ("ایک
    پولیس افسر اور ایک راہگیر بم دھماکے میں زخمی") all share the victims' role, not only the last
    two. Unnamed attackers are left to their own reading."""
    if second_rule not in _LISTED_VICTIM_RULES or (first.value.unnamed and first.value.role == "perpetrator"):
        return False
    if _COUNT_BEFORE.search(text, max(0, first.start - 12), first.start) is None:
        return False
    comma = _COMMA_COUNTED.fullmatch(gap) is not None
    device = second_rule == "roles.planted-device" and _AND_COUNTED.fullmatch(gap) is not None
    return (comma or device) and on("roles.listed-casualties")


#: A body's genitive and the count and rank or post of its member before "اور": "فوج کا ایک
#: کرنل", "پاک فوج کے ایک کیپٹن" (roles.owned-ranks-listed).
OWNED_COUNTED = lazy_compile(
    rf" (?:{word_alternation('genitive')}) (?:{'|'.join(UNIT_WORDS[1:])}|\d+) "
    rf"[^\W\d]+(?: (?!(?:{word_alternation('conjunction_and')})(?!\w))[^\W\d]+)?"
)


def _owned_ranks_listed(
    text: str,
    hits: Sequence[Hit[ActorTerm]],
    members_end: dict[int, int],
    roles: list[str | None],
    rules: list[str],
) -> None:
    """Give a body named with the count and rank of its member ("فوج کا ایک کرنل اور ایک میجر
    شہید", "فوج کے ایک کیپٹن اور دو سپاہیوں کو شہید کر دیا") the role of the counted victims
    joined to that member by "اور": the member is one of the dead or hurt, and the body names
    him (roles.owned-ranks-listed; ``roles`` and ``rules`` change in place)."""
    for i in range(len(hits) - 1):
        a, b = hits[i], hits[i + 1]
        end = members_end.get(a.start, a.end)
        if roles[i] is not None or roles[i + 1] is None or end == a.end:
            continue
        if rules[i + 1] not in _LISTED_VICTIM_RULES or a.value.site or b.value.site:
            continue
        if (
            OWNED_COUNTED.fullmatch(text, a.end, end) is None
            or _AND_COUNTED.fullmatch(text, end, b.start) is None
        ):
            continue
        if on("roles.owned-ranks-listed"):
            roles[i] = roles[i + 1]
            rules[i] = "roles.owned-ranks-listed"


#: "X اپنے دو بیٹوں": the head, "اپنے"/"اپنی" and perhaps the count of the companions after it.
_OWN_COUNTED = lazy_compile(
    rf" ا(?<!\wا)پن[ےی] (?:(?:\d+|{'|'.join(UNIT_WORDS[1:11])}|{word_alternation('vague_count')}) )?"
)
#: "سمیت" (or "بشمول") right after the companions.
_INCLUDING_AFTER = lazy_compile(rf" (?:{word_alternation('including')})(?!\w)")


def _with_own_companions(text: str, clause: Clause) -> None:
    """In "X اپنے (دو) Y سمیت" ("ایک ٹیچر اپنے دو بچوں سمیت جاں بحق", "ایک اہلکار اپنے بیٹے
    سمیت زخمی") X and his companions Y went through the same: the one the sentence read as a
    target gives that role to the other (roles.with-own-companions; ``clause.actors`` changes
    in place)."""
    actors = clause.actors
    for i in range(len(actors) - 1):
        a, b = actors[i], actors[i + 1]
        if a.term.site or b.term.site or (a.role is None) == (b.role is None):
            continue
        if (
            _OWN_COUNTED.fullmatch(text, a.end, b.start) is None
            or _INCLUDING_AFTER.match(text, b.end) is None
        ):
            continue
        j, k = (i, i + 1) if a.role is None else (i + 1, i)
        victim = actors[k]
        if victim.role != "target" or victim.by_default or not on("roles.with-own-companions"):
            continue
        actors[j] = evolve(actors[j], role="target", rule="roles.with-own-companions")


def _kin_counted(gap: str) -> bool:
    """Whether the words between two actors join the first to its kin or companions counted
    after it ("X اور اس کے دو بیٹوں کو"): X then shares their role."""
    return on("roles.coordinated-kin-counted") and _AND_THEIR_COUNTED.fullmatch(gap) is not None


def _between_sides(
    text: str,
    hits: Sequence[Hit[ActorTerm]],
    clause: Clause,
    roles: list[str | None],
    rules: list[str],
    ends: Sequence[int] | None = None,
) -> None:
    """In "X اور Y کے درمیان جھڑپ" the two sides of the fight are named together: the first
    is its doer and the second whom it was fought against (``roles`` and ``rules`` change in
    place). ``ends`` gives where each side ends with the members named after it, if any
    ("X اور Y کے کارکنوں کے درمیان": see :func:`_side_ends`)."""
    for i in range(len(hits) - 1):
        a, b = hits[i], hits[i + 1]
        a_end, b_end = _side_ends(a, b, i, ends)
        gap = text[a_end : b.start]
        if a.value.site or b.value.site:
            continue
        if gap in _AND:
            # "X اور Y کے درمیان جھڑپ", "X اور Y میں جھڑپ"
            m = _BETWEEN.match(text, b_end, clause.end)
            reach = 25 if m is None or not m.group().endswith("میں") else 2
        elif gap in (" کی ", " کے ") and on("roles.clash-with"):
            m = _WITH.match(text, b.end, clause.end)  # "X کی Y کے ساتھ جھڑپ"
            reach = 2
        else:
            continue
        event = _next_start(clause.trigger_starts, b.end) if m is not None else None
        if m is None or event is None:
            continue
        placed = False
        if event - m.end() > reach:
            placed = gap in _AND and on("roles.between-sides-place")
            placed = placed and _placed_between(text, m.end(), event, clause)
            if not placed:
                continue
        roles[i], roles[i + 1] = "perpetrator", "target"
        rule = "roles.between-sides-place" if placed else "roles.between-sides"
        if (a_end, b_end) != (a.end, b.end) and not placed:
            rule = "roles.between-sides-members"  # "X اور Y کے جنگجوؤں کے درمیان"
        rules[i] = rules[i + 1] = rule if gap in _AND else "roles.clash-with"
        if on("roles.crowd-side") and _crowd(b.value) and not _crowd(a.value):
            # "پولیس اور مظاہرین کے درمیان جھڑپیں": the crowd is the doer, whichever is named first
            roles[i], roles[i + 1] = "target", "perpetrator"
            rules[i] = rules[i + 1] = "roles.crowd-side"
        elif on("roles.between-sides-struck") and _first_side_struck(
            a.value, b.value, hits[i + 2 :], event, clause
        ):
            # "فورسز اور مسلح افراد کے درمیان تصادم میں دو اہلکار زخمی": the side that fell was struck
            roles[i], roles[i + 1] = "target", "perpetrator"
            rules[i] = rules[i + 1] = "roles.between-sides-struck"


def _armed_side(term: ActorTerm) -> bool:
    """Whether the actor is an armed side that is no force of a state: militants, gunmen, robbers."""
    return not term.security and not term.site and term.actor_type not in (None, ActorType.CIVILIANS)


def _first_side_struck(
    a: ActorTerm, b: ActorTerm, rest: Sequence[Hit[ActorTerm]], event: int, clause: Clause
) -> bool:
    """Whether, in "X اور Y کے درمیان جھڑپ", the people counted after the fight ("... میں دو
    سکیورٹی اہلکار زخمی") are all of the first side X, a force where Y is armed men or armed
    men where Y is a force: X was struck, and Y is the doer (``roles.between-sides-struck``)."""
    fallen = [h.value for h in rest if event < h.start < clause.end and not h.value.site]
    if not fallen:
        return False
    if a.security and _armed_side(b):
        return all(v.security for v in fallen)
    if b.security and _armed_side(a):
        return all(_armed_side(v) for v in fallen)
    return False


def _side_ends(a: Hit[ActorTerm], b: Hit[ActorTerm], i: int, ends: Sequence[int] | None) -> tuple[int, int]:
    """Where the sides ``a`` (the ``i``-th actor) and ``b`` end: a side named with its members
    ("پیپلز پارٹی اور تحریک انصاف کے کارکنوں کے درمیان", "طالبان اور داعش کے جنگجوؤں کے
    درمیان") ends after them, and "کے درمیان" comes there."""
    if ends is None or not on("roles.between-sides-members"):
        return a.end, b.end
    return ends[i], ends[i + 1]


#: A locative adjunct: a few words with no punctuation, ending in "میں" right before the event noun.
_LOCATIVE_ADJUNCT = lazy_compile(r"\s(?:[^\s،۔,:؛]+\s){1,8}میں\s")


def _placed_between(text: str, end: int, event: int, clause: Clause) -> bool:
    """Whether only a place phrase stands between "کے درمیان" (ending at ``end``) and the event
    noun at ``event``: in "X اور Y کے درمیان ضلع خیبر کے علاقے باغ میں جھڑپ" the place says where
    the two sides fought and does not part them from the fight."""
    adjunct = _LOCATIVE_ADJUNCT.fullmatch(text, end, event)
    return adjunct is not None and any(end < p.start < event for p in clause.places)


def _crowd(term: ActorTerm) -> bool:
    """Whether the actor is a crowd: protesters or rioters."""
    return term.actor_type in (ActorType.PROTESTERS, ActorType.RIOTERS)


#: "X اور اس کے Y": X and his (her, their) Y, the second one named by its tie to the first.
_AND_THEIR = lazy_compile(
    rf" (?:{word_alternation('conjunction_and')}) (?:{word_alternation('own_possessor_pronoun')}) "
    rf"(?:{word_alternation('genitive')}) "
)
#: "X اور اس کے دو بیٹوں": X and his kin, counted (roles.coordinated-kin-counted).
_AND_THEIR_COUNTED = lazy_compile(
    rf" (?:{word_alternation('conjunction_and')}) (?:{word_alternation('own_possessor_pronoun')}) "
    rf"(?:{word_alternation('genitive')}) "
    rf"(?:\d+|{'|'.join(UNIT_WORDS[1:11])}|{word_alternation('vague_count')}) "
)


#: A casualty word made a transitive verb: "ہلاک کر دیا", "زخمی کر دیے".
_MADE = lazy_compile(r"\S+\s(?:کر ?دی[اے]?|کر ڈالا|کیا|کیے)(?!\w)")


def _killed_by(text: str, ref: Hit[ActorTerm], clause: Clause, casualty_starts: Sequence[int]) -> bool:
    """Whether the agent at ``ref`` ("X نے") is the subject of a transitive casualty verb
    ("X نے ... چار شدت پسند ہلاک کر دیے") before any reporting verb."""
    window = min(clause.end, ref.end + _ROLE_WINDOW)
    i = bisect.bisect_right(casualty_starts, ref.end)
    if i == len(casualty_starts) or casualty_starts[i] >= window:
        return False
    pos = casualty_starts[i]
    return _MADE.match(text, pos) is not None and _speech(text, ref.end, pos) is None


#: A relative pronoun opening a clause with its own agent: "جس پر پولیس نے", "جس کے بعد فوج نے".
_RELATIVE_AGENT_AFTER = lazy_compile(
    rf"(?<!\w)(?:جس|جن)\s(?:[^\s۔،,]+\s){{1,4}}?{word_alternation('ergative')}(?!\w)"
)


def _agent_event(
    ref: Hit[ActorTerm], clause: Clause, text: str, trigger_starts: Sequence[int]
) -> Hit[TriggerTerm] | None:
    """The event the agent at ``ref`` carries out: the first trigger after it that heads the
    predicate, within reach (``None`` if there is none).

    The reach is longer than the other role windows': in long sentences the verb stands far
    after "X نے" ("X نے ... کارروائیوں کے دوران ... 9 مبینہ دہشت گرد گرفتار کر لیے";
    roles.agent-reach)."""
    window = min(clause.end, ref.end + (_AGENT_REACH if on("roles.agent-reach") else _ROLE_WINDOW))
    if on("roles.agent-reach"):
        # "X نے پولیس کو اطلاع دی جس پر Y نے بم ناکارہ بنا دیا": a relative clause's own agent
        # does what follows it
        other = _RELATIVE_AGENT_AFTER.search(text, ref.end, window)
        if other is not None:
            window = other.start()
    i = bisect.bisect_right(trigger_starts, ref.end)
    # An event noun inside an adverbial ("حملے میں", "دھماکے کے بعد") is not what the
    # agent did: the agent's event is the next one that heads the predicate.
    skip = on("roles.adverbial-event-noun")
    objects = on("roles.event-as-object")
    while i < len(trigger_starts) and trigger_starts[i] <= window:
        hit = clause.triggers[i]
        if objects and _EVENT_OBJECT.match(text, hit.end):
            i += 1  # "X نے اس حملے کو ... قرار دیا": X speaks of the event, or acts on it
            continue
        if skip and i < len(trigger_starts) - 1 and _ADVERBIAL.match(text, hit.end):
            i += 1
            continue
        return hit
    return None


#: An event noun marked as an object ("حملے کو"), or declared of something ("کارروائی قرار
#: دیا"): something is done to the event, or said of it.
_EVENT_OBJECT = lazy_compile(r"\s(?:کو|قرار)(?!\w)")

#: How far after "X کو" (characters) the verb it is the object of is looked for.
_OBJECT_REACH = 30


def _event_of(text: str, a: ActorRef, clause: Clause) -> str | None:
    """The kind of the event the actor is an argument of, read from its case frame: the
    agent's event ("X نے ... گرفتار کیا"), or the verb right after an object ("X کو حراست
    میں لیا"); ``None`` when the sentence does not say."""
    ref = Hit(a.start, a.end, a.key, a.term)
    if a.rule == "roles.ergative-agent":
        hit = _agent_event(ref, clause, text, clause.trigger_starts)
        return hit.value.kind if hit is not None else None
    if a.rule == "roles.arrested-object":
        return "arrest"
    if a.role == "target" and text.startswith(" کو", a.end):
        nxt = _next_start(clause.trigger_starts, a.end)
        if nxt is not None and nxt - a.end <= _OBJECT_REACH:
            return clause.triggers[clause.trigger_starts.index(nxt)].value.kind
    return None


def _acts_before_speech(
    text: str,
    ref: Hit[ActorTerm],
    clause: Clause,
    trigger_starts: Sequence[int],
    *,
    need_trigger: bool = True,
) -> bool:
    """Whether a trigger follows the actor before any reporting verb ("نے کہا", "تصدیق")."""
    window = min(clause.end, ref.end + _ROLE_WINDOW)
    speech = _speech(text, ref.end, window)
    hit = _agent_event(ref, clause, text, trigger_starts)
    if hit is None:
        return not need_trigger and speech is None
    if _HANDLED.match(text, hit.end):
        return False  # "X نے دھماکے کی تحقیقات شروع کر دیں": X deals with the event
    if on("roles.addressed-event") and _ADDRESSED.match(text, hit.end):
        return False  # "X نے دھرنے سے خطاب میں مطالبہ کیا": X speaks to those at the event
    if speech is not None and on("roles.reporting-subject") and _ADVERBIAL.match(text, hit.end):
        # "X نے حملے میں دو سپاہیوں کی ہلاکت کی تصدیق کی": the event noun sits in an
        # adverbial, and the verb that heads the predicate reports; X only speaks.
        return False
    return speech is None or speech.start() > hit.start


#: At most this many words stand between a place in the genitive and the weapon it qualifies.
_ORIGIN_WORDS = 3
#: The genitive after a place, and the words up to a weapon: no case marker or punctuation
#: ("فرانس کے کروز میزائل", not "غزہ کے اسپتال پر بم", nor "میر علی کے قریب ڈرون حملے": a word
#: for nearness keeps the place where it happened).
_ORIGIN_GAP = lazy_compile(
    rf" (?:{word_alternation('genitive')}) ((?:(?!(?:{word_alternation('origin_gap_stop')})"
    r"(?!\w))\w+ ){0," + str(_ORIGIN_WORDS) + "})"
)


def _weapon_origin(text: str, place: PlaceRef, weapon_starts: frozenset[int]) -> bool:
    """Whether the place only says whose or where-made a weapon is ("برطانیہ کے میزائل سے")."""
    m = _ORIGIN_GAP.match(text, place.end)
    if m is None:
        return False
    return any(pos in weapon_starts for pos in _word_starts(m.start(1), m.group(1)))


def _word_starts(start: int, words: str) -> list[int]:
    """Where each word of ``words`` (found at ``start``, each followed by one space) starts, and
    where the word after them does."""
    out = [start]
    for w in words.split(" ")[:-1]:
        out.append(out[-1] + len(w) + 1)
    return out


@functools.cache
def _title_pattern() -> re.Pattern[str]:
    """Office titles that take the place they serve after them, as the end of a text."""
    titles = sorted(word_list("title_before_place"), key=len, reverse=True)
    # "محکمہ انسداد دہشت گردی (سی ٹی ڈی) پنجاب": the short name in brackets still names the office.
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, titles)) + r")\)? \Z")


@functools.cache
def _title_reach() -> int:
    """How far before a place an office title may start: its longest title and a space."""
    return max(map(len, word_list("title_before_place")), default=0) + 1


#: "X نے بتایا", "X نے کہا": an official who speaks.
_OFFICIAL_SAID = lazy_compile(
    rf"\s{word_alternation('ergative')}\s(?:{word_alternation('reporting_verb')})(?!\w)"
)
#: After an office's place, the officer's name (up to four words), "نے" and up to eight words
#: before the speech verb: "ایس ایس پی جامشورو X Y نے موقع پر میڈیا سے بات کرتے ہوئے بتایا"
#: (places.office-of-named-speaker).
_OFFICER_NAMED_SAID = lazy_compile(
    rf"(?:\s[^\W\d]+){{0,4}}?\s{word_alternation('ergative')}\s(?:[^\s۔،,]+\s){{0,8}}?(?:{word_alternation('reporting_verb')})(?!\w)"
)
#: "سول ہسپتال کوئٹہ", "ٹراما سینٹر پشاور": a hospital named by its town, the town after it.
_HOSPITAL_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('transfer_site')})\s\Z")
#: "مردان میڈیکل کمپلیکس کے ترجمان": a hospital named by its town whose spokesman speaks.
_HOSPITAL_SPEAKS = lazy_compile(rf"\s(?:{word_alternation('transfer_site')})(?:{_SPEAKER_AFTER.pattern})")


#: A hospital word that ends a place's name: "سول ہسپتال", "لیڈی ریڈنگ اسپتال", "X میڈیکل کمپلیکس".
_HOSPITAL_END = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('transfer_site')})\Z"))
#: Right after a town, the hospital word it names: "مردان میڈیکل کمپلیکس", "سول ہسپتال".
_HOSPITAL_NAMED_BY = lazy_compile(rf"\s(?:{word_alternation('transfer_site')})(?!\w)")
#: After a hospital, a genitive and (in at most six words: a title and a name) one of its staff
#: who speaks: "کے میڈیکل سپرنٹنڈنٹ ڈاکٹر X Y نے بتایا", "کے ایم ایس ڈاکٹر X کے مطابق", "کے ترجمان
#: کا کہنا"; up to eight words may stand between "نے" and the verb ("کے ایک عہدیدار نے نام ظاہر نہ
#: کرنے کی شرط پر بتایا").
_HOSPITAL_STAFF_SAID = lazy_compile(
    rf"\s(?:کے|کی)(?:\s[^\W\d]+){{1,6}}?"
    rf"(?:\s{word_alternation('ergative')}\s(?:[^\s۔،,]+\s){{0,8}}?(?:{word_alternation('reporting_verb')})|\sکے\sمطابق"
    r"|\s(?:کا|کی)\sکہنا)(?!\w)"
)


def _hospital_official_speaks(text: str, place: PlaceRef) -> bool:
    """Whether the place is a hospital whose staff speak right after it ("بولان میڈیکل کمپلیکس کے
    میڈیکل سپرنٹنڈنٹ نے بتایا", "سول ہسپتال کے ایم ایس کے مطابق"): where the dead and hurt were
    brought and counted, not where the event was, even in a clause that counts them
    (places.hospital-official-speaks)."""
    if _HOSPITAL_END.search(text, max(0, place.end - 16), place.end) is not None:
        return _HOSPITAL_STAFF_SAID.match(text, place.end) is not None
    # "مردان میڈیکل کمپلیکس کے ...": the town that names the hospital
    m = _HOSPITAL_NAMED_BY.match(text, place.end)
    return m is not None and _HOSPITAL_STAFF_SAID.match(text, m.end()) is not None


def _officer_named_said(text: str, place: PlaceRef, clause: Clause) -> bool:
    """Whether the officer named after the office's place speaks before any event word of the
    clause ("ڈی پی او بنوں احمد خان نے میڈیا سے گفتگو کرتے ہوئے بتایا کہ ... حملہ"): the place
    names the speaker's office, the event is told after the speech verb
    (places.office-of-named-speaker)."""
    if not on("places.office-of-named-speaker"):
        return False
    m = _OFFICER_NAMED_SAID.match(text, place.end)
    return m is not None and all(h.start >= m.end() for h in clause.triggers)


def _office_speaks(text: str, place: PlaceRef, clause: Clause) -> bool:
    """Whether the place only names the office of an official who speaks ("ڈی آئی جی کوئٹہ کے
    مطابق", "ڈی پی او بنوں نے بتایا"), or the hospital whose spokesman speaks ("سول ہسپتال کوئٹہ
    کے ترجمان", "مردان میڈیکل کمپلیکس کے ترجمان"), in a clause that tells no event of its own:
    no place of the clause (rule ``places.office-is-no-clause-place``)."""
    if title_before(text, place) and (
        not clause.triggers
        or _OFFICIAL_SAID.match(text, place.end)
        or _SPEAKER_AFTER.match(text, place.end)
        or _officer_named_said(text, place, clause)
    ):
        return True  # "ڈی پی او کرک کا کہنا تھا کہ ...": the speaker's office, the event told elsewhere
    if on("places.hospital-official-speaks") and _hospital_official_speaks(text, place):
        return True  # "X ٹیچنگ ہسپتال کے ایم ایس نے کہا کہ ... لاشیں لائی گئیں"
    if clause.triggers:
        return False
    if _HOSPITAL_SPEAKS.match(text, place.end):
        return True
    return (
        _SPEAKER_AFTER.match(text, place.end) is not None
        and _HOSPITAL_BEFORE.search(text, max(0, place.start - 16), place.start) is not None
    )


def title_before(text: str, place: PlaceRef) -> bool:
    """Whether an office title stands right before the place ("آئی جی خیبر پختونخوا", "ڈی پی او
    بنوں", "وزیراعلیٰ پنجاب"): the place names the office."""
    return on("places.title-before-place") and bool(
        _title_pattern().search(text, max(0, place.start - _title_reach()), place.start)
    )


#: "لاہور میں دہشت گردی کی منصوبہ بندی", "کراچی میں حملے کا منصوبہ", "لاہور پر حملے کی تیاری":
#: a place an attack was planned for.
_PLANNED_AFTER = lazy_compile(
    rf"\s(?:میں|پر)(?:\s(?!{word_alternation('ergative')}(?!\w))[^\s،۔,]+){{0,4}}\s(?:{word_alternation('genitive')})\s"
    rf"(?:{word_alternation('plan_noun')})(?!\w)"
)


#: "جو شمالی وزیرستان میں سرگرم ہے", "افغانستان میں مقیم تھے": where someone is based or active.
_BASED_AFTER = lazy_compile(
    rf"\sمیں\s(?:{word_alternation('based_predicate')})"
    r"(?:\s(?:عمل|رہے|رہا|رہی))?\s(?:ہے|ہیں|تھا|تھی|تھے|ہو)(?!\w)"
)


def _based_place(
    text: str, place: PlaceRef, dateline: PlaceRef | None, clause_places: Sequence[PlaceRef]
) -> bool:
    """Whether ``place`` only says where someone is based or active ("حملہ آوروں کا تعلق کالعدم
    تنظیم سے ہے جو شمالی وزیرستان میں سرگرم ہے") while the event has another place."""
    return bool(_BASED_AFTER.match(text, place.end)) and _placed_elsewhere(place, dateline, clause_places)


#: "برطانیہ میں قائم آبزرویٹری کا کہنا ہے": where a source is based, then the source and its
#: reporting words (within seven words: a body's name runs long, "سیرین آبزرویٹری فار ہیومن
#: رائٹس نے"), not where anything happened.
_SOURCE_BASED_AFTER = lazy_compile(
    rf"\sمیں\s(?:{word_alternation('based_participle')})\s"
    rf"(?!(?:{word_alternation('based_predicate_end')})(?!\w))"
    rf"(?:[^\s،۔]+\s){{1,7}}?(?:(?:{word_alternation('genitive')})\s(?:{word_alternation('source_genitive_noun')})|{word_alternation('ergative')})(?!\w)"
)


#: "کابل میں طالبان حکومت کے ترجمان نے دعویٰ کیا": where a spokesman speaks from.
_SPOKESMAN_AT = prefiltered(
    lazy_compile(
        rf"\sمیں\s(?:[^\s،۔]+\s){{0,5}}?(?:{word_alternation('spokesman_noun')})(?:\s[^\s،۔]+){{0,4}}?"
        rf"\s{word_alternation('ergative')}\s(?:{word_alternation('reporting_verb')})(?!\w)"
    )
)


def _spokesman_place(place: PlaceRef, clause_places: Sequence[PlaceRef]) -> bool:
    """Whether ``place`` is where a spokesman speaks from ("سرینگر میں فوج کے ترجمان نے دعویٰ کیا
    کہ ... ضلع X میں"), while the clause names another place for the event (rule
    ``places.spokesman-at``)."""
    return any(
        not q.site and q.key != place.key and (q.start >= place.end or q.end <= place.start)
        for q in clause_places
    )


#: "راولپنڈی اور اسلام آباد کے درمیان ٹریفک": the two ends of a route, not where anything was.
_BETWEEN_AFTER = lazy_compile(r"\s(?:اور\s[^\s،۔,]+(?:\s[^\s،۔,]+)?\s)?کے\sدرمیان(?!\w)")


def _planned_place(
    text: str, place: PlaceRef, dateline: PlaceRef | None, clause_places: Sequence[PlaceRef]
) -> bool:
    """Whether ``place`` is where an attack was only planned ("دو دہشت گردوں کو گرفتار کر لیا جو
    لاہور میں دہشت گردی کی منصوبہ بندی کر رہے تھے") while the event has another place (the
    dateline or another place of its clause)."""
    if not _PLANNED_AFTER.match(text, place.end):
        return False
    return _placed_elsewhere(place, dateline, clause_places)


#: A police station's noun right before a name: "تھانہ X".
_STATION_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('police_station')})\s$")


#: After a place: its genitive and a police station or post ("X کے تھانے", "X کی پولیس چوکی").
_STATION_OF = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:(?:{word_alternation('police_station')})"
    rf"|پولیس\s(?:{word_class('force_building')})|چوکی|چیک\sپوسٹ)(?!\w)"
)


def _station_of(text: str, place: PlaceRef) -> bool:
    """Whether ``place`` owns the police station or post named after it ("مستونگ کے تھانے پر
    حملہ", "X کے پولیس اسٹیشن پر"): a building that stands there, not a body the place titles,
    so the place is where the event happened (rule ``places.station-of-place``)."""
    return _STATION_OF.match(text, place.end) is not None and on("places.station-of-place")


def _station_named(text: str, place: PlaceRef) -> bool:
    """Whether ``place`` names a police station ("تھانہ X کی پولیس موبائل"): the police after it
    are the station's, and X stays where the event happened (rule ``places.police-station-name``)."""
    return _STATION_BEFORE.search(text, max(0, place.start - 8), place.start) is not None and on(
        "places.police-station-name"
    )


def _placed_elsewhere(place: PlaceRef, dateline: PlaceRef | None, clause_places: Sequence[PlaceRef]) -> bool:
    """Whether the clause's event has a place other than ``place``: the dateline or another
    town of the clause."""
    elsewhere = dateline is not None and dateline.start != place.start
    return elsewhere or any(q.end <= place.start or q.start >= place.end for q in clause_places if not q.site)


def _near_dateline(place: PlaceRef, dateline: PlaceRef | None) -> bool:
    """Whether ``place`` may lie in the dateline's city or district ("کراچی: لیاری میں"): not
    known to the gazetteer, or in the same district."""
    if dateline is None or dateline.place is None:
        return False
    if place.place is None:
        return True
    district = str(getattr(place.place, "admin2", None) or "")
    own = str(getattr(dateline.place, "admin2", None) or "")
    city = str(getattr(dateline.place, "name_en", None) or "")
    return bool(district) and (district == own or (bool(city) and district.startswith(city)))


def _grievance_place(
    text: str, place: PlaceRef, dateline: PlaceRef | None, clause_places: Sequence[PlaceRef]
) -> bool:
    """Whether ``place`` is where the wrong a protest is against happened ("غزہ میں اسرائیلی
    جارحیت کے خلاف", "چلاس کے قریب بس پر فائرنگ کے واقعے کے خلاف") and the protest has another
    place to be at (the dateline or another place of the clause)."""
    if not _GRIEVANCE_AFTER.match(text, place.end) or _near_dateline(place, dateline):
        return False
    if on("places.grievance-owner-no-elsewhere"):
        # "ضلع کرک کے علاقے تخت نصرتی میں X کے خلاف": the district that owns the place says where it
        # lies, no other place for the protest.
        clause_places = [
            q
            for q in clause_places
            if not (q.end <= place.start and _GENITIVE_LINK.fullmatch(text, q.end, place.start))
        ]
    if on("places.turned-scene-protest") and _opens_turned_scene(text, place, clause_places):
        # "ادھر منگل کی صبح ضلع کرک کے علاقے تخت نصرتی میں X کے خلاف احتجاج": the sentence turns to this
        # place; the dateline left behind is no other place for the protest.
        return any(q.start >= place.end for q in clause_places if not q.site)
    return _placed_elsewhere(place, dateline, clause_places)


#: A district's or province's noun ending the stretch before the places that own a place ("ضلع").
_OWNER_NOUN_AT_END = lazy_compile(
    rf"(?:\s(?:{word_alternation('district_level_noun')}|{word_alternation('province_level_noun')}))+\s*$"
)
#: Words that open a sentence turning to another scene ("ادھر", "دوسری جانب", "دریں اثنا").
_TURNED_OPENING = lazy_compile(rf"(?:{word_class('turn')})(?!\w)")
#: What may not stand between the turn word and the place: a doer, or another place's postposition.
_TURNED_GAP_STOP = lazy_compile(rf"(?<!\w)(?:{word_alternation('ergative')}|میں|پر|سے)(?!\w)|[،,:]")
#: The most letters between a sentence's turn word and its first place, besides the district
#: around it (a day and a time: "ادھر منگل کی صبح ").
_TURNED_SPAN = 30


def _opens_turned_scene(text: str, place: PlaceRef, clause_places: Sequence[PlaceRef]) -> bool:
    """Whether ``place`` opens a sentence that turns to another scene: after the turn word come
    at most a time and the places that own it ("ادھر منگل کی صبح ضلع کرک کے علاقے تخت نصرتی میں")."""
    reach = max(0, place.start - 120)
    head = max(text.rfind("۔", reach, place.start), text.rfind("\n", reach, place.start))
    if head < 0:
        return False
    start = head + 1
    while start < place.start and text[start].isspace():
        start += 1
    m = _TURNED_OPENING.match(text, start, place.start)
    if m is None:
        return False
    # The places that own this one ("ضلع کرک کے علاقے") are part of its description.
    gap_end = place.start
    for q in sorted(clause_places, key=lambda q: -q.start):
        if m.end() <= q.start and q.end <= gap_end and _GENITIVE_LINK.fullmatch(text, q.end, gap_end):
            gap_end = q.start
    gap = text[m.end() : gap_end]
    lead_noun = _OWNER_NOUN_AT_END.search(gap)
    gap = gap[: lead_noun.start()] if lead_noun else gap
    return len(gap) <= _TURNED_SPAN and _TURNED_GAP_STOP.search(gap) is None


def _titled(text: str, place: PlaceRef, actor_starts: frozenset[int]) -> bool:
    """Whether the place only qualifies a person or body ("مہاراشٹر کے سابق وزیر", "افغانستان کی
    عسکری تنظیم داعش")."""
    m = _GENITIVE.match(text, place.end)
    if m is None:
        return False
    if on("places.owner-of-described-area") and _DESCRIBED_AREA_AFTER.match(text, m.end()):
        return False  # "حلب کے شہری علاقوں پر بمباری": urban areas of حلب, not its citizens
    if (
        place.level >= 3
        and on("places.residents-of-settlement")
        and _SETTLEMENT_PEOPLE_AFTER.match(text, m.end()) is not None
    ):
        return False  # "گاؤں X کی شہری آبادی پر گولہ باری": X's people, struck where they live
    if m.end() in actor_starts or m.start() + 4 in actor_starts:
        return True
    d = _DESCRIPTOR.match(text, m.end())
    return d is not None and d.end() in actor_starts


def _mask_relative(text: str, clause: Clause) -> None:
    """Drop figures, places and triggers of a relative clause before the event it describes.

    In "غزہ میں 44 ہزار فلسطینیوں کو شہید کرنیوالے وزیراعظم کی رہائش گاہ پر بم پھینکے گئے"
    everything before "کرنیوالے" describes the target, not the event.
    """
    if not clause.triggers:
        return  # no event for a relative clause to describe
    # Every form has "وال": a clause without it is not searched ("ک" starts a try at many places).
    has_wal = text.find("وال", clause.start, clause.end) >= 0
    found = list(_RELATIVE_AGENT.finditer(text, clause.start, clause.end)) if has_wal else []
    m = found[-1] if found else None
    if m is None or not any(h.start >= m.end() for h in clause.triggers):
        return
    cut = m.end()
    # "X نے گاؤں پر بمباری کی جس میں کاشت کاری کرنے والے کسانوں کو ...": the participle describes
    # only what follows the relative pronoun; the main clause before it keeps its words.
    floor = _relative_floor(text, clause.start, m.start())
    # "روسی جنگی طیاروں نے شہر میں کام کرنے والے بجلی گھروں کو نشانہ بنایا": a participle takes no
    # ergative subject, so an event word ending in the main clause's "نے" is the main clause's.
    subject = _ergative_end(text, floor, m.start())
    # "غزہ میں 44 ہزار فلسطینیوں کو شہید کرنیوالے": the relative clause tells an event of its own.
    own_event = any(floor <= h.start < cut and h.end > subject for h in clause.triggers) or any(
        fig is not None and floor < fig.end <= cut for fig in (clause.killed, clause.injured)
    )
    told = clause.triggers
    clause.triggers = [h for h in clause.triggers if h.start >= cut or h.end <= max(floor, subject)]
    # "دیر الزور میں داعش نے ٹرفل اکٹھا کرنے والے شہریوں پر حملہ کیا": the relative clause starts
    # after the main clause's ergative subject; a place before that subject is the event's.
    agent = text.rfind(" نے ", clause.start, m.start()) if on("places.place-before-agent") else -1
    before = clause.places
    clause.places = [
        p
        for p in clause.places
        if p.start >= cut or p.end <= floor or (0 <= p.end <= agent and text.startswith(" میں", p.end))
    ]
    if agent >= 0 and clause.places and on("places.owners-before-agent"):
        clause.places = _with_owners(text, before, clause.places, agent)
    protesting = False
    if own_event and on("places.protesting-relative"):
        # "کلایہ میں گاڑی پر فائرنگ کے خلاف احتجاج کرنے والے مظاہرین نے سڑک بند کر دی": the participle is a
        # protest, and the wrong it is against is no event of the relative clause's own: the
        # people protesting are the doers of the main clause, and where they protested is its place.
        protesting = _protesting_relative(text, told, floor, m.start())
        own_event = not protesting
    elif on("places.protest-site-relative"):
        protesting = _protesting_relative(text, told, floor, m.start())
    if not clause.places and not own_event and on("places.relative-place-if-none"):
        # "مچھ میں کام کرنے والے مزدوروں کو قتل کر دیا گیا": where those described were is the
        # event's place when the main clause names none; "جناح روڈ پر احتجاج کرنے والے نرسوں پر":
        # where people protested on a road or before a building (places.protest-site-relative).
        on_site = protesting and on("places.protest-site-relative")
        clause.places = [
            evolve(p, rule="places.relative-place-if-none")
            for p in before
            if text.startswith(" میں", p.end)
            or _in_genitive_chain(text, p, before)
            or (on_site and _PROTEST_SITE_AFTER.match(text, p.end) is not None)
        ]
    for outcome in ("killed", "injured"):
        fig = getattr(clause, outcome)
        if fig is not None and floor < fig.end <= cut:
            setattr(clause, outcome, None)
    if on("roles.relative-clause"):
        # "44 ہزار فلسطینیوں کو شہید کرنیوالے وزیراعظم": whom the relative clause names took
        # part in the deed it describes, not in this event; an ergative subject ("X نے") is
        # no part of a participle and stays.
        clause.actors = [
            a
            for a in clause.actors
            if a.end > cut or a.end <= max(floor, subject) or text.startswith(" نے", a.end)
        ]


#: After a place in a relative clause of protest: on it or before it ("جناح روڈ پر", "اسمبلی کے سامنے").
_PROTEST_SITE_AFTER = lazy_compile(r"\s(?:پر|کے\sسامنے|کے\sباہر)(?!\w)")


def _protesting_relative(
    text: str, triggers: Sequence[Hit[TriggerTerm]], floor: int, participle: int
) -> bool:
    """Whether the relative clause from ``floor`` to the participle at ``participle`` tells a
    protest: its last event word stands right before the participle and is a protest word
    ("احتجاج کرنے والے", "مظاہرہ کرنے والے"); event words before it name what was protested."""
    inside = [h for h in triggers if floor <= h.start and h.end <= participle]
    return (
        bool(inside) and inside[-1].value.kind == "protest" and not text[inside[-1].end : participle].strip()
    )


#: A relative pronoun that opens a finite clause of its own: "جس میں", "جن سے".
_RELATIVE_PRONOUN = lazy_compile(r"(?<!\w)(?:جس|جن)(?!\w)")


def _ergative_end(text: str, start: int, end: int) -> int:
    """Where the last ergative "نے" between ``start`` and a participial relative at ``end`` ends,
    or -1: a participle ("کام کرنے والے") takes no ergative subject, so the event word that ends in
    that "نے" ("جنگی طیاروں نے", "ڈرون نے") is the main clause's subject, not part of the relative
    clause (triggers.subject-before-participle)."""
    if not on("triggers.subject-before-participle"):
        return -1
    found = [m.end() for m in _ERGATIVE.finditer(text, start, end)]
    return found[-1] if found else -1


def _relative_floor(text: str, start: int, end: int) -> int:
    """Where the stretch a participial relative ("کاشت کاری کرنے والے") describes can begin, in a
    clause from ``start`` to the participle at ``end``: after the last relative pronoun that opens a
    finite clause ("... بمباری کی جس میں کاشت کاری کرنے والے کسانوں کو"), since a participle does not
    reach back across it into the main clause (roles.relative-within-its-clause); else ``start``."""
    if not on("roles.relative-within-its-clause"):
        return start
    starts = [m.start() for m in _RELATIVE_PRONOUN.finditer(text, start, end)]
    return starts[-1] if starts else start


def _with_owners(text: str, places: Sequence[PlaceRef], kept: list[PlaceRef], agent: int) -> list[PlaceRef]:
    """``kept`` with the places before ``agent`` (where the main clause's ergative subject
    starts) that own a kept place in a genitive chain: in "بلوچستان کے ضلع کچھی کی تحصیل مچ میں
    مسلح افراد نے ... کام کرنے والے کان کنوں کو قتل کر دیا" the district and the province around
    the place before the subject are the event's too, not the relative clause's (rule
    ``places.owners-before-agent``)."""
    out = list(kept)
    for p in reversed(places):  # right to left: a chain grows toward its first owner
        if p.end > agent or p in out:
            continue
        if any(q.start > p.end and _GENITIVE_LINK.fullmatch(text, p.end, q.start) for q in out):
            out.append(p)
    return sorted(out, key=lambda p: p.start) if len(out) > len(kept) else kept


def _in_genitive_chain(text: str, place: PlaceRef, places: Sequence[PlaceRef]) -> bool:
    """Whether ``place`` is the owner of a later place of ``places`` in a genitive chain ("ضلع
    کچھی کی تحصیل مچھ میں"): up to two words and "کے"/"کی" join it to the next place."""
    return any(
        q.start > place.end and _GENITIVE_LINK.fullmatch(text, place.end, q.start) is not None for q in places
    )


#: Between an owner place and the place it holds: "کی تحصیل ", "کے ضلع ", " کے ".
_GENITIVE_LINK = lazy_compile(rf"\s(?:{word_alternation('genitive')})\s(?:\w+\s){{0,2}}")


#: "X کی جانب سے", "X کی طرف سے": by X's side.
_BY_SIDE = lazy_compile(r"\s(?:کی|کے)\s(?:جانب|طرف)\sسے(?!\w)")
#: "X اور اس کے اتحادیوں نے": a country acting together with others.
_ALLIED = lazy_compile(rf"\sاور(?:\s[^\W\d]+){{1,4}}\s{word_alternation('ergative')}(?!\w)")

_STATE_TERM = ActorTerm(
    actor_type=ActorType.STATE_FORCES, role=None, unnamed=False, security=True, english=None
)


#: The strikes a state carries out from afar, which its adjective or genitive may name
#: ("روسی میزائل حملے", "روس کے میزائل حملے").
_REMOTE_STRIKES = frozenset((SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE))
#: A genitive right after a name: "روس کے", "امریکہ کی".
_GENITIVE_AFTER = lazy_compile(rf" (?:{word_alternation('genitive')}) ")
#: A count of strikes between a country's genitive and the strike: "دو ", "کئی شدید ", "3 ".
_STRIKES_COUNTED = lazy_compile(
    rf"(?:(?:{word_alternation('small_count_word')}|\d+)\s)(?:(?:{word_alternation('count_adjective')})\s)?"
)


def _state_strike_after(text: str, end: int, clause: Clause) -> bool:
    """Whether the country whose name ends at ``end`` stands in the genitive of a strike from
    afar that begins right after it ("روس کے میزائل حملے", "امریکہ کے فضائی حملوں"), or after a
    count of the strikes ("امریکہ کے دو ڈرون حملوں", roles.state-genitive-counted): a weapon
    alone ("امریکہ کے میزائل") tells only whose the weapon was."""
    m = _GENITIVE_AFTER.match(text, end)
    if m is None:
        return False
    at = m.end()
    if on("roles.state-genitive-counted"):
        counted = _STRIKES_COUNTED.match(text, at)  # "امریکہ کے دو ڈرون حملوں"
        at = at if counted is None else counted.end()
    weapons = {(w.start, w.end) for w in clause.weapons}
    return any(
        h.start == at and (h.start, h.end) not in weapons and h.value.sub_event_type in _REMOTE_STRIKES
        for h in clause.triggers
    )


def _acting_states(text: str, clause: Clause, places: Sequence[PlaceRef]) -> None:
    """A country that acts ("فرانس نے ... فضائی حملے کیے", "روس اور اس کے اتحادیوں نے")
    is a state perpetrator."""
    for p in places:
        if p.level != 0 or any(a.start <= p.start < a.end for a in clause.actors):
            continue
        by = _BY_SIDE.match(text, p.end) if on("roles.state-by-side") else None
        if by is not None:
            # "روس کی جانب سے داغے گئے میزائل": what the country fired or did
            event = _next_start(clause.trigger_starts, by.end() - 1)
            armed = any(0 <= w.start - by.end() <= 30 for w in clause.weapons)
            said = (
                _speech(text, by.end(), min(clause.end, by.end() + 40)) is not None
            )  # "کی جانب سے ... الزام"
            if not said and (armed or (event is not None and event - by.end() <= 30)):
                clause.actors.append(
                    ActorRef(p.start, p.end, p.key, _STATE_TERM, "perpetrator", rule="roles.state-by-side")
                )
            continue
        if on("roles.state-genitive") and _state_strike_after(text, p.end, clause):
            # "روس کے میزائل حملے میں", "امریکہ کے فضائی حملوں میں": the country's own strike
            clause.actors.append(
                ActorRef(p.start, p.end, p.key, _STATE_TERM, "perpetrator", rule="roles.state-genitive")
            )
            continue
        if not (text.startswith(" نے", p.end) or _ALLIED.match(text, p.end)):
            continue
        ref = Hit(p.start, p.end, p.key, _STATE_TERM)
        if _acts_before_speech(text, ref, clause, clause.trigger_starts):
            clause.actors.append(
                ActorRef(p.start, p.end, p.key, _STATE_TERM, "perpetrator", rule="roles.acting-state")
            )
    clause.actors.sort(key=lambda a: a.start)


#: A state named by its adjective: like the actor lexicon's "اسرائیلی", no security force of its own.
_STATE_NAMED = ActorTerm(
    actor_type=ActorType.STATE_FORCES, role=None, unnamed=False, security=False, english=None
)
#: A country's adjective ("روسی", "امریکی"), which names the state in "روسی میزائل حملے".
_STATE_ADJECTIVE = lazy_compile(rf"(?:{words_first(word_alternation('state_adjective'))})(?= )")


#: A plural noun for unnamed groups of people fighting one another, counted, then "کے درمیان":
#: "دو قبائل کے درمیان", "دو خاندانوں کے مابین" (not "X کے دو گروہوں": X names them).
_FEUDING_SIDES = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?<!کے )(?<!کی )(?:دو|تین|\d+) ({word_alternation('feuding_side_noun')})"
        rf"(?= (?:کے|کی) (?:{word_alternation('between_postposition')})(?!\w))"
    )
)
#: The same counted groups, then "میں" and at most one word before the event noun: "دو گروپوں میں
#: فائرنگ", "2 خاندانوں میں خونی تصادم" (roles.feuding-sides-among; "میں" also means "into" or "in"
#: where no event noun follows at once: "دو گروپوں میں تقسیم").
_FEUDING_SIDES_AMONG = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?<!کے )(?<!کی )(?:دو ?|تین |\d+ ?)({word_alternation('feuding_side_noun')})"
        rf" (?:{word_alternation('among_postposition')}) (?:\w+ )?"
    )
)
#: The unnamed sides of a feud: people of one kind on both sides, of no type the words tell
#: (armed kinsmen or a brawling crowd: the weapons tell the event's type).
_FEUDING_TERM = ActorTerm(actor_type=None, role=None, unnamed=True, security=False, english=None)


#: "امریکی اور برطانوی", "امریکی، برطانوی اور فرانسیسی": country adjectives joined before one noun.
_STATE_ADJECTIVE_LIST = lazy_compile(
    rf"((?:{words_first(word_alternation('state_adjective'))})(?:(?:\s?،\s?|\sاور\s)(?:{word_alternation('state_adjective')}))*)\s"
)
#: One country adjective in such a list.
_ONE_STATE_ADJECTIVE = lazy_compile(_whole_words(word_alternation("state_adjective")))
#: "نے" after an aircraft or a drone: it is the agent of the strike.
_ERGATIVE_AFTER = lazy_compile(rf"\s?{word_alternation('ergative')}(?!\w)")


def _state_aircraft_and_lists(text: str, clause: Clause) -> None:
    """Country adjectives before an aircraft or a drone that is the agent of a strike ("برطانوی
    طیاروں نے", "امریکی اور برطانوی طیاروں نے بمباری کی") name the states that struck: each is a
    state perpetrator (roles.state-aircraft-agent). Adjectives joined by "اور" or a comma before an
    event noun or such an aircraft ("امریکی اور برطانوی فضائی حملوں میں") each name a state, as one
    adjective does (roles.state-adjective-list)."""
    aircraft_on = on("roles.state-aircraft-agent")
    list_on = on("roles.state-adjective-list")
    if not (aircraft_on or list_on):
        return
    aircraft = {
        w.start
        for w in clause.weapons
        if w.value.sub_event_type is SubEventType.AIR_DRONE_STRIKE and _ERGATIVE_AFTER.match(text, w.end)
    }
    weapons = {(w.start, w.end) for w in clause.weapons}
    heads = {
        h.start
        for h in clause.triggers
        if (h.start, h.end) not in weapons and h.value.sub_event_type in _REMOTE_STRIKES
    }
    if not aircraft and not heads:
        return
    added = False
    for m in _STATE_ADJECTIVE_LIST.finditer(text, clause.start, clause.end):
        head = m.end()
        first = _ONE_STATE_ADJECTIVE.match(text, m.start())
        joined = first is not None and m.end(1) > first.end()
        if head in aircraft and aircraft_on:
            rule = "roles.state-adjective-list" if joined else "roles.state-aircraft-agent"
        elif head in heads and joined:
            rule = "roles.state-adjective-list"
        else:
            continue
        if rule == "roles.state-adjective-list" and not list_on:
            continue
        for a in _ONE_STATE_ADJECTIVE.finditer(text, m.start(1), m.end(1)):
            same = [i for i, x in enumerate(clause.actors) if (x.start, x.end) == a.span() and x.role is None]
            if same:  # the adjective read as an actor with no role: the list gives it one
                i = same[0]
                ref = clause.actors[i]
                clause.actors[i] = evolve(ref, role="perpetrator", by_default=False, rule=rule)
                continue
            if any(x.start <= a.start() < x.end for x in clause.actors):
                continue
            clause.actors.append(
                ActorRef(a.start(), a.end(), a.group(), _STATE_NAMED, "perpetrator", rule=rule)
            )
            added = True
    if added:
        clause.actors.sort(key=lambda a: a.start)


#: Two names joined by "اور" before a plural noun of feuding groups and "کے درمیان": "X اور Y
#: قبائل کے درمیان" (groups 1 and 2: the names, one word each).
_NAMED_FEUDING_SIDES = prefiltered(
    lazy_compile(
        rf"(?<!\w)([^\W\d]{{2,}}) اور ([^\W\d]{{2,}}) (?:{word_alternation('feuding_side_noun')})"
        rf" (?:کے|کی) (?:{word_alternation('between_postposition')})(?!\w)"
    )
)

#: A plural noun of feuding groups and "کے درمیان": the tail of ``_NAMED_FEUDING_SIDES``.
_FEUDING_BETWEEN = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:{word_alternation('feuding_side_noun')})"
        rf" (?:کے|کی) (?:{word_alternation('between_postposition')})(?!\w)"
    )
)
#: One of two feuding groups the text names: kin or a tribe, ACLED's identity militia.
_NAMED_SIDE_TERM = ActorTerm(
    actor_type=ActorType.IDENTITY_MILITIA, role=None, unnamed=False, security=False, english=None
)


def _named_feuding_sides(text: str, clause: Clause) -> bool:
    """Groups the text names, two of one kind, said to fight one another ("X اور Y قبائل کے
    درمیان تصادم", "X اور Y خاندانوں کے مابین فائرنگ") are the two sides of the fight, and each
    is its perpetrator, as in a fight between two named groups (roles.named-feuding-sides).
    Whether it found them."""
    if not on("roles.named-feuding-sides"):
        return False
    if _FEUDING_BETWEEN.search(text, clause.start, clause.end) is None:
        return False  # the cheap part first: most clauses name no feuding groups at all
    found = False
    for m in _NAMED_FEUDING_SIDES.finditer(text, clause.start, clause.end):
        if _next_start(clause.trigger_starts, m.end()) is None:
            continue
        for g in (1, 2):
            start, end = m.span(g)
            if m.group(g) in _NOT_NAME or any(a.start < end and start < a.end for a in clause.actors):
                continue
            clause.actors.append(
                ActorRef(
                    start, end, m.group(g), _NAMED_SIDE_TERM, "perpetrator", rule="roles.named-feuding-sides"
                )
            )
            found = True
    if found:
        clause.actors.sort(key=lambda a: a.start)
    return found


#: Right after a group, its factions said to fight one another: "X کے مختلف گروپوں میں", "X کے دو
#: دھڑوں کے درمیان" (roles.factions-fought).
_FACTIONS_OF = lazy_compile(
    rf" کے (?:(?:{word_alternation('separate_adjective')}|دو|کئی|متعدد) )?"
    rf"(?:{word_alternation('feuding_side_noun')})"
    rf" (?:میں|(?:کے|کی) (?:{word_alternation('between_postposition')}))(?!\w)"
)


def _factions_fought(text: str, clause: Clause) -> bool:
    """A group whose factions are said to fight one another ("منڈی میں تاجروں کے مختلف
    گروپوں میں جھگڑا", "X کے دو دھڑوں کے درمیان فائرنگ") is both sides of the fight: the
    perpetrator, where the sentence gives it no other role and an event noun follows
    (roles.factions-fought). Whether it found one."""
    if not on("roles.factions-fought"):
        return False
    for i, a in enumerate(clause.actors):
        if a.role is not None and not a.by_default:
            continue
        m = _FACTIONS_OF.match(text, a.end, clause.end)
        if m is None or _next_start(clause.trigger_starts, m.end() - 1) is None:
            continue
        clause.actors[i] = evolve(a, role="perpetrator", by_default=False, rule="roles.factions-fought")
        return True
    return False


def _feuding_sides(text: str, clause: Clause) -> None:
    """Unnamed groups, counted, said to fight one another ("دو قبائل کے درمیان جھڑپ", "دو خاندانوں کے
    درمیان فائرنگ") are both sides of the fight, and the one name the noun gives takes the
    first side's role, the perpetrator. Only where an event noun follows in the clause and
    no actor of the clause did it."""
    if _named_feuding_sides(text, clause):
        return
    if _factions_fought(text, clause):
        return
    if not on("roles.feuding-sides") or any(a.role == "perpetrator" for a in clause.actors):
        return
    for m in _FEUDING_SIDES.finditer(text, clause.start, clause.end):
        start, end = m.span(1)
        if _next_start(clause.trigger_starts, end) is None:
            continue
        if _add_feuding_sides(clause, start, end, m.group(1), "roles.feuding-sides"):
            return
    if not on("roles.feuding-sides-among"):
        return
    for m in _FEUDING_SIDES_AMONG.finditer(text, clause.start, clause.end):
        start, end = m.span(1)
        nxt = _next_start(clause.trigger_starts, end)
        if nxt is None or nxt > m.end() or len(text[m.end(1) : nxt].split()) > 2:
            continue  # "دو گروپوں میں تقسیم ہو کر ...": no event noun right after "میں"
        if _add_feuding_sides(clause, start, end, m.group(1), "roles.feuding-sides-among"):
            return


def _add_feuding_sides(clause: Clause, start: int, end: int, name: str, rule: str) -> bool:
    """The sides of a feud named at ``start:end`` as the clause's perpetrator, unless an actor
    of the clause already overlaps them; whether they were added."""
    if any(a.start < end and start < a.end for a in clause.actors):
        return False
    clause.actors.append(ActorRef(start, end, name, _FEUDING_TERM, "perpetrator", rule=rule))
    clause.actors.sort(key=lambda a: a.start)
    return True


def _state_adjectives(text: str, clause: Clause) -> None:
    """A country's adjective right before an event noun ("روسی میزائل حملے", "امریکی فضائی
    حملوں", "ایرانی ڈرون حملے") names the state that carried the event out: it is a state
    perpetrator. Where the adjective begins a longer actor ("روسی افواج") that actor stands; a
    weapon alone after it ("امریکی میزائلوں سے") tells where the weapon came from, not who used it."""
    if not on("roles.state-adjective"):
        return
    weapons = {(w.start, w.end) for w in clause.weapons}
    heads = frozenset(
        h.start
        for h in clause.triggers
        if (h.start, h.end) not in weapons and h.value.sub_event_type in _REMOTE_STRIKES
    )
    if not heads:
        return  # an adjective counts only right before one of them
    added = False
    for m in _STATE_ADJECTIVE.finditer(text, clause.start, clause.end):
        if m.end() + 1 not in heads or any(a.start <= m.start() < a.end for a in clause.actors):
            continue
        clause.actors.append(
            ActorRef(m.start(), m.end(), m.group(), _STATE_NAMED, "perpetrator", rule="roles.state-adjective")
        )
        added = True
    if added:
        clause.actors.sort(key=lambda a: a.start)


#: A country's adjective that fills the whole stretch before an event noun: "امریکی" of "امریکی ڈرون
#: حملے".
_NATIONALITY_ONLY = lazy_compile(rf"(?:{word_alternation('state_adjective')})")


def _strike_noun_nationality(text: str, clause: Clause) -> None:
    """A force named by its nationality and a weapon word that begins the event noun after it
    ("امریکی ڈرون حملے میں", "اسرائیلی ڈرون حملے"), which did the event (roles.weapon-named-agent),
    is named by the nationality alone: the weapon word is part of the event noun ("ڈرون حملے"),
    not of the actor's name, as in "امریکی فضائی حملوں" (names.strike-noun-nationality)."""
    if not on("names.strike-noun-nationality"):
        return
    for i, a in enumerate(clause.actors):
        if a.rule != "roles.weapon-named-agent" or a.role != "perpetrator":
            continue
        head = next((h.start for h in clause.triggers if a.start < h.start < a.end), None)
        if head is None:
            continue
        end = head - 1
        if text[end] != " " or _NATIONALITY_ONLY.fullmatch(text, a.start, end) is None:
            continue
        clause.actors[i] = evolve(a, end=end, key=text[a.start : end], rule="names.strike-noun-nationality")


#: "کسی ", "کسی بھی شدت پسند ": 'any' before an actor, with at most two words between.
_ANY_ACTOR_BEFORE = lazy_compile(
    rf"(?:{_whole_words(word_alternation('any_determiner'))})\s(?:[^\W\d]+\s){{0,2}}$"
)
#: A negation in the rest of the clause.
_NEGATION_IN_CLAUSE = lazy_compile(r"(?<!\w)نہیں(?!\w)")


def _no_one(text: str, ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the actor at ``ref`` is 'any' in a negated clause ("کسی بھی گروپ نے ذمہ داری قبول
    نہیں کی", "کوئی تنظیم ملوث نہیں"): it names nobody, so it takes no part (roles.no-one)."""
    if not on("roles.no-one"):
        return False
    if _ANY_ACTOR_BEFORE.search(text[max(clause.start, ref.start - 30) : ref.start]) is None:
        return False
    return _NEGATION_IN_CLAUSE.search(text, ref.end, min(clause.end, ref.end + 120)) is not None


def _statement_from(after: str) -> bool:
    """Whether the words ``after`` an actor tell a statement it issued ("X کی جانب سے جاری بیان
    کے مطابق", "X کی طرف سے جاری کردہ اعلامیے میں"): X speaks, as in "X کے بیان کے مطابق", and
    is no side of the event (roles.statement-from)."""
    if not on("roles.statement-from"):
        return False
    if _STATEMENT_FROM.match(after) is not None:
        return True
    return on("roles.issued-statement") and _ISSUED_BY.match(after) is not None  # "X کے جاری کردہ بیان"


def _attribution_denied(ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether an attribution to the actor at ``ref`` ("X کے ملوث ہونے", "X کا ہاتھ") is what the
    clause goes on to deny ("... کی تردید کی", "... سے انکار", "... کا الزام مسترد"): the
    attribution is the object of a denial, so X is no perpetrator (roles.attribution-denied)."""
    return on("roles.attribution-denied") and _denies_after(ref, clause)


def _denies_after(ref: Hit[ActorTerm], clause: Clause) -> bool:
    """Whether the clause denies or disowns the attack after the actor at ``ref``."""
    return any(
        h.value.status is ResponsibilityStatus.DENIED and ref.end <= h.start for h in clause.responsibility
    )


def _claimant_acted(text: str, clause: Clause) -> None:
    """A group that claims an attack ("X نے ... ذمہ داری قبول کی", "ذمہ داری X نے قبول
    کی") carried it out."""
    claims = [h for h in clause.responsibility if h.value.status is ResponsibilityStatus.CLAIMED]
    if not claims:
        return
    # "X نے دعویٰ کیا ہے کہ اس کے جنگجوؤں نے ...": the fighters are X's own, named by X already
    own = {h.end + 1 for h in claims if _OWN_MEMBERS.search(h.key)} if on("roles.claimant-members") else set()
    for i, a in enumerate(clause.actors):
        named = a.term.english is not None or a.term is _NAMED_GROUP
        end = _named_group_end(text, a)
        spoken = on("roles.claimant-spokesman") and _SPOKESMAN_OF.match(text, end) is not None
        if a.rule == "roles.no-one":
            continue  # "کسی بھی گروپ نے ذمہ داری قبول نہیں کی": nobody claims
        if named and (text.startswith(" نے", end) or spoken):
            # "X نے ذمہ داری قبول کی", "X کے ترجمان نے ذمہ داری قبول کی": X claims it
            clause.actors[i] = evolve(
                a,
                role="perpetrator",
                by_default=False,
                rule="roles.claimant-spokesman" if spoken else "roles.claimant",
            )
        elif a.start in own and a.term.unnamed:
            clause.actors[i] = evolve(a, role=None, by_default=False, rule="roles.claimant-members")


#: "دعویٰ کیا کہ دھماکا اس کے ایک رکن نے کیا", "دعوی کیا ہے کہ مزدوروں کو ان کی تنظیم نے ...": a
#: claim whose clause says that the claimant's own people did the deed (group 1: "اس کے"); the
#: people are one noun phrase, with no case marker in it ("اس کے بھائی کو پولیس نے" is no claim).
_OWN_MEMBER_CLAIM = prefiltered(
    lazy_compile(
        rf"(?:{_whole_words(word_alternation('claim_noun'))})\sکیا(?:\sہے|\sگیا)?\sکہ\s(?:[^\s،۔]+\s){{0,3}}?"
        rf"((?:{word_alternation('own_possessor_pronoun')})\s(?:کے|کی))\s"
        rf"(?:(?!(?:{case_markers(ergative=True)})\s)[^\W\d]+\s){{1,3}}?{word_alternation('ergative')}(?!\w)"
    )
)  # searched in every clause; its claim nouns are in few texts
#: The same with a longer fronted stretch before the pronoun, with no agent of its own: "دعویٰ
#: کیا کہ X میں فورسز کی گاڑی کو اس کے جنگجوؤں نے نشانہ بنایا" (roles.own-member-after-fronted).
_OWN_MEMBER_CLAIM_FRONTED = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:{word_alternation('claim_noun')})\sکیا(?:\sہے|\sگیا)?\sکہ\s"
        rf"(?:(?!(?:{word_alternation('ergative')}|کہ)\s)[^\s،۔]+\s){{4,8}}?"
        rf"((?:{word_alternation('own_possessor_pronoun')})\s(?:کے|کی))\s"
        rf"(?:(?!(?:{case_markers(ergative=True)})\s)[^\W\d]+\s){{1,3}}?{word_alternation('ergative')}(?!\w)"
    )
)  # searched only in a clause the shorter pattern left without a claim
_OWN_MEMBER_CLAIMED = ResponsibilityTerm(ResponsibilityStatus.CLAIMED)


def _own_member_claims(
    text: str, start: int, end: int, hits: list[Hit[ResponsibilityTerm]]
) -> list[Hit[ResponsibilityTerm]]:
    """The clause's responsibility hits with the claims a lexicon phrase cannot reach: "X نے
    دعویٰ کیا کہ حملہ اس کے ایک جنگجو نے کیا" claims the attack for X even with words between
    "کہ" and the possessive pronoun, since what X's own people did is X's deed
    (roles.claimed-by-own-member). The hit ends on "اس کے", as the lexicon's own-member
    claims do, so the members named after it stay X's."""
    if not on("roles.claimed-by-own-member"):
        return hits
    out = list(hits)
    for m in _OWN_MEMBER_CLAIM.finditer(text, start, end):
        if any(h.start < m.end(1) and m.start() < h.end for h in hits):
            continue  # a lexicon phrase already reads it
        out.append(Hit(m.start(), m.end(1), fold(text[m.start() : m.end(1)]), _OWN_MEMBER_CLAIMED))
    if len(out) == len(hits) and on("roles.own-member-after-fronted"):
        # "دعویٰ کیا کہ X میں Y کی گاڑی کو اس کے جنگجوؤں نے": the place and the object fronted
        for m in _OWN_MEMBER_CLAIM_FRONTED.finditer(text, start, end):
            if any(h.start < m.end(1) and m.start() < h.end for h in hits):
                continue
            out.append(Hit(m.start(), m.end(1), fold(text[m.start() : m.end(1)]), _OWN_MEMBER_CLAIMED))
    out.sort(key=lambda h: h.start)
    return out


#: "X کے ترجمان نے", "X کے ترجمان جیئند بلوچ نے": X's spokesman speaks for X.
_SPOKESMAN_OF = lazy_compile(
    rf"\s(?:کے|کی)\s(?:(?:ایک\s)?(?:{word_alternation('spokesman_noun')})(?:\s[^\W\d]+){{0,3}}?\s{word_alternation('ergative')}|جانب\sسے|طرف\sسے)(?!\w)"
)
#: A claim that ends on the claimant's own people ("... کہ اس کے", "... کہ ان کے").
_OWN_MEMBERS = lazy_compile(rf"(?:{word_alternation('own_possessor_pronoun')})\s(?:کے|کی)$")


#: "شمالی اسرائیل میں": an actor's name read as where (not "X میں سے", some of X).
_WHERE_NOT_WHO = lazy_compile(r"\sمیں(?!\sسے)(?!\w)")


#: "بال بال بچ گئے", "محفوظ رہے": the subject escaped an attack unhurt.
_SURVIVED = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('survived_phrase', 'start')})"))


def _subject_survivor(text: str, clause: Clause) -> None:
    """Make the subject of "... حملے میں بال بال بچ گئے" or "... محفوظ رہے" in a clause that tells
    the event a target when nothing else gave it a role: whom an attack missed was still whom it
    was aimed at (``roles.survived``)."""
    if not clause.triggers or not _SURVIVED.may_match(text) or not on("roles.survived"):
        return  # most texts hold no phrase of escape: asked once per text, before the actors
    if any(a.role == "target" and not a.term.site for a in clause.actors):
        return  # "X کی گاڑی پر فائرنگ، وہ محفوظ رہے": a site struck leaves its people to be told
    m = _SURVIVED.search(text, clause.start, clause.end)
    if m is None:
        return
    for i, a in enumerate(clause.actors):
        if a.end > m.start():
            break
        if (
            a.role is None
            and a.term.actor_type is not None
            and not _GENITIVE.match(text, a.end)
            and not text.startswith(" نے", a.end)
            and not _WHERE_NOT_WHO.match(text, a.end)
        ):
            clause.actors[i] = evolve(a, role="target", rule="roles.survived")
            return


def _subject_victim(text: str, clause: Clause, casualties: Sequence[Hit[CasualtyTerm]]) -> None:
    """Make the subject of "... جاں بحق ہو گئے" a target when nothing else gave it a role."""
    hit = next(
        (
            h
            for h in casualties
            if h.value.outcome in ("killed", "injured")
            and (_INTRANSITIVE.match(text, h.end) or _INTRANSITIVE_END.search(text, h.start, h.end))
        ),
        None,
    )
    if hit is None or any(a.role == "target" for a in clause.actors):
        return
    for i, a in enumerate(clause.actors):
        if a.end > hit.start:
            break
        if a.by_default and a.role == "perpetrator" and _included_worker(text, a, hit.start):
            # "ایک سیاسی جماعت کے کارکن سمیت تین افراد جاں بحق": the workers fell, they did not act
            clause.actors[i] = attrs.evolve(a, role="target", by_default=False, rule="roles.included-worker")
            return
        if (
            a.role is None
            and not a.term.site
            and a.term.actor_type is not None
            and not _GENITIVE.match(text, a.end)
            and not text.startswith(" نے", a.end)  # an ergative subject is no one's victim
            # "پولیس افسر احمد خان نے بتایا کہ ... ہلاک": so is one named between it and the ergative
            and not _named_ergative(text, a.end, hit.start)
            # "ڈپٹی کمشنر X نے بتایا کہ ... 9 افراد ہلاک ہوئے": the title's speaker tells the toll
            and not (a.rule == "roles.speaker" and on("roles.speaker-no-victim"))
            and not (_WHERE_NOT_WHO.match(text, a.end) and on("roles.place-not-victim"))
            # "فلسطینی تنظیم کے دو ارکان جاں بحق": the actor word qualifies the noun after it
            and not (_QUALIFIES_HEAD.match(text, a.end) and on("roles.qualifier-not-victim"))
            # "بچوں سمیت 11 افراد جاں بحق": the children are a detail of the count, not its subject
            and not (
                on("roles.included-detail")
                and _included_detail(text, clause.actors, i, clause.end)
                and not _counted_among_people(text, a)
                # "ایک عالم دین سمیت 3 افراد جاں بحق": a label of office, work or kin is a victim
                and not _included_label(text, a)
            )
        ):
            included = _included_label(text, a) and _included_detail(text, clause.actors, i, clause.end)
            rule = "roles.casualty-subject"
            if included:
                one = _ONE_BEFORE.search(text, max(0, a.start - 5), a.start) is not None
                rule = "roles.included-label" if one else "roles.included-label-counted"
                if _COUNT_ADJECTIVE_BEFORE.search(text, max(0, a.start - 24), a.start) is not None:
                    rule = "roles.included-label-described"  # "ایک سینئر صحافی سمیت"
                elif on("roles.included-owner") and _owner_included(text, a):
                    rule = "roles.included-owner"  # "دکان کے مالک سمیت"
                if _COUNTED_MEMBER_WITHIN.search(text, a.start, a.end) is not None:
                    rule = "roles.member-included"
            clause.actors[i] = evolve(a, role="target", rule=rule)
            return


#: A party's worker or workers right after the party and its genitive: "X کے کارکن", "X کا ایک کارکن".
_WORKER_OF_PARTY_AFTER = lazy_compile(
    rf" (?:کے|کا) (?:ایک |دو |تین |\d+ )?(?:{word_alternation('party_worker_noun')})(?!\w)"
)
#: A worker's word at the end of an actor's span: "سیاسی جماعت کے کارکن", "کارکنوں".
_WORKER_AT_END = lazy_compile(rf"(?<!\w)(?:{word_alternation('party_worker_noun')})$")


def _included_worker(text: str, a: ActorRef, limit: int) -> bool:
    """Whether the actor ``a``, a party's worker or workers (or the party before them) whose role
    is only the lexicon's default (protesters act), is named as included ("سمیت") in a count of
    casualties before ``limit`` ("ایک سیاسی جماعت کے کارکن سمیت تین افراد جاں بحق", "پیپلز پارٹی کے
    دو کارکنوں سمیت پانچ افراد زخمی"): the workers are among the victims (roles.included-worker)."""
    if not on("roles.included-worker"):
        return False
    end = a.end
    if _WORKER_AT_END.search(text, a.start, a.end) is None:
        m = _WORKER_OF_PARTY_AFTER.match(text, a.end, limit)
        if m is None:
            return False
        end = m.end()
    return _INCLUDING.match(text, end, limit) is not None


#: One to three words (a personal name) and the ergative: "احمد خان نے".
_NAME_THEN_ERGATIVE = lazy_compile(rf"(?:\s[^\W\d]+){{1,3}}?\s{word_alternation('ergative')}(?!\w)")


def _named_ergative(text: str, end: int, limit: int) -> bool:
    """Whether a personal name and the ergative follow an actor that ends at ``end``, before
    ``limit`` ("پولیس افسر احمد خان نے بتایا کہ ... نو افراد ہلاک ہوئے"): the actor is the subject
    of the verb after "نے", as one right before it is, and no victim of the casualty word
    (roles.named-ergative-no-victim)."""
    if not on("roles.named-ergative-no-victim"):
        return False
    m = _NAME_THEN_ERGATIVE.match(text, end, limit)
    return m is not None


#: "سمیت", a count and a noun that counts people and says nothing else of them: "سمیت 6 افراد".
_AMONG_PEOPLE = lazy_compile(
    rf"\s(?:{word_alternation('including')})\s(?:\d+|[^\W\d]+)\s(?:{word_alternation('people_count_noun')})(?!\w)"
)


def _counted_among_people(text: str, a: ActorRef) -> bool:
    """Whether the actor at ``a``, a force or an armed group and itself counted, is included in
    a count of mere people ("دو پولیس اہلکاروں سمیت پانچ افراد زخمی", "تین فوجیوں سمیت چھ افراد"):
    the only side the victims are given, so the victims' role is its, not a detail's
    (``roles.counted-among-people``). Civilians so named ("دو بچوں سمیت پانچ افراد") stay a
    detail of the count."""
    if not on("roles.counted-among-people") or a.term.actor_type is ActorType.CIVILIANS:
        return False
    counted = _COUNT_BEFORE.search(text, max(0, a.start - 12), a.start) is not None
    if counted:
        return _AMONG_PEOPLE.match(text, a.end) is not None
    # "پولیس اہلکاروں سمیت 13 افراد", "دو سینئر پولیس افسران سمیت": the state's forces, uncounted
    # or counted with a word of rank between, included in a count of mere people
    # (roles.force-included-among-people)
    return (
        a.term.actor_type is ActorType.STATE_FORCES
        and on("roles.force-included-among-people")
        and _AMONG_PEOPLE.match(text, a.end) is not None
    )


#: A body's member named by a count after its genitive, inside one actor's span ("X کے ایک کمانڈر").
_COUNTED_MEMBER_WITHIN = lazy_compile(rf" (?:کے|کا) (?:\d+|{'|'.join(UNIT_WORDS[1:11])}) ")
#: "ایک" right before a label: one person.
_ONE_BEFORE = lazy_compile(r"(?<!\w)ایک $")


#: A count and an adjective of rank or place right before a label: "ایک سینئر ", "تین مقامی ".
_COUNT_ADJECTIVE_BEFORE = lazy_compile(
    rf"(?<!\w)(?:{'|'.join(UNIT_WORDS[1:])}|\d+) (?:{word_alternation('member_adjective')}) $"
)


def _included_label(text: str, a: ActorRef) -> bool:
    """Whether ``a`` is one person named by a label of office, work or kin ("ایک عالم دین سمیت 3
    افراد جاں بحق"), not by age or sex: a victim of its own (``roles.included-label``)."""
    if not on("roles.included-label") or a.key in _AGE_SEX or a.term.actor_type is not ActorType.CIVILIANS:
        return False
    if _ONE_BEFORE.search(text, max(0, a.start - 5), a.start) is not None:
        return True
    if on("roles.member-included") and _COUNTED_MEMBER_WITHIN.search(text, a.start, a.end) is not None:
        return True  # "X کے ایک نائب کمانڈر سمیت چار افراد ہلاک": the body's member, counted, died
    # "دو راہگیروں سمیت چھ افراد زخمی": more than one so labelled, counted, are victims too
    if (
        on("roles.included-label-counted")
        and _COUNT_BEFORE.search(text, max(0, a.start - 12), a.start) is not None
    ):
        return True
    # "ایک سینئر صحافی سمیت", "تین مقامی تاجروں سمیت": an adjective between the count and the label
    if (
        on("roles.included-label-described")
        and _COUNT_ADJECTIVE_BEFORE.search(text, max(0, a.start - 24), a.start) is not None
    ):
        return True
    # "دکان کے مالک سمیت تین افراد زخمی": an owner known by his property is one person
    return on("roles.included-owner") and _owner_included(text, a)


def _owner_included(text: str, a: ActorRef) -> bool:
    """Whether ``a`` is an owner named by his property (names.owner-of-site) with no count or
    "ایک" before it ("دکان کے مالک سمیت"): the one person so known (roles.included-owner)."""
    return (
        _OWNER_AT_END.search(text, a.start, a.end) is not None
        and _ONE_BEFORE.search(text, max(0, a.start - 5), a.start) is None
        and _COUNT_BEFORE.search(text, max(0, a.start - 12), a.start) is None
    )


def _included_detail(text: str, actors: Sequence[ActorRef], i: int, end: int) -> bool:
    """Whether the actor ``actors[i]``, alone or with the one it is coordinated with ("خواتین اور
    بچوں سمیت 15 افراد"), is named as included ("سمیت") in a counted group."""
    a = actors[i]
    if _INCLUDING.match(text, a.end, end):
        return True
    b = actors[i + 1] if i + 1 < len(actors) else None
    return b is not None and text[a.end : b.start] in _AND and _INCLUDING.match(text, b.end, end) is not None


#: What a casualty participle is formed from: killed, martyred, injured.
_SUFFERED = f"(?:{word_alternation('suffered_word')})"
#: "جاں بحق ہونے والوں کا تعلق", "زخمیوں کا تعلق" right before the actor: whom the dead or
#: injured belonged to.
_VICTIMS_TIE = lazy_compile(
    rf"(?<!\w)(?:{_SUFFERED} ?(?:ہونے|ہونی|کیے جانے|کئے جانے) ?والوں"
    rf"|(?:{word_alternation('died_infinitive')}) ?والوں|{word_alternation('victims_noun')})"
    r"\s(?:کا|کی)\s(?:تعلق)\s$"
)


def _victims_belong(text: str, ref: Hit[ActorTerm], clause: Clause, after: str) -> bool:
    """Whether the sentence says that the dead or injured belonged to the actor ("جاں بحق ہونے
    والوں کا تعلق ہزارہ برادری سے تھا", "زخمیوں کا تعلق پولیس سے ہے"): it is the target, as
    "حملہ آوروں کا تعلق X سے" makes X the doer."""
    if not on("roles.victims-belong") or _BELONG_TO.match(after) is None:
        return False
    return _VICTIMS_TIE.search(text, max(clause.start, ref.start - 40), ref.start) is not None


#: "ہلاک ہونے والوں میں زیادہ تر", "مرنے والے تمام", "ہلاک ہونے والے نو افراد" right before the
#: actor (an owner "مسجد کے" may come between): the dead or injured the sentence says who they were.
_VICTIMS_WERE_TIE = lazy_compile(
    rf"(?<!\w)(?:(?:{_SUFFERED} ?(?:ہونے|کیے جانے|کئے جانے) ?|(?:{word_alternation('died_infinitive')}) ?)"
    r"(?:والوں\sمیں(?:\sسے)?|والے)"
    rf"|(?:{word_alternation('victims_noun')})\sمیں(?:\sسے)?)"
    r"(?:\s(?:زیادہ\s?تر|بیشتر|اکثر|تمام|سبھی|سب))?(?:\s\S+\s(?:افراد|لوگ))?"
    rf"(?:(?:\s\S+){{1,2}}\s(?:{word_alternation('genitive')}))?\s?['\"‘’]?$"
)
#: What follows the actor in "... X تھے", "... X کے ارکان تھے": the sentence says who they were (a list
#: with "شامل" names some among them, which the counts read).
_VICTIMS_WERE_AFTER = lazy_compile(
    r"['\"‘’]?(?:\s(?:کے|کی)\s[^۔،؟!\n]{1,30}?)?\s(?:ہیں|تھے|تھیں|ہے|تھا|تھی)(?!\w)"
)


def _victims_were(text: str, ref: Hit[ActorTerm], clause: Clause, after: str) -> bool:
    """Whether the sentence says who the dead or injured were ("ہلاک ہونے والوں میں زیادہ تر عام
    شہری ہیں", "مرنے والے تمام مزدور تھے"): the actor is the target, also from a detail sentence,
    as the body they are said to belong to is (``roles.victims-belong``)."""
    if not on("roles.victims-were") or _VICTIMS_WERE_AFTER.match(after) is None:
        return False
    return _VICTIMS_WERE_TIE.search(text[max(clause.start, ref.start - 60) : ref.start]) is not None


#: "ہلاک ہونے والوں میں اکثریت", "مرنے والوں میں اکثریت", "جن میں اکثریت" before the actor, perhaps
#: with words that describe it between ("... اکثریت امتحان کی تیاری کرنے والے طلبہ کی تھی").
_VICTIMS_MAJORITY_TIE = lazy_compile(
    rf"(?<!\w)(?:(?:{_SUFFERED} ?(?:ہونے|کیے جانے|کئے جانے) ?"
    rf"|(?:{word_alternation('died_infinitive')}) ?)والوں"
    rf"|{word_alternation('victims_noun')}|(?P<which>جن))\sمیں\s(?:{word_alternation('share_quantifier')})"
    r"(?:\s[^۔؟!\n،]{1,60}?)?\s$"
)


def _victims_mostly_which(text: str, ref: Hit[ActorTerm], after: str) -> bool:
    """Whether a relative clause right after a count of the dead or injured says who most of them
    were, with a plain copula ("20 افراد ہلاک ہو گئے جن میں زیادہ تر مزدور تھے", "... زخمی ہوئے جن
    میں بیشتر طلبہ ہیں"): the actor is the target (``roles.victims-mostly-which``), as with "جن میں
    اکثریت X کی تھی" (``roles.victims-majority``); words of age or sex tell what the dead were like."""
    if not on("roles.victims-mostly-which") or _VICTIMS_WERE_AFTER.match(after) is None:
        return False
    if ref.key in _AGE_SEX:
        return False  # "جن میں زیادہ تر خواتین اور بچے تھے"
    m = _VICTIMS_MAJORITY_TIE.search(text, max(0, ref.start - 110), ref.start)
    if m is None or m.group("which") is None:
        return False
    return _SUFFERED_BEFORE_WHICH.search(text, max(0, m.start() - 60), m.start()) is not None


#: What follows the actor in "... اکثریت X کی تھی": the share the dead or injured were.
_VICTIMS_MAJORITY_AFTER = lazy_compile(r"['\"‘’]?\s(?:کی)\s(?:ہے|تھی)(?!\w)")
#: What follows civilians who crowded a place when it was struck: "خریداروں سے بھرا ہوا تھا",
#: "نمازیوں کا رش تھا" (roles.crowd-present).
_CROWD_PRESENT_AFTER = lazy_compile(rf"\s(?:{word_alternation('crowded_by')})(?!\w)")
#: A casualty word before "جن میں اکثریت ...": "جن" are the dead or injured just told.
_SUFFERED_BEFORE_WHICH = lazy_compile(rf"(?<!\w)(?:{_SUFFERED})(?!\w)[^۔؟!\n]{{0,40}}$")


def _victims_majority(text: str, ref: Hit[ActorTerm], clause: Clause, after: str) -> bool:
    """Whether the sentence says who most of the dead or injured were ("مرنے والوں میں اکثریت
    طلبہ کی تھی", "18 افراد جاں بحق ہوئے جن میں اکثریت مزدوروں کی تھی"): the actor is the target,
    also from a detail sentence, as in "ہلاک ہونے والوں میں زیادہ تر X تھے" (``roles.victims-were``)."""
    if not on("roles.victims-majority") or _VICTIMS_MAJORITY_AFTER.match(after) is None:
        return False
    if ref.key in _AGE_SEX:
        return False  # "جن میں اکثریت خواتین اور بچوں کی تھی" tells what the dead were like
    start = max(0, ref.start - 110)
    m = _VICTIMS_MAJORITY_TIE.search(text, start, ref.start)
    if m is None:
        return False
    if m.group("which") is None:
        return True
    return _SUFFERED_BEFORE_WHICH.search(text, max(0, m.start() - 60), m.start()) is not None


#: What follows a listed actor up to "شامل" in a list of those among the casualties: more of the
#: list ("اور پانچ راہگیر", "، دو بچے"), then "بھی" perhaps; no sentence end in between.
_AMONG_LISTED_AFTER = lazy_compile(r"\s?(?:(?:اور|،)[^۔؟!\n]{1,50}?\s)?(?:بھی\s)?شامل(?!\w)")
#: "بھی" (also) in a list: it adds some to others.
_ALSO = lazy_compile(r"(?<!\w)بھی(?!\w)")
#: Who a list among the dead names as struck: civilians and the state's forces (fighters listed
#: among the dead may have been either side).
_STRUCK_TYPES = (ActorType.CIVILIANS, ActorType.STATE_FORCES)
#: Words of sex or age ("بچے", "خواتین"): listed among the dead, no party aimed at.
_AGE_SEX = word_set("age_sex_noun", folded=False)
#: "جن میں", "ہلاک ہونے والوں میں", "زخمیوں میں" opening the list, before the actor (the list up
#: to the actor has no sentence end).
_AMONG_LISTED_BEFORE = lazy_compile(
    rf"(?<!\w)(?:جن|والوں|{word_alternation('victims_noun')})\sمیں(?:\sسے)?\s[^۔؟!\n]{{0,60}}$"
)


#: Fighters named as a toll's noun, before its casualty word: "12 شدت پسند ", "جنگجوؤں ".
_FIGHTERS_BEFORE_CASUALTY = lazy_compile(rf"(?<!\w)(?:{word_alternation('militant_noun')})(?:وں|ؤں)?\s")


def _group_members_among_fighters(
    text: str, ref: Hit[ActorTerm], which: int, casualty_starts: Sequence[int]
) -> bool:
    """Whether ``ref`` names a group through its members counted after its genitive ("لشکر X کے دو
    کمانڈر") in a list after a toll of fighters ("7 شدت پسند ہلاک ہو گئے جن میں ... بھی شامل ہیں",
    ``which`` where "جن" starts): the fighters were the group's, and the group is the side struck,
    though its members are named as one more among the dead (roles.group-members-among-dead)."""
    if (
        not on("roles.group-members-among-dead")
        or _COUNTED_MEMBER_WITHIN.search(text, ref.start, ref.end) is None
    ):
        return False
    cas = set(casualty_starts)
    return any(m.end() in cas for m in _FIGHTERS_BEFORE_CASUALTY.finditer(text, max(0, which - 70), which))


def _among_listed(text: str, ref: Hit[ActorTerm], casualty_starts: Sequence[int]) -> str | None:
    """Whether the actor is listed among the dead or injured just told ("14 افراد ہلاک ہو گئے جن
    میں آٹھ پولیس اہلکار اور چھ راہگیر شامل ہیں", "زخمیوں میں دو راہگیر بھی شامل ہیں"): each
    one listed is a target, as whom the sentence says the dead were (``roles.victims-were``). The id
    of the rule that says so, or None."""
    if not on("roles.among-the-casualties") or ref.value.actor_type not in _STRUCK_TYPES:
        return None
    if ref.key in _AGE_SEX:
        return None  # "جن میں خواتین اور بچے شامل ہیں" tells what the dead were like
    listed = _AMONG_LISTED_AFTER.match(text, ref.end, min(len(text), ref.end + 70))
    if listed is None:
        return None
    start = max(0, ref.start - 100)
    m = _AMONG_LISTED_BEFORE.search(text, start, ref.start)
    if m is None:
        return None
    rule = "roles.among-the-casualties"
    if m.group(0).startswith("جن") and _ALSO.search(text, ref.end, listed.end()):
        if not _group_members_among_fighters(text, ref, m.start(), casualty_starts):
            return None  # "جن میں ایک اہلکار بھی شامل ہے": one more among a toll of others
        rule = "roles.group-members-among-dead"
    lo = max(0, m.start() - 80)
    return rule if any(lo <= c < ref.start for c in casualty_starts) else None


def _needs_met(text: str, hits: Sequence[Hit[ResponsibilityTerm]], end: int) -> list[Hit[ResponsibilityTerm]]:
    """The hits whose ``needs`` words follow them before ``end`` (one scan per word list)."""
    last: dict[str, int] = {}
    out = []
    for h in hits:
        pattern = h.value.needs_pattern
        if pattern is None:
            out.append(h)
            continue
        if pattern.pattern not in last:
            found = [m.start() for m in pattern.finditer(text, h.end, end)]
            last[pattern.pattern] = found[-1] if found else -1
        if last[pattern.pattern] >= h.end:
            out.append(h)
    return out


def _outside_names(
    triggers: Sequence[Hit[TriggerTerm]], names: Sequence[Hit[ActorTerm]]
) -> list[Hit[TriggerTerm]]:
    """Drop triggers inside a longer actor name ("حملہ" in "حملہ آور"); both lists are sorted."""
    starts = [a.start for a in names]
    out = []
    for t in triggers:
        i = bisect.bisect_right(starts, t.start)
        a = names[i - 1] if i else None
        inside = a is not None and t.end <= a.end and (a.end - a.start) > (t.end - t.start)
        # "روسی ڈرونز": a force named by its weapon still reports the strike
        if inside and not (a is not None and t.end == a.end and t.value.kind in _WEAPON_KINDS):
            continue
        out.append(t)
    return out


#: Right before a casualty word, a noun of a raid that "مارنا" makes a verb: "چھاپہ [مارا گیا]".
_RAID_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('raid_noun')})\s\Z")


def _raid_struck(text: str, hit: Hit[Any]) -> bool:
    """Whether a casualty word of killing made with "مارنا" follows a noun of a raid ("گڑھی میں
    چھاپہ مارا گیا", "ٹھکانے پر چھاپا مارا گیا"): the light verb of raiding, nobody killed
    (counts.raid-struck-no-death)."""
    return (
        text.startswith("مار", hit.start)
        and _RAID_BEFORE.search(text, max(0, hit.start - 12), hit.start) is not None
    )


#: Right before a casualty word, a score and "پر": "154 رنز پر [ڈھیر ہو گئی]".
_SCORE_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('score_unit')}) پر\s\Z")


def _bowled_out(text: str, hit: Hit[Any]) -> bool:
    """Whether a casualty word "ڈھیر" follows a score and "پر" ("پوری ٹیم 154 رنز پر ڈھیر ہو
    گئی"): a side bowled out in a match, nobody killed (counts.bowled-out-no-death)."""
    return (
        text.startswith("ڈھیر", hit.start)
        and _SCORE_BEFORE.search(text, max(0, hit.start - 16), hit.start) is not None
    )


#: A word saying people are already held ("گرفتار", "زیر حراست").
_IN_CUSTODY = lazy_compile(rf"(?<!\w)(?:{word_alternation('in_custody_word')})(?!\w)")


def _custody_moved(text: str, clause_start: int, hit: Hit[TriggerTerm]) -> bool:
    """Whether an abduction word of a clause moves people the clause names, before it, as
    already held ("گرفتار ملزمان کو نامعلوم مقام پر منتقل کر دیا گیا"): they are moved in
    custody, not abducted, so the word tells no abduction (triggers.custody-moved)."""
    return hit.value.kind == "abduction" and _IN_CUSTODY.search(text, clause_start, hit.start) is not None


#: Right before an abduction word, at most one word after a purpose of questioning: "تفتیش کے لیے
#: [نامعلوم مقام پر منتقل]", "پوچھ گچھ کے لیے کسی [نامعلوم مقام پر منتقل]".
_QUESTIONING_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('questioning_purpose')})\s(?:\S+\s)?\Z")


def _moved_for_questioning(text: str, clause_start: int, hit: Hit[TriggerTerm]) -> bool:
    """Whether an abduction word of a clause comes right after a purpose of questioning
    ("ملزمان کو تفتیش کے لیے نامعلوم مقام پر منتقل کر دیا گیا"): those moved are in custody, not
    abducted, so the word tells no abduction (triggers.moved-for-questioning)."""
    return (
        hit.value.kind == "abduction"
        and _QUESTIONING_BEFORE.search(text, max(clause_start, hit.start - 80), hit.start) is not None
    )


#: Kinds of event words that name a weapon ("ڈرونز", "میزائلوں"), which a force may be named by.
_WEAPON_KINDS = kinds_with("weapon")


#: A name's gloss in brackets right after it ("محکمہ انسداد دہشت گردی (سی ٹی ڈی)"), or the
#: closing bracket of a gloss the name itself is ("(سی ٹی ڈی) نے").
_BRACKET_GLOSS = lazy_compile(r"\s?(?:\(\s?[^()\n۔]{1,40}?\s?\)|\))")


#: The opening of a gloss before the glossed actor, and its closing after it.
_GLOSS_OPEN = lazy_compile(r"\s?\(\s?")
_GLOSS_CLOSE = lazy_compile(r"\s?\)")


def _past_bracket_gloss(
    text: str, hits: list[Hit[ActorTerm]], end: int, provinces: dict[int, int] | None = None
) -> list[Hit[ActorTerm]]:
    """The hits whose role is read after a bracketed gloss: in "X (Y) نے" or "X (Y) کے
    ٹھکانوں پر" the case marker after the brackets is X's and Y's own, so the words after
    the closing bracket tell their role (``roles.bracket-gloss``). A province written after
    a force's gloss ("X (Y) پنجاب نے") names its command, as it does right after the force
    (``roles.gloss-in-phrase``); ``provinces`` maps where provinces start to where they end."""
    if not on("roles.bracket-gloss"):
        return hits
    out: list[Hit[ActorTerm]] = []
    for h in hits:
        m = _BRACKET_GLOSS.match(text, h.end, end)
        inside = m is not None and m.group(0).lstrip().startswith(")")
        if m is not None and inside and "(" not in text[max(0, h.start - 45) : h.start]:
            m = None  # a closing bracket with no opening one before the name
        stop = m.end() if m is not None else h.end
        glossed = m is not None or text[h.end - 1] == ")"
        province = provinces.get(stop + 1) if provinces and glossed and h.value.security else None
        if province is not None and text[stop] == " " and _AGENT_OR_OWNER.match(text, province):
            stop = province if on("roles.gloss-in-phrase") else stop
        out.append(Hit(h.start, stop, h.key, h.value) if stop != h.end else h)
    return out


#: "X کی (ایک|مشترکہ) ٹیم نے": a unit of X's, up to two words describing it, and the ergative.
_ACTING_UNIT = prefiltered(
    lazy_compile(
        rf"\s(?:{word_alternation('genitive')})\s(?:(?!(?:{word_alternation('genitive')})\s)[^\W\d]+\s){{0,2}}?"
        rf"(?:{word_alternation('acting_unit_noun')})(?=\s{word_alternation('ergative')}(?!\w))"
    )
)


def _through_acting_unit(text: str, hits: list[Hit[ActorTerm]], end: int) -> list[Hit[ActorTerm]]:
    """The hits whose role is read after a unit of theirs that acts with the ergative ("پولیس
    کی ایک ٹیم نے چھاپہ مار کر دو عسکریت پسندوں کو گرفتار کر لیا", "فوج اور پولیس کی مشترکہ
    ٹیم نے"): the owner acts through its team or squad, so the words after the unit tell its role
    (``roles.acting-unit``). Sites, and hits another actor follows inside the phrase, are left."""
    if not on("roles.acting-unit"):
        return hits
    starts = [h.start for h in hits]
    out: list[Hit[ActorTerm]] = []
    for i, h in enumerate(hits):
        m = None if h.value.site else _ACTING_UNIT.match(text, h.end, end)
        if m is not None and i + 1 < len(starts) and starts[i + 1] < m.end():
            m = None
        out.append(Hit(h.start, m.end(), h.key, h.value) if m is not None else h)
    return out


def _merge_adjacent(
    text: str,
    hits: Sequence[Hit[ActorTerm]],
    triggers: Sequence[Hit[TriggerTerm]],
    members_end: dict[int, int] | None = None,
    title_end: dict[int, int] | None = None,
) -> list[Hit[ActorTerm]]:
    """Join a name and the noun after it ("سی آر پی ایف" + "اہلکاروں"); drop actors inside
    triggers ("پولیس" in "پولیس مقابلہ"), except crowds ("مشتعل ہجوم نے", "مظاہرین پر فائرنگ").

    A name's bracketed gloss ("X (Y) کے جنگجوؤں") stands between a name and the words that
    follow it without parting them (``roles.gloss-in-phrase``): a gloss that is an actor of its
    own is the same actor and is dropped, and the gap is read past the gloss.

    A group named with its members ("داعش کے جنگجوؤں") is kept by its name; where the
    members end is put in ``members_end`` under the group's start, since the case marker
    after them tells the group's role. A body's head ("حماس کے سربراہ X") ends at the title
    when ``title_end`` (a titled hit's start -> where its title ends) has it; the role is read
    after the personal name.
    """
    out: list[Hit[ActorTerm]] = []
    keys: list[list[str]] = []  # each output hit's key words, joined once at the end (not per merge)
    starts = [t.start for t in triggers]
    glossed = on("roles.gloss-in-phrase")
    for h in hits:
        i = bisect.bisect_right(starts, h.start)
        crowd = h.value.actor_type in (ActorType.PROTESTERS, ActorType.RIOTERS)
        # "پولیس مقابلے", "فوجی آپریشن": the force that heads the event noun did it
        heads = i and triggers[i - 1].start == h.start and _may_qualify(h.value)
        # "خودکش بمبار نے": the event word is the attacker's own name, not a longer event noun
        attacker = (
            i
            and (triggers[i - 1].start, triggers[i - 1].end) == (h.start, h.end)
            and h.value.role == "perpetrator"
            and on("roles.attacker-named-by-event")
        )
        if i and h.end <= triggers[i - 1].end and not crowd and not heads and not attacker:
            continue
        prev = out[-1] if out else None
        if prev is not None and not h.value.site and not prev.value.site:
            gap = text[prev.end : h.start]
            close = _GLOSS_CLOSE.match(text, h.end) if glossed and _GLOSS_OPEN.fullmatch(gap) else None
            if close is not None:
                # "تحریک طالبان پاکستان (ٹی ٹی پی)": one actor, named as written with its gloss
                out[-1] = Hit(prev.start, close.end(), prev.key, prev.value)
                continue
            gloss = _BRACKET_GLOSS.match(gap) if glossed and gap.lstrip().startswith(("(", ")")) else None
            if gloss is not None and gap[gloss.end() :] not in ("", " "):
                gap = gap[gloss.end() :]  # "X (Y) کے جنگجوؤں": the members are X's
            civilian = ActorType.CIVILIANS in (prev.value.actor_type, h.value.actor_type)
            nationality = not prev.value.security and prev.value.actor_type is ActorType.STATE_FORCES
            if gap == " " and nationality and h.value.actor_type is ActorType.CIVILIANS:
                out[-1] = Hit(prev.start, h.end, prev.key, h.value)  # "اسرائیلی شہری"
                keys[-1].append(h.key)
                continue
            # "پولیس اہلکار دہشت گردوں کی فائرنگ": a force and armed men side by side are two sides
            sides = (
                (prev.value.security and h.value.unnamed) or (prev.value.unnamed and h.value.security)
            ) and on("names.two-sides")
            # "ایک بھارتی فوجی پاکستانی فوج کی گولی کا نشانہ بن گیا": two states' forces side by side
            sides = sides or (_two_forces(prev.value, h.value) and on("names.two-forces"))
            described = gap == " " and _descriptor_before_name(prev.value, h.value)
            described = described and on("names.descriptor-before-name")
            if gap == " " and _force_word_before_group(prev, h) and on("names.force-word-before-group"):
                described = True  # "نیم فوجی ریپڈ سپورٹ فورسز": a paramilitary group, no state force
            if described:
                out[-1] = h  # "شدت پسند تنظیم دولت اسلامیہ": the group's own name is enough
                keys[-1] = [h.key]
                continue
            if gap == " " and (not civilian or prev.value.actor_type == h.value.actor_type) and not sides:
                value = prev.value if prev.value.actor_type is not None else h.value
                out[-1] = Hit(prev.start, h.end, prev.key, value)
                keys[-1].append(h.key)
                continue
            if prev.value.unnamed and not h.value.unnamed and _APPOSITION.fullmatch(gap):
                out[-1] = h  # "شدت پسند تنظیم دولت اسلامیہ": the group's own name is enough
                keys[-1] = [h.key]
                continue
            named = prev.value.english is not None and not prev.value.unnamed
            # "X گینگ کے ڈاکوؤں": a gang named by the text has its members as a listed group does
            clan = prev.value is _CLAN_TERM or prev.value is _TRIBE_TERM
            named = named or (clan and on("names.named-clan"))
            person = h.value.titled and h.value.actor_type is ActorType.CIVILIANS
            counted_member = named and person and _MEMBER_GAP.fullmatch(gap) is not None
            if counted_member and gap != " کے " and not on("roles.member-of-group"):
                counted_member = False
            if (
                not counted_member
                and not named
                and person
                and gap == " کے "
                and _HEAD_OF.match(h.key)
                and on("roles.head-of-body")
            ):
                counted_member = True  # "امن کمیٹی کے سربراہ": one person, named by the body led
            if counted_member and on("roles.group-by-members"):
                # "حماس کے سربراہ", "اسرائیل کے وزیراعظم": one person, named by the body they lead
                label_end = title_end.get(h.start, h.end) if title_end is not None else h.end
                out[-1] = Hit(prev.start, label_end, prev.key, h.value)
                if label_end != h.end and members_end is not None and title_end is not None:
                    members_end[prev.start] = h.end
                    title_end[prev.start] = label_end
                keys[-1].append(h.key)
                continue
            members = gap in (" کے ", " کی ") or (
                gap.startswith(" کے ") and _member_gap(gap) and on("roles.member-of-group")
            )
            members = members or _affiliated_members(gap, h.value, prev.value)
            # "افغان طالبان کی سکیورٹی فورسز نے": a generic force named by the body it serves
            agrees = _FORCE_OF_BODY.get(gap[:4])  # the genitive: " کی ", " کے ", " کا "
            force = named and agrees is not None and on("names.force-of-body")
            if force and gap != gap[:4]:  # "بھارتی فوج کا ایک کرنل", "پاک فوج کے دو جوان"
                force = _member_gap(gap) and on("roles.member-of-group")
            if force and agrees is not None:  # the genitive agrees with the force, not an event
                force = h.value.english in _GENERIC_FORCE_NAMES and h.key.split()[-1] in agrees
            if force and members_end is not None:
                members_end[prev.start] = h.end
                continue
            # "سیکیورٹی فورسز کی دہشت گردوں کے ساتھ جھڑپ": attackers are no force's members
            hostile = prev.value.security and h.value.unnamed and h.value.role == "perpetrator"
            if members and _unnamed_organisation(prev) and h.value.unnamed and not prev.value.security:
                # "کالعدم تنظیم کے چار دہشت گردوں": the members, known only by the group's description
                out[-1] = Hit(prev.start, h.end, prev.key, h.value)
                keys[-1].append(h.key)
                continue
            if (
                named
                and (h.value.english is None or h.value.unnamed)
                and members
                and not (hostile and on("roles.clash-with"))
            ):
                # "ٹی ایل پی کے کارکنوں", "لشکر جھنگوی کے مسلح جنگجوؤں", "X کے چار دہشت گردوں":
                # the members are the group
                if members_end is not None and gap != " کی " and on("roles.group-by-members"):
                    # only "کے" agrees with the members; "X کی Y پر فائرنگ" agrees with the event
                    members_end[prev.start] = h.end
                continue
        if _HEAD_OF.match(h.key) and on("roles.group-by-members"):
            continue  # "سربراہ" alone names no one: a head of police or of a committee speaks
        out.append(h)
        keys.append([h.key])
    pairs = zip(out, keys, strict=True)
    return [h if len(k) == 1 else Hit(h.start, h.end, " ".join(k), h.value) for h, k in pairs]


#: A phrase tying armed members to a group named before it, and the members' count if any:
#: " سے منسلک ", " سے وابستہ دو ".
_AFFILIATION_GAP = lazy_compile(
    rf" (?:{word_alternation('affiliation_phrase')}) (?:(?:{'|'.join(UNIT_WORDS[1:])}|\d+) )?"
)
#: The same, with adjectives of suspicion before the members: " سے تعلق رکھنے والے تین مبینہ "
#: (roles.affiliated-suspected-members).
_AFFILIATION_GAP_SUSPECTED = lazy_compile(
    rf" (?:{word_alternation('affiliation_phrase')}) (?:(?:{'|'.join(UNIT_WORDS[1:])}|\d+) )?"
    rf"(?:(?:{word_alternation('suspicion_adjective')}) )+"
)


def _affiliated_members(gap: str, members: ActorTerm, group: ActorTerm) -> bool:
    """Whether ``gap`` ties ``members``, unnamed armed men ("جنگجوؤں", "شدت پسندوں"), to the
    ``group`` named before it ("داعش سے منسلک جنگجوؤں نے"): the group is the actor, in the role
    the case marker after the members gives. Adjectives of suspicion before the members ("سے
    تعلق رکھنے والے تین مبینہ") are passed over where the group has a name of its own."""
    return (
        members.unnamed
        and members.role == "perpetrator"
        and (
            _AFFILIATION_GAP.fullmatch(gap) is not None
            or (
                not group.unnamed
                and _AFFILIATION_GAP_SUSPECTED.fullmatch(gap) is not None
                and on("roles.affiliated-suspected-members")
            )
        )
        and on("roles.affiliated-members")
    )


#: The nouns that make a description an organisation ("تنظیم", "گروپ"): "کالعدم تنظیم".
_ORGANISATION_NOUNS = word_set("named_group_noun", folded=False)


def _unnamed_organisation(hit: Hit[ActorTerm]) -> bool:
    """Whether ``hit`` describes an organisation without naming it ("کالعدم تنظیم", "شدت پسند
    گروپ"): the members named after it ("کالعدم تنظیم کے چار دہشت گردوں کو ہلاک کر دیا") are
    one actor with it, and they give it their role."""
    return (
        hit.value.unnamed
        and hit.key.split()[-1] in _ORGANISATION_NOUNS
        and on("roles.members-of-unnamed-group")
    )


def _descriptor_before_name(a: ActorTerm, b: ActorTerm) -> bool:
    """Whether ``a``, an unnamed description of an armed group ("شدت پسند تنظیم", "مسلح گروپ"),
    stands right before ``b``, the group's own name: the name alone is the actor."""
    return a.unnamed and not b.unnamed and b.english is not None and b.role == "perpetrator"


#: The actor types of armed groups that are no state's.
_NON_STATE_ARMED = frozenset((ActorType.REBEL_GROUP, ActorType.IDENTITY_MILITIA))


def _force_word_before_group(a: Hit[ActorTerm], b: Hit[ActorTerm]) -> bool:
    """Whether ``a`` is one word of a generic force ("فوجی") right before ``b``, the name of an
    armed group that is no state's ("نیم فوجی ریپڈ سپورٹ فورسز"): the word describes the group,
    a paramilitary one, and the group's name alone is the actor (names.force-word-before-group)."""
    return (
        a.value.english in _GENERIC_FORCE_NAMES
        and " " not in a.key
        and b.value.english is not None
        and not b.value.unnamed
        and b.value.actor_type in _NON_STATE_ARMED
    )


def _two_forces(a: ActorTerm, b: ActorTerm) -> bool:
    """Whether ``a`` and ``b`` are the forces of two different bodies, each named by its own
    lexicon entry (not a generic force such as "سیکیورٹی فورسز", which may be anyone's)."""
    return (
        a.security
        and b.security
        and a.english is not None
        and b.english is not None
        and a.english != b.english
        and a.english not in _GENERIC_FORCE_NAMES
        and b.english not in _GENERIC_FORCE_NAMES
    )


#: The genitive between a body and one of its people, with a count or a rank before the
#: person ("کا ایک سینئر کمانڈر", "کے دو مقامی رہنما"; plain "کے" is ``roles.group-by-members``).
_MEMBER_GAP = lazy_compile(
    rf" (?:{word_alternation('genitive')}) (?:(?:{'|'.join(UNIT_WORDS[1:6])}|\d+) )?"
    rf"(?:(?:{word_alternation('member_adjective')}) )?"
)
#: The same gap with a number word above five ("X کے بارہ ", "X کے بیس مسلح "; not "نو", which is
#: also "new"): roles.members-any-count.
_MEMBER_GAP_LARGE = lazy_compile(
    rf" (?:{word_alternation('genitive')}) (?:{'|'.join(w for w in UNIT_WORDS[6:] if w != 'نو')}) "
    rf"(?:(?:{word_alternation('member_adjective')}) )?"
)
#: The same gap with a vague count: "X کے کئی ", "X کے درجنوں مسلح ".
_MEMBER_GAP_VAGUE = lazy_compile(
    rf" (?:{word_alternation('genitive')}) (?:{word_alternation('vague_count')}) "
    rf"(?:(?:{word_alternation('member_adjective')}) )?"
)


def _member_gap(gap: str) -> bool:
    """Whether ``gap`` joins a group to its members counted after it ("X کے چار ", "X کے 12 "), or
    with a vague count ("داعش کے درجنوں جنگجو", "X کے کئی کارکن": roles.members-vague-count): the
    members are the group's, named once as the group, as with a number."""
    if _MEMBER_GAP.fullmatch(gap) is not None:
        return True
    if on("roles.members-any-count") and _MEMBER_GAP_LARGE.fullmatch(gap) is not None:
        return True
    return on("roles.members-vague-count") and _MEMBER_GAP_VAGUE.fullmatch(gap) is not None


#: The English names of the actor lexicon's generic forces, which a body's name may own
#: ("X کی سکیورٹی فورسز").
_GENERIC_FORCE_NAMES = frozenset(("Security forces", "Police", "Law enforcement agencies"))
#: The genitive that agrees with a force's last word: feminine "کی فورسز", "کی پولیس";
#: masculine plural "کے اہلکار", "کے جوان". ("طالبان کے پولیس چوکی پر حملے": "کے" agrees
#: with the event noun, so the post is not the Taliban's.)
_RANKS = word_set("military_rank", folded=False)
_FORCE_OF_BODY = {
    " کی ": word_set("force_body_feminine", folded=False),
    " کے ": word_set("force_member", folded=False) | word_set("force_member_oblique", folded=False) | _RANKS,
    " کا ": word_set("force_member", folded=False) | _RANKS,
}

#: A noun that names a person only with the body the person heads ("حماس کے سربراہ").
_HEAD_OF = lazy_compile(r"(?:سابق )?سربراہ(?!\w)")

#: A group no lexicon lists, named by the text itself: "'X' نامی ایک نئے گروپ", "X نامی تنظیم".
_NAMED_GROUP = ActorTerm(
    actor_type=ActorType.POLITICAL_MILITIA, role=None, unnamed=False, security=False, english=None
)
_NAMI = lazy_compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?نامی\s"
    rf"(?:(?:{word_alternation('named_group_adjective')})\s){{0,3}}"
    rf"(?:{word_alternation('named_group_noun')})(?!\w)"
)
_QUOTES = "'‘’\"“”"
#: Words before "نامی" that end a group's name: what is said about the group.
_NOT_GROUP_NAME = word_set("not_group_name", folded=False)


#: "نامی" as a word, followed by a space: the word first, so ``re`` skips ahead to it.
_NAMI_WORD = prefiltered(lazy_compile(r"نامی(?<!\wنامی)\s"))


def _named_groups(text: str, hits: Sequence[Hit[ActorTerm]]) -> list[Hit[ActorTerm]]:
    """Add the groups the text names with "نامی" that no lexicon lists, and drop the lexicon
    words inside such a phrase ("گروپ"). A name is the quoted words before "نامی", or up to
    three words that are no function words."""
    found: list[Hit[ActorTerm]] = []
    for m in _NAMI_WORD.finditer(text):
        end = _name_end(text, m.start())
        phrase = _NAMI.match(text, end)
        if phrase is None:
            continue
        if end and text[end - 1] in _QUOTES:
            opening = max(text.rfind(q, max(0, end - 60), end - 1) for q in _QUOTES)
            start, stop = opening + 1, end - 1
            if opening < 0 or not text[start:stop].strip():
                continue
        else:
            stop = end
            start = end
            for w in reversed(text[max(0, end - 50) : end].split()[-3:]):
                if w in _NOT_NAME or w in _NOT_GROUP_NAME or not w.isalpha():
                    break
                start -= len(w) + (1 if start < end else 0)
            if start == end:
                continue
        name = text[start:stop].strip()
        start = text.index(name, start)
        found.append(Hit(start, phrase.end(), name, _NAMED_GROUP))
    if not found:
        return list(hits)
    kept = [h for h in hits if not any(f.start <= h.start < f.end for f in found)]
    return sorted([*kept, *found], key=_start)


#: The words that may describe a group before its noun in `_DESCRIBED_GROUP`.
_GROUP_DESCRIBING = f"{word_alternation('named_group_adjective')}|{word_alternation('group_descriptor')}"
#: A group no lexicon lists, named right after words that describe it as an armed group and
#: before its agent or its spokesman: "ایک غیر معروف تنظیم X نے", "مزاحمتی گروہ X کے ترجمان"
#: (group 1: the name, up to four words).
_DESCRIBED_GROUP = prefiltered(
    lazy_compile(
        rf"(?:{words_first(_GROUP_DESCRIBING)})\s(?:(?:{_GROUP_DESCRIBING})\s){{0,2}}"
        rf"(?:{word_alternation('named_group_noun')})\s((?:[^\W\d]+\s){{1,4}}?)"
        rf"(?=(?:{word_alternation('ergative')}|کے\sترجمان|کی\sجانب\sسے)(?!\w))"
    )
)
#: Armed descriptors, one of which must describe the group ("ایک" alone does not).
_ARMED_DESCRIPTOR = word_set("group_descriptor", folded=False) | {"غیر معروف"}


#: "کالعدم" (banned) right before a group's name.
_BANNED_BEFORE = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('banned_word')})\s$"))
#: Armed groups, whose name "کالعدم" may begin.
_BANNED_TYPES = frozenset((ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA))


def _banned_prefix(text: str, hits: Sequence[Hit[ActorTerm]]) -> list[Hit[ActorTerm]]:
    """Begin a named armed group's name at "کالعدم" right before it ("کالعدم لشکر جھنگوی",
    "کالعدم بلوچ لبریشن آرمی (بی ایل اے)"): the word is part of the name as news copy writes
    it, as in "کالعدم تحریک طالبان پاکستان" (``names.banned-prefix``). Unnamed groups ("کالعدم
    تنظیم") and a name another hit ends right before are left."""
    if not _BANNED_BEFORE.may_match(text):
        return list(hits)  # no "کالعدم" in the text: asked once, not before every group
    out: list[Hit[ActorTerm]] = []
    for h in hits:
        named = h.value is _NAMED_GROUP or (h.value.actor_type in _BANNED_TYPES and not h.value.unnamed)
        m = _BANNED_BEFORE.search(text, max(0, h.start - 12), h.start) if named else None
        if m is not None and not any(o.end > m.start() for o in out):
            h = Hit(m.start(), h.end, h.key, h.value)
        out.append(h)
    return out


def _described_groups(text: str, hits: Sequence[Hit[ActorTerm]]) -> list[Hit[ActorTerm]]:
    """Add the groups the text names right after words that describe them as an armed group
    ("ایک غیر معروف تنظیم X کے ترجمان نے", "مزاحمتی گروہ X نے") where no lexicon lists the
    name: the words up to the agent's "نے" or the spokesman are the group's name, an actor the
    sentence gives its role (names.group-after-descriptor). The lexicon's words inside the
    phrase ("گروہ") give way to it."""
    found: list[Hit[ActorTerm]] = []
    phrases = list(_DESCRIBED_GROUP.finditer(text))
    for m in phrases:
        if not any(w in m.group() for w in _ARMED_DESCRIPTOR):
            continue
        words = m.group(1).split()
        if any(w in _NOT_NAME or w in _NOT_GROUP_NAME for w in words):
            continue
        start, end = m.start(1), m.start(1) + len(" ".join(words))
        if any(h.start < end and start < h.end for h in hits):
            continue  # the lexicon knows the name, or part of it
        found.append(Hit(start, end, text[start:end], _NAMED_GROUP))
    if not found:
        return list(hits)
    spans = [(m.start(), m.end()) for m in phrases]
    kept = [
        h
        for h in hits
        if not any(s <= h.start < e for s, e in spans if any(f.start >= s and f.end <= e for f in found))
    ]
    return sorted([*kept, *found], key=_start)


#: A community no lexicon lists, named by one word and "برادری" ("میتئی برادری").
_COMMUNITY = lazy_compile(r"(?<!\w)([^\W\d]{2,}) برادری(?!\w)")
#: Words before "برادری" that name no community whose people an event may strike.
_NOT_COMMUNITY = word_set("not_community", folded=False)
_COMMUNITY_TERM = ActorTerm(
    actor_type=ActorType.CIVILIANS, role=None, unnamed=False, security=False, english=None
)


def _communities(text: str, hits: Sequence[Hit[ActorTerm]]) -> list[Hit[ActorTerm]]:
    """Add the communities the text names with "برادری" ("میتئی برادری کے ایک گاؤں پر") that
    no lexicon lists; the sentence gives them their role."""
    if "برادری" not in text:
        return list(hits)
    found = [
        Hit(m.start(), m.end(), m.group(), _COMMUNITY_TERM)
        for m in _COMMUNITY.finditer(text)
        if m.group(1) not in _NOT_COMMUNITY
        and not any(h.start <= m.end() - 1 and m.start() < h.end for h in hits)
    ]
    return sorted([*hits, *found], key=_start) if found else list(hits)


#: A gang, faction or tribe named by words before its noun: "X گینگ", "X Y گروپ", "X قبیلے".
_CLAN = lazy_compile(rf"(?:{words_first(word_alternation('clan_noun'))})(?!\w)(?! وار)")
#: Words before the noun that describe a group and name none ("مخالف", "ایران نواز").
_NOT_CLAN_NAME = word_set("not_clan_name", folded=False) | _NOT_COMMUNITY
_CLAN_TERM = ActorTerm(
    actor_type=ActorType.POLITICAL_MILITIA, role=None, unnamed=False, security=False, english=None
)
#: A tribe named by its noun ("X قبیلے"): ACLED types clan and communal militias as identity
#: militias, a gang or a faction as a political militia.
_TRIBE_NOUNS = word_set("tribe_noun", folded=False)
_TRIBE_TERM = attrs.evolve(_CLAN_TERM, actor_type=ActorType.IDENTITY_MILITIA)


def _named_clans(text: str, hits: Sequence[Hit[ActorTerm]]) -> list[Hit[ActorTerm]]:
    """Add the gangs, factions and tribes the text names by one or two words before "گروپ",
    "گینگ" or "قبیلے" ("X گینگ کے ڈاکوؤں نے", "X Y گروپ کے مسلح افراد نے", "X قبیلے کے افراد پر")
    that no lexicon lists (names.named-clan): a group known by its leader's, family's or tribe's
    name is an actor of its own, which the sentence gives its role. Words that describe a group
    ("مخالف", "دونوں", "واٹس ایپ"), function words, numbers and a name a lexicon knows are not taken;
    the lexicon's word for the noun ("گینگ") gives way to the whole name."""
    found: list[Hit[ActorTerm]] = []
    for m in _CLAN.finditer(text):
        end = m.start() - 1
        if end <= 0 or text[end] != " ":
            continue
        window = text[max(0, end - 40) : end]
        words = window.split()[-2:] if window and not window[-1].isspace() else []
        taken: list[str] = []
        for w in reversed(words):
            if w in _NOT_NAME or w in _NOT_CLAN_NAME or w in _NOT_GROUP_NAME or not w.isalpha():
                break
            taken.append(w)
        if not taken:
            continue
        start = end - len(" ".join(reversed(taken)))
        if text[start:end] != " ".join(reversed(taken)):
            continue  # words joined by more than one space
        if any(h.start < end and start < h.end for h in hits):
            continue  # a lexicon word among the name's
        term = _TRIBE_TERM if m.group() in _TRIBE_NOUNS else _CLAN_TERM
        found.append(Hit(start, m.end(), text[start : m.end()], term))
    if not found:
        return list(hits)
    kept = [h for h in hits if not any(f.start <= h.start < f.end for f in found)]
    return sorted([*kept, *found], key=_start)


#: Words for a party's workers, named by the party in the genitive: "X کے کارکنوں".
_PARTY_WORKERS = word_set("party_worker_noun", folded=False)
#: Words that end the name of a party read back from "کے": what is said about it, postpositions.
_NOT_PARTY_NAME = _NOT_NAME | _NOT_GROUP_NAME
_GENITIVES = frozenset(("کے", "کی", "کا"))


def _party_workers(text: str, hits: Sequence[Hit[ActorTerm]]) -> list[Hit[ActorTerm]]:
    """Stretch a word for workers over the party the genitive before it names, where no
    lexicon lists the party ("جساف کے کارکنوں نے", "جماعت کے کارکنوں"): workers are known by
    their party, so the actor is the party with its workers, named as written
    (names.party-of-workers). The party's name runs back from "کے" over up to three words
    that are no function words; a word right after another genitive is what that genitive
    governs ("واقعے کے خلاف"), not a name."""
    out: list[Hit[ActorTerm]] = []
    for h in hits:
        if h.key in _PARTY_WORKERS and text.endswith(" کے ", max(0, h.start - 4), h.start):
            end = h.start - 4
            window = text[max(0, end - 50) : end]
            words = window.split()[-4:] if window and not window[-1].isspace() else []
            taken: list[str] = []
            for i in range(len(words) - 1, max(-1, len(words) - 4), -1):
                w = words[i]
                if w in _NOT_PARTY_NAME or not w.isalpha():
                    break
                if i and words[i - 1] in _GENITIVES:
                    break
                taken.append(w)
            if taken and not any(a.start < end and end - 1 < a.end for a in hits):
                start = end - len(" ".join(reversed(taken)))
                h = Hit(start, h.end, text[start : h.end], h.value)
        out.append(h)
    return out


#: An owner, known by what he owns ("دکان کا مالک"): names.owner-of-site.
_OWNER_NOUNS = word_set("owner_noun", folded=False)
#: The same at the end of an actor's span, read with the property: "دکان کے مالک".
_OWNER_AT_END = lazy_compile(rf" (?:{word_alternation('genitive')}) (?:{word_alternation('owner_noun')})$")


def _site_owners(text: str, hits: Sequence[Hit[ActorTerm]]) -> list[Hit[ActorTerm]]:
    """Stretch an owner noun over the one word the genitive before it names ("دکان کا مالک",
    "ہوٹل کے مالک سمیت"): an owner is known by what he owns, so the actor is the owner with
    his property, named as written (names.owner-of-site); a site the lexicon lists there
    ("دکان") is his property, no actor of its own. A function word, a word that is no name
    or a word that another actor (not a site) ends in is not taken."""
    out: list[Hit[ActorTerm]] = []
    owned: set[int] = set()
    for h in hits:
        if text[h.start : h.end] in _OWNER_NOUNS and text.endswith(
            (" کا ", " کے ", " کی "), max(0, h.start - 4), h.start
        ):
            end = h.start - 4
            window = text[max(0, end - 30) : end]
            words = window.split()[-1:] if window and not window[-1].isspace() else []
            start = end - len(words[0]) if words else end
            within = [a for a in hits if a.start < end and end - 1 < a.end]
            if (
                words
                and words[0].isalpha()
                and words[0] not in _NOT_PARTY_NAME
                and words[0] not in _GENITIVES
                and all(a.value.site and a.start == start and a.end == end for a in within)
            ):
                owned.update(a.start for a in within)
                h = Hit(start, h.end, text[start : h.end], h.value)
        out.append(h)
    if owned:
        out = [h for h in out if not (h.start in owned and h.value.site)]
    return out


#: A country's adjective and "اور" right before a second one that heads a force: the "پاکستانی"
#: of "پاکستانی اور افغان فورسز".
_STATE_ADJECTIVE_AND = lazy_compile(
    rf"(?<!\w)({word_alternation('state_adjective')}) (?:{word_alternation('conjunction_and')}) $"
)
_STATE_ADJECTIVES = word_set("state_adjective", folded=False)
#: A country's force, which its adjective names with one of these nouns ("بھارتی فوج").
_FORCE_NOUNS = sorted(word_set("force_body_feminine", folded=False))


def _shared_force_heads(
    text: str, hits: Sequence[Hit[ActorTerm]], lookup: Callable[[str], ActorTerm | None]
) -> list[Hit[ActorTerm]]:
    """Add the first force of "پاکستانی اور افغان فورسز", "بھارتی اور پاکستانی افواج": two
    countries' adjectives share one force noun, so the first adjective names a force of its
    own, the one the lexicon lists as the adjective with that noun ("پاکستانی فورسز") or with
    another force noun ("بھارتی فوج"). The actor is the adjective as written; the sentence
    gives it its role."""
    found: list[Hit[ActorTerm]] = []
    for h in hits:
        words = h.key.split()
        if not h.value.security or len(words) < 2 or words[0] not in _STATE_ADJECTIVES:
            continue
        m = _STATE_ADJECTIVE_AND.search(text, max(0, h.start - 20), h.start)
        if m is None or m.group(1) == words[0]:
            continue
        keys = [" ".join((m.group(1), *words[1:]))] + [f"{m.group(1)} {n}" for n in _FORCE_NOUNS]
        term = next((t for t in map(lookup, keys) if t is not None and t.security), None)
        if term is not None and term.english != h.value.english:
            found.append(Hit(m.start(1), m.end(1), m.group(1), term))
    return sorted([*hits, *found], key=_start) if found else list(hits)


#: A country's adjective and a noun of an armed body right after it: "افغان فضائیہ", "سوڈانی فوج".
_NATIONAL_FORCE = lazy_compile(
    rf"({words_first(word_alternation('state_adjective'))})"
    rf" (?:{word_alternation('force_body_feminine')})(?!\w)"
)


def _word_runs(*names: str) -> tuple[frozenset[str], ...] | None:
    """The whole words of classes ``names`` as written, one set a class, for
    :meth:`TextWords.has_pair`; ``None`` if one of them is not a run of word characters."""
    sets = tuple(word_set(name, folded=False) for name in names)
    return sets if all(re.fullmatch(r"\w+", w) for words in sets for w in words) else None


#: The words of `_NATIONAL_FORCE`'s two classes (``None``: the pattern is searched in every text).
_NATIONAL_FORCE_WORDS = _word_runs("state_adjective", "force_body_feminine")
#: A country's armed force that no lexicon lists: state forces, named as written.
_NATIONAL_FORCE_TERM = ActorTerm(
    actor_type=ActorType.STATE_FORCES, role=None, unnamed=False, security=True, english=None
)


def _national_forces(
    text: str,
    hits: Sequence[Hit[ActorTerm]],
    lookup: Callable[[str], ActorTerm | None],
    words: TextWords,
) -> list[Hit[ActorTerm]]:
    """Add the armed forces a country's adjective names with a noun of an armed body ("افغان
    فضائیہ", "نائیجیرین فوج", "سوڈانی بحریہ") where no lexicon entry covers the words: they are
    that country's forces (names.national-force). The force takes the lexicon's entry for the
    same adjective with another such noun ("افغان فورسز") where there is one, so the article's
    other names of it agree; the sentence gives it its role. The pattern is searched only in
    a text whose ``words`` hold such an adjective one space before such a noun."""
    if _NATIONAL_FORCE_WORDS is not None and not words.has_pair(*_NATIONAL_FORCE_WORDS):
        return list(hits)
    found: list[Hit[ActorTerm]] = []
    for m in _NATIONAL_FORCE.finditer(text):
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            continue
        keys = [f"{m.group(1)} {n}" for n in _FORCE_NOUNS]
        term = next((t for t in map(lookup, keys) if t is not None and t.security), _NATIONAL_FORCE_TERM)
        found.append(Hit(m.start(), m.end(), m.group(), term))
    return sorted([*hits, *found], key=_start) if found else list(hits)


#: A coalition named by who leads it: "سعودی قیادت والے اتحاد", "امریکی قیادت میں اتحادی ممالک",
#: "امریکہ کی قیادت میں قائم اتحاد" (a name of one or two words and "کی" before the leading).
_LED_COALITION = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:(?:{word_alternation('state_adjective')})|(?!(?:جس|جن|ان|اس)\s)[^\W\d]+(?:\s[^\W\d]+)?\sکی)"
        rf"\sقیادت\s(?:میں|والے|والی|والا)\s(?:قائم\s)?(?:{word_alternation('coalition_noun')})(?!\w)"
    )
)


def _led_coalitions(text: str, hits: Sequence[Hit[ActorTerm]]) -> list[Hit[ActorTerm]]:
    """Add the coalitions the text names by who leads them ("سعودی قیادت والے اتحاد", "امریکی
    قیادت میں اتحادی ممالک") where no lexicon entry covers the words: a coalition of states'
    forces, named as written, which the sentence gives its role (names.led-coalition). The
    lexicon's words inside the phrase ("اتحادی افواج") give way to it."""
    if "قیادت" not in text:
        return list(hits)
    found: list[Hit[ActorTerm]] = []
    for m in _LED_COALITION.finditer(text):
        if any(h.start <= m.start() and m.end() <= h.end for h in hits):
            continue  # the lexicon lists the whole phrase
        found.append(Hit(m.start(), m.end(), m.group(), _NATIONAL_FORCE_TERM))
    if not found:
        return list(hits)
    kept = [h for h in hits if not any(f.start < h.end and h.start < f.end for f in found)]
    return sorted([*kept, *found], key=_start)


#: The nouns of a country's armed body, as written ("فوج", "افواج", "فضائیہ").
_FORCE_NOUN_SET = frozenset(_FORCE_NOUNS)


def _forces_of_country(
    text: str, hits: Sequence[Hit[ActorTerm]], place_refs: Sequence[PlaceRef]
) -> list[Hit[ActorTerm]]:
    """Stretch a noun of an armed body over the country that owns it with "کی" ("یوکرین کی
    فوج", "روس کی افواج"): the force is that country's, and its name is the whole phrase, as
    a country's adjective before the noun names it ("یوکرینی فوج"); the country's own actor
    word inside the phrase gives way (names.force-of-country)."""
    countries = {p.end: p.start for p in place_refs if p.level == 0 and not p.site}
    # A state that the actors' lexicon lists by its country's name ("اسرائیل"): it owns the force.
    states = {
        a.end: a
        for a in hits
        if a.value.actor_type is ActorType.STATE_FORCES
        and a.value.english
        and text[a.start : a.end] not in _FORCE_NOUN_SET
    }
    if not countries and not states:
        return list(hits)
    grown: list[Hit[ActorTerm]] = []
    for h in hits:
        owned = text[h.start - 4 : h.start] == " کی "
        if not (owned and h.value.security and text[h.start : h.end] in _FORCE_NOUN_SET):
            continue
        state = states.get(h.start - 4)
        if state is not None:
            grown.append(Hit(state.start, h.end, text[state.start : h.end], state.value))
        elif h.start - 4 in countries:
            start = countries[h.start - 4]
            grown.append(Hit(start, h.end, text[start : h.end], h.value))
    if not grown:
        return list(hits)
    kept = [h for h in hits if not any(g.start <= h.start and h.end <= g.end for g in grown)]
    return sorted([*kept, *grown], key=_start)


#: What marks a force named with its province as a subject or an owner: "نے", "کے", "کی", "کا".
_AGENT_OR_OWNER = lazy_compile(rf"\s(?:{word_alternation('ergative')}|کے|کی|کا)(?!\w)")


def _forces_of_province(
    text: str, hits: Sequence[Hit[ActorTerm]], place_refs: Sequence[PlaceRef]
) -> list[Hit[ActorTerm]]:
    """Stretch a security force over the province written right after it ("فرنٹیئر کور
    بلوچستان نے", "رینجرز سندھ کے ترجمان", "پولیس پنجاب کا"): a province after a force names
    its provincial command, so the case marker after the province is the force's and gives
    its role. Only when a case marker of a subject or an owner follows; "فورسز سندھ میں"
    is where they acted."""
    provinces = {p.start: p for p in place_refs if p.level == 1 and not p.site}
    if not provinces:
        return list(hits)
    found: list[Hit[ActorTerm]] = []
    for h in hits:
        p = provinces.get(h.end + 1)
        if h.value.security and p is not None and text[h.end] == " " and _AGENT_OR_OWNER.match(text, p.end):
            h = Hit(h.start, p.end, text[h.start : p.end], h.value)
        found.append(h)
    return found


#: A person no lexicon lists, named by the text itself: "اکرم نامی شخص", "یاسر نامی ملزم".
_PERSON_TERM = ActorTerm(
    actor_type=ActorType.CIVILIANS, role=None, unnamed=False, security=False, english=None
)
#: Words for a person that are no actor of their own ("شخص").
_PERSON_NOUN = lazy_compile(rf"(?:ایک\s)?(?:{word_alternation('person_noun')})(?!\w)")
_MAX_PERSON_WORDS = 2


def _named_people(text: str, hits: Sequence[Hit[ActorTerm]]) -> tuple[list[Hit[ActorTerm]], frozenset[int]]:
    """Add the people the text names with "نامی" before a word for a person ("اکرم نامی
    شخص", "یاسر نامی ملزم"), keyed by the name, and drop the lexicon words inside such a
    phrase. Also return where these names start: each actor's span is its name alone,
    while its role is read after the whole phrase."""
    by_start = {h.start: h for h in hits if not h.value.site}
    found: list[Hit[ActorTerm]] = []
    for m in _NAMI_WORD.finditer(text):  # "(?<!\w)نامی\s", searched from its first letter
        noun = by_start.get(m.end())
        if noun is not None:
            person = noun.value.titled or noun.value.actor_type is ActorType.CIVILIANS
            if not person or noun.value.english is not None:
                continue
            term, end = evolve(noun.value, unnamed=False, titled=False), noun.end
        else:
            generic = _PERSON_NOUN.match(text, m.end())
            if generic is None:
                continue
            term, end = _PERSON_TERM, generic.end()
        stop = _name_end(text, m.start())
        start = stop
        for w in reversed(text[max(0, stop - 40) : stop].split()[-_MAX_PERSON_WORDS:]):
            if w in _NOT_NAME or w in _NOT_GROUP_NAME or not w.isalpha():
                break
            start -= len(w) + (1 if start < stop else 0)
        if start == stop:
            continue
        found.append(Hit(start, end, text[start:stop], term))
    if not found:
        return list(hits), frozenset()
    kept = [h for h in hits if not any(f.start <= h.start < f.end for f in found)]
    return sorted([*kept, *found], key=_start), frozenset(f.start for f in found)


def _named_group_end(text: str, ref: ActorRef) -> int:
    """Where the phrase of a group named with "نامی" ends ("'X' نامی گروپ|")."""
    pos = ref.end + (1 if text[ref.end : ref.end + 1] in _QUOTES else 0)
    m = _NAMI.match(text, pos)
    return m.end() if m else ref.end


def _name_end(text: str, nami: int) -> int:
    """Where the name before "نامی" at ``nami`` ends (before a parenthesis and spaces)."""
    end = nami
    while end and text[end - 1].isspace():
        end -= 1
    if end and text[end - 1] == ")":
        opening = text.rfind("(", max(0, end - 42), end)
        if opening >= 0:
            end = opening
            while end and text[end - 1].isspace():
                end -= 1
    return end


def _named(
    text: str,
    hit: Hit[ActorTerm],
    vocabulary: Callable[[str], bool],
    place_starts: frozenset[int],
    untitled: bool = False,
) -> Hit[ActorTerm]:
    """Extend a title with the personal name after it ("سابق وزیر خارجہ X Y کے گھر پر"); with
    ``untitled``, any actor's word (a label such as "صحافی").

    The name is one to four words that are no lexicon words, places or function
    words, ending where a postposition or punctuation follows. The place an office title
    serves may stand between ("ڈپٹی کمشنر چترال X Y نے": names.title-place-then-name).
    """
    if not hit.value.titled and not untitled:
        return hit
    base = hit.end
    if (untitled or hit.value.actor_type is ActorType.CIVILIANS) and on("roles.label-age-name"):
        # "مکھیا 52 سالہ X Y کو": the label's age before the name
        age = _AGE_GAP.match(text, hit.end)
        if age is not None:
            base = age.end()
    end = base
    served = on("names.title-place-then-name") and _title_pattern().search(text[hit.start : hit.end + 1])
    honorifics = on("names.honorific-in-name")
    place_end = base
    for n, m in enumerate(_NAME_WORD.finditer(text, base, min(len(text), base + 60))):
        word = m.group(1)
        if n == 0 and served and m.start(1) in place_starts:
            end = place_end = m.end()  # the place the title serves, before the name
            continue
        if n - (place_end > base) >= 4 or m.start() != end or word in _NOT_NAME:
            break
        # "رہنما مولانا X", "سربراہ ملک X": an honorific opening the name is part of it
        if vocabulary(word) and not (end == place_end and word in _HONORIFICS and honorifics):
            break
        if m.start(1) in place_starts:
            break
        end = m.end()
    if end == place_end:
        return hit
    if end == base or not _AFTER_NAME.match(text, end):
        return hit
    return Hit(hit.start, end, text[hit.start : end], hit.value)


#: A label ending in a word for one member of a force or a worker of a party ("پولیس کانسٹیبل",
#: "ایف سی اہلکار", "کارکن"): a personal name may follow it (roles.member-then-name).
_MEMBER_LABEL_END = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('member_alone')}|{word_alternation('party_worker_noun')})$"
)


#: How far after a member's name and its marker an event or casualty word is looked for.
_MEMBER_NAME_REACH = 60


#: An age right after a label, before the personal name: " 52 سالہ", " 45سالہ".
_AGE_GAP = lazy_compile(r" \d+ ?سالہ(?= )")


#: How far into the text, and past how many headline lines, a dateline is looked for.
_HEADLINE_CHARS = 300
_HEADLINE_LINES = 3
#: The end of a sentence: a headline has none.
_SENTENCE_END = lazy_compile(r"[۔.؟?!]")


def _outside_road_names(refs: list[PlaceRef]) -> list[PlaceRef]:
    """The places but the towns inside the name of a road ("کوئٹہ کراچی قومی شاہراہ", "جمرود
    روڈ"): a road named after the towns it joins or leads to is in neither of them."""
    ends = place_words("road")
    roads = [p for p in refs if p.site and (p.key.split() or [""])[-1] in ends]
    if not roads:
        return refs
    return [
        p
        for p in refs
        if p.site
        or not any(
            r.start <= p.start and p.end <= r.end and r is not p and not _town_of_bypass(r, p, refs)
            for r in roads
        )
    ]


#: The end of the name of a road that goes around one town ("X بائی پاس", "X رنگ روڈ").
_TOWN_ROAD_END = lazy_compile(rf"(?:{word_alternation('town_road')})$")


def _town_of_bypass(road: PlaceRef, town: PlaceRef, refs: Sequence[PlaceRef]) -> bool:
    """Whether ``town`` is the one town a bypass or ring road inside ``road`` is named after
    ("ساہیوال بائی پاس"): such a road lies at that town, which stays a place of the event (rule
    ``places.town-of-bypass``)."""
    return (
        on("places.town-of-bypass")
        and _TOWN_ROAD_END.search(road.key) is not None
        and sum(1 for q in refs if not q.site and road.start <= q.start and q.end <= road.end) == 1
    )


#: Right after the towns a road is named after: the road word ("پاراچنار پشاور شاہراہ بند کر دی
#: گئی", "کوئٹہ کراچی قومی شاہراہ").
_ROAD_AFTER = lazy_compile(
    rf"\s(?:(?:{word_alternation('road_adjective')})\s)?(?:{word_alternation('road')})(?!\w)"
)
#: Between two towns of a road's name: a space or a dash.
_ROAD_TOWN_GAP = lazy_compile(r"\s?[-–]?\s?")


def _without_towns_naming_road(text: str, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The places but the towns right before a road word when no site was read there ("جھڑپوں کے
    باعث پاراچنار پشاور شاہراہ بند کر دی گئی", "پشاور روڈ کو بند کر دیا"): the towns name the
    road, which the sentence does not make a place of the event (rule
    ``places.towns-naming-road``)."""
    if not on("places.towns-naming-road"):
        return refs
    towns = sorted((p for p in refs if not p.site), key=lambda p: p.start)
    drop: set[int] = set()
    i = 0
    while i < len(towns):
        chain = [towns[i]]
        while i + 1 < len(towns) and _ROAD_TOWN_GAP.fullmatch(text, chain[-1].end, towns[i + 1].start):
            i += 1
            chain.append(towns[i])
        road = _ROAD_AFTER.match(text, chain[-1].end)
        if road is not None and not (
            len(chain) == 1
            and on("places.town-of-bypass")
            and _TOWN_ROAD_END.search(road.group()) is not None
        ):
            drop.update(id(p) for p in chain)
        i += 1
    return [p for p in refs if id(p) not in drop] if drop else refs


def _dateline_span(text: str, places: Sequence[PlaceRef] = ()) -> tuple[int, int] | None:
    """Where the dateline's name is ("کوئٹہ" in "کوئٹہ (ویب ڈیسک): ..."), without its credit.

    A dateline with no colon ("پشاور (نامہ نگار) ...", "کوئٹہ — ...") counts only when
    ``places`` (the gazetteer's) cover its name, and so does one that starts a line after a
    headline ("X میں کارروائی، 6 دہشت گرد ہلاک\nراولپنڈی: ...").
    """
    span = _dateline_at(text, 0, places)
    if span is not None:
        return _dateline_under_headline(text, places) or span
    if not on("places.dateline-after-headline"):
        return span
    pos = 0
    for _ in range(_HEADLINE_LINES):
        pos = text.find("\n", pos, _HEADLINE_CHARS) + 1
        if pos <= 0 or _SENTENCE_END.search(text, 0, pos):
            return None  # no more lines, or what came before was a sentence, not a headline
        span = _dateline_at(text, pos, places)
        if span is not None and _known_places(text, span, places):
            return span
    return None


def _dateline_under_headline(text: str, places: Sequence[PlaceRef]) -> tuple[int, int] | None:
    """The dateline of the line after a headline that itself opens with a place and a colon
    ("خیبر: بارودی سرنگ دھماکے میں تین بچے جاں بحق⏎لنڈی کوتل (نامہ نگار) ..."): the first line
    has no full stop and the next opens with a known place and a colon, credit or dash, so
    the first is the headline and the report is filed from the second's place
    (places.dateline-under-headline); ``None`` otherwise."""
    if not on("places.dateline-under-headline"):
        return None
    pos = text.find("\n", 0, _HEADLINE_CHARS) + 1
    if pos <= 0 or _SENTENCE_END.search(text, 0, pos):
        return None
    span = _dateline_at(text, pos, places)
    return span if span is not None and _known_places(text, span, places) else None


def _dateline_at(text: str, pos: int, places: Sequence[PlaceRef]) -> tuple[int, int] | None:
    """The dateline's name if one starts at ``pos`` (see :func:`_dateline_span`)."""
    m = _DATELINE.match(text, pos)
    if (m is None or "\n" in m.group(0) or len(m.group(1).split()) > 6) and on("places.dateline-formats"):
        open_span = (
            _open_dateline(text, places, pos)
            or _comma_round_up(text, places, pos)
            or _dated_dateline(text, pos)
        )
        if open_span is not None:
            return open_span
    if m is None or "\n" in m.group(0):
        return None
    s, e = m.span(1)
    credit = _CREDIT.search(text, s, e)
    if credit is not None and on("places.dateline-credit"):
        e = credit.start()
    dated = _DATE_IN_DATELINE.search(text, s, e)
    if dated is not None and on("places.dateline-formats"):
        e = dated.start()  # "کوئٹہ، 15 مئی (اے پی پی):": the day the report was filed
    return (s, e) if s < e else None


def _open_dateline(text: str, places: Sequence[PlaceRef], pos: int = 0) -> tuple[int, int] | None:
    """The name of a dateline with no colon ("پشاور (نامہ نگار)", "کوئٹہ —"), if known places
    (and the separators of a round-up: "لاہور/کراچی (نیوز ڈیسک)") make up all of it."""
    m = _OPEN_DATELINE.match(text, pos)
    if m is None:
        return None
    span = m.span(1)
    return span if _known_places(text, span, places) else None


#: A dateline with the day it was filed and a credit: a name of up to three words, perhaps its
#: region in brackets, a comma, a day and a month, and a credit in brackets
#: ("بالاسور (اڈیشہ)، 15 دسمبر (ایجنسی)").
_DATED_DATELINE = lazy_compile(
    r"\s*([^\W\d][^:\n()\[\]،,\-–—/\d]{0,30}?)\s*(?:\([^()\n\d]{1,25}\)\s*)?[،,]\s*\d{1,2}\s+"
    rf"(?:{'|'.join(sorted(map(re.escape, MONTHS), key=len, reverse=True))})(?:\s*\d{{4}}ء?)?\s*"
    r"[(\[][^()\[\]\n]{1,30}[)\]]"
)


def _dated_dateline(text: str, pos: int = 0) -> tuple[int, int] | None:
    """The name of a dateline that prints the day it was filed before a credit
    ("بالاسور (اڈیشہ)، 15 دسمبر (ایجنسی)"), known to the gazetteer or not: the day and the
    credit make the line a dateline (places.dated-dateline); ``None`` otherwise."""
    if not on("places.dated-dateline"):
        return None
    m = _DATED_DATELINE.match(text, pos)
    if m is None or len(m.group(1).split()) > 3:
        return None
    return m.span(1)


#: Places listed with commas before a credit: "کوئٹہ، تربت (مانیٹرنگ ڈیسک)". A round-up's credit
#: may name its reporters and agencies at length ("(نمائندگان نوائے وقت، نیوز ایجنسیاں)").
_COMMA_ROUND_UP = lazy_compile(
    r"\s*([^\W\d][^:\n()\[\]\-–—\d]{0,50}?[،,][^:\n()\[\]\-–—\d]{1,30}?)\s*[(\[][^()\[\]\n]{1,40}[)\]]"
)


def _comma_round_up(text: str, places: Sequence[PlaceRef], pos: int = 0) -> tuple[int, int] | None:
    """The names of a desk round-up's dateline that lists its cities with commas before the
    credit ("کوئٹہ، تربت (مانیٹرنگ ڈیسک)"), when known places make up all of it: a dateline
    of several cities, which gives no place but is not read as the text's."""
    if not on("places.dateline-comma-round-up"):
        return None
    m = _COMMA_ROUND_UP.match(text, pos)
    if m is None:
        return None
    span = m.span(1)
    return span if _known_places(text, span, places) else None


def _known_places(text: str, span: tuple[int, int], places: Sequence[PlaceRef]) -> bool:
    """Whether known places (and the separators of a round-up) make up all of ``span``."""
    s, e = span
    inside = [p for p in places if s <= p.start and p.end <= e]
    if not inside:
        return False
    rest, pos = [], s
    for p in sorted(inside, key=lambda p: p.start):
        rest.append(text[pos : p.start])
        pos = p.end
    rest.append(text[pos:e])
    return all(_ONLY_SEPARATORS.fullmatch(r) for r in rest)


def _dateline(text: str, places: Sequence[PlaceRef], span: tuple[int, int] | None) -> PlaceRef | None:
    """The place the dateline names (``span``, from :func:`_dateline_span`), if it names one."""
    if span is None:
        return None
    s, e = span
    nested = _nested_dateline(text, places, s, e)
    if nested is not None:
        return evolve(nested, rule="places.dateline-nested-slash")
    words = text[s:e].split()
    if len(words) > 3 or _SEVERAL.search(text, s, e) or any(w in _CLAUSE_WORDS for w in words):
        return None  # several cities, or a sentence ("وزیراعظم نے کہا:")
    for p in places:
        if p.start == s and p.end == e:
            return evolve(p, rule="places.dateline")
    town = _town_of_region(text, places, s, e)
    if town is not None:
        return town
    if on("places.dateline-topic") and _country_topic(text, places, s, e):
        return None  # "یوکرین جنگ: ...": the story's topic, no place it was filed from
    if words and words[-1] in _DESK_WORDS and on("places.desk-dateline"):
        return None  # "ویب ڈیسک: ...": a desk, an agency or a reporter, no place
    return PlaceRef(s, e, text[s:e], 3, rule="places.dateline")


#: The last words of a dateline that names a desk, an agency or a reporter ("ویب ڈیسک").
#: A photo credit at the end of a line, after the caption's end ("۔", a dash, a bar) or alone on it:
#: "... گشت کر رہے ہیں۔ فوٹو: ایکسپریس", "عمارت کا منظر - فائل فوٹو", "(فوٹو: اسکرین گریب)".
_PHOTO_CREDIT_END = prefiltered(
    lazy_compile(
        rf"(?:^|[۔|\-]\s?)\(?(?:{word_class('photo_credit')})(?:\s?:\s?[^\n:۔]{{1,40}}?)?\)?[ \t]*$",
        re.MULTILINE,
    )
)


def _caption_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The lines of ``text`` that end in a photo credit: a picture's caption and its credit, page
    furniture of a web page, whose events, places and days are the picture's, not the report's
    (non-events.photo-caption)."""
    if "\n" not in text:
        return ()
    out = []
    for m in _PHOTO_CREDIT_END.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        out.append((start, len(text) if end < 0 else end))
    return tuple(out)


_DESK_WORDS = frozenset(w.split()[-1] for w in word_set("desk_word", folded=False))


def _country_topic(text: str, places: Sequence[PlaceRef], s: int, e: int) -> bool:
    """Whether an unknown dateline is a country's name and common words after it ("یوکرین
    جنگ:", "غزہ جنگ بندی:"): a headline's topic label, not a town the gazetteer lacks
    (places.dateline-topic)."""
    country = next((p for p in places if p.start == s and p.level == 0 and not p.site), None)
    if country is None or country.end >= e:
        return False
    known = known_words()
    return all(_folded(w) in known for w in text[country.end : e].split())


def _town_of_region(text: str, places: Sequence[PlaceRef], s: int, e: int) -> PlaceRef | None:
    """The town of a dateline that names a town and then the province or region it lies in
    ("کوٹلی آزاد کشمیر (نامہ نگار)", "سکردو گلگت بلتستان:"): one place, not a round-up of two;
    the town is the dateline and the region is read as a place of the text (rule
    ``places.dateline-town-region``)."""
    inside = sorted((p for p in places if s <= p.start and p.end <= e), key=lambda p: p.start)
    if len(inside) != 2 or not on("places.dateline-town-region"):
        return None
    town, region = inside
    if town.start != s or region.end != e or text[town.end : region.start] != " ":
        return None
    if not (1 <= region.level < town.level) or town.site or region.site or not within(town, region):
        return None
    return evolve(town, rule="places.dateline-town-region")


#: One or two words before "میں" (in): "بستی ملوانہ میں"; a direction may come first.
#: A noun naming an event ("واقعہ", "حملہ", "دھماکہ"; a count turns it into a tally), another
#: that may name the incident a later sentence tells of ("مقابلہ", "فائرنگ"), and a verb of
#: happening ("پیش آیا", "ہوا", "کیا گیا"): "واقعہ ... پیش آیا" tells the event's time or place.
EVENT_NOUN = lazy_compile(word_class("tallied_event"))
TOLD_EVENT = lazy_compile(word_class("told_event_noun"))
HAPPENED = lazy_compile(rf"(?<!\w)(?:{word_alternation('happened_verb')})(?!\w)")


def told_happening(text: str, start: int, at: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an event by a noun before ``at`` and says after it that
    the event happened ("واقعہ آپسر میں پیش آیا", "دھماکہ ککی کے قریب ہوا"): what stands at
    ``at`` is where it happened (rule ``places.told-happening``)."""
    return (
        on("places.told-happening")
        and (EVENT_NOUN.search(text, start, at) is not None or TOLD_EVENT.search(text, start, at) is not None)
        and HAPPENED.search(text, at, end) is not None
    )


_MEIN = lazy_compile(r" میں(?!\w)")
#: The one or two words that end right before a position (searched in a window before it).
#: (No letter or mark of the Arabic block before it, but its punctuation may be, with no space:
#: "کیا۔X میں", "،X میں".)
_TWO_WORDS = lazy_compile(
    r"(?<![\w\u0600-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u06d3\u06d5-\u06ff])(?:([^\W\d]+) )?([^\W\d]+)$"
)
#: Words that govern "میں" as their complement ("X میں ملوث", "X میں شامل"): X is no place.
_GOVERNED_MEIN = lazy_compile(rf"\s(?:{word_class('governs_mein')})")
#: How far either side of a name its sentence is looked for.
_SENTENCE_REACH = 400
_DIRECTION = word_set("compass_adjective", folded=False)
#: Words that are rarer than this rank in the word list can be part of a name.
_RARE_RANK = 8000


@functools.cache
def _sorted_known() -> tuple[str, ...]:
    """The known words in sorted order (for :func:`_misspelt`): references to the word list's
    own strings, not a set of every word cut short (2 MB less memory)."""
    return tuple(sorted(known_words()))


def _cut_short(word: str) -> bool:
    """Whether ``word`` (three letters or more) is a known word with its last one or two
    letters dropped."""
    if len(word) < 3:
        return False
    known = _sorted_known()
    # The known words that start with ``word`` follow it in sorted order.
    i = bisect.bisect_right(known, word)
    while i < len(known) and known[i].startswith(word):
        if len(known[i]) - len(word) <= 2:
            return True
        i += 1
    return False


def _misspelt(word: str) -> bool:
    """Whether an unknown word is a known one cut short or glued to a postposition
    ("آپریش", "کےعلاقےسنبھل"): no name."""
    if word.startswith(("کے", "کی", "کا", "میں", "سے")) and len(word) > 5:
        return True
    return _cut_short(word)


#: The oblique plural ending of nouns ("بنکروں", "مورچوں").
_OBLIQUE_PLURAL = "وں"
#: What the singular of an oblique plural may end in after its stem ("مورچوں": "مورچہ").
_SINGULAR_ENDINGS = ("", "ہ", "ا", "ی")


def _plural_of_known(word: str, known: Mapping[str, int]) -> bool:
    """Whether an unknown word is the oblique plural of a word of the word list ("بنکروں" of
    "بنکر", "مورچوں" of "مورچہ"): a common noun, no place name (places.plural-no-name)."""
    if not word.endswith(_OBLIQUE_PLURAL) or not on("places.plural-no-name"):
        return False
    stem = word[: -len(_OBLIQUE_PLURAL)]
    return len(stem) >= 3 and any(stem + e in known for e in _SINGULAR_ENDINGS)


def _outside_terms(refs: list[PlaceRef], terms: Sequence[Hit[Any]]) -> list[PlaceRef]:
    """Without the names no gazetteer knows that are a word of a lexicon term of several words
    ("پریشر ککر میں": the last word of a weapon's name is no place; places.rare-name-in-a-term)."""
    spans = [(h.start, h.end) for h in terms if h.start < h.end and " " in h.key]
    if not spans:
        return refs
    return [
        p
        for p in refs
        if p.rule != "places.rare-name-before-mein" or not any(a <= p.start and p.end <= b for a, b in spans)
    ]


def _sites_not_inside_terms(refs: list[PlaceRef], terms: Sequence[Hit[Any]]) -> list[PlaceRef]:
    """Without the named sites whose name begins inside a weapon's name of several words and runs
    past it ("دھماکا خیز مواد مسجد کے منبر کے قریب نصب کیا گیا": no site "خیز مواد مسجد"; the
    weapon is what was planted at a mosque; places.site-name-inside-term)."""
    spans = [(h.start, h.end) for h in terms if h.start < h.end and " " in h.key]
    if not spans:
        return refs
    return [p for p in refs if not (p.site and any(a < p.start < b < p.end for a, b in spans))]


#: After a name, a postposition that makes it the place of what follows: "X میں", "X پر".
_PLACE_POSTPOSITION = lazy_compile(r"\s(?:میں|پر)(?!\w)")
#: A past or completive auxiliary: "ہوا تھا", "مارے جا چکے".
_PAST_AUXILIARY = lazy_compile(rf"(?<!\w)(?:{word_alternation('past_perfect_auxiliary')})(?!\w)")
#: Right before a name, a genitive: "کے اعزاز میں" (in honour of) names no place.
_GENITIVE_BEFORE = lazy_compile(rf"(?:^|\s)(?:{word_alternation('genitive')})\s$")


def _cue_names_again(text: str, refs: list[PlaceRef]) -> list[PlaceRef]:
    """With the names that a place noun made places where the article introduced them ("شام
    کے شمالی قصبے X میں"), each other place the article names them again bare before "میں" or
    "پر" in a sentence in the past perfect ("تاہم X میں جنوری میں بھی ... دھماکہ ہوا تھا"): the
    article has said what the name is, though the gazetteer does not know it and the word may be
    common, and an earlier event recalled there is at that place; the news told again at a name
    takes its places from the incident it joins (places.cue-named-again)."""
    named = {
        text[p.start : p.end]: p for p in refs if p.rule == "places.cue" and not p.site and p.place is None
    }
    if not named:
        return refs
    taken = [(p.start, p.end) for p in refs]
    found = []
    for name, ref in named.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            a, b = m.span()
            if any(s < b and a < e for s, e in taken):
                continue
            if _PLACE_POSTPOSITION.match(text, b) is None:
                continue
            if _GENITIVE_BEFORE.search(text, max(0, a - 4), a):
                continue
            end = text.find("۔", b)
            if _PAST_AUXILIARY.search(text, b, len(text) if end < 0 else end) is None:
                continue  # told in the present or simple past: the news, whose places are told
            found.append(evolve(ref, start=a, end=b, rule="places.cue-named-again"))
            taken.append((a, b))
    return sorted([*refs, *found], key=lambda p: p.start) if found else refs


#: A line that opens with a name of one to three words and a colon, a dash or a bracketed credit,
#: as an article's dateline does ("تنگی: ...", "مردان (نمائندہ) ...", "چارسدہ - ..."): group 1 is
#: the name (places.paragraph-dateline).
_LINE_DATELINE = lazy_compile(
    r"\n[^\S\n]*([^\W\d]+(?: [^\W\d]+){0,2})[^\S\n]*(?:[:：]|[\-—–](?=\s)|[(\[][^()\[\]\n]{1,30}[)\]])"
)


def _paragraph_datelines(text: str, refs: list[PlaceRef]) -> list[PlaceRef]:
    """With the names that open a later line as a dateline does ("X: ...", "X (نمائندہ) ...",
    "X - ..."), where the article reads that name as a place elsewhere (the gazetteer's, or one
    read before "میں"): a district round-up gives each paragraph its town the way the article's
    dateline gives the first, so the paragraph's account is at that town (rule
    ``places.paragraph-dateline``). A speaker's label or a title before a colon names no place
    and is not read."""
    if "\n" not in text or not refs:
        return refs
    named: dict[str, PlaceRef] = {}
    for p in refs:
        named.setdefault(text[p.start : p.end], p)
    found = []
    for m in _LINE_DATELINE.finditer(text):
        a, b = m.span(1)
        if any(p.start < b and a < p.end for p in refs):
            continue  # read already
        ref = named.get(text[a:b])
        if ref is None:
            continue
        found.append(evolve(ref, start=a, end=b, rule="places.paragraph-dateline"))
    return sorted([*refs, *found], key=lambda p: p.start) if found else refs


def _with_rare_names(
    text: str,
    refs: list[PlaceRef],
    triggers: _Bucket[Hit[TriggerTerm]],
    vocabulary: Callable[[str], bool],
    known_places: Sequence[PlaceRef] | None = None,
    variant: Callable[[str], PlaceRef | None] | None = None,
) -> list[PlaceRef]:
    """Add the names no gazetteer knows that the text puts an event in: words before "میں"
    in a sentence with an event word and no known place, the last of them not in the word
    list and the one before it, if any, rare ("بستی ملوانہ میں" but not "گھر میں", "حملے میں")."""
    if not triggers.items:
        return refs
    known = known_words()
    taken = sorted((p.start, p.end) for p in (refs if known_places is None else known_places))
    starts = [start for start, _ in taken]
    # A place overlaps [a, b) iff one starting before b ends after a: the running maximum tells.
    ends_max = list(itertools.accumulate((end for _, end in taken), max))
    found: list[PlaceRef] = []
    governed = _GOVERNED_MEIN if on("places.governed-mein") else None
    # Names read beside a place noun ("مشرقی علاقے X میں"): told again bare, they are that place.
    named = {r.key for r in refs if r.rule == "places.cue"} if on("places.named-again") else set()
    for m in _MEIN.finditer(text):
        if governed and governed.match(text, m.end()):
            continue  # "دہشت گردی میں ملوث": what someone is involved in, not where
        # The two words hold at most one space, so no match starts before the second-last space:
        # searching from there finds what a search of the whole window would, with fewer tries.
        lo = max(0, m.start() - 60)
        space = text.rfind(" ", lo, m.start())
        head = _TWO_WORDS.search(text, max(lo, text.rfind(" ", lo, space)) if space > lo else lo, m.start())
        if head is None:
            continue
        last = head.group(2)
        spelt = variant(last) if variant is not None else None
        if spelt is not None and not vocabulary(_folded(last)):
            end = head.end(2)
            start = end - len(last)
            k = bisect.bisect_left(starts, end)
            if not (k and ends_max[k - 1] > start):  # not a place read already
                found.append(evolve(spelt, start=start, end=end, key=text[start:end]))
            continue
        suffixed = False
        if last in _NOT_NAME or _folded(last) in known:
            suffixed = _toponym_pair(head.group(1), last, known)
            if not suffixed:
                continue  # the word before میں must be unknown
        words = [last]
        first = head.group(1)
        if first is not None and first not in _DIRECTION:
            rank = known.get(_folded(first))
            if rank is None or rank >= _RARE_RANK:
                words.insert(0, first)  # "بجے قیساریہ میں": a common word is no part of the name
        if any(vocabulary(_folded(w)) or w in _NOT_NAME for w in words) or (
            _misspelt(_folded(words[0] if suffixed else last))
        ):
            continue
        if _plural_of_known(_folded(last), known):
            continue  # "بنکروں میں پناہ لی": the plural of a known noun, no name
        end = head.end(2)
        start = end - len(" ".join(words))
        # The sentence, looked for within a bounded window so long texts stay linear.
        lo, hi = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
        cuts = ("۔", "\n", "،") if on("places.rare-name-per-clause") else ("۔", "\n")
        sentence_start = max(*(text.rfind(c, lo, start) for c in cuts), lo - 1) + 1
        stops = [i for i in (text.find(c, end, hi) for c in cuts) if i >= 0]
        sentence_end = min(stops, default=hi)
        k = bisect.bisect_left(starts, sentence_end)
        if k and ends_max[k - 1] > sentence_start and not _right_after_dateline(text, start):
            continue  # the sentence names a known place already (or this is one)
        if text[start:end] in named:
            # "مشرقی علاقے X میں دھماکہ ... مقامی کارکنوں نے X میں ہلاکتوں کی تعداد 25 بتائی"
            found.append(PlaceRef(start, end, text[start:end], 3, rule="places.named-again"))
            continue
        if not triggers.between(sentence_start, sentence_end) and not told_happening(
            text, sentence_start, start, sentence_end
        ):
            continue  # no event word in the sentence, nor an event noun said to have happened
        found.append(PlaceRef(start, end, text[start:end], 3, rule="places.rare-name-before-mein"))
    return sorted(refs + found, key=_start) if found else refs


#: A dateline at the start of a line, up to the first word after it: one to three words, then a
#: colon or a dash, or a bracketed credit ("خیرپور: ", "ژوب — ", "سانگھڑ (نامہ نگار) ").
_DATELINE_HEAD = lazy_compile(
    r"(?:^|\n)[^\W\d]+(?: [^\W\d]+){0,2}\s*"
    r"(?:[:：\-—–]\s*(?:\([^()\n]{1,30}\)\s*)?|\([^()\n]{1,30}\)\s*[:：\-—–]?\s*)$"
)


def _right_after_dateline(text: str, start: int) -> bool:
    """Whether a rare name at ``start`` is the first word after a dateline ("خیرپور: بابرلوئی میں",
    "ژوب — سمبازہ میں"): the dateline's place, which says where the report was filed, does not
    bar it as a known place of the sentence would (rule ``places.rare-name-after-dateline``)."""
    return (
        on("places.rare-name-after-dateline")
        and _DATELINE_HEAD.search(text, max(0, start - 60), start) is not None
    )


def _toponym_pair(first: str | None, last: str, known: Mapping[str, int]) -> bool:
    """Whether the two words before "میں" are a rare word and a word that ends place names
    ("ممش خیل میں", "شیر زئی میں": word class ``toponym_final_word``): a name, though its last
    word is a common one (rule ``places.toponym-final-word``)."""
    if first is None or first in _DIRECTION or last not in _TOPONYM_FINAL:
        return False
    if not on("places.toponym-final-word"):
        return False
    rank = known.get(_folded(first))
    return rank is None or rank >= _RARE_RANK


_TOPONYM_FINAL = word_set("toponym_final_word", folded=False)


@functools.lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    """``fold`` of one word, remembered: the same words recur across documents."""
    return fold(word)


def _round_up_places(text: str, places: list[PlaceRef], span: tuple[int, int] | None) -> list[PlaceRef]:
    """Drop the cities of a desk round-up's dateline (at ``span``: "اسلام آباد / پشاور:"): it
    names where the reports were filed, not where anything happened."""
    if span is None or not _SEVERAL.search(text, *span) or not on("places.round-up-dateline"):
        return places
    if _nested_dateline(text, places, *span) is not None:
        return places  # "سوات/مینگورہ:": a town and its district, one place
    return [p for p in places if not span[0] <= p.start < span[1]]


#: What parts the two names of a dateline that names a town and its district: a slash.
_DATELINE_SLASH = lazy_compile(r"\s*/\s*")


def _nested_dateline(text: str, places: Sequence[PlaceRef], s: int, e: int) -> PlaceRef | None:
    """The town of a dateline that names two places parted by a slash, one of which lies in the
    other ("سوات/مینگورہ:", "حویلیاں / ایبٹ آباد:"): a town and its district, so one place and no
    desk round-up; the district stays a place of the text (rule ``places.dateline-nested-slash``)."""
    inside = sorted((p for p in places if s <= p.start and p.end <= e), key=lambda p: p.start)
    if len(inside) != 2 or inside[0].start != s or inside[1].end != e:
        return None
    first, second = inside
    if first.site or second.site or not _DATELINE_SLASH.fullmatch(text, first.end, second.start):
        return None
    if not on("places.dateline-nested-slash"):
        return None
    if within(first, second):
        return first
    return second if within(second, first) else None


def _with_dateline_name(text: str, refs: list[PlaceRef], dateline: PlaceRef) -> list[PlaceRef]:
    """Add the later mentions of a dateline name the gazetteer does not know ("X: ... X میں")."""
    found: list[PlaceRef] = []
    key = dateline.key
    pos = text.find(key, dateline.end)
    while pos >= 0 and len(found) < _MAX_DATELINE_MENTIONS:
        end = pos + len(key)
        if (
            not (pos and (text[pos - 1].isalnum() or text[pos - 1] == "_"))
            and _CASE_NEXT.match(text, end)
            and not _inside_any(pos, refs)
        ):
            found.append(PlaceRef(pos, end, key, dateline.level, rule="places.dateline"))
        pos = text.find(key, end)
    return sorted(refs + found, key=lambda p: p.start) if found else refs


#: "X سے اغوا", "X سے گرفتار", "X کو نشانہ بنایا": a place marked with سے or کو that is
#: still where the event happened.
_TAKEN_KINDS = kinds_with("taken")
_AIMED_AT = lazy_compile(r"\sکو\s(?:\S+\s)?نشانہ(?!\w)")
#: "X کو Y سے": a place as the object, then whom it was taken from (up to four words).
PLACE_OBJECT_FROM = lazy_compile(r"\sکو(?:\s+[^\s۔،,]+){1,4}\s*")
#: After a place and "سے", the object of an arrest: a count and up to four words none of which
#: ends the phrase, "کو", then a day of up to two words with its "کو" (or a word or two of time):
#: "سے دو دہشت گردوں کو بدھ کو ", "سے 3 مبینہ شدت پسندوں کو " (places.taken-from-object).
_SEIZED_BREAK = rf"{word_alternation('seized_object_break')}|{word_alternation('clause_finite_word')}"
_SEIZED_WORD = rf"(?!(?:{_SEIZED_BREAK})\s)[^\s۔،,:؛]+\s"
_SEIZED_COUNT = "|".join(map(re.escape, sorted(UNIT_WORDS, key=len, reverse=True)))
_SEIZED_OBJECT = lazy_compile(
    rf"\s?سے\s(?:\d+|{_SEIZED_COUNT}|{word_alternation('vague_number')})\s(?:{_SEIZED_WORD}){{0,4}}?کو\s"
    rf"(?:(?:{_SEIZED_WORD}){{1,2}}?(?:کو\s)?)?"
)
#: Bodies recovered from a place: "پیر کوہ سے دو افراد کی لاشیں برآمد ہوئیں".
_BODIES_FROM = lazy_compile(
    rf"\s?سے\s(?:[^\s۔،,]+\s){{0,8}}?(?:{word_alternation('body_word')})(?:\s[^\s۔،,]+){{0,2}}?"
    rf"\s(?:{word_alternation('found_verb')})(?!\w)"
)


#: "X کی جانب راکٹ فائر کیے": toward X (not "کی جانب سے", from X).
_TOWARD = lazy_compile(rf"\s(?:{word_alternation('toward')})(?!\s*سے(?!\w))(?!\w)")
#: Kinds of event words whose direction is where they struck.
_FIRED_KINDS = kinds_with("fired")


def _fired_toward(text: str, place: PlaceRef, triggers: Sequence[Hit[TriggerTerm]]) -> bool:
    """Whether ``place`` is what rockets, shells or shots were fired toward ("شمالی اسرائیل کی
    جانب راکٹ فائر کیے"): they struck there, so the event happened there."""
    m = _TOWARD.match(text, place.end)
    if m is None:
        return False
    nxt = next((h for h in triggers if h.start >= m.end()), None)
    return nxt is not None and nxt.value.kind in _FIRED_KINDS and nxt.start - m.end() <= 25


#: "گولان کی پہاڑیوں کی سمت سے", "لبنان کی جانب سے": a place, at most one genitive phrase of one
#: or two words it owns ("کے پہاڑی علاقوں"),
#: then a genitive noun of direction and "سے" (from that direction).
_FROM_OWNED_POINT = lazy_compile(
    rf"(?:\s(?:{word_alternation('genitive')})\s[^\s۔،,؛]+(?:\s[^\s۔،,؛]+)?)?"
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('direction_noun')})\sسے(?!\w)"
)
#: "گولان کی پہاڑیوں سے", "لبنان کے علاقے سے": a place, its genitive, a word for a part of it and
#: "سے" (rule ``places.fired-from-part``), and how far after it the weapon's event word may start.
_FROM_PART = lazy_compile(rf"\s(?:{word_alternation('genitive')})\s[^\s۔،,؛\d]+\sسے(?!\w)")
_FROM_PART_REACH = 40
#: Kinds of event words whose weapons strike far from where they are fired (missiles, shells).
_LAUNCHED_KINDS = kinds_with("weapon")


def _fired_from_direction(text: str, place: PlaceRef, triggers: Sequence[Hit[TriggerTerm]]) -> bool:
    """Whether ``place`` owns the point that missiles or shells were fired from ("گولان کی
    پہاڑیوں کی سمت سے میزائل داغے"): they struck elsewhere, so the event did not happen there
    (rule ``places.fired-from-direction``; a place right before "سے" is already no place)."""
    m = _FROM_OWNED_POINT.match(text, place.end)
    reach = 25
    if m is None and on("places.fired-from-part"):
        # "گولان کی پہاڑیوں سے ... میزائل داغے": a part of the place, then "سے"
        m = _FROM_PART.match(text, place.end)
        reach = _FROM_PART_REACH
    if m is None:
        return False
    nxt = next((h for h in triggers if h.start >= m.end()), None)
    return nxt is not None and nxt.value.kind in _LAUNCHED_KINDS and nxt.start - m.end() <= reach


#: "کے دوران", "کے موقع پر" right after a reaction word: the rite is when the event happened.
_OCCASION = lazy_compile(rf"\s(?:{word_alternation('occasion_postposition')})(?!\w)")


def _rite_is_occasion(text: str, hit: Hit[MarkerTerm], clause: Clause) -> bool:
    """Whether the reaction word at ``hit`` names the occasion of an event the clause tells after
    it with a strong event word ("نماز جنازہ کے دوران ایک نوجوان خودکش حملہ آور نے خود کو بم سے اڑا
    لیا"): the attack hit the funeral, which is no reaction to an event told
    (non-events.rite-is-occasion)."""
    if hit.value.marker != "reaction":
        return False
    m = _OCCASION.match(text, hit.end)
    if (
        m is None
        and on("non-events.after-funeral")
        and text.startswith(_FUNERAL_RITE, hit.start)
        and not any(t.start < hit.start for t in clause.triggers)  # "حملے میں جاں بحق افراد کی نماز جنازہ"
    ):
        # "نماز جنازہ کے بعد ہزاروں افراد نے ... مخالف مظاہرہ کیا": the funeral tells when
        m = _AFTER_RITE.match(text, hit.end)
    return m is not None and any(t.value.strong and t.start >= m.end() for t in clause.triggers)


#: The funeral prayer, a rite after which crowds often protest (non-events.after-funeral).
_FUNERAL_RITE = "نماز جنازہ"
#: "کے بعد" right after a rite: the event told after it followed the rite.
_AFTER_RITE = lazy_compile(r"\sکے\sبعد(?!\w)")


#: A relative pronoun: "جو", "جس", "جن".
_RELATIVE_OPENER = lazy_compile(rf"(?<!\w)(?:{word_alternation('relative_pronoun')})(?!\w)")


def _arrested_relative_tally_dropped(text: str, clause: Clause) -> list[Hit[MarkerTerm]]:
    """The clause's marker hits less the tally words of a relative clause after its arrest word
    ("... ایک ملزم کو گرفتار کیا گیا جو متعدد مقدمات میں مطلوب تھا"): they tell who was arrested,
    wanted for many past events, not a sum of events (segments.arrested-relative-no-tally)."""
    if not any(h.value.marker == "aggregate" for h in clause.marker_hits):
        return clause.marker_hits
    arrests = [h.end for h in clause.triggers if h.value.kind == "arrest"]
    if not arrests:
        return clause.marker_hits
    m = _RELATIVE_OPENER.search(text, min(arrests), clause.end)
    if m is None:
        return clause.marker_hits
    return [h for h in clause.marker_hits if h.value.marker != "aggregate" or h.start < m.end()]


#: "بڑی تعداد میں": a word of size before the tally word "تعداد", "میں" after it (in large numbers).
_LARGE_AMOUNT_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_alternation('large_amount_adjective')})\s$")
_IN_AFTER = lazy_compile(r"\sمیں(?!\w)")


def _in_large_numbers(text: str, hit: Hit[MarkerTerm]) -> bool:
    """Whether the marker ``hit`` is the tally word "تعداد" in "بڑی تعداد میں" (in large numbers:
    how many in one event, not a sum of events; segments.in-large-numbers-no-tally)."""
    return (
        hit.value.marker == "aggregate"
        and text[hit.start : hit.end] == "تعداد"
        and _IN_AFTER.match(text, hit.end) is not None
        and _LARGE_AMOUNT_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None
    )


#: "جن میں بڑی تعداد": a relative phrase that opens a breakdown of the dead and a word of size,
#: before the tally word "تعداد" ("جن میں بڑی تعداد خواتین کی تھی").
_BREAKDOWN_LARGE_BEFORE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('breakdown_relative')})\s(?:{word_alternation('large_amount_adjective')})\s$"
)


def _share_of_victims(text: str, hit: Hit[MarkerTerm]) -> bool:
    """Whether the marker ``hit`` is the tally word "تعداد" after "جن میں بڑی" ("100 افراد جاں بحق
    ہو گئے جن میں بڑی تعداد خواتین اور بچوں کی تھی"): who most of one event's dead were, not a sum
    of events (segments.share-of-victims-no-tally)."""
    return (
        hit.value.marker == "aggregate"
        and text[hit.start : hit.end] == "تعداد"
        and _BREAKDOWN_LARGE_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None
    )


def _scene_tally_dropped(text: str, clause: Clause) -> list[Hit[MarkerTerm]]:
    """The clause's marker hits less the tally words of an "اس وقت ... جب" scene after its event
    word ("دھماکہ اس وقت ہوا جب دفتر کے باہر لوگوں کی بڑی تعداد موجود تھی"): how many were there
    when it happened, not a sum of events (segments.scene-when-no-tally)."""
    if not any(h.value.marker == "aggregate" for h in clause.marker_hits):
        return clause.marker_hits
    m = _AT_THE_TIME_WHEN.search(text, clause.start, clause.end)
    if m is None or not any(t.start < m.start() for t in clause.triggers):
        return clause.marker_hits
    return [h for h in clause.marker_hits if h.value.marker != "aggregate" or h.start < m.end()]


def _casualties_negated(clause: Clause, cas: Sequence[Hit[CasualtyTerm]]) -> None:
    """Drop the negation markers that belong to a phrase ruling casualties out ("جس میں کوئی
    جانی نقصان نہیں ہوا"): the losses are denied, not the event."""
    spans = [(h.start, h.end) for h in cas if h.value.outcome in ("none", "no_deaths")]
    if not spans:
        return
    clause.marker_hits = [
        h
        for h in clause.marker_hits
        if not (h.value.marker == "negation" and any(a <= h.start <= b + 1 for a, b in spans))
    ]
    clause.markers = {h.value.marker for h in clause.marker_hits}


#: Loss of life with no report of it: "جانی نقصان کی فوری طور پر کوئی اطلاع نہیں ملی", "کسی جانی
#: نقصان کی اطلاعات موصول نہیں ہوئیں" (counts.no-loss-report).
_LOSS_NOT_REPORTED = prefiltered(
    lazy_compile(
        rf"(?<!\w)(?:{word_alternation('life_loss_phrase')}) کی(?: [^\W\d]+){{0,4}}? "
        rf"(?:{word_alternation('casualty_report_noun')})"
        rf"(?: (?:{word_alternation('report_received_word')}))? نہیں(?!\w)"
    )
)
#: A question mark closing the words after the phrase: "... کی کوئی اطلاع نہیں ملی؟" asks.
_ASKED_AFTER = lazy_compile(r"[^۔؟!\n]{0,40}؟")


def _loss_not_reported(clause: Clause, text: str) -> None:
    """Rule out the dead and the injured of a clause that says no loss of life was reported
    ("جانی نقصان کی فوری طور پر کوئی اطلاع نہیں ملی"), as GUIDELINES counts "no immediate reports
    of casualties" as none, unless it asks ("...؟"); its negation denies the losses, not the event
    (counts.no-loss-report)."""
    m = _LOSS_NOT_REPORTED.search(text, clause.start, clause.end)
    if m is None or _ASKED_AFTER.match(text, m.end()) is not None:
        return
    clause.no_casualties = True
    clause.none_rule = "counts.no-loss-report"
    start, end = m.span()
    clause.marker_hits = [
        h for h in clause.marker_hits if not (h.value.marker == "negation" and start <= h.start <= end)
    ]
    clause.markers = {h.value.marker for h in clause.marker_hits}


#: The forms of the negation markers that tell someone escaped: "بال بال بچ گئے", "بچ گئے".
_ESCAPE_FORMS = frozenset(("بچ گئے", "بال بال بچ"))


def _escape_not_negation(clause: Clause) -> None:
    """Drop the negation markers that tell someone escaped after an event word of the clause
    ("... کی گاڑی پر فائرنگ ہوئی جس میں کونسلر بال بال بچ گئے"): the target survived an act that took
    place, which does not cancel it (non-events.escape-is-no-negation)."""
    first = min(h.start for h in clause.triggers)
    clause.marker_hits = [
        h
        for h in clause.marker_hits
        if not (h.value.marker == "negation" and h.key in _ESCAPE_FORMS and h.start > first)
    ]
    clause.markers = {h.value.marker for h in clause.marker_hits}


def _taken_from(
    text: str, place: PlaceRef, triggers: Sequence[Hit[TriggerTerm]], *, arrests_lead: bool = False
) -> bool:
    """Whether a place before "سے" is where people were seized ("بنوں سے اغوا کیا"), or a place
    before "کو" is what was struck ("قصبے کو نشانہ بنایا"): the event happened there.

    In an article whose first strong event word is an arrest (``arrests_lead``: a report of raids), the
    object of the arrest may stand between them (places.taken-from-object)."""
    if _AIMED_AT.match(text, place.end):
        return True
    if on("triggers.place-object-taken-from") and _object_taken_from(text, place, triggers):
        return True
    if not _FROM.match(text, place.end):
        return False
    if _BODIES_FROM.match(text, place.end) and on("places.bodies-found-at"):
        return True  # "X سے دو افراد کی لاشیں برآمد": where the bodies were found
    nxt = next((h for h in triggers if h.start > place.end), None)
    if nxt is None or nxt.value.kind not in _TAKEN_KINDS:
        return False
    if nxt.start - place.end <= 20:
        return True
    # "X سے دو دہشت گردوں کو (بدھ کو) گرفتار کیا": the object of the arrest between them.
    return (
        arrests_lead
        and on("places.taken-from-object")
        and not place.site
        and nxt.value.sub_event_type is SubEventType.ARRESTS
        and _SEIZED_OBJECT.fullmatch(text, place.end, nxt.start) is not None
    )


def _object_taken_from(text: str, place: PlaceRef, triggers: Sequence[Hit[TriggerTerm]]) -> bool:
    """Whether a place before "کو" is the ground a territory trigger that names whom it was taken
    from ("سے واپس لے لیا", "سے آزاد کرا لیا") took back or freed, a few words after it ("گاؤں X
    کو دشمن کے قبضے سے واپس لے لیا")."""
    nxt = next((h for h in triggers if h.start > place.end), None)
    return (
        nxt is not None
        and nxt.value.kind == "territory"
        and nxt.key.startswith("سے")
        and PLACE_OBJECT_FROM.fullmatch(text, place.end, nxt.start) is not None
    )


#: After a place and "سے", a word of adjoining: "جمرود سے ملحقہ علاقے", "X سے متصل گاؤں".
_ADJOINING = lazy_compile(rf"\s?سے\s(?:{word_alternation('adjoining_word')})(?!\w)")


def _adjoining(text: str, place: PlaceRef) -> bool:
    """Whether a place before "سے" is what the area of the event adjoins ("جمرود سے ملحقہ علاقے
    میں دھماکہ", "X سے متصل گاؤں میں فائرنگ"): the nearest place named, where the event happened
    (rule ``places.adjoining``). A country so named is across a border ("افغانستان سے ملحقہ
    سرحدی علاقے"), not the place."""
    return (
        on("places.adjoining")
        and not place.site
        and place.level >= 1
        and _ADJOINING.match(text, place.end) is not None
    )


#: After a place and "سے": the report or reporter that came from there ("X سے موصولہ اطلاعات",
#: "X سے ہمارے نامہ نگار", "X سے نمائندہ خصوصی").
_REPORTED_FROM = lazy_compile(rf"\s?سے\s(?:{word_alternation('report_from_word')})(?!\w)")


def _reported_from(text: str, place: PlaceRef) -> bool:
    """Whether a place before "سے" is where a report came from ("ادھر کرک سے موصولہ اطلاعات کے
    مطابق ...", "چارسدہ سے ہمارے نامہ نگار کے مطابق ..."): a dateline inside the text, the
    place of the events it tells unless they name another."""
    return (
        on("places.reported-from")
        and not place.site
        and _REPORTED_FROM.match(text, place.end) is not None
        and not _came_from(text, place)
    )


#: "X سے آنے والی بس": what came from X, unless it is a report ("X سے آنے والی اطلاعات").
_CAME_FROM = lazy_compile(
    rf"\s?سے\s(?:{word_alternation('came_from')})(?!\w)(?!\s(?:{word_alternation('report_noun')})(?!\w))"
)


def _came_from(text: str, place: PlaceRef) -> bool:
    """Whether a place before "سے" is where a vehicle or people came from ("پشاور سے آنے والی بس
    پر مردان میں فائرنگ"), not where a report came from ("کرک سے آنے والی اطلاعات"): the event
    happened on the way or where they arrived (rule ``places.came-from-is-not-where``)."""
    return on("places.came-from-is-not-where") and _CAME_FROM.match(text, place.end) is not None


def _outside_actor_names(refs: list[PlaceRef], actors: Sequence[Hit[ActorTerm]]) -> list[PlaceRef]:
    """``refs`` without the places that are part of a longer actor name ("تحریک طالبان پاکستان",
    "بلوچستان لبریشن آرمی"): the name says who, not where."""
    spans = sorted((h.start, h.end) for h in actors)
    if not spans:
        return refs
    starts = [start for start, _ in spans]
    ends_max = list(itertools.accumulate((end for _, end in spans), max))
    kept = []
    for p in refs:
        k = bisect.bisect_right(starts, p.start)  # actors starting at or before the place
        inside = (
            k > 0
            and ends_max[k - 1] >= p.end
            and not any(s == p.start and e == p.end for s, e in spans[max(0, k - 4) : k])
        )
        if not inside:
            kept.append(p)
    return kept


def _outside_group_names(refs: list[PlaceRef], actors: Sequence[Hit[ActorTerm]]) -> list[PlaceRef]:
    """``refs`` without the places inside the longer name of a group that is no state force
    ("بلوچستان لبریشن آرمی نے ذمہ داری قبول کر لی", "سرایا القدس", "بلوچستان نیشنل پارٹی کے
    کارکن"): the name says who, not where (rule ``places.inside-a-group-name``). A force named
    after its place ("پنجاب پولیس") is left to the rules of forces."""
    if not on("places.inside-a-group-name"):
        return refs
    groups = [h for h in actors if h.value.actor_type not in (None, ActorType.STATE_FORCES)]
    return _outside_actor_names(refs, groups) if groups else refs


def _outside_chapters(text: str, refs: list[PlaceRef], actors: Sequence[Hit[ActorTerm]]) -> list[PlaceRef]:
    """``refs`` without a province written right after a party or group and before the ergative
    or a genitive ("اے این پی سندھ کے صدر", "پیپلز پارٹی پنجاب نے"): the province names the body's
    provincial chapter, not where anything happened (rule ``places.chapter-of-body``; a security
    force's is left to names.force-of-province)."""
    if not on("places.chapter-of-body"):
        return refs
    # a security force with its province is its provincial command (names.force-of-province)
    ends = {h.end for h in actors if h.value.actor_type is not None and not h.value.security}
    if not ends:
        return refs
    return [
        p
        for p in refs
        if not (
            p.level == 1
            and not p.site
            and p.start - 1 in ends
            and text[p.start - 1] == " "
            and _AGENT_OR_OWNER.match(text, p.end) is not None
        )
    ]


_COORD_AND = lazy_compile(r"\s(?:اور|،)\s?")
#: The markers after a state that acts: "امریکا اور برطانیہ نے".
_AGENT_AFTER = lazy_compile(rf"\s?(?:{word_alternation('ergative')}|کی جانب سے|کی طرف سے)(?!\w)")


def _coordinated_agent(text: str, place: PlaceRef, places: _Bucket[PlaceRef]) -> bool:
    """Whether the place is coordinated with a state that acts ("امریکا اور برطانیہ نے"): it
    acts too, and is not where the event happened."""
    m = _COORD_AND.match(text, place.end)
    if m is None:
        return False
    nxt = places.between(m.end(), m.end() + 1)
    return bool(nxt) and nxt[0].level == 0 and _AGENT_AFTER.match(text, nxt[0].end) is not None


#: A state before its own attack: "روس کا بڑا فضائی حملہ", "امریکہ کے ڈرون حملے", "اسرائیل کی
#: بمباری" (a genitive, at most two words that are no postposition, then a strike noun).
_STATE_ATTACK = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:(?!(?:میں|پر|سے|کو|{word_alternation('ergative')}|کے|کی|کا|اور)(?!\w))[^\s۔،,]+\s){{0,2}}"
    rf"(?:{word_alternation('strike_noun')})(?!\w)"
)


#: "آل پاکستان تاجر اتحاد", "آل انڈیا ریڈیو": a place right after "آل" (all) and before another
#: word begins the name of a body that spans it, no place (rule ``places.all-body-name``).
_ALL_BODY_BEFORE = lazy_compile(rf"(?<!\w)(?:{word_class('all_body_prefix')}) $")
_ALL_BODY_GOES_ON = lazy_compile(r" [^\W\d]")


def all_body_name(text: str, p: PlaceRef) -> bool:
    """Whether the place is the second word of a body's name that opens with "آل" ("آل
    پاکستان انجمن تاجران", "آل انڈیا مجلس"): the body spans the place, nothing happened in it."""
    return (
        _ALL_BODY_BEFORE.search(text, max(0, p.start - 8), p.start) is not None
        and _ALL_BODY_GOES_ON.match(text, p.end) is not None
    )


#: "یو کے ایم ٹی او", "یو ایس ایڈ": a country written as its initials, with one more letter's name
#: right after it, opens the initials of a body (rule ``places.initials-open-acronym``).
_LETTER_NAME_AFTER = lazy_compile(rf" {word_class('letter_name')}")
#: The longest word of a country written as its initials ("یو", "اے", "ای").
_INITIAL_LENGTH = 3


def initials_open_acronym(text: str, p: PlaceRef) -> bool:
    """Whether the place is a country written as its initials ("یو کے", "یو ایس") that opens a
    longer run of initials ("یو کے ایم ٹی او"): the acronym of a body, no place."""
    words = text[p.start : p.end].split()
    return (
        p.level == 0
        and len(words) >= 2
        and all(len(w) <= _INITIAL_LENGTH for w in words)
        and _LETTER_NAME_AFTER.match(text, p.end) is not None
    )


#: A demand's content begins: "مطالبہ کیا کہ", "مطالبہ کرتے ہوئے کہا کہ", "سے مطالبہ ہے کہ".
_DEMAND_THAT = lazy_compile(
    rf"(?:{_whole_words(word_alternation('demand_noun'))})(?:\s[^\s۔،,:]+){{0,5}}\sکہ(?!\w)[^۔\n]*$"
)
#: How far before a place the demand that holds it is looked for (characters).
_DEMAND_REACH = 120


#: The first words of the demand nouns of ``_DEMAND_THAT`` (``None`` if a match could start elsewhere).
_DEMAND_FIRST = first_words("demand_noun")


def _may_name_funeral(words: TextWords) -> bool:
    """Whether the text of ``words`` (all its words) can hold a match of ``_FUNERAL``: one of
    the words such a match starts with is among them. Without one, no clause is searched."""
    return _FUNERAL_RUNS is None or not _FUNERAL_RUNS.isdisjoint(words.unique)


def _may_demand(words: TextWords) -> bool:
    """Whether the text of ``words`` (all its words) can hold a match of ``_DEMAND_THAT``: one
    of its demand nouns starts with a word of the text, so without one :func:`_demanded` is
    false for every place and its search, which ``re`` tries at every character, is left out."""
    return _DEMAND_FIRST is None or not _DEMAND_FIRST.isdisjoint(words.unique)


def _demanded(text: str, place: PlaceRef) -> bool:
    """Whether ``place`` stands in what someone demands ("مطالبہ کیا کہ مچھ میں کان کنوں کے قتل میں
    ملوث افراد کو گرفتار کیا جائے"): a wish, not where the event happened."""
    return _DEMAND_THAT.search(text, max(0, place.start - _DEMAND_REACH), place.start) is not None


def _list_whole(text: str, place: PlaceRef, places: Sequence[PlaceRef]) -> PlaceRef:
    """``place`` reaching to the end of the list it begins ("پنجاب اور سندھ" of "پنجاب اور سندھ
    کو"), or ``place`` itself when no other place follows it joined by "اور" or a comma."""
    end = place.end
    for _ in range(6):
        m = _LIST_JOIN.match(text, end)
        nxt = next((q for q in places if m is not None and q.start == m.end()), None)
        if nxt is None:
            break
        end = nxt.end
    return place if end == place.end else evolve(place, end=end)


#: A place, "میں" and (within three words) a word of a funeral or a burial: "مردان میں سپرد خاک".
_FUNERAL_AFTER = lazy_compile(rf"\sمیں\s(?:[^\s۔،,]+\s){{0,3}}?(?:{word_alternation('funeral')})(?!\w)")
#: How far before a place a word of a funeral may stand in its clause.
_FUNERAL_REACH = 80


def _funeral_place(text: str, place: PlaceRef, clause: Clause) -> bool:
    """Whether ``place`` is where the dead of the event its clause tells were prayed for or
    buried: every event word of the clause stands before a word of a funeral that comes before
    the place ("X میں فائرنگ سے جاں بحق ہونے والے وکیل کی نماز جنازہ آبائی گاؤں Y میں ادا"), or
    before the place, which "میں" and a word of a funeral follow ("... کو Y میں سپرد خاک کر دیا")."""
    if not clause.trigger_starts or max(clause.trigger_starts) >= place.start:
        return False  # an event word after the place: "نماز جنازہ کے دوران X میں دھماکہ"
    last = max(h.end for h in clause.triggers)
    lo = max(last, clause.start, place.start - _FUNERAL_REACH)
    if lo < place.start and _FUNERAL.search(text, lo, place.start) is not None:
        return True
    return _FUNERAL_AFTER.match(text, place.end) is not None


#: A genitive ending and an age after a place: "ضلع سوات کے 31 سالہ سپاہی", "لاہور کی 25 سالہ خاتون".
_HOME_AGE = lazy_compile(rf"\s(?:{word_alternation('genitive')})\s{_AGE_OF}(?!\w)")


def _home_place(text: str, place: PlaceRef, places: Sequence[PlaceRef]) -> bool:
    """Whether ``place`` names someone's home ("مقتول گوادر کا رہائشی تھا", "ریاست بہار کا رہنے
    والا", "مغویوں کا تعلق سوات اور شانگلہ سے ہے"): a place, or a list of places joined by "اور"
    or commas, followed by a word of home (``home_after``), by "سے" after "کا تعلق", or by a
    genitive ending and the age of the person it qualifies ("ضلع سوات کے 31 سالہ سپاہی"), or
    one that a word of home comes right before (``home_before``: "ساکن ضلع چکوال")."""
    end = _list_whole(text, place, places).end  # the rest of a list: "سوات، دیر اور شانگلہ"
    if _HOME_AFTER.match(text, end):
        return True
    if on("places.resident-of") and _HOME_BEFORE.search(text, max(0, place.start - 20), place.start):
        return True  # "سپاہی X (ساکن ضلع چکوال)": the soldier's home
    if _HOME_AGE.match(text, end) and on("places.home-before-age"):
        return True  # "ضلع سوات کے 31 سالہ سپاہی": the soldier's home
    before = _ORIGIN_BEFORE.search(text, max(0, place.start - 60), place.start)
    return before is not None and _FROM.match(text, end) is not None


#: "دوحہ میں طالبان کے ترجمان نے حملے کی ذمہ داری قبول کی": a place, then (within ten words) a claim
#: of responsibility.
_CLAIMED_AT = lazy_compile(
    rf"\sمیں\s(?:[^\s۔،]+\s){{0,10}}?({word_alternation('responsibility_phrase')})(?!\w)"
)
#: The ergative postposition: someone (the claimant) between the place and the claim.
_ERGATIVE = lazy_compile(rf"(?<!\w){word_alternation('ergative')}(?!\w)")
#: What follows the event word a responsibility claim is about: "حملے کی ذمہ داری".
_CLAIMED_EVENT = lazy_compile(
    rf"\s(?:{word_alternation('genitive')})\s(?:{word_alternation('responsibility_head')})(?!\w)"
)


def _claimed_at(text: str, place: PlaceRef, triggers: Sequence[Hit[TriggerTerm]]) -> bool:
    """Whether the place is only where responsibility was claimed ("دوحہ میں طالبان کے ترجمان نے
    حملے کی ذمہ داری قبول کی"): the only event words between it and the claim are the event
    claimed, which the article has told already."""
    m = _CLAIMED_AT.match(text, place.end)
    if m is None or _ERGATIVE.search(text, place.end, m.start(1)) is None:
        return False  # "ایک اسپتال میں حملے کی ذمہ داری": the place of the attack claimed
    return all(
        _CLAIMED_EVENT.match(text, t.end) is not None for t in triggers if place.end <= t.start < m.end()
    )


#: "شام میں سرگرم اپنے میڈیا ونگ کے ذریعے": a place, then a participle saying that someone is
#: active or based there, used before a noun (not as a predicate: "... میں سرگرم ہے").
#: "ناصر ہسپتال کے ایک ڈاکٹر کے گھر کو", "X یونیورسٹی کے پروفیسر Y کی گاڑی پر": after a site, one
#: of its staff and (within five words) that person's home, shop or vehicle ("کے تین منزلہ گھر").
_STAFF_HOME = lazy_compile(
    rf"\s(?:کے|کی)\s(?:ایک\s)?(?:{word_alternation('staff_noun')})(?:\s[^\s۔،,]+){{0,5}}?"
    rf"\s(?:{word_alternation('genitive')})\s(?:[^\s۔،,]+\s){{0,2}}?(?:{word_alternation('residence_noun')})(?!\w)"
)
#: "کشمیر پر قابض", "کریمیا پر غیرقانونی طور پر قابض": a place someone holds or occupies.
_HELD_BY = lazy_compile(
    rf"(?:\s(?:کے|کی)\s[^\s۔،,]+)?\sپر\s(?:[^\s۔،,]+\s){{0,4}}?(?:{word_alternation('holding_adjective')})(?!\w)"
)
_ACTIVE_IN = lazy_compile(
    rf"\sمیں\s(?:{word_alternation('active_participle')})\s"
    rf"(?!(?:{word_alternation('active_predicate_end')})(?!\w))"
)


def _said_at(text: str, place: PlaceRef, trigger_starts: Sequence[int]) -> bool:
    """Whether the place is only where a statement was made ("کوئٹہ میں ... بیان"): no event
    word stands between it and the statement."""
    m = _SAID_AT.match(text, place.end)
    return m is not None and not any(place.end <= t < m.end() for t in trigger_starts)


def _inside_any(pos: int, spans: Sequence[Any]) -> bool:
    """Whether ``pos`` falls inside one of ``spans`` (sorted by start, non-overlapping)."""
    i = bisect.bisect_right(spans, pos, key=lambda d: d.start) - 1
    return i >= 0 and spans[i].start <= pos < spans[i].end


#: Words of the future tense and of the past perfect: a clause with one of them as a whole
#: word is in that tense ("کرے گا" is found by its "گا"). Looked up among the text's words
#: (:func:`_has_word`), which finds what ``_whole_words`` of them would.
_FUTURE_WORDS = word_set("future_auxiliary", folded=False)
_PAST_PERFECT_WORDS = word_set("past_perfect_auxiliary", folded=False)
#: A future word as a whole word of the text: where the future part of a clause ends.
_FUTURE_WORD_AT = lazy_compile(rf"(?<!\w)(?:{word_alternation('future_auxiliary')})(?!\w)")
#: A finite auxiliary, then "اور" ("... سے تھا اور"): one part of a sentence ends, the next begins.
_FINITE_PART_THEN_AND = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('finite_auxiliary')})،? (?:{word_alternation('conjunction_and')}) "
)
_STATE_PREDICATE_WORDS = word_set("state_predicate", folded=False)
#: Being present, aboard or posted ("موجود تھے", "سوار تھے"): a state at the time, no past perfect.
_PRESENCE_PREDICATE_WORDS = word_set("presence_predicate", folded=False)

#: "اس وقت ... جب": the event happened at the time when what follows "جب" was going on; the
#: tense after "جب" ("جب خریدار بازار میں جمع تھے") sets the scene and is not the event's own.
_AT_THE_TIME_WHEN = lazy_compile(
    words_first("اس")
    + rf"\sوقت\s(?!{word_alternation('limit_postposition')})(?:[^\s۔،]+\s){{1,5}}?"
    + rf"جب(?!\w)(?!\s{word_alternation('limit_postposition')})"
)

#: A verb of doing or happening in the simple past, then "جہاں": what follows tells the scene
#: of the place where it was done ("مکان پر بمباری کی جہاں کئی مہمان جمع تھے").
_DONE_WHERE = prefiltered(
    lazy_compile(
        rf"(?:{words_first('کی|کیا|کیے|کئے|ہوا|ہوئی|ہوئے|گیا|گئی|گئے|دیا|دی|دیے|لیا|لی|لیے')})\sجہاں(?!\w)"
    )
)


#: A past auxiliary and "کہ" ("... تھی کہ"): how both scenes below end.
_SCENE_AUX_THEN_KI = r"(?:تھا|تھی|تھے|تھیں)\s?،?\sکہ(?!\w)"
#: That ending alone, searched in a clause before either scene: a clause without it (most)
#: holds neither.
_SCENE_ENDING = lazy_compile(_SCENE_AUX_THEN_KI)
#: A progressive, a past auxiliary and "کہ": what was going on when the event after "کہ"
#: happened ("اہلکار گشت پر جا رہے تھے کہ ان پر حملہ ہوا"); the auxiliary sets the scene.
_WAS_GOING_WHEN = lazy_compile(
    rf"(?:{words_first(word_alternation('scene_progressive'))})\s{_SCENE_AUX_THEN_KI}"
)


#: Being somewhere or on some duty, a past auxiliary and "کہ": where the doers were when the
#: event after "کہ" happened ("ٹیم گشت پر تھی کہ", "پارٹی مہم پر نکلی تھی کہ"); the auxiliary
#: sets the scene (segments.scene-stance-tense).
_WAS_THERE_WHEN = lazy_compile(rf"(?:{words_first(word_alternation('scene_stance'))})\s{_SCENE_AUX_THEN_KI}")


def _tense_start(text: str, start: int, end: int) -> int:
    """Where the words that give a clause's own tense begin: after the "کہ" of a scene told in
    the past progressive ("پولیس کی گاڑی گشت پر جا رہی تھی کہ اس پر فائرنگ کی گئی"), whose
    auxiliary tells what was going on, not that the event is recalled
    (segments.scene-while-tense), or of a scene of being somewhere or on some duty ("ٹیم
    گشت پر تھی کہ", segments.scene-stance-tense); else the clause's start."""
    if not on("segments.scene-while-tense") or _SCENE_ENDING.search(text, start, end) is None:
        return start  # a match of either scene holds its ending
    m = _WAS_GOING_WHEN.search(text, start, end)
    if m is None and on("segments.scene-stance-tense"):
        m = _WAS_THERE_WHEN.search(text, start, end)  # "گشت پر تھی کہ", "مہم پر نکلی تھی کہ"
    return start if m is None else m.end()


def _tense_end(text: str, start: int, end: int, dated: bool) -> int:
    """Where the words that give a clause's own tense end: before the "جب" of an "اس وقت ...
    جب" scene in a ``dated`` clause (one that names a time: "دھماکہ اس وقت ہوا جب لوگ جمعے کی
    نماز کے بعد جمع تھے"), whose verb tells the scene, not the event (segments.scene-when-tense);
    else the clause's end."""
    if not dated or not on("segments.scene-when-tense"):
        return end
    m = _AT_THE_TIME_WHEN.search(text, start, end)
    if m is not None:
        return m.end() - 2
    m = _DONE_WHERE.search(text, start, end)
    if m is not None and on("segments.scene-where-tense"):
        return m.end() - 4  # "... مکان پر بمباری کی جہاں لوگ جمع تھے": the scene's tense
    return end


#: A bare harm word at the end of a clause ("... بہن کو قتل", "... دو افراد جاں بحق"): a verb
#: left out, when a comma or a clause cut follows it (:data:`_GAPPED_VERB`).
_BARE_HARM_END = lazy_compile(rf"(?<!\w)(?:{word_alternation('suffered_word')})\s*$")


def _gapped_tense(text: str, clauses: Sequence[Clause], infos: Sequence[SentenceInfo]) -> None:
    """A clause that ends in a bare harm word before a comma or "جبکہ", its verb left out ("X
    کو قتل جبکہ Y کو زخمی کر دیا تھا", "... پانچ افراد جاں بحق، دس زخمی ہو گئے تھے"), shares
    the verb told at the end of the next clause of its sentence, and so its tense: it is in the
    past perfect when that clause is (segments.gapped-verb-tense). Read in a recall only: in
    a sentence with a background note ("یاد رہے کہ") or right after one."""
    if not on("segments.gapped-verb-tense"):
        return
    for first, second in itertools.pairwise(clauses):
        if first.sentence != second.sentence or first.past_perfect or first.future or not second.past_perfect:
            continue
        noted = range(max(first.sentence - 1, 0), first.sentence + 1)
        if not any("background" in infos[i].markers for i in noted):
            continue
        if _BARE_HARM_END.search(text, first.start, first.end) is None:
            continue
        if _GAPPED_VERB.match(text, first.end) is None and _GAPPED_VERB.match(text, first.end - 1) is None:
            continue
        first.past_perfect = True


def _past_perfect_in(words: TextWords, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a past or completive auxiliary that is the clause's own
    tense: one right after the light verb of a kept state ("جیکٹ پہن رکھی تھی") or after "شامل"
    ("جن میں دو بچے بھی شامل تھے") tells a state at the time of the news, not an earlier event
    (segments.state-predicate-tense)."""
    if not _has_word(words, _PAST_PERFECT_WORDS, start, end):
        return False
    if not on("segments.state-predicate-tense"):
        return True
    presence = on("segments.presence-predicate-tense")
    lo = bisect.bisect_left(words.starts, start)
    hi = bisect.bisect_left(words.starts, end, lo)
    for i in range(lo, hi):
        word = words.words[i] if words.ends[i] <= end else words.text[words.starts[i] : end]
        if word in _PAST_PERFECT_WORDS and not (i > lo and words.words[i - 1] in _STATE_PREDICATE_WORDS):
            if i > lo and words.words[i - 1] in _PRESENCE_PREDICATE_WORDS and presence:
                continue  # "جب وہاں لوگ موجود تھے": where they were (segments.presence-predicate-tense)
            return True
    return False


def _future_part(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of ``text[start:end]`` its future words stand in: from after the last finite
    auxiliary and "اور" before the first of them ("ملزمان کا تعلق X سے تھا اور رپورٹ جلد پیش کی
    جائے گی": the future begins after "تھا اور"), else ``start``, to the end of the last."""
    futures = list(_FUTURE_WORD_AT.finditer(text, start, end))
    if not futures:
        return start, end
    begin = start
    for m in _FINITE_PART_THEN_AND.finditer(text, start, futures[0].start()):
        begin = m.end()
    return begin, futures[-1].end()


def _has_word(words: TextWords, wanted: frozenset[str], start: int, end: int) -> bool:
    """Whether one of ``wanted`` (words of letters) stands as a whole word in
    ``text[start:end]``, as ``re.compile(_whole_words(...)).search(text, start, end)`` finds
    it: a word begun before ``start`` does not count, and of a word that runs past ``end``
    the part before ``end`` does. ``words`` are the words of the whole text."""
    lo = bisect.bisect_left(words.starts, start)
    hi = bisect.bisect_left(words.starts, end, lo)
    if hi > lo and words.ends[hi - 1] > end:
        hi -= 1
        if words.text[words.starts[hi] : end] in wanted:
            return True
    return not wanted.isdisjoint(words.words[lo:hi])


#: A store of weapons or goods: "ذخیرہ", "ذخائر".
_STORE = lazy_compile(word_class("store_noun"))
#: Goods before a store, with or without a genitive: "ایندھن کے ذخائر", "اناج ذخیرہ".
_GOODS_BEFORE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('goods_noun')})(?:\s(?:{word_alternation('genitive')}))?\s\Z"
)
#: The infinitive of doing right after a store, which makes it the act of storing: "ذخیرہ کرنے کی".
_STORING_AFTER = lazy_compile(rf"\s(?:{word_alternation('purpose_infinitive')})(?!\w)")


def _goods_store(marker: Hit[MarkerTerm], text: str) -> bool:
    """Whether a marker of weapons recovered is a store of goods ("ایندھن کے ذخائر", "اناج کے
    ذخیرے") or the act of storing ("اناج ذخیرہ کرنے کی تنصیبات"): no cache of weapons, so no
    seizure (non-events.goods-store-no-cache)."""
    if marker.value.marker != "recovered" or not _STORE.fullmatch(marker.key):
        return False
    if _GOODS_BEFORE.search(text, max(0, marker.start - 24), marker.start):
        return True
    return _STORING_AFTER.match(text, marker.end) is not None


def _outside_phrases(
    markers: Sequence[Hit[MarkerTerm]], triggers: Sequence[Hit[TriggerTerm]]
) -> list[Hit[MarkerTerm]]:
    """Drop the context words that begin inside an event phrase that began earlier: in "مسلح
    تصادم میں" the accident word "تصادم میں" is part of "مسلح تصادم" (both lists sorted)."""
    starts = [t.start for t in triggers]
    out = []
    for m in markers:
        i = bisect.bisect_left(starts, m.start) - 1
        if i >= 0 and triggers[i].start < m.start < triggers[i].end and not _plans_phrase(m, triggers[i]):
            continue
        out.append(m)
    return out


def _plans_phrase(marker: Hit[MarkerTerm], phrase: Hit[TriggerTerm]) -> bool:
    """Whether a plan word that begins inside an event phrase runs on past it to a decision,
    approval or announcement ("فوجی آپریشن کی منظوری", "آپریشن شروع کرنے کا فیصلہ"): the phrase
    is what was planned, so the plan word still holds (rule ``non-events.plan-over-phrase``)."""
    return marker.value.marker == "threat" and marker.end > phrase.end and on("non-events.plan-over-phrase")


#: Between a dateline's name and its date: separators and a credit ("کراچی (5 مارچ 2024):",
#: "سری نگر، 5 مارچ (یو این آئی)", "پشاور (ویب ڈیسک) 5 Mar 2024").
_DATELINE_TO_DATE = lazy_compile(r"[\s،,:\-—–]*(?:\([^()\n]{0,30}\)[\s،,:\-—–]*)?\(?\s*")
#: After a dateline's date: the end of the dateline (a bracket, a credit, a colon, a dash, the line).
_DATELINE_DATE_END = lazy_compile(r"\s*ء?\s*(?:[)(:\-—–|\n]|\Z)")
#: A dateline's date starts at most this many characters after its name.
_DATELINE_DATE_REACH = 40


def _outside_dateline(text: str, dateline: PlaceRef, dates: Sequence[Any]) -> list[Any]:
    """The ``dates`` but the one that belongs to the dateline ("سری نگر، 5 مارچ (یو این آئی)"):
    the day the report was filed, not a time expression of any event."""
    out = []
    for d in dates:
        head = dateline.end <= d.start <= dateline.end + _DATELINE_DATE_REACH
        if (
            head
            and _DATELINE_TO_DATE.fullmatch(text, dateline.end, d.start)
            and _DATELINE_DATE_END.match(text, d.end)
        ):
            continue
        out.append(d)
    return out


def _outside_dates(numbers: Iterable[Any], dates: Sequence[Any]) -> list[Any]:
    """The ``numbers`` that do not start inside one of ``dates`` (sorted by start, not
    overlapping): :func:`_inside_any` with the dates' starts read once."""
    if not dates:
        return list(numbers)
    starts = [d.start for d in dates]
    out = []
    for n in numbers:
        i = bisect.bisect_right(starts, n.start) - 1
        if i < 0 or n.start >= dates[i].end:
            out.append(n)
    return out


#: A word that the number right after it names, not counts: "ریسکیو 1122", "مددگار 15", "اے کے
#: 47" (word class ``numbered_name``), searched back from the number.
_NAME_BEFORE_NUMBER = lazy_compile(rf"(?:{words_first(word_alternation('numbered_name'))})\s?$")


def _counting(numbers: list[Any], text: str) -> list[Any]:
    """The ``numbers`` less those that are part of a name ("ریسکیو 1122 کے اہلکار زخمی ہو گئے",
    "اے کے 47 سے فائرنگ"): a service's phone number or a weapon's model counts no one
    (counts.number-in-a-name)."""
    if not on("counts.number-in-a-name"):
        return numbers
    return [n for n in numbers if _NAME_BEFORE_NUMBER.search(text, max(0, n.start - 12), n.start) is None]


def read_document(
    analysis: Analysis,
    published: dt.date | None,
    lexicons: IncidentLexicons,
    places: PlaceFinder,
    numbers: Sequence[Any],
    dates: Sequence[Any],
    *,
    printed: bool = False,
) -> DocReading:
    """Read ``analysis`` into clauses with their hits.

    Args:
        analysis: The text layer's analysis of the document.
        published: The publication date.
        lexicons: Compiled lexicons.
        places: The place finder.
        numbers: The text layer's number matches.
        dates: The text layer's date matches.
    """
    text = analysis.text
    # Read once, shared by every lexicon; from the cut of the text that the tokens are read from.
    words = TextWords.from_words(text, analysis.word_columns())
    event_words = words
    if on("triggers.glued-postposition-before"):
        # "قافلےپرحملے", "تھانےپردستی بم": "پر" written onto the event word it governs
        event_words = words.split_front(_FRONT_GLUED, lexicons.event_first_words)
    triggers = _Bucket(lexicons.triggers.finditer(text, words=event_words))
    if on("triggers.laden-any-vehicle") and LADEN_ANY_VEHICLE.may_match(text):
        laden = _laden_any_vehicle(text, triggers.items, lexicons)
        if laden:
            triggers = _Bucket([*triggers.items, *laden])
    if on("triggers.projectile-fell") and PROJECTILE_FELL.may_match(text):
        fell = _projectile_fell(text, triggers.items, lexicons)
        if fell:  # the fall replaces the bare projectile word it starts with
            kept = [h for h in triggers.items if not any(f.start <= h.start and h.end <= f.end for f in fell)]
            triggers = _Bucket([*kept, *fell])
    markers = _Bucket(lexicons.markers.finditer(text, words=words))
    if markers.items and triggers.items and on("triggers.phrase-over-marker"):
        markers = _Bucket(_outside_phrases(markers.items, triggers.items))
    if markers.items and on("non-events.goods-store-no-cache"):
        markers = _Bucket([m for m in markers.items if not _goods_store(m, text)])
    place_refs = places.find(text, words=words)
    raw_actors = list(lexicons.actors.finditer(text, words=words))
    if on("roles.credit-is-no-actor"):
        credits = [
            m.span(1)
            for m in head_credits(text)
            if any(m.start() <= p.start < m.start(1) for p in place_refs)
        ]
        raw_actors = [h for h in raw_actors if not any(s <= h.start and h.end <= e for s, e in credits)]
    if on("names.office-remit"):
        raw_actors = [
            h for h in raw_actors if _OFFICE_BEFORE.search(text, max(0, h.start - 8), h.start) is None
        ]
    dateline_span = _dateline_span(text, place_refs)
    filed = place_refs
    place_refs = _round_up_places(text, place_refs, dateline_span)
    filed = [p for p in filed if p not in place_refs] if len(filed) != len(place_refs) else []
    if on("places.rare-name-before-mein"):
        # A place inside a group's name ("تحریک لبیک پاکستان") does not say where the sentence is.
        known = _outside_actor_names(place_refs, raw_actors) if on("places.inside-a-name") else place_refs
        variant = places.spelling_variant if on("places.spelling-variant") else None
        place_refs = _with_rare_names(text, place_refs, triggers, lexicons.is_vocabulary, known, variant)
    weapon_hits = list(lexicons.weapons.finditer(text, words=event_words))
    if on("places.rare-name-in-a-term"):
        place_refs = _outside_terms(place_refs, [*weapon_hits, *triggers.items])
    if on("places.site-name-inside-term"):
        place_refs = _sites_not_inside_terms(place_refs, weapon_hits)
    place_refs = _outside_group_names(place_refs, raw_actors)
    place_refs = _outside_chapters(text, place_refs, raw_actors)
    if on("places.cue-named-again"):
        place_refs = _cue_names_again(text, place_refs)
    if on("places.paragraph-dateline"):
        place_refs = _paragraph_datelines(text, place_refs)
    dateline = _dateline(text, place_refs, dateline_span) if on("places.dateline") else None
    if dateline is not None and dateline.place is None:
        place_refs = _with_dateline_name(text, place_refs, dateline)
    if on("places.town-in-road-name"):
        place_refs = _outside_road_names(place_refs)
    place_refs = _without_towns_naming_road(text, place_refs)
    place_starts = frozenset(p.start for p in place_refs)
    provinces = {p.start: p.end for p in place_refs if p.level == 1 and not p.site}
    named_site_starts = frozenset(p.start for p in place_refs if p.level >= 4)
    actor_hits = []
    #: Where an office title ends when a personal name follows it ("وزیراعظم X Y").
    title_end: dict[int, int] = {}
    labels = on("names.label-over-name")
    #: Where the personal name after an untitled label ends ("صحافی X Y کو": roles.label-then-name).
    name_after: dict[int, int] = {}
    label_names = on("roles.label-then-name")
    #: So after a member of a force or a party worker: "کانسٹیبل X Y کو" (roles.member-then-name).
    member_names = on("roles.member-then-name")
    for h in raw_actors:
        if h.value.titled:
            n = _named(text, h, lexicons.is_vocabulary, place_starts)
            if labels and n.end != h.end and h.value.actor_type is ActorType.CIVILIANS:
                title_end[h.start] = h.end
            h = n
        elif (
            label_names
            and not h.value.site
            and (
                h.value.actor_type is ActorType.CIVILIANS
                or (member_names and _MEMBER_LABEL_END.search(text, h.start, h.end))
            )
        ):
            n = _named(text, h, lexicons.is_vocabulary, place_starts, untitled=True)
            if " " in text[h.end + 1 : n.end]:  # a personal name of two words or more
                name_after[h.start] = n.end
        actor_hits.append(h)
    #: Where each label with a name after it ends, to tell it from a hit merged or grown since.
    raw_ends = {h.start: h.end for h in raw_actors if h.start in name_after}
    #: The same by where the label ends, for a member's label read with its owner ("X کے کارکن Y Z کو":
    #: the party with its worker, roles.member-then-name).
    owned_names = {raw_ends[s]: n for s, n in name_after.items()} if member_names else {}
    if on("roles.named-with-nami"):
        actor_hits = _named_groups(text, actor_hits)
    if on("names.community"):
        actor_hits = _communities(text, actor_hits)
    if on("names.named-clan"):
        actor_hits = _named_clans(text, actor_hits)
    if on("names.group-after-descriptor"):
        actor_hits = _described_groups(text, actor_hits)
    if on("names.banned-prefix"):
        actor_hits = _banned_prefix(text, actor_hits)
    if on("names.party-of-workers"):
        actor_hits = _party_workers(text, actor_hits)
    if on("names.owner-of-site"):
        actor_hits = _site_owners(text, actor_hits)
    if on("names.shared-force-head"):
        actor_hits = _shared_force_heads(text, actor_hits, lexicons.actors.get)
    if on("names.led-coalition"):
        actor_hits = _led_coalitions(text, actor_hits)
    if on("names.national-force"):
        actor_hits = _national_forces(text, actor_hits, lexicons.actors.get, words)
    if on("names.force-of-province"):
        actor_hits = _forces_of_province(text, actor_hits, place_refs)
    if on("names.force-of-country"):
        actor_hits = _forces_of_country(text, actor_hits, place_refs)
    named_people: frozenset[int] = frozenset()
    if on("roles.person-named-nami"):
        actor_hits, named_people = _named_people(text, actor_hits)
    actors = _Bucket(actor_hits)
    named_groups = [a for a in actors.items if a.value is _NAMED_GROUP]
    if named_groups:  # "لشکر خراسان نامی تنظیم": the place word names the group
        place_refs = [p for p in place_refs if not any(g.start <= p.start < g.end for g in named_groups)]
    weapons = _Bucket(weapon_hits)
    casualty_hits = list(lexicons.casualties.finditer(text, words=words))
    if casualty_hits and on("counts.raid-struck-no-death"):
        casualty_hits = [h for h in casualty_hits if not _raid_struck(text, h)]
    if casualty_hits and on("counts.bowled-out-no-death"):
        casualty_hits = [h for h in casualty_hits if not _bowled_out(text, h)]
    casualties = _Bucket(casualty_hits)
    resp = _Bucket(lexicons.responsibility.finditer(text, words=words))
    place_bucket = _Bucket(place_refs)
    # "سری نگر، 5 مارچ (یو این آئی)": the dateline's date is the report's, not the event's.
    own_dates = (
        dates
        if dateline is None or not on("dates.dateline-date")
        else _outside_dateline(text, dateline, dates)
    )
    date_bucket = _Bucket(own_dates)
    # Numbers are read only for a clause with a casualty word: many texts have none, and then
    # the text's numbers are never looked for (``numbers`` may defer finding them until iterated).
    num_bucket = _LazyBucket(lambda: _counting(_outside_dates(numbers, dates), text))

    clauses: list[Clause] = []
    infos: list[SentenceInfo] = []
    taken_from = on("places.taken-from")
    #: Whether the article's first strong event word is an arrest: a report of raids, whose towns
    #: may each have their arrests told "X سے دو دہشت گردوں کو گرفتار کیا" (places.taken-from-object).
    first_trigger = min(
        (h for h in triggers.items if h.value.strong), key=operator.attrgetter("start"), default=None
    )
    arrests_lead = first_trigger is not None and first_trigger.value.sub_event_type is SubEventType.ARRESTS
    toward = on("places.fired-toward")
    distance = on("places.distance-from")
    route = on("places.route-start")
    set_off = on("places.rally-set-off-from")
    funeral = on("places.funeral-is-not-where") and _may_name_funeral(words)
    rite_place = funeral and on("places.funeral-after-event")
    destination = on("places.destination-is-not-where")
    force = on("places.force-named-by-place")
    bound = on("places.bound-for")
    bound_site = on("places.bound-for-site-of")
    said = on("places.where-said")
    claimed_at = on("places.claimed-at")
    active_in = on("places.active-in-is-not-where")
    held = on("places.held-is-not-where")
    staff_home = on("places.site-of-staff")
    coordinated = on("places.coordinated-agent")
    origin = on("places.weapon-origin")
    cause = on("places.cause-is-not-where")
    answered = on("places.answered-is-not-where")
    charge = on("places.charge-is-not-where")
    grievance = on("places.grievance-is-not-where")
    planned = on("places.planned-is-not-where")
    based = on("places.based-is-not-where")
    source_based = on("places.source-based-at")
    spokesman_at = on("places.spokesman-at")
    direction = on("places.direction-of-another")
    fired_from = on("places.fired-from-direction")
    between = on("places.between-is-not-where")
    home = on("places.home-is-not-where")
    refuge = on("places.refuge-is-not-where")
    arrest_frame = on("roles.arrest-frame")
    weapon_starts = frozenset(w.start for w in weapons.items)
    # "طولکرم کے پناہ گزین کیمپ": people named before a site noun qualify the site, and the
    # place before them is where the site is, not a title of theirs.
    actor_starts = frozenset(a.start for a in actors.items if not a.value.site)
    site_starts = frozenset(a.start for a in actors.items if a.value.site)
    title_starts = frozenset(
        a.start for a in actors.items if not a.value.site and a.end + 1 not in site_starts
    )
    attacker = on("places.state-before-its-attack")
    listed = on("places.list-shares-postposition")
    demand = on("places.demand-is-not-where") and _may_demand(words)
    office = on("places.office-is-no-clause-place")
    all_body = on("places.all-body-name")
    initials = on("places.initials-open-acronym")
    rite = on("non-events.rite-is-occasion")
    scene = on("segments.scene-when-no-tally")

    def keep(p: PlaceRef, clause: Clause, clause_places: Sequence[PlaceRef]) -> bool:
        """Whether the place ``p`` of ``clause`` is where something happened: what follows it
        does not make it an origin, a destination, a home, a body, a cause or a speaker."""
        # The first letter after the place, read once: a pattern matched right after it (or a
        # helper that needs one to match there) whose first letters it is not among is not tried.
        lead = first_letter(text, p.end)
        return (
            (
                not (
                    lead in (_FROM_LEAD if p.site else _NOT_WHERE_LEAD)
                    and (_FROM if p.site else _NOT_WHERE).match(text, p.end)
                )
                or (taken_from and _taken_from(text, p, clause.triggers, arrests_lead=arrests_lead))
                or (lead in _REPORTED_FROM_LEAD and _reported_from(text, p))
                or (toward and (lead in _TOWARD_LEAD and _fired_toward(text, p, clause.triggers)))
                or (distance and lead in _DISTANCE_FROM_LEAD and _measured_from(text, p, clause_places))
                or (lead in _ADJOINING_LEAD and _adjoining(text, p))
                or (route and lead in _ROUTE_START_LEAD and _ROUTE_START.match(text, p.end) is not None)
                or (set_off and lead in _MARCH_SET_OFF_LEAD and _MARCH_SET_OFF.match(text, p.end) is not None)
            )
            and not (
                lead in _GENITIVE_LEAD
                and _titled(text, p, title_starts)
                and not _station_named(text, p)
                and not _station_of(text, p)
            )
            and not (origin and _weapon_origin(text, p, weapon_starts))
            and not (destination and _DESTINATION.match(text, p.end))
            and not (home and _home_place(text, p, clause_places))
            and not (refuge and _refuge(text, p))
            and not (rite_place and _funeral_place(text, p, clause))
            and not ((p.site or p.level >= 4) and staff_home and _STAFF_HOME.match(text, p.end) is not None)
            and not (
                force
                and (lead in _FORCE_OF_PLACE_LEAD and _FORCE_OF_PLACE.match(text, p.end))
                and not _station_named(text, p)
            )
            and not (bound and (lead in _BOUND_FOR_LEAD and _BOUND_FOR.match(text, p.end)))
            and not (bound_site and (lead in _BOUND_FOR_SITE_LEAD and _BOUND_FOR_SITE.match(text, p.end)))
            and not (said and (lead in _SAID_AT_LEAD and _said_at(text, p, clause.trigger_starts)))
            and not (claimed_at and (lead in _CLAIMED_AT_LEAD and _claimed_at(text, p, clause.triggers)))
            and not (
                active_in
                and lead in _ACTIVE_IN_LEAD
                and _ACTIVE_IN.match(text, p.end) is not None
                and _placed_elsewhere(p, dateline, clause_places)
            )
            and not (
                held
                and lead in _HELD_BY_LEAD
                and _HELD_BY.match(text, p.end) is not None
                and _placed_elsewhere(p, dateline, clause_places)
                and not any(within(q, p) for q in clause_places if q is not p)
            )
            and not (coordinated and (lead in _COORD_AND_LEAD and _coordinated_agent(text, p, place_bucket)))
            and not (cause and (lead in _CAUSE_LEAD and _CAUSE.match(text, p.end)))
            and not (answered and _ANSWERED_EVENT.match(text, p.end))
            and not (charge and _charged_place(text, p))
            and not (
                grievance
                and (lead in _GRIEVANCE_AFTER_LEAD and _grievance_place(text, p, dateline, clause_places))
            )
            and not (
                planned and (lead in _PLANNED_AFTER_LEAD and _planned_place(text, p, dateline, clause_places))
            )
            and not (based and (lead in _BASED_AFTER_LEAD and _based_place(text, p, dateline, clause_places)))
            and not (
                source_based and (lead in _SOURCE_BASED_AFTER_LEAD and _SOURCE_BASED_AFTER.match(text, p.end))
            )
            and not (
                spokesman_at
                and lead in _SPOKESMAN_AT_LEAD
                and _SPOKESMAN_AT.match(text, p.end) is not None
                and _spokesman_place(p, clause_places)
            )
            and not (
                direction
                and (lead in _DIRECTION_OF_ANOTHER_LEAD and _DIRECTION_OF_ANOTHER.match(text, p.end))
            )
            and not (
                fired_from
                and (lead in _FROM_OWNED_POINT_LEAD and _fired_from_direction(text, p, clause.triggers))
            )
            and not (
                between
                and p.level >= 1
                and (lead in _BETWEEN_AFTER_LEAD and _BETWEEN_AFTER.match(text, p.end))
                and _placed_elsewhere(p, dateline, clause_places)
            )
            and not (
                attacker
                and lead in _STATE_ATTACK_LEAD
                and _STATE_ATTACK.match(text, p.end) is not None
                and p.level == 0
            )
            and not (demand and _demanded(text, p))
            and not (office and _office_speaks(text, p, clause))
            and not (all_body and all_body_name(text, p))
            and not (initials and initials_open_acronym(text, p))
        )

    captions = _caption_lines(text) if on("non-events.photo-caption") else ()
    for si, sent in enumerate(analysis.sentences):
        smarkers = frozenset(h.value.marker for h in markers.between(sent.start, sent.end))
        if captions and any(s <= sent.start and sent.end <= e for s, e in captions):
            smarkers |= {"skip"}
        infos.append(
            SentenceInfo(sent.start, sent.end, smarkers, tuple(date_bucket.between(sent.start, sent.end)))
        )
        extra = (
            _and_another_place(
                text,
                sent.start,
                sent.end,
                place_bucket.between(sent.start, sent.end),
                [h.start for h in triggers.between(sent.start, sent.end)],
                [d.start for d in date_bucket.between(sent.start, sent.end)],
                [h.start for h in casualties.between(sent.start, sent.end)],
            )
            if on("segments.and-another-place")
            else []
        )
        if on("segments.fight-then-taken"):
            extra = [
                *extra,
                *_fight_then_taken(
                    text,
                    triggers.between(sent.start, sent.end),
                    [d.start for d in date_bucket.between(sent.start, sent.end)],
                ),
            ]
        if on("segments.recalled-event-phrase"):
            extra = [
                *extra,
                *_recalled_event_phrase(
                    text, triggers.between(sent.start, sent.end), date_bucket.between(sent.start, sent.end)
                ),
            ]
        for cs, ce in _clauses(text, sent.start, sent.end, extra):
            clause = Clause(cs, ce, si)
            clause_actors = actors.between(cs, ce)
            clause.triggers = _outside_names(triggers.between(cs, ce), clause_actors)
            if on("triggers.custody-moved"):
                clause.triggers = [h for h in clause.triggers if not _custody_moved(text, cs, h)]
            if on("triggers.moved-for-questioning"):
                clause.triggers = [h for h in clause.triggers if not _moved_for_questioning(text, cs, h)]
            clause.trigger_starts = [h.start for h in clause.triggers]
            clause.marker_hits = markers.between(cs, ce)
            if rite and clause.marker_hits and clause.triggers:
                clause.marker_hits = [h for h in clause.marker_hits if not _rite_is_occasion(text, h, clause)]
            if scene and clause.marker_hits and clause.triggers:
                clause.marker_hits = _scene_tally_dropped(text, clause)
            if clause.marker_hits and clause.triggers and on("segments.arrested-relative-no-tally"):
                clause.marker_hits = _arrested_relative_tally_dropped(text, clause)
            if clause.marker_hits and clause.triggers and casualties.between(cs, ce):
                # tally words that describe one event's victims, not a tally
                victims_described = [
                    test
                    for rule, test in (
                        ("segments.in-large-numbers-no-tally", _in_large_numbers),
                        ("segments.share-of-victims-no-tally", _share_of_victims),
                    )
                    if on(rule)
                ]
                clause.marker_hits = [
                    h for h in clause.marker_hits if not any(test(text, h) for test in victims_described)
                ]
            clause.markers = {h.value.marker for h in clause.marker_hits}
            if "recovered" not in clause.markers or _bodies_found(text, clause):
                clause.weapons = weapons.between(cs, ce)
            else:
                clause.weapons = _recovered_at_scene(text, clause, weapons.between(cs, ce))
                clause.found_at_scene = bool(clause.weapons)
                if not clause.weapons:
                    clause.weapons = _found_and_defused(text, clause, weapons.between(cs, ce))
            if clause.weapons and on("weapons.compound-name"):
                name_parts = {w.start for w in clause.weapons if _names_other_thing(text, w)}
                clause.weapons = [w for w in clause.weapons if w.start not in name_parts]
            if clause.weapons:
                clause.weapons = [w for w in clause.weapons if not _none_held(text, w, cs, ce)]
            if clause.weapons and on("weapons.not-used"):
                unused = {
                    w.start
                    for w in clause.weapons
                    if _not_used(text, w, ce) or _listed_not_used(text, w, sent.end)
                }
                clause.weapons = [w for w in clause.weapons if w.start not in unused]
                # "بارودی سرنگیں فراہم کر رہا ہے": a weapon supplied is no event either.
                clause.triggers = [h for h in clause.triggers if h.start not in unused]
                clause.trigger_starts = [h.start for h in clause.triggers]
            # "شہدا کی نماز جنازہ بنوں میں ادا کی گئی": where the dead were buried, not where they died.
            buried = funeral and not clause.triggers and _FUNERAL.search(text, cs, ce) is not None
            clause_places = place_bucket.between(cs, ce)
            clause.places = [
                p
                for p in ([] if buried else clause_places)
                # "پنجاب اور سندھ کو گیس کی فراہمی": a list's last postposition is all of it.
                if keep(p, clause, clause_places)
                and (
                    not listed
                    or (whole := _list_whole(text, p, clause_places)) is p
                    or keep(whole, clause, clause_places)
                )
            ]
            claimed = _needs_met(text, resp.between(cs, ce), ce)
            clause.responsibility = _own_member_claims(text, cs, ce, claimed)
            cas = casualties.between(cs, ce)
            if cas and on("counts.charge-is-no-toll"):
                cas = [
                    h
                    for h in cas
                    if h.value.outcome in ("none", "no_deaths") or not _charged_casualty(text, h)
                ]
            if "negation" in clause.markers and on("non-events.no-loss-is-no-negation"):
                _casualties_negated(clause, cas)
            if "negation" in clause.markers and clause.triggers and on("non-events.escape-is-no-negation"):
                _escape_not_negation(clause)
            if cas:
                people = [a.start for a in clause_actors if not a.value.site]
                _read_figures(clause, text, cas, num_bucket.between(cs, ce), people)
                _attribute_figures(clause, text)
                _gapped_accounts(clause, text, num_bucket)
                _gapped_sides(clause, text, num_bucket)
            if not clause.no_casualties and on("counts.no-loss-report"):
                _loss_not_reported(clause, text)
            clause.actors = []
            # The stages up to _with_own_companions only read, merge and re-role the clause's own
            # actors: a clause without one (most are) has nothing for them, and skips them.
            if clause_actors:
                starts = [h.start for h in cas if h.value.outcome in ("killed", "injured")]
                members_end: dict[int, int] = {}
                merged = _merge_adjacent(text, clause_actors, clause.triggers, members_end, title_end)
                role_hits = [
                    Hit(h.start, members_end[h.start], h.key, h.value) if h.start in members_end else h
                    for h in merged
                ]
                role_hits = _past_bracket_gloss(text, role_hits, ce, provinces)
                role_hits = _through_acting_unit(text, role_hits, ce)
                read = [
                    _role(
                        text,
                        h,
                        clause,
                        starts,
                        actor_starts,
                        place_starts,
                        named_site_starts,
                        name_after.get(h.start) if h.end == raw_ends.get(h.start) else owned_names.get(h.end),
                    )
                    for h in role_hits
                ]
                own = [role for role, _ in read]
                shared: list[str] = [rule for _, rule in read]
                roles = _shared_roles(text, merged, own, shared)
                _owned_ranks_listed(text, merged, members_end, roles, shared)
                if on("roles.between-sides"):
                    ends = [h.end for h in role_hits]
                    _between_sides(text, merged, clause, roles, shared, ends)
                for h, role, rule in zip(merged, roles, shared, strict=True):
                    default = (
                        role is None
                        and h.value.role == "perpetrator"
                        and on("roles.lexicon-default")
                        and rule
                        not in (
                            "roles.speaker",
                            "roles.speech-by",
                            "roles.controlled-area",
                            "roles.denier",
                            "roles.not-involved",
                            "roles.attribution-denied",
                            "roles.statement-from",
                            "roles.officials-speak",
                            "roles.no-one",
                            "roles.object-of-no-event",
                            "roles.search-begun",
                            "roles.sheltered",
                            "roles.tallied-arrested",
                        )
                        and not _SPEAKER_AFTER.match(text, h.end)
                    )
                    if default:
                        role, rule = "perpetrator", "roles.lexicon-default"
                    named = h.value is _NAMED_GROUP or h.start in named_people
                    end = h.start + len(h.key) if named else title_end.get(h.start, h.end)
                    clause.actors.append(ActorRef(h.start, end, h.key, h.value, role, default, rule))
                if arrest_frame:
                    # A new reference only for the few actors the frame gives an event (``event`` is None).
                    clause.actors = [
                        a if (event := _event_of(text, a, clause)) is None else evolve(a, event=event)
                        for a in clause.actors
                    ]
                _claimant_acted(text, clause)
                _subject_victim(text, clause, cas)
                _subject_survivor(text, clause)
                _with_own_companions(text, clause)
            _acting_states(text, clause, clause_places)
            if clause.triggers:
                # Each of these reads actors off an event word of the clause (and the aircraft
                # rule off a weapon word): a clause with neither has nothing for them.
                _strike_noun_nationality(text, clause)
                _state_adjectives(text, clause)
                _state_aircraft_and_lists(text, clause)
                _feuding_sides(text, clause)
                _mask_relative(text, clause)
            elif clause.weapons:
                _state_aircraft_and_lists(text, clause)
            clause.future = _has_word(words, _FUTURE_WORDS, cs, ce)
            if clause.future and on("roles.future-part-only"):
                clause.future_from, clause.future_to = _future_part(text, cs, ce)
            if clause.has_figure and on("counts.feared-toll"):
                _drop_feared(clause, text)
            tense_end = _tense_end(text, cs, ce, bool(date_bucket.between(cs, ce)))
            clause.past_perfect = _past_perfect_in(words, _tense_start(text, cs, ce), tense_end)
            clauses.append(clause)
    _gapped_tense(text, clauses, infos)
    return DocReading(
        analysis=analysis,
        published=published,
        clauses=tuple(clauses),
        sentences=tuple(infos),
        dateline=dateline,
        places=tuple(place_refs),
        round_up=tuple(filed),
        printed=printed,
        words=words,
        acting_countries=_acting_countries(text, place_refs, clauses),
    )


#: After a country: a force named by it or the genitive, then at most three words that are no case
#: marker, "اور" or word of nearness ("روس کے جنگی طیاروں نے", "ترکی کی فضائیہ کے ڈرون").
_ACTING_GAP = lazy_compile(
    rf"(?: (?!(?:{word_alternation('origin_gap_stop')})(?!\w))\w+)?(?: (?:{word_alternation('genitive')}))? "
    rf"((?:(?!(?:{word_alternation('origin_gap_stop')})(?!\w))\w+ ){{0,3}})"
)


def _acting_countries(text: str, place_refs: Sequence[PlaceRef], clauses: Sequence[Clause]) -> frozenset[int]:
    """The starts of the countries that only own the force or the weapon of an event ("روس کے
    جنگی طیاروں نے", "ایران کے ڈرون"), where no clause keeps them as its place (rule
    ``places.acting-country-not-article``)."""
    if not on("places.acting-country-not-article"):
        return frozenset()
    kept = {p.start for c in clauses for p in c.places}
    # The countries the article names, by start: each clause reads those inside it, not all.
    countries = sorted((p for p in place_refs if p.level == 0 and not p.site), key=_start)
    out = set()
    for c in clauses:
        starts = frozenset((*c.trigger_starts, *(w.start for w in c.weapons)))
        if not starts:
            continue
        first = bisect.bisect_left(countries, c.start, key=_start)
        for p in countries[first : bisect.bisect_left(countries, c.end, first, key=_start)]:
            if p.start in kept:
                continue
            m = _ACTING_GAP.match(text, p.end)
            if m is not None and any(pos in starts for pos in _word_starts(m.start(1), m.group(1))):
                out.add(p.start)
    return frozenset(out)


#: The first letters of what `_role` matches right after an actor and `keep` right after a place
#: (see `_leads`); defined here, after every pattern they read.
_ACCUSED_OF_LEAD = _leads(_ACCUSED_OF)
_ANSWERED_LEAD = _leads(_ANSWERED)
_REPELLED_ATTACK_LEAD = _leads(_REPELLED_ATTACK)
_TARGETING_TOPIC_LEAD = _leads(_TARGETING_TOPIC)
_ARRESTED_LEAD = _leads(_ARRESTED)
_ATTRIBUTED_LEAD = _leads(_ATTRIBUTED)
_BELONGS_LEAD = _leads(_BELONGS)
_BELONG_TO_LEAD = _leads(_BELONG_TO)
_BLAMED_LEAD = _leads(_BLAMED)
_BY_HANDS_LEAD = _leads(_BY_HANDS)
_CHARGED_DEEDS_AFTER_LEAD = _leads(_CHARGED_DEEDS_AFTER)
_CHARGED_VICTIM_AFTER_LEAD = _leads(_CHARGED_VICTIM_AFTER)
_CONTROLLED_LEAD = _leads(_CONTROLLED)
_FLED_LEAD = _leads(_FLED)
_GENITIVE_AGENT_LEAD = _leads(_GENITIVE_AGENT)
_MEMBERS_COUNTED_LEAD = _leads(_MEMBERS_COUNTED, _MEMBERS_COUNTED_LARGE)
_NEAR_LEAD = _leads(_NEAR)
_NOT_INVOLVED_LEAD = _leads(_NOT_INVOLVED)
_OWNED_COMPOUND_LEAD = _leads(_OWNED_COMPOUND)
_OWNED_NEAR_LEAD = _leads(_OWNED_NEAR)
_OWNER_OF_ONE_LEAD = _leads(_OWNER_OF_ONE)
_OWNER_OF_TARGET_LEAD = _leads(_OWNER_OF_TARGET)
_OWNER_OF_RELATIVE_LEAD = _leads(_OWNER_OF_RELATIVE)
_GENITIVE_PAST_FEMININE_LEAD = _leads(_GENITIVE_PAST_FEMININE)
_CROWD_ENTERED_LEAD = _leads(_CROWD_ENTERED)
_OWNER_OF_TARGET_CHAIN_LEAD = _leads(_OWNER_OF_TARGET_CHAIN)
_OWN_ACT_SAID_LEAD = _leads(_OWN_ACT_SAID)
_PART_OF_SITE_LEAD = _leads(_PART_OF_SITE)
_RESPONDED_LEAD = _leads(_RESPONDED)
_SOUGHT_LEAD = _leads(_SOUGHT)
_SPEAKER_AFTER_LEAD = _leads(_SPEAKER_AFTER)
_STOPPED_ATTACKER_LEAD = _leads(_STOPPED_ATTACKER)
_SUSPECTED_LEAD = _leads(_SUSPECTED)
_SUSPECTS_LEAD = _leads(_SUSPECTS)
_OFFICIALS_SPEAK_LEAD = _leads(_OFFICIALS_AFTER)
_STATEMENT_FROM_LEAD = _leads(_STATEMENT_FROM, _ISSUED_BY)
_TOLD_ADDRESSEE_LEAD = _leads(_TOLD_AFTER)
_AFTERMATH_OBJECT_LEAD = _leads(_AFTERMATH_AFTER)
_TIPPED_OFF_LEAD = _leads(_TIPPED_OFF_AFTER)
_ACROSS_TARGET_LEAD = _leads(_ACROSS_TARGET)
_ATTACKERS_BELONG_HEDGED_LEAD = _leads(_BELONG_TO)
_VICTIMS_BELONG_LEAD = _leads(_BELONG_TO)
_VICTIMS_WERE_LEAD = _leads(_VICTIMS_WERE_AFTER)
_VICTIMS_MAJORITY_LEAD = _leads(_VICTIMS_MAJORITY_AFTER)
_CROWD_PRESENT_LEAD = _leads(_CROWD_PRESENT_AFTER)
_AMONG_LISTED_LEAD = _leads(_AMONG_LISTED_AFTER)
_BLAME_PUT_ON_LEAD = _leads(_BLAME_PUT_ON)
_HELD_RESPONSIBLE_BEFORE_LEAD = _leads(_DEEMED_AFTER)
_FOUGHT_BEFORE_CASUALTY_LEAD = _leads(_FOUGHT_WITH, _FOUGHT_ALONGSIDE)
_AIMED_AT_OWNED_LEAD = _leads(_GRIEVANCE_OF)
_INCLUDED_VICTIM_LEAD = _leads(_INCLUDING)
_ACTS_BY_ITS_AIRCRAFT_LEAD = _leads(_OWN_AIRCRAFT_GAP)
_STRUCK_BY_ITS_WEAPON_LEAD = _leads(_GENITIVE)
_OWNER_OF_COORDINATED_LEAD = _leads(_OWNER_OF_COORDINATED)
_OWNER_OF_DESCRIBED_SITE_LEAD = _leads(_OWNER_OF_DESCRIBED_SITE)
_OWNER_OF_SITE_INSIDE_LEAD = _leads(_OWNER_OF_SITE_INSIDE)
_OWNER_OF_DESTROYED_LEAD = _leads(_OWNED_DESTROYED)
_ROBBED_FROM_LEAD = _leads(_ROBBED_FROM)
_ACTIVE_IN_LEAD = _leads(_ACTIVE_IN)
_HELD_BY_LEAD = _leads(_HELD_BY)
_ADJOINING_LEAD = _leads(_ADJOINING)
_BASED_AFTER_LEAD = _leads(_BASED_AFTER)
_BETWEEN_AFTER_LEAD = _leads(_BETWEEN_AFTER)
_BOUND_FOR_LEAD = _leads(_BOUND_FOR)
_BOUND_FOR_SITE_LEAD = _leads(_BOUND_FOR_SITE)
_CAUSE_LEAD = _leads(_CAUSE)
_CLAIMED_AT_LEAD = _leads(_CLAIMED_AT)
_COORD_AND_LEAD = _leads(_COORD_AND)
_DIRECTION_OF_ANOTHER_LEAD = _leads(_DIRECTION_OF_ANOTHER)
_DISTANCE_FROM_LEAD = _leads(_DISTANCE_FROM)
_ROUTE_START_LEAD = _leads(_ROUTE_START)
_MARCH_SET_OFF_LEAD = _leads(_MARCH_SET_OFF)
_FORCE_OF_PLACE_LEAD = _leads(_FORCE_OF_PLACE)
_FROM_LEAD = _leads(_FROM)
_FROM_OWNED_POINT_LEAD = _leads(_FROM_OWNED_POINT)
_GENITIVE_LEAD = _leads(_GENITIVE)
_GRIEVANCE_AFTER_LEAD = _leads(_GRIEVANCE_AFTER)
_NOT_WHERE_LEAD = _leads(_NOT_WHERE)
_PLANNED_AFTER_LEAD = _leads(_PLANNED_AFTER)
_REPORTED_FROM_LEAD = _leads(_REPORTED_FROM)
_SAID_AT_LEAD = _leads(_SAID_AT)
_SOURCE_BASED_AFTER_LEAD = _leads(_SOURCE_BASED_AFTER)
_SPOKESMAN_AT_LEAD = _leads(_SPOKESMAN_AT)
_STATE_ATTACK_LEAD = _leads(_STATE_ATTACK)
_TOWARD_LEAD = _leads(_TOWARD)
