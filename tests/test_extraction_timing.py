"""Target or result: how Vietnamese reports phrase a term's goals and a dated result."""

from __future__ import annotations

from bot.domain.catalog import Catalog
from bot.domain.gazetteer import Gazetteer
from bot.extraction import extract_text
from bot.extraction.timing import TimingReader


def _read(sentence: str, number: str, date: str | None = "2015-06-16") -> tuple[bool, str | None]:
    timing = TimingReader(date).read(sentence, sentence.index(number))
    return timing.is_target, timing.deadline


def test_a_sentence_opening_on_a_term_not_yet_over_sets_goals() -> None:
    sentence = "Nhiệm kỳ 2015-2020, Đảng bộ phường tập trung hoàn thành thu nhập 75 triệu đồng."
    assert _read(sentence, "75") == (True, "2020-12-31")


def test_a_term_that_closes_in_the_article_year_reports_results() -> None:
    sentence = "Nhiệm kỳ 2015-2020, Đảng bộ xã kết nạp 56 đảng viên mới."
    assert _read(sentence, "56", "2020-06-10") == (False, None)


def test_a_term_named_mid_sentence_does_not_make_a_target() -> None:
    sentence = "Đại hội Đảng bộ xã nhiệm kỳ 2025-2030 có 250 đại biểu dự."
    assert _read(sentence, "250", "2025-06-10")[0] is False


def test_the_coming_term_sets_goals() -> None:
    sentence = "Nhiệm kỳ tới, xã kết nạp 12 đảng viên mới mỗi năm."
    assert _read(sentence, "12")[0] is True


def test_a_before_and_after_comparison_reports_the_later_state() -> None:
    sentence = (
        "Nếu năm 2021, toàn tỉnh có hơn 23.500 hộ nghèo, thì đến cuối năm 2024, "
        "con số này giảm còn 6.912 hộ nghèo."
    )
    assert _read(sentence, "6.912", None) == (False, None)


def test_a_forecast_to_the_end_of_a_year_is_a_target() -> None:
    sentence = "Dự kiến đến cuối năm 2025, thu nhập bình quân đầu người đạt 69,41 triệu đồng."
    assert _read(sentence, "69,41", None) == (True, "2025-12-31")


def test_a_result_dated_to_an_earlier_year_end_is_a_result() -> None:
    sentence = "Đến cuối năm 2024, tỷ lệ hộ nghèo của tỉnh còn 3,36%."
    assert _read(sentence, "3,36", "2025-03-01") == (False, None)


def test_a_period_opening_a_sentence_sets_goals_until_it_ends() -> None:
    sentence = "Giai đoạn 2021-2025, tỉnh giảm tỷ lệ hộ nghèo xuống dưới 2%."
    assert _read(sentence, "2%", "2021-04-01") == (True, "2025-12-31")


def test_a_colon_after_a_target_cue_makes_the_paragraph_a_list_of_goals() -> None:
    sentences = [
        "Đại hội cũng xác định một số chỉ tiêu cụ thể đến năm 2030: thu ngân sách 225 tỷ đồng.",
        "Tỷ lệ hộ nghèo dưới 0,6%.",
    ]
    reader = TimingReader(None)
    reader.start_paragraph(sentences, heading=False)
    timing = reader.read(sentences[1], sentences[1].index("0,6"))
    assert (timing.is_target, timing.deadline) == (True, "2030-12-31")


def test_a_colon_after_a_result_cue_lists_results() -> None:
    sentences = [
        "Kết quả, đến nay toàn xã đạt nhiều chỉ tiêu: thu nhập 60 triệu đồng.",
        "Có 5 hợp tác xã.",
    ]
    reader = TimingReader("2024-05-01")
    reader.start_paragraph(sentences, heading=False)
    assert reader.read(sentences[1], sentences[1].index("5")).is_target is False


def test_units_signed_up_to_reach_the_standard_are_a_target() -> None:
    sentence = "Năm 2018, huyện chỉ đạo quyết liệt, nhất là 2 xã đăng ký về đích trong năm nay."
    assert _read(sentence, "2 xã", None) == (True, "2018-12-31")


def test_as_of_a_year_is_no_deadline() -> None:
    sentence = "Tính đến năm 2020, 10/10 xã đạt chuẩn nông thôn mới."
    assert _read(sentence, "10/10", "2019-06-10") == (False, None)


def test_with_no_date_line_the_year_a_title_reports_on_is_past() -> None:
    sentence = "Thu nhập bình quân đến năm 2019 đạt hơn 29 triệu đồng/người/năm."
    timing = TimingReader(None, "Xã Long Đống đạt chuẩn nông thôn mới năm 2020")
    assert timing.read(sentence, sentence.index("29")).is_target is False
    looking_ahead = TimingReader(None, "Xã Long Đống phấn đấu đến năm 2020 đạt chuẩn")
    assert looking_ahead.read(sentence, sentence.index("29")).is_target is True


def test_with_no_date_line_a_congress_title_sits_in_its_terms_first_year() -> None:
    sentence = "Thu nhập bình quân đến năm 2019 đạt hơn 29 triệu đồng/người/năm."
    timing = TimingReader(None, "Đại hội đại biểu Đảng bộ xã Long Đống nhiệm kỳ 2020-2025")
    assert timing.read(sentence, sentence.index("29")).is_target is False


def test_a_photos_caption_opens_no_goals_for_the_paragraph_after() -> None:
    """A line over a photographer's credit ("ẢNH: TRIỆU THANH") is a caption, which sets no
    target block; a body paragraph over a described photo ("Ảnh: Nhà văn hóa …") stays one."""
    from bot.extraction.document import read_document

    document = read_document(
        "Xã miền núi\n\nXã Tu Mơ Rông sẽ hỗ trợ cây giống cho người dân có hoàn cảnh khó khăn "
        "trong năm nay\n\nẢNH: TRIỆU THANH\n\nHiện toàn xã có khoảng 1.300 hộ dân, trong đó "
        "hơn 95% là đồng bào Xơ Đăng.\n\nẢnh: Nhà văn hóa ấp Cây Da, xã Đôn Xuân.\n"
    )
    caption, body = document.paragraphs[1:]
    assert (caption.heading, body.heading) == (True, False)


def test_a_pages_date_line_in_words_or_after_the_time() -> None:
    from bot.extraction.document import read_document

    for line, iso in (
        ("16:29, Thứ Hai, 22/07/2019 (GMT+7)", "2019-07-22"),
        ("Chủ Nhật, 21 tháng 4, 2019", "2019-04-21"),
        ("Đã đăng vào 14 Tháng 11, 2017 lúc 20:15", "2017-11-14"),
        ("Thứ hai - 12/10/2020 22:00", "2020-10-12"),
        ("23/08/2024 16:21:05", "2024-08-23"),
        ("Thứ 6, 07/01/2022 | 08:41:29", "2022-01-07"),
        ("29-05-2020 00:00", "2020-05-29"),
        ("Thứ 5, 19.03.2020 | 15:32:33", "2020-03-19"),
        ("11/11/2015 - 04:52 PM", "2015-11-11"),
    ):
        document = read_document(f"Tin xã\n\n{line}\n\nNgày 3/5/2016, xã họp.\n")
        assert document.date == iso
        assert len(document.paragraphs) == 2


def test_a_date_line_in_brackets_and_a_day_with_dots() -> None:
    from bot.extraction.document import read_document

    for text, iso in (
        ("Tin xã\n\n( 14/03/2022)\n\nXã họp.\n", "2022-03-14"),
        ("Tin xã\n\n(09:19 | 08/01/2021)\n\nXã họp.\n", "2021-01-08"),
        ("Tin xã\n\nCập nhật lúc : 10:03 22/02/2019\n\nXã họp.\n", "2019-02-22"),
        ("Tin xã\n\n(QT) - Sáng nay 12.11.2019, UBND huyện họp.\n", "2019-11-12"),
    ):
        assert read_document(text).date == iso


def test_a_papers_date_in_the_body_is_not_the_articles() -> None:
    from bot.extraction.document import read_document

    text = (
        "Tin huyện\n\nHuyện đạt chuẩn theo Quyết định số 320/QĐ-TTg ngày 8/3/2022; kết quả có "
        "giá trị kể từ ngày 20/7/2021; đánh giá theo Thông tư 40/2014/TT-BNNPTNT ngày "
        "13/11/2014 và Quyết định 982/QĐ-TTg ngày 15/8/2022. Phường thành lập ngày 1.7.2025 "
        "trên cơ sở sáp nhập 4 phường, được thành lập vào ngày 1/7/2025.\n"
    )
    assert read_document(text).date is None


def test_a_floor_on_a_grade_sets_no_target() -> None:
    sentence = "Trong số 21 sản phẩm đạt từ 3 sao trở lên, có 6 sản phẩm đạt 4 sao."
    assert _read(sentence, "6 sản", "2021-07-20") == (False, None)
    floor = "Mỗi năm phát triển từ 10 đảng viên trở lên."
    assert _read(floor, "10", "2021-07-20")[0] is True


def test_the_end_of_a_year_already_closing_reports_results() -> None:
    sentence = "Đến cuối năm 2023, tổng số hộ nghèo toàn tỉnh là 8.481 hộ, chiếm tỷ lệ 3,22%."
    assert _read(sentence, "8.481", "2023-12-13") == (False, None)
    assert _read(sentence, "8.481", "2023-06-13") == (True, "2023-12-31")


def test_goals_met_are_no_goal_set(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """ "đã hoàn thành xuất sắc các mục tiêu, nhiệm vụ …, với 17/17 chỉ tiêu đều đạt": a
    result, though "mục tiêu" is a target's word."""
    article = extract_text(
        "Đại hội Đảng bộ xã Cái Chiên\n\n01/08/2025\n\nNhiệm kỳ 2020-2025, Đảng bộ xã Cái Chiên "
        "đã hoàn thành xuất sắc các mục tiêu, nhiệm vụ chính trị, với 17/17 chỉ tiêu đều đạt và "
        "vượt so với Nghị quyết đề ra.\n",
        file="test.txt",
        catalog=catalog,
        province_names=gazetteer.province_names(),
    )
    assert [(f.value, f.is_target) for f in article.figures if f.value == 17] == [(17.0, False)]


def test_a_plan_set_before_and_carried_out_is_no_goal() -> None:
    carried = (
        "Trong nhiệm kỳ qua, Đảng bộ xã nỗ lực phấn đấu thực hiện Nghị quyết Đại hội Đảng bộ xã "
        "đã đề ra, qua đó giành được nhiều thắng lợi (đạt 19/20 chỉ tiêu)."
    )
    assert _read(carried, "19/20", "2020-06-03")[0] is False
    counted = "Đại hội nhiệm kỳ 2025 - 2030 đã đề ra 18 chỉ tiêu chủ yếu."
    assert _read(counted, "18", "2025-08-01")[0] is True


def test_with_no_date_line_the_year_a_sentence_reports_on_is_past() -> None:
    sentence = (
        "Năm 2019, thu nhập bình quân đầu người đạt 55,66 triệu đồng; tỉ lệ hộ nghèo năm 2010 "
        "là 0,88%, đến năm 2019 giảm xuống chỉ còn 0,09%."
    )
    assert _read(sentence, "0,09", None) == (False, None)
    aim = "Phấn đấu đến năm 2025, tỷ lệ hộ nghèo giảm xuống còn 1%."
    assert _read(aim, "1%", None)[0] is True


def test_with_no_date_line_a_year_ahead_needs_a_word_of_aim() -> None:
    """ "Đến cuối năm 2024, thu nhập … đạt 46,2 triệu đồng" in an undated page reports; a
    goal says so ("phấn đấu", "mục tiêu", "Nghị quyết … giao")."""
    result = "Đến cuối năm 2024, thu nhập bình quân đầu người của xã đạt 46,2 triệu đồng."
    assert _read(result, "46,2", None) == (False, None)
    goal = "Nghị quyết giao đến năm 2020 có trên 83 xã đạt chuẩn nông thôn mới."
    assert _read(goal, "83", None)[0] is True


def test_an_estimate_of_where_a_year_ends_is_no_deadline() -> None:
    sentence = (
        "Trong đó, hộ nghèo dân tộc thiểu số ước thực hiện đến cuối năm 2020 giảm xuống còn 25,59%."
    )
    assert _read(sentence, "25,59", "2020-10-01") == (False, None)


def test_striving_already_done_is_no_target() -> None:
    done = "Qua 5 năm, Nhân dân địa phương đã nỗ lực phấn đấu thực hiện đạt 21/21 chỉ tiêu."
    assert _read(done, "21/21", "2025-06-10") == (False, None)
    aimed = "Nhiệm kỳ tới, xã phấn đấu thực hiện đạt 21/21 chỉ tiêu."
    assert _read(aimed, "21/21", "2025-06-10")[0] is True


def test_a_name_spelt_like_needs_is_no_target() -> None:
    named = "Thu nhập bình quân đầu người năm 2013 của Phú Cần đạt 23,286 triệu đồng/người/năm."
    assert _read(named, "23,286", "2014-06-02") == (False, None)
    needed = "Xã cần đạt 30 triệu đồng/người/năm."
    assert _read(needed, "30", "2014-06-02")[0] is True


def test_an_estimate_reports_where_things_stand_unless_the_sentence_aims() -> None:
    estimate = "Đến năm 2025, tổng giá trị sản xuất toàn xã ước đạt 1.291 tỷ đồng."
    assert _read(estimate, "1.291", None)[0] is False
    aimed = "Tỉnh phấn đấu thu nhập bình quân khu vực nông thôn ước đạt 22 triệu đồng."
    assert _read(aimed, "22", "2022-01-10")[0] is True
    ahead = "Giá trị sản xuất đến năm 2030 ước đạt 2.900 tỷ đồng."
    assert _read(ahead, "2.900", "2025-06-10")[0] is True


def test_a_committee_elected_for_the_new_term_is_no_target() -> None:
    elected = "Đại hội đã bầu ban chấp hành nhiệm kỳ mới gồm 15 người."
    assert _read(elected, "15", None) == (False, None)
    aimed = "Nhiệm kỳ mới, Đảng bộ phấn đấu kết nạp 15 đảng viên."
    assert _read(aimed, "15", None)[0] is True


def test_the_days_of_a_congress_are_no_figure() -> None:
    from bot.extraction.folding import fold_aligned
    from bot.extraction.quantities import find_quantities

    sentence = "Trong 2 ngày, 8 – 9/6 Đảng bộ xã tổ chức Đại hội; xã đạt 15-18/19 tiêu chí."
    amounts = [q.amount for q in find_quantities(sentence, fold_aligned(sentence))]
    assert 8 not in amounts and 9 not in amounts


def test_targets_assigned_one_by_one_are_targets_but_those_given_one_are_not() -> None:
    """ "UBND tỉnh giao chỉ tiêu cụ thể như sau: huyện Cư Jút có 1 xã …" sets targets; "giao
    chỉ tiêu … cho 43/58 tổ chức" counts those given one."""
    assigned = "Theo đó, UBND tỉnh giao chỉ tiêu cụ thể như sau: huyện Cư Jút có 1 xã đạt chuẩn."
    assert _read(assigned, "1 xã", "2017-01-31")[0] is True
    given = "Huyện đã giao chỉ tiêu phát triển đảng viên mới cho 43/58 tổ chức cơ sở đảng."
    assert _read(given, "43", "2021-06-01")[0] is False


def test_a_sentence_that_strives_to_meet_a_target_sets_it() -> None:
    """ "Nhằm đạt mục tiêu kế hoạch đề ra …" aims; "đã đạt mục tiêu đề ra …" reports."""
    aiming = "Nhằm đạt mục tiêu kế hoạch đề ra trong năm 2017 có thêm 6 xã đạt chuẩn."
    assert _read(aiming, "6 xã", "2017-01-31")[0] is True
    met = "Năm 2016, huyện đã đạt mục tiêu đề ra với 6 xã đạt chuẩn."
    assert _read(met, "6 xã", "2017-01-31")[0] is False


def test_a_paragraph_opening_on_the_adopted_targets_lists_them() -> None:
    """ "Đại hội đã thông qua Nghị quyết với 17 chỉ tiêu chủ yếu. …": later sentences of the
    paragraph ("Hằng năm, … mỗi năm kết nạp từ 7-10 đảng viên") are those targets."""
    reader = TimingReader("2020-05-21")
    sentences = [
        "Đại hội đã thông qua Nghị quyết với 17 chỉ tiêu chủ yếu.",
        "Hằng năm, 100% số chi bộ hoàn thành tốt nhiệm vụ; mỗi năm kết nạp từ 7-10 đảng viên.",
    ]
    reader.start_paragraph(sentences, heading=False)
    assert reader.read(sentences[1], sentences[1].index("7-10")).is_target is True


def test_an_aim_named_after_the_constituting_word_is_the_numbers() -> None:
    sentence = "Đại biểu dự Đại hội có 339 đại biểu chính thức và dự kiến có 70 đại biểu khách mời."
    assert _read(sentence, "70", "2020-10-02")[0] is True
    assert _read(sentence, "339", "2020-10-02")[0] is False


def test_a_period_since_a_year_stands_at_its_end() -> None:
    def as_of(sentence: str, number: str) -> str | None:
        return TimingReader("2020-08-07").read(sentence, sentence.index(number)).as_of

    since = "Tổng nguồn lực huy động cho xây dựng NTM từ năm 2011 đến nay là hơn 2.045,5 tỷ đồng."
    assert as_of(since, "2.045,5") == "2020-08-07"
    span = "Trong giai đoạn từ năm 2015 – 2019, tổng diện tích rừng trồng mới được 203,1 ha."
    assert as_of(span, "203,1") == "2019-12-31"
    start = "Tỷ lệ hộ nghèo từ năm 2012 là 1,73% giảm xuống còn 0,7%."
    assert as_of(start, "1,73") == "2012-12-31"


def test_a_period_named_before_an_amount_closes_its_label(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = extract_text(
        "Xã Cà Ná\n\n01/06/2020\n\nTổng vốn đầu tư toàn xã hội trong 5 năm đạt 423,3 tỷ đồng. "
        "Tổng kinh phí huy động từ năm 2011 đến nay đạt 11 tỷ đồng.\n",
        file="test.txt",
        catalog=catalog,
        province_names=gazetteer.province_names(),
    )
    labels = {f.value: f.label for f in article.figures}
    assert labels == {423.3: "Tổng vốn đầu tư toàn xã hội", 11: "Tổng kinh phí huy động"}


def test_a_result_measured_against_the_plan_set_is_no_target() -> None:
    sentence = "Như vậy, so với kế hoạch đề ra, năm 2020, TP Cần Thơ vượt 3 xã NTM nâng cao."
    assert _read(sentence, "3 xã", "2020-12-24") == (False, None)
    aim = "Năm 2021, thành phố đề ra chỉ tiêu có thêm 3 xã NTM nâng cao."
    assert _read(aim, "3 xã", "2020-12-24")[0] is True


def test_goals_met_in_a_list_set_no_target() -> None:
    """ "hoàn thành vượt mục tiêu Đề án và mục tiêu Đại hội …, vượt 8,3% so với mục tiêu": the
    goals listed were met, so the share is a result."""
    sentence = (
        "Hết năm 2019, toàn tỉnh có 52/143 xã hoàn thành nông thôn mới; hoàn thành vượt mục "
        "tiêu Đề án và mục tiêu Đại hội Đảng bộ tỉnh trước 01 năm, vượt 8,3% so với mục tiêu."
    )
    assert _read(sentence, "8,3", "2020-02-27")[0] is False


def test_a_sentence_opening_on_the_plan_states_targets() -> None:
    """ "Theo kế hoạch, …" states the plan; "hoàn thành theo kế hoạch" reports it done."""
    planned = "Theo kế hoạch, giai đoạn 2010-2015 tỉnh có 20% số xã đạt chuẩn nông thôn mới."
    assert _read(planned, "20%", None)[0] is True
    done = "Năm 2019, xã đã hoàn thành theo kế hoạch, kết nạp 12 đảng viên mới."
    assert _read(done, "12", "2020-01-10")[0] is False


def test_targets_a_congress_adopts_are_targets() -> None:
    """ "Đại hội đã thông qua 18 chỉ tiêu chủ yếu": the goals adopted for the term ahead."""
    sentence = "Đại hội đã thông qua Nghị quyết với 17 chỉ tiêu chủ yếu."
    assert _read(sentence, "17", "2020-07-10")[0] is True


def test_a_paragraph_reporting_results_ends_the_goals_carried_over() -> None:
    """A paragraph of goals ("đề ra mục tiêu cụ thể là: …") is followed by one that reports
    ("Theo báo cáo …, đến thời điểm 31/12/2019, toàn tỉnh giảm được 4,44% hộ nghèo")."""
    reader = TimingReader("2019-12-31")
    goals = [
        "Để thực hiện mục tiêu giảm nghèo bền vững trong năm 2020, UBND tỉnh đã đề ra mục tiêu "
        "cụ thể là: Giảm trên 8.710 hộ nghèo, tỷ lệ hộ nghèo giảm đạt trên 4,2%."
    ]
    reader.start_paragraph(goals, heading=False)
    assert reader.read(goals[0], goals[0].index("4,2")).is_target is True
    report = [
        "Theo báo cáo của UBND tỉnh, đến thời điểm 31/12/2019, toàn tỉnh giảm 4,44% hộ nghèo."
    ]
    reader.start_paragraph(report, heading=False)
    assert reader.read(report[0], report[0].index("4,44")).is_target is False


def test_an_estimate_measured_against_the_congress_goal_is_a_result() -> None:
    """With no date line, "thu nhập … đến năm 2020 ước đạt 46,09 triệu đồng, vượt 31,7% mục
    tiêu đại hội" estimates what was reached; the goal it beat is no aim of the sentence."""
    sentence = (
        "Thu nhập bình quân đầu người đến năm 2020 ước đạt 46,09 triệu đồng, vượt 31,7% mục "
        "tiêu đại hội."
    )
    assert _read(sentence, "46,09", None) == (False, None)
    assert _read(sentence, "31,7", None)[0] is False


def test_a_clause_reporting_what_was_met_ends_the_aim_before_it() -> None:
    """ "Đến nay, 2 nhiệm vụ đột phá được thực hiện …; thực hiện đạt và vượt 12/12 chỉ tiêu chủ
    yếu": past the ";" the sentence reports; in a list of goals ("các mục tiêu: …; hoàn thành
    100% chỉ tiêu giao quân") the item is still a goal."""
    report = (
        "Đến nay, 2 nhiệm vụ đột phá được thực hiện đảm bảo theo tiến độ; thực hiện đạt và vượt "
        "12/12 chỉ tiêu chủ yếu."
    )
    assert _read(report, "12/12", "2025-01-15")[0] is False
    goals = (
        "Đại hội thông qua Nghị quyết với các mục tiêu: thu nhập đạt 80 triệu đồng; hoàn thành "
        "100% chỉ tiêu giao quân."
    )
    assert _read(goals, "100%", "2025-01-15")[0] is True


def test_a_congress_that_set_goals_opens_a_list_of_them() -> None:
    """ "Đại hội … cũng đã biểu quyết đề ra phương hướng nhiệm vụ … với những chỉ tiêu … đó là:
    …": what was done is setting goals, so the paragraph's later figures are goals too."""
    sentences = [
        "Đại hội Đảng bộ xã Hòn Nghệ cũng đã biểu quyết đề ra phương hướng nhiệm vụ nhiệm kỳ "
        "2020-2025 với những chỉ tiêu quan trọng cần thực hiện trong 5 năm tới đó là: kết nạp "
        "15 đảng viên mới.",
        "Khai thác thủy sản trong cả nhiệm kỳ đạt 18.000 tấn.",
    ]
    reader = TimingReader(None)
    reader.start_paragraph(sentences, heading=False)
    assert reader.read(sentences[1], sentences[1].index("18.000")).is_target is True
