"""policy-extract's boilerplate removal against the line-level gold.

The gold pages are read from ``../shared/corpus`` next to the repository;
their canonical lines must still hash to the stored gold, and policy-extract's
line precision and recall must not fall below ``baseline.json``
(regenerate it with ``python -m benchmarks.boilerplate_eval --write-baseline``).
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

import extract
from devkit.boilerplate.gold import (BASELINE, GOLD_DIR, Label, fingerprint, labelled_lines,
                                         read_gold, read_labels)
from devkit.boilerplate.score import Counts, Score, score
from devkit.boilerplate.segment import page_lines

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS = REPO_ROOT.parent / "shared" / "corpus"
LABELS = read_labels()
FLOORS = json.loads(BASELINE.read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")
by_page = pytest.mark.parametrize("label", LABELS, ids=[label.name for label in LABELS])
all_pages = pytest.mark.parametrize("page", ["overall", *(label.name for label in LABELS)])


@functools.cache
def page_score(page: str) -> Score:
    """policy-extract's score on one gold page, or on all of them (``overall``, micro-averaged)."""
    if page == "overall":
        return sum((page_score(label.name) for label in LABELS), Score(Counts(), Counts()))
    label = next(label for label in LABELS if label.name == page)
    return score(labelled_lines(label, corpus=CORPUS), extract.read(CORPUS / label.path).text)


@by_page
def test_gold_still_matches_its_page(label: Label):
    lines, gold = page_lines(CORPUS / label.path), read_gold(label.name)
    changed = [g.n for g, line in zip(gold, lines) if fingerprint(g.n, line, body=g.body) != g]
    assert len(lines) == len(gold), f"{label.path}: {len(lines)} canonical lines, the gold has {len(gold)}"
    assert not changed, f"{label.path}: lines {changed[:10]} no longer hash to the gold"


@by_page
def test_gold_body_flags_follow_labels_tsv(label: Label):
    body = {g.n for g in read_gold(label.name) if g.body}
    assert body == set(label.body)


def test_every_gold_file_is_listed_in_labels_tsv():
    listed = {label.name for label in LABELS}
    assert {path.stem for path in GOLD_DIR.glob("*.jsonl")} == listed


def test_baseline_covers_every_page():
    assert set(FLOORS) == {label.name for label in LABELS} | {"overall"}


@all_pages
def test_line_precision_holds(page: str):
    assert page_score(page).lines.precision >= FLOORS[page]["precision"]


@all_pages
def test_line_recall_holds(page: str):
    assert page_score(page).lines.recall >= FLOORS[page]["recall"]
