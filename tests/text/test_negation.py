"""Tests for find_negations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.text import find_negations, normalize


def negations(text: str) -> list[tuple[str, str]]:
    nt = normalize(text)
    return [(nt.text[n.start : n.end], nt.text[n.scope_start : n.scope_end]) for n in find_negations(nt)]


class TestFindNegations:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ([("کوئی جانی نقصان نہیں", "جانی نقصان")], "دھماکے میں کوئی جانی نقصان نہیں ہوا"),
            ([("کسی قسم کا جانی نقصان نہیں", "جانی نقصان")], "آتشزدگی سے کسی قسم کا جانی نقصان نہیں پہنچا"),
            ([("کوئی بھی زخمی نہیں", "زخمی")], "خوش قسمتی سے کوئی بھی زخمی نہیں ہوا"),
            ([("بغیر کسی جانی نقصان", "جانی نقصان")], "آپریشن بغیر کسی جانی نقصان کے مکمل ہوا"),
            ([("کسی جانی نقصان کے بغیر", "جانی نقصان")], "قافلہ کسی جانی نقصان کے بغیر منزل پر پہنچا"),
        ],
    )
    def test_phrases(self, expected: list[tuple[str, str]], text: str) -> None:
        """ "None of X" phrases give the phrase and the negated words."""
        assert expected == negations(text)

    def test_no_negation(self) -> None:
        """A plain report has no negation."""
        assert [] == negations("دھماکے میں تین افراد زخمی ہوئے")

    @given(st.text(max_size=60))
    def test_offsets_inside_text(self, text: str) -> None:
        """Scopes lie inside their phrases, which lie inside the text."""
        nt = normalize(text)
        for n in find_negations(nt):
            assert 0 <= n.start <= n.scope_start <= n.scope_end <= n.end <= len(nt.text)
