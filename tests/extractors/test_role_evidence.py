"""Each actor's role agrees with the rule its reason names.

A rule that only ever gives one role (``roles.lexicon-default`` gives perpetrators,
``roles.case-marker`` targets) is named by the code next to that role's literal: ``return
"target", "roles.case-marker"``, ``evolve(a, role="target", rule="roles.unnamed-struck-by-force")``.
A later step that changes an actor's role must name its own rule, or the reason would say that
the lexicon made a perpetrator of a target. The role cards' sentences are read, and every actor
whose reason names such a rule must have one of the roles the code gives next to it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from urdu_events.extractors.incidents import IncidentExtractor
from urdu_events.models import Document

_SRC = Path(__file__).resolve().parents[2] / "src" / "urdu_events" / "extractors"
_CARDS = Path(__file__).resolve().parents[1] / "data" / "rules" / "roles.jsonl"
_RULE = r"(roles\.[a-z0-9.-]+)"
#: A role literal right before a rule id: '"target", "roles.x"', '"target"), "roles.x"',
#: 'role="target", rule="roles.x"', 'Role.TARGET), "roles.x"'.
_PAIRS = (
    re.compile(rf'"(perpetrator|target)"\)?,\s*"{_RULE}"'),
    re.compile(rf'role="(perpetrator|target)",\s*(?:by_default=\w+,\s*)?rule="{_RULE}"'),
    re.compile(rf'Role\.(TARGET|PERPETRATOR)\)?,\s*"{_RULE}"'),
)


def _roles_of_rules() -> dict[str, frozenset[str]]:
    """The roles the code gives next to each rule id that it only ever gives literally."""
    found: dict[str, set[str]] = {}
    for path in sorted(_SRC.glob("_incident_*.py")):
        text = path.read_text(encoding="utf-8")
        for pattern in _PAIRS:
            for role, rule in pattern.findall(text):
                found.setdefault(rule, set()).add(role.lower())
    return {rule: frozenset(roles) for rule, roles in found.items()}


ROLES_OF_RULES = _roles_of_rules()


def _texts() -> list[tuple[str, str | None]]:
    out = []
    for line in _CARDS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            card = json.loads(line)
            out.append((card["text"], card.get("published")))
    return out


def test_the_code_names_roles_of_rules() -> None:
    """The reading of the code finds the rules this test is about."""
    assert ROLES_OF_RULES["roles.lexicon-default"] == {"perpetrator"}
    assert ROLES_OF_RULES["roles.unnamed-struck-by-force"] == {"target"}
    assert ROLES_OF_RULES["roles.case-marker"] == {"target"}


@pytest.mark.slow
def test_every_role_agrees_with_its_rule() -> None:
    """Over the role cards' sentences, no actor has a role its reason's rule never gives."""
    extractor = IncidentExtractor(plugins=False)
    wrong = []
    for i, (text, published) in enumerate(_texts()):
        day = dt.date.fromisoformat(published) if published else None
        for incident in extractor(Document(str(i), text, published=day)).incidents:
            for reason in incident.reasons:
                if reason.field != "actor":
                    continue
                role = reason.value.rpartition(" (")[2]
                allowed = ROLES_OF_RULES.get(reason.rule)
                if allowed is not None and role.rstrip(")") not in allowed:
                    wrong.append(f"{reason.rule}: {reason.value} in {text}")
    assert wrong == []
