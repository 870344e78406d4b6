from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from flexpool.restapi import views

router = DefaultRouter()
router.register("regions", views.RegionViewSet, basename="region")
router.register("municipalities", views.MunicipalityViewSet, basename="municipality")
router.register("competences", views.CompetenceViewSet, basename="competence")
router.register("pools", views.PoolViewSet, basename="pool")
router.register("members", views.MemberViewSet, basename="member")
router.register("requests", views.RequestViewSet, basename="request")
router.register("assignments", views.AssignmentViewSet, basename="assignment")
router.register("audit", views.AuditViewSet, basename="audit")
router.register("tasks", views.TaskProgressViewSet, basename="task")


class PublicSchemaView(SpectacularAPIView):
    public = True


class PublicDocsView(SpectacularSwaggerView):
    public = True


app_name = "api"

urlpatterns = [
    path("schema/", PublicSchemaView.as_view(), name="schema"),
    path("docs/", PublicDocsView.as_view(url_name="api:schema"), name="api-docs"),
    path("", include(router.urls)),
]
