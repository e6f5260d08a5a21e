"""Every rule table in extract/data declares its columns in its header, loads, validates, and has
no duplicate keys."""
from importlib import resources

import pytest

from extract.errors import RuleTableError
from extract.lexicon import Column, declared_columns, parse_table, read_table

TABLES = sorted(p.name for p in resources.files("extract.data").iterdir() if p.name.endswith(".tsv"))
# tables where one word may stand in several rows (time_context: 完成 after a limit is a limit and a completion;
# occurrence_verbs: 死亡 before an amount and after it; scoring_words: 不足 closes a grade's band and says a level
# was not reached)
REPEATED_KEYS = {"time_context.tsv", "occurrence_verbs.tsv", "description_words.tsv", "scoring_words.tsv"}


def header_columns(name: str) -> tuple[Column, ...]:
    text = resources.files("extract.data").joinpath(name).read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.strip() and not line.startswith("# "))
    columns, problems = declared_columns(header.split("\t"))
    assert not problems, f"{name}: {problems}"
    return columns


@pytest.mark.parametrize("name", TABLES)
def test_table_loads_and_keys_are_unique(name):
    rows = read_table(name)
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


def test_a_bad_regex_is_reported_with_its_line():
    _, problems = parse_table("demo.tsv", "pattern~\n(unclosed\n")
    assert len(problems) == 1 and problems[0].startswith("demo.tsv:2: column 'pattern': bad regex '(unclosed'")


def test_the_header_declares_required_optional_and_allowed_values():
    text = "word\tkind=plan|report\tchange?=increase|decrease\tnote?\n方案\tplan\t\t\n计划\tother\tup\t\n\tplan\t\t\n"
    rows, problems = parse_table("demo.tsv", text)
    assert problems == ["demo.tsv:3: column 'kind': 'other' is not one of ['plan', 'report']",
                        "demo.tsv:3: column 'change': 'up' is not one of ['decrease', 'increase']",
                        "demo.tsv:4: column 'word' is empty"]
    assert rows[0] == {"word": "方案", "kind": "plan", "change": "", "note": ""}


def test_a_comparator_may_be_an_allowed_value():
    (column,) = declared_columns(["comparator=>=|<=|~|="])[0]
    assert column.choices == frozenset({">=", "<=", "~", "="}) and column.required


def test_a_header_cell_that_declares_nothing_readable_is_a_problem():
    _, problems = parse_table("demo.tsv", "word\tkind=\n方案\tplan\n")
    assert problems[0] == "demo.tsv:1: header cell 'kind=' is not name, name?, name~ or name=a|b"


def test_read_table_raises_one_error_listing_every_problem(monkeypatch):
    monkeypatch.setattr("extract.lexicon.parse_table", lambda name, text, columns: ((), ["a.tsv:2: x", "a.tsv:5: y"]))
    with pytest.raises(RuleTableError) as raised:
        read_table("units.tsv")
    assert raised.value.problems == ["a.tsv:2: x", "a.tsv:5: y"]
    assert str(raised.value) == "invalid rule tables:\na.tsv:2: x\na.tsv:5: y"
