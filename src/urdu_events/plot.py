"""Maps of incidents that work offline (the ``plot`` extra: matplotlib).

:func:`map` draws every incident whose place has coordinates on a
matplotlib figure, over country outlines that ship with the package
(Natural Earth's 1:110 million countries, public domain; see
``scripts/build_basemap.py``). Nothing is fetched: no map tiles, no
JavaScript from a CDN, so the map is the same in a notebook opened offline,
in a saved PNG or PDF, and in the documentation.

>>> from urdu_events.plot import map as incident_map  # doctest: +SKIP
>>> ax = incident_map(docs)                            # doctest: +SKIP
>>> ax.figure.savefig("incidents.png", dpi=150)        # doctest: +SKIP

Markers are coloured by ACLED event type and sized by the number killed (the
lower bound of the range; an unknown count draws the smallest marker). Place
names are written in English where the gazetteer knows it, and left out where it
does not: matplotlib does not shape Arabic script, so an Urdu name would come
out as unjoined letters.

matplotlib is imported only when :func:`map` runs; without it an
:class:`~urdu_events.OptionalDependencyError` (an ``ImportError``) says to
``pip install 'urdu-events[plot]'``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import gzip
import importlib
import json
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ._files import package_files
from .exceptions import InvalidArgumentError, OptionalDependencyError
from .geojson import incident_feature
from .models import Document, EventType

if TYPE_CHECKING:
    from matplotlib.axes import Axes  # type: ignore[import-not-found, unused-ignore]

__all__ = ["EVENT_COLOURS", "IncidentPoint", "country_outlines", "incident_points", "map"]

#: Marker colour of each ACLED event type (ColorBrewer Dark2, distinguishable by colour-blind readers).
EVENT_COLOURS: dict[EventType, str] = {
    EventType.BATTLES: "#d95f02",
    EventType.EXPLOSIONS_REMOTE_VIOLENCE: "#7570b3",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "#e7298a",
    EventType.PROTESTS: "#1b9e77",
    EventType.RIOTS: "#e6ab02",
    EventType.STRATEGIC_DEVELOPMENTS: "#666666",
}

_LAND = "#efece6"
_BORDER = "#9a9a9a"
_SEA = "#dfeaf2"
#: The view when there is nothing to show: Pakistan and its neighbours.
_DEFAULT_BOUNDS = (60.0, 23.0, 78.0, 38.0)


@attrs.frozen
class IncidentPoint:
    """An incident placed on the map.

    Attributes:
        doc_id: The document it comes from.
        number: Its number in the document, from 1 (as in the GeoJSON ``id``).
        longitude: Degrees east.
        latitude: Degrees north.
        event_type: Its ACLED event type.
        killed: The lower bound of the number killed, if known.
        place: The place's English name if known, else its name in the text.
    """

    doc_id: str
    number: int
    longitude: float
    latitude: float
    event_type: EventType
    killed: int | None
    place: str


def incident_points(docs: Document | Iterable[Document]) -> list[IncidentPoint]:
    """The incidents of ``docs`` that have coordinates, as the map draws them.

    An incident is placed at its first place with coordinates (the place
    named first in the text), as in :mod:`urdu_events.geojson`.

    Args:
        docs: A document or several.
    """
    items = [docs] if isinstance(docs, Document) else list(docs)
    points = []
    for doc in items:
        for index, incident in enumerate(doc.incidents):
            feature = incident_feature(doc, index, incident)
            if feature is None:
                continue
            lon, lat = feature["geometry"]["coordinates"]
            place = next(loc for loc in incident.locations if loc.latitude is not None)
            killed = incident.casualties.killed
            points.append(
                IncidentPoint(
                    doc.id,
                    index + 1,
                    float(lon),
                    float(lat),
                    incident.event_type,
                    None if killed is None else killed.min,
                    place.english_name or place.name,
                )
            )
    return points


@functools.lru_cache(maxsize=1)
def country_outlines() -> tuple[tuple[str, str, tuple[tuple[tuple[float, float], ...], ...]], ...]:
    """Every country's outline: ``(name, ISO 3166-1 alpha-3, rings of (longitude, latitude))``.

    Natural Earth's 1:110 million countries (public domain), read from the
    package data; 177 countries, 56 kB compressed.
    """
    raw = package_files("urdu_events").joinpath("data/countries.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    return tuple(
        (c["name"], c["iso_a3"], tuple(tuple((x, y) for x, y in ring) for ring in c["rings"]))
        for c in data["countries"]
    )


def _require_matplotlib() -> Any:
    try:
        return importlib.import_module("matplotlib.figure")
    except ImportError as exc:
        raise OptionalDependencyError(
            "matplotlib is needed for maps; install it with: pip install 'urdu-events[plot]'"
        ) from exc


def _bounds(points: Sequence[IncidentPoint], margin: float) -> tuple[float, float, float, float]:
    if not points:
        return _DEFAULT_BOUNDS
    west, east = min(p.longitude for p in points), max(p.longitude for p in points)
    south, north = min(p.latitude for p in points), max(p.latitude for p in points)
    # At least 8° across, so one incident is shown with its region around it.
    cx, cy = (west + east) / 2, (south + north) / 2
    half_x, half_y = max((east - west) / 2 + margin, 4.0), max((north - south) / 2 + margin, 3.0)
    return cx - half_x, max(cy - half_y, -90.0), cx + half_x, min(cy + half_y, 90.0)


def _fit(bounds: tuple[float, float, float, float], ratio: float) -> tuple[float, float, float, float]:
    """Widen the narrower side of ``bounds`` so the map, drawn to scale, has the width/height ``ratio``."""
    west, south, east, north = bounds
    stretch = 1 / max(math.cos(math.radians((south + north) / 2)), 0.1)
    width, height = east - west, (north - south) * stretch
    if width < ratio * height:
        grow = (ratio * height - width) / 2
        return west - grow, south, east + grow, north
    grow = (width / ratio - height) / 2 / stretch
    return west, max(south - grow, -90.0), east, min(north + grow, 90.0)


def _check_bounds(bounds: Sequence[float]) -> tuple[float, float, float, float]:
    if len(bounds) != 4 or not all(isinstance(b, (int, float)) and math.isfinite(b) for b in bounds):
        raise InvalidArgumentError(f"bounds must be four numbers (west, south, east, north), got {bounds!r}")
    west, south, east, north = (float(b) for b in bounds)
    if not (west < east and -90 <= south < north <= 90):
        raise InvalidArgumentError(
            f"bounds must have west < east and -90 <= south < north <= 90, got {bounds!r}"
        )
    return west, south, east, north


def _size(killed: int | None) -> float:
    """Marker area in points²: grows with the square root of the number killed."""
    return 40.0 + 60.0 * math.sqrt(killed or 0)


def map(  # shadows the built-in inside this module only; urdu_events.plot.map(docs) reads well
    docs: Document | Iterable[Document],
    *,
    ax: Axes | None = None,
    bounds: Sequence[float] | None = None,
    title: str | None = None,
    labels: bool = True,
    figsize: tuple[float, float] = (9.0, 5.5),
) -> Axes:
    """Draw the incidents of ``docs`` on a map of country outlines, without any network access.

    Args:
        docs: A document or several.
        ax: The matplotlib axes to draw on; a new figure (not registered with
            pyplot, so nothing is shown or kept behind your back) by default.
        bounds: ``(west, south, east, north)`` in degrees; by default the
            incidents with a margin, or Pakistan and its neighbours if none has
            coordinates.
        title: The title; by default how many incidents from how many documents.
        labels: Write each incident's place name beside its marker (in English;
            a place known only by its Urdu name is not labelled).
        figsize: The size in inches of a new figure.

    Returns:
        The axes; ``ax.figure`` is the figure, to save with ``savefig``, or to show
        in Jupyter by making it the last expression of a cell (it displays as a PNG).

    Raises:
        OptionalDependencyError: If matplotlib is not installed.
        InvalidArgumentError: If ``bounds`` is not four numbers in order.

    .. versionadded:: 0.1.0
    """
    figure_module = _require_matplotlib()
    items = [docs] if isinstance(docs, Document) else list(docs)
    points = incident_points(items)
    if bounds is None:
        # The legend takes about a quarter of the width, beside the map.
        west, south, east, north = _fit(_bounds(points, 1.5), 0.75 * figsize[0] / figsize[1])
    else:
        west, south, east, north = _check_bounds(bounds)
    if ax is None:
        ax = figure_module.Figure(figsize=figsize, layout="constrained").add_subplot()
        _show_figures_in_jupyter(figure_module.Figure)
    ax.set_facecolor(_SEA)
    for _, _, rings in country_outlines():
        for ring in rings:
            ax.fill(*zip(*ring, strict=True), facecolor=_LAND, edgecolor=_BORDER, linewidth=0.6, zorder=1)
    for event_type, colour in EVENT_COLOURS.items():
        mine = [p for p in points if p.event_type is event_type]
        if mine:
            ax.scatter(
                [p.longitude for p in mine],
                [p.latitude for p in mine],
                s=[_size(p.killed) for p in mine],
                c=colour,
                edgecolors="white",
                linewidths=0.8,
                zorder=3,
                label=f"{event_type.value} ({len(mine)})",
            )
    if labels:
        for p in (p for p in points if p.place.isascii()):
            ax.annotate(
                p.place,
                (p.longitude, p.latitude),
                xytext=(5, 5),
                textcoords="offset points",
                fontsize=8,
                color="#333333",
                zorder=4,
            )
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / max(math.cos(math.radians((south + north) / 2)), 0.1))
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    if points:
        ax.legend(
            loc="upper left",
            bbox_to_anchor=(1.02, 1.0),
            fontsize=8,
            title="event type (incidents)",
            title_fontsize=8,
            frameon=False,
        )
    ax.set_title(title if title is not None else _title(len(points), len(items)), fontsize=10)
    ax.text(
        0.995,
        0.005,
        "Outlines: Natural Earth",
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        fontsize=6,
        color="#666666",
    )
    return ax


def _figure_png(figure: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return buffer.getvalue()


def _show_figures_in_jupyter(figure_type: type) -> None:
    """Let Jupyter display a figure made without pyplot as a PNG (what ``%matplotlib inline`` does)."""
    from .display import is_in_jupyter

    if not is_in_jupyter():
        return
    from IPython import get_ipython  # type: ignore[import-not-found, unused-ignore]

    formatter = get_ipython().display_formatter.formatters["image/png"]
    formatter.for_type(figure_type, _figure_png)


def _title(incidents: int, documents: int) -> str:
    from ._progress import plural

    return f"{plural(incidents, 'incident')} with coordinates, from {plural(documents, 'document')}"
