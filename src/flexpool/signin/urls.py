from django.urls import include, path

from flexpool.signin import views

urlpatterns = [
    path("inloggen/tweede-stap/", views.second_factor_view, name="login-second-factor"),
    path("inloggen/tweede-stap/instellen/", views.second_factor_setup_view, name="login-second-factor-setup"),
    path("account/beveiliging/", views.account_security, name="account-security"),
    path("beheer/inlogkoppelingen/", views.claim_mappings, name="claim-mappings"),
    path(
        "beheer/inlogkoppelingen/<int:pk>/verwijderen/",
        views.claim_mapping_delete,
        name="claim-mapping-delete",
    ),
    path("oidc/", include("mozilla_django_oidc.urls")),
]
