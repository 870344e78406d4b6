"""Every page and every API operation the URL resolver knows has a row in a role matrix.

The rows live next to the tests that exercise them (one table per part); this test collects them
and compares with what `flexpool.urls` actually routes, so a new page or operation fails the suite
until someone writes down, and tests, who may use it.
"""

from django.urls import URLPattern, URLResolver, get_resolver

from tests.agreements import test_access as agreement_matrix
from tests.catalogue import test_pages as catalogue_matrix
from tests.conf import test_production as operations_pages
from tests.evaluations import test_evaluations as evaluation_matrix
from tests.hours import test_api_matrix as hours_api
from tests.hours import test_pages as hours_pages
from tests.knowledge import test_api_matrix as knowledge_api
from tests.knowledge import test_pages as knowledge_pages
from tests.matching import test_extensions as extension_matrix
from tests.matching import test_selfservice_api as selfservice_api
from tests.notifications import test_access as notification_matrix
from tests.privacy import test_pages as privacy_pages
from tests.restapi import test_permissions as core_api
from tests.scenarios import test_pages as scenario_pages
from tests.signin import test_pages as signin_pages
from tests.web import test_pages as shell_pages

PAGE_TABLES = (shell_pages, hours_pages, knowledge_pages, scenario_pages, signin_pages, privacy_pages)
PAGE_TABLES += (operations_pages, notification_matrix, catalogue_matrix, extension_matrix, evaluation_matrix)
API_TABLES = (core_api, hours_api, knowledge_api, notification_matrix, selfservice_api)
API_TABLES += (catalogue_matrix, extension_matrix, evaluation_matrix)
PAGE_TABLES += (agreement_matrix,)
API_TABLES += (agreement_matrix,)
NOT_OURS = {"admin", "set_language"}  # Django's admin and language switch
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def routes(resolver=None, namespace=""):
    """(namespace, name, view) of every named route."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from routes(entry, entry.namespace or namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield namespace, entry.name, entry.callback


def methods_of(view) -> set[str]:
    actions = getattr(view, "actions", None)
    if actions:  # a viewset route: the HTTP methods it maps to actions
        # REST framework adds HEAD to the mapping once a GET has been served: it is not an operation.
        return set(actions) & set(HTTP_METHODS)
    view_class = getattr(view, "view_class", None) or getattr(view, "cls", None)
    if view_class is None:
        return {"get"}
    return {m for m in HTTP_METHODS if hasattr(view_class, m)}


def test_every_page_has_a_row():
    pages = {name for namespace, name, _view in routes() if not namespace and name not in NOT_OURS}
    known = set().union(*(set(t.PAGES) | set(t.POST_ONLY) for t in PAGE_TABLES))
    assert pages, "no pages found"
    assert sorted(pages - known) == [], "pages without a row in a role matrix"
    assert sorted(known - pages) == [], "rows for pages that do not exist"


def test_every_api_operation_has_a_row():
    operations = {
        (name, method)
        for namespace, name, view in routes()
        if namespace == "api"
        for method in methods_of(view)
    }
    known = set().union(*(set(t.TABLE) for t in API_TABLES))
    assert operations, "no API operations found"
    assert sorted(operations - known) == [], "API operations without a row in a role matrix"
    assert sorted(known - operations) == [], "rows for API operations that do not exist"
