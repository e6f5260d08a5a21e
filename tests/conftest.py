"""Refuse to run without the real corpus: tests read it from ../shared beside the checkout."""
from __future__ import annotations

import pytest

from tests.corpus import CORPUS


def pytest_sessionstart(session: pytest.Session) -> None:
    if not (CORPUS / "seeds").is_dir():
        raise pytest.UsageError(f"the real corpus is missing: expected {CORPUS} (../shared beside the checkout)")
