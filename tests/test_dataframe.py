"""pandas tables and Parquet files: one row per record, lossless round trips, a clear missing-extra error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urdu_events
from urdu_events import Document, InvalidArgumentError, OptionalDependencyError, UrduEventsError
from urdu_events.serialize.json import loads
from urdu_events.testing import strategies as ues

pd = pytest.importorskip(
    "pandas", reason="the dataframe extra is not installed: pip install -e '.[dataframe]'"
)

from urdu_events.dataframe import (  # noqa: E402
    EXTRACTED_COLUMNS,
    TABLES,
    Tables,
    extract_partition,
    from_pandas,
    read_parquet,
    to_pandas,
    to_parquet,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def examples() -> list[Document]:
    lines = (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    return [urdu_events.extract(r["text"], published=r["published"], doc_id=r["id"]) for r in records]


class TestToPandas:
    def test_one_row_per_record(self, examples: list[Document]) -> None:
        """Each table has one row per document, incident, claim and actor mention."""
        tables = to_pandas(examples)
        mentions = sum(
            len(i.actors) + len(i.responsibility.claimants) for d in examples for i in d.incidents
        ) + sum(c.speaker is not None for d in examples for c in d.claims)
        assert len(examples) == len(tables.documents)
        assert sum(len(d.incidents) for d in examples) == len(tables.incidents)
        assert sum(len(d.claims) for d in examples) == len(tables.claims)
        assert mentions == len(tables.actors)

    def test_rows_carry_document_ids(self, examples: list[Document]) -> None:
        """Every row names its document."""
        tables = to_pandas(examples)
        ids = {d.id for d in examples}
        for frame in tables:
            assert set(frame["doc_id"]) <= ids

    def test_flat_columns_for_analysis(self, examples: list[Document]) -> None:
        """Incidents have flat, typed columns: the first place's coordinates, nullable integers."""
        incidents = to_pandas(examples).incidents
        first = examples[0].incidents[0]
        row = incidents.iloc[0]
        assert (first.locations[0].latitude, first.sub_event_type.value) == (
            row["latitude"],
            row["sub_event_type"],
        )
        assert "Int64" == str(incidents["killed_min"].dtype)
        assert "float64" == str(incidents["latitude"].dtype)

    def test_empty_input_keeps_columns(self) -> None:
        """No documents give empty tables that still have their columns."""
        tables = to_pandas([])
        assert [0, 0, 0, 0] == [len(f) for f in tables]
        assert "sub_event_type" in tables.incidents.columns
        assert "role" in tables.actors.columns

    def test_single_document(self, examples: list[Document]) -> None:
        """A single document is accepted as well as an iterable."""
        assert 1 == len(to_pandas(examples[0]).documents)


class TestRoundTrip:
    def test_examples(self, examples: list[Document]) -> None:
        """from_pandas(to_pandas(docs)) gives the documents back."""
        assert examples == from_pandas(to_pandas(examples))

    @settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(ues.documents(), max_size=2, unique_by=lambda d: d.id))
    def test_any_documents(self, docs: list[Document]) -> None:
        """The round trip is lossless for any valid documents."""
        assert docs == from_pandas(to_pandas(docs))

    def test_tables_one_by_one(self, examples: list[Document]) -> None:
        """Tables can be passed one by one; a missing table means none of that kind."""
        tables = to_pandas(examples)
        docs = from_pandas(tables.documents, tables.incidents)
        assert [len(d.incidents) for d in examples] == [len(d.incidents) for d in docs]
        assert [0] * len(examples) == [len(d.claims) for d in docs]

    def test_needs_the_text(self, examples: list[Document]) -> None:
        """Without the documents table nothing can be rebuilt: spans need the text."""
        tables = to_pandas(examples)
        empty = tables.documents.iloc[0:0]
        assert [] == from_pandas(empty, tables.incidents, tables.claims, tables.actors)

    def test_repeated_ids_are_refused(self, examples: list[Document]) -> None:
        """Rows are matched to documents by doc_id, so a repeated id is an error, not a mix-up."""
        twins = [examples[0], attrs.evolve(examples[1], id=examples[0].id)]
        with pytest.raises(InvalidArgumentError, match="unique"):
            from_pandas(to_pandas(twins))

    def test_parquet(self, examples: list[Document], tmp_path: Path) -> None:
        """The Parquet files read back into the same documents."""
        pytest.importorskip("pyarrow", reason="the dataframe extra is not installed")
        paths = to_parquet(examples, tmp_path / "out")
        assert list(TABLES) == list(paths)
        assert all(p.exists() for p in paths.values())
        assert examples == from_pandas(read_parquet(tmp_path / "out"))

    @settings(
        max_examples=5, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
    )
    @given(st.lists(ues.documents(), max_size=2, unique_by=lambda d: d.id))
    def test_parquet_any_documents(self, tmp_path: Path, docs: list[Document]) -> None:
        """Parquet round trips are lossless for any valid documents."""
        pytest.importorskip("pyarrow", reason="the dataframe extra is not installed")
        assert docs == from_pandas(read_parquet(to_parquet(docs, tmp_path)["documents"].parent))

    def test_tables_iterate_in_order(self, examples: list[Document]) -> None:
        """Tables unpack in the order of TABLES."""
        tables = to_pandas(examples)
        assert isinstance(tables, Tables)
        assert [tables.documents, tables.incidents, tables.claims, tables.actors] == list(tables)


class TestExtractPartition:
    def test_rows_are_records(self, examples: list[Document]) -> None:
        """Each row is extracted like a record; the result has the input's index and the documents as JSON."""
        lines = (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        frame = pd.DataFrame([json.loads(line) for line in lines], index=[7, 3, 9, 1])
        result = extract_partition(frame)
        assert list(EXTRACTED_COLUMNS) == list(result.columns)
        assert {k: str(v) for k, v in EXTRACTED_COLUMNS.items()} == {
            k: str(v) for k, v in result.dtypes.items()
        }
        assert [7, 3, 9, 1] == list(result.index)
        assert examples == [loads(text) for text in result["document"]]
        assert [len(d.incidents) for d in examples] == list(result["incidents"])
        assert [len(d.claims) for d in examples] == list(result["claims"])
        assert [None] * 4 == list(result["error"])

    def test_missing_values_and_bad_rows(self) -> None:
        """Missing IDs fall back to the index label, NaT means no date, a bad row is an error row."""
        text = "کل رات شہر میں فائرنگ ہوئی۔"
        frame = pd.DataFrame(
            {
                "id": ["a", None, "c", "d"],
                "text": [text, text, None, text],
                "published": [pd.Timestamp("2024-06-05 13:00"), pd.NaT, pd.NaT, "not a date"],
            },
            index=["r0", "r1", "r2", "r3"],
        )
        result = extract_partition(frame)
        assert ["a", "r1", "c", "d"] == list(result["doc_id"])
        first = loads(result["document"]["r0"])
        assert urdu_events.extract(text, published="2024-06-05", doc_id="a") == first
        assert loads(result["document"]["r1"]).published is None
        assert [None, None] == list(result["document"][["r2", "r3"]])
        assert result[["incidents", "claims", "failures"]].loc[["r2", "r3"]].isna().all().all()
        assert "'text'" in result["error"]["r2"]
        assert "published" in result["error"]["r3"]

    def test_columns(self) -> None:
        """Other column names can be given; None ignores a column; the text column is required."""
        frame = pd.DataFrame({"id": ["x"], "body": ["متن"], "day": ["2024-06-05"]})
        result = extract_partition(frame, text_column="body", id_column=None, published_column="day")
        assert ["0"] == list(result["doc_id"])
        assert "2024-06-05" == json.loads(result["document"][0])["published"]
        with pytest.raises(InvalidArgumentError, match="no column 'text'"):
            extract_partition(frame)
        assert [] == list(extract_partition(frame.iloc[:0], text_column="body").index)


class TestMissingExtra:
    def test_clear_error(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas, an ImportError subclass names the dataframe extra."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(OptionalDependencyError, match=r"pip install 'urdu-events\[dataframe\]'") as info:
            to_pandas([])
        assert isinstance(info.value, ImportError)
        assert isinstance(info.value, UrduEventsError)

    def test_parquet_needs_pyarrow(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """Without pyarrow, Parquet export names the dataframe extra too."""
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        with pytest.raises(OptionalDependencyError, match="pyarrow"):
            to_parquet([], tmp_path)
