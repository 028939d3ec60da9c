"""Word classes of the reader's grammar, read from the word_classes lexicon."""

from __future__ import annotations

import importlib
import re
import typing

import pytest

from urdu_events.exceptions import InvalidArgumentError
from urdu_events.extractors import _grammar
from urdu_events.extractors._grammar import (
    first_words,
    kind_families,
    kind_row,
    kinds_with,
    leading_runs,
    phrase_trie,
    word_alternation,
    word_class,
    word_list,
    word_set,
)
from urdu_events.lexicons import Lexicon
from urdu_events.lexicons._load import entry_problems
from urdu_events.lexicons.entries import TriggerKind
from urdu_events.models import SubEventType
from urdu_events.text import fold, normalize

#: The classes the token-based claim reader tests token texts against.
CLAIM_CLASSES = (
    "genitive",
    "agent_postposition",
    "negation",
    "relative_participle",
    "issue_participle",
    "adverbial_end",
    "converb_participle",
    "imperfective_auxiliary",
    "demonstrative",
    "copula",
    "joined_auxiliary",
    "clause_conjunction",
    "relative_pronoun",
)


def _matches(name: str, text: str) -> bool:
    return re.search(word_class(name), text) is not None


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("non_person_unit", "25 سالہ", True),  # a stem: the start of a word
        ("non_person_unit", "گھنٹوں", True),
        ("non_person_unit", "افراد", False),
        ("event_count", "حملوں", True),
        ("event_count", "حملہ آوروں", False),  # unless: attackers are people
        ("event_count", "تین بار", True),
        ("event_count", "بارودی", False),  # a whole word only
        ("ordinary_crime", "چوری", True),
        ("ordinary_crime", "چورنگی", False),
        ("ordinary_crime", "آئسکریم", False),
        ("political_suspect", "دہشتگردوں", True),  # anywhere in a word
        ("turn", "دوسری جانب", True),
        ("reporting_verb", "کہاں", False),
    ],
)
def test_word_class_matching(name: str, text: str, expected: bool) -> None:
    """Whole words, stems and their exceptions match as the lexicon declares."""
    assert _matches(name, text) is expected


def test_unknown_class_is_an_error() -> None:
    """A class no lexicon has is named in the error."""
    with pytest.raises(InvalidArgumentError, match="no word class 'tunr'"):
        word_class("tunr")


def test_entries_are_checked() -> None:
    """An unknown class, an unknown match and an unknown key are each reported."""
    _, problems = entry_problems(
        "word_classes",
        [
            {"term": "tunr", "words": ["ادھر"]},
            {"term": "turn", "match": "stem", "words": ["ادھر"]},
            {"term": "turn", "words": ["ادھر"], "wrods": []},
        ],
    )
    assert len(problems) == 3
    assert "tunr" in problems[0] and "stem" in problems[1] and "wrods" in problems[2]


@pytest.mark.parametrize("name", CLAIM_CLASSES)
def test_claim_classes_are_written_as_tokens_are(name: str) -> None:
    """The claim reader compares its classes' words with normalized token texts: each word
    is written folded and is a whole word (no stem or part a token test could not see)."""
    words = word_list(name)
    assert words
    assert all(fold(w) == w for w in words)
    assert set(words) == word_set(name)


def test_word_list_keeps_lexicon_order_and_folds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole words and phrases come folded, in the order the entries list them, each once;
    stems and parts are left out."""
    lexicon = Lexicon(
        "t",
        "word_classes",
        "1",
        [
            # an Arabic kaf and yeh, two spaces: the same phrase as the later "کی طرف" once folded
            {"term": "negation", "words": ["نہ", "كي  طرف", "نہیں", "نہ", "کی طرف"]},
            {"term": "negation", "match": "start", "words": ["نہی"]},
        ],
    )
    monkeypatch.setattr(_grammar, "lexicons_for", lambda kind, plugins: (lexicon,))
    word_list.cache_clear()
    try:
        assert ("نہ", "کی طرف", "نہیں") == word_list("negation")
    finally:
        word_list.cache_clear()


def test_word_list_of_an_unknown_class_is_an_error() -> None:
    """word_list names a missing class as word_class does."""
    with pytest.raises(InvalidArgumentError, match="no word class 'negatoin'"):
        word_list("negatoin")


def test_word_alternation_keeps_spellings_and_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bare alternation keeps each whole word as written (a marked spelling is not folded
    away), in lexicon order, each once; stems are left out and spaces match literally."""
    lexicon = Lexicon(
        "t",
        "word_classes",
        "1",
        [
            {"term": "funeral", "words": ["نماز جنازہ", "نمازِ جنازہ", "سپرد خاک", "نماز جنازہ"]},
            {"term": "funeral", "match": "start", "words": ["تدف"]},
        ],
    )
    monkeypatch.setattr(_grammar, "lexicons_for", lambda kind, plugins: (lexicon,))
    word_alternation.cache_clear()
    try:
        pattern = word_alternation("funeral")
        assert [m.group() for m in re.finditer(pattern, "نمازِ جنازہ کے بعد سپرد خاک، تدفین")] == [
            "نمازِ جنازہ",
            "سپرد خاک",
        ]
        assert re.fullmatch(pattern, "نماز  جنازہ") is None
        assert pattern.split("|")[0] == re.escape("نماز جنازہ")
    finally:
        word_alternation.cache_clear()


def test_phrase_trie_factors_phrases_and_spaces(monkeypatch: pytest.MonkeyPatch) -> None:
    """The phrases of a class factored by common prefixes, matching what their alternation
    matches, with any one white-space character (or, with ``space=r"\\s?"``, none or one)
    where a phrase has a space."""
    lexicon = Lexicon(
        "t",
        "word_classes",
        "1",
        [
            {"term": "charge_laid", "match": "start", "words": ["الزام لگا", "الزام عائد", "الزام بھی لگا"]},
            {"term": "police_case_noun", "words": ["مقدمہ", "ایف آئی آر"]},
        ],
    )
    monkeypatch.setattr(_grammar, "lexicons_for", lambda kind, plugins: (lexicon,))
    phrase_trie.cache_clear()
    try:
        trie = phrase_trie("charge_laid", "start")
        assert trie == r"الزام\s(?:بھی\sلگا|عائد|لگا)"
        assert re.match(trie, "الزام\nلگایا") is not None
        assert re.match(trie, "الزام بھی عائد") is None
        assert re.match(trie, "الزام  عائد") is None  # one white-space character, not two
        loose = phrase_trie("police_case_noun", space=r"\s?")
        assert [bool(re.fullmatch(loose, t)) for t in ("ایف آئی آر", "ایفآئیآر", "مقدمہ", "ایف")] == [
            True,
            True,
            True,
            False,
        ]
    finally:
        phrase_trie.cache_clear()


@pytest.mark.parametrize(
    ("module", "name", "text", "expected"),
    [
        ("_incident_read", "_OWNED_COMPOUND", " ہیڈکوارٹرز پر", True),
        ("_incident_read", "_OWNED_COMPOUND", " ہیڈ کوارٹر کو", True),
        ("_incident_read", "_OWNED_COMPOUND", " ہیڈکوارٹرز میں", False),
        ("_incident_read", "_BOUND_FOR", " جانے والی بس", True),
        ("_incident_read", "_BOUND_FOR", " جانے والوں", False),
        ("_incident_read", "_DISTANCE_FROM", " سے بیس کلو میٹر دور", True),
        ("_incident_read", "_MEMBERS_COUNTED", " کے کم از کم سات کارکن ", True),
        ("_incident_read", "_MEMBERS_COUNTED", " کے گیارہ کارکن ", False),  # words up to ten
        ("_incident_build", "_DOER_NOUN", " کرنے والوں", True),
        ("_incident_build", "_BLOWN_UP", "اڑادیئے", True),
        ("_incident_build", "_ATTEMPTED", " کی ناکام کوشش", True),
        ("_incident_build", "_DAY_AND", " و ", True),
        ("_incident_build", "_DAY_AND", " یا ", False),
        ("_incident_read", "_ACCUSES", "الزام\nعائد کیا", True),  # any white space between
        ("_incident_read", "_ACCUSES", "ذمہدار قرار دیا", True),
        ("_incident_read", "_ACCUSES", "الزام مسترد کر دیا", False),
        ("_incident_read", "_ACCUSED_OF", " پر شہریوں کو مارنے کا الزام بھی لگایا", True),
        ("_incident_read", "_ACCUSED_OF", " کو دھماکے کا ذمہ دار ٹھہرایا", True),
        ("_incident_read", "_BLAMED", " کو مورد الزام ٹھہرایا", True),
        ("_incident_read", "_OWN_ACT_SAID", " نے صحافیوں کو بتایا کہ انہوں نے", True),
        ("_incident_read", "_OWN_FORCES_SAID", " کا کہنا تھا کہ اس کے طیاروں نے", True),
        ("_incident_read", "_OWN_FORCES_SAID", " کا کہنا تھا کہ طیاروں نے", False),
        ("_incident_read", "_MAY_AFTER", " تک پہنچ سکتی", True),
        ("_incident_read", "_MAY_AFTER", " افراد کو امداد دی جائے گی", False),
        ("_incident_read", "_CASE_FILED", "ایفآئی آر تھانے میں درج", True),
        ("_incident_read", "_PART_OF_SITE", " کے کلاس روم پر", True),
        ("_incident_roundup", "_DAMAGE", "ملبے کا ڈھیر بن گیا", True),
        ("_incident_places", "_NAMED_PLACE", " نامی پناہ گزین کیمپ", True),
        ("_incident_build", "_BOMBERS", " خود کش حملہ آوروں", True),
        ("_incident_build", "_BOMBERS", " خودکش حملہ", False),
    ],
)
def test_patterns_built_from_classes(module: str, name: str, text: str, expected: bool) -> None:
    """The readers' patterns built from word classes match the words the classes list, inside
    the grammar the pattern keeps (spaces, glued verbs, a postposition after)."""
    pattern = getattr(importlib.import_module(f"urdu_events.extractors.{module}"), name)
    assert (pattern.match(text) is not None) is expected


def test_trigger_kind_table_has_a_row_per_kind() -> None:
    """The built-in trigger-kind table answers the rules' questions about each kind."""
    assert "shooting" in kinds_with("deliberate") and "explosion" not in kinds_with("deliberate")
    assert kinds_with("accident_prone") >= {"explosion", "killing"}
    assert "arrest" in kinds_with("follow_up") & kinds_with("generic") & kinds_with("taken")
    assert kind_families() == {"explosion": "explosion", "air": "remote", "shelling": "remote"}


def test_trigger_kind_table_needs_one_row_per_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """A kind with two rows or none is an error naming it; so is an unknown trait."""
    rows = [{"term": k} for k in typing.get_args(TriggerKind) if k != "riot"] + [{"term": "mob"}]
    lexicon = Lexicon("t", "trigger_kinds", "1", rows)
    monkeypatch.setattr(_grammar, "lexicons_for", lambda kind, plugins: (lexicon,))
    _grammar._kind_rows.cache_clear()
    kinds_with.cache_clear()
    try:
        with pytest.raises(InvalidArgumentError, match="two rows for mob; no row for riot"):
            kinds_with("deliberate")
    finally:
        _grammar._kind_rows.cache_clear()
        kinds_with.cache_clear()
    with pytest.raises(InvalidArgumentError, match="no trigger-kind trait 'deliberat'"):
        kinds_with("deliberat")  # type: ignore[arg-type]


def test_word_set_as_written_keeps_marked_spellings() -> None:
    """Unfolded, a class's set holds its words as written and as the normalized text spells
    them; folded, their folded forms too."""
    assert "گاؤں" in word_set("not_person_name", folded=False)
    assert normalize("گاؤں").text in word_set("not_person_name", folded=False)
    assert fold("گاؤں") in word_set("not_person_name")


def test_word_class_paradigm_inflects_each_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A class entry naming a paradigm lists every word and then its inflections; a paradigm
    no built-in lexicon declares is an error naming the ones there are."""
    lexicon = Lexicon(
        "t",
        "word_classes",
        "1",
        [
            {"term": "bound_for", "words": ["جانے والا", "جا رہا"], "paradigm": "adjective-a"},
            {"term": "bound_for", "words": ["فرار"]},
            {"term": "doer_participle", "words": ["والا"], "paradigm": "adjectiv-a"},
        ],
    )
    monkeypatch.setattr(_grammar, "lexicons_for", lambda kind, plugins: (lexicon,))
    word_alternation.cache_clear()
    word_set.cache_clear()
    try:
        assert word_alternation("bound_for").replace("\\ ", " ").split("|") == [
            "جانے والا",
            "جانے والی",
            "جانے والے",
            "جا رہا",
            "جا رہی",
            "جا رہے",
            "فرار",
        ]
        with pytest.raises(InvalidArgumentError, match=r"unknown paradigm 'adjectiv-a'.*adjective-a"):
            word_set("doer_participle")
    finally:
        word_alternation.cache_clear()
        word_set.cache_clear()


def test_word_alternation_of_stems() -> None:
    """With match="start" the alternation holds the class's stems, which then match the start
    of a longer word inside the rule's own pattern; the whole words are left out."""
    stems = re.compile(rf"(?<!\w)(?:{word_alternation('brought_verb', 'start')})")
    assert stems.match("زیر علاج ہیں") is not None
    assert stems.match("منتقلی") is not None
    assert word_alternation("brought_verb") == ""


def test_trigger_kind_rows_carry_the_typing_decisions() -> None:
    """The typing rules read a kind's typed columns from its row: a clash by protesters is a
    violent demonstration, ground taken is regained by the state and overtaken by anyone else,
    an operation without civilian targets is a clash; a kind the table lacks is an error."""
    assert kind_row("clash").by_protesters is SubEventType.VIOLENT_DEMONSTRATION
    assert kind_row("territory").by_state is SubEventType.GOVERNMENT_REGAINS_TERRITORY
    assert kind_row("territory").by_non_state is SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
    assert kind_row("operation").unless_civilians is SubEventType.ARMED_CLASH
    assert kind_row("attack").weapon_types and not kind_row("shooting").weapon_types
    assert kind_row("protest").by_protesters is None
    with pytest.raises(InvalidArgumentError, match="no row for trigger kind 'raid'"):
        kind_row("raid")


def test_first_words_of_whole_word_phrases() -> None:
    """A class of whole words and phrases gives the first word of each; every match of its
    pattern starts with one of them. A class with stems, or with an unless list, gives none."""
    firsts = first_words("tally_time")
    assert firsts is not None and {"رواں", "اس", "اب", "دوران"} <= firsts
    assert "سال" not in firsts  # only a second word ("رواں سال")
    pattern = re.compile(word_class("tally_time"))
    text = "رواں سال اور اس سے پہلے بھی، ہڑتال کے دوران"
    assert {m.group().split(" ")[0] for m in pattern.finditer(text)} <= firsts
    assert first_words("non_person_unit") is None  # stems ("گھنٹ")
    assert first_words("event_count") is None  # stems and an unless list


def test_leading_runs_start_every_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each whole word or phrase of a class gives its first run of word characters ("نماز" of
    "نمازِ جنازہ" too, whose kasra is no word character); stems are left out, as the
    alternation leaves them out."""
    lexicon = Lexicon(
        "t",
        "word_classes",
        "1",
        [
            {"term": "funeral", "words": ["نماز جنازہ", "نمازِ جنازہ", "سپردخاک"]},
            {"term": "funeral", "match": "start", "words": ["تدف"]},
        ],
    )
    monkeypatch.setattr(_grammar, "lexicons_for", lambda kind, plugins: (lexicon,))
    leading_runs.cache_clear()
    word_alternation.cache_clear()
    try:
        assert leading_runs("funeral") == frozenset({"نماز", "سپردخاک"})
        pattern = re.compile(rf"(?<!\w)(?:{word_alternation('funeral')})(?!\w)")
        text = "نمازِ جنازہ کے بعد انہیں سپردخاک کیا گیا، تدفین"
        assert [re.findall(r"\w+", m.group())[0] for m in pattern.finditer(text)] == ["نماز", "سپردخاک"]
    finally:
        leading_runs.cache_clear()
        word_alternation.cache_clear()


def test_direction_guard_reads_whole_words() -> None:
    """The quick test before the direction-named places are searched looks for the words of
    direction_adjective in the text, whole words, not the letters of their alternation."""
    places = importlib.import_module("urdu_events.extractors._incident_places")
    assert set(places._NAME_DIRECTIONS) == {"شمالی", "جنوبی", "مشرقی", "مغربی", "وسطی"}
    assert places.named_with_direction("شہر میں دھماکہ ہوا") == []


def test_marked_words_match_the_normalized_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word a linguist writes with marks that normalization removes (tanween, zer, pesh)
    matches the text the rules read, which holds it without them."""
    lexicon = Lexicon("t", "word_classes", "1", [{"term": "turn", "words": ["فوراً", "اُدھر"]}])
    monkeypatch.setattr(_grammar, "lexicons_for", lambda kind, plugins: (lexicon,))
    word_class.cache_clear()
    try:
        pattern = word_class("turn")
        for text in ("حملے کے فوراً بعد", "اُدھر لاہور میں"):
            normalized = normalize(text).text
            assert normalized != text
            assert re.search(pattern, normalized), text
        assert not re.search(pattern, normalize("فورم میں").text)
    finally:
        word_class.cache_clear()


def test_every_builtin_word_matches_once_normalized() -> None:
    """Every whole word of every built-in word class matches its own normalized spelling,
    so no entry is dead for a mark the text layer removes."""
    dead = []
    for lexicon in _grammar.lexicons_for("word_classes", plugins=False):
        for entry in lexicon.entries:
            if entry.get("match", "word") != "word" or entry.get("unless"):
                continue
            pattern = re.compile(word_class(entry["term"]))
            dead += [(entry["term"], w) for w in entry["words"] if not pattern.search(normalize(w).text)]
    assert dead == []
