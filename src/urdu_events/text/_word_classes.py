"""Word classes of the built-in ``word_classes`` lexicon, for the text layer.

The date reader (:mod:`._dates`) builds its patterns from word classes ("past_determiner",
"year_word", "ago_unit") of ``urdu_events/lexicons/data/word_classes.json``, the lexicon the
incident and claim readers read through :mod:`urdu_events.extractors._grammar`, so that a
linguist adds a spelling there without touching Python. The extractors import the text
layer, and the lexicons package (which types every entry with cattrs) would add tens of
milliseconds to its import; the text layer reads the file itself, with :mod:`json` alone
(about a millisecond), once. The file is checked against its schema where the extractors load
it and by the tests, which also check that each class the text layer reads gives here what
``_grammar`` gives for it. Plugin lexicons are not read, as ``_grammar`` reads none.

A class the text layer reads holds whole words and phrases only: an entry of another
``match``, with a ``paradigm`` or an ``unless`` list is an error here.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from .._files import package_files
from ..exceptions import InvalidArgumentError

__all__ = ["class_words", "starting_words", "word_alternation"]

#: The built-in lexicon the classes are read from, inside the ``urdu_events`` package.
LEXICON_PATH = ("lexicons", "data", "word_classes.json")


@functools.cache
def _entries() -> tuple[dict[str, Any], ...]:
    """The entries of the built-in ``word_classes`` lexicon, as the JSON file has them."""
    path = package_files("urdu_events")
    for part in LEXICON_PATH:
        path = path.joinpath(part)
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    return tuple(entries)


def word_alternation(name: str) -> str:
    """The words and phrases of class ``name`` as one bare alternation, as written and in
    lexicon order, for a pattern that puts its own boundaries around them, as
    ``_grammar.word_alternation`` gives them. Where a phrase starts with another word of the
    class and the pattern lets both match, the one listed first wins: the lexicon lists the
    longer first ("کی گئی" before "کی").

    Raises:
        InvalidArgumentError: If the lexicon has no class ``name`` or it is not plain words.
    """
    return "|".join(map(re.escape, class_words(name)))


@functools.cache
def class_words(name: str) -> tuple[str, ...]:
    """The words and phrases of class ``name``, as written (as the normalized text has them),
    in lexicon order, each once: the words a matched word is compared with.

    Raises:
        InvalidArgumentError: If the lexicon has no class ``name`` or one of its entries does
            not list plain whole words.
    """
    words: dict[str, None] = {}
    found = False
    for entry in _entries():
        if entry.get("term") != name:
            continue
        found = True
        if entry.get("match", "word") != "word" or entry.get("paradigm") or entry.get("unless"):
            raise InvalidArgumentError(
                f"word class {name!r}: the text layer reads whole words only (no other match, "
                "paradigm or unless list)"
            )
        words.update(dict.fromkeys(entry["words"]))
    if not found:
        raise InvalidArgumentError(f"no word class {name!r} in the word_classes lexicon")
    return tuple(words)


def starting_words(*names: str) -> tuple[str, ...]:
    """The first word of each word and phrase of the classes ``names``, as written, in lexicon
    order, each once: the trigger words where a pattern made of them may start.

    Raises:
        InvalidArgumentError: If the lexicon has no such class or one is not plain words.
    """
    return tuple(dict.fromkeys(phrase.split(" ", 1)[0] for name in names for phrase in class_words(name)))
