"""``python -m bot console`` from a pipe: the bot scripted offline, replies as plain text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from bot import PROJECT_ROOT

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*[^<>]*>")


def console(lines: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Feed ``lines`` to the console on ``data_dir`` and collect what it prints."""
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("TELEGRAM_", "BOT_"))
    }
    env.update(PYTHONIOENCODING="utf-8", BOT_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "bot", "console", *args],
        cwd=PROJECT_ROOT,
        env=env,
        input=lines,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_piped_commands_print_plain_answers(tmp_path: Path) -> None:
    """An official without a token scripts two spellings of one commune: the same figures
    twice, as text a terminal shows (no HTML), on a store seeded on first start.
    """
    result = console("/xa mythanh\n/xa MỸ THẠNH\n", tmp_path / "data", "--user-id", "77")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("Xã Mỹ Thạnh") >= 2
    assert out.count("245") >= 2
    assert out.count("16/19") >= 2
    assert _TAG.search(out) is None
    assert "&lt;" not in out and "&amp;" not in out


def test_a_number_presses_a_button(data_dir: Path) -> None:
    """A shared name lists numbered buttons; typing the number answers for that commune."""
    result = console("/xa An Phước\n1\n", data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    buttons = [n for n, line in enumerate(lines) if line.startswith("  [")]
    assert len(buttons) >= 2
    assert "Chọn" in "\n".join(lines[: buttons[0]])
    answer = "\n".join(lines[buttons[-1] + 1 :])
    assert "An Phước" in answer
    assert "Chọn" not in answer


def test_odd_input_never_ends_the_console(tmp_path: Path) -> None:
    """Superscript digits, circled numbers, a huge number after buttons and bytes that are
    not UTF-8: each gets an answer and the console reads on to the last line.
    """
    lines = "/xa mythanh\n²\n①\n".encode() + b"9" * 5000 + b"\n\xff\xfe /xa\n/chiso\n"
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("TELEGRAM_", "BOT_"))
    }
    env.update(PYTHONIOENCODING="utf-8", BOT_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        cwd=PROJECT_ROOT,
        env=env,
        input=lines,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert b"Traceback" not in result.stderr
    assert "Danh mục".encode() in result.stdout or b"dv_moi" in result.stdout
