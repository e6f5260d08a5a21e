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
from extract.evaluate import ScoreCard, format_table, read_gold, score_document
from extract.extractor import extract_document
from extract.model.judge import Judge
from extract.model.training import build_examples, train

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
GOLD = [CORPUS / "gold" / "dev", REPO / "corpora" / "gold"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4)
    args = parser.parse_args()
    examples = build_examples(CORPUS, GOLD)
    golds = {g.name.removesuffix(".gold.jsonl"): g for folder in GOLD for g in folder.glob("*.gold.jsonl")}
    documents = {p.stem: p for folder in ("seeds", "docs") for p in (CORPUS / folder).iterdir()}
    names = sorted(golds)
    rules, model = ScoreCard(), ScoreCard()
    rows: list[tuple[str, ScoreCard, ScoreCard]] = []
    for fold in range(args.folds):
        held_out = set(names[fold::args.folds])
        with tempfile.TemporaryDirectory() as work:
            train(config=REPO / "models" / "config.cfg", examples=examples, held_out=held_out,
                  output=Path(work) / "model", version=f"fold{fold}")
            judge = Judge.load(Path(work) / "model")
            for name in sorted(held_out):
                document = extract.read(documents[name])
                gold = read_gold(golds[name])
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
