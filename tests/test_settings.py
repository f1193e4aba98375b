"""Configuration from the environment: the names in PRODUCT.md are the interface."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot import PROJECT_ROOT
from bot.settings import TELEGRAM_DEFAULT_BASE_URL, Settings


def _settings(monkeypatch: pytest.MonkeyPatch, **env: str) -> Settings:
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_BASE_URL",
        "BOT_DATA_DIR",
        "BOT_ADMIN_IDS",
        "BOT_TIMEZONE",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return Settings(_env_file=None)


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(monkeypatch)
    assert settings.token is None
    assert settings.telegram_base_url == TELEGRAM_DEFAULT_BASE_URL
    assert settings.bot_data_dir == PROJECT_ROOT / "data"
    assert settings.bot_admin_ids == frozenset()
    assert str(settings.tzinfo) == "Asia/Ho_Chi_Minh"


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = _settings(
        monkeypatch,
        TELEGRAM_BOT_TOKEN="123:abc",
        TELEGRAM_BASE_URL="http://127.0.0.1:8081/bot",
        BOT_DATA_DIR=str(tmp_path),
        BOT_ADMIN_IDS="11, 22,33",
        BOT_TIMEZONE="Asia/Bangkok",
    )
    assert settings.token == "123:abc"
    assert "123:abc" not in repr(settings)
    assert settings.telegram_base_url == "http://127.0.0.1:8081/bot"
    assert settings.bot_data_dir == tmp_path
    assert settings.bot_admin_ids == frozenset({11, 22, 33})


@pytest.mark.parametrize(("name", "value"), [("BOT_ADMIN_IDS", "abc"), ("BOT_TIMEZONE", "Mars/X")])
def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    with pytest.raises(ValidationError):
        _settings(monkeypatch, **{name: value})


def test_cli_reports_bad_configuration_plainly(tmp_path: Path) -> None:
    """A typo in the environment gets a message, not a traceback."""
    env = {**os.environ, "BOT_TIMEZONE": "Mars/X", "BOT_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "bot", "export"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 2
    assert "Cấu hình không hợp lệ" in out.stderr
    assert "Traceback" not in out.stderr
