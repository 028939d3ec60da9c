"""docs/cli.md and the command line's --help cannot drift apart: both are checked against the parser."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from urdu_events.cli import _build_parser
from urdu_events.registry import serializers
from urdu_events.serialize.formats import get_serializer, register_builtins

CLI_MD = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = _build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _options(command: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    """The optional arguments as docs/cli.md writes them: ``-f, --format NAME``."""
    found = {}
    for action in command._actions:
        if not action.option_strings or isinstance(action, argparse._HelpAction):
            continue
        name = ", ".join(action.option_strings)
        if action.nargs != 0:
            metavar = action.metavar or ("|".join(action.choices) if action.choices else action.dest.upper())
            name += f" {metavar}"
        found[name] = action
    return found


def _sections() -> dict[str, str]:
    """The text of each ``## ...`` section of docs/cli.md, by heading."""
    parts = re.split(r"^## (.+)$", CLI_MD.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _documented(section: str) -> dict[str, str]:
    """The rows of the options table in a section: option → meaning."""
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 2 and cells[0].startswith("`-"):
            rows[cells[0].strip("`").replace("\\|", "|")] = cells[1]
    return rows


def _section_of(name: str) -> str:
    return next(text for heading, text in _sections().items() if f"`urdu-events {name}" in heading)


class TestHelp:
    def test_every_command_has_a_description(self) -> None:
        """`urdu-events COMMAND --help` explains what the command does."""
        assert [] == [name for name, command in _commands().items() if not command.description]

    @pytest.mark.parametrize("name", ["extract", "formats", "extractors", "schema"])
    def test_every_argument_has_help(self, name: str) -> None:
        """Every option and positional argument of every command has a help text."""
        command = _commands()[name]
        assert [] == [a.dest for a in command._actions if not a.help]


class TestCliPage:
    def test_every_command_has_a_section(self) -> None:
        """docs/cli.md has a section for each command of the parser."""
        headings = " ".join(_sections())
        assert [] == [name for name in _commands() if f"`urdu-events {name}" not in headings]

    @pytest.mark.parametrize("name", ["extract", "schema"])
    def test_options_table_matches_the_parser(self, name: str) -> None:
        """The options table of a command lists exactly the parser's options, metavars included."""
        assert sorted(_options(_commands()[name])) == sorted(_documented(_section_of(name)))

    def test_listing_commands_share_their_options(self) -> None:
        """formats and extractors take the same options (plugin selection), and the page lists them."""
        assert set(_options(_commands()["formats"])) == set(_options(_commands()["extractors"]))
        assert set(_options(_commands()["formats"])) == set(_documented(_section_of("formats")))

    def test_every_built_in_format_is_listed(self) -> None:
        """The --format row names every built-in output format."""
        register_builtins()
        meaning = _documented(_section_of("extract"))["-f, --format NAME"]
        built_in = [
            f
            for f in serializers.available()
            if type(get_serializer(f)).__module__.startswith("urdu_events.")
        ]
        assert [] == [f for f in built_in if f"`{f}`" not in meaning]

    def test_choices_are_documented(self) -> None:
        """An option with choices documents them in its name column (auto|text|jsonl)."""
        assert "--input-format auto|text|jsonl" in _documented(_section_of("extract"))
