"""Base viewsets that state their access (see `accounts.api` for how views name what they need).

Kept apart from `accounts.api`, which REST framework's settings import while `viewsets` is loading.
"""

from rest_framework import viewsets


class PublicReadOnly(viewsets.ReadOnlyModelViewSet):
    public = True  # open data: readable without login
