from extract.clean.fields import Field, parse_fields


def test_a_metadata_line_gives_every_label_and_value_on_it():
    fields = parse_fields("索 引 号:000000/2024-00001 发布机构:区水利局 成文日期:2024-02-02", in_header=False)
    assert fields == [Field("index_number", "索引号", "000000/2024-00001"), Field("issuer", "发布机构", "区水利局"),
                      Field("issued", "成文日期", "2024-02-02")]


def test_a_line_whose_labels_stand_after_its_start_is_no_metadata_line():
    assert parse_fields("经研究,发布机构:区水利局 成文日期:2024-02-02", in_header=True) is None
    assert parse_fields("区水利局 发文字号:某水〔2024〕1号", in_header=True) is None
