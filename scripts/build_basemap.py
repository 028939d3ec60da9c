#!/usr/bin/env python3
"""Regenerate the country outlines of the offline maps, ``src/urdu_events/data/countries.json.gz``.

The source is Natural Earth's 1:110 million "Admin 0 – Countries" layer, which
is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/).
pyogrio's wheel ships a copy of it as a test fixture
(``pyogrio/tests/fixtures/naturalearth_lowres/naturalearth_lowres.shp``), so no
download is needed::

    pip download --no-deps pyogrio -d /tmp/pyogrio && unzip -o -j /tmp/pyogrio/pyogrio-*.whl \
        'pyogrio/tests/fixtures/naturalearth_lowres/*' -d /tmp/ne
    python scripts/build_basemap.py /tmp/ne/naturalearth_lowres.shp

The shapefile is read with the standard library alone (polygons and the
``name`` and ``iso_a3`` attributes); coordinates are rounded to 0.01°
(about 1 km, far below what a 1:110 m outline resolves). The output is
deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import struct
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "urdu_events" / "data" / "countries.json.gz"
SOURCE = "Natural Earth 1:110m Admin 0 - Countries (public domain), as shipped in pyogrio's test fixtures"


def read_dbf(path: Path) -> list[dict[str, str]]:
    """The records of a dBASE III file, every value as a stripped string."""
    data = path.read_bytes()
    count, header, size = struct.unpack("<4xIHH", data[:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    records = []
    for i in range(count):
        row = data[header + i * size + 1 : header + (i + 1) * size]  # skip the deletion flag
        values, at = {}, 0
        for name, length in fields:
            values[name] = row[at : at + length].decode("utf-8", "replace").strip()
            at += length
        records.append(values)
    return records


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """The rings of every (multi)polygon record of a shapefile, in record order."""
    data = path.read_bytes()
    shapes = []
    pos = 100
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (shape_type,) = struct.unpack("<i", body[:4])
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type not in (5, 15, 25):
            raise SystemExit(f"{path}: shape type {shape_type} is not a polygon")
        parts, points = struct.unpack("<ii", body[36:44])
        starts = [*struct.unpack(f"<{parts}i", body[44 : 44 + 4 * parts]), points]
        xy = struct.unpack(f"<{2 * points}d", body[44 + 4 * parts : 44 + 4 * parts + 16 * points])
        coords = [(xy[2 * k], xy[2 * k + 1]) for k in range(points)]
        shapes.append([coords[a:b] for a, b in itertools.pairwise(starts)])
    return shapes


def build(shapefile: Path) -> dict[str, Any]:
    """The outlines as the package stores them."""
    records = read_dbf(shapefile.with_suffix(".dbf"))
    shapes = read_polygons(shapefile)
    if len(records) != len(shapes):
        raise SystemExit(f"{shapefile}: {len(shapes)} shapes but {len(records)} attribute records")
    countries = []
    for record, rings in sorted(zip(records, shapes, strict=True), key=lambda pair: pair[0]["name"]):
        rounded = [[[round(x, 2), round(y, 2)] for x, y in ring] for ring in rings]
        countries.append({"name": record["name"], "iso_a3": record["iso_a3"], "rings": rounded})
    return {"source": SOURCE, "licence": "public domain", "countries": countries}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shapefile", type=Path, help="naturalearth_lowres.shp (Natural Earth 1:110m admin 0)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    payload = json.dumps(build(args.shapefile), ensure_ascii=False, separators=(",", ":")).encode()
    args.out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
