from django.urls import path

from flexpool.conversations import views

urlpatterns = [
    path("vragen/<int:pk>/gesprek/", views.conversation, name="conversation"),
]
