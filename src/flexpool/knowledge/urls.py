from django.urls import path

from flexpool.knowledge import views, views_reuse, views_thesaurus

urlpatterns = [
    path("kennis/", views.search_page, name="knowledge-search"),
    path("kennis/facetten/", views.search_facets, name="knowledge-facets"),
    path("kennis/nieuw/", views.item_create, name="knowledge-create"),
    path("kennis/<int:pk>/", views.item_detail, name="knowledge-detail"),
    path("kennis/<int:pk>/bewerken/", views.item_edit, name="knowledge-edit"),
    path("kennis/<int:pk>/verwijderen/", views.item_delete, name="knowledge-delete"),
    path("kennis/<int:pk>/hergebruiken/", views_reuse.item_reuse, name="knowledge-reuse"),
    path("kennis/bestand/<int:pk>/", views.file_download, name="knowledge-file"),
    path("kennis/vraag/<int:pk>/hergebruiken/", views_reuse.request_reuse, name="knowledge-request-reuse"),
    path("kennis/suggesties/", views_reuse.suggestions, name="knowledge-suggestions"),
    path("kennis/experts/", views.experts, name="knowledge-experts"),
    path("kennis/hergebruik/", views.reuse_figures, name="knowledge-reuse-figures"),
    path("kennis/thesaurus/", views_thesaurus.thesaurus_page, name="knowledge-thesaurus"),
    path("kennis/thesaurus/<int:pk>/", views_thesaurus.thesaurus_page, name="knowledge-thesaurus-edit"),
    path(
        "kennis/thesaurus/<int:pk>/verwijderen/",
        views_thesaurus.thesaurus_delete,
        name="knowledge-thesaurus-delete",
    ),
    path(
        "kennis/thesaurus/gezocht/<int:pk>/negeren/",
        views_thesaurus.missed_word_ignore,
        name="knowledge-missed-ignore",
    ),
]
