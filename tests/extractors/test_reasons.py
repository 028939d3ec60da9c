"""Tests for Incident.reasons: why an incident has its type, places, actors, counts and date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_events.extractors.incidents import READINGS, RULES, IncidentExtractor
from urdu_events.models import Document, Incident
from urdu_events.testing.strategies import urdu_texts

EXTRACTOR = IncidentExtractor(plugins=False)


def _incidents(text: str, published: dt.date | None = dt.date(2024, 3, 8)) -> tuple[Incident, ...]:
    return EXTRACTOR(Document("t", text, published=published)).incidents


def _by_field(incident: Incident) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in incident.reasons:
        out.setdefault(r.field, []).append((r.value, r.rule))
    return out


class TestReasons:
    def test_every_value_has_its_reason(self) -> None:
        """Type, each place, each actor, the counts and the date each have a reason."""
        (incident,) = _incidents(
            "کوہاٹ: نامعلوم افراد نے پولیس چوکی پر دستی بم پھینکا جس سے دو اہلکار زخمی ہو گئے۔"
        )
        fields = _by_field(incident)
        assert [("Grenade", "triggers.lexicon")] == fields["type"]
        assert [("کوہاٹ", "places.dateline")] == fields["place"]
        assert ("نامعلوم افراد (perpetrator)", "roles.ergative-agent") in fields["actor"]
        assert [("2", "counts.number")] == fields["injured"]
        assert [("2024-03-08", "dates.publication-default")] == fields["date"]

    def test_a_rule_names_its_id(self) -> None:
        """A place the article names elsewhere gives the enclosing-place rule as its reason."""
        (incident,) = _incidents("بلوچستان میں بدامنی جاری ہے۔ تربت میں فائرنگ سے ایک شخص جاں بحق ہو گیا۔")
        assert ("بلوچستان", "places.enclosing-named-elsewhere") in _by_field(incident)["place"]

    def test_printed_date_is_named(self) -> None:
        """Without a publication date, a date read against the printed one says so."""
        (incident,) = _incidents(
            "مردان (12 مارچ 2023ء): گزشتہ روز فائرنگ سے ایک دکاندار جاں بحق ہو گیا۔", published=None
        )
        assert [("2023-03-11", "dates.printed-date")] == _by_field(incident)["date"]

    def test_reason_spans_point_at_the_original_text(self) -> None:
        """Every reason's span is the original text at its offsets."""
        text = "کوئٹہ:  نامعلوم  افراد نے\u200c پولیس پر فائرنگ کی، دو اہلکار شہید ہو گئے۔"
        for incident in _incidents(text):
            for r in incident.reasons:
                assert r.span is None or text[r.span.start : r.span.end] == r.span.text

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(
            st.sampled_from(["کوئٹہ میں ", "فائرنگ سے ", "دو افراد ", "جاں بحق ", "پولیس نے ", "، "]),
            max_size=12,
        ),
        urdu_texts(max_size=40),
    )
    def test_every_rule_is_known(self, words: list[str], noise: str) -> None:
        """Whatever the text, each reason names a rule of RULES or a basic reading of READINGS."""
        for incident in _incidents("".join(words) + noise + "۔"):
            assert set() == {r.rule for r in incident.reasons} - set(RULES) - set(READINGS)
