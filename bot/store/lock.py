"""One writer per data directory: the bot and a seed run must never write at the same time.

TinyDB is not safe across processes, and two bots on one directory would send every digest
twice. The lock is an ``flock`` on ``<data_dir>/store/.writer.lock`` taken without waiting;
the kernel drops it when the holder exits, even on ``kill -9``, so no stale lock survives.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

__all__ = ["LOCK_FILE_NAME", "LockPathError", "StoreLockedError", "WriterLock"]

LOCK_FILE_NAME = ".writer.lock"


class StoreLockedError(RuntimeError):
    """Another process holds the writer lock of this data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        super().__init__(
            f"Kho dữ liệu {data_dir} đang được một tiến trình khác ghi (bot hoặc seed đang "
            "chạy). Dừng tiến trình đó rồi thử lại. / The data directory "
            f"{data_dir} is locked by another writer (the bot or a seed run). "
            "Stop it and try again."
        )


class LockPathError(RuntimeError):
    """The lock file cannot be made or opened: a directory, a dangling link, no permission."""

    def __init__(self, lock_path: Path, exc: OSError) -> None:
        self.lock_path = lock_path
        super().__init__(
            f"Không dùng được tệp khóa {lock_path} ({exc.strerror or exc}): xóa hoặc sửa đường "
            f"dẫn đó rồi thử lại / the lock file cannot be used"
        )


class WriterLock:
    """The non-blocking writer lock of one data directory."""

    def __init__(self, data_dir: Path, lock_path: Path) -> None:
        self._data_dir = data_dir
        self._lock_path = lock_path
        # thread_local=False: the store may be opened and closed on different threads.
        self._lock = FileLock(lock_path, thread_local=False)

    @property
    def is_held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the lock now or raise :class:`StoreLockedError`; never waits."""
        try:
            self._lock.acquire(blocking=False)
        except Timeout:
            raise StoreLockedError(self._data_dir) from None
        except OSError as exc:
            raise LockPathError(self._lock_path, exc) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
