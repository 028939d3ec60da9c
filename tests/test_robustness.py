"""Robustness of the whole pipeline on content nobody controls.

Properties over arbitrary text: no exception, every span valid, output valid
against the JSON Schema, extraction deterministic and independent of the rest of
the batch. Complexity: each extractor's time grows linearly on adversarial input
(checked as a ratio of two input sizes, not as an absolute time).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import time
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from urdu_events import Document, Pipeline
from urdu_events.batch import extract_many
from urdu_events.models import iter_spans
from urdu_events.pipeline import make_document
from urdu_events.serialize import document_to_dict
from urdu_events.serialize.schema import json_schema
from urdu_events.testing.strategies import urdu_texts

PIPELINE = Pipeline(strict=True)
VALIDATOR = jsonschema.Draft202012Validator(json_schema())

_NEWS = (
    "کراچی: پشاور میں نامعلوم مسلح افراد کی فائرنگ سے 3 پولیس اہلکار جاں بحق ہو گئے۔ "
    "پولیس کے مطابق کم از کم چار افراد زخمی ہوئے۔ ترجمان نے کہا کہ "
    "دھماکے کی ذمہ داری کسی نے قبول نہیں کی۔ جمعرات کی رات خودکش حملہ آور نے ‘حملہ’ کیا "
)
_NEWS_WORDS = _NEWS.split(" ")

news_like = st.lists(st.sampled_from(_NEWS_WORDS), max_size=60).map(" ".join)
hostile = st.one_of(
    st.text(max_size=300),
    urdu_texts(max_size=300),
    news_like,
    st.lists(
        st.one_of(
            news_like,
            st.text(max_size=20),
            st.sampled_from(["\u202e", "\u200f", "<script>", "\r\n", "\x00", "\ud800"]),
        ),
        max_size=8,
    ).map("".join),
)


def _card_texts() -> list[str]:
    """The text of every rule card: invented copy that reaches the readers' rules."""
    found: set[str] = set()
    for path in sorted((Path(__file__).parent / "data" / "rules").glob("*.jsonl")):
        found.update(
            json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        )
    return sorted(found)


#: Articles put together from whole rule cards: rules that read across sentences (a title named
#: again later, a day told in the next sentence, a round-up's list) meet the next card's words.
card_articles = st.lists(st.sampled_from(_card_texts()), min_size=2, max_size=4, unique=True).flatmap(
    lambda texts: st.lists(
        st.sampled_from([" ", "\n", "\n\n"]), min_size=len(texts), max_size=len(texts)
    ).map(lambda cuts: "".join(t + c for t, c in zip(texts, cuts, strict=True)))
)


def _check(doc: Document) -> None:
    for span in iter_spans((doc.incidents, doc.claims)):
        assert doc.text[span.start : span.end] == span.text
    VALIDATOR.validate(document_to_dict(doc))


class TestNeverCrash:
    @settings(suppress_health_check=[HealthCheck.too_slow])
    @given(hostile, st.one_of(st.none(), st.dates()))
    def test_any_text_gives_a_valid_document(self, text: str, published: object) -> None:
        """Any text, with or without a publication date, extracts without error into a valid document."""
        doc = PIPELINE.extract(text, published=published)
        assert () == doc.failures
        _check(doc)

    @settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(card_articles, st.one_of(st.none(), st.dates()))
    def test_articles_of_rule_cards(self, text: str, published: object) -> None:
        """Several rule cards put together in one article extract without error."""
        doc = PIPELINE.extract(text, published=published)
        assert () == doc.failures
        _check(doc)

    def test_day_counted_back_from_the_first_day(self) -> None:
        """A day counted back from the incident before ("اس سے دو دن پہلے") when the publication
        date is 1 January of the year 1 has no date: the clause goes undated, the document is read
        (found by ``test_articles_of_rule_cards``: an OverflowError lost every incident)."""
        text = (
            "گوادر میں پیر کو حملے میں دو اہلکار زخمی ہو گئے۔ "
            "اس سے دو دن پہلے پسنی میں گاڑی پر فائرنگ کی گئی تھی۔"
        )
        doc = PIPELINE.extract(text, published=dt.date(1, 1, 1))
        assert () == doc.failures
        assert doc.incidents
        _check(doc)

    @given(news_like)
    def test_deterministic(self, text: str) -> None:
        """The same text always gives the same document."""
        assert PIPELINE.extract(text, doc_id="a") == PIPELINE.extract(text, doc_id="a")

    @settings(max_examples=10)
    @given(st.lists(news_like, min_size=2, max_size=5))
    def test_independent_of_the_batch(self, texts: list[str]) -> None:
        """A document's result does not depend on the other documents of its batch."""
        alone = [PIPELINE.extract(t, doc_id=str(i)) for i, t in enumerate(texts)]
        together = list(extract_many([{"id": str(i), "text": t} for i, t in enumerate(texts)][::-1]))[::-1]
        assert alone == together

    @pytest.mark.parametrize(
        "text",
        [
            "",
            " \n\t ",
            "English only text with no Urdu at all.",
            "<script>alert('x')</script> کراچی میں فائرنگ",
            "\u202eکراچی\u202c میں \u200fفائرنگ\u200e",
            "۔" * 5000,
            ("فائرنگ " * 20000),
        ],
    )
    def test_awkward_inputs(self, text: str) -> None:
        """Empty, whitespace, non-Urdu, HTML, bidi controls and long repeats all work."""
        _check(PIPELINE.extract(text))

    def test_large_input(self) -> None:
        """A megabyte-long article is processed, spans valid (10 MB runs in fuzz/ and benchmarks/)."""
        block = " ".join(_NEWS_WORDS) + "\n"
        text = block * (1_000_000 // len(block))
        _check(PIPELINE.extract(text))


def _seconds(run: Callable[[], object]) -> float:
    """The best of three runs' CPU time (not wall time: other processes on the machine do not count)."""
    best = float("inf")
    for _ in range(3):
        gc.collect()  # start each run from a clean heap so a collection from earlier work is not timed
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "one character": lambda n: "ا" * n,
    "spaces": lambda n: " " * n,
    "digits": lambda n: "1" * n,
    "separated digits": lambda n: "1," * (n // 2),
    "near-miss cue": lambda n: "کے مطا " * (n // 7),
    "near-miss count": lambda n: "کم از " * (n // 6),
    "repeated trigger word": lambda n: "فائرنگ سے " * (n // 10),
    "unclosed quote": lambda n: '"' + "کہا کہ " * (n // 7),
    "postpositions": lambda n: "کے کی کا میں سے " * (n // 16),
    "number words": lambda n: "دو سو " * (n // 6),
    "dates": lambda n: "جمعرات کی رات " * (n // 14),
}


class TestLinearTime:
    @pytest.mark.parametrize("extractor", ["incidents", "claims"])
    @pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
    def test_time_grows_linearly(self, extractor: str, name: str) -> None:
        """10× more adversarial input costs at most ~10× more time (ratio < 25 allows noise)."""
        pipe = Pipeline([extractor], strict=True)
        make = PATHOLOGICAL[name]
        small, large = make(10_000), make(100_000)
        pipe(make_document(small))  # warm caches and lexicons
        t_small = _seconds(lambda: pipe(make_document(small + " ")))
        t_large = _seconds(lambda: pipe(make_document(large + " ")))
        # Floor the small time at 20 ms so scheduler noise on tiny timings cannot fail the ratio.
        assert t_large / max(t_small, 0.02) < 25, (name, t_small, t_large)


#: News prose whose claims name no place or figure, so each is linked by scanning the incidents.
_PROSE = (
    "لاہور میں منگل کی صبح نامعلوم افراد کی فائرنگ سے دو پولیس اہلکار زخمی ہو گئے۔ "
    "حکام نے بتایا کہ ملزمان فرار ہو گئے۔ وزیر نے کہا کہ معاملے کی چھان بین ہو رہی ہے۔ "
)


def _news_prose(n: int) -> str:
    return _PROSE * (n // len(_PROSE))


#: Shapes that took quadratic time on long texts (issue 15, item 9); the whole pipeline runs on each.
LONG_TEXTS: dict[str, Callable[[int], str]] = {
    "news prose (claim linking)": _news_prose,
    "repeated cue (content cutting)": lambda n: "ترجمان نے کہا کہ " * (n // 17),
    "adjacent actors (actor merging)": lambda n: "طالبان پولیس فوج " * (n // 17),
    "nested quotes after cues": lambda n: 'ترجمان نے کہا کہ "' * (n // 18),
}


def _cpu_seconds_without_gc(text: str, *, runs: int) -> float:
    """The best of ``runs`` pipeline runs' CPU time on ``text``, with the cyclic collector paused.

    Each run gets a text of its own (one more trailing space), so no run reuses
    the cached analysis of an earlier one: small texts' analyses are cached,
    huge ones' are not, and that would skew the ratio.
    """
    best = float("inf")
    for run in range(runs):
        doc = make_document(text + " " * (run + 1))
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            PIPELINE(doc)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


class TestLinearOnLongTexts:
    @pytest.mark.parametrize("name", sorted(LONG_TEXTS))
    def test_ten_times_the_text_at_most_twelve_times_the_time(self, name: str) -> None:
        """The full pipeline on 100k and 1M characters: the larger takes at most 12× the CPU time."""
        make = LONG_TEXTS[name]
        small, large = make(100_000), make(1_000_000)
        PIPELINE(make_document(make(4_000)))  # warm caches and lexicons
        t_small = _cpu_seconds_without_gc(small, runs=5)
        t_large = _cpu_seconds_without_gc(large, runs=3)
        assert t_large / max(t_small, 0.02) <= 12, (name, t_small, t_large)
