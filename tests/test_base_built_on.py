"""The amounts of the base a plan builds on (在现有12个园区、3个基地基础上) are where things stand, no
targets (extract/rules/exclusions/baselines.py); what is built on it, and 在此基础上 after a target, stay."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes

PLAN = """某县产业园区建设方案
一、工作目标
{sentence}
"""


def values(sentence: str) -> list[float]:
    data = PLAN.format(sentence=sentence).encode("utf-8")
    return [t.value for t in extract_document(document_from_bytes(data, name="plan.txt", suffix=".txt"),
                                              use_model=False).targets]


@pytest.mark.parametrize("sentence, kept", [
    ("在现有12个园区、3个创业基地(合计15个)基础上,到2027年再新建5个园区。", [5]),
    ("在全县已建成40个服务站点的基础上,2026年底前新增服务站点8个。", [8]),
    ("2026年底前建成30个示范点,并在此基础上全面推广。", [30]),
])
def test_the_base_built_on_is_no_target(sentence, kept):
    assert values(sentence) == kept
