"""Rule cards: invented sentences and the reading each rule should give them.

Every line of ``tests/data/rules/*.jsonl`` is one card (the format is documented
in ``docs/linguists.md``)::

    {"rule": "incidents.casualties.sum-and", "text": "...", "published": "2024-03-14",
     "expect": {"incidents": [{"casualties": {"injured": 5}}]}}

The card's text goes through the default pipeline, and ``expect`` is compared
with the Document JSON as a partial reading (see :func:`mismatch`). One
parametrised test runs every card; a failure names the rule, the file and the line.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from urdu_events import Pipeline
from urdu_events.exceptions import ExtractionError
from urdu_events.extractors.incidents import IncidentExtractor
from urdu_events.pipeline import make_document
from urdu_events.serialize.json import dumps
from urdu_events.text import normalize

RULES = Path(__file__).resolve().parent / "data" / "rules"
#: The keys of a card; ``rule``, ``text`` and ``expect`` are required.
CARD_KEYS = frozenset({"rule", "text", "published", "expect", "xfail", "note"})


class Card(NamedTuple):
    """One line of a rule-card file."""

    rule: str
    text: str
    published: str | None
    expect: dict[str, Any]
    xfail: str | None
    where: str  # "tests/data/rules/FILE.jsonl:LINE"


class CardFormatError(ValueError):
    """A line of a rule-card file that is not a valid card."""


def parse_card(line: str, where: str) -> Card:
    """Read one card, checking its keys and their types.

    Raises:
        CardFormatError: If the line is not a valid card; the message names ``where``.
    """
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CardFormatError(f"{where}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise CardFormatError(f"{where}: a card is a JSON object")
    problems = [f"unknown key {k!r}" for k in sorted(set(data) - CARD_KEYS)]
    problems += [f"required key {k!r} missing" for k in ("rule", "text", "expect") if k not in data]
    for key, kind in (("rule", str), ("text", str), ("expect", dict), ("xfail", str)):
        if key in data and not isinstance(data[key], kind):
            problems.append(f"{key} must be a {'JSON object' if kind is dict else 'string'}")
    if data.get("published") is not None and not isinstance(data["published"], str):
        problems.append("published must be a date string (YYYY-MM-DD) or null")
    if problems:
        raise CardFormatError(f"{where}: {'; '.join(problems)}")
    return Card(data["rule"], data["text"], data.get("published"), data["expect"], data.get("xfail"), where)


def read_cards(path: Path) -> Iterator[Card]:
    """Every card of one file, skipping blank lines."""
    shown = path.relative_to(RULES.parents[2]) if path.is_relative_to(RULES.parents[2]) else path
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            yield parse_card(line, f"{shown}:{number}")


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def mismatch(expected: Any, actual: Any, path: str = "") -> str | None:
    """Where ``actual`` (Document JSON) departs from the partial reading ``expected``, or ``None``.

    The rules, which ``docs/linguists.md`` explains to card writers:

    - an object matches when each of its keys matches (other keys are not checked);
    - ``{"$contains": [...]}`` matches a list holding a distinct match for each item, in any order;
    - ``{"$len": n}`` matches a list of ``n`` items;
    - a list matches a list of the same length, item by item, in order;
    - a string matches an equal string, or an object whose ``name`` (an actor, a place)
      or ``text`` (a span: trigger, cue, content) is that string;
    - a whole number matches an equal number, or a count whose ``min`` and ``max`` both are it;
    - anything else matches an equal value.
    """
    here = path or "the document"
    if isinstance(expected, Mapping) and set(expected) & {"$contains", "$len"}:
        if not isinstance(actual, list):
            return f"{here}: expected a list, got {_show(actual)}"
        if "$len" in expected and expected["$len"] != len(actual):
            return f"{here}: expected {expected['$len']} items, got {len(actual)}: {_show(actual)}"
        free = list(range(len(actual)))
        for item in expected.get("$contains", ()):
            found = next((i for i in free if mismatch(item, actual[i]) is None), None)
            if found is None:
                return f"{here}: no item matches {_show(item)} among {_show(actual)}"
            free.remove(found)
        return None
    if isinstance(expected, Mapping):
        if not isinstance(actual, Mapping):
            return f"{here}: expected an object like {_show(expected)}, got {_show(actual)}"
        for key, value in expected.items():
            if key not in actual:
                return f"{path}.{key}".lstrip(".") + f": missing (the keys are {', '.join(actual)})"
            problem = mismatch(value, actual[key], f"{path}.{key}".lstrip("."))
            if problem:
                return problem
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(expected) != len(actual):
            return f"{here}: expected {len(expected)} items, got {_show(actual)}"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            problem = mismatch(e, a, f"{path}[{i}]")
            if problem:
                return problem
        return None
    if isinstance(expected, str) and isinstance(actual, Mapping):
        if expected in (actual.get("name"), actual.get("text")):
            return None
        return f"{here}: expected {_show(expected)}, got {_show(actual.get('name', actual.get('text')))}"
    if isinstance(expected, int) and not isinstance(expected, bool) and isinstance(actual, Mapping):
        if (actual.get("min"), actual.get("max")) == (expected, expected):
            return None
        return f"{here}: expected {expected}, got {actual.get('min')} to {actual.get('max')}"
    if expected != actual or type(expected) is not type(actual):
        return f"{here}: expected {_show(expected)}, got {_show(actual)}"
    return None


def _params(folder: Path = RULES) -> list[Any]:
    params = []
    for path in sorted(folder.glob("*.jsonl")):
        for card in read_cards(path):
            marks = [pytest.mark.xfail(reason=card.xfail, strict=True)] if card.xfail else []
            params.append(
                pytest.param(card, id=f"{path.stem}:{card.where.rsplit(':', 1)[1]}:{card.rule}", marks=marks)
            )
    return params


#: A run of this many words shared with one dev article is a copy (stock phrases aside).
COPIED_WORDS = 8


def _runs(text: str) -> list[tuple[str, ...]]:
    """Every run of :data:`COPIED_WORDS` words of ``text``, normalized."""
    words = normalize(text).text.split()
    return [tuple(words[i : i + COPIED_WORDS]) for i in range(len(words) - COPIED_WORDS + 1)]


@functools.cache
def _pipeline() -> Pipeline:
    # strict: a card that expects no incident must not pass because the reader crashed on it
    # (a non-strict pipeline records the failure on the document and reads on).
    return Pipeline(strict=True)


@pytest.mark.parametrize("card", _params())
def test_rule_card(card: Card) -> None:
    """The pipeline reads the card's text as its rule says (a partial match of the Document JSON)."""
    doc = _pipeline()(make_document(card.text, published=card.published, doc_id="card"))
    problem = mismatch(card.expect, json.loads(dumps(doc)))
    assert problem is None, f"rule {card.rule} ({card.where}): {problem}\n  text: {card.text}"


class TestCardFiles:
    def test_every_card_parses(self) -> None:
        """Every card file holds at least one card, and every line is a valid card."""
        files = sorted(RULES.glob("*.jsonl"))
        assert [] != files
        for path in files:
            assert [] != list(read_cards(path)), path

    def test_no_card_copies_the_dev_set(self) -> None:
        """Examples are invented: no card, and no line of the code, lexicons, docs or changelog,
        shares a run of :data:`COPIED_WORDS` words with exactly one dev article (a run found in
        two or more articles is a stock phrase of the news, which invented text may share).
        Skipped where ``../shared/eval/dev.jsonl`` is not beside the repository."""
        root = RULES.parents[2]
        dev = root.parent / "shared" / "eval" / "dev.jsonl"
        if not dev.is_file():
            pytest.skip(f"no dev set at {dev}")
        articles: dict[tuple[str, ...], int] = {}
        for line in dev.read_text(encoding="utf-8").splitlines():
            for run in set(_runs(json.loads(line)["text"])):
                articles[run] = articles.get(run, 0) + 1
        one = {run for run, n in articles.items() if n == 1}
        copied = [
            f"{card.where}: {' '.join(next(r for r in _runs(card.text) if r in one))}"
            for path in sorted(RULES.glob("*.jsonl"))
            for card in read_cards(path)
            if any(r in one for r in _runs(card.text))
        ]
        others = [
            *sorted((root / "src").rglob("*.py")),
            *sorted((root / "src").rglob("*.json")),
            *sorted((root / "docs").glob("*.md")),
            root / "CHANGELOG.md",
        ]
        for path in others:
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                hit = next((r for r in _runs(line) if r in one), None)
                if hit is not None:
                    copied.append(f"{path.relative_to(root)}:{number}: {' '.join(hit)}")
        assert [] == copied

    def test_rule_ids_are_dotted_names(self) -> None:
        """A rule id is lower-case words joined by dots and hyphens, starting with its area."""
        for path in sorted(RULES.glob("*.jsonl")):
            for card in read_cards(path):
                head, *rest = card.rule.split(".")
                assert path.stem == head and rest, f"{card.where}: {card.rule} should start with {path.stem}."
                assert card.rule == card.rule.lower() and " " not in card.rule, card.where


class TestCardFormat:
    def test_a_reader_that_crashes_fails_the_card(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A card that expects nothing to be read fails when the reader raises, instead of
        passing on the empty reading a failed extractor leaves behind."""

        def crash(self: object, doc: object, **kwargs: object) -> object:
            raise TypeError("a bug in a rule")

        monkeypatch.setattr(IncidentExtractor, "__call__", crash)
        card = Card("non-events.x", "کھیل کے میدان میں میچ ہوا۔", None, {"incidents": []}, None, "x:1")
        with pytest.raises(ExtractionError, match="a bug in a rule"):
            test_rule_card(card)

    def test_xfail_card_is_a_strict_xfail(self, tmp_path: Path) -> None:
        """A card marked "xfail" runs as a strict xfail, so it fails once the rule starts to pass."""
        card = {"rule": "incidents.x", "text": "متن", "expect": {}, "xfail": "not read yet"}
        (tmp_path / "incidents.jsonl").write_text("\n" + json.dumps(card) + "\n", encoding="utf-8")
        [param] = _params(tmp_path)
        [mark] = param.marks
        assert ("xfail", "not read yet", True) == (mark.name, mark.kwargs["reason"], mark.kwargs["strict"])
        assert param.id.startswith("incidents:2:")

    def test_unknown_key_is_rejected(self) -> None:
        """A misspelled card key (``expected``) is an error naming the line, not ignored."""
        with pytest.raises(CardFormatError, match=r"x.jsonl:3: unknown key 'expected'"):
            parse_card('{"rule": "r", "text": "t", "expect": {}, "expected": {}}', "x.jsonl:3")

    def test_missing_and_mistyped_keys(self) -> None:
        """Missing and mistyped keys are listed together."""
        with pytest.raises(CardFormatError, match="required key 'expect' missing; text must be a string"):
            parse_card('{"rule": "r", "text": 3}', "x.jsonl:1")


class TestMismatch:
    DOC: dict[str, Any] = {  # noqa: RUF012 - read only
        "incidents": [
            {
                "sub_event_type": "Attack",
                "locations": [{"name": "بنوں", "country": "PK"}],
                "actors": [{"name": "پولیس", "role": "target"}, {"name": "ڈاکو", "role": "perpetrator"}],
                "casualties": {"killed": {"min": 2, "max": 2}, "injured": {"min": 0, "max": 4}},
                "trigger": {"start": 0, "end": 5, "text": "فائرنگ"},
            }
        ],
        "claims": [],
    }

    @pytest.mark.parametrize(
        "expect",
        [
            {"incidents": [{"sub_event_type": "Attack"}]},
            {"incidents": {"$len": 1}, "claims": []},
            {"incidents": [{"locations": ["بنوں"], "trigger": "فائرنگ"}]},
            {"incidents": [{"actors": {"$contains": [{"name": "ڈاکو", "role": "perpetrator"}]}}]},
            {"incidents": [{"casualties": {"killed": 2, "injured": {"min": 0, "max": 4}}}]},
        ],
    )
    def test_partial_readings_match(self, expect: dict[str, Any]) -> None:
        """A card that names only some keys, or uses the shorthands, matches."""
        assert None is mismatch(expect, self.DOC)

    @pytest.mark.parametrize(
        ("expect", "where"),
        [
            ({"incidents": []}, "incidents: expected 0 items"),
            ({"incidents": [{"sub_event_type": "Armed clash"}]}, "incidents[0].sub_event_type: expected"),
            ({"incidents": [{"locations": ["پشاور"]}]}, "incidents[0].locations[0]: expected"),
            (
                {"incidents": [{"actors": {"$contains": [{"name": "پولیس", "role": "perpetrator"}]}}]},
                "no item",
            ),
            ({"incidents": [{"casualties": {"injured": 4}}]}, "injured: expected 4, got 0 to 4"),
            ({"incidents": [{"weapons": []}]}, "incidents[0].weapons: missing"),
            ({"claims": {"$len": 1}}, "claims: expected 1 items"),
        ],
    )
    def test_departures_are_named(self, expect: dict[str, Any], where: str) -> None:
        """A card that does not hold gives a message naming the path where it departs."""
        problem = mismatch(expect, self.DOC)
        assert problem is not None and where in problem, problem
