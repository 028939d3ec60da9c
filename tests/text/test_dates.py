"""Tests for find_dates: every rule, resolved against a publication date."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.models import DatePrecision
from urdu_events.text import DateKind, DateMatch, find_dates, normalize
from urdu_events.text._dates import _TRIGGER_WORDS, _anchors, _anchors_of_tokens, find_dates_at
from urdu_events.text._tokens import token_columns

#: A Saturday.
SAT = dt.date(2024, 7, 20)
#: A Friday.
FRI = dt.date(2024, 3, 15)

Row = tuple[str, str | None, str | None, DateKind]


def dates_in(text: str, published: dt.date | None = SAT) -> list[DateMatch]:
    return find_dates(normalize(text), published)


def rows(text: str, published: dt.date | None = SAT) -> list[Row]:
    """(span text, start, end, kind) of every match."""
    out = []
    for m in dates_in(text, published):
        assert m.date.span is not None
        start = m.date.start.isoformat() if m.date.start else None
        end = m.date.end.isoformat() if m.date.end else None
        out.append((m.date.span.text, start, end, m.kind))
    return out


W, R, E = DateKind.WEEKDAY, DateKind.RELATIVE, DateKind.EXPLICIT


class TestWeekdays:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ([("پیر", "2024-07-15", "2024-07-15", W)], "پیر کو ضلعی عدالت کے باہر فائرنگ ہوئی"),
            ([("منگل", "2024-07-16", "2024-07-16", W)], "منگل کو شہر میں ہڑتال رہی"),
            ([("بدھ کی شام", "2024-07-17", "2024-07-17", W)], "بدھ کی شام چوکی پر حملہ ہوا"),
            ([("جمعرات کی رات", "2024-07-18", "2024-07-18", W)], "جمعرات کی رات مسلح افراد نے دھاوا بولا"),
            ([("جمعرات کی شب", "2024-07-18", "2024-07-18", W)], "جمعرات کی شب گشتی دستے پر فائرنگ ہوئی"),
            ([("جمعے", "2024-07-19", "2024-07-19", W)], "جمعے کو مظاہرین نے سڑک بند کر دی"),
            ([("جمعہ کے روز", "2024-07-19", "2024-07-19", W)], "جمعہ کے روز دھرنا دیا گیا"),
            ([("ہفتے", "2024-07-20", "2024-07-20", W)], "ہفتے کو پولیس نے چھاپہ مارا"),
            ([("ہفتے کی صبح", "2024-07-20", "2024-07-20", W)], "ہفتے کی صبح دھماکے کی آواز سنی گئی"),
            ([("اتوار", "2024-07-14", "2024-07-14", W)], "اتوار کو قافلے پر گھات لگا کر حملہ کیا گیا"),
            ([("گزشتہ جمعے", "2024-07-19", "2024-07-19", W)], "گزشتہ جمعے کو بازار میں دھماکا ہوا"),
            ([("گزشتہ ہفتے", "2024-07-13", "2024-07-13", W)], "گزشتہ ہفتے کو دفتر پر حملہ ہوا"),
        ],
    )
    def test_most_recent_on_or_before_publication(self, expected: list[Row], text: str) -> None:
        """A weekday resolves to the most recent such day on or before publication."""
        assert expected == rows(text)

    def test_same_weekday_as_publication(self) -> None:
        """A weekday equal to the publication's is the publication day itself."""
        assert [("جمعہ", "2024-03-15", "2024-03-15", W)] == rows("جمعہ کو جلوس نکالا گیا", FRI)

    def test_last_weekday_is_strictly_before(self) -> None:
        """ "گزشتہ جمعے" published on a Friday is the Friday before."""
        assert [("گزشتہ جمعے", "2024-03-08", "2024-03-08", W)] == rows("گزشتہ جمعے کو جلوس نکلا", FRI)

    def test_two_weekdays_are_two_matches(self) -> None:
        """ "Thursday and Friday" gives both days; the extractor builds the range."""
        assert [
            ("جمعرات", "2024-07-18", "2024-07-18", W),
            ("جمعے کی درمیانی شب", "2024-07-19", "2024-07-19", W),
        ] == rows("جمعرات اور جمعے کی درمیانی شب چھاپہ مارا گیا")

    def test_friday_prayers(self) -> None:
        """Friday prayers give a Friday, marked as a prayer."""
        assert [("نمازِ جمعہ", "2024-07-19", "2024-07-19", DateKind.PRAYER)] == rows(
            "نمازِ جمعہ کے دوران مسجد کے قریب دھماکا ہوا"
        )
        assert [("جمعے کی نماز", "2024-07-19", "2024-07-19", DateKind.PRAYER)] == rows(
            "جمعے کی نماز کے بعد احتجاج کیا گیا"
        )

    @pytest.mark.parametrize(
        "text",
        [
            "ہفتہ وار اجلاس میں صورتحال کا جائزہ لیا گیا",
            "ایک ہفتے تک کرفیو نافذ رہا",
            "ہر جمعہ کو احتجاج کیا جاتا ہے",
            "پیر صاحب نے امن کی اپیل کی",
            "جمعہ خان کو گرفتار کر لیا گیا",
            "بدھ مت کے پیروکاروں نے جلوس نکالا",
            "آئندہ جمعے کو ہڑتال ہوگی",
            "ہر جمعہ کی نماز کے بعد دعا ہوتی ہے",
        ],
    )
    def test_not_a_past_weekday(self, text: str) -> None:
        """Week, weekly, names, saints and future or habitual days are not dates."""
        assert [] == rows(text)

    def test_unresolved_without_publication(self) -> None:
        """With no publication date a weekday keeps its span with no dates."""
        assert [("جمعرات کی رات", None, None, W)] == rows("جمعرات کی رات حملہ ہوا", None)


class TestRelative:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ([("آج", "2024-07-20", "2024-07-20", R)], "آج شہر میں فائرنگ کا واقعہ پیش آیا"),
            ([("آج صبح", "2024-07-20", "2024-07-20", R)], "آج صبح گاڑی میں نصب بم پھٹ گیا"),
            ([("گزشتہ روز", "2024-07-19", "2024-07-19", R)], "گزشتہ روز مسلح افراد نے ناکے پر حملہ کیا"),
            ([("گذشتہ روز", "2024-07-19", "2024-07-19", R)], "گذشتہ روز تھانے پر دستی بم پھینکا گیا"),
            ([("گزشتہ رات", "2024-07-19", "2024-07-19", R)], "گزشتہ رات سرچ آپریشن کیا گیا"),
            ([("گزشتہ شب", "2024-07-19", "2024-07-19", R)], "گزشتہ شب چوکی پر راکٹ داغے گئے"),
            ([("کل رات", "2024-07-19", "2024-07-19", R)], "کل رات گاؤں پر حملہ ہوا تھا"),
            ([("پرسوں رات", "2024-07-18", "2024-07-18", R)], "پرسوں رات دو گروپوں میں تصادم ہوا"),
            ([("تین روز قبل", "2024-07-17", "2024-07-17", R)], "تین روز قبل تاجر اغوا ہو گیا تھا"),
            ([("2 دن پہلے", "2024-07-18", "2024-07-18", R)], "2 دن پہلے پولیس وین پر فائرنگ ہوئی"),
        ],
    )
    def test_relative_days(self, expected: list[Row], text: str) -> None:
        """Today, yesterday, last night and N days ago count back from publication."""
        assert expected == rows(text)

    @pytest.mark.parametrize(
        "text",
        [
            "کل رات شہر میں ہڑتال ہوگی",
            "کل تعداد پچاس سے تجاوز کر گئی",
            "کل جماعتی کانفرنس طلب کر لی گئی",
            "آج تک کسی نے ذمہ داری قبول نہیں کی",
            "آج کل شہر میں امن ہے",
            "حملے سے دو روز قبل دھمکی دی گئی تھی",
            "کل صبح جلسہ کیا جائے گا",
        ],
    )
    def test_safe_null(self, text: str) -> None:
        """کل as tomorrow or total, آج تک, and days counted from another event give nothing."""
        assert [] == rows(text)

    def test_unresolved_without_publication(self) -> None:
        """Relative days need a publication date."""
        assert [("گزشتہ روز", None, None, R)] == rows("گزشتہ روز دھماکہ ہوا", None)


class TestWeeksMonthsYears:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ([("گزشتہ ہفتے", "2024-07-08", "2024-07-14", DateKind.WEEK)], "گزشتہ ہفتے آپریشن کا آغاز ہوا"),
            ([("رواں ہفتے", "2024-07-15", "2024-07-20", DateKind.WEEK)], "رواں ہفتے تین حملے ہوئے"),
            ([("رواں ماہ", "2024-07-01", "2024-07-20", DateKind.MONTH)], "رواں ماہ شہر میں کشیدگی رہی"),
            ([("گزشتہ ماہ", "2024-06-01", "2024-06-30", DateKind.MONTH)], "گزشتہ ماہ بھی دھماکہ ہوا تھا"),
            ([("پچھلے مہینے", "2024-06-01", "2024-06-30", DateKind.MONTH)], "پچھلے مہینے مظاہرے ہوئے"),
            ([("گزشتہ سال", "2023-01-01", "2023-12-31", DateKind.YEAR)], "گزشتہ سال بھی قافلہ نشانہ بنا"),
            ([("رواں سال", "2024-01-01", "2024-07-20", DateKind.YEAR)], "رواں سال یہ چوتھا حملہ ہے"),
            ([("امسال", "2024-01-01", "2024-07-20", DateKind.YEAR)], "امسال اغوا کے واقعات بڑھے"),
        ],
    )
    def test_ranges(self, expected: list[Row], text: str) -> None:
        """Weeks, months and years give ranges that end no later than publication."""
        assert expected == rows(text)

    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ([("جون", "2024-06-01", "2024-06-30", DateKind.MONTH)], "جون میں سرحدی جھڑپیں ہوئیں"),
            ([("جولائی", "2024-07-01", "2024-07-20", DateKind.MONTH)], "جولائی کے دوران کئی حملے ہوئے"),
            ([("دسمبر", "2023-12-01", "2023-12-31", DateKind.MONTH)], "دسمبر میں کرفیو لگایا گیا"),
            ([("ماہ اگست", "2023-08-01", "2023-08-31", DateKind.MONTH)], "ماہ اگست میں جلوس نکالے گئے"),
            ([("گزشتہ ماہ جون", "2024-06-01", "2024-06-30", DateKind.MONTH)], "گزشتہ ماہ جون میں چھاپے پڑے"),
            ([("مارچ 2023", "2023-03-01", "2023-03-31", DateKind.MONTH)], "مارچ 2023 میں فیصلہ آیا"),
            ([("جنوری، 2022", "2022-01-01", "2022-01-31", DateKind.MONTH)], "جنوری، 2022 کو معاہدہ ہوا"),
        ],
    )
    def test_months(self, expected: list[Row], text: str) -> None:
        """A month without a day is the whole month, in the latest year not after publication."""
        assert expected == rows(text)

    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ([("2021", "2021-01-01", "2021-12-31", DateKind.YEAR)], "2021 میں بھی یہاں دھماکہ ہوا تھا"),
            ([("سال 2019", "2019-01-01", "2019-12-31", DateKind.YEAR)], "سال 2019 کے دوران یہ گروہ فعال رہا"),
            ([("2024ء", "2024-01-01", "2024-07-20", DateKind.YEAR)], "2024ء کے آغاز سے حملے بڑھ گئے"),
        ],
    )
    def test_years(self, expected: list[Row], text: str) -> None:
        """A year alone is the whole year, capped at publication."""
        assert expected == rows(text)

    @pytest.mark.parametrize(
        "text",
        [
            "لانگ مارچ میں ہزاروں افراد شریک ہوئے",
            "آزادی مارچ کے شرکاء نے دھرنا دیا",
            "آئندہ ماہ جولائی میں انتخابات ہوں گے",
            "جون ایلیا کی برسی منائی گئی",
            "2021 افراد کو رہا کیا گیا",
        ],
    )
    def test_not_months_or_years(self, text: str) -> None:
        """Protest marches, future months, names and plain numbers are not dates."""
        assert [] == rows(text)

    def test_month_unresolved_without_publication(self) -> None:
        """A month without a year needs a publication date."""
        assert [("جون", None, None, DateKind.MONTH)] == rows("جون میں جھڑپیں ہوئیں", None)

    def test_month_year_without_publication(self) -> None:
        """A month with its year resolves even without a publication date."""
        assert [("مئی 2020", "2020-05-01", "2020-05-31", DateKind.MONTH)] == rows(
            "مئی 2020 میں آپریشن ہوا", None
        )


class TestExplicitDates:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ([("16 جولائی", "2024-07-16", "2024-07-16", E)], "16 جولائی کو شہر میں کرفیو لگا"),
            ([("۱۶ جولائی", "2024-07-16", "2024-07-16", E)], "۱۶ جولائی کو شہر میں کرفیو لگا"),
            ([("25 دسمبر", "2023-12-25", "2023-12-25", E)], "25 دسمبر کو چرچ کے باہر سکیورٹی سخت تھی"),
            ([("16 جولائی 2024", "2024-07-16", "2024-07-16", E)], "16 جولائی 2024 کو عدالت نے سزا سنائی"),
            ([("3 مئی، 2021ء", "2021-05-03", "2021-05-03", E)], "3 مئی، 2021ء کو دفتر پر حملہ ہوا"),
            ([("2024-07-16", "2024-07-16", "2024-07-16", E)], "رپورٹ 2024-07-16 کو جاری ہوئی"),
            ([("16/7/2024", "2024-07-16", "2024-07-16", E)], "ایف آئی آر 16/7/2024 کو درج کی گئی"),
            ([("05-08-2023", "2023-08-05", "2023-08-05", E)], "واقعہ 05-08-2023 کو پیش آیا"),
            ([("7/16/2024", "2024-07-16", "2024-07-16", E)], "تاریخ 7/16/2024 درج تھی"),
            ([("10 سے 12 مارچ", "2024-03-10", "2024-03-12", E)], "10 سے 12 مارچ تک آپریشن جاری رہا"),
            ([("اس ماہ کی 5 تاریخ", "2024-07-05", "2024-07-05", E)], "اس ماہ کی 5 تاریخ کو چھاپہ مارا گیا"),
            ([("28 تاریخ", "2024-06-28", "2024-06-28", E)], "28 تاریخ کو ملزم گرفتار ہوا"),
            ([("یکم جولائی", "2024-07-01", "2024-07-01", E)], "یکم جولائی کو شہر میں کرفیو لگا"),
            ([("یکم مئی 2019", "2019-05-01", "2019-05-01", E)], "یکم مئی 2019 کو جلوس نکلا"),
        ],
    )
    def test_explicit(self, expected: list[Row], text: str) -> None:
        """Day-month(-year) and numeric dates resolve to days; a missing year is the latest past one."""
        assert expected == rows(text)

    def test_near_future_day_stays_in_the_year(self) -> None:
        """A day shortly after publication is this year's (a scheduled date), not last year's."""
        assert [("25 جولائی", "2024-07-25", "2024-07-25", E)] == rows("25 جولائی کو جلسہ ہوگا")

    def test_two_days_of_one_month(self) -> None:
        """ "15 اور 16 جولائی" gives two days."""
        assert [
            ("15", "2024-07-15", "2024-07-15", E),
            ("16 جولائی", "2024-07-16", "2024-07-16", E),
        ] == rows("15 اور 16 جولائی کو ہڑتال رہی")

    def test_day_month_without_publication(self) -> None:
        """A day and month without a year need a publication date."""
        assert [("16 جولائی", None, None, E)] == rows("16 جولائی کو کرفیو لگا", None)

    def test_invalid_date_is_skipped(self) -> None:
        """An impossible numeric date is not a date."""
        assert [] == rows("کوڈ 31/31/2024 درج ہے")

    def test_precision(self) -> None:
        """Explicit dates have day precision."""
        assert DatePrecision.DAY == dates_in("16 جولائی 2024 کو")[0].date.precision


class TestVagueAndIslamic:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ([("حال ہی میں", None, None, DateKind.VAGUE)], "حال ہی میں یہاں کئی حملے ہوئے"),
            ([("گزشتہ دنوں", None, None, DateKind.VAGUE)], "گزشتہ دنوں شہر میں ہنگامے ہوئے"),
            ([("دو ماہ قبل", None, None, DateKind.VAGUE)], "دو ماہ قبل اسی مقام پر دھماکہ ہوا تھا"),
            ([("10 محرم", None, None, DateKind.ISLAMIC)], "10 محرم کو جلوس کے راستے سیل کر دیے گئے"),
            ([("27 رمضان المبارک", None, None, DateKind.ISLAMIC)], "27 رمضان المبارک کو مسجد میں دھماکہ ہوا"),
        ],
    )
    def test_unresolved(self, expected: list[Row], text: str) -> None:
        """Recently, months ago and Islamic dates keep their span with no dates."""
        assert expected == rows(text)


class TestFindDatesProperties:
    @given(st.text(max_size=80), st.one_of(st.none(), st.dates()))
    def test_never_raises_and_spans_match(self, text: str, published: dt.date | None) -> None:
        """Any text gives ordered, non-overlapping matches whose spans point into the original."""
        found = find_dates(normalize(text), published)
        for a, b in itertools.pairwise(found):
            assert a.end <= b.start
        for m in found:
            assert m.date.span is not None
            assert text[m.date.span.start : m.date.span.end] == m.date.span.text

    @given(st.dates(min_value=dt.date(1900, 3, 1)), st.sampled_from(list(range(7))))
    def test_weekday_resolution(self, published: dt.date, weekday: int) -> None:
        """A weekday is never after publication and never a week or more before it."""
        names = ["پیر", "منگل", "بدھ", "جمعرات", "جمعے", "ہفتے", "اتوار"]
        (match,) = dates_in(f"{names[weekday]} کو حملہ ہوا", published)
        assert match.date.start is not None
        assert weekday == match.date.start.weekday()
        assert 0 <= (published - match.date.start).days < 7

    def test_rejects_bad_published(self) -> None:
        """published must be a date or None."""
        with pytest.raises(InvalidArgumentError):
            find_dates(normalize("آج"), "2024-07-20")  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError):
            find_dates(normalize("آج"), dt.datetime(2024, 7, 20))

    def test_rejects_raw_string(self) -> None:
        """find_dates() needs a NormalizedText."""
        with pytest.raises(InvalidArgumentError):
            find_dates("آج", SAT)  # type: ignore[arg-type]


class TestMonthOfANamedYear:
    def test_year_then_month(self) -> None:
        """ "سنہ 2010 کے مئی میں": the month of that year, not the whole year."""
        assert rows("سنہ 2010 کے مئی میں دورہ ہوا۔") == [
            ("سنہ 2010 کے مئی", "2010-05-01", "2010-05-31", DateKind.MONTH)
        ]

    def test_same_year_refers_back(self) -> None:
        """ "اسی برس" is the year the text named last, not the current year."""
        found = rows("سنہ 2010 میں معاہدہ ہوا۔ اسی برس جون میں حملہ ہوا۔")
        assert found[-1] == ("اسی برس جون", "2010-06-01", "2010-06-30", DateKind.MONTH)

    def test_same_year_without_a_named_year_is_the_current_one(self) -> None:
        """With no year named before it, "اسی سال" is the publication's year."""
        assert rows("اسی سال جون میں حملہ ہوا۔") == [
            ("اسی سال جون", "2024-06-01", "2024-06-30", DateKind.MONTH)
        ]


class TestAnchorsFromTokens:
    """The places where a date pattern may start, read from the tokens, are those the scan
    finds, and so are the dates."""

    #: Trigger words, digits (ASCII, grouped, of another script), Latin, ``_``, punctuation.
    PIECES = (
        "آج",
        "کل",
        "جولائی",
        "2024",
        "12,500",
        "2.5",
        "٣",
        "१2",
        "ویں",
        "isp",
        "_",
        "۔",
        "/",
        " ",
        "\n",
    )

    @given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
    def test_agrees_with_the_scan(self, text: str) -> None:
        """Any sequence of the pieces, run together or apart."""
        nt = normalize(text)
        tokens = token_columns(nt.text, 0, len(nt.text))
        assert _anchors_of_tokens(nt.text, tokens) == _anchors(nt.text)
        assert find_dates_at(nt, SAT, tokens) == find_dates(nt, SAT)

    def test_examples(self) -> None:
        """Invented sentences: a trigger word alone, inside a longer word, after digits."""
        for text in ("آج 12 جولائی 2024 کو", "کلاس میں آج", "12آج isp_آج", "3,500 افراد 15/7/2024 کو"):
            nt = normalize(text)
            assert _anchors_of_tokens(nt.text, token_columns(nt.text, 0, len(nt.text))) == _anchors(nt.text)

    def test_every_trigger_word_is_one_token(self) -> None:
        """What reading the anchors from the tokens relies on."""
        for word in _TRIGGER_WORDS:
            assert token_columns(word, 0, len(word))[2] == (word,)


def test_english_printed_dates() -> None:
    """Invented timestamps: English dates with a year, day first or month first."""
    for text, day in (
        ("Updated: 21 Sep 2022", dt.date(2022, 9, 21)),
        ("October 3, 2021", dt.date(2021, 10, 3)),
        ("sept. 12th 2019 کو", dt.date(2019, 9, 12)),
        ("3rd May, 2020", dt.date(2020, 5, 3)),
    ):
        (match,) = find_dates(normalize(text), None)
        assert (match.kind, match.date.start, match.date.end) == (DateKind.EXPLICIT, day, day), text
    # No year, or a word that only begins like a month: no English date.
    assert [m.kind for m in find_dates(normalize("mayor 5 2020 میں"), None)] == [DateKind.YEAR]
    assert find_dates(normalize("march 5 کو"), dt.date(2024, 3, 8)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("پانچ جون کو دھماکہ ہوا", [("پانچ جون", "2024-06-05", "2024-06-05", DateKind.SPELLED)]),
        ("چودہ اگست 2019ء کو", [("چودہ اگست 2019ء", "2019-08-14", "2019-08-14", DateKind.SPELLED)]),
        ("رواں ماہ کی دو تاریخ کو", [("رواں ماہ کی دو تاریخ", "2024-07-02", "2024-07-02", DateKind.SPELLED)]),
        (
            "گزشتہ ماہ کی اکیس تاریخ کو",
            [("گزشتہ ماہ کی اکیس تاریخ", "2024-06-21", "2024-06-21", DateKind.SPELLED)],
        ),
        ("دس تاریخ کو", [("دس تاریخ", "2024-07-10", "2024-07-10", DateKind.SPELLED)]),
        # no date word after a bare day and month, or after "تاریخ": an idiom, a history
        ("دو جون کی روٹی کے لیے", []),
        ("ایک تاریخ رقم کی", []),
    ],
)
def test_day_in_words(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the word for year
        ("سنہ دو ہزار چھ میں سیلاب آیا", [("سنہ دو ہزار چھ", "2006-01-01", "2006-12-31", DateKind.YEAR)]),
        ("سال دو ہزار انیس کے دوران", [("سال دو ہزار انیس", "2019-01-01", "2019-12-31", DateKind.YEAR)]),
        ("سن دو ہزار میں بازار بنا", [("سن دو ہزار", "2000-01-01", "2000-12-31", DateKind.YEAR)]),
        ("سنہ دو ہزار چوبیس میں", [("سنہ دو ہزار چوبیس", "2024-01-01", "2024-07-20", DateKind.YEAR)]),
        # alone, with "میں" or a period of it after it
        ("انیس سو اکہتر میں جنگ ہوئی", [("انیس سو اکہتر", "1971-01-01", "1971-12-31", DateKind.YEAR)]),
        (
            "دو ہزار بارہ کے آخر میں سڑک بنی",
            [("دو ہزار بارہ", "2012-01-01", "2012-12-31", DateKind.YEAR)],
        ),
        ("انیس سو نواسی ء میں", [("انیس سو نواسی ء", "1989-01-01", "1989-12-31", DateKind.YEAR)]),
        # with a month, or a day and a month, before it
        ("جون دو ہزار سترہ میں پل گرا", [("جون دو ہزار سترہ", "2017-06-01", "2017-06-30", DateKind.MONTH)]),
        (
            "16 مارچ دو ہزار پندرہ کو",
            [("16 مارچ دو ہزار پندرہ", "2015-03-16", "2015-03-16", DateKind.EXPLICIT)],
        ),
        (
            "پانچ اگست، دو ہزار گیارہ کو",
            [("پانچ اگست، دو ہزار گیارہ", "2011-08-05", "2011-08-05", DateKind.SPELLED)],
        ),
        # counts, not years: before a noun, "سے زائد", "میں سے"; a round hundred alone
        ("دو ہزار افراد نے شرکت کی", []),
        ("دو ہزار سے زائد مکان گرے", []),
        ("دو ہزار انیس میں سے سو ووٹ", []),
        ("دو ہزار میں فروخت ہوا", []),
        ("ایک لاکھ دو ہزار انیس میں", []),
        # after a year word that a determiner makes a date of its own: that date, and the count
        ("گزشتہ سال دو ہزار افراد ہلاک ہوئے", [("گزشتہ سال", "2023-01-01", "2023-12-31", DateKind.YEAR)]),
        ("گزشتہ سال دو ہزار میں سے", [("گزشتہ سال", "2023-01-01", "2023-12-31", DateKind.YEAR)]),
    ],
)
def test_year_in_words(text: str, expected: list[Row]) -> None:
    # a year written in words, read by the number reader (dates.spelled-year)
    assert rows(text) == expected


def test_is_spelled_year() -> None:
    from urdu_events.text._dates import is_spelled_year

    assert is_spelled_year("سنہ دو ہزار چھ")
    assert is_spelled_year("جون دو ہزار انیس ء")
    assert not is_spelled_year("2019ء")
    assert not is_spelled_year("گزشتہ سال")
    assert not is_spelled_year("پانچ جون")


@pytest.mark.parametrize("text", ["گذشتہ شام", "گزشتہ صبح", "پچھلی دوپہر"])
def test_last_part_of_day_is_yesterday(text: str) -> None:
    # a past word before any part of the day, not only "روز"/"رات"/"شب", names yesterday
    assert rows(text) == [(text, "2024-07-19", "2024-07-19", DateKind.RELATIVE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بروز منگل صدر میں فائرنگ", [("منگل", "2024-07-16", "2024-07-16", DateKind.WEEKDAY)]),
        ("بروز ہفتہ پولیس نے", [("ہفتہ", "2024-07-20", "2024-07-20", DateKind.WEEKDAY)]),
        ("پیر صاحب نے کہا", []),
    ],
)
def test_weekday_after_on_day(text: str, expected: list[Row]) -> None:
    # "بروز" (on the day) before a weekday makes it a date, also the word for Saturday
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "کل ہونے والے دھماکے میں دو افراد زخمی ہوئے",
            [("کل", "2024-07-19", "2024-07-19", DateKind.QUALIFIER)],
        ),
        (
            "کل شہر میں ہونے والی فائرنگ کے بعد کرفیو لگا دیا گیا",
            [("کل", "2024-07-19", "2024-07-19", DateKind.QUALIFIER)],
        ),
        (
            "پرسوں کیے گئے حملے میں زخمی اہلکار چل بسا ہے جو گیا",
            [("پرسوں", "2024-07-18", "2024-07-18", DateKind.QUALIFIER)],
        ),
        # told in the future: tomorrow's, not yesterday's
        ("کل ہونے والے جلسے میں ہزاروں افراد شرکت کریں گے", []),
        # "کل" before no participle or genitive: a total, or tomorrow
        ("واقعے میں کل سات افراد ہلاک ہوئے", []),
    ],
)
def test_day_qualifying_a_noun(text: str, expected: list[Row]) -> None:
    # "کل"/"پرسوں" before a participle of happening or doing, in a past clause: the reader
    # keeps it only before an act of violence (dates.day-qualifies-event)
    assert rows(text) == expected


def test_qualifier_end() -> None:
    from urdu_events.text._dates import qualifier_end

    text = normalize("کل ننگرہار میں ہونے والے حملے").text
    assert qualifier_end(text, 2) == text.index("حملے") - 1
    assert qualifier_end(text, text.index("حملے")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12؍مارچ کو", [("12؍مارچ", "2024-03-12", "2024-03-12", DateKind.EXPLICIT)]),
        ("5؍ جون 2021ء کو", [("5؍ جون 2021ء", "2021-06-05", "2021-06-05", DateKind.EXPLICIT)]),
        (
            "3؍ اور 4؍ جولائی کو",
            [
                ("3", "2024-07-03", "2024-07-03", DateKind.EXPLICIT),
                ("4؍ جولائی", "2024-07-04", "2024-07-04", DateKind.EXPLICIT),
            ],
        ),
    ],
)
def test_date_sign_after_day(text: str, expected: list[Row]) -> None:
    # the Arabic date separator after a day's number joins it to the month (dates.date-sign)
    assert rows(text) == expected


class TestYearSeparatorAndMonthFirst:
    """A year after its month behind any comma; a printed date with the month first."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("16 اپریل ، 2015 کو", [("16 اپریل ، 2015", "2015-04-16", "2015-04-16", DateKind.EXPLICIT)]),
            ("16 اپریل,2015", [("16 اپریل,2015", "2015-04-16", "2015-04-16", DateKind.EXPLICIT)]),
            ("اپریل 16، 2015", [("اپریل 16، 2015", "2015-04-16", "2015-04-16", DateKind.EXPLICIT)]),
            ("جون 5, 2021ء", [("جون 5, 2021ء", "2021-06-05", "2021-06-05", DateKind.EXPLICIT)]),
        ],
    )
    def test_read(self, text: str, expected: list[Row]) -> None:
        assert rows(text) == expected

    def test_month_first_needs_its_year(self) -> None:
        # a month, then a count: no date of a day
        assert all(r[3] is not DateKind.EXPLICIT for r in rows("جنوری 12 افراد ہلاک ہوئے"))


class TestPastDays:
    """The last few days up to publication (dates.past-days)."""

    @pytest.mark.parametrize(
        ("text", "start"),
        [
            ("گزشتہ تین دنوں کے دوران", "2024-07-17"),
            ("پچھلے دو روز میں", "2024-07-18"),
            ("گزشتہ ۵ دن سے", "2024-07-15"),
        ],
    )
    def test_range_to_publication(self, text: str, start: str) -> None:
        (row,) = rows(text)
        assert row[1:] == (start, "2024-07-20", DateKind.PAST_DAYS)

    def test_not_without_a_postposition(self) -> None:
        assert rows("گزشتہ تین دنوں کی بارش") == []


def test_a_week_ago_in_the_singular_is_vague_as_the_plural() -> None:
    assert rows("ایک ہفتہ قبل ترلائی میں") == [("ایک ہفتہ قبل", None, None, DateKind.VAGUE)]
    assert rows("دو ہفتے قبل") == [("دو ہفتے قبل", None, None, DateKind.VAGUE)]
