"""Every rule table in extract/data loads, validates, and has no duplicate keys."""
from importlib import resources

import pytest

from extract.errors import RuleTableError
from extract.lexicon import Column, parse_table, read_table

TABLES = sorted(p.name for p in resources.files("extract.data").iterdir() if p.name.endswith(".tsv"))
# tables where one word may stand in several rows (time_context: 完成 after a limit is a limit and a completion)
REPEATED_KEYS = {"time_context.tsv"}


def header_columns(name: str) -> tuple[Column, ...]:
    text = resources.files("extract.data").joinpath(name).read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.strip() and not line.startswith("# "))
    return tuple(Column(cell.strip(), required=False) for cell in header.split("\t"))


@pytest.mark.parametrize("name", TABLES)
def test_table_loads_and_keys_are_unique(name):
    rows = read_table(name, header_columns(name))
    key = header_columns(name)[0].name
    keys = [tuple(row.values()) if name in REPEATED_KEYS else row[key] for row in rows]
    assert rows, f"{name} is empty"
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{name}: duplicate {key} {duplicates}"


def test_problems_are_reported_with_file_and_line_all_at_once():
    text = "word\tkind\n区住建局\tdepartment\n\tdepartment\n各街道\tnonsense\n"
    _, problems = parse_table("demo.tsv", text, (Column("word"), Column("kind", choices=frozenset({"department"}))))
    assert problems == ["demo.tsv:3: column 'word' is empty",
                        "demo.tsv:4: column 'kind': 'nonsense' is not one of ['department']"]


def test_a_bad_regex_is_a_rule_table_error():
    _, problems = parse_table("demo.tsv", "pattern\n(unclosed\n", (Column("pattern", regex=True),))
    assert problems and problems[0].startswith("demo.tsv:2: column 'pattern': bad regex")
    with pytest.raises(RuleTableError):
        raise RuleTableError(problems)
