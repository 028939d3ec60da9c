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
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from ..exceptions import InvalidArgumentError, PluginLoadError
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
        raise InvalidArgumentError(f"it provides {type(lexicon).__name__}, not a Lexicon")
    key = "name" if lexicon.kind == "places" else "term"
    for index, entry in enumerate(lexicon.entries):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgumentError(f"entry {index} has no {key!r} string: {dict(entry)!r:.80}")
    return lexicon


def _skip_plugin(name: str, exc: BaseException) -> None:
    reason = exc.__cause__ if isinstance(exc, PluginLoadError) and exc.__cause__ is not None else exc
    _registry.warn_skipped(name, f"{type(reason).__name__}: {reason}")


def lexicons_for(
    kind: str, *, plugins: bool = True, check: Callable[[Lexicon], object] | None = None
) -> tuple[Lexicon, ...]:
    """Every lexicon of ``kind``: the built-in ones, then those from plugins.

    A plugin lexicon that fails to load, is not a :class:`Lexicon`, has an
    entry without its ``term`` (``name`` for places) or, given ``check``, fails
    it, is skipped with a :class:`~urdu_events.PluginWarning` naming the plugin
    and its distribution: one bad plugin never switches off an extractor.

    Args:
        kind: The kind of lexicon wanted.
        plugins: Whether to include lexicons from installed plugins.
        check: Called with each plugin lexicon of ``kind``; raising means the
            lexicon is unusable (an extractor passes the function that reads
            its entries).
    """
    found = [lex for lex in map(builtin_lexicon, builtin_names()) if lex.kind == kind]
    if not plugins:
        return tuple(found)
    for name in _registry.available():
        try:
            lexicon = _plugin_lexicon(name)
            if lexicon.kind == kind and check is not None:
                check(lexicon)
        except Exception as exc:  # a plugin's own code: anything can go wrong
            _skip_plugin(name, exc)
            continue
        if lexicon.kind == kind:
            found.append(lexicon)
    return tuple(found)
