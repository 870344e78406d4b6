from django.urls import path

from flexpool.regions import views

urlpatterns = [
    path("gemeenten/", views.municipalities, name="municipalities"),
]
