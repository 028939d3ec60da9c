"""Sphinx configuration of the urdu-events documentation.

Build it with the ``docs`` extra::

    pip install -e '.[docs]'
    sphinx-build -W -b html docs docs/_build/html

Pages are Markdown (MyST); the API reference comes from the docstrings
(autodoc with Google-style sections through napoleon). The tutorial page is the
notebook ``tutorial.ipynb``, executed by MyST-NB on every build (it is stored
without outputs), so the page shows its real tables, highlighted documents and
map; a cell that raises fails the build. Nothing is fetched from the network
and nothing is written into ``docs/``: the JSON Schema on the data model page is
printed by ``urdu-events schema`` while the page is read.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent / "src"))  # an uninstalled checkout documents itself

project = "urdu-events"
author = "urdu-events developers"
copyright = "urdu-events developers"
try:
    release = metadata.version("urdu-events")
except metadata.PackageNotFoundError:  # building from an uninstalled checkout
    from urdu_events._version import __version__ as release
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_nb",  # MyST Markdown (it loads myst_parser) and executed notebooks
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
exclude_patterns = ["_build", "**/.ipynb_checkpoints"]

myst_heading_anchors = 3
nb_execution_mode = "force"  # run the notebook on every build: it is stored without outputs
nb_execution_timeout = 300
nb_execution_raise_on_error = True  # a failing cell fails the build, as a failing test would
nb_merge_streams = True
myst_enable_extensions = ["colon_fence"]

#: Optional dependencies whose modules are documented (urdu_events.dask imports Dask at import
#: time): mocked when absent, so the site also builds with the docs extra alone.
autodoc_mock_imports = [name for name in ("dask", "distributed") if importlib.util.find_spec(name) is None]
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_typehints = "signature"
autosummary_generate = False  # the summaries link to the autodoc entries; no generated files
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True  # "Attributes:" as fields, so attrs' slots are not described twice

html_theme = "alabaster"
html_title = f"urdu-events {release}"
html_static_path = ["_static"]
html_theme_options = {"description": "Conflict events and attributed claims from Urdu news"}

#: Pages other people write; the table of contents leaves out one that is not there yet.
OPTIONAL_PAGES = ("performance",)

_log = logging.getLogger(__name__)


class SchemaDirective(SphinxDirective):
    """``{urdu-events-schema}``: the JSON Schema of Document JSON, from ``urdu-events schema``."""

    def run(self) -> list[nodes.Node]:
        proc = subprocess.run(
            [sys.executable, "-m", "urdu_events", "schema"],
            capture_output=True,
            check=True,
            encoding="utf-8",
        )
        block = nodes.literal_block(proc.stdout, proc.stdout, language="json")
        return [block]


def _drop_missing_optional_pages(app: Sphinx, docname: str, source: list[str]) -> None:
    if docname != root_doc:
        return
    for page in OPTIONAL_PAGES:
        if not (DOCS / f"{page}.md").exists():
            _log.info("docs/%s.md is not written yet; left out of the table of contents", page)
            source[0] = "\n".join(line for line in source[0].splitlines() if line.strip() != page)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("urdu-events-schema", SchemaDirective)
    app.connect("source-read", _drop_missing_optional_pages)
    return {"parallel_read_safe": True}
