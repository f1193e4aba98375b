"""Reading figures out of Vietnamese news articles about communes and districts.

``extract_text`` is used to seed the store from ``seeds/`` and when an admin pastes an
article into the chat; it never raises on odd text, it reports problems instead.
"""

from bot.extraction.extractor import extract_file, extract_text
from bot.extraction.models import ExtractedArticle, ExtractedFigure, UnitRef

__all__ = ["ExtractedArticle", "ExtractedFigure", "UnitRef", "extract_file", "extract_text"]
