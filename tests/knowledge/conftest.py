import pytest


@pytest.fixture(autouse=True)
def fresh_thesaurus():
    """The thesaurus is cached per process; a test's rolled-back changes must not reach the next."""
    from flexpool.knowledge import thesaurus

    thesaurus._changed()
    yield
    thesaurus._changed()
