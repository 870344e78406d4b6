"""The Django admin asks for the second factor too (django-otp's OTPAdminSite)."""

from __future__ import annotations

from django.contrib import admin
from django_otp.admin import OTPAdminSite


def protect_admin_site() -> None:
    """Staff must log in to /admin/ with password and code; failed attempts count for django-axes."""
    admin.site.__class__ = OTPAdminSite
