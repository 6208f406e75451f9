import pytest

from engine import rulebook


@pytest.fixture(scope="session")
def book():
    return rulebook.default()
