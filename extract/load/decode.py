"""Bytes to text: honour what the page declares, verify it, never return mojibake."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from ..errors import InputError

# GB2312 and GBK are subsets of GB18030: decoding as GB18030 loses nothing and
# accepts the characters sites use outside the declared subset.
ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
           "big5-hkscs": "big5hkscs", "utf8": "utf-8"}
FALLBACKS = ("utf-8", "gb18030", "big5")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
MAX_SUSPICIOUS = 0.02
# A page's encoding must read plain ASCII as itself; these few do but are not document encodings.
NOT_DOCUMENT_CODECS = frozenset({"idna", "punycode", "undefined"})
ASCII_PROBE = bytes(range(0x20, 0x5C)) + bytes(range(0x5D, 0x7F)) + b" \\u0041 \\x41 +AGEA-\n"


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, *, source: str, declared: str | None = None) -> Decoded:
    """Decode ``data``; raise InputError naming ``source`` when it cannot be done reliably."""
    if not data.strip():
        raise InputError(source, "empty file")
    bom = _bom_encoding(data)
    if bom:
        return _checked(data, bom, source)
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary data, not text or HTML")
    tried = []
    for encoding in _declared(data, declared):
        tried.append(encoding)
        text = _strict(data, encoding)
        if text is not None and _plausible(text):
            return Decoded(text, encoding)
    decoded = {name: _strict(data, name) for name in FALLBACKS}
    tried += [name for name in FALLBACKS if name not in tried]
    if decoded["utf-8"] is not None and _plausible(decoded["utf-8"]):
        return Decoded(decoded["utf-8"], "utf-8")
    legacy = [(common_ratio(text), name, text) for name, text in decoded.items()
              if name != "utf-8" and text is not None and _plausible(text)]
    if legacy:
        _, name, text = max(legacy)
        return Decoded(text, name)
    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None and _plausible(str(guess)):
        return Decoded(str(guess), guess.encoding)
    raise InputError(source, f"cannot decode reliably (tried {', '.join(tried)}); "
                             "convert it to UTF-8 or pass the right --encoding")


def normalize_encoding(name: str) -> str | None:
    name = name.strip().lower()
    name = ALIASES.get(name, name)
    try:
        found = codecs.lookup(name).name.replace("_", "-") if name else None
    except LookupError:
        return None
    return found if found is not None and is_text_codec(found) else None


def checked_encoding_name(name: str | None) -> str | None:
    """An --encoding value checked: ValueError when it names no text encoding."""
    if name is not None and normalize_encoding(name) is None:
        raise ValueError(f"{name} is not a text encoding (e.g. utf-8, gbk, gb18030, big5)")
    return name


def is_text_codec(name: str) -> bool:
    """Whether ``name`` is a character encoding of documents: it reads ASCII as ASCII.

    Rules out the bytes-to-bytes codecs (hex, zlib), the escape codecs, UTF-7, and
    the few text codecs that are not document encodings (punycode, idna, undefined).
    """
    if name in NOT_DOCUMENT_CODECS or not getattr(codecs.lookup(name), "_is_text_encoding", True):
        return False
    try:
        return ASCII_PROBE.decode(name) == ASCII_PROBE.decode("ascii")
    except (UnicodeError, LookupError):
        return False


def _declared(data: bytes, declared: str | None) -> list[str]:
    found = [declared] if declared else []
    match = META_CHARSET.search(data[:8192])
    if match:
        found.append(match.group(1).decode("ascii", "ignore"))
    names = [normalize_encoding(n) for n in found]
    return list(dict.fromkeys(n for n in names if n))


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        return None


def _plausible(text: str) -> bool:
    return suspicious_ratio(text) <= MAX_SUSPICIOUS


def _bom_encoding(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _checked(data: bytes, encoding: str, source: str) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(source, f"starts with a {encoding} byte-order mark but is not {encoding}") from err
    if not _plausible(text):
        raise InputError(source, f"decodes as {encoding} but the text looks garbled")
    return Decoded(text, encoding.removesuffix("-sig"))


_SUSPICIOUS = re.compile(
    "[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u3400-\u4dbf\uac00-\ud7af"
    "\u00c0-\u00ff\u0100-\u024f\u0400-\u04ff\u2500-\u257f]"
)


def suspicious_ratio(text: str) -> float:
    """Share of characters that rarely occur in Chinese text but often in mojibake."""
    sample = text[:200_000]
    visible = sum(map(len, sample.split()))  # characters that are not white space (str.isspace)
    if not visible:
        return 0.0
    return len(_SUSPICIOUS.findall(sample)) / visible


def common_ratio(text: str) -> float:
    """Share of Han characters among the most common ones of GB2312 or Big5.

    Text decoded with the wrong legacy codec still consists of valid characters,
    but mostly rare ones; the right codec gives mostly level-1 characters.
    """
    han = [ch for ch in text[:20_000] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    return sum(1 for ch in han if _is_common(ch)) / len(han)


def _is_common(ch: str) -> bool:
    try:
        if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        code = int.from_bytes(ch.encode("big5"), "big")
    except UnicodeEncodeError:
        return False
    return 0xA440 <= code <= 0xC67E
