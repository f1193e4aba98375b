"""Reading and checking an editor's ``chỉ số=giá trị`` list: plain data, no Telegram."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.catalog import Catalog
from bot.domain.editing import (
    EditError,
    check_levels,
    parse_date,
    parse_edit,
    plan_edit,
    split_unit_name,
)
from bot.domain.models import AdminSource, ArticleSource, Observation

TODAY = date(2026, 12, 2)
SOURCE = AdminSource(user_id=900, time="2026-12-02T09:00:00.000+07:00", name="Lan")
ARTICLE = ArticleSource(file="a.txt", title="Bài", date="2022-04-15", quote="…")


def ntm(value: float, unmet: tuple[str, ...] = (), as_of: str = "2022-04-15") -> Observation:
    return Observation(
        unit_id="u1",
        indicator="ntm_tieu_chi",
        value=value,
        denominator=19,
        as_of=as_of,
        source=ARTICLE,
        criteria_unmet=unmet,
    )


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        ("Mỹ Thạnh ntm=17/19", "Mỹ Thạnh", "ntm=17/19"),
        ("my thanh ntm = 17/19", "my thanh", "ntm=17/19"),
        ("Mỹ Thạnh mục tiêu ntm=19/19", "Mỹ Thạnh", "mục tiêu ntm=19/19"),
        ("Mỹ Thạnh", "Mỹ Thạnh", ""),
    ],
)
def test_unit_name_ends_at_the_first_pair(text: str, name: str, rest: str) -> None:
    assert split_unit_name(text) == (name, rest)


@pytest.mark.parametrize(
    ("text", "key", "value", "denominator"),
    [
        ("ntm=17/19", "ntm_tieu_chi", 17, 19),
        ("ntm=17", "ntm_tieu_chi", 17, 19),
        ("NTM_TIEU_CHI=18/19", "ntm_tieu_chi", 18, 19),
        ("dvc_muc4=60%", "dvc_muc4", 60, None),
        ("dvc_muc4=60,5%", "dvc_muc4", 60.5, None),
        ("dvc_muc4=60.5", "dvc_muc4", 60.5, None),
        ("gtsx=46.346,8", "gia_tri_san_xuat", 46346.8, None),
        ("gtsx=46346.8", "gia_tri_san_xuat", 46346.8, None),
        ("dang_vien=1.250", "dang_vien", 1250, None),
        ("chi_bo_htt=10/12", "chi_bo_hoan_thanh_tot", 10, 12),
    ],
)
def test_values_the_vietnamese_way_or_the_plain_way(
    catalog: Catalog, text: str, key: str, value: float, denominator: float | None
) -> None:
    (figure,) = parse_edit(text, catalog, TODAY).figures
    assert (figure.indicator, figure.value, figure.denominator) == (key, value, denominator)


def test_date_note_and_several_figures(catalog: Catalog) -> None:
    request = parse_edit(
        'ntm=17/19 dang_vien=250 ngay=01/12/2026 ghichu="theo báo cáo tháng 11"', catalog, TODAY
    )
    assert [f.indicator for f in request.figures] == ["ntm_tieu_chi", "dang_vien"]
    assert request.as_of == "2026-12-01"
    assert request.note == "theo báo cáo tháng 11"


def test_an_unquoted_note_runs_to_the_end(catalog: Catalog) -> None:
    assert parse_edit("ntm=17 ghichu=số liệu mới", catalog, TODAY).note == "số liệu mới"


@pytest.mark.parametrize(
    "text",
    [
        "muctieu_ntm=19/19 han=31/12/2026",
        "mục tiêu ntm=19/19 han=31/12/2026",
        "ntm=19/19 han=31/12/2026",
    ],
)
def test_targets_with_a_deadline(catalog: Catalog, text: str) -> None:
    (figure,) = parse_edit(text, catalog, TODAY).figures
    assert figure.is_target and figure.deadline == "2026-12-31" and figure.value == 19


def test_criteria_by_name(catalog: Catalog) -> None:
    request = parse_edit("tc_giao_thong=dat tc_moi_truong=chuadat", catalog, TODAY)
    assert [(c.criterion, c.met) for c in request.criteria] == [
        ("giao_thong", True),
        ("moi_truong", False),
    ]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "chưa nhập chỉ số"),
        ("ntm=20/19", "ngoài khoảng"),
        ("ntm=17/20", "tính trên 19"),
        ("ntm=-1", "ngoài khoảng"),
        ("ntm=abc", "Không hiểu giá trị"),
        ("ntm=", "Thiếu giá trị"),
        ("dvc_muc4=120%", "ngoài khoảng"),
        ("dang_vien=5%", "không tính bằng phần trăm"),
        ("chi_bo_htt=13/12", "lớn hơn tổng"),
        ("ntmm=17", "Gần giống: ntm"),
        ("ntm=17 ngay=01/01/2027", "tương lai"),
        ("ntm=17 ngay=31/02/2026", "không có thật"),
        ("ntm=17 ngay=2026-12-01", "dd/mm/yyyy"),
        ("ntm=17 lung tung", "Không hiểu «lung tung»"),
        ("tc_xyz=dat", "Không có tiêu chí"),
        ("tc_giao_thong=co le", "Không hiểu"),
        ("ntm=17 ntm=18", "hai lần"),
        ("han=31/12/2026", "phải đứng sau"),
    ],
)
def test_bad_input_says_what_is_wrong(catalog: Catalog, text: str, says: str) -> None:
    with pytest.raises(EditError) as caught:
        parse_edit(text, catalog, TODAY)
    assert says in caught.value.message
    assert caught.value.example.startswith("/capnhat")


def test_dates() -> None:
    assert parse_date("1/2/2026") == "2026-02-01"
    with pytest.raises(EditError):
        parse_date("01/01/1900")


def test_old_to_new_and_no_doubt_for_a_rise(catalog: Catalog) -> None:
    request = parse_edit("ntm=17/19", catalog, TODAY)
    (planned,) = plan_edit(request, "u1", [ntm(16)], catalog, SOURCE, TODAY)
    assert planned.old is not None and planned.old.value == 16
    assert planned.new.value == 17 and planned.new.as_of == "2026-12-02"
    assert planned.new.source == SOURCE and planned.warnings == ()


def test_a_drop_and_a_jump_ask_for_confirmation(catalog: Catalog) -> None:
    (drop,) = plan_edit(
        parse_edit("ntm=15/19", catalog, TODAY), "u1", [ntm(17)], catalog, SOURCE, TODAY
    )
    assert "giảm" in drop.warnings[0]
    members = Observation("u1", "dang_vien", 245, "2022-04-15", ARTICLE)
    (jump,) = plan_edit(
        parse_edit("dang_vien=2450", catalog, TODAY), "u1", [members], catalog, SOURCE, TODAY
    )
    assert "bất thường" in jump.warnings[0]
    (fine,) = plan_edit(
        parse_edit("dang_vien=250", catalog, TODAY), "u1", [members], catalog, SOURCE, TODAY
    )
    assert fine.warnings == ()


def test_a_criterion_met_raises_the_count_and_leaves_the_list(catalog: Catalog) -> None:
    before = ntm(16, ("giao_thong", "van_hoa", "quoc_phong_an_ninh"))
    request = parse_edit("tc_giao_thong=dat", catalog, TODAY)
    (planned,) = plan_edit(request, "u1", [before], catalog, SOURCE, TODAY)
    assert planned.new.value == 17
    assert planned.new.criteria_unmet == ("van_hoa", "quoc_phong_an_ninh")


def test_a_criterion_lost_lowers_the_count_and_is_a_drop(catalog: Catalog) -> None:
    before = ntm(17, ("van_hoa", "quoc_phong_an_ninh"))
    request = parse_edit("tc_giao_thong=chuadat", catalog, TODAY)
    (planned,) = plan_edit(request, "u1", [before], catalog, SOURCE, TODAY)
    assert planned.new.value == 16 and "giao_thong" in planned.new.criteria_unmet
    assert planned.warnings


def test_a_criterion_already_met_changes_nothing(catalog: Catalog) -> None:
    before = ntm(17, ("van_hoa", "quoc_phong_an_ninh"))
    request = parse_edit("tc_giao_thong=dat", catalog, TODAY)
    (planned,) = plan_edit(request, "u1", [before], catalog, SOURCE, TODAY)
    assert planned.new.value == 17 and "đã đạt từ trước" in planned.hints[0]


def test_criteria_need_a_count_to_start_from(catalog: Catalog) -> None:
    with pytest.raises(EditError, match="chưa có số tiêu chí"):
        plan_edit(parse_edit("tc_giao_thong=dat", catalog, TODAY), "u1", [], catalog, SOURCE, TODAY)


def test_a_count_that_contradicts_the_named_criteria_is_refused(catalog: Catalog) -> None:
    request = parse_edit("ntm=19/19 tc_giao_thong=chuadat", catalog, TODAY)
    with pytest.raises(EditError, match="không khớp"):
        plan_edit(request, "u1", [ntm(17)], catalog, SOURCE, TODAY)


def test_a_higher_count_without_names_clears_a_list_it_no_longer_fits(catalog: Catalog) -> None:
    before = ntm(16, ("giao_thong", "van_hoa", "quoc_phong_an_ninh"))
    (planned,) = plan_edit(
        parse_edit("ntm=17", catalog, TODAY), "u1", [before], catalog, SOURCE, TODAY
    )
    assert planned.new.criteria_unmet == () and "chưa rõ" in planned.hints[0]


def test_commune_indicators_are_refused_for_a_district(catalog: Catalog) -> None:
    with pytest.raises(EditError, match="chỉ dùng cho cấp xã"):
        check_levels(parse_edit("ntm=17", catalog, TODAY), "district", catalog)
