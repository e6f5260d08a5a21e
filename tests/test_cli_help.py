"""Every command and option says what it does, and the README lists them all (sqlite-utils' test_docs)."""
from __future__ import annotations

import re

import click
import pytest

from extract.cli import main
from tests.corpus import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
REFERENCE = README.split("### Every command and its options", 1)[-1].split("\n## ", 1)[0]
COMMANDS = main.list_commands(click.Context(main))


def command(name: str) -> click.Command:
    return main.get_command(click.Context(main), name)


def options(name: str) -> list[click.Option]:
    return [p for p in command(name).params if isinstance(p, click.Option)]


def listed(name: str) -> str:
    found = re.search(rf"^- `policy-extract {name}`: (.*)$", REFERENCE, re.M)
    assert found, f"policy-extract {name} is not in the README's list of commands"
    return found.group(1)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_has_help(name):
    assert command(name).help and command(name).help.strip()
    assert [max(o.opts, key=len) for o in options(name) if not (o.help or "").strip()] == []


@pytest.mark.parametrize("name", COMMANDS)
def test_the_readme_lists_every_command_with_its_options(name):
    line = listed(name)
    assert [o for o in (max(p.opts, key=len) for p in options(name)) if f"`{o}`" not in line] == []


def test_the_readme_lists_no_command_that_does_not_exist():
    assert set(re.findall(r"^- `policy-extract ([a-z-]+)`", REFERENCE, re.M)) == set(COMMANDS)
