"""The document record's fields from what a page carries: labelled fields, <meta> tags, the
signature block and the title."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..chars import DATE_NUMERALS
from ..lexicon import alternation, word_list
from ..normalize.dates import iso, parse_date
from ..normalize.regions import resolve_region
from ..records import Metadata
from .fields import is_bare_label, parse_fields
from .report import Delivery, find_delivery

DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[(（【［] ?(\d{4}) ?[〕\])）】］] ?第?\d{1,4} ?号")
ANNUAL = re.compile(r"((?:19|20)\d{2})年度")
PERIOD = re.compile(r"[(（]?(?P<a>(?:19|20)\d{2}) ?[-—–~～至到] ?(?P<b>(?:19|20)\d{2}) ?年?[)）]?")
DATE_ONLY = re.compile(rf"^(?:(?:中华)?民国)?[\d{DATE_NUMERALS}]{{2,4}} ?年 ?[\d{DATE_NUMERALS}]{{1,3}} ?月"
                       rf" ?[\d{DATE_NUMERALS}]{{1,3}} ?日$"
                       r"|^\d{3,4}\.\d{1,2}\.\d{1,2}$")  # 104.4.17: the dotted date of Taiwan's reports, year of the Republic
TRAILING_DATE = re.compile(r"[(（][^()（）]{4,14}日[)）]$")
NOT_A_TITLE = re.compile(r"^([一二三四五六七八九十]+、|[(（]|\d+[.、]|[•·-])|[,:;。]|[:：]$")
SITE_SEPARATORS = re.compile(r"\s*[-_|—]+\s*|\s+")
SIGNATURE_LOOKBACK = 4
# <meta name="ContentSource"> values that mean "this site", not an issuer.
THIS_SITE = frozenset({"本网", "本站"})


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the cleaner found on a page, for the metadata to be read from."""

    source: str
    body_lines: tuple[str, ...]
    headings: tuple[str, ...]
    chrome: tuple[str, ...]
    meta_tags: dict[str, str]
    html_title: str | None
    script: str


def build_metadata(facts: PageFacts, *, doc_id: str) -> Metadata:
    fields = labelled_fields(facts.chrome)
    signature = find_signature(facts.body_lines)
    delivery = find_delivery(facts.body_lines) or Delivery(region=None, issued=None, title=None)
    title = fields.get("title") or facts.meta_tags.get("ArticleTitle") or _site_title(facts.html_title) \
        or (facts.headings[0] if facts.headings else None) or delivery.title or guess_title(facts.body_lines)
    issuer = _issuer(fields.get("issuer"), signature[0], facts.meta_tags.get("ContentSource"))
    doc_number = fields.get("doc_number") or _doc_number_in(facts.body_lines[:12]) \
        or _doc_number_in([title or ""])
    period = _period(title)
    issued = parse_date(fields.get("issued", "")) or delivery.issued or signature[1]
    published = parse_date(fields.get("published", "")) or parse_date(facts.meta_tags.get("PubDate", "")) \
        or _first_date(facts.chrome)
    return Metadata(
        doc_id=doc_id,
        source=facts.source,
        title=title,
        issuer=issuer,
        doc_number=normalize_doc_number(doc_number) if doc_number else None,
        index_number=fields.get("index_number") or None,
        region=delivery.region or resolve_region(issuer, title, facts.meta_tags.get("SiteName")),
        issued=iso(issued),
        published=iso(published),
        expires=iso(parse_date(fields.get("expires", ""))),
        period_start=f"{period[0]}-01-01" if period else None,
        period_end=f"{period[1]}-12-31" if period else None,
        script=facts.script,
    )


def labelled_fields(lines: tuple[str, ...]) -> dict[str, str]:
    """First non-empty value of each field among ``label: value`` lines (values may sit on the next line,
    unless that line is a field of its own: ``文号:`` left empty above ``发布机构: …``)."""
    found: dict[str, str] = {}
    for line, following in zip(lines, [*lines[1:], ""]):
        pairs = parse_fields(line, in_header=True)
        if not pairs:
            continue
        next_value = following if is_bare_label(line) and parse_fields(following, in_header=True) is None else ""
        for pair in pairs:
            value = pair.value or next_value
            if value and pair.field not in found:
                found[pair.field] = value
    return found


def find_signature(lines: tuple[str, ...]) -> tuple[str | None, object]:
    """The issuer and date of the first signature block: organization lines, then a date line (which a
    crawler may have run into the title of the plan the notice issues: ``二〇一一年十二月十五日 某某规划``).

    Joint notices stack several issuers above one date; they are joined with 、.
    """
    suffix = re.compile(f"({alternation(word_list('signature_endings.tsv'))})$")
    for i, line in enumerate(lines):
        alone = DATE_ONLY.match(line.replace(" ", "")) is not None
        date_text = line if alone else line.split(" ", 1)[0]
        if not alone and not (" " in line and DATE_ONLY.match(date_text)):
            continue
        names: list[str] = []
        for previous in reversed(lines[max(0, i - SIGNATURE_LOOKBACK):i]):
            name = previous.replace(" ", "")
            if len(name) > 40 or not suffix.search(name) or re.search("[,。;:]", name):
                break
            names[:0] = _names_on_line(previous, suffix)
        if not alone and not names:
            continue  # a date opening a line of text is a signature's only under its issuer
        return ("、".join(names) or None), parse_date(date_text)
    return None, None


def _names_on_line(line: str, suffix: re.Pattern[str]) -> list[str]:
    """Several issuers side by side on one signature line (``甲市民政局  甲市财政局``), or one
    name, perhaps letter-spaced (``甲 市 人 民 政 府``)."""
    parts = line.split()
    if len(parts) > 1 and all(len(part) > 3 and suffix.search(part) for part in parts):
        return parts
    return [line.replace(" ", "")]


def guess_title(lines: tuple[str, ...]) -> str | None:
    """A line near the top that ends like a document title, else a short plain first line."""
    ending = re.compile(f"({alternation(word_list('title_endings.tsv'))})[)）]?$")
    for line in lines[:8]:
        candidate = split_trailing_number(TRAILING_DATE.sub("", line))
        if len(candidate) <= 80 and ending.search(candidate):
            return candidate
    first = lines[0] if lines else ""
    if len(first) <= 40 and not NOT_A_TITLE.search(first):
        return first
    return None


def normalize_doc_number(text: str) -> str:
    """``钟政办发[2020]48号`` → ``钟政办发〔2020〕48号``; a title glued before it is cut off."""
    match = DOC_NUMBER.search(text)
    if not match:
        return text.strip()
    number = re.sub(r"[\[(（【［] ?(\d{4}) ?[\])）】］]", r"〔\1〕", match.group()).replace(" ", "")
    ending = re.search(f"^.*({alternation(word_list('title_endings.tsv'))})(?=.)", number.split("〔")[0])
    return number[ending.end():] if ending else number


def split_trailing_number(title: str) -> str:
    """A title with its document number glued on (``…的决定国发〔2005〕39号``) without it."""
    match = DOC_NUMBER.search(title)
    if match and match.end() == len(title.rstrip(")）")) and match.start() > 0:
        return title[: match.start() + len(match.group()) - len(normalize_doc_number(match.group()))].rstrip("(（")
    return title


def _issuer(labelled: str | None, signed: str | None, content_source: str | None) -> str | None:
    """Pages often label the issuer with a short form ("政府办", "区政府办公室"); the signature
    block has the full name, which wins when it names the place and the label does not.

    It also wins when the label names another place: disclosure platforms label a notice
    reposted by a district office with that office, while the signature names who issued it."""
    if labelled and signed and resolve_region(signed) and resolve_region(labelled) != resolve_region(signed):
        return signed
    return labelled or signed or (content_source if content_source not in THIS_SITE else None)


def _doc_number_in(lines) -> str | None:
    """A document number standing on its own line, or right after a title."""
    after_title = re.compile(f"({alternation(word_list('title_endings.tsv'))})[(（]?$")
    for line in lines:
        for match in DOC_NUMBER.finditer(line):
            number = normalize_doc_number(match.group())
            before = line[: match.end() - len(number)]
            if len(line) <= 40 or after_title.search(before):
                return number
    return None


def _first_date(lines: tuple[str, ...]) -> object:
    for line in lines:
        found = parse_date(line)
        if found:
            return found
    return None


def _period(title: str | None) -> tuple[str, str] | None:
    """(2020-2022年) in the title, or one year: 2018年度…考核细则."""
    match = PERIOD.search(title or "")
    if match and match.group("a") <= match.group("b"):
        return match.group("a"), match.group("b")
    annual = ANNUAL.search(title or "")
    return (annual.group(1), annual.group(1)) if annual else None


def _site_title(title: str | None) -> str | None:
    """The article part of a <title> such as ``江西省人民政府 政策文件 关于…的实施意见``."""
    if not title:
        return None
    parts = [p.strip("【】[] ") for p in SITE_SEPARATORS.split(title) if p.strip("【】[] ")]
    return max(parts, key=len) if parts else None
