"""Long runs of the text-layer properties: set ``TEXT_STRESS=1`` to run 5000 examples each."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "text-stress", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck)
)
if os.environ.get("TEXT_STRESS"):
    settings.load_profile("text-stress")
