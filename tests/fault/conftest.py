import pytest

from extract.scrape.http import Fetcher
from extract.scrape.politeness import Politeness

from .raw_site import RawSite


@pytest.fixture
def raw_site():
    served = RawSite()
    served.start()
    yield served
    served.stop()


@pytest.fixture
def fetcher_for():
    made = []

    def make(**options):
        politeness = Politeness(**{"rate": 0, "timeout": 1.0, "retries": 1, "backoff": 0.01, "max_wait": 5.0,
                                   **options.pop("politeness", {})})
        made.append(Fetcher(politeness, contact="test@example.invalid", **{"max_bytes": 1024 * 1024, **options}))
        return made[-1]

    yield make
    for fetcher in made:
        fetcher.close()
