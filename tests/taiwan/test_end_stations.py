"""A line's end stations own nothing (起站為…): sentences written for the test in traditional script,
through the cleaning, and the real policy report of a city of Taiwan in the corpus."""
from functools import cache

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, read_cached


@cache
def _result(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="report.txt", suffix=".txt")
    return extract_document(document, use_model=False)


def _report(*lines: str):
    return _result("\n".join(["某市政府", "市長施政報告", "114.3.20", "壹、施政規劃", "一、交通建設", *lines]) + "\n")


def test_a_lines_end_station_owns_nothing():
    result = _report("本路線起站為某某站，終站為某某車站，全長約 20 公里。")
    (target,) = result.targets
    assert float(target.value) == 20 and target.owners == ()


@cache
def _twgov_002():
    return extract_document(read_cached(doc_path("twgov-002.txt")), use_model=False)


def test_the_city_reports_line_lengths_have_no_owner():
    (target,) = [t for t in _twgov_002().targets if "53.1 公里" in t.evidence]
    assert target.owners == ()
