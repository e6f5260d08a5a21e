"""The first-character test in front of a pattern turns positions away, never a match; the scan for
the first characters finds a match wherever the pattern starts one, and the finder reading the match
there finds the pattern's matches."""
from __future__ import annotations

import re

import pytest

from extract.rules.prefilter import ScannedFinder, with_first_char_scan, with_first_char_test

TEXT = "到2025年底，全市新增就业5万人；上半年完成投资12.5亿元，第三季度末达到九成。x1 (二)"


@pytest.mark.parametrize("pattern", [
    r"(?:19|20)\d{2}年(?:底|末)?", r"(?P<half>上半年|下半年|第?[一二三四1-4]季度)(?:末|底)?",
    r"(?<![\d.])\d+(?:\.\d+)?(?P<unit>万人|亿元)", r"[（(][一二三四五六七八九十]+[)）]", r"九成|x\d",
])
def test_the_same_matches_behind_the_test(pattern):
    tested = with_first_char_test(pattern)
    assert tested.pattern.startswith("(?=[")
    plain = re.compile(pattern)
    assert [(m.span(), m.groupdict()) for m in tested.finditer(TEXT)] == \
           [(m.span(), m.groupdict()) for m in plain.finditer(TEXT)]
    assert tested.search(TEXT) is not None


def test_a_match_opening_on_any_digit_is_tested_for_one_class_of_digits():
    pattern = r"(?<!\d)\d+(?:\.\d+)?(?P<unit>万人|亿元)|百分之\d+|[（(]\d[)）]"
    tested = with_first_char_test(pattern)
    assert tested.pattern.startswith(r"(?=[\d\(百（])")  # \d itself, not each of hundreds of digits listed
    text = TEXT + "百分之30 (3) ٣亿元"  # an Arabic-Indic digit is a \d too
    assert [m.group() for m in tested.finditer(text)] == [m.group() for m in re.finditer(pattern, text)] == [
        "5万人", "12.5亿元", "百分之30", "(3)", "٣亿元"]


@pytest.mark.parametrize("pattern", [r"\w+年", r"x?", r"[^a]b", r"(?i)ab"])
def test_a_pattern_whose_first_characters_are_unknown_stays_as_it_is(pattern):
    assert with_first_char_test(pattern).pattern == pattern


def test_the_test_lists_the_first_characters():
    assert with_first_char_test(r"a|b(c)|(?:x?y)").pattern == "(?=[abxy])(?:a|b(c)|(?:x?y))"


@pytest.mark.parametrize("pattern", [
    r"(?:19|20)\d{2}年(?:底|末)?", r"(?<![\d.])\d+(?:\.\d+)?(?P<unit>万人|亿元)", r"九成|x\d", r"季度末$", r"达到(?=九)",
])
def test_the_scan_finds_where_the_pattern_matches(pattern):
    scanned = with_first_char_scan(pattern)
    assert scanned.pattern.startswith("[")  # re scans for a class in C: no test position by position
    plain = re.compile(pattern)
    for start in range(len(TEXT)):
        for end in (len(TEXT), len(TEXT) - 8, start + 6):
            found, expected = scanned.search(TEXT, start, end), plain.search(TEXT, start, end)
            assert (found and found.start()) == (expected and expected.start())


@pytest.mark.parametrize("pattern", [r"\w+年", r"x?", r"(?i)ab"])
def test_a_pattern_whose_first_characters_are_unknown_is_scanned_as_it_is(pattern):
    assert with_first_char_scan(pattern).pattern == pattern


@pytest.mark.parametrize("pattern", [
    r"(?:19|20)\d{2}年(?:底|末)?", r"(?P<half>上半年|下半年|第?[一二三四1-4]季度)(?:末|底)?",
    r"(?<![\d.])\d+(?:\.\d+)?(?P<unit>万人|亿元)", r"九成|x\d", r"季度末$", r"达到(?=九)", r"[一二三四五]+",
])
def test_the_finder_finds_the_patterns_matches(pattern):
    finder, plain = ScannedFinder(pattern), re.compile(pattern)
    for start in range(len(TEXT)):
        for end in (len(TEXT), len(TEXT) - 8, start + 6):
            assert [(m.span(), m.groups(), m.groupdict()) for m in finder.finditer(TEXT, start, end)] == \
                   [(m.span(), m.groups(), m.groupdict()) for m in plain.finditer(TEXT, start, end)]


@pytest.mark.parametrize("pattern", [r"\w+年", r"x?", r"(?i)ab"])
def test_the_finder_wants_first_characters_and_no_empty_match(pattern):
    with pytest.raises(ValueError):
        ScannedFinder(pattern)
