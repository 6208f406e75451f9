"""Engines compared on the peer model (spec.py): the project's vectorised and durable-rules paths, a
hand-written numpy/pandas baseline, a row-wise DataFrame.apply baseline and an OpenFisca model."""
