"""Configuration from the environment (and an optional ``.env``), typed and validated once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot import PROJECT_ROOT

__all__ = ["TELEGRAM_DEFAULT_BASE_URL", "Settings"]

TELEGRAM_DEFAULT_BASE_URL = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    """Everything the bot reads from its environment; names are part of the interface."""

    model_config = SettingsConfigDict(
        env_file=PROJECT_ROOT / ".env", env_file_encoding="utf-8", extra="ignore"
    )

    telegram_bot_token: SecretStr | None = Field(default=None)
    telegram_base_url: str = Field(default=TELEGRAM_DEFAULT_BASE_URL)
    bot_data_dir: Path = Field(default=PROJECT_ROOT / "data")
    bot_admin_ids: Annotated[frozenset[int], NoDecode] = Field(default=frozenset())
    bot_timezone: str = Field(default="Asia/Ho_Chi_Minh")

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_base_url", mode="before")
    @classmethod
    def _blank_url_is_default(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return TELEGRAM_DEFAULT_BASE_URL
        return value

    @field_validator("bot_admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            return frozenset(int(p) for p in parts if p)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("bot_data_dir", mode="after")
    @classmethod
    def _absolute_data_dir(cls, value: Path) -> Path:
        return value if value.is_absolute() else (Path.cwd() / value).resolve()

    @field_validator("bot_timezone", mode="after")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}, e.g. Asia/Ho_Chi_Minh") from exc
        return value

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.bot_timezone)

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None
