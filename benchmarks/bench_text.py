"""Throughput of the text layer against urduhack-lite's ``normalize`` alone.

Builds a corpus of Urdu news-like text from templates written for this benchmark
(places, actors, numbers, dates, with the debris real pages carry: diacritics,
zero-width characters, Arabic letter forms, Urdu digits, ``\\r\\n``, typographic
quotes), then times, in the same run and on the same text:

* urduhack-lite's ``normalize`` alone (the baseline), and
* ``urdu_events.text.normalize`` + ``split_sentences`` (what ``analyze`` does),
* and, for information, ``find_numbers`` and ``find_dates`` on top.

Run with ``PYTHONPATH=src python benchmarks/bench_text.py [--size-mb 5] [--repeat 5]``.
The issue's target is a ratio of at most 3.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections.abc import Callable

from urduhack_lite import normalize as urduhack_normalize

from urdu_events.text import find_dates, find_numbers, normalize, split_sentences

PLACES = ["پشاور", "کوئٹہ", "کراچی", "لاہور", "بنوں", "ڈیرہ اسماعیل خان", "خیبر", "مردان", "تربت", "گلگت"]
ACTORS = ["نامعلوم مسلح افراد", "شدت پسندوں", "حملہ آوروں", "موٹر سائیکل سواروں", "ایک گروہ"]
TARGETS = ["پولیس چوکی", "سکیورٹی فورسز کے قافلے", "ایک مسجد", "بازار", "سرکاری دفتر", "اسکول"]
VICTIMS = ["اہلکار", "شہری", "راہگیر", "مزدور", "طالب علم"]
WHEN = ["گزشتہ روز", "جمعرات کی رات", "آج صبح", "16 جولائی کو", "گزشتہ شب", "اتوار کو", "رواں ماہ"]
COUNTS = ["3", "۱۲", "کم از کم پانچ", "دس سے زائد", "درجنوں", "دو سو پچاس", "٧", "تقریباً بیس"]
SOURCES = ["پولیس کے مطابق", "ذرائع نے بتایا کہ", "ترجمان کا کہنا تھا کہ", "عینی شاہدین کے مطابق"]
TEMPLATES = [
    "{place}: {when} {actor} نے {target} پر حملہ کیا جس کے نتیجے میں {count} {victim} ہلاک ہو گئے۔",
    "{source} {count} {victim} زخمی ہوئے جنہیں قریبی ہسپتال منتقل کر دیا گیا۔",
    "“ہم اس بزدلانہ کارروائی کی مذمت کرتے ہیں” ڈی۔ آئی۔ جی نے کہا۔",
    "{when} {place} میں سرچ آپریشن کے دوران {count} مشتبہ افراد کو گرفتار کیا گیا۔",
    "واقعے کی ذمہ داری تاحال کسی نے قبول نہیں کی؟ {source} تحقیقات جاری ہیں۔",
    "شہر کی فضا سوگوار رہی اور بازار بند رہے، جبکہ سڑکوں پر ٹریفک معمول سے کم تھا۔",
]
DEBRIS = ["", "", "", "\u200c", "\u200f", "ِ", "َ", "ـ"]


def corpus(size: int, seed: int = 7) -> str:
    """About ``size`` characters of generated news-like text."""
    rng = random.Random(seed)
    parts: list[str] = []
    n = 0
    while n < size:
        sentence = rng.choice(TEMPLATES).format(
            place=rng.choice(PLACES),
            when=rng.choice(WHEN),
            actor=rng.choice(ACTORS),
            target=rng.choice(TARGETS),
            victim=rng.choice(VICTIMS),
            count=rng.choice(COUNTS),
            source=rng.choice(SOURCES),
        )
        if rng.random() < 0.3:  # Arabic letter forms and stray marks, as pasted text has
            sentence = sentence.replace("ی", "ي", 1).replace("ک", "ك", 1)
            i = rng.randrange(len(sentence))
            sentence = sentence[:i] + rng.choice(DEBRIS) + sentence[i:]
        parts.append(sentence)
        parts.append(rng.choice([" ", " ", "  ", "\r\n", "\n\n"]))
        n += len(sentence) + 1
    return "".join(parts)


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds of one call (CPU time, so that other processes on the machine matter less)."""
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` timed runs, in CPU seconds."""
    return min(timed(fn) for _ in range(repeat))


def paired(
    repeat: int, baseline: Callable[[], object], candidate: Callable[[], object]
) -> list[tuple[float, float]]:
    """Time ``baseline`` and ``candidate`` alternately, so that both see the same machine load."""
    return [(timed(baseline), timed(candidate)) for _ in range(repeat)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=2.0, help="corpus size in millions of characters")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per measurement")
    args = parser.parse_args()

    text = corpus(int(args.size_mb * 1_000_000))
    mchars = len(text) / 1e6
    published = dt.date(2024, 7, 20)

    def ours() -> None:
        split_sentences(normalize(text))

    nt = normalize(text)
    pairs = paired(args.repeat, lambda: urduhack_normalize(text), ours)
    baseline = min(b for b, _ in pairs)
    layer = min(c for _, c in pairs)
    ratios = sorted(c / b for b, c in pairs)
    numbers = best_of(args.repeat, lambda: find_numbers(nt))
    dates = best_of(args.repeat, lambda: find_dates(nt, published))

    print(f"corpus: {len(text):,} characters, {len(split_sentences(nt)):,} sentences")
    print(f"urduhack-lite normalize:           {baseline:7.3f} s  {mchars / baseline:6.1f} M chars/s")
    print(f"normalize + split_sentences:       {layer:7.3f} s  {mchars / layer:6.1f} M chars/s")
    print(f"ratio of best times (target <= 3): {layer / baseline:7.2f}")
    print(f"median ratio of paired runs:       {ratios[len(ratios) // 2]:7.2f}")
    print(f"find_numbers (on normalized text): {numbers:7.3f} s  {mchars / numbers:6.1f} M chars/s")
    print(f"find_dates (on normalized text):   {dates:7.3f} s  {mchars / dates:6.1f} M chars/s")


if __name__ == "__main__":
    main()
