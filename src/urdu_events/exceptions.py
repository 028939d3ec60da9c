"""The whole error hierarchy of urdu-events.

Every exception the library raises on purpose derives from :class:`UrduEventsError`,
so ``except urdu_events.UrduEventsError`` catches them all. Where it helps callers,
errors also derive from the matching built-in (``ValueError``, ``LookupError``).
Validation errors raised by cattrs while loading data pass through unchanged
(they are grouped so that every bad field is reported at once).
"""

from __future__ import annotations

__all__ = [
    "ExtractionError",
    "ExtractorNotFoundError",
    "InvalidArgumentError",
    "InvalidDocumentError",
    "OffsetError",
    "OptionalDependencyError",
    "PluginLoadError",
    "PluginWarning",
    "SchemaVersionError",
    "UrduEventsError",
    "UrduEventsWarning",
]


class UrduEventsError(Exception):
    """Root of every error raised by urdu-events."""


class InvalidArgumentError(UrduEventsError, ValueError):
    """An option or argument has a value the library cannot accept."""


class InvalidDocumentError(UrduEventsError, ValueError):
    """Document JSON that cannot be loaded: not JSON, not UTF-8, nested too deeply, or not an object.

    Wrong fields inside a Document JSON object are reported by cattrs' grouped
    validation error instead, which names every bad field.

    .. versionadded:: 0.1.0
    """


class OffsetError(UrduEventsError, ValueError):
    """A span does not line up with the text it claims to point into."""


class ExtractorNotFoundError(UrduEventsError, LookupError):
    """A name was looked up in a registry that does not hold it.

    The message lists the names that are available.
    """


class PluginLoadError(UrduEventsError):
    """A plugin advertised through an entry point failed to load.

    Attributes:
        group: The entry-point group, e.g. ``urdu_events.extractors``.
        name: The entry-point name.
        distribution: The installed distribution that advertises it, if known.
    """

    def __init__(self, message: str, *, group: str, name: str, distribution: str | None) -> None:
        super().__init__(message)
        self.group = group
        self.name = name
        self.distribution = distribution


class ExtractionError(UrduEventsError):
    """An extractor failed on a document.

    Attributes:
        extractor: The extractor's registered name.
        doc_id: The document's ID.
    """

    def __init__(self, message: str, *, extractor: str, doc_id: str) -> None:
        super().__init__(message)
        self.extractor = extractor
        self.doc_id = doc_id


class OptionalDependencyError(UrduEventsError, ImportError):
    """A feature needs a package that is not installed.

    The message names the package and the extra that installs it, e.g.
    ``pip install 'urdu-events[dataframe]'``.

    .. versionadded:: 0.1.0
    """


class SchemaVersionError(UrduEventsError, ValueError):
    """Document JSON written by a newer, incompatible version of the schema."""


class UrduEventsWarning(UrduEventsError, Warning):
    """Root of every warning issued by urdu-events."""


class PluginWarning(UrduEventsWarning):
    """A plugin was skipped because it failed to load or provides invalid data.

    The message names the entry point and its distribution; everything else
    (the built-ins and the other plugins) keeps working.

    .. versionadded:: 0.1.0
    """
