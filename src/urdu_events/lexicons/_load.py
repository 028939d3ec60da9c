"""Loading lexicon entries into their typed schemas, reporting every problem at once.

One cattrs converter (the serialization converter, with unknown keys forbidden)
structures each entry into the class of its kind. Its grouped errors are turned
into one readable line per problem with :func:`cattrs.transform_error`, naming the
entry by its index and term and the field by its path.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Mapping, Sequence
from typing import Any, get_args

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from cattrs.v import transform_error

from ..serialize import make_converter
from .entries import ENTRY_TYPES, Term

__all__ = ["entry_problems"]


def _structure_term(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__} {value!r}")
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _is_literal(tp: Any) -> bool:
    return getattr(tp, "__origin__", None) is not None and repr(tp).startswith("typing.Literal")


def _structure_literal(value: Any, tp: Any) -> Any:
    allowed = get_args(tp)
    if isinstance(value, bool) or value not in allowed:
        raise ValueError(f"{value!r} is not one of {', '.join(map(repr, allowed))}")
    return value


def _is_term_tuple(tp: Any) -> bool:
    return getattr(tp, "__origin__", None) is tuple and get_args(tp) == (Term, ...)


def _structure_terms(value: Any, _: Any) -> tuple[str, ...]:
    # A bare string would otherwise be read as a list of its letters.
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list of strings, got {type(value).__name__} {value!r}")
    for i, item in enumerate(value):
        try:
            _structure_term(item, Term)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"item {i}: {exc}") from None
    return tuple(value)


@functools.cache
def _converter() -> cattrs.Converter:
    converter = make_converter(forbid_extra_keys=True)
    converter.register_structure_hook(Term, _structure_term)
    converter.register_structure_hook_func(_is_literal, _structure_literal)
    converter.register_structure_hook_func(_is_term_tuple, _structure_terms)
    return converter


def _format(exc: BaseException, _type: Any, *, keys: Sequence[str]) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        parts = []
        for key in sorted(exc.extra_fields):
            close = difflib.get_close_matches(key, keys, n=1, cutoff=0.5)
            parts.append(f"{key!r} (did you mean {close[0]!r}?)" if close else repr(key))
        noun = "key" if len(parts) == 1 else "keys"
        return f"unknown {noun} {', '.join(parts)}; the keys of this kind are: {', '.join(keys)}"
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, (TypeError, ValueError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"  # pragma: no cover - cattrs raises only the above


def _where(index: int, raw: object, path: str) -> str:
    term = raw.get("term") if isinstance(raw, Mapping) else None
    entry = f"entry {index} ({term!r})" if isinstance(term, str) else f"entry {index}"
    field = path.removeprefix("$").removeprefix(".")
    return f"{entry}, key {field}" if field else entry


def entry_problems(kind: str, entries: Sequence[object]) -> tuple[tuple[Any, ...], list[str]]:
    """Structure ``entries`` into the class of ``kind``; return them and every problem found.

    Args:
        kind: A kind of :data:`~urdu_events.lexicons.entries.ENTRY_TYPES`.
        entries: The raw entries, as read from JSON.

    Returns:
        The typed entries (those without problems) and one line per problem.
    """
    cls = ENTRY_TYPES[kind]
    keys = [f.name for f in attrs.fields(cls)]
    fmt = functools.partial(_format, keys=keys)
    converter = _converter()
    typed: list[Any] = []
    problems: list[str] = []
    first_of: dict[tuple[object, ...], int] = {}
    for index, raw in enumerate(entries):
        if not isinstance(raw, Mapping):
            problems.append(f"{_where(index, raw, '')}: expected a JSON object, got {type(raw).__name__}")
            continue
        try:
            entry = converter.structure(raw, cls)
        except ClassValidationError as exc:
            for line in transform_error(exc, path="$", format_exception=fmt):
                message, _, path = line.rpartition(" @ ")
                problems.append(f"{_where(index, raw, path)}: {message}")
            continue
        typed.append(entry)
        if kind == "word_classes":
            problems += _second_entry(index, raw, entry, first_of)
    return tuple(typed), problems


def _second_entry(index: int, raw: object, entry: Any, first_of: dict[tuple[object, ...], int]) -> list[str]:
    """A word class named by two entries of one lexicon that read their words alike (the same
    ``match`` and ``paradigm``): most often a new class given a name already taken, whose words
    would silently join the old class's. (Entries that differ in ``match`` or ``paradigm`` are
    one class read in two ways, and their words add up by design.)"""
    key = (entry.term, entry.match, entry.paradigm)
    first = first_of.setdefault(key, index)
    if first == index:
        return []
    return [
        f"{_where(index, raw, 'term')}: the class {entry.term!r} already has entry {first} with "
        f"match {entry.match!r}; join their words, or give the new class a name of its own"
    ]
