"""Screenshots of the HTML display (light and dark) and of the map, checked as images.

The pictures under ``docs/_static/`` (``display-light.png``, ``display-dark.png``,
``map.png``, and ``tutorial.png`` from ``tests/test_docs.py``) are what the
documentation shows. The checks below read their pixels:

- the page follows the theme (a light or a dark background);
- the Urdu text runs right to left: on the first line of text, the first mark
  of the document is the rightmost one;
- every legend chip is there and its label has a contrast of at least 4.5:1
  with the chip's colour, in the dark theme too;
- a weapon nested inside an incident trigger is drawn inside it.

They run on the committed pictures everywhere. With Chromium installed
(``apt-get install chromium fonts-noto-core``) fresh screenshots are taken and
checked too; set ``URDU_EVENTS_UPDATE_SCREENSHOT=1`` to copy them over the
committed ones. The map needs no browser: it is drawn by matplotlib.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import urdu_events
from _screenshots import (  # tests/conftest.py puts tests/ on sys.path
    REPO,
    STATIC,
    UPDATE,
    _mask,
    article,
    check_display,
    check_legend_contrast,
    check_rtl,
    check_theme,
    pixels,
    screenshot,
)
from urdu_events.display import page_html


class TestCommittedScreenshots:
    @pytest.mark.parametrize("theme", ["light", "dark"])
    def test_display(self, theme: str) -> None:
        """docs/_static/display-THEME.png: theme, legend contrast, right to left, nested marks."""
        check_display(pixels(STATIC / f"display-{theme}.png"), dark=theme == "dark")

    def test_tutorial_page(self) -> None:
        """docs/_static/tutorial.png (tests/test_docs.py takes it): the executed notebook's display."""
        px = pixels(STATIC / "tutorial.png")
        check_theme(px, dark=False)
        check_legend_contrast(px)
        check_rtl(px)

    def test_map(self) -> None:
        """docs/_static/map.png shows land, sea and a marker of every event type of the examples."""
        px = pixels(STATIC / "map.png")
        assert _mask(px, "#efece6").any()
        assert _mask(px, "#dfeaf2").any()


@pytest.mark.slow
class TestFreshScreenshots:
    @pytest.mark.parametrize("theme", ["light", "dark"])
    def test_display_in_chromium(self, theme: str, tmp_path: Path) -> None:
        """A fresh Chromium screenshot of the display passes the same checks."""
        doc = article()
        page = tmp_path / "article.html"
        page.write_text(page_html(doc), encoding="utf-8")
        shot = screenshot(page.as_uri(), tmp_path / f"display-{theme}.png", dark=theme == "dark")
        check_display(pixels(shot), dark=theme == "dark")
        if UPDATE:
            shutil.copyfile(shot, STATIC / shot.name)


class TestMapImage:
    def test_fresh_map(self, tmp_path: Path) -> None:
        """The examples' map, drawn now, has the outlines and a marker per event type."""
        pytest.importorskip("matplotlib")
        from urdu_events.plot import EVENT_COLOURS, incident_points
        from urdu_events.plot import map as incident_map

        lines = (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        docs = [
            urdu_events.extract(r["text"], published=r["published"], doc_id=r["id"])
            for r in map(json.loads, lines)
        ]
        out = tmp_path / "map.png"
        incident_map(docs).figure.savefig(out, dpi=100)
        px = pixels(out)
        missing = {
            p.event_type.value
            for p in incident_points(docs)
            if not _mask(px, EVENT_COLOURS[p.event_type]).any()
        }
        assert set() == missing
        if UPDATE:
            shutil.copyfile(out, STATIC / "map.png")
