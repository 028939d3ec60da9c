"""UrduEventsWarning for text that is mostly not Urdu and for dates left unresolved without `published`."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import urdu_events
from urdu_events import NotUrduWarning, UnresolvedDateWarning, UrduEventsWarning
from urdu_events._checks import urdu_share
from urdu_events.pipeline import document_warnings, make_document

REPORT = "پشاور میں جمعرات کو نامعلوم مسلح افراد کی فائرنگ سے ایک دکاندار جاں بحق ہو گیا۔"
ENGLISH = "The committee met on Thursday and agreed the budget for the coming year."


def _caught(text: str, **kwargs: object) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        urdu_events.extract(text, **kwargs)
    return [w for w in caught if issubclass(w.category, UrduEventsWarning)]


class TestNotUrdu:
    def test_english_text_warns(self) -> None:
        """An English text gives a NotUrduWarning pointing at the caller's line."""
        caught = _caught(ENGLISH, published="2024-05-02")
        assert [NotUrduWarning] == [w.category for w in caught]
        assert __file__ == caught[0].filename

    def test_urdu_text_does_not_warn(self) -> None:
        """An Urdu report with a publication date gives no warning."""
        assert [] == _caught(REPORT, published="2024-05-02")

    def test_short_text_is_not_judged(self) -> None:
        """A few Latin letters (an acronym in a headline) are too few to judge."""
        assert None is urdu_share("ISPR")

    def test_share_and_id_are_attributes(self) -> None:
        """The warning carries the document's ID and the Urdu share."""
        (warning,) = document_warnings(make_document(ENGLISH, doc_id="en", published="2024-05-02"))
        assert isinstance(warning, NotUrduWarning)
        assert ("en", 0.0) == (warning.doc_id, warning.share)

    def test_long_text_is_sampled(self) -> None:
        """A long Urdu text that starts with English is judged on slices of all of it: Urdu, no warning."""
        text = ENGLISH * 30 + REPORT * 2000
        assert 0.8 < (urdu_share(text) or 0.0) < 0.95  # the English start is one slice's share
        assert [] == document_warnings(make_document(text, published="2024-05-02"))

    @given(st.text(max_size=200))
    def test_share_is_a_fraction(self, text: str) -> None:
        """For any text the share is None (too few letters) or between 0 and 1."""
        share = urdu_share(text)
        assert share is None or 0.0 <= share <= 1.0

    @given(
        st.text(alphabet="ابپتٹجچدڈرڑسشکگلمنوہھیےۓ۔،٠١0 9aZé_\u064b\u0670\nЖ", max_size=120),
        st.integers(0, 3),
    )
    def test_quick_check_agrees_with_the_share(self, text: str, copies: int) -> None:
        """The cheap check that a text is clearly Urdu never passes one the share would warn about."""
        from urdu_events._checks import MIN_URDU_SHARE, _clearly_urdu

        text = text * copies
        share = urdu_share(text)
        if _clearly_urdu(text):
            assert share is not None and share >= MIN_URDU_SHARE
        if share is not None and share >= 0.9 and sum(c in "ابپتٹجچدڈرڑسشکگلمنوہھیےۓ" for c in text) >= 20:
            assert _clearly_urdu(text)  # and it does pass plain Urdu


class TestUnresolvedDates:
    def test_missing_published_warns(self) -> None:
        """An incident whose relative date cannot be resolved warns once for the document."""
        caught = _caught(REPORT)
        assert [UnresolvedDateWarning] == [w.category for w in caught]
        assert (1, 1) == (caught[0].message.unresolved, caught[0].message.incidents)  # type: ignore[union-attr]

    def test_shown_once_per_calling_line(self) -> None:
        """Under Python's default filter, a batch of undated documents warns once, not once per document."""
        pipeline = urdu_events.Pipeline()
        with warnings.catch_warnings(record=True) as caught:
            warnings.resetwarnings()
            warnings.simplefilter("default")
            for n in range(3):
                pipeline.extract(REPORT, doc_id=f"d{n}")
        assert 1 == sum(issubclass(w.category, UnresolvedDateWarning) for w in caught)

    def test_is_an_urdu_events_error_and_a_warning(self) -> None:
        """The warnings derive from the package's roots, so one filter silences them all."""
        assert issubclass(UnresolvedDateWarning, UrduEventsWarning)
        assert issubclass(NotUrduWarning, Warning)

    def test_can_be_turned_into_errors(self) -> None:
        """warnings.simplefilter('error') makes the pipeline raise it."""
        with warnings.catch_warnings():
            warnings.simplefilter("error", UrduEventsWarning)
            with pytest.raises(UnresolvedDateWarning):
                urdu_events.extract(REPORT)

    def test_no_incidents_no_warning(self) -> None:
        """A document without incidents has no dates to resolve."""
        assert [] == document_warnings(make_document("خاموشی"))


class TestWarnOption:
    def test_pipeline_without_warn_issues_none(self) -> None:
        """Pipeline(warn=False) issues no document warnings; document_warnings still finds them."""
        doc = make_document("This whole report is written in English, with no Urdu in it at all.")
        with warnings.catch_warnings():
            warnings.simplefilter("error", UrduEventsWarning)
            result = urdu_events.Pipeline(warn=False)(doc)
        assert [NotUrduWarning] == [type(w) for w in document_warnings(result)]
