"""What every command handler needs: services, arguments, replies, and picking a unit."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.constants import CALLBACK_PICK_UNIT
from bot.domain.matching import UnitMatch
from bot.domain.models import Unit, UnitLevel
from bot.domain.roles import is_admin
from bot.rendering import render, split_message
from bot.services import Services
from bot.text import clean_input

__all__ = [
    "UnitAction",
    "UnitAnswer",
    "action_for_unit",
    "answer_for_unit",
    "command_text",
    "find_unit_or_ask",
    "follow_up_for_unit",
    "get_services",
    "pick_data",
    "register_unit_action",
    "register_unit_answer",
    "reply",
    "require_admin",
    "resolve_token",
    "unit_action_command",
    "unit_buttons",
    "unit_command",
]

_MAX_BUTTONS = 8
#: Where to send someone who asked /xa for a district, or /huyen for a commune.
_OTHER_LEVEL_COMMANDS: dict[str, str] = {"commune": "xa", "district": "huyen"}
_CALLBACK_LIMIT = 64

#: Renders a reply for one unit: (services, unit, extra) → HTML text.
UnitAnswer = Callable[[Services, Unit, str | None], Awaitable[str]]
_UNIT_ANSWERS: dict[str, UnitAnswer] = {}
#: Acts for one unit and does its own replies: (update, context, unit, extra).
UnitAction = Callable[[Update, ContextTypes.DEFAULT_TYPE, Unit, str | None], Awaitable[None]]
_UNIT_ACTIONS: dict[str, UnitAction] = {}
#: Sent after a command's answer, when there is more than text to send (a chart).
_UNIT_FOLLOW_UPS: dict[str, UnitAction] = {}
_REFUSAL = (
    "Lệnh này dành cho cán bộ cập nhật số liệu (quản trị viên). "
    "Nếu bạn cần quyền này, hãy nhờ quản trị viên thêm bạn bằng /quantri."
)


def get_services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


async def require_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True for a data editor; anyone else gets a polite refusal and ``False``.

    Works for button presses too (answer the callback query first, as every button
    handler does): a forged or borrowed button changes nothing and says why.
    """
    services = get_services(context)
    user = update.effective_user
    if is_admin(services.store, services.settings, user.id if user else None):
        return True
    await reply(update, _REFUSAL)
    return False


def command_text(context: ContextTypes.DEFAULT_TYPE, max_length: int = 200) -> str:
    """The command's arguments as one clean string (NFC, no control characters)."""
    return clean_input(" ".join(context.args or []), max_length=max_length)


async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Send ``text`` as one or more messages within Telegram's limit; buttons go on the last."""
    message, chat = update.effective_message, update.effective_chat
    chunks = split_message(text)
    for index, chunk in enumerate(chunks):
        buttons = markup if index == len(chunks) - 1 else None
        if isinstance(message, Message):
            await message.reply_text(chunk, reply_markup=buttons)
        elif chat is not None:
            # A button under a message too old to reach (Telegram's InaccessibleMessage).
            await chat.send_message(chunk, reply_markup=buttons)


async def edit_or_reply(message: Message | None, update: Update, text: str) -> None:
    """Answer a button in place when the reply fits one message, else reply anew."""
    chunks = split_message(text)
    if isinstance(message, Message) and len(chunks) == 1:
        try:
            await message.edit_text(chunks[0])
            return
        except BadRequest as exc:
            # A second press on the same button changes nothing: Telegram says so.
            if "not modified" in str(exc).lower():
                return
    await reply(update, text)


#: Splits a command's text into the unit's name and an extra argument (an indicator …).
ArgumentSplitter = Callable[[Services, str], tuple[str, str | None]]


def unit_command(
    command: str,
    levels: tuple[UnitLevel, ...],
    answer: UnitAnswer,
    split: ArgumentSplitter | None = None,
    follow_up: UnitAction | None = None,
) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
    """The handler of a command about one unit: usage, lookup, buttons, then ``answer``.

    When a name is shared and only one unit has figures, that one is answered at once and
    the others are offered as buttons under the reply.
    """
    register_unit_answer(command, answer)
    if follow_up is not None:
        _UNIT_FOLLOW_UPS[command] = follow_up

    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        services = get_services(context)
        found = await _lookup(update, context, command, levels, split)
        if found is None:
            return
        match, extra = found
        assert match.preferred is not None
        text = await answer(services, match.preferred, extra)
        markup = None
        if match.others:
            markup = unit_buttons(command, match.others, extra)
            text += "\n\n" + render(
                services.templates,
                "same_name_hint",
                unit=match.preferred,
                others=len(match.others),
                shown=len(markup.inline_keyboard),
            )
        await reply(update, text, markup)
        if follow_up is not None:
            await follow_up(update, context, match.preferred, extra)

    return handle


async def _lookup(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    command: str,
    levels: tuple[UnitLevel, ...],
    split: ArgumentSplitter | None,
) -> tuple[UnitMatch, str | None] | None:
    """The unit the command's text names and the extra argument; else a reply and ``None``."""
    services = get_services(context)
    query = command_text(context)
    if not query:
        await reply(update, render(services.templates, "usage", command=command))
        return None
    name, extra = split(services, query) if split else (query, None)
    match = await find_unit_or_ask(update, context, command, name, levels, extra)
    if match is None or match.preferred is None:
        return None
    return match, extra


def unit_action_command(
    command: str,
    levels: tuple[UnitLevel, ...],
    action: UnitAction,
    split: ArgumentSplitter | None = None,
) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
    """The handler of a command that acts on one unit (subscribe, update …).

    Like :func:`unit_command`, but ``action`` does its own replies, and a shared name
    always asks which unit: acting on a guess is worse than asking. The buttons call the
    same ``action`` for the unit pressed.
    """
    register_unit_action(command, action)

    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        found = await _lookup(update, context, command, levels, split)
        if found is None:
            return
        match, extra = found
        if match.others:
            units = [match.preferred, *match.others][:_MAX_BUTTONS]
            text = render(
                get_services(context).templates,
                "unit_choice",
                query=match.query,
                count=1 + len(match.others),
                shown=len(units),
                command=command,
            )
            await reply(update, text, unit_buttons(command, units, extra))
            return
        assert match.preferred is not None
        await action(update, context, match.preferred, extra)

    return handle


def register_unit_action(command: str, action: UnitAction) -> None:
    """Let the unit-picking buttons of ``command`` run ``action`` once a unit is chosen."""
    _UNIT_ACTIONS[command] = action


def action_for_unit(command: str) -> UnitAction | None:
    return _UNIT_ACTIONS.get(command)


def follow_up_for_unit(command: str) -> UnitAction | None:
    return _UNIT_FOLLOW_UPS.get(command)


def register_unit_answer(command: str, answer: UnitAnswer) -> None:
    """Let the unit-picking buttons of ``command`` call ``answer`` once a unit is chosen."""
    _UNIT_ANSWERS[command] = answer


def answer_for_unit(command: str) -> UnitAnswer | None:
    return _UNIT_ANSWERS.get(command)


def _token(unit_id: str) -> str:
    return unit_id if len(unit_id) <= 40 else "#" + hashlib.sha1(unit_id.encode()).hexdigest()[:16]


def resolve_token(services: Services, token: str) -> Unit | None:
    """Unit id from a button's token (long ids travel as a short hash)."""
    if not token.startswith("#"):
        return services.registry.get(token)
    # Gazetteer ids are short; only ids made from an article's names can need a hash.
    return next((u for u in services.registry.article_units() if _token(u.id) == token), None)


def pick_data(command: str, unit: Unit, extra: str | None = None) -> str:
    """Callback data for a unit button, within Telegram's 64 bytes."""
    data = f"{CALLBACK_PICK_UNIT}{command}:{_token(unit.id)}"
    if extra and len(f"{data}|{extra}".encode()) <= _CALLBACK_LIMIT:
        data = f"{data}|{extra}"
    return data


def unit_buttons(command: str, units: list[Unit], extra: str | None = None) -> InlineKeyboardMarkup:
    """One button per unit (at most eight), labelled with district and province."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(unit_label(u), callback_data=pick_data(command, u, extra))]
            for u in units[:_MAX_BUTTONS]
        ]
    )


def unit_label(unit: Unit) -> str:
    place = ", ".join(p for p in (unit.district, unit.province) if p)
    era = " (trước 2025)" if unit.era == "legacy" and unit.level == "commune" else ""
    label = f"{unit.type} {unit.name}" + (f" – {place}" if place else "") + era
    return label[:60]


async def find_unit_or_ask(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    command: str,
    query: str,
    levels: tuple[UnitLevel, ...] = ("commune",),
    extra: str | None = None,
) -> UnitMatch | None:
    """The match whose ``preferred`` unit ``query`` names; else a reply and ``None``.

    No unit: suggestions, or a pointer to the other command when the name is a district
    (for /xa) or a commune (for /huyen). Several units: buttons to choose.
    """
    services = get_services(context)
    match = services.finder.find(query, levels)
    if match.preferred is not None:
        return match
    env = services.templates
    if match.units:
        units = match.units[:_MAX_BUTTONS]
        text = render(
            env,
            "unit_choice",
            query=match.query,
            count=len(match.units),
            shown=len(units),
            command=command,
        )
        await reply(update, text, unit_buttons(command, units, extra))
        return None
    elsewhere = tuple(lvl for lvl in _OTHER_LEVEL_COMMANDS if lvl not in levels)
    other = services.finder.find(query, elsewhere, suggest=False).units[:1] if elsewhere else []
    text = render(
        env,
        "unit_not_found",
        query=match.query,
        suggestions=match.suggestions,
        command=command,
        levels=levels,
        other=other[0] if other else None,
        other_command=_OTHER_LEVEL_COMMANDS[other[0].level] if other else None,
    )
    await reply(update, text)
    return None
