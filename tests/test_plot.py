"""Offline maps of incidents: shipped country outlines, no network, and an image check."""

from __future__ import annotations

import io
import json
import socket
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import urdu_events
from urdu_events import (
    Document,
    EventType,
    Incident,
    InvalidArgumentError,
    Location,
    OptionalDependencyError,
    Span,
    SubEventType,
)

matplotlib = pytest.importorskip(
    "matplotlib", reason="the plot extra is not installed: pip install -e '.[plot]'"
)

from urdu_events.plot import EVENT_COLOURS, country_outlines, incident_points  # noqa: E402
from urdu_events.plot import map as incident_map  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def examples() -> list[Document]:
    lines = (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    return [urdu_events.extract(r["text"], published=r["published"], doc_id=r["id"]) for r in records]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a socket fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the map tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _pixels(figure: Any) -> Any:
    """The figure as an RGB array of 0-255 values, rendered by matplotlib's Agg."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    buffer.seek(0)
    from matplotlib.image import imread

    return (imread(buffer)[:, :, :3] * 255).round().astype(int)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


class TestPoints:
    def test_incidents_with_coordinates(self, examples: list[Document]) -> None:
        """Every incident whose place has coordinates becomes a point, numbered from 1."""
        expected = sum(
            any(loc.latitude is not None for loc in i.locations) for d in examples for i in d.incidents
        )
        points = incident_points(examples)
        assert expected == len(points)
        assert 1 == min(p.number for p in points)

    def test_outlines_are_shipped(self) -> None:
        """The package holds Natural Earth's 177 countries, Pakistan among them, with closed rings."""
        outlines = country_outlines()
        assert 177 == len(outlines)
        pakistan = next(rings for name, iso, rings in outlines if iso == "PAK")
        assert all(ring[0] == ring[-1] for ring in pakistan)


class TestMap:
    def test_drawn_without_network(self, examples: list[Document], no_network: None) -> None:
        """The whole map, rendering included, is made with sockets disabled."""
        ax = incident_map(examples)
        assert len(_pixels(ax.figure)) > 0

    def test_markers_are_where_the_incidents_are(self, examples: list[Document]) -> None:
        """At each incident's position the image has its event type's colour (an image check)."""
        ax = incident_map(examples, labels=False)
        figure = ax.figure
        pixels = _pixels(figure)
        height = pixels.shape[0]
        misses = []
        for point in incident_points(examples):
            x, y = ax.transData.transform((point.longitude, point.latitude))
            row, col = round(float(height - y)), round(float(x))
            patch = pixels[max(row - 2, 0) : row + 3, max(col - 2, 0) : col + 3].reshape(-1, 3)
            want = _rgb(EVENT_COLOURS[point.event_type])
            if not any(sum(abs(int(a) - b) for a, b in zip(px, want, strict=True)) < 60 for px in patch):
                misses.append((point.place, point.event_type.value))
        assert [] == misses

    def test_land_and_sea_are_drawn(self, examples: list[Document]) -> None:
        """The basemap is there: the image has the land and the sea colours, not just a blank axes."""
        pixels = _pixels(incident_map(examples).figure)
        colours = {tuple(int(v) for v in px) for px in pixels.reshape(-1, 3)[::7]}
        assert _rgb("#efece6") in colours
        assert _rgb("#dfeaf2") in colours

    def test_legend_lists_event_types(self, examples: list[Document]) -> None:
        """The legend names each event type present with its count."""
        ax = incident_map(examples)
        texts = [t.get_text() for t in ax.get_legend().get_texts()]
        counts = Counter(p.event_type.value for p in incident_points(examples))
        assert sorted(f"{name} ({n})" for name, n in counts.items()) == sorted(texts)

    def test_only_english_place_names_are_written(self) -> None:
        """A place known only by its Urdu name is not labelled (matplotlib would not join its letters)."""
        text = "نئی بستی اور لاہور"
        places = [
            Location("نئی بستی", span=Span.of(text, 0, 8), latitude=30.0, longitude=70.0),
            Location(
                "لاہور", span=Span.of(text, 12, 17), latitude=31.5, longitude=74.3, english_name="Lahore"
            ),
        ]
        incidents = [
            Incident(EventType.PROTESTS, SubEventType.PEACEFUL_PROTEST, locations=[p]) for p in places
        ]
        ax = incident_map(Document("p", text, incidents=incidents))
        assert ["Lahore"] == [t.get_text() for t in ax.texts if t.get_text() in ("Lahore", "نئی بستی")]

    def test_no_incidents_shows_the_default_region(self) -> None:
        """Without coordinates the map shows Pakistan and its neighbours, titled with 0 incidents."""
        ax = incident_map([])
        assert (60.0, 78.0) == pytest.approx(ax.get_xlim(), abs=12)
        assert ax.get_title().startswith("0 incidents")

    def test_draws_on_given_axes(self, examples: list[Document]) -> None:
        """An existing axes is drawn on and returned."""
        from matplotlib.figure import Figure

        ax = Figure().add_subplot()
        assert ax is incident_map(examples, ax=ax, bounds=(60, 20, 80, 40))
        assert (60.0, 80.0) == ax.get_xlim()

    @pytest.mark.parametrize(
        "bounds", [(1, 2, 3), (80, 20, 60, 40), (60, 40, 80, 20), (60, 20, float("nan"), 40)]
    )
    def test_bad_bounds(self, bounds: tuple[float, ...]) -> None:
        """Bounds that are not west < east, south < north are rejected early."""
        with pytest.raises(InvalidArgumentError):
            incident_map([], bounds=bounds)

    def test_without_matplotlib(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without matplotlib the error names the extra to install."""
        monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
        with pytest.raises(OptionalDependencyError, match=r"urdu-events\[plot\]"):
            incident_map([])


class TestEventColours:
    def test_every_event_type_has_a_colour(self) -> None:
        """Each ACLED event type has its own marker colour."""
        assert set(EventType) == set(EVENT_COLOURS)
        assert len(EVENT_COLOURS) == len(set(EVENT_COLOURS.values()))
