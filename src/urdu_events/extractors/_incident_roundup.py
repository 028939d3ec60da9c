"""Round-ups of several incidents abroad and on several fronts.

Foreign desks write their reports as round-ups: a lead gives the day's toll for a whole
region ("غزہ کی پٹی میں 40 فلسطینی شہید"), then tells the strikes one town, camp or
hospital at a time; lists places struck side by side ("غزہ کے علاقوں جبالیہ اور رفح میں");
turns to the next front with "ادھر" or says the like happened elsewhere too ("چٹاگانگ میں
بھی"). The functions here read such round-ups; each has one call site in
:mod:`._incident_build` and is switched by its rule id in :mod:`._rules`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._evolve import evolve
from .._lazy_re import lazy_compile
from ..models import Count
from ..text import parse_number
from ._grammar import word_alternation, word_set
from ._incident_index import Hit
from ._incident_places import PlaceRef, within
from ._prefilter import prefiltered
from ._rules import on

if TYPE_CHECKING:
    from ._incident_build import _Draft
    from ._incident_lexicon import TriggerTerm
    from ._incident_read import Clause

__all__ = [
    "add_list_owner",
    "also_there",
    "counted_per_place",
    "damage_elsewhere",
    "fold_region_total",
    "listed_with_figure",
    "one_more_event",
    "placed_by_country",
    "protested_dropped",
    "province_listed",
    "same_kind_share",
    "split_list_owner",
    "turned_away",
]

#: A city noun right after a name: the city, not the region named like it ("غزہ شہر").
_CITY_NOUN = lazy_compile(rf"\s(?:{word_alternation('city_noun')})(?!\w)")


#: Words of direction that name a part of a country ("جنوبی لبنان", "شمالی غزہ").
_DIRECTIONS = word_set("direction_adjective", folded=False)


def _first_word(name: object) -> str | None:
    """The first word of an English gazetteer name, lower-cased."""
    return name.split()[0].lower() if isinstance(name, str) and name.split() else None


def _region_named(place: PlaceRef, text: str) -> bool:
    """Whether ``place`` is a town that shares its name with the province around it
    ("غزہ": Gaza City in the Gaza Strip), written bare, without a city noun after it: in a
    round-up the bare name names the region."""
    if place.level < 3 or place.site or _CITY_NOUN.match(text, place.end):
        return False
    english = _first_word(getattr(place.place, "name_en", None))
    return english is not None and english == _first_word(getattr(place.place, "admin1", None))


def _regional(place: PlaceRef, text: str) -> bool:
    """Whether ``place`` names a whole region: a country, a province or a town named like its
    province."""
    return not place.site and (place.level <= 1 or _region_named(place, text))


def _in_region(place: PlaceRef, region: PlaceRef, text: str) -> bool:
    """Whether ``place`` lies in ``region``, or may (a name no gazetteer knows); a region
    named by a direction ("جنوبی لبنان") is no unit of the gazetteer's and holds the places
    of its country."""
    if place.site:
        return True
    if place.place is None and place.country is None:
        return True  # "وسطی البریج میں": a camp or quarter no gazetteer knows
    if place.key == region.key or place.country != region.country:
        return False
    if region.level == 0 or (region.level <= 1 and region.key.split()[0] in _DIRECTIONS):
        return True
    admin1 = getattr(region.place, "admin1", None)
    same_admin1 = admin1 is not None and getattr(place.place, "admin1", None) == admin1
    return same_admin1 if region.level >= 3 else same_admin1 or within(place, region)


def _told(draft: _Draft) -> list[Clause]:
    """The clauses that tell the draft's event: its own, or for a place of a summary clause
    ("غزہ اور لبنان میں جاری جھڑپوں میں"), the clauses it shares."""
    return draft.clauses or draft.shared


def _toll(draft: _Draft, own: bool = False) -> int | None:
    """The largest number of dead the clauses telling the draft give at least, if any (with
    ``own``, its own clauses only: not totals it shares)."""
    clauses = draft.clauses if own else _told(draft)
    counts = [c.killed.count.min for c in clauses if c.killed is not None and c.killed.count.min]
    return max(counts) if counts else None


#: An event noun in the oblique plural ("حملوں", "دھماکوں"): several events.
_PLURAL = lazy_compile(r"وں$")


def _plural_events(draft: _Draft, text: str) -> bool:
    """Whether the draft's event words are plural nouns ("اسرائیلی حملوں میں"): a lead with no
    toll of its own that names several events sums them up."""
    hits = [h for c in _told(draft) for h in c.triggers]
    return bool(hits) and all(_PLURAL.search(text[h.start : h.end]) for h in hits)


def _part(draft: _Draft, regions: Sequence[PlaceRef], text: str) -> bool:
    """Whether ``draft`` is placed in one of ``regions``: a town or site in it, beside which
    it may name the region itself ("غزہ کے علاقے جبالیہ")."""
    keys = {r.key for r in regions}
    own = [p for p in draft.places if p.key not in keys]
    return any(not p.site for p in own) and all(any(_in_region(p, r, text) for r in regions) for p in own)


def _alike(kinds: set[str], draft: _Draft) -> bool:
    """Whether ``draft`` tells events of the ``kinds`` a lead sums up (a bare "حملوں" sums up
    any that may harm: not an arrest, a bomb defused or a protest alone)."""
    theirs = {h.value.kind for c in _told(draft) for h in c.triggers}
    if theirs and not theirs - _UNHARMED_KINDS and not kinds & theirs:
        return False  # "حملوں میں 6 شہید ... خضدار میں دو مشتبہ گرفتار": no attack of the total
    return bool(kinds & theirs) or kinds <= {"attack"} or not theirs


#: Trigger kinds of events that harm nobody (an arrest, a bomb defused, a protest): a lead's toll
#: of attacks sums up none of them.
_UNHARMED_KINDS = frozenset({"arrest", "defuse", "protest"})


def _listed_beside(lead: _Draft, draft: _Draft) -> bool:
    """Whether ``draft`` took its place from a clause that lists it beside the lead's own place
    ("عراق کے شہروں بغداد، موصل اور کرکوک میں دھماکے"): one more item of that list, which the lead
    does not sum up (rule ``segments.listed-beside-region``)."""
    return (
        not lead.clauses
        and any(c is x for c in draft.shared for x in lead.shared)
        and on("segments.listed-beside-region")
    )


def _tells_a_part(lead: _Draft, opening: Sequence[Clause], total: int | None) -> bool:
    """Whether a later sentence of the lead's opening, told before the incidents that follow,
    gives a toll of its own smaller than the lead's total ("کئی دھماکوں میں 90 ہلاک ... سب سے
    بڑا دھماکہ بازار میں ہوا ... اس دھماکے میں 60 ہلاک"): it tells one of the incidents the
    total sums up, at a spot no gazetteer knows, and the lead's draft is that incident, not a
    bare total to fold."""
    if total is None or not opening:
        return False
    head = opening[0].sentence
    return any(
        c.sentence > head and c.killed is not None and 0 < (c.killed.count.min or 0) < total
        for c in opening
        if any(c is x for x in lead.clauses)
    )


def fold_region_total(drafts: list[_Draft], text: str) -> list[_Draft]:
    """Fold a lead that gives a whole region's toll into the incidents it sums up.

    The first main incident, placed only at a region (a country, a province, or a town
    named like its province written bare: "غزہ"), with a toll or plural event nouns ("حملوں"),
    and followed by at least two main incidents at places in that region whose tolls are no
    larger, is the round-up's total: its clauses are shared by those of its kind (they take
    its actors and, where they give no toll of their own, 0 to its total), and it is no
    incident of its own (rule ``segments.region-total``). The total is the lead's clauses told
    before the first of them (a clause it gathered after them tells another front), and an
    incident that says nobody was hurt in it takes no share of a lead with a toll. A lead whose
    opening goes on, in a later sentence, to a smaller toll of its own tells the first of the
    incidents at length: it stays an incident and is folded into none. The incidents take the
    total's doers but not its victims: those are the victims of all of them together (rule
    ``segments.region-total-victims-own``).
    """
    if not on("segments.region-total"):
        return drafts
    mains = [d for d in drafts if d.main]
    if len(mains) < 3:
        return drafts
    lead = mains[0]
    regions = [p for p in lead.places if not p.site]
    if lead.apart or not regions or not all(_regional(p, text) for p in regions):
        return drafts
    total = _toll(lead)
    if total is None and not _plural_events(lead, text):
        return drafts
    parts = [d for d in mains[1:] if _part(d, regions, text) and not _listed_beside(lead, d)]
    kinds = {h.value.kind for c in _told(lead) for h in c.triggers}
    alike = [d for d in parts if _alike(kinds, d)]
    if (
        len(parts) < 2
        or not alike
        or (total is not None and any((_toll(d, own=True) or 0) > total for d in alike))
    ):
        return drafts
    # the total is told before its parts: a clause the lead gathered after the first of them
    # ("... دوسری جانب سرحد پار گولہ باری سے تین فوجی زخمی", another front) is no part of it
    first = min(c.start for d in parts for c in _told(d))
    opening = [c for c in _told(lead) if c.start < first]
    if _tells_a_part(lead, opening, total):
        return drafts
    for d in alike:
        if total is not None and any(c.no_casualties for c in d.clauses):
            continue  # "... دھماکے میں کوئی جانی نقصان نہیں ہوا": none of the lead's dead or its victims
        # "فضائی حملوں میں 40 شہید ... رفح میں بمباری": the total of strikes like these
        share = [c for c in opening if all(c is not x for x in d.shared)]
        if on("segments.region-total-victims-own"):
            # "پولیس اور عام شہریوں پر حملوں میں 8 ہلاک ... کلاچی میں قبائلی رہنما قتل": the
            # total's victims are those of all its incidents together, none of each one's
            share = [evolve(c, actors=[a for a in c.actors if a.role != "target"]) for c in share]
        d.shared.extend(share)
    for d in parts:
        d.date = d.date or lead.date
    return [d for d in drafts if d is not lead]


#: Right after an event word: what a protest is against ("قتل کے خلاف", "حملے کے خلاف").
_AGAINST = lazy_compile(r"\s?(?:کے\s)?خلاف(?!\w)")


def protested_dropped(live: list[Hit[TriggerTerm]], told: bool, text: str) -> list[Hit[TriggerTerm]]:
    """The event words of a protest clause without those that name what it protests, after an
    act of violence already told (``told``): in "نوجوان کے قتل کے خلاف ترال میں احتجاج کیا" the
    killing is the one told before, the protest the news (rule ``segments.protested-event``)."""
    if not told or not on("segments.protested-event"):
        return live
    if not any(h.value.kind == "protest" for h in live):
        return live
    kept = [h for h in live if h.value.kind == "protest" or not _AGAINST.match(text, h.end)]
    return kept


def placed_by_country(named: PlaceRef | None, draft: _Draft) -> bool:
    """Whether a main incident with no place of its own and no date that resolves is still made
    specific by the country the article names (``named``, the one country all its places lie
    in, read by ``places.country-as-place``) and a toll of its own: "یوکرین پر روسی ڈرون حملوں میں
    5 افراد ہلاک" with no publication date is an incident in یوکرین (rule
    ``segments.country-placed-undated``)."""
    return (
        named is not None
        and draft.main
        and not draft.places
        and any(c.has_figure for c in draft.clauses)
        and on("segments.country-placed-undated")
    )


def _holds(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether ``a`` and ``b`` name one place or one lies in the other."""
    return a.key == b.key or within(a, b) or within(b, a)


def turned_away(places: list[PlaceRef], told: Sequence[PlaceRef], turned: bool) -> list[PlaceRef]:
    """The places of a detail clause (one with no event word) that may be the incident's: none
    that the incident's places (``told``) do not hold when the clause's sentence opens by
    turning to another front (``turned``: "ادھر ضلع X کے علاقے Y میں پولیس نے حریت رہنما کو
    گھر میں نظر بند کر دیا"): it tells of something else there. Only the incident's most
    specific places count: a province holds too much (rule
    ``segments.turn-detail-elsewhere``)."""
    towns = [q for q in told if not q.site]
    if not turned or not towns or not on("segments.turn-detail-elsewhere"):
        return places
    finest = max(q.level for q in towns)  # the incident's own town or district, not its province
    return [p for p in places if p.site or any(_holds(p, q) for q in towns if q.level == finest)]


def listed_with_figure(draft: _Draft) -> bool:
    """Whether ``draft`` is one of the places a clause lists side by side with one event word
    and a toll ("روسی میزائلوں نے خارکیف اور اوڈیسا کو نشانہ بنایا جس میں 10 افراد ہلاک"): the
    clause reports an event at each of them, as it would at one place, even with a weak event
    word (rule ``segments.listed-places-struck``)."""
    return (
        not draft.clauses
        and any(c.triggers and c.has_figure for c in draft.shared)
        and on("segments.listed-places-struck")
    )


#: After a place, a plural place noun that the list after it belongs to ("غزہ کے علاقوں جبالیہ
#: اور رفح", "صوبے کے شہروں").
_OWNER_OF_LIST = lazy_compile(rf"\s(?:کے|کی)\s(?:{word_alternation('place_plural_noun')})(?!\w)")
#: How far (characters) after its owner's plural place noun the first listed place may start.
_LIST_REACH = 40


#: After a place, its genitive and a singular noun for a part of it, a compass word perhaps
#: before the noun: "کرک کے علاقے ", "ننگرہار کے ضلع ", "بورنو کی ریاست ", "ادلب کے شمالی قصبے ".
_OWNER_OF_ONE = lazy_compile(
    rf"\s(?:کے|کی)\s(?:(?:{word_alternation('compass_adjective')})\s)?"
    rf"(?:{word_alternation('town_level_noun')}|{word_alternation('district_level_noun')}"
    rf"|{word_alternation('province_level_noun')})\s"
)


#: After a place, its genitive, a word for its outskirts and a noun for a town or area there:
#: "X کے نواحی علاقے ", "X کے مضافاتی گاؤں " (segments.outskirts-owner-of-listed).
_OWNER_OF_OUTSKIRT = lazy_compile(
    rf"\s(?:کے|کی)\s(?:{word_alternation('surroundings_word')})\s(?:{word_alternation('town_level_noun')})\s"
)


def _owner_match(p: PlaceRef, text: str) -> re.Match[str] | None:
    """The words after ``p`` that make it the owner of the place named right after them: a
    singular place noun ("کرک کے علاقے "), or a town or area in its outskirts ("دمشق کے نواحی
    علاقے ", rule ``segments.outskirts-owner-of-listed``)."""
    m = _OWNER_OF_ONE.match(text, p.end)
    if m is None and on("segments.outskirts-owner-of-listed"):
        m = _OWNER_OF_OUTSKIRT.match(text, p.end)
    return m


def _owns_next(p: PlaceRef, places: Sequence[PlaceRef], text: str) -> bool:
    """Whether ``p`` is named in the genitive before a singular place noun and the next place of
    ``places`` right after it ("کرک کے علاقے تخت نصرتی"): ``p`` says where that place lies (rule
    ``segments.owner-of-listed-place``); so is a place named before an area of its outskirts
    ("حلب کے نواحی علاقے تل رفعت"; rule ``segments.outskirts-owner-of-listed``)."""
    if not on("segments.owner-of-listed-place"):
        return False
    m = _owner_match(p, text)
    return m is not None and any(q.start == m.end() for q in places)


def split_list_owner(places: Sequence[PlaceRef], text: str) -> tuple[list[PlaceRef], list[PlaceRef]]:
    """The places of a summary clause, split into those listed and those that own the list
    after them: in "غزہ کے علاقوں بیت لاہیا اور خان یونس میں بمباری" غزہ names where the listed places
    lie, not one more place struck; it goes with each of them (rule ``segments.list-owner``).
    So does a place before a singular place noun and the name after it ("کرک کے علاقے تخت نصرتی
    اور بنوں کے علاقے ککی میں"): it goes with the places listed after it up to the next owner (rule
    ``segments.owner-of-listed-place``)."""
    if not on("segments.list-owner"):
        return list(places), []
    listed: list[PlaceRef] = []
    owners: list[PlaceRef] = []
    for p in places:
        m = _OWNER_OF_LIST.match(text, p.end)
        if (m is not None and any(0 <= q.start - m.end() < _LIST_REACH for q in places)) or _owns_next(
            p, places, text
        ):
            owners.append(p)
        else:
            listed.append(p)
    return (listed, owners) if len(listed) >= 2 else (list(places), [])


def add_list_owner(
    drafts: Sequence[_Draft],
    clause: Clause,
    owners: Sequence[PlaceRef],
    listed: Sequence[PlaceRef] = (),
    text: str = "",
) -> None:
    """Give the owner of a list of places (see :func:`split_list_owner`) to each incident that
    took one of the ``listed`` places from ``clause``; an owner before a singular place noun,
    only to those that took a place listed after it and before the next owner."""
    for d in drafts:
        if any(c is clause for c in d.shared):
            mine = [p for p in owners if _owner_of(p, d, owners, listed, text)]
            d.places.extend(p for p in mine if all(q.key != p.key for q in d.places))


def _owner_of(
    owner: PlaceRef, draft: _Draft, owners: Sequence[PlaceRef], listed: Sequence[PlaceRef], text: str
) -> bool:
    """Whether ``owner`` holds a place ``draft`` took from the list: any, for the owner of a
    plural place noun; one named after it and before the next owner, for the owner of a
    singular one."""
    if not text or _OWNER_OF_LIST.match(text, owner.end) is not None:
        return True
    m = _owner_match(owner, text)
    if m is None:
        return True
    stop = min((o.start for o in owners if o.start > owner.start), default=len(text))
    if _OWNER_OF_ONE.match(text, owner.end) is None:
        # "دمشق کے نواحی علاقے X اور شہر Y": the outskirts hold the one place named in them
        stop = min(stop, m.end() + 1)
    keys = {q.key for q in listed if owner.end < q.start < stop}
    return any(q.key in keys for q in draft.places)


#: The kinds of event word of a strike from afar ...
_REMOTE = frozenset(("air", "shelling"))
#: ... and of any blast: an incident with none of them was a fight or attack on the ground.
_BLAST = frozenset(("air", "shelling", "explosion"))


def same_kind_share(draft: _Draft, clause: Clause) -> bool:
    """Whether a summary clause's totals may join ``draft``, an incident at one of its places:
    not when the clause tells strikes from afar ("جبالیہ اور رفح میں بمباری سے") and the
    incident a fight or attack on the ground there, with no blast (rule
    ``segments.strike-beside-clash``): one event per place, day and type."""
    mine = {h.value.kind for h in clause.triggers}
    theirs = {h.value.kind for c in draft.clauses for h in c.triggers}
    if not mine or not theirs or not on("segments.strike-beside-clash"):
        return True
    return not (mine <= _REMOTE and not theirs & _BLAST)


#: Right after an event word: "بھی" (also), with at most a verb of doing between.
_ALSO_AFTER = lazy_compile(r"\s(?:(?:کیا|کی|کیے|کئے|ہوا|ہوئی|ہوئے)\s)?بھی(?!\w)")


#: Right before an event word: "ایک" (one), counting the event ("ایک ڈرون حملہ بھی کیا").
_ONE_BEFORE = lazy_compile(r"(?<!\w)ایک\s$")


def one_more_event(clause: Clause, text: str) -> bool:
    """Whether ``clause`` tells one more event with "ایک" before its strong event word and
    "بھی" right after it, and a place of its own ("اسرائیلی فوج نے خان یونس میں ایک ڈرون حملہ بھی
    کیا"): another front, which joins only an incident of the same kind at the very same
    place (rule ``segments.also-event``). A weapon used "too" ("دستی بم بھی استعمال کیے") is
    no more event."""
    if not clause.places or not on("segments.also-event"):
        return False
    return any(
        h.value.strong
        and _ONE_BEFORE.search(text, max(0, h.start - 5), h.start)
        and _ALSO_AFTER.match(text, h.end)
        for h in clause.triggers
    )


#: Right after a place: "میں بھی", "پر بھی" (there too).
THERE_TOO = lazy_compile(r"\s(?:میں|پر)\sبھی(?!\w)")


def also_there(clause: Clause, told: Sequence[PlaceRef], text: str) -> bool:
    """Whether ``clause`` tells the like of the incident before it at another town ("ڈھاکہ میں
    ... چٹاگانگ میں بھی مظاہرین اور ... کے درمیان جھڑپیں ہوئیں"): a town or district followed by
    "میں بھی"/"پر بھی" that the incident's own town or district does not hold. It is another
    front (rule ``segments.also-there``)."""
    towns = [q for q in told if not q.site and q.level >= 2]
    if not clause.triggers or not towns or not on("segments.also-there"):
        return False
    finest = max(q.level for q in towns)
    return any(
        not p.site
        and p.level >= 2
        and THERE_TOO.match(text, p.end) is not None
        and not any(_holds(p, q) for q in towns if q.level == finest)
        for p in clause.places
    )


#: "اسی رات", "اسی روز": the day of the event just told.
SAME_DAY = prefiltered(lazy_compile(rf"(?<!\w)اسی\s(?:{word_alternation('same_day_time')})(?!\w)"))


def same_day_elsewhere(clause: Clause, told: Sequence[PlaceRef], text: str) -> bool:
    """Whether ``clause`` tells another event "the same day" at another place ("اسی رات کیچ کی
    تحصیل بلیدہ میں ... مشینوں کو آگ لگا دی", "اسی روز ضلع X کے علاقے Y میں ... بم سے نشانہ
    بنایا گیا"): "اسی رات"/"اسی روز" before its first event word, and a town or district that
    the incident's most specific places do not hold. Nobody tells the same event as happening
    "the same day" as itself: it is another incident, though it shares the district or province
    (rule ``segments.same-day-elsewhere``)."""
    towns = [q for q in told if not q.site and q.level >= 2]
    if not clause.strong or not towns or not on("segments.same-day-elsewhere"):
        return False
    first = min(h.start for h in clause.triggers)
    if SAME_DAY.search(text, clause.start, first) is None:
        return False
    finest = [q for q in towns if q.level == max(t.level for t in towns)]
    # a place in the incident's own district is elsewhere too; the district itself is not
    return any(
        not p.site and p.level >= 2 and not any(p.key == q.key or within(q, p) for q in finest)
        for p in clause.places
    )


#: Damage done, with no event word: "کو نقصان پہنچا", "تباہ ہو گیا", "منہدم ہو گئی".
_DAMAGE = lazy_compile(rf"(?<!\w)(?:{word_alternation('damage_done')})(?!\w)")


def damage_elsewhere(
    clause: Clause, current: _Draft, places: Sequence[PlaceRef], drafts: Sequence[_Draft], text: str
) -> list[Hit[TriggerTerm]]:
    """The strike word of ``current`` lent to a clause with no event word that tells damage
    at a town no incident has yet, in a round-up of strikes ("سومی میں ڈرون گرنے سے دو افراد
    زخمی ہو گئے، چرنیہیف میں ایک صنعتی تنصیب کو نقصان پہنچا"): the round-up's next strike
    (rule ``segments.damage-elsewhere``), or nothing."""
    if clause.has_figure or clause.future or clause.markers or not on("segments.damage-elsewhere"):
        return []
    if not current.main:
        return []
    strike = current.first_trigger(_BLAST)
    towns = [p for p in places if not p.site and p.level >= 2]
    if strike is None or not towns:
        return []
    if any(_holds(p, q) for d in drafts for p in towns for q in d.places if not q.site and q.level >= 2):
        return []  # more about an incident already told
    m = _DAMAGE.search(text, clause.start, clause.end)
    if m is None:
        return []
    # The damage told is the strike's outcome: it reports the strike as a strong word would.
    return [Hit(m.start(), m.end(), strike.key, evolve(strike.value, strong=True))]


#: After a town of a breakdown: "میں" and its number ("رفح میں 12").
_PLACE_NUMBER = lazy_compile(r"\sمیں\s([0-9۰-۹٠-٩]+|[^\s،,۔0-9۰-۹٠-٩]+)(?=[\s،,])")
#: Between one number of a breakdown and the next place: a comma, "اور" or "جبکہ", and at most
#: one word for the kind of place ("ضلع").
_NEXT_IN_BREAKDOWN = lazy_compile(r"(?:\s?[،,]\s?|\s(?:اور|جبکہ)\s)(?:\S+\s)?")


def counted_per_place(clause: Clause, places: Sequence[PlaceRef], text: str) -> list[tuple[PlaceRef, Clause]]:
    """The incidents of a clause that breaks one toll down by place ("رفح میں 12 اور خان یونس میں 8
    فلسطینی شہید", "ضلع A میں تین، ضلع B میں دو اور ضلع C میں ایک شخص ہلاک"): two or more towns or
    districts in a row (or provinces side by side, none holding another of the run: "ہلمند میں 8 اور
    قندھار میں 5"; rule ``segments.toll-per-listed-province``), each with "میں" and a number after
    it, only a comma, "اور" or "جبکہ" between one number and the next town, the last number the
    clause's figure. Each town is an incident of its own with its own number as its toll (rule
    ``segments.toll-per-listed-place``); each is given as the town and a copy of the clause with
    that toll. None otherwise."""
    if len(places) < 2 or not clause.has_figure or not on("segments.toll-per-listed-place"):
        return []
    run: list[tuple[PlaceRef, int, int]] = []
    last = -1
    provinces = on("segments.toll-per-listed-province")
    for p in places:
        if p.site or p.level < 1 or (p.level == 1 and not provinces):
            continue
        m = _PLACE_NUMBER.match(text, p.end)
        value = None if m is None else parse_number(m.group(1))
        if m is None or value is None:
            if run:
                break
            continue
        if run and _NEXT_IN_BREAKDOWN.fullmatch(text, last, p.start) is None:
            if len(run) >= 2:
                break
            run = []
        run.append((p, value, m.start(1)))
        last = m.end(1)
    if len(run) < 2 or len({p.key for p, _, _ in run}) < len(run):
        return []
    if any(within(q, p) for p, _, _ in run for q, _, _ in run):
        # "پنجاب میں 5 اور لاہور میں 3": a province and a town of it, no breakdown side by side
        return []
    at = run[-1][2]
    outcome = next(
        (
            o
            for o in ("killed", "injured")
            if (f := getattr(clause, o)) is not None and f.start <= at < max(f.end, at + 1)
        ),
        None,
    )
    if outcome is None:
        return []
    figure = getattr(clause, outcome)
    out = []
    for p, value, _ in run:
        own = evolve(figure, count=Count(value, value), total=False, floor=False)
        out.append((p, evolve(clause, places=[p], **{outcome: own})))
    return out


def province_listed(place: PlaceRef, places: Sequence[PlaceRef]) -> bool:
    """Whether ``place``, a province listed side by side with towns or districts ("ہلمند اور
    قندھار میں", "قندوز، بغلان اور تخار میں"), is an item of the list in its own right: it holds
    none of the other places listed, so it names no region they lie in, and the event told at
    each of them happened there too (rule ``segments.listed-province``)."""
    if place.site or place.level != 1 or getattr(place.place, "kind", None) != "province":
        return False
    if not on("segments.listed-province"):
        return False
    return not any(q is not place and q.key != place.key and within(q, place) for q in places)
