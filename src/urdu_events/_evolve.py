"""``attrs.evolve`` for the readers' hot paths: the same new instance, cheaper to ask for.

``attrs.evolve`` reads the class's fields and each field's name and alias on every call (a
loop in Python over the 20-odd fields of a casualty figure); :func:`evolve` reads them once per
class and the instance's values in one ``operator.attrgetter`` call. The new instance is made
the same way, by the class's ``__init__`` with every init field as a keyword argument.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["evolve"]

T = TypeVar("T")

#: Per class: the keyword of each init field, and a reader of their values as a tuple.
_READERS: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}


def _reader(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    fields = [a for a in attrs.fields(cls) if a.init]
    names = [a.name for a in fields]
    aliases = tuple(a.alias for a in fields)
    if len(names) == 1:
        get = operator.attrgetter(names[0])
        read: Callable[[Any], tuple[Any, ...]] = lambda inst: (get(inst),)  # noqa: E731
    elif names:
        read = operator.attrgetter(*names)
    else:
        read = lambda inst: ()  # noqa: E731
    found = _READERS[cls] = (aliases, read)
    return found


def evolve(inst: T, /, **changes: Any) -> T:
    """A copy of the *attrs* instance ``inst`` with ``changes``: what ``attrs.evolve`` returns.

    Raises:
        TypeError: If a key of ``changes`` is no init field of the class.
    """
    cls = inst.__class__
    aliases, read = _READERS.get(cls) or _reader(cls)
    kwargs = dict(zip(aliases, read(inst), strict=True))
    kwargs.update(changes)
    return cls(**kwargs)
