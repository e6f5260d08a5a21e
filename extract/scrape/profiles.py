"""Site profiles (data/sites.yaml, or a user's file of the same shape), validated on load.

Every problem in the file is reported at once as ``file:line: message``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..errors import RuleTableError
from .yamlnodes import NodeReader

DATA_PACKAGE = "extract.scrape.data"
BUILTIN = "sites.yaml"
AUTO = "auto"
KINDS = ("pattern", "records", "next", "none")
DATE_GROUPS = frozenset({"y", "m", "d"})
PROFILE_KEYS = frozenset({"name", "description", "match", "notice", "links", "items", "date", "url_date", "pagination"})
PAGINATION_KEYS = {
    "pattern": frozenset({"kind", "template", "first", "pages"}),
    "records": frozenset({"kind", "template", "perpage", "group", "params", "start", "total"}),
    "next": frozenset({"kind", "selector"}),
    "none": frozenset({"kind"}),
}


@dataclass(frozen=True, slots=True)
class Pagination:
    kind: str
    template: str = ""
    first: int = 2
    pages: re.Pattern[str] | None = None
    perpage: int = 0
    group: int = 0
    params: tuple[tuple[str, re.Pattern[str]], ...] = ()
    start: re.Pattern[str] | None = None
    total: re.Pattern[str] | None = None
    selector: str = ""


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    description: str
    match_url: re.Pattern[str] | None
    match_page: re.Pattern[str] | None
    notice: re.Pattern[str] | None
    links: str
    items: tuple[str, ...]
    date: str | None
    url_date: re.Pattern[str] | None
    pagination: Pagination

    @property
    def is_fallback(self) -> bool:
        return self.match_url is None and self.match_page is None

    def fits(self, *, path: str, page: str) -> bool:
        """Whether this profile is for a list at ``path`` whose first page is ``page``."""
        return (not self.is_fallback and (self.match_url is None or self.match_url.search(path) is not None)
                and (self.match_page is None or self.match_page.search(page) is not None))


@cache
def builtin_profiles() -> tuple[Profile, ...]:
    text = resources.files(DATA_PACKAGE).joinpath(BUILTIN).read_text(encoding="utf-8")
    return parse_profiles(text, name=BUILTIN)


def parse_profiles(text: str, *, name: str) -> tuple[Profile, ...]:
    reader = NodeReader(name)
    root = reader.document(text)
    entries = reader.sequence(reader.mapping(root, required=("profiles",)).get("profiles")) if root else ()
    profiles = tuple(p for p in (_profile(reader, entry) for entry in entries) if p is not None)
    names = [p.name for p in profiles]
    reader.problems += [f"{name}: profile {n!r} is defined twice" for n in sorted({n for n in names
                                                                                   if names.count(n) > 1})]
    if len(profiles) == len(entries) and profiles and not profiles[-1].is_fallback:
        reader.problems.append(f"{name}: the last profile must be a fallback without 'match'")
    if reader.problems:
        raise RuleTableError(reader.problems)
    return profiles


def _profile(reader: NodeReader, node: yaml.Node) -> Profile | None:
    before = len(reader.problems)
    fields = reader.mapping(node, allowed=PROFILE_KEYS,
                            required=("name", "description", "links", "items", "pagination"))
    match = reader.mapping(fields["match"], allowed=frozenset({"url", "page"})) if "match" in fields else {}
    links, date = reader.text(fields.get("links")), reader.text(fields.get("date"))
    for key, selector in (("links", links), ("date", date)):
        if selector is not None:
            reader.check_selector(fields[key], selector)
    profile = Profile(
        name=reader.text(fields.get("name")) or "", description=reader.text(fields.get("description")) or "",
        match_url=reader.regex(match.get("url")), match_page=reader.regex(match.get("page")),
        notice=reader.regex(fields.get("notice")), links=links or "", date=date,
        items=tuple(reader.text(item) or "" for item in reader.sequence(fields.get("items"))),
        url_date=reader.regex(fields.get("url_date"), groups=DATE_GROUPS),
        pagination=_pagination(reader, fields.get("pagination")) or Pagination("none"))
    return profile if len(reader.problems) == before else None


def _pagination(reader: NodeReader, node: yaml.Node | None) -> Pagination | None:
    kind_node = reader.mapping(node, required=("kind",)).get("kind") if node is not None else None
    kind = reader.text(kind_node) if kind_node is not None else None
    if kind not in PAGINATION_KEYS:
        if kind_node is not None:
            reader.problem(kind_node, f"pagination kind {kind!r} is not one of {', '.join(KINDS)}")
        return None
    required = {"pattern": ("template",), "records": ("template", "perpage", "group", "params", "start"),
                "next": ("selector",), "none": ()}[kind]
    fields = reader.mapping(node, allowed=PAGINATION_KEYS[kind], required=required)
    params = reader.mapping(fields["params"]) if "params" in fields else {}
    pagination = Pagination(
        kind=kind, template=reader.text(fields.get("template")) or "", first=reader.integer(fields.get("first"), 2),
        pages=reader.regex(fields.get("pages")), perpage=reader.integer(fields.get("perpage"), 0),
        group=reader.integer(fields.get("group"), 0), start=reader.regex(fields.get("start")),
        params=tuple((key, reader.regex(value)) for key, value in params.items()),  # type: ignore[misc]
        total=reader.regex(fields.get("total")), selector=reader.text(fields.get("selector")) or "")
    if pagination.selector:
        reader.check_selector(fields["selector"], pagination.selector)
    if pagination.template:
        reader.check_template(fields["template"], pagination.template, names=_template_names(pagination))
    return pagination


def _template_names(pagination: Pagination) -> frozenset[str]:
    if pagination.kind == "records":
        return frozenset({"start", "end", "perpage"}) | {name for name, _ in pagination.params}
    return frozenset({"n", "stem"})


def choose(profiles: tuple[Profile, ...], name: str, *, path: str, page: str) -> Profile:
    """The profile called ``name``; for ``auto`` (or a name no longer known) the first that fits the list
    at ``path`` whose first page is ``page``, else the fallback."""
    named = [p for p in profiles if p.name == name]
    if named:
        return named[0]
    return next((p for p in profiles if p.fits(path=path, page=page)), profiles[-1])


def is_known(profiles: tuple[Profile, ...], name: str) -> bool:
    return name == AUTO or any(p.name == name for p in profiles)
