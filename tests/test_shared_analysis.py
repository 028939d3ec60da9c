"""One analysis per document: the pipeline builds it and hands it to the extractors that take it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import urdu_events
from urdu_events import AnalysisExtractor, Document, Extractor, Findings, InvalidArgumentError, Pipeline
from urdu_events.extractors.claims import ClaimExtractor
from urdu_events.extractors.incidents import IncidentExtractor
from urdu_events.pipeline import make_document
from urdu_events.text import Analysis, _analysis
from urdu_events.typing import accepts_analysis

TEXTS = (
    "کوئٹہ: گزشتہ روز نامعلوم مسلح افراد کی فائرنگ سے دو پولیس اہلکار شہید ہو گئے۔"
    " پولیس نے بتایا کہ حملہ آور فرار ہو گئے۔",
    "پشاور میں بازار کے قریب دھماکے سے تین افراد زخمی ہوئے۔"
    " حکام کے مطابق دھماکہ خیز مواد موٹر سائیکل میں نصب تھا۔",
    "لاہور میں آج موسم خوشگوار رہا اور شہریوں نے پارکوں کا رخ کیا۔",
)
PUBLISHED = dt.date(2024, 3, 14)


class Taker:
    """An extractor that takes the analysis and remembers every one it was given."""

    name = "taker"

    def __init__(self) -> None:
        self.seen: list[Analysis | None] = []

    def __call__(self, doc: Document, /, *, analysis: Analysis | None = None) -> Findings:
        self.seen.append(analysis)
        return Findings()


class OldStyle:
    """An extractor written before the analysis was handed over: it takes the document only."""

    name = "old"

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, doc: Document, /) -> Findings:
        self.calls += 1
        return Findings()


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Count every analysis built (the texts they were built from), and forbid the analyze() cache."""
    texts: list[str] = []
    original = Analysis.of.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Analysis], text: str) -> Analysis:
        texts.append(text)
        result: Analysis = original(cls, text)
        return result

    class NoCache(_analysis._AnalysisCache):
        def __call__(self, text: str) -> Analysis:
            raise AssertionError("the analyze() cache was used")

    monkeypatch.setattr(Analysis, "of", classmethod(counting))
    monkeypatch.setattr(_analysis, "_analyze", NoCache(1, 1))
    yield texts


class TestOnePerDocument:
    def test_default_pipeline_builds_one_analysis_per_document(self, built: list[str]) -> None:
        """incidents and claims read one analysis per document, the pipeline's, not analyze()'s."""
        pipeline = Pipeline(warn=False)
        docs = [pipeline.extract(t, published=PUBLISHED) for t in TEXTS]
        assert list(TEXTS) == built
        assert docs[0].incidents and docs[0].claims  # the extractors did read the texts

    def test_every_taker_gets_the_same_analysis(self, built: list[str]) -> None:
        """Extractors that take the analysis get the same object, that of the document's text."""
        first, second = Taker(), Taker()
        pipeline = Pipeline([first, "incidents", second, "claims"], link_responsibility=False, warn=False)
        for text in TEXTS:
            pipeline.extract(text)
        assert list(TEXTS) == built
        assert [a.original for a in first.seen if a is not None] == list(TEXTS)
        assert all(a is b for a, b in zip(first.seen, second.seen, strict=True))

    def test_no_analysis_without_a_taker(self, built: list[str]) -> None:
        """A pipeline of old-style extractors builds no analysis at all."""
        old = OldStyle()
        Pipeline([old], link_responsibility=False).extract(TEXTS[0])
        assert 1 == old.calls
        assert [] == built

    def test_signatures_are_read_once_per_extractor(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Whether an extractor takes the analysis is decided when the pipeline is built."""
        asked: list[object] = []

        def counting(extractor: object) -> bool:
            asked.append(extractor)
            return accepts_analysis(extractor)

        monkeypatch.setattr(urdu_events.pipeline, "accepts_analysis", counting)
        taker, old = Taker(), OldStyle()
        pipeline = Pipeline([taker, old], link_responsibility=False)
        for text in TEXTS:
            pipeline.extract(text)
        assert [taker, old] == asked
        assert 3 == len(taker.seen) == old.calls

    def test_analysis_follows_a_changed_text(self) -> None:
        """An extractor that replaces the text fails; the next taker reads the new text's analysis."""

        def mutate(doc: Document) -> Findings:
            object.__setattr__(doc, "text", doc.text + " ۔")
            return Findings()

        mutate.name = "mutator"  # type: ignore[attr-defined]
        taker = Taker()
        doc = Pipeline([Taker(), mutate, taker], link_responsibility=False).extract(TEXTS[2])  # type: ignore[list-item]
        assert ["mutator"] == [f.extractor for f in doc.failures]
        (analysis,) = taker.seen
        assert analysis is not None and analysis.original == doc.text


class TestOldStyleExtractors:
    def test_old_style_extractor_runs_beside_the_builtins(self) -> None:
        """A plain __call__(doc) extractor is called with the document alone, as before."""
        old = OldStyle()
        doc = Pipeline(["incidents", old, "claims"], warn=False).extract(TEXTS[0], published=PUBLISHED)
        assert 1 == old.calls
        assert not doc.failures
        assert doc.incidents

    def test_old_style_extractor_with_a_timeout(self) -> None:
        """With a timeout, both kinds of extractor are called in their own way."""
        old, taker = OldStyle(), Taker()
        doc = Pipeline([old, taker], timeout=30, link_responsibility=False).extract(TEXTS[1])
        assert not doc.failures
        assert 1 == old.calls
        (analysis,) = taker.seen
        assert analysis is not None and analysis.original == TEXTS[1]


class TestAcceptsAnalysis:
    def test_keyword_parameter(self) -> None:
        """A keyword or positional-or-keyword parameter named analysis counts."""

        def positional_or_keyword(doc: Document, analysis: Analysis | None = None) -> Findings:
            return Findings()

        assert accepts_analysis(Taker())
        assert accepts_analysis(positional_or_keyword)
        assert accepts_analysis(IncidentExtractor(gazetteer=False))
        assert accepts_analysis(ClaimExtractor())

    def test_other_signatures(self) -> None:
        """Other names, positional-only, **kwargs and objects without a signature do not."""

        def positional_only(doc: Document, analysis: object = None, /) -> Findings:
            return Findings()

        def keywords(doc: Document, **kwargs: Any) -> Findings:
            return Findings()

        assert not accepts_analysis(OldStyle())
        assert not accepts_analysis(positional_only)
        assert not accepts_analysis(keywords)
        assert not accepts_analysis(42)

    def test_protocols(self) -> None:
        """A taker is both an AnalysisExtractor and an Extractor."""
        assert isinstance(Taker(), AnalysisExtractor)
        assert isinstance(Taker(), Extractor)
        assert isinstance(OldStyle(), Extractor)


class TestOnTheirOwn:
    @pytest.mark.parametrize("text", TEXTS)
    def test_builtins_build_their_own(self, text: str) -> None:
        """Called without an analysis, the built-in extractors build one; the findings are the same."""
        doc = make_document(text, published=PUBLISHED)
        incidents, claims = IncidentExtractor(), ClaimExtractor()
        analysis = Analysis.of(text)
        assert incidents(doc) == incidents(doc, analysis=analysis)
        with_incidents = Pipeline(["incidents"], warn=False)(doc)
        assert claims(with_incidents) == claims(with_incidents, analysis=analysis)

    def test_analysis_of_another_text_is_refused(self) -> None:
        """An analysis that is not the document's is an error, not a silent misreading."""
        doc = make_document(TEXTS[0])
        for extractor in (IncidentExtractor(gazetteer=False), ClaimExtractor()):
            with pytest.raises(InvalidArgumentError, match="not the analysis"):
                extractor(doc, analysis=Analysis.of(TEXTS[1]))
            with pytest.raises(InvalidArgumentError, match="must be an Analysis"):
                extractor(doc, analysis=TEXTS[0])  # type: ignore[arg-type]


class TestAnalysis:
    def test_of_is_uncached(self) -> None:
        """Analysis.of builds a new analysis every call, equal to analyze()'s."""
        a, b = Analysis.of(TEXTS[0]), Analysis.of(TEXTS[0])
        assert a is not b
        assert a == b == urdu_events.text.analyze(TEXTS[0])

    def test_dates_found_once_per_publication_date(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """dates() finds the dates once per publication date and returns a new list each time."""
        calls: list[dt.date | None] = []
        find_dates_at = _analysis.find_dates_at  # type: ignore[attr-defined]

        def counting(nt: Any, published: dt.date | None, tokens: Any) -> Any:
            calls.append(published)
            return find_dates_at(nt, published, tokens)

        monkeypatch.setattr(_analysis, "find_dates_at", counting)
        a = Analysis.of(TEXTS[0])
        first = a.dates(PUBLISHED)
        assert first == a.dates(PUBLISHED) and first is not a.dates(PUBLISHED)
        a.dates(None)
        a.dates(None)
        assert [PUBLISHED, None] == calls
        assert dt.date(2024, 3, 13) == first[0].date.start


class TestThreads:
    def test_threads_share_a_pipeline(self) -> None:
        """Documents read in several threads through one pipeline read as they do one by one."""
        pipeline = Pipeline(warn=False)
        docs = [make_document(t * n, published=PUBLISHED) for n in (1, 2, 3) for t in TEXTS]
        expected = [pipeline(d) for d in docs]
        with ThreadPoolExecutor(4) as pool:
            assert expected * 3 == list(pool.map(pipeline, docs * 3))


class TestConformance:
    def test_builtins_pass_with_and_without_the_analysis(self) -> None:
        """check_extractor also hands the built-in extractors the analysis; they find the same."""
        from urdu_events.testing import check_extractor

        docs = [make_document(t, published=PUBLISHED) for t in TEXTS]
        check_extractor(IncidentExtractor(), docs)
        check_extractor(ClaimExtractor(), docs)

    def test_an_extractor_that_reads_the_analysis_otherwise_fails(self) -> None:
        """An extractor whose findings change when it is handed the analysis is caught."""
        from urdu_events.testing import ConformanceError, check_extractor

        class Careless(Taker):
            def __call__(self, doc: Document, /, *, analysis: Analysis | None = None) -> Findings:
                if analysis is None:
                    return Findings()
                return ClaimExtractor()(doc)

        with pytest.raises(ConformanceError, match="handed the analysis"):
            check_extractor(Careless(), [make_document(TEXTS[0])])
