"""HTML views of documents, incidents and claims for Jupyter.

The models' ``_repr_html_`` methods call into this module, so a notebook shows
a document as its right-to-left Urdu text with incident triggers, places,
actors, numbers and claim cues highlighted and labelled, followed by compact
tables. All text is HTML-escaped. IPython is never imported here: Jupyter calls
``_repr_html_`` itself.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator

from .models import Claim, Document, Incident, Span

__all__ = ["claim_html", "document_html", "highlight", "incident_html"]

_COLOURS = {
    "EVENT": "#f4a582",
    "PLACE": "#92c5de",
    "ACTOR": "#b8e186",
    "NUMBER": "#fddbc7",
    "DATE": "#d9d9d9",
    "WEAPON": "#fee08b",
    "CUE": "#c2a5cf",
}


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def highlight(text: str, marks: Iterable[tuple[Span, str]]) -> str:
    """Return ``text`` as escaped HTML with each span wrapped in a labelled ``<mark>``.

    Overlapping spans are resolved in favour of the one that starts first
    (then the longer one); the others are not shown.
    """
    chosen: list[tuple[Span, str]] = []
    end = 0
    for span, label in sorted(marks, key=lambda m: (m[0].start, -m[0].end)):
        if span.start >= end and span.end > span.start:
            chosen.append((span, label))
            end = span.end
    parts: list[str] = []
    pos = 0
    for span, label in chosen:
        colour = _COLOURS.get(label, "#eeeeee")
        parts.append(_esc(text[pos : span.start]))
        parts.append(
            f'<mark style="background:{colour};padding:0 .2em;border-radius:.3em" '
            f'data-label="{_esc(label)}">{_esc(text[span.start : span.end])}'
            f'<sub style="font-size:.6em;font-family:sans-serif;direction:ltr">{_esc(label)}</sub></mark>'
        )
        pos = span.end
    parts.append(_esc(text[pos:]))
    return "".join(parts).replace("\n", "<br>")


def _incident_marks(incident: Incident) -> Iterator[tuple[Span, str]]:
    if incident.trigger:
        yield incident.trigger, "EVENT"
    for loc in incident.locations:
        if loc.span:
            yield loc.span, "PLACE"
    for actor in incident.actors:
        if actor.span:
            yield actor.span, "ACTOR"
    for weapon in incident.weapons:
        if weapon.span:
            yield weapon.span, "WEAPON"
    for count in (incident.casualties.killed, incident.casualties.injured):
        if count is not None and count.span:
            yield count.span, "NUMBER"
    if incident.date.span:
        yield incident.date.span, "DATE"


def _claim_marks(claim: Claim) -> Iterator[tuple[Span, str]]:
    yield claim.cue, "CUE"
    if claim.speaker is not None and claim.speaker.span is not None:
        yield claim.speaker.span, "ACTOR"


def _count(c: object) -> str:
    if c is None:
        return ""
    lo, hi = getattr(c, "min", None), getattr(c, "max", None)
    if lo == hi:
        return str(lo)
    return f"{'' if lo is None else lo}–{'' if hi is None else hi}"


def _table(head: list[str], rows: list[list[object]]) -> str:
    th = "".join(f"<th>{_esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f'<table dir="rtl" style="text-align:right"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'
    )


def _incident_row(i: int, inc: Incident) -> list[object]:
    date = inc.date
    when = (
        "" if date.start is None else str(date.start) + ("" if date.end == date.start else f" – {date.end}")
    )
    return [
        i,
        inc.sub_event_type.value,
        when,
        "، ".join(loc.name for loc in inc.locations),
        "، ".join(a.name for a in inc.perpetrators),
        "، ".join(a.name for a in inc.targets),
        _count(inc.casualties.killed),
        _count(inc.casualties.injured),
        inc.responsibility.status.value,
        "" if inc.main else "background",
    ]


_INCIDENT_HEAD = [
    "#",
    "type",
    "date",
    "places",
    "perpetrators",
    "targets",
    "killed",
    "injured",
    "claimed",
    "",
]
_CLAIM_HEAD = ["speaker", "cue", "content", "kind", "anonymous", "incident"]


def _claim_row(c: Claim) -> list[object]:
    return [
        c.speaker.name if c.speaker else "—",
        c.cue.text,
        c.content.text if c.content else "",
        c.kind.value,
        "yes" if c.anonymous else "",
        "" if c.incident is None else c.incident,
    ]


def incident_html(incident: Incident) -> str:
    """A one-row table describing ``incident``."""
    return _table(_INCIDENT_HEAD, [_incident_row(0, incident)])


def claim_html(claim: Claim) -> str:
    """A one-row table describing ``claim``."""
    return _table(_CLAIM_HEAD, [_claim_row(claim)])


def document_html(doc: Document) -> str:
    """The highlighted text of ``doc`` followed by its incidents and claims."""
    marks = [m for inc in doc.incidents for m in _incident_marks(inc)]
    marks += [m for c in doc.claims for m in _claim_marks(c)]
    text = highlight(doc.text, marks)
    return (
        f'<div class="urdu-events-document" style="font-size:1.1em;line-height:2">'
        f"<p><b>{_esc(doc.id)}</b> {_esc(doc.published or '')}</p>"
        f'<div dir="rtl" lang="ur" style="text-align:right">{text}</div>'
        f"<h4>Incidents ({len(doc.incidents)})</h4>"
        f"{_table(_INCIDENT_HEAD, [_incident_row(i, x) for i, x in enumerate(doc.incidents)])}"
        f"<h4>Claims ({len(doc.claims)})</h4>"
        f"{_table(_CLAIM_HEAD, [_claim_row(c) for c in doc.claims])}"
        "</div>"
    )
