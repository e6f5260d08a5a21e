"""The store: its size per 1,000 documents, and search latency on the whole corpus stored 20 times over.

    python -m benchmarks.store_bench
    python -m benchmarks.store_bench --postgres postgresql://user@127.0.0.1:5432/bench --copies 20

Every document of ../shared/corpus (docs, seeds and pool; never holdout) is
read and extracted once, as ``ingest`` does. Size: they are stored once in a
new store, and the bytes it takes are reported per 1,000 documents, split
into the search index and the rest, with the largest tables and indexes
(SQLite: the file after a checkpoint, by dbstat; PostgreSQL: each table with
its TOAST and each index, after a VACUUM; how much of it is TOAST, and the
free-space and visibility maps); so is how fast they were stored. Search: each document is
stored ``--copies`` times (under its own URL and ids: the same text, so each
query finds ``copies`` times as many), then each query runs ``--rounds``
times, interleaved, and the median and slowest wall times are reported.
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from pathlib import Path

from extract.load.sources import SOURCE_SUFFIXES
from extract.store.database import Store
from extract.store.fulltext import SEARCH_INDEX
from extract.store.ingest import Capture, Processed, now, process, store_pages
from extract.store.search import search

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FOLDERS = ("docs", "seeds", "pool")
QUERIES = ("垃圾分类", "新能源汽车", "高质量发展", "营商环境", "碳达峰", "农田", "区")
SEARCH_LIMIT = 20  # the search command's default
BREAKDOWN = 8  # how many of the largest tables and indexes are listed


def corpus_files() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (CORPUS / folder).rglob("*")
                  if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)


def processed_corpus() -> list[Processed]:
    """Every corpus document read and extracted (those that cannot be read are left out)."""
    items = []
    for path in corpus_files():
        capture = Capture(url=path.resolve().as_uri(), source=str(path), kind="file", body=path.read_bytes(),
                          fetched_at=now(), suffix=path.suffix)
        item = process(capture)
        if item.result is not None:
            items.append(item)
    return items


def copy_of(item: Processed, n: int) -> Processed:
    """The same document under another URL and other ids (its text unchanged)."""
    result = item.result
    doc_id = f"{result.document.metadata.doc_id}-{n}"

    def renamed(value: str | None) -> str | None:
        return None if value is None else value.replace(result.document.metadata.doc_id, doc_id, 1)

    document = dataclasses.replace(result.document,
                                   metadata=dataclasses.replace(result.document.metadata, doc_id=doc_id))
    tasks = tuple(dataclasses.replace(t, task_id=renamed(t.task_id), doc_id=doc_id) for t in result.tasks)
    targets = tuple(dataclasses.replace(t, target_id=renamed(t.target_id), task_id=renamed(t.task_id),
                                        doc_id=doc_id) for t in result.targets)
    capture = dataclasses.replace(item.capture, url=f"{item.capture.url}#copy-{n}")
    return Processed(capture, dataclasses.replace(result, document=document, tasks=tasks, targets=targets))


def fill(location: str | Path, items: list[Processed], *, copies: int) -> None:
    with Store.open(location) as store:
        for n in range(copies):
            for item in items:
                store_pages(store, [copy_of(item, n) if copies > 1 else item])


def sqlite_parts(path: Path) -> dict[str, int]:
    """The bytes each table and index of a SQLite store takes (after a checkpoint), by dbstat."""
    with Store.open(path) as store:
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {row["name"]: row["bytes"] for row in store.rows("SELECT name, sum(pgsize) AS bytes FROM dbstat "
                                                                 "GROUP BY name")}


def postgres_parts(url: str) -> dict[str, int]:
    """The bytes each table (with its TOAST) and each index of a PostgreSQL store takes, after a VACUUM."""
    with Store.open(url) as store:
        store.execute("VACUUM")
        rows = store.rows("SELECT c.relname AS name, CASE c.relkind WHEN 'r' THEN pg_table_size(c.oid) "
                          "ELSE pg_relation_size(c.oid) END AS bytes FROM pg_class c JOIN pg_namespace n "
                          "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'i')")
    return {row["name"]: int(row["bytes"]) for row in rows}


def postgres_overheads(url: str) -> dict[str, int]:
    """Of a PostgreSQL store's table bytes: those of TOAST (values kept out of line, with its index) and those
    of the free-space and visibility maps (some 32 KB a table, whatever its size)."""
    with Store.open(url, read_only=True) as store:
        row = store.rows("SELECT coalesce(sum(pg_total_relation_size(c.reltoastrelid)) FILTER (WHERE c.reltoastrelid "
                         "<> 0), 0) AS toast, sum(pg_relation_size(c.oid, 'fsm') + pg_relation_size(c.oid, 'vm')) "
                         "AS maps FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = current_schema() AND c.relkind = 'r'")[0]
    return {"TOAST": int(row["toast"]), "free-space and visibility maps": int(row["maps"])}


def print_size(dialect: str, parts: dict[str, int], documents: int, *, empty: int) -> None:
    """Bytes per 1,000 documents: the total, the search index, and the largest tables and indexes.

    The first figures scale the whole store (so also what an empty one takes, ``empty``
    bytes); the last is a store of 1,000 such documents: the empty store, and 1,000 times
    what each document adds to it.
    """
    per = 1000 / documents / 1e6
    index = sum(size for name, size in parts.items() if name.startswith(SEARCH_INDEX))
    total = sum(parts.values())
    print(f"\n{dialect}: store size per 1,000 documents: {(total - index) * per:.1f} MB without the search index, "
          f"{total * per:.1f} MB with it (index {index * per:.1f} MB); the largest parts:")
    for name, size in sorted(parts.items(), key=lambda part: -part[1])[:BREAKDOWN]:
        print(f"    {name:<32} {size * per:6.1f} MB")
    print(f"{dialect}: an empty store takes {empty / 1e6:.2f} MB; one of 1,000 such documents "
          f"{(empty + (total - empty) * 1000 / documents) / 1e6:.1f} MB")


def latencies(location: str | Path, *, rounds: int, limit: int) -> dict[str, tuple[float, float, int]]:
    """Per query: (median ms, slowest ms, notices found), the rounds interleaved across the queries."""
    times: dict[str, list[float]] = {q: [] for q in QUERIES}
    found: dict[str, int] = {}
    with Store.open(location, read_only=True) as store:
        for _ in range(rounds):
            for query in QUERIES:
                started = time.perf_counter()
                found[query] = len(search(store, query, limit=limit))
                times[query].append((time.perf_counter() - started) * 1000)
    return {q: (statistics.median(t), max(t), found[q]) for q, t in times.items()}


def empty_postgres(url: str, name: str) -> str:
    """A new database beside the one ``url`` names (created; dropped first if there)."""
    import psycopg
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + f"/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20, help="How many times the corpus is stored for search.")
    parser.add_argument("--rounds", type=int, default=5, help="How many times each query runs.")
    parser.add_argument("--postgres", metavar="URL", help="Also measure PostgreSQL (databases are made beside it).")
    args = parser.parse_args()
    started = time.perf_counter()
    items = processed_corpus()
    print(f"{len(items)} corpus documents read and extracted in {time.perf_counter() - started:.0f} s")
    with tempfile.TemporaryDirectory() as work:
        stores: dict[str, tuple[str | Path, str | Path, str | Path]] = {
            "sqlite": (Path(work) / "size.db", Path(work) / "search.db", Path(work) / "empty.db")}
        if args.postgres:
            stores["postgresql"] = (empty_postgres(args.postgres, "bench_size"),
                                    empty_postgres(args.postgres, "bench_search"),
                                    empty_postgres(args.postgres, "bench_empty"))
        for dialect, (size_at, search_at, empty_at) in stores.items():
            started = time.perf_counter()
            fill(size_at, items, copies=1)
            stored_in = time.perf_counter() - started
            parts = sqlite_parts if dialect == "sqlite" else postgres_parts
            Store.open(empty_at).close()
            print_size(dialect, parts(size_at), len(items), empty=sum(parts(empty_at).values()))
            if dialect == "postgresql":
                print("postgresql: of which " + ", ".join(f"{name} {size * 1000 / len(items) / 1e6:.1f} MB" for name, size
                                                          in postgres_overheads(str(size_at)).items()) + " per 1,000")
            print(f"{dialect}: the {len(items)} documents stored in {stored_in:.2f} s "
                  f"({len(items) / stored_in:.0f} documents/s, extraction done before)")
            started = time.perf_counter()
            fill(search_at, items, copies=args.copies)
            print(f"{dialect}: {len(items) * args.copies} documents ({args.copies} copies of the corpus) stored "
                  f"in {time.perf_counter() - started:.0f} s; search latency:")
            for limit, rounds in ((SEARCH_LIMIT, args.rounds), (100_000, 1)):
                print(f"  --limit {limit} ({'the default' if limit == SEARCH_LIMIT else 'every match'}), "
                      f"{rounds} round{'s' if rounds > 1 else ''}:")
                for query, (median, slowest, count) in latencies(search_at, rounds=rounds, limit=limit).items():
                    print(f"    {query:<6} {count:5d} notices  median {median:8.1f} ms  slowest {slowest:8.1f} ms")


if __name__ == "__main__":
    main()
