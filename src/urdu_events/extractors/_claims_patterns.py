"""Private machinery of :mod:`urdu_events.extractors.claims`.

The claim extractor works on the tokens of the *normalized* text, one sentence
at a time. :class:`Grammar` is compiled once from the ``claim_cues`` and
``speakers`` lexicons; :func:`parse_sentence` finds every reporting cue of a
sentence and reads its speaker phrase and its content around it. Everything
here is token-by-token scanning with bounded look-back, so it runs in time
linear in the length of the text (times a small constant) whatever the input.

Offsets in this module are offsets into the normalized text; the extractor maps
them back to the original text with ``NormalizedText.span``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..exceptions import InvalidArgumentError
from ..models import ActorType, ClaimKind
from ..text import Token, fold

__all__ = ["Cue", "Grammar", "RawClaim", "SpeakerInfo", "parse_sentence"]

_NE = "نے"
_KE = "کہ"
_QUOTE = '"'
_GENITIVES = frozenset({"کا", "کی", "کے"})
_AGENT_PHRASES: tuple[tuple[str, ...], ...] = (("کی", "جانب", "سے"), ("کی", "طرف", "سے"))
_LOCATIVE = "میں"
#: Copulas that must follow a genitive noun cue ("کا دعوی ہے کہ").
_COPULAS = frozenset({"ہے", "ہیں", "تھا", "تھی", "تھے", "تھیں", "یہ", "بھی"})
#: Punctuation that may sit inside a speaker phrase ("مسلم لیگ (ن)").
_INNER_PUNCT = frozenset({"(", ")", "-"})

#: How far back (in tokens) an agent's نے may be from its verb.
_MAX_AGENT_GAP = 30
#: The longest speaker phrase kept, in tokens.
_MAX_SPEAKER = 8
#: The shortest content read from before the speaker (source-last order).
_MIN_CONTENT_BEFORE = 2


@attrs.frozen
class Cue:
    """One reporting cue of the ``claim_cues`` lexicon, compiled.

    Attributes:
        words: The folded words of the term.
        kind: The kind of claim the cue makes.
        attach: Where its speaker is: ``"agent"``, ``"genitive"`` or ``"report"``.
        light: Whether a light verb, auxiliary or کہ must follow.
        object: Whether the words between the agent and the cue are the content.
        requires: Word sequences one of which the content must contain.
        attack_kind: The kind to use when the object content names an attack.
    """

    words: tuple[str, ...]
    kind: ClaimKind
    attach: str
    light: bool = False
    object: bool = False
    requires: tuple[tuple[str, ...], ...] = ()
    attack_kind: ClaimKind | None = None


@attrs.frozen
class SpeakerInfo:
    """What the ``speakers`` lexicon says about a speaker phrase.

    Attributes:
        role: ``"source"`` (a speaker), ``"pronoun"``, ``"document"`` (a bare
            report or statement noun referring back), ``"no_speaker"`` (an
            agentless report) or ``"not_source"`` (a stock phrase, no claim).
        anonymous: Whether the source is unnamed.
        type: ACLED actor type, when the lexicon knows it.
    """

    role: str
    anonymous: bool = False
    type: ActorType | None = None


@attrs.frozen
class RawClaim:
    """A claim found in one sentence, as token indices (end excluded).

    Attributes:
        cue: First and last-plus-one token of the reporting words.
        kind: The claim's kind.
        speaker: Token range of the speaker phrase, or ``None``.
        info: What the lexicon says about the speaker.
        content: Token range of the content, or ``None``.
    """

    cue: tuple[int, int]
    kind: ClaimKind
    speaker: tuple[int, int] | None
    info: SpeakerInfo
    content: tuple[int, int] | None


_VALID_ATTACH = frozenset({"agent", "genitive", "report"})
_SPEAKER_ROLES = frozenset(
    {"source", "not_source", "no_speaker", "pronoun", "document", "indefinite", "filler", "boundary"}
)


def _words(term: str) -> tuple[str, ...]:
    return tuple(fold(term).split())


def _kind(value: Any, where: str) -> ClaimKind:
    try:
        return ClaimKind(value)
    except ValueError:
        raise InvalidArgumentError(
            f"{where}: unknown claim kind {value!r}; expected one of "
            f"{', '.join(k.value for k in ClaimKind)}"
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
    )


def _contains(words: Sequence[str], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(tuple(words[i : i + n]) == part for i in range(len(words) - n + 1))


class Grammar:
    """The cue and speaker lexicons, compiled for matching.

    Args:
        cue_entries: Entries of every ``claim_cues`` lexicon, in order.
        speaker_entries: Entries of every ``speakers`` lexicon, in order.

    Raises:
        InvalidArgumentError: If an entry has an unknown role, kind or attach value.
    """

    def __init__(
        self,
        cue_entries: Iterable[Mapping[str, Any]],
        speaker_entries: Iterable[Mapping[str, Any]],
    ) -> None:
        by_first: dict[str, list[Cue]] = {}
        self.light_verbs: set[str] = set()
        self.passives: set[str] = set()
        self.attack_words: set[str] = set()
        for entry in cue_entries:
            role = str(entry.get("role", "cue"))
            if role == "cue":
                cue = _cue(entry)
                if not cue.words:
                    continue
                by_first.setdefault(cue.words[0], []).append(cue)
                if len(cue.words) > 1:  # also match the words written together ("کےمطابق")
                    joined = attrs.evolve(cue, words=("".join(cue.words),))
                    by_first.setdefault(joined.words[0], []).append(joined)
            elif role == "light_verb":
                self.light_verbs.update(_words(str(entry["term"])))
            elif role == "passive":
                self.passives.update(_words(str(entry["term"])))
            elif role == "attack_noun":
                self.attack_words.update(_words(str(entry["term"])))
            else:
                raise InvalidArgumentError(f"claim cue lexicon: unknown role {role!r}")
        self.cues = {k: sorted(v, key=lambda c: -len(c.words)) for k, v in by_first.items()}

        self.speakers: dict[tuple[str, ...], SpeakerInfo] = {}
        self.fillers: set[tuple[str, ...]] = set()
        self.boundaries: set[str] = set()
        self.indefinites: set[str] = set()
        for entry in speaker_entries:
            role = str(entry.get("role", "source"))
            words = _words(str(entry["term"]))
            if role not in _SPEAKER_ROLES:
                raise InvalidArgumentError(f"speaker lexicon: unknown role {role!r} for {entry['term']!r}")
            if not words:
                continue
            if role == "filler":
                self.fillers.add(words)
            elif role == "boundary":
                self.boundaries.update(words)
            elif role == "indefinite":
                self.indefinites.update(words)
            else:
                raw_type = entry.get("type")
                try:
                    actor_type = None if raw_type is None else ActorType(raw_type)
                except ValueError:
                    raise InvalidArgumentError(
                        f"speaker {entry['term']!r}: unknown actor type {raw_type!r}"
                    ) from None
                info = SpeakerInfo(role, bool(entry.get("anonymous", False)), actor_type)
                self.speakers.setdefault(words, info)
        self.max_speaker_words = max((len(w) for w in self.speakers), default=1)
        self.max_filler_words = max((len(w) for w in self.fillers), default=1)

    # --- cues ----------------------------------------------------------------------

    def match_cue(self, words: Sequence[str], i: int, hi: int) -> tuple[Cue, int] | None:
        """The longest valid cue starting at word ``i``, with the index past it."""
        for cue in self.cues.get(words[i], ()):
            end = i + len(cue.words)
            if end > hi or tuple(words[i:end]) != cue.words:
                continue
            nxt = words[end] if end < hi else ""
            if cue.light and cue.attach == "genitive":
                if nxt not in _COPULAS and nxt != _KE:
                    continue
            elif cue.light and nxt not in self.light_verbs and nxt not in self.passives and nxt != _KE:
                continue
            return cue, end
        return None

    def skip_verbs(self, words: Sequence[str], i: int, hi: int) -> tuple[int, bool]:
        """Skip light verbs and auxiliaries from ``i``; also say whether one was passive."""
        passive = False
        while i < hi and (words[i] in self.light_verbs or words[i] in self.passives):
            passive = passive or words[i] in self.passives
            i += 1
        return i, passive

    # --- speakers ------------------------------------------------------------------

    def lookup(self, words: Sequence[str], i: int) -> tuple[SpeakerInfo, int] | None:
        """The longest speaker-lexicon entry at word ``i`` (inflections allowed on the last word)."""
        for n in range(min(self.max_speaker_words, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            info = self.speakers.get(key)
            if info is None:
                last = key[-1]
                for cut in (1, 2, 3):
                    if len(last) - cut >= 3:
                        info = self.speakers.get((*key[:-1], last[:-cut]))
                        if info is not None:
                            break
            if info is not None:
                return info, n
        return None

    def classify(self, words: Sequence[str]) -> SpeakerInfo:
        """What the lexicon says about a speaker phrase (default: a named source)."""
        if not words:
            return SpeakerInfo("no_speaker", anonymous=True)
        head = self.lookup(words, len(words) - 1)
        if len(words) == 1 and head is not None and head[0].role in ("pronoun", "document"):
            return head[0]
        if words[0] in self.speakers and self.speakers[(words[0],)].role == "pronoun" and len(words) <= 2:
            return self.speakers[(words[0],)]
        best: SpeakerInfo | None = None
        found_type: ActorType | None = None
        i = 0
        while i < len(words):
            hit = self.lookup(words, i)
            if hit is None:
                i += 1
                continue
            info, n = hit
            if info.role in ("source", "not_source", "no_speaker"):
                best = info
                found_type = info.type or found_type
            i += n
        if best is not None and best.role != "source":
            if head is not None and head[0].role == best.role:
                return best
            best = None
        anonymous = best.anonymous if best is not None else False
        if any(w in self.indefinites for w in words[:-1]):
            anonymous = True
        return SpeakerInfo("source", anonymous, (best.type if best else None) or found_type)

    def strip_fillers(self, words: Sequence[str], start: int, end: int) -> int:
        """Skip discourse fillers and stray genitive markers at the start of a phrase."""
        moved = True
        while moved and start < end:
            moved = False
            if words[start] in _GENITIVES or words[start] in _INNER_PUNCT - {"("}:
                start += 1
                moved = True
                continue
            for n in range(min(self.max_filler_words, end - start), 0, -1):
                if tuple(words[start : start + n]) in self.fillers:
                    start += n
                    moved = True
                    break
        return start

    def speaker_left(self, tokens: Sequence[Token], words: Sequence[str], end: int, floor: int) -> tuple[int, int] | None:
        """The speaker phrase ending just before token ``end``, not reaching below ``floor``."""
        k = end - 1
        while k >= floor and end - k <= _MAX_SPEAKER:
            w = words[k]
            if w in self.boundaries or (tokens[k].is_punct and w not in _INNER_PUNCT):
                break
            k -= 1
        start = self.strip_fillers(words, k + 1, end)
        # a phrase cut by the length limit may start inside a genitive chain
        while start < end and words[start] in _GENITIVES:
            start += 1
        return (start, end) if start < end else None


# --- parsing a sentence --------------------------------------------------------------


def _trim(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """Drop punctuation at both ends of a token range; ``None`` if nothing is left."""
    while start < end and tokens[start].is_punct and tokens[start].text != "(":
        start += 1
    while end > start and tokens[end - 1].is_punct and tokens[end - 1].text != ")":
        end -= 1
    return (start, end) if start < end else None


def _quote_end(words: Sequence[str], i: int, hi: int) -> int:
    """Index of the quote closing one opened just before ``i`` (or ``hi``)."""
    for k in range(i, hi):
        if words[k] == _QUOTE:
            return k
    return hi


def _find_agent(words: Sequence[str], start: int, floor: int) -> tuple[int, int] | None:
    """The agent marker left of ``start``: (index of its first token, index after it)."""
    k = start - 1
    while k >= floor and start - k <= _MAX_AGENT_GAP:
        w = words[k]
        if w == _KE:
            return None
        if w == _NE:
            return k, k + 1
        for phrase in _AGENT_PHRASES:
            n = len(phrase)
            if w == phrase[-1] and k - n + 1 >= floor and tuple(words[k - n + 1 : k + 1]) == phrase:
                return k - n + 1, k + 1
        k -= 1
    return None


def _find_document(grammar: Grammar, tokens: Sequence[Token], words: Sequence[str], start: int, floor: int) -> tuple[int, int] | None:
    """For a passive cue: the "X کی رپورٹ میں" phrase before it, as the speaker."""
    k = start - 1
    while k > floor and start - k <= 6:
        if words[k] == _LOCATIVE:
            hit = grammar.lookup(words, k - 1)
            if hit is not None and hit[0].role == "document":
                return grammar.speaker_left(tokens, words, k, floor)
            return None
        if words[k] == _KE:
            return None
        k -= 1
    return None


def parse_sentence(grammar: Grammar, tokens: Sequence[Token], words: Sequence[str], lo: int, hi: int) -> list[RawClaim]:
    """Find the claims of the sentence made of tokens ``lo`` to ``hi``.

    Args:
        grammar: The compiled lexicons.
        tokens: Every token of the text.
        words: The tokens' texts.
        lo: Index of the sentence's first token.
        hi: Index past its last token.

    Returns:
        The claims, in order of their cues.
    """
    matches: list[tuple[Cue, int, int]] = []
    i = lo
    while i < hi:
        found = grammar.match_cue(words, i, hi)
        if found is None:
            i += 1
            continue
        cue, end = found
        matches.append((cue, i, end))
        i = end
    claims: list[RawClaim] = []
    floor = lo
    for cue, start, end in matches:
        claim = _read_claim(grammar, tokens, words, cue, start, end, floor, hi)
        floor = end
        if claim is not None:
            claims.append(claim)
    return claims


def _read_claim(
    grammar: Grammar,
    tokens: Sequence[Token],
    words: Sequence[str],
    cue: Cue,
    start: int,
    end: int,
    floor: int,
    hi: int,
) -> RawClaim | None:
    after, passive = grammar.skip_verbs(words, end, hi)
    cue_start = start
    speaker: tuple[int, int] | None = None
    obj: tuple[int, int] | None = None
    before_limit = start  # content read from before the cue ends here
    if cue.attach == "genitive":
        speaker = grammar.speaker_left(tokens, words, start, floor)
        if speaker is None:
            return None
        before_limit = speaker[0]
    elif cue.attach == "agent":
        agent = _find_agent(words, start, floor)
        if agent is not None:
            speaker = grammar.speaker_left(tokens, words, agent[0], floor)
            obj = (agent[1], start)
            if agent[1] == start:
                cue_start = agent[0]
            before_limit = speaker[0] if speaker is not None else agent[0]
        elif passive:
            speaker = _find_document(grammar, tokens, words, start, floor)
            if speaker is not None:
                before_limit = speaker[0]
        else:
            return None
    info = grammar.classify(words[speaker[0] : speaker[1]]) if speaker else SpeakerInfo("no_speaker", True)
    if info.role == "not_source":
        return None
    if info.role == "no_speaker":
        speaker = None

    content = _content(grammar, tokens, words, cue, after, hi, obj, floor, before_limit)
    if content is None:
        return None
    kind = cue.kind
    content_words = words[content[0] : content[1]]
    if cue.requires and not any(_contains(content_words, r) for r in cue.requires):
        return None
    if cue.attack_kind is not None and obj is not None and content == _trim(tokens, *obj):
        if any(w in grammar.attack_words for w in content_words):
            kind = cue.attack_kind
    cue_end = max(after, end)
    return RawClaim((cue_start, cue_end), kind, speaker, info, content)


def _content(
    grammar: Grammar,
    tokens: Sequence[Token],
    words: Sequence[str],
    cue: Cue,
    after: int,
    hi: int,
    obj: tuple[int, int] | None,
    floor: int,
    before_limit: int,
) -> tuple[int, int] | None:
    """Where the content of a cue is: after کہ, in quotes, after کے مطابق, the object, or before."""
    nxt = words[after] if after < hi else ""
    if nxt == ":" and after + 1 < hi:
        after += 1
        nxt = words[after]
    if nxt == _KE:
        if after + 1 < hi and words[after + 1] == _QUOTE:
            return _trim(tokens, after + 2, _quote_end(words, after + 2, hi))
        return _trim(tokens, after + 1, hi)
    if nxt == _QUOTE:
        return _trim(tokens, after + 1, _quote_end(words, after + 1, hi))
    if cue.attach == "genitive" and not cue.light:
        found = _trim(tokens, after, hi)
        if found is not None:
            return found
    if cue.object and obj is not None:
        found = _trim(tokens, obj[0], obj[1])
        if found is not None:
            s, e = found
            if e - s > 1 and words[e - 1] in _GENITIVES and not cue.requires:
                e -= 1
            return s, e
    # source last: the content is the clause before the speaker
    start = grammar.strip_fillers(words, floor, before_limit)
    found = _trim(tokens, start, before_limit)
    if found is not None and found[1] - found[0] >= _MIN_CONTENT_BEFORE:
        return found
    return None
