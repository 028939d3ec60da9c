"""Tests for switching the incident reader's named rules off."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.extractors._rules import consulted, on, switched_off
from urdu_events.extractors.incidents import READINGS, RULES, IncidentExtractor
from urdu_events.models import Document, Role

RULE_CARDS = Path(__file__).resolve().parents[1] / "data" / "rules"


def _roles(extractor: IncidentExtractor, text: str) -> dict[str, Role]:
    (incident,) = extractor(Document("t", text)).incidents
    return {a.name: a.role for a in incident.actors}


class TestDisable:
    def test_unknown_rule_is_rejected_with_the_closest_ones(self) -> None:
        """A misspelled rule id is an error that suggests the closest ids, not all of them."""
        with pytest.raises(
            InvalidArgumentError, match=r"no reading rule 'roles\.agianst' \(did you mean roles\.against"
        ) as err:
            IncidentExtractor(disable=["roles.agianst"])
        assert "roles.lexicon-default" not in str(err.value)
        assert "RULES" in str(err.value)

    def test_unknown_rule_far_from_any_gets_no_suggestion(self) -> None:
        """An id like no rule's is named without a guess, with where the ids are listed."""
        with pytest.raises(InvalidArgumentError, match=r"no reading rule 'zzz'; the \d+ rule ids") as err:
            IncidentExtractor(disable=["zzz"])
        assert "did you mean" not in str(err.value)

    def test_a_switched_off_rule_no_longer_applies(self) -> None:
        """With ``roles.against`` off, "X کے خلاف آپریشن" no longer makes X the target."""
        text = "سیکیورٹی فورسز نے شمالی وزیرستان میں دہشت گردوں کے خلاف آپریشن کیا۔"
        assert Role.TARGET == _roles(IncidentExtractor(), text)["دہشت گردوں"]
        assert Role.TARGET != _roles(IncidentExtractor(disable=["roles.against"]), text).get("دہشت گردوں")

    def test_switch_lasts_one_call(self) -> None:
        """An extractor with a rule off leaves other extractors' readings alone."""
        text = "سیکیورٹی فورسز نے شمالی وزیرستان میں دہشت گردوں کے خلاف آپریشن کیا۔"
        IncidentExtractor(disable=["roles.against"])(Document("t", text))
        assert Role.TARGET == _roles(IncidentExtractor(), text)["دہشت گردوں"]


class TestSwitch:
    def test_off_inside_the_block_only(self) -> None:
        """A rule switched off is off inside the ``with`` block, for this context only: the
        other rules, the code after the block and another thread read it on."""
        assert on("roles.against")
        seen: list[bool] = []
        with switched_off(["roles.against"]):
            assert not on("roles.against")
            assert on("roles.attacker-killed")
            other = threading.Thread(target=lambda: seen.append(on("roles.against")))
            other.start()
            other.join()
        assert seen == [True]
        assert on("roles.against")

    def test_nested_switches_add_up(self) -> None:
        """A switch inside another keeps the outer rules off, so an extractor's own ``disable``
        inside a caller's switch adds to it, and the outer switch holds again after it."""
        text = "سیکیورٹی فورسز نے شمالی وزیرستان میں دہشت گردوں کے خلاف آپریشن کیا۔"
        with switched_off(["roles.against"]):
            with switched_off(["roles.attacker-killed"]):
                assert not on("roles.against")
                assert not on("roles.attacker-killed")
            assert on("roles.attacker-killed")
            assert Role.TARGET != _roles(IncidentExtractor(), text).get("دہشت گردوں")
        assert Role.TARGET == _roles(IncidentExtractor(), text)["دہشت گردوں"]

    def test_nothing_switched_off(self) -> None:
        """An empty switch leaves every rule on."""
        with switched_off([]):
            assert on("roles.against")


class TestConsulted:
    TEXT = "سیکیورٹی فورسز نے شمالی وزیرستان میں دہشت گردوں کے خلاف آپریشن کیا۔"

    def test_records_the_rules_asked(self) -> None:
        """The set holds every rule a reading asked about, on or off, and the reading is the
        same as without the recording."""
        plain = IncidentExtractor()(Document("t", self.TEXT))
        with consulted() as asked:
            recorded = IncidentExtractor()(Document("t", self.TEXT))
        assert plain == recorded
        assert "roles.against" in asked
        assert asked <= RULES.keys()
        with switched_off(["roles.against"]), consulted() as asked_off:
            IncidentExtractor()(Document("t", self.TEXT))
        assert "roles.against" in asked_off

    def test_rules_not_consulted_change_nothing(self) -> None:
        """Every rule the reading did not ask about, switched off at once, reads the same."""
        with consulted() as asked:
            plain = IncidentExtractor()(Document("t", self.TEXT))
        assert plain == IncidentExtractor(disable=RULES.keys() - asked)(Document("t", self.TEXT))

    def test_records_inside_the_block_and_this_context_only(self) -> None:
        """Asks after the block or in another thread are not recorded; a nested block records
        its own asks, which the outer block gains when it ends."""
        with consulted() as outer:
            on("roles.against")
            other = threading.Thread(target=lambda: on("roles.including"))
            other.start()
            other.join()
            with consulted() as inner:
                on("counts.listed-people")
            assert {"counts.listed-people"} == inner
        on("roles.attacker-killed")
        assert {"roles.against", "counts.listed-people"} == outer


class TestRuleCards:
    def test_every_rule_has_a_card(self) -> None:
        """Each named rule has at least one rule card with its id."""
        ids = {
            json.loads(line)["rule"]
            for path in RULE_CARDS.glob("*.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        assert [] == sorted(set(RULES) - ids)


class TestDocs:
    def test_every_rule_is_in_the_incidents_page(self) -> None:
        """docs/incidents.md names every rule id (in its ablation table)."""
        page = (Path(__file__).resolve().parents[2] / "docs" / "incidents.md").read_text(encoding="utf-8")
        assert [] == [rule for rule in sorted(RULES) if f"`{rule}`" not in page]

    def test_every_basic_reading_is_in_the_incidents_page(self) -> None:
        """docs/incidents.md lists every basic reading a reason may name."""
        page = (Path(__file__).resolve().parents[2] / "docs" / "incidents.md").read_text(encoding="utf-8")
        assert [] == [reading for reading in sorted(READINGS) if f"`{reading}`" not in page]
