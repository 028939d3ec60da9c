"""The gazetteer: Urdu place names with their country, admin levels and coordinates.

Names are matched on folded text (see :func:`urdu_events.text.fold`): the keys
of the gazetteer are folded names, and :meth:`Gazetteer.find` scans text that
has been normalized the same way. Offsets returned by ``find`` are offsets into
that normalized text; map them back to the original with the text layer.

>>> from urdu_events.gazetteer import default_gazetteer
>>> gaz = default_gazetteer()
>>> gaz.resolve(gaz.lookup("شمالی وزیرستان")).admin1
'Khyber Pakhtunkhwa'
>>> [m.key for m in gaz.find("ضلع کرم میں فائرنگ")]
['کرم']

The data come from GeoNames (CC BY 4.0), pycountry and the curated lists in
``data-src/gazetteer``; ``scripts/build_gazetteer.py`` rebuilds the packaged
file. Nothing is read until the first lookup. See ``docs/gazetteer.md``.

.. versionadded:: 0.1
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, compress
from pathlib import Path
from typing import Any, Literal, cast

import attrs

from ._files import package_files
from .exceptions import InvalidArgumentError, UrduEventsWarning
from .models import GeoPrecision, Location, Span

__all__ = [
    "KINDS",
    "Gazetteer",
    "Kind",
    "Place",
    "PlaceMatch",
    "default_gazetteer",
    "to_location",
]

#: What a place is.
Kind = Literal["country", "province", "district", "city", "town", "site", "region"]
KINDS: frozenset[str] = frozenset(("country", "province", "district", "city", "town", "site", "region"))

#: Layout version of the data file; :meth:`Gazetteer.load` refuses other versions.
FORMAT_VERSION = 1
#: Columns of a place row in the data file, in order.
PLACE_COLUMNS = (
    "name_ur",
    "name_en",
    "country",
    "admin1",
    "admin2",
    "kind",
    "latitude",
    "longitude",
    "population",
    "geonames_id",
    "source",
)

_ISO2 = re.compile(r"[A-Z]{2}")
_PRECISION: dict[str, GeoPrecision] = {
    "country": GeoPrecision.COUNTRY,
    "province": GeoPrecision.PROVINCE,
    "region": GeoPrecision.PROVINCE,
    "district": GeoPrecision.DISTRICT,
    "city": GeoPrecision.TOWN,
    "town": GeoPrecision.TOWN,
    "site": GeoPrecision.TOWN,
}
# Within one country, which kind a bare name most likely means: "بنوں" is the
# town before the district, "کابل" the city before the province.
_KIND_ORDER = {"city": 0, "town": 1, "district": 2, "site": 3, "province": 4, "region": 5, "country": 6}
_ENTRY_KEYS = frozenset(
    (
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
        "geonames_id",
    )
)


# --- folding ---------------------------------------------------------------------------


def _fold(s: str) -> str:
    from .text import fold  # imported on first use: the text layer loads its tables

    return fold(s)


#: Text whose folding is stored in the data file, to notice a changed fold.
_PROBE = "كراچي هے إ أ ٱ ؤ ة ى ۓ ۀ ە ـ  ١٢ ۳ ٰ ً ٔ \u200c \u200d ھ ﻻ ﷲ Aa ‘x’ – ٫"


def fold_probe() -> str:
    """The folding of a fixed probe text; the build stores it in the data file."""
    return _fold(_PROBE)


_NON_JOINING = frozenset("اآدڈذرڑزژوےۓءۃ")
_GLUED_ABAD = re.compile(r"(?<=[^ ])آباد\b")


def name_variants(key: str) -> set[str]:
    """Spellings of a folded name that Urdu writers use interchangeably.

    A space after a letter that does not join to the next one is invisible, so
    writers leave it out ("حیدر آباد" / "حیدرآباد"); a zero-width non-joiner,
    removed by folding, often stands where the space would be before "آ"
    ("اسلام‌آباد"); and a glued "آباد" is also written apart.
    """
    variants = {key}
    if " " in key:
        variants.add(re.sub(r"(?<=[اآدڈذرڑزژوےۓءۃ]) ", "", key))
        variants.add(key.replace(" آ", "آ"))
    if _GLUED_ABAD.search(key):
        variants.add(_GLUED_ABAD.sub(" آباد", key))
    variants.update(_suffix_apart(key))
    return variants


@functools.lru_cache(maxsize=1)
def _name_suffix() -> re.Pattern[str] | None:
    """A glued second element of a compound place name (word class ``place_name_suffix``) after a
    first part of three letters or more, ending a word; ``None`` without that class."""
    from .extractors._grammar import word_list  # imported on first use: lexicons load late

    try:
        suffixes = sorted(word_list("place_name_suffix"), key=len, reverse=True)
    except InvalidArgumentError:
        return None
    return re.compile(r"(?<=\w{3})(" + "|".join(map(re.escape, suffixes)) + r")(?!\w)") if suffixes else None


def _suffix_apart(key: str) -> set[str]:
    """A compound name's glued second element written apart ("شکارپور" / "شکار پور", "سیالکوٹ" /
    "سیال کوٹ"): writers separate the parts of such names as often as they join them."""
    pattern = _name_suffix()
    if pattern is None or not pattern.search(key):
        return set()
    return {pattern.sub(r" \1", key)}


# --- places --------------------------------------------------------------------------------


def _kind(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in KINDS:
        raise InvalidArgumentError(f"Place.kind must be one of {', '.join(sorted(KINDS))}, got {value!r}")


def _country(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not _ISO2.fullmatch(value):
        raise InvalidArgumentError(f"Place.country must be an ISO 3166-1 alpha-2 code, got {value!r}")


@attrs.frozen
class Place:
    """A named place: what the gazetteer knows about it.

    Args:
        name_ur: The usual Urdu spelling.
        name_en: The English name.
        country: ISO 3166-1 alpha-2 code, ``None`` for places across borders
            (the Line of Control, the Red Sea).
        admin1: Province or state, in English.
        admin2: District, in English.
        kind: ``country``, ``province``, ``district``, ``city``, ``town``,
            ``site`` (a base, crossing or building) or ``region``.
        latitude: Decimal degrees, given together with ``longitude``.
        longitude: Decimal degrees.
        population: People living there, ``0`` if unknown.
        geonames_id: The GeoNames identifier, when the place is in GeoNames.
        source: Where the entry comes from: ``curated``, ``geonames``,
            ``pycountry``, ``curated+geonames`` (a curated place matched to
            GeoNames), ``geonames+curated`` (a GeoNames town that is the seat
            of a curated district) or ``plugin``.

    Raises:
        InvalidArgumentError: If a field has an impossible value.
    """

    name_ur: str
    name_en: str
    country: str | None = attrs.field(validator=_country)
    admin1: str | None
    admin2: str | None
    kind: Kind = attrs.field(validator=_kind)
    latitude: float | None
    longitude: float | None
    population: int = 0
    geonames_id: int | None = None
    source: str = attrs.field(default="curated", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.name_ur.strip():
            raise InvalidArgumentError("Place.name_ur must not be empty")
        if (self.latitude is None) != (self.longitude is None):
            raise InvalidArgumentError("a Place needs both latitude and longitude, or neither")
        if self.latitude is not None and not -90.0 <= self.latitude <= 90.0:
            raise InvalidArgumentError(f"latitude must be within [-90, 90], got {self.latitude}")
        if self.longitude is not None and not -180.0 <= self.longitude <= 180.0:
            raise InvalidArgumentError(f"longitude must be within [-180, 180], got {self.longitude}")
        if self.population < 0:
            raise InvalidArgumentError(f"population must not be negative, got {self.population}")

    @property
    def precision(self) -> GeoPrecision:
        """What the coordinates stand for, as ACLED's geo-precision."""
        return _PRECISION[self.kind]

    @classmethod
    def from_entry(cls, entry: Mapping[str, Any], *, source: str = "plugin") -> Place:
        """Build a place from a JSON entry of a ``places`` lexicon.

        The entry has a ``name`` and optionally ``aliases``, ``name_en``,
        ``country``, ``admin1``, ``admin2``, ``kind`` (default ``town``),
        ``lat`` and ``lon``, ``population`` and ``geonames_id``.

        Raises:
            InvalidArgumentError: If the entry has unknown keys or bad values.
        """
        unknown = set(entry) - _ENTRY_KEYS
        if unknown:
            raise InvalidArgumentError(f"unknown keys in a place entry: {', '.join(sorted(unknown))}")
        name = entry.get("name")
        if not isinstance(name, str):
            raise InvalidArgumentError(f"a place entry needs a string 'name', got {name!r}")
        try:
            return cls(
                name_ur=name,
                name_en=str(entry.get("name_en") or name),
                country=entry.get("country"),
                admin1=entry.get("admin1"),
                admin2=entry.get("admin2"),
                kind=cast(Kind, str(entry.get("kind", "town"))),
                latitude=None if entry.get("lat") is None else float(entry["lat"]),
                longitude=None if entry.get("lon") is None else float(entry["lon"]),
                population=int(entry.get("population") or 0),
                geonames_id=None if entry.get("geonames_id") is None else int(entry["geonames_id"]),
                source=source,
            )
        except (TypeError, ValueError) as exc:
            if isinstance(exc, InvalidArgumentError):
                raise
            raise InvalidArgumentError(f"bad place entry {name!r}: {exc}") from exc


@attrs.frozen
class PlaceMatch:
    """A place name found in normalized text.

    Args:
        start: Offset of the first character of the name in the scanned text.
        end: Offset just past the name (before any glued case marker such as
            the "میں" of "پشاورمیں").
        key: The gazetteer key that matched (a folded name).
        candidates: Every place with that name; pick one with
            :meth:`Gazetteer.resolve`.
    """

    start: int
    end: int
    key: str
    candidates: tuple[Place, ...]


def to_location(place: Place, name_as_written: str, span: Span | None = None) -> Location:
    """A :class:`~urdu_events.models.Location` for a place named in a document.

    Args:
        place: The resolved place.
        name_as_written: The name as the article writes it, without case endings.
        span: Where the name is in the original text.
    """
    return Location(
        name_as_written,
        span=span,
        admin1=place.admin1,
        admin2=place.admin2,
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        precision=place.precision,
        geonames_id=place.geonames_id,
        english_name=place.name_en,
    )


# --- context rules -------------------------------------------------------------------------


@attrs.frozen
class _Rule:
    """When a name that is also a common word counts as a place (see rules.json)."""

    needs_postposition: bool = False
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    only_after: frozenset[str] = frozenset()
    only_before: frozenset[str] = frozenset()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> _Rule:
        return cls(
            needs_postposition=bool(data.get("needs_postposition", False)),
            not_after=frozenset(data.get("not_after", ())),
            not_before=frozenset(data.get("not_before", ())),
            only_after=frozenset(data.get("only_after", ())),
            only_before=frozenset(data.get("only_before", ())),
        )


def _starts_with_any(words: Sequence[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[:n]) in phrases for n in range(1, min(len(words), 3) + 1))


def _ends_with_any(words: Sequence[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[-n:]) in phrases for n in range(1, min(len(words), 3) + 1))


# --- scanning ------------------------------------------------------------------------------

_WORD_SPLIT = re.compile(r"([^\W_]+)")
_HAS_DIGIT = re.compile(r"\d")
_GLUED = ("میں", "سے", "کے", "کی", "کا", "کو", "پر", "نے", "تک")
#: Words that end in a non-joining letter and so are sometimes written glued to
#: the name after them ("کےمستونگ", "شہرپشاورمیں"): the space cannot be seen.
_GLUED_BEFORE = ("کے", "سے", "نے", "پر", "میں", "اور", "شہر", "صوبے")
_GLUED_HEADS = frozenset(h[:2] for h in _GLUED_BEFORE)
#: How many distinct words a gazetteer remembers the kind of (a few MB at most).
_MAX_WORD_KINDS = 50_000
# Endings that may hide a name: the oblique ے and the glued case markers.
_INFLECTED = ("ے", *_GLUED)


class _Scan:
    """The words of one text, and what surrounds a candidate match."""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        words: tuple[Sequence[str], Sequence[int], Sequence[int]] | None = None,
    ) -> None:
        self.text = text
        self.end = end
        if words is not None:  # read by the caller (copied: split() changes them)
            self.words: list[str] = list(words[0])
            self._starts = list(words[1])
            self._stops = list(words[2])
            return
        # ``re.split`` builds every word in C: its pieces are gap, word, gap, ..., gap, and
        # the offsets are running sums of their lengths (the pattern has no lookaround, so
        # splitting the slice reads the words that ``finditer(text, start, end)`` would).
        pieces = _WORD_SPLIT.split(text[start:end] if start or end < len(text) else text)
        self.words = pieces[1::2]
        offsets = list(accumulate(map(len, pieces), initial=start))
        self._starts = offsets[1:-1:2]
        self._stops = offsets[2::2]

    def start(self, i: int) -> int:
        return self._starts[i]

    def stop(self, i: int) -> int:
        return self._stops[i]

    def split(self, i: int, n: int) -> None:
        """Cut word ``i`` after its first ``n`` characters into two words."""
        start, stop = self._starts[i], self._stops[i]
        word = self.words[i]
        self.words[i : i + 1] = [word[:n], word[n:]]
        self._starts[i : i + 1] = [start, start + n]
        self._stops[i : i + 1] = [start + n, stop]

    def gap(self, i: int) -> str:
        """The characters between word ``i - 1`` and word ``i``."""
        return self.text[self._stops[i - 1] : self._starts[i]]

    def joined(self, i: int) -> bool:
        """Whether word ``i`` follows word ``i - 1`` across only spaces or a hyphen."""
        gap = self.gap(i)
        return len(gap) <= 3 and not gap.strip(" -")

    def spaced(self, i: int) -> bool:
        """Whether word ``i`` follows word ``i - 1`` across whitespace only."""
        return not self.gap(i).strip()

    def before(self, i: int, n: int = 3) -> list[str]:
        """Up to ``n`` words right before word ``i``, not across punctuation."""
        words: list[str] = []
        while i > 0 and len(words) < n and self.spaced(i):
            i -= 1
            words.insert(0, self.words[i])
        return words

    def after(self, j: int, n: int = 3) -> list[str]:
        """Up to ``n`` words right after word ``j``, not across punctuation."""
        words: list[str] = []
        while j + 1 < len(self.words) and len(words) < n and self.spaced(j + 1):
            j += 1
            words.append(self.words[j])
        return words

    def closed_after(self, j: int) -> bool:
        """Whether punctuation or the end of the text follows word ``j``."""
        return j + 1 == len(self.words) or bool(self.gap(j + 1).strip())


@functools.lru_cache(maxsize=1 << 14)
def _endings(word: str) -> tuple[tuple[str, bool, str | None], ...]:
    """Ways to read ``word`` as the last word of a name: as is, oblique, or with a glued case marker.

    Each is ``(form, oblique, marker)``: an oblique form ("کوئٹے" read as "کوئٹہ")
    counts only before a postposition; a form with a ``marker`` ("پشاورمیں") ends
    where the marker starts.
    """
    found: list[tuple[str, bool, str | None]] = [(word, False, None)]
    if not word.endswith(_INFLECTED):
        return tuple(found)
    if word.endswith("ے") and len(word) > 3:
        found.append((word[:-1] + "ہ", True, None))
    for marker in _GLUED:
        stem = word[: -len(marker)]
        if word.endswith(marker) and len(stem) >= 3 and stem[-1] in _NON_JOINING:
            found.append((stem, False, marker))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 14)
def _forms(word: str) -> frozenset[str]:
    """The forms of ``word`` that :func:`_endings` reads, as a set."""
    return frozenset(form for form, _, _ in _endings(word))


def _word_prefixes(names: Iterable[str]) -> set[str]:
    """Every proper word-prefix of the multi-word names among ``names``."""
    prefixes: set[str] = set()
    for key in names:
        if " " in key:
            words = key.split(" ")
            prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))
    return prefixes


# --- the gazetteer ---------------------------------------------------------------------------


def _second_words(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """The second words of the multi-word names among ``names``, by their first word."""
    seconds: dict[str, set[str]] = {}
    for key in names:
        if " " in key:
            first, second = key.split(" ", 2)[:2]
            seconds.setdefault(first, set()).add(second)
    return {first: frozenset(after) for first, after in seconds.items()}


def _parse_row(row: str) -> Place:
    cells = row.split("\t")
    (name_ur, name_en, country, admin1, admin2, kind, lat, lon, population, geonames_id, source) = cells
    return Place(
        name_ur=name_ur,
        name_en=name_en,
        country=country or None,
        admin1=admin1 or None,
        admin2=admin2 or None,
        kind=cast(Kind, kind),
        latitude=float(lat) if lat else None,
        longitude=float(lon) if lon else None,
        population=int(population or 0),
        geonames_id=int(geonames_id) if geonames_id else None,
        source=source,
    )


class Gazetteer:
    """Place names, looked up and found by their folded form.

    Build one with :meth:`load` (or use :func:`default_gazetteer`); add places
    with :meth:`with_places` or :meth:`with_entries`, which return a new
    gazetteer and leave this one unchanged.
    """

    def __init__(
        self,
        places: Sequence[str | Place],
        names: Mapping[str, str],
        *,
        rules: Mapping[str, _Rule] | None = None,
        postpositions: Iterable[str] = (),
        header: Mapping[str, Any] | None = None,
        prefixes: Iterable[str] | None = None,
    ) -> None:
        # Places are kept as data-file rows and parsed on first use.
        self._places: list[str | Place] = list(places)
        self._names: dict[str, str] = dict(names)
        # Every proper word-prefix of a multi-word name ("ڈیرہ", "ڈیرہ اسماعیل").
        self._prefixes = frozenset(_word_prefixes(self._names) if prefixes is None else prefixes)
        self._rules: dict[str, _Rule] = dict(rules or {})
        self._postpositions = frozenset(postpositions)
        self._header: dict[str, Any] = dict(header or {})
        # What each word seen so far is to a scan (see ``_word_kinds``).
        self._kinds: dict[str, int] = {}
        # The second words of the names of several words, by their first word (made on first use).
        self._seconds: dict[str, frozenset[str]] | None = None
        # The places of each name looked up so far that has any (see ``lookup``).
        self._found: dict[str, tuple[Place, ...]] = {}

    def __getstate__(self) -> dict[str, Any]:
        # The memories of words, names found and the second words are rebuilt on use; a pickle
        # carries none of them.
        return {**self.__dict__, "_kinds": {}, "_seconds": None, "_found": {}}

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self._places)} places, {len(self._names)} names>"

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, folded_name: object) -> bool:
        return folded_name in self._names

    @property
    def version(self) -> str | None:
        """The data version of the packaged file (``None`` for a hand-built gazetteer)."""
        value = self._header.get("version")
        return None if value is None else str(value)

    @property
    def attribution(self) -> str:
        """The credit line the data's licences ask for."""
        return str(self._header.get("attribution", ""))

    # -- loading --

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """Read a gazetteer data file (by default the one shipped in the package).

        Raises:
            InvalidArgumentError: If the file is not a gazetteer data file of
                this format version.
            OSError: If the file cannot be read.
        """
        if path is None:
            raw = package_files("urdu_events").joinpath("data").joinpath("gazetteer.tsv.gz").read_bytes()
        else:
            raw = Path(path).read_bytes()
        try:
            lines = gzip.decompress(raw).decode("utf-8").split("\n")
            header = json.loads(lines[0][1:])
        except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidArgumentError(f"not a gazetteer data file: {exc}") from exc
        if header.get("format") != FORMAT_VERSION:
            raise InvalidArgumentError(
                f"gazetteer data format {header.get('format')!r} is not {FORMAT_VERSION}; "
                "rebuild it with scripts/build_gazetteer.py"
            )
        # Layout: the header, one row per place, the sorted names, then for each
        # name the comma-separated indexes of its places.
        n_places, n_names = header["counts"]["places"], header["counts"]["names"]
        places = lines[1 : 1 + n_places]
        first = 1 + n_places
        keys, ids = lines[first : first + n_names], lines[first + n_names : first + 2 * n_names]
        names = dict(zip(keys, ids, strict=True))
        n_prefixes = header["counts"]["prefixes"]
        prefixes: list[str] | None = lines[first + 2 * n_names : first + 2 * n_names + n_prefixes]
        rules = {k: _Rule.from_json(v) for k, v in header.get("rules", {}).items()}
        postpositions: list[str] = header.get("postpositions", [])
        if header.get("fold_probe") != fold_probe():
            names, rules, postpositions = cls._refold(names, rules, postpositions)
            prefixes = None
        # A name written with the older hamza on waw ("ناسائو") is also found as the text reads
        # it after respell drops its hamza ("ناساو", the fold of "ناساؤ"); not a word of three
        # letters, which is a common word ("گاو", the fold of "گاؤ", is stoplisted). A name
        # written with Pashto gaf or Sindhi kaf (GeoNames' "برګاس") is found as the text folds them
        # ("برگاس"): the fold of these letters is newer than the stored keys.
        from .text._spelling import drop_old_hamza  # the text layer loads its tables on first use

        respelled = {
            r: v
            for k, v in names.items()
            if "ئو" in k and (r := drop_old_hamza(k)) not in names and (" " in r or len(r) > 3)
        }
        respelled.update(
            (r, v)
            for k, v in names.items()
            if ("ګ" in k or "ڪ" in k) and (r := _fold(k)) not in names and r not in respelled
        )
        if respelled:
            names.update(respelled)
            if prefixes is not None:
                prefixes = [*prefixes, *_word_prefixes(respelled)]
        return cls(places, names, rules=rules, postpositions=postpositions, header=header, prefixes=prefixes)

    @staticmethod
    def _refold(
        names: dict[str, str], rules: dict[str, _Rule], postpositions: list[str]
    ) -> tuple[dict[str, str], dict[str, _Rule], list[str]]:
        warnings.warn(
            "the gazetteer data file was built with a different text folding; refolding its names "
            "(slower). Rebuild it with scripts/build_gazetteer.py",
            UrduEventsWarning,
            stacklevel=3,
        )
        refolded: dict[str, str] = {}
        for key, ids in names.items():
            new = _fold(key)
            refolded[new] = f"{refolded[new]},{ids}" if new in refolded else ids

        def refold_rule(rule: _Rule) -> _Rule:
            return _Rule(
                needs_postposition=rule.needs_postposition,
                not_after=frozenset(map(_fold, rule.not_after)),
                not_before=frozenset(map(_fold, rule.not_before)),
                only_after=frozenset(map(_fold, rule.only_after)),
                only_before=frozenset(map(_fold, rule.only_before)),
            )

        return (
            refolded,
            {_fold(k): refold_rule(r) for k, r in rules.items()},
            [_fold(p) for p in postpositions],
        )

    # -- extending --

    def with_places(self, extra: Iterable[Place]) -> Gazetteer:
        """A new gazetteer that also holds ``extra``, each under its folded ``name_ur``."""
        return self._extended((place, (place.name_ur,)) for place in extra)

    def with_entries(self, entries: Iterable[Mapping[str, Any]], *, source: str = "plugin") -> Gazetteer:
        """A new gazetteer that also holds places given as ``places`` lexicon entries.

        Each entry is read by :meth:`Place.from_entry`; it is found under its
        ``name`` and every one of its ``aliases``.

        Raises:
            InvalidArgumentError: If an entry is malformed.
        """
        pairs = []
        for entry in entries:
            place = Place.from_entry(entry, source=source)
            aliases = entry.get("aliases", ())
            if isinstance(aliases, str) or not all(isinstance(a, str) for a in aliases):
                raise InvalidArgumentError(f"aliases of {place.name_ur!r} must be a list of strings")
            pairs.append((place, (place.name_ur, *aliases)))
        return self._extended(pairs)

    def _extended(self, pairs: Iterable[tuple[Place, Sequence[str]]]) -> Gazetteer:
        places = list(self._places)
        names = dict(self._names)
        for place, spellings in pairs:
            index = str(len(places))
            places.append(place)
            for key in sorted({v for s in spellings for v in name_variants(_fold(s)) if v}):
                names[key] = f"{names[key]},{index}" if key in names else index
        added = {key: ids for key, ids in names.items() if self._names.get(key) != ids}
        return Gazetteer(
            places,
            names,
            rules=self._rules,
            postpositions=self._postpositions,
            header=self._header,
            prefixes=self._prefixes | _word_prefixes(added),
        )

    # -- lookup --

    def _place(self, index: int) -> Place:
        item = self._places[index]
        if isinstance(item, str):
            item = self._places[index] = _parse_row(item)
        return item

    def lookup(self, folded_name: str) -> tuple[Place, ...]:
        """Every place whose name folds to ``folded_name`` (empty if none).

        Args:
            folded_name: A name passed through :func:`urdu_events.text.fold`.
        """
        found = self._found.get(folded_name)
        if found is not None:
            return found
        ids = self._names.get(folded_name)
        if ids is None:
            return ()
        # Remembered: a scan looks up each name it matches, and the builder looks names up
        # again; only names of the gazetteer are kept, so the memory is bounded by its size.
        found = self._found[folded_name] = tuple(self._place(int(i)) for i in ids.split(","))
        return found

    def places(self, *, named: Callable[[str], bool] | None = None) -> Iterator[Place]:
        """Every place, in data-file order; given ``named``, only those whose ``name_ur`` it
        accepts (tested before a row is read, so the rows it turns down cost little).

        A row that no lookup has read yet is read for the caller and not remembered: a pass
        over every place (the place finder's spelling-variant index) does not keep a parsed
        record of each row in memory.
        """
        if named is None:
            return (_parse_row(item) if isinstance(item, str) else item for item in self._places)
        return (
            _parse_row(item) if isinstance(item, str) else item
            for item in self._places
            if named(item.partition("\t")[0] if isinstance(item, str) else item.name_ur)
        )

    # -- scanning --

    def find(
        self,
        folded_text: str,
        start: int = 0,
        end: int | None = None,
        *,
        words: tuple[Sequence[str], Sequence[int], Sequence[int]] | None = None,
    ) -> list[PlaceMatch]:
        """Find place names in normalized text, longest first, left to right.

        A name matches whole words only ("پشاور" is not found in "پشاوری").
        A case marker glued to a name that ends in a non-joining letter is
        allowed ("پشاورمیں"), and so is the oblique "ے" before a postposition
        ("کوئٹے میں"). Names that are also common words ("شام", "مالی",
        "کرم") are found only in the contexts their rules allow.

        Args:
            folded_text: Text normalized with the text layer (or folded).
            start: Where to start scanning.
            end: Where to stop scanning (default: the end of the text).
            words: The words of ``folded_text[start:end]`` if the caller has read them
                already: their texts, start offsets and end offsets, where a word is a
                run of word characters other than ``_`` (what the pattern ``[^\\W_]+``
                matches). They are taken as given.

        Returns:
            Non-overlapping matches in text order.
        """
        scan = _Scan(folded_text, start, len(folded_text) if end is None else end, words)
        kinds = self._word_kinds(scan.words)
        prefixes = self._prefixes
        matches: list[PlaceMatch] = []
        i = 0  # the first word not yet read, counting the words that splitting added
        added = 0  # words added by splitting glued words so far
        # Most words neither are nor start a name, nor hide one: only the others are visited.
        for k in compress(range(len(kinds)), kinds):
            at = k + added
            if at < i:
                continue  # inside the previous match
            if kinds[k] > 0:  # a word glued before a name ("کےمستونگ"): read the name alone
                scan.split(at, kinds[k])
                added += 1
                at += 1
            found = self._match_at(scan, at, prefixes)
            if found is None:
                i = at + 1
                continue
            match, last = found
            matches.append(match)
            i = last + 1
        return matches

    def _word_kinds(self, words: list[str]) -> list[int]:
        """For each word: ``-1`` if a name may start there, the length of a word glued before a
        name ("کے" of "کےمستونگ"), or ``0`` for a word that plays no part in a name.

        Words are classified once and remembered (up to :data:`_MAX_WORD_KINDS` distinct words,
        then the memory starts afresh; a fresh dictionary replaces the full one, so that a
        thread reading the old one never loses its words). Words with a digit are classified
        every time and not remembered, so a stream of figures and links does not fill the memory.
        """
        memo = self._kinds
        if len(memo) > _MAX_WORD_KINDS:
            memo = self._kinds = {}
        once: dict[str, int] = {}
        for word in set(words).difference(memo):
            # Words with a digit (figures, dates, the hashes of scraped links) seldom come back:
            # remembering them would fill the memory with words read once.
            (once if _HAS_DIGIT.search(word) else memo)[word] = self._word_kind(word)
        if once:
            return [once[w] if w in once else memo[w] for w in words]
        return list(map(memo.__getitem__, words))

    def holds_word(self, word: str) -> bool:
        """Whether folded ``word`` is a name, the first words of one, or a name with a case ending."""
        return word in self._names or word in self._prefixes or self._inflected_name(word)

    def _word_kind(self, word: str) -> int:
        """What ``word`` is to the scan (see :meth:`_word_kinds`)."""
        if word in self._names or word in self._prefixes or self._inflected_name(word):
            return -1
        if len(word) > 4 and word[:2] in _GLUED_HEADS:
            return self._glued_prefix(word)
        return 0

    def _match_at(self, scan: _Scan, i: int, prefixes: frozenset[str]) -> tuple[PlaceMatch, int] | None:
        words = scan.words
        # Most words a scan stops at only start longer names ("کے", "شمالی") and are followed
        # by no word such a name has next: nothing can match there, and that is told cheaply.
        if not self._may_start(words[i], words[i + 1] if i + 1 < len(words) else None):
            return None
        names = self._names
        # heads[n - 1] is the first n words; a name of n + 1 words needs it in ``prefixes``.
        heads = [words[i]]
        while heads[-1] in prefixes and i + len(heads) < len(words) and scan.joined(i + len(heads)):
            heads.append(f"{heads[-1]} {words[i + len(heads)]}")
        for n in range(len(heads), 0, -1):
            j = i + n - 1
            for last, oblique, suffix in _endings(words[j]):
                key = f"{heads[n - 2]} {last}" if n > 1 else last
                if (
                    key in names
                    and (not oblique or self._before_postposition(scan, j))
                    and self._allowed(key, scan, i, j, suffix)
                ):
                    end = scan.start(j) + len(last) if suffix else scan.stop(j)
                    return PlaceMatch(scan.start(i), end, key, self.lookup(key)), j
        return None

    def _may_start(self, word: str, following: str | None) -> bool:
        """Whether a name may start at ``word``, which ``following`` follows (``None`` at the
        end of the text): ``word`` itself, in one of the forms :func:`_endings` reads, is a name,
        or a name of several words has ``word`` first and ``following``, in one of those forms,
        second. Otherwise :meth:`_match_at` finds nothing there, since every key it looks up is
        one of those.
        """
        names = self._names
        if not names.keys().isdisjoint(_forms(word)):
            return True
        seconds = self._seconds
        if seconds is None:
            seconds = self._seconds = _second_words(names)
        after = seconds.get(word)
        return after is not None and following is not None and not after.isdisjoint(_forms(following))

    def _before_postposition(self, scan: _Scan, j: int) -> bool:
        """Whether a postposition follows word ``j`` (what an oblique "ے" needs: "کوئٹے میں")."""
        after = scan.after(j, 1)
        return bool(after) and after[0] in self._postpositions

    def _glued_prefix(self, word: str) -> int:
        """The length of a word glued before a name ("کے" in "کےمستونگ"), or 0."""
        for head in _GLUED_BEFORE:
            rest = word[len(head) :]
            if (
                len(rest) >= 3
                and word.startswith(head)
                and (rest in self._names or rest in self._prefixes or self._inflected_name(rest))
            ):
                return len(head)
        return 0

    def _inflected_name(self, word: str) -> bool:
        """Whether ``word`` is a one-word name in the oblique or with a glued case marker."""
        if len(word) < 5 or not word.endswith(_INFLECTED):
            return False
        if word.endswith("ے") and word[:-1] + "ہ" in self._names:
            return True
        return any(word.endswith(m) and word[: -len(m)] in self._names for m in _GLUED)

    def _allowed(self, key: str, scan: _Scan, i: int, j: int, suffix: str | None) -> bool:
        rule = self._rules.get(key)
        if rule is None:
            return True
        before = scan.before(i)
        after = ([suffix] if suffix else []) + scan.after(j)
        if rule.needs_postposition and not (
            suffix or (after and after[0] in self._postpositions) or (not after and scan.closed_after(j))
        ):
            return False
        if _ends_with_any(before, rule.not_after) or _starts_with_any(after, rule.not_before):
            return False
        if rule.only_after or rule.only_before:
            return _ends_with_any(before, rule.only_after) or _starts_with_any(after, rule.only_before)
        return True

    # -- resolving --

    @staticmethod
    def resolve(
        candidates: Iterable[Place], *, country_hint: str | None = None, kind_hint: str | None = None
    ) -> Place:
        """Pick the place a name most likely means.

        In order: places in ``country_hint``; places of ``kind_hint``; a country
        over anything else; curated places over plain GeoNames ones; the
        country whose candidate is most populous; then, within that country,
        a city or town over a district, a district over a province, and the
        larger population.

        Args:
            candidates: Places sharing a name, e.g. ``PlaceMatch.candidates``.
            country_hint: ISO code of the country the article is about.
            kind_hint: A kind the context suggests ("province" after "صوبہ").

        Raises:
            InvalidArgumentError: If there are no candidates.
        """
        pool = list(candidates)
        if len(pool) == 1:
            return pool[0]  # what every preference below would leave
        if not pool:
            raise InvalidArgumentError("resolve() needs at least one candidate place")
        order = {id(p): n for n, p in enumerate(pool)}
        preferences: tuple[Callable[[Place], bool], ...] = (
            lambda p: p.country == country_hint,
            lambda p: p.kind == kind_hint,
            lambda p: p.kind == "country",
            lambda p: p.source != "geonames",
        )
        for keep in preferences:
            pool = [p for p in pool if keep(p)] or pool
        weight: dict[str | None, int] = {}
        for p in pool:
            weight[p.country] = max(weight.get(p.country, 0), p.population)
        best = max(weight, key=lambda c: (weight[c], -min(order[id(p)] for p in pool if p.country == c)))
        pool = [p for p in pool if p.country == best]
        return min(pool, key=lambda p: (_KIND_ORDER[p.kind], -p.population, order[id(p)]))


_DEFAULT_LOCK = threading.Lock()


@functools.cache
def _default(plugins: bool) -> Gazetteer:
    gazetteer = Gazetteer.load()
    if plugins:
        from .lexicons import lexicons_for

        entries = [e for lexicon in lexicons_for("places") for e in lexicon.entries]
        if entries:
            gazetteer = gazetteer.with_entries(entries)
    return gazetteer


def default_gazetteer(*, plugins: bool = True) -> Gazetteer:
    """The packaged gazetteer, with the places of every ``places`` lexicon added.

    Loaded on the first call and cached for the life of the process.

    Args:
        plugins: Whether to add places from lexicons of kind ``places``
            (built-in ones and those of installed plugins).

    Raises:
        PluginLoadError: If a lexicon plugin fails to load.
        InvalidArgumentError: If a ``places`` lexicon has a malformed entry.
    """
    with _DEFAULT_LOCK:
        return _default(plugins)
