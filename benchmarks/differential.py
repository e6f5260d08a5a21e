"""Our time and amount readers against mature libraries, on every phrase of the corpus.

    python -m benchmarks.differential [--show N]

- every time expression our deadline reader resolves (``find_times``) against ``jionlp.parse_time``
  with the document's date as time base: the last day each names;
- every amount of money (元) against ``jionlp.parse_money``;
- every amount written in Chinese numerals against ``cn2an.cn2an``.
Prints the agreement rate of each and the disagreements (up to ``--show`` of each kind), so that
whoever is wrong more often can be found out; needs the ``bench`` extra (jionlp).
"""
from __future__ import annotations

import argparse
import logging
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import cn2an

import extract
from extract.errors import ExtractError
from extract.index import uses_roc_years
from extract.extractor import reference_date
from extract.rules.deadlines import find_times
from extract.rules.quantities import find_quantities

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FOLDERS = ("seeds", "docs", "pool")
CONTEXT = 12


@dataclass
class Tally:
    agree: int = 0
    disagree: int = 0
    library_failed: int = 0

    def rate(self) -> float:
        compared = self.agree + self.disagree
        return self.agree / compared if compared else 0.0


def _documents() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (CORPUS / folder).iterdir() if p.suffix != ".tsv")


def _library_deadline(jio, text: str, reference: date) -> date | None:
    base = {"year": reference.year, "month": reference.month, "day": reference.day}
    parsed = jio.parse_time(text, time_base=base)
    end = parsed["time"][-1] if isinstance(parsed["time"], list) else None
    if not end or end in ("inf", "-inf"):
        return None
    return date.fromisoformat(end[:10])


def compare_times(jio, document: extract.Document, tally: Tally, shown: list[str], *, show: int) -> None:
    reference = reference_date(document)
    if reference is None:
        return
    for mention in find_times(document.text, reference=reference, roc_years=uses_roc_years(document)):
        if mention.role != "limit" or mention.deadline is None:
            continue
        try:
            theirs = _library_deadline(jio, mention.text.strip(), reference)
        except (ValueError, TypeError, KeyError, IndexError):
            tally.library_failed += 1
            continue
        if theirs == mention.deadline:
            tally.agree += 1
        else:
            tally.disagree += 1
            if len(shown) < show:
                shown.append(f"{mention.text!r}: ours {mention.deadline} jionlp {theirs} (base {reference})")


def compare_amounts(jio, document: extract.Document, money: Tally, numerals: Tally,
                    shown_money: list[str], shown_numerals: list[str], *, show: int) -> None:
    text = document.text
    for quantity in find_quantities(text):
        phrase = text[quantity.start:quantity.end]
        if quantity.unit == "元" and quantity.value_max is None:
            _compare_money(jio, phrase, quantity.value, money, shown_money, show=show)
        if quantity.chinese:
            _compare_numeral(phrase, quantity.value, numerals, shown_numerals, show=show)


def _compare_money(jio, phrase: str, ours: Decimal, tally: Tally, shown: list[str], *, show: int) -> None:
    try:
        theirs = Decimal(jio.parse_money(phrase)["num"])
    except (ValueError, TypeError, KeyError, IndexError, ArithmeticError):
        tally.library_failed += 1
        return
    _count(phrase, ours, theirs, tally, shown, show=show, name="jionlp")


def _compare_numeral(phrase: str, ours: Decimal, tally: Tally, shown: list[str], *, show: int) -> None:
    numeral = re.match(r"[零〇○一二两三四五六七八九十百千万亿点]+", phrase.removeprefix("百分之"))
    if numeral is None:
        return
    try:
        theirs = Decimal(str(cn2an.cn2an(numeral.group(), "smart")))
    except (ValueError, KeyError, IndexError, ArithmeticError):
        tally.library_failed += 1
        return
    if ours != theirs and ours % theirs == 0:
        theirs = ours  # a multiplier after the numeral (三万吨) is applied by us, not by cn2an on 三
    _count(phrase, ours, theirs, tally, shown, show=show, name="cn2an")


def _count(phrase: str, ours: Decimal, theirs: Decimal, tally: Tally, shown: list[str], *, show: int,
           name: str) -> None:
    if ours == theirs:
        tally.agree += 1
    else:
        tally.disagree += 1
        if len(shown) < show:
            shown.append(f"{phrase!r}: ours {ours.normalize():f} {name} {theirs.normalize():f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=25, help="disagreements printed of each kind")
    args = parser.parse_args()
    import jionlp as jio  # heavy: 0.8 s to import, only this benchmark needs it
    logging.getLogger("jionlp").setLevel(logging.ERROR)
    times, money, numerals = Tally(), Tally(), Tally()
    shown: dict[str, list[str]] = {"times": [], "money": [], "numerals": []}
    for path in _documents():
        try:
            document = extract.read(path)
        except ExtractError:
            continue
        compare_times(jio, document, times, shown["times"], show=args.show)
        compare_amounts(jio, document, money, numerals, shown["money"], shown["numerals"], show=args.show)
    for name, tally in (("times", times), ("money", money), ("numerals", numerals)):
        print(f"{name:9} agree {tally.agree:5}  disagree {tally.disagree:4}  library failed {tally.library_failed:4}"
              f"  agreement {tally.rate():.1%}")
    for name, lines in shown.items():
        print(f"\n{name}: disagreements")
        print("\n".join(f"  {line}" for line in lines))


if __name__ == "__main__":
    main()
