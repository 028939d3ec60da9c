"""Every command in README, quickstart, tutorial and plugin guide runs as written from a fresh clone.

The shell (```sh) and Python (```python) blocks of each page are taken from the
page itself. The slow test copies the repository's files (what ``git ls-files``
lists: a fresh clone's layout, without any virtual environment or build
output) into a temporary folder and runs the pages in reading order, as a
newcomer would: the README creates ``.venv`` and installs the package, the
quickstart installs the extras, the plugin guide installs ``examples/plugin``.
Each page's shell blocks run in one bash session (``set -e``: the first
failing command fails the test) with the virtual environment of the pages
before it active, then its Python blocks run together in one interpreter
(later blocks use the names earlier ones define), and any ``test_*`` function
they define is called.

Two commands are not run, for the reasons in :data:`NOT_RUN`; a fast test
checks that they are still on their pages, so the list cannot outlive them.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: The pages in reading order; the tutorial is a notebook, whose Markdown cells are its page text.
PAGES = ("README.md", "docs/quickstart.md", "docs/tutorial.ipynb", "docs/plugins.md")

#: Commands that are not run, what runs in their place, and why.
NOT_RUN = {
    "pytest -q -n auto && mypy && ruff check": (
        "true",
        "it is what CI runs (.ci/run); running it from inside the test suite would recurse",
    ),
    "jupyter lab docs/tutorial.ipynb": (
        "jupyter lab --version",
        "it starts a server that waits for a browser; the front end is shown to be installed instead",
    ),
}

_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(page: str, language: str) -> list[str]:
    """The fenced blocks of ``page`` written in ``language`` (``sh`` or ``python``), in order."""
    text = (REPO / page).read_text(encoding="utf-8")
    if page.endswith(".ipynb"):  # its code cells are run by tests/notebook/test_tutorial.py
        cells = json.loads(text)["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return [body for lang, body in _FENCE.findall(text) if lang == language]


def _shell_script(page: str) -> str:
    script = "\n".join(blocks(page, "sh"))
    for command, (instead, _) in NOT_RUN.items():
        script = script.replace(command, instead)
    return script


def _python_script(page: str) -> str:
    code = "\n\n".join(blocks(page, "python"))
    if not code:
        return ""
    return (
        code
        + "\n\nfor _name, _test in list(globals().items()):\n"
        + "    if _name.startswith('test_') and callable(_test):\n"
        + "        _test()\n"
    )


def _page_script(page: str) -> str:
    """One bash script: the page's shell blocks, then its Python blocks in the virtual environment."""
    lines = [
        "set -euo pipefail",
        "if [ -f .venv/bin/activate ]; then . .venv/bin/activate; fi",
        _shell_script(page),
    ]
    python = _python_script(page)
    if python:
        lines.append("python - <<'URDU_EVENTS_DOC_PYTHON'\n" + python + "\nURDU_EVENTS_DOC_PYTHON")
    return "\n".join(lines) + "\n"


def _tracked_files() -> list[str]:
    try:
        proc = subprocess.run(
            ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            capture_output=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return []
    return [name for name in proc.stdout.decode().split("\0") if name and (REPO / name).is_file()]


def _fresh_clone(target: Path) -> Path:
    """The repository's files as a clone has them, without .venv, caches or build output."""
    files = _tracked_files()
    if not files:  # not a git checkout (an unpacked sdist): copy all but the usual debris
        ignore = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*_cache", "_build", "build", "dist")
        shutil.copytree(REPO, target, ignore=ignore)
        return target
    for name in files:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target / name)
    return target


def _environment() -> dict[str, str]:
    """This environment without its virtual environment's and urdu-events' variables."""
    drop = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
    return {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("URDU_EVENTS_")}


def _paths_in(command: str) -> list[str]:
    """The words of a shell command that name files of the repository (``examples/...``, ``docs/...``).

    Build output (``docs/_build/...``) is written by the command, not read, and is left out.
    """
    words = shlex.split(command, comments=True)
    return [w for w in words if re.match(r"^\.?/?(examples|docs|src|tests)/", w) and "_build" not in w]


class TestBlocks:
    @pytest.mark.parametrize("page", PAGES)
    def test_page_has_commands(self, page: str) -> None:
        """Each page has shell or Python blocks for the runner to find."""
        assert blocks(page, "sh") or blocks(page, "python")

    @pytest.mark.parametrize("page", PAGES)
    def test_python_blocks_parse(self, page: str) -> None:
        """Every Python block of the page is valid Python."""
        for code in blocks(page, "python"):
            ast.parse(code)

    @pytest.mark.parametrize("page", PAGES)
    def test_files_named_by_commands_exist(self, page: str) -> None:
        """A file a command names (examples/articles.jsonl) is where the command expects it."""
        named = [path for command in blocks(page, "sh") for path in _paths_in(command)]
        assert [] == [path for path in named if not (REPO / path).exists()]

    def test_commands_that_are_not_run_are_still_on_their_pages(self) -> None:
        """Every entry of NOT_RUN is still in a page; remove an entry when its command goes."""
        shell = "\n".join(block for page in PAGES for block in blocks(page, "sh"))
        assert [] == [command for command in NOT_RUN if command not in shell]

    def test_building_the_docs_is_documented(self) -> None:
        """The README says how to build the documentation site."""
        readme = (REPO / "README.md").read_text(encoding="utf-8")
        assert "## Building the docs" in readme
        assert any("sphinx-build" in block for block in blocks("README.md", "sh"))


@pytest.mark.slow
class TestFreshClone:
    def test_every_command_runs_as_written(self, tmp_path: Path) -> None:
        """README, quickstart, tutorial and plugin guide, in reading order, in a copy of the clone."""
        clone = _fresh_clone(tmp_path / "urdu-events")
        assert not (clone / ".venv").exists()
        env = _environment()
        for page in PAGES:
            script = _page_script(page)
            (tmp_path / f"{Path(page).stem}.sh").write_text(script, encoding="utf-8")
            proc = subprocess.run(
                ["bash", str(tmp_path / f"{Path(page).stem}.sh")],
                cwd=clone,
                env=env,
                capture_output=True,
                text=True,
                timeout=1200,
                check=False,
            )
            output = (proc.stdout + proc.stderr)[-4000:]
            assert 0 == proc.returncode, f"{page} failed:\n{output}"
        assert (clone / ".venv" / "bin" / "urdu-events").exists()
