"""Bản tin xã: a Telegram bot on the progress indicators of Vietnamese communes."""

from pathlib import Path

__all__ = ["PROJECT_ROOT"]

#: Repository root; data files and templates resolve from here, never from the cwd.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
