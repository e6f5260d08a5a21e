"""A body sentence restating a slogan counts in a bare multiplier right after its verb (实施万个…项目: the
dev-i convention, 百个 and 千个 read as numbers already); a bare 万 before people names a campaign. The
sentences are written for the test."""
import pytest

from tests.rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


def test_a_bare_multiplier_counted_right_after_a_verb_is_an_amount():
    assert _found("建设万个口袋花园。") == [(10_000, "个")]
    assert _found("改造提升千个街角空间。") == [(1000, "个")]


@pytest.mark.parametrize("text", [
    "深入开展万人助万企活动。",  # a campaign's name
    "让绿色理念走进千家万户。",  # an idiom, no verb right before
])
def test_a_bare_multiplier_before_people_or_in_an_idiom_is_no_amount(text):
    assert _found(text) == []
