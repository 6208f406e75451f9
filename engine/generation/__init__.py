"""Seeded generators of households for tests, sample data and benchmarks (no number from the law).

- models — validated Household models one by one, at every threshold's edge (differential tests);
- tables — the canonical batch tables column-wise, millions of rows a second (bench, national runs).
"""
