"""The cyclic garbage collector paused while the package loads what it keeps for good.

Importing the extractors and loading their lexicons, grammar and gazetteer make tens of
thousands of objects, nearly all of which live as long as the process. While they are made,
allocations outrun deallocations by the collector's threshold again and again, and each time
it runs, traversing the older generations anew as the heap grows: a few percent of a fresh
process's first call, spent looking for garbage that is not there. :func:`loading` pauses it
for such a step. Nothing stays uncollected (the next collection after it finds any cycle made
meanwhile), and no reading changes: this is plumbing.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["loading"]


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block, if it is running (it is left
    as it is when the caller has switched it off, or another step has paused it)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
