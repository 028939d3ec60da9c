"""The pandas tables' dtypes: dates as datetime64, nullable integers, categories, numbers from 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import urdu_events
from urdu_events import Document, EventType, SubEventType

pd = pytest.importorskip(
    "pandas", reason="the dataframe extra is not installed: pip install -e '.[dataframe]'"
)

from urdu_events.dataframe import from_pandas, read_parquet, to_pandas, to_parquet  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def examples() -> list[Document]:
    lines = (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    return [urdu_events.extract(r["text"], published=r["published"], doc_id=r["id"]) for r in records]


class TestDates:
    def test_date_columns_are_datetime64(self, examples: list[Document]) -> None:
        """published, date_start and date_end are datetime64 columns, so .dt works."""
        tables = to_pandas(examples)
        assert "datetime64[s]" == str(tables.documents["published"].dtype)
        assert ["datetime64[s]"] * 2 == [str(tables.incidents[c].dtype) for c in ("date_start", "date_end")]
        first = examples[0].incidents[0].date.start
        assert first is not None
        assert first.month == tables.incidents["date_start"].dt.month.iloc[0]

    def test_missing_date_is_nat(self) -> None:
        """An incident without a date has NaT, and the document round-trips."""
        doc = urdu_events.Pipeline().extract("پشاور میں فائرنگ سے دو افراد جاں بحق ہو گئے۔", doc_id="x")
        tables = to_pandas(doc)
        assert bool(tables.documents["published"].isna().all())
        assert [doc] == from_pandas(tables)


class TestCategories:
    def test_acled_labels_are_categories_of_every_value(self, examples: list[Document]) -> None:
        """event_type and sub_event_type are categories listing every ACLED type, found or not."""
        incidents = to_pandas(examples).incidents
        assert [t.value for t in EventType] == list(incidents["event_type"].cat.categories)
        assert [t.value for t in SubEventType] == list(incidents["sub_event_type"].cat.categories)
        assert len(EventType) == len(incidents["event_type"].value_counts())

    def test_other_vocabularies(self, examples: list[Document]) -> None:
        """Claim kinds, actor roles and types are categories too."""
        tables = to_pandas(examples)
        dtypes = [
            str(tables.claims["kind"].dtype),
            str(tables.actors["role"].dtype),
            str(tables.actors["type"].dtype),
        ]
        assert ["category"] * 3 == dtypes
        assert ["perpetrator", "target", "claimant", "speaker"] == list(tables.actors["role"].cat.categories)

    def test_parquet_round_trip(self, examples: list[Document], tmp_path: Path) -> None:
        """Categories and dates survive Parquet, and the documents are rebuilt."""
        pytest.importorskip("pyarrow")
        to_parquet(examples, tmp_path)
        tables = read_parquet(tmp_path)
        assert "category" == str(tables.incidents["sub_event_type"].dtype)
        assert "datetime64" in str(tables.incidents["date_start"].dtype)
        assert examples == from_pandas(tables)


class TestNumbering:
    def test_incidents_and_claims_count_from_one(self, examples: list[Document]) -> None:
        """The first incident and claim of a document are number 1, like the CSV's event ids."""
        tables = to_pandas(examples)
        doc = examples[0]
        incidents = tables.incidents[tables.incidents["doc_id"] == doc.id]
        assert list(range(1, len(doc.incidents) + 1)) == list(incidents["incident"])
        claims = tables.claims[tables.claims["doc_id"] == doc.id]
        assert list(range(1, len(doc.claims) + 1)) == list(claims["claim"])

    def test_claims_name_incidents_by_number(self, examples: list[Document]) -> None:
        """A claim about doc.incidents[0] has incident == 1 in the table."""
        linked = [
            (d.id, n + 1, c.incident + 1)
            for d in examples
            for n, c in enumerate(d.claims)
            if c.incident is not None
        ]
        assert linked, "the examples have claims linked to incidents"
        claims = to_pandas(examples).claims.dropna(subset=["incident"])
        assert linked == list(zip(claims["doc_id"], claims["claim"], claims["incident"], strict=True))

    def test_actor_positions_count_from_one(self, examples: list[Document]) -> None:
        """An actor's position in its list and its incident number start at 1."""
        actors = to_pandas(examples).actors
        assert 1 == actors["position"].min()
        assert 1 == actors["incident"].min()

    def test_counts_are_nullable_integers(self, examples: list[Document]) -> None:
        """Casualty counts and numbers are Int64, with <NA> where unknown."""
        tables = to_pandas(examples)
        columns = ["incident", "killed_min", "killed_max", "injured_min", "injured_max"]
        assert ["Int64"] * 5 == [str(tables.incidents[c].dtype) for c in columns]
        assert "Int64" == str(tables.claims["incident"].dtype)
