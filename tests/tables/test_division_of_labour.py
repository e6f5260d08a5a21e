"""Division-of-labour tables flattened one cell per line, on notices written for the test: a
完成时限 column after the owner columns dates the row's task (and makes no second task), and a
table with a lead and a support column but no 序号 (关键里程碑 | 主办机关 | 协办机关 | 起讫时间, as
Taiwan's commitments write them) keeps its rows in line."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

DIVISION = """某区老旧小区改造实施方案
一、工作目标
到2025年底,完成老旧小区改造30个。
附件
老旧小区改造重点任务分工表
序号
重点任务
牵头单位
配合单位
完成时限
1
完成12个小区外立面整治
区住建局
各街道
2024年6月底前
2
建设停车泊位500个
区交通委
区城管局、各街道
2024年12月底前
"""

MILESTONES = """某機關開放政府承諾事項
一、承諾事項
1.推動資料開放
二、關鍵里程碑
關鍵里程碑
主辦機關
協辦機關
起訖時間
完成資料集盤點
數位部
國家發展委員會
2022年1月至2022年12月
建立民眾回饋機制
數位部
國家發展委員會
2023年1月至2023年6月
"""


def _tasks(text: str, name: str = "notice.txt"):
    document = document_from_bytes(text.encode("utf-8"), name=name, suffix=".txt")
    return [t for t in extract_document(document, use_model=False).tasks if t.method == "table"]


def test_a_deadline_column_dates_the_row_task():
    tasks = {t.title: t for t in _tasks(DIVISION)}
    assert set(tasks) == {"完成12个小区外立面整治", "建设停车泊位500个"}
    assert tasks["完成12个小区外立面整治"].deadline == "2024-06-30"
    assert tasks["完成12个小区外立面整治"].owners == ("区住建局", "各街道")
    assert tasks["建设停车泊位500个"].deadline == "2024-12-31"
    assert tasks["建设停车泊位500个"].owners == ("区交通委", "区城管局", "各街道")


def test_milestones_with_a_lead_and_a_support_column_stay_in_line():
    tasks = {t.title: t for t in _tasks(MILESTONES)}
    assert set(tasks) == {"完成资料集盘点", "建立民众回馈机制"}
    assert tasks["建立民众回馈机制"].owners == ("数位部", "国家发展委员会")
    assert tasks["建立民众回馈机制"].deadline == "2023-06-30"
    assert tasks["完成资料集盘点"].deadline == "2022-12-31"
