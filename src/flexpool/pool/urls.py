from django.urls import path

from flexpool.pool import views

urlpatterns = [
    path("lidmaatschappen/", views.memberships, name="memberships"),
    path("lidmaatschappen/<int:pk>/soort/", views.membership_tier, name="membership-tier"),
    path("lidmaatschappen/<int:pk>/vertrek/", views.membership_leave, name="membership-leave"),
]
