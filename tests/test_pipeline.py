"""Tests for the pipeline and urdu_events.extract."""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest

from urdu_events import (
    Actor,
    Claim,
    ClaimKind,
    Document,
    EventType,
    ExtractionError,
    Findings,
    Incident,
    InvalidArgumentError,
    LexiconVersion,
    OffsetError,
    Pipeline,
    ResponsibilityStatus,
    Span,
    SubEventType,
)
from urdu_events.pipeline import SkipErrors, make_document, parse_published
from urdu_events.testing import ConformanceError, FakeExtractor, check_extractor

TEXT = "بنوں میں فائرنگ ہوئی۔ کالعدم تنظیم نے ذمہ داری قبول کر لی۔"


def _firing(doc: Document) -> Findings:
    """Report an armed clash at every occurrence of فائرنگ (an honest toy)."""
    return Findings(
        incidents=[
            Incident(
                EventType.BATTLES, SubEventType.ARMED_CLASH, trigger=Span.of(doc.text, m.start(), m.end())
            )
            for m in re.finditer("فائرنگ", doc.text)
        ]
    )


def _claimed(doc: Document) -> Findings:
    start = doc.text.index("کالعدم تنظیم")
    cue = doc.text.index("ذمہ داری قبول")
    speaker = Actor("کالعدم تنظیم", span=Span.of(doc.text, start, start + len("کالعدم تنظیم")))
    return Findings(
        claims=[
            Claim(
                Span.of(doc.text, cue, cue + len("ذمہ داری قبول")),
                speaker=speaker,
                kind=ClaimKind.RESPONSIBILITY,
                incident=0,
            )
        ]
    )


class TestPipeline:
    def test_runs_extractors_in_order_and_merges(self) -> None:
        """Findings of each extractor are appended; later ones see earlier results."""
        seen: list[int] = []

        def second(doc: Document) -> Findings:
            seen.append(len(doc.incidents))
            return _claimed(doc)

        pipe = Pipeline([FakeExtractor("a", _firing), FakeExtractor("b", second)])
        doc = pipe.extract(TEXT, doc_id="x")
        assert [1] == seen
        assert (1, 1) == (len(doc.incidents), len(doc.claims))
        assert ("a", "b") == pipe.names

    def test_responsibility_claims_fill_the_incident(self) -> None:
        """A linked responsibility claim marks its incident as claimed by the speaker."""
        doc = Pipeline([FakeExtractor("a", _firing), FakeExtractor("b", _claimed)]).extract(TEXT)
        resp = doc.incidents[0].responsibility
        assert ResponsibilityStatus.CLAIMED is resp.status
        assert ["کالعدم تنظیم"] == [a.name for a in resp.claimants]

    def test_later_findings_are_checked_against_the_text(self) -> None:
        """An extractor after one whose incidents were kept still has its own spans checked, and
        the document it is added to stays as it was."""

        def bad_claim(doc: Document) -> Findings:
            return Findings(claims=[Claim(Span(0, 3, "xyz"))])

        def bad_incident(doc: Document) -> Findings:
            return Findings(
                incidents=[Incident(EventType.BATTLES, SubEventType.ARMED_CLASH, trigger=Span(0, 2, "zz"))]
            )

        for bad in (bad_claim, bad_incident):
            doc = Pipeline([FakeExtractor("a", _firing), FakeExtractor("bad", bad)]).extract(TEXT)
            assert (1, 0) == (len(doc.incidents), len(doc.claims))
            assert ["bad"] == [f.extractor for f in doc.failures]
            assert "invalid findings" in doc.failures[0].message
            with pytest.raises(OffsetError):  # outside a pipeline step every span is checked
                Document("d", TEXT, incidents=doc.incidents, claims=[Claim(Span(0, 3, "xyz"))])

    def test_strict_raises_extraction_error_naming_it(self) -> None:
        """In strict mode an extractor's exception becomes an ExtractionError with its name and the doc ID."""

        def boom(doc: Document) -> Findings:
            raise RuntimeError("boom")

        with pytest.raises(ExtractionError) as info:
            Pipeline([FakeExtractor("bad", boom)], strict=True).extract(TEXT, doc_id="d7")
        assert ("bad", "d7") == (info.value.extractor, info.value.doc_id)

    def test_failure_is_recorded_and_the_other_extractors_run(self) -> None:
        """By default a failing extractor is recorded in Document.failures and the rest still run."""

        def bad_span(doc: Document) -> Findings:
            return Findings(claims=[Claim(Span(0, 3, "xyz"))])

        handler = SkipErrors()
        pipe = Pipeline([FakeExtractor("bad", bad_span), FakeExtractor("good", _firing)], on_error=handler)
        doc = pipe.extract(TEXT)
        assert 1 == len(doc.incidents)
        assert ["bad"] == [f.extractor for f in doc.failures]
        assert ["bad"] == [e.extractor for e in handler.errors]

    def test_hanging_extractor_times_out(self) -> None:
        """With a timeout, an extractor that hangs is reported and the others' results are kept."""
        release = threading.Event()

        def hang(doc: Document) -> Findings:
            release.wait(5)
            return Findings()

        pipe = Pipeline([FakeExtractor("slow", hang), FakeExtractor("good", _firing)], timeout=0.05)
        try:
            doc = pipe.extract(TEXT, doc_id="h1")
        finally:
            release.set()
        assert 1 == len(doc.incidents)
        assert ["slow"] == [f.extractor for f in doc.failures]
        assert "timed out" in doc.failures[0].message

    def test_bad_timeout_is_rejected(self) -> None:
        """A non-positive timeout raises InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            Pipeline([], timeout=0)

    def test_wrong_return_type_is_an_error(self) -> None:
        """An extractor returning something other than Findings is reported."""
        with pytest.raises(ExtractionError, match="not Findings"):
            Pipeline([FakeExtractor("odd", lambda d: [])], strict=True).extract(TEXT)  # type: ignore[arg-type,return-value]

    def test_non_extractor_is_rejected_early(self) -> None:
        """Objects without a name and __call__ are refused at construction."""
        with pytest.raises(InvalidArgumentError):
            Pipeline([object()])  # type: ignore[list-item]


def _reporting(*versions: LexiconVersion) -> FakeExtractor:
    """An extractor that finds nothing and reports the lexicons it read."""
    return FakeExtractor(produce=lambda _doc: Findings(lexicons=versions))


class TestLexiconVersions:
    def test_default_pipeline_records_every_builtin_lexicon(self) -> None:
        """The built-in extractors record the name and version of every built-in lexicon they read."""
        from urdu_events.lexicons import builtin_lexicon, builtin_names

        doc = Pipeline(["incidents", "claims"]).extract(TEXT)
        expected = {builtin_lexicon(name).version_info for name in builtin_names()}
        assert expected == set(doc.lexicons)
        assert len(doc.lexicons) == len(set(doc.lexicons))

    def test_recorded_when_nothing_is_found(self) -> None:
        """A document with no findings still records the lexicons that read it."""
        v = LexiconVersion("acme-words", "2.1.0")
        assert (v,) == Pipeline([_reporting(v)]).extract("آج موسم خوشگوار رہا۔").lexicons

    def test_each_lexicon_once_in_order_of_first_report(self) -> None:
        """Lexicons reported by several extractors, or twice by one, are recorded once."""
        a, b, c = LexiconVersion("a", "1"), LexiconVersion("b", "1"), LexiconVersion("c", "1")
        doc = Pipeline([_reporting(b, a, b), _reporting(a, c)]).extract("متن")
        assert (b, a, c) == doc.lexicons

    def test_extractor_that_reports_none(self) -> None:
        """An extractor that does not report lexicons leaves the record empty."""
        assert () == Pipeline([FakeExtractor()]).extract(TEXT).lexicons

    def test_extra_lexicon_is_recorded(self) -> None:
        """A lexicon passed to the incident extractor is recorded with its version."""
        from urdu_events.extractors.incidents import IncidentExtractor
        from urdu_events.lexicons import Lexicon

        extra = Lexicon(
            "test-raids", "event_triggers", "0.3", [{"term": "شب خون", "sub_event_type": "Armed clash"}]
        )
        doc = Pipeline([IncidentExtractor(plugins=False, lexicons=[extra])]).extract(TEXT)
        assert LexiconVersion("test-raids", "0.3") == doc.lexicons[-1]


class TestArguments:
    @pytest.mark.parametrize("value", [b"bytes", 5, None])
    def test_text_must_be_str(self, value: object) -> None:
        """Non-string text raises InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            make_document(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2024-03-08", dt.date(2024, 3, 8)),
            ("2024-03-08T10:00:00+05:00", dt.date(2024, 3, 8)),
            (dt.datetime(2024, 3, 8, 9), dt.date(2024, 3, 8)),
            (None, None),
            ("", None),
        ],
    )
    def test_published_forms(self, value: object, expected: dt.date | None) -> None:
        """Dates, datetimes, ISO strings and None are accepted."""
        assert expected == parse_published(value)

    @pytest.mark.parametrize("value", ["8 March", 20240308, "2024-13-01"])
    def test_bad_published(self, value: object) -> None:
        """Anything else is an InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            parse_published(value)

    def test_default_id_is_stable(self) -> None:
        """The same text always gets the same derived ID."""
        assert make_document(TEXT).id == make_document(TEXT).id
        assert make_document(TEXT).id != make_document(TEXT + " ").id


class TestConformance:
    def test_honest_extractor_passes(self) -> None:
        """A deterministic extractor with valid spans passes the check."""
        check_extractor(FakeExtractor("a", _firing), [make_document(TEXT), make_document("")])

    def test_bad_spans_fail(self) -> None:
        """Spans that do not match the text fail the check."""

        def bad(doc: Document) -> Findings:
            return Findings(claims=[Claim(Span(0, 1, "#"))])

        with pytest.raises(ConformanceError, match="invalid"):
            check_extractor(FakeExtractor("b", bad), [make_document(TEXT)])

    def test_nondeterminism_fails(self) -> None:
        """An extractor whose output changes between runs fails the check."""
        calls: list[int] = []

        def flaky(doc: Document) -> Findings:
            calls.append(1)
            return _firing(doc) if len(calls) % 2 else Findings()

        with pytest.raises(ConformanceError, match="deterministic"):
            check_extractor(FakeExtractor("c", flaky), [make_document(TEXT)])
