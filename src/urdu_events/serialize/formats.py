"""The registry of output formats and the built-in ones."""

from __future__ import annotations

from ..registry import serializers as _registry
from ..typing import Serializer

__all__ = ["get_serializer", "register_builtins"]


def register_builtins() -> None:
    """Register ``json``, ``jsonl``, ``csv`` and ``geojson`` (idempotent)."""
    from ..geojson import GeoJsonSerializer
    from .csv import CsvSerializer
    from .json import JsonLinesSerializer, JsonSerializer

    _registry.register("json", JsonSerializer)
    _registry.register("jsonl", JsonLinesSerializer)
    _registry.register("csv", CsvSerializer)
    _registry.register("geojson", GeoJsonSerializer)


def get_serializer(name: str, /, **options: object) -> Serializer:
    """Return a ready serializer for format ``name``.

    Raises:
        ExtractorNotFoundError: If no format of that name is registered; the
            message lists those that are.
        InvalidArgumentError: If the object registered is not a serializer.
    """
    from ..exceptions import InvalidArgumentError

    register_builtins()
    obj = _registry.create(name, **options)
    if not isinstance(obj, Serializer) or isinstance(obj, type):
        raise InvalidArgumentError(f"format {name!r} is not a serializer (needs name, extension, dump)")
    return obj
