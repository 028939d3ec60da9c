#!/usr/bin/env python3
"""Hard-wrap the texts of a JSONL file, as text copied from old pages and PDFs is.

Every line of each record's ``text`` is wrapped greedily at ``--width``
characters; where the next word does not fit, it is sometimes (``--break-words``,
a share of the line ends) cut so that its first part fills the line, as a PDF
copy does ("تر⏎جمان"). Paragraphs stay separated by the line breaks they had.
Every other field is copied unchanged, so ``score.py`` reads the result as a
gold file::

    python benchmarks/rewrap.py ../shared/eval/dev.jsonl /tmp/dev-wrapped.jsonl
    python ../shared/eval/score.py --run /tmp/dev-wrapped.jsonl

The output is deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

#: A word is cut only if both of its pieces keep at least this many characters.
MIN_PIECE = 2


def wrap_line(
    line: str, width: int, break_words: float, rng: random.Random, jitter: float = 0.0
) -> list[str]:
    """Wrap one paragraph greedily at ``width`` characters, cutting some words that do not fit.

    Args:
        line: One line of the input, without its line break.
        width: The longest line to write (a longer single word stays whole).
        break_words: The share of line ends at which the overflowing word is cut.
        rng: The source of the cut decisions.
        jitter: Each line's width varies by up to this share of ``width``, as the
            character count of a line set in a proportional font does.

    Returns:
        The wrapped lines.
    """
    out: list[str] = []
    current = ""
    words = line.split()
    i = 0
    limit = width
    while i < len(words):
        word = words[i]
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= limit or not current:
            current = candidate
            i += 1
            continue
        room = limit - len(current) - 1
        cuttable = room >= MIN_PIECE and len(word) - room >= MIN_PIECE and word.isalpha()
        if cuttable and rng.random() < break_words:
            out.append(f"{current} {word[:room]}")
            words[i] = word[room:]
        else:
            out.append(current)
        current = ""
        limit = round(width * (1 + rng.uniform(-jitter, jitter)))
    if current:
        out.append(current)
    return out


def rewrap(
    text: str, width: int, break_words: float, rng: random.Random, jitter: float = 0.0, blank: bool = False
) -> str:
    """Wrap every line of ``text`` (see :func:`wrap_line`); blank lines stay blank.

    With ``blank``, paragraphs are separated by a blank line instead of one line break.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        if blank and lines and line.strip():
            lines.append("")
        lines.extend(wrap_line(line, width, break_words, rng, jitter) or [""])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("input", type=Path, help="a JSONL file whose records have a 'text'")
    parser.add_argument("output", type=Path, help="where to write the rewrapped JSONL")
    parser.add_argument("--width", type=int, default=60, help="line width in characters (default 60)")
    parser.add_argument(
        "--break-words", type=float, default=0.15, help="share of line ends that cut a word (default 0.15)"
    )
    parser.add_argument(
        "--jitter", type=float, default=0.0, help="share by which line widths vary (default 0)"
    )
    parser.add_argument("--blank-lines", action="store_true", help="separate paragraphs by a blank line")
    parser.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    args = parser.parse_args(argv)
    if args.width < 10 or not 0 <= args.break_words <= 1 or not 0 <= args.jitter < 1:
        parser.error("--width must be at least 10, --break-words between 0 and 1, --jitter in [0, 1)")
    rng = random.Random(args.seed)
    with args.input.open(encoding="utf-8") as src, args.output.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            record = json.loads(line)
            record["text"] = rewrap(
                record["text"], args.width, args.break_words, rng, args.jitter, args.blank_lines
            )
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
