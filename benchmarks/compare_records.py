"""Are two record files the same but for their IDs? For refactorings that must not change output.

    python -m extract extract ../shared/corpus/seeds ../shared/corpus/docs --records all --format jsonl -o before.jsonl
    (change the code)
    python -m extract extract … -o after.jsonl
    python benchmarks/compare_records.py before.jsonl after.jsonl

Records are compared in order, field by field. IDs are left out: ``doc_id`` stands
for its document's source, a ``task_id`` (the task itself, or the one a target
belongs to) for the task's kind, span and title, a ``target_id`` is dropped. Prints
the first differences and exits 1 when there are any.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ID_FIELDS = ("doc_id", "task_id", "target_id")
SHOWN = 10


def comparable(path: Path) -> list[dict[str, object]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tasks = {r["task_id"]: (r["source"], r["start"], r["end"], r["title"]) for r in records
             if r.get("kind") == "task"}
    plain = []
    for record in records:
        row = {k: v for k, v in record.items() if k not in ID_FIELDS}
        if record.get("task_id") is not None:
            row["task"] = tasks.get(record["task_id"], "missing")
        plain.append(row)
    return plain


def differences(before: list[dict[str, object]], after: list[dict[str, object]]) -> list[str]:
    found = [f"{len(before)} records before, {len(after)} after"] if len(before) != len(after) else []
    for number, (old, new) in enumerate(zip(before, after), start=1):
        changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
        found += [f"record {number} ({old.get('source')}): {k}: {old.get(k)!r} -> {new.get(k)!r}" for k in changed]
    return found


def main() -> None:
    before, after = (comparable(Path(name)) for name in sys.argv[1:3])
    found = differences(before, after)
    for line in found[:SHOWN]:
        print(line)
    print(f"{len(found)} differences in {len(before)} records" if found else f"identical but for IDs: {len(before)} records")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
