"""No message makes the bot crash or go silent, whatever an official types."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.auxil.harness import BotHarness, plain

COMMANDS = ["/xa", "/huyen", "/lichsu", "/nguon", "/chiso", "/help", "/start"]
COMMANDS += ["/dangky", "/huydangky", "/theodoi", "/bantin", "/guibantin"]
_NASTY = st.text(
    alphabet=st.sampled_from(list("aăâđeêoôơuưyAĐ <>&\"'/\\\n\t🙂\u0301\u0323\u200b\x00\x7f1,.%=")),
    max_size=120,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(command=st.sampled_from(COMMANDS), argument=_NASTY)
async def test_any_argument_gets_one_valid_reply(
    bot: BotHarness, command: str, argument: str
) -> None:
    """Every command with any text gets a Vietnamese reply Telegram accepts, not an apology."""
    replies = await bot.send(f"{command} {argument}")
    assert replies, f"silent on {command} {argument!r}"
    text = plain("\n".join(r.text for r in replies))
    assert "Xin lỗi, bot gặp lỗi" not in text
