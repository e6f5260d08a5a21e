"""The compare and indicators commands: thin wrappers over extract.comparison."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..atomic import atomic_write, check_writable
from ..errors import ExtractError
from ..options import fail
from .api import VIEWS, Comparison, compare
from .writers import FILE_FORMATS, FORMATS, view_frames, write_views

REGISTRY_HELP = "An indicator registry (TSV, the columns of extract/data/indicators.tsv); default: the shipped one."


def _shared(function):
    for option in reversed((
        click.argument("sources", nargs=-1),
        click.option("--db", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
                     help="Compare the documents of this store (filled by ingest, fetch or crawl)."),
        click.option("--where", metavar="CONDITION",
                     help="With --db: an SQL condition on the documents table, e.g. \"title like '%工作报告%'\"."),
        click.option("--registry", type=click.Path(dir_okay=False, exists=True, path_type=Path), metavar="FILE",
                     help=REGISTRY_HELP),
        click.option("--model/--no-model", "use_model", default=False,
                     help="Files only: also ask the shipped model (default: the rules alone, which score better out of fold: models/README.md)."),
    )):
        function = option(function)
    return function


def _build(sources: tuple[str, ...], db: Path | None, where: str | None, registry: Path | None, use_model: bool,
           pairs: tuple[tuple[str, str], ...] = ()) -> Comparison:
    if not sources and db is None:
        raise click.UsageError("give files or folders to compare, or --db FILE")
    if where and db is None:
        raise click.UsageError("--where needs --db")
    try:
        comparison = compare(*sources, db=db, where=where, registry=registry, pairs=pairs, use_model=use_model)
    except (ExtractError, ValueError) as err:
        fail(str(err))
    for problem in comparison.problems:
        click.echo(f"policy-extract: {problem}", err=True)
    if comparison.documents.empty:
        fail("no document to compare" + (" (none could be read)" if comparison.problems else ""))
    return comparison


@click.command("compare")
@_shared
@click.option("--view", "views", type=click.Choice(VIEWS), multiple=True,
              help="Which views (repeat); default: all of them.")
@click.option("--pair", "pairs", nargs=2, multiple=True, metavar="DOC DOC",
              help="Two documents to diff (doc_id or part of the path); default: consecutive documents of each "
                   "jurisdiction.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Default: from the output's extension, else html.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="The report (.html), workbook (.xlsx), or a folder / file name for CSV, JSONL or Parquet.")
def compare_command(sources: tuple[str, ...], db: Path | None, where: str | None, registry: Path | None,
                    use_model: bool, views: tuple[str, ...], pairs: tuple[tuple[str, str], ...], fmt: str | None,
                    output: Path) -> None:
    """Compare plans: indicator × jurisdiction, document against document, years against years, who owns what.

    Targets are matched to the indicator registry (exact alias, rule clean-up, the evidence, fuzzy), values
    converted to the indicator's unit, jurisdictions resolved to administrative codes at the document's date.

    \b
    Examples:
      policy-extract compare ../shared/corpus/docs/gwr2026-* -o report.html
      policy-extract compare --db policy.db --where "title like '%工作报告%'" -o report.html
      policy-extract compare plans/ --view matrix --view diff -o views.xlsx
      policy-extract compare plans/ --format csv -o views/
    """
    fmt = fmt or _format_from(output)
    check_writable(output, into=fmt in FILE_FORMATS and output.suffix.lower() != f".{fmt}")
    chosen = views or VIEWS
    comparison = _build(sources, db, where, registry, use_model, pairs)
    if fmt == "html":
        from .report import write_report

        write_report(comparison, output, views=chosen)
        written = [output]
    else:
        written = write_views(view_frames(comparison, chosen), output, fmt=fmt)
    stated = int(comparison.matrix["stated"].sum()) if not comparison.matrix.empty else 0
    failed = f", {len(comparison.problems)} failed" if comparison.problems else ""
    documents, places = len(comparison.documents), comparison.documents["jurisdiction"].nunique()
    click.echo(f"compared {documents} document{'s' if documents != 1 else ''}{failed}, "
               f"{places} jurisdiction{'s' if places != 1 else ''}: {stated} matrix cells; "
               f"wrote {', '.join(map(str, written))}", err=True)
    sys.exit(1 if comparison.problems else 0)


@click.command("indicators")
@_shared
@click.option("--unmatched", is_flag=True, required=True,
              help="List the extracted indicators no registry indicator matches (the review list).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the list (TSV) to this file; default: standard output.")
def indicators_command(sources: tuple[str, ...], db: Path | None, where: str | None, registry: Path | None,
                       use_model: bool, unmatched: bool, output: Path | None) -> None:
    """The extracted indicators no registry indicator matches: a review list to accept into the registry.

    Each line gives the indicator as cleaned, its unit, how many targets and documents state it, and one
    evidence sentence. To accept one, add a row to a copy of extract/data/indicators.tsv (a new id, or an
    alias of an existing indicator) and pass it with --registry.

    \b
    Examples:
      policy-extract indicators --unmatched --db policy.db
      policy-extract indicators --unmatched ../shared/corpus/docs/gwr2026-* -o review.tsv
    """
    if output:
        check_writable(output)
    comparison = _build(sources, db, where, registry, use_model)
    table = comparison.unmatched
    matched = int(comparison.targets["indicator_id"].notna().sum())
    text = table.to_csv(sep="\t", index=False)
    if output:
        with atomic_write(output) as stream:
            stream.write(text)
    else:
        click.echo(text, nl=False)
    click.echo(f"{matched} of {len(comparison.targets)} targets matched registry version "
               f"{comparison.registry.version} ({len(comparison.registry)} indicators); "
               f"{len(table)} unmatched indicators", err=True)


def _format_from(output: Path) -> str:
    suffix = output.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "html"
