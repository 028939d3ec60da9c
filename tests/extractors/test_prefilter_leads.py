"""The first letters of a pattern (``_prefilter.first_letters``) and the gates the role reader
builds from them: a pattern matched right after an actor can only match where the first letter
after it is one of the pattern's, so skipping it elsewhere changes no answer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_events.extractors import _incident_read
from urdu_events.extractors._prefilter import first_letter, first_letters, prefiltered


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        (r"\s*(?:کے|نے)\s", "کن"),
        (r"\s(?:کی|کے)\sزیر", "ک"),
        (r"(?<!\w)(?:ملوث|کا ہاتھ)", "مک"),
        (r"\s(?:(?:موقع|وہاں)\sسے\s)?(?:بھی\s)?فرار(?!\w)", "مووبف"),
        (r"[ \t]+[ab-d]x", "abcd"),
        (r"\s?(?:\s\s|x)y", "xy"),  # a branch of white space alone: the letter after it may come first
        (r"(?:a?)\sb", "ab"),  # an optional letter, then one after white space
    ],
)
def test_first_letters(pattern: str, letters: str) -> None:
    assert first_letters(re.compile(pattern)) == frozenset(letters)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # a category: its letters are not listed
        r"\s*",  # white space alone
        r"(?:x)?\s",  # may match white space alone
        r"[\sa]b",  # white space or a letter: the first letter is not told apart
        r"[^a]b",  # a negated class
        r".b",  # any character
        r"(?i)ab",  # case folded
    ],
)
def test_no_first_letters(pattern: str) -> None:
    assert first_letters(re.compile(pattern)) is None


def test_first_letters_of_a_prefiltered_pattern() -> None:
    assert first_letters(prefiltered(re.compile(r"\sنے\sجواب"))) == frozenset("ن")


def test_first_letter() -> None:
    assert first_letter("ab  \n cd", 2) == "c"
    assert first_letter("ab   ", 2) == ""
    assert first_letter("ab", 0) == "a"


_PIECES = ["کے", "کی", "نے", "کو", "پر", "سے", "میں", " ", "  ", "\n", "\u00a0", "،", "ab", "x", "12"]


@settings(max_examples=300)
@given(
    st.sampled_from(
        [
            r"\s*(?:کے|نے)\s",
            r"\s(?:(?:کی|کے)\s)?(?:پر|کو)",
            r"(?:\s(?:کے|کی))?\sسے",
            r"[ \t]*(?:ab|x)",
            r"\s?(?:\s\s|x)y",
        ]
    ),
    st.lists(st.sampled_from(_PIECES), max_size=10).map("".join),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=40),
)
def test_a_match_begins_with_its_first_letters(shape: str, text: str, pos: int, endpos: int) -> None:
    pattern = re.compile(shape)
    letters = first_letters(pattern)
    assert letters is not None
    if pattern.match(text, pos, endpos) is not None:
        assert first_letter(text, pos) in letters


#: Every gate of the role reader: a ``*_LEAD`` set of ``_incident_read`` and the patterns it
#: stands for (those a helper needs: see the helpers named in ``_role``).
_GATES = {
    name: value
    for name, value in vars(_incident_read).items()
    if name.endswith("_LEAD") and isinstance(value, frozenset)
}


def _gated_patterns() -> list[tuple[str, object]]:
    out = []
    for name in _GATES:
        pattern = getattr(_incident_read, name[: -len("_LEAD")], None)
        if pattern is not None:
            out.append((name, pattern))
    return out


def test_every_gate_is_told() -> None:
    """Every gate has letters: a word class edited so that a gate cannot be told falls back to
    trying the pattern everywhere, which is slower but still right; this test says when."""
    assert len(_GATES) >= 40
    assert all(_GATES.values())


def test_gated_patterns_match_only_at_their_letters_on_rule_cards() -> None:
    """At every position of the rule cards' texts (and a few sentences), a match of a gated
    pattern begins (after white space) with one of its first letters."""
    cards = Path(__file__).resolve().parents[1] / "data"
    texts = [
        "پولیس کے مطابق حملہ آوروں کا تعلق کالعدم تنظیم سے تھا اور ملزمان موقع سے فرار ہو گئے۔",
        "ڈاکوؤں نے ایک تاجر سے نقدی چھیننے کی کوشش کی، پولیس کی گاڑی پر فائرنگ کی گئی۔",
        "ایف سی کے کیمپ میں دھماکا ہوا جبکہ طالبان پر شبہ ظاہر کیا جا رہا ہے۔",
    ]
    for path in sorted(cards.glob("rules/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                text = record.get("text")
                if isinstance(text, str):
                    texts.append(text)
    seen = 0
    for _name, pattern in _gated_patterns():
        letters = first_letters(pattern)  # type: ignore[arg-type]
        assert letters is not None
        for text in texts:
            for pos in range(len(text)):
                if pattern.match(text, pos) is not None:  # type: ignore[attr-defined]
                    seen += 1
                    assert first_letter(text, pos) in letters
    assert seen > 0


def _card_texts(*areas: str) -> list[tuple[str, str | None]]:
    """The texts (and publication dates) of the rule cards of ``areas``."""
    cards = Path(__file__).resolve().parents[1] / "data" / "rules"
    out: list[tuple[str, str | None]] = []
    for area in areas:
        for line in (cards / f"{area}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if isinstance(record.get("text"), str):
                    out.append((record["text"], record.get("published")))
    return out


def _readings(texts: list[tuple[str, str | None]]) -> list[str]:
    from urdu_events.extractors.incidents import IncidentExtractor
    from urdu_events.pipeline import make_document
    from urdu_events.serialize.json import dumps

    extractor = IncidentExtractor()
    return [dumps(extractor(make_document(text, published=published))) for text, published in texts]


def test_gates_change_no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every gate names all the patterns its helper may match right after the actor or place:
    with every gate opened (each ``*_LEAD`` set made every letter), the role and place cards read
    the same. A rule that gives a helper a new pattern without adding it to the helper's gate
    fails here."""
    texts = _card_texts("roles", "places", "names", "segments")
    gated = _readings(texts)
    opened = 0
    for name in dir(_incident_read):
        if name.endswith("_LEAD") and isinstance(getattr(_incident_read, name), frozenset):
            monkeypatch.setattr(_incident_read, name, _incident_read._EVERY_LETTER)
            opened += 1
    assert opened >= 40
    assert _readings(texts) == gated
