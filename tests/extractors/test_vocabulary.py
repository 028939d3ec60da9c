"""Words of the actor and weapon lexicons, each read in a sentence written for this test.

One sentence per kind of word the lexicons list (an unnamed attacker, an
occupation, a kinsman, a weapon of a region's press), so that an entry that
stops being read shows up by name.
"""

from __future__ import annotations

import pytest

from urdu_events import Pipeline
from urdu_events.extractors.incidents import IncidentExtractor
from urdu_events.pipeline import make_document
from urdu_events.text import fold

_PIPELINE = Pipeline([IncidentExtractor()])


def _incidents(text: str) -> list[tuple[set[tuple[str, str]], set[str]]]:
    """The incidents read from ``text``: folded (name, role) of each actor, folded weapon names."""
    doc = _PIPELINE(make_document(text, published="2024-03-08"))
    return [
        ({(fold(a.name), a.role.value) for a in inc.actors}, {fold(w.name) for w in inc.weapons})
        for inc in doc.incidents
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("سبی میں تخریب کاروں نے ریلوے پل کو دھماکے سے اڑا دیا۔", "تخریب کاروں", "perpetrator"),
        ("ژوب میں راہزنوں نے ایک مسافر کو فائرنگ کر کے زخمی کر دیا۔", "راہزنوں", "perpetrator"),
        ("کراچی کے علاقے لیاری میں بھتہ خوروں نے ایک دکان پر دستی بم پھینکا۔", "بھتہ خوروں", "perpetrator"),
        ("بیجاپور میں ماؤ نوازوں نے پولیس کی گاڑی پر گھات لگا کر حملہ کیا۔", "ماؤ نوازوں", "perpetrator"),
        ("سانگھڑ میں ملزموں نے زمین کے تنازع پر ایک کسان کو قتل کر دیا۔", "ملزموں", "perpetrator"),
        (
            "لاہور کے علاقے شاہدرہ میں مسلح افراد نے ایک نامہ نگار کو گولی مار کر زخمی کر دیا۔",
            "نامہ نگار",
            "target",
        ),
        ("تھرپارکر میں بااثر زمیندار کے کارندوں نے دو ہاریوں کو تشدد کا نشانہ بنایا۔", "ہاریوں", "target"),
        ("ٹانک میں نامعلوم افراد نے انسداد پولیو مہم کے ایک ویکسینیٹر کو قتل کر دیا۔", "ویکسینیٹر", "target"),
        ("چارسدہ میں دھماکے سے جنازے کے شرکا میں سے چھ افراد زخمی ہو گئے۔", "جنازے کے شرکا", "target"),
        (
            "مٹیاری میں مسلح افراد نے بلدیاتی انتخابات کے ایک امیدوار کو فائرنگ کر کے قتل کر دیا۔",
            "امیدوار",
            "target",
        ),
        ("کولگام میں ملی ٹینٹوں نے فوج کی ایک گشتی پارٹی پر حملہ کیا۔", "ملی ٹینٹوں", "perpetrator"),
        ("سکما میں ماؤ وادیوں نے سڑک بنانے والی کمپنی کی گاڑیوں کو آگ لگا دی۔", "ماؤ وادیوں", "perpetrator"),
        ("علی گڑھ میں بدمعاشوں نے ایک ڈھابے کے مالک کو گولی مار کر زخمی کر دیا۔", "بدمعاشوں", "perpetrator"),
        ("مرشدآباد میں پولس نے مظاہرین پر لاٹھی چارج کیا۔", "پولس", "target"),
        ("طوباس میں جنین بریگیڈ کے جنگجوؤں نے اسرائیلی فوج پر فائرنگ کی۔", "جنین بریگیڈ", "perpetrator"),
        ("حیدرآباد میں جسقم کے کارکنوں نے ضلع کونسل کے سامنے احتجاجی مظاہرہ کیا۔", "جسقم", "perpetrator"),
        (
            "خاران میں لشکر بلوچستان نے ایک سرکاری عمارت پر دستی بم سے حملے کی ذمہ داری قبول کر لی۔",
            "لشکر بلوچستان",
            "perpetrator",
        ),
        ("رفح میں الاقصیٰ شہدا بریگیڈ نے اسرائیلی ٹینک پر راکٹ داغا۔", "الاقصیٰ شہدا بریگیڈ", "perpetrator"),
        ("سراوان میں جیش فرسان محمد نے ایرانی پولیس پر حملہ کیا۔", "جیش فرسان محمد", "perpetrator"),
        ("بیجاپور میں ماؤ نوازوں نے ڈی آر جی کے ایک قافلے پر حملہ کیا۔", "ڈی آر جی", "target"),
        ("استور میں نامعلوم افراد نے غیر ملکی کوہ پیماؤں پر فائرنگ کی۔", "کوہ پیماؤں", "target"),
    ],
)
def test_actor_words_are_read(text: str, name: str, role: str) -> None:
    """Each actor word is read with the role the sentence gives it."""
    assert any((fold(name), role) in actors for actors, _ in _incidents(text))


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("نوشہرو فیروز میں ملزمان نے رپیٹر سے فائرنگ کر کے ایک نوجوان کو قتل کر دیا۔", "رپیٹر"),
        ("مرادآباد میں ملزمان نے طمنچے سے فائرنگ کر کے ایک دکاندار کو قتل کر دیا۔", "طمنچے"),
        ("اوکاڑہ میں ملزمان نے ٹوکے کے وار کر کے ایک چرواہے کو زخمی کر دیا۔", "ٹوکے"),
        ("مظفر گڑھ میں ملزمان نے کسان پر ہتھوڑے سے حملہ کیا جس سے وہ زخمی ہو گیا۔", "ہتھوڑے"),
        ("امرتسر میں مشتعل افراد نے کرپان کے وار کر کے دو افراد کو زخمی کر دیا۔", "کرپان"),
        ("ڈونیٹسک پر روسی طیاروں نے گلائیڈ بموں سے حملہ کیا جس میں چار شہری ہلاک ہو گئے۔", "گلائیڈ بموں"),
        ("شام میں امریکی بحری جہازوں نے ٹوماہاک میزائل داغے۔", "ٹوماہاک میزائل"),
        ("اوڈیسا پر روس نے شاہد ڈرونز سے حملہ کیا۔", "شاہد ڈرونز"),
        ("حیدرآباد میں پریشر ککر میں چھپایا گیا بم پھٹنے سے دو افراد زخمی ہو گئے۔", "پریشر ککر"),
    ],
)
def test_weapon_words_are_read(text: str, weapon: str) -> None:
    """Each weapon word is named among the incident's weapons."""
    assert any(fold(weapon) in weapons for _, weapons in _incidents(text))


class TestKinWords:
    """The kin words are listed once, in word class ``kin_noun``; the other lists refer to it."""

    def test_one_victim_nouns_hold_every_kin_word(self) -> None:
        """The casualty_terms entry of outcome 'one' reads the words of kin_noun (its
        ``word_classes``), so a kin word added there counts one victim."""
        from urdu_events.extractors._grammar import word_set
        from urdu_events.extractors._incident_lexicon import IncidentLexicons

        casualties = IncidentLexicons.load(fold, plugins=False).casualties
        for word in word_set("kin_noun", folded=False):
            term = casualties.get(fold(word))
            assert term is not None and term.outcome == "one", word

    def test_kin_pairs_are_made_of_kin_words(self) -> None:
        """Each half of a pair of relatives ("باپ بیٹا") is a word of kin_noun; "میاں" alone is a
        title and names a relative only in "میاں بیوی"."""
        from urdu_events.extractors._grammar import word_set

        kin = word_set("kin_noun", folded=False) | {"میاں"}
        halves = {w for pair in word_set("kin_pair", folded=False) for w in pair.split()}
        assert sorted(halves - kin) == []

    def test_plural_relatives_add_no_kin_word(self) -> None:
        """relative_noun adds the plurals of kin words, read after a genitive with kin_noun's words
        ("اس کے بیٹوں"), and no singular kin word of its own."""
        from urdu_events.extractors._grammar import word_set

        assert word_set("kin_noun").isdisjoint(word_set("relative_noun"))
