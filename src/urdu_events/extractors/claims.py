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

from collections.abc import Iterable, Sequence

from ..exceptions import InvalidArgumentError
from ..lexicons import Lexicon, lexicons_for
from ..models import Actor, Claim, Document, Incident, Span, iter_spans
from ..text import NormalizedText, Token, analyze, fold
from ..typing import Findings
from ._claims_patterns import Grammar, RawClaim, parse_sentence

__all__ = ["ClaimExtractor"]

#: Lexicon kinds the extractor reads.
CUE_KIND = "claim_cues"
SPEAKER_KIND = "speakers"


def _word(token: Token) -> str:
    text = token.text
    return '"' if token.is_punct and set(text) == {'"'} else text


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
            chosen = (*lexicons_for(CUE_KIND, plugins=plugins), *lexicons_for(SPEAKER_KIND, plugins=plugins))
        else:
            chosen = tuple(lexicons)
            if not all(isinstance(lex, Lexicon) for lex in chosen):
                raise InvalidArgumentError("lexicons must be Lexicon objects")
        self._grammar = Grammar(
            (e for lex in chosen if lex.kind == CUE_KIND for e in lex.entries),
            (e for lex in chosen if lex.kind == SPEAKER_KIND for e in lex.entries),
        )
        self.link = link
        self.resolve_pronouns = resolve_pronouns

    def __repr__(self) -> str:
        return f"ClaimExtractor(link={self.link!r}, resolve_pronouns={self.resolve_pronouns!r})"

    def __call__(self, doc: Document, /) -> Findings:
        """Return the claims of ``doc``, in text order."""
        analysis = analyze(doc.text)
        nt = analysis.normalized
        tokens = analysis.tokens
        words = [_word(t) for t in tokens]
        claims: list[Claim] = []
        last_speaker: Actor | None = None
        t = 0
        for sentence in analysis.sentences:
            while t < len(tokens) and tokens[t].start < sentence.start:
                t += 1
            lo = t
            while t < len(tokens) and tokens[t].end <= sentence.end:
                t += 1
            raw_claims = parse_sentence(self._grammar, tokens, words, lo, t)
            sentence_span = nt.span(sentence.start, sentence.end)
            for raw in raw_claims:
                claim = self._claim(nt, tokens, raw, last_speaker)
                if claim.speaker is not None and raw.info.role == "source":
                    last_speaker = claim.speaker
                if self.link:
                    claim = _link(claim, sentence_span, doc.incidents, nt)
                claims.append(claim)
        return Findings(claims=claims)

    def _claim(self, nt: NormalizedText, tokens: Sequence[Token], raw: RawClaim, last: Actor | None) -> Claim:
        cue = _span(nt, tokens, raw.cue)
        content = _span(nt, tokens, raw.content) if raw.content else None
        speaker: Actor | None = None
        anonymous = raw.info.anonymous
        if raw.speaker is not None:
            span = _span(nt, tokens, raw.speaker)
            if raw.info.role in ("pronoun", "document") and self.resolve_pronouns and last is not None:
                speaker = last
                anonymous = last.anonymous
            else:
                speaker = Actor(span.text, type=raw.info.type, anonymous=raw.info.anonymous, span=span)
        else:
            anonymous = True
        return Claim(cue, content, speaker=speaker, kind=raw.kind, anonymous=anonymous)


def _span(nt: NormalizedText, tokens: Sequence[Token], rng: tuple[int, int]) -> Span:
    return nt.span(tokens[rng[0]].start, tokens[rng[1] - 1].end)


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _link(claim: Claim, sentence: Span, incidents: Sequence[Incident], nt: NormalizedText) -> Claim:
    """Link a claim to the first incident read from its sentence or named in its content."""
    import attrs

    for index, incident in enumerate(incidents):
        anchors = [s for s in (incident.trigger, *incident.evidence) if s is not None]
        if any(_inside(s, sentence) for s in anchors):
            return attrs.evolve(claim, incident=index)
    if claim.content is None:
        return claim
    content = fold(claim.content.text)
    for index, incident in enumerate(incidents):
        names = [fold(loc.name) for loc in incident.locations]
        if any(name and name in content for name in names):
            return attrs.evolve(claim, incident=index)
        figures = [s for s in iter_spans(incident.casualties) if _inside(s, claim.content)]
        if figures:
            return attrs.evolve(claim, incident=index)
    return claim
