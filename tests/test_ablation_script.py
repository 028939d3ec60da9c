"""Tests for scripts/ablation.py's group testing (the table itself is checked against ``--exact``
on the development set by hand: it needs the evaluation files)."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_events import Pipeline
from urdu_events.extractors._rules import consulted
from urdu_events.extractors.claims import ClaimExtractor
from urdu_events.extractors.incidents import IncidentExtractor

ROOT = Path(__file__).resolve().parents[1]


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("ablation_script", ROOT / "scripts" / "ablation.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
group_test = SCRIPT.group_test


class Oracle:
    """Says whether a group holds one of ``changing``, and remembers the groups it was asked."""

    def __init__(self, changing: set[Any]) -> None:
        self.changing = changing
        self.asked: list[tuple[Any, ...]] = []

    def __call__(self, group: Sequence[Any]) -> bool:
        self.asked.append(tuple(group))
        return any(x in self.changing for x in group)


class TestGroupTest:
    @given(st.lists(st.booleans(), max_size=150), st.integers(min_value=1, max_value=70))
    def test_finds_exactly_the_changing_items(self, flags: list[bool], size: int) -> None:
        """For any items, any of them that change something and any group size, group testing
        returns exactly those, in order, each seen changing in a test of its own."""
        items = [f"rule{i}" for i in range(len(flags))]
        changing = {item for item, flag in zip(items, flags, strict=True) if flag}
        oracle = Oracle(changing)
        found = group_test(items, oracle, size)
        assert found == [item for item in items if item in changing]
        assert all((item,) in oracle.asked for item in found)
        assert all(len(group) <= size for group in oracle.asked)

    @given(
        st.lists(st.booleans(), max_size=150),
        st.integers(min_value=1, max_value=70),
        st.sets(st.integers(min_value=0, max_value=150)),
    )
    def test_false_alarms_on_groups_cost_tests_not_answers(
        self, flags: list[bool], size: int, alarms: set[int]
    ) -> None:
        """An oracle that also says yes for some groups with no changing item (a reading that
        asked about other rules) still leads to exactly the changing items."""
        items = list(range(len(flags)))
        changing = {item for item in items if flags[item]}
        oracle = Oracle(changing)

        def cautious(group: Sequence[int]) -> bool:
            return oracle(group) or (len(group) > 1 and group[0] in alarms)

        assert [item for item in items if item in changing] == group_test(items, cautious, size)

    def test_unchanged_groups_cost_one_test_each(self) -> None:
        """With nothing changing, each group of ``size`` is tested once."""
        oracle = Oracle(set())
        assert [] == group_test(list(range(100)), oracle, 32)
        assert [32, 32, 32, 4] == [len(g) for g in oracle.asked]

    def test_a_changed_group_is_halved_down_to_single_items(self) -> None:
        """One changing item among eight takes the group, its halves, quarters and single items."""
        oracle = Oracle({5})
        assert [5] == group_test(list(range(8)), oracle, 8)
        tried = [(0, 1, 2, 3, 4, 5, 6, 7), (0, 1, 2, 3), (4, 5, 6, 7), (4, 5), (4,), (5,), (6, 7)]
        assert tried == oracle.asked

    def test_no_items(self) -> None:
        """Nothing to test: no tests, nothing found."""
        oracle = Oracle({1})
        assert [] == group_test([], oracle, 4)
        assert [] == oracle.asked

    def test_group_size_must_be_positive(self) -> None:
        """A group size below one is an error."""
        with pytest.raises(ValueError, match="at least 1"):
            group_test([1, 2], Oracle(set()), 0)


class TestChangesOf:
    TEXT = "سیکیورٹی فورسز نے شمالی وزیرستان میں دہشت گردوں کے خلاف آپریشن کیا۔"

    def test_groups_find_what_single_rules_do(self) -> None:
        """On an invented sentence, rules tried in groups change the same readings as each
        rule tried alone, and a rule switched off reads as ``IncidentExtractor(disable=...)``."""
        record = {"id": "t", "text": self.TEXT, "published": "2024-03-05"}
        incidents = SCRIPT._Switched(IncidentExtractor())
        pipeline = Pipeline([incidents, ClaimExtractor()])
        with consulted() as asked:
            base = SCRIPT._read(pipeline, record)
        rules = [*sorted(asked)[:40], "roles.against"]
        grouped, _ = SCRIPT._changes_of(pipeline, incidents, record, base, asked, rules, 8)
        alone, readings = SCRIPT._changes_of(pipeline, incidents, record, base, asked, rules, 1)
        assert len(rules) == readings
        assert "roles.against" in alone
        assert grouped == alone
        disabled = Pipeline([IncidentExtractor(disable=["roles.against"]), ClaimExtractor()])
        assert alone["roles.against"] == SCRIPT._read(disabled, record)
