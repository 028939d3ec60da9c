"""``python -m urdu_events``: the same as the ``urdu-events`` command."""

import sys

from .cli import main

sys.exit(main())
