import pytest

from extract.errors import RuleTableError
from extract.scrape.profiles import builtin_profiles, parse_profiles

GOOD = """profiles:
  - name: mine
    description: a test profile
    match: {url: '/list/'}
    notice: '/n/\\d+\\.html'
    links: 'a[href]'
    items: [li]
    pagination: {kind: pattern, template: 'list_{n}.html', first: 2}
  - name: fallback
    description: the last one
    links: 'a[href]'
    items: [li]
    pagination: {kind: none}
"""


def test_the_builtin_profiles_load_and_end_with_the_fallback():
    profiles = builtin_profiles()
    assert {"hanweb", "hanweb-static", "trs", "govcn"} <= {p.name for p in profiles}
    assert profiles[-1].name == "generic" and profiles[-1].is_fallback


def test_a_good_file_loads():
    profiles = parse_profiles(GOOD, name="mine.yaml")
    assert [p.name for p in profiles] == ["mine", "fallback"]
    assert profiles[0].pagination.template == "list_{n}.html"


@pytest.mark.parametrize("old, new, message", [
    ("match: {url: '/list/'}", "match: {url: '(/list/'}", "mine.yaml:4: bad regex '(/list/'"),
    ("items: [li]\n    pagination: {kind: pattern",
     "items: [li]\n    colour: red\n    pagination: {kind: pattern", "mine.yaml:8: unknown key 'colour'"),
    ("links: 'a[href]'", "links: 'a[href'", "mine.yaml:6: bad CSS selector 'a[href'"),
    ("kind: pattern, template: 'list_{n}.html'", "kind: pattern, template: 'list_{page}.html'",
     "mine.yaml:8: template 'list_{page}.html' names 'page'"),
    ("kind: none", "kind: sideways", "mine.yaml:13: pagination kind 'sideways' is not one of"),
    ("first: 2", "first: two", "mine.yaml:8: expected a whole number above 0, not 'two'"),
    ("  - name: fallback\n    description: the last one\n", "  - name: fallback\n",
     "mine.yaml:9: missing key 'description'"),
    ("name: fallback", "name: mine", "profile 'mine' is defined twice"),
    ("items: [li]\n    pagination: {kind: none}", "items: [li]\n    match: {page: x}\n    pagination: {kind: none}",
     "the last profile must be a fallback"),
    ("profiles:", "profiles: [", "mine.yaml:"),
], ids=["bad-regex", "unknown-key", "bad-selector", "bad-template", "bad-kind", "bad-number", "missing-key", "twice",
        "no-fallback", "not-yaml"])
def test_problems_are_reported_with_file_and_line(old, new, message):
    with pytest.raises(RuleTableError) as caught:
        parse_profiles(GOOD.replace(old, new, 1), name="mine.yaml")
    assert any(message in problem for problem in caught.value.problems), caught.value.problems


def test_every_problem_is_reported_at_once():
    bad = GOOD.replace("'/list/'", "'('").replace("kind: none", "kind: sideways")
    with pytest.raises(RuleTableError) as caught:
        parse_profiles(bad, name="mine.yaml")
    assert len(caught.value.problems) == 2
