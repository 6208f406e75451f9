"""Screening one household (and its loan requests) at a reference date: the engine's entry point.

- screen — ``screen(household, day)`` and ``screen_application(application, day)``.
"""
