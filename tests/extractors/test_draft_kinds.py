"""The event-word kinds an incident draft keeps (``_Draft.first_of_kinds``) against reading every
clause again, whatever is done to its list of clauses (or a list assigned in its place)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from urdu_events.extractors._incident_build import _ClauseList, _Draft, _kinds
from urdu_events.extractors._incident_index import Hit
from urdu_events.extractors._incident_lexicon import TriggerTerm
from urdu_events.extractors._incident_read import Clause
from urdu_events.models import SubEventType

_KINDS = ("attack", "explosion", "arrest", "air", "clash")


def _clause(n: int, kinds: list[str]) -> Clause:
    term = [TriggerTerm(SubEventType.ATTACK, k, 1, True) for k in kinds]
    hits = [Hit(10 * n + i, 10 * n + i + 1, k, t) for i, (k, t) in enumerate(zip(kinds, term, strict=True))]
    return Clause(10 * n, 10 * n + 9, n, triggers=hits)


def _first_read_again(draft: _Draft, kinds: frozenset[str]) -> Hit[TriggerTerm] | None:
    return next((h for c in draft.clauses for h in c.triggers if h.value.kind in kinds), None)


_clauses = st.lists(st.lists(st.sampled_from(_KINDS), max_size=3), max_size=6)
_edits = st.lists(
    st.tuples(
        st.sampled_from(("append", "extend", "insert", "remove", "pop", "set", "sort", "assign")), _clauses
    ),
    max_size=6,
)


@given(_clauses, _edits)
def test_kept_kinds_follow_every_edit(
    first: list[list[str]], edits: list[tuple[str, list[list[str]]]]
) -> None:
    draft = _Draft([_clause(i, k) for i, k in enumerate(first)], main=True, date=None)
    made = len(first)
    for edit, more in edits:
        new = [_clause(made + i, k) for i, k in enumerate(more)]
        made += len(more)
        cs = draft.clauses
        if edit == "append" and new:
            cs.append(new[0])
        elif edit == "extend":
            cs.extend(new)
        elif edit == "insert" and new:
            cs.insert(0, new[0])
        elif edit == "remove" and cs:
            cs.remove(cs[len(cs) // 2])
        elif edit == "pop" and cs:
            cs.pop(0)
        elif edit == "set" and cs and new:
            cs[0] = new[0]
        elif edit == "sort":
            cs.sort(key=lambda c: -c.start)
        elif edit == "assign":
            draft.clauses = [*new, *cs]
        # made a _ClauseList by the draft; a list assigned later stays plain and is read whole
        assert isinstance(draft.clauses, _ClauseList) or any(e == "assign" for e, _ in edits)
        assert _kinds(draft) == {h.value.kind for c in draft.clauses for h in c.triggers}
        for kinds in (frozenset({"air", "explosion"}), frozenset({"arrest"})):
            assert draft.first_trigger(kinds) is _first_read_again(draft, kinds)
