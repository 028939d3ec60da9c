"""The data files shipped inside the package, found without ``importlib.resources`` when it can.

``importlib.resources.files`` imports ``zipfile``, ``tempfile``, ``random`` and ``shutil`` on its
first call (about 9 ms of a cold start) to answer, for a package loaded from a folder, with
that folder as a :class:`pathlib.Path`. :func:`package_files` gives the same path for such a
package directly and asks ``importlib.resources`` for any other (a zip file, a namespace
package, a loader of another kind).
"""

from __future__ import annotations

import sys
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path
from typing import Any

__all__ = ["package_files"]


def package_files(package: str) -> Any:
    """What ``importlib.resources.files(package)`` returns, for an imported ``package``."""
    spec = getattr(sys.modules.get(package), "__spec__", None)
    loader = getattr(spec, "loader", None)
    path = getattr(loader, "path", None)
    if (
        spec is not None
        and spec.submodule_search_locations is not None
        and type(loader) in (SourceFileLoader, SourcelessFileLoader)
        and isinstance(path, str)
    ):
        return Path(path).parent  # what importlib's FileReader answers: Path(loader.path).parent
    from importlib import resources

    return resources.files(package)
