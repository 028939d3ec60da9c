"""ACLED's export as CSV, one row per incident.

The columns are ACLED's 31 export columns in ACLED's order, filled by ACLED's
coding rules, then ours (ranges, responsibility, the Urdu names as written,
``doc_id``, …): :data:`COLUMNS`, defined with the mapping itself in
:mod:`urdu_events.serialize.acled` (which also feeds
:func:`urdu_events.dataframe.to_acled`). ``docs/formats.md`` lists every column,
how it is filled and where we differ from ACLED.

Every cell is one line. Cells that a spreadsheet would run as a formula (those
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) get a
leading apostrophe unless ``escape_formulas=False``. Documents with no
incidents produce no rows.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from typing import TextIO

import attrs

from ..models import Document, Incident
from .acled import COLUMNS, AcledExport, incident_record, text_cell

__all__ = ["COLUMNS", "CsvSerializer", "incident_row"]


def incident_row(doc: Document, index: int, incident: Incident) -> dict[str, str]:
    """The CSV row of one incident of ``doc`` (formula-safe, no source, no timestamp)."""
    return {k: text_cell(v) for k, v in incident_record(doc, index, incident).items()}


@attrs.frozen
class CsvSerializer:
    """ACLED's export as CSV, UTF-8.

    Args:
        bom: Start with a UTF-8 byte-order mark so that spreadsheet programs
            detect the encoding and show Urdu intact.
        escape_formulas: Put an apostrophe before cells that start with ``=``,
            ``+``, ``-``, ``@``, a tab or a carriage return, so that a
            spreadsheet shows them as text instead of running them (numbers
            such as ``-3.5`` are left alone). Turn off only for programs that
            read the values verbatim.
        source: The outlet for the ``source`` column: a name, or a function of
            the document.
        source_scale: ACLED's ``source_scale`` for every row (default: known
            outlets only, see :data:`urdu_events.serialize.acled.SOURCE_SCALES`).
        timestamp: The ``timestamp`` column (default: when the export starts).
    """

    bom: bool = False
    escape_formulas: bool = True
    source: str | Callable[[Document], str | None] | None = None
    source_scale: str | None = None
    timestamp: int | None = None
    name: str = attrs.field(default="csv", init=False)
    extension: str = attrs.field(default="csv", init=False)

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        """Write a header, then one row per incident; returns the number of documents."""
        if self.bom:
            out.write("\ufeff")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        count = 0

        def counted() -> Iterable[Document]:
            nonlocal count
            for doc in docs:
                count += 1
                yield doc

        export = AcledExport(source=self.source, source_scale=self.source_scale, timestamp=self.timestamp)
        escape = self.escape_formulas
        for row in export.rows(counted()):
            writer.writerow([text_cell(row[c], escape_formulas=escape) for c in COLUMNS])
        return count
