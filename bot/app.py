"""Builds the python-telegram-bot ``Application`` from settings: the one factory."""

from __future__ import annotations

import asyncio
import logging
from typing import Literal

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, BaseRateLimiter, Defaults
from telegram.request import BaseRequest

from bot.delivery import Deliverer, FloodLimiter
from bot.handlers import register_handlers
from bot.handlers.menus import publish_menus
from bot.jobs.digests import chat_followers, schedule_all, stop_catch_up
from bot.offline import OFFLINE_TOKEN
from bot.services import Services
from bot.settings import Settings
from bot.warmup import ready_for_traffic

__all__ = ["RateLimiterChoice", "build_application", "start_services", "stop_services"]

log = logging.getLogger(__name__)
_CONCURRENT_UPDATES = 16
_WARM = "warm_before_first_update"
#: ``"telegram"``: pace every message under Telegram's limits; ``None``: no limiter at all
#: (offline, where there is no Telegram to flood); or a limiter of the caller's.
RateLimiterChoice = BaseRateLimiter | Literal["telegram"] | None


async def start_services(app: Application) -> None:
    """``post_init``: open the store and indexes, start the deliverer, register the menu."""
    settings: Settings = app.bot_data["settings"]
    if "services" not in app.bot_data:
        app.bot_data["services"] = await asyncio.to_thread(Services.open, settings)
    services: Services = app.bot_data["services"]
    services.bot_username = app.bot.username
    deliverer: Deliverer | None = app.bot_data.get("deliverer")
    if deliverer is None:
        on_chat_gone, on_chat_migrated = chat_followers(app, services)
        deliverer = app.bot_data["deliverer"] = Deliverer(
            services.store, on_chat_gone=on_chat_gone, on_chat_migrated=on_chat_migrated
        )
    deliverer.start(app.bot)
    await schedule_all(app)
    await publish_menus(app.bot, services)
    if app.bot_data.get(_WARM):
        await asyncio.to_thread(ready_for_traffic, services)


async def stop_delivery(app: Application) -> None:
    """``post_stop``: finish the sends in flight while the bot can still talk to Telegram."""
    deliverer: Deliverer | None = app.bot_data.pop("deliverer", None)
    if deliverer is not None:
        await deliverer.stop()


async def stop_services(app: Application) -> None:
    """``post_shutdown``: stop the deliverer, close the store and release the writer lock."""
    await stop_catch_up(app)
    await stop_delivery(app)
    services: Services | None = app.bot_data.pop("services", None)
    if services is not None:
        services.close()


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    services: Services | None = None,
    rate_limiter: RateLimiterChoice = "telegram",
    warm: bool = False,
) -> Application:
    """The real bot: handlers, HTML and the configured time zone by default, rate limits.

    ``request`` replaces the network (the console and tests pass an offline one);
    ``services`` lets a caller hand over an already open store; ``rate_limiter=None``
    sends without pacing (offline: no Telegram to flood, and no waiting for it);
    ``warm`` readies a long-running bot before its first update (:mod:`bot.warmup`).
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
        # A chat waiting out Telegram's 429 must not hold up every other chat.
        .concurrent_updates(_CONCURRENT_UPDATES)
        .post_init(start_services)
        .post_stop(stop_delivery)
        .post_shutdown(stop_services)
    )
    if rate_limiter == "telegram":
        builder = builder.rate_limiter(FloodLimiter())
    elif rate_limiter is not None:
        builder = builder.rate_limiter(rate_limiter)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data[_WARM] = warm
    if services is not None:
        app.bot_data["services"] = services
    register_handlers(app)
    return app
