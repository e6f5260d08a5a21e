from functools import cache
from pathlib import Path

import pytest

import extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@cache
def _read(name: str) -> extract.Document:
    return extract.read(FIXTURES / name)


@pytest.fixture
def fixture_path():
    """The path of a file in tests/fixtures (built by tests/fixtures/build_office_fixtures.py)."""
    return lambda name: FIXTURES / name


@pytest.fixture
def read_fixture():
    """``extract.read`` of a fixture, read once per test session."""
    return _read
