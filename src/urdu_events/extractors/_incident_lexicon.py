"""The word lists the incident extractor reads, compiled into term indexes.

Each lexicon kind (see ``docs/incidents.md``) becomes one :class:`TermIndex`
whose values are small typed records. Lexicons from plugins are merged after the
built-in ones; a term listed twice keeps its first (built-in) meaning.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar, get_args

import attrs

from ..exceptions import InvalidArgumentError
from ..lexicons import Lexicon, lexicons_for
from ..lexicons.entries import Marker
from ..models import ActorType, ResponsibilityStatus, SubEventType
from ..text._word_classes import class_words
from ._incident_index import TermIndex

__all__ = [
    "ActorTerm",
    "CasualtyTerm",
    "IncidentLexicons",
    "MarkerTerm",
    "PlaceCue",
    "ResponsibilityTerm",
    "TriggerTerm",
    "WeaponTerm",
]

T = TypeVar("T")

#: Lexicon kinds this extractor reads.
KINDS = (
    "event_triggers",
    "weapons",
    "actors",
    "casualty_terms",
    "incident_markers",
    "responsibility_phrases",
    "place_cues",
    "paradigms",
    "word_classes",
    "trigger_kinds",
)

MARKERS = frozenset(get_args(Marker))


@attrs.frozen
class TriggerTerm:
    """A word that reports an event (``event_triggers``)."""

    sub_event_type: SubEventType
    kind: str
    priority: int
    strong: bool


@attrs.frozen
class WeaponTerm:
    """An instrument of violence (``weapons``)."""

    sub_event_type: SubEventType | None


@attrs.frozen
class ActorTerm:
    """A group, force or kind of person (``actors``)."""

    actor_type: ActorType | None
    role: str | None
    unnamed: bool
    security: bool
    english: str | None
    site: bool = False
    #: Whether a personal name may follow the term ("ملزم X", "سابق وزیر X").
    titled: bool = False


@attrs.frozen
class CasualtyTerm:
    """A word for killed or injured people, or a phrase ruling casualties out."""

    outcome: str


@attrs.frozen
class MarkerTerm:
    """A context word that changes how a trigger is read (``incident_markers``)."""

    marker: str


@attrs.frozen(cache_hash=True)
class ResponsibilityTerm:
    """A phrase that claims, disclaims or denies responsibility.

    ``needs`` lists folded words one of which must follow in the same clause.
    """

    status: ResponsibilityStatus
    needs: tuple[str, ...] = ()

    @functools.cached_property
    def needs_pattern(self) -> re.Pattern[str] | None:
        """A pattern matching any of ``needs`` as whole words, or ``None``."""
        if not self.needs:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, self.needs)) + r")(?!\w)")


@attrs.frozen
class PlaceCue:
    """A word that introduces a place name (``place_cues``).

    ``position`` is ``before`` (the cue precedes the name), ``after`` (the cue
    follows it), ``near`` (the name precedes a word for "near", "X کے قریب", and is read only
    when it is no common word), ``both`` (a wider place precedes the cue, the named place follows)
    or ``site`` (the cue is a kind of building or site that a name goes with:
    "نور محل اسپتال", "X کے مزار", "مسجد الX").
    """

    position: str
    level: str


def _forms(entry: Mapping[str, Any], paradigms: Mapping[str, Paradigm] | None = None) -> Iterator[str]:
    """The entry's term and forms, the words of the word classes it names (``word_classes``:
    "kin_noun", listed once in the word_classes lexicon), and their inflections when the entry
    names a paradigm."""
    term = entry.get("term")
    written = [term] if isinstance(term, str) else []
    forms = entry.get("forms", ())
    if isinstance(forms, (list, tuple)):
        written += [f for f in forms if isinstance(f, str)]
    classes = entry.get("word_classes", ())
    if isinstance(classes, (list, tuple)):
        written += [w for name in classes for w in class_words(str(name))]
    yield from written
    name = entry.get("paradigm")
    if name is None or paradigms is None:
        return
    paradigm = paradigms.get(str(name))
    if paradigm is None:
        raise InvalidArgumentError(
            f"entry {term!r} names an unknown paradigm {name!r}; known: {', '.join(sorted(paradigms))}"
        )
    for form in written:
        yield from paradigm.inflect(form)


@attrs.frozen
class Paradigm:
    """An inflection paradigm (``paradigms`` lexicon): how a word's last letters change."""

    strip: int
    endings: tuple[str, ...]

    def inflect(self, form: str) -> Iterator[str]:
        """Every inflection of ``form``'s last word ("گولی مار" -> "گولی ماری", ...)."""
        head, _, last = form.rpartition(" ")
        stem = last[: len(last) - self.strip] if self.strip else last
        if not stem:
            return
        for ending in self.endings:
            word = stem + ending
            if word != last:
                yield f"{head} {word}" if head else word


def load_paradigms(plugins: bool = True) -> dict[str, Paradigm]:
    """The paradigms of every ``paradigms`` lexicon, by name (later lexicons win)."""
    out: dict[str, Paradigm] = {}
    for lexicon in lexicons_for("paradigms", plugins=plugins):
        for entry in lexicon.entries:
            endings = entry.get("endings", ())
            if not isinstance(endings, (list, tuple)) or not all(isinstance(e, str) for e in endings):
                raise InvalidArgumentError(
                    f"lexicon {lexicon.name!r}: paradigm endings must be a list of strings"
                )
            out[str(entry["term"])] = Paradigm(int(entry.get("strip", 0)), tuple(endings))
    return out


def _sub(value: Any, lexicon: Lexicon) -> SubEventType | None:
    if value is None:
        return None
    try:
        return SubEventType(value)
    except ValueError:
        raise InvalidArgumentError(
            f"lexicon {lexicon.name!r}: unknown sub_event_type {value!r}; "
            f"expected one of: {', '.join(s.value for s in SubEventType)}"
        ) from None


def _trigger(entry: Mapping[str, Any], lexicon: Lexicon) -> TriggerTerm:
    sub = _sub(entry.get("sub_event_type"), lexicon)
    if sub is None:
        raise InvalidArgumentError(
            f"lexicon {lexicon.name!r}: trigger {entry.get('term')!r} has no sub_event_type"
        )
    return TriggerTerm(
        sub_event_type=sub,
        kind=str(entry.get("kind", "attack")),
        priority=int(entry.get("priority", 50)),
        strong=entry.get("strength", "strong") != "weak",
    )


def _weapon(entry: Mapping[str, Any], lexicon: Lexicon) -> WeaponTerm:
    return WeaponTerm(_sub(entry.get("sub_event_type"), lexicon))


def _actor(entry: Mapping[str, Any], lexicon: Lexicon) -> ActorTerm:
    raw = entry.get("actor_type")
    try:
        actor_type = ActorType(raw) if raw is not None else None
    except ValueError:
        raise InvalidArgumentError(f"lexicon {lexicon.name!r}: unknown actor_type {raw!r}") from None
    role = entry.get("role")
    if role not in (None, "perpetrator", "target"):
        raise InvalidArgumentError(f"lexicon {lexicon.name!r}: unknown role {role!r}")
    english = entry.get("english")
    return ActorTerm(
        actor_type=actor_type,
        role=role,
        unnamed=bool(entry.get("unnamed", False)),
        security=bool(entry.get("security", False)),
        english=str(english) if english is not None else None,
        site=bool(entry.get("site", False)),
        titled=bool(entry.get("titled", False)),
    )


def _casualty(entry: Mapping[str, Any], lexicon: Lexicon) -> CasualtyTerm:
    outcome = entry.get("outcome")
    if outcome not in ("killed", "injured", "none", "no_deaths", "one"):
        raise InvalidArgumentError(f"lexicon {lexicon.name!r}: unknown outcome {outcome!r}")
    return CasualtyTerm(str(outcome))


def _marker(entry: Mapping[str, Any], lexicon: Lexicon) -> MarkerTerm:
    marker = entry.get("marker")
    if marker not in MARKERS:
        raise InvalidArgumentError(
            f"lexicon {lexicon.name!r}: unknown marker {marker!r}; "
            f"expected one of: {', '.join(sorted(MARKERS))}"
        )
    return MarkerTerm(str(marker))


def _responsibility(
    entry: Mapping[str, Any], lexicon: Lexicon, fold: Callable[[str], str]
) -> ResponsibilityTerm:
    needs = entry.get("needs", ())
    if not isinstance(needs, (list, tuple)):
        raise InvalidArgumentError(f"lexicon {lexicon.name!r}: 'needs' must be a list of words")
    try:
        return ResponsibilityTerm(
            ResponsibilityStatus(entry.get("status")), tuple(fold(str(n)) for n in needs)
        )
    except ValueError:
        raise InvalidArgumentError(
            f"lexicon {lexicon.name!r}: unknown status {entry.get('status')!r}"
        ) from None


def _place_cue(entry: Mapping[str, Any], lexicon: Lexicon) -> PlaceCue:
    position = entry.get("position", "before")
    if position not in ("before", "after", "near", "both", "site"):
        raise InvalidArgumentError(f"lexicon {lexicon.name!r}: unknown place cue position {position!r}")
    return PlaceCue(position=str(position), level=str(entry.get("level", "town")))


def _index(
    lexicons: Iterable[Lexicon],
    make: Callable[[Mapping[str, Any], Lexicon], T],
    fold: Callable[[str], str],
    paradigms: Mapping[str, Paradigm] | None = None,
) -> TermIndex[T]:
    def items() -> Iterator[tuple[str, T]]:
        for lexicon in lexicons:
            for entry in lexicon.entries:
                value = make(entry, lexicon)
                for form in _forms(entry, paradigms):
                    yield form, value

    return TermIndex(items(), fold=fold)


@attrs.frozen
class IncidentLexicons:
    """Every term index the incident extractor uses."""

    triggers: TermIndex[TriggerTerm]
    weapons: TermIndex[WeaponTerm]
    actors: TermIndex[ActorTerm]
    casualties: TermIndex[CasualtyTerm]
    markers: TermIndex[MarkerTerm]
    responsibility: TermIndex[ResponsibilityTerm]
    place_cues: TermIndex[PlaceCue]

    def is_vocabulary(self, key: str) -> bool:
        """Whether the folded ``key`` is a word of these lexicons (so not a place name)."""
        return key in self._vocabulary

    @functools.cached_property
    def _vocabulary(self) -> frozenset[str]:
        """The terms of the trigger, weapon, actor and casualty indexes, in one set (made once)."""
        indexes: tuple[TermIndex[Any], ...] = (self.triggers, self.weapons, self.actors, self.casualties)
        return frozenset(term for index in indexes for term in index.terms())

    @functools.cached_property
    def event_first_words(self) -> frozenset[str]:
        """The words a term of the trigger or weapon index starts with, in one set (made once):
        the words a postposition may be glued to the front of (triggers.glued-postposition-before)."""
        return self.triggers.first_words() | self.weapons.first_words()

    @classmethod
    def load(
        cls,
        fold: Callable[[str], str],
        *,
        plugins: bool = True,
        extra: Iterable[Lexicon] = (),
    ) -> IncidentLexicons:
        """Load and index the built-in lexicons, then plugin and ``extra`` ones.

        Raises:
            InvalidArgumentError: If an entry has an unknown label.
        """
        extra = tuple(extra)

        paradigms = load_paradigms(plugins)

        def index(kind: str, entry: Callable[[Mapping[str, Any], Lexicon], Any]) -> TermIndex[Any]:
            def check(lexicon: Lexicon) -> None:  # a plugin lexicon this fails on is skipped, with a warning
                _index((lexicon,), entry, fold, paradigms)

            found = lexicons_for(kind, plugins=plugins, check=check)
            return _index(found + tuple(x for x in extra if x.kind == kind), entry, fold, paradigms)

        return cls(
            triggers=index("event_triggers", _trigger),
            weapons=index("weapons", _weapon),
            actors=index("actors", _actor),
            casualties=index("casualty_terms", _casualty),
            markers=index("incident_markers", _marker),
            responsibility=index("responsibility_phrases", lambda e, lex: _responsibility(e, lex, fold)),
            place_cues=index("place_cues", _place_cue),
        )
