"""to_frame: the same dtypes for every document, and extract() of a folder."""
import pandas as pd
import pytest

import extract
from extract.export import columns
from tests.corpus import SAMPLES

TEXTS = {
    "ints.txt": "关于印发方案的通知\n一、目标\n到2025年12月31日，全市新增就业10万人。\n",
    "floats.txt": "关于印发方案的通知\n一、目标\n全市城镇调查失业率控制在5.5%以内。\n",
}


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    folder = tmp_path_factory.mktemp("frames")
    made = {}
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        made[name] = extract.extract(folder / name, use_model=False).to_frame()
    return made


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_target_columns_have_fixed_dtypes(frames, name):
    frame = frames[name]
    assert len(frame) == 1
    assert frame["value"].dtype == "float64" and frame["value_max"].dtype == "float64"
    assert frame["baseline_year"].dtype == "Int64" and frame["start"].dtype == "Int64"
    assert frame["recurring"].dtype == "boolean"
    assert pd.api.types.is_datetime64_any_dtype(frame["deadline"])
    assert pd.api.types.is_datetime64_any_dtype(frame["doc_issued"])


def test_dtypes_agree_across_documents(frames):
    first, second = frames.values()
    assert dict(first.dtypes) == dict(second.dtypes)
    assert frames["ints.txt"]["deadline"].iloc[0] == pd.Timestamp("2025-12-31")
    assert frames["floats.txt"]["value"].iloc[0] == 5.5


@pytest.mark.parametrize("records", ["tasks", "documents", "all"])
def test_every_record_kind_has_its_columns(records):
    frame = extract.extract(SAMPLES / "binjiang-green-plan.html", use_model=False).to_frame(records)
    assert list(frame.columns) == [c.name for c in columns(records)]
    assert len(frame) > 0


def test_extract_of_a_folder_reads_every_file_in_it(tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    results = extract.extract(tmp_path, use_model=False)
    assert [r.document.metadata.source.rsplit("/", 1)[-1] for r in results] == sorted(TEXTS)
    frame = pd.concat([r.to_frame() for r in results])
    assert sorted(frame["value"]) == [5.5, 100000.0]
