import pytest
from django.conf import settings

from flexpool.regions.services import import_reference_data
from tests import builders


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        import_reference_data()


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Uploaded files go to a folder of each test's own: parallel workers never see each other's."""
    settings.MEDIA_ROOT = tmp_path / "media"


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
def other_pool(reference_data):
    """The Groningen pool (RES region ES01): its people must never read the Drenthe pool's rows."""
    return builders.make_pool(
        "Flexpool Klimaatadaptatie Groningen", region_code="ES01", codes=builders.GRONINGEN
    )


@pytest.fixture
def other_coordinator(other_pool):
    return builders.make_coordinator(other_pool, username="coordinator-groningen")


@pytest.fixture
def finance(db):
    from flexpool.accounts.roles import Role
    from flexpool.accounts.services import create_user_with_role

    return create_user_with_role(username="financien", password=builders.PASSWORD, role=Role.FINANCE)


@pytest.fixture
def council(db):
    from flexpool.accounts.roles import Role
    from flexpool.accounts.services import create_user_with_role

    return create_user_with_role(username="raad", password=builders.PASSWORD, role=Role.COUNCIL)


def pytest_collection_modifyitems(config, items):
    """Row-lock races need a server database; on SQLite they run in the PostgreSQL CI pass instead."""
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    selected = [item for item in items if "postgres" not in item.keywords]
    deselected = [item for item in items if "postgres" in item.keywords]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected
