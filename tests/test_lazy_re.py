"""Patterns compiled on first use (``urdu_events._lazy_re``) answer as compiled ones do."""

from __future__ import annotations

import importlib
import pickle
import pkgutil
import re

import pytest

import urdu_events
from urdu_events._lazy_re import LazyPattern, created, lazy_compile

SOURCE = r"(?<!\w)(?P<n>\d+) (?:زخمی|ہلاک)(?!\w)"
TEXT = "دھماکے میں 3 ہلاک اور 12 زخمی ہو گئے"


def test_not_compiled_until_used() -> None:
    lazy = lazy_compile(SOURCE)
    assert lazy.pattern == SOURCE
    assert "search" not in vars(lazy)
    assert lazy.search(TEXT) is not None
    assert "search" in vars(lazy)


def test_same_answers_as_compiled() -> None:
    lazy, compiled = lazy_compile(SOURCE), re.compile(SOURCE)
    assert lazy.search(TEXT)[0] == compiled.search(TEXT)[0]  # type: ignore[index]
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert lazy.findall(TEXT) == compiled.findall(TEXT)
    assert lazy.sub("#", TEXT) == compiled.sub("#", TEXT)
    assert lazy.split(TEXT) == compiled.split(TEXT)
    assert lazy.match(TEXT, 11) is not None and compiled.match(TEXT, 11) is not None
    assert lazy.fullmatch("3 ہلاک") is not None
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        compiled.flags,
        compiled.groups,
        dict(compiled.groupindex),
    )


def test_flags_and_inline_flags() -> None:
    assert lazy_compile("(?m)^a", re.I).flags == re.compile("(?m)^a", re.I).flags


def test_pickles_as_its_source() -> None:
    lazy = lazy_compile(SOURCE)
    lazy.search(TEXT)
    back = pickle.loads(pickle.dumps(lazy))
    assert isinstance(back, LazyPattern)
    assert back.pattern == SOURCE and back.search(TEXT) is not None


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError):
        lazy_compile(SOURCE).no_such_thing  # type: ignore[attr-defined]  # noqa: B018


def test_module_name_bound_to_the_compiled_pattern() -> None:
    """At its first use, the module's name for a pattern is bound to the compiled pattern."""
    home: dict[str, object] = {}
    exec("from urdu_events._lazy_re import lazy_compile\n_X = lazy_compile(r'\\d+')\nKEEP = (_X,)", home)
    lazy = home["_X"]
    assert isinstance(lazy, LazyPattern)
    assert lazy.search("a 12") is not None
    assert type(home["_X"]) is re.Pattern and home["_X"] == re.compile(r"\d+")
    assert home["KEEP"] == (lazy,)  # held elsewhere: still the object, now answering directly
    assert lazy.search("b 3") is not None


def package_patterns() -> list[LazyPattern]:
    """Every lazy pattern of the package's modules (imported here)."""
    for info in pkgutil.walk_packages(urdu_events.__path__, "urdu_events."):
        if info.name.split(".")[-1] in {"__main__", "dask", "plot", "display", "dataframe"}:
            continue  # runs the CLI, or needs an optional dependency; none defines a pattern
        importlib.import_module(info.name)
    return [
        p
        for p in created()
        if p._home is not None and str(p._home.get("__name__", "")).startswith("urdu_events.")
    ]


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    """A malformed pattern would fail only on first use: compile every one of the package here."""
    patterns = package_patterns()
    assert len(patterns) > 500
    for lazy in patterns:
        assert lazy.compiled().pattern == lazy.pattern


def test_prefilter_reads_a_lazy_pattern_as_the_compiled_one() -> None:
    """The prefilter's literals and first letters of an uncompiled pattern are those of the
    compiled one (the flags a source sets, "(?i)" among them, are read from its parse)."""
    from urdu_events.extractors._prefilter import _parse, first_letters, required_literals

    sources = [
        (r"\s*(?:کے|نے)\s", 0),
        (r"(?i)\s*(?:ab|cd)", 0),
        (r"\s*(?:ab|cd)", re.IGNORECASE),
        (r"(?m)^(?:خلاف|حملہ)\s", 0),
        *((p.pattern, p.source_flags) for p in package_patterns()),
    ]
    for source, flags in sources:
        compiled = re.compile(source, flags)
        assert first_letters(LazyPattern(source, flags)) == first_letters(compiled), source
        assert required_literals(LazyPattern(source, flags)) == required_literals(compiled), source
        parsed = _parse(LazyPattern(source, flags))
        assert parsed is None or parsed.state.flags == compiled.flags, source
