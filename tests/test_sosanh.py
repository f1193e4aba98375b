"""/sosanh: an official puts communes side by side and reads each figure with its date."""

from __future__ import annotations

from bot.domain.segmenting import split_unit_names
from tests.auxil.harness import BotHarness, plain


async def test_two_communes_side_by_side_with_dates(bot: BotHarness) -> None:
    (answer,) = await bot.send("/sosanh Mỹ Thạnh Giồng Trôm, An Khánh Châu Thành")
    text = plain(answer.text)
    assert "So sánh: Xã Mỹ Thạnh (Giồng Trôm) · Xã An Khánh (Châu Thành)" in text
    block = text.split("Số đảng viên\n", 1)[1].split("\n\n", 1)[0]
    assert block == "• Mỹ Thạnh: 245 người · 15/04/2022\n• An Khánh: 255 người · 19/09/2022"
    assert "Số tiêu chí nông thôn mới đạt — Mỹ Thạnh: 16/19 tiêu chí · 15/04/2022" in text


async def test_names_without_commas_are_read_as_units(bot: BotHarness) -> None:
    (answer,) = await bot.send("/sosanh MyThanh AnKhanh")
    assert "Xã Mỹ Thạnh (Giồng Trôm) · Xã An Khánh (Châu Thành)" in plain(answer.text)


async def test_one_name_or_an_unknown_name_says_what_to_type(bot: BotHarness) -> None:
    (usage,) = await bot.send("/sosanh Mỹ Thạnh")
    assert "Cần ít nhất hai" in plain(usage.text) and "/sosanh Mỹ Thạnh" in plain(usage.text)
    (unknown,) = await bot.send("/sosanh Mỹ Thạnh, Xyzabcq")
    assert "Không tìm thấy đơn vị nào tên “Xyzabcq”" in plain(unknown.text)
    (empty,) = await bot.send("/sosanh")
    assert "Cần ít nhất hai" in plain(empty.text)


def test_splitting_prefers_the_fewest_names() -> None:
    known = {"my thanh", "my thanh giong trom", "an khanh", "an khanh chau thanh"}
    names = split_unit_names("my thanh giong trom an khanh", lambda n: n in known)
    assert names == ["my thanh giong trom", "an khanh"]
    assert split_unit_names("a và b", lambda n: True) == ["a", "b"]
