"""Vietnamese labels of the household form's choices, read from rules/ through the readers' vocabularies
(engine/reading/vocab.py), so the form, the file readers, their templates and the reports say the same words."""
from __future__ import annotations

from engine.reading import vocab

# form name → vocabulary: attributes AREA, RELATION, … are the {code: label} tables the templates use
_FORM_VOCAB = {"AREA": "area", "RELATION": "relation", "EDUCATION": "education_level", "SCHOOL": "school_attendance",
               "EMPLOYMENT": "employment", "NUTRITION": "nutrition", "DURABILITY": "durability",
               "WATER": "water_source", "LATRINE": "latrine", "ASSETS": "information_asset", "STATUS": "status"}

# Presentation only (no law): the answer of a yes/no/unknown field and the CSS class of each outcome.
TRISTATE = {"": "Chưa rõ", "true": "Có", "false": "Không"}
PROGRAM_OUTCOME_CLASS = {"eligible": "ok", "not_eligible": "no", "needs_review": "review"}
CLASS_OUTCOME_CLASS = {"poor": "poor", "near_poor": "near", "average": "avg", "none": "none", "needs_review": "review"}
CONFIDENCE = {"C2": "Đã đối chiếu hai nguồn (C2)", "C1": "Một nguồn (C1)", "U": "Căn cứ chưa xác minh (U)"}


def __getattr__(name: str) -> dict[str, str]:
    """AREA, WATER, …: read when first used (module-level __getattr__, PEP 562), not at import."""
    if name in _FORM_VOCAB:
        return vocab.labels(_FORM_VOCAB[name])
    raise AttributeError(name)
