"""Coverage-guided fuzzing of the whole pipeline with atheris (not part of CI).

Usage::

    pip install -e '.[fuzz]'
    mkdir -p fuzz/corpus  # new inputs go here (not committed); fuzz/seeds holds the seeds
    python fuzz/fuzz_pipeline.py -max_total_time=3600 -max_len=20000 fuzz/corpus fuzz/seeds

Each input is decoded as UTF-8 (lone surrogates and invalid bytes kept the way a
scraper reading with ``errors="surrogateescape"`` would), extracted with and
without a publication date, and checked: no exception, no extractor failure,
every span points into the text, the JSON validates against the schema and loads
back equal. A failure aborts with the crashing input saved by libFuzzer.
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris

with atheris.instrument_imports():
    # Import everything the pipeline runs here, so that coverage instruments it
    # (the package itself imports its extractors lazily).
    from _checks import check_document

    import urdu_events
    import urdu_events.extractors.claims
    import urdu_events.extractors.incidents
    import urdu_events.gazetteer
    import urdu_events.text

import jsonschema

from urdu_events.serialize.schema import json_schema

PIPELINE = urdu_events.Pipeline(strict=True)
VALIDATOR = jsonschema.Draft202012Validator(json_schema())
PUBLISHED = dt.date(2024, 3, 8)


def check(data: bytes) -> None:
    text = data.decode("utf-8", errors="surrogateescape")
    for published in (None, PUBLISHED):
        check_document(PIPELINE.extract(text, published=published, doc_id="fuzz"), VALIDATOR)


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
