"""The batch targeting audit (issue 4): the annual review list and the VBSP loan book, checked.

Layers::

    engine.audit.audit_frames(households, members, decisions, loans, day=…)   # frames in memory
        = finish([audit_chunk(…)])                                              # one chunk
    engine.audit.driver.run_check(files, day, out_dir, loans_paths=…)          # files in, reports out
    dungdoituong check households.xlsx --loans loans.xlsx --date … --out …     # the CLI (cli/audit.py)

**Row-level checks** (``audit_chunk``) need a chunk of households together with all their members,
decisions and loans — e.g. one province, one Parquet partition, one Dask partition:
  * the review list at the review date through the vectorised engine (engine.evaluation.vectorised.classify_frames):
    inclusion / exclusion (D5, S9), borderline income, declared vs derived deprivations, unverified
    basis (D9), missing data (households.py);
  * every loan at its disbursement date (D7) through the program families of rules/
    (engine.evaluation.vectorised_programs.evaluate, without the general lending rules): status held, 36-month
    window, rural only, ceiling per household per program (per type of work for water and
    sanitation, D8); QĐ 22/2023's 5-year window; same purpose in two programs; borrower not a member;
    borrower under age; 30-day use check (loans.py);
  * the outreach list (eligible by recognised status, no loan), year-over-year transitions
    (yoy.py), and the what-if classification at another date.
**Cross-household signals** (``finish``) run in a second pass over small key tables each chunk returns
(cross.CrossKeys: hashed CCCD → household pairs, leader → loan counts, group → overdue sums): the same
CCCD in several households or under several names, one person or group leader linked to unusually many
loans (cross.py), and the overdue ratio by savings group, commune and entrusted organisation
against the U-tagged entrustment bands (portfolio.py). A streaming or Dask driver calls
``audit_chunk`` per partition and ``finish`` once on the collected chunk results.

Every flag (catalogue.py) has a code, a severity, a Vietnamese text with the values that triggered it,
and a citation: a rule or parameter of rules/ where it rests on law; "tín hiệu kỹ thuật, không phải quy
định pháp luật" for an engineering signal (its S<n> of our reference stays in catalogue.py); a reading
of the law (D5, D8, D9) in plain words, never its id; the U tag for the entrustment
controls. Engineering thresholds (the ±5% band, "many loans") are in settings.AuditSettings, not in
rules/. Personal data (names, CCCD) is used only to compare people: never logged, never written
except a CCCD masked to its last four digits.
"""
from .core import AuditResult, ChunkResult, audit_chunk, audit_frames, finish
from .settings import AuditSettings

__all__ = ["audit_frames", "audit_chunk", "finish", "AuditResult", "ChunkResult", "AuditSettings"]
