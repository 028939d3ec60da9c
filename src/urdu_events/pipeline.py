"""Running extractors over a document and merging what they find.

A :class:`Pipeline` is a list of extractors that share one signature (see
:class:`~urdu_events.typing.Extractor`). Each sees the document as enriched by
the extractors before it and returns :class:`~urdu_events.typing.Findings`,
which the pipeline appends.

The pipeline builds the document's text-layer analysis once
(:meth:`Analysis.of <urdu_events.text.Analysis.of>`: normalization, sentences,
and on first use tokens, numbers and dates) and hands that one analysis to
every extractor that takes it (``__call__(doc, /, *, analysis=None)``, see
:class:`~urdu_events.typing.AnalysisExtractor`), so the built-in extractors
read the same text, sentences and numbers; extractors that take only the
document are called as before.

An extractor that raises, returns something invalid or (with ``timeout``) takes
too long does not stop the others: its findings are dropped, the failure is
recorded in :attr:`Document.failures <urdu_events.models.Document.failures>`
(so a partial document is never mistaken for a complete one) and passed to the
optional ``on_error`` handler. With ``strict=True`` the pipeline raises
:class:`~urdu_events.ExtractionError` instead.

A document whose text is mostly not Urdu, or whose incident dates could not be
resolved because it has no publication date, is returned as usual and a
:class:`~urdu_events.UrduEventsWarning` is issued (see :func:`document_warnings`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import operator
import threading
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from ._checks import caller_stacklevel, document_warnings
from ._gc import loading
from .exceptions import ExtractionError, InvalidArgumentError, UrduEventsError
from .models import (
    _EXTENDING,
    Actor,
    ClaimKind,
    Document,
    ExtractorFailure,
    Responsibility,
    ResponsibilityStatus,
)
from .registry import extractors as _extractors
from .typing import Extractor, Findings, accepts_analysis

if TYPE_CHECKING:
    from .text import Analysis

__all__ = [
    "ErrorHandler",
    "Pipeline",
    "SkipErrors",
    "document_warnings",
    "extract",
    "link_responsibility",
    "make_document",
    "parse_published",
    "raise_errors",
    "skip_errors",
]

#: Called with every extractor failure; may raise it (stop) or return (carry on).
ErrorHandler = Callable[[ExtractionError], None]


def raise_errors(error: ExtractionError) -> None:
    """An error handler that re-raises (what ``strict=True`` does)."""
    raise error


@attrs.define
class SkipErrors:
    """An error handler that records failures and lets the pipeline carry on.

    Attributes:
        errors: Every failure seen, in order.
    """

    errors: list[ExtractionError] = attrs.field(factory=list)

    def __call__(self, error: ExtractionError) -> None:
        self.errors.append(error)


def skip_errors() -> SkipErrors:
    """Return a fresh :class:`SkipErrors` handler."""
    return SkipErrors()


def parse_published(value: object) -> dt.date | None:
    """Accept a date, a datetime, an ISO ``YYYY-MM-DD[...]`` string or ``None``.

    Raises:
        InvalidArgumentError: For anything else.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InvalidArgumentError(f"published must be a date or an ISO date string (YYYY-MM-DD), got {value!r}")


def make_document(text: str, *, published: object = None, doc_id: str | None = None) -> Document:
    """Build an empty :class:`Document`, checking the arguments.

    Without ``doc_id`` the ID is derived from the text, so it is stable across runs.

    Raises:
        InvalidArgumentError: If ``text`` is not a string, ``doc_id`` is not a
            string, or ``published`` is not a date.
    """
    if not isinstance(text, str):
        raise InvalidArgumentError(f"text must be a str, got {type(text).__name__}")
    if doc_id is None:
        doc_id = "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    elif not isinstance(doc_id, str):
        raise InvalidArgumentError(f"doc_id must be a str, got {type(doc_id).__name__}")
    return Document(doc_id, text, published=parse_published(published))


def _same_actor(a: Actor, b: Actor) -> bool:
    return a.name.strip() == b.name.strip()


def link_responsibility(doc: Document) -> Document:
    """Fill incidents' responsibility from the claims linked to them.

    A responsibility claim marks its incident ``claimed`` with the speaker as a
    claimant; a denial marks an incident whose status is still ``unknown`` as
    ``denied``. Incidents already ``claimed`` gain further claimants.
    """
    incidents = list(doc.incidents)
    for claim in doc.claims:
        if claim.incident is None or claim.speaker is None:
            continue
        speaker = Actor(claim.speaker.name, type=claim.speaker.type, span=claim.speaker.span)
        current = incidents[claim.incident].responsibility
        if claim.kind is ClaimKind.RESPONSIBILITY:
            status = ResponsibilityStatus.CLAIMED
        elif claim.kind is ClaimKind.DENIAL and current.status is ResponsibilityStatus.UNKNOWN:
            status = ResponsibilityStatus.DENIED
        else:
            continue
        keep = current.claimants if current.status is status else ()
        if any(_same_actor(speaker, c) for c in keep):
            continue
        incidents[claim.incident] = attrs.evolve(
            incidents[claim.incident], responsibility=Responsibility(status, (*keep, speaker))
        )
    if incidents == list(doc.incidents):
        return doc
    return attrs.evolve(doc, incidents=incidents)


class Pipeline:
    """Extractors run in order over a document.

    Args:
        extractors: Extractor objects or registered names; ``None`` means the
            default pipeline (``incidents`` then ``claims``).
        strict: Raise :class:`ExtractionError` when an extractor fails, instead
            of recording the failure in the document and carrying on.
        on_error: Also called with every :class:`ExtractionError` (for logging
            or collecting); if it raises, the error propagates.
        timeout: Seconds an extractor may spend on one document before it is
            reported as failed (it is left running in a daemon thread; use
            worker processes to really stop runaway code). ``None``: no limit.
        link_responsibility: Whether to fill incident responsibility from
            linked responsibility claims and denials (see :func:`link_responsibility`).
        warn: Whether to issue each document's warnings (see :func:`document_warnings`);
            a caller that reports them itself, as the command line does, passes ``False``
            so they are not worked out twice.

    Raises:
        ExtractorNotFoundError: If a name is not registered.
        InvalidArgumentError: If an object is not an extractor or an option is invalid.
    """

    def __init__(
        self,
        extractors: Iterable[Extractor | str] | None = None,
        *,
        strict: bool = False,
        on_error: ErrorHandler | None = None,
        timeout: float | None = None,
        link_responsibility: bool = True,
        warn: bool = True,
    ) -> None:
        if timeout is not None and not (isinstance(timeout, (int, float)) and timeout > 0):
            raise InvalidArgumentError(f"timeout must be a positive number of seconds, got {timeout!r}")
        from .extractors import DEFAULT_PIPELINE, register_builtins

        chosen: list[Extractor] = []
        with loading():  # the extractors' modules, lexicons and grammar, kept for good
            register_builtins()
            for item in DEFAULT_PIPELINE if extractors is None else extractors:
                obj = _extractors.create(item) if isinstance(item, str) else item
                if not isinstance(obj, Extractor) or isinstance(obj, type):
                    raise InvalidArgumentError(
                        f"{item!r} is not an extractor (needs a 'name' and a __call__(doc) -> Findings)"
                    )
                chosen.append(obj)
        self.extractors: tuple[Extractor, ...] = tuple(chosen)
        # Which extractors take the analysis: read from their signatures once, not per document.
        self._takes_analysis: tuple[bool, ...] = tuple(map(accepts_analysis, chosen))
        self.strict = strict
        self.on_error = on_error
        self.timeout = timeout
        self.link_responsibility = link_responsibility
        self.warn = warn

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the extractors, in order."""
        return tuple(e.name for e in self.extractors)

    def __call__(self, doc: Document) -> Document:
        """Run every extractor over ``doc`` and return the enriched document.

        Args:
            doc: The document to enrich.

        Raises:
            InvalidArgumentError: If ``doc`` is not a :class:`Document`.
            ExtractionError: If an extractor fails and ``strict`` is set.

        Warns:
            NotUrduWarning: If the text is mostly not in the Urdu script.
            UnresolvedDateWarning: If incidents have no date because ``doc`` has no
                publication date.
        """
        if not isinstance(doc, Document):
            raise InvalidArgumentError(f"a Pipeline runs on a Document, got {type(doc).__name__}")
        shared = _SharedAnalysis()  # built once, when the first extractor that takes it runs
        try:
            for extractor, takes in zip(self.extractors, self._takes_analysis, strict=True):
                try:
                    doc = self._apply(extractor, doc, shared if takes else None)
                except ExtractionError as error:
                    if self.on_error is not None:
                        self.on_error(error)
                    if self.strict:
                        raise
                    failure = ExtractorFailure(error.extractor, str(error))
                    doc = attrs.evolve(doc, failures=(*doc.failures, failure))
            doc = link_responsibility(doc) if self.link_responsibility else doc
            for warning in document_warnings(doc) if self.warn else ():
                warnings.warn(warning, stacklevel=caller_stacklevel())
            return doc
        finally:
            from .text._analysis import release_analysis  # not at import: the text layer loads lazily

            # An extractor that calls analyze() itself has filled its cache: a huge text's
            # analysis is not kept past its run.
            release_analysis(doc.text)

    def _apply(self, extractor: Extractor, doc: Document, shared: _SharedAnalysis | None) -> Document:
        name = getattr(extractor, "name", type(extractor).__name__)
        before = _identity(doc)
        try:
            call: Callable[[Document], object] = extractor if shared is None else shared.caller(extractor)
            found = call(doc) if self.timeout is None else _call_with_timeout(call, name, doc, self.timeout)
        except TimeoutError:
            raise ExtractionError(
                f"extractor {name!r} timed out after {self.timeout} s on document {doc.id!r}",
                extractor=name,
                doc_id=doc.id,
            ) from None
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # SystemExit or GeneratorExit from a plugin is its failure, too
            raise ExtractionError(
                f"extractor {name!r} failed on document {doc.id!r}: {type(exc).__name__}: {exc}",
                extractor=name,
                doc_id=doc.id,
            ) from exc
        if _identity(doc) != before:
            raise ExtractionError(
                f"extractor {name!r} changed its input document {doc.id!r} (extractors must not mutate it)",
                extractor=name,
                doc_id=doc.id,
            )
        if not isinstance(found, Findings):
            raise ExtractionError(
                f"extractor {name!r} returned {type(found).__name__}, not Findings",
                extractor=name,
                doc_id=doc.id,
            )
        new_lexicons = tuple(v for v in dict.fromkeys(found.lexicons) if v not in doc.lexicons)
        if not found:
            return attrs.evolve(doc, lexicons=doc.lexicons + new_lexicons) if new_lexicons else doc
        # One new document, not two; its spans are checked against the text, but for those of
        # ``doc``'s incidents or claims that it shares unchanged (``doc.claims + ()`` is
        # ``doc.claims``), which ``doc`` checked when it was made.
        token = _EXTENDING.set(doc)
        try:
            return attrs.evolve(
                doc,
                incidents=doc.incidents + found.incidents,
                claims=doc.claims + found.claims,
                lexicons=doc.lexicons + new_lexicons,
            )
        except (UrduEventsError, TypeError, ValueError) as exc:
            raise ExtractionError(
                f"extractor {name!r} returned invalid findings for document {doc.id!r}: {exc}",
                extractor=name,
                doc_id=doc.id,
            ) from exc
        finally:
            _EXTENDING.reset(token)

    def extract(self, text: str, *, published: object = None, doc_id: str | None = None) -> Document:
        """Build a document from ``text`` and run the pipeline on it.

        Raises:
            InvalidArgumentError: If the arguments have the wrong types.
        """
        return self(make_document(text, published=published, doc_id=doc_id))

    def extract_all(self, docs: Sequence[Document]) -> list[Document]:
        """Run the pipeline over several documents, in order."""
        return [self(d) for d in docs]


def _identity(doc: Document) -> tuple[int, ...]:
    """The identities of a document's fields: a cheap check that an extractor did not replace one."""
    return tuple(map(id, _document_fields()(doc)))


@functools.cache
def _document_fields() -> Callable[[Document], tuple[object, ...]]:
    """Every field of a document, read in one call (:func:`operator.attrgetter`, in C)."""
    return operator.attrgetter(*(f.name for f in attrs.fields(Document)))


class _SharedAnalysis:
    """One document's analysis, built on first request and then handed to every extractor that takes it.

    Built inside the first such extractor's call, so a failure to build it is
    that extractor's failure, reported like any other. Built anew if the
    document's text is no longer the one it was built from (an extractor that
    broke the rules and changed it; the pipeline records that as its failure).
    """

    __slots__ = ("_analysis", "_text")

    def __init__(self) -> None:
        self._text: str | None = None
        self._analysis: Analysis | None = None

    def get(self, text: str) -> Analysis:
        """The analysis of ``text``, built the first time."""
        if self._analysis is None or self._text is not text:
            from .text import Analysis  # not at import: the text layer loads lazily

            self._analysis = Analysis.of(text)
            self._text = text
        return self._analysis

    def caller(self, extractor: Extractor) -> Callable[[Document], object]:
        """``extractor`` as a call on the document alone, the analysis built (if need be) within it,
        so that it counts towards the extractor's time (``timeout``) and failures."""

        def call(doc: Document) -> object:
            return extractor(doc, analysis=self.get(doc.text))  # type: ignore[call-arg]

        return call


def _call_with_timeout(
    extractor: Callable[[Document], object], name: str, doc: Document, timeout: float
) -> object:
    result: list[object] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(extractor(doc))
        except BaseException as exc:  # handed to the calling thread
            error.append(exc)

    worker = threading.Thread(target=target, name=f"urdu-events-{name}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError
    if error:
        raise error[0]
    return result[0]


@functools.lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def extract(
    text: str,
    *,
    published: object = None,
    doc_id: str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Extract incidents and claims from one Urdu text.

    Args:
        text: The article, as it was published.
        published: Publication date (a ``date`` or ``"YYYY-MM-DD"``), used to
            resolve "on Thursday" and "yesterday".
        doc_id: The document's ID; derived from the text if omitted.
        pipeline: The pipeline to use; the default runs the built-in extractors.

    Returns:
        The document with its incidents and claims.

    Raises:
        InvalidArgumentError: If an argument has the wrong type.
    """
    return (pipeline or _default_pipeline()).extract(text, published=published, doc_id=doc_id)
