"""Extraction on Dask: the same results as extract_many, on a two-process LocalCluster."""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import urdu_events
from urdu_events import Document, ExtractorNotFoundError, InvalidArgumentError, OptionalDependencyError
from urdu_events.batch import RecordError, _cached_pipeline, extract_many
from urdu_events.serialize import document_to_dict
from urdu_events.serialize.json import loads

pytest.importorskip("dask", reason="the dask extra is not installed: pip install -e '.[dask]'")
pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")
pd = pytest.importorskip("pandas", reason="the dask extra is not installed: pip install -e '.[dask]'")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from urdu_events.dask import extract_bag, extract_frame  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# Sentences written for this test: an explosion, a shooting, a protest and a weather report.
TEMPLATES = (
    "{place} کے نواحی علاقے میں {day} کو سڑک کنارے نصب بم پھٹنے سے {count} سپاہی شہید ہو گئے۔"
    " حکام کے مطابق حملہ آوروں کی تلاش جاری ہے۔",
    "{place}: نامعلوم مسلح افراد نے ایک چوکی پر فائرنگ کی جس میں {count} اہلکار زخمی ہوئے۔"
    " ترجمان نے کہا کہ علاقے کا محاصرہ کر لیا گیا ہے۔",
    "{place} میں مظاہرین نے {day} کو مہنگائی کے خلاف پرامن ریلی نکالی۔"
    " منتظمین نے بتایا کہ احتجاج جاری رہے گا۔",
    "{place} میں {day} کو موسم خشک رہا اور شام کو ہلکی بارش ہوئی۔",
)
PLACES = ("کوئٹہ", "بنوں", "مردان", "سوات", "لاڑکانہ", "گوجرانوالہ", "ژوب", "پشاور")
DAYS = ("پیر", "منگل", "بدھ", "جمعرات")
COUNTS = ("دو", "تین", "چار", "5", "۷")


def _generated(n: int) -> list[dict[str, Any]]:
    records = []
    for i in range(n):
        text = TEMPLATES[i % len(TEMPLATES)].format(
            place=PLACES[i % len(PLACES)], day=DAYS[i % len(DAYS)], count=COUNTS[i % len(COUNTS)]
        )
        records.append({"id": f"gen-{i}", "text": text, "published": f"2024-06-{1 + i % 28:02d}"})
    return records


def _articles() -> list[dict[str, Any]]:
    lines = (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


#: Four example articles and 36 generated ones, all with IDs.
RECORDS = _articles() + _generated(36)
EXTRACTORS = ["incidents", "claims"]


@pytest.fixture(scope="module")
def expected() -> list[Document | RecordError]:
    results = list(extract_many(RECORDS, extractors=EXTRACTORS))
    assert all(isinstance(r, Document) for r in results)
    return results


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two worker processes, one thread each, no dashboard; every port chosen by the OS (xdist-safe).

    The scheduler serves its health and metrics routes even without a dashboard, on port 8787
    when ``dashboard_address`` is ``None``; ``":0"`` keeps two clusters (xdist workers) apart.
    """
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",
            scheduler_kwargs={"dashboard": False},
            scheduler_port=0,
            host="127.0.0.1",
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


class TestOnACluster:
    """One test, so that pytest-xdist starts one cluster, not one per xdist worker running a test."""

    def test_bag_and_frame_give_what_extract_many_gives(
        self, client: Client, expected: list[Document | RecordError]
    ) -> None:
        """Two worker processes give extract_many's documents, in order, building one pipeline each."""
        client.run(_cached_pipeline.cache_clear)
        bag = db.from_sequence(RECORDS, npartitions=5)
        frame = pd.DataFrame(RECORDS, index=pd.RangeIndex(100, 100 + len(RECORDS)))
        ddf = dd.from_pandas(frame, npartitions=4)
        lazy = extract_frame(ddf, extractors=EXTRACTORS)
        assert (5, 4) == (bag.npartitions, ddf.npartitions)
        assert ["doc_id", "document", "incidents", "claims", "failures", "error"] == list(lazy.columns)

        # Separately: Dask warns that computing bags (graphs) with DataFrames (expressions) is slower.
        from_bag = extract_bag(bag, extractors=EXTRACTORS).compute(scheduler=client)
        from_frame = lazy.compute(scheduler=client)
        lookups = client.run(_cached_pipeline.cache_info)

        # The bag: the same documents, in the same order; real extraction, not empty documents.
        assert expected == from_bag
        assert 20 <= sum(len(d.incidents) for d in from_bag)
        assert 20 <= sum(len(d.claims) for d in from_bag)
        # The DataFrame: one row per input row, on its index, with the same documents.
        assert list(frame.index) == list(from_frame.index)
        assert [d.id for d in expected] == list(from_frame["doc_id"])
        assert expected == [loads(text) for text in from_frame["document"]]
        assert [len(d.incidents) for d in expected] == list(from_frame["incidents"])
        assert [len(d.claims) for d in expected] == list(from_frame["claims"])
        assert [0] * len(RECORDS) == list(from_frame["failures"])
        assert from_frame["error"].isna().all()
        # The pipeline: one lookup per partition (5 + 4), at most one build per worker process.
        assert 2 == len(lookups)
        assert 9 == sum(i.hits + i.misses for i in lookups.values())
        assert all(i.misses <= 1 for i in lookups.values()), lookups
        # The result lines up with the input rows.
        joined = ddf.join(lazy).compute(scheduler=client)
        assert list(frame["id"]) == list(joined["doc_id"])


class TestBags:
    """What a partition does with each record (Dask's synchronous scheduler: same code, no cluster)."""

    def test_plain_texts_named_by_partition_and_position(
        self, expected: list[Document | RecordError]
    ) -> None:
        """Texts without IDs are named "{partition}-{position}"; otherwise they are extract_many's."""
        texts = [r["text"] for r in RECORDS[:10]]
        bag = db.from_sequence(texts, npartitions=3)
        sizes = [len(part) for part in dask.compute(*bag.to_delayed(), scheduler="sync")]
        results = extract_bag(bag, extractors=EXTRACTORS).compute(scheduler="sync")
        names = [f"{p}-{i}" for p, size in enumerate(sizes) for i in range(size)]
        assert 3 == len(sizes)
        assert names == [d.id for d in results]
        by_text = list(extract_many(texts, extractors=EXTRACTORS))
        assert by_text == [attrs.evolve(d, id=ref.id) for d, ref in zip(results, by_text, strict=True)]

    def test_bad_records_are_reported_in_place(self) -> None:
        """A record that cannot be processed becomes a RecordError naming its partition; the others go on."""
        passed = RecordError(7, "read-error", "unreadable", "feed.jsonl:8")
        records: list[Any] = [
            RECORDS[0],
            {"id": "no-text", "published": "2024-06-01"},
            RECORDS[1],
            {"id": "bad-date", "text": RECORDS[2]["text"], "published": "پرسوں"},
            42,
            passed,
        ]
        results = extract_bag(db.from_sequence(records, npartitions=2)).compute(scheduler="sync")
        assert [Document, RecordError, Document, RecordError, RecordError, RecordError] == [
            type(r) for r in results
        ]
        assert (
            urdu_events.extract(
                RECORDS[1]["text"], published=RECORDS[1]["published"], doc_id=RECORDS[1]["id"]
            )
            == results[2]
        )
        no_text, bad_date, number = results[1], results[3], results[4]
        assert ("no-text", 1, "partition 0") == (no_text.id, no_text.index, no_text.source)
        assert "'text'" in no_text.message
        assert ("bad-date", 0, "partition 1") == (bad_date.id, bad_date.index, bad_date.source)
        assert "published" in bad_date.message
        assert (None, 1, "partition 1") == (number.id, number.index, number.source)
        assert "not int" in number.message
        assert passed == results[5]  # passed through, its source kept

    def test_as_dict_gives_document_json_and_error_records(self) -> None:
        """as_dict=True gives Document JSON objects and RecordError.as_dict() records."""
        records: list[Any] = [RECORDS[0], {"id": "no-text"}]
        results = extract_bag(db.from_sequence(records, npartitions=1), as_dict=True).compute(
            scheduler="sync"
        )
        assert document_to_dict(next(extract_many(records[:1]))) == results[0]
        assert {
            "error": "the record has no 'text' string",
            "index": 1,
            "id": "no-text",
            "source": "partition 0",
        } == results[1]
        json.dumps(results)  # plain JSON all the way down

    def test_options_checked_before_computing(self) -> None:
        """A bag that is not a bag, an unknown extractor or a bad column fails at once, not on the workers."""
        bag = db.from_sequence(["متن"], npartitions=1)
        with pytest.raises(InvalidArgumentError, match=re.escape("dask.bag.Bag")):
            extract_bag(["متن"])  # type: ignore[arg-type]
        with pytest.raises(ExtractorNotFoundError):
            extract_bag(bag, extractors=["no-such-extractor"])
        with pytest.raises(InvalidArgumentError, match="Pipeline"):
            extract_bag(bag, pipeline=object())  # type: ignore[arg-type]
        ddf = dd.from_pandas(pd.DataFrame({"body": ["متن"]}), npartitions=1)
        with pytest.raises(InvalidArgumentError, match=re.escape("no column 'text'")):
            extract_frame(ddf)
        assert ["0"] == list(extract_frame(ddf, text_column="body")["doc_id"].compute(scheduler="sync"))

    def test_a_pipeline_object_is_used(self) -> None:
        """pipeline= replaces the default: a pipeline without extractors finds nothing."""
        results = extract_bag(db.from_sequence(RECORDS[:2], npartitions=1), pipeline=urdu_events.Pipeline([]))
        assert [(0, 0), (0, 0)] == [
            (len(d.incidents), len(d.claims)) for d in results.compute(scheduler="sync")
        ]


class TestMissingExtra:
    def test_import_names_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without Dask, importing urdu_events.dask raises an ImportError naming the dask extra."""
        for name in [m for m in sys.modules if m == "dask" or m.startswith("dask.")]:
            monkeypatch.setitem(sys.modules, name, None)
        monkeypatch.delitem(sys.modules, "urdu_events.dask")
        with pytest.raises(
            OptionalDependencyError, match=re.escape("pip install 'urdu-events[dask]'")
        ) as info:
            importlib.import_module("urdu_events.dask")
        assert isinstance(info.value, ImportError)


class TestSparkRecipe:
    def test_recipe_in_the_docs_yields_the_documents(self, expected: list[Document | RecordError]) -> None:
        """The mapInPandas function of docs/scale.md, fed batches as Spark feeds them, gives the documents."""
        page = (REPO / "docs" / "scale.md").read_text(encoding="utf-8")
        blocks = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)
        recipe = next(b for b in blocks if "def extract_batches" in b)
        namespace: dict[str, Any] = {}
        exec(compile(recipe, "docs/scale.md", "exec"), namespace)
        frame = pd.DataFrame(RECORDS)
        batches = [frame.iloc[:15].reset_index(drop=True), frame.iloc[15:].reset_index(drop=True)]
        out = list(namespace["extract_batches"](iter(batches)))
        assert [15, len(RECORDS) - 15] == [len(o) for o in out]
        spark_types = {"string": "object", "long": "Int64"}
        schema = [column.split() for column in namespace["SCHEMA"].split(",")]
        for result in out:
            assert [(name, spark_types[kind]) for name, kind in schema] == [
                (str(name), str(dtype)) for name, dtype in result.dtypes.items()
            ]
        results = pd.concat(out)
        assert [d.id for d in expected] == list(results["doc_id"])
        assert expected == [loads(text) for text in results["document"]]
