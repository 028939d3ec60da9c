"""Tests for unwrap: hard-wrapped text, broken words, the offset map and the word list."""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from urdu_events import Pipeline, extract
from urdu_events.exceptions import InvalidArgumentError
from urdu_events.extractors._rules import switched_off
from urdu_events.extractors.incidents import IncidentExtractor
from urdu_events.models import Role
from urdu_events.pipeline import make_document
from urdu_events.text import Analysis, analyze, is_wrapped, normalize, split_sentences, unwrap
from urdu_events.text._normalize import _GLUED, _glued_edits, edit_normalized, space_glued
from urdu_events.text._unwrap import known_words
from urdu_events.text._util import word_set

ROOT = Path(__file__).resolve().parents[2]

#: Invented news sentences, one paragraph.
PARAGRAPH = (
    "ضلعی انتظامیہ نے بتایا کہ شہر کے مرکزی بازار میں نامعلوم افراد نے فائرنگ کر کے "
    "دو دکانداروں کو زخمی کر دیا۔ پولیس کے ترجمان نے کہا کہ حملہ آور موٹر سائیکل پر سوار تھے اور واردات "
    "کے بعد فرار ہو گئے۔ پولیس نے علاقے کی ناکہ بندی کر کے ملزمان کی تلاش شروع کر دی ہے اور "
    "زخمیوں کو قریبی ہسپتال منتقل کر دیا گیا ہے۔ تاجر برادری نے واقعے کے خلاف احتجاج کا اعلان کیا ہے۔"
)


def wrap(text: str, width: int) -> str:
    """``text`` wrapped greedily at ``width`` characters (words stay whole)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return "\n".join([*lines, current])


def break_word(text: str, word: str, piece: int) -> str:
    """``text`` wrapped so that ``word`` is cut across a line after ``piece`` letters."""
    for width in range(40, 80):
        lines = wrap(text, width).split("\n")
        for i, line in enumerate(lines[1:], 1):
            if line.startswith(word + " "):
                lines[i - 1] += " " + word[:piece]
                lines[i] = line[piece:]
                return "\n".join(lines)
    raise AssertionError(f"no width puts {word} at the start of a line")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as ``analyze`` reads them, whitespace collapsed."""
    return [" ".join(s.text.split()) for s in analyze(text).sentences]


def compact(text: str) -> str:
    """``text`` without whitespace."""
    return "".join(text.split())


def assert_sentences_index(original: str) -> None:
    """Every sentence of ``original``'s analysis maps back to the original characters it was read from."""
    a = analyze(original)
    for s in a.sentences:
        span = a.normalized.span(s.start, s.end)
        assert original[span.start : span.end] == span.text
        assert compact(s.text) == compact(span.text)


class TestDetection:
    def test_wrapped_paragraph(self) -> None:
        """A paragraph wrapped at 45 characters reads as wrapped."""
        assert is_wrapped(normalize(wrap(PARAGRAPH, 45)))

    def test_one_paragraph_per_line(self) -> None:
        """Normal text with a heading, a dateline and one paragraph per line is returned unchanged."""
        text = "بازار میں فائرنگ\nپشاور (نمائندہ خصوصی)\n" + PARAGRAPH.replace("۔ ", "۔\n")
        nt = normalize(text)
        assert not is_wrapped(nt)
        assert nt is unwrap(nt)

    def test_paragraphs_without_full_stops(self) -> None:
        """Paragraph lines without full stops but of very different lengths are not wrapped."""
        text = "\n".join(s.rstrip("۔") for s in PARAGRAPH.split("۔ ")) + "\nمزید تفصیلات کا انتظار ہے"
        nt = normalize(text)
        assert nt is unwrap(nt)

    def test_short_list(self) -> None:
        """A list of short similar lines is narrower than any wrapping and stays a list."""
        text = "پشاور کے شہری\nکوئٹہ کے شہری\nلاہور کے شہری\nملتان کے شہری\nسکھر کے شہری"
        nt = normalize(text)
        assert nt is unwrap(nt)

    def test_no_line_break(self) -> None:
        """A text without line breaks is returned as it is."""
        nt = normalize(PARAGRAPH)
        assert nt is unwrap(nt)

    def test_rejects_str(self) -> None:
        """unwrap takes a NormalizedText, not a str."""
        with pytest.raises(InvalidArgumentError):
            unwrap(PARAGRAPH)  # type: ignore[arg-type]


class TestLineBreaks:
    def test_sentences_span_lines(self) -> None:
        """A line break inside a sentence is a space: the wrapped paragraph has the paragraph's sentences."""
        expected = [s.text for s in split_sentences(normalize(PARAGRAPH))]
        assert expected == sentences(wrap(PARAGRAPH, 45))

    def test_windows_line_ends(self) -> None:
        """Wrapped text with \\r\\n line ends reads the same as with \\n."""
        wrapped = wrap(PARAGRAPH, 45)
        assert sentences(wrapped) == sentences(wrapped.replace("\n", "\r\n"))

    def test_heading_before_wrapped_text(self) -> None:
        """A short line without a full stop before wrapped text is a heading: its own sentence."""
        text = "بازار میں فائرنگ\n" + wrap(PARAGRAPH, 50)
        assert "بازار میں فائرنگ" == sentences(text)[0]

    def test_blank_line_ends_sentence(self) -> None:
        """A blank line ends a sentence even after a full line without a full stop."""
        lines = wrap(PARAGRAPH, 50).split("\n")
        text = "\n".join([*lines[:2], "", *lines[2:]])
        assert " ".join(lines[:2]) == sentences(text)[0]

    def test_list_items_stay_apart(self) -> None:
        """A line that starts a list item is not joined to the line before it."""
        text = wrap(PARAGRAPH, 45) + "\n- زخمیوں میں دو بچے بھی شامل ہیں جنہیں طبی امداد دی گئی\n- بازار بند"
        assert "- بازار بند" == sentences(text)[-1]

    def test_offsets_point_at_original(self) -> None:
        """Sentence spans of unwrapped text still cut the original text, line breaks included."""
        text = wrap(PARAGRAPH, 40)
        a = analyze(text)
        first = a.normalized.span(a.sentences[0].start, a.sentences[0].end)
        assert text[: text.index("۔") + 1] == first.text
        assert "\n" in first.text

    def test_claim_across_lines(self) -> None:
        """A claim whose cue and content are on different lines is read whole."""
        expected = extract(PARAGRAPH).claims[0].content
        claim = extract(wrap(PARAGRAPH, 40)).claims[0]
        assert expected is not None and claim.content is not None
        assert compact(expected.text) == compact(claim.content.text)


class TestHealing:
    def test_broken_word_joined(self) -> None:
        """A word broken across a line is joined when the joined form is a known word and a piece is not."""
        text = break_word(PARAGRAPH, "ترجمان", 2)
        assert "پولیس کے ترجمان نے کہا" in sentences(text)[1]

    def test_known_pieces_stay_apart(self) -> None:
        """Two known words stay apart when their joined form is rarer than both."""
        text = break_word(PARAGRAPH.replace("ناکہ بندی", "ان کی"), "کی", 2)
        assert "ان کی" in " ".join(sentences(text))

    def test_unknown_join_stays_apart(self) -> None:
        """Pieces whose joined form is not a known word are two words."""
        text = break_word(PARAGRAPH.replace("ترجمان", "گلبوش"), "گلبوش", 2)
        assert "گل بوش" in sentences(text)[1]

    def test_healed_span_covers_break(self) -> None:
        """The span of a healed word covers the line break in the original."""
        text = break_word(PARAGRAPH, "ترجمان", 2)
        a = analyze(text)
        start = a.text.index("ترجمان")
        assert "تر\nجمان" == a.normalized.span(start, start + len("ترجمان")).text


#: Invented vocabulary for sentences: common words, no digits or punctuation.
WORDS = sorted(
    word_set(
        "پولیس شہر بازار حملہ فائرنگ ترجمان حکام علاقے واقعے مظاہرین انتظامیہ ہسپتال زخمی افراد نامعلوم "
        "کارروائی عدالت حکومت گاڑی سڑک دھماکہ شہری فوج سکیورٹی اہلکار رپورٹ کے میں نے کو سے پر اور کی کا ہے"
    )
)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """An invented paragraph of 12 to 20 sentences of 8 to 14 words each."""
    out = []
    for _ in range(draw(st.integers(12, 20))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=8, max_size=14))
        out.append(" ".join(words) + "۔")
    return " ".join(out)


class TestProperties:
    @given(paragraphs(), st.integers(30, 90))
    def test_rewrap_keeps_sentences(self, text: str, width: int) -> None:
        """Rewrapping an invented paragraph gives the same sentences modulo whitespace."""
        wrapped = wrap(text, width)
        assume(is_wrapped(normalize(wrapped)))
        assert [s.text for s in split_sentences(normalize(text))] == sentences(wrapped)

    @given(paragraphs(), st.integers(30, 90), st.data())
    def test_sentence_offsets_index_original(self, text: str, width: int, data: st.DataObject) -> None:
        """Sentences of unwrapped text, even with words cut across lines, map to the original characters."""
        lines = wrap(text, width).split("\n")
        for i in data.draw(st.sets(st.integers(0, len(lines) - 2), max_size=3)) if len(lines) > 1 else ():
            word = lines[i + 1].split(" ", 1)[0]
            if len(word) > 3:  # move a piece of the next line's first word up: a cut word
                lines[i] += " " + word[:2]
                lines[i + 1] = word[2:] + lines[i + 1][len(word) :]
        original = "\n".join(lines)
        assert_sentences_index(original)

    @given(st.lists(st.sampled_from([*WORDS, "۔", "\n", "\n\n", " "]), max_size=80))
    def test_normal_text_unchanged(self, pieces: list[str]) -> None:
        """One paragraph per line, each ending in a full stop, is never changed."""
        text = "\n".join(f"{' '.join(p.split())}۔" for p in " ".join(pieces).split("\n") if p.strip())
        nt = normalize(text)
        assert nt is unwrap(nt)


class TestStrayBreaks:
    """sentences.stray-line-break: a single break inside a sentence of a text not wrapped as a whole."""

    @pytest.mark.parametrize(
        "text",
        [
            "مسلح افراد نے\nمسافر وین پر فائرنگ کی۔",  # the line ends in the ergative نے
            "دھماکے کے بعد پولیس اور\nامدادی ٹیمیں موقع پر پہنچ گئیں۔",  # ... in a conjunction
            "سڑک کنارے نصب بم پھٹنے سے تین فوجی ہلاک ہو\nگئے۔",  # the next line starts with an auxiliary
            "ضلعی ہسپتال کے مطابق پانچ\nافراد جاں بحق ہو گئے۔",  # a number and the people it counts
            "ضلعی ہسپتال کے مطابق 12\nافراد زخمی ہو گئے۔",
        ],
    )
    def test_joined(self, text: str) -> None:
        """The text is not wrapped as a whole, yet the break is a space: one sentence."""
        assert not is_wrapped(normalize(text))
        assert [text.replace("\n", " ")] == sentences(text)

    @pytest.mark.parametrize(
        "text",
        [
            # a headline ending in its verb, then a dateline
            "پولیس مقابلے میں چار ڈاکو ہلاک\nملتان (نامہ نگار) پولیس نے مقابلے کی تفصیل بتائی۔",
            "پولیس نے ملزم کو گرفتار کر لیا۔\nاس کے ساتھی فرار ہو گئے۔",  # after a full stop
            "پولیس نے\n\nاس کے ساتھی فرار ہو گئے۔",  # at a blank line
            "زخمیوں میں\n- دو بچے\n- ایک خاتون",  # before a list item
            # a number, then no people it counts
            "جاں بحق ہونے والوں کی تعداد 12\nکوئٹہ (ایجنسیاں) صوبائی حکومت نے سوگ کا اعلان کیا۔",
            "ہسپتال میں نو\nافراد کا علاج جاری ہے۔",
            # a line ending in a colon: the next may be quoted speech ("میں" is also "I")
            "عینی شاہد نے بتایا:\nمیں نے دھماکے کی آواز سنی۔",  # نو is also "new": not a number here
        ],
    )
    def test_kept(self, text: str) -> None:
        """Breaks that may end a sentence stay sentence ends."""
        nt = normalize(text)
        assert nt is unwrap(nt)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a link line whose headline ends in a postposition, then a sentence the reader must keep
            (
                "یہ بھی پڑھیں: سیالکوٹ میں نئے پل کی تعمیر آخری مرحلے میں\n"
                "یاد رہے کہ گزشتہ ہفتے نارووال میں دو چوکیداروں کو قتل کیا گیا تھا۔",
                [
                    "یہ بھی پڑھیں: سیالکوٹ میں نئے پل کی تعمیر آخری مرحلے میں",
                    "یاد رہے کہ گزشتہ ہفتے نارووال میں دو چوکیداروں کو قتل کیا گیا تھا۔",
                ],
            ),
            # another label, after a bullet, a headline ending in "پر"
            (
                "• مزید پڑھیں: تاجروں سے مذاکرات کا فیصلہ، نظریں اب کمیٹی پر\n"
                "ضلعی انتظامیہ نے چمن میں دفعہ 144 نافذ کر دی ہے۔",
                [
                    "• مزید پڑھیں: تاجروں سے مذاکرات کا فیصلہ، نظریں اب کمیٹی پر",
                    "ضلعی انتظامیہ نے چمن میں دفعہ 144 نافذ کر دی ہے۔",
                ],
            ),
            # a sentence left open before a link line does not run into it
            (
                "پولیس نے بتایا کہ ملزمان کو\nاس خبر کو بھی پڑھیں: تربت میں بازار بند",
                ["پولیس نے بتایا کہ ملزمان کو", "اس خبر کو بھی پڑھیں: تربت میں بازار بند"],
            ),
        ],
    )
    def test_link_line_ends_at_its_break(self, text: str, expected: list[str]) -> None:
        """A line that opens with a link label (the ``skip`` entries of ``incident_markers``) ends
        at its own line break, whatever its headline's last word, and no line runs into it."""
        assert expected == sentences(text)

    def test_label_inside_a_sentence_is_no_link_line(self) -> None:
        """A stray break inside an ordinary sentence is still joined, also where the line after
        it opens with a word a label starts with ("مزید"), and a label later in a line does not
        keep a break."""
        text = "ضلعی پولیس افسر نے\nمزید بتایا کہ لاڑکانہ میں تین ملزمان گرفتار کر لیے گئے۔"
        assert [text.replace("\n", " ")] == sentences(text)
        text = "رپورٹر نے کہا کہ مزید پڑھیں کا بٹن اخبار کے\nصفحے پر نہیں تھا۔"
        assert [text.replace("\n", " ")] == sentences(text)

    def test_broken_word_healed(self) -> None:
        """At a joined break, a word broken across it is healed by the same test as in wrapped text."""
        text = "اس نے کہ\nنا شروع کیا کہ حملہ آور فرار ہو گئے۔"
        assert ["اس نے کہنا شروع کیا کہ حملہ آور فرار ہو گئے۔"] == sentences(text)

    def test_switched_off(self) -> None:
        """With the rule off the break ends a sentence, as it did before the rule."""
        with switched_off(["sentences.stray-line-break"]):
            assert 2 == len(Analysis.of("مسلح افراد نے\nمسافر وین پر فائرنگ کی۔").sentences)

    def test_extractor_switch(self) -> None:
        """IncidentExtractor(disable=...) switches the rule off for its reading of a pipeline's analysis."""
        text = "کوئٹہ میں مسلح افراد نے\nمسافر وین پر فائرنگ کر کے دو مسافروں کو قتل کر دیا۔"

        def perpetrators(disable: list[str]) -> list[str]:
            doc = Pipeline([IncidentExtractor(disable=disable)])(make_document(text, published="2024-03-08"))
            return [a.name for i in doc.incidents for a in i.actors if a.role is Role.PERPETRATOR]

        assert ["مسلح افراد"] == perpetrators([])
        assert [] == perpetrators(["sentences.stray-line-break"])

    @given(st.lists(st.sampled_from([*WORDS, "۔", "\n", "\n\n", " ", "5", "پانچ"]), max_size=80))
    def test_spans_index_original(self, pieces: list[str]) -> None:
        """Sentences of a text with stray breaks joined still map to the original characters."""
        original = " ".join(pieces)
        assert_sentences_index(original)


class TestParticipleBreaks:
    """sentences.break-before-participle: a break before a participle, or inside a casualty figure."""

    @pytest.mark.parametrize(
        "text",
        [
            "فائرنگ سے دو راہگیر زخمی\nہوئے جنہیں ہسپتال لے جایا گیا۔",  # before the participle ہوئے
            "دھماکے میں زخمی ہونے\nوالے افراد کو ہسپتال منتقل کر دیا گیا۔",  # before the -والا suffix
            "حملے میں تین پولیس اہلکار شہید جبکہ دو\nزخمی ہو گئے۔",  # a number, then what befell them
            "بم دھماکے میں سات افراد\nہلاک ہو گئے۔",  # a noun of people, then what befell them
        ],
    )
    def test_joined(self, text: str) -> None:
        """The break is a space: one sentence; with the rule off it stays a sentence end."""
        assert not is_wrapped(normalize(text))
        assert [text.replace("\n", " ")] == sentences(text)
        with switched_off(["sentences.break-before-participle"]):
            assert 2 == len(Analysis.of(text).sentences)

    @pytest.mark.parametrize(
        "text",
        [
            # a headline ending in its casualty word, then a paragraph opening with another
            "مسجد میں دھماکا، 12 افراد جاں بحق\nزخمی ہونے والوں کو ہسپتال منتقل کر دیا گیا۔",
            "پولیس نے دو ملزمان گرفتار کر لیے۔\nزخمی ہونے والے اہلکار ہسپتال میں ہیں۔",  # after a full stop
            "حملے میں دو\n\nزخمی ہو گئے۔",  # at a blank line
        ],
    )
    def test_kept(self, text: str) -> None:
        """Breaks that may end a sentence stay sentence ends."""
        nt = normalize(text)
        assert nt is unwrap(nt)


class TestEditNormalized:
    @given(st.text(st.sampled_from("ab \n\r\u064b\ufdfa\u200cپ۔")), st.data())
    def test_kept_characters_keep_their_source(self, text: str, data: st.DataObject) -> None:
        """Every character that an edit keeps maps to the same original characters as before."""
        nt = normalize(text)
        positions = data.draw(st.sets(st.integers(0, len(nt.text) - 1)) if nt.text else st.just(set[int]()))
        edits = {p: data.draw(st.sampled_from(["", " "])) for p in positions}
        edited = edit_normalized(nt, edits)
        kept = [p for p in range(len(nt.text)) if edits.get(p) != ""]
        assert "".join(edits.get(p, nt.text[p]) for p in kept) == edited.text
        for q, p in enumerate(kept):
            assert nt.to_original(p, p + 1) == edited.to_original(q, q + 1)
        if kept:
            assert (nt.to_original(kept[0], kept[0] + 1)[0], nt.to_original(kept[-1], kept[-1] + 1)[1]) == (
                edited.to_original(0, len(edited.text))
            )

    @given(st.text(st.sampled_from("ab \n\r\u064b\ufdfa\u200cپ۔")), st.data())
    def test_expanded_characters_map_to_their_source(self, text: str, data: st.DataObject) -> None:
        """A character replaced by several maps each of them into the original characters it came from."""
        nt = normalize(text)
        positions = data.draw(st.sets(st.integers(0, len(nt.text) - 1)) if nt.text else st.just(set[int]()))
        edits = {p: nt.text[p] + " " for p in positions}
        edited = edit_normalized(nt, edits)
        assert edited.text == "".join(edits.get(p, c) for p, c in enumerate(nt.text))
        q = 0
        for p in range(len(nt.text)):
            for k in range(len(edits.get(p, "x"))):
                (a, b), (c, d) = nt.to_original(p, p + 1), edited.to_original(q + k, q + k + 1)
                assert a <= c < d <= b
            q += len(edits.get(p, "x"))

    def test_rejects_offsets_outside_the_text(self) -> None:
        """An offset outside the text is an InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            edit_normalized(normalize("ab"), {2: "x"})


class TestSpaceGlued:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ضلع میں12 افراد", "ضلع میں 12 افراد"),
            ("30مزدور موجود", "30 مزدور موجود"),
            ("یہ 11ویں بار اور 5واں دن", "یہ 11ویں بار اور 5واں دن"),
            ("مارچ 2021ء میں", "مارچ 2021ء میں"),
            ("12 افراد", "12 افراد"),
            ("انہوںنے کہا", "انہوں نے کہا"),
            ("اس کےلیے", "اس کے لیے"),
            ("گئے ہیں۔", "گئے ہیں۔"),
        ],
    )
    def test_words_run_together_are_separated(self, text: str, expected: str) -> None:
        """A letter and a digit written together get a space, ordinals and years excepted, and
        so does a letter after barree ye or noon ghunna, which only end words."""
        assert space_glued(normalize(text)).text == expected

    @given(st.text(st.sampled_from("ab 1۲ںمیء\u064bو")))
    def test_spans_point_at_the_original(self, text: str) -> None:
        """Every range of the spaced text maps back to original characters it came from."""
        nt = space_glued(normalize(text))
        for start in range(len(nt.text)):
            span = nt.span(start, len(nt.text))
            assert text[span.start : span.end] == span.text

    @given(st.text(st.sampled_from("ab 1۲٣9ںیومیءۓآےک\u064b")))
    def test_same_spaces_as_the_pattern(self, text: str) -> None:
        """The two passes (runs of digits, then letters after ے ں ۓ) add the spaces the full
        pattern finds, in any text (Arabic-Indic digits, which the letter range holds, included)."""
        expected = {m.start(): m.group() + " " for m in _GLUED.finditer(text)}
        assert list(_glued_edits(text).items()) == list(expected.items())

    def test_analysis_reads_glued_numbers(self) -> None:
        """The shared analysis sees the separated words; numbers keep original spans."""
        text = "ضلع میں12 افراد"
        analysis = analyze(text)
        assert "میں 12" in analysis.text
        (number,) = analysis.numbers
        span = analysis.normalized.span(number.start, number.end)
        assert span.text == "12"


def _wordlist_rebuild_blocked() -> str | None:
    """Why the word list cannot be rebuilt here, or None if it can."""
    if importlib.util.find_spec("wordfreq") is None:
        return "needs wordfreq (the wordlist-build extra) to rebuild"
    from importlib.metadata import version

    raw = resources.files("urdu_events").joinpath("data").joinpath("words-ur.txt.gz").read_bytes()
    header = json.loads(gzip.decompress(raw).decode("utf-8").split("\n", 1)[0][1:])
    if header["wordfreq"] != version("wordfreq"):
        return f"the list was built with wordfreq {header['wordfreq']}, not {version('wordfreq')}"
    return None


class TestWordList:
    def test_header(self) -> None:
        """The word list records its source, version, size and licence."""
        raw = resources.files("urdu_events").joinpath("data").joinpath("words-ur.txt.gz").read_bytes()
        header = json.loads(gzip.decompress(raw).decode("utf-8").split("\n", 1)[0][1:])
        assert ("wordfreq", len(known_words())) == (header["source"], header["words"])
        assert "CC BY-SA 4.0" in header["licence"]

    def test_ranks(self) -> None:
        """Words are ranked by frequency: a postposition before a rarer noun."""
        ranks = known_words()
        assert ranks["میں"] < ranks["ترجمان"]

    @pytest.mark.slow
    def test_rebuild_matches(self, tmp_path: Path) -> None:
        """Rebuilding from wordfreq gives exactly the committed list."""
        reason = _wordlist_rebuild_blocked()
        if reason:
            pytest.skip(reason)
        script = ROOT / "scripts" / "build_wordlist.py"
        subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
        committed = resources.files("urdu_events").joinpath("data").joinpath("words-ur.txt.gz").read_bytes()
        assert gzip.decompress(committed) == gzip.decompress((tmp_path / "words-ur.txt.gz").read_bytes())


def test_abbreviation_across_a_line_break_is_one_sentence() -> None:
    """A letter-name abbreviation cut by a wrap ("ایم۔⏎کیو۔ ایم۔") reads as the same sentences
    as the unwrapped text (Hypothesis found the mismatch with "کے۔⏎کے")."""
    words = "کارکنوں نے شہر کے مختلف حصوں میں احتجاج کیا اور سڑکیں بند کر دیں جبکہ ایم۔ کیو۔ ایم۔"
    text = f"{words} کے رہنماؤں نے پریس کانفرنس سے خطاب کیا اور کہا کہ احتجاج جاری رہے گا۔ " * 3
    wrapped = wrap(text.strip(), 60)
    assert [s.text for s in split_sentences(normalize(text.strip()))] == sentences(wrapped)
