"""/start and /help: what the bot does and how to ask; unknown commands get pointed here."""

from __future__ import annotations

from markupsafe import Markup
from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import get_services, reply
from bot.rendering import render

__all__ = ["help_command", "start_command", "unknown_command"]


async def start_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greeting and the commands."""
    services = get_services(context)
    help_text = Markup(render(services.templates, "help"))
    await reply(update, render(services.templates, "start", help=help_text))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The commands, with examples."""
    await reply(update, render(get_services(context).templates, "help"))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command we don't have: say so, in a private chat or when addressed to us by name.

    In a group, a bare ``/lenh`` may be meant for another bot: stay quiet then.
    """
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0][1:]
    name, _, target = command.partition("@")
    addressed = bool(target) and target.lower() == (context.bot.username or "").lower()
    if not addressed and (target or message.chat.type != "private"):
        return
    await reply(
        update, render(get_services(context).templates, "unknown_command", command=name[:40])
    )
