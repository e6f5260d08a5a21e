"""The README's set-up commands are the ones CI runs, and the commands it shows exist."""
import re

import click
from click.testing import CliRunner

from extract.cli import main
from tests.corpus import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    block = README.split("## Set-up", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.strip().splitlines()]


def test_readme_has_two_setup_commands_and_ci_runs_them_verbatim():
    commands = setup_commands()
    assert len(commands) == 2
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in commands:
        assert command in ci


def test_every_command_the_readme_shows_exists():
    blocks = "\n".join(re.findall(r"```sh\n(.*?)```", README, re.S))
    shown = set(re.findall(r"policy-extract ([a-z][a-z-]*)", blocks))
    available = set(main.list_commands(click.Context(main)))
    assert shown <= available, shown - available


def test_help_lists_every_command():
    result = CliRunner().invoke(main, ["--help"])
    for name in main.list_commands(click.Context(main)):
        assert name in result.stdout
