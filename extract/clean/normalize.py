"""Pure ``str -> str`` text normalizers, composed by :func:`normalize_line`.

Every later stage refers to offsets in text produced by these functions, so
they run once, before the cleaned text is assembled.
"""
from __future__ import annotations

import operator
import re
import unicodedata
from functools import cache

import opencc

from ..lexicon import Column, alternation, read_table

HAN = "\u4e00-\u9fff"
# Full-width ASCII (U+FF01..U+FF5E) to half-width, ideographic space to space.
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_INVISIBLE = {code: None for code in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)}
_SPACES = {code: 0x20 for code in (0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F,
                                   *range(0x2000, 0x200B))}
_SPACED_HAN = re.compile(f"(?<![{HAN}])[{HAN}](?: [{HAN}](?![{HAN}]))+")
# A space between two Han characters, found from the space (a literal the engine skips to).
_HAN_SPACE_HAN = re.compile(f" (?<=[{HAN}] )(?=[{HAN}])")
_RUNS_OF_SPACE = re.compile(r" {2,}")
_COMPAT_IDEOGRAPH = re.compile("[\uf900-\ufaff]")
_HAN_RUNS = re.compile(f"[{HAN}]+")
TRADITIONAL_SHARE = 0.05
COMPARED_AT_ONCE = 2_000  # characters of a text and of its conversion compared before the share is checked
# fold_width's and collapse_whitespace's character maps touch disjoint characters, and neither maps a
# character onto one the other changes: one pass of their union does both
_ONE_LINE = _WIDTH | _INVISIBLE | _SPACES | {ord("\r"): 0x20, ord("\n"): 0x20}
_EACH_LINE = {code: to for code, to in _ONE_LINE.items() if code != ord("\n")}


def _runs_of(table: dict[int, int | None]) -> re.Pattern[str]:
    """Runs of the characters a map changes: str.translate looks every character of a text up in
    the map, mapping only these runs spares the rest (most of a Chinese text) the look-up."""
    codes = sorted(table)
    starts = [c for i, c in enumerate(codes) if i == 0 or codes[i - 1] != c - 1]
    ends = [c for i, c in enumerate(codes) if i == len(codes) - 1 or codes[i + 1] != c + 1]
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in zip(starts, ends)) + "]+")


_ONE_LINE_RUNS = _runs_of(_ONE_LINE)
_EACH_LINE_RUNS = _runs_of(_EACH_LINE)


def fold_width(text: str) -> str:
    """Full-width ASCII to half-width, compatibility ideographs to unified ones."""
    text = text.translate(_WIDTH)
    return _COMPAT_IDEOGRAPH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def collapse_whitespace(text: str) -> str:
    """One line: odd spaces to plain ones, letter-spaced Han words joined, runs collapsed."""
    text = text.translate(_INVISIBLE).translate(_SPACES).replace("\r", " ").replace("\n", " ")
    text = _RUNS_OF_SPACE.sub(" ", text).strip()
    return _SPACED_HAN.sub(lambda m: m.group().replace(" ", ""), text)


def normalize_line(text: str, *, traditional: bool) -> str:
    """The cleaning every line of text goes through, in order."""
    # collapse_whitespace(fold_width(text)), each step skipped where the line has nothing it changes
    return _join_letter_spaced(_folded(text, traditional=traditional, runs=_ONE_LINE_RUNS, table=_ONE_LINE).strip())


def normalize_lines(texts: list[str], *, traditional: bool) -> list[str]:
    """:func:`normalize_line` of each text, each step run once over all of them joined by newlines:
    no step carries anything across a newline (OpenCC's words, the override terms, runs of spaces,
    letter-spaced words hold none). Texts holding a newline themselves are done one by one."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return [normalize_line(text, traditional=traditional) for text in texts]
    joined = _folded(joined, traditional=traditional, runs=_EACH_LINE_RUNS, table=_EACH_LINE)
    lines = [line.strip() for line in joined.split("\n")]
    if not any(" " in line for line in lines):
        return lines
    return _join_letter_spaced("\n".join(lines)).split("\n")


def _folded(text: str, *, traditional: bool, runs: re.Pattern[str], table: dict[int, int | None]) -> str:
    """Simplified script, widths and odd spaces folded by ``table``, compatibility ideographs
    unified and runs of spaces collapsed; each step skipped where the text has nothing it changes."""
    if traditional:
        text = to_simplified(text)
    text = runs.sub(lambda m: m.group().translate(table), text)
    if _COMPAT_IDEOGRAPH.search(text):
        text = _COMPAT_IDEOGRAPH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return _RUNS_OF_SPACE.sub(" ", text) if "  " in text else text


def _join_letter_spaced(text: str) -> str:
    """Letter-spaced Han words (通 知) joined, in the lines that hold a space between two Han characters.

    _SPACED_HAN starts with a character class, which the regex engine tries at every position of the text;
    _HAN_SPACE_HAN starts with the space, which it skips to. No match crosses a line, and a line's ends
    read as a newline does to the lookarounds: joining line by line is joining the whole text."""
    pieces: list[str] = []
    done = 0
    for space in _HAN_SPACE_HAN.finditer(text):
        if space.start() < done:  # in a line already joined
            continue
        start = text.rfind("\n", 0, space.start()) + 1
        end = text.find("\n", space.end())
        end = len(text) if end < 0 else end
        pieces += [text[done:start], _SPACED_HAN.sub(_unspaced, text[start:end])]
        done = end
    return "".join([*pieces, text[done:]]) if pieces else text


def _unspaced(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


def to_simplified(text: str) -> str:
    """OpenCC t2s, with the override table applied to the terms it gets wrong."""
    converter, overrides, pattern = _conversion()
    parts = pattern.split(text)
    # split() with one capturing group puts the protected terms at odd indexes
    return "".join(overrides[part] if i % 2 else converter.convert(part)
                   for i, part in enumerate(parts))


def detect_script(text: str) -> str:
    """``hant`` when a noticeable share of Han characters change under t2s, else ``hans``."""
    han = "".join(_HAN_RUNS.findall(text[:50_000]))
    if not han:
        return "hans"
    converted = _conversion()[0].convert(han)
    if converted == han:  # simplified text, compared in one step
        return "hans"
    changed = 0
    for start in range(0, len(han), COMPARED_AT_ONCE):  # a traditional text reaches the share in its first stretch
        end = start + COMPARED_AT_ONCE
        changed += sum(map(operator.ne, han[start:end], converted[start:end]))
        if changed / len(han) >= TRADITIONAL_SHARE:
            return "hant"
    return "hans"


@cache
def _conversion() -> tuple[opencc.OpenCC, dict[str, str], re.Pattern[str]]:
    rows = read_table("opencc_overrides.tsv", (Column("source"), Column("target"), Column("note", required=False)))
    overrides = {row["source"]: row["target"] for row in rows}
    return opencc.OpenCC("t2s"), overrides, re.compile(f"({alternation(tuple(overrides))})")
