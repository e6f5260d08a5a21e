"""The policy-extract command line: thin commands over the importable stages."""
from __future__ import annotations

import functools
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import click

from .atomic import atomic_write, check_writable
from .batch import Tally, Workers, run_batch
from .errors import OutputError
from .evaluate import ScoreCard, format_table
from .export import FORMATS, RECORD_CHOICES, output_format, write
from .load.sources import SOURCE_SUFFIXES, Source
from .options import encoding_option, excel_option, fail, gold_option, jobs_option, max_size_option, model_options
from .read import read_source
from .records import as_dict
from .result import Result
from .workers import RULES_ONLY, ModelChoice, extract_source, load_model, score_source

CLUSTER_TIMEOUT = "10s"
INTERRUPTED = "interrupted (no file was left half-written)"


# Commands whose modules import heavy libraries (httpx, pandas, rapidfuzz): imported when run or
# listed, so that `extract` on one notice does not pay for them at start-up.
LAZY_COMMANDS = {
    "fetch": ("scrape.commands", "fetch"),
    "crawl": ("scrape.commands", "crawl_command"),
    "ingest": ("store.commands", "ingest"),
    "export": ("store.commands", "export_command"),
    "search": ("store.commands", "search_command"),
    "datasette-metadata": ("store.commands", "datasette_metadata"),
    "train": ("model.commands", "train"),
    "compare": ("comparison.commands", "compare_command"),
    "indicators": ("comparison.commands", "indicators_command"),
}


class _LazyGroup(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        """An output that cannot be written and Ctrl-C end every command with one line, no traceback."""
        try:
            return super().invoke(ctx)
        except OutputError as err:
            fail(str(err))
        except KeyboardInterrupt:
            fail(INTERRUPTED, code=130)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in LAZY_COMMANDS:
            return super().get_command(ctx, cmd_name)
        module, name = LAZY_COMMANDS[cmd_name]
        return getattr(importlib.import_module(f".{module}", __package__), name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="policy-extract")
def main() -> None:
    """Turn Chinese government policy documents into data.

    Inputs are HTML pages, text or Markdown files, Word (.docx, and .doc
    through antiword), Excel
    (.xlsx, .xls) and PDF files with a text layer, directories of them
    (searched recursively), or - for standard input.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one cleaned .txt file per input into this directory instead of standard output.")
@click.option("--meta", is_flag=True, help="Add the metadata as JSON (a line before each text, "
                                           "or a .meta.json file beside it with -o).")
@max_size_option()
@encoding_option
def clean(sources: tuple[str, ...], output_dir: Path | None, meta: bool, max_bytes: int,
          encoding: str | None) -> None:
    """Clean notices into simplified text without page chrome.

    \b
    Examples:
      policy-extract clean notice.html
      policy-extract clean --meta corpora/samples -o cleaned/
      curl -s URL | policy-extract clean -
    """
    if output_dir is not None:
        check_writable(output_dir, into=True)
    tally = Tally()
    names: set[str] = set()
    many = len(sources) > 1 or any(Path(s).is_dir() for s in sources)

    def work(source: Source):
        return read_source(source, max_bytes=max_bytes, encoding=encoding)

    for source, document in run_batch(sources, work, tally, suffixes=SOURCE_SUFFIXES):
        metadata = json.dumps(as_dict(document.metadata), ensure_ascii=False)
        if output_dir is None:
            if many:
                click.echo(f"==> {source.name} <==")
            if meta:
                click.echo(metadata)
            click.echo(document.text, nl=False)
            continue
        stem = _unique_stem(source, names)
        with atomic_write(output_dir / f"{stem}.txt") as stream:
            stream.write(document.text)
        if meta:
            with atomic_write(output_dir / f"{stem}.meta.json") as stream:
                stream.write(metadata + "\n")
    click.echo(tally.summary("cleaned"), err=True)
    sys.exit(1 if tally.failed else 0)


def _unique_stem(source: Source, taken: set[str]) -> str:
    stem = source.path.stem if source.path else "stdin"
    candidate, n = stem, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate)
    return candidate


@main.command("extract")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the records to this file (a folder for a datapackage; written atomically); "
                   "default (or -): standard output.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format; default: from the output file's extension (.csv, .jsonl, .json, .parquet), "
                   "else csv. A datapackage is a folder of CSV tables (documents, tasks, targets) with their "
                   "schemas.")
@click.option("--records", type=click.Choice(RECORD_CHOICES), default="targets", show_default=True,
              help="Which records: targets, tasks, documents, or all of them (with a kind column).")
@excel_option
@max_size_option()
@encoding_option
@model_options
@jobs_option
@click.option("--cluster", metavar="ADDRESS", help="Run on the Dask scheduler at ADDRESS (tcp://host:8786): "
              "-o names a folder for all records as Parquet partitioned by region and year.")
def extract_command(sources: tuple[str, ...], output: Path | None, fmt: str | None, records: str, excel: bool,
                    max_bytes: int, encoding: str | None, model: ModelChoice, jobs: int,
                    cluster: str | None) -> None:
    """Extract targets, tasks and documents as records.

    Every target carries its value, unit, comparator, deadline (ISO), owners,
    status and the evidence it was read from; CSV rows carry the document's
    title, issuer, region and date alongside. A list field (owners, path) holds one value
    a line in its CSV cell.
    Rules find the amounts; with --model, the shipped model (models/policy-extract-zh)
    also judges those the rules are unsure of, and says so in the method column.

    \b
    Examples:
      policy-extract extract corpora/samples -o records.csv
      policy-extract extract notice.html --records all --format jsonl
      policy-extract extract plans/ -o targets.csv --excel
      policy-extract extract plans/ -o records.parquet --records all
      policy-extract extract plans/ --format datapackage -o package/
      policy-extract extract /shared/notices --cluster tcp://scheduler:8786 -o /shared/records/
    """
    if cluster:
        _extract_on_cluster(sources, cluster=cluster, output=output, model=model, max_bytes=max_bytes)
    try:
        output, fmt = output_format(output, fmt, excel=excel)
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    tally = Tally()
    work = functools.partial(extract_source, model=model, max_bytes=max_bytes, encoding=encoding)
    results = run_batch(sources, work, tally, suffixes=SOURCE_SUFFIXES, workers=Workers(jobs, load_model, (model,)))
    count = write(_unless_all_failed(results, tally, output), output, fmt=fmt, records=records, excel=excel,
                  stdout=sys.stdout)
    where = f" to {output}" if output else ""
    kind = "" if records == "all" or fmt == "datapackage" else records.removesuffix("s") + " "  # 42 target records
    click.echo(f"{tally.summary('extracted')}: {count} {kind}records written{where}", err=True)
    sys.exit(1 if tally.failed else 0)


@main.command()
@gold_option
@click.argument("sources", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="List every miss and wrong field under its document.")
@click.option("--compare", is_flag=True, help="Score rules only and rules + model side by side.")
@model_options
@jobs_option
def evaluate(gold_dirs: tuple[Path, ...], sources: tuple[str, ...], as_json: bool, misses: bool, compare: bool,
             model: ModelChoice, jobs: int) -> None:
    """Score extraction against gold annotations (RECORDS.md section 6).

    Documents without a gold file are skipped. Prints target precision, recall
    and F1; on matched targets the accuracy of indicator, deadline, comparator,
    status and owners; task recall and the accuracy of task owners and deadlines.
    The shipped model was trained on the gold of ../shared/corpus: on those
    documents its scores are not a fair test (benchmarks/model_ablation.py is).

    \b
    Examples:
      policy-extract evaluate --gold ../shared/corpus/gold/dev --gold corpora/gold \\
          ../shared/corpus/seeds ../shared/corpus/docs
      policy-extract evaluate --compare --model --gold corpora/gold ../shared/corpus/docs
    """
    if compare and not model.enabled:
        raise click.UsageError("--compare needs a model: give --model (or --model DIR)")
    setups = {"rules only": RULES_ONLY, "rules + model": model} if compare else {"": model}
    tally = Tally()
    scored: dict[str, list[tuple[str, ScoreCard]]] = {name: [] for name in setups}
    work = functools.partial(score_source, gold_dirs=gold_dirs, setups=setups)
    for source, scores in run_batch(sources, work, tally, suffixes=SOURCE_SUFFIXES,
                                    workers=Workers(jobs, load_model, (model,))):
        for name, score in (scores or {}).items():
            scored[name].append((source.path.stem if source.path else source.name, score))
    if not any(scored.values()):
        raise click.UsageError("none of the sources has a gold file in the --gold folders")
    totals = {name: sum((s for _, s in rows), ScoreCard()) for name, rows in scored.items()}
    if as_json:
        payloads = {name: {"overall": totals[name].scores(), "documents": {n: s.scores() for n, s in rows}}
                    for name, rows in scored.items()}
        click.echo(json.dumps(payloads if compare else payloads[""], ensure_ascii=False, indent=1))
    else:
        click.echo("\n\n".join((f"{name}\n" if name else "") + format_table(rows, totals[name])
                                for name, rows in scored.items()))
        for name, score in scored[list(setups)[-1]] if misses else []:
            click.echo(f"\n{name}:\n" + "\n".join(f"  {m}" for m in score.misses))
    sys.exit(1 if tally.failed else 0)


def _unless_all_failed(results: Iterator[tuple[Source, Result]], tally: Tally,
                       output: Path | None) -> Iterator[Result]:
    """The results as they come (to be written so); when every input failed, an OutputError instead of an
    empty file, so that a mistyped input does not replace the records of an earlier run."""
    yield from (result for _, result in results)
    if output is not None and tally.failed and not tally.done:
        raise OutputError(f"{output}: not written, as none of the inputs could be read")


def _extract_on_cluster(sources: tuple[str, ...], *, cluster: str, output: Path | None, model: ModelChoice,
                        max_bytes: int) -> NoReturn:
    if output is None:
        raise click.UsageError("--cluster needs an output folder: add -o FOLDER (one the workers can write)")
    try:
        from distributed import Client

        from .distributed import extract_many
    except ImportError as err:
        raise click.UsageError(f"--cluster needs Dask: pip install 'policy-extract[cluster]' ({err})") from err
    try:
        client = Client(cluster, timeout=CLUSTER_TIMEOUT)
    except (OSError, TimeoutError) as err:
        raise click.UsageError(f"{cluster}: no Dask scheduler answers there ({err})") from err
    with client:
        summary = extract_many(sources, client, output=output, model=model, max_bytes=max_bytes)
    for message in summary.failed:
        click.echo(f"policy-extract: {message}", err=True)
    failed = f", {len(summary.failed)} failed" if summary.failed else ""
    click.echo(f"extracted {summary.documents} documents on {cluster}{failed}: {summary.tasks} task and "
               f"{summary.targets} target records written to {output}", err=True)
    sys.exit(1 if summary.failed else 0)
