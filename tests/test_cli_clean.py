import json

import pytest
from click.testing import CliRunner

from extract.cli import main
from tests.corpus import SAMPLES

SAMPLE = SAMPLES / "binjiang-green-plan.html"


@pytest.fixture
def run():
    def invoke(*args, input=None):
        return CliRunner().invoke(main, [str(a) for a in args], input=input)
    return invoke


def test_clean_prints_the_cleaned_text(run):
    result = run("clean", SAMPLE)
    assert result.exit_code == 0
    assert "二、重点任务\n" in result.stdout
    assert "打印本页" not in result.stdout
    assert "cleaned 1 document" in result.stderr


def test_meta_puts_the_metadata_json_first(run):
    result = run("clean", "--meta", SAMPLE)
    metadata = json.loads(result.stdout.splitlines()[0])
    assert metadata["doc_number"] == "滨政办发〔2024〕9号"
    assert metadata["issued"] == "2024-03-15"


def test_output_directory_gets_one_file_per_input(run, tmp_path):
    result = run("clean", "--meta", SAMPLES, "-o", tmp_path)
    assert result.exit_code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["binjiang-green-plan.meta.json", "binjiang-green-plan.txt",
                     "quanxi-river-work-plan.meta.json", "quanxi-river-work-plan.txt",
                     "yunhe-culture-summary.meta.json", "yunhe-culture-summary.txt"]
    assert "云和县文化馆" in (tmp_path / "yunhe-culture-summary.txt").read_text(encoding="utf-8")


def test_standard_input(run):
    result = run("clean", "-", input="一、工作目标\n全年完成改造12个。\n".encode("gbk"))
    assert result.exit_code == 0
    assert result.stdout == "一、工作目标\n全年完成改造12个。\n"


def test_bad_files_are_reported_one_line_each_and_the_batch_goes_on(run, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "good.txt").write_text("一、工作目标\n全年完成改造12个。\n", encoding="utf-8")
    result = run("clean", tmp_path, tmp_path / "missing.txt")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("policy-extract:")]
    assert len(errors) == 3
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("image.html: binary data" in line for line in errors)
    assert any("missing.txt: no such file or directory" in line for line in errors)
    assert "全年完成改造12个。" in result.stdout
    assert "Traceback" not in result.stderr
    assert "cleaned 1 document, 3 failed" in result.stderr


def test_fifty_megabytes_of_junk_is_refused_by_size(run, tmp_path):
    junk = tmp_path / "junk.txt"
    with junk.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    result = run("clean", junk)
    assert result.exit_code == 1
    assert "junk.txt: too large (50.0 MB > 20.0 MB limit" in result.stderr


def test_fifty_megabytes_of_junk_within_the_limit_is_refused_as_binary(run, tmp_path):
    junk = tmp_path / "junk.txt"
    with junk.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    result = run("clean", "--max-size", "60", junk)
    assert result.exit_code == 1
    assert "junk.txt: binary data" in result.stderr


def test_help_explains_inputs_and_examples(run):
    result = run("clean", "--help")
    assert result.exit_code == 0
    assert "policy-extract clean --meta corpora/samples -o cleaned/" in result.stdout
