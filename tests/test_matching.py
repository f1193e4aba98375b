"""Finding units by what people type, in the domain layer (no Telegram)."""

from __future__ import annotations

import pytest

from bot.domain.gazetteer import load_gazetteer
from bot.domain.matching import UnitFinder
from bot.domain.registry import UnitRegistry, UnitRequest


@pytest.fixture(scope="module")
def finder() -> UnitFinder:
    registry = UnitRegistry(load_gazetteer())
    an_khanh = registry.resolve(
        UnitRequest("commune", "An Khánh", district="Châu Thành", province="Bến Tre")
    )
    registry.add_article_unit(an_khanh)
    registry.mark_has_figures(an_khanh.id)
    registry.mark_has_figures("legacy-28993")
    return UnitFinder(registry)


@pytest.mark.parametrize(
    "query",
    ["MyThanh", "my thanh", "Mỹ Thạnh", "MỸ THẠNH", "mythanh", "xã Mỹ Thạnh", "X. Mỹ Thạnh"],
)
def test_spellings_prefer_the_commune_with_figures(finder: UnitFinder, query: str) -> None:
    match = finder.find(query)
    assert match.preferred is not None
    assert match.preferred.id == "legacy-28993"


def test_diacritics_narrow_the_name(finder: UnitFinder) -> None:
    """Typed with marks, Mỹ Thạnh does not also mean Mỹ Thanh or Mỹ Thành."""
    names = {u.name for u in finder.find("Mỹ Thạnh").units}
    assert names == {"Mỹ Thạnh"}


def test_name_with_district_is_unique(finder: UnitFinder) -> None:
    match = finder.find("Mỹ Thạnh Ba Tri")
    assert [u.district for u in match.units] == ["Ba Tri"]


def test_article_unit_is_found_by_camel_case(finder: UnitFinder) -> None:
    match = finder.find("AnKhanh")
    assert match.preferred is not None and match.preferred.province == "Bến Tre"
    assert match.preferred.era == "article"


def test_typo_suggests(finder: UnitFinder) -> None:
    match = finder.find("MyThan")
    assert not match.units
    assert match.suggestions[0].id == "legacy-28993"


def test_district_level(finder: UnitFinder) -> None:
    match = finder.find("huyện GiongTrom", ("district",))
    assert match.preferred is not None and match.preferred.name == "Giồng Trôm"


@pytest.mark.parametrize("query", ["", "   ", "<>&", "🙂", "x" * 1000])
def test_junk_finds_nothing_quietly(finder: UnitFinder, query: str) -> None:
    match = finder.find(query)
    assert match.preferred is None


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Quan Hoa", "Quan Hoa"),
        ("Phương Mai", "Phương Mai"),
        ("Huyền Sơn", "Huyền Sơn"),
        ("Bến Nghé Quận 1", "Bến Nghé"),
    ],
)
def test_names_that_look_like_a_prefix(finder: UnitFinder, query: str, name: str) -> None:
    """Folded, Quan/Quận and Phương/Phường look alike: the name as typed comes first."""
    match = finder.find(query)
    assert match.units and {u.name for u in match.units} == {name}
