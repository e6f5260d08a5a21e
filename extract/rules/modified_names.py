"""Units named by a clause in 的 and a head that names no unit without it (modified_heads.tsv): 其他负有环境监管
职责的部门, 法律法规授权的…组织, 位于…的大中城市, 承办…的有关省(市)人民政府. Such a name is the owner as written
(RECORDS.md section 5); a head of a kind of its own (…的医疗机构) is the owner by itself (subjects.modified_units)."""
from __future__ import annotations

from ..lexicon import word_list, words_where
from .unit_names import SENTENCE_MARK, TRAILING_NOTE, is_unit, tags

MAX_MODIFIED = 40  # 国家卫生健康委及其他国务院部门、行业所属或者管理的三级公立医院: a modified name runs long
# a name opening so is a case, an object, a place or a permission's class, no unit charged (被取消资格的单位,
# 对…的企业, 凡有保护价值的地区, 有条件的地区); 有关的 alone modifies nothing
MODIFIER_STOPS = ("被", "对", "凡", "有条件", "有关的", "相关的")
MODIFIER_OPENER_STOPS = frozenset({"c", "p", "u", "uj"})  # jieba tags of a first word no modifier of a name opens on


def modified_name(unit: str) -> bool:
    """A unit named by a clause in 的 and a head that names no unit without it (modified_heads.tsv):
    法律法规授权的具有管理公共事务职责的组织, 本级政府确定的其他牵头部门; not a case (被取消…的单位), a
    permission's class (有条件的…), what a plan regulates (…的企业: weak_subjects.tsv), nor a clause."""
    if "的" not in unit or len(unit) > MAX_MODIFIED or SENTENCE_MARK.search(unit) \
            or unit.startswith(word_list("receiving_verbs.tsv") + MODIFIER_STOPS):
        return False
    head = unit[unit.rindex("的") + 1:]
    words = tags(unit)
    if words[0][1] in MODIFIER_OPENER_STOPS or any(word in word_list("duty_modals.tsv") for word, _ in words):
        return False  # 要求…应…的, 并协助…的, 从…引进…的: a clause, not a modifier of a name (响应 holds no 应)
    bare = TRAILING_NOTE.sub("", head)
    if bare in words_where("modified_heads.tsv", "role", "head"):
        return True
    return bare.startswith(words_where("modified_heads.tsv", "role", "class")) and is_unit(head) and not weak(head)


def needs_its_modifier(head: str) -> bool:
    """其他牵头部门, 部门, 有关省(市)人民政府: a head of modified_heads.tsv, or one opening on a word of a class."""
    bare = TRAILING_NOTE.sub("", head)
    return bare in words_where("modified_heads.tsv", "role", "head") or bare.startswith(
        words_where("modified_heads.tsv", "role", "class"))


def weak(unit: str) -> bool:
    """企业, 重点地区: a subject whose last word names what a plan regulates or counts (weak_subjects.tsv)."""
    return tags(unit)[-1][0] in word_list("weak_subjects.tsv")
