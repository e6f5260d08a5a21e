"""Units named by a clause in 的 whose head names no unit without it (modified_heads.tsv): the owner is the whole
phrase as written (承办…的有关省(市)人民政府, 法律法规授权的…组织), before a duty word or in a clause of its own
before one; a head of a kind of its own stays alone (设置负压病区(房)的医疗机构), and a case, a place or a class
allowed to act owns nothing. The real sentence of pool-023 and invented ones shaped like those of batches G, H,
J and K."""
import pytest

from extract.extractor import extract_document
from extract.rules.opening_subjects import opening_subject
from extract.rules.subjects import subject_owners
from tests.corpus import pool_path, read_cached


@pytest.mark.parametrize(("sentence", "owners"), [
    ("纳入试点名单的园区应按照方案建立工作机制", ("纳入试点名单的园区",)),
    ("各高校、科研院所和其他承担科研任务的单位要修订办法", ("各高校", "科研院所", "其他承担科研任务的单位")),
    ("各级发展改革委或者本级政府确定的其他牵头部门应当加强统筹", ("各级发展改革委", "本级政府确定的其他牵头部门")),
], ids=["bare-head", "in-a-list", "class-word-before-the-head"])
def test_a_modified_name_before_a_duty_word_is_written_whole(sentence, owners):
    assert subject_owners(sentence).owners == owners


@pytest.mark.parametrize(("opening", "following", "owners"), [
    ("行政机关和法律法规授权的具有管理公共事务职责的组织", "应严格遵守法律",
     ("行政机关", "法律法规授权的具有管理公共事务职责的组织")),
    ("位于重点监视防御区的大中城市", "应抓紧做好预测工作", ("位于重点监视防御区的大中城市",)),
    ("设置负压病区(房)的医疗机构", "要按要求做好防护", ("医疗机构",)),
], ids=["joined-by-和", "a-city-by-where-it-lies", "a-kind-of-its-own-stays-alone"])
def test_a_clause_that_is_a_modified_name_owns_the_duty_after_it(opening, following, owners):
    assert opening_subject(opening, following).owners == owners


@pytest.mark.parametrize(("opening", "following"), [
    ("有条件的地区", "要先行先试"),
    ("凡有保护价值的地区", "要划定保护范围"),
    ("被取消资格的单位", "应退还补贴"),
    ("有条件的地区", "可以先行先试"),
], ids=["a-class-of-places", "a-place-to-protect", "a-case", "a-permission"])
def test_no_modified_name_where_the_clause_is_a_case_a_place_or_a_permission(opening, following):
    assert opening_subject(opening, following).owners == ()


def test_the_provinces_hosting_tibetan_classes_own_their_leadership():
    (task,) = [t for t in extract_document(read_cached(pool_path("pool-023.html")), use_model=False).tasks
               if t.title.startswith("加强领导,明确职责")]
    assert task.owners == ("承办内地西藏中学和西藏班的有关省(市)人民政府",)
