"""Who owns a task (an outline section): the owners tagged on it or an enclosing section, else the
organizations the item itself names as actors (its title, its clauses, the lead-in of the list it is in, the
duty subjects of an enclosing item), else the units the points of a heading's one enumeration name. Reads
the document index and changes nothing but its memo of the subjects an item passes down.
"""
from __future__ import annotations

import re

from .clause_owners import span_owners
from .document import Section
from .index import DocumentIndex, own_span, tail_span
from .rules.item_units import item_units
from .rules.opening_subjects import duty_list_lead
from .rules.owners import NO_OWNERS, Owners
from .rules.status import is_address, is_work_report
from .rules.unit_names import is_unit, suffixes_of
from .unit_headings import duty_heading_owners, heading_units, narrowed, words_start

NAMED_KINDS = ("department", "institution", "grassroots")  # kinds of org_suffixes.tsv
LEAD_IN_ENDS = (":", "：")  # an item's own words ending so introduce the list of its sub-items
NOT_A_NAME = re.compile("[0-9“”\"]")  # 形成60万吨政府, 推行“一业一查”部门: clause fragments


def section_owners(index: DocumentIndex, section: Section | None) -> Owners:
    """Tagged owners of the section or the nearest enclosing section that has some, else the
    tags the document states before its first section (主(协)办机关: …)."""
    for candidate in index.chain(section):
        owners = index.facts[candidate.start].owners
        if owners:
            return owners
    return index.document_owners


def task_owners(index: DocumentIndex, section: Section) -> Owners:
    """A flattened table row's owner cell (…环境。区经济发展局区直各有关单位), else the tags, the actors, the points'
    units."""
    return (index.row_tails.get(section.start) or section_owners(index, section)
            or owning_subjects(index, item_actors(index, section)) or _run_in_owners(index, section))


def _run_in_owners(index: DocumentIndex, section: Section) -> Owners:
    """A heading with no words of its own whose items are the points of one enumeration (二、…\n一是…。\n二是…。) is
    owned by the units they name, as when the points run on in its paragraph (二、…。一是…;二是…)."""
    if not section.children or any(child.family != "runin" or not child.marker for child in section.children) \
            or index.text[section.body_start:section.children[0].start].strip():
        return Owners()
    owners = Owners()
    for child in section.children:
        owners = owners.merged(task_owners(index, child))
    return owners


def owning_subjects(index: DocumentIndex, owners: Owners) -> Owners:
    """The subjects of a work report that name a department or an institution (省教育厅要…): the
    speaking government (各级政府要…) and what the report counts (绿色工业园区74个, 更新住宅电梯300部)
    own nothing there. Elsewhere every subject stands."""
    if not owners or not is_work_report(index.document):
        return owners
    kept = tuple(u for u in owners.owners if _names_a_department(u))
    return Owners(kept, tuple(u for u in owners.lead if u in kept), tuple(u for u in owners.support if u in kept))


def _names_a_department(unit: str) -> bool:
    return not NOT_A_NAME.search(unit) and unit.endswith(suffixes_of(*NAMED_KINDS)) and is_unit(unit)


def item_actors(index: DocumentIndex, section: Section) -> Owners:
    """Organizations the item itself names as actors: its title (职责分工: (一)区建管委), the actors
    of its clauses, else the duty subjects of the nearest enclosing item's own text."""
    heading = duty_heading_owners(index, section)
    named = heading_units(index, section)
    if named and heading:  # (二)各镇、街道: a party's heading, split; elsewhere a heading of units is what its
        return named  # text is about ((2)一区一日照中心: a centre to build), and the text says who acts
    if heading:  # (一)区住建局 > 1.制定…: an item of a party's duties, the party's
        return narrowed(heading, index.text[words_start(index.text, section):own_span(section).end],
                        _opening_actors(index, section))
    subjects, actors = span_owners(index.prose_splits, own_span(section),
                                   skip_heading=words_start(index.text, section),
                                   actors=not is_address(index.document))
    index.subjects[section.start] = subjects  # what this item passes down to its sub-items
    tail = tail_span(section)
    if tail is not None:  # an article's paragraph after its items: the article's actors, not its items'
        actors = actors.merged(span_owners(index.prose_splits, tail, skip_heading=tail.start,
                                           actors=not is_address(index.document))[1])
    if actors:
        return actors
    listed = _listed_item_units(index, section)
    if listed:
        return listed
    chain = index.chain(section)
    for below, candidate in zip(chain, chain[1:]):
        if candidate.start not in index.subjects:
            index.subjects[candidate.start] = span_owners(index.prose_splits, own_span(candidate),
                                                          skip_heading=words_start(index.text, candidate))[0]
        if index.subjects[candidate.start] and not _past_the_list(index, candidate, below):
            return _lead_in_subjects(index, candidate) or index.subjects[candidate.start]
    return Owners()


def _past_the_list(index: DocumentIndex, section: Section, below: Section) -> bool:
    """An item after the list of duties an item's lead-in announces (…主要职责是: (一)…(十)…, then (一) again,
    duty_list_leads.tsv): the numbering of its kind restarted before it, so the units charged with the
    duties do not own it."""
    own = own_span(section).text(index.text).rstrip()
    if not own.endswith(LEAD_IN_ENDS) or not duty_list_lead().search(own.rstrip(":：")):
        return False
    last = None
    for child in section.children:
        if child.start > below.start:
            break
        if child.family == below.family:
            if last is not None and child.number <= last:
                return True
            last = child.number
    return False


def _lead_in_subjects(index: DocumentIndex, section: Section) -> Owners:
    """The subjects of the sentence closing an item's own words with a colon (…投诉处理机构…应当按照下列规定处理:):
    they own the sub-items it introduces, not every unit the item's earlier sentences charge."""
    own = own_span(section)
    if not own.text(index.text).rstrip().endswith(LEAD_IN_ENDS):
        return NO_OWNERS
    start = words_start(index.text, section)
    lead_in = [s for s in index.prose_splits.sentences(start, own.end) if s.text(index.text).strip()][-1:]
    return span_owners(index.prose_splits, lead_in[0], skip_heading=start)[0] if lead_in else NO_OWNERS


def _opening_actors(index: DocumentIndex, section: Section) -> Owners:
    """The actors of an item's first sentence (its run-in title, when it has one)."""
    start = words_start(index.text, section)
    first = index.prose_splits.sentences(start, own_span(section).end)[:1]
    return span_owners(index.prose_splits, first[0], skip_heading=start,
                       actors=not is_address(index.document))[1] if first else NO_OWNERS


def _listed_item_units(index: DocumentIndex, section: Section) -> Owners:
    """An item of a list its enclosing item's lead-in introduces (…有责任提供以下信息:) that names units
    and no duty of its own (公安部门有关…信息;): the units it opens on own it, not the class the lead-in
    charges (有关部门和单位)."""
    chain = index.chain(section)
    if len(chain) < 2 or not own_span(chain[1]).text(index.text).rstrip().endswith(LEAD_IN_ENDS):
        return Owners()
    words = index.text[words_start(index.text, section):own_span(section).end].strip()
    return item_units(words) if "\n" not in words else Owners()  # a one-line item, not a heading over a body

