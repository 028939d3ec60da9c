"""Places named in a document: the gazetteer's matches plus names introduced by cue words.

The gazetteer (:mod:`urdu_events.gazetteer`, when installed) knows countries,
provinces, districts and cities. Small places it does not know are often
introduced by a cue word: "ضلع بنوں", "گاؤں الرشاد", "کوہلو کے علاقے". Both
kinds become :class:`PlaceRef` records with a level (0 country, 1 province,
2 district, 3 city or town, 4 site or neighbourhood) so that incidents can list
the most specific place first.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from .._evolve import evolve
from .._lazy_re import lazy_compile
from ..models import Location, Span
from ..text import UNIT_WORDS, fold, parse_number
from ..text._unwrap import known_words
from ._grammar import case_markers, whole_words, word_alternation, word_set, words_first
from ._grammar import word_class as word_pattern
from ._incident_index import TermIndex, TextWords
from ._incident_lexicon import PlaceCue
from ._prefilter import Prefiltered, prefiltered
from ._rules import on

__all__ = ["PlaceFinder", "PlaceRef", "default_gazetteer", "within", "word_class"]

_LEVELS = {
    "country": 0,
    "province": 1,
    "region": 1,
    "state": 1,
    "district": 2,
    "division": 2,
    "city": 3,
    "town": 3,
    "site": 4,
}
_CUE_LEVELS = {"province": 1, "district": 2, "town": 3, "site": 4}


@functools.cache
def word_class(name: str) -> frozenset[str]:
    """The words of one place-word class of the ``word_classes`` lexicon.

    ``place_name_boundary``: words that end a place name read next to a cue;
    ``area_adjective``: adjectives that describe an area ("قبائلی"); ``not_site_name``: the
    words no site's name holds (with the two classes before); ``place_quantifier``: words
    that make the place noun after them generic ("متعدد"); ``site_name_part``: common nouns a
    site's name may hold ("گھنٹہ گھر چوک"); ``urban_part``: nouns for parts of a city;
    ``road``: the last word of a road's name; ``village_noun``: nouns for a village.
    """
    words = word_set(name)
    if name == "not_site_name":
        return words | word_set("place_name_boundary") | word_set("area_adjective")
    return words


#: Verbs after a hospital that say victims were taken there, not attacked there.
_TAKEN_TO = lazy_compile(rf"[^۔\n]{{0,30}}?(?<!\w)(?:{word_alternation('brought_verb', 'start')})")
_GENITIVE_BEFORE = lazy_compile(r"\s(?:کے|کی|کا)\s$")
#: An Arabic name after a site noun ("مسجد النور").
_ARABIC_NAME = lazy_compile(r" ال\w{2,}")
#: Glued words before a name that end in barree ye, which never stands inside a word.
_GLUED_HEAD = lazy_compile(r"(?:کے|سے|نے)(?=\w{3})")
#: Words naming a part of a place, written before its name.
_DIRECTION = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('compass_adjective')}) $"))
#: What follows a place name read next to a cue: a case marker or punctuation.
_CASE_AFTER = lazy_compile(rf"\s?(?:{case_markers(limit=True)}|[،,۔:])")
#: The same, a whole word: "کو" but not the start of "کوٹ".
_WHOLE_CASE_AFTER = lazy_compile(rf"\s?(?:(?:{case_markers(limit=True)})(?!\w)|[،,۔:])")
_WORD = lazy_compile(r"\w+")


def _last_words(text: str, pos: int, count: int) -> list[re.Match[str]]:
    """``list(_WORD.finditer(text, max(0, pos - 60), pos))[-count:]``: the last ``count`` words
    before ``pos`` (of those that start within 60 characters), read from a shorter window first.

    A window that holds more than ``count`` words holds the last ``count`` whole: only its first
    word can be cut short by where the window starts. Else the 60 characters are read.
    """
    lo = max(0, pos - 60)
    near = pos - 8 * count
    if count > 0 and near > lo:
        found = list(_WORD.finditer(text, near, pos))
        if len(found) > count:
            return found[-count:]
    return list(_WORD.finditer(text, lo, pos))[-count:]


def _first_words(text: str, pos: int, count: int) -> list[re.Match[str]]:
    """The words of ``_WORD.finditer(text, pos, min(len(text), pos + 60))``, or only their first
    ``count`` when a shorter window, read first, shows that there are more.

    A window that holds more than ``count`` words holds the first ``count`` whole: only its last
    word can be cut short by where the window ends. Else the 60 characters are read.
    """
    end = min(len(text), pos + 60)
    near = pos + 8 * count
    if count > 0 and near < end:
        found = list(_WORD.finditer(text, pos, near))
        if len(found) > count:
            return found[:count]
    return list(_WORD.finditer(text, pos, end))


#: "اور", then one to three words and a case marker: the rest of a list of two places
#: ("وادی X اور باڑہ میں", "تحصیل X اور ضلع Y کے علاقے").
_AND_ITEM = lazy_compile(rf"\sاور\s((?:[^\s۔،,]+\s){{0,2}}[^\s۔،,]+)\s(?:{case_markers()})(?!\w)")


#: A noun that ends a quarter's name right after a town's ("دہلی کالونی", "اجمیر نگری"), then
#: a case marker.
_QUARTER_NOUN = lazy_compile(
    rf"\s({word_alternation('quarter_noun')})(?=\s?(?:(?:{case_markers(limit=True)})(?!\w)|[،,۔:]))"
)


def _quarter_named_for(text: str, ref: PlaceRef) -> PlaceRef:
    """``ref``, or the quarter named after it when a noun that ends a quarter's name follows it
    ("کراچی: دہلی کالونی میں", "حیدرآباد کالونی میں", "اجمیر نگری میں"): a part of the city the
    article is about, named for another town, which is not where the event happened (rule
    ``places.town-named-quarter``)."""
    if ref.site or ref.level < 1:
        return ref
    m = _QUARTER_NOUN.match(text, ref.end)
    if m is None:
        return ref
    return PlaceRef(
        ref.start, m.end(), text[ref.start : m.end()], 4, rule="places.town-named-quarter"
    )  # fmt: skip


#: Words no site's name holds (folded).
_NOT_SITE_NAME = frozenset(fold(w) for w in word_class("not_site_name"))
#: A word and a noun right before a name: "امریکی شہر " before "X".
_NOUN_BEFORE = lazy_compile(r"(?<!\w)(\w+) (\w+) $")
#: A quantifier right before a place noun ("متعدد علاقے"): the noun names no place.
_QUANTIFIED = lazy_compile(rf"(?:{word_pattern('place_quantifier')}) $")
#: A police station named after a place, and its area ("تھانہ X کی حدود", "تھانے X کے علاقے").
_POLICE_STATION = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('police_station')}) $"))
_AREA_AFTER = lazy_compile(rf" (?:{word_alternation('area_after')})(?!\w)")
#: A police station's limits after its name ("تھانہ X کی حدود میں"), which name no place of their own.
_STATION_LIMITS_AFTER = lazy_compile(rf" (?:{word_alternation('limits_after')})(?!\w)")
#: A police station's area or limits right after the station's noun ("X تھانہ علاقے", "X تھانے کی حدود").
_STATION_AREA_AFTER = lazy_compile(rf" (?:{word_alternation('station_area_after')})(?!\w)")
#: A noun for a province or state right before a name ("صوبہ X", "ریاست X").
_PROVINCE_NOUN = prefiltered(lazy_compile(rf"(?<!\w)(?:{word_alternation('named_region_noun')}) $"))
#: A noun for a province right after a name ("الحدیدہ صوبے میں", "X صوبہ").
_PROVINCE_NOUN_AFTER = lazy_compile(rf" (?:{word_alternation('province_noun_after')})(?!\w)")


#: The country most Urdu news is from: a name of several countries' places means its place
#: when nothing in the article says which country it is about.
_HOME_COUNTRY = "PK"
#: Shortest name (letters) that a spelling variant is looked for, and the population of a
#: town (not curated) whose name counts.
_VARIANT_MIN = 6
_VARIANT_POPULATION = 50_000
#: Long-vowel letters that transliterations of foreign names write or leave out, and the
#: retroflex letters they write for dental ones ("ڈونیٹسک", "دونیتسک").
_VOWEL_LETTERS = str.maketrans("ٹڈڑھ", "تدرہ", "اویےئء")
_RETROFLEX = str.maketrans("ٹڈڑ", "تدر")


@functools.lru_cache(maxsize=4)
def _skeleton_index(gazetteer: Any) -> dict[str, Any]:
    """Consonant skeleton -> the one place of ``gazetteer`` with that skeleton (see
    :meth:`PlaceFinder.spelling_variant`); built once per gazetteer, on first use."""
    index: dict[str, Any] = {}
    ambiguous: set[str] = set()
    for place in _variant_candidates(gazetteer):
        name = fold(str(getattr(place, "name_ur", "") or ""))
        if " " in name or len(name) < _VARIANT_MIN:
            continue
        if not (_curated(place) or (getattr(place, "population", 0) or 0) >= _VARIANT_POPULATION):
            continue
        key = _skeleton(name)
        if len(key) < _VARIANT_MIN - 1:
            continue
        if key in index and index[key] is not place:
            if _curated(index[key]) != _curated(place):  # a curated place over a GeoNames namesake
                index[key] = index[key] if _curated(index[key]) else place
                ambiguous.discard(key)
                continue
            ambiguous.add(key)
        index[key] = place
    for key in ambiguous:
        del index[key]
    return index


def _variant_candidates(gazetteer: Any) -> Iterable[Any]:
    """The places of ``gazetteer`` that :func:`_skeleton_index` reads: a gazetteer of
    :mod:`urdu_events.gazetteer` leaves out, before reading their rows, those whose name is
    too short or of several words (the index would pass them over)."""
    from ..gazetteer import Gazetteer  # here: the place finder runs without a gazetteer too

    if isinstance(gazetteer, Gazetteer):
        return gazetteer.places(named=_variant_name)
    return getattr(gazetteer, "places", lambda: ())()


def _variant_name(name_ur: str) -> bool:
    """Whether a place of this name may be found by its skeleton: one word of
    :data:`_VARIANT_MIN` letters or more (folded), with a skeleton of one letter less or more."""
    name = fold(name_ur or "")
    return " " not in name and len(name) >= _VARIANT_MIN and len(_skeleton(name)) >= _VARIANT_MIN - 1


def _same_heh(folded: str, place: Any) -> bool:
    """Whether ``folded`` may name ``place``, whose skeleton it shares, as to its he letters: any
    way with rule ``places.heh-variant`` ("ننگرھار" for "ننگرہار": do-chashmi he for the plain
    one in a foreign name), else only with the same he letters as the gazetteer's name."""
    if on("places.heh-variant"):
        return True
    name = fold(str(getattr(place, "name_ur", "") or ""))
    return [c for c in folded if c in "ہھ"] == [c for c in name if c in "ہھ"]


def _skeleton(folded: str) -> str:
    """A name's first letter and its other letters without long vowels, retroflex letters
    written as dental ones and do-chashmi he as the plain he."""
    return folded[:1].translate(_RETROFLEX) + folded[1:].translate(_VOWEL_LETTERS)


@attrs.define(unsafe_hash=True)  # not frozen: see _incident_index.Hit
class PlaceRef:
    """A place name found in the normalized text.

    Args:
        start: Normalized offset where the name starts.
        end: Normalized offset where it ends.
        key: The folded name.
        level: 0 country, 1 province, 2 district, 3 city or town, 4 site.
        country: ISO 3166-1 alpha-2 code, if known.
        place: The gazetteer's record, if the gazetteer knows the name.
    """

    start: int
    end: int
    key: str
    level: int
    country: str | None = None
    place: Any = attrs.field(default=None, eq=False)
    #: Whether this is a named site read from a site noun ("نور محل اسپتال").
    site: bool = False
    #: The id of the rule that read the place.
    rule: str = attrs.field(default="places.gazetteer", eq=False)
    #: Whether a noun for a province stands before the name (rule ``places.province-noun-before-name``).
    province: bool = attrs.field(default=False, eq=False)
    #: Whether a noun for a province follows the name ("X صوبے میں";
    #: rule ``places.province-apart-from-city``).
    province_after: bool = attrs.field(default=False, eq=False)


#: The rules that read a place named by a number (a part of the place right before it, if any).
_NUMBERED_RULES = frozenset(
    {"places.numbered-settlement", "places.numbered-settlement-code", "places.numbered-settlement-word"}
)


class PlaceFinder:
    """Finds place names with the gazetteer (if any) and the ``place_cues`` lexicon.

    Args:
        cues: The compiled ``place_cues`` lexicon.
        gazetteer: An object with the :mod:`urdu_events.gazetteer` interface, or ``None``.
        exclude: Says which folded names are not places (words of the other
            lexicons, such as "فوجی"), whatever the gazetteer says.
    """

    def __init__(
        self,
        cues: TermIndex[PlaceCue],
        gazetteer: Any = None,
        *,
        exclude: Callable[[str], bool] | None = None,
    ) -> None:
        self._cues = cues
        self._gazetteer = gazetteer
        self._exclude = exclude

    def region_provinces(self, ref: PlaceRef) -> frozenset[str]:
        """The provinces of every region the gazetteer lists under ``ref``'s name: a region that
        runs through several provinces (the riverine belt "کچے کا علاقہ" along the Indus, in
        Punjab and in Sindh) has a row in each."""
        lookup = getattr(self._gazetteer, "lookup", None)
        if lookup is None or getattr(ref.place, "kind", None) != "region":
            return frozenset()
        return frozenset(
            str(c.admin1)
            for c in lookup(ref.key)
            if getattr(c, "kind", None) == "region"
            and getattr(c, "admin1", None)
            and not getattr(c, "admin2", None)
        )

    def _excluded(self, key: str) -> bool:
        return self._exclude is not None and self._exclude(key)

    def _after_vocabulary(self, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
        """``span`` without its first words while they are lexicon words: a name read before
        a place noun does not begin with an event or actor word ("دوسرا دھماکہ کرادہ کے علاقے").

        Nor does it hold one: it begins after the last ("مطابق دھماکہ شہر کے" has no name), and
        there is none when the last word is one (``None``).
        """
        words = list(_WORD.finditer(text, span[0], span[1]))
        while len(words) > 1 and self._excluded(words[0].group()):
            words.pop(0)
        if len(words) > 1 and on("places.name-holds-no-vocabulary"):
            inner = [i for i, w in enumerate(words) if i and self._excluded(w.group())]
            if inner and inner[-1] == len(words) - 1:
                return None  # "مطابق دھماکہ": the word before the place noun is an event word
            words = words[inner[-1] + 1 :] if inner else words
        return (words[0].start(), span[1]) if words else span

    def spelling_variant(self, word: str) -> PlaceRef | None:
        """The place a one-word name before "میں" names, allowing for transliteration ("واشنگٹون"
        for "واشنگٹن").

        Foreign names are written with or without their long-vowel letters (ا, و, ی); a
        word of six letters or more whose consonants are those of exactly one place name
        of the gazetteer (a curated place or a town of 50,000 or more) names that place,
        also when it is that name but the gazetteer, which reads names known only from
        GeoNames in the article's countries only, passed it over. The returned reference
        has offsets 0 and the word's length: the caller places it.
        """
        if len(word) < _VARIANT_MIN or self._gazetteer is None:
            return None
        found = self._skeletons().get(_skeleton(fold(word)))
        if found is None or not _same_heh(fold(word), found):
            return None
        kind = str(getattr(found, "kind", "city"))
        return PlaceRef(
            0, len(word), word, _LEVELS.get(kind, 4), getattr(found, "country", None), found,
            rule="places.spelling-variant",
        )  # fmt: skip

    def _skeletons(self) -> dict[str, Any]:
        return _skeleton_index(self._gazetteer)

    def find(self, text: str, *, words: TextWords | None = None) -> list[PlaceRef]:
        """Every place name in ``text`` (normalized), in text order, without overlaps.

        ``words`` are the words of ``text``, if they were read already.
        """
        refs = sorted(self._from_gazetteer(text, words), key=lambda p: p.start)
        if on("places.town-named-quarter"):
            refs = [_quarter_named_for(text, p) for p in refs]
        ends = [p.end for p in refs]
        cues = []
        last_end = -1
        found = [
            *self._from_cues(text, words),
            *named_before_nami(text),
            *named_with_direction(text),
            *numbered_settlements(text, words),
            *numbered_with_code(text, words),
            *numbered_by_word(text, words),
        ]
        for ref in sorted(found, key=lambda p: (p.start, -p.end)):
            i = bisect.bisect_right(ends, ref.start)  # first gazetteer name ending after ref.start
            if ref.site:
                ref = _site_from_town(ref, refs[i] if i < len(refs) else None, text)
            overlaps = i < len(refs) and refs[i].start < ref.end
            if ref.site and overlaps:  # "بیت الخلیل یونیورسٹی": the site and the town
                overlaps = refs[i].start < ref.start or any(
                    r.end > ref.end for r in refs[i:] if r.start < ref.end
                )
            if not overlaps and ref.start >= last_end:
                cues.append(ref)
                last_end = ref.end
        if on("places.nationality-before-place-noun"):
            cues = [self._of_nationality(text, ref) for ref in cues]
        out = sorted(refs + cues, key=lambda p: p.start)
        if on("places.area-in-owner-country"):
            out = [self._in_owner_country(text, out[i - 1] if i else None, p) for i, p in enumerate(out)]
        # "گلشن اقبال بلاک 13": a number right after a place only tells a part of it.
        return [
            p
            for i, p in enumerate(out)
            if p.rule not in _NUMBERED_RULES or not (i and text[out[i - 1].end : p.start] == " ")
        ]

    def _in_owner_country(self, text: str, owner: PlaceRef | None, ref: PlaceRef) -> PlaceRef:
        """``ref``, or, where it is a town the gazetteer puts in another country than the place
        right before it and a place noun between them ("منگھوپیر کے علاقے X", "X کے گاؤں Y"),
        a place the gazetteer does not know: the name lies in the owner's country, and the
        foreign town is a namesake (rule ``places.area-in-owner-country``)."""
        if (
            owner is None
            or ref.place is None
            or ref.site
            or ref.level < 3
            or owner.country is None
            or ref.country in (None, owner.country)
        ):
            return ref
        gap = text[owner.end : ref.start]
        if not gap.strip() or len(gap) > 24:
            return ref
        both = any(
            h.value.position == "both" and gap[h.start : h.end] == gap.strip()
            for h in self._cues.finditer(gap)
        )
        if not both:
            return ref
        return evolve(ref, place=None, country=owner.country, rule="places.area-in-owner-country")

    def to_location(self, ref: PlaceRef, name: str, span: Span) -> Location:
        """The model :class:`Location` of ``ref``, named as written."""
        if ref.place is not None:
            convert = getattr(self._gazetteer, "to_location", None) or _module_to_location()
            if convert is not None:
                location = convert(ref.place, name, span)
                if isinstance(location, Location):
                    return location
        return Location(name, span=span, country=ref.country)

    def _from_gazetteer(self, text: str, words: TextWords | None = None) -> list[PlaceRef]:
        gaz = self._gazetteer
        if gaz is None:
            return []
        whole = words is not None and words.text == text and words.start == 0 and words.end == len(text)
        if whole and words is not None and "_" not in text and _reads_words(gaz):
            # Without "_", the words of the term index (runs of \w) are the gazetteer's too.
            found = gaz.find(text, 0, len(text), words=(words.words, words.starts, words.ends))
        else:
            found = gaz.find(text, 0, len(text))
        districts = _dateline_districts(text, found) if on("places.station-named-for-town") else frozenset()
        matches = [
            m
            for m in found
            if (not self._excluded(text[m.start : m.end]) or _locative(text, m.end))
            and not self._described(text[m.start : m.end])
            and not (_police_area(text, m.start, m.end) and not _town_of(m, districts))
        ]
        countries: Counter[str] = Counter()
        for m in matches:
            codes = {str(getattr(c, "country", None) or "") for c in m.candidates if _curated(c)}
            if len(codes) == 1 and "" not in codes:
                countries[next(iter(codes))] += 1
        hint = countries.most_common(1)[0][0] if countries else None
        if hint is None and on("places.home-country-first"):
            # "حیدرآباد" alone: an Urdu report names its own country's town, not the larger namesake.
            hint = _HOME_COUNTRY
        # A town abroad counts in any country the article names, not only in its main one.
        named = set(countries) if on("places.town-of-a-named-country") else {hint}
        refs = []
        for m in matches:
            candidates = m.candidates
            if not any(_curated(c) for c in candidates):
                # GeoNames alone knows many common words as places abroad ("وین", "بیان").
                candidates = tuple(c for c in candidates if getattr(c, "country", None) in named)
                if not candidates or not self._plausible(text, m):
                    continue
            place = gaz.resolve(candidates, country_hint=hint)
            if place is None:
                continue
            kind = str(getattr(place, "kind", "city"))
            level = _LEVELS.get(kind, 4)
            start = m.start
            part = _DIRECTION.search(text, max(0, start - 12), start)
            if part is not None:  # "شمالی غزہ", "وسطی افغانستان": a part of the place
                start = part.start()
                level = max(level, 1)
            name = text[start : m.end]
            # "صوبہ دیر الزور", "ریاست نائجر": the province of a city's or a country's name
            province = level != 1 and _province_named(text, start)
            if province and on("places.province-noun-picks-province"):
                # "صوبے قندوز": the gazetteer's province of that name, when it knows one
                provinces = [c for c in candidates if getattr(c, "kind", None) == "province"]
                if provinces:
                    place = gaz.resolve(provinces, country_hint=hint)
                    level = 1
            # A name the actor lexicon also has is a place only where _locative let it through.
            rule = (
                "places.state-name-as-place" if self._excluded(text[m.start : m.end]) else "places.gazetteer"
            )
            country = getattr(place, "country", None)
            after = level != 1 and _PROVINCE_NOUN_AFTER.match(text, m.end) is not None
            ref = PlaceRef(start, m.end, name, level, country, place, rule=rule, province=province)
            refs.append(evolve(ref, province_after=True) if after else ref)
        return refs

    def _jurisdiction(self, name: str) -> bool:
        """Whether ``name`` starts with a site noun ("تھانہ ائیرپورٹ"): before "کے علاقے" it
        names a police station's area, which is no place."""
        if not on("places.police-jurisdiction"):
            return False
        return any(
            h.start == 0 and h.end < len(name) and h.value.position == "site"
            for h in self._cues.finditer(name)
        )

    def _station_place(self, text: str, pos: int) -> list[PlaceRef]:
        """The place a police station is named after, read after "تھانہ" at ``pos`` ("تھانہ X پر
        حملہ", "تھانہ X کی موبائل"): a rare word or two before a case marker name the locality the
        station serves, where the event was; a station's area ("تھانہ X کے علاقے Y") is Y's
        (rule ``places.police-station-name``)."""
        limited = self._station_limits_name(text, pos)
        if limited is not None:
            name = text[limited[0] : limited[1]]
            return [PlaceRef(limited[0], limited[1], name, 3, rule="places.station-limits-locality")]
        if not on("places.police-station-name"):
            return []
        span = _rare(text, _name_after(text, pos, 2))
        if span is None or not _CASE_AFTER.match(text, span[1]) or _police_area(text, *span):
            return []
        name = text[span[0] : span[1]]
        if (
            self._excluded(name)
            or self._place_noun(name)
            or any(fold(w) in known_words() for w in name.split())
        ):
            return []
        return [PlaceRef(span[0], span[1], name, 3, rule="places.police-station-name")]

    def _station_named_before(self, text: str, start: int, end: int) -> list[PlaceRef]:
        """The locality a police station serves, named before the station's noun at ``start:end``
        when the station's area or limits follow it ("X تھانہ علاقے میں", "X تھانہ علاقے کے Y گاؤں
        میں", "X تھانے کی حدود میں"): the name is a place of the event, beside any village named
        after it (rule ``places.station-limits-locality``)."""
        if not on("places.station-limits-locality") or _STATION_AREA_AFTER.match(text, end) is None:
            return []
        span = _name_before(text, start, 3, genitive=True) or _name_before(text, start, 1)
        if span is None:
            return []
        if (
            on("places.suffix-name-before-cue")
            and span[1] - span[0] < len(text[span[0] : span[1]].split()[0]) + 1
        ):
            span = _with_first_part(text, span, start)
        name = text[span[0] : span[1]]
        designations = word_class("station_designation")
        if self._excluded(name) or self._place_noun(name) or any(w in designations for w in name.split()):
            return []
        return [PlaceRef(span[0], span[1], name, 3, rule="places.station-limits-locality")]

    def _station_limits_name(self, text: str, pos: int) -> tuple[int, int] | None:
        """The locality a police station serves, named after "تھانہ" at ``pos`` right before the
        station's limits ("تھانہ X کی حدود میں", "تھانہ X صدر کی حدود میں"): the frame makes X a name,
        common word or not; a station's designation after it ("صدر", "سٹی", word class
        ``station_designation``) is no part of it, and a designation alone names no locality (rule
        ``places.station-limits-locality``)."""
        if not on("places.station-limits-locality"):
            return None
        span = _name_after(text, pos, 3)
        if span is None or _STATION_LIMITS_AFTER.match(text, span[1]) is None:
            return None
        words = list(_WORD.finditer(text, span[0], span[1]))
        designations = word_class("station_designation")
        while words and words[-1].group() in designations:
            words.pop()
        if not words:
            return None
        name = text[words[0].start() : words[-1].end()]
        if self._excluded(name) or self._place_noun(name) or any(w.group() in designations for w in words):
            return None
        return (words[0].start(), words[-1].end())

    def _place_noun(self, name: str) -> bool:
        """Whether ``name`` is a place noun of the cue lexicon ("وادی", "علاقے"), not a name."""
        return any(h.start == 0 and h.end == len(name) for h in self._cues.finditer(name))

    def _owner_known(self, text: str, pos: int) -> bool:
        """Whether the genitive ending before ``pos`` ("ہریانہ کے " before "نوح ضلع") follows a
        place the gazetteer knows."""
        m = _OWNER_BEFORE.search(text, max(0, pos - 40), pos)
        lookup = getattr(self._gazetteer, "lookup", None)
        if m is None or lookup is None or not on("places.district-name"):
            return False
        words = m.group(1).split()
        return any(lookup(fold(" ".join(words[i:]))) for i in range(len(words)))

    def _unless_place_noun(self, text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """``span``, unless its last word is a place noun ("شہر" of "کے مطابق شہر کے نواح میں"):
        the outskirts of a place named elsewhere, no name (rule ``places.place-noun-ends-no-name``);
        a noun that ends a name ("سہراب گوٹھ کے نواح") is kept."""
        if span is None or not on("places.place-noun-ends-no-name"):
            return span
        last = text[span[0] : span[1]].split()[-1]
        if last in word_class("name_final_noun") or not self._place_noun(last):
            return span
        return None

    def _without_place_nouns(self, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
        """``span`` without the place nouns it begins with ("علاقے بلدیہ" of "شہر کے علاقے بلدیہ
        ٹاؤن"): a place noun is no part of the name after it."""
        words = list(_WORD.finditer(text, *span))
        while words and self._place_noun(words[0].group()):
            words.pop(0)
        return (words[0].start(), span[1]) if words else None

    def _described(self, key: str) -> bool:
        """Whether a gazetteer name is a common word and a place noun ("قبائلی علاقے", "مقبوضہ
        وادی"): a description of the place, not its name."""
        first, _, rest = key.partition(" ")
        if not rest or " " in rest or not on("places.common-word-is-no-name"):
            return False
        lookup = getattr(self._gazetteer, "lookup", None)
        known = fold(first) in known_words() and not (lookup is not None and lookup(fold(first)))
        if first not in word_class("area_adjective") and not known:
            return False  # "غزہ شہر": a place and a place noun
        return self._place_noun(rest)

    def _site_name(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The name of a site given by the site noun at ``start:end``, if it has one.

        "نور محل اسپتال" (name before the noun), "بابا غلام شاہ کے مزار" (a name of
        two words or more in the genitive), "مسجد النور" (an Arabic name after it).
        A hospital that victims were taken to is not where the event happened.
        """
        m = _ARABIC_NAME.match(text, end)
        if m is not None and _CASE_AFTER.match(text, m.end()):
            return None if _TAKEN_TO.match(text, m.end()) else (start, m.end())
        if not _WHOLE_CASE_AFTER.match(text, end):
            # "مسجد حاجی X میں", "چوکی کوٹ X پر" (not "کو" of "کوٹ")
            after = self._name_after_site(text, start, end)
            if after is not None:
                return None if _TAKEN_TO.match(text, after) else (start, after)
        cased = _CASE_AFTER.match(text, end) is not None
        listed = None if cased else self._site_listed_next(text, end)
        if not cased and listed is None and not _before_roadside_site(text, start, end):
            return None
        if listed is not None and _TAKEN_TO.match(text, listed):
            return None  # "X ہسپتال اور Y ہسپتال میں منتقل کیا گیا": taken there
        name: tuple[int, int] | None = None
        words = self._proper(text, _site_words(text, start))
        if words:
            name = (_unglued(text, words[0].start()), end)
        elif (namesake := _road_namesake(text, start, end)) is not None:
            name = (namesake, end)
        else:
            genitive = _GENITIVE_BEFORE.search(text, max(0, start - 5), start)
            if genitive is not None:
                words = self._proper(text, _site_words(text, genitive.start(), 4))
                if len(words) >= 2 and not self._owner_is_actor(text, words):
                    name = (words[0].start(), end)
        return None if name is None or _TAKEN_TO.match(text, end) else name

    def _site_listed_next(self, text: str, end: int) -> int | None:
        """Where the second site of a list of two ends, when the site noun ending at ``end`` is
        followed by "اور" and a named site before a case marker ("X چوک اور Y روڈ پر", "X بازار
        اور Y مارکیٹ میں"): the postposition after the last site governs the first as well (rule
        ``places.sites-of-a-list``), or ``None``."""
        m = _AND_NEXT_SITE.match(text, end)
        if m is None or not on("places.sites-of-a-list"):
            return None
        for hit in self._cues.finditer(text, m.end(), min(len(text), m.end() + _LISTED_SITE_REACH)):
            if hit.value.position != "site":
                continue
            words = self._proper(text, _site_words(text, hit.start))
            if not words or words[0].start() != m.end():
                return None  # "X چوک اور شہر کے بازار میں": no named site right after "اور"
            return hit.end if _WHOLE_CASE_AFTER.match(text, hit.end) else None
        return None

    def _name_after_site(self, text: str, start: int, end: int) -> int | None:
        """Where the name ends that a site noun of those written before their name (word class
        ``name_after_site``: "مسجد X", "مدرسہ X", "چوکی X", "مزار X") has after it: one to three
        words, none a word of the lexicons or of a name's boundary, then a case marker (rule
        ``places.site-name-after``)."""
        if text[start:end] not in word_class("name_after_site") or not on("places.site-name-after"):
            return None
        span = _name_after(text, end, 3)
        if span is None or not _CASE_AFTER.match(text, span[1]) or _ends_sentence(text, span[1]):
            return None
        words = list(_WORD.finditer(text, *span))
        if len(self._proper(text, words)) != len(words) or any(w.group().isdigit() for w in words):
            return None
        if any(self._place_noun(w.group()) or fold(w.group()) in _NOT_SITE_NAME for w in words):
            return None
        return span[1]

    def _owner_is_actor(self, text: str, words: list[re.Match[str]]) -> bool:
        """Whether the words in the genitive before a site noun end in a whole actor term of the
        lexicons ("ایف سی کی چوکی", "سی ٹی ڈی کے دفتر"): the site's owner, not its name."""
        if not on("places.site-of-an-actor"):
            return False
        return any(self._excluded(text[w.start() : words[-1].end()]) for w in words[:-1])

    def _proper(self, text: str, words: list[re.Match[str]]) -> list[re.Match[str]]:
        """The trailing run of ``words`` that are not lexicon words (nationality adjectives may be)."""
        out: list[re.Match[str]] = []
        inner: list[re.Match[str]] = []  # a common noun a proper word before it may take in
        parts = word_class("site_name_part") if on("places.site-name-part") else frozenset()
        for m in reversed(words):
            if self._excluded(m.group()) and not (out == [] and self._nationality(m.group())):
                if inner or m.group() not in parts:
                    break
                inner.insert(0, m)  # "گھنٹہ گھر چوک": kept if a proper word comes before it
                continue
            out[:0] = [m, *inner]
            inner = []
        return out

    def _listed_after(self, text: str, end: int) -> bool:
        """Whether the name read after a place noun that ends at ``end`` is the first item of a
        list of two places ("وادی X اور باڑہ میں", "تحصیل X اور ضلع Y کے علاقے"): "اور" and a name
        the gazetteer knows, or a place noun, before a case marker. It ends at "اور" as at a case
        marker (rule ``places.cue-name-before-and``)."""
        m = _AND_ITEM.match(text, end)
        if m is None:
            return False
        item = m.group(1)
        if self._surroundings(item):
            return True  # "گاؤں X اور ملحقہ علاقوں میں"
        if not on("places.cue-name-before-and"):
            return False
        if self._place_noun(item.split()[0]):
            return True  # "اور ضلع Y کے"
        lookup = getattr(self._gazetteer, "lookup", None)
        return lookup is not None and any(getattr(c, "kind", None) for c in lookup(fold(item)))

    def _surroundings(self, item: str) -> bool:
        """Whether ``item``, read after "اور", names the area around the place before it
        ("ملحقہ علاقوں", "گرد و نواح", "آس پاس"): words of ``surroundings_word``, alone or before
        a settlement noun (rule ``places.name-and-surroundings``)."""
        if not on("places.name-and-surroundings"):
            return False
        for word in word_class("surroundings_word"):
            if item == word:
                return True
            if item.startswith(word + " "):
                rest = item[len(word) + 1 :].split()
                return rest[-1] in word_class("settlement_noun") or self._place_noun(rest[-1])
        return False

    def _of_nationality(self, text: str, ref: PlaceRef) -> PlaceRef:
        """``ref`` (a name read after a place noun) in the country whose adjective stands right
        before that noun ("امریکی شہر X", "برطانوی ریاست X"): the name is that country's place,
        the one the gazetteer knows there if it does (rule ``places.nationality-before-place-noun``)."""
        if ref.country is not None or ref.place is not None or ref.site:
            return ref
        m = _NOUN_BEFORE.search(text, max(0, ref.start - 40), ref.start)
        if m is None or not self._place_noun(m.group(2)):
            return ref
        code = self._nationality_country(m.group(1))
        if code is None:
            return ref
        lookup = getattr(self._gazetteer, "lookup", None)
        found = [c for c in (lookup(fold(ref.key)) if lookup else ()) if getattr(c, "country", None) == code]
        if found:
            place = self._gazetteer.resolve(found, country_hint=code)
            level = max(ref.level, _LEVELS.get(str(getattr(place, "kind", "city")), 4))
            return evolve(ref, level=level, country=code, place=place)
        return evolve(ref, country=code)

    def _nationality_country(self, word: str) -> str | None:
        """The country whose adjective ``word`` is ("امریکی": US, "برطانوی": GB, "فرانسیسی": FR),
        read from the country's name the adjective is made from, or ``None``."""
        lookup = getattr(self._gazetteer, "lookup", None)
        if lookup is None or not word.endswith("ی") or len(word) < 4:
            return None
        stem = word[:-1]
        # "بھارت-ی", "امریک-ی" (امریکہ), "برطانو-ی" (برطانیہ), "فرانسیس-ی" (فرانس), "آسٹریلو-ی"
        names = (stem, stem + "ہ", stem + "ا", word[:-2] + "یہ", word[:-2] + "یا", word[:-3])
        for name in names:
            for place in lookup(fold(name)):
                if getattr(place, "kind", None) == "country" and getattr(place, "country", None):
                    return str(place.country)
        return None

    def _nationality(self, word: str) -> bool:
        """Whether ``word`` is a country's adjective ("اسرائیلی", "امریکی")."""
        lookup = getattr(self._gazetteer, "lookup", None)
        if lookup is None or not word.endswith("ی") or len(word) < 4:
            return False
        stem = word[:-1]
        return any(
            getattr(p, "kind", None) == "country"
            for name in (stem, stem + "ہ", stem + "ا")
            for p in lookup(name)
        )

    def _plausible(self, text: str, match: Any) -> bool:
        """Whether a one-word name known only from GeoNames stands where a place would.

        Such names are often common words too ("اور", "خبر"); they count only
        before a case marker or punctuation, or after a cue word ("ضلع").
        """
        if " " in text[match.start : match.end] or _CASE_AFTER.match(text, match.end):
            return True
        before = text[max(0, match.start - 20) : match.start]
        return any(h.end == len(before.rstrip()) for h in self._cues.finditer(before.rstrip()))

    def _from_cues(self, text: str, words: TextWords | None = None) -> list[PlaceRef]:
        refs = []
        for hit in self._cues.finditer(text, words=words):
            level = _CUE_LEVELS.get(hit.value.level, 3)
            position = hit.value.position
            found: list[tuple[tuple[int, int] | None, int]] = []
            district_name = False  # read by places.district-name
            name_final = False  # read by places.name-final-noun
            glued = False  # read by places.settlement-noun-after-name
            quantified = _QUANTIFIED.search(text, max(0, hit.start - 12), hit.start)
            if position != "site" and quantified and on("places.quantified-place-noun"):
                continue  # "متعدد علاقے بجلی سے محروم ہو گئے": several areas, no name
            if position == "site":
                site = self._site_name(text, hit.start, hit.end)
                if site is not None:
                    refs.append(
                        PlaceRef(
                            site[0], site[1], text[site[0] : site[1]], level, site=True, rule="places.site"
                        )
                    )
                elif text[hit.start : hit.end] in word_class("police_station"):
                    refs.extend(self._station_place(text, hit.end))
                    refs.extend(self._station_named_before(text, hit.start, hit.end))
                continue
            if position == "near":
                if on("places.rare-name-near") and not _CLOSE_TO.match(text, hit.end):
                    near = _rare_head(text, _name_before(text, hit.start))
                    if near is None and on("places.compound-name-near"):
                        near = _compound_name(text, _name_before(text, hit.start))
                    found.append((near, level))
            elif position == "after":
                second = self._unless_place_noun(text, _name_before(text, hit.start))
                if text[hit.start : hit.end].endswith(_PLURAL_END) and on("places.after-cue-rare-name"):
                    second = _rare_head(text, second)  # "دشمن کے علاقوں پر": a common word names no place
                found.append((second, level))
                if second is not None and on("places.areas-of-a-list"):
                    found.append((_first_of_two(text, second[0]), level))
            elif position == "both":
                wider = _name_before(text, hit.start)
                if wider is not None and self._jurisdiction(text[wider[0] : wider[1]]):
                    wider = None  # "تھانہ ائیرپورٹ کے علاقے X": a police station's area, not a place
                if wider is not None and on("places.common-word-is-no-name"):
                    last = text[wider[0] : wider[1]].split()[-1]
                    # "کا تعلق ضلع کے علاقے": a place noun ends no name; one common word is none
                    wider = None if self._place_noun(last) else wider
                found.append((wider, max(1, level - 1)))
                found.append((_name_after(text, hit.end), level))
            else:
                body = _DISTRICT_BODY_AFTER.match(text, hit.end) if level == _CUE_LEVELS["district"] else None
                if body is not None and on("places.district-body-site"):
                    # "ضلع کچہری میں": the district's courts, a site; "ضلع کونسل چوک": a site named after
                    # the district's council, read by the site noun. Neither names a district.
                    if _CASE_AFTER.match(text, body.end()):
                        refs.append(
                            PlaceRef(
                                hit.start,
                                body.end(),
                                text[hit.start : body.end()],
                                _CUE_LEVELS["site"],
                                site=True,
                                rule="places.district-body-site",
                            )
                        )
                    continue
                after = _name_after(text, hit.end)
                if after is None:
                    # "کریم آباد محلے", "ریلیف کیمپ": the cue word is part of the name;
                    # "مستونگ کے خان محمد علاقے": so are the words back to the genitive.
                    genitive = _name_before(text, hit.start, 3, genitive=True)
                    if genitive and hit.value.level == "district" and self._owner_known(text, genitive[0]):
                        # "ہریانہ کے نوح ضلع": a word before "ضلع" names a district of a known place,
                        # common or not.
                        district_name = _rare(text, genitive) is None
                    else:
                        genitive = _rare(text, genitive)
                    one = _name_before(text, hit.start, 1)
                    if genitive is None and one is not None and on("places.suffix-name-before-cue"):
                        one = _with_first_part(text, one, hit.start)
                    before = genitive or _rare(text, one)
                    if before is None and genitive is None:
                        before = _before_name_final(text, hit.start, hit.end)
                        name_final = before is not None
                    if before is not None and on("places.common-word-is-no-name"):
                        before = self._without_place_nouns(text, before)
                    after = (before[0], hit.end) if before is not None else None
                    if after is not None and on("places.settlement-noun-after-name"):
                        glued = text[hit.start : hit.end] in word_class("settlement_noun")
                    if after is None and on("places.owner-of-described-area"):
                        after = _owner_of_described(text, hit.start)
                found.append((after, level))
            for span, lev in found:
                if span is None or (
                    position not in ("after", "near")
                    and not _CASE_AFTER.match(text, span[1])
                    and not (position in ("before", "both") and self._listed_after(text, span[1]))
                ):
                    continue
                if _ends_sentence(text, span[1]):
                    continue
                if on("places.name-after-vocabulary"):
                    cut = self._after_vocabulary(text, span)
                    if cut is None:
                        continue
                    span = cut
                name = text[span[0] : span[1]]
                if self._excluded(name) or (self._place_noun(name) and on("places.common-word-is-no-name")):
                    continue
                if _duration(name) and on("places.duration-is-no-name"):
                    continue  # "علاقہ کئی گھنٹے تک میدان جنگ بنا رہا": a stretch of time, no name
                if glued and lev == level and span[1] == hit.end:
                    span = _without_settlement_noun(text, span, hit.start)
                    name = text[span[0] : span[1]]
                    if self._excluded(name):
                        continue
                if _police_area(text, span[0], span[1]):
                    continue
                if span[1] <= hit.end and position == "before" and on("places.station-limits-locality"):
                    span = _without_station_noun(text, span)  # "X تھانہ علاقے": X
                    name = text[span[0] : span[1]]
                rule = "places.district-name" if district_name else "places.cue"
                road_first = position == "before" and level == _CUE_LEVELS["site"]
                if road_first and on("places.road-noun-before-name"):
                    # "شارع فیصل": a road noun written before the name is a part of it
                    span, rule = (hit.start, span[1]), "places.road-noun-before-name"
                    name = text[span[0] : span[1]]
                if position == "near":
                    rule = "places.rare-name-near" if _rare_head(text, span) else "places.compound-name-near"
                if position not in ("after", "near", "both") and name_final:
                    rule = "places.name-final-noun"
                if name.split()[0] in _COMPASS and len(name.split()) > 1:
                    rule = "places.compass-in-name"  # "صوبے شمالی کیوو"
                refs.append(PlaceRef(span[0], span[1], name, lev, rule=rule))
        return refs


#: A noun of a district's body right after "ضلع" ("ضلع کچہری", "ضلع کونسل"): the body, or its site,
#: not a district's name (rule ``places.district-body-site``).
_DISTRICT_BODY_AFTER = lazy_compile(rf"\s(?:{word_alternation('district_body')})(?!\w)")


#: The ending of an oblique plural place noun ("کے علاقوں").
_PLURAL_END = "وں"
#: The "اور" of a list of two right before the second name: "X اور Y کے علاقوں".
_AND_BEFORE = lazy_compile(r"(?<=\w) اور $")


def _first_of_two(text: str, start: int) -> tuple[int, int] | None:
    """The first name of a list of two that ends at the name starting at ``start`` ("زنگوٹی اور
    مرغزئی کے علاقوں میں": both are areas), if it is no common word: a place noun after a list
    names each of its places (rule ``places.areas-of-a-list``)."""
    m = _AND_BEFORE.search(text, max(0, start - 5), start)
    if m is None:
        return None
    return _rare_head(text, _name_before(text, m.start()))


#: "اور" right after a site noun, before the next site of a list ("X چوک اور Y روڈ پر").
_AND_NEXT_SITE = lazy_compile(r" اور (?=\w)")
#: How far after that "اور" the next site noun may end: a name of up to three words and the noun.
_LISTED_SITE_REACH = 48


def _with_first_part(text: str, span: tuple[int, int], cue: int) -> tuple[int, int]:
    """``span`` (one word right before a place noun) with the word before it when it is the
    last part of a name written apart ("ڈوڈی پورہ گاؤں", "سپینہ خیل گاؤں"): the two words are
    the name (rule ``places.suffix-name-before-cue``)."""
    word = text[span[0] : span[1]]
    if " " in word or word not in _NAME_END_WORDS:
        return span
    two = _name_before(text, cue, 2)
    return two if two is not None and two[1] == span[1] and " " in text[two[0] : two[1]] else span


_NAME_END_WORDS = word_set("toponym_final_word", folded=False) | word_set("place_name_suffix", folded=False)


def _without_settlement_noun(text: str, span: tuple[int, int], noun: int) -> tuple[int, int]:
    """``span`` without the settlement noun that starts at ``noun`` ("X قصبے", "X علاقے", "X
    گاؤں": the noun says what kind of place X is and is no part of its name) and without a time
    of day before the name ("ہفتے کی دوپہر X قصبے"); kept whole when only common words would
    be left, which describe the area rather than name it ("زیر کنٹرول علاقے")."""
    words = list(_WORD.finditer(text, span[0], noun))
    while len(words) > 1 and words[0].group() in word_class("same_day_time"):
        words.pop(0)
    known = known_words()
    if all(fold(w.group()) in known for w in words):
        return span  # "زیر کنٹرول علاقے": common words describe the area, the noun is kept
    return (words[0].start(), words[-1].end())


#: Up to three words, then a genitive, right before a name: "ہریانہ کے " before "نوح ضلع".
_OWNER_BEFORE = lazy_compile(r"((?:\w+ ){0,2}\w+) (?:کے|کی) $")
#: The words before a place noun that only describe the area, then a genitive: "X کے جنگلاتی".
_DESCRIBED_AREA = lazy_compile(r"(?<!\w)(?:کے|کی) ((?:\w+ ){1,2})$")


def _owner_of_described(text: str, pos: int) -> tuple[int, int] | None:
    """The name whose area the words before the place noun at ``pos`` describe:
    "ڈھوکری کے جنگلاتی علاقے" is an area of ڈھوکری."""
    m = _DESCRIBED_AREA.search(text, max(0, pos - 40), pos)
    if m is None or not all(w in word_class("area_adjective") for w in m.group(1).split()):
        return None
    owner = _name_before(text, m.start() - 1 if m.start() and text[m.start() - 1] == " " else m.start())
    if owner is None:
        return None
    words = list(_WORD.finditer(text, *owner))
    known = known_words()
    while len(words) > 1 and fold(words[0].group()) in known:
        words.pop(0)  # "علی الصبح ڈھوکری": a common word is no part of the name
    return (words[0].start(), owner[1])


#: What follows a name used as a place: "میں", or a part of it ("کے شہر", "کے شمالی علاقے").
_LOCATIVE = lazy_compile(rf"\s?(?:میں|بھر میں|کے اندر|(?:کے|کی) (?:{word_alternation('region_noun')}))(?!\w)")


#: A state that is struck: "اسرائیل پر سینکڑوں میزائل داغے", "یوکرین پر روسی حملے".
_STRUCK = lazy_compile(rf"\s?پر\s(?:[^\s۔،,]+\s){{0,3}}?(?:{word_alternation('strike_noun')})(?!\w)")


def _locative(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` stands where a place does ("اسرائیل میں", "اسرائیل پر
    میزائل داغے"), though the actor lexicon also has it (a state that acts: "اسرائیل نے")."""
    return (_LOCATIVE.match(text, end) is not None or _STRUCK.match(text, end) is not None) and on(
        "places.state-name-as-place"
    )


#: How far into the text a dateline's place may start.
_DATELINE_REACH = 30


def _dateline_districts(text: str, found: Sequence[Any]) -> frozenset[str]:
    """The districts of the places the gazetteer finds where a dateline stands (the text's first
    characters, no station's name): a police station named after a town of one of them serves
    that town."""
    return frozenset(
        str(getattr(c, "admin2", "") or "")
        for m in found
        if m.start < _DATELINE_REACH and not _police_area(text, m.start, m.end)
        for c in m.candidates
        if getattr(c, "kind", None) in ("city", "town", "district") and getattr(c, "admin2", None)
    )


def _town_of(match: Any, districts: frozenset[str]) -> bool:
    """Whether the gazetteer's ``match`` (named after "تھانہ") is a town of one of ``districts``
    ("سرگودھا: تھانہ کوٹ مومن کی حدود میں"): the station serves it, and it is a place of the event
    (rule ``places.station-named-for-town``); a namesake elsewhere ("راولپنڈی: تھانہ صادق آباد")
    is a station's name only."""
    return any(
        getattr(c, "kind", None) in ("city", "town") and str(getattr(c, "admin2", "") or "") in districts
        for c in match.candidates
        if getattr(c, "admin2", None)
    )


def _without_station_noun(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (a name read before a place noun) without a police station's noun that ends it
    ("X تھانہ علاقے میں": the station's area; X is the locality it serves, rule
    ``places.station-limits-locality``)."""
    words = list(_WORD.finditer(text, span[0], span[1]))
    if len(words) < 2 or words[-1].group() not in word_class("police_station"):
        return span
    return (span[0], words[-2].end())


def _police_area(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` names a police station's area ("تھانہ صادق آباد کی حدود")."""
    return (
        _POLICE_STATION.search(text, max(0, start - 8), start) is not None
        and _AREA_AFTER.match(text, end) is not None
        and on("places.police-jurisdiction")
    )


def _province_named(text: str, start: int) -> bool:
    """Whether a noun for a province or state stands right before the name at ``start`` ("صوبہ
    دیر الزور میں", "ریاست نائجر کے قصبے"): the name is the province's, though the gazetteer
    knows it as a city's or a country's (rule ``places.province-noun-before-name``)."""
    return _PROVINCE_NOUN.search(text, max(0, start - 8), start) is not None and on(
        "places.province-noun-before-name"
    )


def _rare(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span``, unless it is one common word, which describes a place rather than names it:
    "کریم آباد محلے" is a name, "قبائلی علاقے" and "مقبوضہ وادی" are not."""
    if span is None or not on("places.common-word-is-no-name"):
        return span
    word = text[span[0] : span[1]]
    return None if " " not in word and fold(word) in known_words() else span


#: A verb of being or deeming right after "کے قریب": "close to" a person or side, no place.
_CLOSE_TO = lazy_compile(rf"\s(?:{word_alternation('closeness_predicate')})(?!\w)")


def _rare_head(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` from its first word that is no common word, if that word begins it or follows
    only common words: before "کے قریب" a rare word names a place ("گلبہار خیل کے قریب"), a
    common one a thing or a time ("گاڑی کے قریب", "رات کے قریب")."""
    if span is None:
        return None
    known = known_words()
    words = list(_WORD.finditer(text, *span))
    rare = [fold(m.group()) not in known and not m.group().isdigit() for m in words]
    if not rare[-1]:
        return None
    while len(rare) > 1 and not rare[0]:
        words.pop(0)
        rare.pop(0)
    return (words[0].start(), span[1])


def _compound_name(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` when it is two words whose second is the second element of a compound place
    name ("رحیم آباد", "شیر خیل", "اکبر پور"), though both are common words: before "کے قریب" such
    a pair names a place (rule ``places.compound-name-near``); one word is a thing or a person."""
    if span is None:
        return None
    words = list(_WORD.finditer(text, *span))
    if len(words) != 2 or words[1].group() not in _NAME_END_WORDS or words[0].group().isdigit():
        return None
    if words[0].group() in word_class("not_site_name"):
        return None  # "نئے کوٹ", "اسی پور": a describing or function word names nothing
    return span


def _before_name_final(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The one word before a noun that ends a place's name ("سہراب گوٹھ", "نیلم سیکٹر"), common
    word or not: such a noun follows a name, not a description of the area."""
    if not on("places.name-final-noun") or text[start:end] not in word_class("name_final_noun"):
        return None
    return _name_before(text, start, 1)


def _unglued(text: str, start: int) -> int:
    """Where a name starts when a case marker is glued before it ("کےمستونگ")."""
    m = _GLUED_HEAD.match(text, start)
    return m.end() if m is not None else start


def _name_after(text: str, pos: int, max_words: int = 3) -> tuple[int, int] | None:
    """The span of up to ``max_words`` words right after ``pos`` that can name a place."""
    stop, adjectives = word_class("place_name_boundary"), word_class("area_adjective")
    start = end = -1
    # The loop reads no further than the word after the last it can take.
    found = _first_words(text, pos, max_words + 1)
    for n, m in enumerate(found):
        gap = text[end if end >= 0 else pos : m.start()]
        word = m.group()
        if (
            n >= max_words
            or (word in stop and not _inside_name(text, found, n))
            or word.isdigit()
            or gap.strip()
        ):
            break
        if (
            start < 0
            and word in adjectives
            and not _compass_part(text, word, found[n + 1 : n + 2])
            and not _adjective_named(found[n + 1 : n + 2])
        ):
            break
        start = _unglued(text, m.start()) if start < 0 else start
        end = m.end()
    return (start, end) if start >= 0 else None


#: A case marker right after a word: a name that ends in a "-والی" word goes on no further.
_CASE_MARKER_NEXT = lazy_compile(rf"\s(?:{case_markers()})(?!\w)")


#: A full stop right after a word: the word ends its sentence.
_FULL_STOP_NEXT = lazy_compile(r"\s?[۔.!؟?]")


def _duration(name: str) -> bool:
    """Whether ``name`` is a stretch of time, a count and a unit of time ("کئی گھنٹے", "دو روز",
    "چند ماہ"), which names no place after a place noun (places.duration-is-no-name)."""
    words = name.split()
    if len(words) != 2 or not {words[1], fold(words[1])} & (
        word_class("short_stretch_unit") | word_class("long_unit")
    ):
        return False
    counts = word_class("vague_ago_count") | word_class("few_word")
    return bool({words[0], fold(words[0])} & counts) or parse_number(words[0]) is not None


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the name read beside a place noun ends at a full stop ("احتجاجی کیمپ لگایا۔"): an
    Urdu sentence ends in its verb, so the word is the verb, not a place's name (rule
    ``places.verb-final-no-name``)."""
    return _FULL_STOP_NEXT.match(text, end) is not None and on("places.verb-final-no-name")


def _inside_name(text: str, found: Sequence[re.Match[str]], n: int) -> bool:
    """Whether the boundary word ``found[n]`` is a part of the village's name being read after a
    place noun: the -والا ending of the name ("بستی کوٹ والی میں") after a word of the name that
    is no infinitive ("رہنے والی") and before a case marker, or the Sindhi genitive joining an
    owner's name to a name-ending noun ("گاؤں پیر جو گوٹھ میں") (rule ``places.name-inner-word``)."""
    if n == 0 or not on("places.name-inner-word"):
        return False
    word, before = found[n].group(), found[n - 1].group()
    if word in word_set("name_participle_ending"):
        return (
            not before.endswith("نے")
            and before not in word_class("place_name_boundary")
            and _CASE_MARKER_NEXT.match(text, found[n].end()) is not None
        )
    return (
        word in word_set("name_genitive_joint")
        and before not in word_class("place_name_boundary")
        and n + 1 < len(found)
        and found[n + 1].group() in word_class("name_final_noun")
    )


def _compass_part(text: str, word: str, after: list[re.Match[str]]) -> bool:
    """Whether ``word`` is a compass word that begins a name: "صوبے شمالی کیوو", where the word
    after it is no common word ("صوبے شمالی علاقوں" names nothing)."""
    if not after or word not in _COMPASS or not on("places.compass-in-name"):
        return False
    nxt = after[0]
    between = text[nxt.start() - 1 : nxt.start()]
    return between == " " and fold(nxt.group()) not in known_words() and not nxt.group().isdigit()


_COMPASS = word_set("compass_adjective", folded=False)


_NAME_SUFFIX_WORDS = word_set("place_name_suffix", folded=False)


def _adjective_named(after: Sequence[re.Match[str]]) -> bool:
    """Whether the area adjective before ``after`` (its next word, if any) begins a name: a
    place-name ending written apart comes next (``place_name_suffix``: "پہاڑی پورہ", "نواحی کوٹ"),
    which no area noun is; "آباد" is no such ending there ("گنجان آباد علاقے": densely populated)
    (rule ``places.adjective-then-name-suffix``)."""
    return bool(after) and after[0].group() in _NAME_SUFFIX_WORDS and on("places.adjective-then-name-suffix")


def _name_before(
    text: str, pos: int, max_words: int = 2, *, genitive: bool = False
) -> tuple[int, int] | None:
    """The span of up to ``max_words`` words right before ``pos`` that can name a place.

    With ``genitive``, the words must reach back to a "کے"/"کی" ("مستونگ کے خان محمد").
    Area adjectives ("سرحدی") do not start a name.
    """
    found: list[re.Match[str]] = []
    reached = False
    for m in reversed(_last_words(text, pos, max_words + 1)):
        if text[m.end() : found[0].start() if found else pos].strip():
            break
        word = m.group()
        if genitive and word in ("کے", "کی"):
            # "X کے علاقے" has no name before the place noun: that is the wider place's genitive.
            reached = bool(found) or not on("places.common-word-is-no-name")
            break
        if word in word_class("place_name_boundary") or word.isdigit() or len(found) >= max_words:
            break
        found.insert(0, m)
        if genitive and word.startswith("کے") and _unglued(text, m.start()) > m.start():
            reached = True  # "مستونگ کےخان پور علاقے"
            break
    if genitive and not reached:
        return None
    while found and found[0].group() in word_class("area_adjective") and not _adjective_named(found[1:2]):
        found.pop(0)
    if not found:
        return None
    return (_unglued(text, found[0].start()), found[-1].end())


def _site_from_town(site: PlaceRef, town: PlaceRef | None, text: str) -> PlaceRef:
    """``site`` begun where the gazetteer's ``town`` begins when its name starts inside the town's
    ("وزیر آباد روڈ", whose name "آباد" was cut at a common word): a site named after a town
    takes the town's whole name."""
    if town is None or not town.start < site.start < town.end <= site.end or not on("places.town-named-site"):
        return site
    name = text[town.start : site.end]
    return evolve(site, start=town.start, key=name, rule="places.town-named-site")


def _site_words(text: str, pos: int, max_words: int = 3) -> list[re.Match[str]]:
    """The words right before ``pos`` (up to ``max_words``) that can name a site."""
    out: list[re.Match[str]] = []
    not_site = word_class("not_site_name")
    for m in reversed(_last_words(text, pos, max_words)):
        if text[m.end() : out[0].start() if out else pos].strip() or m.group().isdigit():
            break
        if m.group() in not_site:
            break
        if m.group() in word_class("site_name_particle") and on("places.site-name-after-particle"):
            break  # "مصروف ترین X بازار", "اہلکار کے ہمراہ X روڈ پر": the particle ends the clause's words
        out.insert(0, m)
    return out


#: A site on a road named right after it ("X روڈ پیٹرول پمپ پر"), before a case marker.
_ROADSIDE_SITE = lazy_compile(
    rf" (?:{word_alternation('roadside_site')})\s?(?:(?:{case_markers(limit=True)})(?!\w)|[،,۔])"
)


def _before_roadside_site(text: str, start: int, end: int) -> bool:
    """Whether the road noun at ``start:end`` has a site on the road right after it and then a
    case marker ("X روڈ پیٹرول پمپ پر", "X روڈ بس اسٹاپ پر"): the road's name before it names
    where the site stands, a place of the event (rule ``places.road-before-roadside-site``)."""
    return (
        text[start:end] in word_class("road")
        and _ROADSIDE_SITE.match(text, end) is not None
        and on("places.road-before-roadside-site")
    )


def _road_namesake(text: str, start: int, end: int) -> int | None:
    """Where the name of a road begins that is named after a site ("جیل روڈ پر", "یونیورسٹی روڈ
    پر", "ایئرپورٹ روڈ پر"): a road noun right after a site noun of the word class
    ``road_namesake_site``, which is the road's name and not a site of the event (rule
    ``places.road-named-after-site``)."""
    if text[start:end] not in word_class("road") or not on("places.road-named-after-site"):
        return None
    before = _last_words(text, start, 1)
    if not before or text[before[0].end() : start].strip():
        return None
    return before[0].start() if before[0].group() in word_class("road_namesake_site") else None


def _reads_words(gazetteer: Any) -> bool:
    """Whether ``gazetteer.find`` takes the words of the text (``urdu_events.gazetteer.Gazetteer``'s does)."""
    module = sys.modules.get("urdu_events.gazetteer")
    return module is not None and isinstance(gazetteer, module.Gazetteer)


def _curated(place: Any) -> bool:
    """Whether a gazetteer place comes from a curated list, not from GeoNames alone."""
    return getattr(place, "source", "curated") != "geonames"


def default_gazetteer() -> Any:
    """:func:`urdu_events.gazetteer.default_gazetteer`, or ``None`` where it cannot be loaded."""
    try:
        module = importlib.import_module("urdu_events.gazetteer")
        return module.default_gazetteer()
    except (ImportError, OSError):
        return None


def _module_to_location() -> Callable[..., Any] | None:
    try:
        module = importlib.import_module("urdu_events.gazetteer")
    except ImportError:
        return None
    convert = getattr(module, "to_location", None)
    return convert if callable(convert) else None


def within(inner: PlaceRef, outer: PlaceRef) -> bool:
    """Whether the gazetteer says ``inner`` lies in ``outer`` (same country for a country)."""
    if outer.level >= inner.level:
        return False
    if outer.level == 0:
        return inner.country is not None and inner.country == outer.country
    names = {getattr(inner.place, "admin1", None), getattr(inner.place, "admin2", None)}
    english = getattr(outer.place, "name_en", None)
    return english is not None and english in names


#: "X نامی قصبے", "X نامی گاؤں": a name given as such before a noun for a place, with its level.
_NAMED_PLACE = lazy_compile(
    rf"\sنامی\s(?:(?P<town>{word_alternation('town_level_noun')})"
    rf"|(?P<district>{word_alternation('district_level_noun')})"
    rf"|(?P<province>{word_alternation('province_level_noun')}))(?!\w)"
)


@functools.lru_cache(maxsize=1)
def _numbered() -> Prefiltered:
    """A settlement noun, "نمبر" and a number (or "نمبر" and a spelled number), a compass word
    perhaps, then a case marker or punctuation: "چک نمبر 45 شمالی میں", "بلاک 13 میں"."""
    return prefiltered(
        re.compile(
            rf"(?:{words_first(word_alternation('numbered_place_noun'))})\s(?:نمبر\s?)?(?:\d+|(?<=نمبر )\w+)"
            rf"(?:\s(?:{word_alternation('compass_adjective')}))?(?=\s?(?:میں|کے|کی|کا|سے|پر|کو|[،,۔])(?!\w))"
        )
    )


@functools.lru_cache(maxsize=1)
def _numbered_coded() -> Prefiltered:
    """A settlement noun, "نمبر" perhaps and a number, then one or two letters (Urdu letters
    alone or Latin letters' names), also after a hyphen ("سیکٹر 11-بی میں"), then a case marker or
    punctuation: "چک نمبر 122 گ ب میں", "چک 311 جے بی کے"."""
    letter = rf"(?:[^\W\d]|{word_alternation('letter_name')})"
    return prefiltered(
        re.compile(
            rf"(?:{words_first(word_alternation('numbered_place_noun'))})\s(?:نمبر\s?)?\d+(?:/\d+)?"
            rf"(?:\s|\s?-\s?){letter}(?:\s{letter})?(?=\s?(?:میں|کے|کی|کا|سے|پر|کو|[،,۔])(?!\w))"
        )
    )


@functools.lru_cache(maxsize=1)
def _numbered_nouns() -> frozenset[str] | None:
    """The settlement nouns that start both numbered-place patterns, if each is one run of word
    characters written as itself (else ``None``): a match then starts at a word of the text
    that is one of them (no word character before it, white space after it)."""
    nouns = word_alternation("numbered_place_noun").split("|")
    return frozenset(nouns) if all(n.isalnum() for n in nouns) else None


def _noun_starts(text: str, words: TextWords | None) -> list[int] | None:
    """Where the words of the whole text ``words`` that are settlement nouns
    (:func:`_numbered_nouns`) start, in text order: the only places a numbered-place pattern
    may match. ``None`` without such words (the patterns are then searched over the text)."""
    nouns = _numbered_nouns()
    if words is None or nouns is None or words.text is not text or words.start or words.end != len(text):
        return None
    present = words.unique & nouns
    if not present:
        return []
    starts = words.starts
    return [starts[i] for i in words.indexes(present)]


def _numbered_matches(pattern: Prefiltered, text: str, starts: list[int] | None) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern that starts with a settlement noun:
    tried only at ``starts`` (:func:`_noun_starts`), each after the end of the match before,
    as ``finditer`` goes on; over the whole text if ``starts`` is ``None``."""
    if starts is None:
        return list(pattern.finditer(text))
    found: list[re.Match[str]] = []
    match, last = pattern.compiled.match, 0
    for start in starts:
        if start >= last and (m := match(text, start)) is not None:
            found.append(m)
            last = m.end()
    return found


def numbered_with_code(text: str, words: TextWords | None = None) -> list[PlaceRef]:
    """Numbered villages with the letters of their canal branch or colony after the number
    ("چک نمبر 122 گ ب میں", "چک نمبر 311 جے بی میں"): the letters are part of the name (rule
    ``places.numbered-settlement-code``). ``words``: the words of ``text``, if read."""
    if not on("places.numbered-settlement-code"):
        return []
    coded = _numbered_coded()
    starts = _noun_starts(text, words)
    if starts == [] or not coded.may_match(text) or not any(map(str.isdigit, text)):
        return []
    return [
        PlaceRef(m.start(), m.end(), m.group(), 3, rule="places.numbered-settlement-code")
        for m in _numbered_matches(coded, text, starts)
    ]


def numbered_settlements(text: str, words: TextWords | None = None) -> list[PlaceRef]:
    """Places named by a settlement noun and a number ("چک نمبر 45 شمالی", "یونٹ نمبر آٹھ"): the
    number is the name; Punjab's villages and the blocks of planned towns are named so (rule
    ``places.numbered-settlement``). ``words``: the words of ``text``, if read."""
    if not on("places.numbered-settlement"):
        return []
    numbered = _numbered()
    starts = _noun_starts(text, words)
    # With the words: a settlement noun among them first; else the prefilter (one substring
    # search per noun). Then a digit (a test of every character, in C): most texts have digits.
    if (
        starts == []
        or not numbered.may_match(text)
        or (not any(map(str.isdigit, text)) and "نمبر" not in text)
    ):
        return []
    return [
        PlaceRef(m.start(), m.end(), m.group(), 3, rule="places.numbered-settlement")
        for m in _numbered_matches(numbered, text, starts)
    ]


#: The numbers 1 to 20 written as words ("چھ", "سات"): the phases, sectors and blocks of planned
#: towns are few, and a bigger number word after a settlement noun is rarely its name.
_SMALL_NUMBER_WORDS = "|".join(UNIT_WORDS[1:21])


@functools.lru_cache(maxsize=1)
def _numbered_word() -> Prefiltered:
    """A settlement noun, a number from one to twenty written as a word with no "نمبر" before it,
    a compass word perhaps, then a case marker or punctuation: "فیز چھ میں", "سیکٹر سات کے"."""
    return prefiltered(
        re.compile(
            rf"(?:{words_first(word_alternation('numbered_place_noun'))})\s(?:{_SMALL_NUMBER_WORDS})"
            rf"(?:\s(?:{word_alternation('compass_adjective')}))?(?=\s?(?:میں|کے|کی|کا|سے|پر|کو|[،,۔])(?!\w))"
        )
    )


def numbered_by_word(text: str, words: TextWords | None = None) -> list[PlaceRef]:
    """Places named by a settlement noun and a number written as a word with no "نمبر" before it
    ("فیز چھ میں", "سیکٹر سات میں"): the word is the number that names the phase or sector, as
    digits are (rule ``places.numbered-settlement-word``). ``words``: the words of ``text``, if read."""
    if not on("places.numbered-settlement-word"):
        return []
    numbered = _numbered_word()
    starts = _noun_starts(text, words)
    if starts == [] or not numbered.may_match(text):
        return []
    return [
        PlaceRef(m.start(), m.end(), m.group(), 3, rule="places.numbered-settlement-word")
        for m in _numbered_matches(numbered, text, starts)
    ]


def named_before_nami(text: str) -> list[PlaceRef]:
    """Places named with "نامی" before a noun for a place ("ڈیاؤرا نامی قصبے پر حملہ", "X نامی
    گاؤں میں"): the words before "نامی" name it, known to a gazetteer or not (rule
    ``places.named-nami``)."""
    if "نامی" not in text or not on("places.named-nami"):
        return []
    refs = []
    for m in _NAMED_PLACE.finditer(text):
        span = _name_before(text, m.start(), 3)
        if span is None:
            continue
        level = 2 if m.group("district") else 1 if m.group("province") else 3
        refs.append(PlaceRef(span[0], span[1], text[span[0] : span[1]], level, rule="places.named-nami"))
    return refs


#: The directions a name of ``_DIRECTION_NAMED`` starts with.
_NAME_DIRECTIONS = word_set("direction_adjective", folded=False)
#: The nouns for a province or state before such a name ("صوبے", "ریاست"): level 1.
_REGION_NOUNS = word_set("named_region_noun", folded=False)
#: A noun for a place, then a name that starts with a direction ("صوبے شمالی کیوو میں"),
#: then a case marker.
#: (Each noun is written with its first letter first, as `whole_words` does: ``re`` skips in C
#: to the letters a noun starts with, instead of trying a lookbehind at every character.)
_DIRECTION_NAMED = lazy_compile(
    rf"(?:{whole_words(word_alternation('named_region_noun') + '|' + word_alternation('locality_noun'))})\s"
    rf"(?P<name>(?:{word_alternation('direction_adjective')})\s(?P<rest>\w+))(?=\s(?:میں|کے|کی|پر|سے)(?!\w))"
)


def named_with_direction(text: str) -> list[PlaceRef]:
    """Names that start with a direction after a noun for a place, their other word one no
    word list knows ("کانگو کے مشرقی صوبے شمالی کیوو میں", "سوڈان کی ریاست جنوبی کردفان میں"):
    the direction is part of the name, not a word describing the area (rule
    ``places.direction-in-name``)."""
    if not on("places.direction-in-name"):
        return []
    refs: list[PlaceRef] = []
    if not any(d in text for d in _NAME_DIRECTIONS):
        return refs  # str.find in C: no direction, no match, and no search tried at every character
    for m in _DIRECTION_NAMED.finditer(text):
        if _rare(text, m.span("rest")) is None:
            continue
        level = 1 if text[m.start() : m.start("name") - 1] in _REGION_NOUNS else 3
        start, end = m.span("name")
        refs.append(PlaceRef(start, end, text[start:end], level, rule="places.direction-in-name"))
    return refs
