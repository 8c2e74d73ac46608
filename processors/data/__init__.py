"""Packaged vocabulary (TOML): heading aliases and boilerplate lists. Data only."""
