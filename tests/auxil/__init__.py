"""Test helpers: an offline bot harness and settings for a temporary data directory."""
