"""Article units meet the gazetteer by spelling, not only by folded letters."""

from __future__ import annotations

from bot.domain.gazetteer import Gazetteer
from bot.domain.registry import UnitRegistry, UnitRequest


def test_a_name_that_only_folds_alike_is_a_different_unit(gazetteer: Gazetteer) -> None:
    """ "Diễn Ngọc" (Nghệ An) is not "Điện Ngọc" (Quảng Nam), though both fold to dienngoc."""
    registry = UnitRegistry(gazetteer)
    unit = registry.resolve(UnitRequest(level="commune", name="Diễn Ngọc", type="Xã"))
    assert unit.name == "Diễn Ngọc" and unit.era == "article"


def test_the_gazetteers_disambiguated_name_is_found(gazetteer: Gazetteer) -> None:
    """The gazetteer lists namesakes as "Yên Viên (Thị trấn)" beside "Yên Viên (Xã)"."""
    registry = UnitRegistry(gazetteer)
    town = registry.resolve(
        UnitRequest(level="commune", name="Yên Viên", type="Thị trấn", province="Hà Nội")
    )
    assert town.name == "Yên Viên (Thị trấn)" and town.code


def test_an_apostrophe_typed_curly_is_the_same_name(gazetteer: Gazetteer) -> None:
    """ "Đắk D’rông" in an article is the gazetteer's "Đắk D'rông"."""
    unit = UnitRegistry(gazetteer).resolve(
        UnitRequest(level="commune", name="Đắk D’rông", type="Xã", district=None, province=None)
    )
    assert (unit.era, unit.name) == ("legacy", "Đắk D'rông")
