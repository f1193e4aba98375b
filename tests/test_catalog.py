"""The indicator catalog and the 19 NTM criteria: loaded, checked, looked up as admins type."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from bot.domain.catalog import (
    CRITERIA_FILE,
    DATA_DIR,
    INDICATORS_FILE,
    KINDS,
    Catalog,
    CatalogError,
    load_catalog,
)
from bot.extraction.folding import fold_aligned
from bot.extraction.phrases import phrase_index

EXPECTED = json.loads((Path(__file__).parent / "expected_seeds.json").read_text("utf-8"))
GROUPS = {
    "Xây dựng Đảng",
    "Nông thôn mới",
    "Kinh tế – xã hội",
    "Chuyển đổi số",
    "Y tế",
    "Giáo dục",
    "Văn hóa – xã hội",
    "Tài nguyên – môi trường",
    "Quốc phòng – an ninh",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _indicators() -> list[dict[str, Any]]:
    return json.loads((DATA_DIR / INDICATORS_FILE).read_text("utf-8"))


def _criteria() -> list[dict[str, Any]]:
    return json.loads((DATA_DIR / CRITERIA_FILE).read_text("utf-8"))


def test_catalog_loads_with_groups_and_19_criteria(catalog: Catalog) -> None:
    assert 40 <= len(catalog) <= 120
    assert [c.number for c in catalog.criteria] == list(range(1, 20))
    assert {name for name, _ in catalog.groups()} <= GROUPS
    assert catalog.groups()[0][0] == "Xây dựng Đảng"
    assert sum(len(indicators) for _, indicators in catalog.groups()) == len(catalog)


def test_every_indicator_is_well_formed(catalog: Catalog) -> None:
    for indicator in catalog.indicators:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", indicator.key)
        assert re.fullmatch(r"[a-z][a-z0-9_]*", indicator.alias)
        assert indicator.kind in KINDS
        assert indicator.min <= indicator.max
        assert indicator.label and indicator.unit and indicator.phrases
        assert unicodedata.is_normalized("NFC", indicator.label)
        assert all(unicodedata.is_normalized("NFC", p) for p in indicator.phrases)
        if indicator.kind == "percent":
            assert indicator.unit == "%"


def test_every_seed_figure_has_a_catalog_indicator(catalog: Catalog) -> None:
    keys = {f["indicator"] for a in EXPECTED["articles"].values() for f in a["figures"]}
    assert all(catalog.get(k) is not None for k in keys)
    for article in EXPECTED["articles"].values():
        for figure in article["figures"]:
            indicator = catalog.get(figure["indicator"])
            assert figure["unit"]["level"] in indicator.levels
            assert catalog.validate_value(indicator, figure["value"], figure["denominator"]) is None
            assert all(catalog.criterion(k) for k in figure["criteria_unmet"])


def test_common_report_indicators_are_covered(catalog: Catalog) -> None:
    """What commune and district reports carry, seeds or not."""
    for key in (
        "thu_nhap",
        "ho_ngheo",
        "ho_can_ngheo",
        "thu_ngan_sach",
        "tang_truong_gtsx",
        "truong_chuan",
        "bhyt",
        "nuoc_sach",
        "ntm_nang_cao_tieu_chi",
        "xa_ntm_kieu_mau",
        "dang_vien_moi",
        "ocop",
        "doanh_nghiep_moi",
        "htx_moi",
        "dvc_muc3",
        "dvc_muc4",
        "ho_so_truc_tuyen",
        "so_hoa_du_lieu",
        "tiem_vac_xin",
        "lao_dong_dao_tao",
        "che_phu_rung",
        "duong_be_tong",
    ):
        assert catalog.get(key) is not None, key


def test_every_phrase_compiles_and_finds_itself(catalog: Catalog) -> None:
    index = phrase_index(catalog)
    for indicator in catalog.indicators:
        for phrase in indicator.phrases:
            if "#" in phrase or "…" in phrase:
                continue
            keys = {m.key for m in index.find(fold_aligned(phrase.lower()))}
            assert indicator.key in keys, phrase


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("ntm", "ntm_tieu_chi"),
        ("NTM", "ntm_tieu_chi"),
        ("dang_vien", "dang_vien"),
        ("dang vien", "dang_vien"),
        ("DangVien", "dang_vien"),
        ("Số đảng viên", "dang_vien"),
        ("so dang vien", "dang_vien"),
        ("SỐ ĐẢNG VIÊN", "dang_vien"),
        ("chi_bo", "chi_bo"),
        ("dvc_muc4", "dvc_muc4"),
        ("ho_ngheo", "ho_ngheo"),
        ("Tỷ lệ hộ nghèo đa chiều", "ho_ngheo"),
        ("ntm_tieu_chi", "ntm_tieu_chi"),
        (unicodedata.normalize("NFD", "Số đảng viên"), "dang_vien"),
    ],
)
def test_alias_lookup_with_or_without_marks(catalog: Catalog, typed: str, key: str) -> None:
    indicator = catalog.by_alias(typed)
    assert indicator is not None and indicator.key == key


@pytest.mark.parametrize("typed", ["", "khongco", "đảng"])
def test_unknown_alias(catalog: Catalog, typed: str) -> None:
    assert catalog.by_alias(typed) is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("TC giao thông", "giao_thong"),
        ("tiêu chí cơ sở vật chất văn hóa", "co_so_vat_chat_van_hoa"),
        ("an ninh trật tự", "quoc_phong_an_ninh"),
        ("TC an ninh trat tu", "quoc_phong_an_ninh"),
        ("tiêu chí số 6", "co_so_vat_chat_van_hoa"),
        ("chợ", "co_so_ha_tang_thuong_mai"),
        ("hộ nghèo", "ho_ngheo"),
        ("Môi trường và an toàn thực phẩm", "moi_truong"),
        ("thong tin va truyen thong", "thong_tin_truyen_thong"),
        ("giao thôg", "giao_thong"),
    ],
)
def test_criterion_by_name(catalog: Catalog, name: str, key: str) -> None:
    criterion = catalog.criterion_by_name(name)
    assert criterion is not None and criterion.key == key


def test_unknown_criterion(catalog: Catalog) -> None:
    assert catalog.criterion_by_name("bóng đá") is None
    assert catalog.criterion_by_name("tiêu chí số 25") is None


def test_validate_value(catalog: Catalog) -> None:
    ntm = catalog.get("ntm_tieu_chi")
    bhyt = catalog.get("bhyt")
    members = catalog.get("dang_vien")
    assert catalog.validate_value(ntm, 17, 19) is None
    assert catalog.validate_value(ntm, 17, None) is None
    assert "khoảng hợp lệ" in catalog.validate_value(ntm, 20, 19)
    assert "lớn hơn 0" in catalog.validate_value(ntm, 3, 0)
    assert catalog.validate_value(bhyt, 95.5, None) is None
    assert "x/y" in catalog.validate_value(bhyt, 95, 100)
    assert "101" in catalog.validate_value(bhyt, 101, None)
    assert "khoảng hợp lệ" in catalog.validate_value(members, -1, None)


def _write(path: Path, data: Any) -> Path:
    path.write_text(
        data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    return path


def _load(tmp_path: Path, indicators: Any = None, criteria: Any = None) -> Catalog:
    return load_catalog(
        _write(tmp_path / "indicators.json", _indicators() if indicators is None else indicators),
        _write(tmp_path / "ntm_criteria.json", _criteria() if criteria is None else criteria),
    )


def test_copies_of_the_data_files_load(tmp_path: Path) -> None:
    assert len(_load(tmp_path).criteria) == 19


def _changed(index: int, **fields: Any) -> list[dict[str, Any]]:
    entries = _indicators()
    entries[index] = {**entries[index], **fields}
    return entries


@pytest.mark.parametrize(
    ("indicators", "message"),
    [
        ("{not json", "JSON"),
        ({"key": "x"}, "danh sách"),
        ([], "rỗng"),
        (_changed(0, kind="sum"), "kind"),
        (_changed(0, min=10, max=1), "min"),
        (_changed(1, key="dang_vien"), "dang_vien"),
        (_changed(1, alias="dang_vien"), "alias"),
        (_changed(2, alias="chi bộ"), "alias"),
        (_changed(2, key="ChiBo"), "key"),
        (_changed(3, levels=["ấp"]), "cấp"),
        (_changed(4, phrases=[]), "phrases"),
        (_changed(5, min="0"), "min"),
        (_changed(6, denominator=19), "denominator"),
        ([{k: v for k, v in _indicators()[0].items() if k != "label"}], "label"),
    ],
    ids=[
        "bad-json",
        "not-a-list",
        "empty",
        "unknown-kind",
        "min-over-max",
        "duplicate-key",
        "duplicate-alias",
        "alias-with-marks",
        "key-not-snake",
        "unknown-level",
        "no-phrases",
        "min-as-text",
        "denominator-on-count",
        "missing-label",
    ],
)
def test_bad_indicator_files_are_refused_with_a_named_entry(
    tmp_path: Path, indicators: Any, message: str
) -> None:
    with pytest.raises(CatalogError) as error:
        _load(tmp_path, indicators=indicators)
    assert "indicators.json" in str(error.value)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("criteria", "message"),
    [
        (_criteria()[:18], "19"),
        ([*_criteria()[:18], {**_criteria()[0], "key": "extra"}], "19"),
        ([*_criteria()[:18], {**_criteria()[18], "key": "quy_hoach"}], "quy_hoach"),
        ([*_criteria()[:18], {**_criteria()[18], "names": "an ninh"}], "names"),
    ],
    ids=["eighteen", "duplicate-number", "duplicate-key", "names-not-a-list"],
)
def test_bad_criteria_files_are_refused(tmp_path: Path, criteria: Any, message: str) -> None:
    with pytest.raises(CatalogError) as error:
        _load(tmp_path, criteria=criteria)
    assert "ntm_criteria.json" in str(error.value)
    assert message in str(error.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"nothing\.json"):
        load_catalog(tmp_path / "nothing.json")
