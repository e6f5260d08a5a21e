"""What the judge adds on documents it never saw: blind batch A, rules only against rules + model.

    python -m benchmarks.model_generalization [--folds 3] [--skip-leave-out]

- leave blind A out: one judge trained on every document except blind A's (no gold of blind A, no
  rule labels on it either), scored on blind A;
- folds: blind A split into folds; each judge is trained with the gold of the other blind-A
  documents (and everything else), scored on its fold's documents, so each blind-A document is
  scored by a judge that never saw it.
Blind batch B is never read (extract/model/training.py refuses it). Each training takes a few
minutes on two cores.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import extract
from devkit.floors import CORPUS, GOLD_DIRS, REPO
from extract.evaluate import ScoreCard, format_table, read_gold, score_document
from extract.extractor import extract_document
from extract.model.judge import Judge
from extract.model.training import build_examples, held_out_documents, train

BLIND_A = REPO / "corpora" / "gold" / "blind-a"


def blind_a() -> dict[str, tuple[Path, Path]]:
    documents = {p.stem: p for p in (CORPUS / "pool").iterdir()}
    return {g.name.removesuffix(".gold.jsonl"): (documents[g.name.removesuffix(".gold.jsonl")], g)
            for g in sorted(BLIND_A.glob("*.gold.jsonl"))}


def scored_by_judge(names: list[str], *, gold_dirs: list[Path], leave_out: set[str],
                    found: dict[str, tuple[Path, Path]], tag: str) -> list[tuple[str, ScoreCard, ScoreCard]]:
    """Train without ``leave_out``; the spaCy dev split comes from the other gold documents."""
    examples = build_examples(CORPUS, gold_dirs, leave_out=leave_out)
    rows = []
    with tempfile.TemporaryDirectory() as work:
        train(config=REPO / "models" / "config.cfg", examples=examples, held_out=held_out_documents(examples),
              output=Path(work) / "model", version=tag)
        judge = Judge.load(Path(work) / "model")
        for name in names:
            document, gold_file = found[name]
            gold = read_gold(gold_file)
            text = extract.read(document)
            plain, judged = extract_document(text, use_model=False), extract_document(text, judge=judge)
            rows.append((name, *(score_document(gold, r.tasks, r.targets) for r in (plain, judged))))
    return rows


def report(title: str, rows: list[tuple[str, ScoreCard, ScoreCard]]) -> None:
    rules, model = sum((a for _, a, _ in rows), ScoreCard()), sum((b for _, _, b in rows), ScoreCard())
    print(f"{title}: rules only\n" + format_table([(n, a) for n, a, _ in rows], rules))
    print(f"\n{title}: rules + model\n" + format_table([(n, b) for n, _, b in rows], model))
    for name, cards in (("rules only", [a for _, a, _ in rows]), ("rules + model", [b for _, _, b in rows])):
        s = sum(cards, ScoreCard()).scores()
        f1s = [c.scores()["f1"] for c in cards if c.scores()["f1"] is not None]
        print(f"{title:12} {name:14} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
              f"macro F1 {sum(f1s) / len(f1s):.3f} ({s['targets_matched']} matched of "
              f"{s['targets_predicted']} predicted, {s['targets_gold']} gold)")
    print(flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=3, help="folds over blind A (0: none)")
    parser.add_argument("--skip-leave-out", action="store_true")
    args = parser.parse_args()
    found = blind_a()
    names = sorted(found)
    if not args.skip_leave_out:
        report("leave-out", scored_by_judge(names, gold_dirs=list(GOLD_DIRS), leave_out=set(names),
                                            found=found, tag="leave-blind-a-out"))
    rows = []
    for fold in range(args.folds):
        held = names[fold::args.folds]
        rows += scored_by_judge(held, gold_dirs=[*GOLD_DIRS, BLIND_A], leave_out=set(held), found=found,
                                tag=f"blind-a-fold{fold}")
    if rows:
        report("folds", rows)


if __name__ == "__main__":
    main()
