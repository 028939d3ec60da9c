"""The whole error hierarchy of urdu-events.

Every exception the library raises on purpose derives from :class:`UrduEventsError`,
so ``except urdu_events.UrduEventsError`` catches them all. Where it helps callers,
errors also derive from the matching built-in (``ValueError``, ``LookupError``).
Validation errors raised by cattrs while loading data pass through unchanged
(they are grouped so that every bad field is reported at once).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "ExtractionError",
    "ExtractorNotFoundError",
    "InvalidArgumentError",
    "InvalidDocumentError",
    "LexiconError",
    "NotUrduWarning",
    "OffsetError",
    "OptionalDependencyError",
    "PluginLoadError",
    "PluginWarning",
    "SchemaVersionError",
    "UnresolvedDateWarning",
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


class LexiconError(InvalidArgumentError):
    """A lexicon that does not match the schema of its kind.

    The message lists every problem at once, one per line, each naming the entry
    (its index and term) and the key; :attr:`problems` holds the same lines.

    Attributes:
        lexicon: The lexicon's name (``"?"`` when it has none).
        source: The file it was read from, if any.
        problems: One line per problem.

    .. versionadded:: 0.1.0
    """

    def __init__(self, lexicon: str, problems: Sequence[str], *, source: str | None = None) -> None:
        where = f"lexicon {lexicon!r}" + (f" ({source})" if source else "")
        count = f"{len(problems)} problem" + ("s" if len(problems) != 1 else "")
        super().__init__(f"{where}: {count}:\n" + "\n".join(f"  {p}" for p in problems))
        self.lexicon = lexicon
        self.source = source
        self.problems = tuple(problems)


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


class NotUrduWarning(UrduEventsWarning):
    """A document's text is mostly not in the Arabic script Urdu is written in.

    The extractors read Urdu only; on such a text they find little or nothing,
    which is then no evidence that nothing happened. The message is the same for
    every document, so Python's default warning filter shows it once per line of
    your code however many documents it concerns; the attributes say which.

    Attributes:
        doc_id: The document's ID.
        share: The share of its letters that are in the Arabic script (0 to 1).

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, doc_id: str, share: float) -> None:
        super().__init__(message)
        self.doc_id = doc_id
        self.share = share


class UnresolvedDateWarning(UrduEventsWarning):
    """Incident dates were left empty because the document has no publication date.

    Relative dates ("on Thursday", "yesterday") can only be resolved against
    the day the report was published: pass ``published=`` (``--published`` on
    the command line, or a ``published`` field in JSON Lines). Like
    :class:`NotUrduWarning`, its message is the same for every document.

    Attributes:
        doc_id: The document's ID.
        unresolved: How many of the document's incidents have no date.
        incidents: How many incidents the document has.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, doc_id: str, unresolved: int, incidents: int) -> None:
        super().__init__(message)
        self.doc_id = doc_id
        self.unresolved = unresolved
        self.incidents = incidents
