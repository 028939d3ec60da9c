"""Hypothesis strategies that generate valid urdu-events models.

Every strategy yields objects that pass the models' validators. Strategies that
take ``text`` generate spans consistent with it (``text[s.start:s.end] == s.text``),
so whole :func:`documents` are valid. Plugin authors can use these to
property-test their own extractors and serializers:

>>> from hypothesis import given
>>> from urdu_events.testing import strategies as ues
>>> @given(ues.documents())
... def test_round_trip(doc): ...
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from ..exceptions import InvalidArgumentError
from ..models import (
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

__all__ = [
    "actors",
    "casualties",
    "claims",
    "counts",
    "date_ranges",
    "documents",
    "incidents",
    "locations",
    "participants",
    "reasons",
    "responsibilities",
    "spans",
    "texts",
    "urdu_texts",
    "weapons",
]

_URDU_LETTERS = "آابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئ"
_URDU_EXTRA = "۔،؟ كيه\u064b\u0650\u0670\u200c\u00a0\n۱۲۳0123"
_NAME_WORDS = st.text(alphabet=_URDU_LETTERS, min_size=2, max_size=8)
_NAMES = st.lists(_NAME_WORDS, min_size=1, max_size=3).map(" ".join)
_LEXICON_VERSIONS = st.builds(
    LexiconVersion, _NAME_WORDS, st.lists(st.integers(0, 20).map(str), min_size=1, max_size=3).map(".".join)
)
_OPT_SPAN: st.SearchStrategy[Span | None] = st.none()


def urdu_texts(*, min_size: int = 0, max_size: int = 200) -> st.SearchStrategy[str]:
    """Strings of Urdu letters, marks, digits, punctuation and spaces."""
    return st.text(alphabet=_URDU_LETTERS + _URDU_EXTRA + " " * 8, min_size=min_size, max_size=max_size)


def texts(*, min_size: int = 0, max_size: int = 200) -> st.SearchStrategy[str]:
    """Mostly Urdu-like text, sometimes arbitrary Unicode."""
    return st.one_of(
        urdu_texts(min_size=min_size, max_size=max_size),
        st.text(min_size=min_size, max_size=max_size),
    )


def spans(text: str) -> st.SearchStrategy[Span]:
    """Spans into ``text`` (possibly empty)."""

    @st.composite
    def build(draw: st.DrawFn) -> Span:
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return Span.of(text, start, end)

    return build()


def _opt_span(text: str | None) -> st.SearchStrategy[Span | None]:
    return _OPT_SPAN if text is None else st.none() | spans(text)


def counts(*, max_value: int = 10_000_000) -> st.SearchStrategy[Count]:
    """Valid count ranges: exact, open-ended, bounded ranges."""
    if max_value < 0:
        raise InvalidArgumentError(f"max_value must not be negative, got {max_value}")
    n = st.integers(0, max_value)
    return st.one_of(
        n.map(lambda v: Count(v, v)),
        n.map(lambda v: Count(v, None)),
        n.map(lambda v: Count(None, v)),
        st.tuples(n, n).map(lambda ab: Count(min(ab), max(ab))),
    )


def date_ranges(text: str | None = None) -> st.SearchStrategy[DateRange]:
    """Resolved or unresolved date ranges."""
    days = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
    precision = st.none() | st.sampled_from(DatePrecision)

    @st.composite
    def resolved(draw: st.DrawFn) -> DateRange:
        a, b = sorted((draw(days), draw(days)))
        return DateRange(a, b, draw(precision), span=draw(_opt_span(text)))

    unresolved = st.builds(DateRange, precision=precision, span=_opt_span(text))
    return resolved() | unresolved


def locations(text: str | None = None) -> st.SearchStrategy[Location]:
    """Places, with or without coordinates."""
    coords = st.none() | st.tuples(st.floats(-90, 90, allow_nan=False), st.floats(-180, 180, allow_nan=False))

    @st.composite
    def build(draw: st.DrawFn) -> Location:
        latlon = draw(coords)
        return Location(
            draw(_NAMES),
            span=draw(_opt_span(text)),
            admin1=draw(st.none() | _NAMES),
            admin2=draw(st.none() | _NAMES),
            country=draw(st.none() | st.sampled_from(["PK", "AF", "IN", "IQ", "SY", "PS", "IL"])),
            latitude=None if latlon is None else latlon[0],
            longitude=None if latlon is None else latlon[1],
            precision=draw(st.none() | st.sampled_from(GeoPrecision)),
            geonames_id=draw(st.none() | st.integers(1, 2**31)),
        )

    return build()


def actors(text: str | None = None) -> st.SearchStrategy[Actor]:
    """Actors, named or anonymous."""
    return st.builds(
        Actor,
        _NAMES,
        type=st.none() | st.sampled_from(ActorType),
        anonymous=st.booleans(),
        normalized_name=st.none() | _NAMES,
        english_name=st.none() | st.text(alphabet="abcdefghij ", min_size=1, max_size=12).filter(str.strip),
        span=_opt_span(text),
    )


def participants(text: str | None = None) -> st.SearchStrategy[Participant]:
    """Actors with a role in an incident."""
    return st.builds(Participant.from_actor, actors(text), st.sampled_from(Role))


def weapons(text: str | None = None) -> st.SearchStrategy[Weapon]:
    """Weapons as written."""
    return st.builds(Weapon, _NAMES, span=_opt_span(text))


def casualties() -> st.SearchStrategy[Casualties]:
    """Killed and injured, each possibly unknown."""
    return st.builds(Casualties, st.none() | counts(), st.none() | counts())


def responsibilities(text: str | None = None) -> st.SearchStrategy[Responsibility]:
    """Responsibility statuses with claimants only where they make sense."""
    with_claimants = st.builds(
        Responsibility,
        st.sampled_from([ResponsibilityStatus.CLAIMED, ResponsibilityStatus.DENIED]),
        st.lists(actors(text), max_size=2),
    )
    without = st.builds(
        Responsibility, st.sampled_from([ResponsibilityStatus.UNCLAIMED, ResponsibilityStatus.UNKNOWN])
    )
    return with_claimants | without


def incidents(text: str | None = None) -> st.SearchStrategy[Incident]:
    """Incidents whose sub-event type matches their event type."""

    @st.composite
    def build(draw: st.DrawFn) -> Incident:
        sub: SubEventType = draw(st.sampled_from(SubEventType))
        return Incident(
            SUB_EVENT_TYPES[sub],
            sub,
            date=draw(date_ranges(text)),
            locations=draw(st.lists(locations(text), max_size=3)),
            country=draw(st.none() | st.sampled_from(["PK", "AF", "IN", "IL", "PS"])),
            actors=draw(st.lists(participants(text), max_size=3)),
            weapons=draw(st.lists(weapons(text), max_size=2)),
            casualties=draw(casualties()),
            responsibility=draw(responsibilities(text)),
            main=draw(st.booleans()),
            trigger=draw(_opt_span(text)),
            evidence=draw(st.lists(spans(text), max_size=2) if text is not None else st.just([])),
            confidence=draw(st.floats(0, 1, allow_nan=False)),
            reasons=draw(st.lists(reasons(text), max_size=3)),
        )

    return build()


def reasons(text: str | None = None) -> st.SearchStrategy[Reason]:
    """Why an incident has a value: a field, the value, a rule id and maybe a span of ``text``.

    .. versionadded:: 0.1.0
    """
    fields = st.sampled_from(["type", "place", "country", "actor", "killed", "injured", "date"])
    rules = st.from_regex(r"[a-z]+\.[a-z][a-z-]{0,20}", fullmatch=True)
    return st.builds(Reason, fields, _NAMES, rules, span=_opt_span(text))


def claims(text: str, *, max_incident: int | None = None) -> st.SearchStrategy[Claim]:
    """Claims whose spans point into ``text``.

    Args:
        text: The document text the spans point into.
        max_incident: Largest incident index a claim may link to; ``None`` for no links.
    """
    link = st.none() if max_incident is None or max_incident < 0 else st.none() | st.integers(0, max_incident)
    return st.builds(
        Claim,
        spans(text),
        st.none() | spans(text),
        speaker=st.none() | actors(text),
        kind=st.sampled_from(ClaimKind),
        anonymous=st.booleans(),
        incident=link,
    )


def documents(*, min_size: int = 0, max_size: int = 3) -> st.SearchStrategy[Document]:
    """Valid documents: text, then incidents and claims consistent with it.

    Args:
        min_size: Fewest incidents (and claims).
        max_size: Most incidents (and claims).
    """
    if min_size < 0 or max_size < min_size:
        raise InvalidArgumentError(f"need 0 <= min_size <= max_size, got {min_size}, {max_size}")

    @st.composite
    def build(draw: st.DrawFn) -> Document:
        text = draw(texts(max_size=120))
        incs = draw(st.lists(incidents(text), min_size=min_size, max_size=max_size))
        cls = draw(st.lists(claims(text, max_incident=len(incs) - 1), min_size=min_size, max_size=max_size))
        return Document(
            draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)),
            text,
            published=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2035, 1, 1))),
            incidents=incs,
            claims=cls,
            failures=draw(st.lists(st.builds(ExtractorFailure, _NAME_WORDS, _NAMES), max_size=1)),
            lexicons=draw(st.lists(_LEXICON_VERSIONS, max_size=2, unique=True)),
        )

    return build()
