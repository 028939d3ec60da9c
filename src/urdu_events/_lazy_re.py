"""Regular expressions compiled on their first use, not when their module is imported.

The readers define several hundred module-level patterns, and compiling them all (``re``'s
parser and compiler are pure Python) was the largest part of a cold start: a few tenths of
a second, most of it for patterns that a given document never reaches. :func:`lazy_compile`
takes a pattern's source and flags and returns an object that compiles it the first time
anything but its source is asked for (a method, ``flags``, ``groups``, ...), then answers
exactly as the compiled pattern does.

After that first use the compiled pattern's methods are kept on the object itself, so a
call costs one attribute lookup more than on a compiled pattern and nothing else. The
answers are those of ``re.compile(source, flags)`` by construction; this is plumbing and
changes no reading.

The one thing such an object cannot do is stand in for a compiled pattern where ``re``
itself checks the type: pass it to ``re.sub``/``re.fullmatch``/... and they raise
``TypeError``; call its own methods instead (``P.fullmatch(s)``, not ``re.fullmatch(P, s)``).
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["LazyPattern", "lazy_compile"]

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
    """A pattern's source and flags, compiled on first use (see :func:`lazy_compile`)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        #: The source, as :attr:`re.Pattern.pattern` gives it (read without compiling).
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (``re``'s cache makes a second call cheap)."""
        return re.compile(self.pattern, self._flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not yet on the object: the first use of the pattern.
        if name.startswith("__") or name not in _KEPT:
            raise AttributeError(name)
        compiled = self.compiled()
        for kept in _KEPT:
            setattr(self, kept, getattr(compiled, kept))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}{f', {self._flags}' if self._flags else ''})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used.

    Typed as the compiled pattern it stands for: every method and attribute of
    :class:`re.Pattern` is available, and gives the same answers.
    """
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
