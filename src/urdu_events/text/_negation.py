"""Negated quantities: "کوئی … نہیں" and "بغیر کسی …" (zero of something)."""

from __future__ import annotations

import attrs

from .._lazy_re import lazy_compile
from ._normalize import NormalizedText, check_normalized

__all__ = ["Negation", "find_negations"]

# "کوئی جانی نقصان نہیں ہوا", "کسی قسم کا جانی نقصان نہیں ہوا", "کوئی بھی زخمی نہیں ہوا":
# the negated words sit between the determiner and نہیں/نہ, at most six words, in one clause.
_NOT_ANY = lazy_compile(
    r"(?<!\w)(?:کوئی|کسی(?: بھی)?(?: قسم)?(?: کا| کی| کے)?)(?: بھی)? "
    r"(?P<scope>(?:[^\W\d]+ ){1,6}?)(?:نہیں|نہ)(?!\w)"
)
# "بغیر کسی جانی نقصان کے", "کسی جانی نقصان کے بغیر"
_WITHOUT = lazy_compile(
    r"(?<!\w)(?:(?:بغیر|بنا) کسی (?P<scope>[^\W\d]+(?: [^\W\d]+){0,3}?)(?= کے(?!\w)|[،۔\n]|$)"
    r"|کسی (?P<scope2>[^\W\d]+(?: [^\W\d]+){0,3}?) کے بغیر(?!\w))"
)


@attrs.frozen
class Negation:
    """A phrase saying there was none of something.

    Attributes:
        start: Normalized offset of the phrase.
        end: Normalized offset just past it.
        scope_start: Normalized offset of the negated words ("جانی نقصان").
        scope_end: Normalized offset just past them.
    """

    start: int
    end: int
    scope_start: int
    scope_end: int


def find_negations(nt: NormalizedText) -> list[Negation]:
    """Find "none of X" phrases; what X must be (casualties, injuries) is the caller's choice.

    Args:
        nt: The output of :func:`normalize`.

    Returns:
        The phrases in text order; read the negated words as
        ``nt.text[n.scope_start:n.scope_end]``.

    Raises:
        InvalidArgumentError: If ``nt`` is not a :class:`NormalizedText`.
    """
    text = check_normalized(nt).text
    out = []
    for m in _NOT_ANY.finditer(text):
        out.append(Negation(m.start(), m.end(), m.start("scope"), m.end("scope") - 1))
    for m in _WITHOUT.finditer(text):
        group = "scope" if m.group("scope") is not None else "scope2"
        out.append(Negation(m.start(), m.end(), m.start(group), m.end(group)))
    return sorted(out, key=lambda n: n.start)
