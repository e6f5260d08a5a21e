"""ingest says what became of each input, one line each, like fetch."""
from click.testing import CliRunner

from extract.cli import main
from tests.corpus import doc_path

PAGE = doc_path("jxgov-004.html")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_ingest_prints_one_line_per_input(tmp_path):
    db = tmp_path / "p.db"
    changing = tmp_path / "notice.txt"
    changing.write_text("关于印发方案的通知\n一、目标\n到2025年，全市新增就业10万人。\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    first = run("ingest", "--db", db, PAGE, changing)
    assert first.stdout.splitlines() == [f"new\t{PAGE}", f"new\t{changing}"]
    changing.write_text("关于印发方案的通知\n一、目标\n到2026年，全市新增就业12万人。\n", encoding="utf-8")
    again = run("ingest", "--db", db, PAGE, changing, empty)
    assert again.exit_code == 1
    assert again.stdout.splitlines() == [f"unchanged\t{PAGE}", f"changed\t{changing}", f"failed\t{empty}"]
    assert again.stderr.splitlines()[0] == f"policy-extract: {empty}: empty file"
