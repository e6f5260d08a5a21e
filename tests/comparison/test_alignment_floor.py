"""Indicator matching on the alignment gold may not fall below its goals (precision 0.95, recall 0.90), and the
headline indicators of the work reports land in one row each for 90% of the reports that state them."""
import pytest

import extract
from extract.comparison.alignment import headline_check, read_alignment_gold, score_alignment
from tests.corpus import CORPUS, REPO, SEEDS

GOLD = read_alignment_gold(REPO / "corpora" / "gold" / "alignment")


def _path(stem: str):
    for folder in ("docs", "pool", "seeds"):
        found = list((CORPUS / folder).glob(f"{stem}.*"))
        if found:
            return found[0]
    raise FileNotFoundError(stem)


@pytest.fixture(scope="module")
def comparison():
    return extract.compare(*sorted({_path(item.document) for item in GOLD}))


def test_the_gold_covers_the_work_reports_and_the_district_plans():
    documents = {item.document for item in GOLD}
    assert len([d for d in documents if d.startswith(("gwr2026-", "pool-00"))]) == 18
    assert SEEDS["000"].stem in documents and SEEDS["001"].stem in documents


def test_matching_precision_and_recall_meet_their_goals(comparison):
    score = score_alignment(comparison.targets, GOLD)
    assert score.precision >= 0.95, score.wrong
    assert score.recall >= 0.90, score.wrong
    assert len(score.not_found) <= len(GOLD) // 20, score.not_found


def test_headline_indicators_land_in_one_row_each(comparison):
    landed, stated = headline_check(comparison.matrix, comparison.targets, GOLD)
    assert stated >= 60
    assert landed / stated >= 0.90
