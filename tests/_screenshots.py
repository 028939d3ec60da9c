"""Screenshots and their checks, shared by tests/test_screenshots.py and tests/test_docs.py.

Pixels are read with matplotlib (the plot extra) into numpy arrays; Chromium
takes the screenshots when it is installed (``apt-get install chromium
fonts-noto-core``), and a test that needs it is skipped otherwise.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

import urdu_events
from urdu_events import Document
from urdu_events.display import COLOURS, LABELS

np = pytest.importorskip(
    "numpy", reason="the dataframe extra is not installed: pip install -e '.[dataframe]'"
)
image = pytest.importorskip(
    "matplotlib.image", reason="the plot extra is not installed: pip install -e '.[plot]'"
)

REPO = Path(__file__).resolve().parents[1]
STATIC = REPO / "docs" / "_static"
WINDOW = (1100, 1000)
UPDATE = os.environ.get("URDU_EVENTS_UPDATE_SCREENSHOT") == "1"


def article() -> Document:
    """examples/article.txt: every label, and a weapon inside a trigger."""
    text = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
    return urdu_events.extract(text, published="2024-03-08", doc_id="article")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def screenshot(url: str, out: Path, *, size: tuple[int, int] = WINDOW, dark: bool = False) -> Path:
    """A headless Chromium screenshot of ``url``; no network, no profile left behind."""
    browser = chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (apt-get install chromium fonts-noto-core)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                *(["--force-dark-mode"] if dark else []),
                f"--screenshot={out}",
                f"--window-size={size[0]},{size[1]}",
                url,
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return out


def pixels(png: bytes | Path) -> Any:
    """An RGB array of 0-255 integers."""
    data = png.read_bytes() if isinstance(png, Path) else png
    return (image.imread(io.BytesIO(data))[:, :, :3] * 255).round().astype(int)


def _rgb(colour: str) -> Any:
    return np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])


def _mask(px: Any, colour: str, run: int = 6) -> Any:
    """Pixels of ``colour`` in horizontal runs of at least ``run`` pixels.

    A highlight's background is a run of one colour; anti-aliased text makes
    isolated pixels of any grey (the DATE colour among them), which are left out.
    """
    exact = np.abs(px - _rgb(colour)).sum(axis=2) <= 6
    solid = exact.copy()
    for shift in range(1, run):
        solid[:, :-shift] &= exact[:, shift:]
        solid[:, -shift:] = False
    spread = solid.copy()
    for shift in range(1, run):
        spread[:, shift:] |= solid[:, :-shift]
    return spread


def _luminance(rgb: Any) -> float:
    c = np.asarray(rgb, dtype=float) / 255
    linear = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return float(linear @ np.array([0.2126, 0.7152, 0.0722]))


def contrast(a: Any, b: Any) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _bands(rows: Any) -> list[tuple[int, int]]:
    """Runs of consecutive row numbers, as (first, last)."""
    bands: list[tuple[int, int]] = []
    for row in rows:
        if bands and row == bands[-1][1] + 1:
            bands[-1] = (bands[-1][0], int(row))
        else:
            bands.append((int(row), int(row)))
    return bands


def _legend_band(px: Any) -> tuple[int, int]:
    """The rows of the legend: the first band where every chip colour appears."""
    rows = np.flatnonzero(np.all([_mask(px, c, run=1).any(axis=1) for c in COLOURS.values()], axis=0))
    assert rows.size, "no row holds every legend chip"
    return _bands(rows)[0]


def check_theme(px: Any, *, dark: bool) -> None:
    corner = _luminance(px[5, 5])
    assert (corner < 0.1) if dark else (corner > 0.9), f"background luminance {corner:.2f}"


def check_legend_contrast(px: Any) -> None:
    """Each chip's darkest pixel (its label) against its colour: at least 4.5:1."""
    top, bottom = _legend_band(px)
    band = px[top : bottom + 1]
    low = {}
    for label in LABELS:
        cols = np.flatnonzero(_mask(band, COLOURS[label], run=1).any(axis=0))
        last = int(np.argmax(np.diff(np.append(cols, cols[-1] + 10)) > 1))  # the end of the first chip
        chip = band[:, cols[0] + 4 : cols[last] - 3].reshape(-1, 3)  # inside its rounded corners
        darkest = chip[np.argmin([_luminance(p) for p in chip])]
        ratio = contrast(darkest, _rgb(COLOURS[label]))
        if ratio < 4.5:
            low[label] = round(ratio, 2)
    assert {} == low


def check_rtl(px: Any) -> None:
    """Right-aligned, as right-to-left text is: a line without marks ends at the right margin.

    examples/article.txt and the tutorial's first report end with a short paragraph with
    nothing marked in it ("تاحال کسی ..."): right to left it reaches the right margin (where
    the lines with marks end) and leaves the left one empty; left to right it is the reverse.
    """
    top, legend_bottom = _legend_band(px)
    left = int(np.flatnonzero(_mask(px[top : legend_bottom + 1], COLOURS["EVENT"], run=1).any(axis=0))[0])
    marked = np.zeros(px.shape[:2], dtype=bool)
    for colour in COLOURS.values():
        marked |= _mask(px, colour)
    marked[: legend_bottom + 1] = False
    right = int(np.flatnonzero(marked.any(axis=0)).max())
    width = right - left
    ink = np.abs(px - px[5, 5]).sum(axis=2) > 200
    ink[:, :left] = False  # only the text's column (a page may have a sidebar)
    ink[:, right + 1 :] = False
    bare = [r for r in range(legend_bottom + 1, px.shape[0]) if ink[r].any() and not marked[r].any()]
    for first, last in _bands(bare):
        cols = np.flatnonzero(ink[first : last + 1].any(axis=0))
        if last - first >= 8 and right - cols.max() < 0.05 * width and cols.min() - left > 0.15 * width:
            return
    raise AssertionError("no unmarked line of text ends at the right margin: the text is not right to left")


def check_nested(px: Any) -> None:
    """Some row, below the legend, runs EVENT … WEAPON … EVENT: the weapon drawn inside the trigger."""
    _, legend_bottom = _legend_band(px)
    event, weapon = _mask(px, COLOURS["EVENT"]), _mask(px, COLOURS["WEAPON"])
    for row in range(legend_bottom + 1, px.shape[0]):
        for col in np.flatnonzero(weapon[row]):
            left, right = event[row, max(col - 200, 0) : col], event[row, col + 1 : col + 200]
            if left.any() and right.any():
                return
    raise AssertionError("no weapon mark is drawn inside a trigger mark")


def check_display(px: Any, *, dark: bool) -> None:
    check_theme(px, dark=dark)
    check_legend_contrast(px)
    check_rtl(px)
    check_nested(px)
