"""Reading the law: everything under rules/ loaded, checked and made ready for evaluation.

- yamlfile — YAML with line numbers, so a bad rule names its file and line;
- parameters — one YAML per legal parameter, values keyed by effective date, each with its source;
- conditions — the condition language (all / any over fact–operator–parameter leaves);
- rulebook — loads families, rules, facts and parameters at start-up, fails with file and reason;
- periods — maximal date ranges over which no rule or value changes (both engines compile per period);
- changes — what changed between two dates;
- coverage — an optional recorder of which rules and dated parameter values were read (the review book
  tells from it which scenario exercised which clause); facts, evaluation and decisions report to it.

Nothing here evaluates a household.
"""
