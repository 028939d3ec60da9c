"""Named registries of plugins, backed by ``importlib.metadata`` entry points.

There is one registry per kind of plugin:

=================  ==============================  ======================================
registry           entry-point group               holds
=================  ==============================  ======================================
``extractors``     ``urdu_events.extractors``      extractors, or classes/factories of them
``serializers``    ``urdu_events.serializers``     serializers, or classes/factories of them
``lexicons``       ``urdu_events.lexicons``        :class:`~urdu_events.lexicons.Lexicon`
                                                   objects, or zero-argument factories
=================  ==============================  ======================================

Entry points are discovered lazily, on the first lookup, and cached. A plugin
is imported only when it is looked up (or when :meth:`Registry.available` is
asked to ``load``). Set the environment variable ``URDU_EVENTS_NO_PLUGINS=1``
to ignore installed plugins entirely, or ``URDU_EVENTS_PLUGINS=a,b`` to load
only the plugins named (by entry-point or distribution name);
:func:`select_plugins` does the same from code (the command line's
``--plugins`` and ``--no-plugin``).
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .exceptions import ExtractorNotFoundError, InvalidArgumentError, PluginLoadError, PluginWarning

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["Registry", "extractors", "lexicons", "select_plugins", "serializers"]

T = TypeVar("T")
_F = TypeVar("_F")

NO_PLUGINS_ENV = "URDU_EVENTS_NO_PLUGINS"
PLUGINS_ENV = "URDU_EVENTS_PLUGINS"


def _names(value: str) -> frozenset[str]:
    return frozenset(n.strip() for n in value.split(",") if n.strip())


class Registry(Generic[T]):
    """Plugins of one kind, by name.

    Args:
        kind: What the registry holds, for messages ("extractor").
        group: The entry-point group that plugins advertise themselves in.
    """

    def __init__(self, kind: str, group: str) -> None:
        self.kind = kind
        self.group = group
        self._objects: dict[str, Any] = {}
        self._entry_points: dict[str, EntryPoint] | None = None
        self._only: frozenset[str] | None = None
        self._skip: frozenset[str] = frozenset()
        self._warned: set[str] = set()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<Registry {self.kind}s from {self.group!r}>"

    @overload
    def register(self, name: str) -> Callable[[_F], _F]: ...

    @overload
    def register(self, name: str, obj: _F) -> _F: ...

    def register(self, name: str, obj: Any = None) -> Any:
        """Register ``obj`` under ``name``; use as ``@registry.register("name")`` or a call.

        Raises:
            InvalidArgumentError: If ``name`` is empty or already holds another object.
        """
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError(f"a {self.kind} name must be a non-empty string")

        def decorator(target: _F) -> _F:
            with self._lock:
                existing = self._objects.get(name)
                if existing is not None and existing is not target:
                    raise InvalidArgumentError(f"a different {self.kind} is already registered as {name!r}")
                self._objects[name] = target
            return target

        return decorator if obj is None else decorator(obj)

    def unregister(self, name: str) -> None:
        """Forget ``name``; does nothing if it is not registered."""
        with self._lock:
            self._objects.pop(name, None)
            if self._entry_points is not None:
                self._entry_points.pop(name, None)

    def select(self, *, only: Iterable[str] | None = None, skip: Iterable[str] = ()) -> None:
        """Load only the plugins in ``only`` (``None``: all, or ``URDU_EVENTS_PLUGINS``), none in ``skip``.

        A plugin is named by its entry-point name or its distribution's name.
        Plugins already loaded stay registered; call this before the first lookup.
        """
        with self._lock:
            self._only = None if only is None else frozenset(only)
            self._skip = frozenset(skip)
            self._entry_points = None
            self._warned.clear()

    def _wanted(self, ep: EntryPoint) -> bool:
        only = self._only
        if only is None and os.environ.get(PLUGINS_ENV) is not None:
            only = _names(os.environ[PLUGINS_ENV])
        names = {ep.name, ep.dist.name if ep.dist is not None else ep.name}
        return not (names & self._skip) and (only is None or bool(names & only))

    def _discover(self) -> dict[str, EntryPoint]:
        with self._lock:
            if self._entry_points is None:
                found: dict[str, EntryPoint] = {}
                if not os.environ.get(NO_PLUGINS_ENV) and _may_advertise(self.group):
                    from importlib.metadata import entry_points  # costly; only when plugins are looked up

                    for ep in entry_points(group=self.group):
                        if self._wanted(ep):
                            found.setdefault(ep.name, ep)
                self._entry_points = found
            return self._entry_points

    def warn_skipped(self, name: str, reason: str) -> None:
        """Issue a :class:`~urdu_events.PluginWarning` that plugin ``name`` was skipped, once per name."""
        with self._lock:
            if name in self._warned:
                return
            self._warned.add(name)
        warnings.warn(
            PluginWarning(f"skipped the {self.kind} plugin {self.describe(name)}: {reason}"), stacklevel=3
        )

    def describe(self, name: str) -> str:
        """``name`` with its entry point and distribution, for messages about a plugin."""
        ep = self._discover().get(name)
        if ep is None:
            return repr(name)
        dist = f"distribution {ep.dist.name!r}" if ep.dist is not None else "an unknown distribution"
        return f"{name!r} ({ep.value}) from {dist}"

    def available(self) -> list[str]:
        """The sorted names of everything registered or advertised, without importing plugins."""
        return sorted({*self._objects, *self._discover()})

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self.available()

    def get(self, name: str) -> T:
        """Return the object registered under ``name``, loading its plugin if needed.

        Raises:
            ExtractorNotFoundError: If nothing is registered under ``name``; the
                message lists the available names.
            PluginLoadError: If the plugin advertising ``name`` fails to import.
        """
        if name in self._objects:
            found: T = self._objects[name]
            return found
        ep = self._discover().get(name)
        if ep is None:
            names = ", ".join(self.available()) or "none"
            raise ExtractorNotFoundError(f"no {self.kind} named {name!r}; available: {names}")
        try:
            obj = ep.load()
        except Exception as exc:
            dist = ep.dist.name if ep.dist is not None else None
            where = f"distribution {dist!r}" if dist else "an unknown distribution"
            raise PluginLoadError(
                f"the {self.kind} plugin {name!r} ({ep.value}) from {where} failed to load: "
                f"{type(exc).__name__}: {exc}",
                group=self.group,
                name=name,
                distribution=dist,
            ) from exc
        loaded: T = self.register(name, obj)
        return loaded

    def create(self, name: str, /, **options: Any) -> T:
        """Return a ready instance: call the registered class/factory with ``options``.

        An object registered as an instance is returned as is (then ``options``
        must be empty).

        Raises:
            InvalidArgumentError: If options are given for an instance, or the
                factory rejects them.
        """
        obj = self.get(name)
        if isinstance(obj, type) or (callable(obj) and getattr(obj, "__urdu_events_factory__", False)):
            try:
                return obj(**options)  # type: ignore[no-any-return]
            except TypeError as exc:
                raise InvalidArgumentError(f"cannot create {self.kind} {name!r}: {exc}") from exc
        if options:
            raise InvalidArgumentError(f"{self.kind} {name!r} is an instance and takes no options")
        return obj


def _may_advertise(group: str) -> bool:
    """Whether an installed distribution may advertise entry points in ``group``.

    ``False`` only when every ``entry_points.txt`` that ``importlib.metadata`` would read (those
    of the ``*.dist-info`` and ``*.egg-info`` folders in the folders of ``sys.path``) was read
    and none has ``group`` in it: then its ``entry_points(group=group)`` is empty, and importing
    it (about 35 ms of a cold start, most of it the ``email`` package) is not needed. Anything
    this look does not read as ``importlib.metadata`` does (a finder of distributions other
    than the path finder, a path entry that is not a folder name or is a zip or egg, a file it
    cannot read) answers ``True``, and ``importlib.metadata`` is asked.
    """
    from importlib.machinery import PathFinder

    if any(getattr(f, "find_distributions", None) is not None and f is not PathFinder for f in sys.meta_path):
        return True
    needle = group.encode("utf-8")
    for entry in sys.path:
        if not isinstance(entry, str):
            return True
        root = entry or "."
        if os.path.basename(root).lower().endswith(".egg"):
            return True
        try:
            children = os.listdir(root)
        except OSError:
            if os.path.exists(root):
                return True  # a zip file: its distributions are read from the archive
            continue
        for child in children:
            if not child.lower().endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(root, child, "entry_points.txt"), "rb") as f:
                    if needle in f.read():
                        return True
            except (FileNotFoundError, NotADirectoryError):
                continue  # no entry points (a one-file .egg-info has none either)
            except OSError:
                return True
    return False


extractors: Registry[Any] = Registry("extractor", "urdu_events.extractors")
serializers: Registry[Any] = Registry("serializer", "urdu_events.serializers")
lexicons: Registry[Any] = Registry("lexicon", "urdu_events.lexicons")


def select_plugins(*, only: Iterable[str] | None = None, skip: Iterable[str] = ()) -> None:
    """Choose which installed plugins every registry loads.

    Args:
        only: Entry-point or distribution names to load; ``None`` loads every
            plugin (or those listed in ``URDU_EVENTS_PLUGINS``).
        skip: Names never to load.

    .. versionadded:: 0.1.0
    """
    only = None if only is None else tuple(only)
    skip = tuple(skip)
    for registry in (extractors, serializers, lexicons):
        registry.select(only=only, skip=skip)
