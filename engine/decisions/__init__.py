"""Decisions and their wording.

- classification — one outcome from the poverty family's rule states, and its flags;
- programs — a lending program's resolution (base rules, exceptions, general rules) and its terms;
- decision — the decision a screening returns (outcome, reasons with citations, flags, trace);
- sentences — Vietnamese sentences for a condition's result ("why" and "why not") and outcomes;
- rule_wording — a rule's condition and a program's terms as written (rules page, API, review book);
- flags — severity and Vietnamese wording of each flag code;
- fmt — Vietnamese number and date formatting;
- text — a decision as plain Vietnamese text (terminal, print).
"""
