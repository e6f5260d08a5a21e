"""Sentences and clauses cut once per document (extract/splits.py) are those the rules cut on demand."""
from __future__ import annotations

import pytest

from extract.index import DocumentIndex
from extract.rules.sentences import Span, clauses, sentences, sentences_with_clauses
from extract.splits import Splits
from extract.tables.find import find_tables

from .corpus import SEEDS, read_cached

# written for these tests: brackets across a sentence mark, a number with a comma, a bracket left open
# at a line end, spaces around pieces
TEXT = ("一、总体要求\n"
        "到2027年,新建公园12个(其中:口袋公园8个;社区公园4个)。改造管网1,500公里 ;\n"
        " (二)区住建局负责,各街道配合:完成老旧小区改造30个。  \n"
        "全年投入资金（含省级补助2亿元、市级补助1.5亿元）超过5亿元！是否达标？\n"
        "附注(未完的括号,逗号不断句\n"
        "\n"
        "最后一行没有句号")


def _stretches(text: str) -> list[tuple[int, int]]:
    """Every stretch from a few starting points (line starts, inside lines, inside brackets) to
    a few ends."""
    points = sorted({0, len(text), *(i for i, ch in enumerate(text) if ch in "\n(（,:") , 3, 17, 40, 41})
    return [(a, b) for a in points for b in points if a <= b]


@pytest.mark.parametrize(("start", "end"), _stretches(TEXT))
def test_sentences_of_any_stretch_are_those_cut_on_demand(start, end):
    assert Splits(TEXT).sentences(start, end) == sentences(TEXT, start, end)


@pytest.mark.parametrize(("start", "end"), _stretches(TEXT))
def test_sentences_cut_with_their_clauses_in_one_pass_are_those_cut_apart(start, end):
    assert sentences_with_clauses(TEXT, start, end) == [(s, clauses(TEXT, s)) for s in sentences(TEXT, start, end)]


def test_clauses_are_cut_once_and_are_those_cut_on_demand():
    splits = Splits(TEXT)
    for sentence in sentences(TEXT):
        assert splits.clauses(sentence) == clauses(TEXT, sentence)
        assert splits.clauses(sentence) is splits.clauses(sentence)
    assert [c.text(TEXT) for c in splits.clauses(sentences(TEXT)[1])] == [
        "到2027年", "新建公园12个(其中:口袋公园8个;社区公园4个)"]


def test_a_text_changed_in_places_shares_the_pieces_the_change_leaves_alone():
    blank_start = TEXT.index("全年")
    blank_end = TEXT.index("\n", blank_start)
    changed = TEXT[:blank_start] + " " * (blank_end - blank_start) + TEXT[blank_end:]
    original = Splits(TEXT)
    splits = Splits(changed, same_as=original, changed=((blank_start, blank_end),))
    for start, end in _stretches(changed):
        assert splits.sentences(start, end) == sentences(changed, start, end)
    for sentence in sentences(changed):
        assert splits.clauses(sentence) == clauses(changed, sentence)
    first_line = sentences(TEXT)[0]
    assert splits.clauses(first_line) is original.clauses(first_line)  # untouched: shared
    assert Span(blank_start, blank_end) not in splits.sentences()  # the blanked line holds no sentence


@pytest.mark.parametrize("seed", ["000", "003"])
def test_the_index_cuts_a_real_document_as_the_rules_do(seed):
    document = read_cached(SEEDS[seed])
    index = DocumentIndex.build(document, reference=None, table_spans=find_tables(document).spans)
    assert index.splits.sentences() == sentences(document.text)
    for section in (f.section for f in index.facts.values()):
        assert index.prose_splits.sentences(section.start, section.end) == sentences(
            index.prose, section.start, section.end)
    for sentence in sentences(index.prose):
        assert index.prose_splits.clauses(sentence) == clauses(index.prose, sentence)


# written for this test: run-in headings, a bracket closed after the heading marker, a mark inside a
# bracket, a bracket left open, a line without a mark, trailing spaces
RUN_IN = ("（三）某区住建局负责（牵头。）完成改造5个。各街道配合,按季度报送。\n"
          "2.加强监测)每月一次;全年不少于12次 \n"
          "（四）未完（括号。内的句号\n"
          "五、没有句号的标题")


@pytest.mark.parametrize("text", [TEXT, RUN_IN])
def test_a_line_read_from_inside_it_is_cut_as_on_demand_whether_its_whole_line_was_cut_first_or_not(text):
    line_start = 0
    for line in text.splitlines(keepends=True):
        line_end = line_start + len(line)
        for start in range(line_start + 1, line_end):
            for whole_first in (False, True):
                splits = Splits(text)
                if whole_first:
                    splits.sentences(line_start, line_end)
                found = splits.sentences(start, line_end)
                assert found == sentences(text, start, line_end)
                assert [splits.clauses(s) for s in found] == [clauses(text, s) for s in found]
        line_start = line_end
