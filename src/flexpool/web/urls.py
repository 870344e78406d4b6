from django.contrib.auth import views as auth_views
from django.urls import path

from flexpool.signin.views import LoginView
from flexpool.web import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("inloggen/", LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
]
