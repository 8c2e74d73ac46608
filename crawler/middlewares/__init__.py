"""Downloader middlewares: stricter offsite rules and retries that wait as the site asks."""
