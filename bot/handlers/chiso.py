"""/chiso: the indicator catalog, with the short aliases admins type."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import get_services, reply
from bot.rendering import render

__all__ = ["chiso_command"]


async def chiso_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List indicators by group and the 19 new-countryside criteria."""
    services = get_services(context)
    catalog = services.catalog
    await reply(
        update,
        render(services.templates, "chiso", groups=catalog.groups(), criteria=catalog.criteria),
    )
