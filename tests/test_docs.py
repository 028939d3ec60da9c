"""The documentation site builds with Sphinx, warnings as errors, and contains what it promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sphinx", reason="the docs extra is not installed: pip install -e '.[docs]'")
pytest.importorskip("myst_parser", reason="the docs extra is not installed: pip install -e '.[docs]'")
pytest.importorskip("myst_nb", reason="the docs extra is not installed: pip install -e '.[docs]'")

DOCS = Path(__file__).resolve().parents[1] / "docs"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html")
    proc = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(DOCS), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == proc.returncode, proc.stderr
    return out


class TestDocs:
    def test_builds_without_warnings(self, site: Path) -> None:
        """sphinx-build -W succeeds and writes the start page."""
        assert (site / "index.html").exists()

    def test_has_the_pages(self, site: Path) -> None:
        """The pages of the table of contents are built, from the quickstart to the changelog."""
        pages = {
            "quickstart",
            "tutorial",
            "data-model",
            "rules",
            "formats",
            "cli",
            "plugins",
            "scale",
            "api",
            "changelog",
        }
        assert set() == {p for p in pages if not (site / f"{p}.html").exists()}

    def test_data_model_includes_the_generated_schema(self, site: Path) -> None:
        """The data model page shows the JSON Schema printed by urdu-events schema."""
        html = (site / "data-model.html").read_text(encoding="utf-8")
        assert "json-schema.org/draft/2020-12/schema" in html
        assert "ExtractorFailure" in html

    def test_api_reference_from_docstrings(self, site: Path) -> None:
        """The API page documents the models and the data-science modules."""
        html = (site / "api.html").read_text(encoding="utf-8")
        for name in (
            "urdu_events.models.Document",
            "urdu_events.dataframe.to_pandas",
            "urdu_events.geojson",
            "urdu_events.dask.extract_bag",
        ):
            assert f'id="{name}"' in html or f'id="module-{name}"' in html

    def test_screenshot_is_shipped(self, site: Path) -> None:
        """The rendered-document screenshot is part of the site."""
        assert (site / "_images" / "document.png").exists()

    def test_tutorial_is_rendered_with_its_outputs(self, site: Path) -> None:
        """The tutorial page is the executed notebook: highlighted RTL documents, tables and the map."""
        html = (site / "tutorial.html").read_text(encoding="utf-8")
        assert 'dir="rtl"' in html
        assert 'data-label="EVENT"' in html
        assert "sub_event_type" in html  # a DataFrame's table
        images = re.findall(r'<img[^>]+src="(_images/[^"]+\.png)"', html)
        assert images, "the map is missing"
        assert all((site / image).stat().st_size > 10_000 for image in images)

    def test_tutorial_page_screenshot(self, site: Path, tmp_path: Path) -> None:
        """Chromium shows the rendered tutorial with its highlighted, right-to-left document and legend.

        The screenshot is checked like the display's (tests/_screenshots.py); with
        URDU_EVENTS_UPDATE_SCREENSHOT=1 it replaces docs/_static/tutorial.png.
        """
        import shutil

        from _screenshots import (
            STATIC,
            UPDATE,
            check_legend_contrast,
            check_rtl,
            check_theme,
            pixels,
            screenshot,
        )

        shot = screenshot((site / "tutorial.html").as_uri(), tmp_path / "tutorial.png", size=(1100, 2200))
        px = pixels(shot)
        check_theme(px, dark=False)
        check_legend_contrast(px)
        check_rtl(px)
        if UPDATE:
            shutil.copyfile(shot, STATIC / "tutorial.png")
