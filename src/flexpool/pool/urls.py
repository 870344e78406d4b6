from django.urls import path

from flexpool.pool import views

urlpatterns = [
    path("lidmaatschappen/", views.memberships, name="memberships"),
    path("lidmaatschappen/<int:pk>/soort/", views.membership_tier, name="membership-tier"),
    path("lidmaatschappen/<int:pk>/vertrek/", views.membership_leave, name="membership-leave"),
    path("beheer/pools/", views.pool_setup_list, name="pool-setup-list"),
    path("beheer/pools/nieuw/", views.pool_create, name="pool-create"),
    path("beheer/pools/<int:pk>/", views.pool_edit, name="pool-edit"),
    path(
        "beheer/pools/<int:pk>/inzet/<int:engagement_pk>/stoppen/",
        views.engagement_end,
        name="engagement-end",
    ),
]
