"""Tests for the urdu-events command line, run in-process and as a subprocess."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from urdu_events import Document, EventType, Findings, Incident, Span, SubEventType
from urdu_events.cli import run
from urdu_events.registry import extractors
from urdu_events.testing import FakeExtractor

REPO = Path(__file__).resolve().parents[1]


def _firing(doc: Document) -> Findings:
    return Findings(
        incidents=[
            Incident(
                EventType.BATTLES, SubEventType.ARMED_CLASH, trigger=Span.of(doc.text, m.start(), m.end())
            )
            for m in re.finditer("فائرنگ", doc.text)
        ]
    )


extractors.register("test-firing", FakeExtractor("test-firing", _firing))


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("پشاور میں فائرنگ ہوئی۔", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa not utf-8")
    records = [
        json.dumps({"id": "r1", "text": "فائرنگ اور پھر فائرنگ", "published": "2024-03-08"}),
        "{not json",
        json.dumps({"id": "r2"}),
        "",
        json.dumps({"id": 3, "text": "خاموشی"}),
    ]
    (tmp_path / "b.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return tmp_path


class TestExtract:
    def test_text_file_to_jsonl(self, inputs: Path) -> None:
        """A .txt file is one document named after the file."""
        code, out, err = cli(
            "extract", str(inputs / "a.txt"), "--extractors", "test-firing", "--published", "2024-01-02"
        )
        assert 0 == code
        doc = json.loads(out)
        assert ("a", "2024-01-02", 1) == (doc["id"], doc["published"], len(doc["incidents"]))
        assert "1 document, 1 incident, 0 claims, 0 errors in " in err

    def test_bad_jsonl_lines_are_reported_and_the_rest_processed(self, inputs: Path) -> None:
        """Bad lines are named on stderr, counted, and good records still written."""
        code, out, err = cli("extract", str(inputs / "b.jsonl"), "--extractors", "test-firing")
        assert 1 == code
        ids = [json.loads(line)["id"] for line in out.splitlines()]
        assert ["r1", "3"] == ids
        assert "b.jsonl:2: not valid JSON" in err
        assert "b.jsonl:3: text: missing" in err
        assert "2 errors" in err

    def test_invalid_utf8_is_an_input_error(self, inputs: Path) -> None:
        """A file that is not UTF-8 is reported, and other inputs still run."""
        code, out, err = cli(
            "extract", str(inputs / "bad.txt"), str(inputs / "a.txt"), "--extractors", "test-firing"
        )
        assert 1 == code
        assert "not valid UTF-8" in err
        assert 1 == len(out.splitlines())

    def test_jsonl_is_read_line_by_line(self, inputs: Path) -> None:
        """A bad byte spoils only its own line, and U+2028 inside a string does not split a record."""
        good = json.dumps({"id": "ok", "text": "فائرنگ\u2028ہوئی"}, ensure_ascii=False).encode()
        (inputs / "mixed.jsonl").write_bytes(good + b"\n" + b'{"id": "bad", "text": "\xff"}\n' + good + b"\n")
        code, out, err = cli("extract", str(inputs / "mixed.jsonl"), "--extractors", "test-firing")
        assert 1 == code
        assert ["ok", "ok"] == [json.loads(line)["id"] for line in out.splitlines()]
        assert "mixed.jsonl:2: not valid UTF-8" in err

    def test_missing_file(self, inputs: Path) -> None:
        """A missing file gives exit code 1 and a one-line message."""
        code, _, err = cli("extract", str(inputs / "nope.txt"), "--extractors", "test-firing", "-q")
        assert 1 == code
        assert 1 == len(err.strip().splitlines())

    def test_errors_file_gets_machine_readable_records(self, inputs: Path) -> None:
        """--errors writes one JSON record per failed input; counts add up."""
        errors = inputs / "errors.jsonl"
        code, out, _ = cli(
            "extract", str(inputs / "b.jsonl"), "--extractors", "test-firing", "--errors", str(errors)
        )
        records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
        assert 1 == code
        assert 4 == len(out.splitlines()) + len(records)
        assert {"error", "index", "id", "source"} == set(records[0])

    def test_csv_output_file(self, inputs: Path) -> None:
        """--format csv --output writes an ACLED-style CSV file."""
        target = inputs / "out.csv"
        code, _, _ = cli(
            "extract",
            str(inputs / "b.jsonl"),
            "--extractors",
            "test-firing",
            "-f",
            "csv",
            "-o",
            str(target),
            "--bom",
        )
        text = target.read_text(encoding="utf-8")
        assert 1 == code
        assert text.startswith("\ufeffevent_id_cnty,")
        assert 3 == len(text.strip().splitlines())


class TestWorkers:
    def test_two_workers_write_the_same_output(self, inputs: Path) -> None:
        """--workers 2 writes exactly what one worker writes, errors included."""
        one = cli("extract", str(inputs / "b.jsonl"), "-q")
        two = cli("extract", str(inputs / "b.jsonl"), "-q", "--workers", "2")
        assert one == two


class TestUsageErrors:
    @pytest.mark.parametrize(
        "args",
        [
            ["extract"],
            ["extract", "x.txt", "--format", "yaml"],
            ["extract", "x.txt", "--published", "yesterday"],
            ["extract", "x.txt", "--extractors", "nope"],
            ["extract", "x.txt", "--bom"],
            ["extract", "x.txt", "--workers", "-3"],
            ["frobnicate"],
        ],
    )
    def test_usage_errors_exit_2_with_one_line(self, args: list[str]) -> None:
        """Wrong usage exits with 2 and one line on stderr, no traceback."""
        code, _, err = cli(*args)
        assert 2 == code
        assert 1 == len(err.strip().splitlines())
        assert "Traceback" not in err


class TestCheckLexicon:
    def test_valid_files(self, tmp_path: Path) -> None:
        """Each valid file gets one line naming its kind, name, version and size."""
        good = tmp_path / "good.json"
        entries = [{"term": "بارودی سرنگ", "sub_event_type": "Remote explosive/landmine/IED"}]
        good.write_text(json.dumps({"name": "g", "kind": "weapons", "version": "2.0", "entries": entries}))
        free = tmp_path / "free.json"
        free.write_text(json.dumps({"name": "f", "kind": "strike_words", "version": "1", "entries": [{}]}))
        code, out, err = cli("check-lexicon", str(good), str(free))
        assert (0, "") == (code, err)
        assert [
            f"{good}: ok, weapons 'g' 2.0, 1 entries",
            f"{free}: ok, strike_words 'f' 1, 1 entries (a free-form kind: entries not checked)",
        ] == out.splitlines()

    def test_every_problem_of_a_bad_file(self, tmp_path: Path) -> None:
        """A bad file lists each problem on its own line, with no traceback, and exits 1."""
        bad = tmp_path / "bad.json"
        entries = [{"term": "ڈاکو", "role": "attacker", "stronk": True}, {"term": "لشکر", "type": "rioters"}]
        bad.write_text(json.dumps({"name": "b", "kind": "actors", "version": "1", "entries": entries}))
        code, out, err = cli("check-lexicon", str(bad))
        assert (1, "") == (code, out)
        assert err.startswith(f"urdu-events: lexicon 'b' ({bad}): 3 problems:\n")
        assert 4 == len(err.splitlines())
        assert "Traceback" not in err

    @pytest.mark.parametrize("content", [None, b"{not json", b"\xff\xfe", b"[]"])
    def test_unreadable_files(self, tmp_path: Path, content: bytes | None) -> None:
        """A missing file, bad JSON, bad UTF-8 or a non-object is one line on stderr and exit 1."""
        path = tmp_path / "x.json"
        if content is not None:
            path.write_bytes(content)
        code, out, err = cli("check-lexicon", str(path))
        assert (1, "", 1) == (code, out, len(err.splitlines()))
        assert err.startswith("urdu-events: ")


class TestListing:
    def test_formats_and_extractors(self) -> None:
        """formats and extractors list the registered names."""
        assert {"csv", "json", "jsonl"} <= set(cli("formats")[1].split())
        assert {"incidents", "claims"} <= set(cli("extractors")[1].split())

    def test_schema_is_json(self) -> None:
        """schema prints a JSON Schema object."""
        code, out, _ = cli("schema")
        assert 0 == code
        assert "urdu-events Document" == json.loads(out)["title"]


class TestModule:
    def test_python_dash_m_reads_stdin(self) -> None:
        """python -m urdu_events reads - from stdin and writes UTF-8 JSON Lines."""
        proc = subprocess.run(
            [sys.executable, "-m", "urdu_events", "extract", "-", "--extractors", "incidents", "-q"],
            input="لاہور میں احتجاج ہوا۔".encode(),
            capture_output=True,
            check=False,
        )
        assert 0 == proc.returncode, proc.stderr.decode()
        assert "stdin" == json.loads(proc.stdout.decode("utf-8"))["id"]


def _broken(doc: Document) -> Findings:
    raise RuntimeError("kaput")


extractors.register("test-broken", FakeExtractor("test-broken", _broken))


class TestWarningsAndBadFields:
    def test_text_that_is_not_urdu(self, tmp_path: Path) -> None:
        """An English text is processed but warned about, naming the file; the exit code stays 0."""
        (tmp_path / "notes.txt").write_text("These are meeting notes, written in English only. " * 3, "utf-8")
        code, out, err = cli("extract", str(tmp_path / "notes.txt"), "--published", "2024-01-02")
        assert 0 == code
        assert 1 == len(out.splitlines())
        assert f"urdu-events: {tmp_path / 'notes.txt'}: warning: mostly not Urdu (0% of its letters" in err
        assert ", 1 warning in " in err

    def test_dates_without_published(self, inputs: Path) -> None:
        """Incidents left undated for want of a publication date are warned about."""
        code, _, err = cli("extract", str(inputs / "a.txt"), "--extractors", "test-firing")
        assert 0 == code
        assert (
            "a.txt: warning: no publication date, so 1 of its 1 incident dates could not be resolved" in err
        )

    def test_no_warning_with_published(self, inputs: Path) -> None:
        """With --published the same document gives no warning."""
        _, _, err = cli(
            "extract", str(inputs / "a.txt"), "--extractors", "test-firing", "--published", "2024-01-02"
        )
        assert "warning" not in err

    def test_bad_published_names_file_line_and_field(self, tmp_path: Path) -> None:
        """A bad published date inside JSON Lines is reported as FILE:LINE: field: reason."""
        lines = [
            {"id": "d", "text": "خاموشی", "published": "2024-01-01"},
            {"id": "e", "text": "خاموشی", "published": "kal"},
        ]
        path = tmp_path / "dated.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
        code, out, err = cli("extract", str(path), "--extractors", "test-firing", "-q")
        assert 1 == code
        assert ["d"] == [json.loads(line)["id"] for line in out.splitlines()]
        assert f"urdu-events: {path}:2: published: not a date YYYY-MM-DD: 'kal'\n" == err

    def test_bad_id_names_the_field(self, tmp_path: Path) -> None:
        """A bad id is reported with its field name."""
        path = tmp_path / "ids.jsonl"
        path.write_text(json.dumps({"id": [1], "text": "خاموشی"}) + "\n", encoding="utf-8")
        _, _, err = cli("extract", str(path), "-q")
        assert f"urdu-events: {path}:1: id: must be a string or an integer, got [1]\n" == err


class TestExtractorFailures:
    def test_partial_documents_are_written_and_reported(self, inputs: Path) -> None:
        """A failing extractor leaves the document partial: written, recorded in it, reported, exit 1."""
        code, out, err = cli("extract", str(inputs / "a.txt"), "--extractors", "test-broken,test-firing")
        doc = json.loads(out)
        assert 1 == code
        assert (1, ["test-broken"]) == (len(doc["incidents"]), [f["extractor"] for f in doc["failures"]])
        assert "kaput" in err
        assert "1 extractor failure, " in err


class TestColdStartImports:
    """What a command does not need is not imported (cold start)."""

    def test_version_is_read_when_asked_for(self) -> None:
        """--version prints the package's version, read only then."""
        from urdu_events import __version__

        with pytest.raises(SystemExit) as exit_info:
            run(["--version"], io.StringIO(), io.StringIO())
        assert 0 == exit_info.value.code
        proc = subprocess.run(
            [sys.executable, "-m", "urdu_events", "--version"], capture_output=True, text=True, check=True
        )
        assert f"urdu-events {__version__}\n" == proc.stdout

    def test_extract_without_plugins_imports_no_metadata_reader(self, tmp_path: Path) -> None:
        """With no plugin installed, extracting imports neither importlib.metadata nor importlib.resources."""
        from urdu_events.registry import _may_advertise

        groups = ("urdu_events.extractors", "urdu_events.serializers", "urdu_events.lexicons")
        if any(map(_may_advertise, groups)):
            pytest.skip("a plugin is installed here")
        article = tmp_path / "a.txt"
        article.write_text("کراچی میں فائرنگ سے دو افراد زخمی ہو گئے۔", encoding="utf-8")
        code = (
            "import sys\n"
            "from urdu_events.cli import main\n"
            f"try:\n    main(['extract', '-q', '-o', {str(tmp_path / 'out.jsonl')!r}, {str(article)!r}])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('importlib.metadata', 'importlib.resources') if m in sys.modules))\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert "[]" == proc.stdout.strip().splitlines()[-1]
        assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1
