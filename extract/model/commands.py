"""The train command: the judge retrained from a corpus and its gold, written as a spaCy pipeline."""
from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import click

from ..options import gold_option
from .judge import MODEL_NAME, models_folders


def _default_config() -> Path:
    """models/config.cfg: in the installed package, else in the checkout."""
    candidates = [folder / "config.cfg" for folder in models_folders()]
    return next((p for p in candidates if p.is_file()), candidates[-1])


@click.command()
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path), required=True,
              help="A corpus folder with seeds/, docs/ and pool/ "
                   "(its holdout/ and the final blind batches are never read).")
@gold_option
@click.option("--extra", "extra_dirs", multiple=True, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A folder of more documents (../extra/corpus: the development batches); those with a gold "
                   "file in the --gold folders train too (repeat for several).")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("models") / MODEL_NAME, show_default=True, help="Where to write the trained pipeline.")
@click.option("--config", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="spaCy training config; default: models/config.cfg.")
@click.option("--version", "version", default=None, help="Version stamped into records; default: the package's.")
def train(corpus: Path, gold_dirs: tuple[Path, ...], extra_dirs: tuple[Path, ...], output: Path, config: Path | None,
          version: str | None) -> None:
    """Train the judge of candidate amounts and write it as a spaCy pipeline.

    Every amount the rules find in seeds/, docs/ and pool/ is an example:
    labelled by the gold where a document has gold, else by the rules' confident
    verdicts; so is every amount of an --extra document with gold. The final blind
    batches (blind-b, blind-d, blind-f, blind-m, blind-q, blind-s, blind-t, blind-v,
    blind-z, blind-ac, blind-ae, blind-ah, blind-aj, blind-al, blind-an, blind-ar, blind-at) are never
    read; their gold is refused.
    Every fourth gold document is held out and scored. Takes a few minutes on
    two cores; the output loads with spacy.load(DIR) and with --model DIR.

    \b
    Example:
      policy-extract train --corpus ../shared/corpus --gold ../shared/corpus/gold/dev --gold corpora/gold
      policy-extract train --corpus ../shared/corpus --extra ../extra/corpus --gold corpora/gold/dev-n ...
    """
    from .training import FinalTestGold, build_examples, held_out_documents, train as train_judge

    try:
        examples = build_examples(corpus, gold_dirs, extra=extra_dirs)
    except FinalTestGold as err:
        raise click.UsageError(str(err)) from err
    if not any(e.gold for e in examples):
        raise click.UsageError(f"no document of {corpus}/seeds, docs or pool has a gold file in the --gold folders")
    scores = train_judge(config=config or _default_config(), examples=examples,
                         held_out=held_out_documents(examples), output=output,
                         version=version or metadata.version("policy-extract"))
    click.echo(json.dumps(scores, indent=1), err=True)
    click.echo(f"policy-extract: model written to {output}", err=True)
