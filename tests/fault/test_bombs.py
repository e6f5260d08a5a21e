"""Decompression bombs built at test time: refused by their declared sizes before any parser inflates them."""
import io
import resource
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import extract
from extract.cli import main
from extract.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def with_member(fixture: str, member: str, size_mb: int) -> bytes:
    """A real Office file with ``member`` replaced (or added) by ``size_mb`` MB of zeros, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(FIXTURES / fixture) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != member:
                out.writestr(info, source.read(info))
        with out.open(member, "w", force_zip64=True) as stream:
            block = bytes(1024 * 1024)
            for _ in range(size_mb):
                stream.write(block)
    return buffer.getvalue()


@pytest.mark.parametrize(("fixture", "member"), [("qingxi_notice.docx", "word/document.xml"),
                                                 ("qingxi_notice.docx", "word/media/image9.png"),
                                                 ("qingxi_targets.xlsx", "xl/worksheets/sheet1.xml"),
                                                 ("qingxi_targets.xlsx", "xl/sharedStrings.xml")])
def test_a_member_that_inflates_a_thousandfold_is_refused(tmp_path, fixture, member):
    bomb = tmp_path / ("bomb" + Path(fixture).suffix)
    bomb.write_bytes(with_member(fixture, member, 200))
    assert bomb.stat().st_size < 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputError, match="compression bomb"):
        extract.read(bomb)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024  # KiB: under 100 MB more


def test_a_bomb_in_a_batch_is_one_error_line(tmp_path):
    (tmp_path / "bomb.docx").write_bytes(with_member("qingxi_notice.docx", "word/document.xml", 50))
    (tmp_path / "notice.docx").write_bytes((FIXTURES / "qingxi_notice.docx").read_bytes())
    result = CliRunner().invoke(main, ["extract", "--no-model", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.count("policy-extract:") == 1 and "bomb.docx" in result.stderr
    assert "notice.docx" in result.stdout
