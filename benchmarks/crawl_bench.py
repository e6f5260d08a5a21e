"""The crawler against a local site: pages per second at the default rate and unlimited, store size.

    python -m benchmarks.crawl_bench                 # 300 notices unlimited, 15 at the default rate
    python -m benchmarks.crawl_bench --notices 500 --sample 30 --keep bench.db

The site is served on 127.0.0.1 (an ephemeral port) by the tests' local server:
a Hanweb column whose first page embeds 45 records and whose other records come
from dataproxy.jsp, and notice pages made from the real saved jxgov and govcn
pages of ../shared/corpus/docs, each served under several URLs with a sentence
added, so that every URL is a distinct notice. The unlimited crawl is checked:
every notice stored once, and the store's records equal to those ``extract``
gives on the same bytes.
"""
from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

from extract.export import rows
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.scrape.crawl import CrawlOptions, CrawlReport, crawl
from extract.scrape.http import Fetcher
from extract.scrape.notice import Scraper
from extract.scrape.politeness import Politeness
from extract.scrape.profiles import builtin_profiles
from extract.store.database import Store
from extract.store.query import stored_results
from devkit.paths import CORPUS
from devkit.pages import Notice, notices, serve_hanweb
from devkit.site import LocalSite

MAX_BYTES = 20 * 1024 * 1024
PAGES = tuple(sorted(p.name for p in (CORPUS / "docs").glob("*.html") if p.name.startswith(("jxgov-", "govcn-"))))
MEGABYTE = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Run:
    base_url: str
    requests: int
    seconds: float
    report: CrawlReport

    @property
    def pages_per_second(self) -> float:
        return self.requests / self.seconds


def crawl_site(listed: list[Notice], db: Path, *, politeness: Politeness, embedded: int) -> Run:
    site = LocalSite()
    site.start()
    try:
        column = serve_hanweb(site, listed, embedded=embedded)
        fetcher = Fetcher(politeness, contact="benchmark@example.invalid", max_bytes=MAX_BYTES)
        with Store.open(db) as store:
            scraper = Scraper(fetcher, store, report=lambda message: None)
            started = time.perf_counter()
            report = crawl(scraper, column, options=CrawlOptions(), profiles=builtin_profiles())
            seconds = time.perf_counter() - started
        fetcher.close()
        return Run(site.url, len(site.requests()), seconds, report)
    finally:
        site.stop()


def check(listed: list[Notice], db: Path, base_url: str) -> str:
    """Every notice stored once, and the records those of extract on the same bytes."""
    with Store.open(db, read_only=True) as store:
        stored = list(rows(stored_results(store), "all"))
        documents = store.execute("SELECT count(*) FROM documents").fetchone()[0]
    expected = list(rows((extract_document(document_from_bytes(n.body, name=base_url + n.path, suffix=".html",
                                                                encoding="utf-8")) for n in listed), "all"))
    same = stored == expected
    return f"{documents} documents stored for {len(listed)} notices; records equal to extract's: {same}"


def store_size(db: Path) -> tuple[float, float, int]:
    """MB of the database (after a checkpoint), MB of the raw pages in it (compressed), and its documents."""
    with Store.open(db) as store:
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        documents = store.execute("SELECT count(*) FROM documents").fetchone()[0]
        raw = store.execute("SELECT coalesce(sum(length(deflated)), 0) FROM blobs").fetchone()[0]
    return db.stat().st_size / MEGABYTE, raw / MEGABYTE, documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notices", type=int, default=300, help="notices on the site for the unlimited crawl")
    parser.add_argument("--sample", type=int, default=15, help="notices for the crawl at the default rate")
    parser.add_argument("--keep", type=Path, help="keep the unlimited crawl's database here")
    args = parser.parse_args()
    listed = notices(args.notices, pages=PAGES)
    with tempfile.TemporaryDirectory() as scratch:
        default = crawl_site(listed[:args.sample], Path(scratch) / "default.db", politeness=Politeness(),
                             embedded=args.sample)
        db = args.keep or Path(scratch) / "unlimited.db"
        unlimited = crawl_site(listed, db, politeness=dataclasses.replace(Politeness(), rate=0), embedded=45)
        verdict = check(listed, db, unlimited.base_url)
        size, raw, documents = store_size(db)
    print(f"default rate (1/s): {default.pages_per_second:.2f} pages/s "
          f"({default.requests} requests in {default.seconds:.1f} s, {default.report.outcomes['new']} notices)")
    print(f"unlimited rate:     {unlimited.pages_per_second:.2f} pages/s "
          f"({unlimited.requests} requests in {unlimited.seconds:.1f} s, {unlimited.report.outcomes['new']} notices)")
    print(f"store: {size / documents * 1000:.1f} MB per 1000 documents "
          f"({size:.1f} MB for {documents}; raw pages, compressed, {raw:.1f} MB of it)")
    print(f"check: {verdict}")


if __name__ == "__main__":
    main()
