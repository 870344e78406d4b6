from django.urls import path

from flexpool.catalogue import views

urlpatterns = [
    path("menukaart/", views.menu_list, name="menu-list"),
    path("menukaart/nieuw/", views.menu_create, name="menu-create"),
    path("menukaart/<int:pk>/", views.menu_detail, name="menu-detail"),
    path("menukaart/<int:pk>/wijzigen/", views.menu_edit, name="menu-edit"),
]
