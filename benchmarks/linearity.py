"""Read and extract cost per character as the input grows: is it linear?

    python -m benchmarks.linearity [--sizes 0.1 1 5 20] [--model] [--json]

Two inputs, both built at run time and never written to disk:
- ``text``: one block of about 0.1 MB of cleaned text, runs of ten lines taken at
  even steps across every document of ../shared/corpus (seeds, docs, pool), repeated
  whole up to each size: every size holds the same mix of content, so a change of
  cost per character is the size's doing, not the documents'.
- ``table``: an HTML page holding one table written here (a numbered row per
  indicator: name, unit, base value, target, year, lead unit), 5,000 rows at the
  1 MB step (0.7 MB of HTML), 500 at 0.1 MB, 100,000 at 20 MB.
- ``tables``: an HTML page of small tables (a header and two such rows), each after
  a paragraph of its own: about 2,000 tables at 1 MB.
For each size and input it reads the bytes into a Document (parse, clean, outline),
then extracts (rules only unless --model), and prints CPU microseconds per character
of both steps and how far each is from its 1 MB figure (flat: within ±20%). Small
sizes are run again until they have used two CPU seconds (the median is given).
Read tells the script from a sample of the first 50,000 characters (clean/normalize.py):
that step weighs on the smallest input's figure, which is nearly the sample's size.
Segmentation remembers each block of a document (extract/segment.py), so a block
repeated in one input is segmented once: the more copies of the sampled block an
input holds, the more of its blocks are found remembered (the share is printed).
Extract is therefore timed twice: as it runs, and with that memory off (every block
segmented where it stands), the cost of text that never repeats itself.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from functools import lru_cache
from pathlib import Path
from unittest import mock

from extract import segment
from extract.extractor import extract_document
from extract.read import document_from_bytes, read

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FOLDERS = ("seeds", "docs", "pool")
MEGABYTE = 1 << 20
UNIT = 0.1  # megabytes of the sampled block
RUN = 10  # lines taken together, so that a heading keeps the items under it
FLAT = 0.2
REFERENCE = 1.0
MIN_CPU = 2.0
# The table's rows: written for this benchmark, one indicator per row.
AREAS = ("城区", "开发区", "东部片区", "西部片区", "南部新城", "北部园区", "沿江地带", "山区乡镇")
MEASURES = (("新建公共充电桩", "个"), ("改造老旧小区", "个"), ("新增城镇就业", "万人"),
            ("建成高标准农田", "万亩"), ("新增绿地面积", "公顷"), ("污水集中处理率", "%"),
            ("新建保障性住房", "套"), ("培育规模以上企业", "家"))
ROWS_PER_MB = 5_000
HEADER_ROW = ("<tr><th>序号</th><th>指标</th><th>单位</th><th>基期值</th><th>目标值</th><th>完成年限</th>"
              "<th>牵头单位</th></tr>\n")
LEADS = ("市发展改革委", "市住房城乡建设局", "市人力资源社会保障局", "市农业农村局", "市生态环境局")


def sampled_block(megabytes: float = UNIT) -> str:
    """Runs of lines taken at even steps across the cleaned text of every corpus document."""
    paths = sorted(p for folder in FOLDERS for p in (CORPUS / folder).iterdir()
                   if p.is_file() and p.suffix != ".tsv")
    lines = [line for p in paths for line in read(p).text.splitlines() if line.strip()]
    runs = [lines[i:i + RUN] for i in range(0, len(lines), RUN)]
    total = sum(len("\n".join(run).encode("utf-8")) + 1 for run in runs)
    step = max(1, round(total / (megabytes * MEGABYTE)))
    return "\n".join(line for run in runs[::step] for line in run) + "\n"


def text_input(block: str, megabytes: float) -> bytes:
    """The block repeated whole, as many times as make ``megabytes``."""
    unit = block.encode("utf-8")
    return unit * max(1, round(megabytes * MEGABYTE / len(unit)))


def table_input(megabytes: float) -> bytes:
    """An HTML page with one table of ``ROWS_PER_MB`` indicator rows a megabyte of the size named."""
    head = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>重点指标任务分解表</title></head>"
            f"<body><h1>重点指标任务分解表</h1><table>{HEADER_ROW}")
    rows = "".join(_table_row(n) for n in range(1, max(2, round(ROWS_PER_MB * megabytes)) + 1))
    return (head + rows + "</table></body></html>\n").encode("utf-8")


def tables_input(megabytes: float) -> bytes:
    """An HTML page of small tables, each after a paragraph, as many as make ``megabytes``."""
    head = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>重点任务清单</title></head>"
            "<body><h1>重点任务清单</h1>\n")
    count = max(1, round((megabytes * MEGABYTE - len(head.encode("utf-8"))) / len(_small_table(1).encode("utf-8"))))
    return (head + "".join(_small_table(n) for n in range(1, count + 1)) + "</body></html>\n").encode("utf-8")


def _small_table(number: int) -> str:
    return (f"<p>各有关单位要按照分工抓好落实，确保{2025 + number % 3}年底前完成下表所列任务。</p>\n"
            f"<table>{HEADER_ROW}{_table_row(number)}{_table_row(number + 1)}</table>\n")


def _table_row(number: int) -> str:
    area = AREAS[number % len(AREAS)]
    measure, unit = MEASURES[(number // len(AREAS)) % len(MEASURES)]
    base = 10 + number % 97
    cells = (str(number), f"{area}{measure}", unit, str(base), str(base + 5 + number % 13),
             f"{2025 + number % 3}年", LEADS[number % len(LEADS)])
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>\n"


def measure(data: bytes, *, name: str, use_model: bool) -> dict[str, float]:
    """Read and extract the input (with and without the block memory) until they have used ``MIN_CPU``
    seconds; the medians per character."""
    seconds: dict[str, list[float]] = {"read": [], "extract": [], "unremembered": []}
    while sum(map(sum, seconds.values())) < MIN_CPU or not seconds["read"]:
        document = _timed(seconds["read"], lambda: document_from_bytes(data, name=name, suffix=Path(name).suffix))
        result = _timed(seconds["extract"], lambda: extract_document(document, use_model=use_model))
        remembered = segment.block_memory_hits()
        with _block_memory_off():
            _timed(seconds["unremembered"], lambda: extract_document(document, use_model=use_model))
    chars = len(document.text)
    return {"chars": chars, "tables": len(document.tables), "targets": len(result.targets),
            "tasks": len(result.tasks), "runs": len(seconds["read"]), "blocks_remembered": round(remembered, 2),
            **{f"{step}_us_per_char": round(statistics.median(s) / chars * 1e6, 3) for step, s in seconds.items()}}


def _timed(into: list[float], work):
    started = time.process_time()
    done = work()
    into.append(time.process_time() - started)
    return done


def _block_memory_off() -> mock._patch:
    """Segmentation without its memory of the document's blocks: segment._cut_block and _tagged_block
    remember nothing."""
    return mock.patch.multiple(segment, _cut_block=lru_cache(maxsize=0)(segment._cut_block.__wrapped__),
                               _tagged_block=lru_cache(maxsize=0)(segment._tagged_block.__wrapped__))


STEPS = {"read": "read", "extract": "extract", "unremembered": "extract, memory off"}


def curve(sizes: list[float], *, use_model: bool) -> list[dict[str, object]]:
    block = sampled_block()
    inputs = {"text": (lambda mb: text_input(block, mb), "sampled.txt"), "table": (table_input, "table.html"),
              "tables": (tables_input, "tables.html")}
    rows = []
    for kind, (build, name) in inputs.items():
        measure(build(UNIT), name=name, use_model=use_model)  # rule tables, tagger (and model) loaded
        for size in sizes:
            data = build(size)
            rows.append({"input": kind, "mb": round(len(data) / MEGABYTE, 2), "size": size,
                         **measure(data, name=name, use_model=use_model)})
    for row in rows:
        reference = next((r for r in rows if r["input"] == row["input"] and r["size"] == REFERENCE), None)
        for step in STEPS:
            row[f"{step}_vs_1mb"] = (round(row[f"{step}_us_per_char"] / reference[f"{step}_us_per_char"] - 1, 3)
                                     if reference else None)
    return rows


def table(rows: list[dict[str, object]]) -> str:
    columns = "".join(f" {title} µs/char | vs 1 MB |" for title in STEPS.values())
    lines = [f"| input | step | MB | characters |{columns} targets | tasks | blocks remembered |",
             "|---" * (7 + 2 * len(STEPS)) + "|"]
    for row in rows:
        figures = "".join(f" {row[f'{step}_us_per_char']:.2f} | {_versus(row[f'{step}_vs_1mb'])} |" for step in STEPS)
        lines.append(f"| {row['input']} | {row['size']:g} | {row['mb']} | {row['chars']:,} |{figures} {row['targets']:,} | "
                     f"{row['tasks']:,} | {row['blocks_remembered']:.0%} |")
    return "\n".join(lines)


def _versus(share: float | None) -> str:
    if share is None:
        return "–"
    return f"{share:+.0%} {'flat' if abs(share) <= FLAT else 'NOT FLAT'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 5, 20], help="input sizes in MB")
    parser.add_argument("--model", action="store_true", help="with the shipped judge")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    rows = curve(args.sizes, use_model=args.model)
    if args.json:
        json.dump(rows, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print(table(rows))


if __name__ == "__main__":
    main()
