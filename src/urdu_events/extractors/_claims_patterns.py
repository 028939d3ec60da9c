"""Private machinery of :mod:`urdu_events.extractors.claims`.

The claim extractor works on the tokens of the *normalized* text, one sentence
at a time. :class:`Grammar` is compiled once from the ``claim_cues`` and
``speakers`` lexicons; :func:`parse_sentence` finds every reporting cue of a
sentence and reads its speaker phrase and its content around it. Everything
here is token-by-token scanning with bounded look-back (no regular expressions
at all), so it runs in time linear in the length of the text whatever the input.

Offsets in this module are token indices into the analysis' token list; the
extractor maps them back to the original text with ``NormalizedText.span``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from typing import Any

import attrs

from .._evolve import evolve
from ..exceptions import InvalidArgumentError
from ..models import ActorType, ClaimKind
from ..text import TokenKind, fold
from ._grammar import word_list, word_set

__all__ = ["Cue", "Grammar", "RawClaim", "SpeakerInfo", "dateline_end", "parse_sentence"]

_NE = "نے"
#: The converb ending ("... کرتے ہوئے").
_CONVERB = "ہوئے"
_PUNCT = TokenKind.PUNCT
_KE = "کہ"
_QUOTES = frozenset({'"', "'"})
# The closed classes of words below come from the built-in ``word_classes`` lexicon
# (see docs/linguists.md), read once when this module is imported; tokens are normalized
# text, which the folded words of a class are written as.
#: The genitive postposition ("X کی رپورٹ").
_GENITIVES = word_set("genitive")
#: Compound postpositions marking an agent ("کی جانب سے"), as word sequences, tried in order.
_AGENT_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split()) for phrase in word_list("agent_postposition")
)
_LOCATIVE = "میں"
_ON = "پر"
#: After a channel noun, the postpositions that make it the means of a statement ("فون پر", "ٹوئٹر میں").
_CHANNEL_POSTPOSITIONS = frozenset({_LOCATIVE, _ON})
_NAMED = "نامی"
_AND = "اور"
#: Negations: a negated cue makes no claim ("نے تصدیق نہیں کی").
_NEGATIONS = word_set("negation")
#: "ذمہ داری قبول کرنے والی تنظیم X": the speaker follows the participle.
_PARTICIPLE = "کرنے"
#: The -والا participle after an infinitive ("کرنے والی").
_RELATIVE = word_set("relative_participle")
#: Words after which an object phrase starts afresh ("... کے بعد X کا مطالبہ").
_ADVERBIAL_ENDS = word_set("adverbial_end")
#: Participles that, followed by ہوئے, end an adverbial clause ("... کرتے ہوئے").
_CONVERBS = word_set("converb_participle")
#: Words that make a clause finite ("ہے", "تھا", "گیا", "کیا"): none may stand between a far نے and its cue.
_FINITE_WORDS = word_set("clause_finite_word")
#: Words that end the clause an agent is searched across (claims.speaker.agent-across-converb-clause).
_CLAUSE_STOPS = _FINITE_WORDS | _QUOTES
#: Light verbs that mark an imperfective (progressive, habitual, future) verb, whose
#: subject carries no نے ("... کا مطالبہ کر رہے ہیں").
_IMPERFECTIVE = word_set("imperfective_auxiliary")
#: Words that end a subject phrase read rightwards (demonstratives start a new phrase).
_DEMONSTRATIVES = word_set("demonstrative")
#: Copulas (or یہ, بھی before one) that must follow a genitive noun cue ("کا دعوی ہے کہ").
_COPULAS = word_set("copula")
_COPULAS_KE = frozenset(w + "کہ" for w in _COPULAS)
#: Auxiliaries that some outlets write together with the verb before them ("کہناتھا", "کہاہے").
_JOINED_AUXILIARIES = word_list("joined_auxiliary")
#: The participles between an issuer and a document noun ("X سے جاری کردہ بیان",
#: "جاری ہونے والے بیان").
_ISSUED = word_set("issue_participle") | _RELATIVE
_ISSUE = "جاری"
_FROM = "سے"
#: Punctuation that may sit inside a speaker phrase ("مسلم لیگ (ن)").
_INNER_PUNCT = frozenset({"(", ")", "-"})
#: The marks inside a phrase that a phrase does not start with.
_INNER_PUNCT_SKIPPED = _INNER_PUNCT - {"("}
#: Conjunctions that start a new clause ("... جبکہ پولیس کا کہنا ہے").
_CONJUNCTIONS = word_set("clause_conjunction")
#: Punctuation that separates clauses inside a sentence.
_CLAUSE_PUNCT = frozenset({"،", ",", "؛", ";", ":"})
#: Punctuation that ends a sentence.
_TERMINAL = frozenset({"۔", "؟", "?", "!", "."})
#: Relative pronouns that open an appositive clause between commas ("X، جو ...، نے کہا").
_RELATIVE_PRONOUNS = word_set("relative_pronoun")
#: Words that open the clause of a report whose cue follows with no comma:
#: "... جہاں X کی حالت نازک بتائی گئی" reports what follows them.
_REPORT_CLAUSE_OPENERS = word_set("report_clause_opener")
#: Words before or in the subject of "کہتے ہیں" that make it naming ("اسے لوگ X کہتے ہیں") or a
#: relative clause ("جسے لوگ X کہتے ہیں", "جو لوگ کہتے ہیں کہ"), no report: claims.say.present-subject.
_NAMING_OR_RELATIVE = word_set("naming_object") | word_set("object_relative_pronoun") | _RELATIVE_PRONOUNS
#: Third-person pronouns that may be the whole subject of "کہتے ہیں" ("وہ کہتے ہیں کہ"):
#: claims.say.pronoun-subject.
_SUBJECT_PRONOUNS = word_set("subject_pronoun")
#: Honorifics that open a personal name ("حاجی", "مولانا"): claims.anonymous.named-after-label.
_HONORIFICS = word_set("name_honorific")
#: The longest appositive relative clause skipped, in tokens.
_MAX_RELATIVE = 20
#: How far past its sentence a quotation may run ("’... ۔ ... ۔‘"), in tokens.
_MAX_QUOTE = 60

#: How many manner words ("بھی سختی سے") may stand between a noun cue's "کی" and the cue it is the object of.
_MAX_MANNER_GAP = 3
#: How far back (in tokens) an agent's نے may be from its verb.
_MAX_AGENT_GAP = 30
#: How far back a نے may be when only converbs, participles and postpositional phrases
#: stand between it and its verb (claims.speaker.agent-across-converb-clause).
_MAX_CLAUSE_GAP = 60
#: The longest speaker phrase kept, in tokens.
_MAX_SPEAKER = 8
#: The longest bracketed gloss after a speaker's name ("(ایچ آر سی پی)"), in tokens.
_MAX_GLOSS = 6
#: The longest genitive phrase after a glossed name ("کی سالانہ رپورٹ", "کے ایک ترجمان"), in tokens.
_MAX_GLOSS_TAIL = 5
#: The words of a dateline's byline ("(نمائندہ خصوصی)", "(ویب ڈیسک)", "(اے پی پی)"), as word
#: sequences: word classes ``desk_word`` and ``byline_word`` (claims.speaker.after-dateline).
_BYLINE: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split()) for phrase in (*word_list("desk_word"), *word_list("byline_word"))
)
#: The most words a dateline's place (or two, and the day it was filed) may have before its byline.
_MAX_DATELINE_WORDS = 5
#: The most tokens before a dateline's bracket, and inside it.
_MAX_DATELINE_HEAD = 10
_MAX_BYLINE = 6
#: Postpositions ("کے", "سے", "نے"): after a bracket, they make it part of a noun phrase.
_POSTPOSITIONS = word_set("case_marker") | word_set("ergative")
#: Marks that may stand in a dateline's head: between two places, before the day it was filed.
_DATELINE_MARKS = frozenset({"،", ",", "۔", "/", "-", "؍"})
#: A colon after the dateline's place, before its bracketed byline ("لاہور: (X نیوز)"):
#: claims.speaker.dateline-colon.
_DATELINE_COLONS = frozenset({":", "："})
#: The longest noun phrase read as the content of a report cue.
_MAX_REPORTED = 12
#: How far a quoted name may reach.
_MAX_QUOTED = 10
#: The longest content, in tokens (a "sentence" without punctuation can be a whole text).
_MAX_CONTENT = 120
#: The shortest content read from before the speaker (source-last order).
_MIN_CONTENT_BEFORE = 2

_VALID_ATTACH = frozenset({"agent", "genitive", "report", "none", "following", "subject"})
_SPEAKER_ROLES = frozenset(
    {
        "source",
        "not_source",
        "no_speaker",
        "pronoun",
        "document",
        "anaphor",
        "indefinite",
        "filler",
        "boundary",
    }
)


@attrs.frozen
class Cue:
    """One reporting cue of the ``claim_cues`` lexicon, compiled.

    Attributes:
        words: The folded words of the term.
        kind: The kind of claim the cue makes.
        attach: Where its speaker is: ``"agent"``, ``"genitive"``, ``"report"``,
            ``"none"``, ``"following"`` or ``"subject"``.
        light: Whether a light verb, auxiliary or کہ must follow.
        object: Whether the words between the agent and the cue are the content.
        requires: Word sequences one of which the content must contain.
        attack_kind: The kind to use when the object content names an attack.
        ko_object: Whether its object may be marked by کو ("الزامات کو مسترد
            کیا"); otherwise a phrase ending in کو is an addressee.
        ke: Whether the cue's last word is written together with the کہ that
            follows it ("کہاکہ"): its content starts right after it.
    """

    words: tuple[str, ...]
    kind: ClaimKind
    attach: str
    light: bool = False
    object: bool = False
    requires: tuple[tuple[str, ...], ...] = ()
    attack_kind: ClaimKind | None = None
    ko_object: bool = False
    ke: bool = False


@attrs.define(unsafe_hash=True)  # not frozen: see _incident_index.Hit
class SpeakerInfo:
    """What the ``speakers`` lexicon says about a speaker phrase.

    Attributes:
        role: ``"source"`` (a speaker), ``"pronoun"``, ``"document"`` (a bare
            report or statement noun referring back), ``"anaphor"`` (a bare
            generic noun such as "تنظیم" referring back), ``"no_speaker"`` (an
            agentless report) or ``"not_source"`` (a stock phrase, no claim).
        anonymous: Whether the source is unnamed.
        type: ACLED actor type, when the lexicon knows it.
    """

    role: str
    anonymous: bool = False
    type: ActorType | None = None


_NO_SPEAKER = SpeakerInfo("no_speaker", anonymous=True)
#: A pronoun speaker ("وہ" of "وہ کہتے ہیں کہ"), resolved to the source it refers to.
_PRONOUN = SpeakerInfo("pronoun", anonymous=False)
#: How many distinct speaker phrases a grammar remembers the class of.
_MAX_CLASSIFIED = 50_000


@attrs.define(unsafe_hash=True)  # not frozen: see _incident_index.Hit
class RawClaim:
    """A claim found in one sentence, as token index ranges (end excluded).

    Attributes:
        cue: The reporting words.
        kind: The claim's kind.
        speaker: The speaker phrase, or ``None``.
        info: What the lexicon says about the speaker.
        content: The content, or ``None``.
        agentive: Whether the speaker is the agent of a verb (نے, کی جانب سے),
            which a following coordinated verb may share.
    """

    cue: tuple[int, int]
    kind: ClaimKind
    speaker: tuple[int, int] | None
    info: SpeakerInfo
    content: tuple[int, int] | None
    agentive: bool = False


def _words(term: str) -> tuple[str, ...]:
    return tuple(fold(term).split())


def _kind(value: Any, where: str) -> ClaimKind:
    try:
        return ClaimKind(value)
    except ValueError:
        raise InvalidArgumentError(
            f"{where}: unknown claim kind {value!r}; expected one of {', '.join(k.value for k in ClaimKind)}"
        ) from None


def _cue(entry: Mapping[str, Any]) -> Cue:
    term = str(entry["term"])
    attach = str(entry.get("attach", "agent"))
    if attach not in _VALID_ATTACH:
        raise InvalidArgumentError(
            f"claim cue {term!r}: attach must be one of {', '.join(sorted(_VALID_ATTACH))}, got {attach!r}"
        )
    attack = entry.get("attack_kind")
    return Cue(
        words=_words(term),
        kind=_kind(entry.get("kind", "statement"), f"claim cue {term!r}"),
        attach=attach,
        light=bool(entry.get("light", False)),
        object=bool(entry.get("object", False)),
        requires=tuple(_words(str(r)) for r in entry.get("requires", ())),
        attack_kind=None if attack is None else _kind(attack, f"claim cue {term!r}"),
        ko_object=bool(entry.get("ko_object", False)),
    )


def _joined_variants(cue: Cue) -> list[Cue]:
    """The cue with its last word written together with a following کہ or auxiliary.

    Some outlets drop the space after a verb: "نے کہاکہ", "کا کہناتھا کہ",
    "نے بتایاکہ". A noun cue that needs a light verb has no such forms.
    """
    if cue.light:
        return []
    *head, last = cue.words
    found = [evolve(cue, words=(*head, last + _KE), ke=True)]
    found += [evolve(cue, words=(*head, last + aux)) for aux in _JOINED_AUXILIARIES]
    return found


def _contains(words: Sequence[str], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(tuple(words[i : i + n]) == part for i in range(len(words) - n + 1))


def _actor_type(entry: Mapping[str, Any]) -> ActorType | None:
    raw = entry.get("type")
    if raw is None:
        return None
    try:
        return ActorType(raw)
    except ValueError:
        raise InvalidArgumentError(
            f"speaker {entry.get('term')!r}: unknown actor type {raw!r}; expected one of "
            f"{', '.join(t.value for t in ActorType)}"
        ) from None


class Grammar:
    """The cue and speaker lexicons, compiled for matching.

    Args:
        cue_entries: Entries of every ``claim_cues`` lexicon, in order.
        speaker_entries: Entries of every ``speakers`` lexicon, in order; the
            first entry for a term wins.

    Raises:
        InvalidArgumentError: If an entry has an unknown role, kind, attach value
            or actor type.
    """

    def __init__(
        self,
        cue_entries: Iterable[Mapping[str, Any]],
        speaker_entries: Iterable[Mapping[str, Any]],
    ) -> None:
        self._read_cues(cue_entries)
        self._read_speakers(speaker_entries)
        # What classify() said about each phrase seen so far (phrases repeat across documents).
        self._classified: dict[tuple[str, ...], SpeakerInfo] = {}

    def __getstate__(self) -> dict[str, Any]:
        # The memory of phrases is rebuilt on use; a pickled grammar does not carry it.
        return {**self.__dict__, "_classified": {}}

    def _read_cues(self, entries: Iterable[Mapping[str, Any]]) -> None:
        by_first: dict[str, list[Cue]] = {}
        self.light_verbs: set[str] = set()
        self.passives: set[str] = set()
        self.attack_words: set[str] = set()
        #: Nouns naming where a statement was made ("بیان", "ٹویٹ"): "... میں" is no part of a content.
        self.media: set[str] = set()
        #: Nouns naming the means a statement was sent by ("فون", "ٹوئٹر"): "... پر" is no part of a content.
        self.channels: set[str] = set()
        #: Words naming a feeling or its depth ("دکھ", "گہرے"): "X پر گہرے دکھ کا اظہار" is about X.
        self.feelings: set[str] = set()
        #: Manner phrases between a cue's object and the cue ("شدید", "سخت الفاظ میں").
        self.manners: set[tuple[str, ...]] = set()
        #: Nouns that frame what follows rather than say anything ("ردعمل کا اظہار کرتے ہوئے").
        self.frames: set[tuple[str, ...]] = set()
        sets = {
            "light_verb": self.light_verbs,
            "passive": self.passives,
            "attack_noun": self.attack_words,
            "medium": self.media,
            "channel": self.channels,
            "feeling": self.feelings,
        }
        for entry in entries:
            role = str(entry.get("role", "cue"))
            if role in ("manner", "frame"):
                if words := _words(str(entry["term"])):
                    (self.manners if role == "manner" else self.frames).add(words)
                continue
            if role in sets:
                sets[role].update(_words(str(entry["term"])))
                continue
            if role != "cue":
                raise InvalidArgumentError(
                    f"claim cue lexicon: unknown role {role!r} for {entry.get('term')!r}"
                )
            cue = _cue(entry)
            if not cue.words:
                continue
            by_first.setdefault(cue.words[0], []).append(cue)
            if len(cue.words) > 1:  # also match the words written together ("کےمطابق")
                joined = evolve(cue, words=("".join(cue.words),))
                by_first.setdefault(joined.words[0], []).append(joined)
            for variant in _joined_variants(cue):  # "کہاکہ", "کہناتھا"
                by_first.setdefault(variant.words[0], []).append(variant)
        # Cues of one word by that word; longer cues by their first two words, longest first.
        self.cues: dict[tuple[str, ...], list[Cue]] = {}
        for group in by_first.values():
            for cue in group:
                self.cues.setdefault(cue.words[:2], []).append(cue)
        for group in self.cues.values():
            group.sort(key=lambda c: -len(c.words))
        #: The words a cue can start with: no other word needs :meth:`match_cue`.
        self.cue_starts = frozenset(key[0] for key in self.cues)
        #: One word of every cue, its longest (the least common, as a rule): a sentence
        #: without any of them has no cue.
        self.cue_keys = frozenset(max(cue.words, key=len) for group in self.cues.values() for cue in group)
        self.verbish = self.light_verbs | self.passives
        #: Light verbs and auxiliaries written together with a following کہ ("ہےکہ", "کیاکہ").
        self.verbish_ke = frozenset(w + _KE for w in self.verbish)
        #: Words that end in a کہ written together with them: the content starts after them.
        self.ke_words = self.verbish_ke | {c.words[-1] for g in self.cues.values() for c in g if c.ke}
        self.max_manner_words = max((len(w) for w in self.manners), default=1)
        #: Every word of a manner phrase ("بھی", "سختی", "سے").
        self.manner_words = frozenset(w for phrase in self.manners for w in phrase)

    def _read_speakers(self, entries: Iterable[Mapping[str, Any]]) -> None:
        self.speakers: dict[tuple[str, ...], SpeakerInfo] = {}
        self.fillers: set[tuple[str, ...]] = set()
        self.boundaries: set[str] = set()
        self.indefinites: set[str] = set()
        for entry in entries:
            role = str(entry.get("role", "source"))
            words = _words(str(entry["term"]))
            if role not in _SPEAKER_ROLES:
                raise InvalidArgumentError(
                    f"speaker lexicon: unknown role {role!r} for {entry.get('term')!r}"
                )
            if not words:
                continue
            if role == "filler":
                self.fillers.add(words)
            elif role == "boundary":
                self.boundaries.update(words)
            elif role == "indefinite":
                self.indefinites.update(words)
            else:
                info = SpeakerInfo(role, bool(entry.get("anonymous", False)), _actor_type(entry))
                self.speakers.setdefault(words, info)
        self.filler_words = {w for phrase in self.fillers for w in phrase}
        # "ذریعے" ends a phrase as a postposition ("کے ذریعے") but is a source as a noun ("ایک
        # سیکیورٹی ذریعے نے بتایا"): a boundary word that is also a speaker word is a boundary
        # only after a genitive.
        self.noun_boundaries = frozenset(w for w in self.boundaries if (w,) in self.speakers)
        # The last words of the entries, by the words before them: most lookups of
        # several words stop at this table without building the inflected keys.
        self._lasts: dict[tuple[str, ...], set[str]] = {}
        for key in self.speakers:
            self._lasts.setdefault(key[:-1], set()).add(key[-1])
        # Only the last word of an entry may be inflected, so an entry of several words
        # starts with its exact first word and has its exact last-but-one word.
        self._longest_from: dict[str, int] = {}
        for key in self.speakers:
            if len(key) > 1:
                self._longest_from[key[0]] = max(len(key), self._longest_from.get(key[0], 1))
        self._last_but_one = frozenset(key[-2] for key in self.speakers if len(key) > 1)
        self.max_speaker_words = max((len(w) for w in self.speakers), default=1)
        self.max_document_words = max(
            (len(w) for w, info in self.speakers.items() if info.role == "document"), default=1
        )
        self.max_filler_words = max((len(w) for w in self.fillers), default=1)

    # --- cues ----------------------------------------------------------------------

    def match_cue(self, words: Sequence[str], i: int, hi: int) -> tuple[Cue, int] | None:
        """The longest valid cue starting at word ``i``, with the index past it."""
        pair = self.cues.get((words[i], words[i + 1])) if i + 1 < hi else None
        for cue in (*(pair or ()), *self.cues.get((words[i],), ())):
            end = i + len(cue.words)
            if end > hi or (end > i + 2 and tuple(words[i:end]) != cue.words):
                continue
            nxt = words[end] if end < hi else ""
            if cue.light and cue.attach in ("genitive", "none"):
                if nxt not in _COPULAS and nxt != _KE and nxt not in _COPULAS_KE:
                    continue
            elif cue.light and nxt not in self.verbish and nxt != _KE and nxt not in self.verbish_ke:
                continue
            elif cue.light and nxt in _GENITIVES and self._object_of_cue(words, end + 1, hi):
                continue  # claims.object.noun-cue-as-object: "دعوے کی تردید کی" denies the claim
            return cue, end
        return None

    def _object_of_cue(self, words: Sequence[str], i: int, hi: int) -> bool:
        """Whether another cue starts at word ``i``, or after a few manner words ("بھی سختی سے").

        In "X نے سرکاری دعوے کی تردید کی" the "کی" after "دعوے" is the genitive of the denial's
        object, not the light verb of a claim: the claim denied is what X denies.
        """
        for k in range(i, min(hi, i + _MAX_MANNER_GAP + 1)):
            w = words[k]
            if w in self.cue_starts and self.match_cue(words, k, hi) is not None:
                return True
            if w not in self.manner_words:
                return False
        return False

    def skip_verbs(self, words: Sequence[str], i: int, hi: int) -> tuple[int, bool]:
        """Skip light verbs and auxiliaries from ``i``; also say whether one was passive."""
        passive = False
        while i < hi and words[i] in self.verbish:
            passive = passive or words[i] in self.passives
            i += 1
        if i < hi and words[i] in self.verbish_ke:  # "... کیا ہےکہ": the last one carries کہ
            passive = passive or words[i][: -len(_KE)] in self.passives
            i += 1
        return i, passive

    # --- speakers ------------------------------------------------------------------

    def _get(self, key: tuple[str, ...]) -> SpeakerInfo | None:
        """Look a word sequence up, allowing an inflection of up to three letters on its last word."""
        if not key:
            return None
        lasts = self._lasts.get(key[:-1])
        if lasts is None:
            return None
        last = key[-1]
        if last in lasts:
            return self.speakers[key]
        for cut in (1, 2, 3):
            if len(last) - cut < 3:
                break
            if last[:-cut] in lasts:
                stem = (*key[:-1], last[:-cut])
                return self.speakers[stem]
        return None

    def lookup(self, words: Sequence[str], i: int) -> tuple[SpeakerInfo, int] | None:
        """The longest speaker-lexicon entry starting at word ``i``."""
        if i >= len(words):
            return None
        for n in range(min(self._longest_from.get(words[i], 1), len(words) - i), 0, -1):
            info = self._get(tuple(words[i : i + n]))
            if info is not None:
                return info, n
        return None

    def head(self, words: Sequence[str]) -> SpeakerInfo | None:
        """The longest speaker-lexicon entry ending at the last word (the phrase's head)."""
        several = len(words) > 1 and words[-2] in self._last_but_one
        for n in range(min(self.max_speaker_words if several else 1, len(words)), 0, -1):
            info = self._get(tuple(words[len(words) - n :]))
            if info is not None:
                return info
        return None

    def classify(self, words: Sequence[str]) -> SpeakerInfo:
        """What the lexicon says about a speaker phrase.

        The head (the last words) decides: an anonymous source word (ذرائع,
        حکام) makes the phrase anonymous, a stock-phrase noun makes it no
        source at all; a phrase whose head the lexicon does not know is a name.
        An indefinite word before the head (ایک اہلکار) makes it anonymous.

        Each distinct phrase is classified once and remembered (up to
        :data:`_MAX_CLASSIFIED` phrases, then the memory starts afresh).
        """
        key = tuple(words)
        memo = self._classified
        info = memo.get(key)
        if info is None:
            if len(memo) >= _MAX_CLASSIFIED:
                memo = self._classified = {}  # a fresh dictionary: other threads keep theirs
            info = memo[key] = self._classify(key)
        return info

    def _classify(self, words: tuple[str, ...]) -> SpeakerInfo:
        if not words:
            return _NO_SPEAKER
        first = self.speakers.get((words[0],))
        if first is not None and first.role == "pronoun" and len(words) == 1:
            return first
        head = self.head(words)
        if head is not None and head.role in ("not_source", "no_speaker") and not self._portfolio(words):
            return head
        if head is not None and head.role in ("document", "anaphor"):
            if len(words) == 1:
                return head
            # claims.speaker.demonstrative-document: "اس رپورٹ", "ان الرٹس", "اسی تنظیم": a demonstrative
            # before the noun points back to the document or body named before, like the bare noun.
            if len(words) == 2 and words[0] in _DEMONSTRATIVES:
                return head
            # claims.speaker.issuer-of-document: "جاری کیے جانے والے ایک بیان" with no issuer
            # before the participles (one given "کو" the addressees) is a bare document noun.
            if head.role == "document" and all(w in _ISSUED or w in self.indefinites for w in words[:-1]):
                return head
            if len(words) > 2 and words[-2] in _GENITIVES:  # "X کی رپورٹ": X speaks
                return self.classify(words[:-2])
            # claims.anonymous.issuer-of-one-document: "X کی ایک رپورٹ", "X کے ایک بیان": the
            # indefinite counts X's documents, and X speaking decides.
            if len(words) > 3 and words[-2] in self.indefinites and words[-3] in _GENITIVES:
                return self.classify(words[:-3])
        anonymous = head is not None and head.role == "source" and head.anonymous
        indefinite = next((k for k, w in enumerate(words[:-1]) if w in self.indefinites), None)
        if indefinite is not None and not (head is None and _names_person_after(words, indefinite)):
            anonymous = True
        return SpeakerInfo("source", anonymous, self._type(words))

    def _portfolio(self, words: Sequence[str]) -> bool:
        """Whether a stock-phrase or report noun ending ``words`` is the portfolio of the office before it.

        claims.speaker.office-portfolio: "وزیر قانون", "وزارت منصوبہ بندی": a noun that is no source
        on its own ("قانون کے مطابق"), written right after an office the speakers lexicon names (a
        source that is not anonymous: "وزیر", "وزارت"), names the office's field; the office speaks.
        """
        for n in range(min(self.max_speaker_words, len(words) - 1), 0, -1):
            info = self._get(tuple(words[len(words) - n :]))
            if info is not None and info.role in ("not_source", "no_speaker"):
                before = self._get((words[len(words) - n - 1],))
                return before is not None and before.role == "source" and not before.anonymous
        return False

    def is_document(self, word: str) -> bool:
        """Whether ``word`` is a document noun (رپورٹ, بیان)."""
        info = self._get((word,))
        return info is not None and info.role == "document"

    def _type(self, words: Sequence[str]) -> ActorType | None:
        found: ActorType | None = None
        i = 0
        while i < len(words):
            hit = self.lookup(words, i)
            if hit is None:
                i += 1
                continue
            found = hit[0].type or found
            i += hit[1]
        return found

    def strip_manner(self, words: Sequence[str], start: int, end: int) -> int:
        """Where an object ends once the manner phrases before its cue are cut ("... کی شدید")."""
        moved = True
        while moved and end > start + 1:
            moved = False
            for n in range(min(self.max_manner_words, end - start - 1), 0, -1):
                if tuple(words[end - n : end]) in self.manners:
                    end -= n
                    moved = True
                    break
        return end

    def strip_fillers(self, words: Sequence[str], start: int, end: int) -> int:
        """Skip discourse fillers and stray genitive markers at the start of a phrase."""
        moved = True
        while moved and start < end:
            moved = False
            if words[start] in _GENITIVES or words[start] in _INNER_PUNCT_SKIPPED:
                start += 1
                moved = True
                continue
            if words[start] not in self.filler_words:
                break  # no filler starts here: no phrase of words to look up
            for n in range(min(self.max_filler_words, end - start), 0, -1):
                if tuple(words[start : start + n]) in self.fillers:
                    start += n
                    moved = True
                    break
        return start

    def phrase_left(
        self,
        kinds: Sequence[TokenKind],
        words: Sequence[str],
        end: int,
        floor: int,
        limit: int,
        *,
        whole: bool = False,
    ) -> tuple[int, int] | None:
        """The noun phrase ending just before token ``end``, at most ``limit`` tokens, not below ``floor``.

        With ``whole``, a phrase the limit cuts starts at a whole word (:meth:`_past_cut_word`).
        """
        k = end - 1
        while k >= floor and end - k <= limit:
            w = words[k]
            postposition = w not in self.noun_boundaries or (k > floor and words[k - 1] in _GENITIVES)
            if (w in self.boundaries and postposition) or (kinds[k] is _PUNCT and w not in _INNER_PUNCT):
                break
            if w in _DEMONSTRATIVES and k < end - 1:  # "… سے لیس ان افراد": the phrase starts here
                k -= 1
                break
            k -= 1
        start = k + 1
        if whole and k >= floor and end - k > limit:
            start = self._past_cut_word(words, start, end)
        start = self.strip_fillers(words, start, end)
        return (start, end) if start < end else None

    def _past_cut_word(self, words: Sequence[str], start: int, end: int) -> int:
        """Where a phrase that the length limit cut at ``start`` begins: after the closing bracket
        or the speakers-lexicon entry of several words that the cut falls inside, if words remain.

        claims.speaker.limit-cut-in-word: "مسلم لیگ (ن) کے رہنما X Y Z نے" cut at "ن)" starts after
        the bracket ("رہنما X Y Z"); "دفاعی تجزیہ کار بریگیڈیئر (ر) X Y Z نے" cut at "کار" starts at
        "بریگیڈیئر". A phrase never starts inside a bracket pair or a word written in several tokens.
        """
        moved = start
        for k in range(start, end):
            if words[k] == "(":
                break
            if words[k] == ")":  # a bracket that opens before the cut: the phrase starts after it
                moved = k + 1
                break
        for i in range(max(0, moved - self.max_speaker_words + 1), moved):
            hit = self.lookup(words, i)
            if hit is not None and i + hit[1] > moved:  # an entry of several words the cut falls in
                moved = i + hit[1]
                break
        return moved if self.strip_fillers(words, moved, end) < end else start

    def speaker_left(
        self, kinds: Sequence[TokenKind], words: Sequence[str], end: int, floor: int
    ) -> tuple[int, int] | None:
        """The speaker phrase ending just before token ``end``, not reaching below ``floor``.

        A quoted name ("'الفاران' نامی گروپ", "'دی ڈیلی نیوز' کی جانب سے")
        is taken from inside its quotes, and "X نامی تنظیم" gives X.
        """
        if end - 1 >= floor and words[end - 1] in _QUOTES:
            return _quoted(words, end - 1, floor)
        if end - 1 >= floor and words[end - 1] in _CLAUSE_PUNCT:  # "X، جو ...، نے کہا"
            opening = _relative_start(words, end - 1, floor)
            if opening is not None:
                end = opening
        gloss = _gloss_start(words, end, floor)
        if gloss is None:
            gloss = self._gloss_before_genitive(kinds, words, end, floor)
        if gloss is not None:  # claims.speaker.acronym-gloss: "X (ABC)" is X, however long X's name
            found = self.phrase_left(kinds, words, gloss, floor, _MAX_SPEAKER, whole=True)
            if found is not None:
                # an earlier bracket closes a dateline's ("پشاور (نمائندہ) X (ABC)"): the name starts after it
                closing = [k for k in range(found[0], gloss) if words[k] == ")"]
                first = self.strip_fillers(words, closing[-1] + 1, gloss) if closing else found[0]
                found = (first, end) if first < gloss else None
        else:
            found = self.phrase_left(kinds, words, end, floor, _MAX_SPEAKER, whole=True)
        if found is None:
            return None
        found = self.issuer(kinds, words, found, floor)
        start, stop = found
        if _NAMED in words[start:stop]:
            named = words.index(_NAMED, start, stop)
            if named > start:
                return start, named
            if named - 1 >= floor and words[named - 1] in _QUOTES:
                return _quoted(words, named - 1, floor)
        return found

    def _gloss_before_genitive(
        self, kinds: Sequence[TokenKind], words: Sequence[str], end: int, floor: int
    ) -> int | None:
        """Where the gloss opens of a glossed name that a short genitive phrase ending at ``end`` follows.

        claims.speaker.gloss-then-genitive: in "X (ABC) کی سالانہ رپورٹ کے مطابق" and "X (ABC) کے ایک
        ترجمان نے" the name X is read as long as it may be, as before a bare gloss, and the genitive
        phrase after the gloss ("کی سالانہ رپورٹ", at most :data:`_MAX_GLOSS_TAIL` tokens) stays.
        """
        for j in range(end - 2, max(floor, end - 1 - _MAX_GLOSS_TAIL) - 1, -1):
            w = words[j]
            if w == ")":
                if words[j + 1] not in _GENITIVES:
                    return None
                near = self.phrase_left(kinds, words, end, floor, _MAX_SPEAKER)
                if near is None or near[0] > j:
                    return None  # the words after the bracket are no phrase of the name
                return _gloss_start(words, j + 1, floor)
            if w == "(" or w in _CLAUSE_PUNCT or w in _TERMINAL or w in _QUOTES:
                return None
        return None

    def issuer(
        self, kinds: Sequence[TokenKind], words: Sequence[str], phrase: tuple[int, int], floor: int
    ) -> tuple[int, int]:
        """Who issued a document a phrase names ("X سے جاری بیان", "X کے جاری کردہ بیان"), or the phrase.

        A phrase that is only "جاری" and its participles before a document noun
        names no source; the phrase before "سے", "کی جانب سے" or a genitive does.
        The participles may reach left of the phrase ("... جاری کیے گئے بیان").
        """
        stop = phrase[1]
        # The document noun may have several words ("اعداد و شمار"): the participle stands before it.
        for n in range(1, self.max_document_words + 1):
            if stop - n - 1 < floor:
                return phrase
            # claims.speaker.issuer-of-document: "X سے جاری ہونے والے ایک بیان", the
            # indefinite between the participle and the noun counts the documents.
            one = int(words[stop - n - 1] in self.indefinites and stop - n - 2 >= floor)
            if words[stop - n - 1 - one] in _ISSUED:  # most phrases: no participle
                head = self._get(tuple(words[stop - n : stop]))
                if head is not None and head.role == "document":
                    break
        else:
            return phrase
        k = stop - n - 1 - one
        issued = False
        while k >= floor and stop - k <= _MAX_SPEAKER and words[k] in _ISSUED:
            issued = issued or words[k] == _ISSUE
            k -= 1
        if not issued or k < floor:
            return phrase
        marker = k
        if words[k] == _FROM:
            for agent in _AGENT_PHRASES:
                n = len(agent)
                if k - n + 1 >= floor and tuple(words[k - n + 1 : k + 1]) == agent:
                    marker = k - n + 1
                    break
        elif words[k] not in _GENITIVES:
            return phrase
        found = self.phrase_left(kinds, words, marker, floor, _MAX_SPEAKER)
        if found is None or words[found[0]] == _ISSUE:
            return phrase
        return found

    def speaker_right(
        self, kinds: Sequence[TokenKind], words: Sequence[str], start: int, hi: int
    ) -> tuple[int, int] | None:
        """The noun phrase starting at token ``start`` ("... کرنے والی تنظیم X")."""
        k = start
        while k < hi and k - start < _MAX_SPEAKER:
            w = words[k]
            if (
                w in self.boundaries
                or w in _GENITIVES
                or w in _DEMONSTRATIVES
                or (kinds[k] is _PUNCT and w not in _INNER_PUNCT)
            ):
                break
            k += 1
        return (start, k) if k > start else None


def _subject_pronoun(s: _Sentence, start: int, floor: int) -> tuple[int, int] | None:
    """The third-person pronoun that is the whole subject of a present-tense say verb at ``start``.

    claims.say.pronoun-subject: in "وہ کہتے ہیں کہ ..." (also "وہ بھی کہتے ہیں", "وہ اب کہہ رہے
    ہیں") the pronoun of word class ``subject_pronoun`` speaks, and is resolved like "انہوں نے" to
    the source it refers to. Only fillers (adverbs) may stand between it and the verb.
    """
    k = start - 1
    while k >= floor and _is_filler(s, k):
        if s.words[k] in _SUBJECT_PRONOUNS:
            return k, k + 1
        k -= 1
    return None


def _is_filler(s: _Sentence, k: int) -> bool:
    """Whether token ``k`` is a one-word discourse filler or adverb of the speakers lexicon."""
    return (s.words[k],) in s.grammar.fillers


def _names_person_after(words: Sequence[str], indefinite: int) -> bool:
    """Whether a personal name, opened by an honorific, ends a phrase after its indefinite word.

    claims.anonymous.named-after-label: "گاؤں کے ایک رہائشی حاجی X", "جماعت کے ایک رہنما
    مولانا X": the indefinite describes a person whom the phrase then names, so the source is
    named. A label alone ("ایک رہنما"), or an honorific that is the last word ("ایک قبائلی
    ملک"), names nobody.
    """
    return any(w in _HONORIFICS for w in words[indefinite + 1 : -1])


def _gloss_start(words: Sequence[str], end: int, floor: int) -> int | None:
    """Where the bracketed gloss ending just before token ``end`` opens ("... کمیشن (ایچ آر سی پی)"), or None.

    A name glossed by its acronym or short form in brackets is read as long as
    the name alone may be: the gloss does not count against the speaker's length.
    """
    if end - 1 < floor or words[end - 1] != ")":
        return None
    for k in range(end - 2, max(floor, end - 2 - _MAX_GLOSS) - 1, -1):
        if words[k] == "(":
            return k if k > floor and k < end - 2 else None
        if words[k] in _CLAUSE_PUNCT or words[k] in _TERMINAL or words[k] == ")":
            return None
    return None


def dateline_end(kinds: Sequence[TokenKind], words: Sequence[str], first: int, hi: int) -> int | None:
    """Where the text goes on after a dateline opening a line at token ``first``, or None.

    claims.speaker.after-dateline: a line that opens with a place (or two, perhaps with the day it
    was filed: "نئی دہلی، 15 جنوری") and a bracketed byline ("پشاور (نمائندہ خصوصی) X نے کہا",
    "کوئٹہ (آن لائن)": a word of the classes ``desk_word`` or ``byline_word`` in the bracket)
    starts its first sentence after the bracket, so no speaker phrase reaches back into it. A
    bracket followed by a postposition ("X (اے پی پی) نے", "مسلم لیگ (ن) کے رہنما") is part of
    a name, no byline; so is one after a genitive or a cue's word. A colon may stand right
    before the bracket ("لاہور: (X نیوز)": claims.speaker.dateline-colon).
    """
    k = first
    letters = 0
    while k < hi and k - first <= _MAX_DATELINE_HEAD and words[k] != "(":
        w = words[k]
        if kinds[k] is _PUNCT:
            if w in _DATELINE_COLONS:
                # claims.speaker.dateline-colon: "لاہور: (X نیوز) Y نے کہا", "کراچی:(X) ...": a colon
                # may stand between the place and its byline; only right before the bracket
                if k + 1 >= hi or words[k + 1] != "(":
                    return None
            elif w not in _DATELINE_MARKS:
                return None
        elif w in _GENITIVES or w == _NE or w in _CLAUSE_STOPS:
            return None
        elif w.isalpha():
            letters += 1
        k += 1
    if k >= hi or words[k] != "(" or not 0 < letters <= _MAX_DATELINE_WORDS:
        return None
    opening = k
    while k < hi and k - opening <= _MAX_BYLINE and words[k] != ")":
        k += 1
    if k >= hi or words[k] != ")":
        return None
    inside = words[opening + 1 : k]
    if not any(_contains(inside, byline) for byline in _BYLINE):
        return None
    k += 1
    if k < hi and words[k] in _POSTPOSITIONS:
        return None  # "X (اے پی پی) نے", "X (ن) کے": the bracket glosses a name
    while k < hi and kinds[k] is _PUNCT and words[k] not in _TERMINAL and words[k] not in _QUOTES:
        k += 1  # "پشاور (نامہ نگار): ..."
    return k if k < hi else None


def _relative_start(words: Sequence[str], comma: int, floor: int) -> int | None:
    """The comma opening the appositive relative clause that the comma at ``comma`` closes.

    In "X، جو موقع پر موجود تھے، نے بتایا" the clause between the commas says
    more about X; the speaker is X before it.
    """
    for k in range(comma - 1, max(floor, comma - _MAX_RELATIVE) - 1, -1):
        if words[k] in _CLAUSE_PUNCT or words[k] in _TERMINAL:
            return (
                k
                if k + 1 < comma and words[k + 1] in _RELATIVE_PRONOUNS and words[k] in _CLAUSE_PUNCT
                else None
            )
    return None


def _quoted(words: Sequence[str], close: int, floor: int) -> tuple[int, int] | None:
    """The words inside the quotes closing at ``close``."""
    k = close - 1
    while k >= floor and close - k <= _MAX_QUOTED:
        if words[k] in _QUOTES:
            return (k + 1, close) if k + 1 < close else None
        k -= 1
    return None


# --- parsing a sentence --------------------------------------------------------------


@attrs.define(unsafe_hash=True)  # not frozen: see _incident_index.Hit
class _Sentence:
    """One sentence's tokens, with the grammar."""

    grammar: Grammar
    kinds: Sequence[TokenKind]
    words: Sequence[str]
    lo: int
    hi: int

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        """Drop punctuation at both ends of a token range; ``None`` if nothing is left.

        A range longer than ``_MAX_CONTENT`` tokens is cut to that length first.
        """
        end = min(end, start + _MAX_CONTENT)
        kinds, words = self.kinds, self.words
        while start < end and kinds[start] is _PUNCT and words[start] != "(":
            start += 1
        while end > start and kinds[end - 1] is _PUNCT and words[end - 1] != ")":
            end -= 1
        return (start, end) if start < end else None

    def quote_end(self, i: int) -> int:
        """Index of the quote closing one opened just before ``i`` (or the sentence end).

        A quotation of several sentences ("’... ۔ ... ۔‘") runs past the full
        stop that ends this one, up to its closing quote not far after.
        """
        words = self.words
        for k in range(i, self.hi):
            if words[k] in _QUOTES:
                return k
        for k in range(self.hi, min(len(words), i + _MAX_QUOTE)):
            if words[k] in _QUOTES:
                return k
        return self.hi

    def run_on(self) -> tuple[int, int] | None:
        """The text after a sentence that a line break cut after its کہ, up to the next full stop.

        A hard-wrapped line ("پولیس نے بتایا کہ⏎ …۔") is read as a sentence of
        its own that ends in کہ; its content is on the next line.
        """
        words, hi = self.words, self.hi
        if words[hi - 1] != _KE or hi >= len(words):
            return None
        if words[hi] in _QUOTES:
            return self.trim(hi + 1, self.quote_end(hi + 1))
        for k in range(hi, min(len(words), hi + _MAX_CONTENT)):
            if words[k] in _TERMINAL:
                return self.trim(hi, k)
        return self.trim(hi, min(len(words), hi + _MAX_CONTENT))

    def find_agent(self, start: int, floor: int) -> tuple[bool, int, int]:
        """Look left of ``start`` for the agent marker (نے, کی جانب سے).

        Returns:
            ``(True, first, past)`` with the marker's token range, or
            ``(False, clause_start, clause_start)`` where the search stopped: at
            کہ, at a clause ending in a verb ("... کیا اور"), or at ``floor``.
        """
        words = self.words
        k = start - 1
        while k >= floor and start - k <= _MAX_AGENT_GAP:
            w = words[k]
            if w == _KE:
                return False, k + 1, k + 1
            if w == _NE:
                return True, k, k + 1
            for phrase in _AGENT_PHRASES:
                n = len(phrase)
                if w == phrase[-1] and k - n + 1 >= floor and tuple(words[k - n + 1 : k + 1]) == phrase:
                    ne = self._ne_before(k - n, floor, start)
                    if ne is not None:  # claims.speaker.ergative-over-nominal-agent
                        return True, ne, ne + 1
                    return True, k - n + 1, k + 1
            if w in _CLAUSE_PUNCT:  # "X نے، جو ... ہیں، کہا": skip the appositive clause
                opening = _relative_start(words, k, floor)
                if opening is not None and opening - 1 >= floor and words[opening - 1] == _NE:
                    k = opening - 1
                    continue
            if (w == _AND or w in _CLAUSE_PUNCT) and k - 1 >= floor and words[k - 1] in self.grammar.verbish:
                return False, k + 1, k + 1
            k -= 1
        if k >= floor:
            ne = self._ne_in_clause(k, floor, start)
            if ne is not None:  # claims.speaker.agent-across-converb-clause
                return True, ne, ne + 1
        return False, max(floor, k + 1), max(floor, k + 1)

    def _ne_in_clause(self, k: int, floor: int, start: int) -> int | None:
        """A نے further left than :data:`_MAX_AGENT_GAP` in the same clause as the cue at ``start``.

        claims.speaker.agent-across-converb-clause: "X نے ... کی مذمت کرتے ہوئے ... کے بعد
        ... حکم دیا" is one clause however long its converbs and postpositional phrases run;
        the نے is taken when no finite verb (:data:`_FINITE_WORDS`), کہ, quote or sentence
        end stands anywhere between it and the cue, nor a clause ending in a verb.
        """
        if any(w in _CLAUSE_STOPS for w in self.words[k + 1 : start]):
            return None
        return self._ne_leftward(k, floor, start, _MAX_CLAUSE_GAP, _CLAUSE_STOPS)

    def _ne_before(self, k: int, floor: int, start: int) -> int | None:
        """A نے left of an agent phrase ("کی جانب سے") in the same clause as the cue at ``start``.

        claims.speaker.ergative-over-nominal-agent: in "X نے Y کی جانب سے حملوں کی مذمت کی" the
        phrase is the agent of the noun after it, inside the object; X, marked by نے, is
        the one who condemns. The search stops where :meth:`find_agent` stops: at کہ, at a
        clause ending in a verb, or past the furthest an agent may stand from its cue.
        """
        return self._ne_leftward(k, floor, start, _MAX_AGENT_GAP, frozenset())

    def _ne_leftward(self, k: int, floor: int, start: int, gap: int, stops: frozenset[str]) -> int | None:
        """The first نے from ``k`` leftwards (not below ``floor``, at most ``gap`` words before the
        cue at ``start``), or None where the clause ends first: at کہ, a sentence end, a word of
        ``stops``, or "اور"/a comma right after a verb."""
        words = self.words
        while k >= floor and start - k <= gap:
            w = words[k]
            if w == _KE or w in _TERMINAL or w in stops:
                return None
            if w == _NE:
                return k
            if (w == _AND or w in _CLAUSE_PUNCT) and k - 1 >= floor and words[k - 1] in self.grammar.verbish:
                return None
            k -= 1
        return None

    def agent_ahead(self, after: int) -> tuple[int, int] | None:
        """The subject of the main clause after a converb ("… کرتے ہوئے Y نے کہا")."""
        words = self.words
        for k in range(after, min(self.hi, after + _MAX_SPEAKER + 4)):
            if words[k] == _KE or words[k] in _CLAUSE_PUNCT:
                return None
            if words[k] == _NE or (words[k] in _GENITIVES and k + 1 < self.hi and words[k + 1] == "کہنا"):
                return self.grammar.speaker_left(self.kinds, words, k, after)
        return None

    def find_document(self, start: int, floor: int) -> tuple[int, int] | None:
        """The "X کی رپورٹ میں" phrase just before a cue, as its speaker."""
        words = self.words
        k = start - 1
        while k > floor and start - k <= _MAX_AGENT_GAP:
            if words[k] == _LOCATIVE:
                phrase = self.grammar.phrase_left(self.kinds, words, k, floor, _MAX_SPEAKER)
                head = None if phrase is None else self.grammar.head(words[phrase[0] : phrase[1]])
                if (
                    phrase is not None
                    and head is not None
                    and (head.role == "document" or (head.role == "source" and start - k <= 4))
                ):
                    return self.grammar.issuer(self.kinds, words, phrase, floor)
            if words[k] == _KE or words[k] in _CLAUSE_PUNCT:
                return None
            k -= 1
        return None


def parse_sentence(
    grammar: Grammar, kinds: Sequence[TokenKind], words: Sequence[str], lo: int, hi: int
) -> list[RawClaim]:
    """Find the claims of the sentence made of tokens ``lo`` to ``hi``.

    Args:
        grammar: The compiled lexicons.
        kinds: The kind of every token of the text.
        words: The tokens' texts (quote runs written as one ``"``).
        lo: Index of the sentence's first token.
        hi: Index past its last token.

    Returns:
        The claims, in order of their cues.
    """
    if grammar.cue_keys.isdisjoint(words[lo:hi]):
        return []  # most sentences
    starts = grammar.cue_starts
    matches: list[tuple[Cue, int, int]] = []
    i = lo
    for k in compress(range(lo, hi), map(starts.__contains__, words[lo:hi])):  # tested in C
        if k < i:
            continue  # inside the previous cue
        found = grammar.match_cue(words, k, hi)
        if found is not None:
            matches.append((found[0], k, found[1]))
            i = found[1]
    if not matches:
        return []
    s = _Sentence(grammar, kinds, words, lo, hi)
    claims: list[RawClaim] = []
    floor = lo
    previous: RawClaim | None = None
    for cue, start, end in matches:
        claim = _read_claim(s, cue, start, end, floor, previous)
        if claim is not None:
            claims.append(claim)
            previous = claim
            floor = end
    return _cut_contents(s, claims)


def _cut_contents(s: _Sentence, claims: list[RawClaim]) -> list[RawClaim]:
    """End a content where a later claim of the sentence starts a new clause."""
    out: list[RawClaim] = []
    for n, claim in enumerate(claims):
        content = claim.content
        for m in range(n + 1, len(claims)):  # not claims[n + 1 :]: copying the rest per claim is quadratic
            later = claims[m]
            if content is None or later.cue[0] >= content[1] + _MAX_SPEAKER:
                break
            begin = later.speaker[0] if later.speaker is not None else later.cue[0]
            if not content[0] < begin < content[1]:
                continue
            k = begin - 1
            while k > content[0] and s.words[k] in s.grammar.filler_words:
                k -= 1
            if s.words[k] in _CLAUSE_PUNCT:
                content = s.trim(content[0], k)
            elif any(w in _CONJUNCTIONS for w in s.words[k:begin]):
                content = s.trim(content[0], k + 1 if s.words[k] not in _CONJUNCTIONS else k)
        out.append(claim if content == claim.content else evolve(claim, content=content))
    return [c for c in out if c.content is not None]


def _read_claim(
    s: _Sentence, cue: Cue, start: int, end: int, floor: int, previous: RawClaim | None
) -> RawClaim | None:
    words = s.words
    after, passive = (end, False) if cue.ke else s.grammar.skip_verbs(words, end, s.hi)
    if not _NEGATIONS.isdisjoint(words[end:after]) or (start > s.lo and words[start - 1] in _NEGATIONS):
        return None
    cue_start = start
    speaker: tuple[int, int] | None = None
    info: SpeakerInfo | None = None
    obj: tuple[int, int] | None = None
    agentive = False
    before_limit = start  # content read from before the cue ends here
    content_at = after  # where a content read rightwards starts
    if cue.attach in ("genitive", "subject"):  # claims.say.present-subject: "X کہتے ہیں کہ"
        speaker = s.grammar.speaker_left(s.kinds, words, start, floor)
        if speaker is None and cue.attach == "subject":
            speaker = _subject_pronoun(s, start, floor)
            if speaker is not None:  # claims.say.pronoun-subject: "وہ کہتے ہیں کہ", like "انہوں نے کہا کہ"
                info = _PRONOUN
        if speaker is None:
            return None
        if cue.attach == "subject" and not _NAMING_OR_RELATIVE.isdisjoint(
            words[max(floor, speaker[0] - 1) : speaker[1]]
        ):
            return None  # "اس پہاڑی کو لوگ X کہتے ہیں", "جو لوگ کہتے ہیں کہ": naming or a relative clause
        if cue.attach == "subject":  # "X بھی کہتے ہیں", "X اب کہہ رہے ہیں": the adverb is no part of X
            stop = speaker[1]
            while stop - 1 > speaker[0] and (words[stop - 1],) in s.grammar.fillers:
                stop -= 1
            speaker = (speaker[0], stop)
        before_limit = speaker[0]
    elif cue.attach == "agent":
        found, first, past = s.find_agent(start, floor)
        obj = (past, start)
        if end + 1 < s.hi and words[end] == _PARTICIPLE and words[end + 1] in _RELATIVE:
            speaker = s.grammar.speaker_right(s.kinds, words, end + 2, s.hi)
            if found:  # the object starts after the main clause's agent
                obj = (past, start)
        elif found:
            speaker = s.grammar.speaker_left(s.kinds, words, first, floor)
            if speaker is None:  # "میں نے": a first-person speaker inside a quote
                return None
            speaker = _after_required(words, cue, speaker)
            if speaker is None:
                return None
            agentive = True
            if past == start:
                cue_start = first
            before_limit = speaker[0]
        else:
            speaker = s.find_document(start, floor)
            if speaker is not None:
                before_limit = speaker[0]
                obj = (speaker[1] + 1, start)
            elif passive and _passive_in_report(s, start, after, previous):
                return None
            elif previous is not None and previous.agentive and previous.speaker is not None:
                speaker, info, agentive = previous.speaker, previous.info, True
                if words[past] == _AND:
                    obj = (past + 1, start)
            elif "ہوئے" in words[end:after] and (ahead := s.agent_ahead(after)) is not None:
                speaker = ahead  # "X کی مذمت کرتے ہوئے Y نے کہا": Y condemns too
            elif not passive and not _IMPERFECTIVE.isdisjoint(words[end:after]):
                speaker = s.grammar.speaker_right(
                    s.kinds, words, s.grammar.strip_fillers(words, past, start), start
                )
                if speaker is None:
                    return None
                obj = (speaker[1], start)
            elif not passive:
                return None
    elif cue.attach == "report":
        obj = s.grammar.phrase_left(s.kinds, words, start, floor, _MAX_REPORTED)
        if obj is None:
            return None
    elif cue.attach == "following":  # "بقول ترجمان، ...": speaker, comma, content
        speaker = s.grammar.speaker_right(s.kinds, words, end, s.hi)
        if speaker is None and end < s.hi and s.grammar.classify(words[end : end + 1]).role == "pronoun":
            speaker = (end, end + 1)  # "بقول ان کے"
        if speaker is None:
            return None
        comma = speaker[1] + (speaker[1] < s.hi and words[speaker[1]] in _GENITIVES)
        if comma >= s.hi or words[comma] not in _CLAUSE_PUNCT:
            return None
        content_at = comma + 1
    if info is None:
        info = s.grammar.classify(words[speaker[0] : speaker[1]]) if speaker else _NO_SPEAKER
    if info.role == "not_source":
        return None
    if info.role == "no_speaker":
        speaker = None

    content = (
        s.trim(content_at, s.hi)
        if cue.attach == "following"
        else _content(
            s,
            cue,
            after,
            obj,
            floor,
            before_limit,
            _CONVERB in words[end:after],
            previous is not None
            and previous.content is not None
            and previous.content[0] <= start < previous.content[1],
        )
    )
    if content is None:
        return None
    content_words = words[content[0] : content[1]]
    if cue.requires and not any(_contains(content_words, r) for r in cue.requires):
        return None
    if obj is not None and content[1] <= start and any(_contains(content_words, f) for f in s.grammar.frames):
        return None  # "... پر ردعمل کا اظہار کرتے ہوئے": a frame for what follows, no claim
    if (
        obj is not None
        and content[1] <= start
        and all(w in s.grammar.verbish or w in _GENITIVES for w in content_words)
    ):
        return None  # "... قبول کرنے کا دعوی کیا": the verb before is the object, already read
    kind = cue.kind
    object_names_attack = (
        obj is not None and content[1] <= start and not s.grammar.attack_words.isdisjoint(content_words)
    )
    if cue.attack_kind is not None and object_names_attack:
        kind = cue.attack_kind
    elif (
        cue.attack_kind is not None
        and info.type in _ARMED_GROUPS
        and content[0] >= start
        and not s.grammar.attack_words.isdisjoint(content_words)
    ):
        # claims.responsibility.group-claims-own-attack: an armed group claiming in a کہ-clause
        # ("X نے دعویٰ کیا کہ اس کے جنگجوؤں نے چوکی پر حملہ کیا") tells its own attack.
        kind = cue.attack_kind
    elif (
        kind is ClaimKind.STATEMENT
        and content[0] >= after
        and not s.grammar.attack_words.isdisjoint(content_words)
        and (deed := _own_deed(content_words)) is not None
        and (info.type in _ARMED_GROUPS or (deed == "fighters" and info.type is None))
    ):
        # claims.responsibility.group-says-own-attack: an armed group saying that it, or its own
        # people, struck ("X نے کہا کہ اس کے جنگجوؤں نے قافلے کو نشانہ بنایا") describes its own
        # attack, a responsibility claim (GUIDELINES); a speaker of no known type with fighters of
        # its own (word class own_fighter_noun) is such a group too; a state's forces saying so
        # make a statement.
        kind = ClaimKind.RESPONSIBILITY
    return RawClaim((cue_start, max(after, end)), kind, speaker, info, content, agentive)


def _passive_in_report(s: _Sentence, start: int, after: int, previous: RawClaim | None) -> bool:
    """Whether an agentless passive cue only tells part of what the claim before it reports.

    claims.content.passive-in-report: a passive cue with no agent of its own ("... کی ہدایت کر دی
    گئی ہے") inside the کہ-clause or quote of the claim read before it in the sentence ("X نے کہا
    کہ صوبوں کو ... کی ہدایت کر دی گئی ہے") is what that source says, no second claim, unless a
    کہ-clause or a quote of its own follows it.
    """
    if previous is None or previous.content is None:
        return False
    first, last = previous.content
    if not first <= start < last or first == s.lo:
        return False
    opener = s.words[first - 1]
    if opener != _KE and opener not in _QUOTES and opener not in s.grammar.ke_words:
        return False  # "X کے مطابق ...": a report of a report may still give its own claim
    nxt = s.words[after] if after < s.hi else ""
    return nxt != _KE and nxt not in _QUOTES and s.words[after - 1] not in s.grammar.ke_words


#: The speakers whose claim of an attack is a claim of responsibility: non-state armed groups.
_ARMED_GROUPS = frozenset({ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA})
#: "X نے کہا کہ اس نے ...": the pronoun agent right after کہ is the speaker itself.
_SELF_AGENT_PRONOUNS = word_set("self_agent_pronoun")
#: "X نے کہا کہ اس کے جنگجوؤں نے ...": the possessor right after کہ is the speaker.
_OWN_POSSESSOR_PRONOUNS = word_set("own_possessor_pronoun")
_ERGATIVES = word_set("ergative")
_OWN_GENITIVES = frozenset({"کے", "کی"})
#: "اس کے جنگجوؤں نے": fighters of the speaker's own make it an armed group.
_OWN_FIGHTERS = word_set("own_fighter_noun")
#: At most this many words name the speaker's own people ("اس کے جنگجوؤں", "ان کے خصوصی دستے").
_MAX_OWN_PEOPLE = 2


def _own_deed(words: Sequence[str]) -> str | None:
    """Who does the deed a said clause opens with: the speaker itself, its own fighters, or
    its own people ("self", "fighters", "people"), or None when it opens otherwise.

    claims.responsibility.group-says-own-attack: "اس نے ...", "انہوں نے ...", "اس کے جنگجوؤں نے ...",
    "ان کی افواج نے ..." right after the speaker's کہ.
    """
    if len(words) > 1 and words[0] in _SELF_AGENT_PRONOUNS and words[1] in _ERGATIVES:
        return "self"
    if len(words) < 4 or words[0] not in _OWN_POSSESSOR_PRONOUNS or words[1] not in _OWN_GENITIVES:
        return None
    people = [w for w in words[2 : 3 + _MAX_OWN_PEOPLE] if w not in _QUOTES]
    for k in range(1, min(len(people), _MAX_OWN_PEOPLE + 1)):
        if people[k] in _ERGATIVES:
            return "fighters" if not _OWN_FIGHTERS.isdisjoint(people[:k]) else "people"
    return None


def _after_required(words: Sequence[str], cue: Cue, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """Cut a required object off the start of a speaker phrase ("حملے کی ذمہ داری X نے قبول کی")."""
    for required in cue.requires:
        n = len(required)
        for k in range(phrase[0], phrase[1] - n + 1):
            if tuple(words[k : k + n]) == required:
                return (k + n, phrase[1]) if k + n < phrase[1] else None
    return phrase


def _content(
    s: _Sentence,
    cue: Cue,
    after: int,
    obj: tuple[int, int] | None,
    floor: int,
    before_limit: int,
    converb: bool = False,
    reported: bool = False,
) -> tuple[int, int] | None:
    """Where the content of a cue is: after کہ, in quotes, after کے مطابق, the object, or before.

    ``reported``: the cue lies inside the content of the claim read before it in the sentence.
    """
    words, hi = s.words, s.hi
    if after > s.lo and words[after - 1] in s.grammar.ke_words:  # "نے کہاکہ ...": کہ is written on
        if after < hi and words[after] in _QUOTES:
            return s.trim(after + 1, s.quote_end(after + 1))
        return s.trim(after, hi)
    nxt = words[after] if after < hi else ""
    colon = nxt == ":"
    if after + 1 < hi and (nxt == ":" or (nxt in _CLAUSE_PUNCT and words[after + 1] in _QUOTES)):
        after += 1  # "نے کہا: ..." and "نے کہا، '...'"
        nxt = words[after]
    if nxt == _KE:
        if after + 1 == hi:  # "... نے بتایا کہ⏎": a line break cut the sentence
            return s.run_on()
        if after + 1 < hi and words[after + 1] in _QUOTES:
            return s.trim(after + 2, s.quote_end(after + 2))
        return s.trim(after + 1, hi)
    if nxt in _QUOTES:
        return s.trim(after + 1, s.quote_end(after + 1))
    if colon and cue.attach == "subject":  # claims.say.present-subject
        return s.trim(after, hi)  # "X کہتی ہیں: متاثرین کو ...": the colon opens what X says
    if cue.attach in ("none", "subject"):
        return None  # claims.say.present-subject: "جسے X کہتے ہیں", "اسے ... کہتے ہیں" name, report nothing
    if cue.attach == "genitive" and not cue.light:
        found = s.trim(after, hi)
        if found is not None:
            return found
    if obj is not None and (cue.object or cue.attach == "report"):
        found = _object(s, cue, obj, converb)
        if found is not None:
            return found
    if colon and cue.attach == "agent" and words[after - 1] == ":":
        # claims.say.colon-opens-content: "X نے کہا: ...", "X نے صحافیوں کو بتایا: ...": with no
        # object told, the colon after the speaker's verb opens what X says, up to the sentence's end
        return s.trim(after, hi)
    # source last: the content is the clause before the speaker
    start = s.grammar.strip_fillers(words, floor, before_limit)
    if reported and _KE in words[start:before_limit]:
        # claims.content.no-report-before-ke: a cue inside what an earlier claim reports, whose
        # clause before reaches back over that کہ ("X کا کہنا تھا کہ حکام کو کئی بار شکایت کی
        # گئی تھی"), is part of the report, no claim of its own.
        return None
    found = s.trim(start, before_limit)
    if found is not None and found[1] - found[0] >= _MIN_CONTENT_BEFORE:
        return found
    return None


def _strip_feeling(s: _Sentence, first: int, last: int) -> int:
    """Where an object ends once the feeling it is expressed with is cut ("واقعے پر گہرے دکھ").

    claims.object.feeling-about: what a feeling is expressed about is the content, not the feeling;
    a one-word manner ("شدید تشویش") is a depth of feeling too.
    """
    k = last
    while k > first and (s.words[k - 1] in s.grammar.feelings or (s.words[k - 1],) in s.grammar.manners):
        k -= 1
    if k < last and k - 1 > first and s.words[k - 1] == _ON:
        return k - 1
    return last


def _object(s: _Sentence, cue: Cue, obj: tuple[int, int], converb: bool = False) -> tuple[int, int] | None:
    """The object of a noun cue: the words between its agent and the cue.

    Manner phrases before the cue ("شدید", "سخت الفاظ میں") are cut off. An
    object marked by کو is an addressee ("میڈیا کو بتایا"), except for a cue
    whose object takes کو (``ko_object``: "الزامات کو مسترد کر دیا") when it
    is finite; in a converb ("... کو مسترد کرتے ہوئے کہا") it frames the
    statement that follows.
    """
    start, end = obj
    for k in range(end - 2, start - 1, -1):  # an adverbial clause before the object
        w = s.words[k]
        if w in _ADVERBIAL_ENDS or (w == "ہوئے" and k > start and s.words[k - 1] in _CONVERBS):
            start = k + 1
            break
        if w in _REPORT_CLAUSE_OPENERS:
            start = k + 1  # claims.content.report-clause-opener: "... جہاں X کی حالت نازک بتائی گئی"
            break
        if k > start and s.words[k - 1] + w in _ADVERBIAL_ENDS:
            start = k + 1  # claims.object.channel-cut: "کر کے" written apart, like "کرکے"
            break
        if w in s.grammar.media and s.words[k + 1] == _LOCATIVE:  # "ایک بیان میں حملے کی مذمت کی"
            start = k + 2
            break
        if w in s.grammar.channels and s.words[k + 1] in _CHANNEL_POSTPOSITIONS:
            start = k + 2  # claims.object.channel-cut: "فون پر حملے کی ذمہ داری"
            break
    start = s.grammar.strip_fillers(s.words, start, end)
    found = s.trim(start, end)
    if found is None:
        return None
    first, last = found
    last = s.grammar.strip_manner(s.words, first, last)
    if last - first > 1 and s.words[last - 1] == "کو" and cue.ko_object and not converb:
        last -= 1  # what is rejected or praised takes کو ("الزامات کو مسترد کر دیا")
    elif s.words[last - 1] == "کو":  # an addressee ("میڈیا کو بتایا"), not an object
        return None
    if last - first > 1 and s.words[last - 1] in _GENITIVES and not cue.requires:
        last = _strip_feeling(s, first, last - 1)
    return first, last
