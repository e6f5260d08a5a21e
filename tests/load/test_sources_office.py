import pytest

from extract.errors import InputError
from extract.load.sources import Source, expand


@pytest.mark.parametrize("name", ["notice.docx", "targets.xlsx", "targets.xlsm", "targets.xls", "notice.PDF",
                                  "old.doc", "page.html", "notes.txt"])
def test_a_directory_walk_accepts_office_files(tmp_path, name):
    (tmp_path / name).write_bytes(b"x")
    assert [s.name for s in expand([str(tmp_path)]) if isinstance(s, Source)] == [str(tmp_path / name)]


@pytest.mark.parametrize("name", ["picture.png", "slides.pptx", "archive.zip"])
def test_other_files_are_not_walked(tmp_path, name):
    (tmp_path / name).write_bytes(b"x")
    assert all(isinstance(item, InputError) for item in expand([str(tmp_path)]))
