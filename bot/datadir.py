"""What can be wrong with ``BOT_DATA_DIR`` before and while the store is used, as one clear
line and a distinct exit status each, so an operator (or a service manager) can tell them apart.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

__all__ = ["EXIT", "DataDirError", "check_data_dir", "describe_os_error"]

#: Exit statuses of ``python -m bot``; README lists them.
EXIT = {
    "lost": 1,
    "config": 2,
    "locked": 3,
    "missing": 4,
    "not_a_directory": 5,
    "read_only": 6,
    "disk_full": 7,
    "lock_path": 8,
    "io": 9,
}


class DataDirError(Exception):
    """A data directory the command cannot use; ``exit_code`` says which way."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def check_data_dir(data_dir: Path, *, write: bool) -> None:
    """Refuse a data directory that is missing (for readers), not a directory, or read-only."""
    if data_dir.exists() and not data_dir.is_dir():
        raise DataDirError(
            f"BOT_DATA_DIR={data_dir} không phải là thư mục / is not a directory",
            EXIT["not_a_directory"],
        )
    if not write:
        if not (data_dir / "store").is_dir():
            raise DataDirError(
                f"Không tìm thấy kho dữ liệu ở {data_dir} (BOT_DATA_DIR sai, hoặc chưa chạy "
                "`python -m bot seed`) / no store found there",
                EXIT["missing"],
            )
        return
    existing = next((p for p in (data_dir, *data_dir.parents) if p.exists()), None)
    if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
        raise DataDirError(
            f"Không ghi được vào {existing} (chỉ đọc hoặc thiếu quyền) / not writable",
            EXIT["read_only"],
        )


def describe_os_error(exc: OSError) -> DataDirError:
    """The one-line message and exit status for an error of the disk under the store."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DataDirError(
            f"Đĩa đầy{where}: giải phóng chỗ trống rồi chạy lại; những gì đã báo ghi xong vẫn còn "
            "nguyên / disk full",
            EXIT["disk_full"],
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DataDirError(
            f"Không ghi được{where}: ổ đĩa chỉ đọc hoặc thiếu quyền / read-only or no permission",
            EXIT["read_only"],
        )
    if exc.errno in (errno.ENOTDIR, errno.EISDIR):
        return DataDirError(
            f"Đường dẫn dữ liệu không đúng loại{where}: cần thư mục ở đó / wrong kind of path",
            EXIT["not_a_directory"],
        )
    return DataDirError(f"Lỗi đọc/ghi đĩa{where}: {exc.strerror or exc}", EXIT["io"])
