"""Any command with any text, any button data, from an editor or from anyone: the bot
always answers with valid Telegram HTML within the limits, never apologises for a crash,
and nothing anyone but an editor sends changes an editor's data.

The commands are read from the application itself, so a new command is fuzzed too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram.ext import CommandHandler

from bot.constants import ADMIN_COMMANDS, CALLBACK_PICK_UNIT
from bot.offline import SentCall
from tests.auxil.harness import BotHarness, make_settings, plain, running_bot

EDITOR = 42
ANYONE = 7
_APOLOGY = "Xin lỗi, bot gặp lỗi"
_CHARS = list("aăâđeêoôơuưyAĐ <>&\"'/\\\n\t🙂\u0301\u0323\u200b\x00\x7f1,.%=:|²①")
_TEXT = st.text(alphabet=st.sampled_from(_CHARS), max_size=120)
_WORDS = st.sampled_from(
    [
        "Mỹ Thạnh",
        "mythanh",
        "ntm=17/19",
        "ntm=20/19",
        "tatca",
        "thu2",
        "7h",
        "them",
        "xoa",
        "42",
        "huyen",
        "Giồng Trôm",
        "ngay=31/02/2020",
        'ghichu="x"',
        "dv=5",
        "-1",
        "9" * 40,
    ]
)
_ARGUMENT = st.lists(st.one_of(_WORDS, _TEXT), max_size=4).map(" ".join)


def commands_of(bot: BotHarness) -> list[str]:
    return sorted(
        {
            name
            for group in bot.app.handlers.values()
            for handler in group
            if isinstance(handler, CommandHandler)
            for name in handler.commands
        }
    )


def editors_data(bot: BotHarness) -> str:
    """Figures and editors as stored: what only an editor may change."""
    store = bot.app.bot_data["services"].store
    observations = sorted(repr(sorted(o.items())) for o in store.iter_observations())
    return repr((observations, store.all_docs("admins")))


def check_replies(replies: list[SentCall], what: str) -> None:
    for call in replies:
        assert len(plain(call.text)) <= 4096, what
    assert _APOLOGY not in plain("\n".join(r.text for r in replies)), what


@pytest.fixture
async def fuzz_bot(data_dir: Path) -> AsyncIterator[BotHarness]:
    async with running_bot(make_settings(data_dir, bot_admin_ids=frozenset({EDITOR}))) as bot:
        yield bot


_FUZZ = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_FUZZ
@given(data=st.data(), argument=_ARGUMENT, as_editor=st.booleans())
async def test_any_command_with_any_argument(
    fuzz_bot: BotHarness, data: st.DataObject, argument: str, as_editor: bool
) -> None:
    command = data.draw(st.sampled_from(commands_of(fuzz_bot)))
    before = editors_data(fuzz_bot)
    user = EDITOR if as_editor else ANYONE
    replies = await fuzz_bot.send(f"/{command} {argument}", user_id=user)
    what = f"/{command} {argument!r} as {user}"
    check_replies(replies, what)
    if command in {name for name, _ in ADMIN_COMMANDS} and not as_editor:
        assert editors_data(fuzz_bot) == before, what


_PREFIXES = [CALLBACK_PICK_UNIT + name + ":" for name in ("xa", "huyen", "capnhat", "dangky")]


@_FUZZ
@given(prefix=st.sampled_from(["", "u:", "x:", *_PREFIXES]), rest=_TEXT)
async def test_any_button_data_from_anyone_changes_nothing_of_the_editors(
    fuzz_bot: BotHarness, prefix: str, rest: str
) -> None:
    data = (prefix + rest).encode("utf-8")[:64].decode("utf-8", "ignore") or "u:"
    before = editors_data(fuzz_bot)
    fake = SentCall("sendMessage", {"chat_id": ANYONE, "text": "…", "reply_markup": None})
    fake.params["reply_markup"] = {"inline_keyboard": [[{"text": "nút", "callback_data": data}]]}
    replies = await fuzz_bot.press(fake, "nút", user_id=ANYONE)
    check_replies(replies, repr(data))
    assert editors_data(fuzz_bot) == before, repr(data)
