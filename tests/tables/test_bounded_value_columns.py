"""Tables of amounts whose cells carry their own unit (300元/月) under a header that bounds them
(最高支付限额: at most) and splits them by group (在职人员 | 退休人员): each cell is one amount of its
row's item and its group, one merged across both groups is one amount for both, 无 and — are none.
An annex of criteria or technical requirements (…准入标准, …技术要求) holds thresholds a case or a
work must meet: none of its amounts is a target."""
import extract

HEAD = ("<html><body><h1>关于印发某市长期护理保险待遇标准的通知</h1><p>发布日期：2025-03-01</p>"
        "<p>一、长期护理保险基金按所附限额支付护理服务费用。</p>")
HEADER = ("<tr><td rowspan='2'>序号</td><td colspan='2'>服务项目</td><td colspan='2'>基金最高支付限额</td>"
          "<td rowspan='2'>认定有效期</td></tr><tr><td>分类</td><td>项目名称</td><td>在职人员</td><td>退休人员</td></tr>")
ROWS = [("1", "居家", "上门照护", "300元/月", "200元/月", "长期"),
        ("2", "机构", "集中照护", "900元/月", "700元/月", "两年"),
        ("3", "机构", "安宁照护", "1200元/月", None, "一年"),  # one cell across both groups
        ("4", "居家", "辅具租赁", "无", None, "—")]
CRITERIA = ("<p>附件2</p><p>某市长期护理服务对象评估准入标准</p><p>一、失能等级</p>"
            "<p>经评估符合以下3项中至少2项的：（一）日常生活能力评分低于40分；（二）连续卧床6个月以上。</p>")


def _html(annex: str = "") -> str:
    body = ""
    for number, group, name, first, second, period in ROWS:
        cells = f"<td>{first}</td><td>{second}</td>" if second else f"<td colspan='2'>{first}</td>"
        body += f"<tr><td>{number}</td><td>{group}</td><td>{name}</td>{cells}<td>{period}</td></tr>"
    return f"{HEAD}<p>附件1</p><p>某市长期护理服务项目支付限额</p><table>{HEADER}{body}</table>{annex}</body></html>"


def _targets(tmp_path, text: str):
    path = tmp_path / "limits.html"
    path.write_text(text, encoding="utf-8")
    return extract.extract(path, use_model=False).targets


def test_each_cell_with_its_unit_is_an_amount_bounded_by_its_header(tmp_path):
    found = {(t.indicator, t.value, t.unit, t.comparator, t.status) for t in _targets(tmp_path, _html())}
    assert found == {
        ("上门照护在职人员基金最高支付限额", 300, "元/月", "<=", "planned"),
        ("上门照护退休人员基金最高支付限额", 200, "元/月", "<=", "planned"),
        ("集中照护在职人员基金最高支付限额", 900, "元/月", "<=", "planned"),
        ("集中照护退休人员基金最高支付限额", 700, "元/月", "<=", "planned"),
        ("安宁照护基金最高支付限额", 1200, "元/月", "<=", "planned"),
    }


def test_no_amount_of_an_annex_of_entry_criteria_is_a_target(tmp_path):
    targets = _targets(tmp_path, _html(CRITERIA))
    assert len(targets) == 5
    assert not [t for t in targets if t.unit in ("项", "分", "月")]


def test_a_body_heading_naming_standards_is_work_to_do_not_criteria(tmp_path):
    text = ("<html><body><h1>某市绿地建设行动方案</h1><p>发布日期：2025-03-01</p><p>一、加快制定技术标准</p>"
            "<p>到2026年，制定绿地养护地方标准5项。</p></body></html>")
    assert {(t.value, t.unit) for t in _targets(tmp_path, text)} == {(5, "项")}


def test_a_header_row_of_bare_years_stays_a_header(tmp_path):
    rows = [("指标", "单位", "2024", "2027"), ("新增口袋公园", "个", "12", "30"), ("绿道长度", "公里", "8.5", "20")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    text = (f"<html><body><h1>某区公园建设三年行动计划</h1><p>发布日期：2025-03-01</p><p>主要指标</p>"
            f"<table>{table}</table></body></html>")
    found = {(t.value, t.unit, t.deadline, t.status) for t in _targets(tmp_path, text)}
    assert found == {(30, "个", "2027-12-31", "planned"), (20, "公里", "2027-12-31", "planned"),
                     (12, "个", None, "achieved"), (8.5, "公里", None, "achieved")}


def test_a_name_known_by_its_ending_alone_makes_no_header_of_a_first_row(tmp_path):
    rows = [("站点名称", "用地分区", "面积(公顷)", "权属单位", "备注"),
            ("东山站点", "保护区", "1.20", "某市管理处", "位于山区"), ("西岭站点", "住宅区", "0.85", "某区财政局", "邻近社区")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    text = (f"<html><body><h1>某市站点搬迁规划</h1><p>发布日期：2025-03-01</p><p>表1 某市站点搬迁计划</p>"
            f"<table>{table}</table></body></html>")
    assert not [t for t in _targets(tmp_path, text) if t.method == "table"]
