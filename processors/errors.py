"""The one exception processors raises: input that is not HTML at all."""


class ExtractError(Exception):
    """Input is not an HTML page (empty, binary, unreadable options); the message is one line."""
