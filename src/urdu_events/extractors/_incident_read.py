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
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

import attrs

from ..models import ActorType, Count, DateRange, ResponsibilityStatus
from ..text import Analysis
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
from ._incident_places import PlaceFinder, PlaceRef

__all__ = ["ActorRef", "Clause", "DocReading", "Figure", "read_document"]

T = TypeVar("T")


def _whole_words(alternatives: str) -> str:
    r"""A pattern for any of ``alternatives`` ("a|b|...") as a whole word: ``(?<!\w)(?:a|b|...)(?!\w)``.

    Each alternative is a regex without ``|`` that starts with a letter. The pattern
    is written with that letter first in every branch (``ج(?<!\wج)(?:بکہ|ب کہ)(?!\w)``),
    which matches the same text; ``re`` then skips in C the characters no branch
    starts with, instead of trying the lookbehind at every one.
    """
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives.split("|"):
        first = alternative[:1]
        if not first.isalpha():
            raise ValueError(f"{alternative!r} does not start with a letter")
        by_first.setdefault(first, []).append(alternative[1:])
    return "|".join(rf"{c}(?<!\w{c})(?:{'|'.join(rests)})(?!\w)" for c, rests in by_first.items())


_CLAUSE_CUT = re.compile("،|,|؛|;|" + _whole_words("جبکہ|جب کہ|تاہم|بلکہ|جس کے بعد"))
_DATELINE = re.compile(r"\s*([^\W\d][^:\n]{0,30}?)\s*:")
_FUTURE = re.compile(_whole_words("گا|گی|گے|ہوگا|ہوگی|ہونگے|جائیگا|جائیگی|جائینگے|کرینگے|کریگا|کریگی|کرے گا"))
_PAST_PERFECT = re.compile(_whole_words("تھا|تھے|تھی|تھیں|چکے|چکا|چکی"))
#: Words after a number that say it does not count people.
_NOT_PEOPLE = re.compile(
    r"\s?(?:سال|سالہ|برس|بجے|منزلہ|فیصد|روز|دن|دنوں|ماہ|مہینے|گھنٹ|کلو|میٹر|منٹ|ہفت"
    r"|ہزار روپے|روپے|ڈالر|نشست|رنز|اوورز|وکٹ)"
)
#: Words between a number and what it counts that say nothing about the count.
_FILLERS = re.compile(r"(?<!\w)(?:موقع پر ہی|موقع پر|جائے وقوعہ پر|بھی|ہی)(?!\w)")
#: What may stand between two counts joined by "اور": the first count's noun.
_JOINED = re.compile(r"(?: [^\W\d]+){0,3} اور ")
#: Collective numerals: "دونوں" both, "تینوں" all three.
_COLLECTIVES = {
    "دونوں": 2, "تینوں": 3, "چاروں": 4, "پانچوں": 5, "چھیوں": 6, "ساتوں": 7, "آٹھوں": 8, "دسوں": 10,
}  # fmt: skip
_COLLECTIVE = re.compile(r"(?<!\w)(" + "|".join(_COLLECTIVES) + r")(?!\w)")
#: Longest stretch (characters) between a person noun and an honorific plural verb.
_HONORIFIC_GAP = 90
#: A plural casualty verb ("جاں بحق ہوگئے"), which one person takes as an honorific.
_PLURAL_VERB = re.compile(r"\s?(?:ہو ?گئے|ہوئے|ہو گئے|گئے)(?!\w)")
_PLURAL_END = re.compile(r"(?:گئے|ہوئے)$")
#: Words that show more than one person, or an agent, between a person noun and the verb.
_NOT_ONE = re.compile(r"(?<!\w)(?:اور|سمیت|بشمول|ساتھ|نے|افراد|لوگ|لوگوں|دیگر|متعدد|کئی|\d+)(?!\w)|وں(?!\w)")
#: Who gives a figure: "X کے مطابق", "X کا کہنا", "X نے بتایا".
_SOURCE = re.compile(r"(?:کے مطابق|کا کہنا|کی جانب سے جاری|نے بتایا|نے دعوی)(?!\w)")
#: A figure that adds to an earlier one ("مزید 2", "2 اہلکار بھی").
_MORE = re.compile(_whole_words("مزید|بھی"))
#: A figure that is part of an earlier one ("جن میں 2 بچے بھی شامل ہیں").
_PART = re.compile(_whole_words("شامل|میں سے|ان میں|جن میں|بشمول"))
#: "ہلاک ہونے والے X": the participle before the person it describes (not "والوں").
_PARTICIPLE = re.compile(r"(?:(?:نے|\sہونے)\sوال[ےیا]|(?:نیوال|\sہونیوال)[ےیا])\s")
_SINGULAR_VERB = re.compile(r"\s?(?:ہو ?گیا|ہو ?گئی|ہوا|ہوئی|کر ?دیا گیا|کر ?دی گئی|گیا|گئی)(?!\w)")
_SINGULAR_END = re.compile(r"(?<!\w)(?:گیا|گئی)$")
#: "X کو" right before a casualty word: one person unless X is plural or counted.
_ONE_OBJECT = re.compile(r"(?<!\w)([^\W\d]+) کو\s?$")
_RELATIVE_AGENT = re.compile(_whole_words("کرنے وال[ےیو]ں?|کرنیوال[ےیو]ں?"))
#: A case marker after a place name.
_CASE_NEXT = re.compile(r"\s?(?:میں|کے|کی|کا|سے|پر|کو|تک)(?!\w)")
#: Most later mentions of a dateline name read as places (bounds the work on odd input).
_MAX_DATELINE_MENTIONS = 12
#: Longest stretch (characters) between a number and the word it counts.
_MAX_GAP = 60
#: How far after an actor (characters) its verb is looked for.
_ROLE_WINDOW = 120
_INTRANSITIVE = re.compile(r"\s?(?:ہو|ہوگئے|ہوگیا|ہوگئی|ہوئے|ہوا|ہوئی)(?!\w)")
_TRANSITIVE = re.compile(r"\s?(?:کیا|کر ?دیا|کر ?دی|کر ڈالا)(?!\w)")
_PLURAL_NOUN = re.compile(r"(?:وں|یں|ین|ان)$")
_SPEECH = re.compile(
    _whole_words("کہا|بتایا|تصدیق|دعوی|دعویٰ|مطابق|الزام|مطالبہ|اعلان|کہنا|بیان|انکشاف|تردید")
)
_GENITIVE_AGENT = re.compile(r"\s(?:کی|کے|کا)\s(?:جانب سے|طرف سے)|\sکے ہاتھوں|\sکی کارروائی|\sکی فائرنگ")
#: A place followed by these is where something came from or went to ("کی طرف
#: روانہ"), or a state acting or speaking ("فرانس نے", "شام کی حکومت"), not where
#: it happened.
_NOT_WHERE = re.compile(
    r"\s?(?:سے|کی جانب|کی طرف|نے|کو|کا کہنا|کی حکومت|کی فوج|کے صدر|کے وزیر|کی وزارت"
    r"|کے شہری|کے دفتر خارجہ)(?!\w)"
)
#: A site followed by these is where something came from ("اسپتال سے").
_FROM = re.compile(r"\s?سے(?!\w)")
#: After an event noun: someone deals with the event, not carries it out.
_HANDLED = re.compile(
    r"\s(?:کی|کے|کا)\s(?:تحقیقات|تفتیش|جگہ|مقام|جائے وقوعہ|مذمت|اطلاع|ذمہ داری|ذمے داری|بعد|ملزم|ملزمان"
    r"|زخمیوں|متاثرین|شکار)(?!\w)"
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: A word of a personal name after a title, with the space before it.
_NAME_WORD = re.compile(r" ([^\W\d]{2,})")
#: What ends a personal name: a postposition or punctuation.
_AFTER_NAME = re.compile(r"\s?(?:کے|کی|کا|نے|کو|پر|سے|میں|اور)(?!\w)|\s?[،,۔:؛]")
#: Words that are never part of a personal name after a title.
_NOT_NAME = _wordset(
    "کے کی کا نے کو پر سے میں اور ہے ہیں تھا تھی تھے ہو ہوا ہوئے ہوئی گیا گئی گئے کر کیا کی کہ "
    "یہ وہ اس ان جو بھی ہی سمیت بشمول شدید معمولی موقع جبکہ تاہم جس جن ایک دو تین بعد قبل "
    "دوران ساتھ مطابق لیے لئے علاوہ نامی عرف سابق موجودہ شہر ضلع علاقے گاؤں مغوی مغویہ مقتول مقتولہ "
    "متاثرہ مدعی مدعیہ ملزمہ والد والدہ بیٹے بیٹی شوہر بیوی گھر"
)
#: "X ملوث", "X کا ہاتھ": the text attributes the event to X.
_ATTRIBUTED = re.compile(r"\s(?:ملوث|کا ہاتھ|کے ملوث)")
#: "X کے ٹھکانوں پر", "X کی گاڑی کو": X owns what was attacked, so X is the target.
_OWNER_OF_TARGET = re.compile(r"\s(?:کی|کے|کا)\s(?:[^\W\d]+\s){1,2}(?:پر|کو)(?!\w)")
#: Verbal nouns whose genitive names the victim, not the doer ("X کا قتل").
_PATIENT_KINDS = frozenset(("killing", "abduction", "arrest", "sexual"))
_GENITIVE = re.compile(r" (?:کے|کی|کا) (?:سابق )?")
#: Words describing a group between a place and the group's name ("عسکری تنظیم").
_DESCRIPTOR = re.compile(
    r"(?:(?:مزاحمتی|عسکری|عسکریت پسند|شدت پسند|مسلح|جہادی|سیاسی|مذہبی|کالعدم|علیحدگی پسند) )?"
    r"(?:تحریک|تنظیم|جماعت|گروپ|گروہ|ملیشیا|فورس) "
)
#: "X کے قریب دھماکا": what an attack happened next to was its target.
_NEAR = re.compile(r"\s(?:کے|کی)\s(?:قریب|باہر|سامنے|نزدیک|پاس)(?!\w)")
#: Words between a generic description and a group's name ("شدت پسند تنظیم داعش").
_APPOSITION = re.compile(r"\s(?:تنظیم|گروپ|گروہ|جماعت|نامی|کالعدم)(?:\s(?:تنظیم|گروپ|کالعدم))?\s")
_SPEAKER_AFTER = re.compile(
    r"\s(?:کا|کی|کے)\s(?:کہنا|مطابق|بیان|ترجمان|دعوی|الزام|وزارت|حکومت|حکام|عہدیدار|عہدیداروں|ذرائع)"
    r"(?!\w)|\sکے مطابق"
)
#: "X پر الزام عائد", "ذمہ داری X پر عائد", "X کو ذمہ دار ٹھہرایا": the text blames X.
_BLAMED = re.compile(r"\s(?:پر (?:الزام|عائد|ڈال)|کو (?:ذمہ دار|مورد الزام))")
#: "X سے تعلق رکھنے والا شخص ... ہلاک": X is the community of the victim.
_BELONGS = re.compile(r"\s(?:برادری سے|کمیونٹی سے|سے)\sتعلق\sرکھنے\sوال")


@attrs.frozen
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


@attrs.frozen
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
    actors: list[ActorRef] = attrs.Factory(list)
    weapons: list[Hit[WeaponTerm]] = attrs.Factory(list)
    responsibility: list[Hit[ResponsibilityTerm]] = attrs.Factory(list)
    marker_hits: list[Hit[MarkerTerm]] = attrs.Factory(list)
    trigger_starts: list[int] = attrs.Factory(list)
    future: bool = False
    past_perfect: bool = False
    #: Whether a live trigger too weak to report an event on its own was read here.
    weak_event: bool = False

    @property
    def strong(self) -> bool:
        """Whether a trigger in the clause reports an event on its own."""
        return any(h.value.strong for h in self.triggers)

    @property
    def has_figure(self) -> bool:
        """Whether the clause gives a killed or injured figure."""
        return self.killed is not None or self.injured is not None


@attrs.frozen
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


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _CLAUSE_CUT.finditer(text, start, end):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return out


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
    if len(gap) > _MAX_GAP or len(gap.split()) > 4 or _NOT_PEOPLE.match(gap):
        return None
    used.add(id(n))
    count: Count = n.count
    start = n.start
    for j in range(i - 2, max(-1, i - 4), -1):  # at most two more counts joined on
        m = numbers[j]
        if id(m) in used or m.start < clause_start or not _JOINED.fullmatch(text, m.end, start):
            break
        if _NOT_PEOPLE.match(text, m.end):
            break
        used.add(id(m))
        count = _add(m.count, count)
        start = m.start
    return Figure(count, start, pos, noun=gap.split()[0] if gap.split() else None)


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
    return Figure(Count(n, n), m.start(), pos, total=True, noun=words[0] if words else None)


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
    if len(gap) > _HONORIFIC_GAP or _NOT_ONE.search(gap) or not plural:
        return False
    k = bisect.bisect_right(people, one.end)
    return k == len(people) or people[k] >= pos


def _singular(text: str, start: int, end: int, clause_start: int) -> bool:
    """Whether the casualty word at ``start:end`` is said of one person."""
    if start <= clause_start:
        return False
    if _SINGULAR_VERB.match(text, end) or _SINGULAR_END.search(text, start, end):
        return True
    m = _ONE_OBJECT.search(text, max(clause_start, start - 30), start)
    if m is None or _PLURAL_NOUN.search(m.group(1)) or not _TRANSITIVE.match(text, end):
        return False
    return not any(ch.isdigit() for ch in text[max(clause_start, m.start() - 25) : m.start()])


def _one_after(text: str, end: int, one_starts: frozenset[int]) -> bool:
    """ "جاں بحق ہونے والے انجینئر": a participle naming one person after the casualty word."""
    m = _PARTICIPLE.match(text, end)
    return m is not None and m.end() in one_starts


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
    ones: list[Hit[CasualtyTerm]] = []
    one_starts = frozenset(h.start for h in hits if h.value.outcome == "one")
    for hit in hits:
        outcome = hit.value.outcome
        if outcome == "one":
            ones.append(hit)
            continue
        if outcome == "none":
            clause.no_casualties = True
            continue
        if getattr(clause, outcome) is not None:
            continue
        fig = (
            _figure(text, clause.start, hit.start, numbers, used)
            or _object_figure(text, clause.start, hit, numbers, used)
            or _collective(text, clause.start, hit.start)
        )
        if fig is None and (
            _singular(text, hit.start, hit.end, clause.start)
            or _one_person(text, ones, hit.start, numbers, people, hit.end)
            or _one_after(text, hit.end, one_starts)
        ):
            fig = Figure(Count(1, 1), hit.start, hit.end)
        if fig is not None:
            setattr(clause, outcome, fig)


def _attribute_figures(clause: Clause, text: str) -> None:
    """Record who gave the clause's figures ("مقامی ذرائع کے مطابق ..."), whom they
    count, and whether they add to earlier ones ("2 اہلکار بھی")."""
    if clause.killed is None and clause.injured is None:
        return
    m = _SOURCE.search(text, clause.start, clause.end)
    before = text[max(clause.start, m.start() - 40) : m.start()] if m else ""
    source = " ".join(before.split()[-2:]) if before.endswith(" ") else None
    more = bool(_MORE.search(text, clause.start, clause.end)) and not _PART.search(
        text, clause.start, clause.end
    )
    for outcome in ("killed", "injured"):
        fig = getattr(clause, outcome)
        if fig is not None:
            setattr(clause, outcome, attrs.evolve(fig, source=source, more=more))


def _next_start(starts: Sequence[int], pos: int) -> int | None:
    """The first of the sorted ``starts`` after ``pos``."""
    i = bisect.bisect_right(starts, pos)
    return starts[i] if i < len(starts) else None


def _role(text: str, ref: Hit[ActorTerm], clause: Clause, casualty_starts: Sequence[int]) -> str | None:
    """The role the sentence gives the actor at ``ref``, or ``None`` if it gives none.

    ``casualty_starts`` and the clause's triggers are sorted by position.
    """
    after = text[ref.end : min(clause.end, ref.end + 40)]
    before = text[max(clause.start, ref.start - 12) : ref.start]
    if _SPEAKER_AFTER.match(after):
        return None
    if ref.value.site:
        return "target" if after.startswith((" پر", " کو")) else None
    if _ATTRIBUTED.match(after) or _BLAMED.match(after):
        return "perpetrator"
    casualty = _next_start(casualty_starts, ref.end - 1)
    near_casualty = casualty is not None and casualty - ref.end <= 12
    if near_casualty or re.search(r"\d\s?$", before) or _OWNER_OF_TARGET.match(after) or _NEAR.match(after):
        return "target"
    if casualty is not None and casualty < clause.end and _BELONGS.match(after):
        return "target"
    trigger_starts = clause.trigger_starts
    if after.startswith(" نے"):
        return "perpetrator" if _acts_before_speech(text, ref, clause, trigger_starts) else None
    if _GENITIVE_AGENT.match(after):
        return (
            "perpetrator"
            if _acts_before_speech(text, ref, clause, trigger_starts, need_trigger=False)
            else None
        )
    if after.startswith((" کی ", " کے ", " کا ")):
        if casualty is not None and casualty - ref.end <= 6:
            return "target"  # "X کی ہلاکت": X died
        i = bisect.bisect_right(trigger_starts, ref.end)
        nxt = clause.triggers[i] if i < len(trigger_starts) and trigger_starts[i] - ref.end <= 22 else None
        if nxt is not None and nxt.value.kind in _PATIENT_KINDS and nxt.start - ref.end <= 6:
            return "target"  # "X کے اغوا", "X کا قتل": X suffered it
        armed = nxt is not None and any(ref.end < w.start < nxt.start for w in clause.weapons)
        if nxt is not None and ref.value.role == "target" and not armed:
            return "target"  # "تاجر کی دکان دھماکے میں تباہ": what was hit was hers
        if nxt is not None:
            return None if _SPEECH.search(after) else "perpetrator"
    if after.startswith((" پر", " کو")):
        return "target"
    return None


#: What joins two coordinated actors: "X اور Y", "X و Y".
_AND = frozenset((" اور ", " و "))


def _shared_roles(text: str, hits: Sequence[Hit[ActorTerm]], roles: list[str | None]) -> list[str | None]:
    """Give an actor without a role the role of the actor it is coordinated with.

    In "X اور Y نے حملہ کیا" or "X اور Y پر فائرنگ" only Y stands before the case
    marker that tells the role; X shares it. Sites and coordinated lists that
    end without a role are left alone.
    """
    for i in range(len(hits) - 2, -1, -1):
        a, b = hits[i], hits[i + 1]
        joined = text[a.end : b.start] in _AND and not (a.value.site or b.value.site)
        if joined and roles[i] is None and roles[i + 1] is not None:
            roles[i] = roles[i + 1]
    return roles


def _acts_before_speech(
    text: str,
    ref: Hit[ActorTerm],
    clause: Clause,
    trigger_starts: Sequence[int],
    *,
    need_trigger: bool = True,
) -> bool:
    """Whether a trigger follows the actor before any reporting verb ("نے کہا", "تصدیق")."""
    trig = _next_start(trigger_starts, ref.end)
    window = min(clause.end, ref.end + _ROLE_WINDOW)
    speech = _SPEECH.search(text, ref.end, window)
    if trig is None or trig > window:
        return not need_trigger and speech is None
    hit = clause.triggers[bisect.bisect_left(trigger_starts, trig)]
    if _HANDLED.match(text, hit.end):
        return False  # "X نے دھماکے کی تحقیقات شروع کر دیں": X deals with the event
    return speech is None or speech.start() > trig


def _titled(text: str, place: PlaceRef, actor_starts: frozenset[int]) -> bool:
    """Whether the place only qualifies a person or body ("مہاراشٹر کے سابق وزیر", "افغانستان کی
    عسکری تنظیم داعش")."""
    m = _GENITIVE.match(text, place.end)
    if m is None:
        return False
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
    found = list(_RELATIVE_AGENT.finditer(text, clause.start, clause.end))
    m = found[-1] if found else None
    if m is None or not any(h.start >= m.end() for h in clause.triggers):
        return
    cut = m.end()
    clause.triggers = [h for h in clause.triggers if h.start >= cut]
    clause.places = [p for p in clause.places if p.start >= cut]
    for outcome in ("killed", "injured"):
        fig = getattr(clause, outcome)
        if fig is not None and fig.end <= cut:
            setattr(clause, outcome, None)


#: "X اور اس کے اتحادیوں نے": a country acting together with others.
_ALLIED = re.compile(r"\sاور(?:\s[^\W\d]+){1,4}\sنے(?!\w)")

_STATE_TERM = ActorTerm(
    actor_type=ActorType.STATE_FORCES, role=None, unnamed=False, security=True, english=None
)


def _acting_states(text: str, clause: Clause, places: Sequence[PlaceRef]) -> None:
    """A country that acts ("فرانس نے ... فضائی حملے کیے", "روس اور اس کے اتحادیوں نے")
    is a state perpetrator."""
    for p in places:
        if p.level != 0 or not (text.startswith(" نے", p.end) or _ALLIED.match(text, p.end)):
            continue
        if any(a.start <= p.start < a.end for a in clause.actors):
            continue
        ref = Hit(p.start, p.end, p.key, _STATE_TERM)
        if _acts_before_speech(text, ref, clause, clause.trigger_starts):
            clause.actors.append(ActorRef(p.start, p.end, p.key, _STATE_TERM, "perpetrator"))
    clause.actors.sort(key=lambda a: a.start)


def _claimant_acted(text: str, clause: Clause) -> None:
    """A group that claims an attack ("X نے ... ذمہ داری قبول کی", "ذمہ داری X نے قبول
    کی") carried it out."""
    claims = [h for h in clause.responsibility if h.value.status is ResponsibilityStatus.CLAIMED]
    if not claims:
        return
    for i, a in enumerate(clause.actors):
        if a.term.english is not None and text.startswith(" نے", a.end):
            clause.actors[i] = attrs.evolve(a, role="perpetrator", by_default=False)


def _subject_victim(text: str, clause: Clause, casualties: Sequence[Hit[CasualtyTerm]]) -> None:
    """Make the subject of "... جاں بحق ہو گئے" a target when nothing else gave it a role."""
    hit = next(
        (
            h
            for h in casualties
            if h.value.outcome in ("killed", "injured") and _INTRANSITIVE.match(text, h.end)
        ),
        None,
    )
    if hit is None or any(a.role == "target" for a in clause.actors):
        return
    for i, a in enumerate(clause.actors):
        if a.end > hit.start:
            break
        if (
            a.role is None
            and not a.term.site
            and a.term.actor_type is not None
            and not _GENITIVE.match(text, a.end)
        ):
            clause.actors[i] = attrs.evolve(a, role="target")
            return


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
        if a is not None and t.end <= a.end and (a.end - a.start) > (t.end - t.start):
            continue
        out.append(t)
    return out


def _merge_adjacent(
    text: str, hits: Sequence[Hit[ActorTerm]], triggers: Sequence[Hit[TriggerTerm]]
) -> list[Hit[ActorTerm]]:
    """Join a name and the noun after it ("سی آر پی ایف" + "اہلکاروں"); drop actors inside
    triggers ("پولیس" in "پولیس مقابلہ"), except crowds ("مشتعل ہجوم نے", "مظاہرین پر فائرنگ")."""
    out: list[Hit[ActorTerm]] = []
    keys: list[list[str]] = []  # each output hit's key words, joined once at the end (not per merge)
    starts = [t.start for t in triggers]
    for h in hits:
        i = bisect.bisect_right(starts, h.start)
        crowd = h.value.actor_type in (ActorType.PROTESTERS, ActorType.RIOTERS)
        if i and h.end <= triggers[i - 1].end and not crowd:
            continue
        prev = out[-1] if out else None
        if prev is not None and not h.value.site and not prev.value.site:
            gap = text[prev.end : h.start]
            civilian = ActorType.CIVILIANS in (prev.value.actor_type, h.value.actor_type)
            nationality = not prev.value.security and prev.value.actor_type is ActorType.STATE_FORCES
            if gap == " " and nationality and h.value.actor_type is ActorType.CIVILIANS:
                out[-1] = Hit(prev.start, h.end, prev.key, h.value)  # "اسرائیلی شہری"
                keys[-1].append(h.key)
                continue
            if gap == " " and (not civilian or prev.value.actor_type == h.value.actor_type):
                value = prev.value if prev.value.actor_type is not None else h.value
                out[-1] = Hit(prev.start, h.end, prev.key, value)
                keys[-1].append(h.key)
                continue
            if prev.value.unnamed and not h.value.unnamed and _APPOSITION.fullmatch(gap):
                out[-1] = h  # "شدت پسند تنظیم دولت اسلامیہ": the group's own name is enough
                keys[-1] = [h.key]
                continue
            named = prev.value.english is not None and not prev.value.unnamed
            if named and (h.value.english is None or h.value.unnamed) and gap in (" کے ", " کی "):
                continue  # "ٹی ایل پی کے کارکنوں", "لشکر جھنگوی کے مسلح جنگجوؤں": the members are the group
        out.append(h)
        keys.append([h.key])
    pairs = zip(out, keys, strict=True)
    return [h if len(k) == 1 else Hit(h.start, h.end, " ".join(k), h.value) for h, k in pairs]


def _named(
    text: str, hit: Hit[ActorTerm], vocabulary: Callable[[str], bool], place_starts: frozenset[int]
) -> Hit[ActorTerm]:
    """Extend a title with the personal name after it ("سابق وزیر خارجہ X Y کے گھر پر").

    The name is one to four words that are no lexicon words, places or function
    words, ending where a postposition or punctuation follows.
    """
    if not hit.value.titled:
        return hit
    end = hit.end
    for n, m in enumerate(_NAME_WORD.finditer(text, hit.end, min(len(text), hit.end + 60))):
        word = m.group(1)
        if n >= 4 or m.start() != end or word in _NOT_NAME or vocabulary(word) or m.start(1) in place_starts:
            break
        end = m.end()
    if end == hit.end or not _AFTER_NAME.match(text, end):
        return hit
    return Hit(hit.start, end, text[hit.start : end], hit.value)


def _dateline(text: str, places: Sequence[PlaceRef]) -> PlaceRef | None:
    m = _DATELINE.match(text)
    if m is None or "\n" in m.group(0) or len(m.group(1).split()) > 3:
        return None
    s, e = m.span(1)
    for p in places:
        if p.start == s and p.end == e:
            return p
    return PlaceRef(s, e, text[s:e], 3)


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
            found.append(PlaceRef(pos, end, key, dateline.level))
        pos = text.find(key, end)
    return sorted(refs + found, key=lambda p: p.start) if found else refs


def _inside_any(pos: int, spans: Sequence[Any]) -> bool:
    """Whether ``pos`` falls inside one of ``spans`` (sorted by start, non-overlapping)."""
    i = bisect.bisect_right(spans, pos, key=lambda d: d.start) - 1
    return i >= 0 and spans[i].start <= pos < spans[i].end


def read_document(
    analysis: Analysis,
    published: dt.date | None,
    lexicons: IncidentLexicons,
    places: PlaceFinder,
    numbers: Sequence[Any],
    dates: Sequence[Any],
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
    words = TextWords(text)  # read once, shared by every lexicon
    triggers = _Bucket(lexicons.triggers.finditer(text, words=words))
    markers = _Bucket(lexicons.markers.finditer(text, words=words))
    place_refs = places.find(text, words=words)
    dateline = _dateline(text, place_refs)
    if dateline is not None and dateline.place is None:
        place_refs = _with_dateline_name(text, place_refs, dateline)
    place_starts = frozenset(p.start for p in place_refs)
    actors = _Bucket(
        _named(text, h, lexicons.is_vocabulary, place_starts) if h.value.titled else h
        for h in lexicons.actors.finditer(text, words=words)
    )
    weapons = _Bucket(lexicons.weapons.finditer(text, words=words))
    casualties = _Bucket(lexicons.casualties.finditer(text, words=words))
    resp = _Bucket(lexicons.responsibility.finditer(text, words=words))
    place_bucket = _Bucket(place_refs)
    date_bucket = _Bucket(dates)
    nums = [n for n in numbers if not _inside_any(n.start, dates)]
    num_bucket = _Bucket(nums)

    clauses: list[Clause] = []
    infos: list[SentenceInfo] = []
    actor_starts = frozenset(a.start for a in actors.items if not a.value.site)
    for si, sent in enumerate(analysis.sentences):
        smarkers = frozenset(h.value.marker for h in markers.between(sent.start, sent.end))
        infos.append(
            SentenceInfo(sent.start, sent.end, smarkers, tuple(date_bucket.between(sent.start, sent.end)))
        )
        for cs, ce in _clauses(text, sent.start, sent.end):
            clause = Clause(cs, ce, si)
            clause_actors = actors.between(cs, ce)
            clause.triggers = _outside_names(triggers.between(cs, ce), clause_actors)
            clause.trigger_starts = [h.start for h in clause.triggers]
            clause.marker_hits = markers.between(cs, ce)
            clause.markers = {h.value.marker for h in clause.marker_hits}
            clause.weapons = [] if "recovered" in clause.markers else weapons.between(cs, ce)
            clause.places = [
                p
                for p in place_bucket.between(cs, ce)
                if not (_FROM if p.site else _NOT_WHERE).match(text, p.end)
                and not _titled(text, p, actor_starts)
            ]
            clause.responsibility = _needs_met(text, resp.between(cs, ce), ce)
            cas = casualties.between(cs, ce)
            if cas:
                people = [a.start for a in clause_actors if not a.value.site]
                _read_figures(clause, text, cas, num_bucket.between(cs, ce), people)
                _attribute_figures(clause, text)
            starts = [h.start for h in cas if h.value.outcome in ("killed", "injured")]
            clause.actors = []
            merged = _merge_adjacent(text, clause_actors, clause.triggers)
            roles = _shared_roles(text, merged, [_role(text, h, clause, starts) for h in merged])
            for h, role in zip(merged, roles, strict=True):
                default = (
                    role is None and h.value.role == "perpetrator" and not _SPEAKER_AFTER.match(text, h.end)
                )
                role = "perpetrator" if default else role
                clause.actors.append(ActorRef(h.start, h.end, h.key, h.value, role, default))
            _claimant_acted(text, clause)
            _subject_victim(text, clause, cas)
            _acting_states(text, clause, place_bucket.between(cs, ce))
            _mask_relative(text, clause)
            clause.future = bool(_FUTURE.search(text, cs, ce))
            clause.past_perfect = bool(_PAST_PERFECT.search(text, cs, ce))
            clauses.append(clause)
    return DocReading(
        analysis=analysis,
        published=published,
        clauses=tuple(clauses),
        sentences=tuple(infos),
        dateline=dateline,
        places=tuple(place_refs),
    )


def date_of(match: Any) -> DateRange:
    """The :class:`DateRange` of a text-layer date match."""
    date = match.date
    assert isinstance(date, DateRange)
    return date
