"""Tests for the readers' ``evolve``: the instance ``attrs.evolve`` makes, made cheaper."""

from __future__ import annotations

import attrs
import pytest

from urdu_events._evolve import evolve
from urdu_events.models import Count, Span


@attrs.define
class _Mixed:
    a: int
    _private: str = "p"
    derived: int = attrs.field(init=False, default=0)
    items: list[int] = attrs.Factory(list)


@attrs.frozen
class _One:
    only: int


@attrs.define
class _Empty:
    pass


@pytest.mark.parametrize(
    ("inst", "changes"),
    [
        (_Mixed(1, private="x", items=[2]), {"a": 5}),
        (_Mixed(1), {"private": "changed"}),
        (_Mixed(1), {}),
        (_One(3), {"only": 4}),
        (_One(3), {}),
        (_Empty(), {}),
        (Span(0, 2, "ab"), {"start": 1, "text": "b"}),
        (Count(1, 3), {"max": 5}),
    ],
)
def test_same_as_attrs_evolve(inst: object, changes: dict[str, object]) -> None:
    """The same new instance as attrs.evolve, field by field, and a new object."""
    ours, theirs = evolve(inst, **changes), attrs.evolve(inst, **changes)
    assert ours == theirs
    assert type(ours) is type(theirs)
    assert ours is not inst
    assert attrs.asdict(ours, recurse=False) == attrs.asdict(theirs, recurse=False)


def test_unknown_field_raises_like_attrs() -> None:
    """A change that is no init field fails as in attrs.evolve."""
    with pytest.raises(TypeError):
        attrs.evolve(_Mixed(1), derived=3)
    with pytest.raises(TypeError):
        evolve(_Mixed(1), derived=3)


def test_checks_of_the_class_still_run() -> None:
    """The new instance goes through __init__ (a Span's offsets are still checked)."""
    from urdu_events import OffsetError

    with pytest.raises(OffsetError):
        evolve(Span(0, 2, "ab"), end=5)
