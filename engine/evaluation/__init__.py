"""Evaluation: the rules of a period applied to facts, three-valued (true, false, unknown).

- durable_rules — one household through durable-rules (its pitfalls and our answers in the docstring);
- explainer — the scalar evaluator that keeps each value seen and threshold ("why / why not");
- vectorised — the poverty classification for many households, column-wise;
- vectorised_programs — the lending programs for many (record, program) rows, column-wise;
"""
