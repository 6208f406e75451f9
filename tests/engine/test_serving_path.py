"""The serving path (POST /screen) skips the scalar cross-check and explains only the rules an answer
names; its answers must be exactly those of the checked path, which explains and compares every rule."""
from engine.generation import models as synth
from engine.law import rulebook
from engine.screening import screen as screening


def test_unchecked_answers_equal_checked_answers():
    book = rulebook.default()
    generated = synth.generate_applications(600, seed=23, book=book)
    outcomes = set()
    for app, day in generated:
        checked = screening.screen_application(app, day, book, check=True)
        served = screening.screen_application(app, day, book, check=False)
        assert served.model_dump() == checked.model_dump(), (app.household.household_id, day)
        outcomes.update((p.program, p.outcome) for p in checked.programs)
    # the sample reaches every kind of answer, so every branch of the lazy explanation is compared
    assert {o for _p, o in outcomes} == {"eligible", "not_eligible", "needs_review"}
