"""Frozen dataclasses built at the cost of plain ones: the values the rules make by the hundred thousand.

A frozen dataclass's generated ``__init__`` sets every field with ``object.__setattr__`` (frozen
forbids ``self.x = …``), twice the cost of setting it through the field's slot; one rules pass sets
about half a million fields (amounts, owners, drafts, records). :func:`frozen` is
``@dataclass(frozen=True, slots=True)`` with an ``__init__`` that sets each field through its slot:
the same class otherwise (fields, defaults, equality, hash, repr, ``replace``, no assignment after).
"""
from __future__ import annotations

import dataclasses
from typing import TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def frozen(cls: type[T]) -> type[T]:
    """``@dataclass(frozen=True, slots=True)``, its fields set through their slots."""
    made = dataclasses.dataclass(frozen=True, slots=True)(cls)
    made.__init__ = _slot_init(made)  # type: ignore[misc]
    return made


def _slot_init(cls: type) -> object:
    """An ``__init__`` taking the dataclass's parameters in its order, with its defaults, that sets each
    field through its slot's descriptor."""
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields) \
            or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: frozen() builds plain fields only (no factory, kw_only, init=False, __post_init__)")
    namespace: dict[str, object] = {f"_set_{f.name}": getattr(cls, f.name).__set__ for f in fields}
    parameters = []
    for f in fields:
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in fields) or "\n    pass"
    exec(f"def __init__(self, {', '.join(parameters)}):{body}", namespace)  # as dataclasses writes its own
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    return init
