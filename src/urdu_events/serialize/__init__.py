"""Serialization: a cattrs converter for the models, and named output formats.

Serialization lives in a converter, not in the models. :func:`make_converter`
returns a :class:`cattrs.Converter` with hooks for every model: enums become
their values, dates ISO strings, tuples lists; loading checks types strictly
(a number where a string belongs is an error, not silently converted) and
reports every bad field at once as a cattrs ``ClassValidationError`` group
whose paths :func:`cattrs.transform_error` turns into readable messages.

Output formats are serializers registered by name (``json``, ``jsonl``,
``csv``); plugins add more through the ``urdu_events.serializers`` entry-point
group. A plugin that adds model types ships its own
``configure_converter(converter)``.

>>> from urdu_events import Document
>>> from urdu_events.serialize import make_converter
>>> conv = make_converter()
>>> conv.unstructure(Document("d1", "متن"))["schema_version"]
'1.1'
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any

import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote

from .. import models
from ..exceptions import InvalidDocumentError, SchemaVersionError
from ..models import SCHEMA_VERSION, Document

__all__ = [
    "MIGRATIONS",
    "Migration",
    "configure_converter",
    "document_from_dict",
    "document_to_dict",
    "make_converter",
    "migrate",
]


def _strict(kind: type[Any], *accept: type[Any]) -> Any:
    allowed = accept or (kind,)

    def hook(value: Any, _: Any) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {kind.__name__}, got a boolean")
        if not isinstance(value, allowed):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        return kind(value)

    return hook


def _structure_date(value: Any, _: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__} {value!r}")
    return dt.date.fromisoformat(value[:10])


_MODEL_ENUMS: tuple[type[enum.Enum], ...] = tuple(
    obj
    for obj in vars(models).values()
    if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__module__ == models.__name__
)


def _structure_enum(value: Any, enum_type: type[enum.Enum]) -> enum.Enum:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum_type)
        raise ValueError(f"{value!r} is not one of {allowed}") from None


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _list_only(converter: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    """A structure hook for ``tuple[X, ...]`` that accepts only a list (not ``{}`` or ``""``)."""

    def hook(value: Any, kind: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected a list, got {type(value).__name__} {value!r:.40}")
        item = typing.get_args(kind)[0]
        items: list[Any] = []
        errors: list[Exception] = []
        for index, element in enumerate(value):
            try:
                items.append(converter.structure(element, item))
            except Exception as exc:
                note = IterableValidationNote(f"Structuring {kind} @ index {index}", index, item)
                exc.__notes__ = [*getattr(exc, "__notes__", []), note]  # type: ignore[attr-defined]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
        return tuple(items)

    return hook


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def configure_converter(converter: cattrs.Converter, *, forbid_extra_keys: bool = False) -> None:
    """Register the hooks urdu-events needs on ``converter``.

    Args:
        converter: The converter to configure (modified in place).
        forbid_extra_keys: Reject unknown keys when loading instead of ignoring them.
    """
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda e: e.value
    )
    converter.register_structure_hook(str, _strict(str))
    converter.register_structure_hook(int, _strict(int))
    converter.register_structure_hook(float, _strict(float, int, float))
    converter.register_structure_hook(bool, _strict(bool))
    converter.register_structure_hook_func(_is_homogeneous_tuple, _list_only(converter))
    # The models' enums subclass str; give each its own hook so the str hook does not win.
    for enum_type in _MODEL_ENUMS:
        converter.register_structure_hook(enum_type, _structure_enum)
        converter.register_unstructure_hook(enum_type, _enum_value)
    converter.forbid_extra_keys = forbid_extra_keys


def make_converter(*, forbid_extra_keys: bool = False) -> cattrs.Converter:
    """Return a new converter configured for every urdu-events model.

    Args:
        forbid_extra_keys: Reject unknown keys when loading instead of ignoring them.
    """
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=forbid_extra_keys)
    configure_converter(converter, forbid_extra_keys=forbid_extra_keys)
    return converter


_CONVERTER = make_converter()
_STRICT_CONVERTER = make_converter(forbid_extra_keys=True)


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The Document JSON object of ``doc`` (keys as in GUIDELINES.md, plus spans)."""
    result: dict[str, Any] = _CONVERTER.unstructure(doc)
    return result


#: A function that upgrades a Document JSON object by one major schema version.
Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: Upgrades by the major version they start from. Schema 1.0 is the first
#: released layout, so there are none yet; each future major version adds one.
MIGRATIONS: dict[int, Migration] = {}

_CURRENT_MAJOR = int(SCHEMA_VERSION.split(".")[0])


_VERSION = re.compile(r"([0-9]{1,6})\.[0-9]{1,6}")


def _major(data: Mapping[str, Any]) -> int:
    version = data.get("schema_version", SCHEMA_VERSION)
    match = _VERSION.fullmatch(version) if isinstance(version, str) else None
    if match is None:
        raise SchemaVersionError(f"schema_version must be a string like '1.0', got {version!r:.40}")
    return int(match.group(1))


def migrate(data: Mapping[str, Any]) -> dict[str, Any]:
    """Upgrade a Document JSON object to the current schema version.

    Minor versions only add optional keys, so only major versions migrate.

    Raises:
        SchemaVersionError: If ``data`` is from a newer major version, or from an
            older one that no migration covers.
    """
    result = dict(data)
    major = _major(result)
    if major > _CURRENT_MAJOR:
        raise SchemaVersionError(
            f"this document uses schema {result['schema_version']}, newer than the {SCHEMA_VERSION} "
            "this version of urdu-events reads; upgrade urdu-events to load it"
        )
    while major < _CURRENT_MAJOR:
        if major not in MIGRATIONS:
            raise SchemaVersionError(f"no migration from schema {major}.x to {SCHEMA_VERSION}")
        result = MIGRATIONS[major](result)
        major = _major(result)
    return result


def document_from_dict(data: Mapping[str, Any], *, forbid_extra_keys: bool = False) -> Document:
    """Load a :class:`Document` from its JSON object.

    Args:
        data: A parsed Document JSON object.
        forbid_extra_keys: Reject unknown keys instead of ignoring them.

    Raises:
        InvalidDocumentError: If ``data`` is not a mapping.
        SchemaVersionError: If ``data`` was written by a newer major schema
            version (older ones are migrated, see :func:`migrate`), or its
            ``schema_version`` is not like ``"1.0"``.
        cattrs.errors.ClassValidationError: If fields are missing or have the wrong
            types (a list given as an object or a string included);
            :func:`cattrs.transform_error` lists them with their paths.
    """
    if not isinstance(data, Mapping):
        raise InvalidDocumentError(f"a Document JSON value must be an object, got {type(data).__name__}")
    converter = _STRICT_CONVERTER if forbid_extra_keys else _CONVERTER
    return converter.structure(migrate(data), Document)
