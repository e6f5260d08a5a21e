"""Atomic writes: all of the file or none of it, and a place that cannot be written is an OutputError."""
import errno

import pytest

from extract.atomic import atomic_directory, atomic_write, check_writable
from extract.errors import OutputError


def test_a_full_disk_is_an_output_error_and_leaves_nothing(tmp_path):
    with pytest.raises(OutputError, match=r"r\.csv: cannot write it \(No space left on device\)"):
        with atomic_write(tmp_path / "r.csv") as stream:
            stream.write("a,b\n")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_another_error_in_the_writer_passes_through_and_leaves_nothing(tmp_path):
    with pytest.raises(ValueError):
        with atomic_write(tmp_path / "r.csv") as stream:
            stream.write("a,b\n")
            raise ValueError("a defect of the writer")
    assert list(tmp_path.iterdir()) == []


def test_a_file_cannot_replace_a_folder(tmp_path):
    (tmp_path / "r.csv").mkdir()
    with pytest.raises(OutputError, match="is a folder; name a file to write"):
        with atomic_write(tmp_path / "r.csv") as stream:
            stream.write("a,b\n")
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]


def test_a_folder_under_a_file_is_an_output_error(tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="notes.txt/package: cannot write it"):
        with atomic_directory(tmp_path / "notes.txt" / "package"):
            pass


@pytest.mark.parametrize(("kind", "make", "message"), [
    pytest.param({}, "folder", "is a folder; name a file to write", id="file-on-folder"),
    pytest.param({"folder": True}, "file", "is a file; name a folder to write into", id="folder-on-file"),
    pytest.param({"into": True}, "file", "is a file; name a folder to write into", id="into-a-file"),
])
def test_check_writable_refuses_the_wrong_kind(tmp_path, kind, make, message):
    target = tmp_path / "out"
    target.mkdir() if make == "folder" else target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match=message):
        check_writable(target, **kind)


@pytest.mark.parametrize("kind", [{}, {"folder": True}, {"into": True}], ids=["file", "folder", "into"])
def test_check_writable_accepts_a_place_still_to_be_made(tmp_path, kind):
    check_writable(tmp_path / "new" / "deeper" / "out", **kind)
    assert list(tmp_path.iterdir()) == []
