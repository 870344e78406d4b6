from django.urls import path

from flexpool.privacy import views

urlpatterns = [
    path("beheer/privacy/", views.privacy_requests, name="privacy-requests"),
    path("beheer/privacy/<int:pk>/gegevens/", views.privacy_export, name="privacy-export"),
    path("beheer/privacy/anonimiseren/", views.privacy_anonymise, name="privacy-anonymise"),
    path("privacyverklaring/", views.privacy_statement, name="privacy-statement"),
    path("toegankelijkheid/", views.accessibility_statement, name="accessibility-statement"),
]
