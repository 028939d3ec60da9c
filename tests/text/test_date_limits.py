"""Dates at the edges of the calendar: arithmetic that leaves years 1 to 9999 gives an unresolved date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events import Pipeline
from urdu_events.text import find_dates, normalize

# Sentences written for this test.
RELATIVE = (
    "{n} دن پہلے",
    "{n} ہفتے پہلے",
    "{n} ماہ پہلے",
    "{n} سال پہلے",
    "گزشتہ روز",
    "گزشتہ ماہ",
    "پچھلے ہفتے",
    "پچھلے سال",
    "جمعرات کو",
    "جمعہ کی نماز کے بعد",
)
FIRST, LAST = dt.date(1, 1, 1), dt.date(9999, 12, 31)
PIPELINE = Pipeline(["incidents"], strict=True)


class TestCalendarEdges:
    @pytest.mark.parametrize("published", [FIRST, dt.date(1, 1, 3), dt.date(1, 3, 1), LAST])
    @pytest.mark.parametrize("expression", RELATIVE)
    def test_incident_stays_with_an_unresolved_date(self, expression: str, published: dt.date) -> None:
        """The incident is kept; a date the calendar cannot hold is left unresolved, its span kept."""
        text = "لاڑکانہ میں " + expression.format(n=3) + " دستی بم کے دھماکے سے چار افراد زخمی ہو گئے۔"
        doc = PIPELINE.extract(text, published=published)
        assert 1 == len(doc.incidents)
        date = doc.incidents[0].date
        assert date is not None
        assert date.start is None or FIRST <= date.start <= LAST

    def test_a_million_days_ago(self) -> None:
        """ "1000000 دن پہلے" is found, with its span, but not resolved."""
        (match,) = find_dates(normalize("حملہ 1000000 دن پہلے ہوا"), dt.date(2024, 6, 1))
        assert (None, None, "1000000 دن پہلے") == (match.date.start, match.date.end, match.date.span.text)

    @given(
        st.sampled_from(RELATIVE),
        st.integers(min_value=0, max_value=10**15),
        st.dates(),
    )
    def test_never_raises(self, expression: str, n: int, published: dt.date) -> None:
        """Any count, any publication date: no exception, and every resolved date is a real date."""
        for match in find_dates(normalize(f"دھماکا {expression.format(n=n)} ہوا"), published):
            assert match.date.start is None or match.date.start <= published
