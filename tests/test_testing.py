"""Tests for the public testing helpers as a plugin author would use them."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from urdu_events import SUB_EVENT_TYPES, Count, Document, Incident


class TestHypothesisRegistration:
    def test_strategies_import_first_in_a_fresh_process(self) -> None:
        """Importing the strategies module before hypothesis works (no circular import)."""
        code = "import urdu_events.testing.strategies as s; print(s.documents().example().id != '')"
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        assert 0 == proc.returncode, proc.stderr
        assert "True" == proc.stdout.strip()

    @given(st.from_type(Document))
    def test_from_type_builds_valid_documents(self, doc: Document) -> None:
        """st.from_type(Document) uses the registered strategy, so spans match the text."""
        for claim in doc.claims:
            assert doc.text[claim.cue.start : claim.cue.end] == claim.cue.text

    @given(st.from_type(Incident), st.from_type(Count))
    def test_from_type_builds_valid_models(self, incident: Incident, count: Count) -> None:
        """Registered strategies give consistent incidents and ordered counts."""
        assert SUB_EVENT_TYPES[incident.sub_event_type] is incident.event_type
        assert count.min is None or count.max is None or count.min <= count.max
