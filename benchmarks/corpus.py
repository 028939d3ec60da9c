#!/usr/bin/env python3
# ruff: noqa: E501  # the templates are whole Urdu sentences; wrapping them would hide their shape
"""A deterministic corpus of synthetic Urdu news-like articles for the benchmarks.

Every article is assembled from templates and word lists written for this file
(nothing is copied from a news outlet or from the evaluation set). The mix
imitates what a monitoring project feeds the library: conflict reports with
casualty figures in every digit set and in words, dates, attribution and
responsibility claims, page debris left by scrapers, spelling variants that the
normalizer has to fold, and a good share of non-violent stories (weather,
cricket, prices, road accidents) that must produce nothing.

The first record is the hand-written ``examples/article.txt``. The same
``seed`` and ``n`` always give the same records, and no two texts are equal
(so :func:`urdu_events.text.analyze`'s cache cannot help a benchmark).

Usage::

    python benchmarks/corpus.py --n 1000 --seed 7 --out corpus.jsonl
    python benchmarks/corpus.py --n 5 | head -c 2000      # JSON Lines on stdout

As a module::

    from corpus import generate
    for record in generate(100, seed=0):   # {"id", "text", "published", "kind"}
        ...
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

__all__ = ["EXAMPLE_ARTICLE", "generate", "texts", "write_jsonl"]

EXAMPLE_ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "article.txt"

# --------------------------------------------------------------------------- vocabulary
# fmt: off

#: (place, district or region, province or country)
PLACES: tuple[tuple[str, str, str], ...] = (
    ("کوئٹہ", "کوئٹہ", "بلوچستان"),
    ("مستونگ", "مستونگ", "بلوچستان"),
    ("تربت", "کیچ", "بلوچستان"),
    ("پنجگور", "پنجگور", "بلوچستان"),
    ("گوادر", "گوادر", "بلوچستان"),
    ("ژوب", "ژوب", "بلوچستان"),
    ("خضدار", "خضدار", "بلوچستان"),
    ("سبی", "سبی", "بلوچستان"),
    ("پشاور", "پشاور", "خیبر پختونخوا"),
    ("بنوں", "بنوں", "خیبر پختونخوا"),
    ("ڈیرہ اسماعیل خان", "ڈیرہ اسماعیل خان", "خیبر پختونخوا"),
    ("میران شاہ", "شمالی وزیرستان", "خیبر پختونخوا"),
    ("وانا", "جنوبی وزیرستان", "خیبر پختونخوا"),
    ("خار", "باجوڑ", "خیبر پختونخوا"),
    ("پاراچنار", "کرم", "خیبر پختونخوا"),
    ("لکی مروت", "لکی مروت", "خیبر پختونخوا"),
    ("ٹانک", "ٹانک", "خیبر پختونخوا"),
    ("مینگورہ", "سوات", "خیبر پختونخوا"),
    ("چارسدہ", "چارسدہ", "خیبر پختونخوا"),
    ("مردان", "مردان", "خیبر پختونخوا"),
    ("کراچی", "کراچی", "سندھ"),
    ("حیدرآباد", "حیدرآباد", "سندھ"),
    ("سکھر", "سکھر", "سندھ"),
    ("لاڑکانہ", "لاڑکانہ", "سندھ"),
    ("لاہور", "لاہور", "پنجاب"),
    ("راولپنڈی", "راولپنڈی", "پنجاب"),
    ("ملتان", "ملتان", "پنجاب"),
    ("فیصل آباد", "فیصل آباد", "پنجاب"),
    ("ڈیرہ غازی خان", "ڈیرہ غازی خان", "پنجاب"),
    ("اسلام آباد", "اسلام آباد", "وفاقی دارالحکومت"),
    ("گلگت", "گلگت", "گلگت بلتستان"),
    ("چلاس", "دیامر", "گلگت بلتستان"),
    ("کابل", "کابل", "افغانستان"),
    ("قندھار", "قندھار", "افغانستان"),
    ("جلال آباد", "ننگرہار", "افغانستان"),
    ("لشکر گاہ", "ہلمند", "افغانستان"),
    ("قندوز", "قندوز", "افغانستان"),
    ("ہرات", "ہرات", "افغانستان"),
    ("سری نگر", "سری نگر", "مقبوضہ کشمیر"),
    ("پلوامہ", "پلوامہ", "مقبوضہ کشمیر"),
    ("کپواڑہ", "کپواڑہ", "مقبوضہ کشمیر"),
    ("پونچھ", "پونچھ", "مقبوضہ کشمیر"),
)

AREAS = (
    "صدر بازار", "سیٹلائٹ ٹاؤن", "ریلوے اسٹیشن", "سبزی منڈی", "بائی پاس", "مرکزی شاہراہ",
    "پرانا شہر", "کینٹ", "یونیورسٹی روڈ", "جناح روڈ", "نواحی گاؤں", "پہاڑی علاقے",
    "سرحدی علاقے", "قومی شاہراہ", "لیاقت بازار", "نیو ٹاؤن", "کالج چوک", "تحصیل دفتر",
)

ATTACKERS = (
    "نامعلوم مسلح افراد", "موٹر سائیکل سوار مسلح افراد", "نامعلوم حملہ آوروں", "دہشت گردوں",
    "شدت پسندوں", "عسکریت پسندوں", "مسلح ڈاکوؤں", "کالعدم تنظیم کے کارکنوں", "نقاب پوش افراد",
)

VICTIMS = (
    "پولیس اہلکار", "ایف سی اہلکار", "سیکیورٹی اہلکار", "فوجی جوان", "شہری", "راہگیر",
    "مزدور", "قبائلی عمائدین", "امن کمیٹی کے ارکان", "پولیو ٹیم کے ارکان", "ٹرک ڈرائیور",
    "دکاندار", "لیویز اہلکار", "بچے", "خواتین",
)

FORCES = (
    "سیکیورٹی فورسز", "پولیس", "سی ٹی ڈی", "ایف سی", "لیویز فورس", "پاک فوج", "رینجرز",
    "افغان سیکیورٹی فورسز", "بھارتی فوج",
)

GROUPS = (
    "کالعدم تحریک طالبان پاکستان", "بلوچ لبریشن آرمی", "بلوچ لبریشن فرنٹ", "داعش خراسان",
    "لشکر اسلام", "حافظ گل بہادر گروپ", "ایک غیر معروف تنظیم",
)

SPEAKERS = (
    "ضلعی پولیس افسر", "ڈپٹی کمشنر", "آئی ایس پی آر", "ریسکیو 1122 کے ترجمان", "وزیر داخلہ",
    "صوبائی وزیر اعلیٰ", "ہسپتال کے ذرائع", "عینی شاہدین", "مقامی انتظامیہ", "ایس ایچ او",
    "سرکاری حکام", "پولیس ترجمان", "طالبان حکومت کے ترجمان",
)

FIRST_NAMES = (
    "محمد", "احمد", "علی", "عبداللہ", "گل", "نور", "اکبر", "رحیم", "بلال", "عمران", "عارف",
    "شاہد", "زاہد", "سلیم", "کریم", "فیصل", "وقاص", "حمید", "نصیر", "جاوید", "یاسر", "طارق",
)
LAST_NAMES = (
    "خان", "شاہ", "بلوچ", "آفریدی", "وزیر", "مری", "بگٹی", "قریشی", "چوہدری", "یوسفزئی",
    "مینگل", "خٹک", "محسود", "بنگش", "اعوان", "رند",
)

KILL_VERBS = ("ہلاک", "جاں بحق", "شہید", "قتل")
DIED = ("جاں بحق ہو گئے", "ہلاک ہو گئے", "شہید ہو گئے", "مارے گئے", "لقمہ اجل بن گئے")
INJURED = ("زخمی ہو گئے", "شدید زخمی ہوئے", "معمولی زخمی ہوئے")
TARGET_SITES = (
    "پولیس چوکی", "ایف سی کے قافلے", "بازار", "مسجد", "امام بارگاہ", "عدالت کے احاطے",
    "بس اڈے", "سکول", "چیک پوسٹ", "سرکاری دفتر", "جلسہ گاہ", "ہسپتال کے گیٹ",
)
VEHICLES = ("گاڑی", "موٹر سائیکل", "مسافر وین", "پولیس موبائل", "ٹریکٹر ٹرالی", "رکشہ")

WEEKDAYS = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
DAY_PARTS = ("صبح", "دوپہر", "سہ پہر", "شام", "رات")
MONTHS = (
    "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون",
    "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر",
)
HIJRI_MONTHS = ("محرم", "صفر", "ربیع الاول", "رجب", "شعبان", "رمضان", "شوال", "ذوالحجہ")

#: Urdu number words for the values a report most often spells out.
NUMBER_WORDS: dict[int, str] = {
    1: "ایک", 2: "دو", 3: "تین", 4: "چار", 5: "پانچ", 6: "چھ", 7: "سات", 8: "آٹھ", 9: "نو",
    10: "دس", 11: "گیارہ", 12: "بارہ", 13: "تیرہ", 14: "چودہ", 15: "پندرہ", 16: "سولہ",
    17: "سترہ", 18: "اٹھارہ", 19: "انیس", 20: "بیس", 21: "اکیس", 22: "بائیس", 23: "تئیس",
    24: "چوبیس", 25: "پچیس", 26: "چھبیس", 27: "ستائیس", 28: "اٹھائیس", 29: "انتیس", 30: "تیس",
    35: "پینتیس", 40: "چالیس", 45: "پینتالیس", 50: "پچاس", 60: "ساٹھ", 70: "ستر", 80: "اسی",
    90: "نوے", 100: "سو",
}
VAGUE_COUNTS = ("متعدد", "کئی", "درجنوں", "بیسیوں")
QUALIFIERS = ("", "", "", "کم از کم ", "تقریباً ", "لگ بھگ ", "کم و بیش ")

EXTENDED_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")  # Urdu (Extended Arabic-Indic)
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")  # Arabic-Indic

# --------------------------------------------------------------------------- templates

LEADS_VIOLENT = (
    "{place} کے علاقے {area} میں {when} {attackers} نے {vehicle} پر فائرنگ کر کے {n} {victims} کو {kill} کر دیا جبکہ {m} افراد زخمی ہو گئے۔",
    "{place} میں {when} سڑک کنارے نصب بم کے دھماکے میں {n} {victims} {died}۔",
    "{province} کے ضلع {district} میں {when} {site} کے قریب خودکش دھماکے کے نتیجے میں {n} افراد {died} اور {m} {injured}۔",
    "{forces} نے {district} میں خفیہ اطلاعات پر آپریشن کرتے ہوئے {n} دہشت گردوں کو ہلاک کر دیا، فائرنگ کے تبادلے میں {m} اہلکار بھی زخمی ہوئے۔",
    "{place} سے {attackers} نے {when} {n} {victims} کو اغوا کر لیا اور نامعلوم مقام پر لے گئے۔",
    "{district} میں دو قبائل کے درمیان زمین کے جھگڑے پر مسلح تصادم میں {n} افراد {died}۔",
    "لائن آف کنٹرول پر {district} سیکٹر میں بلااشتعال گولہ باری سے {n} شہری {died} اور {m} {injured}۔",
    "{district} میں ایک مکان پر ڈرون حملے میں {n} مشتبہ عسکریت پسند مارے گئے۔",
    "{place} میں {site} پر دستی بم سے حملہ کیا گیا، تاہم کوئی جانی نقصان نہیں ہوا۔",
    "{forces} نے {place} میں کارروائی کر کے {n} مشتبہ افراد کو گرفتار کر لیا اور ان کے قبضے سے اسلحہ اور دھماکا خیز مواد برآمد کر لیا۔",
    "بم ڈسپوزل اسکواڈ نے {place} میں {site} کے قریب نصب {n} کلو وزنی بم ناکارہ بنا دیا۔",
    "{place} میں {group} کے کارکنوں نے {when} {site} پر راکٹ داغے جس سے {n} {victims} {died}۔",
    "{place} میں ٹارگٹ کلنگ کے واقعے میں {name} نامی {victim} کو گولیاں مار کر قتل کر دیا گیا۔",
    "{district} میں {when} سیکیورٹی فورسز کے قافلے پر گھات لگا کر کیے گئے حملے میں {n} اہلکار {died}۔",
)

LEADS_PROTEST = (
    "{place} میں تاجروں نے بجلی کی لوڈ شیڈنگ کے خلاف احتجاجی مظاہرہ کیا اور {area} کو ٹریفک کے لیے بند کر دیا۔",
    "{place} میں {when} مشتعل ہجوم نے تھانے پر دھاوا بول دیا اور پتھراؤ کیا جس سے {n} اہلکار {injured}۔",
    "{place} میں اساتذہ کے دھرنے پر پولیس نے آنسو گیس کے شیل پھینکے اور لاٹھی چارج کیا، {n} مظاہرین کو حراست میں لے لیا گیا۔",
    "{place} میں لاپتہ افراد کے لواحقین نے {site} کے سامنے پرامن احتجاجی کیمپ لگایا۔",
)

DETAILS = (
    "زخمیوں کو قریبی ہسپتال منتقل کر دیا گیا جہاں {m} کی حالت تشویشناک بتائی جاتی ہے۔",
    "واقعے کے بعد {forces} نے علاقے کا محاصرہ کر کے تلاشی شروع کر دی۔",
    "جاں بحق ہونے والوں کی شناخت {name} اور {name2} کے نام سے ہوئی ہے۔",
    "حملہ آور واردات کے بعد موقع سے فرار ہو گئے۔",
    "دھماکے کی آواز دور دور تک سنی گئی اور قریبی عمارتوں کے شیشے ٹوٹ گئے۔",
    "پولیس نے جائے وقوعہ سے {n} خول قبضے میں لے لیے۔",
    "ہلاک ہونے والوں میں {n} خواتین اور {m} بچے بھی شامل ہیں۔",
    "ریسکیو ٹیموں نے موقع پر پہنچ کر امدادی کارروائیاں شروع کر دیں۔",
    "علاقے میں خوف و ہراس پھیل گیا اور بازار بند ہو گئے۔",
    "{n} زخمیوں کو تشویشناک حالت میں {place} کے سی ایم ایچ منتقل کیا گیا۔",
    "ابتدائی تحقیقات کے مطابق دھماکے میں {n} کلو گرام بارودی مواد استعمال کیا گیا۔",
    "مقدمہ انسداد دہشت گردی ایکٹ کے تحت درج کر لیا گیا ہے۔",
)

ATTRIBUTIONS = (
    "{speaker} کے مطابق {fact}",
    "{speaker} نے بتایا کہ {fact}",
    "{speaker} کا کہنا ہے کہ {fact}",
    "{speaker} نے صحافیوں سے گفتگو کرتے ہوئے کہا کہ {fact}",
    "ذرائع کا کہنا ہے کہ {fact}",
    "{speaker} نے ایک بیان میں دعویٰ کیا کہ {fact}",
    "{speaker} نے نام ظاہر نہ کرنے کی شرط پر بتایا کہ {fact}",
)
FACTS = (
    "حملے میں {n} افراد مارے گئے ہیں۔",
    "ہلاکتوں کی تعداد بڑھ سکتی ہے۔",
    "حملہ آوروں کی تعداد {n} تھی۔",
    "علاقے میں سیکیورٹی ہائی الرٹ کر دی گئی ہے۔",
    "دہشت گرد سرحد پار سے آئے تھے۔",
    "ملزمان کی گرفتاری کے لیے چھاپے مارے جا رہے ہیں۔",
    "واقعہ ذاتی دشمنی کا نتیجہ لگتا ہے۔",
    "مرنے والوں میں {n} اہلکار شامل ہیں۔",
)

CLAIMS = (
    "{group} نے حملے کی ذمہ داری قبول کی ہے۔",
    "{group} کے ترجمان نے ایک پیغام میں کہا کہ حملہ ان کی تنظیم نے کیا۔",
    "{group} نے واقعے میں ملوث ہونے کی تردید کی ہے۔",
    "تاحال کسی تنظیم نے واقعے کی ذمہ داری قبول نہیں کی۔",
    "حملے کی ذمہ داری {group} نے قبول کی ہے۔",
    "{speaker} نے الزام عائد کیا کہ حملے کے پیچھے {group} کا ہاتھ ہے۔",
    "{official} نے واقعے کی شدید مذمت کرتے ہوئے رپورٹ طلب کر لی۔",
)
REACTIONS = (
    "{official} نے واقعے میں جاں بحق ہونے والوں کے لواحقین سے دلی ہمدردی کا اظہار کرتے ہوئے کہا کہ بزدلانہ کارروائیوں سے قوم کے حوصلے پست نہیں کیے جا سکتے۔",
    "{official} نے متعلقہ حکام کو ہدایت کی کہ زخمیوں کو بہترین طبی سہولیات فراہم کی جائیں اور واقعے میں ملوث عناصر کو جلد از جلد کیفر کردار تک پہنچایا جائے۔",
    "سیاسی و سماجی رہنماؤں نے واقعے کے خلاف {when} {place} پریس کلب کے سامنے احتجاج کیا اور حکومت سے امن و امان کی صورتحال بہتر بنانے کا مطالبہ کیا۔",
    "جاں بحق اہلکاروں کی نماز جنازہ پولیس لائنز میں ادا کی گئی جس میں اعلیٰ سول و فوجی حکام نے شرکت کی، بعد ازاں میتیں آبائی علاقوں کو روانہ کر دی گئیں۔",
    "عینی شاہدین نے بتایا کہ فائرنگ کا سلسلہ تقریباً {n} منٹ تک جاری رہا اور لوگ جان بچانے کے لیے قریبی دکانوں اور گھروں میں چھپ گئے۔",
    "مقامی لوگوں کا کہنا ہے کہ علاقے میں گزشتہ کئی ماہ سے بدامنی کے واقعات ہو رہے ہیں لیکن انتظامیہ کی جانب سے کوئی ٹھوس اقدامات نہیں کیے گئے۔",
    "حکام نے شہر کے داخلی اور خارجی راستوں پر ناکے لگا دیے ہیں اور مشکوک افراد کی تلاش کے لیے گھر گھر تلاشی لی جا رہی ہے۔",
)
OFFICIALS = ("وزیر اعظم", "وزیر اعلیٰ", "گورنر", "صدر مملکت", "آرمی چیف", "انسپکٹر جنرل پولیس")

BACKGROUND = (
    "یاد رہے کہ {ago} بھی اسی علاقے میں ایک حملے میں {n} افراد مارے گئے تھے۔",
    "واضح رہے کہ {province} میں {ago} سے دہشت گردی کے واقعات میں اضافہ ہوا ہے۔",
    "اس سے قبل {date} کو {place} میں ایسے ہی ایک دھماکے میں {n} اہلکار شہید ہوئے تھے۔",
    "رواں سال اب تک صوبے میں {n} سے زائد حملے ہو چکے ہیں۔",
)
SECOND_INCIDENT = (
    "دوسری جانب {place} میں {attackers} نے فائرنگ کر کے {n} {victims} کو {kill} کر دیا۔",
    "ادھر {district} میں بارودی سرنگ کے دھماکے میں {n} بچے {injured}۔",
    "ایک اور واقعے میں {place} میں پولیس مقابلے کے دوران {n} ڈاکو مارے گئے۔",
)

NON_VIOLENT = (
    (
        "محکمہ موسمیات نے {when} سے {province} کے بیشتر علاقوں میں بارش کی پیش گوئی کی ہے۔",
        "{place} میں درجہ حرارت {n} ڈگری سینٹی گریڈ تک گر سکتا ہے۔",
        "شہریوں کو غیر ضروری سفر سے گریز کرنے کی ہدایت کی گئی ہے۔",
        "پہاڑی علاقوں میں برفباری کے باعث {n} رابطہ سڑکیں بند ہو گئیں۔",
    ),
    (
        "قومی کرکٹ ٹیم نے {place} میں کھیلے گئے میچ میں مہمان ٹیم کو {n} رنز سے شکست دے دی۔",
        "کپتان نے کہا کہ بولنگ اٹیک نے شاندار کارکردگی دکھائی اور حریف بیٹنگ لائن کو تباہ کر دیا۔",
        "سیریز کا اگلا میچ {date} کو کھیلا جائے گا۔",
        "اوپنر نے {m} چوکوں کی مدد سے سنچری مکمل کی۔",
    ),
    (
        "اسٹیٹ بینک نے شرح سود {n} فیصد پر برقرار رکھنے کا اعلان کیا ہے۔",
        "ماہرین کے مطابق مہنگائی کی شرح میں کمی متوقع ہے۔",
        "اوپن مارکیٹ میں ڈالر {m} روپے کا ہو گیا۔",
        "وزیر خزانہ نے کہا کہ معیشت درست سمت میں گامزن ہے۔",
    ),
    (
        "{place} میں ٹریفک حادثے میں {n} افراد جاں بحق اور {m} زخمی ہو گئے۔",
        "ریسکیو حکام کے مطابق تیز رفتار بس الٹ کر کھائی میں جا گری۔",
        "زخمیوں کو ضلعی ہیڈ کوارٹر ہسپتال پہنچا دیا گیا۔",
    ),
    (
        "{place} کی ایک فیکٹری میں آتشزدگی سے لاکھوں روپے کا سامان جل کر خاکستر ہو گیا۔",
        "فائر بریگیڈ کی {n} گاڑیوں نے کئی گھنٹوں کی جدوجہد کے بعد آگ پر قابو پایا۔",
        "ابتدائی اندازے کے مطابق آگ شارٹ سرکٹ کے باعث لگی۔",
    ),
    (
        "صوبائی حکومت نے {place} میں انسداد پولیو مہم کا آغاز کر دیا۔",
        "مہم کے دوران {n} لاکھ بچوں کو قطرے پلائے جائیں گے۔",
        "محکمہ صحت کے مطابق ڈینگی کے {m} نئے کیسز رپورٹ ہوئے ہیں۔",
    ),
    (
        "قومی اسمبلی کا اجلاس {when} سپیکر کی زیر صدارت ہوا۔",
        "اپوزیشن نے حکومت پر سخت تنقید کرتے ہوئے ایوان سے واک آؤٹ کیا۔",
        "وزیر اطلاعات نے کہا کہ اپوزیشن کا سیاسی حملہ ناکام ہو گیا ہے۔",
        "ایوان نے {n} بلوں کی منظوری دے دی۔",
    ),
    (
        "تعلیمی بورڈ نے میٹرک کے نتائج کا اعلان کر دیا، کامیابی کا تناسب {n} فیصد رہا۔",
        "{name} نے {m} نمبر لے کر پہلی پوزیشن حاصل کی۔",
        "وزیر تعلیم نے کامیاب طلبہ کو مبارکباد دی۔",
    ),
)

HEADLINES_VIOLENT = (
    "{place} میں دھماکا، {n} افراد جاں بحق",
    "{district}: فائرنگ سے {n} اہلکار شہید",
    "{province} میں دہشت گردی کی نئی لہر",
    "{place}: سیکیورٹی فورسز کی کارروائی، {n} شدت پسند ہلاک",
    "{place} میں مسلح حملہ",
)
HEADLINES_OTHER = (
    "{place}: موسم سرد، بارش کا امکان",
    "قومی ٹیم کی شاندار فتح",
    "شرح سود میں کوئی تبدیلی نہیں",
    "{place} میں ٹریفک حادثہ",
    "پولیو مہم کا آغاز",
)

DEBRIS = (
    "مزید پڑھیں: {headline}",
    "یہ بھی پڑھیں",
    "اشتہار",
    "Advertisement",
    "شیئر کریں: فیس بک | ٹوئٹر | واٹس ایپ",
    "تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل جوائن کریں",
    "© {year} جملہ حقوق محفوظ ہیں",
    "اپ ڈیٹ: {hh}:{mm} PM",
    "https://news.example/urdu/{year}/{slug}",
    "ٹیگز: دہشت گردی، {province}، پولیس",
    "Loading...",
    "رپورٹ: {name}",
    "ویڈیو دیکھیں ▶",
)
DATELINES = ("{place}:", "{place} (نامہ نگار) —", "{place} (ویب ڈیسک)", "{place} (اے پی پی)", "")

# Spelling variants a scraper meets: Arabic letter forms, tatweel, diacritics, ZWNJ.
NOISE_SWAPS = (("ی", "ي"), ("ک", "ك"), ("ہ", "ه"), ("ۃ", "ة"))
DIACRITICS = ("\u064e", "\u064f", "\u0650", "\u0651")
ZWNJ = "\u200c"
TATWEEL = "\u0640"

# fmt: on
# --------------------------------------------------------------------------- rendering


def _digits(rng: random.Random, value: int) -> str:
    s = str(value)
    style = rng.random()
    if style < 0.45:
        return s
    if style < 0.7:
        return s.translate(EXTENDED_DIGITS)
    if style < 0.78:
        return s.translate(ARABIC_DIGITS)
    if style < 0.82 and value >= 1000:
        return f"{value:,}"
    return s


def _count(rng: random.Random, *, low: int = 1, high: int = 30, vague: float = 0.08) -> str:
    """A count as a reader meets it: digits of any set, a word, or a vague quantifier."""
    if rng.random() < vague:
        return rng.choice(VAGUE_COUNTS)
    value = rng.randint(low, high)
    qualifier = rng.choice(QUALIFIERS)
    if value in NUMBER_WORDS and rng.random() < 0.4:
        return qualifier + NUMBER_WORDS[value]
    return qualifier + _digits(rng, value)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _date_text(rng: random.Random, published: dt.date) -> str:
    day = published - dt.timedelta(days=rng.randint(0, 400))
    style = rng.randrange(4)
    if style == 0:
        return f"{_digits(rng, day.day)} {MONTHS[day.month - 1]} {_digits(rng, day.year)}"
    if style == 1:
        return f"{_digits(rng, day.day)} {MONTHS[day.month - 1]}"
    if style == 2:
        return f"{day.day:02d}/{day.month:02d}/{day.year}".translate(
            EXTENDED_DIGITS if rng.random() < 0.5 else {}
        )
    return f"{_digits(rng, rng.randint(1, 29))} {rng.choice(HIJRI_MONTHS)} {_digits(rng, rng.randint(1440, 1447))} ہجری"


def _when(rng: random.Random, published: dt.date) -> str:
    style = rng.randrange(6)
    if style == 0:
        return f"{rng.choice(WEEKDAYS)} کی {rng.choice(DAY_PARTS)}"
    if style == 1:
        return rng.choice(("گزشتہ روز", "آج", "گزشتہ رات", "آج صبح", "پرسوں"))
    if style == 2:
        return f"{_date_text(rng, published)} کو"
    if style == 3:
        return f"{rng.choice(WEEKDAYS)} کے روز"
    if style == 4:
        return f"گزشتہ {rng.choice(('ہفتے', 'ماہ', 'اتوار', 'جمعے'))}"
    return ""


def _ago(rng: random.Random) -> str:
    return rng.choice(("گزشتہ ماہ", "پچھلے سال", "دو ہفتے قبل", "چند روز پہلے", "گزشتہ برس"))


class _Slots(dict[str, str]):
    """Fills template slots lazily, so every slot draws fresh words."""

    def __init__(self, rng: random.Random, published: dt.date) -> None:
        super().__init__()
        self.rng = rng
        self.published = published
        self.place, self.district, self.province = rng.choice(PLACES)
        self.makers: dict[str, Callable[[], str]] = {
            "place": lambda: self.place,
            "district": lambda: self.district,
            "province": lambda: self.province,
            "area": lambda: rng.choice(AREAS),
            "when": lambda: _when(rng, published),
            "date": lambda: _date_text(rng, published),
            "ago": lambda: _ago(rng),
            "attackers": lambda: rng.choice(ATTACKERS),
            "victims": lambda: rng.choice(VICTIMS),
            "victim": lambda: rng.choice(("پولیس اہلکار", "تاجر", "وکیل", "صحافی", "سماجی کارکن")),
            "forces": lambda: rng.choice(FORCES),
            "group": lambda: rng.choice(GROUPS),
            "speaker": lambda: rng.choice(SPEAKERS) if rng.random() < 0.7 else f"ایس ایس پی {_name(rng)}",
            "official": lambda: rng.choice(OFFICIALS),
            "vehicle": lambda: rng.choice(VEHICLES),
            "site": lambda: rng.choice(TARGET_SITES),
            "kill": lambda: rng.choice(KILL_VERBS),
            "died": lambda: rng.choice(DIED),
            "injured": lambda: rng.choice(INJURED),
            "n": lambda: _count(rng),
            "m": lambda: _count(rng, low=1, high=60),
            "name": lambda: _name(rng),
            "name2": lambda: _name(rng),
            "year": lambda: str(published.year),
            "hh": lambda: f"{rng.randint(1, 12):02d}",
            "mm": lambda: f"{rng.randint(0, 59):02d}",
            "slug": lambda: f"{rng.getrandbits(40):x}",
            "headline": lambda: self.fill(rng.choice(HEADLINES_VIOLENT + HEADLINES_OTHER)),
            "fact": lambda: self.fill(rng.choice(FACTS)),
        }

    def __missing__(self, key: str) -> str:
        return self.makers[key]()

    def fill(self, template: str) -> str:
        return " ".join(template.format_map(self).split())

    def move(self) -> None:
        """Switch to another place (for a second incident or a roundup)."""
        self.place, self.district, self.province = self.rng.choice(PLACES)


def _noisy(rng: random.Random, text: str) -> str:
    """Sprinkle the spelling variants scraped pages carry."""
    chars = list(text)
    for i, ch in enumerate(chars):
        r = rng.random()
        if r < 0.03:
            for plain, variant in NOISE_SWAPS:
                if ch == plain:
                    chars[i] = variant
        elif r < 0.034 and "\u0621" <= ch <= "\u06d3":
            chars[i] = ch + rng.choice(DIACRITICS)
        elif r < 0.036 and ch == " ":
            chars[i] = rng.choice(("  ", "\u00a0", " " + ZWNJ))
        elif r < 0.037 and "\u0621" <= ch <= "\u06d3":
            chars[i] = ch + TATWEEL
    return "".join(chars)


def _violent(rng: random.Random, s: _Slots) -> list[str]:
    lead = rng.choice(LEADS_VIOLENT if rng.random() < 0.85 else LEADS_PROTEST)
    paras = [s.fill(lead)]
    for template in rng.sample(DETAILS, rng.randint(2, 5)):
        paras.append(s.fill(template))
    for _ in range(rng.randint(1, 3)):
        paras.append(s.fill(rng.choice(ATTRIBUTIONS)))
    for template in rng.sample(REACTIONS, rng.randint(0, 3)):
        paras.append(s.fill(template))
    if rng.random() < 0.6:
        paras.append(s.fill(rng.choice(CLAIMS)))
    if rng.random() < 0.3:
        s.move()
        paras.append(s.fill(rng.choice(SECOND_INCIDENT)))
    if rng.random() < 0.5:
        paras.append(s.fill(rng.choice(BACKGROUND)))
    return paras


def _other(rng: random.Random, s: _Slots) -> list[str]:
    story = rng.choice(NON_VIOLENT)
    paras = [s.fill(t) for t in story[: rng.randint(2, len(story))]]
    if rng.random() < 0.5:
        paras += [s.fill(t) for t in rng.choice(NON_VIOLENT)[1:]]
    return paras


def _article(rng: random.Random, published: dt.date, kind: str) -> str:
    s = _Slots(rng, published)
    dateline = s.fill(rng.choice(DATELINES))
    if kind == "violent":
        headline = s.fill(rng.choice(HEADLINES_VIOLENT))
        body = _violent(rng, s)
    elif kind == "other":
        headline = s.fill(rng.choice(HEADLINES_OTHER))
        body = _other(rng, s)
    else:  # a roundup: several short stories, violent and not
        body = []
        for _ in range(rng.randint(2, 4)):
            s.move()
            body += _violent(rng, s)[:3] if rng.random() < 0.5 else _other(rng, s)
        headline = "ملک بھر سے اہم خبریں"
        dateline = ""
    body[0] = f"{dateline} {body[0]}" if dateline else body[0]
    # Sentences go into paragraphs of one to three; debris lands between them.
    lines: list[str] = [headline] if rng.random() < 0.7 else []
    if rng.random() < 0.3:
        lines.append(s.fill(rng.choice(DEBRIS)))
    i = 0
    while i < len(body):
        size = rng.randint(1, 3)
        lines.append(" ".join(body[i : i + size]))
        i += size
        if rng.random() < 0.15:
            lines.append(s.fill(rng.choice(DEBRIS)))
    for _ in range(rng.randint(0, 3)):
        lines.append(s.fill(rng.choice(DEBRIS)))
    text = "\n".join(lines)
    return _noisy(rng, text) if rng.random() < 0.25 else text


def generate(n: int, *, seed: int = 0, example: bool = True) -> Iterator[dict[str, Any]]:
    """Yield ``n`` records ``{"id", "text", "published", "kind"}``, lazily.

    Args:
        n: How many records.
        seed: The random seed; the same ``(n, seed)`` gives the same records.
        example: Whether the first record is ``examples/article.txt``.

    Yields:
        Records with distinct texts, in a fixed order.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    rng = random.Random(seed)
    seen: set[bytes] = set()
    start = dt.date(2016, 1, 1).toordinal()
    produced = 0
    if example and n > 0 and EXAMPLE_ARTICLE.exists():
        text = EXAMPLE_ARTICLE.read_text(encoding="utf-8").strip()
        seen.add(hashlib.blake2b(text.encode(), digest_size=12).digest())
        yield {"id": "example-article", "text": text, "published": None, "kind": "example"}
        produced = 1
    while produced < n:
        published = dt.date.fromordinal(start + rng.randrange(3650))
        r = rng.random()
        kind = "violent" if r < 0.6 else "other" if r < 0.9 else "roundup"
        text = _article(rng, published, kind)
        digest = hashlib.blake2b(text.encode(), digest_size=12).digest()
        if digest in seen:
            continue
        seen.add(digest)
        yield {
            "id": f"synth-{seed}-{produced:06d}",
            "text": text,
            "published": published.isoformat() if rng.random() < 0.9 else None,
            "kind": kind,
        }
        produced += 1


def texts(n: int, *, seed: int = 0) -> list[str]:
    """The texts of :func:`generate`'s first ``n`` records, as a list."""
    return [r["text"] for r in generate(n, seed=seed)]


def write_jsonl(out: TextIO, n: int, *, seed: int = 0) -> int:
    """Stream ``n`` records to ``out`` as JSON Lines; return the UTF-8 bytes written."""
    size = 0
    for record in generate(n, seed=seed):
        line = json.dumps(record, ensure_ascii=False) + "\n"
        out.write(line)
        size += len(line.encode("utf-8"))
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of records (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", help="write JSON Lines here instead of stdout")
    args = parser.parse_args(argv)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
            size = write_jsonl(fh, args.n, seed=args.seed)
    else:
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False)  # noqa: SIM115
        size = write_jsonl(out, args.n, seed=args.seed)
        out.flush()
    print(f"corpus: {args.n} records, {size / 1e6:.2f} MB (seed {args.seed})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
