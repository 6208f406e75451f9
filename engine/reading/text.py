"""The readers' name for engine/text.py (text keys are shared with engine/places, which the readers use,
so they live outside this package to keep imports one-way)."""
from engine.text import clean_cell_text, key, nfc, strip_diacritics

__all__ = ["clean_cell_text", "key", "nfc", "strip_diacritics"]
