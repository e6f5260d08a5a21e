"""The policy-extract command line: thin commands over the importable stages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .atomic import atomic_write
from .batch import Tally, run_batch
from .comparison.commands import compare_command, indicators_command
from .evaluate import ScoreCard, format_table, gold_path, read_gold, score_document
from .export import FORMATS, RECORD_CHOICES, output_format, write
from .model.commands import train
from .model.judge import Judge
from .load.sources import SOURCE_SUFFIXES, Source
from .options import encoding_option, gold_option, max_size_option, model_options
from .pipeline import extract_document, process_source
from .read import read_source
from .records import as_dict
from .scrape.commands import crawl_command, fetch
from .store.commands import export_command, ingest

@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the records to this file (written atomically); default (or -): standard output.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format; default: from the output file's extension (.csv, .jsonl, .json, .parquet), "
                   "else csv.")
@click.option("--records", type=click.Choice(RECORD_CHOICES), default="targets", show_default=True,
              help="Which records: targets, tasks, documents, or all of them (with a kind column).")
@click.option("--excel", is_flag=True, help="CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends.")
@max_size_option()
@encoding_option
@model_options
def extract_command(sources: tuple[str, ...], output: Path | None, fmt: str | None, records: str, excel: bool,
                    max_bytes: int, encoding: str | None, judge: Judge | None) -> None:
    """Extract targets, tasks and documents as records.

    Every target carries its value, unit, comparator, deadline (ISO), owners,
    status and the evidence it was read from; CSV rows carry the document's
    title, issuer, region and date alongside. A list field (owners, path) holds one value
    a line in its CSV cell.
    Rules find the amounts; the shipped model (models/policy-extract-zh) judges
    those the rules are unsure of, and says so in the method column.

    \b
    Examples:
      policy-extract extract corpora/samples -o records.csv
      policy-extract extract notice.html --records all --format jsonl
      policy-extract extract plans/ -o targets.csv --excel
      policy-extract extract plans/ -o records.parquet --records all
    """
    try:
        output, fmt = output_format(output, fmt, excel=excel)
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    tally = Tally()

    def work(source: Source):
        return process_source(source, max_bytes=max_bytes, encoding=encoding, use_model=judge is not None,
                              judge=judge)

    results = [result for _, result in run_batch(sources, work, tally, suffixes=SOURCE_SUFFIXES)]
    count = write(results, output, fmt=fmt, records=records, excel=excel, stdout=sys.stdout)
    where = f" to {output}" if output else ""
    kind = "" if records == "all" else records.removesuffix("s") + " "  # 42 target records, 9 task records
    click.echo(f"{tally.summary('extracted')}: {count} {kind}records written{where}", err=True)
    sys.exit(1 if tally.failed else 0)


@main.command()
@gold_option
@click.argument("sources", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="List every miss and wrong field under its document.")
@click.option("--compare", is_flag=True, help="Score rules only and rules + model side by side.")
@model_options
def evaluate(gold_dirs: tuple[Path, ...], sources: tuple[str, ...], as_json: bool, misses: bool, compare: bool,
             judge: Judge | None) -> None:
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
      policy-extract evaluate --compare --gold corpora/gold ../shared/corpus/docs
    """
    if compare and judge is None:
        raise click.UsageError("--compare needs a model: none is installed, or --no-model was given")
    setups = {"rules only": None, "rules + model": judge} if compare else {"": judge}
    tally = Tally()
    scored: dict[str, list[tuple[str, ScoreCard]]] = {name: [] for name in setups}

    def work(source: Source):
        gold = gold_path(source.path, gold_dirs) if source.path else None
        if gold is None:
            return None
        document, records = read_source(source), read_gold(gold)
        return {name: score_document(records, result.tasks, result.targets)
                for name, result in ((name, extract_document(document, use_model=j is not None, judge=j))
                                     for name, j in setups.items())}

    for source, scores in run_batch(sources, work, tally, suffixes=SOURCE_SUFFIXES):
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


main.add_command(fetch)
main.add_command(crawl_command)
main.add_command(ingest)
main.add_command(export_command)
main.add_command(train)
main.add_command(compare_command)
main.add_command(indicators_command)
