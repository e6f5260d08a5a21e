"""The policy-extract command line: thin commands over the importable stages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .atomic import atomic_write
from .batch import Tally, run_batch
from .evaluate import ScoreCard, format_table, gold_path, read_gold, score_document
from .export import FORMATS, RECORD_CHOICES, write
from .extractor import extract_document
from .load.sources import DEFAULT_MAX_BYTES, SOURCE_SUFFIXES, Source
from .read import read_source
from .records import as_dict
from .scrape.commands import crawl_command, fetch
from .store.commands import export_command, ingest

MEGABYTE = 1024 * 1024


def _max_size_option(function):
    return click.option("--max-size", type=click.FloatRange(min=0.001), default=DEFAULT_MAX_BYTES / MEGABYTE,
                        show_default=True, metavar="MB", help="Refuse inputs larger than this many megabytes.")(function)


def _encoding_option(function):
    return click.option("--encoding", default=None, metavar="NAME",
                        help="Encoding of the inputs when they do not say (e.g. gbk, big5); "
                             "by default it is detected and verified.")(function)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="policy-extract")
def main() -> None:
    """Turn Chinese government policy documents into data.

    Inputs are HTML pages, text or Markdown files, Word (.docx), Excel
    (.xlsx, .xls) and PDF files with a text layer, directories of them
    (searched recursively), or - for standard input.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one cleaned .txt file per input into this directory instead of standard output.")
@click.option("--meta", is_flag=True, help="Add the metadata as JSON (a line before each text, "
                                           "or a .meta.json file beside it with -o).")
@_max_size_option
@_encoding_option
def clean(sources: tuple[str, ...], output_dir: Path | None, meta: bool, max_size: float,
          encoding: str | None) -> None:
    """Clean notices into simplified text without page chrome.

    \b
    Examples:
      policy-extract clean notice.html
      policy-extract clean --meta corpora/samples -o cleaned/
      curl -s URL | policy-extract clean -
    """
    tally = Tally()
    names: set[str] = set()
    many = len(sources) > 1 or any(Path(s).is_dir() for s in sources)

    def work(source: Source):
        return read_source(source, max_bytes=int(max_size * MEGABYTE), encoding=encoding)

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
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the records to this file (written atomically); default: standard output.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format; default: from the output file's extension, else csv.")
@click.option("--records", type=click.Choice(RECORD_CHOICES), default="targets", show_default=True,
              help="Which records: targets, tasks, documents, or all of them (with a kind column).")
@click.option("--excel", is_flag=True, help="CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends.")
@_max_size_option
@_encoding_option
def extract_command(sources: tuple[str, ...], output: Path | None, fmt: str | None, records: str, excel: bool,
                    max_size: float, encoding: str | None) -> None:
    """Extract targets, tasks and documents as records.

    Every target carries its value, unit, comparator, deadline (ISO), owners,
    status and the evidence it was read from; CSV rows carry the document's
    title, issuer, region and date alongside. List fields are joined with 、.

    \b
    Examples:
      policy-extract extract corpora/samples -o records.csv
      policy-extract extract notice.html --records all --format jsonl
      policy-extract extract plans/ -o targets.csv --excel
      policy-extract extract plans/ -o records.parquet --records all
    """
    fmt = fmt or _format_from(output)
    if fmt == "parquet" and output is None:
        raise click.UsageError("Parquet needs an output file: add -o FILE.parquet")
    tally = Tally()

    def work(source: Source):
        return extract_document(read_source(source, max_bytes=int(max_size * MEGABYTE), encoding=encoding))

    results = [result for _, result in run_batch(sources, work, tally, suffixes=SOURCE_SUFFIXES)]
    count = write(results, output, fmt=fmt, records=records, excel=excel, stdout=sys.stdout)
    where = f" to {output}" if output else ""
    click.echo(f"{tally.summary('extracted')}: {count} {records} records written{where}", err=True)
    sys.exit(1 if tally.failed else 0)


@main.command()
@click.option("--gold", "gold_dirs", multiple=True, required=True,
              type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A folder of <document>.gold.jsonl files (repeat for several).")
@click.argument("sources", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="List every miss and wrong field under its document.")
def evaluate(gold_dirs: tuple[Path, ...], sources: tuple[str, ...], as_json: bool, misses: bool) -> None:
    """Score extraction against gold annotations (RECORDS.md section 6).

    Documents without a gold file are skipped. Prints target precision, recall
    and F1; on matched targets the accuracy of indicator, deadline, comparator,
    status and owners; task recall and the accuracy of task owners and deadlines.

    \b
    Example:
      policy-extract evaluate --gold ../shared/corpus/gold/dev --gold corpora/gold \\
          ../shared/corpus/seeds ../shared/corpus/docs
    """
    tally = Tally()
    scored: list[tuple[str, ScoreCard]] = []

    def work(source: Source):
        gold = gold_path(source.path, gold_dirs) if source.path else None
        if gold is None:
            return None
        result = extract_document(read_source(source))
        return score_document(read_gold(gold), result.tasks, result.targets)

    for source, score in run_batch(sources, work, tally, suffixes=SOURCE_SUFFIXES):
        if score is not None:
            scored.append((source.path.stem if source.path else source.name, score))
    if not scored:
        raise click.UsageError("none of the sources has a gold file in the --gold folders")
    total = sum((s for _, s in scored), ScoreCard())
    if as_json:
        payload = {"overall": total.scores(), "documents": {name: s.scores() for name, s in scored}}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(scored, total))
        for name, score in scored if misses else []:
            click.echo(f"\n{name}:\n" + "\n".join(f"  {m}" for m in score.misses))
    sys.exit(1 if tally.failed else 0)


def _format_from(output: Path | None) -> str:
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return suffix if suffix in FORMATS else "csv"


main.add_command(fetch)
main.add_command(crawl_command)
main.add_command(ingest)
main.add_command(export_command)
