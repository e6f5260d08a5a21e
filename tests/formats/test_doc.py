"""Old binary Word (.doc) files are read through antiword; without it, one clear line naming the file."""
import shutil
import struct

import pytest
from click.testing import CliRunner

import extract
from extract.cli import main
from extract.errors import InputError
from extract.formats.dispatch import OLE_MAGIC, sniff
from tests.corpus import CORPUS

POOL_DOC = CORPUS / "pool" / "pool-028.doc"


def ole(*names: str) -> bytes:
    """An OLE2 head whose directory lists ``names`` (a Word file's shell, without any text)."""
    data = bytearray(OLE_MAGIC + bytes(1024 - len(OLE_MAGIC)))
    for name in names:
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        data += encoded.ljust(64, b"\x00") + struct.pack("<H", len(encoded)) + bytes(62)
    return bytes(data)


@pytest.fixture
def doc_path():
    if not POOL_DOC.is_file():
        pytest.fail(f"the corpus file {POOL_DOC} is missing")
    return POOL_DOC


def test_a_word_97_file_is_sniffed_as_doc():
    assert sniff(ole("Root Entry", "WordDocument"), source="old.doc", suffix=".doc") == "doc"


@pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword is installed by .ci/run")
def test_a_doc_is_read_with_its_outline_and_metadata(doc_path):
    document = extract.read(doc_path)
    assert document.metadata.issued == "2019-07-03"
    assert document.metadata.title.endswith("通知")
    assert len(document.outline.children) == 2
    assert all(section.title for section in document.outline.children)


@pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword is installed by .ci/run")
def test_a_damaged_doc_is_one_error_naming_it(tmp_path):
    broken = tmp_path / "broken.doc"
    broken.write_bytes(ole("Root Entry", "WordDocument"))
    with pytest.raises(InputError, match="broken.doc: antiword cannot read this .doc"):
        extract.read(broken)


def test_without_antiword_the_error_says_how_to_get_it(doc_path, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = CliRunner().invoke(main, ["extract", "--no-model", str(doc_path)])
    assert result.exit_code == 1
    assert f"policy-extract: {doc_path}: an old binary Word (.doc) file: reading it needs antiword" in result.stderr
    assert "Traceback" not in result.stderr
