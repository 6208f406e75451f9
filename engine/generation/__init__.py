"""Seeded generators of households for tests, sample data and benchmarks (no number from the law).

Three shapes of the same households, one job each, sharing one province table (provinces) and the
law's definitions read from rules/:

- sample — realistic named households one by one as JSON (people, villages, CCCD numbers, old and
  new places) with a planted case at every threshold: data/sample/, `make run`, the sample tests;
- models — validated Household models at every threshold's edge (differential tests);
- tables — the canonical batch tables column-wise, millions of rows a second (bench, national runs);
- provinces — the 34 provinces with realism knobs, units resolved against the official 2025 list.
"""
