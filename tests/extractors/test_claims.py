"""Tests for the claim extractor (urdu_events.extractors.claims).

Every sentence here was written for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.extractors.claims import ClaimExtractor
from urdu_events.lexicons import Lexicon, lexicons_for
from urdu_events.models import (
    ActorType,
    Claim,
    ClaimKind,
    Document,
    EventType,
    Incident,
    Location,
    Span,
    SubEventType,
    iter_spans,
)
from urdu_events.typing import Extractor

EXTRACT = ClaimExtractor(plugins=False)


def claims(text: str, **kwargs: object) -> tuple[Claim, ...]:
    """The claims found in ``text``."""
    extractor = ClaimExtractor(plugins=False, **kwargs) if kwargs else EXTRACT  # type: ignore[arg-type]
    return extractor(Document("t", text)).claims


def only(text: str) -> Claim:
    """The one claim found in ``text``."""
    found = claims(text)
    assert len(found) == 1, [(c.cue.text, c.content and c.content.text) for c in found]
    return found[0]


def speaker(claim: Claim) -> str | None:
    """The claim's speaker name."""
    return None if claim.speaker is None else claim.speaker.name


def content(claim: Claim) -> str | None:
    """The claim's content text."""
    return None if claim.content is None else claim.content.text


class TestProtocol:
    def test_is_an_extractor(self) -> None:
        """ClaimExtractor satisfies the Extractor protocol under the name "claims"."""
        assert isinstance(EXTRACT, Extractor)
        assert "claims" == EXTRACT.name

    def test_options_are_keyword_only(self) -> None:
        """Options cannot be passed positionally."""
        positional: list[Any] = [True]
        with pytest.raises(TypeError):
            ClaimExtractor(*positional)

    def test_no_text_no_claims(self) -> None:
        """An empty document has no claims."""
        assert () == claims("")

    def test_finds_no_incidents(self) -> None:
        """The extractor only reports claims."""
        assert () == EXTRACT(Document("t", "پولیس نے بتایا کہ دو افراد زخمی ہوئے۔")).incidents


class TestSayVerbs:
    def test_source_first(self) -> None:
        """ "X نے بتایا کہ ..." gives X and the کہ-clause."""
        claim = only("پولیس نے بتایا کہ دھماکے میں چار افراد زخمی ہوئے۔")
        assert "پولیس" == speaker(claim)
        assert "دھماکے میں چار افراد زخمی ہوئے" == content(claim)
        assert "نے بتایا" == claim.cue.text
        assert ClaimKind.STATEMENT is claim.kind

    def test_source_last(self) -> None:
        """ "..., X نے بتایا۔" reads the content before the speaker."""
        claim = only("دھماکے میں چار افراد زخمی ہوئے، پولیس نے بتایا۔")
        assert "پولیس" == speaker(claim)
        assert "دھماکے میں چار افراد زخمی ہوئے" == content(claim)

    def test_kahna_hai(self) -> None:
        """ "X کا کہنا ہے کہ ..." is a statement by X."""
        claim = only("وزیر داخلہ کا کہنا ہے کہ ملزمان کو جلد گرفتار کر لیا جائے گا۔")
        assert "وزیر داخلہ" == speaker(claim)
        assert "ملزمان کو جلد گرفتار کر لیا جائے گا" == content(claim)

    def test_kahna_tha_with_ye_bhi(self) -> None:
        """ "X کا یہ بھی کہنا تھا کہ ..." is a statement by X."""
        claim = only("کمشنر کا یہ بھی کہنا تھا کہ امدادی کام رات بھر جاری رہے گا۔")
        assert "کمشنر" == speaker(claim)
        assert "امدادی کام رات بھر جاری رہے گا" == content(claim)

    def test_feminine_form(self) -> None:
        """ "بتائی" is a say verb too."""
        claim = only("ہسپتال انتظامیہ نے زخمیوں کی تعداد بارہ بتائی ہے۔")
        assert "ہسپتال انتظامیہ" == speaker(claim)

    def test_adjuncts_between_agent_and_verb(self) -> None:
        """Words between "نے" and "کہا" are not the content; the کہ-clause is."""
        claim = only("وزیر اعلی نے صحافیوں سے گفتگو کرتے ہوئے کہا کہ متاثرین کو معاوضہ دیا جائے گا۔")
        assert "وزیر اعلی" == speaker(claim)
        assert "متاثرین کو معاوضہ دیا جائے گا" == content(claim)

    def test_quoted_speech(self) -> None:
        """The quoted words are the content of "X نے کہا: '...'"."""
        claim = only('کمانڈر نے کہا: "ہم پیچھے نہیں ہٹیں گے"۔')
        assert "کمانڈر" == speaker(claim)
        assert "ہم پیچھے نہیں ہٹیں گے" == content(claim)

    def test_curly_quotes(self) -> None:
        """Curly quotes work like straight ones and spans stay on the original text."""
        text = "ترجمان نے کہا ’یہ حملہ بزدلانہ ہے‘ اور ذمہ داروں کو سزا ملے گی۔"
        claim = only(text)
        assert "یہ حملہ بزدلانہ ہے" == content(claim)
        assert claim.content is not None
        assert text[claim.content.start : claim.content.end] == claim.content.text


class TestAccordingTo:
    def test_source_first(self) -> None:
        """ "X کے مطابق ..." governs the rest of the sentence."""
        claim = only("آئی ایس پی آر کے مطابق جوابی کارروائی میں پانچ شدت پسند مارے گئے۔")
        assert "آئی ایس پی آر" == speaker(claim)
        assert "جوابی کارروائی میں پانچ شدت پسند مارے گئے" == content(claim)
        assert "کے مطابق" == claim.cue.text
        assert claim.anonymous is False

    def test_source_last(self) -> None:
        """ "..., X کے مطابق۔" reads the content before the source."""
        claim = only("زخمیوں کو قریبی اسپتال منتقل کر دیا گیا، ریسکیو حکام کے مطابق۔")
        assert "ریسکیو حکام" == speaker(claim)
        assert "زخمیوں کو قریبی اسپتال منتقل کر دیا گیا" == content(claim)

    def test_report_of(self) -> None:
        """ "X کی رپورٹ کے مطابق" gives X as the speaker."""
        claim = only("انسانی حقوق کمیشن کی رپورٹ کے مطابق گزشتہ ماہ درجنوں افراد لاپتہ ہوئے۔")
        assert "انسانی حقوق کمیشن" == speaker(claim)
        assert "کی رپورٹ کے مطابق" == claim.cue.text

    def test_written_together(self) -> None:
        """ "کےمطابق" without a space is the same cue."""
        claim = only("مقامی میڈیا کےمطابق جلوس پر پتھراؤ کیا گیا۔")
        assert "مقامی میڈیا" == speaker(claim)

    def test_reports_are_an_anonymous_source(self) -> None:
        """ "اطلاعات کے مطابق": the reports speak, anonymous (claims.speaker.reports-anonymous-source)."""
        claim = only("اطلاعات کے مطابق حملہ آور موٹر سائیکل پر سوار تھے۔")
        assert "اطلاعات" == speaker(claim)
        assert claim.anonymous is True
        assert "حملہ آور موٹر سائیکل پر سوار تھے" == content(claim)

    def test_two_sources_in_one_sentence(self) -> None:
        """A second "کے مطابق" after a comma ends the first content."""
        found = claims(
            "ہسپتال ذرائع کے مطابق تین زخمیوں کی حالت نازک ہے، جبکہ ڈاکٹروں کے مطابق باقی خطرے سے باہر ہیں۔"
        )
        assert ["ہسپتال ذرائع", "ڈاکٹروں"] == [speaker(c) for c in found]
        assert ["تین زخمیوں کی حالت نازک ہے", "باقی خطرے سے باہر ہیں"] == [content(c) for c in found]


class TestNounCues:
    @pytest.mark.parametrize(
        ("text", "who", "what", "kind"),
        [
            ("ضلعی انتظامیہ نے واقعے کی تصدیق کی ہے۔", "ضلعی انتظامیہ", "واقعے", ClaimKind.STATEMENT),
            ("تنظیم کے ترجمان نے الزامات کی تردید کی ہے۔", "تنظیم کے ترجمان", "الزامات", ClaimKind.DENIAL),
            (
                "صوبائی حکومت نے مظاہرین کے مطالبات مسترد کر دیے۔",
                "صوبائی حکومت",
                "مظاہرین کے مطالبات",
                ClaimKind.DENIAL,
            ),
            (
                "تاجر برادری نے سکیورٹی بڑھانے کا مطالبہ کیا ہے۔",
                "تاجر برادری",
                "سکیورٹی بڑھانے",
                ClaimKind.DEMAND,
            ),
            (
                "ضلعی انتظامیہ نے شہریوں سے گھروں میں رہنے کی اپیل کی ہے۔",
                "ضلعی انتظامیہ",
                "شہریوں سے گھروں میں رہنے",
                ClaimKind.DEMAND,
            ),
            (
                "اقوام متحدہ نے فریقین پر تحمل پر زور دیا۔",
                "اقوام متحدہ",
                "فریقین پر تحمل پر",
                ClaimKind.DEMAND,
            ),
            ("وزیر اعلی نے مالی امداد کا اعلان کیا۔", "وزیر اعلی", "مالی امداد", ClaimKind.STATEMENT),
            (
                "عدالت نے گرفتاری کو غیر قانونی قرار دیا۔",
                "عدالت",
                "گرفتاری کو غیر قانونی",
                ClaimKind.STATEMENT,
            ),
            (
                "محکمہ موسمیات نے شدید بارشوں سے خبردار کیا ہے۔",
                "محکمہ موسمیات",
                "شدید بارشوں سے",
                ClaimKind.STATEMENT,
            ),
            (
                "اپوزیشن نے حکومت پر دھاندلی کا الزام عائد کیا۔",
                "اپوزیشن",
                "حکومت پر دھاندلی",
                ClaimKind.STATEMENT,
            ),
            (
                "شہری تنظیموں نے فائرنگ کے واقعے کی مذمت کی ہے۔",
                "شہری تنظیموں",
                "فائرنگ کے واقعے",
                ClaimKind.STATEMENT,
            ),
        ],
    )
    def test_object_before_cue(self, text: str, who: str, what: str, kind: ClaimKind) -> None:
        """The object between "X نے" and the noun cue is the content."""
        claim = only(text)
        assert (who, what, kind) == (speaker(claim), content(claim), claim.kind)

    def test_claim_with_ke_clause(self) -> None:
        """ "X نے دعویٰ کیا کہ ..." is a statement whose content is the کہ-clause."""
        claim = only("فوج کے ترجمان نے دعویٰ کیا کہ علاقے کو کلیئر کر دیا گیا ہے۔")
        assert "علاقے کو کلیئر کر دیا گیا ہے" == content(claim)
        assert ClaimKind.STATEMENT is claim.kind

    def test_spelling_without_superscript_alef(self) -> None:
        """ "دعوی" is read like "دعویٰ"."""
        claim = only("گروپ نے دعوی کیا کہ اس کے جنگجو محفوظ ہیں۔")
        assert "گروپ" == speaker(claim)

    def test_claiming_an_attack_is_responsibility(self) -> None:
        """A group claiming an attack ("حملے کا دعویٰ") claims responsibility."""
        claim = only("کالعدم تنظیم نے چیک پوسٹ پر حملے کا دعویٰ کیا ہے۔")
        assert ClaimKind.RESPONSIBILITY is claim.kind
        assert "چیک پوسٹ پر حملے" == content(claim)

    def test_genitive_claim(self) -> None:
        """ "X کا دعویٰ ہے کہ ..." is a claim by X."""
        claim = only("مظاہرین کا دعویٰ ہے کہ پولیس نے آنسو گیس استعمال کی۔")
        assert "مظاہرین" == speaker(claim)
        assert "پولیس نے آنسو گیس استعمال کی" == content(claim)

    def test_allegation_without_speaker(self) -> None:
        """ "ان پر الزام ہے کہ ..." is an agentless claim."""
        claim = only("ان پر الزام ہے کہ انہوں نے حملہ آوروں کو پناہ دی۔")
        assert claim.speaker is None
        assert claim.anonymous is True
        assert "انہوں نے حملہ آوروں کو پناہ دی" == content(claim)

    def test_progressive_demand_without_ne(self) -> None:
        """An imperfective verb takes its subject without نے ("X ... کا مطالبہ کر رہے ہیں")."""
        claim = only("مظاہرین ان افراد کی رہائی کا مطالبہ کر رہے ہیں۔")
        assert "مظاہرین" == speaker(claim)
        assert "ان افراد کی رہائی" == content(claim)
        assert ClaimKind.DEMAND is claim.kind


class TestResponsibility:
    def test_source_first(self) -> None:
        """ "X نے ... کی ذمہ داری قبول کر لی" is a responsibility claim by X."""
        claim = only("کالعدم گروہ نے بازار میں دھماکے کی ذمہ داری قبول کر لی ہے۔")
        assert "کالعدم گروہ" == speaker(claim)
        assert "بازار میں دھماکے کی ذمہ داری" == content(claim)
        assert ClaimKind.RESPONSIBILITY is claim.kind

    def test_object_first(self) -> None:
        """ "... کی ذمہ داری X نے قبول کی" is the same claim in the other order."""
        claim = only("بازار میں دھماکے کی ذمہ داری کالعدم گروہ نے قبول کی ہے۔")
        assert "کالعدم گروہ" == speaker(claim)
        assert "بازار میں دھماکے کی ذمہ داری" == content(claim)
        assert ClaimKind.RESPONSIBILITY is claim.kind

    def test_participle_relative(self) -> None:
        """ "... ذمہ داری قبول کرنے والی تنظیم X" names X after the participle."""
        found = claims("پولیس نے پل پر حملے کی ذمہ داری قبول کرنے والی تنظیم کے ٹھکانے تباہ کر دیے۔")
        assert ["تنظیم"] == [speaker(c) for c in found]
        assert ClaimKind.RESPONSIBILITY is found[0].kind

    def test_accepting_something_else_is_no_claim(self) -> None:
        """ "قبول" without "ذمہ داری" is not a responsibility claim."""
        assert () == claims("وزیر اعظم نے استعفیٰ قبول کر لیا۔")

    def test_named_group(self) -> None:
        """ "X نامی تنظیم نے" gives the name X."""
        claim = only("جبہت الفتح نامی تنظیم نے حملے کی ذمہ داری قبول کی ہے۔")
        assert "جبہت الفتح" == speaker(claim)


class TestPassive:
    @pytest.mark.parametrize(
        "text",
        ["بتایا گیا ہے کہ زخمیوں میں دو بچے بھی شامل ہیں۔", "کہا گیا ہے کہ علاقے میں کرفیو نافذ رہے گا۔"],
    )
    def test_agentless(self, text: str) -> None:
        """ "بتایا گیا ہے کہ" / "کہا گیا ہے کہ" have no speaker and are anonymous."""
        claim = only(text)
        assert claim.speaker is None
        assert claim.anonymous is True
        assert ClaimKind.STATEMENT is claim.kind

    def test_agent_phrase(self) -> None:
        """ "X کی جانب سے کہا گیا ہے" gives X."""
        claim = only("وزارت خارجہ کی جانب سے کہا گیا ہے کہ سفارت خانہ بند رہے گا۔")
        assert "وزارت خارجہ" == speaker(claim)
        assert claim.anonymous is False

    def test_document_in(self) -> None:
        """ "X کے بیان میں کہا گیا ہے" gives X's statement as the speaker."""
        claim = only("پولیس کے بیان میں کہا گیا ہے کہ آپریشن مکمل ہو گیا۔")
        assert claim.speaker is not None
        assert "پولیس" in claim.speaker.name
        assert "آپریشن مکمل ہو گیا" == content(claim)

    def test_passive_instruction(self) -> None:
        """ "... کی ہدایت کی گئی" is an agentless demand."""
        claim = only("شہریوں کو گھروں کے اندر رہنے کی ہدایت کی گئی۔")
        assert claim.speaker is None
        assert ClaimKind.DEMAND is claim.kind
        assert "شہریوں کو گھروں کے اندر رہنے" == content(claim)


class TestNesting:
    def test_source_of_a_statement(self) -> None:
        """ "X کے مطابق Y نے کہا کہ Z" gives one claim per cue."""
        found = claims("سرکاری میڈیا کے مطابق وزیر اعظم نے کہا کہ حملہ آوروں کو نہیں چھوڑا جائے گا۔")
        assert ["سرکاری میڈیا", "وزیر اعظم"] == [speaker(c) for c in found]
        assert "وزیر اعظم نے کہا کہ حملہ آوروں کو نہیں چھوڑا جائے گا" == content(found[0])
        assert "حملہ آوروں کو نہیں چھوڑا جائے گا" == content(found[1])

    def test_statement_about_a_report(self) -> None:
        """ "X نے کہا کہ Y کے مطابق Z" gives both claims."""
        found = claims("ترجمان نے کہا کہ ابتدائی رپورٹس کے مطابق گیس لیک ہوئی تھی۔")
        assert ["ترجمان", "ابتدائی رپورٹس"] == [speaker(c) for c in found]
        assert "گیس لیک ہوئی تھی" == content(found[1])

    def test_coordinated_verbs_share_the_agent(self) -> None:
        """ "X نے A کی مذمت کی اور B کا مطالبہ کیا" gives two claims by X."""
        found = claims("شہری تنظیموں نے واقعے کی مذمت کی اور ذمہ داروں کو سزا دینے کا مطالبہ کیا۔")
        assert [("شہری تنظیموں", ClaimKind.STATEMENT), ("شہری تنظیموں", ClaimKind.DEMAND)] == [
            (speaker(c), c.kind) for c in found
        ]
        assert "ذمہ داروں کو سزا دینے" == content(found[1])

    def test_converb_takes_the_main_subject(self) -> None:
        """ "A کی مذمت کرتے ہوئے X نے کہا کہ ..." gives two claims by X."""
        found = claims("مسجد پر حملے کی مذمت کرتے ہوئے وزیر اعظم نے کہا کہ ذمہ داروں کو سزا ملے گی۔")
        assert [("وزیر اعظم", "مسجد پر حملے"), ("وزیر اعظم", "ذمہ داروں کو سزا ملے گی")] == [
            (speaker(c), content(c)) for c in found
        ]

    def test_contrasting_sources(self) -> None:
        """ "A نے بتایا کہ ... جبکہ B کا کہنا ہے کہ ..." ends A's content at جبکہ."""
        found = claims("مقامی ذرائع نے بتایا کہ دھماکا صبح ہوا جبکہ پولیس کا کہنا ہے کہ دھماکا دوپہر کو ہوا۔")
        assert ["دھماکا صبح ہوا", "دھماکا دوپہر کو ہوا"] == [content(c) for c in found]


class TestSpeakers:
    @pytest.mark.parametrize(
        ("text", "who"),
        [
            ("جبکہ پولیس نے بتایا کہ ملزم فرار ہو گیا۔", "پولیس"),
            ("دوسری جانب ضلعی پولیس افسر نے کہا کہ تحقیقات جاری ہیں۔", "ضلعی پولیس افسر"),
            ("اس حوالے سے ڈی پی او نے بتایا کہ علاقے کو گھیرے میں لے لیا گیا۔", "ڈی پی او"),
            ("تاہم وزارت داخلہ کا کہنا تھا کہ صورتحال قابو میں ہے۔", "وزارت داخلہ"),
            ("گزشتہ روز اسلام آباد میں صوبائی وزیر نے کہا کہ امن بحال ہو گیا ہے۔", "صوبائی وزیر"),
        ],
    )
    def test_shortest_phrase(self, text: str, who: str) -> None:
        """Fillers, places and times before the speaker are stripped."""
        assert who == speaker(only(text))

    def test_pronoun_resolves_to_previous_speaker(self) -> None:
        """ "انہوں نے کہا" takes the most recent named speaker."""
        found = claims(
            "صوبائی وزیر صحت نے بتایا کہ اسپتال میں ایمرجنسی نافذ ہے۔ انہوں نے کہا کہ عملہ موجود ہے۔"
        )
        assert ["صوبائی وزیر صحت", "صوبائی وزیر صحت"] == [speaker(c) for c in found]
        assert found[1].speaker is not None and found[1].speaker.span is not None
        assert "صوبائی وزیر صحت" == found[1].speaker.span.text

    def test_pronoun_resolves_to_previous_agent(self) -> None:
        """A pronoun also refers back to the agent of a sentence that is no claim."""
        found = claims("کمشنر نے متاثرہ علاقے کا دورہ کیا۔ ان کا کہنا تھا کہ متاثرین کو امداد دی جائے گی۔")
        assert ["کمشنر"] == [speaker(c) for c in found]

    def test_pronoun_kept_without_antecedent(self) -> None:
        """With resolution switched off the pronoun stays as written."""
        found = claims("انہوں نے کہا کہ امن قائم رہے گا۔", resolve_pronouns=False)
        assert ["انہوں"] == [speaker(c) for c in found]

    def test_bare_generic_noun_refers_back(self) -> None:
        """ "تنظیم نے" after "X نامی تنظیم" is X."""
        found = claims(
            "النصر نامی تنظیم نے دعویٰ کیا کہ اس کے کارکن محفوظ ہیں۔ تنظیم نے یہ بھی کہا کہ مذاکرات جاری ہیں۔"
        )
        assert ["النصر", "النصر"] == [speaker(c) for c in found]

    def test_speaker_span_points_at_original(self) -> None:
        """The speaker's span is the phrase in the original text."""
        text = "وزیرِ داخلہ نے کہا کہ سکیورٹی سخت کر دی گئی ہے۔"
        claim = only(text)
        assert claim.speaker is not None and claim.speaker.span is not None
        span = claim.speaker.span
        assert "وزیرِ داخلہ" == text[span.start : span.end] == span.text

    def test_actor_type_from_lexicon(self) -> None:
        """The lexicon gives the ACLED actor type of known institutions."""
        claim = only("پولیس کا کہنا ہے کہ دو مشتبہ افراد گرفتار ہوئے۔")
        assert claim.speaker is not None
        assert ActorType.STATE_FORCES is claim.speaker.type


class TestAnonymous:
    @pytest.mark.parametrize(
        "text",
        [
            "سکیورٹی ذرائع نے بتایا کہ آپریشن جاری ہے۔",
            "ایک اہلکار نے بتایا کہ سرحد بند کر دی گئی ہے۔",
            "ایک سینئر پولیس افسر نے کہا کہ تین مشتبہ افراد حراست میں ہیں۔",
            "عینی شاہدین کا کہنا تھا کہ فائرنگ آدھے گھنٹے تک جاری رہی۔",
            "مقامی حکام کے مطابق سڑک بند ہے۔",
            "مقامی میڈیا کے مطابق دو گاڑیاں جل گئیں۔",
        ],
    )
    def test_unnamed_sources(self, text: str) -> None:
        """Unnamed people, sources and media are anonymous."""
        claim = only(text)
        assert claim.anonymous is True
        assert claim.speaker is not None and claim.speaker.anonymous is True

    @pytest.mark.parametrize(
        "text",
        [
            "پولیس نے بتایا کہ ملزم گرفتار ہو گیا۔",
            "آئی ایس پی آر کے مطابق علاقہ کلیئر کر دیا گیا۔",
            "وزیر داخلہ نے کہا کہ تحقیقات ہوں گی۔",
            "ڈی پی او بنوں نے بتایا کہ ناکے لگا دیے گئے ہیں۔",
            "طالبان کے ترجمان نے کہا کہ مذاکرات ہوں گے۔",
            "احمد رضا نے بتایا کہ ان کا بھائی زخمی ہے۔",
        ],
    )
    def test_named_sources(self, text: str) -> None:
        """Named people, unique offices and institutions are not anonymous."""
        assert only(text).anonymous is False


class TestNonClaims:
    @pytest.mark.parametrize(
        "text",
        [
            "تفصیلات کے مطابق واقعہ رات گئے پیش آیا۔",
            "منصوبے کے مطابق سڑک اگلے سال مکمل ہوگی۔",
            "پولیس نے اس کی تصدیق نہیں کی۔",
            "گاؤں میں شادی کی تقریب جاری تھی۔",
            "میں نے کہا تھا۔",
        ],
    )
    def test_no_claim(self, text: str) -> None:
        """Stock phrases, negated cues and plain narration are not claims."""
        assert () == claims(text)


class TestLinking:
    TEXT = "شہر میں دھماکا ہوا۔ پولیس نے بتایا کہ دھماکے میں تین افراد ہلاک ہوئے۔ گاؤں میں فائرنگ ہوئی۔"

    def incident(self, start: int, end: int, place: str | None = None) -> Incident:
        """An incident whose trigger covers ``TEXT[start:end]``."""
        return Incident(
            EventType.EXPLOSIONS_REMOTE_VIOLENCE,
            SubEventType.REMOTE_EXPLOSIVE,
            trigger=Span.of(self.TEXT, start, end),
            locations=[Location(place)] if place else [],
        )

    def test_same_sentence(self) -> None:
        """A claim links to the incident whose trigger is in its sentence."""
        first = self.TEXT.index("فائرنگ")
        second = self.TEXT.index("ہلاک")
        doc = Document(
            "t", self.TEXT, incidents=[self.incident(first, first + 6), self.incident(second, second + 4)]
        )
        assert [1] == [c.incident for c in EXTRACT(doc).claims]

    def test_place_in_content(self) -> None:
        """A claim whose content names an incident's place links to it."""
        text = "پولیس نے بتایا کہ قلعہ سیف اللہ میں تین افراد ہلاک ہوئے۔"
        incident = Incident(
            EventType.BATTLES, SubEventType.ARMED_CLASH, locations=[Location("قلعہ سیف اللہ")]
        )
        doc = Document("t", text, incidents=[incident])
        assert [0] == [c.incident for c in EXTRACT(doc).claims]

    def test_unrelated_claim_is_not_linked(self) -> None:
        """A claim about nothing the incidents mention stays unlinked."""
        first = self.TEXT.index("دھماکا")
        doc = Document("t", self.TEXT, incidents=[self.incident(first, first + 6, "کراچی")])
        assert [None] == [c.incident for c in EXTRACT(doc).claims]

    def test_linking_can_be_switched_off(self) -> None:
        """``link=False`` leaves every claim unlinked."""
        second = self.TEXT.index("ہلاک")
        doc = Document("t", self.TEXT, incidents=[self.incident(second, second + 4)])
        assert [None] == [c.incident for c in ClaimExtractor(plugins=False, link=False)(doc).claims]


class TestLexicons:
    def test_builtin_lexicons_are_registered_by_kind(self) -> None:
        """The cue and speaker lexicons are found by their kinds."""
        assert ["claim_cues"] == [lex.name for lex in lexicons_for("claim_cues", plugins=False)]
        assert ["speakers"] == [lex.name for lex in lexicons_for("speakers", plugins=False)]

    def test_extra_cue_lexicon(self) -> None:
        """A plugin lexicon of kind "claim_cues" adds a new reporting verb."""
        extra = Lexicon(
            "test-cues",
            "claim_cues",
            "1",
            [{"term": "عندیہ دیا", "kind": "statement", "attach": "agent", "object": True}],
        )
        base = (*lexicons_for("claim_cues", plugins=False), *lexicons_for("speakers", plugins=False))
        text = "محکمہ صحت نے وبا کے پھیلاؤ کا عندیہ دیا۔"
        assert () == claims(text)
        found = ClaimExtractor(lexicons=[*base, extra])(Document("t", text)).claims
        assert ["محکمہ صحت"] == [speaker(c) for c in found]

    def test_extra_speaker_lexicon(self) -> None:
        """A plugin lexicon of kind "speakers" can mark a source anonymous."""
        extra = Lexicon(
            "test-speakers", "speakers", "1", [{"term": "مخبر", "role": "source", "anonymous": True}]
        )
        base = (*lexicons_for("claim_cues", plugins=False), *lexicons_for("speakers", plugins=False))
        text = "مخبر نے بتایا کہ اسلحہ چھپایا گیا ہے۔"
        assert only(text).anonymous is False
        found = ClaimExtractor(lexicons=[*base, extra])(Document("t", text)).claims
        assert [True] == [c.anonymous for c in found]

    @pytest.mark.parametrize(
        "entry",
        [
            {"term": "کہا", "kind": "gossip"},
            {"term": "کہا", "attach": "elsewhere"},
            {"term": "کہا", "role": "mystery"},
        ],
    )
    def test_bad_cue_entry(self, entry: dict[str, str]) -> None:
        """A malformed cue entry is rejected when the extractor is built."""
        with pytest.raises(InvalidArgumentError):
            ClaimExtractor(lexicons=[Lexicon("bad", "claim_cues", "1", [entry])])

    def test_bad_speaker_type(self) -> None:
        """An unknown actor type in a speaker entry is rejected."""
        with pytest.raises(InvalidArgumentError):
            Lexicon("bad", "speakers", "1", [{"term": "فوج", "role": "source", "type": "navy"}])

    def test_lexicons_must_be_lexicons(self) -> None:
        """Passing something else than Lexicon objects is an error."""
        with pytest.raises(InvalidArgumentError):
            ClaimExtractor(lexicons=["claim_cues"])  # type: ignore[list-item]


CUE_WORDS = [
    "نے",
    "کہا",
    "کہ",
    "کے",
    "مطابق",
    "کا",
    "کہنا",
    "ہے",
    "بتایا",
    "گیا",
    "تصدیق",
    "کی",
    "ذمہ",
    "داری",
    "قبول",
    "انہوں",
    "پولیس",
    "ذرائع",
    "،",
    "۔",
    '"',
    "’",
    "(",
    ")",
    "مطالبہ",
    "کیا",
    "تردید",
    "اور",
    " ",
    "\n",
    "نامی",
    "والی",
    "کرنے",
    "میں",
    "جانب",
    "سے",
    "ایک",
    "ٰ",
    "\u200c",
    "۱۲",
]
urdu_soup = st.lists(st.sampled_from(CUE_WORDS), max_size=60).map(" ".join)
texts = st.one_of(
    urdu_soup, st.text(max_size=80), st.lists(st.sampled_from(CUE_WORDS), max_size=40).map("".join)
)


class TestProperties:
    @given(texts)
    def test_never_raises_and_spans_are_valid(self, text: str) -> None:
        """On any text the extractor returns claims whose spans point at the text."""
        doc = Document("t", text)
        found = EXTRACT(doc).claims
        for span in iter_spans(found):
            assert text[span.start : span.end] == span.text
        Document("t", text, claims=found)  # validates every span again

    @given(urdu_soup)
    def test_deterministic(self, text: str) -> None:
        """Extracting twice gives the same claims."""
        doc = Document("t", text)
        assert EXTRACT(doc) == ClaimExtractor(plugins=False)(doc)

    @pytest.mark.parametrize("unit", ["نے کہا کہ ", "کے مطابق ", "کی ذمہ داری ", "نے ", "کا کہنا "])
    def test_linear_on_repeated_near_matches(self, unit: str) -> None:
        """Long runs of cue fragments are processed quickly (no backtracking blow-up)."""
        start = time.perf_counter()
        EXTRACT(Document("t", unit * 5000))
        assert time.perf_counter() - start < 20


def _speaker_lookup_reference(speakers: dict[tuple[str, ...], Any], key: tuple[str, ...]) -> Any:
    """The speaker entry for ``key``, its last word possibly inflected (up to three letters)."""
    info = speakers.get(key)
    for cut in (1, 2, 3):
        if info is not None or not key or len(key[-1]) - cut < 3:
            break
        info = speakers.get((*key[:-1], key[-1][:-cut]))
    return info


_GRAMMAR = EXTRACT._grammar
_LEXICON_WORDS = sorted({w for key in _GRAMMAR.speakers for w in key})
_phrase_words = st.one_of(
    st.sampled_from(_LEXICON_WORDS),
    st.sampled_from(_LEXICON_WORDS).map(lambda w: w + "وں"),
    st.sampled_from(["کے", "کی", "ایک", "نے", "مقامی", "x"]),
)
#: Phrases made of lexicon words, whole entries (some inflected) and other words.
_phrases = st.lists(
    st.one_of(
        _phrase_words.map(lambda w: [w]),
        st.sampled_from(sorted(_GRAMMAR.speakers)).map(list),
        st.sampled_from(sorted(_GRAMMAR.speakers)).map(lambda key: [*key[:-1], key[-1] + "ی"]),
    ),
    max_size=4,
).map(lambda parts: [w for part in parts for w in part])


class TestSpeakerIndex:
    @given(_phrases, st.data())
    def test_lookup_and_head_as_brute_force(self, words: list[str], data: st.DataObject) -> None:
        """The indexed lookups find the longest entry a probe of every length finds."""
        speakers = _GRAMMAR.speakers
        longest = _GRAMMAR.max_speaker_words
        i = data.draw(st.integers(0, len(words)))
        expected_lookup = next(
            (
                (info, n)
                for n in range(min(longest, len(words) - i), 0, -1)
                if (info := _speaker_lookup_reference(speakers, tuple(words[i : i + n]))) is not None
            ),
            None,
        )
        assert expected_lookup == _GRAMMAR.lookup(words, i)
        expected_head = next(
            (
                info
                for n in range(min(longest, len(words)), 0, -1)
                if (info := _speaker_lookup_reference(speakers, tuple(words[len(words) - n :]))) is not None
            ),
            None,
        )
        assert expected_head == _GRAMMAR.head(words)

    @given(_phrases)
    def test_classify_remembers_what_it_would_say_again(self, words: list[str]) -> None:
        """A phrase's class comes out the same from a grammar that has seen it and one that has not."""
        from urdu_events.extractors._claims_patterns import Grammar

        fresh = Grammar(
            (e for lex in lexicons_for("claim_cues", plugins=False) for e in lex.entries),
            (e for lex in lexicons_for("speakers", plugins=False) for e in lex.entries),
        )
        assert fresh.classify(words) == _GRAMMAR.classify(words) == _GRAMMAR.classify(tuple(words))

    def test_classify_memory_is_bounded_and_not_pickled(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A full memory starts afresh; a pickled grammar leaves its memory behind."""
        import pickle

        from urdu_events.extractors import _claims_patterns

        grammar = ClaimExtractor(plugins=False)._grammar
        phrase = ("پولیس", "ترجمان")
        expected = grammar.classify(phrase)
        assert grammar._classified
        assert pickle.loads(pickle.dumps(grammar))._classified == {}
        monkeypatch.setattr(_claims_patterns, "_MAX_CLASSIFIED", 1)
        assert grammar.classify(("ذرائع",)) == _GRAMMAR.classify(("ذرائع",))
        assert len(grammar._classified) == 1
        assert grammar.classify(phrase) == expected
