"""Numbers and dates from the text layer, read through one narrow seam.

The incident extractor only needs ``find_numbers`` and ``find_dates`` from
:mod:`urdu_events.text`. They are looked up when called, so the extractor keeps
working (without figures or dates) on a text layer that does not have them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import text as _text

__all__ = ["find_dates", "find_numbers"]


def find_numbers(nt: _text.NormalizedText) -> list[Any]:
    """The text layer's number matches in ``nt``, in text order."""
    fn = getattr(_text, "find_numbers", None)
    return sorted(fn(nt), key=lambda m: m.start) if fn is not None else []


def find_dates(nt: _text.NormalizedText, published: dt.date | None) -> list[Any]:
    """The text layer's date matches in ``nt``, resolved against ``published``."""
    fn = getattr(_text, "find_dates", None)
    return sorted(fn(nt, published), key=lambda m: m.start) if fn is not None else []
