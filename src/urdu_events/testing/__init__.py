"""Helpers for testing code that uses or extends urdu-events.

* :mod:`urdu_events.testing.strategies`: Hypothesis strategies for every model.
* :func:`check_extractor`: a conformance check a plugin author runs on an extractor.
* :class:`FakeExtractor`: an extractor that returns fixed findings, for pipeline tests.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable

import attrs

from ..models import Claim, Document, Incident
from ..typing import Extractor, Findings, accepts_analysis

__all__ = ["ConformanceError", "FakeExtractor", "check_extractor"]


class ConformanceError(AssertionError):
    """An extractor broke the extractor contract."""


@attrs.define
class FakeExtractor:
    """An extractor whose findings are computed by ``produce`` (default: nothing).

    Attributes:
        name: The extractor name.
        produce: Called with each document; returns the findings.
        seen: IDs of the documents it was called on, in order.
    """

    name: str = "fake"
    produce: Callable[[Document], Findings] = attrs.field(default=lambda _doc: Findings())
    seen: list[str] = attrs.field(factory=list)

    def __call__(self, doc: Document, /) -> Findings:
        self.seen.append(doc.id)
        return self.produce(doc)


def _check_items(name: str, found: Findings, doc_id: str) -> None:
    for field, kind in (("incidents", Incident), ("claims", Claim)):
        for index, item in enumerate(getattr(found, field)):
            if not isinstance(item, kind):
                raise ConformanceError(
                    f"{name}: findings.{field}[{index}] on {doc_id!r} is a {type(item).__name__}, "
                    f"not a {kind.__name__}"
                )


def check_extractor(extractor: object, docs: Iterable[Document]) -> None:
    """Check that ``extractor`` honours the extractor contract on ``docs``.

    It must satisfy the :class:`~urdu_events.typing.Extractor` protocol, return
    :class:`Findings` holding only :class:`~urdu_events.Incident` and
    :class:`~urdu_events.Claim` objects whose spans point into each document's
    text and whose claim links exist, give the same findings when run twice,
    and leave the input document unchanged (compared with a deep copy taken
    before the call, so changes inside nested objects count too).

    Raises:
        ConformanceError: Naming the first rule broken and the document.
    """
    if not isinstance(extractor, Extractor) or not isinstance(getattr(extractor, "name", None), str):
        raise ConformanceError(f"{extractor!r} lacks a str 'name' or a __call__(doc) -> Findings")
    from ..text import Analysis  # not at import: the text layer loads lazily

    takes_analysis = accepts_analysis(extractor)
    for doc in docs:
        before = copy.deepcopy(doc)
        found = extractor(doc)
        if not isinstance(found, Findings):
            raise ConformanceError(f"{extractor.name}: returned {type(found).__name__} on {doc.id!r}")
        _check_items(extractor.name, found, doc.id)
        if doc != before:
            raise ConformanceError(f"{extractor.name}: changed its input document {doc.id!r}")
        try:
            attrs.evolve(doc, incidents=doc.incidents + found.incidents, claims=doc.claims + found.claims)
        except (ValueError, TypeError) as exc:
            raise ConformanceError(f"{extractor.name}: invalid findings on {doc.id!r}: {exc}") from exc
        if extractor(doc) != found:
            raise ConformanceError(f"{extractor.name}: not deterministic on {doc.id!r}")
        if takes_analysis and extractor(doc, analysis=Analysis.of(doc.text)) != found:  # type: ignore[call-arg]
            raise ConformanceError(
                f"{extractor.name}: finds otherwise when handed the analysis, on {doc.id!r}"
            )
        if doc != before:
            raise ConformanceError(f"{extractor.name}: changed its input document {doc.id!r}")
