"""The indicator registry: the shipped one loads; a broken one is refused with every problem as file:line."""
import pytest

from extract.comparison.registry import load_registry, parse_registry
from extract.errors import RuleTableError

HEADER = "# version: 7\nid\tlabel\taliases\tunit\tmeasure\tdirection\tcategory\treference\tcontext\n"


def test_the_shipped_registry_loads_with_a_version_and_stable_ids():
    registry = load_registry()
    assert registry.version == "2"
    assert len(registry) >= 100
    gdp = registry.by_id("gdp_growth")
    assert (gdp.unit, gdp.measure, gdp.dimension) == ("%", "growth", "percent")
    assert "生产总值" in gdp.aliases and gdp.aliases[0] == gdp.label


def test_the_shipped_registry_keeps_growth_and_level_apart():
    registry = load_registry()
    assert registry.by_id("gdp").dimension == "money"
    assert registry.by_id("gdp_growth").dimension == "percent"


def test_problems_are_listed_all_at_once_with_their_lines():
    text = HEADER + ("a\t甲\t\t%\trate\thigher\tx\t\t\n"
                     "a\t乙\t\t%\tsize\thigher\tx\t\t\n"
                     "Bad-id\t丙\t\t斤斤\trate\thigher\tx\t\t\n"
                     "d\t丁\t甲\t%\trate\thigher\tx\t\t\n")
    with pytest.raises(RuleTableError) as caught:
        parse_registry("mine.tsv", text)
    problems = caught.value.problems
    assert "mine.tsv:4: id 'a' is already used on line 3" in problems
    assert any(p.startswith("mine.tsv:4: column 'measure': 'size'") for p in problems)
    assert "mine.tsv:5: id 'Bad-id' must be lower-case letters, digits and _" in problems
    assert "mine.tsv:5: unit '斤斤' is not in compare_units.tsv" in problems
    assert any(p.startswith("mine.tsv:6: alias '甲' (percent) is also an alias of 'a'") for p in problems)


def test_a_shared_alias_is_allowed_when_a_context_tells_the_indicators_apart():
    text = HEADER + "a\t建成区\t\t%\trate\thigher\tx\t\t海绵\nb\t污水\t建成区\t%\trate\thigher\tx\t\t污水\n"
    assert len(parse_registry("mine.tsv", text)) == 2


def test_a_registry_without_a_version_is_refused():
    with pytest.raises(RuleTableError, match="mine.tsv:1: no '# version: N' line"):
        parse_registry("mine.tsv", HEADER.split("\n", 1)[1] + "a\t甲\t\t%\trate\thigher\tx\t\t\n")


def test_a_registry_file_that_cannot_be_read_is_one_clear_problem(tmp_path):
    with pytest.raises(RuleTableError, match="cannot read the registry"):
        load_registry(tmp_path / "missing.tsv")
