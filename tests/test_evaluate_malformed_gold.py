"""evaluate with a malformed gold file: one line naming the file and the line, never a traceback."""
import pytest
from click.testing import CliRunner

from extract.cli import main
from tests.corpus import SAMPLES

NOTICE = SAMPLES / "binjiang-green-plan.html"
TARGET = '{"kind": "target", "value": 70, "unit": "%", "evidence": "绿色出行比例达到70%"}'


@pytest.mark.parametrize(("lines", "message"), [
    ([TARGET, "{not json"], ":2: not JSON"),
    (["[1, 2]"], ":1: not a gold record: no kind"),
    (['{"kind": "target", "value": 70}'], ":1: not a gold record: no evidence"),
    (['{"kind": "task", "owners": []}'], ":1: not a gold record: no title"),
], ids=["bad-json", "not-an-object", "target-without-evidence", "task-without-title"])
def test_a_malformed_gold_file_is_one_error_line(tmp_path, lines, message):
    gold = tmp_path / f"{NOTICE.stem}.gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--no-model", "--gold", str(tmp_path), str(NOTICE)])
    assert result.exit_code in (1, 2)
    assert f"{gold}{message}" in result.stderr
    assert "Traceback" not in result.stderr and result.exception is None or isinstance(result.exception, SystemExit)
