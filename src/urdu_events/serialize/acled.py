"""ACLED's export format: the one column mapping behind the CSV, the pandas table and Parquet.

Each incident becomes one row with ACLED's 31 export columns, in ACLED's order
(:data:`ACLED_COLUMNS`), filled the way ACLED's codebook fills them, then our own
columns (:data:`EXTRA_COLUMNS`): the ranges, the responsibility, the Urdu names
as written and the document they came from. :class:`AcledExport` turns
documents into rows of typed values (``int``, ``float``, ``str`` or ``None``);
:class:`urdu_events.serialize.csv.CsvSerializer` writes them as text and
:func:`urdu_events.dataframe.to_acled` as a pandas DataFrame with the dtypes of
:data:`DTYPES`, so the three outputs cannot drift apart.

The coding rules, and where we differ from ACLED and why, are listed in
``docs/formats.md``. In short:

* actors get ACLED's standard English names ("Police Forces of Pakistan
  (2018-)", "Unidentified Armed Group (Pakistan)", "Protesters (Pakistan)");
  the actors of an incident are put into two opposing sides, one per camp
  (the state forces of one country, one armed group, the crowd of a
  demonstration, civilians); ``actor1`` and ``actor2`` lead the two sides and
  ``assoc_actor_1``/``assoc_actor_2`` hold the other named actors of the same
  side only;
* ``inter1``/``inter2`` are ACLED's codes 1 to 8 (``inter2`` is 0 when there is
  no second actor) and ``interaction`` the two codes, lower first, or the code
  followed by 0 for a single actor (``60``);
* ``location`` is the single most specific place, with its admin levels and
  coordinates from the gazetteer;
* ``notes`` is one English sentence generated from the coded fields.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from .._files import package_files
from ..exceptions import InvalidArgumentError
from ..models import (
    Actor,
    ActorType,
    Count,
    Document,
    EventType,
    Incident,
    Location,
    ResponsibilityStatus,
    Role,
    SubEventType,
)

__all__ = [
    "ACLED_COLUMNS",
    "COLUMNS",
    "DISORDER_TYPES",
    "DTYPES",
    "EXTRA_COLUMNS",
    "SOURCE_SCALES",
    "AcledExport",
    "incident_record",
    "neutralise_formula",
    "text_cell",
]

#: ACLED's export columns, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: Our columns, after ACLED's: what ACLED has no column for.
EXTRA_COLUMNS: tuple[str, ...] = (
    "event_date_start",
    "event_date_end",
    "fatalities_min",
    "fatalities_max",
    "injured_min",
    "injured_max",
    "responsibility",
    "claimants",
    "perpetrators_ur",
    "targets_ur",
    "claimants_ur",
    "location_ur",
    "locations_ur",
    "weapons_ur",
    "evidence_ur",
    "main",
    "confidence",
    "doc_id",
    "incident",
)

#: Every column of the export, in order.
COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS

_INT = "Int64"
_FLOAT = "float64"
_TEXT = "object"
_INT_COLUMNS = frozenset(
    (
        "year",
        "time_precision",
        "inter1",
        "inter2",
        "interaction",
        "iso",
        "geo_precision",
        "fatalities",
        "timestamp",
        "fatalities_min",
        "fatalities_max",
        "injured_min",
        "injured_max",
        "incident",
    )
)
_FLOAT_COLUMNS = frozenset(("latitude", "longitude", "confidence"))

#: The pandas dtype of each column (nullable ``Int64`` for whole numbers).
DTYPES: dict[str, str] = {
    c: _INT if c in _INT_COLUMNS else _FLOAT if c in _FLOAT_COLUMNS else "bool" if c == "main" else _TEXT
    for c in COLUMNS
}

_E = EventType
_S = SubEventType
#: ACLED's ``disorder_type`` of each sub-event type.
DISORDER_TYPES: dict[SubEventType, str] = {
    **{s: "Political violence" for s in _S if s.event_type in (_E.BATTLES, _E.EXPLOSIONS_REMOTE_VIOLENCE)},
    **{s: "Political violence" for s in _S if s.event_type is _E.VIOLENCE_AGAINST_CIVILIANS},
    _S.PEACEFUL_PROTEST: "Demonstrations",
    _S.PROTEST_WITH_INTERVENTION: "Demonstrations",
    _S.EXCESSIVE_FORCE: "Political violence; Demonstrations",
    _S.VIOLENT_DEMONSTRATION: "Demonstrations",
    _S.MOB_VIOLENCE: "Political violence",
    **{s: "Strategic developments" for s in _S if s.event_type is _E.STRATEGIC_DEVELOPMENTS},
}

#: ACLED's ``source_scale`` of the Urdu outlets we know, by lower-cased name.
SOURCE_SCALES: dict[str, str] = {
    "bbc urdu": "International",
    "voa urdu": "International",
    "dw urdu": "International",
    "independent urdu": "International",
    "daily jang": "National",
    "jang": "National",
    "geo news": "National",
    "express": "National",
    "daily express": "National",
    "express news": "National",
    "dunya news": "National",
    "roznama dunya": "National",
    "nawa-i-waqt": "National",
    "ary news": "National",
    "dawn": "National",
}

# --- countries -------------------------------------------------------------------------


@attrs.frozen
class _Country:
    name: str
    iso: int | None
    region: str | None


@functools.cache
def _countries() -> dict[str, _Country]:
    raw = package_files("urdu_events").joinpath("data/acled_countries.json").read_text(encoding="utf-8")
    return {code: _Country(**fields) for code, fields in json.loads(raw)["countries"].items()}


@functools.cache
def _country_names() -> frozenset[str]:
    return frozenset(c.name for c in _countries().values())


def _country(code: str | None) -> _Country | None:
    return None if code is None else _countries().get(code)


# --- actors ----------------------------------------------------------------------------

#: Lexicon English names of police forces (ACLED: "Police Forces of <country>").
_POLICE = frozenset(("Police", "CTD: Counter Terrorism Department", "Levies", "Law enforcement agencies"))
#: Lexicon English names of forces that exist only in Pakistan.
_PAKISTANI_MILITARY = frozenset(("Frontier Corps", "Rangers", "Pakistan Air Force", "Pakistan Navy"))
_PAKISTANI_POLICE = frozenset(("FIA: Federal Investigation Agency",))
_FORCES_OF = re.compile(r"(Military|Police) Forces(?: of (.+?))?(?: \(\d{4}-\d{0,4}\))?")
#: The period ACLED appends to a country's state forces ("... of Pakistan (2018-)").
_PERIODS = {"Pakistan": "2018-"}
#: Lexicon English names of social groups, to which ACLED adds the country.
_GROUPS = frozenset(("Lawyers",))
_UNIDENTIFIED = "Unidentified Armed Group"
#: The names ACLED gives kinds of actors, with or without a country: no actor's own name.
_KIND_NAMES = re.compile(
    r"(?:Civilians|Protesters|Rioters|Unidentified Armed Group)(?: \([^()]*\))?", re.IGNORECASE
)
_ARMED = frozenset((ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA))
_DEMONSTRATIONS = frozenset((EventType.PROTESTS, EventType.RIOTS))


def _with_country(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country else name


def _forces(kind: str, country: str | None) -> str:
    if country is None:
        return f"{kind} Forces"
    period = _PERIODS.get(country)
    return f"{kind} Forces of {country}" + (f" ({period})" if period else "")


@attrs.frozen
class _Coded:
    """An actor as ACLED codes it.

    ``camp`` groups the actors that are on one side ("state:Pakistan",
    "armed:TTP: ...", "crowd", "civilians"); ``lead`` is the name the side
    takes when this actor leads it; ``named`` is the actor's own name, listed
    as an associated actor (``None`` for generic actors).
    """

    camp: str
    lead: str
    inter: int
    named: str | None


def _state(english: str | None, country: str | None) -> _Coded:
    forces = _FORCES_OF.fullmatch(english or "")
    if forces:
        kind, where = forces.group(1), forces.group(2) or country
    elif english in _POLICE:
        kind, where = "Police", country
    elif english in _PAKISTANI_POLICE:
        kind, where = "Police", "Pakistan"
    elif english in _PAKISTANI_MILITARY:
        kind, where = "Military", "Pakistan"
    elif english is not None and english in _country_names():
        kind, where = "Military", english  # a state named as an actor ("Israel")
    elif english is not None and english not in ("Security forces", "Intelligence agencies"):
        return _Coded(f"state:{english}", english, 1, english)  # "Peshmerga"
    else:
        kind, where = "Military", country
    name = _forces(kind, where)
    return _Coded(f"state:{where}", name, 1, name)


def _code(actor: Actor, role: Role | None, country: str | None, event: EventType) -> _Coded | None:
    """How ACLED names and types ``actor``; ``None`` if it cannot be coded (no actor type)."""
    kind, english = actor.type, actor.english_name
    if kind is None:
        return None
    if english is not None and _KIND_NAMES.fullmatch(english):
        english = None  # "Civilians (Pakistan)" names a kind of actor, as an unnamed one is named
    if event in _DEMONSTRATIONS and (
        kind in (ActorType.PROTESTERS, ActorType.RIOTERS)
        or (kind is ActorType.CIVILIANS and role is Role.PERPETRATOR)
    ):
        crowd = "Protesters" if event is EventType.PROTESTS else "Rioters"
        named = _with_country(english, country) if english in _GROUPS else english
        return _Coded("crowd", _with_country(crowd, country), 6 if crowd == "Protesters" else 5, named)
    if kind is ActorType.STATE_FORCES:
        return _state(english, country)
    if kind in _ARMED:
        if english is None or english.lower() == _UNIDENTIFIED.lower():
            return _Coded("armed:*", _with_country(_UNIDENTIFIED, country), 3, None)
        return _Coded(f"armed:{english}", english, kind.inter_code, english)
    if kind is ActorType.EXTERNAL_OTHER:
        return None if english is None else _Coded(f"other:{english}", english, 8, english)
    generic = {
        ActorType.CIVILIANS: "Civilians",
        ActorType.PROTESTERS: "Protesters",
        ActorType.RIOTERS: "Rioters",
    }
    named = None if english is None else _with_country(english, country) if english in _GROUPS else english
    return _Coded(generic[kind].lower(), _with_country(generic[kind], country), kind.inter_code, named)


@attrs.frozen
class _Sides:
    """The two sides; ``acted`` is false when side 1 is only those the event was done to."""

    one: list[_Coded]
    two: list[_Coded]
    acted: bool = True


def _merge_camps(coded: list[tuple[_Coded, Role]]) -> list[tuple[_Coded, Role]]:
    """Put actors that are one actor into one camp.

    Unnamed militants join the named armed group of the same incident ("TTP
    ... the militants"), and actors that go by the same name are one camp, so
    that no name can end up on both sides. An actor's own name decides before
    the name of its kind, which many actors share: civilians named like the
    armed group of the incident join the group, and the name of their kind
    stays with the other civilians ("Civilians (Pakistan)"), who stay a camp of
    their own. Every name a side can show (its lead's and each actor's own)
    then points to that side's camp.
    """
    named = next((c.camp for c, _ in coded if c.camp.startswith("armed:") and c.camp != "armed:*"), None)
    camp_of: dict[str, str] = {}
    merged = []
    for c, role in coded:
        camp = named if named and c.camp == "armed:*" else c.camp
        if c.named and c.named in camp_of:
            camp = camp_of[c.named]  # the same actor: an earlier one of its side went by the name first
        else:
            camp = camp_of.setdefault(c.lead, camp)
            if c.named:
                camp_of[c.named] = camp
        merged.append((attrs.evolve(c, camp=camp), role))
    return merged


def _sides(incident: Incident, country: str | None) -> _Sides:
    """Split the coded actors into two opposing sides, one camp each."""
    event = incident.event_type
    ordered = [*incident.perpetrators, *incident.targets]
    coded = [(c, p.role) for p in ordered if (c := _code(p, p.role, country, event)) is not None]
    coded = _merge_camps(coded)
    side_of: dict[str, int] = {}
    for c, role in coded:
        if c.camp in side_of:
            continue
        wanted = 1 if role is Role.PERPETRATOR else 2
        taken = set(side_of.values())
        if wanted in taken:
            wanted = 3 - wanted
        if wanted not in taken:
            side_of[c.camp] = wanted  # a third camp fits no side: it stays in our own columns
    one = [c for c, _ in coded if side_of.get(c.camp) == 1]
    two = [c for c, _ in coded if side_of.get(c.camp) == 2]
    return _conventions(incident, country, one, two)


def _conventions(incident: Incident, country: str | None, one: list[_Coded], two: list[_Coded]) -> _Sides:
    """Apply ACLED's rules for who is actor 1 and actor 2 in each kind of event."""
    event, sub = incident.event_type, incident.sub_event_type
    if event in _DEMONSTRATIONS:
        crowd_first = sub is not SubEventType.EXCESSIVE_FORCE
        crowd, other = (one, two) if one and one[0].camp == "crowd" else (two, one)
        if not (crowd and crowd[0].camp == "crowd"):
            generic = _code(Actor("-", type=ActorType.PROTESTERS), Role.PERPETRATOR, country, event)
            assert generic is not None
            crowd, other = [generic], one or two
            if _shows(other, generic.lead):
                crowd, other = other, []  # an actor of the side goes by the crowd's name
        if sub is SubEventType.PEACEFUL_PROTEST:
            other = []  # ACLED codes no second actor in a peaceful protest
        one, two = (crowd, other) if crowd_first else (other, crowd)
    elif event is EventType.VIOLENCE_AGAINST_CIVILIANS:
        if one and one[0].camp == "civilians":
            one, two = two, one  # the civilians are the victims
        civilians = _Coded("civilians", _with_country("Civilians", country), 7, None)
        if not two and not _shows(one, civilians.lead):
            two = [civilians]  # by ACLED's definition, the victims of this event type are civilians
    if not one and event in (
        EventType.BATTLES,
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        EventType.VIOLENCE_AGAINST_CIVILIANS,
    ):
        unidentified = _Coded("armed:*", _with_country(_UNIDENTIFIED, country), 3, None)
        if two and (two[0].lead == unidentified.lead or _shows(two, unidentified.lead)):
            one, two = two, []  # not the same unknown group on both sides
        else:
            one = [unidentified]
    if two and not one:
        # ACLED has no event with an actor 2 alone: the only side named (those
        # arrested, the protesters of an excessive force) is actor 1, inter2 0.
        return _Sides(two, [], acted=False)
    return _Sides(one, two)


def _shows(side: list[_Coded], name: str) -> bool:
    """Whether ``side`` shows ``name``, as its actor or one of its associated actors."""
    lead, assoc, _ = _lead(side)
    return name == lead or name in assoc.split("; ")


def _lead(side: list[_Coded]) -> tuple[str, str, int | None]:
    """The side's actor, its associated actors and its inter code."""
    if not side:
        return "", "", None
    first = min(side, key=lambda c: c.named is None)  # a named group before "the militants"
    assoc: list[str] = []
    for c in side:
        if c.named and c.named != first.lead and c.named not in assoc:
            assoc.append(c.named)
    return first.lead, "; ".join(assoc), first.inter


# --- places, dates and counts ----------------------------------------------------------


def _best_place(incident: Incident) -> Location | None:
    """The most specific place: ACLED codes one location.

    Ranked by precision (a town before a district before a province), then by
    how many admin levels the gazetteer knows ("Lyari" in Karachi South before
    "Karachi"), then by order of mention.
    """

    def rank(item: tuple[int, Location]) -> tuple[int, int, int]:
        i, loc = item
        levels = (loc.admin1 is not None) + (loc.admin2 is not None)
        return (loc.precision.acled_code if loc.precision else 4, -levels, i)

    return min(enumerate(incident.locations), key=rank)[1] if incident.locations else None


def _coded_date(incident: Incident) -> tuple[dt.date | None, int | None]:
    """ACLED's event date and time precision: the day (1), else the middle of a week (2) or longer (3)."""
    start, end = incident.date.start, incident.date.end
    if start is None or end is None:
        return None, None
    days = (end - start).days
    middle = start + dt.timedelta(days=days // 2)
    return middle, 1 if days == 0 else 2 if days < 7 else 3


def _figure(count: Count | None) -> str:
    if count is None:
        return ""
    low, high = count.min, count.max
    if low == high:
        return str(low)
    if high is None:
        return f"at least {low}"
    if low is None or low == 0:
        return f"up to {high}"
    return f"{low} to {high}"


# --- notes -----------------------------------------------------------------------------

#: What happened, by sub-event type: with a second actor, and without one.
_STORIES: dict[SubEventType, tuple[str, str]] = {
    _S.ARMED_CLASH: ("{a1} clashed with {a2}", "{a1} fought an armed clash"),
    _S.GOVERNMENT_REGAINS_TERRITORY: ("{a1} regained territory from {a2}", "{a1} regained territory"),
    _S.NON_STATE_ACTOR_OVERTAKES_TERRITORY: (
        "{a1} took over territory from {a2}",
        "{a1} took over territory",
    ),
    _S.CHEMICAL_WEAPON: ("{a1} used a chemical weapon against {a2}", "{a1} used a chemical weapon"),
    _S.AIR_DRONE_STRIKE: (
        "{a1} carried out an air or drone strike on {a2}",
        "{a1} carried out an air or drone strike",
    ),
    _S.SUICIDE_BOMB: (
        "{a1} carried out a suicide bombing targeting {a2}",
        "{a1} carried out a suicide bombing",
    ),
    _S.SHELLING_ARTILLERY_MISSILE: (
        "{a1} fired shells, artillery or missiles at {a2}",
        "{a1} fired shells, artillery or missiles",
    ),
    _S.REMOTE_EXPLOSIVE: (
        "{a1} set off an explosive device targeting {a2}",
        "{a1} set off an explosive device",
    ),
    _S.GRENADE: ("{a1} threw a grenade at {a2}", "{a1} threw a grenade"),
    _S.SEXUAL_VIOLENCE: ("{a1} committed sexual violence against {a2}", "{a1} committed sexual violence"),
    _S.ATTACK: ("{a1} attacked {a2}", "{a1} carried out an attack"),
    _S.ABDUCTION: ("{a1} abducted {a2}", "{a1} abducted people"),
    _S.PEACEFUL_PROTEST: ("{a1} held a peaceful protest", "{a1} held a peaceful protest"),
    _S.PROTEST_WITH_INTERVENTION: ("{a1} protested and {a2} intervened", "{a1} protested and were stopped"),
    _S.EXCESSIVE_FORCE: (
        "{a1} used excessive force against {a2}",
        "{a1} used excessive force against protesters",
    ),
    _S.VIOLENT_DEMONSTRATION: (
        "{a1} held a violent demonstration against {a2}",
        "{a1} held a violent demonstration",
    ),
    _S.MOB_VIOLENCE: ("{a1} attacked {a2} as a mob", "{a1} attacked people as a mob"),
    _S.AGREEMENT: ("{a1} reached an agreement with {a2}", "{a1} reached an agreement"),
    _S.ARRESTS: ("{a1} arrested {a2}", "{a1} made arrests"),
    _S.CHANGE_TO_GROUP: (
        "{a1} changed its group or activity, involving {a2}",
        "{a1} changed its group or activity",
    ),
    _S.DISRUPTED_WEAPONS_USE: ("{a1} disrupted weapons use by {a2}", "{a1} disrupted weapons use"),
    _S.HEADQUARTERS_ESTABLISHED: (
        "{a1} established a headquarters or base",
        "{a1} established a headquarters or base",
    ),
    _S.LOOTING: ("{a1} looted or destroyed property of {a2}", "{a1} looted or destroyed property"),
    _S.NON_VIOLENT_TRANSFER: (
        "{a1} took over territory from {a2} without fighting",
        "{a1} took over territory without fighting",
    ),
    _S.OTHER: ("{a1} took part in an event involving {a2}", "{a1} took part in an event"),
}
del _E, _S

_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def _one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text)


def _notes(row: Mapping[str, Any], incident: Incident, claimants: str, *, acted: bool = True) -> str:
    """One English sentence or three from the coded fields (never the Urdu text)."""
    start, end = incident.date.start, incident.date.end
    if start is None or end is None:
        when = "On an unknown date"
    elif start == end:
        when = f"On {start.day} {start:%B %Y}"
    else:
        when = f"Between {start.day} {start:%B %Y} and {end.day} {end:%B %Y}"
    place = row["location"]
    if place:
        within = ", ".join(x for x in (row["admin2"], row["admin1"]) if x and x != place)
        where = f", in {place}" + (f" ({within})" if within else "")
    else:
        where = ""
    both, alone = _STORIES[incident.sub_event_type]
    a1, a2 = row["actor1"] or "an unidentified actor", row["actor2"]
    if not acted:  # actor 1 is whom the event was done to, by someone the text does not name
        a1, a2 = "an unidentified actor", a1
    story = (both if a2 else alone).format(a1=a1, a2=a2)
    text = f"{when}{where}, {story}."
    killed, injured = _figure(incident.casualties.killed), _figure(incident.casualties.injured)
    counts = ", ".join(x for x in (killed and f"{killed} killed", injured and f"{injured} injured") if x)
    if counts:
        text += f" Reported casualties: {counts}."
    status = incident.responsibility.status
    if status is ResponsibilityStatus.CLAIMED:
        text += f" {claimants or 'A group'} claimed responsibility."
    elif status is ResponsibilityStatus.DENIED:
        text += f" {claimants or 'A group'} denied responsibility."
    elif status is ResponsibilityStatus.UNCLAIMED:
        text += " No group claimed responsibility."
    if not incident.main:
        text += " Recalled in a report of a later event."
    return _one_line(text)


# --- the rows --------------------------------------------------------------------------


def _names(actors: Iterable[Actor]) -> str:
    return "; ".join(a.name for a in actors)


def _claimant_names(incident: Incident, country: str | None) -> str:
    names: list[str] = []
    for actor in incident.responsibility.claimants:
        coded = _code(actor, None, country, incident.event_type)
        name = (coded.named or coded.lead) if coded else actor.english_name
        if name and name not in names:
            names.append(name)
    return "; ".join(names)


def _bounds(count: Count | None) -> tuple[int | None, int | None]:
    return (None, None) if count is None else (count.min, count.max)


def incident_record(
    doc: Document,
    index: int,
    incident: Incident,
    *,
    event_id: str | None = None,
    source: str | None = None,
    source_scale: str | None = None,
    timestamp: int | None = None,
) -> dict[str, Any]:
    """The export row of one incident, as typed values (``None`` for an empty cell).

    Args:
        doc: The document the incident is in.
        index: The incident's position in ``doc.incidents``.
        incident: The incident.
        event_id: The ``event_id_cnty``; default ``"<doc id>-<index + 1>"``.
        source: The outlet, for ``source``.
        source_scale: ACLED's ``source_scale``; default: looked up in
            :data:`SOURCE_SCALES` by ``source``, else empty.
        timestamp: The ``timestamp`` (seconds since the epoch).
    """
    place = _best_place(incident)
    code = incident.country or (place.country if place else None)
    country = _country(code)
    name = country.name if country else None
    sides = _sides(incident, name)
    actor1, assoc1, inter1 = _lead(sides.one)
    actor2, assoc2, inter2 = _lead(sides.two)
    if inter1 is not None and inter2 is None:
        inter2 = 0  # ACLED: no second actor
    interaction = None
    if inter1 is not None and inter2 is not None:
        interaction = inter1 * 10 if inter2 == 0 else min(inter1, inter2) * 10 + max(inter1, inter2)
    date, precision = _coded_date(incident)
    killed_min, killed_max = _bounds(incident.casualties.killed)
    injured_min, injured_max = _bounds(incident.casualties.injured)
    claimants = _claimant_names(incident, name)
    row: dict[str, Any] = {
        "event_id_cnty": event_id or f"{doc.id}-{index + 1}",
        "event_date": date.isoformat() if date else None,
        "year": date.year if date else None,
        "time_precision": precision,
        "disorder_type": DISORDER_TYPES[incident.sub_event_type],
        "event_type": incident.event_type.value,
        "sub_event_type": incident.sub_event_type.value,
        "actor1": actor1 or None,
        "assoc_actor_1": assoc1 or None,
        "inter1": inter1,
        "actor2": actor2 or None,
        "assoc_actor_2": assoc2 or None,
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else None,
        "iso": country.iso if country else None,
        "region": country.region if country else None,
        "country": name,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "admin3": None,  # the gazetteer has no third level
        "location": (place.english_name or place.name) if place else None,
        "latitude": round(place.latitude, 4) if place and place.latitude is not None else None,
        "longitude": round(place.longitude, 4) if place and place.longitude is not None else None,
        "geo_precision": place.precision.acled_code if place and place.precision else None,
        "source": source,
        "source_scale": source_scale or (SOURCE_SCALES.get(source.strip().lower()) if source else None),
        "notes": "",
        "fatalities": killed_min or 0,
        "tags": None,
        "timestamp": timestamp,
        "event_date_start": incident.date.start.isoformat() if incident.date.start else None,
        "event_date_end": incident.date.end.isoformat() if incident.date.end else None,
        "fatalities_min": killed_min,
        "fatalities_max": killed_max,
        "injured_min": injured_min,
        "injured_max": injured_max,
        "responsibility": incident.responsibility.status.value,
        "claimants": claimants or None,
        "perpetrators_ur": _names(incident.perpetrators) or None,
        "targets_ur": _names(incident.targets) or None,
        "claimants_ur": _names(incident.responsibility.claimants) or None,
        "location_ur": place.name if place else None,
        "locations_ur": "; ".join(loc.name for loc in incident.locations) or None,
        "weapons_ur": "; ".join(w.name for w in incident.weapons) or None,
        "evidence_ur": " … ".join(s.text for s in (incident.trigger, *incident.evidence) if s is not None)
        or None,
        "main": incident.main,
        "confidence": incident.confidence,
        "doc_id": doc.id,
        "incident": index,
    }
    row["notes"] = _notes(row, incident, claimants, acted=sides.acted)
    return row


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def neutralise_formula(cell: str) -> str:
    """Make a cell that a spreadsheet would run as a formula plain text.

    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return gets a leading apostrophe (OWASP's advice against CSV injection);
    numbers such as ``-3.5`` are left alone.

    >>> neutralise_formula("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralise_formula("-33.9")
    '-33.9'
    """
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _unique(doc_id: str, seen: dict[str, int]) -> str:
    """``doc_id``, or ``doc_id#2``, ``#3``… if a document of the run already had it."""
    if doc_id not in seen:
        seen[doc_id] = 1
        return doc_id
    n = seen[doc_id]
    while True:
        n += 1
        candidate = f"{doc_id}#{n}"
        if candidate not in seen:
            seen[doc_id] = n
            seen[candidate] = 1
            return candidate


@attrs.frozen
class AcledExport:
    """Rows of ACLED's export for documents: the definition the CSV, pandas and Parquet outputs share.

    Args:
        source: The outlet the documents come from, for the ``source`` column:
            one name for all, or a function of the document (returning ``None``
            where unknown).
        source_scale: ACLED's ``source_scale`` for all rows; default: looked up
            by outlet in :data:`SOURCE_SCALES`, else empty.
        timestamp: The ``timestamp`` column (seconds since the epoch); default:
            the time the export starts.

    Raises:
        InvalidArgumentError: If ``source`` is neither a string, a callable nor ``None``.
    """

    source: str | Callable[[Document], str | None] | None = None
    source_scale: str | None = None
    timestamp: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.source is not None and not isinstance(self.source, str) and not callable(self.source):
            raise InvalidArgumentError(f"source must be a string or a function, got {self.source!r}")

    def _source_of(self, doc: Document) -> str | None:
        if self.source is None or isinstance(self.source, str):
            return self.source or None
        return self.source(doc) or None

    def rows(self, docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
        """One row per incident, in document order; ``event_id_cnty`` unique across the call.

        A document id that comes back within one call (two input files of the
        same name) gets ``#2``, ``#3``… in ``event_id_cnty``; ``doc_id`` keeps it as it is.
        """
        stamp = int(time.time()) if self.timestamp is None else self.timestamp
        seen: dict[str, int] = {}
        for doc in docs:
            if not doc.incidents:
                continue
            key = _unique(doc.id, seen)
            source = self._source_of(doc)
            for i, incident in enumerate(doc.incidents):
                yield incident_record(
                    doc,
                    i,
                    incident,
                    event_id=f"{key}-{i + 1}",
                    source=source,
                    source_scale=self.source_scale,
                    timestamp=stamp,
                )


def text_cell(value: Any, *, escape_formulas: bool = True) -> str:
    """A typed value as CSV text: one line, and formula-safe unless ``escape_formulas`` is false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = _one_line(str(value))
    return neutralise_formula(text) if escape_formulas else text
