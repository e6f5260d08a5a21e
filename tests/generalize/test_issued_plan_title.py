"""A notice issuing a plan repeats the plan's title above its body in the annex that holds it; the period in that title is the
plan's overall period, which dates nothing (RECORDS.md: never the plan's overall period from its title
alone), while a dated heading or sentence inside still does."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

NOTICE = """某市园林局关于下发《某市市花推广应用三年行动计划(2031-2033年)》的通知
发布日期:2031年5月6日
各区园林局:
现将《某市市花推广应用三年行动计划(2031-2033年)》下发给你们,请认真贯彻执行。
附件:某市市花推广应用三年行动计划(2031-2033年)
某市园林局
2031年5月6日
附件1
某市市花推广应用三年行动计划(2031-2033年)
一、主要任务
(一)加大市花推广力度
各区要在重点道路新增市花观赏点位40个。
(二)做好苗源储备
各区园林部门做好苗源储备,2032年6月底前建成苗圃2处。
"""


def _result():
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return extract_document(document, use_model=False)


def test_the_plan_title_repeated_as_a_heading_dates_no_item():
    result = _result()
    points = next(t for t in result.targets if t.value == 40)
    task = next(t for t in result.tasks if t.title == "加大市花推广力度")
    assert (points.deadline, task.deadline) == (None, None)
    assert task.owners == ("各区",)


def test_a_date_inside_the_plan_still_dates_its_item():
    result = _result()
    nursery = next(t for t in result.targets if t.value == 2)
    task = next(t for t in result.tasks if t.title == "做好苗源储备")
    assert (str(nursery.deadline), str(task.deadline)) == ("2032-06-30", "2032-06-30")
