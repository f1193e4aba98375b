"""Builds the python-telegram-bot ``Application`` from settings: the one factory."""

from __future__ import annotations

import asyncio
import logging

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.handlers import register_handlers
from bot.handlers.menus import publish_menus
from bot.offline import OFFLINE_TOKEN
from bot.services import Services
from bot.settings import Settings

__all__ = ["build_application", "start_services", "stop_services"]

log = logging.getLogger(__name__)
_CONCURRENT_UPDATES = 16


async def start_services(app: Application) -> None:
    """``post_init``: open the store and indexes, register the command menu."""
    settings: Settings = app.bot_data["settings"]
    if "services" not in app.bot_data:
        app.bot_data["services"] = await asyncio.to_thread(Services.open, settings)
    services: Services = app.bot_data["services"]
    services.bot_username = app.bot.username
    await publish_menus(app.bot, services)


async def stop_services(app: Application) -> None:
    """``post_shutdown``: close the store and release the writer lock."""
    services: Services | None = app.bot_data.pop("services", None)
    if services is not None:
        services.close()


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    services: Services | None = None,
) -> Application:
    """The real bot: handlers, HTML and the configured time zone by default, rate limits.

    ``request`` replaces the network (the console and tests pass an offline one);
    ``services`` lets a caller hand over an already open store.
    """
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        tzinfo=settings.tzinfo,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    builder = (
        ApplicationBuilder()
        .token(settings.token or OFFLINE_TOKEN)
        .base_url(settings.telegram_base_url)
        .defaults(defaults)
        .rate_limiter(AIORateLimiter(max_retries=3))
        # A chat waiting out Telegram's 429 must not hold up every other chat.
        .concurrent_updates(_CONCURRENT_UPDATES)
        .post_init(start_services)
        .post_shutdown(stop_services)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    app = builder.build()
    app.bot_data["settings"] = settings
    if services is not None:
        app.bot_data["services"] = services
    register_handlers(app)
    return app
