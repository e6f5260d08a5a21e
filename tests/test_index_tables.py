"""Where a document's tables are, as the index answers it (extract/index.py: in_table, without_tables)."""
from __future__ import annotations

import pytest

from extract.index import DocumentIndex
from extract.read import document_from_bytes
from extract.rules.sentences import Span

TEXT = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉\n"
# unsorted, one inside another, two side by side, one reaching past another's end
SPANS = ((12, 15), (2, 8), (3, 5), (8, 10), (14, 18))


@pytest.fixture(scope="module")
def index() -> DocumentIndex:
    document = document_from_bytes(TEXT.encode("utf-8"), name="text.txt", suffix=".txt")
    assert document.text == TEXT
    return DocumentIndex.build(document, reference=None, table_spans=SPANS)


@pytest.mark.parametrize("position", range(len(TEXT) + 1))
def test_a_position_is_in_a_table_when_a_span_holds_it(index, position):
    assert index.in_table(position) is any(a <= position < b for a, b in SPANS)


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 21, "甲乙" + " " * 8 + "子丑" + " " * 6 + "申酉\n"),
    (0, 2, "甲乙"),
    (4, 13, " " * 6 + "子丑" + " "),
    (9, 16, " 子丑" + " " * 4),
    (18, 21, "申酉\n"),
    (10, 12, "子丑"),
], ids=["whole", "before_all", "inside", "across_three", "after_all", "between"])
def test_tables_are_blanked_in_a_span(index, start, end, expected):
    assert index.without_tables(Span(start, end)) == expected
