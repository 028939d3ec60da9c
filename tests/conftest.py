"""Shared test configuration: Hypothesis profiles.

``fast`` (the default) keeps the suite quick for local runs; ``ci`` runs more
examples. Choose with ``HYPOTHESIS_PROFILE=ci``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile("fast", max_examples=50, deadline=None)
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

# Helpers shared by test modules (tests/_screenshots.py) are imported by name.
sys.path.append(str(Path(__file__).resolve().parent))
