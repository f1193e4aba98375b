"""The store layer: the only place that knows how figures and state are kept on disk."""

from bot.store.health import FileProblem
from bot.store.lock import LockPathError, StoreLockedError, WriterLock
from bot.store.storage import AtomicJSONStorage
from bot.store.store import Store, StoreClosedError, StoreReadOnlyError

__all__ = [
    "AtomicJSONStorage",
    "FileProblem",
    "LockPathError",
    "Store",
    "StoreClosedError",
    "StoreLockedError",
    "StoreReadOnlyError",
    "WriterLock",
]
