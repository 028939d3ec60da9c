"""The place groups added from systematic lists (tehsils, localities, districts, foreign towns).

Every sentence here is invented. Each group is checked three ways: its names load
with the right country and province, the incident reader finds a sample of them in
a sentence (with the oblique -ے of a name in -ہ), and the words left out of the
lists because they are common Urdu words stay words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from urdu_events.extractors.incidents import IncidentExtractor
from urdu_events.gazetteer import Gazetteer
from urdu_events.pipeline import make_document
from urdu_events.text import fold, normalize

SOURCES = Path(__file__).resolve().parent.parent / "data-src" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def reader() -> IncidentExtractor:
    return IncidentExtractor()


def places_read(reader: IncidentExtractor, text: str) -> set[str]:
    """The location names of every incident the reader finds in ``text``."""
    document = reader(make_document(text))
    return {location.name for incident in document.incidents for location in incident.locations}


@pytest.mark.parametrize(
    ("source", "version"),
    [
        ("pakistan", "1.8.0"),
        ("afghanistan", "1.5.0"),
        ("india", "1.6.0"),
        ("middle_east", "1.8.0"),
        ("world", "1.6.0"),
    ],
)
def test_list_versions(source: str, version: str) -> None:
    """Each curated list carries the version of the groups added to it."""
    data = json.loads((SOURCES / f"{source}.json").read_text(encoding="utf-8"))
    assert version == data["version"]


@pytest.mark.parametrize(
    ("name", "country", "admin1", "admin2"),
    [
        # Khyber Pakhtunkhwa tehsils and localities, the merged districts among them
        ("چمکنی", "PK", "Khyber Pakhtunkhwa", "Peshawar"),
        ("حویلیاں", "PK", "Khyber Pakhtunkhwa", "Abbottabad"),
        ("مامش خیل", "PK", "Khyber Pakhtunkhwa", "Bannu"),
        ("کانی گرم", "PK", "Khyber Pakhtunkhwa", "Upper South Waziristan"),
        ("مشتی میلہ", "PK", "Khyber Pakhtunkhwa", "Orakzai"),
        ("ڈمہ ڈولا", "PK", "Khyber Pakhtunkhwa", "Bajaur"),
        # Balochistan
        ("کردگاپ", "PK", "Balochistan", "Mastung"),
        ("زامران", "PK", "Balochistan", "Kech"),
        ("حب چوکی", "PK", "Balochistan", "Hub"),
        # Sindh and Punjab towns, city neighbourhoods
        ("کنری", "PK", "Sindh", "Umerkot"),
        ("ابراہیم حیدری", "PK", "Sindh", "Korangi"),
        ("لطیف آباد", "PK", "Sindh", "Hyderabad"),
        ("پتوکی", "PK", "Punjab", "Kasur"),
        ("جڑانوالہ", "PK", "Punjab", "Faisalabad"),
        ("سمن آباد", "PK", "Punjab", "Lahore"),
        # AJK and Gilgit-Baltistan
        ("اٹھمقام", "PK", "Azad Kashmir", "Neelum"),
        ("خپلو", "PK", "Gilgit-Baltistan", "Ghanche"),
        # GeoNames towns of 100,000 with no Urdu name
        ("پھول نگر", "PK", "Punjab", "Kasur"),
        ("داجل", "PK", "Punjab", "Rajanpur"),
    ],
)
def test_pakistan_groups(gaz: Gazetteer, name: str, country: str, admin1: str, admin2: str) -> None:
    """Tehsils and localities load as curated places of their district."""
    place = gaz.resolve(gaz.lookup(fold(name)), country_hint=country)
    assert (country, admin1, admin2) == (place.country, place.admin1, place.admin2)
    assert place.source.startswith("curated")


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("پنجوائی", "AF", "Kandahar"),
        ("چہار آسیاب", "AF", "Kabul"),
        ("اشکاشم", "AF", "Badakhshan"),
        ("جبلہ", "SY", "Latakia"),
        ("خانقین", "IQ", "Diyala"),
        ("کرادہ", "IQ", "Baghdad"),
        ("صدر سٹی", "IQ", "Baghdad"),
        ("عین الحلوہ", "LB", "South Lebanon"),
        ("خرمشہر", "IR", "Khuzestan"),
        ("کسمایو", "SO", "Jubaland"),
        ("منڈالے", "MM", "Mandalay"),
        ("رانچی", "IN", "Jharkhand"),
        # first-level divisions, capitals and cities of a million from systematic lists
        ("ذی قار", "IQ", "Dhi Qar"),
        ("غازی عنتاب", "TR", "Gaziantep"),
        ("جنوبی کردفان", "SD", "South Kordofan"),
        ("پنٹ لینڈ", "SO", "Puntland"),
        ("بائیلسا", "NG", "Bayelsa"),
        ("کاچن", "MM", "Kachin"),
        ("پڈوچیری", "IN", "Puducherry"),
        ("بھاگلپور", "IN", "Bihar"),
        ("پانی پت", "IN", "Haryana"),
        ("ہاپوڑ", "IN", "Uttar Pradesh"),
    ],
)
def test_foreign_groups(gaz: Gazetteer, name: str, country: str, admin1: str) -> None:
    """Districts and towns abroad load with their country and province."""
    place = gaz.resolve(gaz.lookup(fold(name)), country_hint=country)
    assert (country, admin1) == (place.country, place.admin1)


@pytest.mark.parametrize(
    ("name", "admin2"),
    [("نوہٹہ", "Srinagar"), ("تنگدھار", "Kupwara"), ("کاکا پورہ", "Pulwama"), ("جیریبام", "Jiribam")],
)
def test_india_groups(gaz: Gazetteer, name: str, admin2: str) -> None:
    """Kashmir's tehsils and Manipur's districts carry their district."""
    place = gaz.resolve(gaz.lookup(fold(name)), country_hint="IN")
    assert ("IN", admin2) == (place.country, place.admin2)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("پولیس کے مطابق چمکنی میں نامعلوم مسلح افراد کی فائرنگ سے دو افراد ہلاک ہو گئے۔", "چمکنی"),
        ("مستونگ کے علاقے کردگاپ میں دھماکے سے تین اہلکار زخمی ہو گئے۔", "کردگاپ"),
        ("کنری میں ڈاکوؤں نے فائرنگ کر کے ایک دکاندار کو قتل کر دیا۔", "کنری"),
        (
            "حکام کے مطابق صوبہ قندھار کے ضلع پنجوائی میں سڑک کنارے نصب بم پھٹنے سے چار افراد ہلاک ہو گئے۔",
            "پنجوائی",
        ),
        (
            "سری نگر کے علاقے نوہٹہ میں مظاہرین اور پولیس میں جھڑپیں ہوئیں جن میں پانچ افراد زخمی ہوئے۔",
            "نوہٹہ",
        ),
        ("ضلع جیریبام میں مسلح افراد کے حملے میں دو افراد مارے گئے۔", "جیریبام"),
        ("شام کے شہر جبلہ میں فضائی حملے میں چھ افراد ہلاک ہو گئے۔", "جبلہ"),
        ("یوکرین کے شہر سومی پر روسی ڈرون حملے میں تین شہری مارے گئے۔", "سومی"),
        # the oblique -ے of a name in -ہ, before a postposition
        ("ضلع بونیر کی تحصیل گاگرے میں فائرنگ سے ایک شخص جاں بحق ہو گیا۔", "گاگرے"),
    ],
)
def test_reader_finds_the_new_names(reader: IncidentExtractor, text: str, name: str) -> None:
    """The incident reader gives a sample name of each group as a place of the event."""
    assert name in places_read(reader, text)


def test_oblique_key(gaz: Gazetteer) -> None:
    """'مشتی میلے میں' is read under the key of the name in -ہ."""
    text = normalize("اورکزئی کے علاقے مشتی میلے میں جھڑپ ہوئی").text
    assert "مشتی میلہ" in [match.key for match in gaz.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "گاؤں میں پانی کی تنگی پر لوگوں نے احتجاج کیا",  # تنگی 'shortage' (Tangi, Charsadda)
        "عید شوال کے پہلے دن ہوتی ہے",  # شوال, the month (Shawal valley)
        "اس نے بحث سے گریز کیا",  # گریز 'avoid' (Gurez)
        "پونے دو بجے سڑک کھل گئی",  # پونے 'less a quarter' (Pune)
        "اس نے کھیت میں گندم بویا",  # بویا 'sowed' (Boya)
        "یہ لکھی ہوئی درخواست ہے",  # لکھی 'written' (Lakhi)
        "سانپ کا زہری دانت",  # زہری 'poisonous' (Zehri)
        "ان کے کون سے سرخاب کے پر لگے ہیں",  # the idiom, not Surkhab in Pishin
        "ایک تنی ہوئی رسی",  # تنی 'taut' (Tani, Khost)
        "ہوٹل کے کنٹرول روم میں کیمرے لگے ہیں",  # روم 'room' (Rome)
        "امام نے نماز میں اس سورت کی تلاوت کی",  # سورت, a chapter (Surat)
        "گاؤ کشی پر پابندی کا قانون",  # گاؤ 'cow' (Gao)
    ],
)
def test_words_left_out_stay_words(gaz: Gazetteer, text: str) -> None:
    """Place names that are frequent words were left out of the lists, so the words are no places."""
    normalized = normalize(text).text
    assert [] == [normalized[m.start : m.end] for m in gaz.find(normalized)]


@pytest.mark.parametrize("name", ["ٹاؤن شپ", "بفر زون", "ماڈل کالونی", "گرین ٹاؤن"])
def test_generic_locality_names_are_not_places(gaz: Gazetteer, name: str) -> None:
    """A neighbourhood name that many cities share (or a common noun phrase) is not in the lists."""
    assert () == gaz.lookup(fold(name))
