from django.urls import path

from flexpool.notifications import views

urlpatterns = [
    path("meldingen/", views.inbox, name="inbox"),
    path("meldingen/<int:pk>/", views.open_notification, name="notification-open"),
    path("meldingen/alles-gelezen/", views.mark_all_read, name="notification-read-all"),
    path("meldingen/instellingen/", views.preferences, name="notification-preferences"),
]
