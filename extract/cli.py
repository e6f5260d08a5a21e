"""The policy-extract command line: thin commands over the importable stages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .atomic import atomic_write
from .batch import Tally, run_batch
from .load.sources import DEFAULT_MAX_BYTES, SOURCE_SUFFIXES, Source
from .read import read_source
from .records import as_dict

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



# Commands kept in their own modules, registered once main exists.
from .scrape.commands import crawl_command, fetch  # noqa: E402
from .store.commands import export_command, ingest  # noqa: E402

main.add_command(fetch)
main.add_command(crawl_command)
main.add_command(ingest)
main.add_command(export_command)
