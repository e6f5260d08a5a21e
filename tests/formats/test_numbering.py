import pytest
from lxml import etree

from extract.formats.numbering import (Counters, Level, NumberedList, format_number, read_numbering,
                                       render_text, with_suffix)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.mark.parametrize(("n", "fmt", "expected"), [
    (1, "decimal", "1"),
    (12, "decimal", "12"),
    (1, "chineseCounting", "一"),
    (10, "chineseCounting", "十"),
    (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"),
    (1001, "chineseCountingThousand", "一千零一"),
    (3, "japaneseCounting", "三"),
    (1, "ideographTraditional", "甲"),
    (10, "ideographTraditional", "癸"),
    (11, "ideographTraditional", "甲"),
    (3, "decimalEnclosedCircle", "③"),
    (21, "decimalEnclosedCircle", "21"),
    (1, "lowerLetter", "a"),
    (27, "lowerLetter", "aa"),
    (2, "upperLetter", "B"),
    (4, "lowerRoman", "iv"),
    (1994, "upperRoman", "MCMXCIV"),
    (5, "decimalZero", "05"),
    (7, "someFutureFormat", "7"),
], ids=lambda value: str(value))
def test_format_number(n, fmt, expected):
    assert format_number(n, fmt) == expected


@pytest.mark.parametrize(("text", "values", "expected"), [
    ("%1、", {0: (3, "chineseCounting")}, "三、"),
    ("（%2）", {0: (1, "chineseCounting"), 1: (2, "chineseCounting")}, "（二）"),
    ("%1.%2", {0: (2, "decimal"), 1: (5, "decimal")}, "2.5"),
    ("第%1章", {0: (1, "chineseCounting")}, "第一章"),
], ids=["chinese-dun", "paren-second-level", "legal-two-levels", "chapter"])
def test_render_text(text, values, expected):
    assert render_text(text, values.__getitem__) == expected


@pytest.mark.parametrize(("label", "suffix", "expected"), [
    ("一、", "tab", "一、"),
    ("第一章", "tab", "第一章 "),
    ("1.1", "space", "1.1 "),
    ("1.", "nothing", "1."),
    ("", "tab", ""),
], ids=["punctuation-tab", "word-tab", "space", "nothing", "empty"])
def test_with_suffix(label, suffix, expected):
    assert with_suffix(label, suffix) == expected


OUTLINE = {0: Level(fmt="chineseCounting", text="%1、"), 1: Level(fmt="chineseCounting", text="（%2）"),
           2: Level(fmt="decimal", text="%3.", start=1)}


def labels(lists, steps):
    counters = Counters(lists)
    return [counters.label(num_id, ilvl) for num_id, ilvl in steps]


def test_lower_levels_start_over_when_a_higher_level_advances():
    lists = {"1": NumberedList("abstract:1", OUTLINE)}
    steps = [("1", 0), ("1", 1), ("1", 2), ("1", 2), ("1", 1), ("1", 2), ("1", 0), ("1", 1)]
    assert labels(lists, steps) == ["一、", "（一）", "1.", "2.", "（二）", "1.", "二、", "（一）"]


def test_instances_of_one_abstract_list_share_counters():
    lists = {"1": NumberedList("abstract:1", OUTLINE), "2": NumberedList("abstract:1", OUTLINE)}
    assert labels(lists, [("1", 0), ("2", 0)]) == ["一、", "二、"]


def test_an_instance_with_a_start_override_counts_on_its_own():
    lists = {"1": NumberedList("abstract:1", OUTLINE), "2": NumberedList("num:2", OUTLINE)}
    assert labels(lists, [("1", 0), ("1", 0), ("2", 0)]) == ["一、", "二、", "一、"]


@pytest.mark.parametrize(("num_id", "ilvl"), [("0", 0), ("9", 0), ("1", 7)],
                         ids=["numbering-removed", "unknown-list", "undefined-level"])
def test_no_label_without_a_defined_level(num_id, ilvl):
    assert labels({"1": NumberedList("abstract:1", OUTLINE)}, [(num_id, ilvl)]) == [""]


@pytest.mark.parametrize("fmt", ["bullet", "none"])
def test_bullets_and_unnumbered_levels_have_no_label(fmt):
    lists = {"1": NumberedList("abstract:1", {0: Level(fmt=fmt, text="\uf06c")})}
    assert labels(lists, [("1", 0)]) == [""]


NUMBERING_XML = f"""<w:numbering xmlns:w="{W}">
  <w:abstractNum w:abstractNumId="4">
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num>
  <w:num w:numId="8"><w:abstractNumId w:val="4"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


def test_read_numbering_gives_start_values_and_legal_numbers():
    lists = read_numbering(etree.fromstring(NUMBERING_XML), style_lists={})
    assert labels(lists, [("7", 0), ("7", 1), ("7", 1)]) == ["三、", "3.1 ", "3.2 "]


def test_read_numbering_applies_start_overrides_to_their_own_counters():
    lists = read_numbering(etree.fromstring(NUMBERING_XML), style_lists={})
    assert labels(lists, [("7", 0), ("8", 0), ("7", 0)]) == ["三、", "一、", "四、"]
