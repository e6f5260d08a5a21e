"""Owners given by a heading that is a unit's name, as a list of duties by party writes them:

    三、职责分工
    (一)区住建局
    区住建局是…的主管部门,主要履行以下职责:
    1.制定…标准;
    2.开展…检查;
    (二)各街道办事处
    1.提篮桥街道办事处负责…;

A heading is a party's when a section of duties stands over it (职责分工), when it ends with its duties (区指挥部职责,
区住建局安全生产工作职责), or when the headings of its list are units' names (一、镇应急办 二、镇规划建设办
三、各村, with at most one other: 四、工作要求). Elsewhere a unit's name heads what its text is about (一区一日照中心,
深度贫困村 over 24个…), and owns nothing.

A party's units own the heading and every item below it: an item names its duty, not who bears it.
An item opening on units the heading covers (one of the heading's units, a member of 各街道办事处 or of
成员单位, a narrower kind of 学校) is theirs; units an item opens on that the heading does not cover are what
the duty is about (落实物业服务企业将…, 组织居委会配合…), and leave the item to the heading's units.
"""
from __future__ import annotations

from functools import cache

from .document import Section
from .index import DocumentIndex, own_span
from .lexicon import word_list
from .rules.glued_subjects import heading_end
from .rules.owners import NO_OWNERS, Owners
from .rules.unit_lists import split_units
from .rules.unit_names import names_units, suffix_pattern

HEADING_ENDS = ("", "\n", "。", ":", "：")  # what may follow a title that is a whole heading
EACH = "各"  # 各街道办事处: a heading over the members of a class, each named below it
MIN_PARTIES = 2  # headings of units' names in a list that make it a list of parties
MAX_OTHERS = 1  # headings of the list that may name no unit (四、工作要求 after the parties)


def heading_units(index: DocumentIndex, section: Section) -> Owners:
    """The units a heading names when it is nothing but their names ((二)各镇、街道, 区指挥部职责), split; not a
    kind of body the plan sets up (structure_bodies.tsv). Read once per section: its items and targets ask
    again, and so does every item below it."""
    found = index.heading_owners.get(section.start)
    if found is None:
        found = index.heading_owners[section.start] = _heading_units(index.text, section)
    return found


def _heading_units(text: str, section: Section) -> Owners:
    named = _without_duties(section.title)
    if not names_units(named) or not _heading_alone(text, section) or named.endswith(word_list("structure_bodies.tsv")):
        return NO_OWNERS  # 2.3 现场指挥机构: how the plan is organized, its text says who acts
    return Owners(tuple(split_units(named)) or (named,))


def duty_heading_owners(index: DocumentIndex, section: Section | None) -> Owners:
    """The units of the nearest heading around ``section`` (itself included) that names a party of a list of
    duties: a heading of units under a section of duties (职责分工, 分工与职责), ending with 职责 itself, or
    one of a list of headings that are units' names (一、镇应急办 二、镇规划建设办 三、各村)."""
    chain = index.chain(section)
    for k, candidate in enumerate(chain):
        units = heading_units(index, candidate)
        if units and (_of_duties(candidate, chain[k + 1:]) or _one_of_parties(index, candidate, chain[k + 1:])):
            return units
    return NO_OWNERS


def narrowed(heading: Owners, words: str, opening: Owners) -> Owners:
    """The owners of an item below a heading of units: the heading's units that ``words`` (the item's own,
    its title first) open on, else the units its first sentence opens on (``opening``) when the heading
    covers each of them, else the heading's units."""
    named = tuple(unit for unit in heading.owners if words.startswith(unit))
    if named:
        return Owners(named)
    if opening and all(any(_covers(unit, member) for unit in heading.owners) for member in opening.owners):
        return opening
    return heading


def words_start(text: str, section: Section) -> int:
    """Where an item's own words begin, its title included: a run-in heading (2.镇监察室负责对…行使
    监督职能,…) is the item's first sentence, and its subject owns the item; a heading run into its body's
    subject with no mark between ((三)落实工作经费保障各地方应…) is none of that sentence."""
    title_start = text.find(section.title, section.start, section.body_start)
    return section.body_start if title_start < 0 else title_start + _glued_heading(text, title_start)


def item_title(text: str, section: Section) -> str:
    """An item's title: its heading's words, up to the subject of its body's first sentence where they run into
    it with no mark between, as texts kept in one spreadsheet cell or on a one-line page write it
    (落实工作经费保障|各地方应…, 其他要求|各村要…: rules/glued_subjects.heading_end)."""
    title_start = text.find(section.title, section.start, section.body_start)
    glued = _glued_heading(text, title_start) if title_start >= 0 else 0
    return section.title[:glued] if glued else section.title


def _glued_heading(text: str, title_start: int) -> int:
    """The length of a heading of a few words at ``title_start`` run into its body's subject, else 0."""
    line_end = text.find("\n", title_start)
    return heading_end(text[title_start:line_end if line_end >= 0 else len(text)])


def _covers(unit: str, member: str) -> bool:
    """区房管局 covers itself; 各街道办事处 covers 提篮桥街道办事处; 学校 covers 中小学校; a body of members
    (指挥部成员单位, 有关部门: collective_owners.tsv) covers any unit."""
    if member == unit or member.endswith(unit.removeprefix(EACH)):
        return True
    return unit.endswith(_collective_ends())


@cache
def _collective_ends() -> tuple[str, ...]:
    return tuple(word for word in word_list("collective_owners.tsv") if len(word) > 1)


def _of_duties(section: Section, enclosing: list[Section]) -> bool:
    """A heading of a party's duties: it ends with 职责 (duty_headings.tsv), or a section around it is a
    list of duties (职责分工, 分工与职责: duty_lists.tsv)."""
    return _without_duties(section.title) != section.title or any(
        word in outer.title for outer in enclosing for word in word_list("duty_lists.tsv"))


def _one_of_parties(index: DocumentIndex, section: Section, enclosing: list[Section]) -> bool:
    """A heading of a list whose headings are units' names, each over that unit's duties (一、镇应急办
    二、镇规划建设办 三、各村(社区), 附件1 区住建局… 附件2 区教育局…): at least MIN_PARTIES of its kind are,
    and at most one is not (四、工作要求 after the parties)."""
    siblings = [s for s in (enclosing[0].children if enclosing else index.document.outline.children)
                if s.family == section.family]
    parties = sum(1 for s in siblings if heading_units(index, s))
    return parties >= MIN_PARTIES and len(siblings) - parties <= MAX_OTHERS and not _counted(index, section)


def _counted(index: DocumentIndex, section: Section) -> bool:
    """A heading over a count of what it names (二、深度贫困村 over 24个(见附表)): a category of places the text
    counts, not a party with duties."""
    words = index.text[section.body_start:own_span(section).end].strip()
    return bool(words) and words[0].isdigit()


def _without_duties(title: str) -> str:
    """区指挥部职责 → 区指挥部, 区住建局安全生产工作职责 → 区住建局: the unit a heading of duties names
    (duty_headings.tsv), past the field of work the duties are in."""
    ending = next((e for e in word_list("duty_headings.tsv") if title.endswith(e) and len(title) > len(e)), "")
    if not ending:
        return title
    named = title[:len(title) - len(ending)]
    return named if names_units(named) else _unit_before_field(named) or named


def _unit_before_field(words: str) -> str:
    """区住建局|安全生产: the longest unit's name the words open on, a field of work after it."""
    for end in range(len(words) - 1, 1, -1):
        if suffix_pattern().search(words[:end]) and names_units(words[:end]):
            return words[:end]
    return ""


def _heading_alone(text: str, section: Section) -> bool:
    """The title is the whole heading (一、区建管委 on its line, or before a colon or full stop), not the
    first clause of a run-in item (第四条 区民政部门应将…纳入年度部门|预算, 区、街道(镇)应优化…布局,):
    a clause that ends like a unit's name names no unit."""
    start = words_start(text, section)
    following = text[start + len(section.title):start + len(section.title) + 1]
    return following in HEADING_ENDS
