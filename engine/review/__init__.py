"""The policy review book (issue 7): the law, the rules and the Vietnamese scenarios side by side.

* :mod:`.catalogue` — every scenario of features/*.feature, with a stable id and its text;
* :mod:`.results` — the results of the latest pytest-bdd run (written by :mod:`.pytest_recorder`);
* :mod:`.wording` — a rule's condition and a program's terms in plain Vietnamese, from the rule;
* :mod:`.model` — chapters, rules, parameters and what each scenario exercised (coverage);
* :mod:`.html` — the offline HTML book; :mod:`.check` — its self-check;
* :mod:`.sheet` — the reviewer's spreadsheet and reading it back.

Nothing here imports api/ or cli/.
"""
