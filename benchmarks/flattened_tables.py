"""Flattening made visible: every real table read as a grid and again flattened into the text.

    python -m benchmarks.flattened_tables [--show N] [--jobs N] [SOURCE ...]

Issue 9: tables "also arrive flattened, one cell per line, and must give the same records as the
HTML table". For every table of the given documents (default: the documents of
../shared/corpus seeds/, docs/ and pool/ and of ../extra/corpus, except those of the untouched blind batches,
which nobody may read) with at least two rows, as the cleaner sees it (HTML tables,
Markdown pipe tables, workbook sheets), the same document is made again with that table written
into its text instead (devkit/flatten.py), in two ways a flattened page writes it:

- ``cells``: one cell a line, row after row;
- ``rows``: one row a line, its cells apart by spaces.

A merged cell (rowspan/colspan) is written once, where it starts, and an empty cell not at all, as
on a real flattened page. Both documents are extracted by the rules (no model) and the records that
start inside the table's span are compared: tasks by title, owners, lead and support owners and
deadline; targets by value, unit, indicator, owners, deadline and status. A table agrees when both
give the same records. The figures: tables that agree, the grid's records the flattened table
gives too, and of them the tasks with owners (title and owners); then every disagreement, grouped by its shape (the flattened table read as no table at
all, with the header words no row of column_roles.tsv knows; rows lost or added; titles, owners or
deadlines that differ).
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import extract
from devkit.flatten import VARIANTS, flattened_document, records_in
from extract.document import Cell, Table
from extract.extractor import extract_document
from extract.model.training import is_final_test
from extract.tables.columns import column_meaning

REPO = Path(__file__).resolve().parent.parent
FOLDERS = tuple(REPO.parent / "shared" / "corpus" / name for name in ("seeds", "docs", "pool"))
EXTRA = REPO.parent / "extra" / "corpus"
MIN_ROWS = 2
HEADER_CELLS = 12  # the first cells of a table, where its header is: searched for unknown header words


@dataclasses.dataclass(frozen=True)
class Outcome:
    source: str
    table: int  # the table's place among the document's tables
    variant: str
    grid: collections.Counter
    flat: collections.Counter
    unknown: tuple[str, ...]  # header cells no header word knows

    @property
    def agrees(self) -> bool:
        return self.grid == self.flat

    def shape(self) -> str:
        grid, flat = self.grid, self.flat
        if not flat:
            return "nothing read from the flattened table"
        if sum(grid.values()) != sum(flat.values()):
            return "rows lost" if sum(flat.values()) < sum(grid.values()) else "records added"
        for name, at in (("titles or indicators", 1), ("owners", 2), ("deadlines", 3)):
            if _projected(grid, at) != _projected(flat, at):
                return f"{name} differ"
        return "values, units or status differ"


def _projected(keys: collections.Counter, at: int) -> collections.Counter:
    """Records as one of their parts: (kind, title or indicator, owners, deadline, value unit status)."""
    return collections.Counter((k[0], k[at]) for k in keys.elements())


def table_outcomes(path: str) -> list[Outcome]:
    document = extract.read(path)
    grid_result = None
    outcomes = []
    for number, table in enumerate(document.tables):
        if table.n_rows < MIN_ROWS:
            continue
        grid_result = grid_result or extract_document(document)
        grid = records_in(grid_result, (table.start, table.end))
        unknown = tuple(c.text for c in _header_cells(table) if column_meaning(c.text) is None)
        for variant in VARIANTS:
            flat_document, span = flattened_document(document, table, variant)
            flat = records_in(extract_document(flat_document), span)
            outcomes.append(Outcome(Path(path).name, number, variant, grid, flat, unknown))
    return outcomes


def _header_cells(table: Table) -> list[Cell]:
    first = sorted(table.cells, key=lambda c: (c.row, c.col))[:HEADER_CELLS]
    return [c for c in first if c.row == first[0].row or c.row < 2]


def _readable() -> list[str]:
    """Every document of the corpus, and of the batches fetched beside it (../extra/corpus, as
    corpora/gold/*/SOURCES.tsv name them), but those of the untouched blind batches."""
    fetched = [EXTRA / line.split("\t", 1)[0] for sources in sorted(REPO.glob("corpora/gold/*/SOURCES.tsv"))
               for line in sources.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    paths = [path for folder in FOLDERS for path in sorted(folder.iterdir())] + fetched
    return [str(path) for path in paths
            if path.is_file() and path.name != "MANIFEST.tsv" and not is_final_test(path.name.split(".")[0])]


def report(outcomes: list[Outcome], show: int) -> None:
    compared = [o for o in outcomes if o.grid or o.flat]
    print(f"{len({o.source for o in outcomes})} documents, {len(outcomes) // len(VARIANTS)} tables of "
          f"{MIN_ROWS}+ rows, {len({(o.source, o.table) for o in outcomes if o.grid})} giving records as a grid")
    for variant in VARIANTS:
        mine = [o for o in compared if o.variant == variant]
        agree = sum(o.agrees for o in mine)
        grid = sum(sum(o.grid.values()) for o in mine)
        kept = sum(sum((o.grid & o.flat).values()) for o in mine)
        extra = sum(sum((o.flat - o.grid).values()) for o in mine)
        owned = sum(sum(_owned(o.grid).values()) for o in mine)
        owned_kept = sum(sum((_owned(o.grid) & _owned(o.flat)).values()) for o in mine)
        print(f"{variant:>5}: tables agreeing {agree}/{len(mine)} ({agree / max(1, len(mine)):.3f}); grid records "
              f"given flattened {kept}/{grid} ({kept / max(1, grid):.3f}); other records {extra}; "
              f"owned tasks (title and owners) {owned_kept}/{owned} ({owned_kept / max(1, owned):.3f})")
    shapes: dict[str, list[Outcome]] = collections.defaultdict(list)
    for outcome in compared:
        if not outcome.agrees:
            shapes[f"{outcome.variant}: {outcome.shape()}"].append(outcome)
    for shape, members in sorted(shapes.items(), key=lambda kv: -len(kv[1])):
        sources = sorted({o.source for o in members})
        print(f"\n== {shape}: {len(members)} tables, {len(sources)} documents ({', '.join(sources)})")
        for outcome in members[:show]:
            lost, added = outcome.grid - outcome.flat, outcome.flat - outcome.grid
            print(f"  {outcome.source} table {outcome.table}: {sum(outcome.grid.values())} grid records, "
                  f"{sum(outcome.flat.values())} flattened; header words unknown: {list(outcome.unknown)[:6]}")
            for key in list(lost)[:2]:
                print(f"    - {_short(key)}")
            for key in list(added)[:2]:
                print(f"    + {_short(key)}")


def _owned(keys: collections.Counter) -> collections.Counter:
    """The tasks with owners, as their title and owners: what a task table is read for."""
    return collections.Counter((k[1], k[2]) for k in keys.elements() if k[0] == "task" and any(k[2]))


def _short(key) -> str:
    return " | ".join(str(x)[:40] for x in key if x not in (None, ()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", nargs="*")
    parser.add_argument("--show", type=int, default=3, help="disagreements shown per shape")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    paths = args.sources or _readable()
    with ProcessPoolExecutor(args.jobs) as pool:
        outcomes = [o for found in pool.map(table_outcomes, paths) for o in found]
    report(outcomes, args.show)


if __name__ == "__main__":
    main()
