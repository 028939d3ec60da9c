"""The byte-level count of Urdu letters equals the count by the letters' pattern (property test)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_events._checks import _URDU_LETTERS, urdu_letter_count

_NEAR = st.characters(min_codepoint=0x0500, max_codepoint=0x0800)


def _by_pattern(text: str) -> int:
    return len(text) - len(_URDU_LETTERS.sub("", text))


@settings(max_examples=500)
@given(st.text(max_size=60))
def test_count_matches_the_pattern_on_any_text(text: str) -> None:
    assert urdu_letter_count(text) == _by_pattern(text)


@settings(max_examples=500)
@given(
    st.text(alphabet=st.one_of(_NEAR, st.sampled_from(" \n\ud800\udfff\U0001f600\u0106\uff06")), max_size=60)
)
def test_count_matches_the_pattern_near_the_arabic_blocks(text: str) -> None:
    assert urdu_letter_count(text) == _by_pattern(text)
