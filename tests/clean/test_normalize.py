import pytest

from extract.clean.normalize import collapse_whitespace, detect_script, fold_width, normalize_line, to_simplified


@pytest.mark.parametrize("raw, folded", [
    ("完成率达到９５％", "完成率达到95%"),
    ("责任单位：区城管局（牵头）", "责任单位:区城管局(牵头)"),
    ("第一，第二；第三", "第一,第二;第三"),
    ("“一网通办”、《条例》〔2024〕", "“一网通办”、《条例》〔2024〕"),
])
def test_fold_width_turns_fullwidth_ascii_halfwidth_and_keeps_chinese_marks(raw, folded):
    assert fold_width(raw) == folded


@pytest.mark.parametrize("raw, collapsed", [
    ("\u3000\u3000为进一步加强管理", "为进一步加强管理"),
    ("索 引 号:123", "索引号:123"),
    ("国 家 能 源 局", "国家能源局"),
    ("组长:王 明   区长", "组长:王明 区长"),
    ("国家发展改革委 国家能源局", "国家发展改革委 国家能源局"),
    ("2024年\xa0\xa03月", "2024年 3月"),
    ("零\u200b宽", "零宽"),
])
def test_collapse_whitespace(raw, collapsed):
    assert collapse_whitespace(raw) == collapsed


@pytest.mark.parametrize("traditional, simplified", [
    ("臺北市政府文化局", "台北市政府文化局"),
    ("發展和改革委員會", "发展和改革委员会"),
    ("吉林省乾安縣", "吉林省乾安县"),
    ("乾安县城区", "乾安县城区"),
    ("陝西省乾縣", "陕西省乾县"),
])
def test_to_simplified_with_overrides_for_what_opencc_gets_wrong(traditional, simplified):
    assert to_simplified(traditional) == simplified


def test_detect_script():
    assert detect_script("臺北市政府文化局辦理藝術節，參觀人數達16萬人次。") == "hant"
    assert detect_script("区城管局负责组织实施，参与人数达16万人次。") == "hans"
    assert detect_script("2024 ABC") == "hans"


def test_normalize_line_converts_only_traditional_documents():
    assert normalize_line("乾安县", traditional=False) == "乾安县"
    assert normalize_line("乾安縣　發展", traditional=True) == "乾安县 发展"


@pytest.mark.parametrize("raw", [
    "", " ", "\r\n", "完成率达到９５％\u3000\u3000", "索 引 号:\t123\xa0\xa0", "零\u200b宽\u00ad 字\ufeff",
    "\uf900\ufa0e 豈", "Ａ Ｂ  ｃ", "国 家 能 源 局\r\n组长:王 明\u2003 区长", "\u2000\u200a \u202f\u205f",
])
def test_normalize_line_is_the_width_fold_then_the_whitespace_collapse(raw):
    assert normalize_line(raw, traditional=False) == collapse_whitespace(fold_width(raw))
    assert normalize_line(raw, traditional=True) == collapse_whitespace(fold_width(to_simplified(raw)))
