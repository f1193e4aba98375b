"""More of how Vietnamese states a figure's meaning: a verb shared by a list, plan
excesses counted in units ("vượt 2 chỉ tiêu"), the noun after a percentage ("100% số
xã …"). Each test states one rule in a short sentence; real articles remain the yardstick."""

from __future__ import annotations

from bot.domain.catalog import UNCATALOGUED, Catalog
from bot.domain.gazetteer import Gazetteer
from bot.extraction import ExtractedArticle, ExtractedFigure, extract_text


def _read(
    body: str, catalog: Catalog, gazetteer: Gazetteer, title: str = "Xã Tân Phước"
) -> ExtractedArticle:
    return extract_text(
        f"{title}\n\n01/06/2024\n\n{body}\n",
        file="test.txt",
        catalog=catalog,
        province_names=gazetteer.province_names(),
    )


def _by_value(figures: list[ExtractedFigure]) -> dict[float, ExtractedFigure]:
    return {f.value: f for f in figures}


def test_an_action_verb_serves_the_whole_list(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Đảng bộ xã Tân Phước đã khen thưởng 3 chi bộ hoàn thành xuất sắc nhiệm vụ, "
        "27 cá nhân có thành tích tiêu biểu."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[3].indicator == "tap_the_khen_thuong"
    assert figures[27].indicator == "ca_nhan_khen_thuong"


def test_a_link_verb_does_not_carry_a_list_into_another_measure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Kết quả thẩm định, xã Tân Phước đạt 19/19 tiêu chí, 30/35 chỉ tiêu."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[30].indicator != "chi_tieu_nq"
