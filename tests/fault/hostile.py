"""Hostile inputs written at test time: each is a small file that once crashed a batch."""
from __future__ import annotations

GOOD = "关于印发就业工作方案的通知\n一、主要目标\n到2025年，全市新增城镇就业10万人。\n"
TARGET_LINE = "到2025年，全市城镇调查失业率控制在5.5%以内。"


def deep_html(depth: int) -> str:
    """A notice whose text sits ``depth`` elements deep."""
    return ("<html><head><title>关于印发工作方案的通知</title></head><body>" + "<div>" * depth
            + f"<p>关于印发工作方案的通知</p><p>{TARGET_LINE}</p>" + "</div>" * depth + "</body></html>")


def charset_html(charset: str) -> str:
    return (f'<html><head><meta charset="{charset}"><title>关于印发工作方案的通知</title></head>'
            f"<body><p>关于印发工作方案的通知</p><p>一、目标</p><p>{TARGET_LINE}</p></body></html>")


def amount_text(digits: str) -> str:
    return f"关于印发投资计划的通知\n一、目标\n到2025年，全市完成投资{digits}亿元，{TARGET_LINE}\n"


def table_html(cell: str) -> str:
    return ("<html><body><p>关于印发投资计划的通知</p><p>一、目标</p>"
            f"<p>{TARGET_LINE}</p><table><tr><th>指标</th><th>单位</th><th>2025年目标</th></tr>"
            f"<tr><td>固定资产投资</td><td>亿元</td><td>{cell}</td></tr>"
            "<tr><td>新增就业</td><td>万人</td><td>12</td></tr></table></body></html>")


HOSTILE = {
    "deep-600.html": deep_html(600),
    "deep-5000.html": deep_html(5000),
    "charset-undefined.html": charset_html("undefined"),
    "charset-punycode.html": charset_html("punycode"),
    "charset-idna.html": charset_html("idna"),
    "digits-5000.txt": amount_text("9" * 5000),
    "digits-20.txt": amount_text("12345678901234567890"),
    "digits-19.txt": amount_text("9" * 19),
    "table-digits-400.html": table_html("9" * 400),
}
