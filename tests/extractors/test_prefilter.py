"""The prefilter of compiled patterns (``_prefilter``): the literals it derives are needed by
every match, and a prefiltered pattern answers as the pattern does."""

from __future__ import annotations

import re
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import urdu_events.extractors._incident_places as places
from urdu_events.extractors import _incident_build, _incident_read, _prefilter
from urdu_events.extractors._prefilter import (
    Prefiltered,
    forget_texts,
    literal_gate,
    prefiltered,
    required_literals,
)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\s(?:کے\s)?خلاف(?!\w)", ("خلاف",)),
        (r"(?<!\w)(?:چک|بلاک)\s\d+", ("بلاک", "چک")),
        # a branch written with its first letter first: the lookbehind has no width
        (r"ا(?<!\wا)(?:نکشاف|لزام)(?!\w)", ("الزام", "انکشاف")),
        # an optional word before a required one: the shorter string alone says as much
        (r"(?:سابق )?سربراہ(?!\w)", ("سربراہ",)),
        (r"\sنے\s(?:[^\s،۔]+\s){0,6}?جواب\s(?:دیا|دی)", ("جواب",)),
        # a repeat of at least one holds what it repeats
        (r"(?:\sگولی)+\d", ("گولی",)),
    ],
)
def test_required_literals(pattern: str, literals: tuple[str, ...]) -> None:
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # no literal at all
        r"(?:کے|کی)?\s\d+",  # an optional literal is not required
        r"ab|\d",  # one branch needs nothing
        r"ا\sب",  # single letters: no use as a filter
        r"(?i)abc",  # case folded: "ABC" matches without "abc"
        r"(?:ab)*c\d",  # zero repeats match too
    ],
)
def test_no_required_literals(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None
    if required_literals(re.compile(pattern)) is None:
        with pytest.raises(ValueError, match="no required literals"):
            prefiltered(re.compile(pattern))


#: Patterns of many shapes, with the pieces random texts are made of.
_SHAPES = [
    r"(?<!\w)(?:چک|یونٹ|بلاک)\s(?:نمبر\s?)?(?:\d+|(?<=نمبر )\w+)(?=\s?(?:میں|کے)(?!\w))",
    r"\sنے\s(?:[^\s،۔]+\s){0,6}?(?:(?:کا|کو)\s)?(?:[^\s،۔]+\s){0,3}?جواب\s(?:دیا|دی)(?!\w)",
    r"ا(?<!\wا)(?:نکشاف|لزام)(?!\w)|م(?<!\wم)(?:ذمت)(?!\w)",
    r"(?<!\w)\d+(?:\s(?:سو|ہزار))?\s(?:سے زائد|سے زیادہ)\s$|(?<!\w)\d+\s(?:سو|ہزار)\s$",
    r"(?:\s(?!(?:سے|نے)(?!\w))\w+){0,3}?\s(?:بھی\s)?قبضے میں (?:لے|لی)",
    r"(?:ab|a)(?:cd|c)?e+(?:fg)*hh",
    r"xx(?:ab|cd)?yy",
]
_PIECES = [
    "چک",
    "یونٹ",
    "بلاک",
    "نمبر",
    "جواب",
    "دیا",
    "الزام",
    "انکشاف",
    "مذمت",
    "سو",
    "ہزار",
    "سے زائد",
    "سے زیادہ",
    "قبضے میں",
    "لے",
    "نے",
    "کا",
    "میں",
    "کے",
    "ا",
    "م",
    "12",
    " ",
    " ",
    "،",
    "\n",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "x",
    "y",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)
#: A pattern shape, a text of its pieces and a range: the cases both property tests below draw.
_cases = given(
    st.sampled_from(_SHAPES),
    _texts,
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=60),
)


@settings(max_examples=300)
@_cases
def test_prefiltered_answers_as_the_pattern(shape: str, text: str, pos: int, endpos: int) -> None:
    pattern = re.compile(shape)
    gated = Prefiltered(pattern)
    try:
        if not gated.may_match(text):  # what the prefilter rules out has no match at all
            assert pattern.search(text) is None
        for method in ("search", "match", "fullmatch"):
            got = getattr(gated, method)(text, pos, endpos)
            want = getattr(pattern, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())
        assert [m.span() for m in gated.finditer(text, pos, endpos)] == [
            m.span() for m in pattern.finditer(text, pos, endpos)
        ]
        # the same text again (its answer kept), and with the default range
        again, want = gated.search(text), pattern.search(text)
        assert (again and again.span()) == (want and want.span())
    finally:
        _prefilter._ALL.remove(gated)


@settings(max_examples=300)
@_cases
def test_literal_gate_rules_out_only_stretches_without_a_match(
    shape: str, text: str, pos: int, endpos: int
) -> None:
    """Where a pattern's gate finds nothing between ``pos`` and ``endpos``, the pattern does not
    match there either (nor anywhere in a text the gate finds nothing in)."""
    pattern = re.compile(shape)
    gate = literal_gate(pattern)
    if gate.search(text, pos, endpos) is None:
        assert pattern.search(text, pos, endpos) is None
    if gate.search(text) is None:
        assert pattern.search(text) is None


def test_literal_gate_of_a_pattern_without_literals_matches_everywhere() -> None:
    gate = literal_gate(re.compile(r"\w+\s\d"))
    assert gate.search("", 0, 0) is not None


#: The reader's patterns searched behind a gate, by module.
_GATED = [
    (_incident_read, "_CHARGE_BEFORE"),
    (_incident_build, "_WORDS_AS_WEAPONS"),
    (_incident_build, "_PLAYED_OWNER"),
    (_incident_build, "_ABSTRACT_VICTIM"),
    (_incident_build, "_AWARD_GIVEN"),
]


@settings(max_examples=100)
@given(_texts, st.integers(min_value=0, max_value=40))
def test_the_reader_s_gated_patterns(text: str, cut: int) -> None:
    """Each gated pattern of the reader matches nowhere in a text its gate finds nothing in,
    on texts made of its literals, pieces of them and other words; and its gate is made from it."""
    for module, name in _GATED:
        pattern = getattr(module, name)
        gate = getattr(module, f"{name}_GATE")
        assert gate.pattern == literal_gate(pattern).pattern != ""
        literals = gate.pattern.split("|")
        for candidate in (" ".join([text, *literals]), text, " ".join(lit[:-1] for lit in literals)):
            lo = min(cut, len(candidate))
            if gate.search(candidate, lo) is None:
                assert pattern.search(candidate, lo) is None


@settings(max_examples=200)
@given(_texts)
def test_the_reader_s_prefiltered_patterns(text: str) -> None:
    """Every pattern the reader prefilters answers as its own pattern, on texts made of its
    literals, pieces of them and other words."""
    places._numbered()  # made on first use
    assert len(_prefilter._ALL) >= 10
    assert _incident_build.SAME_DAY in _prefilter._ALL and _incident_read._RESPONSE in _prefilter._ALL
    for gated in list(_prefilter._ALL):
        pieces = [text, *gated.literals, text[: len(text) // 2]]
        for candidate in (" ".join(pieces), text, " ".join(lit[:-1] for lit in gated.literals)):
            got = [m.span() for m in gated.finditer(candidate)]
            assert got == [m.span() for m in gated.compiled.finditer(candidate)]
            first = gated.search(candidate)
            want = gated.compiled.search(candidate)
            assert (first and first.span()) == (want and want.span())


def test_numbered_settlements_are_still_found() -> None:
    text = "چک نمبر 45 میں فائرنگ ہوئی جبکہ بلاک 13 میں دھماکہ ہوا"
    assert [p.key for p in places.numbered_settlements(text)] == ["چک نمبر 45", "بلاک 13"]
    assert places.numbered_settlements("شہر کے 45 افراد زخمی ہوئے") == []


def test_the_answer_is_kept_for_the_same_text_only() -> None:
    gated = Prefiltered(re.compile(r"(?<!\w)جوابی(?!\w)"))
    try:
        without = "پولیس نے فائرنگ کی"
        with_it = "پولیس نے جوابی فائرنگ کی"
        assert gated.search(without) is None
        assert gated._last[0] is without
        found = gated.search(with_it)
        assert found is not None and found.group() == "جوابی"
        assert gated.search(without, 0, 5) is None
        forget_texts()
        assert gated._last[0] is None  # nothing of the last document is kept
        # a very long text is checked as any other (the cost per character does not jump at a
        # length), and let go of at the end of its document too
        long_text = "الف " * 30_000 + with_it
        found = gated.search(long_text)
        assert found is not None and gated._last[0] is long_text
        assert gated.search("الف " * 30_000) is None
        forget_texts()
        assert gated._last[0] is None
    finally:
        _prefilter._ALL.remove(gated)


def test_threads_never_see_another_text_s_answer() -> None:
    gated = Prefiltered(re.compile(r"(?<!\w)جوابی(?!\w)"))
    texts = [f"{i} پولیس نے جوابی فائرنگ کی" if i % 2 else f"{i} پولیس نے فائرنگ کی" for i in range(200)]
    wrong: list[str] = []

    def run() -> None:
        for _ in range(20):
            for t in texts:
                if (gated.search(t) is None) != (gated.compiled.search(t) is None):
                    wrong.append(t)

    try:
        threads = [threading.Thread(target=run) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert wrong == []
    finally:
        _prefilter._ALL.remove(gated)


def test_an_extraction_keeps_no_text() -> None:
    from urdu_events import Pipeline

    text = "پشاور میں پولیس نے جوابی فائرنگ کی جس میں دو حملہ آور مارے گئے۔"
    Pipeline().extract(text, published="2026-01-05")
    assert all(p._last[0] is None for p in _prefilter._ALL)


def test_pattern_gives_the_source_as_re_does() -> None:
    """A pattern built from a gated one's source ("(?:{X.pattern})...") reads as from the
    ungated pattern: ``pattern`` is the source string, as on :class:`re.Pattern`."""
    plain = re.compile(r"(?<!\w)(?:دو|تین)\sسال\sقبل(?!\w)")
    gated = Prefiltered(plain)
    assert gated.pattern == plain.pattern
    built = re.compile(rf"(?:{gated.pattern})\sہونے")
    assert built.search("دو سال قبل ہونے والے") is not None
