"""The train command's checks on its inputs (training itself takes minutes: models/README.md)."""
import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.model.training import FINAL_TEST, FinalTestGold, build_examples, held_out_documents, split
from tests.corpus import CORPUS, REPO, extra_path


def test_a_corpus_without_gold_is_a_usage_error(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notice.txt").write_text("某区2024年工作方案\n一、目标\n完成改造12个。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["train", "--corpus", str(tmp_path), "--gold", str(tmp_path)])
    assert result.exit_code == 2 and "has a gold file" in result.stderr


def test_held_out_documents_give_no_training_example(tmp_path):
    for folder in ("seeds", "docs"):  # not pool/: the next test covers it, and the suite stays fast
        (tmp_path / folder).symlink_to(CORPUS / folder)
    examples = build_examples(tmp_path, [CORPUS / "gold" / "dev"])
    held_out = held_out_documents(examples)
    train, dev = split(examples, held_out)
    assert held_out and dev and all(e.document in held_out and e.gold for e in dev)
    assert not {e.document for e in train} & held_out
    assert {e.origin for e in train} == {"gold", "rules"}


def test_gold_of_the_final_blind_batch_is_refused(tmp_path):
    final = tmp_path / "blind-b"
    final.mkdir()
    result = CliRunner().invoke(main, ["train", "--corpus", str(CORPUS), "--gold", str(final)])
    assert result.exit_code == 2 and "final blind batch" in result.stderr and "blind-b" in result.stderr
    batch_m = CliRunner().invoke(main, ["train", "--corpus", str(CORPUS), "--gold", str(REPO / "corpora" / "gold" / "blind-m")])
    assert batch_m.exit_code == 2 and "m-001" in batch_m.stderr
    batch_d = CliRunner().invoke(main, ["train", "--corpus", str(CORPUS), "--gold", str(REPO / "corpora" / "gold" / "blind-d")])
    assert batch_d.exit_code == 2 and "hfs-007" in batch_d.stderr
    elsewhere = tmp_path / "mixed"
    elsewhere.mkdir()
    (elsewhere / "pool-013.gold.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(FinalTestGold, match="pool-013"):
        build_examples(CORPUS, [elsewhere])


def test_pool_documents_train_but_never_the_final_batch(tmp_path):
    (tmp_path / "pool").mkdir()
    for name in ("pool-001.txt", "pool-004.txt", "pool-010.txt", "pool-013.txt", "MANIFEST.tsv"):
        (tmp_path / "pool" / name).symlink_to(CORPUS / "pool" / name)
    examples = build_examples(tmp_path, [REPO / "corpora" / "gold" / "blind-a"], leave_out={"pool-001"})
    documents = {e.document for e in examples}
    assert "pool-013" in FINAL_TEST and documents == {"pool-004", "pool-010"}
    assert {e.origin for e in examples if e.document == "pool-010"} == {"gold"}  # gold of blind A
    assert {e.origin for e in examples if e.document == "pool-004"} == {"rules"}  # rule labels, no gold


def test_extra_documents_train_only_with_their_gold_and_never_the_final_batches(tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "e-004.html").symlink_to(extra_path("corpus", "e-004.html"))
    for name in ("f-001.txt", "n-099.txt"):  # a final batch's name; a document without gold
        (extra / name).write_text("某县2025年实施方案\n一、目标\n到2025年，新建公园8个。\n", encoding="utf-8")
    examples = build_examples(tmp_path / "corpus", [REPO / "corpora" / "gold" / "dev-e"], extra=[extra])
    assert {e.document for e in examples} == {"e-004"} and {e.origin for e in examples} == {"gold"}
    with pytest.raises(FinalTestGold, match="blind-m"):
        build_examples(tmp_path / "corpus", [tmp_path / "blind-m"], extra=[extra])
