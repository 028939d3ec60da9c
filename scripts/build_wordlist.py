#!/usr/bin/env python3
"""Regenerate the Urdu word list ``src/urdu_events/data/words-ur.txt.gz``.

The list is the ``TOP`` most frequent Urdu words of wordfreq's ``small`` Urdu
list (https://github.com/rspeer/wordfreq; code Apache-2.0, word data
CC BY-SA 4.0), folded with :func:`urdu_events.text.fold`, keeping only words
written in Urdu letters, each once, most frequent first. The text layer uses it
to heal words that hard-wrapped text breaks across a line (docs/text.md).

The first line is a ``#`` and a JSON header with the wordfreq version, the
count and the licence; then one word per line. The output is deterministic: the
same wordfreq gives the same decompressed bytes (the gzip header carries no
timestamp or file name). Needs the ``wordlist-build`` extra. Run from the
repository root::

    python scripts/build_wordlist.py            # writes the package data file
    python scripts/build_wordlist.py --out DIR  # writes DIR/words-ur.txt.gz instead
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "urdu_events" / "data" / "words-ur.txt.gz"
sys.path.insert(0, str(ROOT / "src"))

from urdu_events.text import fold  # noqa: E402

#: Version of the file's layout; the reader checks it.
FORMAT_VERSION = 1
#: How many words to keep, most frequent first (see docs/text.md for the measurement).
TOP = 20_000
#: A kept word is one run of Urdu letters (after folding): no digits, Latin or punctuation.
_URDU_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0679-\u06d3\u06d5]+")

LICENCE = (
    "Word frequencies from wordfreq (https://github.com/rspeer/wordfreq) by Robyn Speer, "
    "whose data are licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); "
    "this list, derived from them, is under the same licence."
)


def words(top: int) -> list[str]:
    """The ``top`` most frequent Urdu words of wordfreq, folded, each once, most frequent first.

    Args:
        top: How many words to keep.

    Returns:
        The words.
    """
    import wordfreq

    out: list[str] = []
    seen: set[str] = set()
    for word in wordfreq.top_n_list("ur", 10**7, wordlist="small"):
        key = fold(word)
        if key in seen or not _URDU_WORD.fullmatch(key):
            continue
        seen.add(key)
        out.append(key)
        if len(out) == top:
            break
    return out


def build(out: Path, top: int = TOP) -> dict[str, int]:
    """Write the word list to ``out``; return its word count and sizes."""
    kept = words(top)
    header = {
        "format": FORMAT_VERSION,
        "source": "wordfreq",
        "wordfreq": version("wordfreq"),
        "language": "ur",
        "wordlist": "small",
        "words": len(kept),
        "licence": LICENCE,
    }
    lines = ["#" + json.dumps(header, ensure_ascii=False, sort_keys=True), *kept]
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(payload)
    out.write_bytes(buffer.getvalue())
    return {"words": len(kept), "bytes": out.stat().st_size, "raw_bytes": len(payload)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="directory to write words-ur.txt.gz into")
    parser.add_argument("--top", type=int, default=TOP, help=f"how many words to keep (default {TOP:,})")
    args = parser.parse_args(argv)
    out = args.out / OUTPUT.name if args.out else OUTPUT
    stats = build(out, args.top)
    print(f"{out}: {stats['words']:,} words, {stats['bytes']:,} bytes ({stats['raw_bytes']:,} uncompressed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
