"""Lexicons: the versioned word lists the built-in extractors read.

A lexicon is data, not code: a JSON file with a ``name``, a ``kind`` (what it
lists, e.g. ``"weapons"``, ``"actors"``, ``"cues"``, ``"places"``), a ``version``,
a ``description`` and a list of ``entries`` (JSON objects whose keys depend on the
kind and are documented by the extractor that reads them; every entry has a
``term``, or ``name`` for places).

Built-in lexicons live in ``urdu_events/lexicons/data/``. Third parties add more
through the ``urdu_events.lexicons`` entry-point group: the entry point names a
:class:`Lexicon`, or a zero-argument callable returning one (for example
``functools.partial(Lexicon.from_path, path)``). Extractors merge every lexicon of
the kind they read, built-in ones first.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from ..exceptions import InvalidArgumentError
from ..registry import lexicons as _registry

__all__ = ["Lexicon", "builtin_lexicon", "builtin_names", "lexicons_for"]

_REQUIRED = ("name", "kind", "version", "entries")


def _entries(value: Any) -> tuple[Mapping[str, Any], ...]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(e, Mapping) for e in value):
        raise InvalidArgumentError("lexicon entries must be a list of JSON objects")
    return tuple(value)


@attrs.frozen(eq=False)
class Lexicon:
    """A named, versioned list of entries of one kind.

    Args:
        name: Unique name ("weapons", "acme-actors").
        kind: What the entries are; extractors select lexicons by kind.
        version: The lexicon's own version, bumped whenever entries change.
        entries: The entries, each a mapping.
        description: What the lexicon covers and where it comes from.
    """

    name: str
    kind: str
    version: str
    entries: tuple[Mapping[str, Any], ...] = attrs.field(converter=_entries)
    description: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Lexicon:
        """Build a lexicon from its JSON object.

        Raises:
            InvalidArgumentError: If a required key is missing or malformed.
        """
        missing = [k for k in _REQUIRED if k not in data]
        if missing:
            raise InvalidArgumentError(f"lexicon is missing keys: {', '.join(missing)}")
        return cls(
            name=str(data["name"]),
            kind=str(data["kind"]),
            version=str(data["version"]),
            entries=data["entries"],
            description=str(data.get("description", "")),
        )

    @classmethod
    def from_path(cls, path: str | Path) -> Lexicon:
        """Read a lexicon from a UTF-8 JSON file.

        Raises:
            InvalidArgumentError: If the file is not a valid lexicon.
            OSError: If the file cannot be read.
        """
        with open(path, encoding="utf-8") as f:
            try:
                data = json.load(f)
            except json.JSONDecodeError as exc:
                raise InvalidArgumentError(f"{path}: not valid JSON: {exc}") from exc
        if not isinstance(data, Mapping):
            raise InvalidArgumentError(f"{path}: a lexicon must be a JSON object")
        return cls.from_dict(data)

    def terms(self, key: str = "term") -> tuple[str, ...]:
        """The ``key`` value of every entry that has one."""
        return tuple(str(e[key]) for e in self.entries if key in e)


def builtin_names() -> tuple[str, ...]:
    """Names of the lexicons shipped with urdu-events."""
    data = resources.files(__name__).joinpath("data")
    return tuple(sorted(p.name[:-5] for p in data.iterdir() if p.name.endswith(".json")))


@functools.cache
def builtin_lexicon(name: str) -> Lexicon:
    """Load a built-in lexicon by name (cached for the life of the process).

    Raises:
        InvalidArgumentError: If there is no built-in lexicon of that name.
    """
    path = resources.files(__name__).joinpath("data").joinpath(f"{name}.json")
    if not path.is_file():
        raise InvalidArgumentError(f"no built-in lexicon {name!r}; available: {', '.join(builtin_names())}")
    return Lexicon.from_dict(json.loads(path.read_text(encoding="utf-8")))


def _plugin_lexicon(name: str) -> Lexicon:
    obj = _registry.get(name)
    lexicon = obj() if callable(obj) and not isinstance(obj, Lexicon) else obj
    if not isinstance(lexicon, Lexicon):
        raise InvalidArgumentError(f"lexicon plugin {name!r} did not provide a Lexicon")
    return lexicon


def lexicons_for(kind: str, *, plugins: bool = True) -> tuple[Lexicon, ...]:
    """Every lexicon of ``kind``: the built-in ones, then those from plugins.

    Raises:
        PluginLoadError: If a lexicon plugin fails to load.
    """
    found = [lex for lex in map(builtin_lexicon, builtin_names()) if lex.kind == kind]
    if plugins:
        found += [lex for lex in map(_plugin_lexicon, _registry.available()) if lex.kind == kind]
    return tuple(found)
