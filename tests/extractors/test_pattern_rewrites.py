"""Patterns rewritten for speed match what they matched before (property tests against the
pattern as it was written)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_events.extractors._grammar import word_alternation
from urdu_events.extractors._incident_places import _DIRECTION_NAMED, _REGION_NOUNS
from urdu_events.extractors._incident_read import _CHARGE_CLAUSE, _CLAIMS_THAT, _claim_that

#: ``_CHARGE_CLAUSE`` as it was, with a lookbehind first.
_CHARGE_CLAUSE_BEFORE = re.compile(rf"(?<!\w)(?:{word_alternation('relative_pronoun')})\s[^۔؟!\n،,:]*$")

_PIECES = ["جو", "جن", "جنہوں", "جنھوں", "جس", "ج", "نے", "لاہور", "میں", "ملوث", "تھے"]
_PIECES += [" ", " ", "،", "۔", "\n", ":"]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=20).map("".join),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=80),
)
def test_charge_clause_matches_as_before(text: str, pos: int, endpos: int) -> None:
    got = _CHARGE_CLAUSE.search(text, pos, endpos)
    want = _CHARGE_CLAUSE_BEFORE.search(text, pos, endpos)
    assert (got and got.span()) == (want and want.span())


_CLAIM_PIECES = ["ترجمان", "فوج", "نے", "دعویٰ", "دعوی", "کیا", "ہے", "گیا", "کہ", "پانچ", "5", "افراد"]
_CLAIM_PIECES += ["ہلاک", "ہوئے", " ", " ", " ", "،", "۔", "\n", "ا" * 30]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_CLAIM_PIECES), max_size=30).map("".join),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=200),
)
def test_claim_that_finds_what_the_search_found(text: str, pos: int, endpos: int) -> None:
    """``_claim_that`` starts the search near the first " نے" the rest of the claim follows."""
    got = _claim_that(text, pos, endpos)
    want = _CLAIMS_THAT.search(text, pos, endpos)
    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


#: ``_DIRECTION_NAMED`` as it was, with a lookbehind first and the province in a group.
_DIRECTION_NAMED_BEFORE = re.compile(
    rf"(?<!\w)(?:(?P<province>{word_alternation('named_region_noun')})|{word_alternation('locality_noun')})\s"
    rf"(?P<name>(?:{word_alternation('direction_adjective')})\s(?P<rest>\w+))(?=\s(?:میں|کے|کی|پر|سے)(?!\w))"
)
_DIRECTION_PIECES = ["صوبے", "صوبہ", "ریاست", "علاقے", "شہر", "شمالی", "جنوبی", "کیوو", "میں", "کے", "ا", "x"]
_DIRECTION_PIECES += [" ", " ", "\n", "،"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_DIRECTION_PIECES), max_size=16).map("".join))
def test_direction_named_matches_as_before(text: str) -> None:
    """The same names, and a province exactly where the old pattern's group said so."""
    got = [
        (m.span(), m.span("name"), m.span("rest"), text[m.start() : m.start("name") - 1] in _REGION_NOUNS)
        for m in _DIRECTION_NAMED.finditer(text)
    ]
    want = [
        (m.span(), m.span("name"), m.span("rest"), m.group("province") is not None)
        for m in _DIRECTION_NAMED_BEFORE.finditer(text)
    ]
    assert got == want
