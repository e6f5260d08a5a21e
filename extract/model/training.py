"""Training the judge: candidates from the corpus labelled by gold (and, where there is no gold,
by the rules' confident verdicts), a held-out split of gold documents, spaCy training, packaging.

The amounts the exclusion rules rule out (dates, document numbers …) are no examples: they
taught an earlier judge the rules' own cues (a Chinese numeral, a date nearby) and cost it
recall out of fold.

Only ../shared/corpus/seeds, docs and pool are read, and the documents with gold of the folders
given as ``extra`` (../extra/corpus: the development batches fetched beside the corpus); never
holdout, and never the documents of the final blind batches (FINAL_TEST): neither their gold nor
the rules' labels on them.
"""
from __future__ import annotations

import json
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..evaluate import gold_match, read_gold
from ..extractor import candidate_contexts, extract_document
from ..normalize.numerals import plain_number
from ..read import read
from .judge import ACHIEVED, LABELS, MODEL_NAME, NOT_TARGET, PLANNED, TRAINED_PIPES

CORPUS_FOLDERS = ("seeds", "docs", "pool")
NOT_DOCUMENTS = frozenset({"MANIFEST.tsv"})
# the untouched blind batches, never training examples: B (corpora/gold/blind-b/, pool documents), D
# (blind-d/, docs/ documents) and F, M, Q, S, T, V, Z, AC, AE, AH, AJ, AL, AN, AR and AT (blind-f/ …
# blind-at/: f-NNN, m-NNN, q-NNN, s-NNN, t-NNN, v-NNN, z-NNN, ac-NNN, ae-NNN, ah-NNN, aj-NNN, al-NNN, an-NNN,
# ar-NNN and at-NNN of ../extra/corpus; Q and S fetched and first scored in session 12, T in 13, V and Z in 14,
# AC in 16, AE in 17, AH in 18, AJ in 19, AL in 20, AN in 21, AR in 23, AT in 24).
# Batches A, C, L, J, O, AA and AP (J and O opened in session 11, AA and AP in session 24) are development
# batches: their gold trains.
FINAL_TEST = (frozenset(f"pool-{n:03d}" for n in (2, 6, 11, 13, 16, 20, 21, 24, 27, 31, 33))
              | frozenset({"changshun-002", "govcn-003", "govcn-008", "gwr2026-007", "gwrnat-004", "gwrnat-005",
                           "hfs-007", "twgov-001"}))
FINAL_TEST_PREFIXES = ("f-", "m-", "q-", "s-", "t-", "v-", "z-", "ac-", "ae-", "ah-", "aj-", "al-", "an-", "ar-",
                       "at-")
FINAL_TEST_FOLDERS = frozenset({"blind-b", "blind-d", "blind-f", "blind-m", "blind-q", "blind-s", "blind-t",
                                "blind-v", "blind-z", "blind-ac", "blind-ae", "blind-ah", "blind-aj", "blind-al",
                                "blind-an", "blind-ar", "blind-at"})
HELD_OUT_EVERY = 4
SEED = 13


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    document: str
    origin: str  # gold (labelled by a gold file) or rules (a confident verdict of the rules)

    @property
    def gold(self) -> bool:
        return self.origin == "gold"


class FinalTestGold(ValueError):
    """A gold folder holds gold of the final blind batch, which no judge may be trained on."""


def build_examples(corpus: Path, gold_dirs: Iterable[Path], *, extra: Iterable[Path] = (),
                   leave_out: Collection[str] = ()) -> list[Example]:
    """One example per candidate amount of every document of the corpus and of each document with
    gold in the ``extra`` folders, except the final test's and those named in ``leave_out`` (to score a
    judge on documents it never saw)."""
    gold_dirs = list(gold_dirs)
    refuse_final_test(gold_dirs)
    examples: list[Example] = []
    # the rules' verdicts label the corpus's documents without gold; an extra folder's count only with gold
    folders = [(corpus / name, True) for name in CORPUS_FOLDERS] + [(folder, False) for folder in extra]
    for folder, rule_labels in folders:
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.name in NOT_DOCUMENTS or is_final_test(path.stem) or path.stem in leave_out:
                continue
            gold = next((d / f"{path.stem}.gold.jsonl" for d in gold_dirs
                         if (d / f"{path.stem}.gold.jsonl").is_file()), None)
            if gold is not None or rule_labels:
                examples += _document_examples(path, gold)
    return examples


def is_final_test(name: str) -> bool:
    return name in FINAL_TEST or name.startswith(FINAL_TEST_PREFIXES)


def refuse_final_test(gold_dirs: Iterable[Path]) -> None:
    """Raise FinalTestGold for a final batch's folder or any of its documents' gold files."""
    for folder in gold_dirs:
        found = sorted(name for name in (g.name.removesuffix(".gold.jsonl") for g in folder.glob("*.gold.jsonl"))
                       if is_final_test(name))
        named = sorted(FINAL_TEST_FOLDERS & set(folder.resolve().parts))
        if named or found:
            what = ", ".join(found or named)
            raise FinalTestGold(f"{folder}: gold of the final blind batch ({what}) is never training data")


def _document_examples(path: Path, gold: Path | None) -> list[Example]:
    document = read(path)
    candidates = candidate_contexts(document)
    if gold is not None:
        targets = [r for r in read_gold(gold) if r["kind"] == "target"]
        return [Example(context, _gold_label(targets, draft, document.text), path.stem, "gold")
                for draft, context in candidates]
    statuses = {(t.start, t.value): t.status for t in extract_document(document, use_model=False).targets}
    examples = []
    for draft, context in candidates:
        key = (draft.clause.start, plain_number(draft.quantity.value))
        if draft.verdict == "strong" and key in statuses:
            examples.append(Example(context, _status_label(statuses[key]), path.stem, "rules"))
        elif draft.verdict == "none":
            examples.append(Example(context, NOT_TARGET, path.stem, "rules"))
    return examples


def _gold_label(targets: list[dict], draft, text: str) -> str:
    value_max = plain_number(draft.quantity.value_max) if draft.quantity.value_max is not None else None
    match = gold_match(targets, plain_number(draft.quantity.value), value_max, draft.unit, draft.clause.text(text))
    return _status_label(match["status"]) if match else NOT_TARGET


def _status_label(status: str) -> str:
    return ACHIEVED if status == "achieved" else PLANNED


def held_out_documents(examples: list[Example], folds: int = HELD_OUT_EVERY) -> set[str]:
    """Every ``folds``-th gold document by number of examples, from the second largest: a held-out
    split with about 1/``folds`` of the gold examples, large and small documents alike."""
    sizes = Counter(e.document for e in examples if e.gold)
    ranked = sorted(sizes, key=lambda name: (-sizes[name], name))
    return set(ranked[1::folds])


def split(examples: list[Example], held_out: set[str]) -> tuple[list[Example], list[Example]]:
    """Training examples (every example of the documents outside ``held_out``) and the held-out
    documents' gold examples."""
    train = [e for e in examples if e.document not in held_out]
    dev = [e for e in examples if e.gold and e.document in held_out]
    random.Random(SEED).shuffle(train)
    return train, dev


def write_docbin(examples: list[Example], path: Path, nlp) -> None:
    from spacy.tokens import DocBin

    docs = DocBin()
    for example in examples:
        doc = nlp.make_doc(example.text)
        doc.cats = {label: float(label == example.label) for label in LABELS}
        docs.add(doc)
    docs.to_disk(path)


def train(*, config: Path, examples: list[Example], held_out: set[str], output: Path, version: str) -> dict:
    """Train with spaCy on the examples outside ``held_out``, score on those inside, package the
    best model into ``output``; returns the held-out scores."""
    import spacy
    from spacy.cli.train import train as spacy_train

    train_set, dev_set = split(examples, held_out)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "policy_extract.jieba_tokenizer.v1"}}})
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        write_docbin(train_set, work_dir / "train.spacy", nlp)
        write_docbin(dev_set, work_dir / "dev.spacy", nlp)
        spacy_train(config, work_dir / "out", overrides={
            "paths.train": str(work_dir / "train.spacy"), "paths.dev": str(work_dir / "dev.spacy")})
        scores = package(work_dir / "out" / "model-best", output, version=version, examples=examples,
                         split_sizes=(len(train_set), len(dev_set)))
    return scores


def package(best: Path, output: Path, *, version: str, examples: list[Example], split_sizes: tuple[int, int]) -> dict:
    """The trained tok2vec and textcat, plus the rule component, with the trained pipes disabled so
    that ``nlp(text)`` runs the whole extractor; meta records the data it was trained on."""
    import spacy

    nlp = spacy.load(best)
    scores = nlp.meta.get("performance", {})
    nlp.add_pipe("policy_extractor", last=True)
    for name in TRAINED_PIPES:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    counts = Counter((e.label, e.origin) for e in examples)
    nlp.meta.update({
        "name": MODEL_NAME.replace("-", "_"), "version": version,
        "description": "policy-extract: judge of candidate amounts (target or not, planned or achieved) "
                       "and the rule extractor as one pipeline",
        "sources": [{"name": "../shared/corpus seeds, docs and pool, and the documents with gold of the "
                              "--extra folders (never holdout nor the final blind batches)"}],
        "training": {"train_examples": split_sizes[0], "held_out_examples": split_sizes[1],
                     "labels": {f"{label}/{origin}": n for (label, origin), n in sorted(counts.items())}},
    })
    # written beside the output, then swapped in: a failed run leaves the previous model whole
    staging = output.with_name(output.name + ".part")
    staging.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    (staging / "scores.json").write_text(json.dumps(scores, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if output.exists():
        shutil.rmtree(output)
    staging.rename(output)
    return scores
