"""Options shared by several commands, defined once (sqlite-utils keeps its option bundles so)."""
from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import NoReturn

import click

from .batch import default_jobs
from .load.decode import checked_encoding_name
from .load.sources import DEFAULT_MAX_BYTES
from .model.judge import default_model_path
from .workers import RULES_ONLY, ModelChoice

MEGABYTE = 1024 * 1024
JOBS_ENVIRONMENT = "POLICY_EXTRACT_JOBS"


def max_size_option(what: str = "inputs"):
    """--max-size MB; the command receives ``max_bytes``."""
    return click.option("--max-size", "max_bytes", type=click.FloatRange(min=0.001),
                        default=DEFAULT_MAX_BYTES / MEGABYTE, show_default=True, metavar="MB",
                        callback=lambda context, parameter, value: int(value * MEGABYTE),
                        help=f"Refuse {what} larger than this many megabytes.")


def encoding_option(function):
    """--encoding NAME, refused (exit 2) unless it names a text encoding."""
    return click.option("--encoding", default=None, metavar="NAME", callback=_checked_encoding,
                        help="Encoding of the inputs when they do not say (e.g. gbk, big5); "
                             "by default it is detected and verified.")(function)


def _checked_encoding(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    try:
        return checked_encoding_name(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from err


def excel_option(function):
    return click.option("--excel", is_flag=True,
                        help="CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends, and text that opens "
                             "with = + - @ marked with a leading ' so that Excel shows it and never runs it as "
                             "a formula.")(function)


def db_option(function):
    from .store.database import DB_ENVIRONMENT, DEFAULT_NAME  # the store, imported by the commands that use it

    return click.option("--db", default=DEFAULT_NAME, callback=_db_location, envvar=DB_ENVIRONMENT,
                        show_default=True, show_envvar=True, metavar="FILE|URL",
                        help="The database: a SQLite file (created on first use) or a PostgreSQL URL, "
                             "postgresql://user@host/name.")(function)


def _db_location(context: click.Context, parameter: click.Parameter, value: str) -> str | Path:
    from .store.postgres import is_postgres_url

    return value if is_postgres_url(value) else Path(value)


def gold_option(function):
    return click.option("--gold", "gold_dirs", multiple=True, required=True,
                        type=click.Path(file_okay=False, exists=True, path_type=Path),
                        help="A folder of <document>.gold.jsonl files (repeat for several).")(function)


SHIPPED_MODEL = ""  # the value of a bare --model


def model_options(function):
    """--model [DIR] (opt in: the rules alone are the default) and --no-model (kept, the default); the
    command receives them as one ``model`` argument (a ModelChoice, which each worker process loads once)."""
    @click.option("--no-model", is_flag=True, help="Rules only (the default; kept for older scripts).")
    @click.option("--model", "model_dir", is_flag=False, flag_value=SHIPPED_MODEL, default=None, metavar="[DIR]",
                  help="Also ask a trained judge: the shipped model, or one trained with policy-extract train "
                       "in DIR. Off by default: out of fold it adds nothing over the rules (models/README.md).")
    @functools.wraps(function)
    def command(*args, no_model: bool, model_dir: str | None, **kwargs):
        if no_model and model_dir is not None:
            raise click.UsageError("--no-model and --model exclude each other")
        return function(*args, model=_model_choice(model_dir), **kwargs)
    return command


def _model_choice(model_dir: str | None) -> ModelChoice:
    if model_dir is None:
        return RULES_ONLY
    if model_dir == SHIPPED_MODEL:
        if default_model_path() is None:
            raise click.UsageError("--model: no model is installed (train one with policy-extract train)")
        return ModelChoice()
    if not (Path(model_dir) / "meta.json").is_file():
        raise click.UsageError(f"{model_dir}: not a policy-extract model (no meta.json)")
    return ModelChoice(path=Path(model_dir))


def jobs_option(function):
    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="the cores",
                        envvar=JOBS_ENVIRONMENT, show_envvar=True, metavar="N",
                        help="Worker processes (output is the same for any N).")(function)


def fail(message: str, *, code: int = 1) -> NoReturn:
    """One line naming what went wrong, and the exit code."""
    click.echo(f"policy-extract: {message}", err=True)
    sys.exit(code)
