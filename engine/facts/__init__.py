"""Facts: from raw input to the values the rules read.

- model — the pydantic input model (Household, Member, Application); a field left out is unknown;
- validation — raw input to a validated model, Vietnamese messages naming each bad field;
- columns — the canonical tables of batch input (households, members, decisions, loans);
- tables — Household models to and from those tables;
- household — derived facts of one household at a date (indicators, income per person, status);
- household_columns — the same facts for many households at once, column-wise (its twin);
- application — facts of one loan application, per program (household facts plus the request).

The one-row and column-wise forms are proven equal by tests/test_differential*.py.
"""
