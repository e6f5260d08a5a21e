"""Scores on the documents the rules were tuned on beside the blind batches, so a drop on unseen
documents shows.

    python -m benchmarks.generalization                 # one row per set, rules only and with the model
    python -m benchmarks.generalization --documents     # and one row per document of each set
    python -m benchmarks.generalization --model /tmp/judge   # also a judge trained with policy-extract train

The sets:
- ``tuned``: the gold of ../shared/corpus/gold/dev and corpora/gold/*.gold.jsonl, the documents the
  extractor was developed on;
- ``blind-a``, ``blind-b``, ``blind-c``…: every folder corpora/gold/blind-*/, documents (of
  ../shared/corpus/pool, and for batch C of docs/) annotated from RECORDS.md by annotators who never
  saw the extractor's output, before any rule was tuned on them (each folder's README.md says when and what main scored then);
- ``dev-e``…: every folder corpora/gold/dev-*/, development batches of documents that are not in
  ../shared/corpus but fetched from the same public sources as the pool into ../extra/corpus (the
  folder's README.md lists each document's source); annotated blind like the others, then tuned on.
  A set whose documents are missing is left out with a note.
Micro scores sum the counts over a set; ``macro F1`` is the mean of per-document target F1 over the
documents with gold targets or predictions (a document with neither has no score).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from extract.evaluate import ScoreCard, format_table, read_gold, score_document
from extract.model.judge import Judge, default_judge
from extract.pipeline import process_source
from extract.read import source_named

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
EXTRA_CORPUS = REPO.parent / "extra" / "corpus"
TUNED_GOLD = (CORPUS / "gold" / "dev", REPO / "corpora" / "gold")
DOCUMENT_FOLDERS = ("seeds", "docs", "pool")
SUMMARY = (("P", "precision"), ("R", "recall"), ("F1", "f1"), ("dl", "deadline_accuracy"),
           ("own", "owners_accuracy"), ("st", "status_accuracy"), ("t-own", "task_owners_accuracy"),
           ("t-dl", "task_deadline_accuracy"))


def gold_sets() -> dict[str, list[tuple[str, Path, Path]]]:
    """Set name → (document name, document, gold file), for the tuned set and each blind batch."""
    folders = [CORPUS / folder for folder in DOCUMENT_FOLDERS] + ([EXTRA_CORPUS] if EXTRA_CORPUS.is_dir() else [])
    documents = {p.stem: p for folder in folders for p in folder.iterdir()}
    gold_folders = {"tuned": list(TUNED_GOLD)}
    for pattern in ("blind-*", "dev-*"):
        gold_folders |= {folder.name: [folder] for folder in sorted((REPO / "corpora" / "gold").glob(pattern))}
    sets = {}
    for name, folders_of_set in gold_folders.items():
        golds = sorted(g for folder in folders_of_set for g in folder.glob("*.gold.jsonl"))
        missing = [g.name for g in golds if g.name.removesuffix(".gold.jsonl") not in documents]
        if missing:
            print(f"{name}: left out, {len(missing)} of its documents are not in {EXTRA_CORPUS} "
                  f"(see corpora/gold/{name}/README.md)")
            continue
        sets[name] = [(g.name.removesuffix(".gold.jsonl"), documents[g.name.removesuffix(".gold.jsonl")], g)
                      for g in golds]
    return sets


def score_set(entries: list[tuple[str, Path, Path]], *, judge: Judge | None) -> dict[str, ScoreCard]:
    cards = {}
    for name, document, gold in entries:
        result = process_source(source_named(document), judge=judge)
        cards[name] = score_document(read_gold(gold), result.tasks, result.targets)
    return cards


def macro_f1(cards: dict[str, ScoreCard]) -> float | None:
    scores = [card.scores()["f1"] for card in cards.values()]
    scored = [f1 for f1 in scores if f1 is not None]
    return sum(scored) / len(scored) if scored else None


def summary_row(name: str, cards: dict[str, ScoreCard]) -> str:
    scores = sum(cards.values(), ScoreCard()).scores()
    cells = [_cell(scores[key]) for _, key in SUMMARY]
    return (f"{name:16} {len(cards):>4} {scores['targets_gold']:>6} {scores['targets_predicted']:>6} "
            + " ".join(cells) + f" {_cell(macro_f1(cards))}")


def _cell(value: float | None) -> str:
    return f"{value:6.3f}" if value is not None else "     -"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", action="store_true", help="also print one row per document")
    parser.add_argument("--no-model", action="store_true", help="rules only (default: both setups)")
    parser.add_argument("--model", type=Path, metavar="DIR",
                        help="also score the judge trained into DIR (policy-extract train -o DIR), a third setup")
    parser.add_argument("--sets", nargs="+", metavar="SET",
                        help="only these sets (e.g. tuned blind-a), to keep a final blind batch unseen while tuning")
    args = parser.parse_args()
    setups = {"rules": lambda: None}
    if not args.no_model:
        setups["rules + model"] = default_judge
    if args.model:
        setups[f"rules + {args.model}"] = lambda: Judge.load(args.model)
    header = f"{'set':16} {'docs':>4} {'gold':>6} {'pred':>6} " + " ".join(f"{h:>6}" for h, _ in SUMMARY)
    for setup, load_judge in setups.items():
        judge = load_judge()
        found = {name: score_set(entries, judge=judge) for name, entries in gold_sets().items()
                 if not args.sets or name in args.sets}
        print(f"{setup}\n{header} {'macro':>6}\n{'-' * (len(header) + 7)}")
        for name, cards in found.items():
            print(summary_row(name, cards))
        if args.documents:
            for name, cards in found.items():
                print(f"\n{setup}, {name}\n{format_table(list(cards.items()), sum(cards.values(), ScoreCard()))}")
        print()


if __name__ == "__main__":
    main()
