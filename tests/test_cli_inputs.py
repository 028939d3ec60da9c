"""The command line on careless and hostile input: one line per problem, no record lost."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from urdu_events.cli import run


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def cli_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return cli(*args)


def _ids(out: str) -> list[str]:
    return [json.loads(line)["id"] for line in out.splitlines()]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "کوہاٹ میں دھماکا"}, ensure_ascii=False) + "\n", "utf-8")
    return path


class TestOutputPaths:
    def test_output_naming_an_input_is_refused(self, source: Path) -> None:
        """-o naming an input is a usage error (exit 2, one line) and the input is left intact."""
        before = source.read_bytes()
        code, out, err = cli("extract", str(source), "-o", str(source))
        assert (2, "") == (code, out)
        assert 1 == len(err.splitlines())
        assert "is also an input" in err
        assert before == source.read_bytes()

    def test_output_naming_an_input_by_another_path(self, source: Path) -> None:
        """The same file reached through another path is recognised."""
        other = source.parent / "sub" / ".." / source.name
        (source.parent / "sub").mkdir()
        code, _, err = cli("extract", str(source), "-o", str(other))
        assert 2 == code
        assert "is also an input" in err

    def test_errors_naming_an_input_is_refused(self, source: Path) -> None:
        """--errors naming an input is refused too."""
        code, _, err = cli("extract", str(source), "--errors", str(source))
        assert 2 == code
        assert "--errors" in err

    def test_output_equal_to_errors_is_refused(self, source: Path, tmp_path: Path) -> None:
        """-o and --errors naming one file is a usage error, and nothing is written."""
        target = tmp_path / "x.jsonl"
        code, _, err = cli("extract", str(source), "-o", str(target), "--errors", str(target))
        assert 2 == code
        assert ["-o and --errors both name"] == [
            line[len("urdu-events: error: ") :][:25] for line in err.splitlines()
        ]
        assert not target.exists()

    def test_missing_output_folder_names_the_output(self, source: Path, tmp_path: Path) -> None:
        """An output in a folder that does not exist: one line naming the file asked for, exit 1."""
        target = tmp_path / "missing" / "out.jsonl"
        code, _, err = cli("extract", str(source), "-o", str(target))
        assert 1 == code
        assert [f"urdu-events: cannot write {target}: No such file or directory"] == err.splitlines()


class TestHostileRecords:
    def test_lone_surrogate_is_reported_and_the_rest_processed(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A record holding an escaped lone surrogate is an error; the next record is written."""
        data = b'{"id":"s","text":"\\ud800"}\n{"id":"t","text":"ok"}\n'
        code, out, err = cli_stdin(
            monkeypatch, data, "extract", "-", "--input-format", "jsonl", "--extractors", "claims"
        )
        assert 1 == code
        assert ["t"] == _ids(out)
        assert "<stdin>:1: text: holds a lone surrogate" in err

    def test_surrogate_in_the_id_is_reported(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A lone surrogate in the id cannot be written either: reported, not a crash."""
        data = b'{"id":"\\udfff","text":"ok"}\n{"id":"t","text":"ok"}\n'
        code, out, err = cli_stdin(
            monkeypatch, data, "extract", "-", "--input-format", "jsonl", "--extractors", "claims"
        )
        assert (1, ["t"]) == (code, _ids(out))
        assert "<stdin>:1: id: holds a lone surrogate" in err

    @pytest.mark.parametrize(
        ("line", "reason"),
        [
            ('{"id":"n","text":"x","n":' + "7" * 5000 + "}", "not readable JSON (Exceeds the limit"),
            ("[" * 100_000, "not readable JSON (nested too deeply)"),
            ('{"id":"n","text":"x","d":' + "[" * 100_000 + "]" * 100_000 + "}", "not readable JSON (nested"),
        ],
    )
    def test_unreadable_json_is_a_per_record_error(self, tmp_path: Path, line: str, reason: str) -> None:
        """Huge numbers and deep nesting are reported for their line; later lines still run."""
        path = tmp_path / "h.jsonl"
        path.write_text(line + "\n" + json.dumps({"id": "after", "text": "ok"}) + "\n", encoding="utf-8")
        code, out, err = cli("extract", str(path), "--extractors", "claims")
        assert (1, ["after"]) == (code, _ids(out))
        assert f"h.jsonl:1: {reason}" in err

    def test_unterminated_string_message_reads_well(self, tmp_path: Path) -> None:
        """The JSON error names the column once ("starting at column N", not "at at")."""
        path = tmp_path / "u.jsonl"
        path.write_text('{"id": "u", "text": "no end', encoding="utf-8")
        _, _, err = cli("extract", str(path), "--extractors", "claims")
        assert "Unterminated string starting at column 21" in err
        assert "at at" not in err


class TestConsistency:
    def test_null_id_gets_the_default_id_as_in_the_api(self, tmp_path: Path) -> None:
        """ "id": null is treated as a missing id (the API does the same), not as an error."""
        path = tmp_path / "n.jsonl"
        path.write_text(json.dumps({"id": None, "text": "ok"}) + "\n", encoding="utf-8")
        code, out, _ = cli("extract", str(path), "--extractors", "claims")
        assert (0, ["n-1"]) == (code, _ids(out))

    def test_empty_extractor_list_is_a_usage_error(self, source: Path) -> None:
        """--extractors "" would run nothing: a usage error, exit 2."""
        code, out, err = cli("extract", str(source), "--extractors", "")
        assert (2, "") == (code, out)
        assert "--extractors names no extractor" in err

    def test_bad_published_is_reported_with_file_and_line(self, tmp_path: Path) -> None:
        """A bad 'published' in a record is reported as FILE:LINE, and the error record has the source."""
        path = tmp_path / "p.jsonl"
        lines = [{"id": "good", "text": "ok"}, {"id": "bad", "text": "ok", "published": "کل"}]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
        errors = tmp_path / "errors.jsonl"
        code, out, err = cli("extract", str(path), "--extractors", "claims", "--errors", str(errors))
        assert (1, ["good"]) == (code, _ids(out))
        assert f"{path}:2: published: not a date" in err
        assert f"{path}:2" == json.loads(errors.read_text(encoding="utf-8"))["source"]

    @pytest.mark.parametrize("value", ["0", "-1", "nan"])
    def test_timeout_must_be_positive(self, source: Path, value: str) -> None:
        """--timeout takes a positive number of seconds."""
        code, _, err = cli("extract", str(source), "--timeout", value)
        assert 2 == code
        assert "--timeout must be a positive number" in err
