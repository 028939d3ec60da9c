"""Inventory of the Urdu written inline in the readers' code (issue 13, item 6).

For each module of ``src/urdu_events/extractors`` and ``src/urdu_events/text`` (or the files
given), count the string literals of the code (docstrings, comments and the rule statements of
``_rules.py`` aside) that hold Arabic script, and sort what they spell into

* function words: a single postposition, auxiliary, copula, pronoun or conjunction
  ("کے", "ہوا", "نے"), which a pattern's structure is made of;
* vocabulary words: any other single word ("فائرنگ", "تعلق");
* phrases: two or more words written together ("کا الزام", "ذمہ دار ٹھہرا");
* lists: an alternation of three or more Urdu forms with a vocabulary word or phrase among
  them, or a tuple, set or dict of three or more Urdu strings: the candidates for a word class.

It also counts the reads of word classes (``word_class``, ``word_alternation``, ``phrase_trie``,
``word_set``, ``word_list``, ``first_words``, ``leading_runs``; in the text layer
``class_words`` and ``starting_words`` too). Run it from the repository's root::

    python scripts/urdu_literals.py            # table per module
    python scripts/urdu_literals.py --lists    # and every list and phrase found, by line
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from pathlib import Path

#: Single words that make a pattern's grammar rather than its vocabulary.
FUNCTION_WORDS = frozenset(
    [
        "کا",
        "کی",
        "کے",
        "میں",
        "سے",
        "پر",
        "نے",
        "کو",
        "تک",
        "اور",
        "یا",
        "و",
        "ہے",
        "ہیں",
        "تھا",
        "تھی",
        "تھے",
        "ہو",
        "ہوا",
        "ہوئی",
        "ہوئے",
        "ہونے",
        "گیا",
        "گئی",
        "گئے",
        "گئیں",
        "کر",
        "کرکے",
        "کیا",
        "کیے",
        "کیں",
        "دیا",
        "دی",
        "دیے",
        "دیں",
        "دے",
        "لیا",
        "لی",
        "لیے",
        "لے",
        "ڈالا",
        "رہا",
        "رہی",
        "رہے",
        "گا",
        "گی",
        "گے",
        "جو",
        "جس",
        "جن",
        "جنہیں",
        "جنہوں",
        "اس",
        "ان",
        "اُس",
        "اُن",
        "انہوں",
        "اُنہوں",
        "وہ",
        "یہ",
        "بھی",
        "ہی",
        "نہ",
        "نہیں",
        "کہ",
        "والا",
        "والی",
        "والے",
        "والوں",
        "کرنے",
        "جا",
        "سکتا",
        "سکتی",
        "سکتے",
        "سکیں",
        "ہوگا",
        "ہوگی",
        "ہوں",
        "کوئی",
        "کسی",
        "ایک",
    ]
)

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_CHAR_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_SPACES = re.compile(r"\\s[?+*]?|\s\?|\[\\s\]")
_NOT_WORD = re.compile(r"[^\u0600-\u06FF\u0750-\u077F ]+")
_INNER_GROUP = re.compile(r"\((?:\?[:!=<]*)?([^()]*)\)")
_CLASS_READS = re.compile(
    r"\b(?:word_class|word_alternation|phrase_trie|word_set|word_list|first_words|leading_runs"
    r"|class_words|starting_words)\("
)


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and functions."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _rule_statements(tree: ast.AST) -> set[int]:
    """The ids of string nodes inside the ``RULES`` table (prose, not patterns)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "RULES" for t in targets) and node.value:
                found.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
    return found


def _runs(value: str) -> list[list[str]]:
    """The runs of Urdu words a literal spells, each as its words."""
    text = _SPACES.sub(" ", _CHAR_CLASS.sub("#", value))
    runs = []
    for piece in _NOT_WORD.split(text):
        words = [w for w in piece.split() if _ARABIC.search(w)]
        if words:
            runs.append(words)
    return runs


def _is_content(run: list[str]) -> bool:
    return len(run) > 1 or run[0] not in FUNCTION_WORDS


def _lists_in(value: str) -> list[list[str]]:
    """The alternations of three or more Urdu forms with a content word among them."""
    found = []
    text = _SPACES.sub(" ", _CHAR_CLASS.sub("#", value))
    while True:
        groups = list(_INNER_GROUP.finditer(text))
        top = text if not groups else None
        for g in groups:
            items = [i.strip() for i in g.group(1).split("|")]
            _keep_list(items, found)
        if top is not None:
            _keep_list([i.strip() for i in top.split("|")], found)
            break
        text = _INNER_GROUP.sub("#", text)
    return found


def _keep_list(items: list[str], found: list[list[str]]) -> None:
    urdu = [i for i in items if _ARABIC.search(i)]
    if len(urdu) >= 3 and any(_is_content(r) for i in urdu for r in _runs(i)):
        found.append(urdu)


def inventory(path: Path) -> tuple[Counter[str], list[str]]:
    """The counts of one module, and a line for each list and phrase found."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    skip = _docstrings(tree) | _rule_statements(tree)
    counts: Counter[str] = Counter()
    details: list[str] = []
    counts["class reads"] = len(_CLASS_READS.findall(source))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
            elts = node.keys if isinstance(node, ast.Dict) else node.elts
            urdu = [
                e.value
                for e in elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and _ARABIC.search(e.value)
            ]
            if len(urdu) >= 3:
                counts["lists"] += 1
                details.append(f"{path.name}:{node.lineno}: list of {len(urdu)}: {' | '.join(urdu[:6])}")
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skip:
            continue
        if not _ARABIC.search(node.value):
            continue
        counts["literals"] += 1
        for run in _runs(node.value):
            if len(run) > 1:
                counts["phrases"] += 1
                details.append(f"{path.name}:{node.lineno}: phrase: {' '.join(run)}")
            elif run[0] in FUNCTION_WORDS:
                counts["function words"] += 1
            else:
                counts["vocabulary words"] += 1
        for alternation in _lists_in(node.value):
            counts["lists"] += 1
            shown = " | ".join(alternation[:6])
            details.append(f"{path.name}:{node.lineno}: list of {len(alternation)}: {shown}")
    return counts, details


COLUMNS = ("literals", "function words", "vocabulary words", "phrases", "lists", "class reads")


def main(argv: list[str] | None = None) -> int:
    """Print the table (and with ``--lists`` the lists and phrases) for the given modules."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--lists", action="store_true", help="also print every list and phrase")
    args = parser.parse_args(argv)
    files = args.files or sorted(
        [*Path("src/urdu_events/extractors").glob("*.py"), *Path("src/urdu_events/text").glob("*.py")]
    )
    total: Counter[str] = Counter()
    print("| module | " + " | ".join(COLUMNS) + " |")
    print("| --- |" + " ---: |" * len(COLUMNS))
    all_details = []
    for path in files:
        counts, details = inventory(path)
        all_details += details
        if counts["literals"] or counts["class reads"]:
            total += counts
            print(f"| {path.parent.name}/{path.name} | " + " | ".join(str(counts[c]) for c in COLUMNS) + " |")
    print("| total | " + " | ".join(str(total[c]) for c in COLUMNS) + " |")
    if args.lists:
        print("\n".join(all_details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
