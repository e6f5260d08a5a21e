"""One input's failure, whatever it is, is one error line for that input; the batch goes on."""
import pytest

from extract.batch import Tally, run_batch
from extract.errors import InputError
from extract.load.sources import SOURCE_SUFFIXES


def _names(tmp_path, *names):
    for name in names:
        (tmp_path / name).write_text("到2025年，新增就业10万人。\n", encoding="utf-8")
    return [str(tmp_path / name) for name in names]


@pytest.mark.parametrize("error", [RecursionError("maximum recursion depth exceeded"), MemoryError(),
                                   OverflowError("Python int too large"), UnicodeError("undefined encoding"),
                                   ValueError("Invalid IPv6 URL"), InputError("b.txt", "empty file")],
                         ids=lambda e: type(e).__name__)
def test_a_failing_input_is_reported_and_the_next_ones_run(tmp_path, capsys, error):
    paths = _names(tmp_path, "a.txt", "b.txt", "c.txt")

    def work(source):
        if source.path.name == "b.txt":
            raise error
        return source.path.name

    tally = Tally()
    done = [result for _, result in run_batch(paths, work, tally, suffixes=SOURCE_SUFFIXES, progress=False)]
    assert done == ["a.txt", "c.txt"]
    assert len(tally.failed) == 1 and "b.txt" in tally.failed[0]
    assert tally.summary("extracted") == "extracted 2 documents, 1 failed"
    err = capsys.readouterr().err
    assert err.count("policy-extract:") == 1 and "Traceback" not in err


def test_an_interrupt_still_ends_the_batch(tmp_path):
    paths = _names(tmp_path, "a.txt", "b.txt")

    def work(source):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(run_batch(paths, work, Tally(), suffixes=SOURCE_SUFFIXES, progress=False))
