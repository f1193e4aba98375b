"""/lichsu sends its history as a chart too: values over time, targets as targets."""

from __future__ import annotations

from bot.domain.catalog import Catalog
from bot.domain.history import history_trends
from bot.handlers.lichsu import _chart
from tests.auxil.harness import BotHarness, plain


async def test_lichsu_of_an_indicator_sends_the_text_then_a_chart(bot: BotHarness) -> None:
    await bot.send("/lichsu Mỹ Thạnh ntm")
    texts = [c for c in bot.request.calls if c.method == "sendMessage"]
    (photo,) = bot.calls("sendPhoto")
    assert "16/19" in plain(texts[0].text)
    assert "Mỹ Thạnh" in photo.params["caption"] and "ngôi sao" in photo.params["caption"]
    assert bot.request.calls.index(photo) > bot.request.calls.index(texts[0])


async def test_the_chart_is_a_png_and_a_unit_without_dates_sends_none(bot: BotHarness) -> None:
    services = bot.app.bot_data["services"]
    unit = services.registry.get("legacy-28993")
    png, _caption = _chart(services, unit, "ntm")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    empty = services.registry.get("legacy-00001")
    assert _chart(services, empty, None) is None
    await bot.send("/lichsu Phúc Xá Ba Đình")
    assert bot.calls("sendPhoto") == []


def test_one_value_is_one_point_and_targets_stay_targets(catalog: Catalog) -> None:
    source = {"kind": "admin", "user_id": 1, "time": "2026-01-01T00:00:00+07:00"}
    base = {"unit_id": "u", "indicator": "ntm_tieu_chi", "denominator": 19, "source": source}
    observations = [
        {**base, "id": "a", "value": 16, "as_of": "2022-04-15"},
        {
            **base,
            "id": "t",
            "value": 19,
            "as_of": "2022-04-15",
            "is_target": True,
            "deadline": "2025-12-31",
        },
    ]
    (trend,), suffix = history_trends(observations, catalog, catalog.get("ntm_tieu_chi"))
    assert suffix == "%" and len(trend.points) == 1
    assert round(trend.points[0][1]) == 84
    assert trend.targets[0][1] == 100.0 and trend.targets[0][0].year == 2025
    count = {**base, "indicator": "dang_vien", "denominator": None}
    (people,), suffix = history_trends(
        [{**count, "id": "p", "value": 245, "as_of": "2022-04-15"}],
        catalog,
        catalog.get("dang_vien"),
    )
    assert suffix == " người" and people.points[0][1] == 245
