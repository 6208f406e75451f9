import pytest

from engine.law import rulebook


@pytest.fixture(scope="session")
def book():
    return rulebook.default()
