"""The example plugin in examples/plugin, installed for real and used through the API and the CLI.

The plugin is built and installed into a temporary directory (no network:
``--no-build-isolation`` with hatchling from the test extra), then used in
subprocesses whose ``PYTHONPATH`` includes that directory, so entry-point
discovery runs exactly as it would for a user.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PLUGIN = REPO / "examples" / "plugin"
TEXT = "لاہور میں تاجروں نے ہڑتال کی اور بعد میں دھرنا دیا۔"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(PLUGIN),
        ],
        check=True,
        capture_output=True,
    )
    return target


def _run(
    plugin_path: Path, *args: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    environ = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(plugin_path), os.environ.get("PYTHONPATH", "")]),
        **env,
    }
    return subprocess.run(
        [sys.executable, *args],
        input=None if stdin is None else stdin.encode(),
        capture_output=True,
        env=environ,
        check=False,
    )


class TestExamplePlugin:
    def test_cli_lists_the_plugin(self, plugin_path: Path) -> None:
        """The plugin's extractor and format appear in the CLI listings."""
        extractors = _run(plugin_path, "-m", "urdu_events", "extractors").stdout.decode().split()
        formats = _run(plugin_path, "-m", "urdu_events", "formats").stdout.decode().split()
        assert "strikes" in extractors
        assert "markdown" in formats

    def test_cli_uses_the_plugin_extractor_and_serializer(self, plugin_path: Path) -> None:
        """Through the CLI, the strike extractor finds both strike words and markdown writes them."""
        proc = _run(
            plugin_path,
            "-m",
            "urdu_events",
            "extract",
            "-",
            "--extractors",
            "strikes",
            "--format",
            "markdown",
            "-q",
            stdin=TEXT,
        )
        assert 0 == proc.returncode, proc.stderr.decode()
        rows = [r for r in proc.stdout.decode("utf-8").splitlines() if "Peaceful protest" in r]
        assert ["ہڑتال", "دھرنا"] == [r.split("|")[3].strip() for r in rows]

    def test_api_uses_the_plugin_and_its_lexicon(self, plugin_path: Path) -> None:
        """Through the API, the plugin lexicon is visible and the extractor runs in a Pipeline."""
        code = (
            "import json, urdu_events\n"
            "from urdu_events.lexicons import lexicons_for\n"
            "p = urdu_events.Pipeline(['strikes'])\n"
            f"d = p.extract({TEXT!r})\n"
            "print(json.dumps([len(d.incidents), [l.name for l in lexicons_for('strike_words')]]))\n"
        )
        proc = _run(plugin_path, "-c", code)
        assert 0 == proc.returncode, proc.stderr.decode()
        assert [2, ["strike-words"]] == json.loads(proc.stdout)

    def test_no_plugins_switch(self, plugin_path: Path) -> None:
        """URDU_EVENTS_NO_PLUGINS hides installed plugins."""
        proc = _run(plugin_path, "-m", "urdu_events", "extractors", URDU_EVENTS_NO_PLUGINS="1")
        assert "strikes" not in proc.stdout.decode().split()

    def test_broken_plugin_is_reported_with_its_distribution(self, plugin_path: Path, tmp_path: Path) -> None:
        """A plugin that fails to import is named, with its distribution, in a one-line error."""
        dist = tmp_path / "broken_plugin-1.0.dist-info"
        dist.mkdir()
        (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
        (dist / "entry_points.txt").write_text("[urdu_events.extractors]\nbroken = no_such_module:Thing\n")
        env = {"PYTHONPATH": os.pathsep.join([str(tmp_path), str(plugin_path)])}
        proc = subprocess.run(
            [sys.executable, "-m", "urdu_events", "extract", "-", "--extractors", "broken"],
            input=TEXT.encode(),
            capture_output=True,
            env={**os.environ, **env},
            check=False,
        )
        err = proc.stderr.decode()
        assert 1 == proc.returncode
        assert "broken-plugin" in err
        assert "Traceback" not in err
