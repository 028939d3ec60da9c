"""Patterns rewritten for speed match what they matched before (property tests against the
pattern as it was written)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_events.extractors._grammar import word_alternation
from urdu_events.extractors._incident_read import _CHARGE_CLAUSE

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
