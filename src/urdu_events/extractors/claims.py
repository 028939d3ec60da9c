"""The built-in claim extractor: who said what, how, and about which incident.

A claim is an attributed statement (see ``GUIDELINES.md``, "Claims"): a source
says, reports, confirms, announces, denies, demands or claims responsibility for
something. :class:`ClaimExtractor` finds every reporting cue of the
``claim_cues`` lexicons in each sentence ("نے کہا", "کا کہنا ہے", "کے مطابق",
"نے تصدیق کی", "نے تردید کی", "ذمہ داری قبول", ...), reads the speaker phrase
and the content around it, decides from the ``speakers`` lexicons whether the
source is anonymous, resolves pronoun speakers ("انہوں نے") to the most recent
named source, and links each claim to the incident it is about.

Example:
    >>> from urdu_events.models import Document
    >>> doc = Document("d1", "پولیس نے بتایا کہ دھماکے میں تین افراد ہلاک ہوئے۔")
    >>> [c.speaker.name for c in ClaimExtractor()(doc).claims]
    ['پولیس']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from ..exceptions import InvalidArgumentError
from ..lexicons import Lexicon, lexicons_for
from ..models import Actor, Claim, Document, Incident, Span, iter_spans
from ..text import Analysis, NormalizedText, TokenKind, fold
from ..typing import Findings
from ._claims_patterns import Grammar, RawClaim, dateline_end, parse_sentence
from ._grammar import word_set

__all__ = ["ClaimExtractor"]

#: Lexicon kinds the extractor reads.
CUE_KIND = "claim_cues"
SPEAKER_KIND = "speakers"


_QUOTE = '"'
#: The full stop that ends a headline written on the line of the dateline after it.
_FULL_STOP = "۔"
#: The agent marker, whose phrases are antecedents for pronouns.
_NE = "نے"
#: Genitive postpositions: a title followed by one in a description names no person.
_GENITIVES = word_set("genitive")


def _positions(words: list[str], word: str) -> list[int]:
    """Every index of ``word`` in ``words`` (found by ``list.index``, in C)."""
    found: list[int] = []
    k = -1
    try:
        while True:
            k = words.index(word, k + 1)
            found.append(k)
    except ValueError:
        return found


def _words(text: str, texts: Sequence[str]) -> list[str]:
    """The tokens' texts, a run of quotes (one token) read as one quote."""
    if _QUOTE * 2 in text:  # only then can a token be a run of quotes
        return [_QUOTE if w[0] == _QUOTE else w for w in texts]
    return list(texts)


class _Tokens(NamedTuple):
    """A document's tokens as the extractor reads them: parallel columns, and the words."""

    nt: NormalizedText
    starts: Sequence[int]
    ends: Sequence[int]
    kinds: Sequence[TokenKind]
    words: list[str]

    def span(self, rng: tuple[int, int]) -> Span:
        """The span of the original text behind tokens ``rng[0]`` to ``rng[1] - 1``."""
        return self.nt.span(self.starts[rng[0]], self.ends[rng[1] - 1])


class ClaimExtractor:
    """Find attributed statements and link them to incidents.

    Args:
        lexicons: Lexicons to read instead of the installed ones (those of kind
            ``"claim_cues"`` and ``"speakers"`` are used, the others ignored).
        plugins: Whether to add lexicons from ``urdu_events.lexicons`` plugins
            (ignored when ``lexicons`` is given).
        link: Whether to link claims to the document's incidents.
        resolve_pronouns: Whether to replace pronoun speakers ("انہوں نے") by the
            most recent named speaker.

    Raises:
        InvalidArgumentError: If a lexicon entry is malformed.

    .. versionadded:: 0.1.0
    """

    name = "claims"

    def __init__(
        self,
        *,
        lexicons: Iterable[Lexicon] | None = None,
        plugins: bool = True,
        link: bool = True,
        resolve_pronouns: bool = True,
    ) -> None:
        if lexicons is None:
            chosen = (
                *lexicons_for(CUE_KIND, plugins=plugins, check=lambda lex: Grammar(lex.entries, ())),
                *lexicons_for(SPEAKER_KIND, plugins=plugins, check=lambda lex: Grammar((), lex.entries)),
            )
        else:
            chosen = tuple(lexicons)
            if not all(isinstance(lex, Lexicon) for lex in chosen):
                raise InvalidArgumentError("lexicons must be Lexicon objects")
        self._versions = tuple(
            dict.fromkeys(lex.version_info for lex in chosen if lex.kind in (CUE_KIND, SPEAKER_KIND))
        )
        self._grammar = Grammar(
            (e for lex in chosen if lex.kind == CUE_KIND for e in lex.entries),
            (e for lex in chosen if lex.kind == SPEAKER_KIND for e in lex.entries),
        )
        self.link = link
        self.resolve_pronouns = resolve_pronouns

    def __repr__(self) -> str:
        return f"ClaimExtractor(link={self.link!r}, resolve_pronouns={self.resolve_pronouns!r})"

    def __call__(self, doc: Document, /, *, analysis: Analysis | None = None) -> Findings:
        """Return the claims of ``doc``, in text order.

        Args:
            doc: The document.
            analysis: The analysis of ``doc.text``, which a pipeline builds once
                and shares between its extractors; built here if not given.

        Raises:
            InvalidArgumentError: If ``analysis`` is not that of ``doc.text``.

        .. versionchanged:: 0.2 ``analysis``
        """
        analysis = Analysis.for_text(doc.text, analysis)
        nt = analysis.normalized
        starts, ends, texts, kinds = analysis.token_columns
        words = _words(nt.text, texts)
        tokens = _Tokens(nt, starts, ends, kinds, words)
        linker = _Linker(nt, doc.incidents) if self.link and doc.incidents else None
        marks = _positions(words, _NE) if self.resolve_pronouns else []
        memory = _Memory()
        claims: list[Claim] = []
        datelines = _dateline_ends(nt.text, starts, kinds, words)
        t = 0
        for sentence in analysis.sentences:
            # Token starts and ends are both increasing: a sentence's tokens are found by bisection.
            lo = bisect_left(starts, sentence.start, t)
            t = bisect_right(ends, sentence.end, lo)
            while datelines and datelines[0] <= lo:
                datelines.pop(0)
            if datelines and datelines[0] < t:
                lo = datelines.pop(0)  # claims.speaker.after-dateline: the sentence starts after the byline
            raws = parse_sentence(self._grammar, kinds, words, lo, t)
            taken = {k for raw in raws if raw.speaker is not None for k in range(*raw.speaker)}
            # claims.pronoun.not-agent-in-content: the doer of what a source reports ("X نے بتایا
            # کہ حملہ آوروں نے ... ۔ ان کا کہنا تھا") is no antecedent; the pronoun goes on with X.
            # The contents are kept as ranges, asked only for an agent found (most sentences have none).
            contents = [raw.content for raw in raws if raw.content is not None]
            agents = self._agents(tokens, (lo, t), taken, marks, contents)
            read_here = linker.in_sentence(sentence.start, sentence.end) if raws and linker else None
            for raw in raws:
                at = raw.speaker[0] if raw.speaker is not None else raw.cue[0]
                while agents and agents[0][0] < at:
                    self._remember_agent(memory, words, agents.pop(0))
                claims.append(self._claim(tokens, raw, memory, linker, read_here))
            for agent in agents:
                self._remember_agent(memory, words, agent)
        return Findings(claims=claims, lexicons=self._versions)

    def _agents(
        self,
        tokens: _Tokens,
        sentence: tuple[int, int],
        taken: set[int],
        marks: list[int],
        contents: Sequence[tuple[int, int]] = (),
    ) -> list[tuple[int, Actor]]:
        """Agents (the subjects marked by نے) of a sentence that are no claim's speaker and stand
        in no claim's content (``contents``, token ranges).

        They are antecedents for pronouns: "X نے ... کیا۔ انہوں نے کہا". ``marks``
        are the token indices of every نے of the text.
        """
        lo, hi = sentence
        words = tokens.words
        found: list[tuple[int, Actor]] = []
        for k in marks[bisect_left(marks, lo) : bisect_left(marks, hi)]:
            phrase = self._grammar.speaker_left(tokens.kinds, words, k, lo)
            if phrase is None or phrase[1] - 1 in taken:
                continue
            if any(a <= phrase[1] - 1 < b for a, b in contents):
                continue  # claims.pronoun.not-agent-in-content
            info = self._grammar.classify(words[phrase[0] : phrase[1]])
            if info.role == "source":
                span = tokens.span(phrase)
                actor = Actor(span.text, type=info.type, anonymous=info.anonymous, span=span)
                found.append((phrase[0], actor))
        return found

    def _remember_agent(self, memory: _Memory, words: Sequence[str], agent: tuple[int, Actor]) -> None:
        actor = agent[1]
        if actor.span is not None:
            phrase = fold(actor.name).split()
            earlier = self._resolve(memory, "source", phrase)
            if earlier is None:
                memory.remember(actor, phrase)  # the words remember() would fold again
                return
            actor = earlier
        memory.remember(actor)

    def _resolve(self, memory: _Memory, role: str, phrase: Sequence[str]) -> Actor | None:
        """The earlier actor a pronoun, document noun, generic description or title refers to."""
        head = self._grammar.head(phrase)
        if head is not None and head.role == "anaphor":
            role = "anaphor"
        if role == "source" and len(phrase) <= _MAX_TITLE:
            if self._grammar.classify(phrase).anonymous:
                return None  # "ڈاکٹروں", "ایک افسر": no office that names one person
            return memory.named_with(phrase, self._ends_in_name)
        return memory.resolve(role, phrase)

    def _ends_in_name(self, words: Sequence[str]) -> bool:
        """Whether words that follow a title in a description are a name: words of letters, no
        genitive among them and none that the speakers lexicon knows ("پولیس افسر X" is no name
        after "پولیس", nor the closing bracket of "X (آئی ایس پی آر)" after the acronym)."""
        return (
            bool(words)
            and all(w.isalpha() for w in words)
            and _GENITIVES.isdisjoint(words)
            and all(self._grammar.lookup(words, i) is None for i in range(len(words)))
        )

    def _claim(
        self,
        tokens: _Tokens,
        raw: RawClaim,
        memory: _Memory,
        linker: _Linker | None,
        read_here: int | None,
    ) -> Claim:
        """The claim, about the incident read from its sentence (``read_here``) or named in its content."""
        words = tokens.words
        cue = tokens.span(raw.cue)
        content = tokens.span(raw.content) if raw.content else None
        speaker: Actor | None = None
        if raw.speaker is not None:
            span = tokens.span(raw.speaker)
            speaker = Actor(span.text, type=raw.info.type, anonymous=raw.info.anonymous, span=span)
            if self.resolve_pronouns:
                speaker = (
                    self._resolve(memory, raw.info.role, words[raw.speaker[0] : raw.speaker[1]]) or speaker
                )
            memory.remember(speaker, _description(words, raw.speaker))
            cue_words = (*words[raw.cue[0] : raw.cue[1]], *phrase_words(words, raw.speaker))
            if any(map(self._grammar.is_document, cue_words)):
                memory.documents = speaker
        anonymous = True if speaker is None else speaker.anonymous
        incident = read_here
        if incident is None and linker is not None and content is not None:
            incident = linker.named_in(content)
        return Claim(cue, content, speaker=speaker, kind=raw.kind, anonymous=anonymous, incident=incident)


def _dateline_ends(
    text: str, starts: Sequence[int], kinds: Sequence[TokenKind], words: Sequence[str]
) -> list[int]:
    """The tokens where the text goes on after the datelines that open its lines (see
    :func:`dateline_end`; claims.speaker.after-dateline), in text order.

    claims.speaker.dateline-after-headline: a dateline may also follow the headline's full stop on
    the first line ("دھماکے میں تین زخمی۔ ملتان، 12 مارچ (نمائندہ خصوصی) X نے کہا").
    """
    found: list[int] = []
    first_line = text.find("\n")
    tried = [0]
    stop = text.find(_FULL_STOP)
    while stop >= 0 and (first_line < 0 or stop < first_line):
        tried.append(stop + 1)
        stop = text.find(_FULL_STOP, stop + 1)
    pos = 0
    while True:
        for at in tried if pos == 0 else (pos,):
            k = bisect_left(starts, at)
            if k < len(words):
                end = dateline_end(kinds, words, k, len(words))
                if end is not None and (not found or end > found[-1]):
                    found.append(end)
        pos = text.find("\n", pos) + 1
        if pos <= 0:
            return found


def phrase_words(words: Sequence[str], rng: tuple[int, int]) -> Sequence[str]:
    """The words of a token range."""
    return words[rng[0] : rng[1]]


def _description(words: Sequence[str], rng: tuple[int, int]) -> tuple[str, ...]:
    """The words describing a speaker: its name, and "نامی X" after it ("Y نامی تنظیم")."""
    end = rng[1]
    if end < len(words) and words[end] in _QUOTES:
        end += 1
    if end < len(words) and words[end] == "نامی":
        return (*words[rng[0] : rng[1]], *words[end + 1 : end + 3])
    return tuple(words[rng[0] : rng[1]])


_QUOTES = frozenset({'"', "'"})
#: How many earlier sources a generic description may refer back to.
_MAX_LOOKBACK = 50
#: The longest office or title, in words, that refers back to a person named with it.
_MAX_TITLE = 4


class _Memory:
    """The sources named so far in a document, for resolving pronouns and anaphors."""

    def __init__(self) -> None:
        self.actors: list[tuple[Actor, tuple[str, ...]]] = []
        self.documents: Actor | None = None

    def remember(self, actor: Actor, description: Sequence[str] = ()) -> None:
        """Add an actor (with the words that describe it) as the most recent antecedent."""
        if not self.actors or self.actors[-1][0] is not actor:
            self.actors.append((actor, tuple(description) or tuple(fold(actor.name).split())))

    @property
    def last(self) -> Actor | None:
        """The most recent antecedent."""
        return self.actors[-1][0] if self.actors else None

    def named_with(self, title: Sequence[str], ends_in_name: Callable[[Sequence[str]], bool]) -> Actor | None:
        """The named person an office or title on its own refers back to.

        claims.speaker.title-refers-back: after "وزیر اعلیٰ پنجاب X نے ..." a later "وزیر اعلیٰ
        نے کہا" is X speaking again: the most recent named source whose description holds the
        title's words followed by a name (``ends_in_name``). A title that ends an earlier
        description ("فوج کے ترجمان") or is followed by a genitive names no person.
        """
        n = len(title)
        for actor, names in reversed(self.actors[-_MAX_LOOKBACK:]):
            if actor.anonymous or len(names) <= n:
                continue
            for i in range(len(names) - n):
                if all(names[i + k] == title[k] for k in range(n)) and ends_in_name(names[i + n :]):
                    return actor
        return None

    def resolve(self, role: str, phrase: Sequence[str]) -> Actor | None:
        """The actor a pronoun, a bare document noun or a bare generic noun refers to."""
        if role == "pronoun":
            return self.last
        if role == "document":
            return self.documents or self.last
        if role == "anaphor" and phrase:
            for actor, names in reversed(self.actors[-_MAX_LOOKBACK:]):
                if len(names) > len(phrase) and all(any(_same_word(p, n) for n in names) for p in phrase):
                    return actor
        return None


def _same_word(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= 3 and len(short) >= 3


class _Linker:
    """Which incident a claim is about, with each incident's anchors, place names and figures read once.

    A claim is about the first incident read from its sentence (whose trigger or
    evidence lies inside it), or else the first whose place names its content
    names or whose casualty figures lie inside its content.
    """

    def __init__(self, nt: NormalizedText, incidents: Sequence[Incident]) -> None:
        self._nt = nt
        # Every incident's anchors (trigger and evidence spans) in one list sorted by start,
        # so a sentence looks only at the anchors that start inside it.
        anchors = sorted(
            (s.start, s.end, index)
            for index, i in enumerate(incidents)
            for s in (i.trigger, *i.evidence)
            if s is not None
        )
        self._anchor_starts = [a[0] for a in anchors]
        self._anchors = anchors
        self._incidents = incidents
        self._first_named: dict[str, int] | None = None  # folded place name: first incident naming it
        self._figures: list[tuple[int, int, int]] = []  # casualty figure spans: start, end, incident
        self._figure_starts: list[int] = []

    def in_sentence(self, start: int, end: int) -> int | None:
        """The first incident read from the sentence at normalized ``[start, end)``."""
        start, end = self._nt.to_original(start, end)
        first: int | None = None
        for position in range(bisect_left(self._anchor_starts, start), len(self._anchors)):
            anchor_start, anchor_end, index = self._anchors[position]
            if anchor_start > end:
                break
            if anchor_end <= end and (first is None or index < first):
                first = index
        return first

    def _read_names_and_figures(self) -> dict[str, int]:
        first_named: dict[str, int] = {}
        for index, incident in enumerate(self._incidents):
            for loc in incident.locations:
                first_named.setdefault(fold(loc.name), index)
            self._figures.extend((s.start, s.end, index) for s in iter_spans(incident.casualties))
        first_named.pop("", None)
        self._figures.sort()
        self._figure_starts = [f[0] for f in self._figures]
        return first_named

    def named_in(self, content: Span) -> int | None:
        """The first incident whose place the content names or whose figures it holds.

        Each distinct place name is tried once (not once per incident), and only
        the figures that start inside the content are looked at, so linking every
        claim of a long text stays linear in its length.
        """
        if self._first_named is None:
            self._first_named = self._read_names_and_figures()
        folded = fold(content.text)
        first: int | None = None
        for name, index in self._first_named.items():
            if (first is None or index < first) and name in folded:
                first = index
        for position in range(bisect_left(self._figure_starts, content.start), len(self._figures)):
            start, end, index = self._figures[position]
            if start > content.end:
                break
            if end <= content.end and (first is None or index < first):
                first = index
        return first
