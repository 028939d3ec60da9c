"""The command line's progress counter on a terminal, and --quiet."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from urdu_events.cli import run

SUMMARY = "urdu-events: 3 documents, 0 incidents, 0 claims, 0 errors\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def three(tmp_path: Path) -> Path:
    path = tmp_path / "three.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": "خاموشی"}) + "\n" for i in range(3)), "utf-8")
    return path


def _extract(*args: str, err: io.StringIO, out: io.StringIO | None = None) -> int:
    return run(["extract", *args, "--extractors", "claims"], out or io.StringIO(), err)


class TestProgress:
    def test_shown_on_a_terminal(self, three: Path) -> None:
        """On a terminal, a counter is drawn, then erased before the summary line."""
        err = _Terminal()
        assert 0 == _extract(str(three), err=err)
        text = err.getvalue()
        assert "\rurdu-events: 2 documents" in text
        assert text.endswith("\r\x1b[K" + SUMMARY)

    def test_not_shown_when_not_a_terminal(self, three: Path) -> None:
        """Redirected to a file or pipe, stderr gets only the summary line."""
        err = io.StringIO()
        assert 0 == _extract(str(three), err=err)
        assert SUMMARY == err.getvalue()

    def test_not_shown_for_one_document(self, tmp_path: Path) -> None:
        """A single document shows no counter."""
        (tmp_path / "one.txt").write_text("خاموشی", encoding="utf-8")
        err = _Terminal()
        assert 0 == _extract(str(tmp_path / "one.txt"), err=err)
        assert "\r" not in err.getvalue()

    def test_not_shown_when_documents_go_to_the_terminal(self, three: Path) -> None:
        """When the output itself is the terminal, the counter would garble it, so it is not drawn."""
        err = _Terminal()
        assert 0 == _extract(str(three), err=err, out=_Terminal())
        assert SUMMARY == err.getvalue()

    def test_quiet(self, three: Path) -> None:
        """--quiet silences both the counter and the summary line."""
        err = _Terminal()
        assert 0 == _extract(str(three), "-q", err=err)
        assert "" == err.getvalue()

    def test_errors_are_on_their_own_lines(self, three: Path, tmp_path: Path) -> None:
        """An error message erases the counter first, so it starts on a clean line."""
        with three.open("a", encoding="utf-8") as f:
            f.write("{not json\n")
        err = _Terminal()
        assert 1 == _extract(str(three), err=err)
        lines = err.getvalue().split("\n")
        error = next(line for line in lines if "not valid JSON" in line)
        assert _visible(error).startswith("urdu-events: ")


def _visible(line: str) -> str:
    """What a terminal shows for ``line``: carriage returns overwrite, ESC[K erases to the end."""
    shown = ""
    for part in line.split("\r"):
        erase = part.startswith("\x1b[K")
        part = part.replace("\x1b[K", "")
        shown = part if erase else part + shown[len(part) :]
    return shown
