"""The built-in incident extractor: ACLED-typed conflict events from Urdu news.

>>> from urdu_events.models import Document
>>> extractor = IncidentExtractor()
>>> doc = Document("1", "کوئٹہ: نامعلوم مسلح افراد کی فائرنگ سے دو پولیس اہلکار شہید ہو گئے۔")
>>> [i.sub_event_type.value for i in extractor(doc).incidents]  # doctest: +SKIP
['Armed clash']

The extractor reads its words from lexicons (``event_triggers``, ``weapons``,
``actors``, ``casualty_terms``, ``incident_markers``, ``responsibility_phrases``
and ``place_cues``; see ``docs/incidents.md``), which plugins extend through the
``urdu_events.lexicons`` entry-point group.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar, overload

from .._gc import loading
from .._lazy_re import lazy_compile
from ..exceptions import InvalidArgumentError
from ..lexicons import Lexicon, lexicons_for
from ..models import DatePrecision, DateRange, Document, LexiconVersion
from ..text import Analysis, NormalizedText, NumberMatch, fold
from ..text._dates import (
    DATE_SIGN,
    DateKind,
    DateMatch,
    is_last_week_day,
    is_month_first,
    is_spelled_year,
    is_vague_ago,
    qualifier_end,
    week_then_day,
    year_then_month,
)
from ..text._spelling import GLUED_HEAD_RULE
from ..text._unwrap import PARAGRAPH_ENDS_RULE, PARTICIPLE_BREAK_RULE, STRAY_BREAK_RULE
from ..typing import Findings
from ._grammar import word_class
from ._incident_build import build_incidents
from ._incident_lexicon import KINDS, IncidentLexicons
from ._incident_places import PlaceFinder, default_gazetteer
from ._incident_read import credit_spans, read_document
from ._prefilter import forget_texts, prefiltered
from ._rules import READINGS, RULES, on, switched_off

__all__ = ["READINGS", "RULES", "IncidentExtractor"]

T = TypeVar("T")


#: Lexicon kinds read from the built-in files only: the grammar the rules were written against.
_GRAMMAR_KINDS = frozenset(("word_classes", "trigger_kinds"))
#: At most this many words on a line that is only a date or timestamp ("اپ ڈیٹ 14 نومبر 2021").
_DATE_LINE_WORDS = 8
#: A printed date in the dateline (before its colon) heads the article, within this many characters.
_HEAD = 120
#: How far the brackets of a dateline's credit may reach (dates.printed-in-credit).
_CREDIT = 60
#: What a site's timestamp line prints beside its date: clock times ("13:10", "10:45am") and the
#: words of word class timestamp_word (zones, "وقت اشاعت"), no words of prose
#: (dates.timestamp-clock-words).
_STAMP_WORDS = lazy_compile(
    rf"(?<![\w:])\d{{1,2}}:\d{{2}}(?:\s?(?:am|pm))?(?![\w:])|(?:{word_class('timestamp_word')})(?!\w)"
)
#: A dateline's colon: a colon that is not a clock's, between two digits ("9:30 بجے")
#: (dates.clock-no-dateline).
_DATELINE_COLON = lazy_compile(r"(?<!\d):|:(?!\d)")
#: A mark a site sets between the dateline's credit and the date printed after it ("ڈیرہ
#: اسماعیل خان (نمائندہ) | 15 جنوری 2024") (dates.printed-after-credit-mark).
_CREDIT_DATE_MARK = lazy_compile(r"\s*[|/\-–—]\s*")


def printed_date(text: str, dates: Sequence[DateMatch]) -> DateMatch | None:
    """The article's own full date: a day with its year, in the head of the text or alone on
    a line (a timestamp), found when the publication date is not known.

    Args:
        text: The normalized text.
        dates: Its date matches, read without a publication date (so only dates that
            give their year are resolved).
    """
    colon = text.find(":", 0, _HEAD)
    if colon >= 0 and on("dates.clock-no-dateline"):
        found = _DATELINE_COLON.search(text, 0, _HEAD)
        colon = found.start() if found else -1
    sentence = min(i for i in (text.find("۔"), text.find("\n"), len(text)) if i >= 0)
    head = colon if 0 <= colon < sentence else 0  # the dateline, up to its colon
    # or the dateline's brackets: "کراچی (20 جنوری 2019) ..." (the reporter's slot holds the date)
    opening = text.find("(", 0, min(sentence, _HEAD))
    closing = text.find(")", opening, sentence) if opening >= 0 else -1
    if opening >= 0 and closing < 0 and on("dates.printed-in-credit"):
        # "ڈیرہ بگٹی (اردوپوائنٹ اخبارتازہ ترین۔ 12 مارچ 2015ء) ...": a full stop inside the
        # credit ends no sentence; its brackets close on the same line, soon after
        line_end = text.find("\n", opening)
        closing = text.find(")", opening, min(opening + _CREDIT, len(text) if line_end < 0 else line_end))
    head = max(head, closing)
    for d in dates:
        if d.kind is not DateKind.EXPLICIT or d.date.start is None or d.date.start != d.date.end:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if d.start < head or len(line.split()) <= _DATE_LINE_WORDS:
            return d
        if on("dates.timestamp-clock-words") and len(_STAMP_WORDS.sub(" ", line).split()) <= _DATE_LINE_WORDS:
            return d  # "وقت اشاعت: منگل 24 اگست 2010، 13:10 GMT 18:10 PST": a timestamp with its clock
        gap = text[closing + 1 : d.start] if closing >= 0 else ""
        if closing >= 0 and not gap.strip() and on("dates.printed-after-credit"):
            return d  # "مینگورہ (نمائندگان) 30 مئی 2009ء — ...": the date printed after the credit
        if closing >= 0 and _CREDIT_DATE_MARK.fullmatch(gap) and on("dates.printed-after-credit-mark"):
            return d  # "ڈیرہ اسماعیل خان (نمائندہ) | 15 جنوری 2024": a mark between credit and date
        if _line_of_calendars(text, line_start, line, dates):
            return d
    return None


def _line_of_calendars(text: str, line_start: int, line: str, dates: Sequence[DateMatch]) -> bool:
    """Whether a line holding a full date is a timestamp once the other calendar's date printed
    beside it is set aside ("جمعرات 26 جمادی الثانی 1436ھ، 16 اپریل 2015ء"): papers print the
    Hijri date next to the Gregorian one in their head (dates.printed-beside-hijri).

    Args:
        text: The normalized text.
        line_start: Where the line begins in ``text``.
        line: The line's text.
        dates: The text's date matches.
    """
    if not on("dates.printed-beside-hijri"):
        return False
    line_end = line_start + len(line)
    other = [d for d in dates if d.kind is DateKind.ISLAMIC and line_start <= d.start < line_end]
    if not other:
        return False
    inside = sum(len(text[d.start : d.end].split()) for d in other)
    return len(line.split()) - inside <= _DATE_LINE_WORDS


def _counting_numbers(text: str, numbers: Sequence[NumberMatch]) -> Sequence[NumberMatch]:
    """The numbers that may count something: not those of a dateline's credit ("(92 نیوز)")."""
    if not on("counts.credit-is-no-count"):
        return numbers
    credits = credit_spans(text)
    if not credits:
        return numbers
    return [n for n in numbers if not any(s <= n.start < e for s, e in credits)]


class _Deferred(Sequence[T]):
    """A sequence made on first use: ``make()`` is called when it is first read, if ever."""

    def __init__(self, make: Callable[[], Sequence[T]]) -> None:
        self._make: Callable[[], Sequence[T]] | None = make
        self._items: Sequence[T] = ()

    def _made(self) -> Sequence[T]:
        if self._make is not None:
            self._items = self._make()
            self._make = None
        return self._items

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self._made()[index]

    def __len__(self) -> int:
        return len(self._made())

    def __iter__(self) -> Iterator[T]:
        return iter(self._made())


def _unknown_rules_message(unknown: Sequence[str]) -> str:
    """The error for rule ids ``disable`` names that do not exist: each with the closest
    ids (a misspelling), and where to find them all (about a thousand, too many to print)."""
    parts = []
    for rule in unknown:
        close = difflib.get_close_matches(rule, RULES.keys(), n=3, cutoff=0.6)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        parts.append(f"{rule!r}{hint}")
    return (
        f"no reading rule {'; '.join(parts)}; the {len(RULES)} rule ids are the keys of "
        "urdu_events.extractors.incidents.RULES, each with its statement (docs/incidents.md)"
    )


class IncidentExtractor:
    """Finds incidents (ACLED events) in a document.

    Args:
        plugins: Whether to merge lexicons from installed plugins into the
            built-in ones.
        lexicons: Extra lexicons to merge after the built-in and plugin ones
            (any of the kinds listed in ``docs/incidents.md``).
        gazetteer: The gazetteer to resolve place names with; by default
            :func:`urdu_events.gazetteer.default_gazetteer`. Pass ``False`` to
            read place names from cue words only.
        min_confidence: Drop incidents whose confidence is below this value.
        disable: Ids of reading rules to switch off (see :data:`RULES`), to
            measure what a rule contributes or to do without one.

    Raises:
        InvalidArgumentError: If ``min_confidence`` is not within [0, 1],
            ``lexicons`` holds something that is not a :class:`Lexicon`, or
            ``disable`` names a rule that does not exist.

    .. versionadded:: 0.2 ``disable``
    """

    name = "incidents"

    def __init__(
        self,
        *,
        plugins: bool = True,
        lexicons: Iterable[Lexicon] = (),
        gazetteer: Any = None,
        min_confidence: float = 0.0,
        disable: Iterable[str] = (),
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise InvalidArgumentError(f"min_confidence must be within [0, 1], got {min_confidence}")
        extra = tuple(lexicons)
        if not all(isinstance(x, Lexicon) for x in extra):
            raise InvalidArgumentError("lexicons must be Lexicon objects")
        off = frozenset(disable)
        unknown = sorted(off - RULES.keys())
        if unknown:
            raise InvalidArgumentError(_unknown_rules_message(unknown))
        self._disabled = off
        self._plugins = plugins
        self._extra = extra
        self._gazetteer = gazetteer
        self._min_confidence = min_confidence
        self._lexicons: IncidentLexicons | None = None
        self._finder: PlaceFinder | None = None
        self._versions: tuple[LexiconVersion, ...] = ()

    def __repr__(self) -> str:
        return f"IncidentExtractor(plugins={self._plugins}, min_confidence={self._min_confidence})"

    def _compiled(self) -> tuple[IncidentLexicons, PlaceFinder]:
        if self._lexicons is None or self._finder is None:
            with loading():  # the lexicons and the gazetteer, kept for good
                lex = IncidentLexicons.load(fold, plugins=self._plugins, extra=self._extra)
                gaz = default_gazetteer() if self._gazetteer is None else self._gazetteer or None
            self._lexicons = lex
            self._finder = PlaceFinder(lex.place_cues, gaz, exclude=lex.is_vocabulary)
            # Word classes and the trigger-kind table are read from the built-in lexicons only
            # (see _grammar).
            read = [
                x
                for kind in KINDS
                for x in lexicons_for(kind, plugins=self._plugins and kind not in _GRAMMAR_KINDS)
            ]
            read += [x for x in self._extra if x.kind in KINDS and x.kind not in _GRAMMAR_KINDS]
            self._versions = tuple(dict.fromkeys(x.version_info for x in read))
        return self._lexicons, self._finder

    def __call__(self, doc: Document, /, *, analysis: Analysis | None = None) -> Findings:
        """Return the incidents of ``doc``, in order of first mention.

        Args:
            doc: The document.
            analysis: The analysis of ``doc.text``, which a pipeline builds once
                and shares between its extractors; built here if not given.

        Raises:
            InvalidArgumentError: If ``analysis`` is not that of ``doc.text``.

        .. versionchanged:: 0.2 ``analysis``
        """
        analysis = Analysis.for_text(doc.text, analysis)
        with switched_off(self._disabled):
            analysis = _stray_breaks_kept(doc.text, analysis)
            try:
                return self._read(doc, analysis)
            finally:
                forget_texts()  # the prefiltered patterns keep nothing of this document

    def _read(self, doc: Document, analysis: Analysis) -> Findings:
        lexicons, finder = self._compiled()
        nt = analysis.normalized
        published = doc.published
        printed_used = False
        dates = _months_first(analysis.dates(published), nt.text)
        if published is None and on("dates.printed-date"):
            printed = printed_date(nt.text, dates)
            if printed is not None:  # the article's own date stands in for publication
                published = printed.date.start
                printed_used = True
                dates = [
                    d for d in _months_first(analysis.dates(published), nt.text) if d.start != printed.start
                ]
        dates = _days_in_words(dates)
        dates = _spelled_years(dates, nt.text)
        dates = _past_days(dates)
        dates = _vague_agos(dates, nt.text)
        dates = _weekday_of_last_week(dates, nt)
        dates = _month_of_named_year(dates, nt)
        dates = _date_within_named_period(dates, nt)
        dates = _same_period_as_told(dates, nt)
        dates = _days_qualifying_events(dates, nt.text)
        dates = _dates_with_sign(dates, nt.text)
        numbers = _Deferred(lambda: _counting_numbers(nt.text, analysis.numbers))  # found only if asked for
        reading = read_document(analysis, published, lexicons, finder, numbers, dates, printed=printed_used)
        incidents = [i for i in build_incidents(reading, finder) if i.confidence >= self._min_confidence]
        return Findings(incidents=incidents, lexicons=self._versions)


def _stray_breaks_kept(text: str, analysis: Analysis) -> Analysis:
    """``analysis``, or with sentences.stray-line-break, sentences.break-before-participle or
    sentences.glued-function-word
    switched off a new analysis of ``text`` in which the line breaks that rule joins end
    sentences (the text layer reads the rules; the analysis handed over was built before this
    extractor's switches held)."""
    if on(STRAY_BREAK_RULE) and on(PARTICIPLE_BREAK_RULE) and on(PARAGRAPH_ENDS_RULE) and on(GLUED_HEAD_RULE):
        return analysis
    return Analysis.of(text)


def _dates_with_sign(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """``dates``, without those whose day number the date separator "؍" follows ("12؍مارچ")
    when dates.date-sign is switched off (the text layer reads them; the switch is read here)."""
    if on("dates.date-sign"):
        return dates
    return [d for d in dates if DATE_SIGN not in text[d.start : d.end + 1]]


def _days_qualifying_events(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """``dates``, with a day word qualifying what follows ("کل ہونے والے", "کل کے") kept only
    when an act of violence follows, after at most two words (dates.day-qualifies-event): such an act is
    told after it happened, so "کل" is yesterday; "کل ہونے والے انتخابات" are tomorrow's."""
    if not any(d.kind is DateKind.QUALIFIER for d in dates):
        return dates
    keep = on("dates.day-qualifies-event")
    return [d for d in dates if d.kind is not DateKind.QUALIFIER or (keep and _event_follows(text, d.end))]


def _event_follows(text: str, pos: int) -> bool:
    """Whether an act of violence (word class qualified_event_noun) follows the participle or
    genitive after ``pos``, after at most two words that are no postposition or genitive (word
    classes clause_word, genitive)."""
    end = qualifier_end(text, pos)
    return end is not None and _QUALIFIED_EVENT.match(text, end) is not None


#: The act right after the participle, or after up to two words that describe it ("بم دھماکے",
#: "دستی بم حملے"); a postposition or genitive between ends the qualified noun ("انتخابات میں
#: فائرنگ", "انتخابات کے دوران فائرنگ").
_NOT_DESCRIBING = rf"(?:{word_class('clause_word')}|{word_class('genitive')})(?!\w)"
_QUALIFIED_EVENT = lazy_compile(
    rf"(?: (?!{_NOT_DESCRIBING})[^\s۔،]+){{0,2}}? (?:{word_class('qualified_event_noun')})"
)


def _months_first(dates: Sequence[DateMatch], text: str) -> list[DateMatch]:
    """``dates``, without the dates written month first ("اپریل 16، 2015") when
    dates.month-first is switched off (the text layer finds them; the switch is read here)."""
    if on("dates.month-first"):
        return list(dates)
    return [d for d in dates if d.kind is not DateKind.EXPLICIT or not is_month_first(text[d.start : d.end])]


def _join_pairs(
    dates: list[DateMatch], join: Callable[[DateMatch, DateMatch], DateMatch | None]
) -> list[DateMatch]:
    """``dates``, with each date and the one after it made one where ``join`` gives the joined
    date (read left to right; a joined pair is not joined again)."""
    out: list[DateMatch] = []
    i = 0
    while i < len(dates):
        joined = join(dates[i], dates[i + 1]) if i + 1 < len(dates) else None
        out.append(dates[i] if joined is None else joined)
        i += 1 if joined is None else 2
    return out


def _month_of_named_year(dates: list[DateMatch], nt: NormalizedText) -> list[DateMatch]:
    """``dates``, with a year before a month or a day of a month that gives no year of its own
    ("گزشتہ سال فروری میں", "پچھلے برس 12 جنوری کو") made one date: that month or day of that
    year, where the month alone was read in the latest year that holds it
    (dates.month-of-named-year)."""
    if not on("dates.month-of-named-year"):
        return dates

    def join(year: DateMatch, month: DateMatch) -> DateMatch | None:
        if (
            year.kind is DateKind.YEAR
            and month.kind in (DateKind.MONTH, DateKind.EXPLICIT)
            and year.date.start is not None
            and month.date.start is not None
            and month.date.end is not None
            and year.date.start.year < month.date.start.year == month.date.end.year
            and year_then_month(nt.text, year.end, month.start)
        ):
            return _in_year(month, year.date.start.year, nt, year.start)
        return None

    return _join_pairs(dates, join)


def _date_within_named_period(dates: list[DateMatch], nt: NormalizedText) -> list[DateMatch]:
    """``dates``, with a year or a month ("رواں برس", "گزشتہ ماہ") right before a month or a day
    that lies inside it ("رواں برس 22 اکتوبر کو", "گزشتہ ماہ 13 نومبر کو") made one date: the
    narrower one, its span from the period's start (dates.date-within-named-period)."""
    if not on("dates.date-within-named-period"):
        return dates

    def join(period: DateMatch, inner: DateMatch) -> DateMatch | None:
        if not (
            period.kind in (DateKind.YEAR, DateKind.MONTH)
            and inner.kind in (DateKind.MONTH, DateKind.EXPLICIT)
            and period.date.start is not None
            and period.date.end is not None
            and inner.date.start is not None
            and inner.date.end is not None
            and period.date.start <= inner.date.start <= inner.date.end <= period.date.end
            and year_then_month(nt.text, period.end, inner.start)
        ):
            return None
        d = inner.date
        span = nt.span(period.start, inner.end)
        return DateMatch(
            period.start, inner.end, DateRange(d.start, d.end, d.precision, span=span), inner.kind
        )

    return _join_pairs(dates, join)


#: "اسی مہینے", "اسی ماہ", "اسی سال", "اسی برس": the month or year of the date just told.
_SAME_PERIOD = prefiltered(lazy_compile(r"(?<!\w)اسی (?:(مہینے|ماہ)|سال|برس)(?!\w)"))

#: How far back (characters) the date that "اسی مہینے" points at may stand: its sentence or the one before.
_SAME_PERIOD_REACH = 400

#: Days that are no date told of an event: a prayer's day, a qualifier, a vague or running stretch.
_NOT_TOLD = (DateKind.PRAYER, DateKind.QUALIFIER, DateKind.VAGUE, DateKind.PAST_DAYS)


def _same_period_as_told(dates: list[DateMatch], nt: NormalizedText) -> list[DateMatch]:
    """``dates``, with "the same month" or "the same year" ("... گذشتہ برس اکتوبر میں ... جبکہ اسی
    مہینے X میں ...", "... جنوری 2013 میں ...، اسی سال فروری میں ...") read as the month or year of
    the date told just before it; a month right after "the same year" is that month of that
    year, not of the latest year that holds it (dates.same-period-as-told)."""
    text = nt.text
    if "اسی " not in text or not on("dates.same-period-as-told"):
        return dates
    out = list(dates)
    for m in _SAME_PERIOD.finditer(text):
        s, e = m.span()
        before = [
            d
            for d in out
            if d.end <= s and d.kind not in _NOT_TOLD and d.date.start is not None and d.date.end is not None
        ]
        if (
            not before
            or s - before[-1].end > _SAME_PERIOD_REACH
            or any(d.start < e and s < d.end for d in out)
        ):
            continue
        told = before[-1].date
        assert told.start is not None and told.end is not None
        if told.start.year != told.end.year:
            continue
        if m.group(1):  # the same month
            if told.start.month != told.end.month:
                continue
            first = told.start.replace(day=1)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            kind, precision = DateKind.MONTH, DatePrecision.MONTH
        else:
            after = next((d for d in out if d.start >= e), None)
            if (
                after is not None
                and after.kind in (DateKind.MONTH, DateKind.EXPLICIT)
                and after.date.start is not None
                and after.date.end is not None
                and after.date.start.year == after.date.end.year != told.start.year
                and year_then_month(text, e, after.start)
            ):
                out[out.index(after)] = _in_year(after, told.start.year, nt, s)
                continue
            first, last = dt.date(told.start.year, 1, 1), dt.date(told.start.year, 12, 31)
            kind, precision = DateKind.YEAR, DatePrecision.YEAR
        match = DateMatch(s, e, DateRange(first, last, precision, span=nt.span(s, e)), kind)
        out.insert(out.index(before[-1]) + 1, match)
    return out


def _in_year(match: DateMatch, year: int, nt: NormalizedText, start: int) -> DateMatch:
    """``match`` (a month or day read in another year) moved to ``year``, its span from ``start``."""
    assert match.date.start is not None and match.date.end is not None
    first = match.date.start.replace(year=year, day=1) if match.kind is DateKind.MONTH else None
    if first is not None:
        last = first.replace(day=calendar.monthrange(year, first.month)[1])
    else:
        try:
            first = last = match.date.start.replace(year=year)
        except ValueError:  # 29 February of a year with none
            first = last = match.date.start.replace(year=year, day=28)
    span = nt.span(start, match.end)
    return DateMatch(start, match.end, DateRange(first, last, match.date.precision, span=span), match.kind)


def _weekday_of_last_week(dates: list[DateMatch], nt: NormalizedText) -> list[DateMatch]:
    """``dates``, with "last week" and a weekday right after it ("گزشتہ ہفتے جمعے کو", "پچھلے
    ہفتے کے منگل کو") made one date: that weekday in the previous Monday-Sunday week, not the
    week and the latest such day (dates.weekday-of-last-week)."""
    if not on("dates.weekday-of-last-week"):
        return dates
    out: list[DateMatch] = []
    i = 0
    while i < len(dates):
        week = dates[i]
        day = dates[i + 1] if i + 1 < len(dates) else None
        if (
            day is not None
            and week.kind is DateKind.WEEK
            and day.kind is DateKind.WEEKDAY
            and week.date.start is not None
            and day.date.start is not None
            and week_then_day(nt.text, week.end, day.start)
            and is_last_week_day(nt.text[week.start : day.end])
        ):
            when = week.date.start + dt.timedelta(days=day.date.start.weekday())
            span = nt.span(week.start, day.end)
            out.append(
                DateMatch(week.start, day.end, DateRange(when, when, day.date.precision, span=span), day.kind)
            )
            i += 2
            continue
        out.append(week)
        i += 1
    return out


def _past_days(dates: list[DateMatch]) -> list[DateMatch]:
    """``dates``, without the last days up to publication ("گزشتہ تین دنوں کے دوران") when
    dates.past-days is switched off (the text layer finds them; the switch is read here)."""
    if on("dates.past-days"):
        return dates
    return [d for d in dates if d.kind is not DateKind.PAST_DAYS]


def _vague_agos(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """``dates``, without the times ago counted by no exact number ("کئی ماہ پہلے", "ڈیڑھ سال
    قبل") when dates.vague-ago is switched off (the text layer finds them; the switch is read here)."""
    if on("dates.vague-ago"):
        return dates
    return [d for d in dates if d.kind is not DateKind.VAGUE or not is_vague_ago(text[d.start : d.end])]


def _spelled_years(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """``dates``, without those whose year is written in words ("سنہ دو ہزار چھ", "جون دو ہزار
    انیس") when dates.spelled-year is switched off (the text layer finds them; the switch is read
    here, per extraction)."""
    if on("dates.spelled-year"):
        return dates
    return [d for d in dates if not is_spelled_year(text[d.start : d.end])]


def _days_in_words(dates: list[DateMatch]) -> list[DateMatch]:
    """``dates``, without the days written in words ("پانچ جون کو") when dates.day-in-words is
    switched off (the text layer finds them; the switch is read here, per extraction)."""
    if on("dates.day-in-words"):
        return dates
    return [d for d in dates if d.kind is not DateKind.SPELLED]
