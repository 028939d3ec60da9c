"""The command line's progress counter on a terminal, and --quiet."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from urdu_events._progress import Progress, count_records, plural, rate_and_eta
from urdu_events.cli import run

SUMMARY = r"urdu-events: 3 documents, 0 incidents, 0 claims, 0 errors in \d+\.\d s \(\d+\.\d documents/s\)\n"


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


@pytest.fixture(params=["tqdm", "plain"])
def drawer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of drawing progress: tqdm (the progress extra) and the plain fallback without it."""
    if request.param == "tqdm":
        pytest.importorskip("tqdm", reason="the progress extra is not installed")
    else:
        monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm raises ImportError
    return str(request.param)


class TestProgress:
    def test_shown_on_a_terminal(self, three: Path, drawer: str) -> None:
        """On a terminal, progress out of the total is drawn, then erased before the summary line."""
        err = _Terminal()
        assert 0 == _extract(str(three), err=err)
        text = err.getvalue()
        assert re.fullmatch(SUMMARY, _visible(text.splitlines()[-1]) + "\n")  # the counter was erased
        assert "2/3" in text
        assert "documents/s" in text

    def test_not_shown_when_not_a_terminal(self, three: Path) -> None:
        """Redirected to a file or pipe, stderr gets only the summary line."""
        err = io.StringIO()
        assert 0 == _extract(str(three), err=err)
        assert re.fullmatch(SUMMARY, err.getvalue())

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
        assert re.fullmatch(SUMMARY, err.getvalue())

    def test_quiet(self, three: Path) -> None:
        """--quiet silences both the counter and the summary line."""
        err = _Terminal()
        assert 0 == _extract(str(three), "-q", err=err)
        assert "" == err.getvalue()

    def test_errors_are_on_their_own_lines(self, three: Path, tmp_path: Path, drawer: str) -> None:
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


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class TestPlainProgress:
    def test_total_rate_and_time_left(self) -> None:
        """The plain line shows done/total, the rate since the start and the time left."""
        clock, err = _Clock(), io.StringIO()
        progress = Progress(err, 10, clock=clock)
        clock.now += 2.0
        progress._tqdm = lambda now: None  # type: ignore[method-assign]
        progress.update(4, "1 incident, 0 claims, 0 errors")
        assert (
            "\rurdu-events: 4/10 documents, 1 incident, 0 claims, 0 errors, "
            "2.0 documents/s, 0:03 left …\x1b[K" == err.getvalue()
        )

    def test_unknown_total(self) -> None:
        """Without a total (standard input) there is a rate but no time left."""
        assert "5.0 documents/s" == rate_and_eta(10, None, 2.0)

    def test_hours(self) -> None:
        """Long runs show hours."""
        assert "1.0 documents/s, 1:00:00 left" == rate_and_eta(1, 3601, 1.0)


class TestCountRecords:
    def test_text_files_and_jsonl_lines(self, tmp_path: Path) -> None:
        """A text file is one record, a JSON Lines file one per non-blank line."""
        (tmp_path / "a.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
        sources = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]
        assert 3 == count_records(sources, lambda s: s.endswith(".jsonl"))

    def test_stdin_is_unknown(self) -> None:
        """Standard input cannot be counted without consuming it."""
        assert None is count_records(["-"], lambda s: False)


class TestPlural:
    @pytest.mark.parametrize(
        ("count", "expected"), [(0, "0 documents"), (1, "1 document"), (2, "2 documents")]
    )
    def test_plural(self, count: int, expected: str) -> None:
        """One document, any other number of documents."""
        assert expected == plural(count, "document")
