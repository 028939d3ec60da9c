"""Tests for split_sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.text import normalize, split_sentences


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(normalize(text))]


class TestSplitting:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            (["شہر میں کشیدگی ہے۔", "بازار بند ہیں۔"], "شہر میں کشیدگی ہے۔ بازار بند ہیں۔"),
            (["کیا حملہ آور پکڑے گئے؟", "ابھی نہیں۔"], "کیا حملہ آور پکڑے گئے؟ ابھی نہیں۔"),
            (["یہ ظلم ہے!", "انصاف کرو۔"], "یہ ظلم ہے! انصاف کرو۔"),
            (["پہلی سطر", "دوسری سطر"], "پہلی سطر\r\nدوسری سطر"),
            (["عنوان", "متن یہاں ہے۔"], "عنوان\n\n\nمتن یہاں ہے۔"),
            (["کراچی میں فائرنگ ہوئی.", "دو زخمی ہوئے."], "کراچی میں فائرنگ ہوئی. دو زخمی ہوئے."),
            (["کیا واقعی؟!", "ہاں۔"], "کیا واقعی؟! ہاں۔"),
        ],
    )
    def test_ends(self, expected: list[str], text: str) -> None:
        """Sentences end at ۔ ؟ ! line breaks and a dot after Urdu text."""
        assert expected == sentences(text)

    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            (["ڈی۔ آئی۔ جی نے موقع کا دورہ کیا۔"], "ڈی۔ آئی۔ جی نے موقع کا دورہ کیا۔"),
            (["پی۔ ٹی۔ آئی۔ نے احتجاج کی کال دی۔"], "پی۔ ٹی۔ آئی۔ نے احتجاج کی کال دی۔"),
            (["ایس۔ ایچ۔ او۔ کے مطابق دو ملزم فرار ہیں۔"], "ایس۔ ایچ۔ او۔ کے مطابق دو ملزم فرار ہیں۔"),
            (["شرح 2.5 فیصد رہی۔"], "شرح 2.5 فیصد رہی۔"),
            (["شرح 2۔5 فیصد رہی۔"], "شرح 2۔5 فیصد رہی۔"),
            (["م۔ ش۔ خان نے بیان دیا۔"], "م۔ ش۔ خان نے بیان دیا۔"),
            (["dr. khan نے کہا کہ حالات قابو میں ہیں۔"], "Dr. Khan نے کہا کہ حالات قابو میں ہیں۔"),
            (["وہ بولے... پھر خاموش ہو گئے۔"], "وہ بولے... پھر خاموش ہو گئے۔"),
            (["تفصیل www.example.com?id=5 پر ہے۔"], "تفصیل www.example.com?id=5 پر ہے۔"),
        ],
    )
    def test_no_end(self, expected: list[str], text: str) -> None:
        """Abbreviations, initials, decimals, ellipses and URLs do not end sentences."""
        assert expected == sentences(text)

    def test_closing_quote_stays(self) -> None:
        """A closing quote after the end mark belongs to the sentence."""
        assert ['انہوں نے کہا "ہم بدلہ لیں گے۔"', "پھر وہ چلے گئے۔"] == sentences(
            "انہوں نے کہا “ہم بدلہ لیں گے۔” پھر وہ چلے گئے۔"
        )

    def test_list_number(self) -> None:
        """A list number at the start of a line does not end a sentence."""
        assert ["1۔ پہلا مطالبہ", "2۔ دوسرا مطالبہ"] == sentences("1۔ پہلا مطالبہ\n2۔ دوسرا مطالبہ")

    def test_no_terminal_mark(self) -> None:
        """Text without an end mark is one sentence."""
        assert ["ایک جملہ بغیر اختتام"] == sentences("  ایک جملہ بغیر اختتام  ")

    def test_empty(self) -> None:
        """Empty or blank text has no sentences."""
        assert [] == sentences(" \n\u200c ")

    def test_offsets_point_at_text(self) -> None:
        """Each sentence's offsets select its text from the normalized text."""
        nt = normalize("پہلا جملہ۔  دوسرا جملہ؟\nتیسرا")
        for s in split_sentences(nt):
            assert nt.text[s.start : s.end] == s.text

    def test_rejects_raw_string(self) -> None:
        """split_sentences() needs a NormalizedText."""
        with pytest.raises(InvalidArgumentError):
            split_sentences("متن")  # type: ignore[arg-type]


class TestProperties:
    @given(st.text(st.sampled_from("ابپ تٹ۔؟!?.\n\"' 0123"), max_size=80) | st.text(max_size=80))
    def test_cover_every_visible_character_in_order(self, text: str) -> None:
        """Sentences are ordered, disjoint, stripped and together hold every non-space character."""
        nt = normalize(text)
        found = split_sentences(nt)
        pos = 0
        for s in found:
            assert pos <= s.start < s.end
            assert s.text == s.text.strip(" \n")
            assert nt.text[pos : s.start].strip(" \n") == ""
            pos = s.end
        assert nt.text[pos:].strip(" \n") == ""
