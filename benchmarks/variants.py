#!/usr/bin/env python3
"""How much the reading depends on an outlet's orthography: one spelling habit at a time.

Urdu sites and years differ in how they write the same words: "گئے" or "گۓ",
"بھی" or "بہی", "۔" or ".", no-break spaces, decomposed hamza. For a gold JSONL
file, this script rewrites every record's ``text`` with one habit at a time
(same article, same gold), reads it with ``urdu_events``, scores it with the
evaluation's ``score.py`` and prints the headline F1 (and each field's F1) per
habit, beside the unchanged text::

    python benchmarks/variants.py ../shared/eval/dev.jsonl
    python benchmarks/variants.py ../shared/eval/dev.jsonl --half even --habits latin-full-stop nbsp
    python benchmarks/variants.py GOLD.jsonl --write latin-full-stop /tmp/gold-dots.jsonl

The scorer checks every predicted span against the text it was given, so each
rewritten text replaces the record's ``text`` before scoring: spans must point at
the variant's own characters. Every habit is a deterministic function of the
text (:data:`HABITS`); a habit that finds nothing to rewrite in a record leaves it
as it is. Nothing is written but the table (and the ``--write`` file).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
from ablation import load_scorer  # noqa: E402  (the one scorer loader, shared with the ablation table)

from urdu_events._checks import URDU_LETTER_RANGES  # noqa: E402

DEFAULT_GOLD = HERE.parent.parent / "shared" / "eval" / "dev.jsonl"
FIELDS = (
    "incidents",
    "sub_event_type",
    "date",
    "locations",
    "killed",
    "injured",
    "perpetrators",
    "targets",
    "weapons",
    "claims",
)

#: An Urdu letter (the Arabic block's letters and Urdu additions, no digits or marks).
_LETTER = URDU_LETTER_RANGES
_HAMZA = "\u0654"


class Habit(NamedTuple):
    """A spelling habit of some outlet: its name, what it does, and the rewrite."""

    name: str
    doc: str
    rewrite: Callable[[str], str]


def _sub(pattern: str, repl: str) -> Callable[[str], str]:
    """A rewrite that replaces every match of ``pattern`` by ``repl``."""
    rx = re.compile(pattern)
    return lambda text: rx.sub(repl, text)


def _chain(*rewrites: Callable[[str], str]) -> Callable[[str], str]:
    """The rewrites one after another."""

    def run(text: str) -> str:
        for rewrite in rewrites:
            text = rewrite(text)
        return text

    return run


#: The habits, each one a realistic transformation seen on Urdu news sites.
HABITS: tuple[Habit, ...] = (
    Habit("ye-hamza-ligature", '"ئے" written as one letter "ۓ" (گۓ، ہوۓ، لیۓ)', _sub("ئے", "ۓ")),
    Habit(
        "nfd",
        'written with "ۓ" and stored in Unicode\'s decomposed form (NFD): ۓ ئ آ ۂ ؤ as a letter and a '
        "combining hamza or madda",
        lambda t: unicodedata.normalize("NFD", t.replace("ئے", "ۓ")),
    ),
    Habit(
        "hamza-combining",
        '"ئ" written "ی" + combining hamza U+0654 (typed with a keyboard that has no ئ)',
        _sub("ئ", "ی" + _HAMZA),
    ),
    Habit(
        "final-hamza-yeh",
        'word-final "ئی" written "ئ" (ہوئ، گئ، کارروائ)',
        _sub(f"ئی(?![{_LETTER}])", "ئ"),
    ),
    Habit(
        "heh-goal-aspirate",
        'aspirates written with heh goal "ہ" for do-chashmi "ھ" (بہی، کہا for کھا, تہے)',
        _sub("ھ", "ہ"),
    ),
    Habit(
        "heh-doachashmee-initial",
        'a word-initial "ہ" written with do-chashmi "ھ", as Arabic-script keyboards give it (ھے، ھو، ھلاک)',
        _sub(f"(?<![{_LETTER}])ہ(?=[{_LETTER}])", "ھ"),
    ),
    Habit("latin-full-stop", '"۔" written as the Latin full stop "."', _sub("۔", ".")),
    Habit("latin-comma", '"،" written as the Latin comma ","', _sub("،", ",")),
    Habit(
        "latin-question",
        '"؟" and "؛" written as the Latin "?" and ";"',
        _chain(_sub("؟", "?"), _sub("؛", ";")),
    ),
    Habit(
        "latin-quotes",
        "curly and guillemet quotes written as the Latin '\"'",
        _sub("[‘’“”«»]", '"'),
    ),
    Habit("nbsp", "every space written as a no-break space U+00A0", _sub(" ", "\xa0")),
    Habit("crlf", "line breaks written CR LF", _sub("\n", "\r\n")),
    Habit(
        "space-before-stop",
        'a space before "۔" and "،" (ہو گئے ۔)',
        _sub(f"(?<=[{_LETTER}])([۔،])", r" \1"),
    ),
    Habit(
        "no-space-after-stop",
        'no space after "۔" and "،" inside a paragraph (ہو گئے۔پولیس)',
        _sub(f"([۔،]) (?=[{_LETTER}])", r"\1"),
    ),
    Habit("arabic-yeh-kaf", 'Arabic "ي" and "ك" for "ی" and "ک"', _chain(_sub("ی", "ي"), _sub("ک", "ك"))),
    Habit("arabic-heh", 'Arabic "ه" for heh goal "ہ"', _sub("ہ", "ه")),
    Habit("sindhi-kaf", 'the Sindhi "ڪ" for "ک", as a Sindhi keyboard gives it', _sub("ک", "ڪ")),
    Habit("pashto-gaf", 'the Pashto "ګ" for "گ", as a Pashto keyboard gives it', _sub("گ", "ګ")),
    Habit(
        "final-ye-as-yeh",
        'barree yeh "ے" written "ی" throughout, on a keyboard without it (سی، نی کہا، کی مطابق; Arabic "ي" '
        "reads the same)",
        _sub("ے", "ی"),
    ),
    Habit(
        "noon-ghunna-as-noon",
        'noon ghunna "ں" written "ن" throughout, on a keyboard without it (مین، ہین، لوگون)',
        _sub("ں", "ن"),
    ),
    Habit(
        "heh-hamza",
        'izafat "ۂ" written with the Persian "ۀ"',
        _chain(_sub("ۂ", "ۀ")),
    ),
    Habit("madda-decomposed", '"آ" written "ا" + combining madda U+0653', _sub("آ", "ا\u0653")),
    Habit(
        "waw-hamza",
        '"ؤ" written "و" + combining hamza U+0654 (جاؤ، پاؤں)',
        _sub("ؤ", "و" + _HAMZA),
    ),
    Habit(
        "waw-hamza-old",
        '"ؤ" written in the older house spelling "ئو" (جنگجوئوں، گائوں، پتھرائو)',
        _sub("ؤ", "ئو"),
    ),
    Habit(
        "no-space-after-nonjoiner",
        "every fourth space after a word ending in a letter that does not join the next one left out "
        "(invisible on screen: اورپولیس، پرفائرنگ، افرادہلاک)",
        lambda t: _every_nth(_NONJOINER_SPACE, 4, t),
    ),
    Habit("urdu-digits", 'numbers in Urdu digits "۰–۹"', lambda t: t.translate(_URDU_DIGITS)),
    Habit("arabic-digits", 'numbers in Arabic-Indic digits "٠–٩"', lambda t: t.translate(_ARABIC_DIGITS)),
    Habit(
        "liye-hamza",
        '"لیے/دیے/کیے" written with hamza "لئے/دیئے/کئے"',
        _sub(f"(?<![{_LETTER}])(ل|د|ک)یے(?![{_LETTER}])", r"\1ئے"),
    ),
    Habit(
        "liye-plain",
        '"لئے/دیئے/دئیے/کئے" written without hamza "لیے/دیے/کیے"',
        _chain(
            _sub(f"(?<![{_LETTER}])(ل|ک)ئے(?![{_LETTER}])", r"\1یے"),
            _sub(f"(?<![{_LETTER}])د(?:یئ|ئی)ے(?![{_LETTER}])", "دیے"),
        ),
    ),
    Habit(
        "pronoun-heh-goal",
        'the pronouns "انھوں، انھیں، جنھوں، تمھارے" written with heh goal (انہوں), as most papers do',
        _sub(f"(?<![{_LETTER}])([اجکت][نم])ھ(?=[{_LETTER}])", r"\1ہ"),
    ),
    Habit(
        "pronoun-doachashmee",
        'the pronouns "انہوں، انہیں، جنہوں، تمہارے" written with do-chashmi heh (انھوں), as BBC Urdu does',
        _sub(f"(?<![{_LETTER}])([اجکت][نم])ہ(?=[{_LETTER}])", r"\1ھ"),
    ),
    Habit(
        "zwnj",
        "a zero-width non-joiner after every word-final non-joining letter",
        _sub("([دڈذرڑزژوا])(?= )", "\\1\u200c"),
    ),
    Habit(
        "kashida",
        'a tatweel inside "ہلاک" and "زخمی" (ہلـاک)',
        _chain(_sub("ہلاک", "ہلـاک"), _sub("زخمی", "زخـمی")),
    ),
    Habit(
        "bidi-marks",
        "an RLM mark after every full stop, a BOM at the start",
        lambda t: "\ufeff" + t.replace("۔", "۔\u200f"),
    ),
)

#: A space after a word that ends in a letter that does not join the next one, before a word.
_NONJOINER_SPACE = re.compile(f"(?<=[{_LETTER}][اآدڈذرڑزژو]) (?=[{_LETTER}])")


def _every_nth(pattern: re.Pattern[str], n: int, text: str) -> str:
    """``text`` with every ``n``-th match of ``pattern`` deleted."""
    count = 0

    def drop(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "" if count % n == 0 else m.group()

    return pattern.sub(drop, text)


_URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


_URDU = re.compile("[\u0600-\u06ff]")


def _rewrite_strings(value: Any, rewrite: Callable[[str], str]) -> Any:
    """``value`` with every string in Urdu script inside it rewritten."""
    if isinstance(value, str):
        return rewrite(value) if _URDU.search(value) else value
    if isinstance(value, list):
        return [_rewrite_strings(v, rewrite) for v in value]
    if isinstance(value, dict):
        return {k: _rewrite_strings(v, rewrite) for k, v in value.items()}
    return value


def rewritten(gold: Sequence[dict[str, Any]], habit: Habit | None) -> list[dict[str, Any]]:
    """Copies of the gold records written with ``habit`` (as they are for ``None``).

    The text and every Urdu string of the gold answers (names, quoted claims) are
    rewritten: an outlet that spells "فائرنگ" as "فایٔرنگ" has it so in its text and
    in the answer key written against that text alike.
    """
    if habit is None:
        return [dict(r) for r in gold]
    return [_rewrite_strings(r, habit.rewrite) for r in gold]


def predict(gold: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The Document JSON of every gold text, as the CLI writes it."""
    from urdu_events import Pipeline
    from urdu_events.pipeline import make_document
    from urdu_events.serialize.json import dumps

    pipeline = Pipeline()
    out = {}
    for record in gold:
        with warnings.catch_warnings():  # records without a publication date warn each time
            warnings.simplefilter("ignore")
            doc = pipeline(
                make_document(record["text"], published=record.get("published"), doc_id=record["id"])
            )
        out[record["id"]] = json.loads(dumps(doc))
    return out


def scores(scorer: ModuleType, gold: Sequence[dict[str, Any]]) -> list[float]:
    """Headline F1 and each field's F1 of the reading of ``gold``."""
    result = scorer.score(list(gold), predict(gold))
    return [float(result["headline_f1"])] + [float(result["metrics"][f]["f1"]) for f in FIELDS]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n", 1)[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, help="gold JSON Lines file")
    parser.add_argument("--scorer", type=Path, help="the scorer (default: score.py beside the gold file)")
    parser.add_argument("--habits", nargs="+", metavar="HABIT", help="only these habits (default: all)")
    parser.add_argument("--half", choices=("odd", "even"), help="only the odd (1st, 3rd, ...) or even lines")
    parser.add_argument("--list", action="store_true", help="list the habits and exit")
    parser.add_argument(
        "--write",
        nargs=2,
        metavar=("HABIT", "OUT"),
        help="write the gold file rewritten with HABIT to OUT and exit",
    )
    args = parser.parse_args(argv)
    by_name = {h.name: h for h in HABITS}
    if args.list:
        for h in HABITS:
            print(f"{h.name:<26}{h.doc}")
        return 0
    if not args.gold.is_file():
        parser.error(f"no gold file at {args.gold}")
    with open(args.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    if args.half:
        gold = gold[0::2] if args.half == "odd" else gold[1::2]
    if args.write:
        name, out = args.write
        if name not in by_name:
            parser.error(f"unknown habit {name}; see --list")
        with open(out, "w", encoding="utf-8") as dst:
            for r in rewritten(gold, by_name[name]):
                dst.write(json.dumps(r, ensure_ascii=False) + "\n")
        return 0
    unknown = [h for h in args.habits or () if h not in by_name]
    if unknown:
        parser.error(f"unknown habits: {', '.join(unknown)}; see --list")
    scorer_path = args.scorer or args.gold.with_name("score.py")
    if not scorer_path.is_file():
        parser.error(f"no scorer at {scorer_path}; pass --scorer")
    scorer = load_scorer(scorer_path)
    habits = [by_name[h] for h in args.habits] if args.habits else list(HABITS)
    base = scores(scorer, gold)
    print(f"{'habit':<26}{'docs':>5}{'head':>7}{'Δ':>7}" + "".join(f"{f[:5]:>7}" for f in FIELDS), flush=True)
    print(
        f"{'(as written)':<26}{len(gold):>5}{base[0]:>7.3f}{'':>7}" + "".join(f"{v:>7.3f}" for v in base[1:])
    )
    for habit in habits:
        variant = rewritten(gold, habit)
        touched = sum(1 for a, b in zip(gold, variant, strict=True) if a["text"] != b["text"])
        row = scores(scorer, variant)
        print(
            f"{habit.name:<26}{touched:>5}{row[0]:>7.3f}{row[0] - base[0]:>+7.3f}"
            + "".join(f"{v:>7.3f}" for v in row[1:]),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
