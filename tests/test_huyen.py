"""/huyen: a district's own figures and its communes."""

from __future__ import annotations

from tests.auxil.harness import BotHarness, plain


async def test_giong_trom_shows_its_targets_and_communes(bot: BotHarness) -> None:
    """/huyen GiongTrom shows 19/25 resolution targets met and lists Mỹ Thạnh."""
    replies = await bot.send("/huyen GiongTrom")
    text = plain("\n".join(r.text for r in replies))
    assert "Huyện Giồng Trôm" in text
    assert "19/25" in text
    assert "Mỹ Thạnh" in text


async def test_chau_thanh_ben_tre_lists_an_khanh(bot: BotHarness) -> None:
    """A commune only an article knows still appears under its district."""
    replies = await bot.send("/huyen Châu Thành Bến Tre")
    assert "An Khánh" in plain(replies[0].text)


async def test_thanh_phu_procedures(bot: BotHarness) -> None:
    """/huyen Thạnh Phú shows the 87 level-4 procedures."""
    replies = await bot.send("/huyen Thạnh Phú")
    assert "87" in plain(replies[0].text)


async def test_unknown_district(bot: BotHarness) -> None:
    """A name of no district says so and shows how to type one."""
    replies = await bot.send("/huyen Khongcodau")
    assert "Không tìm thấy huyện" in plain(replies[0].text)


async def test_no_argument(bot: BotHarness) -> None:
    """/huyen alone explains what to type."""
    replies = await bot.send("/huyen")
    assert "/huyen Giồng Trôm" in plain(replies[0].text)
