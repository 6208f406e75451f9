"""The durable-rules engine behind the engine's own interface: Kleene logic and known pitfalls."""
import concurrent.futures
import datetime as dt

import pytest

from engine.facts import household as derive
from engine.law import periods, rulebook
from engine.screening import screen as screening
from engine.generation import models as synth
from engine.evaluation.durable_rules import FALSE, TRUE, InteractiveEngine, compile_not_false, compile_true
from engine.law.conditions import All, Any, Leaf

FAMILY = "poverty_classification"


@pytest.fixture(scope="module")
def book():
    return rulebook.default()


@pytest.fixture(scope="module")
def period_2025(book):
    return periods.period_for(book, dt.date(2025, 6, 1))


@pytest.fixture(scope="module")
def period_2027(book):
    return periods.period_for(book, dt.date(2027, 6, 1))


def values(**kw):
    base = {"area": "rural", "income_pc_month": 1_000_000, "deprivation_count": 0, "member_count": 3,
            "recognised_status": "none"}
    base.update(kw)
    return base


def test_states_follow_thresholds_from_rules(book, period_2025):
    eng = InteractiveEngine(book.facts)
    line = period_2025.params["poverty.income_line.rural"].value
    thr = period_2025.params["poverty.deprivation_threshold"].value
    s = eng.states(values(income_pc_month=line, deprivation_count=thr), period_2025, FAMILY)
    assert s["poverty.nd07.poor"] is True and s["poverty.nd07.near_poor"] is False
    s = eng.states(values(income_pc_month=line + 1, deprivation_count=thr), period_2025, FAMILY)
    assert s["poverty.nd07.poor"] is False and s["poverty.nd07.average"] is True


def test_missing_fact_is_unknown_not_false(book, period_2025):
    """durable-rules silently matches nothing on a missing field; the compiler makes it 'unknown'."""
    eng = InteractiveEngine(book.facts)
    s = eng.states(values(deprivation_count=None), period_2025, FAMILY)
    assert s["poverty.nd07.poor"] is None and s["poverty.nd07.near_poor"] is None
    assert s["poverty.nd07.average"] is False  # income is below the line: certainly not average


def test_unknown_legal_value_is_unknown(book, period_2027):
    eng = InteractiveEngine(book.facts)
    top_line = period_2027.params["poverty.income_line.urban"].value
    s = eng.states(values(area="urban", income_pc_month=top_line + 1), period_2027, FAMILY)
    assert s["poverty.nd351.average"] is None and s["poverty.nd351.none"] is None
    assert s["poverty.nd351.poor"] is False


def test_record_matching_no_rule_does_not_raise(book, period_2025):
    """A record no rule matches would raise MessageNotHandledException: the catch-all rule prevents it."""
    eng = InteractiveEngine(book.facts)
    s = eng.states({k: None for k in book.facts}, period_2025, FAMILY)
    assert set(s.values()) <= {None, False}


def test_same_record_twice_is_accepted(book, period_2025):
    """Identical facts are rejected by durable-rules unless retracted: the engine retracts each one."""
    eng = InteractiveEngine(book.facts)
    v = values()
    assert eng.states(v, period_2025, FAMILY) == eng.states(v, period_2025, FAMILY)


def test_many_records_one_session(book, period_2025):
    """Far beyond the 1,024 live-session limit: one fixed session id with retract after each record."""
    eng = InteractiveEngine(book.facts)
    line = period_2025.params["poverty.income_line.rural"].value
    for i in range(3000):
        inc = line - 1500 + i
        s = eng.states(values(income_pc_month=inc, deprivation_count=i % 5), period_2025, FAMILY)
        assert s["poverty.nd07.poor"] is (inc <= line and i % 5 >= 3)


def test_two_engines_can_coexist(book, period_2025):
    """Registering a ruleset twice fails in durable-rules; each engine registers once, lazily."""
    a, b = InteractiveEngine(book.facts), InteractiveEngine(book.facts)
    assert a.states(values(), period_2025, FAMILY) == b.states(values(), period_2025, FAMILY)


def test_threads_get_isolated_correct_answers(book):
    """The host is not thread-safe; the lock serialises assert…retract. Each answer must be its own."""
    generated = synth.generate(400, seed=99, book=book)
    expected = [screening.screen(h, d, book).classification.outcome for h, d in generated]

    def run(i):
        h, d = generated[i]
        return screening.screen(h, d, book).classification.outcome

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(run, range(len(generated)) ) )
    assert got == expected


def test_compiler_constants_simplify(book, period_2027):
    leaf = Leaf("income_pc_month", "lte", param="poverty.average_income_top.{area}")
    # every branch unknown: never certainly true, always possibly true
    assert compile_true(leaf, period_2027, book.facts) is FALSE
    nf = compile_not_false(leaf, period_2027, book.facts)
    assert nf is not FALSE and nf is not TRUE
    assert compile_true(All((leaf,)), period_2027, book.facts) is FALSE
    assert compile_true(Any((leaf,)), period_2027, book.facts) is FALSE


def test_action_exception_surfaces(book, period_2025):
    """An exception inside a durable-rules action lands in the returned state instead of being
    raised; the engine turns it into an error rather than a silently wrong answer."""
    from engine.errors import EngineConsistencyError

    class Boom(list):
        def append(self, item):
            raise RuntimeError("boom")

    eng = InteractiveEngine(book.facts)
    eng._fired = Boom()  # actions are bound at registration, so this engine's actions raise
    with pytest.raises(EngineConsistencyError) as exc:
        eng.states(values(income_pc_month=12345), period_2025, FAMILY)
    assert "hành động" in exc.value.message


def test_coverage_recorder_sees_rules_and_dated_values(book):
    from engine.law import coverage
    from engine.facts import validation

    h = validation.parse_household({"household_id": "C", "members": [{"birth_date": "1980-01-01", "relation": "head"}],
                                    "residence": {"province_code": "1", "commune_code": "2", "area": "urban"},
                                    "income_pc_month": 1_000_000})
    with coverage.recording() as rec:
        screening.screen(h, "2025-06-01", book)
    assert "poverty.nd07.poor" in rec.rules
    assert ("poverty.income_line.urban", "2022-01-01") in rec.values
    screening.screen(h, "2027-06-01", book)  # outside the block: not recorded
    assert not any(r.startswith("poverty.nd351") for r in rec.rules)


@pytest.mark.parametrize("tiny", [5e-07, 1e-05, 2e-05, 1e20, float("nan")])
def test_floats_durable_rules_cannot_parse_are_encoded_safely(book, period_2025, tiny):
    """durable-rules fails with error 204 on JSON numbers like 5e-07 or 1e+20; the encoder avoids them."""
    eng = InteractiveEngine(book.facts)
    s = eng.states(values(income_pc_month=tiny), period_2025, FAMILY)
    if tiny != tiny:  # NaN is unknown
        assert s["poverty.nd07.near_poor"] is None  # income unknown, count known
    elif tiny < 1:
        assert s["poverty.nd07.average"] is False and s["poverty.nd07.none"] is False
    else:
        assert s["poverty.nd07.none"] is True
