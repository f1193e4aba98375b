"""An article's shape: title, date and body paragraphs, without the page furniture.

Articles arrive as text copied from news sites: menu words ("Xuất bản thông tin"),
a "null" left by a template, share buttons, photo credits. Those lines are skipped; every
span kept points into the NFC text so quotes stay exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Document", "Paragraph", "read_document"]

_LINE = re.compile(r"[^\r\n]+")
_BOILERPLATE = re.compile(
    r"^(?:xuất bản thông tin|chi tiết bài viết.*|null|chia sẻ(?: bài viết)?|bình luận"
    r"|in bài viết|quay lại|\||[-–—_*·•]+)$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:bài(?:,| và)? ảnh|ảnh|tin(?:,| và)? ảnh|tin|bài|biên tập|nguồn|tác giả|video)\s*:",
    re.IGNORECASE,
)
# A page's date line: "16:29, Thứ Hai, 22/07/2019 (GMT+7)", "Chủ Nhật, 21 tháng 4, 2019",
# "Đã đăng vào 14 Tháng 11, 2017 lúc 20:15", "29-05-2020 00:00", "Thứ 5, 19.03.2020 | 15:32:33",
# "11/11/2015 - 04:52 PM".
_HEADER_DATE = re.compile(
    r"^\s*\(?\s*(?:(?:đã\s+)?đăng(?:\s+vào|\s+lúc|\s+ngày)?\s*:?\s*"
    r"|cập\s+nhật(?:\s+lúc)?\s*:?\s*)?"
    r"(?:\d{1,2}[:h]\d{2}\s*[-–|,]?\s*)?"
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)\s*[,\-–]?\s*)?"
    r"(?:ngày\s+)?(\d{1,2})(?:/|-|\.|\s+tháng\s+)(\d{1,2})(?:/|-|\.|\s*,\s*|\s+năm\s+)(\d{4})"
    r"(?:\s*(?:[-–|,]|lúc)?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]m)?)?"
    r"(?:\s*\(?gmt[+\d:]*\)?)?\s*\)?\s*$",
    re.IGNORECASE,
)
# Site furniture: the paper's address, phone, e-mail and licence lines ("Địa chỉ: 011 Hoàng
# Liên, phường Cốc Lếu …"), whose units and numbers are no part of the article.
_CONTACT = re.compile(
    r"(?:^|\s|-)(?:địa chỉ|điện thoại|đt|hotline|email|e-mail|fax|giấy phép|tổng biên tập)\s*:",
    re.IGNORECASE,
)
_NULL_PREFIX = re.compile(r"null\s+", re.IGNORECASE)
# "Nguồn Cao Bằng: https://baocaobang.vn/…", "Nguồn: Báo Lâm Đồng Online.": where the article
# was published, which tells a provincial paper's province, no body text.
_SOURCE_LINE = re.compile(r"^nguồn(?:\s+tin)?(?:\s+[^:\d]{1,40}?)?\s*:\s*\S", re.IGNORECASE)
# "P.V", "T.H.", "NV": a reporter's initials under the article.
_INITIALS_LINE = re.compile(r"^(?:[A-ZĐ]{1,3}\.\s?){0,3}[A-ZĐ]{1,3}\.?$")
# "ẢNH: TRIỆU THANH", "Ảnh: Nguyễn Văn An": a photographer's name alone, not a caption.
_PHOTO_CREDIT_LINE = re.compile(r"(?i:ảnh)\s*:\s*(?:[A-ZĐÀ-Ỹ][^\s,;]*\s*){1,4}$")
_PHOTO_CREDIT = re.compile(r"\.?\s*Ảnh\s*:.*$")
_TEXT_DATES = (
    re.compile(r"(?i)ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"),
    re.compile(r"(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"),
    re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"),
    # "Sáng nay 12.11.2019": a day written with dots.
    re.compile(r"(?i)(?:nay|ngày)\s+(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])"),
)
_DOCUMENT_DATE_BEFORE = re.compile(
    r"(?i)(?:số\s+\d[^,;()]{0,25}?\s+|kể\s+từ\s+|\d+/(?:\d{4}/)?[a-zđ]+(?:-[a-zđ0-9]+)*\s+"
    r"|(?:thành\s+lập|sáp\s+nhập|đi\s+vào\s+hoạt\s+động)\s+(?:vào\s+|từ\s+)?)"
    r"(?:ngày\s+)?(?=\d{1,2}\s*[/.])"
)
_HEADING_MAX_WORDS = 12
_CONTACT_MAX_WORDS = 40
_SENTENCE_END = ".!?…:;"
_HEADER_LINES = 6


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A line of the article; ``heading`` for a short line with no final stop (a subtitle)."""

    start: int
    end: int
    heading: bool
    is_title: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """An article read: its NFC text, title, date (ISO) and paragraphs (title first)."""

    text: str
    title: str
    date: str | None
    paragraphs: tuple[Paragraph, ...]
    #: The article's source lines ("Nguồn Cao Bằng: https://baocaobang.vn/…").
    sources: tuple[str, ...] = ()


def _iso(day: str, month: str, year: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _is_heading(line: str) -> bool:
    stripped = line.rstrip(' ”"’)')
    return len(line.split()) <= _HEADING_MAX_WORDS and not stripped.endswith(tuple(_SENTENCE_END))


def _article_date(text: str, lines: list[re.Match[str]]) -> str | None:
    for line in lines[:_HEADER_LINES]:
        found = _HEADER_DATE.match(line.group())
        if found and (iso := _iso(*found.groups())):
            return iso
    for pattern in _TEXT_DATES:
        for found in pattern.finditer(text):
            if _DOCUMENT_DATE_BEFORE.search(text, max(0, found.start() - 40), found.end()):
                # "Quyết định số 320/QĐ-TTg ngày 8/3/2022", "Thông tư 40/2014/TT-BNNPTNT ngày
                # 13/11/2014", "kể từ ngày 20/7/2021", "Thành lập ngày 1.7.2025": a paper's or a
                # unit's date, not the day the article reports.
                continue
            if iso := _iso(*found.groups()):
                return iso
    return None


def read_document(text: str) -> Document:
    """Split NFC ``text`` into title, date and paragraphs."""
    lines = list(_LINE.finditer(text))
    paragraphs: list[Paragraph] = []
    sources: list[str] = []
    title = ""
    for line in lines:
        raw = line.group()
        stripped = raw.strip()
        if _CREDIT.match(stripped) and _PHOTO_CREDIT_LINE.match(stripped) and paragraphs:
            # "ẢNH: TRIỆU THANH" under a line: that line is a photo's caption, no body text.
            last = paragraphs[-1]
            if not last.is_title:
                paragraphs[-1] = Paragraph(last.start, last.end, heading=True)
            continue
        if title and _SOURCE_LINE.match(stripped):
            sources.append(stripped)
            continue
        if not stripped or _BOILERPLATE.match(stripped) or _CREDIT.match(stripped):
            continue
        if title and _INITIALS_LINE.match(stripped):
            continue
        if title and len(stripped.split()) <= _CONTACT_MAX_WORDS and _CONTACT.search(stripped):
            continue
        if _HEADER_DATE.match(stripped):
            continue
        start = line.start() + (len(raw) - len(raw.lstrip()))
        end = line.start() + len(raw.rstrip())
        if not title:
            prefix = _NULL_PREFIX.match(text, start, end)
            if prefix:
                start = prefix.end()
            credit = _PHOTO_CREDIT.search(text, start, end)
            if credit and credit.start() > start:
                end = credit.start()
            title = text[start:end].strip()
            paragraphs.append(Paragraph(start, end, heading=True, is_title=True))
            continue
        paragraphs.append(Paragraph(start, end, heading=_is_heading(stripped)))
    return Document(
        text=text,
        title=title,
        date=_article_date(text, lines),
        paragraphs=tuple(paragraphs),
        sources=tuple(sources),
    )
