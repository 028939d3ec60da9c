"""JSON Schema (draft 2020-12) of Document JSON, derived from the models.

The schema is generated from the attrs classes' type hints, so it cannot drift
from what :func:`~urdu_events.serialize.document_to_dict` writes. Keys without a
default are required; everything else is optional on input and always present
on output.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from ..models import SCHEMA_VERSION, Document

__all__ = ["json_schema"]

_PRIMITIVES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
}


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp in _PRIMITIVES:
        return dict(_PRIMITIVES[tp])
    if tp is type(None):
        return {"type": "null"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_for(arg, defs) for arg in typing.get_args(tp)]}
    if origin is tuple:
        return {"type": "array", "items": _schema_for(typing.get_args(tp)[0], defs)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion
            defs[tp.__name__] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - a model bug


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {f.name: _schema_for(hints[f.name], defs) for f in attrs.fields(cls) if f.init}
    required = [f.name for f in attrs.fields(cls) if f.init and f.default is attrs.NOTHING]
    schema: dict[str, Any] = {"type": "object", "properties": props}
    if cls.__doc__:
        schema["description"] = cls.__doc__.strip().splitlines()[0]
    if required:
        schema["required"] = required
    return schema


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of one Document JSON object."""
    defs: dict[str, Any] = {}
    root = _object_schema(Document, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://urdu-events.readthedocs.io/schema/document-{SCHEMA_VERSION}.json",
        "title": "urdu-events Document",
        **root,
        "$defs": dict(sorted(defs.items())),
    }
