"""Domain code: units, indicators, figures and summaries. Never imports telegram or tinydb."""
