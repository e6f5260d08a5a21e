"""The train command's checks on its inputs (training itself takes minutes: models/README.md)."""
from click.testing import CliRunner

from extract.cli import main
from extract.model.training import build_examples, held_out_documents, split
from tests.corpus import CORPUS


def test_a_corpus_without_gold_is_a_usage_error(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notice.txt").write_text("某区2024年工作方案\n一、目标\n完成改造12个。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["train", "--corpus", str(tmp_path), "--gold", str(tmp_path)])
    assert result.exit_code == 2 and "has a gold file" in result.stderr


def test_held_out_documents_give_no_training_example():
    examples = build_examples(CORPUS, [CORPUS / "gold" / "dev"])
    held_out = held_out_documents(examples)
    train, dev = split(examples, held_out)
    assert held_out and dev and all(e.document in held_out and e.gold for e in dev)
    assert not {e.document for e in train} & held_out
    assert {e.origin for e in train} == {"gold", "rules"}
