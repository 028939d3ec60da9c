"""The HTML views: labelled right-to-left highlights, tables, escaping, Jupyter, and a real screenshot.

The screenshot test renders a page with Debian's headless Chromium when it is
installed (``apt-get install chromium``) and is skipped otherwise. Set
``URDU_EVENTS_UPDATE_SCREENSHOT=1`` to also copy the screenshot to
``docs/_static/document.png``, the picture the documentation shows.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import types
import zlib
from html import unescape
from pathlib import Path

import pytest

import urdu_events
from urdu_events import (
    Actor,
    Casualties,
    Claim,
    ClaimKind,
    Count,
    DateRange,
    Document,
    EventType,
    ExtractorFailure,
    Incident,
    Location,
    Participant,
    Responsibility,
    ResponsibilityStatus,
    Role,
    Span,
    SubEventType,
    Weapon,
)
from urdu_events.display import (
    LABELS,
    Mark,
    claim_html,
    document_html,
    document_marks,
    highlight,
    incident_html,
    is_in_jupyter,
    page_html,
    render,
)

REPO = Path(__file__).resolve().parents[1]
SCREENSHOT_SIZE = (1200, 900)
TEXT = (
    "پشاور: پیر کی صبح بازار میں دستی بم کے دھماکے میں تین افراد جاں بحق ہو گئے۔\n"
    "پولیس نے بتایا کہ نامعلوم افراد نے دستی بم پھینکا۔ کالعدم تنظیم نے ذمہ داری قبول کر لی۔"
)


def _span(word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Span.of(TEXT, start, start + len(word))


def sample_document() -> Document:
    """A hand-made document with one mark of every label."""
    incident = Incident(
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        SubEventType.GRENADE,
        date=DateRange.day(dt.date(2024, 5, 13), span=_span("پیر کی صبح")),
        locations=[Location("پشاور", span=_span("پشاور"), latitude=34.0, longitude=71.6, country="PK")],
        actors=[Participant("نامعلوم افراد", role=Role.PERPETRATOR, span=_span("نامعلوم افراد"))],
        weapons=[Weapon("دستی بم", span=_span("دستی بم", 1))],
        casualties=Casualties(killed=Count(3, span=_span("تین"))),
        responsibility=Responsibility(
            ResponsibilityStatus.CLAIMED, [Actor("کالعدم تنظیم", span=_span("کالعدم تنظیم"))]
        ),
        trigger=_span("دستی بم کے دھماکے"),
    )
    claim = Claim(
        _span("نے بتایا"),
        _span("نامعلوم افراد نے دستی بم پھینکا"),
        speaker=Actor("پولیس", span=_span("پولیس")),
        kind=ClaimKind.STATEMENT,
        incident=0,
    )
    return Document("sample", TEXT, published=dt.date(2024, 5, 14), incidents=[incident], claims=[claim])


class TestHighlight:
    def test_escapes_markup_in_text(self) -> None:
        """An article containing <script> renders as text, inside and outside marks."""
        text = "<script>alert(1)</script> کراچی <b>"
        html = highlight(text, [Mark(Span.of(text, 0, 8), "EVENT")])
        assert "<script>" not in html
        assert "<b>" not in html
        assert 2 == html.count("&lt;script&gt;") + html.count("&lt;/script&gt;")

    def test_escapes_labels_and_titles(self) -> None:
        """Labels and tooltips taken from data cannot break out of their attributes."""
        text = "کراچی"
        html = highlight(text, [Mark(Span.of(text, 0, 5), '"><img>', title='"onmouseover="x')])
        assert "<img>" not in html
        assert 'onmouseover="x' not in html

    def test_overlaps_keep_the_earliest_then_longest(self) -> None:
        """Of marks crossing each other's edges, the one that starts first wins, then the longer one."""
        text = "abcdefgh"
        marks = [(Span.of(text, 2, 4), "B"), (Span.of(text, 0, 3), "A"), (Span.of(text, 1, 5), "C")]
        html = highlight(text, marks)
        assert ["A"] == [label for label in ("A", "B", "C") if f'data-label="{label}"' in html]

    def test_quotes_are_underlined_around_marks(self) -> None:
        """A claim's content is underlined and may contain marks."""
        text = "he said that Karachi burned"
        html = highlight(text, [Mark(Span.of(text, 13, 20), "PLACE")], quotes=[Span.of(text, 13, 27)])
        assert html.index('class="ue-quote"') < html.index('data-label="PLACE"')
        assert html.endswith("</mark> burned</span>")

    def test_quote_cutting_a_mark_is_dropped(self) -> None:
        """A quote that would cut a mark in two is not underlined, so the HTML stays well nested."""
        text = "abcdefgh"
        html = highlight(text, [(Span.of(text, 2, 6), "X")], quotes=[Span.of(text, 4, 8)])
        assert "ue-quote" not in html

    def test_keeps_all_text(self) -> None:
        """Without its tags and labels, the highlighted HTML is exactly the text."""
        doc = sample_document()
        marked = highlight(doc.text, document_marks(doc), quotes=[c.content for c in doc.claims if c.content])
        plain = re.sub(r"<[^>]*>", "", re.sub(r'<span class="ue-label"[^>]*>[A-Z]+</span>', "", marked))
        assert TEXT == unescape(plain)


class TestDocumentHtml:
    def test_is_right_to_left_urdu(self) -> None:
        """The text is shown right to left and marked as Urdu."""
        assert 'dir="rtl" lang="ur"' in document_html(sample_document())

    def test_shows_every_label(self) -> None:
        """Triggers, places, actors, numbers, dates, weapons, cues and speakers are all labelled."""
        html = document_html(sample_document())
        shown = {label for label in LABELS if f'data-label="{label}"' in html}
        assert set(LABELS) - {"WEAPON"} <= shown

    def test_weapon_label(self) -> None:
        """A weapon outside the trigger is labelled WEAPON."""
        assert 'data-label="WEAPON"' in document_html(sample_document())

    def test_tooltips_describe_the_marks(self) -> None:
        """Marks carry a tooltip with the sub-event type, role and figure."""
        html = document_html(sample_document())
        for title in ("incident 1: Grenade", "perpetrator", "killed: 3", "claimed responsibility"):
            assert f'title="{title}' in html

    def test_tables_list_incidents_and_claims(self) -> None:
        """The incident and claim tables have one row each, with their values."""
        html = document_html(sample_document())
        assert "Incidents (1)" in html
        assert "Claims (1)" in html
        assert 1 == len(re.findall(r"<td [^>]*>Grenade</td>", html))

    def test_escapes_document_id_and_failures(self) -> None:
        """The ID and failure messages are escaped too."""
        doc = Document("<script>x</script>", "متن", failures=[ExtractorFailure("<b>", "<i>boom</i>")])
        html = document_html(doc)
        assert "<script>" not in html
        assert "<b>" not in html
        assert "&lt;i&gt;boom&lt;/i&gt;" in html

    def test_repr_html_of_models(self) -> None:
        """Document, Incident and Claim show their views in Jupyter."""
        doc = sample_document()
        assert document_html(doc) == doc._repr_html_()
        assert incident_html(doc.incidents[0]) == doc.incidents[0]._repr_html_()
        assert claim_html(doc.claims[0]) == doc.claims[0]._repr_html_()

    def test_count_ranges(self) -> None:
        """Open and closed ranges read as 5+ and 5–7."""
        inc = Incident(
            EventType.BATTLES,
            SubEventType.ARMED_CLASH,
            casualties=Casualties(killed=Count(5, None), injured=Count(5, 7)),
        )
        html = incident_html(inc)
        assert "5+" in html
        assert "5–7" in html

    def test_colours_can_be_overridden(self) -> None:
        """A colour given for a label replaces the default."""
        assert "background:#123456" in document_html(sample_document(), colours={"PLACE": "#123456"})


class TestPageAndRender:
    def test_page_is_a_complete_utf8_document(self) -> None:
        """page_html gives a whole page with a charset, for files and screenshots."""
        page = page_html([sample_document(), sample_document()])
        assert page.startswith("<!DOCTYPE html>")
        assert '<meta charset="utf-8">' in page
        assert 2 == page.count('class="urdu-events-document"')

    def test_render_outside_jupyter_returns_html(self) -> None:
        """Outside Jupyter, render returns the HTML."""
        assert document_html(sample_document()) == render(sample_document(), jupyter=False)

    def test_render_in_jupyter_displays(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """In Jupyter, render hands the HTML to IPython.display and returns None."""
        shown: list[str] = []
        fake = types.ModuleType("IPython.display")
        fake.HTML = lambda markup: markup  # type: ignore[attr-defined]
        fake.display = shown.append  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "IPython", types.ModuleType("IPython"))
        monkeypatch.setitem(sys.modules, "IPython.display", fake)
        assert render(sample_document(), jupyter=True) is None
        assert [document_html(sample_document())] == shown

    def test_is_in_jupyter_without_ipython(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without IPython loaded, the code is not in Jupyter."""
        monkeypatch.delitem(sys.modules, "IPython", raising=False)
        assert is_in_jupyter() is False

    def test_ipython_is_never_imported(self) -> None:
        """Importing the package and rendering a document does not import IPython."""
        code = (
            "import sys, urdu_events\n"
            "d = urdu_events.Document('x', 'متن')\n"
            "d._repr_html_(); urdu_events.display.render(d)\n"
            "print('IPython' in sys.modules)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert "False" == proc.stdout.strip()


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _png_facts(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values of the decompressed image data."""
    assert b"\x89PNG\r\n\x1a\n" == data[:8]
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return size[0], size[1], len(set(zlib.decompress(idat)))


def _example_document() -> Document:
    line = (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    record = json.loads(line)
    return urdu_events.extract(record["text"], published=record["published"], doc_id=record["id"])


class TestScreenshot:
    def test_rendered_page_has_rtl_text_and_labels(self, tmp_path: Path) -> None:
        """The page of an extracted example is right to left and labels what was found."""
        page = page_html(_example_document())
        assert 'dir="rtl"' in page
        assert {"EVENT", "PLACE", "CUE", "SPEAKER"} <= {
            label for label in LABELS if f">{label}</span>" in page
        }

    @pytest.mark.slow
    def test_headless_chromium_screenshot(self, tmp_path: Path) -> None:
        """Chromium renders the page into a non-blank PNG of the window's size."""
        chromium = _chromium()
        if chromium is None:
            pytest.skip(
                "Chromium is not installed (apt-get install chromium fonts-noto-core); screenshot not taken"
            )
        page = tmp_path / "document.html"
        page.write_text(page_html(_example_document()), encoding="utf-8")
        shot = tmp_path / "document.png"
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [
                    chromium,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    f"--user-data-dir={profile}",
                    f"--screenshot={shot}",
                    f"--window-size={SCREENSHOT_SIZE[0]},{SCREENSHOT_SIZE[1]}",
                    page.as_uri(),
                ],
                check=True,
                capture_output=True,
                timeout=120,
            )
        width, height, distinct = _png_facts(shot.read_bytes())
        assert SCREENSHOT_SIZE == (width, height)
        assert distinct > 50, "the screenshot is blank"
        if os.environ.get("URDU_EVENTS_UPDATE_SCREENSHOT") == "1":
            shutil.copyfile(shot, REPO / "docs" / "_static" / "document.png")
