import pytest

from flexpool.regions.services import import_reference_data
from tests import builders


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        import_reference_data()


@pytest.fixture
def reference_data(db):
    # Transactional tests (browser, PostgreSQL races) flush the database, so import again when needed.
    from flexpool.regions.models import Municipality

    if not Municipality.objects.exists():
        import_reference_data()


@pytest.fixture
def pool(reference_data):
    return builders.make_pool()


@pytest.fixture
def coordinator(pool):
    return builders.make_coordinator(pool)


@pytest.fixture
def assen(pool):
    return builders.make_contact("GM0106", "assen")


@pytest.fixture
def emmen(pool):
    return builders.make_contact("GM0114", "emmen")


@pytest.fixture
def member(pool):
    return builders.make_member(
        pool,
        "Fictief Poollid Een",
        competences={"projectleiding": 3, "participatie": 2},
        ties=["GM0106"],
        username="flexpooler",
    )


@pytest.fixture
def finance(db):
    from flexpool.accounts.roles import Role
    from flexpool.accounts.services import create_user_with_role

    return create_user_with_role(
        username="financien", password=builders.PASSWORD, role=Role.FINANCE
    )


@pytest.fixture
def council(db):
    from flexpool.accounts.roles import Role
    from flexpool.accounts.services import create_user_with_role

    return create_user_with_role(username="raad", password=builders.PASSWORD, role=Role.COUNCIL)
