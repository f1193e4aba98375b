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


def test_exceeding_a_plan_by_a_count_is_a_share_of_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Năm 2024, xã Tân Phước giảm 69 hộ nghèo, vượt 33 hộ và đạt 192,5% so với huyện giao."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert (figures[33].indicator, figures[33].kind) == (UNCATALOGUED, "share_of_plan")
    assert (figures[192.5].indicator, figures[192.5].kind) == (UNCATALOGUED, "share_of_plan")


def test_exceeding_a_number_of_targets_is_a_share_of_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _read("Năm 2024, xã Tân Phước vượt 2 chỉ tiêu.", catalog, gazetteer).figures
    assert [(f.value, f.kind) for f in figures] == [(2, "share_of_plan")]


def test_exceeding_a_past_year_is_a_change(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Năm 2024, Đảng bộ xã Tân Phước đã kết nạp 16 đảng viên, đạt 87,4% chỉ tiêu huyện "
        "giao, vượt 5 đảng viên so với cả năm 2023."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[5].kind == "change"
    assert figures[87.4].kind == "share_of_plan"


def test_targets_met_beyond_the_plan_are_counted(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Năm 2024, xã Tân Phước hoàn thành vượt mức 19/19 chỉ tiêu về kinh tế - xã hội."
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.indicator, f.value, f.denominator) for f in figures] == [("chi_tieu_nq", 19, 19)]


def test_the_noun_after_a_percentage_of_a_number_is_what_it_measures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Toàn huyện duy trì 100% số thôn có điểm sinh hoạt cộng đồng."
    figures = _read(sentence, catalog, gazetteer, "Huyện Nam Giang").figures
    assert [(f.value, f.kind) for f in figures] == [(100, "rate")]
    assert figures[0].label is not None and "sinh hoạt cộng đồng" in figures[0].label


def test_a_change_verb_opening_a_clause_with_its_own_measure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Nghị quyết đề ra thu ngân sách tăng bình quân hằng năm 10%; giảm tỷ suất sinh thô "
        "0,3‰/năm; tỷ lệ hộ nghèo giảm xuống còn 2%."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[0.3].kind == "change"
    assert figures[0.3].label is not None and "sinh thô" in figures[0.3].label
    assert figures[2].indicator == "ho_ngheo"


def test_none_left_is_a_zero_of_a_catalogued_count(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Phấn đấu đến năm 2025, xã Tân Phước không còn hộ nghèo."
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.indicator, f.value, f.is_target) for f in figures] == [("so_ho_ngheo", 0, True)]


def test_none_of_an_uncatalogued_thing_is_no_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Năm 2024, xã Tân Phước không có đơn thư khiếu nại vượt cấp."
    assert _read(sentence, catalog, gazetteer).figures == []


def test_a_bare_percentage_reached_by_admissions_is_their_share_of_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Năm 2024, Đảng bộ xã Tân Phước kết nạp 12 đảng viên mới, đạt 85,7%."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[12].indicator == "dang_vien_moi"
    assert (figures[85.7].indicator, figures[85.7].kind) == ("ket_nap_ke_hoach", "share_of_plan")


def test_a_percentage_of_a_standing_count_is_no_share_of_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Xã Tân Phước có 2.140 hộ gia đình văn hóa, đạt 90,2%."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[90.2].kind != "share_of_plan"


def test_a_whole_province_title_makes_the_province_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Các đảng bộ trực thuộc Tỉnh ủy kết nạp được 288 đảng viên. Đảng bộ huyện Ninh "
        "Phước kết nạp 52 đảng viên mới, Đảng bộ huyện Ninh Sơn kết nạp 13 đảng viên mới."
    )
    article = _read(body, catalog, gazetteer, "Toàn tỉnh kết nạp 288 đảng viên")
    assert article.subject is not None and article.subject.name == "Ninh Thuận"
    units = {f.value: f.unit.name for f in article.figures}
    assert units == {288: "Ninh Thuận", 52: "Ninh Phước", 13: "Ninh Sơn"}


def test_a_party_organisation_named_in_lower_case_words_owns_its_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Toàn tỉnh Ninh Thuận kết nạp 288 đảng viên; Đảng bộ Bộ đội Biên phòng tỉnh kết nạp "
        "4 đảng viên mới."
    )
    figures = _read(body, catalog, gazetteer, "Tỉnh Ninh Thuận kết nạp đảng viên").figures
    assert [(f.unit.name, f.value) for f in figures] == [("Ninh Thuận", 288)]


def test_families_meeting_the_cultural_standard(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Năm 2024, xã Tân Phước có hộ gia đình đạt tiêu chuẩn văn hóa 88%."
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("gia_dinh_van_hoa", 88)]


def test_the_level_that_assigned_a_target_owns_no_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Theo Ban Tổ chức Thị ủy Kinh Môn, Đảng bộ thị xã đã kết nạp 166 đảng viên, đạt 87,4% "
        "chỉ tiêu tỉnh giao, vượt 15 đảng viên so với cả năm 2021."
    )
    figures = _read(body, catalog, gazetteer, "Thị xã Kinh Môn kết nạp đảng viên").figures
    assert {f.unit.name for f in figures} == {"Kinh Môn"}


def test_a_caption_repeating_a_figure_in_other_words_is_kept_once(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Tuyến đường qua thôn Phố Núi, xã Tân Phước, đang được đầu tư với kinh phí 23 tỷ "
        "đồng.\n\nTuyến đường qua thôn Phố Núi, xã Tân Phước, được đầu tư xây dựng với kinh "
        "phí 23 tỷ đồng."
    )
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [(UNCATALOGUED, 23)]


def test_a_breakdown_in_brackets_holds_figures(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Đảng bộ xã Tân Phước có 20 tổ chức đảng (3 tổ chức cơ sở đảng và 17 chi bộ ấp) với "
        "612 đảng viên."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[3].indicator == "to_chuc_co_so_dang"
    assert figures[612].indicator == "dang_vien"


def test_a_bracketed_plan_amount_is_the_flows_target(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Năm 2024, Đảng bộ xã Tân Phước đã kết nạp 16 đảng viên, đạt 80% chỉ tiêu huyện giao "
        "cả năm (20 đảng viên)."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert (figures[20].indicator, figures[20].is_target) == ("dang_vien_moi", True)
    assert (figures[16].indicator, figures[16].is_target) == ("dang_vien_moi", False)


def test_a_share_of_the_terms_plan_is_not_the_years(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Năm 2024, xã Tân Phước phát triển 4 đảng viên mới, đạt 133% (đạt 100% chỉ tiêu nhiệm kỳ)."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[133].indicator == "ket_nap_ke_hoach"
    assert figures[100].indicator == UNCATALOGUED


def test_a_province_named_without_its_level_word_owns_its_sentence(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Tân Phước là xã đầu tiên của Kiên Giang đạt chuẩn nông thôn mới nâng cao với 19/19 "
        "tiêu chí. Kiên Giang hiện có 58/117 xã đạt chuẩn nông thôn mới. Năm 2024, tỷ lệ hộ "
        "nghèo còn 1,2%."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[19].unit.name == "Tân Phước"
    assert (figures[58].unit.name, figures[58].indicator) == ("Kiên Giang", "xa_ntm")
    assert figures[1.2].unit.name == "Tân Phước"


def test_a_counted_level_noun_is_no_unit(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Toàn huyện duy trì 100% số xã đạt chuẩn phổ cập giáo dục; 18/24 trường học đạt chuẩn "
        "quốc gia."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Huyện Nam Giang").figures)
    assert (figures[18].unit.name, figures[18].indicator) == ("Nam Giang", "truong_chuan")


def test_a_title_restating_a_body_figure_is_kept_once(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Trong đợt này, huyện Vĩnh Thuận có 02 xã được công nhận đạt chuẩn.",
        catalog,
        gazetteer,
        "Vĩnh Thuận có thêm 02 xã đạt chuẩn nông thôn mới",
    )
    assert [f.value for f in article.figures] == [2]


def test_unit_names_are_no_label(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã Tân Phước và xã Tân Lập, huyện Đồng Phú có 3 xã."
    figures = _read(body, catalog, gazetteer).figures
    assert all("Tân" not in (f.label or "") for f in figures)
    assert all(f.unit.name == "Đồng Phú" for f in figures)


def test_a_number_after_a_possessive_counts_what_follows(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Sở đã nhận hồ sơ đề nghị công nhận đạt chuẩn nâng cao của 4 xã."
    figures = _read(body, catalog, gazetteer, "Tỉnh An Giang").figures
    assert all(not (f.label or "").endswith("của") for f in figures)


def test_what_gom_lists_of_another_kind_is_no_part(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã có dân số gần 35.000 người, gồm 7 dân tộc cùng sinh sống."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[7].kind == "total"


def test_what_gom_lists_of_the_same_kind_is_a_part(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Đảng bộ xã có 18 chi bộ, gồm 13 chi bộ thôn và 5 chi bộ cơ quan."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[13].kind, figures[5].kind) == ("part", "part")


def test_beneficiaries_of_an_action_are_counts_of_actions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Xã hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử trên điện thoại "
        "cho hơn 2.100 người."
    )
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.value, f.kind) for f in figures] == [(2100, "count_of_actions")]


def test_a_count_followed_by_its_share_is_a_part(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Năm 2024, xã Tân Phước có 109 đảng viên có trình độ đại học, chiếm 65,7%."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[109].indicator, figures[109].kind) == (UNCATALOGUED, "part")


def test_what_an_appraisal_passed_is_a_count_of_actions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Qua thẩm định, có 2 thôn đạt chuẩn nông thôn mới kiểu mẫu và 3 xã đạt chuẩn nông thôn mới."
    )
    figures = _read(body, catalog, gazetteer, "Huyện Nam Giang").figures
    assert [(f.value, f.indicator, f.kind) for f in figures] == [
        (2, UNCATALOGUED, "count_of_actions"),
        (3, UNCATALOGUED, "count_of_actions"),
    ]


def test_a_bound_describing_counted_units_is_no_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Toàn huyện có 4 đảng bộ kết nạp đảng viên đạt trên 50% chỉ tiêu được giao."
    figures = _read(body, catalog, gazetteer, "Huyện Ninh Phước").figures
    assert [f.value for f in figures] == [4]


def test_a_one_sentence_paragraph_opening_with_a_unit_introduces_the_next(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Huyện Nam Đàn có 23/23 xã đã đạt chuẩn nông thôn mới.\n\n"
        "Thu nhập bình quân đầu người năm 2017 đạt 36 triệu đồng/người.\n\n"
        "Huyện Duy Tiên có 16/16 xã đã đạt chuẩn nông thôn mới.\n\n"
        "Thu nhập bình quân đầu người năm 2017 là 38 triệu đồng/người."
    )
    article = _read(body, catalog, gazetteer, "Hai huyện đạt chuẩn nông thôn mới")
    incomes = {f.value: f.unit.name for f in article.figures if f.indicator == "thu_nhap"}
    assert incomes == {36: "Nam Đàn", 38: "Duy Tiên"}


def test_a_paragraph_mentioning_a_neighbour_introduces_nothing(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Cũng trong năm 2022, xã Tịnh Hà giáp ranh đã kết nạp 15 đảng viên mới.\n\n"
        "Trong 6 tháng đầu năm 2023, Đảng bộ xã đã kết nạp thêm 7 đảng viên."
    )
    article = _read(body, catalog, gazetteer, "Xã Tịnh Đông kết nạp đảng viên")
    assert {f.value: f.unit.name for f in article.figures} == {15: "Tịnh Hà", 7: "Tịnh Đông"}


def test_an_x_of_y_takes_the_predicate_further_on(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Huyện Nam Đàn có 23/23 xã (100%) đã được UBND tỉnh Nghệ An công nhận đạt chuẩn nông "
        "thôn mới."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Huyện Nam Đàn").figures)
    assert (figures[23].indicator, figures[23].denominator) == ("xa_ntm", 23)
    assert figures[100].indicator == "ty_le_xa_ntm"


def test_an_x_of_y_does_not_reach_past_another_number(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Huyện có 20/23 xã có 5 thôn đạt chuẩn nông thôn mới kiểu mẫu."
    figures = _by_value(_read(body, catalog, gazetteer, "Huyện Nam Đàn").figures)
    assert figures.get(20) is None or figures[20].indicator != "xa_ntm_kieu_mau"


def test_a_plan_beaten_is_a_result_not_a_target(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Đến ngày 22/11, toàn huyện đã kết nạp 162 đảng viên, vượt 8% so kế hoạch năm 2024, "
        "tăng 2% so với năm trước đó."
    )
    figures = _read(body, catalog, gazetteer, "Huyện Kim Thành").figures
    assert [f.is_target for f in figures] == [False, False, False]


def test_a_slots_noun_narrowed_after_it_counts_less(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Đến nay, toàn huyện đạt được 177 chỉ tiêu xây dựng nông thôn mới."
    figures = _read(body, catalog, gazetteer, "Huyện Nam Giang").figures
    assert [(f.value, f.indicator) for f in figures] == [(177, UNCATALOGUED)]


def test_a_slots_noun_alone_is_the_indicator(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Năm 2024, toàn huyện đạt 19 chỉ tiêu, trong đó có 12 chỉ tiêu vượt kế hoạch."
    figures = _by_value(_read(body, catalog, gazetteer, "Huyện Nam Giang").figures)
    assert figures[19].indicator == "chi_tieu_nq"


def test_a_floor_with_no_other_cue_is_a_target(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Đảng bộ không có chi bộ yếu kém, phát triển từ 10 đảng viên trở lên/năm. Xã có từ "
        "1.200 hộ nghèo trở lên được hỗ trợ vốn."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[10].indicator, figures[10].is_target) == ("dang_vien_moi", True)
    assert figures[1200].is_target


def test_a_floor_in_a_result_stays_a_result(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Đến nay, xã đã có 12 thôn đạt từ 15 tiêu chí trở lên."
    figures = _read(body, catalog, gazetteer, "Huyện Nam Giang").figures
    assert not any(f.is_target for f in figures)


def test_a_count_within_one_sector_is_no_standing_total(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2024, huyện nâng tổng số tổ chức cơ sở đảng trong các doanh nghiệp ngoài khu vực "
        "nhà nước lên 15 tổ chức. Đảng bộ huyện có 52 tổ chức cơ sở đảng trong các xã."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Huyện Kim Thành").figures)
    assert figures[15].indicator == UNCATALOGUED
    assert figures[52].indicator == "to_chuc_co_so_dang"


def test_the_party_written_with_a_capital_is_no_name(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Trong năm, Đảng bộ xã đưa ra khỏi Đảng 2 trường hợp, đình chỉ sinh hoạt Đảng 1 trường hợp."
    )
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.value, f.kind) for f in figures] == [
        (2, "count_of_actions"),
        (1, "count_of_actions"),
    ]


def test_names_joined_to_a_level_word_share_it(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Kết quả thẩm định, xã Thoại Giang và Vĩnh Trạch đạt 17/19 tiêu chí."
    figures = _read(body, catalog, gazetteer, "Huyện Thoại Sơn").figures
    assert sorted(f.unit.name for f in figures if f.value == 17) == ["Thoại Giang", "Vĩnh Trạch"]


def test_a_units_share_of_actions_listed_after_trong_do_is_its_own_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Hội đồng vừa xét công nhận 07 xã trên địa bàn tỉnh đạt chuẩn nông thôn mới. Trong đó, "
        "huyện Vĩnh Thuận có 02 xã được công nhận."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Tỉnh Kiên Giang").figures)
    assert (figures[2].unit.name, figures[2].kind) == ("Vĩnh Thuận", "count_of_actions")


def test_parts_of_an_award_count_without_a_unit_stay_parts(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Dịp này, xã có 44 đảng viên được trao huy hiệu đảng. Trong đó, có 1 đảng viên 65 năm "
        "tuổi đảng, 2 đảng viên 60 năm."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[1].kind, figures[2].kind) == ("part", "part")


def test_a_sentence_setting_a_floor_with_no_other_cue_lists_targets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đảng bộ không có chi bộ yếu kém; tỷ lệ chi bộ trực thuộc đạt hoàn thành tốt nhiệm vụ "
        "trên 80%, phát triển từ 10 đảng viên trở lên/năm."
    )
    figures = _read(body, catalog, gazetteer).figures
    assert figures and all(f.is_target for f in figures)


def test_a_floor_beside_a_result_cue_sets_no_target(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Năm qua, 95% chi bộ đạt hoàn thành tốt nhiệm vụ, có 12 thôn đạt từ 15 tiêu chí trở lên."
    figures = _read(body, catalog, gazetteer).figures
    assert figures and not any(f.is_target for f in figures)


def test_a_province_named_in_passing_owns_only_its_clause(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Phường Cao Lãnh có dân số 100.000 người.",
        catalog,
        gazetteer,
        "Phường lớn nhất Đồng Tháp: Phấn đấu thu nhập 130 triệu đồng/người/năm",
    )
    assert {f.unit.name for f in article.figures} == {"Cao Lãnh"}


def test_a_communes_population_names_the_commune(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã Thiện Hưng có diện tích tự nhiên 4,8 ngàn ha, dân số xã trên 11 ngàn người."
    figures = _by_value(_read(body, catalog, gazetteer, "Xã Thiện Hưng").figures)
    assert figures[11000].indicator == "dan_so"


def test_the_rest_is_a_part_named_by_a_fuller_title(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read(
        "Toàn tỉnh có 141/145 xã đạt chuẩn nông thôn mới. Còn lại 4 xã là Tân Lập, Tân Hòa, "
        "Tân Hiệp, Tân An đang tiếp tục hoàn thiện các tiêu chí.",
        catalog,
        gazetteer,
        "Hưng Yên còn 4 xã chưa đạt chuẩn nông thôn mới",
    )
    rest = [f for f in article.figures if f.value == 4]
    assert len(rest) == 1
    assert (rest[0].kind, rest[0].label) == ("part", "xã chưa đạt chuẩn nông thôn mới")


def test_the_authority_giving_awards_owns_none_of_them(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "UBND thị xã Ninh Hòa tặng giấy khen cho 4 tập thể, 2 hộ gia đình, 12 cá nhân."
    figures = _by_value(_read(body, catalog, gazetteer, "Xã Ninh Trung").figures)
    assert {f.unit.name for f in figures.values()} == {"Ninh Trung"}
    assert figures[4].indicator == "tap_the_khen_thuong"
    assert figures[12].indicator == "ca_nhan_khen_thuong"


def test_a_list_gives_its_indicator_once(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Đảng bộ xã đã khen thưởng 2 chi bộ hoàn thành xuất sắc nhiệm vụ, 48 cá nhân hoàn thành "
        "xuất sắc nhiệm vụ và 10 cá nhân hoàn thành xuất sắc nhiệm vụ tiêu biểu."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[48].indicator == "ca_nhan_khen_thuong"
    assert (figures[10].indicator, figures[10].kind) == (UNCATALOGUED, "count_of_actions")


def test_a_measure_after_its_scale_word(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã Thiện Hưng có diện tích tự nhiên 4,8 ngàn ha."
    figures = _read(body, catalog, gazetteer, "Xã Thiện Hưng").figures
    assert [(f.indicator, f.value) for f in figures] == [("dien_tich_tu_nhien", 48)]


def test_how_far_a_place_lies_is_no_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã Thiện Hưng nằm cách trung tâm hành chính huyện 5km."
    assert _read(body, catalog, gazetteer, "Xã Thiện Hưng").figures == []


def test_awards_given_by_a_named_authority_in_a_list(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Dịp này, 2 tập thể, 3 cá nhân được UBND tỉnh tặng bằng khen vì có thành tích xuất sắc."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[2].indicator == "tap_the_khen_thuong"
    assert figures[3].indicator == "ca_nhan_khen_thuong"


def test_awards_only_proposed_are_not_given(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xét đề nghị về Ban Thường vụ Tỉnh ủy tặng bằng khen cho 4 tập thể, 5 cá nhân."
    figures = _read(body, catalog, gazetteer).figures
    assert all(f.indicator == UNCATALOGUED for f in figures)


def test_ntm_spells_every_phrase_with_nong_thon_moi(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Tới nay, toàn huyện Đắk Tô có 3 xã được công nhận đạt chuẩn NTM."
    figures = _read(body, catalog, gazetteer, "Huyện Đắk Tô").figures
    assert [(f.indicator, f.value) for f in figures] == [("xa_ntm", 3)]


def test_a_decision_recognising_communes_is_this_rounds_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Chủ tịch UBND tỉnh Trà Vinh đã ký Quyết định công nhận 05 xã đạt chuẩn nông thôn mới."
    figures = _read(body, catalog, gazetteer, "Tỉnh Trà Vinh").figures
    assert [(f.indicator, f.kind, f.value) for f in figures] == [
        (UNCATALOGUED, "count_of_actions", 5)
    ]


def test_more_units_recognised_are_recognitions_not_a_change(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Tỉnh Trà Vinh có thêm 11 xã được công nhận đạt chuẩn nông thôn mới."
    figures = _read(body, catalog, gazetteer, "Tỉnh Trà Vinh").figures
    assert [(f.kind, f.value) for f in figures] == [("count_of_actions", 11)]


def test_money_raised_is_a_total_and_upgrading_hands_nothing_out(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2024, xã Tân Phước đã vận động được trên 32 tỷ đồng; "
        "cải tạo nâng cấp 75km đường giao thông nông thôn."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[32].kind == "total"
    assert figures[75].kind == "total"


def test_a_bound_links_a_measure_named_at_length(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã Tân Phước có tỷ lệ thu gom rác thải sinh hoạt trên 95%."
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("rac_thai", 95)]


def test_a_bound_kept_by_each_of_several_units_is_no_figure_of_theirs(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Năm 2017, tỉ lệ hộ nghèo tại các xã đều dưới 5%."
    figures = _read(body, catalog, gazetteer, "Huyện Nam Đàn").figures
    assert not any(f.indicator == "ho_ngheo" for f in figures)


def test_after_a_semicolon_trong_do_lists_no_more_parts(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Trong đó, có 13/16 chỉ tiêu đạt và vượt kế hoạch; tỷ lệ hộ nghèo giảm còn 4,6%; "
        "kết nạp 56 đảng viên mới."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[56].indicator, figures[56].kind) == ("dang_vien_moi", "count_of_actions")


def test_a_number_glued_to_its_noun_is_read(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã Tân Phước nâng tổng số đảng viên của Đảng bộ lên 231đảng viên; phủ sóng 4G."
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("dang_vien", 231)]


def test_a_share_said_to_correspond_measures_the_count_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Năm 2024, toàn tỉnh Lạng Sơn còn 6.912 hộ nghèo, tương ứng 3,36%."
    figures = _by_value(_read(body, catalog, gazetteer, "Tỉnh Lạng Sơn").figures)
    assert figures[3.36].indicator == "ho_ngheo"


def test_where_a_measure_moved_from_is_its_own_years_level(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Thu nhập bình quân đầu người tăng từ 40 triệu đồng năm 2020 lên 62 triệu đồng năm 2023. "
        "Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 1,1%."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[40].indicator, figures[40].as_of) == ("thu_nhap", "2020-12-31")
    assert (figures[62].indicator, figures[62].as_of) == ("thu_nhap", "2023-12-31")
    assert (figures[1.1].indicator, figures[1.1].as_of) == ("ho_ngheo", "2024-06-01")
    # A level it moved from at no date said is no reading of today's poverty rate, nor a
    # figure of its own an official would take for today's.
    assert 5.2 not in figures


def test_the_rural_part_of_a_district_is_not_the_district(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Năm 2017, tỉ lệ hộ nghèo khu vực nông thôn của huyện còn 1,41%."
    figures = _read(body, catalog, gazetteer, "Huyện Duy Tiên").figures
    assert [(f.indicator, f.kind, f.value) for f in figures] == [(UNCATALOGUED, "rate", 1.41)]


def test_members_receiving_badges_and_awards_handed_to_people(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2024, Đảng bộ xã Tân Phước có 30 đảng viên nhận huy hiệu Đảng. "
        "UBND tỉnh tặng bằng khen cho 1 hộ gia đình, 2 cá nhân."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[30].indicator == "trao_huy_hieu_dang"
    assert figures[2].indicator == "ca_nhan_khen_thuong"


def test_communes_counted_by_a_band_of_criteria(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Tính đến tháng 6-2016, toàn tỉnh Quảng Trị đã có 18 xã đạt chuẩn nông thôn mới với "
        "19/19 tiêu chí, 8 xã đạt từ 15 – 18 tiêu chí, 54 xã đạt từ 10 - 14 tiêu chí."
    )
    figures = _read(body, catalog, gazetteer, "Tỉnh Quảng Trị").figures
    assert [(f.indicator, f.value, f.label) for f in figures] == [
        ("xa_ntm", 18, figures[0].label),
        (UNCATALOGUED, 8, "xã đạt từ 15 – 18 tiêu chí"),
        (UNCATALOGUED, 54, "xã đạt từ 10 - 14 tiêu chí"),
    ]


def test_a_count_of_the_names_it_lists_is_no_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã Đắk Trăm đạt 16/19 tiêu chí, 2 xã Pô Kô và Đắk Rơ Nga đạt 14/19 tiêu chí."
    figures = _read(body, catalog, gazetteer, "Huyện Đắk Tô").figures
    assert 2 not in [f.value for f in figures]


def test_numbers_in_a_slogan_and_the_national_criteria_set_are_no_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        'Phong trào "5 không 3 sạch" của Hội Liên hiệp phụ nữ được hưởng ứng. '
        "Sau 10 năm triển khai thực hiện 19 tiêu chí NTM, thành phố đã đầu tư gần 776 tỷ đồng."
    )
    figures = _read(body, catalog, gazetteer, "Thành phố Cà Mau").figures
    assert [f.value for f in figures] == [776]


def test_delegates_representing_the_members_of_the_congress(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Dự đại hội có 189 đại biểu đại diện 1.204 đảng viên thuộc 55 tổ chức cơ sở đảng "
        "trực thuộc Đảng bộ xã Tân Phước."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[189].indicator == "dai_bieu_dai_hoi"


def test_communes_meeting_all_criteria_are_communes_meeting_the_standard(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Qua 5 năm, huyện Củ Chi có 20/20 xã của huyện đã đạt 19/19 tiêu chí."
    figures = _read(body, catalog, gazetteer, "Huyện Củ Chi").figures
    assert [(f.indicator, f.value, f.denominator) for f in figures] == [("xa_ntm", 20, 20)]


def test_a_yearly_average_growth_rate(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Nhiệm kỳ qua, tốc độ tăng trưởng kinh tế đạt bình quân 7,3%/năm."
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("tang_truong_gtsx", 7.3)]


def test_a_category_and_the_communes_part_narrow_a_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2015, huyện Chợ Gạo có 18 thôn thuộc diện đặc biệt khó khăn; "
        "tỷ lệ hộ nghèo đa chiều của các xã còn 1,91%."
    )
    figures = _read(body, catalog, gazetteer, "Huyện Chợ Gạo").figures
    assert [f.indicator for f in figures] == [UNCATALOGUED, UNCATALOGUED]


def test_a_label_leaves_out_who_did_it(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Sau 10 năm, TP. Cà Mau đã đầu tư gần 776 tỷ đồng. "
        "Xã Vĩnh Công tiếp tục huy động trên 98 tỉ đồng. "
        "Nhờ chuyển đổi tốt nên diện tích lúa chất lượng cao đạt 300 ha."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Xã Vĩnh Công").figures)
    assert figures[776].label == "đầu tư"
    assert figures[98].label == "huy động"
    assert figures[300].label == "diện tích lúa chất lượng cao"


def test_a_bracket_defining_the_poor_holds_no_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Năm 2024, tỷ lệ hộ nghèo (thu nhập dưới 16 triệu đồng/người/năm) còn khoảng 3%."
    figures = _read(body, catalog, gazetteer, "Huyện Củ Chi").figures
    assert [(f.indicator, f.value) for f in figures] == [("ho_ngheo", 3)]


def test_a_province_that_only_places_a_district_takes_no_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Chợ Gạo là một trong những địa phương có kinh tế phát triển ổn định ở tỉnh Tiền Giang. "
        "Tổng giá trị sản xuất các ngành kinh tế tăng lên hơn 11.290 tỷ đồng."
    )
    figures = _read(body, catalog, gazetteer, "Huyện Chợ Gạo đạt chuẩn nông thôn mới").figures
    assert [(f.unit.name, f.indicator) for f in figures] == [("Chợ Gạo", "gia_tri_san_xuat")]


def test_a_province_named_as_the_subject_owns_its_sentence(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Huyện Krông Nô có 4 xã đạt chuẩn. "
        "Như vậy, đến nay, Đắk Nông đã có 1 xã nông thôn mới nâng cao, 36/60 xã đạt chuẩn "
        "nông thôn mới."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Xã Nâm Nung đạt chuẩn").figures)
    assert (figures[36].unit.name, figures[36].indicator) == ("Đắk Nông", "xa_ntm")


def test_recognitions_of_the_year_are_not_the_standing(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Trong năm 2019 toàn tỉnh Yên Bái có 23 xã được công nhận đạt chuẩn nông thôn mới, "
        "đưa tổng số xã đạt chuẩn nông thôn mới của toàn tỉnh lên 69/157 xã."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Tỉnh Yên Bái").figures)
    assert (figures[23].indicator, figures[23].kind) == (UNCATALOGUED, "count_of_actions")
    assert figures[69].indicator == "xa_ntm"


def test_a_list_opened_by_co_them_is_more_of_each(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Năm 2020, tỉnh Yên Bái phấn đấu có thêm 10 xã được công nhận đạt chuẩn nông thôn mới, "
        "4 xã đạt nông thôn mới nâng cao và 4 xã đạt nông thôn mới kiểu mẫu."
    )
    figures = _read(body, catalog, gazetteer, "Tỉnh Yên Bái").figures
    assert [(f.kind, f.value, f.label) for f in figures] == [
        ("change", 10, "xã được công nhận đạt chuẩn nông thôn mới"),
        ("change", 4, "xã đạt nông thôn mới nâng cao"),
        ("change", 4, "xã đạt nông thôn mới kiểu mẫu"),
    ]


def test_a_title_restating_a_body_figure_gives_way_to_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    text = (
        "Tỉnh Lạng Sơn: Tỷ lệ hộ nghèo chỉ còn khoảng 1,36%\n\n01/06/2024\n\n"
        "Dự kiến đến cuối năm 2025, tỷ lệ hộ nghèo toàn tỉnh bình quân giảm 2,95% mỗi năm, "
        "chỉ còn khoảng 1,36%.\n"
    )
    figures = extract_text(
        text, file="t.txt", catalog=catalog, province_names=gazetteer.province_names()
    ).figures
    poverty = [f for f in figures if f.indicator == "ho_ngheo"]
    assert [(f.value, f.is_target) for f in poverty] == [(1.36, True)]


def test_two_counts_share_the_predicate_after_the_second(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Dự kiến đến cuối năm 2025, 47/47 xã và 315/315 thôn thoát khỏi tình trạng khó khăn."
    figures = _by_value(_read(body, catalog, gazetteer, "Tỉnh Lạng Sơn").figures)
    assert figures[47].label == "xã thoát khỏi tình trạng khó khăn"


def test_the_authority_rewarding_a_commune_owns_nothing(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Với việc đạt chuẩn nông thôn mới, xã Nâm Nung được UBND tỉnh Đắk Nông thưởng công "
        "trình phúc lợi trị giá 800 triệu đồng."
    )
    figures = _read(body, catalog, gazetteer, "Xã Nâm Nung đạt chuẩn").figures
    assert [(f.unit.name, f.value) for f in figures] == [("Nâm Nung", 800)]


def test_a_share_of_plan_says_which_plan(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Năm 2024, xã Tân Phước kết nạp được 16 đảng viên, vượt 8% so kế hoạch năm 2024."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[8].kind == "share_of_plan"
    assert figures[8].label is not None and figures[8].label.endswith("so với kế hoạch")


def test_an_excess_over_the_plan_is_no_share_of_it_however_it_is_bounded(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "vượt hơn 8% so với nghị quyết" is by how much, not the share of the plan met."""
    body = "Trong nhiệm kỳ, Đảng bộ đã kết nạp được 38 đảng viên mới, vượt hơn 8% so nghị quyết."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[8].indicator, figures[8].kind) == (UNCATALOGUED, "share_of_plan")


def test_a_day_written_with_a_dot_is_no_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Sau 1,5 ngày làm việc, chiều 21.5, Đại hội bầu 15 đồng chí vào Ban Chấp hành."
    assert 21.5 not in _by_value(_read(body, catalog, gazetteer).figures)


def test_a_residential_groups_number_is_its_name(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Ngày hội đại đoàn kết toàn dân tộc tại tổ dân phố 3, phường Sơn Lộc có 341 hộ dân."
    assert 3 not in _by_value(_read(body, catalog, gazetteer, title="Phường Sơn Lộc").figures)


def test_a_share_of_plan_past_a_semicolon_is_not_the_first_items(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Tổng thu ngân sách … đạt 188,9 tỷ đồng; kim ngạch xuất khẩu đạt 133,25 tỷ đồng, bằng
    108% kế hoạch": the export's share of its plan, not the budget's."""
    body = (
        "Tổng thu ngân sách nhà nước trên địa bàn đạt 188,9 tỷ đồng; kim ngạch xuất khẩu đạt "
        "133,25 tỷ đồng, bằng 108% kế hoạch."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[188.9].indicator == "thu_ngan_sach"
    assert figures[108].indicator != "thu_ngan_sach_ke_hoach"


def test_recognitions_over_the_term_are_counted_as_recognitions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Nhiệm kỳ 2020 - 2025, xã Tân Phước có 8 thôn được công nhận thôn nông thôn mới kiểu mẫu."
    )
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.kind) for f in figures] == [(UNCATALOGUED, "count_of_actions")]


def test_the_area_of_a_zone_is_not_the_communes(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Xã Chiềng Hặc trở thành vùng trồng cây ăn quả lớn với diện tích gần 3.200 ha. "
        "Xã Tân Phước với diện tích 32 km² có 10 thôn."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[3200].indicator == UNCATALOGUED
    assert figures[32].indicator == "dien_tich_tu_nhien"


def test_a_misspelt_name_is_the_unit_named_right_elsewhere(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    text = (
        "Đại hội Đảng bộ phường Suối Hoa lần thứ V\n\n21/05/2020\n\n"
        "Đảng bộ phường Suối Hoa tổ chức Đại hội. Nhiệm kỳ qua, phường Suố Hoa hoàn thành "
        "10/11 chỉ tiêu Nghị quyết. Phường Suối Hoa không còn hộ nghèo.\n"
    )
    figures = extract_text(
        text, file="t.txt", catalog=catalog, province_names=gazetteer.province_names()
    ).figures
    assert {f.unit.name for f in figures} == {"Suối Hoa"}


def test_units_that_rank_or_place_the_subject_take_nothing(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đồng chí Vương Quốc Tuấn, Bí thư Thành ủy Bắc Ninh dự chỉ đạo Đại hội. "
        "Nghĩa Hưng là một huyện đồng bằng ven biển, nằm ở phía Tây Nam của tỉnh Nam Định. "
        "Tổng diện tích tự nhiên 258,89 km2. "
        "Huyện có tỷ lệ trường đạt chuẩn quốc gia cao nhất tỉnh, 4/6 trường THPT đã đạt chuẩn "
        "quốc gia."
    )
    figures = _read(body, catalog, gazetteer, "Huyện Nghĩa Hưng (Nam Định) đạt chuẩn").figures
    assert {f.unit.name for f in figures} == {"Nghĩa Hưng"}


def test_a_share_of_the_count_before_it_without_a_comma(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Đến nay, tỷ lệ hộ nghèo trên địa bàn xã chỉ còn 37 hộ chiếm tỷ lệ 1,06%."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[1.06].indicator == "ho_ngheo"


def test_the_bounds_of_a_band_and_a_list_of_peer_levels(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Tỉnh Hà Giang có 6/11 huyện, thành phố thuộc diện huyện nghèo. "
        "Năm 2016 còn 03 xã đạt dưới 5 tiêu chí."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Tỉnh Hà Giang").figures)
    assert figures[6].label == "huyện, thành phố thuộc diện huyện nghèo"
    assert 5 not in figures


def test_a_guest_from_the_province_owns_no_delegates(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Dự Đại hội có đại diện lãnh đạo một số sở, ngành, địa phương trong tỉnh, cùng 146 đại "
        "biểu đại diện cho gần 998 đảng viên trong toàn Đảng bộ."
    )
    figures = _read(body, catalog, gazetteer, "Đại hội Đảng bộ xã Bình Tuyền").figures
    assert {(f.unit.name, f.indicator) for f in figures} == {
        ("Bình Tuyền", "dai_bieu_dai_hoi"),
        ("Bình Tuyền", "dang_vien"),
    }


def test_an_amount_in_billions_and_millions_is_one_amount(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Từ năm 2011 đến nay, huyện Hà Quảng huy động hơn 70 tỷ 265 triệu đồng xây dựng nông "
        "thôn mới. Trong đó, nguồn từ Chương trình là 41 tỷ 483 triệu đồng, gồm: xây dựng cơ "
        "bản 35 tỷ 806 triệu đồng, vốn quy hoạch 5 tỷ đồng."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Huyện Hà Quảng").figures)
    assert figures[70.265].kind == "total"
    assert [figures[v].kind for v in (41.483, 35.806, 5)] == ["part", "part", "part"]


def test_a_merged_commune_owns_the_figures_of_its_founding_sentence(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Xã Hương Sơn được thành lập trên cơ sở sáp nhập các xã: Sơn Bằng, Sơn Trung và thị "
        "trấn Phố Châu, có tổng diện tích hơn 32 km 2, dân số gần 31.500 người. "
        "Xã Hương Sơn là xã hợp nhất 3 xã của huyện Hương Sơn cũ. Thu nhập bình quân đầu người "
        "ước đạt 57 triệu đồng."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Đại hội Đảng bộ xã Hương Sơn").figures)
    assert (figures[32].unit.name, figures[32].indicator) == ("Hương Sơn", "dien_tich_tu_nhien")
    assert figures[31500].unit.name == "Hương Sơn"
    assert figures[3].label == "xã hợp nhất"
    assert (figures[57].unit.name, figures[57].unit.level) == ("Hương Sơn", "commune")


def test_the_new_terms_committee_as_constituted_is_no_target(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    text = (
        "Đại hội Đảng bộ xã Ea Mdroh lần thứ nhất\n\n31/07/2025\n\n"
        "Hôm nay (31/7), Đảng bộ xã Ea Mdroh tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ "
        "2025-2030. Đại hội công bố quyết định chỉ định Ban chấp hành Đảng bộ xã Ea Mdroh nhiệm "
        "kỳ 2025-2030 gồm 26 ủy viên.\n"
    )
    figures = extract_text(
        text, file="t.txt", catalog=catalog, province_names=gazetteer.province_names()
    ).figures
    assert [(f.indicator, f.value, f.is_target) for f in figures] == [("uy_vien_bch", 26, False)]


def test_nearly_meeting_a_standard_and_a_higher_grade_are_not_the_standard(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đến nay toàn tỉnh Điện Biên có 44 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới. "
        "Năm 2022 phấn đấu có ít nhất 1 xã đạt chuẩn xã nông thôn mới nâng cao."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Tỉnh Điện Biên").figures)
    assert figures[44].indicator == UNCATALOGUED
    assert figures[1].indicator == "xa_ntm_nang_cao"


def test_more_at_least_is_more_and_a_provincial_grade_is_no_handout(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2022, tỉnh Điện Biên phấn đấu có thêm ít nhất 10 sản phẩm đạt tiêu chí sản phẩm "
        "OCOP từ 3 sao trở lên, nâng tổng số sản phẩm OCOP cấp tỉnh lên trên 50 sản phẩm."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Tỉnh Điện Biên").figures)
    assert figures[10].kind == "change"
    assert figures[50].kind != "count_of_actions"


def test_goods_are_no_rate_and_thousands_of_visitors_are_counted_in_full(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Tổng mức bán lẻ hàng hóa của xã đạt 700 tỷ đồng. "
        "Hơn 26 nghìn lượt khách đổ về xã Tân Phước."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[700].kind == "total"
    assert 26000 in figures


def test_yearly_amounts_and_all_of_a_kind(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Năm 2024, xã Tân Phước giải quyết việc làm trung bình 325 người/năm; giá trị sản xuất "
        "nông nghiệp đạt 230 triệu đồng/ha/năm. Cả 3 trường học trên địa bàn xã đều đạt chuẩn "
        "quốc gia."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[325].indicator == "lao_dong_viec_lam"
    assert figures[230].indicator == "gia_tri_san_xuat_ha"
    assert (figures[3].indicator, figures[3].denominator) == ("truong_chuan", 3)


def test_growth_in_times_and_a_yearly_fall_go_on_from_the_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Nhiệm kỳ qua, tổng thu ngân sách nhà nước trên địa bàn xã Tân Phước đạt 150 tỷ đồng, "
        "vượt 20% dự toán; thu nhập bình quân đầu người đạt 65 triệu đồng/năm, tăng 1,5 lần so "
        "với đầu nhiệm kỳ; tỷ lệ hộ nghèo giảm còn 1,2%, bình quân mỗi năm giảm 0,5%. "
        "Mỗi năm tổ chức 2 lần kiểm tra."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[1.5].kind, figures[1.5].measure) == ("change", "lần")
    assert figures[0.5].kind == "change"
    assert figures[20].label is not None and figures[20].label.endswith("so với dự toán")
    assert 2 not in figures


def test_a_committee_named_before_its_members_counts_them(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đảng bộ xã Tân Phước có 255 đảng viên (miễn sinh hoạt 49 đồng chí). "
        "Ban Chấp hành Đảng bộ có 15 ủy viên, Ban Thường vụ Đảng ủy 5 đồng chí."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[15].indicator == "uy_vien_bch"
    assert (figures[5].indicator, figures[5].label) == (UNCATALOGUED, "Ban Thường vụ Đảng ủy")
    assert figures[49].label == "miễn sinh hoạt"


def test_a_count_takes_what_the_units_it_lists_became(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Xã có 4 thôn Thanh Trà, Định Phước, Tịch Tây và Hòa Mỹ đã được huyện công nhận thôn "
        "nông thôn mới kiểu mẫu giai đoạn 2021 - 2025."
    )
    figures = _read(body, catalog, gazetteer, "Xã Tam Nghĩa").figures
    assert [(f.indicator, f.value) for f in figures] == [("ap_ntm_kieu_mau", 4)]


def test_a_second_count_of_the_same_decision_is_acted_on_too(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Chủ tịch UBND tỉnh Trà Vinh đã ký các Quyết định công nhận 05 xã đạt chuẩn nông thôn "
        "mới, gồm: An Quảng Hữu, Thanh Sơn (huyện Trà Cú) và 06 xã đạt chuẩn nông thôn mới "
        "nâng cao năm 2021, gồm: Tân Bình, Đại Phước."
    )
    figures = _read(body, catalog, gazetteer, "Tỉnh Trà Vinh").figures
    assert [(f.indicator, f.kind, f.value) for f in figures] == [
        (UNCATALOGUED, "count_of_actions", 5),
        (UNCATALOGUED, "count_of_actions", 6),
    ]


def test_a_hospital_or_school_is_a_body_and_a_place_named_as_a_district_is_not(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Định Hóa là huyện miền núi của tỉnh Thái Nguyên, với 17 dân tộc cùng chung sống. "
        "Bệnh viện Nhi Hải Dương kết nạp được 6 đảng viên. "
        "Xã Tân Phú có 30 xóm, 52 đảng bộ, chi bộ trực thuộc; kinh tế tăng trưởng bình quân "
        "10%/năm."
    )
    figures = _by_value(_read(body, catalog, gazetteer, "Huyện Định Hóa đạt chuẩn").figures)
    assert figures[17].unit.name == "Định Hóa"
    assert 6 not in figures
    assert figures[30].indicator == "thon_to_dan_pho"
    assert figures[52].indicator == "to_chuc_dang_truc_thuoc"
    assert figures[10].indicator == "tang_truong_gtsx"


def test_targets_met_named_at_length_and_a_plan_beaten_by_an_amount(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2024, xã Tân Phước có 13/16 chỉ tiêu phát triển kinh tế - xã hội đề ra đạt và vượt "
        "kế hoạch; tổng vốn đầu tư phát triển đạt 885 tỷ đồng, tăng 168 tỷ đồng so với nghị "
        "quyết."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[13].indicator == "chi_tieu_nq"
    assert figures[168].kind == "share_of_plan"


def test_shares_of_the_economy_guests_bodies_and_plans_measured_against(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    text = (
        "Đại hội đại biểu Đảng bộ xã Hợp Lý lần thứ I\n\n28/07/2025\n\n"
        "Dự và chỉ đạo Đại hội có Phó Chủ tịch Uỷ ban MTTQ tỉnh; lãnh đạo sở và 168 đại biểu "
        "đại diện cho hơn 1.000 đảng viên. Nhiệm kỳ qua, tốc độ tăng trưởng đàn vật nuôi trên "
        "địa bàn xã bình quân 5%/năm. Tổng thu ngân sách trên địa bàn đạt 7,9 tỷ đồng, vượt "
        "12% mục tiêu đề ra; vốn đầu tư toàn xã hội đạt 2.859 tỷ đồng. Hiện tỷ trọng giá trị "
        "sản xuất nông - lâm - thuỷ sản chiếm 34%.\n"
    )
    figures = _by_value(
        extract_text(
            text, file="t.txt", catalog=catalog, province_names=gazetteer.province_names()
        ).figures
    )
    assert (figures[168].unit.name, figures[168].indicator) == ("Hợp Lý", "dai_bieu_dai_hoi")
    assert figures[5].indicator == UNCATALOGUED
    assert figures[2859].is_target is False
    assert figures[34].indicator == UNCATALOGUED


def test_a_plan_share_of_a_measure_named_alone_and_members_representing_members(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2024, thu ngân sách hằng năm đều vượt chỉ tiêu, đạt 246% kế hoạch. Đại hội xã Tân "
        "Phước có sự tham gia của 155 đảng viên đại diện cho 712 đảng viên trong toàn Đảng bộ."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[246].indicator == "thu_ngan_sach_ke_hoach"
    assert figures[155].indicator == "dai_bieu_dai_hoi"
    assert figures[712].indicator == "dang_vien"


def test_the_countrys_figures_go_to_no_province(catalog: Catalog, gazetteer: Gazetteer) -> None:
    text = (
        "16 tỉnh có 100% số xã đạt chuẩn nông thôn mới\n\n16/07/2022\n\n"
        "Tính đến hết tháng 6, cả nước có 5.775/8.227 xã đạt chuẩn nông thôn mới. Ngoài ra, 16 "
        "tỉnh có 100% số xã đạt chuẩn nông thôn mới, trong đó có 5 tỉnh (Nam Định, Đồng Nai, "
        "Hà Nam, Hưng Yên và Hải Dương) đã hoàn thành nhiệm vụ xây dựng nông thôn mới. Dịp "
        "này, phong trào thi đua cả nước chung sức xây dựng nông thôn mới được biểu dương.\n"
    )
    article = extract_text(
        text, file="t.txt", catalog=catalog, province_names=gazetteer.province_names()
    )
    assert article.figures == []
    assert any("không rõ đơn vị" in problem for problem in article.problems)


def test_a_count_that_names_only_a_level_of_government_is_not_kept(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Huyện Chợ Mới có 2 xã: Long Điền A, Long Điền B đang hoàn thiện hồ sơ; "
        "huyện gồm 17 xã và 1 thị trấn."
    )
    figures = _read(body, catalog, gazetteer, title="Huyện Chợ Mới").figures
    assert {f.label for f in figures if f.indicator == UNCATALOGUED} == {"thị trấn"}


def test_when_a_figure_stands_may_come_between_its_measure_and_number(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Thu nhập bình quân đầu người tính đến cuối năm 2023 hơn 42 triệu đồng/người/năm."
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("thu_nhap", 42)]


def test_the_whole_a_count_is_out_of_is_no_figure_between(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Đến nay xã Tân Phước chỉ còn 43 hộ nghèo/2.254 hộ, chiếm tỷ lệ 1,91%."
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("so_ho_ngheo", 43), ("ho_ngheo", 1.91)]


def test_a_part_of_a_share_just_measured_is_a_narrower_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Xã Tân Phước có 100% trường học đạt chuẩn quốc gia, trong đó 3 trường đạt chuẩn mức độ 2."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[100].indicator == "ty_le_truong_chuan"
    assert (figures[3].indicator, figures[3].kind) == (UNCATALOGUED, "part")


def test_a_grade_counts_the_products_and_a_label_keeps_its_number(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Xã Tân Phước có 12 sản phẩm OCOP 3 sao; trường học có 3 trường đạt chuẩn mức độ 2."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[12].indicator == "ocop"
    body = "Xã Tân Phước có 20 sản phẩm OCOP, trong đó 4 sản phẩm OCOP 4 sao."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[20].indicator, figures[4].label) == ("ocop", "sản phẩm OCOP 4 sao")


def test_how_a_figure_ranks_is_no_part_of_its_label(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Năm 2010, xã Tân Phước có hộ nghèo và đặc biệt khó khăn ở mức cao cũng hàng đầu "
        "của tỉnh với trên 31,38%."
    )
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.unit.name, f.label) for f in figures] == [
        ("Tân Phước", "hộ nghèo và đặc biệt khó khăn")
    ]


def test_a_label_leaves_out_that_the_unit_has_it(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _read("Xã Tân Phước có tỷ lệ lao động nữ 40%.", catalog, gazetteer).figures
    assert [f.label for f in figures] == ["tỷ lệ lao động nữ"]


def test_falling_below_a_level_is_that_level(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Xã Tân Phước có tỷ lệ hộ nghèo giảm dưới 5%; số lao động tăng 2%."
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[5].indicator, figures[5].kind) == ("ho_ngheo", "rate")
    assert figures[2].kind == "change"


def test_a_phrase_per_hectare_makes_a_yearly_amount_per_hectare(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Xã Tân Phước có giá trị thu trên 1 hec-ta canh tác đạt 220 triệu đồng/năm; giá trị "
        "bình quân trên một đơn vị diện tích đất canh tác đạt 120,5 triệu đồng/ha."
    )
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("gia_tri_san_xuat_ha", 220),
        ("gia_tri_san_xuat_ha", 120.5),
    ]


def test_a_standing_count_before_a_further_one_is_not_what_the_total_grew_by(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Tính đến tháng 8/2020, toàn tỉnh Bình Phước có 48 xã được công nhận đạt chuẩn nông "
        "thôn mới, ước đến hết năm 2020 sẽ có thêm 12 xã đạt chuẩn, nâng tổng số xã đạt chuẩn "
        "toàn tỉnh lên 60 xã."
    )
    figures = _by_value(_read(body, catalog, gazetteer, title="Tỉnh Bình Phước").figures)
    assert (figures[48].indicator, figures[48].is_target) == ("xa_ntm", False)
    assert (figures[60].indicator, figures[60].is_target) == ("xa_ntm", True)
    assert figures[12].kind == "change"


def test_an_average_over_a_whole_is_a_rate_and_a_fall_achieved_a_change(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Bình quân mỗi xã của huyện Chợ Mới đạt 15,2/19 tiêu chí. Trong 8 năm, huyện Chợ Mới "
        "đã giảm được 1.840 hộ nghèo."
    )
    figures = _by_value(_read(body, catalog, gazetteer, title="Huyện Chợ Mới").figures)
    assert (figures[15.2].kind, figures[15.2].denominator) == ("rate", 19)
    assert (figures[1840].indicator, figures[1840].kind) == (UNCATALOGUED, "change")


def test_money_parts_go_on_past_a_semicolon_when_named_alike(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Tổng nguồn vốn xây dựng nông thôn mới của huyện Chợ Mới là 2.411 tỷ đồng, trong đó "
        "vốn ngân sách nhà nước 1.394 tỷ đồng, chiếm 57,85%; vốn nhân dân đóng góp 392 tỷ đồng."
    )
    figures = _by_value(_read(body, catalog, gazetteer, title="Huyện Chợ Mới").figures)
    assert (figures[1394].kind, figures[392].kind) == ("part", "part")


def test_a_poverty_line_is_no_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Hộ nghèo ở nông thôn là hộ có mức thu nhập bình quân từ 400.000 đồng/người/tháng "
        "(từ 4,8 triệu đồng/người/năm) trở xuống. Xã Tân Phước có tỷ lệ hộ nghèo 3,1%."
    )
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("ho_ngheo", 3.1)]


def test_the_communes_recognised_this_round_are_actions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Theo đó, huyện Châu Đức có 4 xã được công nhận NTM trong đợt nay gồm: xã Suối Rao."
    figures = _read(body, catalog, gazetteer, title="Huyện Châu Đức").figures
    assert [(f.value, f.kind) for f in figures] == [(4, "count_of_actions")]


def test_a_months_income_is_not_the_yearly_income(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Người dân tỉnh Hà Tĩnh có thu nhập bình quân/tháng năm 2020 là 3,230 triệu đồng. "
        "Thu nhập bình quân một người/tháng chung cả nước đạt khoảng 4,230 triệu đồng."
    )
    figures = _read(body, catalog, gazetteer, title="Tỉnh Hà Tĩnh").figures
    assert not any(f.indicator == "thu_nhap" for f in figures)
    assert 4.23 not in {f.value for f in figures}


def test_the_parts_after_trong_do_run_to_the_next_semicolon(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đảng bộ xã Tân Phước có 576 đảng viên; trong đó, có 89 đảng viên người dân tộc thiểu "
        "số, 43 đảng viên người có đạo."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[576].indicator == "dang_vien"
    assert {figures[89].indicator, figures[43].indicator} == {UNCATALOGUED}


def test_a_count_of_one_sector_is_a_part_and_a_rise_on_last_year_a_change(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2021, huyện Chợ Mới kết nạp 200 đảng viên mới, tăng 5 đảng viên so với năm 2020; "
        "đã kết nạp được 8 đảng viên mới trong các doanh nghiệp."
    )
    figures = _by_value(_read(body, catalog, gazetteer, title="Huyện Chợ Mới").figures)
    assert figures[200].indicator == "dang_vien_moi"
    assert (figures[5].indicator, figures[5].kind) == (UNCATALOGUED, "change")
    assert (figures[8].indicator, figures[8].kind) == (UNCATALOGUED, "part")
    assert figures[8].label == "đảng viên mới trong các doanh nghiệp"


def test_a_count_among_those_a_sentence_opens_on_is_narrower(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2024, xã Tân Phước kết nạp 20 đảng viên mới. Trong số các đảng viên mới có "
        "6 đồng chí là trưởng, phó thôn."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[20].indicator == "dang_vien_moi"
    assert (figures[6].indicator, figures[6].kind) == (UNCATALOGUED, "part")


def test_an_organs_members_are_labelled_by_the_organ(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đại hội đã bầu Đoàn Chủ tịch gồm 05 đồng chí; đoàn thư ký gồm 02 đồng chí; đồng thời "
        "bầu Ban Thẩm tra tư cách đại biểu gồm 03 đồng chí."
    )
    figures = _read(body, catalog, gazetteer, title="Đại hội Đảng bộ xã Tân Phước").figures
    assert [(f.label, f.kind) for f in figures] == [
        ("Đoàn Chủ tịch", "total"),
        ("đoàn thư ký", "total"),
        ("Ban Thẩm tra tư cách đại biểu", "total"),
    ]


def test_a_number_in_single_quotes_names_a_slogan(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read(
        "Xã Tân Phước có tỷ lệ hộ nghèo 3%.", catalog, gazetteer, title="Đại hội '4 không'"
    )
    assert [f.value for f in article.figures] == [3]


def test_classes_held_are_actions(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Năm 2024, Đảng ủy xã Tân Phước tổ chức 4 lớp bồi dưỡng chính trị cho quần chúng ưu tú."
    figures = _read(body, catalog, gazetteer).figures
    assert [(f.value, f.kind) for f in figures] == [(4, "count_of_actions")]


def test_growth_of_the_product_value_and_names_with_numbers(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Xã Tân Phước có tốc độ tăng giá trị sản phẩm bình quân đạt 9,35%/năm; nghị quyết được "
        "thông qua tại kỳ họp 13; tỷ lệ hộ nghèo vùng Khu 4 cũ là 18,28%."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[9.35].indicator == "tang_truong_gtsx"
    assert 13 not in figures and 4 not in figures


def test_grades_listed_are_no_figures(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _read(
        "Tỉnh Hậu Giang công nhận 21 sản phẩm OCOP đạt 3, 4 sao.",
        catalog,
        gazetteer,
        title="Tỉnh Hậu Giang",
    ).figures
    assert [f.value for f in figures] == [21]


def test_each_item_given_an_award_is_an_action(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Ban Thường vụ Tỉnh ủy tặng bằng khen cho các Đảng bộ thị xã Kinh Môn, TP Hải Dương, "
        "45 tổ chức cơ sở đảng, 8 chi bộ trực thuộc đảng ủy cơ sở."
    )
    figures = _read(body, catalog, gazetteer, title="Tỉnh Hải Dương").figures
    assert {f.value for f in figures} == {45, 8}
    assert {f.kind for f in figures} == {"count_of_actions"}


def test_a_bare_percentage_after_budget_revenue_is_its_share_of_the_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Tổng thu ngân sách Nhà nước trên địa bàn xã năm 2024 đạt 85,3 tỷ đồng, đạt 108%."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[108].indicator == "thu_ngan_sach_ke_hoach"
    assert figures[85.3].indicator == "thu_ngan_sach"


def test_a_bare_rate_after_a_count_is_the_counts_share(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Năm 2024, xã Tân Phước có 48 hộ nghèo, tỷ lệ 2,11%, giảm 6 hộ so với năm 2023."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[2.11].indicator == "ho_ngheo"
    assert figures[48].indicator == "so_ho_ngheo"


def test_when_a_count_stood_does_not_narrow_it(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Tổng số hộ nghèo của xã Tân Phước đầu năm 2024 là 781 hộ, chiếm tỷ lệ 4,1%."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[781].indicator == "so_ho_ngheo"
    assert figures[4.1].indicator == "ho_ngheo"


def test_a_rate_in_some_communes_is_no_rate_of_the_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Hiện tại, tỷ lệ hộ nghèo đa chiều tại 9 xã của huyện là 213 hộ, chiếm tỷ lệ 1,68%."
    figures = _by_value(_read(sentence, catalog, gazetteer, "Huyện Tân Phước").figures)
    assert all(f.indicator not in ("ho_ngheo", "so_ho_ngheo") for f in figures.values())


def test_party_bodies_and_members_inspected_are_actions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Trong năm, Đảng ủy xã Tân Phước đã kiểm tra 6 tổ chức đảng và 18 đảng viên, "
        "giám sát 5 tổ chức đảng và 14 đảng viên. Ủy ban Kiểm tra Đảng ủy xã có 7 ủy viên."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert {figures[v].kind for v in (6, 18, 14)} == {"count_of_actions"}
    assert figures[6].indicator == UNCATALOGUED
    assert figures[7].kind == "total"


def test_a_list_of_parts_after_a_colon_or_past_a_semicolon(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Các sản phẩm OCOP của xã Tân Phước thuộc 16 chủ thể, bao gồm: 4 hợp tác xã, 2 tổ hợp "
        "tác và 10 hộ sản xuất. Đến nay, xã có 44 sản phẩm OCOP, trong đó 24 sản phẩm thuộc "
        "nhóm thực phẩm; 11 sản phẩm thuộc nhóm đồ uống; 9 sản phẩm thuộc nhóm dược liệu."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert {figures[v].kind for v in (4, 2, 10, 24, 11, 9)} == {"part"}
    assert figures[44].indicator == "ocop"


def test_products_counted_by_grade_are_parts(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Đến nay, xã Tân Phước có 13 sản phẩm OCOP 4 sao, 31 sản phẩm OCOP 3 sao. "
        "Năm 2024, xã có thêm 5 sản phẩm được xếp hạng sản phẩm OCOP 3 sao."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[13].kind, figures[31].kind) == ("part", "part")
    assert figures[13].indicator == UNCATALOGUED


def test_delegates_named_by_what_they_represent(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Tham dự Đại hội Đảng bộ xã Tân Phước có gần 200 đại biểu trong toàn Đảng bộ. "
        "Đại hội xã Tân Phước năm 2020 có 129 đại biểu ưu tú, đại diện cho toàn Đảng bộ."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[200].indicator == "dai_bieu_dai_hoi"
    assert figures[129].indicator == "dai_bieu_dai_hoi"


def test_a_frame_names_what_a_bare_noun_counts(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Đối với hộ cận nghèo, đầu năm 2024 xã Tân Phước có 211 hộ, chiếm tỷ lệ 8,02%."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[211].indicator == "so_ho_can_ngheo"
    assert figures[8.02].indicator == "ho_can_ngheo"


def test_the_units_counted_before_spoken_of_again_are_no_new_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Theo đó, 4 xã được công nhận đạt chuẩn nông thôn mới trong đợt này. "
        "Theo kết quả thẩm định, 4 xã trên đã hoàn thành 19/19 tiêu chí."
    )
    article = _read(body, catalog, gazetteer, "Huyện Châu Đức có thêm xã nông thôn mới")
    fours = [f for f in article.figures if f.value == 4]
    assert [f.kind for f in fours] == ["count_of_actions"]


def test_the_rule_a_count_is_measured_by_does_not_narrow_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "19 tiêu chí theo quy định" are all the criteria, by the rule; not some of them."""
    figures = _by_value(
        _read(
            "Năm 2022, xã Tân Phước đạt 19 tiêu chí theo quy định.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[19].indicator, figures[19].kind) == ("ntm_tieu_chi", "total")


def test_cells_inside_the_base_party_bodies_are_counted_apart(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "20 đảng bộ cơ sở, với 180 chi bộ trực thuộc": cells one level down, neither a part
    of the district's party bodies nor its own cells."""
    figures = _by_value(
        _read(
            "Đảng bộ huyện Nhơn Trạch có 60 tổ chức cơ sở đảng. Trong đó, có 20 đảng bộ cơ sở, "
            "với 180 chi bộ trực thuộc và 40 chi bộ cơ sở.",
            catalog,
            gazetteer,
            "Huyện Nhơn Trạch",
        ).figures
    )
    cells = figures[180]
    assert (cells.indicator, cells.kind, cells.label) == (
        UNCATALOGUED,
        "total",
        "chi bộ trực thuộc",
    )


def test_cells_listed_beside_the_base_party_bodies_are_a_part(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Đảng ủy phường thành lập 53 tổ chức Đảng trực thuộc (gồm 3 đảng bộ cơ sở, 9 chi bộ "
            "cơ sở và 41 chi bộ trực thuộc).",
            catalog,
            gazetteer,
            "Phường Lang Biang - Đà Lạt",
        ).figures
    )
    assert figures[41].kind == "part"


def test_a_fall_to_a_level_written_with_only_con_gives_the_level_reached(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "giảm từ 36,73% còn 31,57%", like "giảm từ … xuống còn …": 31,57% is where it stands."""
    figures = _read(
        "Năm 2024, tỷ lệ hộ cận nghèo của xã Tân Phước giảm từ 36,73% còn 31,57%.",
        catalog,
        gazetteer,
    ).figures
    catalogued = [(f.indicator, f.value) for f in figures if f.indicator != UNCATALOGUED]
    assert catalogued == [("ho_can_ngheo", 31.57)]


def test_communes_out_of_the_districts_are_no_criteria_of_the_district(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "8/25 xã đạt tiêu chí về giao thông": 25 communes, not the district's 9 criteria."""
    figures = _read(
        "Hiện nay, huyện Điện Biên đã có 8/25 xã đạt tiêu chí về giao thông.",
        catalog,
        gazetteer,
        "Huyện Điện Biên",
    ).figures
    assert [f.indicator for f in figures if f.value == 8] == [UNCATALOGUED]


def test_an_average_per_commune_is_a_rate(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "đạt 12,8 tiêu chí/xã", even in a list opened by "trong đó": a level per commune."""
    figures = _by_value(
        _read(
            "Đến nay, toàn tỉnh Quảng Bình đạt 12,8 tiêu chí/xã, trong đó huyện Lệ Thủy đạt bình "
            "quân 13,4 tiêu chí/xã.",
            catalog,
            gazetteer,
            "Quảng Bình",
        ).figures
    )
    assert (figures[12.8].kind, figures[13.4].kind) == ("rate", "rate")


def test_a_fall_with_shares_gives_the_share_where_it_ended(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ, chiếm 8,65%": 8,65% is the rate
    now; 10,74% stood beside the level it fell from."""
    figures = _read(
        "Cụ thể, số hộ nghèo của xã Tân Phước đã giảm từ 3.586 hộ, chiếm 10,74% xuống còn "
        "2.900 hộ, chiếm 8,65%.",
        catalog,
        gazetteer,
    ).figures
    rates = [f.value for f in figures if f.indicator == "ho_ngheo"]
    assert rates == [8.65]


def test_communes_reaching_a_band_are_counted_the_band_is_no_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "có 3 xã: Quỳnh Phú, Song Giang, Giang Sơn đạt từ 16 tiêu chí trở lên, trong đó xã
    Quỳnh Phú đạt 17/19 tiêu chí": reached, not set as a goal; 16 is the band's floor."""
    figures = _read(
        "Ngoài ra, huyện Gia Bình có 3 xã: Quỳnh Phú, Song Giang, Giang Sơn đạt từ 16 tiêu chí "
        "trở lên, trong đó xã Quỳnh Phú đạt 17/19 tiêu chí.",
        catalog,
        gazetteer,
        "Gia Bình đạt 18,5 tiêu chí Nông thôn mới/xã",
    ).figures
    criteria = [
        (f.unit.name, f.value, f.is_target) for f in figures if f.indicator == "ntm_tieu_chi"
    ]
    assert criteria == [("Quỳnh Phú", 17.0, False)]


def test_a_population_counted_in_van(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "dân số trên 90 vạn người": ten thousands."""
    body = "Tỉnh Hòa Bình gồm 10 đơn vị hành chính cấp huyện, dân số trên 90 vạn người."
    figures = _by_value(_read(body, catalog, gazetteer, "Tỉnh Hòa Bình").figures)
    assert figures[900000].indicator == "dan_so"


def test_the_same_noun_over_its_whole_is_an_x_of_y(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "106 xã/150 xã được công nhận đạt chuẩn nông thôn mới" is 106/150."""
    figures = _read(
        "Tính đến hết ngày 31/7/2024, toàn tỉnh Yên Bái có 106 xã/150 xã được công nhận đạt "
        "chuẩn nông thôn mới, chiếm 70,67%.",
        catalog,
        gazetteer,
        "Tỉnh Yên Bái",
    ).figures
    standing = [(f.value, f.denominator) for f in figures if f.indicator == "xa_ntm"]
    assert standing == [(106.0, 150.0)]


def test_a_running_total_aimed_at_is_a_target(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "phấn đấu lũy kế đến hết năm 2024 có 116/150 xã": "lũy kế" does not make it a result."""
    figures = _read(
        "Tỉnh Yên Bái phấn đấu lũy kế đến hết năm 2024 có 116/150 xã đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Tỉnh Yên Bái",
    ).figures
    assert [(f.value, f.is_target) for f in figures if f.indicator == "xa_ntm"] == [(116.0, True)]


def test_communes_nearly_there_are_not_communes_there(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "…, 3/25 xã cơ bản đạt chuẩn nông thôn mới" are not communes meeting the standard."""
    figures = _read(
        "Tính đến nay huyện Điện Biên có 2/25 xã được công nhận đạt chuẩn nông thôn mới, 3/25 xã "
        "cơ bản đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Huyện Điện Biên",
    ).figures
    assert 3.0 not in [f.value for f in figures if f.indicator == "xa_ntm"]


def test_hamlets_meeting_a_standard_are_not_all_the_hamlets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "869 thôn/bản đạt chuẩn NTM", "69 thôn đạt chuẩn NTM": not the number of hamlets."""
    figures = _read(
        "Hiện tỉnh Thanh Hóa có 869 thôn/bản đạt chuẩn NTM, huyện Yên Thế có 69 thôn đạt chuẩn "
        "NTM.",
        catalog,
        gazetteer,
        "Thanh Hóa",
    ).figures
    assert not [f for f in figures if f.indicator == "thon_to_dan_pho"]


def test_a_sentence_of_amounts_lists_parts_past_each_semicolon(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Trong đó, ngân sách trung ương gần 65 tỷ đồng; ngân sách địa phương hơn 18 tỷ đồng;
    …": each amount is a part of the total before."""
    figures = _by_value(
        _read(
            "Tổng nguồn lực xây dựng nông thôn mới của xã Tân Phước là 2.000 tỷ đồng. Trong đó, "
            "ngân sách trung ương gần 65 tỷ đồng; ngân sách địa phương hơn 18 tỷ đồng; vốn lồng "
            "ghép hơn 535,1 tỷ đồng.",
            catalog,
            gazetteer,
        ).figures
    )
    assert [figures[v].kind for v in (65, 18, 535.1)] == ["part", "part", "part"]


def test_an_amount_past_a_comma_after_another_amount_is_a_part(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "…; vốn ngân sách địa phương 104,544 tỷ đồng, vốn lồng ghép 7,899 tỷ đồng": past an
    amount, a comma opens the next part as a ";" does."""
    figures = _by_value(
        _read(
            "Xã Tân Phước đã huy động 295 tỷ đồng. Trong đó, vốn Trung ương là 76,744 tỷ đồng; "
            "vốn ngân sách địa phương 104,544 tỷ đồng, vốn lồng ghép 7,899 tỷ đồng, vốn tín "
            "dụng 56,071 tỷ đồng.",
            catalog,
            gazetteer,
        ).figures
    )
    assert [figures[v].kind for v in (104.544, 7.899, 56.071)] == ["part", "part", "part"]


def test_delegates_attending_a_congress_are_its_delegates(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Đảng bộ xã Tân Phước vừa tổ chức Đại hội đại biểu lần thứ 24, nhiệm kỳ 2020-2025 "
            "với sự tham dự của 162 đại biểu.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[162].indicator == "dai_bieu_dai_hoi"


def test_children_given_every_vaccine_are_the_immunisation_rate(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read("Năm 2024, 100% trẻ em được tiêm đủ các loại vắc xin.", catalog, gazetteer).figures
    )
    assert figures[100].indicator == "tiem_chung_tre_em"


def test_members_completing_their_tasks_well_and_excellently(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Hằng năm, trên 82% số đảng viên hoàn thành tốt và xuất sắc nhiệm vụ.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[82].indicator == "dang_vien_hoan_thanh_tot"


def test_a_clause_of_a_yearly_average_goes_on_from_the_measure_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Tốc độ tăng trưởng kinh tế của xã đạt khá, bình quân 10,5%/năm.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[10.5].indicator == "tang_truong_gtsx"


def test_communes_completing_every_criterion_are_new_countryside_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "36/118 xã hoàn thành 19/19 tiêu chí NTM" counts the communes; a sentence opening on
    "Xã hoàn thành 19/19 tiêu chí" gives the commune's criteria."""
    province = _by_value(
        _read(
            "Đến nay toàn tỉnh đã có 36/118 xã hoàn thành 19/19 tiêu chí NTM. Mục tiêu đến năm "
            "2020, tỉnh phấn đấu 61 xã hoàn thành Chương trình MTQG về xây dựng NTM.",
            catalog,
            gazetteer,
            title="Tỉnh Kiên Giang",
        ).figures
    )
    assert (province[36].indicator, province[36].denominator) == ("xa_ntm", 118)
    assert (province[61].indicator, province[61].is_target) == ("xa_ntm", True)
    assert 19 not in province
    commune = _by_value(
        _read("Xã hoàn thành 19/19 tiêu chí xây dựng nông thôn mới.", catalog, gazetteer).figures
    )
    assert commune[19].indicator == "ntm_tieu_chi"


def test_a_share_of_an_earlier_years_level_is_a_change_not_a_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Tổng thu ngân sách năm 2019 đạt trên 2 tỷ đồng, đạt 138,7% so với năm 2015; "
            "sản xuất lương thực đạt 102% kế hoạch.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[138.7].kind == "change"
    assert figures[102].kind == "share_of_plan"


def test_an_estimate_is_labelled_by_the_measure_before_its_link(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Tổng diện tích gieo trồng năm 2020 ước thực hiện 4.445 ha, tăng 265 ha so với năm "
            "2015.",
            catalog,
            gazetteer,
        ).figures
    )
    assert [figures[v].label for v in (4445, 265)] == ["Tổng diện tích gieo trồng"] * 2


def test_the_level_an_income_rose_to_goes_on_from_the_measure_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Nổi bật là thu nhập bình quân đầu người tăng gần 30 triệu đồng so với năm 2014, "
            "đạt 63,7 triệu đồng/người/năm.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[63.7].indicator == "thu_nhap"
    assert figures[30].kind == "change"


def test_a_clause_of_only_an_aim_and_a_year_goes_on_with_the_measure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Thu nhập bình quân đầu người năm 2023 đạt 35 triệu đồng/năm; phấn đấu hết năm 2025 "
            "là 38 triệu đồng/năm và đến năm 2030 đạt 50 triệu đồng/năm.",
            catalog,
            gazetteer,
        ).figures
    )
    assert [(figures[v].indicator, figures[v].is_target) for v in (35, 38, 50)] == [
        ("thu_nhap", False),
        ("thu_nhap", True),
        ("thu_nhap", True),
    ]


def test_a_bracketed_bare_share_measures_the_count_before_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Riêng vùng nông thôn có 47/147 trường mầm non đạt chuẩn quốc gia (tỷ lệ 32%).",
            catalog,
            gazetteer,
            title="Tỉnh Quảng Bình",
        ).figures
    )
    assert figures[32].label == "trường mầm non đạt chuẩn quốc gia"
    after_a_comma = _by_value(
        _read(
            "Toàn xã có 38/41 thôn đạt danh hiệu thôn văn hóa, tỷ lệ 92,6%.", catalog, gazetteer
        ).figures
    )
    assert after_a_comma[92.6].label not in (None, "tỷ lệ")


def test_a_titles_round_figure_is_the_bodys_precise_one(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _read(
        "Đến nay, xã Tân Phước có 55,4% trường học đạt chuẩn quốc gia.",
        catalog,
        gazetteer,
        title="Hơn 55% trường học đạt chuẩn quốc gia",
    ).figures
    assert [f.value for f in figures if f.indicator == "ty_le_truong_chuan"] == [55.4]


def test_income_of_the_residents_is_the_income_per_head(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Năm 2024, thu nhập bình quân của người dân khoảng 65 triệu đồng/người/năm.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[65].indicator == "thu_nhap"


def test_a_width_in_metres_is_labelled_by_the_measure_named_before_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Trục đường xã với tổng chiều dài 5,175 km, chiều rộng nền đường 5,5 m; mặt đường "
            "3,5 m.",
            catalog,
            gazetteer,
        ).figures
    )
    assert [figures[v].label for v in (5.5, 3.5)] == ["chiều rộng nền đường", "mặt đường"]


def test_amounts_named_by_their_source_past_each_semicolon_are_parts(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Năm 2017, huyện Đam Rông huy động nguồn lực đạt trên 378,5 tỷ đồng, trong đó nguồn "
            "vốn đầu tư trực tiếp trên 7 tỷ đồng; vốn lồng ghép gần 95 tỷ đồng; vốn tín dụng "
            "trên 275,2 tỷ đồng.",
            catalog,
            gazetteer,
            title="Huyện Đam Rông",
        ).figures
    )
    assert [figures[v].kind for v in (7, 95, 275.2)] == ["part", "part", "part"]


def test_an_action_past_a_semicolon_is_no_amount_part(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Trong đó, có 13/16 chỉ tiêu đạt và vượt kế hoạch; đã huy động trên 350 tỷ đồng xây "
            "dựng kết cấu hạ tầng đô thị.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[350].kind != "part"


def test_the_poverty_rate_of_one_group_is_not_the_units(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "hộ nghèo dân tộc thiểu số chiếm khoảng 18,77%": the rate among one group."""
    figures = _by_value(
        _read(
            "Năm 2023, xã Tân Phước có 290 hộ nghèo, chiếm 8,65%. Trong đó, hộ nghèo dân tộc "
            "thiểu số chiếm khoảng 18,77%.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[8.65].indicator, figures[18.77].indicator) == ("ho_ngheo", UNCATALOGUED)


def test_members_assessed_as_doing_well_written_at_length(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Tỷ lệ đảng viên đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên bình quân 93%"."""
    figures = _by_value(
        _read(
            "Nhiệm kỳ qua, tỷ lệ đảng viên đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên của "
            "xã Tân Phước bình quân 93%.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[93].indicator == "dang_vien_hoan_thanh_tot"


def test_a_yearly_growth_of_output_is_a_rate(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "giá trị tăng thêm … tăng 6,42%", "thu ngân sách tăng trên 10%/năm": growth rates;
    "tỷ lệ hộ nghèo giảm bình quân 5%/năm" and an income's rise stay changes."""
    figures = _by_value(
        _read(
            "Năm 2023, giá trị tăng thêm ngành nông nghiệp tăng 6,42%; dịch vụ tăng 7,67%. "
            "Thu nhập bình quân đầu người tăng 8,1%. Huyện phấn đấu thu ngân sách tăng trên "
            "10%/năm; tỷ lệ hộ nghèo giảm bình quân 5%/năm.",
            catalog,
            gazetteer,
            title="Huyện Tuy Phước",
        ).figures
    )
    kinds = {value: figures[value].kind for value in (6.42, 7.67, 8.1, 10, 5)}
    assert kinds == {6.42: "rate", 7.67: "rate", 8.1: "change", 10: "rate", 5: "change"}


def test_delegates_attending_are_the_congress_delegates(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "225 đại biểu chính thức tham gia": attending narrows none of the delegates."""
    figures = _read("Đại hội có 225 đại biểu chính thức tham gia.", catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("dai_bieu_dai_hoi", 225)]


def test_products_graded_three_stars_and_up_are_the_ocop_products(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _read(
        "Trên địa bàn xã Tân Phước có 46 sản phẩm OCOP được xếp hạng 3 sao trở lên.",
        catalog,
        gazetteer,
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("ocop", 46)]


def test_a_share_reached_after_a_count_is_the_counts_share(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "2.312/2.337 hộ gia đình văn hóa, đạt 98,9%": the share of the families counted."""
    figures = _by_value(
        _read(
            "Toàn xã có 2.312/2.337 hộ gia đình văn hóa, đạt 98,9%; 820 gia đình thể thao.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[98.9].indicator == "gia_dinh_van_hoa"


def test_hamlets_written_two_ways_then_narrowed_are_not_all_hamlets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "3 thôn, làng đạt chuẩn NTM" are the hamlets meeting the standard; "120 thôn, làng"
    are all of them."""
    figures = _by_value(
        _read(
            "Huyện có 120 thôn, làng. Đến nay có 3 thôn, làng đạt chuẩn NTM; 59 thôn, làng "
            "vùng đồng bào dân tộc thiểu số có ngân hàng cộng đồng.",
            catalog,
            gazetteer,
            title="Huyện Ia Grai",
        ).figures
    )
    assert figures[120].indicator == "thon_to_dan_pho"
    assert (figures[3].indicator, figures[3].label) == (UNCATALOGUED, "thôn, làng đạt chuẩn NTM")
    assert figures[59].label == "thôn, làng vùng đồng bào dân tộc thiểu số"


def test_a_share_held_by_a_group_of_units_is_none_of_theirs(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "9/13 địa phương còn lại tỷ lệ hộ nghèo dưới 1%": no one unit's poverty rate."""
    figures = _read(
        "Toàn tỉnh có 3/13 địa phương không còn hộ nghèo; 9/13 địa phương còn lại tỷ lệ hộ "
        "nghèo dưới 1%.",
        catalog,
        gazetteer,
        title="Tỉnh Quảng Ninh giảm nghèo",
    ).figures
    assert not [f for f in figures if f.indicator == "ho_ngheo"]


def test_an_amount_beyond_the_plan_is_no_percentage_of_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "tăng 168 tỷ đồng so với nghị quyết" beats the plan by an amount, not by 168%."""
    figures = _read(
        "Tổng thu ngân sách giai đoạn 2020-2024 đạt 85 tỷ đồng; tổng vốn đầu tư phát triển "
        "ước đạt 885 tỷ đồng, tăng 168 tỷ đồng so với nghị quyết.",
        catalog,
        gazetteer,
    ).figures
    beaten = next(f for f in figures if f.value == 168)
    assert (beaten.indicator, beaten.kind) == (UNCATALOGUED, "share_of_plan")


def test_numbered_areas_are_names_and_the_counts_between_them_stay(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "32 xã thuộc khu vực 1, 27 xã thuộc khu vực 2": 1 and 2 name areas; 27 counts."""
    figures = _read(
        "Trong đó, 32 xã thuộc khu vực 1, 27 xã thuộc khu vực 2 và 13 xã thuộc khu vực 3.",
        catalog,
        gazetteer,
        title="Tỉnh Thái Nguyên",
    ).figures
    assert sorted(f.value for f in figures) == [13, 27, 32]


def test_a_title_that_is_a_page_address_gives_no_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "thai nguyen 72114 xa vung …": the address lost the slash of 72/114."""
    figures = _read(
        "Toàn tỉnh Thái Nguyên hiện có 72/114 xã vùng dân tộc thiểu số đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        title="thai nguyen 72114 xa vung dan toc thieu so dat chuan nong thon moi",
    ).figures
    assert 72114 not in {f.value for f in figures}


def test_a_list_opened_by_more_after_a_colon_goes_on_past_semicolons(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "…: Có thêm 11 xã, 24 thôn/bản đạt chuẩn NTM; 8 xã đạt chuẩn NTM nâng cao": each item
    is more of it, not a standing count."""
    figures = _by_value(
        _read(
            "Kết quả đáng ghi nhận: Có thêm 11 xã, 24 thôn/bản miền núi đạt chuẩn NTM; 8 xã "
            "đạt chuẩn NTM nâng cao; 1 xã, 15 thôn/bản đạt chuẩn NTM kiểu mẫu.",
            catalog,
            gazetteer,
            title="Tỉnh Thanh Hóa",
        ).figures
    )
    assert {figures[v].kind for v in (24, 8, 15)} == {"change"}


def test_members_of_one_people_are_a_part(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _by_value(
        _read(
            "Năm 2023, xã Tân Phước kết nạp 35 đảng viên. Trong đó, có 20 đảng viên người dân "
            "tộc thiểu số.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[20].indicator, figures[20].kind) == (UNCATALOGUED, "part")


def test_products_by_grade_are_parts_of_the_ocop_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Xã Tân Phước có 44 sản phẩm được chứng nhận OCOP, trong đó có 26 sản phẩm đạt 3 "
            "sao, 17 sản phẩm đạt 4 sao và 1 sản phẩm 5 sao.",
            catalog,
            gazetteer,
        ).figures
    )
    assert [v for v, f in figures.items() if f.indicator == "ocop"] == [44]


def test_the_share_of_a_higher_grade_is_not_the_standards(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "109 xã đạt chuẩn nông thôn mới kiểu mẫu (chiếm 29%)": not ty_le_xa_ntm."""
    figures = _read(
        "Huyện Tân Phước có 100% xã đạt chuẩn nông thôn mới, trong đó 12 xã đạt chuẩn nông "
        "thôn mới nâng cao (chiếm 60%); 9 xã đạt chuẩn nông thôn mới kiểu mẫu (chiếm 29%).",
        catalog,
        gazetteer,
        title="Huyện Tân Phước",
    ).figures
    assert [f.value for f in figures if f.indicator == "ty_le_xa_ntm"] == [100]


def test_output_per_hectare_written_without_one(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _read(
        "Giá trị sản xuất bình quân trên ha đất nông nghiệp của xã Tân Phước đạt 266,46 triệu "
        "đồng/ha/năm.",
        catalog,
        gazetteer,
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("gia_tri_san_xuat_ha", 266.46)]


def test_the_units_a_new_one_was_formed_of_are_a_total(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "được thành lập từ việc hợp nhất 5 phường": how many it was formed of, not an act."""
    figures = _read(
        "Phường Bạc Liêu được thành lập từ việc hợp nhất 5 phường của TP Bạc Liêu.",
        catalog,
        gazetteer,
        title="Phường Bạc Liêu",
    ).figures
    assert [(f.kind, f.value) for f in figures] == [("total", 5)]


def test_a_share_of_the_people_doing_something(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "94,64% dân số tham gia bảo hiểm y tế": the people are named before what they do."""
    figures = _read(
        "Xã Tân Phước có 94,64% dân số tham gia bảo hiểm y tế.", catalog, gazetteer
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("bhyt", 94.64)]


def test_income_said_bare_is_per_head_only_per_person(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Phấn đấu thu nhập 130 triệu đồng/người/năm" is income per head; a family's "thu nhập
    hơn 300 triệu đồng mỗi năm" is not."""
    figures = _by_value(
        _read(
            "Xã Tân Phước phấn đấu thu nhập 130 triệu đồng/người/năm. Gia đình ông A có thu "
            "nhập hơn 300 triệu đồng mỗi năm.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (figures[130].indicator, figures[300].indicator) == ("thu_nhap", UNCATALOGUED)


def test_a_change_right_after_a_figure_moves_that_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "còn 3,96% (giảm 2,1% so với năm 2022)"; "chiếm 97,2%, tăng 24 xã so với năm 2018":
    the second counts communes, so it moves the count the share is of."""
    figures = _by_value(
        _read(
            "Toàn tỉnh có 141/145 xã đạt chuẩn nông thôn mới, chiếm 97,2%, tăng 24 xã so với "
            "năm 2018. Tỷ lệ hộ nghèo còn 3,96% (giảm 2,1% so với năm 2022).",
            catalog,
            gazetteer,
            title="Tỉnh Hưng Yên",
        ).figures
    )
    assert (figures[24].kind, figures[24].label) == ("change", "Số xã đạt chuẩn nông thôn mới")
    assert (figures[2.1].kind, figures[2.1].label) == ("change", "Tỷ lệ hộ nghèo đa chiều")


def test_criteria_per_commune_are_an_average_not_a_units_criteria(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "số tiêu chí bình quân/xã năm 2011 chỉ đạt 1,5 tiêu chí/xã, … 12,6 tiêu chí/1 xã": the
    "/xã" is per commune, no commune of its own, and the figures are averages."""
    figures = _read(
        "Toàn huyện có 3 xã đạt chuẩn NTM; số tiêu chí bình quân/xã năm 2011 chỉ đạt 1,5 tiêu "
        "chí/xã, đến nay là 12,6 tiêu chí/1 xã; tỷ lệ hộ nghèo giảm còn 14,73%, thấp hơn 2,56% "
        "so với trung bình toàn tỉnh.",
        catalog,
        gazetteer,
        title="Huyện Đắk Tô",
    ).figures
    read = {f.value: (f.indicator, f.kind) for f in figures}
    assert read[1.5] == (UNCATALOGUED, "rate")
    assert read[12.6] == (UNCATALOGUED, "rate")
    assert read[14.73] == ("ho_ngheo", "rate")
    assert read[2.56] == (UNCATALOGUED, "change")


def test_a_criteria_band_before_its_count_is_no_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _read(
        "Cụ thể: đạt 19 tiêu chí có 87 xã; đạt 9 tiêu chí có 2 xã.",
        catalog,
        gazetteer,
        title="Tỉnh Vĩnh Phúc",
    ).figures
    assert not {9, 19} & {f.value for f in figures}


def test_a_hamlets_or_a_gardens_criteria_are_not_the_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "khu dân cư kiểu mẫu đạt 8/9 tiêu chí; 01 vườn mẫu đạt 5/5 tiêu chí": neither the
    commune's criteria nor a count of model hamlets."""
    figures = _read(
        "Xã Tân Phước đạt 11/19 tiêu chí nông thôn mới nâng cao; khu dân cư kiểu mẫu đạt 8/9 "
        "tiêu chí; 01 vườn mẫu đạt 5/5 tiêu chí.",
        catalog,
        gazetteer,
    ).figures
    catalogued = [(f.indicator, f.value) for f in figures if f.indicator != UNCATALOGUED]
    assert catalogued == [("ntm_nang_cao_tieu_chi", 11)]


def test_none_left_of_what_rural_programmes_count_down_is_a_zero(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "không còn nhà tạm, dột nát", "không có chi bộ yếu kém" are figures (0); "không còn xã
    dưới 5 tiêu chí" names a band, so 5 is no criteria count."""
    figures = _read(
        "Xã Tân Phước không còn nhà tạm, dột nát; không có chi bộ yếu kém. Huyện không còn xã "
        "dưới 5 tiêu chí.",
        catalog,
        gazetteer,
    ).figures
    zeros = {(f.kind, f.label) for f in figures if f.value == 0}
    assert zeros == {("total", "nhà tạm"), ("total", "chi bộ yếu kém")}
    assert 5 not in {f.value for f in figures}


def test_a_clause_with_its_own_subject_is_no_band_of_the_communes_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "10/10 xã đạt chuẩn …; huyện đạt 9/9 tiêu chí huyện nông thôn mới": the district's."""
    figures = _read(
        "Tính đến năm 2020, 10/10 xã đạt chuẩn nông thôn mới; huyện đạt 9/9 tiêu chí huyện "
        "nông thôn mới.",
        catalog,
        gazetteer,
        title="Huyện Quảng Điền",
    ).figures
    assert ("ntm_huyen_tieu_chi", 9) in {(f.indicator, f.value) for f in figures}


def test_a_criteria_set_named_after_the_figures_grades_them(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "đạt 19/19 tiêu chí, 43/43 chỉ tiêu theo bộ tiêu chí nông thôn mới nâng cao"."""
    figures = _read(
        "Đến nay, xã Tân Phước đã đạt 19/19 tiêu chí, 43/43 chỉ tiêu theo bộ tiêu chí nông thôn "
        "mới nâng cao của tỉnh.",
        catalog,
        gazetteer,
    ).figures
    assert ("ntm_nang_cao_tieu_chi", 19) in {(f.indicator, f.value) for f in figures}


def test_none_left_of_the_poor_and_the_near_poor(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "không còn hộ nghèo và cận nghèo": none of either; "khẩu cận nghèo" are people."""
    figures = _read(
        "Đến nay xã Tân Phước không còn hộ nghèo và cận nghèo. Tổng số khẩu cận nghèo của "
        "huyện là 71.801 người.",
        catalog,
        gazetteer,
    ).figures
    assert {(f.indicator, f.value) for f in figures if f.indicator != UNCATALOGUED} == {
        ("so_ho_ngheo", 0),
        ("so_ho_can_ngheo", 0),
    }


def test_one_sectors_admissions_and_a_tier_named_khoi(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Riêng các tổ chức cơ sở đảng khối xã, thị trấn kết nạp mới 52 đảng viên, nâng tổng số
    đảng viên … lên 2.169 đồng chí": "khối xã" is a tier, not a commune; 52 is one sector's
    admissions, neither the district's nor a count of members."""
    figures = _by_value(
        _read(
            "Riêng các tổ chức cơ sở đảng khối xã, thị trấn kết nạp mới 52 đảng viên, nâng tổng "
            "số đảng viên trong toàn Đảng bộ lên 2.169 đồng chí.",
            catalog,
            gazetteer,
            title="Huyện Đơn Dương",
        ).figures
    )
    assert (figures[2169].indicator, figures[2169].unit.name) == ("dang_vien", "Đơn Dương")
    assert (figures[52].indicator, figures[52].kind) == (UNCATALOGUED, "part")


def test_one_of_the_first_is_a_rank(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "là 1 trong 2 xã đầu tiên của tỉnh đạt chuẩn nông thôn mới nâng cao": no figure 1."""
    figures = _read(
        "Xã Tân Phước đã hoàn thành 18/18 tiêu chí nông thôn mới nâng cao và là 1 trong 2 xã "
        "đầu tiên của tỉnh đạt chuẩn nông thôn mới nâng cao.",
        catalog,
        gazetteer,
    ).figures
    assert 1 not in {f.value for f in figures}


def test_beating_the_target_by_a_count_is_a_share_of_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "vượt chỉ tiêu 3 xã nông thôn mới và 3 xã nông thôn mới kiểu mẫu": by how many."""
    figures = _read(
        "Như vậy, so với kế hoạch đề ra, tỉnh Đồng Nai đã vượt chỉ tiêu 3 xã nông thôn mới và "
        "2 xã nông thôn mới kiểu mẫu.",
        catalog,
        gazetteer,
        title="Tỉnh Đồng Nai",
    ).figures
    assert {(f.indicator, f.kind, f.value) for f in figures} == {
        (UNCATALOGUED, "share_of_plan", 3),
        (UNCATALOGUED, "share_of_plan", 2),
    }


def test_the_members_of_one_sectors_bodies_are_a_part(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "27 tổ chức cơ sở Đảng trong các doanh nghiệp … với tổng cộng 334 đảng viên": their
    members, not the district's; "52 chi bộ trực thuộc với 2.140 đảng viên" are all of them."""
    figures = _by_value(
        _read(
            "Toàn Đảng bộ huyện có 27 tổ chức cơ sở Đảng trong các doanh nghiệp tư nhân với tổng "
            "cộng 334 đảng viên. Đảng bộ có 52 chi bộ trực thuộc với 2.140 đảng viên.",
            catalog,
            gazetteer,
            title="Huyện Nhơn Trạch",
        ).figures
    )
    assert (figures[334].indicator, figures[334].kind) == (UNCATALOGUED, "part")
    assert figures[2140].indicator == "dang_vien"


def test_criteria_met_in_full_by_a_count_of_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    district = "Huyện Vĩnh Bảo"
    sentence = "Theo đó 4 xã còn lại cơ bản hoàn thành 19/19 tiêu chí xây dựng nông thôn mới."
    assert _read(sentence, catalog, gazetteer, title=district).figures == []
    named = (
        "Huyện Vĩnh Bảo có 2 xã Hiệp Hòa và Tam Cường. Theo kết quả thẩm định, 2 xã trên "
        "đã hoàn thành 19/19 tiêu chí."
    )
    figures = _read(named, catalog, gazetteer, title=district).figures
    criteria = {f.unit.name for f in figures if f.indicator == "ntm_tieu_chi"}
    assert criteria == {"Hiệp Hòa", "Tam Cường"}


def test_units_by_level_are_parts_of_the_units(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Huyện Long Điền có 07 đơn vị hành chính gồm 02 thị trấn và 05 xã."
    figures = _by_value(_read(sentence, catalog, gazetteer, title="Huyện Long Điền").figures)
    assert (figures[7].kind, figures[2].kind) == ("total", "part")


def test_a_headed_value_is_the_headings_measure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sheet = "2. Dân số: 1.810.454 người (số liệu tính đến ngày 31/12/2019)."
    figures = _read(sheet, catalog, gazetteer, title="Tỉnh Kiên Giang").figures
    assert [(f.indicator, f.value) for f in figures] == [("dan_so", 1810454)]


def test_roads_poured_with_concrete_are_hardened_roads(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Toàn xã có hơn 109 km đường giao thông được đổ bê tông và rải cấp phối."
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [("duong_be_tong", 109)]


def test_an_amount_per_head_goes_on_with_the_income_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Năm 2016, thu nhập bình quân đầu người đạt 27,82 triệu đồng/người/năm. Đến đầu năm "
        "2019, đạt 35,04 triệu đồng/người/năm. Đến nay, đạt 95% hộ dân dùng nước sạch."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[35.04].indicator == "thu_nhap"
    assert 95 not in figures or figures[95].indicator != "thu_nhap"


def test_a_fraction_of_poor_households_is_their_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    commune = _read("Đến năm 2020, xã có 62/216 hộ nghèo.", catalog, gazetteer).figures
    assert [(f.indicator, f.value, f.denominator) for f in commune] == [("so_ho_ngheo", 62, None)]
    district = _read("Huyện có 7/12 xã đạt tiêu chí hộ nghèo.", catalog, gazetteer, "Huyện Ia Grai")
    assert all(f.indicator != "so_ho_ngheo" for f in district.figures)


def test_communes_counted_by_an_income_band(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Hiện nay tỉnh có 3 xã đạt thu nhập bình quân trên 30 triệu đồng/năm; 26 xã đạt thu "
        "nhập bình quân từ 20 đến dưới 30 triệu đồng/năm."
    )
    figures = _read(body, catalog, gazetteer, title="Tỉnh Quảng Ninh").figures
    assert [(f.value, f.kind, f.indicator) for f in figures] == [
        (3, "total", UNCATALOGUED),
        (26, "total", UNCATALOGUED),
    ]


def test_a_count_per_ten_thousand_people_is_a_rate(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Huyện phấn đấu đạt 12,4 giường bệnh/vạn dân, tỷ lệ 4,5 bác sĩ/vạn dân."
    figures = _read(body, catalog, gazetteer, title="Huyện Đắk Glong").figures
    assert [(f.value, f.kind) for f in figures] == [(12.4, "rate"), (4.5, "rate")]


def test_a_value_per_hectare_written_glued(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Trong 2 ngày 27 và 28/5, Đảng bộ xã tổ chức đại hội. Giá trị sản phẩm trên 1ha đất "
        "trồng trọt đạt 100 triệu đồng. Giá trị sản xuất bình quân trên 1ha đạt 258 triệu đồng/năm."
    )
    figures = _read(body, catalog, gazetteer, title="Xã Bình Thuận").figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("gia_tri_san_xuat_ha", 100),
        ("gia_tri_san_xuat_ha", 258),
    ]


def test_criteria_still_unmet_in_a_shared_list(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = "Còn lại 15 tiêu chí và 42 chỉ tiêu chưa đạt."
    figures = _read(body, catalog, gazetteer, title="Xã Hát Lót").figures
    assert all(f.indicator == UNCATALOGUED for f in figures)


def test_a_bound_that_defines_a_class_is_no_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    body = (
        "Xã khu vực I là xã có một trong các tiêu chí gồm: có tỷ lệ hộ nghèo dưới 10%; đã được "
        "công nhận đạt chuẩn nông thôn mới. Hộ cận nghèo ở nông thôn là hộ có mức thu nhập "
        "bình quân từ 401.000 đồng đến 520.000 đồng/người/tháng."
    )
    assert _read(body, catalog, gazetteer, title="Xã Hòa Bắc").figures == []


def test_a_later_level_of_the_same_measure_goes_on_from_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """The bracket after a share counts it again, the same ratio ("0,88% (92 hộ/10.454
    hộ)"); "đến năm 2019 giảm xuống chỉ còn 0,09%" is the same measure, later."""
    sentence = (
        "Tỉ lệ hộ nghèo của xã Tân Phước năm 2010 là 0,88% (92 hộ/10.454 hộ), đến năm 2019 "
        "giảm xuống chỉ còn 0,09% (14 hộ/15.877 hộ)."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert [figures[v].indicator for v in (0.88, 92, 0.09, 14)] == [
        "ho_ngheo",
        "so_ho_ngheo",
        "ho_ngheo",
        "so_ho_ngheo",
    ]


def test_a_multiple_after_a_figure_is_its_change(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Năm 2019, thu nhập bình quân đầu người xã Tân Phước đạt 55,66 triệu đồng/người/năm, "
        "cao gấp 3,71 lần so với năm 2010."
    )
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[3.71]
    assert (figure.kind, figure.label) == ("change", "Thu nhập bình quân đầu người")


def test_a_title_restating_a_catalogued_body_figure_is_kept_once(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """The title's "đạt 79%" is the body's "đạt 79% kế hoạch": one figure, the body's."""
    article = _read(
        "Từ đầu năm đến nay, Đảng bộ huyện Sơn Động kết nạp 135 quần chúng ưu tú vào Đảng, "
        "đạt 79% kế hoạch tỉnh giao.",
        catalog,
        gazetteer,
        title="Sơn Động: Kết nạp đảng viên mới đạt 79%",
    )
    assert [f.indicator for f in article.figures if f.value == 79] == ["ket_nap_ke_hoach"]


def test_units_leaving_a_status_are_counted_as_actions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Năm 2024, huyện Sơn Hà có 11 xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo "
        "thoát khỏi tình trạng đặc biệt khó khăn."
    )
    figure = _by_value(_read(sentence, catalog, gazetteer, title="Huyện Sơn Hà").figures)[11]
    assert figure.kind == "count_of_actions"


def test_a_peoples_name_is_what_a_share_counts(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Dân tộc Mường", "người Khmer": a people's capitalised name is no unit's."""
    sentence = "Dân tộc Mường chiếm 88,1%, người Khmer chiếm khoảng 2,2% dân số sinh sống ở xã."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert (figures[88.1].kind, figures[88.1].label) == ("rate", "Dân tộc Mường")
    assert figures[2.2].label == "người Khmer"
    opening = "Năm 2024, xã Tân Phước có 2.000 hộ. Người Hoa chiếm khoảng 2,2% dân số xã."
    figures = _by_value(_read(opening, catalog, gazetteer).figures)
    assert figures[2.2].label == "Người Hoa"


def test_a_bracketed_share_goes_on_from_the_count_before_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "còn 1.907 hộ (chiếm 7,24%)" is the poverty rate, as ", chiếm 7,24%" would be; "229
    xã … nâng cao (chiếm 60%)" the share of those communes."""
    poor = _by_value(
        _read(
            "Tổng số hộ nghèo của xã Tân Phước còn 1.907 hộ (chiếm 7,24%).", catalog, gazetteer
        ).figures
    )
    assert poor[7.24].indicator == "ho_ngheo"
    graded = _by_value(
        _read(
            "Đến hết năm 2024, huyện Tân Phước có 22 xã đạt chuẩn nông thôn mới nâng cao "
            "(chiếm 60%).",
            catalog,
            gazetteer,
            title="Huyện Tân Phước",
        ).figures
    )
    assert (graded[60].kind, graded[60].label) == ("rate", "Số xã đạt chuẩn nông thôn mới nâng cao")


def test_party_cells_written_short_are_graded_as_cells(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "chi, đảng bộ" and "TCCSĐ" are party cells and grass-roots organisations, graded."""
    sentence = (
        "Năm 2025, Đảng bộ xã Tân Phước có 18/19 chi, đảng bộ được xếp loại hoàn thành tốt "
        "nhiệm vụ, trong đó 4 chi, đảng bộ hoàn thành xuất sắc nhiệm vụ."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[18].indicator == "chi_bo_hoan_thanh_tot"
    assert figures[4].indicator == "chi_bo_hoan_thanh_xuat_sac"
    organisations = _read("Năm 2025, có 604 TCCSĐ hoàn thành tốt nhiệm vụ.", catalog, gazetteer)
    assert [f.indicator for f in organisations.figures] == ["chi_bo_hoan_thanh_tot"]


def test_a_rise_going_on_from_an_amount_is_its_growth_rate(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "hằng năm 15,6%" is a yearly rate, not a year's label; after "Tổng giá trị sản xuất
    đạt 759 tỷ đồng," it is how fast that value grows."""
    sentence = (
        "Nhiệm kỳ 2015-2020, tổng giá trị sản xuất xã Tân Phước đạt 759 tỷ đồng, tăng bình "
        "quân hằng năm 15,6%."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[15.6].indicator == "tang_truong_gtsx"


def test_one_fields_targets_are_a_part_of_the_whole(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = (
        "Kết quả, xã Tân Phước có 18 chỉ tiêu đạt và vượt kế hoạch; trong đó, kinh tế 4/4 "
        "chỉ tiêu; văn hóa-xã hội 9/10 chỉ tiêu và xây dựng Đảng 3/3 chỉ tiêu."
    )
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.value, f.indicator) for f in figures if f.indicator == "chi_tieu_nq"] == [
        (18, "chi_tieu_nq")
    ]
    assert {(f.value, f.denominator, f.kind) for f in figures if f.value != 18} == {
        (4, 4, "part"),
        (9, 10, "part"),
        (3, 3, "part"),
    }


def test_more_set_up_this_time_is_a_count_of_actions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Trong 5 năm qua, xã Tân Phước đã thành lập thêm 2 hợp tác xã và hình thành thêm 35 "
        "cơ sở sản xuất."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[35].kind == "count_of_actions"


def test_a_plan_share_names_its_own_measure_after_the_figure_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Năm 2024, tổng giá trị sản xuất xã Tân Phước đạt 1.200 tỷ đồng; thu ngân sách trên "
        "địa bàn đạt 100% chỉ tiêu trên giao."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[100].indicator == "thu_ngan_sach_ke_hoach"
    after_a_comma = (
        "Năm 2021, đường dân sinh xã Tân Phước được cứng hóa đạt 81,5%, thu ngân sách trên "
        "địa bàn, đạt hơn 120% kế hoạch."
    )
    figures = _by_value(_read(after_a_comma, catalog, gazetteer).figures)
    assert figures[120].indicator == "thu_ngan_sach_ke_hoach"


def test_delegates_sent_to_another_congress_are_not_this_ones(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Đại hội Đảng bộ xã Tân Phước đã bầu Ban Chấp hành gồm 13 đồng chí và bầu 22 đại biểu "
        "dự đại hội Đảng cấp trên."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[22].indicator != "dai_bieu_dai_hoi"


def test_catalog_knows_communes_that_reached_the_standard_and_the_economys_pace(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Sau 9 năm, huyện Tân Phước đã có 100% số xã về đích NTM. Tốc độ phát triển kinh tế "
        "tăng bình quân 5 năm đạt 14%.",
        catalog,
        gazetteer,
        title="Huyện Tân Phước",
    )
    assert {f.value: f.indicator for f in article.figures} == {
        100: "ty_le_xa_ntm",
        14: "tang_truong_gtsx",
    }


def test_a_share_reached_beyond_the_whole_is_how_a_plan_went(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Năm 2021, xã Tân Phước sản xuất cây lương thực đạt gần 102%."
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[102]
    assert figure.kind == "share_of_plan"


def test_income_raised_for_the_people_from_one_level_to_another(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "cho người dân" says whose; the level reached is per head like the one before."""
    sentence = (
        "Từ đó góp phần tạo việc làm, nâng cao thu nhập cho người dân trên địa bàn xã từ 11,5 "
        "triệu đồng/người/năm (năm 2010) lên 46,21 triệu đồng năm 2019."
    )
    figures = _read(sentence, catalog, gazetteer).figures
    assert {f.value for f in figures if f.indicator == "thu_nhap"} == {11.5, 46.21}


def test_members_of_a_body_elected_are_labelled_by_the_body(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """A term between the body and its members ("… Thành ủy nhiệm kỳ 2015- 2020 gồm 5 đồng
    chí") does not hide the body, nor do its lower-case words ("Ban Thường vụ Thành ủy")."""
    text = (
        "Ban Chấp hành Đảng bộ huyện Tân Phước nhiệm kỳ 2015-2020 đã bầu Ban Thường vụ Huyện ủy "
        "gồm 13 đồng chí. Bầu Ủy ban Kiểm tra Huyện ủy nhiệm kỳ 2015- 2020 gồm 5 đồng chí."
    )
    figures = _by_value(_read(text, catalog, gazetteer, title="Huyện Tân Phước").figures)
    assert figures[13].label == "Ban Thường vụ Huyện ủy"
    assert figures[5].label == "Ủy ban Kiểm tra Huyện ủy"


def test_a_share_that_is_an_earlier_ratio_measures_it_as_a_share(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Đến nay, huyện Tân Phước có 10/13 xã được công nhận đạt chuẩn nông thôn mới gồm: Bình "
        "Dương, Cao Đức, Nhân Thắng, Đại Lai, Lãng Ngâm, Đông Cứu, Đại Bái, Vạn Ninh, Thái Bảo, "
        "Xuân Lai, chiếm 76,9% số xã."
    )
    article = _read(sentence, catalog, gazetteer, title="Huyện Tân Phước")
    assert [f.indicator for f in article.figures if f.value == 76.9] == ["ty_le_xa_ntm"]


def test_exceeding_the_congress_goal_by_an_amount_is_a_share_of_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Thu nhập bình quân đầu người xã Tân Phước năm 2020 ước đạt 45,7 triệu đồng/năm, vượt "
        "17,7 triệu đồng so với mục tiêu Đại hội."
    )
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[17.7]
    assert figure.kind == "share_of_plan"


def test_communes_named_in_a_recognition_article_are_those_recognised(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """After "công nhận 7 xã …", "có 6 xã đạt chuẩn nông thôn mới nâng cao, gồm: …" counts
    this round's recognitions, not the province's standing total."""
    article = _read(
        "UBND tỉnh vừa có quyết định công nhận 7 xã đạt chuẩn nông thôn mới nâng cao và nông "
        "thôn mới kiểu mẫu.\n\nCụ thể, có 6 xã đạt chuẩn nông thôn mới nâng cao, gồm: Tràng Đà, "
        "Lưỡng Vượng, Thái Long, Kim Phú, Tân Trào và Hồng Thái.",
        catalog,
        gazetteer,
        title="Tuyên Quang: 7 xã đạt chuẩn nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    )
    six = [f for f in article.figures if f.value == 6]
    assert [(f.indicator, f.kind) for f in six] == [(UNCATALOGUED, "count_of_actions")]
    again = _read(
        "UBND tỉnh vừa ban hành Quyết định về việc công nhận 4 xã đạt chuẩn nông thôn mới.\n\n"
        "4 xã vừa cán đích nông thôn mới gồm: Thanh Đức, Thanh Thịnh, Thanh Khê và Thanh Tùng.",
        catalog,
        gazetteer,
        title="Nghệ An thêm 4 xã đạt chuẩn nông thôn mới",
    )
    assert [f.kind for f in again.figures if f.value == 4] == ["count_of_actions"]
    standing = _read(
        "Năm 2023, huyện Tân Phước có thêm 2 xã được công nhận đạt chuẩn nông thôn mới.\n\n"
        "Hiện huyện có 5 xã đạt chuẩn nông thôn mới gồm: Tân Hòa, Tân Lập, Tân Bình, Tân Hưng "
        "và Tân Thạnh.",
        catalog,
        gazetteer,
        title="Huyện Tân Phước",
    )
    assert [f.indicator for f in standing.figures if f.value == 5] == ["xa_ntm"]


def test_communes_of_two_grades_are_neither_grades_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Năm 2024, huyện Tân Phước có 19 xã đạt chuẩn nông thôn mới kiểu mẫu và nông thôn mới "
        "nâng cao.",
        catalog,
        gazetteer,
        title="Huyện Tân Phước",
    )
    assert [f.indicator for f in article.figures if f.value == 19] == [UNCATALOGUED]


def test_the_standards_sub_criteria_are_no_resolution_targets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Đến cuối tháng 3/2024, xã Tân Phước đã thực hiện đạt 16/19 tiêu chí và 53/57 chỉ tiêu "
        "xây dựng nông thôn mới."
    )
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[53]
    assert (figure.indicator, figure.kind) == (UNCATALOGUED, "part")


def test_where_a_share_is_held_is_no_label(catalog: Catalog, gazetteer: Gazetteer) -> None:
    sentence = "Trên địa bàn xã hiện có 99,58% hộ dân sử dụng điện lưới quốc gia."
    figure = _by_value(_read(sentence, catalog, gazetteer, title="Xã Tân Phước").figures)[99.58]
    assert figure.label == "hộ dân sử dụng điện lưới quốc gia"


def test_a_share_after_a_count_named_before_it_is_that_counts_share(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Năm 2024, hộ cận nghèo của xã là 378 hộ, tỷ lệ 11,27%."
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[11.27]
    assert figure.indicator == "ho_can_ngheo"


def test_poor_and_near_poor_counted_together_are_neither_alone(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Năm 2024, toàn xã có 6 hộ nghèo và cận nghèo, chiếm tỷ lệ 0,83%."
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert (figures[6].indicator, figures[6].label) == (UNCATALOGUED, "hộ nghèo và cận nghèo")
    assert figures[0.83].indicator == UNCATALOGUED


def test_a_level_moved_to_without_a_comma_keeps_the_measure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Tỷ lệ hộ nghèo năm 2012 là 1,73% giảm xuống còn 0,7% vào cuối năm 2023."
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[0.7]
    assert figure.indicator == "ho_ngheo"


def test_a_share_corresponding_to_a_change_in_a_count_is_a_change(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Năm 2024, xã có 285 hộ cận nghèo, tỷ lệ 1,25%, giảm 20 hộ, tương ứng tỷ lệ 0,09%."
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[0.09]
    assert (figure.indicator, figure.kind, figure.label) == (
        UNCATALOGUED,
        "change",
        "Tỷ lệ hộ cận nghèo",
    )


def test_a_fall_written_giam_di_is_a_change_of_the_measure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Như vậy, sau 16 năm, tỷ lệ hộ nghèo của Lai châu đã giảm đi 30,3%."
    figure = _read(sentence, catalog, gazetteer, title="Tỉnh Lai Châu").figures[0]
    assert (figure.kind, figure.label) == ("change", "tỷ lệ hộ nghèo")


def test_communes_nearly_there_in_the_next_item_leave_the_first_count_whole(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Tính đến nay huyện Tân Phước có 2/25 xã được Ủy ban nhân dân tỉnh công nhận xã đạt "
        "chuẩn nông thôn mới, 3/25 xã cơ bản đạt chuẩn nông thôn mới."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer, title="Huyện Tân Phước").figures)
    assert figures[2].indicator == "xa_ntm"
    assert figures[3].indicator == UNCATALOGUED


def test_communes_reaching_the_new_countryside_without_standard_are_counted(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Đến nay, toàn huyện Tân Phước có 19/23 xã đạt NTM."
    figures = _by_value(_read(sentence, catalog, gazetteer, title="Huyện Tân Phước").figures)
    assert (figures[19].indicator, figures[19].denominator) == ("xa_ntm", 23)


def test_awards_named_with_the_awarder_between_and_praise_are_catalogued(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Trong nhiệm kỳ, Đảng bộ xã có 01 tập thể, 04 cá nhân được thị xã khen thưởng và biểu "
        "dương qua học tập làm theo Bác, xã khen và tuyên dương 08 tập thể, 22 cá nhân."
    )
    figures = _read(sentence, catalog, gazetteer).figures
    assert [(f.indicator, f.value) for f in figures] == [
        ("tap_the_khen_thuong", 1),
        ("ca_nhan_khen_thuong", 4),
        ("tap_the_khen_thuong", 8),
        ("ca_nhan_khen_thuong", 22),
    ]


def test_delegates_elected_into_another_congress_delegation_are_not_this_congress(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Đại hội đã bầu ra Ban Chấp hành gồm 15 đồng chí; bầu 13 đại biểu chính thức và 2 đại "
        "biểu dự khuyết vào đoàn đại biểu dự Đại hội Đảng bộ thị xã Trảng Bàng lần thứ XII."
    )
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[13]
    assert figure.indicator == UNCATALOGUED


def test_developing_members_as_a_share_of_plan_is_admissions_against_plan(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Tổng thu ngân sách nhà nước đạt 226% chỉ tiêu; phát triển đảng viên đạt 240% chỉ tiêu."
    )
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[240]
    assert (figure.indicator, figure.kind) == ("ket_nap_ke_hoach", "share_of_plan")


def test_a_hectare_of_farmland_names_the_value_per_hectare_and_both_ends_of_its_rise(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Giá trị sản phẩm bình quân 1ha đất canh tác tăng từ 85 triệu đồng/ha năm 2010 lên "
        "180 triệu đồng/ha vào năm 2017."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer, title="Huyện Kim Bảng").figures)
    assert figures[85].indicator == figures[180].indicator == "gia_tri_san_xuat_ha"


def test_money_mistyped_after_its_scale_is_still_money(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Thu nhập bình quân đầu người đạt 35 triệu động/người/năm."
    assert [(f.indicator, f.value) for f in _read(sentence, catalog, gazetteer).figures] == [
        ("thu_nhap", 35)
    ]


def test_a_count_out_of_a_total_written_out_is_an_x_over_y(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Toàn tỉnh có 160 trong tổng số 178 xã được công nhận đạt chuẩn NTM."
    figure = _by_value(_read(sentence, catalog, gazetteer, title="Tỉnh Hải Dương").figures)[160]
    assert (figure.indicator, figure.denominator) == ("xa_ntm", 178)


def test_a_count_takes_the_standing_its_units_were_recognised_as(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Đến nay, 100 tổ dân phố được công nhận tổ văn hóa; 1 thôn được công nhận thôn thông "
        "minh. Trong đó, có 3 tổ dân phố được công nhận tổ dân phố văn hóa trong năm 2015."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer, title="Phường Phú Hội").figures)
    assert figures[100].indicator == "ap_van_hoa"
    assert figures[1].indicator == UNCATALOGUED
    assert figures[3].indicator != "ap_van_hoa"


def test_a_sentence_in_detail_gives_each_units_item_of_the_measure_before(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Theo đó, toàn tỉnh có 27.761 hộ nghèo, chiếm 19,26%. Cụ thể, Krông Nô: 3.169 hộ; "
        "Đắk Mil: 1.863 hộ."
    )
    figures = _by_value(_read(body, catalog, gazetteer, title="Tỉnh Đắk Nông").figures)
    assert (figures[3169].indicator, figures[3169].unit.name) == ("so_ho_ngheo", "Krông Nô")
    assert (figures[1863].indicator, figures[1863].unit.name) == ("so_ho_ngheo", "Đắk Mil")


def test_units_items_after_trong_do_are_each_units_own_admissions(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… kết nạp được 957 đảng viên mới. Trong đó, Thạnh Phú 121 đảng viên, Mỏ Cày Nam
    121, Giồng Trôm 120": each district's own admissions, its name right before its number."""
    body = (
        "Toàn tỉnh kết nạp được 957 đảng viên mới. Trong đó, Thạnh Phú 121 đảng viên, Mỏ Cày "
        "Nam 115, Giồng Trôm 120, Ba Tri 118."
    )
    figures = _read(body, catalog, gazetteer, title="Tỉnh Bến Tre").figures
    items = {(f.unit.name, f.value) for f in figures if f.indicator == "dang_vien_moi"}
    assert {("Thạnh Phú", 121), ("Mỏ Cày Nam", 115), ("Giồng Trôm", 120), ("Ba Tri", 118)} <= items
    assert not [f for f in figures if f.indicator == "dang_vien"]


def test_a_move_named_after_its_start_dates_each_end(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "tỷ lệ hộ nghèo từ 32,21% năm 2016 đến nay giảm còn 7,04%": the start is 2016's, the
    level reached today's; with no year the start is no reading at all."""
    body = (
        "Qua đó, tỷ lệ hộ nghèo từ 32,21% năm 2016 đến nay giảm còn 7,04%. Tỷ lệ hộ cận nghèo "
        "từ 12,5% giảm xuống còn 4,2%."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert (figures[32.21].indicator, figures[32.21].as_of) == ("ho_ngheo", "2016-12-31")
    assert (figures[7.04].indicator, figures[7.04].as_of) == ("ho_ngheo", "2024-06-01")
    assert 12.5 not in figures
    assert figures[4.2].indicator == "ho_can_ngheo"


def test_communes_completing_the_programme_and_a_share_reaching_up_to(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đến cuối năm 2019, tỉnh Trà Vinh đã có 55/85 xã hoàn thành mục tiêu quốc gia xây dựng "
        "nông thôn mới. Tỷ lệ người dân tham gia bảo hiểm y tế lên tới 92%."
    )
    figures = _by_value(_read(body, catalog, gazetteer, title="Tỉnh Trà Vinh").figures)
    assert (figures[55].indicator, figures[55].denominator) == ("xa_ntm", 85)
    assert figures[92].indicator == "bhyt"


def test_a_title_count_the_body_gives_as_the_years_recognitions_is_not_a_standing(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Chủ tịch UBND tỉnh vừa ký, ban hành Quyết định công nhận 09 xã đạt chuẩn nông thôn mới "
        "(NTM) nâng cao năm 2021.",
        catalog,
        gazetteer,
        title="Bắc Ninh: 9 xã đạt chuẩn nông thôn mới nâng cao năm 2021",
    )
    assert [(f.indicator, f.kind, f.value) for f in article.figures] == [
        (UNCATALOGUED, "count_of_actions", 9)
    ]


def test_production_value_rising_on_average_each_year_is_its_growth_rate(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Theo đó, tổng giá trị sản xuất toàn nền kinh tế tăng bình quân hằng năm 12,49%."
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[12.49]
    assert figure.indicator == "tang_truong_gtsx"


def test_delegates_elected_from_the_members_are_the_congress_delegates(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Về dự có đồng chí Nguyễn Lê Huy, Bí thư Huyện ủy cùng 187 đại biểu tiêu biểu được bầu "
        "chọn từ 1.150 đảng viên trong toàn Đảng bộ."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[187].indicator == "dai_bieu_dai_hoi"


def test_a_share_of_the_people_takes_what_they_do_past_where_they_live(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đến nay, trên 90% dân số trên địa bàn xã đã tham gia Bảo hiểm y tế. Tỉnh có 80% dân số "
        "nông thôn sử dụng nước sạch."
    )
    figures = _by_value(_read(body, catalog, gazetteer).figures)
    assert figures[90].indicator == "bhyt"
    assert 80 not in figures or figures[80].indicator != "nuoc_sach"


def test_income_on_an_average_hectare_of_farmland_is_the_value_per_hectare(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Thu nhập bình quân đầu người đạt 44,5 triệu đồng/năm; thu nhập bình quân 1ha canh tác "
        "đạt 150 triệu đồng/năm."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer).figures)
    assert figures[150].indicator == "gia_tri_san_xuat_ha"
    assert 1 not in figures


def test_party_bases_are_the_basic_party_organisations(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = "Dự đại hội có 218 đại biểu chính thức đến từ 31 cơ sở Đảng trên địa bàn huyện."
    figures = _by_value(_read(sentence, catalog, gazetteer, title="Huyện Cần Giuộc").figures)
    assert figures[31].indicator == "to_chuc_co_so_dang"


def test_a_count_said_to_equal_a_share_is_its_count_twin(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = "Hộ cận nghèo chiếm 11,9% (tương đương với 715 hộ)."
    figures = _by_value(_read(body, catalog, gazetteer, title="Huyện Lạc Dương").figures)
    assert (figures[11.9].indicator, figures[715].indicator) == ("ho_can_ngheo", "so_ho_can_ngheo")


def test_a_higher_party_body_gives_nothing_and_elected_delegates_are_the_congress(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đảng bộ phường là đảng bộ cấp trên trực tiếp của 71 tổ chức cơ sở đảng. Dự Đại hội có "
        "117 đại biểu được bầu từ 14 chi bộ đại diện cho 766 đảng viên trong toàn Đảng bộ."
    )
    figures = _by_value(_read(body, catalog, gazetteer, title="Phường Bắc Hồng").figures)
    assert (figures[71].indicator, figures[71].kind) == ("to_chuc_co_so_dang", "total")
    assert figures[117].indicator == "dai_bieu_dai_hoi"


def test_a_committee_presented_with_its_members_counts_them(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Tại đại hội, Ban Chấp hành Đảng bộ phường Bến Thành nhiệm kỳ 2025-2030 ra mắt với 31 "
        "thành viên."
    )
    figures = _by_value(_read(sentence, catalog, gazetteer, title="Phường Bến Thành").figures)
    assert figures[31].indicator == "uy_vien_bch"


def test_a_bracket_giving_another_years_level_is_that_years_reading(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Thu nhập bình quân đầu người đến năm 2020 ước đạt 62 triệu đồng/người/năm (năm 2015 là "
        "đạt 42.5 triệu đồng/người/năm)."
    )
    figure = _by_value(_read(sentence, catalog, gazetteer).figures)[42.5]
    assert (figure.indicator, figure.as_of) == ("thu_nhap", "2015-12-31")


def test_who_awarded_the_badge_stands_inside_its_phrase(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    figures = _by_value(
        _read(
            "Nhân kỷ niệm 88 năm Ngày thành lập Đảng, huyện Kim Động có 95 đảng viên được Ban "
            "Thường vụ Tỉnh ủy quyết định tặng Huy hiệu Đảng.",
            catalog,
            gazetteer,
            title="Huyện Kim Động",
        ).figures
    )
    assert figures[95].indicator == "trao_huy_hieu_dang"


def test_awards_given_without_cho_and_badges_counted_as_badges(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    awards = _by_value(
        _read(
            "Dịp này, UBND thị trấn tặng giấy khen 6 tập thể, 5 cá nhân có thành tích xuất sắc.",
            catalog,
            gazetteer,
        ).figures
    )
    assert (awards[6].indicator, awards[5].indicator) == (
        "tap_the_khen_thuong",
        "ca_nhan_khen_thuong",
    )
    badges = _by_value(
        _read(
            "Thành ủy vừa trao 208 Huy hiệu Đảng cho các đảng viên thuộc Đảng bộ thành phố.",
            catalog,
            gazetteer,
            title="Thành phố Hải Dương",
        ).figures
    )
    assert badges[208].indicator == "trao_huy_hieu_dang"


def test_an_average_growth_named_after_the_economy(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _by_value(
        _read(
            "Kinh tế duy trì tốc độ phát triển ổn định với tăng trưởng bình quân đạt 11,61%.",
            catalog,
            gazetteer,
        ).figures
    )
    assert figures[11.61].indicator == "tang_truong_gtsx"


def test_what_remains_links_a_rate_to_its_number(catalog: Catalog, gazetteer: Gazetteer) -> None:
    figures = _by_value(_read("Đến nay, tỷ lệ hộ nghèo còn lại 0,91%.", catalog, gazetteer).figures)
    assert figures[0.91].indicator == "ho_ngheo"


def test_a_count_written_in_words(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "sáp nhập bốn đơn vị hành chính", "có ba xã đạt chuẩn …": a count in words is a
    figure; a rank ("thứ hai") and communes named after their count in words are not."""
    merged = _read(
        "Xã Tam Đảo được thành lập trên cơ sở sáp nhập bốn đơn vị hành chính.",
        catalog,
        gazetteer,
        "Xã Tam Đảo",
    ).figures
    assert [(f.value, f.kind) for f in merged] == [(4, "total")]
    assert "đơn vị hành chính" in (merged[0].label or "")
    graded = _read(
        "Đến nay, tỉnh Sơn La có ba xã đạt chuẩn nông thôn mới nâng cao.",
        catalog,
        gazetteer,
        "Tỉnh Sơn La",
    ).figures
    assert [(f.indicator, f.value) for f in graded] == [("xa_ntm_nang_cao", 3)]
    ranked = _read(
        "Hà Tĩnh là tỉnh có tỷ lệ hộ nghèo giảm nhanh thứ hai cả nước; hai xã Kỳ Tân và Kỳ "
        "Hoa đã đạt 19/19 tiêu chí.",
        catalog,
        gazetteer,
        "Tỉnh Hà Tĩnh",
    ).figures
    assert 2 not in [f.value for f in ranked]


def test_communes_that_completed_the_new_countryside_and_a_truncated_share(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "52/143 xã hoàn thành nông thôn mới, chiếm 36,3% tổng số xã": the communes meeting the
    standard, and their share as the page cuts it (52/143 is 36,36%)."""
    figures = _by_value(
        _read(
            "Hết năm 2019, toàn tỉnh Lào Cai có 52/143 xã hoàn thành nông thôn mới, chiếm 36,3% "
            "tổng số xã.",
            catalog,
            gazetteer,
            "Tỉnh Lào Cai",
        ).figures
    )
    assert figures[52].indicator == "xa_ntm"
    assert figures[36.3].indicator == "ty_le_xa_ntm"


def test_units_said_to_equal_a_planned_share(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Theo kế hoạch, … có 20% số xã đạt chuẩn nông thôn mới, tương đương 26 xã trong tổng số
    122 xã": the plan's share and the communes it equals, out of all of them, both targets."""
    figures = _by_value(
        _read(
            "Theo kế hoạch, giai đoạn 2010-2015 tỉnh Bình Định có 20% số xã đạt chuẩn nông thôn "
            "mới, tương đương 26 xã trong tổng số 122 xã.",
            catalog,
            gazetteer,
            "Tỉnh Bình Định",
        ).figures
    )
    assert (figures[20].indicator, figures[20].is_target) == ("ty_le_xa_ntm", True)
    communes = figures[26]
    assert (communes.indicator, communes.denominator, communes.is_target) == ("xa_ntm", 122, True)


def test_comrades_given_the_party_badge(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "có 6 đồng chí được trao huy hiệu 50, 45 và 40 tuổi đảng": members given the badge,
    as "đảng viên được trao huy hiệu" is."""
    figures = _read(
        "Đợt này, đảng bộ xã Tân Phước vinh dự có 6 đồng chí được trao huy hiệu 50, 45 và 40 "
        "tuổi đảng.",
        catalog,
        gazetteer,
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("trao_huy_hieu_dang", 6)]


def test_an_aside_between_a_count_of_communes_and_the_standard(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "có 02 xã (Đại An, Ngọc Biên) đạt chuẩn nông thôn mới nâng cao": the bracket names
    them; the count still meets the standard written after it."""
    figures = _read(
        "Năm 2023, huyện có 02 xã (Đại An, Ngọc Biên) đạt chuẩn nông thôn mới nâng cao.",
        catalog,
        gazetteer,
        "Huyện Trà Cú",
    ).figures
    assert [(f.indicator, f.value) for f in figures] == [("xa_ntm_nang_cao", 2)]


def test_a_share_in_a_counts_aside(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "có 90 xã (bằng 75,6% tổng số xã) đạt chuẩn nông thôn mới": the count meets the
    standard, and the aside gives its share."""
    figures = _by_value(
        _read(
            "Đến hết năm 2018, toàn tỉnh có 90 xã (bằng 75,6% tổng số xã) đạt chuẩn nông thôn mới.",
            catalog,
            gazetteer,
            "Tỉnh Ninh Bình",
        ).figures
    )
    assert (figures[90].indicator, figures[75.6].indicator) == ("xa_ntm", "ty_le_xa_ntm")


def test_year_by_year_between_a_rate_and_its_number(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Tỷ lệ hộ nghèo giảm dần theo từng năm từ 8,81% vào năm 2010": how it went, year by
    year, does not part the rate from its start level."""
    figures = _by_value(
        _read(
            "Tỷ lệ hộ nghèo giảm dần theo từng năm từ 8,81% vào năm 2010, đến nay chỉ còn 2,68%.",
            catalog,
            gazetteer,
            "Huyện Cần Giuộc",
        ).figures
    )
    assert (figures[8.81].indicator, figures[2.68].indicator) == ("ho_ngheo", "ho_ngheo")


def test_the_units_a_sentence_opens_on_as_its_whole(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Trong số 39 xã nông thôn mới của tỉnh, chỉ có 5 xã …": the 39 is no label ("số 39"),
    and the province's new-countryside communes are a count of their own."""
    figures = _by_value(
        _read(
            "Trong số 39 xã nông thôn mới của tỉnh, chỉ có 5 xã giữ vững 19/19 tiêu chí.",
            catalog,
            gazetteer,
            "Tỉnh Vĩnh Long",
        ).figures
    )
    assert figures[39].indicator == "xa_ntm"


def test_a_share_reached_restating_the_ratio(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "15/15 xã của huyện đã đạt chuẩn nông thôn mới, đạt tỷ lệ 100%": the ratio as a
    share, under the catalog's rate of communes meeting the standard."""
    figures = _by_value(
        _read(
            "Đến nay, 15/15 xã của huyện đã đạt chuẩn nông thôn mới, đạt tỷ lệ 100%.",
            catalog,
            gazetteer,
            "Huyện Thanh Trì",
        ).figures
    )
    assert (figures[15].indicator, figures[100].indicator) == ("xa_ntm", "ty_le_xa_ntm")


def test_a_stop_with_no_space_after_it_still_ends_the_sentence(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… nhiệm kỳ 2010 - 2015.Trong nhiệm kỳ qua, …": the quote is the sentence that states
    the figure, and the congress's term does not reach it; "Tp.Huế" stays one sentence."""
    article = _read(
        "LSO-Ngày 3/6, Đảng bộ xã Lợi Bác đã tổ chức Đại hội nhiệm kỳ 2010 - 2015.Trong nhiệm "
        "kỳ qua, Đảng bộ xã đã thực hiện thắng lợi các mục tiêu đề ra; tỷ lệ hộ nghèo giảm từ "
        "43% xuống còn 38% năm 2009. Tại Tp.Huế có 5 xã đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Đại hội đảng bộ xã Lợi Bác nhiệm kỳ 2010 – 2015",
    )
    poverty = next(f for f in article.figures if f.value == 38)
    assert poverty.quote.startswith("Trong nhiệm kỳ qua")
    assert not poverty.is_target
