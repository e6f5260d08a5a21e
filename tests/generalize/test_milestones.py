"""Milestone lines with their period on the next line (open-government commitments), on a
commitment written for the test: each is a task due at the end of its period, owned by the
units the commitment names."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

COMMITMENT = """某項開放政府承諾
- 主(協)辦機關:數位發展部、(國家發展委員會)
承諾事項為何?
1. 推動政府資料開放
衡量指標
完成資料集盤點並公開清單
- 2022/01-2022/12
辦理3場民眾參與工作坊
- 2023/01~2023/06
"""


def test_each_milestone_is_a_task_due_at_the_end_of_its_period():
    document = document_from_bytes(COMMITMENT.encode("utf-8"), name="commitment.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    first, second = tasks["完成资料集盘点并公开清单"], tasks["办理3场民众参与工作坊"]
    assert (first.deadline, first.deadline_start) == ("2022-12-31", "2022-01-01")
    assert (second.deadline, second.deadline_text) == ("2023-06-30", "2023/01~2023/06")
    assert first.owners == second.owners == ("数位发展部", "国家发展委员会")
