"""Reading figures out of articles: the seeds as a careful reader reads them, and other
provinces' phrasing the extractor has never seen."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import PROJECT_ROOT
from bot.domain.catalog import UNCATALOGUED, Catalog
from bot.domain.gazetteer import Gazetteer
from bot.extraction import ExtractedArticle, ExtractedFigure, extract_file, extract_text
from bot.text import fold
from tests.auxil.expectations import (
    expected_key,
    extract_all,
    figure_params,
    found_key,
    load_expected,
)

SEEDS = PROJECT_ROOT / "seeds"
ARTICLES = load_expected(Path(__file__).parent / "expected_seeds.json")
SEED_FIGURES = figure_params(ARTICLES)


@pytest.fixture(scope="module")
def extracted(catalog: Catalog, gazetteer: Gazetteer) -> dict[str, ExtractedArticle]:
    return extract_all(SEEDS, list(ARTICLES), catalog, gazetteer)


def _read(text: str, catalog: Catalog, gazetteer: Gazetteer) -> ExtractedArticle:
    return extract_text(
        text, file="test.txt", catalog=catalog, province_names=gazetteer.province_names()
    )


def _catalogued(figures: list[ExtractedFigure]) -> list[ExtractedFigure]:
    """The figures under catalog indicators (the seeds' expectations list only those)."""
    return [f for f in figures if f.indicator != UNCATALOGUED]


def _same_unit(figure: ExtractedFigure, unit: dict) -> bool:
    return (fold(figure.unit.name), figure.unit.level) == (fold(unit["name"]), unit["level"])


@pytest.mark.parametrize(("name", "expected"), SEED_FIGURES)
def test_seed_figure_is_extracted(
    extracted: dict[str, ExtractedArticle], name: str, expected: dict
) -> None:
    """Each figure a careful reader records comes out with its unit, value, target and quote."""
    candidates = [
        f
        for f in extracted[name].figures
        if found_key(f) == expected_key(expected) and expected["quote"] in f.quote
    ]
    assert candidates, f"{expected} not in {extracted[name].figures}"
    figure = candidates[0]
    unit = expected["unit"]
    assert (figure.unit.district, figure.unit.province) == (unit["district"], unit["province"])
    assert figure.deadline == expected["deadline"]
    assert figure.approximate == expected["approximate"]
    assert list(figure.criteria_unmet) == expected["criteria_unmet"]
    if "as_of" in expected:
        assert figure.as_of == expected["as_of"]


@pytest.mark.parametrize("name", list(ARTICLES))
def test_seed_article_title_date_and_subject(
    extracted: dict[str, ExtractedArticle], name: str
) -> None:
    article, expected = extracted[name], ARTICLES[name]
    assert article.title == expected["title"]
    assert article.date == expected["date"]
    subject = expected["subject"]
    assert article.subject is not None
    assert (
        article.subject.name,
        article.subject.level,
        article.subject.district,
        article.subject.province,
    ) == (subject["name"], subject["level"], subject["district"], subject["province"])


@pytest.mark.parametrize("name", list(ARTICLES))
def test_seed_figures_are_exactly_the_expected_ones(
    extracted: dict[str, ExtractedArticle], name: str
) -> None:
    """No false positives: nothing credited to the wrong unit, no date or law number read."""
    got = Counter(found_key(f) for f in _catalogued(extracted[name].figures))
    wanted = Counter(expected_key(f) for f in ARTICLES[name]["figures"])
    assert got - wanted == Counter(), "false positives"
    assert wanted - got == Counter(), "misses"


@pytest.mark.parametrize("name", list(ARTICLES))
def test_every_figure_belongs_to_the_article_subject(
    extracted: dict[str, ExtractedArticle], name: str
) -> None:
    """The seeds only give figures of their subject: none goes to a unit named in passing
    (Huyện ủy Tháp Mười, Bình Đại, Ba Tri, Bình Thạnh, cấp tỉnh 17 …)."""
    subject = ARTICLES[name]["subject"]
    assert all(_same_unit(f, subject) for f in extracted[name].figures)


@pytest.mark.parametrize("name", list(ARTICLES))
def test_quotes_are_exact_sentences_of_the_nfc_article(
    extracted: dict[str, ExtractedArticle], name: str
) -> None:
    text = unicodedata.normalize("NFC", (SEEDS / name).read_text("utf-8"))
    for figure in extracted[name].figures:
        assert figure.quote in text
        assert figure.quote == figure.quote.strip()
        assert unicodedata.is_normalized("NFC", figure.quote)


@pytest.mark.parametrize("name", list(ARTICLES))
def test_nfd_input_gives_the_same_result(
    extracted: dict[str, ExtractedArticle], catalog: Catalog, gazetteer: Gazetteer, name: str
) -> None:
    """Text pasted decomposed (NFD) reads exactly as composed text does."""
    decomposed = unicodedata.normalize("NFD", (SEEDS / name).read_text("utf-8"))
    again = extract_text(
        decomposed, file=name, catalog=catalog, province_names=gazetteer.province_names()
    )
    assert again == extracted[name]


def test_crlf_and_bom_read_like_plain_text(
    extracted: dict[str, ExtractedArticle],
    catalog: Catalog,
    gazetteer: Gazetteer,
    tmp_path: Path,
) -> None:
    name = "000_dafb2d235bbc4cd0.txt"
    text = (SEEDS / name).read_text("utf-8").replace("\n", "\r\n")
    path = tmp_path / name
    path.write_text("\ufeff" + text, encoding="utf-8", newline="")
    again = extract_file(path, catalog=catalog, province_names=gazetteer.province_names())
    assert [found_key(f) for f in again.figures] == [found_key(f) for f in extracted[name].figures]
    assert again.title == extracted[name].title


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Tin ngắn\n\nHôm nay trời đẹp.",
        "null\nXuất bản thông tin\nChia sẻ bài viết",
        "12/12/2023\n\n45% 12/19 1.000.000 ,,, ((( ]]] 1] 2] 3-2021",
        "Xã Mỹ Thạnh tổ chức hội nghị sơ kết công tác.",
        "Số liệu: 245 đảng viên, 12 chi bộ.",
        "9" * 400,
    ],
    ids=[
        "empty",
        "blank",
        "no-figure",
        "boilerplate",
        "numbers-only",
        "unit-no-figure",
        "figure-no-unit",
        "long-number",
    ],
)
def test_odd_articles_give_problems_not_errors(
    catalog: Catalog, gazetteer: Gazetteer, text: str
) -> None:
    article = _read(text, catalog, gazetteer)
    assert article.problems
    assert all(isinstance(p, str) and p for p in article.problems)


def test_an_article_without_a_unit_says_so(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read("Tin ngắn\n\nCó 245 đảng viên và 12 chi bộ.", catalog, gazetteer)
    assert article.subject is None
    assert article.figures == []
    assert any("xã/huyện" in p for p in article.problems)


def test_an_article_without_figures_says_so(catalog: Catalog, gazetteer: Gazetteer) -> None:
    article = _read("Xã Mỹ Thạnh\n\n01/02/2023\n\nXã Mỹ Thạnh họp dân.", catalog, gazetteer)
    assert article.subject is not None and article.subject.name == "Mỹ Thạnh"
    assert article.figures == []
    assert any("số liệu" in p for p in article.problems)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "xã Xã huyện Mỹ Thạnh 0123456789.,/%()[]:-–\n“”"
                "đạt có tiêu chí đảng viên chi bộ phấn đấu năm"
            )
        ),
        max_size=300,
    )
)
def test_any_text_is_read_without_error(catalog: Catalog, gazetteer: Gazetteer, text: str) -> None:
    article = _read(text, catalog, gazetteer)
    for figure in article.figures:
        assert figure.quote in unicodedata.normalize("NFC", text)


# Sentences in the phrasing of commune and district reports from other provinces, with the
# figures a reader takes from them: (unit name, level, indicator, value, denominator, target).
SYNTHETIC = [
    (
        "Xã Tân Lập (huyện Đồng Phú, tỉnh Bình Phước) đã đạt 19/19 tiêu chí xã nông thôn mới.",
        [("Tân Lập", "commune", "ntm_tieu_chi", 19, 19, False)],
    ),
    (
        "Năm 2023, thu nhập bình quân đầu người của xã Phước Hưng, huyện Long Điền đạt "
        "65 triệu đồng/người/năm.",
        [("Phước Hưng", "commune", "thu_nhap", 65, None, False)],
    ),
    (
        "Đến cuối năm 2023, tỷ lệ hộ nghèo đa chiều của xã Mỹ Hòa còn 1,2%.",
        [("Mỹ Hòa", "commune", "ho_ngheo", 1.2, None, False)],
    ),
    (
        "Huyện Cần Giuộc phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới.",
        [("Cần Giuộc", "district", "ty_le_xa_ntm", 100, None, True)],
    ),
    (
        "Tổng thu ngân sách nhà nước trên địa bàn xã Hòa Bình năm 2023 đạt 2,8 tỷ đồng, "
        "đạt 112% dự toán.",
        [
            ("Hòa Bình", "commune", "thu_ngan_sach", 2.8, None, False),
            ("Hòa Bình", "commune", "thu_ngan_sach_ke_hoach", 112, None, False),
        ],
    ),
    (
        "Tốc độ tăng giá trị sản xuất của huyện Châu Thành (tỉnh Tiền Giang) đạt 9,2%.",
        [("Châu Thành", "district", "tang_truong_gtsx", 9.2, None, False)],
    ),
    (
        "Xã Long Hiệp có 3/3 trường đạt chuẩn quốc gia, tỷ lệ bao phủ BHYT đạt 93,5%, "
        "tỷ lệ hộ sử dụng nước sạch đạt 99%.",
        [
            ("Long Hiệp", "commune", "truong_chuan", 3, 3, False),
            ("Long Hiệp", "commune", "bhyt", 93.5, None, False),
            ("Long Hiệp", "commune", "nuoc_sach", 99, None, False),
        ],
    ),
    (
        "Xã Thanh Bình đã đạt 15/19 tiêu chí nông thôn mới nâng cao; trong năm kết nạp "
        "8 đảng viên mới.",
        [
            ("Thanh Bình", "commune", "ntm_nang_cao_tieu_chi", 15, 19, False),
            ("Thanh Bình", "commune", "dang_vien_moi", 8, None, False),
        ],
    ),
    (
        "Xã An Thạnh hiện có 4 sản phẩm OCOP đạt 3 sao, thành lập mới 5 doanh nghiệp.",
        [
            ("An Thạnh", "commune", "ocop", 4, None, False),
            ("An Thạnh", "commune", "doanh_nghiep_moi", 5, None, False),
        ],
    ),
    (
        "Huyện Đức Hòa có 2 xã đạt chuẩn nông thôn mới nâng cao. "
        "Xã Hòa Khánh Đông đã đạt 19/19 tiêu chí.",
        [
            ("Đức Hòa", "district", "xa_ntm_nang_cao", 2, None, False),
            ("Hòa Khánh Đông", "commune", "ntm_tieu_chi", 19, 19, False),
        ],
    ),
    ("Đảng ủy xã Tân Phú chỉ đạo các chi bộ. Ấp Bình Hòa có 95% hộ gia đình văn hóa.", []),
    (
        "Xã Phú Lộc thực hiện Nghị quyết số 03-NQ/TU và Chỉ thị số 01 của Tỉnh ủy, ISO 9001:2015, "
        "dịch vụ công mức độ 3, 4; phòng chống Covid-19 cho người từ 12 tuổi, tiêm 2 mũi, phủ sóng "
        "4G/5G, nhiệm kỳ 2020 - 2025: 1] xây dựng Đảng; 2] phát triển kinh tế.",
        [],
    ),
    (
        "Tỷ lệ hộ nghèo của xã Tân Hội giảm 0,5% so với năm trước, còn 0,8%.",
        [("Tân Hội", "commune", "ho_ngheo", 0.8, None, False)],
    ),
    (
        "Toàn xã Bình Minh có 45 hộ nghèo, chiếm 1,5%.",
        [
            ("Bình Minh", "commune", "so_ho_ngheo", 45, None, False),
            ("Bình Minh", "commune", "ho_ngheo", 1.5, None, False),
        ],
    ),
    (
        "Xã Lương Phú, tỉnh Vĩnh Long có 98% người dân tham gia bảo hiểm y tế.",
        [("Lương Phú", "commune", "bhyt", 98, None, False)],
    ),
    (
        "Độ che phủ rừng của huyện Tân Sơn đạt 45,6%; tỷ lệ lao động qua đào tạo đạt 72%.",
        [
            ("Tân Sơn", "district", "che_phu_rung", 45.6, None, False),
            ("Tân Sơn", "district", "lao_dong_dao_tao", 72, None, False),
        ],
    ),
    (
        "Mục tiêu năm 2024, xã Đông Thạnh phấn đấu thu nhập bình quân đầu người đạt 70 triệu "
        "đồng, tỷ lệ hộ nghèo dưới 1%.",
        [
            ("Đông Thạnh", "commune", "thu_nhap", 70, None, True),
            ("Đông Thạnh", "commune", "ho_ngheo", 1, None, True),
        ],
    ),
    (
        "Phường 3 (thành phố Tân An) đã tiếp nhận 1.245 hồ sơ trực tuyến, 100% hồ sơ được giải "
        "quyết đúng hạn.",
        [
            ("Phường 3", "commune", "ho_so_truc_tuyen", 1245, None, False),
            ("Phường 3", "commune", "ho_so_dung_han", 100, None, False),
        ],
    ),
    (
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ của xã Ea Tu đạt 97%.",
        [("Ea Tu", "commune", "tiem_chung_tre_em", 97, None, False)],
    ),
    (
        "Xã Tân Hòa có 12 chi bộ với 210 đảng viên; năm 2023 có 11/12 chi bộ hoàn thành tốt "
        "nhiệm vụ.",
        [
            ("Tân Hòa", "commune", "chi_bo", 12, None, False),
            ("Tân Hòa", "commune", "dang_vien", 210, None, False),
            ("Tân Hòa", "commune", "chi_bo_hoan_thanh_tot", 11, 12, False),
        ],
    ),
    (
        "Huyện Đồng Phú đã bê tông hóa 125 km đường giao thông nông thôn; giải quyết việc làm "
        "cho 1.200 lao động.",
        [
            ("Đồng Phú", "district", "duong_be_tong", 125, None, False),
            ("Đồng Phú", "district", "lao_dong_viec_lam", 1200, None, False),
        ],
    ),
    (
        "Huyện Tiên Du 6 tháng đầu năm: tổng giá trị sản xuất ước đạt 12.450 tỷ đồng, tăng 8,7% so "
        "với cùng kỳ; cấp mới 125 doanh nghiệp; thu ngân sách đạt 856,3 tỷ đồng, đạt 62% dự toán.",
        [
            ("Tiên Du", "district", "gia_tri_san_xuat", 12450, None, False),
            ("Tiên Du", "district", "tang_truong_gtsx", 8.7, None, False),
            ("Tiên Du", "district", "doanh_nghiep_moi", 125, None, False),
            ("Tiên Du", "district", "thu_ngan_sach", 856.3, None, False),
            ("Tiên Du", "district", "thu_ngan_sach_ke_hoach", 62, None, False),
        ],
    ),
    (
        "Năm 2025, xã Phú Tân (tỉnh An Giang) có 58 chi bộ với 1.250 đảng viên; xã phấn đấu thu "
        "ngân sách đạt 15 tỷ đồng, phát triển thêm 20 đảng viên mới.",
        [
            ("Phú Tân", "commune", "chi_bo", 58, None, False),
            ("Phú Tân", "commune", "dang_vien", 1250, None, False),
            ("Phú Tân", "commune", "thu_ngan_sach", 15, None, True),
            ("Phú Tân", "commune", "dang_vien_moi", 20, None, True),
        ],
    ),
    (
        "Xã Minh Quang (Ba Vì) đã hoàn thành 19/19 tiêu chí nông thôn mới nâng cao; tỷ lệ hộ nghèo "
        "giảm xuống còn 1,8%; toàn xã có 9/9 thôn đạt danh hiệu thôn văn hóa.",
        [
            ("Minh Quang", "commune", "ntm_nang_cao_tieu_chi", 19, 19, False),
            ("Minh Quang", "commune", "ho_ngheo", 1.8, None, False),
            ("Minh Quang", "commune", "ap_van_hoa", 9, 9, False),
        ],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "wanted"), SYNTHETIC, ids=[f"synthetic-{i:02d}" for i in range(len(SYNTHETIC))]
)
def test_other_provinces_phrasing(
    catalog: Catalog, gazetteer: Gazetteer, sentence: str, wanted: list[tuple]
) -> None:
    article = _read(f"Tin địa phương\n\n01/06/2024\n\n{sentence}\n", catalog, gazetteer)
    got = Counter(
        (f.unit.name, f.unit.level, f.indicator, f.value, f.denominator, f.is_target)
        for f in _catalogued(article.figures)
    )
    assert got == Counter(
        (name, level, key, float(value), None if den is None else float(den), target)
        for name, level, key, value, den, target in wanted
    )
    for figure in article.figures:
        assert figure.quote in sentence


# Numbers that count nothing: dates, ages, ordinals, durations, names and road numbers.
NOT_FIGURES = [
    "Ngày 3/2/2024, xã Tân Phước tổ chức kỷ niệm 94 năm ngày thành lập Đảng.",
    "Năm 2024 là năm thứ 4 thực hiện Nghị quyết Đại hội Đảng bộ lần thứ XIII.",
    "Ông Nguyễn Văn A, 65 tuổi, ở ấp 3, có 2 ha vườn cây.",
    "Phát triển kinh tế - xã hội, tiêm mũi 3, Trung ương 4 (khóa XII), cầu Rạch Miễu 1, 2.",
    "Sau 100 ngày vận hành chính quyền địa phương 2 cấp, xã Tân Phước hoạt động ổn định.",
    "Nhiều hộ nông dân ở độ tuổi 60, 70 vẫn tích cực hiến đất làm đường.",
]

# Figures a careful reader records, though no catalog indicator counts them: they are kept
# under the phrase they count and never under an indicator that counts something else.
UNCATALOGUED_ONLY = [
    ("Dự hội nghị có 250 đại biểu; xã đã tổ chức 35 lớp tập huấn.", {"đại biểu", "lớp tập huấn"}),
    ("Hội Nông dân xã có 1.200 hội viên; xã có 15 chi hội phụ nữ.", {"hội viên", "chi hội phụ nữ"}),
    ("Xã có 3 trường học, 1 trạm y tế; đã trao 100 suất quà cho hộ nghèo.", None),
    ("Số hộ nghèo tăng 15 hộ do thiên tai; có 4 căn nhà bị tốc mái.", None),
    ("Xã tiếp nhận 2 tấn gạo hỗ trợ, cấp 1.500 thẻ bảo hiểm y tế cho người dân.", None),
    ("100% cán bộ, đảng viên được quán triệt Nghị quyết 57.", None),
]


@pytest.mark.parametrize(
    "sentence", NOT_FIGURES, ids=[f"not-a-figure-{i:02d}" for i in range(len(NOT_FIGURES))]
)
def test_numbers_that_are_not_figures(
    catalog: Catalog, gazetteer: Gazetteer, sentence: str
) -> None:
    article = _read(f"Xã Tân Phước\n\n01/06/2024\n\n{sentence}\n", catalog, gazetteer)
    assert article.figures == []


@pytest.mark.parametrize(
    ("sentence", "labels"),
    UNCATALOGUED_ONLY,
    ids=[f"uncatalogued-{i:02d}" for i in range(len(UNCATALOGUED_ONLY))],
)
def test_figures_no_indicator_counts_are_kept_uncatalogued(
    catalog: Catalog, gazetteer: Gazetteer, sentence: str, labels: set[str] | None
) -> None:
    article = _read(f"Xã Tân Phước\n\n01/06/2024\n\n{sentence}\n", catalog, gazetteer)
    assert article.figures
    assert all(f.indicator == UNCATALOGUED and f.label for f in article.figures)
    if labels is not None:
        assert {f.label for f in article.figures} == labels


def test_commune_in_brackets_gets_its_district_and_province(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    article = _read(f"Tin\n\n{SYNTHETIC[0][0]}", catalog, gazetteer)
    unit = article.figures[0].unit
    assert (unit.type, unit.district, unit.province) == ("Xã", "Đồng Phú", "Bình Phước")


def test_target_deadline_and_carried_target_block(catalog: Catalog, gazetteer: Gazetteer) -> None:
    """A paragraph that opens with a target makes its figures targets with that deadline,
    but a sentence opening with another named unit states its own result."""
    text = (
        "Huyện Đồng Phú\n\n20/11/2023\n\n"
        "Mục tiêu đến năm 2025, tỷ lệ hộ nghèo của huyện Đồng Phú dưới 1%. "
        "Tỷ lệ lao động qua đào tạo đạt 80%. Riêng xã Tân Hòa đạt 17/19 tiêu chí.\n"
    )
    figures = {f.indicator: f for f in _read(text, catalog, gazetteer).figures}
    assert figures["ho_ngheo"].is_target and figures["ho_ngheo"].deadline == "2025-12-31"
    assert figures["lao_dong_dao_tao"].is_target
    assert figures["lao_dong_dao_tao"].deadline == "2025-12-31"
    assert not figures["ntm_tieu_chi"].is_target
    assert figures["ntm_tieu_chi"].unit.name == "Tân Hòa"


def test_missing_criteria_listed_after_chua_dat(catalog: Catalog, gazetteer: Gazetteer) -> None:
    text = (
        "Xã Tân Hòa\n\n01/06/2024\n\nXã Tân Hòa đạt 17/19 tiêu chí nông thôn mới, còn 2 tiêu "
        "chí chưa đạt là giao thông và môi trường.\n"
    )
    figures = _read(text, catalog, gazetteer).figures
    assert [(f.indicator, f.value, f.denominator) for f in figures] == [
        ("ntm_tieu_chi", 17, 19),
        (UNCATALOGUED, 2, None),
    ]
    assert figures[0].criteria_unmet == ("giao_thong", "moi_truong")
    assert (figures[1].kind, figures[1].label) == ("part", "tiêu chí chưa đạt")


def test_past_year_sets_as_of_and_end_of_year_deadline(
    catalog: Catalog, gazetteer: Gazetteer
) -> None:
    text = (
        "Xã Tân Hòa\n\n15/03/2023\n\nNăm 2022, xã Tân Hòa có 310 đảng viên. "
        "Xã phấn đấu đến cuối năm đạt 19/19 tiêu chí.\n"
    )
    figures = {f.indicator: f for f in _read(text, catalog, gazetteer).figures}
    assert figures["dang_vien"].as_of == "2022-12-31"
    assert figures["ntm_tieu_chi"].is_target
    assert figures["ntm_tieu_chi"].deadline == "2023-12-31"
