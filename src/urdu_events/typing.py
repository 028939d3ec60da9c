"""Protocols and type aliases that plugins implement.

An extractor is anything with a ``name`` and a ``__call__`` that takes a
:class:`~urdu_events.models.Document` and returns :class:`Findings`. Subclassing
is never required; :class:`Extractor` is a ``runtime_checkable`` protocol.

A serializer is anything with a ``name``, a file ``extension`` and a ``dump`` method
that writes documents to a text stream.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, TextIO, runtime_checkable

import attrs

from .models import Claim, Incident, LexiconVersion, _items_of

if TYPE_CHECKING:
    from .models import Document

__all__ = ["Extractor", "Findings", "Serializer"]


def _tuple(value: Iterable[object]) -> tuple[object, ...]:
    return tuple(value)


@attrs.frozen
class Findings:
    """What one extractor found in a document.

    The pipeline appends ``incidents`` after the incidents the document already
    holds, so a :attr:`Claim.incident <urdu_events.models.Claim.incident>` index
    counts the document's existing incidents first, then these.

    The pipeline also records ``lexicons`` in
    :attr:`Document.lexicons <urdu_events.models.Document.lexicons>` (each once),
    whether or not anything was found.

    Args:
        incidents: New incidents.
        claims: New claims.
        lexicons: The lexicons the extractor read, with their versions
            (``Lexicon.version_info``); optional.

    Raises:
        InvalidArgumentError: If an item is not an :class:`Incident` (in
            ``incidents``) or a :class:`Claim` (in ``claims``).
    """

    incidents: tuple[Incident, ...] = attrs.field(default=(), converter=_tuple, validator=_items_of(Incident))
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_tuple, validator=_items_of(Claim))
    lexicons: tuple[LexiconVersion, ...] = attrs.field(
        default=(), converter=_tuple, kw_only=True, validator=_items_of(LexiconVersion)
    )

    def __bool__(self) -> bool:
        return bool(self.incidents or self.claims)


@runtime_checkable
class Extractor(Protocol):
    """Finds incidents and/or claims in a document.

    Attributes:
        name: The name the extractor is registered under.
    """

    name: str

    def __call__(self, doc: Document, /) -> Findings:
        """Return what was found in ``doc``; must not depend on other documents."""
        ...


@runtime_checkable
class Serializer(Protocol):
    """Writes documents to a text stream in one format.

    Attributes:
        name: The format name (``--format`` on the command line).
        extension: The usual file extension, without the dot.
    """

    name: str
    extension: str

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        """Write ``docs`` to ``out`` and return how many were written."""
        ...
