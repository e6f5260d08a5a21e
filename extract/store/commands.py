"""The ingest and export commands: thin wrappers over extract.store."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from ..batch import Done, Tally, Workers, run_batch
from ..errors import StoreError
from ..export import FORMATS, RECORD_CHOICES, output_format
from ..load.sources import SOURCE_SUFFIXES, Source
from ..options import db_option, encoding_option, fail, jobs_option, max_size_option
from ..workers import ModelChoice, load_model, process_capture
from .database import Store
from .ingest import Capture, file_capture, is_stored, store_pages, touch
from .query import export_store

INTERRUPTED = "interrupted; what was stored is kept: run the same command again to go on"


def outcome_summary(verb: str, outcomes: Counter[str], failed: int) -> str:
    done = sum(outcomes.values())
    parts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()))
    text = f"{verb} {done} document{'s' if done != 1 else ''}" + (f" ({parts})" if parts else "")
    return text + (f", {failed} failed" if failed else "")


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@max_size_option()
@encoding_option
@jobs_option
def ingest(sources: tuple[str, ...], db: Path, max_bytes: int, encoding: str | None, jobs: int) -> None:
    """Clean, extract and store local files (HTML, text, Word, Excel, PDF) in the database.

    The same content is stored once; a changed file at the same path becomes a
    new version, the old one kept. Prints one line per input: what became of
    it (new, changed, unchanged, failed) and its name.

    \b
    Examples:
      policy-extract ingest notices/ --db policy.db
    """
    tally, outcomes = Tally(), Counter[str]()
    try:
        with Store.open(db) as store:
            def prepare(source: Source) -> Capture | Done[str]:  # here; the cleaning and extraction in workers
                capture = file_capture(source, max_bytes=max_bytes, encoding=encoding)
                if is_stored(store, capture):
                    touch(store, capture.url, checked_at=capture.fetched_at)
                    return Done("unchanged")
                return capture

            for source, done in run_batch(sources, process_capture, tally, suffixes=SOURCE_SUFFIXES,
                                          prepare=prepare, workers=Workers(jobs, load_model, (ModelChoice(),)),
                                          on_failure=lambda name: click.echo(f"failed\t{name}")):
                outcome = done if isinstance(done, str) else store_pages(store, [done])[0]
                outcomes[outcome] += 1
                click.echo(f"{outcome}\t{source.name}")
    except KeyboardInterrupt:
        fail(INTERRUPTED)
    except StoreError as err:
        fail(str(err))
    click.echo(outcome_summary("ingested", outcomes, len(tally.failed)), err=True)
    sys.exit(1 if tally.failed else 0)


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format; default: from the output file's extension, else csv.")
@click.option("--records", type=click.Choice(RECORD_CHOICES), default="targets", show_default=True,
              help="Which records to write; 'all' adds a kind column.")
@click.option("--where", metavar="CONDITION",
              help="An SQL condition on the documents table, e.g. \"region like '%钟楼%'\".")
@click.option("--all-versions", is_flag=True, help="Include documents of pages that have changed since.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Only the documents stored on or after this day (what is new since the last export).")
@click.option("--excel", is_flag=True, help="CSV that Excel opens right (BOM, CRLF).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write to this file (a folder for a datapackage; atomically) instead of standard output "
                   "(also: -).")
def export_command(db: Path, fmt: str | None, records: str, where: str | None, all_versions: bool, since, excel: bool,
                   output: Path | None) -> None:
    """Write the stored records as CSV, JSON Lines, JSON, Parquet or a Data Package (a folder).

    \b
    Examples:
      policy-extract export --db policy.db --records tasks -o tasks.csv
      policy-extract export --format jsonl --where "region like '%钟楼%'"
    """
    try:
        output, fmt = output_format(output, fmt, excel=excel)
    except ValueError as err:
        fail(str(err), code=2)
    try:
        with Store.open(db, read_only=True) as store:
            count = export_store(store, output, fmt=fmt, records=records, where=where, all_versions=all_versions,
                                 excel=excel, stdout=sys.stdout, since=since.date().isoformat() if since else None)
    except StoreError as err:
        fail(str(err))
    click.echo(f"exported {count} record{'s' if count != 1 else ''}", err=True)
