from pathlib import Path

from click.testing import CliRunner

from extract.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_clean_reads_office_files_in_a_directory(tmp_path):
    for name in ("qingxi_notice.docx", "qingxi_targets.xlsx", "qingxi_notice.pdf"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    result = CliRunner().invoke(main, ["clean", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "qingxi_notice-2.txt", "qingxi_notice.txt", "qingxi_targets.txt"]


def test_clean_reports_a_scanned_pdf_and_exits_1():
    result = CliRunner().invoke(main, ["clean", str(FIXTURES / "scanned.pdf")])
    assert result.exit_code == 1
    assert "scanned.pdf: PDF has no text layer (scanned?): run OCR first" in result.output
