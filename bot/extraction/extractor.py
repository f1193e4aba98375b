"""Reading one article end to end: title, date, subject, and every figure with its sentence.

Used to seed the store from ``seeds/`` and when an admin pastes an article into the chat:
the same text gives the same figures, whether it arrives composed or decomposed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.domain.catalog import UNCATALOGUED, Catalog, Indicator
from bot.domain.gazetteer import Gazetteer, load_gazetteer
from bot.extraction.criteria import unmet_criteria
from bot.extraction.document import read_document
from bot.extraction.figures import (
    ITEM_GAP,
    Leftover,
    Reading,
    clause_starts,
    read_figures,
    same_ratio,
)
from bot.extraction.folding import fold_aligned, lower_aligned
from bot.extraction.meaning import (
    RAISED_TO,
    RANKING,
    Meaning,
    label_after,
    moved_to,
    moved_year,
    read_uncatalogued,
    share_bracket,
)
from bot.extraction.models import ExtractedArticle, ExtractedFigure, UnitRef
from bot.extraction.phrases import PhraseMatch, phrase_index
from bot.extraction.places import places_for
from bot.extraction.quantities import COUNT_WORDS, Quantity, find_quantities
from bot.extraction.restatements import named_by_titles, restated, without_restatements
from bot.extraction.sentences import split_sentences
from bot.extraction.timing import Timing, TimingReader
from bot.extraction.units import RANK, ArticleUnits, Mention, under_hamlet
from bot.text import fold, nfc

__all__ = ["extract_file", "extract_text"]

_BACK_REFERENCE = re.compile(
    r"\s+(xã|phường|thị\s+trấn|huyện|thôn|ấp|bản|chi\s+bộ|đảng\s+viên|sản\s+phẩm)"
    r"\s+(?:nói\s+)?(?:trên|này)(?!\w)"
)
# "4 xã trên đã hoàn thành", "Các xã đều đạt": each of the communes a list just named.
_EACH_OF_THE_LISTED = re.compile(
    r"(?<!\w)(?:các|mỗi|(\d+))\s+(?:xã|địa\s+phương)\s+(?:(?:nói\s+)?(?:trên|này)\s+(?:(?:đều|cùng|đã)\s+)*|(?:đều|cùng)\s+(?:đã\s+)?)"
    r"(?:đạt|hoàn\s+thành|có)(?:\s+được)?(?:\s+(?:trên|hơn|gần|khoảng))?\s+$"
)
_LISTED_COMMUNES = 2
_EACH_AFTER_COUNT = re.compile(r"\s+xã\s+đều(?!\w)")
# "… sáp nhập xã Hương Nộn, xã Dị Nậu và thị trấn Hưng Hóa": a sentence naming this many
# units hands none of them the next sentence.
_SEVERAL_NAMED = 3
# "trung bình đạt 18,5 tiêu chí/xã": an average over the communes, the unit above's.
_PER_COMMUNE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,4}[^\W\d_]*\s*/\s*xã(?!\w)")
# "Đến nay, diện mạo nông thôn mới 2 xã ngày càng đổi mới …": the communes a list just named,
# counted again with no name after them.
_COUNTED_AGAIN = re.compile(
    r"(?<![\w.,])(\d+|(?i:" + "|".join(COUNT_WORDS) + r"))\s+xã(?!\w)"
    r"(?!\s+[^\W\d_]*[A-ZĐ])(?P<grade>\s+nông\s+thôn)?"
)
# "có 2 xã nông thôn mới" counts by grade; "Hai xã nông thôn mới đã đầu tư …", opening its
# sentence (within its first characters), speaks of them.
_OPENING_CHARS = 3
# "6 xã đạt chuẩn nông thôn mới nâng cao, gồm: Xã Hưng Thông …": the communes named.
_NAMES_LISTED_AFTER = re.compile(r"[^\d;.:]{0,60}?\s*,?\s*(?:gồm|là)\s*:?\s*(?:xã\s+)?[A-ZĐ]", re.I)
_UNIT_NOUNS = frozenset({"xã", "huyện", "thôn", "ấp", "bản", "phường"})
_LEVEL_OF_NOUN = {"xã": "commune", "phường": "commune", "huyện": "district", "tỉnh": "province"}
_CRITERIA_WINDOW = 3
_BARE_WORDS = 2
_JOIN = re.compile(r"\s*(?:,|và)\s*")
# Between the last unit and its number only a predicate, no other clause.
_JOINED = re.compile(r"[^;:.]*")
_OPENING = 25
_INTRODUCING_SENTENCES = 1
NO_UNIT = "Không xác định được xã/huyện mà bài viết nói đến."
NO_FIGURE = "Không tìm thấy số liệu nào khớp với danh mục chỉ số."
UNPLACED = "Số liệu chưa rõ đơn vị, chưa lưu: "
_UNPLACED_SHOWN = 12
# Words that name a level of government or tie a phrase together, not what a number
# counts: a label made of them alone ("xã", "huyện", "gồm … xã") tells a reader nothing.
_NAMING_NOTHING = frozenset(
    [
        "xã",
        "phường",
        "huyện",
        "quận",
        "tỉnh",
        "đất",
        "gồm",
        "số",
        "các",
        "những",
        "tổng",
        "của",
        "và",
        "trong",
        "đó",
        "là",
        "có",
        "được",
        "đã",
    ]
)
# "hội tại địa phương với tổng", "xã khác cũng", "huyện Cao nguyên đã": a label that stops on
# a word that needs more after it was cut mid-phrase; what it counts is not said.
_CUT_MID_PHRASE = re.compile(r"(?<!\w)(?:với(?:\s+tổng)?|cũng|vẫn|đã|kết|hơn)$", re.I)
_AMONG = re.compile(r"\s+trong\s+(?:số\s+)?(\d)")
_MERGING_COUNT = re.compile(
    r"(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp(?:\s+đơn\s+vị\s+hành\s+chính)?)"
    r"(?:\s+(?:từ|lại|nguyên\s+trạng|đảng\s+bộ))?\s+$"
)
_MERGED_NOUN = re.compile(
    r"\s*(xã|phường|thị trấn|đơn vị hành chính|đơn vị|huyện|thôn|ấp)(?!\w)", re.I
)
# "giữ vững và nâng cao chất lượng 19/19 tiêu chí" improves the criteria met; no grade.
_NOT_A_GRADE = r"(?!\s+chat\s+luong)"
_EXCEEDS = re.compile(r"(?<!\w)vượt\s*(?:(?:hơn|trên|gần|khoảng)\s+)?$")
_COMMUNES_MEETING = re.compile(r"(?<![\d.,])(\d+)\s+xã\s+(?:(?:đã|đều|cùng)\s+)*đạt\s+$")
_CRITERIA_LISTED = re.compile(
    r"\s*(?:/\s*19\s*)?(?:tiêu\s+chí|tc)(?!\w)\s*,?\s*(?:gồm|là)(?!\w)\s*:?"
)
_LIST_END = re.compile(r"[;.]")
_CRITERIA_SET_AFTER = re.compile(r"[^;]*?theo bo tieu chi")
# Between a figure and the change that follows it: "3,96% (giảm ", "97,2%, tăng ".
_CHANGE_GOES_ON = re.compile(
    r"[^\w(,;]*[(,]\s*(?:tăng|giảm|thấp\s+hơn|cao\s+hơn|(?:cao\s+)?gấp)"
    r"(?:\s+(?:thêm|khoảng|gần|hơn|trên|gấp))?\s*"
)
_QUOTE_SHOWN = 90
_CORRESPONDING = re.compile(
    r"\s*tương\s+ứng(?:\s+với)?(?:\s+(?:tỷ\s+lệ|mức))?(?:\s+(?:giảm|tăng))?\s*"
)
_CHANGED_BY_A_COUNT = re.compile(
    r"(?<!\w)(?:giảm|tăng)(?:\s+(?:thêm|được))?\s+\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,\s*$"
)
_WITH_A_COUNT = re.compile(r"\s*(?:với|tương\s+ứng(?:\s+với)?)\s*")
_CHANGED_BY_A_SHARE = re.compile(
    r"(?<!\w)(?:giảm|tăng)(?:\s+(?:thêm|được))?\s+\d[\d.,]*\s*%(?:\s+so\s+với[^,;]*)?,\s*$"
)
# "… 759 tỷ đồng, tăng bình quân hằng năm 15,6%": a rise going on from the amount before.
_RISES_AFTER = re.compile(
    r"[^\w(,;]*,\s*tăng(?:\s+trưởng)?(?:\s+(?:bình\s+quân|trung\s+bình))?"
    r"(?:\s+(?:hằng|hàng|mỗi)\s+năm)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*"
)
NO_DATE = "Không thấy ngày của bài viết (dd/mm/yyyy): số liệu chưa có ngày."


_GROUP_OPENING = 12
# "18 xã nói trên", "các xã trên": a group of units spoken of again.
_GROUP_AGAIN = re.compile(
    r"(?<![\w.,])(?:\d+|các)\s+(?:xã|thôn|ấp|bản|huyện)\s+(?:nói\s+)?trên(?!\w)", re.I
)


def _of_a_group(lower: str, q: Quantity, local: list[Mention]) -> bool:
    """The sentence opens on a group of units it names no member of ("Hiện 18 xã nói trên
    còn có …"), and the number follows."""
    found = _GROUP_AGAIN.search(lower, 0, q.start)
    return found is not None and found.start() < _GROUP_OPENING and not any(m.name for m in local)


# "90 xa (bang 75,6% tong so xa) dat chuan nong thon moi", "02 xa (Dai An, Ngoc Bien) dat
# chuan …": an aside between a count of units and what they meet.
_COUNT_ASIDE = re.compile(
    r"\d\s+(?:xa|phuong|thi tran|huyen|thon|ap|ban)\s*(\([^()]{1,60}\))\s*(?=dat|duoc|hoan)"
)


def _blanked(folded: str, spans: list[tuple[int, int]]) -> str:
    """``folded`` with the asides in ``spans`` written as spaces, so that phrases read across
    them; positions stay where they were."""
    for a, b in spans:
        folded = folded[:a] + " " * (b - a) + folded[b:]
    return folded


def _holds(match: PhraseMatch, q: Quantity, folded: str) -> bool:
    """The phrase holds the number as a word of its own ("36/118 xã hoàn thành 19/19 tiêu
    chí" names the communes); a phrase opening the sentence counts nothing before it, so
    its x/y is the figure ("Xã hoàn thành 19/19 tiêu chí …")."""
    if not match.start <= q.start < match.end:
        return False
    return q.denominator is None or bool(folded[: match.start].strip())


def _bracket_depths(text: str) -> list[int]:
    depths, depth = [], 0
    for ch in text:
        depth += ch in "(["
        depths.append(depth)
        depth -= ch in ")]" and depth > 0
    return depths


# Units a sentence names in passing: the former units a new one was made of ("trên cơ sở
# sắp xếp các phường Minh An, … và xã Cẩm Hà"), the authority behind a decision ("theo
# Quyết định … của Thành ủy Hà Nội"). They own none of the sentence's figures.
_MERGED_FROM = re.compile(r"(?<!\w)(?:sắp xếp|sáp nhập|hợp nhất|chia tách|trên cơ sở)(?!\w)", re.I)
_MERGED_LIST_OPEN = re.compile(r"[^:;\d]{0,50}:")
# "sáp nhập 3 xã Hòa Phú, …", "sáp nhập nguyên trạng ba xã: …": how many merged, then who.
_MERGED_COUNT = re.compile(
    r"[\s,]*(?:từ\s+)?(?:nguyên trạng\s+)?(?:\d+|hai|ba|bốn|năm|sáu)"
    r"(?=\s+(?:đơn vị|xã|phường|thị trấn|huyện))",
    re.I,
)
# A number ends the list, unless it is a name's ("Phường 7", "Khu 4").
_LIST_BREAK = re.compile(
    # "… chia tách 04 xã của thị xã Kon Tum và 02 xã của huyện Đăk Tô": more of those merged;
    # "… và xã Tân Lập; một phần xã Tân Mỹ": part of one more.
    r":|;(?!\s*(?:và\s+)?một\s+phần(?!\w))|(?<!phường )(?<!quận )(?<!khu )(?<!thôn )(?<!tổ )\d"
    r"(?![\d.]*\s+(?:xã|phường|thị trấn)\s+(?:của|thuộc)(?!\w))|(?<!\w)(?:có|đạt|với)(?!\w)",
    re.I,
)
_AUTHORITY_BEFORE = re.compile(
    r"(?<!\w)(?:của|theo|về|lên|ban(?:\s+(?:thường\s+vụ|tổ\s+chức|chấp\s+hành))?)\s*$", re.I
)
_GIVES = re.compile(
    r"\s*(?:đã\s+|vừa\s+)?(?:tặng|trao|khen\s+thưởng|ban\s+hành\s+quyết\s+định\s+công\s+nhận"
    # "… là đảng bộ cơ sở được Thành ủy Vĩnh Long chọn tổ chức đại hội": who chose it.
    r"|(?:lựa\s+)?chọn)"
    r"(?!\w)",
    re.I,
)
_ORGAN_BEFORE = re.compile(r"(?<!\w)(?:ubnd|hđnd|(?:ủy|uỷ)\s+ban\s+nhân\s+dân)\s*$", re.I)
_ORGAN_WINDOW = 25
_ORGAN = re.compile(r"(?<!\w)(?:ủy|uỷ|ubnd|hđnd)(?!\w)", re.I)
# The authority that honours ("UBND thị xã Ninh Hòa tặng giấy khen cho 4 tập thể", "được
# Huyện ủy tặng"): the people it honours are the article's, not the issuer's.
_ISSUER_BEFORE = re.compile(
    r"(?<!\w)(?:ubnd|hđnd|[uủ]y ban nhân dân|hội đồng nhân dân|chủ tịch(?:\s+ubnd)?)\s*$", re.I
)
_AWARD_AFTER = re.compile(
    r"\s*(?:(?:đã|vừa|đều|cũng)\s+)?(?:tặng|trao|khen thưởng|thưởng|tuyên dương)(?!\w)", re.I
)
# "đạt 87,4% chỉ tiêu tỉnh giao": the unit assigning a target is not the one meeting it.
_ASSIGNS_AFTER = re.compile(
    r"\s*(?:(?:đã|vừa)\s+)?giao(?!\s+(?:thông|lưu|dịch|thương))(?!\w)", re.I
)
# "Hội đồng thẩm định … tỉnh Hải Dương vừa bỏ phiếu công nhận 2 xã …": the council that
# appraises, not the unit whose communes passed.
_COUNCIL_BEFORE = re.compile(r"(?<!\w)hội\s+đồng\s+thẩm\s+định(?!\w)", re.I)
_COUNCIL_ACTS = re.compile(
    r"\s*(?:(?:đã|vừa)\s+)?(?:bỏ\s+phiếu|công\s+nhận|thẩm\s+định|họp|xét)(?!\w)", re.I
)
# "Hội nghị vừa được huyện Định Hóa tổ chức", "do UBND huyện chủ trì", "16/16 xã được UBND
# tỉnh Hà Nam công nhận": the host or the authority acting, not the unit acted for.
_HOSTED_BEFORE = re.compile(r"(?<!\w)(?:được|do)\s+(?:(?:ubnd|hđnd)\s+)?$", re.I)
_HOSTS_AFTER = re.compile(
    r"\s*(?:(?:đã|vừa)\s+)?(?:tổ chức|chủ trì|phát động|công nhận|(?:ký\s+)?quyết định)(?!\w)",
    re.I,
)
# A place a figure is measured from or against ("nằm cách trung tâm huyện 5 km", "thấp hơn
# mức bình quân của tỉnh 2 điểm", "so với huyện Đắk Hà"): a reference point, not its unit.
# "đạt chuẩn quốc gia cao nhất tỉnh": the unit is what the figure is compared within.
_FORMER_AFTER = re.compile(r"\s+(?:cũ|trước đây)(?!\w)|\s*\(\s*cũ\s*\)", re.I)
_EACH_OR_NONE = re.compile(
    r"(?<!\w)(?:(?:bình\s+quân|trung\s+bình)(?:\s+(?:trên|mỗi|một))?|mỗi|không\s+còn|không\s+có)\s*$",
    re.I,
)
_RANKED_WITHIN = re.compile(
    r"(?<!\w)(?:nhất|dẫn đầu|đứng đầu|hàng đầu)(?:\s+(?:của|trong|toàn))?\s*$", re.I
)
_ONE_OF_BEFORE = re.compile(
    r"(?<!\w)một\s+trong\s+(?:những|các|số)\s+[^,;.]{0,80}?\s+(?:của|trong|tại)\s+$", re.I
)
_REFERENCE_BEFORE = re.compile(
    r"(?<!\w)(?<!bằng )(?:cách|so với|(?:cao|thấp|nhiều|ít|lớn|nhỏ) hơn)"
    # "cao hơn 9,2 triệu đồng mức bình quân chung của huyện Tân Kỳ": by how much, then whose.
    r"(?:\s+\d[\d.,]*\s*(?:%|(?:triệu|tỷ|nghìn|ngàn)?\s*đồng)?)?"
    r"(?:\s+(?:trung tâm|hành chính|thủ phủ|mức|bình quân|trung bình|chung|của|toàn|khoảng"
    r"|chừng|xa))*\s*$",
    re.I,
)
# Guests of a ceremony or congress named by office ("Dự đại hội có … Bí thư Tỉnh ủy Đồng
# Tháp, lãnh đạo TP.Cao Lãnh và 250 đại biểu"): people, not units owning the figures.
_ATTENDING = re.compile(
    r"(?<!\w)(?:tham dự|về dự|đến dự|tới dự|cùng dự|có mặt|chứng kiến"
    r"|dự (?:đại hội|hội nghị|lễ|buổi|và chỉ đạo|chỉ đạo))"
    r"(?!\w)"
    r"|^\s*dự(?!\w)(?!\s+(?:kiến|án|toán|báo|thảo|định|trữ))",
    re.I,
)
_PLAN_MEASURED = re.compile(r"\s+so với\s+\S.*$")
# "phối hợp Trường Chính trị tỉnh khai giảng 1 lớp …": who the unit worked with.
_PARTNER_BEFORE = re.compile(r"(?<!\w)phối\s+hợp(?:\s+với)?\s+$", re.I)
# "bầu đoàn đại biểu dự Đại hội Đảng bộ huyện Kiên Lương … gồm 7 đồng chí": the congress the
# delegates go to, not whose delegates they are.
_CONGRESS_ATTENDED = re.compile(
    r"(?<!\w)đại\s+biểu\s+(?:đi\s+)?dự\s+đại\s+hội(?:\s+đại\s+biểu)?(?:\s+đảng\s+bộ)?\s+$", re.I
)
# "đảng viên Hoàng Văn Canh (SN 1929), Đảng bộ thị trấn Cao Thượng": where one member belongs,
# not whose figures the sentence or the next ones give.
_PERSON_PLACED = re.compile(
    r"\((?:sn|sinh\s+năm)\s*\d{4}\)\s*,\s*(?:thuộc\s+)?(?:đảng\s+bộ\s+|chi\s+bộ\s+)?$", re.I
)
_OFFICE_BEFORE = re.compile(
    # "Phó Bí thư chuyên trách Đảng ủy UBND tỉnh": an office held full-time.
    r"(?<!\w)(?:lãnh đạo|đại diện|(?:phó\s+)?bí thư(?:\s+chuyên\s+trách)?|(?:phó\s+)?chủ tịch"
    r"|ủy viên|uỷ viên"
    r"|ban\s+(?:xây dựng đảng|tổ chức|tuyên giáo|dân vận|kiểm tra|nội chính)"
    r"|đoàn đại biểu quốc hội|btv|ban thường vụ"
    # "Giám đốc Sở Nội vụ TP Hải Phòng dự và chỉ đạo": the head of a department of the unit.
    r"|(?:phó\s+)?giám\s+đốc\s+sở(?:\s+[^\W\d_]+){1,4}?"
    # "Hiệu trưởng Trường Chính trị tỉnh": the head of a school attending.
    r"|(?:phó\s+)?hiệu\s+trưởng"
    # "Thường trực Thành ủy, HĐND, UBND thành phố Hà Giang": the standing bodies attending.
    r"|thường trực\s+[^.;]*?(?:ubnd|hđnd|[uủ]y ban nhân dân))"
    # "Chủ tịch UBMTTQ Việt Nam huyện Tam Nông": the Front's committee of the unit.
    r"(?:\s+(?:ubnd|hđnd|[uủ]y ban nhân dân|ban thường vụ|thường trực"
    r"|(?:ub\s*)?mttq(?:\s+việt\s+nam)?|[uủ]y ban mặt trận tổ quốc(?:\s+việt\s+nam)?))?\s*$",
    re.I,
)
# "Huyện Duy Tiên có 16/16 xã đạt chuẩn. ¶ Các xã này đều có …": a paragraph pointing
# back goes on about the unit the one before it was about.
_SLUG = re.compile(r"[a-z0-9 -]+")
_ANAPHORA = re.compile(
    r"\s*(?:(?:các|những)\s+)?(?:xã|phường|thị trấn|huyện|thị xã|đơn vị|địa phương)\s+"
    r"(?:này|đó|nói trên|trên)(?!\w)",
    re.I,
)
# "gia đình tôi có thu nhập hơn 300 triệu": a speaker's own figure, not the unit's.
# "cả nước có 5.775/8.227 xã …", "16 tỉnh có 100% số xã …": the country's figures or
# several provinces', which no one unit of ours holds.
_NATIONWIDE = re.compile(
    r"(?<!\w)(?:(?:cả\s+nước|toàn\s+quốc)\s+(?:có|đã|đạt|hiện|còn|với)"
    r"|(?:bình\s+quân|chung)\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)"
    # "Tỷ lệ hộ nghèo cả nước năm 2006 …": the country's measure ("thấp nhất cả nước" ranks).
    r"|(?:t[ỷỉ]\s+lệ|số)\s+(?:[^\W\d_]+\s+){1,5}(?<!nhất\s)(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)"
    # "63 tỉnh, thành phố … có": the country's provinces; "Đến cuối 2019 địa phương đã …" is a
    # year, then the unit spoken of.
    r"|(?<![\d.,/])(?!(?:19|20)\d\d(?!\d))\d+\s+(?:tỉnh|địa\s+phương)(?:,\s*thành\s+phố)?"
    r"(?:\s+trực\s+thuộc\s+trung\s+ương)?"
    r"\s+(?:có|đã|đạt))(?!\w)",
    re.I,
)
_SHARE_OF_RAISED = re.compile(r"\s*[^\W\d_]*\s*,\s*(?:đạt|chiếm|bằng)(?:\s+tỷ\s+lệ)?\s+")
_OF_HAMLET = re.compile(r"[^,;.:\d()]{0,60}?\s(?:của|ở|tại)\s+")
_HELD_AT = re.compile(r"\s*(?:[^\W\d_]+\s+){0,1}?(?:ở|tại)\s+")
# "ngân sách trung ương, tỉnh hỗ trợ trên 23,6 tỷ đồng": whose budget paid.
_BUDGET_BEFORE = re.compile(
    r"(?<!\w)ngân\s+sách(?:\s+(?:trung\s+ương|nhà\s+nước|cấp))?\s*,?\s*$", re.I
)
# "Người Hoa chiếm khoảng 2,2% dân số sinh sống ở thành phố Rạch Giá và huyện Châu Thành":
# where they live, not who holds the share.
_RESIDING_BEFORE = re.compile(
    r"(?<!\w)(?:sinh\s+sống|cư\s+trú|tập\s+trung(?:\s+chủ\s+yếu)?)\s+(?:ở|tại)\s+[^,;.\d]*$", re.I
)
_FIRST_PERSON = re.compile(r"(?<!\w)(?:tôi|chúng tôi|nhà tôi|mình)(?!\w)", re.I)


def _shifted(m: Mention, offset: int) -> Mention:
    return replace(m, start=m.start + offset, end=m.end + offset)


def _issuer(sentence: str, mention: Mention) -> bool:
    """The unit is the authority giving an award or a target, or hosting the event, not
    the one whose figure it is."""
    if _ASSIGNS_AFTER.match(sentence, mention.end):
        return True
    if _HOSTED_BEFORE.search(sentence, 0, mention.start) and _HOSTS_AFTER.match(
        sentence, mention.end
    ):
        return True
    if _COUNCIL_BEFORE.search(sentence, 0, mention.start) and _COUNCIL_ACTS.match(
        sentence, mention.end
    ):
        return True
    if not _AWARD_AFTER.match(sentence, mention.end):
        return False
    organ = _ORGAN.search(sentence, mention.start, mention.end)
    return bool(organ or _ISSUER_BEFORE.search(sentence, 0, mention.start))


def _guest(sentence: str, mention: Mention) -> bool:
    """The unit names the office of someone attending ("Phó Chủ tịch UBND thành phố",
    "lãnh đạo một số sở, ngành, địa phương trong tỉnh"), not a unit the figures are of."""
    if not _ATTENDING.search(sentence):
        return False
    if mention.name is None:
        # "Phó Chủ tịch Uỷ ban MTTQ tỉnh", "các ban, ngành của tỉnh": in a sentence of who
        # attends, a bare level word names the guests' bodies.
        return True
    return _OFFICE_BEFORE.search(sentence, 0, mention.start) is not None


def _passing(sentence: str, mention: Mention) -> bool:
    if _issuer(sentence, mention) or _guest(sentence, mention):
        return True
    if any(words.search(sentence, 0, mention.start) for words in _NAMED_IN_PASSING_AFTER):
        return True
    if mention.name is None and _RANKED_WITHIN.search(sentence, 0, mention.start):
        return True
    if mention.name is None and _EACH_OR_NONE.search(sentence, 0, mention.start):
        # "Số tiêu chí bình quân trên xã đạt 17,7 tiêu chí", "không còn xã dưới 11 tiêu chí":
        # per commune, or none of them; no commune of its own.
        return True
    if _ONE_OF_BEFORE.search(sentence, max(0, mention.start - 100), mention.start):
        # "… là một trong những hợp tác xã có hoạt động hiệu quả cao của huyện Dương Minh
        # Châu, tạo thu nhập … cho 102 thành viên": the unit something ranks within.
        return True
    if _FORMER_AFTER.match(sentence, mention.end):
        # "… của huyện Cư M'gar cũ": a unit that no longer exists places what it held.
        return True
    before = sentence[: mention.start]
    merged = list(_MERGED_FROM.finditer(before))
    if merged:
        # "sáp nhập các xã: Sơn Bằng, …": the colon opens the list of those merged.
        after = merged[-1].end()
        if count := _MERGED_COUNT.match(sentence, after):
            after = count.end()
        opened = _MERGED_LIST_OPEN.match(before, after)
        start = opened.end() if opened else after
        if not _LIST_BREAK.search(before, start):
            return True
    text = sentence[mention.start : mention.end]
    if not (_ORGAN.search(text) or _ORGAN_BEFORE.search(before[-_ORGAN_WINDOW:])):
        return False
    # "UBND thị xã Ninh Hòa tặng giấy khen cho 4 tập thể": the giver, not the recipients.
    return bool(_AUTHORITY_BEFORE.search(before[-30:]) or _GIVES.match(sentence, mention.end))


# "hoàn thiện hồ sơ, trình tỉnh thẩm định công nhận 2 xã": who appraises the case, not whose
# communes they are.
_SUBMITTED_TO = re.compile(
    r"(?<!\w)(?:trình|đề\s+nghị)(?:\s+(?:lên|với))?\s+(?:ubnd\s+|ủy\s+ban\s+nhân\s+dân\s+)?$", re.I
)
# Words right before a unit's name that make it a place named in passing, not the owner of
# the sentence's figures.
_NAMED_IN_PASSING_AFTER = (
    _BUDGET_BEFORE,
    _PARTNER_BEFORE,
    _CONGRESS_ATTENDED,
    _PERSON_PLACED,
    _RESIDING_BEFORE,
    _REFERENCE_BEFORE,
    _SUBMITTED_TO,
)
# "… ở tỉnh Tiền Giang", "nằm ở phía Tây Nam của tỉnh Nam Định", "huyện thứ 2 trong tỉnh",
# "địa phương duy nhất của thành phố": the unit above places or ranks the one named first.
_LOCATED_BEFORE = re.compile(
    r"(?<!\w)(?:ở|thuộc|(?:phía|cửa ngõ|trung tâm)(?:\s+[^\W\d_]+){0,3}\s+của"
    r"|(?:thứ\s+\d+|duy nhất|đầu tiên|dẫn đầu|hàng đầu|cao nhất|thấp nhất)(?:\s+[^\W\d_]+){0,4}?"
    r"\s+(?:của|trong)"
    r"|là\s+(?:một\s+)?(?:huyện|xã|phường|thị xã|địa phương|đơn vị)(?:\s+[^\W\d_]+){0,4}?\s+của"
    # "… huyện Hoàng Su Phì … cụ thể hóa Nghị quyết Đại hội XVI Đảng bộ tỉnh Hà Giang": the
    # unit above whose resolution the one named first carries out.
    r"|nghị\s+quyết(?:\s+(?:đại\s+hội|lần\s+thứ|khóa|khoá|[ivxlc]+))*(?:\s+của)?\s+đảng\s+bộ)"
    r"\s+$",
    re.I,
)


_OPENS_ON_WHAT_IT_IS = re.compile(r"\s*là\s+(?:một\s+)?(?:huyện|xã|phường|thị xã|địa phương)", re.I)


_PLAN_WORDS = ("kế hoạch", "chỉ tiêu", "nghị quyết", "dự toán", "mục tiêu")
_PLAN_WORD = re.compile(r"kế hoạch|chỉ tiêu|nghị quyết|dự toán|mục tiêu")


def _locating(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """ "Chợ Gạo là … địa phương … ở tỉnh Tiền Giang": the unit above only places the one the
    sentence named first; the sentences after go on about that one."""
    if mention.level is None or not _LOCATED_BEFORE.search(sentence, 0, mention.start):
        return False
    if _OPENS_ON_WHAT_IT_IS.match(sentence):
        # "Là xã khó khăn của huyện Bảo Thắng, … có đến 10 thôn …": the unit spoken of is
        # the one before, the sentence only places it.
        return True
    return any(
        m.end <= mention.start
        and m.name
        and m.name != mention.name
        and (m.level is None or RANK[m.level] < RANK[mention.level])
        for m in mentions
    )


def _bare_province(text: str, mention: Mention) -> bool:
    """ "Kiên Giang hiện có 58/117 xã …": a province named without "tỉnh" owns its sentence
    but does not become what the next sentences are about."""
    return mention.level == "province" and not fold(text[mention.start : mention.end]).startswith(
        ("tinh", "thanhpho", "tp")
    )


def _other_unit(count: int) -> str:
    return f"Bỏ qua {count} số liệu thuộc đơn vị khác hoặc không rõ đơn vị (ấp, xã chưa nêu tên…)."


# "…, Bình Đại 92, ": the item before, a name and its number.
_NAMED_ITEM_BEFORE = re.compile(
    r"[,:]\s*(?:TP\.\s*)?[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,6}\s+\d[\d.,]*"
    r"(?:\s+[^\W\d_]+){0,2}\s*,\s*$"
)


def _items_of_unknown_units(
    sentence: str, lower: str, quantities: list[Quantity], mentions: list[Mention], start: int
) -> list[Quantity]:
    """The numbers of a ranking's items named for no unit the article knows ("… thấp nhất là
    Tam Vinh: 0,44% (6 hộ), Tam Thái: 0,53% …" when Tam Vinh was merged away), with the
    count in the bracket after each."""
    if not RANKING.search(lower):
        return []
    found: list[Quantity] = []
    for q in quantities:
        item = _RANKED_ITEM.search(sentence, 0, q.start)
        if (
            item is not None
            and not any(m.start - start <= item.start(1) < m.end - start for m in mentions)
        ) or (found and _BRACKET_AFTER_ITEM.fullmatch(lower, found[-1].end, q.start)):
            found.append(q)
    return found


_RANKED_ITEM = re.compile(r"(?:là|,|;)\s*([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})\s*:\s*$")
_BRACKET_AFTER_ITEM = re.compile(r"\s*\(\s*")


def _item_of_no_unit(sentence: str, clause_start: int, local: list[Mention]) -> bool:
    """The clause is one more item of a list of named items, named by what is no unit."""
    opening = clause_start + len(sentence[clause_start:]) - len(sentence[clause_start:].lstrip())
    return (
        sentence[opening : opening + 1].isupper()
        and _NAMED_ITEM_BEFORE.search(sentence, 0, clause_start) is not None
        and not any(m.name and not m.hamlet and m.start <= opening < m.end for m in local)
    )


def _names_something(label: str | None) -> bool:
    return any(word not in _NAMING_NOTHING for word in re.findall(r"\w+", (label or "").lower()))


@dataclass(slots=True)
class _Paragraph:
    """What reading one paragraph carries from sentence to sentence."""

    sentences: list[str]
    heading: bool
    focus: UnitRef | None = None
    context: list[PhraseMatch] = field(default_factory=list)
    #: The units the sentence before named, folded.
    previous_names: set[str] = field(default_factory=set)
    #: The last figure of the paragraph so far counted actions.
    actions: bool = False
    #: The listed communes the paragraph speaks of, counted again ("của 05 xã …").
    group: list[UnitRef] | None = None
    #: The sentence before ended on hamlets placed in their communes ("bản Mường Anh 1, xã Pa
    #: Ham; bản Phiêng Đất B, xã Nậm Nèn đã …"): figures naming no unit of their own are the
    #: hamlets', not kept.
    on_hamlets: bool = False


class _ArticleReader:
    def __init__(
        self, text: str, catalog: Catalog, province_names: Sequence[str], gazetteer: Gazetteer
    ) -> None:
        self.text = text
        self.catalog = catalog
        self.document = read_document(text)
        self.units = ArticleUnits(self.document, places_for(gazetteer), province_names)
        self.timing = TimingReader(self.document.date, self.document.title)
        self.index = phrase_index(catalog)
        self.found: list[tuple[ExtractedFigure, bool]] = []
        self.dropped = 0
        #: Figures read with no unit to credit, as "number: sentence", for the operator.
        self.unplaced: list[str] = []
        #: The communes the last list named ("gồm: xã Suối Rao, Sơn Bình, Bàu Chinh và Đá
        #: Bạc"), which "4 xã trên đều đạt 19/19 tiêu chí" speaks of each.
        self.listed: list[UnitRef] = []
        #: Every group of communes listed lately, the last list and those named in a bracket
        #: after their count ("02 thị trấn (Long Điền, Long Hải) và 05 xã (An Ngãi, …)"):
        #: "05 xã" spoken of again is the group of five.
        self.groups: list[list[UnitRef]] = []
        #: (how many, noun) of the units a new one was merged from ("sáp nhập 3 xã").
        self.merged_counts: set[tuple[float, str]] = set()
        title = next((p for p in self.document.paragraphs if p.is_title), None)
        named = self.units.mentions(title.start, title.end) if title else []
        #: The title is about a hamlet placed in its commune ("Đại hội điểm chi bộ thôn Tư
        #: Sản, xã Phú Túc"): figures are the hamlet's unless a sentence names another unit.
        self.hamlet_article = (
            self.units.about_a_hamlet
            or any(under_hamlet(named, m) for m in named)
            or self.units.hamlet_titled()
        )

    def read(self) -> None:
        previous: UnitRef | None = None
        carried: UnitRef | None = None
        for paragraph in self.document.paragraphs:
            if paragraph.is_title and _SLUG.fullmatch(self.text, paragraph.start, paragraph.end):
                # "thai nguyen 72114 xa vung …": a page address for a title lost its marks
                # and its slashes ("72/114" became "72114"); its numbers say nothing.
                continue
            spans = split_sentences(self.text, paragraph.start, paragraph.end)
            state = _Paragraph([self.text[a:b] for a, b in spans], paragraph.heading)
            anaphora = _ANAPHORA.match(self.text, paragraph.start, paragraph.end)
            state.focus = previous if anaphora else carried
            carried = self._introduced(spans) if not paragraph.heading else None
            self.timing.start_paragraph(state.sentences, paragraph.heading)
            for number, (start, end) in enumerate(spans):
                mentions = self.units.mentions(start, end)
                state.context = self._sentence(start, end, number, mentions, state)
                sentence = self.text[start:end]
                shifted = [_shifted(m, -start) for m in mentions]
                depth = _bracket_depths(sentence)
                named = [
                    m
                    for m in mentions
                    if m.name
                    # "Viên An (huyện Ngọc Hiển) đã …": a bracket places, the focus stays.
                    and depth[m.start - start] == 0
                    and not m.hamlet
                    and not m.passing
                    and not _passing(sentence, _shifted(m, -start))
                    and not _locating(sentence, _shifted(m, -start), shifted)
                    and not _bare_province(self.text, m)
                ]
                state.previous_names = {fold(m.name) for m in named if m.name}
                outside = [m for m in mentions if depth[m.start - start] == 0]
                if outside and under_hamlet(mentions, outside[-1]):
                    state.on_hamlets = True
                    continue
                if outside:
                    state.on_hamlets = False
                communes = self._communes(named)
                if len(communes) >= _LISTED_COMMUNES:
                    self.listed = communes
                    self.groups = [communes]
                self.groups += self._bracketed_groups(sentence, mentions, start, depth)
                # A sentence ending on a list of units ("xã A, B và C …") leaves no one
                # unit for the next sentence's figures.
                if (
                    named
                    and not named[-1].listed
                    and not self.units.supplied(named[-1])
                    and len(named) < _SEVERAL_NAMED
                ):
                    state.focus = self.units.resolve(named[-1], state.focus) or state.focus
            if not paragraph.heading:
                previous = state.focus

    def _introduced(self, spans: list[tuple[int, int]]) -> UnitRef | None:
        """ "Huyện Duy Tiên có 16/16 xã …", a one-sentence paragraph opening with a unit,
        introduces what the next paragraph goes on about ("Các xã này … Thu nhập bình quân …
        38 triệu")."""
        if not spans or len(spans) > _INTRODUCING_SENTENCES:
            return None
        start, end = spans[0]
        opening = next(
            (
                m
                for m in self.units.mentions(start, end)
                if m.name and not m.hamlet and not m.passing and m.start == start
            ),
            None,
        )
        return self.units.resolve(opening) if opening is not None else None

    def _sentence(
        self, start: int, end: int, number: int, mentions: list[Mention], state: _Paragraph
    ) -> list[PhraseMatch]:
        """Read the figures of one sentence; return its phrases for the next one."""
        sentence = self.text[start:end]
        folded = fold_aligned(sentence)
        asides = [a.span(1) for a in _COUNT_ASIDE.finditer(folded)]
        matches = self.index.find(_blanked(folded, asides))
        name_ends = frozenset(m.end - start for m in mentions if m.name and start <= m.end <= end)
        quantities = [
            q
            for q in find_quantities(sentence, folded, name_ends)
            if any(a <= q.start < b for a, b in asides)
            or not any(_holds(m, q, folded) for m in matches)
        ]
        if not quantities:
            return matches
        # A unit named in brackets is an aside ("xã An Khánh (Châu Thành)"), never the
        # unit of a number outside them.
        depth = _bracket_depths(sentence)
        local = [_shifted(m, -start) for m in mentions if depth[m.start - start] == 0]
        local = [
            m for m in local if not _passing(sentence, m) and not _locating(sentence, m, local)
        ]
        opening = next((m for m in local if m.name and not m.hamlet and m.start < _OPENING), None)
        new_subject = opening is not None and self.units.resolve(opening) != self.units.subject
        lower = lower_aligned(sentence)
        for q in quantities:
            # "4 xã đạt 14 TC gồm Bàu Đồn, Cẩm Giang, …": each listed commune's criteria.
            for figure in self._criteria_of_listed(sentence, lower, q, local, new_subject):
                self.found.append((figure, state.heading))
        # "diện mạo 2 xã …" counts the communes just listed again: no figure of its own.
        again = self._counted_again(sentence, local)
        if again is not None:
            state.group = again[1]
        elif any(m.name for m in local):
            state.group = None
        elif state.group is not None:
            # "Thu nhập … của 05 xã … đều tăng lên rõ rệt. Năm 2019, thu nhập … đạt 55,66
            # triệu đồng …": the paragraph goes on about them.
            again = (-1, state.group)
        quantities = [
            q
            for q in quantities
            if (again is None or q.start != again[0]) and not self._listed_counted(lower, q)
        ]
        bracketed = [
            m
            for m in (_shifted(m, -start) for m in mentions if depth[m.start - start] > 0)
            if m.name and not m.hamlet
        ]
        protected = [(m.start, m.end) for m in [*local, *bracketed]]
        starts = clause_starts(sentence, [*protected, *((m.start, m.end) for m in matches)])
        units = {
            q: None
            if _FIRST_PERSON.search(sentence, max(s for s in starts if s <= q.start), q.start)
            or _NATIONWIDE.search(sentence, 0, q.start)
            else self.units.unit_for(
                local, q.start, max(s for s in starts if s <= q.start), state.focus, sentence
            )
            for q in quantities
        }
        if (state.on_hamlets and not any(not m.hamlet for m in local)) or (
            # "UBND xã Mường Sang tặng Giấy khen cho 2 tập thể": the commune, named as who
            # gives, still speaks of itself.
            self.hamlet_article and not any(m.name and not m.hamlet for m in mentions)
        ):
            units = dict.fromkeys(quantities)
        for q in quantities:
            # "tỷ lệ hộ nghèo thấp nhất là 3% ở xã Tam Bố": the unit named right after.
            held = next(
                (m for m in local if m.name and _HELD_AT.fullmatch(lower, q.end, m.start)), None
            )
            if held is not None and (unit := self.units.resolve(held)) is not None:
                units[q] = unit
            # "tỷ lệ hộ nghèo … dưới 1% (Thanh An 0,3%, Thanh Lang 0,85%)": a bracket's items,
            # each right after its unit's name.
            item = next((m for m in bracketed if ITEM_GAP.fullmatch(lower, m.end, q.start)), None)
            if item is not None and (unit := self.units.resolve(item)) is not None:
                units[q] = unit
            if any(
                m.hamlet and q.end <= m.start and _OF_HAMLET.fullmatch(lower, q.end, m.start)
                for m in local
            ):
                # "trên 95% số người trong độ tuổi lao động của bản Thái Hưng": the hamlet's.
                units[q] = None
        for q in _items_of_unknown_units(sentence, lower, quantities, mentions, start):
            # "địa phương có tỷ lệ thấp nhất là Tam Vinh: 0,44% (6 hộ)": a ranked unit the
            # gazetteer no longer knows, whose items are no figure of the unit above.
            units[q] = None
        each: dict[Quantity, list[UnitRef]] = {}
        subject = self.units.subject
        averaged = set()
        raised: Quantity | None = None
        for q, unit in units.items():
            raising = RAISED_TO.search(lower, max(0, q.start - 60), q.start)
            if raised is not None and _SHARE_OF_RAISED.fullmatch(lower, raised.end, q.start):
                # "… nâng tổng số xã đạt chuẩn lên 51/88 xã, đạt 57%": the share of the total
                # raised is the same unit's.
                units[q] = units[raised]
                continue
            raised = q if raising is not None else None
            if (
                unit is not None
                and unit.level == "commune"
                and subject is not None
                and subject.level != "commune"
                and _PER_COMMUNE.match(lower, q.end)
            ):
                # "10/13 xã … gồm: Bình Dương, Cao Đức, … trung bình đạt 18,5 tiêu chí/xã".
                units[q] = subject
                averaged.add(q)
            elif unit is not None and raising is not None:
                units[q] = self._above_counted(unit, _LEVEL_OF_NOUN[raising.group(1)])
            elif (listed := self._each_listed(lower, q)) is not None or (
                again is not None and again[0] < q.start and (depth[q.start] == 0 or not bracketed)
            ):
                # "Theo kết quả thẩm định, 4 xã trên đã hoàn thành 19/19 tiêu chí", "diện mạo 2
                # xã …: thu nhập … trên 70 triệu đồng": each listed commune's.
                listed = listed or again[1]
                units[q], each[q] = listed[0], listed[1:]

        def fits(indicator: Indicator, quantity: Quantity) -> bool:
            unit = units[quantity]
            return unit is None or unit.level in indicator.levels

        leftovers: list[Leftover] = []
        readings = read_figures(
            sentence,
            folded,
            quantities,
            matches,
            catalog=self.catalog,
            index=self.index,
            fits=fits,
            context=state.context,
            protected=protected,
            leftovers=leftovers,
            actions_before=state.actions,
        )
        # (where, kind) of each figure kept from this sentence.
        kinds: list[tuple[int, str]] = []
        following = state.sentences[number + 1 : number + 1 + _CRITERIA_WINDOW]
        earlier = fold_aligned(state.sentences[number - 1]) if number else ""
        for index, reading in enumerate(readings):
            unit = units[reading.quantity]
            if unit is None:
                self._unplaced(sentence, reading.quantity)
                continue
            plan = _PLAN_AMOUNT.search(lower, 0, reading.quantity.start) is not None
            if plan:
                planned = _planned(reading, readings[:index])
                if planned is None:
                    continue
                reading = planned
            # The sentence before lends its qualifier only when it spoke of no other unit.
            lent = earlier if state.previous_names <= {fold(unit.name)} else ""
            qualifier = folded[: reading.quantity.start]
            named_set = _CRITERIA_SET_AFTER.match(folded, reading.quantity.end)
            if named_set is not None:
                # "đạt 19/19 tiêu chí, 43/43 chỉ tiêu theo bộ tiêu chí nông thôn mới nâng cao":
                # the set of criteria is named after the figures.
                qualifier += " " + folded[named_set.end() :]
            reading = self._qualified(reading, unit, lent + " " + qualifier)
            figure = self._figure(reading, unit, sentence, following, new_subject)
            recognised = self._recognised_again(figure, lower, reading.quantity)
            if recognised is False:
                continue
            figure = recognised or figure
            if again is None and _of_a_group(lower, reading.quantity, local):
                # "Hiện 18 xã nói trên còn có 5.273 hộ nghèo, chiếm tỉ lệ 11,55%": a group of
                # the unit's communes, not the unit; the figure keeps what it counts.
                indicator = reading.indicator
                figure = replace(
                    figure, indicator=UNCATALOGUED, label=indicator.label, measure=indicator.unit
                )
            kinds.append((reading.quantity.start, figure.kind))
            if plan:
                figure = replace(figure, is_target=True)
            for partner in [
                unit,
                *(
                    self._partners(local, sentence, reading.quantity.start, unit)
                    if reading.quantity not in averaged
                    else []
                ),
                *each.get(reading.quantity, []),
            ]:
                self.found.append((replace(figure, unit=partner), state.heading))
        previous: tuple[int, str] | None = None
        # The unit of the last count of units read among the leftovers ("công nhận 2 xã …").
        units_counted_by: UnitRef | None = None
        for leftover in leftovers:
            unit = units[leftover.quantity]
            counted = leftover.after
            if _item_of_no_unit(sentence, leftover.clause_start, local):
                # "…, Bình Đại 92, Đảng bộ Khối Các cơ quan - Doanh nghiệp tỉnh 87, …, Công an
                # 48": in a list of units' items, one named for a body that is no unit.
                continue
            if leftover.kind == "share_of_plan":
                # "công nhận 2 xã NTM kiểu mẫu là xã Cường Thịnh và Hưng Khánh, bằng 200% kế
                # hoạch": how the count of communes went, its unit's, not the names it lists.
                if counted is not None and counted.indicator.unit in _UNIT_NOUNS:
                    unit = units.get(counted.quantity) or unit
                elif units_counted_by is not None:
                    unit = units_counted_by
            if unit is None:
                self._unplaced(sentence, leftover.quantity)
                continue
            figure = self._other(leftover, unit, sentence, lower, new_subject, previous)
            if figure is not None:
                kinds.append((leftover.quantity.start, figure.kind))
                for partner in [
                    figure.unit,
                    *self._partners(local, sentence, leftover.quantity.start, figure.unit),
                    *(each.get(leftover.quantity, []) if figure.unit == unit else []),
                ]:
                    self.found.append((replace(figure, unit=partner), state.heading))
                if figure.label:
                    # "…, đạt 97,46% kế hoạch, tăng 3,52% so với năm 2018": what goes on from a
                    # share of the plan measures the figure, not the plan.
                    label = _PLAN_MEASURED.sub("", figure.label) or figure.label
                    previous = (leftover.quantity.start, label)
                if (figure.measure or "").split(" ")[0] in _UNIT_NOUNS:
                    units_counted_by = figure.unit
        if kinds:
            state.actions = max(kinds)[1] == "count_of_actions"
        return matches

    def _partners(
        self, local: list[Mention], sentence: str, position: int, unit: UnitRef
    ) -> list[UnitRef]:
        """ "xã Mỹ Hiệp và xã Phú Bình đạt 19/19 tiêu chí": the figure of each unit joined
        to the one nearest before it, when nothing but "và" or "," stands between them, and
        only when the figure went to that nearest unit ("… của tỉnh" takes it elsewhere)."""
        before = [m for m in local if m.end <= position and m.name and not m.hamlet]
        if not before or _JOINED.fullmatch(sentence, before[-1].end, position) is None:
            return []
        nearest = self.units.resolve(before[-1])
        if nearest is None or (nearest.level, fold(nearest.name)) != (unit.level, fold(unit.name)):
            return []
        partners: list[UnitRef] = []
        current = before[-1]
        for earlier in reversed(before[:-1]):
            gap = sentence[earlier.end : current.start]
            # "xã Thoại Giang và Vĩnh Trạch": a name the article knows needs no level word.
            if self._level(earlier) != self._level(current) or not _JOIN.fullmatch(gap):
                break
            if (unit := self.units.resolve(earlier)) is not None:
                partners.append(unit)
            current = earlier
        return partners

    def _level(self, mention: Mention) -> str | None:
        if mention.level is not None:
            return mention.level
        unit = self.units.resolve(mention)
        return unit.level if unit is not None else None

    def _qualified(self, reading: Reading, unit: UnitRef, context: str) -> Reading:
        """ "Đánh giá mức độ đạt chuẩn xã NTM nâng cao … xã Mỹ Hiệp đạt 19/19 tiêu chí": a
        bare phrase takes the qualifier its context names, when the catalog has that."""
        phrase = reading.phrase
        if phrase is None or phrase.words > _BARE_WORDS:
            return reading
        for qualifier, key in self.index.qualified.get(reading.indicator.key, ()):
            indicator = self.catalog.get(key)
            if (
                indicator is not None
                and unit.level in indicator.levels
                and re.search(rf"(?<![a-z]){re.escape(qualifier)}(?![a-z]){_NOT_A_GRADE}", context)
            ):
                return replace(reading, indicator=indicator)
        return reading

    def _bracketed_groups(
        self, sentence: str, mentions: list[Mention], start: int, depth: list[int]
    ) -> list[list[UnitRef]]:
        """The communes each bracket of a sentence lists ("05 xã (An Ngãi, An Nhứt, …)")."""
        by_bracket: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.listed and depth[m.start - start] > 0:
                by_bracket.setdefault(sentence.rfind("(", 0, m.start - start), []).append(m)
        groups = [self._communes(members) for members in by_bracket.values()]
        return [g for g in groups if len(g) >= _LISTED_COMMUNES]

    def _group_of(self, count: str | None) -> list[UnitRef] | None:
        """The communes listed lately that a count speaks of again: the last list when no
        count is written ("các xã đều đạt"), else the latest group of that many."""
        if count is None:
            return self.listed or None
        many = int(count) if count.isdigit() else COUNT_WORDS[count.lower()]
        return next((g for g in reversed(self.groups) if len(g) == many), None)

    def _listed_counted(self, lower: str, q: Quantity) -> bool:
        """ "Theo kết quả thẩm định, 3 xã đều đã đạt 19/19 tiêu chí": the count of a group
        just listed, no figure of its own."""
        return (
            q.denominator is None
            and _EACH_AFTER_COUNT.match(lower, q.end) is not None
            and self._group_of(str(int(q.amount))) is not None
        )

    def _each_listed(self, lower: str, q: Quantity) -> list[UnitRef] | None:
        found = _EACH_OF_THE_LISTED.search(lower, max(0, q.start - 60), q.start)
        return self._group_of(found.group(1)) if found is not None else None

    def _counted_again(
        self, sentence: str, local: list[Mention]
    ) -> tuple[int, list[UnitRef]] | None:
        """Where a sentence naming no unit counts the communes just listed again ("diện mạo
        nông thôn mới 2 xã ngày càng đổi mới"): where, and whose are the figures after it."""
        if any(m.name for m in local):
            return None
        found = next(
            (
                f
                for f in _COUNTED_AGAIN.finditer(sentence)
                if not f.group("grade") or f.start() < _OPENING_CHARS
            ),
            None,
        )
        group = self._group_of(found.group(1)) if found is not None else None
        return (found.start(), group) if found is not None and group is not None else None

    def _criteria_of_listed(
        self, sentence: str, lower: str, q: Quantity, local: list[Mention], new_subject: bool
    ) -> list[ExtractedFigure]:
        """ "Hiện có 4 xã đạt 14 TC gồm Bàu Đồn, Cẩm Giang, Phước Thạnh, Thanh Phước": the
        criteria each commune the count lists meets, when it names as many as it counts."""
        counted = _COMMUNES_MEETING.search(lower, max(0, q.start - 40), q.start)
        listing = _CRITERIA_LISTED.match(lower, q.end)
        indicator = self.catalog.get("ntm_tieu_chi")
        if counted is None or listing is None or indicator is None or q.percent:
            return []
        if q.denominator not in (None, indicator.denominator) or q.amount > (
            indicator.denominator or 0
        ):
            return []
        end = _LIST_END.search(sentence, listing.end())
        stop = end.start() if end else len(sentence)
        named = self._communes([m for m in local if listing.end() <= m.start < stop and m.name])
        if len(named) != int(counted.group(1)):
            return []
        timing = self.timing.read(sentence, q.start, new_subject=new_subject)
        figure = self._plain(named[0], indicator.key, q.amount, timing, sentence, q, "total")
        figure = replace(figure, denominator=indicator.denominator)
        return [replace(figure, unit=unit) for unit in named]

    def _communes(self, named: list[Mention]) -> list[UnitRef]:
        communes: list[UnitRef] = []
        for mention in named:
            unit = self.units.resolve(mention)
            if unit is not None and unit.level == "commune" and unit not in communes:
                communes.append(unit)
        return communes

    def _recognised_again(
        self, figure: ExtractedFigure, lower: str, q: Quantity
    ) -> ExtractedFigure | bool | None:
        """ "UBND tỉnh vừa có quyết định công nhận 7 xã … Cụ thể, có 6 xã đạt chuẩn nông thôn
        mới nâng cao, gồm: Tràng Đà, …": in an article about a recognition, communes counted
        with their names, no more than were recognised, are some of those recognised, not
        the unit's standing total. False when the same count of actions was already read
        ("công nhận 6 xã …" then "6 xã …, gồm: …")."""
        indicator = self.catalog.get(figure.indicator)
        if (
            indicator is None
            or indicator.unit != "xã"
            or figure.kind != "total"
            or figure.denominator is not None
            or not _NAMES_LISTED_AFTER.match(lower, q.end)
        ):
            return None
        actions = [
            f
            for f, _ in self.found
            if f.unit == figure.unit
            and f.kind == "count_of_actions"
            and (f.measure or "").startswith("xã")
        ]
        if any(f.value == figure.value for f in actions):
            return False
        if not any(f.value > figure.value for f in actions):
            # "công nhận thêm 2 xã …, hiện có 10 xã đạt chuẩn gồm: …": more than this round
            # recognised is the standing total.
            return None
        return replace(
            figure,
            indicator=UNCATALOGUED,
            kind="count_of_actions",
            label=indicator.label,
            measure="xã",
        )

    def _labelled(self, figure: ExtractedFigure) -> ExtractedFigure:
        """A catalogued figure under its indicator's label, to compare wordings by."""
        indicator = self.catalog.get(figure.indicator)
        if figure.label or indicator is None:
            return figure
        return replace(figure, label=indicator.label)

    def _unit_of(self, figure: ExtractedFigure) -> str | None:
        indicator = self.catalog.get(figure.indicator)
        return indicator.unit if indicator is not None else None

    def _above_counted(self, unit: UnitRef, counted: str) -> UnitRef | None:
        """ "04 xã A, B và xã C …, đưa số xã đạt chuẩn lên 128/133 xã": a count of communes is
        the unit's above them, the subject or the district a commune was named with."""
        if RANK[unit.level] > RANK[counted]:
            return unit
        subject = self.units.subject
        if subject is not None and RANK[subject.level] > RANK[counted]:
            return subject
        if unit.level == "commune" and unit.district:
            return UnitRef(level="district", name=unit.district, province=unit.province)
        return None

    def _unplaced(self, sentence: str, quantity: Quantity) -> None:
        self.dropped += 1
        if self.units.subject is None:
            number = sentence[quantity.start : quantity.end]
            self.unplaced.append(f"{number} — «{_shorten(sentence)}»")

    def _other(
        self,
        leftover: Leftover,
        unit: UnitRef,
        sentence: str,
        lower: str,
        new_subject: bool,
        previous: tuple[int, str] | None = None,
    ) -> ExtractedFigure | None:
        """A number no indicator takes: a plan share of the figure before it, or a figure
        kept under the phrase it counts. ``previous``: the last uncatalogued figure of the
        sentence (where, label), which a continuing clause (", chiếm 78,3%") measures."""
        q = leftover.quantity
        timing = self.timing.read(sentence, q.start, new_subject=new_subject)
        earlier = leftover.after
        if earlier is not None and _restates(earlier, q, lower):
            if not self._share_kept_apart(earlier):
                # "phát triển 4/3 đảng viên, đạt 133,33%": the ratio just read, as a percentage.
                return None
            share = self._plain(unit, UNCATALOGUED, q.amount, timing, sentence, q, "rate")
            label = earlier.indicator.label.removeprefix("Số ")
            return replace(share, label=label[:1].lower() + label[1:], measure="%")
        exceeds = _EXCEEDS.search(lower, 0, q.start) is not None
        if (leftover.kind == "share_of_plan" and earlier is not None and not exceeds) or (
            _bare_share(lower, leftover, earlier, self.catalog)
        ):
            # "đạt 120% chỉ tiêu" is how the figure went; "vượt 8% kế hoạch" is by how much;
            # a measure named after that figure is the share's own ("…; thu ngân sách trên
            # địa bàn, đạt hơn 120% kế hoạch").
            named = self._plan_named_before(sentence, q)
            # "…, vượt 468,9% dự toán giao; kim ngạch xuất khẩu đạt 133,25 tỷ đồng, bằng 108%
            # kế hoạch": past a ";" the share is of what that item measures.
            same_item = earlier.quantity.start > lower.rfind(";", 0, q.start)
            whole = self.catalog.plan_share_of(earlier.indicator.key) if same_item else None
            plan = named or whole
            if (
                plan is not None
                and unit.level in plan.levels
                and (q.percent or plan.kind != "percent")
                and not _TERM_PLAN.match(lower, q.end)
            ):
                return self._plain(unit, plan.key, q.amount, timing, sentence, q, "share_of_plan")
        if leftover.kind == "share_of_plan" and earlier is None and not exceeds and q.percent:
            # "Thu ngân sách hằng năm đều vượt chỉ tiêu, đạt 246% kế hoạch": the measure is
            # named in the clause, with no figure of its own before the share.
            named = self._plan_named_before(sentence, q)
            if named is not None and unit.level in named.levels:
                return self._plain(unit, named.key, q.amount, timing, sentence, q, "share_of_plan")
        growth = self._growth_of(earlier, leftover, lower, unit)
        if growth is not None:
            # "Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%": how
            # fast the value just read grows.
            return self._plain(unit, growth.key, q.amount, timing, sentence, q, "rate")
        label = earlier.indicator.label if earlier is not None else None
        source = earlier.quantity.start if earlier is not None else None
        if previous is not None and (earlier is None or earlier.quantity.start < previous[0]):
            label, source = previous[1], previous[0]
        opened = share_bracket(lower, q.start)
        if opened is not None and source is not None and ";" in lower[source:opened]:
            # "có 56/98 xã …; có 28 xã (28,57% xã) …": the bracket restates the count of its
            # own item, which no label was read for.
            label = None
        plan_word = _PLAN_WORD.search(lower, q.end, q.end + 30)
        if label and leftover.kind == "share_of_plan" and plan_word:
            # "kết nạp được 162 đảng viên, vượt 8% so kế hoạch": the share is of the plan.
            label = f"{label} so với {plan_word.group()}"
        back = _BACK_REFERENCE.match(lower, q.end)
        if (
            back is not None
            and leftover.kind != "count_of_actions"
            and any(
                f.value == q.amount
                and (f.measure or self._unit_of(f) or "").startswith(back.group(1))
                for f, _ in self.found
            )
        ):
            # "Thêm 4 xã … đạt chuẩn … Đến nay, 4 xã trên đều đạt 19/19 tiêu chí": the units
            # counted before, spoken of again.
            return None
        read = read_uncatalogued(lower, sentence, q, leftover.kind, leftover.clause_start, label)
        if (
            leftover.kind == "change"
            and earlier is not None
            and _CHANGE_GOES_ON.fullmatch(lower, earlier.quantity.end, q.start)
        ):
            # "Tỷ lệ hộ nghèo còn 3,96% (giảm 2,1% so với năm 2022)", "…, chiếm 97,2%, tăng 24
            # xã so với năm 2018": by how much the figure just read moved.
            read = self._change_of(earlier, q, lower, read) or read
        if (
            q.percent
            and earlier is not None
            and _CORRESPONDING.fullmatch(lower, leftover.clause_start, q.start)
            and _CHANGED_BY_A_COUNT.search(lower, 0, leftover.clause_start)
        ):
            # "285 hộ cận nghèo, tỷ lệ 1,25%, giảm 20 hộ, tương ứng tỷ lệ 0,09%": the change in
            # the share that goes with the change in the count.
            share = earlier.indicator
            share = share if share.kind == "percent" else self.catalog.share_twin(share.key)
            read = Meaning("change", share.label, "%") if share is not None else read
        if (
            not q.percent
            and earlier is not None
            and _WITH_A_COUNT.fullmatch(lower, leftover.clause_start, q.start)
            and _CHANGED_BY_A_SHARE.search(lower, 0, leftover.clause_start)
        ):
            # "1.292 hộ nghèo, chiếm 2,06%, giảm 0,23% so với năm 2017, với 120 hộ": the change
            # in the count that goes with the change in the share.
            counts = [earlier.indicator] if earlier.indicator.kind != "percent" else []
            counts = counts or self.catalog.count_twins(earlier.indicator.key)
            if counts:
                read = Meaning("change", counts[0].label, read.measure if read else None)
        if read is None:
            return None
        if (
            leftover.kind == "share_of_plan"
            and earlier is not None
            and read.label
            and read.label.lower().startswith(_PLAN_WORDS)
        ):
            # "đạt 150 tỷ đồng, vượt 20% dự toán": the plan of the figure before.
            read = replace(read, label=f"{earlier.indicator.label} so với {read.label}")
        counted = (read.measure or "").split(" ")[0]
        merging = _MERGING_COUNT.search(lower, max(0, q.start - 30), q.start)
        merged = merging is not None
        if merged and self.units.subject is not None:
            # "sáp nhập 2 xã Phúc Thọ và Tân Thanh thuộc huyện Lâm Hà cũ": the units merged
            # are counted for the unit they formed, not for the one they used to belong to;
            # the label says what was done to them, not the names that follow.
            unit = self.units.subject
            self.merged_counts.add((q.amount, counted))
            verb = " ".join(merging.group().split()[:2])
            noun = _MERGED_NOUN.match(sentence, q.end)
            read = replace(read, label=f"{noun.group(1) if noun else counted} {verb}".strip())
        elif (q.amount, counted) in self.merged_counts and q.denominator is None:
            # "… sáp nhập 3 xã: Đông, Nghĩa An và Kông Bơ La. Nhiệm kỳ qua, 3 xã đã thực hiện
            # đạt …": the merged units spoken of again, no new figure.
            return None
        elif _LEVEL_OF_NOUN.get(counted) == unit.level:
            # "13 xã được công nhận" counts communes: the figure of the unit above them,
            # the district a commune was named with ("xã A, huyện B có 3 xã") or the subject.
            subject = self.units.subject
            if unit.level == "commune" and unit.district:
                unit = UnitRef(level="district", name=unit.district, province=unit.province)
            elif subject is None or RANK[subject.level] <= RANK[unit.level]:
                return None
            else:
                unit = subject
        # "4 tỷ đồng" stays in the billions it is written in; "26 nghìn lượt khách" is 26.000.
        value = q.written if q.scaled else q.amount
        # "được thành lập từ việc hợp nhất 5 phường": how many units it was formed of.
        kind = "total" if merged else read.kind
        figure = self._plain(unit, UNCATALOGUED, value, timing, sentence, q, kind)
        among = _AMONG.match(lower, q.end)
        if among is not None and q.denominator is None:
            # "Đây là 1 trong 2 đơn vị được chọn …": one of a whole, as x/y.
            rest, rest_lower = sentence[among.start(1) :], lower[among.start(1) :]
            whole = find_quantities(rest, fold_aligned(rest))
            noun = label_after(rest_lower, rest, whole[0]) if whole else None
            if noun is not None:
                return replace(
                    figure,
                    kind="part",
                    label=noun[0],
                    measure=noun[1],
                    denominator=whole[0].amount,
                )
        if not _names_something(read.label) or _CUT_MID_PHRASE.search(read.label or ""):
            return None
        return replace(figure, label=read.label, measure=read.measure, denominator=q.denominator)

    def _change_of(
        self, earlier: Reading, q: Quantity, lower: str, read: Meaning | None
    ) -> Meaning | None:
        """The measure a change right after a figure moves: that figure's, or for a count
        after a share ("chiếm 97,2%, tăng 24 xã") the count the share is of."""
        indicator = earlier.indicator
        if not q.percent and indicator.kind == "percent":
            noun = label_after(lower, lower, q)
            twins = [
                i
                for i in self.catalog.count_twins(indicator.key)
                if noun is not None and i.unit == noun[1].split(" ")[0]
            ]
            if not twins:
                return None
            indicator = twins[0]
        # "tăng 1,5 lần": the change keeps its own measure.
        measure = read.measure if read is not None and read.measure else indicator.unit
        return Meaning("change", indicator.label, measure)

    def _share_kept_apart(self, earlier: Reading) -> bool:
        """ "39/142 xã đạt chuẩn Nông thôn mới nâng cao, chiếm 27,5% số xã": the share of
        units counted, which the catalog keeps no rate for, is a figure of its own."""
        return (
            earlier.indicator.unit in _UNIT_NOUNS
            and self.catalog.share_twin(earlier.indicator.key) is None
        )

    def _growth_of(
        self, earlier: Reading | None, leftover: Leftover, lower: str, unit: UnitRef
    ) -> Indicator | None:
        """The growth rate the catalog keeps for an amount read just before ("giá trị sản
        xuất" and its "tốc độ tăng"), when a percentage rise goes on from it."""
        q = leftover.quantity
        if earlier is None or not q.percent or earlier.indicator.kind == "percent":
            return None
        if not _RISES_AFTER.fullmatch(lower, earlier.quantity.end, q.start):
            return None
        twin = self.catalog.share_twin(earlier.indicator.key)
        return twin if twin is not None and twin.flow and unit.level in twin.levels else None

    def _plan_named_before(self, sentence: str, q: Quantity) -> Indicator | None:
        """The plan-share indicator of a measure named earlier in the sentence with no figure
        of its own between them, if one is."""
        start = sentence.rfind(";", 0, q.start) + 1
        matches = [
            m
            for m in self.index.find(fold_aligned(sentence))
            if start <= m.start
            and m.end <= q.start
            and not any(ch.isdigit() for ch in sentence[m.end : q.start])
        ]
        for match in sorted(matches, key=lambda m: -m.end):
            if plan := self.catalog.plan_share_of(match.key):
                return plan
        return None

    def _plain(
        self,
        unit: UnitRef,
        key: str,
        value: float,
        timing: Timing,
        sentence: str,
        q: Quantity,
        kind: str,
    ) -> ExtractedFigure:
        return ExtractedFigure(
            unit=unit,
            indicator=key,
            value=value,
            denominator=None,
            as_of=timing.as_of,
            is_target=timing.is_target,
            deadline=timing.deadline,
            approximate=q.approximate,
            quote=sentence,
            kind=kind,
        )

    def _figure(
        self,
        reading: Reading,
        unit: UnitRef,
        sentence: str,
        following: list[str],
        new_subject: bool,
    ) -> ExtractedFigure:
        q = reading.quantity
        timing = self.timing.read(sentence, q.start, new_subject=new_subject)
        unmet: tuple[str, ...] = ()
        if (
            reading.indicator.criteria
            and not timing.is_target
            and reading.denominator
            and reading.value < reading.denominator
        ):
            unmet = unmet_criteria(
                self.catalog,
                [sentence[q.end :], *following],
                int(reading.denominator - reading.value),
            )
        return ExtractedFigure(
            unit=unit,
            indicator=reading.indicator.key,
            value=reading.value,
            denominator=reading.denominator,
            as_of=self._moved_as_of(sentence, q, timing),
            is_target=timing.is_target,
            deadline=timing.deadline,
            approximate=q.approximate,
            quote=sentence,
            criteria_unmet=unmet,
            kind=reading.kind,
        )

    def _said_in_body(self, title: ExtractedFigure, body: list[ExtractedFigure]) -> bool:
        """A title figure the body gives too, so recorded once from the body: under a vaguer
        reading ("có thêm 02 xã đạt chuẩn" over "có 02 xã được công nhận"), or as a standing
        the body gives as the year's recognitions ("Bắc Ninh: 9 xã đạt chuẩn nông thôn mới nâng
        cao năm 2021" over "Quyết định công nhận 09 xã …")."""
        if title.indicator == UNCATALOGUED:
            return any(restated(title, self._labelled(f)) for f in body)
        return title.denominator is None and any(
            f.kind == "count_of_actions" and f.indicator == UNCATALOGUED for f in body
        )

    def _moved_as_of(self, sentence: str, q: Quantity, timing: Timing) -> str | None:
        """ "tăng từ 61 triệu đồng (năm 2020) lên 72,85 triệu đồng (năm 2024)": each end of a
        move is of the year written after it; the end with none is of the article's date."""
        if timing.is_target:
            return timing.as_of
        lower = lower_aligned(sentence)
        reached, year = moved_to(lower, q)
        year = moved_year(lower, q) or year
        if year is not None and (self.document.date is None or f"{year:04d}" <= self.document.date):
            return f"{year:04d}-12-31"
        return self.document.date if reached else timing.as_of

    def figures(self) -> list[ExtractedFigure]:
        """Each figure once: a body sentence is preferred to a heading saying the same."""
        kept: dict[tuple, tuple[ExtractedFigure, bool]] = {}
        for figure, heading in self.found:
            key = (
                figure.unit,
                figure.indicator,
                figure.label,
                figure.value,
                figure.denominator,
                figure.is_target,
                figure.deadline,
            )
            if key not in kept or (kept[key][1] and not heading):
                kept[key] = (figure, heading)
        in_body: dict[tuple, list[ExtractedFigure]] = {}
        for f, heading in kept.values():
            if not heading:
                in_body.setdefault((f.unit, f.value), []).append(f)
        said_in_body = {
            (f.unit, f.indicator, f.value, f.denominator)
            for f, heading in kept.values()
            if not heading and f.indicator != UNCATALOGUED
        }
        # "Tỷ lệ hộ nghèo chỉ còn khoảng 1,36%" over the body's "Dự kiến đến cuối năm 2025 …
        # chỉ còn khoảng 1,36%": the body says when, so its reading stands alone.
        # "Toàn huyện có 7 xã đạt chuẩn" over the body's "07/10 xã đạt chuẩn": the same count.
        said_out_of = {(unit, key, value) for unit, key, value, whole in said_in_body if whole}
        # "Hơn 55% trường học đạt chuẩn quốc gia" over the body's "đạt tỷ lệ 55,4%": the
        # title's round figure is the body's.
        said_rounded = {
            (unit, key, int(value)) for unit, key, value, whole in said_in_body if whole is None
        }
        kept = {
            key: (figure, heading)
            for key, (figure, heading) in kept.items()
            if not heading
            or (
                (figure.unit, figure.indicator, figure.value, figure.denominator)
                not in said_in_body
                and not (
                    figure.denominator is None
                    and (figure.unit, figure.indicator, figure.value) in said_out_of
                )
                and not (
                    figure.denominator is None
                    and figure.value == int(figure.value)
                    and (figure.unit, figure.indicator, int(figure.value)) in said_rounded
                )
            )
        }
        named_by_titles(kept)
        kept = {
            key: (figure, heading)
            for key, (figure, heading) in kept.items()
            if not (heading and self._said_in_body(figure, _about(in_body, figure)))
        }
        dated_targets = {key[:6] for key in kept if key[5] and key[6]}
        # "… đạt chuẩn 88 xã" beside "88/161 xã đạt chuẩn nông thôn mới": the count once, with
        # its whole.
        out_of = {
            (f.unit, f.indicator, f.value, f.is_target, f.as_of)
            for f, _ in kept.values()
            if f.denominator and f.indicator != UNCATALOGUED
        }
        figures = [
            figure
            for key, (figure, _) in kept.items()
            if not (key[5] and key[6] is None and key[:6] in dated_targets)
            and not (
                figure.denominator is None
                and (figure.unit, figure.indicator, figure.value, figure.is_target, figure.as_of)
                in out_of
            )
        ]
        return without_restatements(figures)


_ROUNDED = 0.01


def _about(
    in_body: dict[tuple, list[ExtractedFigure]], figure: ExtractedFigure
) -> list[ExtractedFigure]:
    """Body figures of the unit with the title figure's value, or that value rounded ("Hơn
    70,2 tỷ đồng" over "hơn 70 tỷ 265 triệu đồng")."""
    return [
        f
        for (unit, value), figures in in_body.items()
        if unit == figure.unit and abs(value - figure.value) <= _ROUNDED * max(abs(value), 1e-9)
        for f in figures
    ]


def _shorten(sentence: str) -> str:
    return sentence if len(sentence) <= _QUOTE_SHOWN else sentence[: _QUOTE_SHOWN - 1] + "…"


# "đạt 100% chỉ tiêu nhiệm kỳ": a share of the whole term's plan, not of the year's.
_TERM_PLAN = re.compile(
    r"\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|nghị\s+quyết|mục\s+tiêu)\s+(?:cả\s+)?"
    r"(?:nhiệm\s+kỳ|giai\s+đoạn)"
)
# "…, đạt 50,98%" and nothing more: how far the count before it went.
_BARE_REACHED = re.compile(r"\s*đạt\s*$")
_CLAUSE_REST = re.compile(r"[\s.;,…]*(?:\([^()]*\)[\s.;,…]*)?$")


def _bare_share(lower: str, leftover: Leftover, earlier: Reading | None, catalog: Catalog) -> bool:
    """ "kết nạp 52 đảng viên mới, đạt 50,98%": a bare percentage reached by a flow (members
    admitted, houses built) or by a measure planned each year ("Tổng thu ngân sách … đạt
    85,3 tỷ đồng, đạt 108%") is its share of the plan, said without "kế hoạch"."""
    q = leftover.quantity
    return (
        earlier is not None
        and (earlier.indicator.flow or catalog.plan_share_of(earlier.indicator.key) is not None)
        and q.percent
        and _BARE_REACHED.fullmatch(lower, leftover.clause_start, q.start) is not None
        and _CLAUSE_REST.fullmatch(lower, q.end, leftover.clause_end) is not None
    )


# "đạt 87,4% chỉ tiêu tỉnh giao cả năm (190 đảng viên)": the bracket gives the plan.
_PLAN_AMOUNT = re.compile(r"(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)[^,;:()]{0,40}\(\s*$")


def _planned(reading: Reading, earlier: list[Reading]) -> Reading | None:
    """The plan a bracketed amount states: a target of the flow the sentence counted before
    it, in the same unit ("kết nạp 166 đảng viên, đạt 87,4% chỉ tiêu (190 đảng viên)");
    None when the sentence counted no such flow."""
    flow = next(
        (
            r
            for r in reversed(earlier)
            if r.indicator.flow and r.indicator.unit == reading.indicator.unit
        ),
        None,
    )
    return None if flow is None else replace(reading, indicator=flow.indicator, kind=flow.kind)


_NOUN_AFTER = re.compile(r"\s*(?:%\s*)?(?:(?:số|các)\s+)?([^\W\d_]+)")


def _restates(reading: Reading, quantity: Quantity, lower: str) -> bool:
    """ "phát triển 4/3 đảng viên, đạt 133,33%": the ratio just read, as a percentage; but
    not "6/6 ấp …; 100% cơ quan …", a share of another thing."""
    if not quantity.percent or not reading.denominator:
        return False
    if ";" in lower[reading.quantity.end : quantity.start]:
        return False
    own = _NOUN_AFTER.match(lower, quantity.end)
    counted = _NOUN_AFTER.match(lower, reading.quantity.end)
    if own and counted and own.group(1) not in (counted.group(1), *_OF_THE_RATIO):
        return False
    return same_ratio(reading.value, reading.denominator, quantity.amount)


# Words after a share that still measure the ratio before ("đạt 100% so với …", "100% kế
# hoạch", "100% tổng số …").
_OF_THE_RATIO = frozenset({"so", "kế", "kh", "chỉ", "nghị", "nq", "mục", "tổng", "trên", "đạt"})


# "231đảng viên": a number that lost its space before a Vietnamese word gets it back;
# codes ("4G", "F0", "5ha") are left as written.
_GLUED_NUMBER = re.compile(r"(?<![\w.,])(\d+)(?=(?=[^\W\d_]*[^\x00-\x7f])[^\W\d_A-ZĐ]{2,}\s)")


def extract_text(
    text: str,
    *,
    file: str,
    catalog: Catalog,
    province_names: Sequence[str],
    gazetteer: Gazetteer | None = None,
) -> ExtractedArticle:
    """Every figure ``text`` states, with its unit and exact sentence; problems, never errors.

    ``gazetteer`` (default: the package's) only helps cut names and guess provinces.
    """
    text = _GLUED_NUMBER.sub(r"\1 ", nfc(text))
    reader = _ArticleReader(text, catalog, province_names, gazetteer or load_gazetteer())
    reader.read()
    figures = reader.figures()
    problems = []
    if reader.units.subject is None:
        problems.append(NO_UNIT)
    if not figures:
        problems.append(NO_FIGURE)
    if reader.dropped:
        problems.append(_other_unit(reader.dropped))
    problems += [UNPLACED + line for line in reader.unplaced[:_UNPLACED_SHOWN]]
    if len(reader.unplaced) > _UNPLACED_SHOWN:
        problems.append(
            f"… và {len(reader.unplaced) - _UNPLACED_SHOWN} số liệu khác chưa rõ đơn vị."
        )
    if reader.document.date is None:
        problems.append(NO_DATE)
    return ExtractedArticle(
        file=file,
        title=reader.document.title,
        date=reader.document.date,
        subject=reader.units.subject,
        figures=figures,
        problems=problems,
    )


def extract_file(
    path: Path,
    *,
    catalog: Catalog,
    province_names: Sequence[str],
    gazetteer: Gazetteer | None = None,
) -> ExtractedArticle:
    """:func:`extract_text` on a UTF-8 file; the file's name is the article's ``file``."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return extract_text(
        text,
        file=Path(path).name,
        catalog=catalog,
        province_names=province_names,
        gazetteer=gazetteer,
    )
