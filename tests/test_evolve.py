"""urdu_events._evolve.evolve makes what attrs.evolve makes."""

from __future__ import annotations

import attrs
import pytest

from urdu_events._evolve import evolve


@attrs.define
class _Plain:
    a: int
    _b: str = "b"
    c: tuple[int, ...] = attrs.field(default=(), converter=tuple)
    d: int = attrs.field(init=False, default=7)


@attrs.frozen
class _KwOnly:
    a: int
    b: int = attrs.field(default=0, kw_only=True)


def test_same_as_attrs_evolve() -> None:
    p = _Plain(1, "x", [2, 3])
    for changes in ({}, {"a": 5}, {"b": "y", "c": [4]}):
        assert evolve(p, **changes) == attrs.evolve(p, **changes)
    assert evolve(p, a=9) is not p
    k = _KwOnly(1, b=2)
    assert evolve(k, b=3) == attrs.evolve(k, b=3) == _KwOnly(1, b=3)


def test_unknown_field_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        evolve(_Plain(1), e=2)
    with pytest.raises(TypeError):
        attrs.evolve(_Plain(1), e=2)
