"""One writer per data directory, across threads and processes; readers are never blocked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot import PROJECT_ROOT
from bot.store import Store, StoreLockedError

__all__: list[str] = []

HOLD_LOCK = """
import sys
from pathlib import Path
from bot.store import Store
store = Store.open(Path(sys.argv[1]))
store.put_doc("admins", "1", {"user_id": 1})
print("locked", flush=True)
sys.stdin.readline()
"""

TRY_LOCK = """
import sys
from pathlib import Path
from bot.store import Store, StoreLockedError
try:
    Store.open(Path(sys.argv[1]))
except StoreLockedError as exc:
    print(exc)
    sys.exit(3)
"""


def python(script: str, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
    """Run ``script`` in a fresh interpreter that can import the bot package."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *args], env=env, text=True, **kwargs)


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    with Store.open(tmp_path), pytest.raises(StoreLockedError) as refused:
        Store.open(tmp_path)
    message = str(refused.value)
    assert str(tmp_path) in message
    assert "đang được một tiến trình khác ghi" in message
    assert "locked by another writer" in message


def test_closing_the_writer_lets_the_next_one_in(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with Store.open(tmp_path) as store:
        store.put_doc("admins", "1", {"user_id": 1})


def test_a_refused_writer_does_not_disturb_the_holder(tmp_path: Path) -> None:
    with Store.open(tmp_path) as holder:
        with pytest.raises(StoreLockedError):
            Store.open(tmp_path)
        holder.put_doc("admins", "1", {"user_id": 1})
        with pytest.raises(StoreLockedError):
            Store.open(tmp_path)
    with Store.open(tmp_path) as store:
        assert store.get_doc("admins", "1") == {"user_id": 1}


def test_readers_open_while_a_writer_holds_the_lock(tmp_path: Path) -> None:
    with Store.open(tmp_path), Store.open(tmp_path, writer=False) as reader:
        assert reader.all_docs("admins") == []


def test_other_directories_are_not_locked(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a"), Store.open(tmp_path / "b") as other:
        other.put_doc("admins", "1", {})


def test_a_writer_in_another_process_blocks_this_one_until_killed(tmp_path: Path) -> None:
    holder = python(HOLD_LOCK, str(tmp_path), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLockedError):
            Store.open(tmp_path)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    with Store.open(tmp_path) as store:
        assert store.get_doc("admins", "1") == {"user_id": 1}


def test_another_process_is_refused_while_this_one_writes(tmp_path: Path) -> None:
    with Store.open(tmp_path):
        child = python(TRY_LOCK, str(tmp_path), stdout=subprocess.PIPE)
        out, _ = child.communicate(timeout=30)
    assert child.returncode == 3
    assert "locked by another writer" in out
