"""Fault injection: interrupts, a full disk, killed workers and hanging plugins.

Each test asserts the two guarantees of the command line: the output file is
either the one that was there before or complete and valid, and every input
record is accounted for (written, or reported as an error).
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

import attrs
import pytest

from urdu_events import Document, Findings
from urdu_events.batch import RecordError, extract_many
from urdu_events.cli import run
from urdu_events.registry import extractors, serializers
from urdu_events.serialize.json import JsonSerializer

OLD = '[\n{"id": "old"}\n]\n'
POISON = "زہر"  # a text on which the test extractors misbehave
HANG = "رکاوٹ"


@attrs.frozen
class _KillsItsWorker:
    """Kills its own process (as the OOM killer would) on a text containing ``POISON``."""

    name: str = "test-kill"

    def __call__(self, doc: Document, /) -> Findings:
        if POISON in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)
        return Findings()


@attrs.frozen
class _KillsOnce:
    """Kills its worker the first time it sees ``POISON`` (a marker file remembers), then works."""

    marker: str
    name: str = "test-kill-once"

    def __call__(self, doc: Document, /) -> Findings:
        if POISON in doc.text and not os.path.exists(self.marker):
            Path(self.marker).touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return Findings()


@attrs.frozen
class _Hangs:
    """Never returns on a text containing ``HANG``."""

    name: str = "test-hang"

    def __call__(self, doc: Document, /) -> Findings:
        if HANG in doc.text:
            threading.Event().wait()
        return Findings()


@attrs.frozen
class _DiskFillsUp:
    """A JSON serializer whose disk fills up after ``after`` documents."""

    after: int = 2
    name: str = "test-full"
    extension: str = "json"

    def dump(self, docs: Iterable[Document], out: TextIO, /) -> int:
        def counted() -> Iterable[Document]:
            for n, doc in enumerate(docs):
                if n == self.after:
                    raise OSError(28, "No space left on device")
                yield doc

        return JsonSerializer().dump(counted(), out)


extractors.register("test-kill", _KillsItsWorker())
extractors.register("test-hang", _Hangs())
serializers.register("test-full", _DiskFillsUp())


def _records(n: int, *, poison: set[int] = frozenset(), hang: set[int] = frozenset()) -> list[dict[str, str]]:
    out = []
    for i in range(n):
        text = "پشاور میں فائرنگ ہوئی۔"
        if i in poison:
            text += POISON
        if i in hang:
            text += HANG
        out.append({"id": f"d{i}", "text": text, "published": "2024-05-02"})
    return out


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def _accounted(written: list[str], errors_file: Path, expected: int) -> None:
    """Every record is either written or has an error record, never both, never neither."""
    reported = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    failed = {r["id"] for r in reported if r.get("extractor") is None}
    assert expected == len(written) + len(failed)
    assert set() == failed & set(written)


class TestInterrupt:
    @pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
    def test_old_output_is_kept(self, tmp_path: Path, signum: int, code: int) -> None:
        """A run interrupted half-way leaves the previous output file untouched and exits 128+signal."""
        source = _jsonl(tmp_path / "in.jsonl", _records(20, hang={10}))
        (tmp_path / "old.json").write_text(OLD, encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-c", _RUN_WITH_HANG, str(source), str(tmp_path / "old.json")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".old.json.*.part")) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # well into the run: stuck on the hanging document
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=60)
        assert code == proc.returncode
        assert 1 == len(err.strip().splitlines()), err
        assert "left unchanged" in err
        assert OLD == (tmp_path / "old.json").read_text(encoding="utf-8")
        assert [] == list(tmp_path.glob("*.part"))

    def test_ctrl_c_with_workers_is_one_line(self, tmp_path: Path) -> None:
        """Ctrl-C (SIGINT to the whole process group) with -j 2: one line, exit 130, no worker tracebacks."""
        source = _jsonl(tmp_path / "in.jsonl", _records(40, hang={5, 30}))
        (tmp_path / "old.json").write_text(OLD, encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-c", _RUN_WITH_HANG, str(source), str(tmp_path / "old.json"), "-j", "2"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".old.json.*.part")) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.5)  # the workers are up and stuck in the hanging plugin
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert 130 == proc.returncode
        assert [f"urdu-events: interrupted; {tmp_path / 'old.json'} left unchanged"] == err.splitlines()
        assert OLD == (tmp_path / "old.json").read_text(encoding="utf-8")

    def test_complete_output_replaces_the_old_one(self, tmp_path: Path) -> None:
        """An uninterrupted run replaces the old file with a complete, valid one and leaves no temp file."""
        source = _jsonl(tmp_path / "in.jsonl", _records(5))
        (tmp_path / "old.json").write_text(OLD, encoding="utf-8")
        code, _, _ = _cli("extract", str(source), "-f", "json", "-o", str(tmp_path / "old.json"), "-q")
        assert 0 == code
        docs = json.loads((tmp_path / "old.json").read_text(encoding="utf-8"))
        assert [f"d{i}" for i in range(5)] == [d["id"] for d in docs]
        assert [] == list(tmp_path.glob("*.part"))


# Runs the CLI in a child process with the hanging extractor registered.
# Ctrl-C is restored to its default handler: a test runner started in the background may ignore it.
_RUN_WITH_HANG = f"""
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.path.insert(0, {str(Path(__file__).parent)!r})
import test_faults  # registers test-hang
from urdu_events.cli import main
args = ["extract", sys.argv[1], "-f", "json", "-o", sys.argv[2], "--extractors", "test-hang"]
sys.exit(main(args + sys.argv[3:]))
"""


class TestDiskFull:
    def test_dev_full_is_one_line_exit_1(self, tmp_path: Path) -> None:
        """Writing to a full device gives one line and exit 1, no traceback."""
        if not os.path.exists("/dev/full"):
            pytest.skip("no /dev/full on this system")
        source = _jsonl(tmp_path / "in.jsonl", _records(3))
        proc = subprocess.run(
            [sys.executable, "-m", "urdu_events", "extract", str(source), "-o", "/dev/full", "-q"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert 1 == proc.returncode
        assert ["urdu-events: cannot write /dev/full: No space left on device"] == proc.stderr.splitlines()

    def test_stdout_on_a_full_device(self, tmp_path: Path) -> None:
        """Standard output on a full device: one line, exit 1."""
        if not os.path.exists("/dev/full"):
            pytest.skip("no /dev/full on this system")
        source = _jsonl(tmp_path / "in.jsonl", _records(3))
        with open("/dev/full", "w") as full:
            proc = subprocess.run(
                [sys.executable, "-m", "urdu_events", "extract", str(source), "-q"],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )
        assert 1 == proc.returncode
        assert [
            "urdu-events: cannot write standard output: No space left on device"
        ] == proc.stderr.splitlines()

    def test_disk_full_keeps_the_old_file(self, tmp_path: Path) -> None:
        """When the disk fills up half-way, the previous output file is kept as it was."""
        source = _jsonl(tmp_path / "in.jsonl", _records(5))
        (tmp_path / "old.json").write_text(OLD, encoding="utf-8")
        code, _, err = _cli("extract", str(source), "-f", "test-full", "-o", str(tmp_path / "old.json"), "-q")
        assert 1 == code
        assert [
            f"urdu-events: cannot write {tmp_path / 'old.json'}: No space left on device"
        ] == err.splitlines()
        assert OLD == (tmp_path / "old.json").read_text(encoding="utf-8")
        assert [] == list(tmp_path.glob("*.part"))


class TestKilledWorker:
    def test_poison_record_is_reported_and_the_rest_written(self, tmp_path: Path) -> None:
        """A record that kills its worker every time is one error; every other record is written."""
        source = _jsonl(tmp_path / "in.jsonl", _records(100, poison={37}))
        out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
        code, _, err = _cli(
            "extract",
            str(source),
            "-j",
            "2",
            "--extractors",
            "test-kill",
            "-o",
            str(out),
            "--errors",
            str(errors),
        )
        assert 1 == code
        written = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
        assert [f"d{i}" for i in range(100) if i != 37] == written
        assert "in.jsonl:38:" in err and "worker process died" in err  # d37 is on line 38
        _accounted(written, errors, 100)

    def test_a_worker_killed_once_loses_nothing(self, tmp_path: Path) -> None:
        """A worker that dies once (the record then succeeds): the pool restarts and nothing is lost."""
        killer = _KillsOnce(str(tmp_path / "killed"))
        results = list(extract_many(_records(80, poison={50}), workers=2, extractors=[killer], chunk_size=4))
        assert [f"d{i}" for i in range(80)] == [r.id for r in results]
        assert all(isinstance(r, Document) for r in results)
        assert (tmp_path / "killed").exists()

    def test_the_dying_record_is_an_error_in_the_api(self) -> None:
        """extract_many yields a RecordError for the record, in place, and Documents for the rest."""
        results = list(
            extract_many(_records(10, poison={3}), workers=2, extractors=[_KillsItsWorker()], chunk_size=2)
        )
        assert 10 == len(results)
        assert [3] == [i for i, r in enumerate(results) if isinstance(r, RecordError)]
        error = results[3]
        assert isinstance(error, RecordError)
        assert ("d3", 3) == (error.id, error.index)

    def test_workers_that_keep_dying_stop_the_run_with_one_line(self, tmp_path: Path) -> None:
        """Every record kills its worker: stop after ten restarts with one line, exit 1, the old file kept."""
        source = _jsonl(tmp_path / "in.jsonl", _records(60, poison=set(range(60))))
        (tmp_path / "old.json").write_text(OLD, encoding="utf-8")
        code, _, err = _cli(
            "extract",
            str(source),
            "-j",
            "2",
            "--extractors",
            "test-kill",
            "-f",
            "json",
            "-o",
            str(tmp_path / "old.json"),
        )
        assert 1 == code
        assert (
            "urdu-events: worker processes died 10 times in a row without finishing a record"
            in err.splitlines()
        )
        assert "Traceback" not in err
        assert OLD == (tmp_path / "old.json").read_text(encoding="utf-8")


class TestHangingPlugin:
    def test_timeout_reports_the_document_and_writes_the_rest(self, tmp_path: Path) -> None:
        """--timeout: a plugin that never returns fails its document; every document is still written."""
        source = _jsonl(tmp_path / "in.jsonl", _records(4, hang={1}))
        out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
        code, _, err = _cli(
            "extract", str(source), "--extractors", "test-hang", "--timeout", "0.5",
            "-o", str(out), "--errors", str(errors),
        )  # fmt: skip
        assert 1 == code
        docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert ["d0", "d1", "d2", "d3"] == [d["id"] for d in docs]
        assert [[], ["test-hang"], [], []] == [[f["extractor"] for f in d["failures"]] for d in docs]
        assert "timed out after 0.5 s" in err
        _accounted([d["id"] for d in docs], errors, 4)

    def test_timeout_with_workers(self, tmp_path: Path) -> None:
        """extract_many(timeout=...) also bounds extractors running in worker processes."""
        results = list(extract_many(_records(4, hang={2}), workers=2, extractors=["test-hang"], timeout=0.5))
        assert [(), (), ("test-hang",), ()] == [
            tuple(f.extractor for f in r.failures) for r in results if isinstance(r, Document)
        ]

    def test_documents_are_flushed_one_at_a_time(self, tmp_path: Path) -> None:
        """Documents already done reach standard output while a later one is still running."""
        source = _jsonl(tmp_path / "in.jsonl", _records(3, hang={2}))
        proc = subprocess.Popen(
            [sys.executable, "-c", _RUN_TO_STDOUT, str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        lines: list[bytes] = []
        reader = threading.Thread(
            target=lambda: lines.extend([proc.stdout.readline(), proc.stdout.readline()])
        )
        reader.start()
        reader.join(60)  # the third document never finishes: only a flush per document gets these out
        proc.kill()
        proc.communicate()
        reader.join()
        first, second = (json.loads(line) if line else {"id": None} for line in lines)
        assert ["d0", "d1"] == [first["id"], second["id"]]


_RUN_TO_STDOUT = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
import test_faults  # registers test-hang
from urdu_events.cli import main
sys.exit(main(["extract", sys.argv[1], "--extractors", "test-hang", "-q"]))
"""
