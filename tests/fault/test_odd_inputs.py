"""Odd inputs get one line saying what they are: FIFOs, symlink loops, unreadable folders, DOCTYPE subsets."""
import os

import pytest
from click.testing import CliRunner

import extract
from extract.cli import main
from tests.fault.hostile import GOOD


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run("clean", fifo)
    assert result.exit_code == 1
    assert f"policy-extract: {fifo}: not a regular file (a FIFO, socket or device)" in result.stderr


def test_a_symlink_loop_is_named_as_such(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    result = run("clean", tmp_path / "a")
    assert result.exit_code == 1
    assert f"policy-extract: {tmp_path / 'a'}: a loop of symbolic links" in result.stderr


def test_a_missing_file_is_still_no_such_file(tmp_path):
    result = run("clean", tmp_path / "gone.txt")
    assert f"{tmp_path / 'gone.txt'}: no such file or directory" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_reported(tmp_path):
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        result = run("clean", tmp_path)
    finally:
        locked.chmod(0o755)
    assert f"{locked}: cannot read this folder" in result.stderr
    assert "cleaned 1 document, 1 failed" in result.stderr


def test_a_doctype_internal_subset_leaves_no_trace_in_the_text(tmp_path):
    page = tmp_path / "doctype.html"
    page.write_text('<!DOCTYPE html [\n<!ENTITY x "重复实体">\n<!ENTITY y "&x;&x;&x;">\n]>\n'
                    "<html><head><title>关于印发方案的通知</title></head><body><p>关于印发方案的通知</p>"
                    "<p>一、目标</p><p>到2025年，全市新增就业10万人。&y;</p></body></html>", encoding="utf-8")
    text = extract.read(page).text
    assert "]>" not in text and "&y;" not in text and "ENTITY" not in text and "重复实体" not in text
    assert "到2025年,全市新增就业10万人。" in text
