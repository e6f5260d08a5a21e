"""Whether a trained model of task owners beats the rules on documents it never saw: out of fold, one
readable gold set left out at a time.

    python -m benchmarks.owner_model --sets tuned blind-a blind-c blind-j dev-e dev-g ...

For every task the rules make that a gold task matches (as the scorer matches them, RECORDS.md section 6),
the candidates are the rules' owners and every organization-like mention of the task's words (a span
that ends on an ending of extract/data/org_suffixes.tsv at a jieba word end, from any word start before
it in its piece of text between punctuation). Each candidate is described by what the rules said,
the span itself (first and last characters and words, length, ending) and its context (the characters
and jieba words around it, in brackets, in the first sentence, named in the document's owner tags or
as another task's owner). A logistic regression over those features keeps a candidate at
probability 0.5, trained on the other sets' gold; a candidate inside a longer one kept goes.
The table compares, per set, the task owners (same set as the gold's) of the rules and of the model.
Only the readable sets may be named: the final blind batches are refused.
"""
from __future__ import annotations

import argparse
import re
from itertools import accumulate
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

import numpy as np

from benchmarks.generalization import gold_sets
from extract.evaluate import fold, match_tasks, owner_set, read_gold
from extract.lexicon import alternation, org_suffixes
from extract.model.training import FINAL_TEST_FOLDERS
from extract.pipeline import process_source
from extract.read import source_named
from extract.records import Task
from extract.segment import tags

PIECE = re.compile(r"[^\s,，。;；:：、!！?？“”\"《》〈〉()（）\[\]【】]+")
OWNER_TAG = re.compile(r"(?:责任|牵头|配合|参与|主办|协办)(?:单位|部门)[:：]([^)）\n]{1,200})")
TAG_SPLIT = re.compile(r"[、,，;；]")
LONGEST = 18  # characters of a candidate name
THRESHOLD = 0.5


@dataclass(frozen=True)
class Case:
    """A matched task: its set, the rules' task, the gold owners, what its document tags and owns elsewhere."""

    set: str
    task: Task
    gold: frozenset[str]
    tagged: frozenset[str]
    owned: frozenset[str]


def cases(sets: list[str]) -> list[Case]:
    found = []
    for name, entries in gold_sets().items():
        if name not in sets:
            continue
        for _, document, gold_file in entries:
            result = process_source(source_named(document))
            gold = [g for g in read_gold(gold_file) if g.get("kind") == "task"]
            tagged = frozenset(owner_key(n) for m in OWNER_TAG.finditer(result.document.text)
                               for n in TAG_SPLIT.split(m.group(1)) if 2 <= len(n.strip()) <= 20)
            owned = frozenset(owner_key(o) for t in result.tasks for o in t.owners)
            found += [Case(name, task, frozenset(owner_set(g.get("owners") or [])), tagged, owned)
                      for g, task in match_tasks(gold, list(result.tasks)) if task is not None]
    return found


def owner_key(owner: str) -> str:
    return next(iter(owner_set([owner])), "")


def mentions(text: str) -> dict[str, list[tuple[int, int, dict]]]:
    """Owner key → its places (start, end, the words around it) in ``text``."""
    found: dict[str, list[tuple[int, int, dict]]] = defaultdict(list)
    for piece in PIECE.finditer(text):
        words = tags(piece.group())
        starts = list(accumulate((len(w) for w, _ in words[:-1]), initial=0)) if words else []
        ends = {start + len(word): n for n, (start, (word, _)) in enumerate(zip(starts, words))}
        for match in _suffixes().finditer(piece.group()):
            end = match.start() + len(match.group(1))
            last = ends.get(end)
            for first, start in enumerate(starts):
                if last is None or not 2 <= end - start <= LONGEST:
                    continue
                words_around = {"prev": words[first - 1] if first else ("^", "^"), "first": words[first],
                                "last": words[last], "next": words[last + 1] if last + 1 < len(words) else ("$", "$"),
                                "edges": (start == 0, end == len(piece.group()))}
                name = piece.group()[start:end]
                found[owner_key(name)].append((piece.start() + start, piece.start() + end, words_around))
    return found


@cache
def _suffixes() -> re.Pattern[str]:
    return re.compile(f"(?=({alternation(org_suffixes())}))")


def candidates(case: Case) -> dict[str, list[str]]:
    """Owner key → the candidate's features."""
    task = case.task
    text = task.text if fold(task.title) in fold(task.text) else f"{task.title}\n{task.text}"
    rules = [key for key in map(owner_key, task.owners) if key]
    places = mentions(text)
    first_stop = next((m.start() for m in re.finditer("[。\n]", text) if m.start() > 4), len(text))
    features = {}
    for key in dict.fromkeys(rules + list(places)):
        side = "R" if key in rules else "N"
        found = [f"rules={len(rules) if len(rules) < 5 else 'many'}", f"first={key[:1]}", f"first2={key[:2]}",
                 f"last={key[-1:]}", f"last2={key[-2:]}", f"length={min(len(key), 12)}",
                 f"holds_rule={any(r != key and r in key for r in rules)}",
                 f"in_rule={any(r != key and key in r for r in rules)}",
                 f"in_other={any(o != key and key in o for o in places)}",
                 f"tagged={key in case.tagged}", f"owned={key in case.owned}", f"in_text={key in places}"]
        for start, end, around in places.get(key, ())[:3]:
            before, after = text[max(0, start - 2):start], text[end:end + 2]
            found += [f"before1={before[-1:]}", f"before2={before}", f"after1={after[:1]}", f"after2={after}",
                      f"around={before[-1:]}|{after[:1]}", f"prev={around['prev'][0]}", f"prev_tag={around['prev'][1]}",
                      f"next={around['next'][0]}", f"next_tag={around['next'][1]}", f"first_tag={around['first'][1]}",
                      f"last_word={around['last'][0]}", f"edges={around['edges']}",
                      f"bracket={text.rfind('(', 0, start) > text.rfind(')', 0, start)}",
                      f"first_sentence={start < first_stop}", f"quarter={4 * start // max(1, len(text))}"]
        features[key] = [f"{side}:{feature}" for feature in found] + [f"side={side}"]
    return features


class LogisticModel:
    """Binary logistic regression over sets of feature names, trained by Adam with an L2 penalty."""

    def __init__(self, *, l2: float = 1e-4, steps: int = 300, rate: float = 0.05, min_count: int = 2) -> None:
        self.l2, self.steps, self.rate, self.min_count = l2, steps, rate, min_count
        self.vocabulary: dict[str, int] = {}
        self.weights = np.zeros(0)
        self.bias = 0.0

    def _columns(self, rows: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        index = [sorted({self.vocabulary[f] for f in row if f in self.vocabulary}) for row in rows]
        return (np.array([c for columns in index for c in columns], dtype=np.int64),
                np.repeat(np.arange(len(rows)), [len(columns) for columns in index]))

    def _scores(self, columns: np.ndarray, row_of: np.ndarray, count: int) -> np.ndarray:
        return 1 / (1 + np.exp(-(np.bincount(row_of, weights=self.weights[columns], minlength=count) + self.bias)))

    def fit(self, rows: list[list[str]], labels: list[int]) -> LogisticModel:
        counts = Counter(f for row in rows for f in set(row))
        self.vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= self.min_count))}
        columns, row_of = self._columns(rows)
        wanted = np.asarray(labels, dtype=float)
        parameters = np.zeros(len(self.vocabulary) + 1)
        moment, scale = np.zeros_like(parameters), np.zeros_like(parameters)
        for step in range(1, self.steps + 1):
            self.weights, self.bias = parameters[:-1], parameters[-1]
            error = self._scores(columns, row_of, len(rows)) - wanted
            gradient = np.append(np.bincount(columns, weights=error[row_of], minlength=len(self.vocabulary))
                                 / len(rows) + self.l2 * self.weights, error.mean())
            moment = 0.9 * moment + 0.1 * gradient
            scale = 0.999 * scale + 0.001 * gradient ** 2
            parameters = parameters - self.rate * (moment / (1 - 0.9 ** step)) / (
                np.sqrt(scale / (1 - 0.999 ** step)) + 1e-8)
        self.weights, self.bias = parameters[:-1], parameters[-1]
        return self

    def predict(self, rows: list[list[str]]) -> np.ndarray:
        columns, row_of = self._columns(rows)
        return self._scores(columns, row_of, len(rows))


def chosen(keys: list[str], scores: np.ndarray) -> frozenset[str]:
    kept = {key for key, score in zip(keys, scores) if score >= THRESHOLD}
    return frozenset(key for key in kept if not any(other != key and key in other for other in kept))


def out_of_fold(found: list[Case]) -> list[frozenset[str]]:
    """The model's owners of each case, by a model trained on the cases of the other sets."""
    described = [candidates(case) for case in found]
    decided: list[frozenset[str]] = [frozenset()] * len(found)
    for held in dict.fromkeys(case.set for case in found):
        rows = [(features, int(key in case.gold)) for case, options in zip(found, described) if case.set != held
                for key, features in options.items()]
        model = LogisticModel().fit([row for row, _ in rows], [label for _, label in rows])
        for n, (case, options) in enumerate(zip(found, described)):
            if case.set == held and options:
                decided[n] = chosen(list(options), model.predict(list(options.values())))
    return decided


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", required=True, metavar="SET", help="readable gold sets (two or more)")
    args = parser.parse_args()
    if refused := sorted(FINAL_TEST_FOLDERS & set(args.sets)):
        parser.error(f"the final blind batches are never read: {', '.join(refused)}")
    found = cases(args.sets)
    decided = out_of_fold(found)
    per_set: dict[str, Counter] = defaultdict(Counter)
    for case, owners in zip(found, decided):
        rules = frozenset(owner_key(o) for o in case.task.owners) - {""}
        tally = per_set[case.set]
        tally.update(tasks=1, rules=rules == case.gold, model=owners == case.gold)
        if (owners == case.gold) != (rules == case.gold):
            change = "+".join(name for name, what in (("add", owners - rules), ("drop", rules - owners)) if what)
            tally[("gain " if owners == case.gold else "loss ") + change] += 1
    print(f"{'set':10} {'tasks':>5} {'rules':>6} {'model':>6}  model gains and losses")
    for name, tally in [*per_set.items(), ("micro", sum(per_set.values(), Counter()))]:
        changes = ", ".join(f"{k} {v}" for k, v in sorted(tally.items()) if k.startswith(("gain", "loss")))
        print(f"{name:10} {tally['tasks']:5} {tally['rules'] / tally['tasks']:6.3f} "
              f"{tally['model'] / tally['tasks']:6.3f}  {changes}")


if __name__ == "__main__":
    main()
