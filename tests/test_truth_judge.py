"""How the yardstick pairs a figure found with a recorded one (tests/auxil/truth.py)."""

from __future__ import annotations

from bot.domain.catalog import Catalog
from bot.extraction import ExtractedFigure
from bot.extraction.models import UnitRef
from tests.auxil.truth import TruthFigure, matches


def _found(unit: UnitRef) -> ExtractedFigure:
    return ExtractedFigure(unit, "ho_ngheo", 1.02, None, None, False, None, False, "tỷ lệ 1,02%")


def _recorded(unit: str) -> TruthFigure:
    return TruthFigure(unit, 1.02, None, False, "ho_ngheo", "rate", "", "tỷ lệ 1,02%")


def test_a_unit_written_with_its_level_word_needs_that_level(catalog: Catalog) -> None:
    city = UnitRef("district", "Mỹ Tho", "Thành phố")
    province = UnitRef("province", "Bến Tre", "Tỉnh")
    assert matches(_found(city), _recorded("TP. Mỹ Tho"), catalog)
    assert matches(_found(city), _recorded("Mỹ Tho"), catalog)
    assert not matches(_found(province), _recorded("TP. Bến Tre"), catalog)
    district = UnitRef("district", "Cai Lậy", "Huyện")
    assert not matches(_found(district), _recorded("TX. Cai Lậy"), catalog)
    # "Tịnh" is no "tỉnh": a name that only looks like a level word is a name.
    assert matches(_found(UnitRef("commune", "Tịnh Đông")), _recorded("Tịnh Đông"), catalog)


def test_a_unit_written_as_the_page_spells_it_or_by_its_former_name(catalog: Catalog) -> None:
    district = UnitRef("district", "Cư Jút", "Huyện")
    assert matches(_found(district), _recorded("Chư Jút"), catalog)
    assert matches(_found(district), _recorded("huyện Chư Jút"), catalog)
    province = UnitRef("province", "Huế", "Thành phố")
    assert matches(_found(province), _recorded("Thừa Thiên Huế"), catalog)
    assert not matches(_found(province), _recorded("Thừa Thiên"), catalog)
    assert not matches(
        _found(UnitRef("district", "Cư Kuin", "Huyện")), _recorded("Chư Jút"), catalog
    )


def test_a_count_recorded_with_its_whole_is_the_count(catalog: Catalog) -> None:
    poor = UnitRef("district", "Cái Bè", "Huyện")
    found = ExtractedFigure(poor, "so_ho_ngheo", 1370, None, None, False, None, False, "1.370 hộ")
    counted = TruthFigure("Cái Bè", 1370, 79836, False, "so_ho_ngheo", "part", "", "1.370 hộ")
    assert matches(found, counted, catalog)
    communes = UnitRef("province", "Long An", "Tỉnh")
    share = ExtractedFigure(communes, "xa_ntm", 88, None, None, False, None, False, "88 xã")
    recorded = TruthFigure("Long An", 88, 161, False, "xa_ntm", "part", "", "88/161 xã")
    assert not matches(share, recorded, catalog)
