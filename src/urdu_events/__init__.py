"""urdu-events: structured conflict-event data from Urdu news text.

>>> import urdu_events
>>> doc = urdu_events.extract("کراچی: نامعلوم مسلح افراد کی فائرنگ سے دو پولیس اہلکار جاں بحق ہو گئے۔")
>>> [i.sub_event_type.value for i in doc.incidents]  # doctest: +SKIP
['Attack']

The public namespace is this module; everything else is reachable from it or
from the documented submodules (:mod:`urdu_events.serialize`,
:mod:`urdu_events.text`, :mod:`urdu_events.testing`, :mod:`urdu_events.registry`).
"""

from __future__ import annotations

from typing import Any

from .exceptions import (
    ExtractionError,
    ExtractorNotFoundError,
    InvalidArgumentError,
    InvalidDocumentError,
    LexiconError,
    NotUrduWarning,
    OffsetError,
    OptionalDependencyError,
    PluginLoadError,
    PluginWarning,
    SchemaVersionError,
    UnresolvedDateWarning,
    UrduEventsError,
    UrduEventsWarning,
)
from .models import (
    SCHEMA_VERSION,
    SUB_EVENT_TYPES,
    Actor,
    ActorType,
    Casualties,
    Claim,
    ClaimKind,
    Count,
    DatePrecision,
    DateRange,
    Document,
    EventType,
    ExtractorFailure,
    GeoPrecision,
    Incident,
    LexiconVersion,
    Location,
    Participant,
    Reason,
    Responsibility,
    ResponsibilityStatus,
    Role,
    Span,
    SubEventType,
    Weapon,
)
from .pipeline import Pipeline, extract
from .typing import AnalysisExtractor, Extractor, Findings, Serializer

__all__ = [
    "SCHEMA_VERSION",
    "SUB_EVENT_TYPES",
    "Actor",
    "ActorType",
    "AnalysisExtractor",
    "Casualties",
    "Claim",
    "ClaimKind",
    "Count",
    "DatePrecision",
    "DateRange",
    "Document",
    "EventType",
    "ExtractionError",
    "Extractor",
    "ExtractorFailure",
    "ExtractorNotFoundError",
    "Findings",
    "GeoPrecision",
    "Incident",
    "InvalidArgumentError",
    "InvalidDocumentError",
    "LexiconError",
    "LexiconVersion",
    "Location",
    "NotUrduWarning",
    "OffsetError",
    "OptionalDependencyError",
    "Participant",
    "Pipeline",
    "PluginLoadError",
    "PluginWarning",
    "Reason",
    "Responsibility",
    "ResponsibilityStatus",
    "Role",
    "SchemaVersionError",
    "Serializer",
    "Span",
    "SubEventType",
    "UnresolvedDateWarning",
    "UrduEventsError",
    "UrduEventsWarning",
    "Weapon",
    "extract",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("urdu-events")
        except PackageNotFoundError:  # running from a source tree that is not installed
            from ._version import __version__

            return __version__
    raise AttributeError(f"module 'urdu_events' has no attribute {name!r}")
