"""Run the whole pipeline on huge inputs (10 MB by default) and check the output (not part of CI).

Usage::

    python fuzz/large_inputs.py                 # every kind, 10 MB each
    python fuzz/large_inputs.py --mb 2 --kind html
    python fuzz/large_inputs.py --slope --mb 1  # CPU time at 0.1 MB and 1 MB, ratio at most 12

Each kind of text is built here, deterministically, from words and fragments
written for this script: news-like Urdu prose, one repeated trigger word, a
random mix of scripts and control characters, HTML debris, bidi controls
between every word, and digits with separators. For each text the script
checks what the fuzzer checks (no exception, no extractor failure, every span
points into the text, the JSON validates against the schema and loads back
equal) and that a second run gives the same document, then prints the time,
the characters per second and the process's peak RSS so far.

Four kinds are shapes that once took quadratic time: a repeated cue
(``cue``), adjacent actor words (``actors``), cues each opening a quote that
never closes (``quotes``) and news prose, whose many claims are each linked to
one of many incidents (``news``). ``--slope`` runs each kind at a tenth of
the size and at the full size and fails if the CPU time grows more than 12
times; CI runs the same shapes at 100k and 1M characters
(``tests/test_robustness.py::TestLinearOnLongTexts``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import resource
import sys
import time
from collections.abc import Callable

import jsonschema
from _checks import check_document

import urdu_events
from urdu_events.serialize.schema import json_schema

_PROSE = (
    "کوئٹہ میں جمعرات کی رات نامعلوم مسلح افراد کی فائرنگ سے کم از کم تین پولیس اہلکار"
    " جاں بحق اور پانچ زخمی ہو گئے۔ پولیس کے مطابق حملہ آور موٹر سائیکل پر سوار تھے۔"
    " کسی گروہ نے ذمہ داری قبول نہیں کی۔ ترجمان نے کہا کہ تحقیقات جاری ہیں۔"
)
_WORDS = tuple(_PROSE.split())


def _news(n: int, rng: random.Random) -> str:
    out: list[str] = []
    size = 0
    while size < n:
        word = rng.choice(_WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:n]


def _repeated(n: int, rng: random.Random) -> str:
    return ("فائرنگ " * (n // 7 + 1))[:n]


def _mixed(n: int, rng: random.Random) -> str:
    pools = (
        "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےۓ",
        "كيهىةۀ",  # Arabic letter forms the normalizer folds
        "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670",  # marks
        "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩",
        " \t\n\r\u00a0\u200c\u200d\ufeff",
        "abcXYZ.,;:!?()[]{}<>«»“”\"'۔؟،",
        "\u0000\u0007\u001b\u2028\u2029\u0085",
    )
    return "".join(rng.choice(rng.choice(pools)) for _ in range(n))


def _html(n: int, rng: random.Random) -> str:
    parts = ('<div class="x">', "</div>", "<p>", "</p>", "&nbsp;", "<script>var a=1;</script>")
    out: list[str] = []
    size = 0
    while size < n:
        piece = rng.choice(parts) if rng.random() < 0.3 else rng.choice(_WORDS) + " "
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


def _bidi(n: int, rng: random.Random) -> str:
    marks = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    out: list[str] = []
    size = 0
    while size < n:
        piece = rng.choice(_WORDS) + rng.choice(marks)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


def _digits(n: int, rng: random.Random) -> str:
    out: list[str] = []
    size = 0
    while size < n:
        piece = f"{rng.randrange(10**9):,} {rng.choice(('زخمی', 'ہلاک', 'سے', '۔'))} "
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


def _cue(n: int, rng: random.Random) -> str:
    return ("ترجمان نے کہا کہ " * (n // 17 + 1))[:n]


def _actors(n: int, rng: random.Random) -> str:
    return ("طالبان پولیس فوج " * (n // 17 + 1))[:n]


def _quotes(n: int, rng: random.Random) -> str:
    return ('ترجمان نے کہا کہ "' * (n // 18 + 1))[:n]


KINDS: dict[str, Callable[[int, random.Random], str]] = {
    "news": _news,
    "cue": _cue,
    "actors": _actors,
    "quotes": _quotes,
    "repeated": _repeated,
    "mixed": _mixed,
    "html": _html,
    "bidi": _bidi,
    "digits": _digits,
}


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def check(name: str, text: str) -> None:
    """Extract ``text`` twice and check the document; raise AssertionError on any fault."""
    pipeline = urdu_events.Pipeline(strict=True)
    validator = jsonschema.Draft202012Validator(json_schema())
    start = time.perf_counter()
    doc = pipeline.extract(text, published=dt.date(2024, 3, 8), doc_id=name)
    seconds = time.perf_counter() - start
    check_document(doc, validator, name)
    if pipeline.extract(text, published=dt.date(2024, 3, 8), doc_id=name) != doc:
        raise AssertionError(f"{name}: a second run gave a different document")
    print(
        f"{name:9} {len(text) / 1e6:5.1f} M chars  {seconds:7.1f} s"
        f"  {len(text) / seconds / 1e3:6.0f} k chars/s"
        f"  incidents {len(doc.incidents):6}  claims {len(doc.claims):6}"
        f"  peak RSS {_peak_rss_mb():6.0f} MB",
        flush=True,
    )


def _cpu_seconds(pipeline: urdu_events.Pipeline, text: str) -> float:
    gc.collect()
    gc.disable()  # collector pauses grow with the heap, not with the work
    try:
        start = time.process_time()
        pipeline.extract(text)
        return time.process_time() - start
    finally:
        gc.enable()


def slope(name: str, text: str) -> float:
    """CPU time on the first tenth of ``text`` and on all of it; raise AssertionError above ×12."""
    pipeline = urdu_events.Pipeline(strict=True)
    pipeline.extract(text[:1000])  # load lexicons and the gazetteer
    small = min(_cpu_seconds(pipeline, text[: len(text) // 10] + " " * k) for k in range(1, 4))
    large = _cpu_seconds(pipeline, text)
    ratio = large / max(small, 0.02)
    print(f"{name:9} {len(text) / 1e6:5.2f} M chars  {small:6.2f} s / {large:6.2f} s CPU  ratio {ratio:5.1f}")
    if ratio > 12:
        raise AssertionError(f"{name}: 10x the text took {ratio:.1f}x the CPU time")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of each text in millions of characters")
    parser.add_argument("--kind", choices=sorted(KINDS), action="append", help="run only these kinds")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--slope", action="store_true", help="check that 10x the text costs at most 12x the time"
    )
    args = parser.parse_args(argv)
    n = int(args.mb * 1_000_000)
    for name in args.kind or list(KINDS):
        text = KINDS[name](n, random.Random(args.seed))
        if args.slope:
            slope(name, text)
        else:
            check(name, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
