"""What a number is, beside what it counts: total, part, rate, share of a plan, change,
count of actions; and the phrase it counts, when the catalog has no indicator for it.

Vietnamese says it around the number. A part is announced ("trong đó", "gồm", "trong số
…") or narrowed by the words after its noun ("130 đảng viên nữ", "19 đảng viên là học
sinh"); an action is a verb over the number ("trao huy hiệu cho 9 đảng viên", "44 đảng
viên được trao huy hiệu", "thành lập mới được 3 chi bộ"); a change follows "tăng", "giảm",
"thêm", "gấp"; a share of a plan is a percentage of "kế hoạch", "chỉ tiêu", "dự toán",
"nghị quyết", or what "vượt" exceeds. These are properties of the sentence, not of an
indicator, so they hold in articles the rules were never written from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extraction.quantities import POOR_AND_NEAR_POOR, Quantity

__all__ = [
    "APPROXIMATORS",
    "ASSIGNED",
    "COMMITTEES",
    "RAISED_TO",
    "SUBSIDY_BEFORE",
    "Meaning",
    "acted_on",
    "fell_below",
    "figure_kind",
    "is_classifier",
    "label_after",
    "label_before",
    "moved_to",
    "moved_year",
    "names_a_sector",
    "narrowed_after",
    "read_uncatalogued",
    "share_bracket",
    "starts_a_move",
    "within_a_sector",
]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TOKEN = re.compile(r"[^\W_]+(?:[.,/]\d+)*|[,;:()“”\"…]", re.UNICODE)
#: "đưa số xã đạt chuẩn lên 128/133 xã": a standing count of units raised, named by its noun.
RAISED_TO = re.compile(
    r"(?<!\w)(?:đưa|nâng)\s+(?:tổng\s+)?số\s+(xã|phường|huyện)"
    # "nâng tổng số xã NTM nâng cao lên 14 xã": the grade raised may be named.
    r"(?P<grade>(?:\s+(?:đạt\s+chuẩn|đạt|nông\s+thôn\s+mới|ntm|nâng\s+cao|kiểu\s+mẫu))*)\s+lên\s+$"
)
#: Words that bound or round a number ("gần", "hơn", "trên"): shared with ``figures``.
APPROXIMATORS = frozenset(
    {"gần", "khoảng", "hơn", "trên", "dưới", "từ", "xấp", "xỉ", "ước", "tính", "chừng", "ngót"}
)
# Words that bound a number without saying what it is, rates' wording included.
_BOUNDS = APPROXIMATORS | {"mức", "bình", "quân", "tốc", "độ", "hằng", "hàng", "năm", "mỗi"}
_CHANGE = frozenset({"tăng", "giảm", "thêm", "gấp", "bớt"})
# "tăng cường", "giảm nghèo": verbs of their own, not a change measured.
_CHANGE_COMPOUNDS = frozenset({"cường", "nghèo", "thiểu", "sút", "trưởng"})
_LEVEL_LINKS = frozenset({"còn", "xuống", "lên", "ở", "mức", "đạt", "chiếm", "so"})
# Verbs that act on what the number counts: the number is how many were acted on.
_ACTIONS = (
    "kết nạp",
    "trao",
    "tặng",
    "khen thưởng",
    "khen",
    "công nhận",
    "cử",
    "chuyển",
    "thành lập",
    "xóa tên",
    "xoá tên",
    "khai trừ",
    "kỷ luật",
    "đưa ra khỏi",
    "cho ra khỏi",
    "đình chỉ",
    "cấp phát",
    "cấp",
    "phát",
    "hỗ trợ",
    "xét",
    "thẩm định",
    "thẩm tra",
    "hiến",
    "cài đặt",
    "kích hoạt",
    "xóa",
    "xoá",
    "xây mới",
    "sửa chữa",
    "trồng rừng",
    "trồng mới",
    "giới thiệu",
    "bồi dưỡng",
    "đào tạo",
    "tập huấn",
    "giao",
    "tuyển",
    "vận động",
    "thu hút",
    "kiểm tra",
    "giám sát",
)
# "nâng cấp 75km đường", "phân cấp", "các cấp", "đảng bộ cấp trên": no "cấp" handed out.
_ACTION_WORDS = "|".join(
    r"(?<!nâng )(?<!phân )(?<!các )cấp"
    r"(?!\s+(?:tỉnh|huyện|xã|cơ\s+sở|trung\s+ương|quốc\s+gia|trên|dưới|ủy|uỷ))"
    if verb == "cấp"
    # "kiểm tra 46 tổ chức đảng" inspects them; "Ủy ban Kiểm tra có 5 ủy viên", "Tổ công
    # tác giám sát" are organs.
    else rf"(?<!ban )(?<!tác )(?<!đoàn )(?<!tổ ){verb}"
    if verb in ("kiểm tra", "giám sát")
    else verb
    for verb in sorted(_ACTIONS, key=len, reverse=True)
)
_ACTION_BEFORE = re.compile(
    r"(?<!\w)(?:" + _ACTION_WORDS + r")(?!\w)"
    r"(?:\s+(?:mới|được|thêm|cho|đến|tới|lên))*\s*(?:\S+\s+){0,4}$"
)
# "tặng bằng khen cho các Đảng bộ thị xã Kinh Môn, TP Hải Dương, 45 TCCSĐ, 8 chi bộ …": each
# item of the list the award is given to.
_GIVEN_TO_A_LIST = re.compile(
    r"(?<!\w)(?:tặng|trao|khen\s+thưởng)(?!\w)[^;:]*?(?<!\w)cho\s+[^;:]*,\s*(?:và\s+)?$"
)
# "Huyện ủy tổ chức 4 lớp bồi dưỡng", "đã mở 9 lớp", "khai giảng 1 lớp trung cấp": sessions
# held, right after the verb.
_HELD_BEFORE = re.compile(r"(?<!\w)(?:tổ\s+chức|mở|khai\s+giảng)(?:\s+(?:được|thêm|mới))*\s+$")
# "hỗ trợ người dân cài đặt, kích hoạt tài khoản … cho hơn 21.000 người": the verb's
# beneficiaries, however long its object.
_BENEFICIARY = re.compile(
    r"(?<!\w)(?:" + _ACTION_WORDS + r")(?!\w)[^;:]*"
    r"(?<!\w)cho\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$"
)
_ACTION_AFTER = re.compile(r"(?<!\w)(?:được|bị)\s+(?:" + _ACTION_WORDS + r")(?!\w)")
# "11 xã đặc biệt khó khăn … thoát khỏi tình trạng đặc biệt khó khăn": a status left.
_STATUS_LEFT = re.compile(r"(?<!\w)thoát\s+(?:khỏi|nghèo)(?!\w)")
#: "… giao": what a higher level assigned ("đạt 192,5% so với tỉnh giao") is a plan.
ASSIGNED = r"(?:tỉnh|huyện|thành\s+phố|thị\s+xã|cấp\s+trên|trên)\s+giao(?!\w)"
_PLAN = re.compile(
    r"\s*(?:so(?:\s+với)?\s+)?(?:(?:mục\s+tiêu|chỉ\s+tiêu)\s+)?(?:kế\s+hoạch|kh(?!\w)"
    r"|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết|nq(?!\w)|mục\s+tiêu|nhiệm\s+vụ\s+được\s+giao|"
    + ASSIGNED
    + ")"
)
_BEATS_THE_TARGET_BY = re.compile(r"(?<!\w)vượt\s+(?:chỉ\s+tiêu|kế\s+hoạch)\s+$")
_EXCEEDS_BEFORE = re.compile(r"(?<!\w)vượt(?:\s+(?:mức|kế\s+hoạch|chỉ\s+tiêu))?\s*$")
_EXCEEDS_PLAN_AFTER = re.compile(
    r"(?:\s+\w+)?\s+(?:so(?:\s+với)?\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết)(?!\w)"
)
# "vượt 15 đảng viên so với cả năm 2021" exceeds a past year: a change, not a plan.
_OVER_PLAN_AFTER = re.compile(
    r"[^,;.]{0,30}?(?<!\w)so\s+(?:với\s+)?(?:kế\s+hoạch|nghị\s+quyết|chỉ\s+tiêu|dự\s+toán|kh|nq)"
    r"(?!\w)"
)
_COMPARED_AFTER = re.compile(r"[^,;.]{0,30}?(?<!\w)so\s+với")
_AN_EARLIER_YEAR_AFTER = re.compile(
    r"\s*so\s+với\s+(?:năm\s+(?:19|20)\d\d|cùng\s+kỳ|năm\s+trước|đầu\s+nhiệm\s+kỳ)(?!\w)"
)
_PLAN_IN_SENTENCE = re.compile(
    r"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|" + ASSIGNED + ")"
)
# "Còn lại 4 xã …": the rest of what was counted, a part of it.
_SUBSET_OPEN = re.compile(
    r"\s*(?:trong\s+(?:số\s+)?đó|bao\s+gồm|gồm(?:\s+có)?|trong\s+số|còn\s+lại)(?!\w)"
)
# "… gồm 13 đồng chí và bầu 22 đại biểu …": "và" and a verb of its own end a list of parts.
_NEXT_ACT = re.compile(
    r"(?<!\w)và\s+(?:đã\s+)?(?:bầu|kết\s+nạp|thành\s+lập|công\s+nhận|tặng|trao|khen\s+thưởng)(?!\w)"
)
_SUBSET_IN_CLAUSE = re.compile(r"(?<!\w)(?:trong\s+số|gồm|bao\s+gồm|trong\s+đó)(?!\w)")
# "hàng năm", "hằng tháng" are per period; "hàng hóa" is goods.
_PER_UNIT = re.compile(
    r"(?<!\w)(?:bình\s+quân|trung\s+bình|mỗi|(?:hằng|hàng)\s+(?:năm|tháng|quý|tuần|ngày|vụ))(?!\w)"
)
# "bình quân số tiêu chí đạt chuẩn của 200 xã …": those the average is over, counted.
_HOLDERS_OF_AN_AVERAGE = re.compile(r"(?<!\w)của\s+(?:các\s+|tất\s+cả\s+)?$")
_ITEM_ENDS = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|[^\W\d_]+(?:\s*/\s*[^\W\d_]+)*)?\s*,(?!\d)")
_AMOUNT_ITEM = re.compile(r"\s*(?:(?!đã\s|được\s|đạt\s)[^\W\d_]+\s+){1,6}")
_AMOUNT = re.compile(r"\d\s*(?:tỷ|tỉ|triệu)\s+đồng(?!\w)")
_PLANS_MEASURED_AGAINST = (["kế", "hoạch"], ["dự", "toán"], ["so", "với"])
_BOUND_END = re.compile(r"(?:(?<=\s)|^)(?:gần|trên|hơn|khoảng|là|đạt)\s+$")


def _amounts_listed(before: str) -> bool:
    """ "Trong đó, ngân sách trung ương gần 65 tỷ đồng; ngân sách địa phương hơn …": each
    item before is an amount, and this one names only its source; "…; vốn ngân sách địa
    phương 104,544 tỷ đồng, vốn lồng ghép 7,899 tỷ đồng": past an amount a comma opens one."""
    *items, last = before.split(";")
    head, comma, tail = last.rpartition("đồng,")
    if comma:
        items.append(head + "đồng")
        last = tail
    return (
        bool(items)
        and all(_AMOUNT.search(item) for item in items)
        and _AMOUNT_ITEM.fullmatch(last) is not None
    )


# "đạt 12,8 tiêu chí/xã", "bình quân 13,4 tiêu chí/xã": an average over the holders.
PER_HOLDER_AFTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*/\s*(?:1\s+|một\s+)?"
    r"(?:xã|người|hộ|(?:vạn|nghìn|ngàn|1\.000|10\.000)\s+dân)(?!\w)"
)
# Words that end a counted noun without narrowing it ("356 đảng viên, …", "52 chi bộ trực
# thuộc với 2.140 đảng viên", "498 đảng viên sinh hoạt tại …").
_NOUN_ENDS = frozenset(
    {
        "và",
        "với",
        "trong",
        "tại",
        "của",
        "ở",
        "sinh",
        "đang",
        "hiện",
        "trên",
        "thuộc",
        "trực",
        "cùng",
        "so",
        "chiếm",
        "tăng",
        "giảm",
        "nâng",
        "thì",
        "nên",
        "như",
        "để",
        "từ",
        "đến",
        "vào",
        "hoạt",
        "năm",
        "người",
        "đồng",
        "chí",
        "mới",
        "toàn",
        "khắp",
        "này",
        "đó",
        "nay",
        "hoặc",
        "hay",
        "cho",
        "trở",
        "lên",
        "cấp",
        "hằng",
        "hàng",
        "bình",
        "ước",
        "cả",
        "mức",
        "giai",
        "nhiệm",
        "khoảng",
        "gần",
        "hơn",
        "dưới",
        "tính",
        "thực",
        "các",
        "những",
        "luôn",
        "vẫn",
        "đều",
        "chỉ",
        "gồm",
        "bao",
        "ảnh",
        "đại",
    }
)
# Verbs that join a measure named first to its number ("Tổng số đảng viên là 255").
_LINK_WORDS = frozenset(
    {
        "là",
        "có",
        "được",
        "đạt",
        "bằng",
        "chiếm",
        "lên",
        "xuống",
        "còn",
        "xã",
        "huyện",
        "tỉnh",
        "phường",
        "thị",
        "quận",
        "địa",
    }
)
_CLASSIFIERS = frozenset(
    {"người", "đồng chí", "lượt", "lượt người", "em", "cháu", "trường hợp", "đồng", "chí"}
)
_STOP_LABEL = frozenset(
    {
        "và",
        "hoặc",
        "với",
        "cùng",
        "so",
        "chiếm",
        "tăng",
        "giảm",
        "là",
        "nâng",
        "trong",
        "riêng",
        "còn",
        "của",
        "tại",
        "ở",
        "gồm",
        "bao",
        "sẽ",
        "nhằm",
        "để",
        "do",
        "vì",
        "bởi",
        "nhờ",
        "khi",
        "theo",
    }
)
# "35.864 ngày công": days of work given, a noun although "ngày" alone never starts one.
_WORKDAYS = ["ngày", "công"]
# A counted noun never starts with these: "Rạch Miễu 1, 2 sẽ đưa …" counts nothing.
_NOT_A_NOUN = frozenset(
    {
        "sẽ",
        "đã",
        "đang",
        "được",
        "bị",
        "là",
        "có",
        "và",
        "của",
        "cho",
        "với",
        "để",
        "theo",
        "từ",
        "đến",
        "trong",
        "trên",
        "dưới",
        "tại",
        "ở",
        "năm",
        "tháng",
        "ngày",
        "này",
        "đó",
        "thì",
        "mà",
        "nhưng",
        "hay",
        "hoặc",
        "cũng",
        "vào",
        "ra",
        "lên",
        "xuống",
        "so",
        "như",
        "rằng",
        "nên",
        "vì",
        "do",
        "bởi",
        "khi",
        "sau",
        "trước",
        "đạt",
        "không",
        "chưa",
    }
)
# "… của Hà Giang đến cuối | năm 2016 là": what is left of a time frame cut at its year.
_TIME_FRAME_END = re.compile(r"(?:\s+(?:tính|đến|tới|vào|trong|cuối|đầu|giữa))+\s*$")
_TERM_LINKS = frozenset({"gồm", "có", "là", "với"})
# "… đến năm 2020 thấp nhất phải đạt 63 triệu": past the year, only how far it must reach.
_REACH_WORDS = frozenset({"thấp", "cao", "nhất", "phải", "tối", "thiểu", "ít", "cần"})
_TIME = re.compile(
    # "từ năm 2011 đến năm 2021", "trong 5 năm qua": a period, whole.
    r"(?<!\w)(?:từ\s+(?:năm\s+)?\d{4}(?:\s+(?:đến|tới)\s+(?:(?:năm\s+)?\d{4}|nay))?(?!\w)"
    r"|(?:trong|sau|qua)\s+\d{1,2}\s+năm(?:\s+qua)?(?!\w)|(?<![\d.,])\d{1,2}\s+năm\s+qua(?!\w)"
    r"|(?:năm|tháng|đến|tới)\s+\d{4}|(?:nhiệm\s+kỳ|giai\s+đoạn)\s+\d{4}\s*[-–]\s*\d{4})(?!\d)"
)
_FRAME = re.compile(
    # "đầu năm", "kết quả" frame the measure; "đầu tư", "kết nạp" are the measure.
    r"^(?:(?:phấn|đấu|đề|ra|đặt|mục|tiêu|năm|đến|tính|trong|từ|sau|hiện|nay|cuối|đầu(?!\s+tư)"
    r"|nhiệm|kỳ|giai|đoạn|qua|thời|gian"
    r"|toàn|xã|huyện|tỉnh|phường|thị|trấn|đảng(?!\s+viên)|bộ|ủy|uỷ|ubnd|hđnd|riêng|các|những|cũng|đã"
    r"|kết(?!\s+nạp)|quả|theo|báo|cáo|về|lĩnh|vực|có|thì|đó|này|vừa|còn\s+lại|trên\s+địa\s+bàn)\s+)+"
)
_LINK_END = re.compile(
    r"(?:\s+(?:đạt|là|có|còn|chiếm|được|bằng|ước|lên|xuống|tăng|giảm|vượt|khoảng|gần|hơn|cán|chạm|trung"
    r"|(?<=giảm\s)đi|(?<=tăng\s)đi"
    r"|mốc|đều|gồm"
    r"|trên|dưới|mức|từ|chỉ|với|tới|đến|nay|hiện|bình|quân|tính|thêm|gấp|đã|có))+$"
)
_MAX_LABEL_WORDS = 8
# "64,7% là thanh niên": a share followed by who those are.
_SHARE_WHO = re.compile(r"\s+(?:là|có)\s+(?=[^\W\d_])")
# "Tổng diện tích gieo trồng năm 2020 ước thực hiện 4.445 ha": the estimate's link.
_ESTIMATED_DONE_END = re.compile(r"\s+ước\s+thực\s+hiện(?:\s+(?:được|đạt))?$")
_MAX_BEFORE_WORDS = 8
_FRAMING_END = re.compile(
    r"(?:\s+(?:trên\s+địa\s+bàn(?:\s+(?:xã|phường|huyện|tỉnh|thị\s+trấn))?|bình\s+quân"
    r"|trung\s+bình|hằng\s+năm|hàng\s+năm|mỗi\s+năm"
    # "hộ nghèo … ở mức cao cũng hàng đầu của tỉnh với trên 31,38%": how it ranks.
    r"|ở\s+mức\s+(?:cao|thấp)(?:\s+[^\W\d_]+){0,3}?\s+(?:nhất|hàng\s+đầu|đứng\s+đầu)"
    r"(?:\s+(?:của|trong|toàn)\s+(?:xã|phường|huyện|tỉnh|thị\s+trấn))?))+\s*$"
)
_PLACED_IN = re.compile(
    r"\s+(?:ở|tại)\s+(?:xã|phường|huyện|tỉnh|thị\s+trấn|thị\s+xã|thành\s+phố|quận)\s+"
)
_PLACE_NAME_WORDS = 4
_HEAD_OPENERS = frozenset({"tỷ", "tỉ", "tổng", "số", "mức", "tốc", "thu"})
# "giá trị sản xuất …": a head too, unless a rate or share of it opens earlier ("tốc độ tăng
# trưởng giá trị …", "tỷ trọng giá trị …").
_VALUE_HEAD = "giá"
# What "với" gives a thing ("với tổng vốn", "với diện tích"), rather than what it is made of.
# "so với", "gắn với", "cùng với", "đối với": "với" bound to the word before, no list opener.
_BOUND_WITH = frozenset({"so", "gắn", "cùng", "đối"})
_ATTRIBUTES = frozenset({"tổng", "số", "diện", "giá", "quy", "vốn", "kinh", "chiều", "mức", "sản"})
# How far back past the cut a measure's first word is looked for ("tốc | độ tăng trưởng giá
# trị gia tăng của khu vực nông nghiệp").
_HEAD_REACH = 5


@dataclass(frozen=True, slots=True)
class Meaning:
    """What the sentence says about one number: its kind and the phrase it counts."""

    kind: str
    label: str | None
    measure: str | None


def _words_before(lower: str, clause_start: int, position: int) -> list[str]:
    return _WORD.findall(lower[clause_start:position])


_GROWN = re.compile(r"phát\s+triển(?!\w)")
# "huyện đã đầu tư xây dựng được 66 công trình lộ", "xây dựng được 3 xã đạt chuẩn NTM": what
# was built right before the count ("xây dựng nông thôn mới, … có 15 xã" names a programme).
# A count of buildings, not of a length ("xây dựng mới 26,06 km đường"); "xây dựng 131 mô
# hình" is how a standing of models is given.
_BUILT_BEFORE = re.compile(r"(?<!\w)xây\s+dựng(?:\s+(?:được|mới|thêm))*\s+$")
_MODELS_AFTER = re.compile(r"\s+mô\s+hình(?!\w)")


def _built(before: str, lower: str, quantity: Quantity) -> re.Match[str] | None:
    return None if _MODELS_AFTER.match(lower, quantity.end) else _BUILT_BEFORE.search(before)


def acted_on(lower: str, quantity: Quantity, clause_start: int) -> str | None:
    """The verb acting on a count ("trao huy hiệu cho 9 đảng viên", "44 đảng viên được
    trao …"), or None."""
    before = lower[clause_start : quantity.start]
    # Beneficiaries are people and households, never hectares or money.
    counted = not (quantity.measure or quantity.money or quantity.percent)
    segment = lower[lower.rfind(";", 0, quantity.start) + 1 : quantity.start]
    action = _ACTION_BEFORE.search(before)
    if action and quantity.measure and _GROWN.match(action.group()):
        # "duy trì, phát triển 214,6 ha cam sành": an area grown, not one handed out.
        action = None
    found = (
        action
        or (_TAKEN_IN.search(before) if _MEMBERS_AFTER.match(lower, quantity.end) else None)
        or (_built(before, lower, quantity) if counted else None)
        or _HELD_BEFORE.search(before)
        or (counted and _GIVEN_TO_A_LIST.search(segment))
        or (counted and _BENEFICIARY.search(lower, 0, quantity.start))
        or (
            _ACTION_AFTER.search(lower[quantity.end : _after_noun_end(lower, quantity.end)])
            if not _standing_count(lower, quantity, before)
            else None
        )
        or _LISTED_THEN_ACTED.match(lower, quantity.end)
        or (counted and _STATUS_LEFT.search(lower, quantity.end, _clause_end(lower, quantity.end)))
    )
    return found.group() if found else None


# "Hiện toàn huyện có 15 sản phẩm được công nhận OCOP": those recognised so far, a standing
# count, not this round's recognitions.
_STANDING_HAS = re.compile(
    r"(?<!\w)(?:hiện|hiện nay|đến nay)\s+(?:(?:toàn|cả)\s+(?:xã|huyện|tỉnh|thành phố)\s+)?"
    r"(?:đã\s+)?có\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)


def _standing_count(lower: str, quantity: Quantity, before: str) -> bool:
    """ "Hiện … có N …", or an item past a ";" of a list that opened so ("…; 15 sản phẩm
    được công nhận OCOP")."""
    if _STANDING_HAS.search(before):
        return True
    item = lower.rfind(";", 0, quantity.start)
    if item < 0 or lower[item + 1 : quantity.start].strip():
        return False
    first = _FIRST_NUMBER.search(lower)
    return first is not None and _STANDING_HAS.search(lower, 0, first.start()) is not None


_FIRST_NUMBER = re.compile(r"\d")


# "tiếp nhận 73 đảng viên từ nơi khác chuyển đến": members taken in by transfer; "tiếp nhận
# 4.215 hồ sơ" counts the files a service has.
_TAKEN_IN = re.compile(r"(?<!\w)tiếp\s+nhận\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_MEMBERS_AFTER = re.compile(r"\s+(?:đảng\s+viên|đồng\s+chí|người|quân\s+nhân)(?!\w)")


def _clause_end(lower: str, start: int) -> int:
    found = _CLAUSE_STOP.search(lower, start)
    return found.start() if found else len(lower)


_CLAUSE_STOP = re.compile(r"[,;.:()]|(?<!\w)năm\s+\d{4}")
# "được công nhận đạt chuẩn xã nông thôn mới kiểu mẫu" says which grade in full.
_MAX_LISTED_WORDS = 12
# "04 xã Phú Trung, Phú Bình, Trà Cổ (huyện Tân Phú) và xã Phước Tân … được công nhận": the
# units counted are named, then recognised.
_LISTED_THEN_ACTED = re.compile(
    r"\s+(?:xã|phường|thị\s+trấn|thôn|ấp|bản|khu\s+dân\s+cư|huyện)\s"
    r"(?=[^\d;.:]{0,160}?(?:,|\s+và\s|\())[^\d;.:]{0,160}?\s(?:đều\s+|cũng\s+)?(được\s+(?:"
    + _ACTION_WORDS
    + r"))(?!\w)"
)


# "… trên toàn tỉnh Hậu | Giang": a place cut short by the cap is left out with its name.
_CUT_PLACING = re.compile(
    r"(?<!cấp)\s+(?:trên(?:\s+địa)?|trên\s+địa\s+bàn|tại|ở|của)"
    r"(?:\s+(?:toàn\s+)?(?:tỉnh|huyện|xã|phường|thành\s+phố)(?:\s+\w+)?)?$"
)
_WHOLE_TERMS = (
    ("nông thôn", " mới"),
    ("nông", " thôn mới"),
    ("nâng", " cao"),
    ("kiểu", " mẫu"),
    ("văn", " minh"),
    ("văn", " hóa"),
    ("dân tộc thiểu", " số"),
    ("dân tộc", " thiểu số"),
    ("cận", " nghèo"),
    ("chính", " trị"),
    ("hành", " chính"),
)


_GRADE_NAME = re.compile(r"(?<!\w)(?:mức\s+độ|mức|hạng|loại|cấp\s+độ)\s+$")
# "4 sao", "45 năm tuổi Đảng": a grade's number, part of the name.
_GRADE_NUMBER = re.compile(r"\d{1,2}(\s*sao|\s+năm\s+tuổi\s+đảng)?(?![\d.,]*\d)(?!\w)")


_OPENING_QUOTES = frozenset({"“", '"'})
# A short quoted name and its closing quote.
_QUOTE_CLOSES = re.compile(r"[^“”\"\d;.]{1,60}?[”\"]")


def _after_noun_end(lower: str, end: int) -> int:
    """Where the noun right after a number ends (before punctuation, a number or a link)."""
    position = end
    quoted_to = end
    for found in _TOKEN.finditer(lower, end):
        token = found.group()
        raised = token == "nâng" and lower.startswith(" cao", found.end())
        grade = _GRADE_NUMBER.match(lower, found.start()) if token[0].isdigit() else None
        if grade and (grade.group(1) or _GRADE_NAME.search(lower, end, found.start())):
            # "3 trường đạt chuẩn mức độ 2", "4 sản phẩm OCOP 4 sao": the grade is a name.
            position = grade.end()
            continue
        if (
            token == ","
            and _HAMLET_NOUN_END.search(lower, 0, position)
            and _HAMLET_ALTERNATIVE.match(lower, found.start())
        ):
            # "59 thôn, làng vùng đồng bào …": the noun goes on past its second spelling.
            continue
        if found.start() < quoted_to:
            continue
        if token in _OPENING_QUOTES:
            # "61 “ngân hàng cộng đồng”", "sản phẩm được công nhận “Nhãn hiệu tập thể”": a
            # quoted name is said whole, or not at all.
            closing = _QUOTE_CLOSES.match(lower, found.end())
            if closing is None:
                break
            position = quoted_to = closing.end()
            continue
        if not token[0].isalpha() or (token in _STOP_LABEL and not raised):
            break
        position = found.end()
        if len(_WORD.findall(lower[end:position])) >= _MAX_LABEL_WORDS:
            for first, rest in _WHOLE_TERMS:
                if lower[:position].endswith(first) and lower.startswith(rest, position):
                    # The cap never cuts "nông thôn mới", "nâng cao" short.
                    position += len(rest)
            if cut := _CUT_PLACING.search(lower, end, position):
                # "200 xã xây dựng nông thôn mới trên địa | bàn tỉnh": where they are, cut
                # short, is left out whole.
                position = cut.start()
            break
    return position


# "trong các doanh nghiệp", "trong khối cơ quan" name a sector; "trong các chi bộ", "trong
# toàn xã" only place what is counted.
_WITHIN_KIND = re.compile(
    r"trong\s+(?:các|những|khối|lĩnh\s+vực)\s+(?!(?:chi|đảng|xã|phường|thôn|ấp|tổ|khu|bản"
    r"|huyện|tỉnh|địa)(?!\w))\w"
)


_SECTOR_AFTER = re.compile(
    r"\s*trong\s+(?:các|những|khối|lĩnh\s+vực)\s+(?!(?:chi|đảng|xã|phường|thôn|ấp|tổ|khu|bản"
    r"|huyện|tỉnh|địa)(?!\w))[^\W\d_]+(?:\s+[^\W\d_]+){0,3}"
)


# "248 đảng bộ cơ sở (14 đảng bộ bộ phận và 2.370 chi bộ trực thuộc)", "18 đảng bộ cơ sở và
# 51 chi bộ cơ sở, với 285 chi bộ trực thuộc đảng bộ cơ sở": cells one level down.
_CELLS_NOUN = re.compile(r"\s*(?:chi\s+bộ\s+trực\s+thuộc|đảng\s+bộ\s+bộ\s+phận)(?!\w)")
_BASE_BODIES = re.compile(r"(?<!\w)đảng\s+bộ\s+cơ\s+sở(?!\w)")
_HELD_BY_BASE_BODIES = re.compile(
    r"(?<!\w)đảng\s+bộ\s+cơ\s+sở\s*(?:\((?:trong\s+đó:?)?[^()]*|[^()]*?,?\s*với\s+)$"
)


def cells_of_party_bodies(lower: str, quantity: Quantity) -> bool:
    """Cells inside the base party bodies are counted apart from the bodies the unit's
    total is made of: neither a part of that total nor the unit's own cells."""
    noun = _CELLS_NOUN.match(lower, quantity.end)
    if noun is None:
        return False
    return bool(
        _HELD_BY_BASE_BODIES.search(lower, 0, quantity.start)
        or _BASE_BODIES.match(lower, noun.end() + 1)
    )


def within_a_sector(lower: str, quantity: Quantity) -> bool:
    """ "8 đảng viên mới trong các doanh nghiệp", "Riêng các tổ chức cơ sở đảng khối xã, thị
    trấn kết nạp mới 52 đảng viên": the count keeps to one sector."""
    # "…, nâng tổng số đảng viên trong toàn Đảng bộ lên 2.169": the whole again.
    raised = _RAISED_WHOLE.search(lower, 0, quantity.start) is not None
    if not raised and (
        _ONLY_SOME_BODIES.match(lower[: quantity.start])
        or _WITH_THE_SECTORS.search(lower, 0, quantity.start)
    ):
        return True
    return _WITHIN_KIND.match(lower[_after_noun_end(lower, quantity.end) :].lstrip()) is not None


# "27 tổ chức cơ sở Đảng trong các doanh nghiệp … với tổng cộng 334 đảng viên": their members.
_WITH_THE_SECTORS = re.compile(
    r"(?<!\w)trong\s+(?:các|những|khối)\s+(?!(?:chi|đảng|xã|phường|thôn|ấp|tổ|khu|bản|huyện"
    r"|tỉnh|địa)(?!\w))[^\W\d_][^.;\d]{0,80}?\s+với\s+(?:tổng\s+(?:cộng|số)\s+)?$"
)
_RAISED_WHOLE = re.compile(r"(?<!\w)(?:nâng|đưa)\s+tổng\s+số(?!\w)")
_ONLY_SOME_BODIES = re.compile(
    r"\s*riêng\s+(?:các\s+|những\s+)?(?:tổ\s+chức|chi\s+bộ|đảng\s+bộ|khối)(?!\w)"
)
GRADE_AFTER = re.compile(r"(?:nâng\s+cao|kiểu\s+mẫu)(?!\w)")
_IN_A_CATEGORY = re.compile(r"thuộc\s+(?:diện|nhóm|loại)(?!\w)")


_STARS = re.compile(r"\d\s*sao(?!\w)")
# "13 sản phẩm OCOP 4 sao, 131 sản phẩm OCOP 3 sao": counts by grade, each a part.
_GRADED_COUNT = re.compile(r"\d[\d.,]*\s+sản\s+phẩm[^\d,;:]{0,30}?\d\s*sao(?!\w)")


_OF_A_PEOPLE = re.compile(r"(?:là\s+)?(?:người\s+)?(?:dân\s+tộc|đồng\s+bào)(?!\w)")
#: "tỷ lệ hộ nghèo thấp nhất là …", "cao nhất là …": a ranking of units follows.
RANKING = re.compile(r"(?<!\w)(?:cao|thấp|nhiều|ít)\s+nhất\s*(?:là(?!\w)|:)")
_HAMLET_NOUN_END = re.compile(r"(?<!\w)(?:thôn|ấp|bản|làng|xóm|khu\s+dân\s+cư|tổ\s+dân\s+phố)$")
# "59 thôn, làng …", "10 thôn xóm": one noun written two ways.
_HAMLET_ALTERNATIVE = re.compile(
    r",?\s*(?:thôn|ấp|bản|làng|xóm|buôn|plei|sóc|tổ\s+dân\s+phố|khu\s+phố)(?!\w)"
)
_ALTERNATIVE_NOUN = re.compile(r"/[^\W\d_]+")
# "sản phẩm OCOP được xếp hạng 3 sao trở lên": graded as the products counted are.
_GRADED_AS = re.compile(r"được\s+(?:xếp\s+hạng|công\s+nhận|đánh\s+giá)\s+(?:đạt\s+)?\d\s*sao(?!\w)")
_DELEGATES = ("đại biểu", "đại biểu chính thức", "đại biểu dự đại hội", "đại biểu tiêu biểu")
# "225 đại biểu chính thức tham gia", "187 đại biểu tiêu biểu được bầu chọn từ …", "230 đại
# biểu chính thức thay mặt cho 1.541 đảng viên": the delegates attend, elected as delegates
# are, and stand for the members; none of that narrows them.
_ATTENDING = re.compile(
    r"(?:tham\s+(?:gia|dự)|về\s+dự|dự|được\s+bầu(?:\s+chọn)?|thay\s+mặt|đại\s+diện)(?!\w)"
)
# "69 thôn đạt chuẩn nông thôn mới": the hamlets meeting a standard, not all of them.
_CRITERIA_MET = re.compile(r"đạt\s+(?:(?:từ|trên|dưới)\s+)?\d+(?:/\d+)?\s+(?:tiêu\s+chí|tc)(?!\w)")
_NAMED_ABOVE_AFTER = re.compile(r"\s+(?:nói\s+)?trên\s+(?:đã|đều|cùng|được|có)(?!\w)")
_CRITERION_MET = re.compile(r"đạt\s+tiêu\s+chí(?!\s+(?:nông\s+thôn|ntm|\d))")
_STANDARD_MET = re.compile(r"đạt\s+(?:chuẩn|danh\s+hiệu)(?!\w)")
_BY_A_RULE = re.compile(
    r"theo\s+(?:quy\s+định|bộ|quyết\s+định|nghị\s+quyết|kế\s+hoạch|hướng\s+dẫn|tiêu\s+chí|chuẩn)"
    r"(?!\w)"
)
_WHEN_AFTER = re.compile(
    r"(?:(?:tính\s+)?(?:đến|tới|hết|vào|trong)\s+)?(?:cuối|đầu|giữa)\s+(?:năm|tháng|kỳ|nhiệm\s+kỳ)"
    r"(?!\w)"
)


def narrowed_after(
    lower: str,
    phrase_end: int,
    *,
    strict: bool = False,
    linked: bool = False,
    text: str | None = None,
) -> bool:
    """The counted noun goes on with words that narrow it: "đảng viên nữ", "chi bộ thôn",
    "đảng viên là học sinh", "đảng viên 65 năm tuổi đảng", "đảng viên được trao …".

    ``linked``: the phrase stands before its number, so a verb joining them ("… hiện có",
    "… là") does not narrow it. With ``text`` (the sentence as written), a capitalised word
    is a name or a caption ("… trực thuộc Thị ủy", "Ảnh: …"), which narrows nothing."""
    rest = lower[phrase_end:]
    if _HAMLET_NOUN_END.search(lower, 0, phrase_end) and (
        alternative := _HAMLET_ALTERNATIVE.match(rest)
    ):
        # "59 thôn, làng vùng đồng bào …": one noun written two ways, then what narrows it.
        phrase_end += alternative.end()
        rest = rest[alternative.end() :]
    if alternative := _ALTERNATIVE_NOUN.match(rest):
        # "869 thôn/bản đạt chuẩn NTM": one noun written two ways.
        phrase_end += alternative.end()
        rest = rest[alternative.end() :]
    if not rest or not rest[0].isspace():
        return False
    token = _TOKEN.match(rest.lstrip())
    if token is None:
        return False
    word = token.group()
    if word[0].isdigit():
        if not strict and _STARS.match(rest.lstrip()):
            # "15 sản phẩm OCOP 3 sao" rates the products it counts, as "… đạt 3 sao" does;
            # a sentence counting two grades breaks the products down.
            return len(_GRADED_COUNT.findall(lower)) > 1
        # "đảng viên 65 năm tuổi đảng"; but "đại biểu đại diện 1.204 đảng viên" represents.
        return not lower[:phrase_end].endswith("đại diện")
    if text is not None:
        start = phrase_end + len(rest) - len(rest.lstrip())
        if text[start : start + 1].isupper() and not _SECTOR.match(rest.lstrip()):
            return False
    if not strict and _GRADED_AS.match(rest.lstrip()):
        return len(_GRADED_COUNT.findall(lower)) > 1
    if _ATTENDING.match(rest.lstrip()) and lower[:phrase_end].endswith(_DELEGATES):
        return False
    if _NAMED_ABOVE_AFTER.match(rest) or (word == "đạt" and _CRITERION_MET.match(rest.lstrip())):
        # "3 thôn trên đã đổi thay", "325 thôn, bản đạt tiêu chí về cơ sở hạ tầng thương
        # mại": those spoken of before, or those meeting one criterion, some of them.
        return True
    if word == "đạt" and _CRITERIA_MET.match(rest.lstrip()):
        # "2 thôn đạt 12/16 tiêu chí": the hamlets at one level of the standard, some of them.
        return True
    if word == "đạt" and not strict and not _STANDARD_MET.match(rest.lstrip()):
        # "4 sản phẩm OCOP đạt 3 sao" rates the products; in a list of parts ("trong đó 4
        # sản phẩm đạt 4 sao") it narrows them.
        return False
    if _BY_A_RULE.match(rest.lstrip()):
        # "19 tiêu chí theo quy định", "… theo Bộ tiêu chí quốc gia": by what rule, not which
        # ones; "hộ nghèo theo thu nhập" are some of them.
        return False
    if linked and (word in _LINK_WORDS or _WHEN_AFTER.match(rest.lstrip())):
        # "tổng số hộ nghèo đầu năm 2023 là 10.781 hộ": when it stood, not a narrower noun.
        return False
    if _OF_A_PEOPLE.match(rest.lstrip()):
        # "70 đảng viên người dân tộc thiểu số": those of one people.
        return True
    if RANKING.match(rest.lstrip()):
        # "tỷ lệ hộ nghèo thấp nhất là Tam Đàn: …": the measure ranked, not a narrower one.
        return False
    if GRADE_AFTER.match(rest.lstrip()):
        # "xã đạt chuẩn nông thôn mới nâng cao", "… kiểu mẫu": a higher grade than the phrase.
        return True
    if _IN_A_CATEGORY.match(rest.lstrip()):
        # "18 thôn thuộc diện đặc biệt khó khăn": those of one category.
        return True
    if _WITHIN_KIND.match(rest.lstrip()):
        # "tổ chức cơ sở đảng trong các doanh nghiệp ngoài nhà nước": those of one sector.
        return True
    return word[0].isalpha() and word not in _NOUN_ENDS


def names_a_sector(lower: str, position: int) -> bool:
    """ "giá trị sản xuất | nông nghiệp …": the words at ``position`` name one sector."""
    return _SECTOR.match(lower, position) is not None


# "Giá trị sản xuất Công nghiệp - Tiểu thủ công nghiệp": a sector, capitalised or not.
_SECTOR = re.compile(
    r"\s*(?:tiểu thủ công nghiệp|công nghiệp|nông nghiệp|lâm nghiệp|ngư nghiệp|thủy sản|thuỷ sản"
    r"|thương mại|dịch vụ|xây dựng|(?:nông|lâm)(?=\s*[-–,]))(?!\w)"
)


def _opens_with_change(words: list[str]) -> bool:
    """ "giảm tỷ suất sinh thô 0,3‰/năm", "tăng thu nhập bình quân 5 triệu đồng": the verb
    opens the clause and its object runs to the number, with no link to a level reached
    ("giảm tỷ lệ hộ nghèo xuống còn 2%")."""
    if len(words) < 2 or words[0] not in _CHANGE or words[1] in _CHANGE_COMPOUNDS:
        return False
    return not any(w in _LINK_WORDS or w in _LEVEL_LINKS for w in words[1:])


_APPRAISED = re.compile(r"\W*(?:qua|kết\s+quả)\s+(?:thẩm\s+định|xét\s+duyệt)(?!\w)")
_SHARE_FOLLOWS = re.compile(r"[^\d;:.]*,\s*chiếm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d")
# After a ";" a list of parts goes on only with its next item ("…; 26 đảng viên là …");
# "…; kết nạp 56 đảng viên mới" is another result of the sentence.
_MONEY_PARTS = re.compile(
    r"\d[\d.,]*\s*(?:tỷ|tỉ|triệu)[^;]*?(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm)(?!\w)[^;]*$"
)
_LIST_GOES_ON = re.compile(r"\s*(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?")
_ORGAN_BEFORE = re.compile(r"(?<!\w)(?:ban|đoàn|tổ|hội\s+đồng|ủy\s+ban|uỷ\s+ban)\s+\w[^,;]*$")
_COMPOSED_OF = re.compile(r"(?<!\w)(?:bao\s+)?gồm(?:\s+có)?\s*$")
_UNITS_WHOLE = re.compile(r"\d\s+đơn\s+vị\s+hành\s+chính(?!\w)")
_KINDS_OF_UNIT = re.compile(r"(?:xã|phường|thị\s+trấn|thị\s+xã|thành\s+phố|huyện|quận)(?!\w)")


def _another_kind(lower: str, quantity: Quantity, clause_start: int) -> bool:
    """ "dân số gần 35.000 người, gồm 7 dân tộc": what "gồm" lists right after it is of
    another kind than anything counted before (no "dân tộc" there), so no part of it;
    "18 chi bộ, gồm 13 chi bộ thôn" lists parts."""
    opener = _COMPOSED_OF.search(lower, clause_start, quantity.start)
    if opener is None:
        return False
    if _ORGAN_BEFORE.search(lower, clause_start, opener.start()):
        # "đoàn thư ký gồm 02 đồng chí": an organ's members, however many were counted before.
        return True
    noun = _WORD.findall(lower[quantity.end : quantity.end + 40])[:2]
    if not noun or noun[0] in _NOT_A_NOUN:
        return False
    if _KINDS_OF_UNIT.match(" ".join(noun)) and _UNITS_WHOLE.search(lower, 0, opener.start()):
        # "07 đơn vị hành chính gồm 02 thị trấn … và 05 xã": the units by level.
        return False
    return re.search(r"(?<!\w)" + r"\s+".join(noun) + r"(?!\w)", lower[: opener.start()]) is None


# "tăng từ 58 triệu đồng năm 2020 lên 68 triệu đồng năm 2025": where the measure stood
# before it moved, a level of its own year, not the change.
# "giảm từ 3.586 hộ, chiếm 10,74% xuống còn …": the share beside the level moved from.
_FROM_BEFORE = re.compile(
    r"(?<!\w)(?:tăng|giảm|nâng)\s+(?:\w+\s+){0,1}?từ\s+(?:mức\s+)?"
    r"(?:\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)?,?\s+chiếm(?:\s+tỷ\s+lệ)?\s+)?$"
)
# "từ 32,21% năm 2016 …", not "đạt từ 84% trở lên": where a measure stood, the move named after.
_FROM = r"(?<!đạt\s)từ\s+(?:mức\s+)?"
_BARE_FROM = re.compile(r"(?<!\w)" + _FROM + "$")
# "tăng từ 58 …", "từ 32,21% năm 2016 đến nay giảm còn …": where a move opens.
_MOVE_OPENED = re.compile(r"(?<!\w)(?:(?:tăng|giảm|nâng)\s+(?:\w+\s+){0,1}?)?" + _FROM + r"\d")
_TO_AFTER = re.compile(
    r"[^;.]{0,60}?(?<!\w)(?:(?:lên|xuống)(?:\s+(?:còn|mức|đến))?|còn)\s+"
    r"(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?\d"
)
_YEAR_AFTER = re.compile(r"\s+\(?(?:vào\s+)?(?:(?:cuối|đầu)\s+)?năm\s+((?:19|20)\d\d)(?!\d)")


# "có thêm 11 xã", "có thêm ít nhất 10 sản phẩm".
_MORE_BEFORE = re.compile(
    r"(?<!\w)(?:có|đạt)\s+thêm\s+(?:(?:ít\s+nhất|tối\s+thiểu|khoảng|gần|hơn|trên)\s+)?$"
)
_WHOLE_PERCENT = 100
_ACTED_ON_MORE = re.compile(
    r"(?<!\w)(?:" + _ACTION_WORDS + r"|hình\s+thành)\s+(?:được\s+)?thêm\s+"
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)
_AIMED = re.compile(r"(?<!\w)(?:phấn\s+đấu|dự\s+kiến|mục\s+tiêu|kế\s+hoạch)(?!\w)")


def moved_year(lower: str, quantity: Quantity) -> int | None:
    """The year written right after where a measure moved from ("từ 12,3% (năm 2011)")."""
    if not starts_a_move(lower, quantity):
        return None
    year = _YEAR_AFTER.match(lower, quantity.end)
    return int(year.group(1)) if year else None


_TO_BEFORE = re.compile(
    r"(?<!\w)(?:(?:lên|xuống)(?:\s+(?:còn|mức|đến))?|còn)\s+(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?$"
)
# "giảm từ 46,47% xuống còn ": a whole move up to the level it reached.
_MOVED_HERE = re.compile(_MOVE_OPENED.pattern + "[^;]*?" + _TO_BEFORE.pattern)


def moved_to(lower: str, quantity: Quantity) -> tuple[bool, int | None]:
    """Whether the number is where a measure moved to ("… từ 61 triệu (năm 2020) lên 72,85
    triệu (năm 2024)"), and the year written after it; a year before it is the move's start."""
    if not _TO_BEFORE.search(lower, 0, quantity.start) or not _MOVE_OPENED.search(
        lower, 0, quantity.start
    ):
        return False, None
    year = _YEAR_AFTER.match(lower, quantity.end)
    return True, int(year.group(1)) if year else None


def starts_a_move(lower: str, quantity: Quantity) -> bool:
    """The number is where a measure stood before "lên"/"xuống" moved it; "tỷ lệ hộ nghèo từ
    32,21% năm 2016 đến nay giảm còn 7,04%" names the move after its start."""
    before = _FROM_BEFORE.search(lower, 0, quantity.start) or _BARE_FROM.search(
        lower, 0, quantity.start
    )
    return bool(before and _TO_AFTER.match(lower, quantity.end))


_COMPARED_BY = re.compile(r"(?<!\w)(?:thấp|cao)\s+hơn\s+(?:khoảng\s+|gần\s+)?$")
_AVERAGE = re.compile(r"(?<!\w)(?:bình quân|trung bình)(?!\w)")
# What grows by a yearly rate: output and the economy, not a count, a share or an income.
_OUTPUT_GROWS = re.compile(
    r"(?<!\w)(?:giá trị sản xuất|giá trị tăng thêm|grdp|tổng sản phẩm|tốc độ tăng"
    r"|tăng trưởng)(?!\w)"
)
_ANOTHER_SUBJECT = re.compile(r"(?<!\w)(?:thu nhập|tỷ lệ|tỉ lệ|số|thu ngân sách|vốn)(?!\w)")
_POVERTY_FLOW = (
    r"hộ\s+(?:thoát\s+(?:cận\s+)?nghèo|(?:cận\s+)?nghèo\s+(?:phát\s+sinh\s+)?mới"
    r"|tái\s+(?:cận\s+)?nghèo)(?!\w)"
)
_POVERTY_FLOW_BEFORE = re.compile(r"(?<!\w)" + _POVERTY_FLOW + r"(?:\s+(?:là|có))?\s*$")
# "6 hộ nghèo và 23 hộ cận nghèo phát sinh mới": both arose.
_POVERTY_FLOW_AFTER = re.compile(
    r"\s*(?:hộ\s+(?:cận\s+)?nghèo\s+và\s+\d[\d.]*\s+)?" + _POVERTY_FLOW
)
_YEARLY_AVERAGE = re.compile(r"(?<!\w)bình\s+quân\s+(?:hằng|hàng|mỗi)\s+năm(?!\w)")
_PER_YEAR_AFTER = re.compile(r"\s*/\s*năm(?!\w)")
_FALLS_OR_SHARE = re.compile(r"(?<!\w)(?:giảm|tỷ lệ|tỉ lệ)(?!\w)")
_FELL_BELOW = re.compile(r"(?<!\w)giảm\s+(?:xuống\s+)?dưới\s+$")


_MONEY_PARTS_OPEN = re.compile(
    r"\d[\d.,]*\s*(?:tỷ|tỉ|triệu)[^;]*?(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm)(?!\w)[\s,:]*(\w+)"
)


def _money_parts_go_on(lower: str, quantity: Quantity) -> bool:
    """ "… 2.411 tỷ đồng, trong đó vốn ngân sách 1.394 tỷ đồng …; vốn nhân dân đóng góp 392
    tỷ đồng": past a ";", an item named like the first part is a part too; so is one named
    by its source alone after items that are each an amount ("…; vốn lồng ghép gần 95 tỷ
    đồng; vốn tín dụng trên 275,2 tỷ đồng")."""
    clause = lower.rfind(";", 0, quantity.start) + 1
    opened = _MONEY_PARTS_OPEN.search(lower, 0, clause) if clause else None
    if opened is None:
        return False
    first = _TOKEN.match(lower[clause : quantity.start].lstrip())
    if first is not None and first.group() == opened.group(1):
        return True
    items = lower[opened.start(1) : clause - 1].split(";")
    return all(_AMOUNT.search(item) for item in items) and bool(
        _AMOUNT_ITEM.fullmatch(_BOUND_END.sub("", lower[clause : quantity.start]))
    )


_PARTS_BEFORE_COLON = re.compile(r"(?<!\w)(?:bao\s+gồm|gồm(?:\s+có)?|trong\s+(?:số\s+)?đó)\s*$")
# "(trong đó: 149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc …)": what those parts hold.
_LIST_LEAVES = re.compile(r";|(?<!\w)(?:với|(?:đưa|nâng)\s+tổng)(?!\w)")
_OPENS_ON_A_NUMBER = re.compile(r"\s*(?:có\s+)?\d")
_PARTS_OPENED = re.compile(r"(?<!\w)trong\s+(?:số\s+)?đó\s*,?\s*(?:có\s+)?\d[\d.,]*\s+(\w+)")


def _names_the_whole(lower: str, colon: int) -> bool:
    """ "603 đảng viên mới, trong đó: đảng viên nữ là 359 đồng chí, …": the list opens on
    the noun the whole counted."""
    first = _TOKEN.match(lower[colon + 1 :].lstrip())
    if first is None or _KINDS_OF_UNIT.fullmatch(first.group()):
        # "sáp nhập 3 phường, xã … gồm: phường Quang Tiến, …" lists units by name.
        return False
    return re.search(r"\d\s+" + re.escape(first.group()) + r"(?!\w)", lower[:colon]) is not None


def _parts_listed(lower: str, quantity: Quantity) -> bool:
    """ "thuộc 46 chủ thể, bao gồm: 14 hợp tác xã, 6 tổ hợp tác …": a list of parts opened
    by a colon, each item on its number; "trong đó 124 sản phẩm thuộc nhóm thực phẩm; 11 sản
    phẩm thuộc nhóm đồ uống": past a ";", an item counting the same noun is a part too."""
    colon = lower.rfind(":", 0, quantity.start)
    if (
        colon >= 0
        and not _LIST_LEAVES.search(lower, colon, quantity.start)
        and _PARTS_BEFORE_COLON.search(lower, 0, colon)
        and (_OPENS_ON_A_NUMBER.match(lower, colon + 1) or _names_the_whole(lower, colon))
    ):
        return True
    segment = lower.rfind(";", 0, quantity.start) + 1
    if not segment or lower[segment : quantity.start].strip():
        return False
    noun = _TOKEN.match(lower[quantity.end :].lstrip())
    for opened in _PARTS_OPENED.finditer(lower, 0, segment):
        between = lower[opened.end() : segment - 1]
        if noun is not None and opened.group(1) == noun.group() and ":" not in between:
            return all(_OPENS_ON_A_NUMBER.match(item) for item in between.split(";")[1:])
    return False


def _growth_rate(lower: str, quantity: Quantity) -> bool:
    """ "giá trị tăng thêm ngành dịch vụ tăng 7,67%", "thu ngân sách tăng trên 10%/năm": a
    yearly growth rate, a level of its own rather than a change of a standing figure."""
    if not quantity.percent:
        return False
    clause = lower[lower.rfind(";", 0, quantity.start) + 1 : quantity.start]
    if (
        (_PER_YEAR_AFTER.match(lower, quantity.end) or _YEARLY_AVERAGE.search(clause))
        and "tăng" in clause
        and not _FALLS_OR_SHARE.search(clause)
    ):
        # "thu ngân sách tăng bình quân hằng năm 10,8%": the average of yearly rises.
        return True
    ends = [grows.end() for grows in _OUTPUT_GROWS.finditer(lower, 0, quantity.start)]
    return bool(ends) and not _ANOTHER_SUBJECT.search(lower, ends[-1], quantity.start)


# "Hàng năm cho sản lượng 5.000 tấn xoài", "diện tích sản xuất 1.300ha/vụ": a harvest or an
# area of each year or crop, the period's total; "270 kg/người/năm", "5,94 tấn/ha" and
# "lương thực đầu người" are per holder.
_HARVESTED = frozenset({"tấn", "ha"})
_PERIOD = re.compile(r"(?<!\w)(?:hằng|hàng|mỗi)\s+(?:năm|vụ)(?!\w)|/\s*(?:năm|vụ)$")
_PER_HOLDER = re.compile(r"(?<!\w)(?:đầu\s+người|năng\s+suất|/\s*(?:ha|người|hộ|xã))(?!\w)")


def _yield_of_a_period(lower: str, quantity: Quantity) -> bool:
    if quantity.measure not in _HARVESTED or quantity.denominator is not None:
        return False
    text = lower[lower.rfind(";", 0, quantity.start) + 1 : quantity.end]
    return bool(_PERIOD.search(text)) and not _PER_HOLDER.search(text)


def fell_below(lower: str, quantity: Quantity) -> bool:
    """ "tỷ lệ hộ nghèo giảm dưới 5%": the level it fell under, not by how much."""
    return _FELL_BELOW.search(lower, 0, quantity.start) is not None


def figure_kind(lower: str, quantity: Quantity, clause_start: int, sentence_subset: bool) -> str:
    """The kind of the number at ``quantity`` in a lower-case sentence."""
    before = lower[: quantity.start]
    after = lower[quantity.end :]
    words = _words_before(lower, clause_start, quantity.start)
    while words and words[-1] in _BOUNDS:
        words.pop()
    if (
        len(words) > 1
        and words[-1] in ("được", "đi", "đạt")
        and words[-2] in _CHANGE
        # "giá trị gia tăng đạt 2.270 tỷ đồng": the value added, no change.
        and words[-3:-2] != ["gia"]
    ):
        # "đã giảm được 1.840 hộ nghèo", "đã giảm đi 30,3%", "tỷ lệ hộ nghèo giảm đạt trên
        # 4,2%": by how much it fell.
        words.pop()
    last = words[-1] if words else ""
    # "hoàn thành vượt mức 19/19 chỉ tiêu" counts the targets met, not an excess.
    exceeds = _EXCEEDS_BEFORE.search(before) is not None and quantity.denominator is None
    if (
        (quantity.percent and _PLAN.match(after))
        or (exceeds and (quantity.percent or _EXCEEDS_PLAN_AFTER.match(after)))
        # "vượt chỉ tiêu 3 xã nông thôn mới": by how many the target was beaten.
        or (_BEATS_THE_TARGET_BY.search(before) and quantity.denominator is None)
        or (
            # "giảm 693 hộ, vượt 333 hộ và đạt 192,5% so với tỉnh giao": by how much the
            # plan the sentence speaks of was exceeded.
            exceeds and not _COMPARED_AFTER.match(after) and _PLAN_IN_SENTENCE.search(lower)
        )
    ):
        return "share_of_plan"
    if quantity.percent and quantity.amount > _WHOLE_PERCENT and last == "đạt":
        if _AN_EARLIER_YEAR_AFTER.match(after):
            # "tổng thu ngân sách … đạt 138,7% so với năm 2015": how far it grew since then.
            return "change"
        # "sản xuất cây lương thực đạt gần 102%": beyond the whole, how a plan went.
        return "share_of_plan"
    if _ACTED_ON_MORE.search(before):
        # "thành lập thêm 1 Công ty TNHH", "hình thành thêm 35 cơ sở sản xuất": what was
        # done this time, not a rise in a standing count.
        return "count_of_actions"
    more = _MORE_BEFORE.search(before) is not None
    if (
        more
        and not _AIMED.search(lower, 0, quantity.start)
        and _ACTION_AFTER.search(lower, quantity.end, _after_noun_end(lower, quantity.end))
    ):
        # "có thêm 11 xã được công nhận đạt chuẩn": this round's recognitions; "phấn đấu có
        # thêm 10 xã được công nhận" aims to grow the standing count.
        return "count_of_actions"
    if _COMPARED_BY.search(before) and not quantity.denominator:
        # "tỷ lệ hộ nghèo còn 14,73%, thấp hơn 2,56% so với trung bình toàn tỉnh": by how
        # much it differs, not a level.
        return "change"
    if last in _CHANGE and _OVER_PLAN_AFTER.match(after):
        # "tăng 168 tỷ đồng so với nghị quyết": by how much the plan was beaten.
        return "share_of_plan"
    if (
        not starts_a_move(lower, quantity)
        and not fell_below(lower, quantity)
        and (
            last in _CHANGE
            or _opens_with_change(words)
            or more
            or (last == "vượt" and _COMPARED_AFTER.match(after))
        )
    ):
        # "giảm còn 1,9%", "tăng lên 312" give the level reached, not the change.
        return "rate" if _growth_rate(lower, quantity) else "change"
    if _POVERTY_FLOW_BEFORE.search(before) or _POVERTY_FLOW_AFTER.match(after):
        # "số hộ thoát nghèo 207 hộ, số hộ nghèo mới 87 hộ": households that left or fell
        # into poverty this year, how the count moved rather than a part of it.
        return "change"
    if cells_of_party_bodies(lower, quantity):
        return "total"
    if not quantity.money and PER_HOLDER_AFTER.match(lower, quantity.end):
        return "rate"
    if within_a_sector(lower, quantity) and not quantity.percent:
        # "27 tổ chức cơ sở đảng trong các doanh nghiệp": the part of one sector.
        return "part"
    if quantity.denominator is not None:
        # "bình quân mỗi xã đạt 15,2/19 tiêu chí": an average level, not a part.
        return "rate" if _AVERAGE.search(lower, clause_start, quantity.start) else "part"
    if _yield_of_a_period(lower, quantity):
        return "total"
    if quantity.percent or "/" in lower[quantity.start : quantity.end]:
        return "rate"
    colon = lower.find(":", 0, quantity.start)
    composed = _another_kind(lower, quantity, clause_start)
    if (
        not composed
        and (
            _SUBSET_OPEN.match(lower, clause_start)
            # "Trong đó …, bao gồm: Đảng bộ huyện X kết nạp 52 …": after the colon each item
            # is its own unit's figure; after a ";" the sentence has moved on to other results.
            or (
                sentence_subset
                and colon < 0
                and _LIST_GOES_ON.fullmatch(
                    before[before.rfind(";") + 1 :] if ";" in before else ""
                )
                and not quantity.percent
                and not quantity.money
            )
        )
    ):
        return "part"
    graded = list(_GRADED_COUNT.finditer(lower))
    if len(graded) > 1 and any(g.start() == quantity.start for g in graded):
        # "13 sản phẩm OCOP 4 sao, 131 sản phẩm OCOP 3 sao": the products by grade.
        return "part"
    list_start = max(lower.rfind(";", 0, quantity.start), lower.rfind(":", 0, quantity.start)) + 1
    for act in _NEXT_ACT.finditer(lower, list_start, quantity.start):
        # "… gồm 13 đồng chí và bầu 22 đại biểu dự đại hội cấp trên": past "và" and a verb of
        # its own, the list of parts is over.
        list_start = act.end()
    if (
        not composed
        and (
            _SUBSET_IN_CLAUSE.search(lower[list_start : quantity.start])
            or _parts_listed(lower, quantity)
        )
        and not quantity.money
    ):
        # "trong đó có 3 đảng viên chi bộ nông thôn, 2 đảng viên chi bộ giáo dục": the list
        # of parts runs on to the next ";".
        return "part"
    if (
        quantity.money
        and not composed
        and (
            (sentence_subset and colon < 0 and ";" not in before)
            # "Trong đó, ngân sách trung ương gần 65 tỷ đồng; ngân sách địa phương hơn 18 tỷ
            # đồng; …": a sentence of amounts, each item past a ";" one more part.
            or (_SUBSET_OPEN.match(lower) and _amounts_listed(before))
            or _MONEY_PARTS.search(lower, 0, quantity.start)
            or _money_parts_go_on(lower, quantity)
        )
    ):
        # "… hơn 27 tỷ 205 triệu đồng, trong đó, Tổng Công ty … hỗ trợ hơn 11 tỷ …", "41 tỷ
        # 483 triệu đồng, gồm: xây dựng cơ bản 35 tỷ …": amounts a total is made of.
        return "part"
    if not quantity.money and acted_on(lower, quantity, clause_start):
        # "vận động được 32 tỷ đồng" is the amount raised, a total; no count of actions.
        return "count_of_actions"
    if _APPRAISED.match(lower) and not quantity.percent:
        # "Qua thẩm định, có 2 thôn đạt chuẩn …": what this round of appraisal passed.
        return "count_of_actions"
    segment = lower.rfind(";", 0, quantity.start) + 1
    for item in _ITEM_ENDS.finditer(lower, segment, quantity.start):
        # "… bình quân hằng năm đạt 22,9%, tổng giá trị sản phẩm xã hội đạt 900,3 tỷ đồng":
        # past a figure and its comma another item begins.
        segment = item.end()
    if _PER_UNIT.search(
        lower[max(segment, quantity.start - 60) : quantity.start]
    ) and not _HOLDERS_OF_AN_AVERAGE.search(lower, 0, quantity.start):
        # "Bình quân mỗi ngày, trung tâm tiếp đón khoảng 60 lượt"; past a ";" ("… thu nhập
        # bình quân trên 30 triệu đồng; 26 xã …") another item begins.
        return "rate"
    if not quantity.money and _SHARE_FOLLOWS.match(lower, quantity.end):
        # "109 đảng viên có trình độ đại học, chiếm 65,7%": a share of a larger whole.
        return "part"
    if _within_a_whole_named_first(lower, quantity):
        return "part"
    return "total"


# "Trong 22 chỉ tiêu của nhiệm kỳ thì có 5 chỉ tiêu vượt …": the sentence opens on the whole.
_WHOLE_FIRST = re.compile(
    r"\W*trong\s+(?:tổng\s+)?(?:số\s+)?\d[\d.,]*\s+([^\W\d_]+)(?:\s+[^\W\d_]+)?"
)


def _within_a_whole_named_first(lower: str, quantity: Quantity) -> bool:
    """ "Trong 22 chỉ tiêu …, có 14 chỉ tiêu đạt …", "Trong 15 xã …, 4 xã dân tộc Chăm …":
    a count of the noun the sentence opened on as its whole is some of that whole."""
    whole = _WHOLE_FIRST.match(lower)
    if whole is None or whole.end() > quantity.start or quantity.denominator is not None:
        return False
    noun = _NOUN_OF_COUNT.match(lower, quantity.end)
    return noun is not None and noun.group(1) == whole.group(1)


_NOUN_OF_COUNT = re.compile(r"\s+([^\W\d_]+)")


_CRITERIA_BAND = re.compile(
    r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+đạt\s+(?:(?:từ|dưới|trên|hơn)\s+)?\d+"
    r"(?:\s*(?:[-–]|đến)\s*\d+|/\d+)?\s+(?:tiêu\s+chí|tc)(?!\w)"
)


def label_after(lower: str, text: str, quantity: Quantity) -> tuple[str, str] | None:
    """The noun a count names right after itself ("2 Chi bộ hoàn thành xuất sắc nhiệm vụ"),
    and its first word(s) as the unit; None when no noun follows."""
    end = _after_noun_end(lower, quantity.end)
    if sector := _SECTOR_AFTER.match(lower, end):
        # "8 đảng viên mới trong các doanh nghiệp": the sector is part of what is counted.
        end = sector.end()
    if band := _CRITERIA_BAND.match(lower, quantity.end):
        # "8 xã đạt từ 15 – 18 tiêu chí": the band is what the communes are counted by.
        end = band.end()
    grades = POOR_AND_NEAR_POOR.search(lower, quantity.end)
    if grades and grades.start() < end:
        # "6 hộ nghèo và cận nghèo": the noun goes on through its second grade.
        end = max(end, grades.end())
    if _BOUND_END.search(lower, quantity.end, end) and (bound := _CRITERIA_BOUND.match(lower, end)):
        # "không còn xã nào dưới 10 tiêu chí": the bound is what the communes are counted by.
        end = bound.end()
    if whole := _WHOLE_AFTER.search(lower, quantity.end, end):
        # "45.661 hộ/361.591 hộ dân", "2.669 hộ/14.044 người": past the slash is the whole, or
        # the same people counted another way, not what the number counts.
        end = whole.start()
    label = text[quantity.end : end].strip()
    words = _WORD.findall(lower[quantity.end : end])
    if not words or (words[0] in _NOT_A_NOUN and words[:2] != _WORKDAYS):
        return None
    if quantity.percent and words[:2] in _PLANS_MEASURED_AGAINST:
        # "nông nghiệp 30.430,45 tỷ đồng, đạt 98,4% kế hoạch": the plan a share is of, not
        # what it measures.
        return None
    return label, " ".join(_WORD.findall(lower[quantity.end : end])[:2])


_BOUND_END = re.compile(r"(?<!\w)(?:dưới|trên|hơn|từ)\s*$")
_CRITERIA_BOUND = re.compile(r"\s*\d+\s+(?:tiêu\s+chí|tc)(?!\w)")
# "2.669 hộ/14.044 người": a slash right after the noun, then the whole or another count.
_WHOLE_AFTER = re.compile(r"(?<![\d\s])\s*/\s*(?!1\s)\d")
# A bracket naming no place or person: "(theo giá so sánh)", "(GRDP)", not "(xã Tân Tiến)".
_ASIDE_WORDS = re.compile(r"\s*\((?![^()]*(?-i:[A-ZĐ][a-zà-ỹđ]))[^()]*\)\s*")
_WHOLE_UNIT_END = re.compile(
    r"\s+toàn\s+(?:tỉnh|huyện|xã|phường|thành\s+phố|thị\s+xã|quận)\s*$", re.IGNORECASE
)
_PARTY_AGE = re.compile(
    r"(?:huy\s+hiệu\s+(?:đảng\s+)?\d+\s+năm|(?<![\d.,])\d+\s+năm\s+tuổi\s+đảng)(?:\s+cho)?$",
    re.IGNORECASE,
)
_NAMES_A_UNIT = re.compile(
    r"(?<!\w)(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|ấp|thôn)"
    r"\s+(?-i:[A-ZĐ0-9])",
    re.IGNORECASE,
)
_POSSESSIVE = frozenset({"của"})


def label_before(lower: str, text: str, clause_start: int, position: int) -> str | None:
    """The subject a number measures when it is named first ("Tỷ lệ hộ nghèo giảm 4,03%",
    "diện tích tự nhiên gần 240 km²"): the clause's words without their frame and link."""
    chunk = lower[clause_start:position]
    if move := _MOVED_HERE.search(chunk):
        # "nông- lâm- ngư nghiệp giảm từ 46,47% xuống còn 28,1%": the measure is named before
        # the move.
        chunk = chunk[: move.start()]
    chunk = _strip_links(chunk.rstrip(" ,:"))
    placed = list(_PLACED_IN.finditer(chunk))
    if placed:
        name = text[clause_start + placed[-1].end() : clause_start + len(chunk)].split()
        if 0 < len(name) <= _PLACE_NAME_WORDS and all(w[:1].isupper() for w in name):
            # "tỷ lệ lao động trong lĩnh vực nông nghiệp ở huyện Long Hồ giảm xuống còn 50%":
            # where the measure is, named, closes it without being part of it.
            chunk = chunk[: placed[-1].start()]
    # "… ngân sách Nhà nước trên địa bàn bình quân hằng năm đạt 10%": where and how often
    # close the measure without being part of it.
    chunk = _FRAMING_END.sub("", chunk)
    bracket = chunk.rfind("(")
    if bracket >= 0 and ")" not in chunk[bracket:]:
        # "255 đảng viên (miễn sinh hoạt 49 đồng chí)": the bracket is a clause of its own.
        clause_start += bracket + 1
        chunk = chunk[bracket + 1 :]
    stripped = _strip_links(chunk.rstrip(" ,:"))
    # "phấn đấu năm 2018 tỷ lệ phát triển đảng viên mới đạt …": the measure follows the
    # time; "thu nhập bình quân đầu người năm 2023 đạt …": it precedes it.
    pieces = [_TIME_FRAME_END.sub("", p.strip(" ,")) for p in _TIME.split(stripped)]
    # "Ủy ban Kiểm tra Thành ủy nhiệm kỳ 2015- 2020 gồm 5 đồng chí": past the term only a link.
    stripped = next(
        (
            p
            for p in reversed(pieces)
            if set(_WORD.findall(p.lower())) - _TERM_LINKS - _REACH_WORDS
            # "Tỷ lệ hộ nghèo năm 2022 (theo tiêu chí mới) giảm 1,1%": past the year, an aside.
            and not _ASIDE_WORDS.fullmatch(p)
        ),
        "",
    )
    stripped = _FRAME.sub("", stripped.strip(' ,:(“"-–') + " ").strip()
    words = _WORD.findall(stripped)
    if not words:
        return None
    if any(ch.isdigit() for ch in stripped):
        # "50 năm tuổi đảng có 2 đồng chí, … và 40 năm tuổi đảng có 3 đồng chí": the members'
        # party age is what they are counted by; any other number says the label was cut.
        age = _PARTY_AGE.search(stripped)
        if age is None:
            return None
        stripped = stripped[age.start() :]
        words = _WORD.findall(stripped)
    if all(w in APPROXIMATORS for w in words):
        # "182/209 tiêu chí (gần 87,1%)": how near, not what is measured.
        return None
    found = chunk.rfind(stripped)
    original = text[clause_start + found : clause_start + found + len(stripped)]
    # "giá trị sản xuất công nghiệp – xây dựng (theo giá so sánh) toàn thành phố đạt 13,01%":
    # how it was priced and where are asides, not what is measured.
    every = _WHOLE_UNIT_END.sub("", _ASIDE_WORDS.sub(" ", original)).split() or original.split()
    joined = [
        i
        for i, w in enumerate(every[1:-1], 1)
        if w.lower() == "với"
        and every[i - 1].lower() not in _BOUND_WITH
        and every[i + 1].lower() not in _ATTRIBUTES
    ]
    if joined:
        # "Cơ cấu kinh tế duy trì ổn định với nông - lâm nghiệp chiếm 85%": what the whole is
        # made of is named after "với"; "cánh đồng mẫu lớn với tổng diện tích" is still
        # the field's area.
        every = every[joined[-1] + 1 :]
    kept = every[-_MAX_BEFORE_WORDS:]
    if len(every) > len(kept) and (
        every[-len(kept) - 1].lower() in _HEAD_OPENERS or every[-len(kept) - 1][:1].isupper()
    ):
        # "tỷ | lệ hộ nghèo đa chiều của các xã": the cut keeps the measure's first word;
        # "xã Tân Phước | có hộ nghèo và …": the name, so that who has it is cut whole.
        kept = every[-len(kept) - 1 :]
    elif len(every) > len(kept):
        reach = every[-len(kept) - _HEAD_REACH : -len(kept)]
        heads = [i for i, word in enumerate(reach) if word.lower() in _HEAD_OPENERS] or [
            i for i, word in enumerate(reach) if word.lower() == _VALUE_HEAD
        ]
        if heads:
            kept = every[-len(kept) - len(reach) + heads[-1] :]
    # "Người Hoa chiếm khoảng 2,2%", "Đồng bào Khmer …": a people, named in capitals.
    people = len(kept) > 1 and kept[0].lower() in _PEOPLE_OPENERS
    if (all(word[:1].isupper() for word in kept) and not people) or _NAMES_A_UNIT.search(
        " ".join(kept)
    ):
        # "Huyện Nam Đàn có 23/23 xã", "xã Vĩnh Thuận và xã Vĩnh Bình Bắc, huyện X có 3 xã":
        # a unit's name is who, not what is counted.
        return None
    if kept[-1].lower() in _POSSESSIVE:
        # "hồ sơ đề nghị công nhận … của 4 xã": the number counts what follows it.
        return None
    if kept[-1].lower() in _JOINING:
        # "100% thôn, khu phố và 99,9% hộ dân sử dụng điện lưới": the tail of the item
        # before, not what this number measures.
        return None
    offset = original.rfind(kept[0])
    preceding = text[: clause_start + found + max(offset, 0)].rstrip()
    return _without_subject(kept, not preceding or preceding[-1] in _OPENERS)


_NAME_WORDS = 2
_JOINING = frozenset({"và", "hoặc"})
_PEOPLE_HEADS = frozenset({"tộc", "người", "bào"})
_PEOPLE_OPENERS = frozenset({"người", "đồng", "dân"})


def _without_subject(words: list[str], at_clause_start: bool) -> str | None:
    """The measure without who did it: "TP. Cà Mau đã đầu tư" → "đầu tư", "xã Vĩnh Công
    tiếp tục huy động" → "huy động", "thu nhập khá nên tỷ lệ hộ nghèo" → "tỷ lệ hộ nghèo".
    A capitalised word after the first, or a first one inside the clause, is a name."""
    owner = next(
        (
            i
            for i in range(1, len(words))
            if words[i - 1].lower() == "của" and words[i][:1].isupper()
        ),
        None,
    )
    if (
        owner is not None
        and words[owner] not in _CAPITALISED_NOUNS
        and (all(w[:1].isupper() for w in words[owner:]) or len(words) - owner == _NAME_WORDS)
    ):
        # "tổng số xã đạt chuẩn của Hà Giang", "tỷ lệ hộ nghèo của Lai châu": the owner
        # named last is cut, not the measure.
        words = words[: owner - 1]
    start = 0
    for i, word in enumerate(words):
        named = word[:1].isupper() and (not word.isupper() or "." in word)
        named = named and word not in _CAPITALISED_NOUNS
        # "Giá trị sản xuất Công nghiệp - Tiểu thủ công nghiệp": a sector, not a name.
        named = named and not _SECTOR.match(" ".join(words[i:]).lower())
        # "Dân tộc Mường chiếm 88,1%", "người Kinh", "đồng bào Khmer": a people, not a unit.
        named = named and not (i and words[i - 1].lower() in _PEOPLE_HEADS)
        # "Đoàn Chủ tịch", "Ban Thẩm tra tư cách": an organ's capitalised name, not a unit's.
        organ = word in _ORGAN_HEADS or bool(i and _organ_name(words[:i]))
        if word in _ORGAN_HEADS and i > 0:
            # "Đại hội đã bầu Đoàn Chủ tịch": the organ whose members are counted.
            start = i
        elif named and not organ and (i > 0 or not at_clause_start):
            start = i + 1
        elif i and words[i - 1] in _CAPITALISED_NOUNS and word.lower() in ("ương", "nước", "dân"):
            continue
        elif word.lower() in _CLAUSE_JOINS or (
            i and f"{words[i - 1]} {word}".lower() in ("ngoài ra", "đồng thời", "bên cạnh")
        ):
            start = i + 1
    rest = words[start:]
    while rest and (
        rest[0].lower() in _AUXILIARIES
        or rest[0].lower() in _LEADING_JOINS
        or (start and rest[0].lower() in _SUBJECT_VERBS)
    ):
        # "xã Tân Phước có tỷ lệ lao động nữ": what the unit has, not its having.
        rest = rest[1:]
    while rest and rest[-1].lower() in _TRAILING_LINKS:
        rest = rest[:-1]
    if all(
        w.lower() in _STOP_LABEL or w.lower() in _NOT_A_NOUN or w.lower() in _TIME_WORDS
        for w in rest
    ):
        # "…, gồm 22 xã": a joining word names nothing.
        return None
    return " ".join(rest)


def _organ_name(words: list[str]) -> bool:
    """The capitalised run ending ``words`` opens with an organ's word ("Ban", "Đoàn"); an
    organ's own lower-case words ("Ban Thường vụ Thành ủy") do not end the run."""
    run = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in _ORGAN_WORDS):
            break
        run.append(word)
        if word in _ORGAN_HEADS:
            return True
    return False


_ORGAN_WORDS = frozenset({"ban", "vụ", "hành", "tra", "chấp", "kiểm", "tịch", "ký"})


_ORGAN_HEADS = frozenset({"Ban", "Đoàn", "Tổ", "Hội", "Ủy", "Uỷ"})
_OPENERS = frozenset('.:;,("“-–!?…')
# "… nên tỷ lệ hộ nghèo", "… thì số hộ": what comes before the join is another clause.
_CLAUSE_JOINS = frozenset({"nên", "thì", "mà"})
_LEADING_JOINS = frozenset({"và", "hoặc", "cùng", "còn", "đưa", "nâng"})
# "… đến cuối năm 2016 là 16 xã": when, not what.
_TIME_WORDS = frozenset(
    {
        *("cuối", "đầu", "giữa", "mỗi", "hằng", "hàng", "năm", "tháng", "quý"),
        *("bình", "quân", "trung", "gấp", "tăng", "giảm"),
    }
)
_SUBJECT_VERBS = frozenset({"có", "hiện", "còn"})
_AUXILIARIES = frozenset({"đã", "đang", "sẽ", "vẫn", "cũng", "tiếp", "tục", "được", "đều", "luôn"})
# "công trình phúc lợi trị giá 800 triệu đồng": the worth of what precedes.
_TRAILING_LINKS = frozenset({"trị", "giá", "cho"})
# Common nouns written with a capital ("thẻ Đảng", "Nhân dân", "Trung ương thưởng"); codes
# in capitals ("NTM", "OCOP") are no names either.
_CAPITALISED_NOUNS = frozenset(
    {
        "Đảng",
        "Nhà",
        "Trung",
        "Nhân",
        "Quỹ",
        "Chương",
        "Ban",
        "Thường",
        "Chấp",
        "Ủy",
        "Uỷ",
        "Hội",
        "Huy",
    }
)


def _strip_links(chunk: str) -> str:
    """Drop the verbs and bounds that join a measure to its number ("… đạt", "… là gần",
    "… ước thực hiện"); "thực hiện" alone is a noun's part, not a link."""
    chunk = _ESTIMATED_DONE_END.sub("", chunk)
    found = _LINK_END.search(chunk)
    if not found:
        return chunk
    if chunk[: found.start()].endswith("thực") and found.group().split()[0] == "hiện":
        return chunk[: found.start()] + " hiện"
    return chunk[: found.start()]


def _described(lower: str, text: str, quantity: Quantity, classifier: str) -> str | None:
    start = lower.find(classifier.lower(), quantity.end)
    found = re.compile(r"\s+là\s+").match(lower, start + len(classifier))
    if start < 0 or found is None:
        return None
    end = _after_noun_end(lower, found.end())
    if end <= found.end():
        return None
    return text[start:end].strip()


def is_classifier(noun: str) -> bool:
    """ "người", "đồng chí": a count's classifier, which says nothing of what is counted."""
    words = noun.split(" ")
    if len(words) > 1 and words[1] in _NAMED_AFTER_CLASSIFIER:
        # "11 em học sinh giỏi huyện", "20 người dân", "5 người lao động": the noun is said.
        return False
    return noun in _CLASSIFIERS or words[0] in _CLASSIFIERS


_NAMED_AFTER_CLASSIFIER = frozenset({"học", "dân", "lao"})


_RATE_WORDS = frozenset({"tỷ", "tỉ", "lệ"})
_SHARE_OF = re.compile(r"(?:số|các|tổng)(?!\w)")
# "…, tăng 1,5 lần", "…, bình quân mỗi năm giảm 0,5%": the clause goes on from the figure.
_CONTINUING = re.compile(
    r"\s*(?:(?:bình\s+quân|trung\s+bình|mỗi\s+năm|hằng\s+năm|hàng\s+năm)\s+)*"
    # "44,9 triệu đồng (tương đương 1.977 USD)": the same figure in another unit.
    r"(?:đạt|chiếm|tăng|giảm|bằng|vượt|gấp|nâng|còn|tương\s+đương)(?!\w)"
)
_BARE_SHARE = re.compile(r"[\s,]*t[ỷỉ]\s+lệ\s*(?:là\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?")


def share_bracket(lower: str, position: int) -> int | None:
    """Where the bracket opens that holds only the share at ``position`` ("182/209 tiêu chí
    (gần 87,1%)"): the figure before it, restated; "(2.106 tỷ đồng)" after "so với năm 2010"
    is another year's level."""
    opened = lower.rfind("(", 0, position)
    if (
        opened < 0
        or not _BRACKET_OPENS_ON_IT.fullmatch(lower, opened + 1, position)
        or not _SHARE_AT.match(lower, position)
    ):
        return None
    return opened


_SHARE_AT = re.compile(r"[\d.,]+\s*%")
_BRACKET_OPENS_ON_IT = re.compile(r"\s*(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?")
_AND_GOES_ON = re.compile(r"(?<!\w)và(?=\s+(?:tăng|giảm|gấp)(?!\w))")
_CONTINUING_VERB = re.compile(
    r"(?<!\w)(?:đạt|chiếm|tăng|giảm|bằng|vượt|gấp|nâng|còn|tương\s+đương)(?!\w)"
)
_MEASURE_WORDS = re.compile(r"\s*([%‰]|[^\W\d_]+(?:\s*/\s*[^\W\d_]+)*)")


def _measure(lower: str, quantity: Quantity) -> str | None:
    written = lower[quantity.start : quantity.end]
    if quantity.percent:
        return "%"
    unit = re.sub(r"^[\d.,/\s]+", "", written).strip()
    # "triệu USD": a currency's code is written in capitals.
    return _CURRENCY.sub(lambda code: code.group().upper(), unit) or None


_CURRENCY = re.compile(r"(?<!\w)usd(?!\w)")


_CLAUSE_IN_BRACKET = re.compile(r"[;,](?=\s)")


def _continues(lower: str, clause_start: int, position: int) -> bool:
    """ "…, chiếm 78,3%", "…, tăng hơn 2%": the clause only goes on from the figure before;
    "…; giảm tỷ suất sinh thô 0,3‰" names a measure of its own; "229 xã … (chiếm 60%)":
    a bracket goes on from the figure before it."""
    bracket = lower.rfind("(", clause_start, position)
    if bracket >= 0 and ")" not in lower[bracket:position]:
        clause_start = bracket + 1
        if share_bracket(lower, position) is not None:
            return True
        # "(trong đó, có 71/179 trường mầm non, đạt tỷ lệ 39,7%; …": a bracket's own
        # clauses, each going on from the figure before it.
        inner = [m.end() for m in _CLAUSE_IN_BRACKET.finditer(lower, clause_start, position)]
        clause_start = max([clause_start, *inner])
    joined = list(_AND_GOES_ON.finditer(lower, clause_start, position))
    if joined:
        # "… ước đạt 75 triệu đồng, hoàn thành mục tiêu Đại hội và tăng 20,5 triệu đồng":
        # past "và" the clause goes on from the figure before.
        clause_start = joined[-1].end()
    if _BARE_SHARE.fullmatch(lower, clause_start, position):
        # "47/147 trường mầm non đạt chuẩn quốc gia (tỷ lệ 32%)", "38/41 khu phố …, tỷ lệ
        # 92,6%": the share of that count.
        return True
    if _CONTINUING.match(lower, clause_start) is None:
        return False
    verbs = list(_CONTINUING_VERB.finditer(lower, clause_start, position))
    between = _WORD.findall(lower[verbs[-1].end() : position])
    return all(w in _BOUNDS or w in _LINK_WORDS or w in _RATE_WORDS for w in between)


_PREDICATE_ENDS = frozenset({"được", "và", "theo", "các", "với", "để", "nhằm"})
_SHARED_PREDICATE = re.compile(
    r"(?:\s+và\s+\d[\d.,/]*\s+[^\W\d_]+"
    r"|\s*,\s*(?P<peer>thành phố|thị xã|thị trấn|huyện|xã|phường|quận))"
    r"\s+(?P<predicate>(?:thuộc|thoát|đạt|được|chưa|có|là)(?!\w)[^,;.:()]*[^\s,;.:()])"
)


#: "hỗ trợ 50% thẻ bảo hiểm y tế": a share of the cost paid for, shared with ``figures``.
SUBSIDY_BEFORE = re.compile(r"(?<!\w)(?:hỗ\s+trợ|miễn\s+giảm)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_INTRODUCED_BY_WITH = re.compile(r"(?<!\w)với\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")


def _names_noun(before: str | None, noun: str) -> bool:
    """ "Số hộ nghèo tăng 15 hộ": the measure named first counts the noun after the number;
    "đã công nhận 83 thôn" names only the verb, so the noun says what is counted."""
    return before is not None and noun.lower() in before.lower().split()


_BARE_LINK = re.compile(r"[\s,]*(?:ước\s+)?(?:đạt|là)(?:\s+(?:khoảng|gần|hơn|trên))?\s*")
_INCOME = re.compile(r"thu\s+nhập(?!\w)", re.I)


#: "bầu Ban Chấp hành khóa mới gồm 15 đồng chí, bầu đoàn đại biểu … gồm 7 đồng chí": the
#: bodies whose members a count gives, the one named last before it (shared with ``figures``).
COMMITTEES = re.compile(
    r"(?<!\w)(ban chấp hành|ban thường vụ|ủy ban kiểm tra|uỷ ban kiểm tra|đoàn đại biểu)(?!\w)"
)
_TO_A_CONGRESS = re.compile(r"\s+(?:đi\s+)?dự\s+đại\s+hội(?!\w)")
_DELEGATION_END = re.compile(r"\s*(?:,|;|\(|(?<!\w)(?:gồm|là|có)(?!\w))")


def _delegation(lower: str, text: str, quantity: Quantity) -> str | None:
    """The delegation to a congress named last before the count, in its part of the sentence
    ("đoàn đại biểu đi dự Đại hội cấp trên"), or None."""
    part = lower.rfind(";", 0, quantity.start) + 1
    organs = list(COMMITTEES.finditer(lower, part, quantity.start))
    if not organs or organs[-1].group(1) != "đoàn đại biểu":
        return None
    if not _TO_A_CONGRESS.match(lower, organs[-1].end()):
        return None
    start = organs[-1].start()
    stop = _DELEGATION_END.search(lower, organs[-1].end(), quantity.start)
    return text[start : stop.start() if stop else quantity.start].strip() or None


def read_uncatalogued(
    lower: str,
    text: str,
    quantity: Quantity,
    kind: str,
    clause_start: int,
    earlier_label: str | None,
) -> Meaning | None:
    """The phrase a number counts when no indicator does, or None when the sentence does
    not say (a bare number is better left out than guessed at). Where a measure moved from
    is labelled with its year ("GRDP bình quân đầu người năm 2020"), so it never reads as
    today's level."""
    meaning = _uncatalogued(lower, text, quantity, kind, clause_start, earlier_label)
    if meaning is not None and meaning.kind == "total" and _INCOME.match(meaning.label or ""):
        # "thu nhập của người dân … lên 16,5 triệu đồng": what each earns, a level.
        meaning = Meaning("rate", meaning.label, meaning.measure)
    year = moved_year(lower, quantity)
    if meaning is None or meaning.label is None or year is None:
        return meaning
    return Meaning(meaning.kind, f"{meaning.label} năm {year}", meaning.measure)


def _uncatalogued(
    lower: str,
    text: str,
    quantity: Quantity,
    kind: str,
    clause_start: int,
    earlier_label: str | None,
) -> Meaning | None:
    """The label itself.

    The noun after a count names it ("48 cá nhân hoàn thành xuất sắc nhiệm vụ"); a measure
    named first names a percentage or an amount ("diện tích cây ăn quả gần 3.200 ha"); a
    clause that goes on from the figure before ("…, đạt 98% kế hoạch") measures that figure.
    """
    after = label_after(lower, text, quantity)
    measure = _measure(lower, quantity)
    if (
        after is not None
        and (is_classifier(after[1]) or after[1] == "người")
        and (delegation := _delegation(lower, text, quantity))
    ):
        # "bầu đoàn đại biểu dự Đại hội Đảng bộ huyện Kiên Lương …, nhiệm kỳ 2020-2025 gồm 7
        # đồng chí": the delegation's members, not a part of anything.
        return Meaning("total", delegation, after[1])
    before = label_before(lower, text, clause_start, quantity.start)
    bare = clause_start and _BARE_LINK.fullmatch(lower, clause_start, quantity.start)
    if before is None and bare:
        # "tốc độ tăng trưởng … giai đoạn 2016 - 2020, đạt 5,5%": a clause of its link alone
        # goes on from the measure named in the clause before.
        previous = max(lower.rfind(mark, 0, clause_start - 1) for mark in ",;") + 1
        before = label_before(lower, text, previous, quantity.start)
    listed = _LISTED_THEN_ACTED.match(lower, quantity.end)
    if listed is not None and kind == "count_of_actions":
        # "04 xã Phú Trung, Phú Bình … được công nhận đạt chuẩn": what was done to them, not
        # the first name listed.
        noun = lower[quantity.end : listed.end()].split()[0]
        words = text[listed.start(1) : _clause_end(lower, listed.start(1))].split()
        return Meaning(kind, " ".join([noun, *words[:_MAX_LISTED_WORDS]]), noun)
    amount = quantity.percent or quantity.money or quantity.measure
    subsidy = SUBSIDY_BEFORE.search(lower, clause_start, quantity.start)
    if quantity.percent and subsidy and after is not None:
        # "hỗ trợ 50% thẻ bảo hiểm y tế": the share of what is paid for.
        return Meaning(kind, f"{text[subsidy.start() : subsidy.end()].strip()} {after[0]}", "%")
    if (
        after is not None
        and (amount or (len(after[0].split()) < 2 and _names_noun(before, after[0])))
        and before is not None
        and not (quantity.percent and _SHARE_OF.match(after[1]))
    ):
        # "Số hộ nghèo tăng 15 hộ", "Tỷ lệ hộ nghèo còn 3%": the measure was named first;
        # but "duy trì 100% số xã đạt chuẩn …" names it after the percentage.
        after = None
    if (
        after is None
        and quantity.percent
        and _INTRODUCED_BY_WITH.search(lower, clause_start, quantity.start)
        and (named_after := label_after(lower, text, quantity)) is not None
    ):
        # "… được đẩy mạnh với 80% cán bộ, công chức cấp xã được bồi dưỡng": "với" hands
        # the measure to what follows the share.
        after = named_after
    if (
        after is not None
        and earlier_label
        and " " not in after[0]
        and after[0].lower() in earlier_label.lower().split()[:2]
        and _continues(lower, clause_start, quantity.start)
    ):
        # "Có 38 xã đạt 10-14 tiêu chí, chiếm 42,7%, tăng 2 xã so cùng kỳ": the noun only
        # repeats what the figure before counts.
        return Meaning(kind, earlier_label, after[1])
    if after is not None and not is_classifier(after[1]):
        shared = _SHARED_PREDICATE.match(lower, _after_noun_end(lower, quantity.end))
        if shared and len(after[0].split()) == 1:
            # "47/47 xã và 315/315 thôn thoát khỏi tình trạng đặc biệt khó khăn": both nouns
            # take the predicate after the second.
            words = text[shared.start("predicate") : shared.end("predicate")].split()
            ends = [i for i, w in enumerate(words) if i and w.lower() in _PREDICATE_ENDS]
            words = words[: ends[0]] if ends else words
            # "6/11 huyện, thành phố thuộc diện huyện nghèo": the peer level is named too.
            noun = f"{after[0]}, {shared.group('peer')}" if shared.group("peer") else after[0]
            return Meaning(kind, " ".join([noun, *words[:_MAX_LABEL_WORDS]]), after[1])
        return Meaning(kind, after[0], measure if amount else after[1])
    if after is not None and (described := _described(lower, text, quantity, after[0])):
        # "7 trường hợp là công nhân, người lao động": the classifier says what after "là".
        return Meaning(kind, described, after[1])
    if after is not None and before is not None and is_classifier(after[1]):
        # "(miễn sinh hoạt 49 đồng chí)": the classifier says nothing; the words before do.
        return Meaning(kind, before, after[1])
    if earlier_label and _continues(lower, clause_start, quantity.start):
        return Meaning(kind, earlier_label, measure)
    if before is not None:
        return Meaning(kind, before, measure or (after[1] if after else None))
    if after is not None:
        return Meaning(kind, after[0], after[1])
    if quantity.percent and (group := _SHARE_WHO.match(lower, quantity.end)):
        # "Trong đó nữ chiếm 69%; 64,7% là thanh niên", "83,8% có trình độ từ cao đẳng trở
        # lên": the share of those the words after it describe.
        words = text[group.end() : _clause_end(lower, group.end())].split()
        return Meaning(kind, " ".join(words[:_MAX_LABEL_WORDS]), None) if words else None
    return None
