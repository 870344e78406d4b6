"""The API routes of this app; `flexpool.restapi.urls` mounts them under /api/v1/."""

from rest_framework.routers import SimpleRouter

from flexpool.core.api import AuditViewSet, TaskProgressViewSet

router = SimpleRouter()
router.register("audit", AuditViewSet, basename="audit")
router.register("tasks", TaskProgressViewSet, basename="task")

urlpatterns: list = []  # routes outside the router: none
