"""Protocol strings in one place: callback-data prefixes, job names, store collections."""

from __future__ import annotations

__all__ = [
    "ADMINS_COLLECTION",
    "ADMIN_COMMANDS",
    "ARTICLES_COLLECTION",
    "BASELINES_COLLECTION",
    "CALLBACK_EDIT_CONFIRM",
    "CALLBACK_IMPORT",
    "CALLBACK_PICK_UNIT",
    "CALLBACK_UNDO",
    "CATCH_UP_KEY",
    "CHAT_ADMINS_CACHE",
    "COMMANDS",
    "CONSOLE_FLAG",
    "DEEP_LINK_DANGKY",
    "DEEP_LINK_XA",
    "DIGEST_JOB_PREFIX",
    "EDITOR_CHANGES_COLLECTION",
    "EDITOR_HEADS_COLLECTION",
    "EDITS_COLLECTION",
    "IMPORTED_TEXTS_COLLECTION",
    "INLINE_CACHE_SECONDS",
    "MANUAL_RUN_PREFIX",
    "META_COLLECTION",
    "OUTBOX_COLLECTION",
    "OUTBOX_FAILED_COLLECTION",
    "OUTBOX_RUNS_COLLECTION",
    "PENDING_COLLECTION",
    "SUBSCRIPTIONS_COLLECTION",
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
#: What each chat was last sent of each unit: key ``<chat id>:<unit id>``, one part per chat.
BASELINES_COLLECTION = "digest_baselines"
ADMINS_COLLECTION = "admins"
#: Weekly digests: key ``<chat id>:<unit id>``, one part (file) per chat.
SUBSCRIPTIONS_COLLECTION = "subscriptions"

#: ``digest:<chat id>:<unit id>`` names a subscription's weekly job; with ``:<slot iso>``
#: it is the run id of one weekly digest, never enqueued twice.
DIGEST_JOB_PREFIX = "digest:"
#: ``/guibantin`` runs: ``guibantin:<chat id>:<time iso>``.
MANUAL_RUN_PREFIX = "guibantin:"
#: ``bot_data`` flag of the offline console: /guibantin shows each chat's digest there.
CONSOLE_FLAG = "console"
#: ``bot_data`` key of the start-up catch-up of owed digests: its task and stop flag.
CATCH_UP_KEY = "digest_catch_up"
#: ``bot_data`` key of the short-lived cache of group administrators.
CHAT_ADMINS_CACHE = "chat_admins"
#: Messages waiting to leave, one part (file) per chat; an entry is removed once sent.
OUTBOX_COLLECTION = "outbox"
#: Every run ever enqueued (idempotence), parts by a hash of the run id.
OUTBOX_RUNS_COLLECTION = "outbox_runs"
#: Messages Telegram refused for good (bad request), kept for a person to look at.
OUTBOX_FAILED_COLLECTION = "outbox_failed"
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
    ("dangky", "Đăng ký bản tin hằng tuần: /dangky Mỹ Thạnh [thứ] [giờ]"),
    ("huydangky", "Hủy đăng ký: /huydangky Mỹ Thạnh hoặc /huydangky tatca"),
    ("theodoi", "Các bản tin chat này đang nhận và lần gửi tới"),
    ("bantin", "Xem ngay bản tin của chat này: /bantin [xã]"),
    ("help", "Hướng dẫn sử dụng"),
    ("start", "Giới thiệu bot"),
]

#: Added to the menu of data editors only.
ADMIN_COMMANDS: list[tuple[str, str]] = [
    ("guibantin", "Gửi bản tin ngay cho các chat đã đăng ký: /guibantin [xã]"),
    ("capnhat", "Cập nhật số liệu: /capnhat Mỹ Thạnh ntm=17/19"),
    ("hoantac", "Hoàn tác thay đổi gần nhất của bạn"),
    ("nhap", "Nhập số liệu từ một bài viết"),
    ("quantri", "Danh sách và quản lý cán bộ cập nhật số liệu"),
]
