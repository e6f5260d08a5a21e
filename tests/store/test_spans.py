"""A task's path stored as where its headings stand in the document's text, and read back as it was."""
import json

import pytest

from extract.store.database import Store
from extract.store.spans import decoded, decoded_sql, encoded

TEXT = "关于开展示范建设的通知\n一、总体要求\n(一)指导思想。以便民为本。\n二、\"示范\"范围\n各区县。"
PATHS = [
    (["一、总体要求", "(一)指导思想。"], [[12, 18], [19, 27]]),
    (["二、\"示范\"范围"], [[34, 42]]),
    (["三、不在文中的标题"], ["三、不在文中的标题"]),
    (["区", "一、总体要求"], ["区", [12, 18]]),  # one character is shorter as words than as offsets
    ([], []),
]


@pytest.mark.parametrize("path, kept", PATHS, ids=["in-text", "quoted", "absent", "short", "empty"])
def test_a_path_is_kept_as_offsets_where_shorter_and_read_back_byte_for_byte(path, kept):
    written = json.dumps(path, ensure_ascii=False)
    stored = encoded(written, TEXT)
    assert json.loads(stored) == kept
    assert decoded(stored, TEXT) == written


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_the_views_sql_reads_a_path_back_as_python_does(dialect, tmp_path, request):
    location = tmp_path / "spans.db" if dialect == "sqlite" else request.getfixturevalue("postgres_url")
    with Store.open(location) as store:
        for path, _ in PATHS:
            stored = encoded(json.dumps(path, ensure_ascii=False), TEXT)
            sql = decoded_sql(dialect, ":stored", ":text").replace(":stored", "CAST(:stored AS TEXT)")
            read = store.execute(f"SELECT {sql}", {"stored": stored, "text": TEXT}).fetchone()[0]
            assert read == (decoded(stored, TEXT) if path else None)
