"""The data model: frozen, typed records for incidents, actors and claims.

Every class here is a frozen, slotted attrs class. Validators run on construction,
so an invalid object cannot be built: a count whose minimum exceeds its maximum,
a sub-event type that does not belong to its event type, or a span that does not
point at the text it carries all raise :class:`~urdu_events.OffsetError` or
:class:`~urdu_events.InvalidArgumentError` (both are ``ValueError`` subclasses).

Spans are pairs of character offsets into the *original*, un-normalised text of a
document, end excluded, together with the text they cover, so that
``document.text[span.start:span.end] == span.text`` always holds.

The JSON keys these classes serialise to follow ``GUIDELINES.md`` (see
:mod:`urdu_events.serialize`).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from .exceptions import InvalidArgumentError, OffsetError

__all__ = [
    "SCHEMA_VERSION",
    "SUB_EVENT_TYPES",
    "Actor",
    "ActorType",
    "Casualties",
    "Claim",
    "ClaimKind",
    "Count",
    "DatePrecision",
    "DateRange",
    "Document",
    "EventType",
    "ExtractorFailure",
    "GeoPrecision",
    "Incident",
    "LexiconVersion",
    "Location",
    "Participant",
    "Reason",
    "Responsibility",
    "ResponsibilityStatus",
    "Role",
    "Span",
    "SubEventType",
    "Weapon",
    "iter_spans",
]

#: Version of the Document JSON layout. Minor versions only add optional keys.
SCHEMA_VERSION = "1.1"

_ISO2 = re.compile(r"[A-Z]{2}")


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)):
        raise InvalidArgumentError(f"expected a sequence of items, got a string: {value!r}")
    return tuple(value)


class _ItemsOfValidator:
    """A validator: every item of a tuple field is an instance of ``kind`` (else InvalidArgumentError)."""

    def __init__(self, kind: type[Any]) -> None:
        self.kind = kind

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, self.kind):
                raise InvalidArgumentError(
                    f"{type(instance).__name__}.{attribute.name}[{index}] must be a {self.kind.__name__}, "
                    f"got {type(item).__name__} {item!r:.80}"
                )


def _items_of(kind: type[Any]) -> Any:
    """Return a validator checking that every item of a tuple field is a ``kind``.

    Used by :class:`Document` and :class:`~urdu_events.Findings`, so that an
    extractor returning something else is caught where it is built.
    """
    return _ItemsOfValidator(kind)


def _of_type(kind: type[Any] | tuple[type[Any], ...]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise InvalidArgumentError(
                f"{type(instance).__name__}.{attribute.name} has the wrong type: {type(value).__name__}"
            )

    return check


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InvalidArgumentError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def _iso_country(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not _ISO2.fullmatch(value):
        raise InvalidArgumentError(
            f"{type(instance).__name__}.{attribute.name} must be an ISO 3166-1 alpha-2 code "
            f"such as 'PK', got {value!r}"
        )


# --- spans -------------------------------------------------------------------------


@attrs.frozen
class Span:
    """A run of characters of a document's original text.

    Args:
        start: Offset of the first character (0-based).
        end: Offset just past the last character; ``end >= start``.
        text: The characters covered, ``original[start:end]``.

    Raises:
        OffsetError: If the offsets are negative, reversed, or do not match the
            length of ``text``.
    """

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise OffsetError(f"invalid span offsets [{self.start}, {self.end})")
        if len(self.text) != self.end - self.start:
            raise OffsetError(
                f"span [{self.start}, {self.end}) covers {self.end - self.start} characters "
                f"but its text has {len(self.text)}"
            )

    @classmethod
    def of(cls, original: str, start: int, end: int) -> Span:
        """Build the span of ``original[start:end]``.

        Raises:
            OffsetError: If the offsets fall outside ``original``.
        """
        if not 0 <= start <= end <= len(original):
            raise OffsetError(f"span [{start}, {end}) is outside a text of length {len(original)}")
        return cls(start, end, original[start:end])

    def check(self, original: str) -> None:
        """Raise :class:`OffsetError` unless this span points at ``original``."""
        if self.end > len(original) or original[self.start : self.end] != self.text:
            raise OffsetError(
                f"span [{self.start}, {self.end}) {self.text!r} does not match the text "
                f"(which has {original[self.start : self.end]!r} there)"
            )


def iter_spans(obj: object) -> Iterator[Span]:
    """Return an iterator over every :class:`Span` held by a model object, depth first."""
    found: list[Span] = []
    _collect_spans(obj, found)
    return iter(found)


def _collect_spans(obj: object, found: list[Span]) -> None:
    """Append the spans of ``obj`` to ``found`` (plain recursion: cheaper than nested generators)."""
    if isinstance(obj, Span):
        found.append(obj)
    elif isinstance(obj, tuple):
        for item in obj:
            if isinstance(item, Span):  # a span is taken here, without a call per span
                found.append(item)
            else:
                _collect_spans(item, found)
    else:
        cls: type = type(obj)
        for name in _span_fields(cls):
            value = getattr(obj, name)
            # Tested by type, never by ``==``: comparing a model object with a tuple would run
            # its generated ``__eq__``.
            if value is None:
                continue
            if isinstance(value, Span):
                found.append(value)
            elif isinstance(value, tuple):
                for item in value:  # an empty tuple holds nothing, a span is taken without a call
                    if isinstance(item, Span):
                        found.append(item)
                    else:
                        _collect_spans(item, found)
            else:
                _collect_spans(value, found)


@functools.cache
def _span_fields(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` that may hold spans; none unless it is an attrs class."""
    return _nested_fields(cls) if attrs.has(cls) else ()


@functools.cache
def _nested_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of ``cls`` that may hold spans (not scalars, dates or enums)."""
    leaves = {"str", "int", "float", "bool", "dt.date", "None"}
    leaves |= {name for name, v in globals().items() if isinstance(v, type) and issubclass(v, enum.Enum)}
    return tuple(
        f.name for f in attrs.fields(cls) if not {part.strip() for part in str(f.type).split("|")} <= leaves
    )


# --- numbers and dates ---------------------------------------------------------------


@attrs.frozen
class Count:
    """A number of people as a range, as ACLED codes vague figures.

    ``Count(5, 5)`` is exactly five, ``Count(5, None)`` at least five,
    ``Count(5, 7)`` five to seven, ``Count(0, 0)`` none.

    Args:
        min: Lower bound, or ``None`` if only an upper bound is known.
        max: Upper bound, or ``None`` if open-ended.
        span: Where the figure was read, if anywhere.

    Raises:
        InvalidArgumentError: If a bound is negative, both are ``None``, or
            ``min > max``.
    """

    min: int | None
    max: int | None = attrs.field()
    span: Span | None = attrs.field(default=None, kw_only=True)

    @max.default
    def _max_default(self) -> int | None:
        return self.min

    def __attrs_post_init__(self) -> None:
        if self.min is None and self.max is None:
            raise InvalidArgumentError("a Count needs at least one bound")
        for bound in (self.min, self.max):
            if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int)):
                raise InvalidArgumentError(f"Count bounds must be integers, got {bound!r}")
            if bound is not None and bound < 0:
                raise InvalidArgumentError(f"Count bounds must not be negative, got {bound}")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise InvalidArgumentError(f"Count min {self.min} is greater than max {self.max}")

    @property
    def is_exact(self) -> bool:
        """Whether the range holds a single number."""
        return self.min is not None and self.min == self.max

    def __contains__(self, n: object) -> bool:
        if not isinstance(n, int):
            return False
        return (self.min is None or n >= self.min) and (self.max is None or n <= self.max)


class DatePrecision(str, enum.Enum):
    """How precisely a :class:`DateRange` was stated."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.frozen
class DateRange:
    """When something happened, as an inclusive range of days.

    An unresolvable expression ("recently", or a weekday in an article with no
    publication date) keeps its text in ``span`` with both dates ``None``.

    Raises:
        InvalidArgumentError: If only one end is given or ``start > end``.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision | None = None
    span: Span | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise InvalidArgumentError("a DateRange needs both start and end, or neither")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise InvalidArgumentError(f"DateRange start {self.start} is after end {self.end}")

    @classmethod
    def day(cls, day: dt.date, *, span: Span | None = None) -> DateRange:
        """A single day."""
        return cls(day, day, DatePrecision.DAY, span=span)

    @property
    def is_resolved(self) -> bool:
        """Whether the range has concrete dates."""
        return self.start is not None


# --- places and actors ---------------------------------------------------------------


class GeoPrecision(str, enum.Enum):
    """How precisely a :class:`Location`'s coordinates place it (ACLED's geo_precision)."""

    TOWN = "town"
    DISTRICT = "district"
    PROVINCE = "province"
    COUNTRY = "country"

    @property
    def acled_code(self) -> int:
        """ACLED's numeric ``geo_precision`` (1 town, 2 district, 3 province or wider)."""
        return {"town": 1, "district": 2}.get(self.value, 3)


def _latitude(instance: object, attribute: attrs.Attribute[float | None], value: float | None) -> None:
    if value is not None and not -90.0 <= value <= 90.0:
        raise InvalidArgumentError(f"latitude must be within [-90, 90], got {value}")


def _longitude(instance: object, attribute: attrs.Attribute[float | None], value: float | None) -> None:
    if value is not None and not -180.0 <= value <= 180.0:
        raise InvalidArgumentError(f"longitude must be within [-180, 180], got {value}")


@attrs.frozen
class Location:
    """A place named in the text, with whatever the gazetteer knows about it.

    Args:
        name: The name as written in the article (no case endings).
        span: Where the name was read.
        admin1: First-level division (province or state), as an English name.
        admin2: Second-level division (district), as an English name.
        country: ISO 3166-1 alpha-2 code.
        latitude: Decimal degrees, given together with ``longitude``.
        longitude: Decimal degrees, given together with ``latitude``.
        precision: What the coordinates stand for.
        geonames_id: GeoNames identifier, when the place came from GeoNames.
        english_name: The gazetteer's English name.
    """

    name: str = attrs.field(validator=_non_empty)
    span: Span | None = attrs.field(default=None, kw_only=True)
    admin1: str | None = attrs.field(default=None, kw_only=True)
    admin2: str | None = attrs.field(default=None, kw_only=True)
    country: str | None = attrs.field(default=None, kw_only=True, validator=_iso_country)
    latitude: float | None = attrs.field(default=None, kw_only=True, validator=_latitude)
    longitude: float | None = attrs.field(default=None, kw_only=True, validator=_longitude)
    precision: GeoPrecision | None = attrs.field(default=None, kw_only=True)
    geonames_id: int | None = attrs.field(default=None, kw_only=True)
    english_name: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if (self.latitude is None) != (self.longitude is None):
            raise InvalidArgumentError("a Location needs both latitude and longitude, or neither")


class ActorType(str, enum.Enum):
    """ACLED's eight actor types ("inter codes")."""

    STATE_FORCES = "state forces"
    REBEL_GROUP = "rebel group"
    POLITICAL_MILITIA = "political militia"
    IDENTITY_MILITIA = "identity militia"
    RIOTERS = "rioters"
    PROTESTERS = "protesters"
    CIVILIANS = "civilians"
    EXTERNAL_OTHER = "external/other"

    @property
    def inter_code(self) -> int:
        """ACLED's numeric inter code, 1 to 8."""
        return list(ActorType).index(self) + 1


@attrs.frozen
class Actor:
    """A person, group or institution, as named in the text.

    Args:
        name: The name as written, the shortest span that identifies the actor.
        type: ACLED actor type, when known.
        anonymous: Whether the actor is an unnamed person or source
            ("ذرائع", "ایک اہلکار").
        normalized_name: A canonical Urdu name from a lexicon.
        english_name: An English name from a lexicon.
        span: Where the name was read.
    """

    name: str = attrs.field(validator=_non_empty)
    type: ActorType | None = attrs.field(default=None, kw_only=True)
    anonymous: bool = attrs.field(default=False, kw_only=True)
    normalized_name: str | None = attrs.field(default=None, kw_only=True)
    english_name: str | None = attrs.field(default=None, kw_only=True)
    span: Span | None = attrs.field(default=None, kw_only=True)


class Role(str, enum.Enum):
    """An actor's part in an incident."""

    PERPETRATOR = "perpetrator"
    TARGET = "target"


@attrs.frozen
class Participant(Actor):
    """An :class:`Actor` taking part in an incident in a given :class:`Role`."""

    role: Role = attrs.field(kw_only=True)

    @classmethod
    def from_actor(cls, actor: Actor, role: Role) -> Participant:
        """Give ``actor`` a role in an incident."""
        return cls(role=role, **attrs.asdict(actor, recurse=False))

    def as_actor(self) -> Actor:
        """The actor without its role."""
        fields = attrs.asdict(self, recurse=False)
        del fields["role"]
        return Actor(**fields)


@attrs.frozen
class Weapon:
    """An instrument of violence, as written ("راکٹ", "خودکش جیکٹ")."""

    name: str = attrs.field(validator=_non_empty)
    span: Span | None = attrs.field(default=None, kw_only=True)


# --- incidents -----------------------------------------------------------------------


class EventType(str, enum.Enum):
    """ACLED event types."""

    BATTLES = "Battles"
    EXPLOSIONS_REMOTE_VIOLENCE = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(str, enum.Enum):
    """ACLED sub-event types; :data:`SUB_EVENT_TYPES` says which event type each belongs to."""

    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING_ARTILLERY_MISSILE = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"

    @property
    def event_type(self) -> EventType:
        """The event type this sub-event type belongs to."""
        return SUB_EVENT_TYPES[self]


_S = SubEventType
_E = EventType
#: Which :class:`EventType` each :class:`SubEventType` belongs to (ACLED's table).
SUB_EVENT_TYPES: dict[SubEventType, EventType] = {
    **dict.fromkeys(
        (_S.ARMED_CLASH, _S.GOVERNMENT_REGAINS_TERRITORY, _S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
        _E.BATTLES,
    ),
    **dict.fromkeys(
        (
            _S.CHEMICAL_WEAPON,
            _S.AIR_DRONE_STRIKE,
            _S.SUICIDE_BOMB,
            _S.SHELLING_ARTILLERY_MISSILE,
            _S.REMOTE_EXPLOSIVE,
            _S.GRENADE,
        ),
        _E.EXPLOSIONS_REMOTE_VIOLENCE,
    ),
    **dict.fromkeys((_S.SEXUAL_VIOLENCE, _S.ATTACK, _S.ABDUCTION), _E.VIOLENCE_AGAINST_CIVILIANS),
    **dict.fromkeys((_S.PEACEFUL_PROTEST, _S.PROTEST_WITH_INTERVENTION, _S.EXCESSIVE_FORCE), _E.PROTESTS),
    **dict.fromkeys((_S.VIOLENT_DEMONSTRATION, _S.MOB_VIOLENCE), _E.RIOTS),
    **dict.fromkeys(
        (
            _S.AGREEMENT,
            _S.ARRESTS,
            _S.CHANGE_TO_GROUP,
            _S.DISRUPTED_WEAPONS_USE,
            _S.HEADQUARTERS_ESTABLISHED,
            _S.LOOTING,
            _S.NON_VIOLENT_TRANSFER,
            _S.OTHER,
        ),
        _E.STRATEGIC_DEVELOPMENTS,
    ),
}
del _S, _E


@attrs.frozen
class Casualties:
    """People killed and injured; ``None`` where the text says nothing."""

    killed: Count | None = None
    injured: Count | None = None


class ResponsibilityStatus(str, enum.Enum):
    """Whether anyone took responsibility for an incident."""

    CLAIMED = "claimed"
    UNCLAIMED = "unclaimed"
    DENIED = "denied"
    UNKNOWN = "unknown"


@attrs.frozen
class Responsibility:
    """Who claimed (or denied) an incident.

    ``unclaimed`` means the text says nobody has claimed it; ``unknown`` means it
    says nothing. With ``denied``, the claimants are those who deny.

    Raises:
        InvalidArgumentError: If claimants are given with ``unclaimed`` or ``unknown``.
    """

    status: ResponsibilityStatus = ResponsibilityStatus.UNKNOWN
    claimants: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)

    def __attrs_post_init__(self) -> None:
        if self.claimants and self.status in (
            ResponsibilityStatus.UNCLAIMED,
            ResponsibilityStatus.UNKNOWN,
        ):
            raise InvalidArgumentError(f"a {self.status.value!r} responsibility has no claimants")


def _unit_interval(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise InvalidArgumentError(f"{attribute.name} must be within [0, 1], got {value}")


@attrs.frozen
class Reason:
    """Why an incident has one of its values: the reading rule that gave it and the words read.

    Args:
        field: Which part of the incident: ``"type"``, ``"place"``, ``"country"``,
            ``"actor"``, ``"killed"``, ``"injured"`` or ``"date"``.
        value: The value given, as the incident has it (a sub-event type, a place or
            actor name with its role, a count such as ``"4"`` or ``"2-"``, an ISO date).
        rule: The id of the rule that gave it: one of
            ``urdu_events.extractors.incidents.RULES``, or a basic reading
            (``"triggers.lexicon"``, ``"places.gazetteer"``, ``"roles.case-marker"``,
            ``"counts.number"``, ``"dates.text"``, ...; see ``docs/incidents.md``).
        span: The words that gave it, if the rule read any.

    .. versionadded:: 0.1.0
    """

    field: str = attrs.field(validator=_non_empty)
    value: str
    rule: str = attrs.field(validator=_non_empty)
    span: Span | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Incident:
    """One violent or conflict-related occurrence at one place on one day.

    Args:
        event_type: ACLED event type.
        sub_event_type: ACLED sub-event type; must belong to ``event_type``.
        date: When it happened.
        locations: Places, most specific first.
        country: ISO 3166-1 alpha-2 code of where it happened.
        actors: Perpetrators and targets.
        weapons: Instruments as written.
        casualties: Killed and injured.
        responsibility: Who claimed or denied it.
        main: ``True`` for the news the article is about, ``False`` for a
            recalled background incident.
        trigger: The words that reported the event.
        evidence: Other spans the incident was read from.
        confidence: The extractor's confidence, from 0 to 1.
        reasons: Why it has its type, places, actors, counts and date: one
            :class:`Reason` each, naming the rule and the words it read.

    Raises:
        InvalidArgumentError: If the sub-event type does not belong to the event type.
    """

    event_type: EventType
    sub_event_type: SubEventType
    date: DateRange = attrs.field(factory=DateRange, kw_only=True)
    locations: tuple[Location, ...] = attrs.field(default=(), converter=_tuple, kw_only=True)
    country: str | None = attrs.field(default=None, kw_only=True, validator=_iso_country)
    actors: tuple[Participant, ...] = attrs.field(default=(), converter=_tuple, kw_only=True)
    weapons: tuple[Weapon, ...] = attrs.field(default=(), converter=_tuple, kw_only=True)
    casualties: Casualties = attrs.field(factory=Casualties, kw_only=True)
    responsibility: Responsibility = attrs.field(factory=Responsibility, kw_only=True)
    main: bool = attrs.field(default=True, kw_only=True)
    trigger: Span | None = attrs.field(default=None, kw_only=True)
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_tuple, kw_only=True)
    confidence: float = attrs.field(default=1.0, kw_only=True, validator=_unit_interval)
    reasons: tuple[Reason, ...] = attrs.field(default=(), converter=_tuple, kw_only=True)

    def __attrs_post_init__(self) -> None:
        expected = SUB_EVENT_TYPES.get(self.sub_event_type)
        if expected is not self.event_type:
            raise InvalidArgumentError(
                f"sub-event type {getattr(self.sub_event_type, 'value', self.sub_event_type)!r} "
                f"belongs to {getattr(expected, 'value', None)!r}, "
                f"not {getattr(self.event_type, 'value', self.event_type)!r}"
            )

    @property
    def perpetrators(self) -> tuple[Participant, ...]:
        """Actors in the perpetrator role."""
        return tuple(a for a in self.actors if a.role is Role.PERPETRATOR)

    @property
    def targets(self) -> tuple[Participant, ...]:
        """Actors in the target role."""
        return tuple(a for a in self.actors if a.role is Role.TARGET)

    def _repr_html_(self) -> str:
        from .display import incident_html

        return incident_html(self)


# --- claims --------------------------------------------------------------------------


class ClaimKind(str, enum.Enum):
    """What an attributed statement does."""

    STATEMENT = "statement"
    RESPONSIBILITY = "responsibility"
    DENIAL = "denial"
    DEMAND = "demand"


def _index(instance: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and value < 0:
        raise InvalidArgumentError(f"{attribute.name} must not be negative, got {value}")


@attrs.frozen
class Claim:
    """An attributed statement: a source says, confirms, denies, demands or claims.

    Args:
        speaker: Who said it; ``None`` for agentless reports ("بتایا گیا ہے").
        cue: The reporting words ("نے کہا", "کے مطابق").
        content: What was said, as written.
        kind: Statement, responsibility claim, denial or demand.
        anonymous: Whether the source is unnamed (or absent).
        incident: Index into the document's incidents of the incident the claim
            is about, if any.
    """

    cue: Span
    content: Span | None = attrs.field(default=None)
    speaker: Actor | None = attrs.field(default=None, kw_only=True)
    kind: ClaimKind = attrs.field(default=ClaimKind.STATEMENT, kw_only=True)
    anonymous: bool = attrs.field(default=False, kw_only=True)
    incident: int | None = attrs.field(default=None, kw_only=True, validator=_index)

    def _repr_html_(self) -> str:
        from .display import claim_html

        return claim_html(self)


# --- documents -----------------------------------------------------------------------


@attrs.frozen
class ExtractorFailure:
    """An extractor that failed on a document, so the document is partial.

    Args:
        extractor: The extractor's name.
        message: What went wrong.
    """

    extractor: str
    message: str


@attrs.frozen(order=True)
class LexiconVersion:
    """The name and version of a lexicon that an extractor read.

    Args:
        name: The lexicon's name (``"actors"``, ``"acme-triggers"``).
        version: Its version (``"1.1.0"``).

    .. versionadded:: 0.1.0
    """

    name: str
    version: str


#: The document a new one is being made from, while a pipeline adds one extractor's findings
#: to it: the new document does not check again the spans of the incidents or claims that it
#: shares with it (the same tuple, against the same text; every document checked its own).
_EXTENDING: contextvars.ContextVar[Document | None] = contextvars.ContextVar(
    "urdu_events_extending", default=None
)


@attrs.frozen
class Document:
    """An article with everything extracted from it.

    Args:
        id: The document's identifier.
        text: The original, un-normalised text. Every span points into it.
        published: Publication date, used to resolve relative dates.
        incidents: Incidents, in order of first mention.
        claims: Attributed statements, in text order.
        failures: Extractors that failed on this document (their findings are
            missing); empty when extraction was complete.
        lexicons: The lexicons the extractors read, with their versions, in
            the order the extractors reported them (added in schema 1.1).
        schema_version: Version of the JSON layout.

    Raises:
        OffsetError: If a span of an incident or claim does not match ``text``.
        InvalidArgumentError: If a claim links to an incident that does not exist,
            or an item or field has the wrong type (``incidents=["junk"]``).
    """

    id: str = attrs.field(validator=_of_type(str))
    text: str = attrs.field(validator=_of_type(str))
    published: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_of_type((dt.date, type(None)))
    )
    incidents: tuple[Incident, ...] = attrs.field(
        default=(), converter=_tuple, kw_only=True, validator=_items_of(Incident)
    )
    claims: tuple[Claim, ...] = attrs.field(
        default=(), converter=_tuple, kw_only=True, validator=_items_of(Claim)
    )
    failures: tuple[ExtractorFailure, ...] = attrs.field(
        default=(), converter=_tuple, kw_only=True, validator=_items_of(ExtractorFailure)
    )
    lexicons: tuple[LexiconVersion, ...] = attrs.field(
        default=(), converter=_tuple, kw_only=True, validator=_items_of(LexiconVersion)
    )
    schema_version: str = attrs.field(default=SCHEMA_VERSION, kw_only=True)

    def __attrs_post_init__(self) -> None:
        parts: tuple[tuple[Incident, ...] | tuple[Claim, ...], ...] = (self.incidents, self.claims)
        base = _EXTENDING.get()
        if base is not None and base.text is self.text:
            # A tuple that is the base's own was checked against this very text when the base was made.
            parts = tuple(
                p for p, old in zip(parts, (base.incidents, base.claims), strict=True) if p is not old
            )
        for span in iter_spans(parts):
            span.check(self.text)
        for claim in self.claims:
            if claim.incident is not None and claim.incident >= len(self.incidents):
                raise InvalidArgumentError(
                    f"a claim links to incident {claim.incident}, but the document has {len(self.incidents)}"
                )

    def claims_about(self, incident: int) -> tuple[Claim, ...]:
        """The claims linked to the incident at index ``incident``."""
        return tuple(c for c in self.claims if c.incident == incident)

    def _repr_html_(self) -> str:
        from .display import document_html

        return document_html(self)
