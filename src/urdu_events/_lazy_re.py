"""Regular expressions compiled on their first use, not when their module is imported.

The readers define several hundred module-level patterns, and compiling them all (``re``'s
parser and compiler are pure Python) was the largest part of a cold start: a few tenths of
a second, most of it for patterns that a given document never reaches. :func:`lazy_compile`
takes a pattern's source and flags and returns an object that compiles it the first time
anything but its source is asked for (a method, ``flags``, ``groups``, ...), then answers
exactly as the compiled pattern does.

At that first use the name the pattern was bound to in its module (``_X = lazy_compile(...)``)
is bound to the compiled pattern instead (and so is a name another module imported it under),
so every later ``_X.search(...)`` is a call on the compiled pattern itself and costs nothing
more than before. Where the object is held elsewhere (in a tuple, a class), the compiled
pattern's methods are kept on the object, and a call costs one attribute lookup more. The
answers are those of ``re.compile(source, flags)`` by construction; this is plumbing and
changes no reading.

The one thing such an object cannot do is stand in for a compiled pattern where ``re``
itself checks the type: pass it to ``re.sub``/``re.fullmatch``/... and they raise
``TypeError``; call its own methods instead (``P.fullmatch(s)``, not ``re.fullmatch(P, s)``).
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

__all__ = ["LazyPattern", "created", "lazy_compile"]

#: What is copied from the compiled pattern onto the object at its first use: every public
#: attribute of :class:`re.Pattern` (the source, ``pattern``, is there from the start).
_KEPT = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "split",
    "sub",
    "subn",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A pattern's source and flags, compiled on first use (see :func:`lazy_compile`).

    ``home`` is the namespace of the module that defined it: at the first use, the names there
    (and in the other modules that made lazy patterns) that hold this object are bound to the
    compiled pattern.
    """

    def __init__(self, pattern: str, flags: int = 0, home: dict[str, Any] | None = None) -> None:
        #: The source, as :attr:`re.Pattern.pattern` gives it (read without compiling).
        self.pattern = pattern
        #: The flags given with the source (``flags`` adds those the source sets, once compiled).
        self.source_flags = flags
        self._home = home
        if home is not None:
            _HOMES.setdefault(id(home), home)
        _CREATED.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (``re``'s cache makes a second call cheap)."""
        return re.compile(self.pattern, self.source_flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not yet on the object: the first use of the pattern.
        if name.startswith("__") or name not in _KEPT:
            raise AttributeError(name)
        compiled = self.compiled()
        for kept in _KEPT:
            setattr(self, kept, getattr(compiled, kept))
        if self._home is not None:
            _rebind(self, compiled)
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self.source_flags))

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}{f', {self.source_flags}' if self.source_flags else ''})"


#: Every pattern made by :func:`lazy_compile` (module-level patterns, which live as long as
#: their modules do), so that a test can compile them all.
_CREATED: list[LazyPattern] = []

#: The namespaces of the modules that made lazy patterns, by id.
_HOMES: dict[int, dict[str, Any]] = {}

#: For each of those namespaces (by id), its names bound to a lazy pattern, by the pattern's id
#: (a pattern another module imported is found under that module's name too): built when a
#: pattern is first used, and again for the pattern's own module when it is not in it yet.
_NAMES: dict[int, dict[int, list[str]]] = {}


def _index(home: dict[str, Any]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for key, value in list(home.items()):
        if type(value) is LazyPattern:
            found.setdefault(id(value), []).append(key)
    return found


def _rebind(lazy: LazyPattern, compiled: re.Pattern[str]) -> None:
    """Bind every module name that holds ``lazy`` to ``compiled``."""
    for key, home in list(_HOMES.items()):
        names = _NAMES.get(key)
        if names is None or (home is lazy._home and id(lazy) not in names):
            names = _NAMES[key] = _index(home)
        for name in names.get(id(lazy), ()):
            if home.get(name) is lazy:
                home[name] = compiled


def created() -> tuple[LazyPattern, ...]:
    """Every pattern made by :func:`lazy_compile` so far, compiled or not."""
    return tuple(_CREATED)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used.

    For a module-level pattern (``_X = lazy_compile(...)``): the module's name for it is bound
    to the compiled pattern at that first use. Typed as the compiled pattern it stands for:
    every method and attribute of :class:`re.Pattern` is available, and gives the same answers.
    """
    return cast("re.Pattern[str]", LazyPattern(pattern, flags, sys._getframe(1).f_globals))
