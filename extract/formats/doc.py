"""Old binary Word (.doc) to a Page, through Debian's antiword (a maintained converter, run as a program)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..clean.page import Page
from ..clean.text import parse_text
from ..errors import InputError

ANTIWORD = "antiword"
TIMEOUT_SECONDS = 60
MAX_TEXT_BYTES = 50 * 1024 * 1024


def parse_doc(data: bytes, *, source: str) -> Page:
    """The text of a .doc, laid out by antiword (UTF-8, no line wrapping); InputError naming ``source``
    when antiword is missing or cannot read the file."""
    program = shutil.which(ANTIWORD)
    if program is None:
        raise InputError(source, "an old binary Word (.doc) file: reading it needs antiword "
                                 "(apt-get install antiword), or convert it to .docx")
    with tempfile.TemporaryDirectory(prefix="policy-extract-doc-") as folder:
        path = Path(folder) / "input.doc"
        path.write_bytes(data)
        try:
            done = subprocess.run([program, "-m", "UTF-8.txt", "-w", "0", str(path)], capture_output=True,
                                  timeout=TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired as err:
            raise InputError(source, f"antiword took over {TIMEOUT_SECONDS} s: is the .doc damaged?") from err
    if done.returncode != 0 or not done.stdout.strip():
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(source, f"antiword cannot read this .doc ({reason[-1] if reason else 'no text'}); "
                                 "is it damaged, or password-protected?")
    if len(done.stdout) > MAX_TEXT_BYTES:
        raise InputError(source, "the .doc holds over 50 MB of text: refused")
    return parse_text(done.stdout.decode("utf-8", "replace"))
