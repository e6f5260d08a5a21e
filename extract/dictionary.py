"""jieba's dictionary as the segmenter uses it: built once, cached under the user's cache folder,
and read a first character at a time.

jieba's own cache is one marshal dump of its prefix dictionary (half a million words and
prefixes, 0.4 s to load on every start), to which the domain words are then added one by
one; the part-of-speech tags need dict.txt read again. Here both tables are built from
one read of dict.txt, the domain words already in, and written as flat files grouped by
the words' first character (the words as UTF-8 text, a line each; the counts as 64-bit
integers, the tags as text): a notice needs the groups of the characters it holds (a
third of the dictionary for a typical one), and each group is read into the table's
dict the first time a text with its character is segmented (:meth:`Table.load`).

A cache is named by what it is built from (jieba's version, its dict.txt's size and
time, the domain words, this layout): a change to any of them builds a new one. It is
built in a temporary folder beside it and renamed into place whole, so a folder of that
name is always complete (a process that loses the race to another drops its own copy);
once it is there, the caches beside it built more than STALE_AFTER before it (what an
older jieba or other domain words needed) are deleted. Temporary folders are never
touched: another process may be writing one. A cache that cannot be read or written is
no error: the tables are then built in memory, whole.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from array import array
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import platformdirs


def _import_jieba():
    """jieba, imported without pkg_resources: its _compat then opens its data files itself, and
    pkg_resources, which scans every installed distribution when imported, costs no start-up."""
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # its import raises ImportError
    try:
        import jieba
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    return jieba


jieba = _import_jieba()

LAYOUT = "6"  # 5: folders published whole (a folder of layout 4 could be half-written); 6: jieba-rs's shortfall
CACHE_ENVIRONMENT = "POLICY_EXTRACT_CACHE"
CACHE_PREFIX = "jieba-"
_CACHE_NAME = re.compile(rf"{CACHE_PREFIX}[0-9a-f]{{16}}")  # a complete cache; temporary ones start with "."
STALE_AFTER = 3600  # seconds: a cache built this long before a new one is deleted when that one is built
_DICTIONARY_ENTRY = re.compile(r"^(\S+) \d+ (\S+)\r?$", re.M)
_FILES = ("words.txt", "values.txt", "offsets.bin", "keys.txt")  # keys last: a table without them is not read


class Table:
    """A word table whose groups of words (by first character) are read into ``values`` on demand."""

    def __init__(self, values: dict, groups: dict[str, int] | None = None, bounds: array | None = None,
                 words: bytes = b"", group_values: Callable[[int, int], list] | None = None) -> None:
        self.values = values
        self._groups, self._bounds = groups or {}, bounds  # a group's bounds: 4 from bounds[groups[char]]
        # the characters already looked at: a set that only grows (a dict popped of its read groups
        # fills with deleted slots, and every later look-up of a character probes through them)
        self._seen: set[str] = set()
        self._words, self._group_values = words, group_values

    def load(self, text: str) -> None:
        """Read the groups of the characters of ``text`` not read yet: then ``values`` answers for every
        word that starts in ``text``."""
        if self._seen.issuperset(text):
            return  # every character looked at before (most texts, once a few documents are in)
        for char in set(text) - self._seen:
            at = self._groups.get(char)
            if at is None:
                continue  # no word starts with it
            start, end, first, last = self._bounds[at:at + 4]
            words = self._words[start:end].decode("utf-8").split("\n")
            self.values.update(zip(words, self._group_values(first, last)))
        self._seen.update(text)

    def load_char(self, char: str) -> bool:
        """Read the group of ``char`` if it was not read yet, and say so: a look-up that found nothing
        for a word starting with ``char`` is then worth asking again. Asked on a miss only, this costs
        a segmenter nothing for the characters whose words it finds (most of a Chinese text), where
        :meth:`load` goes over every character of every text before any look-up."""
        if char in self._seen:
            return False
        self.load(char)
        return True


def cache_folder() -> Path:
    """$POLICY_EXTRACT_CACHE, else the user's cache folder (~/.cache/policy-extract on Linux)."""
    return Path(os.environ.get(CACHE_ENVIRONMENT) or platformdirs.user_cache_dir("policy-extract"))


def prefixes(domain_words: tuple[str, ...], *, frequency: int, folder: Path | None = None) -> tuple[Table, int]:
    """jieba's prefix dictionary (Tokenizer.FREQ: each word's count, its prefixes at 0) with ``domain_words``
    added at ``frequency`` as ``Tokenizer.add_word`` adds them, and the total count."""
    where = _cache_path(domain_words, frequency, folder)
    table = _read(where / "prefixes", _counts)
    try:
        total = json.loads((where / "totals.json").read_text(encoding="utf-8"))["prefixes"]
    except (OSError, ValueError, KeyError):
        table = None
    if table is None:
        counts, total, _, _ = _build(domain_words, frequency, where)
        return Table(counts), total
    return table, total


def embedded_shortfall(domain_words: tuple[str, ...], *, frequency: int, folder: Path | None = None) -> int:
    """How much less jieba-rs (rjieba) counts in all than :func:`prefixes`' total, its own copy of dict.txt
    read and ``domain_words`` added to it at ``frequency`` by its add_word: it counts a word listed twice
    (B超) once, and a domain word dict.txt lists at its new count only (jieba's add_word adds the new count
    to the total and leaves the old one in). A word of this count added to it makes the two totals the same."""
    where = _cache_path(domain_words, frequency, folder)
    try:
        return int(json.loads((where / "totals.json").read_text(encoding="utf-8"))["shortfall"])
    except (OSError, ValueError, KeyError):
        return _build(domain_words, frequency, where)[3]


def word_tags(domain_words: tuple[str, ...], *, frequency: int, folder: Path | None = None) -> Table:
    """The part-of-speech tag of every word of dict.txt (a word listed twice keeps its last tag)."""
    where = _cache_path(domain_words, frequency, folder)
    return _read(where / "tags", _texts) or Table(_build(domain_words, frequency, where)[2])


def tag_endings(domain_words: tuple[str, ...], *, frequency: int, folder: Path | None = None) -> dict[str, str]:
    """For each part-of-speech tag, the characters its words end with (in word_tags' table)."""
    where = _cache_path(domain_words, frequency, folder)
    try:
        return json.loads((where / "tag-endings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return _endings(_build(domain_words, frequency, where)[2])


def _endings(tags: dict[str, str]) -> dict[str, str]:
    endings: dict[str, set[str]] = {}
    for word, tag in tags.items():
        endings.setdefault(tag, set()).add(word[-1])
    return {tag: "".join(sorted(chars)) for tag, chars in endings.items()}


def _dictionary_file() -> Path:
    return Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME


def _cache_path(domain_words: tuple[str, ...], frequency: int, folder: Path | None) -> Path:
    stat = _dictionary_file().stat()
    made_from = "\n".join([LAYOUT, jieba.__version__, str(stat.st_size), str(stat.st_mtime_ns), str(frequency),
                           *domain_words])
    return (folder or cache_folder()) / f"{CACHE_PREFIX}{hashlib.sha256(made_from.encode()).hexdigest()[:16]}"


def _counts(data: bytes) -> Callable[[int, int], list]:
    counts = array("q", data)
    return lambda first, last: counts[first:last].tolist()


def _texts(data: bytes) -> Callable[[int, int], list]:
    return lambda first, last: data[first:last].decode("utf-8").split("\n")


def _read(where: Path, group_values: Callable[[bytes], Callable[[int, int], list]]) -> Table | None:
    try:
        words, values, offsets, keys = ((where / name).read_bytes() for name in _FILES)
        keys_text = keys.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if len(offsets) != 32 * len(keys_text) or group_values is _counts and len(values) % 8:
        return None
    groups = dict(zip(keys_text, range(0, 4 * len(keys_text), 4)))
    return Table({}, groups, array("q", offsets), words, group_values(values))


def _build(domain_words: tuple[str, ...], frequency: int,
           where: Path) -> tuple[dict[str, int], int, dict[str, str], int]:
    """Both tables from one read of dict.txt, and the shortfall of jieba-rs's total (:func:`embedded_shortfall`),
    written to ``where`` when it can be."""
    data = _dictionary_file().read_bytes()
    segmenter = jieba.Tokenizer()
    segmenter.FREQ, segmenter.total = segmenter.gen_pfdict(io.BytesIO(data))
    segmenter.initialized = True
    # every line's count is in jieba's total, each word's last count once in jieba-rs's (prefixes count 0 here);
    # and jieba-rs takes the old count of a domain word dict.txt lists out of its total when it adds the new one
    shortfall = segmenter.total - sum(segmenter.FREQ.values()) + sum(segmenter.FREQ.get(w, 0) for w in domain_words)
    for word in domain_words:
        segmenter.add_word(word, freq=frequency)
    tags = dict(_DICTIONARY_ENTRY.findall(data.decode("utf-8")))
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{where.name}.", suffix=".part", dir=where.parent))
    except OSError:
        return segmenter.FREQ, segmenter.total, tags, shortfall  # a read-only cache folder: built in memory
    try:
        _write(building / "prefixes", segmenter.FREQ)
        _write(building / "tags", tags)
        (building / "tag-endings.json").write_text(json.dumps(_endings(tags), ensure_ascii=False), encoding="utf-8")
        (building / "totals.json").write_text(json.dumps({"prefixes": segmenter.total, "shortfall": shortfall}),
                                              encoding="utf-8")
        building.rename(where)  # refused when another process put it there first: its copy is kept
    except OSError:
        shutil.rmtree(building, ignore_errors=True)
    else:
        _remove_stale(where)
    return segmenter.FREQ, segmenter.total, tags, shortfall


def _remove_stale(built: Path) -> None:
    """Delete the complete caches beside ``built`` made more than STALE_AFTER before it (none being written)."""
    try:
        siblings = [(folder, folder.stat().st_mtime) for folder in built.parent.iterdir()
                    if folder != built and _CACHE_NAME.fullmatch(folder.name) and folder.is_dir()]
        newest = built.stat().st_mtime
    except OSError:
        return
    for folder, modified in siblings:
        if modified < newest - STALE_AFTER:
            shutil.rmtree(folder, ignore_errors=True)


def _write(where: Path, table: dict) -> None:
    """The table's words and values, grouped by first character, with each group's bounds: the byte range
    of its words, and of its values (text a line each) or, for counts, their range in the array."""
    counts = all(isinstance(value, int) for value in table.values())
    words, texts, numbers, keys, bounds = bytearray(), bytearray(), array("q"), [], array("q")
    for key, group in groupby(sorted(table.items(), key=lambda item: item[0][0]), key=lambda item: item[0][0]):
        items = list(group)
        word_bytes = "\n".join(word for word, _ in items).encode("utf-8")
        keys.append(key)
        bounds.extend([len(words), len(words) + len(word_bytes)])
        words += word_bytes
        if counts:
            bounds.extend([len(numbers), len(numbers) + len(items)])
            numbers.extend(value for _, value in items)
        else:
            text_bytes = "\n".join(value for _, value in items).encode("utf-8")
            bounds.extend([len(texts), len(texts) + len(text_bytes)])
            texts += text_bytes
    values = numbers.tobytes() if counts else bytes(texts)
    where.mkdir()
    for name, content in zip(_FILES, (bytes(words), values, bounds.tobytes(), "".join(keys).encode("utf-8"))):
        (where / name).write_bytes(content)
