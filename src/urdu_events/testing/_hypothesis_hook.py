"""Registers the model strategies with Hypothesis (via the ``hypothesis`` entry point).

With this, ``st.from_type(urdu_events.Document)`` and ``@given(doc=...)`` with
type hints generate valid objects. Hypothesis skips all such hooks when the
environment variable ``HYPOTHESIS_NO_PLUGINS`` is set.

Hypothesis calls the hook while it is itself being imported, possibly from
inside ``import urdu_events.testing.strategies``; so the hook only registers
deferred strategies and imports :mod:`urdu_events.testing.strategies` the
first time one is drawn.
"""

from __future__ import annotations

_STRATEGIES = {
    "Count": "counts",
    "DateRange": "date_ranges",
    "Location": "locations",
    "Actor": "actors",
    "Participant": "participants",
    "Weapon": "weapons",
    "Casualties": "casualties",
    "Responsibility": "responsibilities",
    "Incident": "incidents",
    "Document": "documents",
}


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from .. import models

    def deferred(name: str) -> st.SearchStrategy[object]:
        def build() -> st.SearchStrategy[object]:
            from . import strategies

            made: st.SearchStrategy[object] = getattr(strategies, name)()
            return made

        return st.deferred(build)

    for cls_name, strategy_name in _STRATEGIES.items():
        st.register_type_strategy(getattr(models, cls_name), deferred(strategy_name))
