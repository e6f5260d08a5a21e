"""Options shared by several commands, defined once (sqlite-utils keeps its option bundles so)."""
from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import NoReturn

import click

from .load.sources import DEFAULT_MAX_BYTES
from .model.judge import Judge, default_judge
from .store.database import DB_ENVIRONMENT, DEFAULT_NAME

MEGABYTE = 1024 * 1024


def max_size_option(what: str = "inputs"):
    """--max-size MB; the command receives ``max_bytes``."""
    return click.option("--max-size", "max_bytes", type=click.FloatRange(min=0.001),
                        default=DEFAULT_MAX_BYTES / MEGABYTE, show_default=True, metavar="MB",
                        callback=lambda context, parameter, value: int(value * MEGABYTE),
                        help=f"Refuse {what} larger than this many megabytes.")


def encoding_option(function):
    return click.option("--encoding", default=None, metavar="NAME",
                        help="Encoding of the inputs when they do not say (e.g. gbk, big5); "
                             "by default it is detected and verified.")(function)


def db_option(function):
    return click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_NAME,
                        envvar=DB_ENVIRONMENT, show_default=True, show_envvar=True, metavar="FILE",
                        help="The database file (SQLite; created on first use).")(function)


def gold_option(function):
    return click.option("--gold", "gold_dirs", multiple=True, required=True,
                        type=click.Path(file_okay=False, exists=True, path_type=Path),
                        help="A folder of <document>.gold.jsonl files (repeat for several).")(function)


def model_options(function):
    """--no-model and --model DIR; the command receives them as one ``judge`` argument (None: rules only)."""
    @click.option("--no-model", is_flag=True, help="Rules only: leave the trained judge out.")
    @click.option("--model", "model_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
                  metavar="DIR", help="A judge trained with policy-extract train; default: the shipped model.")
    @functools.wraps(function)
    def command(*args, no_model: bool, model_dir: Path | None, **kwargs):
        if no_model and model_dir:
            raise click.UsageError("--no-model and --model exclude each other")
        return function(*args, judge=None if no_model else _load_judge(model_dir), **kwargs)
    return command


def _load_judge(model_dir: Path | None) -> Judge | None:
    try:
        return Judge.load(model_dir) if model_dir else default_judge()
    except (OSError, ValueError, KeyError) as err:
        raise click.UsageError(f"{model_dir or 'the shipped model'}: not a policy-extract model ({err})") from err


def fail(message: str, *, code: int = 1) -> NoReturn:
    """One line naming what went wrong, and the exit code."""
    click.echo(f"policy-extract: {message}", err=True)
    sys.exit(code)
