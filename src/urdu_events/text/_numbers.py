"""Numbers in Urdu text: digits, number words, vague quantities and qualifiers.

Numbers are found on normalized text (so every digit is ASCII) in two passes:
"atoms" (digit strings and number words) are grouped into runs separated by
single spaces and parsed with the Indian place system (سو، ہزار، لاکھ، کروڑ،
ارب), then neighbouring numbers and the words around them are combined into
ranges and qualified counts. Fractions are exact (:class:`fractions.Fraction`)
and a number that does not come out whole is not a count.
"""

from __future__ import annotations

import enum
import re
from fractions import Fraction
from typing import NamedTuple

import attrs

from .._lazy_re import lazy_compile
from ..exceptions import InvalidArgumentError
from ..models import Count
from ._calendar import MONTHS
from ._normalize import NormalizedText, check_normalized, check_str, fold, normalize
from ._tokens import TokenColumns, TokenKind, token_indexes
from ._util import trie_branches, word_list, word_set

__all__ = [
    "UNIT_WORDS",
    "NumberMatch",
    "Qualifier",
    "find_numbers",
    "number_to_words",
    "parse_number",
    "spelled_number_at",
]

# --- vocabulary ----------------------------------------------------------------------

#: The canonical Urdu word for each number from 0 to 99.
UNIT_WORDS: tuple[str, ...] = word_list(
    """
    صفر ایک دو تین چار پانچ چھ سات آٹھ نو
    دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس
    بیس اکیس بائیس تئیس چوبیس پچیس چھبیس ستائیس اٹھائیس انتیس
    تیس اکتیس بتیس تینتیس چونتیس پینتیس چھتیس سینتیس اڑتیس انتالیس
    چالیس اکتالیس بیالیس تینتالیس چوالیس پینتالیس چھیالیس سینتالیس اڑتالیس انچاس
    پچاس اکیاون باون ترپن چون پچپن چھپن ستاون اٹھاون انسٹھ
    ساٹھ اکسٹھ باسٹھ تریسٹھ چونسٹھ پینسٹھ چھیاسٹھ سڑسٹھ اڑسٹھ انہتر
    ستر اکہتر بہتر تہتر چوہتر پچہتر چھہتر ستتر اٹھہتر اناسی
    اسی اکیاسی بیاسی تراسی چوراسی پچاسی چھیاسی ستاسی اٹھاسی نواسی
    نوے اکانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے اٹھانوے ننانوے
    """
)

# Other spellings in use (marked forms such as اکّیس fold to the plain ones).
_VARIANTS: dict[str, int] = {
    "چھے": 6,
    "چھہ": 6,
    "تیئیس": 23,
    "ستائس": 27,
    "اٹھائس": 28,
    "تیتیس": 33,
    "تینتس": 33,
    "چوتیس": 34,
    "پینتس": 35,
    "سینتس": 37,
    "بیالس": 42,
    "تیتالیس": 43,
    "چھیالس": 46,
    "اکاون": 51,
    "تریپن": 53,
    "چوون": 54,
    "ترسٹھ": 63,
    "اٹھتر": 78,
    "انیاسی": 79,
    "اکیانوے": 91,
    "نناوے": 99,
}

_SCALES: dict[str, int] = {
    "سو": 100,
    "ہزار": 1_000,
    "لاکھ": 100_000,
    "کروڑ": 10_000_000,
    "ارب": 1_000_000_000,
    "کھرب": 100_000_000_000,
    "درجن": 12,
}
_SCALE_WORDS = ((100_000_000_000, "کھرب"), (1_000_000_000, "ارب"), (10_000_000, "کروڑ"), (100_000, "لاکھ"))

#: Numbers that only exist with a scale after them: ڈیڑھ سو، ڈھائی ہزار، نصف درجن.
_FRACTIONS: dict[str, Fraction] = {
    "ڈیڑھ": Fraction(3, 2),
    "ڈھائی": Fraction(5, 2),
    "آدھا": Fraction(1, 2),
    "آدھی": Fraction(1, 2),
    "نصف": Fraction(1, 2),
}
#: Words that shift the number after them: سوا دو سو = 225, ساڑھے تین سو = 350, پونے دو سو = 175.
_MODIFIERS: dict[str, Fraction] = {"سوا": Fraction(1, 4), "ساڑھے": Fraction(1, 2), "پونے": Fraction(-1, 4)}

#: Vague quantities and their conservative minimum (ACLED's figures; GUIDELINES.md).
_VAGUE: dict[str, int] = {
    "کئی": 2,
    "متعدد": 2,
    "چند": 2,
    "دسیوں": 10,
    "درجنوں": 12,
    "بیسیوں": 20,
    "سینکڑوں": 100,
    "سیکڑوں": 100,
    "سینکڑو": 100,
    "ہزاروں": 1_000,
    "لاکھوں": 100_000,
    "کروڑوں": 10_000_000,
    "اربوں": 1_000_000_000,
}
#: Vague words that multiply a scale after them: کئی سو (200+), کئی درجن (24+).
_VAGUE_MULTIPLIERS = word_set("کئی متعدد چند")

# Words that are numbers only in number-like company.
#: Read as numbers only inside a compound or before a word that counts people.
_STRICT = word_set("اسی بہتر")
_PERSON_NOUNS = word_set(
    """افراد فرد لوگ لوگوں اہلکار اہلکاروں سپاہی سپاہیوں فوجی فوجیوں جوان جوانوں شہری شہریوں
    بچے بچوں خواتین مرد شدت پسند پسندوں دہشت گرد گردوں جنگجو جنگجوؤں مسافر مسافروں
    مزدور مزدوروں کارکن کارکنوں طلبہ طالب ملزم ملزمان ملزموں مظاہرین افسر افسران"""
)
#: Words that, next to an ambiguous number word, show it is not a number.
_NOT_AFTER: dict[str, frozenset[str]] = {
    "نو": word_set("منتخب مسلم عمر زائیدہ آبادیاتی آموز خیز وارد بہار روز"),
    "سو": word_set("گیا گئے گئی گئیں رہا رہے رہی رہیں جاتا جاتے جاتی جائیں سکا سکے سکی کر"),
    "بیس": word_set("کیمپ کیمپوں"),
}
_NOT_BEFORE: dict[str, frozenset[str]] = {
    "نو": word_set("سر"),
    "بیس": word_set("ایئر ائیر ایر ائر فضائی فوجی نیول بحری ملٹری آرمی"),
}


_UNITS: dict[str, int] = {fold(w): i for i, w in enumerate(UNIT_WORDS)}
_UNITS.update({fold(w): v for w, v in _VARIANTS.items()})


class _Kind(enum.Enum):
    DIGITS = enum.auto()
    UNIT = enum.auto()
    FRACTION = enum.auto()
    MODIFIER = enum.auto()
    SCALE = enum.auto()
    VAGUE = enum.auto()


#: A number on the way: whole numbers stay ints, fractions are exact.
_Value = int | Fraction

_WORD_KINDS: dict[str, tuple[_Kind, _Value]] = {
    **{w: (_Kind.UNIT, v) for w, v in _UNITS.items()},
    **{fold(w): (_Kind.FRACTION, v) for w, v in _FRACTIONS.items()},
    **{fold(w): (_Kind.MODIFIER, v) for w, v in _MODIFIERS.items()},
    **{fold(w): (_Kind.SCALE, v) for w, v in _SCALES.items()},
    **{fold(w): (_Kind.VAGUE, v) for w, v in _VAGUE.items()},
}

# Digits: one branch per first digit, so that with the word branches every branch of
# the alternation starts with a literal (see trie_branches); the rest of a number is
# Western (12,500) or Indian (12,50,000) grouping, or no grouping, with decimals.
_DIGITS_REST = r"(?:\d{0,2}(?:,\d{2,3})*,\d{3}(?:\.\d+)?|\d*(?:\.\d+)?)(?![\d/:]|[.,]\d)"
# (?<!\dD) after the first digit D: never start inside a run of digits, which would
# make a long run quadratic.
_ATOMS = lazy_compile(
    "|".join(
        [*(f"{d}(?<!\\d{d})" + _DIGITS_REST for d in "0123456789"), *trie_branches(_WORD_KINDS, r"(?!\w)")]
    )
)
#: Longer digit strings are identifiers, not counts (and int() refuses very long ones).
_MAX_DIGITS = 15
#: Characters that may not come before a number in digits or words.
_NOT_BEFORE_DIGITS = frozenset(".,/:") | frozenset("abcdefghijklmnopqrstuvwxyz")
#: Digits that belong to something else: an ordinal (25ویں), a Latin word (g20).
_AFTER_DIGITS_NOT_NUMBER = lazy_compile(r" ?(?:ویں|واں|وی)(?!\w)|[a-z]")
#: Numbers that are not counts: clock times (5 بجے، ساڑھے سات بجے), ages (55 سالہ).
_NOT_COUNT_AFTER = lazy_compile(r" ?(?:بجے|بج|سالہ)(?!\w)")
#: Years and labels: سنہ 1990، سال 2019، نمبر 5.
_LABEL_BEFORE = lazy_compile(r"(?<!\w)(?:سن|سنہ|سال|نمبر|no\.?) ?\Z")
#: A word with a hyphen before digits (f-16, ایف-16).
_LATIN_BEFORE = lazy_compile(r"[^\W\d]-$")
#: Day and year numbers of dates written with month names: 16 جولائی، جولائی 2024، 2024ء.
_MONTH_AFTER = lazy_compile(rf" ?(?:{'|'.join(map(re.escape, MONTHS))})(?!\w)| ?ء(?!\w)")
_MONTH_BEFORE = lazy_compile(rf"(?:{'|'.join(map(re.escape, MONTHS))}),? ?\Z")
#: Dates and times written in digits: their parts are not numbers. The look-behind
#: (no digit before the first one) comes after the first digit, so that ``re`` skips
#: ahead to the next digit instead of trying the pattern at every character.
_DIGIT_DATES = lazy_compile(r"\d(?<!\d\d)(?:\d*(?:[-/.:]\d+){2,}|\d?:\d\d)")


# --- results -------------------------------------------------------------------------


class Qualifier(str, enum.Enum):
    """How a number's words turn it into a :class:`~urdu_events.models.Count`."""

    AT_LEAST = "at least"  # کم از کم 5 -> 5..
    MORE_THAN = "more than"  # 5 سے زائد -> 6..
    LESS_THAN = "less than"  # 5 سے کم -> ..4
    AT_MOST = "at most"  # زیادہ سے زیادہ 5 -> ..5
    ABOUT = "about"  # تقریباً 5 -> 5..5
    RANGE = "range"  # 5 سے 7، 5 تا 7، 5-7، پانچ سات -> 5..7
    VAGUE = "vague"  # درجنوں -> 12..


@attrs.frozen
class NumberMatch:
    """A number found in a normalized text, with the words that qualify it.

    Attributes:
        start: Normalized offset of the first character, qualifiers included.
        end: Normalized offset just past the last character.
        value: The number as written, when it is one number (``5`` in ``5 سے
            زائد``); ``None`` for ranges and vague words.
        count: The range it stands for, with the span of the original text.
        qualifier: What turned the number into a range, if anything.
    """

    start: int
    end: int
    value: int | None
    count: Count
    qualifier: Qualifier | None = None


@attrs.define(unsafe_hash=True)  # not frozen: see _incident_index.Hit
class _Num:
    """A parsed number before qualifiers: atoms ``[i, j)`` of a run."""

    start: int
    end: int
    value: _Value
    vague: bool = False
    plain: bool = True  # a single unit or digit string, no scale
    scale: int | None = None  # the last scale word, if any


# --- parsing runs of atoms -------------------------------------------------------------


class _Atom(NamedTuple):
    start: int
    end: int
    kind: _Kind
    value: _Value
    text: str


#: The number words: each is a run of letters other than Latin, one token of the text layer
#: (a test checks).
_NUMBER_WORDS = frozenset(_WORD_KINDS)
#: ``_ATOMS``' branches for digits alone.
_DIGIT_ATOM = lazy_compile("|".join(f"{d}(?<!\\d{d})" + _DIGITS_REST for d in "0123456789"))
#: What can follow a digit inside a token of digits.
_SEPARATOR = lazy_compile(r"[.,]")


def _scanned(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """The spans of ``_DIGIT_DATES`` and the matches of ``_ATOMS`` (start, end, text) in ``text``."""
    dates = [m.span() for m in _DIGIT_DATES.finditer(text)]
    return dates, [(m.start(), m.end(), m[0]) for m in _ATOMS.finditer(text)]


def _scanned_in_tokens(
    text: str, tokens: TokenColumns
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """What :func:`_scanned` finds, read from the text's tokens (:func:`token_columns`).

    A match of either pattern that starts with a digit starts at a digit that follows no
    digit, and is made of digits and the separators of a token of digits: every such digit
    is the start of a token of digits or follows a separator inside one, and the match ends
    inside that token. Those places alone are tried, each where the previous match of its
    pattern ended or later, as a scan would. A number word is a token of letters; the
    pattern finds it where no word character follows it (and where one precedes it,
    :func:`_atoms` drops it).
    """
    starts, ends, texts, kinds = tokens
    number = TokenKind.NUMBER
    n = len(text)
    dates: list[tuple[int, int]] = []
    found: list[tuple[int, int, str]] = []
    date_end = atom_end = 0
    for i in token_indexes(tokens, number, _NUMBER_WORDS):
        token, start = texts[i], starts[i]
        if kinds[i] is not number:
            end = ends[i]
            if end == n or not (text[end].isalnum() or text[end] == "_"):
                found.append((start, end, token))
            continue
        places = [start]
        if not token.isdecimal():  # "12,500", "2.5": a digit after a separator follows no digit
            places.extend(start + m.end() for m in _SEPARATOR.finditer(token))
        for pos in places:
            if pos >= date_end and (m := _DIGIT_DATES.match(text, pos)) is not None:
                dates.append(m.span())
                date_end = m.end()
            if pos >= atom_end and (m := _DIGIT_ATOM.match(text, pos)) is not None:
                found.append((pos, m.end(), m[0]))
                atom_end = m.end()
    return dates, found


def _atoms(text: str, scanned: tuple[list[tuple[int, int]], list[tuple[int, int, str]]]) -> list[_Atom]:
    """The atoms of the numbers of ``text``, from what :func:`_scanned` found in it."""
    out = []
    dates, found = scanned
    d = 0
    for start, end, word in found:
        before = text[start - 1] if start else " "
        if not word[0].isdigit():
            if not before.isalnum():  # a whole word, not the end of a longer one
                out.append(_Atom(start, end, *_WORD_KINDS[word], word))
            continue
        if before in _NOT_BEFORE_DIGITS:
            continue
        while d < len(dates) and dates[d][1] <= start:
            d += 1
        if d < len(dates) and dates[d][0] <= start:
            continue  # part of a date or time
        if (
            _AFTER_DIGITS_NOT_NUMBER.match(text, end)
            or _LATIN_BEFORE.search(text, max(0, start - 2), start)
            or _MONTH_AFTER.match(text, end)
            or (end - start == 4 and _MONTH_BEFORE.search(text, max(0, start - 12), start))
        ):
            continue
        digits = word.replace(",", "")
        if len(digits) > _MAX_DIGITS:
            continue
        value: _Value = Fraction(digits) if "." in digits else int(digits)
        out.append(_Atom(start, end, _Kind.DIGITS, value, word))
    return out


def _runs(text: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    """Group atoms separated by one space (or nothing) into runs."""
    runs: list[list[_Atom]] = []
    for a in atoms:
        if runs and (
            a.start == runs[-1][-1].end or (a.start == runs[-1][-1].end + 1 and text[a.start - 1] == " ")
        ):
            runs[-1].append(a)
        else:
            runs.append([a])
    return runs


def _parse_at(run: list[_Atom], i: int) -> tuple[int, _Num] | None:
    """Parse the longest number starting at atom ``i``; return the atom after it and the number."""
    first = run[i]
    if first.kind is _Kind.VAGUE:
        nxt = run[i + 1] if i + 1 < len(run) else None
        if first.text in _VAGUE_MULTIPLIERS and nxt is not None and nxt.kind is _Kind.SCALE:
            return i + 2, _Num(first.start, nxt.end, first.value * nxt.value, vague=True, plain=False)
        return i + 1, _Num(first.start, first.end, first.value, vague=True, plain=False)
    total: _Value = 0
    hundreds: _Value = 0
    unit: _Value | None = None
    modifier: _Value | None = None
    last_big = None
    scale = None
    j = i
    end_j = i  # atoms [i, end_j) form a complete number
    while j < len(run):
        a = run[j]
        if a.kind is _Kind.MODIFIER:
            if unit is not None or modifier is not None:
                break
            modifier = a.value
        elif a.kind in (_Kind.UNIT, _Kind.DIGITS, _Kind.FRACTION):
            if unit is not None:
                break
            unit = a.value if modifier is None else a.value + modifier
            modifier = None
            end_j = j + 1
        elif a.kind is _Kind.SCALE:
            s = int(a.value)
            if modifier is not None and unit is None:
                unit, modifier = 1 + modifier, None  # سوا سو = 125
            if s == 100:
                if hundreds:
                    break
                hundreds = (unit if unit is not None else 1) * 100
            else:
                if last_big is not None and s >= last_big:
                    break
                part = hundreds + (unit or 0)
                total += (part or 1) * s
                hundreds, last_big = 0, s
            unit = None
            scale = s
            end_j = j + 1
        else:
            break
        j += 1
    if end_j == i:
        return None
    value = total + hundreds + (unit or 0)
    plain = end_j - i == 1 and first.kind in (_Kind.UNIT, _Kind.DIGITS)
    return end_j, _Num(first.start, run[end_j - 1].end, value, plain=plain, scale=scale)


def _parse_run(run: list[_Atom]) -> list[_Num]:
    out = []
    i = 0
    while i < len(run):
        parsed = _parse_at(run, i)
        if parsed is None or parsed[1].value.denominator != 1 or parsed[1].value < 0:
            i += 1  # e.g. "کے سوا دو": retry from the next atom
            continue
        i, num = parsed
        out.append(num)
    return out


# --- context -------------------------------------------------------------------------


def _words_before(text: str, pos: int) -> str:
    """The word just before ``pos`` (skipping one space)."""
    m = re.search(r"(\w+) ?$", text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r" ?(\w+)", text[pos : pos + 30])
    return m.group(1) if m else ""


_AMBIGUOUS = _STRICT | set(_NOT_AFTER) | set(_NOT_BEFORE)


def _is_count(text: str, num: _Num, run_len: int) -> bool:
    """Whether a parsed number can be a count: not a time, an age, a label or a look-alike word."""
    if _NOT_COUNT_AFTER.match(text, num.end):
        return False
    if text[num.start].isdigit() and _LABEL_BEFORE.search(text, max(0, num.start - 6), num.start):
        return False
    return _is_number_word_in_context(text, num, run_len)


def _is_number_word_in_context(text: str, num: _Num, run_len: int) -> bool:
    """Reject words like اسی ("this very") and بیس ("air base") that only look like numbers."""
    if not num.plain or run_len > 1:
        return True
    word = text[num.start : num.end]
    if word not in _AMBIGUOUS:
        return True
    after, before = _word_after(text, num.end), _words_before(text, num.start)
    if word in _STRICT:
        return after in _PERSON_NOUNS or after in _SCALES
    return after not in _NOT_AFTER.get(word, ()) and before not in _NOT_BEFORE.get(word, ())


_RANGE_GAPS = frozenset({" سے ", " تا ", "-", " - ", " یا ", " سے لے کر "})
_UNTIL = lazy_compile(r" تک(?!\w)")
_PREFIXES = lazy_compile(
    r"(?<!\w)(?P<q>کم از کم|کم ازکم|کمازکم|کم سے کم|زیادہ سے زیادہ|تقریبا|لگ بھگ|قریبا|قریب|اندازا|تخمینا) $"
)
_PREFIX_QUALIFIERS = {
    "کم از کم": Qualifier.AT_LEAST,
    "کم ازکم": Qualifier.AT_LEAST,  # written without the second space, as some outlets do
    "کمازکم": Qualifier.AT_LEAST,
    "کم سے کم": Qualifier.AT_LEAST,
    "زیادہ سے زیادہ": Qualifier.AT_MOST,
}
_SUFFIXES = lazy_compile(
    r" (?:سے (?P<more>زائد|زیادہ|ذائد|اوپر|متجاوز|تجاوز)|سے (?P<less>کم)|کے (?P<about>قریب|لگ بھگ))(?!\w)"
)


def _count(qualifier: Qualifier | None, lo: int, hi: int | None = None) -> tuple[int | None, int | None]:
    if qualifier in (Qualifier.AT_LEAST, Qualifier.VAGUE):
        return lo, None
    if qualifier is Qualifier.MORE_THAN:
        return lo + 1, None
    if qualifier is Qualifier.LESS_THAN:
        return (None, lo - 1) if lo > 0 else (0, 0)
    if qualifier is Qualifier.AT_MOST:
        return None, lo
    return lo, lo if hi is None else hi


def _as_range(text: str, a: _Num, b: _Num) -> tuple[int, int, int] | None:
    """``(lo, hi, end)`` if ``a`` and ``b`` form a range such as "5 سے 7" or "دو تین"."""
    if a.vague or b.vague:
        return None
    gap = text[a.end : b.start]
    lo, hi = int(a.value), int(b.value)
    if gap == " ":
        # Two bare number words side by side: دو تین، دس بارہ.
        if not (a.plain and b.plain and text[a.start].isalpha() and text[b.start].isalpha()):
            return None
        if not 0 < lo < hi <= lo + 10:
            return None
    elif gap not in _RANGE_GAPS:
        return None
    if gap.strip() == "-" and (
        text[a.start] == "0" or text[b.start] == "0" or len(str(hi)) > len(str(lo)) + 1
    ):
        return None  # phone numbers and codes, not ranges
    if a.plain and b.scale is not None and b.scale > 1 and lo * b.scale <= hi and lo < hi // b.scale:
        lo *= b.scale  # دو سے تین ہزار = 2000..3000
    if lo >= hi:
        return None
    end = b.end
    until = _UNTIL.match(text, end)
    return lo, hi, until.end() if until else end


def _qualified(text: str, num: _Num) -> tuple[int, int, Qualifier | None]:
    """Extend ``num`` over the qualifying words around it."""
    start, end = num.start, num.end
    qualifier = Qualifier.VAGUE if num.vague else None
    m = _PREFIXES.search(text, max(0, start - 20), start)
    if m:
        start = m.start()
        qualifier = _PREFIX_QUALIFIERS.get(m.group("q"), Qualifier.ABOUT if not num.vague else qualifier)
    m2 = _SUFFIXES.match(text, end)
    if m2 and qualifier in (None, Qualifier.VAGUE, Qualifier.ABOUT):
        end = m2.end()
        if m2.group("more"):
            qualifier = Qualifier.MORE_THAN
        elif m2.group("less"):
            qualifier = Qualifier.LESS_THAN
        else:
            qualifier = Qualifier.ABOUT
    return start, end, qualifier


def _matches(nt: NormalizedText, text: str, nums: list[_Num]) -> list[NumberMatch]:
    out: list[NumberMatch] = []
    k = 0
    while k < len(nums):
        a = nums[k]
        rng = _as_range(text, a, nums[k + 1]) if k + 1 < len(nums) else None
        if rng is not None:
            lo, hi, end = rng
            out.append(
                NumberMatch(a.start, end, None, Count(lo, hi, span=nt.span(a.start, end)), Qualifier.RANGE)
            )
            k += 2
            continue
        start, end, qualifier = _qualified(text, a)
        value = int(a.value)
        bounds = _count(qualifier, value)
        count = Count(*bounds, span=nt.span(start, end))
        out.append(NumberMatch(start, end, None if a.vague else value, count, qualifier))
        k += 1
    return out


def find_numbers(nt: NormalizedText) -> list[NumberMatch]:
    """Find every number in a normalized text, with its qualifiers folded into a count.

    Digits (``12,500``, ``12,50,000``, ``2.5 لاکھ``), number words from صفر to
    ننانوے with their common spellings, compounds with سو، ہزار، لاکھ، کروڑ، ارب
    and درجن (``دو سو پچاس``, ``ڈیڑھ سو``, ``سوا دو سو``, ``ساڑھے تین ہزار``)
    and vague words (``کئی``، ``درجنوں``، ``سینکڑوں``، ``ہزاروں``) are read.
    ``کم از کم X`` gives ``X..``, ``X سے زائد`` gives ``X+1..``, ``تقریباً X``
    gives exactly ``X``, ``X سے Y`` / ``X تا Y`` / ``X-Y`` / ``X یا Y`` / ``دو تین``
    give ``X..Y``. Dates (``16/7/2024``, ``16 جولائی``, ``جولائی 2024``,
    ``2024ء``), times (``10:30``), ordinals (``25ویں``) and digits inside words
    (``f-16``) are skipped, and words such as ``اسی`` (also "this
    very") or ``بیس`` (also "base") are numbers only where the context says so.

    Args:
        nt: The output of :func:`normalize`.

    Returns:
        The numbers in text order, with normalized offsets and counts whose span
        points into the original text.

    Raises:
        InvalidArgumentError: If ``nt`` is not a :class:`NormalizedText`.
    """
    return find_numbers_at(nt, None)


def find_numbers_at(nt: NormalizedText, tokens: TokenColumns | None) -> list[NumberMatch]:
    """:func:`find_numbers`, with the places where a number or a date in digits may start
    read from ``tokens`` (the token columns of the whole text) if they are given, instead of
    by scanning the text."""
    text = check_normalized(nt).text
    scanned = _scanned(text) if tokens is None else _scanned_in_tokens(text, tokens)
    nums: list[_Num] = []
    for run in _runs(text, _atoms(text, scanned)):
        parsed = _parse_run(run)
        nums.extend(n for n in parsed if _is_count(text, n, len(parsed)))
    return _matches(nt, text, nums)


def parse_number(s: str) -> int | None:
    """Read a whole string as one number.

    Args:
        s: A number in digits (any of the three digit sets, with separators) or
            in Urdu words, such as ``"دو سو پچاس"``, ``"۱۲٬۵۰۰"`` or ``"3"``.

    Returns:
        The number, or ``None`` if ``s`` is not exactly one whole number.

    Raises:
        InvalidArgumentError: If ``s`` is not a ``str``.
    """
    text = " ".join(normalize(check_str(s, "s")).text.split())
    atoms = _atoms(text, _scanned(text))
    if not atoms or atoms[0].start != 0 or atoms[-1].end != len(text):
        return None
    runs = _runs(text, atoms)
    if len(runs) != 1:
        return None
    nums = _parse_run(runs[0])
    if len(nums) != 1 or nums[0].vague or (nums[0].start, nums[0].end) != (0, len(text)):
        return None
    return int(nums[0].value)


#: One number word (a unit, a scale, a fraction, a modifier or a vague word), whole.
_NUMBER_WORD = lazy_compile("|".join(trie_branches(_WORD_KINDS, r"(?!\w)")))
#: The word right before a place, after one space.
_WORD_BEFORE = lazy_compile(r"(\w+) \Z")


def spelled_number_at(text: str, pos: int) -> tuple[int, int] | None:
    """The whole number written in words that starts at ``pos`` of a normalized ``text``, read
    as :func:`find_numbers` reads its words ("دو ہزار انیس", "انیس سو اکہتر"): the longest one
    the words from there make, as its value and where it ends.

    Returns:
        ``(value, end)``, or ``None`` where no number word starts at ``pos``, where ``pos`` is
        inside a number (a number word or a letter stands right before it), or where the words
        make no whole number (a vague word, a fraction alone).
    """
    before = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    if (pos and text[pos - 1].isalnum()) or (before is not None and before[1] in _WORD_KINDS):
        return None
    atoms: list[_Atom] = []
    end = pos
    while (m := _NUMBER_WORD.match(text, end)) is not None:
        atoms.append(_Atom(m.start(), m.end(), *_WORD_KINDS[m[0]], m[0]))
        end = m.end() + 1
        if not text.startswith(" ", m.end()):
            break
    parsed = _parse_at(atoms, 0) if atoms else None
    if parsed is None or parsed[1].vague or parsed[1].value.denominator != 1:
        return None
    num = parsed[1]
    return int(num.value), num.end


def number_to_words(n: int) -> str:
    """Write a number in Urdu words, with the Indian place system.

    Args:
        n: A number from 0 to 9,999,999,999,999.

    Returns:
        For example ``"ایک لاکھ دو ہزار تین سو پچاس"`` for 102350.

    Raises:
        InvalidArgumentError: If ``n`` is not an ``int`` in range.
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < 10**13:
        raise InvalidArgumentError(f"number_to_words needs an int from 0 to 10**13 - 1, got {n!r}")
    words: list[str] = []
    for scale, name in (*_SCALE_WORDS, (1000, "ہزار"), (100, "سو")):
        q, n = divmod(n, scale)
        if q:
            words += [UNIT_WORDS[q], name]
    if n or not words:
        words.append(UNIT_WORDS[n])
    return " ".join(words)
