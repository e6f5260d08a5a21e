"""The ingest and export commands: thin wrappers over extract.store."""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import click

from ..atomic import atomic_write
from ..batch import Done, Tally, Workers, run_batch
from ..errors import StoreError
from ..export import FORMATS, RECORD_CHOICES, output_format
from ..load.sources import SOURCE_SUFFIXES, Source
from ..options import db_option, encoding_option, excel_option, fail, jobs_option, max_size_option
from ..workers import RULES_ONLY, load_model, process_capture
from .database import Store
from .ingest import Capture, file_capture, is_stored, store_pages, touch
from .limits import DEFAULT_QUERY_SECONDS
from .query import export_store
from .datasette import database_name, metadata
from .search import format_hit, hit_lines, search

SINCE_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")
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
def ingest(sources: tuple[str, ...], db: str | Path, max_bytes: int, encoding: str | None, jobs: int) -> None:
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
                                          prepare=prepare, workers=Workers(jobs, load_model, (RULES_ONLY,)),
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
@click.option("--since", type=click.DateTime(formats=SINCE_FORMATS), metavar="DATE[THH:MM[:SS]]",
              help="Only documents stored at or after this moment (local time), e.g. 2026-12-01.")
@click.option("--all-versions", is_flag=True, help="Include documents of pages that have changed since.")
@click.option("--query-timeout", type=click.FloatRange(min=0.001), default=DEFAULT_QUERY_SECONDS, show_default=True,
              metavar="SECONDS", help="Stop the query that selects the documents after this long.")
@excel_option
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write to this file (a folder for a datapackage; atomically) instead of standard output "
                   "(also: -).")
def export_command(db: str | Path, fmt: str | None, records: str, where: str | None, since: datetime | None,
                   all_versions: bool, query_timeout: float, excel: bool, output: Path | None) -> None:
    """Write the stored records as CSV, JSON Lines, JSON, Parquet or a Data Package (a folder).

    Every record carries the version of its document's page (doc_version: 1 for
    a new notice, 2 and up for a changed one) and, for an attachment, the doc_id
    of its notice (parent_id); --since gives what was stored after a moment.

    \b
    Examples:
      policy-extract export --db policy.db --records tasks -o tasks.csv
      policy-extract export --format jsonl --where "region like '%钟楼%'"
      policy-extract export --since 2026-12-01 -o new-targets.csv
    """
    try:
        output, fmt = output_format(output, fmt, excel=excel)
    except ValueError as err:
        fail(str(err), code=2)
    try:
        with Store.open(db, read_only=True) as store:
            count = export_store(store, output, fmt=fmt, records=records, where=where, all_versions=all_versions,
                                 since=since, query_seconds=query_timeout, excel=excel, stdout=sys.stdout)
    except KeyboardInterrupt:
        fail("interrupted; nothing was written", code=130)
    except StoreError as err:
        fail(str(err))
    click.echo(f"exported {count} record{'s' if count != 1 else ''}", err=True)


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many notices.")
@click.option("--format", "fmt", type=click.Choice(("text", "jsonl")), default="text", show_default=True,
              help="text to read; jsonl gives each notice (with a snippet), then its matching tasks and targets.")
def search_command(query: str, db: str | Path, limit: int, fmt: str) -> None:
    """Find the stored notices whose title or text contains QUERY, with their matching tasks and targets.

    Any characters match (no word segmentation).
    Newest notices first.

    \b
    Examples:
      policy-extract search "垃圾分类" --db policy.db
      policy-extract search "新能源汽车" --format jsonl --limit 100
    """
    try:
        with Store.open(db, read_only=True) as store:
            hits = search(store, query, limit=limit)
    except ValueError as err:
        fail(f"search {query!r}: {err}", code=2)
    except StoreError as err:
        fail(str(err))
    for hit in hits:
        click.echo(format_hit(hit) if fmt == "text" else hit_lines(hit))
    click.echo(f"{len(hits)} notice{'s' if len(hits) != 1 else ''} found", err=True)


@click.command("datasette-metadata")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (atomically) instead of standard output.")
def datasette_metadata(db: str | Path, output: Path | None) -> None:
    """Write a Datasette metadata file for a SQLite store: what every table and column means.

    \b
    Examples:
      policy-extract datasette-metadata --db policy.db -o metadata.json
      datasette policy.db --metadata metadata.json
    """
    if isinstance(db, str):
        fail("datasette-metadata is for a SQLite file; Datasette does not read PostgreSQL", code=2)
    text = json.dumps(metadata(database_name(db)), ensure_ascii=False, indent=1) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    with atomic_write(output) as stream:
        stream.write(text)
