"""Word automatic numbering (numbering.xml) rendered as the text a reader sees: 一、 （一） 1. 1.1

A paragraph refers to a list instance (``w:num``, by numId) and a level
(``w:ilvl``). The instance points to an abstract list (``w:abstractNum``) whose
levels say the start value, the number format and the text ("%1、", "（%2）",
"%1.%2"). Counting follows Word: instances of one abstract list share their
counters unless the instance overrides a start value, and a level starts over
whenever a higher level advances.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import cn2an
from docx.oxml.ns import qn

PLACEHOLDER = re.compile(r"%([1-9])")
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True, slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False
    style: str | None = None


@dataclass(frozen=True, slots=True)
class NumberedList:
    """A list instance: the key its counters are kept under, and its levels by ilvl."""

    key: str
    levels: Mapping[int, Level]

    def level_of_style(self, style_id: str) -> int | None:
        return next((i for i, level in self.levels.items() if level.style == style_id), None)


def read_numbering(root, *, style_lists: Mapping[str, str]) -> dict[str, NumberedList]:
    """List instances by numId from a ``w:numbering`` element (None when the file has none).

    ``style_lists`` maps a list style's id to the numId it names, for abstract
    lists that only link to a list style (``w:numStyleLink``).
    """
    if root is None:
        return {}
    abstracts = {a.get(qn("w:abstractNumId")): a for a in root.iter(qn("w:abstractNum"))}
    nums = {n.get(qn("w:numId")): n for n in root.iter(qn("w:num"))}
    lists = {}
    for num_id, num in nums.items():
        abstract_id = _val(num.find(qn("w:abstractNumId")))
        abstract = _follow_style_link(abstracts.get(abstract_id), abstracts, nums, style_lists)
        if abstract is None:
            continue
        levels = {int(lvl.get(qn("w:ilvl"), "0")): _level(lvl) for lvl in abstract.findall(qn("w:lvl"))}
        overrides = num.findall(qn("w:lvlOverride"))
        key = f"num:{num_id}" if overrides else f"abstract:{abstract.get(qn('w:abstractNumId'))}"
        lists[num_id] = NumberedList(key, _apply_overrides(levels, overrides))
    return lists


def _follow_style_link(abstract, abstracts, nums, style_lists, *, hops: int = 3):
    """The abstract list that holds the levels, following ``numStyleLink`` to a list style."""
    for _ in range(hops):
        link = _val(abstract.find(qn("w:numStyleLink"))) if abstract is not None else None
        if link is None or link not in style_lists:
            return abstract
        num = nums.get(style_lists[link])
        abstract = abstracts.get(_val(num.find(qn("w:abstractNumId")))) if num is not None else None
    return abstract


def _level(lvl) -> Level:
    start = _val(lvl.find(qn("w:start")))
    return Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_val(lvl.find(qn("w:numFmt"))) or "decimal",
        text=_val(lvl.find(qn("w:lvlText"))) or "",
        suffix=_val(lvl.find(qn("w:suff"))) or "tab",
        legal=lvl.find(qn("w:isLgl")) is not None,
        style=_val(lvl.find(qn("w:pStyle"))),
    )


def _apply_overrides(levels: dict[int, Level], overrides) -> dict[int, Level]:
    for override in overrides:
        ilvl = int(override.get(qn("w:ilvl"), "0"))
        whole = override.find(qn("w:lvl"))
        if whole is not None:
            levels[ilvl] = _level(whole)
        start = _val(override.find(qn("w:startOverride")))
        if start and start.isdigit():
            levels[ilvl] = replace(levels.get(ilvl, Level()), start=int(start))
    return levels


def _val(element) -> str | None:
    return None if element is None else element.get(qn("w:val"))


class Counters:
    """The running numbers of every list, advanced paragraph by paragraph in document order."""

    def __init__(self, lists: Mapping[str, NumberedList]) -> None:
        self.lists = lists
        self.counts: dict[str, dict[int, int]] = {}

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance ``ilvl`` of list ``num_id`` and return its label with its suffix ("一、", "1. ")."""
        numbered = self.lists.get(num_id)
        level = numbered.levels.get(ilvl) if numbered else None
        if numbered is None or level is None:
            return ""
        counts = self.counts.setdefault(numbered.key, {})
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt in ("bullet", "none"):
            return ""

        def value(k: int) -> tuple[int, str]:
            other = numbered.levels.get(k, Level())
            return counts.get(k, other.start), "decimal" if level.legal else other.fmt

        return with_suffix(render_text(level.text, value), level.suffix)


def render_text(text: str, value: Callable[[int], tuple[int, str]]) -> str:
    """``"%1.%2"`` with each placeholder replaced by that level's number in its format."""
    return PLACEHOLDER.sub(lambda m: format_number(*value(int(m.group(1)) - 1)), text)


def with_suffix(label: str, suffix: str) -> str:
    """The label and what follows it: nothing after punctuation ("一、"), else one space ("第一章 ")."""
    if not label or suffix == "nothing":
        return label
    if suffix == "tab" and unicodedata.category(label[-1]).startswith("P"):
        return label
    return label + " "


def format_number(n: int, fmt: str) -> str:
    """``n`` written in a Word number format; formats not listed here fall back to decimal."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting"):
        return cn2an.an2cn(n) if n >= 0 else str(n)
    if fmt == "chineseLegalSimplified":
        return cn2an.an2cn(n, "up") if n >= 0 else str(n)
    if fmt == "ideographTraditional" and n >= 1:
        return HEAVENLY_STEMS[(n - 1) % len(HEAVENLY_STEMS)]
    if fmt == "ideographZodiac" and n >= 1:
        return ZODIAC[(n - 1) % len(ZODIAC)]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(CIRCLED):
        return CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and n >= 1:
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, letters in ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)
