"""A column of unit names is the owner column even when its header says something else."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

ASSESSMENT = """<html><body><h1>某县2024年度河湖长制工作考核细则</h1>
<table>
<tr><td>序号</td><td colspan="2">考核项目</td><td>考核内容</td><td>评分标准</td></tr>
<tr><td>1</td><td colspan="2">组织领导</td><td>组织领导</td><td>按时召开联席会议</td></tr>
<tr><td>2</td><td>重点考核部门</td><td>县农业农村局</td><td>畜禽养殖污染控制</td><td>完成禁养区复养排查12次以上</td></tr>
<tr><td>3</td><td>重点考核部门</td><td>县水利局</td><td>河道采砂整治</td><td>查处非法采砂案件5起以上</td></tr>
<tr><td>4</td><td>重点考核部门</td><td>县生态环境局</td><td>饮用水源保护</td><td>建立保护区排污口台账</td></tr>
</table></body></html>"""


def result():
    return extract_document(document_from_bytes(ASSESSMENT.encode("utf-8"), name="assessment.html", suffix=".html"),
                            use_model=False)


def test_rows_take_their_owner_from_the_unit_column():
    owners = {t.title: t.owners for t in result().tasks if t.method == "table"}
    assert owners["畜禽养殖污染控制"] == ("县农业农村局",)
    assert owners["河道采砂整治"] == ("县水利局",)


def test_a_name_spread_over_the_unit_column_is_no_owner():
    owners = {t.title: t.owners for t in result().tasks if t.method == "table"}
    assert owners["组织领导"] == ()
