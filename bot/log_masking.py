"""Keep the bot token out of every log line, PTB's and httpx's included.

PTB's ``InvalidToken`` message and httpx's request lines carry the token (it is part of
every Bot API URL). A filter on the root handlers masks it in the message, its arguments
and any traceback, whoever logged it.
"""

from __future__ import annotations

import logging

__all__ = ["TokenMaskingFilter", "install_token_mask", "mask_token"]

_MASK = "<TOKEN>"


def mask_token(text: str, token: str | None) -> str:
    """``text`` with the token, and its secret half alone, replaced by ``<TOKEN>``."""
    if not token:
        return text
    text = text.replace(token, _MASK)
    secret = token.partition(":")[2]
    if len(secret) >= 8:
        text = text.replace(secret, _MASK)
    return text


class TokenMaskingFilter(logging.Filter):
    """Rewrites each record so that no formatter can print the token."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_token(record.getMessage(), self._token)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_token(record.exc_text, self._token)
        if record.stack_info:
            record.stack_info = mask_token(record.stack_info, self._token)
        return True


def install_token_mask(token: str | None) -> None:
    """Mask ``token`` on every handler of the root logger (call after logging is set up)."""
    if not token:
        return
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, TokenMaskingFilter) for f in handler.filters):
            handler.addFilter(TokenMaskingFilter(token))
