"""Who owns a target read from a sentence: the unit a list item names for it, an owner tag after its
clause, its section's owners, the party of a list of duties, else the subject of its clause or sentence.
"""
from __future__ import annotations

from .chars import strip_heading_marker
from .document import Section
from .index import DocumentIndex, own_span
from .rules.assignments import PAREN, assigned_owners, with_standing
from .rules.owners import NO_OWNERS, Owners
from .rules.sentences import Span
from .rules.subjects import subject_owners
from .rules.targets import Draft
from .task_owners import item_actors, owning_subjects, section_owners
from .unit_headings import duty_heading_owners


def target_owners(index: DocumentIndex, draft: Draft, sentence: Span, section: Section | None) -> Owners:
    """The unit a list item names for the amount, else its section's owners, else the subject
    of its clause or of its sentence."""
    if draft.entity:
        return Owners((draft.entity,))
    text = index.text
    clause = draft.clause.text(text)
    if draft.clause.start == sentence.start:
        clause = strip_heading_marker(clause)  # 第八条 区民政局应…: the article's number is no part of the subject
    return (_next_assignment(index, draft.clause.end, section) or section_owners(index, section)
            or _item_of_duties(index, section)
            or owning_subjects(index, subject_owners(clause) or subject_owners(strip_heading_marker(sentence.text(text)))))


def _item_of_duties(index: DocumentIndex, section: Section | None) -> Owners:
    """A heading naming a party of a list of duties, or an item below one: the item's owners (item_actors)."""
    return item_actors(index, section) if section is not None and duty_heading_owners(index, section) else NO_OWNERS


def _next_assignment(index: DocumentIndex, position: int, section: Section | None) -> Owners:
    """The first owner tag after an amount in its item's own words ((财政部牵头,…按职责分工负责) after one
    clause, or (市场监管总局负责) on its own line after the item): it owns that clause, not the whole item."""
    if section is None or not index.facts[section.start].owners:
        return Owners()
    end = own_span(section).end
    for paren in PAREN.finditer(index.text, position, end):
        owners = assigned_owners(paren.group(), first_leads=index.first_leads_from is not None
                                 and paren.start() > index.first_leads_from)
        if owners:
            return with_standing(owners, index.standing, paren.end())
    return Owners()

