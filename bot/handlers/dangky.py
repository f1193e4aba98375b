"""/dangky <xã> [thứ] [giờ]: this chat gets that unit's digest every week.

A district is subscribed as a district (``/dangky huyện Giồng Trôm``): its digest covers
the district and its communes. In a group only its administrators may subscribe it.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.models import Unit, UnitLevel
from bot.domain.subscriptions import next_send_time, subscribe
from bot.domain.weekly import ScheduleError, WeeklyTime, split_weekly_time
from bot.handlers.chat_rights import may_manage_subscriptions
from bot.handlers.common import command_text, get_services, reply, unit_action_command
from bot.jobs.digests import schedule_subscription
from bot.rendering import render
from bot.services import Services
from bot.text import fold_words

__all__ = ["COMMAND", "dangky_command", "levels_for", "subscribe_action"]

COMMAND = "dangky"
_ANY_LEVEL: tuple[UnitLevel, ...] = ("commune", "district")
#: First words (folded) that say the name is a district's.
_DISTRICT_PREFIXES = ("huyen ", "quan ", "thi xa ", "thanh pho ", "tp ", "tx ")


def levels_for(name: str) -> tuple[UnitLevel, ...]:
    """A district when the name says so (``huyện …``); else a commune or a district."""
    folded = fold_words(name) + " "
    if folded.startswith(_DISTRICT_PREFIXES) and len(folded.split()) > 1:
        return ("district",)
    return _ANY_LEVEL


def _split(services: Services, query: str) -> tuple[str, str | None]:
    """Name and weekly time (encoded for a button) from the command's text."""
    levels = levels_for(query)

    def is_name(text: str) -> bool:
        return bool(services.finder.find(text, levels, suggest=False).units)

    name, weekly = split_weekly_time(query, is_name)
    return name, weekly.encode()


async def subscribe_action(
    update: Update, context: ContextTypes.DEFAULT_TYPE, unit: Unit, extra: str | None
) -> None:
    """Subscribe this chat to ``unit`` (typed or chosen by button) and schedule it now."""
    if not await may_manage_subscriptions(update, context):
        return
    services = get_services(context)
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None
    weekly = WeeklyTime.decode(extra)
    subscription, result = await asyncio.to_thread(
        subscribe,
        services.store,
        chat.id,
        unit.id,
        weekly,
        chat_type=chat.type,
        created_by=user.id if user else 0,
        now=services.now(),
    )
    schedule_subscription(context.application, subscription)
    text = render(
        services.templates,
        COMMAND,
        unit=unit,
        weekly=weekly,
        result=result,
        next_at=next_send_time(subscription, services.now(), services.settings.tzinfo),
        group=chat.type != "private",
    )
    await reply(update, text)


_for_levels = {
    levels: unit_action_command(COMMAND, levels, subscribe_action, split=_split)
    for levels in (_ANY_LEVEL, ("district",))
}


async def dangky_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Check the day and time and the caller's rights first, then find the unit."""
    services = get_services(context)
    text = command_text(context)
    if not text:
        await reply(update, render(services.templates, "usage", command=COMMAND))
        return
    try:
        split_weekly_time(text)
    except ScheduleError as exc:
        await reply(update, render(services.templates, "weekly_error", error=exc, command=COMMAND))
        return
    if not await may_manage_subscriptions(update, context):
        return
    await _for_levels[levels_for(text)](update, context)
