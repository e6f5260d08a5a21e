"""Owners of a national or provincial notice written in prose: tags after each item naming
ministries (银保监会, 证监会 end on 监会), lists joined by 及 over lists joined by 和, subjects that
are people (领导干部) and the level's bureau (省局). The notice is written for the test."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.assignments import assigned_owners
from extract.rules.subjects import subject_owners
from extract.rules.unit_lists import split_units
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, read_cached

NOTICE = """某部关于做好普惠金融服务工作的意见
一、加强服务
(一)扩大信贷投放。鼓励银行机构加大对个体工商户的信贷支持。(人民银行、银保监会负责。列第一位者为牵头单位,下同)
(二)拓宽直接融资。支持符合条件的企业发行债券。(证监会、国家发展改革委等国务院有关部门和单位及各省级人民政府按职责分工负责)
二、压实责任
(三)落实监管责任。省局制定了全省统一的工作规范。各级监管部门要压实属地责任。
(四)带头依法办事。各级领导干部要带头学法用法,做遵纪守法的表率。
"""


def _tasks():
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


def test_ministries_ending_on_监会_are_units():
    assert is_unit("银保监会") and is_unit("证监会")
    owners = assigned_owners("(人民银行、银保监会负责)")
    assert owners.owners == ("人民银行", "银保监会")


def test_及_joins_looser_than_和():
    assert split_units("国务院有关部门和单位及各省级人民政府") == ["国务院有关部门和单位", "各省级人民政府"]
    assert split_units("区发展和改革委员会及各街道") == ["区发展和改革委员会", "各街道"]
    assert split_units("各有关部门和单位") == ["各有关部门和单位"]


def test_tags_own_the_items_and_the_first_unit_leads():
    tasks = _tasks()
    first = tasks["扩大信贷投放"]
    assert (first.owners, first.lead_owners, first.support_owners) == (("人民银行", "银保监会"), ("人民银行",), ("银保监会",))
    second = tasks["拓宽直接融资"]
    assert second.owners == ("证监会", "国家发展改革委", "各省级人民政府")
    assert second.lead_owners == ("证监会",)


def test_people_are_no_owners_but_the_level_bureau_is():
    assert not is_unit("各级领导干部") and not is_unit("市场监管领导干部")
    assert actor_owners("省局制定了全省统一的工作规范").owners == ("省局",)
    assert actor_owners("乡村要建立长效机制").owners == ()
    tasks = _tasks()
    assert tasks["落实监管责任"].owners == ("省局", "各级监管部门")
    assert tasks["带头依法办事"].owners == ()


def test_a_state_council_notice_gives_each_item_its_tagged_ministries():
    tasks = extract_document(read_cached(doc_path("govcn-007.html")), use_model=False).tasks
    (guarantees,) = [t for t in tasks if "融资担保机构" in t.title]
    assert guarantees.owners == ("财政部", "工业和信息化部", "人民银行", "银保监会")
    (credit,) = [t for t in tasks if "创业担保贷款" in t.title]
    assert credit.owners == ("财政部", "人力资源社会保障部", "人民银行", "银保监会")
    assert credit.lead_owners == ("财政部",)


def test_clauses_that_end_like_a_unit_are_no_units():
    assert not is_unit("会同有关部门") and not is_unit("推行“一窗通办”部门")
    assert not is_unit("大力发展社区") and not is_unit("我们始终坚持立足本地所")
    assert actor_owners("市民政部门应牵头会同有关部门,根据本规定制定实施细则").owners == ("市民政部门", "有关部门")


def test_an_amount_and_what_it_counts_is_no_unit():
    assert not is_unit("12家三级甲等医院") and not is_unit("建成8万吨应急储备中心")
    assert is_unit("12345热线办公室") and is_unit("110指挥中心")


def test_各地_and_a_time_before_the_duty_word_leave_the_subject():
    assert subject_owners("各地要于年底前完成排查整改").owners == ("各地",)
    assert subject_owners("省级卫生健康部门每年要对辖区内的医疗机构开展抽查").owners == ("省级卫生健康部门",)
    assert subject_owners("各街道每季度开展一次联合检查").owners == ("各街道",)


def test_a_state_council_notice_names_the_provincial_and_city_bureaus_that_inspect_each_year():
    tasks = {t.title: t for t in extract_document(read_cached(doc_path("hfs-005.txt")), use_model=False).tasks}
    assert tasks["开展环境执法稽查"].owners == ("市级以上环境保护部门", "省级环境保护部门", "市级环境保护部门")
    (clearing,) = [task for title, task in tasks.items() if "清理违法违规" in title]
    assert clearing.owners == ("各地",)


def test_pilot_cities_are_a_class_of_units_and_a_passive_subject_owns_nothing():
    assert actor_owners("试点城市结合本地实际细化任务").owners == ("试点城市",)
    assert actor_owners("试点城市由省级有关部门择优选定").owners == ("省级有关部门",)


def test_an_agent_followed_by_a_duty_verb_jieba_reads_as_a_noun_still_acts():
    # jieba tags 指导 after a bureau's name as a noun; it is a duty verb all the same
    assert actor_owners("由区住房保障房屋管理局指导项目单位开展审核", bare=False).owners == ("区住房保障房屋管理局",)


def test_the_speaker_and_its_verb_are_no_unit_but_the_speakers_bureau_is():
    assert not is_unit("本府将鼓励各级学校") and not is_unit("本府配合交通部")
    assert is_unit("本府环境保护局")


def test_a_name_goes_on_past_a_shorter_name_inside_it():
    # 市政府|督查室: the agent is the office, not the government whose name it opens with
    assert actor_owners("由市政府督查室在一定范围内通报进展", bare=False).owners == ("市政府督查室",)
    assert actor_owners("试点城市由省级有关部门择优选定").owners == ("省级有关部门",)


def test_levels_sharing_one_head_are_one_class():
    # national texts write 市、县…部门 for the cities' and counties' bureaus as one class (unit_series.tsv);
    # a city's own text writes 市、区…部门 for its bureau and its districts': two units
    assert split_units("市、县生态环境部门") == ["市、县生态环境部门"]
    assert split_units("省、市、县级党委") == ["省、市、县级党委"]
    assert split_units("各地市、县级交通运输部门") == ["各地市、县级交通运输部门"]
    assert split_units("市、区民政部门") == ["市民政部门", "区民政部门"]
    assert subject_owners("市、县生态环境部门重点要针对中小企业开展帮扶").owners == ("市、县生态环境部门",)
    assert subject_owners("省、市、县级党委要定期研究有关工作").owners == ("省、市、县级党委",)
