import pytest

from extract.scrape.http import Fetcher
from extract.scrape.notice import Scraper
from extract.scrape.politeness import Politeness
from extract.store.database import Store

from devkit.site import LocalSite

FAST = Politeness(rate=0, timeout=2.0, retries=2, backoff=0.01, max_wait=5.0)
MAX_BYTES = 20 * 1024 * 1024


@pytest.fixture
def site():
    served = LocalSite()
    served.start()
    yield served
    served.stop()


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "crawl.db") as opened:
        yield opened


@pytest.fixture
def fetcher_for():
    made = []

    def make(politeness=FAST, *, max_bytes=MAX_BYTES, contact="test@example.invalid"):
        made.append(Fetcher(politeness, contact=contact, max_bytes=max_bytes))
        return made[-1]

    yield make
    for fetcher in made:
        fetcher.close()


@pytest.fixture
def problems():
    return []


@pytest.fixture
def scraper(store, fetcher_for, problems):
    return Scraper(fetcher_for(), store, report=problems.append)
