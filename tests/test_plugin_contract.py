"""The plugin contract: a broken plugin is named and skipped, everything else keeps working.

Plugins here are fake distributions (a ``.dist-info`` folder with entry points
and a module) in a temporary folder put on ``PYTHONPATH`` of a subprocess, so
entry-point discovery runs as it does for users.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

import attrs
import pytest

from urdu_events import Document, Findings, Pipeline
from urdu_events.cli import run
from urdu_events.registry import serializers
from urdu_events.testing import ConformanceError, FakeExtractor, check_extractor

# A sentence written for these tests: an explosion in a market.
TEXT = "مردان کے بازار میں دھماکے سے تین افراد ہلاک ہو گئے۔"

_MODULE = """
from urdu_events.lexicons import Lexicon

def _lex(name, kind, entries):
    return Lexicon(name=name, kind=kind, version="1", entries=entries)

# Invalid lexicons are built when their entry point is called (a Lexicon is checked as it
# is built, so one built at import time would break the whole module, the good one too).
def no_term():
    return _lex("acme-no-term", "event_triggers", [{"forms": ["x"], "sub_event_type": "Armed clash"}])

def bad_label():
    return _lex(
        "acme-bad-label", "event_triggers",
        [{"term": "جھڑپ زدہ", "sub_event_type": "Not an ACLED label", "kind": "clash", "strength": "strong"}],
    )

good = _lex("acme-weapons", "weapons", [{"term": "غلیل"}])

def raises():
    raise RuntimeError("the lexicon file is missing")
"""


def _distribution(root: Path, name: str, group: str, entries: dict[str, str]) -> None:
    info = root / f"{name.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    lines = "".join(f"{k} = {v}\n" for k, v in entries.items())
    (info / "entry_points.txt").write_text(f"[{group}]\n{lines}", encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plugins")
    (root / "acme_plugin.py").write_text(_MODULE, encoding="utf-8")
    _distribution(
        root,
        "acme-lexicons",
        "urdu_events.lexicons",
        {
            "acme-no-term": "acme_plugin:no_term",
            "acme-bad-label": "acme_plugin:bad_label",
            "acme-raises": "acme_plugin:raises",
            "acme-weapons": "acme_plugin:good",
        },
    )
    _distribution(root, "broken-import", "urdu_events.lexicons", {"gone": "no_such_module:lexicon"})
    _distribution(root, "broken-extractor", "urdu_events.extractors", {"broken": "no_such_module:Thing"})
    return root


def _run(site: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("URDU_EVENTS_")}
    environ["PYTHONPATH"] = os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "urdu_events", *args],
        input=TEXT,
        capture_output=True,
        text=True,
        env={**environ, **env},
        check=False,
    )


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("urdu-events: warning:")]


class TestBrokenLexiconPlugins:
    def test_built_in_extractors_keep_working(self, site: Path) -> None:
        """Four bad lexicon plugins are each named once and skipped; the incident is still found."""
        proc = _run(site, "extract", "-", "--published", "2024-05-02")
        assert 0 == proc.returncode, proc.stderr
        doc = json.loads(proc.stdout)
        assert 1 == len(doc["incidents"])
        assert [] == doc["failures"]
        warned = _warnings(proc.stderr)
        for name in ("acme-no-term", "acme-bad-label", "acme-raises", "gone"):
            assert 1 == sum(f"'{name}'" in line for line in warned), (name, warned)
        assert any("'acme-lexicons'" in line for line in warned)
        assert any("'broken-import'" in line for line in warned)
        assert "Traceback" not in proc.stderr

    def test_a_good_plugin_lexicon_is_still_used(self, site: Path) -> None:
        """The good lexicon of the same distribution is still merged in."""
        code = (
            "import json, warnings; warnings.simplefilter('ignore');"
            "from urdu_events.lexicons import lexicons_for;"
            "print(json.dumps([lex.name for lex in lexicons_for('weapons')]))"
        )
        environ = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=environ, check=True
        )
        assert ["weapons", "acme-weapons"] == json.loads(proc.stdout)

    def test_no_plugin_skips_one(self, site: Path) -> None:
        """--no-plugin NAME skips that plugin without a word; the others are still reported."""
        proc = _run(site, "extract", "-", "--no-plugin", "acme-raises", "--no-plugin", "broken-import")
        assert 0 == proc.returncode
        warned = " ".join(_warnings(proc.stderr))
        assert "acme-raises" not in warned and "'gone'" not in warned
        assert "acme-no-term" in warned

    def test_plugins_option_names_which_to_load(self, site: Path) -> None:
        """--plugins NAMES loads only those plugins (by entry-point or distribution name)."""
        proc = _run(site, "extract", "-", "--plugins", "acme-weapons")
        assert (0, []) == (proc.returncode, _warnings(proc.stderr))

    def test_environment_variable_names_which_to_load(self, site: Path) -> None:
        """URDU_EVENTS_PLUGINS does what --plugins does."""
        proc = _run(site, "extract", "-", URDU_EVENTS_PLUGINS="acme-weapons,broken-import")
        warned = _warnings(proc.stderr)
        assert 1 == len(warned)
        assert "'gone'" in warned[0]


class TestBrokenExtractorPlugin:
    def test_reported_once_and_skipped(self, site: Path) -> None:
        """A named extractor plugin that fails to import is reported once; the built-in ones still run."""
        proc = _run(site, "extract", "-", "--extractors", "incidents,broken", "--plugins", "broken-extractor")
        assert 1 == proc.returncode
        assert 1 == len(json.loads(proc.stdout)["incidents"])
        assert 1 == sum("broken-extractor" in line for line in proc.stderr.splitlines())
        assert "Traceback" not in proc.stderr

    def test_only_broken_extractors_is_exit_1(self, site: Path) -> None:
        """With nothing left to run, the command stops with exit 1 and one line."""
        proc = _run(site, "extract", "-", "--extractors", "broken", "--plugins", "broken-extractor")
        assert (1, "") == (proc.returncode, proc.stdout)
        assert 1 == len(proc.stderr.splitlines())


@attrs.frozen
class _Raising:
    name: str = "test-raising"
    extension: str = "txt"

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        raise ValueError("cannot format this")


serializers.register("test-raising", _Raising())


class TestBrokenSerializer:
    def test_a_raising_serializer_is_one_line(self, tmp_path: Path) -> None:
        """A serializer that raises: one line naming the format, exit 1, the old output kept."""
        source = tmp_path / "a.txt"
        source.write_text(TEXT, encoding="utf-8")
        target = tmp_path / "out.txt"
        target.write_text("old", encoding="utf-8")
        err = io.StringIO()
        code = run(["extract", str(source), "-f", "test-raising", "-o", str(target)], io.StringIO(), err)
        assert 1 == code
        assert ["urdu-events: the 'test-raising' format failed: ValueError: cannot format this"] == (
            err.getvalue().splitlines()
        )
        assert "old" == target.read_text(encoding="utf-8")


def _mutating(doc: Document) -> Findings:
    object.__setattr__(doc, "text", doc.text + "!")
    return Findings()


def _smuggling(doc: Document) -> Findings:
    found = Findings()
    object.__setattr__(found, "claims", ("not a claim",))
    return found


class TestExtractorContract:
    def test_pipeline_catches_a_mutating_extractor(self) -> None:
        """An extractor that changes its input document is a recorded failure, on every run."""
        doc = Pipeline([FakeExtractor("mutator", _mutating), "claims"]).extract(TEXT, doc_id="m")
        assert ["mutator"] == [f.extractor for f in doc.failures]
        assert "changed its input document" in doc.failures[0].message

    def test_pipeline_catches_smuggled_items(self) -> None:
        """Findings whose items bypassed the validators are refused when merged."""
        doc = Pipeline([FakeExtractor("smuggler", _smuggling)]).extract(TEXT, doc_id="s")
        assert ["smuggler"] == [f.extractor for f in doc.failures]

    def test_check_extractor_catches_smuggled_items(self) -> None:
        """check_extractor fails an extractor whose findings hold a str."""
        with pytest.raises(ConformanceError, match=r"findings\.claims\[0\].*is a str"):
            check_extractor(FakeExtractor("smuggler", _smuggling), [Document("d", TEXT)])

    def test_check_extractor_catches_mutation(self) -> None:
        """check_extractor compares the input with a deep copy taken before the call."""
        with pytest.raises(ConformanceError, match="changed its input document"):
            check_extractor(FakeExtractor("mutator", _mutating), [Document("d", TEXT)])

    def test_check_extractor_catches_nested_mutation(self) -> None:
        """A change deep inside the document (an incident's field) is caught too."""
        doc = Pipeline(["incidents"]).extract(TEXT, doc_id="n")
        assert doc.incidents

        def flip(d: Document) -> Findings:
            object.__setattr__(d.incidents[0], "main", not d.incidents[0].main)
            return Findings()

        with pytest.raises(ConformanceError, match="changed its input document"):
            check_extractor(FakeExtractor("flipper", flip), [doc])

    def test_check_extractor_passes_a_good_extractor(self) -> None:
        """The built-in claims extractor honours the contract."""
        from urdu_events.extractors.claims import ClaimExtractor

        check_extractor(ClaimExtractor(), [Document("d", TEXT)])
