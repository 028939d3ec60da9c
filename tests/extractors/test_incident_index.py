"""Tests for the word-based lexicon index of the incident extractor."""

from __future__ import annotations

import functools
import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events.extractors._grammar import word_alternation
from urdu_events.extractors._incident_build import (
    _COORDINATOR,
    _SPAN_OF_TIME,
    _TALLY_TIME,
    _over_time,
    _tally_starts,
)
from urdu_events.extractors._incident_index import TermIndex, TextWords
from urdu_events.extractors._incident_read import (
    _DEMAND_THAT,
    _FUNERAL,
    _FUTURE_WORDS,
    _ITEM_END,
    _PAST_PERFECT_WORDS,
    _SEP,
    _SEP_BEFORE,
    _SEP_BEFORE_FIXED,
    _SEP_BEFORE_KIN,
    _SEP_BEFORE_KIN_FIXED,
    _SEVERAL,
    _WITH_OWN,
    Clause,
    _cut_short,
    _has_word,
    _may_demand,
    _may_name_funeral,
    _search_tail,
    _whole_words,
)
from urdu_events.extractors.incidents import IncidentExtractor
from urdu_events.text import fold
from urdu_events.text._tokens import chunk
from urdu_events.text._unwrap import known_words

TERMS = ["دھماکا", "دھماکے", "کار بم", "کار بم دھماکا", "ہلاک", "ہلاک ہو", "مسلم لیگ (ن)", "بم"]
INDEX = TermIndex([(t, i) for i, t in enumerate(TERMS)], fold=fold)


def keys(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The keys found in ``text``."""
    return [h.key for h in INDEX.finditer(text, start, end)]


class TestTermIndex:
    def test_longest_term_wins(self) -> None:
        """At one place the longest term is taken, and hits do not overlap."""
        assert ["کار بم دھماکا"] == keys("کار بم دھماکا ہوا")

    def test_falls_back_to_a_shorter_term(self) -> None:
        """When the longer term does not fit ("بموں"), a shorter one may."""
        assert ["بم"] == keys("یہ بم ہے اور کار بموں سے")

    def test_whole_words_only(self) -> None:
        """A term inside a longer word is not found."""
        assert [] == keys("بمبار")

    def test_glued_postposition(self) -> None:
        """A postposition glued to the end of a term is left out of the hit."""
        (hit,) = INDEX.finditer("دھماکےمیں تین")
        assert ("دھماکے", 0, 6) == (hit.key, hit.start, hit.end)

    def test_glued_postposition_on_the_last_word(self) -> None:
        """ "ہلاک ہونے" is the term "ہلاک ہو" with "نے" glued on."""
        (hit,) = INDEX.finditer("افراد ہلاک ہونے والے")
        assert "ہلاک ہو" == hit.key

    def test_line_break_between_words(self) -> None:
        """A line break stands for the space between the words of a term."""
        assert ["کار بم"] == keys("کار\nبم")

    def test_punctuation_in_a_term(self) -> None:
        """A term with punctuation ("مسلم لیگ (ن)") is found as written, glued postposition too."""
        assert ["مسلم لیگ (ن)"] == keys("مسلم لیگ (ن)کے کارکن")
        assert [] == keys("مسلم لیگ (ن)کےسے")

    def test_window(self) -> None:
        """Only words wholly inside the window count; a word cut by its start does not."""
        text = "دھماکا اور دھماکے"
        assert ["دھماکے"] == keys(text, text.index("دھماکے"))
        assert [] == keys(text, 1, 6)

    def test_shared_words(self) -> None:
        """Words read once give the same hits as reading the text again."""
        text = "کار بم دھماکے میں 3 افراد ہلاک ہوگئے"
        words = TextWords(text)
        assert keys(text) == [h.key for h in INDEX.finditer(text, words=words)]

    @given(st.lists(st.sampled_from([*TERMS, "میں", "کے", "و", " ", "\n", "،"]), max_size=30))
    def test_hits_are_ordered_and_point_at_their_terms(self, parts: list[str]) -> None:
        """Hits come in text order, never overlap, and cover their term's words."""
        text = " ".join(parts)
        hits = list(INDEX.finditer(text))
        for a, b in itertools.pairwise(hits):
            assert a.end <= b.start
        for h in hits:
            assert " ".join(text[h.start : h.end].split()) == h.key


_FINDER = IncidentExtractor()._compiled()[1]


class TestSharedWords:
    @given(
        st.lists(
            st.sampled_from(["کوئٹہ", "کےمستونگ", "ضلع", "پشاورمیں", "کوئٹے", "میں", "_", "x_y", "،", " "])
        )
    )
    def test_places_from_shared_words(self, parts: list[str]) -> None:
        """Places found with the words the lexicons read are those found by reading the text again
        (with or without underscores, which the gazetteer does not count as word characters)."""
        text = " ".join(parts)
        assert _FINDER.find(text) == _FINDER.find(text, words=TextWords(text))


_WORDS = ["جبکہ", "جب کہ", "تاہم", "گا", "گی", "ہوگا", "تھی", "تھیں", "کرنے وال[ےیو]ں?", "ب"]


class TestWholeWords:
    @given(
        st.lists(st.sampled_from(_WORDS), min_size=1, unique=True),
        st.lists(
            st.sampled_from(
                ["جبکہ", "جب کہ", "تاہم", "گا", "تھیں", "کرنے والوں", "ب", "x", "_", "1", " ", "۔"]
            )
        ),
        st.data(),
    )
    def test_same_matches_as_the_plain_pattern(
        self, words: list[str], parts: list[str], data: st.DataObject
    ) -> None:
        """The letter-first pattern finds what ``(?<!\\w)(?:a|b)(?!\\w)`` finds, in any window."""
        text = "".join(parts)
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        plain = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")
        fast = re.compile(_whole_words("|".join(words)))
        assert [m.span() for m in plain.finditer(text, start, end)] == [
            m.span() for m in fast.finditer(text, start, end)
        ]

    def test_alternatives_start_with_a_letter(self) -> None:
        """An alternative that does not start with a letter is refused."""
        with pytest.raises(ValueError, match="letter"):
            _whole_words("جبکہ|(?:x)")


class TestCutShort:
    """A word before "میں" that is a known word cut short is no name; the check reads the
    sorted word list instead of a set of every cut."""

    @staticmethod
    @functools.cache
    def _cuts() -> frozenset[str]:
        return frozenset(w[:-k] for w in known_words() for k in (1, 2) if len(w) - k >= 3)

    def test_agrees_with_every_cut_of_the_word_list(self) -> None:
        """Every known word less one or two letters is found, and so is nothing shorter."""
        cuts = self._cuts()
        sample = list(known_words())[::7]
        candidates = {w[: len(w) - k] for w in sample for k in range(5)}
        assert [w for w in sorted(candidates) if _cut_short(w) != (w in cuts)] == []

    @given(st.text(st.sampled_from("اب پتکلمنوہیےں"), max_size=6))
    def test_agrees_on_any_word(self, word: str) -> None:
        """Invented strings get the same answer as the set of cuts would give."""
        assert _cut_short(word) == (word in self._cuts())


class TestHasWord:
    """A clause's tense words are looked up among the text's words; the answer is what the
    whole-word pattern searched in the clause's range gives."""

    @given(
        st.lists(st.sampled_from(["گا", "تھا", "کرے", "ک", " ", "،", "ی", "5", "_"]), max_size=12).map(
            "".join
        ),
        st.integers(0, 40),
        st.integers(0, 40),
    )
    def test_agrees_with_the_pattern(self, text: str, a: int, b: int) -> None:
        """Any range, also one that starts or ends inside a word."""
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        words = TextWords(text)
        for wanted, alternatives in (
            (_FUTURE_WORDS, "گا|گی|گے|ہوگا|ہوگی|ہونگے|جائیگا|جائیگی|جائینگے|کرینگے|کریگا|کریگی|کرے گا"),
            (_PAST_PERFECT_WORDS, "تھا|تھے|تھی|تھیں|چکے|چکا|چکی"),
        ):
            pattern = re.compile(_whole_words(alternatives))
            assert _has_word(words, wanted, start, end) == bool(pattern.search(text, start, end))

    def test_examples(self) -> None:
        """Invented clauses: the future, the past perfect, neither, and a word cut by the range."""
        text = "وہ کل جلسہ کرے گا، وہ پہلے آ چکے تھے، گاہک آئے"
        words = TextWords(text)
        comma = text.index("،")
        assert _has_word(words, _FUTURE_WORDS, 0, comma)
        assert not _has_word(words, _PAST_PERFECT_WORDS, 0, comma)
        assert _has_word(words, _PAST_PERFECT_WORDS, comma, text.rindex("،"))
        assert not _has_word(words, _FUTURE_WORDS, text.rindex("،"), len(text))
        cut = text.index("گاہک") + 2  # the range ends inside "گاہک": its "گا" is read as a word
        assert _has_word(words, _FUTURE_WORDS, text.rindex("،"), cut)


#: Words, numbers with separators, an ordinal ending, Latin, ``_``, punctuation and spaces.
_PIECES = [
    "دھماکے",
    "میں",
    "12",
    "2.5",
    "12,500",
    "ویں",
    "isp",
    "r's",
    "_",
    "۔",
    "،",
    "é",
    "²",
    "-",
    " ",
    "\n",
]


class TestWordsFromWords:
    """``TextWords.from_words`` over the text layer's words reads the words that splitting the
    text reads."""

    @staticmethod
    def same(text: str) -> None:
        split = TextWords(text)
        read = TextWords.from_words(text, chunk(text, 0, len(text)).word_columns())
        assert (read.words, read.starts, read.ends) == (split.words, split.starts, split.ends)
        assert (read.unique, read.stem_of, read.stem_set) == (split.unique, split.stem_of, split.stem_set)

    @given(
        st.lists(
            st.sampled_from(_PIECES),
            max_size=12,
        ).map("".join)
    )
    def test_agrees_with_splitting(self, text: str) -> None:
        """Words, numbers with separators, words run together, ``_``, punctuation, any spacing."""
        self.same(text)

    @pytest.mark.parametrize(
        "text",
        [
            "شہر میں دھماکے سے پانچ افراد ہلاک ہو گئے",  # every chunk a word
            "شہر میں دھماکے سے 3 افراد ہلاک ہو گئے۔",  # chunks split
            "12,500 افراد، 2.5 لاکھ روپے",  # a number's separators
            "11ویں بار ISPRکے مطابق",  # tokens that touch
            "دو  افراد\n\nزخمی",  # gaps of two characters
            "a_b میں",  # an underscore
            "",
        ],
    )
    def test_examples(self, text: str) -> None:
        """Invented texts for each path."""
        self.same(text)


class TestOverTime:
    """A clause is tried for a stretch of time ("رواں سال", "اب تک") only where a word stands
    that such a phrase starts with; the answer is that of searching the whole clause."""

    PIECES = (
        *("رواں", "سال", "اس", "سے", "اب", "تک", "ابھی", "پہلے", "بھی", "دوران", "اکثر", "اکثریت"),
        *("گزشتہ", "ماہ", "چکے", "ہیں", "حملے", "ہوئے", "5", "_", " ", " ", "،", "\n"),
    )

    @staticmethod
    def clause(start: int, end: int) -> Clause:
        return Clause(start, end, 0)

    @given(
        st.lists(st.sampled_from(PIECES), max_size=14).map("".join), st.integers(0, 70), st.integers(0, 70)
    )
    def test_agrees_with_the_search(self, text: str, a: int, b: int) -> None:
        """Any range of any sequence of the pieces, also one that starts or ends inside a word."""
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        clause = self.clause(start, end)
        searched = any(m.group() != "دوران" for m in _TALLY_TIME.finditer(text, start, end))
        assert _over_time(clause, text) == searched
        assert _over_time(clause, text, _tally_starts(TextWords(text))) == searched

    def test_examples(self) -> None:
        """Invented clauses: a stretch of time, only "during", none, and a range that cuts a word."""
        text = "رواں سال کئی حملے ہوئے، ہڑتال کے دوران فائرنگ ہوئی، بازار میں دھماکہ، اکثریت زخمی"
        at = _tally_starts(TextWords(text))
        assert at == [0, text.index("دوران")]  # "اکثریت" starts no phrase
        cuts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "،"), len(text)]
        assert [_over_time(self.clause(a, b - 1), text, at) for a, b in itertools.pairwise(cuts)] == [
            True,
            False,
            False,
            False,
        ]
        cut = text.index("اکثریت") + 4  # the range ends inside "اکثریت": its "اکثر" is read as a word
        assert _over_time(self.clause(cuts[3], cut), text, at)


class TestSearchTail:
    """The separator before a list item is searched for from the last stretch of text that can
    hold one; the match is the one the search from the item list's start finds."""

    PIECES = ("اور", "و", "اس", "ان", "کے", "کی", "کا", "دو", "بیٹے", "،", ",", " ", " ", "\n", "\u00a0", "x")

    @given(
        st.lists(st.sampled_from(PIECES), max_size=16).map("".join), st.integers(0, 60), st.integers(0, 60)
    )
    def test_agrees_with_the_search(self, text: str, a: int, b: int) -> None:
        """Any range of any sequence of the pieces, with runs of white space and commas."""
        lo, pos = sorted((min(a, len(text)), min(b, len(text))))
        for pattern, fixed in ((_SEP_BEFORE, _SEP_BEFORE_FIXED), (_SEP_BEFORE_KIN, _SEP_BEFORE_KIN_FIXED)):
            found = _search_tail(pattern, text, lo, pos, fixed)
            plain = pattern.search(text, lo, pos)
            assert (found and found.span()) == (plain and plain.span())

    def test_examples(self) -> None:
        """Invented list items: after a comma with spaces around it, after "اور", after "اور اس کے"."""
        text = "دکاندار  ،   اس کا بیٹا اور اس کے دو بیٹے"
        end = text.index("اس کا")
        assert _search_tail(_SEP_BEFORE, text, 0, end, _SEP_BEFORE_FIXED).span() == (7, end)  # type: ignore[union-attr]
        end = text.index("دو")
        kin = _search_tail(_SEP_BEFORE_KIN, text, 0, end, _SEP_BEFORE_KIN_FIXED)
        assert kin is not None and text[kin.start() : kin.end()] == " اور اس کے "


class TestFirstLetterFirst:
    """Patterns that began with a lookbehind are written with each branch's first letter first
    (``_whole_words``): the same matches, with the same groups, at the same places."""

    PIECES = (
        *("اور", "و", "ا", "ور", "اوراور", "اپنے", "اپنی", "سمیت", "بیٹے", "گزشتہ", "پچھلے", "آخری"),
        *("ان", "دو", "5", "دنوں", "ہفتوں", "میں", "سے", "کے دوران", " ", " ", "\n", "،", ",", "/", "|", "x"),
    )
    #: Each pattern as it was written before.
    BEFORE = (
        (_SEVERAL, r"[/،,|]|(?<!\w)اور(?!\w)"),
        (_ITEM_END, r"،|,|(?<!\w)(?:اور|و)(?!\w)"),
        (_WITH_OWN, r"(?<!\w)اپن[ےی] (?P<list>[^،,.۔]{1,60}?) ?سمیت\s?$"),
        (_SEP, r"[،,]|(?<!\w)(?:اور|و)(?!\w)"),
        (_COORDINATOR, r"(?<!\w)اور(?!\w)|[،,]"),
        (
            _SPAN_OF_TIME,
            rf"(?<!\w)(?:{word_alternation('span_determiner')})\s(?:\d+|[^\W\d]+)\s"
            rf"(?:{word_alternation('span_unit')})\s(?:میں|کے دوران|سے)(?!\w)",
        ),
    )

    @given(
        st.lists(st.sampled_from(PIECES), max_size=16).map("".join), st.integers(0, 70), st.integers(0, 70)
    )
    def test_same_matches(self, text: str, a: int, b: int) -> None:
        """Any range of any sequence of the pieces."""
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        for pattern, before in self.BEFORE:
            old = re.compile(before)
            assert [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)] == [
                (m.span(), m.groups()) for m in old.finditer(text, start, end)
            ]


class TestTextGates:
    """A funeral phrase and a demand are searched for only in a text holding a word that such a
    phrase starts with, found once among its words: without one, the search finds nothing."""

    PIECES = (
        *("نماز", "نمازِ", "جنازہ", "سپرد", "خاک", "سپردخاک", "تدفین", "آبائی", "گاؤں"),
        *("مطالبہ", "مطالبے", "کیا", "کہ", "پشاور", "میں", "ادا", "کی", "گئی", "5", "_", " ", " ", "،", "\n"),
    )

    @given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
    def test_no_match_without_a_leading_word(self, text: str) -> None:
        """Any sequence of the pieces, words glued together or not."""
        words = TextWords(text)
        if not _may_name_funeral(words):
            assert _FUNERAL.search(text) is None
        if not _may_demand(words):
            assert _DEMAND_THAT.search(text) is None

    def test_examples(self) -> None:
        """Invented sentences: a funeral and a demand named, and neither."""
        told = TextWords("مقتول کی نمازِ جنازہ آبائی گاؤں میں ادا کی گئی اور مطالبہ کیا کہ قاتل گرفتار ہوں")
        assert _may_name_funeral(told) and _may_demand(told)
        plain = TextWords("بازار میں دھماکے سے دو افراد زخمی ہو گئے")
        assert not _may_name_funeral(plain) and not _may_demand(plain)
