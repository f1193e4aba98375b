"""Protocol strings in one place: callback-data prefixes, job names, store collections."""

from __future__ import annotations

__all__ = [
    "ADMINS_COLLECTION",
    "ADMIN_COMMANDS",
    "ARTICLES_COLLECTION",
    "CALLBACK_EDIT_CONFIRM",
    "CALLBACK_IMPORT",
    "CALLBACK_PICK_UNIT",
    "CALLBACK_UNDO",
    "COMMANDS",
    "DEEP_LINK_DANGKY",
    "DEEP_LINK_XA",
    "EDITOR_CHANGES_COLLECTION",
    "EDITOR_HEADS_COLLECTION",
    "EDITS_COLLECTION",
    "IMPORTED_TEXTS_COLLECTION",
    "INLINE_CACHE_SECONDS",
    "META_COLLECTION",
    "PENDING_COLLECTION",
    "UNITS_COLLECTION",
]

#: ``u:<command>:<unit token>[|<extra>]`` — a button that picks one of several units.
CALLBACK_PICK_UNIT = "u:"
#: ``e:<ok|no>:<token>`` — save or drop a /capnhat held for confirmation.
CALLBACK_EDIT_CONFIRM = "e:"
#: ``h:<change id>`` — undo one change ("Hoàn tác" under a reply).
CALLBACK_UNDO = "h:"
#: ``n:<ok|no>:<token>`` — save or drop the figures /nhap found.
CALLBACK_IMPORT = "n:"

#: ``/start`` payloads of deep links: a unit's summary, an offer to subscribe to it.
DEEP_LINK_XA = "xa_"
DEEP_LINK_DANGKY = "dangky_"
#: Seconds Telegram may cache an inline answer: names change rarely, figures weekly.
INLINE_CACHE_SECONDS = 60

UNITS_COLLECTION = "units"
ARTICLES_COLLECTION = "articles"
META_COLLECTION = "meta"
ADMINS_COLLECTION = "admins"
#: Audit entries, partitioned per unit; each editor's changes, partitioned per editor.
EDITS_COLLECTION = "edits"
EDITOR_CHANGES_COLLECTION = "editor_changes"
#: Per editor: which part of ``editor_changes`` takes their next change, and how full it is.
EDITOR_HEADS_COLLECTION = "editor_heads"
#: Payloads waiting for a button press (token → payload).
PENDING_COLLECTION = "pending_actions"
#: Articles imported with /nhap, their full text (file → text).
IMPORTED_TEXTS_COLLECTION = "article_texts"

#: The command menu (``set_my_commands``): name and Vietnamese description.
COMMANDS: list[tuple[str, str]] = [
    ("xa", "Tình hình một xã: /xa Mỹ Thạnh"),
    ("huyen", "Tình hình một huyện và các xã: /huyen Giồng Trôm"),
    ("chiso", "Danh mục chỉ số và tên viết tắt"),
    ("lichsu", "Lịch sử số liệu: /lichsu Mỹ Thạnh [chỉ số]"),
    ("nguon", "Nguồn và trích dẫn của số liệu một xã"),
    ("sosanh", "So sánh nhiều xã: /sosanh Mỹ Thạnh, An Khánh"),
    ("help", "Hướng dẫn sử dụng"),
    ("start", "Giới thiệu bot"),
]

#: Added to the menu of data editors only.
ADMIN_COMMANDS: list[tuple[str, str]] = [
    ("capnhat", "Cập nhật số liệu: /capnhat Mỹ Thạnh ntm=17/19"),
    ("hoantac", "Hoàn tác thay đổi gần nhất của bạn"),
    ("nhap", "Nhập số liệu từ một bài viết"),
    ("quantri", "Danh sách và quản lý cán bộ cập nhật số liệu"),
]
