"""The people a body names to convene it or keep in touch (召集人, 联系人, 联络员) are the make-up of a group
(RECORDS.md section 5), no target, on a State Council joint-meeting notice, a district's gas-safety plan and a
city's investment-project notice of the development batches."""
import pytest

from extract import extract_document

from ..corpus import extra_path, read_cached


@pytest.mark.parametrize("name", ["o-010.html", "r-005.md", "p-004.txt"])
def test_no_target_counts_a_liaison_role(name):
    targets = extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets
    assert [t for t in targets if t.unit in ("人", "名") and ("召集人" in t.evidence or "联系人" in t.evidence
                                                             or "联络员" in t.evidence)] == []
