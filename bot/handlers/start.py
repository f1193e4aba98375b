"""/start and /help: what the bot does and how to ask; unknown commands get pointed here."""

from __future__ import annotations

from markupsafe import Markup
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.links import parse_start_payload, resolve_link_token
from bot.domain.roles import is_admin
from bot.handlers.common import answer_for_unit, get_services, pick_data, reply
from bot.rendering import render
from bot.services import Services

__all__ = ["help_command", "start_command", "unknown_command"]


async def start_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greeting and the commands; a deep link (``/start xa_<id>``) answers what it links to."""
    services = get_services(context)
    payload = parse_start_payload(context.args[0]) if context.args else None
    if payload is not None:
        await _deep_link(update, services, *payload)
        return
    help_text = Markup(_help(update, services))
    await reply(update, render(services.templates, "start", help=help_text))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The commands, with examples; data editors also see theirs."""
    await reply(update, _help(update, get_services(context)))


def _help(update: Update, services: Services) -> str:
    user = update.effective_user
    admin = is_admin(services.store, services.settings, user.id if user else None)
    return render(services.templates, "help", admin=admin, bot_username=services.bot_username)


async def _deep_link(update: Update, services: Services, kind: str, token: str) -> None:
    unit = resolve_link_token(services.registry, token)
    if unit is None:
        await reply(update, render(services.templates, "stale_link"))
        return
    if kind == "xa":
        answer = answer_for_unit("huyen" if unit.level == "district" else "xa")
        assert answer is not None
        await reply(update, await answer(services, unit, None))
        return
    offer = render(services.templates, "subscribe_offer", unit=unit)
    data = pick_data("dangky", unit)
    button = InlineKeyboardButton("🔔 Đăng ký nhận bản tin", callback_data=data)
    await reply(update, offer, InlineKeyboardMarkup([[button]]))


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
