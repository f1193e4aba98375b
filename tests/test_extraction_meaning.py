"""A figure goes under a catalog indicator only when the number counts exactly that thing:
parts, actions on members, changes, per-unit rates and shares of a plan are read as what
they are, and figures no indicator counts are kept under the phrase they count. The
sentences come from real articles (tests/extraction_dev, tests/unseen_articles)."""

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


def test_a_part_is_not_stored_as_the_total(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _by_value(
        _read(
            "Đảng bộ có 18 chi bộ, gồm 13 chi bộ thôn và 5 chi bộ cơ quan.", catalog, gazetteer
        ).figures
    )
    assert figures[18].indicator == "chi_bo"
    for value, label in ((13, "chi bộ thôn"), (5, "chi bộ cơ quan")):
        assert (figures[value].indicator, figures[value].kind) == (UNCATALOGUED, "part")
        assert figures[value].label == label


def test_a_breakdown_of_party_organisations(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Hiện Đảng bộ thị xã Hòa Thành có 54 chi, đảng bộ cơ sở trực thuộc gồm 8 đảng bộ "
        "phường, 2 đảng bộ Lực lượng vũ trang, 1 Đảng bộ cơ sở sự nghiệp và 43 chi bộ cơ sở."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer, "Thị xã Hòa Thành").figures)
    assert figures[54].indicator == "to_chuc_co_so_dang"
    assert figures[43].indicator == "chi_bo_co_so"
    assert all(figures[v].indicator == UNCATALOGUED for v in (8, 2, 1))
    assert all(f.indicator != "dang_vien" for f in figures.values())


def test_actions_on_members_are_not_counts_of_members(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Cùng với công tác kết nạp đảng viên, đảng bộ còn cử 6 quần chúng ưu tú học lớp đối "
        "tượng kết nạp đảng, cử 4 đảng viên học lớp đảng viên mới, chuyển đảng chính thức "
        "cho 5 đảng viên."
    )
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.value, f.kind) for f in figures] == [
        (6, "count_of_actions"),
        (4, "count_of_actions"),
        (5, "count_of_actions"),
    ]
    assert all(f.indicator == UNCATALOGUED for f in figures)


def test_badges_awarded_have_their_own_indicator(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _read(
        "Dịp này, xã có 44 đảng viên được trao huy hiệu đảng.", catalog, gazetteer
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("trao_huy_hieu_dang", 44)]


def test_a_subset_of_new_members_and_its_share(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Trong số các đảng viên mới kết nạp có 130 đảng viên nữ, chiếm 78,3%."
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.indicator, f.value, f.kind, f.label) for f in figures] == [
        (UNCATALOGUED, 130, "part", "đảng viên nữ"),
        (UNCATALOGUED, 78.3, "rate", "đảng viên nữ"),
    ]


def test_a_rise_is_a_change_not_a_count(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Đảng bộ đã kết nạp 166 đảng viên, vượt 15 đảng viên so với cả năm 2021."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[166].indicator == "dang_vien_moi"
    assert (figures[15].indicator, figures[15].kind) == (UNCATALOGUED, "change")


def test_a_per_hectare_rate_is_not_the_total_value(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Giá trị sản xuất trên địa bàn đạt bình quân 180 triệu đồng/ha."
    figures = _read(sentence, catalog, gazetteer).figures
    assert [f.indicator for f in figures] != ["gia_tri_san_xuat"]
    assert all(f.indicator != "gia_tri_san_xuat" for f in figures)


def test_share_of_plan_is_how_the_figure_went(catalog: Catalog, gazetteer: Gazetteer) -> None:
    met = _read("Năm 2022, xã kết nạp được 12 đảng viên, đạt 120% chỉ tiêu.", catalog, gazetteer)
    assert [(f.indicator, f.value) for f in met.figures] == [
        ("dang_vien_moi", 12),
        ("ket_nap_ke_hoach", 120),
    ]
    exceeded = _read(
        "Huyện Kim Thành kết nạp được 162 đảng viên, vượt 8% so kế hoạch năm 2024.",
        catalog,
        gazetteer,
        "Huyện Kim Thành",
    )
    share = exceeded.figures[-1]
    assert (share.indicator, share.kind, share.value) == (UNCATALOGUED, "share_of_plan", 8)


def test_a_range_keeps_its_low_end(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Phấn đấu thương mại - dịch vụ tăng bình quân hằng năm 10-12%."
    figures = _read(sentence, catalog, gazetteer).figures
    # An average yearly rise in percent is a growth rate, as "tăng 10%/năm" is.
    assert [(f.value, f.kind, f.is_target) for f in figures] == [(10, "rate", True)]


def test_a_range_of_a_count_keeps_its_low_end(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Phấn đấu mỗi năm kết nạp 12-13 đảng viên mới; giai đoạn 2025-2030 xã có 3 chi bộ."
    figures = _read(sentence, catalog, gazetteer).figures
    assert (figures[0].indicator, figures[0].value) == ("dang_vien_moi", 12)
    assert 2025 not in {f.value for f in figures}


def test_days_of_work_given_are_a_figure_not_a_duration(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Năm 2023, nhân dân đóng góp 35.864 ngày công xây dựng nông thôn mới."
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.label, f.value) for f in figures] == [("ngày công xây dựng nông thôn mới", 35864)]


def test_a_level_moved_to_is_labelled_by_the_measure_named_before_the_move(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Cơ cấu kinh tế chuyển dịch, nông- lâm- ngư nghiệp giảm từ 46,47% xuống còn 28,1%."
    figures = _read(sentence, catalog, gazetteer, title="Huyện Gio Linh").figures
    assert [(f.label, f.kind, f.value) for f in figures] == [
        ("nông- lâm- ngư nghiệp", "rate", 28.1)
    ]


def test_income_in_money_is_a_level_not_a_total(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Theo Ban Xây dựng NTM, thu nhập của người dân khu vực nông thôn tăng từ 10,98 triệu "
        "đồng/năm (năm 2010) lên 16,5 triệu đồng năm 2013."
    )
    figure = _by_value(_read(sentence, catalog, gazetteer, title="Tỉnh Quảng Ninh").figures)[16.5]
    assert (figure.label, figure.kind) == (
        "thu nhập của người dân khu vực nông thôn",
        "rate",
    )


def test_a_hamlets_figure_is_not_its_communes(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Nhiều hộ nông dân tích cực hiến đất làm đường; thôn 5 xã Tân Phước hiến hơn 2.000 m2 đất."
    )
    assert _read(sentence, catalog, gazetteer).figures == []


def test_former_units_of_a_merger_take_no_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Phường Hội An được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường Minh An, "
        "Sơn Phong và xã Cẩm Hà (thành phố Hội An cũ), có diện tích 11,6 km², dân số hơn "
        "48.000 người, 36 khối phố."
    )
    figures = _read(sentence, catalog, gazetteer, "Phường Hội An đẩy mạnh chuyển đổi số").figures
    assert {f.unit.name for f in figures} == {"Hội An"}
    assert {f.indicator for f in figures} == {"dien_tich_tu_nhien", "dan_so", "thon_to_dan_pho"}


def test_a_speakers_own_figure_is_not_the_communes(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Nay nhờ trồng sầu riêng, gia đình tôi có thu nhập hơn 300 triệu đồng mỗi năm."
    assert _read(sentence, catalog, gazetteer).figures == []


def test_the_title_names_the_unit_when_the_body_does_not(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Kết quả, Tân Yên đã kết nạp được 208 quần chúng ưu tú vào Đảng, đạt 104% kế hoạch, "
        "nâng tổng số đảng viên trong Đảng bộ huyện lên 8.575 đảng viên."
    )
    article = _read(body, catalog, gazetteer, "Tân Yên kết nạp đảng viên đạt 104% kế hoạch")
    assert article.subject is not None
    assert (article.subject.name, article.subject.level) == ("Tân Yên", "district")
    assert {(f.indicator, f.value) for f in article.figures} == {
        ("dang_vien_moi", 208),
        ("ket_nap_ke_hoach", 104),
        ("dang_vien", 8575),
    }


def test_an_article_with_no_unit_lists_what_it_could_not_place(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Đảng bộ có 245 đảng viên, sinh hoạt tại 12 chi bộ.",
        catalog,
        gazetteer,
        "Thêm nhiều kết quả nổi bật",
    )
    assert article.subject is None and article.figures == []
    unplaced = [p for p in article.problems if "chưa rõ đơn vị" in p and "«" in p]
    assert len(unplaced) == 2 and "245" in unplaced[0]


def test_joined_units_share_a_figure_and_context_names_its_kind(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Sở NN&PTNT đã tổ chức đoàn thẩm định, đánh giá mức độ đạt chuẩn xã NTM nâng cao năm "
        "2019 đối với 4 xã này. Kết quả thẩm định, xã Mỹ Hiệp và xã Phú Bình đạt 19/19 tiêu "
        "chí, 35/35 chỉ tiêu."
    )
    figures = _read(body, catalog, gazetteer, "An Giang có thêm xã nông thôn mới nâng cao").figures
    criteria = {(f.unit.name, f.indicator) for f in figures if f.value == 19}
    assert criteria == {
        ("Mỹ Hiệp", "ntm_nang_cao_tieu_chi"),
        ("Phú Bình", "ntm_nang_cao_tieu_chi"),
    }


def test_another_units_sentence_lends_no_qualifier(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Huyện Đức Hòa có 2 xã đạt chuẩn nông thôn mới nâng cao. "
        "Xã Hòa Khánh Đông đã đạt 19/19 tiêu chí."
    )
    figures = _read(body, catalog, gazetteer, "Tin địa phương").figures
    assert ("Hòa Khánh Đông", "ntm_tieu_chi") in {(f.unit.name, f.indicator) for f in figures}


def test_a_badges_years_are_part_of_what_is_counted(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Trong đó có 91 đồng chí được trao tặng Huy hiệu 30 năm tuổi Đảng, 18 đồng chí được trao "
        "tặng 45 năm tuổi Đảng."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[18].label == "đồng chí được trao tặng 45 năm tuổi Đảng"


def test_how_far_a_measure_must_reach_is_no_label(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Theo đề án, thu nhập bình quân khu vực nông thôn đến năm 2027 thấp nhất phải đạt 63 triệu "
        "đồng/người/năm."
    )
    figure = _read(sentence, catalog, gazetteer, title="Huyện Củ Chi").figures[0]
    assert figure.label == "thu nhập bình quân khu vực nông thôn"


def test_a_clause_of_its_link_alone_goes_on_from_the_measure_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Theo đó, tốc độ tăng trưởng giá trị gia tăng của khu vực nông nghiệp giai đoạn 2021 - "
        "2025, đạt 5,5%."
    )
    figure = _read(sentence, catalog, gazetteer).figures[0]
    assert (figure.indicator, figure.label) == (
        UNCATALOGUED,
        "tốc độ tăng trưởng giá trị gia tăng của khu vực nông nghiệp",
    )


def test_what_a_whole_is_made_of_is_named_after_with(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… ổn định với nông - lâm nghiệp chiếm 85%" is agriculture's share; "… cánh đồng mẫu
    lớn với tổng diện tích 3.400 ha" is still the fields' area."""
    figures = _by_value(
        _read(
            "Cơ cấu kinh tế duy trì ổn định với nông - lâm nghiệp chiếm 85%, thương mại - dịch "
            "vụ 15%. Xã xây dựng các cánh đồng mẫu lớn với tổng diện tích 3.400 ha.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[85].indicator, figures[85].label) == (UNCATALOGUED, "nông - lâm nghiệp")
    assert "cánh đồng mẫu lớn" in (figures[3400].label or "")


def test_an_average_in_the_item_before_leaves_the_next_amount_a_total(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Kinh tế duy trì tốc độ tăng trưởng bình quân hằng năm đạt 22,9%, tổng giá trị sản "
            "phẩm xã hội đạt 900,3 tỷ đồng.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[900.3].kind, figures[900.3].label) == ("total", "tổng giá trị sản phẩm xã hội")


def test_the_tail_of_the_item_before_does_not_label_a_share(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Đến cuối năm 2019, 100% thôn, khu phố và 99,9% hộ dân sử dụng điện lưới quốc gia.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[99.9].label == "hộ dân sử dụng điện lưới quốc gia"


def test_a_count_with_a_change_in_the_share_is_the_change_in_the_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Sau rà soát, thành phố có 1.292 hộ nghèo, chiếm 2,06%, giảm 0,23% so với năm 2017, "
            "với 120 hộ.",
            catalog,
            gazetteer,
            title="Thành phố Thái Bình",
        ).figures
    )
    assert (figures[120].kind, figures[120].label) == ("change", "Số hộ nghèo")


def test_what_was_built_is_a_count_of_actions_but_models_are_a_standing(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Trong năm 2020, huyện đã đầu tư xây dựng được 66 công trình lộ; xây dựng được 3 xã "
        "đạt chuẩn NTM. Năm 2021, có xây dựng 131 mô hình “Dân vận khéo”.",
        catalog,
        gazetteer,
        title="Huyện Thới Bình",
    )
    figures = _by_value(article.figures)
    assert (figures[66].indicator, figures[66].kind) == (UNCATALOGUED, "count_of_actions")
    assert (figures[3].indicator, figures[3].kind) == (UNCATALOGUED, "count_of_actions")
    assert figures[131].indicator == "mo_hinh_dan_van"


def test_forest_planted_over_a_term_is_a_count_of_actions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "trồng rừng đạt 382 ha", "trồng mới 157 ha rừng": what was planted, not a standing."""
    figures = _by_value(
        _read(
            "Nhiệm kỳ 2015-2020, xã đã trồng rừng đạt 382 ha; năm 2020 trồng mới 157 ha rừng.",
            catalog,
            gazetteer,
        ).figures
    )
    assert [figures[v].kind for v in (382, 157)] == ["count_of_actions", "count_of_actions"]


def test_a_harvest_of_each_year_is_a_total_but_a_yield_per_head_a_rate(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Hàng năm cho sản lượng 5.000 tấn xoài, trên 3.000 tấn nhãn; diện tích sản xuất "
            "nông nghiệp 1.300ha/vụ. Bình quân lương thực đầu người 270 kg/năm; năng suất lúa "
            "đạt 5,94 tấn/ha.",
            catalog,
            gazetteer,
        ).figures
    )
    assert [figures[v].kind for v in (5000, 3000, 1300, 270, 5.94)] == [
        "total",
        "total",
        "total",
        "rate",
        "rate",
    ]


def test_a_rise_coordinated_with_another_is_a_change_too(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Toàn tỉnh giảm 324 người … cấp xã và 264 người … ấp": both fell."""
    figures = _by_value(
        _read(
            "Toàn tỉnh giảm 324 người hoạt động không chuyên trách cấp xã và 264 người hoạt "
            "động không chuyên trách ấp, khu phố.",
            catalog,
            gazetteer,
            title="Tỉnh Bến Tre",
        ).figures
    )
    assert [figures[v].kind for v in (324, 264)] == ["change", "change"]


def test_improving_the_criteria_met_names_no_advanced_standard(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Đến nay xã vẫn tiếp tục giữ vững và nâng cao chất lượng 19/19 tiêu chí.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[19].indicator == "ntm_tieu_chi"


def test_a_colon_list_opening_on_the_noun_counted_lists_its_parts(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "603 đảng viên mới, trong đó: đảng viên nữ là 359 đồng chí, …": parts, each labelled
    by its whole noun."""
    figures = _by_value(
        _read(
            "Toàn tỉnh kết nạp được 603 đảng viên mới, trong đó: đảng viên nữ là 359 đồng chí, "
            "đảng viên khối doanh nghiệp 20 đồng chí.",
            catalog,
            gazetteer,
            title="Tỉnh Quảng Bình",
        ).figures
    )
    assert [(figures[v].kind, figures[v].label) for v in (359, 20)] == [
        ("part", "đảng viên nữ"),
        ("part", "đảng viên khối doanh nghiệp"),
    ]


def test_schools_of_one_level_are_not_all_the_standard_schools(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Toàn tỉnh có 324/590 trường mầm non, phổ thông đạt chuẩn quốc gia. Riêng vùng nông "
            "thôn có 47/147 trường mầm non đạt chuẩn quốc gia, 129/174 trường tiểu học đạt "
            "chuẩn quốc gia.",
            catalog,
            gazetteer,
            title="Tỉnh Quảng Bình",
        ).figures
    )
    assert figures[324].indicator == "truong_chuan"
    assert [figures[v].indicator for v in (47, 129)] == [UNCATALOGUED, UNCATALOGUED]
    after_the_whole = _by_value(
        _read(
            "Riêng trong năm học 2016-2017, toàn tỉnh đã công nhận mới 23 trường, đưa tổng số "
            "trường mầm non, phổ thông được công nhận đạt chuẩn quốc gia lên 324/590 trường, đạt "
            "tỷ lệ 55,4% (trong đó, có 71/179 trường mầm non, đạt tỷ lệ 39,7%; 160/206 trường "
            "tiểu học, đạt tỷ lệ 77,3%).",
            catalog,
            gazetteer,
            title="Tỉnh Quảng Bình",
        ).figures
    )
    assert after_the_whole[71].indicator == UNCATALOGUED


def test_counts_among_the_whole_a_sentence_opens_on_are_parts(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Trong tổng số 26 xã, có 26 xã đạt tiêu chí lao động có việc làm, 25 xã đạt tiêu chí "
            "tổ chức sản xuất, 16 xã đạt tiêu chí thu nhập.",
            catalog,
            gazetteer,
            title="Huyện Tứ Kỳ",
        ).figures
    )
    assert [figures[v].kind for v in (25, 16)] == ["part", "part"]


def test_the_parts_of_a_rounds_recognitions_are_recognitions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Riêng trong năm học 2016-2017, toàn tỉnh đã công nhận mới 23 trường (8 trường mầm "
            "non, 9 trường tiểu học và 6 trường THCS).",
            catalog,
            gazetteer,
            title="Tỉnh Quảng Bình",
        ).figures
    )
    assert [figures[v].kind for v in (8, 9, 6)] == ["count_of_actions"] * 3


def test_hamlets_at_one_level_of_the_standard_are_not_all_the_hamlets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Đến nay xã đạt 13/19 tiêu chí nông thôn mới; 2 thôn đạt 12/16 tiêu chí; 4 thôn đạt "
            "8/16 tiêu chí.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[2].indicator, figures[2].label) == (UNCATALOGUED, "thôn đạt 12/16 tiêu chí")
    assert figures[4].indicator == UNCATALOGUED


def test_an_area_grown_is_no_count_of_actions_but_members_developed_are(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Xã duy trì, phát triển 214,6 ha cam sành. Nhiệm kỳ qua, xã phát triển được 22 đảng "
            "viên mới.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[214.6].kind == "total"
    assert (figures[22].indicator, figures[22].kind) == ("dang_vien_moi", "count_of_actions")


def test_where_a_measure_is_named_closes_its_label(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _by_value(
        _read(
            "Tính đến đầu năm 2016, tỷ lệ lao động trong lĩnh vực nông nghiệp ở huyện Long Hồ "
            "giảm xuống còn 50%.",
            catalog,
            gazetteer,
            title="Huyện Long Hồ",
        ).figures
    )
    assert (figures[50].kind, figures[50].label) == (
        "rate",
        "tỷ lệ lao động trong lĩnh vực nông nghiệp",
    )


def test_communes_meeting_the_bare_standard_are_new_countryside_ones(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Qua 10 năm thực hiện Chương trình xây dựng NTM, huyện Lương Sơn đã có 19/19 xã đạt "
            "chuẩn. Toàn huyện có 100% xã đạt chuẩn an toàn về an ninh, trật tự.",
            catalog,
            gazetteer,
            title="Huyện Lương Sơn",
        ).figures
    )
    assert (figures[19].indicator, figures[19].denominator) == ("xa_ntm", 19)
    assert figures[100].indicator == UNCATALOGUED


def test_an_average_yearly_rise_in_percent_is_a_growth_rate(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Tổng giá trị sản xuất đạt 759 tỷ đồng; thu ngân sách tăng bình quân hằng năm 10,8%. "
            "Số hộ nghèo tăng 12 hộ so với năm 2020.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[10.8].kind, figures[10.8].label) == ("rate", "thu ngân sách")
    assert figures[12].kind == "change"


def test_households_leaving_or_falling_into_poverty_are_a_change(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Sau rà soát, xã có 1.292 hộ nghèo, chiếm 2,06%; trong đó số hộ thoát nghèo 207 hộ, "
            "số hộ nghèo mới 87 hộ. Năm qua có 130 hộ được công nhận thoát nghèo.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[1292].indicator == "so_ho_ngheo"
    assert figures[207].kind == figures[87].kind == "change"
    assert figures[130].kind == "count_of_actions"


def test_a_share_of_those_it_describes_keeps_the_description(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Năm 2024, xã kết nạp 26 đảng viên mới. Trong đó nữ chiếm 69%; 83,8% có trình độ từ "
            "cao đẳng trở lên; 64,7% là thanh niên.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[83.8].kind, figures[83.8].label) == ("rate", "trình độ từ cao đẳng trở lên")
    assert (figures[64.7].kind, figures[64.7].label) == ("rate", "thanh niên")


def test_a_rise_joined_by_and_goes_on_from_the_figure_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Thu nhập bình quân đầu người năm 2025 ước đạt 75 triệu đồng, hoàn thành mục tiêu "
            "Đại hội và tăng 20,5 triệu đồng so với đầu nhiệm kỳ.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[75].indicator == "thu_nhap"
    assert (figures[20.5].kind, figures[20.5].label) == ("change", "Thu nhập bình quân đầu người")


def test_a_change_naming_only_the_unit_counted_before_is_of_that_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Có 38 xã đạt 10-14 tiêu chí, chiếm 42,7%, tăng 2 xã so cùng kỳ.",
            catalog,
            gazetteer,
            title="Tỉnh Vĩnh Long",
        ).figures
    )
    assert (figures[2].kind, figures[2].label) == ("change", "xã đạt 10-14 tiêu chí")


def test_a_list_of_parts_ends_where_and_opens_another_act(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XIII gồm 13 đồng chí và bầu 22 đại biểu "
            "dự đại hội Đảng cấp trên.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[13].indicator == "uy_vien_bch"
    assert (figures[22].kind, figures[22].label) == ("total", "đại biểu dự đại hội Đảng cấp trên")


def test_those_an_average_is_over_are_counted_and_placed_whole(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Đến nay bình quân số tiêu chí đạt chuẩn của 200 xã xây dựng nông thôn mới trên địa "
            "bàn tỉnh là 16,02 tiêu chí/xã.",
            catalog,
            gazetteer,
            title="Tỉnh Quảng Nam",
        ).figures
    )
    assert (figures[200].kind, figures[200].label) == ("total", "xã xây dựng nông thôn mới")
    assert figures[16.02].kind == "rate"


def test_delegates_standing_for_the_members_are_the_congress_delegates(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Dự đại hội có 230 đại biểu chính thức thay mặt cho 1.541 đảng viên của Đảng bộ.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[230].indicator == "dai_bieu_dai_hoi"


def test_a_groups_share_of_the_poor_and_the_poor_who_arose_are_no_poverty_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Trong đó, hộ đồng bào dân tộc thiểu số là 649 hộ, chiếm tỷ lệ 97% số hộ nghèo toàn "
            "huyện. Tuy nhiên lại có 6 hộ nghèo và 23 hộ cận nghèo phát sinh mới.",
            catalog,
            gazetteer,
            title="Huyện Lạc Dương",
        ).figures
    )
    assert (figures[97].indicator, figures[97].kind) == (UNCATALOGUED, "rate")
    assert (figures[6].indicator, figures[6].kind) == (UNCATALOGUED, "change")
    assert figures[23].kind == "change"


def test_the_poverty_rate_of_a_people_belonging_to_it_is_that_groups(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Tỷ lệ hộ nghèo thuộc đồng bào dân tộc thiểu số tại chỗ chiếm 54,40%.",
            catalog,
            gazetteer,
            title="Tỉnh Đắk Nông",
        ).figures
    )
    assert (figures[54.4].indicator, figures[54.4].kind) == (UNCATALOGUED, "rate")


def test_a_share_of_another_thing_after_a_full_ratio_is_kept(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "6/6 ấp giữ vững danh hiệu ấp văn hóa; 100% cơ quan … đạt chuẩn văn hóa": the 100%
    counts the offices, it does not restate the hamlets' 6/6."""
    figures = _read(
        "Năm 2023, 6/6 ấp giữ vững danh hiệu ấp văn hóa; 100% cơ quan đạt chuẩn văn hóa. "
        "Năm 2023, 5/5 ấp đạt chuẩn ấp văn hóa, 100% hộ dân sử dụng điện.",
        catalog,
        gazetteer,
    ).figures
    shares = [(f.kind, f.label) for f in figures if f.value == 100]
    assert shares == [("rate", "cơ quan đạt chuẩn văn hóa"), ("rate", "hộ dân sử dụng điện")]


def test_the_share_of_units_counted_without_a_rate_indicator_is_kept(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "39/142 xã đạt chuẩn Nông thôn mới nâng cao, chiếm 27,5% số xã": the catalog keeps
    no rate of advanced communes, so the share is an uncatalogued rate of them."""
    figures = _by_value(
        _read(
            "Năm 2023, toàn tỉnh có 39/142 xã đạt chuẩn Nông thôn mới nâng cao, chiếm 27,5% số xã.",
            catalog,
            gazetteer,
            "Tỉnh Tiền Giang",
        ).figures
    )
    assert figures[39].indicator == "xa_ntm_nang_cao"
    share = figures[27.5]
    assert (share.indicator, share.kind) == (UNCATALOGUED, "rate")
    assert share.label == "xã đạt chuẩn nông thôn mới nâng cao"


def test_a_brackets_own_clauses_each_go_on_from_their_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "(trong đó, có 71/179 trường mầm non, đạt tỷ lệ 39,7%; 160/206 trường tiểu học, đạt
    tỷ lệ 77,3%)": each share measures the count just before it inside the bracket."""
    figures = _by_value(
        _read(
            "Năm 2017, toàn tỉnh có 324/590 trường đạt chuẩn quốc gia, đạt tỷ lệ 55,4% (trong "
            "đó, có 71/179 trường mầm non, đạt tỷ lệ 39,7%; 160/206 trường tiểu học, đạt tỷ lệ "
            "77,3%).",
            catalog,
            gazetteer,
            "Tỉnh Quảng Bình",
        ).figures
    )
    assert (figures[39.7].kind, figures[39.7].label) == ("rate", "trường mầm non")
    assert (figures[77.3].kind, figures[77.3].label) == ("rate", "trường tiểu học")


def test_a_count_within_the_whole_the_sentence_opens_on_is_a_part(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Trong 22 chỉ tiêu của nhiệm kỳ thì có … 14 chỉ tiêu đạt mục tiêu": some of the 22."""
    figures = _by_value(
        _read(
            "Trong 22 chỉ tiêu của nhiệm kỳ thì có 14 chỉ tiêu đạt mục tiêu Nghị quyết Đại hội.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[14].kind == "part"


def test_a_label_cut_mid_phrase_keeps_no_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "… hội tại địa phương với tổng giá trị trên 16 tỷ đồng", "2 xã khác cũng ở huyện …":
    a label stopping on "với tổng" or "cũng" does not say what the number counts."""
    figures = _read(
        "Xã xây dựng các công trình phúc lợi, an sinh xã hội tại địa phương với tổng giá trị "
        "trên 16 tỷ đồng. Năm 2019, 2 xã khác cũng ở huyện đăng ký hoàn thành.",
        catalog,
        gazetteer,
    ).figures
    assert [(f.value, f.label) for f in figures if f.value in (16, 2)] == []


def test_a_period_of_years_before_an_amount_closes_its_label(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "giá trị sản xuất 5 năm qua đạt gần 3.720 tỷ đồng": five years' sum, not a year's
    production value, is kept under the measure named before the period."""
    figures = _by_value(
        _read(
            "Nhiệm kỳ 2020 - 2025, giá trị sản xuất 5 năm qua đạt gần 3.720 tỷ đồng.",
            catalog,
            gazetteer,
        ).figures
    )
    total = figures[3720]
    assert (total.indicator, total.kind, total.label) == (UNCATALOGUED, "total", "giá trị sản xuất")


def test_every_band_of_a_list_of_communes_is_a_band(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "có 1 xã đạt 14 tiêu chí, 4 xã 11 tiêu chí và 1 xã đạt 10 tiêu chí", under the title
    "Các xã đạt từ 10 đến 14 tiêu chí": the criteria say which communes, no figure of the
    district."""
    figures = _read(
        "Đến cuối năm 2020, toàn huyện Khánh Sơn có 1 xã đạt 14 tiêu chí nông thôn mới, 1 xã "
        "đạt 13 tiêu chí, 4 xã 11 tiêu chí và 1 xã đạt 10 tiêu chí.",
        catalog,
        gazetteer,
        "Khánh Sơn: Các xã đạt từ 10 đến 14 tiêu chí nông thôn mới",
    ).figures
    assert not {10, 11, 13, 14} & {f.value for f in figures}


def test_criteria_each_counted_commune_gained_are_no_change_of_the_district(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "có 2 xã tăng 1 tiêu chí, 1 xã tăng 2 tiêu chí": how many criteria those communes
    gained, which sorts them; not a change in the district's own count."""
    figures = _read(
        "So với năm 2019, có 2 xã tăng 1 tiêu chí, 1 xã tăng 3 tiêu chí.",
        catalog,
        gazetteer,
        "Huyện Khánh Sơn",
    ).figures
    assert [f for f in figures if f.value == 3] == []


def test_hamlets_meeting_one_criterion_or_spoken_of_before_are_no_hamlet_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "325 thôn, bản đạt tiêu chí về cơ sở hạ tầng thương mại" are some of the hamlets;
    "diện mạo nông thôn của 3 thôn trên" counts again those the title recognised."""
    criterion = _read(
        "Hiện nay, huyện có 325 thôn, bản đạt tiêu chí về cơ sở hạ tầng thương mại.",
        catalog,
        gazetteer,
        "Huyện Điện Biên",
    ).figures
    assert [f.indicator for f in criterion if f.value == 325] == [UNCATALOGUED]
    again = _read(
        "Năm 2020, diện mạo nông thôn của 3 thôn trên đã đổi thay rõ rệt.",
        catalog,
        gazetteer,
        "Chợ Mới: Công nhận 3 thôn đạt chuẩn nông thôn mới",
    ).figures
    assert [(f.kind, f.value) for f in again] == [("count_of_actions", 3)]


def test_a_change_whose_bracket_spells_its_move_keeps_both_levels(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "thu nhập … tăng 2,2 lần (từ 39,4 triệu đồng năm 2015 tăng lên 87,63 triệu đồng năm
    2020)": the change, and the income in each of the two years."""
    figures = _by_value(
        _read(
            "Thu nhập bình quân đầu người tăng 2,2 lần (từ 39,4 triệu đồng năm 2015 tăng lên "
            "87,63 triệu đồng năm 2020).",
            catalog,
            gazetteer,
            "Huyện Cần Đước",
        ).figures
    )
    assert (figures[39.4].indicator, figures[39.4].as_of) == ("thu_nhap", "2015-12-31")
    assert (figures[87.63].indicator, figures[87.63].as_of) == ("thu_nhap", "2020-12-31")
    assert (figures[2.2].indicator, figures[2.2].kind) == (UNCATALOGUED, "change")


def test_a_fall_that_reaches_a_share_is_a_change(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "tỷ lệ hộ nghèo giảm đạt trên 4,2%": by how much it falls, not the rate; "giá trị gia
    tăng đạt 2.270 tỷ đồng" is the value added, no change."""
    figures = _by_value(
        _read(
            "Năm 2020, tỉnh phấn đấu tỷ lệ hộ nghèo giảm đạt trên 4,2%. Tổng giá trị gia tăng "
            "đạt 2.270 tỷ đồng.",
            catalog,
            gazetteer,
            "Tỉnh Hà Giang",
        ).figures
    )
    assert (figures[4.2].indicator, figures[4.2].kind) == (UNCATALOGUED, "change")
    assert figures[2270].kind == "total"


def test_what_the_unit_now_has_recognised_is_a_standing_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Hiện toàn huyện có 3 sản phẩm được công nhận “Nhãn hiệu tập thể” (…); 15 sản phẩm được
    công nhận OCOP": the products recognised so far, not this round's recognitions."""
    figures = _by_value(
        _read(
            "Hiện toàn Huyện có 3 sản phẩm được công nhận “Nhãn hiệu tập thể” (Gà đồi Phú Bình, "
            "Tương Úc Kỳ và Gạo nếp Thầu Dầu); 15 sản phẩm được công nhận OCOP.",
            catalog,
            gazetteer,
            "Huyện Phú Bình",
        ).figures
    )
    assert figures[15].indicator == "ocop"
    assert (figures[3].indicator, figures[3].kind) == (UNCATALOGUED, "total")


def test_a_bracketed_share_restates_the_count_of_its_own_item(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "182/209 tiêu chí (gần 87,1%)", "giảm 1.432 hộ nghèo (1,95%)": the share of the figure
    just before the bracket, under its label, never "gần"; past a ";" a bracket restates its
    own item's count, not the label of the item before."""
    figures = _by_value(
        _read(
            "Toàn huyện đạt tổng cộng 182/209 tiêu chí (gần 87,1%). Tổng số hộ nghèo còn "
            "16.003 hộ, giảm 1.432 hộ nghèo (1,95%) so với đầu năm.",
            catalog,
            gazetteer,
            "Huyện Ea H'leo",
        ).figures
    )
    assert (figures[87.1].kind, figures[87.1].label) == ("rate", "tiêu chí")
    assert (figures[1.95].kind, figures[1.95].label) == ("change", "hộ nghèo")
    other = _read(
        "Tỉnh có 56/98 xã (57,1% xã) đạt chuẩn nông thôn mới nâng cao; có 28 xã (28,57% xã) "
        "hoàn thành các tiêu chí đạt chuẩn nông thôn mới kiểu mẫu.",
        catalog,
        gazetteer,
        "Tỉnh Quảng Ninh",
    ).figures
    assert not [f for f in other if f.value == 28.57 and "nâng cao" in (f.label or "")]


def test_a_capitalised_sector_narrows_the_measure_and_stays_in_its_label(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Giá trị sản xuất Công nghiệp - Tiểu thủ công nghiệp đạt 811,9 tỷ đồng": one sector's
    output, not the unit's total, labelled in full; "Nông – Lâm – Thủy sản chiếm gần 46%"
    names the sector, not a place."""
    figures = _by_value(
        _read(
            "Giá trị sản xuất Công nghiệp - Tiểu thủ công nghiệp đạt 811,9 tỷ đồng. Cơ cấu kinh "
            "tế Nông – Lâm – Thủy sản chiếm gần 46%, Thương mại – Dịch vụ chiếm gần 30%.",
            catalog,
            gazetteer,
            "Huyện Tây Hòa",
        ).figures
    )
    assert (figures[811.9].indicator, figures[811.9].label) == (
        UNCATALOGUED,
        "Giá trị sản xuất Công nghiệp - Tiểu thủ công nghiệp",
    )
    assert figures[46].label == "kinh tế Nông – Lâm – Thủy sản"
    assert figures[30].label == "Thương mại – Dịch vụ"


def test_what_follows_a_slash_after_the_noun_is_no_part_of_its_label(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "2.669 hộ/14.044 người": the households, not "hộ/14.044 người"; a ratio inside the
    label ("vườn mẫu đạt 5/5 tiêu chí") and a rate per one unit ("tiêu chí/1 xã") stay."""
    article = _read(
        "Trong 15 xã thuần đồng bào dân tộc thiểu số vùng cao với 2.669 hộ/14.044 người.",
        catalog,
        gazetteer,
        "Tỉnh Bình Thuận",
    )
    assert [(f.value, f.label) for f in article.figures if f.value == 2669] == [(2669, "hộ")]
    garden = _by_value(
        _read("Xã có 01 vườn mẫu đạt 5/5 tiêu chí.", catalog, gazetteer, "Xã Sơn Xuân").figures
    )
    assert garden[1].label == "vườn mẫu đạt 5/5 tiêu chí"


def test_members_counted_by_their_party_age_take_it_as_their_label(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "50 năm tuổi đảng có 2 đồng chí, … và 40 năm tuổi đảng có 3 đồng chí": each count is
    of members that long in the party, not of "đồng chí"; "11 em học sinh giỏi huyện" names
    its pupils after the classifier."""
    figures = _by_value(
        _read(
            "Đảng bộ trao Huy hiệu Đảng cho 6 đảng viên. Trong đó 50 năm tuổi đảng có 2 đồng "
            "chí, 45 năm tuổi đảng có 1 đồng chí và 40 năm tuổi đảng có 3 đồng chí. Về giáo dục "
            "có 11 em học sinh giỏi huyện.",
            catalog,
            gazetteer,
            "Xã Ngọc Sơn",
        ).figures
    )
    assert [figures[v].label for v in (2, 1, 3)] == [
        "50 năm tuổi đảng",
        "45 năm tuổi đảng",
        "40 năm tuổi đảng",
    ]
    assert figures[11].label == "em học sinh giỏi huyện"


def test_dollars_are_a_measure_of_their_own(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "thu nhập bình quân đầu người đạt trên 1.800 USD": no income in million đồng and no
    label "USD"; "(tương đương 1.977 USD)" restates the figure before in dollars."""
    income = _read(
        "Thu nhập bình quân đầu người đạt trên 1.800 USD.", catalog, gazetteer, "Xã Phú Thuận"
    ).figures
    assert [(f.indicator, f.label, f.measure) for f in income] == [
        (UNCATALOGUED, "Thu nhập bình quân đầu người", "USD")
    ]
    grdp = _by_value(
        _read(
            "GRDP bình quân đầu người đạt 44,9 triệu đồng (tương đương 1.977 USD). Kim ngạch "
            "xuất khẩu đạt 1.044 triệu USD.",
            catalog,
            gazetteer,
            "Tỉnh Bình Thuận",
        ).figures
    )
    assert (grdp[1977].label, grdp[1977].measure) == ("GRDP bình quân đầu người", "USD")
    assert (grdp[1044].label, grdp[1044].measure) == ("Kim ngạch xuất khẩu", "triệu USD")


def test_a_quoted_name_after_a_count_is_said_whole(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "xây dựng 61 “ngân hàng cộng đồng”", "3 sản phẩm được công nhận “Nhãn hiệu tập thể”":
    the quoted name is what is counted, never the verb before it nor half the name."""
    figures = _by_value(
        _read(
            "Huyện đã xây dựng 61 “ngân hàng cộng đồng” tại các thôn. Hiện toàn huyện có 3 sản "
            "phẩm được công nhận “Nhãn hiệu tập thể”.",
            catalog,
            gazetteer,
            "Huyện Đăk Hà",
        ).figures
    )
    assert figures[61].label == "“ngân hàng cộng đồng”"
    assert figures[3].label == "sản phẩm được công nhận “Nhãn hiệu tập thể”"


def test_a_share_of_the_cost_paid_is_no_coverage_rate(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "hỗ trợ 50% thẻ bảo hiểm y tế cho hộ cận nghèo": half of each card is paid for; it
    says nothing of how many people are insured."""
    figures = _read(
        "UBND tỉnh chỉ đạo mua bảo hiểm y tế cho hộ nghèo và hỗ trợ 50% thẻ bảo hiểm y tế cho "
        "hộ cận nghèo.",
        catalog,
        gazetteer,
        "Tỉnh Bến Tre",
    ).figures
    assert [(f.indicator, f.label) for f in figures] == [
        (UNCATALOGUED, "hỗ trợ thẻ bảo hiểm y tế cho hộ cận nghèo")
    ]


def test_one_sectors_growth_is_no_growth_of_the_units_output(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Giai đoạn 2013-2016, giá trị sản xuất công nghiệp – xây dựng (theo giá so sánh) toàn
    thành phố đạt 13,01%": one sector's growth, labelled without the pricing aside and the
    "toàn thành phố" that only places it."""
    figures = _read(
        "Giai đoạn 2013-2016, giá trị sản xuất công nghiệp – xây dựng (theo giá so sánh) toàn "
        "thành phố đạt 13,01%.",
        catalog,
        gazetteer,
        "Thành phố Bắc Ninh",
    ).figures
    assert [(f.indicator, f.label) for f in figures] == [
        (UNCATALOGUED, "giá trị sản xuất công nghiệp – xây dựng")
    ]
    family = _read(
        "Mô hình trồng ổi của gia đình ông Huỳnh Văn Trường (xã Tân Tiến) cho thu nhập hơn 70 "
        "triệu đồng/tháng.",
        catalog,
        gazetteer,
        "Tỉnh Hậu Giang",
    ).figures
    assert not [f for f in family if f.unit.name == "Hậu Giang"]


def test_a_delegation_to_a_congress_is_counted_as_its_own_body(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí, bầu đoàn Đại biểu dự Đại hội
    Đảng bộ huyện Kiên Lương lần thứ XIII, nhiệm kỳ 2020-2025 gồm 7 đồng chí": the 7 are the
    commune's delegates, not committee members, and not the district's."""
    figures = _by_value(
        _read(
            "Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí, bầu đoàn Đại biểu dự Đại "
            "hội Đảng bộ huyện Kiên Lương lần thứ XIII, nhiệm kỳ 2020-2025 gồm 7 đồng chí.",
            catalog,
            gazetteer,
            "Đại hội Đảng bộ xã Hòn Nghệ",
        ).figures
    )
    assert figures[15].indicator == "uy_vien_bch"
    delegates = figures[7]
    assert (delegates.unit.name, delegates.indicator, delegates.kind, delegates.label) == (
        "Hòn Nghệ",
        UNCATALOGUED,
        "total",
        "đoàn Đại biểu dự Đại hội Đảng bộ huyện Kiên Lương lần thứ XIII",
    )


def test_a_request_granted_is_an_award_given(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "xét Tờ trình …, Ban Thường vụ Thành ủy Đà Nẵng quyết định trao Huy hiệu Đảng cho 25
    đảng viên": the badges were given; "Xét đề nghị … tặng bằng khen cho 4 tập thể" is still
    a request."""
    figures = _by_value(
        _read(
            "Xét Tờ trình của Ban Thường vụ Huyện ủy, Ban Thường vụ Thành ủy Đà Nẵng quyết định "
            "trao Huy hiệu Đảng cho 25 đảng viên. Xét đề nghị của Ban Thi đua, tặng bằng khen "
            "cho 4 tập thể.",
            catalog,
            gazetteer,
            "Huyện Hòa Vang",
        ).figures
    )
    assert figures[25].indicator == "trao_huy_hieu_dang"
    assert figures[4].indicator != "tap_the_khen_thuong"


def test_members_counted_by_the_badge_they_receive_take_it_as_their_label(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Trong đó, tặng Huy hiệu Đảng 55 năm cho 14 đồng chí": the members given that badge, a
    part of the 25; "Tổng giá trị sản xuất 5 năm" is no "5 năm"."""
    figures = _by_value(
        _read(
            "Ban Thường vụ Thành ủy quyết định trao Huy hiệu Đảng cho 25 đảng viên. Trong đó, tặng "
            "Huy hiệu Đảng 55 năm cho 14 đồng chí, tặng Huy hiệu Đảng 50 năm cho 5 đồng chí.",
            catalog,
            gazetteer,
            "Huyện Hòa Vang",
        ).figures
    )
    assert (figures[14].kind, figures[14].label) == ("part", "Huy hiệu Đảng 55 năm")
    assert (figures[5].kind, figures[5].label) == ("part", "Huy hiệu Đảng 50 năm")
    output = _read(
        "Tổng giá trị sản xuất 5 năm là 1.120 tỷ đồng.", catalog, gazetteer, "Xã Minh Tân"
    ).figures
    assert [f.label for f in output if f.value == 1120] != ["5 năm"]


def test_a_label_cap_never_cuts_new_countryside_short(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "06 thôn đăng ký phấn đấu đạt chuẩn nông thôn mới": the cap on a label's words keeps
    "nông thôn mới" whole, never "… đạt chuẩn nông"."""
    figures = _read(
        "Năm 2020, có 06 thôn đăng ký phấn đấu đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Thành phố Bắc Kạn",
    ).figures
    assert [f.label for f in figures] == ["thôn đăng ký phấn đấu đạt chuẩn nông thôn mới"]


def test_communes_recognised_by_a_named_body_are_the_standard_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "6 xã được tỉnh công nhận đạt chuẩn nông thôn mới": who recognised them stands inside
    the phrase."""
    figures = _read(
        "Toàn huyện đã có 6 xã được tỉnh công nhận đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Huyện Ea H'leo",
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("xa_ntm", 6)]


def test_hamlets_named_by_a_compound_noun_are_the_units_hamlets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "2.152 hộ được phân bổ ở 10 thôn xóm": "thôn xóm" is the one noun for hamlets."""
    figures = _by_value(
        _read(
            "Đến nay, xã đã có 2.152 hộ được phân bổ ở 10 thôn xóm.",
            catalog,
            gazetteer,
            "Xã Nam Điền",
        ).figures
    )
    assert figures[10].indicator == "thon_to_dan_pho"


def test_members_taken_in_by_transfer_are_a_count_of_actions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "tiếp nhận 73 đảng viên từ nơi khác chuyển đến": members taken in, not the membership;
    "tiếp nhận 2.350 hồ sơ" counts files, a total."""
    figures = _by_value(
        _read(
            "Đảng bộ đã tiếp nhận 73 đảng viên từ nơi khác chuyển đến. Bộ phận một cửa đã tiếp "
            "nhận 2.350 hồ sơ.",
            catalog,
            gazetteer,
            "Thành phố Bảo Lộc",
        ).figures
    )
    assert (figures[73].indicator, figures[73].kind) == (UNCATALOGUED, "count_of_actions")
    assert figures[2350].kind == "total"


def test_a_classifier_then_what_they_are_names_the_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "123 đồng chí là đảng viên đại diện cho các chi bộ": the classifier says who, "là" what
    they are: the congress's delegates."""
    figures = _read(
        "Tham dự đại hội có 123 đồng chí là đảng viên đại diện cho các chi bộ trong Đảng bộ xã.",
        catalog,
        gazetteer,
        "Đại hội đại biểu Đảng bộ xã Trường Trung",
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("dai_bieu_dai_hoi", 123)]


def test_none_left_below_a_bound_is_labelled_with_the_bound(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "…, 1 xã tăng 3 tiêu chí, không còn xã nào dưới 10 tiêu chí": no commune below ten
    criteria, a standing count labelled with its bound, not "xã nào dưới" nor a change."""
    figures = _by_value(
        _read(
            "So với năm 2019, có 2 xã tăng 1 tiêu chí, 1 xã tăng 3 tiêu chí, không còn xã nào "
            "dưới 10 tiêu chí.",
            catalog,
            gazetteer,
            "Huyện Khánh Sơn",
        ).figures
    )
    assert (figures[0].kind, figures[0].label) == ("total", "xã nào dưới 10 tiêu chí")


def test_investment_is_no_time_frame_in_a_label(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "đầu tư công trình bảo vệ môi trường gần 4,5 tỷ đồng": "đầu" opens "đầu tư", not "đầu
    năm", so the label keeps it; "Kết quả kết nạp hội viên mới" keeps its "kết nạp"."""
    figures = _read(
        "Huyện đầu tư công trình bảo vệ môi trường gần 4,5 tỷ đồng.",
        catalog,
        gazetteer,
        "Huyện Khánh Sơn",
    ).figures
    assert [f.label for f in figures] == ["đầu tư công trình bảo vệ môi trường"]
    members = _read(
        "Kết quả kết nạp hội viên mới đạt 90%.", catalog, gazetteer, "Xã Tân Phước"
    ).figures
    assert [f.label for f in members] == ["kết nạp hội viên mới"]


def test_a_share_of_the_plan_is_labelled_with_what_it_measures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "nông nghiệp 30.430,45 tỷ đồng, đạt 98,4% kế hoạch, tăng 2,41%": the share is of
    agriculture against its plan, never "kế hoạch" alone, and the rise after it is
    agriculture's, not "so với kế hoạch"; "Tỷ lệ hộ nghèo năm 2022 (theo tiêu chí mới)" is
    labelled by the measure, not its aside."""
    figures = _by_value(
        _read(
            "Trong đó, nông nghiệp 30.430,45 tỷ đồng, đạt 98,4% kế hoạch, tăng 2,41%. Tỷ lệ hộ "
            "nghèo năm 2022 (theo tiêu chí mới) giảm 1,1%/năm, đạt 162% kế hoạch Tỉnh giao.",
            catalog,
            gazetteer,
            "Tỉnh Kiên Giang",
        ).figures
    )
    assert figures[98.4].label == "nông nghiệp so với kế hoạch"
    assert figures[2.41].label == "nông nghiệp"
    assert figures[1.1].label == "Tỷ lệ hộ nghèo"
    assert figures[162].label == "Tỷ lệ hộ nghèo so với kế hoạch"


def test_a_place_the_label_cap_cuts_is_left_out_whole(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "15 sản phẩm đạt 3 sao trên toàn tỉnh Hậu Giang": the cap on a label's words would cut
    the province's name; where the products are is left out whole."""
    figures = _read(
        "Trong số 21 sản phẩm đạt từ 3 sao trở lên, có 6 sản phẩm đạt 4 sao, 15 sản phẩm đạt 3 "
        "sao trên toàn tỉnh Hậu Giang.",
        catalog,
        gazetteer,
        "Tỉnh Hậu Giang",
    ).figures
    assert [f.label for f in figures if f.value == 15] == ["sản phẩm đạt 3 sao"]


def test_products_recognised_as_ocop_by_a_named_body_are_ocop_products(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "đến nay đã có 24 sản phẩm được UBND tỉnh quyết định xếp hạng công nhận sản phẩm OCOP":
    who ranked them stands inside the phrase."""
    figures = _read(
        "Chương trình OCOP thu được nhiều kết quả; đến nay đã có 24 sản phẩm được UBND tỉnh "
        "quyết định xếp hạng công nhận sản phẩm OCOP.",
        catalog,
        gazetteer,
        "Tỉnh Quảng Bình",
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("ocop", 24)]


def test_the_share_of_a_raised_count_of_units_is_its_rate(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "nâng tổng số xã đạt NTM lên 72 xã, chiếm 53% số xã": the share of the communes the
    raised count is of, the rate of communes meeting the standard."""
    figures = _by_value(
        _read(
            "Trong năm có thêm 10 xã đạt NTM, nâng tổng số xã đạt NTM lên 72 xã, chiếm 53% số xã.",
            catalog,
            gazetteer,
            "Tỉnh Quảng Bình",
        ).figures
    )
    assert (figures[72].indicator, figures[53].indicator) == ("xa_ntm", "ty_le_xa_ntm")
