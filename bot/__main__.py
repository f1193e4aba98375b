"""Command line: ``python -m bot run|console|seed|export``. Parses, then hands over."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.datadir import EXIT, DataDirError, check_data_dir, describe_os_error
from bot.log_masking import install_token_mask
from bot.settings import Settings
from bot.store import LockPathError, StoreLockedError

NO_TOKEN = """\
Chưa có TELEGRAM_BOT_TOKEN. / TELEGRAM_BOT_TOKEN is not set.

Để chạy bot trên Telegram: nhắn @BotFather trên Telegram, gõ /newbot, làm theo hướng dẫn
và chép token nhận được vào tệp .env (xem .env.example) hoặc biến môi trường:
    TELEGRAM_BOT_TOKEN=123456:ABC... python -m bot run

Muốn thử ngay không cần token, dùng chế độ ngoại tuyến:
    python -m bot console
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Bản tin xã")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot (long polling)")
    console = commands.add_parser("console", help="the bot offline, in this terminal")
    console.add_argument("--user-id", type=int, default=1, help="act as this Telegram user")
    seed = commands.add_parser("seed", help="(re)build the store from the articles")
    seed.add_argument("--seeds", type=Path, default=None, help="folder of .txt articles")
    export = commands.add_parser("export", help="every observation, for spreadsheets")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    commands.add_parser("check", help="the store's health: damaged or missing files, repairs")
    return parser


REJECTED_TOKEN = (
    "Telegram từ chối token (sai hoặc đã bị thu hồi): kiểm tra TELEGRAM_BOT_TOKEN. "
    "/ Telegram rejected the token: check TELEGRAM_BOT_TOKEN.\n"
)


def _run(settings: Settings) -> int:
    if not settings.token:
        sys.stderr.write(NO_TOKEN)
        return 2
    from telegram import Update
    from telegram.error import InvalidToken

    from bot.app import build_application
    from bot.startup import wait_for_telegram

    try:
        asyncio.run(wait_for_telegram(settings))
        # A network failure after this point is retried by PTB itself, not fatal.
        build_application(settings, warm=True).run_polling(
            allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1
        )
    except InvalidToken:
        sys.stderr.write(REJECTED_TOKEN)
        return 2
    return 0


def _seed(settings: Settings, seeds: Path | None) -> int:
    from bot.services import Services

    services = Services.open(settings, seed_if_empty=False)
    try:
        report = services.seed(seeds)
    finally:
        services.close()
    print(
        f"Đã đọc {report.articles} bài, {report.figures} số liệu, "
        f"thêm mới {report.added}, rút lại {report.withdrawn}, {len(report.units)} đơn vị."
    )
    for file, problem in report.problems:
        print(f"  ! {file}: {problem}")
    return 0


def _export(settings: Settings, fmt: str) -> int:
    from bot.domain.export import export_rows, to_csv, to_json
    from bot.services import Services

    services = Services.open(settings, writer=False, seed_if_empty=False)
    try:
        rows = export_rows(services.store.iter_observations(), services.registry, services.catalog)
        problems = services.store.problems
    finally:
        services.close()
    sys.stdout.write(to_csv(rows) if fmt == "csv" else to_json(rows) + "\n")
    for problem in problems:
        sys.stderr.write(f"! {problem.describe()}\n")
    if any(p.lost for p in problems):
        sys.stderr.write("Bản xuất thiếu số liệu của các tệp trên; chạy `python -m bot check`.\n")
        return EXIT["lost"]
    return 0


def _check(settings: Settings) -> int:
    from bot.doctor import check_store

    report = check_store(settings)
    print("\n".join(report.lines()))
    return EXIT["lost"] if report.lost else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.command == "console" else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        settings = Settings()
    except ValidationError as exc:
        sys.stderr.write(f"Cấu hình không hợp lệ / invalid configuration:\n{exc}\n")
        return EXIT["config"]
    install_token_mask(settings.token)
    try:
        check_data_dir(settings.bot_data_dir, write=args.command in _WRITERS)
        return _dispatch(args, settings)
    except StoreLockedError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT["locked"]
    except LockPathError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT["lock_path"]
    except DataDirError as exc:
        sys.stderr.write(f"{exc}\n")
        return exc.exit_code
    except OSError as exc:
        error = describe_os_error(exc)
        sys.stderr.write(f"{error}\n")
        return error.exit_code


#: Commands that write the store (the others only read it).
_WRITERS = frozenset({"run", "console", "seed"})


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "run":
        return _run(settings)
    if args.command == "console":
        from bot.console import run_console

        run_console(settings, args.user_id)
        return 0
    if args.command == "seed":
        return _seed(settings, args.seeds)
    if args.command == "check":
        return _check(settings)
    return _export(settings, args.format)


if __name__ == "__main__":
    sys.exit(main())
