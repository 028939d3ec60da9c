"""Built-in extractors.

* ``incidents``: :class:`urdu_events.extractors.incidents.IncidentExtractor` finds incidents.
* ``claims``: :class:`urdu_events.extractors.claims.ClaimExtractor` finds attributed claims.

The default pipeline runs them in that order, so the claim extractor can link
claims to the incidents found before it. Each extractor reads its word lists
from lexicons (:mod:`urdu_events.lexicons`) that plugins can extend.
"""

from __future__ import annotations

from ..registry import extractors as _registry

__all__ = ["DEFAULT_PIPELINE", "register_builtins"]

#: The extractors :func:`urdu_events.extract` runs, in order.
DEFAULT_PIPELINE: tuple[str, ...] = ("incidents", "claims")


def register_builtins() -> None:
    """Register the built-in extractors (idempotent; imports them lazily on first use)."""
    from .claims import ClaimExtractor
    from .incidents import IncidentExtractor

    _registry.register("incidents", IncidentExtractor)
    _registry.register("claims", ClaimExtractor)
