"""Where the real corpus and the samples are, and one cached read of each document."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import extract

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
EXTRA = REPO.parent / "extra"  # development batches (corpus/) and fresh unannotated documents (fresh/), not in CI
SAMPLES = REPO / "corpora" / "samples"
SEEDS = {
    "000": CORPUS / "seeds" / "000_e9b657020bcafd3e.txt",
    "001": CORPUS / "seeds" / "001_5d787b8dfedcf78c.txt",
    "002": CORPUS / "seeds" / "002_a07040d9809054e5.txt",
    "003": CORPUS / "seeds" / "003_d0d908df2cfd250e.txt",
    "004": CORPUS / "seeds" / "004_4ad2f53781869d47.txt",
}


def doc_path(name: str) -> Path:
    return CORPUS / "docs" / name


def pool_path(name: str) -> Path:
    return CORPUS / "pool" / name


def extra_path(folder: str, name: str) -> Path:
    """A document of ../extra (``folder``: corpus, the development batches of corpora/gold/*/SOURCES.tsv); the test reading it is skipped where ../extra is
    not checked out."""
    path = EXTRA / folder / name
    if not path.is_file():
        pytest.skip(f"{path} is missing: ../extra is not checked out")
    return path


@cache
def read_cached(path: Path) -> extract.Document:
    """Documents are immutable; tests share one read of each."""
    return extract.read(path)
