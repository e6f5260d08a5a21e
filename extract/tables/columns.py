"""What a table's columns mean, from their header words (extract/data/column_roles.tsv and
header_words.tsv)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from ..chars import ONE_TO_NINE
from ..lexicon import alternation, column_roles, read_table
from ..normalize.numerals import chinese_to_decimal
from ..rules.quantity import MULTIPLIERS, units
from ..segment import per_document

VALUE_ROLES = ("year", "target", "amount", "achieved")
YEAR_HEADER = re.compile(r"^((?:19|20)\d{2})年?度?(?:目标|任务|计划|工作目标)?$")
PLAIN_YEAR = re.compile(r"^(?:19|20)\d{2}年?度?$")
YEAR_PREFIX = re.compile(r"^((?:19|20)\d{2})年度?(?=\D)")
YEAR_NOTE = re.compile(r"[(（]((?:19|20)\d{2})年?[)）]$")  # 目标值(2030年)
SPAN_NOTE = re.compile(r"[(（](?:19|20)\d{2}年?[-—–至~～]((?:19|20)\d{2})年?[)）]$")  # 重点任务(2024-2026)
YEAR_WORK_ROLES = ("task", "content")  # 2024年工作项目: the work of a year, one column of a year each
MAX_WRAPPED_LABEL = 4  # 牵头 / 部门: each line of a header label wrapped in its cell is short
# “十四五”目标, 十五五末: a five-year plan's period, due at its last day; “十四五”现状: what it reached
PERIOD_HEADER = re.compile(f"^[“”\"]?十([{ONE_TO_NINE}])五[”\"]?(?:末|时期|期间)?"
                           f"(?:目标值?|预期目标|规划目标|任务|(?P<reached>现状值?|完成值|完成情况))?$")
# a unit per period (元/月, 个/每年) or with its other name in brackets (块(条)): read as written
PER_UNIT = re.compile(r"^(?P<unit>[^/()]+)/每?(?P<per>[^/()]{1,2})$")
ALTERNATE_UNIT = re.compile(r"^(?P<unit>[^/()]+)\((?P<other>[^/()]+)\)$")
HEADER_UNIT = re.compile(r"[(（]([^()（）]{1,6})[)）]$")
NOTE_CLOSERS = (")", "）")  # what YEAR_NOTE and HEADER_UNIT end with: other texts are searched for neither
CENTURIES = ("19", "20")  # what YEAR_HEADER and YEAR_PREFIX open with
PERIOD_OPENERS = ("“", "”", "\"", "十")  # what PERIOD_HEADER opens with: other texts are matched against neither
THIRD_PLAN_END = 1970  # 三五 ran 1966-1970; every plan since is five years long
PLAN_YEARS = 5


@dataclass(frozen=True, slots=True)
class ColumnMeaning:
    role: str
    header: str
    year: int | None = None
    unit: str | None = None
    multiplier: int = 1
    guessed: bool = False  # read from a header's ending or unit note: holds only over a column of numbers
    words: str = ""  # the header without its year and unit note: what the column counts (招考人数)
    parent: str = ""  # the header cell above it (分年度招生任务 over 1996年)
    unit_only: bool = False  # known by its unit note alone (面积(公顷)): a plan table's column, not a statistic's
    comparator: str | None = None  # a bound the header states for every cell (最高支付限额: <=)
    sub: str = ""  # the header cell below it that has no meaning of its own (职工医保 under 最高支付限额)

    @property
    def status(self) -> str:
        return "achieved" if self.role == "achieved" else "planned"


@cache
def _suffixes() -> tuple[tuple[str, str, str, str], ...]:
    rows = read_table("header_words.tsv")
    # endings first (改造区域: a name, by its ending), longest first
    return tuple(sorted(((r["word"], r["role"], r["unit"], r["at"]) for r in rows),
                        key=lambda r: (r[3] != "end", -len(r[0]))))


@cache
def _suffix_ends() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The header words read at a header's end, and those read at its start: a header that ends with
    none of the first and starts with none of the second is known by no header word (most lines of
    text, which the flattened readers try as headers one by one)."""
    return (tuple(w for w, _, _, at in _suffixes() if at == "end"),
            tuple(w for w, _, _, at in _suffixes() if at != "end"))


def column_meaning(header: str, *, guess: bool = True) -> ColumnMeaning | None:
    """The meaning of a header cell, or None when it is not a header word. With ``guess``, also
    headers known by their ending (招考人数, 分配名额) or unit note (长度(公里)) alone. Each text is
    read once per document: the table readers (ragged, flattened, grouped, unit-target tables) each
    try every line of a document as a header, each line two or three times over."""
    return _guessed_meaning(header) if guess else _known_meaning(header)


@per_document
def _guessed_meaning(header: str) -> ColumnMeaning | None:
    return _meaning(header, guess=True)


@per_document
def _known_meaning(header: str) -> ColumnMeaning | None:
    return _meaning(header, guess=False)


def _meaning(header: str, *, guess: bool) -> ColumnMeaning | None:
    text = "".join(header.split())  # SPACES.sub("", header), without a regex tried at every character
    dated = text.startswith(CENTURIES)  # most texts tried as headers are lines of prose: no year opens them
    year = YEAR_HEADER.match(text) if dated else None
    if year:
        return ColumnMeaning("year", text, year=int(year.group(1)), words=text)
    period = PERIOD_HEADER.match(text) if text.startswith(PERIOD_OPENERS) else None
    if period:
        return ColumnMeaning("achieved" if period.group("reached") else "year", text,
                             year=period_end(period.group(1)), words=text)
    span = SPAN_NOTE.search(text) if text.endswith(NOTE_CLOSERS) else None
    if span is not None and (rest := _plain_meaning(text[:span.start()], guess=guess)) is not None:
        return replace(rest, header=text, year=int(span.group(1)))  # the column's work is due at the span's end
    prefix = (YEAR_PREFIX.match(text) if dated else None) or (
        YEAR_NOTE.search(text) if text.endswith(NOTE_CLOSERS) else None)
    rest = _plain_meaning(text[prefix.end():] if prefix.start() == 0 else text[:prefix.start()], guess=guess) \
        if prefix else None
    if rest is not None and rest.role in YEAR_WORK_ROLES and prefix.start() == 0:  # 2021年任务(万m2): its unit too
        return ColumnMeaning("year", text, year=int(prefix.group(1)), unit=rest.unit, multiplier=rest.multiplier,
                             words=text)
    if rest is not None and rest.role in VALUE_ROLES:
        return ColumnMeaning(rest.role, text, year=int(prefix.group(1)), unit=rest.unit, multiplier=rest.multiplier,
                             guessed=rest.guessed, words=rest.words, comparator=rest.comparator)
    return _plain_meaning(text, guess=guess)


def header_at(lines, j: int, *, guess: bool = True) -> tuple[ColumnMeaning | None, int]:
    """The header cell at line ``j`` of (start, end, text) lines, and the line after it: a label wrapped
    over two lines of its cell (牵头 / 部门, 实施 / 主体) is read whole when the joined text is a header word
    and some part alone is none (指标 / 单位 are two columns, though 指标单位 is a header word too)."""
    text = lines[j][2]
    alone = column_meaning(text, guess=guess)
    if j + 1 < len(lines) and len(text) <= MAX_WRAPPED_LABEL and len(lines[j + 1][2]) <= MAX_WRAPPED_LABEL \
            and (alone is None or column_meaning(lines[j + 1][2], guess=False) is None):
        joined = column_meaning(text + lines[j + 1][2], guess=False)
        if joined is not None:
            return joined, j + 2
    return alone, j + 1


def plain_year(meaning: ColumnMeaning) -> bool:
    """A column headed by a year alone (2025年), not by a plan's period or goal (“十四五”目标值)."""
    return PLAIN_YEAR.match(meaning.header) is not None and meaning.role == "year"


def with_levels(columns: list[ColumnMeaning | None], *, named: bool = True) -> list[ColumnMeaning | None]:
    """The levels of an indicator system (一级指标 | 二级指标) group the rows; the lowest names them where no
    other column does (指标名称), in a reader with name cells (``named``)."""
    levels = [c for c, m in enumerate(columns) if m is not None and m.role == "level"]
    naming = levels[-1] if levels and named and not any(m is not None and m.role == "name" for m in columns) \
        else None
    return [replace(m, role="name" if c == naming else "group") if m is not None and c in levels else m
            for c, m in enumerate(columns)]


def period_end(numeral: str) -> int:
    """四 (of 十四五) → 2025: the last year of the n-th five-year plan."""
    return THIRD_PLAN_END + PLAN_YEARS * (int(chinese_to_decimal("十" + numeral) or 0) - 3)


def period_start(numeral: str) -> int:
    """四 (of 十四五) → 2021: the first year of the n-th five-year plan."""
    return period_end(numeral) - PLAN_YEARS + 1


def _plain_meaning(text: str, *, guess: bool) -> ColumnMeaning | None:
    meaning = _bare_meaning(text, guess=guess)
    if meaning is None or meaning.role not in VALUE_ROLES:
        return meaning
    bound = _bound_words()[0].search(text)
    return replace(meaning, comparator=_bound_words()[1][bound.group()]) if bound else meaning


@cache
def _bound_words() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = read_table("header_bounds.tsv")
    return re.compile(alternation(tuple(r["word"] for r in rows))), {r["word"]: r["comparator"] for r in rows}


def _bare_meaning(text: str, *, guess: bool) -> ColumnMeaning | None:
    if text in column_roles():
        return ColumnMeaning(column_roles()[text], text, words=text)
    unit_match = HEADER_UNIT.search(text) if text.endswith(NOTE_CLOSERS) else None  # most lines end on no note
    bare = HEADER_UNIT.sub("", text) if unit_match else text
    unit, multiplier = header_unit(unit_match.group(1)) if unit_match else (None, 1)
    role = column_roles().get(bare)
    if role is not None:
        return ColumnMeaning(role, text, unit=unit, multiplier=multiplier, words=bare)
    if not guess or not bare:
        return None
    ends, starts = _suffix_ends()
    for word, role, suffix_unit, at in _suffixes() if bare.endswith(ends) or bare.startswith(starts) else ():
        if bare.endswith(word) if at == "end" else bare.startswith(word) and len(bare) > len(word):
            return ColumnMeaning(role, text, unit=unit or suffix_unit or None, multiplier=multiplier, guessed=True,
                                 words=bare)
    if unit is not None:
        return ColumnMeaning("amount", text, unit=unit, multiplier=multiplier, guessed=True, words=bare,
                             unit_only=True)
    return None


def header_unit(text: str) -> tuple[str | None, int]:
    """``亿元`` → (元, 10^8); ``个`` → (个, 1); other notes → no unit."""
    if text in units():  # 千米 is a unit, not a thousand 米; a unit sign (㎡) is recorded as written
        return text if all(unicodedata.category(ch) == "So" for ch in text) else units()[text].written, 1
    for prefix, factor in MULTIPLIERS.items():
        if text.startswith(prefix) and text[len(prefix):] in units():
            return units()[text[len(prefix):]].written, int(factor)
    return None, 1


def cell_unit(text: str) -> tuple[str | None, int]:
    """A cell's unit: a header's (万元), one per period (元/月 → 元/月, 个/每年 → 个/年) or one with its
    other name in brackets (块(条)), as written."""
    unit, multiplier = header_unit(text)
    if unit is not None:
        return unit, multiplier
    per = PER_UNIT.match(text)
    if per is not None and per.group("per") in _periods():
        unit, multiplier = header_unit(per.group("unit"))
        return (f"{unit}/{per.group('per')}", multiplier) if unit else (None, 1)
    alternate = ALTERNATE_UNIT.match(text)
    if alternate is not None and header_unit(alternate.group("unit"))[0] and header_unit(alternate.group("other"))[0]:
        return text, 1
    return None, 1


@cache
def _periods() -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("per_units.tsv") if r["kind"] == "period")
