"""Tests for the data model's invariants."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events import (
    SUB_EVENT_TYPES,
    Actor,
    ActorType,
    Claim,
    Count,
    DateRange,
    Document,
    EventType,
    Incident,
    InvalidArgumentError,
    Location,
    OffsetError,
    Participant,
    Responsibility,
    ResponsibilityStatus,
    Role,
    Span,
    SubEventType,
)
from urdu_events.models import iter_spans
from urdu_events.testing import strategies as ues

TEXT = "پشاور میں دھماکا ہوا۔"


class TestSpan:
    def test_of_slices_the_text(self) -> None:
        """Span.of copies exactly the characters between the offsets."""
        span = Span.of(TEXT, 0, 5)
        assert "پشاور" == span.text
        assert (0, 5) == (span.start, span.end)

    @pytest.mark.parametrize(("start", "end", "text"), [(-1, 2, "ab"), (3, 2, ""), (0, 2, "abc")])
    def test_inconsistent_offsets_are_rejected(self, start: int, end: int, text: str) -> None:
        """Negative, reversed or wrongly sized spans raise OffsetError."""
        with pytest.raises(OffsetError):
            Span(start, end, text)

    def test_of_outside_the_text_is_rejected(self) -> None:
        """Span.of refuses offsets beyond the end of the text."""
        with pytest.raises(OffsetError):
            Span.of(TEXT, 3, len(TEXT) + 1)

    @given(st.data())
    def test_generated_spans_point_into_their_text(self, data: st.DataObject) -> None:
        """Every span the public strategy makes matches its text."""
        text = data.draw(ues.texts())
        span = data.draw(ues.spans(text))
        assert span.text == text[span.start : span.end]


class TestCount:
    def test_exact_by_default(self) -> None:
        """Count(n) is exactly n."""
        assert Count(3, 3) == Count(3)
        assert Count(3).is_exact

    def test_at_least(self) -> None:
        """An open upper bound contains every larger number."""
        count = Count(5, None)
        assert 1000 in count
        assert 4 not in count

    @pytest.mark.parametrize(("lo", "hi"), [(5, 4), (-1, 3), (None, None), (1.5, 2)])
    def test_invalid_ranges_are_rejected(self, lo: object, hi: object) -> None:
        """min > max, negative, boundless and non-integer counts raise."""
        with pytest.raises(InvalidArgumentError):
            Count(lo, hi)  # type: ignore[arg-type]


class TestDateRange:
    def test_one_sided_range_is_rejected(self) -> None:
        """A range needs both ends or neither."""
        with pytest.raises(InvalidArgumentError):
            DateRange(dt.date(2024, 1, 1), None)

    def test_reversed_range_is_rejected(self) -> None:
        """start after end raises."""
        with pytest.raises(InvalidArgumentError):
            DateRange(dt.date(2024, 1, 2), dt.date(2024, 1, 1))

    def test_unresolved_keeps_its_text(self) -> None:
        """An unresolved date is allowed and carries its span."""
        span = Span.of(TEXT, 0, 5)
        date = DateRange(span=span)
        assert not date.is_resolved
        assert span == date.span


class TestIncident:
    @pytest.mark.parametrize("sub", list(SubEventType))
    def test_every_sub_event_type_has_one_event_type(self, sub: SubEventType) -> None:
        """Each sub-event type builds with its own event type and no other."""
        Incident(SUB_EVENT_TYPES[sub], sub)
        for other in EventType:
            if other is not SUB_EVENT_TYPES[sub]:
                with pytest.raises(InvalidArgumentError):
                    Incident(other, sub)

    def test_actors_by_role(self) -> None:
        """perpetrators and targets split the actors by role."""
        a = Participant("نامعلوم مسلح افراد", role=Role.PERPETRATOR)
        b = Participant("پولیس", role=Role.TARGET, type=ActorType.STATE_FORCES)
        incident = Incident(EventType.BATTLES, SubEventType.ARMED_CLASH, actors=[a, b])
        assert (a,) == incident.perpetrators
        assert (b,) == incident.targets

    def test_claimants_need_a_claim(self) -> None:
        """An unknown responsibility cannot name claimants."""
        with pytest.raises(InvalidArgumentError):
            Responsibility(ResponsibilityStatus.UNKNOWN, [Actor("ٹی ٹی پی")])

    def test_country_must_be_iso_alpha2(self) -> None:
        """Country codes are two upper-case letters."""
        with pytest.raises(InvalidArgumentError):
            Incident(EventType.BATTLES, SubEventType.ARMED_CLASH, country="Pakistan")

    def test_models_are_frozen(self) -> None:
        """Assigning to a field raises."""
        incident = Incident(EventType.BATTLES, SubEventType.ARMED_CLASH)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            incident.main = False  # type: ignore[misc]

    def test_location_needs_both_coordinates(self) -> None:
        """Latitude without longitude is rejected."""
        with pytest.raises(InvalidArgumentError):
            Location("پشاور", latitude=34.0)

    def test_participant_round_trips_to_actor(self) -> None:
        """A participant keeps every actor field and drops only its role."""
        actor = Actor("پولیس", type=ActorType.STATE_FORCES, anonymous=False)
        assert actor == Participant.from_actor(actor, Role.TARGET).as_actor()


class TestDocument:
    def test_span_that_does_not_match_the_text_is_rejected(self) -> None:
        """A claim whose span text differs from the document raises OffsetError."""
        claim = Claim(Span(0, 5, "کراچی"))
        with pytest.raises(OffsetError):
            Document("d", TEXT, claims=[claim])

    def test_claim_link_must_exist(self) -> None:
        """A claim cannot link to an incident the document lacks."""
        claim = Claim(Span.of(TEXT, 0, 5), incident=0)
        with pytest.raises(InvalidArgumentError):
            Document("d", TEXT, claims=[claim])

    def test_claims_about(self) -> None:
        """claims_about returns the claims linked to one incident."""
        incident = Incident(EventType.BATTLES, SubEventType.ARMED_CLASH)
        linked = Claim(Span.of(TEXT, 0, 5), incident=0)
        doc = Document("d", TEXT, incidents=[incident], claims=[linked, Claim(Span.of(TEXT, 6, 9))])
        assert (linked,) == doc.claims_about(0)

    @given(ues.documents())
    def test_every_span_of_a_generated_document_is_valid(self, doc: Document) -> None:
        """Generated documents only hold spans into their own text."""
        for span in iter_spans((doc.incidents, doc.claims)):
            assert doc.text[span.start : span.end] == span.text
