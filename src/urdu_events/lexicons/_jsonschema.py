"""JSON Schemas (draft 2020-12) of lexicon files, generated from the entry classes.

The files in ``urdu_events/lexicons/schema/`` are this module's output, written
by ``scripts/write_lexicon_schemas.py``; a test checks they are up to date.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs

from .entries import ENTRY_TYPES, Term

__all__ = ["json_schema", "schema_kinds"]

_PRIMITIVES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    Term: {"type": "string", "pattern": "\\S"},
}


def _schema_for(tp: Any) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp in _PRIMITIVES:
        return dict(_PRIMITIVES[tp])
    if tp is type(None):
        return {"type": "null"}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_for(arg) for arg in typing.get_args(tp)]}
    if origin is tuple:
        return {"type": "array", "items": _schema_for(typing.get_args(tp)[0])}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - an entry-class bug


def _json_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else list(value) if isinstance(value, tuple) else value


def _entry_schema(cls: type[Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    for field in attrs.fields(cls):
        prop = _schema_for(hints[field.name])
        if "doc" in field.metadata:
            prop["description"] = field.metadata["doc"]
        if field.default is not attrs.NOTHING:
            prop["default"] = _json_value(field.default)
        props[field.name] = prop
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0].replace("``", ""),
        "properties": props,
        "required": [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING],
        "additionalProperties": False,
    }


def schema_kinds() -> tuple[str, ...]:
    """The lexicon kinds whose entries have a schema (the others are free-form).

    .. versionadded:: 0.1.0
    """
    return tuple(sorted(ENTRY_TYPES))


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a lexicon file of ``kind``, for editors and other tools.

    Args:
        kind: One of :func:`schema_kinds`.

    Raises:
        InvalidArgumentError: If ``kind`` has no schema.

    .. versionadded:: 0.1.0
    """
    from ..exceptions import InvalidArgumentError

    if kind not in ENTRY_TYPES:
        raise InvalidArgumentError(
            f"no schema for lexicon kind {kind!r} (its entries are free-form); "
            f"kinds with a schema: {', '.join(schema_kinds())}"
        )
    cls = ENTRY_TYPES[kind]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://urdu-events.readthedocs.io/schema/lexicon-{kind}.json",
        "title": f"urdu-events lexicon of kind {kind}",
        "type": "object",
        "properties": {
            "$schema": {"type": "string", "description": "Where editors find this schema."},
            "name": {"type": "string", "pattern": "\\S", "description": "The lexicon's unique name."},
            "kind": {"const": kind},
            "version": {
                "type": "string",
                "pattern": "\\S",
                "description": "The lexicon's own version, bumped whenever entries change.",
            },
            "description": {"type": "string", "description": "What the lexicon covers."},
            "entries": {"type": "array", "items": {"$ref": f"#/$defs/{cls.__name__}"}},
        },
        "required": ["name", "kind", "version", "entries"],
        "additionalProperties": False,
        "$defs": {cls.__name__: _entry_schema(cls)},
    }
