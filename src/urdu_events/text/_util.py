"""Small helpers shared by the text modules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["trie_branches", "word_list", "word_set"]


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words``, as a set (keeps long Urdu word lists readable)."""
    return frozenset(words.split())


def word_list(words: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``words``, in order."""
    return tuple(words.split())


def trie_branches(words: Iterable[str], end: str = "") -> list[str]:
    """The top-level branches of a regex matching exactly ``words``, factored by common prefixes.

    ``re`` tries the branches of an alternation one by one; a trie lets it reject
    most positions after one character, and an alternation whose branches all
    start with a literal lets it skip ahead with its character-set prefix search.

    Args:
        words: Non-empty strings.
        end: A pattern that must follow every word, such as ``(?!\\w)``.

    Returns:
        One branch per first character; join them with ``|``.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return [re.escape(ch) + _node_regex(child, end) for ch, child in sorted(trie.items()) if ch]


def _node_regex(node: dict[str, Any], end: str) -> str:
    branches = [re.escape(ch) + _node_regex(child, end) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append(end)  # the word may stop here
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
