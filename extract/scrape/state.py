"""Crawl state in the database, so that an interrupted crawl continues where it stopped.

A crawl of a list URL walks its list pages (the cursor is the next one to read)
and records the notice links it finds; each link is then settled with what
became of it. Every step is committed as it happens.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..store.database import Store
from ..store.ingest import now
from ..store.schema import CRAWL_LINKS, CRAWLS, record_from, row_values
from ..store.rows import CrawlLink, CrawlRun
from .listing import Entry


class CrawlState:
    """One crawl run of a list URL: resumed when an unfinished one exists, else started."""

    def __init__(self, store: Store, run: CrawlRun) -> None:
        self.store = store
        self.run = run

    @classmethod
    def open(cls, store: Store, list_url: str) -> tuple[CrawlState, bool]:
        """The unfinished crawl of ``list_url`` to resume (True), or a new one (False)."""
        found = store.rows(f"SELECT * FROM {CRAWLS.name} WHERE list_url = ? AND finished_at IS NULL "
                           "ORDER BY crawl_id DESC LIMIT 1", (list_url,))
        if found:
            return cls(store, record_from(CrawlRun, found[0])), True
        run = CrawlRun(crawl_id=0, list_url=list_url, site=None, cursor=list_url, pages_walked=0,
                       started_at=now(), finished_at=None)
        with store.transaction():
            values = row_values(run)
            del values["crawl_id"]  # assigned by the database
            crawl_id = store.insert(CRAWLS, values)
        return cls(store, dataclasses.replace(run, crawl_id=crawl_id)), False

    def set_site(self, site: str) -> None:
        with self.store.transaction():
            self._update(site=site)

    def record_page(self, entries: Sequence[Entry], *, found_on: str, next_url: str | None) -> int:
        """The links of one list page and where the walk goes next, committed together.

        Returns how many of the links this crawl had not seen before. A page of entries
        but no new link ends the walk: its pagination goes round in circles.
        """
        with self.store.transaction():
            new = 0
            for entry in entries:
                link = CrawlLink(crawl_id=self.run.crawl_id, url=entry.url, title=entry.title,
                                 list_date=entry.date.isoformat() if entry.date else None, found_on=found_on,
                                 outcome=None)
                new += bool(self.store.insert(CRAWL_LINKS, row_values(link), ignore=True))
            self._update(cursor=next_url if new or not entries else None, pages_walked=self.run.pages_walked + 1)
        return new

    def end_walk(self) -> None:
        with self.store.transaction():
            self._update(cursor=None)

    def pending(self) -> list[CrawlLink]:
        rows = self.store.rows(f"SELECT * FROM {CRAWL_LINKS.name} WHERE crawl_id = ? AND outcome IS NULL "
                               "ORDER BY rowid", (self.run.crawl_id,))
        return [record_from(CrawlLink, row) for row in rows]

    def pending_count(self) -> int:
        return self.store.execute(f"SELECT count(*) FROM {CRAWL_LINKS.name} WHERE crawl_id = ? AND outcome IS NULL",
                                  (self.run.crawl_id,)).fetchone()[0]

    def settle(self, url: str, outcome: str) -> None:
        with self.store.transaction():
            self.store.execute(f"UPDATE {CRAWL_LINKS.name} SET outcome = ? WHERE crawl_id = ? AND url = ?",
                               (outcome, self.run.crawl_id, url))

    def finish(self) -> None:
        with self.store.transaction():
            self._update(finished_at=now())

    def _update(self, **changes: object) -> None:
        assignments = ", ".join(f"{name} = :{name}" for name in changes)
        self.store.execute(f"UPDATE {CRAWLS.name} SET {assignments} WHERE crawl_id = :crawl_id",
                           {**changes, "crawl_id": self.run.crawl_id})
        self.run = dataclasses.replace(self.run, **changes)
