"""Registers the model strategies with Hypothesis (via the ``hypothesis`` entry point).

With this, ``st.from_type(urdu_events.Document)`` and ``@given(doc=...)`` with
type hints generate valid objects. Hypothesis skips all such hooks when the
environment variable ``HYPOTHESIS_NO_PLUGINS`` is set.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from .. import models
    from . import strategies as ues

    registrations: dict[type, st.SearchStrategy[object]] = {
        models.Count: ues.counts(),
        models.DateRange: ues.date_ranges(),
        models.Location: ues.locations(),
        models.Actor: ues.actors(),
        models.Participant: ues.participants(),
        models.Weapon: ues.weapons(),
        models.Casualties: ues.casualties(),
        models.Responsibility: ues.responsibilities(),
        models.Incident: ues.incidents(),
        models.Document: ues.documents(),
    }
    for cls, strategy in registrations.items():
        st.register_type_strategy(cls, strategy)
