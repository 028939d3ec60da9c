"""Tests for streaming batch extraction."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from urdu_events import Document, EventType, Findings, Incident, InvalidArgumentError, Span, SubEventType
from urdu_events.batch import RecordError, extract_many
from urdu_events.testing import FakeExtractor

TEXTS = ["پشاور میں فائرنگ", "خاموشی", "فائرنگ اور فائرنگ", ""]


def _firing(doc: Document) -> Findings:
    return Findings(
        incidents=[
            Incident(
                EventType.BATTLES, SubEventType.ARMED_CLASH, trigger=Span.of(doc.text, m.start(), m.end())
            )
            for m in re.finditer("فائرنگ", doc.text)
        ]
    )


FIRING = FakeExtractor("batch-firing", _firing)


class TestExtractMany:
    def test_results_in_input_order_with_errors_in_place(self) -> None:
        """Every input gives one result, in order; bad records become RecordErrors."""
        records: list[object] = [TEXTS[0], {"id": "m", "text": TEXTS[2]}, {"id": "x"}, 5, TEXTS[1]]
        results = list(extract_many(records, extractors=[FIRING]))  # type: ignore[arg-type]
        assert [Document, Document, RecordError, RecordError, Document] == [type(r) for r in results]
        assert [1, 2] == [len(r.incidents) for r in results[:2]]  # type: ignore[union-attr]
        assert ("x", 2) == (results[2].id, results[2].index)  # type: ignore[union-attr]

    def test_record_ids(self) -> None:
        """A missing or null ID falls back to the position; numbers become strings; other types are errors."""
        records: list[object] = [
            {"text": TEXTS[0]},
            {"id": None, "text": TEXTS[0]},
            {"id": 17, "text": TEXTS[0]},
            {"id": ["a"], "text": TEXTS[0]},
            {"id": True, "text": TEXTS[0]},
        ]
        results = list(extract_many(records, extractors=[FIRING]))  # type: ignore[arg-type]
        assert ["0", "1", "17"] == [r.id for r in results[:3]]
        assert [RecordError, RecordError] == [type(r) for r in results[3:]]
        assert "'id'" in results[3].message  # type: ignore[union-attr]

    def test_streams_lazily(self) -> None:
        """An endless input is consumed only as far as results are taken."""
        taken: list[int] = []

        def endless() -> Iterator[str]:
            for n in itertools.count():
                taken.append(n)
                yield TEXTS[n % len(TEXTS)]

        first = list(itertools.islice(extract_many(endless(), extractors=[FIRING]), 5))
        assert 5 == len(first)
        assert 6 >= len(taken)

    def test_two_workers_give_the_same_results(self) -> None:
        """Process workers return exactly what one process returns, in the same order."""
        records = [{"id": str(i), "text": TEXTS[i % len(TEXTS)]} for i in range(40)]
        one = list(extract_many(records, extractors=["incidents", "claims"]))
        two = list(extract_many(records, workers=2, extractors=["incidents", "claims"], chunk_size=3))
        assert one == two

    def test_record_errors_pass_through(self) -> None:
        """A RecordError in the input comes out unchanged, in place."""
        error = RecordError(1, None, "unreadable", "f.jsonl:2")
        results = list(extract_many([TEXTS[0], error, TEXTS[1]], extractors=[FIRING]))
        assert error is results[1]

    @pytest.mark.parametrize(
        "options", [{"workers": -1}, {"chunk_size": 0}, {"workers": 2, "pipeline": object()}]
    )
    def test_bad_options(self, options: dict[str, object]) -> None:
        """Bad options raise InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            next(extract_many(TEXTS, **options))  # type: ignore[arg-type]
