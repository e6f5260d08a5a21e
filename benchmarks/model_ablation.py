"""Rules only against rules + model, on gold documents the model was not trained on.

    python benchmarks/model_ablation.py [--folds 4]

The gold documents are split into folds; for each fold a judge is trained on the
rule-labelled documents and the gold of the other folds, and both extractors are
scored on the fold's documents. The sums over folds compare the two on every gold
document, out of fold. Training takes about four minutes a fold on two cores.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import extract
from devkit.floors import CORPUS, GOLD_DIRS, REPO, gold_documents
from extract.evaluate import ScoreCard, format_table, read_gold, score_document
from extract.extractor import extract_document
from extract.model.judge import Judge
from extract.model.training import build_examples, train


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4)
    args = parser.parse_args()
    examples = build_examples(CORPUS, GOLD_DIRS)
    found = {name: (path, gold) for name, path, gold in gold_documents()}
    names = sorted(found)
    rules, model = ScoreCard(), ScoreCard()
    rows: list[tuple[str, ScoreCard, ScoreCard]] = []
    for fold in range(args.folds):
        held_out = set(names[fold::args.folds])
        with tempfile.TemporaryDirectory() as work:
            train(config=REPO / "models" / "config.cfg", examples=examples, held_out=held_out,
                  output=Path(work) / "model", version=f"fold{fold}")
            judge = Judge.load(Path(work) / "model")
            for name in sorted(held_out):
                document = extract.read(found[name][0])
                gold = read_gold(found[name][1])
                plain = extract_document(document, use_model=False)
                judged = extract_document(document, judge=judge)
                a, b = (score_document(gold, r.tasks, r.targets) for r in (plain, judged))
                rows.append((name, a, b))
                rules, model = rules + a, model + b
    print("rules only\n" + format_table([(n, a) for n, a, _ in rows], rules))
    print("\nrules + model (out of fold)\n" + format_table([(n, b) for n, _, b in rows], model))
    for name, card in (("rules only", rules), ("rules + model", model)):
        s = card.scores()
        print(f"{name:14} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
              f"({s['targets_matched']} matched of {s['targets_predicted']} predicted, {s['targets_gold']} gold)")


if __name__ == "__main__":
    main()
