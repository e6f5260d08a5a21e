"""Refuse to run without the real corpus: tests read it from ../shared beside the checkout."""
from __future__ import annotations

import os

import pytest

from tests.corpus import CORPUS


def pytest_sessionstart(session: pytest.Session) -> None:
    if not (CORPUS / "seeds").is_dir():
        raise pytest.UsageError(f"the real corpus is missing: expected {CORPUS} (../shared beside the checkout)")


def pytest_configure(config: pytest.Config) -> None:
    # One process unless a test asks for workers (--jobs): a pool per CLI test would load the model each time.
    os.environ["POLICY_EXTRACT_JOBS"] = "1"
