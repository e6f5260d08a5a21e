"""Task owners of items whose heading runs into their text (2.镇档案室负责…), and label words that
are never owners (组织机构, 申报主体), on a notice written for the test."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.unit_names import is_unit, names_units

NOTICE = """某镇小型工程管理办法
一、组织机构
成立镇小型工程管理领导小组,组长由分管副镇长担任。
二、职责分工
1.镇档案室负责对工程资料进行归档保存,按季度整理备查。
2.镇财务所负责对使用镇级资金的工程开展资金监管。
3.施工单位应落实安全生产主体责任。
三、申报
1.申报主体
工程的业主单位
"""


def _tasks():
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title[:6]: t.owners for t in extract_document(document, use_model=False).tasks}


def test_a_run_in_heading_names_its_owner():
    tasks = _tasks()
    assert tasks["镇档案室负责"] == ("镇档案室",)
    assert tasks["镇财务所负责"] == ("镇财务所",)
    assert tasks["施工单位应落"] == ("施工单位",)


def test_label_headings_own_nothing():
    tasks = _tasks()
    assert tasks["组织机构"] == ()
    assert tasks["申报主体"] == ()


def test_label_words_are_no_units_but_collectives_still_are():
    assert not is_unit("配合单位") and not is_unit("申报主体")
    assert is_unit("成员单位") and not names_units("成员单位")
