"""Owners of national and provincial notices, class by class: role words of a tag after an item
(按职责分工牵头), … The sentences are written for the tests."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.owners import assigned_owners


def _tasks(text: str) -> dict:
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


def test_lead_by_division_of_duties_makes_the_units_before_it_leads():
    owners = assigned_owners("(省农业厅、省林业局按职责分工牵头,省水利厅、省气象局等省直有关部门配合)")
    assert owners.lead == ("省农业厅", "省林业局")
    assert owners.support == ("省水利厅", "省气象局")
    assert assigned_owners("(省审计厅按职责牵头)").lead == ("省审计厅",)


def test_an_item_tagged_with_leads_by_division_of_duties_is_theirs():
    tasks = _tasks("某省关于支持花卉产业的若干措施\n一、扩大种植\n"
                   "1.扩大花卉种植面积。引导农户调整种植结构,提高良种覆盖水平。"
                   "(省农业厅、省林业局按职责分工牵头,省科技厅配合)\n"
                   "2.办好花卉展会。各地要结合实际组织展销活动。(省商务厅按职责分工牵头)\n")
    assert tasks["扩大花卉种植面积"].owners == ("省农业厅", "省林业局", "省科技厅")
    assert tasks["办好花卉展会"].owners == ("省商务厅",)
