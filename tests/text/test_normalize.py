"""Tests for normalize, NormalizedText and fold."""

from __future__ import annotations

from bisect import bisect_right

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.exceptions import InvalidArgumentError, OffsetError
from urdu_events.text import NormalizedText, _normalize, fold, normalize

URDU_LETTERS = "آابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئۂۃ"
ARABIC_VARIANTS = "أإٱؤۓةەىيكهۀ"
MARKS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670\u0610\u06d6\u06ed"
DIGITS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬"
SPACES = " \t\n\r\xa0\u2009\u2028\u3000\v\f\x85"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\xad\x00\x1f\x7f\x9f\u0640"
PRESENTATION = "ﻻﻼﷲﷺﺁﺑﮐﯾﻳﻴﮨﹰﹱﱞﭖ"
PUNCT = "۔،؟؛!?.:\"'“”‘’«»()-–—"

URDU_ALPHABET = URDU_LETTERS + ARABIC_VARIANTS + MARKS + DIGITS + SPACES + INVISIBLE + PRESENTATION + PUNCT
urdu_like = st.text(st.sampled_from(URDU_ALPHABET), max_size=60)
any_text = st.text(st.characters(codec=None), max_size=60)
texts = st.one_of(urdu_like, any_text, st.text(max_size=60))


@st.composite
def texts_and_ranges(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    n = len(normalize(text).text)
    start = draw(st.integers(0, n))
    end = draw(st.integers(start, n))
    return text, start, end


class TestSpanInvariant:
    @given(texts_and_ranges())
    def test_span_text_is_original_slice(self, case: tuple[str, int, int]) -> None:
        """span(s, e).text is always the original text between its offsets."""
        text, start, end = case
        span = normalize(text).span(start, end)
        assert text[span.start : span.end] == span.text

    @given(texts_and_ranges())
    def test_span_offsets_are_ordered_and_inside(self, case: tuple[str, int, int]) -> None:
        """Spans lie inside the original text and are empty only for empty ranges."""
        text, start, end = case
        span = normalize(text).span(start, end)
        assert 0 <= span.start <= span.end <= len(text)
        assert (start == end) == (span.start == span.end)

    @given(texts_and_ranges())
    def test_original_span_folds_like_normalized_range(self, case: tuple[str, int, int]) -> None:
        """The original behind a normalized range normalizes back to text containing that range."""
        text, start, end = case
        nt = normalize(text)
        span = nt.span(start, end)
        assert fold(nt.text[start:end]) in fold(span.text)

    @given(texts)
    def test_mapping_is_monotonic(self, text: str) -> None:
        """Later normalized characters never map before earlier ones."""
        nt = normalize(text)
        sources = [nt.to_original(i, i + 1) for i in range(len(nt.text))]
        assert sources == sorted(sources)

    @given(texts_and_ranges())
    def test_from_original_covers_range(self, case: tuple[str, int, int]) -> None:
        """Mapping a non-empty span back gives a normalized range containing the first one."""
        text, start, end = case
        nt = normalize(text)
        span = nt.span(start, end)
        back = nt.from_original(span.start, span.end)
        if start < end:
            assert back[0] <= start and end <= back[1]
        else:
            assert back[0] == back[1]


class TestNormalizeProperties:
    @given(texts)
    def test_idempotent(self, text: str) -> None:
        """Normalizing normalized text changes nothing."""
        once = normalize(text).text
        assert once == normalize(once).text

    @given(texts)
    def test_output_has_no_marks_or_runs(self, text: str) -> None:
        """Output holds no deleted characters and no whitespace runs."""
        out = normalize(text).text
        assert not any(c in out for c in MARKS + INVISIBLE)
        assert "  " not in out and "\n\n" not in out and " \n" not in out and "\n " not in out

    @given(texts)
    def test_fold_has_single_spaces(self, text: str) -> None:
        """fold() has no leading, trailing or repeated whitespace."""
        key = fold(text)
        assert key == " ".join(key.split())

    @given(texts)
    def test_fold_is_normalize_with_single_spaces(self, text: str) -> None:
        """fold() is the normalized text with whitespace runs as single spaces, stripped."""
        assert " ".join(normalize(text).text.split()) == fold(text)

    @pytest.mark.parametrize("text", ["ا\u0653", "ی\u0654 ہ\u0654", "آ\u0653", "\u0653", " \u0654ا  ب\n"])
    def test_fold_composes(self, text: str) -> None:
        """Madda and hamza marks compose with their letters in fold() as in normalize()."""
        assert " ".join(normalize(text).text.split()) == fold(text)


class TestNormalizeExamples:
    @pytest.mark.parametrize(
        ("expected", "text"),
        [
            ("پاکستان", "پاکِستان"),
            ("کیا", "كيا"),
            ("یہ", "يه"),
            ("آج", "ا\u0653ج"),
            ("گئے", "گی\u0654ے"),
            ("لاہور", "ﻻہور"),
            ("میں", "ﻤﯿﮟ"),
            ("12500", "۱۲۵۰۰"),
            ("12,500", "١٢٬٥٠٠"),
            ("2.5", "۲٫۵"),
            ('"حملہ"', "“حملہ”"),
            ("a-b", "a–b"),
            ("ispr", "ISPR"),
            ("شہر میں", "شہر\u00a0\u200c میں"),
            ("پہلا\nدوسرا", "پہلا \r\n\r\n دوسرا"),
            ("ایک دو", "ایک\tدو"),
            ("کہا", "کـــہا"),
            ("ab", "a\u200b\u200e\u202bb"),
            ("", "\ufeff"),
        ],
    )
    def test_examples(self, expected: str, text: str) -> None:
        """Letters, digits, marks, quotes, dashes and whitespace normalize as documented."""
        assert expected == normalize(text).text

    def test_original_is_kept(self) -> None:
        """The original text is stored untouched."""
        text = "پشاور  میں\u200c دھماکا"
        assert text == normalize(text).original

    def test_span_of_collapsed_whitespace(self) -> None:
        """A normalized space maps to the whole whitespace run."""
        text = "دو \r\n\t تین"
        nt = normalize(text)
        assert " \r\n\t " == nt.span(2, 3).text

    def test_span_includes_inner_marks(self) -> None:
        """Marks inside a span are kept, marks after it may be dropped."""
        text = "زَخمی ہوئے"
        nt = normalize(text)
        assert "زَخمی" == nt.span(0, 4).text

    def test_span_of_expanded_ligature(self) -> None:
        """Each character of an expanded ligature maps to the ligature."""
        nt = normalize("ﻻہور")
        assert "ﻻ" == nt.span(0, 1).text
        assert "ﻻہ" == nt.span(1, 3).text

    def test_empty_span_at_end(self) -> None:
        """An empty range at the end maps to an empty span at the end."""
        nt = normalize("شہر\u200c")
        span = nt.span(3, 3)
        assert "" == span.text

    def test_huge_input(self) -> None:
        """Ten megabytes of mixed text normalize without error."""
        text = ("کراچی میں فائرنگ سے 3 افراد ہلاک ہو گئے۔\r\n\u200c" * 250_000)[:10_000_000]
        nt = normalize(text)
        assert text[:5] == nt.span(0, 5).text


class TestArgumentErrors:
    @pytest.mark.parametrize("value", [None, b"bytes", 3, ["text"]])
    def test_normalize_rejects_non_str(self, value: object) -> None:
        """A non-str argument raises InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            normalize(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", [None, 1.5])
    def test_fold_rejects_non_str(self, value: object) -> None:
        """fold() rejects non-str arguments."""
        with pytest.raises(InvalidArgumentError):
            fold(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, 99)])
    def test_bad_offsets(self, start: int, end: int) -> None:
        """Offsets outside the normalized text raise OffsetError."""
        nt: NormalizedText = normalize("ایک دو")
        with pytest.raises(OffsetError):
            nt.span(start, end)


def reference_normalize(text: str) -> str:
    """Normalization written the slow, obvious way: edit by edit, in Python."""
    from urdu_events.text import _normalize as impl

    pieces = []
    o = 0
    for m in impl._EDITS.finditer(text):
        ms, me = m.span()
        composed = impl._COMPOSE.get((text[ms - 1], text[ms])) if ms > o else None
        if composed is not None:
            pieces += [text[o : ms - 1], composed]
        else:
            pieces.append(text[o:ms])
            run = m.group()
            if run[0] in impl._EXPANDED:
                pieces.append(impl._EXPANDED[run[0]])
            elif run[0] not in impl._DELETED_ALL:
                pieces.append("\n" if any(c in "\n\r\v\f\x85\u2028\u2029" for c in run) else " ")
        o = me
    pieces.append(text[o:])
    return "".join(pieces).translate(impl._TRANSLATE)


class TestAgainstReference:
    @given(texts)
    def test_same_text_as_edit_by_edit(self, text: str) -> None:
        """The C-level passes give the same text as applying the edits one by one."""
        assert reference_normalize(text) == normalize(text).text

    @given(texts)
    def test_every_character_has_a_source(self, text: str) -> None:
        """Every normalized character comes from a non-empty run of the original."""
        nt = normalize(text)
        for i in range(len(nt.text)):
            start, end = nt.to_original(i, i + 1)
            assert 0 <= start < end <= len(text)


def reference_to_original(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """The offset map read block by block with bisect, as the blocks are documented."""

    def source(i: int) -> tuple[int, int]:
        b = bisect_right(nt._norm, i) - 1
        n0, o0, oe = nt._norm[b], nt._orig[b], nt._orig_end[b]
        n_next = nt._norm[b + 1] if b + 1 < len(nt._norm) else len(nt.text)
        return (o0 + i - n0, o0 + i - n0 + 1) if oe - o0 == n_next - n0 else (o0, oe)

    n = len(nt.text)
    if start < end:
        return source(start)[0], source(end - 1)[1]
    s = source(start)[0] if start < n else source(n - 1)[1] if n else 0
    return s, s


class TestOffsetArrays:
    @given(texts_and_ranges())
    def test_same_as_the_blocks(self, case: tuple[str, int, int]) -> None:
        """to_original's per-character arrays agree with a bisect over the blocks."""
        text, start, end = case
        nt = normalize(text)
        assert reference_to_original(nt, start, end) == nt.to_original(start, end)

    @pytest.mark.parametrize("text", ["", "abc", "\u200b", "a\u200b", "a  b", "ﻻ", "ا\u0653", "\u064ea"])
    def test_same_as_the_blocks_everywhere(self, text: str) -> None:
        """Identity maps, deletions, collapsed runs and expansions, at every offset pair."""
        nt = normalize(text)
        n = len(nt.text)
        for start in range(n + 1):
            for end in range(start, n + 1):
                assert reference_to_original(nt, start, end) == nt.to_original(start, end)


class TestTranslated:
    """The table's changes are made by replacing only the characters it changes."""

    @given(
        st.text(st.sampled_from([chr(k) for k in _normalize._FULL_TABLE] + list("ab ابپ\n۔")), max_size=30)
    )
    def test_same_as_translate(self, text: str) -> None:
        """Any text of the table's characters and some it leaves alone."""
        assert _normalize._translated(text) == text.translate(_normalize._FULL_TABLE)

    @given(st.text(max_size=30))
    def test_same_as_translate_on_any_text(self, text: str) -> None:
        """Any characters at all."""
        assert _normalize._translated(text) == text.translate(_normalize._FULL_TABLE)

    def test_replaces_exactly_what_changes(self) -> None:
        """The characters replaced are those the table maps to something else."""
        changed = {chr(k) for k, v in _normalize._FULL_TABLE.items() if v != k}
        assert set(_normalize._REPLACED.findall("".join(map(chr, _normalize._FULL_TABLE)))) == changed
        assert _normalize._translated("كراچي ميں ١٢ افراد") == "کراچی میں 12 افراد"

    @given(
        st.text(st.sampled_from([chr(k) for k in _normalize._FULL_TABLE] + list("ab ابپ\n۔")), max_size=200)
    )
    def test_fold_of_a_long_phrase(self, text: str) -> None:
        """fold reads a long phrase as it reads a short one: the table's changes, whitespace as one space."""
        expected = " ".join(
            _normalize._COMPOSE_RE.sub(_normalize._composed, text).translate(_normalize._FULL_TABLE).split()
        )
        assert fold(text) == expected


#: Text dense in the characters ``_EDITS`` reads: spaces, other white space, deleted and
#: expanded characters, between letters.
_EDIT_CHARS = list("  \n\r\t\xa0\u200c\u200b\u064e\u0653\u0654\u0670ﻻۓ")
edit_dense = st.text(st.sampled_from(_EDIT_CHARS + list("ابےی")), max_size=80)


class TestEditSpans:
    @given(st.one_of(edit_dense, texts))
    def test_same_spans_as_finditer(self, text: str) -> None:
        """``_edit_spans`` (``_EDITS`` tried only where it can match) finds what ``finditer`` finds."""
        assert _normalize._edit_spans(text) == [m.span() for m in _normalize._EDITS.finditer(text)]

    @pytest.mark.parametrize(
        "text", ["", " ", "  ", "   a", "a \u200c\u200cb", " \u200c \n", "\u200c ", "a \r\n\r\n b"]
    )
    def test_edge_cases(self, text: str) -> None:
        """Runs led by a space, deleted characters after a space, and a text of spaces alone."""
        assert _normalize._edit_spans(text) == [m.span() for m in _normalize._EDITS.finditer(text)]
