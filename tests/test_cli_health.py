"""Every way BOT_DATA_DIR can be wrong gets one clear line and its own exit status, and
``python -m bot check`` says what is damaged, what it repaired and what is lost.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from bot.datadir import EXIT, describe_os_error

__all__: list[str] = []

SHARD_GLOB = "store/observations/*.json"


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env.update(BOT_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_export_of_a_missing_data_dir_says_so_instead_of_printing_nothing(tmp_path: Path) -> None:
    result = cli(tmp_path / "typo", "export")
    assert result.returncode == EXIT["missing"]
    assert result.stdout == ""
    assert "Không tìm thấy kho dữ liệu" in one_clear_line(result)


@pytest.mark.parametrize("command", ["export", "seed", "check"])
def test_a_data_dir_that_is_a_file_is_named(tmp_path: Path, command: str) -> None:
    target = tmp_path / "data"
    target.write_text("not a directory")
    result = cli(target, command)
    assert result.returncode == EXIT["not_a_directory"]
    assert "không phải là thư mục" in one_clear_line(result)


def test_a_lock_path_that_is_a_directory_is_named(data_dir: Path) -> None:
    (data_dir / "store" / ".writer.lock").mkdir()
    result = cli(data_dir, "seed")
    assert result.returncode == EXIT["lock_path"]
    assert "tệp khóa" in one_clear_line(result)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only permissions")
def test_a_read_only_data_dir_is_named(tmp_path: Path) -> None:
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o555)
    try:
        result = cli(target, "seed")
    finally:
        target.chmod(0o755)
    assert result.returncode == EXIT["read_only"]
    assert "chỉ đọc" in one_clear_line(result)


def test_disk_errors_map_to_their_own_status() -> None:
    full = describe_os_error(OSError(errno.ENOSPC, "No space left on device", "/d/j.log"))
    assert full.exit_code == EXIT["disk_full"] and "Đĩa đầy" in str(full)
    read_only = describe_os_error(OSError(errno.EROFS, "Read-only file system"))
    assert read_only.exit_code == EXIT["read_only"]


def test_check_repairs_a_damaged_shard_and_export_keeps_every_row(data_dir: Path) -> None:
    before = json.loads(cli(data_dir, "export").stdout)
    shard = sorted(data_dir.glob(SHARD_GLOB))[0]
    shard.write_bytes(shard.read_bytes()[:40])
    exported = cli(data_dir, "export")
    assert exported.returncode == 0
    assert json.loads(exported.stdout) == before, "served from the mirror"
    assert shard.name in exported.stderr
    checked = cli(data_dir, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "đã khôi phục từ bản sao" in checked.stdout
    again = cli(data_dir, "check")
    assert again.returncode == 0 and "nguyên vẹn" in again.stdout


def test_check_reports_a_loss_and_reseeds_what_articles_give_back(data_dir: Path) -> None:
    before = json.loads(cli(data_dir, "export").stdout)
    shard = sorted(data_dir.glob(SHARD_GLOB))[0]
    (data_dir / "store" / "backup" / "observations" / shard.name).unlink()
    shard.write_bytes(b"\0" * 100)
    exported = cli(data_dir, "export")
    assert exported.returncode == EXIT["lost"]
    assert len(json.loads(exported.stdout)) < len(before)
    checked = cli(data_dir, "check")
    assert checked.returncode == EXIT["lost"]
    assert "mất dữ liệu" in checked.stdout and "Đã nạp lại" in checked.stdout
    assert json.loads(cli(data_dir, "export").stdout) == before, "articles rebuilt the figures"
