"""Responsible units in their roles: the Owners value every owner rule returns (all owners, lead
units, support units), its merging, and the collector of units met role by role."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..frozen import frozen
from ..records import Task


@frozen
class Owners:
    owners: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.owners)

    def empty(self) -> bool:
        """No unit at all, in any role (bool() tells whether any unit owns)."""
        return not (self.owners or self.lead or self.support)

    def merged(self, other: Owners) -> Owners:
        if not (other.owners or other.lead or other.support):  # other.empty(), asked inline: merged per clause
            return self  # nothing to add (most clauses name no unit)
        return Owners(_unique(self.owners + other.owners), _unique(self.lead + other.lead),
                      _unique(self.support + other.support))


NO_OWNERS = Owners()  # what most clauses name: one value, not a new one each time


def owners_of(task: Task) -> Owners:
    """A task record's owners in their roles."""
    return Owners(task.owners, task.lead_owners, task.support_owners)


@dataclass
class Collector:
    """Units met part by part, each in its role: the owners of every part, and the lead and support units."""
    owners: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)

    def add(self, units: list[str], role: str) -> None:
        self.owners += units
        if role == "lead":
            self.lead += units
        elif role == "support":
            self.support += units

    def result(self) -> Owners:
        return Owners(_unique(tuple(self.owners)), _unique(tuple(self.lead)), _unique(tuple(self.support)))


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
