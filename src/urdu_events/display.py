"""HTML views of documents, incidents and claims, for Jupyter and for files.

The models' ``_repr_html_`` methods call into this module, so a notebook shows a
:class:`~urdu_events.models.Document` the way spaCy's displaCy shows entities:
the original Urdu text, right to left, with every incident trigger, place, actor,
number, date and weapon, and every claim cue and speaker, highlighted and
labelled, the words of each claim underlined, and compact tables of the
incidents and claims below.

>>> from urdu_events import Document, Span
>>> from urdu_events.display import Mark, highlight
>>> text = "<b>کراچی</b> میں فائرنگ"
>>> highlight(text, [Mark(Span.of(text, 3, 8), "PLACE")]).count("&lt;b&gt;")
1

A mark that lies wholly inside another (a weapon inside an incident trigger,
"بم" inside "بم کے دھماکے") is shown nested inside it, with its own label;
marks that cross each other's edges are resolved as :func:`highlight` says.

The Urdu text and the tables use one font stack, :data:`FONT_STACK`: a
Nastaliq font where one is installed (Noto Nastaliq Urdu, Jameel Noori
Nastaleeq, Urdu Typesetting), else Noto Naskh Arabic, else the browser's
sans-serif; Latin words fall through to the sans-serif. The view follows the
reader's light or dark theme (``prefers-color-scheme``, and JupyterLab's dark
themes): highlights and legend chips keep light backgrounds with dark text, so
they read the same on either.

Everything taken from a document (text, names, identifiers, labels, tooltips)
is HTML-escaped, so an article containing ``<script>`` renders as text. IPython
is never imported at module level: Jupyter calls ``_repr_html_`` itself, and
:func:`render` imports IPython only when it has been asked to display, or finds
that it runs inside Jupyter.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import html
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from .models import Claim, Count, DateRange, Document, Incident, Span

__all__ = [
    "COLOURS",
    "FONT_STACK",
    "LABELS",
    "MARK_TEXT_COLOUR",
    "Mark",
    "claim_html",
    "document_html",
    "document_marks",
    "highlight",
    "incident_html",
    "is_in_jupyter",
    "page_html",
    "render",
]

#: The highlight labels and what each marks, in the order of the legend.
LABELS: dict[str, str] = {
    "EVENT": "incident trigger",
    "PLACE": "place",
    "ACTOR": "perpetrator, target or claimant",
    "NUMBER": "casualty figure",
    "DATE": "date",
    "WEAPON": "weapon",
    "CUE": "claim cue",
    "SPEAKER": "claim speaker",
}

#: Background colour of each label (colour-blind safe ColorBrewer hues).
COLOURS: dict[str, str] = {
    "EVENT": "#f4a582",
    "PLACE": "#92c5de",
    "ACTOR": "#b8e186",
    "NUMBER": "#fddbc7",
    "DATE": "#d9d9d9",
    "WEAPON": "#fee08b",
    "CUE": "#c2a5cf",
    "SPEAKER": "#a6dba0",
}

#: Text colour on every highlight and legend chip, in light and dark themes alike: the
#: backgrounds of :data:`COLOURS` are light, so dark text keeps a contrast of at least 4.5:1.
MARK_TEXT_COLOUR = "#1a1a1a"

#: The CSS font stack of the Urdu text and of the tables: Nastaliq where installed, then
#: Naskh, then the browser's sans-serif (which also draws Latin words; the Nastaliq fonts
#: have no Latin letters).
FONT_STACK = (
    "'Noto Nastaliq Urdu','Jameel Noori Nastaleeq','Urdu Typesetting','Noto Naskh Arabic',"
    "'Noto Sans Arabic',sans-serif"
)
_FONT = FONT_STACK
_LABEL_STYLE = (
    "font:bold .55em/1 sans-serif;margin-inline-start:.35em;vertical-align:middle;"
    "unicode-bidi:isolate;direction:ltr;opacity:.8"
)

#: Theme-dependent colours, as CSS custom properties of the view: light by default, dark when
#: the reader's system prefers it or JupyterLab runs a dark theme.
_THEME_CSS = (
    ".urdu-events-document{--ue-fg:#222;--ue-muted:#555;--ue-rule:#ddd;--ue-quote:#762a83;"
    "--ue-error:#b2182b;color:var(--ue-fg)}"
    "@media (prefers-color-scheme:dark){.urdu-events-document{--ue-fg:#e8e8e8;--ue-muted:#bbb;"
    "--ue-rule:#555;--ue-quote:#d9b8e6;--ue-error:#f4a582}}"
    "body[data-jp-theme-light=false] .urdu-events-document{--ue-fg:#e8e8e8;--ue-muted:#bbb;"
    "--ue-rule:#555;--ue-quote:#d9b8e6;--ue-error:#f4a582}"
)


@attrs.frozen
class Mark:
    """A labelled highlight of a span of a document's text.

    Args:
        span: The characters to highlight.
        label: A short upper-case label, shown after the highlight
            (one of :data:`LABELS` for the built-in views).
        title: A tooltip, e.g. the sub-event type of a trigger.
    """

    span: Span
    label: str
    title: str = ""


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


@attrs.frozen
class _Node:
    """A shown mark and the marks shown inside it."""

    mark: Mark
    inside: tuple[_Node, ...] = ()

    @property
    def span(self) -> Span:
        return self.mark.span


def _nest(ordered: Sequence[Mark]) -> list[_Node]:
    """Marks sorted by (start, -end) as a forest: a mark wholly inside the one before is its child.

    A mark that crosses the edge of an earlier one is left out, and so is one with exactly
    the span of its parent (the first given of the two wins).
    """
    nodes: list[_Node] = []
    i = 0
    while i < len(ordered):
        mark = ordered[i]
        i += 1
        if mark.span.end <= mark.span.start or (nodes and mark.span.start < nodes[-1].span.end):
            continue
        inside: list[Mark] = []
        while i < len(ordered) and ordered[i].span.start < mark.span.end:
            inner = ordered[i]
            if inner.span.end <= mark.span.end and (inner.span.start, inner.span.end) != (
                mark.span.start,
                mark.span.end,
            ):
                inside.append(inner)
            i += 1
        nodes.append(_Node(mark, tuple(_nest(inside))))
    return nodes


def _choose(marks: Iterable[Mark | tuple[Span, str]]) -> list[_Node]:
    """The marks to show: the earliest first, then the longest, then the first given; nested ones inside."""
    given = [m if isinstance(m, Mark) else Mark(m[0], m[1]) for m in marks]
    return _nest(sorted(given, key=lambda m: (m.span.start, -m.span.end)))


def _segment(text: str, start: int, end: int, nodes: Sequence[_Node], colours: Mapping[str, str]) -> str:
    parts: list[str] = []
    pos = start
    for node in nodes:
        parts.append(_esc(text[pos : node.span.start]))
        parts.append(_mark_html(text, node, colours))
        pos = node.span.end
    parts.append(_esc(text[pos:end]))
    return "".join(parts)


def _mark_html(text: str, node: _Node, colours: Mapping[str, str]) -> str:
    mark = node.mark
    colour = colours.get(mark.label, "#eeeeee")
    title = f' title="{_esc(mark.title)}"' if mark.title else ""
    inner = _segment(text, mark.span.start, mark.span.end, node.inside, colours)
    return (
        f'<mark class="ue-mark" data-label="{_esc(mark.label)}"{title} '
        f'style="background:{_esc(colour)};color:{MARK_TEXT_COLOUR};padding:.1em .3em;border-radius:.35em;'
        "outline:1px solid rgba(0,0,0,.25);"
        f'box-decoration-break:clone;-webkit-box-decoration-break:clone">'
        f"{inner}"
        f'<span class="ue-label" style="{_LABEL_STYLE}">{_esc(mark.label)}</span></mark>'
    )


def _quotes_outside_marks(quotes: Iterable[Span], marks: Sequence[_Node]) -> list[Span]:
    """Claim contents that neither overlap each other nor cut through a mark."""
    chosen: list[Span] = []
    end = 0
    for quote in sorted(quotes, key=lambda s: (s.start, -s.end)):
        cuts = any(m.span.start < edge < m.span.end for m in marks for edge in (quote.start, quote.end))
        if quote.start >= end and quote.end > quote.start and not cuts:
            chosen.append(quote)
            end = quote.end
    return chosen


def highlight(
    text: str,
    marks: Iterable[Mark | tuple[Span, str]],
    *,
    quotes: Iterable[Span] = (),
    colours: Mapping[str, str] | None = None,
) -> str:
    """Return ``text`` as escaped HTML with each mark wrapped in a labelled ``<mark>``.

    Args:
        text: The original text the spans point into.
        marks: :class:`Mark` objects, or ``(span, label)`` pairs.
        quotes: Spans to underline (the content of claims); a quote that would
            cut through a mark is not underlined.
        colours: Background colour by label; defaults to :data:`COLOURS`.

    A mark wholly inside another (a weapon inside a trigger) is shown nested
    inside it, with its own label. Marks that cross each other's edges are
    resolved in favour of the one that starts first, then the longer one; of
    two marks with the same span the one given first is shown. Line breaks are
    kept (the view uses ``white-space: pre-wrap``).
    """
    palette = COLOURS if colours is None else {**COLOURS, **colours}
    chosen = _choose(marks)
    underlined = _quotes_outside_marks(quotes, chosen)
    opens = {q.start: q for q in underlined}
    closes = {q.end for q in underlined}
    starts = {m.span.start: m for m in chosen}
    cuts = sorted({0, len(text), *opens, *closes, *(m.span.start for m in chosen)})
    parts: list[str] = []
    pos = 0
    for cut in cuts:
        if cut < pos:
            continue
        parts.append(_esc(text[pos:cut]))
        pos = cut
        if cut in closes:
            parts.append("</span>")
        if cut in opens:
            parts.append('<span class="ue-quote" style="border-bottom:2px dotted var(--ue-quote,#762a83)">')
        mark = starts.get(cut)
        if mark is not None:
            parts.append(_mark_html(text, mark, palette))
            pos = mark.span.end
    parts.append(_esc(text[pos:]))
    return "".join(parts)


# --- which spans to mark -------------------------------------------------------------


def _count_title(kind: str, count: Count) -> str:
    return f"{kind}: {_count(count)}"


def _incident_marks(index: int, incident: Incident) -> Iterator[Mark]:
    what = f"incident {index + 1}: {incident.sub_event_type.value}"
    if incident.trigger:
        yield Mark(incident.trigger, "EVENT", what)
    for loc in incident.locations:
        if loc.span:
            where = ", ".join(x for x in (loc.english_name, loc.admin2, loc.admin1, loc.country) if x)
            yield Mark(loc.span, "PLACE", where or loc.name)
    for actor in incident.actors:
        if actor.span:
            kind = f", {actor.type.value}" if actor.type else ""
            yield Mark(actor.span, "ACTOR", f"{actor.role.value}{kind}")
    for claimant in incident.responsibility.claimants:
        if claimant.span:
            yield Mark(claimant.span, "ACTOR", f"{incident.responsibility.status.value} responsibility")
    for weapon in incident.weapons:
        if weapon.span:
            yield Mark(weapon.span, "WEAPON", weapon.name)
    for kind, count in (("killed", incident.casualties.killed), ("injured", incident.casualties.injured)):
        if count is not None and count.span:
            yield Mark(count.span, "NUMBER", _count_title(kind, count))
    if incident.date.span:
        yield Mark(incident.date.span, "DATE", _date(incident.date) or "unresolved")


def _claim_marks(claim: Claim) -> Iterator[Mark]:
    about = "" if claim.incident is None else f", about incident {claim.incident + 1}"
    yield Mark(claim.cue, "CUE", f"{claim.kind.value}{about}")
    if claim.speaker is not None and claim.speaker.span is not None:
        yield Mark(claim.speaker.span, "SPEAKER", "anonymous source" if claim.anonymous else "source")


def document_marks(doc: Document) -> list[Mark]:
    """Every mark the document view shows, before overlaps are resolved.

    Incident marks come first (so they win ties), then claim marks.
    """
    marks = [m for i, inc in enumerate(doc.incidents) for m in _incident_marks(i, inc)]
    marks += [m for c in doc.claims for m in _claim_marks(c)]
    return marks


# --- tables --------------------------------------------------------------------------


def _count(c: Count | None) -> str:
    if c is None:
        return ""
    if c.min == c.max:
        return str(c.min)
    if c.max is None:
        return f"{c.min}+"
    return f"{'' if c.min is None else c.min}–{c.max}"


def _date(date: DateRange) -> str:
    if date.start is None:
        return ""
    return str(date.start) + ("" if date.end == date.start else f" – {date.end}")


# Nastaliq stands tall and deep: with the line height of the text view and the cells centred,
# an Urdu cell sits on the same line as the Latin cells beside it instead of below them.
_TABLE_STYLE = (
    f"border-collapse:collapse;font-size:.9em;margin:.3em 0 1em;font-family:{_FONT};line-height:2.2"
)
_CELL_STYLE = "border-bottom:1px solid var(--ue-rule,#ddd);padding:0 .5em;vertical-align:middle"


def _table(head: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    th = "".join(f'<th style="{_CELL_STYLE};text-align:start">{_esc(h)}</th>' for h in head)
    body = "".join(
        "<tr>" + "".join(f'<td dir="auto" style="{_CELL_STYLE}">{_esc(c)}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return (
        f'<table class="ue-table" style="{_TABLE_STYLE}">'
        f"<thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"
    )


_INCIDENT_HEAD = (
    "#",
    "type",
    "date",
    "places",
    "perpetrators",
    "targets",
    "killed",
    "injured",
    "claimed",
    "main",
    "why",
)
_CLAIM_HEAD = ("#", "speaker", "cue", "kind", "content", "anonymous", "incident")


def _incident_row(i: int, inc: Incident) -> list[object]:
    return [
        i,
        inc.sub_event_type.value,
        _date(inc.date),
        "، ".join(loc.name for loc in inc.locations),
        "، ".join(a.name for a in inc.perpetrators),
        "، ".join(a.name for a in inc.targets),
        _count(inc.casualties.killed),
        _count(inc.casualties.injured),
        inc.responsibility.status.value,
        "yes" if inc.main else "background",
        _why(inc),
    ]


def _why(inc: Incident) -> str:
    """The incident's reasons, one "field value: rule" each (see :class:`~urdu_events.models.Reason`)."""
    return "; ".join(f"{r.field} {r.value}: {r.rule}" for r in inc.reasons)


def _claim_row(i: int, c: Claim) -> list[object]:
    return [
        i,
        c.speaker.name if c.speaker else "—",
        c.cue.text,
        c.kind.value,
        c.content.text if c.content else "",
        "yes" if c.anonymous else "",
        "" if c.incident is None else c.incident + 1,
    ]


def incident_html(incident: Incident) -> str:
    """A one-row table describing ``incident`` (its ``_repr_html_``)."""
    return _table(_INCIDENT_HEAD, [_incident_row(1, incident)])


def claim_html(claim: Claim) -> str:
    """A one-row table describing ``claim`` (its ``_repr_html_``)."""
    return _table(_CLAIM_HEAD, [_claim_row(1, claim)])


# --- documents -----------------------------------------------------------------------


def _legend(colours: Mapping[str, str]) -> str:
    chips = "".join(
        f'<span class="ue-chip" data-label="{_esc(label)}" title="{_esc(what)}" '
        f'style="background:{_esc(colours.get(label, "#eeeeee"))};color:{MARK_TEXT_COLOUR};'
        f'padding:0 .4em;margin-inline-end:.4em;border-radius:.3em">{_esc(label)}</span>'
        for label, what in LABELS.items()
    )
    underline = '<span style="border-bottom:2px dotted var(--ue-quote,#762a83)">claim content</span>'
    return f'<div class="ue-legend" style="font:.75em sans-serif;margin:.3em 0">{chips}{underline}</div>'


def document_html(doc: Document, *, colours: Mapping[str, str] | None = None) -> str:
    """An HTML fragment showing ``doc``: the highlighted text, then its incidents and claims.

    Args:
        doc: The document.
        colours: Background colour by label, overriding :data:`COLOURS`.
    """
    palette = COLOURS if colours is None else {**COLOURS, **colours}
    quotes = [c.content for c in doc.claims if c.content is not None]
    text = highlight(doc.text, document_marks(doc), quotes=quotes, colours=palette)
    published = f" · {_esc(doc.published)}" if doc.published else ""
    failures = "".join(
        f'<p style="color:var(--ue-error,#b2182b)">{_esc(f.extractor)} failed: {_esc(f.message)} '
        "(the findings of that extractor are missing)</p>"
        for f in doc.failures
    )
    return (
        '<div class="urdu-events-document" style="max-width:60em">'
        f"<style>{_THEME_CSS}</style>"
        f'<div style="font:bold .9em sans-serif">{_esc(doc.id)}{published}</div>'
        f"{_legend(palette)}{failures}"
        f'<div class="ue-text" dir="rtl" lang="ur" style="font-family:{_FONT};font-size:1.15em;'
        f'line-height:2.6;text-align:right;white-space:pre-wrap">{text}</div>'
        f'<div style="font:bold .9em sans-serif">Incidents ({len(doc.incidents)})</div>'
        f"{_table(_INCIDENT_HEAD, [_incident_row(i, x) for i, x in enumerate(doc.incidents, 1)])}"
        f'<div style="font:bold .9em sans-serif">Claims ({len(doc.claims)})</div>'
        f"{_table(_CLAIM_HEAD, [_claim_row(i, c) for i, c in enumerate(doc.claims, 1)])}"
        "</div>"
    )


_PAGE_CSS = (
    "body{margin:1.5em;font-family:sans-serif;color:#222;background:#fff}"
    "@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#1e1e1e}}"
)


def page_html(docs: Document | Iterable[Document], *, title: str = "urdu-events") -> str:
    """A complete, self-contained HTML page (UTF-8) showing one or more documents.

    Use it to save a view to a file or take a screenshot of it.

    Args:
        docs: A document or several.
        title: The page title.
    """
    items = [docs] if isinstance(docs, Document) else list(docs)
    body = '<hr style="border:0;border-top:1px solid #888">'.join(document_html(d) for d in items)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="color-scheme" content="light dark">'
        f"<title>{_esc(title)}</title><style>{_PAGE_CSS}</style></head>"
        f"<body>{body}</body></html>\n"
    )


def is_in_jupyter() -> bool:
    """Whether the code runs in a Jupyter kernel (IPython's ZMQ shell).

    IPython is not imported unless something imported it already.
    """
    if "IPython" not in sys.modules:
        return False
    from IPython import get_ipython  # type: ignore[import-not-found, unused-ignore]

    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def render(
    docs: Document | Iterable[Document], *, page: bool = False, jupyter: bool | None = None
) -> str | None:
    """Render documents as HTML, and display them when running in Jupyter.

    Args:
        docs: A document or several.
        page: Return a complete HTML page (see :func:`page_html`) instead of a fragment.
        jupyter: Display in Jupyter and return ``None``; ``None`` (the default)
            detects Jupyter with :func:`is_in_jupyter`.

    Returns:
        The HTML, or ``None`` when it was displayed in Jupyter.
    """
    items = [docs] if isinstance(docs, Document) else list(docs)
    markup = page_html(items) if page else "".join(document_html(d) for d in items)
    if jupyter is None:
        jupyter = is_in_jupyter()
    if not jupyter:
        return markup
    from IPython.display import HTML, display  # type: ignore[import-not-found, unused-ignore]

    display(HTML(markup))  # type: ignore[no-untyped-call, unused-ignore]
    return None
