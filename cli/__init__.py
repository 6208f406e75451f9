"""Command-line shell over engine/ (``dungdoituong``)."""
