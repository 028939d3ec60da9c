"""Tests for find_numbers, parse_number and number_to_words."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.text import (
    UNIT_WORDS,
    NumberMatch,
    Qualifier,
    _numbers,
    find_numbers,
    normalize,
    number_to_words,
    parse_number,
)
from urdu_events.text._tokens import token_columns

URDU_DIGITS = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")
ARABIC_DIGITS = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
numbers = st.integers(0, 10_000_000)


def indian_grouping(n: int) -> str:
    """Write n with lakh/crore commas: 12,50,000."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


def numbers_in(text: str) -> list[NumberMatch]:
    return find_numbers(normalize(text))


def only(text: str) -> NumberMatch:
    found = numbers_in(text)
    assert 1 == len(found), found
    return found[0]


class TestRoundTrip:
    @given(numbers)
    def test_ascii_digits(self, n: int) -> None:
        """ASCII digits, plain and with Western commas, parse back."""
        assert n == parse_number(str(n))
        assert n == parse_number(f"{n:,}")

    @given(numbers)
    def test_indian_grouping(self, n: int) -> None:
        """Lakh and crore grouping parses back."""
        assert n == parse_number(indian_grouping(n))

    @given(numbers)
    def test_urdu_digits(self, n: int) -> None:
        """Urdu digits with the Arabic thousands separator parse back."""
        assert n == parse_number(str(n).translate(URDU_DIGITS))
        assert n == parse_number(f"{n:,}".translate(URDU_DIGITS))

    @given(numbers)
    def test_arabic_indic_digits(self, n: int) -> None:
        """Arabic-Indic digits parse back."""
        assert n == parse_number(str(n).translate(ARABIC_DIGITS))
        assert n == parse_number(indian_grouping(n).translate(ARABIC_DIGITS))

    @given(numbers)
    def test_words(self, n: int) -> None:
        """Urdu number words parse back."""
        assert n == parse_number(number_to_words(n))

    @given(st.integers(0, 10**13 - 1))
    def test_words_up_to_kharab(self, n: int) -> None:
        """Words round-trip over the whole range number_to_words accepts."""
        assert n == parse_number(number_to_words(n))

    @given(st.integers(1, 10_000_000))
    def test_words_in_a_sentence(self, n: int) -> None:
        """A number in words inside a sentence is found as one exact count."""
        text = f"دھماکے میں {number_to_words(n)} افراد ہلاک ہو گئے۔"
        match = only(text)
        assert (n, n) == (match.count.min, match.count.max)
        assert match.count.span is not None
        assert text[match.count.span.start : match.count.span.end] == match.count.span.text


class TestUnitWords:
    @pytest.mark.parametrize(("n", "word"), list(enumerate(UNIT_WORDS)))
    def test_every_unit_word(self, n: int, word: str) -> None:
        """Each of the hundred canonical words reads as its number."""
        assert n == parse_number(word)

    @pytest.mark.parametrize(
        ("expected", "word"),
        [
            (6, "چھے"),
            (21, "اکّیس"),
            (23, "تیئیس"),
            (32, "بتّیس"),
            (51, "اکاون"),
            (70, "ستّر"),
            (72, "بہتّر"),
            (99, "نناوے"),
        ],
    )
    def test_spelling_variants(self, expected: int, word: str) -> None:
        """Common spellings and marked forms read the same."""
        assert expected == parse_number(word)


class TestParseNumber:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            (250, "دو سو پچاس"),
            (12500, "۱۲٬۵۰۰"),
            (3, "3"),
            (150, "ڈیڑھ سو"),
            (2500, "ڈھائی ہزار"),
            (125, "سوا سو"),
            (225, "سوا دو سو"),
            (350, "ساڑھے تین سو"),
            (175, "پونے دو سو"),
            (1971, "انیس سو اکہتر"),
            (250000, "2.5 لاکھ"),
            (12, "درجن"),
            (24, "دو درجن"),
            (18, "ڈیڑھ درجن"),
            (6, "نصف درجن"),
            (3_00_00_000, "تین کروڑ"),
            (1_200_000_000, "ایک ارب بیس کروڑ"),
            (1000, "ہزار"),
        ],
    )
    def test_whole_numbers(self, expected: int, text: str) -> None:
        """Digits, words, compounds and fractions read as whole numbers."""
        assert expected == parse_number(text)

    @pytest.mark.parametrize(
        "text", ["", "ڈیڑھ", "ساڑھے تین", "2.5", "درجنوں", "کئی", "پانچ افراد", "دو تین", "ہلاک"]
    )
    def test_not_one_whole_number(self, text: str) -> None:
        """Fractions, vague words, ranges and other text give None."""
        assert None is parse_number(text)

    def test_rejects_non_str(self) -> None:
        """parse_number() rejects non-str arguments."""
        with pytest.raises(InvalidArgumentError):
            parse_number(5)  # type: ignore[arg-type]


class TestSpelledNumberAt:
    """spelled_number_at: the number in words that starts at a place, as the number reader reads it."""

    @given(st.integers(1, 10_000_000))
    def test_reads_what_number_to_words_writes(self, n: int) -> None:
        text = normalize(f"سنہ {number_to_words(n)} میں").text
        assert (n, text.rindex(" میں")) == _numbers.spelled_number_at(text, len("سنہ "))

    @pytest.mark.parametrize(
        ("text", "pos", "expected"),
        [
            ("انیس سو اکہتر میں", 0, (1971, 13)),
            ("دو ہزار انیس تین افراد", 0, (2019, 12)),  # two numbers side by side: the first
            ("دو ہزار افراد", 0, (2000, 7)),
            ("کئی ہزار افراد", 0, None),  # vague
            ("ڈیڑھ افراد", 0, None),  # no whole number
            ("ایک لاکھ دو ہزار", 9, None),  # inside a number
            ("افراد", 0, None),
        ],
    )
    def test_cases(self, text: str, pos: int, expected: tuple[int, int] | None) -> None:
        assert expected == _numbers.spelled_number_at(normalize(text).text, pos)


class TestNumberToWords:
    @pytest.mark.parametrize(
        ("expected", "n"),
        [
            ("صفر", 0),
            ("پچاس", 50),
            ("ایک سو ایک", 101),
            ("ایک لاکھ دو ہزار تین سو پچاس", 102350),
            ("ایک کروڑ", 10_000_000),
        ],
    )
    def test_examples(self, expected: str, n: int) -> None:
        """Numbers are written with the Indian place system."""
        assert expected == number_to_words(n)

    @pytest.mark.parametrize("n", [-1, 10**13, 2.5, True, "5"])
    def test_rejects_out_of_range(self, n: object) -> None:
        """Negative, huge or non-int arguments raise InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            number_to_words(n)  # type: ignore[arg-type]


class TestFindNumbers:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            # (min, max, qualifier, span text)
            ((7, 7, None, "7"), "بازار میں دھماکے سے 7 افراد جاں بحق ہو گئے"),
            ((7, 7, None, "۷"), "بازار میں دھماکے سے ۷ افراد جاں بحق ہو گئے"),
            ((12500, 12500, None, "12,500"), "علاقے سے 12,500 خاندان نقل مکانی کر گئے"),
            ((3, None, Qualifier.AT_LEAST, "کم از کم تین"), "حملے میں کم از کم تین سپاہی مارے گئے"),
            ((3, None, Qualifier.AT_LEAST, "کم سے کم 3"), "جھڑپ میں کم سے کم 3 جنگجو ہلاک ہوئے"),
            ((11, None, Qualifier.MORE_THAN, "10 سے زائد"), "فائرنگ سے 10 سے زائد راہگیر زخمی ہوئے"),
            ((21, None, Qualifier.MORE_THAN, "بیس سے زیادہ"), "پولیس نے بیس سے زیادہ مشتبہ افراد پکڑ لیے"),
            ((13, None, Qualifier.MORE_THAN, "درجن سے زائد"), "درجن سے زائد گاڑیاں نذر آتش کر دی گئیں"),
            ((40, 40, Qualifier.ABOUT, "تقریباً 40"), "جلوس میں تقریباً 40 گاڑیاں شامل تھیں"),
            ((60, 60, Qualifier.ABOUT, "لگ بھگ ساٹھ"), "کیمپ میں لگ بھگ ساٹھ خیمے جل گئے"),
            ((5, 7, Qualifier.RANGE, "5 سے 7"), "حملہ آوروں کی تعداد 5 سے 7 بتائی جاتی ہے"),
            ((5, 7, Qualifier.RANGE, "پانچ تا سات"), "واقعے میں پانچ تا سات دکانیں تباہ ہوئیں"),
            ((8, 10, Qualifier.RANGE, "8-10"), "جھڑپ میں 8-10 شدت پسند مارے گئے"),
            ((2, 3, Qualifier.RANGE, "دو تین"), "محلے کے دو تین گھروں کو نقصان پہنچا"),
            ((10, 12, Qualifier.RANGE, "دس بارہ"), "موقع پر دس بارہ مسلح افراد موجود تھے"),
            ((2, 3, Qualifier.RANGE, "دو یا تین"), "دو یا تین حملہ آور فرار ہو گئے"),
            ((2000, 3000, Qualifier.RANGE, "دو سے تین ہزار"), "ریلی میں دو سے تین ہزار کارکن شریک تھے"),
            ((12, None, Qualifier.VAGUE, "درجنوں"), "دھماکے سے درجنوں دکانوں کے شیشے ٹوٹ گئے"),
            ((100, None, Qualifier.VAGUE, "سینکڑوں"), "سینکڑوں مظاہرین سڑکوں پر نکل آئے"),
            ((100, None, Qualifier.VAGUE, "سیکڑوں"), "سیکڑوں طلبہ نے احتجاج کیا"),
            ((1000, None, Qualifier.VAGUE, "ہزاروں"), "ہزاروں شہری محصور ہو کر رہ گئے"),
            ((2, None, Qualifier.VAGUE, "کئی"), "فائرنگ سے کئی راہگیر زخمی ہوئے"),
            ((2, None, Qualifier.VAGUE, "متعدد"), "متعدد مکانات منہدم ہو گئے"),
            ((200, None, Qualifier.VAGUE, "کئی سو"), "کئی سو خاندان بے گھر ہوئے"),
            ((250, 250, None, "دو سو پچاس"), "امدادی کیمپ میں دو سو پچاس خاندان مقیم ہیں"),
            ((150, 150, None, "ڈیڑھ سو"), "ڈیڑھ سو اہلکاروں نے علاقے کو گھیرے میں لے لیا"),
            ((2500, 2500, None, "ڈھائی ہزار"), "ڈھائی ہزار پولیس اہلکار تعینات کیے گئے"),
            ((80, 80, None, "اسی"), "سیلاب میں اسی افراد لاپتہ ہیں"),
            ((1, 1, None, "ایک"), "ایک راہگیر زخمی ہوا"),
            ((0, 0, None, "صفر"), "ہلاکتوں کی تعداد صفر رہی"),
            (
                (30001, None, Qualifier.MORE_THAN, "تقریباً 30 ہزار سے زائد"),
                "تقریباً 30 ہزار سے زائد افراد بے گھر",
            ),
            ((None, 9, Qualifier.LESS_THAN, "10 سے کم"), "10 سے کم افراد موقع پر تھے"),
            ((None, 50, Qualifier.AT_MOST, "زیادہ سے زیادہ 50"), "زیادہ سے زیادہ 50 افراد کو اجازت ہے"),
            ((3516, 3516, None, "3 ہزار 516"), "ہلاکتوں کی تعداد 3 ہزار 516 ہو گئی"),
        ],
    )
    def test_counts(self, expected: tuple[int | None, int | None, Qualifier | None, str], text: str) -> None:
        """Each phrase gives one count with its qualifier and original span."""
        match = only(text)
        assert match.count.span is not None
        assert expected == (match.count.min, match.count.max, match.qualifier, match.count.span.text)

    @pytest.mark.parametrize(
        "text",
        [
            "اسی طرح شہر میں سکیورٹی سخت کر دی گئی",
            "ایئر بیس پر سکیورٹی ہائی الرٹ ہے",
            "نو منتخب اسمبلی کا اجلاس ملتوی ہو گیا",
            "صورتحال پہلے سے بہتر ہے",
            "ایف-16 طیاروں نے پرواز کی",
            "واقعہ 16/7/2024 کو پیش آیا",
            "اجلاس 10:30 بجے شروع ہوا",
            "تنظیم کی 25ویں سالگرہ منائی گئی",
            "اس کے سوا کوئی راستہ نہیں",
            "واقعہ 16 جولائی کو پیش آیا",
            "یہ قانون 2019ء میں منظور ہوا",
            "دکانیں شام 6 بجے بند ہوئیں",
            "جلسہ ساڑھے سات بجے شروع ہوا",
            "جاں بحق ہونے والا شخص 45 سالہ تھا",
            "سنہ 1990 کی خانہ جنگی یاد کی گئی",
            "وارڈ نمبر 12 میں کرفیو ہے",
        ],
    )
    def test_not_numbers(self, text: str) -> None:
        """Look-alike words, dates, times, ordinals and model names are not counts."""
        assert [] == numbers_in(text)

    def test_several_numbers_in_order(self) -> None:
        """Killed and injured figures come back in text order."""
        found = numbers_in("دھماکے میں 4 افراد ہلاک اور 11 زخمی ہوئے")
        assert [4, 11] == [m.value for m in found]

    def test_value_of_qualified_number(self) -> None:
        """value keeps the written number when a qualifier changes the count."""
        assert 10 == only("10 سے زائد افراد").value

    def test_value_of_vague_and_range(self) -> None:
        """Ranges and vague words have no single value."""
        assert None is only("درجنوں افراد").value
        assert None is only("5 سے 7 افراد").value

    def test_marked_and_joined_text_maps_to_original(self) -> None:
        """Spans of numbers in text with marks and odd spaces point at the original."""
        text = "حملے میں  کم\u00a0از کم\u200c  دو سَو افراد"
        match = only(text)
        assert match.count.span is not None
        assert "کم\u00a0از کم\u200c  دو سَو" == match.count.span.text
        assert (200, None) == (match.count.min, match.count.max)

    @given(st.text(max_size=80))
    def test_never_raises_and_spans_match(self, text: str) -> None:
        """Any text gives valid counts whose spans point into the original."""
        for match in numbers_in(text):
            span = match.count.span
            assert span is not None
            assert text[span.start : span.end] == span.text


class TestHostileInput:
    def test_very_long_digit_run(self) -> None:
        """A 20,000-digit run is not a count and does not hit int()'s digit limit."""
        assert [] == numbers_in("1" * 20_000)

    def test_long_digit_run_before_slash(self) -> None:
        """A long digit run that fails the lookahead is skipped, in linear time."""
        assert [] == numbers_in("1" * 50_000 + "/5")

    def test_fifteen_digits_still_read(self) -> None:
        """Up to fifteen digits are read."""
        assert 999_999_999_999_999 == parse_number("9" * 15)
        assert None is parse_number("9" * 16)


class TestDigitDates:
    @given(st.text(st.sampled_from("0123456789-/.: ا"), max_size=40))
    def test_same_as_look_behind_first(self, text: str) -> None:
        """The dates-and-times pattern finds what it did with its look-behind written first."""
        reference = re.compile(r"(?<!\d)\d(?:\d*(?:[-/.:]\d+){2,}|\d?:\d\d)")
        assert [m.span() for m in reference.finditer(text)] == [
            m.span() for m in _numbers._DIGIT_DATES.finditer(text)
        ]

    @pytest.mark.skipif(sys.version_info < (3, 11), reason="possessive quantifiers need 3.11")
    @given(st.text(st.sampled_from("0123456789-/.: ا"), max_size=40))
    def test_same_as_possessive_digit_runs(self, text: str) -> None:
        """Greedy digit runs find what possessive ones would: a separator never follows digits
        that a run gave back (the pattern is written without them so that it compiles on 3.10)."""
        possessive = re.compile(r"\d(?<!\d\d)(?:\d*+(?:[-/.:]\d++){2,}|\d?:\d\d)")
        assert [m.span() for m in possessive.finditer(text)] == [
            m.span() for m in _numbers._DIGIT_DATES.finditer(text)
        ]


class TestScanInTokens:
    """Where numbers and dates in digits may start, read from the tokens, is what scanning the
    text finds, and so are the numbers."""

    #: Number words, digits with separators and as dates or times, digits of another script,
    #: an ordinal ending, Latin, ``_``, punctuation and spaces.
    PIECES = (
        *("دو", "سو", "ہزار", "کئی", "ڈیڑھ", "افراد"),
        *(
            "12",
            "2.5",
            "12,500",
            "12,50,000",
            "1.2.3",
            "16/7/2024",
            "10:30",
            "١٢",
            "१2",
            "ویں",
            "g",
            "_",
            ".",
            ",",
            "۔",
        ),
        *(" ", " ", "\n"),
    )

    @given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
    def test_agrees_with_the_scan(self, text: str) -> None:
        """Any sequence of the pieces, run together or apart."""
        nt = normalize(text)
        tokens = token_columns(nt.text, 0, len(nt.text))
        read, scanned = _numbers._scanned_in_tokens(nt.text, tokens), _numbers._scanned(nt.text)
        assert read[0] == scanned[0]  # the dates
        assert _numbers._atoms(nt.text, read) == _numbers._atoms(nt.text, scanned)
        assert _numbers.find_numbers_at(nt, tokens) == find_numbers(nt)

    def test_examples(self) -> None:
        """Invented sentences: a date and a time, grouped digits, number words in and out of words."""
        for text in ("16/7/2024 کو 10:30 بجے 12,500 افراد", "دو سو افراد، دوسو، isp2 اور 1.2.3"):
            nt = normalize(text)
            read = _numbers._scanned_in_tokens(nt.text, token_columns(nt.text, 0, len(nt.text)))
            assert _numbers._atoms(nt.text, read) == _numbers._atoms(nt.text, _numbers._scanned(nt.text))
            assert read[0]  # the date and the time

    def test_every_number_word_is_one_token(self) -> None:
        """What reading the number words from the tokens relies on."""
        for word in _numbers._NUMBER_WORDS:
            assert token_columns(word, 0, len(word))[2] == (word,)
