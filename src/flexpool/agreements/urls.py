from django.urls import path

from flexpool.agreements import views

urlpatterns = [
    path("overeenkomsten/", views.agreement_list, name="agreement-list"),
    path("overeenkomsten/nieuw/", views.agreement_create, name="agreement-create"),
    path("overeenkomsten/<int:pk>/", views.agreement_detail, name="agreement-detail"),
    path("overeenkomsten/<int:pk>/wijzigen/", views.agreement_edit, name="agreement-edit"),
    path("overeenkomsten/<int:pk>/versie/", views.agreement_version, name="agreement-version"),
    path(
        "overeenkomsten/<int:pk>/versies/<int:number>/bestand/", views.agreement_file, name="agreement-file"
    ),
    path("pool/financiering/", views.funding, name="funding"),
]
