"""Which unit a figure belongs to: one rule per test, each in a short sentence."""

from __future__ import annotations

from bot.domain.catalog import Catalog
from bot.domain.gazetteer import Gazetteer
from bot.extraction import ExtractedArticle, extract_text
from bot.text import fold


def _read(
    body: str, catalog: Catalog, gazetteer: Gazetteer, title: str = "Tin xã"
) -> ExtractedArticle:
    return extract_text(
        f"{title}\n\n01/08/2025\n\n{body}\n",
        file="test.txt",
        catalog=catalog,
        province_names=gazetteer.province_names(),
    )


def _units(article: ExtractedArticle) -> set[tuple[str, str, float]]:
    return {(fold(f.unit.name), f.unit.level, f.value) for f in article.figures}


def test_abbreviated_ward_names_the_subject(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "P.Bến Nghé" is phường Bến Nghé, as "TP.Huế" is thành phố Huế."""
    article = _read(
        "Năm 2024, P.Bến Nghé có tỷ lệ hộ nghèo còn 0,5%.", catalog, gazetteer, "Phường nhỏ"
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("bennghe", "commune")
    assert _units(article) == {("bennghe", "commune", 0.5)}


def test_a_persons_initial_is_no_unit(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """A byline "H.Đ" is no huyện: one-letter abbreviations need a name the gazetteer knows."""
    article = _read("Xã Tân Phước có tỷ lệ hộ nghèo 2,1%.\n\nH.Đ", catalog, gazetteer)
    assert _units(article) == {("tanphuoc", "commune", 2.1)}


def test_the_issuer_of_an_award_owns_none_of_its_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "UBND huyện Yên Thế tặng giấy khen cho 4 tập thể": the 4 are the commune's people."""
    article = _read(
        "Xã Hồng Kỳ, huyện Yên Thế đón bằng công nhận. "
        "UBND huyện Yên Thế tặng giấy khen cho 4 tập thể, 12 cá nhân.",
        catalog,
        gazetteer,
    )
    assert _units(article) == {("hongky", "commune", 4.0), ("hongky", "commune", 12.0)}


def test_an_issuing_party_committee_is_passed_over(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read(
        "Xã Hồng Kỳ có nhiều gương sáng. Huyện ủy Yên Thế đã khen thưởng 7 tập thể.",
        catalog,
        gazetteer,
    )
    assert _units(article) == {("hongky", "commune", 7.0)}


def test_a_distance_is_not_the_reference_points(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "cách trung tâm huyện 5 km": the distance is the commune's, the district a landmark."""
    article = _read(
        "Xã Thiện Hưng nằm cách trung tâm hành chính huyện 5km, dân số trên 11 ngàn người.",
        catalog,
        gazetteer,
    )
    # Whether a distance is a figure at all is the meaning rules' call; the district's it is not.
    assert ("thienhung", "commune", 11000.0) in _units(article)
    assert {name for name, _level, _value in _units(article)} == {"thienhung"}


def test_a_named_place_of_a_distance_is_a_landmark(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read(
        "Xã Tân Phước nằm cách thành phố Tây Ninh 15 km, có tỷ lệ hộ nghèo 2,1%.",
        catalog,
        gazetteer,
    )
    assert _units(article) == {("tanphuoc", "commune", 2.1)}


def test_the_unit_compared_against_is_not_the_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "thấp hơn so với huyện Yên Thế": Yên Thế is the yardstick, the rate is Hồng Kỳ's."""
    article = _read(
        "Năm 2023, xã Hồng Kỳ có tỷ lệ hộ nghèo thấp hơn so với huyện Yên Thế, còn 3,2%.",
        catalog,
        gazetteer,
    )
    assert _units(article) == {("hongky", "commune", 3.2)}


def test_a_commune_compared_against_is_not_the_next_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Xã Hồng Kỳ đạt 17/19 tiêu chí, nhiều hơn xã Đồng Kỳ 2 tiêu chí, tỷ lệ hộ nghèo còn 3,2%.",
        catalog,
        gazetteer,
    )
    assert _units(article) == {("hongky", "commune", 17.0), ("hongky", "commune", 3.2)}


def test_communes_counted_and_named_share_the_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "2 xã Pô Kô và Đắk Rơ Nga đạt 14/19 tiêu chí": both communes, not the one before."""
    article = _read(
        "Huyện Đắk Tô phấn đấu xã Văn Lem đạt 15/19 tiêu chí, 2 xã Pô Kô và Đắk Rơ Nga "
        "đạt 14/19 tiêu chí.",
        catalog,
        gazetteer,
        "Huyện Đắk Tô",
    )
    assert {(unit, value) for unit, _, value in _units(article) if value > 10} == {
        ("vanlem", 15.0),
        ("poko", 14.0),
        ("dakronga", 14.0),
    }


def test_names_listed_after_one_level_word_are_units(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "xã Thoại Giang và Vĩnh Trạch đạt 17/19": the second name needs no "xã" of its own."""
    article = _read(
        "Kết quả thẩm định, xã Thoại Giang và Vĩnh Trạch đạt 17/19 tiêu chí.",
        catalog,
        gazetteer,
        "Tỉnh An Giang",
    )
    assert _units(article) == {("thoaigiang", "commune", 17.0), ("vinhtrach", "commune", 17.0)}


def test_a_district_after_a_comma_is_no_list_member(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "xã Hồng Kỳ, Yên Thế": Yên Thế is the commune's district, not a second commune."""
    article = _read("Xã Hồng Kỳ, Yên Thế đạt 17/19 tiêu chí.", catalog, gazetteer)
    assert _units(article) == {("hongky", "commune", 17.0)}


def test_a_list_of_units_leaves_the_next_sentence_to_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """After "nhân dân 3 xã A, B, C đã …", a figure with no unit is not C's."""
    article = _read(
        "Xã Chiềng Hặc có 41 bản. Nhân dân 3 xã Chiềng Hặc, Tú Nang, Mường Lựm đã đoàn kết. "
        "Tỷ lệ che phủ rừng đạt 54,5%.",
        catalog,
        gazetteer,
        "Xã Chiềng Hặc",
    )
    assert ("chienghac", "commune", 54.5) in _units(article)
    assert {unit for unit, _, _ in _units(article)} == {"chienghac"}


def test_joined_units_share_only_a_figure_of_their_own(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "xã A và xã B … của tỉnh đạt 60%": the province's rate is not A's as well."""
    article = _read(
        "Xã Hồng Kỳ và xã Đồng Kỳ nằm trong vùng có tỷ lệ che phủ rừng của tỉnh đạt 60%.",
        catalog,
        gazetteer,
        "Tin huyện Yên Thế",
    )
    assert _units(article) == {("bacgiang", "province", 60.0)}


def test_guests_named_by_office_own_none_of_the_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Dự đại hội có … Bí thư Huyện ủy Yên Thế, lãnh đạo huyện Yên Thế và 180 đại biểu":
    the district names who came; the delegates and members are the commune's."""
    article = _read(
        "Đại hội Đảng bộ xã Hồng Kỳ diễn ra hôm qua. Dự đại hội có ông Nguyễn Văn A, Bí thư "
        "Huyện ủy Yên Thế, lãnh đạo huyện Yên Thế và 180 đại biểu, đại diện cho hơn 1.200 "
        "đảng viên.",
        catalog,
        gazetteer,
        "Xã Hồng Kỳ",
    )
    assert _units(article) == {("hongky", "commune", 180.0), ("hongky", "commune", 1200.0)}


def test_an_officials_unit_outside_a_ceremony_still_counts(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """A speaker's office names the unit he speaks for when nobody is attending anything."""
    article = _read(
        "Theo lãnh đạo huyện Yên Thế, năm 2023 toàn huyện có 12/17 xã đạt chuẩn NTM.",
        catalog,
        gazetteer,
        "Xã Hồng Kỳ",
    )
    assert ("yenthe", "district", 12.0) in _units(article)


def test_past_a_list_of_communes_figures_a_bare_clause_is_the_district(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "xã A đạt …, xã B đạt …; tỷ lệ hộ nghèo …": the rate is not B's but the district's."""
    article = _read(
        "Huyện Yên Thế phấn đấu xã Hồng Kỳ đạt 17/19 tiêu chí, xã Đồng Kỳ đạt 15/19 tiêu chí; "
        "tỷ lệ hộ nghèo toàn vùng còn dưới 3%.",
        catalog,
        gazetteer,
        "Huyện Yên Thế",
    )
    assert _units(article) == {
        ("hongky", "commune", 17.0),
        ("dongky", "commune", 15.0),
        ("yenthe", "district", 3.0),
    }


def test_one_commune_before_a_semicolon_keeps_its_clauses(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Xã Hồng Kỳ đạt 17/19 tiêu chí; tỷ lệ hộ nghèo còn 3%.", catalog, gazetteer, "Huyện Yên Thế"
    )
    assert _units(article) == {("hongky", "commune", 17.0), ("hongky", "commune", 3.0)}


def test_a_title_on_the_whole_province_makes_it_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Toàn tỉnh kết nạp 288 đảng viên": the province, whichever district the body names."""
    article = _read(
        "Đảng bộ huyện Ninh Phước kết nạp 52 đảng viên mới, Đảng bộ huyện Ninh Phước dẫn đầu.",
        catalog,
        gazetteer,
        "Toàn tỉnh kết nạp 288 đảng viên",
    )
    assert article.subject is not None
    assert article.subject.level == "province"
    assert fold(article.subject.name) == "ninhthuan"


def test_the_unit_assigning_a_target_is_not_the_one_meeting_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "đạt 87,4% chỉ tiêu tỉnh giao …, vượt 15 đảng viên": the town's, not the province's."""
    article = _read(
        "Từ đầu năm, Đảng bộ thị xã đã kết nạp 166 đảng viên, đạt 87,4% chỉ tiêu tỉnh giao cả "
        "năm (190 đảng viên), vượt 15 đảng viên so với cả năm 2021.",
        catalog,
        gazetteer,
        "Số đảng viên mới kết nạp ở Kinh Môn vượt cả năm ngoái",
    )
    assert {(unit, level) for unit, level, _ in _units(article)} == {("kinhmon", "district")}


def test_the_host_of_a_meeting_is_not_the_next_sentences_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Hội nghị vừa được huyện Định Hóa tổ chức. Kết quả, 14/14 phiếu …": the town's vote."""
    article = _read(
        "Hội nghị thẩm định vừa được huyện Định Hóa tổ chức. Kết quả, 14/14 phiếu nhất trí đề "
        "nghị công nhận thị trấn Chợ Chu đạt chuẩn.",
        catalog,
        gazetteer,
        "Thị trấn Chợ Chu đạt chuẩn đô thị văn minh",
    )
    assert {unit for unit, _, _ in _units(article)} == {"chochu"}


def _subject(article: ExtractedArticle) -> tuple[str, str]:
    assert article.subject is not None
    return fold(article.subject.name), article.subject.level


def test_a_title_counting_communes_is_about_a_unit_above_them(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… công nhận 13 xã nông thôn mới nâng cao": the province, not a commune it lists."""
    article = _read(
        "An Giang hiện có 2/119 xã đạt chuẩn. Kết quả thẩm định, xã Mỹ Hiệp và xã Phú Bình "
        "đạt 19/19 tiêu chí; xã Mỹ Hiệp được đánh giá cao.",
        catalog,
        gazetteer,
        "Đến cuối năm 2020, công nhận 13 xã nông thôn mới nâng cao",
    )
    assert _subject(article) == ("angiang", "province")


def test_a_district_and_commune_namesake_under_a_title_counting_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Vĩnh Thuận có thêm 02 xã đạt chuẩn": the district Vĩnh Thuận, not its commune."""
    article = _read(
        "Xã Vĩnh Thuận và xã Vĩnh Bình Bắc đạt chuẩn. Xã Vĩnh Thuận có 19/19 tiêu chí. "
        "Huyện Vĩnh Thuận đã có 06/07 xã đạt chuẩn.",
        catalog,
        gazetteer,
        "Vĩnh Thuận có thêm 02 xã đạt chuẩn nông thôn mới",
    )
    assert _subject(article) == ("vinhthuan", "district")


def test_a_commune_named_in_a_counting_title_stays_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Xã Hồng Kỳ đạt 19/19 tiêu chí.",
        catalog,
        gazetteer,
        "Xã Hồng Kỳ là 1 trong 3 xã đầu tiên của huyện đạt chuẩn",
    )
    assert _subject(article) == ("hongky", "commune")


def test_a_paragraph_pointing_back_keeps_the_unit_before_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Huyện Duy Tiên có … được UBND tỉnh Hà Nam công nhận. ¶ Các xã này …": Duy Tiên's."""
    article = _read(
        "Huyện Nam Đàn có 23/23 xã đạt chuẩn.\n\n"
        "Huyện Duy Tiên có 16/16 xã đã được UBND tỉnh Hà Nam công nhận đạt chuẩn.\n\n"
        "Các xã này đều có mô hình liên kết. Thu nhập bình quân đầu người là 38 triệu đồng/người.",
        catalog,
        gazetteer,
        "2 huyện đạt chuẩn nông thôn mới",
    )
    assert ("duytien", "district", 38.0) in _units(article)


def test_a_paragraph_not_pointing_back_returns_to_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Xã Hồng Kỳ đạt 19/19 tiêu chí.\n\nĐoàn đã làm việc tại xã Đồng Kỳ.\n\n"
        "Thu nhập bình quân đầu người là 38 triệu đồng/người.",
        catalog,
        gazetteer,
        "Xã Hồng Kỳ đạt chuẩn",
    )
    assert ("hongky", "commune", 38.0) in _units(article)


def test_the_authority_recognising_a_unit_is_not_the_next_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… được UBND tỉnh Hà Nam công nhận đạt chuẩn. Thu nhập …": the district's income."""
    article = _read(
        "Huyện Duy Tiên có 16/16 xã đã được UBND tỉnh Hà Nam công nhận đạt chuẩn. "
        "Thu nhập bình quân đầu người là 38 triệu đồng/người.",
        catalog,
        gazetteer,
        "Huyện Duy Tiên đạt chuẩn nông thôn mới",
    )
    assert ("duytien", "district", 38.0) in _units(article)


def test_a_title_naming_a_level_picks_that_level_of_a_namesake(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Phường di sản …" over a body naming the former city TP.Hội An more than the 2025
    ward P.Hội An: the ward, in the province the article names."""
    article = _read(
        "Đảng bộ TP.Hội An cũ có nhiều thành tích. TP.Hội An cũ là đô thị di sản. "
        "P.Hội An có hơn 5.000 đảng viên.",
        catalog,
        gazetteer,
        "Phường di sản của Đà Nẵng: phấn đấu trở thành đô thị sinh thái",
    )
    assert article.subject is not None
    assert (article.subject.level, article.subject.type) == ("commune", "Phường")
    assert article.subject.province == "Đà Nẵng"
    assert _units(article) == {("hoian", "commune", 5000.0)}


def test_a_listed_commune_named_like_a_district_elsewhere(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Hai xã Gia Ninh và Vạn Ninh": Vạn Ninh is a district in Khánh Hòa, but here a
    commune of Gia Ninh's own district."""
    article = _read(
        "Hai xã Gia Ninh và Vạn Ninh cơ bản đã hoàn thành 19/19 tiêu chí.",
        catalog,
        gazetteer,
        "Huyện Quảng Ninh",
    )
    assert _units(article) == {("gianinh", "commune", 19.0), ("vanninh", "commune", 19.0)}


def test_a_forecast_is_no_ceremony(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Dự kiến …" is not "Dự đại hội": a leader's unit named there is still a unit."""
    article = _read(
        "Dự kiến năm 2025, lãnh đạo huyện Yên Thế đặt mục tiêu 15/17 xã đạt chuẩn.",
        catalog,
        gazetteer,
        "Toàn tỉnh phấn đấu về đích nông thôn mới",
    )
    assert ("yenthe", "district", 15.0) in _units(article)


def test_a_title_opening_with_a_bare_province_is_about_the_province(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Trà Vinh: có thêm 11 xã …" over a body listing districts: the province."""
    article = _read(
        "Tỉnh Trà Vinh công nhận 5 xã, gồm: An Quảng Hữu, Tân Hiệp (huyện Trà Cú), Đôn Xuân "
        "(huyện Duyên Hải). Huyện Trà Cú có 2 xã đạt chuẩn.",
        catalog,
        gazetteer,
        "Trà Vinh: có thêm 11 xã đạt chuẩn nông thôn mới",
    )
    assert _subject(article) == ("travinh", "province")


def test_a_title_province_gives_way_to_a_unit_the_title_names(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Quảng Trị: Hướng Hóa có thêm 2 xã …": the district the title names."""
    article = _read(
        "Huyện Hướng Hóa có thêm 2 xã đạt chuẩn, nâng tổng số lên 8 xã.",
        catalog,
        gazetteer,
        "Quảng Trị: Hướng Hóa có thêm 2 xã đạt chuẩn",
    )
    assert _subject(article) == ("huonghoa", "district")


def test_a_longer_unit_name_wins_over_the_name_it_contains(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Phúc Thọ Lâm Hà", a 2025 commune, is not the former district "Lâm Hà" it contains."""
    article = _read(
        "Đảng bộ xã Phúc Thọ Lâm Hà tổ chức Đại hội. Xã được lập từ 2 xã thuộc huyện Lâm Hà "
        "cũ. Phúc Thọ Lâm Hà có 503 đảng viên.",
        catalog,
        gazetteer,
        "Phúc Thọ Lâm Hà tăng cường hoạt động hiệu quả",
    )
    assert _subject(article) == ("phuctholamha", "commune")


def test_a_party_board_attending_names_guests(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "sự tham dự của … Ban xây dựng Đảng tỉnh Lâm Đồng; cùng 227 đại biểu": the delegates
    are the commune's."""
    article = _read(
        "Đại hội có sự tham dự của các đồng chí trong Ban xây dựng Đảng tỉnh Lâm Đồng; cùng "
        "227 đại biểu chính thức đại diện cho 503 đảng viên.",
        catalog,
        gazetteer,
        "Xã Phúc Thọ Lâm Hà",
    )
    assert {u[:2] for u in _units(article)} == {("phuctholamha", "commune")}


def test_units_merged_are_counted_for_the_unit_they_formed(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """Not for the former district they were named with."""
    article = _read(
        "Đảng bộ xã Phúc Thọ Lâm Hà tổ chức đại hội. Xã được thành lập trên cơ sở sáp nhập"
        " 2 xã Phúc Thọ và Tân Thanh thuộc huyện Lâm Hà cũ.",
        catalog,
        gazetteer,
    )
    assert ("phuctholamha", "commune", 2.0) in _units(article)
    assert all(name != "lamha" for name, _level, _value in _units(article))


def test_a_place_at_the_end_of_a_schools_name_is_no_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """The words of a school's name may run lower-case before its place ("Kỹ thuật y tế")."""
    article = _read(
        "Đảng bộ thành phố Hải Dương kết nạp 68 đảng viên. Một số đảng bộ kết nạp được nhiều "
        "đảng viên mới là: Trường Đại học Kỹ thuật y tế Hải Dương (12 đảng viên).",
        catalog,
        gazetteer,
        "Thành phố Hải Dương",
    )
    assert {(u, v) for u, _, v in _units(article)} == {("haiduong", 68)}


def test_a_unit_a_title_ranks_its_subject_within_is_not_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Bản đầu tiên của huyện Mộc Châu …": the district frames the news; the commune in
    the lead, with its district only in brackets, is what the article is about."""
    article = _read(
        "Ngày 17/1, xã Mường Sang (Mộc Châu) đã tổ chức Lễ công bố bản Thái Hưng đạt chuẩn. "
        "Đây là bản đầu tiên của huyện Mộc Châu đạt chuẩn NTM kiểu mẫu.\n\n"
        "UBND huyện Mộc Châu đã tặng Giấy khen cho 3 cá nhân.",
        catalog,
        gazetteer,
        "Bản đầu tiên của huyện Mộc Châu đạt chuẩn nông thôn mới kiểu mẫu",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("muongsang", "commune")


def test_a_bans_figures_are_the_hamlets(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "bản Thái Hưng" is a hamlet; "văn bản", "cơ bản" are not."""
    article = _read(
        "Xã Mường Sang có tỷ lệ hộ nghèo 3%. Thu nhập bình quân của bản Thái Hưng đạt "
        "54 triệu đồng/người/năm. Theo văn bản Hướng dẫn, xã có 95% hộ dùng nước sạch.",
        catalog,
        gazetteer,
        "Xã Mường Sang",
    )
    assert {(u, v) for u, _, v in _units(article)} == {("muongsang", 3), ("muongsang", 95)}


def test_a_province_title_over_one_district_of_a_level_it_names(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Gia Lai: Đơn vị cấp huyện đầu tiên …" is about the district the body names."""
    article = _read(
        "Quyết định giao UBND tỉnh Gia Lai công bố; chỉ đạo TP. Pleiku duy trì các tiêu chí. "
        "Đến cuối năm 2018 TP. Pleiku có tỷ lệ hộ nghèo 1,2%.",
        catalog,
        gazetteer,
        "Gia Lai: Đơn vị cấp huyện đầu tiên về đích nông thôn mới",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("pleiku", "district")


def test_a_province_city_in_the_lead_over_districts_named_once(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Đảng bộ TP Cần Thơ kết nạp …; Cụ thể, Đảng bộ huyện Thới Lai …": the city's parts;
    and "Cần" of Cần Thơ sets no target."""
    article = _read(
        "Từ đầu năm đến nay, Đảng bộ TP Cần Thơ kết nạp được 1.988 đảng viên. "
        "Cụ thể, Đảng bộ huyện Thới Lai kết nạp 241 đảng viên; Đảng bộ quận Thốt Nốt kết nạp "
        "126 đảng viên.",
        catalog,
        gazetteer,
        "8 đảng bộ trực thuộc Thành ủy kết nạp đảng viên vượt kế hoạch",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("cantho", "province")
    first = next(f for f in article.figures if f.value == 1988)
    assert (fold(first.unit.name), first.is_target) == ("cantho", False)


def test_a_number_may_end_a_communes_name(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "xã Xuân Thọ 1" is the commune the gazetteer lists by that name."""
    article = _read(
        "Thu nhập bình quân đầu người của xã Xuân Thọ 1 đạt 35,1 triệu đồng/người/năm.",
        catalog,
        gazetteer,
        "Phú Yên: Giảm nghèo từ nông thôn mới",
    )
    assert _units(article) == {("xuantho1", "commune", 35.1)}


def test_a_body_speaking_of_the_province_over_units_named_once(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "UBND tỉnh … công nhận … Tràng Đà (TP Tuyên Quang) … toàn tỉnh có 54 xã": the
    province, not its capital named once in a list."""
    article = _read(
        "UBND tỉnh vừa có quyết định công nhận 7 xã đạt chuẩn nông thôn mới nâng cao, gồm: "
        "Tràng Đà (TP Tuyên Quang), Hoàng Khai. Như vậy, toàn tỉnh có 54 xã đạt chuẩn nông "
        "thôn mới.",
        catalog,
        gazetteer,
        "7 xã đạt chuẩn nông thôn mới nâng cao",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("tuyenquang", "province")


def test_a_commune_named_vien_is_no_cooperative_member(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "xã viên" is a cooperative's member; "xã Viên An" a commune. A bracket that places it
    ("Viên An (huyện Ngọc Hiển)") leaves the next sentence's figures to it."""
    article = _read(
        "UBND huyện Ngọc Hiển công bố quyết định công nhận xã Viên An đạt chuẩn.\n\n"
        "Viên An (huyện Ngọc Hiển) đã hoàn thành 19/19 tiêu chí. Thu nhập bình quân đầu người "
        "trên 60 triệu đồng/năm.",
        catalog,
        gazetteer,
        "Xã Viên An đạt chuẩn nông thôn mới năm 2025",
    )
    assert {(u, v) for u, _, v in _units(article)} == {("vienan", 19), ("vienan", 60)}


def test_a_name_of_two_levels_takes_the_one_it_is_first_named_at(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "UBND huyện Đakrông …", later "xã Đakrông" in a caption: the district; and "khu vực
    thị trấn" is an area of it, no unit."""
    article = _read(
        "Sáng nay, UBND huyện Đakrông cho biết tỉ lệ hộ nghèo giảm 5,15%.\n\n"
        "Cầu Cu Pua giúp xã Đakrông phát triển kinh tế\n\n"
        "Theo đó, tỉ lệ hộ nghèo tại khu vực thị trấn giảm 5,27%.",
        catalog,
        gazetteer,
        "Đakrông: Tỉ lệ hộ nghèo giảm 5,15%",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("dakrong", "district")
    assert {v for u, _, v in _units(article) if u == "dakrong"} >= {5.27}


def test_a_former_unit_in_brackets_is_only_passing(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read(
        "Đại hội Đảng bộ xã Trung Sơn có lãnh đạo các xã trên địa bàn huyện Quan Hóa (cũ) cùng "
        "gần 200 đại biểu tham dự.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Trung Sơn",
    )
    assert {u for u, _, _ in _units(article)} == {"trungson"}


def test_a_provincial_papers_province_is_the_one_its_body_calls_tinh(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """Only the source line and the paper's address say which province "toàn tỉnh" is; the
    reporter's initials under the article are no unit."""
    text = (
        "Thêm sản phẩm OCOP\n\n01/08/2025\n\n"
        "Từ đầu năm đến nay, toàn tỉnh có 68 sản phẩm được công nhận OCOP, nâng tổng số sản "
        "phẩm đạt OCOP lên 144 sản phẩm.\n\nUBND tỉnh tiếp tục hỗ trợ các chủ thể.\n\nP.V\n\n"
        "Nguồn Báo: https://baocaobang.vn/them-san-pham-ocop-3169380.html\n"
    )
    article = extract_text(
        text, file="t.txt", catalog=catalog, province_names=gazetteer.province_names()
    )
    assert ("caobang", "province", 144.0) in _units(article)
    assert {u for u, _, _ in _units(article)} == {"caobang"}


def test_units_counted_then_listed_as_merged_own_none_of_the_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Xã Hòa Phú được thành lập trên cơ sở sáp nhập 3 xã Hòa Phú, Hòa Khánh, Hòa Xuân, "
        "diện tích tự nhiên hơn 109 km2, dân số hơn 50.000 người.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Hòa Phú",
    )
    assert {(u, v) for u, _, v in _units(article)} >= {("hoaphu", 109.0), ("hoaphu", 50000.0)}
    assert {u for u, _, _ in _units(article)} == {"hoaphu"}


def test_communes_named_then_recognised_and_the_total_they_raise(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """The count is this round's recognitions, the raised totals are the province's, and the
    second grade's recognitions are no restatement of the first's."""
    article = _read(
        "Theo đó, 04 xã Phú Trung, Phú Bình, Trà Cổ (huyện Tân Phú) và xã Phước Tân (thành phố "
        "Biên Hòa) được công nhận đạt chuẩn xã nông thôn mới năm 2024, đưa số xã đạt chuẩn lên "
        "128/133 xã; 03 xã Xuân Lập, Suối Cát, Xuân Hiệp (huyện Xuân Lộc) được công nhận đạt "
        "chuẩn xã nông thôn mới kiểu mẫu, đưa số xã đạt chuẩn lên 15 xã.",
        catalog,
        gazetteer,
        "Đồng Nai vượt chỉ tiêu về nông thôn mới",
    )
    figures = {(f.indicator, f.value): f for f in article.figures}
    assert figures[("xa_ntm", 128.0)].unit.name == "Đồng Nai"
    assert figures[("xa_ntm_kieu_mau", 15.0)].unit.name == "Đồng Nai"
    recognised = [f for f in article.figures if f.kind == "count_of_actions"]
    assert sorted(f.value for f in recognised) == [3.0, 4.0]
    assert all("được công nhận" in (f.label or "") for f in recognised)


def test_the_merged_units_spoken_of_again_are_no_new_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Dự đại hội có đồng chí Nguyễn Văn An, Bí thư Huyện ủy Kbang (cũ). Xã Kông Bơ La được "
        "thành lập trên cơ sở sáp nhập 3 xã: Đông, Nghĩa An và Kông Bơ La (cũ). Nhiệm kỳ qua, "
        "3 xã đã thực hiện đạt và vượt các chỉ tiêu chủ yếu đề ra.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Kông Bơ La",
    )
    assert [(f.unit.name, f.value) for f in article.figures] == [("Kông Bơ La", 3.0)]


def test_a_numbered_ward_does_not_end_the_list_of_those_merged(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Phường Lang Biang - Đà Lạt được thành lập trên cơ sở sáp nhập 3 đơn vị hành chính cấp "
        "xã: Phường 7 (thành phố Đà Lạt) - xã Lát và thị trấn Lạc Dương (huyện Lạc Dương) trước "
        "đây. Đây là phường có dân số 40.041 người.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ phường Lang Biang - Đà Lạt",
    )
    assert ("langbiangdalat", "commune", 40041.0) in _units(article)


def test_the_communes_just_listed_each_get_what_all_of_them_reached(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "4 xã trên đã hoàn thành 19/19 tiêu chí" is each listed commune's figure, not the
    district's."""
    article = _read(
        "Theo đó, 4 xã được công nhận NTM trong đợt nay gồm: xã Suối Rao, Sơn Bình, Bàu Chinh "
        "và Đá Bạc. Theo kết quả thẩm định, 4 xã trên đã hoàn thành 19/19 tiêu chí NTM.",
        catalog,
        gazetteer,
        "Huyện Châu Đức có thêm 4 xã đạt chuẩn nông thôn mới",
    )
    criteria = {fold(f.unit.name) for f in article.figures if f.indicator == "ntm_tieu_chi"}
    assert criteria == {"suoirao", "sonbinh", "bauchinh", "dabac"}


def test_a_count_that_does_not_match_the_list_is_not_shared_out(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Theo đó, các xã được công nhận gồm: xã Suối Rao, Sơn Bình, Bàu Chinh và Đá Bạc. "
        "Trong số này, 3 xã trên đã hoàn thành 19/19 tiêu chí NTM.",
        catalog,
        gazetteer,
        "Huyện Châu Đức có thêm xã đạt chuẩn nông thôn mới",
    )
    criteria = {fold(f.unit.name) for f in article.figures if f.indicator == "ntm_tieu_chi"}
    assert not criteria & {"suoirao", "sonbinh", "bauchinh", "dabac"}


def test_communes_counted_then_named_after_a_colon_are_each_recognised(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "cho 04 xã: Bình Chánh, Bình Hải (huyện Bình Sơn); Phổ Nhơn …": the gazetteer's names
    after the colon are units the article speaks of, so "Các xã đều đạt" reaches them."""
    article = _read(
        "UBND tỉnh Quảng Ngãi công nhận đạt chuẩn nông thôn mới năm 2022 cho 04 xã: Bình Chánh, "
        "Bình Hải (huyện Bình Sơn); Phổ Nhơn, Phổ Khánh (thị xã Đức Phổ). Các xã đều đạt 19 "
        "tiêu chí theo quy định.",
        catalog,
        gazetteer,
        "Quảng Ngãi có thêm 4 xã đạt chuẩn nông thôn mới",
    )
    criteria = {
        fold(f.unit.name): f.value for f in article.figures if f.indicator == "ntm_tieu_chi"
    }
    assert criteria == {"binhchanh": 19.0, "binhhai": 19.0, "phonhon": 19.0, "phokhanh": 19.0}


def test_merged_from_a_count_of_communes_names_them_as_former_units(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "sáp nhập từ 3 xã: …" names the communes merged, as "sáp nhập 3 xã" does: the
    figures after them are the new commune's."""
    article = _read(
        "Xã Nghĩa Hành sau khi được thành lập trên cơ sở sáp nhập từ 3 xã: Phú Sơn, Nghĩa Hành "
        "và Tân Hương (huyện Tân Kỳ cũ), có diện tích tự nhiên 112 km2, dân số 22.312 người, "
        "với 39 tổ chức đảng, 697 đảng viên.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Nghĩa Hành",
    )
    assert {fold(f.unit.name) for f in article.figures} == {"nghiahanh"}
    assert ("nghiahanh", "commune", 697.0) in _units(article)


def test_a_title_in_capitals_names_its_province(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "TÌNH HÌNH KINH TẾ XÃ HỘI NĂM 2017 TỈNH BÌNH THUẬN": the province, not a "xã Hội Năm"."""
    article = _read(
        "Dự ước tổng sản phẩm trong tỉnh năm 2017 đạt 55.306,4 tỷ đồng. Tỷ lệ hộ nghèo toàn "
        "tỉnh còn 2,5%.",
        catalog,
        gazetteer,
        "TÌNH HÌNH KINH TẾ XÃ HỘI NĂM 2017 TỈNH BÌNH THUẬN",
    )
    assert article.subject is not None
    assert (article.subject.name, article.subject.level) == ("Bình Thuận", "province")
    assert ("binhthuan", "province", 2.5) in _units(article)


def test_the_communes_listed_then_counted_again_each_get_the_figures_after(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… công nhận 2 xã Thanh An và Thanh Lang … ¶ Đến nay, diện mạo nông thôn mới 2 xã
    ngày càng đổi mới …: tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%": both
    communes', and the 2 is no new figure."""
    article = _read(
        "Hội đồng thẩm định tỉnh Hải Dương vừa bỏ phiếu công nhận 2 xã Thanh An và Thanh Lang, "
        "huyện Thanh Hà đạt chuẩn nông thôn mới nâng cao.\n\nĐến nay, diện mạo nông thôn mới 2 "
        "xã ngày càng đổi mới: tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%.",
        catalog,
        gazetteer,
        "Thanh Hà có thêm 2 xã đạt chuẩn nông thôn mới nâng cao",
    )
    insured = {fold(f.unit.name) for f in article.figures if f.indicator == "bhyt"}
    assert insured == {"thanhan", "thanhlang"}
    assert not [f for f in article.figures if "đổi mới" in (f.label or "")]


def test_a_province_the_title_names_with_its_level_word_is_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… tỉnh Yên Bái năm 2024" over a body that also names "thành phố Yên Bái"."""
    article = _read(
        "Toàn tỉnh Yên Bái có 106 xã/150 xã được công nhận đạt chuẩn nông thôn mới. Năm 2020 có "
        "04 xã thuộc thành phố Yên Bái đạt chuẩn nâng cao; thành phố Yên Bái có 11 xã.",
        catalog,
        gazetteer,
        "Tiến độ xây dựng nông thôn mới tỉnh Yên Bái năm 2024",
    )
    assert article.subject is not None
    assert (article.subject.name, article.subject.level) == ("Yên Bái", "province")


def test_the_units_a_new_one_was_split_from_own_none_of_its_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Huyện Đăk Hà … được thành lập trên cơ sở chia tách 04 xã của thị xã Kon Tum và 02 xã
    của huyện Đăk Tô, với 74 thôn …": the new district's hamlets and people."""
    article = _read(
        "Huyện Đăk Hà, tỉnh Kon Tum được thành lập năm 1994 trên cơ sở chia tách 04 xã của thị "
        "xã Kon Tum và 02 xã của huyện Đăk Tô, với 74 thôn, tổ dân phố; dân số là 32.305 người.",
        catalog,
        gazetteer,
        "Huyện Đăk Hà đảm bảo an sinh xã hội",
    )
    people = [f.unit.name for f in article.figures if f.indicator == "dan_so"]
    assert people == ["Đăk Hà"]


def test_a_title_speaking_of_the_tinh_is_about_the_province_the_body_names(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Từ nguồn lực đó, các địa phương đã đầu tư xây dựng mới 26,06 km đường các loại. Đến "
        "nay, huyện Lệ Thủy đạt bình quân 13,4 tiêu chí/xã. Tỷ lệ xã đạt chuẩn của tỉnh Quảng "
        "Bình là 22,1%.",
        catalog,
        gazetteer,
        "Tỷ lệ số xã đạt chuẩn nông thôn mới của tỉnh cao hơn cả nước 2,4%",
    )
    assert article.subject is not None
    assert (article.subject.name, article.subject.level) == ("Quảng Bình", "province")
    assert ("quangbinh", "province", 26.06) in _units(article)


def test_the_appraisal_council_of_a_province_owns_none_of_the_communes_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Hội đồng thẩm định xã đạt chuẩn Nông thôn mới nâng cao tỉnh Hải Dương vừa bỏ phiếu "
        "công nhận 2 xã Thanh An và Thanh Lang, huyện Thanh Hà đạt chuẩn nông thôn mới nâng "
        "cao năm 2023.",
        catalog,
        gazetteer,
        "Thanh Hà có thêm 2 xã đạt chuẩn nông thôn mới nâng cao",
    )
    assert "haiduong" not in {fold(f.unit.name) for f in article.figures}


def test_where_people_live_does_not_hold_their_share(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "2,2% dân số sinh sống ở thành phố Rạch Giá và huyện Châu Thành": the province's."""
    article = _read(
        "Tỉnh Kiên Giang có 1.810.454 người. Trong đó, người Khmer chiếm khoảng 12,2% dân số "
        "tập trung chủ yếu ở các huyện Châu Thành, Gò Quao. Người Hoa chiếm khoảng 2,2% dân số "
        "sinh sống ở thành phố Rạch Giá và huyện Châu Thành.",
        catalog,
        gazetteer,
        "Kiên Giang",
    )
    shares = {fold(f.unit.name) for f in article.figures if f.value in (12.2, 2.2)}
    assert shares == {"kiengiang"}


def test_a_districts_communes_named_bare_get_their_own_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "xã Tân Long đã đạt 19/19 tiêu chí; Tân Hiệp đạt 15/19 tiêu chí": Tân Hiệp is a commune
    of the district the article is about, named without its level word."""
    article = _read(
        "Huyện Phú Giáo, tỉnh Bình Dương có 10 xã xây dựng nông thôn mới. Tính đến tháng "
        "6-2014, xã Tân Long đã đạt 19/19 tiêu chí; Tân Hiệp đạt 15/19 tiêu chí, Phước Sang đạt "
        "11/19 tiêu chí.",
        catalog,
        gazetteer,
        "Phú Giáo thêm 2 xã xây dựng nông thôn mới",
    )
    criteria = {
        fold(f.unit.name): f.value for f in article.figures if f.indicator == "ntm_tieu_chi"
    }
    assert criteria == {"tanlong": 19.0, "tanhiep": 15.0, "phuocsang": 11.0}


def test_an_average_over_the_communes_listed_is_the_districts(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "10/13 xã … gồm: Bình Dương, Cao Đức, … trung bình đạt 18,5 tiêu chí/xã"."""
    article = _read(
        "Đến hết năm 2017, huyện Gia Bình có 10/13 xã được công nhận đạt chuẩn Nông thôn mới "
        "gồm: Bình Dương, Cao Đức, Nhân Thắng, Đại Lai, Lãng Ngâm, Đông Cứu, Đại Bái, Vạn Ninh, "
        "Thái Bảo, Xuân Lai, nâng số tiêu chí đạt chuẩn trung bình đạt 18,5 tiêu chí/xã.",
        catalog,
        gazetteer,
        "Gia Bình đạt 18,5 tiêu chí Nông thôn mới/xã",
    )
    assert {fold(f.unit.name) for f in article.figures if f.value == 18.5} == {"giabinh"}


def test_the_communes_named_tell_which_provinces_district_it_is(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Phú Ninh" (Quảng Nam) folds like "Phù Ninh" (Phú Thọ): Tam Thái, Tam Lộc are the
    communes of the first."""
    article = _read(
        "Năm 2022, huyện Phú Ninh có 285 hộ cận nghèo. Đối với cận nghèo, địa phương có tỷ lệ "
        "thấp nhất là Tam Vinh: 0,44% (6 hộ), Tam Thái: 0,53% (12 hộ); cao nhất là Tam Lộc, 49 "
        "hộ, tỷ lệ 2,4%.",
        catalog,
        gazetteer,
        "Năm 2022, tỷ lệ hộ nghèo huyện Phú Ninh là 2,11%",
    )
    assert ("tamloc", "commune", 2.4) in _units(article)


def test_the_countryside_before_a_number_is_no_numbered_hamlet(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "thu nhập … khu vực nông thôn 38,34 triệu đồng": no "thôn 38" holds the figures."""
    article = _read(
        "Năm 2019, thu nhập bình quân đầu người khu vực nông thôn 38,34 triệu đồng/người/năm, "
        "tăng 1,9 lần so với năm 2011; tỉ lệ hộ nghèo còn 3,57%.",
        catalog,
        gazetteer,
        "Huyện Cam Lộ",
    )
    assert ("camlo", "district", 3.57) in _units(article)


def test_a_standard_named_after_a_level_word_is_no_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Để xây dựng huyện Đăk Hà đạt huyện Nông thôn mới": no district "Nông"."""
    article = _read(
        "Huyện Đăk Hà có tổng số 07/10 xã đạt chuẩn nông thôn mới. Để xây dựng huyện Đăk Hà "
        "đạt huyện Nông thôn mới, huyện tập trung nâng cao các tiêu chí.",
        catalog,
        gazetteer,
        "Toàn huyện có 7 xã đạt chuẩn Nông thôn mới",
    )
    assert article.subject is not None
    assert article.subject.name == "Đăk Hà"
    assert [(f.value, f.denominator) for f in article.figures if f.indicator == "xa_ntm"] == [
        (7.0, 10.0)
    ]


def test_a_province_after_a_unit_only_places_it(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "huyện Ia Grai, Gia Lai đạt được 161 tiêu chí": the district's criteria."""
    article = _read(
        "Đến nay, huyện Ia Grai, Gia Lai đạt được 161 tiêu chí NTM (tăng 40 tiêu chí so với năm "
        "2016).",
        catalog,
        gazetteer,
        "Ia Grai (Gia Lai): Bình quân mỗi xã đạt 13,4 tiêu chí nông thôn mới",
    )
    assert {fold(f.unit.name) for f in article.figures} == {"iagrai"}


def test_whose_budget_paid_owns_none_of_the_amounts(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "ngân sách trung ương, tỉnh hỗ trợ trên 23,6 tỷ đồng": the commune's resources."""
    article = _read(
        "Sau 7 năm, xã Ia Le đã huy động tổng nguồn lực xây dựng NTM hơn 92,4 tỷ đồng. Trong đó, "
        "ngân sách trung ương, tỉnh hỗ trợ trên 23,6 tỷ đồng, nhân dân đóng góp trên 9,3 tỷ đồng.",
        catalog,
        gazetteer,
        "Xã Ia Le đạt chuẩn nông thôn mới",
    )
    assert {fold(f.unit.name) for f in article.figures} == {"iale"}


def test_a_sentence_naming_several_units_hands_none_the_next(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… sáp nhập 3 Đảng bộ: Thị trấn Hưng Hóa, xã Dân Quyền và xã Hương Nộn. Nhiệm kỳ vừa
    qua, … 11/11 chỉ tiêu …": the new commune's targets, not the last one named."""
    article = _read(
        "Đảng bộ xã Tam Nông được thành lập trên cơ sở sáp nhập 3 Đảng bộ: Thị trấn Hưng Hóa, xã "
        "Dân Quyền và xã Hương Nộn. Nhiệm kỳ vừa qua, Đảng bộ đã lãnh đạo hoàn thành 11/11 chỉ "
        "tiêu nghị quyết đề ra.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Tam Nông",
    )
    assert {fold(f.unit.name) for f in article.figures if f.value == 11} == {"tamnong"}


def test_a_unit_named_right_after_a_number_holds_it(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "tỷ lệ hộ nghèo thấp nhất là 3% ở xã Tam Bố": Tam Bố's rate, not the district's."""
    article = _read(
        "Trong đó, huyện Di Linh có 13 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo thấp nhất là 3% "
        "ở xã Tam Bố.",
        catalog,
        gazetteer,
        "Lâm Đồng: 68 đơn vị cấp xã đạt chuẩn nông thôn mới",
    )
    assert ("tambo", "commune", 3.0) in _units(article)


def test_a_ranking_gives_each_listed_commune_its_rate_and_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "tỷ lệ hộ nghèo thấp nhất là Tam Đàn: 1,51% (45 hộ); …; Tam Dân: 1,78% (54 hộ)": each
    item is its commune's rate and count; "Tam Dân" is not "Tam Đàn" though they fold alike."""
    article = _read(
        "Địa phương có tỷ lệ hộ nghèo thấp nhất là Tam Đàn: 1,51% (45 hộ); Tam Thái: 1,53% "
        "(35 hộ); Tam Dân: 1,78% (54 hộ).",
        catalog,
        gazetteer,
        title="Huyện Phú Ninh giảm nghèo",
    )
    figures = {(f.unit.name, f.indicator, f.value) for f in article.figures}
    assert figures == {
        ("Tam Đàn", "ho_ngheo", 1.51),
        ("Tam Đàn", "so_ho_ngheo", 45),
        ("Tam Thái", "ho_ngheo", 1.53),
        ("Tam Thái", "so_ho_ngheo", 35),
        ("Tam Dân", "ho_ngheo", 1.78),
        ("Tam Dân", "so_ho_ngheo", 54),
    }


def test_a_provinces_districts_named_bare_each_hold_their_item(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "số hộ nghèo tại các huyện, gồm: Ninh Sơn 2.638 hộ, Thuận Bắc 2.456 hộ": each
    district's count, though named without "huyện"."""
    article = _read(
        "Cụ thể, số hộ nghèo tại các huyện, thành phố, gồm: Ninh Sơn 2.638 hộ, Thuận Bắc "
        "2.456 hộ, Bác Ái 2.601 hộ.",
        catalog,
        gazetteer,
        title="Tỉnh Ninh Thuận giảm nghèo",
    )
    figures = {(f.unit.name, f.unit.level, f.indicator, f.value) for f in article.figures}
    assert figures == {
        ("Ninh Sơn", "district", "so_ho_ngheo", 2638),
        ("Thuận Bắc", "district", "so_ho_ngheo", 2456),
        ("Bác Ái", "district", "so_ho_ngheo", 2601),
    }


def test_kinds_of_road_name_no_unit(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "đường huyện, đường trục xã liên xã …; 97,56% đường trục ấp": roads, not an unnamed
    commune or hamlet that would take the sentence's later figures away."""
    article = _read(
        "Huyện có 100% đường huyện, đường trục xã liên xã được cứng hóa; 97,56% đường trục "
        "ấp, liên ấp được nhựa hóa; thu nhập bình quân đầu người năm 2023 đạt 62,66 triệu "
        "đồng/người/năm.",
        catalog,
        gazetteer,
        title="Huyện Trà Cú đạt chuẩn nông thôn mới",
    )
    assert {(f.unit.name, f.indicator, f.value) for f in article.figures} >= {
        ("Trà Cú", "duong_cung_hoa_ty_le", 97.56),
        ("Trà Cú", "thu_nhap", 62.66),
    }


def test_a_province_said_bare_is_not_its_city_of_the_same_name(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Thái Bình tự hào …, thành phố Thái Bình hoàn thành …": the province's article."""
    article = _read(
        "Thái Bình tự hào nằm trong tốp đầu cả nước khi 100% số xã đạt chuẩn NTM, thành phố "
        "Thái Bình hoàn thành nhiệm vụ xây dựng NTM. Đến nay, Thái Bình có 15 xã đạt chuẩn NTM "
        "nâng cao. Thái Bình phấn đấu có thêm 20 xã đạt chuẩn NTM nâng cao.",
        catalog,
        gazetteer,
        title="Nông thôn Thái Bình đổi mới",
    )
    assert article.subject is not None and article.subject.level == "province"
    assert {f.unit.level for f in article.figures} == {"province"}


def test_a_town_and_a_district_of_one_name_are_told_apart_by_type(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Huyện Cai Lậy hiện có 793 hộ nghèo, tỷ lệ 1,47%. TX. Cai Lậy hiện có 449 hộ nghèo, "
        "tỷ lệ 1,24%.",
        catalog,
        gazetteer,
        title="Tỉnh Tiền Giang giảm nghèo",
    )
    types = {f.value: f.unit.type for f in article.figures}
    assert (types[793], types[449]) == ("Huyện", "Thị xã")


def test_a_look_alike_letter_and_a_misspelt_district_in_brackets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Xã Ðắk D’rông (Chư Jút)": the eth is "Đ"; "Chư Jút" is the gazetteer's Cư Jút, not
    a "Chư" taken for it."""
    article = _read(
        "Xã Ðắk D’rông (Chư Jút) có 3.300 hộ, tỷ lệ hộ nghèo chỉ còn 9,25%.",
        catalog,
        gazetteer,
        title="Đắk D’rông nỗ lực xây dựng nông thôn mới",
    )
    assert article.subject is not None
    assert (article.subject.name, article.subject.district) == ("Đắk D’rông", "Cư Jút")


def test_the_titles_district_over_the_province_that_issued_the_decision(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "UBND tỉnh Khánh Hòa vừa ban hành quyết định công nhận đạt chuẩn nông thôn mới đối với "
        "3 xã ở Khánh Vĩnh.",
        catalog,
        gazetteer,
        title="Khánh Vĩnh có 3 xã đạt chuẩn nông thôn mới",
    )
    assert article.subject is not None
    assert (article.subject.name, article.subject.level) == ("Khánh Vĩnh", "district")


def test_the_criteria_a_count_of_listed_communes_meets_are_each_ones(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "4 xã đạt 14 TC gồm Bàu Đồn, …": 14 criteria for each commune named, none for the
    district; a count naming fewer communes than it counts gives none."""
    article = _read(
        "Hiện có 4 xã đạt 14 TC gồm Bàu Đồn, Cẩm Giang, Phước Thạnh, Thanh Phước; 2 xã đạt 12 "
        "TC là Hiệp Thạnh và Thạnh Đức; 3 xã đạt 10 tiêu chí gồm Phước Trạch.",
        catalog,
        gazetteer,
        title="Huyện Gò Dầu xây dựng nông thôn mới",
    )
    criteria = {(f.unit.name, f.value) for f in article.figures if f.indicator == "ntm_tieu_chi"}
    assert criteria == {
        ("Bàu Đồn", 14),
        ("Cẩm Giang", 14),
        ("Phước Thạnh", 14),
        ("Thanh Phước", 14),
        ("Hiệp Thạnh", 12),
        ("Thạnh Đức", 12),
    }
    assert not [f for f in article.figures if f.unit.name == "Gò Dầu" and f.value in (14, 12, 10)]


def test_a_communes_party_body_opening_the_lead_is_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Trà Vinh tổ chức thành công Đại hội điểm …" over "Mới đây, Đảng bộ xã Phú Cần, huyện
    Tiểu Cần (Trà Vinh) đã tổ chức thành công Đại hội …": the commune's congress."""
    article = _read(
        "Mới đây, Đảng bộ xã Phú Cần, huyện Tiểu Cần (Trà Vinh) đã tổ chức thành công Đại hội "
        "Đảng lần thứ XIV. Thu nhập bình quân đầu người đạt 54 triệu đồng/người/năm.",
        catalog,
        gazetteer,
        title="Trà Vinh tổ chức thành công Đại hội điểm cấp cơ sở đầu tiên",
    )
    assert article.subject is not None
    assert (article.subject.name, article.subject.level) == ("Phú Cần", "commune")


def test_the_countrys_measure_is_no_units(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Tỷ lệ hộ nghèo cả nước năm 2006 … là 15,5%" is the country's; "thấp nhất cả nước"
    only ranks the province's own."""
    article = _read(
        "Tỷ lệ hộ nghèo cả nước năm 2006 tính theo chuẩn nghèo là 15,5%. Lai Châu có tỷ lệ hộ "
        "nghèo thấp nhất cả nước là 2%.",
        catalog,
        gazetteer,
        title="Tỉnh Lai Châu giảm nghèo",
    )
    assert [(f.unit.name, f.value) for f in article.figures] == [("Lai Châu", 2)]


def test_a_brackets_items_belong_to_the_names_before_them(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Tỷ lệ hộ nghèo … dưới 1% (Thanh An 0,3%, Thanh Lang 0,85%)": each commune's rate."""
    article = _read(
        "Tỷ lệ hộ nghèo giảm mạnh xuống còn dưới 1% (Thanh An 0,3%, Thanh Lang 0,85%).",
        catalog,
        gazetteer,
        title="Huyện Thanh Hà có thêm 2 xã đạt chuẩn",
    )
    rates = {(f.unit.name, f.value) for f in article.figures if f.indicator == "ho_ngheo"}
    assert {("Thanh An", 0.3), ("Thanh Lang", 0.85)} <= rates


def test_a_party_committee_of_a_body_is_a_unit_of_its_own(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Đảng bộ huyện Cờ Đỏ kết nạp 123 ĐV, đạt 68,3%; Đảng ủy Các Khu chế xuất và công "
        "nghiệp thành phố kết nạp 24 ĐV, đạt 80%."
    )
    figures = _read(sentence, catalog, gazetteer, title="Cần Thơ kết nạp đảng viên").figures
    assert {f.value for f in figures if f.unit.name == "Cờ Đỏ"} == {123, 68.3}
    assert all(f.value not in (24, 80) for f in figures)


def test_a_sentence_opening_on_what_the_unit_is_only_places_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Xã Gia Phú đạt chuẩn nông thôn mới. Là xã khó khăn của huyện Bảo Thắng, tỉnh Lào Cai, "
        "lại có đến 10 thôn đặc biệt khó khăn."
    )
    figures = _read(body, catalog, gazetteer, title="Gia Phú về đích").figures
    assert {(f.unit.name, f.value) for f in figures} == {("Gia Phú", 10)}


def test_the_unit_whose_resolution_is_carried_out_only_frames(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Đảng bộ huyện Hoàng Su Phì đã cụ thể hóa Nghị quyết Đại hội XVI Đảng bộ tỉnh Hà Giang. "
        "Có 24/27 chỉ tiêu chủ yếu đã đạt và vượt."
    )
    figures = _read(body, catalog, gazetteer, title="Đại hội Đảng bộ huyện Hoàng Su Phì").figures
    assert [(f.unit.name, f.value) for f in figures] == [("Hoàng Su Phì", 24)]


def test_communes_counted_in_a_bracket_are_each_spoken_of_again(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "05 xã (An Ngãi, An Nhứt, …)" names the five, though the gazetteer no longer knows
    two of them; "của 05 xã … đều tăng" then speaks of each, down its paragraph."""
    article = _read(
        "Huyện Long Điền có 07 đơn vị hành chính gồm 02 thị trấn (Long Điền, Long Hải) và "
        "05 xã (An Ngãi, An Nhứt, Tam Phước, Phước Hưng, Phước Tỉnh).\n\n"
        "Thu nhập bình quân đầu người của 05 xã xây dựng nông thôn mới đều tăng lên rõ rệt. "
        "Năm 2019, thu nhập bình quân đầu người đạt 55,66 triệu đồng/người/năm.",
        catalog,
        gazetteer,
        "Huyện Long Điền đạt chuẩn nông thôn mới",
    )
    incomes = {fold(f.unit.name) for f in article.figures if f.indicator == "thu_nhap"}
    assert incomes == {"anngai", "annhut", "tamphuoc", "phuochung", "phuoctinh"}


def test_a_count_in_words_opening_a_sentence_speaks_of_the_communes_named(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Thị xã Bình Long có xã Thanh Lương và xã Thanh Phú được chọn xây dựng nông thôn mới."
        "\n\nHai xã nông thôn mới đã đầu tư nâng cấp 211 km đường giao thông nông thôn; thu "
        "nhập bình quân đầu người 54,2 triệu đồng/người/năm.",
        catalog,
        gazetteer,
        "Thị xã Bình Long hoàn thành nhiệm vụ xây dựng nông thôn mới",
    )
    assert {(u, v) for u, _, v in _units(article)} >= {
        ("thanhluong", 54.2),
        ("thanhphu", 54.2),
        ("thanhluong", 211),
        ("thanhphu", 211),
    }


def test_the_places_listed_each_reach_the_figure(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read(
        "Theo đó, 4 xã được công nhận gồm: xã Suối Rao, Sơn Bình, Bàu Chinh và Đá Bạc. Thu "
        "nhập bình quân đầu người của các địa phương đều đạt trên 54 triệu đồng/năm/người.",
        catalog,
        gazetteer,
        "Thêm 4 xã của huyện Châu Đức đạt chuẩn nông thôn mới",
    )
    incomes = {fold(f.unit.name) for f in article.figures if f.indicator == "thu_nhap"}
    assert incomes == {"suoirao", "sonbinh", "bauchinh", "dabac"}


def test_communes_that_all_meet_the_criteria_each_meet_them(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "3 xã đều đã đạt 19/19 tiêu chí" after naming the three: each one's criteria, and
    the 3 counts them again, no figure of the district."""
    article = _read(
        "Cụ thể, 2 xã Khánh Bình và Khánh Đông đạt chuẩn NTM, xã Sông Cầu đạt chuẩn NTM nâng "
        "cao.\n\nTheo kết quả thẩm định, 3 xã đều đã đạt 19/19 tiêu chí NTM.",
        catalog,
        gazetteer,
        "Khánh Vĩnh có 3 xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao",
    )
    criteria = {fold(f.unit.name) for f in article.figures if f.indicator == "ntm_tieu_chi"}
    assert criteria == {"khanhbinh", "khanhdong", "songcau"}
    assert not [f for f in article.figures if f.value == 3 and f.quote.startswith("Theo")]


def test_a_count_listed_after_units_is_none_of_theirs(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "tặng bằng khen cho các Đảng bộ thị xã Kinh Môn, TP Hải Dương, Công an tỉnh, Gia Lộc,
    45 TCCSĐ": one more item of the province's list, no unit's before it."""
    article = _read(
        "Ban Thường vụ Tỉnh ủy tặng bằng khen cho các Đảng bộ thị xã Kinh Môn, TP Hải Dương, "
        "Công an tỉnh, Gia Lộc, 45 TCCSĐ, 8 chi bộ trực thuộc đảng ủy cơ sở.",
        catalog,
        gazetteer,
        "Tỉnh Hải Dương tổng kết công tác đảng",
    )
    assert _units(article) == {("haiduong", "province", 45), ("haiduong", "province", 8)}


def test_a_body_named_after_its_province_is_not_the_province(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Từ năm 2011 đến nay, xã Hòa Bình đã huy động được gần 176 tỷ đồng, trong đó Đài "
        "Phát thanh- Truyền hình Vĩnh Long hỗ trợ hơn 23,1 tỷ đồng.",
        catalog,
        gazetteer,
        "Thêm xã Hòa Bình đạt chuẩn xã nông thôn mới",
    )
    assert all(f.unit.level != "province" for f in article.figures)


def test_the_unit_a_case_is_submitted_to_does_not_own_the_count(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Năm 2024, huyện Trấn Yên đã hoàn thiện hồ sơ, trình tỉnh thẩm định công nhận 2 xã NTM "
        "kiểu mẫu.",
        catalog,
        gazetteer,
        "Yên Bái: Huyện Trấn Yên có 19 xã đạt chuẩn nông thôn mới kiểu mẫu",
    )
    assert {(u, level) for u, level, v in _units(article) if v == 2} == {("tranyen", "district")}


def test_a_plan_share_of_a_count_of_communes_is_the_counts_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Năm 2024, huyện Trấn Yên nâng tổng số xã NTM nâng cao lên 3 xã gồm các xã Minh Quân, "
        "Việt Cường và Vân Hội, bằng 150% kế hoạch.",
        catalog,
        gazetteer,
        "Huyện Trấn Yên có thêm xã nông thôn mới nâng cao",
    )
    assert {(u, level) for u, level, v in _units(article) if v == 150} == {("tranyen", "district")}


def test_past_a_semicolon_a_list_of_bare_names_hands_on_the_unit_above(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Hội nghị có đại biểu huyện Gia Lộc.\n\nBan Thường vụ Tỉnh ủy tặng bằng khen cho các "
        "Đảng bộ thị xã Kinh Môn, TP Hải Dương, Công an tỉnh, Gia Lộc; 59 đảng viên hoàn "
        "thành xuất sắc nhiệm vụ 5 năm liền.",
        catalog,
        gazetteer,
        "Tỉnh Hải Dương tổng kết công tác đảng",
    )
    assert {(u, level) for u, level, v in _units(article) if v == 59} == {("haiduong", "province")}


def test_a_count_said_again_out_of_its_whole_is_kept_once(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Đến nay, toàn tỉnh Long An có 88 xã đạt chuẩn nông thôn mới.\n\nNhư vậy, 88/161 xã "
        "đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Long An: kết quả xây dựng nông thôn mới",
    )
    counts = [(f.value, f.denominator) for f in article.figures if f.indicator == "xa_ntm"]
    assert counts == [(88, 161)]


def test_a_clause_opening_on_another_unit_goes_on_with_the_measure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Đến cuối năm 2024, thu nhập bình quân đầu người của người dân xã Khánh Bình đạt 46,2 "
        "triệu đồng/người/năm; Khánh Đông đạt 45,99 triệu đồng/người/năm."
    )
    figures = _read(sentence, catalog, gazetteer, title="Huyện Khánh Vĩnh").figures
    assert [(f.unit.name, f.indicator, f.value) for f in figures] == [
        ("Khánh Bình", "thu_nhap", 46.2),
        ("Khánh Đông", "thu_nhap", 45.99),
    ]


def test_a_figure_of_a_hamlet_named_after_it_is_not_the_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Hiện, trên 95% số người trong độ tuổi lao động của bản Thái Hưng có việc làm thường xuyên."
    )
    assert _read(sentence, catalog, gazetteer, title="Xã Mường Sang").figures == []


def test_communes_named_once_across_one_provinces_districts_are_the_provinces(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    body = (
        "Hiện 89 xã xây dựng nông thôn mới trong tỉnh đã tăng 3 tiêu chí so cùng kỳ năm trước.\n\n"
        "Trong số 39 xã nông thôn mới của tỉnh, chỉ có 5 xã giữ vững 19/19 tiêu chí, gồm xã Phú "
        "Lộc, Mỹ Lộc, Song Phú, Hòa Hiệp (Tam Bình) và xã Long Mỹ (Mang Thít)."
    )
    subject = _read(body, catalog, gazetteer, title="Bình quân mỗi xã đạt 13,3 tiêu chí").subject
    assert subject is not None
    assert (subject.name, subject.level) == ("Vĩnh Long", "province")


def test_a_plan_share_after_recognised_communes_named_is_their_districts(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Năm 2024, huyện Trấn Yên công nhận 3 xã NTM nâng cao gồm các xã: Minh Quân, Việt Cường "
        "và Vân Hội, bằng 150% kế hoạch."
    )
    figures = _read(sentence, catalog, gazetteer, title="Huyện Trấn Yên").figures
    assert [(f.unit.name, f.kind) for f in figures if f.value == 150] == [
        ("Trấn Yên", "share_of_plan")
    ]


def test_a_raised_total_naming_its_grade_is_the_districts_after_a_list_of_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    sentence = (
        "Năm 2024, huyện Trấn Yên công nhận 3 xã NTM nâng cao gồm các xã: Minh Quân, Việt Cường "
        "và Vân Hội, nâng tổng số xã NTM nâng cao lên 14 xã."
    )
    figures = _read(sentence, catalog, gazetteer, title="Huyện Trấn Yên").figures
    assert [(f.unit.name, f.indicator) for f in figures if f.value == 14] == [
        ("Trấn Yên", "xa_ntm_nang_cao")
    ]


def test_standing_bodies_attending_name_guests(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Tới dự có Thường trực Thành ủy, HĐND, UBND thành phố Hà Giang và 105 đảng viên": the
    city's bodies attend; the members are the commune's."""
    article = _read(
        "Đảng bộ xã Ngọc Đường tổ chức Đại hội. Tới dự có Thường trực Thành ủy, HĐND, UBND "
        "thành phố Hà Giang và 105 đảng viên tiêu biểu đại diện cho 234 đảng viên của Đảng bộ.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Ngọc Đường lần thứ XVII",
    )
    assert {u[:2] for u in _units(article)} == {("ngocduong", "commune")}


def test_a_kind_of_place_between_level_word_and_name(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Xã biên giới Bù Gia Mập": the title's commune, not the province the body names."""
    article = _read(
        "Cùng dự đại hội có Phó Chủ tịch UBND tỉnh Đồng Nai Nguyễn Thị Hoàng và 80 đại biểu "
        "chính thức đại diện cho hơn 281 đảng viên trong toàn Đảng bộ xã.",
        catalog,
        gazetteer,
        "Xã biên giới Bù Gia Mập tập trung phát triển du lịch sinh thái",
    )
    assert _subject(article) == ("bugiamap", "commune")


def test_the_province_the_lead_opens_on_over_a_district_its_communes_lie_in(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Theo Văn phòng Điều phối nông thôn mới (NTM), Hải Dương có thêm 5 xã đạt đủ 19 tiêu "
        "chí NTM.\n\nTrong đó, có 3 xã đăng ký hoàn thành năm 2020 là Tuấn Việt (Kim Thành), "
        "Tân Quang và Hưng Long (đều ở huyện Ninh Giang). 2 xã khác cũng ở huyện Ninh Giang "
        "đăng ký hoàn thành năm 2019 nhưng chưa đủ các tiêu chí là Hồng Phúc, Ninh Hải.\n\n"
        "Tính đến tháng 4.2020, toàn tỉnh có 160 xã được công nhận đạt chuẩn NTM. Bình quân "
        "mỗi xã trong tỉnh đã đạt 18,84 tiêu chí.",
        catalog,
        gazetteer,
        "Thêm 5 xã đạt đủ 19 tiêu chí",
    )
    assert _subject(article) == ("haiduong", "province")


def test_the_province_the_listed_communes_districts_lie_in(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """A provincial item that never names its province: its communes' districts do, and
    the share of the total raised is the province's, not the listed communes'."""
    article = _read(
        "UBND tỉnh vừa có quyết định công nhận 4 xã: Sơn Định, Sơn Xuân (huyện Sơn Hòa) và An "
        "Thọ, An Xuân (huyện Tuy An) đạt chuẩn nông thôn mới năm 2019, nâng tổng số xã đạt "
        "chuẩn lên 51/88 xã, đạt 57%.\n\nPhấn đấu đến năm 2020, toàn tỉnh có thêm 6 xã được "
        "công nhận.",
        catalog,
        gazetteer,
        "Thêm 4 xã được công nhận đạt chuẩn nông thôn mới",
    )
    assert _subject(article) == ("phuyen", "province")
    assert {u for u in _units(article) if u[2] in (51, 57)} == {
        ("phuyen", "province", 51),
        ("phuyen", "province", 57),
    }


def test_a_district_the_title_names_bare_keeps_over_the_province_of_the_lead(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Hội đồng thẩm định tỉnh Kiên Giang vừa họp xét công nhận 07 xã trên địa bàn tỉnh đạt "
        "chuẩn nông thôn mới. Trong đó, huyện Vĩnh Thuận có 02 xã được công nhận: Xã Vĩnh "
        "Thuận và xã Vĩnh Bình Bắc.\n\nTính đến nay, huyện Vĩnh Thuận đã có 06/07 xã đạt chuẩn "
        "nông thôn mới. Tính chung toàn tỉnh có 58/117 xã đạt chuẩn.",
        catalog,
        gazetteer,
        "Vĩnh Thuận có thêm 02 xã đạt chuẩn nông thôn mới",
    )
    assert _subject(article) == ("vinhthuan", "district")


def test_a_province_names_its_districts_bare_however_a_page_spells_them(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """The gazetteer's "Đăk Glong" and "Đắk R'Lấp" written "Đắk Glong" and "Đắk R’lấp"."""
    article = _read(
        "Theo đó, toàn tỉnh có 27.761 hộ nghèo, chiếm 19,26%. Cụ thể, Krông Nô: 3.169 hộ; Đắk "
        "R’lấp: 1.682 hộ; Đắk Glong: 8.256 hộ.",
        catalog,
        gazetteer,
        "Tỉnh Đắk Nông công bố kết quả điều tra hộ nghèo",
    )
    assert {(u[0], u[2]) for u in _units(article) if u[2] in (3169, 1682, 8256)} == {
        ("krongno", 3169),
        ("dakrlap", 1682),
        ("dakglong", 8256),
    }


def test_figures_after_hamlets_placed_in_their_communes_are_the_hamlets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "bản Mường Anh 1, xã Pa Ham; bản Phiêng Đất B, xã Nậm Nèn đã nỗ lực …": what follows
    is the hamlets', not the commune named last; a unit named again takes over."""
    article = _read(
        "Thời gian qua, bản Mường Anh 1, xã Pa Ham; bản Phiêng Đất B, xã Nậm Nèn đã nỗ lực vươn "
        "lên… Thu nhập bình quân đầu người đạt 18,5 triệu đồng/năm. Đây là 2 bản đầu tiên của "
        "huyện Mường Chà đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Huyện Mường Chà công nhận bản đạt chuẩn nông thôn mới",
    )
    assert {u[0] for u in _units(article)} == {"muongcha"}
    assert 18.5 not in {u[2] for u in _units(article)}


def test_a_province_going_on_to_strive_owns_the_rest_of_its_sentence(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Năm 2022, cùng với việc hoàn thiện tiêu chí Nhà văn hóa xã của 3 xã Đại Lai (Gia "
        "Bình), Tam Giang (Yên Phong) và Mộ Đạo (Quế Võ), Bắc Ninh tiếp tục phấn đấu có ít nhất "
        "6 xã đạt NTM nâng cao, tiến tới năm 2025 có 50% số xã đạt NTM nâng cao, NTM kiểu mẫu.",
        catalog,
        gazetteer,
        "Bắc Ninh: 9 xã đạt chuẩn nông thôn mới nâng cao năm 2021",
    )
    assert ("bacninh", "province", 50) in _units(article)


def test_the_unit_an_amount_is_compared_against_does_not_take_the_next_sentence(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Đến nay thu nhập bình quân đầu người đạt 42,3 triệu đồng, cao hơn 9,2 triệu đồng mức "
        "bình quân chung của huyện Tân Kỳ. Tỷ lệ hộ nghèo từ 2,9% năm 2015 giảm xuống còn 1,1% "
        "năm 2019.",
        catalog,
        gazetteer,
        "Đảng bộ xã Nghĩa Đồng đoàn kết phát triển kinh tế",
    )
    assert {u[0] for u in _units(article)} == {"nghiadong"}


def test_a_title_electing_a_district_secretary_is_about_the_district(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Ngày 25/6, Đảng bộ huyện miền núi Ba Tơ, tỉnh Quảng Ngãi đã khai mạc Đại hội đại biểu "
        "Đảng bộ huyện lần thứ XIX. Đây là đại hội được Ban Thường vụ Tỉnh ủy Quảng Ngãi chọn "
        "đại hội điểm. Bà Bùi Thị Quỳnh Vân, Phó Bí thư Tỉnh ủy Quảng Ngãi phát biểu chỉ đạo.",
        catalog,
        gazetteer,
        "Quảng Ngãi: Đại hội điểm bầu trực tiếp Bí thư cấp huyện",
    )
    assert _subject(article) == ("bato", "district")


def test_a_supplied_name_is_matched_as_pages_spell_it_but_only_as_a_name() -> None:
    from bot.extraction.places import loose_pattern

    assert loose_pattern("Dliê Ya").search("Dliêya, Ea Púk 14 tiêu chí")
    assert loose_pattern("Đắk R'Lấp").search("Đắk R’lấp: 1.682 hộ")
    assert not loose_pattern("Chư Á").search("đầu tư nâng cấp, sửa chữa 9 Trung tâm")
    assert loose_pattern("Cư Jút").search("Cụ thể, Chư Jút: 2.958 hộ")


def test_the_unit_something_ranks_among_owns_none_of_its_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Hợp tác xã Dịch vụ nông nghiệp Phước Ninh là một trong những hợp tác xã có hoạt động "
        "đạt hiệu quả cao của huyện Dương Minh Châu, tạo thu nhập ổn định cho 102 thành viên.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Phước Ninh",
    )
    assert {u[:2] for u in _units(article)} == {("phuocninh", "commune")}


def test_an_article_about_a_hamlets_party_cell_keeps_no_figure_for_the_commune(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """The commune's party committee leading the cell ("Đảng uỷ xã") does not make the cell's
    results the commune's."""
    article = _read(
        "Sáng ngày 19/6, chi bộ thôn Tư Sản, xã Phú Túc tổ chức thành công Đại hội chi bộ điểm."
        "\n\nDưới sự lãnh đạo của Đảng uỷ xã, thu nhập bình quân đầu người đạt 55 triệu đồng/"
        "người/năm; tỷ lệ hộ nghèo chiếm 0,07%.",
        catalog,
        gazetteer,
        "Đại hội điểm chi bộ thôn Tư Sản, xã Phú Túc nhiệm kỳ 2022- 2025",
    )
    assert article.figures == []


def test_a_province_written_by_its_old_name_is_the_gazetteers(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """The gazetteer's "Huế" is the pages' "Thừa Thiên Huế", not one of its districts."""
    article = _read(
        "Đến 31/12/2019 tỉnh Thừa Thiên Huế đã có 57 /104 xã hoàn thành 19/19 tiêu chí. Các xã "
        "hoàn thành trong năm gồm: Quảng Thành, Quảng An (huyện Quảng Điền), Phong Thu (huyện "
        "Phong Điền), Thủy Vân (thị xã Hương Thủy).\n\nHuyện Quảng Điền có 11/11 xã đạt chuẩn.",
        catalog,
        gazetteer,
        "Thừa Thiên Huế đã có 57 xã đạt chuẩn nông thôn mới",
    )
    assert _subject(article) == ("hue", "province")


def test_the_new_communes_area_is_not_the_merged_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Xã Đại Phước được thành lập trên cơ sở sáp nhập 4 xã của huyện Nhơn Trạch cũ gồm: Phú "
        "Hữu, Đại Phước, Phú Đông và Phước Khánh, diện tích tự nhiên 98,02 km2, dân số hơn "
        "55.364 người.",
        catalog,
        gazetteer,
        "Xã Đại Phước tổ chức thành công Đại hội",
    )
    assert {u[0] for u in _units(article)} == {"daiphuoc"}


def test_the_province_the_lead_names_is_the_subject_over_its_city_of_that_name(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… trên địa bàn tỉnh Bắc Kạn …; thấp nhất là thành phố Bắc Kạn 1,93%": the province
    the lead names first, not its city named once at the end."""
    article = _read(
        "Theo kết quả rà soát hộ nghèo trên địa bàn tỉnh Bắc Kạn năm 2019, tổng số hộ nghèo "
        "hiện còn 16.003 hộ, chiếm tỷ lệ 19,93%.\n\nCó tỷ lệ hộ nghèo cao nhất là huyện Pác "
        "Nặm với 35,22%; thấp nhất là thành phố Bắc Kạn 1,93%.",
        catalog,
        gazetteer,
        "Năm 2019, giảm 1.432 hộ nghèo",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("backan", "province")
    assert ("backan", "province", 19.93) in _units(article)
    assert ("backan", "district", 1.93) in _units(article)


def test_a_title_opening_on_a_district_and_a_colon_names_the_subject_over_its_communes(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Chợ Mới: Công nhận 3 thôn …" over a body naming the hamlets' communes, one twice."""
    article = _read(
        "Các thôn: Bản Phố (xã Cao Kỳ), Bản Áng (xã Thanh Thịnh) được công nhận thôn đạt chuẩn "
        "nông thôn mới năm 2020.\n\nThôn Bản Phố, xã Cao Kỳ vừa công bố thôn đạt chuẩn nông "
        "thôn mới.",
        catalog,
        gazetteer,
        "Chợ Mới: Công nhận 2 thôn đạt chuẩn nông thôn mới",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("chomoi", "district")


def test_part_of_one_more_commune_is_still_of_those_merged(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… sáp nhập phường Uyên Hưng, xã Bạch Đằng và xã Tân Lập; một phần xã Tân Mỹ có diện
    tích trên 94,6 km2": the new ward's area, not the last merged commune's."""
    article = _read(
        "Phường Tân Uyên được thành lập từ việc sáp nhập phường Uyên Hưng, xã Bạch Đằng và xã "
        "Tân Lập; một phần xã Tân Mỹ có diện tích trên 94,6 km2; dân số 73.032 người.",
        catalog,
        gazetteer,
        "Phường Tân Uyên tổ chức Đại hội",
    )
    assert {u[0] for u in _units(article)} == {"tanuyen"}


def test_a_district_before_the_titles_colon_frames_the_commune_after_it(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Ban Chỉ đạo chương trình xây dựng nông thôn mới huyện Thống Nhất đã tổ chức hội nghị "
        "tái thẩm định kết quả trên địa bàn xã Gia Tân 3.\n\nĐến nay xã vẫn giữ vững 19/19 tiêu "
        "chí; tỷ lệ hộ nghèo còn 0,67%.",
        catalog,
        gazetteer,
        "Huyện Thống Nhất: Xã Gia Tân 3 tái đạt chuẩn nông thôn mới năm 2019",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("giatan3", "commune")


def test_a_figure_after_a_bare_level_word_is_no_numbered_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Trên toàn xã 100% các hộ …" names no "xã 100"; "Phường 3" is a ward's name."""
    article = _read(
        "Trên toàn xã 100% các hộ được sử dụng nước hợp vệ sinh, số hộ có công trình phụ được "
        "đảm bảo là 85%.",
        catalog,
        gazetteer,
        "Xã Ba Vì",
    )
    assert {u[0] for u in _units(article)} == {"bavi"}


def test_a_title_about_a_hamlet_leaves_its_commune_the_subject(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Sáng 11/4, Ban Chỉ đạo xây dựng nông thôn mới xã Nhơn Hội (huyện An Phú, tỉnh An "
        "Giang) tổ chức Lễ công bố quyết định của Chủ tịch UBND huyện An Phú công nhận ấp Bắc "
        "Đai đạt chuẩn.\n\nĐến nay, huyện An Phú có 9 ấp đạt chuẩn ấp nông thôn mới. UBND huyện "
        "An Phú tặng Giấy khen 3 tập thể.\n\nHiện, ấp chỉ còn 30 hộ nghèo.",
        catalog,
        gazetteer,
        "Ấp biên giới Bắc Đai được công nhận đạt chuẩn “Ấp nông thôn mới”",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("nhonhoi", "commune")
    # "ấp chỉ còn 30 hộ nghèo" is the hamlet's, not the commune's.
    assert not [u for u in _units(article) if u[2] == 30]


def test_a_provincial_papers_byline_names_the_province_its_tinh_is(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "(QBĐT) - Những năm qua, công tác xây dựng trường đạt chuẩn quốc gia được quan tâm. "
        "Riêng trong năm học 2016-2017, toàn tỉnh đã công nhận mới 23 trường.",
        catalog,
        gazetteer,
        "Hơn 55% trường học đạt chuẩn quốc gia",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("quangbinh", "province")


def test_a_group_of_communes_spoken_of_again_holds_its_own_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Hiện 18 xã nói trên còn có 5.273 hộ nghèo": the group's poor households, not the
    province's count of them."""
    article = _read(
        "Tỉnh Bình Định hiện có 18 xã thuộc diện bãi ngang ven biển và hải đảo.\n\nHiện 18 xã nói "
        "trên còn có 5.273 hộ nghèo, chiếm tỉ lệ 11,55%.",
        catalog,
        gazetteer,
        "Tỷ lệ hộ nghèo tại các xã bãi ngang ven biển còn ở mức cao",
    )
    assert not [f for f in article.figures if f.indicator in ("so_ho_ngheo", "ho_ngheo")]
    assert {f.value for f in article.figures if f.label} >= {5273, 11.55}


def test_a_clause_opening_on_a_commune_gives_it_its_criteria(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Hiện nay, huyện Cần Giuộc có 13/14 xã được công nhận đạt chuẩn nông thôn mới, xã "
        "Phước Vĩnh Đông đã được đánh giá đạt 19/19 tiêu chí nông thôn mới và có 6/14 xã đạt "
        "chuẩn nông thôn mới nâng cao.",
        catalog,
        gazetteer,
        "Cần Giuộc xây dựng nông thôn mới",
    )
    criteria = [(f.unit.name, f.value) for f in article.figures if f.indicator == "ntm_tieu_chi"]
    assert criteria == [("Phước Vĩnh Đông", 19)]


def test_an_article_about_a_quarter_gives_its_commune_none_of_its_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    quarter = _read(
        "Sáng ngày 05/01/2025, chi bộ khu phố Đa Ngư, phường Hòa Hiệp Nam tổ chức Đại hội nhiệm "
        "kỳ 2025-2027.\n\nChi bộ có 3 tổ đảng, 99 đảng viên.",
        catalog,
        gazetteer,
        "Đại hội chi bộ khu phố Đa Ngư, nhiệm kỳ 2025-2027",
    )
    assert quarter.figures == []
    area = _read(
        "Khu dân cư Liên Phú, xã Chí Đám có 165 hộ với 750 nhân khẩu.",
        catalog,
        gazetteer,
        "Ngày hội đại đoàn kết toàn dân tộc tại Khu dân cư Liên Phú, xã Chí Đám",
    )
    assert area.figures == []


def test_a_title_opening_on_an_unnamed_hamlet_the_lead_names(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Ngày 17/1, xã Mường Sang (Mộc Châu) đã tổ chức Lễ công bố bản Thái Hưng đạt chuẩn nông "
        "thôn mới kiểu mẫu năm 2020.\n\n100% trẻ đi học đúng độ tuổi; gần 96% số hộ đạt tiêu "
        "chuẩn gia đình văn hóa.\n\nNhân dịp này, UBND xã Mường Sang tặng Giấy khen cho 2 tập "
        "thể và 3 cá nhân có thành tích xuất sắc.",
        catalog,
        gazetteer,
        "Bản đầu tiên của huyện Mộc Châu đạt chuẩn nông thôn mới kiểu mẫu",
    )
    assert sorted((f.unit.name, f.indicator, f.value) for f in article.figures) == [
        ("Mường Sang", "ca_nhan_khen_thuong", 3),
        ("Mường Sang", "tap_the_khen_thuong", 2),
    ]


def test_a_guest_heading_the_front_of_another_unit_names_no_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(
        "Ngày 22/5/2020, Đảng bộ xã Phú Thành B đã tổ chức Đại hội đảng viên khóa IV. Đồng chí "
        "Phạm Văn Đặng - Uỷ viên Ban thường vụ Huyện ủy, Chủ tịch UBMTTQ Việt Nam huyện Tam Nông "
        "và 108 đảng viên tham dự.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Phú Thành B khóa IV nhiệm kỳ 2020 - 2025 thành công",
    )
    assert [(f.unit.name, f.value) for f in article.figures] == [("Phú Thành B", 108)]


def test_per_commune_or_none_names_no_commune(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read(
        "Số tiêu chí bình quân trên xã đạt 17,7 tiêu chí, tăng 3,05 tiêu chí so với năm 2017; "
        "không còn xã dưới 11 tiêu chí.",
        catalog,
        gazetteer,
        "Tỉnh Hà Tĩnh",
    )
    assert {(f.unit.name, f.value, f.kind) for f in article.figures} == {
        ("Hà Tĩnh", 17.7, "rate"),
        ("Hà Tĩnh", 3.05, "change"),
        ("Hà Tĩnh", 0, "total"),
    }


def test_a_count_naming_its_communes_gives_each_its_criteria(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "2 xã Ngũ Phụng và Long Hải … đạt 19/19 tiêu chí": not a band of communes, but the
    criteria of each commune the count names."""
    article = _read(
        "Năm 2015, 2 xã Ngũ Phụng và Long Hải đã đạt 19/19 tiêu chí.",
        catalog,
        gazetteer,
        "Huyện Phú Quý",
    )
    criteria = {(fold(f.unit.name), f.value) for f in article.figures if f.denominator == 19}
    assert criteria == {("nguphung", 19), ("longhai", 19)}


def test_the_district_after_of_places_the_communes_listed(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "xã Ngũ Phụng của huyện Phú Quý", "… và Long Hải của huyện đảo Phú Quý": the
    district places the communes named before it; the figure is theirs."""
    for body in (
        "Năm 2015, xã Ngũ Phụng của huyện Phú Quý đã đạt 19/19 tiêu chí.",
        "Năm 2015, xã Ngũ Phụng và Long Hải thuộc huyện đảo Phú Quý đã đạt 19/19 tiêu chí.",
    ):
        article = _read(body, catalog, gazetteer, "Huyện Phú Quý")
        units = {(fold(f.unit.name), f.unit.level) for f in article.figures}
        assert ("nguphung", "commune") in units, body
        assert ("phuquy", "district") not in units, body


def test_a_district_spelt_chu_is_the_gazetteers_cu(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "huyện Chư Jút" is the gazetteer's Cư Jút, not the town "Chũ" its first word folds to."""
    article = _read(
        "Năm 2017, huyện Chư Jút có 1 xã đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Tỉnh Đắk Nông",
    )
    assert _units(article) == {("cujut", "district", 1)}


def test_a_bare_city_in_an_article_on_a_central_city_is_that_city(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "thành phố huy động …" in an article about Hà Nội is Hà Nội, not a district-level
    city left unnamed."""
    article = _read(
        "Hà Nội có 100% xã đạt chuẩn nông thôn mới. Giai đoạn 2010 - 2024, thành phố huy động "
        "hơn 185.000 tỉ đồng cho xây dựng nông thôn mới.",
        catalog,
        gazetteer,
        "Hà Nội: 100% xã đạt chuẩn nông thôn mới",
    )
    assert ("hanoi", "province", 185000) in _units(article)


def test_the_organ_that_chose_a_ward_does_not_take_its_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Đảng bộ phường Tân Hội là đảng bộ cơ sở được Thành ủy Vĩnh Long chọn …": the city
    committee chose the ward; the figures after are still the ward's."""
    article = _read(
        "Đại hội Đảng bộ phường Tân Hội là đảng bộ cơ sở được Thành ủy Vĩnh Long chọn tổ chức "
        "đại hội bầu trực tiếp bí thư cấp ủy. Nhiệm kỳ qua, thu nhập bình quân đạt 46,5 triệu "
        "đồng/người/năm.",
        catalog,
        gazetteer,
        "Khai mạc Đại hội Đảng bộ phường Tân Hội",
    )
    assert _units(article) == {("tanhoi", "commune", 46.5)}


def test_a_title_counting_communes_in_words_is_about_the_unit_above(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Bốn xã cán đích nông thôn mới trước thời hạn" counts communes, as "4 xã" would: the
    article is about the province whose communes they are, not the one named twice."""
    article = _read(
        "Thừa Thiên Huế đến nay có thêm 4 xã đạt chuẩn NTM, là Phong An, Phong Hải (Phong "
        "Điền), Quảng Phú (Quảng Điền), nâng số xã đạt chuẩn NTM toàn tỉnh lên 6 xã. Hiện thu "
        "nhập bình quân đầu người của xã Quảng Phú đạt 19,4 triệu đồng/năm.",
        catalog,
        gazetteer,
        "Bốn xã cán đích nông thôn mới trước thời hạn",
    )
    assert article.subject is not None
    assert (article.subject.name, article.subject.level) == ("Huế", "province")


def test_the_standards_name_speaks_of_no_commune(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "14/14 xã đạt chuẩn xã NTM; thu nhập …": "chuẩn xã NTM" names the standard, so the
    income after it is still the district's, not an unnamed commune's."""
    article = _read(
        "Hiện huyện có 14/14 xã đạt chuẩn xã NTM; thu nhập bình quân đầu người đạt 47,4 triệu "
        "đồng/người/năm.",
        catalog,
        gazetteer,
        "Huyện Thoại Sơn, tỉnh An Giang đạt chuẩn nông thôn mới",
    )
    assert ("thoaison", "district", 47.4) in _units(article)


def test_communes_in_general_meeting_the_standard_are_no_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "tỉnh Hà Tĩnh tiếp tục “bội thu” xã đạt chuẩn nông thôn mới với 45 xã được công nhận":
    the kind of unit that met the standard names no commune; the 45 are the province's."""
    article = _read(
        "Năm 2018 tỉnh Hà Tĩnh tiếp tục “bội thu” xã đạt chuẩn nông thôn mới (NTM) với 45 xã "
        "được công nhận.",
        catalog,
        gazetteer,
        "Tỉnh Hà Tĩnh",
    )
    assert _units(article) == {("hatinh", "province", 45)}


def test_an_item_named_for_a_body_in_a_list_of_units_is_no_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "…, Bình Đại 92, Đảng bộ Khối Các cơ quan - Doanh nghiệp tỉnh 87, TP. Bến Tre 76, Công
    an 48": the units' items are theirs; a body's item is neither the province's nor a
    figure under a fragment of its name."""
    article = _read(
        "Năm 2019, toàn tỉnh kết nạp được 957 đảng viên mới. Trong đó, Thạnh Phú 121 đảng viên, "
        "Ba Tri 118, Bình Đại 92, Đảng bộ Khối Các cơ quan - Doanh nghiệp tỉnh 87, TP. Bến Tre "
        "76, Công an 48, Chợ Lách 47.",
        catalog,
        gazetteer,
        "Tỉnh Bến Tre",
    )
    values = {f.value for f in article.figures}
    assert {121, 118, 92, 76, 47} <= values
    assert not {87, 48} & values


def test_a_year_before_the_word_locality_is_no_count_of_provinces(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "đến cuối 2019 địa phương đã hoàn thành 19/19 tiêu chí": a year, then the commune
    spoken of; not "63 địa phương đã …", the country's provinces."""
    article = _read(
        "Trong 5 năm qua, xã huy động 138,4 tỷ đồng, đến cuối 2019 địa phương đã hoàn thành 19/19 "
        "tiêu chí.",
        catalog,
        gazetteer,
        "Xã Duy Vinh",
    )
    assert ("duyvinh", "commune", 19) in _units(article)


def test_a_sentence_opening_on_a_hamlet_placed_in_its_ward_is_the_hamlets(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Tổ dân phố 14, phường Mường Thanh hiện có …", "TDP số 3, phường Sơn Lộc có 341 hộ
    dân": the hamlet's people, not the ward's; a body of the ward stays the ward's."""
    article = _read(
        "Tổ dân phố 14, phường Mường Thanh hiện có gần 180 hộ, gần 770 nhân khẩu. "
        "TDP số 3, phường Sơn Lộc có 341 hộ dân.",
        catalog,
        gazetteer,
        "Đại hội chi bộ tổ dân phố",
    )
    assert not article.figures
    ward = _read(
        "Chi bộ Đảng xã Đồng Quang, tiền thân của Đảng bộ xã ngày nay được thành lập ngày "
        "6.6.1948, với 35 đảng viên.",
        catalog,
        gazetteer,
        "Xã Đồng Quang",
    )
    assert ("dongquang", "commune", 35) in _units(ward)


def test_a_department_heads_office_names_no_unit_of_the_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Ông …, Giám đốc Sở Nội vụ TP Hải Phòng dự và chỉ đạo": a guest's office; the
    delegates the next sentence counts are the ward's."""
    article = _read(
        "Ngày 15/8, Đại hội đại biểu Đảng bộ phường Kinh Môn (Hải Phòng) lần thứ I bế mạc. Ông "
        "Vũ Tiến Phụng, Ủy viên Ban Thường vụ Thành ủy, Giám đốc Sở Nội vụ TP Hải Phòng dự và "
        "chỉ đạo. Cùng dự có ông Nguyễn Minh Hùng, Phó Chủ tịch UBND TP Hải Phòng và 200 đại "
        "biểu đại diện cho 1.450 đảng viên của Đảng bộ.",
        catalog,
        gazetteer,
        "Giám đốc Sở Nội vụ: Phường Kinh Môn cần giao nhiệm vụ cho từng đảng viên",
    )
    assert _units(article) == {("kinhmon", "commune", 200), ("kinhmon", "commune", 1450)}


def test_a_members_party_body_named_in_passing_owns_no_figure(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "… là đảng viên Hoàng Văn Canh (SN 1929), Đảng bộ thị trấn Cao Thượng. Có 1 đảng viên
    nhận Huy hiệu 70 năm tuổi Đảng": where one member belongs; the district's badges go on."""
    article = _read(
        "Huyện ủy Tân Yên trao Huy hiệu Đảng cho 91 đảng viên. Có 2 đảng viên được nhận Huy hiệu "
        "75 năm tuổi Đảng là đảng viên Nguyễn Đức Hòa (SN 1924), thuộc Đảng bộ xã Ngọc Thiện; "
        "đảng viên Hoàng Văn Canh (SN 1929), Đảng bộ thị trấn Cao Thượng. Có 1 đảng viên nhận "
        "Huy hiệu 70 năm tuổi Đảng.",
        catalog,
        gazetteer,
        "Huyện Tân Yên trao Huy hiệu Đảng",
    )
    assert {name for name, _, _ in _units(article)} == {"tanyen"}


def test_a_full_time_party_office_is_a_guests_too(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Bùi Văn Trường, Phó Bí thư chuyên trách Đảng ủy UBND tỉnh; cùng sự có mặt của 193 đảng
    viên …": the party body of the guest's office owns none of the congress's figures."""
    article = _read(
        "Cùng dự có các đồng chí: Đinh Công Sứ, Phó Chủ tịch UBND tỉnh; Bùi Văn Trường, Phó Bí "
        "thư chuyên trách Đảng ủy UBND tỉnh; cùng sự có mặt của 193 đảng viên đại diện cho 521 "
        "đảng viên trong toàn Đảng bộ.",
        catalog,
        gazetteer,
        "Đại hội đại biểu Đảng bộ xã Mường Hoa lần thứ I, nhiệm kỳ 2025 – 2030",
    )
    assert _units(article) == {("muonghoa", "commune", 193), ("muonghoa", "commune", 521)}


def test_a_school_heads_office_is_a_guests_too(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "Bùi Thị Kim Tuyến, Hiệu trưởng Trường Chính trị tỉnh; … và hơn 215 đảng viên tiêu biểu":
    the school its guest heads owns none of the congress's figures."""
    article = _read(
        "Dự và chỉ đạo đại hội có Bùi Thị Kim Tuyến, Hiệu trưởng Trường Chính trị tỉnh; đại "
        "diện các sở, ngành và hơn 215 đảng viên tiêu biểu đại diện gần 1.300 đảng viên toàn Đảng "
        "bộ xã.",
        catalog,
        gazetteer,
        "Đại hội Đảng bộ xã Mường Thàng lần thứ I",
    )
    assert _units(article) == {("muongthang", "commune", 215), ("muongthang", "commune", 1300)}


def test_a_units_own_party_body_named_without_its_level_word_is_the_unit(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "toàn Đảng bộ Bảo Lộc đã kết nạp 45 đảng viên mới; chuyển Đảng chính thức cho 54 đảng
    viên …": the city's own party, not a body of its own; "Đảng bộ Bộ đội Biên phòng tỉnh"
    still is one."""
    article = _read(
        "Từ đầu năm 2021 đến nay, toàn Đảng bộ Bảo Lộc đã kết nạp 45 đảng viên mới; chuyển Đảng "
        "chính thức cho 54 đảng viên hết thời gian dự bị. Đảng bộ Bộ đội Biên phòng tỉnh kết "
        "nạp 4 đảng viên mới.",
        catalog,
        gazetteer,
        "Thành phố Bảo Lộc, tỉnh Lâm Đồng",
    )
    assert _units(article) == {("baoloc", "district", 45), ("baoloc", "district", 54)}


def test_a_partner_body_owns_none_of_the_units_figures(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "phối hợp Trường Chính trị tỉnh khai giảng 1 lớp …; cử 10 người học …": the school is
    who the district worked with; the class and the people sent are the district's."""
    article = _read(
        "Huyện uỷ Hoà Thành phối hợp Trường Chính trị tỉnh khai giảng 1 lớp trung cấp lý luận "
        "chính trị - hành chính tại huyện; cử 10 người học cao cấp lý luận chính trị.",
        catalog,
        gazetteer,
        "Huyện Hòa Thành",
    )
    figures = {f.value: f for f in article.figures}
    assert {fold(f.unit.name) for f in article.figures} == {"hoathanh"}
    assert (figures[1].kind, figures[1].label) == (
        "count_of_actions",
        "lớp trung cấp lý luận chính trị - hành chính",
    )
    assert figures[10].label == "người học cao cấp lý luận chính trị"


def test_a_title_counting_a_provinces_units_is_about_the_province(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "Hai huyện, thị xã của tỉnh Trà Vinh cán đích nông thôn mới" over a lead naming the two:
    the article is the province's."""
    article = _read(
        "Phó Thủ tướng vừa ký Quyết định công nhận huyện Tiểu Cần, tỉnh Trà Vinh đạt chuẩn nông "
        "thôn mới năm 2018. Trên toàn tỉnh Trà Vinh đã có 39 xã đạt chuẩn nông thôn mới.",
        catalog,
        gazetteer,
        "Hai huyện, thị xã của tỉnh Trà Vinh cán đích nông thôn mới",
    )
    assert article.subject is not None
    assert (fold(article.subject.name), article.subject.level) == ("travinh", "province")


def test_a_ranked_unit_the_gazetteer_no_longer_knows_gives_the_unit_above_nothing(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    """ "địa phương có tỷ lệ thấp nhất là Tam Vinh: 0,44% (6 hộ), Tam Thái: 0,53% (12 hộ)":
    Tam Vinh was merged away, so its items are no figure of the district; Tam Thái's are
    Tam Thái's."""
    article = _read(
        "Đối với cận nghèo, địa phương có tỷ lệ thấp nhất là Tam Vinh: 0,44% (6 hộ), Tam Thái: "
        "0,53% (12 hộ).",
        catalog,
        gazetteer,
        "Huyện Phú Ninh, tỉnh Quảng Nam",
    )
    assert _units(article) == {("tamthai", "commune", 0.53), ("tamthai", "commune", 12)}
