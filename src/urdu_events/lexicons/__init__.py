"""Lexicons: the versioned word lists the built-in extractors read.

A lexicon is data, not code: a JSON file with a ``name``, a ``kind`` (what it
lists, e.g. ``"weapons"``, ``"actors"``, ``"cues"``, ``"places"``), a ``version``,
a ``description`` and a list of ``entries`` (JSON objects whose keys depend on the
kind and are documented by the extractor that reads them; every entry has a
``term``, or ``name`` for places).

Entries of the kinds the built-in extractors read are checked against the
schema of their kind (:mod:`urdu_events.lexicons.entries`) when the lexicon is
built: an unknown key, a missing key or a value outside the allowed ones raises
:class:`~urdu_events.LexiconError`, which lists every problem at once with the
entry's index and term and the key. Entries of other kinds (a plugin's own word
lists) are free-form JSON objects. :func:`json_schema` gives the JSON Schema of a
kind's lexicon files, for editors; the files are also shipped in
``urdu_events/lexicons/schema/``.

Built-in lexicons live in ``urdu_events/lexicons/data/``. Third parties add more
through the ``urdu_events.lexicons`` entry-point group: the entry point names a
:class:`Lexicon`, or a zero-argument callable returning one (for example
``functools.partial(Lexicon.from_path, path)``). Extractors merge every lexicon of
the kind they read, built-in ones first, and report the name and version of
each (:attr:`Lexicon.version_info`), which a document records in
:attr:`Document.lexicons <urdu_events.models.Document.lexicons>`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from .._files import package_files
from ..exceptions import InvalidArgumentError, LexiconError, PluginLoadError
from ..models import LexiconVersion
from ..registry import lexicons as _registry
from ._jsonschema import json_schema, schema_kinds
from ._load import entry_problems
from .entries import ENTRY_TYPES, LexiconEntry

__all__ = [
    "Lexicon",
    "builtin_lexicon",
    "builtin_names",
    "json_schema",
    "lexicons_for",
    "schema_kinds",
]

_REQUIRED = ("name", "kind", "version", "entries")
#: Keys of a lexicon file besides the required ones ("$schema" points editors at its JSON Schema).
_OPTIONAL = ("description", "$schema")


def _entries(value: Any) -> tuple[Mapping[str, Any], ...]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(e, Mapping) for e in value):
        raise InvalidArgumentError("lexicon entries must be a list of JSON objects")
    return tuple(value)


def _header_problems(data: Mapping[str, Any]) -> list[str]:
    """Problems with the keys of a lexicon object other than its entries."""
    problems = [f"required key {k!r} missing" for k in _REQUIRED if k not in data]
    unknown = sorted(str(k) for k in data if k not in _REQUIRED + _OPTIONAL)
    if unknown:
        problems.append(
            f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
            f"a lexicon has: {', '.join(_REQUIRED + _OPTIONAL)}"
        )
    for key in ("name", "kind", "version", "description"):
        value = data.get(key, "")
        if not isinstance(value, str):
            problems.append(f"key {key}: expected a string, got {type(value).__name__} {value!r}")
        elif key != "description" and key in data and not value.strip():
            problems.append(f"key {key}: must not be empty")
    if "entries" in data and not isinstance(data["entries"], (list, tuple)):
        problems.append(f"key entries: expected a list of JSON objects, got {type(data['entries']).__name__}")
    return problems


@attrs.frozen(eq=False)
class Lexicon:
    """A named, versioned list of entries of one kind.

    Entries of a kind listed in :data:`urdu_events.lexicons.entries.ENTRY_TYPES`
    are checked against its schema when the lexicon is built, and
    :attr:`typed_entries` holds them as typed objects.

    Args:
        name: Unique name ("weapons", "acme-actors").
        kind: What the entries are; extractors select lexicons by kind.
        version: The lexicon's own version, bumped whenever entries change.
        entries: The entries, each a mapping.
        description: What the lexicon covers and where it comes from.
        source: Where it was read from (a file path), named in error messages.

    Raises:
        LexiconError: If an entry does not match the schema of the lexicon's
            kind; the message lists every problem.
        InvalidArgumentError: If ``entries`` is not a list of mappings.
    """

    name: str
    kind: str
    version: str
    entries: tuple[Mapping[str, Any], ...] = attrs.field(converter=_entries)
    description: str = ""
    source: str | None = attrs.field(default=None, kw_only=True)
    _typed: tuple[LexiconEntry, ...] | None = attrs.field(init=False, default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.kind in ENTRY_TYPES:
            typed, problems = entry_problems(self.kind, self.entries)
            if problems:
                raise LexiconError(self.name, problems, source=self.source)
            object.__setattr__(self, "_typed", typed)

    @property
    def typed_entries(self) -> tuple[LexiconEntry, ...] | None:
        """The entries as objects of their kind's class, or ``None`` for a free-form kind.

        .. versionadded:: 0.1.0
        """
        return self._typed

    @property
    def version_info(self) -> LexiconVersion:
        """The lexicon's name and version, as :attr:`Document.lexicons` records them.

        .. versionadded:: 0.1.0
        """
        return LexiconVersion(self.name, self.version)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str | None = None) -> Lexicon:
        """Build a lexicon from its JSON object.

        Args:
            data: The parsed JSON object.
            source: Where it was read from, named in error messages.

        Raises:
            LexiconError: If a key is missing, unknown or malformed, or an entry
                does not match its kind's schema; the message lists every problem.
        """
        problems = _header_problems(data)
        kind, entries = data.get("kind"), data.get("entries")
        if kind in ENTRY_TYPES and isinstance(entries, (list, tuple)):
            problems += entry_problems(str(kind), entries)[1]
        elif isinstance(entries, (list, tuple)):
            problems += [
                f"entry {i}: expected a JSON object, got {type(e).__name__}"
                for i, e in enumerate(entries)
                if not isinstance(e, Mapping)
            ]
        if problems:
            name = data.get("name")
            raise LexiconError(name if isinstance(name, str) else "?", problems, source=source)
        return cls(
            name=data["name"],
            kind=data["kind"],
            version=data["version"],
            entries=data["entries"],
            description=data.get("description", ""),
            source=source,
        )

    @classmethod
    def from_path(cls, path: str | Path) -> Lexicon:
        """Read a lexicon from a UTF-8 JSON file.

        Raises:
            LexiconError: If the file is not a valid lexicon (every problem is listed).
            InvalidArgumentError: If the file is not JSON or not a JSON object.
            OSError: If the file cannot be read.
        """
        with open(path, encoding="utf-8") as f:
            try:
                data = json.load(f)
            except json.JSONDecodeError as exc:
                raise InvalidArgumentError(f"{path}: not valid JSON: {exc}") from exc
            except UnicodeDecodeError as exc:
                raise InvalidArgumentError(
                    f"{path}: not UTF-8 text: {exc.reason} at byte {exc.start}"
                ) from exc
        if not isinstance(data, Mapping):
            raise InvalidArgumentError(f"{path}: a lexicon must be a JSON object")
        return cls.from_dict(data, source=str(path))

    def terms(self, key: str = "term") -> tuple[str, ...]:
        """The ``key`` value of every entry that has one."""
        return tuple(str(e[key]) for e in self.entries if key in e)


@functools.cache
def builtin_names() -> tuple[str, ...]:
    """Names of the lexicons shipped with urdu-events (listed once per process: the word
    class helpers ask for them several hundred times while the readers are imported)."""
    data = package_files(__name__).joinpath("data")
    return tuple(sorted(p.name[:-5] for p in data.iterdir() if p.name.endswith(".json")))


@functools.cache
def builtin_lexicon(name: str) -> Lexicon:
    """Load a built-in lexicon by name (cached for the life of the process).

    Raises:
        InvalidArgumentError: If there is no built-in lexicon of that name.
    """
    path = package_files(__name__).joinpath("data").joinpath(f"{name}.json")
    if not path.is_file():
        raise InvalidArgumentError(f"no built-in lexicon {name!r}; available: {', '.join(builtin_names())}")
    return Lexicon.from_dict(json.loads(path.read_text(encoding="utf-8")), source=f"{name}.json (built in)")


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
