"""Scheduled work: the weekly digests."""
