"""Taiwan's texts set digits apart with spaces (約 120 億元): the comparator word before the space
still bounds the number. Sentences written for the test, in traditional script, through the cleaning."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes


@pytest.mark.parametrize("sentence, value, comparator", [
    ("本府規劃新建輕軌路線，計畫經費約 120 億元。", 12000000000, "~"),
    ("本府辦理青年創業貸款，每案最高補助 2,000 元。", 2000, "<="),
    ("本府每年至少提供 1,500 個托育名額。", 1500, ">="),
])
def test_a_comparator_word_before_a_spaced_number(sentence, value, comparator):
    text = f"某市政府施政報告\n一、施政重點\n{sentence}\n"
    document = document_from_bytes(text.encode("utf-8"), name="report.txt", suffix=".txt")
    (target,) = [t for t in extract_document(document, use_model=False).targets if float(t.value) == value]
    assert target.comparator == comparator
