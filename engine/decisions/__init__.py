"""Decisions and their wording.

- classification — one outcome from the poverty family's rule states, and its flags;
- programs — a lending program's resolution (base rules, exceptions, general rules) and its terms;
- decision — the decision a screening returns (outcome, reasons with citations, flags, trace);
- sentences — Vietnamese sentences for conditions and outcomes;
- flags — severity and Vietnamese wording of each flag code;
- fmt — Vietnamese number and date formatting;
- text — a decision as plain Vietnamese text (terminal, print).
"""
