"""The HTML view's nested marks, font stack and light/dark themes, checked on the generated HTML and CSS."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from urdu_events import Document, EventType, Incident, Span, SubEventType, Weapon
from urdu_events.display import (
    COLOURS,
    FONT_STACK,
    LABELS,
    MARK_TEXT_COLOUR,
    Mark,
    document_html,
    highlight,
    page_html,
)

TEXT = "کوئٹہ میں بم کے دھماکے سے دو افراد زخمی ہو گئے۔"


def nested_document() -> Document:
    """A grenade attack whose weapon (بم) lies inside its trigger (بم کے دھماکے)."""
    start = TEXT.index("بم کے دھماکے")
    incident = Incident(
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        SubEventType.REMOTE_EXPLOSIVE,
        trigger=Span.of(TEXT, start, start + len("بم کے دھماکے")),
        weapons=[Weapon("بم", span=Span.of(TEXT, start, start + 2))],
    )
    return Document("nested", TEXT, incidents=[incident])


class _Marks(HTMLParser):
    """Records, for each <mark>, its label and the labels of the marks around it; checks nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.found: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []
        self.in_label = 0
        self.open_tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open_tags.append(tag)
        values = dict(attrs)
        if tag == "mark":
            label = values.get("data-label") or ""
            self.found.append((label, tuple(self.stack)))
            self.stack.append(label)
        if tag == "span" and values.get("class") == "ue-label":
            self.in_label += 1

    def handle_endtag(self, tag: str) -> None:
        assert self.open_tags.pop() == tag, f"</{tag}> closes another element"
        if tag == "mark":
            self.stack.pop()
        if tag == "span" and self.in_label:
            self.in_label -= 1

    def handle_data(self, data: str) -> None:
        if not self.in_label:
            self.text.append(data)


def _parse(html: str) -> _Marks:
    parser = _Marks()
    parser.feed(html)
    parser.close()
    return parser


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _dark_variables(html: str) -> dict[str, str]:
    block = re.search(r"@media \(prefers-color-scheme:dark\)\{\.urdu-events-document\{([^}]*)\}", html)
    assert block is not None, "no dark theme"
    return dict(re.findall(r"(--ue-[a-z]+):(#[0-9a-f]{6})", block.group(1)))


class TestNestedSpans:
    def test_weapon_inside_trigger_is_shown_inside_it(self) -> None:
        """The weapon's mark is drawn inside the trigger's mark, each with its own label."""
        found = _parse(document_html(nested_document())).found
        assert [("EVENT", ()), ("WEAPON", ("EVENT",))] == found

    def test_nested_marks_keep_all_text(self) -> None:
        """Without tags and labels, the nested HTML is still exactly the text."""
        doc = nested_document()
        parser = _parse(highlight(doc.text, [Mark(i.trigger, "EVENT") for i in doc.incidents if i.trigger]))
        assert doc.text == "".join(parser.text)

    def test_same_span_twice_shows_the_first_given(self) -> None:
        """Two marks of exactly the same span are not nested: the first given is shown."""
        text = "لاہور"
        marks = [Mark(Span.of(text, 0, 5), "PLACE"), Mark(Span.of(text, 0, 5), "ACTOR")]
        assert [("PLACE", ())] == _parse(highlight(text, marks)).found

    def test_nested_content_is_escaped(self) -> None:
        """Markup in the text stays text inside nested marks too."""
        text = "<i>بم</i> دھماکا"
        marks = [Mark(Span.of(text, 0, len(text)), "EVENT"), Mark(Span.of(text, 3, 5), "WEAPON")]
        html = highlight(text, marks)
        assert "<i>" not in html
        assert text == "".join(_parse(html).text)

    @given(
        st.lists(
            st.tuples(st.integers(0, 30), st.integers(0, 30), st.sampled_from(sorted(LABELS))),
            max_size=12,
        ),
        st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=3),
    )
    def test_any_marks_give_well_nested_html_with_all_text(
        self, raw: list[tuple[int, int, str]], raw_quotes: list[tuple[int, int]]
    ) -> None:
        """Whatever marks and quotes are given, tags nest properly and the text comes back whole."""
        text = "پشاور میں دستی بم کے دھماکے میں تین افراد"
        marks = [Mark(Span.of(text, min(a, b), max(a, b)), label) for a, b, label in raw]
        quotes = [Span.of(text, min(a, b), max(a, b)) for a, b in raw_quotes]
        parser = _parse(highlight(text, marks, quotes=quotes))
        assert text == "".join(parser.text)
        assert [] == parser.open_tags


class TestFonts:
    def test_one_nastaliq_stack_for_text_and_tables(self) -> None:
        """The Urdu text and the tables use the same font stack, Nastaliq first, a generic family last."""
        html = document_html(nested_document())
        assert FONT_STACK.startswith("'Noto Nastaliq Urdu'")
        assert FONT_STACK.endswith("sans-serif")
        assert 3 == html.count(f"font-family:{FONT_STACK}")  # the text and both tables

    def test_table_cells_are_centred(self) -> None:
        """Cells are vertically centred, so a tall Nastaliq cell lines up with its row."""
        html = document_html(nested_document())
        assert "vertical-align:top" not in html
        assert "vertical-align:middle" in html


class TestThemes:
    def test_text_is_right_to_left_urdu(self) -> None:
        """The text keeps dir=rtl and lang=ur."""
        assert 'class="ue-text" dir="rtl" lang="ur"' in document_html(nested_document())

    def test_follows_the_colour_scheme(self) -> None:
        """The view has a dark theme for prefers-color-scheme and JupyterLab's dark themes."""
        html = document_html(nested_document())
        assert "@media (prefers-color-scheme:dark)" in html
        assert "data-jp-theme-light=false" in html
        assert '<meta name="color-scheme" content="light dark">' in page_html(nested_document())

    def test_legend_chips_have_contrast_in_both_themes(self) -> None:
        """Every chip and mark sets dark text on its light background: at least 4.5:1 (WCAG AA)."""
        html = document_html(nested_document())
        chips = re.findall(
            r'class="ue-chip" data-label="([A-Z]+)"[^>]*'
            r'style="background:(#[0-9a-f]{6});color:(#[0-9a-f]{6})',
            html,
        )
        assert sorted(LABELS) == sorted(label for label, _, _ in chips)
        assert [] == [
            (label, round(contrast(bg, fg), 2)) for label, bg, fg in chips if contrast(bg, fg) < 4.5
        ]
        assert [] == [label for label, colour in COLOURS.items() if contrast(colour, MARK_TEXT_COLOUR) < 4.5]

    def test_chips_are_not_restyled_by_the_dark_theme(self) -> None:
        """The dark theme changes only the view's own colours, never a chip's, so chips read the same."""
        html = document_html(nested_document())
        dark = re.search(r"@media \(prefers-color-scheme:dark\)\{(.*?)\}\}", html)
        assert dark is not None
        assert "ue-chip" not in dark.group(1)
        assert "ue-mark" not in dark.group(1)

    def test_dark_theme_text_is_readable(self) -> None:
        """On a dark background (#1e1e1e), the dark theme's text, quote and error colours have contrast."""
        variables = _dark_variables(document_html(nested_document()))
        low = {k: round(contrast(v, "#1e1e1e"), 2) for k, v in variables.items() if k != "--ue-rule"}
        assert {} == {k: v for k, v in low.items() if v < 4.5}
