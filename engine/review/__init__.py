"""The policy review book (issue 7): the law, the rules and the Vietnamese scenarios side by side.

* :mod:`.catalogue` — every scenario of features/*.feature, with a stable id and its text;
* :mod:`.results` — the results of the latest pytest-bdd run (written by :mod:`.pytest_recorder`);
* :mod:`.model` — chapters, rules, parameters and what each scenario exercised (coverage);
* :mod:`.html` — the offline HTML book; :mod:`.check` — its self-check;
* :mod:`.sheet` — the reviewer's spreadsheet and reading it back;
* :mod:`.law_index` — docs/law-index.md, from a clause of law to its rule, parameters, scenarios, tests.

Conditions are worded by :mod:`engine.decisions.rule_wording`, the same module as the rules page.

Nothing here imports api/ or cli/.
"""
