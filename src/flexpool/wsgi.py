import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "flexpool.conf.production")
application = get_wsgi_application()


def warm_up() -> None:
    """Load now what the first requests of each worker would otherwise wait for (seconds, not ms):
    every URL module with what it imports, and the search's word lists and thesaurus. gunicorn loads
    the application once before it starts its workers (`preload_app`), so they all start warm."""
    from django.db import DatabaseError, connections
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every app's views
    try:
        from flexpool.knowledge import thesaurus

        thesaurus.mapping()
    except DatabaseError:
        pass  # not migrated yet: the first search builds it instead
    finally:
        connections.close_all()  # the workers must not share the loader's connection


warm_up()
