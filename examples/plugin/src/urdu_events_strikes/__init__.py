"""An example urdu-events plugin: strikes and sit-ins, plus a Markdown format."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from urdu_events import Document, EventType, Findings, Incident, SubEventType
from urdu_events.lexicons import Lexicon, lexicons_for
from urdu_events.text import Analysis


def strike_words() -> Lexicon:
    """The lexicon of strike words (entry point ``strike-words``)."""
    return Lexicon(
        name="strike-words",
        kind="strike_words",
        version="1.0.0",
        description="Words announcing a strike or a sit-in.",
        entries=[{"term": "ہڑتال"}, {"term": "دھرنا"}, {"term": "دھرنے"}],
    )


class StrikeExtractor:
    """Reports a peaceful protest for every strike or sit-in word."""

    name = "strikes"

    def __init__(self) -> None:
        terms = sorted(
            {t for lex in lexicons_for("strike_words") for t in lex.terms()}, key=len, reverse=True
        )
        self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, terms)) + r")(?!\w)")

    def __call__(self, doc: Document, /, *, analysis: Analysis | None = None) -> Findings:
        # The pipeline hands over the document's analysis; on its own, build one.
        nt = Analysis.for_text(doc.text, analysis).normalized
        incidents = [
            Incident(
                EventType.PROTESTS,
                SubEventType.PEACEFUL_PROTEST,
                trigger=nt.span(m.start(), m.end()),
                confidence=0.5,
            )
            for m in self._pattern.finditer(nt.text)
        ]
        return Findings(incidents=incidents)


class MarkdownSerializer:
    """One Markdown table row per incident."""

    name = "markdown"
    extension = "md"

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        out.write("| document | type | trigger |\n|---|---|---|\n")
        count = 0
        for doc in docs:
            for inc in doc.incidents:
                trigger = inc.trigger.text if inc.trigger else ""
                out.write(f"| {doc.id} | {inc.sub_event_type.value} | {trigger} |\n")
            count += 1
        return count
