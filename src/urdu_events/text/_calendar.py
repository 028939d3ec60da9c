"""Calendar words: Gregorian and Islamic months, weekdays, times of day (all normalized)."""

from __future__ import annotations

from ._normalize import fold

__all__ = ["ENGLISH_MONTHS", "ISLAMIC_MONTHS", "MONTHS", "TIMES_OF_DAY", "WEEKDAYS"]


def _folded(table: dict[str, int]) -> dict[str, int]:
    return {fold(k): v for k, v in table.items()}


#: Gregorian month names and common spellings -> month number.
MONTHS: dict[str, int] = _folded(
    {
        "جنوری": 1,
        "فروری": 2,
        "فرروی": 2,
        "مارچ": 3,
        "اپریل": 4,
        "مئی": 5,
        "مئ": 5,
        "جون": 6,
        "جولائی": 7,
        "جولائ": 7,
        "جولای": 7,
        "اگست": 8,
        "اگسٹ": 8,
        "ستمبر": 9,
        "اکتوبر": 10,
        "آکتوبر": 10,
        "نومبر": 11,
        "دسمبر": 12,
        "ڈسمبر": 12,
    }
)

#: English month names and abbreviations (normalized text is lower case) -> month number: the
#: printed dates of Urdu sites are often English ("March 5, 2024", "5 Mar 2024").
_ENGLISH_NAMES = "january february march april may june july august september october november december"
ENGLISH_MONTHS: dict[str, int] = {
    word: i for i, name in enumerate(_ENGLISH_NAMES.split(), start=1) for word in (name, name[:3])
} | {"sept": 9}


#: Weekday names -> ``datetime.date.weekday()`` (Monday is 0).
WEEKDAYS: dict[str, int] = _folded(
    {
        "پیر": 0,
        "سوموار": 0,
        "منگل": 1,
        "بدھ": 2,
        "جمعرات": 3,
        "جمعہ": 4,
        "جمعے": 4,
        "ہفتہ": 5,
        "ہفتے": 5,
        "سنیچر": 5,
        "اتوار": 6,
    }
)

#: Islamic month names and spellings -> month number (1 = محرم).
ISLAMIC_MONTHS: dict[str, int] = _folded(
    {
        "محرم": 1,
        "محرم الحرام": 1,
        "صفر": 2,
        "صفر المظفر": 2,
        "ربیع الاول": 3,
        "ربیع الثانی": 4,
        "ربیع الآخر": 4,
        "جمادی الاول": 5,
        "جمادی الاولی": 5,
        "جمادی الثانی": 6,
        "جمادی الآخر": 6,
        "رجب": 7,
        "رجب المرجب": 7,
        "شعبان": 8,
        "شعبان المعظم": 8,
        "رمضان": 9,
        "رمضان المبارک": 9,
        "شوال": 10,
        "شوال المکرم": 10,
        "ذوالقعدہ": 11,
        "ذی قعدہ": 11,
        "ذیقعد": 11,
        "ذوالحجہ": 12,
        "ذی الحجہ": 12,
    }
)

#: Parts of the day that may follow a day word: "جمعرات کی رات", "آج صبح".
TIMES_OF_DAY: tuple[str, ...] = tuple(
    fold(w) for w in ("علی الصبح", "صبح سویرے", "سہ پہر", "رات", "شب", "صبح", "شام", "دوپہر", "سحری")
)
