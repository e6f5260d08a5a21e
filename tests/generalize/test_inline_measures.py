"""Division-of-labour plans stored one long line a paragraph: each item's numbered measures run inline
after its own tag ((一)…(甲部等按职责分工负责)具体措施:1.…(乙部牵头)2.…). Each measure is a task with
its own tag's owners and the item keeps only its own; a measure may open with a year (3.2030年底前…),
and decimals (。3.5%) or numbers out of sequence stay inside their sentence. The plans are written for
the test."""
from extract.clean.text import parse_text
from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, read_cached

HEAD = "某委关于推进园区服务改革重点任务分工的通知\n各有关单位:\n现将重点任务分工通知如下。\n一、优化园区服务\n"
FIRST = (
    "(一)推进园区服务集成办理,整合各类窗口,减少企业往返次数,形成一批可复制的做法,为园区企业提供便利。"
    "鼓励各园区结合自身特点探索新的服务方式,及时总结推广各地行之有效的经验做法,持续提升园区服务水平。"
    "(甲部、乙部等按职责分工负责)具体措施:"
    "1.编制园区服务事项目录,逐项明确办理条件、办理时限和申请材料,推动目录动态调整,定期向社会公布目录。(甲部牵头,丙局按职责分工负责)"
    "2.推行园区企业开办一窗受理,开办时间较上年缩短3.5%以上,推动全程网上办理。(乙部牵头,丁署、各地区按职责分工负责)"
    "3.2030年底前建成园区服务统一平台,实现各类服务事项一网通办,完善平台运行维护机制,定期评估平台使用效果并向社会公开。(戊中心牵头)"
)
SECOND = (
    "(二)完善园区监管方式,推行综合检查,减少重复检查,提升监管的精准性和有效性,营造公平竞争的环境。"
    "坚持放管结合,对新业态新模式实行包容审慎监管,守住质量和安全底线,防止出现监管空白。"
    "推动监管规则和标准公开透明,便于企业知晓和遵守,畅通企业反映问题的渠道,及时回应企业关切。(丙局负责)具体措施:1.制定园区综合检查事项清单,明确检查内容和检查频次,统筹安排各类检查计划,减少对企业的干扰,检查结果及时向企业反馈并在园区内公示。(丙局牵头)"
    "2.建立园区企业信用分级制度,对不同等级企业实行差异化监管,扩大信用信息共享范围,推动信用修复便利化,引导企业主动规范经营行为,提升园区整体信用水平。(己办牵头,庚部配合)"
)
PLAN = HEAD + FIRST + "\n" + SECOND + "\n"


def _tasks(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


def _lines(text: str) -> list[str]:
    return [block.text for block in parse_text(text).blocks]


def test_a_long_line_is_cut_before_each_measure_of_a_numbered_run():
    lines = _lines(PLAN)
    assert [line[:2] for line in lines[4:]] == ["(一", "1.", "2.", "3.", "(二", "1.", "2."]
    assert lines[6].endswith("(乙部牵头,丁署、各地区按职责分工负责)")  # 3.5% stays in its sentence
    assert lines[7].startswith("3.2030年底前建成")  # the year opens measure 3


def test_each_measure_is_a_task_with_its_own_tag_and_the_item_keeps_its_own():
    tasks = _tasks(PLAN)
    item = next(t for title, t in tasks.items() if title.startswith("推进园区服务集成办理"))
    assert item.owners == ("甲部", "乙部")  # no measure's owners
    first = next(t for title, t in tasks.items() if title.startswith("编制园区服务事项目录"))
    assert (first.owners, first.lead_owners) == (("甲部", "丙局"), ("甲部",))
    second = next(t for title, t in tasks.items() if title.startswith("推行园区企业开办一窗受理"))
    assert second.owners == ("乙部", "丁署", "各地区")
    third = next(t for title, t in tasks.items() if "建成园区服务统一平台" in title)
    assert (third.owners, third.deadline) == (("戊中心",), "2030-12-31")
    last = next(t for title, t in tasks.items() if title.startswith("建立园区企业信用分级制度"))
    assert (last.lead_owners, last.support_owners) == (("己办",), ("庚部",))


def test_numbers_out_of_sequence_or_alone_are_no_measures():
    alone = ("(一)推进园区服务集成办理,整合各类窗口,减少企业往返次数。" * 6
             + "(甲部负责)具体措施:1.编制园区服务事项目录,推动目录动态调整。(甲部牵头)")
    assert len(_lines(alone)) == 1  # one numbered measure: no run
    skipped = ("(一)推进园区服务集成办理,整合各类窗口,减少企业往返次数。" * 6
               + "效率提高。2.5倍以上的窗口合并。4.企业满意度提升。")
    assert len(_lines(skipped)) == 1  # 2.5倍 is a decimal, and 4. follows no 1.-3.
    short = "(一)推进园区服务集成办理。(甲部负责)1.编制目录。(甲部牵头)2.推行一窗受理。(乙部牵头)"
    assert len(_lines(short)) == 1  # a short line is left as written


def test_a_numbered_item_may_open_with_a_year_and_takes_it_as_its_deadline():
    plan = (HEAD + "(一)准备阶段\n1.2031年5月底前,各区园区管理部门完成现状调查。\n"
            "2.2031年8月底前,制定园区服务改革实施方案。\n3.5万家园区企业参与评价。\n(二)实施阶段\n1.2032年底前,完成改革任务。\n")
    tasks = {t.title: (t.owners, t.deadline) for t in _tasks(plan).values()}
    assert tasks["2031年5月底前,各区园区管理部门完成现状调查"] == (("各区园区管理部门",), "2031-05-31")
    assert tasks["2031年8月底前,制定园区服务改革实施方案"] == ((), "2031-08-31")
    assert tasks["2032年底前,完成改革任务"] == ((), "2032-12-31")
    assert tasks["准备阶段"] == ((), None)  # its items date themselves
    assert not [title for title in tasks if "万家" in title]  # 3.5万家: a decimal opens no item


def test_a_work_report_keeps_a_count_after_a_bracket_in_its_sentence():
    text = read_cached(doc_path("gwr2026-003.txt")).text
    (line,) = [line for line in text.splitlines() if "2.8万个" in line]
    assert "(所、站)2.8万个" in line


def test_a_section_heading_with_a_comma_run_into_its_first_item_is_cut_before_it():
    line = "二、强化园区保障,形成推进合力" + SECOND.replace("(二)", "(三)", 1)
    assert [text[:2] for text in _lines(line)] == ["二、", "(三", "1.", "2."]
    assert _lines(line)[0] == "二、强化园区保障,形成推进合力"
