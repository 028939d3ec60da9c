"""Protocols and type aliases that plugins implement.

An extractor is anything with a ``name`` and a ``__call__`` that takes a
:class:`~urdu_events.models.Document` and returns :class:`Findings`. Subclassing
is never required; :class:`Extractor` is a ``runtime_checkable`` protocol.

An extractor may also take the document's text-layer analysis, built once per
document by the pipeline: a ``__call__(doc, /, *, analysis=None)`` (see
:class:`AnalysisExtractor`). The pipeline looks at each extractor's signature
once, when it is built, and passes ``analysis=`` only to those that name it;
called on its own (``analysis=None``) such an extractor builds its own.

A serializer is anything with a ``name``, a file ``extension`` and a ``dump`` method
that writes documents to a text stream.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, TextIO, runtime_checkable

import attrs

from .models import Claim, Incident, LexiconVersion, _items_of

if TYPE_CHECKING:
    from .models import Document
    from .text import Analysis

__all__ = ["AnalysisExtractor", "Extractor", "Findings", "Serializer", "accepts_analysis"]


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
class AnalysisExtractor(Protocol):
    """An extractor that also takes the document's analysis from the pipeline.

    A :class:`~urdu_events.Pipeline` builds one :class:`~urdu_events.text.Analysis`
    per document (normalized text, sentences; tokens, numbers and dates on first
    use) and passes it as ``analysis=`` to every extractor whose ``__call__``
    has a parameter of that name, so all of them read the same analysis and
    none builds its own. Called without it (``analysis=None``), the extractor
    builds its own with :meth:`Analysis.of <urdu_events.text.Analysis.of>`.
    Every :class:`AnalysisExtractor` is also an :class:`Extractor`.

    Attributes:
        name: The name the extractor is registered under.

    .. versionadded:: 0.2
    """

    name: str

    def __call__(self, doc: Document, /, *, analysis: Analysis | None = None) -> Findings:
        """Return what was found in ``doc``, reading ``analysis`` (that of ``doc.text``) if given."""
        ...


def accepts_analysis(extractor: object) -> bool:
    """Whether a pipeline passes ``analysis=`` to ``extractor`` (see :class:`AnalysisExtractor`).

    True when its ``__call__`` has a parameter named ``analysis`` that can be
    passed by keyword; a ``**kwargs`` alone does not count. A pipeline asks this
    once per extractor, when it is built.

    Args:
        extractor: Any callable.

    Returns:
        Whether it takes the analysis.

    .. versionadded:: 0.2
    """
    try:
        parameters = inspect.signature(extractor).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):  # no signature to read (some built-in callables)
        return False
    found = parameters.get("analysis")
    return found is not None and found.kind in (
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
        inspect.Parameter.KEYWORD_ONLY,
    )


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
