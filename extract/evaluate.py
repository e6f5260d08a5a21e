"""Scores of RECORDS.md section 6: extracted records against gold annotations.

A predicted target matches a gold one with the same value (and value_max) and
unit whose evidence overlaps (one contains the other, or they share a run of at
least 8 characters); each gold target matches at most one prediction. On matched
pairs indicator, deadline, comparator, status and owners are scored. A gold task
matches a predicted task whose title or text contains the gold title (or evidence).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from .errors import InputError
from .records import Target, Task

MIN_SHARED_RUN = 8
INDICATOR_OVERLAP = 0.6
TARGET_FIELDS = ("indicator", "deadline", "comparator", "status", "owners")
TASK_FIELDS = ("owners", "deadline")
NOTE = re.compile(r"[(（][^()（）]*[)）]")


def fold(text: str | None) -> str:
    """NFKC and no whitespace: how RECORDS compares text."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


@dataclass
class ScoreCard:
    """Counts for one document or a whole set; they add up."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    right: Counter = field(default_factory=Counter)
    gold_tasks: int = 0
    matched_tasks: int = 0
    right_tasks: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: ScoreCard) -> ScoreCard:
        return ScoreCard(self.predicted + other.predicted, self.gold + other.gold, self.matched + other.matched,
                     self.right + other.right, self.gold_tasks + other.gold_tasks,
                     self.matched_tasks + other.matched_tasks, self.right_tasks + other.right_tasks,
                     self.misses + other.misses)

    def scores(self) -> dict[str, float | int | None]:
        if not self.predicted and not self.gold:
            precision = recall = f1 = None  # nothing to find and nothing found: no score
        else:
            precision = _ratio(self.matched, self.predicted)
            recall = _ratio(self.matched, self.gold)
            f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        scores: dict[str, float | int | None] = {
            "targets_gold": self.gold, "targets_predicted": self.predicted, "targets_matched": self.matched,
            "precision": precision, "recall": recall, "f1": f1,
        }
        for name in TARGET_FIELDS:
            scores[f"{name}_accuracy"] = _ratio(self.right[name], self.matched) if self.matched else None
        scores["tasks_gold"] = self.gold_tasks
        scores["task_recall"] = _ratio(self.matched_tasks, self.gold_tasks) if self.gold_tasks else None
        for name in TASK_FIELDS:
            scores[f"task_{name}_accuracy"] = (_ratio(self.right_tasks[name], self.matched_tasks)
                                               if self.matched_tasks else None)
        return scores


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


GOLD_KEYS = {"target": ("evidence", "value"), "task": ("title",), "document": ()}  # what scoring reads


def read_gold(path: Path) -> list[dict]:
    """The records of a gold file (JSON Lines); a line that is no gold record raises InputError naming it."""
    rows = []
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    raise InputError(f"{path}:{number}", f"not JSON: {err.msg}") from err
                missing = [key for key in GOLD_KEYS.get(row.get("kind") if isinstance(row, dict) else None,
                                                        ("kind",)) if not isinstance(row, dict) or key not in row]
                if missing:
                    raise InputError(f"{path}:{number}", f"not a gold record: no {', '.join(missing)}")
                rows.append(row)
    return rows


def score_document(gold: list[dict], tasks: Iterable[Task], targets: Iterable[Target]) -> ScoreCard:
    gold_targets = [g for g in gold if g.get("kind") == "target"]
    gold_tasks = [g for g in gold if g.get("kind") == "task"]
    targets, tasks = list(targets), list(tasks)
    tally = ScoreCard(predicted=len(targets), gold=len(gold_targets), gold_tasks=len(gold_tasks))
    matches = _match_targets(gold_targets, targets)
    used = {id(p) for _, p in matches if p is not None}
    tally.misses += [f"extra target {p.value}{p.unit or ''} «{p.evidence[:30]}»" for p in targets if id(p) not in used]
    for g, p in matches:
        if p is None:
            tally.misses.append(f"missed target {g['value']}{g.get('unit') or ''} «{g['evidence'][:30]}»")
            continue
        tally.matched += 1
        tally.misses += _score_fields(TARGET_FIELDS, g, p, tally.right, label="", where=g["evidence"][:24])
    for g, p in match_tasks(gold_tasks, tasks):
        if p is None:
            tally.misses.append(f"missed task «{g['title'][:30]}»")
            continue
        tally.matched_tasks += 1
        tally.misses += _score_fields(TASK_FIELDS, g, p, tally.right_tasks, label="task ", where=g["title"][:20])
    return tally


def _score_fields(names: tuple[str, ...], gold: dict, predicted: Task | Target, right: Counter, *, label: str,
                  where: str) -> list[str]:
    """Count the fields of a matched pair that agree in ``right``; the misses of the others."""
    misses = []
    for name in names:
        if _field_right(name, gold, predicted):
            right[name] += 1
        else:
            misses.append(f"{label}{name}: gold {gold.get(name)!r} got {_value(predicted, name)!r} «{where}»")
    return misses


def _match_targets(gold: list[dict], predicted: list[Target]) -> list[tuple[dict, Target | None]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if _same_amount(g, p):
                overlap = _evidence_overlap(g["evidence"], p.evidence)
                if overlap:
                    pairs.append((overlap, gi, pi))
    return _assign(gold, predicted, pairs)


def match_tasks(gold: list[dict], predicted: list[Task]) -> list[tuple[dict, Task | None]]:
    """Each gold task with the predicted task it matches (one to one), or None."""
    pairs = []
    for gi, g in enumerate(gold):
        title, evidence = fold(g.get("title")), fold(g.get("evidence"))
        for pi, p in enumerate(predicted):
            p_title, p_text = fold(p.title), fold(p.text)
            level = (4 if title and title == p_title else 3 if title and title in p_title else
                     2 if title and title in p_text else 1 if evidence and evidence in p_text else 0)
            if level:
                with_evidence = bool(evidence) and evidence in p_text
                pairs.append(((level, with_evidence, -len(p_text)), gi, pi))
    return _assign(gold, predicted, pairs)


def _assign(gold, predicted, pairs):
    """Greedy one-to-one assignment, best pairs first."""
    taken_gold: dict[int, int] = {}
    taken_predicted: set[int] = set()
    for _, gi, pi in sorted(pairs, key=lambda pair: pair[0], reverse=True):
        if gi not in taken_gold and pi not in taken_predicted:
            taken_gold[gi] = pi
            taken_predicted.add(pi)
    return [(g, predicted[taken_gold[gi]] if gi in taken_gold else None) for gi, g in enumerate(gold)]


def _same_amount(gold: dict, predicted: Target) -> bool:
    return same_amount(gold, predicted.value, predicted.value_max, predicted.unit)


def same_amount(gold: dict, value: float, value_max: float | None, unit: str | None) -> bool:
    return (_same_number(gold.get("value"), value) and _same_number(gold.get("value_max"), value_max)
            and fold(gold.get("unit")) == fold(unit))


def gold_match(gold_targets: list[dict], value: float, value_max: float | None, unit: str | None,
               evidence: str) -> dict | None:
    """The gold target an amount read from ``evidence`` matches (RECORDS.md section 6), if any."""
    matches = [(_evidence_overlap(g["evidence"], evidence), g) for g in gold_targets
               if same_amount(g, value, value_max, unit)]
    matches = [m for m in matches if m[0]]
    return max(matches, key=lambda m: m[0])[1] if matches else None


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))


def _evidence_overlap(a: str, b: str) -> int:
    """Length of the overlap that makes two evidences the same place, or 0."""
    a, b = fold(a), fold(b)
    if a in b or b in a:
        return min(len(a), len(b)) + 1000
    run = _longest_common_run(a, b)
    return run if run >= MIN_SHARED_RUN else 0


def _longest_common_run(a: str, b: str) -> int:
    best = 0
    previous = [0] * (len(b) + 1)
    for ch in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if ch == other:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def _field_right(name: str, gold: dict, predicted: Task | Target) -> bool:
    value = _value(predicted, name)
    if name == "indicator":
        return indicator_matches(gold.get("indicator") or "", value or "")
    if name == "owners":
        return owner_set(gold.get("owners") or []) == owner_set(value or [])
    return (gold.get(name) or None) == (value or None)


def indicator_matches(gold: str, predicted: str) -> bool:
    gold, predicted = fold(gold), fold(predicted)
    if not gold or not predicted:
        return gold == predicted
    if gold in predicted or predicted in gold:
        return True
    shorter = min(len(gold), len(predicted))
    common = sum((Counter(gold) & Counter(predicted)).values())
    return common >= INDICATOR_OVERLAP * shorter


def owner_set(owners: Iterable[str]) -> set[str]:
    """Owners as the scorer compares them: folded, without a note in brackets."""
    return {fold(NOTE.sub("", owner)) for owner in owners if fold(NOTE.sub("", owner))}


def _value(record: Task | Target, name: str):
    value = getattr(record, name)
    return list(value) if isinstance(value, tuple) else value


def gold_path(source: Path, gold_dirs: Iterable[Path]) -> Path | None:
    """The gold file of a document: ``<name without extension>.gold.jsonl`` in one of the gold folders."""
    for folder in gold_dirs:
        candidate = folder / f"{source.stem}.gold.jsonl"
        if candidate.is_file():
            return candidate
    return None

def annotation_as_predicted(record: dict) -> SimpleNamespace:
    """A gold record in the shape the scorer reads of a prediction (owners as tuples, a task's text), so a
    second annotation of a document can be scored against the first as the extractor is."""
    fields = {"value_max": None, "unit": None, **record}
    fields.update({name: tuple(record.get(name) or ()) for name in ("owners", "lead_owners", "support_owners")})
    fields["text"] = f"{record.get('title') or ''} {record.get('evidence') or ''}"
    return SimpleNamespace(**fields)


def annotation_agreement(first: Path, second: Path) -> tuple[list[tuple[str, ScoreCard]], ScoreCard]:
    """Each document annotated in both folders, the second annotation scored with the first as gold."""
    rows, total = [], ScoreCard()
    for gold_file in sorted(first.glob("*.gold.jsonl")):
        other_file = second / gold_file.name
        if not other_file.exists():
            continue
        other = [annotation_as_predicted(r) for r in read_gold(other_file)]
        card = score_document(read_gold(gold_file), [r for r in other if r.kind == "task"],
                              [r for r in other if r.kind == "target"])
        rows.append((gold_file.name.removesuffix(".gold.jsonl"), card))
        total = total + card
    return rows, total



def format_table(rows: list[tuple[str, ScoreCard]], total: ScoreCard) -> str:
    """Scores per document and overall, as an aligned text table."""
    header = (f"{'document':28} {'gold':>5} {'pred':>5} {'P':>5} {'R':>5} {'F1':>5} {'ind':>5} {'dl':>5} "
              f"{'cmp':>5} {'st':>5} {'own':>5} | {'tasks':>5} {'rec':>5} {'own':>5} {'dl':>5}")
    lines = [header, "-" * len(header)]
    for name, tally in [*rows, ("overall", total)]:
        s = tally.scores()
        lines.append(f"{name[:28]:28} {s['targets_gold']:>5} {s['targets_predicted']:>5} {_f(s['precision'])} "
                     f"{_f(s['recall'])} {_f(s['f1'])} {_f(s['indicator_accuracy'])} {_f(s['deadline_accuracy'])} "
                     f"{_f(s['comparator_accuracy'])} {_f(s['status_accuracy'])} {_f(s['owners_accuracy'])} | "
                     f"{s['tasks_gold']:>5} {_f(s['task_recall'])} {_f(s['task_owners_accuracy'])} "
                     f"{_f(s['task_deadline_accuracy'])}")
    return "\n".join(lines)


def _f(value: float | None) -> str:
    return f"{value:5.2f}" if value is not None else "    -"
