"""The tutorial notebook runs from top to bottom in a fresh kernel (nbclient), so it cannot rot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat", reason="the test extra is not installed: pip install -e '.[test]'")
nbclient = pytest.importorskip("nbclient", reason="the test extra is not installed: pip install -e '.[test]'")
pytest.importorskip("ipykernel", reason="the notebook extra is not installed: pip install -e '.[notebook]'")
pytest.importorskip("matplotlib", reason="the plot extra is not installed: pip install -e '.[plot]'")
pytest.importorskip("pandas", reason="the dataframe extra is not installed: pip install -e '.[dataframe]'")

DOCS = Path(__file__).resolve().parents[2] / "docs"
NOTEBOOK = DOCS / "tutorial.ipynb"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def executed() -> Any:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}}
    )
    client.execute()
    return notebook


def _outputs(notebook: Any, kind: str) -> list[str]:
    return [
        str(out.get("data", {}).get(kind, ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    ]


class TestTutorial:
    def test_is_stored_without_outputs(self) -> None:
        """The notebook in the repository has no outputs, so diffs stay readable."""
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        assert [] == [c for c in notebook.cells if c.cell_type == "code" and (c.outputs or c.execution_count)]

    def test_runs_without_errors(self, executed: Any) -> None:
        """Every code cell runs, none raises."""
        errors = [
            o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"
        ]
        assert [] == errors

    def test_shows_the_document_view(self, executed: Any) -> None:
        """A document is displayed as right-to-left HTML with labelled highlights."""
        html = "\n".join(_outputs(executed, "text/html"))
        assert 'dir="rtl"' in html
        assert 'data-label="EVENT"' in html

    def test_shows_a_map(self, executed: Any) -> None:
        """The incidents are drawn on an offline map, displayed as a PNG (no script, no tiles)."""
        assert [] != [png for png in _outputs(executed, "image/png") if png]
        assert [] == [html for html in _outputs(executed, "text/html") if "leaflet" in html.lower()]
