"""Starting up: a rejected token is named without being shown, a missing network is waited
for with one line per attempt, and no log line ever carries the token.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from telegram.error import NetworkError

from bot import PROJECT_ROOT
from bot.log_masking import TokenMaskingFilter, mask_token
from bot.startup import wait_for_telegram
from tests.auxil.harness import make_settings
from tests.fake_bot_api import FakeBotApi
from tests.test_e2e_run import bot_env

__all__: list[str] = []

TOKEN = "987654:SECRET-part-of-the-token-xyz"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_rejected_token_gets_a_clear_message_and_is_never_printed(tmp_path: Path) -> None:
    with FakeBotApi(deadline=60.0) as server:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            env=bot_env(
                TELEGRAM_BOT_TOKEN=TOKEN,
                TELEGRAM_BASE_URL=server.base_url,
                BOT_DATA_DIR=str(tmp_path / "data"),
            ),
        )
    output = result.stdout + result.stderr
    assert result.returncode == 2
    assert "Telegram từ chối token" in output and "TELEGRAM_BOT_TOKEN" in output
    assert "SECRET-part" not in output
    assert "Traceback" not in output


async def test_no_network_is_waited_for_one_line_per_attempt(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(
        tmp_path,
        telegram_bot_token=TOKEN,
        telegram_base_url=f"http://127.0.0.1:{closed_port()}/bot",
    )
    delays: list[float] = []

    async def no_sleep(seconds: float) -> None:
        delays.append(seconds)

    caplog.set_level(logging.WARNING, logger="bot.startup")
    with pytest.raises(NetworkError):
        await wait_for_telegram(settings, sleep=no_sleep, max_attempts=4)
    assert delays == [1.0, 2.0, 4.0], "back-off doubles"
    lines = [r for r in caplog.records if r.name == "bot.startup"]
    assert len(lines) == 3 and all("thử lại sau" in r.getMessage() for r in lines)
    assert all(r.exc_info is None for r in lines), "one line, no traceback"
    assert all("SECRET" not in r.getMessage() for r in lines)


def test_the_mask_covers_messages_arguments_and_tracebacks() -> None:
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Collect()
    handler.addFilter(TokenMaskingFilter(TOKEN))
    logger = logging.getLogger("test.mask")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("POST https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    assert len(records) == 2
    assert all("SECRET-part" not in line for line in records)
    assert "<TOKEN>" in records[0] and "RuntimeError" in records[1]
    assert mask_token("no token here", TOKEN) == "no token here"


async def test_polling_network_errors_are_one_warning_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from types import SimpleNamespace

    from bot.handlers.errors import error_handler

    context = SimpleNamespace(error=NetworkError("httpx.ConnectError: [Errno 111]"))
    caplog.set_level(logging.WARNING)
    await error_handler(None, context)  # type: ignore[arg-type]
    (record,) = caplog.records
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "thử lại" in record.getMessage()


def test_a_full_disk_is_one_line_and_its_own_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    from bot import __main__ as cli
    from bot.datadir import EXIT
    from bot.services import Services

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "journal.log"))

    monkeypatch.setattr(Services, "open", full)
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    assert cli.main(["seed"]) == EXIT["disk_full"]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Đĩa đầy" in err


def test_the_journal_preallocates_within_the_free_space(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from bot.store import Store, journal

    monkeypatch.setattr(
        journal.os, "statvfs", lambda _p: SimpleNamespace(f_bavail=64, f_frsize=4096)
    )
    with Store.open(tmp_path) as store:
        store.put_doc("meta", "k", {"v": 1})
        size = (tmp_path / "store" / "journal.log").stat().st_size
    assert size < 64 * 4096 // 8, "a sixteenth of a nearly full disk, not 4 MiB"
