"""Tests for lexicon loading: typed entry schemas, one error listing every problem, JSON Schemas."""

from __future__ import annotations

import importlib.util
import json
import typing
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from urdu_events import ActorType, InvalidArgumentError, LexiconError, PluginWarning, SubEventType
from urdu_events.lexicons import (
    Lexicon,
    builtin_lexicon,
    builtin_names,
    json_schema,
    lexicons_for,
    schema_kinds,
)
from urdu_events.lexicons.entries import ENTRY_TYPES, ActorEntry, Term, TriggerEntry, WordClassName
from urdu_events.registry import lexicons as lexicon_registry
from urdu_events.serialize import make_converter

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DIR = ROOT / "src" / "urdu_events" / "lexicons" / "schema"
DATA_DIR = ROOT / "src" / "urdu_events" / "lexicons" / "data"


def actors(*entries: Any, **kwargs: Any) -> Lexicon:
    return Lexicon("test-actors", "actors", "1", list(entries), **kwargs)


def problems(*entries: Any) -> tuple[str, ...]:
    with pytest.raises(LexiconError) as info:
        actors(*entries)
    return info.value.problems


class TestBuiltinLexicons:
    @pytest.mark.parametrize("name", builtin_names())
    def test_every_builtin_lexicon_is_typed(self, name: str) -> None:
        """Every shipped lexicon has a schema, and every entry loads into its class."""
        lexicon = builtin_lexicon(name)
        assert lexicon.typed_entries is not None
        assert len(lexicon.entries) == len(lexicon.typed_entries)

    def test_typed_entry_carries_the_values(self) -> None:
        """A typed actor entry holds the enum value and defaults of its JSON entry."""
        entry = next(e for e in builtin_lexicon("actors").typed_entries or () if e.term == "پولیس")
        assert isinstance(entry, ActorEntry)
        assert (ActorType.STATE_FORCES, True, False) == (entry.actor_type, entry.security, entry.unnamed)


class TestValidation:
    def test_misspelled_key_is_rejected_with_a_suggestion(self) -> None:
        """A misspelled key ("stronk") is an error that suggests the right key."""
        entry = {"term": "یلغار", "sub_event_type": "Attack", "stronk": "weak"}
        with pytest.raises(LexiconError) as info:
            Lexicon("t", "event_triggers", "1", [entry])
        assert ("entry 0 ('یلغار'): unknown key 'stronk' (did you mean 'strength'?)",) == tuple(
            p.split(";")[0] for p in info.value.problems
        )

    def test_key_of_another_kind_is_rejected(self) -> None:
        """``type`` in an actors entry (it needs ``actor_type``) is an error, not ignored."""
        [problem] = problems({"term": "قبائلی لشکر", "type": "identity militia"})
        assert problem.startswith("entry 0 ('قبائلی لشکر'): unknown key 'type' (did you mean 'actor_type'?)")

    @pytest.mark.parametrize(
        ("entry", "key"),
        [
            ({"term": "x", "role": "killer"}, "role"),
            ({"term": "x", "actor_type": "navy"}, "actor_type"),
            ({"term": "x", "security": "yes"}, "security"),
            ({"term": "x", "forms": "y"}, "forms"),
            ({"term": " "}, "term"),
            ({"forms": ["y"]}, "term"),
        ],
    )
    def test_bad_values_are_rejected(self, entry: dict[str, Any], key: str) -> None:
        """A value outside the allowed ones, of the wrong type, empty or missing names its key."""
        [problem] = problems(entry)
        assert f"key {key}:" in problem

    def test_every_problem_is_reported_at_once(self, tmp_path: Path) -> None:
        """One error lists every problem of every entry, naming the file, entry, term and key."""
        path = tmp_path / "bad-actors.json"
        data = {
            "name": "bad-actors",
            "kind": "actors",
            "version": "1.0.0",
            "entries": [
                {"term": "فوج", "actor_type": "state forces", "role": "perpetrator"},
                {"term": "ڈاکو", "role": "robber", "stronk": True},
                {"term": "مسلح جتھہ", "actor_type": "gang"},
                "لشکر",
            ],
        }
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(LexiconError) as info:
            Lexicon.from_path(path)
        error = info.value
        assert ("bad-actors", str(path)) == (error.lexicon, error.source)
        assert [
            "entry 1 ('ڈاکو'), key role",
            "entry 1 ('ڈاکو')",
            "entry 2 ('مسلح جتھہ'), key actor_type",
            "entry 3",
        ] == [p.split(":")[0] for p in error.problems]
        assert str(path) in str(error)
        assert all(p in str(error) for p in error.problems)

    def test_a_word_class_named_twice_is_rejected(self) -> None:
        """Two entries of one word class that read their words alike are an error naming both:
        a new class given a taken name would otherwise join the old class's words unseen. The
        same class read in another way (another ``match``) stays allowed."""
        entries = [
            {"term": "hospital", "match": "word", "words": ["ہسپتال"]},
            {"term": "hospital", "match": "start", "words": ["اسپتال"]},
            {"term": "turn", "match": "word", "words": ["ادھر"]},
            {"term": "hospital", "match": "word", "words": ["شفاخانہ"]},
        ]
        with pytest.raises(LexiconError) as info:
            Lexicon.from_dict({"name": "t", "kind": "word_classes", "version": "1", "entries": entries})
        [problem] = info.value.problems
        assert problem.startswith("entry 3 ('hospital'), key term: the class 'hospital' already has entry 0")

    def test_header_problems_join_entry_problems(self) -> None:
        """Unknown or malformed top-level keys are listed together with the entries' problems."""
        data = {
            "name": "t",
            "kind": "actors",
            "version": 2,
            "notes": "",
            "entries": [{"term": "x", "rol": "target"}],
        }
        with pytest.raises(LexiconError) as info:
            Lexicon.from_dict(data)
        assert 3 == len(info.value.problems)

    def test_missing_keys_are_listed(self) -> None:
        """A lexicon object without its required keys names each one."""
        with pytest.raises(LexiconError, match="required key 'kind' missing") as info:
            Lexicon.from_dict({"name": "t", "entries": []})
        assert 2 == len(info.value.problems)

    def test_error_is_an_invalid_argument_error(self) -> None:
        """LexiconError is caught by ``except InvalidArgumentError`` and ``except ValueError``."""
        assert issubclass(LexiconError, InvalidArgumentError)
        assert issubclass(LexiconError, ValueError)

    def test_plugin_lexicon_is_validated(self) -> None:
        """A lexicon from a plugin goes through the same validation when it is loaded; one that
        fails it is skipped with a warning naming every problem, and the others are kept."""
        lexicon_registry.register(
            "test-bad-plugin", lambda: Lexicon("test-bad-plugin", "weapons", "1", [{"term": "x", "sub": 1}])
        )
        try:
            with pytest.warns(PluginWarning, match="unknown key 'sub'"):
                found = lexicons_for("weapons")
        finally:
            lexicon_registry.unregister("test-bad-plugin")
        assert "test-bad-plugin" not in [lex.name for lex in found]

    def test_unknown_kind_stays_free_form(self) -> None:
        """A lexicon of a kind without a schema keeps any keys and has no typed entries."""
        lexicon = Lexicon("strikes", "strike_words", "1", [{"term": "ہڑتال", "anything": 1}])
        assert (None, 1) == (lexicon.typed_entries, lexicon.entries[0]["anything"])


def _entry_kwargs(cls: type[Any]) -> dict[str, Any]:
    """Strategies for the term-valued fields of ``cls`` (hypothesis builds the others from the types)."""
    term = st.text(min_size=1, max_size=8).filter(str.strip)
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if hints[field.name] is Term:
            kwargs[field.name] = term
        elif hints[field.name] == tuple[Term, ...]:
            kwargs[field.name] = st.lists(term, max_size=3).map(tuple)
    return kwargs


ENTRIES = st.sampled_from(sorted(ENTRY_TYPES.items())).flatmap(
    lambda item: st.tuples(st.just(item[0]), st.builds(item[1], **_entry_kwargs(item[1])))
)
CONVERTER = make_converter()


class TestProperties:
    @given(ENTRIES)
    def test_any_valid_entry_loads_back_as_itself(self, kind_entry: tuple[str, Any]) -> None:
        """Every entry of every kind, written as JSON, loads back into an equal typed entry."""
        kind, entry = kind_entry
        lexicon = Lexicon("t", kind, "1", [CONVERTER.unstructure(entry)])
        assert (entry,) == lexicon.typed_entries

    @given(ENTRIES, st.text(min_size=1, max_size=10))
    def test_any_unknown_key_is_rejected(self, kind_entry: tuple[str, Any], key: str) -> None:
        """Adding a key the kind does not have makes the entry invalid."""
        kind, entry = kind_entry
        raw = CONVERTER.unstructure(entry)
        assume(key not in raw and key not in attrs.fields_dict(type(entry)))
        with pytest.raises(LexiconError, match="unknown key"):
            Lexicon("t", kind, "1", [{**raw, key: 1}])


def _writer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "write_lexicon_schemas", ROOT / "scripts" / "write_lexicon_schemas.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestJsonSchema:
    def test_committed_schemas_are_up_to_date(self) -> None:
        """The files in lexicons/schema/ are exactly what the entry classes generate."""
        writer = _writer()
        assert sorted(f"{k}.schema.json" for k in schema_kinds()) == sorted(
            p.name for p in SCHEMA_DIR.iterdir()
        )
        for kind in schema_kinds():
            committed = (SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")
            assert writer.render(kind) == committed, f"run python scripts/write_lexicon_schemas.py ({kind})"

    @pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.json")), ids=lambda p: p.name)
    def test_builtin_files_match_their_schema(self, path: Path) -> None:
        """Every shipped lexicon file is valid under the JSON Schema of its kind."""
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(json_schema(data["kind"])).validate(data)

    def test_schema_agrees_with_the_loader(self) -> None:
        """The JSON Schema rejects what the loader rejects: an unknown key and a bad value."""
        validator = jsonschema.Draft202012Validator(json_schema("event_triggers"))
        good = TriggerEntry(term=Term("یلغار"), sub_event_type=SubEventType.ATTACK)
        raw = CONVERTER.unstructure(good)
        lexicon = {"name": "t", "kind": "event_triggers", "version": "1", "entries": [raw]}
        assert validator.is_valid(lexicon)
        for bad in ({**raw, "stronk": "weak"}, {**raw, "strength": "mild"}):
            assert not validator.is_valid({**lexicon, "entries": [bad]})

    def test_kind_without_schema(self) -> None:
        """Asking for the schema of a free-form kind names the kinds that have one."""
        with pytest.raises(InvalidArgumentError, match="kinds with a schema: actors"):
            json_schema("strike_words")


class TestLinguistsPage:
    def test_every_key_of_every_kind_is_documented(self) -> None:
        """docs/linguists.md names every kind and every key of its entries."""
        page = (ROOT / "docs" / "linguists.md").read_text(encoding="utf-8")
        table = page[page.index("### The keys of each kind") : page.index("### When an entry is wrong")]
        rows = [line for line in table.splitlines() if line.startswith("|")]
        documented: dict[str, set[str]] = {}
        kind = ""
        for row in rows[2:]:
            cells = [c.strip() for c in row.strip("|").split("|")]
            kind = cells[0].split("`")[1] if cells[0] else kind
            documented.setdefault(kind, set()).add(cells[1].strip("`"))
        expected = {k: {f.name for f in attrs.fields(c)} - {"term"} for k, c in ENTRY_TYPES.items()}
        assert expected == documented

    def test_every_word_class_is_documented_and_listed(self) -> None:
        """Every word class is named in docs/linguists.md and has words in word_classes.json."""
        page = (ROOT / "docs" / "linguists.md").read_text(encoding="utf-8")
        section = page[page.index("In `word_classes` the `term`") : page.index("### When an entry is wrong")]
        classes = set(typing.get_args(WordClassName))
        assert {name for name in classes if f"`{name}`" not in section} == set()
        data = ROOT / "src" / "urdu_events" / "lexicons" / "data" / "word_classes.json"
        listed = {entry["term"] for entry in json.loads(data.read_text(encoding="utf-8"))["entries"]}
        assert classes == listed
