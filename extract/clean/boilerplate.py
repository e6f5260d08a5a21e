"""Tell the body from page chrome, line by line, with data-driven patterns."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..chars import han_count
from ..lexicon import Column, read_table
from .fields import is_bare_label, parse_fields
from .page import Block, Line
from .run_on_header import cut_run_on_headers

ACTIONS = frozenset({"drop", "related", "menu", "cut"})
SENTENCE = re.compile("[。;;,,::!?!?]")
LINK_PUNCTUATION = re.compile("[。;;,,]")
MENU_ITEM = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
LIST_ITEM = re.compile(r"^(•|·|▪|◆|■|●|-|\*|\d{1,3}\. )")
STUFFING_PUNCTUATION = re.compile("[。;;,,::!?!?、]")
MIN_STUFFED_GAPS = 5
MIN_LIST_RUN = 4
MAX_LINK_LINE = 60
BACK_REFERENCE = re.compile(r"\\\d|\(\?P=")
# A pattern's last characters: Han ones before the end anchor (literals: a Han character escaped is itself).
LITERAL_END = re.compile("([\u4e00-\u9fff]+)\\$\\Z")


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    action: str


@dataclass(frozen=True, slots=True)
class Split:
    body: tuple[Block, ...]
    chrome: tuple[str, ...]


@cache
def rules() -> tuple[Rule, ...]:
    rows = read_table("boilerplate.tsv", (
        Column("pattern", regex=True), Column("action", choices=ACTIONS), Column("note", required=False)))
    return tuple(Rule(re.compile(row["pattern"], re.I), row["action"]) for row in rows)


@dataclass(frozen=True, slots=True)
class _Screen:
    """Whether any rule matches a line: one match of the rules anchored at the line's start, joined, a search
    for each rule ending with a literal only in a line that ends so, and a search for each other rule. Most
    lines match none, and the table is then not read rule by rule."""

    at_start: re.Pattern[str]
    ending: tuple[tuple[tuple[str, str], re.Pattern[str]], ...]  # the endings ($ also before a final newline)
    others: tuple[re.Pattern[str], ...]

    def passes(self, text: str) -> bool:
        return (self.at_start.match(text) is not None
                or any(text.endswith(ends) and p.search(text) for ends, p in self.ending)
                or any(p.search(text) for p in self.others))


@cache
def _screens() -> tuple[_Screen, _Screen]:
    """The screen ignoring case as the rules do, and the same one minding case, for a line without cased
    characters: there ignoring case changes nothing, and minding it lets the engine skip to where one of a
    word list's first characters stands instead of trying every position."""
    anchored = [r.pattern.pattern for r in rules() if _anchored(r.pattern.pattern)]
    ending = [(_literal_end(r.pattern.pattern), r.pattern.pattern) for r in rules()
              if not _anchored(r.pattern.pattern) and _literal_end(r.pattern.pattern)]
    others = [r.pattern.pattern for r in rules() if not _anchored(r.pattern.pattern) and not _literal_end(r.pattern.pattern)]
    at_start = "(?:" + "|".join(f"(?:{pattern[1:]})" for pattern in anchored) + ")" if anchored else "(?!)"

    def screen(flags: re.RegexFlag) -> _Screen:
        return _Screen(re.compile(at_start, flags),
                       tuple(((end, end + "\n"), re.compile(pattern, flags)) for end, pattern in ending),
                       tuple(re.compile(pattern, flags) for pattern in others))

    return screen(re.I), screen(re.NOFLAG)


def _anchored(pattern: str) -> bool:
    """``^…`` with no ``|`` outside brackets nor parentheses (which would end the anchor's reach), and no
    back-reference (which joining patterns would renumber)."""
    return pattern.startswith("^") and not BACK_REFERENCE.search(pattern) and not _alternates(pattern)


def _literal_end(pattern: str) -> str | None:
    """The Han characters a pattern ends with before its final ``$``, which every line it matches ends with
    (or with them and a newline), when no ``|`` outside brackets nor parentheses offers another branch."""
    end = LITERAL_END.search(pattern)
    return end.group(1) if end is not None and not _alternates(pattern) else None


def _alternates(pattern: str) -> bool:
    """Whether the pattern holds a ``|`` outside brackets and parentheses (after a leading ``^``)."""
    depth, position = 0, 1 if pattern.startswith("^") else 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 1
        elif char == "[":
            position = _class_end(pattern, position)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
        position += 1
    return False


def _class_end(pattern: str, start: int) -> int:
    """Where the character class opened at ``start`` closes (a ``]`` first in the class is a member)."""
    position = start + 1
    position += pattern[position] == "^" if position < len(pattern) else 0
    position += pattern[position] == "]" if position < len(pattern) else 0
    while position < len(pattern) and pattern[position] != "]":
        position += 2 if pattern[position] == "\\" else 1
    return position


def first_rule(text: str) -> Rule | None:
    """The first rule of the table matching the line."""
    ignoring_case, minding_case = _screens()
    if not (minding_case if text.lower() == text == text.upper() else ignoring_case).passes(text):
        return None
    return next((r for r in rules() if r.pattern.search(text)), None)


def split_boilerplate(blocks: tuple[Block, ...]) -> Split:
    """Body blocks in order, and the chrome lines (menus, metadata lines) found among them."""
    blocks = cut_run_on_headers(blocks)
    keep = [True] * len(blocks)
    _mark_rules(blocks, keep)
    _mark_link_lists(blocks, keep)
    _mark_keyword_stuffing(blocks, keep)
    _mark_sandwiched(blocks, keep)
    _mark_metadata(blocks, keep)
    chrome = tuple(b.text for b, kept in zip(blocks, keep) if not kept and isinstance(b, Line))
    body = tuple(block for block, kept in zip(blocks, keep) if kept)
    return Split(body=body, chrome=chrome)


def _mark_rules(blocks: tuple[Block, ...], keep: list[bool]) -> None:
    """Lines matching a rule; ``related`` and ``menu`` rules also take the link lines after them."""
    follower = None
    for i, block in enumerate(blocks):
        if not isinstance(block, Line):
            follower = None
            continue
        if follower is not None and follower(block.text):
            keep[i] = False
            if LIST_ITEM.match(block.text):
                follower = _is_bulleted_link  # a bulleted list goes on with bullets only
            continue
        follower = None
        rule = first_rule(block.text)
        if rule is None:
            continue
        keep[i] = False
        if rule.action == "cut":
            keep[i:] = [False] * (len(blocks) - i)
            return
        follower = {"related": _is_link_line, "menu": MENU_ITEM.match}.get(rule.action)


def _is_bulleted_link(text: str) -> bool:
    return bool(LIST_ITEM.match(text)) and _is_link_line(text)


def _mark_link_lists(blocks: tuple[Block, ...], keep: list[bool]) -> None:
    """Runs of short bulleted lines without sentence punctuation: menus and link lists."""
    run: list[int] = []
    for i, block in enumerate([*blocks, None]):
        if isinstance(block, Line) and LIST_ITEM.match(block.text) and _is_link_line(block.text, SENTENCE):
            run.append(i)
            continue
        if len(run) >= MIN_LIST_RUN:
            for j in run:
                keep[j] = False
        run = []


def _mark_keyword_stuffing(blocks: tuple[Block, ...], keep: list[bool]) -> None:
    """Lines of many space-separated phrases and no punctuation: SEO spam, tag clouds."""
    for i, block in enumerate(blocks):
        if not isinstance(block, Line) or STUFFING_PUNCTUATION.search(block.text):
            continue
        tokens = block.text.split(" ")
        phrases = sum(1 for token in tokens if han_count(token) >= 3)
        if len(tokens) > MIN_STUFFED_GAPS and phrases >= 0.8 * len(tokens):
            keep[i] = False


def _mark_sandwiched(blocks: tuple[Block, ...], keep: list[bool]) -> None:
    """A short line between two chrome lines after the last paragraph is chrome too (a footer's phone line).

    Not before the first paragraph: titles often sit between a page's header lines.
    """
    last_paragraph = next((len(blocks) - 1 - j for j, b in enumerate(reversed(blocks))
                           if isinstance(b, Line) and _is_paragraph(b.text)), None)
    if last_paragraph is None:
        return
    for i in range(last_paragraph + 1, len(blocks) - 1):
        block = blocks[i]
        if not keep[i] or not isinstance(block, Line) or len(block.text) > MAX_LINK_LINE:
            continue
        if not keep[i - 1] and not keep[i + 1] and all(isinstance(blocks[j], Line) for j in (i - 1, i + 1)):
            keep[i] = False


def _is_link_line(text: str, punctuation: re.Pattern[str] = LINK_PUNCTUATION) -> bool:
    """Short and without sentence punctuation (link titles may have ! and :)."""
    return len(text) <= MAX_LINK_LINE and not punctuation.search(LIST_ITEM.sub("", text))


def _mark_metadata(blocks: tuple[Block, ...], keep: list[bool]) -> None:
    """Metadata lines; weak labels ("来源", "时间") count only before the first paragraph."""
    in_header = True
    value_expected = False
    for i, block in enumerate(blocks):
        if not isinstance(block, Line):
            in_header = False
            continue
        text = block.text
        if in_header and _is_paragraph(text) and parse_fields(text, in_header=True) is None:
            in_header = False
        if value_expected and len(text) <= MAX_LINK_LINE and not SENTENCE.search(text):
            keep[i] = False
            value_expected = False
            continue
        value_expected = False
        if in_header and is_bare_label(text):
            keep[i] = False
            value_expected = True
        elif parse_fields(text, in_header=in_header) is not None:
            keep[i] = False


def _is_paragraph(text: str) -> bool:
    return SENTENCE.search(text) is not None and han_count(text) >= 25
