"""Time expressions in Urdu news, resolved against the publication date.

Resolution follows GUIDELINES.md: a weekday is the most recent such day on or
before publication; a month without a day is the whole month and a year alone the
whole year, each ending no later than publication; an expression that cannot be
resolved keeps its span with no dates. Ambiguous words are read only in safe
contexts: ``کل`` and ``پرسوں`` (yesterday/tomorrow) only with a part of the day
and a past-tense clause, or before a participle or genitive in one
(``DateKind.QUALIFIER``, which the incident reader keeps only before an act of
violence), ``ہفتہ`` as Saturday only with ``کو``/``کی رات``/``کے روز``, and
weekday names (``پیر`` is also a saint, ``جمعہ`` a name and a prayer) only where a
date word follows or precedes them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

import attrs

from .._lazy_re import lazy_compile
from ..exceptions import InvalidArgumentError
from ..models import DatePrecision, DateRange
from ._calendar import ENGLISH_MONTHS, ISLAMIC_MONTHS, MONTHS, TIMES_OF_DAY, WEEKDAYS
from ._normalize import NormalizedText, check_normalized, fold
from ._numbers import _UNITS, _VARIANTS, UNIT_WORDS, parse_number, spelled_number_at
from ._tokens import TokenColumns, TokenKind, token_indexes
from ._util import trie_branches
from ._word_classes import class_words, starting_words, word_alternation

__all__ = [
    "DATE_SIGN",
    "DateKind",
    "DateMatch",
    "find_dates",
    "is_last_week_day",
    "is_month_first",
    "is_month_of_named_year",
    "is_past_days",
    "is_spelled_day",
    "is_spelled_year",
    "is_vague_ago",
    "qualifier_end",
    "week_then_day",
    "year_then_month",
]


class DateKind(str, enum.Enum):
    """What kind of time expression a :class:`DateMatch` is."""

    EXPLICIT = "explicit"  # 16 جولائی 2024، 2024-07-16، 16/7/2024، 16 جولائی
    WEEKDAY = "weekday"  # جمعرات کی رات، گزشتہ جمعے
    PRAYER = "prayer"  # نماز جمعہ: a Friday, but maybe a habitual one
    RELATIVE = "relative"  # آج، گزشتہ روز، گزشتہ رات، دو روز قبل
    WEEK = "week"  # گزشتہ ہفتے، رواں ہفتے
    MONTH = "month"  # جولائی میں، گزشتہ ماہ، رواں ماہ
    YEAR = "year"  # 2021 میں، گزشتہ سال
    ISLAMIC = "islamic"  # 10 محرم (not resolved)
    SPELLED = "spelled"  # پانچ جون کو، رواں ماہ کی دو تاریخ کو: a day written in words
    QUALIFIER = "qualifier"  # کل ہونے والے (دھماکے): yesterday only if an act of violence follows
    VAGUE = "vague"  # حال ہی میں، دو ماہ قبل (never resolved)
    PAST_DAYS = "past_days"  # گزشتہ تین دنوں کے دوران: the last days up to the publication day


@attrs.frozen
class DateMatch:
    """A time expression found in a normalized text.

    Attributes:
        start: Normalized offset of the first character.
        end: Normalized offset just past the last character.
        date: The resolved range (``start``/``end`` ``None`` when it cannot be
            resolved), whose span points into the original text.
        kind: What kind of expression it is.
    """

    start: int
    end: int
    date: DateRange
    kind: DateKind


# --- vocabulary as regex ---------------------------------------------------------------
#
# The words of the patterns come from word classes of the word_classes lexicon
# (``word_alternation``: a class as a bare alternation in lexicon order; ``class_words``: its
# words, the trigger words of a pattern or those a matched word is compared with; see
# ``_word_classes``), the calendar's names, which map to numbers, from ``_calendar``. What the
# code still spells out is the structure: postpositions ("کی", "کو", "کے"), "اسی", "آج".


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_F = fold
_MONTH = _alt(MONTHS)
_WEEKDAY = _alt(WEEKDAYS)
_EN_MONTH = _alt(ENGLISH_MONTHS)
_ISLAMIC = _alt(ISLAMIC_MONTHS)
_TOD = _alt(TIMES_OF_DAY)
_PAST_WORDS = class_words("past_determiner")
_THIS_WORDS = class_words("this_determiner")
_PAST = word_alternation("past_determiner")
_THIS = word_alternation("this_determiner")
_NEXT = word_alternation("next_determiner")
#: "ماہ", "مہینے"; "ہفتے", "ہفتہ" (the week); "سال", "برس"; "سال", "سن", "سنہ", "برس" (before a
#: year in digits); "روز", "دن".
_MONTH_WORD = word_alternation("month_word")
_WEEK_WORD = word_alternation("week_word")
_YEAR_UNIT = word_alternation("year_unit")
_YEAR_WORD = word_alternation("year_word")
_DAY_UNIT = word_alternation("day_unit")
_AGO = word_alternation("ago_word")
_WEEK_WORDS = class_words("week_word")
_YEAR_UNITS = class_words("year_unit")
_DAY_UNITS = class_words("day_unit")
#: "ہفتہ", "ہفتے" as Saturday; "جمعہ", "جمعے" of the Friday prayer.
_SATURDAY = class_words("saturday_word")
_FRIDAY = word_alternation("friday_word")
#: "کل" (yesterday or tomorrow), "پرسوں" (two days away).
_YESTERDAY = class_words("yesterday_word")
_NEAR_DAY = f"{word_alternation('yesterday_word')}|{word_alternation('two_days_word')}"
_NEAR_DAY_WORDS = _YESTERDAY + class_words("two_days_word")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_B = r"(?!\w)"  # end of word

_PAST_VERB = lazy_compile(rf"(?<!\w)(?:{word_alternation('past_tense_word')})(?!\w)")
_FUTURE_VERB = lazy_compile(rf"(?<!\w)(?:{word_alternation('future_tense_word')})(?!\w)")
#: A present perfect ("اطلاعات ملی ہیں", "خبریں سامنے آئی ہیں"): a perfective participle and "ہے"/"ہیں".
_PRESENT_PERFECT_VERB = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('perfect_participle')}) (?:{word_alternation('present_auxiliary')})(?!\w)"
)
_CLAUSE_END = lazy_compile(r"[۔؟!?\n]")
_EVERY_BEFORE = lazy_compile(r"(?<!\w)ہر \Z")
_FROM_BEFORE = lazy_compile(r"(?<!\w)سے \Z")
_NEXT_BEFORE = lazy_compile(rf"(?<!\w)(?:{_NEXT}) (?:(?:{_MONTH_WORD}) )?\Z")
_PERIOD_PART = word_alternation("period_part")
_YEAR_AFTER = lazy_compile(rf" (?:{word_alternation('year_postposition')}|کے (?:{_PERIOD_PART}))(?!\w)")
_WEEKLY_AFTER = lazy_compile(rf" ?(?:{word_alternation('weekly_suffix')})(?!\w)")
_WEEKDAY_FOLLOWS = lazy_compile(rf" (?:کو|سے|تک){_B}|،|,| اور (?:{_WEEKDAY}){_B}|۔|\n")
#: "بروز" ("on the day"), the formal word before a weekday that makes it a date.
_ON_DAY_BEFORE = lazy_compile(r"(?<!\w)بروز \Z")
_KO_AFTER = lazy_compile(rf" کو{_B}")
#: A weekday closing or opening a stretch with ہفتہ: "جمعرات سے ہفتے تک", "ہفتے سے پیر تک"
#: (dates.saturday-in-stretch).
_STRETCH_BEFORE = lazy_compile(rf"(?<!\w)(?:{_WEEKDAY}) سے \Z")
_STRETCH_AFTER = lazy_compile(rf" سے (?:{_WEEKDAY}) تک{_B}")
_SATURDAY_AFTER = lazy_compile(rf" (?:کو{_B}|کی (?:{_TOD})|کے (?:{_DAY_UNIT}))")


def _past_clause(text: str, pos: int) -> bool:
    """Whether the sentence from ``pos`` on is told in the past and not the future."""
    m = _CLAUSE_END.search(text, pos, pos + 300)
    rest = text[pos : m.start() if m else pos + 300]
    past = bool(_PAST_VERB.search(rest)) or (bool(_PRESENT_PERFECT_VERB.search(rest)) and _present_perfect())
    return past and not _FUTURE_VERB.search(rest)


def _present_perfect() -> bool:
    """Whether a present perfect ("زخمی ہونے کی اطلاعات ملی ہیں": a perfective participle and "ہے"/"ہیں")
    tells a past-tense clause, in which "کل"/"پرسوں" with a part of the day is a past day
    (dates.present-perfect-past)."""
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    return on("dates.present-perfect-past")


# --- resolution ------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _capped(start: dt.date, end: dt.date, published: dt.date | None) -> tuple[dt.date, dt.date]:
    """``(start, end)`` with the end no later than publication, where that leaves a range."""
    if published is not None and start <= published < end:
        return start, published
    return start, end


def _weekday(published: dt.date, weekday: int, *, strictly_before: bool) -> dt.date:
    delta = (published.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return published - dt.timedelta(days=delta)


#: A day and month up to this many days after publication are read as this year's
#: (an announced or scheduled date), not as the same day a year earlier.
_FUTURE_DAYS = 31


def _day_month(published: dt.date, day: int, month: int) -> dt.date | None:
    """The most recent ``day``/``month`` on or before publication, or a near future one."""
    d = _date(published.year, month, day)
    if d is not None and (d - published).days <= _FUTURE_DAYS:
        return d
    for year in (published.year - 1, published.year - 2, published.year - 3, published.year - 4):
        d = _date(year, month, day)
        if d is not None and d <= published:
            return d
    return None  # 29 February in none of the last years


def _month(month: int, year: int | None, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if year is None:
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
    return _capped(dt.date(year, month, 1), _month_end(year, month), published)


# --- the patterns ----------------------------------------------------------------------


@attrs.frozen
class _Found:
    start: int
    end: int
    kind: DateKind
    dates: tuple[dt.date, dt.date] | None
    precision: DatePrecision


_Handler = Callable[[re.Match[str], str, "dt.date | None"], Iterator[_Found]]
#: Marks a pattern that can start at a number written in digits.
_DIGITS = "<digits>"
#: Pattern and handler for each word (or _DIGITS) a pattern can start at.
_BY_TRIGGER: dict[str, list[tuple[re.Pattern[str], _Handler]]] = {}


def _pattern(regex: str, *triggers: str | Iterable[str]) -> Callable[[_Handler], _Handler]:
    """Register a pattern, tried with ``match`` wherever one of its trigger words starts.

    Args:
        regex: The pattern, matched from the start of a trigger.
        triggers: Space-separated words, word collections, or :data:`_DIGITS`.
    """

    def register(handler: _Handler) -> _Handler:
        compiled = re.compile(regex)
        for group in triggers:
            words = [group] if group == _DIGITS else group.split() if isinstance(group, str) else group
            for word in words:
                _BY_TRIGGER.setdefault(word, []).append((compiled, handler))
        return handler

    return register


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


@_pattern(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])", _DIGITS)
def _iso(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    d = _date(int(m[1]), int(m[2]), int(m[3]))
    if d is not None:
        yield _Found(m.start(), m.end(), DateKind.EXPLICIT, (d, d), DatePrecision.DAY)


@_pattern(r"(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]\d)", _DIGITS)
def _numeric(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    a, b, year = int(m[1]), int(m[3]), _year(m[4])
    # Pakistani usage is day first; fall back on month first where that is the only valid reading.
    d = _date(year, b, a) or _date(year, a, b)
    if d is not None:
        yield _Found(m.start(), m.end(), DateKind.EXPLICIT, (d, d), DatePrecision.DAY)


#: Between a month and its year: nothing, or a comma (Urdu or Latin) with or without spaces
#: around it ("16 اپریل 2015", "16 اپریل، 2015", "16 اپریل ، 2015", "16 اپریل,2015").
_YEAR_SEP = "(?: ?[،,]? ?)"


#: The Arabic date separator "؍" some papers (most in India) print after a day's number:
#: "12؍مارچ", "12؍ مارچ" (dates.date-sign; the reader drops such dates when it is off).
_DATE_SIGN = "(?:؍)?"
DATE_SIGN = "؍"
#: Between two days of a month: "16 اور 17 جولائی" (two days), "16 سے 18 جولائی" (a range).
_AND = word_alternation("conjunction_and")
_RANGE = word_alternation("range_connective")
_RANGE_WORDS = class_words("range_connective")


@_pattern(
    rf"(?<![\d.,/])(?P<d1>{_DAY}){_DATE_SIGN}"
    rf"(?: ?(?P<conn>{_AND}|{_RANGE}|-|،|,) ?(?P<d2>{_DAY}){_DATE_SIGN})?"
    rf" ?(?P<m>{_MONTH})(?:{_YEAR_SEP}(?P<y>{_YEAR}) ?ء?)?{_B}",
    _DIGITS,
)
def _day_month_year(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    def resolve(day: int) -> tuple[dt.date, dt.date] | None:
        return _resolve_day(day, m, published)

    d1 = int(m["d1"])
    if m["d2"] is None:
        yield _Found(m.start(), m.end(), DateKind.EXPLICIT, resolve(d1), DatePrecision.DAY)
        return
    d2 = int(m["d2"])
    first, second = resolve(d1), resolve(d2)
    if (m["conn"] == "-" or m["conn"] in _RANGE_WORDS) and first and second and first[0] < second[0]:
        yield _Found(m.start(), m.end(), DateKind.EXPLICIT, (first[0], second[0]), DatePrecision.DAY)
        return
    # "16 اور 17 جولائی": two days; the extractor builds the range.
    yield _Found(m.start("d1"), m.end("d1"), DateKind.EXPLICIT, first, DatePrecision.DAY)
    yield _Found(m.start("d2"), m.end(), DateKind.EXPLICIT, second, DatePrecision.DAY)


@_pattern(rf"(?<!\w)(?P<m>{_MONTH}) (?P<d>{_DAY}){_YEAR_SEP}(?P<y>{_YEAR}) ?ء?{_B}", MONTHS)
def _month_day_year(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """A printed date with the month first, as English dates are written ("اپریل 16، 2015",
    "جون 5, 2021"): always with its year (dates.month-first; the reader drops it when off)."""
    yield _Found(
        m.start(), m.end(), DateKind.EXPLICIT, _resolve_day(int(m["d"]), m, published), DatePrecision.DAY
    )


_MONTH_FIRST = lazy_compile(rf"(?:{_MONTH}) \d")


def is_month_first(text: str) -> bool:
    """Whether ``text`` (a date's span) is a date written month first ("اپریل 16، 2015")."""
    return _MONTH_FIRST.match(fold(text).strip()) is not None


def _resolve_day(day: int, m: re.Match[str], published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The day ``day`` of the match's month (group ``m``) and year (group ``y``, else near publication)."""
    month = MONTHS[m["m"]]
    if m["y"]:
        d = _date(int(m["y"]), month, day)
    else:
        d = _day_month(published, day, month) if published is not None else None
    return (d, d) if d is not None else None


@_pattern(rf"(?<!\w)یکم ?(?P<m>{_MONTH})(?:{_YEAR_SEP}(?P<y>{_YEAR}) ?ء?)?{_B}", "یکم")
def _first_of_month(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "یکم مارچ": the first day of a month, written with the ordinal word instead of 1."""
    yield _Found(m.start(), m.end(), DateKind.EXPLICIT, _resolve_day(1, m, published), DatePrecision.DAY)


_ORDINAL = r"(?:st|nd|rd|th)?"


@_pattern(rf"(?<![\d.,/])(?P<d>{_DAY}){_ORDINAL} (?P<m>{_EN_MONTH})\.?,? (?P<y>{_YEAR}){_B}", _DIGITS)
def _english_day_month_year(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """A printed English date, day first: "5 Mar 2024", "12th November, 2022"."""
    d = _date(int(m["y"]), ENGLISH_MONTHS[m["m"]], int(m["d"]))
    if d is not None:
        yield _Found(m.start(), m.end(), DateKind.EXPLICIT, (d, d), DatePrecision.DAY)


@_pattern(rf"(?<!\w)(?P<m>{_EN_MONTH})\.? (?P<d>{_DAY}){_ORDINAL},? (?P<y>{_YEAR}){_B}", ENGLISH_MONTHS)
def _english_month_day_year(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """A printed English date, month first: "March 5, 2024", "Sept. 12 2021"."""
    d = _date(int(m["y"]), ENGLISH_MONTHS[m["m"]], int(m["d"]))
    if d is not None:
        yield _Found(m.start(), m.end(), DateKind.EXPLICIT, (d, d), DatePrecision.DAY)


@_pattern(rf"(?<!\w)(?P<m>{_MONTH})،? (?P<y>{_YEAR}) ?ء?{_B}", MONTHS)
def _month_year(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    yield _month_of_year(m, published)


@_pattern(
    rf"(?<![\d\w])(?:(?:{_YEAR_WORD}) )?(?P<y>{_YEAR})(?: ?ء)? (?:کے|کی) "
    rf"(?:(?:{_MONTH_WORD}) )?(?P<m>{_MONTH}){_B}",
    _DIGITS,
    class_words("year_word"),
)
def _year_then_month(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "سنہ 2010 کے مئی میں": the month of that year."""
    yield _month_of_year(m, published)


def _month_of_year(m: re.Match[str], published: dt.date | None) -> _Found:
    """The month named by groups ``m`` and ``y`` of ``m``, as one match."""
    return _Found(
        m.start(),
        m.end(),
        DateKind.MONTH,
        _month(MONTHS[m["m"]], int(m["y"]), published),
        DatePrecision.MONTH,
    )


_LAST_YEAR_NAMED = lazy_compile(rf"(?<![\d\w]){_YEAR}(?!\d)")
#: How far back (characters) the year that "اسی برس" refers to is looked for.
_SAME_YEAR_REACH = 2000


@_pattern(rf"(?<!\w)اسی (?:{_YEAR_UNIT}) (?:کے )?(?:(?:{_MONTH_WORD}) )?(?P<m>{_MONTH}){_B}", "اسی")
def _same_year_month(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "اسی برس جون میں": a month of the year the text named last; of the current year when
    it named none."""
    years = _LAST_YEAR_NAMED.findall(text, max(0, m.start() - _SAME_YEAR_REACH), m.start())
    year = int(years[-1]) if years else None
    yield _Found(
        m.start(), m.end(), DateKind.MONTH, _month(MONTHS[m["m"]], year, published), DatePrecision.MONTH
    )


_MONTH_AFTER = lazy_compile(
    rf" (?:میں|کو|سے|تک|کے (?:{word_alternation('month_genitive_word')}|{_PERIOD_PART}"
    rf"|{word_alternation('period_ordinal')}))(?!\w)|،"
)


#: A time word right before a bare "مارچ": a year ("رواں سال", "گزشتہ برس", "2019ء"), with or
#: without its genitive, or an "earlier" connective ("اس سے قبل", "ماضی میں").
_MARCH_TIME_BEFORE = lazy_compile(
    rf"(?<!\w)(?:{word_alternation('earlier_time')}|(?:{_PAST}|{_THIS}) (?:{_YEAR_UNIT})|{_YEAR} ?ء?)"
    rf"(?: (?:کے|کی))? ?،? \Z"
)


def _march_the_month(text: str, start: int) -> bool:
    """Whether a bare "مارچ" starting at ``start`` (a date postposition after it) is the month
    because a year or an "earlier" connective stands right before it ("اس سے قبل مارچ میں",
    "رواں سال مارچ میں"; dates.march-after-time-word): a protest march is named by its own
    word ("لانگ مارچ", "امن مارچ")."""
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    if on("dates.march-after-time-word") and _MARCH_TIME_BEFORE.search(text, max(0, start - 30), start):
        return True
    return on("dates.march-recalled-month") and _march_recalled(text, start)


#: What a recalled month stands after: a postposition of place or the start of its clause
#: ("کوئٹہ میں مارچ میں بھی ..."); a march is named by the word before it ("لانگ مارچ").
_MARCH_RECALL_BEFORE = lazy_compile(r"(?:(?<!\w)(?:میں|پر)|[،,:۔]|^) ?\Z", re.MULTILINE)
#: "مارچ میں" and perhaps "بھی" (dates.march-recalled-month).
_MARCH_IN = lazy_compile(r" میں(?: بھی)?(?!\w)")
#: How far (characters) a recalled month's clause is read for its past-perfect auxiliary.
_MARCH_RECALL_REACH = 160


def _march_recalled(text: str, start: int) -> bool:
    """Whether a bare "مارچ" starting at ``start`` is the month in a past-perfect recall:
    "مارچ میں" after a place or at the head of its clause, its clause closing on a past-perfect
    auxiliary, with no word of a march's participants or setting off ("کوئٹہ میں مارچ میں بھی
    دھماکہ ہوا تھا", but not "... مارچ میں شریک کارکن"; dates.march-recalled-month)."""
    m = _MARCH_IN.match(text, start + len("مارچ"))
    if m is None or not _MARCH_RECALL_BEFORE.search(text, max(0, start - 12), start):
        return False
    stop = _CLAUSE_END.search(text, m.end(), m.end() + _MARCH_RECALL_REACH)
    if stop is None:
        return False
    clause = text[m.end() : stop.start()]
    return _PAST_PERFECT_AUX.search(clause) is not None and _MARCH_PARTICIPATION.search(clause) is None


#: "تھا", "تھے", "چکے": a past-perfect or completive auxiliary (dates.march-recalled-month).
_PAST_PERFECT_AUX = lazy_compile(rf"(?<!\w)(?:{word_alternation('past_perfect_auxiliary')})(?!\w)")
#: "شریک", "شرکا", "نکالا": a march's participants or its setting off (dates.march-recalled-month).
_MARCH_PARTICIPATION = lazy_compile(rf"(?<!\w)(?:{word_alternation('march_participation_word')})(?!\w)")


@_pattern(
    rf"(?<!\w)(?P<m1>{_MONTH})(?: ?[،,] ?(?:{_MONTH}))* ?(?:{_AND}|{_RANGE}|-) ?(?P<m2>{_MONTH})"
    rf"(?:{_YEAR_SEP}(?P<y>{_YEAR}) ?ء?)?(?= تک{_B})?{_B}",
    MONTHS,
)
def _month_pair(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "فروری اور مارچ میں", "جنوری، فروری اور مارچ میں", "مارچ سے مئی تک": months listed or
    joined as a stretch, from the first day of the first to the last day of the last
    (dates.month-pair); with a date postposition or a year after them."""
    if not (m["y"] or _MONTH_AFTER.match(text, m.end())) or not _month_pair_on():
        return
    first, last = MONTHS[m["m1"]], MONTHS[m["m2"]]
    if first >= last:
        return  # "دسمبر اور جنوری": across a new year, or the same month twice
    span = _month(last, int(m["y"]) if m["y"] else None, published)
    if span is None:
        return
    year = span[1].year
    yield _Found(
        m.start(),
        m.end(),
        DateKind.MONTH,
        _capped(dt.date(year, first, 1), _month_end(year, last), published),
        DatePrecision.MONTH,
    )


def _month_pair_on() -> bool:
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    return on("dates.month-pair")


@_pattern(
    rf"(?<!\w)(?:(?P<pre>(?:{_PAST}|{_THIS}) (?:{_MONTH_WORD})|{_MONTH_WORD}) )?(?P<m>{_MONTH}){_B}",
    MONTHS,
    _PAST_WORDS,
    _THIS_WORDS,
    class_words("month_word"),
)
def _month_alone(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    name = m["m"]
    if m["pre"] is None and (
        not _MONTH_AFTER.match(text, m.end())
        or (name == _F("مارچ") and not _march_the_month(text, m.start()))
    ):
        return  # "لانگ مارچ" is a protest march; other bare month names need a date word after them
    if _NEXT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return  # next month: not a past date
    yield _Found(
        m.start(), m.end(), DateKind.MONTH, _month(MONTHS[name], None, published), DatePrecision.MONTH
    )


@_pattern(
    rf"(?<![\d\w])(?:(?:{_YEAR_WORD}) )?(?P<y>{_YEAR})(?P<suffix> ?ء)?{_B}", _DIGITS, class_words("year_word")
)
def _year_alone(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    has_word = m.start() != m.start("y")
    if not (has_word or m["suffix"] or _YEAR_AFTER.match(text, m.end())):
        return
    year = int(m["y"])
    dates = _capped(dt.date(year, 1, 1), dt.date(year, 12, 31), published)
    yield _Found(m.start(), m.end(), DateKind.YEAR, dates, DatePrecision.YEAR)


@_pattern(
    rf"(?<!\w)(?:(?P<pre>{_PAST}|{_THIS}|{_NEXT}) )?(?P<w>{_WEEKDAY})(?P<hi> ہی(?!\w))?"
    rf"(?P<tod> (?:کی|کو) (?:درمیانی |(?P<late>دیر) )?(?:{_TOD})"
    rf"| (?:کے|کی) (?:{_DAY_UNIT})| (?:{_TOD}))?{_B}",
    WEEKDAYS,
    _PAST_WORDS,
    _THIS_WORDS,
    starting_words("next_determiner"),
)
def _weekday_name(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    word, pre, tod = m["w"], m["pre"], m["tod"]
    if m["hi"] is not None and not _emphatic_day():
        return
    if m["late"] is not None and not _late_part():
        return  # "منگل کی دیر رات" read only by dates.late-part-of-day
    if (pre is not None and re.fullmatch(_NEXT, pre)) or _NEXT_BEFORE.search(
        text, max(0, m.start() - 12), m.start()
    ):
        return  # next Friday, every Friday: not a past day
    if _WEEKLY_AFTER.match(text, m.end()) or _EVERY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return  # weekly, all week, every week
    if word in _SATURDAY:
        if (
            tod is None
            and not _KO_AFTER.match(text, m.end())
            and not _ON_DAY_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and not _saturday_in_stretch(m, text)
        ):
            return  # ہفتہ is the week unless "ہفتے کو", "ہفتے کی رات", "ہفتے کے روز"
    elif (
        tod is None
        and pre is None
        and not (m.end() == len(text) or _WEEKDAY_FOLLOWS.match(text, m.end()))
        and not _ON_DAY_BEFORE.search(text, max(0, m.start() - 8), m.start())
    ):
        return  # پیر صاحب، جمعہ خان، بدھ مت; but "بروز منگل" is a day
    strict = pre is not None and re.fullmatch(_PAST, pre) is not None
    dates = None
    if published is not None:
        d = _weekday(published, WEEKDAYS[word], strictly_before=strict)
        dates = (d, d)
    yield _Found(m.start(), m.end(), DateKind.WEEKDAY, dates, DatePrecision.DAY)


def _emphatic_day() -> bool:
    """Whether a weekday followed by the emphatic "ہی" ("منگل ہی کو", "ہفتے ہی کی شام": that very
    day) is read as that day (dates.emphatic-day); the particle stands between the day and its
    postposition or part of the day."""
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    return on("dates.emphatic-day")


def _late_part() -> bool:
    """Whether "دیر" ("late") may stand between a weekday's postposition and the part of the day
    ("منگل کی دیر رات", "جمعے کی دیر شام": late on that night or evening), which is still that
    day (dates.late-part-of-day)."""
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    return on("dates.late-part-of-day")


def _saturday_in_stretch(m: re.Match[str], text: str) -> bool:
    """Whether ہفتہ is one end of a stretch whose other end is a weekday named before it
    ("جمعرات سے ہفتے تک") or after it ("ہفتے سے پیر تک"): then it is Saturday, not the week
    (dates.saturday-in-stretch)."""
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    return on("dates.saturday-in-stretch") and bool(
        (_STRETCH_BEFORE.search(text, max(0, m.start() - 12), m.start()) and text.startswith(" تک", m.end()))
        or _STRETCH_AFTER.match(text, m.end())
    )


@_pattern(rf"(?<!\w)(?:نماز ?(?:{_FRIDAY})|(?:{_FRIDAY}) کی نماز){_B}", "نماز", class_words("friday_word"))
def _friday_prayer(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    if _EVERY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return
    dates = None
    if published is not None:
        d = _weekday(published, 4, strictly_before=False)
        dates = (d, d)
    yield _Found(m.start(), m.end(), DateKind.PRAYER, dates, DatePrecision.DAY)


def _days_before(published: dt.date | None, days: int) -> tuple[dt.date, dt.date] | None:
    if published is None:
        return None
    d = published - dt.timedelta(days=days)
    return d, d


#: Right after "آج", a word that makes it the name of a news outlet: "آج نیوز", "آج ٹی وی"; not
#: before what a day's news or a broadcast is ("آج نیوز کانفرنس میں", "آج ٹی وی پر خطاب").
_OUTLET_AFTER_TODAY = lazy_compile(
    rf" (?:{word_alternation('outlet_after_today')}){_B}"
    rf"(?! (?:{word_alternation('not_outlet_after')}){_B})"
)
#: Right before "آج", a word for a newspaper: "روزنامہ آج".
_NEWSPAPER_BEFORE_TODAY = lazy_compile(rf"(?<!\w)(?:{word_alternation('newspaper_before_today')}) \Z")


def _outlet_named_today(m: re.Match[str], text: str) -> bool:
    """Whether "آج" names a news outlet ("(آج نیوز) ...", "روزنامہ آج"): then it is no date
    (dates.today-outlet-name)."""
    from ..extractors._rules import on  # here: the extractors package imports the text layer

    return on("dates.today-outlet-name") and bool(
        _OUTLET_AFTER_TODAY.match(text, m.end())
        or _NEWSPAPER_BEFORE_TODAY.search(text, max(0, m.start() - 12), m.start())
    )


@_pattern(rf"(?<!\w)آج(?: (?:{_TOD}))?{_B}(?! (?:{word_alternation('not_today_after')}){_B})", "آج")
def _today(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    if _outlet_named_today(m, text):
        return
    yield _Found(m.start(), m.end(), DateKind.RELATIVE, _days_before(published, 0), DatePrecision.DAY)


@_pattern(
    rf"(?<!\w)(?:{_PAST}) (?:{_DAY_UNIT}|{word_alternation('night_word')}|{_TOD})(?: (?:{_TOD}))?{_B}",
    _PAST_WORDS,
)
def _yesterday(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    yield _Found(m.start(), m.end(), DateKind.RELATIVE, _days_before(published, 1), DatePrecision.DAY)


@_pattern(rf"(?<!\w)(?P<w>{_NEAR_DAY}) (?:{_TOD}){_B}", _NEAR_DAY_WORDS)
def _yesterday_ambiguous(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    # کل and پرسوں name yesterday and tomorrow alike: read them only in a past-tense clause.
    if _past_clause(text, m.end()):
        days = 1 if m["w"] in _YESTERDAY else 2
        yield _Found(m.start(), m.end(), DateKind.RELATIVE, _days_before(published, days), DatePrecision.DAY)


#: What makes "کل"/"پرسوں" qualify the noun after it: a participle of happening or doing
#: ("کل ہونے والے", "کل کیے گئے"), after an optional place in "میں", or the genitive ("کل کے").
_QUALIFYING_AFTER = lazy_compile(
    rf"(?:(?: [^\s۔،]+){{0,3}}? میں)? (?:{word_alternation('qualifying_participle')}|کے|کی)(?!\w)"
)


def qualifier_end(text: str, pos: int) -> int | None:
    """Where the participle or genitive that makes a day word qualify a noun ends, when one
    starts at ``pos`` of the normalized ``text`` (right after the day word), else ``None``."""
    m = _QUALIFYING_AFTER.match(text, pos)
    return m.end() if m else None


@_pattern(rf"(?<!\w)(?P<w>{_NEAR_DAY})(?! (?:{_TOD}){_B})(?={_QUALIFYING_AFTER.pattern})", _NEAR_DAY_WORDS)
def _day_qualifying(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "کل ہونے والے دھماکے", "کل ننگرہار میں ہونے والے حملے", "کل کے حملے": yesterday (the day
    before for "پرسوں") qualifying what follows, in a past-tense clause; the span is the day
    word alone. Whether an event noun follows is the reader's test (dates.day-qualifies-event),
    which keeps only those: "کل ہونے والے انتخابات" is tomorrow's."""
    if _past_clause(text, m.end()):
        days = 1 if m["w"] in _YESTERDAY else 2
        yield _Found(m.start(), m.end(), DateKind.QUALIFIER, _days_before(published, days), DatePrecision.DAY)


@_pattern(
    rf"(?<!\w)(?P<pre>{_PAST}|{_THIS}) (?P<unit>{_WEEK_WORD}|{_MONTH_WORD}|{_YEAR_UNIT}){_B}"
    rf"|(?<!\w)امسال{_B}",
    _PAST_WORDS,
    _THIS_WORDS,
    "امسال",
)
def _this_or_last(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    unit = m["unit"]
    last = m["pre"] is not None and re.fullmatch(_PAST, m["pre"]) is not None
    if unit in _WEEK_WORDS and _SATURDAY_AFTER.match(text, m.end()):
        return  # "گزشتہ ہفتے کو" is last Saturday (read by the weekday pattern)
    if unit in _WEEK_WORDS:
        kind, precision = DateKind.WEEK, DatePrecision.WEEK
    elif unit is None or unit in _YEAR_UNITS:  # "امسال", this year
        kind, precision = DateKind.YEAR, DatePrecision.YEAR
    else:
        kind, precision = DateKind.MONTH, DatePrecision.MONTH
    dates = None
    if published is not None:
        p = published
        if kind is DateKind.WEEK:
            monday = p - dt.timedelta(days=p.weekday())
            dates = (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)) if last else (monday, p)
        elif kind is DateKind.MONTH:
            first = p.replace(day=1)
            if last:
                prev = first - dt.timedelta(days=1)
                dates = (prev.replace(day=1), prev)
            else:
                dates = (first, p)
        else:
            year = p.year - 1 if last else p.year
            dates = _capped(dt.date(year, 1, 1), dt.date(year, 12, 31), p)
    yield _Found(m.start(), m.end(), kind, dates, precision)


_TWO_WORDS_BEFORE = lazy_compile(r"(?:(\w+) )?(\w+) \Z")


@_pattern(rf"(?<!\w)(?P<unit>{word_alternation('ago_unit')}) (?:{_AGO}){_B}", class_words("ago_unit"))
def _ago(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    before = _TWO_WORDS_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return
    n, start = None, m.start()
    if before[1] is not None:
        n, start = parse_number(f"{before[1]} {before[2]}"), before.start(1)
    if n is None:
        n, start = parse_number(before[2]), before.start(2)
    if n is None or _FROM_BEFORE.search(text, max(0, start - 4), start):
        return  # "حملے سے دو روز قبل" counts from the attack, not from publication
    if m["unit"] in _DAY_UNITS:
        yield _Found(start, m.end(), DateKind.RELATIVE, _days_before(published, n), DatePrecision.DAY)
    else:
        yield _Found(start, m.end(), DateKind.VAGUE, None, DatePrecision.DAY)


#: "گزشتہ تین دنوں کے دوران", "پچھلے دو روز میں", "گزشتہ 4 دن سے": the last days up to publication.
_PAST_DAYS_UNIT = word_alternation("past_days_unit")
_PAST_DAYS = lazy_compile(
    rf"(?<!\w)(?:{_PAST}) (?P<n>\S+(?: \S+)?) (?:{_PAST_DAYS_UNIT}){_B}"
    rf"(?= (?:{word_alternation('past_days_postposition')}){_B})"
)


@_pattern(_PAST_DAYS.pattern, _PAST_WORDS)
def _past_days(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """The last ``n`` days up to the publication day ("گزشتہ تین دنوں کے دوران", from
    publication minus three days to publication): read only when dates.past-days is on."""
    n = parse_number(m["n"])
    if n is None or not 2 <= n <= 31:
        return
    days = None if published is None else (published - dt.timedelta(days=n), published)
    yield _Found(m.start(), m.end(), DateKind.PAST_DAYS, days, DatePrecision.DAY)


@_pattern(
    rf"(?<!\w)(?:{word_alternation('recently_phrase')}|(?:{word_alternation('while_phrase')}) (?:{_AGO})"
    rf"|(?:{word_alternation('few_word')}) (?:{word_alternation('few_ago_unit')}) (?:{_AGO}))(?!\w)",
    starting_words("recently_phrase", "few_word", "while_phrase"),
)
def _recently(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    yield _Found(m.start(), m.end(), DateKind.VAGUE, None, DatePrecision.DAY)


#: A stretch before "قبل"/"پہلے" counted by no exact number: a vague count or a fraction
#: ("کئی ماہ پہلے", "ڈیڑھ سال قبل", "کچھ ہی دن قبل"), or a plural unit alone ("ہفتوں پہلے").
_VAGUE_AGO = lazy_compile(
    rf"(?<!\w)(?:(?:{word_alternation('vague_ago_count')}|(?:{word_alternation('plus_half_word')}) \S+"
    rf"|(?:{word_alternation('few_word')}) ہی) (?:{word_alternation('vague_ago_unit')})"
    rf"|(?:(?:{word_alternation('few_word')}) )?(?:{word_alternation('plural_span_unit')})) (?:{_AGO})(?!\w)"
)


@_pattern(
    _VAGUE_AGO.pattern,
    starting_words("vague_ago_count", "plus_half_word", "few_word", "plural_span_unit"),
)
def _vague_ago(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "کئی ماہ پہلے", "ڈیڑھ سال قبل", "ہفتوں پہلے": a time ago with no exact count, which
    cannot be resolved (dates.vague-ago; the reader drops it when that is off)."""
    yield _Found(m.start(), m.end(), DateKind.VAGUE, None, DatePrecision.DAY)


def is_vague_ago(text: str) -> bool:
    """Whether ``text`` (a date's span, as written) is a time ago with no exact count
    ("کئی ماہ پہلے", "ڈیڑھ سال قبل")."""
    return _VAGUE_AGO.fullmatch(fold(text).strip()) is not None


@_pattern(
    rf"(?<!\w)(?:(?P<pre>{_THIS}|{_PAST}) (?:{_MONTH_WORD}) کی )?(?P<d>{_DAY}) تاریخ{_B}",
    _DIGITS,
    _PAST_WORDS,
    _THIS_WORDS,
)
def _day_of_month(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    last = bool(m["pre"] and re.fullmatch(_PAST, m["pre"]))
    yield _Found(
        m.start(),
        m.end(),
        DateKind.EXPLICIT,
        _this_month_day(published, int(m["d"]), last=last),
        DatePrecision.DAY,
    )


def _this_month_day(published: dt.date | None, day: int, *, last: bool) -> tuple[dt.date, dt.date] | None:
    """Day ``day`` of the publication's month, or of the month before where that day is still
    to come or ``last`` (the text said "last month")."""
    if published is None:
        return None
    last_month = published.replace(day=1) - dt.timedelta(days=1)
    d = _date(published.year, published.month, day)
    if d is None or d > published or last:
        d = _date(last_month.year, last_month.month, day)
    return (d, d) if d is not None else None


#: The days of a month written in words ("پانچ", "چودہ", "اکتیس") -> their number.
_DAY_WORDS: dict[str, int] = {_F(w): n for n, w in enumerate(UNIT_WORDS[1:32], start=1)} | {
    _F(w): n for w, n in _VARIANTS.items() if 1 <= n <= 31
}
_DAY_WORD = _alt(_DAY_WORDS)
#: After a day in words and a month with no year: a date word that makes them a date ("پانچ
#: جون کو"); not "کی" alone ("دو جون کی روٹی" is an idiom).
_SPELLED_DAY_AFTER = lazy_compile(rf" (?:کو|سے|تک|کے (?:{_DAY_UNIT})|کی (?:{_TOD})){_B}|،")


_SPELLED_DAY = lazy_compile(rf"(?<!\w)(?:{_DAY_WORD}) (?:{_MONTH}|تاریخ){_B}")


#: Between "گزشتہ ہفتے" and a weekday that names a day of that week ("گزشتہ ہفتے جمعے کو",
#: "پچھلے ہفتے کے منگل کو", "گزشتہ ہفتے، جمعرات کو").
_WEEK_THEN_DAY_GAP = lazy_compile(r" ?،? ?(?:کے )?")
_LAST_WEEK_DAY = lazy_compile(rf"(?:{_PAST}) (?:{_WEEK_WORD}){_WEEK_THEN_DAY_GAP.pattern}(?:{_WEEKDAY})")


#: Between a year ("گزشتہ سال") and a month or day of it ("فروری میں", "12 فروری کو").
_YEAR_THEN_MONTH_GAP = lazy_compile(r" ?،? ?(?:(?:کے|کی) )?")


_MONTH_OF_NAMED_YEAR = lazy_compile(
    rf"(?:(?:{_PAST}|{_THIS}) (?:{_YEAR_UNIT})|(?:(?:{_YEAR_WORD}) )?{_YEAR} ?ء?)"
    rf"{_YEAR_THEN_MONTH_GAP.pattern}(?:\d+ )?(?:{_MONTH})"
)


def is_month_of_named_year(text: str) -> bool:
    """Whether ``text`` (a date's span) is a month or day after its year ("گزشتہ سال فروری")."""
    return _MONTH_OF_NAMED_YEAR.match(fold(text).strip()) is not None


def year_then_month(text: str, year_end: int, month_start: int) -> bool:
    """Whether only a comma or a genitive stands between a year ending at ``year_end`` and a
    month or day of the month starting at ``month_start`` in the normalized ``text``
    ("گزشتہ سال فروری میں", "پچھلے برس کے جنوری میں")."""
    return _YEAR_THEN_MONTH_GAP.fullmatch(text, year_end, month_start) is not None


def week_then_day(text: str, week_end: int, day_start: int) -> bool:
    """Whether only a comma or "کے" stands between a week ending at ``week_end`` and a weekday
    starting at ``day_start`` in the normalized ``text``."""
    return _WEEK_THEN_DAY_GAP.fullmatch(text, week_end, day_start) is not None


def is_last_week_day(text: str) -> bool:
    """Whether ``text`` (a date's span) is a weekday of last week ("گزشتہ ہفتے جمعے")."""
    return _LAST_WEEK_DAY.match(fold(text).strip()) is not None


_PAST_DAYS_SPAN = lazy_compile(rf"(?:{_PAST}) \S+(?: \S+)? (?:{_PAST_DAYS_UNIT})")


def is_past_days(text: str) -> bool:
    """Whether ``text`` (a date's span, as written) names the last days up to publication
    ("گزشتہ تین دنوں", "پچھلے دو روز")."""
    return _PAST_DAYS_SPAN.fullmatch(fold(text).strip()) is not None


def is_spelled_day(text: str) -> bool:
    """Whether ``text`` (a date's span, as written) holds a day in words before a month name
    or "تاریخ" ("پانچ جون", "دو تاریخ")."""
    return _SPELLED_DAY.search(fold(text)) is not None


@_pattern(
    rf"(?<!\w)(?P<w>{_DAY_WORD}) (?P<m>{_MONTH})(?:{_YEAR_SEP}(?P<y>{_YEAR}) ?ء?)?{_B}",
    _DAY_WORDS,
)
def _day_in_words(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "پانچ جون کو", "چودہ اگست 2019": a day of a month written in words (dates.day-in-words);
    without a year, only with a date word after it."""
    if m["y"] is None and not _SPELLED_DAY_AFTER.match(text, m.end()):
        return
    dates = _resolve_day(_DAY_WORDS[m["w"]], m, published)
    yield _Found(m.start(), m.end(), DateKind.SPELLED, dates, DatePrecision.DAY)


@_pattern(
    rf"(?<!\w)(?:(?P<pre>{_THIS}|{_PAST}) (?:{_MONTH_WORD}) کی )?(?P<w>{_DAY_WORD}) تاریخ(?P<ko> کو)?{_B}",
    _DAY_WORDS,
    _PAST_WORDS,
    _THIS_WORDS,
)
def _day_of_month_in_words(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "رواں ماہ کی دو تاریخ کو": a day of this (or last) month written in words
    (dates.day-in-words); without the month words, only before "کو" ("ایک تاریخ" is also
    "a history")."""
    if m["pre"] is None and m["ko"] is None:
        return
    last = m["pre"] is not None and re.fullmatch(_PAST, m["pre"]) is not None
    dates = _this_month_day(published, _DAY_WORDS[m["w"]], last=last)
    yield _Found(m.start(), m.start("ko") if m["ko"] else m.end(), DateKind.SPELLED, dates, DatePrecision.DAY)


#: The years a year written in words may name, as those in digits (``_YEAR``) do.
_SPELLED_YEARS = range(1800, 2100)
#: The number words a year in words starts with: those that, before "سو" or "ہزار", fall
#: among the years ("انیس سو اکہتر", "دو ہزار انیس").
_YEAR_START_WORDS = tuple(
    w for w, n in _UNITS.items() if n * 100 in _SPELLED_YEARS or n * 1000 in _SPELLED_YEARS
)
#: The year sign "ء" after a year in words, apart from it: "انیس سو اکہتر ء".
_YEAR_SIGN = lazy_compile(rf" ?ء{_B}")
#: After a year in words, what makes it a date: "میں" (not "میں سے", out of a count), "کے
#: دوران", its start, middle or end ("کے آغاز میں"), or a month of it ("کے مئی میں"); not the
#: "سے", "تک" or "کو" a count takes too ("دو ہزار سے زائد", "دو ہزار تک").
_SPELLED_YEAR_AFTER = lazy_compile(
    rf" (?:میں(?! سے{_B})|کے دوران|کے (?:{_PERIOD_PART})|(?:کے|کی) (?:(?:{_MONTH_WORD}) )?(?:{_MONTH})){_B}"
)
#: After a month (and day) and its year in words, also "کو" or a comma: "پانچ جون دو ہزار انیس کو".
_DATED_SPELLED_YEAR_AFTER = lazy_compile(rf"{_SPELLED_YEAR_AFTER.pattern}| کو{_B}|،")
#: A determiner before a year word, which makes the word a date of its own ("گزشتہ سال"), not
#: the word before a year's number.
_DETERMINED_BEFORE = lazy_compile(rf"(?<!\w)(?:{_PAST}|{_THIS}|{_NEXT}|اسی|اس) \Z")


def _spelled_year(text: str, pos: int, after: re.Pattern[str]) -> tuple[int, int] | None:
    """The year written in words that starts at ``pos`` of ``text`` ("دو ہزار انیس"), read by the
    number reader, with what ``after`` requires right after it or the year sign: the year and
    where its date ends (after "ء" if it has one); ``None`` if there is none."""
    read = spelled_number_at(text, pos)
    if read is None or read[0] not in _SPELLED_YEARS:
        return None
    year, end = read
    sign = _YEAR_SIGN.match(text, end)
    if sign is not None:
        return year, sign.end()
    return (year, end) if after.match(text, end) else None


@_pattern(rf"(?<![\d\w])(?:(?P<pre>{_YEAR_WORD}) )?(?=[^\W\d])", class_words("year_word"), _YEAR_START_WORDS)
def _year_in_words(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "سنہ دو ہزار چھ میں", "سال دو ہزار انیس کے دوران", "انیس سو اکہتر میں": a year written in
    words (dates.spelled-year), read by the number reader, after the word for year or alone;
    alone, or after a year word that a determiner makes a date of its own ("گزشتہ سال دو ہزار
    میں ..."), it is a year only if it is no round hundred, which more often counts people or
    money ("دو ہزار میں")."""
    found = _spelled_year(text, m.end(), _SPELLED_YEAR_AFTER)
    if found is None:
        return
    year, end = found
    named = m["pre"] is not None and not _DETERMINED_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if not named and (year % 100 == 0 or m["pre"] is not None):
        return  # a bare year is read where it starts, not after a "گزشتہ سال"
    dates = _capped(dt.date(year, 1, 1), dt.date(year, 12, 31), published)
    yield _Found(m.start(), end, DateKind.YEAR, dates, DatePrecision.YEAR)


@_pattern(
    rf"(?<![\d.,/\w])(?:(?P<d>{_DAY}){_DATE_SIGN} ?|(?P<w>{_DAY_WORD}) )?"
    rf"(?P<m>{_MONTH}){_B}{_YEAR_SEP}(?=[^\W\d])",
    _DIGITS,
    _DAY_WORDS,
    MONTHS,
)
def _month_of_year_in_words(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    """ "جون دو ہزار انیس میں", "16 جون دو ہزار انیس کو", "پانچ جون، دو ہزار انیس کو": a month,
    or a day of it, with its year written in words (dates.spelled-year)."""
    found = _spelled_year(text, m.end(), _DATED_SPELLED_YEAR_AFTER)
    if found is None:
        return
    year, end = found
    month = MONTHS[m["m"]]
    if m["d"] is None and m["w"] is None:
        yield _Found(m.start(), end, DateKind.MONTH, _month(month, year, published), DatePrecision.MONTH)
        return
    d = _date(year, month, int(m["d"]) if m["d"] is not None else _DAY_WORDS[m["w"]])
    kind = DateKind.EXPLICIT if m["d"] is not None else DateKind.SPELLED
    yield _Found(m.start(), end, kind, (d, d) if d is not None else None, DatePrecision.DAY)


_ENDS_IN_WORD = lazy_compile(r"(\w+)\W*\Z")


def is_spelled_year(text: str) -> bool:
    """Whether ``text`` (a date's span, as written) ends in a year written in words ("سنہ دو
    ہزار چھ", "جون دو ہزار انیس")."""
    folded = fold(text).strip().removesuffix("ء").rstrip()
    last = _ENDS_IN_WORD.search(folded)
    return last is not None and not last[1].isdigit() and spelled_number_at(last[1], 0) is not None


@_pattern(rf"(?<![\d.,/])(?P<d>{_DAY}) (?P<m>{_ISLAMIC})(?: (?P<y>1[34]\d\d) ?ھ?)?{_B}", _DIGITS)
def _islamic(m: re.Match[str], text: str, published: dt.date | None) -> Iterator[_Found]:
    # The Pakistani Islamic calendar follows moon sighting; no arithmetic can resolve it exactly.
    yield _Found(m.start(), m.end(), DateKind.ISLAMIC, None, DatePrecision.DAY)


# --- the public function ---------------------------------------------------------------

#: Where a pattern may start: a run of digits or a trigger word. One scan finds them
#: all (every branch starts with a literal, so ``re`` skips ahead quickly).
_ANCHORS = lazy_compile(
    "|".join(
        [
            *(d + r"\d*" for d in "0123456789"),
            *trie_branches((w for w in _BY_TRIGGER if w != _DIGITS), r"(?!\w)"),
        ]
    )
)


#: The trigger words: each is a run of letters other than Latin, one token of the text layer
#: (a test checks).
_TRIGGER_WORDS = frozenset(w for w in _BY_TRIGGER if w != _DIGITS)
#: Where a digit anchor of ``_ANCHORS`` starts inside a token of digits ("12,500": 12 and 500).
_DIGIT_ANCHOR = lazy_compile(r"[0-9]\d*")


def _anchors(text: str) -> list[tuple[int, str]]:
    """Where a pattern may start, and the key of its patterns in ``_BY_TRIGGER``."""
    out = []
    for anchor in _ANCHORS.finditer(text):
        pos = anchor.start()
        word = anchor.group()
        if word[0].isdigit():
            word = _DIGITS
        elif pos and text[pos - 1].isalnum():
            continue  # the end of a longer word
        out.append((pos, word))
    return out


def _anchors_of_tokens(text: str, tokens: TokenColumns) -> list[tuple[int, str]]:
    """What :func:`_anchors` finds, read from the text's tokens (:func:`token_columns`).

    Every digit is in a token of digits, which holds whole runs of them, so the digit anchors
    are found inside those tokens alone; a trigger word is a run of letters, which a token
    of letters is, and it counts where no word character stands right before or after it.
    """
    starts, ends, texts, kinds = tokens
    number = TokenKind.NUMBER
    n = len(text)
    out: list[tuple[int, str]] = []
    for i in token_indexes(tokens, number, _TRIGGER_WORDS):
        token, start = texts[i], starts[i]
        if kinds[i] is number:
            if token.isascii() and token.isdecimal():
                out.append((start, _DIGITS))
            else:  # "12,500", "2.5", digits of other scripts
                out.extend((start + m.start(), _DIGITS) for m in _DIGIT_ANCHOR.finditer(token))
            continue
        end = ends[i]
        if (start and text[start - 1].isalnum()) or (end < n and (text[end].isalnum() or text[end] == "_")):
            continue  # part of a longer word
        out.append((start, token))
    return out


def find_dates(nt: NormalizedText, published: dt.date | None) -> list[DateMatch]:
    """Find time expressions and resolve them against the publication date.

    Args:
        nt: The output of :func:`normalize`.
        published: The article's publication date; without it only explicit
            dates (with a year) are resolved.

    Returns:
        Non-overlapping matches in text order (the longest expression wins where
        two overlap); each carries a :class:`~urdu_events.models.DateRange` whose
        span points into the original text.

    Raises:
        InvalidArgumentError: If ``nt`` is not a :class:`NormalizedText` or
            ``published`` is not a date.
    """
    return find_dates_at(nt, published, None)


def find_dates_at(
    nt: NormalizedText, published: dt.date | None, tokens: TokenColumns | None
) -> list[DateMatch]:
    """:func:`find_dates`, with the places where a pattern may start read from ``tokens``
    (the token columns of the whole text) if they are given, instead of by a scan."""
    text = check_normalized(nt).text
    if published is not None and (not isinstance(published, dt.date) or isinstance(published, dt.datetime)):
        raise InvalidArgumentError(f"published must be a datetime.date or None, got {published!r}")
    found: list[_Found] = []
    for pos, word in _anchors(text) if tokens is None else _anchors_of_tokens(text, tokens):
        for regex, handler in _BY_TRIGGER[word]:
            m = regex.match(text, pos)
            if m is not None:
                found.extend(_resolve(handler, m, text, published))
    out: list[DateMatch] = []
    for f in _longest_first(found):
        span = nt.span(f.start, f.end)
        start, end = f.dates if f.dates is not None else (None, None)
        out.append(DateMatch(f.start, f.end, DateRange(start, end, f.precision, span=span), f.kind))
    return out


def _resolve(handler: _Handler, m: re.Match[str], text: str, published: dt.date | None) -> list[_Found]:
    """The handler's matches; where the arithmetic leaves the calendar (year 1 to 9999), unresolved ones."""
    try:
        return list(handler(m, text, published))
    except (OverflowError, ValueError):  # "1000000 دن پہلے"; "گزشتہ روز" published on 0001-01-01
        try:
            return list(handler(m, text, None))  # the span, without dates relative to publication
        except (OverflowError, ValueError):
            return []


def _longest_first(found: list[_Found]) -> list[_Found]:
    """Drop every match that overlaps a longer (or equally long, earlier) one; keep text order."""
    starts: list[int] = []
    kept: list[_Found] = []  # sorted by start, never overlapping
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        i = bisect_right(starts, f.start)
        if (i > 0 and kept[i - 1].end > f.start) or (i < len(kept) and kept[i].start < f.end):
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept
