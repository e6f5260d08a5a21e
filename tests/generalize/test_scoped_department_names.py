"""各级 is no speaker: before a department's whole name that opens on a verb (各级|发展改革部门, 各级|征收主管部门,
各级|登记管理机关) it scopes the name, the departments of every level; the speakers of not_owners.tsv (本府, 我局,
全区) before a verb still act and name no unit, and 各级 before a verb and its object (各级培育龙头企业) is a
clause. Sentences written for the test, and real items of ad-003 and l-003 (gold owners 各级征收主管部门,
各级登记管理机关)."""
import pytest

from extract.extractor import extract_document
from extract.rules.subjects import subject_owners
from extract.rules.unit_names import is_unit
from tests.corpus import extra_path, read_cached


@pytest.mark.parametrize("name", ["各级发展改革部门", "各级应急管理部门", "各级审批部门", "各级征收主管部门",
                                  "各级登记管理机关", "各级审批服务中心"])
def test_a_scope_word_before_a_department_that_opens_on_a_verb_names_it(name):
    assert is_unit(name)


@pytest.mark.parametrize("text", ["各级培育龙头企业", "各级创建示范村", "各级落实主体责任单位", "各级加强部门",
                                  "本府将鼓励大专校院", "全区推进工作部门", "我局配合内政部"])
def test_a_speaker_acting_or_a_scope_word_before_a_verb_and_its_object_is_no_unit(text):
    assert not is_unit(text)


@pytest.mark.parametrize(("sentence", "owners"), [
    ("各级应急管理部门要加强值班值守", ("各级应急管理部门",)),
    ("当库存周期低于6个月时,各级审批部门要压缩办理时限", ("各级审批部门",)),
])
def test_the_scoped_departments_are_the_subject(sentence, owners):
    clause = sentence.split(",")[-1]
    assert subject_owners(clause).owners == owners


def _owners(name, title):
    tasks = extract_document(read_cached(extra_path("corpus", name)), use_model=False).tasks
    return next(t for t in tasks if t.title.startswith(title)).owners


def test_ad003_the_expropriation_departments_own_the_land_supply_item():
    """ad-003 (一): …当商品住宅吸纳周期低于12个月时,各级征收主管部门要加大征拆力度…"""
    assert _owners("ad-003.html", "增加住宅用地供应") == ("各级征收主管部门",)


def test_l003_the_registration_authorities_of_every_level_own_their_item():
    """l-003 (一): 各级登记管理机关和业务主管部门要…"""
    assert "各级登记管理机关" in _owners("l-003.html", "各级登记管理机关和业务主管部门要")
