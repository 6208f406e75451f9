"""Screening one household at a reference date: the engine's public entry point."""
from __future__ import annotations

import functools

from engine.decisions import classification as classify, programs
from engine.decisions.household_decision import household_decision
from engine.decisions.program_decision import program_decision
from engine.facts import household as derive, application as derive_application, validation
from engine.evaluation import explainer as evaluate
from engine.law import periods, rulebook
from engine.decisions.decision import Decision
from engine.evaluation.durable_rules import InteractiveEngine
from engine.facts.model import Application, Household, Program


@functools.lru_cache(maxsize=1)
def _engine() -> InteractiveEngine:
    return InteractiveEngine(rulebook.default().facts)


def _engine_for(book):
    return _engine() if book is rulebook.default() else _engine_cache(book)


@functools.lru_cache(maxsize=4)
def _engine_cache(book) -> InteractiveEngine:
    return InteractiveEngine(book.facts)


def evaluate_family(book, values: dict, period, family: str, check: bool = True):
    """Rule states from durable-rules, plus the explainer's results; they must agree."""
    states = _engine_for(book).states(values, period, family)
    return states, evaluate.family_results(values, period, family, states, check)


def _classify(household: Household, day, book, check: bool):
    day = validation.check_reference_date(day, book.coverage)
    validation.check_against_date(household, day)
    period = periods.period_for(book, day)
    facts = derive.derive(household, day, book)
    states, results = evaluate_family(book, facts.values, period, classify.FAMILY, check)
    decision = household_decision(book, household.household_id, day, period, facts, results, states, "durable_rules")
    return decision, facts, period, day


def screen(household: Household, day, book: rulebook.Rulebook | None = None, check: bool = True) -> Decision:
    """Classify ``household`` at ``day`` through durable-rules, explained in Vietnamese.

    ``check`` re-evaluates every rule with the scalar explainer and raises
    EngineConsistencyError if the two disagree (they never should).
    """
    return _classify(household, day, book or rulebook.default(), check)[0]


def screen_application(app: Application, day, book: rulebook.Rulebook | None = None, check: bool = True) -> Decision:
    """Classification plus every requested lending program's answer at ``day``."""
    book = book or rulebook.default()
    decision, facts, period, day = _classify(app.household, day, book, check)
    shared = derive_application.application_facts(app, day, facts.values, facts.status_date,
                                                  decision.classification.outcome, book)
    wanted = set(app.programs) if app.programs else None
    order = {p.value: i for i, p in enumerate(Program)}
    families = sorted((f for f in book.families.values() if f.resolution == "eligibility"),
                      key=lambda f: (order.get(f.program, len(order)), f.name))
    values = {fam.name: derive_application.program_facts(shared, app, fam.program, book) for fam in families}
    # One assert for the general lending rules and every program (all of them, whatever was asked,
    # so the set of rulesets stays one per period).
    states = _engine_for(book).states_of(period, shared, [(programs.LENDING_FAMILY, shared)]
                                         + [(fam.name, values[fam.name]) for fam in families],
                                         own=derive_application.PROGRAM_FACTS)
    lending_states = states[programs.LENDING_FAMILY]
    lending_results = evaluate.family_results(shared, period, programs.LENDING_FAMILY, lending_states, check)
    out = []
    for fam in families:
        if wanted is not None and fam.program not in wanted:
            continue
        # Without the check only the rules the answer names are explained (program_decision)
        results = evaluate.family_results(values[fam.name], period, fam.name, states[fam.name]) if check else None
        out.append(program_decision(book, fam, period, values[fam.name], states[fam.name], results,
                                    lending_states, lending_results, day))
    decision.programs = out
    return decision
